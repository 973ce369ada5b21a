"""Every boundary of the verdict, with its whole reason sentence (issue 16: tests that catch mistakes).

Tolerances of 0.25 and 0.5 keep the band edges exact in floating point (100 x 1.25 is 125.0), so a
claim on an edge is tested on the edge, and one a hair past it on the other side.
"""

from __future__ import annotations

import math

import pytest

from analysis.check import verdict
from analysis.check.verdict import claim_interval, claim_point, compare

NAN = math.nan


def _c(value, qualifier="exact", low=NAN, high=NAN) -> dict:
    return {"value": value, "value_low": low, "value_high": high, "qualifier": qualifier}


# --- claim_interval and claim_point -----------------------------------------------------------------

@pytest.mark.parametrize("value, low, high, qualifier, expected", [
    (100, NAN, NAN, "exact", (100, 100)),
    (100, 90, 110, "about", (100, 100)),          # "about" is the value itself; the tolerance widens it
    (100, 90, NAN, "at_least", (90, math.inf)),   # low end when the ledger has one
    (100, NAN, NAN, "at_least", (100, math.inf)),
    (100, NAN, NAN, "more_than", (100, math.inf)),
    (100, NAN, 120, "up_to", (0.0, 120)),         # high end when the ledger has one
    (100, NAN, NAN, "up_to", (0.0, 100)),
    (100, NAN, NAN, "less_than", (0.0, 100)),
    (2_000, 2_000, NAN, "approx_word", (2_000, math.inf)),
    (2_000, NAN, NAN, "approx_word", (2_000, math.inf)),
    (2_000, 2_000, 9_000, "approx_word", (2_000, 9_000)),
    (2_000, 2_000, 2_000, "approx_word", (2_000, math.inf)),   # a top no higher than the base is no top
    (2_000, 2_000, 1_000, "approx_word", (2_000, math.inf)),
    (70, 60, 80, "range", (60, 80)),
    (70, NAN, 80, "range", (70, 80)),
    (70, 60, NAN, "range", (60, 70)),
    (100, NAN, NAN, "", (100, 100)),              # no qualifier: exact
    (100, NAN, NAN, " at_least ", (100, math.inf)),
])
def test_claim_interval(value, low, high, qualifier, expected) -> None:
    assert claim_interval(value, low, high, qualifier) == expected


def test_claim_interval_none_qualifier_is_exact_and_text_values_are_numbers() -> None:
    assert claim_interval("100", None, None, None) == (100.0, 100.0)
    lo, hi = claim_interval("many", None, None, "exact")
    assert math.isnan(lo) and math.isnan(hi)


def test_claim_point() -> None:
    assert claim_point(2_500, 2_000, "approx_word") == 2_000   # the vague word's minimum reading
    assert claim_point(2_500, NAN, "approx_word") == 2_500
    assert claim_point(2_500, 2_000, "at_least") == 2_500      # other hedges: the value
    assert claim_point(NAN, 2_000, "exact") == 2_000           # no value: the low end
    assert claim_point(None, None, "exact") != claim_point(None, None, "exact")  # NaN


# --- no data, no claim ----------------------------------------------------------------------------------

@pytest.mark.parametrize("data", [(None,), (NAN,), (NAN, 10, NAN), (NAN, NAN, 10), ("n/a",)])
def test_no_data_figure_is_not_comparable(data) -> None:
    got = compare(_c(100), *data, tolerance=0.25)
    assert got["verdict"] == "not comparable" and got["reason"] == "no data figure"
    assert math.isnan(got["ratio"]) and got["within_range"] is False


@pytest.mark.parametrize("claim", [_c(NAN), _c(None), _c("about a hundred"), _c(NAN, "at_least")])
def test_a_claim_without_value_is_not_comparable(claim) -> None:
    got = compare(claim, 100, tolerance=0.25)
    assert got["verdict"] == "not comparable" and got["reason"] == "the claim has no value"
    assert math.isnan(got["ratio"]) and got["within_range"] is False


def test_default_tolerance_is_twenty_percent() -> None:
    assert compare(_c(119), 100)["verdict"] == "consistent"
    assert compare(_c(121), 100)["verdict"] == "higher than data"
    assert "by more than 20%" in compare(_c(121), 100)["reason"]


# --- the tolerance edges, exact claims ---------------------------------------------------------------

@pytest.mark.parametrize("value, expected", [
    (125, "consistent"), (125.001, "higher than data"),
    (75, "consistent"), (74.999, "lower than data"),
    (100, "consistent"),
])
def test_exact_claim_at_the_tolerance_edges(value, expected) -> None:
    got = compare(_c(value), 100, tolerance=0.25)
    assert got["verdict"] == expected
    assert got["within_range"] is (expected == "consistent")
    assert got["ratio"] == pytest.approx(value / 100)


def test_reasons_of_exact_claims() -> None:
    assert compare(_c(125), 100, tolerance=0.25)["reason"] == "the claim (125) is within 25% of the data (100)"
    assert compare(_c(130), 100, tolerance=0.25)["reason"] == \
        "the claim (130) is above the data (100) by more than 25%"
    assert compare(_c(70), 100, tolerance=0.25)["reason"] == \
        "the claim (70) is below the data (100) by more than 25%"
    assert compare(_c(1_200, "about"), 1_000, tolerance=0.5)["reason"] == \
        "the claim (about 1,200) is within 50% of the data (1,000)"


# --- data with a low-high range ----------------------------------------------------------------------

def test_a_claim_inside_the_data_range_says_so() -> None:
    for value in (80, 120, 160):   # both ends of the range count as inside
        got = compare(_c(value), 100, 80, 160, tolerance=0.0)
        assert got["verdict"] == "consistent" and got["within_range"] is True
        assert got["reason"] == f"the claim ({value}) is inside the data's low-high range (80-160)"


def test_a_claim_beside_the_data_range_within_the_tolerance() -> None:
    got = compare(_c(200), 100, 80, 160, tolerance=0.25)   # 160 x 1.25 = 200, the edge
    assert got["verdict"] == "consistent" and got["within_range"] is True
    assert got["reason"] == "the claim (200) is within 25% of the data (80-160)"
    assert got["ratio"] == 2.0
    got = compare(_c(60), 100, 80, 160, tolerance=0.25)    # 80 x 0.75 = 60, the lower edge
    assert got["verdict"] == "consistent" and got["reason"] == "the claim (60) is within 25% of the data (80-160)"
    assert compare(_c(200.01), 100, 80, 160, tolerance=0.25)["verdict"] == "higher than data"
    assert compare(_c(59.99), 100, 80, 160, tolerance=0.25)["verdict"] == "lower than data"


def test_range_reasons_name_the_range() -> None:
    assert compare(_c(170), 100, 80, 160, tolerance=0.0)["reason"] == \
        "the claim (170) is above the data (80-160) by more than 0%"
    assert compare(_c(70), 100, 80, 160, tolerance=0.0)["reason"] == \
        "the claim (70) is below the data (80-160) by more than 0%"


def test_data_figure_outside_its_own_bounds_widens_them() -> None:
    # the headline figure counts as an end of the range when the bounds do not hold it
    got = compare(_c(200), 200, 80, 160, tolerance=0.0)
    assert got["verdict"] == "consistent" and got["reason"] == \
        "the claim (200) is inside the data's low-high range (80-200)"
    got = compare(_c(50), 50, 80, 160, tolerance=0.0)
    assert got["reason"] == "the claim (50) is inside the data's low-high range (50-160)"


def test_a_range_with_both_ends_equal_is_a_single_figure() -> None:
    got = compare(_c(100), 100, 100, 100, tolerance=0.25)
    assert got["reason"] == "the claim (100) is within 25% of the data (100)"


def test_a_range_only_with_no_headline_figure() -> None:
    # years partly inside the window: the data give a range (here not from zero) and no single figure
    got = compare(_c(150), NAN, 100, 200, tolerance=0.0)
    assert got["verdict"] == "consistent" and math.isnan(got["ratio"])
    assert got["reason"] == "the claim (150) is inside the data's low-high range (100-200)"
    assert compare(_c(250), NAN, 100, 200, tolerance=0.0)["verdict"] == "higher than data"
    assert compare(_c(50), NAN, 100, 200, tolerance=0.0)["verdict"] == "lower than data"


# --- a range from zero (data_value NaN, low end 0): never "consistent" -----------------------------------

@pytest.mark.parametrize("claim", [_c(3_000), _c(3_000, "at_least"), _c(53_750), _c(0), _c(100, "up_to"),
                                   _c(2_000, "approx_word", 2_000), _c(40_000, "range", 30_000, 50_000)])
def test_a_range_from_zero_is_never_consistent(claim) -> None:
    got = compare(claim, NAN, 0, 43_000, tolerance=0.25)
    assert got["verdict"] == "not comparable"
    assert got["verdict"] != "consistent"
    assert math.isnan(got["ratio"])


def test_a_range_from_zero_reason_and_its_upper_edge() -> None:
    got = compare(_c(53_750), NAN, 0, 43_000, tolerance=0.25)   # 43,000 x 1.25: on the bound
    assert got["reason"] == (
        "the data can only bound the claim's window from above (0-43,000: the window covers no whole year of "
        "the yearly series), so a claim below that bound (53,750) is neither confirmed nor contradicted")
    got = compare(_c(53_751), NAN, 0, 43_000, tolerance=0.25)
    assert got["verdict"] == "higher than data"
    assert got["reason"] == "the claim (53,751) is above the data (0-43,000) by more than 25%"


def test_a_headline_zero_is_not_a_range_from_zero() -> None:
    # data_value 0 (a real figure of none) with a range: compared as usual
    got = compare(_c(10), 0, 0, 43_000, tolerance=0.25)
    assert got["verdict"] == "consistent" and got["ratio"] == math.inf


# --- zero data ---------------------------------------------------------------------------------------

def test_zero_data() -> None:
    got = compare(_c(5), 0, tolerance=0.25)
    assert got["verdict"] == "higher than data" and got["ratio"] == math.inf
    assert got["reason"] == "the claim (5) is above the data (0) by more than 25%"
    got = compare(_c(0), 0, tolerance=0.25)
    assert got["verdict"] == "consistent" and got["ratio"] == 1.0 and got["within_range"] is True
    assert got["reason"] == "the claim (0) is within 25% of the data (0)"
    got = compare(_c(0), 10, tolerance=0.25)
    assert got["ratio"] == 0.0 and got["verdict"] == "lower than data"


def test_negative_data_ratio_is_not_infinite() -> None:
    # d > 0 guards the division: a negative figure (never in a dataset) is not "no data"
    got = compare(_c(5), -10, tolerance=0.0)
    assert got["ratio"] == math.inf


# --- open-ended claims -----------------------------------------------------------------------------------

def test_at_least_at_the_lower_edge() -> None:
    assert compare(_c(100, "at_least"), 80, tolerance=0.25)["verdict"] == "consistent"    # 80 x 1.25 = 100
    got = compare(_c(100.01, "at_least"), 80, tolerance=0.25)
    assert got["verdict"] == "higher than data"
    assert got["reason"] == "the claim (100 or more) is above the data (80) by more than 25%"
    got = compare(_c(100, "at_least"), 1_000, tolerance=0.25)
    assert got["verdict"] == "consistent" and got["within_range"] is False
    assert got["reason"] == "the claim (100 or more) allows the data's figure (1,000, tolerance 25%)"


def test_open_ended_claim_far_below_the_data_says_nothing() -> None:
    # "at least 100" against 2,000: 100 x OPEN_FLOOR = 1,000 is the band's low end (2,000 x 0.5): still consistent
    assert verdict.OPEN_FLOOR == 10
    assert compare(_c(100, "at_least"), 2_000, tolerance=0.5)["verdict"] == "consistent"
    got = compare(_c(100, "at_least"), 2_002, tolerance=0.5)
    assert got["verdict"] == "not comparable" and math.isinf(got["ratio"]) is False
    assert got["reason"] == ("the claim (100 or more) is open-ended and far below the data (2,002): it neither "
                             "confirms nor contradicts them")
    got = compare(_c(100, "more_than"), 5_000, 4_000, 6_000, tolerance=0.0)
    assert got["reason"] == ("the claim (100 or more) is open-ended and far below the data (4,000-6,000): it "
                             "neither confirms nor contradicts them")
    # a closed claim far below is lower than the data, never "not comparable"
    assert compare(_c(100), 2_002, tolerance=0.5)["verdict"] == "lower than data"
    assert compare(_c(100, "up_to"), 2_002, tolerance=0.5)["verdict"] == "lower than data"


def test_up_to_at_the_upper_edge() -> None:
    assert compare(_c(75, "up_to"), 100, tolerance=0.25)["verdict"] == "consistent"      # 100 x 0.75 = 75
    got = compare(_c(74.99, "up_to"), 100, tolerance=0.25)
    assert got["verdict"] == "lower than data"
    assert got["reason"] == "the claim (up to 75) is below the data (100) by more than 25%"
    got = compare(_c(500, "less_than"), 100, tolerance=0.25)
    assert got["verdict"] == "consistent"
    assert got["reason"] == "the claim (up to 500) allows the data's figure (100, tolerance 25%)"


def test_range_claims() -> None:
    got = compare(_c(70, "range", 60, 80), 100, tolerance=0.25)   # 80 >= 75
    assert got["verdict"] == "consistent" and got["within_range"] is False
    assert got["reason"] == "the claim (60-80) allows the data's figure (100, tolerance 25%)"
    got = compare(_c(70, "range", 60, 74), 100, tolerance=0.25)
    assert got["verdict"] == "lower than data"
    assert got["reason"] == "the claim (60-74) is below the data (100) by more than 25%"
    got = compare(_c(130, "range", 126, 140), 100, tolerance=0.25)
    assert got["verdict"] == "higher than data"
    assert got["reason"] == "the claim (126-140) is above the data (100) by more than 25%"


# --- vague figures: consistent within one order of magnitude, never higher or lower -------------------------

def test_vague_span_is_one_order_of_magnitude() -> None:
    assert verdict.VAGUE_SPAN == 10


@pytest.mark.parametrize("data, expected", [
    (1_600, "consistent"),         # 1,600 x 1.25 = 2,000: the reading's lower edge
    (1_599, "not comparable"),     # below it: never "higher than data"
    (16_000, "consistent"),        # 16,000 x 0.75 = 12,000
    (26_666, "consistent"),        # 26,666 x 0.75 = 19,999.5 <= 20,000 = 2,000 x VAGUE_SPAN
    (26_668, "not comparable"),    # 20,001 > 20,000: never "lower than data"
    (6_500_000, "not comparable"),
])
def test_vague_figure_edges(data, expected) -> None:
    got = compare(_c(2_000, "approx_word", 2_000), data, tolerance=0.25)
    assert got["verdict"] == expected
    assert got["verdict"] not in ("higher than data", "lower than data")


def test_vague_reasons() -> None:
    got = compare(_c(2_000, "approx_word", 2_000), 1_000, tolerance=0.25)
    assert got["reason"] == ("the claim is a vague figure (2,000 or more, read as 2,000 to 20,000), which cannot "
                             "be judged higher or lower than the data (1,000, tolerance 25%)")
    assert got["ratio"] == 2.0 and got["within_range"] is False
    got = compare(_c(2_000, "approx_word", 2_000), 40_000, tolerance=0.25)
    assert got["verdict"] == "not comparable" and "read as 2,000 to 20,000" in got["reason"]
    got = compare(_c(2_000, "approx_word", 2_000), 9_000, tolerance=0.25)
    assert got["reason"] == "the claim (2,000 or more) allows the data's figure (9,000, tolerance 25%)"


def test_vague_figure_with_a_top_uses_its_top_not_the_span() -> None:
    claim = _c(2_000, "approx_word", 2_000, 5_000)   # "between two and five thousand" read as vague
    assert compare(claim, 6_000, tolerance=0.25)["verdict"] == "consistent"     # 4,500 <= 5,000
    got = compare(claim, 10_000, tolerance=0.25)                                 # 7,500 > 5,000; span would allow
    assert got["verdict"] == "not comparable"
    assert "read as 2,000 to 5,000" in got["reason"] and "(2,000-5,000" in got["reason"]


def test_vague_figure_with_a_data_range() -> None:
    claim = _c(100, "approx_word", 100)   # "hundreds"
    got = compare(claim, 150, 120, 2_000, tolerance=0.0)   # the range reaches down into 100-1,000
    assert got["verdict"] == "consistent"
    got = compare(claim, 1_500, 1_200, 2_000, tolerance=0.0)
    assert got["verdict"] == "not comparable" and "(1,200-2,000, tolerance 0%)" in got["reason"]


# --- the sentences --------------------------------------------------------------------------------------

def test_said() -> None:
    assert verdict._said("at_least", 100, math.inf, 100) == "100 or more"
    assert verdict._said("more_than", 1_000, math.inf, 1_000) == "1,000 or more"
    assert verdict._said("approx_word", 2_000, math.inf, 2_000) == "2,000 or more"
    assert verdict._said("approx_word", 2_000, 5_000, 2_000) == "2,000-5,000"
    assert verdict._said("up_to", 0.0, 75, 75) == "up to 75"
    assert verdict._said("less_than", 0.0, 1_500, 1_500) == "up to 1,500"
    assert verdict._said("range", 60, 80, 70) == "60-80"
    assert verdict._said("about", 1_200, 1_200, 1_200) == "about 1,200"
    assert verdict._said("exact", 1_200, 1_200, 1_200) == "1,200"
    assert verdict._said("exact", 1_200.4, 1_200.4, 1_200.4) == "1,200"


# --- found by mutation testing: each of these failed a mutant that the tests above let live ------------------

def test_vague_reading_is_its_low_end_not_its_value() -> None:
    assert claim_interval(2_500, 2_000, NAN, "approx_word") == (2_000, math.inf)
    got = compare(_c(2_500, "approx_word", 2_000), 1_000, tolerance=0.25)
    assert got["ratio"] == 2.0                       # 2,000 / 1,000: the reading, not the value
    assert "(2,000 or more, read as 2,000 to 20,000)" in got["reason"]


def test_a_claim_with_only_a_low_end() -> None:
    got = compare(_c(NAN, "exact", low=50), 100, tolerance=0.25)
    assert got["verdict"] == "not comparable" and got["reason"] == "the claim has no value"
    got = compare(_c(NAN, "up_to", high=100), 100, tolerance=0.25)   # (0, 100) but no point to compare
    assert got["verdict"] == "not comparable" and got["reason"] == "the claim has no value"
    got = compare(_c(NAN, "at_least", low=80), 100, tolerance=0.25)
    assert got["verdict"] == "consistent" and got["ratio"] == 0.8


def test_ratio_of_small_figures() -> None:
    assert compare(_c(1), 0.5, tolerance=0.25)["ratio"] == 2.0       # data below one still divides
    assert compare(_c(0.5), 0, tolerance=0.25)["ratio"] == math.inf  # any claim above zero against none


def test_vague_figure_on_the_upper_edge_of_its_span() -> None:
    # 40,000 x (1 - 0.5) = 20,000 = 2,000 x VAGUE_SPAN: on the edge, consistent
    got = compare(_c(2_000, "approx_word", 2_000), 40_000, tolerance=0.5)
    assert got["verdict"] == "consistent"
    assert compare(_c(2_000, "approx_word", 2_000), 40_002, tolerance=0.5)["verdict"] == "not comparable"
