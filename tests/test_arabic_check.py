"""The claim check reads Arabic rows (issue 17): places and periods as written in Arabic get the p-codes, windows,
anchors and rules their English equivalents get. Phrases written for these tests."""

from __future__ import annotations

import math
from pathlib import Path

import pandas as pd
import pytest

from analysis.check import match, rules as rules_mod
from analysis.check.run import check_claims
from analysis.claims.arabic_periods import english_period
from analysis.claims.arabic_places import english_place


@pytest.mark.parametrize("arabic,english", [
    ("منذ بداية الحرب", "since the start of the war"),
    ("ومنذ اندلاع الحرب الأهلية", "since the start of the civil war"),
    ("منذ بدء النزاع في البلاد", "since the start of the conflict"),
    ("منذ بدء العملية العسكرية", "since the start of the operation"),
    ("أمس", "yesterday"),
    ("مساء أمس السبت", "yesterday"),
    ("ليلة أمس", "yesterday"),
    ("أول أمس", "two days ago"),
    ("الليلة الماضية", "last night"),
    ("خلال الليل", "overnight"),
    ("اليوم", "today"),
    ("صباح اليوم الأحد", "today"),
    ("الأسبوع الماضي", "last week"),
    ("خلال الشهر الماضي", "last month"),
    ("العام الماضي", "last year"),
    ("هذا العام", "this year"),
    ("الشهر الجاري", "this month"),
    ("منذ مطلع العام الحالي", "since the start of this year"),
    ("منذ الأول من الشهر الجاري", "since the start of this month"),
    ("خلال 24 ساعة", "over the past 24 hours"),
    ("خلال الـ٢٤ ساعة الأخيرة", "over the past 24 hours"),
    ("خلال الساعات الأربع والعشرين الماضية", "over the past 24 hours"),
    ("خلال الأيام الخمسة الماضية", "over the past 5 days"),
    ("خلال الأسبوعين الماضيين", "over the past 2 weeks"),
    ("منذ ثلاثة أشهر", "over the past 3 months"),
    ("منذ عامين", "over the past 2 years"),
    ("منذ أكثر من عشر سنوات", "for more than 10 years"),
    ("خلال الأيام الماضية", "in recent days"),
    ("خلال 48 ساعة", "within 48 hours"),
    ("منذ عام 2011", "since 2011"),
    ("منذ العام ٢٠١٣", "since 2013"),
    ("منذ آذار/مارس 2011", "since March 2011"),
    ("منذ شباط 2020", "since February 2020"),
    ("منذ مطلع نيسان", "since 1 April"),
    ("منذ 15 أيار 2014", "since 15 May 2014"),
    ("منذ ٣ تشرين الثاني", "since 3 November"),
    ("منذ السابع من أكتوبر", "since 7 October"),
    ("منذ الثاني عشر من كانون الأول 2016", "since 12 December 2016"),
    ("منذ الحادي والعشرين من آب", "since 21 August"),
    ("في 9 حزيران 2015", "on 9 June 2015"),
    ("في شهر تموز/يوليو 2016", "in July 2016"),
    ("خلال سبتمبر 2019", "in September 2019"),
    ("خلال شهر جويلية 2013", "in July 2013"),
    ("في عام 2017", "in 2017"),
    ("خلال العام ٢٠١٥", "in 2015"),
    ("يوم الجمعة", "on Friday"),
    ("يوم الأحد", "on Sunday"),
    ("الاثنين", "on Monday"),
    ("منذ بداية العام 2024", "since 2024"),
    ("الثلاثاء الماضي", "last Tuesday"),
    ("خلال الاشتباكات", "during the clashes"),
])
def test_english_period(arabic: str, english: str) -> None:
    assert english_period(arabic) == english


def test_english_period_leaves_english_and_unknown_alone() -> None:
    assert english_period("since the war began") == "since the war began"
    assert english_period("") == ""
    assert english_period("في ظروف صعبة") == ""  # no time word: nothing to read


_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]


@pytest.mark.parametrize("month,gulf,levant", [
    (1, "يناير", "كانون الثاني"), (2, "فبراير", "شباط"), (3, "مارس", "آذار"), (4, "أبريل", "نيسان"),
    (5, "مايو", "أيار"), (6, "يونيو", "حزيران"), (7, "يوليو", "تموز"), (8, "أغسطس", "آب"), (9, "سبتمبر", "أيلول"),
    (10, "أكتوبر", "تشرين الأول"), (11, "نوفمبر", "تشرين الثاني"), (12, "ديسمبر", "كانون الأول"),
])
def test_both_month_names_are_one_month(month: int, gulf: str, levant: str) -> None:
    want = f"since {_MONTHS[month - 1]} 2012"
    assert english_period(f"منذ {levant} 2012") == english_period(f"منذ {gulf} ٢٠١٢") == want
    assert english_period(f"منذ {levant}/{gulf} 2012") == english_period(f"منذ {levant} ({gulf}) 2012") == want
    assert english_period(f"في 3 {gulf} 2012") == f"on 3 {_MONTHS[month - 1]} 2012"


@pytest.mark.parametrize("arabic,english,date", [
    ("منذ بداية الحرب", "since the war began", "2016-06-15"),
    ("منذ انطلاق الثورة السورية", "since the start of the revolution", "2019-03-15"),
    ("منذ عام 2011", "since 2011", "2018-01-10"),
    ("أمس الأربعاء", "yesterday", "2024-06-06"),
    ("اليوم", "today", "2016-11-01"),
    ("الأسبوع الماضي", "last week", "2020-02-27"),
    ("خلال ٢٤ ساعة", "over the past 24 hours", "2020-02-27"),
    ("خلال الأيام الثلاثة الماضية", "over the past three days", "2020-02-27"),
    ("الشهر الماضي", "last month", "2018-03-16"),
    ("منذ ١٧ تشرين الأول", "since 17 October", "2016-12-06"),
    ("منذ 17 أكتوبر 2016", "since October 17, 2016", "2016-12-06"),
    ("في آذار ٢٠١٢", "in March 2012", "2016-01-10"),
    ("يوم الإثنين", "on Monday", "2016-06-22"),
])
def test_arabic_periods_give_the_english_window(arabic: str, english: str, date: str) -> None:
    anchors = rules_mod.load_rules().anchors
    got = match.claim_window(arabic, date, anchors, "SYR")
    want = match.claim_window(english, date, anchors, "SYR")
    assert want is not None and got is not None
    assert (got.start, got.end, got.anchored) == (want.start, want.end, want.anchored)


def test_a_war_anchor_is_the_countrys_in_arabic_too() -> None:
    anchors = rules_mod.load_rules().anchors
    assert match.claim_window("منذ بداية الحرب", "2016-06-15", anchors, "SYR").anchored
    assert match.claim_window("منذ بداية الحرب", "2016-06-15", anchors, "YEM") is None  # no anchor for Yemen
    assert match.claim_window("في ظروف صعبة", "2016-06-15", anchors, "SYR") is None


def test_claim_period_is_english_for_the_rules() -> None:
    assert match.claim_period("منذ اندلاع النزاع") == "since the start of the conflict"
    assert match.claim_period("since the war began") == "since the war began"
    assert match.claim_period("في ظروف صعبة") == "في ظروف صعبة"  # unread: kept, so the check says it cannot read it


@pytest.mark.parametrize("arabic,english", [
    ("إدلب", "Idlib"), ("بإدلب", "Idlib"), ("ريف دمشق", "Rural Damascus"), ("وحماة", "Hama"),
    ("لسوريا", "Syria"), ("سورية", "Syria"), ("لبنان", "Lebanon"), ("والأردن", "Jordan"), ("بتركيا", "Turkey"),
    ("حلب وإدلب", "Aleppo and Idlib"), ("حمص، حماة", "Homs, Hama"), ("عفرين", "Afrin"), ("منبج", "Manbij"),
    ("فلسطين", "Palestine"),
])
def test_arabic_places_resolve_as_english_ones(arabic: str, english: str) -> None:
    assert match.resolve_place(arabic, "SYR") == match.resolve_place(english, "SYR") != match.Place("SYR", unresolved=arabic)


def test_arabic_place_names() -> None:
    assert english_place("بالغوطة الشرقية") == "Eastern Ghouta"
    assert english_place("حلب وإدلب") == "Aleppo and Idlib"
    assert english_place("مكان لا نعرفه") is None
    assert match.resolve_place("مكان لا نعرفه", "SYR").unresolved == "مكان لا نعرفه"
    assert match.resolve_place("عفرين", "SYR").unresolved == "Afrin"  # a town: named in English in the reason


def _claim(**fields) -> dict:
    base = {"claim_id": "ar0000000000", "article": "test_ar", "date": "2016-06-15", "value": math.nan,
            "value_low": math.nan, "value_high": math.nan, "qualifier": "exact", "unit": "people",
            "metric": "killed", "place": "", "place_country": "SYR", "period": ""}
    base.update(fields)
    return base


@pytest.mark.parametrize("arabic,english", [
    ({"place": "سوريا", "period": "منذ بداية الحرب", "value": 400_000.0, "qualifier": "more_than"},
     {"place": "Syria", "period": "since the war began", "value": 400_000.0, "qualifier": "more_than"}),
    ({"place": "بإدلب", "period": "أمس", "value": 23.0, "date": "2016-10-27", "place_admin1": "Idleb"},
     {"place": "Idlib", "period": "yesterday", "value": 23.0, "date": "2016-10-27", "place_admin1": "Idleb"}),
    ({"place": "سوريا", "period": "منذ عام 2011", "metric": "displaced", "value": 12_000_000.0},
     {"place": "Syria", "period": "since 2011", "metric": "displaced", "value": 12_000_000.0}),
])
def test_an_arabic_claim_is_checked_as_its_english_twin(tmp_path: Path, arabic: dict, english: dict) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    rows = pd.DataFrame([_claim(claim_id="ar0000000001", **arabic), _claim(claim_id="en0000000001", **english)])
    out = check_claims(rows, "SYR", raw=raw)
    ar, en = out.iloc[0].to_dict(), out.iloc[1].to_dict()
    assert ar["rule"] and pd.notna(ar["window_start"])  # a rule and a window were found
    for col in ("country", "admin1_pcode", "rule", "window_start", "window_end", "window_how", "dataset",
                "data_value", "data_low", "data_high", "verdict", "reason"):
        a, e = ar[col], en[col]
        assert a == e or (isinstance(a, float) and math.isnan(a) and math.isnan(e)), col


@pytest.mark.parametrize("sentence,period,english", [
    ("قتل 12 مدنيا في 15 آذار 2012 في قصف على حمص.", "في 15 آذار 2012", "on 15 March 2012"),
    ("نزح 3000 شخص في شهر تموز/يوليو 2016 من المدينة.", "في شهر تموز/يوليو 2016", "in July 2016"),
    ("قتل 40 شخصا في عام 2016 في المحافظة.", "في عام 2016", "in 2016"),
    ("وقتل عشرون شخصا عام 2015.", "عام 2015", "in 2015"),
    ("قتل 7 أشخاص يوم الخميس في غارة.", "يوم الخميس", "on Thursday"),
    ("أصيب 9 أشخاص الثلاثاء الماضي بقصف.", "الثلاثاء الماضي", "last Tuesday"),
    ("قتل 8 أشخاص في 3 من أيار في درعا.", "في 3 من أيار", "on 3 May"),
    ("قتل عشرة أشخاص في الخامس عشر من آذار.", "في الخامس عشر من آذار", "on 15 March"),
    ("قتل 300 شخص منذ السابع من أكتوبر في غزة.", "منذ السابع من أكتوبر", "since 7 October"),
    ("ارتفع عدد القتلى منذ بداية الحرب إلى 400 ألف.", "منذ بداية الحرب", "since the start of the war"),
])
def test_the_extractor_keeps_dates_and_days_as_periods(sentence: str, period: str, english: str) -> None:
    from analysis.claims.arabic import extract_arabic

    rows = extract_arabic(sentence)
    assert len(rows) == 1, rows  # the day of a date ("3 من أيار", "الخامس عشر") is not a count
    assert rows[0]["period"] == period and english_period(period) == english


def test_in_a_place_is_not_a_period() -> None:
    from analysis.claims.arabic import extract_arabic

    assert [r["period"] for r in extract_arabic("قتل 5 أشخاص في حلب في قصف.")] == [""]


def test_a_nationality_is_the_unit_as_in_english() -> None:
    from analysis.claims.arabic import extract_arabic

    (row,) = extract_arabic("لجأ آلاف السوريين إلى الأردن منذ اندلاع الحرب.")
    assert (row["unit"], row["metric"]) == ("syrians", "refugees")
    assert [r["unit"] for r in extract_arabic("قتل 5 أشخاص في القصف.")] == ["people"]


def test_refugees_named_by_nationality_are_checked_as_in_english(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    common = {"metric": "refugees", "value": 600_000.0, "place_country": "JOR", "date": "2016-06-15"}
    rows = pd.DataFrame([
        _claim(claim_id="ar0000000002", unit="syrians", place="بالأردن", period="منذ اندلاع الحرب", **common),
        _claim(claim_id="en0000000002", unit="syrians", place="Jordan", period="since the war began", **common)])
    out = check_claims(rows, "SYR", raw=raw)
    ar, en = out.iloc[0].to_dict(), out.iloc[1].to_dict()
    assert (ar["country"], ar["host"], ar["rule"]) == (en["country"], en["host"], en["rule"]) == ("SYR", "JOR",
                                                                                                 "refugees_in_host")


def test_a_reason_names_an_arabic_place_in_english(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    row = _claim(claim_id="ar0000000003", metric="refugees", unit="people", place="لبنان", place_country="LBN",
                 value=5000.0)
    got = check_claims(pd.DataFrame([row]), "LBN", raw=raw).iloc[0]
    assert "(Lebanon)" in got["reason"], got["reason"]
    assert match.place_words("لبنان") == "Lebanon" and match.place_words("Beirut") == "Beirut"


#: An Arabic article of our own: a hedge (نحو), Arabic-Indic digits (١٢٠, ٤٨), a breakdown (بينهم ثلاثة أطفال),
#: a dual (قتيلين) and "more than" (أكثر من).
ARABIC_ARTICLE = """Date: 2024-12-03
Outlet: Tally Test Wire
Language: ar

حلب، 3 كانون الأول 2024 - قال المرصد السوري لحقوق الإنسان إن نحو ١٢٠ مدنيا قتلوا في حلب منذ بدء الهجوم، بينهم ثلاثة أطفال.
وأضاف أن قتيلين سقطا أمس في قصف على ريف إدلب.
وذكرت الأمم المتحدة أن أكثر من ٤٨ ألف شخص نزحوا من حلب وإدلب منذ بداية الهجوم.
"""


@pytest.mark.slow
def test_an_arabic_article_goes_through_extraction_check_and_a_pdf(tmp_path: Path) -> None:
    """`tally check` on an Arabic article: its figures (hedge, Arabic-Indic digits, breakdown, dual) are found
    and checked, the report builds, and the PDF holds the Arabic sentence as text in reading order (shaped and
    laid out right to left by the PDF renderer; its text layer gives it back in logical order)."""
    import json
    import shutil
    import subprocess
    import sys

    source = tmp_path / "ar_story.txt"
    source.write_text(ARABIC_ARTICLE, encoding="utf-8")
    out = tmp_path / "out"
    done = subprocess.run([sys.executable, "-m", "analysis", "check", str(source), "--out", str(out)],
                          capture_output=True, text=True, cwd=tmp_path, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    figures = json.loads((out / "article.json").read_text(encoding="utf-8"))["figures"]
    found = {(f["value"], f["qualifier"], f["metric"]) for f in figures}
    assert {(120.0, "about", "killed"), (3.0, "exact", "killed"), (2.0, "exact", "killed"),
            (48000.0, "more_than", "displaced")} <= found
    assert any(f["verdict"] == "consistent" for f in figures)       # the two dead of the day before, in UCDP
    (pdf,) = out.glob("*.pdf")
    html = next(out.glob("*.html")).read_text(encoding="utf-8")
    assert '<p dir="rtl" lang="ar">' in html and "(Aleppo, since the start of the offensive)" in html
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
        assert "قتيلين" in text and "بينهم" in text
