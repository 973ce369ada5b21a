"""OCHA Common Operational Datasets: p-codes, governorate name variants, admin-1 boundaries.

Datasets ``ocha_cod_pcodes`` (admin-1/admin-2 p-code list) and
``ocha_cod_boundaries`` (COD-AB GeoJSON).

* :func:`load_pcodes` -> tidy table ``country, level, pcode, name, parent, version, origin``.
* :func:`admin1_pcode` turns a governorate name as UCDP, ACLED or a news story
  spells it ("Idlib", "Deir ez Zor governorate", "Dayr az Zawr") into its
  p-code, using the hand-made gazetteer ``data/reference/admin1_variants.csv``
  (curated lookups live in data, not code). Unknown names give ``None``.
* :func:`load_boundaries` reads admin-1 GeoJSON with the ``json`` module into
  :class:`Area` records (rings as ``(n, 2)`` lon/lat arrays) and
  :func:`draw_areas` fills them on a matplotlib axis: no geopandas needed.
* :func:`write_reference_boundaries` simplifies the COD-AB admin-1 file
  (Douglas-Peucker, rounded coordinates) into the small committed
  ``data/reference/admin1_<ISO3>.geojson`` with its origin in a ``.yml``
  beside it, so maps work with no mirror and no network.

Boundaries are administrative only; they do not show territorial control.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
import json
import re
import unicodedata
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

import numpy as np
import pandas as pd
import yaml

from analysis import catalog, paths
from analysis.atomic import write_text
from analysis.errors import DataError, DownloadError, ParameterError

DATASETS: tuple[str, ...] = ("ocha_cod_pcodes", "ocha_cod_boundaries")

#: The hand-made gazetteer of governorate spellings (country, pcode, name, kind, seen_in).
VARIANTS = paths.REFERENCE / "admin1_variants.csv"
PCODE_COLUMNS = ["country", "level", "pcode", "name", "parent", "version", "origin"]

#: HDX (CKAN) API used by :func:`download` to find the current resources.
HDX_PACKAGE = "https://data.humdata.org/api/3/action/package_show?id={package}"
PCODES_PACKAGE = "global-pcodes"
PCODES_RESOURCE = "global_pcodes_adm_1_2.csv"
#: The file name download() gives the global p-code list (the loader reads it too).
PCODES_GLOBAL_FILE = "global_pcodes_adm_1_2.csv"


# --------------------------------------------------------------------------
# Names and p-codes
# --------------------------------------------------------------------------

_SUFFIXES = ("governorate", "province", "muhafazat", "muhafazah", "gov")


def normalise_admin_name(name: str) -> str:
    """A spelling-insensitive key: no accents, apostrophes or hyphens, lower case, no "governorate"."""
    text = unicodedata.normalize("NFKD", str(name))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"['’‘`ʿʾ]", "", text).lower()
    text = re.sub(r"[^a-z0-9]+", " ", text)
    words = text.split()
    while words and words[-1] in _SUFFIXES:
        words.pop()
    return " ".join(words)


@functools.lru_cache(maxsize=4)
def _variants_table(path: str) -> pd.DataFrame:
    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    missing = {"country", "pcode", "name"} - set(table.columns)
    if missing:
        raise DataError(f"missing column(s) {', '.join(sorted(missing))}", path=path)
    table["key"] = table["name"].map(normalise_admin_name)
    clash = table.groupby(["country", "key"])["pcode"].nunique()
    clash = clash[clash > 1]
    if not clash.empty:
        country, key = clash.index[0]
        rows = table[(table["country"] == country) & (table["key"] == key)]
        raise DataError(f"row {rows.index[1] + 1}, column 'name': {rows['name'].iloc[1]!r} maps to "
                        f"{sorted(rows['pcode'].unique())}; a spelling must name one place", path=path)
    return table


def variants(path: str | Path = VARIANTS) -> pd.DataFrame:
    """The gazetteer of admin-1 spellings with a normalised ``key`` column."""
    return _variants_table(str(path)).copy()


def admin1_pcode(name: str | None, country: str, path: str | Path = VARIANTS) -> str | None:
    """The admin-1 p-code of ``name`` in ``country`` (ISO3), or None if the name is unknown.

    Spelling, accents, hyphens, apostrophes and a trailing "governorate" do not matter.
    """
    if name is None or (isinstance(name, float) and np.isnan(name)) or not str(name).strip():
        return None
    return _lookups(str(path))[0].get((country, normalise_admin_name(name)))


@functools.lru_cache(maxsize=4)
def _lookups(path: str) -> tuple[dict, dict]:
    """(country, key) -> p-code (the first row wins, as a filter would give) and (country, p-code) -> official
    name, built once from the variants table."""
    table = _variants_table(path)
    codes: dict = {}
    for country, key, pcode in zip(table["country"], table["key"], table["pcode"]):
        codes.setdefault((country, key), str(pcode))
    official = table[table["kind"] == "official"] if "kind" in table.columns else table.iloc[0:0]
    names: dict = {}
    for country, pcode, name in zip(official["country"], official["pcode"], official["name"]):
        names.setdefault((country, pcode), str(name))
    return codes, names


#: Admin-1 p-codes of every country with a COD (OCHA's global list) and UCDP spellings of some, for event
#: data outside Syria; its origin is in ``admin1_cod.yml`` beside it.
COD_ADMIN1 = paths.REFERENCE / "admin1_cod.csv"
#: Trailing words UCDP adds to an admin-1 name ("Khartoum state", "Donetsk oblast", "Sagaing region").
_UNIT_WORDS = ("state", "region", "division", "oblast", "province", "governorate", "republic", "territory", "krai")


def _strip_units(key: str) -> str:
    words = key.split()
    while len(words) > 1 and words[-1] in _UNIT_WORDS:
        words.pop()
    return " ".join(words)


@functools.lru_cache(maxsize=4)
def _cod_lookup(path: str) -> tuple[dict, dict]:
    """(country, key) -> p-code from every name, and (country, key without unit words) -> p-code where that
    shorter key names one place only."""
    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    missing = {"country", "pcode", "name"} - set(table.columns)
    if missing:
        raise DataError(f"missing column(s) {', '.join(sorted(missing))}", path=path)
    exact: dict = {}
    short: dict = {}
    for country, pcode, name in zip(table["country"], table["pcode"], table["name"]):
        key = normalise_admin_name(name)
        if exact.setdefault((country, key), pcode) != pcode:
            raise DataError(f"{name!r} names two places in {country}", path=path, column="name")
        short.setdefault((country, _strip_units(key)), set()).add(pcode)
    return exact, {k: next(iter(v)) for k, v in short.items() if len(v) == 1}


def cod_admin1_pcode(name: str | None, country: str, path: str | Path = COD_ADMIN1) -> str | None:
    """The admin-1 p-code of ``name`` in ``country`` from OCHA's global list (``admin1_cod.csv``): its official
    name or a UCDP spelling listed there, with or without a trailing "state", "oblast", "region"...; None when
    unknown or ambiguous ("Bago region": OCHA has Bago East and West)."""
    if name is None or (isinstance(name, float) and np.isnan(name)) or not str(name).strip():
        return None
    exact, short = _cod_lookup(str(path))
    key = normalise_admin_name(name)
    return exact.get((country, key)) or short.get((country, _strip_units(key)))


def admin1_name(pcode: str, country: str, path: str | Path = VARIANTS) -> str | None:
    """The official (OCHA COD) English name of admin-1 ``pcode`` (None if unknown)."""
    return _lookups(str(path))[1].get((country, pcode))


def _pcode_file(source_dir: Path, dataset: str = "ocha_cod_pcodes") -> Path:
    for item in catalog.files(dataset):
        candidate = Path(source_dir) / item["name"]
        if candidate.is_file():
            return candidate
    candidate = Path(source_dir) / PCODES_GLOBAL_FILE
    if candidate.is_file():
        return candidate
    raise DataError(f"no p-code file of {dataset!r} in this folder (expected "
                    f"{', '.join(f['name'] for f in catalog.files(dataset))} or {PCODES_GLOBAL_FILE})",
                    path=source_dir)


def load_pcodes(country: str, source_dir: str | Path) -> pd.DataFrame:
    """Admin-1 and admin-2 p-codes of ``country``: ``country, level, pcode, name, parent, version, origin``.

    Reads the catalog's file or the HDX global list; an empty frame when the
    file holds no row for ``country``.
    """
    path = _pcode_file(Path(source_dir))
    raw = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    # HDX's global list has a second header row of HXL hashtags (#country+code ...).
    raw = raw[~raw.iloc[:, 0].str.startswith("#")]
    needed = ["Location", "Admin Level", "P-Code", "Name", "Parent P-Code"]
    missing = [c for c in needed if c not in raw.columns]
    if missing:
        raise DataError(f"missing column(s) {', '.join(missing)}", path=path)
    rows = raw[raw["Location"] == country]
    # Each country's COD has its own validity date (HDX's global list); the row's version says which.
    if "Valid from date" in rows.columns:
        valid = rows["Valid from date"].astype(str).str.strip().str.slice(0, 10)
        version = ("COD valid from " + valid).where(valid != "", catalog.version("ocha_cod_pcodes"))
    else:
        version = catalog.version("ocha_cod_pcodes")
    level = pd.to_numeric(rows["Admin Level"], errors="coerce")
    if level.isna().any():
        bad = int(np.flatnonzero(level.isna().to_numpy())[0])
        raise DataError("not a number", path=path, row=int(rows.index[bad]) + 1, column="Admin Level")
    out = pd.DataFrame({
        "country": rows["Location"],
        "level": level.astype(int),
        "pcode": rows["P-Code"],
        "name": rows["Name"],
        "parent": rows["Parent P-Code"],
        "version": version,
        "origin": "raw",
    })[PCODE_COLUMNS].reset_index(drop=True)
    dup = out["pcode"].duplicated()
    if dup.any():
        raise DataError(f"duplicate p-code {out['pcode'][dup].iloc[0]!r}", path=path,
                        row=int(np.flatnonzero(dup.to_numpy())[0]) + 1, column="P-Code")
    return out


def unmatched_names(names: list[str] | pd.Series, country: str) -> list[str]:
    """The distinct names :func:`admin1_pcode` cannot place (to extend the gazetteer)."""
    seen = pd.Series(names).dropna().astype(str).unique()
    return sorted(n for n in seen if n.strip() and admin1_pcode(n, country) is None)


# --------------------------------------------------------------------------
# Boundaries
# --------------------------------------------------------------------------

@dataclass
class Area:
    """One administrative area: its p-code, English name and polygon rings (lon, lat)."""

    pcode: str
    name: str
    #: Each polygon is a list of rings: the outer ring first, then holes.
    polygons: list[list[np.ndarray]] = field(default_factory=list)

    @property
    def bounds(self) -> tuple[float, float, float, float]:
        """(min lon, min lat, max lon, max lat)."""
        pts = np.vstack([ring for poly in self.polygons for ring in poly])
        return float(pts[:, 0].min()), float(pts[:, 1].min()), float(pts[:, 0].max()), float(pts[:, 1].max())

    def points(self) -> int:
        """Number of vertices over all rings."""
        return sum(len(ring) for poly in self.polygons for ring in poly)


def _polygons(geometry: dict[str, Any], path: Path, number: int) -> list[list[np.ndarray]]:
    kind = geometry.get("type") if isinstance(geometry, dict) else None
    coords = geometry.get("coordinates") if isinstance(geometry, dict) else None
    if kind == "Polygon":
        polys = [coords]
    elif kind == "MultiPolygon":
        polys = coords
    else:
        raise DataError(f"feature {number}: geometry is {kind!r}, expected Polygon or MultiPolygon", path=path)
    try:
        return [[np.asarray(ring, dtype=float)[:, :2] for ring in poly] for poly in polys]
    except (ValueError, IndexError, TypeError):
        raise DataError(f"feature {number}: malformed coordinates", path=path) from None


def read_geojson(path: str | Path, level: int = 1) -> list[Area]:
    """Read an OCHA COD-AB (or our simplified) GeoJSON into :class:`Area` records.

    Properties ``ADM{level}_PCODE`` and ``ADM{level}_EN`` give code and name.
    """
    path = Path(path)
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise DataError("boundary file not found", path=path) from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise DataError(f"not valid GeoJSON ({exc})", path=path) from None
    features = doc.get("features") if isinstance(doc, dict) else None
    if not isinstance(features, list):
        raise DataError("no 'features' list (not a GeoJSON FeatureCollection)", path=path)
    areas = []
    code_key, name_key = f"ADM{level}_PCODE", f"ADM{level}_EN"
    for number, feature in enumerate(features, start=1):
        props = feature.get("properties") or {}
        if code_key not in props:
            raise DataError(f"feature {number}: no {code_key!r} property", path=path)
        areas.append(Area(str(props[code_key]), str(props.get(name_key, "")),
                          _polygons(feature.get("geometry"), path, number)))
    return areas


def _boundary_file(source_dir: Path, country: str, level: int) -> Path:
    # COD-AB files are named after the ISO3 code: syr_admbnda_adm1_uncs_unocha.geojson
    hits = sorted(Path(source_dir).glob(f"{country.lower()}_*adm{level}*.geojson"))
    if not hits:
        raise DataError(f"no admin-{level} GeoJSON of {country} ({country.lower()}_*adm{level}*.geojson) "
                        "in this folder", path=source_dir)
    return hits[0]


def reference_boundaries_path(country: str) -> Path:
    """Where the committed simplified admin-1 GeoJSON of ``country`` lives."""
    return paths.REFERENCE / f"admin1_{country}.geojson"


def load_boundaries(country: str, source_dir: str | Path | None = None, level: int = 1) -> dict[str, Area]:
    """Admin areas of ``country`` keyed by p-code.

    With ``source_dir`` (a fetched ``data/raw/ocha_cod_boundaries`` or the
    mirror folder) the full COD-AB file is read; without it, the committed
    simplified ``data/reference/admin1_<ISO3>.geojson`` (admin 1 only).
    """
    if source_dir is None:
        if level != 1:
            raise ParameterError("only admin-1 boundaries are embedded; pass source_dir for level 2")
        path = reference_boundaries_path(country)
        if not path.is_file():
            raise DataError(f"no embedded boundaries for {country}; fetch ocha_cod_boundaries and run "
                            "analysis.sources.ocha.write_reference_boundaries", path=path)
    else:
        path = _boundary_file(Path(source_dir), country, level)
    areas = read_geojson(path, level)
    return {a.pcode: a for a in areas}


def _ring_area(ring: np.ndarray) -> float:
    x, y = ring[:, 0], ring[:, 1]
    return float(abs(np.dot(x, np.roll(y, 1)) - np.dot(y, np.roll(x, 1))) / 2)


def draw_areas(ax: Any, areas: Mapping[str, Area], values: Mapping[str, float] | None = None, *,
               cmap: str = "Reds", edgecolor: str = "0.3", linewidth: float = 0.6,
               missing_color: str = "0.92", vmin: float | None = None, vmax: float | None = None) -> Any:
    """Fill ``areas`` on matplotlib axis ``ax``, coloured by ``values`` (p-code -> number).

    Areas without a value are drawn in ``missing_color``. Returns the
    PolyCollection (pass it to ``fig.colorbar``). Holes are not cut out:
    larger rings are drawn first so enclaves stay visible.
    """
    from matplotlib import colormaps
    from matplotlib.collections import PolyCollection
    from matplotlib.colors import Normalize, to_rgba

    rings, codes = [], []
    for code, area in areas.items():
        for poly in area.polygons:
            rings.append(poly[0])
            codes.append(code)
    # Largest rings first, so an enclave (Damascus inside Rural Damascus) is drawn on top.
    order = sorted(range(len(rings)), key=lambda i: -_ring_area(rings[i]))
    rings, codes = [rings[i] for i in order], [codes[i] for i in order]
    numbers = np.array([np.nan if values is None or values.get(c) is None else float(values[c])
                        for c in codes], dtype=float)
    finite = numbers[np.isfinite(numbers)]
    norm = Normalize(vmin=vmin if vmin is not None else (finite.min() if finite.size else 0.0),
                     vmax=vmax if vmax is not None else (finite.max() if finite.size else 1.0))
    colours = colormaps[cmap](norm(np.nan_to_num(numbers)))
    colours[~np.isfinite(numbers)] = to_rgba(missing_color)
    collection = PolyCollection(rings, facecolors=colours, edgecolors=edgecolor, linewidths=linewidth)
    collection.set_cmap(cmap)
    collection.set_norm(norm)
    collection.set_array(None)
    ax.add_collection(collection)
    allpts = np.vstack(rings) if rings else np.zeros((1, 2))
    ax.set_xlim(allpts[:, 0].min() - 0.1, allpts[:, 0].max() + 0.1)
    ax.set_ylim(allpts[:, 1].min() - 0.1, allpts[:, 1].max() + 0.1)
    ax.set_aspect(1.0 / np.cos(np.deg2rad(allpts[:, 1].mean())))
    return collection


# --------------------------------------------------------------------------
# Simplification (our own Douglas-Peucker)
# --------------------------------------------------------------------------

def douglas_peucker(points: np.ndarray, tolerance: float) -> np.ndarray:
    """Keep the vertices of a line that lie more than ``tolerance`` from its simplification.

    Iterative (no recursion limit); the first and last points are always kept.
    """
    pts = np.asarray(points, dtype=float)
    n = len(pts)
    if n < 3:
        return pts.copy()
    keep = np.zeros(n, dtype=bool)
    keep[0] = keep[-1] = True
    stack = [(0, n - 1)]
    while stack:
        first, last = stack.pop()
        if last - first < 2:
            continue
        a, b = pts[first], pts[last]
        seg = b - a
        inner = pts[first + 1:last]
        length = np.hypot(*seg)
        if length == 0.0:
            dist = np.hypot(*(inner - a).T)
        else:
            dist = np.abs(seg[0] * (inner[:, 1] - a[1]) - seg[1] * (inner[:, 0] - a[0])) / length
        i = int(np.argmax(dist))
        if dist[i] > tolerance:
            split = first + 1 + i
            keep[split] = True
            stack.append((first, split))
            stack.append((split, last))
    return pts[keep]


def simplify_ring(ring: np.ndarray, tolerance: float, digits: int) -> np.ndarray | None:
    """A closed ring simplified and rounded; None when it collapses below a triangle."""
    ring = np.asarray(ring, dtype=float)
    if len(ring) >= 2 and np.array_equal(ring[0], ring[-1]):
        ring = ring[:-1]
    if len(ring) < 3:
        return None
    # Split the closed ring at its farthest point from the start so both ends are kept.
    far = int(np.argmax(np.hypot(*(ring - ring[0]).T)))
    halves = [douglas_peucker(np.vstack([ring[:far + 1]]), tolerance),
              douglas_peucker(np.vstack([ring[far:], ring[:1]]), tolerance)]
    out = np.vstack([halves[0], halves[1][1:]])
    out = np.round(out, digits)
    # Drop consecutive duplicates created by rounding.
    step = np.any(np.diff(out, axis=0) != 0, axis=1)
    out = np.vstack([out[:1], out[1:][step]])
    if len(out) < 4:   # a closed triangle needs 4 points
        return None
    if not np.array_equal(out[0], out[-1]):
        out = np.vstack([out, out[:1]])
    return out


def simplify_areas(areas: list[Area], tolerance: float = 0.01, digits: int = 3) -> list[Area]:
    """Every ring simplified by :func:`simplify_ring`; rings that collapse are dropped."""
    result = []
    for area in areas:
        polys = []
        for poly in area.polygons:
            outer = simplify_ring(poly[0], tolerance, digits)
            if outer is None:
                continue
            holes = [h for h in (simplify_ring(r, tolerance, digits) for r in poly[1:]) if h is not None]
            polys.append([outer, *holes])
        if not polys:   # keep at least the largest ring, unsimplified but rounded
            biggest = max((p[0] for p in area.polygons), key=len)
            polys = [[np.round(biggest, digits)]]
        result.append(Area(area.pcode, area.name, polys))
    return result


def areas_to_geojson(areas: list[Area], country: str, level: int = 1) -> dict[str, Any]:
    """A GeoJSON FeatureCollection of ``areas`` keeping ``ADM{level}_PCODE`` and ``ADM{level}_EN``."""
    features = []
    for area in areas:
        coords = [[[[float(x), float(y)] for x, y in ring] for ring in poly] for poly in area.polygons]
        geometry = {"type": "Polygon", "coordinates": coords[0]} if len(coords) == 1 else \
            {"type": "MultiPolygon", "coordinates": coords}
        features.append({"type": "Feature",
                         "properties": {f"ADM{level}_PCODE": area.pcode, f"ADM{level}_EN": area.name,
                                        "ADM0_ISO3": country},
                         "geometry": geometry})
    return {"type": "FeatureCollection", "features": features}


def write_reference_boundaries(country: str, source_dir: str | Path, dest_dir: str | Path | None = None,
                               tolerance: float = 0.003, digits: int = 3,
                               max_bytes: int = 150_000) -> Path:
    """Simplify the admin-1 COD-AB file into ``<dest_dir>/admin1_<ISO3>.geojson`` plus its ``.yml`` origin.

    The tolerance is doubled until the file is under ``max_bytes``. Both
    files are written atomically. Returns the GeoJSON path.
    """
    dest_dir = Path(dest_dir) if dest_dir is not None else paths.REFERENCE
    source = _boundary_file(Path(source_dir), country, 1)
    areas = read_geojson(source, 1)
    tol = tolerance
    for _ in range(8):
        simple = simplify_areas(areas, tol, digits)
        text = json.dumps(areas_to_geojson(simple, country), separators=(",", ":"), ensure_ascii=False)
        if len(text.encode("utf-8")) <= max_bytes:
            break
        tol *= 2
    else:
        raise DataError(f"could not simplify below {max_bytes} bytes", path=source)
    target = Path(dest_dir) / f"admin1_{country}.geojson"
    write_text(target, text + "\n")
    origin = {
        "file": target.name,
        "dataset": "ocha_cod_boundaries",
        "version": catalog.version("ocha_cod_boundaries"),
        "producer": catalog.dataset("ocha_cod_boundaries")["producer"],
        "licence": catalog.dataset("ocha_cod_boundaries")["licence"],
        "input": source.name,
        "input_sha256": catalog.sha256_file(source),
        "method": (f"analysis.sources.ocha.write_reference_boundaries: Douglas-Peucker per ring, "
                   f"tolerance {tol:g} degrees, coordinates rounded to {digits} decimals; "
                   f"properties kept: ADM1_PCODE, ADM1_EN"),
        "features": len(simple),
        "vertices_in": sum(a.points() for a in areas),
        "vertices_out": sum(a.points() for a in simple),
        "bytes": len((text + "\n").encode("utf-8")),
        "written": dt.date.today().isoformat(),
        "note": "Administrative boundaries only; they do not show territorial control.",
    }
    write_text(target.with_suffix(".yml"), yaml.safe_dump(origin, sort_keys=False, allow_unicode=True))
    return target


# --------------------------------------------------------------------------
# Download from HDX
# --------------------------------------------------------------------------

def _hdx_resources(package: str) -> list[dict[str, Any]]:
    from analysis.download import get_json

    doc = get_json(HDX_PACKAGE.format(package=package))
    try:
        return list(doc["result"]["resources"])
    except (KeyError, TypeError):
        raise DownloadError(f"HDX package {package!r}: the answer has no resource list") from None


def download(dataset: str, dest: Path, *, progress: bool = True, country: str | None = None) -> list[Path]:
    """Fetch ``dataset`` from HDX into folder ``dest``; return the files written.

    ``ocha_cod_pcodes``: the HDX global p-code list (admin 1-2, every country),
    kept whole; :func:`load_pcodes` selects the country. ``ocha_cod_boundaries``:
    the COD-AB GeoJSON zip of ``country`` (default: the countries the catalog
    entry lists), unpacked to its ``*.geojson`` files.
    """
    from analysis.download import download as fetch

    dest = Path(dest)
    if dataset == "ocha_cod_pcodes":
        resources = _hdx_resources(PCODES_PACKAGE)
        hits = [r for r in resources if str(r.get("name", "")).lower() == PCODES_RESOURCE]
        if not hits:
            raise DownloadError(f"HDX package {PCODES_PACKAGE!r} has no resource {PCODES_RESOURCE!r}")
        return [fetch(hits[0]["url"], dest / PCODES_GLOBAL_FILE, progress=progress)]
    if dataset == "ocha_cod_boundaries":
        countries = [country] if country else list(catalog.dataset(dataset).get("countries") or [])
        if not countries:
            raise ParameterError("ocha_cod_boundaries: say which country to download (country='SYR')")
        written: list[Path] = []
        for iso3 in countries:
            package = f"cod-ab-{iso3.lower()}"
            resources = _hdx_resources(package)
            hits = [r for r in resources if "geojson" in (str(r.get("format", "")) + str(r.get("name", ""))).lower()]
            if not hits:
                raise DownloadError(f"HDX package {package!r} has no GeoJSON resource")
            archive = fetch(hits[0]["url"], dest / Path(str(hits[0]["url"]).split("?")[0]).name,
                            progress=progress)
            written.extend(_unpack_geojson(archive, dest))
        return written
    raise ParameterError(f"module analysis.sources.ocha does not serve {dataset!r}")


def _unpack_geojson(archive: Path, dest: Path) -> list[Path]:
    """The ``*.geojson`` files of a downloaded zip (or the file itself when it is GeoJSON)."""
    data = archive.read_bytes()
    if not zipfile.is_zipfile(io.BytesIO(data)):
        if data.lstrip()[:1] == b"{":
            return [archive]
        raise DownloadError("the download is neither a zip nor GeoJSON", path=archive)
    out = []
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        for member in zf.namelist():
            if member.lower().endswith((".geojson", ".json")):
                target = dest / Path(member).with_suffix(".geojson").name
                write_text(target, zf.read(member).decode("utf-8"))
                out.append(target)
    if not out:
        raise DownloadError("the zip holds no GeoJSON file", path=archive)
    return out
