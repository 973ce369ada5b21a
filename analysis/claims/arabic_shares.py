"""Shares of a group of people in Arabic text: "٩٠ في المئة من الواصلين الجدد نساء وأطفال", "نصفهم من الأطفال".

The Arabic counterpart of :mod:`analysis.claims.shares`, read on the tokens of a folded sentence
(:mod:`analysis.claims.arabic_numbers`). A share is a percentage (``%``, ``٪``, في المئة, بالمئة), a fraction
(نصف, ثلث, ثلثا/ثلثي, ربع, ثلاثة أرباع) or "one in N" (واحد من كل خمسة). The annotation rules read a share of
a counted group as a figure of the group's metric, in percent (half = 50), when the clause tells what the
group is made of (children, women, civilians, minors), or when the group is a place's people and the clause
says they moved ("نزح نحو نصف سكان القرية"). A share of anything else (of aid, of the sites, "ثلث النازحين
يقيمون في العراء") counts no one and gives no row.

:func:`find_shares` finds them; the extractor (:mod:`analysis.claims.arabic`) gives each its metric, from the
group's words or, for "of them" (نصفهم, ٤٠٪ منهم), from the figure before it, and its hedge.
"""

from __future__ import annotations

from typing import NamedTuple, Sequence

from analysis.claims import arabic_lexicon as lex
from analysis.claims.arabic_numbers import Token, strip_conj
from analysis.claims.lexicon import MOVED_METRICS, PEOPLE_METRICS

#: Fractions by their folded stem (clitics and the pronoun suffix of "of them" are read apart).
_FRACTIONS = {"نصف": 50.0, "ثلث": 33.3, "ثلثا": 66.7, "ثلثي": 66.7, "ربع": 25.0}
#: "ثلاثة أرباع": three quarters.
_THREE = {"ثلاثة", "ثلاثه", "ثلاث"}
_QUARTERS = {"ارباع"}
#: Pronoun suffixes that make a fraction "of them" (نصفهم، ثلثهن).
_THEM = ("هم", "هن")
#: The words of "per cent" after a number: في المئة, بالمئة, في المائة.
_PER_CENT = {"المئة", "المئه", "المائة", "المائه", "الماية", "المية", "مئة", "مائة"}
_PER_CENT_JOINED = {"بالمئة", "بالمئه", "بالمائة", "بالمائه", "بالمية"}
#: "N" of "one in every N" (واحد من كل خمسة).
_EVERY_N = {"اثنين": 2, "ثلاثة": 3, "ثلاثه": 3, "ثلاث": 3, "اربعة": 4, "اربعه": 4, "اربع": 4, "خمسة": 5, "خمسه": 5,
            "خمس": 5, "ستة": 6, "سته": 6, "ست": 6, "سبعة": 7, "سبعه": 7, "سبع": 7, "ثمانية": 8, "ثمانيه": 8,
            "ثماني": 8, "تسعة": 9, "تسعه": 9, "تسع": 9, "عشرة": 10, "عشره": 10, "عشر": 10}
_ONE = {"واحد", "واحدا", "واحدة", "واحده"}
#: "K" of "K in every N" (تسعة من كل عشرة): one, or a number word of :data:`_EVERY_N`.
_K_OF_N = {**{w: 1 for w in _ONE}, "اثنان": 2, "اثنتان": 2, "اثنتين": 2,
           **_EVERY_N}
#: Who a group is made of (folded, clitics read apart): children, women, girls, civilians, minors, the elderly.
COMPOSITION = {lex.fold(w) for w in (
    "أطفال", "الأطفال", "طفل", "طفلا", "أطفالا", "الطفل", "نساء", "النساء", "امرأة", "امرأه", "المرأة", "فتيات",
    "الفتيات", "فتيان", "الفتيان", "مدنيين", "المدنيين", "مدنيون", "المدنيون", "قاصرين", "القاصرين", "قاصرون",
    "القصر", "مسنين", "المسنين", "المسنون", "الإناث", "إناث", "الذكور", "ذكور", "رضع", "الرضع")}
#: A group that is everyone of a place: its share may have moved ("نزح نصف سكان القرية").
_POPULATION = {lex.fold(w) for w in ("سكان", "السكان", "سكانها", "سكانه", "أهالي", "الأهالي", "أهل", "قاطني",
                                     "القاطنين")}
#: Words of people arriving (folded stems): the lexicon reads them as refugees, though they may have come from
#: elsewhere in the country; the figure they are a share of tells.
ARRIVALS = ("واصل", "وافد", "قادم", "عابر")
_CLAUSE_MARKS = {"،", ",", "؛", ";", ".", ":", "(", ")", "!", "?", "؟", "-", "\u2013", "\u2014"}
#: Whether a sentence may hold a share at all: a substring test before any token is read.
_GATES = ("%", "٪", "المئة", "المئه", "المائة", "المائه", "المية", "نصف", "ثلث", "ربع", "ارباع", " كل ")


class ArabicShare(NamedTuple):
    """A share in a sentence: its tokens, value in percent, and what it is a share of."""

    first: int  # its first token (the number or the fraction)
    last: int  # its last token (the per-cent word or sign, the fraction, "N" of "one in N")
    value: float
    fraction: bool  # written as a fraction or "one in N" (no hedge: approx_word)
    them: bool  # "of them": the group is a figure said before
    metric: str | None  # the metric of the group's words, or of the verb that moved a place's people
    words: tuple[str, ...]  # the group's words (folded; empty for "of them")


def may_hold_share(folded_sentence: str) -> bool:
    """False when the sentence cannot hold a share (a few substring tests)."""
    return any(g in folded_sentence for g in _GATES)


def _word(toks: Sequence[Token], i: int, a: int, b: int) -> str:
    return toks[i].text if a <= i < b and toks[i].kind == "word" else ""


def _composition(word: str) -> bool:
    return any(f in COMPOSITION for f in lex.forms(word))


def _clause(toks: Sequence[Token], i: int, j: int, a: int, b: int) -> tuple[int, int]:
    """The clause around tokens ``i``..``j``: back and forward to a clause mark (not past the sentence)."""
    lo = i
    while lo - 1 >= a and not (toks[lo - 1].kind == "punct" and toks[lo - 1].text in _CLAUSE_MARKS):
        lo -= 1
    hi = j + 1
    while hi < b and not (toks[hi].kind == "punct" and toks[hi].text in _CLAUSE_MARKS):
        hi += 1
    return lo, hi


def _group(toks: Sequence[Token], i: int, a: int, b: int) -> tuple[int, int]:
    """The group's words from token ``i``: up to three words, ending before a composition word, "من", a clause
    mark or a number."""
    j = i
    while j < b and j - i < 3 and toks[j].kind == "word":
        w = toks[j].text
        if _composition(w) or strip_conj(w) in ("من", "هم", "هي", "هو") or w in ("تقريبا",):
            break
        j += 1
    return i, j


def _reading(toks: Sequence[Token], i: int, a: int, b: int) -> tuple[int, float, bool, bool, int] | None:
    """The share at token ``i``: (last token, value, fraction, them, first token of what follows), or None."""
    t = toks[i]
    if t.kind == "num":
        try:
            value = float(t.text.replace(",", "").replace("\u060c", ""))
        except ValueError:
            return None
        if not 0 < value <= 100:
            return None
        nxt = toks[i + 1] if i + 1 < b else None
        if nxt is not None and nxt.kind == "punct" and nxt.text in ("%", "٪"):
            last = i + 1
        elif _word(toks, i + 1, a, b) == "في" and _word(toks, i + 2, a, b) in _PER_CENT:
            last = i + 2
        elif _word(toks, i + 1, a, b) in _PER_CENT_JOINED:
            last = i + 1
        else:
            return None
        if _word(toks, last + 1, a, b) == "منهم" or _word(toks, last + 1, a, b) == "منهن":
            return last + 1, value, False, True, last + 2
        if _word(toks, last + 1, a, b) == "من":
            return last, value, False, False, last + 2
        return None
    if t.kind != "word":
        return None
    w = strip_conj(t.text)
    if (k := _K_OF_N.get(t.text) or _K_OF_N.get(w)) and _word(toks, i + 1, a, b) == "من" \
            and _word(toks, i + 2, a, b) == "كل" and (n := _EVERY_N.get(_word(toks, i + 3, a, b))) and k < n:
        # "واحد من كل ثلاثة من الوافدين", "تسعة من كل عشرة وافدين جدد"
        after = i + 5 if _word(toks, i + 4, a, b) == "من" else i + 4
        return i + 3, round(100 * k / n, 1), True, False, after
    if w in _QUARTERS and strip_conj(_word(toks, i - 1, a, b)) in _THREE:
        return i, 75.0, True, False, i + 1
    for stem, value in _FRACTIONS.items():
        if w == stem or (w.startswith(stem) and w[len(stem):] in _THEM):
            them = w != stem
            if not them and _word(toks, i + 1, a, b) in ("منهم", "منهن"):
                return i + 1, value, True, True, i + 2
            return i, value, True, them, i + 1
    return None


def find_shares(toks: Sequence[Token], a: int, b: int, taken: set[int]) -> list[ArabicShare]:
    """Shares of a group of people in the sentence of tokens ``a``..``b``; ``taken`` are the tokens of its
    figures (a share never overlaps one: "نصف مليون نازح" is a count)."""
    out: list[ArabicShare] = []
    i = a
    while i < b:
        read = _reading(toks, i, a, b) if i not in taken else None
        if read is None:
            i += 1
            continue
        last, value, fraction, them, after = read
        first = i - 1 if toks[i].text in _QUARTERS else i
        i = last + 1
        if any(k in taken for k in range(first, last + 1)):
            continue
        lo, hi = _clause(toks, first, last, a, b)
        if them:
            if any(_composition(toks[k].text) for k in range(last + 1, hi) if toks[k].kind == "word") \
                    or any(_composition(toks[k].text) for k in range(lo, first) if toks[k].kind == "word"):
                out.append(ArabicShare(first, last, value, fraction, True, None, ()))
            continue
        g0, g1 = _group(toks, after, a, b)
        if g1 == g0:
            continue
        words = [toks[k].text for k in range(g0, g1)]
        outside = [toks[k].text for k in list(range(lo, first)) + list(range(g1, hi)) if toks[k].kind == "word"]
        if not any(f in _POPULATION for f in lex.forms(words[0])):
            metric = next((m for m in map(lex.cue, words) if m in PEOPLE_METRICS), None)
            if metric is None and any(arrival in words[0] for arrival in ARRIVALS):
                metric = "refugees"  # "العابرين": people crossing, read as the lexicon reads arrivals
            if metric is not None and any(_composition(w) for w in outside):
                out.append(ArabicShare(first, last, value, fraction, False, metric, tuple(words)))
        else:
            # the place's name may run into the verb ("من سكان القطاع نزحوا"): every word but "سكان" is read
            moved = next((m for m in map(lex.cue, outside + words[1:]) if m in MOVED_METRICS), None)
            if moved is not None:
                out.append(ArabicShare(first, last, value, fraction, False, moved, tuple(words)))
    return out
