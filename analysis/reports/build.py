"""Build reports: run each notebook through papermill, render it, publish atomically.

:func:`plan` checks the parameters of every requested report and decides,
from the fingerprints (:mod:`analysis.reports.stamp`), which ones need a
build; that part imports neither papermill nor nbconvert, so a no-op rebuild
starts no kernel. :func:`build_one` executes one notebook with the project's
kernel (working directory: the project root) into a temporary folder, renders
HTML and PDF there, then moves each file into ``reports/<name>/`` with
``os.replace`` and writes the stamp last. A failure or an interruption leaves
the previous report as it was. :func:`build` runs the jobs, in parallel worker
processes with ``jobs > 1``, prints one progress line per report, and writes
``reports/index.html``.

A report built with parameters other than its defaults is built under its own
name (:func:`variants`, the rule in :mod:`analysis.reports.grid`):
``reports/displacement-sdn/displacement-sdn.html``, titled "Displacement —
Sudan", so building one country never replaces another's report; the index
lists both.
"""

from __future__ import annotations

import os
import shutil
import signal
import sys
import tempfile
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping, Sequence

from analysis import paths
from analysis.atomic import atomic_path
from analysis.errors import ParameterError, TallyError
from analysis.reports import stamp as stamps
from analysis.reports.manifest import FORMATS, Report, check_formats
from analysis.reports.params import Overrides, check_report_name, resolve

#: The kernel `make setup` registers for the project.
KERNEL = "tally"
#: Seconds a single cell may run before the build of that report fails.
CELL_TIMEOUT = int(os.environ.get("TALLY_CELL_TIMEOUT", "900"))
#: Times a kernel is started for one report when starting it fails (no cell has run then, so a
#: retry is safe). Concurrent kernel starts can race for the same free TCP port (jupyter_client
#: picks ports by binding and releasing them), and a kernel that loses the race never answers.
KERNEL_START_ATTEMPTS = int(os.environ.get("TALLY_KERNEL_START_ATTEMPTS", "3"))
#: Seconds to wait for a new kernel to answer.
KERNEL_START_TIMEOUT = int(os.environ.get("TALLY_KERNEL_START_TIMEOUT", "60"))
_START_FAILURES = ("Kernel didn't respond", "Kernel died before replying")


@dataclass
class Job:
    """One report to build (picklable: it crosses into worker processes)."""

    name: str
    title: str
    notebook: Path
    notebook_rel: str
    params: dict[str, Any]
    formats: tuple[str, ...]
    out_dir: Path
    fingerprint: dict[str, str]
    why: str = ""
    kernel: str = KERNEL
    code_version: str = "unknown"
    data_versions: dict[str, str] = field(default_factory=dict)   # the catalog's, when the notebook records none
    entry: str = ""                 # the manifest report this one is built from ("" = itself)


@dataclass
class Result:
    """What happened to one report."""

    name: str
    status: str                     # "built", "skipped" or "failed"
    seconds: float = 0.0
    error: str = ""
    cell: str = ""                  # failing cell: index and first line of source
    notebook: str = ""
    kernel_starts: int = 1          # kernels started (more than 1: a start failed and was retried)
    timings: dict[str, float] = field(default_factory=dict)   # seconds per step of a build (execute, html, pdf, ...)


# --- planning (no papermill, no nbconvert) --------------------------------------------------------

def known_names(reports: Mapping[str, Report]) -> list[str]:
    """Report names, a grid given once as ``NAME (grid of N)`` rather than report by report."""
    from collections import Counter

    sizes = Counter(r.group for r in reports.values() if r.group)
    names = dict.fromkeys(r.group or r.name for r in reports.values())
    return [f"{name} (grid of {sizes[name]})" if name in sizes else name for name in names]


def select(reports: Mapping[str, Report], names: Sequence[str], manifest: Path) -> list[Report]:
    """The reports named (all of them when none), each name checked; unknown names list the known ones."""
    if not names:
        return [r for r in reports.values() if r.default]
    chosen = []
    for name in names:
        check_report_name(name)
        group = [r for r in reports.values() if r.group == name]
        if group and name not in reports:          # a grid's name: every report of the grid
            chosen.extend(r for r in group if r not in chosen)
            continue
        if name not in reports:
            raise ParameterError(f"unknown report {name!r}; reports: {', '.join(known_names(reports))} "
                                 "(--list shows every report of a grid)", path=paths.relative(manifest))
        if reports[name] not in chosen:
            chosen.append(reports[name])
    return chosen


def resolve_all(chosen: Sequence[Report], overrides: Overrides) -> dict[str, dict[str, Any]]:
    """Checked parameters of every chosen report.

    With several reports, a ``-p``/``-y`` name applies to the reports that
    declare it; a name none of them declares is an error. With one report,
    every name must be one of its own.
    """
    if len(chosen) > 1 and overrides:
        declared = set().union(*(r.params for r in chosen))
        unknown = sorted(overrides.names() - declared)
        if unknown:
            listing = "; ".join(f"{r.name}: {', '.join(r.params) or 'none'}" for r in chosen)
            raise ParameterError(f"unknown parameter {unknown[0]!r}: no report being built declares it "
                                 f"(accepted: {listing})")
    strict = len(chosen) == 1
    return {r.name: resolve(r.name, r.params, overrides, strict=strict) for r in chosen}


def variants(chosen: Sequence[Report], params: Mapping[str, dict[str, Any]], reports_dir: Path,
             all_reports: Mapping[str, Report] | None = None) -> tuple[list[Report], dict[str, dict[str, Any]]]:
    """Each chosen report under the name of its parameters: itself with its defaults, else a copy named
    ``<name>-<slug>`` (:func:`analysis.reports.grid.variant_name`) and titled from its parameters.

    A slug another report already uses (a manifest report of that name, another report of this run, or a
    folder whose stamp holds other parameters) gets eight hex digits of a hash of the parameters appended.
    """
    from dataclasses import replace

    from analysis.reports.grid import params_hash, variant_name

    taken = set(all_reports or {}) | {r.name for r in chosen}
    out: list[Report] = []
    values: dict[str, dict[str, Any]] = {}
    for report in chosen:
        own = params[report.name]
        name = variant_name(report.name, report.params, own)
        if name == report.name:
            out.append(report)
            values[name] = own
            continue
        if name in taken or name in values or _folder_holds_other(reports_dir / name, own):
            name = f"{name[:71].rstrip('-')}-{params_hash(own)}"
        out.append(replace(report, name=name, title=report.title_for(own), entry=report.name, default=False))
        values[name] = own
    return out, values


def _folder_holds_other(folder: Path, params: Mapping[str, Any]) -> bool:
    """Whether ``folder`` holds a report (or a failure record) built with parameters other than ``params``."""
    for record in (stamps.STAMP_NAME, stamps.FAILED_NAME):
        doc = stamps.read_json(folder / record)
        if doc and "parameters" in doc:
            return doc["parameters"] != dict(params)
    return False


def plan(chosen: Sequence[Report], params: Mapping[str, dict[str, Any]], reports_dir: Path,
         manifest: Path, formats: Sequence[str] | None = None,
         force: bool = False) -> tuple[list[Job], list[Result]]:
    """Split the chosen reports into jobs to build and results already up to date (skipped)."""
    shared = stamps.inputs_digest(manifest)
    jobs, skipped = [], []
    for report in chosen:
        fmts = check_formats(list(formats), "--formats") if formats else report.formats
        out_dir = reports_dir / report.name
        fp = stamps.fingerprint(report.notebook, params[report.name], fmts, shared)
        why = ["--force"] if force else stamps.changes(out_dir, report.name, fp, fmts)
        if not why:
            skipped.append(Result(report.name, "skipped", notebook=report.notebook_rel))
            continue
        jobs.append(Job(name=report.name, title=report.title, notebook=report.notebook,
                        notebook_rel=report.notebook_rel, params=params[report.name],
                        formats=fmts, out_dir=out_dir, fingerprint=fp, why=", ".join(why), entry=report.entry))
    return jobs, skipped


def remove_stale_temp() -> None:
    """Remove temporary build folders left by builds that were killed (their process is gone)."""
    for folder in Path(tempfile.gettempdir()).glob("tally-build-*-*"):
        pid = folder.name.split("-")[2]
        if not pid.isdigit():
            continue
        try:
            os.kill(int(pid), 0)
        except ProcessLookupError:
            shutil.rmtree(folder, ignore_errors=True)
        except OSError:
            pass


def remove_stale_parts(out_dir: Path) -> None:
    """Remove temporary ``.*.part`` files a killed earlier run may have left in ``out_dir``."""
    if out_dir.is_dir():
        for part in out_dir.glob(".*.part"):
            part.unlink(missing_ok=True)


# --- the kernel -----------------------------------------------------------------------------------

def ensure_kernel(name: str = KERNEL) -> str:
    """The kernel to run notebooks with: the project's (registered into this environment if missing).

    Falls back to ``python3`` when registering is not possible.
    """
    from jupyter_client.kernelspec import KernelSpecManager

    manager = KernelSpecManager()
    if name in manager.find_kernel_specs():
        try:
            argv = manager.get_kernel_spec(name).argv
            if argv and (Path(argv[0]).is_file() or shutil.which(argv[0])):
                return name
        except Exception:                  # noqa: BLE001 - unreadable spec: register it again
            pass
    try:
        from ipykernel.kernelspec import install

        install(kernel_name=name, display_name="Tally (project)", prefix=sys.prefix)
        return name
    except Exception:                      # noqa: BLE001 - any failure: use the default kernel
        return "python3"


# --- building one report --------------------------------------------------------------------------

def _failing_cell(exc: Any, source_nb: Path) -> str:
    """``cell N: first line`` for a papermill execution error, N the 0-based index in the source notebook."""
    source = getattr(exc, "source", "") or ""
    lines = source.strip().splitlines()
    index = getattr(exc, "cell_index", None)
    try:
        import nbformat

        original = nbformat.read(source_nb, as_version=4)
        matches = [i for i, cell in enumerate(original.cells) if cell.source == source]
        if matches:
            index = matches[0]
    except Exception:                      # noqa: BLE001 - best effort: keep papermill's index
        pass
    return f"cell {index}: {lines[0] if lines else ''}"


def _publish(tmp_files: Mapping[str, Path], out_dir: Path) -> None:
    """Move each rendered file into ``out_dir`` (copy beside the target, then ``os.replace``)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    for target_name, src in tmp_files.items():
        with atomic_path(out_dir / target_name) as part:
            shutil.copyfile(src, part)
            os.chmod(part, 0o644)           # reports are for reading (mkstemp makes 0600)


class WarmKernel:
    """A kernel started ahead of one build, already running some code (imports) while the caller works.

    :func:`build_one` given it runs the notebook in it instead of starting a kernel (the kernel runs the
    notebook's cells from the first, as a fresh one would; only the imports are already paid). The caller
    shuts it down with :meth:`shutdown` once the build is over.
    """

    def __init__(self, name: str = KERNEL, code: str = "") -> None:
        from jupyter_client import AsyncKernelManager, BlockingKernelClient
        from jupyter_core.utils import run_sync

        self.manager = AsyncKernelManager(kernel_name=name)
        run_sync(self.manager.start_kernel)(cwd=str(paths.ROOT), extra_arguments=_KERNEL_ARGUMENTS)
        self.client = None
        if code:
            self.client = BlockingKernelClient()
            self.client.load_connection_info(self.manager.get_connection_info())
            self.client.start_channels()
            # silent: no output and no execution count; an error shows later, in the notebook's own cell
            self.client.execute(code, silent=True, store_history=False)

    def alive(self) -> bool:
        """Whether the kernel process is still running."""
        from jupyter_core.utils import run_sync

        try:
            return bool(run_sync(self.manager.is_alive)())
        except Exception:                  # noqa: BLE001 - a manager that cannot say is not alive
            return False

    def shutdown(self) -> None:
        """Stop the warm-up client and the kernel (at once: the build is over)."""
        from jupyter_core.utils import run_sync

        if self.client is not None:
            self.client.stop_channels()
            self.client = None
        try:
            run_sync(self.manager.shutdown_kernel)(now=True)
        except Exception:                  # noqa: BLE001 - a kernel already gone is shut down
            pass


def kernel_start_failed(exc: BaseException) -> bool:
    """Whether ``exc`` is a kernel that did not start (before any cell ran), as nbclient/jupyter_client say it."""
    return isinstance(exc, RuntimeError) and any(text in str(exc) for text in _START_FAILURES)


#: Arguments of every kernel a build starts: the kernel's own log (transport warnings, shutdown notices)
#: is noise in a build.
_KERNEL_ARGUMENTS = ["--IPKernelApp.log_level=CRITICAL"]


def _execute(job: Job, executed: Path, warm: WarmKernel | None = None) -> int:
    """Run the notebook with papermill (in ``warm`` when it is given and alive); a kernel that fails to
    start is started again. Returns the starts."""
    import papermill

    for attempt in range(1, max(1, KERNEL_START_ATTEMPTS) + 1):
        given = {"km": warm.manager} if warm is not None and attempt == 1 and warm.alive() else {}
        try:
            papermill.execute_notebook(
                str(job.notebook), str(executed), parameters=dict(job.params),
                kernel_name=job.kernel, cwd=str(paths.ROOT), progress_bar=False,
                log_output=False, request_save_on_cell_execute=False,
                execution_timeout=CELL_TIMEOUT, start_timeout=KERNEL_START_TIMEOUT,
                extra_arguments=_KERNEL_ARGUMENTS, **given,
            )
            return attempt
        except Exception as exc:           # noqa: BLE001 - only a failed start is retried
            if not kernel_start_failed(exc) or attempt >= KERNEL_START_ATTEMPTS:
                raise
            time.sleep(0.5 * attempt)
    raise AssertionError("unreachable")


def build_one(job: Job, warm: WarmKernel | None = None) -> Result:
    """Execute, render and publish one report; never raises for a notebook failure.

    ``warm``: a kernel started ahead (:class:`WarmKernel`) to run the notebook in; the caller shuts it down.
    """
    import nbformat
    from papermill.exceptions import PapermillExecutionError

    from analysis.reports import render

    started = time.monotonic()
    tmp = Path(tempfile.mkdtemp(prefix=f"tally-build-{os.getpid()}-{job.name}-"))
    try:
        if not job.notebook.is_file():
            return Result(job.name, "failed", time.monotonic() - started,
                          error=f"notebook not found: {paths.relative(job.notebook)}",
                          notebook=job.notebook_rel)
        executed = tmp / f"{job.name}.ipynb"
        timings: dict[str, float] = {}
        step = time.monotonic()
        try:
            starts = _execute(job, executed, warm)
        except PapermillExecutionError as exc:
            return Result(job.name, "failed", time.monotonic() - started,
                          error=f"{exc.ename}: {exc.evalue}",
                          cell=_failing_cell(exc, job.notebook), notebook=job.notebook_rel)
        timings["notebook execute"] = time.monotonic() - step
        step = time.monotonic()
        nb = nbformat.read(executed, as_version=4)
        used = stamps.recorded_datasets(nb)            # and those outputs leave the notebook
        stamp = render.make_stamp(job.name, job.title, job.notebook_rel, job.params,
                                  code=job.code_version, data=job.data_versions if used is None else used,
                                  entry=job.entry, recorded=used is not None)
        page = render.to_html(nb, stamp)
        timings["html"] = time.monotonic() - step
        nb.cells.insert(0, nbformat.v4.new_markdown_cell(render.stamp_markdown(stamp),
                                                         metadata={"tags": ["tally-stamp"]}))
        nb.metadata["tally"] = {"stamp": stamp}
        outputs: dict[str, Path] = {}
        if "ipynb" in job.formats:
            final_nb = tmp / "final.ipynb"
            nbformat.write(nb, str(final_nb))
            outputs[f"{job.name}.ipynb"] = final_nb
        if "html" in job.formats:
            html_file = tmp / f"{job.name}.html"
            html_file.write_text(page, encoding="utf-8")
            outputs[f"{job.name}.html"] = html_file
        if "pdf" in job.formats:
            step = time.monotonic()
            pdf_file = tmp / f"{job.name}.pdf"
            render.to_pdf(page, pdf_file)
            outputs[f"{job.name}.pdf"] = pdf_file
            timings["pdf"] = time.monotonic() - step
        step = time.monotonic()
        _publish(outputs, job.out_dir)
        for fmt in FORMATS:                # a format not built now would be stale: it goes
            if fmt not in job.formats:
                (job.out_dir / f"{job.name}.{fmt}").unlink(missing_ok=True)
        (job.out_dir / stamps.FAILED_NAME).unlink(missing_ok=True)
        stamps.write_json(job.out_dir / stamps.STAMP_NAME, {
            "inputs": job.fingerprint, "formats": list(job.formats), **stamp,
            "seconds": round(time.monotonic() - started, 2)})
        timings["publish"] = time.monotonic() - step
        return Result(job.name, "built", time.monotonic() - started, notebook=job.notebook_rel, kernel_starts=starts,
                      timings=timings)
    except Exception as exc:               # noqa: BLE001 - one report's failure must not stop the rest
        last = traceback.extract_tb(exc.__traceback__)[-1] if exc.__traceback__ else None
        where = f" ({Path(last.filename).name}:{last.lineno})" if last else ""
        return Result(job.name, "failed", time.monotonic() - started,
                      error=f"{type(exc).__name__}: {exc}{where}", notebook=job.notebook_rel)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _terminate(signum: int, frame: Any) -> None:
    """SIGTERM stops a build like Ctrl-C: kernels shut down, temporary files removed, reports untouched."""
    raise KeyboardInterrupt


def _worker_init() -> None:
    """Worker processes: the parent handles Ctrl-C; SIGTERM unwinds so kernels and temp files are cleaned up."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)

    def _stop(signum: int, frame: Any) -> None:
        raise SystemExit(128 + signum)

    signal.signal(signal.SIGTERM, _stop)


def _run_cluster(jobs: Sequence[Job], scheduler: str, workers: int) -> Iterable[Result]:
    """Each job is one Dask task calling :func:`build_one` (atomic publish, so a rerun after a lost worker is safe)."""
    import uuid

    from distributed import as_completed

    from analysis.cluster import client as dask_client

    run_id = uuid.uuid4().hex[:12]
    with dask_client(scheduler, workers) as client:
        futures = [client.submit(build_one, job, key=f"tally-build-{run_id}-{job.name}", retries=1) for job in jobs]
        for future in as_completed(futures):
            yield future.result()


def _run(jobs: Sequence[Job], workers: int, scheduler: str | None = None) -> Iterable[Result]:
    if scheduler:
        yield from _run_cluster(jobs, scheduler, workers)
        return
    if workers <= 1 or len(jobs) <= 1:
        for job in jobs:
            yield build_one(job)
        return
    import multiprocessing

    # fork: `python -m analysis` has no __main__ guard a spawned worker could re-import safely.
    pool = multiprocessing.get_context("fork").Pool(processes=min(workers, len(jobs)),
                                                    initializer=_worker_init)
    try:
        for result in pool.imap_unordered(build_one, jobs):
            yield result
        pool.close()
    except BaseException:
        pool.terminate()
        raise
    finally:
        pool.join()


# --- the command ----------------------------------------------------------------------------------

def report_failure(result: Result, echo: Callable[[str], None]) -> None:
    """Print what failed: report, notebook, failing cell and error."""
    echo(f"error: report {result.name!r} failed (notebook {result.notebook})")
    if result.cell:
        echo(f"  failing {result.cell}")
    echo(f"  {result.error}")


def build(chosen: Sequence[Report], params: Mapping[str, dict[str, Any]], *, reports_dir: Path,
          manifest: Path, all_reports: Mapping[str, Report], jobs: int = 1,
          formats: Sequence[str] | None = None, force: bool = False, scheduler: str | None = None,
          out: Callable[[str], None] = print,
          err: Callable[[str], None] = lambda s: print(s, file=sys.stderr)) -> int:
    """Build the chosen reports; write the index; return 0, or 1 if any report failed.

    ``scheduler`` (``local`` or a Dask scheduler address) runs the builds on a
    Dask cluster, one task per report; ``jobs`` is then the number of local
    workers for ``local``.
    """
    try:
        reports_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise TallyError(f"cannot create the reports folder: {exc.strerror or exc}", path=reports_dir) from None
    chosen, params = variants(chosen, params, reports_dir, all_reports)
    todo, results = plan(chosen, params, reports_dir, manifest, formats=formats, force=force)
    by_name = {r.name: r for r in chosen}
    total = len(chosen)
    for done, result in enumerate(results, start=1):
        out(f"[{done}/{total}] {result.name}: up to date, skipped")
    for job in todo:
        remove_stale_parts(job.out_dir)
    if todo:
        remove_stale_temp()
        signal.signal(signal.SIGTERM, _terminate)
        from analysis.reports import render

        kernel = ensure_kernel()
        code, data = render.code_version(), render.data_versions()
        for job in todo:
            job.kernel, job.code_version, job.data_versions = kernel, code, data
        where = f"on Dask ({scheduler})" if scheduler else f"{max(1, min(jobs, len(todo)))} at a time"
        out(f"building {len(todo)} report(s) with kernel {kernel!r}, {where}: "
            + "; ".join(f"{j.name} ({j.why})" for j in todo))
        for result in _run(todo, jobs, scheduler):
            results.append(result)
            n = len(results)
            if result.status == "built":
                again = (f" (the kernel failed to start {result.kernel_starts - 1} time(s) and was started again)"
                         if result.kernel_starts > 1 else "")
                out(f"[{n}/{total}] {result.name}: built in {result.seconds:.1f} s{again}")
            else:
                out(f"[{n}/{total}] {result.name}: FAILED after {result.seconds:.1f} s")
                report_failure(result, err)
                report = by_name.get(result.name)
                stamps.write_json(reports_dir / result.name / stamps.FAILED_NAME,
                                  {"error": result.error, "cell": result.cell, "notebook": result.notebook,
                                   "time": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                                   "report": result.name, "entry": report.entry if report else "",
                                   "title": report.title if report else result.name,
                                   "parameters": params.get(result.name, {})})
        if scheduler:                      # a worker lost mid-publish leaves its partial copy behind
            for job in todo:
                remove_stale_parts(job.out_dir)
    from analysis.reports.index import write_index

    write_index(reports_dir, all_reports, {r.name: r for r in results})
    failed = [r.name for r in results if r.status == "failed"]
    built = sum(r.status == "built" for r in results)
    out(f"{built} built, {total - built - len(failed)} skipped, {len(failed)} failed; "
        f"index: {paths.relative(reports_dir / 'index.html')}")
    if failed:
        err(f"error: {len(failed)} report(s) failed: {', '.join(failed)}")
        return 1
    return 0
