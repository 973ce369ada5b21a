"""Every path the project uses, resolved from the project root in one place.

Nothing else in the package builds paths from the working directory, so
commands, tests and notebooks behave the same wherever they are started.
"""

from __future__ import annotations

import os
from pathlib import Path

#: The project root: the folder holding ``pyproject.toml`` and ``analysis/``.
ROOT: Path = Path(__file__).resolve().parent.parent

DATA: Path = ROOT / "data"
#: Downloads and mirror imports (git-ignored).
RAW: Path = Path(os.environ.get("TALLY_RAW", DATA / "raw"))
#: Small aggregate tables built from the mirror by our own code, committed.
REFERENCE: Path = DATA / "reference"
CATALOG: Path = DATA / "catalog.yml"
CLAIMS: Path = DATA / "claims"
LEDGER: Path = CLAIMS / "ledger.csv"
REVIEWS: Path = CLAIMS / "reviews.csv"
ANNOTATIONS: Path = CLAIMS / "annotations"
#: Default articles directory (its contents are git-ignored).
ARTICLES: Path = Path(os.environ.get("TALLY_ARTICLES", DATA / "articles"))
NOTEBOOKS: Path = ROOT / "notebooks"
REPORTS: Path = Path(os.environ.get("TALLY_REPORTS", ROOT / "reports"))
MANIFEST: Path = ROOT / "reports.yml"
BENCHMARKS: Path = ROOT / "benchmarks"
#: The compiled English extractor ``make setup`` builds (git-ignored; :mod:`analysis.claims.native`).
NATIVE_BUILD: Path = ROOT / "build" / "native"
#: The shared offline mirror beside the project (``../shared/data``).
SHARED: Path = ROOT.parent / "shared"
MIRROR: Path = Path(os.environ.get("TALLY_MIRROR", SHARED / "data"))
SHARED_ARTICLES: Path = SHARED / "articles"


def relative(path: Path) -> str:
    """Show ``path`` relative to the project root when it lies inside it."""
    try:
        return str(Path(path).resolve().relative_to(ROOT))
    except ValueError:
        return str(path)
