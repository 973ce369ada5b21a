"""Scope (analysis.claims.scope) read straight from a sentence, and its head-word gate, which changes no answer."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.claims import scope


def _scope(text: str, figure: str, metric: str) -> str:
    start = text.index(figure)
    return scope.scope_of(text, start, start + len(figure), metric)


@pytest.mark.parametrize("text, figure, metric, expected", [
    ("At least 40 people were killed by government forces near the river.", "40", "killed", "actor: government forces"),
    ("Some 2,000 families now live in the transit camps near the town.", "2,000", "displaced", "site: transit camps"),
    ("About 630 people cross the frontier each day, officials say.", "630", "refugees", "rate: each day"),
    ("Twelve volunteers were injured while on duty in the north.", "Twelve", "wounded", "group: volunteers"),
    ("A car bomb killed 27 shoppers in the old quarter.", "27", "killed", "attack: car bomb"),
    ("Eleven men were charged with taking part in the riot.", "Eleven", "other", "court: charged"),
    ("The ministry said 300 people died in the province last year.", "300", "killed", ""),
    ("At least 40 people were killed by government forces.", "40", "displaced", ""),  # actors narrow harm only
])
def test_scope_reads_the_clause(text: str, figure: str, metric: str, expected: str) -> None:
    assert _scope(text, figure, metric) == expected


def test_a_clause_break_ends_the_clause() -> None:
    text = "Nine people were killed in the city; separately, rebel fighters took the bridge."
    assert _scope(text, "Nine", "killed") == ""


_WORDS = ["people", "were", "killed", "by", "the", "Police", "in", "a", "Camp", "near", "Border", "crossing",
          "each", "day", "air", "strikes", "airstrike", "ſtrikes", "on", "duty", "staff", "members", "and",
          "while", "-", ";", ",", "charged", "home", "to", "sheltering", "İslamic", "State", "rescue", "workers",
          "during", "Shelling", "mortar", "fire", "at", "site", "K", "ambushes", "displaced", "fled", "Monday"]
_METRICS = sorted(scope._READ | {"other", "destroyed"})


def _ungated(text: str, start: int, end: int, metric: str, lo: int, hi: int) -> str:
    """scope_of with every pattern tried (the head-word gate told to give up)."""
    saved = scope._heads
    scope._heads = lambda _text: None
    try:
        return scope.scope_of(text, start, end, metric, lo=lo, hi=hi)
    finally:
        scope._heads = saved


@settings(max_examples=400, deadline=None)
@given(before=st.lists(st.sampled_from(_WORDS), max_size=12), after=st.lists(st.sampled_from(_WORDS), max_size=14),
       metric=st.sampled_from(_METRICS), figure=st.sampled_from(["12", "1,200", "three", "12 000"]))
def test_the_gate_changes_no_answer(before: list[str], after: list[str], metric: str, figure: str) -> None:
    """The gate only skips patterns that cannot match: the answer is the same as with every pattern tried."""
    text = " ".join(before + [figure] + after) + "."
    start = len(" ".join(before)) + (1 if before else 0)
    end = start + len(figure)
    assert scope.scope_of(text, start, end, metric) == _ungated(text, start, end, metric, 0, len(text))


@pytest.mark.parametrize("text", [
    "Nine people were killed in air \u017ftrikes last night.",      # long s: IGNORECASE reads it as "s"
    "Nine people were killed by the \u212aurdish militia.",         # Kelvin sign: read as "k"
    "Nine people were killed by \u0130slamic State fighters.",      # dotted capital I: lower() lengthens it
])
def test_letters_that_fold_oddly_are_still_read(text: str) -> None:
    start = text.index("Nine")
    assert scope.scope_of(text, start, start + 4, "killed") == _ungated(text, start, start + 4, "killed", 0, len(text))
    assert scope.scope_of(text, start, start + 4, "killed") != ""
