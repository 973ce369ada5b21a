"""Country codes for UCDP files: ISO3 <-> Gleditsch-Ward codes and country names.

UCDP identifies countries by Gleditsch-Ward (GW) code (``country_id``,
``gwno_*``) and by its own short names; aggregates made from UCDP data use
names too (OWID's ``entity``, PaCE's column headers). Tally's country
parameter is always ISO3, so every UCDP loader goes through this module.

The lookup table is ``data/reference/gleditsch_ward.csv`` (its origin is in
``gleditsch_ward.yml`` beside it), with ``country_name_aliases.csv`` for names
publishers use that neither it nor pycountry knows ("Ivory Coast", ACLED's
"Democratic Republic of Congo"): curated lookups live in data, not code.
"""

from __future__ import annotations

import functools
import re
import unicodedata

import pandas as pd
import pycountry

from analysis import paths
from analysis.errors import ParameterError

TABLE = paths.REFERENCE / "gleditsch_ward.csv"
#: Country names as publishers spell them that neither pycountry nor the GW table knows
#: ("Ivory Coast", "Democratic Republic of Congo"): name, iso3, seen_in.
ALIASES = paths.REFERENCE / "country_name_aliases.csv"


@functools.lru_cache(maxsize=1)
def table() -> pd.DataFrame:
    """The ISO3 / GW code / UCDP id / name table."""
    return pd.read_csv(TABLE, dtype={"iso3": str, "name": str}, keep_default_na=False)


def _check_iso3(iso3: str) -> str:
    if not isinstance(iso3, str) or not re.fullmatch(r"[A-Z]{3}", iso3):
        raise ParameterError(f"country must be an ISO3 code such as 'SYR', not {iso3!r}")
    return iso3


def ucdp_id(iso3: str) -> int:
    """The code UCDP uses for country ``iso3`` (its GW code; Serbia 345).

    Raises :class:`ParameterError` for an ISO3 code with no GW code (a
    territory UCDP does not code as a state).
    """
    _check_iso3(iso3)
    rows = table()[table()["iso3"] == iso3]
    if rows.empty:
        raise ParameterError(f"country {iso3!r} has no Gleditsch-Ward code, so UCDP files cannot be "
                             f"filtered to it (see {paths.relative(TABLE)})")
    return int(rows["ucdp_id"].iloc[0])


def gw_code(iso3: str) -> int:
    """The Gleditsch-Ward code of country ``iso3`` (ParameterError if none)."""
    ucdp_id(iso3)
    return int(table().loc[table()["iso3"] == iso3, "gwcode"].iloc[0])


def iso3_from_code(code: int | str) -> str | None:
    """The ISO3 code of a GW or UCDP code (None when unknown)."""
    try:
        code = int(float(code))
    except (TypeError, ValueError):
        return None
    t = table()
    hit = t[(t["ucdp_id"] == code) | (t["gwcode"] == code)]
    return None if hit.empty else str(hit["iso3"].iloc[0])


def normalise_name(name: str) -> str:
    """Lower-case, accents and punctuation removed, UCDP's "(former name)" dropped."""
    text = unicodedata.normalize("NFKD", str(name))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"\(.*?\)", " ", text)
    text = re.sub(r"[^a-z0-9]+", " ", text)
    return " ".join(text.split())


@functools.lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    names: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(country, attr, None)
            if value:
                names.setdefault(normalise_name(value), country.alpha_3)
    for iso3, name in zip(table()["iso3"], table()["name"]):
        names[normalise_name(name)] = iso3   # the table's short names win
    aliases = pd.read_csv(ALIASES, dtype=str, keep_default_na=False)
    for iso3, name in zip(aliases["iso3"], aliases["name"]):
        names.setdefault(normalise_name(name), iso3)
    return names


def iso3_from_name(name: str) -> str | None:
    """The ISO3 code of a country name as UCDP, OWID or ACLED spell it (None if unknown)."""
    return _names().get(normalise_name(name))


def country_names(iso3: str) -> set[str]:
    """Every normalised name that :func:`iso3_from_name` maps to ``iso3``."""
    _check_iso3(iso3)
    return {n for n, code in _names().items() if code == iso3}
