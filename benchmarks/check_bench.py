"""The claim check's speed (issue 12 §5): claims per CPU-second on the committed ledger, on copies of it, and on
the parts of a partitioned extraction (in-process and on a local Dask cluster).

The data of every country the claims name are loaded before timing (loading is the same work whatever the number
of claims; its time is reported on its own line), and the imports and the gazetteer a process loads once. Each
timed run starts with every remembered answer forgotten (fresh copies of the loaded data, the check's caches
cleared), so a run's claims never reuse an earlier run's lookups. Copies of the ledger keep their claims
as they are (same articles and dates), which is what a large corpus of similar articles gives the join: many
claims, far fewer distinct (country, place, metric, unit, period, date, scope) keys.
"""

from __future__ import annotations

import copy
import shutil
import tempfile
import time
from pathlib import Path

import pandas as pd

from benchmarks.passes import rss_mb, timed_passes

TARGET = 20_000  # claims per CPU-second (issue 12 §5)
COPIES = (10, 100)


def _fresh(loaded: dict) -> dict:
    """Copies of the loaded countries with empty memos (frames shared, answers not); the check module's own
    caches of answers cleared too."""
    from analysis.check.run import clear_caches

    clear_caches()
    out = {}
    for iso3, data in loaded.items():
        twin = copy.copy(data)
        twin.memo = {}
        out[iso3] = twin
    return out


def run() -> dict:
    """Time the check; the table rows and a summary for results.md."""
    from analysis import paths
    from analysis.check.partitions import check_parts
    from analysis.check.run import article_countries, check_claims, load_country
    from analysis.check.rules import load_rules
    from analysis.claims import partitions
    from analysis.claims.ledger import load_ledger

    ledger = load_ledger(paths.LEDGER)
    rules = load_rules()
    countries = sorted({c for c in ledger["place_country"] if c} | {c for c, _ in article_countries(ledger).values() if c})
    c0, t0 = time.process_time(), time.perf_counter()
    loaded = {iso3: load_country(iso3) for iso3 in countries}
    load_cpu, load_wall = time.process_time() - c0, time.perf_counter() - t0
    # what a process pays once, untimed: imports (dateparser), the gazetteer, a first check
    import dateparser

    from analysis.claims.places import gazetteer

    dateparser.parse("on the 3rd of May, 2015")  # dateparser compiles its patterns on first use (about 0.7 s)
    gazetteer()
    check_claims(ledger.head(50), rules=rules, preloaded=_fresh(loaded))
    table, summary = [], []

    def timed(label: str, frame: pd.DataFrame) -> float:
        verdicts: dict = {}

        def one() -> int:
            out = check_claims(frame, rules=rules, preloaded=_fresh(loaded))
            verdicts.update(out["verdict"].value_counts().to_dict())
            return len(out)

        res = timed_passes(one, min_passes=1, max_passes=5, min_cpu=3.0)
        rate = len(frame) / res["cpu_seconds"]
        table.append({"run": label, "claims": len(frame), "CPU seconds": round(res["cpu_seconds"], 3),
                      "claims/CPU-s": round(rate), "target": f">= {TARGET:,}: {'met' if rate >= TARGET else 'NOT met'}",
                      "wall seconds": round(res["seconds"], 3), "passes": res["passes"],
                      "higher/lower/implausible": sum(int(verdicts.get(v, 0)) for v in
                                                      ("higher than data", "lower than data", "implausible")),
                      "peak RSS (MB)": round(rss_mb(), 1)})
        return rate

    rate1 = timed("committed ledger", ledger)
    rates = {k: timed(f"committed ledger x{k}", pd.concat([ledger] * k, ignore_index=True)) for k in COPIES}

    # the parts of a partitioned extraction of FA-KES, checked in-process and on a local cluster
    fakes = paths.SHARED_ARTICLES / "fakes" / "fakes.csv"
    part_rows = []
    if fakes.is_file():
        work = Path(tempfile.mkdtemp(prefix="tally-check-bench-"))
        try:
            partitions.run([fakes], work / "pq", partition_size=200, on_error=lambda s: None)
            for mode, scheduler in (("in-process", None), ("local Dask cluster (2 workers)", "local")):
                c0, t0 = time.process_time(), time.perf_counter()
                results = check_parts(work / "pq", work / f"checks-{mode[:3]}", scheduler=scheduler, workers=2)
                cpu, wall = time.process_time() - c0, time.perf_counter() - t0
                n = sum(r.rows for r in results)
                part_rows.append({"run": f"FA-KES parts ({len(results)} x 200 articles), {mode}", "claims": n,
                                  "CPU seconds": round(cpu, 3) if scheduler is None else "",
                                  "claims/CPU-s": "", "target": "", "wall seconds": round(wall, 3), "passes": 1,
                                  "higher/lower/implausible": sum(r.verdicts.get(v, 0) for r in results for v in
                                                                  ("higher than data", "lower than data",
                                                                   "implausible")),
                                  "peak RSS (MB)": round(rss_mb(), 1)})
        finally:
            shutil.rmtree(work, ignore_errors=True)
    table.extend(part_rows)
    summary.append(f"Committed ledger ({len(ledger):,} claims): {rate1:,.0f} claims per CPU-second "
                   f"(target >= {TARGET:,}: {'met' if rate1 >= TARGET else 'NOT met'}); "
                   + "; ".join(f"x{k}: {r:,.0f}" for k, r in rates.items())
                   + " (claims alike share one match and one data lookup, so the rate rises with the corpus).")
    summary.append(f"Loading the data of the {len(countries)} countries the claims name (most have no reference "
                   f"table, which is found out once): {load_cpu:.2f} CPU-s ({load_wall:.2f} s wall), not counted above.")
    summary.append("Before issue 12 the check ran claim by claim with row-wise pandas filtering: 2.6 ms a claim "
                   "(about 380 claims per second) on the committed ledger of the time.")
    if part_rows:
        summary.append("Parts of `claims extract --parquet` are checked one task each (`claims check --parts DIR "
                       "[--scheduler]`); a Dask run's CPU time is spent in its worker processes, so only its wall "
                       "time is shown, with the cluster's start included.")
    return {"title": "Claim check: claims per CPU-second (issue 12 §5)", "summary": summary, "table": table}
