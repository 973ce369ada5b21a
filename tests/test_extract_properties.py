"""Property-based tests: extraction never raises; spans reproduce surfaces; bounds hold.

The number of examples comes from TALLY_FUZZ_EXAMPLES (default 200, quick
for CI); ``make fuzz`` runs 100,000.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis.claims.extract import COLUMNS, extract_text
from analysis.claims.numbers import find_quantities
from readings import assert_bounds_ordered

EXAMPLES = int(os.environ.get("TALLY_FUZZ_EXAMPLES", "200"))

#: Pieces that make the extractor work hard: numbers, hedges, cues, quotes and odd characters.
PIECES = [
    "at least", "more than", "between", "and", "to", "or", "about", "nearly half a million", "dozens of",
    "tens of thousands", "killed", "were wounded", "fled", "refugees", "destroyed", "tanks", "people",
    "civilians", "including", "said", "according to", "the Observatory", "he said.", "\u201c", "\u201d", '"',
    ",", ".", ";", ":", "-", "\n", "2011", "27th", "10km", "$5m", "45%", "T-90", "14,000", "1.5 million",
    "c.300K", "twelve", "two dozen", "a", "one", "in Aleppo", "since the war began", "on Tuesday", "death of",
    "Brigadier General", "Ali Hassan", "aged 12", "12-year-old", "0914", "+963 11 234", "3-1", "60-80",
    "\u00a0", "\x00", "\u2013", "(", ")", "A child",
]

text_strategy = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(st.sampled_from(PIECES), st.integers(0, 10**7).map(str), st.text(max_size=5)),
             max_size=40).map(" ".join),
)


def _check(text: str) -> None:
    for row in extract_text(text):
        assert list(row) == COLUMNS
        assert 0 <= row["start"] < row["end"] <= len(text)
        assert text[row["start"]:row["end"]] == row["surface"]
        assert_bounds_ordered(row["value"], row["value_low"], row["value_high"])
        assert row["qualifier"] in ("exact", "at_least", "more_than", "about", "up_to", "less_than", "range",
                                    "approx_word")
        if row["repeat_of"] is not None:
            assert row["repeat_of"] < row["start"]


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text_strategy)
def test_extraction_never_raises_and_spans_hold(text):
    _check(text)


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text_strategy)
def test_quantity_spans_hold(text):
    for q in find_quantities(text, keep_excluded=True):
        assert text[q.start:q.end] == q.surface
        assert q.start <= q.num_start < q.end
