"""Number parsing at its edges: false ranges, scales carried over, tails, vague words, powers of ten,
shares, dates, and text whose lower-case form is longer than itself (issue 16: tests that catch mistakes).
The sentences are made up for these tests."""

from __future__ import annotations

import pytest

from analysis.claims import numbers
from analysis.claims.numbers import find_quantities, parse_number, parse_vague


def readings(text: str, keep: bool = False) -> list[tuple]:
    out = []
    for q in find_quantities(text, keep_excluded=keep):
        assert text[q.start:q.end] == q.surface
        assert q.start <= q.num_start < q.end
        out.append((q.surface, q.value, q.value_low, q.value_high, q.qualifier) + ((q.excluded,) if keep else ()))
    return out


# --- parse_number and parse_vague ----------------------------------------------------------------------

@pytest.mark.parametrize("phrase, value", [
    ("c. 300", 300), ("ca. 300", 300), ("c 300", 300), ("14\u202f000", 14_000), ("14\u00a0000", 14_000),
    ("2.5 bn", 2.5e9), ("3mn", 3e6), ("4 mln", 4e6), ("1 trillion", 1e12), ("7k", 7_000), ("7 M", 7e6),
    ("two-point-five million", 2.5e6), ("2 point 25 thousand", 2_250), ("one point five billion", 1.5e9),
    ("a quarter of a million", 250_000), ("quarter of a million", 250_000), ("one and a half million", 1.5e6),
    ("a and a half thousand", 1_500), ("a half million", 500_000), ("twenty\u2011one", 21),
    ("three dozen", 36), ("a thousand and a half", 1_000),
])
def test_parse_number_forms(phrase, value) -> None:
    assert parse_number(phrase) == value


@pytest.mark.parametrize("phrase", ["two point x million", "two point five", "1,5,0 people", "many dozen",
                                    "14,000 people", "c.", "zebra"])
def test_parse_number_unreadable_forms(phrase) -> None:
    assert parse_number(phrase) is None


def test_spoken_decimals_need_a_whole_fraction() -> None:
    assert numbers._spoken("two point five million") == 2.5e6
    assert numbers._spoken("3 point 75 thousand") == 3_750
    assert numbers._spoken("two point 2.5 million") is None
    assert numbers._spoken("two point zebra million") is None
    assert numbers._spoken("zebra point five million") is None
    assert numbers._spoken("two point five") is None


@pytest.mark.parametrize("phrase, low", [
    ("tens", 20), ("several", 3), ("Tens  of  Thousands", 20_000), ("dozens of thousands", 24_000),
    ("scores of millions", 40_000_000), ("hundreds of millions", 200_000_000),
    ("several dozen", 36), ("a couple of hundred", 200), ("many thousands", 2_000), ("a few millions", 2_000_000),
    ("several millions", 3_000_000), ("many hundred", 200),
])
def test_parse_vague_forms(phrase, low) -> None:
    assert parse_vague(phrase) == low


@pytest.mark.parametrize("phrase", ["lots", "tens of hundreds", "several people", ""])
def test_parse_vague_unknown(phrase) -> None:
    assert parse_vague(phrase) is None


# --- ranges ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("The shelling lasted, 5 to 3 boats remained.", [("5", 5, 5, 5, "exact"), ("3", 3, 3, 3, "exact")]),
    ("A score of 3-1 was read out to 40 fighters.",
     [("3", 3, 3, 3, "exact"), ("1", 1, 1, 1, "exact"), ("40", 40, 40, 40, "exact")]),
    ("They saw 70 to 70 tents.", [("70", 70, 70, 70, "exact"), ("70", 70, 70, 70, "exact")]),
    ("About 900 to 40 trucks.", [("About 900", 900, None, None, "about"), ("40", 40, 40, 40, "exact")]),
])
def test_false_ranges_keep_the_first_number_and_read_the_rest_again(text, expected) -> None:
    assert readings(text) == expected


def test_a_false_between_is_no_figure() -> None:
    assert readings("Between 9 and 4 boats sank.") == []
    assert readings("Between 4 and 4 boats sank.") == []


@pytest.mark.parametrize("text, low, high", [
    ("Three to four thousand people fled.", 3_000, 4_000),
    ("Between 2 and 3 million people fled.", 2e6, 3e6),
    ("Some 5-6 hundred people fled.", 500, 600),
    ("Some 5 to 7k people fled.", 5_000, 7_000),
    ("Some 800 to 1 thousand people fled.", 800, 1_000),
    ("Some 2 to 3,000 people fled.", 2, 3_000),              # a written-out high end carries no scale
    ("Some 2,000 to 3 thousand people fled.", 2_000, 3_000),
    ("Some 1.5 to 2 million people fled.", 1.5e6, 2e6),
    ("Some 10 to 20 million people fled.", 10e6, 20e6),
    ("Some 999 to 1 million people fled.", 999, 1e6),         # 999 million is not below 1 million
    ("Some 1 thousand to 2 million people fled.", 1_000, 2e6),  # the low end has its own scale
])
def test_range_scale_carried_over(text, low, high) -> None:
    (q,) = find_quantities(text)
    assert (q.value, q.value_low, q.value_high, q.qualifier) == (low, low, high, "range")


def test_scaled_pair_unreadable_end() -> None:
    assert numbers._scaled_pair("zebra", "2 million") == (None, 2e6)
    assert numbers._scaled_pair("2", "zebra") == (2, None)
    assert numbers._scaled_pair("1000", "2 thousand") == (1000, 2000)


def test_a_range_of_years_is_excluded_a_range_of_counts_is_not() -> None:
    assert readings("From 2011-2015 people left.", keep=True)[0][-1] == "year"
    assert readings("Some 1990-2020 people left.", keep=True)[0][-1] == "year"
    assert readings("Some 1500-2020 people left.", keep=True)[0][-1] is None   # 1500 is no year here
    assert readings("Some 1990-2100 people left.", keep=True)[0][-1] is None   # nor 2100


def test_a_word_range_is_marked_as_words() -> None:
    (q,) = find_quantities("Two to three boats sank.")
    assert q.word is True and q.num_start == 0
    (q,) = find_quantities("They saw 2-3 boats.")
    assert q.word is False and q.num_start == 9 and q.surface == "2-3"


# --- tails and hedges ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, surface, qualifier, low, high", [
    ("They saw 300 or more tents.", "300 or more", "at_least", 300, None),
    ("They saw 300 or so tents.", "300 or so", "about", None, None),
    ("They saw 300-odd tents.", "300-odd", "about", None, None),
    ("They saw 300 odd tents.", "300 odd", "about", None, None),
    ("They saw 300+ tents.", "300+", "more_than", 300, None),
    ("They saw 300 plus tents.", "300 plus", "more_than", 300, None),
    ("They saw about 300 or more tents.", "about 300 or more", "at_least", 300, None),
    ("They saw up to 300 tents.", "up to 300", "up_to", None, 300),
    ("They saw 300 tents.", "300", "exact", 300, 300),
])
def test_tails(text, surface, qualifier, low, high) -> None:
    (q,) = find_quantities(text)
    assert (q.surface, q.qualifier, q.value_low, q.value_high) == (surface, qualifier, low, high)


def test_bounds_of_every_qualifier() -> None:
    assert numbers.qualifier_bounds("exact", 5) == (5, 5)
    for q in ("at_least", "more_than", "approx_word"):
        assert numbers.qualifier_bounds(q, 5) == (5, None)
    for q in ("up_to", "less_than"):
        assert numbers.qualifier_bounds(q, 5) == (None, 5)
    assert numbers.qualifier_bounds("about", 5) == (None, None)


def test_vague_words_are_approximate_with_their_minimum() -> None:
    assert readings("Several hundred people fled.") == [("Several hundred", 300, 300, None, "approx_word")]
    (q,) = find_quantities("They said hundreds fled.")
    assert q.word is True and q.num_start == q.start == 10


def test_a_vague_word_with_no_reading_is_no_figure() -> None:
    # "scores of thousands" matches the vague pattern; a "many dozens" reading exists; a word that the
    # pattern takes but parse_vague does not is dropped, not read as zero
    assert all(q.value is not None for q in find_quantities("Many dozens and tens of millions came."))


def test_under_is_an_age_limit_only_for_small_numbers_with_an_age_context() -> None:
    assert readings("Most of them are under 18.", keep=True) == [("under 18", 18, None, 18, "less_than", "age")]
    assert readings("Children under 12 were hurt.", keep=True)[0][-1] == "age"
    assert readings("Under 18 years were hurt.", keep=True)[0][-1] in ("age", "duration")
    assert readings("Under 21 tents remained.", keep=True)[0][-1] is None
    assert readings("Those under 22.", keep=True)[0][-1] is None            # above 21: a count
    assert readings("Over 18 tents.", keep=True)[0][-1] is None
    assert readings("Children over 12 were hurt.", keep=True)[0][-1] == "age"
    assert readings("Around 12.", keep=True)[0][-1] is None                 # only under/over/above/below


# --- powers of ten -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, surface, value, qualifier", [
    ("Some 10^6 people moved.", "Some 10^6", 1e6, "about"),
    ("They moved 3 x 10^6 people.", "3 x 10^6", 3e6, "exact"),
    ("They moved 2.5x10^5 people.", "2.5x10^5", 2.5e5, "exact"),
    ("They moved 4*10**3 people.", "4*10**3", 4e3, "exact"),
    ("At least 3 \u00d7 10^6 people moved.", "At least 3 \u00d7 10^6", 3e6, "at_least"),
])
def test_powers_of_ten_are_one_number(text, surface, value, qualifier) -> None:
    assert [(q.surface, q.value, q.qualifier) for q in find_quantities(text)] == [(surface, value, qualifier)]


def test_power_of_ten_bounds_and_positions() -> None:
    (q,) = find_quantities("Up to 10^4 tents.")
    assert (q.value_low, q.value_high, q.num_start, q.start) == (None, 1e4, 6, 0)
    (q,) = find_quantities("Between 2 and 3 x 10^4 tents.")   # a range overlapping a power: the power, exact
    assert q.qualifier == "exact" and q.value == 3e4
    assert numbers._scientific_spans("no powers") == []
    assert numbers._scientific_spans("x 10^2 and 5*10**1") == [(2, 6, 100.0), (11, 18, 50.0)]


# --- non-counts -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, reason", [
    ("One in three children is hungry.", "share"),
    ("Nine in ten homes lack power.", "share"),
    ("Some 3 out of 10 homes lack power.", "share"),
    ("A 5 in every 8 homes lack power.", "share"),
    ("It happened on 19 and 20 June.", "date"),
    ("It happened on 19 to 20 June.", "date"),
    ("It cost USD 300 to fix.", "money"),
    ("It cost 300 dollars to fix.", "money"),
    ("It began at 1430 in the town.", "time"),
    ("Views 371 so far.", "identifier"),
    ("The Jeddah 1 camp is full.", "identifier"),
    ("They sent 007 agents.", "identifier"),
    ("Number 45 was hit.", "identifier"),
    ("It began March 3 in the north.", "date"),
    ("A child aged 9 died.", "age"),
    ("Call 0931 22 33 44 today.", "identifier"),
    ("Dial 31 22 33 44 today.", "phone"),
    ("It weighed 3m tonnes.", "measure"),
])
def test_non_count_reasons(text, reason) -> None:
    got = [r[-1] for r in readings(text, keep=True)]
    assert reason in got, readings(text, keep=True)


@pytest.mark.parametrize("text, value", [
    ("About 12 in 3 villages were hit.", 12),    # more in fewer: a count
    ("Twelve in 3 villages were hit.", 12),
    ("The 3m people displaced were counted.", 3e6),
    ("Aid reached 3m residents.", 3e6),
    ("At least 2016 people fled.", 2016),
    ("Some 2016 people fled.", 2016),
    ("In March, 58,000 people fled.", 58_000),
    ("On 7 October, 12 colleagues left.", 12),
    ("About 40 people aged over 60 fled.", 40),
    ("They counted 1200 people.", 1200),
    ("2020 people fled the town.", 2020),
])
def test_counts_that_look_like_non_counts(text, value) -> None:
    assert value in [q.value for q in find_quantities(text)], readings(text, keep=True)


def test_a_year_after_a_preposition_is_a_year_even_before_people() -> None:
    assert readings("Since 2016 people fled.", keep=True)[0][-1] == "year"


def test_numeric_dates_and_times_are_set_aside() -> None:
    assert readings("It was 30/11/2014 when 40 left.") == [("40", 40, 40, 40, "exact")]
    assert [r[-1] for r in readings("Filed 2014.11.30, seen 10:45.", keep=True)] == ["date"]
    assert [r[0] for r in readings("Filed 2014.11.30, seen 10:45.")] == []
    assert readings("Seats 10-20 went to 30 people.") == [("10-20", 10, 10, 20, "range"), ("30", 30, 30, 30, "exact")]


def test_before_and_after_prefilters_never_miss_an_exclusion() -> None:
    # the cheap checks may say "perhaps"; they must never say "no" where a pattern applies
    assert numbers._before_suspicious("") is False
    assert numbers._before_suspicious("paid $") is True
    assert numbers._before_suspicious("call +963 ") is True
    assert numbers._before_suspicious("on 12 ") is True
    assert numbers._before_suspicious("aged ") is True
    assert numbers._before_suspicious("between the ages of ") is True
    assert numbers._before_suspicious("on the 3rd ") is True
    assert numbers._before_suspicious("the soldiers said ") is False
    assert numbers._before_suspicious("year-") is True
    assert numbers._after_suspicious("", "") is True
    assert numbers._after_suspicious("%", "%") is True
    assert numbers._after_suspicious(" people", " people") is False
    assert numbers._after_suspicious(" km", " km") is True
    assert numbers._after_suspicious(" 5", " 5") is True


def test_share_helpers() -> None:
    assert numbers._share(" in 3 homes", 1) is True
    assert numbers._share(" in 3 homes", 3) is False
    assert numbers._share(" out of every ten", 9) is True
    assert numbers._share(" in 3%", 1) is False
    assert numbers._share(" of 3", 1) is False
    assert numbers._share_before("one in 3", 7, 3) is True
    assert numbers._share_before("A in 3", 5, 3) is True
    assert numbers._share_before("a in 3", 5, 0.5) is False
    assert numbers._share_before("5 out of 10", 9, 10) is True
    assert numbers._share_before("5 out of 4", 9, 4) is False
    assert numbers._share_before("the 4", 4, 3) is False


def test_cased() -> None:
    assert numbers._cased(["ab", "c"]) in ("AB|Ab|ab|C|c", "Ab|AB|ab|C|c", "ab|AB|Ab|C|c", "AB|ab|Ab|C|c",
                                           "Ab|ab|AB|C|c", "ab|Ab|AB|C|c", "AB|Ab|ab|c|C", "Ab|AB|ab|c|C",
                                           "ab|AB|Ab|c|C", "AB|ab|Ab|c|C", "Ab|ab|AB|c|C", "ab|Ab|AB|c|C")
    assert set(numbers._cased(["ab"]).split("|")) == {"ab", "Ab", "AB"}
    assert numbers._cased(["abc", "d"]).split("|")[-1] in ("d", "D")   # longest first


# --- text whose lower-case form is longer than itself ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "\u0130dlib: 300 people fled, about 40 returned.",          # İ lower-cases to two characters
    "\u0130\u0130\u0130 300 people fled, about 40 returned.",
    "300 people fled \u0130stanbul, about 40 returned.",
])
def test_text_whose_lower_case_is_longer(text) -> None:
    assert len(text.lower()) != len(text)
    got = readings(text)
    assert [g[0] for g in got] == ["300", "about 40"]
    assert [g[1] for g in got] == [300, 40] and got[1][-1] == "about"


def test_lower_case_longer_text_with_words_and_hedges() -> None:
    text = "\u0130n \u0130dlib, at least twelve died and dozens of homes burned in 2016."
    got = readings(text, keep=True)
    assert [(g[0], g[4], g[5]) for g in got] == [("at least twelve", "at_least", None),
                                                 ("dozens", "approx_word", None), ("2016", "exact", "year")]


def test_non_ascii_text_same_readings_as_ascii() -> None:
    ascii_text = "At least 43 people died, and Hundreds fled over 3 days."
    other = ascii_text.replace("died", "di\u00e9d")
    assert len(other.lower()) == len(other) and not other.isascii()
    assert readings(ascii_text, True) == readings(other, True)


def test_keep_excluded_returns_the_non_counts_marked() -> None:
    text = "In 2011, 45% of 10 km, and 30 people."
    assert readings(text) == [("30", 30, 30, 30, "exact")]
    assert [r[-1] for r in readings(text, keep=True)] == ["year", "percentage", "measure", None]


# --- found by mutation testing: each of these failed a mutant that the tests above let live ------------------

@pytest.mark.parametrize("text, reasons", [
    ("One in three children is hungry.", ["share", "share"]),
    ("Three out of ten homes lack power.", ["share", "share"]),
    ("It happened on 19 and 20 June.", ["date", "date"]),
    ("It happened on 31 and 1 June.", ["date", "date"]),
    ("Shelling ran from 25 to 1 June.", ["date", "date"]),
    ("Shelling ran from 25 to 2 June.", ["date", "date"]),
    ("Shelling ran from 25 to 3 June.", ["date", "date"]),
    ("Of 32 and 12 June arrivals, most left.", [None, "date"]),
    ("A 5m wall stood there.", ["measure"]),
    ("It began at 10 pm.", ["time"]),
    ("Twelve percent of homes burned.", ["percentage"]),
    ("There were 1,200 June arrivals.", [None]),
    ("It began on 31 May.", ["date"]),
    ("There were 32 May arrivals.", [None]),
    ("About 2016 fled the town.", [None]),
    ("Most are under 21.", ["age"]),
    ("One in two homes lack power.", ["share", "share"]),
    ("About 5 in 5 homes lack power.", [None, None]),
    ("Views 371 so far.", ["identifier"]),
    ("A 5M wall stood there.", ["measure"]),
    ("In Darfur 100 camps were built.", [None]),
    ("The council cited Resolution 2254.", ["identifier"]),
    ("Platform No. 45 was shut.", ["identifier"]),
    ("In March 32 people fled.", [None]),
    ("On March 31 the town fell.", ["date"]),
    ("Shells fell at 40 sites.", [None]),
    ("It began at 2359 and ended at 2360 sharp.", ["time", None]),
    ("They counted 40", [None]),
    ("They counted 4", [None]),
    ("Seen 10:45, 5-6 people fled.", ["date", None]),
])
def test_exact_reasons(text, reasons) -> None:
    assert [r[-1] for r in readings(text, keep=True)] == reasons, readings(text, keep=True)


def test_a_word_number_before_a_time_word_is_still_a_count() -> None:
    # only a figure in digits is read as a clock time ("10 pm"); "eleven pm" stays a count of eleven
    assert readings("They met eleven pm workers.", keep=True) == [("eleven", 11, 11, 11, "exact", None)]


def test_stacked_hedges_take_the_one_nearest_the_number() -> None:
    (q,) = find_quantities("Up to about 40 people fled.")
    assert (q.surface, q.qualifier) == ("Up to about 40", "about")
    (q,) = find_quantities("An estimated at least 40 people fled.")
    assert q.qualifier == "at_least"


@pytest.mark.parametrize("text, expected", [
    ("Between 2 hundred and 500 thousand people fled.", [(200, 500_000)]),   # the low end keeps its own scale
    ("Some 1000 to 2000 thousand people fled.", [(1_000, 2_000_000)]),       # 1,000 is too large to scale
    ("Some 2.0001 to 2 thousand people fled.", [(2.0001, 2_000)]),           # scaled it would pass the high end
    ("They saw 3 to 3 thousand people.", [(3, 3), (3_000, 3_000)]),          # scaled it equals the high end
])
def test_range_scale_edges(text, expected) -> None:
    assert [(q.value_low, q.value_high) for q in find_quantities(text)] == expected


def test_words_and_digits_are_marked() -> None:
    assert [q.word for q in find_quantities("Twelve boats, 5m people and 40 tents.")] == [True, False, False]
    (q,) = find_quantities("At least 3 \u00d7 10^6 people moved.")
    assert (q.value_low, q.value_high, q.word, q.excluded) == (3e6, None, False, None)


#: Sentences of our own with figures in every kind of context the exclusion patterns look at.
CONTEXTS = [
    "Call +963 (11) 234 5678 or +44 20-7946-0958 now.", "Dial 31 22 33 44 today, or 0931 22 33 44.",
    "It cost USD 300, $ 40, US$ 12, 500 SYP, \u00a3 9 and \u00a5300.", "Views 371, comments 12, shares 4 and likes 9.",
    "Get short URL 0 15 here.", "Children (aged 5, 6 and 7) and those aged between 8 and 12 were hurt.",
    "On March 3rd, 12 left; on Oct. 7, 40 more; in July, 58,000 fled; 7 October, 12 stayed.",
    "It began at 1430 and ended at 10:30, at 0914 local, at 5 pm.", "The 3rd, 4th and 21st brigades moved 9 km.",
    "Resolution 2254, Route 4 and Division 17 were named; No. 5 and vol. 3 too.",
    "In 2016, 40 died; since 2019 people fled; by 2020 1,200 had left; years 2011-2015 were hard.",
    "Turnout was 45%, 12 per cent, two-thirds, 3 out of 10, one in three, nine in ten.",
    "A 12-year-old, 5 years old, 3 months old, and 14-member team; a 5-storey block.",
    "It lasted 13 days, 5 hours, 2 weeks - 40 people fled - and 3-4 homes burned.",
    "Some 300 tents, over 1,000 people, 2.5 million refugees and 14\u202f000 families.",
    "They paid 5 dollars, 6 euros, 7 pounds sterling and 8 Syrian pounds; 9 lira.",
    "The Jeddah 1 camp, Krinding 1 and 2 IDP camps, the 007 unit and page 12 of the report.",
]


def _windows():
    import re as _re
    for text in CONTEXTS:
        for m in _re.finditer(r"\d+", text):
            yield text[max(0, m.start() - 26):m.start()], text[m.end():m.end() + 40]


def test_prefilters_never_hide_a_pattern() -> None:
    # _before_suspicious and _after_suspicious only decide whether the exact patterns are tried: wherever
    # a pattern matches, they must say "perhaps"
    checked = 0
    for before, after in _windows():
        if numbers._ANY_BEFORE.search(before) or numbers._DIGIT_GROUP_BEFORE.search(before):
            assert numbers._before_suspicious(before), before
            checked += 1
        if numbers._ANY_AFTER.match(after):
            if not _re_plain_and_to(after):
                assert numbers._after_suspicious(after, after.lower()), after
                checked += 1
    assert checked >= 50


def _re_plain_and_to(after: str) -> bool:
    """' and 20 June', ' to 3 June': the one pattern the after-filter leaves to the date-pair check."""
    return bool(numbers._DATE_PAIR_AFTER.match(after)) or after.lower().lstrip().startswith(("and ", "to "))


def test_non_ascii_before_a_figure_reads_like_ascii() -> None:
    assert readings("In \u1e24am\u0101h on March 3, 12 people fled.", True) == \
        readings("In Hamah on March 3, 12 people fled.", True)
