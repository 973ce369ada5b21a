"""Scope: words beside a figure that narrow who it counts to a part of a country's people.

"2,000 refugees stranded at the border", "800 people in the camp", "54 killed by
police", "600 killed in coalition air strikes", "630 people crossing each day",
"43 charged with belonging to a group": each counts a part (a site, an actor, a
kind of attack, a rate, a court case), never a national total. The extractor
records the narrowing in the ledger's ``scope`` column as ``kind: words`` (for
example ``site: camp``, ``actor: police``); the claim check never sets a figure
with a scope beside a national or governorate total.

Only the clause of the figure is read: from the figure back to the previous
figure or clause break (at most :data:`BEFORE` characters) and on to the next
figure or clause break (at most :data:`AFTER` characters).
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Final

from analysis.claims.alternation import group_end, by_first_char, lowers_exactly, split_top

__all__ = ["SCOPE_KINDS", "scope_of", "comparable_data"]

#: How far before and after a figure the clause is read, in characters.
BEFORE: Final = 60
AFTER: Final = 110

#: The kinds of narrowing, and the dataset that would count the same part.
SCOPE_KINDS: Final = {
    "site": "a count for that site (for example IOM DTM site assessments or a camp's registration figures)",
    "stranded": "a count of the people stranded there (for example UNHCR or IOM situation reports for that place)",
    "rate": "a flow series at the same rate (for example UNHCR or IOM daily arrival counts)",
    "actor": "UCDP GED events filtered by the actors taking part, for the same window",
    "attack": "UCDP GED events filtered by type of violence and place for the same window",
    "group": "a count of that group (for example the organisation's own staff figures, or the Aid Worker "
             "Security Database for aid workers)",
    "court": "no dataset in Tally's catalogue counts court cases",
}

_W: Final = r"[\w'’.-]+"
_SITE: Final = re.compile(
    r"\b(?:at|in|into|inside|near|along|on|around|outside|within)\s+(?:the|a|an|one|this|that|its|their|two|three|"
    r"several|these|those)?\s*(?:" + _W + r"\s+){0,3}?"
    r"(?P<w>(?:refugee |idp |displacement |transit |reception )?camps?|settlements?|(?:military |air |un |unmiss )?bases?|"
    r"shelters?|border crossings?|border(?! (?:into|to|in)\b)|crossing points?|checkpoints?|mountains?|hospitals?|"
    r"schools?|prisons?|jails?|mosques?|churches?|markets?|islands?|airports?|buildings?|compounds?|"
    r"neighbou?rhoods?|villages?|collective centres?|collective centers?|sites?)\b", re.I)
_SITE_HOLDS: Final = re.compile(
    r"\b(?P<w>camps?|settlements?|shelters?|sites?|centres?|centers?|bases?)\s+(?:housing|hosting|holding|sheltering|"
    r"home to)\b", re.I)
_STRANDED: Final = re.compile(r"\b(?P<w>stranded|trapped|besieged|encircled|stuck)\b", re.I)
_RATE: Final = re.compile(
    r"\b(?P<w>(?:each|every|a|per) (?:day|week|month|hour)|daily|weekly|on average|an average of)\b"
    r"(?!\s+(?:after|before|earlier|later|ago|of)\b)", re.I)
_ACTOR: Final = re.compile(
    r"\bby\s+(?:the\s+|a\s+|an\s+)?(?:" + _W + r"\s+){0,3}?(?P<w>police(?:men)?|(?:security |government |regime |"
    r"pro-\w+ |opposition |rebel |coalition |armed |military |state )?forces|soldiers|troops|army|military|junta|"
    r"militias?|rebels|insurgents|militants|jihadists|fighters|coalition|gunmen|snipers?|regime|"
    r"islamic state|isis|isil|daesh|al-shabaab|boko haram|hamas|hezbollah|rsf|wagner)\b", re.I)
_ATTACK: Final = re.compile(
    r"\b(?:in|by|during|from|after)\s+(?:a\s+|an\s+|the\s+|two\s+|three\s+|several\s+|twin\s+)?(?:" + _W +
    r"\s+){0,3}?(?P<w>air ?strikes?|airstrikes?|air raids?|drone strikes?|strikes|raids?|shelling|bombings?|"
    r"bombardments?|barrel bombs?|explosions?|blasts?|ambush(?:es)?|massacres?|suicide attacks?|car bombs?|"
    r"missile strikes?|rocket attacks?|mortar (?:fire|attacks?)|landmines?|chemical (?:weapons )?attacks?|"
    r"gas attacks?|sieges?|starvation|clashes between|fighting between)\b", re.I)
#: An attack named as the subject of the harm before the figure: "another car bomb killed at least 27",
#: "two chemical weapons attacks ... left hundreds dead", "the siege strategy has left thousands dead".
_ATTACK_BEFORE: Final = re.compile(
    r"\b(?P<w>car bombs?|suicide (?:bombers?|attacks?)|air ?strikes?|airstrikes?|air raids?|drone strikes?|shelling|"
    r"bombings?|bombardments?|barrel bombs?|explosions?|blasts?|massacres?|ambush(?:es)?|chemical (?:weapons )?"
    r"attacks?|gas attacks?|sieges?|starvation|landmines?|rockets?|missiles?|mortars?)\b(?:\s+[\w'’-]+){0,6}?\s+"
    r"(?:killed|killing|left|leaving|claimed|wounded|injured|injuring|hit)\b", re.I)
_CUSTODY: Final = re.compile(r"\b(?:in|under)\s+(?:\w+\s+){0,2}?(?P<w>custody|detention)\b", re.I)
_GROUP: Final = re.compile(
    r"\b(?P<w>volunteers|staff(?: members)?|aid workers|humanitarian workers|health(?:care)? workers|medics|"
    r"paramedics|doctors|nurses|journalists|reporters|employees|personnel|peacekeepers|rescuers|rescue workers|"
    r"on duty)\b", re.I)
_COURT: Final = re.compile(r"\b(?P<w>charged|charges|indicted|sentenced|convicted|tried|on trial|prosecuted)\b", re.I)

#: Metrics a scope is read for, per kind (an actor or attack narrows deaths, not displacement).
_HARM: Final = {"killed", "wounded", "casualties", "missing", "detained", "captured", "released"}
_MOVE: Final = {"displaced", "refugees", "idps", "returned"}
_PATTERNS: Final = (
    ("site", _SITE, _HARM | _MOVE), ("site", _SITE_HOLDS, _HARM | _MOVE), ("stranded", _STRANDED, _MOVE | _HARM),
    ("rate", _RATE, _MOVE | _HARM), ("actor", _ACTOR, _HARM), ("attack", _ATTACK, _HARM),
    ("attack", _ATTACK_BEFORE, _HARM), ("site", _CUSTODY, _HARM),
    ("group", _GROUP, _HARM), ("court", _COURT, _HARM | _MOVE | {"other"}),
)
#: Metrics some pattern is read for.
_READ: Final = frozenset(m for _, _, metrics in _PATTERNS for m in metrics)
#: Words between two figures that make the second a part of the first ("600 people, including 136 children"):
#: the first figure's clause runs on past it.
_BREAKDOWN: Final = re.compile(r"\b(?:including|among them|among whom|of whom|of them|of which|incl)\b", re.I)
#: Every character ``\s`` matches in a ``str`` pattern (what ``str.isspace`` accepts; a test checks the list).
_SPACES: Final = ("\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007"
                  "\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000")
#: What breaks a clause: ``[;:\u2013\u2014]|\s-\s|,\s+(?:while|whereas|but|and)\s|\bwhile\b``, written so that
#: every branch begins with a literal character (``\s-\s`` as one branch per space character, ``\bwhile`` as
#: ``w(?<!\w.)hile``): the engine then skips straight to the few characters a break can begin with instead of
#: trying the pattern at every place. The branches that can match at a place all begin with its character, so
#: the matches are the same (tests/test_scope_context_speed.py).
_BREAK: Final = re.compile("|".join([";", ":", "\u2013", "\u2014", *(re.escape(c) + r"-\s" for c in _SPACES),
                              r",\s+(?:while|whereas|but|and)\s", r"w(?<!\w.)hile\b"]))
#: For each pattern of :data:`_PATTERNS`, in order, words one of which every match of it contains (the words
#: its ``w`` group or a fixed phrase of it cannot do without: "strike" for "airstrikes", "bomb" for "car bombs",
#: " day" for "each day"), lower-case.
_HEAD_WORDS: Final = (
    ("camp", "settlement", "base", "shelter", "border", "crossing", "checkpoint", "mountain", "hospital", "school",
     "prison", "jail", "mosque", "church", "market", "island", "airport", "building", "compound", "neighbo",
     "village", "collective cent", "site"),
    ("housing", "hosting", "holding", "sheltering", "home to"),
    ("stranded", "trapped", "besieged", "encircled", "stuck"),
    (" day", " week", " month", " hour", "daily", "weekly", "average"),
    ("police", "forces", "soldiers", "troops", "army", "military", "junta", "militia", "rebels", "insurgents",
     "militants", "jihadists", "fighters", "coalition", "gunmen", "sniper", "regime", "islamic state", "isis",
     "isil", "daesh", "al-shabaab", "boko haram", "hamas", "hezbollah", "rsf", "wagner"),
    ("strike", "raid", "shelling", "bomb", "explosion", "blast", "ambush", "massacre", "attack", "mortar",
     "landmine", "siege", "starvation", "clashes between", "fighting between"),
    ("bomb", "attack", "strike", "raid", "shelling", "explosion", "blast", "massacre", "ambush", "siege",
     "starvation", "landmine", "rocket", "missile", "mortar"),
    ("custody", "detention"),
    ("volunteers", "staff", "workers", "medics", "doctors", "nurses", "journalists", "reporters", "employees",
     "personnel", "peacekeepers", "rescuers", "on duty"),
    ("charge", "indicted", "sentenced", "convicted", "tried", "on trial", "prosecuted"),
)
assert len(_HEAD_WORDS) == len(_PATTERNS)
#: Every head word, longest first, as one pattern grouped by first letter (:func:`by_first_char`) over the
#: lower-cased sentence.
_HEAD_KEYS: Final = sorted({w for words in _HEAD_WORDS for w in words}, key=len, reverse=True)
_HEAD: Final = re.compile(by_first_char([re.escape(w).replace("\\ ", " ") for w in _HEAD_KEYS]))
#: For the head word :data:`_HEAD` finds at a place (the longest that begins there), the patterns of it and
#: of the shorter head words that begin there too.
_HEAD_PATTERNS: Final = {key: tuple(sorted({i for i,
                         words in enumerate(_HEAD_WORDS) for w in words if key.startswith(w)}))
                         for key in _HEAD_KEYS}


def _on_lower(pattern: re.Pattern) -> re.Pattern:
    """``pattern`` (IGNORECASE, written in lower case, ``\\b`` then a word or a group of words) for lower-cased
    text, without IGNORECASE: the same matches wherever :func:`_heads` reads the lower-cased sentence.

    ``\\b`` before a letter becomes ``(?<!\\w.)`` after it, and each word of the opening group is spread over
    branches that begin with a letter (:func:`by_first_char`, keeping their order): a pattern whose branches all
    begin with a literal letter lets the engine skip to the places it can match, which IGNORECASE and a leading
    ``\\b`` prevent. Exact where :func:`~analysis.claims.alternation.lowers_exactly` holds: there a letter
    matches an ASCII letter ignoring case exactly when its lower case is that letter, and lower-casing keeps
    every other character and what is a word character (tests/test_scope_context_speed.py).
    """
    source = pattern.pattern
    assert pattern.flags & re.I and source.startswith("\\b") and source.replace("(?P<", "(?p<") == source.lower()
    body = source[2:]
    if not body.startswith("("):
        return re.compile(by_first_char([body], not_after=r"\w"))
    end = group_end(body)
    opener = body[:body.index(">") + 1] if body.startswith("(?P<") else "(?:"
    assert body[end:end + 1] not in ("?", "*", "+", "{")  # the group is not repeated or optional
    branches = [branch for word in split_top(body[len(opener):end - 1])
                for branch in split_top(by_first_char([word], not_after=r"\w")[len("(?:"):-1])]
    assert all(branch[0].isalpha() for branch in branches)  # so that (?<!\w.) after it is \b before it
    return re.compile(opener + "|".join(branches) + ")" + body[end:])


#: :data:`_PATTERNS` for the lower-cased sentence (see :func:`_on_lower`).
_LOWER_PATTERNS: Final = tuple((kind, _on_lower(pattern), metrics) for kind, pattern, metrics in _PATTERNS)


@lru_cache(maxsize=64)
def _heads(text: str) -> list[list[int]] | None:
    """For each pattern, every place in a sentence where one of its head words begins; None when this cannot
    be told from the lower-cased sentence (lower-casing changes its length, or it holds a letter that case
    folding matches with an ASCII one), and then every pattern is tried."""
    low = text.lower()
    if not lowers_exactly(text, low):
        return None
    found: list[list[int]] = [[] for _ in _PATTERNS]
    search = _HEAD.search
    m = search(low)
    while m is not None:  # from one place after each find, so head words that overlap are all found
        k = m.start()
        for i in _HEAD_PATTERNS[m.group()]:
            found[i].append(k)
        m = search(low, k + 1)
    return found


def _may_match(starts: list[int], left: int, right: int) -> bool:
    """False when a pattern cannot match inside ``text[left:right]`` (``starts``: its entry of :func:`_heads`).

    Exact: a match holds one of the pattern's head words, and so begins one at some ``p`` with
    ``left <= p < right``.
    """
    k = bisect.bisect_left(starts, left)
    return k < len(starts) and starts[k] < right


def _clause(text: str, start: int, end: int, lo: int, hi: int) -> tuple[int, int]:
    """The clause of ``text`` around ``start:end``, inside ``lo:hi``."""
    left = max(lo, start - BEFORE)
    for m in _BREAK.finditer(text, left, start):
        left = m.end()
    right = min(hi, end + AFTER)
    stop = _BREAK.search(text, end, right)
    if stop:
        right = stop.start()
    return left, right


def scope_of(text: str, start: int, end: int, metric: str, *, lo: int = 0, hi: int | None = None) -> str:
    """``kind: words`` naming how the figure at ``text[start:end]`` is narrowed, or "" when nothing narrows it.

    ``lo`` and ``hi`` bound the search (the previous and next figures of the sentence); a next figure that
    is a part of this one ("including 136 children") does not end its clause.
    """
    if metric not in _READ:
        return ""
    hi = len(text) if hi is None else hi
    if hi < len(text) and _BREAKDOWN.search(text, end, hi):
        hi = len(text)
    left, right = _clause(text, start, end, lo, hi)
    heads = _heads(text)
    if heads is None:  # every pattern is tried, on the text itself
        for kind, pattern, metrics in _PATTERNS:
            if metric in metrics:
                m = pattern.search(text, left, right)
                if m:
                    return f"{kind}: {' '.join(m.group('w').lower().split())}"
        return ""
    low = text.lower()
    for i, (kind, pattern, metrics) in enumerate(_LOWER_PATTERNS):
        if metric in metrics and _may_match(heads[i], left, right):
            m = pattern.search(low, left, right)
            if m:
                return f"{kind}: {' '.join(text[m.start('w'):m.end('w')].lower().split())}"
    return ""


def comparable_data(scope: str) -> str:
    """The dataset that would count the same part as a figure with ``scope`` (``kind: words``)."""
    kind = scope.split(":", 1)[0].strip()
    return SCOPE_KINDS.get(kind, "a count of the same part")
