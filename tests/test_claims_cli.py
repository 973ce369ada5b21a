"""The claims command line: extract, build, evaluate, show (on sentences written for these tests)."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.cli import main
from analysis.schemas import CLAIM_COLUMNS, LEDGER_COLUMNS, REVIEW_COLUMNS

ARTICLE_A = (
    "URL: https://example.org/a\nOUTLET: Example Post\nDATE: 2024-05-06\n\n"
    "Shelling hits the river town\n"
    "Shelling killed 23 villagers on Monday, the mayor said.\n"
)
ARTICLE_B = "Officials said at least 40 people were wounded in the attack on the bridge.\n"


@pytest.fixture()
def articles(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "town.txt").write_text(ARTICLE_A, encoding="utf-8")
    (folder / "bridge.md").write_text(ARTICLE_B, encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "blob.txt").write_bytes(b"\x00\x01\x02binary\x00" * 20)
    (folder / "headonly.txt").write_text("URL: https://example.org/h\nOUTLET: Example Post\n\n", encoding="utf-8")
    # cp1252 text (not UTF-8): read with a warning, still extracted
    (folder / "latin.txt").write_bytes("Caf\u00e9 owners said 7 soldiers were killed near the caf\u00e9.\n".encode("cp1252"))
    return folder


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_extract_reports_bad_files_and_processes_the_rest(tmp_path, articles, capsys):
    out_csv = tmp_path / "claims.csv"
    code, _, err = run(capsys, "claims", "extract", str(articles), "--out", str(out_csv), "--no-progress")
    assert code == 1
    bad_lines = [ln for ln in err.splitlines() if ln.startswith("error:")]
    assert len(bad_lines) == 3
    for name in ("empty.txt", "blob.txt", "headonly.txt"):
        assert any(name in ln for ln in bad_lines), name
    assert any(ln.startswith("warning:") and "latin.txt" in ln for ln in err.splitlines())
    claims = pd.read_csv(out_csv, dtype=str, keep_default_na=False)
    assert list(claims.columns[: len(CLAIM_COLUMNS)]) == CLAIM_COLUMNS
    got = {(a, float(v), m) for a, v, m in zip(claims["article"], claims["value"], claims["metric"])}
    assert ("town", 23.0, "killed") in got
    assert ("bridge", 40.0, "wounded") in got
    assert ("latin", 7.0, "killed") in got


def test_extract_all_good_exits_zero(tmp_path, capsys):
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE_B, encoding="utf-8")
    code, _, err = run(capsys, "claims", "extract", str(good), "--out", str(tmp_path / "o.csv"), "--no-progress")
    assert code == 0, err
    assert not [ln for ln in err.splitlines() if ln.startswith("error:")]


def test_build_applies_reviews_and_never_writes_them(tmp_path, articles, capsys):
    ledger_path = tmp_path / "claims" / "ledger.csv"
    reviews_path = tmp_path / "claims" / "reviews.csv"
    code, _, err = run(
        capsys, "claims", "build", "--articles", str(articles), "--ledger", str(ledger_path),
        "--reviews", str(reviews_path), "--no-progress",
    )
    assert code == 1  # the empty, binary and header-only files failed
    assert not reviews_path.exists()  # build never creates or writes the reviews file
    ledger = pd.read_csv(ledger_path, dtype=str, keep_default_na=False)
    assert list(ledger.columns) == LEDGER_COLUMNS
    town = ledger[(ledger["article"] == "town") & (ledger["metric"] == "killed")].iloc[0]
    assert town["outlet"] == "Example Post" and town["date"] == "2024-05-06"

    reviews = pd.DataFrame(
        [
            (town["claim_id"], "correct", "attributed_to", "the town mayor", "tester", "2024-06-01", "fuller"),
            ("0123456789ab", "reject", "", "", "tester", "2024-06-01", "a figure that is gone"),
        ],
        columns=REVIEW_COLUMNS,
    )
    reviews.to_csv(reviews_path, index=False)
    before = reviews_path.read_bytes()
    code, _, err = run(
        capsys, "claims", "build", "--articles", str(articles / "town.txt"), "--articles", str(articles / "bridge.md"),
        "--ledger", str(ledger_path), "--reviews", str(reviews_path), "--no-progress",
    )
    assert code == 0, err
    assert reviews_path.read_bytes() == before
    warning = [ln for ln in err.splitlines() if ln.startswith("warning:") and "no longer extract" in ln]
    assert len(warning) == 1 and "0123456789ab" in warning[0] and "reviews.csv" in warning[0]
    first = ledger_path.read_bytes()
    code, _, _ = run(
        capsys, "claims", "build", "--articles", str(articles / "town.txt"), "--articles", str(articles / "bridge.md"),
        "--ledger", str(ledger_path), "--reviews", str(reviews_path), "--no-progress",
    )
    assert code == 0 and ledger_path.read_bytes() == first  # a rebuild is byte-for-byte the same
    ledger = pd.read_csv(ledger_path, dtype=str, keep_default_na=False).set_index("claim_id")
    assert ledger.loc[town["claim_id"], "attributed_to"] == "the town mayor"
    assert ledger.loc[town["claim_id"], "review"] == "corrected"

    code, out, _ = run(
        capsys, "claims", "show", town["claim_id"], "--ledger", str(ledger_path), "--articles", str(articles)
    )
    assert code == 0
    assert "Shelling killed 23 villagers on Monday, the mayor said." in out


def test_build_stops_on_a_bad_reviews_file(tmp_path, articles, capsys):
    reviews_path = tmp_path / "reviews.csv"
    pd.DataFrame([("0123456789ab", "approve", "", "", "t", "2024-06-01", "")], columns=REVIEW_COLUMNS).to_csv(
        reviews_path, index=False
    )
    ledger_path = tmp_path / "ledger.csv"
    code, _, err = run(
        capsys, "claims", "build", "--articles", str(articles / "town.txt"), "--ledger", str(ledger_path),
        "--reviews", str(reviews_path), "--no-progress",
    )
    assert code == 1
    assert f"error: {reviews_path}: row 1, column 'action'" in err
    assert not ledger_path.exists()


def test_evaluate_prints_a_line_per_metric(tmp_path, capsys):
    cols = ["article", "start", "end", "surface", "value", "value_low", "value_high", "qualifier", "unit", "metric"]
    gold = pd.DataFrame(
        [("a", 0, 2, "12", 12, 12, 12, "exact", "", "killed"), ("a", 5, 7, "30", 30, 30, 30, "exact", "", "wounded")],
        columns=cols,
    )
    pred = pd.DataFrame([("a", 0, 2, "12", 12, 12, 12, "exact", "", "killed")], columns=cols)
    gold.to_csv(tmp_path / "gold.csv", index=False)
    pred.to_csv(tmp_path / "pred.csv", index=False)
    code, out, _ = run(capsys, "claims", "evaluate", str(tmp_path / "gold.csv"), str(tmp_path / "pred.csv"), "--spans")
    assert code == 0
    lines = {ln.split()[0]: ln.split() for ln in out.splitlines() if ln.split()}
    assert lines["killed"][1:7] == ["1", "0", "0", "1.000", "1.000", "1.000"]
    assert lines["wounded"][1:4] == ["0", "0", "1"]
    assert lines["overall"][1:7] == ["1", "0", "1", "1.000", "0.500", "0.667"]
    assert "1 same span" in out


def test_evaluate_names_a_missing_column(tmp_path, capsys):
    pd.DataFrame({"article": ["a"], "value": [1]}).to_csv(tmp_path / "g.csv", index=False)
    code, _, err = run(capsys, "claims", "evaluate", str(tmp_path / "g.csv"), str(tmp_path / "g.csv"))
    assert code == 1 and "g.csv" in err and "metric" in err
