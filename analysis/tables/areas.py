"""Admin-1 areas as readers see them: one area, one name, in the report's country.

Event data and news articles spell an area many ways ("Kiev Special Republican city" and "Kyiv Special
Republican city", "South Kordofan state" and "Southern Kordofan state", "Gedarif" for OCHA's "Gedaref").
A report table groups by the OCHA p-code and names each area by the p-code's official English name, so one
area is one row. A name that belongs to an admin-1 area of *another* country (UCDP's pre-2011 Sudan events
in what is now South Sudan: "Jonglei state", "Unity state") never becomes an area of the report's country;
it is kept apart with the country it lies in now.

Lookups, in order: the hand-made gazetteer (:func:`analysis.sources.ocha.admin1_pcode`, Syria), OCHA's
global admin-1 list with UCDP spellings (:func:`analysis.sources.ocha.cod_admin1_pcode`), then a
transliteration-insensitive key (consonants only, doubled letters once: "Gedarif" and "Gedaref" are both
"gdrf") that must name exactly one area of the country.
"""

from __future__ import annotations

import functools
import re

import pandas as pd

#: The row name of events no lookup places in an admin-1 area.
UNKNOWN = "unknown area"
#: Trailing words UCDP and others add to an admin-1 name.
_UNITS = ("state", "region", "division", "oblast", "province", "governorate", "republic", "territory", "krai",
          "special republican city", "city", "muhafazah", "wilayah", "county", "district", "department")
_SUFFIXES = ("ska", "ska oblast")  # Ukrainian adjectival names ("Vinnytska") against the noun ("Vinnytsia")


def _key(name: str) -> str:
    from analysis.sources import ocha

    key = ocha.normalise_admin_name(name)
    changed = True
    while changed:
        changed = False
        for unit in _UNITS:
            if key.endswith(" " + unit) and len(key) > len(unit) + 1:
                key, changed = key[: -len(unit) - 1], True
    return key


def skeleton(name: str) -> str:
    """A transliteration-insensitive key: the name's consonants, no unit word, a doubled letter once:
    "Gedarif state" and "Gedaref" → "gdrf"; "Kiev" and "Kyiv" → "kv"."""
    key = _key(name).replace(" ", "")
    key = re.sub(r"[aeiouy]", "", key)
    key = re.sub(r"(.)\1+", r"\1", key)
    return key


@functools.lru_cache(maxsize=2)
def _tables() -> tuple[dict, dict, dict]:
    """(country, p-code) → official name; (country, skeleton) → set of p-codes; skeleton → set of (country,
    p-code), from the gazetteer and OCHA's global admin-1 list (official names and listed spellings)."""
    from analysis.sources import ocha

    names: dict = {}
    skel: dict = {}
    world: dict = {}
    frames = []
    for path in (ocha.VARIANTS, ocha.COD_ADMIN1):
        try:
            frames.append(pd.read_csv(path, dtype=str, keep_default_na=False))
        except FileNotFoundError:
            continue
    for frame in frames:
        kinds = frame["kind"] if "kind" in frame else pd.Series("official", index=frame.index)
        for country, pcode, name, kind in zip(frame["country"], frame["pcode"], frame["name"], kinds):
            if kind == "official":
                names.setdefault((country, pcode), name)
            s = skeleton(name)
            if s:
                skel.setdefault((country, s), set()).add(pcode)
                world.setdefault(s, set()).add((country, pcode))
    return names, skel, world


def official_name(pcode: str, country: str) -> str | None:
    """The OCHA official English name of admin-1 ``pcode`` of ``country`` (None when not known)."""
    if not pcode:
        return None
    return _tables()[0].get((country, str(pcode)))


def pcode(name: str | None, country: str) -> str:
    """The admin-1 p-code of ``name`` in ``country``, or "" when no lookup names one area of the country."""
    from analysis.sources import ocha

    text = str(name or "").strip()
    if not text or text.upper() in {"NULL", "NAN", "NONE"}:
        return ""
    found = (ocha.admin1_pcode(text, country) or ocha.cod_admin1_pcode(text, country)
             or ocha.cod_admin1_pcode(_key(text), country))
    if found:
        return found
    codes = _tables()[1].get((country, skeleton(text)), set())
    return next(iter(codes)) if len(codes) == 1 else ""


def other_country(name: str | None, country: str) -> str:
    """The ISO3 country whose admin-1 area ``name`` is, when it is not ``country``'s and names exactly one
    country's area ("Jonglei state" → "SSD" for a Sudan report); "" otherwise."""
    from analysis.sources import ocha

    text = str(name or "").strip()
    if not text or pcode(text, country):
        return ""
    hits = set()
    for iso3 in _countries():
        if iso3 != country and ocha.cod_admin1_pcode(text, iso3):
            hits.add(iso3)
    return next(iter(hits)) if len(hits) == 1 else ""


@functools.lru_cache(maxsize=1)
def _countries() -> tuple[str, ...]:
    names = _tables()[0]
    return tuple(sorted({c for c, _ in names}))


def split_into(name: str, country: str) -> list[str]:
    """The official names of the areas OCHA splits ``name`` into ("Shan state" → "Shan (East)", "Shan
    (North)", "Shan (South)"); [] when it names no such set (two or more areas whose names begin with it)."""
    key = _key(name)
    if not key:
        return []
    found = sorted(n for (c, _), n in _tables()[0].items()
                   if c == country and _key(n).startswith(key + " ") and "(" in n)
    return found if len(found) >= 2 else []


def _together(parts: list[str]) -> str:
    """["Shan (East)", "Shan (North)", "Shan (South)"] → "Shan (East, North and South together)"."""
    from analysis import prose

    base = parts[0].split(" (")[0]
    return f"{base} ({prose.join_words([p.split(' (', 1)[1].rstrip(')') for p in parts])} together)"


def normalise(frame: pd.DataFrame, country: str, *, name: str = "admin1_name",
              code: str = "admin1_pcode") -> pd.DataFrame:
    """``frame`` with its admin-1 columns made one name per area: a p-code found where it was missing, the
    name replaced by the p-code's official name, and a column ``admin1_country``: ``country`` for an area of
    the country, another ISO3 for an area that lies in another country now, "" for a name no lookup knows
    (kept as written; an empty name becomes :data:`UNKNOWN`)."""
    if frame.empty:
        return frame.assign(admin1_country=pd.Series(dtype=str))
    keys = list(zip(frame[name].fillna("").astype(str), frame[code].fillna("").astype(str)))
    resolved: dict = {}
    for key in dict.fromkeys(keys):
        n, c = key
        text = n.strip()
        blank = not text or text.upper() in {"NULL", "NAN", "NONE"}
        c = c.strip() if c.strip() and c.strip().lower() not in {"nan", "none"} else ""
        c = c or ("" if blank else pcode(text, country))
        if c:
            resolved[key] = (official_name(c, country) or text, c, country)
        elif blank:
            resolved[key] = (UNKNOWN, "", "")
        else:
            other = other_country(text, country)
            if other:
                resolved[key] = (official_name(pcode(text, other), other) or text, "", other)
            else:
                parts = split_into(text, country)
                resolved[key] = (_together(parts) if parts else text, "", country if parts else "")
    out = frame.copy()
    out[name] = [resolved[k][0] for k in keys]
    out[code] = [resolved[k][1] for k in keys]
    out["admin1_country"] = [resolved[k][2] for k in keys]
    return out
