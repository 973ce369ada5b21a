"""Cheap tests that spare the extractor a regex search must be necessary conditions of the search: they may
let a text through that the pattern then rejects, never turn away one it would match."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.claims import extract, numbers

_PIECES = ["one", " in ", " out of ", " every ", "IN ", "Of", "\u0131n ", "\u0130N ", "three", "12", " ", "\u00a0",
           "\t", "children", "a", "nine", "In", "EVERY  ", "of\u2009", "x"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=8))
def test_share_gate_never_turns_away_a_share(pieces: list[str]) -> None:
    text = "".join(pieces) + "40"
    k = len(text) - 2
    if numbers._SHARE_BEFORE.search(text, max(0, k - 20), k):
        assert numbers._may_be_share_whole(text, k)


_GATE_PIECES = ["provided ", "assistance ", "to ", "for ", "a population of ", "camps ", "sites ", "now ", "hosting ",
                "home to ", "residents of ", "fed ", "vaccinated ", "the ", "city ", "of ", "some ", "support ",
                "distributed ", "kits ", "shelters ", "holding ", "fled ", "killed ", "x"]
_GATE_TEXT = st.lists(st.sampled_from(_GATE_PIECES), max_size=8).map("".join)


@settings(max_examples=300, deadline=None)
@given(_GATE_TEXT)
def test_aid_and_population_gates_hold_every_word_their_patterns_need(low: str) -> None:
    text = low + " 500"
    aid, neutral = extract.gates(text)
    if extract._AID_BEFORE.search(text, 0, len(low) + 1):
        assert aid
    if extract._NEUTRAL_BEFORE_LOWER.search(text, 0, len(low) + 1):
        assert neutral
    if extract._CAMP_HOLDS.search(text, 0, len(low) + 1):
        assert neutral or aid
