"""The counted noun of a figure and the cue words around it, read directly (sentences written for these tests).

:mod:`analysis.claims.extract` combines these readings; ``test_extract_phrasing.py`` tests the whole.
"""

from __future__ import annotations

import pytest

from analysis.claims.counted_nouns import unit_after
from analysis.claims.cues import compatible, cue_metric, cues_in, own_verb, right_cue


def _noun(sentence: str) -> tuple[str, int, bool]:
    """The counted noun after the sentence's first word (its figure)."""
    return unit_after(sentence, sentence.index(" "))


@pytest.mark.parametrize("sentence, unit, known", [
    ("31 armoured vehicles were burned out", "vehicles", True),        # a modifier skipped
    ("8 rebel fighters surrendered", "fighters", True),                  # of two count nouns the second
    ("2,400 women, men and children crossed", "people", True),           # a list of person nouns is people
    ("900 Sudanese reached the border", "people", True),                 # a nationality counts people
    ("one 9-year-old girl was hurt", "girl", True),                       # an age is a modifier
    ("12 of the 40 clinics closed", "clinics", True),                     # the noun of the whole
    ("three rounds of talks", "rounds", True),
    ("four sides signed", "sides", False),                                # an unknown plural
])
def test_unit_after_reads_the_counted_noun(sentence: str, unit: str, known: bool) -> None:
    got_unit, end, got_known = _noun(sentence)
    assert (got_unit, got_known) == (unit, known)
    assert 0 < end <= len(sentence)


@pytest.mark.parametrize("sentence, metric", [
    ("14 guards were shot dead at the gate", "killed"),
    ("7 pupils, mostly girls, were injured", "wounded"),                 # a comma aside skipped
    ("70 nurses - most of them volunteers - were detained", "detained"),  # a dash aside skipped
    ("3,100 families who were forced to flee the floods", "displaced"),   # a relative clause carries on
    ("40 men were taken to the city when the shelling began", None),      # "taken to": no cue of harm
])
def test_right_cue_reads_the_verb_after_a_figure(sentence: str, metric: str | None) -> None:
    low = sentence.lower()
    unit, end, known = _noun(low)
    assert right_cue(low, end, unit, known, original=sentence) == metric


def test_a_gerund_after_the_noun_starts_a_new_clause() -> None:
    low = "the strike killed 2 children injuring 9 others"
    unit, end, known = unit_after(low, low.index("2 ") + 1)
    assert unit == "children" and right_cue(low, end, unit, known) is None
    # the same words with a passive verb after the noun: that verb is the cue
    low = "2 children were injured"
    unit, end, known = unit_after(low, 1)
    assert right_cue(low, end, unit, known) == "wounded"


@pytest.mark.parametrize("metric, unit, known, fits", [
    ("killed", "soldiers", True, True),
    ("killed", "tanks", True, False),           # tanks are not killed
    ("destroyed", "tanks", True, True),
    ("destroyed", "civilians", True, False),    # people are not destroyed
    ("killed", "strikes", True, False),         # strikes are only "other"
    ("destroyed", "tonnes", True, False),       # a weight is no count of harm
    ("recovered", "rifles", True, True),        # recovered arms are captured
    ("recovered", "people", True, False),
])
def test_compatible_says_whether_a_metric_fits_its_noun(metric: str, unit: str, known: bool, fits: bool) -> None:
    assert compatible(metric, unit, known) is fits


def test_cue_metric_and_cues_in_read_a_stretch_of_the_sentence() -> None:
    low = "shelling wounded 11 people and killed 4 more near the bakery"
    first = low.index("11")
    assert cue_metric(low, 0, first, "people", True) == "wounded"
    assert [c[2] for c in cues_in(low, 0, len(low))] == ["wounded", "killed"]
    # the last compatible cue, when asked for it
    assert cue_metric(low, 0, low.index("4 more"), "people", True, last=True) == "killed"
    # a cue that cannot count the noun is passed over
    assert cue_metric("troops destroyed 5 trucks", 0, 16, "trucks", True) == "destroyed"
    assert cue_metric("gunmen killed 5 trucks", 0, 14, "trucks", True) is None


@pytest.mark.parametrize("sentence, has", [
    ("22 fighters were captured near the dam", True),
    ("22 fighters had been abducted in the clash", True),
    ("22 fighters were wounded in the clash", False),   # "wounded" is also a counted noun: no verb of its own
    ("22 fighters crossed the river", False),
    ("22 fighters were in the convoy", False),
])
def test_own_verb_tells_a_past_passive_of_the_figure(sentence: str, has: bool) -> None:
    assert own_verb(sentence, len("22 fighters")) is has
