"""The review notebook's logic: filters, the figure in its sentence, decisions checked and appended under a lock.

A small ledger is built by the real extractor from two articles written here (sentences made up for the test).
"""

from __future__ import annotations

import csv
import multiprocessing
from pathlib import Path

import pandas as pd
import pytest

from analysis import paths
from analysis.check.verdict import VERDICTS
from analysis.claims import review_session as rs
from analysis.claims.articles import iter_articles
from analysis.claims.extract import claims_frame, extract_article
from analysis.claims.ledger import article_meta, build_ledger, load_ledger, write_ledger
from analysis.claims.reviews import load_reviews
from analysis.reports.manifest import load_manifest
from analysis.schemas import REVIEW_COLUMNS

ARTICLES = {
    "901_review_fixture.txt": (
        "URL: https://example.org/901\nOUTLET: Example Wire\nDATE: 2024-03-02\n\n"
        "Shelling in Idlib kills 12 civilians\n"
        "At least 12 civilians were killed in shelling on Idlib on Friday, the Syrian Observatory for Human "
        "Rights said. Aid workers said about 3,000 people fled towards the border.\n"),
    "902_review_other.txt": (
        "URL: https://example.org/902\nOUTLET: Other Daily\nDATE: 2023-05-10\n\n"
        "Clashes near Aleppo\nBetween 20 and 30 fighters were wounded in clashes near Aleppo, a monitor said.\n"),
}
HEADER = ",".join(REVIEW_COLUMNS) + "\n"


@pytest.fixture()
def world(tmp_path: Path) -> dict:
    """Articles, their ledger (built by the extractor) and an empty place for reviews."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    arts = list(iter_articles([folder]))
    ledger = build_ledger(claims_frame([r for a in arts for r in extract_article(a)]), article_meta(arts))
    path = write_ledger(ledger, tmp_path / "ledger.csv")
    return {"articles": folder, "ledger_path": path, "ledger": load_ledger(path), "reviews": tmp_path / "reviews.csv"}


def _claim(ledger: pd.DataFrame, surface: str) -> pd.Series:
    hit = ledger[ledger["surface"] == surface]
    assert len(hit) == 1, f"the extractor no longer finds {surface!r} once: {list(ledger['surface'])}"
    return hit.iloc[0]


# ---- paths -----------------------------------------------------------------------------------------------

def test_files_come_from_parameters_then_environment(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.delenv(rs.REVIEWS_ENV, raising=False)
    monkeypatch.delenv(rs.LEDGER_ENV, raising=False)
    assert rs.reviews_file() == paths.REVIEWS and rs.ledger_file() == paths.LEDGER
    monkeypatch.setenv(rs.REVIEWS_ENV, str(tmp_path / "r.csv"))
    monkeypatch.setenv(rs.LEDGER_ENV, str(tmp_path / "l.csv"))
    assert rs.reviews_file() == tmp_path / "r.csv" and rs.ledger_file() == tmp_path / "l.csv"
    assert rs.reviews_file(tmp_path / "given.csv") == tmp_path / "given.csv"
    assert rs.article_sources(tmp_path) == [tmp_path]


# ---- filters -----------------------------------------------------------------------------------------------

def test_filters(world: dict) -> None:
    ledger = world["ledger"]
    assert len(rs.filter_claims(ledger, rs.Filters())) == len(ledger)
    other = rs.filter_claims(ledger, rs.Filters(article="902_review_other"))
    assert list(other["surface"]) == ["Between 20 and 30"]
    assert set(rs.filter_claims(ledger, rs.Filters(outlet="Example Wire"))["article"]) == {"901_review_fixture"}
    assert set(rs.filter_claims(ledger, rs.Filters(metric="wounded"))["surface"]) == {"Between 20 and 30"}
    assert list(rs.filter_claims(ledger, rs.Filters(text="ALEPPO"))["surface"]) == ["Between 20 and 30"]
    assert rs.filter_claims(ledger, rs.Filters(text="no such words")).empty
    wounded = _claim(ledger, "Between 20 and 30")["claim_id"]
    verdicts = {wounded: "consistent"}
    assert list(rs.filter_claims(ledger, rs.Filters(verdict="consistent"), verdicts=verdicts)["claim_id"]) == [wounded]
    assert len(rs.filter_claims(ledger, rs.Filters(verdict=rs.UNCHECKED), verdicts=verdicts)) == len(ledger) - 1
    reviews = pd.DataFrame([rs.review_row(wounded, "accept", "T")])
    reviewed = rs.reviewed_ids(ledger, reviews)
    assert reviewed == {wounded}
    left = rs.filter_claims(ledger, rs.Filters(unreviewed=True), reviewed=reviewed)
    assert wounded not in set(left["claim_id"]) and len(left) == len(ledger) - 1
    both = rs.filter_claims(ledger, rs.Filters(outlet="Other Daily", unreviewed=True), reviewed=reviewed)
    assert both.empty
    assert rs.choices(ledger, "outlet") == ["Example Wire", "Other Daily"]


# ---- the figure in its sentence --------------------------------------------------------------------------

def test_highlight_cuts_the_sentence_around_the_figure(world: dict) -> None:
    row = _claim(world["ledger"], "about 3,000")
    body = rs.ArticleCache([world["articles"]]).body("901_review_fixture")
    found = rs.highlight(body, int(row["start"]), int(row["end"]), row["surface"])
    assert found == ("Aid workers said ", "about 3,000", " people fled towards the border.")
    assert rs.highlight(body, int(row["start"]), int(row["end"]), "about 4,000") is None  # the article changed
    assert rs.highlight(body, len(body) + 5, len(body) + 9, "1234") is None
    shown = rs.highlight_html(rs.Highlight("a <b> said ", "5 & 6", " died"))
    assert shown == 'a &lt;b&gt; said <mark class="tally-figure">5 &amp; 6</mark> died'
    assert "not available" in rs.highlight_html(None)


def test_article_cache_reads_files_and_corpus_tables(world: dict, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.csv"
    with open(corpus, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["unit_id", "article_title", "article_content", "source", "date", "location"])
        writer.writerow(["77", "A title", "Seven people were hurt in a made-up test town.", "Test News", "1/2/2019",
                         "Homs"])
    corpus_id = next(iter(iter_articles([corpus]))).id
    cache = rs.ArticleCache([world["articles"], corpus])
    assert cache.body("902_review_other").startswith("Clashes near Aleppo")
    assert cache.body(corpus_id) == "Seven people were hurt in a made-up test town."
    assert cache.body("999_not_there") is None
    for part, text in (("east", "Nine homes burned in the east, officials said."),
                       ("west", "Four bridges fell in the west, officials said.")):
        (tmp_path / "twins" / part).mkdir(parents=True)
        (tmp_path / "twins" / part / "301_same.txt").write_text(text, encoding="utf-8")
    ids = sorted(a.id for a in iter_articles([tmp_path / "twins"]))
    assert all("/" in i for i in ids), ids  # one stem, two files: each id has its folder
    twins = rs.ArticleCache([tmp_path / "twins"])
    assert [twins.body(i)[:4] for i in ids] == ["Nine", "Four"]


# ---- the check -------------------------------------------------------------------------------------------

def test_check_cache_gives_each_claim_a_verdict(world: dict) -> None:
    ledger = world["ledger"]
    checks = rs.CheckCache(ledger)
    wounded = _claim(ledger, "Between 20 and 30")["claim_id"]
    row = checks.claim(wounded)
    assert row is not None and row["verdict"] in VERDICTS and row["reason"] or row["dataset"]
    assert checks._articles == {"902_review_other"}  # only the article shown was checked
    assert checks.claim("000000000000") is None
    assert not checks.done
    verdicts = checks.verdicts()
    assert checks.done and set(verdicts) == set(ledger["claim_id"]) and set(verdicts.values()) <= set(VERDICTS)
    lines = dict(rs.evidence(row))
    assert lines["verdict"] == row["verdict"]
    assert rs.evidence(None) == [("verdict", rs.UNCHECKED)]


def test_evidence_lists_what_the_claim_was_compared_with() -> None:
    row = {"verdict": "higher than data", "reason": "the claim is 3 times the data", "dataset": "ucdp_ged",
           "version": "24.1", "data_value": 40.0, "data_low": 35.0, "data_high": 50.0,
           "data_period_start": pd.Timestamp("2024-03-01"), "data_period_end": pd.Timestamp("2024-03-02"),
           "ratio": 3.0, "rule": "killed_events", "toll_source": "", "data_detail": ""}
    lines = dict(rs.evidence(row))
    assert lines["compared with"] == "ucdp_ged 24.1"
    assert lines["data figure"] == "40 (range 35 to 50), 2024-03-01 to 2024-03-02"
    assert lines["ratio"] == "3" and "published toll" not in lines


# ---- decisions -------------------------------------------------------------------------------------------

def test_a_review_row_is_one_clean_line() -> None:
    row = rs.review_row("abc", "accept", "  Ana ", "first line\nsecond, \"quoted\"")
    assert row["reviewer"] == "Ana" and row["note"] == 'first line second, "quoted"' and len(row["date"]) == 10
    assert rs.csv_line(row).count("\n") == 1
    with pytest.raises(rs.ReviewRefused, match="name"):
        rs.review_row("abc", "accept", " ")


@pytest.mark.parametrize("field, value, reason", [
    ("value", "twelve", "must be a finite non-negative number, not 'twelve'"),
    ("value_low", "-3", "must be a finite non-negative number"),
    ("value_low", "40", "value_low <= value <= value_high no longer holds"),
    ("metric", "banana", "metric 'banana' is not one of"),
    ("qualifier", "roughly", "qualifier 'roughly' is not one of"),
    ("date", "2024-02-30", "is not a date at its precision"),
    ("article", "x", "unknown field 'article'"),
])
def test_a_bad_correction_is_refused_with_its_reason(world: dict, field: str, value: str, reason: str) -> None:
    cid = _claim(world["ledger"], "Between 20 and 30")["claim_id"]
    world["reviews"].write_text(HEADER, encoding="utf-8")
    with pytest.raises(rs.ReviewRefused) as refused:
        rs.decide(cid, "correct", "T", ledger=world["ledger"], path=world["reviews"], field=field, new_value=value)
    assert reason in str(refused.value)
    assert world["reviews"].read_text(encoding="utf-8") == HEADER  # nothing written


def test_a_good_correction_and_the_earlier_ones_are_checked_together(world: dict) -> None:
    cid = _claim(world["ledger"], "Between 20 and 30")["claim_id"]
    args = {"ledger": world["ledger"], "path": world["reviews"]}
    rs.decide(cid, "correct", "T", field="value_high", new_value="25", **args)
    with pytest.raises(rs.ReviewRefused, match="value_low <= value <= value_high"):
        rs.decide(cid, "correct", "T", field="value", new_value="27", **args)  # fine with the high of 30, not 25
    rs.decide(cid, "correct", "T", field="value_low", new_value="19", **args)
    with pytest.raises(rs.ReviewRefused, match="not in the ledger"):
        rs.decide("000000000000", "accept", "T", **args)
    with pytest.raises(rs.ReviewRefused, match="choose the field"):
        rs.decide(cid, "correct", "T", field="", new_value="3", **args)
    assert list(load_reviews(world["reviews"])["new_value"]) == ["25", "19"]


def test_append_keeps_every_line_already_there(world: dict) -> None:
    cid = _claim(world["ledger"], "about 3,000")["claim_id"]
    before = HEADER + 'a96aa36303ea,accept,,,B2,2026-11-25,"written by hand, no newline at the end"'
    world["reviews"].write_bytes(before.encode("utf-8"))
    row = rs.decide(cid, "reject", "T", ledger=world["ledger"], path=world["reviews"], note="a forecast, not a toll")
    after = world["reviews"].read_bytes().decode("utf-8")
    assert after.startswith(before + "\n")
    assert after[len(before) + 1:] == rs.csv_line(row)
    frame = load_reviews(world["reviews"])
    assert list(frame["action"]) == ["accept", "reject"] and frame.at[1, "note"] == "a forecast, not a toll"


def test_a_new_file_gets_its_header(tmp_path: Path) -> None:
    path = tmp_path / "new.csv"
    rs.append_review(rs.review_row("a96aa36303ea", "accept", "T"), path)
    assert path.read_text(encoding="utf-8").startswith(HEADER) and len(load_reviews(path)) == 1


def test_an_unreadable_reviews_file_refuses_and_is_left_alone(world: dict) -> None:
    cid = _claim(world["ledger"], "about 3,000")["claim_id"]
    broken = "claim_id,action\nx,maybe\n"
    world["reviews"].write_text(broken, encoding="utf-8")
    with pytest.raises(rs.ReviewRefused, match="cannot be read"):
        rs.decide(cid, "accept", "T", ledger=world["ledger"], path=world["reviews"])
    assert world["reviews"].read_text(encoding="utf-8") == broken


def _append_many(path: str, writer: str, count: int, start) -> None:
    start.wait()
    for i in range(count):
        rs.append_review(rs.review_row("a96aa36303ea", "accept", writer, note=f"{writer} decision {i}, " + "x" * 300),
                         path)


def test_two_processes_appending_at_once_lose_nothing(tmp_path: Path) -> None:
    path = tmp_path / "reviews.csv"  # missing: both race to write the header too
    count = 300
    ctx = multiprocessing.get_context("spawn")
    start = ctx.Barrier(2)
    procs = [ctx.Process(target=_append_many, args=(str(path), name, count, start)) for name in ("ana", "ben")]
    for proc in procs:
        proc.start()
    for proc in procs:
        proc.join(120)
        assert proc.exitcode == 0, f"a writer failed (exit code {proc.exitcode})"
    text = path.read_text(encoding="utf-8")
    assert text.count(HEADER) == 1 and text.startswith(HEADER)
    frame = load_reviews(path)
    assert len(frame) == 2 * count
    notes = set(frame["note"])
    for name in ("ana", "ben"):
        assert {n for n in notes if n.startswith(name)} == {f"{name} decision {i}, " + "x" * 300 for i in range(count)}


def test_an_append_waits_while_another_holds_the_lock(tmp_path: Path) -> None:
    """The lock is real: while this process holds it, another reviewer's append waits, then goes through."""
    import fcntl
    import time

    path = tmp_path / "reviews.csv"
    path.write_text(HEADER, encoding="utf-8")
    ctx = multiprocessing.get_context("spawn")
    start = ctx.Barrier(2)
    with open(path, "a") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        proc = ctx.Process(target=_append_many, args=(str(path), "cat", 1, start))
        proc.start()
        start.wait()
        time.sleep(1.5)
        assert path.read_text(encoding="utf-8") == HEADER, "the append did not wait for the lock"
        fcntl.flock(held, fcntl.LOCK_UN)
    proc.join(60)
    assert proc.exitcode == 0 and len(load_reviews(path)) == 1


# ---- the widget, without a browser -----------------------------------------------------------------------

def test_the_widget_decides_and_moves(world: dict, monkeypatch) -> None:
    from analysis.claims.review_widget import ReviewApp

    monkeypatch.setenv("TALLY_REVIEWER", "Env Name")
    assert ReviewApp(ledger=world["ledger_path"], reviews=world["reviews"]).reviewer.value == "Env Name"
    monkeypatch.delenv("TALLY_REVIEWER")
    app = ReviewApp(ledger=world["ledger_path"], reviews=world["reviews"], articles=world["articles"])
    assert "Claim 1 of 4" in app.claim.value and "<mark" in app.claim.value
    app.f_outlet.value = "Example Wire"
    assert len(app.rows) == 3
    first = app.current()["claim_id"]
    app.b_accept.click()
    assert "Not saved" in app.status.value and "name" in app.status.value and not world["reviews"].exists()
    app.reviewer.value = "Tess"
    app.note.value = "matches the article"
    app.b_accept.click()
    assert "Saved: accept" in app.status.value and app.position == 1
    app.c_field.value, app.c_value.value = "metric", "banana"
    app.b_correct.click()
    assert "Not saved" in app.status.value and "banana" in app.status.value
    app.c_value.value = "wounded"
    app.b_correct.click()
    second = app.current()["claim_id"]
    assert "Decisions in the reviews file" in app.details.value and "correct metric wounded (Tess" in app.details.value
    app.keys.value = "n"
    assert app.position == 2 and app.keys.value == ""
    app.keys.value = "p"
    assert app.position == 1
    frame = load_reviews(world["reviews"])
    assert [tuple(r) for r in frame[["claim_id", "action", "field", "new_value", "reviewer", "note"]].values] == [
        (first, "accept", "", "", "Tess", "matches the article"), (second, "correct", "metric", "wounded", "Tess", "")]
    app.f_unreviewed.value = True
    assert not {first, second} & set(app.rows["claim_id"])
    app.f_unreviewed.value, app.f_outlet.value = False, ""
    verdict = app.checks.claim(first)["verdict"]
    app.f_verdict.value = verdict
    verdicts = app.checks.verdicts()
    assert first in set(app.rows["claim_id"]) and {verdicts[c] for c in app.rows["claim_id"]} == {verdict}
    app.f_text.value = "no such words anywhere"
    assert app.current() is None and "No claim passes" in app.claim.value


def test_the_review_notebook_is_not_a_built_report() -> None:
    assert not [r for r in load_manifest().values() if r.notebook.name == "review.ipynb"]
    assert (paths.NOTEBOOKS / "review.ipynb").is_file() and (paths.NOTEBOOKS / "review.py").is_file()
    import ast

    tree = ast.parse((paths.NOTEBOOKS / "review.py").read_text(encoding="utf-8"))
    assert not [n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.ClassDef))], "logic in the notebook"
