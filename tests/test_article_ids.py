"""Article ids stay unique when files in different folders share a name (issue 11, item 5).

Two files ``north/report.txt`` and ``south/report.txt`` used to share the id
``report``: one's figures vanished and the survivor took the other's outlet,
URL and date. Texts are written for these tests.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import pandas as pd
import pytest

from analysis.claims import partitions
from analysis.claims.article_ids import unique_ids
from analysis.claims.articles import Article, iter_articles
from analysis.claims.ledger import find_article
from analysis.cli import main
from analysis.schemas import REVIEW_COLUMNS

NORTH = ("URL: https://example.org/north\nOUTLET: North Wire\nDATE: 2021-02-03\n\n"
         "Heavy shelling\nShelling killed 14 civilians in the hills on Monday, a local monitor said.\n")
SOUTH = ("URL: https://example.org/south\nOUTLET: South Herald\nDATE: 2022-07-08\n\n"
         "Camp grows\nAt least 2,300 families were displaced from the valley, the agency reported.\n")
ALONE = "Officials said 7 people were wounded when a car bomb exploded near the market.\n"


@pytest.fixture()
def folders(tmp_path: Path) -> Path:
    """north/report.txt and south/report.txt (same name), and north/alone.txt (a name of its own)."""
    for name, text in (("north/report.txt", NORTH), ("south/report.txt", SOUTH), ("north/alone.txt", ALONE)):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return tmp_path


def test_rule_keeps_unique_stems_and_lengthens_shared_ones() -> None:
    files = ["/c/dev/300_x.txt", "/c/dev_ar/300_x.txt", "/c/dev/301_y.txt", "/c/a/x/f.txt", "/c/b/x/f.md",
             "/c/c/f.txt", "/c/s/t.txt", "/c/s/t.html", "/c/u/t.txt"]
    want = {"/c/dev/300_x.txt": "dev/300_x", "/c/dev_ar/300_x.txt": "dev_ar/300_x", "/c/dev/301_y.txt": "301_y",
            "/c/a/x/f.txt": "a/x/f", "/c/b/x/f.md": "b/x/f", "/c/c/f.txt": "c/f",
            "/c/s/t.txt": "s/t.txt", "/c/s/t.html": "t.html", "/c/u/t.txt": "u/t"}
    for order in itertools.islice(itertools.permutations(files), 0, None, 5041):  # 72 orders of 362,880
        assert {str(k): v for k, v in unique_ids(order).items()} == want
    # the same file named twice is one file; where the checkout lies does not matter
    assert set(unique_ids(["/c/dev/300_x.txt", "/c/dev/../dev/300_x.txt"]).values()) == {"300_x"}
    assert set(unique_ids(["/elsewhere/deep/dev/300_x.txt", "/elsewhere/deep/dev_ar/300_x.txt"]).values()) \
        == {"dev/300_x", "dev_ar/300_x"}


def test_two_files_with_one_name_keep_their_own_figures_and_header(folders: Path) -> None:
    for sources in ([folders], [folders / "south", folders / "north"], [folders / "north", folders / "south"]):
        got = {a.id: a for a in iter_articles(sources) if isinstance(a, Article)}
        assert sorted(got) == ["alone", "north/report", "south/report"]
        assert (got["north/report"].outlet, str(got["north/report"].date)) == ("North Wire", "2021-02-03")
        assert (got["south/report"].outlet, got["south/report"].url) == ("South Herald", "https://example.org/south")
    # read alone, a file keeps its stem
    assert [a.id for a in iter_articles([folders / "south"])] == ["report"]


def test_extract_build_and_partitions_give_the_same_unique_ids(folders: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "plain.csv"
    assert main(["claims", "extract", str(folders / "north"), str(folders / "south"), "--out", str(out),
                 "--no-progress"]) == 0
    plain = pd.read_csv(out, dtype=str, keep_default_na=False)
    assert set(plain["article"]) == {"alone", "north/report", "south/report"}
    assert set(plain.loc[plain["article"] == "south/report", "value"]) == {"2300"}
    for size in (1, 2):  # each file in a partition of its own too: ids are still decided over the whole run
        partitions.run([folders / "north", folders / "south"], tmp_path / f"parts{size}", partition_size=size)
        parts = partitions.read_parts(tmp_path / f"parts{size}")
        assert parts["article"].tolist() == plain["article"].tolist()
        assert parts["start"].astype(str).tolist() == plain["start"].tolist()
    ledger = tmp_path / "ledger.csv"
    assert main(["claims", "build", "--articles", str(folders), "--ledger", str(ledger),
                 "--reviews", str(tmp_path / "none.csv"), "--no-progress"]) == 0
    rows = pd.read_csv(ledger, dtype=str, keep_default_na=False).set_index("article")
    assert rows.loc["north/report", "outlet"] == "North Wire" and rows.loc["north/report", "date"] == "2021-02-03"
    assert rows.loc["south/report", "outlet"] == "South Herald" and rows.loc["south/report", "date"] == "2022-07-08"
    assert find_article("south/report", [folders]).body == find_article("report", [folders / "south"]).body
    capsys.readouterr()


def test_two_corpus_tables_with_one_name(tmp_path: Path) -> None:
    for folder, text in (("a", "Shelling killed 14 civilians."), ("b", "Floods displaced 300 families.")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "news.csv").write_text(f"unit_id,article_content\n7,{text}\n", encoding="utf-8")
    tables = [tmp_path / "b" / "news.csv", tmp_path / "a" / "news.csv"]
    assert [a.id for a in iter_articles(tables)] == ["b/news-0-7", "a/news-0-7"]
    partitions.run(tables, tmp_path / "parts", partition_size=1)
    assert partitions.read_parts(tmp_path / "parts")["article"].tolist() == ["b/news-0-7", "a/news-0-7"]


def test_a_review_of_a_figure_whose_id_changed_is_reported_as_an_orphan(folders: Path, tmp_path: Path,
                                                                        capsys) -> None:
    ledger, reviews = tmp_path / "ledger.csv", tmp_path / "reviews.csv"
    build = ["claims", "build", "--ledger", str(ledger), "--reviews", str(reviews), "--no-progress"]
    assert main(build + ["--articles", str(folders / "north")]) == 0
    first = pd.read_csv(ledger, dtype=str, keep_default_na=False)
    kept = first.loc[first["article"] == "alone", "claim_id"].iloc[0]
    moved = first.loc[first["article"] == "report", "claim_id"].iloc[0]
    pd.DataFrame([(kept, "accept", "", "", "tester", "2024-01-02", "right"),
                  (moved, "accept", "", "", "tester", "2024-01-02", "right")], columns=REVIEW_COLUMNS).to_csv(
        reviews, index=False)
    capsys.readouterr()
    # south/report.txt joins the build: north's report is now "north/report", its figure has a new id
    assert main(build + ["--articles", str(folders / "north"), "--articles", str(folders / "south")]) == 0
    err = capsys.readouterr().err
    warning = [ln for ln in err.splitlines() if ln.startswith("warning:") and "no longer extract" in ln]
    assert len(warning) == 1 and moved in warning[0] and kept not in warning[0]
    second = pd.read_csv(ledger, dtype=str, keep_default_na=False).set_index("claim_id")
    assert second.loc[kept, "review"] == "accepted" and moved not in second.index
