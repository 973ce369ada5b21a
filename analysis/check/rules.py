"""The claim-check rules: ``data/check_rules.yml`` read, checked and turned into objects.

The file is one readable table a user can extend (its header explains every
field). It is read with ``yaml.safe_load``; anything wrong with a rule or an
anchor is a :class:`~analysis.errors.DataError` naming the file and the rule.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from analysis import catalog, paths, schemas
from analysis.errors import DataError

#: Where the rules live.
RULES_FILE: Path = paths.DATA / "check_rules.yml"

SCOPES = ("country", "host", "admin1")
PICKS = ("stock_on_date", "period_sum", "event_window")
MEASURES = ("best", "civilians")
ALIGNS = ("year", "month")
TOLL_TOPICS = ("deaths", "displacement", "returns", "none")
RULE_KEYS = {"id", "description", "metrics", "period_keywords", "unit_keywords", "unit_exclude", "scope", "pick", "components",
             "measure", "align", "max_days", "min_days", "tolerance", "toll_topic", "covered_by",
             "definition"}
PLAUSIBILITY_KEYS = {"metrics", "population", "largest", "times_largest"}
ANCHOR_KEYS = {"country", "name", "start", "keywords"}
ANCHOR_OPTIONAL = {"year_alone_ambiguous"}


@dataclass(frozen=True)
class Component:
    """One figure added into a rule's total: an indicator from one of several alternative datasets."""
    indicator: str
    sources: tuple[str, ...]
    note: str | None = None


@dataclass(frozen=True)
class Coverage:
    """A dataset release that would cover a claim when the loaded data do not."""
    dataset: str
    version: str
    file: str
    start: dt.date
    end: dt.date

    def text(self) -> str:
        """E.g. "UCDP GED 25.1 covers 1989-01-01 to 2024-12-31" (a reader's words: no file name or catalog id)."""
        producer = catalog.dataset(self.dataset)["producer"].split(" (")[0].split(",")[0]
        short = "UCDP" if "Uppsala" in producer or producer.startswith("UCDP") else producer
        return f"{short} {self.version} covers {self.start.isoformat()} to {self.end.isoformat()}"


@dataclass(frozen=True)
class Rule:
    """One row of the rules table (see the file's header for each field)."""
    id: str
    description: str
    metrics: tuple[str, ...]
    scope: str
    pick: str
    tolerance: float
    toll_topic: str
    period_keywords: tuple[re.Pattern, ...] = ()
    unit_keywords: tuple[re.Pattern, ...] = ()
    unit_exclude: tuple[re.Pattern, ...] = ()
    components: tuple[Component, ...] = ()
    measure: str = "best"
    align: str = "year"
    max_days: int | None = None
    min_days: int | None = None
    covered_by: tuple[Coverage, ...] = ()
    definition: str = ""              # what the data count, stated beside the claim in every reason


@dataclass(frozen=True)
class Plausibility:
    """When a claim is implausible before any comparison (the file's ``plausibility`` section)."""
    metrics: tuple[str, ...]           # metrics counting people, checked against the population
    population: Component | None      # the population indicator (a claim above it is implausible)
    largest: tuple[str, ...] = ()      # datasets whose largest figure for the country bounds a claim ...
    times_largest: float = 10.0        # ... by this factor (an order of magnitude)


@dataclass(frozen=True)
class Anchor:
    """A named start for "since X" periods in one country."""
    country: str
    name: str
    start: dt.date
    keywords: tuple[re.Pattern, ...]
    year_alone_ambiguous: bool = False


@dataclass(frozen=True)
class Rules:
    """The whole table: anchors and rules in order (the first rule that fits wins)."""
    path: Path
    anchors: tuple[Anchor, ...]
    rules: tuple[Rule, ...] = field(default_factory=tuple)
    plausibility: Plausibility | None = None

    @functools.cached_property
    def metrics(self) -> frozenset[str]:
        """The metrics some rule compares."""
        return frozenset(m for r in self.rules for m in r.metrics)


def _fail(path: Path, where: str, problem: str) -> DataError:
    return DataError(f"{where}: {problem}", path=path)


def _patterns(value: Any, path: Path, where: str, key: str) -> tuple[re.Pattern, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise _fail(path, where, f"{key!r} must be a list of regular expressions")
    out = []
    for text in value:
        try:
            out.append(re.compile(text, re.IGNORECASE))
        except re.error as exc:
            raise _fail(path, where, f"{key!r}: bad regular expression {text!r} ({exc})") from None
    return tuple(out)


def _date(value: Any, path: Path, where: str, key: str) -> dt.date:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise _fail(path, where, f"{key!r} must be a date like 2011-03-15, got {value!r}") from None


def _choice(entry: dict, key: str, allowed: tuple[str, ...], path: Path, where: str, default: str | None = None) -> str:
    value = entry.get(key, default)
    if value not in allowed:
        raise _fail(path, where, f"{key!r} must be one of {', '.join(allowed)}, got {value!r}")
    return value


def _days(entry: dict, key: str, path: Path, where: str) -> int | None:
    value = entry.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise _fail(path, where, f"{key!r} must be a whole number of days, got {value!r}")
    return value


def _component(item: Any, known: set[str], path: Path, where: str) -> Component:
    if not isinstance(item, dict) or set(item) - {"indicator", "sources", "note"}:
        raise _fail(path, where, f"each component is a mapping of indicator, sources and note; got {item!r}")
    indicator = item.get("indicator")
    if indicator not in schemas.INDICATOR_NAMES:
        raise _fail(path, where, f"unknown indicator {indicator!r} (known: {', '.join(sorted(schemas.INDICATOR_NAMES))})")
    sources = item.get("sources")
    if not isinstance(sources, list) or not sources:
        raise _fail(path, where, f"component {indicator!r}: 'sources' must be a non-empty list of dataset ids")
    for s in sources:
        if s not in known:
            raise _fail(path, where, f"component {indicator!r}: {s!r} is not a dataset id in the catalog")
    note = item.get("note")
    if note is not None and not isinstance(note, str):
        raise _fail(path, where, f"component {indicator!r}: 'note' must be text")
    return Component(indicator, tuple(sources), note)


def _coverage(item: Any, known: set[str], path: Path, where: str) -> Coverage:
    if not isinstance(item, dict) or set(item) != {"dataset", "version", "file", "from", "to"}:
        raise _fail(path, where, "each covered_by entry needs exactly dataset, version, file, from and to")
    dataset = item["dataset"]
    if dataset not in known:
        raise _fail(path, where, f"covered_by: {dataset!r} is not a dataset id in the catalog")
    urls = catalog.dataset(dataset).get("download_urls") or []
    if not any(str(u).endswith(str(item["file"])) for u in urls):
        raise _fail(path, where, f"covered_by: file {item['file']!r} is not among {dataset}'s download URLs "
                                 "in the catalog")
    start, end = _date(item["from"], path, where, "from"), _date(item["to"], path, where, "to")
    if end < start:
        raise _fail(path, where, "covered_by: 'to' is before 'from'")
    return Coverage(dataset, str(item["version"]), str(item["file"]), start, end)


def _rule(entry: Any, number: int, known: set[str], seen: set[str], path: Path) -> Rule:
    where = f"rule {number}"
    if not isinstance(entry, dict):
        raise _fail(path, where, "a rule must be a mapping")
    ident = entry.get("id")
    if not isinstance(ident, str) or not re.fullmatch(r"[a-z0-9_]+", ident):
        raise _fail(path, where, f"'id' must match [a-z0-9_]+, got {ident!r}")
    where = f"rule {number} ({ident})"
    if ident in seen:
        raise _fail(path, where, "duplicate id")
    unknown = sorted(set(entry) - RULE_KEYS)
    if unknown:
        raise _fail(path, where, f"unknown key(s) {', '.join(unknown)}; allowed: {', '.join(sorted(RULE_KEYS))}")
    metrics = entry.get("metrics")
    if not isinstance(metrics, list) or not metrics or any(m not in schemas.METRICS for m in metrics):
        raise _fail(path, where, f"'metrics' must be a non-empty list of {', '.join(schemas.METRICS)}")
    scope = _choice(entry, "scope", SCOPES, path, where)
    pick = _choice(entry, "pick", PICKS, path, where)
    tol = entry.get("tolerance")
    if isinstance(tol, bool) or not isinstance(tol, (int, float)) or not 0 <= tol < 1:
        raise _fail(path, where, f"'tolerance' must be a number from 0 to below 1 (0.2 = 20%), got {tol!r}")
    comps = entry.get("components") or []
    if not isinstance(comps, list):
        raise _fail(path, where, "'components' must be a list")
    components = tuple(_component(c, known, path, where) for c in comps)
    if pick != "event_window" and not components:
        raise _fail(path, where, f"pick {pick!r} needs at least one component")
    if pick == "event_window" and components:
        raise _fail(path, where, "pick 'event_window' reads UCDP events; it takes no components")
    cover = entry.get("covered_by") or []
    if not isinstance(cover, list):
        raise _fail(path, where, "'covered_by' must be a list")
    max_days, min_days = _days(entry, "max_days", path, where), _days(entry, "min_days", path, where)
    if max_days is not None and min_days is not None and max_days < min_days:
        raise _fail(path, where, "'max_days' is below 'min_days'")
    description = entry.get("description", "")
    if not isinstance(description, str):
        raise _fail(path, where, "'description' must be text")
    definition = entry.get("definition", "")
    if not isinstance(definition, str):
        raise _fail(path, where, "'definition' must be text")
    return Rule(
        id=ident, description=description, metrics=tuple(metrics), scope=scope, pick=pick, tolerance=float(tol),
        toll_topic=_choice(entry, "toll_topic", TOLL_TOPICS, path, where, "none"),
        period_keywords=_patterns(entry.get("period_keywords"), path, where, "period_keywords"),
        unit_keywords=_patterns(entry.get("unit_keywords"), path, where, "unit_keywords"),
        unit_exclude=_patterns(entry.get("unit_exclude"), path, where, "unit_exclude"),
        components=components,
        measure=_choice(entry, "measure", MEASURES, path, where, "best"),
        align=_choice(entry, "align", ALIGNS, path, where, "year"),
        max_days=max_days, min_days=min_days,
        covered_by=tuple(_coverage(c, known, path, where) for c in cover),
        definition=" ".join(definition.split()),
    )


def _plausibility(entry: Any, known: set[str], path: Path) -> Plausibility:
    where = "plausibility"
    if not isinstance(entry, dict) or set(entry) - PLAUSIBILITY_KEYS:
        raise _fail(path, where, f"a mapping of {', '.join(sorted(PLAUSIBILITY_KEYS))}")
    metrics = entry.get("metrics")
    if not isinstance(metrics, list) or any(m not in schemas.METRICS for m in metrics):
        raise _fail(path, where, f"'metrics' must be a list of {', '.join(schemas.METRICS)}")
    population = _component(entry["population"], known, path, where) if entry.get("population") else None
    largest = entry.get("largest") or []
    if not isinstance(largest, list) or any(d not in known for d in largest):
        raise _fail(path, where, "'largest' must be a list of dataset ids in the catalog")
    times = entry.get("times_largest", 10)
    if isinstance(times, bool) or not isinstance(times, (int, float)) or times < 1:
        raise _fail(path, where, f"'times_largest' must be a number of at least 1, got {times!r}")
    return Plausibility(tuple(metrics), population, tuple(largest), float(times))


def _anchor(entry: Any, number: int, path: Path) -> Anchor:
    where = f"anchor {number}"
    if not isinstance(entry, dict) or not ANCHOR_KEYS <= set(entry) <= ANCHOR_KEYS | ANCHOR_OPTIONAL:
        raise _fail(path, where, f"an anchor needs {', '.join(sorted(ANCHOR_KEYS))} and may have "
                                 f"{', '.join(sorted(ANCHOR_OPTIONAL))}")
    ambiguous = entry.get("year_alone_ambiguous", False)
    if not isinstance(ambiguous, bool):
        raise _fail(path, where, "'year_alone_ambiguous' must be true or false")
    country = entry["country"]
    if not isinstance(country, str) or not re.fullmatch(r"[A-Z]{3}", country):
        raise _fail(path, where, f"'country' must be an ISO3 code, got {country!r}")
    where = f"anchor {number} ({entry['name']})"
    keywords = _patterns(entry["keywords"], path, where, "keywords")
    if not keywords:
        raise _fail(path, where, "'keywords' must not be empty")
    return Anchor(country, str(entry["name"]), _date(entry["start"], path, where, "start"), keywords, ambiguous)


def load_rules(path: str | Path | None = None) -> Rules:
    """Read and check the rules file (default ``data/check_rules.yml``)."""
    path = Path(path) if path is not None else RULES_FILE
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DataError("rules file not found", path=path) from None
    except UnicodeDecodeError:
        raise DataError("rules file is not UTF-8 text", path=path) from None
    try:
        doc = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise DataError(f"not valid YAML: {exc}".replace("\n", " "), path=path) from None
    if not isinstance(doc, dict) or doc.get("version") != 1:
        raise DataError("expected a mapping with 'version: 1', 'anchors' and 'rules'", path=path)
    unknown = sorted(set(doc) - {"version", "anchors", "rules", "plausibility"})
    if unknown:
        raise DataError(f"unknown top-level key(s) {', '.join(unknown)}", path=path)
    rules_in, anchors_in = doc.get("rules"), doc.get("anchors") or []
    if not isinstance(rules_in, list) or not rules_in:
        raise DataError("'rules' must be a non-empty list", path=path)
    if not isinstance(anchors_in, list):
        raise DataError("'anchors' must be a list", path=path)
    known = set(catalog.dataset_ids())
    seen: set[str] = set()
    rules = []
    for i, entry in enumerate(rules_in, start=1):
        rule = _rule(entry, i, known, seen, path)
        seen.add(rule.id)
        rules.append(rule)
    anchors = tuple(_anchor(a, i, path) for i, a in enumerate(anchors_in, start=1))
    plausibility = _plausibility(doc["plausibility"], known, path) if doc.get("plausibility") else None
    return Rules(path=path, anchors=anchors, rules=tuple(rules), plausibility=plausibility)
