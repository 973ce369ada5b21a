"""Shares of a group of people (analysis/claims/shares.py): the group's metric, in percent; other shares give no row."""

from __future__ import annotations

import pytest

from analysis.claims.extract import extract_text
from analysis.claims.shares import find_shares


def shares(text: str) -> list[tuple[float, str, str]]:
    """(value, qualifier, metric) of the rows counted in percent."""
    return [(r["value"], r["qualifier"], r["metric"]) for r in extract_text(text) if r["unit"] == "percent"]


@pytest.mark.parametrize("text,expected", [
    # who the group is made of, after the share or before it
    ("Some 65 per cent of the newly displaced are women and girls.", [(65, "about", "displaced")]),
    ("Women and children account for 72% of all new arrivals at the border.", [(72, "exact", "refugees")]),
    ("Children made up nearly a third of the casualties recorded in March.", [(33.3, "about", "casualties")]),
    ("Roughly one in four of those returning from Iran are children.", [(25, "about", "returned")]),
    ("Almost two-thirds of those who fled the town are under 18.", [(66.7, "about", "displaced")]),
    # "of them": the figure before it in the sentence
    ("The strikes killed 64 people, more than half of them civilians.", [(50, "more_than", "killed")]),
    ("About 4,100 people have been relocated, a quarter of them children.", [(25, "approx_word", "displaced")]),
    # the share of a place's people that moved
    ("Local leaders say a third of the district's population has fled since May.", [(33.3, "approx_word", "displaced")]),
])
def test_a_share_of_a_group_takes_the_groups_metric(text, expected):
    assert shares(text) == expected


@pytest.mark.parametrize("text", [
    "Only 18% of the appeal has been funded so far.",
    "About half of the 300 displaced families live in tents.",  # a condition, not who they are
    "One-third of the new arrivals remain at spontaneous sites along the border.",
    "We carried out 900 consultations, roughly a third of them for children under five.",  # no one counted
    "Some 40 per cent of the population are children.",  # a population, not a group of the conflict
    "Nearly 60 per cent of them women and children, the 12,000 people lost their shelter.",
    "A third of the town's residents are over 60; some 2,000 people have fled.",  # the next clause's verb
])
def test_other_shares_give_no_row(text):
    assert shares(text) == []


def test_them_with_no_figure_before_is_the_group_named_before_it():
    text = "Most of the newly displaced are staying with host families; just over half of them are children."
    assert shares(text) == [(50, "more_than", "displaced")]


def test_them_in_the_next_sentence_is_the_last_figure_of_the_sentence_before():
    text = "Some 9,000 people fled the fighting last week. Around 40 per cent of them are older people."
    assert shares(text) == [(40, "about", "displaced")]


def test_find_shares_reads_values_and_hedges():
    got = [(s.value, s.qualifier, s.kind) for s in find_shares(
        "nine in ten of the displaced are women and children; four out of five of those killed were men")]
    assert got == [(90.0, "approx_word", "composition"), (80.0, "approx_word", "composition")]
    assert find_shares("a thirds of them children") == []  # no such fraction
    assert find_shares("120 per cent of the target") == []  # not a share


def test_a_share_is_not_a_repeat_of_a_count_of_the_same_value():
    rows = extract_text("The strike killed 50 people, 50 per cent of them children.")
    assert [(r["value"], r["unit"], r["repeat_of"]) for r in rows] == [(50, "people", None), (50, "percent", None)]


@pytest.mark.parametrize("text,expected", [
    # "N in M" takes its group with no "of"
    ("Girls and women were nearly one in three newly displaced people in the district.", [(33.3, "about", "displaced")]),
    ("One in five arrivals at the border post is an unaccompanied child.", [(20.0, "approx_word", "refugees")]),
])
def test_n_in_m_takes_the_group_right_after_it(text, expected):
    assert shares(text) == expected


def test_n_in_m_before_a_verb_names_no_group():
    assert find_shares("one in four is a child under five") == []


@pytest.mark.parametrize("text,expected", [
    # a share of people who moved that went home
    ("Officials said roughly a third of the families who had fled the district had returned by May.",
     [(33.3, "about", "returned")]),
    ("About half of the displaced have returned to their villages.", [(50.0, "about", "returned")]),
])
def test_a_share_of_movers_that_went_home_is_returned(text, expected):
    assert shares(text) == expected


def test_a_share_of_movers_with_no_return_gives_no_row():
    assert shares("About half of the displaced have no documents.") == []


@pytest.mark.parametrize("text,expected", [
    # the group opens the clause, the share follows
    ("Of the new arrivals, 58 per cent are children.", [(58.0, "exact", "refugees")]),
    ("Among those killed, 30 per cent were women.", [(30.0, "exact", "killed")]),
    ("Of those who fled, a third are children.", [(33.3, "approx_word", "displaced")]),
    # a group named by a relative clause, with a figure of its own inside it
    ("Children make up more than half of the 86,000 people who have been displaced in the north.",
     [(50.0, "more_than", "displaced")]),
    ("About 40 per cent of those who were killed were women.", [(40.0, "about", "killed")]),
])
def test_a_group_before_its_share_or_named_by_a_relative_clause(text, expected):
    assert shares(text) == expected


def test_a_group_before_a_share_of_no_people_gives_no_row():
    assert shares("Of the funds received, 61 per cent went to food.") == []
