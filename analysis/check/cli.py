"""Command line of the claim check and the exports.

    python -m analysis claims check [--ledger FILE] [--out FILE.csv] [--country ISO3] [--rules FILE] [--raw-dir DIR]
    python -m analysis claims check --parts DIR [--out DIR] [--scheduler local|tcp://HOST:PORT]
    python -m analysis export [--out DIR] [--ledger FILE] [--country ISO3] [--raw-dir DIR]

``claims check`` is registered under ``claims`` by :func:`add_check` (called
from ``analysis/claims/cli.py``); ``export`` by :func:`register` (called from
``analysis/cli.py``). Heavy imports happen inside the handlers.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from analysis import paths

DEFAULT_CHECKS = paths.DATA / "exports" / "checks.csv"
DEFAULT_EXPORTS = paths.DATA / "exports"


def _raw(args: argparse.Namespace) -> Path | None:
    return Path(args.raw_dir) if getattr(args, "raw_dir", None) else None


def check(args: argparse.Namespace) -> int:
    """Check every claim of the ledger against the comparable dataset figure; write one row per claim."""
    if getattr(args, "parts", None):
        return _check_parts(args)
    from analysis.atomic import atomic_open
    from analysis.check.run import check_claims, verdict_counts
    from analysis.claims.ledger import load_ledger

    ledger = load_ledger(args.ledger)
    checks = check_claims(ledger, args.country, rules=args.rules, raw=_raw(args))
    with atomic_open(args.out, "w") as fh:
        checks.to_csv(fh, index=False, lineterminator="\n", float_format="%.10g", date_format="%Y-%m-%d")
    counts = ", ".join(f"{n} {v}" for v, n in verdict_counts(checks).items())
    print(f"{len(checks)} claims checked, written to {args.out}: {counts}", file=sys.stderr)
    return 0


def _check_parts(args: argparse.Namespace) -> int:
    """``claims check --parts DIR``: the parts of ``claims extract --parquet``, one check file per part."""
    from analysis.check.partitions import check_parts

    out = Path(args.out) if args.out != str(DEFAULT_CHECKS) else Path(args.parts).with_name(Path(args.parts).name
                                                                                            + ".checks")
    results = check_parts(args.parts, out, country=args.country, rules=args.rules, raw=_raw(args),
                          scheduler=args.scheduler)
    total: dict[str, int] = {}
    for r in results:
        for k, v in r.verdicts.items():
            total[k] = total.get(k, 0) + v
    counts = ", ".join(f"{n} {v}" for v, n in total.items())
    print(f"{sum(r.rows for r in results)} claims in {len(results)} parts checked, written to {out}: {counts}",
          file=sys.stderr)
    return 0


def export(args: argparse.Namespace) -> int:
    """Write claims, indicators and checks as CSV, Parquet and HXL CSV, ClaimReviews and a datapackage.json;
    validate them (frictionless, libhxl, schema.org fields)."""
    from analysis.exports import check_package, write_exports

    written = write_exports(Path(args.out), ledger=args.ledger, country=args.country, raw=_raw(args))
    check_package(Path(args.out) / "datapackage.json")
    print(f"{len(written)} files written to {args.out}; datapackage.json validates (frictionless), the HXL files "
          "against data/hxl_schema.csv (libhxl) and claimreview.jsonld against schema.org's ClaimReview fields",
          file=sys.stderr)
    return 0


def add_check(csub: argparse._SubParsersAction) -> None:
    """Add ``check`` to the ``claims`` subcommands."""
    p = csub.add_parser("check", help="set each claim beside the comparable dataset figure, with a verdict",
                        description="One row per claim: the comparable dataset figure (dataset, version, period), "
                                    "ratio, whether the claim is within the data's range or tolerance, a verdict "
                                    "and the reason, and the closest published toll as a second comparison. "
                                    "Rules: data/check_rules.yml.")
    p.add_argument("--ledger", default=str(paths.LEDGER), metavar="FILE", help="ledger (default data/claims/ledger.csv)")
    p.add_argument("--out", default=str(DEFAULT_CHECKS), metavar="FILE.csv",
                   help=f"output CSV (default {paths.relative(DEFAULT_CHECKS)})")
    p.add_argument("--country", default=None, metavar="ISO3",
                   help="country of the claims of articles that name no single country (default: none; such "
                        "claims are not compared)")
    p.add_argument("--rules", default=None, metavar="FILE", help="rules file (default data/check_rules.yml)")
    p.add_argument("--raw-dir", metavar="DIR", help="fetched data (default data/raw or $TALLY_RAW)")
    p.add_argument("--parts", metavar="DIR", help="check the parts of `claims extract --parquet DIR` instead of a "
                   "ledger: one checks-NNNNN.parquet per part into --out (a folder; default DIR.checks), then "
                   "_CHECKED")
    p.add_argument("--scheduler", metavar="local|tcp://HOST:PORT", help="with --parts: check the parts on Dask")
    p.set_defaults(handler=check)


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``export`` to the top-level parser."""
    p = sub.add_parser("export", help="claims, indicators and checks as CSV, Parquet, HXL CSV, ClaimReview and a "
                                      "datapackage",
                       description="Write claims, indicators and checks as CSV and Parquet, an HXL-tagged CSV for "
                                   "each, schema.org ClaimReviews of the checked claims (claimreview.jsonld; author: "
                                   "$TALLY_ORGANISATION, default Tally) and a Frictionless datapackage.json "
                                   "describing every file; then validate them with frictionless and libhxl.")
    p.add_argument("--out", default=str(DEFAULT_EXPORTS), metavar="DIR",
                   help=f"output folder (default {paths.relative(DEFAULT_EXPORTS)})")
    p.add_argument("--ledger", default=str(paths.LEDGER), metavar="FILE")
    p.add_argument("--country", default="SYR", metavar="ISO3")
    p.add_argument("--raw-dir", metavar="DIR", help="fetched data (default data/raw or $TALLY_RAW)")
    p.set_defaults(handler=export)
