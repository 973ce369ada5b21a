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

A report is published as a whole (:func:`publish_report`): every file and the
stamp are first copied beside their targets, then a journal
(``.publish.json``) naming them is written, then they are moved into place; a
build killed after the journal is finished by the next one
(:func:`finish_publish`), one killed before it leaves the previous report, so
the formats and the stamp always change together. One build at a time holds
a reports folder (:func:`reports_lock`, ``reports/.build.lock``); a second
waits for it. A notebook that stops early (``sys.exit``, ``raise SystemExit``:
papermill counts it a success) or a cell that runs longer than
``TALLY_CELL_TIMEOUT`` seconds fails that report, naming the cell.

A report built with parameters other than its defaults is built under its own
name (:func:`variants`, the rule in :mod:`analysis.reports.grid`):
``reports/displacement-sdn/displacement-sdn.html``, titled "Displacement —
Sudan", so building one country never replaces another's report; the index
lists both.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import shutil
import signal
import sys
import tempfile
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Mapping, Sequence

from analysis import paths
from analysis.errors import ParameterError, TallyError
from analysis.reports import stamp as stamps
from analysis.reports.manifest import FORMATS, Report, check_formats
from analysis.reports.params import Overrides, check_report_name, resolve

#: The kernel `make setup` registers for the project.
KERNEL = "tally"
#: Seconds a single cell may run before the build of that report fails (``TALLY_CELL_TIMEOUT`` sets another).
CELL_TIMEOUT = 900
#: The file a build holds locked in the reports folder while it plans, builds and writes the index.
LOCK_NAME = ".build.lock"
#: The journal of a report being published (see :func:`publish_report`).
JOURNAL_NAME = ".publish.json"
#: Times a kernel is started for one report when starting it fails (no cell has run then, so a
#: retry is safe). Concurrent kernel starts can race for the same free TCP port (jupyter_client
#: picks ports by binding and releasing them), and a kernel that loses the race never answers.
KERNEL_START_ATTEMPTS = int(os.environ.get("TALLY_KERNEL_START_ATTEMPTS", "3"))
#: Seconds to wait for a new kernel to answer.
KERNEL_START_TIMEOUT = int(os.environ.get("TALLY_KERNEL_START_TIMEOUT", "60"))
_START_FAILURES = ("Kernel didn't respond", "Kernel died before replying")


def cell_timeout() -> int:
    """Seconds one cell may run: ``TALLY_CELL_TIMEOUT`` (a whole number of seconds, at least 1), else 900.

    Anything else (``abc``, ``0``, ``-5``, ``1.5``) is a :class:`ParameterError` saying what is accepted:
    0 used to mean "no limit" to the executor, which is never what a build wants.
    """
    text = os.environ.get("TALLY_CELL_TIMEOUT", "").strip()
    if not text:
        return CELL_TIMEOUT
    if not text.isdigit() or int(text) < 1:
        raise ParameterError(f"TALLY_CELL_TIMEOUT={text!r} is not accepted: give a whole number of seconds, "
                             f"at least 1 (default {CELL_TIMEOUT}), or leave it unset")
    return int(text)


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
    cell_timeout: int = field(default_factory=cell_timeout)   # seconds one cell may run


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


def notebook_parameters(notebook: Path) -> set[str] | None:
    """The names the notebook's ``parameters`` cell assigns (None: no such cell, or the notebook cannot be read;
    papermill then puts the values at the top and nothing can be checked)."""
    import ast

    try:
        doc = json.loads(notebook.read_text(encoding="utf-8"))
        cells = [c for c in doc.get("cells", []) if "parameters" in (c.get("metadata") or {}).get("tags", [])]
    except (OSError, ValueError, AttributeError):
        return None
    if not cells:
        return None
    names: set[str] = set()
    for cell in cells:
        source = cell.get("source", "")
        try:
            tree = ast.parse("".join(source) if isinstance(source, list) else str(source))
        except SyntaxError:
            return None
        names |= {node.id for node in ast.walk(tree) if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store)}
    return names


def unused_parameters(report: Report) -> list[str]:
    """Parameters the manifest declares for ``report`` that its notebook's parameters cell never sets: papermill
    would pass them and the notebook ignore them, so a report would be titled and stamped with a value it did
    not use."""
    names = notebook_parameters(report.notebook)
    return [] if names is None else [p for p in report.params if p not in names]


def plan(chosen: Sequence[Report], params: Mapping[str, dict[str, Any]], reports_dir: Path,
         manifest: Path, formats: Sequence[str] | None = None,
         force: bool = False) -> tuple[list[Job], list[Result]]:
    """Split the chosen reports into jobs to build and results already up to date (skipped)."""
    shared = stamps.inputs_digest(manifest)
    jobs, skipped = [], []
    for report in chosen:
        unused = unused_parameters(report)
        if unused:
            skipped.append(Result(report.name, "failed", notebook=report.notebook_rel, error=(
                f"{paths.relative(manifest)} declares parameter(s) {', '.join(unused)} that the parameters cell "
                f"of {report.notebook_rel} does not set (the notebook would ignore them): add them to that "
                "cell or remove them from the manifest")))
            continue
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
    """Finish a publication a killed earlier run left half done (:func:`finish_publish`), then remove the
    temporary ``.*.part`` files it may have left in ``out_dir``."""
    if out_dir.is_dir():
        finish_publish(out_dir)
        for part in out_dir.glob(".*.part"):
            part.unlink(missing_ok=True)


# --- one build at a time per reports folder -------------------------------------------------------

@contextlib.contextmanager
def reports_lock(reports_dir: Path, err: Callable[[str], None] = lambda s: print(s, file=sys.stderr)
                 ) -> Iterator[None]:
    """Hold ``reports_dir/.build.lock`` (``flock``) while the body runs; another build holding it is waited
    for, with one line saying so. The kernel releases the lock when the holder ends, even by SIGKILL; worker
    processes share it, so a build's orphaned workers are waited for too."""
    path = reports_dir / LOCK_NAME
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise TallyError(f"cannot lock the reports folder: {exc.strerror or exc}", path=path) from None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 64, 0).decode("ascii", "replace").strip() or "?"
            err(f"waiting for another build of {paths.relative(reports_dir)} to finish (process {holder}, "
                f"{paths.relative(path)})")
            fcntl.flock(fd, fcntl.LOCK_EX)
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
        yield
    finally:
        os.close(fd)


# --- publishing a report as a whole ---------------------------------------------------------------

def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _stage(out_dir: Path, target: str, write: Callable[[Path], None]) -> Path:
    """A complete, synced ``.TARGET.*.part`` copy beside ``out_dir/target``, written by ``write(path)``."""
    fd, tmp = tempfile.mkstemp(prefix=f".{target}.", suffix=".part", dir=out_dir)
    os.close(fd)
    part = Path(tmp)
    try:
        write(part)
        with open(part, "rb") as fh:
            os.fsync(fh.fileno())
        os.chmod(part, 0o644)               # reports are for reading (mkstemp makes 0600)
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    return part


def publish_report(name: str, files: Mapping[str, Path], out_dir: Path, stamp: Mapping[str, Any]) -> None:
    """Publish ``files`` (``{target name: rendered file}``) and the stamp into ``out_dir`` as one change.

    Everything is staged beside its target first, then the journal naming the staged copies is written
    atomically, then :func:`finish_publish` moves them into place, removes the formats not built now and the
    failure record, and writes the stamp last. Killed before the journal: the previous report is untouched
    (the staged copies are removed by the next build); after it: the next build finishes the move.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    finish_publish(out_dir)                # one a killed run left (a single-article check takes no lock)
    staged: dict[str, Path] = {}
    try:
        for target, src in files.items():
            staged[target] = _stage(out_dir, target, lambda part, src=src: shutil.copyfile(src, part))
        text = json.dumps(dict(stamp), indent=2, default=str) + "\n"
        staged[stamps.STAMP_NAME] = _stage(out_dir, stamps.STAMP_NAME,
                                           lambda part: part.write_text(text, encoding="utf-8"))
        remove = [f"{name}.{fmt}" for fmt in FORMATS if f"{name}.{fmt}" not in files] + [stamps.FAILED_NAME]
        stamps.write_json(out_dir / JOURNAL_NAME, {"report": name, "files": {t: p.name for t, p in staged.items()},
                                                   "remove": remove})
    except BaseException:
        for part in staged.values():
            part.unlink(missing_ok=True)
        raise
    finish_publish(out_dir)


def _plain_name(value: Any) -> bool:
    return isinstance(value, str) and bool(value) and "/" not in value and value not in (".", "..") \
        and "\0" not in value


def finish_publish(out_dir: Path) -> bool:
    """Complete the publication ``out_dir/.publish.json`` describes (a build killed in the middle of it):
    each staged copy still there replaces its target, the stamp last. Returns whether there was one.
    A journal that is not one this builder writes is left alone (and the report rebuilt: it has no stamp)."""
    journal_path = out_dir / JOURNAL_NAME
    journal = stamps.read_json(journal_path)
    if journal is None:
        return False
    moves = journal.get("files")
    remove = journal.get("remove", [])
    if (not isinstance(moves, dict) or not isinstance(remove, list)
            or not all(_plain_name(k) and _plain_name(v) and v.endswith(".part") for k, v in moves.items())
            or not all(_plain_name(r) for r in remove)):
        return False
    stamp_part = moves.get(stamps.STAMP_NAME)
    for target, part in moves.items():
        if target != stamps.STAMP_NAME and (out_dir / part).exists():
            os.replace(out_dir / part, out_dir / target)
    for target in remove:
        (out_dir / target).unlink(missing_ok=True)
    if stamp_part and (out_dir / stamp_part).exists():
        os.replace(out_dir / stamp_part, out_dir / stamps.STAMP_NAME)
    _fsync_dir(out_dir)
    journal_path.unlink(missing_ok=True)
    return True


def finish_all(reports_dir: Path) -> list[str]:
    """Finish every half-done publication under ``reports_dir`` (see :func:`finish_publish`); their names."""
    done = []
    if reports_dir.is_dir():
        for journal in sorted(reports_dir.glob(f"*/{JOURNAL_NAME}")):
            if finish_publish(journal.parent):
                done.append(journal.parent.name)
    return done


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


def _cell_label(index: int | None, source: str) -> str:
    lines = source.strip().splitlines()
    return f"cell {index}: {lines[0] if lines else ''}"


def _source_index(source_nb: Path, match: Callable[[str], bool]) -> int | None:
    """The 0-based index of the first code cell of the source notebook whose source ``match`` accepts."""
    try:
        import nbformat

        original = nbformat.read(source_nb, as_version=4)
    except Exception:                      # noqa: BLE001 - best effort: no index
        return None
    for i, cell in enumerate(original.cells):
        if cell.cell_type == "code" and match(cell.source):
            return i
    return None


def _timed_out_cell(exc: BaseException, source_nb: Path) -> str:
    """``cell N: first line`` of the cell a ``CellTimeoutError`` stopped (its message previews the source)."""
    text = str(exc)
    preview = text.split("-------------------\n", 2)[1] if text.count("-------------------\n") >= 2 else ""
    first = next((line for line in preview.splitlines() if line.strip()), "")
    index = _source_index(source_nb, lambda src: bool(first) and src.strip().startswith(first.strip()))
    return _cell_label(index, first) if first else "a cell"


def stopped_early(nb: Any, source_nb: Path) -> tuple[str, str] | None:
    """``(cell, error)`` when an executed notebook did not run to its end though papermill called it a success:
    a cell that called ``sys.exit``/raised ``SystemExit`` (recorded as an error output, with the cells after
    it never run). None when every code cell ran without an error."""
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        status = (cell.metadata.get("papermill") or {}).get("status")
        error = next((o for o in cell.get("outputs", []) if o.get("output_type") == "error"), None)
        if error is not None and error.get("ename") != "SystemExit" and "raises-exception" in (
                cell.metadata.get("tags") or []):
            continue                       # papermill's tag for a cell meant to fail
        if error is None and status in (None, "completed"):
            continue
        if "injected-parameters" in (cell.metadata.get("tags") or []):
            index = None
        else:
            index = _source_index(source_nb, lambda src, want=cell.source: src == want)
        label = _cell_label(index, cell.source)
        if error is not None:
            ename, evalue = error.get("ename", "error"), error.get("evalue", "")
            what = f"{ename}: {evalue}" if evalue else ename
            if ename == "SystemExit":
                what += " (the notebook exited before its last cell: a report stopped early is not built)"
            return label, what
        return label, f"the cell did not run (status {status!r}): the notebook stopped before its end"
    return None


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
                execution_timeout=job.cell_timeout, start_timeout=KERNEL_START_TIMEOUT,
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
    from nbclient.exceptions import CellTimeoutError
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
        except CellTimeoutError as exc:
            return Result(job.name, "failed", time.monotonic() - started,
                          error=f"the cell ran longer than {job.cell_timeout} s (TALLY_CELL_TIMEOUT) and was stopped",
                          cell=_timed_out_cell(exc, job.notebook), notebook=job.notebook_rel)
        timings["notebook execute"] = time.monotonic() - step
        step = time.monotonic()
        nb = nbformat.read(executed, as_version=4)
        early = stopped_early(nb, job.notebook)
        if early is not None:
            return Result(job.name, "failed", time.monotonic() - started, error=early[1], cell=early[0],
                          notebook=job.notebook_rel)
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
        publish_report(job.name, outputs, job.out_dir, {     # a format not built now would be stale: it goes
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


def _die_with_parent(parent: int) -> None:
    """Ask Linux to send this process SIGTERM when its parent ends (a build killed with SIGKILL): its worker
    would otherwise go on and publish after it. Elsewhere nothing is done."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, int(signal.SIGTERM), 0, 0, 0)          # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:             # the parent ended before the request was made
        os.kill(os.getpid(), signal.SIGTERM)


def _worker_init(parent: int | None = None) -> None:
    """Worker processes: the parent handles Ctrl-C; SIGTERM unwinds so kernels and temp files are cleaned up;
    a worker whose parent dies is sent SIGTERM."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)

    def _stop(signum: int, frame: Any) -> None:
        raise SystemExit(128 + signum)

    signal.signal(signal.SIGTERM, _stop)
    if parent is not None:
        _die_with_parent(parent)


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
                                                    initializer=_worker_init, initargs=(os.getpid(),))
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
    timeout = cell_timeout()
    try:
        reports_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise TallyError(f"cannot create the reports folder: {exc.strerror or exc}", path=reports_dir) from None
    with reports_lock(reports_dir, err):
        for name in finish_all(reports_dir):
            out(f"{name}: finished publishing the report an interrupted build left half published")
        return _build_locked(chosen, params, reports_dir=reports_dir, manifest=manifest, all_reports=all_reports,
                             jobs=jobs, formats=formats, force=force, scheduler=scheduler, out=out, err=err,
                             timeout=timeout)


def _build_locked(chosen: Sequence[Report], params: Mapping[str, dict[str, Any]], *, reports_dir: Path,
                  manifest: Path, all_reports: Mapping[str, Report], jobs: int, formats: Sequence[str] | None,
                  force: bool, scheduler: str | None, out: Callable[[str], None], err: Callable[[str], None],
                  timeout: int) -> int:
    """:func:`build` once the reports folder is locked."""
    chosen, params = variants(chosen, params, reports_dir, all_reports)
    todo, results = plan(chosen, params, reports_dir, manifest, formats=formats, force=force)
    by_name = {r.name: r for r in chosen}
    total = len(chosen)

    def record_failure(result: Result) -> None:
        out(f"[{len(results)}/{total}] {result.name}: FAILED after {result.seconds:.1f} s")
        report_failure(result, err)
        report = by_name.get(result.name)
        try:
            stamps.write_json(reports_dir / result.name / stamps.FAILED_NAME,
                              {"error": result.error, "cell": result.cell, "notebook": result.notebook,
                               "time": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                               "report": result.name, "entry": report.entry if report else "",
                               "title": report.title if report else result.name,
                               "parameters": params.get(result.name, {})})
        except OSError as exc:             # a full disk: the failure is still said, and counted
            err(f"  (its failure record could not be written: {exc.filename}: {exc.strerror or exc})")

    planned, results = results, []
    for result in planned:
        results.append(result)
        if result.status == "failed":
            record_failure(result)
        else:
            out(f"[{len(results)}/{total}] {result.name}: up to date, skipped")
    for report in chosen:                  # skipped ones too: a killed run's staged files never stay
        remove_stale_parts(reports_dir / report.name)
    if todo:
        remove_stale_temp()
        signal.signal(signal.SIGTERM, _terminate)
        from analysis.reports import render

        kernel = ensure_kernel()
        code, data = render.code_version(), render.data_versions()
        for job in todo:
            job.kernel, job.code_version, job.data_versions = kernel, code, data
            job.cell_timeout = timeout
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
                record_failure(result)
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
