"""Subcommands of analysis.sources: ``fetch``, ``reference`` and ``datasets``.

Only argument parsing happens at import; the work (and pandas, requests)
is imported inside the handlers.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def _raw_default() -> Path:
    from analysis import paths
    import os

    return Path(os.environ.get("TALLY_RAW", paths.RAW))


def fetch(args: argparse.Namespace) -> int:
    """Import datasets from a mirror (``--mirror``) or download them from the publishers."""
    from tqdm.auto import tqdm

    from analysis import catalog, paths, sources
    from analysis.sources import fetch as fetching

    raw = Path(args.raw_dir) if args.raw_dir else _raw_default()
    ids = sources.select(args.sources)
    mirror = Path(args.mirror) if args.mirror else None
    if mirror is not None and not mirror.is_dir():
        from analysis.errors import DataError

        raise DataError("mirror folder not found", path=mirror)
    catalog.load_catalog()
    where = f"mirror {mirror}" if mirror else "the publishers' endpoints"
    print(f"fetching {len(ids)} dataset(s) from {where} into {paths.relative(raw)}", file=sys.stderr)
    outcomes = []
    failed = 0
    bar = tqdm(ids, unit="dataset", disable=args.quiet or not sys.stderr.isatty())
    for ident in bar:
        bar.set_description(ident)
        if mirror is not None:
            o = fetching.from_mirror(ident, mirror, raw, force=args.force)
        else:
            o = fetching.from_publisher(ident, raw, progress=not args.quiet)
        outcomes.append(o)
        # Report each dataset as soon as it is done (tqdm.write keeps the bar intact).
        detail = ""
        if o.written:
            detail = f" ({len(o.written)} file{'s' if len(o.written) != 1 else ''} written)"
        tqdm.write(f"{o.dataset:24s} {o.status}{detail}", file=sys.stdout)
        label = "not held" if o.status in (fetching.NOT_IN_MIRROR, fetching.PARTIAL) else "note"
        for m in o.missing:
            tqdm.write(f"{'':24s}   {label}: {m}", file=sys.stdout)
        for e in o.errors:
            tqdm.write(f"error: {e}", file=sys.stderr)
        failed += o.failed
    bar.close()
    absent = [o.dataset for o in outcomes if o.status == fetching.NOT_IN_MIRROR]
    if absent:
        print(f"the mirror does not hold: {', '.join(absent)}")
    if failed:
        print(f"{failed} dataset(s) failed; previous good copies were kept", file=sys.stderr)
    return 1 if failed else 0


def reference(args: argparse.Namespace) -> int:
    """Rebuild the committed reference tables under data/reference/."""
    from analysis import reference as ref

    built = ref.build(country=args.country, mirror=Path(args.mirror) if args.mirror else None,
                      out=Path(args.out) if args.out else None, progress=not args.quiet)
    for name, rows in built.items():
        print(f"{name}: {rows} rows")
    return 0


def datasets(args: argparse.Namespace) -> int:
    """List catalogued datasets with their fetched and reference status."""
    from analysis import catalog, reference as ref, sources

    raw = Path(args.raw_dir) if args.raw_dir else _raw_default()
    in_reference = ref.reference_datasets()
    print(f"{'dataset':24s} {'publisher':10s} {'fetched':8s} {'reference':9s} version")
    for ident, entry in catalog.load_catalog().items():
        fetched = "yes" if catalog.is_fetched(ident, raw) else "no"
        print(f"{ident:24s} {sources.short_name(ident) or '-':10s} {fetched:8s} "
              f"{'yes' if ident in in_reference else 'no':9s} {entry['version']}")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    """Add this area's subcommands to the top-level parser."""
    p = sub.add_parser(
        "fetch", help="fill data/raw/ from a local mirror or the publishers",
        description="Copy each catalogued dataset's files from a local mirror laid out like "
                    "../shared/data (checking sha256), or download them from the publishers' "
                    "endpoints. A failed file keeps its previous good copy.")
    p.add_argument("sources", nargs="*", metavar="SOURCE",
                   help="dataset ids or publishers (unhcr, idmc, ucdp, ...); default: all")
    p.add_argument("--mirror", metavar="DIR", help="import from this mirror instead of downloading")
    p.add_argument("--force", action="store_true", help="copy/download even when the files are up to date")
    p.add_argument("--raw-dir", metavar="DIR", help="target folder (default: data/raw or $TALLY_RAW)")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bars")
    p.set_defaults(handler=fetch)

    p = sub.add_parser(
        "reference", help="rebuild the committed reference tables (data/reference/)",
        description="Build the small aggregate tables reports use offline, from the mirror "
                    "(or data/raw), and record their inputs in data/reference/reference.yml.")
    p.add_argument("--mirror", metavar="DIR", help="read the datasets from this mirror (default: ../shared/data, "
                   "falling back to data/raw)")
    p.add_argument("--country", default="SYR", metavar="ISO3", help="country (ISO3); default SYR")
    p.add_argument("--out", metavar="DIR", help="output folder (default: data/reference)")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bars")
    p.set_defaults(handler=reference)

    p = sub.add_parser("datasets", help="list catalogued datasets and whether they are fetched",
                       description="List every catalogued dataset, whether data/raw holds a verified "
                                   "copy, and whether the reference tables include it.")
    p.add_argument("--raw-dir", metavar="DIR", help="folder to check (default: data/raw or $TALLY_RAW)")
    p.set_defaults(handler=datasets)
