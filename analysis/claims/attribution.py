"""Who a figure is credited to: "according to X", "X said", "said X", quotes, report styles.

:class:`Attributor` reads an article's sentences on demand. A source is a
named organisation, person, office or outlet (or a description of one: "a
monitoring group", "local media reports"), never a function word, a place or
a clause fragment. The forms read:

* "according to X", "citing X", "as per X", "(source: X)", "X's figures show",
  "according to the latest figures from X", "data collected by X indicates",
  "cases documented by X" (a reporting verb in the passive with "by X");
* "X said / reported / recorded / verified / estimates / indicates / found",
  "said X", "X, a spokesman for Y, said", "the governor of P said";
* a headline's tail or head: "...: UNHCR", "UN: ...";
* a pronoun ("he said", "we have seen"), a bare quotation, or a definite
  description ("the agency", "the monitoring group", "the report") takes the
  last named speaker before it.

A sentence in the text's own voice has no source (""). Names are capped at
:data:`MAX_NAME_TOKENS` word tokens, so no passage of an article enters the ledger.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from analysis.claims.alternation import by_first_char, split_top

#: Longest attribution kept, in word tokens, so that no run of article text
#: long enough to be a passage enters the ledger.
MAX_NAME_TOKENS: Final = 10
_TOKEN: Final = re.compile(r"[A-Za-z0-9]+")

_SAY: Final = (
    r"said|says|say|reported|reports|report|told|tells|stated|states|announced|announces|added|adds|"
    r"confirmed|confirms|estimated|estimates|estimate|quoted|cited|documented|documents|recorded|records|counted|"
    r"wrote|tweeted|posted|noted|explained|warned|insisted|declared|revealed|indicated|indicates|indicate|"
    r"claimed|claims|put\s+the\s+(?:death\s+)?(?:toll|number|figure|count)|"
    r"puts\s+the\s+(?:death\s+)?(?:toll|number|figure|count)|reckons|believes|"
    r"shows|showed|show|suggests|suggested|found|finds|identified|identifies|identify|verified|verifies|"
    r"projected|projects|projecting|assessed|assesses|assess|fears|feared|registered|registers|tallied|listed|"
    r"logged|corroborated|anticipates|received\s+(?:reports|information|word|confirmation|figures)|seen|"
    r"counts|tracked|tracks|monitored"
)
_SAY_RE: Final = re.compile(rf"\b{by_first_char(split_top(_SAY))}\b")  # = \b(?:{_SAY})\b, faster (alternation.py)
#: :data:`_SAY_RE` after a character, for ASCII text: the verb (group 1) then starts at a word boundary
#: exactly when that character is not in [A-Za-z0-9_] (ASCII's \w). Starting with a character class lets
#: the engine skip the letters inside words quickly instead of trying the verbs at each of them.
_SAY_AFTER_ASCII: Final = re.compile(rf"[^A-Za-z0-9_]({by_first_char(split_top(_SAY))})\b")


def _say_pattern(sentence: str, limit: int) -> tuple[re.Pattern, int]:
    """The pattern that finds the say-verbs of ``sentence[:limit]`` as :data:`_SAY_RE` does, and the group
    that holds the verb in its matches.

    In an ASCII sentence with no verb at its start, :data:`_SAY_AFTER_ASCII` finds the same verbs as
    ``_SAY_RE.finditer(sentence, 0, limit)``, in group 1 (each after its non-word character). Every verb
    begins with a lower-case letter, so only such a first letter needs the match at the start tried.
    """
    if sentence.isascii() and not (sentence[:1].islower() and _SAY_RE.match(sentence, 0, limit)):
        return _SAY_AFTER_ASCII, 1
    return _SAY_RE, 0


_NOT_SAY: Final = re.compile(
    r"(?:claimed|claims)\s+(?:the\s+)?(?:li(?:fe|ves)|responsibility|control)|report(?:s)?\s+(?:of|on|that)?\s*$"
    r"|(?:show|shows|showed)\s+(?:of|no\s+sign)|found\s+(?:safety|refuge|shelter|sanctuary|themselves|temporary|"
    r"a\s+(?:home|place|job)|homes?|work|jobs?|their|its|his|her|it\b)",
    re.IGNORECASE,
)
#: Words after which a say-verb has no subject ("the reported deaths", "of identified IDPs", "were recorded").
_NO_SUBJECT_BEFORE: Final = {"a", "an", "the", "of", "for", "in", "at", "from", "by", "to", "with", "on", "into",
                             "were", "was", "is", "are", "be", "been", "being", "newly", "officially", "not", "no",
                             "any",
                             # after a determiner or an adjective the word is a noun: "its latest report", "these claims"
                             "its", "their", "his", "our", "my", "your", "whose", "this", "that", "these", "those",
                             "latest", "new", "recent", "daily", "weekly", "monthly", "annual", "first", "last",
                             "final", "initial", "preliminary", "previous", "unconfirmed"}
#: A count right before a verb ("60 people said ..."): the count ends the clause before.
_COUNT_BEFORE: Final = re.compile(r"\d[\d,.]*\s+\w+\s+$")
#: The say-verbs :data:`_NOT_SAY` can overrule.
_NOT_SAY_VERBS: Final = {"claimed", "claims", "report", "reports", "show", "shows", "showed", "found"}
_CLAIM_LIVES: Final = re.compile(r"claim\w*\s+the\s+li", re.IGNORECASE)
_PASSIVE: Final = re.compile(r"\b(?:were|was|been|being|is|are|be)\s+(?:\w+ly\s+)?$", re.IGNORECASE)

#: (a full stop ends it, except one of an initialism: "the U.N. children's agency", "the U.S. military"; but
#: "according to the U.N. The Syrian Center ..." is two sentences)
_SRC: Final = (r"(?P<src>(?:[^,;.()\u201c\u201d\"]|(?<=(?<!\w)[A-Z])\."
               r"(?!\s+(?:The|A|An|It|He|She|They|We|In|On|At|But|And|However|This|That|Its|Their|There)\b)){2,90}"
               r"(?:(?<=(?<!\w)[A-Z])\.)?)")
_BY_VERBS: Final = ("cited", "quoted", "reported", "recorded", "documented", "verified", "registered", "confirmed",
                    "counted", "collected", "gathered", "compiled", "published", "released", "issued", "provided",
                    "corroborated", "tallied", "tracked")
#: "according to X", "citing X", "documented by X", "(source: X)", "figures from X": matched only at the
#: places :func:`_cue_starts` finds (a search over every sentence would cost more than all the rest).
_ACCORDING: Final = re.compile(
    r"(?:according\s+to|citing|as\s+per|\(\s*sources?\s*:|(?:figures|data)\s+(?:from|by)|report\s+by|"
    r"statement\s+(?:by|from)|(?:" + "|".join(_BY_VERBS) + r")\s+by)\s*" + _SRC,
    re.IGNORECASE,
)
#: Cues found by plain substring search: their match starts where they start.
_PHRASE_CUES: Final = ("according", "citing", "as per", "(source", "figures from", "figures by", "data from", "data by",
                       "report by", "statement by", "statement from")
_BY_VERB_SET: Final = frozenset(_BY_VERBS)


def _cue_starts(low: str) -> list[int]:
    """Where an "according to"-style cue may start in the lower-cased sentence ``low``, in order
    (plain substring searches; :data:`_ACCORDING` confirms each)."""
    if not ("according" in low or "citing" in low or "as per" in low or "(source" in low or "statement" in low
            or ("by " in low and ("ed by " in low or "report by" in low or "figures by" in low or "data by" in low))
            or (" from" in low and ("figures from" in low or "data from" in low))):
        return []  # the common case, in a few fast substring tests ("by " and " from" stand for four and two)
    starts = []
    for phrase in _PHRASE_CUES:
        k = low.find(phrase)
        while k >= 0:
            if k == 0 or not low[k - 1].isalnum():
                starts.append(k)
            k = low.find(phrase, k + 1)
    k = low.find("ed by ")  # "documented by", "recorded by": every verb of _BY_VERBS ends in -ed
    while k >= 0:
        j = low.rfind(" ", 0, k) + 1
        if low[j:k + 2] in _BY_VERB_SET:
            starts.append(j)
        k = low.find("ed by ", k + 1)
    if len(starts) > 1:
        starts.sort()
    return starts


#: Words that are part of a name after "according to" although written in lower case.
_SOURCE_WORDS: Final = {
    "observatory", "ministry", "officials", "official", "sources", "source", "activists", "activist", "spokesman",
    "spokeswoman", "spokesperson", "monitor", "monitors", "agency", "media", "army", "police", "witnesses",
    "witness", "residents", "doctors", "doctor", "medics", "medic", "group", "council", "committee", "network",
    "state", "television", "tv", "news", "general", "commander", "governor", "minister", "director", "head", "chief",
    "military", "security", "senior", "local", "rebel", "rebels", "opposition", "medical", "health", "government",
    "regime", "statement", "report", "reports", "organization", "organisation", "centre", "center", "office",
    "channel", "newspaper", "station", "broadcaster", "website", "outlet", "coalition", "forces", "force",
    "command", "team", "teams", "workers", "defence", "defense", "civil", "white", "helmets", "rescuers", "rescue",
    "authorities", "authority", "un", "people", "person", "man", "woman", "resident", "official's", "daily",
    "paper", "hospital", "hospitals", "volunteers", "correspondent", "reporter", "reporters", "journalist",
    "journalists", "bulletin", "figures", "data", "tally", "count", "of", "for", "and", "rights", "human",
    "independent", "international", "relief", "humanitarian", "humanitarians", "partners", "sector", "cluster",
    "staff", "personnel", "services", "service", "accounts", "eyewitnesses", "eyewitness", "survivors", "survivor",
    "relatives", "investigators", "researchers", "observers", "experts", "analysts", "officers", "officer",
    "mayor", "envoy", "coordinator", "representative", "prosecutor", "president", "spokespeople", "mission",
    "commission", "fund", "programme", "program", "body", "charity", "ngo", "ngos", "union", "department",
    "directorate", "administration", "institute", "association", "society", "unit", "page", "account",
    "nurses", "nurse", "paramedics", "surgeon", "physicians", "physician", "information", "estimates",
    "assessment", "update", "records", "statistics", "toll", "alert", "briefing", "agencies", "groups",
    "organisations", "organizations", "ministries", "offices", "monitoring", "inquiry", "tribunal", "court",
    "prefect", "commissioner", "secretary", "ambassador", "premier", "emergency", "clinic", "facility",
    "manager", "administrator", "advisor", "adviser", "chairman", "chairwoman", "leader", "researcher",
    "committees", "councils", "leaders", "elders", "networks", "commissions",
}
#: Lower-case words that may continue a name after "according to" ("Syrian Observatory for Human Rights").
_NAME_GLUE: Final = {"of", "for", "and", "the", "a", "an", "al", "de", "on", "in", "based", "news", "agency"}
#: Function words inside names: never a name's first or only content.
_GLUE: Final = {"of", "for", "and", "the", "a", "an", "al", "de", "on", "in"}
#: Glue after a role or body word in "according to ...": "a source at the Police Command", "officials in Kyiv".
_ROLE_GLUE: Final = {"at", "in", "from"}
_SAY_WORDS: Final = {"said", "says", "reported", "told", "stated", "announced", "added", "confirmed", "estimated",
                     "executed", "killed", "claimed"}
_QUOTES: Final = "\"\u201c\u201d\u2018\u2019"
_STRIP: Final = _QUOTES + ",;:()[]{}\u2014\u2013-."
#: Words dropped from the start and the end of a name.
_LEAD_WORDS: Final = {"and", "but", "while", "as", "though", "although", "whereas", "meanwhile", "also", "then", "so",
                      "the", "a", "an"}
_TAIL_WORDS: Final = {"also", "later", "earlier", "previously", "separately", "had", "has", "have", "on", "in", "to",
                      "is", "are", "was", "were", "now", "today", "yesterday"}

_PRONOUNS: Final = {"he", "she", "they", "it", "we", "i", "him", "her", "our", "their", "its", "his", "my"}
#: Possessive determiners: "our teams counted", "its spokesman said" speak for the speaker before.
_POSSESSIVE_DETS: Final = {"our", "their", "its", "his", "her", "my"}
_NOT_SOURCES: Final = {"its", "it's", "it\u2019s", "it", "this", "that", "there", "these", "those", "what", "which",
                       "who", "when", "where", "if", "some", "many", "most", "all", "no", "nobody", "one", "you",
                       "our", "my", "your", "we", "us", "his", "her", "their", "they", "he", "she", "i", "him", "them",
                       "such", "other", "others", "each", "both", "any", "none", "several", "few", "another", "whose",
                       "whom", "how", "why", "here", "than", "then", "as", "so", "not", "only", "also", "just", "even",
                       "yet", "still", "latest"}
_ARTICLES: Final = {"a", "an", "the"}
#: Words that end a noun phrase read backwards from a verb (and are not part of it).
_STOP: Final = {
    "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "do", "does", "did", "will",
    "would", "could", "should", "may", "might", "must", "can", "shall", "not", "no", "to", "by", "on", "with",
    "into", "onto", "over", "under", "about", "between", "during", "through", "against", "across", "near",
    "around", "among", "amid", "without", "within", "per", "via", "than", "then", "so", "also", "if", "or", "nor",
    "because", "after", "before", "since", "until", "while", "as", "that", "which", "who", "whom", "whose",
    "when", "where", "why", "how", "what", "but", "although", "though", "whereas", "meanwhile", "however",
    "this", "these", "those", "its", "their", "his", "her", "our", "my", "your", "it", "they", "he", "she", "we",
    "i", "you", "them", "him", "us", "there", "here", "said", "says", "say", "told", "tells", "reported",
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozen", "dozens", "hundreds",
    "thousands", "millions", "some", "many", "most", "all", "several", "few", "other", "others", "each", "both",
    "more", "less", "least", "up", "out", "off", "down", "again", "already", "yet", "just", "only", "even",
    "very", "too", "much", "such", "least", "like", "unlike", "toward", "towards", "upon", "despite", "following",
    "including", "according", "killing", "leaving", "wounding", "injuring", "bringing", "raising", "another",
    "various", "certain",
}
#: Words that end a noun phrase read backwards and mark its left edge (so lower-case modifiers are trusted).
_LEFT_EDGE: Final = {"another", "and", "but", "while", "as", "that", "after", "when", "because", "where", "although",
                     "though", "whereas", "meanwhile", "since", "so", "if", "until", "before", "however", "this",
                     "these", "those", "its", "their", "his", "her", "our", "my", "your", "then", "also", "now"}
#: Quantifiers before an unnamed source ("some organisations", "many activists").
_QUANTIFIERS: Final = {"some", "many", "several", "other", "most", "various", "few", "certain"}
#: Prepositions that join a role or body to what it belongs to: "the governor of P", "a source at the Command".
_LINKS: Final = {"of", "for", "in", "at", "from"}
#: Adverbs between a subject and its verb ("the Observatory later said").
_ADVERBS: Final = {"later", "earlier", "also", "previously", "separately", "then", "again", "further", "meanwhile",
                   "recently", "initially", "subsequently", "first", "now", "still", "today", "yesterday", "last",
                   "had", "has", "have", "is", "are", "was", "were", "has", "already", "currently", "tonight", "alone"}
#: Lower-case nouns that can head a source but never modify a name after them ("13 people MSF said").
_HEAD_ONLY: Final = {"people", "person", "man", "woman", "men", "women", "residents", "resident", "witnesses",
                     "witness", "civilians", "children", "survivors", "relatives", "families", "villagers"}
#: Heads of definite descriptions that stand for a body named before ("the agency", "the monitoring group").
_ORG_HEADS: Final = {"agency", "organisation", "organization", "group", "monitor", "observatory", "ministry", "office",
                     "body", "charity", "ngo", "mission", "committee", "council", "network", "fund", "programme",
                     "program", "coalition", "department", "union", "commission", "institute", "association",
                     "directorate", "administration", "service", "watchdog", "alliance", "federation", "society",
                     "outlet", "broadcaster", "channel", "newspaper", "website", "page", "agencies", "organisations",
                     "organizations", "matrix", "center", "centre"}
_PERSON_HEADS: Final = {"spokesman", "spokeswoman", "spokesperson", "official", "governor", "minister", "director",
                        "head", "chief", "commander", "mayor", "envoy", "coordinator", "representative", "officer",
                        "doctor", "president", "commissioner", "secretary", "ambassador", "prefect", "surgeon",
                        "physician", "manager", "administrator", "advisor", "adviser", "chairman", "chairwoman",
                        "leader", "researcher"}
#: Heads so vague that any body named before will do ("the agency", "the group", "the report").
_VAGUE_HEADS: Final = {"agency", "organisation", "organization", "group", "monitor", "charity", "body", "ngo",
                       "watchdog", "outlet", "agencies", "organisations", "organizations", "page", "website",
                       "channel", "matrix"}
#: Documents: never a source themselves; their owner is ("UNHCR's latest update" = UNHCR).
_DOC_NOUNS: Final = {"report", "reports", "statement", "statements", "update", "updates", "figures", "figure", "data",
                     "information", "estimates", "estimate", "assessment", "assessments", "analysis", "survey", "toll",
                     "tally", "count", "bulletin", "alert", "post", "tweet", "briefing", "release", "records", "record",
                     "statistics", "numbers", "findings", "study", "snapshot", "round", "dashboard", "overview",
                     "sitrep", "framework", "plan", "appeal", "strategy", "factsheet", "note", "letter", "document",
                     "video", "footage", "images", "photos", "map", "list", "registry", "register", "database",
                     "warning", "warnings", "notice", "announcement", "communique", "communiqu\u00e9", "message",
                     "brief"}
#: Modifiers that leave a document generic ("the latest figures" stands for the body named before).
_WEAK_MODS: Final = {"latest", "new", "recent", "last", "first", "second", "third", "fourth", "fifth", "sixth",
                     "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "newest", "daily", "weekly",
                     "monthly", "annual", "same", "previous", "most", "current", "full", "final", "updated", "flash",
                     "situation", "humanitarian", "operational", "joint", "special", "regular", "quarterly",
                     "biweekly", "next", "above", "this", "that", "these", "its", "their", "his", "her", "our", "the",
                     "a", "an"}
_TIME_MODS: Final = {"latest", "new", "recent", "last", "updated", "current", "final", "previous", "next"}
#: Heads that make a phrase a place, not a source ("Sagaing Region recorded ...").
_PLACE_HEADS: Final = {"region", "province", "governorate", "district", "city", "town", "village", "county", "area",
                       "zone", "camp", "countryside", "neighbourhood", "neighborhood", "municipality", "prefecture",
                       "oblast", "street", "square", "border", "crossing", "valley", "river", "strip", "bank", "island",
                       "islands", "coast", "desert", "mountains", "hills", "capital", "suburb", "suburbs", "outskirts",
                       "sites", "site", "settlement", "settlements", "state"}
_MONTHS_DAYS: Final = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                       "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                       "sunday", "today", "yesterday", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
                       "oct", "nov", "dec"}
_ACRONYM: Final = re.compile(r"(?:[A-Z]\.){2,}|[A-Z][A-Z&-]{1,7}s?|[A-Z]{2,}[a-z]{0,2}[A-Z]{1,3}")
_NUMBERISH: Final = re.compile(r"[\d$\u20ac\u00a3%]")
_HEADLINE_TAIL: Final = re.compile(r"(?::|\s[\u2013\u2014-])\s+(?P<src>[A-Z][\w.&'\u2019-]*(?:\s+[\w.&'\u2019-]+){0,4})\s*$")
_HEADLINE_HEAD: Final = re.compile(r"^(?P<src>[A-Z][\w.&'\u2019-]*(?:\s+[A-Z][\w.&'\u2019-]*){0,3})\s*:\s+\S")
_DOC_OWNER: Final = re.compile(
    r"^(?:(?:the|a|an|its|their)\s+)?(?:[\w-]+\s+){0,3}?(?:" + "|".join(sorted(_DOC_NOUNS)) +
    r")\s+(?:(?:published|released|collected|gathered|compiled|issued|provided|received|shared|"
    r"recorded|documented|verified|produced|conducted)\s+)?(?:from|by|of)\s+(?=\S)",
    re.IGNORECASE,
)


#: Sizes of the caches below: big enough for the names and clauses that recur within a corpus (about
#: half of them), small enough that a rerun over the same texts finds hardly more of them cached.
_SMALL_CACHE: Final = 256


@lru_cache(maxsize=_SMALL_CACHE)
def _cap_tokens(name: str) -> str:
    """A name, not a passage: at most :data:`MAX_NAME_TOKENS` word tokens (split at
    hyphens and apostrophes too), keeping the end, where the person or body is named."""
    words = name.split()
    capped = False
    while len(words) > 1 and len(_TOKEN.findall(" ".join(words))) > MAX_NAME_TOKENS:
        words.pop(0)
        capped = True
    while capped and len(words) > 1 and words[0].lower() in _GLUE:
        words.pop(0)  # "of the Syrian Observatory ...": a cut never leaves a dangling "of"
    return " ".join(words)


def _clean(name: str) -> str:
    """Trim quotes, punctuation, leading conjunctions and articles, trailing adverbs; cap the length."""
    words = name.strip().strip(_QUOTES + " ,:-\u2013\u2014").split()
    while True:
        n = len(words)
        while len(words) > 1 and words[0].lower() in _LEAD_WORDS:
            words = words[1:]
        while len(words) > 1 and words[-1].lower() in _TAIL_WORDS:
            words = words[:-1]
        if len(words) > 2 and words[-2].lower() == "on" and words[-1].lower().endswith("day"):
            words = words[:-2]  # "... on Monday"
        if sum(map(len, words)) + len(words) > 2 * MAX_NAME_TOKENS:  # shorter names cannot hold more tokens
            words = _cap_tokens(" ".join(words)).split()
        if len(words) == n:
            break
    name = " ".join(words)
    if name.endswith(".") and not re.search(r"(?:\b[A-Z]\.)+$", name):
        name = name[:-1].rstrip()
    if name.endswith(")") and "(" not in name:
        name = name[:-1].rstrip()
    return name


def _bare(word: str) -> str:
    """A word without quotes and punctuation around it."""
    return word.strip(_STRIP)


def _kept(word: str) -> str:
    """A word as kept in a name: quotes and clause punctuation trimmed, the dots of "U.N." kept."""
    word = word.strip(_QUOTES + ",;:()[]{}\u2014\u2013")
    if word.endswith(".") and not re.fullmatch(r"(?:[A-Za-z]\.)+", word) and not (
            word[:1].isupper() and len(word) <= 5 and word[:-1].isalpha() and not word[:-1].isupper()):
        word = word.rstrip(".")  # "Dr." and "Gen." keep their dot
    return word


def _capitalised(word: str) -> bool:
    """Capitalised like a name ("Aleppo", "UN", "al-Nusra")."""
    return word[:1].isupper() or word[:3].lower() in ("al-", "el-")


@lru_cache(maxsize=4096)
def is_source_name(name: str) -> bool:
    """Whether ``name`` can stand as a source: a name or a description of one,
    never a function word, a pronoun, a place, a date or a bare document."""
    words = [b for b in map(_bare, name.split()) if b]
    if not words:
        return False
    lows = [w.lower() for w in words]
    first = words[0]
    if (lows[0] in _NOT_SOURCES or lows[0] in _STOP) and not (len(first) > 1 and first.isupper()):
        return False  # "its", "that", "some"; an acronym ("WHO", "IT") is a name
    if _NUMBERISH.match(first):
        return False
    caps = [w for w, lo in zip(words, lows) if lo not in _GLUE and _capitalised(w)]
    sources = [lo for lo in lows if lo in _SOURCE_WORDS and lo not in _GLUE]
    if not caps and not sources:
        return False
    if not sources and all(w.lower() in _MONTHS_DAYS for w in caps):
        return False  # "Monday", "March"
    head = _head(lows)
    if head in _PLACE_HEADS and not any(lo not in ("state", "un") for lo in sources):
        return False  # "Sagaing Region", "the city"
    if all(lo in _DOC_NOUNS or lo in _WEAK_MODS or lo in _GLUE for lo in lows) or (
            head in _DOC_NOUNS and not caps and any(lo in _TIME_MODS for lo in lows)):
        return False  # "the report", "latest figures", "the latest toll": not a source by themselves
    return True


def _head(lows: list[str]) -> str:
    """The head word of a phrase: the last word before its first "of"/"for"/"in"/"at"/"from"."""
    for k, lo in enumerate(lows):
        if k and lo in _LINKS:
            return lows[k - 1]
    return lows[-1] if lows else ""


#: Lower-case modifiers that leave a body generic ("the monitoring group", "the medical charity").
_GENERIC_MODS: Final = {"monitoring", "rights", "medical", "aid", "relief", "charity", "military", "army", "world",
                        "humanitarian", "international", "local", "global", "independent", "war", "watchdog", "health",
                        "refugee", "news", "media", "rescue", "opposition", "activist", "advocacy", "research"}


def _description(words: list[str]) -> str:
    """The kind of body a definite description stands for: "org", "person", "doc" or "" (a name).

    "the agency", "the Britain-based monitor", "the report", "the Observatory"
    are descriptions; "the U.N. refugee agency", "the Syrian Observatory" are names.
    """
    return _description_of(tuple(words))


@lru_cache(maxsize=_SMALL_CACHE)
def _description_of(words: tuple[str, ...]) -> str:
    """:func:`_description` of a tuple of words (cached: descriptions repeat)."""
    lows = [w.lower() for w in words]
    head = _head(lows)
    if any(w.lower() == head and len(w) > 1 and w.isupper() for w in words):
        return ""  # "the UN", "the ICRC": an acronym names its body
    if head in _DOC_NOUNS:
        kind = "doc"
    elif head in _ORG_HEADS:
        kind = "org"
    elif head in _PERSON_HEADS:
        kind = "person"
    else:
        return ""
    k = lows.index(head)
    for w, lo in zip(words[:k], lows[:k]):
        if lo in _ARTICLES or lo in _WEAK_MODS or lo.endswith(("-based", "-run", "-led", "-backed")):
            continue
        if kind != "doc" and lo in _GENERIC_MODS:
            continue
        return ""  # "the Syrian Observatory", "rapid assessment", "local media reports": named enough
    return kind


def _org_like(name: str) -> bool:
    """A body rather than a person: an acronym or a body word ("Ministry", "Observatory")."""
    words = [_bare(w) for w in name.split()]
    return any(_ACRONYM.fullmatch(w) or w.lower() in _ORG_HEADS or w.lower() in (
        "observatory", "watch", "cross", "crescent", "nations", "helmets", "matrix", "forces", "army", "police",
        "command", "media", "tv", "television", "agency", "news", "authorities", "authority", "government",
        "partners", "humanitarians", "hospitals", "hospital", "sources", "officials", "activists", "times", "post",
        "today", "herald", "tribune", "journal", "gazette", "daily", "press", "radio", "network", "channel")
               for w in words if w)


def _person_like(name: str) -> bool:
    """A person: two or more capitalised words and no body word, or a role word."""
    words = [_bare(w) for w in name.split() if _bare(w)]
    if any(w.lower() in _PERSON_HEADS for w in words):
        return True
    return sum(1 for w in words if w[:1].isupper()) >= 2 and not _org_like(name)


def _cut_source(text: str) -> str:
    """The source named after "according to": stop at the first word that cannot be part of a name."""
    kept: list[str] = []
    words = text.split()
    for k, word in enumerate(words):
        bare = word.strip(_QUOTES)
        low = bare.lower()
        nxt = words[k + 1].strip(_QUOTES + ",;:").lower() if k + 1 < len(words) else ""
        if kept and kept[-1].strip(_QUOTES) in _DOC_NOUNS and low not in _GLUE:
            break  # a document ends its phrase: "according to the bulletin, rebels executed ..." without the comma
        if bare[:1].isdigit() or (kept and (low in _SAY_WORDS or (
                bare[:1].islower() and low not in _SOURCE_WORDS and low not in _NAME_GLUE and not low.endswith("based")
                and not low.startswith(("al-", "el-")) and not (
                    nxt in _SOURCE_WORDS and nxt not in _GLUE and low not in _STOP and not _verbish(low))))):
            if low in _ROLE_GLUE and kept and kept[-1].lower().strip(_QUOTES) in _SOURCE_WORDS and k + 1 < len(words) \
                    and (words[k + 1][:1].isupper() or words[k + 1].lower() == "the"):
                kept.append(word)  # "a source at Aleppo Police Command", "officials in Kyiv"
                continue
            break
        kept.append(word)
    return " ".join(kept)


#: A document, then its owner in a relative clause: "the update that X issued" (the verb is cut off).
_DOC_THAT_OWNER: Final = re.compile(
    r"^(?:(?:the|a|an|its|their)\s+)?(?:[\w-]+\s+){0,3}?(?:" + "|".join(sorted(_DOC_NOUNS)) +
    r")\s+(?:that|which)\s+(?P<owner>.+?)\s+(?:has\s+|had\s+)?(?:published|released|issued|compiled|shared|"
    r"produced|put\s+out)\s*$",
    re.IGNORECASE,
)


def _doc_owner(text: str) -> str:
    """Skip a document before its owner: "the latest figures from X" -> "X", "the update that X issued" -> "X"."""
    if text.isascii():
        # exact gates: in ASCII text IGNORECASE matches just what lower-casing does, and _DOC_OWNER needs
        # "from", "by" or "of", _DOC_THAT_OWNER "that" or "which"
        low = text.lower()
        owner = "of" in low or "by" in low or "from" in low
        that = "that" in low or "which" in low
    else:
        owner = that = True
    m = _DOC_OWNER.match(text) if owner else None
    if m:
        return text[m.end():]
    m = _DOC_THAT_OWNER.match(text) if that else None
    return m.group("owner") if m else text


def _acronym_after(text: str) -> str:
    """An acronym in apposition right after a description: "the UN refugee agency, UNHCR, ..." -> "UNHCR"."""
    m = re.match(r"\s*,\s*(?:the\s+)?(?P<a>[A-Z][\w.&-]*)\s*(?:,|$|\s+(?:said|says|on|in|which|who))", text)
    if m and _ACRONYM.fullmatch(m.group("a")):
        return m.group("a")
    return ""


# --------------------------------------------------------------------------
# The noun phrase before a verb
# --------------------------------------------------------------------------

def _verbish(low: str) -> bool:
    """A lower-case word that is likely a verb form, not a modifier in a name."""
    if "-" in low:
        return False  # "war-battered", "UN-backed": modifiers
    return (low.endswith("ed") and low not in ("armed", "united", "based", "displaced", "led", "backed")) or (
        low.endswith("ing") and low not in ("monitoring", "fighting", "building", "ruling", "housing"))


@lru_cache(maxsize=16384)
def _word_info(word: str) -> tuple[str, str, str, str, bool, bool, bool, bool]:
    """(bare, lower-case, as kept in a name, role, capitalised, strict, comma, head-only) of a word read
    back from a verb (cached: words repeat).

    role is "article", "and", "quantifier", "edge", "link", "stop", "blank" (nothing but punctuation) or
    "word"; strict: capitalised or a source word; comma: it ends in clause punctuation (",", ";", ":" or
    a ")" not kept with it); head-only: its kept form, lower-cased, is in :data:`_HEAD_ONLY`.
    """
    bare = _bare(word)
    low = bare.lower()
    if not bare:
        role = "blank"
    elif low in _ARTICLES:
        role = "article"
    elif low == "and":
        role = "and"
    elif low in _QUANTIFIERS:
        role = "quantifier"
    elif low in _LEFT_EDGE:
        role = "edge"
    elif low in _LINKS:
        role = "link"
    elif low in _STOP or _NUMBERISH.match(bare) or (bare[:1].islower() and _verbish(low)):
        role = "stop"
    else:
        role = "word"
    cap = _capitalised(bare)
    form = _kept(word)
    return (bare, low, form, role, cap, cap or low in _SOURCE_WORDS,
            word[-1] in ",;:)" and not bare.endswith(")"), form.lower() in _HEAD_ONLY)


def _chunk(words: list[str], end: int) -> tuple[list[str], int, str]:
    """Read a noun phrase back from ``words[end - 1]``.

    Returns (its words in order, the index where it starts, what stopped it):
    ``"edge"`` (an article, a comma, a conjunction or the start: its left edge
    is clear, so lower-case modifiers are trusted), a linking preposition
    ("of", "in", ...) or ``"other"``.
    """
    kept: list[str] = []
    strict: list[bool] = []  # capitalised or a source word, per kept word
    head_only = False  # whether a kept word is in _HEAD_ONLY (else the last step below finds nothing)
    j = end - 1
    stop = "edge"
    while j >= 0:
        word = words[j]
        bare, low, form, role, cap, strong, comma, ho = _word_info(word)
        if kept and comma:
            break  # "..., officials said": the comma is the edge
        if role == "word":  # the common case first (the roles exclude one another)
            kept.append(form)
            strict.append(strong)
            head_only = head_only or ho
            if word[0] in "(\"\u201c\u2018":
                break
            j -= 1
            if len(kept) >= 9:
                stop = "other"
                break
            continue
        if role == "blank":
            break
        if role == "article":
            kept.append(form)
            strict.append(False)
            head_only = head_only or ho
            j -= 1
            if j >= 0:
                before = _word_info(words[j])
                if before[3] == "link":
                    stop = before[1]
            break
        if role == "and":
            if kept and j > 0:
                left = _word_info(words[j - 1])
                if left[0] and left[5] and left[3] != "stop":
                    kept.append(form)
                    strict.append(True)
                    head_only = head_only or ho
                    j -= 1
                    continue
            break
        if role == "quantifier" and not any(_capitalised(w) for w in kept):
            return [], j + 1, "other"  # "some organisations put the toll higher": nobody named
        if role == "link":
            stop = low if kept else "other"
        elif role == "stop":
            stop = "other"
        break  # "edge", "quantifier", "link", "stop"
    kept.reverse()
    strict.reverse()
    start = j + 1
    if stop == "other" or (stop in _LINKS and kept and kept[0].lower() not in _ARTICLES):
        # no clear left edge: keep only capitalised words and source words ("... 11 people the Observatory")
        k = len(kept)
        while k > 0 and strict[k - 1]:
            k -= 1
        if k:
            stop = "other"
            start += k
            kept = kept[k:]
    while len(kept) > 1 and (kept[0].lower() in _MONTHS_DAYS or (
            kept[0].islower() and kept[0].endswith("s") and kept[0] not in _SOURCE_WORDS and _capitalised(kept[1]))):
        kept = kept[1:]  # "On Wednesday media reported", "deaths and injuries U.N. coordinator X said"
        start += 1
    for k in range(len(kept) - 2 if head_only else -1, -1, -1):
        if kept[k].lower() in _HEAD_ONLY and kept[k + 1].lower() not in ("and", "or"):
            # "13 people MSF said": people is not part of the name
            start += k + 1
            kept = kept[k + 1:]
            stop = "other"
            break
    return kept, start, stop


def _qualifies(chunk: list[str]) -> bool:
    """Whether a chunk's head can head a source: a source word or a capitalised word (not a place or a date)."""
    head = chunk[-1]
    low = head.lower()
    if low in _ARTICLES or low in _PLACE_HEADS or low in _MONTHS_DAYS:
        return False
    return low in _SOURCE_WORDS or low in _DOC_NOUNS or _capitalised(head)


def _owner_before_doc(mods: list[str], at_start: bool) -> bool:
    """Whether the words before a document noun name its owner ("UN figures", "Health Ministry data"),
    not a title ("Operational Framework", "Flash Update"): an acronym or a body word among them."""
    for k, w in enumerate(mods):
        if len(w) > 1 and w.isupper() and w.isalpha():
            return True
        if w[:1].isupper() and (k or not at_start) and (w.lower() in _ORG_HEADS or w.lower() in _SOURCE_WORDS) \
                and w.lower() not in _GLUE:
            return True
    return False


@lru_cache(maxsize=2 * _SMALL_CACHE)  # clauses before a verb recur ("the Syrian Observatory ... said")
def _np_before(text: str) -> tuple[str, str]:
    """(phrase, description kind) of the noun phrase that ends ``text`` (the subject before a verb).

    Walks back over its words, then over "of/for/in/at/from" to the role or
    body it belongs to ("the regional governor in the port city of Odesa",
    "a spokesman for the council"); a document gives its owner ("a report
    by X", "X's latest update"). The phrase is "" when no source can be read.
    """
    words = text.split()
    while words:
        word = words[-1]
        low = _word_info(word)[1]  # = _bare(word).lower(), cached
        if low in _ADVERBS or (word.islower() and word.endswith("ly") and len(word) > 4):
            words.pop()
        else:
            break
    if not words:
        return "", ""
    last = low
    if last in _PRONOUNS:
        return last, ""
    chunks: list[list[str]] = []
    links: list[str] = []
    end = len(words)
    stop = "other"
    while len(chunks) < 4:
        kept, start, stop = _chunk(words, end)
        if not kept:
            break
        chunks.insert(0, kept)
        first_start = start
        if stop not in _LINKS:
            break
        links.insert(0, stop)
        # the link word sits just before the chunk (after its article, if any)
        end = start - 1
    else:
        stop = "other"
    if not chunks:
        return "", ""
    before = _word_info(words[first_start - 1])[1] if first_start > 0 else ""
    if before in _POSSESSIVE_DETS and len(chunks) == 1:
        return before, ""
    if before in _QUANTIFIERS and not any(_capitalised(w) for c in chunks for w in c):
        return "", ""  # "some organisations put the toll higher": nobody named
    if before == "another" and first_start > 1 and not words[first_start - 2].endswith(","):
        # "The Local Coordination Committees, another monitoring group, says" written without commas
        name, kind = _np_before(" ".join(words[:first_start - 1]))
        if name and any(_capitalised(w) for w in name.split()):
            return name, kind
    if len(links) >= len(chunks):
        links = links[len(links) - len(chunks) + 1:] if len(chunks) > 1 else []
        dangling = True  # the first chunk follows a preposition: "cases of Hepatitis E reported"
    else:
        dangling = False
    for pick, chunk in enumerate(chunks):
        if _qualifies(chunk):
            break
    else:
        return "", ""
    if (pick > 0 or dangling) and _capitalised(chunks[pick][-1]) and not _org_like(" ".join(chunks[pick])):
        return "", ""  # "the massacre in Seytenga found", "cases of Hepatitis E reported": objects, not subjects
    # a document gives its owner: "a statement from the ministry", "a report by HRW"
    first = chunks[pick]
    head_is_doc = first[-1].lower() in _DOC_NOUNS
    if head_is_doc:
        if pick + 1 < len(chunks) and links[pick] in ("of", "from"):
            pick += 1
            first = chunks[pick]
            head_is_doc = first[-1].lower() in _DOC_NOUNS
        else:
            for k, w in enumerate(first):
                if w[-2:] in ("'s", "\u2019s"):
                    if w[:1].isupper():
                        return _clean(w[:-2]), ""  # "UNHCR's latest update" = UNHCR
                    owner = first[:k] + [w[:-2]]  # "the agency's latest update" = the agency
                    return _clean(" ".join(owner)), _description(owner) if owner[0].lower() == "the" else ""
            at_start = first_start == 0 and pick == 0  # a capital there may only start the sentence
            if _owner_before_doc(first[:-1], at_start):  # "UN figures", "Health Ministry data": the body

                return _clean(" ".join(first[:-1])), ""
    parts = list(first)
    for k in range(pick + 1, len(chunks)):
        parts.append(links[k - 1])
        parts.extend(chunks[k])
    definite = first[0].lower() == "the"
    kind = _description(first) if (definite and pick == len(chunks) - 1) or head_is_doc else ""
    if parts[0].lower() in _ARTICLES and len(parts) > 1:
        parts = parts[1:]
    name = " ".join(parts)
    return (_cap_tokens(name) if len(name) > 2 * MAX_NAME_TOKENS else name), kind


#: What ends a clause before a source, for any text and for ASCII text (which cannot hold the curly quotes
#: and dashes, so they are not looked for): marks, spaced dashes, and quote marks that may be apostrophes.
_CLAUSE_MARKS: Final = ('"', "\u201c", "\u201d", ";", ":", "(", "\u2014")
_CLAUSE_MARKS_ASCII: Final = ('"', ";", ":", "(")
_SPACED_DASHES: Final = (" - ", " \u2013 ")  # in ASCII text only " - "
_QUOTE_MARKS: Final = ("'", "\u2018", "\u2019")
_QUOTE_MARKS_ASCII: Final = ("'",)


def _cut_before(left: str) -> str:
    """The text after the last clause boundary of ``left`` (a quote, ;, :, (, an em dash or a spaced dash),
    found with ``rfind`` from the end; an apostrophe inside a word ("Children\u2019s") is not a quote."""
    marks: tuple[str, ...]
    quotes: tuple[str, ...]
    if left.isascii():
        marks, dash, quotes = _CLAUSE_MARKS_ASCII, left.rfind(" - "), _QUOTE_MARKS_ASCII  # the one spaced dash
    else:
        marks, dash, quotes = _CLAUSE_MARKS, max(map(left.rfind, _SPACED_DASHES)), _QUOTE_MARKS
    cut = max(max(map(left.rfind, marks)), dash + 2 if dash >= 0 else -1) + 1  # map: no generator frames
    best = cut
    for mark in quotes:
        k = left.rfind(mark, cut)
        while k >= best:
            if k == 0 or not (left[k - 1].isalnum() or (left[k - 1] == "." and left[k + 1:k + 2] == "s")):
                # a quote mark, not "Children\u2019s" nor "the U.N.'s agency"
                best = k + 1
                break
            k = left.rfind(mark, best, k)
    return left[best:]


_PASSIVE_VERBS: Final = {"were", "was", "been", "being", "is", "are", "be"}


def _trailing_word(text: str) -> int:
    """Start of the run of word characters (``\\w``) that ends ``text``."""
    j = len(text)
    while j and (text[j - 1].isalnum() or text[j - 1] == "_"):
        j -= 1
    return j


def _passive_before(left: str) -> bool:
    """Whether ``left`` ends in a passive auxiliary ("were ", "was reportedly "): ``bool(_PASSIVE.search(left))``,
    read from the end instead of scanning the whole text (ASCII; other text goes to the pattern)."""
    if not left.isascii():
        return _PASSIVE.search(left) is not None
    stripped = left.rstrip()
    if len(stripped) == len(left):
        return False  # the pattern ends in whitespace
    if stripped[-2:].lower() != "ly":
        tail = stripped[-6:]
        if len(tail) == 6 and tail.isalnum():
            return False  # a last word of six letters or more, not in -ly: no auxiliary has more than five
    j = _trailing_word(stripped)
    word = stripped[j:].lower()
    if word in _PASSIVE_VERBS:
        return True
    if len(word) > 2 and word.endswith("ly") and j and stripped[j - 1].isspace():
        before = stripped[:j].rstrip()
        return before[_trailing_word(before):].lower() in _PASSIVE_VERBS
    return False


#: How far before a verb its subject is looked for, in characters.
_WINDOW: Final = 240
_TRAILING_PAREN: Final = re.compile(
    r"\s*\((?P<acr>[A-Z][\w.&-]{1,12})\)(?:\s+(?:has|have|had|also|is|are|was|were|now|then|later|earlier|"
    r"previously|already|recently))*\s*$")
_NAME_WORD: Final = r"(?:[A-Z][\w'\u2019.&-]*|al-\w+|el-\w+|bin|ibn|of|for|the|de|and|on|in|al|van|von|abu|abou|\d+)"
#: A name at the start of a sentence followed by an appositive: "Lt Col X, a rebel leader of ... said".
_APPOSITIVE_START: Final = re.compile(
    rf"^\s*[{_QUOTES}]?(?P<np>(?:{_NAME_WORD})(?:\s+{_NAME_WORD}){{0,8}}?)\s*,\s+"
    r"(?:a|an|the|who|its|his|her|their|one|head|chief|spokesman|director|commander)\b"
)
_APPOSITIVE: Final = re.compile(
    r"^\s*(?P<np>[^,]{2,80}?)\s*,\s+(?P<app>[\w\u2018\u201c\"'][^,]{0,100}?),\s*$"
)


#: Bodies often named by what they do: their usual acronym is added ("the UN refugee agency (UNHCR)").
_KNOWN_BODIES: Final = [(re.compile(p), acronym) for p, acronym in (
    (r"\b(?:un|u\.n\.|united nations)\s+refugee\s+agency\b|\bhigh\s+commissioner\s+for\s+refugees\b", "UNHCR"),
    (r"\b(?:un|u\.n\.|united nations)\s+children[\u2019']?s\s+(?:fund|agency)\b", "UNICEF"),
    (r"\b(?:un|u\.n\.|united nations)\s+migration\s+agency\b|\binternational\s+organi[sz]ation\s+for\s+migration\b",
     "IOM"),
    (r"\b(?:un|u\.n\.|united nations)\s+(?:human\s+)?rights\s+(?:office|chief)\b|"
     r"\bhigh\s+commissioner\s+for\s+human\s+rights\b", "OHCHR"),
    (r"\b(?:un|u\.n\.|united nations)\s+(?:humanitarian|aid)\s+(?:office|affairs\s+office|coordination\s+office)\b|"
     r"\boffice\s+for\s+the\s+coordination\s+of\s+humanitarian\s+affairs\b", "OCHA"),
    (r"\b(?:un|u\.n\.|united nations)\s+(?:food\s+agency|food\s+aid\s+agency)\b|\bworld\s+food\s+programme\b", "WFP"),
    (r"\b(?:un|u\.n\.|united nations)\s+health\s+agency\b|\bworld\s+health\s+organi[sz]ation\b", "WHO"),
    (r"\b(?:un|u\.n\.|united nations)\s+(?:agency\s+for\s+palestin\w*\s+refugees|palestin\w*\s+refugee\s+agency)\b|"
     r"\brelief\s+and\s+works\s+agency\b", "UNRWA"),
    (r"\binternational\s+committee\s+of\s+the\s+red\s+cross\b", "ICRC"),
    (r"\bdoctors\s+without\s+borders\b|\bm[e\u00e9]decins\s+sans\s+fronti[e\u00e8]res\b", "MSF"),
    (r"\bdisplacement\s+tracking\s+matrix\b", "DTM"),
)]


def with_acronym(name: str) -> str:
    """``name`` with the usual acronym of a well-known body it describes added in parentheses,
    unless already there: "U.N. refugee agency" -> "U.N. refugee agency (UNHCR)"."""
    low = name.lower()
    if "agenc" not in low and "office" not in low and "fund" not in low and "organi" not in low \
            and "committee" not in low and "borders" not in low and "fronti" not in low and "matrix" not in low \
            and "programme" not in low and "commissioner" not in low and "chief" not in low:
        return name  # the common case, in a few fast substring tests
    for pattern, acronym in _KNOWN_BODIES:
        if acronym not in name and pattern.search(low):
            return _cap_tokens(f"{name} ({acronym})")
    return name


@lru_cache(maxsize=_SMALL_CACHE)
def _cue_source(text: str) -> tuple[str, str, bool] | None:
    """(source, description kind, whether a word of it is lower-case) named by the text after an
    "according to"-style cue (:data:`_ACCORDING`'s ``src`` group), or None if it names no source
    (cached: "according to the Syrian Observatory ..." recurs)."""
    raw = _doc_owner(text)
    src = _clean(_cut_source(raw))
    words = src.split()
    if len(words) > 1 and words[-1].lower() in _DOC_NOUNS and _owner_before_doc(words[:-1], False):
        src = " ".join(words[:-1])  # "according to UN figures": the UN
        words = words[:-1]
    if not src or not is_source_name(src):
        return None
    generic = raw.lower().startswith("the ") or words[-1].lower() in _DOC_NOUNS
    return src, _description(words) if generic else "", any(w.islower() for w in words)


class Attributor:
    """Finds the source a figure is credited to in an article's sentences.

    Sentences are read only when asked for (and cached), so an article's
    sentences without figures cost nothing.
    """

    #: How many sentences back a pronoun, a quote or a description looks for its speaker.
    LOOK_BACK = 8
    #: How far "the ministry", "the observatory" look for a name with that word.
    LOOK_BACK_NAMED = 25

    def __init__(self, sentences: list[str]) -> None:
        self.sentences = sentences
        self._cache: dict[int, tuple[str, str]] = {}

    def _subject(self, sentence: str, verb_start: int, progressive: bool = False) -> tuple[str, str]:
        """(name, description kind) of the subject before the verb at ``verb_start``."""
        left = sentence[max(0, verb_start - _WINDOW):verb_start]  # a subject is never longer than this
        if not progressive and _passive_before(left):
            return "", ""
        stripped = left.rstrip()
        m = _TRAILING_PAREN.search(stripped) if ")" in stripped[-60:] else None
        candidate = (_cut_before(stripped[:m.start()]) + stripped[m.start():] if m else _cut_before(stripped)).rstrip()
        if candidate.endswith(","):
            # "X, a spokesman for the council, said" / "the UN refugee agency, UNHCR, said"
            m = _APPOSITIVE.match(candidate)
            if m:
                app = m.group("app").strip()
                if _ACRONYM.fullmatch(app):
                    return app, ""
                name, kind = _np_before(m.group("np"))
                proper = _clean(app)
                if is_source_name(proper) and all(_capitalised(w) or w.lower() in _GLUE for w in proper.split()) and (
                        _person_like(proper) or _org_like(proper)) and not any(w[:1].isupper() for w in name.split()):
                    return proper, ""  # "the camp manager, Omar Diallo, said"
                if name and is_source_name(name):
                    return name, kind
            return self._appositive_start(sentence, verb_start)
        paren = ""
        m = _TRAILING_PAREN.search(candidate) if ")" in candidate else None  # exact: the pattern needs a ")"
        if m:  # "IOM's Displacement Tracking Matrix (DTM) has recorded"
            paren, candidate = m.group("acr"), candidate[:m.start()]
        name, kind = _np_before(candidate)
        if name and (name.lower() in _PRONOUNS or kind or is_source_name(name)):
            if paren and name.lower() not in _PRONOUNS and not kind:
                name = _cap_tokens(f"{name} ({paren})")
            return name, kind
        return self._appositive_start(sentence, verb_start)

    @staticmethod
    def _appositive_start(sentence: str, verb_start: int) -> tuple[str, str]:
        """A person or body named at the start, before an appositive: "Lt Col X, a rebel leader of ... said"."""
        m = _APPOSITIVE_START.match(sentence)
        if m and m.end() <= verb_start:
            name = _clean(m.group("np"))
            if is_source_name(name) and (_person_like(name) or _org_like(name)):
                return name, ""
        return "", ""

    def _inverted(self, sentence: str, verb_end: int) -> tuple[str, str]:
        """'..., said the Syrian Observatory.'"""
        right = sentence[verb_end:verb_end + 120]
        m = re.match(
            r"\s+(?P<np>(?:the\s+|a\s+|an\s+)?(?:[\w'\u2019.&-]+)(?:\s+(?:[\w'\u2019.&-]+)){0,9}?)"
            r"\s*(?:[,.;:]|$|\s+(?:on|in|at|who|which|adding|told|citing|as|that|late|early|last|this)\b)",
            right,
        )
        if not m:
            return "", ""
        words = m.group("np").split()
        if words and words[-1].lower() in _MONTHS_DAYS:
            words = words[:-1]
        np = _clean(" ".join(words))
        if not np or not is_source_name(np) or any(_bare(w).lower() in _STOP for w in np.split()[:1]):
            return "", ""
        kind = _description(np.split()) if m.group("np").lower().startswith("the ") else ""
        return np, kind

    def _according(self, sentence: str) -> tuple[str, str, int]:
        """(name, kind, where its cue starts) from "according to X", "(source: X)", "documented by X", ...
        or ("", "", -1)."""
        lowered = sentence.lower()
        if len(lowered) == len(sentence):
            starts = _cue_starts(lowered)
        else:  # lower() changed the length (rare letters): the slow way
            starts = [m.start() for m in _ACCORDING.finditer(sentence)]
        pos = 0
        for start in starts[:6]:
            if start < pos:
                continue
            m = _ACCORDING.match(sentence, start)
            if not m:
                continue
            named = _cue_source(m.group("src"))
            if named:
                src, kind, lower_word = named
                if lower_word:
                    acronym = _acronym_after(sentence[m.end("src"):])
                    if acronym:
                        return acronym, "", m.start()
                return src, kind, m.start()
            pos = m.end("src")
        return "", "", -1

    def _headline(self, sentence: str) -> str:
        """A headline credited at its end or start: "...: UNHCR", "UN: deaths near 3,000"."""
        text = sentence.rstrip()
        if not text or text[-1] in ".!?\u201d\"'":
            return ""
        if ":" in text or " - " in text or "\u2013" in text or "\u2014" in text:
            m = _HEADLINE_TAIL.search(text)
            if m and _org_like(m.group("src")) and not _NUMBERISH.search(m.group("src")):
                return _clean(m.group("src"))
        if ":" in text[:40]:
            m = _HEADLINE_HEAD.match(text)
            if m and _org_like(m.group("src")):
                return _clean(m.group("src"))
        return ""

    def _raw(self, i: int) -> tuple[str, str]:
        """(name, kind) for sentence ``i``: kind is "named", "pronoun", "quote", "org", "person", "doc"
        (a description standing for a body or person named before) or "none"."""
        if i in self._cache:
            return self._cache[i]
        sentence = self.sentences[i]
        src, kind, _ = self._according(sentence)  # "X reported, citing Y": Y, the first-hand source
        if not src:
            src, kind = self._said(sentence, len(sentence))
        if src:
            result = (src, "pronoun" if src.lower() in _PRONOUNS else kind or "named")
        else:
            head = self._headline(sentence)
            if head:
                result = (head, "named")
            elif sentence.lstrip()[:1] in "\u201c\"":
                result = ("", "quote")
            else:
                result = ("", "none")
        self._cache[i] = result
        return result

    def _said(self, sentence: str, limit: int) -> tuple[str, str]:
        """(name, kind) of the first say-verb before ``limit`` whose subject (or inverted subject) is a source."""
        pattern, group = _say_pattern(sentence, limit)
        pos = 0
        # search after search instead of finditer (which finds the same matches): most sentences need one
        while v := pattern.search(sentence, pos, limit):
            pos = end = v.end()
            start, verb = v.start(group), v.group(group)
            if verb in _NOT_SAY_VERBS and (_NOT_SAY.match(sentence, start, start + 40) or (
                    verb.startswith("claim") and _CLAIM_LIVES.match(sentence, start))):
                continue
            # a cheap test first: a verb right after an article, a preposition or a number has no subject
            # before it ("the reported deaths", "of identified IDPs", "12 reported")
            tail = sentence[max(0, start - 24):start]
            if tail[-1:] == " " and tail[-2:-1].isalnum():
                prev = tail.rsplit(None, 1)[-1].lower()
                if (prev in _NO_SUBJECT_BEFORE or prev[0].isdigit()) and not (
                        prev in _PASSIVE_VERBS and verb.endswith("ing")):
                    continue
            name, kind = self._subject(sentence, start, progressive=verb.endswith("ing"))
            if verb == "seen" and name.lower() not in ("we", "i"):
                continue
            if name and name in _HEAD_ONLY and _COUNT_BEFORE.search(sentence, max(0, start - 30), start):
                name = ""  # "... wounded more than 60 people said the Observatory": people are the count
            if not name:
                before = sentence[:start].rstrip()
                if before.endswith((",", "\u201d", '"', "\u2019")) or not before or _COUNT_BEFORE.search(
                        sentence, max(0, start - 30), start):
                    name, kind = self._inverted(sentence, end)
            if name:
                return name, kind
        return "", ""

    def _antecedent(self, i: int, kind: str, hint: str = "") -> str:
        """The last body or person named as a speaker before sentence ``i`` that fits ``kind``
        ("org", "person", "doc", or "" for anyone).

        ``hint`` (a description's head word) picks a name containing it ("the
        ministry" = "the Ministry of Health"); unless the head is vague ("the
        agency", "the group", "the report"), only such a name will do.
        """
        strict = bool(hint) and hint not in _VAGUE_HEADS and kind != "doc"
        back = self.LOOK_BACK_NAMED if strict else self.LOOK_BACK
        for j in range(i - 1, max(-1, i - 1 - back), -1):
            name, k = self._raw(j)
            if k in ("org", "person", "doc"):
                name = self._resolved(j)
            elif k != "named":
                continue
            if not name or not any(w[:1].isupper() for w in name.split()) or (
                    k == "named" and name.rsplit(None, 1)[-1].lower() in _DOC_NOUNS):
                continue  # "Preliminary information indicates ...": a document speaks for nobody later
            if hint and hint in name.lower().replace("\u2019", "'").split():
                return name
            if strict:
                continue
            if kind in ("org", "doc") and not _org_like(name):
                continue
            if kind == "person" and not _person_like(name):
                continue
            return name
        return ""

    def _resolved(self, j: int) -> str:
        """What a description in sentence ``j`` stands for (its antecedent), without the fallback text."""
        name, kind = self._raw(j)
        return self._antecedent(j, kind, _head(name.lower().split()))

    def source(self, i: int) -> str:
        """The source credited in sentence ``i`` ("" if none).

        A pronoun ("he said"), a bare quotation or a definite description ("the
        agency said") is credited to the last fitting speaker named before it;
        a description with none keeps its words, a bare document ("the report")
        gives "".
        """
        name, kind = self._raw(i)
        if kind in ("pronoun", "quote"):
            name = self._antecedent(i, "")
        elif kind in ("org", "person", "doc"):
            found = self._resolved(i)
            words = name.split()
            if found:
                name = found
            elif kind == "doc" or (len(words) == 1 and words[0].lower() in _VAGUE_HEADS):
                name = ""  # "the report", "the group" with nobody named before
            elif not is_source_name(name):
                name = ""
        elif kind != "named":
            name = ""
        return with_acronym(name) if name else ""
