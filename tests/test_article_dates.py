"""Article dates at their precision, and datelines that contradict them (issue 11, item 3).

Header dates such as ``2023-04`` or ``2025-06 (approx.)`` used to be dropped with a
warning; they are now kept as the month. A body whose dateline names another
time than the header or corpus date is flagged. Texts are written for these tests.
"""

from __future__ import annotations

import datetime as dt
import warnings
from pathlib import Path

import pandas as pd
import pytest

from analysis.claims.article_dates import ArticleDate, dateline_conflict, find_dateline, read_date
from analysis.claims.articles import ArticleWarning, iter_articles, parse_date, read_article
from analysis.cli import main

BODY = "Shelling hits the market\nShelling killed 12 civilians in the market, the mayor said.\n"


def _article(tmp_path: Path, date: str, body: str = BODY, name: str = "a.txt"):
    path = tmp_path / name
    path.write_text(f"OUTLET: Example Wire\nDATE: {date}\n\n{body}", encoding="utf-8")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        art = read_article(path)
    return art, [str(w.message) for w in caught if issubclass(w.category, ArticleWarning)]


@pytest.mark.parametrize("text, iso, precision, note", [
    ("2024-09-11", "2024-09-11", "day", ""),
    ("2024-09-11 (inferred: updates come out on Wednesdays)", "2024-09-11", "day",
     "inferred: updates come out on Wednesdays"),
    ("2016-01-29 (inferred: the agency \"said on 29 January (Friday)\")", "2016-01-29", "day",
     "inferred: the agency \"said on 29 January (Friday)\""),
    ("2023-04", "2023-04", "month", ""),
    ("2025-06 (approx.)", "2025-06", "month", "approx."),
    ("2023-10 (approx.; covers 1 July \u2013 30 September 2023)", "2023-10", "month",
     "approx.; covers 1 July \u2013 30 September 2023"),
    ("April 2023", "2023-04", "month", ""),
    ("Sept. 2019 (approx.)", "2019-09", "month", "approx."),
    ("2023", "2023", "year", ""),
    ("4/7/2017", "2017-04-07", "day", ""),
    ("28 November 2024", "2024-11-28", "day", ""),
])
def test_header_dates_are_read_at_their_precision(text: str, iso: str, precision: str, note: str) -> None:
    assert read_date(text, parse_date) == ArticleDate(iso, precision, note)


@pytest.mark.parametrize("text", ["2023-13", "the day after the storm", "(approx.)", ""])
def test_unreadable_dates_are_none(text: str) -> None:
    assert read_date(text, parse_date) is None


def test_a_month_covers_its_days() -> None:
    month = ArticleDate("2024-02", "month")
    assert (month.first, month.last) == (dt.date(2024, 2, 1), dt.date(2024, 2, 29))
    assert month.gap(dt.date(2024, 2, 14)) == 0 and month.gap(dt.date(2024, 3, 3)) == 3
    assert ArticleDate("2023", "year").last == dt.date(2023, 12, 31)


def test_a_month_precision_header_is_kept_not_dropped(tmp_path: Path) -> None:
    art, said = _article(tmp_path, "2025-06 (approx.; after 17 June 2025)")
    assert not said
    assert art.date is None  # no day is invented
    assert (art.date_iso, art.date_note) == ("2025-06", "approx.; after 17 June 2025")
    art, said = _article(tmp_path, "2024-09-11 (inferred)")
    assert (art.date, art.date_iso, art.date_note, said) == (dt.date(2024, 9, 11), "2024-09-11", "inferred", [])


@pytest.mark.parametrize("dateline, day", [
    ("DAMASCUS, March 3 (Reuters) - Twelve people were killed.", dt.date(2019, 3, 3)),
    ("NEW YORK (April 19, 2024) \u2013 Three children were killed.", dt.date(2024, 4, 19)),
    ("Nairobi, Thursday 1 August \u2013 Attacks on clinics went on.", dt.date(2019, 8, 1)),
    ("BEIRUT, Lebanon, March 3, 2016 (AP) \u2014 Shells fell.", dt.date(2016, 3, 3)),
    ("GENEVA/BAMAKO (10 February 2023) \u2013 The office said.", dt.date(2023, 2, 10)),
    ("Published July 27 2016 A bomb exploded.", dt.date(2016, 7, 27)),
    ("Date of publication 27 October 2016 Raids hit the city.", dt.date(2016, 10, 27)),
    ("Sat 04 Oct 2014 Air raids hit the town.", dt.date(2014, 10, 4)),
    ("02.10.2017 Fifteen people died.", dt.date(2017, 10, 2)),
    ("13-08-2013 Militants were killed.", dt.date(2013, 8, 13)),
    ("6 May 2021 - Shells fell on the port, killing four.\nLater that day the port closed.", dt.date(2021, 5, 6)),
    # a lead that opens with the date again is no span
    ("KYIV, March 3 (Reuters) - 3 March strikes killed 12.", dt.date(2019, 3, 3)),
])
def test_datelines_are_found(dateline: str, day: dt.date) -> None:
    found = find_dateline(f"A headline\n\n{dateline}\n", ArticleDate("2019-07-04", "day"))
    assert found is not None and found.day == day


@pytest.mark.parametrize("body", [
    "GENEVA - As casualties mount, the office said 12 were killed.",
    "May 5 people were hurt in the crash.",
    "Members of the Red Cross stand by the morgue on Feb. 1, 2025.",
    "The fighting began on 3 March 2016 and went on.",
    "Head\nOne\nTwo\nThree\nFour\nFive\nDAMASCUS, March 3 (Reuters) - too far down.",
    # the start of a span of dates is a period, not the day the text was written
    "Totals, 2 May 2018 - 30 November 2018\nPeople killed | 40",
    "Our work\nFIGURES OF THE QUARTER (1 April - 30 June 2017)\n- 12 clinics were hit",
    "Aegean Sea, 3 February \u2013 9 May 2022 (provisional):\n",
    "Reporting period: Sunday 2 June to Saturday 8 June\n",
    # a timeline's first entry
    "9 January 2015 - Gunmen attack a market.\n\n21 March 2015 - A bridge is blown up.\n",
])
def test_what_is_not_a_dateline(body: str) -> None:
    assert find_dateline(body, ArticleDate("2019-07-04", "day")) is None


def test_a_contradicting_dateline_is_flagged_naming_the_file_and_both_dates(tmp_path: Path) -> None:
    body = "Shells hit the market\nDAMASCUS, March 3 (Reuters) - Shelling killed 12 civilians, the mayor said.\n"
    art, said = _article(tmp_path, "2019-07-04", body, name="wire.txt")
    assert len(said) == 1 and "wire.txt" in said[0] and "2019-03-03" in said[0] and "2019-07-04" in said[0]
    assert art.date == dt.date(2019, 7, 4)  # the header's date is kept; the conflict is noted beside it
    assert "contradicts the header DATE 2019-07-04" in art.date_note and art.warnings == said
    # a year apart, with the year written out
    body = "Children killed\nNEW YORK (April 19, 2024) \u2013 At least three children were killed.\n"
    art, said = _article(tmp_path, "2023-04-19 (approx.)", body)
    assert len(said) == 1 and art.date_note.startswith("approx.; the dateline 'NEW YORK (April 19, 2024)'")


@pytest.mark.parametrize("date, dateline", [
    ("2019-03-04", "DAMASCUS, March 3 (Reuters) -"),      # a day apart
    ("2020-01-02", "BEIRUT, Dec. 30 (AFP) -"),            # no year: the nearest one, 2019
    ("2024-04", "NEW YORK (April 19, 2024) \u2013"),      # inside the month
    ("2023-10 (approx.)", "GENEVA (3 November 2023) \u2013"),  # days after the month
])
def test_agreeing_datelines_are_not_flagged(tmp_path: Path, date: str, dateline: str) -> None:
    art, said = _article(tmp_path, date, f"Headline\n{dateline} Twelve people were killed.\n")
    assert not said and "dateline" not in art.date_note
    assert dateline_conflict(art.body, read_date(date, parse_date)) is None


def test_a_corpus_date_contradicted_by_the_text_is_flagged(tmp_path: Path) -> None:
    table = tmp_path / "wire.csv"
    pd.DataFrame({"unit_id": ["9", "10"], "date": ["7/4/2019", "3/4/2016"],
                  "article_content": ["Published March 3 2016 Shelling killed 5 civilians in the town.",
                                      "Published March 3 2016 Shelling killed 5 civilians in the town."]}
                 ).to_csv(table, index=False)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        first, second = list(iter_articles([table]))
    said = [str(w.message) for w in caught if issubclass(w.category, ArticleWarning)]
    assert len(said) == 1 and "wire.csv: row 1" in said[0] and "2016-03-03" in said[0] and "2019-07-04" in said[0]
    assert "contradicts the corpus date 2019-07-04" in first.date_note and second.date_note == ""


def test_the_ledger_keeps_the_precision_and_the_note(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "monthly.txt").write_text(f"OUTLET: Example Wire\nDATE: 2023-04 (approx.)\n\n{BODY}", encoding="utf-8")
    (folder / "wire.txt").write_text(
        "OUTLET: Example Wire\nDATE: 2019-07-04\n\nShells hit the market\n"
        "DAMASCUS, March 3 (Reuters) - Shelling killed 12 civilians, the mayor said.\n", encoding="utf-8")
    ledger = tmp_path / "ledger.csv"
    assert main(["claims", "build", "--articles", str(folder), "--ledger", str(ledger),
                 "--reviews", str(tmp_path / "none.csv"), "--no-progress"]) == 0
    err = capsys.readouterr().err
    assert "warning:" in err and "wire.txt" in err and "2019-03-03" in err
    rows = pd.read_csv(ledger, dtype=str, keep_default_na=False).set_index("article")
    assert (rows.loc["monthly", "date"], rows.loc["monthly", "date_note"]) == ("2023-04", "approx.")
    assert rows.loc["wire", "date"] == "2019-07-04" and "2019-03-03" in rows.loc["wire", "date_note"]


def test_a_month_is_not_read_as_its_first_day_downstream() -> None:
    from analysis.check.rules import load_rules
    from analysis.check.run import check_claim
    from analysis.tables.claims import article_dates

    ledger = pd.DataFrame({"date": ["2023-04", "2023-04-05", "", "2023"]})
    assert article_dates(ledger).isna().tolist() == [True, False, True, True]
    row = {"claim_id": "0" * 12, "article": "monthly", "date": "2023-04", "value": 12.0, "value_low": 12.0,
           "value_high": 12.0, "qualifier": "exact", "unit": "civilians", "metric": "killed", "place": "",
           "period": "last week"}
    out = check_claim(row, load_rules(), "SYR", lambda iso3: pytest.fail("no data needed"))
    assert out["verdict"] == "not comparable" and "known only to the month (2023-04)" in out["reason"]


def test_a_review_corrects_a_date_at_its_precision(tmp_path: Path) -> None:
    from analysis.claims.reviews import load_reviews
    from analysis.errors import DataError
    from analysis.schemas import REVIEW_COLUMNS

    def reviews(new_value: str, field: str = "date") -> Path:
        path = tmp_path / "reviews.csv"
        pd.DataFrame([("abcdef012345", "correct", field, new_value, "ana", "2024-01-01", "from the dateline")],
                     columns=REVIEW_COLUMNS).to_csv(path, index=False)
        return path

    for ok in ("2016-03-03", "2016-03", "2016", ""):
        assert len(load_reviews(reviews(ok))) == 1
    assert len(load_reviews(reviews("checked by hand", field="date_note"))) == 1
    for bad in ("March 2016", "2016-3-3", "2016-02-30", "2016-03 (approx.)"):
        with pytest.raises(DataError, match="row 1.*new_value.*at its precision"):
            load_reviews(reviews(bad))
