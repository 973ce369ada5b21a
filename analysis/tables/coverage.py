"""Coverage notes: which datasets cover the period a report asks about, in plain sentences.

A report never guesses past its data. These functions compare the period a
user asked for with the span each loaded dataset actually holds, and say in
words which datasets cover it fully, partly, or not at all, naming dataset
and version, so the notebook can print the note wherever a chart falls short.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from analysis import prose


@dataclass(frozen=True)
class Span:
    """What one dataset holds against the period asked."""

    source: str
    version: str
    first: pd.Timestamp
    last: pd.Timestamp
    status: str  # "full", "partial" or "none"

    @property
    def label(self) -> str:
        return prose.dataset_label(self.source, self.version)


def _bounds(frame: pd.DataFrame) -> tuple[str, str]:
    if "period_start" in frame.columns:
        return "period_start", "period_end"
    return "date_start", "date_start"


def spans(frame: pd.DataFrame, start, end) -> list[Span]:
    """For each dataset in ``frame`` (indicators or events), its first and last date and its cover of [start, end]."""
    if frame is None or frame.empty:
        return []
    start, end = pd.Timestamp(start), pd.Timestamp(end)
    first_col, last_col = _bounds(frame)
    out = []
    for (source, version), rows in frame.groupby(["source", "version"], sort=False):
        first = pd.to_datetime(rows[first_col]).min()
        last = pd.to_datetime(rows[last_col]).max()
        if last < start or first > end:
            status = "none"
        elif first <= start and last >= end:
            status = "full"
        else:
            status = "partial"
        out.append(Span(str(source), str(version), first, last, status))
    return out


def coverage(frame: pd.DataFrame, start, end, *, what: str = "data", country: str | None = None,
             expected: list[str] | tuple[str, ...] = ()) -> list[str]:
    """Plain sentences on how the datasets in ``frame`` cover ``start``..``end``.

    ``what`` names the kind of data ("event data", "displacement figures");
    ``expected`` lists dataset ids that a reader might look for: any of them
    with no rows at all is named as absent. Returns at least one sentence.
    """
    period = prose.fmt_period(start, end)
    place = f" for {prose.country_name(country)}" if country else ""
    found = spans(frame, start, end)
    sentences = []
    for span in found:
        held = prose.fmt_period(span.first, span.last)
        if span.status == "full":
            sentences.append(f"{span.label} covers the whole period asked ({period}).")
        elif span.status == "partial":
            sentences.append(f"{span.label} covers only part of the period asked: it holds {held}.")
        else:
            sentences.append(f"{span.label} does not cover {period}: it holds {held} only.")
    present = {s.source for s in found}
    for ident in expected:
        if ident not in present:
            sentences.append(f"{prose.dataset_label(ident)} holds no {what}{place}.")
    if not any(s.status != "none" for s in found):
        sentences.insert(0, f"No loaded dataset has {what}{place} for {period}; nothing is shown for it and "
                            "nothing is estimated.")
    return sentences


def covered(frame: pd.DataFrame, start, end) -> bool:
    """True when at least one dataset in ``frame`` holds some of ``start``..``end``."""
    return any(s.status != "none" for s in spans(frame, start, end))


def uncovered_years(years_asked: range | list[int], years_held: list[int] | pd.Series) -> list[int]:
    """The years asked for that no row holds."""
    held = {int(y) for y in years_held}
    return [int(y) for y in years_asked if int(y) not in held]


def years_text(years: list[int]) -> str:
    """[2019, 2020, 2021, 2024] → "2019 to 2021 and 2024"."""
    years = sorted(set(int(y) for y in years))
    runs: list[tuple[int, int]] = []
    for y in years:
        if runs and y == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], y)
        else:
            runs.append((y, y))
    return prose.join_words([str(a) if a == b else f"{a} to {b}" for a, b in runs])


MIRROR_COMMAND = "python -m analysis fetch --mirror ../shared/data"


def load_command(dataset: str) -> str:
    """The command that loads ``dataset`` for every country, in words."""
    from analysis import catalog

    listed = catalog.dataset(dataset).get("countries")
    if listed:  # a download per country (ACLED's API): only the countries the catalog lists are fetched
        names = prose.join_words([prose.country_name(c) for c in listed])
        return (f"`python -m analysis fetch {dataset}` (with the publisher's credentials in the environment) "
                f"downloads it only for the countries its catalog entry lists ({names}); add the country to "
                f"`countries` of `{dataset}` in data/catalog.yml first")
    if _named_countries(dataset):
        return f"`python -m analysis fetch {dataset}` downloads it for every country from its publisher"
    return f"run `{MIRROR_COMMAND}` (the offline mirror) or `python -m analysis fetch {dataset}` (the publisher)"


def copy_countries(dataset: str, raw=None) -> tuple[str, ...] | None:
    """Countries the loaded copy of ``dataset`` in the raw folder holds (None: every country)."""
    from analysis import catalog

    manifest = catalog.read_manifest(catalog.raw_dir(dataset, raw)) or {}
    if manifest.get("fetched_by") == "download" and dataset != "acled_monthly":
        return None
    listed = catalog.dataset(dataset).get("countries")
    if listed:
        return tuple(listed)
    return _named_countries(dataset)


def _named_countries(dataset: str) -> tuple[str, ...] | None:
    """The countries the catalog's files of ``dataset`` are named for, when every file is named for one
    ("pace_conf_syria_....csv", "ucdp_brd_conf_v25_1_syria_rows.csv": a copy of Syria's rows); None when any
    file is named for no country (a file for every country, such as UCDP's country-year file)."""
    import re

    from analysis import catalog
    from analysis.sources import gleditsch_ward as gw

    listed = catalog.dataset(dataset).get("countries")
    if listed:
        return tuple(listed)
    found: set[str] = set()
    for entry in catalog.files(dataset):
        named = {gw.iso3_from_name(t) for t in re.split(r"[_\-.]", str(entry["name"]).lower()) if len(t) > 3}
        named.discard(None)
        if not named:
            return None
        found |= named
    return tuple(sorted(found)) or None


def loaded_for(dataset: str, country: str, frame: pd.DataFrame, raw=None) -> str:
    """"loaded" when the copy of ``dataset`` behind ``frame`` covers ``country`` (a country it holds no row
    for then has no figure from that publisher); else why not ("not fetched", "the loaded copy holds only
    Syria")."""
    origin = (frame.attrs.get("origin") or {}).get(dataset)
    if origin is None:
        return "not fetched and not in the embedded reference tables"
    if origin == "reference":
        return "loaded"  # reference tables are one country's: read only for the country asked
    held = copy_countries(dataset, raw)
    if held is None or country in held:
        return "loaded"
    return "the loaded copy holds only " + prose.join_words([prose.country_name(c) for c in held])


def months_text(info: dict) -> str:
    """"27 of the 48 months from January 2021 to December 2024" from :func:`casualties.months_held`."""
    return f"{info['held']:,} of the {info['asked']:,} months asked"
