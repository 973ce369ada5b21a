"""The fast paths of :mod:`analysis.claims.attribution` give what the plain code they replace gives: gates are
necessary conditions (they may let a text through that the full test then rejects, never turn one away), and
rewritten loops find the same things. Texts are built from pieces of our own."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.claims import attribution as A

_CUE_PIECES = ["according to ", "According ", "citing ", "as per ", "(source: ", "(Sources :", "figures from ",
               "figures by ", "data from ", "data by ", "report by ", "statement by ", "statement from ",
               "documented by ", "recorded by ", "killed by ", "by ", " from ", "reported ", "ed by", "the council ",
               "UNHCR", "x", " ", "(", "\u00e9", "Figures From ", "DATA BY "]
_CUE_TEXT = st.lists(st.sampled_from(_CUE_PIECES), max_size=8).map("".join)


def _cue_starts_ungated(low: str) -> list[int]:
    """:func:`A._cue_starts` without its substring gate."""
    starts = []
    for phrase in A._PHRASE_CUES:
        k = low.find(phrase)
        while k >= 0:
            if k == 0 or not low[k - 1].isalnum():
                starts.append(k)
            k = low.find(phrase, k + 1)
    k = low.find("ed by ")
    while k >= 0:
        j = low.rfind(" ", 0, k) + 1
        if low[j:k + 2] in A._BY_VERB_SET:
            starts.append(j)
        k = low.find("ed by ", k + 1)
    return sorted(starts)


@settings(max_examples=600, deadline=None)
@given(_CUE_TEXT)
def test_cue_gate_never_turns_away_a_cue(text: str) -> None:
    low = text.lower()
    assert A._cue_starts(low) == _cue_starts_ungated(low)


_CLAUSE_PIECES = ["the council", " ", "  ", '"', "\u201c", "\u201d", ";", ":", "(", ")", "\u2014", " - ", " \u2013 ",
                  "-", "'", "\u2018", "\u2019", "Children", "s ", "x", ",", "UN", "\u00e9", "\n"]
_CLAUSE_TEXT = st.lists(st.sampled_from(_CLAUSE_PIECES), max_size=10).map("".join)


def _cut_before_plain(left: str) -> str:
    """:func:`A._cut_before` as first written: every mark looked for in any text."""
    dash = max(left.rfind(d) for d in (" - ", " \u2013 "))
    cut = max(max(left.rfind(c) for c in ('"', "\u201c", "\u201d", ";", ":", "(", "\u2014")),
              dash + 2 if dash >= 0 else -1) + 1
    best = cut
    for mark in ("'", "\u2018", "\u2019"):
        k = left.rfind(mark, cut)
        while k >= best:
            if k == 0 or not left[k - 1].isalnum():
                best = k + 1
                break
            k = left.rfind(mark, best, k)
    return left[best:]


@settings(max_examples=600, deadline=None)
@given(_CLAUSE_TEXT)
def test_clause_cut_matches_the_plain_reading(text: str) -> None:
    assert A._cut_before(text) == _cut_before_plain(text)


_SAY_PIECES = ["said", "says", "reported", "put the toll", "puts the death count", "seen", "Said", " ", ",", '"',
               "(", "_", "x", "the council ", "\u00e9", "\u201c", "unsaid", "said-", "12 ", "\n", "reports"]
_SAY_TEXT = st.lists(st.sampled_from(_SAY_PIECES), max_size=10).map("".join)


@settings(max_examples=600, deadline=None)
@given(_SAY_TEXT, st.integers(min_value=0, max_value=80))
def test_say_search_loop_finds_what_finditer_finds(text: str, limit: int) -> None:
    limit = min(limit, len(text))
    pattern, group = A._say_pattern(text, limit)
    found, pos = [], 0
    while v := pattern.search(text, pos, limit):  # the loop of Attributor._said
        pos = v.end()
        found.append((v.start(group), v.end(), v.group(group)))
    assert found == [(v.start(), v.end(), v.group()) for v in re.finditer(A._SAY_RE, text[:limit])]
