"""English names of the sources an Arabic row credits, for tables written in English (issue 17).

An Arabic article's ledger rows keep ``place``, ``period`` and ``attributed_to`` as written in Arabic (the ledger
quotes its articles). The claim check reads place and period through
:func:`analysis.claims.arabic_places.english_place` and :func:`analysis.claims.arabic_periods.english_period`;
report tables (:mod:`analysis.tables.english`) show those same readings, and :func:`english_source` for
``attributed_to``: the English name of a source this module knows (المرصد السوري لحقوق الإنسان -> "Syrian
Observatory for Human Rights", المفوضية -> "UNHCR", a speaker of a ministry of health -> "Ministry of Health"),
else :data:`UNKNOWN_SOURCE` (a name is never transliterated by guess). Pure functions, no file read.
"""

from __future__ import annotations

import re
from functools import lru_cache

from analysis.claims.arabic_numbers import normalise

_ARABIC = re.compile("[\u0600-\u06ff]")
UNKNOWN_SOURCE = "an Arabic-language source"
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
