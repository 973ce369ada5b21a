"""Where a figure sits: sentences with offsets and the period (places: :mod:`analysis.claims.places`).

Pure regular expressions, compiled once; nothing here raises on odd text.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from analysis.claims.alternation import by_first_char, split_top

# --------------------------------------------------------------------------
# Sentences
# --------------------------------------------------------------------------

_ABBREV = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "brig", "adm", "gov", "sen", "rep",
    "st", "no", "nos", "vs", "etc", "inc", "ltd", "co", "corp", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec", "approx", "est", "ca", "c", "fig", "mt", "ft", "sq", "al", "u.s", "u.n",
    "u.k", "e.g", "i.e", "a.m", "p.m", "jr", "sr", "rev", "hon", "pres",
}
#: Starts with one character class so the regex engine can skip ahead to candidates quickly
#: (same matches as ``[.!?]+[...]*(?=...)|\n+``).
_END = re.compile(r"[.!?\n](?:(?<=[.!?])[.!?]*[\"'\u201d\u2019)\]]*(?=\s+[\"'\u201c\u2018(\[]?[A-Z0-9])|(?<=\n)\n*)")


#: Longest sentence :func:`sentences` returns, in characters. Ordinary prose stays far below it (the longest
#: sentence of FA-KES and the dev corpus is about 2,300); a longer run (a wall of figures with no full stop)
#: is cut into pieces of at most this many characters, so that the work and memory spent per figure on its
#: sentence is bounded and extraction stays linear in the article's size.
MAX_SENTENCE_CHARS = 4000
#: Where an over-long run is cut, by preference: after a clause mark (",;:") followed by a space or tab,
#: else at the last space or tab, searched in the second half of the allowed length.
_CLAUSE_BREAK = re.compile(r"[,;:](?=[ \t])")
_SPACE_BREAK = re.compile(r"[ \t]")

_LOWER_NEXT = re.compile(r"[ \t]*[a-z]")
_LAST_TOKEN = re.compile(r"([\w.]+)$")
_TOKEN_BEFORE = re.compile(r"[\w.]*\Z")  # searched in a window ending at a full stop: the token before it
_INITIALS = re.compile(r"(?:[a-z]\.)+[a-z]")


class Sentence(NamedTuple):
    """A sentence's span in the text and its text (``text[start:end]``)."""

    start: int
    end: int
    text: str


def sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences with character offsets.

    A break comes after ``.``, ``!`` or ``?`` (and closing quotes) before a
    capital, digit or opening quote, and at every line end; not after common
    abbreviations ("Lt.", "Gen.", "U.S.") or single initials. Leading and
    trailing spaces are left out of each span.

    A sentence longer than :data:`MAX_SENTENCE_CHARS` is cut into pieces of at most that length (see
    :func:`_cap`): after the last clause mark (",", ";", ":") before a space in the second half of the
    allowed length, else at the last space or tab there, else at the limit itself.
    """
    out: list[Sentence] = []
    append = out.append
    pos = 0
    for m in _END.finditer(text):
        k = m.start()
        first = text[k]
        if first == "\n" and k > 1 and text[k - 1] == "-" and text[k - 2].isalpha() \
                and _LOWER_NEXT.match(text, m.end()):
            continue  # a word broken at a line end ("dis-\nplaced") does not end the sentence
        if first == ".":
            # the token before the full stop (up to 12 word characters or dots)
            token = text[_TOKEN_BEFORE.search(text, k - 12 if k > 12 else 0, k).start():k].lower()
            if token and len(token) <= 6 and (
                    token in _ABBREV or (len(token) == 1 and token.isalpha()) or _INITIALS.fullmatch(token)):
                continue
        end = k if first == "\n" else m.end()
        piece = text[pos:end]
        stripped = piece.strip()
        if stripped:
            start = pos + len(piece) - len(piece.lstrip())
            if len(stripped) > MAX_SENTENCE_CHARS:
                out.extend(_cap(text, start, start + len(stripped)))
            else:
                append(Sentence(start, start + len(stripped), stripped))
        pos = m.end()
    piece = text[pos:]
    stripped = piece.strip()
    if stripped:
        start = pos + len(piece) - len(piece.lstrip())
        if len(stripped) > MAX_SENTENCE_CHARS:
            out.extend(_cap(text, start, start + len(stripped)))
        else:
            append(Sentence(start, start + len(stripped), stripped))
    return out


def _cap(text: str, start: int, end: int) -> list[Sentence]:
    """``text[start:end]`` (a stripped sentence longer than :data:`MAX_SENTENCE_CHARS`) as pieces of at most
    that length, each stripped, cut at a clause mark, else a space, else the limit (see :func:`sentences`).

    Each cut is searched for in the second half of the allowed length only, so every character is scanned
    at most twice: linear in the run's length. A figure that straddles a cut is read in neither piece
    (a cut falls between clauses or words, so this is rare).
    """
    out: list[Sentence] = []
    pos = start
    while end - pos > MAX_SENTENCE_CHARS:
        lo, hi = pos + MAX_SENTENCE_CHARS // 2, pos + MAX_SENTENCE_CHARS
        cut = -1
        for m in _CLAUSE_BREAK.finditer(text, lo, hi):
            cut = m.end()
        if cut < 0:
            for m in _SPACE_BREAK.finditer(text, lo, hi):
                cut = m.start()
        if cut < 0:
            cut = hi
        piece = text[pos:cut]
        stripped = piece.strip()
        if stripped:
            begin = pos + len(piece) - len(piece.lstrip())
            out.append(Sentence(begin, begin + len(stripped), stripped))
        pos = cut
        while pos < end and text[pos].isspace():
            pos += 1
    if pos < end:
        out.append(Sentence(pos, end, text[pos:end]))
    return out


# --------------------------------------------------------------------------
# Period
# --------------------------------------------------------------------------

_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
          r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)")
_DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_COUNTWORD = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|few|several|24|48|72)"
_PERIOD = re.compile(
    r"\b(?:"
    r"since\s+(?:the\s+|its\s+|their\s+)?(?:[\w'\u2019-]+\s+){0,5}?(?:began|begun|started|erupted|broke\s+out|"
    r"started|escalated|intensified|was\s+launched|kicked\s+off)"
    r"|since\s+the\s+(?:start|beginning|outbreak|onset|launch|eruption)\s+of\s+(?:the\s+|its\s+)?"
    r"(?:[\w'\u2019-]+\s+){0,3}?(?:war|conflict|crisis|uprising|revolution|fighting|offensive|operation|"
    r"campaign|siege|battle|year|month|week|assault|intervention|protests)"
    rf"|since\s+(?:early\s+|late\s+|mid-?)?(?:{_MONTH}(?:\s+\d{{1,2}})?(?:,?\s+\d{{4}})?|\d{{4}}|{_DAY}|"
    r"yesterday|last\s+\w+|then|the\s+\w+\s+of\s+\w+)"
    rf"|(?:in|during|over|within|for)\s+the\s+(?:past|last|previous|first)\s+(?:{_COUNTWORD}[\s-]+)?"
    r"(?:hours?|days?|weeks?|months?|years?|decades?|weekend)"
    rf"|(?:on|last|this|late|early)\s+{_DAY}(?:\s+(?:night|morning|evening|afternoon))?"
    rf"|(?:on\s+)?{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
    rf"|(?:on\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:,?\s+\d{{4}})?"
    rf"|(?:in|during|since|by|until)\s+(?:early\s+|late\s+|mid-?)?(?:{_MONTH}\s+)?(?:19|20)\d\d"
    rf"|(?:in|during|since|by|until)\s+(?:early\s+|late\s+|mid-?)?{_MONTH}"
    r"|between\s+(?:19|20)\d\d\s+and\s+(?:19|20)\d\d"
    r"|(?:last|this|earlier\s+this|later\s+this)\s+(?:week|month|year|weekend|night|morning)"
    r"|yesterday|today|overnight|tonight"
    r"|so\s+far\s+this\s+(?:year|month|week)|so\s+far"
    r")\b",
    re.IGNORECASE,
)


#: The same pattern on lower-cased text: several times faster than IGNORECASE, and faster again
#: with its alternatives grouped by first character (same matches, see :mod:`analysis.claims.alternation`).
_PERIOD_LOWER = re.compile(r"\b" + by_first_char(split_top(_PERIOD.pattern.lower()[len(r"\b(?:"):-len(r")\b")])) + r"\b")


def period_spans(sentence: str) -> list[tuple[int, int]]:
    """Spans of every period phrase in ``sentence``."""
    lowered = sentence.lower()
    if len(lowered) == len(sentence):
        return [m.span() for m in _PERIOD_LOWER.finditer(lowered)]
    return [m.span() for m in _PERIOD.finditer(sentence)]  # lower() changed the length: offsets would drift


def nearest_span(spans: list[tuple[int, int]], pos: int) -> tuple[int, int] | None:
    """The span nearest ``pos`` (distance to its start when after, to its end when before)."""
    best = None
    best_d = None
    for start, end in spans:
        d = start - pos if start >= pos else pos - end
        if best_d is None or d < best_d:
            best, best_d = (start, end), d
    return best


def period_near(sentence: str, pos: int) -> str:
    """The period phrase ("since the war began", "on Tuesday") nearest ``pos``; "" if none."""
    span = nearest_span(period_spans(sentence), pos)
    return sentence[span[0]:span[1]] if span else ""
