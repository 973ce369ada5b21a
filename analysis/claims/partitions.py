"""Claims extraction of large corpora in partitions: in-process or on a Dask cluster.

A corpus is a table (CSV or Parquet, one article per row, with text, id,
date, outlet, URL and title columns; the FA-KES layout is the default
mapping, :data:`~analysis.claims.articles.CORPUS_COLUMNS`) or a directory
tree of article files. The driver reads it in partitions of
``partition_size`` rows (pandas ``chunksize`` for CSV, pyarrow batches for
Parquet, slices of the sorted file list for a tree), so memory stays bounded
by the partitions in flight, never the whole corpus.

Each partition is one pure task: it turns its rows into
:class:`~analysis.claims.articles.Article` objects exactly as
:func:`~analysis.claims.articles.iter_corpus` does (same ids
``<stem>-<row>-<unit_id>``, mojibake repaired, dates parsed), extracts the
claims and writes ``part-NNNNN.parquet`` into the output folder atomically.
Article ids are decided by the driver over every file of the run (a name
that two files share is made unique as :mod:`analysis.claims.article_ids`
says) and travel with the partition, so they equal the plain extraction's.
Its output depends only on its input, so a task that ran on a worker that was
killed is simply run again (Dask does this) and writes the same file.

When every partition is written, the driver removes parts of an earlier run
that this run did not write, writes ``_SUCCESS`` (a JSON manifest: parts,
rows, articles, errors) and, when asked, the whole ledger as one CSV, read
back part by part in partition order. Rows keep the input order (partition,
then article, then offset), so the three modes give identical files.

    run(paths, out_dir, scheduler=None | "local" | "tcp://host:port", partition_size=2000, csv_out=None)
"""

from __future__ import annotations

import json
import sys
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Mapping, Sequence

import pandas as pd

from analysis.atomic import atomic_open, atomic_path, write_text
from analysis.claims.articles import (
    ARTICLE_SUFFIXES,
    CORPUS_COLUMNS,
    CORPUS_SUFFIXES,
    Article,
    corpus_columns,
    corpus_row,
    iter_articles,
    parquet_batches,
    source_ids,
)
from analysis.errors import ArticleError, ParameterError

#: Rows (or files) per partition unless told otherwise.
PARTITION_SIZE = 2000
#: Partitions the driver keeps in flight at once on a cluster (per worker thread, at least this many).
IN_FLIGHT = 4
SUCCESS = "_SUCCESS"
ROLES = tuple(CORPUS_COLUMNS)


@dataclass
class Partition:
    """One unit of work: rows of a corpus table, or a list of article files."""

    index: int
    source: str                         # the corpus file or directory, as given
    offset: int = 0                     # 0-based number of the first row (tables)
    rows: list[dict[str, str]] | None = None
    columns: dict[str, str | None] = field(default_factory=dict)
    files: list[str] | None = None
    ids: list[str] | None = None        # each file's article id, decided over the whole run
    prefix: str | None = None           # the table's id prefix, decided over the whole run


@dataclass
class PartResult:
    """What a partition task did (small: this is what travels back to the driver)."""

    index: int
    path: str
    claims: int
    articles: int
    errors: list[str]


# --- reading in partitions ---------------------------------------------------------------------

def parse_columns(text: str | None) -> dict[str, str]:
    """``body=text,key=id,...`` (``--columns``) as a mapping role -> column name; roles are checked."""
    out: dict[str, str] = {}
    for item in (text or "").split(","):
        if not item.strip():
            continue
        role, sep, col = item.partition("=")
        role = role.strip()
        if not sep or role not in ROLES or not col.strip():
            raise ParameterError(f"--columns {item.strip()!r}: expected ROLE=COLUMN with ROLE one of {', '.join(ROLES)}")
        out[role] = col.strip()
    return out


def _table_chunks(path: Path, size: int) -> Iterator[pd.DataFrame]:
    if path.suffix.lower() == ".csv":
        yield from pd.read_csv(path, dtype=str, keep_default_na=False, chunksize=size, encoding="utf-8",
                               encoding_errors="replace")
        return
    yield from parquet_batches(path, size)


def iter_partitions(sources: Iterable[str | Path], size: int = PARTITION_SIZE,
                    columns: Mapping[str, str] | None = None) -> Iterator[Partition | ArticleError]:
    """Partitions of every source, lazily; a source that cannot be read is one ArticleError item."""
    if size < 1:
        raise ParameterError(f"--partition-size {size}: must be at least 1")
    sources = list(sources)
    # every file of the run is listed first: article ids must be unique across all of them
    listed = {str(s): _walk(Path(s)) if Path(s).is_dir() else [Path(s)] for s in sources}
    ids = source_ids([f for files in listed.values() for f in files])
    index = 0
    for source in sources:
        path = Path(source)
        shown = str(source)
        if path.is_dir():
            files = [str(p) for p in listed[shown]]
            for start in range(0, len(files), size):
                chunk = files[start:start + size]
                yield Partition(index, shown, offset=start, files=chunk, ids=[ids[Path(f).resolve()] for f in chunk])
                index += 1
            continue
        if path.suffix.lower() not in CORPUS_SUFFIXES:
            # one article file: read (and checked) by the task
            yield Partition(index, shown, files=[shown], ids=[ids.get(path.resolve(), path.stem)])
            index += 1
            continue
        if not path.is_file():
            yield ArticleError("no such file or directory", path=shown)
            continue
        offset = 0
        try:
            for chunk in _table_chunks(path, size):
                roles = corpus_columns(list(chunk.columns), shown, columns)
                yield Partition(index, shown, offset=offset, rows=chunk.to_dict("records"), columns=roles,
                                prefix=ids.get(path.resolve()))
                index += 1
                offset += len(chunk)
        except ArticleError as exc:
            yield exc
        except (ValueError, OSError, pd.errors.ParserError) as exc:
            yield ArticleError(f"cannot read corpus table: {exc}", path=shown)


def _walk(folder: Path) -> list[Path]:
    """Article files of a directory tree, in the order :func:`iter_articles` reads them."""
    out = []
    for child in sorted(folder.rglob("*")):
        rel = child.relative_to(folder).parts
        if any(part.startswith(".") for part in rel) or not child.is_file():
            continue
        if child.suffix.lower() in ARTICLE_SUFFIXES and child.stem.lower() not in {"readme", "source", "licence",
                                                                                    "license", "notes"}:
            out.append(child)
    return out


def row_articles(part: Partition) -> Iterator[Article | ArticleError]:
    """The partition's rows as Articles, built by :func:`~analysis.claims.articles.corpus_row` as
    :func:`~analysis.claims.articles.iter_corpus` builds them."""
    stem = part.prefix or Path(part.source).stem
    for i, row in enumerate(part.rows or []):
        yield corpus_row(row, part.offset + i, part.columns, part.source, stem)


# --- the task ----------------------------------------------------------------------------------

def part_name(index: int) -> str:
    """File name of partition ``index``'s output."""
    return f"part-{index:05d}.parquet"


def extract_partition(part: Partition, out_dir: str) -> PartResult:
    """Extract one partition's claims into ``out_dir/part-NNNNN.parquet`` (atomic; pure and idempotent)."""
    import warnings

    from analysis.claims.articles import ArticleWarning
    from analysis.claims.extract import claims_frame, extract_article

    errors: list[str] = []
    rows: list[dict] = []
    metas: list[Article] = []
    articles = 0
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ArticleWarning)
        if part.rows is not None:
            items = row_articles(part)
        else:
            files = part.files or []
            items = iter_articles(files, ids={Path(f).resolve(): i for f, i in zip(files, part.ids or [])} or None)
        for item in items:
            if isinstance(item, ArticleError):
                errors.append(str(item))
                continue
            try:
                found = extract_article(item)
            except Exception as exc:  # noqa: BLE001 - one article's failure must not stop the partition
                errors.append(f"{item.path or item.id}: article {item.id}: extraction failed: {type(exc).__name__}: {exc}")
                continue
            articles += 1
            metas.append(item)
            rows.extend(found)
    frame = with_meta(claims_frame(rows), metas)
    target = Path(out_dir) / part_name(part.index)
    target.parent.mkdir(parents=True, exist_ok=True)
    with atomic_path(target) as tmp:
        frame.to_parquet(tmp, index=False, engine="pyarrow")
    return PartResult(part.index, str(target), len(frame), articles, errors)


#: Article columns each part carries beside the claim columns, so that a part can be checked on its own
#: (the claim check needs the article's date); :func:`read_parts` and :func:`write_csv` leave them out.
META_COLUMNS = ["url", "outlet", "date", "date_note"]


def with_meta(frame: pd.DataFrame, articles: Sequence[Article]) -> pd.DataFrame:
    """``frame`` (claims) with each row's article URL, outlet, date (at its precision) and date note."""
    from analysis.claims.ledger import article_meta

    meta = article_meta(articles)
    ids = frame["article"].astype(str)
    out = frame.copy()
    for col in META_COLUMNS:
        out[col] = ids.map(lambda a, c=col: meta.get(a, {}).get(c, "")).astype(str)
    return out


# --- running -------------------------------------------------------------------------------------

def _run_parts(parts: Iterable[Partition | ArticleError], out_dir: Path, scheduler: str | None,
               workers: int | None, on_error: Callable[[str], None],
               on_done: Callable[[PartResult], None] = lambda r: None) -> list[PartResult]:
    results: list[PartResult] = []

    def done(result: PartResult) -> None:
        results.append(result)
        on_done(result)

    if not scheduler:
        for part in parts:
            if isinstance(part, ArticleError):
                on_error(str(part))
                continue
            done(extract_partition(part, str(out_dir)))
        return results
    from distributed import as_completed

    from analysis.cluster import client as dask_client

    run_id = uuid.uuid4().hex[:12]
    with dask_client(scheduler, workers) as client:
        threads = max(1, sum(client.nthreads().values()))
        window = max(IN_FLIGHT, 2 * threads)
        pending = as_completed()
        for part in parts:
            if isinstance(part, ArticleError):
                on_error(str(part))
                continue
            pending.add(client.submit(extract_partition, part, str(out_dir), key=f"tally-extract-{run_id}-{part.index}",
                                      retries=2))
            while pending.count() >= window:
                done(next(pending).result())
        for future in pending:
            done(future.result())
    return results


def run(sources: Sequence[str | Path], out_dir: str | Path, *, scheduler: str | None = None,
        partition_size: int = PARTITION_SIZE, columns: Mapping[str, str] | None = None,
        csv_out: str | Path | None = None, workers: int | None = None,
        on_error: Callable[[str], None] = lambda s: print(f"error: {s}", file=sys.stderr),
        progress: bool = False) -> dict[str, Any]:
    """Extract every article of ``sources`` into partitioned Parquet in ``out_dir`` (and ``csv_out``).

    ``scheduler``: None (in-process), ``"local"`` (a LocalCluster of worker
    processes, ``workers`` of them) or a Dask scheduler address. Returns the
    ``_SUCCESS`` manifest as a dict (``failed`` counts unreadable sources, rows
    and articles whose extraction raised; each is also passed to ``on_error``).
    """
    if scheduler:
        from analysis.cluster import check_scheduler

        check_scheduler(scheduler)
    out_dir = Path(out_dir).resolve()
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / SUCCESS).unlink(missing_ok=True)
    source_errors: list[str] = []

    def _source_error(message: str) -> None:
        source_errors.append(message)
        on_error(message)

    from tqdm import tqdm

    parts = iter_partitions(sources, partition_size, columns)
    with tqdm(desc="articles", unit=" art", file=sys.stderr, disable=None if progress else True,
              leave=False) as bar:
        results = _run_parts(parts, out_dir, scheduler, workers, _source_error,
                             on_done=lambda r: bar.update(r.articles + len(r.errors)))
    results.sort(key=lambda r: r.index)
    for r in results:
        for message in r.errors:
            on_error(message)
    written = {Path(r.path).name for r in results}
    for old in out_dir.glob("part-*.parquet"):
        if old.name not in written:
            old.unlink()
    manifest = {
        "sources": [str(s) for s in sources], "partition_size": partition_size,
        "parts": [{"file": Path(r.path).name, "claims": r.claims, "articles": r.articles} for r in results],
        "claims": sum(r.claims for r in results), "articles": sum(r.articles for r in results),
        "failed": len(source_errors) + sum(len(r.errors) for r in results),
    }
    if csv_out is not None:
        write_csv([out_dir / Path(r.path).name for r in results], csv_out)
    write_text(out_dir / SUCCESS, json.dumps(manifest, indent=1) + "\n")
    return manifest


def finished_parts(out_dir: str | Path, marker: str = SUCCESS, what: str = "the extraction") -> list[Path]:
    """The part files a finished run lists in its manifest ``marker``, in order; a DataError if unfinished."""
    out_dir = Path(out_dir)
    done = out_dir / marker
    if not done.is_file():
        from analysis.errors import DataError

        raise DataError(f"no {marker}: {what} did not finish", path=str(out_dir))
    return [out_dir / p["file"] for p in json.loads(done.read_text(encoding="utf-8")).get("parts", [])]


def read_parts(out_dir: str | Path) -> pd.DataFrame:
    """The ledger of a finished run (``_SUCCESS`` present), parts in partition order."""
    frames = [_claims_only(pd.read_parquet(f)) for f in finished_parts(out_dir)]
    if not frames:
        from analysis.claims.extract import extract_articles

        return extract_articles([])
    return pd.concat(frames, ignore_index=True)


def _claims_only(frame: pd.DataFrame) -> pd.DataFrame:
    """A part without its article columns (:data:`META_COLUMNS`); a part written before them is unchanged."""
    return frame[[c for c in frame.columns if c not in META_COLUMNS]]


def write_csv(part_files: Sequence[Path], target: str | Path) -> None:
    """One CSV of the parts, read one at a time (bounded memory), written atomically."""
    from analysis.claims.extract import extract_articles

    with atomic_open(target, "w") as fh:
        if not part_files:
            extract_articles([]).to_csv(fh, index=False, lineterminator="\n", float_format="%.10g")
        for i, f in enumerate(part_files):
            _claims_only(pd.read_parquet(f)).to_csv(fh, index=False, header=(i == 0), lineterminator="\n",
                                                    float_format="%.10g")
