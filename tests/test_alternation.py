"""Regrouped alternations (:func:`analysis.claims.alternation.by_first_char`) match what the plain alternation
matches: the same spans and the same alternative (its group name), whatever the order of the alternatives.

The alternatives here are short strings over a few letters, a digit class and optional groups, so that many of
them share first characters, are prefixes of each other, or can match at the same place; the plain join
``(?:a|b|...)`` is the reference.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis.claims.alternation import by_first_char, split_top
from analysis.claims import lexicon
from analysis.claims.lexicon import CUE_LOWER

SETTINGS = settings(max_examples=400, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow])

#: Pieces of alternatives: letters in both cases, a space, a digit class, a non-literal start, optional groups.
PIECES = ["a", "b", "c", "B", " ", "\\d", "5", "\\s", "[ab]", "(?:a|b)", "(?:b )?", "(?:c|)"]
#: Texts made of the same letters, so that alternatives often match, and at the same places.
TEXT = st.lists(st.sampled_from(["a", "b", "c", "B", "5", " ", "ab", "abc", "aBc", "a5"]), max_size=12).map("".join)


@st.composite
def alternative(draw) -> str:
    """An alternative that begins with a literal, a digit class or a group of such (what by_first_char takes)."""
    first = draw(st.sampled_from(["a", "a", "b", "5", "\\d", "ab", "(?:a|b)", "(?:ab )?a"]))
    return first + "".join(draw(st.lists(st.sampled_from(PIECES), max_size=3)))


def _reads(pattern: re.Pattern, text: str) -> list[tuple[int, int, str | None]]:
    return [(m.start(), m.end(), (m.lastgroup or "").split("__")[0] or None) for m in pattern.finditer(text)]


def _plain(alternatives: list[str], names: list[str] | None, suffix: str, flags: int) -> re.Pattern:
    tagged = alternatives if names is None else [f"{a}(?P<{n}__{k}>)" for k, (a, n) in
                                                 enumerate(zip(alternatives, names))]
    return re.compile("(?:" + "|".join(tagged) + ")" + suffix, flags)


@SETTINGS
@given(st.lists(alternative(), min_size=1, max_size=8), TEXT,
       st.sampled_from(["", "\\b", "c", "(?!a)"]), st.sampled_from([0, re.I]))
def test_regrouped_alternatives_find_what_the_plain_alternation_finds(alternatives: list[str], text: str, suffix: str,
                                                                      flags: int) -> None:
    if any(a[:1].isdigit() for a in alternatives) and any(a.startswith("\\d") for a in alternatives):
        return  # refused (ValueError), tested below
    names = [f"alt{k}" for k in range(len(alternatives))]
    regrouped = re.compile(by_first_char(alternatives, names) + suffix, flags)
    assert _reads(regrouped, text) == _reads(_plain(alternatives, names, suffix, flags), text)


def test_an_alternative_that_may_match_at_the_same_place_keeps_its_turn() -> None:
    # "a" (an empty rest after the shared "a") must stay between "abx" and "aby": in "aby" the plain
    # alternation finds "a"; sharing "ab" across it would find "aby"
    names = ["first", "second", "third"]
    pattern = re.compile(by_first_char(["abx", "a", "aby"], names))
    assert [(m.group(), m.lastgroup.split("__")[0]) for m in pattern.finditer("aby")] == [("a", "second")]


def test_the_other_case_and_the_digit_class_keep_their_turn() -> None:
    names = ["first", "second", "third"]
    ignoring_case = re.compile(by_first_char(["aBx", "abc", "aBc"], names), re.I)
    assert ignoring_case.match("abc").lastgroup.split("__")[0] == "second"
    first_letter = re.compile(by_first_char(["a1", "A", "a"], names), re.I)  # the same rule at the first level
    assert first_letter.match("a").lastgroup.split("__")[0] == "second"
    digits = re.compile(by_first_char(["a5x", "a\\dy", "a5y"], names))
    assert digits.match("a5y").lastgroup.split("__")[0] == "second"


def test_shared_first_characters_make_a_trie() -> None:
    assert by_first_char(["abc", "abd", "ae"]) == "(?:a(?:b(?:c|d)|e))"
    assert by_first_char(["kill(?:ed|ing)"], not_after="\\w") == "(?:k(?<!\\w.)ill(?:ed|ing))"


def test_a_literal_digit_beside_the_digit_class_is_refused() -> None:
    with pytest.raises(ValueError, match="literal digit"):
        by_first_char(["5a", "\\db"])


def test_group_names_are_numbered_once_each() -> None:
    pattern = re.compile(by_first_char(["(?:killed|killing)", "kidnapped", "injured"], ["killed", "held", "hurt"]))
    numbers = [int(name.split("__")[1]) for name in pattern.groupindex]
    assert sorted(numbers) == list(range(len(numbers))) and len(numbers) == 4


@pytest.mark.parametrize("sentence", [
    "at least 12 people were killed and 40 injured when shelling hit the market",
    "some 3,000 families have been displaced; 200 returned home after the fighting",
    "the army said it destroyed four tanks and captured 30 fighters, releasing two hostages",
])
def test_the_cue_pattern_reads_as_its_plain_alternation(sentence: str) -> None:
    fragments = lexicon._CUE_FRAGMENTS  # what CUE_LOWER is built from, in its order
    assert all(len(split_top(cue)) == 1 for _, cue in fragments)
    plain = [(m.start(), m.end()) for m in re.finditer(
        r"\b(?:" + "|".join(cue for _, cue in fragments) + r")\b", sentence)]
    assert [(m.start(), m.end()) for m in CUE_LOWER.finditer(sentence)] == plain


@pytest.mark.parametrize("alternative", ["kill(ed|ing)", "(?:a|b)(x)", "a\\\\(b)"])
def test_an_alternative_with_a_numbered_group_is_refused(alternative: str) -> None:
    # spreading "(?:a|b)" copies what follows it: "(x)" would become two groups, and group 1 would move
    with pytest.raises(ValueError, match="numbered capturing group"):
        by_first_char([alternative])


def test_a_named_group_is_kept_and_one_copied_twice_fails_loudly() -> None:
    assert re.match(by_first_char(["by\\s+(?P<who>police|army)\\b"]), "by army").group("who") == "army"
    with pytest.raises(re.error, match="redefinition"):
        re.compile(by_first_char(["(?:a|b)(?P<who>x)"]))


def test_escaped_brackets_and_other_groups_are_not_capturing() -> None:
    assert re.fullmatch(by_first_char(["a\\(b\\)", "b(?:c|d)(?=e)(?<!x)(?!y)"]), "a(b)")
