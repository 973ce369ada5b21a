"""Shares of a group in Arabic text (analysis/claims/arabic_shares.py), in sentences written for these tests."""

from __future__ import annotations

import pytest

from analysis.claims.arabic import extract_arabic
from analysis.claims.arabic_numbers import normalise, tokens
from analysis.claims.arabic_shares import find_shares, may_hold_share


def shares(text: str) -> list[tuple[float, str, str]]:
    return [(r["value"], r["qualifier"], r["metric"]) for r in extract_arabic(text) if r["unit"] == "percent"]


@pytest.mark.parametrize("text, expected", [
    # composition after the group
    ("وقالت المنظمة إن 85 في المئة من الواصلين الجدد إلى المخيم نساء وأطفال.", [(85.0, "exact", "refugees")]),
    ("وتفيد البيانات بأن ٦٥٪ من النازحين أطفال.", [(65.0, "exact", "displaced")]),
    ("وأكد المستشفى أن أكثر من نصف الجرحى من النساء.", [(50.0, "more_than", "wounded")]),
    # composition before the share
    ("ويشكل الأطفال نحو 40% من القتلى.", [(40.0, "about", "killed")]),
    ("وتشكل النساء والأطفال قرابة ثلثي الشهداء.", [(66.7, "about", "killed")]),
    # one in N
    ("وأشار التقرير إلى أن واحدا من كل أربعة نازحين طفل دون الخامسة.", [(25.0, "approx_word", "displaced")]),
    # a place's people who moved
    ("وقال رئيس البلدية إن نحو ثلاثة أرباع سكان البلدة فروا خلال الليل.", [(75.0, "about", "displaced")]),
])
def test_a_share_of_a_group_takes_the_groups_metric(text: str, expected: list) -> None:
    assert shares(text) == expected


def test_of_them_takes_the_figure_before_in_the_sentence_and_its_hedge_stays_its_own() -> None:
    rows = extract_arabic("نزح أكثر من 2,400 شخص من القرى الحدودية، نصفهم تقريبا من الأطفال.")
    assert [(r["value"], r["qualifier"], r["unit"], r["metric"]) for r in rows] == [
        (2400.0, "more_than", "people", "displaced"), (50.0, "about", "percent", "displaced")]
    assert rows[1]["surface"] == "نصفهم تقريبا"


def test_of_them_in_the_next_sentence_is_the_last_figure_of_the_sentence_before() -> None:
    assert shares("وأصيب 620 شخصا في القصف. وثلثهم من الأطفال.") == [(33.3, "approx_word", "wounded")]


def test_of_them_after_a_share_is_that_shares_people() -> None:
    text = "ونزح نحو 80 في المئة من سكان المدينة، ونصفهم تقريبا من الأطفال."
    assert shares(text) == [(80.0, "about", "displaced"), (50.0, "about", "displaced")]


@pytest.mark.parametrize("text", [
    "وقال التقرير إن ثلث النازحين يقيمون في العراء.",  # a condition, not who they are
    "ولم تتجاوز نسبة التمويل 35% من الاحتياجات.",  # a share of funding
    "ويشكل الأطفال نحو نصف سكان المدينة.",  # a share of a population that did not move
    "وأكدت أن 20% منهم يقيمون في خيام.",  # of them, but what they are made of is not said
])
def test_other_shares_give_no_row(text: str) -> None:
    assert shares(text) == []


def test_half_a_million_is_a_count_not_a_share_even_after_a_joined_preposition() -> None:
    for text in ("وقدم البرنامج مساعدات لنصف مليون نازح.", "وقدرت الأمم المتحدة عدد الفارين بنصف مليون شخص."):
        rows = extract_arabic(text)
        assert [r["value"] for r in rows] == [500000.0], text
        assert all(r["unit"] != "percent" for r in rows)


def test_find_shares_gate_and_tokens() -> None:
    assert not may_hold_share("قتل 12 شخصا")
    folded, _ = normalise("إن 90 في المائة من الوافدين أطفال")
    toks = tokens(folded)
    found = find_shares(toks, 0, len(toks), set())
    assert [(s.value, s.them, s.metric) for s in found] == [(90.0, False, "refugees")]
    assert find_shares(toks, 0, len(toks), {1}) == []  # a share never overlaps a figure
