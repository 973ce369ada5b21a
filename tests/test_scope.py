"""Scope: words that narrow a figure to a part of a country's people (analysis/claims/scope.py), on our own sentences."""

from __future__ import annotations

import pytest

from analysis.claims.extract import extract_text


def _rows(text: str) -> list[dict]:
    return extract_text(text)


@pytest.mark.parametrize("text,value,scope", [
    ("Nearly 3,000 displaced families are stranded at the border crossing near the river.", 3000, "site: border crossing"),
    ("Some 700 refugees remain stranded after the ferry stopped.", 700, "stranded: stranded"),
    ("The shelter housing 450 displaced people was hit on Tuesday.", 450, "site: shelter"),
    ("Some 12,000 internally displaced people live in the camp outside the city.", 12000, "site: camp"),
    ("At least 31 protesters were killed by security forces since the vote.", 31, "actor: security forces"),
    ("About 90 villagers were killed in drone strikes last month.", 90, "attack: drone strikes"),
    ("A car bomb killed at least 19 people in the capital.", 19, "attack: car bomb"),
    ("The siege has left hundreds of residents dead.", 200, "attack: siege"),
    ("Some 400 prisoners died in detention between 2012 and 2014.", 400, "site: detention"),
    ("An average of 1,200 people cross into the neighbouring country each day.", 1200, "rate: an average of"),
    ("Twelve aid workers have been killed since the fighting began.", 12, "group: aid workers"),
    ("The court charged 17 men with smuggling people.", 17, "court: charged"),
])
def test_a_part_is_named(text: str, value: float, scope: str) -> None:
    row = next(r for r in _rows(text) if r["value"] == value)
    assert row["scope"] == scope


@pytest.mark.parametrize("text,value", [
    ("More than 400,000 people have been killed since the war began.", 400000),
    ("Nearly 6 million refugees have fled to neighbouring countries since 2011.", 6000000),
    ("Strikes resumed a day after shelling killed at least 24 people.", 24),  # "a day after" is no rate
    ("Around 2 million people are internally displaced inside the country.", 2000000),
])
def test_a_whole_is_not_narrowed(text: str, value: float) -> None:
    row = next(r for r in _rows(text) if r["value"] == value)
    assert row["scope"] in ("", "attack: shelling")
    if value != 24:
        assert row["scope"] == ""


def test_a_breakdown_does_not_end_the_clause() -> None:
    rows = _rows("Around 500 people, including 80 children, have been killed in air strikes since May.")
    assert {r["value"]: r["scope"] for r in rows} == {500: "attack: air strikes", 80: "attack: air strikes"}


@pytest.mark.parametrize("text,period", [
    ("More than 90,000 people have been killed in the country's civil war, the monitor said.", "in the country's civil war"),
    ("Over 50,000 people have died in the conflict so far.", "in the conflict"),
])
def test_the_war_as_a_period(text: str, period: str) -> None:
    assert _rows(text)[0]["period"] == period


def test_as_high_as_is_an_upper_figure() -> None:
    row = _rows("One group put the toll at as high as 80,000 dead.")[0]
    assert (row["value"], row["qualifier"]) == (80000, "up_to")


def test_displaced_internally_and_fled_the_country() -> None:
    rows = _rows("Some 4 million people have been displaced internally and 2 million have fled the country.")
    assert [(r["value"], r["metric"]) for r in rows] == [(4e6, "idps"), (2e6, "refugees")]

