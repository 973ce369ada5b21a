"""Numbers as written in a piece of text: where each one is, its value and its written form.

The evaluation uses this to place a gold figure inside its snippet and to say
how a missed or wrongly predicted figure was written. It is deliberately a
separate, small reader and not the extractor's parser (``numbers.py``): an
evaluation that read numbers with the extractor's own rules could not see the
forms the extractor gets wrong.

Forms (:data:`FORMS`):

=================  ==========================================================
``digits``         ``142``, ``80,000``, ``1.9 million``
``split_digits``   digit groups split by a no-break, thin, narrow or zero-width space
``abbreviated``    a scale letter stuck to the digits: ``1.2m``, ``$115m``, ``5k``, ``2bn``
``spoken_decimal`` ``two-point-5 million``, ``1 point 2``
``words``          ``seven``, ``twenty-five``, ``three million``, ``a dozen``, ``half a million``
``vague``          a vague quantity at its minimum reading (the annotation rules):
                   several 3, tens 20, dozens 24, scores 40, hundreds 200, several
                   hundred 300, thousands 2000, tens of thousands 20000, hundreds
                   of thousands 200000, millions 2000000
``fraction``       a share, as percent: half 50, a third 33.3, two-thirds 66.7,
                   a quarter 25, three-quarters 75, one in N 100/N
``percent``        digits followed by ``%``, ``per cent`` or ``percent``
=================  ==========================================================
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

FORMS: Final = ["digits", "split_digits", "abbreviated", "spoken_decimal", "words", "vague", "fraction", "percent"]

_UNITS: Final = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS: Final = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_SCALES: Final = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_ABBREVIATIONS: Final = {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000, "b": 1_000_000_000}

#: Characters that split a digit group without being an ordinary space.
GROUP_SPACES: Final = "\u00a0\u2007\u2009\u200a\u202f\u200b"

_SCALE_WORD: Final = r"(?:million|billion|thousand)"
_DIGITS: Final = re.compile(
    rf"(?<![\w.,])(?P<int>\d{{1,3}}(?:[,{GROUP_SPACES}]\d{{3}})+|\d+)(?:\.(?P<dec>\d+))?(?!\d|,\d)"
    rf"(?:(?P<abbr>k|mn|m|bn|b)\b|\s*(?P<scale>{_SCALE_WORD})\b)?"
    r"(?P<pct>\s*(?:%|per\s?cent\b|percent\b))?",
    re.IGNORECASE,
)
_WORD: Final = "|".join(sorted(list(_UNITS) + list(_TENS), key=len, reverse=True))
_SPOKEN: Final = re.compile(
    rf"\b(?P<int>\d+|{_WORD})[-\s]point[-\s](?P<dec>\d+|{_WORD})(?:\s+(?P<scale>{_SCALE_WORD}))?\b",
    re.IGNORECASE,
)
_NUMBER_WORDS: Final = re.compile(
    rf"\b(?:(?:a|an)(?=\s+(?:hundred|thousand|million|billion|dozen)\b)|(?:{_WORD})\b)"
    r"(?:(?:(?:(?<=hundred)|(?<=thousand)|(?<=million)|(?<=billion))\s+and)?[-\s]+"
    rf"(?:{_WORD}|hundred|thousand|million|billion|dozen)\b)*",
    re.IGNORECASE,
)
_VAGUE: Final = [
    (re.compile(r"\bhundreds\s+of\s+thousands\b", re.I), 200_000),
    (re.compile(r"\btens\s+of\s+thousands\b", re.I), 20_000),
    (re.compile(r"\btens\s+of\s+millions\b", re.I), 20_000_000),
    (re.compile(r"\bseveral\s+hundreds?\b", re.I), 300),
    (re.compile(r"\bseveral\s+thousands?\b", re.I), 3_000),
    (re.compile(r"\bseveral\s+dozens?\b", re.I), 36),
    (re.compile(r"\bmillions\b", re.I), 2_000_000),
    (re.compile(r"\b(?:many\s+)?thousands\b", re.I), 2_000),
    (re.compile(r"\bhundreds\b", re.I), 200),
    (re.compile(r"\bscores\b", re.I), 40),
    (re.compile(r"\bdozens\b", re.I), 24),
    (re.compile(r"\btens\b", re.I), 20),
    (re.compile(r"\bseveral\b", re.I), 3),
]
_FRACTIONS: Final = [
    (re.compile(r"\btwo[-\s]thirds\b", re.I), 200 / 3),
    (re.compile(r"\bthree[-\s]quarters\b", re.I), 75.0),
    (re.compile(r"\b(?:a|one)[-\s]third\b", re.I), 100 / 3),
    (re.compile(r"\b(?:a|one)[-\s]quarter\b", re.I), 25.0),
    (re.compile(r"\bhalf\b", re.I), 50.0),
]
#: Shares of a scale word written out ("half a million"): plain counts, form ``words``.
_SCALED_FRACTIONS: Final = [
    (re.compile(r"\bone\s+and\s+a\s+half\s+million\b", re.I), 1_500_000),
    (re.compile(r"\bhalf\s+a\s+million\b", re.I), 500_000),
    (re.compile(r"\b(?:a|one)[-\s]quarter\s+of\s+a\s+million\b", re.I), 250_000),
    (re.compile(r"\bthree[-\s]quarters\s+of\s+a\s+million\b", re.I), 750_000),
    (re.compile(r"\bhalf\s+a\s+billion\b", re.I), 500_000_000),
]
_ONE_IN: Final = re.compile(rf"\bone\s+(?:in|out\s+of)\s+(?:every\s+)?(?P<n>\d+|{_WORD})\b", re.I)


@dataclass(frozen=True)
class WrittenNumber:
    """One number in a text: ``text[start:end]`` is where it is written."""

    start: int
    end: int
    value: float
    form: str


def _word_value(words: str) -> float | None:
    """Value of a run of number words ("twenty-five thousand", "a dozen"); None if not a number."""
    total, current, seen = 0, 0, False
    for w in re.split(r"[-\s]+", words.lower()):
        if w in ("and", ""):
            continue
        if w in ("a", "an"):
            current = max(current, 1)
        elif w in _UNITS:
            current += _UNITS[w]
            seen = True
        elif w in _TENS:
            current += _TENS[w]
            seen = True
        elif w == "dozen":
            current = max(current, 1) * 12
            seen = True
        elif w == "hundred":
            current = max(current, 1) * 100
            seen = True
        elif w in _SCALES:
            total += max(current, 1) * _SCALES[w]
            current = 0
            seen = True
    return float(total + current) if seen else None


def _small(token: str) -> float:
    return float(token) if token.isdigit() else float(_UNITS.get(token.lower(), _TENS.get(token.lower(), 0)))


def find_numbers(text: str) -> list[WrittenNumber]:
    """Every number written in ``text``, in order of position (no two overlap).

    Longer, more specific forms win over the plain ones they contain
    ("two-thirds" is a fraction, not "two"; "tens of thousands" is one vague
    quantity).
    """
    found: list[WrittenNumber] = []
    taken: list[tuple[int, int]] = []

    def add(start: int, end: int, value: float, form: str) -> None:
        if any(start < e and s < end for s, e in taken):
            return
        taken.append((start, end))
        found.append(WrittenNumber(start, end, float(value), form))

    for m in _SPOKEN.finditer(text):
        value = _small(m["int"]) + float("0." + (m["dec"] if m["dec"].isdigit() else str(int(_small(m["dec"])))))
        add(m.start(), m.end(), value * _SCALES.get((m["scale"] or "").lower(), 1), "spoken_decimal")
    for pattern, scaled in _SCALED_FRACTIONS:
        for m in pattern.finditer(text):
            add(m.start(), m.end(), scaled, "words")
    for pattern, value in _FRACTIONS:
        for m in pattern.finditer(text):
            add(m.start(), m.end(), value, "fraction")
    for m in _ONE_IN.finditer(text):
        n = _small(m["n"])
        if n:
            add(m.start(), m.end(), 100 / n, "fraction")
    for pattern, least in _VAGUE:
        for m in pattern.finditer(text):
            add(m.start(), m.end(), least, "vague")
    for m in _DIGITS.finditer(text):
        whole = re.sub(rf"[,{GROUP_SPACES}]", "", m["int"])
        value = float(whole + ("." + m["dec"] if m["dec"] else ""))
        if m["abbr"]:
            value *= _ABBREVIATIONS[m["abbr"].lower()]
            form = "abbreviated"
        elif m["scale"]:
            value *= _SCALES[m["scale"].lower()]
            form = "digits"
        else:
            form = "digits"
        if any(ch in m["int"] for ch in GROUP_SPACES):
            form = "split_digits"
        if m["pct"]:
            form = "percent"
        add(m.start(), m.end(), value, form)
    for m in _NUMBER_WORDS.finditer(text):
        word_value = _word_value(m.group())
        if word_value is not None:
            add(m.start(), m.end(), word_value, "words")
    return sorted(found, key=lambda n: (n.start, n.end))


def same_number(a: float, b: float) -> bool:
    """Whether two readings are the same figure (shares within 0.5 points, counts within 1e-6)."""
    return abs(a - b) <= max(1e-6 * abs(b), 1e-9) or (abs(a) <= 100 and abs(b) <= 100 and abs(a - b) < 0.5
                                                     and bool(a % 1 or b % 1))
