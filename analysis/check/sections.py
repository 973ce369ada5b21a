"""Tables and sentences of the claim check for reports (the claim_check notebook, a brief's check section).

:func:`summary` is the one call a report section needs::

    from analysis.check import summary
    s = summary(country="SYR", start="2024-11-27", end="2024-12-08")
    s["text"]    # one computed sentence
    s["table"]   # one row per comparable claim, readable columns
    s["counts"]  # claims per verdict
    s["checks"]  # the full check rows (CHECK_COLUMNS)
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd

from analysis import paths
from analysis.check.verdict import VERDICTS

#: Verdicts that set a claim beside a data figure.
COMPARED = ("consistent", "higher than data", "lower than data")


def _count(v: float) -> str:
    from analysis import prose

    return "" if pd.isna(v) else prose.fmt_count(v)


def _period(start: Any, end: Any) -> str:
    from analysis import prose

    return "" if pd.isna(start) or pd.isna(end) else prose.fmt_period(start, end)


def claim_text(row: pd.Series) -> str:
    """A claim in words: "about 13M people displaced", "142 fighters killed"."""
    from analysis import prose

    q = row["qualifier"]
    if q == "range" and pd.notna(row["value_high"]):
        number = f"{prose.fmt_count(row['value_low'])}-{prose.fmt_count(row['value_high'])}"
    elif q == "approx_word":
        number = f"{prose.fmt_count(row['value_low'] if pd.notna(row['value_low']) else row['value'])}+ (vague)"
    else:
        word = {"at_least": "at least ", "more_than": "more than ", "about": "about ", "up_to": "up to ",
                "less_than": "less than "}.get(q, "")
        number = f"{word}{prose.fmt_count(row['value'])}"
    return f"{number} {row['unit']} {row['metric']}".strip()


def _short_dataset(ident: str) -> str:
    """A dataset id as readers know it ("UNHCR", "UCDP country-year"), several joined by " + "."""
    from analysis import prose

    names = []
    for part in str(ident).split(" + "):
        try:
            names.append(prose.dataset_name(part))
        except Exception:  # noqa: BLE001 - an id with no short name is shown as it is
            names.append(part)
    return " + ".join(n for n in names if n)


#: Verdicts a reader must see first in a long table.
_FIRST = {"higher than data": 0, "lower than data": 0, "implausible": 1, "consistent": 2}


def checks_table(checks: pd.DataFrame) -> pd.DataFrame:
    """The compared and the implausible checks as a readable table, narrow enough for a page: article date,
    claim, where and when, the data figure (source and period), ratio and verdict; the ones a reader must see
    first (higher, lower, implausible) at the top, then the most recent. Published tolls: :func:`tolls_table`."""
    rows = checks[checks["verdict"] != "not comparable"]
    rows = rows.assign(_first=rows["verdict"].map(_FIRST).fillna(3)).sort_values(
        ["_first", "date"], ascending=[True, False], kind="stable")
    data = []
    for v, lo, hi, ds, s, e in zip(rows["data_value"], rows["data_low"], rows["data_high"], rows["dataset"],
                                   rows["data_period_start"], rows["data_period_end"]):
        figure = _count(v) if pd.notna(v) else ""
        if pd.notna(lo) and pd.notna(hi) and _count(lo) != _count(hi):
            figure = (f"{figure} " if figure else "") + f"({_count(lo)} to {_count(hi)})"
        source = _short_dataset(ds) if ds else ""
        when = _period(s, e)
        data.append("; ".join(x for x in (figure, source, when) if x))
    where_when = [", ".join(x for x in (p, f"{q} ({_period(a, b)})" if q and _period(a, b) else (q or _period(a, b)))
                            if x)
                  for p, q, a, b in zip(rows["place"], rows["period"], rows["window_start"], rows["window_end"])]
    return pd.DataFrame({
        "article date": rows["date"].values,
        "claim": [claim_text(r) for _, r in rows.iterrows()],
        "where and when": where_when,
        "data (source; period)": data,
        "ratio": ["" if pd.isna(r) else f"{r:.2g}" for r in rows["ratio"]],
        "verdict": [v + (" (provisional data)" if p else "") for v, p in zip(rows["verdict"], rows["provisional"])],
    })


def tolls_table(checks: pd.DataFrame) -> pd.DataFrame:
    """The published tolls set beside compared claims (a second comparison, never data): claim, toll, who."""
    from analysis import prose

    rows = checks[(checks["verdict"] != "not comparable") & checks["toll_value"].notna()]
    return pd.DataFrame({
        "article date": rows["date"].values,
        "claim": [claim_text(r) for _, r in rows.iterrows()],
        "published toll": [_count(v) for v in rows["toll_value"]],
        "by": rows["toll_source"].values,
        "as of": [prose.fmt_date(d) for d in rows["toll_as_of"]],
    })


def reasons_table(checks: pd.DataFrame, top: int = 12) -> pd.DataFrame:
    """Why claims were not comparable: the first clause of each reason, counted."""
    rows = checks[checks["verdict"] == "not comparable"]
    key = rows["reason"].str.replace(r"\s*\(.*", "", regex=True).str.split(";").str[0]
    key = key.str.replace(r"'[^']*'", "'…'", regex=True).str.replace(r"\d{4}-\d{2}-\d{2}", "…", regex=True)
    counts = key.value_counts().head(top)
    return pd.DataFrame({"reason (first clause)": counts.index, "claims": counts.values})


def sentence(checks: pd.DataFrame, what: str = "figures in the claims ledger") -> str:
    """One computed sentence: how many claims were checked and how they came out."""
    n = len(checks)
    c = checks["verdict"].value_counts().reindex(list(VERDICTS), fill_value=0)
    compared = int(sum(c[v] for v in COMPARED))
    odd = int(c["implausible"])
    if n == 0:
        return f"There are no {what} to check."
    flagged = (f" {odd:,} {'is' if odd == 1 else 'are'} implausible for the country (larger than its population "
               "or than any figure a dataset holds for it: likely a typo or an extraction error)." if odd else "")
    if compared == 0:
        return (f"None of the {n:,} {what} could be set beside a comparable dataset figure; the reasons are "
                "listed below." + flagged)
    return (f"Of {n:,} {what}, {compared:,} could be set beside a comparable dataset figure: "
            f"{int(c['consistent']):,} {'is' if int(c['consistent']) == 1 else 'are'} consistent with it, "
            f"{int(c['higher than data']):,} higher and {int(c['lower than data']):,} lower than the data." + flagged
            + f" The other {int(c['not comparable']):,} are not comparable with any loaded dataset (a part of the "
            "people, such as one site or one attack; no period stated; a place smaller than a governorate; or a "
            "period no loaded dataset covers).")


def summary(ledger: pd.DataFrame | str | Path | None = None, country: str = "SYR", *,
            start: Any = None, end: Any = None, raw: Path | None = None,
            reference_dir: Path | None = None) -> dict[str, Any]:
    """Check the claims about ``country`` (:func:`~analysis.check.run.claims_about`) of articles dated
    ``start``-``end`` (all when None) for a report section.

    Returns ``{"checks", "table", "counts", "reasons", "text"}`` (see the module docstring).
    """
    from analysis import countries
    from analysis.check.run import check_claims, claims_about, verdict_counts
    from analysis.claims.ledger import load_ledger

    frame = ledger if isinstance(ledger, pd.DataFrame) else load_ledger(ledger or paths.LEDGER)
    dates = pd.to_datetime(frame["date"], errors="coerce")
    keep = pd.Series(True, index=frame.index)
    if start is not None:
        keep &= dates >= pd.Timestamp(start)
    if end is not None:
        keep &= dates <= pd.Timestamp(end)
    # only the claims about the country (their place, or their article's country), each checked against its own
    # country: a claim whose article names no country is never read as the report's
    about = claims_about(frame[keep].reset_index(drop=True), countries.normalise(country))
    checks = check_claims(about, None, raw=raw, reference_dir=reference_dir)
    what = "figures in the claims ledger" if start is None and end is None else \
        "figures reported in articles of the window"
    return {"checks": checks, "table": checks_table(checks), "counts": verdict_counts(checks),
            "reasons": reasons_table(checks), "text": sentence(checks, what)}


def used_datasets(checks: pd.DataFrame) -> pd.DataFrame:
    """The (source, version) pairs behind the comparable checks, for a source line."""
    pairs = []
    for text in checks.loc[checks["verdict"].isin(COMPARED), "version"]:
        for part in str(text).split("; "):
            ident, _, version = part.partition(" ")
            if ident and (ident, version) not in pairs:
                pairs.append((ident, version))
    return pd.DataFrame(pairs, columns=["source", "version"])


def chart_rows(checks: pd.DataFrame, n: int = 30) -> pd.DataFrame:
    """The ``n`` most recent comparable claims (repeats of the same figure, period and data shown once),
    with a ``label`` for the chart."""
    rows = checks[checks["verdict"].isin(COMPARED)].copy()
    rows["claim"] = [claim_text(r) for _, r in rows.iterrows()]
    rows = rows.drop_duplicates(["claim", "window_start", "window_end", "data_value", "place"])
    rows = rows.sort_values(["date", "claim_id"], ascending=[False, True], kind="stable").head(n)
    rows["label"] = [f"{d} · {c}" + (f" · {w[:18]}" if w else "")
                     for d, c, w in zip(rows["date"], rows["claim"], rows["period"])]
    return rows.reset_index(drop=True)
