"""Extracting a batch of articles: every article read, each failure reported in one line, none stopping the rest.

:func:`run_extraction` is what ``claims extract``, ``claims build``, the claims
table of the reports (an ``articles`` parameter) and the cluster tests share;
:func:`default_article_sources` is where the ledger's articles are looked up.
"""

from __future__ import annotations

import sys
import warnings
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable

from analysis import paths

if TYPE_CHECKING:
    import pandas as pd


def default_article_sources() -> list[Path]:
    """Where ``claims build`` reads articles when no ``--articles`` is given.

    The project's articles directory (``data/articles/``, git-ignored) and,
    when present, the shared articles beside the project
    (``../shared/articles/``: its text files, e.g. the seed, plus the FA-KES
    corpus table ``fakes/fakes.csv``). Directories are walked for .txt, .md
    and .html files (README/SOURCE files skipped); a corpus CSV is read only
    when named, so the FA-KES annotation tables, which repeat the same texts,
    are left out.
    """
    out = []
    if paths.ARTICLES.is_dir():
        out.append(paths.ARTICLES)
        out.extend(sorted(p for p in paths.ARTICLES.glob("*.csv") if p.is_file()))
    shared = paths.SHARED_ARTICLES
    if shared.is_dir():
        out.append(shared)
        fakes = shared / "fakes" / "fakes.csv"
        if fakes.is_file():
            out.append(fakes)
    return out


def to_stderr(message: str) -> None:
    """Print one line of a batch's report on standard error."""
    print(message, file=sys.stderr, flush=True)


def run_extraction(sources: Iterable[str | Path], *, progress: bool = True,
                   say: Callable[[str], None] = to_stderr) -> tuple[pd.DataFrame, dict[str, dict[str, str]], int, int]:
    """Extract every article in ``sources``; report each problem in one line through ``say``.

    Returns ``(claims, meta, failed, read)``: the claims frame
    (:func:`~analysis.claims.extract.claims_frame`: CLAIM_COLUMNS plus ``repeat_of``), each article's url/outlet/date
    by id, the number of articles that failed (unreadable or extraction
    raised) and the number read. Warnings (e.g. text not UTF-8) are reported, not counted as failures.
    """
    from tqdm import tqdm

    from analysis.claims.articles import ArticleWarning, iter_articles
    from analysis.claims.extract import claims_frame, extract_article
    from analysis.claims.ledger import article_meta
    from analysis.errors import ArticleError

    rows: list[dict] = []
    articles = []
    failed = 0
    bar = tqdm(desc="articles", unit=" art", file=sys.stderr, disable=None if progress else True, leave=False)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ArticleWarning)
        for item in iter_articles(list(sources)):
            bar.update(1)
            if isinstance(item, ArticleError):
                failed += 1
                bar.clear()
                say(f"error: {item}")
                continue
            for note in item.warnings:
                bar.clear()
                say(f"warning: {note}")
            try:
                found = extract_article(item)
            except Exception as exc:  # one article's failure must not stop the batch
                failed += 1
                bar.clear()
                say(f"error: {item.path or item.id}: article {item.id}: extraction failed: {type(exc).__name__}: {exc}")
                continue
            articles.append(item)
            rows.extend(found)
    bar.close()
    return claims_frame(rows), article_meta(articles), failed, len(articles)
