"""``python -m analysis check ARTICLE``: one article checked end to end, on the real embedded data.

Articles are written here (our own sentences about displacement and fighting in Syria), as files in
tmp_path or as pages served by a real HTTP server on 127.0.0.1 in a thread. The report is built twice
(kernels are slow): once from a file with every format, once from a URL with HTML only; the rest tests the
library that prepares what the notebook reads, and every way the input can be wrong.
"""

from __future__ import annotations

import dataclasses

import json
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Iterator

import pandas as pd
import pytest

from analysis import paths
from analysis.check import article as art
from analysis.check import article_report as ar
from analysis.check import article_run as run
from analysis.cli import main
from analysis.errors import ArticleError, DataError, DownloadError
import local_http
from local_http import serving

#: Our own article: a header block (date, outlet, title), a dateline, and figures of several kinds.
ARTICLE = """Date: 2024-12-02
Outlet: Tally Test Wire
Title: Families leave Aleppo as the front moves south

ALEPPO, 2 December 2024 -- Across Syria, around 7.2 million people are internally displaced, aid groups working in the north said on Monday.
Some 750,000 Syrian refugees live in Lebanon, according to the same groups.
Volunteers said 35 schools in the city had been turned into shelters, and a <b>makeshift</b> clinic & kitchen opened nearby.
Aid workers said more than 48,000 people had been displaced from Aleppo and Idlib since the offensive began.
"""

#: The same story as a web page: the date in the page's markup, the text in an <article>.
PAGE = """<!DOCTYPE html>
<html><head><title>Families leave Aleppo as the front moves south - Tally Test News</title>
<meta property="article:published_time" content="2024-12-02T09:30:00Z">
<meta property="og:site_name" content="Tally Test News"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Families leave Aleppo as the front moves south</h1>
<p>ALEPPO, 2 December 2024 -- Across Syria, around 7.2 million people are internally displaced, aid groups
working in the north said on Monday.</p>
<p>Volunteers said 35 schools in the city had been turned into shelters for families who arrived with
little more than the clothes they wore.</p></article>
<footer>Tally Test News, all rights reserved</footer></body></html>
"""

#: A page with no article: an application shell whose content a script would fetch.
APP_SHELL = ('<html><head><title>Live map</title><script src="/app.js"></script></head>'
             '<body><div id="root"></div></body></html>')


# --------------------------------------------------------------------------
# A real HTTP server in a thread
# --------------------------------------------------------------------------

class Handler(local_http.Handler):
    """Routes: /news/<slug>.html the article page, /app a page with no text, /report.pdf a PDF,
    /slow an answer after two seconds, anything else 404."""

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        if self.path.startswith("/news/"):
            self.send(PAGE.encode("utf-8"), "text/html; charset=utf-8")
        elif self.path == "/app":
            self.send(APP_SHELL.encode("utf-8"), "text/html; charset=utf-8")
        elif self.path == "/report.pdf":
            self.send(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n\x00\x00", "application/pdf")
        elif self.path == "/slow":
            time.sleep(2)
            self.send(PAGE.encode("utf-8"), "text/html")
        else:
            self.send_error(404, "Not Found")


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with serving(Handler) as base:
        yield base


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture()
def article_file(tmp_path: Path) -> Path:
    path = tmp_path / "aleppo_families.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> art.Prepared:
    folder = tmp_path_factory.mktemp("article")
    path = folder / "aleppo_families.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    raw = folder / "raw"
    raw.mkdir()                                    # nothing fetched: the embedded reference tables
    return art.prepare(run.read_source(path), "SYR", source=path, raw=raw)


# --------------------------------------------------------------------------
# Reading
# --------------------------------------------------------------------------

def test_a_file_is_read_with_its_header(article_file: Path) -> None:
    article = run.read_source(article_file)
    assert article.id == "aleppo_families"
    assert article.date_iso == "2024-12-02" and article.outlet == "Tally Test Wire"
    assert article.title == "Families leave Aleppo as the front moves south"
    assert article.body.startswith("ALEPPO, 2 December 2024")


def test_a_url_is_fetched_over_http_and_read_with_trafilatura(server: str) -> None:
    article = run.read_source(f"{server}/news/families-leave-aleppo.html")
    assert article.id == "families-leave-aleppo"
    assert article.date_iso == "2024-12-02"                     # from the page's markup
    assert article.outlet == "Tally Test News"
    assert "around 7.2 million people are internally displaced" in article.body
    assert "Home" not in article.body and "all rights reserved" not in article.body   # boilerplate left out
    assert article.url == f"{server}/news/families-leave-aleppo.html"


@pytest.mark.parametrize("make, problem", [
    (lambda d: d / "absent.txt", "no such file"),
    (lambda d: (d / "empty.txt").write_text("  \n\n ") and d / "empty.txt", "empty file"),
    (lambda d: (d / "header_only.txt").write_text("Date: 2024-12-02\nTitle: Nothing\n\n") and d / "header_only.txt",
     "header but no body"),
    (lambda d: (d / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR") and d / "photo.txt",
     "binary file"),
    (lambda d: d, "is a folder"),
    (lambda d: (d / "corpus.csv").write_text("title,body\nA,B\n") and d / "corpus.csv", "corpus table"),
])
def test_bad_files_are_article_errors_naming_the_file(tmp_path: Path, make, problem: str) -> None:
    path = make(tmp_path)
    with pytest.raises(ArticleError, match=problem) as caught:
        run.read_source(path)
    assert str(path) in str(caught.value)


def test_bad_urls_are_errors_naming_the_url(server: str) -> None:
    dead = f"http://127.0.0.1:{_closed_port()}/news/story.html"
    cases = [
        (dead, DownloadError, "cannot reach the server"),
        (f"{server}/app", ArticleError, "no article text on the page"),
        (f"{server}/report.pdf", ArticleError, "not an article page"),
        (f"{server}/gone.html", DownloadError, "HTTP 404"),
    ]
    for url, error, problem in cases:
        with pytest.raises(error, match=problem) as caught:
            run.read_source(url)
        assert url in str(caught.value)


def test_a_url_has_a_timeout_and_a_size_limit(server: str) -> None:
    from analysis.claims.articles import read_url

    started = time.monotonic()
    with pytest.raises(DownloadError, match="timed out"):
        read_url(f"{server}/slow", timeout=0.3)
    assert time.monotonic() - started < 2.5                      # two tries of 0.3 s and a pause, not 2 s each
    with pytest.raises(DownloadError, match="above the 200-byte limit"):
        read_url(f"{server}/news/story.html", max_bytes=200)


# --------------------------------------------------------------------------
# Preparing: figures, checks, series
# --------------------------------------------------------------------------

def test_every_figure_is_at_its_characters_with_a_verdict(prepared: art.Prepared) -> None:
    figures, body = prepared.figures, prepared.article["body"]
    assert len(figures) >= 3
    assert list(figures["n"]) == list(range(1, len(figures) + 1))
    assert list(figures["start"]) == sorted(figures["start"])
    for row in figures.itertuples():
        assert body[row.start:row.end] == row.surface
        assert row.verdict
        assert row.reason                              # every verdict says why
    values = set(figures["value"])
    assert {7_200_000.0, 35.0} <= values


def test_the_idps_figure_is_set_beside_unhcr_and_idmc(prepared: art.Prepared) -> None:
    row = prepared.figures[prepared.figures["value"] == 7_200_000].iloc[0]
    assert row["metric"] == "idps"
    assert row["data_value"] > 1_000_000
    assert "unhcr_population" in row["dataset"] or "idmc_gidd" in row["dataset"]
    assert row["version"] and row["tolerance"] > 0 and row["ratio"] == pytest.approx(7_200_000 / row["data_value"])
    assert row["series_what"] == "the same figure at each year-end"
    series = prepared.series[prepared.series["claim_id"] == row["claim_id"]]
    assert len(series) >= 5                            # the years around the article's date
    compared = series[series["compared"]]
    assert len(compared) == 1 and compared["value"].iloc[0] == row["data_value"]
    assert series["date"].min() < pd.Timestamp("2020-01-01") < series["date"].max()


def test_figures_not_compared_say_what_would_make_them_checkable(prepared: art.Prepared) -> None:
    rest = ar.not_compared(prepared.figures)
    assert len(rest) >= 1
    schools = rest[rest["value"] == 35].iloc[0]
    assert schools["hint"]                             # e.g. a dataset that counts such figures
    table = ar.not_comparable_table(prepared)
    assert list(table["#"]) == list(rest["n"])
    assert set(table.columns) >= {"why not compared", "what would make it checkable"}


def test_inputs_round_trip_through_article_json(prepared: art.Prepared, tmp_path: Path) -> None:
    inputs, table = art.write_inputs(prepared, tmp_path / "out")
    assert inputs.name == "article.json" and table.name == "figures.csv"
    back = art.load_inputs(inputs)
    assert back.article == prepared.article
    assert list(back.figures["claim_id"]) == list(prepared.figures["claim_id"])
    assert list(back.figures["start"]) == list(prepared.figures["start"])
    assert back.figures["data_period_end"].dtype.kind == "M"
    assert len(back.series) == len(prepared.series) and back.series["date"].dtype.kind == "M"
    csv = pd.read_csv(table)
    assert len(csv) == len(prepared.figures) and "verdict" in csv and "reason" in csv


def test_a_number_column_empty_in_every_figure_is_read_back_as_numbers(prepared: art.Prepared, tmp_path: Path) -> None:
    """An article whose compared figures all lack a data low and high (one data estimate each) writes those
    columns empty: read back, they are numbers (missing), never text the chart cannot compare."""
    bare = dataclasses.replace(prepared, figures=prepared.figures.assign(data_low=float("nan"), data_high=float("nan")))
    inputs, _ = art.write_inputs(bare, tmp_path / "out")
    back = art.load_inputs(inputs)
    for col in ("data_low", "data_high", "data_value", "ratio", "tolerance"):
        assert back.figures[col].dtype.kind == "f", col
    assert back.figures["data_low"].isna().all()


def test_a_missing_or_foreign_json_is_a_data_error(tmp_path: Path) -> None:
    with pytest.raises(DataError, match="python -m analysis check ARTICLE"):
        art.load_inputs("")
    other = tmp_path / "other.json"
    other.write_text(json.dumps({"hello": 1}))
    with pytest.raises(DataError, match="not an article.json"):
        art.load_inputs(other)


# --------------------------------------------------------------------------
# The report's pieces
# --------------------------------------------------------------------------

def test_text_marks_each_figure_at_its_span_and_escapes_the_article(prepared: art.Prepared) -> None:
    page = ar.highlighted_html(prepared)
    for row in prepared.figures.itertuples():
        assert f">{row.surface}<sup" in page and f"<sup style=\"font-size:0.7em;font-weight:bold\">{row.n}</sup>" in page
    assert "&lt;b&gt;makeshift&lt;/b&gt;" in page and "clinic &amp; kitchen" in page
    assert "<b>makeshift" not in page


def test_prose_and_tables_are_computed_from_the_figures(prepared: art.Prepared) -> None:
    figures = prepared.figures
    compared = ar.comparable(figures)
    text = ar.summary(prepared)
    assert text.startswith(f"Tally found {len(figures)} reported figures in this article.")
    assert f"{len(compared)} of them could be set beside a comparable dataset figure" in text
    evidence = ar.evidence_table(prepared)
    assert len(evidence) == len(figures)
    assert {"dataset (version)", "data period", "data figure", "ratio", "tolerance", "reason"} <= set(evidence.columns)
    idps = evidence[evidence["#"] == int(figures.loc[figures["value"] == 7_200_000, "n"].iloc[0])].iloc[0]
    assert "UNHCR" in idps["dataset (version)"] or "IDMC" in idps["dataset (version)"]
    facts = ar.key_facts(prepared)
    assert f"<b>Figures found</b>: {len(figures)}" in facts and "Tally Test Wire" in facts
    items = list(ar.chart_items(prepared, 12))
    assert 1 <= len(items) <= len(compared)
    assert all(len(series) > 1 for _, series in items)
    assert len(list(ar.chart_items(prepared, 1))) == 1


def test_the_charts_draw_each_claim_against_its_series(prepared: art.Prepared) -> None:
    import matplotlib

    matplotlib.use("Agg")
    from analysis.check import chart

    panels = ar.chart_panels(prepared, 12)
    fig = chart.claims_against_series(panels, units="people", source="test")
    visible = [ax for ax in fig.axes if ax.get_visible()]
    assert [ax.get_title(loc="left") for ax in visible] == [title for _, _, title in panels]
    assert all(title.startswith(f"#{row['n']}: ") for row, _, title in panels)
    labels = [t.get_text() for t in fig.legends[0].get_texts()]
    assert "data around the claim's date" in labels and "compared figure" in labels
    assert any(t.startswith("claim: ") for t in labels)
    caption = ar.panels_caption(panels)
    for row, _, _ in panels:
        assert f"#{row['n']} {row['series_what']}" in caption
    row, series, title = panels[0]
    single = chart.claim_against_series(series, row, title=title, units="people", source="test")
    assert single.axes[0].get_title(loc="left") == title


def test_an_article_without_figures_is_reported_as_such(tmp_path: Path) -> None:
    path = tmp_path / "calm.txt"
    path.write_text("Date: 2024-12-02\nTitle: A quiet market day\n\nTraders in the old city opened their stalls "
                    "early and sold bread, tea and winter coats.\n", encoding="utf-8")
    done = art.prepare(run.read_source(path), "SYR", source=path)
    assert done.figures.empty and done.series.empty
    assert ar.summary(done).startswith("Tally found no reported figure")
    assert ar.evidence_table(done).empty and ar.not_comparable_table(done).empty


# --------------------------------------------------------------------------
# The command: errors (no kernel), then two real builds
# --------------------------------------------------------------------------

def _bad_source(kind: str, folder: Path, server: str) -> str:
    """An input the command must refuse: a missing, empty or binary file, a dead URL, a page with no text."""
    if kind == "missing":
        return str(folder / "absent.txt")
    if kind == "empty":
        (folder / "empty.txt").write_text("\n")
        return str(folder / "empty.txt")
    if kind == "binary":
        (folder / "blob.html").write_bytes(b"\x00\x01\x02 not text")
        return str(folder / "blob.html")
    if kind == "unreachable":
        return f"http://127.0.0.1:{_closed_port()}/story"
    return f"{server}/app"


@pytest.mark.parametrize("kind, problem", [
    ("missing", "no such file"), ("empty", "empty file"), ("binary", "binary file"),
    ("unreachable", "cannot reach the server"), ("not an article", "no article text on the page"),
])
def test_command_fails_clearly_naming_the_input(tmp_path: Path, server: str, capsys, kind: str, problem: str) -> None:
    source = _bad_source(kind, tmp_path, server)
    out = tmp_path / "out"
    assert main(["check", source, "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: ") and source in err and problem in err, err
    assert "Traceback" not in err
    assert not out.exists()                            # nothing written, no kernel started


def test_command_exit_code_and_message_from_a_fresh_process(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "analysis", "check", str(tmp_path / "nowhere.md")],
                          capture_output=True, text=True, cwd=tmp_path, timeout=120)
    assert done.returncode == 1
    assert done.stderr.startswith(f"error: {tmp_path / 'nowhere.md'}: no such file")
    assert "Traceback" not in done.stderr


#: Runs the command in a fresh process with an audit hook that records every file this process opens for
#: writing, or moves into place, under data/claims or data/exports (the command must write neither).
_AUDITED = """
import os, sys
watched = [os.path.realpath(p) for p in sys.argv[1:3]]
writes = []
def hook(event, args):
    if event == "open" and isinstance(args[0], (str, bytes, os.PathLike)) and args[1] and any(c in str(args[1]) for c in "wax+"):
        target = os.path.realpath(os.fsdecode(args[0]))
    elif event in ("os.rename", "os.replace"):
        target = os.path.realpath(os.fsdecode(args[1]))
    else:
        return
    if any(target.startswith(w + os.sep) or target == w for w in watched):
        writes.append(target)
sys.addaudithook(hook)
from analysis.cli import main
code = main(sys.argv[3:])
print("WRITES=" + repr(writes))
sys.exit(code)
"""


def _run_audited(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", _AUDITED, str(paths.CLAIMS), str(paths.DATA / "exports"), *args],
                          capture_output=True, text=True, cwd=cwd, timeout=600)


def test_command_builds_the_report_from_a_file(article_file: Path, tmp_path: Path) -> None:
    from analysis.reports.render import external_refs

    out, raw = tmp_path / "out", tmp_path / "raw"
    raw.mkdir()
    out.mkdir()
    stale = out / ".article_check-aleppo_families.html.part"   # a killed earlier check's staged copy
    stale.write_text("half a page", encoding="utf-8")
    done = _run_audited("check", str(article_file), "--out", str(out), "--raw-dir", str(raw), "--country", "SYR",
                        cwd=tmp_path)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "WRITES=[]" in done.stdout                  # nothing written to the ledger or data/exports
    assert not stale.exists()                          # removed before this check published its own
    name = "article_check-aleppo_families"
    for fmt in ("ipynb", "html", "pdf"):
        assert (out / f"{name}.{fmt}").is_file(), fmt
        assert f"{fmt}: " in done.stdout
    assert (out / "article.json").is_file() and (out / "figures.csv").is_file()
    assert "figures in" in done.stderr and "done in" in done.stderr
    page = (out / f"{name}.html").read_text(encoding="utf-8")
    assert external_refs(page) == []                   # no script or stylesheet from a CDN
    assert "Article check: Families leave Aleppo as the front moves south" in page
    assert "around 7.2 million</mark>" not in page and ">around 7.2 million<sup" in page
    assert "Each figure&#x27;s verdict and evidence" in page or "Each figure's verdict and evidence" in page
    assert page.count("<img") == 1                     # one figure, a panel for each comparable figure
    assert "Each panel is a figure of the article" in page
    assert (out / f"{name}.pdf").read_bytes().startswith(b"%PDF")
    nb = json.loads((out / f"{name}.ipynb").read_text(encoding="utf-8"))
    assert not [o for c in nb["cells"] for o in c.get("outputs", []) if o.get("output_type") == "error"]
    stamp = json.loads((out / ".stamp.json").read_text(encoding="utf-8"))
    assert stamp["parameters"]["article_json"] == str((out / "article.json").resolve())


def test_command_builds_the_report_from_a_url(server: str, tmp_path: Path) -> None:
    out = tmp_path / "web"
    url = f"{server}/news/families-leave-aleppo.html"
    done = _run_audited("check", url, "--out", str(out), "--formats", "html", "--timeout", "5", cwd=tmp_path)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "WRITES=[]" in done.stdout
    page = (out / "article_check-families-leave-aleppo.html").read_text(encoding="utf-8")
    assert f'href="{url}"' in page and "Tally Test News" in page
    assert not (out / "article_check-families-leave-aleppo.pdf").exists()
    assert json.loads((out / "article.json").read_text(encoding="utf-8"))["article"]["date"] == "2024-12-02"


def test_default_output_folder_is_under_reports() -> None:
    assert run.default_out_dir("aleppo_families") == paths.REPORTS / "articles" / "aleppo_families"
    assert run.report_name("Some Story/2024") == "article_check-some-story-2024"


def test_the_notebook_declares_what_the_manifest_declares() -> None:
    import ast

    import nbformat
    import yaml

    entry = yaml.safe_load(paths.MANIFEST.read_text(encoding="utf-8"))["reports"]["article_check"]
    assert entry["default"] is False                   # built by `check`, never by a plain `build`
    nb = nbformat.read(paths.NOTEBOOKS / entry["notebook"], as_version=4)
    cell = next(c for c in nb.cells if "parameters" in c.metadata.get("tags", []))
    declared = {n.targets[0].id: ast.literal_eval(n.value) for n in ast.parse(cell.source).body}
    assert declared == {k: v["default"] for k, v in entry["parameters"].items()}
    tree = ast.parse((paths.NOTEBOOKS / "article_check.py").read_text(encoding="utf-8"))
    assert not [n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.ClassDef))]   # thin


def test_the_command_module_imports_nothing_heavy() -> None:
    code = ("import sys; import analysis.cli, analysis.check.article_run; analysis.cli.build_parser(); "
            "heavy = [m for m in ('pandas', 'papermill', 'nbconvert', 'weasyprint', 'matplotlib') if m in sys.modules]; "
            "print(heavy)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=paths.ROOT, timeout=60)
    assert done.stdout.strip() == "[]", done.stdout + done.stderr
