"""``python -m analysis check ARTICLE``: one article's figures checked against the data, as a report.

    python -m analysis check ARTICLE [--out DIR] [--country ISO3] [--formats ipynb,html,pdf]
                         [--raw-dir DIR] [--timeout SECONDS]

ARTICLE is an article file (.txt, .md, .html, with an optional header block)
or an http(s) URL. Only the argument parser lives at module level; the
handler imports :mod:`analysis.check.article_run`, which imports pandas and
the report builder (papermill, nbconvert, WeasyPrint) only when it needs them.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def handle(args: argparse.Namespace) -> int:
    """Check one article and build its report; print where the files are."""
    from analysis import paths
    from analysis.check.article_run import check_article

    started = time.perf_counter()
    # jsonschema imports its optional IRI-format checker when present: rfc3987_syntax compiles a grammar
    # at import (about 1 s here), for formats the notebook schema (nbformat) never uses. This process
    # builds one report and needs none of it.
    sys.modules.setdefault("rfc3987_syntax", None)  # type: ignore[arg-type]
    done = check_article(args.article, args.out, args.country, formats=args.formats,
                         raw=Path(args.raw_dir) if args.raw_dir else None, timeout=args.timeout, say=_say)
    for fmt, path in done.reports.items():
        print(f"{fmt}: {paths.relative(path)}")
    print(f"figures: {paths.relative(done.figures_csv)}")
    t = done.timings
    check = sum(t.get(k, 0.0) for k in ("extract", "check", "write inputs"))
    alongside = sum(t.get(k, 0.0) for k in ("kernel start", "builder imports"))
    build = ", ".join(f"{k[len('build: '):].replace('notebook execute', 'notebook')} {v:.1f}"
                      for k, v in t.items() if k.startswith("build: ") and k != "build: publish")
    _say(f"done in {time.perf_counter() - started:.1f} s: read {t.get('read', 0.0):.1f} s, extract and check "
         f"{check:.1f} s (alongside kernel start and imports {alongside:.1f} s), report {t.get('build', 0.0):.1f} s "
         f"({build})")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``check`` to the top-level parser."""
    p = sub.add_parser(
        "check", help="check one article (file or URL): its figures beside the data, as a one-page report",
        description="Read an article file or fetch an http(s) page, extract every reported figure, set each "
                    "beside the comparable dataset figure (as `claims check` does) and build a report: "
                    "<out>/article_check-<id>.ipynb, .html and .pdf, with article.json (what the report "
                    "reads) and figures.csv (the check table). Nothing is written to the claims ledger "
                    "or data/exports.")
    p.add_argument("article", metavar="ARTICLE", help="article file (.txt, .md, .html) or http(s) URL")
    p.add_argument("--out", default=None, metavar="DIR",
                   help="output folder (default reports/articles/<article id>/)")
    p.add_argument("--country", default=None, metavar="ISO3",
                   help="country of figures whose place names none (default: as `claims check` decides)")
    p.add_argument("--formats", default=None, metavar="LIST",
                   help="comma-separated subset of ipynb,html,pdf (default all three)")
    p.add_argument("--raw-dir", metavar="DIR", help="fetched data (default data/raw or $TALLY_RAW)")
    p.add_argument("--timeout", type=float, default=15.0, metavar="SECONDS",
                   help="seconds to wait for a URL's server, per connection and read (default 15)")
    p.set_defaults(handler=handle)
