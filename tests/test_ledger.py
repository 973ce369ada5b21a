"""The claims ledger and its reviews: ids, no text, reviews applied and never lost."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.claims.ledger import build_ledger, claim_id, context, load_ledger, sentence_at, write_ledger
from analysis.claims.reviews import apply_reviews, load_reviews, usable
from analysis.errors import DataError
from analysis.schemas import CLAIM_COLUMNS, LEDGER_COLUMNS, REVIEW_COLUMNS

# Sentences written for these tests.
BODY = (
    "Floods of shells fell on the old quarter.\n"
    "Shelling killed 23 villagers on Monday, the mayor said. "
    "Another 40 people were hurt.\n"
)


def claims_frame(body: str = BODY, article: str = "town") -> pd.DataFrame:
    rows = []
    for surface, value, metric, unit in (("23 villagers", 23, "killed", "villagers"), ("40 people", 40, "wounded", "people")):
        start = body.index(surface)
        rows.append(
            {
                "article": article, "start": start, "end": start + len(surface), "surface": surface,
                "value": value, "value_low": value, "value_high": value, "qualifier": "exact", "unit": unit,
                "metric": metric, "attributed_to": "the mayor", "place": "", "period": "",
                "sentence": sentence_at(body, start, start + len(surface)),
            }
        )
    return pd.DataFrame(rows, columns=CLAIM_COLUMNS)


META = {"town": {"url": "https://example.org/town", "outlet": "Example Post", "date": "2024-01-02"}}


def reviews_frame(rows) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=REVIEW_COLUMNS)


def write_reviews(path, rows):
    reviews_frame(rows).to_csv(path, index=False)
    return path


def test_claim_id_is_stable_and_depends_on_span_and_value():
    a = claim_id("town", 58, 70, 23)
    assert a == claim_id("town", 58, 70, 23.0)
    assert len(a) == 12 and int(a, 16) >= 0
    assert a != claim_id("town", 58, 70, 24)
    assert a != claim_id("town", 59, 70, 23)
    assert a != claim_id("city", 58, 70, 23)


def test_ledger_has_no_text_columns_and_sorted_rows():
    claims = claims_frame()
    ledger = build_ledger(claims.iloc[::-1], META)
    assert list(ledger.columns) == LEDGER_COLUMNS
    assert "sentence" not in ledger.columns
    sentences = set(claims["sentence"])
    for col in ledger.columns:
        assert not ledger[col].astype(str).isin(sentences).any(), col
    assert list(ledger["start"]) == sorted(ledger["start"])
    assert set(ledger["outlet"]) == {"Example Post"}
    # the same extraction always yields the same ids
    assert list(build_ledger(claims, META)["claim_id"]) == list(ledger["claim_id"])


def test_write_and_load_roundtrip(tmp_path):
    ledger = build_ledger(claims_frame(), META)
    path = write_ledger(ledger, tmp_path / "ledger.csv")
    back = load_ledger(path)
    pd.testing.assert_frame_equal(back, ledger)


def test_load_ledger_names_file_row_and_column(tmp_path):
    ledger = build_ledger(claims_frame(), META)
    path = tmp_path / "ledger.csv"
    write_ledger(ledger, path)
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    frame.loc[1, "metric"] = "exploded"
    frame.to_csv(path, index=False)
    with pytest.raises(DataError) as err:
        load_ledger(path)
    assert str(path) in str(err.value) and "metric" in str(err.value) and "row 2" in str(err.value)


def test_reject_accept_and_correct_are_applied(tmp_path):
    ledger = build_ledger(claims_frame(), META)
    killed, wounded = ledger["claim_id"]
    reviews = reviews_frame(
        [
            (killed, "correct", "attributed_to", "the mayor of the town", "ana", "2024-02-01", "fuller name"),
            (killed, "accept", "", "", "ana", "2024-02-01", ""),
            (wounded, "reject", "", "", "ben", "2024-02-02", "hurt, not a conflict figure"),
        ]
    )
    out, report = apply_reviews(ledger, reviews)
    row = out.set_index("claim_id")
    assert row.loc[killed, "attributed_to"] == "the mayor of the town"
    assert row.loc[killed, "review"] == "corrected"
    assert "attributed_to: 'the mayor' -> 'the mayor of the town'" in row.loc[killed, "review_note"]
    assert row.loc[wounded, "review"] == "rejected"
    assert "hurt, not a conflict figure" in row.loc[wounded, "review_note"]
    assert len(out) == len(ledger)  # rejected rows are kept, flagged
    assert list(usable(out)["claim_id"]) == [killed]
    assert report.applied == 3 and report.orphans.empty and not report.conflicts
    # inputs are not changed
    assert (ledger["review"] == "").all()


def test_numeric_correction_keeps_the_id(tmp_path):
    ledger = build_ledger(claims_frame(), META)
    killed = ledger["claim_id"].iloc[0]
    out, _ = apply_reviews(ledger, reviews_frame([(killed, "correct", "value", "32", "ana", "2024-02-01", "typo")]))
    assert out.loc[0, "value"] == 32.0 and out.loc[0, "claim_id"] == killed
    back = load_ledger(write_ledger(out, tmp_path / "l.csv"))
    assert back.loc[0, "value"] == 32.0


def test_conflicting_reviews_later_date_wins():
    ledger = build_ledger(claims_frame(), META)
    killed = ledger["claim_id"].iloc[0]
    reviews = reviews_frame(
        [
            (killed, "correct", "metric", "casualties", "ben", "2024-03-05", "later"),
            (killed, "correct", "metric", "wounded", "ana", "2024-03-01", "earlier"),
            (killed, "reject", "", "", "ana", "2024-03-01", ""),
            (killed, "accept", "", "", "ben", "2024-03-09", ""),
        ]
    )
    out, report = apply_reviews(ledger, reviews)
    assert out.loc[0, "metric"] == "casualties"
    assert out.loc[0, "review"] == "corrected"
    assert len(report.conflicts) == 2
    assert sorted(report.conflicts) == sorted([
        f"claim {killed}: conflicting corrections of metric; row 1 ('casualties', 2024-03-05) wins over row 2",
        f"claim {killed}: conflicting accept/reject; row 4 (accept, 2024-03-09) wins over row 3",
    ])


def test_review_of_a_figure_that_no_longer_extracts_is_reported(tmp_path):
    ledger = build_ledger(claims_frame(), META)
    gone = claim_id("town", 1, 3, 7)
    reviews = reviews_frame([(gone, "reject", "", "", "ana", "2024-02-01", "old figure")])
    out, report = apply_reviews(ledger, reviews)
    assert list(report.orphans["claim_id"]) == [gone]
    warning = report.warnings(tmp_path / "reviews.csv")
    assert len(warning) == 1 and gone in warning[0] and "reviews.csv" in warning[0] and "row 1" in warning[0]
    assert (out["review"] == "").all()


def test_a_rebuild_keeps_every_review(tmp_path):
    """Reviews live only in reviews.csv: a rebuild from changed articles loses none."""
    ledger = build_ledger(claims_frame(), META)
    killed, wounded = ledger["claim_id"]
    path = write_reviews(
        tmp_path / "reviews.csv",
        [(killed, "accept", "", "", "ana", "2024-02-01", ""), (wounded, "reject", "", "", "ana", "2024-02-01", "")],
    )
    before = path.read_bytes()
    # The article is edited: the second figure moves, so its id changes.
    edited = BODY.replace("Another 40", "Later another 40")
    rebuilt = build_ledger(claims_frame(edited), META)
    out, report = apply_reviews(rebuilt, load_reviews(path), path)
    assert path.read_bytes() == before
    assert out.set_index("claim_id").loc[killed, "review"] == "accepted"
    assert list(report.orphans["claim_id"]) == [wounded]
    # and when the figure comes back, the review applies again
    out2, report2 = apply_reviews(build_ledger(claims_frame(), META), load_reviews(path), path)
    assert out2.set_index("claim_id").loc[wounded, "review"] == "rejected" and report2.orphans.empty


@pytest.mark.parametrize(
    "row, column, words",
    [
        (("abcdef012345", "approve", "", "", "ana", "2024-01-01", ""), "action", "unknown action"),
        (("abcdef012345", "correct", "colour", "red", "ana", "2024-01-01", ""), "field", "unknown field"),
        (("abcdef012345", "correct", "", "red", "ana", "2024-01-01", ""), "field", "no field"),
        (("abcdef012345", "correct", "metric", "exploded", "ana", "2024-01-01", ""), "new_value", "metric"),
        (("abcdef012345", "correct", "value", "many", "ana", "2024-01-01", ""), "new_value", "number"),
        (("abcdef012345", "reject", "metric", "", "ana", "2024-01-01", ""), "field", "takes no field"),
        (("abcdef012345", "accept", "", "", "ana", "2024-02-30", ""), "date", "real day"),
    ],
)
def test_bad_reviews_name_file_row_and_column(tmp_path, row, column, words):
    good = ("abcdef012345", "accept", "", "", "ana", "2024-01-01", "")
    path = write_reviews(tmp_path / "reviews.csv", [good, row])
    with pytest.raises(DataError) as err:
        load_reviews(path)
    text = str(err.value)
    assert str(path) in text and "row 2" in text and f"column {column!r}" in text and words in text


def test_missing_reviews_file_means_no_reviews(tmp_path):
    assert load_reviews(tmp_path / "none.csv").empty


def test_context_reads_the_sentence_at_run_time(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "town.txt").write_text("URL: https://example.org/town\n\n" + BODY, encoding="utf-8")
    row = build_ledger(claims_frame(), META).iloc[0].to_dict()
    assert context(row, folder) == "Shelling killed 23 villagers on Monday, the mayor said."
    assert context(row, tmp_path / "elsewhere") is None


# --- what the committed ledger keeps of an article's header --------------------------------------

from analysis import paths  # noqa: E402
from analysis.claims.ledger import public_date_note, public_url  # noqa: E402


@pytest.mark.parametrize("given, kept", [
    # a headline slug in percent-encoded Arabic is cut, with everything after it
    ("https://news.example/world/2041/%D8%B3%D9%88%D8%B1%D9%8A%D8%A7-%D8%AD%D8%B1%D8%A8/99/?a=1 (Example News)",
     "https://news.example/world/2041"),
    ("https://example.org/%D8%A7%D9%84/ (Example)", "https://example.org/"),
    # a plain address is kept whole, query included; the outlet written after it is not
    ("https://example.org/report/sudan-flash-update-7?lang=en (OCHA)", "https://example.org/report/sudan-flash-update-7?lang=en"),
    ("https://example.org/a%20b", "https://example.org/a%20b"),
    ("", ""),
    ("unknown (credited to a wire service)", ""),
    # an English headline slug is cut too: four words or more
    ("https://news.example/a/fighting-spreads-to-three-more-towns/123.html", "https://news.example/a"),
    ("https://news.example/story/2014/8/11/مقتل-عشرة", "https://news.example/story/2014/8/11"),     # Arabic letters
    ("https://www.site.example/military/library/news/2023/11/mil-231103-unrwa01.htm",            # ten words at most
     "https://www.site.example/military/library/news/2023/11"),
    ("www.example.org/report/7", "www.example.org/report/7"),
])
def test_public_url_keeps_the_address_not_a_headline(given: str, kept: str) -> None:
    assert public_url(given) == kept


def test_public_date_note_keeps_tallys_notes_and_an_annotators_first_clause() -> None:
    assert public_date_note("approx.; covers the second week of a month we made up") == "approx."
    assert public_date_note("inferred: briefings here are issued on Tuesdays") == "inferred"
    own = "the dateline '3 May 2030' (2030-05-03) contradicts the corpus date 2030-01-01 (122 days apart)"
    assert public_date_note(f"approx.; a long note of our own; {own}") == f"approx.; {own}"
    assert public_date_note("") == ""


def test_committed_ledger_holds_no_percent_encoded_headline() -> None:
    ledger = pd.read_csv(paths.LEDGER, dtype=str, keep_default_na=False)
    assert not ledger["url"].str.contains(r"%[89A-Fa-f][0-9A-Fa-f]").any()
    assert not ledger["url"].str.contains(r"\s").any()
    assert not ledger["url"].str.contains(r"[A-Za-z]{2,}[-_][A-Za-z]{2,}[-_][A-Za-z]{2,}[-_][A-Za-z]{2,}").any()
