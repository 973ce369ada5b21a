"""The layout of lists and tables in running text: which lines are lines of a list, headings on their own
line, the cells of a table's header row and of its rows, and what a list line's label counts.

Pure functions of a line's text; what the lines mean (their metric) is decided in
:mod:`analysis.claims.extract`.
"""

from __future__ import annotations

import re
from typing import Final

from analysis.claims import lexicon
from analysis.claims.context import TABLE_ROW_LABEL

#: Words a line of a list or table may hold besides names and numbers ("Kaga Bandoro: 4,500", "Chad 13,087").
LIST_WORDS: Final = {"and", "or", "in", "of", "the", "at", "to", "hh", "hhs", "ind", "indiv", "inds", "households",
                     "families", "people", "persons", "individuals", "idps", "refugees", "returnees", "children",
                     "women", "men", "total", "district", "province", "region", "governorate", "camp", "site", "state",
                     "county", "de", "du", "des", "la", "le", "el", "al", "da", "do", "together", "some", "about",
                     "approx", "approximately", "sites", "cases",
                     # place words of a row's label ("Afrin and Azaz districts, northern Aleppo")
                     "districts", "sub-districts", "provinces", "regions", "governorates", "camps", "states",
                     "counties", "villages", "city", "town", "towns", "areas", "area", "other", "surrounding",
                     "northern", "southern", "eastern", "western", "central", "north", "south", "east", "west",
                     "sub-district", "municipality", "commune", "communes", "localities", "locality",
                     # route words of a row's label ("via Abu Saif road ...... 1,320 HH")
                     "via", "road", "roads", "route", "routes", "crossing", "crossings", "point", "points", "border",
                     "gate", "checkpoint",
                     # a figure's hedge and scale ("Total: over 1.4 million")
                     "over", "more", "than", "nearly", "almost", "around", "roughly", "least", "million", "thousand"}
_LABEL: Final = re.compile(r"[A-Za-z]{2}")
_LIST_TOKEN: Final = re.compile(r"(?<!\w)[a-z][\w'\u2019-]*")
#: A line of a year's figure: "2015: 17,400", "- 2024: about 2,300 (provisional)".
#: A line that labels a total and gives it: "Total in neighbouring countries: 948,068", "Overall total: about 1.2 million".
_TOTAL_LABEL_ROW: Final = re.compile(r"(?:[-\u2022*][ \t]*)?(?:grand\s+|overall\s+)?total\b[\w ,'-]{0,50}:[ \t]*(?:(?:about|some|over|"
                                     r"nearly|more\s+than|at\s+least|around|almost)\s+)?\d[\d,.]*(?:\s+(?:million|thousand))?"
                                     r"[ \t]*\.?", re.I)
_YEAR_ROW: Final = re.compile(r"(?:[-\u2022*][ \t]*)?(?:19|20)\d\d[ \t]*[:\u2013-][ \t]*(?:(?:about|some|over|nearly|"
                              r"more\s+than|at\s+least|around)\s+)?\d[\d,.]*(?:[ \t]*\([a-z ]{1,20}\))?[ \t]*\.?")


#: The end of a row of a table of labels: a figure, perhaps its change in parentheses ("10,245 (+6)"), perhaps ";".
_ROW_FIGURE: Final = r"\d[\d,.\u00a0\u2009\u202f ]*(?:\(\s*[+\u2212-]?\s*\d[\d,.\u00a0\u2009\u202f ]*\)\s*)?;?"
#: A line of a label, dot leaders and a figure, and perhaps its change in parentheses ("tanks ..... 10,245 (+6)"),
#: or a part of it in brackets ("Children (under 18) ..... 226 (of whom 79 killed)").
_DOT_ROW_LINE: Final = re.compile(r"[ \t]*(?:[-\u2022*]\s*)?[A-Za-z](?:[^\n.!?:;\d]|\b(?:under|over|aged|below|above)\s+\d{1,2}\b)"
                                  r"{0,50}?(?:\([^()\n]{1,40}\)\s*)?\s?\.{3,}\s*"
                                  r"(?:(?:about|some|over|around|nearly)\s+)?" + _ROW_FIGURE
                                  + r"(?:\s*\((?:of\s+whom|of\s+them|including|incl\.|among\s+them)\s[^()\n]{1,40}\))?")
#: A whole line of a table of labels and figures: label, dash, figure, and perhaps its change in parentheses.
_TABLE_ROW_LINE: Final = re.compile(TABLE_ROW_LABEL + _ROW_FIGURE)
#: A bullet that opens a line ("\u2022 tanks \u2013 10,217 (+9)"), taken off before the line is matched.
_BULLET: Final = re.compile(r"^[ \t]*[-\u2022*\u25aa\u25cf][ \t]*")


#: A bulleted line of a label, a colon and one figure: "- Remnants of the former army: 17".
_BULLET_COLON_LINE: Final = re.compile(r"[-\u2022*\u2013]\s*[A-Za-z][^\n.!?:;]{0,60}:\s*(?:(?:about|some|over|around|nearly)\s+)?"
                                       r"\d[\d,.\u00a0\u2009\u202f ]*"
                                       # (and the people it counts: "- Host communities: about 84,000 people")
                                       r"(?:\s*(?:people|persons|individuals|households|families|HH|ind\.?))?")


def list_like(text: str) -> bool:
    """Whether a sentence is a line of a list or table: names, numbers and punctuation, no verb."""
    if len(text) <= 60 and _YEAR_ROW.fullmatch(text):
        return True  # "2015: 17,400", "- 2024: about 2,300 (provisional)": a year's figure, labelled by its year
    if len(text) <= 70 and ":" in text and _TOTAL_LABEL_ROW.fullmatch(text):
        return True  # "Total in neighbouring countries: 948,068": a total's line, labelled
    if len(text) > 160 or not _LABEL.search(text):
        return False  # a line of numbers alone ("212-11") is page furniture, not a labelled list
    if (("\u2013" in text or "\u2014" in text or " - " in text) and _TABLE_ROW_LINE.fullmatch(_BULLET.sub("", text))) or (
            text[:1] in "-\u2022*\u2013" and ":" in text and _BULLET_COLON_LINE.fullmatch(text)):
        return True  # "artillery systems \u2013 14,231 (+37)", "tanks \u2013 4,135;", "- Remnants of the old army: 17"
    if "..." in text and _DOT_ROW_LINE.fullmatch(text):
        return True  # "armoured vehicles .... 21,310 (+14)": a label, dot leaders, a figure and its change
    if "|" in text and _BAR_ROW.fullmatch(text):
        return True  # "Elsewhere | fewer than 1,000": a label, then cells of figures with their hedges
    if gap_row(text):
        return True  # "Tanks and armoured vehicles      about 250      412": a label, then cells of figures
    if ";" in text and _SEMICOLON_LIST.fullmatch(text):
        return True  # "Amiriyat al-Fallujah 38,900; Bzeibiz and Baghdad belt 12,400": labels and figures
    return sum(1 for w in _LIST_TOKEN.findall(text) if w not in LIST_WORDS) <= 1


def gap_row(text: str) -> bool:
    """Whether ``text`` is a row of a table set out with wide gaps: a label of a few words, then cells of figures
    ("Tanks and armoured vehicles      about 250      412"); each such row's label says what it counts."""
    return ("  " in text or "\t" in text) and _GAP_ROW.fullmatch(text) is not None


def semicolon_item(text: str, pos: int) -> tuple[int, int] | None:
    """The bounds of the item holding ``pos`` when ``text`` is a line of "label figure" items parted by
    semicolons ("Northfield 12,400; Eastgate 8,100"); None for any other sentence."""
    if ";" not in text or not _SEMICOLON_LIST.fullmatch(text):
        return None
    return text.rfind(";", 0, pos) + 1, (text.find(";", pos) + 1 or len(text) + 1) - 1


#: A table row parted by bars: a label (perhaps after a bar or a bullet, and perhaps with a second cell of words: "| Nyakunde
#: (Catholic parish) | Collective centre | 611 | 2,988 |"), then cells that hold a figure and perhaps its hedge.
_BAR_ROW: Final = re.compile(r"(?:\|[ \t]*|[ \t]*[-\u2022*][ \t]*)?[A-Za-z][^|\d\n]{0,40}(?:\|[ \t]*[A-Za-z][^|\d\n]{0,40})?"
                             r"(?:\|[ \t]*(?:(?:(?:fewer|less|more)\s+than|over|under|about|some|nearly|"
                             r"almost|around|roughly|up\s+to|approx\.?)\s+)?\d[\d,.]*[ \t]*)+\|?[ \t]*")
#: A row of a table set out with wide gaps: a label of a few words, then only cells of figures (each perhaps
#: hedged) or dashes: "Tanks and armoured vehicles      about 250      412".
_GAP_ROW: Final = re.compile(r"[ \t]*[A-Za-z][A-Za-z'\u2019(),/-]*(?: [A-Za-z'\u2019(),/-]+){0,5}"
                             r"(?:(?:\t+| {2,})(?:(?:(?:fewer|less|more)\s+than|over|under|about|some|nearly|almost|around|"
                             r"roughly|up\s+to|approx\.?)\s+)?(?:\d[\d,.]*|[-\u2013\u2014]))+[ \t]*")
#: A line of "label figure" items parted by semicolons, each label a few words with no figure of its own.
_SEMICOLON_LIST: Final = re.compile(r"(?:[A-Za-z][^;:\d\n]{0,48}\s\d[\d,.]*\s*;\s*)+[A-Za-z][^;:\d\n]{0,48}\s\d[\d,.]*\s*\.?")


#: A heading on a line of its own: a capital, at most eight words, no closing punctuation.
_BARE_HEADING: Final = re.compile(r"[A-Z][^\n.!?;]*(?<=[\w)])")


def bare_heading(text: str) -> bool:
    """Whether a sentence with no figure is a heading on its own line with no colon ("Displaced persons by
    commune (individuals)"): a dashboard's table title, which the lines under it continue."""
    core = text[:text.find(" (")] if text.endswith(")") and " (" in text else text  # "... (24 March - 14 April)"
    if len(core) > 80 or len(text) > 160:
        return False  # (an aside in brackets may run on: "Victims by department, 2002-2008 (departments prioritised
        # in the first phase of the investigation)")
    if (year := _TITLE_YEAR.search(core)) is not None:
        # a table's title that ends in its year may run longer: "Patients with gunshot wounds admitted to Tabarre
        # trauma hospital, 2024"
        return core.count(" ") <= 11 and _BARE_HEADING.fullmatch(core, 0, year.start()) is not None
    # a title may run to twelve words when it is no row of cells: "Summary table: civilian deaths in September 2025
    # by main perpetrator party", "NEWLY DISPLACED POPULATION BY TERRITORY AND HEALTH ZONE OF ORIGIN"
    return core.count(" ") <= (7 if has_cell_gaps(core) else 11) and _BARE_HEADING.fullmatch(text) is not None


#: A year in a header cell: "Displaced since Feb 2021", "Killed (2024)".
_YEAR: Final = re.compile(r"\b(?:19|20)\d\d\b")
#: Footnote marks after a word: "Total IDPs\u00b9", "Deaths\u2020".
_FOOTNOTE_MARK: Final = re.compile("(?<=\\w)[\u00b9\u00b2\u00b3\u2070\u2074-\u2079\u2020]+")
#: What a header cell may hold beside its words: a year, a week's or a round's number, an aside in brackets.
_CELL_ASIDE: Final = re.compile(r"\([^()]*\)|\b(?:week|wk|round|day)\s*\d{1,2}\b|"
                                # a footnote's mark: "Total IDPs\u00b9", "Deaths*"
                                "[\u00b9\u00b2\u00b3\u2070\u2074-\u2079*\u2020]+|"
                                # an age: "of whom children under 15", "aged 18 and over"
                                r"\b(?:under|over|below|above|aged)\s+\d{1,2}\b|"
                                # a date: "Cumulative since 25 Aug", "As of 3 May"
                                r"\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?=\s|$)|"
                                + _YEAR.pattern, re.I)
#: The year a table's title ends in: ", 2024", " in 2023", ", 1 January \u2013 30 April 2025".
_TITLE_YEAR: Final = re.compile(r"(?:,|\s+in)\s+(?:[\w\u2013\u2014-]+\s+){0,6}?(?:" + _YEAR.pattern + r"[\u2013-])?"
                                + _YEAR.pattern + "$")  # (or years: "Victims by department, 2002-2008")


LABEL_WORD: Final = re.compile(r"[a-z]+")


#: Where the cells of a table's header row part: a tab, two spaces or more, a vertical bar.
CELL_GAP: Final = re.compile(r"\t+| {2,}|\s*\|\s*")


def has_cell_gaps(text: str) -> bool:
    """Whether ``text`` holds a gap that :data:`CELL_GAP` may part cells at (a cheap test before it)."""
    return "  " in text or "\t" in text or "|" in text


#: A rule drawn under a table's header row or between its parts: "|------|:---:|", "+=====+", "-----------".
_RULE_LINE: Final = re.compile(r"[\s|:+]*[-=_\u2013\u2014\u2500\u2550]{3,}[-=_\u2013\u2014\u2500\u2550\s|:+]*")


def rule_line(text: str) -> bool:
    """Whether ``text`` is a line drawn of dashes, bars and colons only, which holds no words: the line under a
    table's header row in Markdown ("|---|---|") or a ruled line in a plain-text report."""
    return _RULE_LINE.fullmatch(text) is not None


def header_cells(text: str) -> list[str] | None:
    """The cells of a table's header row ("Month          Killed     Injured"), or None: at least two cells
    parted by wide gaps, each a few words with no figure and no sentence mark."""
    barred = "|" in text
    if len(text) > (200 if barred else 140) or not has_cell_gaps(text):
        return None
    # (a footnote's mark is no part of a cell's words: "Total IDPs\u00b9" counts IDPs)
    cells = [_FOOTNOTE_MARK.sub("", c) for c in CELL_GAP.split(text.strip(" |\t")) if c]
    # (cells parted by bars may run longer: "Buried at Potocari that July", "Refugees from Ukraine recorded in
    # country")
    words, chars = (8, 60) if barred else (3, 32)
    if len(cells) < 2 or any(len(core) > chars or core.count(" ") > words or any(ch.isdigit() or ch in ".!?;" for ch in core)
                             for core in (_CELL_ASIDE.sub("", c[:-1] if c.endswith(".") else c).strip() for c in cells)):
        return None  # but a cell may end in the stop of a short form ("Ind.", "No."), name a year ("Displaced
        # since Feb 2021") or a week ("Week 30 (24-30 Jul)"), and hold an aside in brackets ("of whom children
        # (killed and injured)")
    return cells



def row_cells(text: str) -> list[tuple[int, int]]:
    """The spans of the cells of a table row parted as its header is (:data:`CELL_GAP`); [] for one cell. An
    empty cell between two bars keeps its place ("TOTAL | | 9,460 | 41,180": four cells, the second empty)."""
    if not has_cell_gaps(text):
        return []
    spans: list[tuple[int, int]] = []
    pos, barred = 0, False
    for gap in CELL_GAP.finditer(text):
        if gap.start() > pos:
            spans.append((pos, gap.start()))
        elif spans and barred and text[gap.start()] == "|":
            spans.append((pos, pos))
        pos, barred = gap.end(), "|" in gap.group()
    if pos < len(text):
        spans.append((pos, len(text)))
    return spans if len(spans) > 1 else []


#: The words that open a table row before a wide gap, a dash or a colon ("Households   2,823").
_ROW_LABEL: Final = re.compile(r"[\u2022*-]?\s*([a-z]+(?: [a-z]+)?)(?:\t|  |\s[\u2013\u2014-]\s|\s*:\s)")


def row_label(low: str) -> str | None:
    """The one or two words that open a (lower-cased) table row before its cells, as written
    ("households   2,823   1,204": households), or None. Unlike :func:`label_noun`, nothing is mapped."""
    m = _ROW_LABEL.match(low)
    return m.group(1) if m else None


def slash_side(low: str, start: int, end: int) -> int | None:
    """0 or 1 when the figure at ``start:end`` of ``low`` is the first or second of a pair of figures parted by
    a slash ("12 / 40"), else None."""
    if _SLASH_NEXT.match(low, end):
        return 0
    if _SLASH_BEFORE.search(low, max(0, start - 16), start):
        return 1
    return None


def slash_labels(low: str, start: int = -1) -> tuple[str, str] | None:
    """The pair of labels parted by a slash that names what a pair of figures counts: before the colon ahead of
    ``start`` ("killed / injured: 12 / 40") or, with ``start`` -1, in a heading ("by province (attacks /
    deaths)"); None when there is none."""
    if start >= 0:
        colon = low.rfind(":", 0, start)
        if colon < 0 or not _PAIR_HEAD.fullmatch(low, colon + 1, start):
            return None
        m = _SLASH_LABELS.search(low, max(0, low.rfind("\n", 0, colon) + 1, colon - 60), colon + 1)
        return (m.group(1), m.group(2)) if m and m.end() == colon else None
    m = _SLASH_LABELS_IN_HEADING.search(low)
    return (m.group(1), m.group(2)) if m else None


_PAIR_HEAD: Final = re.compile(r"[ \t\u2022*-]*(?:\d[\d,.]*[ \t]*/[ \t]*)?")  # what may stand between the colon and a figure
_SLASH_NEXT: Final = re.compile(r"[ \t]*/[ \t]*\d")
_SLASH_BEFORE: Final = re.compile(r"\d[ \t]*/[ \t]*$")
_SLASH_LABELS: Final = re.compile(r"([a-z][a-z -]{0,30}?)[ \t]*/[ \t]*([a-z][a-z -]{0,30}?)[ \t]*(?=:)")
_SLASH_LABELS_IN_HEADING: Final = re.compile(r"\(([a-z][a-z -]{0,30}?)[ \t]*/[ \t]*([a-z][a-z -]{0,30}?)[ \t]*\)")


def label_noun(low: str, start: int, many: bool = True) -> str | None:
    """The first counted noun of the label of a list line before the figure at ``start`` ("Sites open 96":
    sites; "tanks \u2013 8,014": tanks), or None: whether the heading's metric fits the line is told by it.
    Asked only of a figure with no noun after it ("Ulang town (412 HH)" counts households). ``many``: the figure
    is more than one, so a singular noun after a name is the place of the line ("South hospital: 112")."""
    line = max(low.rfind("\n", 0, start), low.rfind("\u2022", 0, start)) + 1
    if line and not low[line:start].strip():
        line = low.rfind("\n", 0, line - 1) + 1  # a key-figures panel: the label on the line above its figure
    words = LABEL_WORD.findall(low, line, start)
    for i, word in enumerate(words):
        if word in _WHERE_WORDS and i:
            return None  # "Dead on arrival at the field hospital ..... 12": what follows says where, not what
        if i + 2 < len(words) and f"{word} {words[i + 1]} {words[i + 2]}" in lexicon.COUNT_NOUNS:
            word = f"{word} {words[i + 1]} {words[i + 2]}"  # "air defence systems" (of "Air-defence systems")
        elif i + 1 < len(words) and f"{word} {words[i + 1]}" in lexicon.COUNT_NOUNS:
            word = f"{word} {words[i + 1]}"  # "artillery systems", "gun trucks"
        if word in _PLACE_LABEL_WORDS or (i and words[i - 1] == "host") or (i and many and word in _SITE_WORDS) \
                or (word in _OTHER_PLACES and words[i + 1:i + 2] == ["of"]):
            continue  # "Boda town 1,200", "Bagasola host villages 730", "South hospital: 112", "Western
            # neighbourhoods of Kadugli: 1,500": where, not what is counted
        if 1 <= i <= 2 and words[0] in ("other", "remaining") and word in _OTHER_PLACES:
            continue  # "Other locations | 897 | 3,800", "Other sub-districts": the rest of a table's places, not
            # locations counted
        if word in _THING_LABEL_WORDS:
            return word  # "Countries receiving patients: 17": not people
        if word in lexicon.COUNT_NOUNS:
            return "people" if word in lexicon.PERSON_NOUNS else word
    return None


def thing_label(low: str, start: int, many: bool = True) -> str | None:
    """The thing a label before a colon right before ``start`` counts ("hospitals evacuated: 12"), or None: its
    first counted noun of things, the label running from the last semicolon, line end or bullet. ``many``: the
    figure is more than one, so a singular noun after a name is the place of the line ("North hospital: 112")."""
    colon = low.rfind(":", 0, start)
    head = max(low.rfind(";", 0, colon), low.rfind("\n", 0, colon), low.rfind("\u2022", 0, colon),
               low.rfind("|", 0, colon)) + 1  # ("Attacks: 41 | Deaths: 9": each label its own)
    if colon - head > 60:
        return None
    words = LABEL_WORD.findall(low, head, colon)
    for i, word in enumerate(words):
        if word in lexicon.PERSON_NOUNS or word in _WHERE_WORDS:
            return None  # people, or where they are ("Sheltering in UN schools: 270,000")
        if i and (word in _PLACE_LABEL_WORDS or (many and word in _SITE_WORDS)):
            return None  # "Kalma camp: 900", "South hospital: 112": the place of the line, the heading says what
        if word in _OTHER_PLACES and words[i + 1:i + 2] == ["of"]:
            return None  # "Western neighbourhoods of Kadugli: 1,500": where
        if word in lexicon.OBJECT_NOUNS:
            return word
    return None


#: Singular facilities and sites that, after a name in a label, are the place of the line ("South hospital: 112",
#: "Abu Shouk clinic: 13"), not what it counts (unlike "Main battle tank: 1,200").
_SITE_WORDS: Final = {"hospital", "clinic", "school", "church", "mosque", "market", "prison", "centre", "center", "base",
                      "compound", "shelter", "post"}


#: Words of a list line's label that count no people and are no counted nouns of the lexicon.
_THING_LABEL_WORDS: Final = {"countries", "nations", "incidents", "attacks", "days", "weeks", "months", "flights",
                             "convoys", "missions", "sorties", "locations", "partners", "organisations",
                             "organizations", "assessments"}
#: Prepositions in a list line's label after which the words say where, not what is counted.
_WHERE_WORDS: Final = {"at", "in", "into", "to", "near", "inside", "across"}
#: Singular place words in a list line's label: the place of the line, not the thing it counts.
#: Plural place words that, after "other" or "remaining" at the head of a label, name the rest of a list's places.
_OTHER_PLACES: Final = {"locations", "sites", "areas", "villages", "towns", "localities", "districts", "counties",
                        "communes", "municipalities", "camps", "settlements", "neighbourhoods", "neighborhoods"}
_PLACE_LABEL_WORDS: Final = {"town", "village", "city", "camp", "site", "settlement", "district", "county", "locality",
                             "neighbourhood", "neighborhood", "hamlet", "area"}
