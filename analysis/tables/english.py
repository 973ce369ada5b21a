"""Ledger cells as an English report shows them: outlet names, not codes; no Arabic script in an English column.

Claims from Arabic articles keep their Arabic place, attribution, period and wording in the ledger (the
source text, for tracing). An English report table shows instead:

* the place in English: the Arabic name's English name (:func:`analysis.claims.arabic_places.names`, the
  clitic "و"/"ب"/"ل" before it allowed), else the claim's admin-1 area (its OCHA name), else its country's
  name, with "(named in Arabic)" when only the area or country is known;
* who said it: the English name of a body the attribution names (a short list of the bodies the ledger's
  Arabic articles cite), else "(in Arabic, not translated)";
* the period: a short English rendering of the commonest Arabic periods ("today", "yesterday", "since the
  start of the month"), else "(in Arabic, not translated)";
* the figure as written: the figure as the article qualified it (:func:`analysis.tables.claims.value_text`)
  marked "(written in Arabic)".

The original Arabic stays in the ledger and in the full-ledger CSV (``*_as_written`` columns).
"""

from __future__ import annotations

import functools
import re

import pandas as pd

from analysis import paths

#: Reader-facing names of outlets the ledger records by a code (hand-made, origin in outlets.yml).
OUTLETS = paths.REFERENCE / "outlets.csv"
#: Arabic script.
ARABIC = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")
NOT_TRANSLATED = "(in Arabic, not translated)"


def has_arabic(text) -> bool:
    """Whether ``text`` holds Arabic script."""
    return bool(ARABIC.search(str(text or "")))


@functools.lru_cache(maxsize=2)
def _outlets(path: str) -> dict[str, str]:
    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    return dict(zip(table["outlet"].str.strip(), table["name"].str.strip()))


def outlet_name(outlet) -> str:
    """An outlet as readers know it: a ledger code ("sana", "aljazeera-english") → its name from
    ``data/reference/outlets.csv``; a code not listed → its words capitalised ("new-outlet" → "New Outlet");
    a name → itself without a trailing parenthesised remark ("Middle East Eye (as republished)" → "Middle
    East Eye")."""
    text = str(outlet or "").strip()
    if not text:
        return ""
    names = _outlets(str(OUTLETS))
    if text in names:
        return names[text]
    if re.fullmatch(r"[a-z0-9]+(?:[-_.][a-z0-9]+)*", text):  # an internal code nobody has named yet
        return " ".join(w.upper() if len(w) <= 3 else w.capitalize() for w in re.split(r"[-_.]", text))
    # only a closing remark: brackets inside a name ("alert(1)") are part of it
    return re.sub(r"\s*\([^()]*\)\s*$", "", text).strip() or text


# --------------------------------------------------------------------------
# Arabic cells
# --------------------------------------------------------------------------

#: Bodies the Arabic articles cite, by a word or phrase of their Arabic name (first match wins; folded
#: with analysis.claims.arabic_numbers.normalise before matching).
_BODIES = (
    ("المرصد السوري", "Syrian Observatory for Human Rights (SOHR)"),
    ("مدير المرصد", "Syrian Observatory for Human Rights (SOHR)"),
    ("الشبكة السورية", "Syrian Network for Human Rights (SNHR)"),
    ("تنسيق الشؤون الإنسانية", "UN Office for the Coordination of Humanitarian Affairs (OCHA)"),
    ("أونروا", "UNRWA"), ("غوث وتشغيل", "UNRWA"),
    ("المفوضية", "UN High Commissioner for Refugees (UNHCR)"), ("مفوضية", "UN High Commissioner for Refugees (UNHCR)"),
    ("المنظمة الدولية للهجرة", "International Organization for Migration (IOM)"),
    ("يونسيف", "UNICEF"), ("يونيسف", "UNICEF"),
    ("الخوذ البيضاء", "White Helmets (Syria Civil Defence)"),
    ("وزارة الصحة الفلسطينية", "Palestinian Ministry of Health"),
    ("وزارة الصحة اليمنية", "Yemeni Ministry of Health"),
    ("الصحة\" اللبنانية", "Lebanese Ministry of Health"),
    ("وزارة الصحة", "Ministry of Health"),
    ("الأمم المتحدة", "United Nations"), ("الأممالمتحدة", "United Nations"),
    ("فرانس برس", "AFP"), ("الاناضول", "Anadolu Agency"), ("الأناضول", "Anadolu Agency"),
    ("بي بي سي", "BBC"), ("شبكة \"شام", "Shaam News Network"),
    ("مراسل", "a correspondent"), ("مصدر", "a source"), ("مصادر", "sources"),
)

#: Common Arabic periods (folded), in English.
_PERIODS = (
    ("منذ بداية الشهر", "since the start of the month"), ("الشهر الجاري", "this month"),
    ("خلال الأيام الماضية", "in the past days"), ("خلال الأيام", "in recent days"),
    ("خلال 24 ساعة", "in 24 hours"), ("خلال 72 ساعة", "in 72 hours"), ("خلال الليل", "overnight"),
    ("خلال يوم واحد", "in one day"), ("منذ يومين", "in the past two days"),
    ("منذ بدء الاحتجاجات", "since the protests began"), ("بداية العام", "since the start of the year"),
    ("اليوم", "today"), ("أمس", "yesterday"),
)


def _fold(text: str) -> str:
    from analysis.claims.arabic_numbers import normalise

    return normalise(str(text))[0]


@functools.lru_cache(maxsize=1)
def _folded_tables() -> tuple[tuple, tuple]:
    return (tuple((_fold(a), e) for a, e in _BODIES), tuple((_fold(a), e) for a, e in _PERIODS))


def _translated(text, table: int) -> tuple[str, str]:
    """``(shown, folded)``: ``text`` as shown when it needs no translation ("not stated" when empty, itself when
    it holds no Arabic) or the English of the first entry of :func:`_folded_tables` ``[table]`` it holds; else
    ``("", folded)``, the folded Arabic text for the caller's own fallback."""
    text = str(text or "").strip()
    if not text:
        return "not stated", ""
    if not has_arabic(text):
        return text, ""
    folded = _fold(text)
    for arabic, english in _folded_tables()[table]:
        if arabic and arabic in folded:
            return english, folded
    return "", folded


def attribution(text) -> str:
    """Who said a figure, in English: as written when it holds no Arabic; else the English name of the body
    it names, else :data:`NOT_TRANSLATED`. "" → "not stated"."""
    from analysis.claims.arabic_english import UNKNOWN_SOURCE, english_source

    shown, _ = _translated(text, 0)
    if shown:
        return shown
    read = english_source(str(text or "").strip())
    return read if read and read != UNKNOWN_SOURCE and not has_arabic(read) else NOT_TRANSLATED


def period(text) -> str:
    """A claim's period in English (see :func:`attribution`); a year written in the period is kept
    ("منذ عام 2015" → "(in Arabic, not translated: 2015)")."""
    from analysis.claims.arabic_periods import english_period

    read = english_period(str(text or "").strip())  # what the claim check reads: tables say the same
    if read and not has_arabic(read):
        return read
    shown, folded = _translated(text, 1)
    if shown:
        return shown
    years = re.findall(r"\b(1[89]\d\d|20\d\d)\b", folded)
    return f"(in Arabic, not translated: {', '.join(years)})" if years else NOT_TRANSLATED


def place(text, country: str = "", admin1: str = "") -> str:
    """A claim's place in English: as written when it holds no Arabic; else the English name of the Arabic
    place (a leading "و", "ب" or "ل" allowed), else its admin-1 area or country, marked "(named in Arabic)";
    "" → "not stated"."""
    from analysis import prose

    text = str(text or "").strip()
    if not text:
        return "not stated"
    if not has_arabic(text):
        return text
    from analysis.claims.arabic_places import english_place

    english = english_place(text) or _arabic_place(text)  # the check's reading first: tables say the same
    if english:
        return english
    where = ", ".join(p for p in (admin1, prose.country_name(country) if country else "") if p)
    return f"a place in {where} (named in Arabic)" if where else "a place named in Arabic"


def _arabic_place(text: str) -> str:
    from analysis.claims import arabic_places

    try:
        names = arabic_places.names()
    except Exception:  # noqa: BLE001 - without the place tables the admin-1 area or country is shown
        return ""
    folded = _fold(text)
    candidates = [folded] + ([folded[1:]] if folded[:1] in ("و", "ب", "ل", "ف") else [])
    candidates += [c[2:] if c.startswith("لل") else c for c in candidates]
    for c in candidates:
        if c in names:
            return names[c][0]
    return ""


def surface(text, value_text: str) -> str:
    """The figure as written, for an English column: as written when it holds no Arabic, else ``value_text``
    (the figure as the article qualified it) marked "(written in Arabic)"."""
    text = str(text or "")
    if not has_arabic(text):
        return text
    if value_text.endswith(")"):  # "at least 2,000 (vague word)" → "at least 2,000 (vague word; written in Arabic)"
        return value_text[:-1] + "; written in Arabic)"
    return f"{value_text} (written in Arabic)"


def ledger_cells(ledger: pd.DataFrame) -> pd.DataFrame:
    """The reader-facing English cells of each ledger row: outlet, figure as written, who said it, place,
    period (same index as ``ledger``)."""
    from analysis.tables.claims import value_text

    admin1 = ledger["place_admin1"] if "place_admin1" in ledger else pd.Series("", index=ledger.index)
    country = ledger["place_country"] if "place_country" in ledger else pd.Series("", index=ledger.index)
    return pd.DataFrame({
        "outlet": ledger["outlet"].map(outlet_name),
        "figure as written": [surface(s, value_text(r)) for s, r in zip(ledger["surface"], ledger.itertuples())],
        "who said it": ledger["attributed_to"].map(attribution),
        "place": [place(p, c, a) for p, c, a in zip(ledger["place"], country.fillna(""), admin1.fillna(""))],
        "period": ledger["period"].map(period),
    }, index=ledger.index)
