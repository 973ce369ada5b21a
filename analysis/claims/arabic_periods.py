"""Arabic period phrases read as the English phrases the claim check reads (issue 17).

The ledger keeps an Arabic row's ``period`` as written (منذ بداية الحرب, أمس الثلاثاء, خلال 24 ساعة). The
claim check (:func:`analysis.check.match.claim_window`, the rules' ``period_keywords`` and the anchors of
``data/check_rules.yml``) reads English; :func:`english_period` gives it the English phrase an English
article would have written for the same time, so one set of English patterns and anchors serves both
languages, and a report can show the period in English.

How a phrase is read: its letters are folded as the extractor folds them (:func:`analysis.claims.arabic_numbers.
normalise`: diacritics, alef forms, Arabic-Indic and Persian digits), every word becomes a token (منذ ->
``since``, a month of either calendar name -> ``M3``, a number word or digits -> ``N3``, a dual of a unit
(يومين) -> ``N2 Uday``, ...) and the token string is matched against a short list of forms, first that fits:

===========================================================  =======================================
Arabic                                                        English
===========================================================  =======================================
منذ بداية/بدء/اندلاع الحرب (الأهلية) / النزاع / الثورة ...    since the start of the (civil) war ...
منذ بداية العام (الجاري), منذ مطلع الشهر, منذ الأول من الشهر   since the start of this year / month
منذ 17 تشرين الأول/أكتوبر 2023, منذ السابع من أكتوبر           since 17 October 2023, since 7 October
منذ (عام) 2011, منذ آذار 2011, منذ مطلع آذار                   since 2011, since March 2011, since 1 March
منذ يومين, منذ ثلاث سنوات, خلال الأيام الثلاثة الماضية         over the past 2 days / 3 years / 3 days
خلال 24 ساعة, خلال الساعات الـ24 الماضية                       over the past 24 hours
الأسبوع/الشهر/العام الماضي, الأسبوع/الشهر/العام الجاري        last week/month/year, this week/...
أمس (الثلاثاء), ليلة أمس, الليلة الماضية, خلال الليل            yesterday, last night, overnight
اليوم (الخميس), صباح اليوم                                     today
(يوم) الخميس, الخميس الماضي                                    on Thursday, last Thursday
في 15 آذار 2012, في آذار 2012, في عام 2016, خلال 2016          on 15 March 2012, in March 2012, in 2016
===========================================================  =======================================

Months are read in the Levantine and Iraqi names (كانون الثاني ... كانون الأول), the Egyptian and Gulf names
(يناير ... ديسمبر) and the Maghreb ones (جانفي, أفريل, جوان, جويلية, أوت; غشت, شتنبر, نونبر, دجنبر); "آذار/مارس"
and "آذار (مارس)" name one month. A phrase none of these forms fits gets a rough English gloss when its
time words are known ("in recent days", "for more than 19 months", "within 3 days": phrases the check does
not read as a window either in English) and "" when nothing in it is known.
"""

from __future__ import annotations

import re
from functools import lru_cache

from analysis.claims.arabic_numbers import ONES, TEN, TENS, normalise, read_number, strip_conj, tokens

_MONTH_NAMES = ("January February March April May June July August September October November December").split()
_MONTH_WORDS = {
    "كانون الثاني": 1, "شباط": 2, "اذار": 3, "نيسان": 4, "ايار": 5, "حزيران": 6, "تموز": 7, "اب": 8, "ايلول": 9,
    "تشرين الاول": 10, "تشرين الثاني": 11, "كانون الاول": 12,
    "يناير": 1, "فبراير": 2, "مارس": 3, "ابريل": 4, "مايو": 5, "يونيو": 6, "يونيه": 6, "يوليو": 7, "يوليه": 7,
    "اغسطس": 8, "سبتمبر": 9, "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
    "جانفي": 1, "فيفري": 2, "افريل": 4, "ماي": 5, "جوان": 6, "جويلية": 7, "اوت": 8, "يوليوز": 7, "غشت": 8,
    "شتنبر": 9, "نونبر": 11, "دجنبر": 12,
}
_WEEKDAY_WORDS = {"الاثنين": "Monday", "الثلاثاء": "Tuesday", "الاربعاء": "Wednesday", "الخميس": "Thursday",
                  "الجمعة": "Friday", "السبت": "Saturday", "الاحد": "Sunday"}
#: time units, singular (and accusative) forms -> English unit
_UNIT_WORDS = {
    "hour": "ساعة الساعة ساعه", "day": "يوم يوما اليوم", "week": "اسبوع اسبوعا الاسبوع",
    "month": "شهر شهرا الشهر", "year": "عام عاما العام سنة السنة",
}
#: their plurals: "الأيام الماضية" is "in recent days", "الأسبوع الماضي" is "last week"
_PLURAL_WORDS = {
    "hour": "ساعات الساعات", "day": "ايام الايام", "week": "اسابيع الاسابيع", "month": "اشهر شهور الاشهر الشهور",
    "year": "اعوام الاعوام سنوات السنوات سنين السنين",
}
#: duals of the units: two of them
_DUAL_WORDS = {
    "hour": "ساعتين ساعتان الساعتين", "day": "يومين يومان اليومين", "week": "اسبوعين اسبوعان الاسبوعين",
    "month": "شهرين شهران الشهرين", "year": "عامين عامان العامين سنتين سنتان السنتين",
}
#: what a war or an attack is called (the English noun the check's anchors read)
_EVENT_WORDS = {
    "war": "الحرب", "conflict": "النزاع الصراع", "crisis": "الازمة", "revolution": "الثورة",
    "uprising": "الانتفاضة", "protests": "الاحتجاجات التظاهرات المظاهرات الحراك", "offensive": "الهجوم",
    "operation": "العملية العمليات", "campaign": "الحملة", "aggression": "العدوان", "fighting": "المعارك القتال",
    "clashes": "الاشتباكات", "escalation": "التصعيد", "invasion": "الغزو", "siege": "الحصار",
    "shelling": "القصف", "earthquake": "الزلزال",
}
_SIMPLE = {
    "منذ": "SINCE", "خلال": "DURING", "طيلة": "DURING", "طوال": "DURING", "غضون": "DURING", "مدى": "DURING",
    "مدار": "DURING", "في": "IN", "امس": "YESTERDAY", "البارحة": "YESTERDAY", "الليلة": "NIGHT",
    "ليلة": "NIGHT", "الليل": "NIGHT", "ليلا": "NIGHT", "الماضي": "PAST", "الماضية": "PAST", "الماضيين": "PAST",
    "الماضيتين": "PAST", "المنصرم": "PAST", "المنصرمة": "PAST", "الفائت": "PAST", "الفائتة": "PAST",
    "الاخير": "PAST", "الاخيرة": "PAST", "الاخيرين": "PAST", "الاخيرتين": "PAST", "السابقة": "PAST",
    "الجاري": "THIS", "الجارية": "THIS", "الحالي": "THIS", "الحالية": "THIS", "هذا": "THIS", "هذه": "THIS",
    "بداية": "START", "بدايه": "START", "بدء": "START", "بدايات": "START", "اندلاع": "START", "انطلاق": "START",
    "انطلاقة": "START", "مطلع": "START", "مستهل": "START", "نشوب": "START", "اوائل": "START", "تفجر": "START",
    "اول": "START", "منتصف": "MID", "اواسط": "MID", "نهاية": "END", "اواخر": "END", "من": "OF",
    "الاهلية": "CIVIL", "حتي": "UNTIL", "لغاية": "UNTIL", "اكثر": "MORE", "ازيد": "MORE", "يزيد": "MORE",
    "نحو": "ABOUT", "حوالي": "ABOUT", "قرابة": "ABOUT", "زهاء": "ABOUT", "اقل": "LESS", "الفترة": "PERIOD",
    "المدة": "PERIOD",
}
#: words that say nothing about the time ("صباح اليوم", "يوم الخميس", "الـ24", "فقط")
_FILLER = {"صباح", "مساء", "فجر", "ظهر", "عصر", "ال", "فقط", "الان", "تقريبا", "ما", "عن", "علي"}
_ORDINALS = ["الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر"]


def _fold(words: str) -> str:
    return normalise(words)[0]


def _ordinal_table() -> dict[str, int]:
    """Day ordinals 1-31 (الأول, الحادي عشر, الثاني والعشرين, الحادي والثلاثين), folded."""
    out = {w: n for n, w in enumerate(_ORDINALS, 1)}
    out["الحادي عشر"] = 11
    for n, w in enumerate(_ORDINALS[1:9], 2):
        out[f"{w} عشر"] = 10 + n
    for tens, word in ((20, "العشرين"), (30, "الثلاثين")):
        out[word] = tens
        for n, w in enumerate(["الحادي"] + _ORDINALS[1:9], 1):
            if tens + n <= 31:
                out[f"{w} و{word}"] = out[f"{w} و{word[2:]}"] = tens + n  # و(ال)عشرين: see _ARTICLE_DIGITS
    return out


_MONTHS = {_fold(k): v for k, v in _MONTH_WORDS.items()}
_WEEKDAYS = {_fold(k): v for k, v in _WEEKDAY_WORDS.items()}
_UNITS = {_fold(w): f"U{u}" for u, ws in _UNIT_WORDS.items() for w in ws.split()}
_UNITS.update({_fold(w): f"P{u}" for u, ws in _PLURAL_WORDS.items() for w in ws.split()})
_DUALS = {_fold(w): u for u, ws in _DUAL_WORDS.items() for w in ws.split()}
_EVENTS = {_fold(w): e for e, ws in _EVENT_WORDS.items() for w in ws.split()}
_WORDS = {_fold(k): v for k, v in _SIMPLE.items()}
_FILLER = {_fold(w) for w in _FILLER}
_ORDINAL = {_fold(k): v for k, v in _ordinal_table().items()}
_TWO_WORDS = {k for k in list(_MONTHS) + list(_ORDINAL) if " " in k}
#: "الـ24" folds to "ال24", "الأيام الثلاثة", "الساعات الأربع والعشرين": the article goes, the number stays
#: (not in the weekdays الاثنين, الأحد)
_ARTICLE_DIGITS = re.compile(r"ال(?=\d)|(?<!\w)(و?)ال(?=(?:" + "|".join(
    sorted((w for w in (*ONES, *TEN, *TENS) if w not in ("اثنين", "اثنان", "احد")), key=len, reverse=True)) + r")(?!\w))")
#: the day before yesterday (أول أمس, أمس الأول)
_DAY_BEFORE = re.compile(_fold(r"(?:اول|أول) امس|امس الاول"))


def _word_token(word: str) -> list[str]:
    """The tokens of one folded word (through a leading و/ف/ب/ل), [] for a filler, ["X"] for an unknown word."""
    forms = [word, strip_conj(word)]
    if len(forms[-1]) > 3 and forms[-1][0] in "بل":
        forms.append(forms[-1][1:])  # "لعام", "بداية" keeps its ب: only tried after the word itself
    if forms[-1].startswith("لل"):
        forms.append("ال" + forms[-1][2:])
    for w in forms:
        if w in _WORDS:
            return [_WORDS[w]]
        if w in _MONTHS:
            return [f"M{_MONTHS[w]}"]
        if w in _WEEKDAYS:
            return [f"W{_WEEKDAYS[w]}"]
        if w in _DUALS:
            return ["N2", f"U{_DUALS[w]}"]
        if w in _EVENTS:
            return [f"E{_EVENTS[w]}"]
        if w in _ORDINAL:
            return [f"O{_ORDINAL[w]}"]
        if w in ("اليوم",):
            return ["TODAY"]
        if w in _UNITS:
            return [_UNITS[w]]
        if w in _FILLER:
            return []
    return ["X"]


def _canonical(text: str) -> str:
    """The period as a string of tokens (see the module doc); unit words before a number are kept as units."""
    folded = _ARTICLE_DIGITS.sub(r"\1", normalise(text)[0])
    if _DAY_BEFORE.search(folded):
        return "DBY"
    toks = tokens(folded)
    out: list[str] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if t.kind == "punct":
            i += 1
            continue
        if t.kind == "num":
            try:
                out.append(f"N{int(float(t.text.replace(',', '')))}")
            except ValueError:
                out.append("X")
            i += 1
            continue
        if t.kind != "word":
            out.append("X")
            i += 1
            continue
        pair = f"{strip_conj(t.text)} {toks[i + 1].text}" if i + 1 < len(toks) and toks[i + 1].kind == "word" else ""
        if pair in _TWO_WORDS:
            out.append(f"M{_MONTHS[pair]}" if pair in _MONTHS else f"O{_ORDINAL[pair]}")
            i += 2
            continue
        got = _word_token(t.text)
        if got == ["X"]:  # not a time word: a number (ثلاث, خمسة وعشرين), else unknown
            found = read_number(toks, i)
            if found is not None and not found.vague:
                out.append(f"N{int(found.value)}")
                i = found.last + 1
                continue
        out.extend(got)
        i += 1
    # "آذار/مارس", "آذار (مارس)": one month named twice
    return re.sub(r"\b(M\d+)(?: M\d+)+\b", r"\1", " ".join(out))


def _month(token: str) -> str:
    return _MONTH_NAMES[int(token) - 1]


def _year(n: str | None) -> str:
    return f" {n}" if n else ""


def _units(n: str, unit: str) -> str:
    return f"{n} {unit}" + ("" if n == "1" else "s")


_Y = r"(?:U(?:year|month) )?N(?P<y>(?:19|20)\d\d)"          # (عام) 2011
_DATE = r"(?:N(?P<d>\d{1,2})|O(?P<o>\d{1,2}))(?: OF)? (?:Umonth )?M(?P<m>\d{1,2})(?: OF)?(?: " + _Y + r")?"
_MONTH_YEAR = r"(?:Umonth )?M(?P<m>\d{1,2})(?: OF)?(?: " + _Y + r")?"
_COUNT = r"(?:N(?P<n>\d+) [UP](?P<u>[a-z]+)|[UP](?P<u2>[a-z]+) N(?P<n2>\d+))"


def _n_units(m: re.Match) -> tuple[str, str]:
    return m.group("n") or m.group("n2"), m.group("u") or m.group("u2")


def _since_start_unit(m: re.Match) -> str:
    return f"since the start of this {m.group('u')}"


def _since_date(m: re.Match) -> str:
    day = m.group("d") or m.group("o")
    return f"since {int(day)} {_month(m.group('m'))}{_year(m.group('y'))}"


def _since_month(m: re.Match) -> str:
    if m.group("y"):
        return f"since {_month(m.group('m'))} {m.group('y')}"
    return f"since 1 {_month(m.group('m'))}"  # منذ (بداية) آذار: the latest 1 March on or before the article


def _past_n(m: re.Match) -> str:
    n, unit = _n_units(m)
    return f"over the past {_units(n, unit)}"


def _since_n(m: re.Match) -> str:
    n, unit = _n_units(m)
    if m.group("h"):
        return f"for {'more than' if m.group('h') == 'MORE' else 'about' if m.group('h') == 'ABOUT' else 'less than'} " \
               f"{_units(n, unit)}"
    return f"over the past {_units(n, unit)}"


def _within_n(m: re.Match) -> str:
    n, unit = _n_units(m)
    if (n, unit) == ("24", "hour"):
        return "over the past 24 hours"  # خلال 24 ساعة: the news' phrase for the day before the report
    return f"within {_units(n, unit)}"


def _on_date(m: re.Match) -> str:
    day = m.group("d") or m.group("o")
    return f"on {int(day)} {_month(m.group('m'))}{_year(m.group('y'))}"


def _in_month(m: re.Match) -> str:
    return f"in {_month(m.group('m'))}{_year(m.group('y'))}"


#: (pattern on the token string, English), first that fits; ``search``, so unknown words around do not matter
_FORMS: list[tuple[re.Pattern, object]] = [(re.compile(p), f) for p, f in [
    (r"^DBY$", "two days ago"),
    (r"\bSINCE (?:START )?(?:OF )?E(?P<e>[a-z]+)(?P<c> CIVIL)?",
     lambda m: f"since the start of the {'civil ' if m.group('c') else ''}{m.group('e')}"),
    (r"\bSINCE (?:START|O1) (?:OF )?U(?P<u>year|month|week)\b(?! N(?:19|20)\d\d)", _since_start_unit),
    (r"\bSINCE U(?P<u>year|month|week) THIS\b", _since_start_unit),
    (r"\bSINCE (?:START (?:OF )?)?" + _DATE, _since_date),
    (r"\bSINCE START (?:OF )?" + _MONTH_YEAR, _since_month),
    (r"\bSINCE " + _MONTH_YEAR, _since_month),
    (r"\bSINCE (?:START (?:OF )?)?" + _Y + r"\b(?! [UP])", lambda m: f"since {m.group('y')}"),
    (r"\bSINCE (?:MID (?:OF )?)" + _MONTH_YEAR, lambda m: f"since mid-{_month(m.group('m'))}{_year(m.group('y'))}"),
    (r"\bSINCE (?:END (?:OF )?)" + _MONTH_YEAR,
     lambda m: f"since the end of {_month(m.group('m'))}{_year(m.group('y'))}"),
    (r"\bSINCE (?:(?P<h>MORE|ABOUT|LESS) (?:OF )?)?" + _COUNT, _since_n),
    (r"\bSINCE U(?P<u>year|month|week|day) PAST\b", lambda m: f"since last {m.group('u')}"),
    (r"\b" + _COUNT + r" PAST\b", _past_n),
    (r"(?:^|\b(?:IN|DURING) )" + _Y + r"\b(?! [UP])", lambda m: f"in {m.group('y')}"),
    (r"\bDURING " + _COUNT, _within_n),
    (r"\bP(?P<u>[a-z]+) PAST\b", lambda m: f"in recent {m.group('u')}s"),  # خلال الأيام الماضية
    (r"\bYESTERDAY\b", "yesterday"),
    (r"\bNIGHT PAST\b", "last night"),
    (r"\bDURING NIGHT\b|\bNIGHT$", "overnight"),
    (r"\bTODAY\b", "today"),
    (r"\bU(?P<u>year|month|week) PAST\b", lambda m: f"last {m.group('u')}"),
    (r"\bU(?P<u>year|month|week) THIS\b", lambda m: f"this {m.group('u')}"),
    (r"\bTHIS U(?P<u>year|month|week)\b", lambda m: f"this {m.group('u')}"),
    (r"\bW(?P<w>[A-Za-z]+) PAST\b", lambda m: f"last {m.group('w')}"),
    (r"\bW(?P<w>[A-Za-z]+)\b", lambda m: f"on {m.group('w')}"),
    (r"(?:^|\b(?:IN|DURING) )" + _DATE, _on_date),
    (r"(?:^|\b(?:IN|DURING) )" + _MONTH_YEAR, _in_month),
    (r"\bSTART (?:OF )?U(?P<u>year|month|week)\b", lambda m: f"at the start of the {m.group('u')}"),
    (r"\bEND (?:OF )?" + _MONTH_YEAR, lambda m: f"at the end of {_month(m.group('m'))}{_year(m.group('y'))}"),
    (r"\bDURING (?:[UP][a-z]+ )?E(?P<e>[a-z]+)", lambda m: f"during the {m.group('e')}"),
    (r"\bDURING P(?P<u>[a-z]+)$", lambda m: f"for {m.group('u')}s"),           # خلال الأيام
    (r"\bPERIOD PAST\b", "recently"),                                          # خلال الفترة الماضية
    (r"\bDURING PERIOD\b", "during that period"),                              # خلال الفترة
    (r"^SINCE START$", "since the start"),                                       # منذ بدء
]]


@lru_cache(maxsize=4096)
def english_period(text: str) -> str:
    """The English phrase for an Arabic ``period`` ("منذ بداية الحرب" -> "since the start of the war"); "" when
    none of its words is a time word this reader knows. Text with no Arabic letters is returned as it is."""
    if not text or not any("\u0600" <= ch <= "\u06ff" for ch in text):
        return text or ""
    canon = _canonical(text)
    for pattern, english in _FORMS:
        m = pattern.search(canon)
        if m:
            return english if isinstance(english, str) else english(m)
    return ""
