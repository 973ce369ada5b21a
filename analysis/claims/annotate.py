"""Helpers for hand annotation: place a figure's span by its text, not by counting.

An annotator writes a gold row with the ``surface`` (the number span, e.g.
"at least 14 civilians"), the figure's fields, and optionally ``occurrence``
(1 = the first time that surface appears in the body, 2 = the second, ...),
leaving ``start`` and ``end`` empty. :func:`resolve` finds the span in the
article body exactly as :mod:`analysis.claims.articles` reads it and fills in
the offsets; rows that already have offsets are checked against the body.

Gold files hold no article text: only ids, offsets, the short surface and
the annotated fields (see data/claims/README.md).

    python -m analysis.claims.annotate GOLD.csv [--articles PATH ...]

rewrites GOLD.csv in place (atomically) with offsets filled in.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import Iterable, Mapping

import pandas as pd

from analysis.errors import DataError

#: Columns of a gold annotation file.
GOLD_COLUMNS = [
    "article", "start", "end", "surface", "value", "value_low", "value_high",
    "qualifier", "unit", "metric", "attributed_to",
]


def load_bodies(sources: Iterable[str | Path], wanted: set[str] | None = None) -> dict[str, str]:
    """Body text of each article id in ``sources`` (only ``wanted`` ids if given)."""
    from analysis.claims.articles import iter_articles
    from analysis.errors import ArticleError

    out = {}
    for art in iter_articles(list(sources)):
        if isinstance(art, ArticleError):
            continue
        if wanted is None or art.id in wanted:
            out[art.id] = art.body
    return out


def find_span(body: str, surface: str, occurrence: int = 1) -> tuple[int, int] | None:
    """Offsets of the ``occurrence``-th appearance of ``surface`` in ``body`` (1-based).

    Only whole-word appearances count: "one" is not found inside "someone",
    nor "12" inside "2012".
    """
    left = r"(?<![A-Za-z0-9])" if surface[:1].isalnum() else ""
    right = r"(?![A-Za-z0-9])" if surface[-1:].isalnum() else ""
    hits = list(re.finditer(left + re.escape(surface) + right, body))
    if len(hits) < max(occurrence, 1):
        return None
    m = hits[max(occurrence, 1) - 1]
    return m.start(), m.end()


def resolve(gold: pd.DataFrame, bodies: Mapping[str, str], path: str | Path = "gold") -> pd.DataFrame:
    """Gold rows with ``start``/``end`` filled in from ``surface`` (and ``occurrence``).

    Rows with an empty ``surface`` mark an article read that holds no figure;
    they keep empty offsets. Raises :class:`DataError` naming the file and row
    when an article is unknown, a surface is not found, or given offsets do
    not reproduce the surface.
    """
    gold = gold.reset_index(drop=True).copy()
    occ = gold["occurrence"] if "occurrence" in gold else pd.Series([""] * len(gold))
    starts, ends = [], []
    for i, r in gold.iterrows():
        art, surface = str(r["article"]), str(r["surface"])
        if not surface or surface == "nan":
            starts.append(None)
            ends.append(None)
            continue
        body = bodies.get(art)
        if body is None:
            raise DataError(f"article {art!r} not found among the articles", path=path, row=i + 1, column="article")
        given = r.get("start")
        if given is not None and str(given) not in ("", "nan"):
            s, e = int(float(given)), int(float(r["end"]))
            if body[s:e] != surface:
                raise DataError(f"offsets {s}:{e} do not hold {surface!r}", path=path, row=i + 1, column="start")
        else:
            n = int(float(occ.iloc[i])) if str(occ.iloc[i]) not in ("", "nan") else 1
            span = find_span(body, surface, n)
            if span is None:
                raise DataError(f"{surface!r} (occurrence {n}) not in article {art}", path=path, row=i + 1, column="surface")
            s, e = span
        starts.append(s)
        ends.append(e)
    gold["start"] = pd.array(starts, dtype="Int64")
    gold["end"] = pd.array(ends, dtype="Int64")
    for col in GOLD_COLUMNS:
        if col not in gold:
            gold[col] = ""
    return gold[GOLD_COLUMNS]


def main(argv: list[str] | None = None) -> int:
    """Fill in the offsets of a gold file in place."""
    from analysis.atomic import atomic_open
    from analysis.claims.batch import default_article_sources

    parser = argparse.ArgumentParser(prog="python -m analysis.claims.annotate")
    parser.add_argument("gold")
    parser.add_argument("--articles", action="append")
    args = parser.parse_args(argv)
    gold = pd.read_csv(args.gold, dtype=str, keep_default_na=False)
    try:
        bodies = load_bodies(args.articles or default_article_sources(), set(gold["article"]))
        out = resolve(gold, bodies, args.gold)
    except DataError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    out = out.sort_values(["article", "start"], kind="stable")
    with atomic_open(args.gold, "w") as fh:
        out.to_csv(fh, index=False, lineterminator="\n")
    print(f"{len(out)} rows, {out['article'].nunique()} articles: {args.gold}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
