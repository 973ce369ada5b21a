"""The claim check over the parts of a partitioned extraction: the same verdicts as the whole-ledger check.

Sentences are written for these tests; the figures are checked against the embedded reference data.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from analysis.check.partitions import CHECKED, check_parts, read_checks
from analysis.check.run import CHECK_COLUMNS, check_claims
from analysis.claims import partitions
from analysis.claims.articles import iter_articles
from analysis.claims.extract import extract_articles
from analysis.claims.ledger import article_meta, build_ledger
from analysis.cli import main
from analysis.errors import DataError

TEXTS = [
    ("2016-02-16", "Inside Syria, some 6.5 million people remain internally displaced, the agency said."),
    ("2024-11-28", "Around 13 million Syrians have left their homes since the war began in 2011."),
    ("2014-10-01", "More than three million Syrians have become refugees, the United Nations said."),
    ("2016-06-15", "The war in Syria has killed more than 400,000 people since it started."),
    ("2019-05-10", "Some 10,900 people have left the Rukban camp since March, aid workers in Syria said."),
    ("2024-11-28", "Shelling killed 14 civilians in the town on Monday, a local monitor in Syria said."),
]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("parts")
    pd.DataFrame({"unit_id": [f"d{i}" for i in range(len(TEXTS))], "article_content": [t for _, t in TEXTS],
                  "date": [d for d, _ in TEXTS], "source": ["Example Wire"] * len(TEXTS),
                  "url": [f"https://example.org/{i}" for i in range(len(TEXTS))],
                  "article_title": [f"Story {i}" for i in range(len(TEXTS))]}).to_csv(root / "news.csv", index=False)
    got = partitions.run([root / "news.csv"], root / "pq", partition_size=2, on_error=lambda s: None)
    assert len(got["parts"]) == 3
    return root, root / "pq"


def test_parts_carry_article_dates_but_read_parts_does_not(extracted: tuple[Path, Path]) -> None:
    root, pq = extracted
    part = pd.read_parquet(pq / "part-00000.parquet")
    assert set(partitions.META_COLUMNS) <= set(part.columns) and part["date"].iloc[0] == "2016-02-16"
    plain = extract_articles(iter_articles([root / "news.csv"]))
    assert list(partitions.read_parts(pq).columns) == list(plain.columns)


def test_checked_parts_equal_the_ledger_check(extracted: tuple[Path, Path], tmp_path: Path) -> None:
    root, pq = extracted
    results = check_parts(pq, tmp_path / "checks")
    assert [r.file for r in results] == ["checks-00000.parquet", "checks-00001.parquet", "checks-00002.parquet"]
    ours = read_checks(tmp_path / "checks")
    assert list(ours.columns) == CHECK_COLUMNS
    articles = list(iter_articles([root / "news.csv"]))
    ledger = build_ledger(extract_articles(articles), article_meta(articles))
    whole = check_claims(ledger)
    merged = ours.merge(whole, on="claim_id", suffixes=("", "_whole"))
    assert len(merged) == len(ours) == len(whole)
    assert (merged["verdict"] == merged["verdict_whole"]).all() and (merged["reason"] == merged["reason_whole"]).all()
    verdicts = dict(zip(ours["value"], ours["verdict"]))
    assert verdicts[13_000_000] == "consistent" and verdicts[3_000_000] == "consistent"
    assert verdicts[10_900] == "not comparable"  # a flow (and a camp), never the national stock
    manifest = json.loads((tmp_path / "checks" / CHECKED).read_text())
    assert manifest["rows"] == len(ours) and sum(manifest["verdicts"].values()) == len(ours)


def test_unfinished_extraction_and_a_part_without_dates_fail_clearly(extracted: tuple[Path, Path],
                                                                     tmp_path: Path) -> None:
    with pytest.raises(DataError, match="no _SUCCESS"):
        check_parts(tmp_path, tmp_path / "out")
    _, pq = extracted
    old = tmp_path / "old"
    old.mkdir()
    (old / "_SUCCESS").write_text((pq / "_SUCCESS").read_text())
    for f in pq.glob("part-*.parquet"):
        pd.read_parquet(f).drop(columns=partitions.META_COLUMNS).to_parquet(old / f.name, index=False)
    with pytest.raises(DataError) as err:
        check_parts(old, tmp_path / "out2")
    assert "part-00000.parquet" in str(err.value) and "no article dates" in str(err.value)


def test_cli_checks_parts(extracted: tuple[Path, Path], tmp_path: Path, capsys) -> None:
    _, pq = extracted
    out = tmp_path / "c"
    assert main(["claims", "check", "--parts", str(pq), "--out", str(out)]) == 0
    assert "claims in 3 parts checked" in capsys.readouterr().err
    assert (out / CHECKED).is_file()
