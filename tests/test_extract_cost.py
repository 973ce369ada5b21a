"""Extraction cost grows linearly with an article's size (issue 11, item 5).

A long run of figures with no full stop used to be one "sentence": every
figure's row carried all of it, so a 220 kB article wrote a 2 GB CSV and a
2 MB one was killed at 24 GB. :func:`analysis.claims.context.sentences` now
cuts such a run into pieces of at most ``MAX_SENTENCE_CHARS``. Memory is
checked as a ratio between a 200 kB and a 2 MB article; no timing is asserted
(speed lives in ``benchmarks/``). All text here is written for the tests.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from analysis.claims.context import MAX_SENTENCE_CHARS, sentences
from analysis.claims.extract import extract_text

#: One clause with one figure, repeated with no full stop.
CLAUSE = "Shelling went on through the night in the eastern districts, residents said, and 12 civilians were killed; "


def _run(n: int) -> str:
    return (CLAUSE * (n // len(CLAUSE) + 1))[:n]


def _covers(text: str, spans) -> None:
    """Every piece is its own text at its offsets, pieces are in order, and no non-space character is lost."""
    last = 0
    for s in spans:
        assert text[s.start:s.end] == s.text and s.text == s.text.strip()
        assert s.start >= last
        assert not text[last:s.start].strip()
        last = s.end
    assert not text[last:].strip()


def test_long_run_is_cut_at_clause_marks() -> None:
    text = "Report: " + _run(50_000)
    spans = sentences(text)
    assert len(spans) > 50_000 // MAX_SENTENCE_CHARS
    assert all(len(s.text) <= MAX_SENTENCE_CHARS for s in spans)
    assert all(s.text.endswith((",", ";")) for s in spans[:-1])
    _covers(text, spans)


def test_run_without_clause_marks_is_cut_at_spaces_then_at_the_limit() -> None:
    words = "twelve people killed near the river " * 400
    spans = sentences(words)
    assert all(len(s.text) <= MAX_SENTENCE_CHARS for s in spans) and len(spans) > 1
    assert all(words[s.end] == " " for s in spans[:-1])  # each cut fell on a space
    _covers(words, spans)
    solid = "x" * (3 * MAX_SENTENCE_CHARS + 5)
    spans = sentences(solid)
    assert [len(s.text) for s in spans] == [MAX_SENTENCE_CHARS] * 3 + [5]
    _covers(solid, spans)


def test_ordinary_sentences_are_not_cut() -> None:
    long_one = "Aid workers said " + ", ".join(f"{i} families reached the camp" for i in range(100)) + "."
    assert 2_000 < len(long_one) < MAX_SENTENCE_CHARS
    text = f"Fighting resumed on Monday. {long_one} Two more convoys arrived later."
    assert [s.text for s in sentences(text)] == ["Fighting resumed on Monday.", long_one,
                                                 "Two more convoys arrived later."]


def test_figures_in_a_long_run_are_all_found() -> None:
    text = _run(40 * len(CLAUSE))
    rows = extract_text(text, "run")
    assert len(rows) == 40
    assert {(r["value"], r["metric"], r["unit"]) for r in rows} == {(12.0, "killed", "civilians")}
    assert max(len(r["sentence"]) for r in rows) <= MAX_SENTENCE_CHARS


_CHILD = r"""
import io, json, sys, tracemalloc, warnings
from analysis.claims.articles import read_article
from analysis.claims.extract import claims_frame, extract_article

class Sink(io.TextIOBase):
    chars = 0
    def writable(self):
        return True
    def write(self, s):
        self.chars += len(s)
        return len(s)

warnings.simplefilter("ignore")
tracemalloc.start()
article = read_article(sys.argv[1])
frame = claims_frame(extract_article(article))
sink = Sink()
frame.to_csv(sink, index=False, lineterminator="\n")  # as `claims extract --out` writes it, sentence column included
print(json.dumps({"figures": len(frame), "peak": tracemalloc.get_traced_memory()[1], "csv": sink.chars}))
"""


def _limit_memory() -> None:
    # a regression fails with MemoryError here instead of taking the machine's memory
    resource.setrlimit(resource.RLIMIT_AS, (6 * 2**30, 6 * 2**30))


def _measure(path: Path) -> dict:
    proc = subprocess.run([sys.executable, "-c", _CHILD, str(path)], capture_output=True, text=True, timeout=900,
                          cwd=Path(__file__).resolve().parents[1], preexec_fn=_limit_memory)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return json.loads(proc.stdout)


@pytest.mark.slow
def test_memory_is_linear_in_article_size(tmp_path: Path) -> None:
    """A 2 MB article of figures with no full stop (under the 2 MB limit) costs about 10x a 200 kB one."""
    small, big = tmp_path / "small.txt", tmp_path / "big.txt"
    small.write_text(_run(199_000), encoding="utf-8")
    big.write_text(_run(1_990_000), encoding="utf-8")
    a, b = _measure(small), _measure(big)
    assert a["figures"] > 1_500 and 9 <= b["figures"] / a["figures"] <= 11
    # linear is ~10 (less: fixed costs); one sentence copy per figure would be ~100
    assert b["peak"] / a["peak"] < 20, (a, b)
    assert b["csv"] / a["csv"] < 20, (a, b)
    assert b["peak"] < 500 * 2**20, b


def test_showing_every_figure_of_a_long_run_is_bounded() -> None:
    """``claims show`` and the claims report read a figure's sentence back from the article: within bounds too."""
    from analysis.claims.ledger import sentence_at
    from analysis.tables.claims import highlight

    text = _run(300_000)
    rows = extract_text(text, "run")
    for r in rows[::50]:
        around = sentence_at(text, r["start"], r["end"])
        assert r["surface"] in around and len(around) <= 2 * MAX_SENTENCE_CHARS + len(r["surface"])
        assert "<mark>" + r["surface"] + "</mark>" in highlight(text, r["start"], r["end"])
    ordinary = "Fighting resumed on Monday. Shelling killed 12 civilians in the market, the mayor said. More later."
    start = ordinary.index("12")
    assert sentence_at(ordinary, start, start + 2) == "Shelling killed 12 civilians in the market, the mayor said."
