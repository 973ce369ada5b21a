"""English words for an Arabic row's text columns, for tables written in English (issue 17).

An Arabic article's ledger rows keep ``place``, ``period`` and ``attributed_to`` as written in Arabic (the ledger
quotes its articles; the claim check reads them through :func:`analysis.claims.arabic_places.english_place` and
:func:`analysis.claims.arabic_periods.english_period`). A table in English shows what :func:`english_view` gives:

* ``place``: the English name of the place as written (إدلب -> "Idlib", عفرين -> "Afrin"); else the admin-1 name
  the extractor set (``place_admin1``), else the country's name from ``place_country``;
* ``period``: the English phrase the check reads (منذ بداية الحرب -> "since the start of the war"), else
  :data:`UNREAD_PERIOD`;
* ``attributed_to``: the English name of a source this module knows (المرصد السوري لحقوق الإنسان -> "Syrian
  Observatory for Human Rights", المفوضية -> "UNHCR", a speaker of a ministry of health -> "Ministry of Health"),
  else "an Arabic-language source" (a name is never transliterated by guess).

Rows with no Arabic letters pass through unchanged; the Arabic text stays in ``*_as_written`` columns and the
``language`` column says which rows were Arabic. Pure functions, no file read.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pandas as pd

from analysis.claims.arabic_numbers import normalise

_ARABIC = re.compile("[\u0600-\u06ff]")
UNKNOWN_SOURCE = "an Arabic-language source"
UNREAD_PERIOD = "a period written in Arabic"
#: (pattern on the folded text, English name), first that matches; organisations before the people who speak
#: for them, so "المتحدث باسم وزارة الصحة" is the ministry
_SOURCES_WRITTEN = [
    (r"المرصد السوري|مدير المرصد|رامي عبد ?الرحمن|^المرصد$", "Syrian Observatory for Human Rights"),
    (r"الشبكة السورية لحقوق الانسان", "Syrian Network for Human Rights"),
    (r"مفوضية|المفوضية", "UNHCR"),
    (r"تنسيق الشؤون الانسانية|اوتشا", "UN OCHA"),
    (r"اونروا|غوث وتشغيل", "UNRWA"),
    (r"يونيسف|يونيسيف|يونسيف", "UNICEF"),
    (r"منظمة الصحة العالمية", "World Health Organization"),
    (r"المنظمة الدولية للهجرة|منظمة الهجرة", "International Organization for Migration"),
    (r"برنامج الاغذية العالمي", "World Food Programme"),
    (r"الصليب الاحمر", "International Committee of the Red Cross"),
    (r"الهلال الاحمر", "Red Crescent"),
    (r"الخوذ البيضاء|الدفاع المدني", "Civil Defence (White Helmets)"),
    (r"وزارة الصحة|الصحة\W* ?(?:اللبنانية|الفلسطينية|اليمنية|السورية|العراقية|السودانية|الليبية)|القدرة",
     "Ministry of Health"),
    (r"الامم ?المتحدة", "United Nations"),
    (r"فرانس برس|فرانس بريس", "AFP"),
    (r"رويترز", "Reuters"),
    (r"الاناضول", "Anadolu Agency"),
    (r"اسوشيتد برس", "Associated Press"),
    (r"سانا|الوكالة العربية السورية للانباء", "SANA"),
    (r"بي بي سي", "BBC"),
    (r"شبكة\W*شام", "Shaam News Network"),
    (r"مصادر? طبية", "medical sources"),
    (r"مصادر? (?:محلية|ميدانية|عسكرية|امنية)|^مصدر|^مصادر", "local sources"),
    (r"^مراسل", "a correspondent"),
]
_SOURCES = [(re.compile(normalise(p)[0]), name) for p, name in _SOURCES_WRITTEN]
#: the English place a ministry of health belongs to, when the source names its country
_MINISTRY_COUNTRY = [(re.compile(normalise(p)[0]), c) for p, c in (
    (r"الفلسطينية|غزة", "Palestinian"), (r"اللبنانية", "Lebanese"), (r"اليمنية", "Yemeni"), (r"السورية", "Syrian"),
    (r"العراقية", "Iraqi"), (r"السودانية", "Sudanese"), (r"الليبية", "Libyan"))]


@lru_cache(maxsize=4096)
def english_source(text: str) -> str:
    """The English name of an Arabic ``attributed_to`` ("المرصد السوري لحقوق الإنسان" -> "Syrian Observatory for
    Human Rights"); :data:`UNKNOWN_SOURCE` for a source this table does not know; text with no Arabic as it is."""
    if not text or not _ARABIC.search(text):
        return text or ""
    folded = normalise(text)[0].strip(" \"'“”«»")
    for pattern, name in _SOURCES:
        if pattern.search(folded):
            if name == "Ministry of Health":
                for where, adjective in _MINISTRY_COUNTRY:
                    if where.search(folded):
                        return f"{adjective} Ministry of Health"
            return name
    return UNKNOWN_SOURCE


def english_place_of(place: str, place_country: str = "", place_admin1: str = "") -> str:
    """The English name to show for a row's ``place``: its own English name, else the admin-1 or country the
    extractor resolved it to; "" for no place. English text is returned as it is."""
    from analysis import prose
    from analysis.claims.arabic_places import english_place

    if not place or not _ARABIC.search(place):
        return place or ""
    return english_place(place) or place_admin1 or (prose.country_name(place_country) if place_country else "")


def english_view(ledger: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``ledger`` whose ``place``, ``period`` and ``attributed_to`` are in English on Arabic rows (see
    the module doc), with the Arabic kept in ``place_as_written``, ``period_as_written``,
    ``attributed_to_as_written`` and a ``language`` column ("ar" where they or ``surface`` have Arabic letters, else
    "en"). A period with no time word this reader knows is :data:`UNREAD_PERIOD`."""
    from analysis.claims.arabic_periods import english_period

    out = ledger.copy()
    cols = [c for c in ("place", "period", "attributed_to") if c in out.columns]
    text = {c: out[c].fillna("").astype(str) for c in cols}
    arabic = pd.Series(False, index=out.index)
    for c in cols + (["surface"] if "surface" in out.columns else []):
        arabic |= out[c].fillna("").astype(str).str.contains(_ARABIC)
    for c in cols:
        out[f"{c}_as_written"] = text[c]
    if "place" in text:
        country = out["place_country"].fillna("").astype(str) if "place_country" in out else pd.Series("", out.index)
        admin1 = out["place_admin1"].fillna("").astype(str) if "place_admin1" in out else pd.Series("", out.index)
        out["place"] = [english_place_of(p, c, a) for p, c, a in zip(text["place"], country, admin1)]
    if "period" in text:
        out["period"] = [english_period(p) or (UNREAD_PERIOD if p else "") for p in text["period"]]
    if "attributed_to" in text:
        out["attributed_to"] = [english_source(s) for s in text["attributed_to"]]
    out["language"] = arabic.map({True: "ar", False: "en"})
    return out
