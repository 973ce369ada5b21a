"""Extraction on sentences written for these tests: metric, unit, source, place, period."""

from __future__ import annotations

import re

import math

import pandas as pd
import pytest

from analysis.claims.articles import Article
from analysis.claims.context import period_near, sentences
from analysis.claims.places import place_near
from analysis.claims.extract import COLUMNS, extract_article, extract_articles, extract_text
from analysis.errors import ArticleError
from analysis.schemas import CLAIM_COLUMNS


def rows(text):
    out = extract_text(text)
    for r in out:
        assert text[r["start"]:r["end"]] == r["surface"]
    return out


def one(text, **expected):
    found = rows(text)
    assert len(found) == 1, [(r["surface"], r["metric"]) for r in found]
    row = found[0]
    for key, value in expected.items():
        assert row[key] == value, (key, row[key], value)
    return row


def by_surface(text):
    return {r["surface"]: r for r in rows(text)}


# --------------------------------------------------------------------------
# Metrics
# --------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, metric, value, unit",
    [
        ("Shelling killed 17 farmers near the dam.", "killed", 17, "farmers"),
        ("Nine guards were killed when the depot burned.", "killed", 9, "guards"),
        ("The clash left 31 dead.", "killed", 31, "people"),
        ("Eleven pilgrims died in the crush.", "killed", 11, "pilgrims"),
        ("The siege has claimed the lives of 260 residents.", "killed", 260, "residents"),
        ("The death toll rose to 58.", "killed", 58, "people"),
        ("Four nurses lost their lives in the raid.", "killed", 4, "nurses"),
        ("Guards found 14 bodies in the well.", "killed", 14, "people"),
        ("The blast wounded 23 shoppers.", "wounded", 23, "shoppers"),
        ("Sixty people were injured in the blast.", "wounded", 60, "people"),
        ("The convoy suffered 12 casualties.", "casualties", 12, "people"),
        ("The floods displaced 4,000 families.", "displaced", 4000, "families"),
        ("About 900 villagers fled the valley.", "displaced", 900, "villagers"),
        ("Some 3,000 people have left their homes this month.", "displaced", 3000, "people"),
        ("The camp hosts 80,000 refugees.", "refugees", 80000, "refugees"),
        ("The region shelters 1.2 million internally displaced people.", "idps", 1.2e6, "people"),
        ("The agency counted 6,000 IDPs in the district.", "idps", 6000, "IDPs".lower()),
        ("Around 500 families returned to the town last week.", "returned", 500, "families"),
        ("Police arrested 35 protesters outside the court.", "detained", 35, "protesters"),
        ("Eight journalists remain missing after the raid.", "missing", 8, "journalists"),
        ("Rebels captured 40 soldiers at the airport.", "captured", 40, "soldiers"),
        ("Twenty conscripts were taken prisoner near the ridge.", "captured", 20, "conscripts"),
        ("The army destroyed 12 armoured vehicles.", "destroyed", 12, "vehicles"),
        ("Air strikes destroyed three bakeries in the old quarter.", "destroyed", 3, "bakeries"),
    ],
)
def test_metric_unit_value(text, metric, value, unit):
    row = one(text, metric=metric)
    assert row["value"] == value
    assert row["unit"] == unit


@pytest.mark.parametrize(
    "text, metric, value",
    [
        ("Two herders were shot near the well.", "casualties", 2),
        ("The war has taken the lives of more than 9,000 people.", "killed", 9000),
        ("Troops fired tens of shells at the hill.", "other", 20),
        ("The toll from the collapse of the market in the northern quarter reached 37 people.", "killed", 37),
        ("The number of wounded after the blast rose to 64.", "wounded", 64),
        ("Gunmen killed the four siblings and their father.", "killed", 4),
    ],
)
def test_more_phrasings(text, metric, value):
    found = [r for r in rows(text) if r["value"] == value]
    assert found and found[0]["metric"] == metric, rows(text)


def test_parallel_list_inherits_metric():
    found = by_surface("There were 15 dead among the guards and 23 among the attackers, as well as two drivers.")
    assert [found[k]["metric"] for k in ("15", "23", "two")] == ["killed", "killed", "killed"]


def test_one_of_her_children():
    found = by_surface("One woman and one of her sons died during the bombardment.")
    assert sorted(r["surface"] for r in found.values()) == ["One", "one"]
    assert all(r["metric"] == "killed" for r in found.values())


def test_a_person_with_two_modifiers():
    row = one("The blast also killed a senior foreign member of the group.")
    assert (row["value"], row["metric"]) == (1, "killed")


def test_page_furniture_is_not_a_figure():
    assert rows("Get short URL 0 15 The death toll is unclear.") == []


def test_count_without_conflict_metric_is_other():
    row = one("The council runs 14 schools in the district.", metric="other", unit="schools")
    assert row["value"] == 14


def test_number_counting_nothing_known_is_not_emitted():
    assert rows("The committee met 4 times and read 3 reports.") == []


def test_person_named_death_counts_one():
    row = one("State radio reported the death of Major General Tarek Haddad near the border.")
    assert (row["value"], row["metric"], row["unit"]) == (1, "killed", "officer")
    assert row["surface"] == "Major General Tarek Haddad"


def test_a_single_person():
    found = by_surface("A teacher and a driver were killed in the strike.")
    assert set(found) == {"A teacher", "a driver"}
    assert all(r["value"] == 1 and r["metric"] == "killed" for r in found.values())


def test_one_of_is_not_a_figure():
    assert rows("One of the clinics reopened on Monday.") == []


# --------------------------------------------------------------------------
# Numbers as the extractor reports them
# --------------------------------------------------------------------------

def test_hedges_and_qualifiers():
    found = by_surface("At least 43 people were killed, more than 200 wounded and up to 90 detained.")
    assert found["At least 43"]["qualifier"] == "at_least" and found["At least 43"]["metric"] == "killed"
    assert found["more than 200"]["qualifier"] == "more_than" and found["more than 200"]["metric"] == "wounded"
    assert found["up to 90"]["qualifier"] == "up_to" and found["up to 90"]["metric"] == "detained"


@pytest.mark.parametrize(
    "text, surface, qualifier, metric",
    [
        ("Approx. 450 residents were displaced by the flooding of the valley.", "Approx. 450", "about", "displaced"),
        ("Officials said est. 120 homes were destroyed overnight.", "est. 120", "about", "destroyed"),
        ("In the assault c. 35 fighters were killed, the group said.", "c. 35", "about", "killed"),
        ("At  least 17 civilians were killed in the shelling on Tuesday.", "At  least 17", "at_least", "killed"),
    ],
)
def test_hedge_with_dot_or_double_space_keeps_its_qualifier(text, surface, qualifier, metric):
    row = one(text, qualifier=qualifier, metric=metric)
    assert row["surface"] == surface == text[row["start"]:row["end"]]


def test_range_keeps_low_and_high():
    row = one("Between 60,000 and 80,000 people fled the offensive.", metric="displaced", qualifier="range")
    assert (row["value"], row["value_low"], row["value_high"]) == (60000, 60000, 80000)


def test_small_range_in_words():
    row = one("Three to four boats were destroyed.", metric="destroyed", qualifier="range")
    assert (row["value_low"], row["value_high"]) == (3, 4)


def test_vague_quantity():
    row = one("Dozens of civilians were wounded in the market.", metric="wounded", qualifier="approx_word")
    assert row["value_low"] == 24 and row["value_high"] is None


def test_tens_of_thousands_displaced():
    row = one("Tens of thousands of residents have fled since March.", metric="displaced")
    assert row["value_low"] == 20000


def test_rising_toll_takes_the_new_figure():
    row = one("The toll rose from 20 to 45 overnight.", metric="killed")
    assert row["value"] == 45 and row["surface"] == "45"


# --------------------------------------------------------------------------
# Breakdowns
# --------------------------------------------------------------------------

def test_breakdown_rows():
    found = by_surface("The fighting left 311 dead, including 183 fighters and 28 civilians.")
    assert set(found) == {"311", "183", "28"}
    assert all(r["metric"] == "killed" for r in found.values())
    assert found["183"]["unit"] == "fighters" and found["28"]["unit"] == "civilians"


def test_breakdown_before_the_verb():
    found = by_surface("Forty people, including nine children, were killed in the raid.")
    assert found["Forty"]["metric"] == "killed" and found["nine"]["metric"] == "killed"


def test_aside_between_commas_keeps_the_verb():
    found = by_surface("A total of 17 guards, including four drivers, died.")
    assert found["17"]["metric"] == "killed" and found["four"]["metric"] == "killed"


def test_verb_beats_noun():
    row = one("Nearly 4,000 refugees have returned to the valley.")
    assert row["metric"] == "returned" and row["unit"] == "refugees"


def test_killed_and_wounded_in_one_sentence():
    found = by_surface("The bombing killed six people and wounded 30 others.")
    assert found["six"]["metric"] == "killed"
    assert found["30"]["metric"] == "wounded"


def test_list_after_one_verb():
    found = by_surface("Gunmen killed five guards and two drivers at the gate.")
    assert found["five"]["metric"] == "killed" and found["two"]["metric"] == "killed"


# --------------------------------------------------------------------------
# Attribution, place, period
# --------------------------------------------------------------------------

def test_according_to():
    row = one("Seven fishermen drowned in the storm, according to the Harbour Authority.")
    assert row["attributed_to"] == "Harbour Authority"


def test_x_said():
    row = one("The Red Crescent said 19 volunteers were injured.")
    assert row["attributed_to"] == "Red Crescent"


def test_x_reported():
    row = one("Radio Sawt reported that 22 soldiers were captured.")
    assert row["attributed_to"] == "Radio Sawt"


def test_said_after_the_figure():
    row = one("Eighteen soldiers were killed, said Colonel Omar Nasser.")
    assert row["attributed_to"] == "Colonel Omar Nasser"


def test_x_told_y():
    row = one("A local doctor told Reuters that 15 patients had died.")
    assert "doctor" in row["attributed_to"]


def test_quote_attributed_to_previous_speaker():
    text = ("Mayor Lina Saleh, who leads the town council, said: \u201cWe are afraid.\u201d\n"
            "\u201cOur teams have counted 27 destroyed houses,\u201d she said.")
    row = one(text, metric="destroyed")
    assert row["attributed_to"] == "Mayor Lina Saleh"


def test_appositive_speaker():
    row = one("Ahmad Karim, a spokesman for the provincial council, said 44 families had returned.")
    assert row["attributed_to"] == "Ahmad Karim" and row["metric"] == "returned"


def test_place_and_period():
    row = one("On Tuesday, shelling killed 13 civilians in Maarat Nouman.")
    assert row["place"] == "Maarat Nouman"
    assert row["period"] == "On Tuesday"


@pytest.mark.parametrize(
    "text, period",
    [
        ("Some 40,000 people have fled since the war began.", "since the war began"),
        ("Some 40,000 people have fled since 2013.", "since 2013"),
        ("Some 40 people were killed in the past 24 hours.", "in the past 24 hours"),
        ("Some 40 people have been killed since the offensive began.", "since the offensive began"),
    ],
)
def test_periods(text, period):
    assert rows(text)[0]["period"] == period


def test_known_governorate_without_preposition():
    row = one("Rockets hit Idlib countryside, killing 4 shepherds.")
    assert row["place"] == "Idlib"


def test_place_near_helpers():
    assert place_near("It happened near the town of Kafr Zita on Monday.", 0) == "Kafr Zita"
    assert place_near("It happened in March.", 0) == ""
    assert period_near("It happened in March.", 0) == "in March"


def test_sentences_with_offsets():
    text = "Lt. Col. Adams said 4 died. The U.S. team left!\nNext line here"
    spans = sentences(text)
    assert [s.text for s in spans] == ["Lt. Col. Adams said 4 died.", "The U.S. team left!", "Next line here"]
    assert all(text[s.start:s.end] == s.text for s in spans)


# --------------------------------------------------------------------------
# Non-counts never become casualty rows
# --------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "The 25th Division killed the rebels in 2014.",
        "A T-90 tank was destroyed near Route 5 on 12 March.",
        "BM-21 rockets killed the herders 10km from the town.",
        "Su-24 jets struck the town at 10:30 and killed the guard.",
        "A 12-year-old boy and a man aged 40 were later released.",
        "About 45% of the dead were fighters.",
        "The strike, which cost $5m, killed the commander.",
        "Since 2011 the militia has killed the mayor.",
        "The killed officer was born in 1979.",
        "The 27th brigade withdrew 5 miles.",
    ],
)
def test_non_counts_never_metric_rows(text):
    # (a share of a group is read in percent, unit "percent": "45% of the dead" is a share of the killed, never 45
    # people; tests/test_shares.py)
    bad = [r for r in rows(text) if r["metric"] != "other" and r["surface"] not in ("A 12-year-old boy",)
           and r["unit"] != "percent"]
    assert not [r for r in bad if r["value"] != 1], bad


# --------------------------------------------------------------------------
# Repeats and the public API
# --------------------------------------------------------------------------

def test_headline_repeat_marked():
    text = "Market strike kills 17\nAn air strike on the market killed at least 17 people on Friday.\n"
    found = rows(text)
    assert len(found) == 2
    first, second = found
    assert first["repeat_of"] is None
    assert second["repeat_of"] == first["start"]


def test_other_rows_not_marked_as_repeats():
    found = rows("The town has 14 schools. The town has 14 schools.")
    assert [r["repeat_of"] for r in found] == [None, None]


def test_values_consistent_with_bounds():
    text = ("Between 5 and 9 guards died. At least 20 were hurt. Up to 70 fled. About 30 were held. "
            "Dozens went missing.")
    for r in rows(text):
        v, lo, hi = r["value"], r["value_low"], r["value_high"]
        if lo is not None:
            assert lo <= v
        if hi is not None:
            assert v <= hi


def test_extract_article_and_frame():
    art = Article(id="x1", path="", body="Headline here\nShelling killed 8 people in Harasta.\n")
    found = extract_article(art)
    assert found[0]["article"] == "x1"
    assert list(found[0]) == COLUMNS
    frame = extract_articles([art, ArticleError("broken", path="b.txt"), art])
    assert list(frame.columns) == CLAIM_COLUMNS + ["repeat_of"]
    assert len(frame) == 2
    assert frame["value"].dtype == "float64"
    assert frame.loc[0, "surface"] == "8"
    assert math.isnan(frame.loc[0, "value"]) is False


def test_empty_frame_has_columns():
    frame = extract_articles([])
    assert list(frame.columns) == COLUMNS and frame.empty
    assert isinstance(frame, pd.DataFrame)


@pytest.mark.parametrize("text", ["", " ", "\x00\x01", "12", "1,", "a" * 5000, "between and", "12-", "c.", "\u201c"])
def test_never_raises_on_odd_text(text):
    for r in extract_text(text):
        assert text[r["start"]:r["end"]] == r["surface"]


def test_a_long_attribution_keeps_the_name_at_its_end():
    text = ("On Friday 13 people were killed in the raid, Kafr Nabl and Maarat al-Numan civil defence "
            "rescue team official Hassan Abu al-Khalil told reporters.")
    row = one(text)
    assert row["attributed_to"].endswith("official Hassan Abu al-Khalil")
    assert len(re.findall(r"[A-Za-z0-9]+", row["attributed_to"])) <= 10


def test_a_month_before_a_count_is_not_a_date_period():
    assert period_near("The crisis erupted last December 40,500 of them fled to Chad.", 40) != "December 40"
    assert period_near("Some 12 people were killed on March 3, 2014.", 5) == "on March 3, 2014"
