"""Arabic text for the figure extractor: letter normalisation with offsets kept, tokens and number phrases.

:func:`normalise` folds what does not change a word's meaning (diacritics and tatweel dropped; alef forms
أ إ آ ٱ to ا; ى to ي; Persian ک ی to ك ي; Arabic-Indic ٠-٩ and Persian ۰-۹ digits to 0-9; ٬ to "," and
٫ to "."; ٪ to "%") and keeps, for every character of the folded text, its offset in the original, so
rows point at the article's own characters.

:func:`read_number` reads one number phrase starting at a token:

* digits with separators: "1,234", "1.018.529", "٨٢٫٠٠٠" and "١،٢٠٠" (an Arabic comma with no space and
  three digits after it) are thousands (groups of three), "6.1" and "2,5" before a scale word are
  decimals;
* number words of either gender and case (ثلاث/ثلاثة, عشرون/عشرين, اثنان/اثنين, مئة/مائة), teens
  (أحد عشر, ثلاثة عشر), compounds joined by و (خمسة وعشرون = 25, مئة وخمسون = 150), hundreds
  (ثلاثمئة, ثلاث مئة, مئتان), scales (ألف/آلاف/ألفا, مليون/ملايين, مليار) after digits or words
  (25 ألفا = 25,000, 1.5 مليون, ثلاثة وسبعين ألفا = 73,000) and what follows a scale after و
  (25 ألفا و667 = 25,667, ألف ومئتان = 1,200, مليون و200 ألف = 1,200,000, مليون ونصف = 1,500,000); duals of scale words (ألفان/ألفي = 2,000, مليونان);
  fractions of a scale (نصف مليون = 500,000, ربع مليون);
* vague words, with the minimum readings of the English extractor (``numbers.py``): عدة/بضعة 3,
  العديد 3, عشرات 24, مئات 200, آلاف 2,000, عشرات الآلاف 20,000, مئات الآلاف 200,000, ملايين
  2,000,000 (definite forms العشرات, المئات alike);
* digits glued to a conjunction or a noun ("و30", "15طفلا") are separate tokens already.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_DROP = set(chr(c) for c in range(0x064B, 0x0660)) | {"\u0670", "\u0640", "\u200c", "\u200d", "\u200e", "\u200f",
                                                      "\u061c", "\u00ad"}
_MAP = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ک": "ك", "ی": "ي", "٬": ",", "٫": ".", "٪": "%",
        "\u00a0": " ", "\u202f": " ", "\u2009": " "}
_MAP.update({chr(0x0660 + d): str(d) for d in range(10)})
_MAP.update({chr(0x06F0 + d): str(d) for d in range(10)})


_TABLE = str.maketrans(_MAP)
_DROP_RE = re.compile("[" + "".join(sorted(_DROP)) + "]")


def normalise(text: str) -> tuple[str, list[int]]:
    """``(folded, offsets)``: the folded text and, for each of its characters, its offset in ``text``
    (one more entry, ``len(text)``, closes the last span)."""
    parts: list[str] = []
    offs: list[int] = []
    pos = 0
    for m in _DROP_RE.finditer(text):
        parts.append(text[pos:m.start()])
        offs.extend(range(pos, m.start()))
        pos = m.end()
    parts.append(text[pos:])
    offs.extend(range(pos, len(text)))
    offs.append(len(text))
    return "".join(parts).translate(_TABLE), offs


@dataclass(frozen=True)
class Token:
    """A token of folded text: ``kind`` is num, word, latin or punct; ``start``/``end`` into the folded text."""

    kind: str
    text: str
    start: int
    end: int


_TOKEN = re.compile(r"(?P<num>\d+(?:(?:[.,]|\u060c(?=\d{3}(?!\d)))\d+)*)|(?P<word>[\u0621-\u064a]+)|(?P<latin>[A-Za-z]+)|(?P<punct>[^\s\w]|_)")


def tokens(folded: str) -> list[Token]:
    """The tokens of folded text, in order."""
    return [Token(m.lastgroup or "punct", m.group(), m.start(), m.end()) for m in _TOKEN.finditer(folded)]


# ---------------------------------------------------------------------------------------------------------
# number words (folded spellings)
# ---------------------------------------------------------------------------------------------------------

ONES = {
    "واحد": 1, "واحدا": 1, "واحدة": 1, "احد": 1, "احدى": 1, "اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2, "اثنا": 2,
    "اثنتا": 2, "اثني": 2, "اثنتي": 2, "ثلاث": 3, "ثلاثة": 3, "اربع": 4, "اربعة": 4, "خمس": 5, "خمسة": 5,
    "ست": 6, "ستة": 6, "سبع": 7, "سبعة": 7, "ثمان": 8, "ثماني": 8, "ثمانية": 8, "تسع": 9, "تسعة": 9,
    # the accusative before a feminine noun: "أجلت الفرق أربعاً وعشرين عائلة"
    "ثلاثا": 3, "اربعا": 4, "خمسا": 5, "ستا": 6, "سبعا": 7, "ثمانيا": 8, "تسعا": 9,
}
TEN = {"عشر": 10, "عشرة": 10}
TENS = {}
for _w, _v in (("عشر", 20), ("ثلاث", 30), ("اربع", 40), ("خمس", 50), ("ست", 60), ("سبع", 70), ("ثمان", 80),
               ("تسع", 90)):
    TENS[_w + "ون"] = _v
    TENS[_w + "ين"] = _v
HUNDREDS = {"مئة": 100, "مائة": 100, "مئه": 100, "مائه": 100, "مئتان": 200, "مئتين": 200, "مائتان": 200,
            "مائتين": 200, "مئتي": 200, "مائتي": 200, "مئتا": 200, "مائتا": 200}
for _w, _v in (("ثلاث", 3), ("اربع", 4), ("خمس", 5), ("ست", 6), ("سبع", 7), ("ثمان", 8), ("ثماني", 8),
               ("تسع", 9)):
    for _h in ("مئة", "مائة", "مئه", "مائه"):
        HUNDREDS[_w + _h] = _v * 100
#: scale words: (multiplier, count when the word stands alone: the dual's 2 x scale, a singular's 1 x scale)
SCALES = {
    "الف": (1000, 1), "الفا": (1000, 1), "الاف": (1000, None), "الافا": (1000, None), "الفان": (1000, 2),
    "الفين": (1000, 2), "الفي": (1000, 2), "الفا": (1000, 1),
    "مليون": (1_000_000, 1), "مليونا": (1_000_000, 1), "ملايين": (1_000_000, None), "مليونان": (1_000_000, 2),
    "مليونين": (1_000_000, 2), "مليوني": (1_000_000, 2),
    "مليار": (1_000_000_000, 1), "مليارا": (1_000_000_000, 1), "مليارات": (1_000_000_000, None),
    "ملياران": (1_000_000_000, 2), "مليارين": (1_000_000_000, 2),
}
#: Scale words that, standing alone right before a noun, are duals in construct ("مليونا نازح": two million displaced;
#: "ألفا شخص": two thousand people), not the accusative singular ("بلغ عددهم مليوناً").
_DUAL_CONSTRUCT = {"الفا", "مليونا", "مليارا"}
#: Words after a scale word that are no counted noun (prepositions).
_NOT_COUNTED_AFTER = {"من", "في", "على", "الى", "عن", "منذ", "حتي", "خلال"}
ONES = {normalise(k)[0]: v for k, v in ONES.items()}
#: Number words that, after the preposition ب joined to them, are mostly no count: "بأحد" (in one of).
_NOT_AFTER_PREPOSITION = {"احد", "احدى", "واحد", "واحدة", "ست", "ثلث"}
FRACTIONS = {"نصف": 0.5, "ربع": 0.25, "ثلث": 1 / 3}
#: vague words and their minimum readings (the English extractor's: dozens 24, hundreds 200, ...)
VAGUE = {"عشرات": 24, "مئات": 200, "مائات": 200, "الاف": 2000, "ملايين": 2_000_000, "عدة": 3, "بضعة": 3,
         "بضع": 3, "العديد": 3}
#: a vague word followed by a vague scale: عشرات الآلاف 20,000, مئات الآلاف 200,000
VAGUE_TIMES = {"عشرات": 10, "مئات": 100, "مائات": 100}


def strip_article(word: str) -> str:
    """A word without a leading ال (or لل, the ل + ال contraction); number words such as الف kept."""
    if word in SCALES or word in VAGUE:
        return word
    if word.startswith("ال") and len(word) > 3:
        return word[2:]
    if word.startswith("لل") and len(word) > 3:
        return word[2:]
    return word


def strip_conj(word: str) -> str:
    """A word without a leading conjunction و or ف (kept when the rest would be too short to be a word)."""
    if len(word) > 3 and word[0] in "وف":
        return word[1:]
    return word


def _number_word(word: str) -> tuple[str, int] | None:
    """``(kind, value)`` of one number word: ones, ten, tens, hundreds; None otherwise."""
    for table, kind in ((ONES, "ones"), (TEN, "ten"), (TENS, "tens"), (HUNDREDS, "hundreds")):
        if word in table:
            return kind, table[word]
    return None


def digit_value(text: str, before_scale: bool) -> float | None:
    """The value of a digit token: "," and "." between groups of three are thousands separators,
    otherwise (or a single "." group before a scale word: "1.500 مليون") a decimal point."""
    if text.isdigit():
        return float(text)
    text = text.replace("\u060c", ",")  # an Arabic comma between digit groups ("1،200")
    if text.isdigit():
        return float(text)
    parts = re.split(r"[.,]", text)
    seps = re.findall(r"[.,]", text)
    if 1 <= len(parts[0]) <= 3 and all(len(p) == 3 for p in parts[1:]) \
            and not (len(parts) == 2 and before_scale and seps[0] == "."):
        if len(set(seps)) == 1:
            return float("".join(parts))
    if len(parts) == 2:
        return float(parts[0] + "." + parts[1])
    if len(set(seps)) == 2 and seps[-1] != seps[0]:  # "1,234.5"
        return float("".join(parts[:-1]) + "." + parts[-1])
    return None


@dataclass
class NumberPhrase:
    """A number read from tokens ``first``..``last`` (inclusive): value and whether it is a vague word."""

    first: int
    last: int
    value: float
    vague: bool = False
    words: bool = False


def _scale_at(toks: list[Token], i: int) -> tuple[int, int | None] | None:
    if i < len(toks) and toks[i].kind == "word":
        return SCALES.get(toks[i].text)
    return None


def _atom(toks: list[Token], i: int, glued: bool) -> tuple[float, int, str] | None:
    """A number without its scale at token ``i``: ``(value, last token, kind)``; ``glued`` lets the word
    start with the conjunction و (the second part of a compound)."""
    t = toks[i]
    if t.kind == "num":
        v = digit_value(t.text, _scale_at(toks, i + 1) is not None)
        return (v, i, "digits") if v is not None else None
    if t.kind != "word":
        return None
    word = t.text
    if glued:
        if not word.startswith("و"):
            return None
        word = word[1:]
    found = _number_word(word)
    if found is None:
        return None
    kind, value = found
    if kind == "ones" and i + 1 < len(toks) and toks[i + 1].kind == "word" and toks[i + 1].text in TEN \
            and toks[i + 1].start - t.end <= 2:
        return value + 10, i + 1, "teen"
    if kind == "ones" and value >= 3 and i + 1 < len(toks) and toks[i + 1].kind == "word" \
            and toks[i + 1].text in ("مئة", "مائة", "مئه", "مائه"):
        return value * 100, i + 1, "hundreds"
    return float(value), i, kind


def _joined_number(toks: list[Token], i: int) -> tuple[float, int, str] | None:
    """A number word or digits after a conjunction و at token ``i`` (the و glued, or a token of its own)."""
    if i >= len(toks):
        return None
    if toks[i].kind == "word" and toks[i].text == "و" and i + 1 < len(toks):
        return _atom(toks, i + 1, False)
    return _atom(toks, i, True)


def _after_scale(toks: list[Token], k: int, scale: int) -> tuple[float, int] | None:
    """The smaller number joined by و after a scale word at ``k - 1`` (ألف ومئتان, 25 ألفا و667,
    مليون و200 ألف): ``(value, last token)``, or None when none follows or it is not smaller."""
    if k >= len(toks):
        return None
    # "مليون ونصف (المليون)": and a half of the scale
    half = k + 1 if toks[k].kind == "word" and toks[k].text == "و" and k + 1 < len(toks) else k
    if toks[half].kind == "word" and toks[half].text in ("ونصف", "نصف") and (half > k or toks[half].text == "ونصف"):
        last = half
        if last + 1 < len(toks) and toks[last + 1].kind == "word" and strip_article(toks[last + 1].text) in SCALES:
            last += 1
        return 0.5 * scale, last
    start = k + 1 if toks[k].kind == "word" and toks[k].text == "و" else k
    if start >= len(toks) or (start == k and not (toks[k].kind == "word" and toks[k].text.startswith("و"))):
        return None
    if start == k and _number_word(toks[k].text[1:]) is None:
        return None
    sub = read_number(toks, start)
    if sub is None or sub.vague or sub.value >= scale:
        return None
    return float(sub.value), sub.last


def read_number(toks: list[Token], i: int) -> NumberPhrase | None:
    """The number phrase starting at token ``i``, or None (see the module doc)."""
    t = toks[i]
    if t.kind == "word":
        word = strip_conj(t.text) if t.text not in ONES and t.text not in VAGUE else t.text
        if t.text == "وست" and i + 1 < len(toks) and toks[i + 1].kind == "word":
            word = "ست"  # "وست نساء": six, after the conjunction (too short for strip_conj)
        if word == t.text and word[:1] == "ب" and word[1:] not in _NOT_AFTER_PREPOSITION \
                and _number_word(word[1:]) is not None:
            word = word[1:]  # "يقدر عددهم بخمسة", "نابلس بخمسة شهداء": after the preposition ب joined to it
        base = strip_article(word)
        if base[:1] in "بل" and base[1:] in VAGUE_TIMES and i + 1 < len(toks) and toks[i + 1].kind == "word" \
                and strip_article(toks[i + 1].text) in ("الاف", "ملايين"):
            base = base[1:]  # "قدّرهم بعشرات الآلاف": after a preposition joined to it
        # vague words: عشرات الآلاف, مئات, آلاف, ملايين, عدة, بضعة, العديد
        if base in VAGUE_TIMES and i + 1 < len(toks) and toks[i + 1].kind == "word" \
                and strip_article(toks[i + 1].text) in ("الاف", "ملايين"):
            scale = 1000 if strip_article(toks[i + 1].text) == "الاف" else 1_000_000
            return NumberPhrase(i, i + 1, VAGUE_TIMES[base] * 2 * scale, vague=True, words=True)
        if base in ("بضعة", "بضع", "عدة") and i + 1 < len(toks) and toks[i + 1].kind == "word" \
                and strip_article(toks[i + 1].text) in ("الاف", "ملايين"):
            scale = 1000 if strip_article(toks[i + 1].text) == "الاف" else 1_000_000
            return NumberPhrase(i, i + 1, 3.0 * scale, vague=True, words=True)  # "بضعة آلاف": several thousand
        if word in VAGUE or base in VAGUE and base not in ("العديد",):
            return NumberPhrase(i, i, float(VAGUE.get(word, VAGUE.get(base, 0))), vague=True, words=True)
        # "نصف مليون", and after a preposition joined to it: "لنصف مليون نازح", "بنصف مليون"
        fraction = word if word in FRACTIONS else word[1:] if word[:1] in "بلك" and word[1:] in FRACTIONS else None
        if fraction is not None and i + 1 < len(toks) and toks[i + 1].kind == "word" \
                and toks[i + 1].text in SCALES and SCALES[toks[i + 1].text][1] == 1:
            return NumberPhrase(i, i + 1, FRACTIONS[fraction] * SCALES[toks[i + 1].text][0], words=True)
        if word in SCALES and SCALES[word][1]:
            value = SCALES[word][0] * SCALES[word][1]
            if word in _DUAL_CONSTRUCT and word == t.text and i + 1 < len(toks) and toks[i + 1].kind == "word" \
                    and toks[i + 1].text not in _NOT_COUNTED_AFTER and not toks[i + 1].text.startswith("و"):
                value = SCALES[word][0] * 2  # "مليونا نازح": the dual before the noun it counts (two million)
            last = i
            more = _after_scale(toks, i + 1, SCALES[word][0])
            if more is not None:
                value += more[0]
                last = more[1]
            return NumberPhrase(i, last, float(value), words=True)
        first = _atom(toks, i, False) if word == t.text else None
        if first is None and word != t.text:
            # a number word after a conjunction: "وثلاثة"; read it as if the و were not there
            found = _number_word(word)
            if found is None:
                return None
            first = (float(found[1]), i, found[0])
            if found[0] == "ones" and i + 1 < len(toks) and toks[i + 1].kind == "word" and toks[i + 1].text in TEN:
                first = (found[1] + 10.0, i + 1, "teen")  # "وأربعة عشر أسيراً": a teen after the conjunction
    else:
        first = _atom(toks, i, False)
    if first is None:
        return None
    value, last, kind = first
    words = kind != "digits"
    total = 0.0
    small = value
    # compounds: ones + tens ("خمسة وعشرون"), hundreds + the rest ("مئة وخمسون")
    while words:
        nxt = _joined_number(toks, last + 1)
        if nxt is None or nxt[2] == "digits":
            break
        if kind == "ones" and nxt[2] == "tens" and small % 100 < 10:
            small += nxt[0]
        elif kind == "hundreds" and nxt[0] < 100:
            small += nxt[0]
        else:
            break
        last, kind = nxt[1], nxt[2]
    scale = _scale_at(toks, last + 1)
    if scale is not None:
        total = small * scale[0]
        last += 1
        more = _after_scale(toks, last + 1, scale[0])
        if more is not None:
            total += more[0]
            last = more[1]
    else:
        total = small
    return NumberPhrase(i, last, total, words=words)
