"""Timed passes over a list of texts, shared by every extractor's benchmark process.

Standard library only: the Duckling process runs in its own venv
(``benchmarks/.venv-duckling``), which has neither the project nor its
packages, and imports this module from the checkout.
"""

from __future__ import annotations

import json
import resource
import statistics
import time
from pathlib import Path
from typing import Callable

#: Every extractor makes at least MIN_PASSES and at most MAX_PASSES passes over the same texts; passes stop
#: early once MIN_CPU CPU-seconds are spent, so a slow extractor (quantulum3: a minute a pass) makes one and a
#: fast one (a tenth of a second) makes several; the median pass is kept.
MIN_PASSES, MAX_PASSES, MIN_CPU = 1, 25, 3.0


def rss_mb() -> float:
    """Peak resident set size of this process so far, in MB (Linux reports KB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def load_texts(path: str | Path) -> list[str]:
    """The texts the parent wrote for this run (a JSON list of strings)."""
    return json.loads(Path(path).read_text(encoding="utf-8"))


def timed_passes(one_pass: Callable[[], int], min_passes: int = MIN_PASSES, max_passes: int = MAX_PASSES,
                 min_cpu: float = MIN_CPU, best: bool = False, before: Callable[[], object] | None = None) -> dict:
    """Run ``one_pass`` (returns the number of figures found) several times; median CPU and wall seconds, or
    with ``best`` the least of each (on a shared machine other work only adds time to a pass, so the least
    is the closest to what the code itself costs; the median is kept as ``cpu_median``).

    CPU time is ``time.process_time``: every thread of this process, so a
    runtime's own threads (Duckling's Haskell runtime) are counted too. ``before``, when given, runs before
    each pass, outside the timing (tally's :func:`benchmarks.claims_bench.unseen_texts_state`).
    """
    cpus: list[float] = []
    walls: list[float] = []
    figures = 0
    while len(cpus) < max_passes and (len(cpus) < min_passes or sum(cpus) < min_cpu):
        if before is not None:
            before()
        c0, t0 = time.process_time(), time.perf_counter()
        figures = one_pass()
        walls.append(time.perf_counter() - t0)
        cpus.append(time.process_time() - c0)
    pick = min if best else statistics.median
    return {"figures": figures, "cpu_seconds": pick(cpus), "seconds": pick(walls),
            "cpu_median": statistics.median(cpus),
            "passes": len(cpus), "cpu_per_pass": [round(c, 4) for c in cpus]}


#: Passes each extractor makes at the least in the extraction comparison (quantulum3 too: a minute a pass on
#: FA-KES), so that the least pass of every extractor is taken from more than one.
COMPARE_PASSES = 2


def compare_passes(one_pass: Callable[[], int], before: Callable[[], object] | None = None) -> dict:
    """:func:`timed_passes` as every extractor of the comparison is measured: at least COMPARE_PASSES passes,
    the least kept."""
    return timed_passes(one_pass, min_passes=COMPARE_PASSES, best=True, before=before)
