"""Partitioned extraction in-process: Parquet and CSV tables, column mapping, folder trees, the _SUCCESS manifest.

Sentences are written for these tests; the cluster modes are in test_cluster.py.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from analysis.claims import partitions
from analysis.claims.articles import Article, iter_articles
from analysis.claims.extract import extract_articles
from analysis.errors import ArticleError, ParameterError

TEXTS = [
    "Shelling killed 14 civilians in the town on Monday, a local monitor said.",
    "At least 2,300 families were displaced from the valley, the agency reported.",
    "",
    "Officials said 7 people were wounded when a car bomb exploded near the market.",
    "The ministry said 120 fighters were captured during the week.",
]


def _frame() -> pd.DataFrame:
    return pd.DataFrame({
        "doc": [f"d{i}" for i in range(len(TEXTS))],
        "text": TEXTS,
        "published": ["2020-03-0%d" % (i + 1) for i in range(len(TEXTS))],
        "site": ["Example Wire"] * len(TEXTS),
        "link": [f"https://example.org/{i}" for i in range(len(TEXTS))],
        "headline": [f"Story {i}" for i in range(len(TEXTS))],
    })


def test_parquet_with_mapped_columns_equals_the_csv_read(tmp_path: Path) -> None:
    frame = _frame()
    frame.to_parquet(tmp_path / "news.parquet", index=False)
    fakes_like = frame.rename(columns={"doc": "unit_id", "text": "article_content", "site": "source",
                                       "published": "date", "headline": "article_title", "link": "url"})
    fakes_like.to_csv(tmp_path / "news.csv", index=False)
    errors: list[str] = []
    mapping = partitions.parse_columns("body=text,key=doc,date=published,outlet=site,url=link,title=headline")
    got = partitions.run([tmp_path / "news.parquet"], tmp_path / "pq", partition_size=2, columns=mapping,
                         on_error=errors.append)
    assert got["articles"] == 4 and got["failed"] == 1 and len(got["parts"]) == 3
    assert errors == [str(ArticleError("empty article text", path=str(tmp_path / "news.parquet"), row=3))]
    expected = extract_articles(iter_articles([tmp_path / "news.csv"]))
    ours = partitions.read_parts(tmp_path / "pq")
    assert ours["article"].tolist() == expected["article"].tolist()
    assert ours["article"].iloc[0] == "news-0-d0"
    assert ours["value"].tolist() == expected["value"].tolist() and {14.0, 2300.0, 7.0, 120.0} <= set(ours["value"])


def test_folder_tree_in_partitions_and_stale_parts_removed(tmp_path: Path) -> None:
    tree = tmp_path / "tree"
    for i, text in enumerate(t for t in TEXTS if t):
        (tree / f"sub{i % 2}").mkdir(parents=True, exist_ok=True)
        (tree / f"sub{i % 2}" / f"a{i}.txt").write_text(text + "\n")
    (tree / "README.md").write_text("not an article\n")
    out = tmp_path / "out"
    out.mkdir()
    (out / "part-00099.parquet").write_bytes(b"left by an earlier run")
    got = partitions.run([tree], out, partition_size=3, csv_out=tmp_path / "claims.csv")
    assert [p["file"] for p in got["parts"]] == ["part-00000.parquet", "part-00001.parquet"]
    assert not (out / "part-00099.parquet").exists()
    assert json.loads((out / "_SUCCESS").read_text())["articles"] == 4
    expected = extract_articles(a for a in iter_articles([tree]) if isinstance(a, Article))
    csv = pd.read_csv(tmp_path / "claims.csv", keep_default_na=False)
    assert csv["article"].tolist() == expected["article"].tolist() == partitions.read_parts(out)["article"].tolist()


def test_bad_options_are_parameter_errors(tmp_path: Path) -> None:
    with pytest.raises(ParameterError, match="ROLE=COLUMN"):
        partitions.parse_columns("text")
    with pytest.raises(ParameterError, match="must be at least 1"):
        list(partitions.iter_partitions([tmp_path], size=0))
    with pytest.raises(ParameterError, match="expected 'local' or an address"):
        partitions.run([tmp_path], tmp_path / "o", scheduler="localhost:8786")
    _frame().to_csv(tmp_path / "t.csv", index=False)
    errors: list[str] = []
    got = partitions.run([tmp_path / "t.csv"], tmp_path / "o", columns={"body": "nope"}, on_error=errors.append)
    assert got["failed"] == 1 and "column 'nope' (for body) not in the table" in errors[0]


def test_plain_and_partitioned_extract_write_the_same_csv(tmp_path: Path) -> None:
    """``claims extract`` without ``--parquet`` and with it write byte-identical CSV, repeats included."""
    from analysis.cli import main

    texts = TEXTS + ["Rockets killed 9 soldiers near the base. The army later confirmed that 9 soldiers were killed."]
    frame = _frame().reindex(range(len(texts)))
    frame["text"] = texts
    frame = frame.fillna("x").rename(columns={"text": "article_content", "doc": "unit_id"})
    frame.to_csv(tmp_path / "news.csv", index=False)
    assert main(["claims", "extract", str(tmp_path / "news.csv"), "--out", str(tmp_path / "plain.csv"),
                 "--no-progress"]) == 1                           # the empty text is one failure
    assert main(["claims", "extract", str(tmp_path / "news.csv"), "--out", str(tmp_path / "parts.csv"),
                 "--parquet", str(tmp_path / "parts"), "--partition-size", "2", "--no-progress"]) == 1
    plain = (tmp_path / "plain.csv").read_bytes()
    assert plain == (tmp_path / "parts.csv").read_bytes()
    got = pd.read_csv(tmp_path / "plain.csv", keep_default_na=False, dtype=str)
    soldiers = got[got["unit"] == "soldiers"]
    assert len(soldiers) == 2 and soldiers["repeat_of"].tolist() == ["", soldiers["start"].iloc[0]]


def test_plain_extraction_reads_a_parquet_corpus_as_it_reads_the_csv(tmp_path: Path) -> None:
    fakes_like = _frame().rename(columns={"doc": "unit_id", "text": "article_content", "site": "source",
                                          "published": "date", "headline": "article_title", "link": "url"})
    fakes_like.to_csv(tmp_path / "news.csv", index=False)
    fakes_like.to_parquet(tmp_path / "news.parquet", index=False)
    from_csv = list(iter_articles([tmp_path / "news.csv"]))
    from_parquet = list(iter_articles([tmp_path / "news.parquet"]))
    assert [str(a) for a in from_parquet if isinstance(a, ArticleError)] == [
        str(ArticleError("empty article text", path=str(tmp_path / "news.parquet"), row=3))]
    pairs = [(c, p) for c, p in zip(from_csv, from_parquet) if isinstance(c, Article)]
    assert len(pairs) == 4
    for c, p in pairs:
        assert (c.id, c.body, c.date, c.outlet, c.url, c.title) == (p.id, p.body, p.date, p.outlet, p.url, p.title)
    (tmp_path / "broken.parquet").write_bytes(b"PAR1 not really")
    (error,) = list(iter_articles([tmp_path / "broken.parquet"]))
    assert isinstance(error, ArticleError) and "broken.parquet" in str(error) and "Parquet" in str(error)
