"""Atomic writes: the bytes written, the previous copy kept on failure, no temporary file left (issue 16)."""

from __future__ import annotations

import errno
import os
import re
from pathlib import Path

import pytest

from analysis import atomic
from analysis.atomic import atomic_open, atomic_path, write_bytes, write_text


def test_write_bytes_writes_exactly_the_bytes(tmp_path: Path) -> None:
    target = tmp_path / "sub" / "deeper" / "table.parquet"   # missing folders are made, parents too
    data = bytes(range(256)) + b"\r\n\x00"
    write_bytes(target, data)
    assert target.read_bytes() == data
    write_bytes(target, b"second")
    assert target.read_bytes() == b"second"
    assert [p.name for p in target.parent.iterdir()] == ["table.parquet"]


def test_write_text_is_utf8_and_keeps_line_ends(tmp_path: Path) -> None:
    target = tmp_path / "note.txt"
    write_text(target, "Idlib\r\nḤamāh — 1,200\n")
    assert target.read_bytes() == "Idlib\r\nḤamāh — 1,200\n".encode("utf-8")


def test_atomic_open_text_and_binary(tmp_path: Path) -> None:
    with atomic_open(tmp_path / "a.txt") as fh:
        fh.write("é\n")
    assert (tmp_path / "a.txt").read_bytes() == "é\n".encode()
    with atomic_open(tmp_path / "b.bin", "wb", encoding="utf-8") as fh:   # binary: the encoding is ignored
        fh.write(b"\xff")
    assert (tmp_path / "b.bin").read_bytes() == b"\xff"
    with atomic_open(tmp_path / "c.txt", "w", encoding="latin-1") as fh:
        fh.write("é")
    assert (tmp_path / "c.txt").read_bytes() == b"\xe9"


def test_a_failed_write_keeps_the_previous_copy_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "ledger.csv"
    target.write_text("old\n")
    with pytest.raises(RuntimeError):
        with atomic_open(target) as fh:
            fh.write("half a new ledger")
            raise RuntimeError("interrupted")
    assert target.read_text() == "old\n" and os.listdir(tmp_path) == ["ledger.csv"]


def test_atomic_path_temporary_file_is_beside_the_target_and_hidden(tmp_path: Path) -> None:
    target = tmp_path / "out" / "report.html"
    with atomic_path(target, suffix=".html") as tmp:
        assert tmp.parent == target.parent and tmp.name.startswith(".report.html.")
        assert tmp.name.endswith(".html.part") and tmp.exists() and not target.exists()
        tmp.write_text("<p>done</p>")
    assert target.read_text() == "<p>done</p>" and not tmp.exists()


def test_an_os_error_names_the_target(tmp_path: Path) -> None:
    target = tmp_path / "x.csv"
    target.mkdir()                  # a folder where the file should go: os.replace fails on it
    (target / "f").write_text("x")
    with pytest.raises(OSError) as info:
        with atomic_path(target) as tmp:
            tmp.write_text("new")
    assert info.value.filename == str(target)
    assert sorted(os.listdir(tmp_path)) == ["x.csv"]


def test_the_mode_of_a_new_file_is_the_umask_mode(tmp_path: Path) -> None:
    assert atomic._mode_for(tmp_path / "absent") == 0o666 & ~atomic._UMASK
    existing = tmp_path / "f"
    existing.write_text("")
    os.chmod(existing, 0o604)
    assert atomic._mode_for(existing) == 0o604


def test_reading_the_umask_leaves_it_unchanged() -> None:
    before = os.umask(0o027)
    try:
        assert atomic._read_umask() == 0o027
        assert atomic._read_umask() == 0o027
    finally:
        os.umask(before)


def test_the_temporary_name_is_hidden_random_and_ends_in_part(tmp_path: Path) -> None:
    with atomic_path(tmp_path / "ledger.csv") as tmp:
        assert re.fullmatch(r"\.ledger\.csv\.[A-Za-z0-9_]{8}\.part", tmp.name), tmp.name


@pytest.mark.parametrize("raised, strerror", [
    (OSError(errno.ENOSPC, "No space left on device"), "No space left on device"),
    (OSError("the disk went away"), "the disk went away"),
])
def test_an_error_without_a_file_name_is_given_the_target(tmp_path: Path, raised: OSError, strerror: str) -> None:
    target = tmp_path / "exports" / "claims.csv"
    with pytest.raises(OSError) as info:
        with atomic_path(target):
            raise raised
    assert info.value.filename == str(target)
    assert info.value.errno == raised.errno and info.value.strerror == strerror
    assert info.value.__cause__ is raised
    assert os.listdir(target.parent) == []


def test_an_error_naming_another_file_is_kept_as_it_is(tmp_path: Path) -> None:
    other = OSError(errno.EACCES, "Permission denied", "/elsewhere/input.csv")
    with pytest.raises(OSError) as info:
        with atomic_path(tmp_path / "out.csv"):
            raise other
    assert info.value is other


@pytest.mark.parametrize("raised", [RuntimeError("stopped"), OSError(errno.EIO, "I/O error")])
def test_a_temporary_file_already_gone_is_no_second_error(tmp_path: Path, raised: Exception) -> None:
    with pytest.raises(type(raised)) as info:
        with atomic_path(tmp_path / "out.csv") as tmp:
            tmp.unlink()
            raise raised
    assert isinstance(info.value, type(raised)) and not isinstance(info.value, TypeError)
    assert os.listdir(tmp_path) == []
