"""Article ids that stay unique when files in different folders share a name.

An article file's id is its file stem (``000_seed``), and a corpus table's
rows are ``<stem>-<row>-<unit_id>``. Claim ids hash the article id, so a
stem that is unique among the files read together keeps that id for ever.

When several *different* files read together share a stem, each of them gets
instead the shortest tail of its path, folders then the stem, joined with
``/``, that none of the others shares: ``dev/300_x`` and ``dev_ar/300_x``;
``a/x/f``, ``b/x/f`` and ``c/f``. Files that differ only by their suffix
(``x.txt`` and ``x.html`` in one folder) keep the suffix: ``x.txt``,
``x.html`` (with folders in front when needed). The rule depends on the set
of files read, never on the order they are listed in, and not on where the
checkout lies (only the differing tail is used). The same file named twice
(the same resolved path) is one file with one id.

Article files and corpus tables are numbered separately: a text file
``fakes.txt`` (id ``fakes``) does not clash with a table ``fakes.csv`` (rows
``fakes-0-...``).
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Iterable

#: Separator between the folders and the name of a disambiguated id.
SEP = "/"


def unique_ids(files: Iterable[str | Path]) -> dict[Path, str]:
    """The id (or corpus-table prefix) of each of ``files``, keyed by resolved path (see the module doc)."""
    by_stem: dict[str, set[Path]] = defaultdict(set)
    for f in files:
        path = Path(f).resolve()
        by_stem[path.stem].add(path)
    out: dict[Path, str] = {}
    for stem, group in by_stem.items():
        if len(group) == 1:
            out[next(iter(group))] = stem
            continue
        for path in group:
            out[path] = _tail(path, group)
    return out


def _tail(path: Path, group: set[Path]) -> str:
    """The shortest tail of ``path`` (folders, then the stem; else the name with its suffix) that no other
    path of ``group`` shares at the same depth."""
    others = group - {path}
    folders = path.parent.parts[1:] if path.parent.anchor else path.parent.parts
    candidates = [(depth, False) for depth in range(1, len(folders) + 1)]
    candidates += [(depth, True) for depth in range(0, len(folders) + 1)]
    for depth, suffixed in candidates:
        key = _key(path, depth, suffixed)
        if all(_key(o, depth, suffixed) != key for o in others):
            return key
    return path.as_posix()  # unreachable: two different resolved paths differ somewhere


def _key(path: Path, depth: int, suffixed: bool) -> str:
    """The stem (or the name with its suffix) with ``depth`` folders of ``path`` in front of it."""
    parts = path.parent.parts[1:] if path.parent.anchor else path.parent.parts
    folders = list(parts[len(parts) - depth:]) if depth else []
    return SEP.join(folders + [path.name if suffixed else path.stem])
