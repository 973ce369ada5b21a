"""The claim check over the partitions of a large extraction (``claims extract --parquet``), in-process or on Dask.

Each part ``part-NNNNN.parquet`` holds whole articles (their claims and their
dates), so it is checked on its own: one pure task reads it, checks it with
:func:`analysis.check.run.check_claims` and writes ``checks-NNNNN.parquet``
atomically. A worker keeps the data of the countries it has loaded for the next
parts (:func:`_country_data`). The driver writes ``_CHECKED`` (a JSON manifest:
parts, rows, verdict counts) when every part is done.

    check_parts(parts_dir, out_dir, scheduler=None | "local" | "tcp://host:port")
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pandas as pd

from analysis.atomic import atomic_path, write_text
from analysis.errors import DataError

#: The manifest a finished check writes.
CHECKED = "_CHECKED"


@dataclass(frozen=True)
class CheckedPart:
    """What one part's check wrote."""
    part: str
    file: str
    rows: int
    verdicts: dict


@lru_cache(maxsize=64)
def _country_data(iso3: str, raw: str | None):
    """A country's data, loaded once per process (a Dask worker keeps it for its next parts)."""
    from analysis.check.run import load_country

    return load_country(iso3, raw=Path(raw) if raw else None)


def part_claims(frame: pd.DataFrame, path: str = "part") -> pd.DataFrame:
    """A part's rows with the claim ids the ledger would give them."""
    from analysis.claims.ledger import claim_id

    if "date" not in frame.columns:
        raise DataError("this part has no article dates (it was written before parts carried them); "
                        "run `claims extract --parquet` again", path=path)
    out = frame.copy()
    out["claim_id"] = [claim_id(a, s, e, v) for a, s, e, v in
                       zip(out["article"].astype(str), out["start"], out["end"], out["value"])]
    return out


def check_part(part_file: str, out_dir: str, country: str | None = None, rules: str | None = None,
               raw: str | None = None) -> CheckedPart:
    """Check one part into ``out_dir/checks-NNNNN.parquet`` (atomic; pure and idempotent)."""
    from analysis.check.run import check_claims, verdict_counts
    from analysis.check.rules import load_rules

    source = Path(part_file)
    try:
        frame = pd.read_parquet(source)
    except (OSError, ValueError) as exc:
        raise DataError(f"not a readable part: {exc}", path=str(source)) from None
    frame = part_claims(frame, str(source))

    checks = check_claims(frame, country, rules=load_rules(rules), raw=Path(raw) if raw else None,
                          loader=lambda iso3: _country_data(iso3, raw))
    target = Path(out_dir) / source.name.replace("part-", "checks-")
    target.parent.mkdir(parents=True, exist_ok=True)
    with atomic_path(target) as tmp:
        checks.to_parquet(tmp, index=False, engine="pyarrow")
    counts = {k: int(v) for k, v in verdict_counts(checks).items()}
    return CheckedPart(source.name, target.name, len(checks), counts)


def check_parts(parts_dir: str | Path, out_dir: str | Path, *, country: str | None = None,
                rules: str | Path | None = None, raw: str | Path | None = None, scheduler: str | None = None,
                workers: int | None = None) -> list[CheckedPart]:
    """Check every part of a finished extraction (``_SUCCESS`` present) into ``out_dir``; write ``_CHECKED``."""
    from analysis.claims.partitions import finished_parts

    out_dir = Path(out_dir)
    files = [str(f) for f in finished_parts(parts_dir, what="the extraction (or this is not a parts folder)")]
    args = (str(out_dir), country, str(rules) if rules else None, str(raw) if raw else None)
    if not scheduler:
        results = [check_part(f, *args) for f in files]
    else:
        from analysis.cluster import client as dask_client

        with dask_client(scheduler, workers) as client:
            futures = [client.submit(check_part, f, *args, key=f"tally-check-{Path(f).stem}-{abs(hash(args))}",
                                     retries=2) for f in files]
            results = client.gather(futures)
    results = sorted(results, key=lambda r: r.part)
    total: dict[str, int] = {}
    for r in results:
        for k, v in r.verdicts.items():
            total[k] = total.get(k, 0) + v
    write_text(out_dir / CHECKED, json.dumps({
        "parts": [r.__dict__ for r in results], "rows": sum(r.rows for r in results), "verdicts": total,
    }, indent=1) + "\n")
    return results


def read_checks(out_dir: str | Path) -> pd.DataFrame:
    """The check table of a finished partitioned check (``_CHECKED`` present), parts in order."""
    from analysis.claims.partitions import finished_parts

    frames = [pd.read_parquet(f) for f in finished_parts(out_dir, CHECKED, "the check")]
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()
