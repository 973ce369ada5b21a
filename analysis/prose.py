"""Numbers and words for report prose, computed with their provenance.

HRDAG's habit: no figure in a report's text is typed by hand. Notebooks build
their sentences from these helpers, so each quoted number is formatted one
way and carries the dataset and version it came from.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass

import pandas as pd

from analysis import catalog

#: Short names of the datasets for source lines and prose (the catalog holds the full titles).
SHORT_NAMES = {
    "unhcr_population": "UNHCR Refugee Data Finder",
    "idmc_gidd": "IDMC GIDD",
    "ucdp_ged": "UCDP GED candidate events",
    "ucdp_candidate_2024": "UCDP candidate events",
    "ucdp_country_year": "UCDP GED country-year aggregate",
    "ucdp_country_month": "UCDP GED + candidate monthly aggregate (PaCE)",
    "ucdp_brd": "UCDP Battle-Related Deaths",
    "ucdp_orgvio_cy": "UCDP country-year organised violence",
    "acled_monthly": "ACLED monthly reported fatalities",
    "worldbank_population": "World Bank WDI population",
    "ocha_cod_pcodes": "OCHA COD p-codes",
    "ocha_cod_boundaries": "OCHA COD-AB boundaries",
    "published_tolls": "published tolls (SOHR, SNHR, OCHA, UNHCR)",
}


def fmt_count(value: float | int | None, digits: int = 3) -> str:
    """A count as prose: 5952174 → "5.95 million", 755426 → "755,426", None → "no figure"."""
    if value is None or pd.isna(value):
        return "no figure"
    value = float(value)
    if abs(value) >= 1_000_000_000:
        return f"{_sig(value / 1e9, digits)} billion"
    if abs(value) >= 1_000_000:
        return f"{_sig(value / 1e6, digits)} million"
    return f"{round(value):,}"


def _sig(x: float, digits: int) -> str:
    """``x`` to ``digits`` significant figures, trailing zeros dropped."""
    text = f"{x:.{digits}g}"
    if "e" in text:  # large numbers stay plain
        text = f"{x:.0f}"
    return text


def fmt_share(fraction: float | None, decimals: int = 0) -> str:
    """A fraction as a percentage: 0.274 → "27%"."""
    if fraction is None or pd.isna(fraction):
        return "no figure"
    return f"{100 * float(fraction):.{decimals}f}%"


def fmt_date(when) -> str:
    """A date as prose: 2024-11-27 → "27 November 2024"."""
    ts = pd.Timestamp(when)
    return f"{ts.day} {ts.strftime('%B %Y')}"


def fmt_period(start, end) -> str:
    """A period as prose: "27 November to 8 December 2024", "2011 to 2024" for whole years."""
    s, e = pd.Timestamp(start), pd.Timestamp(end)
    if s.normalize() == e.normalize():
        return fmt_date(s)
    if s.month == 1 and s.day == 1 and e.month == 12 and e.day == 31:
        return str(s.year) if s.year == e.year else f"{s.year} to {e.year}"
    if s.year == e.year:
        return f"{s.day} {s.strftime('%B')} to {fmt_date(e)}"
    return f"{fmt_date(s)} to {fmt_date(e)}"


def dataset_name(ident: str) -> str:
    """Short readable name of catalog dataset ``ident``."""
    if ident in SHORT_NAMES:
        return SHORT_NAMES[ident]
    try:
        return str(catalog.dataset(ident)["title"])
    except Exception:  # an id outside the catalog is shown as it is
        return ident


def short_version(version: str | None) -> str:
    """The leading part of a catalog version: "2025.12.1 (R package ...)" → "2025.12.1"."""
    return str(version or "").split(" (")[0].strip()


def dataset_label(ident: str, version: str | None = None) -> str:
    """"Name (version)" of dataset ``ident``; the version from the catalog unless given."""
    if version is None:
        try:
            version = catalog.version(ident)
        except Exception:
            version = ""
    version = short_version(version)
    return f"{dataset_name(ident)} ({version})" if version else dataset_name(ident)


@functools.lru_cache(maxsize=1024)
def country_name(iso3: str) -> str:
    """The common English name of a country: "SYR" → "Syria"; unknown codes come back as given."""
    import pycountry

    rec = pycountry.countries.get(alpha_3=str(iso3).upper())
    if rec is None:
        return str(iso3)
    name = getattr(rec, "common_name", None) or rec.name
    return _COMMON.get(rec.alpha_3, name)


#: Names pycountry spells formally where a reader expects the common name.
_COMMON = {"SYR": "Syria", "IRN": "Iran", "RUS": "Russia", "KOR": "South Korea", "PRK": "North Korea",
           "VEN": "Venezuela", "BOL": "Bolivia", "TZA": "Tanzania", "MDA": "Moldova", "COD": "DR Congo",
           "LAO": "Laos", "VNM": "Viet Nam", "PSE": "Palestine", "GBR": "United Kingdom", "USA": "United States"}


def datasets_in(frame: pd.DataFrame) -> list[tuple[str, str]]:
    """The (dataset id, version) pairs a tidy frame was built from, in order of first use."""
    if frame is None or frame.empty or "source" not in frame:
        return []
    cols = ["source", "version"] if "version" in frame else ["source"]
    pairs = frame[cols].drop_duplicates()
    return [(str(r[0]), str(r[1]) if len(r) > 1 else None) for r in pairs.itertuples(index=False)]


def source_text(*frames: pd.DataFrame, extra: str | None = None) -> str:
    """"Source: A (version); B (version)" for everything ``frames`` were built from."""
    seen: list[str] = []
    for frame in frames:
        for ident, version in datasets_in(frame):
            label = dataset_label(ident, version)
            if label not in seen:
                seen.append(label)
    if extra:
        seen.append(extra)
    return "Source: " + ("; ".join(seen) if seen else "no dataset")


@dataclass(frozen=True)
class Quoted:
    """A figure quoted in prose with where it came from."""

    value: float
    dataset: str
    version: str
    period: str = ""

    def __str__(self) -> str:
        return fmt_count(self.value)

    @property
    def cite(self) -> str:
        """"(Name, version, period)" for after the figure."""
        names = " + ".join(dataset_name(d) for d in self.dataset.split(" + "))
        parts = [names, short_version(self.version)] + ([self.period] if self.period else [])
        return "(" + ", ".join(p for p in parts if p) + ")"

    @property
    def text(self) -> str:
        """The figure followed by its citation."""
        return f"{self} {self.cite}"


def quote(value: float, frame: pd.DataFrame, period: str = "") -> Quoted:
    """Quote ``value`` computed from ``frame``: dataset(s) and version(s) from the frame's columns."""
    pairs = datasets_in(frame)
    dataset = " + ".join(p[0] for p in pairs) if pairs else "unknown"
    version = "; ".join(p[1] for p in pairs if p[1]) if pairs else ""
    return Quoted(float(value), dataset, version, period)


def today() -> str:
    """Today's date (UTC) as prose, for "as of" lines."""
    return fmt_date(dt.datetime.now(dt.timezone.utc).date())


def join_words(items: list[str]) -> str:
    """["a", "b", "c"] → "a, b and c"."""
    items = [str(i) for i in items]
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + " and " + items[-1]
