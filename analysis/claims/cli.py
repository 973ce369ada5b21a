"""Subcommands of the claims area: extract, build, evaluate, show.

    python -m analysis claims extract PATH [PATH ...] --out FILE.csv
                 [--parquet DIR] [--scheduler local|tcp://HOST:PORT] [--partition-size N] [--columns ROLE=COL,...]
    python -m analysis claims build [--articles PATH ...] [--ledger FILE] [--reviews FILE]
    python -m analysis claims evaluate GOLD.csv PRED.csv [--spans] [--errors] [--articles DIR]
    python -m analysis claims show [CLAIM_ID] [--article ID] [--ledger FILE] [--articles PATH ...]

A problem with one article (empty, binary, unreadable, or extraction failing)
is printed as one line naming the file and the rest are still processed; the
exit code is 1 when any article failed, 0 otherwise. Outputs are written
atomically. Heavy imports happen inside the handlers.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from analysis import paths
from analysis.claims.batch import default_article_sources, run_extraction
from analysis.claims.batch import to_stderr as _say


# --------------------------------------------------------------------------
# Handlers
# --------------------------------------------------------------------------

def _extract(args: argparse.Namespace) -> int:
    from analysis.atomic import atomic_open

    if getattr(args, "scheduler", None) or getattr(args, "parquet", None):
        return _extract_partitioned(args)
    claims, _meta, failed, read = run_extraction(args.paths, progress=not args.no_progress)
    with atomic_open(args.out, "w") as fh:
        claims.to_csv(fh, index=False, lineterminator="\n", float_format="%.10g")
    _say(f"{len(claims)} figures from {read} articles written to {args.out}" + (f"; {failed} failed" if failed else ""))
    return 1 if failed else 0


def _extract_partitioned(args: argparse.Namespace) -> int:
    """``extract --parquet DIR`` / ``--scheduler``: partitioned, in-process or on Dask (analysis.claims.partitions)."""
    from analysis.claims import partitions

    out_dir = Path(args.parquet) if args.parquet else Path(args.out).with_suffix(".parts")
    summary = partitions.run(args.paths, out_dir, scheduler=args.scheduler, partition_size=args.partition_size,
                             columns=partitions.parse_columns(args.columns), csv_out=args.out, workers=args.workers,
                             progress=not args.no_progress)
    failed = summary["failed"]
    _say(f"{summary['claims']} figures from {summary['articles']} articles written to {args.out} and "
         f"{len(summary['parts'])} Parquet parts in {out_dir}" + (f"; {failed} failed" if failed else ""))
    return 1 if failed else 0


def _build(args: argparse.Namespace) -> int:
    from analysis.claims.ledger import build_ledger, write_ledger
    from analysis.claims.reviews import apply_reviews, load_reviews

    sources = args.articles or default_article_sources()
    if not sources:
        _say(f"warning: no articles found (looked in {paths.relative(paths.ARTICLES)} and {paths.SHARED_ARTICLES})")
    reviews = load_reviews(args.reviews)  # read first: a broken reviews file stops before any work
    claims, meta, failed, read = run_extraction(sources, progress=not args.no_progress)
    ledger = build_ledger(claims, meta)
    ledger, report = apply_reviews(ledger, reviews, args.reviews)
    write_ledger(ledger, args.ledger)
    for line in report.warnings(args.reviews):
        _say(f"warning: {line}")
    counts = ledger["review"].replace("", "unreviewed").value_counts()
    states = ", ".join(f"{n} {k}" for k, n in counts.items())
    _say(
        f"{len(ledger)} figures from {read} articles written to {args.ledger} ({states}); "
        f"{report.applied} review decisions applied, {len(report.orphans)} orphaned"
        + (f"; {failed} articles failed" if failed else "")
    )
    return 1 if failed else 0


def _read_table(path: str, needed: list[str]):
    import pandas as pd

    from analysis.text_tables import read_text_csv

    frame = read_text_csv(path, needed)
    for col in ("value", "value_low", "value_high", "start", "end"):
        if col in frame:
            frame[col] = pd.to_numeric(frame[col].replace("", None), errors="coerce")
    return frame


def _gold_columns(path: str) -> list[str]:
    """The header of a gold CSV (empty when the file cannot be read: the readers then name the problem)."""
    import csv

    try:
        with open(path, newline="", encoding="utf-8") as fh:
            return next(csv.reader(fh), [])
    except (OSError, UnicodeDecodeError, csv.Error):
        return []


def _evaluate(args: argparse.Namespace) -> int:
    from analysis.claims import evaluate as ev
    from analysis.claims.dev_gold import is_snippet_table

    if is_snippet_table(_gold_columns(args.gold)):
        return _evaluate_snippets(args)
    needed = ["article", "metric", "value"] + (["start", "end"] if args.spans else [])
    gold = _read_table(args.gold, needed)
    pred = _read_table(args.pred, needed)
    print(f"gold: {args.gold} ({gold['article'].nunique()} articles)  predictions: {args.pred}")
    print(ev.format_scores(ev.score(gold, pred)))
    if args.spans:
        s = ev.spans(gold, pred).iloc[0]
        print(
            f"spans of matched figures: {s['matched']} matched, {s['same_span']} same span, "
            f"{s['overlapping']} overlapping, {s['disjoint']} elsewhere in the article"
        )
    if args.errors:
        errs = ev.errors(gold, pred)
        print(f"unmatched figures ({len(errs)}):")
        for r in errs.itertuples():
            print(f"  {r.article:<28} {r.metric:<11} {r.value:>12,.10g}  gold {r.gold}  predicted {r.pred}")
    return 0


def _evaluate_snippets(args: argparse.Namespace) -> int:
    """``evaluate`` with snippet-format gold (the development corpus): strict and family scores, error table."""
    from analysis.claims import dev_evaluate

    pred = dev_evaluate.read_predictions(args.pred)
    result = dev_evaluate.evaluate(args.gold, pred, args.articles)
    print(f"gold: {args.gold}  predictions: {args.pred}")
    print(dev_evaluate.format_text(result, errors=args.errors, spans=args.spans))
    return 0


#: Terminal control characters (escape sequences, carriage returns, bells...), never printed as they are.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def terminal_safe(text: object) -> str:
    """``text`` with every control character shown as ``\\xNN``: an article or a ledger cell cannot move the
    cursor, recolour or clear the terminal (ANSI escape codes) when shown."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", str(text))


def _show(args: argparse.Namespace) -> int:
    from analysis.claims.ledger import context, load_ledger
    from analysis.errors import DataError

    ledger = load_ledger(args.ledger)
    sources = args.articles or default_article_sources()
    if args.claim_id:
        hit = ledger[ledger["claim_id"] == args.claim_id]
        if hit.empty:
            raise DataError(f"no claim with id {args.claim_id!r}", path=args.ledger, column="claim_id")
        row = hit.iloc[0]
        for col, val in row.items():
            print(f"{col:>14}: {'' if (isinstance(val, float) and val != val) else terminal_safe(val)}")
        sentence = context(row.to_dict(), sources)
        shown = terminal_safe(sentence) if sentence is not None else "(article file not available here)"
        print(f"{'context':>14}: {shown}")
        return 0
    rows = ledger if not args.article else ledger[ledger["article"] == args.article]
    for r in rows.head(args.limit).itertuples():
        flag = f" [{r.review}]" if r.review else ""
        value = "" if r.value != r.value else f"{r.value:,.0f}" if float(r.value).is_integer() else f"{r.value:,}"
        print(terminal_safe(f"{r.claim_id}  {r.article:<28} {r.metric:<10} {value:>12}  {r.surface}{flag}"))
    if len(rows) > args.limit:
        print(f"... {len(rows) - args.limit} more (use --limit)")
    print(f"{len(rows)} figures; by metric: " + ", ".join(f"{k} {n}" for k, n in rows["metric"].value_counts().items()))
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``claims extract|build|evaluate|show`` to the top-level parser."""
    claims = sub.add_parser("claims", help="extract, build, evaluate and show the claims ledger")
    csub = claims.add_subparsers(dest="claims_command", metavar="ACTION")
    csub.required = True

    p = csub.add_parser("extract", help="extract every reported figure from articles into a CSV")
    p.add_argument("paths", nargs="+", metavar="PATH", help="article files, directories or corpus tables (CSV or Parquet)")
    p.add_argument("--out", required=True, metavar="FILE.csv", help="output CSV (one row per figure)")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.add_argument("--parquet", metavar="DIR", help="also write the claims as partitioned Parquet into DIR "
                   "(part-NNNNN.parquet, then _SUCCESS); reads corpus tables in partitions")
    p.add_argument("--scheduler", metavar="ADDRESS", help="run the partitions on a Dask cluster: 'local' starts "
                   "one on this machine, tcp://host:port uses a running scheduler (default: in-process)")
    p.add_argument("--partition-size", type=int, default=2000, metavar="N", help="rows or files per partition (default 2000)")
    p.add_argument("--workers", type=int, default=None, metavar="N", help="worker processes of --scheduler local")
    p.add_argument("--columns", default="", metavar="ROLE=COL,...", help="corpus table columns, e.g. "
                   "body=text,key=id,date=published,outlet=site,url=link,title=headline (default: FA-KES names)")
    p.set_defaults(handler=_extract)

    p = csub.add_parser("build", help="rebuild the ledger from the articles and apply the reviews")
    p.add_argument("--articles", action="append", metavar="PATH",
                   help="article file, directory or corpus CSV (repeatable; default: data/articles/ and ../shared/articles/)")
    p.add_argument("--ledger", default=str(paths.LEDGER), metavar="FILE", help="ledger to write (default data/claims/ledger.csv)")
    p.add_argument("--reviews", default=str(paths.REVIEWS), metavar="FILE",
                   help="reviews to apply, only read (default data/claims/reviews.csv)")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.set_defaults(handler=_build)

    p = csub.add_parser("evaluate", help="precision, recall and F1 of predictions against gold annotations",
                        description="Offset gold (article, start, end, ...): precision, recall and F1 per metric. "
                        "Snippet gold (article_id, sentence_snippet, ...; the development corpus): strict and family "
                        "scores as ../shared/tools/score_claims.py, per metric, per family, an error table by "
                        "phenomenon and the agreement of attributed_to and place. The format is read from the columns.")
    p.add_argument("gold", metavar="GOLD.csv")
    p.add_argument("pred", metavar="PRED.csv")
    p.add_argument("--spans", action="store_true", help="also report how the spans of matched figures agree")
    p.add_argument("--errors", action="store_true", help="also list the unmatched figures")
    p.add_argument("--articles", metavar="DIR", help="snippet gold only: folder of the article files NNN_slug.txt "
                   "(default: the gold file's folder)")
    p.set_defaults(handler=_evaluate)

    p = csub.add_parser("show", help="list ledger figures, or one figure with its sentence")
    p.add_argument("claim_id", nargs="?", metavar="CLAIM_ID")
    p.add_argument("--article", help="only this article's figures")
    p.add_argument("--limit", type=int, default=50, help="most rows listed (default 50)")
    p.add_argument("--ledger", default=str(paths.LEDGER), metavar="FILE")
    p.add_argument("--articles", action="append", metavar="PATH", help="where to read article files (repeatable)")
    p.set_defaults(handler=_show)

    from analysis.check import cli as check_cli  # `claims check` lives in analysis/check (issue 5)

    check_cli.add_check(csub)
