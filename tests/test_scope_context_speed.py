"""The faster forms of scope's and context's patterns match exactly what the plain forms match.

Sentences here are made up for the tests.
"""

from __future__ import annotations

import re
import string

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.claims import numbers, scope
from analysis.claims.alternation import ODD_FOLDS, lowers_exactly

# --------------------------------------------------------------------------
# scope._BREAK: every branch begins with a literal character
# --------------------------------------------------------------------------

_PLAIN_BREAK = re.compile(r"[;:\u2013\u2014]|\s-\s|,\s+(?:while|whereas|but|and)\s|\bwhile\b")


def test_the_space_list_is_every_space() -> None:
    spaces = "".join(chr(c) for c in range(0x110000) if re.fullmatch(r"\s", chr(c)))
    assert scope._SPACES == spaces


_BREAK_BITS = [";", ":", "\u2013", "\u2014", " ", "\t", "\u00a0", "\u2009", "\n", "-", ",", "while", "whereas",
               "but", "and", "awhile", "whiles", "x", "7", "_", "W", "While"]


@settings(max_examples=600, deadline=None)
@given(bits=st.lists(st.sampled_from(_BREAK_BITS), max_size=30), cut=st.tuples(st.integers(0, 80), st.integers(0, 80)))
def test_the_break_pattern_matches_as_the_plain_one(bits: list[str], cut: tuple[int, int]) -> None:
    text = "".join(bits)
    pos, endpos = min(cut), max(cut)
    assert [m.span() for m in scope._BREAK.finditer(text, pos, endpos)] == \
        [m.span() for m in _PLAIN_BREAK.finditer(text, pos, endpos)]
    fast, plain = scope._BREAK.search(text, pos, endpos), _PLAIN_BREAK.search(text, pos, endpos)
    assert (fast and fast.span()) == (plain and plain.span())


# --------------------------------------------------------------------------
# scope._LOWER_PATTERNS: the patterns on the lower-cased sentence, without IGNORECASE
# --------------------------------------------------------------------------

def _reads_lower(text: str) -> bool:
    """Where scope reads the lower-cased sentence (the condition of :func:`scope._heads`)."""
    return lowers_exactly(text, text.lower())


def test_lower_casing_keeps_what_the_patterns_read() -> None:
    """Over every character: outside :data:`~analysis.claims.alternation.ODD_FOLDS`, a character matches an ASCII letter ignoring case
    exactly when its lower case is that letter; the ASCII characters the patterns hold other than letters match
    only themselves, and only themselves lower-case to them; and lower-casing keeps word and space characters.
    The same holds for the number pattern :func:`analysis.claims.numbers.find_quantities` runs on lower-cased
    text (its characters are among those checked)."""
    every = "".join(chr(c) for c in range(0x110000))
    for letter in string.ascii_lowercase:
        assert {m.group() for m in re.finditer(letter, every, re.I)} - ODD_FOLDS == {letter, letter.upper()}
    sources = [pattern.pattern for kind, pattern, metrics in scope._PATTERNS] + [numbers._QUANTITY.pattern]
    others = {ch for source in sources for ch in source
              if not ch.isalpha() and ch not in "\\()[]{}|?*+<>!=,^$"} | {"\n"}
    for ch in others:
        assert {m.group() for m in re.finditer(re.escape(ch), every, re.I)} == {ch}
    word = re.compile(r"\w")
    for c in every:
        low = c.lower()
        if len(low) != 1 or c in ODD_FOLDS:
            continue
        for lowered in ({low, "\u03c2"} if c == "\u03a3" else {low}):  # capital sigma lowers to a final one at a word's end
            assert (word.match(c) is None) == (word.match(lowered) is None), hex(ord(c))
            assert c.isspace() == lowered.isspace(), hex(ord(c))
            if lowered.isascii():
                assert c in (lowered, lowered.upper()), hex(ord(c))


_WORDS = ["people", "were", "Killed", "KILLED", "by", "BY", "the", "The", "Police", "in", "In", "a", "camp", "Camps",
          "near", "Border", "into", "crossing", "each", "Each", "day", "DAY", "every", "week", "per", "hour", "daily",
          "average", "on", "an", "of", "after", "air", "strikes", "Airstrike", "car", "bombs", "Suicide", "bombers",
          "killing", "left", "hit", "staff", "members", "duty", "charged", "home", "to", "housing", "sheltering",
          "Islamic", "State", "pro-government", "Pro-Σ", "forces", "rescue", "workers", "during", "Shelling",
          "mortar", "fire", "at", "site", "under", "custody", "detention", "stranded", "Trapped", "ambushes",
          "displaced", "Monday", "ΣΟΦΙΑ", "Όσος", "Straße", "Émile", "ǅemal", "ﬁeld", "Ⅻ", "x2", "_", "’s", "'s",
          "-", ".", ",", ";", "\u00a0", "\t", "  ", "camp-site", "base", "bases", "military", "un", "coalition",
          "militias", "clashes", "between", "fighting", "siege", "sieges", "gas", "attacks", "chemical", "weapons"]


@settings(max_examples=800, deadline=None)
@given(words=st.lists(st.sampled_from(_WORDS), max_size=24), seps=st.lists(st.sampled_from([" ", "", " ", "\n"]),
       min_size=24, max_size=24), cut=st.tuples(st.integers(0, 200), st.integers(0, 200)))
def test_the_lower_case_patterns_match_as_the_plain_ones(words: list[str], seps: list[str],
                                                          cut: tuple[int, int]) -> None:
    text = "".join(w + s for w, s in zip(words, seps))
    if not _reads_lower(text):
        return
    low = text.lower()
    left, right = min(cut), max(cut)
    for (_, plain, _), (_, fast, _) in zip(scope._PATTERNS, scope._LOWER_PATTERNS):
        a, b = plain.search(text, left, right), fast.search(low, left, right)
        assert (a and (a.span(), a.span("w"))) == (b and (b.span(), b.span("w"))), plain.pattern


_NUMBER_WORDS = ["Some", "SOME", "about", "About", "At", "least", "more", "than", "Over", "up", "to", "nearly",
                 "between", "and", "or", "Twelve", "twenty-one", "Hundreds", "of", "THOUSANDS", "dozens", "a", "A",
                 "dozen", "1,200", "12", "3.5", "million", "1.2m", "45", "-", "\u2013", "\u2014", "(", ")", "+",
                 "plus", "odd", "people", "killed", "Émile", "Straße", "ΣΟΦΙΑ", "’s", "\u201c", "\u201d", "\u00a0",
                 "\u202f", "US$", "€", "£", "No.", "Camp", "2019", "March", "5", "aged", "per", "cent", "%"]


@settings(max_examples=800, deadline=None)
@given(words=st.lists(st.sampled_from(_NUMBER_WORDS), max_size=20),
       seps=st.lists(st.sampled_from([" ", "", " ", "\n"]), min_size=20, max_size=20))
def test_number_phrases_on_lower_cased_text_are_those_of_the_plain_pattern(words: list[str], seps: list[str]) -> None:
    """:func:`numbers.find_quantities` reads text that is not ASCII with its lower-case pattern too, when
    lower-casing is exact: the same phrases as the IGNORECASE pattern on the text itself."""
    text = "".join(w + s for w, s in zip(words, seps))
    fast = numbers.find_quantities(text, keep_excluded=True)
    saved = numbers.lowers_exactly
    numbers.lowers_exactly = lambda _text, _low: False
    try:
        plain = numbers.find_quantities(text, keep_excluded=True)
    finally:
        numbers.lowers_exactly = saved
    assert [(q.start, q.end, q.value, q.value_high, q.qualifier, q.excluded) for q in fast] == \
        [(q.start, q.end, q.value, q.value_high, q.qualifier, q.excluded) for q in plain]


@settings(max_examples=400, deadline=None)
@given(before=st.lists(st.sampled_from(_WORDS), max_size=12), after=st.lists(st.sampled_from(_WORDS), max_size=14),
       metric=st.sampled_from(sorted(scope._READ | {"other"})), figure=st.sampled_from(["12", "1,200", "three"]))
def test_scope_reads_as_with_every_plain_pattern_tried(before: list[str], after: list[str], metric: str,
                                                       figure: str) -> None:
    text = " ".join(before + [figure] + after) + "."
    start = len(" ".join(before)) + (1 if before else 0)
    end = start + len(figure)
    saved = scope._heads
    scope._heads = lambda _text: None  # no gate: the plain patterns on the text itself
    try:
        plain = scope.scope_of(text, start, end, metric)
    finally:
        scope._heads = saved
    scope._heads.cache_clear()
    assert scope.scope_of(text, start, end, metric) == plain


# --------------------------------------------------------------------------
# context.period_spans: the period pattern read after the mark before a phrase
# --------------------------------------------------------------------------

_PERIOD_WORDS = ["since", "Since", "the", "war", "began", "start", "of", "conflict", "in", "during", "over", "for",
                 "past", "last", "three", "48", "hours", "days", "on", "Monday", "night", "Jan.", "jan.", "Sept.",
                 "March", "May", "5", "12th", "31", "2015", "1999", ",", ".", "-", "mid-", "early", "late", "by",
                 "until", "between", "and", "throughout", "Syria's", "civil", "this", "week", "earlier", "yesterday",
                 "today", "Today", "overnight", "tonight", "so", "far", "year", "people", "killed", "x", "_", "’s",
                 "(", ")", "\"", "\u00a0", "Σ", "Émile", "ǅ"]


@settings(max_examples=800, deadline=None)
@given(words=st.lists(st.sampled_from(_PERIOD_WORDS), max_size=20),
       seps=st.lists(st.sampled_from([" ", "", " ", "\t"]), min_size=20, max_size=20))
def test_period_spans_are_the_plain_pattern_s(words: list[str], seps: list[str]) -> None:
    from analysis.claims import context

    sentence = "".join(w + s for w, s in zip(words, seps))
    lowered = sentence.lower()
    if len(lowered) == len(sentence):
        plain = [m.span() for m in context._PERIOD_LOWER.finditer(lowered)]
    else:
        plain = [m.span() for m in context._PERIOD.finditer(sentence)]
    assert context.period_spans(sentence) == plain


def test_a_phrase_may_begin_at_the_mark_that_ends_the_one_before() -> None:
    from analysis.claims import context

    sentence = "Nine died since Jan.Today more."
    plain = [m.span() for m in context._PERIOD_LOWER.finditer(sentence.lower())]
    assert len(plain) == 2 and context.period_spans(sentence) == plain
