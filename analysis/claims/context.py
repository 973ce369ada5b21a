"""Where a figure sits: sentences with offsets and the period (places: :mod:`analysis.claims.places`).

Pure regular expressions, compiled once; nothing here raises on odd text.
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from analysis.claims.alternation import by_first_char, split_top

# --------------------------------------------------------------------------
# Sentences
# --------------------------------------------------------------------------

_ABBREV: Final = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "brig", "adm", "gov", "sen", "rep",
    "st", "no", "nos", "vs", "etc", "inc", "ltd", "co", "corp", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec", "approx", "est", "ca", "c", "fig", "mt", "ft", "sq", "al", "u.s", "u.n",
    "u.k", "e.g", "i.e", "a.m", "p.m", "jr", "sr", "rev", "hon", "pres",
}
#: Starts with one character class so the regex engine can skip ahead to candidates quickly
#: (same matches as ``[.!?]+[...]*(?=...)|\n+``).
_END: Final = re.compile(r"[.!?\n](?:(?<=[.!?])[.!?]*[\"'\u201d\u2019)\]]*(?=\s+[\"'\u201c\u2018(\[]?[A-Z0-9])|(?<=\n)\n*)")


#: Longest sentence :func:`sentences` returns, in characters. Ordinary prose stays far below it (the longest
#: sentence of FA-KES and the dev corpus is about 2,300); a longer run (a wall of figures with no full stop)
#: is cut into pieces of at most this many characters, so that the work and memory spent per figure on its
#: sentence is bounded and extraction stays linear in the article's size.
MAX_SENTENCE_CHARS: Final = 4000
#: Where an over-long run is cut, by preference: after a clause mark (",;:") followed by a space or tab,
#: else at the last space or tab, searched in the second half of the allowed length.
_CLAUSE_BREAK: Final = re.compile(r"[,;:](?=[ \t])")
_SPACE_BREAK: Final = re.compile(r"[ \t]")

_LOWER_NEXT: Final = re.compile(r"[ \t]*[a-z]")
_LAST_TOKEN: Final = re.compile(r"([\w.]+)$")
_TOKEN_BEFORE: Final = re.compile(r"[\w.]*\Z")  # searched in a window ending at a full stop: the token before it
_INITIALS: Final = re.compile(r"(?:[a-z]\.)+[a-z]")
#: What follows dot leaders on their line: spaces and a figure ("Killed ........ 45", ".... up to 3.2 million").
_LEADER_TAIL: Final = re.compile(r"[ \t]*(?:[~<>+(]|about\b|some\b|over\b|up\s+to\b|nearly\b|around\b|approx)?[ \t]*\d",
                                 re.I)


def _short_leader_line(text: str, k: int, end: int) -> bool:
    """Whether three dots at ``k`` (up to ``end``) are leaders on a short line of a label and a figure ("drones ...
    28,512 (+127)"), not an ellipsis in running text: a space before them, a short label, a short rest of line."""
    if text[k - 1:k] != " ":
        return False
    line_end = text.find("\n", end)
    return k - (text.rfind("\n", 0, k) + 1) <= 50 and (line_end if line_end >= 0 else len(text)) - end <= 25


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
        if first == "\n" and m.end() == k + 1 and _soft_wrap(text, k):
            continue  # a paragraph wrapped at a fixed width: the line end is a space
        if first == "." and (m.end() - k >= 4 or (m.end() - k == 3 and _short_leader_line(text, k, m.end()))) \
                and _LEADER_TAIL.match(text, m.end()):
            continue  # dot leaders between a label and its figure ("Killed ........ 45", "drones ... 28,512") do not
            # end the line
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
    if any(len(s.text) <= 30 and s.text[:1].isdigit() | (s.text[:1] in _HEDGE_STARTS)
           and (_FIGURE_LINE.fullmatch(s.text) or _FIGURE_NOUN_LINE.fullmatch(s.text)) for s in out):
        out = _join_figure_lines(text, out)
    return out


#: A line that holds a figure and nothing else: "18,420", "about 2.1 million", "6,900 (est.)".
_FIGURE_LINE: Final = re.compile(r"(?:(?:about|around|approx\.?|approximately|some|over|more\s+than|nearly|almost|up\s+to|"
                                 r"at\s+least|est\.?|~)\s*)?\d(?:[\d,.\u00a0\u2009\u202f ]*\d)?(?:\s*(?:million|m|bn|billion|k))?\+?"
                                 r"(?:\s*(?:and|to|-|\u2013)\s*\d(?:[\d,.]*\d)?(?:\s*(?:million|m|bn|billion|k))?\+?)?"
                                 r"(?:\s*\([^()\n]{0,20}\))?", re.I)
#: A figure and its noun on a line of their own, the rest of the phrase under it in lower case ("11,104 people" /
#: "displaced from Palma since 24 March").
_FIGURE_NOUN_LINE: Final = re.compile(r"\d[\d,.\u00a0\u2009\u202f]*\+?\s+[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?")
_LOWER_START: Final = re.compile(r"[a-z]")
#: The start of a caption under a figure printed on a line of its own: a word or a quoted word.
_CAPTION_START: Final = re.compile(r"[\"'\u201c\u2018]?[A-Za-z]")
#: First letters of the hedges :data:`_FIGURE_LINE` may open with (a cheap test before it).
_HEDGE_STARTS: Final = frozenset("aAsSoOmMnNuUeE~")
#: A label on a line of its own in a key-figures panel: a few words, no figure, no closing mark.
_LABEL_LINE: Final = re.compile(r"(?=[^\n]*[a-z])[^\n]{3,70}(?<![.!?;:,])")  # (not a heading in capitals)


def _next_line(text: str, a: Sentence, b: Sentence) -> bool:
    """Whether ``b`` starts on the line right after ``a`` ends (one line end between them, no blank line)."""
    gap = text[a.end:b.start]
    return gap.count("\n") == 1 and not gap.strip()


def _join_figure_lines(text: str, out: list[Sentence]) -> list[Sentence]:
    """Sentences with each figure that stands alone on its line joined to its label in a key-figures panel:
    the label on the line before ("Individuals displaced" / "18,420"), else on the line after ("18,420" /
    "individuals displaced"), or the first sentence of the caption under it ("232" / "Civilians killed, ...")."""
    joined: list[Sentence] = []
    k = 0
    while k < len(out):
        s = out[k]
        if len(s.text) <= 30 and _FIGURE_NOUN_LINE.fullmatch(s.text) and k + 1 < len(out) \
                and _next_line(text, s, out[k + 1]) and _LOWER_START.match(out[k + 1].text):
            joined.append(Sentence(s.start, out[k + 1].end, text[s.start:out[k + 1].end]))  # "11,104 people" /
            k += 2  # "displaced from Palma ...": one phrase broken over two lines
            continue
        if len(s.text) <= 30 and _FIGURE_LINE.fullmatch(s.text):
            prev = joined[-1] if joined else None
            if prev is not None and _next_line(text, prev, s) and _LABEL_LINE.fullmatch(prev.text) \
                    and not _FIGURE_LINE.fullmatch(prev.text):
                joined[-1] = Sentence(prev.start, s.end, text[prev.start:s.end])
                k += 1
                continue
            nxt = out[k + 1] if k + 1 < len(out) else None
            # (the line before may be the panel's heading in capitals, "KEY FIGURES", or a figure with its caption:
            # "63,800" / "new arrivals since 1 January" / "2,150" / "average daily arrivals", captions under figures)
            if nxt is not None and _next_line(text, s, nxt) and (
                    prev is None or not _next_line(text, prev, s) or not _LABEL_LINE.fullmatch(prev.text)) and (
                    _LABEL_LINE.fullmatch(nxt.text) or _CAPTION_START.match(nxt.text)):
                # a label under its figure, or the first sentence of a caption ("232" / "Civilians killed, ...")
                joined.append(Sentence(s.start, nxt.end, text[s.start:nxt.end]))
                k += 2
                continue
        joined.append(s)
        k += 1
    return joined


#: A line that ends a sentence, a heading or a list item: it ends in punctuation that closes something.
_CLOSED_LINE: Final = re.compile(r"[.!?:;\"'\u201d\u2019)\]]\s*$")
#: A line ending in a word that cannot end a sentence.
_OPEN_END: Final = re.compile(r"\b(?:a|an|the|of|in|on|at|to|for|with|from|by|as|and|or|but|near|into|than|that|"
                              r"which|who|whose|its|their|his|her|our|said|says|told|including|between|against|"
                              r"under|over|about|after|before|during|since|some|more|least|were|was|is|are|had|has|"
                              r"have|been|be|not)[ \t]*$", re.I)
#: A line that starts a list item: a bullet, a dash, or "1." / "a)".
_ITEM_START: Final = re.compile(r"[ \t]*(?:[\u2022\u00b7\u25aa\u25cf\u25cb*\u2013\u2014-]|\(?\w{1,2}[.)]\s)")
#: The label of a row of a table of labels and figures, up to its figure: a short label, a dash and perhaps a
#: hedge ("personnel \u2013 about "); :mod:`analysis.claims.layout` reads whole rows with it.
TABLE_ROW_LABEL: Final = r"[A-Za-z][^\n.!?:;]{0,50}?\s[\u2013\u2014-]\s+(?:(?:about|some|over|around|nearly)\s+)?"
#: The start of such a row, its figure included ("personnel \u2013 about 520,960").
TABLE_ROW: Final = re.compile(rf"[ \t]*{TABLE_ROW_LABEL}\d")
#: Shortest and longest lines taken for lines of a paragraph wrapped at a fixed width: lists, tables and
#: headings have shorter lines, paragraphs that are not wrapped longer ones.
WRAP_MIN_CHARS: Final = 45
WRAP_MAX_CHARS: Final = 100


#: A run of spaces or a tab inside a line: cells of a table apart (a wrapped paragraph has none).
_CELL_GAP_RUN: Final = re.compile(r"\S(?: {3,}|\t)\S")


def _soft_wrap(text: str, k: int) -> bool:
    """Whether the single line end at ``k`` only wraps a paragraph (text hard-wrapped at a fixed width, as in
    reports copied from PDFs): the line before is long and closes nothing, the next is text, not an item."""
    line_start = text.rfind("\n", 0, k) + 1
    if not WRAP_MIN_CHARS <= k - line_start <= WRAP_MAX_CHARS or _CLOSED_LINE.search(text, line_start, k):
        return False
    nxt = k + 1
    if nxt >= len(text) or text[nxt] in "\n\r":
        return False
    if _ITEM_START.match(text, nxt) and not (text[nxt].isdigit() and _OPEN_END.search(text, line_start, k)):
        return False  # a list item; but "put the toll at between 40 and | 55. The ..." goes on
    if TABLE_ROW.match(text, nxt) and TABLE_ROW.match(text, line_start):
        return False  # two rows of a table of labels and figures ("tanks \u2013 8,014 (+9)")
    if "|" in text[line_start:k]:
        nxt_end = text.find("\n", nxt)
        if "|" in text[nxt:nxt_end if nxt_end >= 0 else min(len(text), nxt + WRAP_MAX_CHARS + 1)]:
            return False  # two rows of a table whose cells are parted by bars
    line_end = text.find("\n", nxt)
    length = (line_end if line_end >= 0 else len(text)) - nxt
    if "...." in text[line_start:k] and "...." in text[nxt:nxt + length]:
        return False  # two rows with dot leaders ("Total returnees ...... 38,215" | "  from Iran ...... 31,640")
    if _CELL_GAP_RUN.search(text, line_start, k) and _CELL_GAP_RUN.search(text, nxt, nxt + length):
        return False  # two rows of a table whose cells are parted by runs of spaces or tabs
    while nxt < len(text) - 1 and text[nxt] in " \t":
        nxt += 1  # a hanging indent: the wrapped lines of a list item stand under its text
    if text[nxt].isdigit() and _FIGURE_LINE.fullmatch(text, nxt, nxt + length) \
            and not _OPEN_END.search(text, line_start, k):
        return False  # a figure alone on its line, under the caption of the figure before it in a key-figures panel
    # the next line goes on in lower case, or after a word that cannot end a sentence ("up from 45 on |
    # Saturday"); a capitalised line after a headline is the text under it
    return length <= WRAP_MAX_CHARS and (text[nxt].islower() or text[nxt].isdigit()
                                         or _OPEN_END.search(text, line_start, k) is not None)


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

_MONTH: Final = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
                 r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)")
_DAY: Final = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_COUNTWORD: Final = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|few|several|24|48|72)"
_PERIOD: Final = re.compile(
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
    rf"|(?:on\s+)?{_MONTH}\s+(?:3[01]|[12]\d|0?[1-9])(?!\d|,\d)(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
    rf"|(?:on\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:,?\s+\d{{4}})?"
    rf"|(?:in|during|since|by|until)\s+(?:early\s+|late\s+|mid-?)?(?:{_MONTH}\s+)?(?:19|20)\d\d"
    rf"|(?:in|during|since|by|until)\s+(?:early\s+|late\s+|mid-?)?{_MONTH}"
    r"|between\s+(?:19|20)\d\d\s+and\s+(?:19|20)\d\d"
    r"|(?:in|during|throughout)\s+(?:the\s+(?:[\w-]+(?:'s|\u2019s)\s+)?|[\w'\u2019-]+(?:'s|\u2019s|s)\s+)"
    r"(?:(?:[\w-]+-year(?:-old)?|long|brutal|ongoing|bloody|devastating)\s+)?(?:civil\s+)?(?:war|conflict)"
    r"|(?:last|this|earlier\s+this|later\s+this)\s+(?:week|month|year|weekend|night|morning)"
    r"|yesterday|today|overnight|tonight"
    r"|so\s+far\s+this\s+(?:year|month|week)|so\s+far"
    r")\b",
    re.IGNORECASE,
)


#: The same pattern on lower-cased text: several times faster than IGNORECASE, and faster again
#: with its alternatives grouped by first character (same matches, see :mod:`analysis.claims.alternation`).
_PERIOD_LOWER: Final = re.compile(r"\b" + by_first_char(split_top(_PERIOD.pattern.lower()[len(r"\b(?:"):-len(r")\b")])) + r"\b")
#: :data:`_PERIOD_LOWER` with the character before the phrase matched (``\W``) instead of ``\b`` before it, read
#: on the lower-cased sentence after one space: a pattern that begins with a character class lets the engine skip
#: to the places after a space or a mark, where ``\b`` is tried at every place. Every phrase begins with a word
#: character, so ``\b`` before it is "at the start, or after a character that is not a word character".
_PERIOD_AFTER_MARK: Final = re.compile(r"\W" + _PERIOD_LOWER.pattern[len(r"\b"):])


def period_spans(sentence: str) -> list[tuple[int, int]]:
    """Spans of every period phrase in ``sentence``."""
    lowered = sentence.lower()
    if len(lowered) != len(sentence):
        return [m.span() for m in _PERIOD.finditer(sentence)]  # lower() changed the length: offsets would drift
    # the same spans as _PERIOD_LOWER.finditer(lowered): offsets in ``padded`` are one more, and its match starts
    # at the mark before the phrase
    padded = " " + lowered
    spans: list[tuple[int, int]] = []
    search = _PERIOD_AFTER_MARK.search
    m = search(padded)
    while m is not None:
        start, end = m.span()
        spans.append((start, end - 1))
        # on from the phrase's last character: when it is a mark (``jan.``), it may be the mark before the next
        # phrase, as ``\b`` reads nothing and finditer goes on from the phrase's end
        m = search(padded, end - 1)
    return spans


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
