"""Reading numbers, hedges, ranges and vague quantities; non-counts set aside."""

from __future__ import annotations

import pytest

from analysis.claims.numbers import find_quantities, parse_number, parse_vague


def only(text):
    found = find_quantities(text)
    assert len(found) == 1, found
    q = found[0]
    assert text[q.start:q.end] == q.surface
    return q


@pytest.mark.parametrize(
    "phrase, value",
    [
        ("14000", 14000), ("14,000", 14000), ("1,250,000", 1_250_000), ("1.5 million", 1_500_000),
        ("16.7 million", 16_700_000), ("300K", 300_000), ("2bn", 2_000_000_000), ("3 thousand", 3000),
        ("twelve", 12), ("Twelve", 12), ("twenty-one", 21), ("one hundred and forty-two", 142),
        ("two thousand five hundred", 2500), ("a hundred", 100), ("a million", 1_000_000),
        ("two million", 2_000_000), ("half a million", 500_000), ("a dozen", 12), ("two dozen", 24),
        ("half a dozen", 6),
    ],
)
def test_parse_number(phrase, value):
    assert parse_number(phrase) == value


def test_parse_number_unreadable():
    assert parse_number("many") is None
    assert parse_number("") is None


@pytest.mark.parametrize(
    "phrase, low",
    [("dozens", 24), ("scores", 40), ("hundreds", 200), ("thousands", 2000), ("millions", 2_000_000),
     ("tens of thousands", 20_000), ("hundreds of thousands", 200_000), ("several hundred", 300),
     ("a few dozen", 24)],
)
def test_parse_vague(phrase, low):
    assert parse_vague(phrase) == low


@pytest.mark.parametrize(
    "text, surface, value, low, high, qualifier",
    [
        ("Officials counted 14,000 tents.", "14,000", 14000, 14000, 14000, "exact"),
        ("They counted 14000 tents.", "14000", 14000, 14000, 14000, "exact"),
        ("Aid reached 1.5 million people.", "1.5 million", 1.5e6, 1.5e6, 1.5e6, "exact"),
        ("The camp held c.300K people.", "c.300K", 300_000, None, None, "about"),
        ("They found twelve boats.", "twelve", 12, 12, 12, "exact"),
        ("It sheltered two dozen families.", "two dozen", 24, 24, 24, "exact"),
        ("A million people left.", "A million", 1e6, 1e6, 1e6, "exact"),
        ("Nearly half a million people left.", "Nearly half a million", 5e5, None, None, "about"),
        ("At least 43 people died.", "At least 43", 43, 43, None, "at_least"),
        ("No fewer than 43 people died.", "No fewer than 43", 43, 43, None, "at_least"),
        ("More than 200 homes burned.", "More than 200", 200, 200, None, "more_than"),
        ("Over 50 homes burned.", "Over 50", 50, 50, None, "more_than"),
        ("Up to 30 homes burned.", "Up to 30", 30, None, 30, "up_to"),
        ("As many as 30 homes burned.", "As many as 30", 30, None, 30, "up_to"),
        ("Less than 10 homes burned.", "Less than 10", 10, None, 10, "less_than"),
        ("Fewer than 10 homes burned.", "Fewer than 10", 10, None, 10, "less_than"),
        ("Almost 90 homes burned.", "Almost 90", 90, None, None, "about"),
        ("Nearly 90 homes burned.", "Nearly 90", 90, None, None, "about"),
        ("Around 90 homes burned.", "Around 90", 90, None, None, "about"),
        ("About 90 homes burned.", "About 90", 90, None, None, "about"),
        ("Some 90 homes burned.", "Some 90", 90, None, None, "about"),
        ("Approximately 90 homes burned.", "Approximately 90", 90, None, None, "about"),
        ("Roughly 90 homes burned.", "Roughly 90", 90, None, None, "about"),
        ("An estimated 90 homes burned.", "An estimated 90", 90, None, None, "about"),
        ("Its estimated around 9 million people moved.", "estimated around 9 million", 9e6, None, None, "about"),
        ("They took 43 or more boats.", "43 or more", 43, 43, None, "at_least"),
        ("They took 100-plus boats.", "100-plus", 100, 100, None, "more_than"),
        ("Between 60,000 and 80,000 people moved.", "Between 60,000 and 80,000", 60000, 60000, 80000, "range"),
        ("Three to four boats sank.", "Three to four", 3, 3, 4, "range"),
        ("Some 60-80 boats sank.", "Some 60-80", 60, 60, 80, "range"),
        ("Two or three boats sank.", "Two or three", 2, 2, 3, "range"),
        ("Between 1.5 and 2 million people moved.", "Between 1.5 and 2 million", 1.5e6, 1.5e6, 2e6, "range"),
        ("Dozens of boats sank.", "Dozens", 24, 24, None, "approx_word"),
        ("Tens of thousands of people moved.", "Tens of thousands", 20000, 20000, None, "approx_word"),
        ("Hundreds of boats sank.", "Hundreds", 200, 200, None, "approx_word"),
        ("Scores of boats sank.", "Scores", 40, 40, None, "approx_word"),
    ],
)
def test_find_quantities_readings(text, surface, value, low, high, qualifier):
    q = only(text)
    assert (q.surface, q.value, q.value_low, q.value_high, q.qualifier) == (surface, value, low, high, qualifier)


@pytest.mark.parametrize(
    "text, surface, value, qualifier",
    [
        ("Approx. 250 families left the camp.", "Approx. 250", 250, "about"),
        ("est. 300 homes stood empty", "est. 300", 300, "about"),
        ("c. 75 trucks crossed at dawn", "c. 75", 75, "about"),
        ("ca. 40 boats sank", "ca. 40", 40, "about"),
        ("at  least 18 buses burned", "at  least 18", 18, "at_least"),
        ("more than  60 shops closed", "more than  60", 60, "more_than"),
        ("roughly\t90 wells dried up", "roughly\t90", 90, "about"),
        ("approx.  half a million residents", "approx.  half a million", 500_000, "about"),
        ("c.300K tents arrived", "c.300K", 300_000, "about"),
    ],
)
def test_hedge_before_a_dot_or_extra_spaces_is_kept(text, surface, value, qualifier):
    q = only(text)
    assert (q.surface, q.value, q.qualifier) == (surface, value, qualifier)


def test_range_never_a_midpoint():
    q = only("Between 10 and 20 boats sank.")
    assert q.value == 10 and q.value != 15


@pytest.mark.parametrize(
    "text",
    [
        "The column had T-90 and T-72 units.", "Crews fired BM-21 launchers.", "An Su-24 flew over.",
        "The 25th Division moved.", "On the 27th they left.", "The base lies 10km away.", "The base lies 10 km away.",
        "It is 5 miles north.", "They paid $5m to the firm.", "Turnout was 45%.", "Turnout was 45 per cent.",
        "A boy aged 12 was seen.", "A 12-year-old boy was seen.", "The boy, 12 years old, was seen.",
        "It began at 10:30 in the morning.", "It began at 0914 local.", "It began on November 27.",
        "It began on 27 November 2024.", "It began in 2011.", "Since 2019 the town is calm.",
        "Resolution 2254 was cited.", "Call +963 11 234 5678 now.", "It lasted 13 years.",
        "It cost 5 million dollars.", "A dispatch dated 30-11-2014 arrived.", "Read on Route 4 today.",
        "The war of 2011-2015 ended.",
    ],
)
def test_non_counts_are_set_aside(text):
    assert find_quantities(text) == [], find_quantities(text, keep_excluded=True)


def test_excluded_reasons_are_named():
    reasons = {q.surface: q.excluded for q in find_quantities("In 2011, 45% of 10 km", keep_excluded=True)}
    assert reasons == {"2011": "year", "45": "percentage", "10": "measure"}


def test_year_like_number_with_hedge_is_a_count():
    q = only("At least 2000 people fled.")
    assert q.value == 2000 and q.qualifier == "at_least"


def test_spans_reproduce_surface_in_longer_text():
    text = "Between 3 and 5 boats and about 40 people, with dozens of cars, in 2012."
    for q in find_quantities(text):
        assert text[q.start:q.end] == q.surface
