"""Where a figure happened: the place a sentence names, its country (ISO3) and admin-1 area.

Names come from the committed gazetteer (``data/reference/gazetteer.csv``,
built by :mod:`analysis.claims.gazetteer`: countries, demonyms, admin-1 and
admin-2 areas of every country, cities of 15,000 people or more), read once
per process when the first place is looked up, and from capitalised phrases
after in/near/around/... that the gazetteer does not know ("in Chasiv Yar"),
or after to/into/towards when an area word follows ("to Zahraa town"):
those are places with no country.

Rules (see :func:`place_fields`; the figure takes the place nearest it in
its sentence, one after it winning at equal distance; people who moved
take the place they went to over the one they came from: "crossed from
Sudan into Chad" is about Chad):

* A place is written as in the text, with its "Al-"/"El " prefix, a
  direction before it ("north-west Syria", "eastern Chad") and an area word
  after it ("Amhara region", "Al Hol camp"); "X and Y" or "X, Y" of one
  country is one place ("Jenin and Tulkarm", "Kharkiv, Ukraine"). A country
  gives way to a place in it that the same sentence names.
* Month and day names, function words, generic words that also name areas
  ("North", "Central", "Bay"), pieces of longer names (the longest name wins:
  "South Sudan", not "Sudan"; "Khan Tuman", not "Khan"; not "Salah" of
  "Salah-Eddin"), datelines in capitals, acronyms and "Government-controlled"
  are never places; names in capitals ("DRC", "US") match only as written.
  A title-case headline gives no places the gazetteer does not know.
* A country that acts is not the place: "US-led strikes", "Turkish forces",
  "Russia's army".
* A town of one word needs a cue: in/near/at/from/... before it, an area word
  after it, or 100,000 people and its country named in the article. A town
  (or admin-2 area) takes a country only if the article names that country
  (its names, demonyms or admin-1 areas): a Syrian village that shares its
  name with a Burmese town gets none in an article about Syria. An admin-1
  area of a country the article never names needs a cue (else "Aden" as a
  Somali name would be Yemen's governorate).
* A name in several countries ("Tripoli", "Rafah") takes the one the article
  names most; when it names none or several equally, the country is left
  empty, unless one reading clearly wins (a country or admin-1 area's own
  name over a city's alternate spelling).
* Demonyms ("Syrian", "Palestinians") are never places. When the sentence
  names no place and a demonym describes the counted people ("12 Sudanese
  returnees", "10 Palestinians"), ``place_country`` is that country and
  ``place`` stays empty; not for refugees, migrants, soldiers and other
  people often counted abroad ("Syrian refugees", "an Israeli soldier"), nor
  for a demonym elsewhere in the sentence ("Russian strikes killed 12").
  "Somali region" is a place; "Somali families" are people.
* ``place_admin1`` is the admin-1 area's name (OCHA's English name where
  OCHA has the country, else the ISO 3166-2 name): of the area itself, or the
  one a city or admin-2 area lies in; empty when not known or not one.

Cost: the gazetteer (about 145,000 keys) is read once per process (about
0.6 s, 20-30 MB); each sentence with figures is scanned once for runs of
capitalised words (cached by run: "Syrian Observatory for Human Rights"
repeats), and an article is never scanned as a whole: only the few countries
a name may lie in are looked for in it, with one pattern per country.
"""

from __future__ import annotations

import array
import re
import sys
import warnings
from functools import lru_cache, partial
from pathlib import Path
from typing import Final, NamedTuple, Sequence

from analysis import paths
from analysis.claims.alternation import by_first_char, split_top
from analysis.claims import lexicon
from analysis.claims.gazetteer import fold
from analysis.claims.layout import semicolon_item

TABLE = paths.REFERENCE / "gazetteer.csv"

_KINDS: Final = ("country", "demonym", "admin1", "admin2", "city")
_COUNTRY, _DEMONYM, _ADMIN1, _ADMIN2, _CITY = range(5)

#: Never places on their own: months, days, their abbreviations, and generic words that name areas.
_NEVER: Final = {
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
#: Words before a place that say it is one: "in Goma", "near the town of Madaya", "fled to northern Rakhine".
_CUE_WORDS: Final = {
    "in", "near", "around", "across", "outside", "at", "throughout", "inside", "into", "from", "to", "toward",
    "towards", "between", "via", "on", "off", "along", "within", "reached", "entered", "fled", "hit",
    "struck", "shelled", "bombed", "attacked", "besieged", "captured", "seized",
}
_AREA_NOUNS: Final = {
    "town", "city", "village", "villages", "province", "governorate", "region", "area", "district", "countryside",
    "suburb", "suburbs", "neighbourhood", "neighborhood", "camp", "outskirts", "capital", "port", "enclave",
    "state", "county", "towns", "cities", "provinces", "districts", "regions",
}
#: Directions written before a place, kept in it: "north-west Syria", "eastern Chad", "rural Idlib".
_DIRECTIONS: Final = {
    f"{a}{b}{c}" for a in ("north", "south", "east", "west") for b in ("", "east", "west", "-east", "-west")
    for c in ("", "ern") if not (b and a in ("east", "west"))
} | {"central", "rural", "upper", "lower"}
#: Nouns after which "of" names a place: "the shelling of Homs", "the siege of Mariupol", "residents of Goma".
_OF_PLACE: Final = {
    "shelling", "bombing", "bombardment", "siege", "capture", "fall", "battle", "recapture", "liberation",
    "evacuation", "residents", "people", "inhabitants", "outskirts", "suburbs", "centre", "center", "governor",
    "mayor", "streets", "east", "west", "north", "south",
}
_LAST_WORDS: Final = re.compile(r"[\w'\u2019-]+|,")


def _cued(sentence: str, start: int) -> bool:
    """Whether the words before ``start`` say a place follows: a cue word, then maybe "the", "the town of"
    and a direction ("in the town of Madaya", "near northern Goma"); a comma ("Rann, Borno") or a
    possessive ("Russia's Belgorod")."""
    window = sentence[max(0, start - 50):start]
    if window.endswith(("'s ", "\u2019s ")):
        return True
    words = _LAST_WORDS.findall(window.lower())
    i = len(words) - 1
    if i >= 1 and words[i] == "of" and (words[i - 1] in _DIRECTIONS or words[i - 1] in _OF_PLACE):
        return True  # "north of Aleppo", "the shelling of Homs", "residents of Goma"
    if i >= 0 and words[i] in _DIRECTIONS:
        i -= 1
    if i >= 1 and words[i] == "of" and words[i - 1] in _AREA_NOUNS:
        i -= 2
        if i >= 0 and words[i] not in _CUE_WORDS and words[i] not in ("the", "a"):
            i -= 1  # "the besieged town of"
    if i >= 0 and words[i] in ("the", "a"):
        i -= 1
    return i >= 0 and (words[i] in _CUE_WORDS or words[i] == ",")


#: An area word after a place, kept in it: "Amhara region", "Al Hol camp", "Kharkiv oblast".
#: (those that say a name is the area itself, then those of places within one)
_ADMIN_AREA_WORDS: Final = (r"governorates?|provinces?|states?|regions?|districts?|zones?|oblasts?|county|counties|city|"
                            r"town|village|camps?|departments?|prefecture|municipality|raion|woreda|sub-district|subdistrict")
_AREA_WORDS: Final = _ADMIN_AREA_WORDS + r"|locality|settlement|neighbou?rhood"
_AREA_NAME: Final = re.compile(_AREA_WORDS)
#: The area words that make the capitalised name before them a place: all but "state" ("state media").
_NAMED_AREA_WORDS: Final = _AREA_WORDS.replace("states?|", "")
_CAPITAL_AREA_WORDS: Final = r"Governorate|Province|State|Region|District|Zone|Oblast|County|City|Camp|Department|Prefecture"
_AREA_WORD: Final = re.compile(rf"\s+(?:{_AREA_WORDS}|refugee\s+camp|(?:POC|PoC)\s+site|{_CAPITAL_AREA_WORDS})\b")
#: An area word after a name that says the name is the area itself ("Aden governorate", "Homs city"); not
#: the words of places within one ("the Sulaymaniyah neighbourhood", "a Tawila settlement").
_ADMIN_WORD: Final = re.compile(rf"\s+(?:{_ADMIN_AREA_WORDS}|refugee\s+camp|(?:POC|PoC)\s+site|{_CAPITAL_AREA_WORDS})\b")
#: A neighbourhood after a name: it is named after the place, not in it ("the Sulaymaniyah neighbourhood").
_QUARTER: Final = re.compile(r"\s+(?:neighbou?rhood|quarter|Neighbou?rhood|Quarter)\b")
#: Arabic articles that start a name: "Al-Hol", "El Fasher", "ad-Dana"; the two-letter ones that are also
#: English or French words ("as", "an", "at", "en", "es", "et") count only with a hyphen.
_ARTICLE: Final = re.compile(r"^(?:(?:al|el|ag|ad|ar|ash|az|ed|ez|adh|ath)[\s-]|(?:as|an|at|en|es|et|er|ul|ur|us)-)",
                             re.IGNORECASE)
_QUOTES: Final = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bb": "'", "\u02bc": "'", "`": "'", "-": " ",
                         ".": ""})
#: The counted people a demonym before them describes: "12 Sudanese returnees", "three Palestinian deaths".
_PEOPLE_GAP: Final = re.compile(r"^(?:[\s\w-]|(?<=\d)[,.](?=\d)){0,30}$")
#: People counted away from their country as often as in it: their nationality says nothing of the place.
_ABROAD: Final = re.compile(r"\s+(?:[\w-]+\s+)?(?:soldiers?|troops|forces|officers?|servicem[ae]n|military|army|personnel|police(?:m[ae]n)?|"
                            r"refugees?|asylum[\s-]seekers?|migrants?|nationals?|citizens?|diplomats?|pilots?|"
                            r"mercenar(?:y|ies)|contractors?)\b", re.I)
#: Words after a country's name that make it the actor, not the place: "US-led", "Russian-backed", "US air strikes".
_ACTOR: Final = re.compile(
    r"(?:-(?:led|backed|based|made|brokered|supported|trained|funded|armed)\b|(?:'s|\u2019s)?\s+(?:forces?|military|"
    r"troops|army|air\s*strikes?|airstrikes?|strikes?|jets|warplanes|drones|officials?|government|authorities|"
    r"coalition|president|embassy|navy|air\s+force|ministry|envoy|intelligence|aircraft|planes|bombers|"
    r"soldiers|marines|administration|defen[cs]e|diplomats?|spokes(?:man|woman|person))\b)", re.I)
_AND: Final = re.compile(r"^(?:\s+and\s+|\s*,\s*|\s*/\s*)$")
#: A place's name as part of a building's, followed by where the building is: "Hajjah Hospital in Ain Tarma".
_NAMED_BUILDING: Final = re.compile(r"\s+(?:national\s+|general\s+|central\s+)?(?:hospital|clinic|school|university|"
                                    r"mosque|church|stadium|airport|prison|hotel|market|bakery)\s+(?:in|at|near)\s+",
                                    re.I)


def key(name: str) -> str:
    """How a name is looked up: folded, quotes and hyphens unified, dots dropped: "Al-Ḩudaydah" -> "al hudaydah"."""
    return " ".join((name.lower() if name.isascii() else fold(name)).translate(_QUOTES).split())


_SEPARATORS: Final = {" ", "-"}


def _bare_key(name: str) -> str:
    """The key without a leading Arabic article ("" if there is none): "Al-Hol" -> "hol"."""
    m = _ARTICLE.match(name)
    return key(name[m.end():]) if m else ""


class Gazetteer:
    """The gazetteer's names, indexed by :func:`key`; entities as parallel arrays (compact in memory).

    ``index`` maps a key to an int or a tuple of ints: ``entity * 4 + 2 * own_name + has_article``.
    """

    def __init__(self, rows) -> None:
        """``rows``: dicts with the gazetteer table's columns."""
        self.kind = array.array("b")
        self.iso3: list[str] = []
        self.admin1: list[str] = []
        self.population = array.array("l")
        self.index: dict[str, int | tuple[int, ...]] = {}
        self.prefixes: set[str] = set()  # the first words of every longer key ("democratic republic of")
        #: the names that say an article is about a country: its names and demonyms, and its admin-1 names
        self.national: dict[str, list[str]] = {}
        self.regional: dict[str, list[str]] = {}
        #: names in capitals ("DRC", "U.S."): found only as written, never as a word ("Us")
        self.acronyms: dict[str, tuple[int, ...]] = {}
        intern = sys.intern
        kinds = {k: i for i, k in enumerate(_KINDS)}
        index, prefixes = self.index, self.prefixes
        for row in rows:
            entity = len(self.iso3)
            kind = row["kind"]
            iso3 = intern(row["iso3"])
            self.kind.append(kinds[kind])
            self.iso3.append(iso3)
            self.admin1.append(intern(row["admin1"]))
            self.population.append(int(row["population"] or 0))
            names = [row["name"]] + (row["variants"].split("|") if row["variants"] else [])
            keys = [key(n) for n in names]
            if kind != "city" and kind != "admin2":
                into = self.regional if kind == "admin1" else self.national
                into.setdefault(iso3, []).extend(
                    n for n, k in zip(names, keys) if len(n) > 3 and n[0].isupper() and k not in _NEVER)
            code = entity * 4 + 2  # the entity's own name first
            for name, k in zip(names, keys):
                if len(name) <= 6 and name.replace(".", "").isupper():
                    self.acronyms[name] = self.acronyms.get(name, ()) + (code,)
                    code = entity * 4
                    continue
                pairs = [(k, code)]
                if name[2:3] in _SEPARATORS or name[3:4] in _SEPARATORS or name[4:5] in _SEPARATORS:
                    bare = _bare_key(name)
                    if bare:
                        pairs.append((bare, code + 1))
                for k2, c in pairs:
                    if not k2:
                        continue
                    old = index.get(k2)
                    if old is None:
                        index[k2] = c
                        if " " in k2:
                            words = k2.split(" ")
                            for n in range(1, len(words)):
                                prefixes.add(" ".join(words[:n]))
                    elif isinstance(old, int):
                        if old >> 2 != entity:
                            index[k2] = (old, c)
                    elif all(o >> 2 != entity for o in old):
                        index[k2] = old + (c,)
                code = entity * 4

    def lookup(self, k: str) -> tuple[int, ...]:
        """Codes (``entity * 4 + 2 * own_name + has_article``) of the entities named ``k``."""
        found = self.index.get(k)
        if found is None:
            return ()
        return (found,) if isinstance(found, int) else found


    def state(self) -> dict:
        """Everything the index holds, as JSON-ready values (:meth:`from_state` reads it back)."""
        return {"kind": self.kind.tolist(), "iso3": self.iso3, "admin1": self.admin1,
                "population": self.population.tolist(),
                "index": {k: (v if isinstance(v, int) else list(v)) for k, v in self.index.items()},
                "prefixes": sorted(self.prefixes), "national": self.national, "regional": self.regional,
                "acronyms": {k: list(v) for k, v in self.acronyms.items()}}

    @classmethod
    def from_state(cls, state: dict) -> "Gazetteer":
        """The gazetteer :meth:`state` described (a KeyError or TypeError when ``state`` is not one)."""
        g = cls(())  # empty, then filled
        intern = sys.intern
        g.kind = array.array("b", state["kind"])
        g.iso3 = [intern(x) for x in state["iso3"]]
        g.admin1 = [intern(x) for x in state["admin1"]]
        g.population = array.array("l", state["population"])
        g.index = {k: (v if isinstance(v, int) else tuple(v)) for k, v in state["index"].items()}
        g.prefixes = set(state["prefixes"])
        g.national = dict(state["national"])
        g.regional = dict(state["regional"])
        g.acronyms = {k: tuple(v) for k, v in state["acronyms"].items()}
        if not (len(g.kind) == len(g.iso3) == len(g.admin1) == len(g.population)):
            raise TypeError("entity arrays of different lengths")
        return g


#: The built index is kept beside the table (git-ignored) under a name made of the table's and the indexing
#: code's checksums: building it reads 170,000 names (about 0.8 s), reading it back about 0.2 s.
INDEX_CACHE = paths.REFERENCE / ".tally-cache"


def _index_cache_file() -> Path:
    import hashlib
    from analysis.claims import gazetteer as table_module

    digest = hashlib.sha256()
    # this module's source, not ``__file__``: compiled (analysis/claims/native.py), that is the built library,
    # and the two ways of running would each throw away the other's index
    for part in (TABLE, paths.ROOT / "analysis" / "claims" / "places.py", Path(table_module.__file__)):
        digest.update(part.read_bytes())
    return INDEX_CACHE / f"gazetteer-{digest.hexdigest()[:16]}.json"


def _cached_gazetteer() -> Gazetteer:
    """The gazetteer from its cached index when one matches the table and this code, else built (and its
    index written for the next process; a folder that cannot be written only means no cache)."""
    import json

    from analysis.atomic import write_text
    from analysis.claims.gazetteer import read_table

    cache = _index_cache_file()
    try:
        return Gazetteer.from_state(json.loads(cache.read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError, TypeError):
        pass  # no cache, or one that is not ours: build
    built = Gazetteer(read_table(TABLE))
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        write_text(cache, json.dumps(built.state(), separators=(",", ":")))
        for old in cache.parent.glob("gazetteer-*.json"):
            if old != cache:
                old.unlink(missing_ok=True)  # built from another table or code: never read again
    except OSError:
        pass
    return built


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer | None:
    """The committed gazetteer, read once; None when the table is missing or unreadable, said in a warning
    (every figure then goes without a country, which nobody should find out from the ledger alone)."""
    try:
        return _cached_gazetteer()
    except (OSError, KeyError, ValueError) as exc:
        warnings.warn(f"{paths.relative(TABLE)}: the place gazetteer could not be read ({type(exc).__name__}: "
                      f"{exc}); places are read without it, with no country", RuntimeWarning, stacklevel=2)
        return None


def _loaded() -> Gazetteer:
    """The gazetteer, for the steps that run only once it has been found readable."""
    g = gazetteer()
    if g is None:
        raise RuntimeError("the gazetteer table is missing or unreadable")
    return g


#: Places people cross into that the gazetteer does not hold as countries (no ISO 3166 code, or a territory).
_COUNTRY_EXTRAS: Final = {"kosovo", "gaza", "west bank"}


def _bare(name: str) -> str:
    """A name as written without a leading article ("the DRC": "DRC")."""
    return name.removeprefix("the ").removeprefix("The ")


def _kinds(g: Gazetteer, bare: str, acronyms: bool) -> set[int]:
    """The kinds of what the gazetteer holds under ``bare`` (and, with ``acronyms``, under it as an acronym)."""
    codes = g.lookup(key(bare)) + (g.acronyms.get(bare, ()) if acronyms else ())
    return {g.kind[c >> 2] for c in codes}


def is_country(name: str) -> bool:
    """Whether ``name`` (as written: "Chad", "the DRC", "Democratic Republic of the Congo") names a country."""
    g = gazetteer()
    bare = _bare(name)
    if key(bare) in _COUNTRY_EXTRAS:
        return True
    return g is not None and _COUNTRY in _kinds(g, bare, acronyms=True)


def is_subdivision(name: str) -> bool:
    """Whether ``name`` (as written: "Mizoram", "Lomami") names a first-level subdivision of a country and
    nothing the gazetteer holds as a country."""
    g = gazetteer()
    if g is None:
        return False
    kinds = _kinds(g, _bare(name), acronyms=False)
    return _ADMIN1 in kinds and _COUNTRY not in kinds


class Mention(NamedTuple):
    """A gazetteer name in a text: its span, the codes of what it may name and its number of words."""

    start: int
    end: int
    codes: tuple[int, ...]
    words: int


#: ``Mention`` from a tuple, without the NamedTuple's ``__new__`` (a Python call: mentions are many).
_mention = partial(tuple.__new__, Mention)

_TAIL: Final = r"(?:\.(?:[A-Z]\.)+|[\w'\u2019\u2018\u02bb]*(?:-[^\W_][\w'\u2019\u2018\u02bb]*)*)"
# the articles and small words are grouped by first letter (alternation.by_first_char: the same matches, tried
# in the same order), so the engine tests a few letters, not forty words, after each word of a run
_NAME_ARTICLES: Final = "al|el|ad|ag|ar|as|an|ash|az|ed|ez|at".split("|")
_SMALL_WORDS: Final = ("of|the|de|del|da|do|dos|das|la|le|les|du|des|al|el|ad|ag|ar|as|an|ash|az|ed|ez|at|and|en|sur|wa|"
                       "y|e|di|bin|ibn|ben|abu|bani|beni").split("|")
_NAME_WORD: Final = rf"(?:(?:{by_first_char(_NAME_ARTICLES)}-)?[A-Z\u00c0-\u00de]{_TAIL})"
_MORE: Final = rf"(?:[ -](?:{by_first_char(_SMALL_WORDS)}[ -])*{_NAME_WORD})*"
#: A run of capitalised words, with the small words names have inside ("Democratic Republic of the Congo").
_RUN: Final = re.compile(
    # one character class first (checked against the character before it afterwards) lets the engine skip
    # quickly to candidates: a capital, or "a"/"e" of a lower-case article ("al-Hol", "el-Fasher")
    r"[A-Z\u00c0-\u00deae](?<![\w'\u2019.-].)"
    r"(?:(?<=[ae])(?:l|d|g|r|sh|s|z|n|t)-[A-Z\u00c0-\u00de]|(?<![ae])"
    # common words that begin sentences are passed over at once
    r"(?!(?:(?<=T)he|(?<=I)[nft]|(?<=H)(?:e|is|er)|(?<=O)(?:n|f|ur)|(?<=A)[snt]?|(?<=B)(?:y|ut)|(?<=S)(?:he|o)|"
    r"(?<=W)e|(?<=N)o|(?<=F)or|(?<=M)[rs]|(?<=D)r|(?<=T)his|(?<=T)hey)\b))"
    rf"{_TAIL}{_MORE}"
)
#: A word of a run: hyphens split words, as in the gazetteer's keys ("Al-Hol" is "al hol").
_RUN_WORD: Final = re.compile(r"(?:[A-Z]\.){2,}|[^\W_][\w'\u2019\u2018\u02bb]*")
_ARTICLE_WORDS: Final = {"al", "el", "ag", "ad", "ar", "ash", "az", "ed", "ez", "adh", "ath"}
_HYPHEN_ARTICLES: Final = _ARTICLE_WORDS | {"as", "an", "at", "en", "es", "et", "er", "ul", "ur", "us"}


@lru_cache(maxsize=1 << 16)
def _word_key(word: str) -> str:
    return key(word)


def _longest(keys: list[str], i: int, g: Gazetteer) -> tuple[int, str]:
    """(index of the last word, key) of the longest name starting at word ``i``; (-1, "") when none.
    A possessive ends a name: "Syria's" is looked up as "syria"."""
    index, prefixes = g.index, g.prefixes
    best = (-1, "")
    phrase, j, n = keys[i], i, len(keys)
    while True:
        if phrase in index:
            best = (j, phrase)
        elif phrase.endswith("'s") and phrase[:-2] in index:
            return j, phrase[:-2]
        if j + 1 >= n or phrase not in prefixes:
            return best
        j += 1
        phrase = f"{phrase} {keys[j]}"


def mentions(text: str, g: Gazetteer) -> list[Mention]:
    """Every gazetteer name in ``text``, longest first at each place, not overlapping, in text order.

    A name starts with a capital (or an Arabic article before one: "al-Qusayr")
    and does not run over punctuation; a possessive "'s" ends it ("Syria's").
    A name written with an Arabic article is also looked up without it.
    """
    out: list[Mention] = []
    for run in _RUN.finditer(text):
        names = _run_names(run.group())
        if names:  # most runs name nothing ("Observatory", "Monday")
            base = run.start()
            for start, end, codes, words in names:
                out.append(_mention((base + start, base + end, codes, words)))
    return out


def _after_article(keys: list[str], i: int) -> bool:
    """Whether the hyphen before word ``i`` follows an article ("al-Hol"), so a name may start after it."""
    return keys[i - 1] in _HYPHEN_ARTICLES


@lru_cache(maxsize=1 << 14)
def _run_names(whole: str) -> tuple[tuple[int, int, tuple[int, ...], int], ...]:
    """The names in one run of capitalised words, as (start, end, codes, words); cached, as runs repeat
    ("Syrian Observatory for Human Rights")."""
    g = _loaded()
    index, prefixes, lookup = g.index, g.prefixes, g.lookup
    if whole in g.acronyms:
        return ((0, len(whole), g.acronyms[whole], 1),)
    if " " not in whole and "-" not in whole:
        # one word (most runs): a dictionary look-up
        k = _word_key(whole)
        if k in index:
            return ((0, len(whole), lookup(k), 1),) if k not in _NEVER else ()
        if k.endswith("'s") and k[:-2] in index and k[:-2] not in _NEVER:
            return ((0, len(whole) - 2, lookup(k[:-2]), 1),)
        if k.endswith("s") and k[:-1] in index:
            # a possessive written without its apostrophe ("Syrias war"): a country's name only
            codes = tuple(c for c in lookup(k[:-1]) if g.kind[c >> 2] == _COUNTRY)
            if codes:
                return ((0, len(whole) - 1, codes, 1),)
        return ()
    out = []
    words = list(_RUN_WORD.finditer(whole))
    keys = [_word_key(m.group()) for m in words]
    i, n = 0, len(keys)
    while i < n:
        k = keys[i]
        if words[i].group() in g.acronyms:
            out.append((words[i].start(), words[i].end(), g.acronyms[words[i].group()], 1))
            i += 1
            continue
        hyphen_article = k in _HYPHEN_ARTICLES and whole[words[i].end():words[i].end() + 1] == "-"
        if not (k in index or k in prefixes or k.endswith("'s")) or not (words[i].group()[0].isupper()
                                                                          or hyphen_article):
            i += 1
            continue
        j, phrase = _longest(keys, i, g)
        bare = ""
        if i + 1 < n and (k in _ARTICLE_WORDS or hyphen_article):
            # "Al-Hol", "Al Hol", "El Fasher": also the name without its article
            bj, bare = _longest(keys, i + 1, g)
            if bj > j:
                j, phrase = bj, ""
            elif bj < j:
                bare = ""
        if j < 0 or (phrase or bare) in _NEVER:
            i += 1
            continue
        codes = lookup(phrase) if phrase else ()
        if bare:
            codes = codes + tuple(c for c in lookup(bare) if all(c >> 2 != o >> 2 for o in codes))
        end = words[j].end()
        if whole[end:end + 1] == "-" or (i and whole[words[i].start() - 1] == "-" and not _after_article(keys, i)):
            i += 1  # a piece of a hyphenated word ("Salah" of "Salah-Eddin") is no name
            continue
        if whole[end - 2:end] in ("'s", "\u2019s") and not (phrase or bare).endswith("'s"):
            end -= 2
        # words of the name, its article not counted: "al-Numan" is a one-word name
        out.append((words[i].start(), end, codes, j - i + (0 if k in _HYPHEN_ARTICLES and j > i else 1)))
        i = j + 1
    return tuple(out)


# --------------------------------------------------------------------------
# Article context: does the article name a country?
# --------------------------------------------------------------------------

def country_weight(body: str, iso3: str) -> int:
    """How strongly ``body`` names ``iso3``: how many of its names and demonyms it writes as whole words
    (at most 3), else how many of its admin-1 areas (at most 3); 0 when none.

    Asked only for the few countries a name may lie in, so an article is never
    scanned as a whole: a substring search per name, then a check of the
    characters around a hit.
    """
    return national_weight(body, iso3) or regional_weight(body, iso3)


@lru_cache(maxsize=512)
def national_weight(body: str, iso3: str) -> int:
    """How many of ``iso3``'s names and demonyms ``body`` writes as whole words (at most 3)."""
    return _weight(body, _names_pattern(iso3, True))


@lru_cache(maxsize=512)
def regional_weight(body: str, iso3: str) -> int:
    """How many of ``iso3``'s admin-1 areas ``body`` names as whole words (at most 3)."""
    return _weight(body, _names_pattern(iso3, False))


class _Names(NamedTuple):
    """A country's names as one pattern of whole words, and the fewest of them that any match contains."""

    pattern: re.Pattern
    cover: tuple[str, ...]  # empty: the pattern is run without this test


def _weight(body: str, names: _Names | None) -> int:
    # Most articles name few of the countries asked about. A match of the pattern is one of the names
    # written in ``body``, and every name contains one of ``cover``: when ``body`` holds none of those,
    # the pattern finds nothing either (exact). A substring search is a fast pass over the body, worth
    # it for a few names only (a pass of the pattern costs about as much as ten).
    if names is None or not body or (names.cover and not any(c in body for c in names.cover)):
        return 0
    return _found(body, names.pattern)


@lru_cache(maxsize=1024)
def _names_pattern(iso3: str, national: bool) -> _Names | None:
    """One pattern of a country's names and demonyms (``national``) or of its admin-1 areas, as whole words."""
    g = gazetteer()
    names = sorted(set((g.national if national else g.regional).get(iso3, ())), key=len, reverse=True) if g else []
    names = [n for n in names if n[0].isascii() and n[0].isalnum()]
    if not names:
        return None
    # the names that hold no shorter name ("Syria", not "Syrian" nor "Syrian Arab Republic")
    cover = tuple(n for n in names if not any(o != n and o in n for o in names))
    if not 2 <= len(cover) <= 5:
        cover = ()  # one name: the pattern is as fast; many: the pattern is faster
    # grouped by first character, the word boundary checked after it: the engine skips to candidates
    return _Names(re.compile(by_first_char([re.escape(n) for n in names], not_after=r"\w") + r"(?!\w)"), cover)


def _found(body: str, pattern: re.Pattern, most: int = 3) -> int:
    seen: set[str] = set()
    for m in pattern.finditer(body):
        seen.add(m.group())
        if len(seen) >= most:
            break
    return len(seen)


# --------------------------------------------------------------------------
# Resolving a mention: its country and admin-1
# --------------------------------------------------------------------------

def _rank(g: Gazetteer, code: int) -> int:
    """Lower is stronger: a country's or area's own name, then alternate spellings, then cities."""
    return _KIND_RANK[g.kind[code >> 2]] + (0 if code & 2 else 1)


#: :func:`_rank` of each kind's own name, by kind (country, demonym, admin1, admin2, city)
_KIND_RANK: Final = (0, 1, 1, 3, 3)


def _admin1_of(g: Gazetteer, codes: list[int]) -> str:
    names = {g.admin1[c >> 2] for c in codes if g.kind[c >> 2] != _COUNTRY} - {""}
    if any(g.kind[c >> 2] == _COUNTRY for c in codes):
        return ""
    return names.pop() if len(names) == 1 else ""


class _Reading(NamedTuple):
    """What a mention's readings in one country say, whatever the article (cached per codes)."""

    iso3: str
    plain: bool  # one of its names is written without an Arabic article
    rank: int  # :func:`_rank` of its strongest reading
    admin1: str  # the admin-1 area of its strongest readings ("" when none or several)


@lru_cache(maxsize=1 << 13)
def _readings(codes: tuple[int, ...]) -> tuple[_Reading, ...]:
    """The readings of ``codes`` by country, in the order the countries first appear."""
    g = _loaded()
    by_country: dict[str, list[int]] = {}
    for c in codes:
        by_country.setdefault(g.iso3[c >> 2], []).append(c)
    out = []
    for iso, cs in by_country.items():
        top = min(_rank(g, c) for c in cs)
        out.append(_Reading(iso, any(c & 1 == 0 for c in cs), top,
                            _admin1_of(g, [c for c in cs if _rank(g, c) <= top + 1])))
    return tuple(out)


def resolve(g: Gazetteer, codes: tuple[int, ...], weight, has_article: bool = False) -> tuple[str, str]:
    """(ISO3, admin-1) of a mention from what it may name and ``weight(iso3)``, how much the article
    names each country; "" where unsure. (``g`` is the gazetteer :func:`_readings` reads.)"""
    readings = _readings(codes)
    if len(readings) > 1 and has_article:
        # "El Salvador" names the country written with its article before a city "Salvador"
        with_article = [r for r in readings if r.plain]
        if len(with_article) == 1:
            readings = tuple(with_article)
    if len(readings) > 1:
        named = {r: w for r in readings if (w := weight(r.iso3))}
        if named:
            top = max(named.values())
            best = [r for r, n in named.items() if n == top]
        else:
            top = min(r.rank for r in readings)
            best = [r for r in readings if r.rank == top]
            if len(best) == 1 and sorted(r.rank for r in readings)[1] - top < 2:
                return "", ""
        if len(best) != 1:
            return "", ""
        chosen = best[0]
    else:
        chosen = readings[0]
    return chosen.iso3, chosen.admin1


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


#: ``Place`` and ``Nationality`` from a tuple, without the NamedTuple's ``__new__`` (a Python call).
_place = partial(tuple.__new__, Place)
_nationality = partial(tuple.__new__, Nationality)


_OLD_PLACE: Final = re.compile(
    # in|near|around|across|outside|at|throughout|inside (capitalised too, but not "At": "In Sarmin, ..."),
    # written to begin with a character class (faster)
    r"[inaotINAOT](?<![\w'\u2019-].)(?:(?<=[iI])(?:n|nside)|(?<=[nN])ear|(?<=[aA])(?:round|cross)|(?<=a)t|"
    r"(?<=[oO])utside|(?<=[tT])hroughout)\s+"
    r"(?:(?:the|a)\s+)?(?:(?:[a-z]+(?:ern)?\s+)?(?:town|city|village|villages|province|governorate|region|area|"
    r"district|countryside|suburbs?|neighbou?rhood|camp|outskirts|capital|port|enclave|"
    r"(?:rebel|opposition|government|regime)[\s-]held\s+\w+)\s+of\s+)?"
    r"(?:(?:northern|southern|eastern|western|central|north|south|east|west|rural)\s+)?"
    r"(?P<place>[A-Z][\w'\u2019-]+(?:\s+(?:al-|el-|ad-|ar-|as-|ash-|az-|ez-|ed-|an-)?[A-Z][\w'\u2019-]+){0,3}"
    r"|(?:al|el|ad|ar|as|ash|az|ez|ed|an)-[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2})"
)
#: Words that end a capitalised phrase after "in": the phrase is not a place when only these remain.
_NOT_PLACE_WORDS: Final = _NEVER | {
    "the", "a", "an", "this", "that", "his", "her", "their", "our", "its", "i", "he", "she", "they", "we", "it",
    "addition", "total", "response", "order", "fact", "part", "recent", "spite", "light", "support", "line",
    "favour", "favor", "case", "front", "charge", "return", "exchange", "protest", "retaliation", "power",
    "control", "one", "two", "all", "some", "many", "most", "both", "each", "statement", "tv", "is", "al", "rebel",
    "rebel-held", "opposition", "islamic", "us", "u.s.", "u.n.", "according", "view", "memory", "honour", "honor",
}


#: A name that says it is a place by the word after it, wherever it stands: "Tawila locality alone received",
#: "left Nasir town", "to Zahraa town", "into Kiri camp". The area word is lower case ("Islamic State" is no
#: place); without it a capitalised phrase is as often an outlet or an office ("told Reuters"). The area word
#: is found first (a word is quicker to find than every capital), then the name in the few words before it
#: (tests/test_places_speed.py holds this to one pattern with the area word in a lookahead).
_AREA_NAME_WORDS: Final = r"[A-Z][\w'\u2019-]+(?:\s+(?:(?:al|el|ad|ar|as|ash|az|ed|en)-)?[A-Z][\w'\u2019-]+){0,2}"
_AREA_AFTER: Final = re.compile(rf"\s{by_first_char(split_top(_NAMED_AREA_WORDS))}\b")
_NAME_BEFORE: Final = re.compile(rf"(?<![\w'\u2019-])(?P<place>{_AREA_NAME_WORDS})\s*$")
#: Ends of a word that says who holds or lives in a place rather than naming it.
_HELD_ENDS: Final = ("-controlled", "-held", "-run", "-backed", "-led", "-majority", "-populated", "-dominated", "-besieged")
#: Words before a name that say who holds or lives in it: "Kurdish-majority Sheikh Maqsud district".
_HELD_BY: Final = re.compile(r"[\w'\u2019]+(?:" + "|".join(_HELD_ENDS) + r")\s+")
#: First words of a phrase before an area word that describe the area rather than name it.
_AREA_MODIFIERS: Final = {
    "every", "each", "another", "local", "nearby", "neighbouring", "neighboring", "host", "border", "rural",
    "urban", "entire", "whole", "remote", "same", "new", "old", "main", "largest", "biggest", "refugee",
    "displacement", "transit", "reception", "government", "rebel", "army", "military", "makeshift", "informal",
    "spontaneous", "collective", "which", "what", "whose", "one", "no", "any", "that", "this", "these", "those",
    "several", "many", "most", "some", "all", "both", "other", "nearest", "small", "large", "besieged", "frontline",
    "front-line", "coastal", "northern", "southern", "eastern", "western", "central", "capital", "home", "native",
}


def _named_areas(sentence: str) -> list[re.Match]:
    """The capitalised names a lower-case area word follows, each found back from its area word (group 1)."""
    out = []
    for area in _AREA_AFTER.finditer(sentence):
        m = _NAME_BEFORE.search(sentence, max(0, area.start() - 120), area.start() + 1)
        if m:
            out.append(m)
    return out


def _unknown_places(sentence: str, g: Gazetteer | None, taken: Sequence[tuple[int, int]] = ()
                    ) -> list[tuple[int, int]]:
    """Spans of capitalised phrases after in/near/around/... (places the gazetteer may not know), and of
    those a word such as "town" or "camp" follows, except those that begin inside a ``taken`` span."""
    out = []
    matches = list(_OLD_PLACE.finditer(sentence))
    named = [m for m in _named_areas(sentence) if m.group(1).split(None, 1)[0].lower() not in _AREA_MODIFIERS]
    if named and _headline(sentence):
        named = []
    if named:
        seen = {m.start(1) for m in matches}
        matches = sorted(matches + [m for m in named if m.start(1) not in seen], key=lambda m: m.start(1))
    for m in matches:
        start, end = m.span(1)  # the place
        if taken and any(s <= start < e for s, e in taken):
            continue
        if m.re is _OLD_PLACE and sentence[m.start()].isupper() and sentence[:m.start()].rstrip()[-1:].isalnum():
            continue  # "In Sarmin, ..." opens a sentence or clause; "Militants Near Syrias Town" is title case
        if m.re is _NAME_BEFORE:
            held = _HELD_BY.match(sentence, start, end)
            if held:
                start = held.end()
        span = _phrase_place(sentence[start:end], g is not None)
        if span is not None and (m.re is not _NAME_BEFORE or start + span[1] == end):
            # (a name before an area word is a place only if the word stands right after what is kept of it:
            # "Also Monday Syrian state media" keeps "Also", which the area word says nothing of)
            out.append((start + span[0], start + span[1]))
    return out


@lru_cache(maxsize=1 << 12)
def _phrase_place(phrase: str, known: bool) -> tuple[int, int] | None:
    """The span of the place in a capitalised phrase after "in"/"near"/..., words that are no place cut
    from its ends; None when it names none. Cached (phrases repeat: "Eastern Ghouta"); the phrase alone
    decides, as its words are found within it. ``known``: the gazetteer says what is a demonym."""
    g = gazetteer() if known else None
    words = list(_NONSPACE.finditer(phrase))
    while words and (_word_key(words[0].group()) in _NOT_PLACE_WORDS or _is_demonym(g, words[0].group())):
        if len(words) > 1 and words[0].group() in _CAPITAL_ARTICLES:
            break  # "Al Hol", "El Geneina": the article begins the name
        words = words[1:]
    while words and (_word_key(words[-1].group().rstrip("'\u2019")) in _NOT_PLACE_WORDS
                     or _is_demonym(g, words[-1].group())):
        words = words[:-1]
    if not words or (len(words) == 1 and words[0].group().isupper()) \
            or words[0].group().lower().endswith(_HELD_ENDS):
        return None  # an acronym ("DCIM") or "Government-controlled" is no place
    s, e = words[0].start(), words[-1].end()
    text = phrase[s:e].rstrip("'\u2019")
    if text.endswith(("'s", "\u2019s")):
        text = text[:-2]
    return s, s + len(text)


_NONSPACE: Final = re.compile(r"\S+")
_CAPITAL_ARTICLES: Final = {"Al", "El", "Ad", "Ar", "As", "Ash", "Az", "Ed", "Ez"}


#: A word of four letters or more, its capital captured ("" when it has none): one pass counts both.
_LONG_WORD: Final = re.compile(r"\b(?:([A-Z])|[a-z])[a-z]{3,}")


def _headline(sentence: str) -> bool:
    """A sentence in title case ("Five Civilians Killed in Terrorist Rocket Attacks"): its capitals say nothing."""
    capitals = _LONG_WORD.findall(sentence)
    return len(capitals) >= 4 and len(capitals) - capitals.count("") >= 0.7 * len(capitals)


def country_code(name: str) -> str:
    """The ISO3 code of the one country ``name`` names ("Turkey", "the DRC", "Ivory Coast"), else ""."""
    g = gazetteer()
    if g is None or not name:
        return ""
    bare = name.removeprefix("the ").removeprefix("The ")
    codes = g.lookup(key(bare)) + g.acronyms.get(bare, ())
    found = {g.iso3[c >> 2] for c in codes if g.kind[c >> 2] == _COUNTRY}
    return found.pop() if len(found) == 1 else ""


def demonym_country(word: str) -> str:
    """The ISO3 code of the one country whose people ``word`` names ("Syrians", "Sudanese"), else ""."""
    g = gazetteer()
    if g is None or not word:
        return ""
    codes = g.lookup(_word_key(word))
    found = {g.iso3[c >> 2] for c in codes if g.kind[c >> 2] == _DEMONYM}
    return found.pop() if len(found) == 1 and len(codes) == 1 else ""


def _is_demonym(g: Gazetteer | None, word: str) -> bool:
    if g is None:
        return False
    codes = g.lookup(_word_key(word))
    return bool(codes) and all(g.kind[c >> 2] == _DEMONYM for c in codes)


#: The last two letters of every direction ("th" of "north", "rn" of "eastern"), for a quick test in :func:`_extend`.
_DIRECTION_ENDS: Final = frozenset(d[-2:] for d in _DIRECTIONS)


def _extend(sentence: str, start: int, end: int) -> tuple[int, int]:
    """The span with a direction before it and an area word after it."""
    # the direction is a word before, then a space. Most words there end in no direction's last two letters
    # ("in", "the", "of") and are passed over at once. Exact: unless a space comes before that one, the two
    # characters before it end the word, and a word that lower-cases to a direction (ASCII, four letters or
    # more) ends in two that lower-case to one of those
    tail = sentence[start - 3:start - 1] if start >= 3 else " "
    if start and sentence[start - 1] == " " and (tail.lower() in _DIRECTION_ENDS or tail[-1].isspace()):
        before = sentence[max(0, start - 16):start]
        word = before.rstrip().rsplit(None, 1)[-1] if before.strip() else ""
        if word.lower() in _DIRECTIONS:
            start -= len(before) - len(before.rstrip()) + len(word)
    a = _AREA_WORD.match(sentence, end)
    if a:
        end = a.end()
    return start, end


class _Profile(NamedTuple):
    """What a mention's codes say before the article is consulted (cached per codes)."""

    demonym: str | None  # a demonym only: its country ("" if several); None otherwise
    codes: tuple[int, ...]  # the readings kept: the country's if it names one, else all but demonyms
    country: bool  # it names a country
    small: bool  # towns and admin-2 areas only
    countries: tuple[str, ...]  # the countries of the readings kept
    big: tuple[str, ...]  # the countries where it names a town of 100,000 people or more
    fixed: tuple[str, str] | None  # (ISO3, admin-1) of a name of one country that is no town


@lru_cache(maxsize=1 << 13)
def _profile(codes: tuple[int, ...]) -> _Profile:
    g = _loaded()
    kinds = {g.kind[c >> 2] for c in codes}
    demonym = None
    if _DEMONYM in kinds and _COUNTRY not in kinds:
        peoples_of = {g.iso3[c >> 2] for c in codes if g.kind[c >> 2] == _DEMONYM}
        demonym = peoples_of.pop() if len(peoples_of) == 1 else ""
        if kinds == {_DEMONYM}:
            return _Profile(demonym, (), False, False, (), (), None)
    if _COUNTRY in kinds:
        codes = tuple(c for c in codes if g.kind[c >> 2] == _COUNTRY)
    else:
        codes = tuple(c for c in codes if g.kind[c >> 2] != _DEMONYM)
    kinds = {g.kind[c >> 2] for c in codes}
    countries = tuple(sorted({g.iso3[c >> 2] for c in codes}))
    small = kinds <= {_ADMIN2, _CITY}
    big = tuple(sorted({g.iso3[c >> 2] for c in codes if g.population[c >> 2] >= 100_000}))
    fixed = resolve(g, codes, lambda iso3: 0) if len(countries) == 1 and not small else None
    return _Profile(demonym, codes, _COUNTRY in kinds, small, countries, big, fixed)


@lru_cache(maxsize=256)
def sentence_places(sentence: str, body: str | None = None) -> tuple[tuple[Place, ...], tuple[Nationality, ...]]:
    """The places and demonyms of ``sentence``; ``body`` (the whole article) says which countries it names.

    Cached: a sentence often holds several figures (the strings' hashes are cached by Python, so a long
    body costs nothing to look up again)."""
    g = gazetteer()
    if g is None:
        return tuple(Place(s, e, sentence[s:e], "", "") for s, e in _unknown_places(sentence, None)), ()
    found = mentions(sentence, g)

    text = body or sentence
    weight = partial(country_weight, text)  # its two parts are cached per (body, country)

    places: list[Place] = []
    peoples: list[Nationality] = []
    pieces: set[int] = set()  # starts of one-word towns, which may be the first word of a longer name
    countries_at: set[int] = set()  # starts of places that are countries
    last = len(found) - 1
    for k, (start, end, codes, words) in enumerate(found):
        p = _profile(codes)
        if end - start > 3 and sentence[start:end].isupper():
            continue  # a dateline or a heading in capitals ("NEW YORK (UN News) -")
        if p.demonym is not None and not (p.codes and _AREA_WORD.match(sentence, end)):
            peoples.append(_nationality((start, end, p.demonym)))  # "Somali" is a people; "Somali region" a place
            continue
        if p.country and _ACTOR.match(sentence, end):
            continue  # "US-led strikes", "Turkey's army" name who acted, not where
        if _NAMED_BUILDING.match(sentence, end):
            continue  # "the Hajjah Hospital in Ain Tarma": a building's name; the place is the one after "in"
        if p.country and k < last and sentence.startswith(("'s ", "\u2019s "), end) \
                and found[k + 1].start == end + 3:
            continue  # "Russia's Belgorod region": the place is Belgorod
        if p.small:
            # a town of one word needs a cue or 100,000 people; a town's country is the one the article
            # names (a town of a million people in one country only needs no such help)
            if words == 1:
                if not _cued(sentence, start) and not any(weight(c) for c in p.big):
                    continue
                pieces.add(start)
            named = [c for c in p.countries if weight(c)]  # each has readings in p.codes
            if named:
                country, admin1 = resolve(g, tuple(c for c in p.codes if g.iso3[c >> 2] in named), weight)
            else:
                country, admin1 = "", ""
        elif p.fixed is not None:
            country, admin1 = p.fixed
            if not p.country and not (national_weight(text, country) or regional_weight(text, country) >= 2):
                # an admin-1 area of a country the article never names, with no "in" before it nor "province"
                # after it: a word that is no place ("Aden" as a name in a Somali text)
                if words == 1 and not _cued(sentence, start) and not _ADMIN_WORD.match(sentence, end):
                    continue
        else:
            country, admin1 = resolve(g, p.codes, weight, bool(_ARTICLE.match(sentence, start)))
        if country and not p.country and _QUARTER.match(sentence, end) and not national_weight(text, country):
            # "the Sulaymaniyah neighbourhood of Aleppo" in an article that never names Iraq: a quarter named
            # after a place, not in it
            country, admin1 = "", ""
        s, e = _extend(sentence, start, end)
        if p.country:
            countries_at.add(s)
        places.append(_place((s, e, sentence[s:e], country, admin1)))
    # "Jenin and Tulkarm": two places of one country joined by "and" are one
    if len(places) < 2:
        merged = places
    else:
        merged = []
        for place in places:
            before = merged[-1] if merged else None
            if before is not None and before.country and before.country == place.country \
                    and _AND.match(sentence[before.end:place.start]):
                # "Kharkiv, Ukraine" keeps the city's area; "Sumy and Kharkiv" has one only if both share it
                areas = {before.admin1, place.admin1} - {""} if "," in sentence[before.end:place.start] \
                    else {before.admin1, place.admin1}
                end = _extend(sentence, before.start, place.end)[1] if _AREA_WORD.match(sentence, place.end) is None \
                    else place.end
                merged[-1] = Place(before.start, end, sentence[before.start:end], place.country,
                                   areas.pop() if len(areas) == 1 else "")
            else:
                merged.append(place)
    # capitalised phrases after "in"/"near" the gazetteer does not know: places with no country; one
    # that holds a shorter known name ("Khan Tuman" holding "Khan") replaces it, a piece of a name is no place
    taken = [(p.start, p.end) for p in merged if p.start not in pieces]
    # a title-case headline gives none; asked only before the first change, as it skips them all (its
    # scan of the sentence is saved when no unknown place would change anything)
    headline = None
    for s, e in _unknown_places(sentence, g, taken):
        s, e = _extend(sentence, s, e)
        if peoples and any(n.start < e and s < n.end for n in peoples):
            continue
        replaced = None
        if merged:
            inside = [p for p in merged if s <= p.start and p.end <= e]
            if len(inside) == 1 and inside[0].start in pieces and inside[0].end - inside[0].start < e - s \
                    and not any(s <= m.start < e and not inside[0].start <= m.start < inside[0].end for m in found):
                replaced = inside[0]  # the piece of a name it holds
            elif any(p.start < e and s < p.end for p in merged):
                continue
        if headline is None:
            headline = _headline(sentence)
        if headline:
            break
        if replaced is not None:
            merged.remove(replaced)
        merged.append(_place((s, e, sentence[s:e], "", "")))
    if len(merged) > 1:
        merged.sort()
    # a country gives way to a place in it the same sentence names ("Colombia: 80 were killed in Catatumbo")
    if countries_at:
        inner = {p.country for p in merged if p.start not in countries_at}
        if inner:
            merged = [p for p in merged if p.start not in countries_at or p.country not in inner]
    return tuple(merged), tuple(peoples)


#: "from" right before a place: where people came from ("crossed from Sudan into Chad").
_FROM_BEFORE: Final = re.compile(r"\bfrom\s+(?:the\s+)?$", re.I)
#: A place people went to: "to", "into", "towards", "in" right before it.
_TO_BEFORE: Final = re.compile(r"\b(?:to|into|towards|in)\s+(?:the\s+)?$", re.I)
#: What ends the figure's clause, looking for where its people went.
_CLAUSE_STOP: Final = re.compile(r"[.;:]|\d|,\s+(?:and|but|while)\b")


def _destination(sentence: str, places: tuple[Place, ...], chosen: Place, start: int, end: int) -> Place:
    """The place people went to, when ``chosen`` is where they came from: "12,000 crossed from Sudan into
    Chad" is about Chad; "98,000 were displaced from Afrin: 75,000 to Tall Refaat" puts the 75,000 in Tall
    Refaat. Only a place after both ``chosen`` and the figure (``start:end``), in the figure's clause and
    right after to/into/towards/in, replaces it; else ``chosen`` stands. A place in an earlier clause is
    replaced the same way: "638,000 are displaced in the South-West, and some 87,000 have sought refuge in
    Nigeria" puts the 87,000 in Nigeria."""
    if not _FROM_BEFORE.search(sentence, max(0, chosen.start - 12), chosen.start) and not (
            chosen.end <= start and _CLAUSE_STOP.search(sentence, chosen.end, start)):
        return chosen
    after = max(chosen.end, end)
    stop = _CLAUSE_STOP.search(sentence, after)
    limit = stop.start() if stop else len(sentence)
    for p in places:
        if after <= p.start < limit \
                and _TO_BEFORE.search(sentence, max(0, p.start - 14), p.start):
            return p
    return chosen


#: What may follow a list item's figure: its noun and the item's end ("620,000,", "792 families", "230 HH)"),
#: not a verb ("Sudan: 40 people were killed in El Fasher" is a sentence under a label of the text).
_ITEM_CLOSE: Final = re.compile(r"[ \t]*(?:[\w.]+[ \t]*){0,2}(?:[,;)|\n]|\.?[ \t]*$|and\b)")
#: The marks that may part a list item's label from its figure.
_LABEL_MARKS: Final = ":-\u2013\u2014(|"
#: What may stand between a list item's label and its figure: "Chad 486,000", "Sinuni: 792", "Doma (230 HH)".
_LABEL_GAP: Final = re.compile(r"[ \t]*(?:[:\u2013\u2014|-][ \t]*|\([ \t]*)?")
#: Where a list item's label starts: a line, a bullet or dash, or a comma or semicolon between items.
_ITEM_OPEN: Final = re.compile(r"(?:^|[\n\u2022\u00b7*,;:(|]|\s[\u2013\u2014-])[ \t]*$")
#: A label the gazetteer may not know, at the start of a list line, before a colon, dash or parenthesis.
_UNKNOWN_LABEL: Final = re.compile(r"(?:^|(?<=\n))[ \t]*(?:[\u2022\u00b7*\u2013\u2014-][ \t]*)?"
                                   r"(?P<label>[A-Z\u00c0-\u00de][\w'\u2019.-]*(?:[ \t]+[\w'\u2019.-]+){0,3}?)"
                                   r"[ \t]*(?:[:\u2013\u2014-]|\()[ \t]*$")


#: Words of a label that counts rather than names a place: "Total:", "Children (12)", "New arrivals -".
_COUNTED_WORDS: Final = (lexicon.COUNT_NOUNS | set(lexicon.NOUN_METRIC) | lexicon.METRIC_ONLY_UNITS
                         | {"total", "totals", "other", "others", "new", "newly", "overall", "cumulative", "including"})


#: Lower-case words inside a place's name: "Mont de Marsan", "Sidi el Houari", "Sinjar centre".
_LOWER_IN_NAME: Final = {"de", "du", "des", "la", "le", "el", "al", "ad", "ar", "as", "ash", "az", "ed", "en", "es",
                         "of", "ul", "ur", "bin", "ibn", "bani", "beni", "wa", "y", "do", "da", "dos", "das", "centre",
                         "center", "downtown"}


def _place_before(sentence: str, places: tuple[Place, ...], start: int) -> Place | None:
    """The first of ``places`` that :data:`_LABEL_GAP` alone parts from ``start``: found by reading back from
    ``start`` (spaces, then maybe one separator and the spaces before it), not by trying each place."""
    k1 = start
    while k1 and sentence[k1 - 1] in " \t":
        k1 -= 1
    k2 = k1
    if k1 and sentence[k1 - 1] in _LABEL_MARKS:
        k2 = k1 - 1
        while k2 and sentence[k2 - 1] in " \t":
            k2 -= 1
    return next((p for p in places if p.end == k1 or p.end == k2), None)


def _label(sentence: str, places: tuple[Place, ...], start: int, end: int) -> Place | None:
    """The label of the list item a figure is the number of: a place right before it, at the start of a line
    or after a bullet, comma or semicolon ("Uganda 620,000, Kenya 310,000": Kenya's is 310,000, not the
    Uganda after it); else a capitalised name that begins the line before a colon, dash or parenthesis
    ("Sinuni: 792 families", "Doma (230 HH)"), when its words are not a count's ("Total:", "Children:"). Only
    where the item ends after the figure (``start:end``): "Sudan: 40 people were killed in El Fasher" is a
    sentence under a label of the text."""
    gap = sentence[max(0, start - 3):start].rstrip(" \t")
    labelled = bool(gap) and gap[-1] in _LABEL_MARKS
    known = _place_before(sentence, places, start)
    if (known is None and not labelled) or not _ITEM_CLOSE.match(sentence, end):
        return None  # the common case: nothing labels the figure
    if known is not None and _ITEM_OPEN.search(sentence, max(0, known.start - 3), known.start):
        return known
    if not labelled:
        return None  # no colon, dash or parenthesis right before the figure: no label of an unknown name
    line = max(sentence.rfind("\n", 0, start), 0)
    m = _UNKNOWN_LABEL.search(sentence, line, start)
    if m is None:
        return None
    label = m.group("label")
    words = label.split()
    first = _word_key(words[0])
    if (first in _NOT_PLACE_WORDS and not _ARTICLE.match(label)) or all(_word_key(w) in _NEVER for w in words) \
            or any(w.lower() in _COUNTED_WORDS and not _AREA_NAME.fullmatch(w.lower()) for w in words) \
            or any(w[0].islower() and not _AREA_NAME.fullmatch(w) and w not in _LOWER_IN_NAME for w in words):
        return None  # "Total:", "Children (12)", "Among the (224)": no name
    s, e = m.span("label")
    known = next((p for p in places if s <= p.start and p.end <= e), None)  # "Sinjar centre": in Sinjar's country
    return Place(s, e, label, known.country if known else "", known.admin1 if known else "")


#: What joins a place to the known place it lies in: "Salah Eddin neighbourhood | in | Aleppo city",
#: "Harfa village, | Quneitra", "the Zahraa district | of | Homs", "| Aleppo's | Zubdiya neighbourhood".
_IN_AFTER: Final = re.compile(r"(?:\s*,\s*|\s+(?:in|of|(?P<near>near|outside))\s+(?:the\s+)?(?:(?:[a-z]+ern|rural)\s+)?)")
_OWNER_BEFORE: Final = re.compile(r"['\u2019]s\s+")


def _within(sentence: str, places: tuple[Place, ...], p: Place) -> Place:
    """``p`` (a place with no country: a name the gazetteer does not know) with the country and admin-1 area
    of the known place the sentence says it lies in, right after it ("Salah Eddin neighbourhood in Aleppo
    city") or before it as its owner ("Aleppo's Zubdiya neighbourhood"); near or outside a known place, its
    country only; ``p`` itself when none is said."""
    for q in places:
        if not q.country:
            continue
        joined = _IN_AFTER.fullmatch(sentence, p.end, q.start) if q.start >= p.end else None
        if joined is not None or (q.end <= p.start and _OWNER_BEFORE.fullmatch(sentence, q.end, p.start)):
            # near or outside a place is in its country, not always in its area ("Ghouta near Damascus")
            return Place(p.start, p.end, p.text, q.country, "" if joined and joined.group("near") else q.admin1)
    return p


#: A figure right after a place: the place labels it ("North Kivu 287,000", "Goma: 30").
_FIGURE_SOON: Final = re.compile(r"[ \t]*[:\u2013\u2014-]?[ \t]*\d")


def nearest_place(places: tuple[Place, ...], pos: int) -> Place | None:
    """The place nearest ``pos``; one after it wins over one before it at 1.5 times the distance."""
    best, best_d = None, None
    for p in places:
        d = float(p.start - pos)
        d = d if d >= 0 else -d * 1.5
        if best_d is None or d < best_d:
            best, best_d = p, d
    return best


#: What lies between a place and its figure in a ranking: "Taiz with 131", "Unity State with about 40".
_WITH_FIGURE: Final = re.compile(r"(?:\s+(?:governorate|province|district|state|county|region|city))?\s+with\s+"
                                 r"(?:(?:about|some|nearly|over|around|almost)\s+)?")
#: What puts a place after a figure as the next of a ranking.
_NEXT_RANKED: Final = re.compile(r"\bfollowed\s+by\b")


def place_fields(body: str | None, sentence: str, start: int, end: int | None = None,
                 moved: bool = False) -> dict[str, str]:
    """``place``, ``place_country`` and ``place_admin1`` of the figure at ``start:end`` of ``sentence``.

    ``body`` is the article's text (the countries it names resolve names found
    in several countries, and towns); None to use the sentence alone. ``moved``:
    the figure counts people who moved, so a place they came from gives way to
    the place they went to (:func:`_destination`).
    """
    end = start if end is None else end
    places, peoples = sentence_places(sentence, body)
    tags = sentence.rfind("Tags ", 0, start)
    if tags >= 0 and (tags == 0 or not sentence[tags - 1].isalnum()):
        # a web page's tag list run into the text ("Tags Aleppo Syria Russia At least 12 were killed"):
        # the names between "Tags" and the figure are labels of the page, not where the figure happened
        places = tuple(p for p in places if not tags <= p.start < start)
    if (item := semicolon_item(sentence, start)) is not None:
        # "Northfield 12,400; Hill town 2,300": an item's place is in the item or nowhere
        places = tuple(p for p in places if item[0] <= p.start < item[1])
    if " with " in sentence[max(0, start - 28):start] \
            and (named := next((q for q in places if _WITH_FIGURE.fullmatch(sentence, q.end, start)), None)):
        p: Place | None = named  # "followed by Taiz with 131": the place the ranking names with the figure
    else:
        p = _label(sentence, places, start, end)
    if p is None and "followed by" in sentence:
        # "Hodeidah accounted for 214, followed by Taiz with 131": the next of a ranking is no place of the figure
        places = tuple(q for q in places if not (q.start >= end and _NEXT_RANKED.search(sentence, end, q.start)))
    if p is None:
        p = nearest_place(places, start)
        if p is not None and p.start >= end and (opened := sentence.rfind("(", end, p.start)) >= 0 \
                and ")" not in sentence[opened:p.start] and _FIGURE_SOON.match(sentence, p.end):
            # "412,000 IDPs (North Kivu 287,000 | Ituri 125,000)": the labels of its parts are not its place
            close = sentence.find(")", opened)
            close = len(sentence) if close < 0 else close
            p = nearest_place(tuple(q for q in places if not opened < q.start < close), start)
        if moved and p is not None:
            p = _destination(sentence, places, p, start, end)
    if p is not None:
        if not p.country:
            p = _within(sentence, places, p)
        return {"place": p.text, "place_country": p.country, "place_admin1": p.admin1}
    for n in peoples:
        if n.country and n.start >= start and (n.start < end or _PEOPLE_GAP.match(sentence[end:n.start])) \
                and not _ABROAD.match(sentence, n.end):
            return {"place": "", "place_country": n.country, "place_admin1": ""}
    return {"place": "", "place_country": "", "place_admin1": ""}


def place_near(sentence: str, pos: int) -> str:
    """The place named nearest to ``pos`` in ``sentence`` as written; "" when none is named."""
    return place_fields(None, sentence, pos)["place"]
