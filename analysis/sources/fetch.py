"""Fill ``data/raw/<id>/`` from a local mirror or from the publishers.

:func:`from_mirror` copies each catalogued file from ``MIRROR/<mirror_path>``
checking its sha256 (a mismatch keeps the previous copy); :func:`from_publisher`
calls the source module's ``download``. Both return one :class:`Outcome` per
dataset, so one failure never stops the others.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from analysis import catalog, sources
from analysis.download import copy_verified
from analysis.errors import TallyError

#: Outcome states; only FAILED makes ``fetch`` exit non-zero.
FETCHED, UP_TO_DATE, NOT_IN_MIRROR, PARTIAL, FAILED, SKIPPED = (
    "fetched", "up to date", "not in mirror", "partial", "failed", "skipped")


@dataclass
class Outcome:
    """What happened to one dataset."""

    dataset: str
    status: str
    written: list[Path] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return self.status == FAILED or bool(self.errors)


def _unwritable(dataset: str, dest: Path, exc: OSError) -> Outcome:
    """The outcome of a fetch whose folder cannot be written (read-only, full, or a file in its place)."""
    where = exc.filename or dest
    return Outcome(dataset, FAILED, errors=[f"{where}: cannot write the dataset's files here: "
                                            f"{exc.strerror or exc} (check the --raw-dir folder)"])


def implausible_fetch(dataset: str, folder: Path) -> list[str]:
    """What is implausible in the copy of ``dataset`` in ``folder``: its indicators for each country the catalog
    has sanity values for, set against them (:func:`analysis.datasets.implausible`), each problem naming the
    file. Empty when there is nothing to check or nothing wrong."""
    checks, _, _ = catalog.sanity(dataset)
    wanted = sorted({str(c["country"]) for c in checks})
    if not wanted or not sources.has_loader(dataset, "load_indicators"):
        return []
    from analysis import datasets

    module = sources.module_for(dataset)
    problems: list[str] = []
    for country in wanted:
        try:
            frame = module.load_indicators(dataset, country, folder)
        except TallyError as exc:
            problems.append(str(exc))
            continue
        problems += datasets.implausible(dataset, country, frame, folder)
    return problems


def _check_plausible(outcome: Outcome, folder: Path) -> Outcome:
    """Add the copy's implausible figures to ``outcome`` as errors (the loaders will not use it)."""
    if outcome.written:
        problems = implausible_fetch(outcome.dataset, folder)
        if problems:
            outcome.errors += [f"implausible figures, the copy will not be used (the reference tables are): {p}"
                               for p in problems]
            outcome.status = FAILED
    return outcome


def from_mirror(dataset: str, mirror: Path, raw: Path, *, force: bool = False) -> Outcome:
    """Copy dataset ``dataset``'s files from ``mirror`` into ``raw/<id>/``, verified; a folder that cannot be
    written is a failed outcome naming it, never a traceback."""
    dest = catalog.raw_dir(dataset, raw)
    try:
        return _check_plausible(_from_mirror(dataset, mirror, dest, force), dest)
    except OSError as exc:
        return _unwritable(dataset, dest, exc)


def _from_mirror(dataset: str, mirror: Path, dest: Path, force: bool) -> Outcome:
    outcome = Outcome(dataset, FETCHED)
    present = []
    for entry in catalog.files(dataset):
        source = Path(mirror) / entry["mirror_path"]
        target = dest / entry["name"]
        if not source.is_file():
            outcome.missing.append(entry["mirror_path"])
            continue
        present.append(target)
        if (not force and target.is_file() and target.stat().st_size == entry.get("bytes", target.stat().st_size)
                and catalog.sha256_file(target) == entry["sha256"]):
            continue
        try:
            copy_verified(source, target, sha256=entry["sha256"], size=entry.get("bytes"))
            outcome.written.append(target)
        except TallyError as exc:
            outcome.errors.append(str(exc))
    if outcome.errors:
        outcome.status = FAILED
    elif not present:
        outcome.status = NOT_IN_MIRROR
    elif outcome.missing:
        outcome.status = PARTIAL
    elif not outcome.written:
        outcome.status = UP_TO_DATE
    if present and not outcome.errors and not outcome.missing:
        catalog.write_manifest(dest, dataset, "mirror", mirror, present)
    return outcome


def from_publisher(dataset: str, raw: Path, *, progress: bool = True) -> Outcome:
    """Download dataset ``dataset`` from its publisher's endpoint into ``raw/<id>/``."""
    dest = catalog.raw_dir(dataset, raw)
    if not sources.module_name(dataset):
        return Outcome(dataset, SKIPPED, errors=[], missing=["no loader module (not downloadable)"])
    try:
        module = sources.module_for(dataset)
        written = module.download(dataset, dest, progress=progress)
    except TallyError as exc:
        return Outcome(dataset, FAILED, errors=[str(exc)])
    except OSError as exc:
        return _unwritable(dataset, dest, exc)
    except NotImplementedError as exc:
        return Outcome(dataset, SKIPPED, missing=[str(exc) or "no public download endpoint"])
    written = [Path(p) for p in written]
    if written:
        try:
            catalog.write_manifest(dest, dataset, "download",
                                   ", ".join(catalog.dataset(dataset)["download_urls"][:1]), written)
        except OSError as exc:
            return _unwritable(dataset, dest, exc)
    return _check_plausible(Outcome(dataset, FETCHED, written=written), dest)
