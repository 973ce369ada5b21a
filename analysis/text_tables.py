"""CSV files read as text cells, with errors that name the file and the problem.

Tables people write or tools exchange (annotations, predictions) are read as
strings, ``""`` for an empty cell, so nothing is guessed about their types
before a schema or the caller converts them.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from analysis.errors import DataError


def read_text_csv(path: str | Path, required: list[str], *, hint: str = "") -> pd.DataFrame:
    """The CSV file at ``path`` as text cells; a :class:`DataError` names the file when it is missing or
    unreadable, and the first of ``required`` columns it lacks (``hint`` is added to that message)."""
    p = Path(path)
    if not p.is_file():
        raise DataError("file not found", path=path)
    try:
        frame = pd.read_csv(p, dtype=str, keep_default_na=False)
    except (pd.errors.ParserError, pd.errors.EmptyDataError, UnicodeDecodeError) as exc:
        raise DataError(f"cannot read CSV: {exc}", path=path) from None
    missing = [c for c in required if c not in frame.columns]
    if missing:
        raise DataError(f"missing columns {missing}" + (f" ({hint})" if hint else ""), path=path,
                        column=missing[0])
    return frame
