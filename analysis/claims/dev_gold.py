"""The development corpus's annotation format: one gold figure per row, placed by a snippet.

``../shared/articles/dev/claims.csv`` (rules in that folder's README) has the
columns :data:`SNIPPET_COLUMNS` and no character offsets: ``sentence_snippet``
is a verbatim piece of the article body, whitespace collapsed, that contains
the figure. :func:`locate` finds each snippet in the body exactly as
:func:`analysis.claims.articles.read_article` reads it (so offsets agree with
the extractor's) and then the figure's own number inside it:

* whitespace runs (spaces, line breaks, no-break spaces) in the body match
  one space of the snippet;
* a snippet that appears more than once: the n-th gold row with the same
  article, snippet, metric and numbers (a figure annotated again because the
  text repeats it) takes the n-th appearance; otherwise the first;
* inside the snippet, each row takes the first written number
  (:mod:`analysis.claims.written_numbers`) equal to one of its numbers that no
  earlier row of the same snippet took; failing that, one another row took,
  except for a singular 1 ("her husband" has no numeral of its own). A row
  whose number is not written in its snippet keeps the snippet's span and
  ``figure_form`` empty.

The article of a row is the file ``NNN_<slug>.txt`` (or ``.md``/``.html``) in the
articles folder whose leading number is ``article_id`` (a file stem also works).
A row whose article file or snippet cannot be found stops with a
:class:`~analysis.errors.DataError` naming the gold file, the row (data rows
counted from 1) and the article file.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Iterable, Mapping

import pandas as pd

from analysis.claims.dev_score import article_key, figure_numbers, prepare_gold, text
from analysis.claims.written_numbers import find_numbers, same_number
from analysis.errors import DataError
from analysis.text_tables import read_text_csv

#: Columns of the snippet-based annotation table.
SNIPPET_COLUMNS = [
    "article_id", "sentence_snippet", "value", "value_low", "value_high", "qualifier", "unit", "metric",
    "attributed_to", "place", "period", "note",
]
#: Columns that must be present for the table to be read.
REQUIRED_COLUMNS = ["article_id", "sentence_snippet", "metric", "value"]
ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")
_SKIPPED_STEMS = {"readme", "source", "licence", "license"}


def is_snippet_table(columns: Iterable[str]) -> bool:
    """Whether a table with these columns is in the snippet format (``article_id`` and ``sentence_snippet``)."""
    cols = set(columns)
    return {"article_id", "sentence_snippet"} <= cols


def read_gold(path: str | Path) -> pd.DataFrame:
    """The snippet-format gold table as text cells, with the scoring columns of :func:`prepare_gold`.

    Adds ``row`` (data rows counted from 1). Raises :class:`DataError` naming
    the file when it is missing, unreadable or lacks a needed column.
    """
    gold = read_text_csv(path, REQUIRED_COLUMNS, hint=f"snippet format: {', '.join(SNIPPET_COLUMNS)}")
    for col in SNIPPET_COLUMNS:
        if col not in gold:
            gold[col] = ""
    gold = prepare_gold(gold.reset_index(drop=True))
    gold["row"] = range(1, len(gold) + 1)
    return gold


def article_files(folder: str | Path) -> dict[str, Path]:
    """Article files of a folder by the id gold rows use (``300`` for ``300_slug.txt``)."""
    out: dict[str, Path] = {}
    for p in sorted(Path(folder).iterdir()):
        if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES and p.stem.lower() not in _SKIPPED_STEMS:
            out.setdefault(article_key(p.stem), p)
    return out


def read_bodies(keys: Iterable[str], folder: str | Path, gold_path: str | Path = "gold",
                rows: Mapping[str, int] | None = None) -> dict[str, tuple[Path, str]]:
    """Path and body of each article key, read with ``read_article``.

    ``rows`` gives the first gold row naming each key, for the error message
    when an article file is missing.
    """
    import warnings

    from analysis.claims.articles import ArticleWarning, read_article

    files = article_files(folder)
    out = {}
    for key in dict.fromkeys(keys):
        path = files.get(key)
        if path is None:
            raise DataError(f"no article file for article {key!r} in {folder} (looked for {key}_*.txt and {key}.txt)",
                            path=gold_path, row=(rows or {}).get(key), column="article_id")
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ArticleWarning)  # header notes (e.g. a month-precision date): not ours here
            out[key] = (path, read_article(path).body)
    return out


def collapse(body: str) -> tuple[str, list[int]]:
    """``body`` with each whitespace run made one space, and each collapsed character's offset in ``body``."""
    parts, where, i = [], [], 0
    for m in re.finditer(r"\s+", body):
        parts.append(body[i:m.start()])
        where.extend(range(i, m.start()))
        parts.append(" ")
        where.append(m.start())
        i = m.end()
    parts.append(body[i:])
    where.extend(range(i, len(body)))
    return "".join(parts), where


def _appearances(haystack: str, needle: str) -> list[int]:
    out, i = [], haystack.find(needle)
    while i >= 0:
        out.append(i)
        i = haystack.find(needle, i + 1)
    return out


def locate(gold: pd.DataFrame, bodies: Mapping[str, tuple[Path, str]], gold_path: str | Path = "gold") -> pd.DataFrame:
    """Gold rows with their spans in the article body (rules in the module docstring).

    Adds ``snippet_start``, ``snippet_end``, ``snippet_hits`` (appearances of
    the snippet), ``start``/``end`` (the figure's number, or the snippet when
    the number is not written in it) and ``figure_form`` (its written form, see
    :data:`analysis.claims.written_numbers.FORMS`, or "").
    """
    gold = gold.copy()
    collapsed = {key: collapse(body) for key, (_, body) in bodies.items()}
    seen: dict[tuple, int] = {}
    taken: dict[tuple[str, int], set[int]] = {}
    numerals: dict[tuple[str, int], list] = {}
    cols = {c: [] for c in ("snippet_start", "snippet_end", "snippet_hits", "start", "end", "figure_form")}
    problems = []
    for i, r in enumerate(gold.to_dict("records")):
        key = r["key"] if "key" in r else article_key(r["article_id"])
        snippet = " ".join(text(r["sentence_snippet"]).split())
        path, body = bodies[key]
        flat, where = collapsed[key]
        hits = _appearances(flat, snippet) if snippet else []
        if not hits:
            problems.append((i, f"snippet not found in {path}: {snippet[:70]!r}" if snippet else "empty snippet"))
            for c in cols:
                cols[c].append(None if c != "figure_form" else "")
            continue
        numbers = figure_numbers(r)
        ident = (key, snippet, text(r["metric"]), numbers)
        n = seen.get(ident, 0)
        seen[ident] = n + 1
        c0 = hits[min(n, len(hits) - 1)]
        s, e = where[c0], where[c0 + len(snippet) - 1] + 1
        span = (key, s)
        if span not in numerals:
            numerals[span] = find_numbers(body[s:e])
            taken[span] = set()
        matches = [k for k, w in enumerate(numerals[span]) if any(same_number(w.value, v) for v in numbers)]
        free = [k for k in matches if k not in taken[span]]
        singular = numbers == frozenset({1.0})
        pick = free[0] if free else (matches[0] if matches and not singular else None)
        cols["snippet_start"].append(s)
        cols["snippet_end"].append(e)
        cols["snippet_hits"].append(len(hits))
        if pick is None:
            cols["start"].append(s)
            cols["end"].append(e)
            cols["figure_form"].append("")
        else:
            taken[span].add(pick)
            w = numerals[span][pick]
            cols["start"].append(s + w.start)
            cols["end"].append(s + w.end)
            cols["figure_form"].append(w.form)
    if problems:
        i, message = problems[0]
        more = f" ({len(problems) - 1} more rows not found)" if len(problems) > 1 else ""
        raise DataError(message + more, path=gold_path, row=i + 1, column="sentence_snippet")
    for c, values in cols.items():
        gold[c] = pd.array(values, dtype="Int64") if c not in ("figure_form",) else values
    return gold


def load(gold_path: str | Path, articles: str | Path | None = None) -> tuple[pd.DataFrame, dict[str, tuple[Path, str]]]:
    """Read a snippet-format gold table and locate every row in its articles.

    ``articles`` is the folder of article files (default: the gold file's
    folder). Returns the located gold frame and ``{article id: (path, body)}``.
    """
    gold = read_gold(gold_path)
    folder = Path(articles) if articles else Path(gold_path).parent
    first_rows = {}
    for key, row in zip(gold["key"], gold["row"]):
        first_rows.setdefault(key, int(row))
    bodies = read_bodies(gold["key"], folder, gold_path, first_rows)
    return locate(gold, bodies, gold_path), bodies
