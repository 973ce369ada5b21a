"""Fuzzing number parsing, article reading and extraction with hypothesis.

Properties: nothing raises (an unreadable article is an ArticleError, nothing
else); spans lie inside the text and reproduce the surface; value_low <= value
<= value_high; a written integer reads back as itself. Examples per test come
from TALLY_FUZZ_EXAMPLES (default 300, quick for CI); ``make fuzz`` runs
100,000. Complements tests/test_extract_properties.py (the extractor's own
properties) with number phrases, whole articles and byte soup.
"""

from __future__ import annotations

import math
import os
import warnings

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis.claims.articles import ArticleWarning, article_from_text, decode_bytes
from analysis.claims.extract import extract_article
from analysis.claims.numbers import find_quantities, parse_number, parse_vague
from analysis.errors import ArticleError
from readings import assert_bounds_ordered

EXAMPLES = int(os.environ.get("TALLY_FUZZ_EXAMPLES", "300"))
SETTINGS = settings(max_examples=EXAMPLES, deadline=None, derandomize=EXAMPLES <= 1000,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

WORDS = ["one", "two", "twelve", "twenty", "thirty-five", "hundred", "thousand", "million", "billion", "half",
         "a", "and", "dozen", "dozens", "of", "tens", "hundreds", "thousands", "several", "few", "scores",
         "c.", "ca.", "about", "nearly", "at", "least", "K", "m", "bn", ",", ".", "-", "\u2011", "\u00a0"]
number_phrase = st.one_of(
    st.text(max_size=30),
    st.lists(st.one_of(st.sampled_from(WORDS), st.integers(0, 10**12).map(str),
                       st.decimals(0, 10**9, places=2).map(str), st.integers(0, 10**9).map("{:,}".format)),
             min_size=1, max_size=6).map(" ".join),
)

CUES = ["killed", "were killed", "wounded", "displaced", "fled", "refugees", "civilians", "fighters", "died",
        "at least", "more than", "up to", "some", "between", "and", "to", "according to", "said", "the monitor",
        "in Aleppo", "on Monday", "10^30", "1e308", "999999999999999999999999999999", "-5", "\u00bd", "\u0663",
        "<b>", "</p>", "&amp;", "$\\input{x}$", "**", "\r\n", "\n\n", "\ufeff", "\u200b", "\u202e"]
article_text = st.lists(st.one_of(st.sampled_from(CUES), st.integers(0, 10**15).map(str), st.text(max_size=8)),
                        max_size=50).map(" ".join)
header = st.lists(st.sampled_from(["TITLE", "DATE", "OUTLET", "URL", "X-Other", "date"]).flatmap(
    lambda k: st.text(max_size=20).map(lambda v: f"{k}: {v}")), max_size=4).map("\n".join)


def _finite_or_none(value: float | None) -> None:
    assert value is None or (isinstance(value, float) and not math.isnan(value)), value


@SETTINGS
@given(number_phrase)
def test_number_phrases_never_raise(text: str) -> None:
    _finite_or_none(parse_number(text))
    vague = parse_vague(text)
    assert vague is None or vague >= 0


@SETTINGS
@given(st.integers(0, 10**15), st.booleans())
def test_written_integers_read_back(n: int, commas: bool) -> None:
    assert parse_number(f"{n:,}" if commas else str(n)) == n


@SETTINGS
@given(st.one_of(st.text(max_size=400), article_text))
def test_quantities_hold_their_spans_and_bounds(text: str) -> None:
    for q in find_quantities(text, keep_excluded=True):
        assert 0 <= q.start <= q.num_start < q.end <= len(text)
        assert text[q.start:q.end] == q.surface
        assert_bounds_ordered(q.value, q.value_low, q.value_high)


@SETTINGS
@given(st.binary(max_size=600))
def test_any_bytes_decode_or_fail_cleanly(raw: bytes) -> None:
    notes: list[str] = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ArticleWarning)
        text = decode_bytes(raw, "fuzz.txt", notes)
    assert isinstance(text, str)


@SETTINGS
@given(header, article_text, st.booleans())
def test_articles_read_and_extract_or_fail_cleanly(head: str, body: str, is_html: bool) -> None:
    text = f"{head}\n\n{body}" if head else body
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ArticleWarning)
        try:
            article = article_from_text(text, id="fuzz", path="fuzz.html" if is_html else "fuzz.txt", is_html=is_html)
        except ArticleError as exc:
            assert "fuzz" in str(exc)
            return
    for row in extract_article(article):
        assert 0 <= row["start"] < row["end"] <= len(article.body)
        assert article.body[row["start"]:row["end"]] == row["surface"]
        v, lo, hi = row["value"], row["value_low"], row["value_high"]
        if v is not None and lo is not None and not (isinstance(lo, float) and math.isnan(lo)):
            assert lo <= v
        if v is not None and hi is not None and not (isinstance(hi, float) and math.isnan(hi)):
            assert v <= hi
