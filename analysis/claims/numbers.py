"""Finding and reading the numbers a text states, with their hedges.

:func:`find_quantities` scans a text once with precompiled regular
expressions and returns every number phrase as a :class:`Quantity`: its span
(hedge included), value, low/high bounds and qualifier. Number words are read
with text2num; digits, scale words and vague quantities by hand.

Conventions (what the columns mean):

========== ================= ======== ========== ============
qualifier  example           value    value_low  value_high
========== ================= ======== ========== ============
exact      "43", "twelve"    43       43         43
at_least   "at least 43",    43       43         --
           "43 or more"
more_than  "more than 43",   43       43         --
           "over 43", "43+"
about      "about 43",       43       --         --
           "some", "around",
           "nearly", "almost"
up_to      "up to 43",       43       --         43
           "as many as 43"
less_than  "less than 43",   43       --         43
           "fewer than",
           "under"
range      "between 60,000   60000    60000      80000
           and 80,000",
           "three to four",
           "60-80"
approx_word "dozens",        24       24         --
           "hundreds",
           "tens of thousands"
========== ================= ======== ========== ============

* "nearly", "almost" and "close to" are **about**, not less_than: the writer
  rounds to a figure slightly above the true one, which is an approximation,
  not a stated bound. "less than", "fewer than", "under", "below" are
  less_than. "more than" keeps the stated figure as ``value_low`` (the bound
  is strict, the column is not).
* A range's ``value`` is its low end, never a midpoint; a vague quantity's
  ``value`` is its minimum reading (``value_low``), ``value_high`` is empty.
  Minimum readings: dozens 24, scores 40, "tens of" 20, hundreds 200,
  thousands 2,000, millions 2,000,000, tens of thousands 20,000, hundreds of
  thousands 200,000; "several" multiplies by 3, "a few" and "many" by 2.
* A quantity's span (``surface``) includes its hedge and tail: "at least 43",
  "between 60,000 and 80,000", "43 or more".
* A scale word carries over a range: "between 1.5 and 2 million" is
  1,500,000-2,000,000.

Numbers that cannot be counts are not returned: ordinals ("27th"), model
names ("T-90", "BM-21", "Su-24"), numbers glued to letters ("A320", "10km"),
dates ("27 November", "30-11-2014") and years (a 4-digit 1800-2099 number
unless hedged or followed by a counted noun), times ("10:30", "at 0914"),
ages ("aged 12", "12-year-old"), percentages, money ("$5m", "5 million
dollars"), distances and other measures, durations ("13 years"), identifiers
after words such as "Division", "Resolution" or "Route" and places named with a number ("in Delmas 24;"),
a parent's children ("a mother of three"), page furniture ("Views 371") and phone numbers. ``find_quantities(text, keep_excluded=True)``
returns them too, with ``excluded`` naming why.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final, NamedTuple

from text_to_num import text2num

from analysis.claims.alternation import by_first_char, lowers_exactly

# --------------------------------------------------------------------------
# Grammar
# --------------------------------------------------------------------------

_U: Final = r"one|two|three|four|five|six|seven|eight|nine"
_TEEN: Final = r"ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_T: Final = r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
#: (a hyphen at a line's end may part the tens and the units: "twenty-\nthree")
_W99: Final = rf"(?:(?:{_T})(?:(?:-\n[ \t]*|[\s-])(?:{_U})\b)?|(?:{_TEEN})|(?:{_U}))\b"
_W999: Final = rf"(?:(?:{_W99}|a)\s+hundred\b(?:\s+(?:and\s+)?{_W99})?|{_W99})"
_BIG: Final = r"(?:thousand|million|billion)\b"
_WNUM: Final = (
    rf"(?:(?:{_W999}|a|half\s+a|a\s+half|(?:a|one)\s+and\s+a\s+half|(?:a\s+)?quarter\s+of\s+a)\s+{_BIG}"
    rf"(?:\s+(?:and\s+)?{_W999}(?:\s+{_BIG})?)?|{_W999})"
)
_DOZEN: Final = rf"(?:(?:a|{_U}|ten|half\s+a)\s+dozen)\b(?!s)"
#: Digit groups are split by commas, or by a no-break, narrow no-break, thin or zero-width space ("2\u00a0500").
_GROUP: Final = "[,\u00a0\u202f\u2009\u200b]"
#: (South Asian English groups lakhs and crores in pairs: "6,50,000", "1,25,00,000".)
_DIG: Final = rf"(?:\d{{1,2}}(?:,\d\d)+,\d{{3}}(?![\d,])|\d{{1,3}}(?:{_GROUP}\d{{3}})+|\d+)(?:\.\d+)?"
#: Spoken decimals: "two-point-5 million", "one point two million", "3 point 5 million", "eleven-point-three million".
_SPOKEN: Final = (rf"(?:(?:{_W99}|\d{{1,3}})[\s-]+point[\s-]+(?:{_U}|zero|\d{{1,3}})\s+(?:thousand|million|billion)\b)")
_SCALE: Final = r"(?:\s+(?:hundred|thousand|lakhs?|crores?|million|billion|trillion)\b|\s?(?:bn|mn|mln)\b|[kKmM]\b)"
_DIGSC: Final = rf"{_DIG}{_SCALE}?(?![\w/]|[.,]\d)"
_NUM: Final = rf"(?:{_SPOKEN}|{_DIGSC}|{_DOZEN}|{_WNUM})"

#: Words right before "several" that make it a figure: a breakdown, or a verb of harm or seizure.
_SEVERAL_AFTER: Final = ("among them", "among whom", "including", "bodies of", "remains of", "fire to", "control of",
                         "destroyed", "burned", "torched", "killed", "wounded", "injured", "abducted", "kidnapped",
                         "arrested", "seized", "captured", "detained", "killing", "wounding", "injuring",
                         "neutralised", "neutralized")
_SEVERAL_LOOKBEHINDS: Final = "|".join(r"(?<=" + w.replace(" ", r"\s") + r"\sseveral)" for w in _SEVERAL_AFTER)
_VAGUE: Final = (
    r"(?:(?:tens|hundreds|dozens|scores)\s+of\s+(?:thousands|millions)"
    r"|(?:several|a\s+few|a\s+couple\s+of|many)\s+(?:dozen|hundred|thousand|million)\b(?!s)"
    r"|(?:several|a\s+few|many)\s+(?:dozens|hundreds|thousands|millions)\b"
    r"|dozens|hundreds|thousands|millions|(?:scores|tens)(?=\s+(?:of|more)\b)"
    # "leaving scores dead", "scores were wounded": scores of people (never "test scores were high")
    r"|scores(?=\s+(?:dead|killed|injured|wounded|hurt|missing|(?:were|have\s+been|had\s+been)\s+(?:killed|injured|"
    r"wounded|hurt|arrested|detained|abducted|displaced))\b)"
    r"|several(?=\s+(?:of\s+(?:them|the|whom|those|these|our|its|their|his|her)|more|others|were|have|had|are|"
    r"died|required|needed|underwent|"  # "several required amputations"
    r"(?:[a-z'-]+\s+){1,2}(?:(?:near|in|around|outside|across|along|of|from)\s+(?:the\s+)?(?:[a-z'-]+\s+){1,2})?"
    # "several villages near Maungdaw town were set on fire": a place between the noun and its verb
    r"(?:were|have|had|are|died|fled|drowned|perished|succumbed|remain|remained|went|burned|burnt|required|needed|"
    r"underwent|suffered|sustained)\b"
    # "several soldiers, among them a general, were killed"
    r"|(?:[a-z'-]+\s+){0,1}[a-z'-]+,\s+(?:among\s+them|including)\s+[^,.;]{1,60},\s+(?:were|have|had|are)\b)))\b"
    # an item of a breakdown ("killed dozens, among them several children"), or the object of a verb of harm or
    # seizure ("set fire to several houses", "neutralised several terrorists"): the word first, then what stands
    # before it (a look-behind first would be tried wherever any number phrase may start)
    r"|several(?:" + _SEVERAL_LOOKBEHINDS + ")"
    r"(?=\s+(?!(?:hours|days|weeks|months|years|minutes|times|kilometres|kilometers|miles|metres|meters)\b)[a-z])"
)

_HEDGES: Final = {
    "at least": "at_least", "no fewer than": "at_least", "no less than": "at_least",
    "not less than": "at_least", "not fewer than": "at_least", "a minimum of": "at_least",
    "more than": "more_than", "over": "more_than", "in excess of": "more_than", "upwards of": "more_than",
    "upward of": "more_than", "above": "more_than", "just over": "more_than", "well over": "more_than",
    "slightly over": "more_than", "just above": "more_than", "well above": "more_than",
    "slightly more than": "more_than", "well more than": "more_than", "just more than": "more_than",
    "up to": "up_to", "as many as": "up_to", "at most": "up_to", "a maximum of": "up_to",
    "no more than": "up_to", "not more than": "up_to", "as high as": "up_to", "as much as": "up_to",
    "less than": "less_than", "fewer than": "less_than", "under": "less_than", "below": "less_than",
    "just under": "less_than", "just below": "less_than", "slightly less than": "less_than",
    "nearly": "about", "almost": "about", "close to": "about", "around": "about", "about": "about",
    "some": "about", "approximately": "about", "approx.": "about", "roughly": "about",
    "an estimated": "about", "estimated": "about", "est.": "about", "circa": "about", "ca.": "about",
    "c.": "about", "c": "about", "just about": "about", "almost exactly": "about", "somewhere around": "about",
}
#: Hedges that are also the particle of a verb before them: "hand over 33 hostages" is no "over 33".
#: And the end of an age band before a table's gap, "18 and over", "65 and above" (not a year's "in 2022 and over
#: 22,000", nor "killing 12 and over 30 others"): a label, then a table's cell ("18 and over   4   9").
_PARTICLE_HEDGES: Final = {"over": r"(?<!hand\s)(?<!hands\s)(?<!handed\s)(?<!handing\s)(?<!turned\s)(?<!turn\s)"
                                   r"(?:(?<!\b\d\sand\s)(?<!\b\d\d\sand\s)|(?!over(?:\t| {2})))over",
                           "above": r"(?:(?<!\b\d\sand\s)(?<!\b\d\d\sand\s)|(?!above(?:\t| {2})))above"}
_HEDGE_ALT: Final = "|".join(
    _PARTICLE_HEDGES.get(h, re.escape(h).replace(r"\ ", r"\s+"))
    for h in sorted(_HEDGES, key=len, reverse=True) if h not in ("c", "c.")
)
_HEDGE: Final = rf"(?:(?:{_HEDGE_ALT})\s+|c\.\s*|ca\.\s*)"

_TAIL: Final = r"(?P<tail>\s+or\s+more\b|\s+or\s+so\b|\s*\+(?!\d)|-plus\b|\s+plus\b(?!\s+\d)|-odd\b|\s+odd\b|-something\b)"

_RANGE_SEP: Final = r"(?:\s*[-\u2013\u2014]\s*(?=\d)|\s+(?:to|or)\s+)"

_QUANTITY: Final = re.compile(
    rf"(?<![\w$\u00a3\u20ac#/@:])(?<![^(]\+)(?<!^\+)(?<!\d[.,])(?<![A-Za-z]-)"
    rf"(?P<hedge>(?:{_HEDGE}){{1,2}})?"
    rf"(?:between\s+(?P<ba>{_NUM})\s+and\s+(?P<bb>{_NUM})"
    rf"|(?P<ra>{_NUM}){_RANGE_SEP}(?P<rb>{_NUM})"
    rf"|(?P<vague>{_VAGUE})"
    rf"|(?P<n>{_NUM}))"
    rf"{_TAIL}?",
    re.IGNORECASE,
)
#: :data:`_QUANTITY` for lower-cased ASCII text (on ASCII, IGNORECASE is exactly lower-casing; this is
#: about twice as fast). Its groups' texts are lower-cased; every reading of them ignores case.
_QUANTITY_LOWER: Final = re.compile(_QUANTITY.pattern.lower().replace("(?p<", "(?P<"))

# --------------------------------------------------------------------------
# Reading one number phrase
# --------------------------------------------------------------------------

_SCALES: Final = {
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000, "bn": 1_000_000_000, "mn": 1_000_000, "mln": 1_000_000,
    "k": 1_000, "m": 1_000_000, "lakh": 100_000, "lakhs": 100_000, "crore": 10_000_000, "crores": 10_000_000,
}
_DIG_RE: Final = re.compile(rf"({_DIG})\s*(hundred|thousand|lakhs?|crores?|million|billion|trillion|bn|mn|mln|k|m)?",
                            re.IGNORECASE)
_VAGUE_BASE: Final = {"dozens": 24, "scores": 40, "tens": 20, "hundreds": 200, "thousands": 2_000,
                      "millions": 2_000_000, "several": 3}
_VAGUE_UNIT: Final = {"dozen": 12, "hundred": 100, "thousand": 1_000, "million": 1_000_000,
                      "dozens": 12, "hundreds": 100, "thousands": 1_000, "millions": 1_000_000}
_VAGUE_MULT: Final = {"several": 3, "a few": 2, "a couple of": 2, "many": 2}
_VAGUE_FIRST: Final = {"tens": 10, "hundreds": 100, "dozens": 12, "scores": 20}


def _norm(text: str) -> str:
    return " ".join(text.lower().replace("\u2011", "-").split())


@lru_cache(maxsize=4096)
def parse_number(text: str) -> float | None:
    """The value of one number phrase ("14,000", "1.5 million", "c.300K",
    "twelve", "two dozen", "a million", "half a million"); None if unreadable.

    A leading hedge ("about", "c.") is ignored; see :func:`find_quantities`
    for hedges and ranges.
    """
    s = _norm(_GROUP_SPACE.sub("", text))
    s = re.sub(r"^(?:c\.|ca\.|c\s)\s*", "", s)
    if not s:
        return None
    if "point" in s:
        return _spoken(s)
    if s[0].isdigit():
        m = _DIG_RE.fullmatch(s)
        if not m:
            return None
        value = float(m.group(1).replace(",", ""))
        if m.group(2):
            value *= _SCALES[m.group(2).lower()]
        return value
    dozen = re.fullmatch(r"(.+?)\s+dozen", s)
    if dozen:
        head = dozen.group(1)
        if head == "a":
            return 12.0
        if head == "half a":
            return 6.0
        base = parse_number(head)
        return None if base is None else base * 12
    frac = re.fullmatch(r"(half a|a half|(?:a|one) and a half|(?:a )?quarter of a) (thousand|million|billion)", s)
    if frac:
        share = {"half a": 0.5, "a half": 0.5, "a and a half": 1.5, "one and a half": 1.5}.get(frac.group(1), 0.25)
        return share * _SCALES[frac.group(2)]
    s = re.sub(r"^a ", "one ", s)
    s = re.sub(r"\s+and\s+a\s+half$", "", s)
    try:
        return float(text2num(s.replace("-", " "), "en"))
    except (ValueError, KeyError, IndexError):
        return None


_GROUP_SPACE: Final = re.compile("(?<=\\d)[\u00a0\u202f\u2009\u200b](?=\\d{3})")
_SPOKEN_RE: Final = re.compile(r"(.+?)[\s-]+point[\s-]+(.+?)\s+(thousand|million|billion)")


def _spoken(s: str) -> float | None:
    """ "two-point-5 million" = 2,500,000 (``s`` normalised)."""
    m = _SPOKEN_RE.fullmatch(s)
    if not m:
        return None
    whole, frac = parse_number(m.group(1)), parse_number(m.group(2))
    if whole is None or frac is None or frac != int(frac):
        return None
    digits = str(int(frac))
    return (whole + int(digits) / 10 ** len(digits)) * _SCALES[m.group(3)]


def parse_vague(text: str) -> float | None:
    """Minimum reading of a vague quantity ("dozens" 24, "tens of thousands" 20,000)."""
    s = _norm(text)
    m = re.fullmatch(r"(tens|hundreds|dozens|scores) of (thousands|millions)", s)
    if m:
        return float(2 * _VAGUE_FIRST[m.group(1)] * _VAGUE_UNIT[m.group(2)])
    m = re.fullmatch(r"(several|a few|a couple of|many) (dozens?|hundreds?|thousands?|millions?)", s)
    if m:
        return float(_VAGUE_MULT[m.group(1)] * _VAGUE_UNIT[m.group(2)])
    return float(_VAGUE_BASE[s]) if s in _VAGUE_BASE else None


# --------------------------------------------------------------------------
# Context filters
# --------------------------------------------------------------------------

_MONTHS: Final = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_AFTER_EXCLUDE: Final = [
    ("percentage", re.compile(r"\s*(?:%|per\s?cent\b|percent\b|pc\b|pct\b|percentage\b)", re.I)),
    # "two-thirds", "three quarters": shares, never counts
    ("share", re.compile(r"[\s-]+(?:halves|thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)\b",
                         re.I)),
    ("age", re.compile(r"[\s-]*(?:years?|yrs?|months?)[\s-]*old\b|-year-old", re.I)),
    ("money", re.compile(
        r"\s*(?:(?:us\s+|u\.s\.\s+)?dollars?|euros?|pounds?\s+sterling|pounds\b|(?:syrian\s+|turkish\s+|lebanese\s+)?"
        r"(?:liras?|lira|pounds)|dinars?|riyals?|rials?|rubles?|roubles?|yuan|yen|usd|eur|gbp|syp|try|"
        r"(?:colombian\s+|mexican\s+|philippine\s+)?pesos?|rupees?|nairas?|shillings?|hryvnias?|afghanis|birr|"
        r"francs?|cfa(?:\s+francs?)?|taka|kyats?|shekels?|baht|ringgit|rupiah|gourdes|manats?|lari|tenge|rand|cedis?|"
        r"kwacha|leones|lempiras?|quetzal(?:es)?|bol[i\u00ed]vares|reais|somoni|dirhams?|pesewas|kopecks?)\b", re.I)),
    ("measure", re.compile(
        r"[\s-]*(?:km|kms|kilomet(?:er|re)s?|miles?|mi|metres?|meters?|m|feet|foot|ft|cm|mm|kg|kgs|kilos?|kilograms?|"
        r"grams?|g|tons?|tonnes?|mt|hectares?|ha|acres?|sq|square|cubic|degrees?|\u00b0|mph|km/h|kph|inch(?:es)?|"
        r"yards?|mw|gw|kw|megawatts?|litres?|liters?|calibre|caliber|knots?|nautical)\b", re.I)),
    ("duration", re.compile(
        r"[\s-]*(?:hours?|hrs?|days?|weeks?|months?|years?|minutes?|mins?|seconds?|secs?|decades?|centuries|century|"
        r"nights?|mornings?|evenings?|times)\b", re.I)),
    # "found guilty on nine counts, including murder": charges, not people
    ("charges", re.compile(r"\s+counts\b", re.I)),
    ("time", re.compile(r"(?::\d\d|\s*(?:a\.m\.|p\.m\.|am\b|pm\b|gmt\b|utc\b|local\s+time\b|o'clock\b|hrs\b|"
                        r"midnight\b|noon\b|hours\s+(?:gmt|utc|local)\b))", re.I)),
    # "the 86-page report", "a 12-member team", "a 5-storey building": a compound modifier, not a count
    ("modifier", re.compile(r"-(?!(?:plus|odd|strong|something)\b)[a-z]+(?:-[a-z]+)*\b(?<!s)(?!-)", re.I)),
    ("date", re.compile(rf"(?:\s+|-|\s+of\s+|\s*(?:and|to|-|\u2013)\s*\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?)"
                        rf"(?:{_MONTHS})\b\.?", re.I)),
]
#: One pattern for "any of the above", so the common case (nothing follows) costs one match.
_ANY_AFTER: Final = re.compile("|".join(f"(?:{p.pattern})" for _, p in _AFTER_EXCLUDE), re.I)
# "October 12", "Oct. 7, 12"; but in "7 October, 12 colleagues" the day came first, so 12 is a count
_DATE_BEFORE: Final = re.compile(rf"(?:\b(?:{_MONTHS})\.?(?:[ \t]{{1,2}}|\s*\n\s*)(?:\d{{1,2}}(?:st|nd|rd|th)?(?:,\s+|[ \t]|\s*(?:and|to|-|\u2013)\s*))?|"
                                 rf"(?<!\d\s)(?<!\d)\b(?:{_MONTHS})\.?,\s+)$", re.I)
#: A day, then its month, right before a number: the number is not the month's day ("20 April\n7 killed").
_DAY_MONTH_BEFORE: Final = re.compile(rf"(?<![\d.,])\d{{1,2}}(?:st|nd|rd|th)?[ \t]+(?:{_MONTHS})\.?(?:[ \t]{{1,2}}|[ \t]*\n\s*)$", re.I)
_AGE_BEFORE: Final = re.compile(r"\b(?:aged|ages|age\s+of|age|ages\s+of)\s+(?:between\s+)?"
                                r"(?:\d{1,3}\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|to\s+|-\s*))*$", re.I)
#: A nickname in quotes after "alias" or "known as" that ends in a number: "alias 'Mono 17'".
_ALIAS_BEFORE: Final = re.compile(r"\b(?:alias|aka|a\.k\.a\.|known\s+as|nicknamed)\s+['\"\u2018\u201c][^'\"\u2019\u201d]{0,30}$", re.I)
#: One person and a comma right before a number set off by commas: an age ("a woman, 63, and a boy").
_PERSON_COMMA_BEFORE: Final = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z-]+\s+)?(?:woman|man|boy|girl|child|mother|"
                                         r"father|son|daughter|wife|husband|brother|sister|grandmother|grandfather|resident|"
                                         r"farmer|teacher|driver|nurse|doctor|student|soldier|journalist)\s*,\s*$")
#: One person and "of" right before a small number: "a boy of eleven", "a girl of 9" (an age).
_PERSON_OF_BEFORE: Final = re.compile(r"\b(?:an?|the|his|her|their)\s+(?:[a-z-]+\s+)?(?:woman|man|boy|girl|child|son|daughter|"
                                      r"baby|infant|toddler|teenager|orphan|mother|father|grandmother|grandfather|"
                                      r"widow|widower|farmer|shepherd|resident|pensioner)\s+of\s+(?:about\s+|around\s+|some\s+|barely\s+)?$",
                                      re.I)
#: A speaker named by one word and a comma right before a number: "said Anabela, 34, who walked" (an age).
_SPEAKER_COMMA_BEFORE: Final = re.compile(r"\b(?:said|says|told|recalled|explained|added)\s+[A-Z][a-z'\u2019-]+,\s$")
_IDENT_BEFORE: Final = re.compile(
    r"\b(?:no\.?|nos\.?|number|nr\.?|division|brigade|regiment|battalion|corps|route|highway|road|flight|article|"
    r"chapter|section|page|channel|gate|camp|unit|squadron|wing|block|room|level|phase|sector|point|hill|"
    r"station|base|tower|floor|line|stage|round|grade|category|class|type|model|mark|mk|version|vol|volume|"
    r"decree|law|protocol|resolution|item|paragraph|clause|code|district|zone|group|figure|table|episode|"
    r"season|term|session|platform|bus|lane|street|st\.|avenue|building|apartment|apt|box|plot|"
    r"exit|junction|checkpoint|gen|generation|series|vs\.?|versus|v\.?|covid|sars|g|p|views|likes|shares|"
    r"comments|tweets?|print|reads|hits|updated|published|url|topic|update|round|sitrep|bulletin|issue|edition|"
    r"annex|appendix|report|snapshot|dashboard|factsheet|phase)[\s-]+$", re.I)
#: A line of a list up to its figure: a label and a colon ("- Hand grenades: ").
_LABEL_COLON_LINE: Final = re.compile(r"(?:^|\n)[ \t]*[-\u2022*]?[ \t]*[A-Za-z][A-Za-z ()'-]{1,40}:[ \t]*$")
#: A figure right after the mark of a numbered item (". " or ") "): "4. two (2) rifles", "3) 1,200 households".
_FIGURE_AFTER_MARK: Final = re.compile(r"[.)]\s+(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                                       r"twenty|thirty|forty|fifty|hundreds|dozens|about|some|over|more|at|nearly)\b)",
                                       re.I)
#: What comes before a number to dial: "toll free on", "the hotline", "call us at".
_DIAL_BEFORE: Final = re.compile(r"\b(?:toll[\s-]+free|hotline|helpline|call\s+(?:us\s+)?(?:on|at)|dial|tel\.?|phone)\s+"
                                 r"(?:(?:on|number|line|at)\s+)?$", re.I)
#: Words after which a number written in words names a part: "ITEM TWO", "Phase three", "Chapter One".
_WORD_IDENT_BEFORE: Final = re.compile(r"\b(?:item|chapter|phase|section|annex|appendix|stage|step|episode|article|"
                                       r"update|bulletin|story|headline)\s+$", re.I)
#: "report" as a verb right before a number: "to report 4 deaths", "we report 12", "Israeli authorities report 10
#: soldiers killed" (a plural subject: -ies, -ers, -ents, -als, -ces, -ors, -ists, -ics, -ans).
_VERB_REPORT: Final = re.compile(r"\b(?:to|we|they|can|could|would|did|also|still|"
                                 r"[a-z]+(?:ies|ers|ents|als|ces|ors|ists|ics|ans))\s+report\s+$", re.I)
#: Words after which a number names something ("Division 17", "Resolution 2254", "Route 4").
_IDENT_WORDS: Final = {
    w.replace("\\", "").rstrip(".?") for w in re.sub(r"[()]|\[\\s-\]\+\$|\\b\(\?:", "",
    _IDENT_BEFORE.pattern).split("|")
} | {"tweet", "no", "nos", "nr", "st", "vs", "v", "cal", "calibre", "caliber"}  # ("one cal. 45 pistol": a calibre)
#: Words that number a period in a label: "(week 23)", "Day 3:".
_PERIOD_LABELS: Final = {"week", "wk", "epiweek", "epi-week", "day"}
_LAST_WORD: Final = re.compile(r"([A-Za-z][\w.]*)[\s-]+$")
_YEAR_BEFORE: Final = re.compile(r"\b(?:in|since|until|till|by|from|during|early|late|mid|year|years|of|before|after|"
                                 r"summer|winter|spring|autumn|fall|the|and|to|between)\s+$", re.I)
_AT_BEFORE: Final = re.compile(r"\bat\s+$", re.I)
#: Currency codes of the countries in conflict news (ISO 4217, lower case) written before an amount ("IQD 4 million").
_CURRENCY_CODES: Final = ("afn", "bdt", "cdf", "chf", "egp", "etb", "htg", "ils", "iqd", "irr", "jod", "kes", "lbp",
                          "lyd", "mmk", "mxn", "ngn", "php", "pkr", "rub", "sdg", "sos", "ssp", "uah", "ves", "xaf",
                          "xof", "yer", "ksh", "kshs", "ush", "tsh")  # (and the shilling as East Africa writes it: "KSh 2 million")
#: Currency signs: dollar, pound, euro, yen, naira, hryvnia, rupee, rouble, shekel.
_CURRENCY_SIGNS: Final = "$\u00a3\u20ac\u00a5\u20a6\u20b4\u20b9\u20bd\u20aa"
_MONEY_BEFORE: Final = re.compile(rf"(?:\b(?:usd|us|eur|gbp|syp|sp|rs|inr|ls|{'|'.join(_CURRENCY_CODES)})\s*|[{_CURRENCY_SIGNS}] ?)$",
                                  re.I)
_PHONE_BEFORE: Final = re.compile(r"\+[\d\s().-]*$|\d{2,} \d{2,} $")
#: Page furniture before a number ("Get short URL 0 15", "Views 371").
_BOILERPLATE_BEFORE: Final = re.compile(r"\b(?:url|views|comments|shares|likes)\s+(?:\d+\s+){0,2}$", re.I)
#: Any of the patterns above (date, age, time, money, page furniture, phone): checked first.
_ANY_BEFORE: Final = re.compile("|".join(f"(?:{p.pattern})" for p in (
    _DATE_BEFORE, _AGE_BEFORE, _AT_BEFORE, _MONEY_BEFORE, _PHONE_BEFORE, _BOILERPLATE_BEFORE)) + r"|\d[\s-]$", re.I)
#: The IGNORECASE patterns above for lower-cased ASCII text, where they match exactly the same (and faster).
_AFTER_EXCLUDE_LOWER: Final = [(reason, re.compile(p.pattern.lower())) for reason, p in _AFTER_EXCLUDE]
_ANY_AFTER_LOWER: Final = re.compile(_ANY_AFTER.pattern.lower())
_ANY_BEFORE_LOWER: Final = re.compile(_ANY_BEFORE.pattern.lower())
#: A group of a phone number's digits right before a number, parted by one space or a dash (a tab parts cells).
_DIGIT_GROUP_BEFORE: Final = re.compile(r"\d[ -]$")
_PLAIN: Final = re.compile(r"\d+")
#: Numeric dates and times ("30-11-2014", "20.04.2017", "4/7/2017", "10:30"): never counts.
_NUMERIC_DATE: Final = re.compile(r"\d{1,4}[-./]\d{1,2}[-./]\d{2,4}(?![\d,])|\d{1,2}:\d\d(?::\d\d)?")
_YEAR: Final = re.compile(r"(?:1[89]|20)\d\d")
_LEADING_ZERO: Final = re.compile(r"0\d")
_PHONE_AFTER: Final = re.compile(r"[ -]\d{2,}")
#: What makes a capital M metres: "a 5M wall", "3M high".
_LENGTH_AFTER_M: Final = re.compile(r"\s+(?:high|tall|long|deep|wide|thick|walls?|fences?|away|below|above|across)\b", re.I)
_PEOPLE_AFTER_M: Final = re.compile(
    # (and a key figure's label after a colon: "12.5m : people forced from their homes")
    r"(?:[ \t]*:)?\s+(?:(?i:people|persons|refugees|civilians|residents|children|displaced|idps|migrants|citizens|"
    r"inhabitants|men|women|individuals|returnees|households|families|arrivals|returns|internally|newly)\b|"
    r"[A-Z][a-z]+(?:ans|is|ese|s)\b)")
#: An auxiliary or a partitive right after a number: it opens a clause, so the number is its subject ("19 were").
_CLAUSE_VERB_AFTER: Final = re.compile(r"\s+(?:were|was|have|has|had|are|is|of\s+(?:them|whom|those|these))\b", re.I)
_COUNT_AFTER: Final = re.compile(
    r"\s+(?:[a-z-]+\s+){0,2}?(?:people|persons|civilians|soldiers|troops|fighters|refugees|children|killed|dead|"
    r"deaths|died|wounded|injured|displaced|members|militants|rebels|victims|casualties)\b", re.I)


_MONTH_WORDS: Final = {"jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul",
                       "july", "aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec",
                       "december"}
_BEFORE_WORDS: Final = _MONTH_WORDS | {"aged", "age", "ages", "of", "between", "at", "usd", "us", "eur", "gbp", "syp",
                                       "sp", "rs", "inr", "ls", "url", "views", "comments", "shares", "likes",
                                       *_CURRENCY_CODES}
_AFTER_WORDS_RE: Final = re.compile(r"\s*-?\s*([a-z'\u00b0/]+)")


def _before_suspicious(before: str) -> bool:
    """Cheap test: could a date, age, time, money, phone or page-furniture pattern end ``before``?"""
    b = before.rstrip()
    if not b:
        return False
    if b[-1] in _CURRENCY_SIGNS or b[-1] == "+" or b[-1].isdigit() or before[-1:] == "-" or "+" in b:
        return True
    words = b.lower().split()
    last = words[-1].strip(".,(")
    if last in _BEFORE_WORDS or (len(words) > 1 and words[-2].strip(".,(") in _BEFORE_WORDS):
        return True
    return last.rstrip("stndrh").isdigit() or any(w.strip(".,(") in _BEFORE_WORDS for w in words[-4:])


def _after_suspicious(after: str, after_lower: str) -> bool:
    """Cheap test: could a percentage, age, money, measure, duration, time or date pattern start ``after``?"""
    head = after[:1]
    if not head or head in "%:\u00b0-" or head.isalpha():
        return True  # glued or a symbol: let the patterns decide
    m = _AFTER_WORDS_RE.match(after_lower)
    return m is None or m.group(1) not in _PLAIN_AFTER


#: Common words after a count that none of the non-count patterns start with (a fast path).
_PLAIN_AFTER: Final = {
    "people", "civilians", "were", "was", "and", "killed", "dead", "wounded", "injured", "others", "other",
    "soldiers", "fighters", "children", "women", "in", "have", "had", "has", "are", "the", "more", "militants",
    "rebels", "members", "troops", "persons", "died", "including", "from", "to", "on", "at", "by", "with", "who",
    "refugees", "families", "villages", "homes", "houses", "tanks", "terrorists", "syrians", "or", "as", "for",
}


def _share(after: str, value: float) -> bool:
    """Whether ``after`` makes the figure before it a share: "one in three", "1 in 4 children", "3 out of 10"
    (a smaller number in a larger one; "12 in 3 villages" is a count)."""
    m = _SHARE_AFTER.match(after)
    if not m:
        return False
    whole = parse_number(m.group(1))
    return whole is not None and value < whole and not _year_after_in(m, after)


def _year_after_in(m: re.Match[str], text: str) -> bool:
    """Whether the whole of a share's match in ``text`` is a year after a bare "in": "310 in 2022" is a count in a
    year (but "one in 2000 children" a share)."""
    whole = m.group(m.lastindex or 0)
    return len(whole) == 4 and whole.startswith(("19", "20")) and "every" not in m.group().lower() \
        and "out" not in m.group().lower() and _AFTER_YEAR.match(text, m.end()) is not None


#: What may follow a year that ends a clause: a mark, the end, or a joining word ("in 2022 and to 97 in 2023").
_AFTER_YEAR: Final = re.compile(r"\s*(?:[^\w\s]|$)|\s+(?:and|or|but|when|while|before|after|as|compared|against|from|"
                                r"up|down|the|a|an|to|with|in|on|at|for|than|then)\b", re.I)


_SHARE_AFTER: Final = re.compile(r"\s+(?:in|out\s+of)\s+(?:every\s+)?(one|two|three|four|five|six|seven|eight|nine|ten|"
                                 r"twenty|hundred|thousand|\d{1,4})\b(?!\s*(?:%|per\s?cent))", re.I)


_DATE_PAIR_AFTER: Final = re.compile(rf"\s+(?:and|to)\s+\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTHS})\b", re.I)


#: A parent "of" right before a number: "a mother of three", "father of five".
_PARENT_OF_BEFORE: Final = re.compile(r"\b(?:mother|father|parent|mum|dad|grandmother|grandfather|widow)\s+of\s+$", re.I)
#: A place's name right before a number after "in/at/near/from": "in Delmas 24", "near Kilometre 5" (case kept).
_NAMED_PLACE_NUMBER_BEFORE: Final = re.compile(r"\b(?:in|at|near|from|to|of|fled|left|reached|entered)\s+"
                                               r"[A-Z][a-z\u00e0-\u00ff'\u2019-]+\s$")
#: What ends such a name: a clause mark, a bracket or the end of the text; or a time after it ("who had fled
#: Delmas 30 in March").
_NAME_NUMBER_END: Final = re.compile(r"\s*(?:[;,.)\]]|$)|\s+(?:in|on|since|during)\s+(?:January|February|March|April|May|June|"
                                     r"July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|"
                                     r"Friday|Saturday|Sunday)\b")
#: The youngest or oldest of some people right before a number: an age ("the oldest 67", "the youngest was 19").
_EXTREME_AGE_BEFORE: Final = re.compile(r"\b(?:youngest|oldest)\b(?:[^.;:\d]{0,40}\b(?:was|is|were|are|aged))?\s+"
                                        r"(?:just\s+|only\s+|barely\s+)?$", re.I)
#: The lower-case particles inside a person's name, before a hyphen or a space and the next name ("Fatima al-Hassan",
#: "Omar bin Laden", "Ana de Souza", "Johan van der Berg"); every pattern of a name reads the same ones.
NAME_PARTICLE: Final = r"(?:al|el|ad|as|ash|ar|an|az|ibn|bin|abu|abou|ben|de|da|dos|van|von|der)"
#: A particle as a word of a name after its first: joined to the next name by a hyphen ("al-Hassan"), or alone
#: ("bin Ali", "van der Berg").
NAME_LINK: Final = rf"(?:{NAME_PARTICLE}-[\w'\u2019-]+|{NAME_PARTICLE}(?![\w'\u2019-]))"
#: A person's name (two capitalised words) and a comma right before a number: "Hassan Bapir, 42, was".
_NAME_COMMA_BEFORE: Final = re.compile(r"\b[A-Z\u00c0-\u024f][a-z\u00df-\u024f'\u2019-]+\s+"
                                       rf"(?:{NAME_PARTICLE}[-\s]){{0,2}}"
                                       r"[A-Z\u00c0-\u024f][a-z\u00df-\u024f'\u2019-]+,\s$")  # (and "Hajra Selimović, 71",
# "Fatima al-Hassan, 37")
#: A kin noun before a person's name, and its owner: "his son", "Ahmad's grandson" (a pattern, case kept; also read
#: by :mod:`analysis.claims.extract` for the person so named).
KIN_BEFORE_NAME: Final = (r"(?:\b(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur)|'s)\s+(?:son|daughter|brother|sister|father|mother|"
                          r"wife|husband|grandson|granddaughter|nephew|niece|cousin|uncle|aunt|child|baby)\s")
#: A kin noun and one name, then a comma: "Ahmad's grandson Yazan, 9, was wounded" (an age).
_KIN_NAME_COMMA_BEFORE: Final = re.compile(KIN_BEFORE_NAME + r"\s*[A-Z][\w'\u2019-]+,\s$")
#: A line's label that names an age, up to its figure: "- Age of the youngest victim \u2013 ", "Median age: ".
_AGE_LABEL_BEFORE: Final = re.compile(r"(?:^|\n)[ \t]*(?:[-\u2022*\u2013][ \t]*)?(?:(?:[Aa]verage|[Mm]edian|[Mm]ean)\s+age\b|"
                                      r"[Aa]ge\s+of\s+(?:the\s+)?(?:youngest|oldest)\b)[^\n:\u2013|]{0,40}(?::|\s[\u2013-])[ \t]*$")
# (not "Age 0-17: 45" in a table of the dead by age group: a count)
#: A figure right after a colon ("6: 2,180"), and a capitalised word right before a number ("Secteur 6").
_FIGURE_AFTER_COLON: Final = re.compile(r":[ \t]*(?:about\s+|some\s+|over\s+|nearly\s+|around\s+)?\d")
_CAPITAL_WORD_BEFORE: Final = re.compile(r"(?:^|[\s(])[A-Z][\w'\u2019-]*[ \t]$")
#: One capitalised word opening a sentence or clause, then a comma: "Rami, " (a first name before an age).
_ONE_NAME_COMMA_BEFORE: Final = re.compile(r"(?:^|[.;:!?]\s+|\n\s*|\band\s+)[A-Z][a-z'\u2019-]+,\s$")
#: A name of two or more capitalised words, then an opening bracket: "Ahmed Ali (".
_NAME_PAREN_BEFORE: Final = re.compile(rf"\b[A-Z][a-z'\u2019-]+(?:\s+(?:{NAME_PARTICLE}[-\s])?[A-Z]"
                                       r"[a-z'\u2019-]+){1,3}\s\($")
#: A line of a list that names a person, up to an opening bracket: "\u2022 Daw Khin Hla (", "3. Omar Saleh (".
_LISTED_NAME_PAREN_BEFORE: Final = re.compile(r"(?:^|\n)[ \t]*(?:[-\u2022*\u2013][ \t]*|\d{1,3}[.)][ \t]*)"
                                              r"(?P<name>(?:[A-Z][\w'\u2019.-]*[ \t]+){1,4}[A-Z][\w'\u2019-]*)[ \t]*\($")
#: Last words of a place's name: "Mandalay Region", "Loikaw Town" (no person's).
_PLACE_LAST_WORDS: Final = frozenset({"region", "town", "township", "district", "province", "state", "city", "village",
                                      "camp", "county", "governorate", "division", "zone", "area", "municipality",
                                      "commune", "territory", "department", "prefecture", "locality", "site"})


def _a_place(name: str) -> bool:
    """Whether ``name`` (a few capitalised words) names a place: its last word says so, or the gazetteer holds it
    whole ("Mae Sot"; not "Ali Hassan", whose words are each a place somewhere)."""
    if name.rsplit(None, 1)[-1].lower() in _PLACE_LAST_WORDS:
        return True
    from analysis.claims import places  # (read only here: a list of names under a heading of names is rare)

    g = places.gazetteer()
    return g is not None and any(m[0] == 0 and m[1] == len(name) for m in places.mentions(name, g))
#: What may follow the age on such a line: nothing, or a comma or dash and words with no figure ("(31), a farmer").
_LINE_ENDS_AFTER_AGE: Final = re.compile(r"\)[ \t]*(?:$|\n|[,;\u2013-][^\n\d]*(?:$|\n))")
#: A heading of a list of people by name: "Victims (verified):", "Names of the dead:", "Those identified:".
_NAMES_HEADING: Final = re.compile(r"\b(?:victims?|names?|named|identified|martyrs|fallen|deceased|the\s+dead)\b", re.I)


def _under_names_heading(text: str, pos: int) -> bool:
    """Whether the nearest line before ``pos`` that ends with a colon heads a list of people by name (and no
    breakdown "by" place or group)."""
    colon = text.rfind(":", max(0, pos - 600), pos)
    if colon < 0:
        return False
    heading = text[text.rfind("\n", 0, colon) + 1:colon]
    return _NAMES_HEADING.search(heading) is not None and " by " not in heading


#: The person's own verb right after an age: ", was killed", ") were wounded", ", who died".
_OWN_VERB_AFTER_AGE: Final = re.compile(r"[,)]\s+(?:was|were|who|died|had|has|is|fled|remains?)\b")
#: An age of a named person earlier in a list of names: "Ali Fakih, 29, " (see :data:`_NAME_COMMA_BEFORE`).
_AGE_IN_LIST: Final = re.compile(r"[a-z],\s\d{1,2},\s+(?:and\s+)?[A-Z]")
#: A section number at the start of a line, before its capitalised heading ("3.2 Abductions").
_SECTION_NUMBER: Final = re.compile(r"\d{1,2}(?:\.\d{1,2}){1,3}")
_SECTION_AFTER: Final = re.compile(r"\.?[ \t]+[A-Z]")


def _exclusion(text: str, num_start: int, end: int, surface: str, value: float, has_hedge: bool) -> str | None:
    """Why the number ``surface`` at ``num_start:end`` is not a count, or None."""
    after = text[end:end + 40]
    nl = after.find("\n")
    if nl >= 0 and after[nl + 1:].lstrip(" \t")[:1].isupper():
        after = after[:nl]  # the last figure of a table row: the next row ("Week 2 ...") is not its unit
    if after[:4] in (" in ", " out") and _share(after, value):
        return "share"
    if value <= 31 and after[:5] in (" and ", " to 1", " to 2", " to 3") and _DATE_PAIR_AFTER.match(after):
        return "date"  # the 19 of "on 19 and 20 June"
    before = text[max(0, num_start - 40):num_start]
    if "\n\n" in before:
        before = before[before.rindex("\n\n") + 2:]  # a paragraph before says nothing of this figure ("1 March\n\n31")
    digits = surface[:1].isdigit()
    if digits and before[-1:] == "[" and after[:1] == "]":
        return "identifier"  # a footnote mark: "according to ACLED data.[12]"
    if _ALIAS_BEFORE.search(before):
        return "identifier"  # "alias 'Mono 17'": a name
    if digits and value <= 99 and after[:2] in (". ", ") ") and (not before or before.endswith("\n")) \
            and _FIGURE_AFTER_MARK.match(after):
        return "identifier"  # "4. two (2) M16 rifles": the number of a list's item, its figure after it
    if digits and ((before[-1:] in ("'", "\u2019") and before[-2:-1].isdigit())
                   or (after[:1] in ("'", "\u2019") and after[1:2].isdigit())):
        return "time"  # "(0'22\")": minutes and seconds of a clip
    if digits and _DIAL_BEFORE.search(before):
        return "identifier"  # "call us toll free on 2288", "the hotline 114": a number to dial
    if value <= 15 and before[-4:] == " of " and _PARENT_OF_BEFORE.search(before):
        return "family"  # "a mother of three": how many children she has, not a count of anyone harmed
    if value <= 110 and " of " in before[-12:] and _PERSON_OF_BEFORE.search(before):
        return "age"  # "a boy of eleven arrived with his arm shattered", "a woman of 58 was wounded"
    if digits and value < 100 and before[-1:] == " " and before[-2:-1].isalpha() and _NAME_NUMBER_END.match(after) \
            and _NAMED_PLACE_NUMBER_BEFORE.search(before):
        return "identifier"  # "26 houses in Delmas 24;": a neighbourhood's name with its number
    if digits and value < 110 and after[:2] == ", " and (_NAME_COMMA_BEFORE.search(before)
                                                        or _KIN_NAME_COMMA_BEFORE.search(before)
                                                        or _PERSON_COMMA_BEFORE.search(before)
                                                        or _SPEAKER_COMMA_BEFORE.search(before)):
        return "age"  # "a shepherd, Hassan Bapir, 42, as he walked"; "a woman, 63, and a boy of 15": ages
    if digits and value < 110 and after[:1] == ")" and "(" in before and _PERSON_COMMA_BEFORE.search(before):
        return "age"  # "two of the wounded (a woman, 35, and a boy, 10) died": the last of them
    if digits and value < 110 and before[-1:] == "(" and after[:1] == ")" \
            and (listed := _LISTED_NAME_PAREN_BEFORE.search(before)) is not None \
            and _LINE_ENDS_AFTER_AGE.match(after) and _under_names_heading(text, num_start) \
            and not _a_place(listed.group("name")):
        return "age"  # "Victims (verified):\n\u2022 U Tin Maung (64)": a list of the victims' names, each with an age
        # (not "Killed by district:\n- North Shore (22)" nor "Victims:\n- Mandalay Region (34)": places and their counts)
    if value <= 120 and ("ge" in before[-50:]) and _AGE_LABEL_BEFORE.search(before) is not None:
        return "age"  # "\u2022 Age of the oldest victim \u2013 84", "Median age: 19": an age under its label
    if digits and value < 100 and after[:1] == ":" and _FIGURE_AFTER_COLON.match(after) is not None \
            and _CAPITAL_WORD_BEFORE.search(before) is not None:
        return "identifier"  # "Site du Secteur 6: 2,180 people", "Camp 4: 1,250": the number of a named place
    if digits and value < 100 and after[:2] == ", " and _ONE_NAME_COMMA_BEFORE.search(before) is not None \
            and _OWN_VERB_AFTER_AGE.match(after) is not None:
        return "age"  # "Rami, 17, was killed", "and Lina, 5, were wounded": a person named by one word, then an age
    if digits and value < 100 and before[-1:] == "(" and after[:1] == ")" \
            and _NAME_PAREN_BEFORE.search(before) is not None and _OWN_VERB_AFTER_AGE.match(after) is not None:
        return "age"  # "Ahmed Ali (45) was killed": an age in brackets after a name
    if digits and value < 110 and after[:1] in (".", ";") and before[-2:] == ", " \
            and _AGE_IN_LIST.search(before) is not None and _NAME_COMMA_BEFORE.search(before):
        return "age"  # "killed: Ali Fakih, 29, Khodr Moussa, 41, and Rami Daher, 23.": the last age of a list of names
    if "." in surface and _SECTION_NUMBER.fullmatch(surface) and _SECTION_AFTER.match(after) \
            and (not before.strip(" \t") or before.rstrip(" \t").endswith("\n")):
        return "identifier"  # "2.4 Killings of civilians": the number of a section heading
    after_lower = after.lower()
    if after.isascii():  # the lower-case patterns on lower-cased text: same matches, faster
        read, any_after, excludes = after_lower, _ANY_AFTER_LOWER, _AFTER_EXCLUDE_LOWER
    else:
        read, any_after, excludes = after, _ANY_AFTER, _AFTER_EXCLUDE
    for reason, pattern in (excludes if _after_suspicious(after, after_lower) and any_after.match(read) else ()):
        if pattern.match(read):
            if reason == "measure" and surface[-1:] in "mM" and (
                    _PEOPLE_AFTER_M.match(after) or (surface[-1:] == "M" and not _LENGTH_AFTER_M.match(after))):
                continue
            if reason == "time" and not digits:
                continue
            if reason == "date" and (not digits or value > 31):
                continue
            if reason == "age" and has_hedge and not digits:
                continue
            return reason
    if digits and surface[-1:] in "mM" and not _PEOPLE_AFTER_M.match(after) \
            and (surface[-1:] == "m" or _LENGTH_AFTER_M.match(after)):
        return "measure"  # "1.2m" alone may be metres; "1.2M" only before a word of length ("a 5M wall")
    if _may_be_share_whole(text, num_start) and _SHARE_BEFORE.search(text, max(0, num_start - 20), num_start) \
            and _share_before(text, num_start, value):
        return "share"  # the "three" of "one in three", "nine in ten"
    if value < 100 and after[:1] == ")" and before[-1:] == "(" and _PLACES_BRACKET_BEFORE.search(before):
        return "identifier"  # "Remaining sites (10) | 5,185 | 26,850": how many sites a table row sums, no count
    if value < 100 and (_NAMED_SITE_AFTER.match(after) or _DATE_NAME_AFTER.match(after)) \
            and _CAPITAL_BEFORE.search(before):
        return "identifier"  # "the Jeddah 1 centre", "Krinding 1 and 2 IDP camps", "Bairro 30 de Junho"
    plain = digits and _PLAIN.fullmatch(surface) is not None
    if plain and _YEAR.fullmatch(surface):
        if not (has_hedge or (_COUNT_AFTER.match(after) and not _YEAR_BEFORE.search(before))):
            return "year"
    if plain and _LEADING_ZERO.match(surface) and not (len(surface) <= 3 and _LABEL_COLON_LINE.search(before)):
        return "identifier"  # (but "- Kalashnikovs: 04": a count padded to two digits in a list of labels)
    if not digits:
        if value <= 20 and before[-1:] == " " and _WORD_IDENT_BEFORE.search(before):
            return "identifier"  # "ITEM TWO - SAMBISA", "Phase three of the operation": a number that names
        if value <= 20 and before.endswith("Number ") and surface[:1].isupper():
            return "identifier"  # "the Number Two and Number Three districts": names
        return None
    last = _LAST_WORD.search(before, len(before) - 20 if len(before) > 20 else 0)
    if last and last.group(1).lower().rstrip(".") in _IDENT_WORDS and not (value >= 1000 and "," in surface) \
            and not (last.group(1).lower() == "report" and _VERB_REPORT.search(before)):
        return "identifier"  # "Camp 2", "Route 7"; not "in Kakuma camp 30,100" (a count after a name), nor "we
        # regret to report 4 deaths" (the verb)
    if last and last.group(1).lower() in _PERIOD_LABELS and value <= 366 and (after[:1] in "):,." or (
            after[:2] == " (" and after[2:3].isdigit())):  # (or "Week 29 (17-23 Jul)": the week, then its dates)
        return "identifier"  # "New arrivals (week 23): 2,340", "Day 3: 40 killed"; not "within a week 40 people"
    if ("youngest" in before or "oldest" in before) and _EXTREME_AGE_BEFORE.search(before):
        return "age"  # "the youngest of the dead was 19 when he was shot, the oldest 67"
    before = before[-26:]
    if not _before_suspicious(before) or not (
            _ANY_BEFORE_LOWER.search(before.lower()) if before.isascii() else _ANY_BEFORE.search(before)):
        return None  # the common case: a few string checks, at most one search over a short window
    if ((year := _YEAR.fullmatch(surface)) or value <= 31) and _DATE_BEFORE.search(before) \
            and (year or not _DAY_MONTH_BEFORE.search(before)) \
            and not (before.endswith(", ") and (_COUNT_AFTER.match(after)
                                                 or (not year and _CLAUSE_VERB_AFTER.match(after)))):
            # (not "mid-August, 19 people were", "verified in July, 19 were caused by landmines")
        return "date"  # "March 3", "7 October, 12" is a count, so is "in July, 58,000"; and in "Mila village -
        # 20 April\n7 killed" the month has its day already, so 7 is a count
    if not has_hedge and _AGE_BEFORE.search(before):
        return "age"
    if plain and len(surface) == 4 and int(surface) <= 2359 and _AT_BEFORE.search(before):
        return "time"
    if (money := _MONEY_BEFORE.search(before)) is not None and not (
            money.group().rstrip().lower() == "us" and not money.group().startswith("US")):
        return "money"  # "US 86" (dollars), but "reported to us 86 people"
    if _BOILERPLATE_BEFORE.search(before):
        return "identifier"
    if (_PHONE_BEFORE.search(before) and not (before.endswith("(+") and after[:1] == ")"
                                               and not _PHONE_AFTER.match(after, 1))) or (
            _DIGIT_GROUP_BEFORE.search(before) and _PHONE_AFTER.match(after)):
        return "phone"  # but "tanks \u2013 8,014 (+9)": the change since the day before
    return None


# --------------------------------------------------------------------------
# Scanning
# --------------------------------------------------------------------------

class Quantity(NamedTuple):
    """A number phrase in a text: span (hedge included), reading and qualifier.

    ``num_start`` is where the number itself begins (after any hedge).
    ``excluded`` says why a non-count was set aside (only with ``keep_excluded``).
    """

    start: int
    end: int
    num_start: int
    surface: str
    value: float | None
    value_low: float | None
    value_high: float | None
    qualifier: str
    word: bool = False
    excluded: str | None = None


def qualifier_bounds(qualifier: str, value: float) -> tuple[float | None, float | None]:
    """``(value_low, value_high)`` of a figure read with ``qualifier``: both for an exact figure, the low end
    for "at least" and vague words, the high end for "up to"; none for the others."""
    if qualifier == "exact":
        return value, value
    if qualifier in ("at_least", "more_than", "approx_word"):
        return value, None
    if qualifier in ("up_to", "less_than"):
        return None, value
    return None, None


@lru_cache(maxsize=1024)
def hedge_qualifier(hedge: str) -> str:
    """The qualifier of a hedge; of two stacked hedges ("an estimated around") the one nearest the number."""
    text = _norm(hedge)
    best = None
    for h, q in _HEDGES.items():
        if text.endswith(h) and (best is None or len(h) > len(best[0])):
            best = (h, q)
    if best is None:
        for h, q in _HEDGES.items():
            if text.startswith(h):
                return q
        return "about"
    return best[1]


def _scaled_pair(a: str, b: str) -> tuple[float | None, float | None]:
    low, high = parse_number(a), parse_number(b)
    if low is None or high is None:
        return low, high
    # "between 1.5 and 2 million", "three to four thousand": carry the scale over
    m = re.search(r"(hundred|thousand|million|billion|bn|mn|k|m)$", _norm(b))
    if m and not re.search(r"(hundred|thousand|million|billion|bn|mn|k|m)$", _norm(a)):
        scale = _SCALES[m.group(1)]
        if low * scale <= high and low < high / scale * 1.0001 + 1e-9 and low < 1000:
            low *= scale
    return low, high


def _cased(words) -> str:
    return "|".join(sorted({v for w in words for v in (w, w.capitalize(), w.upper())}, key=len, reverse=True))


#: Number and vague words; a number phrase's core begins with one of these or a digit.
_NUMBER_WORDS: Final = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
    "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty",
    "sixty", "seventy", "eighty", "ninety", "tens", "hundreds", "dozens", "scores", "several", "many", "thousands",
    "millions", "half", "quarter", "hundred", "thousand", "million", "dozen", "few", "couple",
]
_LEAD_WORDS: Final = sorted({h.split(" ")[0].rstrip(".") for h in _HEDGES} | {"between", "a", "an"})
#: Where a number phrase can begin: a digit, a number word, or a hedge word followed within
#: three words by a digit or number word (after a dot and/or any run of spaces or tabs:
#: "approx. 300", "at  least 40"). Case variants are spelled out (an IGNORECASE
#: alternation is several times slower), and the full pattern is tried only at these places.
_TRIGGER: Final = re.compile(
    r"\d|(?<![A-Za-z])(?:" + _cased(_NUMBER_WORDS) + r")(?![A-Za-z])"
    r"|(?<![A-Za-z])(?:" + _cased(_LEAD_WORDS) + r")(?=[ \t.][ \t]*(?:[A-Za-z.]+[ \t]+){0,3}?(?:\d|(?:"
    + _cased(_NUMBER_WORDS) + r")(?![A-Za-z])))"
)


#: :data:`_TRIGGER` for lower-cased text, its word alternatives grouped by first letter (the same
#: matches, faster; see :mod:`analysis.claims.alternation`).
_NUMBER_WORD_ALTS: Final = [rf"{w}(?![a-z])" for w in sorted(_NUMBER_WORDS, key=len, reverse=True)]
_WORD_TRIGGER_LOWER: Final = re.compile(
    r"(?<![a-z])" + by_first_char(
        _NUMBER_WORD_ALTS
        + [rf"{w}(?=[ \t.][ \t]*(?:[a-z.]+[ \t]+){{0,3}}?(?:\d|{by_first_char(_NUMBER_WORD_ALTS)}))"
           for w in sorted(_LEAD_WORDS, key=len, reverse=True)]
    )
)
_TRIGGER_LOWER: Final = re.compile(r"\d|" + _WORD_TRIGGER_LOWER.pattern)
#: The digit half of :data:`_TRIGGER_LOWER`. :func:`find_quantities` searches the two halves apart
#: and takes the earlier hit (the same matches: a place starts with a digit or a letter, never both):
#: a bare ``\d`` search is a fast scan, and each half is searched again only once passed.
_DIGIT: Final = re.compile(r"\d")


def _in_numeric_date(text: str, q: "Quantity") -> bool:
    """Whether the number of ``q`` is part of a numeric date or time ("30-11-2014", "10:30")."""
    a, b = q.num_start, q.end
    if not ((a and text[a - 1] in "-./:") or (b < len(text) and text[b] in "-./:") or "-" in q.surface):
        return False
    lo = max(0, a - 11)
    return any(m.start() < b and a < m.end() for m in _NUMERIC_DATE.finditer(text, lo, min(len(text), b + 11)))


#: Powers of ten written out: "10^6", "3 × 10^6", "2.5x10^5", "4*10**3" (one number, never "10" and "6").
_SCIENTIFIC: Final = re.compile(r"(?<![\w.^])(?:(\d+(?:\.\d+)?)\s*[x\u00d7*]\s*)?10\s*(?:\^|\*\*)\s*(\d{1,2})(?![\d.])")


def _scientific_spans(text: str) -> list[tuple[int, int, float]]:
    """(start, end, value) of every power of ten written with ^ or ** in ``text``."""
    if "^" not in text and "**" not in text:
        return []
    out = []
    for m in _SCIENTIFIC.finditer(text):
        mantissa = float(m.group(1)) if m.group(1) else 1.0
        out.append((m.start(), m.end(), mantissa * 10 ** int(m.group(2))))
    return out


def _as_scientific(text: str, q: Quantity, span: tuple[int, int, float]) -> Quantity:
    """``q`` (a number phrase that overlaps a power of ten) read as that power of ten, its hedge kept."""
    s, e, value = span
    start = min(q.start, s)
    qualifier = q.qualifier if q.start < s and q.qualifier not in ("range", "approx_word") else "exact"
    low, high = qualifier_bounds(qualifier, value)
    return Quantity(start, e, s, text[start:e], value, low, high, qualifier, False, q.excluded)


def find_quantities(text: str, keep_excluded: bool = False) -> list[Quantity]:
    """Every number phrase in ``text`` that could count something, in text order.

    Spans satisfy ``text[q.start:q.end] == q.surface``. With ``keep_excluded``
    the non-counts (years, ages, money, ...) are returned too, marked.
    """
    out: list[Quantity] = []
    pos = 0
    n = len(text)
    powers = _scientific_spans(text)
    lowered = text.lower()
    split = len(lowered) == len(text)  # else lower() changed the length: offsets would drift
    on_lower = split and lowers_exactly(text, lowered)  # then the lower-case pattern, on the lower-cased text
    if not split:
        lowered, trigger = text, _TRIGGER.search
    else:
        digit_search, word_search = _DIGIT.search, _WORD_TRIGGER_LOWER.search
        dm, wm = digit_search(lowered), word_search(lowered)
    if on_lower:
        match, matched = _QUANTITY_LOWER.match, lowered
    else:
        match, matched = _QUANTITY.match, text
    while pos < n:
        # cheap scan for a place where a number phrase can begin, then the full pattern there
        if split:  # = _TRIGGER_LOWER.search(lowered, pos): the earlier of the two halves' next hits
            if dm is not None and dm.start() < pos:
                dm = digit_search(lowered, pos)
            if wm is not None and wm.start() < pos:
                wm = word_search(lowered, pos)
            t = dm if wm is None or (dm is not None and dm.start() < wm.start()) else wm
        else:
            t = trigger(lowered, pos)
        if t is None:
            break
        m = match(matched, t.start())
        if m is None:
            pos = t.end()
            continue
        pos = m.end()
        q = _from_match(text, m)
        if q is None:
            continue
        if powers:
            span = next((sp for sp in powers if q.start < sp[1] and q.end > sp[0]), None)
            if span is not None:
                if out and out[-1].end == span[1]:
                    pos = max(pos, span[1])
                    continue  # a piece of a power of ten already read
                q = _as_scientific(text, q, span)
                pos = max(pos, span[1])
        if _in_numeric_date(text, q):
            if not keep_excluded:
                continue
            q = Quantity(q.start, q.end, q.num_start, q.surface, q.value, q.value_low, q.value_high, q.qualifier,
                         q.word, "date")
        if q.end < m.end():
            pos = max(q.end, m.start() + 1)  # a false range: read what follows again
        if q.word and text[q.end:q.end + 3].lstrip(" ")[:1] == "(" \
                and (rep := DIGITS_REPEATED.match(text, q.end)) is not None and float(rep.group(1)) == q.value:
            pos = max(pos, rep.end())  # "fifteen (15) soldiers", "one (01) vehicle": the digits repeat the words
        if keep_excluded or not q.excluded:
            out.append(q)
    return out


#: Digits in brackets after a number written in words: "fifteen (15)", "one (01)" (the counted noun is read
#: after them, :func:`~analysis.claims.counted_nouns.unit_after`).
DIGITS_REPEATED: Final = re.compile(r" ?\(\s*0*(\d{1,7})\s*\)")


def _from_match(text: str, m: re.Match) -> Quantity | None:
    hedge, ba, bb, ra, rb, vague, n, tail = m.groups()  # all groups in one call (the pattern's order)
    start = m.start()
    if ba is not None or ra is not None:
        between = ba is not None
        ka, kb = ("ba", "bb") if between else ("ra", "rb")
        a, b = (ba, bb) if between else (ra, rb)
        low, high = _scaled_pair(a, b)
        if (low is None or high is None or not low < high
                or (_YEAR.fullmatch(a) and ("," in b or _MONTH_BEFORE.search(text, max(0, start - 12), start)))):
            # (nor "since October 2023 to 2,464 deaths": a year, then the figure the toll came to)
            if between:
                return None
            # "3-1", "5 to 3": not a range; keep the first number, rescan the rest
            value = parse_number(a)
            if value is None:
                return None
            return _single(text, start, m.start(ka), m.end(ka), value, hedge, None, m.end(ka))
        num_start, core_end = m.start(ka), m.end(kb)
        reason = _exclusion(text, num_start, core_end, a, low, False)
        if reason is None and _YEAR.fullmatch(b) and _YEAR.fullmatch(a):
            reason = "year"
        surface = text[start:core_end]
        return Quantity(start, core_end, num_start, surface, low, low, high, "range",
                        word=not a[:1].isdigit(), excluded=reason)
    if vague is not None:
        value = parse_vague(vague)
        if value is None:
            return None
        end = m.end("vague")
        return Quantity(start, end, m.start("vague"), text[start:end], value, value, None, "approx_word", word=True)
    value = parse_number(n)
    if value is None:
        return None
    return _single(text, start, m.start("n"), m.end("n"), value, hedge, tail, m.end())


#: A month name right before a number (a year follows it).
_MONTH_BEFORE: Final = re.compile(r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
                                  r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+$", re.I)
_SHARE_BEFORE: Final = re.compile(r"\b(?P<part>\d{1,3}|a|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:in|out\s+of)\s+"
                                  r"(?:every\s+)?$", re.I)
#: A plural of places and an opening bracket right before a number: "Remaining sites (", "Other villages (".
_PLACES_BRACKET_BEFORE: Final = re.compile(r"\b(?:sites|camps|villages|locations|settlements|districts|areas|towns|"
                                           r"localities|communes|counties|townships|municipalities|neighbou?rhoods)\s*\($",
                                           re.I)
_NAMED_SITE_AFTER: Final = re.compile(r"(?:\s*(?:and|&|-|,)\s*(?:(?-i:[A-Z])[\w'\u2019-]*\s+)?\d{1,2})*"
                                      r"(?:\s*(?:,|and)\s+(?-i:[A-Z])[\w'\u2019-]*)*\s+(?:idp\s+)?(?:camps?|centres?|centers?|sites?|sectors?|"
                                      r"blocks?|zones?|settlements?|roads?|streets?|highways?|junctions?|roundabouts?|bridges?|"
                                      r"checkpoints?|crossings?|gates?)\b", re.I)
_CAPITAL_BEFORE: Final = re.compile(r"\b[A-Z][\w'\u2019-]*\s$")
#: A day and month that name a place after a capitalised word: "Bairro 25 de Setembro", "Avenida 24 de Julho".
_DATE_NAME_AFTER: Final = re.compile(r"\s+(?:de|do|da|del)\s+[A-Z][a-z]")


def _may_be_share_whole(text: str, num_start: int) -> bool:
    """False when :data:`_SHARE_BEFORE` cannot match before ``num_start``: its match ends in "in", "of" or
    "every" and a space, so the text before must too (checked on the last letters; any other letter than
    ASCII is left to the pattern, whose case folding reads some of them as ASCII letters)."""
    before = text[max(0, num_start - 20):num_start]
    head = before.rstrip()
    if len(head) == len(before):
        return False
    tail = head[-5:].lower()
    return not tail.isascii() or tail.endswith(("in", "of")) or tail == "every"


def _share_before(text: str, num_start: int, value: float) -> bool:
    """Whether the number at ``num_start`` is the whole of a share: "one in three", "nine in ten" (the part
    before it is smaller; "12 in 3 villages" is a count)."""
    m = _SHARE_BEFORE.search(text, max(0, num_start - 20), num_start)
    part = m.group("part").lower() if m else ""
    small = 1.0 if part in ("a", "one") else parse_number(part) if part else None
    if small is not None and 1900 <= value < 2100 and m is not None and "every" not in m.group().lower() \
            and "out" not in m.group().lower() and _AFTER_YEAR.match(text, num_start + 4):
        return False  # "310 in 2022 and ...": a year
    return small is not None and small < value
_AGE_LIMIT: Final = re.compile(r"under|over|above|below")
_AGE_GROUP_BEFORE: Final = re.compile(r"\b(?:children|girls|boys|kids|infants|those|people|persons|adults|youths?|aged|"
                                      r"minors)\s+$", re.I)
_AGE_LIMIT_AFTER: Final = re.compile(r"\s*(?:[.,;:!?)\"\u201d\u2019]|$|years?\b|yrs\b|-year)", re.I)


#: What follows a count of "sixty-something": people counted as such, a fate, a verb or the clause's end.
_COUNTED_AFTER_SOMETHING: Final = re.compile(r"\s*(?:[.,;:)]|$|(?:people|persons|civilians|wounded|injured|dead|killed|"
                                             r"casualties|bodies|more|others|of|were|have|had|are|died|in|at|on|"
                                             r"since|so\s+far)\b)", re.I)


#: A sign of about right before a figure: "~", "\u2248", with a space or not (not "1,000~1,200": a range).
_ABOUT_MARK: Final = re.compile(r"(?<!\w)[~\u2248][ \t]?$")


def _single(text: str, start: int, num_start: int, core_end: int, value: float,
            hedge: str | None, tail: str | None, end: int) -> Quantity:
    qualifier = hedge_qualifier(hedge) if hedge else "exact"
    before2 = text[max(0, start - 2):start]
    if not hedge and ("~" in before2 or "\u2248" in before2) \
            and (mark := _ABOUT_MARK.search(text, max(0, start - 3), start)) is not None:
        qualifier, start = "about", mark.start()  # "~1,100 people", "\u2248 60,000": about (the number scan starts at
        # the digit)
    if tail:
        t = _norm(tail)
        if "more" in t:
            qualifier = "at_least"
        elif t in ("or so", "-odd", "odd", "-something"):  # ("sixty-something wounded", spoken)
            qualifier = "about"
        else:
            qualifier = "more_than"
    span_end = end if tail else core_end
    core = text[num_start:core_end]
    reason = _exclusion(text, num_start, core_end, core, value, bool(hedge))
    if reason is None and tail and tail[:1] == "-" and tail.endswith("something") \
            and _COUNTED_AFTER_SOMETHING.match(text, end) is None:
        reason = "age"  # "a forty-something man", "two thirty-something brothers", "twenty-something youths": an age
        # (but "sixty-something wounded", "forty-something people were killed": a count)
    if reason is None and hedge and value <= 21 and _AGE_LIMIT.fullmatch(_norm(hedge)) \
            and (_AGE_LIMIT_AFTER.match(text, core_end) or _AGE_GROUP_BEFORE.search(text, max(0, start - 20), start)):
        reason = "age"  # "most of them are under 18", "those over 18 years"
    low, high = qualifier_bounds(qualifier, value)
    return Quantity(start, span_end, num_start, text[start:span_end], value, low, high, qualifier,
                    word=not core[:1].isdigit(), excluded=reason)
