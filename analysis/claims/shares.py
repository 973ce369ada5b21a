"""Shares of a group of people: "60 per cent of the new arrivals are children", "half of them civilians".

A share is a percentage or a fraction ("half", "a third", "one in three", "nine in ten"). The annotation rules
read a share of a counted group as a figure of the group's metric, in percent (half = 50, unit ``percent``),
when it tells what the group is made of ("... are children", "Women and girls make up 55 per cent of the newly
displaced", "2,800 killed, roughly half of them civilians") or that the share itself moved ("a quarter of the
town's population has fled"). Other shares (of a budget, of the sites, "a third of the new arrivals remain in
dire conditions") count no one and give no row.

:func:`find_shares` reads one lower-cased sentence; the extractor gives each share its metric from the group
(:attr:`Share.whole`, a stretch of the sentence read for cues) or, for "of them", from the figure it refers to.
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from analysis.claims.numbers import hedge_qualifier

#: The hedges a share may take (their qualifiers are those of any figure: :func:`~analysis.claims.numbers.hedge_qualifier`).
_HEDGES: Final = ("some", "about", "around", "roughly", "nearly", "almost", "close to", "an estimated", "approximately",
                  "more than", "over", "just over", "upwards of", "less than", "under", "just under", "fewer than",
                  "at least", "up to")
_WORDS: Final = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                 "ten": 10, "a": 1}
_FRACTIONS: Final = {"half": 50.0, "third": 100 / 3, "thirds": 100 / 3, "quarter": 25.0, "quarters": 25.0,
                     "fifth": 20.0, "fifths": 20.0, "tenth": 10.0, "tenths": 10.0}

#: A share: a hedge, then a percentage, a fraction or "N in M" / "N out of M" (lower-cased text).
SHARE: Final = re.compile(
    r"(?<![\w.,])(?:(?P<hedge>" + "|".join(h.replace(" ", r"\s+") for h in sorted(_HEDGES, key=len, reverse=True))
    + r")\s+)?(?:(?P<pct>\d{1,3}(?:\.\d+)?)\s*(?:%|per\s?cent\b|percent\b)"
    r"|(?P<num>one|two|three|four|a)?[\s-]?(?P<frac>half|thirds?|quarters?|fifths?|tenths?)\b"
    r"|(?P<part>one|two|three|four|five|six|seven|eight|nine|[1-9])\s+(?:in|out\s+of)\s+(?:every\s+)?"
    r"(?P<whole>two|three|four|five|six|seven|eight|nine|ten|[2-9]|10)\b)"
)
#: Where the group follows: "of them", "of those displaced", "of all new arrivals", "of Gaza's residents".
_OF_THEM: Final = re.compile(r"\s+of\s+(?:them|these|whom)\b")
_OF: Final = re.compile(r"\s+of\s+(?:all\s+)?(?:(?:the|those|these)\s+)?")
#: The end of the group's words: a clause mark or a verb.
_WHOLE_END: Final = re.compile(r"[,.](?!\d)|[;:()\u2013\u2014]|\s-\s|\s(?:are|were|is|was|have|has|had|make|made|account|"
                               r"remain|remains|live|lived|living|now|who\s+(?:are|were)|and\s+(?:nearly|almost|about|some|over|"
                               r"more))\b")
#: A group's noun right after "N in M" ("one in three civilian casualties"), not a verb ("one in four is").
_GROUP_NOUN_AFTER: Final = re.compile(r"\s+(?!(?:is|was|are|were|has|had|have|will|would|could|may|might|said|says|told)\b)"
                                      r"[a-z][a-z'\u2019-]+")
#: A group of people who moved ("the families who had fled Kirkuk", "those displaced", "the refugees"), and a
#: verb of going home right after it.
_MOVED_GROUP: Final = re.compile(r"\b(?:fled|displaced|refugees|idps|evacuated|uprooted)\b")
_MOVERS_WHO: Final = re.compile(r"(?:[\w'\u2019-]+\s+){0,3}?(?:who|that)\s+(?:(?:had|have|has|were|was)\s+)?(?:been\s+)?"
                                r"(?:fled|displaced|evacuated|uprooted)\b[^,.;:]{0,40}?(?=\s(?:had|have|has)\s)")
_RETURNED_AFTER: Final = re.compile(r"\s*(?:had|have|has)\s+(?:since\s+|already\s+|now\s+)?(?:returned|gone\s+home|gone\s+back)\b")
#: Who the group is made of: "children", "women and girls", "civilians", "under 18".
COMPOSITION: Final = re.compile(
    r"\b(?:children|child|women|girls|boys|men|civilians|minors|elderly|older\s+(?:people|persons)|"
    r"(?:people|persons)\s+with\s+disabilities|infants|babies|adolescents|teenagers|females?|males?|non-combatants|"
    r"soldiers|fighters|combatants|under\s+(?:the\s+age\s+of\s+)?(?:18|eighteen|five|5)|aged\s+under)\b")
#: A relative pronoun in a group's words: "the 240,000 people who have been displaced".
_RELATIVE: Final = re.compile(r"\b(?:who|that)\b")
#: The verb group of a relative clause after "who"/"that": " have been displaced", " were killed", " fled".
_RELATIVE_VERB: Final = re.compile(r"\s+(?:(?:had|have|has|were|was|are|is)\s+)?(?:been\s+)?[a-z]+")
#: A group that opens the clause before its share: "of the new arrivals, " or "among those displaced, ".
_GROUP_BEFORE: Final = re.compile(r"\s*(?P<whole>(?:of|among)\s+(?:all\s+)?(?:the|those|these)\s+[^,;:()\d]{1,60}?),\s*$")
#: A group that is everyone of a place: its share may have moved ("a quarter of the population had fled", "80% of
#: the city's 2.3 million people have been displaced").
_POPULATION: Final = re.compile(r"^(?:[\w'\u2019-]+(?:'s|\u2019s)\s+)?(?:(?:estimated|some|about|around|roughly|nearly|over)\s+)?"
                                r"(?:\d[\d,.]*(?:\s+(?:thousand|million))?\s+)?"  # "of Gaza's 2.3 million people"
                                r"(?:population|residents|inhabitants|people|children)\b")


class Share(NamedTuple):
    """A share in a sentence: its span (hedge included), value in percent, qualifier, and its group."""

    start: int
    end: int
    value: float
    qualifier: str
    #: "them" when the group is a figure said before ("of them"); else the group's words, "" when none follows.
    whole: str
    #: Where those words begin in the sentence (-1 for "them").
    whole_start: int
    #: What the share's clause says the group is made of, or that the share moved (see :func:`find_shares`).
    kind: str


def _value(m: re.Match) -> tuple[float, bool] | None:
    """The share in percent, and whether it was written as a fraction ("half", "one in three")."""
    if m.group("pct"):
        value = float(m.group("pct"))
        return (value, False) if 0 < value <= 100 else None
    if m.group("frac"):
        frac = m.group("frac")
        num = m.group("num")
        if frac == "half":
            return (50.0, True) if num in (None, "a", "one") else None
        n = _WORDS.get(num or "a", 0)
        if not n or (frac.endswith("s") and n == 1) or (not frac.endswith("s") and n > 1):
            return None  # "a thirds", "two third"
        return round(n * _FRACTIONS[frac], 1), True
    part, whole = m.group("part"), m.group("whole")
    p = int(part) if part.isdigit() else _WORDS[part]
    w = int(whole) if whole.isdigit() else _WORDS[whole]
    return (round(100 * p / w, 1), True) if p < w else None


def find_shares(low: str) -> list[Share]:
    """Shares of a group of people in one lower-cased sentence ``low``.

    ``kind`` is "composition" when the share's clause names who the group is made of (children, women,
    civilians, under 18) outside the group's own words, "moved" when the group is a place's people and
    the clause goes on (the caller reads its cue), or "returned" when a group of people who moved has gone home
    ("two thirds of those who fled have returned"). A share followed by no group ("86% are women and
    children") is left out: what it is a share of is not said.
    """
    out: list[Share] = []
    for m in SHARE.finditer(low):
        read = _value(m)
        if read is None:
            continue
        value, fraction = read
        hedge = m.group("hedge")
        qualifier = hedge_qualifier(hedge) if hedge else ("approx_word" if fraction else "exact")
        clause_start = max(low.rfind(";", 0, m.start()), low.rfind(". ", 0, m.start())) + 1
        semi = low.find(";", m.end())
        clause = low[clause_start:semi if semi >= 0 else len(low)]
        if (t := _OF_THEM.match(low, m.end())) is not None:
            rest = low[t.end():semi if semi >= 0 else len(low)]
            if COMPOSITION.search(rest) or COMPOSITION.search(low, clause_start, m.start()):
                out.append(Share(m.start(), m.end(), value, qualifier, "them", -1, "composition"))
            continue
        o = _OF.match(low, m.end())
        if o is None and (g := _GROUP_BEFORE.match(low[clause_start:m.start()])) is not None:
            # "Of the new arrivals, 61 per cent are children": the group opens the clause
            rest = low[m.end():semi if semi >= 0 else len(low)]
            if COMPOSITION.search(rest):
                out.append(Share(m.start(), m.end(), value, qualifier, g.group("whole"),
                                 clause_start + g.start("whole"), "composition"))
            continue
        if o is None and not (m.group("part") and _GROUP_NOUN_AFTER.match(low, m.end())):
            continue  # (but "one in three civilian casualties": "N in M" takes its group with no "of")
        group_start = o.end() if o is not None else m.end() + 1
        end = _WHOLE_END.search(low, group_start)
        whole_end = end.start() if end else len(low)
        rel = _RELATIVE.search(low, group_start, min(len(low), whole_end + 5))
        relative = rel is not None
        if relative and (verb := _RELATIVE_VERB.match(low, rel.end())) is not None:
            # "more than half of the 240,000 people who have been displaced", "60 per cent of those who were killed
            # were civilians": the relative clause's verb names the group; the main verb comes after it
            end = _WHOLE_END.search(low, verb.end())
            whole_end = end.start() if end else len(low)
        whole = low[group_start:whole_end]
        if not whole.strip() or len(whole.split()) > (14 if relative else 8):
            continue
        outside = clause.replace(whole, " ", 1)
        if COMPOSITION.search(outside):
            out.append(Share(m.start(), m.end(), value, qualifier, whole, group_start, "composition"))
        elif _POPULATION.match(whole):
            out.append(Share(m.start(), m.end(), value, qualifier, whole, group_start, "moved"))
        elif (_MOVED_GROUP.search(whole) and _RETURNED_AFTER.match(low, whole_end)) or (
                (rel := _MOVERS_WHO.match(low, group_start)) is not None and _RETURNED_AFTER.match(low, rel.end())):
            # "half of the displaced have returned", "about two thirds of the families who had fled Kirkuk had
            # returned": the share went home
            out.append(Share(m.start(), m.end(), value, qualifier, whole, group_start, "returned"))
    return out

