"""The seed article (../shared/articles/000_seed.txt): the figures the project started from."""

from __future__ import annotations

import pytest

from analysis import paths
from analysis.claims.articles import read_article
from analysis.claims.extract import extract_article

SEED = paths.SHARED_ARTICLES / "000_seed.txt"
CASUALTY = {"killed", "wounded", "casualties", "displaced", "refugees", "idps", "returned", "detained", "missing",
            "captured", "destroyed"}


@pytest.fixture(scope="module")
def claims():
    if not SEED.exists():
        pytest.skip("shared seed article not present")
    article = read_article(SEED)
    found = extract_article(article)
    for row in found:
        assert article.body[row["start"]:row["end"]] == row["surface"]
    return found


def test_142_fighters_killed_credited_to_middle_east_eye(claims):
    rows = [r for r in claims if r["surface"] == "142"]
    assert len(rows) == 1
    row = rows[0]
    assert (row["value"], row["unit"], row["metric"], row["qualifier"]) == (142, "fighters", "killed", "exact")
    assert "MiddleEastEye" in row["attributed_to"] or "Middle East Eye" in row["attributed_to"]


def test_12_tanks_destroyed_credited_to_the_colonel(claims):
    rows = [r for r in claims if r["surface"] == "12"]
    assert len(rows) == 1
    row = rows[0]
    assert (row["value"], row["unit"], row["metric"]) == (12, "tanks", "destroyed")
    assert "Hassan Abdul Ghani" in row["attributed_to"]


def test_13_million_displaced_since_the_war_began(claims):
    rows = [r for r in claims if r["value"] == 13_000_000]
    assert len(rows) == 1
    row = rows[0]
    assert (row["metric"], row["qualifier"], row["unit"]) == ("displaced", "about", "people")
    assert "since the war began" in row["period"]
    assert "13 million" in row["surface"]


def test_one_officer_killed(claims):
    rows = [r for r in claims if "Pourhashemi" in r["surface"]]
    assert len(rows) == 1
    row = rows[0]
    assert (row["value"], row["metric"], row["qualifier"]) == (1, "killed", "exact")
    assert row["unit"] in ("officer", "brigadier general")


@pytest.mark.parametrize("surface", ["2011", "2019", "27th", "27", "10km", "10"])
def test_no_casualty_rows_for_non_counts(claims, surface):
    assert not [r for r in claims if r["metric"] in CASUALTY and surface in r["surface"]]


def test_no_casualty_row_has_a_year_or_distance_value(claims):
    assert not [r for r in claims if r["metric"] in CASUALTY and r["value"] in (2011, 2019, 27, 10)]
