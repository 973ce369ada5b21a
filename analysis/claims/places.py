"""Where a figure happened: the place a sentence names, its country (ISO3) and admin-1 area.

Names come from the committed gazetteer (``data/reference/gazetteer.csv``,
built by :mod:`analysis.claims.gazetteer`: countries, demonyms, admin-1 and
admin-2 areas of every country, cities of 15,000 people or more), read once
per process when the first place is looked up, and from capitalised phrases
after in/near/around/... that the gazetteer does not know ("in Chasiv Yar"):
those are places with no country.

Rules (see :func:`place_fields`):

* A place is written as in the text, with its "Al-"/"El " prefix, a
  direction before it ("north-west Syria", "eastern Chad") and an area word
  after it ("Amhara region", "Al Hol camp"); "X and Y" of one country is one
  place ("Jenin and Tulkarm").
* Month and day names, function words, generic words that also name areas
  ("North", "Central", "Bay") and pieces of longer names are never places;
  the longest name wins ("South Sudan", not "Sudan").
* A town or city of one word needs a cue: in/near/at/from/... before it, or
  a population of 100,000 or more and its country named elsewhere in the
  article. Countries, admin-1 areas and longer names need none.
* A name in several countries ("Tripoli", "Rafah") takes the country the
  article names (its country names, demonyms and admin-1 areas); when the
  article names none or several of them, the country is left empty, unless
  one reading clearly wins (a country or admin-1 area's own name over a
  city's alternate spelling). A town known only elsewhere (a Syrian village
  that shares its name with a Burmese town) gets no country when the article
  names other countries only.
* Demonyms ("Syrian", "Palestinians") are never places. When the sentence
  names no place and a demonym describes the counted people ("12 Sudanese
  returnees", "10 Palestinians"), ``place_country`` is that country and
  ``place`` stays empty; a demonym elsewhere ("Russian strikes killed 12")
  gives nothing.
* ``place_admin1`` is the admin-1 area's name (OCHA's English name where
  OCHA has the country, else the ISO 3166-2 name): of the area itself, or the
  one a city or admin-2 area lies in; empty when not known or not one.
"""

from __future__ import annotations

import array
import re
import sys
from functools import lru_cache
from typing import NamedTuple

from analysis import paths
from analysis.claims.gazetteer import fold

TABLE = paths.REFERENCE / "gazetteer.csv"

_KINDS = ("country", "demonym", "admin1", "admin2", "city")
_COUNTRY, _DEMONYM, _ADMIN1, _ADMIN2, _CITY = range(5)
#: Longest name looked up, in words.
_MAX_WORDS = 7

#: Never places on their own: months, days, their abbreviations, and generic words that name areas.
_NEVER = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed",
    "thu", "thur", "thurs", "fri", "sat", "sun", "north", "south", "east", "west", "central", "northern",
    "southern", "eastern", "western", "centre", "center", "coast", "capital", "lakes", "unity", "bay", "plateau",
    "delta", "rivers", "upper", "lower", "nord", "sud", "est", "ouest", "littoral", "middle", "island", "islands",
    "sea", "river", "valley", "border", "mountain", "highlands", "red sea", "blue nile", "god", "allah", "lord",
    "islam", "christ", "christian", "muslim", "jewish", "arab", "arabs", "kurdish", "kurds", "rohingya", "yazidi",
    "yazidis", "sunni", "shia", "shiite", "alawite", "druze", "hamas", "hezbollah", "taliban", "houthi", "houthis",
    "isis", "daesh", "nusra", "al qaeda", "al shabaab", "wagner", "un", "unicef", "unhcr", "ocha", "icrc", "msf",
    "who", "iom", "unrwa", "nato", "eu", "reuters", "afp", "ap", "voa", "bbc", "cnn", "sana", "twitter",
    "facebook", "telegram", "police", "army", "state", "government", "regime", "republic", "kingdom", "union",
    "federation", "emirates", "general", "president", "minister", "ministry", "council", "office", "people",
    "media", "news", "press", "post", "times", "mail", "star", "sun", "today", "camp", "city", "town", "village",
    "province", "region", "district", "governorate", "christmas", "easter", "ramadan", "eid", "sabbath",
    "spring", "summer", "autumn", "winter", "european", "african", "asian", "latin",
}
#: A word before a place that says where ("in", "near", "the town of") ends this pattern.
_CUE = re.compile(
    r"(?:\b(?:in|near|around|across|outside|at|throughout|inside|into|from|to|towards?|between|via|of|and|"
    r"on|off|along|within|reached|entered|fled|hit|struck|shelled|bombed|attacked)\s+"
    r"(?:(?:the|a)\s+)?(?:(?:[a-z]+(?:ern)?\s+)?(?:town|city|village|villages|province|governorate|region|area|"
    r"district|countryside|suburbs?|neighbou?rhood|camp|outskirts|capital|port|enclave|state|county|"
    r"(?:rebel|opposition|government|regime)[\s-]held\s+\w+)\s+of\s+)?"
    r"(?:(?:north|south|east|west)(?:[\s-]?(?:east|west))?(?:ern)?\s+|central\s+|rural\s+)?|,\s*)$",
    re.IGNORECASE,
)
#: A direction written before a place, kept in it: "north-west Syria", "eastern Chad", "rural Idlib".
_DIRECTION = re.compile(
    r"(?<![\w-])(?:(?:north|south|east|west)(?:[\s-]?(?:east|west))?(?:ern)?|central|rural|upper|lower|"
    r"(?:North|South|East|West)(?:[\s-]?(?:[Ee]ast|[Ww]est))?(?:ern)?|Central)\s+$"
)
#: An area word after a place, kept in it: "Amhara region", "Al Hol camp", "Kharkiv oblast".
_AREA_WORD = re.compile(
    r"\s+(?:governorate|province|state|region|district|zone|oblast|county|city|town|village|camp|department|"
    r"prefecture|municipality|raion|woreda|sub-district|subdistrict|refugee\s+camp|(?:POC|PoC)\s+site|"
    r"Governorate|Province|State|Region|District|Zone|Oblast|County|City|Camp|Department|Prefecture)\b"
)
#: Arabic articles that start a name: "Al-Hol", "El Fasher", "ad-Dana"; the two-letter ones that are also
#: English or French words ("as", "an", "at", "en", "es", "et") count only with a hyphen.
_ARTICLE = re.compile(r"^(?:(?:al|el|ag|ad|ar|ash|az|ed|ez|adh|ath)[\s-]|(?:as|an|at|en|es|et|er|ul|ur|us)-)",
                      re.IGNORECASE)
_WORD = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_][\w'\u2019\u2018\u02bb]*(?:-[^\W_][\w'\u2019\u2018\u02bb]*)*")
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bb": "'", "\u02bc": "'", "`": "'", "-": " ",
                         ".": ""})
#: The counted people a demonym before them describes: "12 Sudanese returnees", "three Palestinian deaths".
_PEOPLE_GAP = re.compile(r"^[\s\w-]{0,30}$")
_AND = re.compile(r"^(?:\s+and\s+|\s*,\s*|\s*/\s*)$")


def key(name: str) -> str:
    """How a name is looked up: folded, quotes and hyphens unified, dots dropped: "Al-Ḩudaydah" -> "al hudaydah"."""
    return " ".join(fold(name).translate(_QUOTES).split())


def _bare_key(name: str) -> str:
    """The key without a leading Arabic article ("" if there is none): "Al-Hol" -> "hol"."""
    m = _ARTICLE.match(name)
    return key(name[m.end():]) if m else ""


class Gazetteer:
    """The gazetteer's names, indexed by :func:`key`; entities as parallel arrays (compact in memory).

    ``index`` maps a key to an int or a tuple of ints: ``entity * 4 + 2 * own_name + has_article``.
    """

    def __init__(self, rows) -> None:
        self.kind = array.array("b")
        self.iso3: list[str] = []
        self.admin1: list[str] = []
        self.population = array.array("l")
        self.index: dict[str, int | tuple[int, ...]] = {}
        self.first_words: dict[str, int] = {}  # first word of a key -> most words of a key starting with it
        intern = sys.intern
        for row in rows:
            entity = len(self.iso3)
            self.kind.append(_KINDS.index(row["kind"]))
            self.iso3.append(intern(row["iso3"]))
            self.admin1.append(intern(row["admin1"]))
            self.population.append(int(row["population"] or 0))
            names = [row["name"]] + (row["variants"].split("|") if row["variants"] else [])
            for k, name in enumerate(names):
                own = 2 if k == 0 else 0
                self._add(key(name), entity * 4 + own)
                bare = _bare_key(name)
                if bare:
                    self._add(bare, entity * 4 + own + 1)

    def _add(self, k: str, code: int) -> None:
        if not k:
            return
        old = self.index.get(k)
        if old is None:
            self.index[sys.intern(k)] = code
        elif isinstance(old, int):
            if old >> 2 != code >> 2:
                self.index[k] = (old, code)
        elif all(o >> 2 != code >> 2 for o in old):
            self.index[k] = old + (code,)
        words = k.split(" ")
        if self.first_words.get(words[0], 0) < len(words):
            self.first_words[words[0]] = len(words)

    def lookup(self, k: str) -> tuple[int, ...]:
        """Codes (``entity * 4 + 2 * own_name + has_article``) of the entities named ``k``."""
        found = self.index.get(k)
        if found is None:
            return ()
        return (found,) if isinstance(found, int) else found


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer | None:
    """The committed gazetteer, read once; None when the table is missing or unreadable."""
    from analysis.claims.gazetteer import read_table

    try:
        return Gazetteer(read_table(TABLE))
    except (OSError, KeyError, ValueError):
        return None


class Mention(NamedTuple):
    """A gazetteer name in a text: its span, the text as written and the codes of what it may name."""

    start: int
    end: int
    codes: tuple[int, ...]
    words: int

    def kinds(self, g: Gazetteer) -> set[int]:
        return {g.kind[c >> 2] for c in self.codes}


_START = re.compile(r"(?<![\w'\u2019.-])(?:[A-Z\u00c0-\u00de]|(?:al|el|ad|ag|ar|as|an|ash|az|ed|ez|at)-[A-Z])")
_NEXT = re.compile(r"[ -]{1,2}(" + _WORD.pattern + ")")


@lru_cache(maxsize=1 << 16)
def _word_key(word: str) -> str:
    return key(word)


def mentions(text: str, g: Gazetteer) -> list[Mention]:
    """Every gazetteer name in ``text``, longest first at each place, not overlapping, in text order.

    A name starts with a capital (or an Arabic article before one) and does not
    run over punctuation; a possessive "'s" ends it ("Syria's").
    """
    out: list[Mention] = []
    first_words = g.first_words
    lookup = g.lookup
    pos = 0
    for s in _START.finditer(text):
        start = s.start()
        if start < pos:
            continue
        tok = _WORD.match(text, start)
        if tok is None:
            continue
        word = tok.group()
        k = _word_key(word)
        article = _ARTICLE.match(word)
        head = k.split(" ", 1)[0]
        limit = first_words.get(head, 0)
        if article:
            rest = k.split(" ", 1)[1] if " " in k else ""
            if rest:
                limit = max(limit, first_words.get(rest.split(" ", 1)[0], 0) + 1)
            else:
                nxt = _NEXT.match(text, tok.end())
                if nxt:
                    limit = max(limit, first_words.get(_word_key(nxt.group(1)).split(" ", 1)[0], 0) + 1)
        if not limit:
            continue
        keys = [k]
        ends = [tok.end()]
        while len(keys) < limit:
            nxt = _NEXT.match(text, ends[-1])
            if nxt is None:
                break
            keys.append(_word_key(nxt.group(1)))
            ends.append(nxt.end())
        for m in range(len(keys), 0, -1):
            phrase = " ".join(keys[:m])
            end = ends[m - 1]
            codes = lookup(phrase)
            if not codes and phrase.endswith("'s"):
                phrase, end = phrase[:-2], end - 2
                codes = lookup(phrase)
            if article:
                bare = _bare_key(text[start:end])
                if bare and bare != phrase:
                    more = lookup(bare)
                    codes = codes + tuple(c for c in more if all(c >> 2 != o >> 2 for o in codes))
            if codes and phrase not in _NEVER:
                out.append(Mention(start, end, codes, m))
                pos = end
                break
    return out


# --------------------------------------------------------------------------
# Article context: the countries an article names
# --------------------------------------------------------------------------

@lru_cache(maxsize=4)
def article_countries(body: str) -> dict[str, int]:
    """How often ``body`` names each country: by its name, a demonym or an admin-1 area of one country only."""
    g = gazetteer()
    counts: dict[str, int] = {}
    if g is None:
        return counts
    for m in mentions(body, g):
        countries = {g.iso3[c >> 2] for c in m.codes if g.kind[c >> 2] in (_COUNTRY, _DEMONYM, _ADMIN1)}
        if len(countries) == 1:
            iso3 = countries.pop()
            counts[iso3] = counts.get(iso3, 0) + 1
    return counts


# --------------------------------------------------------------------------
# Resolving a mention: its country and admin-1
# --------------------------------------------------------------------------

def _rank(g: Gazetteer, code: int) -> int:
    """Lower is stronger: a country's or area's own name, then alternate spellings, then cities."""
    kind = g.kind[code >> 2]
    own = code & 2
    return {_COUNTRY: 0, _ADMIN1: 1, _DEMONYM: 1, _ADMIN2: 3, _CITY: 3}[kind] + (0 if own else 1)


def _admin1_of(g: Gazetteer, codes: list[int]) -> str:
    names = {g.admin1[c >> 2] for c in codes if g.kind[c >> 2] != _COUNTRY} - {""}
    if any(g.kind[c >> 2] == _COUNTRY for c in codes):
        return ""
    return names.pop() if len(names) == 1 else ""


def resolve(g: Gazetteer, codes: tuple[int, ...], context: dict[str, int], has_article: bool = False
            ) -> tuple[str, str]:
    """(ISO3, admin-1) of a mention from what it may name and the article's countries; "" where unsure."""
    by_country: dict[str, list[int]] = {}
    for c in codes:
        by_country.setdefault(g.iso3[c >> 2], []).append(c)
    if len(by_country) > 1 and has_article:
        # "El Salvador" names the country written with its article before a city "Salvador"
        with_article = {iso: cs for iso, cs in by_country.items() if any(c & 1 == 0 for c in cs)}
        if len(with_article) == 1:
            by_country = with_article
    if len(by_country) > 1:
        named = {iso: context[iso] for iso in by_country if context.get(iso)}
        if named:
            top = max(named.values())
            best = [iso for iso, n in named.items() if n == top]
            if len(best) != 1:
                return "", ""
            iso = best[0]
        else:
            ranks = {iso: min(_rank(g, c) for c in cs) for iso, cs in by_country.items()}
            top = min(ranks.values())
            best = [iso for iso, r in ranks.items() if r == top]
            if len(best) != 1 or sorted(ranks.values())[1] - top < 2:
                return "", ""
            iso = best[0]
    else:
        iso = next(iter(by_country))
    chosen = by_country[iso]
    top = min(_rank(g, c) for c in chosen)
    return iso, _admin1_of(g, [c for c in chosen if _rank(g, c) <= top + 1])


# --------------------------------------------------------------------------
# Places in a sentence
# --------------------------------------------------------------------------

class Place(NamedTuple):
    """A place a sentence names: span, text as written, ISO3 and admin-1 ("" when not known)."""

    start: int
    end: int
    text: str
    country: str
    admin1: str


class Nationality(NamedTuple):
    """A demonym in a sentence: its span and the country it names ("" when several)."""

    start: int
    end: int
    country: str


_OLD_PLACE = re.compile(
    r"\b(?:in|near|around|across|outside|at|throughout|inside)\s+"
    r"(?:(?:the|a)\s+)?(?:(?:[a-z]+(?:ern)?\s+)?(?:town|city|village|villages|province|governorate|region|area|"
    r"district|countryside|suburbs?|neighbou?rhood|camp|outskirts|capital|port|enclave|"
    r"(?:rebel|opposition|government|regime)[\s-]held\s+\w+)\s+of\s+)?"
    r"(?:(?:northern|southern|eastern|western|central|north|south|east|west|rural)\s+)?"
    r"(?P<place>[A-Z][\w'\u2019-]+(?:\s+(?:al-|el-|ad-|ar-|as-|ash-|az-|ez-|ed-|an-)?[A-Z][\w'\u2019-]+){0,3}"
    r"|(?:al|el|ad|ar|as|ash|az|ez|ed|an)-[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2})"
)
#: Words that end a capitalised phrase after "in": the phrase is not a place when only these remain.
_NOT_PLACE_WORDS = _NEVER | {
    "the", "a", "an", "this", "that", "his", "her", "their", "our", "its", "i", "he", "she", "they", "we", "it",
    "addition", "total", "response", "order", "fact", "part", "recent", "spite", "light", "support", "line",
    "favour", "favor", "case", "front", "charge", "return", "exchange", "protest", "retaliation", "power",
    "control", "one", "two", "all", "some", "many", "most", "both", "each", "statement", "tv", "is", "al", "rebel",
    "rebel-held", "opposition", "islamic", "us", "u.s.", "u.n.", "according", "view", "memory", "honour", "honor",
}


def _unknown_places(sentence: str, g: Gazetteer | None) -> list[tuple[int, int]]:
    """Spans of capitalised phrases after in/near/around/... (places the gazetteer may not know)."""
    out = []
    for m in _OLD_PLACE.finditer(sentence):
        start, end = m.span("place")
        words = list(re.finditer(r"\S+", sentence[start:end]))
        while words and (key(words[0].group()) in _NOT_PLACE_WORDS or _is_demonym(g, words[0].group())):
            words = words[1:]
        while words and (key(words[-1].group().rstrip("'\u2019")) in _NOT_PLACE_WORDS
                         or _is_demonym(g, words[-1].group())):
            words = words[:-1]
        if not words:
            continue
        s, e = start + words[0].start(), start + words[-1].end()
        text = sentence[s:e].rstrip("'\u2019")
        if text.endswith(("'s", "\u2019s")):
            text = text[:-2]
        out.append((s, s + len(text)))
    return out


def _is_demonym(g: Gazetteer | None, word: str) -> bool:
    if g is None:
        return False
    codes = g.lookup(key(word))
    return bool(codes) and all(g.kind[c >> 2] == _DEMONYM for c in codes)


def _extend(sentence: str, start: int, end: int) -> tuple[int, int]:
    """The span with a direction before it and an area word after it."""
    d = _DIRECTION.search(sentence, max(0, start - 20), start)
    if d:
        start = d.start()
    a = _AREA_WORD.match(sentence, end)
    if a:
        end = a.end()
    return start, end


@lru_cache(maxsize=256)
def sentence_places(sentence: str, body: str | None = None) -> tuple[tuple[Place, ...], tuple[Nationality, ...]]:
    """The places and demonyms of ``sentence``; ``body`` (the whole article) lends its countries."""
    g = gazetteer()
    if g is None:
        return tuple(Place(s, e, sentence[s:e], "", "") for s, e in _unknown_places(sentence, None)), ()
    found = mentions(sentence, g)
    context: dict[str, int] | None = None
    places: list[Place] = []
    peoples: list[Nationality] = []
    for k, m in enumerate(found):
        kinds = m.kinds(g)
        codes = m.codes
        if _COUNTRY in kinds:
            codes = tuple(c for c in codes if g.kind[c >> 2] == _COUNTRY)
        elif kinds == {_DEMONYM}:
            countries = {g.iso3[c >> 2] for c in codes}
            peoples.append(Nationality(m.start, m.end, countries.pop() if len(countries) == 1 else ""))
            continue
        else:
            codes = tuple(c for c in codes if g.kind[c >> 2] != _DEMONYM)
        kinds = {g.kind[c >> 2] for c in codes}
        nxt = found[k + 1] if k + 1 < len(found) else None
        if _COUNTRY in kinds and nxt is not None and sentence[m.end:m.end + 3] in ("'s ", "\u2019s ") \
                and nxt.start == m.end + 3:
            continue  # "Russia's Belgorod region": the place is Belgorod
        small = kinds <= {_ADMIN2, _CITY}
        if context is None and (small or len({g.iso3[c >> 2] for c in codes}) > 1):
            context = article_countries(body) if body else {}
        ctx = context or {}
        if small:
            # a town of one word needs a cue, or 100,000 people and its country named in the article
            if m.words == 1 and not _CUE.search(sentence, max(0, m.start - 60), m.start) and not (
                    any(g.population[c >> 2] >= 100_000 and g.iso3[c >> 2] in ctx for c in codes)):
                continue
            if ctx:
                codes = tuple(c for c in codes if g.iso3[c >> 2] in ctx)
        if codes:
            country, admin1 = resolve(g, codes, ctx, bool(_ARTICLE.match(sentence[m.start:m.end])))
        else:
            country, admin1 = "", ""
        s, e = _extend(sentence, m.start, m.end)
        places.append(Place(s, e, sentence[s:e], country, admin1))
    # "Jenin and Tulkarm": two places of one country joined by "and" are one
    merged: list[Place] = []
    for p in places:
        last = merged[-1] if merged else None
        if last is not None and last.country and last.country == p.country and _AND.match(sentence[last.end:p.start]):
            merged[-1] = Place(last.start, p.end, sentence[last.start:p.end], p.country,
                               last.admin1 if last.admin1 == p.admin1 else "")
        else:
            merged.append(p)
    # capitalised phrases after "in"/"near" the gazetteer does not know: places with no country
    for s, e in _unknown_places(sentence, g):
        if not any(p.start < e and s < p.end for p in merged) and not any(n.start < e and s < n.end for n in peoples):
            merged.append(Place(s, e, sentence[s:e], "", ""))
    merged.sort()
    return tuple(merged), tuple(peoples)


def nearest_place(places: tuple[Place, ...], pos: int) -> Place | None:
    """The place nearest ``pos``; one after it wins over one before it at 1.5 times the distance."""
    best, best_d = None, None
    for p in places:
        d = p.start - pos
        d = d if d >= 0 else -d * 1.5
        if best_d is None or d < best_d:
            best, best_d = p, d
    return best


def place_fields(body: str | None, sentence: str, start: int, end: int | None = None) -> dict[str, str]:
    """``place``, ``place_country`` and ``place_admin1`` of the figure at ``start:end`` of ``sentence``.

    ``body`` is the article's text (its countries resolve names found in
    several countries); None to use the sentence alone.
    """
    places, peoples = sentence_places(sentence, body)
    p = nearest_place(places, start)
    if p is not None:
        return {"place": p.text, "place_country": p.country, "place_admin1": p.admin1}
    end = start if end is None else end
    for n in peoples:
        if n.country and n.start >= start and (n.start < end or _PEOPLE_GAP.match(sentence[end:n.start])):
            return {"place": "", "place_country": n.country, "place_admin1": ""}
    return {"place": "", "place_country": "", "place_admin1": ""}


def place_near(sentence: str, pos: int) -> str:
    """The place named nearest to ``pos`` in ``sentence`` as written; "" when none is named."""
    return place_fields(None, sentence, pos)["place"]
