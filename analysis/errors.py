"""The project's error type: every message names the file and the problem."""

from __future__ import annotations

from pathlib import Path


class TallyError(Exception):
    """An error a user can act on, shown without a traceback.

    ``path``, ``row`` and ``column`` locate the problem where they apply; the
    message then reads ``FILE: row R, column C: problem``.
    """

    def __init__(
        self,
        message: str,
        path: str | Path | None = None,
        row: int | None = None,
        column: str | None = None,
    ) -> None:
        self.problem = message
        self.path = str(path) if path is not None else None
        self.row = row
        self.column = column
        super().__init__(self.render())

    def render(self) -> str:
        where = []
        if self.path:
            where.append(self.path)
        loc = []
        if self.row is not None:
            loc.append(f"row {self.row}")
        if self.column is not None:
            loc.append(f"column {self.column!r}")
        head = ": ".join(where + ([", ".join(loc)] if loc else []))
        return f"{head}: {self.problem}" if head else self.problem


class DataError(TallyError):
    """A data file is missing, malformed or fails its schema."""


class DownloadError(TallyError):
    """A download failed; the previous good copy is kept."""


class ParameterError(TallyError):
    """A report parameter or manifest entry is invalid."""


class ArticleError(TallyError):
    """An article file cannot be read."""
