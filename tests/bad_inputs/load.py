"""Run source loaders on folders, as a notebook or the reference builder would.

    python tests/bad_inputs/load.py DATASET=FOLDER [DATASET=FOLDER ...]

Each dataset is loaded with its module's ``load_events`` (event datasets) or
``load_indicators`` / ``load_boundaries`` for country SYR. A
:class:`~analysis.errors.TallyError` is printed as one ``error:`` line and the
next dataset is still loaded; anything else is left to raise, so a traceback
here is a loader bug the corpus test reports. Exit 1 when any dataset failed.
"""

from __future__ import annotations

import sys

from analysis import sources
from analysis.errors import TallyError


def load(dataset: str, folder: str):
    """The dataset's frame (or areas) read from ``folder``."""
    module = sources.module_for(dataset)
    if dataset == "ocha_cod_boundaries":
        return module.load_boundaries("SYR", folder)
    if sources.has_loader(dataset, "load_events"):
        return module.load_events(dataset, "SYR", folder)
    return module.load_indicators(dataset, "SYR", folder)


def main(argv: list[str]) -> int:
    failed = 0
    for item in argv:
        dataset, folder = item.split("=", 1)
        try:
            result = load(dataset, folder)
        except TallyError as exc:
            print(f"error: {exc}", file=sys.stderr)
            failed += 1
            continue
        print(f"{dataset}: {len(result)} rows")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
