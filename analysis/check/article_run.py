"""The whole of ``python -m analysis check ARTICLE``: read, check, build; nothing heavy at import.

:func:`read_source` reads an article file or fetches an http(s) page. :func:`check_article` then forks a
child process that extracts and checks the figures (:func:`analysis.check.article.prepare`) and writes
what the notebook reads (:func:`analysis.check.article.write_inputs`), while this process starts the
notebook's kernel (a :class:`~analysis.reports.build.WarmKernel`, which imports the notebook's modules
at once) and imports papermill; then it builds the ``article_check`` report with the same
builder as ``python -m analysis build`` (importing nbconvert and WeasyPrint while the kernel runs the
notebook). This module imports neither pandas nor the builder at import, so that the child starts at
once and this process's share of the work runs beside it.
"""

from __future__ import annotations

import re
import time
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Sequence

from analysis import paths
from analysis.errors import ArticleError, TallyError

if TYPE_CHECKING:
    from analysis.check.article import Prepared

#: The manifest entry (reports.yml) of the notebook that shows one article's check.
REPORT = "article_check"
#: The files the check writes beside the report (see :func:`analysis.check.article.write_inputs`).
INPUTS_NAME, FIGURES_NAME = "article.json", "figures.csv"
#: What the notebook imports, and one small chart drawn and thrown away (fonts and renderer loaded): run in
#: its kernel, started ahead, while the check runs.
WARM_IMPORTS = ("import io, matplotlib.pyplot, pandas\n"
                "from analysis import display, prose\n"
                "from analysis.charts import style\n"
                "from analysis.check import article, article_report, chart, sections\n"
                "_fig, _ax = style.new_figure((2.0, 1.0)); _ax.plot([0, 1], [0, 1]); _ax.set_title('1,234')\n"
                "_fig.savefig(io.BytesIO(), format='png', dpi=150, bbox_inches='tight'); matplotlib.pyplot.close(_fig)\n"
                "del _fig, _ax\n")


@dataclass
class ArticleCheck:
    """What :func:`check_article` did: the files written, a summary and the seconds each step took."""

    summary: dict[str, Any]                 # figures, compared, verdicts (figures per verdict), title
    out_dir: Path
    inputs: Path
    figures_csv: Path
    reports: dict[str, Path]                # format -> file
    timings: dict[str, float]               # seconds per step (extract, check and write inputs overlap the
                                            # kernel start and builder imports: they run in a child process)
    seconds: float = 0.0                    # the whole of check_article, read to kernel shutdown excluded
    loaded: "Prepared | None" = None        # the prepared check, when this process has it

    @property
    def prepared(self) -> "Prepared":
        """The prepared check (read from ``article.json`` when it was prepared in the child process)."""
        if self.loaded is None:
            from analysis.check.article import load_inputs

            self.loaded = load_inputs(self.inputs)
        return self.loaded


def summarise(prepared: "Prepared") -> dict[str, Any]:
    """What the command says about a prepared check: figures, compared, figures per verdict, title."""
    from analysis.check.article import has_data

    figures = prepared.figures
    verdicts = figures["verdict"].astype(str).value_counts() if len(figures) else {}
    return {"figures": len(figures), "compared": int(has_data(figures).sum()) if len(figures) else 0,
            "verdicts": {str(k): int(v) for k, v in dict(verdicts).items()},
            "title": str(prepared.article.get("title") or ""), "timings": dict(prepared.timings)}


def read_source(source: str | Path, *, timeout: float = 15.0, max_bytes: int | None = None):
    """The :class:`~analysis.claims.articles.Article` in a file (.txt, .md, .html ...) or at an http(s) URL.

    Raises :class:`~analysis.errors.ArticleError` (missing, empty, binary, a folder or a corpus table, a
    page with no article text) or :class:`~analysis.errors.DownloadError` (unreachable, HTTP error, too
    large), each naming the input. Recoverable problems are kept in ``Article.warnings``.
    """
    from analysis.claims import articles

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", articles.ArticleWarning)   # kept in Article.warnings, shown by the caller
        if articles.is_url(str(source)):
            return articles.read_url(str(source).strip(), timeout=timeout, max_bytes=max_bytes)
        path = Path(source)
        if not path.exists():
            raise ArticleError("no such file (give an article file or an http(s) URL)", path=str(path))
        if path.is_dir():
            raise ArticleError("is a folder; give one article file (`python -m analysis claims extract` reads "
                               "folders)", path=str(path))
        if path.suffix.lower() in articles.CORPUS_SUFFIXES:
            raise ArticleError("is a corpus table, not one article (`python -m analysis claims extract` reads "
                               "tables)", path=str(path))
        return articles.read_article(path)


def default_out_dir(article_id: str) -> Path:
    """Where the report of one article goes when no ``--out`` is given: ``reports/articles/<id>/``."""
    return paths.REPORTS / "articles" / article_id


def report_name(article_id: str) -> str:
    """The report's file stem: ``article_check-<id>``, lower-case letters, digits, '-' and '_' only."""
    slug = re.sub(r"[^a-z0-9_-]+", "-", article_id.lower()).strip("-")[:60] or "article"
    return f"{REPORT}-{slug}"


def import_builder() -> None:
    """Import what starting the build needs in this process: papermill."""
    import papermill  # noqa: F401


def preload_renderers() -> None:
    """Import nbconvert and WeasyPrint in a thread: started when the kernel runs the notebook (this process
    only waits then), the HTML and PDF steps find them loaded."""
    import threading

    def load() -> None:
        import nbconvert  # noqa: F401
        import weasyprint  # noqa: F401

    threading.Thread(target=load, name="tally-preload", daemon=True).start()


class _Checking:
    """``prepare`` and ``write_inputs`` (:mod:`analysis.check.article`) of one article, in a forked child
    process when this process runs no thread (forking is safe then): this process starts the kernel and
    imports the builder meanwhile, and the child ends without tearing its objects down (the place gazetteer is large). In
    this process otherwise, after those steps."""

    def __init__(self, article: Any, source: str | Path, out: Path, country: str | None, raw: Path | None) -> None:
        import multiprocessing
        import threading

        self.args = (article, source, out, country, raw)
        self.process = None
        if threading.active_count() == 1 and "fork" in multiprocessing.get_all_start_methods():
            context = multiprocessing.get_context("fork")
            self.receive, send = context.Pipe(duplex=False)
            self.process = context.Process(target=_checking_child, args=(send, *self.args), daemon=True,
                                           name="tally-check-article")
            self.process.start()
            send.close()

    def result(self) -> tuple[dict[str, Any], "Prepared | None"]:
        """The check's :func:`summarise` and, when prepared in this process, the check itself (the child
        sends only the summary: this process need not import pandas); the child's error raised here."""
        if self.process is None:
            prepared = _prepare_and_write(*self.args)
            return summarise(prepared), prepared
        try:
            status, payload = self.receive.recv()
        except EOFError:
            self.process.join(5)
            raise TallyError(f"the check of the article stopped unexpectedly (exit code {self.process.exitcode})",
                             path=str(self.args[1])) from None
        finally:
            self.receive.close()
        if status == "error":
            raise payload
        return payload, None


def _prepare_and_write(article: Any, source: str | Path, out: Path, country: str | None,
                       raw: Path | None) -> "Prepared":
    from analysis.check.article import prepare, write_inputs

    prepared = prepare(article, country, source=source, raw=raw)
    started = time.perf_counter()
    try:
        write_inputs(prepared, out)
    except OSError as exc:
        raise TallyError(f"cannot write the report's inputs there: {exc.strerror or exc}", path=str(out)) from None
    prepared.timings["write inputs"] = time.perf_counter() - started
    return prepared


def _checking_child(send: Any, *args: Any) -> None:
    """The forked child of :class:`_Checking`: send ("ok", Prepared) or ("error", the exception)."""
    try:
        send.send(("ok", summarise(_prepare_and_write(*args))))
    except BaseException as exc:            # noqa: BLE001 - raised again in the parent
        try:
            send.send(("error", exc))
        except Exception:                  # noqa: BLE001 - an exception that does not pickle: its text
            send.send(("error", TallyError(f"{type(exc).__name__}: {exc}", path=str(args[1]))))
    finally:
        send.close()


def report_job(inputs: Path, out_dir: Path, name: str, title: str, formats: Sequence[str] | None = None,
                manifest: Path | None = None):
    """The builder's :class:`~analysis.reports.build.Job` for the ``article_check`` notebook run on
    ``inputs`` (which need not exist yet) into ``out_dir``: ``<name>.ipynb``, ``.html``, ``.pdf``; its
    parameters checked against the manifest's declarations."""
    from analysis.reports import render, stamp
    from analysis.reports.build import Job, ensure_kernel
    from analysis.reports.manifest import check_formats, load_manifest
    from analysis.reports.params import Overrides, resolve

    manifest = Path(manifest or paths.MANIFEST)
    entry = load_manifest(manifest)[REPORT]
    fmts = check_formats(formats if isinstance(formats, str) else list(formats), "--formats") if formats else entry.formats
    values = resolve(REPORT, entry.params, Overrides(typed={"article_json": str(Path(inputs).resolve())}))
    job = Job(name=name, title=title, notebook=entry.notebook, notebook_rel=entry.notebook_rel, params=values,
              formats=fmts, out_dir=Path(out_dir),
              fingerprint=stamp.fingerprint(entry.notebook, values, fmts, stamp.inputs_digest(manifest)),
              why="python -m analysis check", kernel=ensure_kernel(), code_version=render.code_version(),
              data_versions=render.data_versions())
    return job


def build_report(inputs: Path, out_dir: Path, name: str, title: str, formats: Sequence[str] | None = None,
                 manifest: Path | None = None, warm: Any = None):
    """Run the ``article_check`` notebook on ``inputs`` with the report builder (as ``python -m analysis
    build`` does) into ``out_dir``. ``warm``: a :class:`~analysis.reports.build.WarmKernel` to run it
    in. Returns the builder's :class:`~analysis.reports.build.Result` (its ``timings`` say where the time
    went)."""
    from analysis.reports.build import build_one, remove_stale_parts

    job = report_job(inputs, out_dir, name, title, formats, manifest)
    remove_stale_parts(job.out_dir)  # a killed earlier check's half publication: finished or removed first
    return build_one(job, warm)


def check_article(source: str | Path, out_dir: str | Path | None = None, country: str | None = None, *,
                  formats: Sequence[str] | None = None, raw: Path | None = None, timeout: float = 15.0,
                  say: Callable[[str], None] | None = None) -> ArticleCheck:
    """Read or fetch ``source``, check its figures and build its report into ``out_dir`` (default
    ``reports/articles/<article id>/``). ``say(message)`` is told each step as it ends.

    The figures are extracted and checked in a forked child process while this one starts the notebook's
    kernel (which imports the notebook's modules meanwhile) and imports papermill; then the report is
    built in that kernel. Raises a :class:`~analysis.errors.TallyError` naming the input when it cannot
    be read, and one naming the notebook and failing cell when the report cannot be built.
    """
    from analysis import countries
    from analysis.reports.manifest import check_formats

    def tell(message: str) -> None:
        if say is not None:
            say(message)

    begun = time.perf_counter()
    fmts = check_formats(formats if isinstance(formats, str) else list(formats), "--formats") if formats else None
    country = countries.normalise(country) if country else None     # a bad --country fails before any work
    timings: dict[str, float] = {}
    started = time.perf_counter()
    article = read_source(source, timeout=timeout)
    timings["read"] = time.perf_counter() - started
    for note in article.warnings:
        tell(f"warning: {note}")
    out = Path(out_dir) if out_dir else default_out_dir(str(article.id))
    checking = _Checking(article, source, out, country, raw)     # forks first: no thread runs yet

    from analysis.reports.build import WarmKernel, ensure_kernel

    started = time.perf_counter()
    warm = WarmKernel(ensure_kernel(), WARM_IMPORTS)            # imports while the check runs
    timings["kernel start"] = time.perf_counter() - started
    try:
        started = time.perf_counter()
        import_builder()
        name = report_name(str(article.id))
        job = report_job(out / INPUTS_NAME, out, name, f"Article check: {article.title or article.id}"[:200], fmts)
        timings["builder imports"] = time.perf_counter() - started
        started = time.perf_counter()
        summary, prepared = checking.result()
        timings["waiting for the check"] = time.perf_counter() - started
        timings.update(summary["timings"])
        done = _build(summary, job, source, out, warm, timings, tell, begun)
        done.loaded = prepared
        return done
    finally:
        started = time.perf_counter()
        warm.shutdown()
        timings["kernel shutdown"] = time.perf_counter() - started


def _build(summary: dict[str, Any], job: Any, source: str | Path, out: Path, warm: Any, timings: dict[str, float],
           tell: Callable[[str], None], begun: float) -> ArticleCheck:
    """The report of :func:`check_article` (``job``: its :func:`report_job`), once the check is prepared
    and its inputs written."""
    from analysis.reports.build import build_one, remove_stale_parts

    tell(f"{summary['figures']} figures in {source}" + "".join(
        (": " if i == 0 else ", ") + f"{n} {v}" for i, (v, n) in enumerate(summary["verdicts"].items())))
    name = job.name
    started = time.perf_counter()
    preload_renderers()
    remove_stale_parts(job.out_dir)  # a killed earlier check's half publication: finished or removed first
    result = build_one(job, warm)
    timings["build"] = time.perf_counter() - started
    for step, seconds in (getattr(result, "timings", None) or {}).items():
        timings[f"build: {step}"] = seconds
    if result.status != "built":
        where = f" ({result.cell})" if result.cell else ""
        raise TallyError(f"the report could not be built from notebook {result.notebook}{where}: {result.error}",
                         path=str(source))
    reports = {fmt: out / f"{name}.{fmt}" for fmt in ("ipynb", "html", "pdf") if (out / f"{name}.{fmt}").is_file()}
    return ArticleCheck(summary=summary, out_dir=out, inputs=out / INPUTS_NAME, figures_csv=out / FIGURES_NAME,
                        reports=reports, timings=timings, seconds=time.perf_counter() - begun)
