"""Loaders, one module per publisher: download, mirror import, tidy load.

The registry here maps each catalogued dataset id to the module that serves
it (the catalog's ``module`` field) and imports that module only when it is
needed, so listing datasets or asking for ``--help`` stays quick.

Every source module exposes ``DATASETS``, ``download(dataset, dest, *,
progress=True)`` and, where they apply, ``load_indicators(dataset, country,
source_dir)`` and ``load_events(dataset, country, source_dir)``.
"""

from __future__ import annotations

import importlib
from types import ModuleType

from analysis import catalog, paths
from analysis.errors import DataError


def module_name(dataset: str) -> str | None:
    """The dotted module the catalog names for ``dataset`` (None: no loader)."""
    return catalog.dataset(dataset).get("module") or None


def module_for(dataset: str) -> ModuleType:
    """Import and return the module serving ``dataset`` (a :class:`DataError` if none)."""
    name = module_name(dataset)
    if not name:
        raise DataError(f"dataset {dataset!r} has no loader module in the catalog", path=paths.CATALOG)
    try:
        module = importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name == name:
            raise DataError(f"dataset {dataset!r}: loader module {name} is not available yet",
                            path=paths.CATALOG) from None
        raise
    served = getattr(module, "DATASETS", ())
    if served and dataset not in served:
        raise DataError(f"module {name} does not list {dataset!r} in its DATASETS", path=paths.CATALOG)
    return module


#: Optional module constants narrowing which of its datasets a loader serves.
_SERVED_BY = {"load_events": "EVENT_DATASETS", "load_indicators": "INDICATOR_DATASETS"}


def has_loader(dataset: str, function: str) -> bool:
    """True when the module serving ``dataset`` exists, defines ``function`` and
    (if it declares ``EVENT_DATASETS`` / ``INDICATOR_DATASETS``) lists ``dataset`` there."""
    try:
        module = module_for(dataset)
    except DataError:
        return False
    if not callable(getattr(module, function, None)):
        return False
    narrowed = getattr(module, _SERVED_BY.get(function, ""), None)
    return narrowed is None or dataset in narrowed


def short_name(dataset: str) -> str:
    """The publisher short name of ``dataset`` (``analysis.sources.unhcr`` -> ``unhcr``)."""
    name = module_name(dataset)
    return name.rsplit(".", 1)[-1] if name else ""


def select(names: list[str] | None) -> list[str]:
    """Dataset ids matching ``names`` (dataset ids or publisher short names); all when empty."""
    ids = catalog.dataset_ids()
    if not names:
        return ids
    chosen: list[str] = []
    for name in names:
        hits = [i for i in ids if i == name] or [i for i in ids if short_name(i) == name]
        if not hits:
            publishers = sorted({short_name(i) for i in ids} - {""})
            raise DataError(f"unknown source {name!r}; use a dataset id ({', '.join(ids)}) "
                            f"or a publisher ({', '.join(publishers)})", path=paths.CATALOG)
        chosen.extend(h for h in hits if h not in chosen)
    return chosen
