"""Cue words around a figure: which verb or noun says what befell what it counts.

The cues are :mod:`analysis.claims.lexicon`'s; this module finds them around
one figure of a lower-cased sentence:

* :func:`cue_index` finds every cue of a sentence once (leaving out those a
  false friend covers, "returned fire"); :func:`cues_in` and
  :func:`cue_metric` read them in a stretch of the sentence;
* :func:`compatible` says whether a cue's metric fits the counted noun
  (people are not destroyed, tanks are not killed, strikes are only
  ``other``);
* :func:`right_cue` reads the clause after a figure and its noun up to its
  verb, across relative clauses and asides ("5,300 people who had been
  forced to flee", "90 people - among them three nurses - were killed");
* :func:`own_verb` tells a figure with a past passive verb of its own;
* :func:`toll_metric` reads a toll that reaches the figure ("the death toll
  ... reached 51").

How :mod:`analysis.claims.extract` orders these readings is told in its
docstring.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Final, Iterator

from analysis.claims import lexicon
from analysis.claims.counted_nouns import AUX, NUMBER_WORDS, STOP_RIGHT, WORD, unit_after
from analysis.claims.numbers import Quantity

_CONTINUE_AFTER_COMMA: Final = {"including", "among", "mostly", "many", "most", "some", "all", "mainly", "both", "of",
                                "most", "nearly", "almost", "among", "according", "roughly", "about", "around",
                                "approximately"}
#: Cue metrics that are not the ledger's: what they come to ("intercepted" drones are destroyed, "recovered"
#: rifles captured); :func:`compatible` says what each may count.
AS_METRIC: Final = {"intercepted": "destroyed", "recovered": "captured"}
#: Units of area: what they measure is never killed, moved or destroyed as a count.
_AREA_UNITS: Final = {"hectares", "acres", "dunams", "donums", "feddans"}
#: Administrative regions: taken, never destroyed, killed or moved.
_REGION_UNITS: Final = {"oblasts", "regions", "provinces", "governorates", "counties", "prefectures", "cantons", "raions",
                        "rayons", "states"}  # (not "departments": a hospital's are destroyed)
#: Units of weight, volume and length: never a count of harm ("48 metric tons of food were destroyed").
_MEASURE_UNITS: Final = {"tons", "tonnes", "metric tons", "kg", "kilograms", "kilogrammes", "litres", "liters", "km",
                         "kilometres", "kilometers", "miles", "metres", "meters", "square metres", "square meters"}
#: Weapons and vehicles that troops recover or confiscate: captured ("recovered 15 rifles and 3 pick-up trucks").
_SEIZABLE: Final = {"weapons", "guns", "rifles", "launchers", "firearms", "arms", "pistols", "machine guns", "vehicles",
                    "vehicle", "trucks", "truck", "motorcycles", "motorbikes", "pick-ups", "pickups", "gun trucks",
                    "technicals", "tanks", "drones", "boats", "grenades", "mortars", "cannons", "rocket launchers",
                    "missile launchers", "mortar launchers", "artillery guns", "artillery pieces", "armoured vehicles",
                    "armored vehicles", "personnel carriers", "combat vehicles", "fighting vehicles", "motor vehicles",
                    # ammunition seized ("recovered 320 rounds of ammunition"; never rounds fired)
                    "rounds", "rounds of ammunition", "cartridges", "bullets",
                    # places taken back: "took control of four bases", "liberated 12 villages"
                    "bases", "positions", "villages", "towns", "settlements", "checkpoints", "outposts", "hills",
                    "localities", "districts", "areas", "hamlets", "cities", "neighbourhoods", "neighborhoods", "townships"}
#: Attack objects that are also weapons a force may seize.
_SEIZED_ARMS: Final = {"mortars", "rockets", "missiles", "shells", "bombs", "rounds", "cartridges", "bullets"}
_ATTACK_OBJECTS: Final = {"raids", "airstrikes", "strikes", "attacks", "missiles", "rockets", "shells", "mortars",
                          "events", "incidents", "clashes", "battles",
                          "bombs", "barrels", "barrel bombs", "air strikes", "cannons", "artillery", "rounds",
                          "bullets", "cartridges"}
#: Who may be said to say so between a figure and its verb: "204 people they said were killed".
_SAYERS: Final = {"they", "he", "she", "witnesses", "officials", "residents", "relatives"}
_SAID_NEXT: Final = re.compile(r"\s+(?:said|say|says|believe|believed|thought|estimated|reported)\b")
#: Attack objects that can be brought down in flight: destroyed ("shot down two guided aerial bombs").
_INTERCEPTABLE: Final = {"missiles", "rockets", "cruise missiles", "ballistic missiles", "bombs", "shells"}
#: Attack objects that are also guns a force may lose: destroyed ("destroyed 14 field artillery cannons").
_GUNS: Final = {"cannons", "mortars"}
#: ", the vast majority of them civilians, ...": an aside before the verb of all.
_WHICH_ASIDE: Final = re.compile(r"\s*(?:which|who)\b")
#: A hedge that opens the next figure of a list ("and more than 70 soldiers"): passed over to its number.
_HEDGED_FIGURE: Final = re.compile(r"\s+(?:between(?!\s+[\w.,]+\s+and\s+[\w.,]+\s+(?:hours?|days?|minutes?|weeks?|months?|"
                                   r"years?|km|kilometres?|kilometers?|metres?|meters?|miles?)\b)|"
                                   r"more\s+than|over|fewer\s+than|less\s+than|up\s+to|as\s+many\s+as|at\s+least|nearly|"
                                   r"almost|about|around|some|roughly|approximately|an\s+estimated|close\s+to|upwards\s+of)"
                                   r"(?=\s+(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|"
                                   r"dozens|hundreds|thousands|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b))")
#: A place or cause of being hurt, then a verb of dying with no auxiliary: " in the shelling died overnight",
#: " in the blast later died of their wounds" (not " in the shelling and two died": another figure's).
_HURT_THEN_DIED: Final = re.compile(r"\s+(?:in|by|during)\s+(?:(?!(?<=\s)(?:and|while|but|or)\b)[^,.;:\d]){1,60}?\s"
                                    r"(?:(?:later|subsequently|then|also)\s+)?(?:died|succumbed)\b")
#: Articles and possessives: a noun phrase opens with them ("with the mission", "a wounded farmer").
_ARTICLES: Final = ("the", "a", "an", "its", "their", "his", "her")
#: Words after which a participle is an adjective of a noun ("the affected villages").
_DETERMINER_WORDS: Final = frozenset(_ARTICLES + ("these", "those"))
#: A noun right after a participle (lower-cased): the participle is its adjective ("a wounded farmer"), not a verb.
_ATTRIBUTIVE_AFTER: Final = re.compile(r"\s+(?!(?:were|was|are|is|have|has|had|in|of|by|at|on|and|or|who|from|with|to|"
                                       r"during|after|since|near|as|while|when)\b)[a-z][a-z-]+\b")
#: A second noun joined by "and", then the verb of both: " village tracts were burned" (after "71 villages and"),
#: " shops burned in the fire" (a verb without an auxiliary, of the few that take none).
_AND_NOUN_VERB: Final = re.compile(r"(?:\s+(?!(?:who|that|which|whom|they|he|she|it|we|while|whereas|but|when|after|as|and|or)\b)"
                                   # (the last noun may have an age: "and a boy, 10, were")
                                   r"[a-z-]+){0,4}\s+(?!(?:who|that|which|whom|they|he|she|it|we)\b)[a-z-]+(?:,\s\d{1,2},)?\s+"
                                   r"(?P<aux>(?:were|are|have\s+been|had\s+been)\s|"
                                   r"(?<=s\s)(?=(?:burned|burnt|collapsed|died|drowned|perished|fled|(?:have|had)\s+fled)\b))")
#: A thing named without a figure after "and", then the verb of both: " the main hall of the monastery had been"
#: (after "40 houses and").
_AND_THING_VERB: Final = re.compile(r"\s+(?:the|a|an|its|their)\s+(?:[a-z'\u2019-]+\s+){0,5}?"
                                    r"(?P<aux>(?:were|was|have\s+been|has\s+been|had\s+been)\s)")
#: A line that ends without a mark and a next line that opens with a figure: the line's clause ends there.
_NEW_LINE_FIGURE: Final = re.compile(r"[ \t]*\n\s*\d")
#: Words after which a line break does not end the clause ("including\n40 children were killed").
_LIST_JOINERS: Final = {"and", "or", "including", "of", "among", "with", "to", "from", "the", "by", "than", "some", "about"}
#: Words that open a subject of their own after "and": "... and many civilians have been kidnapped".
_QUANTIFIERS: Final = {"many", "some", "several", "most", "all", "other", "others", "few", "more", "the", "their", "his", "her"}
_AS_WELL_AS_ASIDE: Final = re.compile(r"\s*as\s+well\s+as\b")  # ", as well as the health centre, were burned"
_MAJORITY_ASIDE: Final = re.compile(r"\s*(?:the\s+(?:(?:vast|overwhelming|great)\s+)?majority|most|many|some|several|one|two|"
                                    r"three|four|five|six|seven|eight|nine|ten|\d{1,4})\s+of\s+(?:them|whom)\b")
_TOKEN: Final = re.compile(r"\s*(?:(?P<punct>[,;:.!?()\[\]\"\u201c\u201d\u2018\u2019\u2013\u2014/-])|(?P<num>\d[\d,.]*)|"
                           r"(?P<word>[A-Za-z][\w'\u2019-]*))")
_TOLL_VERB: Final = re.compile(r"\b(?:reached|reaches|rose\s+to|rises\s+to|risen\s+to|climbed\s+to|climbs\s+to|jumped\s+to|"
                               r"jumps\s+to|increased\s+to|increases\s+to|went\s+up\s+to|stood\s+at|stands\s+at|hit|hits|"
                               r"surpassed|surpasses|surpass|exceeded|exceeds|exceed|passed|passes|pass|topped|tops|top|"
                               r"averaged|averages|totalled|"
                               r"totaled|totals|numbered|to|at|is|was|are|were)\s+(?:(?:some|about|over|more\s+than|nearly|almost|around|at\s+least|"
                               r"an\s+estimated)\s+)?$", re.I)
_TOLL_NOUN: Final = re.compile(r"\b(?:death\s+)?(toll|casualt(?:y|ies)\s+toll|(?<=bringing the )total|(?:number|total|count|tally)\s+of\s+"
                               r"(?:the\s+)?(?:(?:newly|internally|registered|recorded|verified)\s+)?(?:dead|deaths|victims|"
                               r"fatalities|martyrs|wounded|injured|refugees|displaced|casualties|idps|returnees|detainees|"
                               r"arrivals|returns|injuries|arrests)|(?:number|total|count|tally)\s+of\s+(?:the\s+)?(?:people|civilians|"
                               r"persons|children|those)\s+(?:killed|wounded|injured|displaced|uprooted|missing|detained|arrested)|"
                               r"(?:dead|casualties|deaths|fatalities|injuries|arrests|returns|"
                               r"arrivals|departures|abductions|evacuations)|"
                               r"(?:internally\s+displaced|displaced|idp|refugee|returnee)\s+(?:population|caseload))\b", re.I)
#: A count of the people a relative clause names, up to "who": "the number of civilians who have been killed".
_NUMBER_WHO: Final = re.compile(r"\b(?:number|total|count|tally)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){1,3}?(?:who|that)\s", re.I)
#: Present-tense cue verbs: after a figure they start a new clause ("Kills Five Injures Seven").
_FINITE_CUES: Final = {"kills", "injures", "wounds", "dies", "claims", "destroys", "displaces", "arrests", "captures",
                       "murders", "kidnaps", "executes", "returns", "seizes", "detains"}


def compatible(metric: str, unit: str, known: bool) -> bool:
    """Whether ``metric`` can count ``unit`` (people are not destroyed; tanks are not killed)."""
    if unit in _REGION_UNITS and metric != "captured":
        return False  # "55 drones were shot down over 12 oblasts": where, not what was destroyed (but "took 3 districts")
    if metric == "intercepted":
        return not unit or unit in _ATTACK_OBJECTS or unit in lexicon.OBJECT_NOUNS or not known
    if unit in _AREA_UNITS or unit in _MEASURE_UNITS:
        return False  # "burned 2,000 dunams of orchards": an area, not a count; "48 tons of food": a weight
    if metric == "recovered":
        return unit in _SEIZABLE  # "recovered 15 rifles": taken from the enemy; "recovered 40 people" is not
    if not unit:
        return True
    if unit in _ATTACK_OBJECTS:
        # "downed 28 of the 32 missiles"; "seized two mortars and 14 motorcycles": weapons taken
        return (metric == "destroyed" and (unit in _INTERCEPTABLE or unit in _GUNS)) \
            or (metric == "captured" and unit in _SEIZED_ARMS)
    if unit in lexicon.OBJECT_NOUNS or not known:
        return metric in ("destroyed", "captured")
    if unit in ARMED and metric in ("displaced", "refugees", "idps"):
        return False  # "dozens of foreign fighters have arrived at Sirte": reinforcements, not people uprooted
    if unit in lexicon.HELD_PEOPLE and metric in ("displaced", "refugees", "idps"):
        return False  # "40 detainees were taken by bus to the central prison": moved in custody, not uprooted
    if unit == "patients" and metric in ("refugees", "idps"):
        return False  # "64 patients arrived in two hours": brought in for care, not arrivals from abroad
    return metric != "destroyed"


#: People whose entering a place is flight: "50,000 people have entered Sudan" (not "54 members of a unit").
_CIVILIAN_MOVERS: Final = {"", "people", "persons", "civilians", "refugees", "families", "households", "individuals",
                           "children", "women", "migrants", "residents", "villagers", "asylum-seekers",
                           "asylum seekers", "newcomers"}
#: Armed people: their moves are deployments, withdrawals or evacuations of forces, never displacement.
ARMED: Final = {"fighters", "fighter", "soldiers", "soldier", "troops", "militants", "rebels", "mercenaries", "gunmen",
                 "insurgents", "jihadists", "militiamen", "combatants", "terrorists", "attackers", "assailants"}


@lru_cache(maxsize=64)
def cue_index(text: str) -> tuple[list[int], list[tuple[int, int, str, str]], dict[int, tuple[int, int, str, str]]]:
    """Every cue of a (lower-cased) sentence, found once: starts, (start, end, metric, cue text), and
    the same entries by start.

    Cues that a false-friend phrase covers ("returned fire", "death penalty") are left out.
    """
    entries = []
    n = len(text)
    false_friends = lexicon.CUE_FALSE_LOWER.finditer if any(w in text for w in lexicon.CUE_FALSE_NEEDS) else None
    for m in lexicon.CUE_LOWER.finditer(text):
        if false_friends is not None and any(f.start() <= m.start() < f.end() for f in false_friends(
                text, max(0, m.start() - 40), min(n, m.end() + 30))):
            continue  # begins inside a false friend; but "dead on arrival at the hospital": "dead" begins before it
        entries.append((m.start(), m.end(), lexicon.metric_of(m), m.group()))
    return [e[0] for e in entries], entries, {e[0]: e for e in entries}


def cues_in(text: str, start: int, end: int) -> Iterator[tuple[int, int, str, str]]:
    """The cues of ``text`` (lower-cased) that lie wholly in ``text[start:end]``, in text order."""
    starts, entries, _ = cue_index(text)
    for k in range(bisect.bisect_left(starts, max(0, start)), len(starts)):
        entry = entries[k]
        if entry[0] >= end:
            return
        if entry[1] <= end:
            yield entry


def cue_metric(text: str, start: int, end: int, unit: str, known: bool, last: bool = False) -> str | None:
    """The metric of the first (or last) compatible cue lying in ``text[start:end]``."""
    found = None
    for _, _, metric, cue in cues_in(text, start, end):
        if not compatible(metric, unit, known):
            if "losses" in cue and unit in lexicon.PERSON_NOUNS:
                metric = "casualties"  # "enemy losses amounted to 280 servicemen": killed and wounded together
            elif cue.startswith("recaptur") and unit in _SEIZABLE:
                metric = "captured"  # "recaptured 70 towns": places taken back (people recaptured are detained)
            elif cue.startswith("neutrali") and unit in lexicon.OBJECT_NOUNS:
                metric = "destroyed"  # "neutralised 26 explosive devices", "neutralized four vehicles": made useless
            elif cue not in _LOST or unit not in lexicon.OBJECT_NOUNS:
                continue
            else:
                metric = "destroyed"  # "the enemy lost seven tanks": what a force loses of its equipment is destroyed
        found = metric
        if not last:
            return found
    return found


#: A verb group right after a figure and its noun: the figure has a predicate of its own.
_OWN_VERB_RE: Final = re.compile(r"\s+(?:were|have\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?([a-z]+(?:ed|en|wn))\b")


def own_verb(text: str, after: int) -> bool:
    """Whether a passive verb of its own follows the figure's noun at ``after`` ("19 boys were recruited"; not
    "three were children")."""
    m = _OWN_VERB_RE.match(text, after)
    return (m is not None and m.group(1) not in lexicon.COUNT_NOUNS and m.group(1) not in _AS_VERBS) \
        or _STILL_WORKING.match(text, after) is not None


#: A state of its own after a figure's noun: "four were still functioning", "two remain open", "two are no longer
#: functioning".
_STILL_WORKING: Final = re.compile(r"\s+(?:were|are|was|is|remain(?:ed|s)?)\s+(?:still\s+|no\s+longer\s+)?"
                                   r"(?:functioning|operating|operational|open|working|intact|standing|running)\b")


#: What may follow "displaced" (or "displaced inside", "within") that describes the figure's people before their main
#: verb: "displaced by the attacks of 2021 have returned", "displaced inside the country have gone back".
_PARTICIPLE_PHRASE: Final = (" by ", " the country", " their country")
#: Cues of a force's losses: its people are killed, its equipment destroyed.
_LOST: Final = ("lost", "losing")


def _aside_end(text: str, pos: int, limit: int, opener: str) -> int | None:
    """End of an aside that opens at ``pos`` (just after ``opener``): a parenthesis closed by ")", a dash
    aside closed by another dash, a comma aside ("including four children,") closed by a comma.
    None when it does not close within ``limit``."""
    if opener == "(":
        k = text.find(")", pos, limit)
        return k + 1 if k >= 0 and "(" not in text[pos:k] else None
    if opener in "-\u2013\u2014":
        m = _DASH.search(text, pos, limit)
        return m.end() if m else None
    m = _ASIDE_COMMA.search(text, pos, limit)  # not the comma of a figure ("hosted some 20,000 refugees,")
    if m is None:
        return None
    if not _VERB_AFTER_ASIDE.match(text, m.end()) and (tail := _LIST_TAIL.match(text, m.end(), limit)) is not None \
            and _VERB_AFTER_ASIDE.match(text, tail.end()):
        return tail.end()  # ", mostly women, children and the elderly, have crossed": a list inside the aside
    return m.start() + 1


_ASIDE_COMMA: Final = re.compile(r",(?!\d)")
#: The rest of a list of nouns inside a comma aside, up to its closing comma: " children and the elderly,".
_LIST_TAIL: Final = re.compile(r"(?:\s+[a-z'\u2019-]+){1,3}?(?:\s*,\s*[a-z'\u2019-]+(?:\s+[a-z'\u2019-]+)?)*\s+(?:and|or)\s+(?:the\s+)?"
                               r"[a-z'\u2019-]+(?:\s+[a-z'\u2019-]+)?,")
_DASH: Final = re.compile(r"\s[-\u2013\u2014]\s|[\u2013\u2014]")
#: Words after which "as" does not end the clause ("verified as killed", "identified as IDPs").
_AS_VERBS: Final = {"verified", "identified", "registered", "recorded", "confirmed", "documented", "reported", "listed",
                    "counted", "classified", "classed", "described", "categorised", "categorized", "considered"}
_AND_THEN: Final = re.compile(r"\s+(?:then\s+|later\s+)?(?:[a-z]+ly\s+)?(?P<cue>[a-z]+(?:\s+[a-z]+)?)\s+(?:them|all\s+of\s+them|him|her)\b")
#: A running total after a gerund: "bringing the number of IDPs to", "raising the toll to".
_TOTAL_AHEAD: Final = re.compile(r"\s+(?:the|its|their)\s+(?:[a-z-]+\s+){0,2}?(?:number|total|toll|tally|count|figure)\b")
_LIST_ITEM: Final = re.compile(r"\s*\(?\d(?![\d,.]*\)?\s+(?:dead|killed|hurt|injured|wounded|missing|displaced|detained|arrested|"
                               r"abducted)\b)")  # (not "Nine dead, including two children; 40 hurt": a figure with a
# fate of its own)
_TO_HAVE_BEEN: Final = re.compile(r" (?:have been|be|have) ")
_SUBSET_ASIDE: Final = re.compile(r"\s*(?:of|among)\s+(?:them|whom|which|these|those)\s*,?\s*(?:\(?\d|some|about|over|nearly|"
                                  r"almost|around|more|at\s+least|one|two|three|four|five|six|seven|eight|nine|ten)")
_AUX_VERBS: Final = {"were", "was", "have", "has", "had", "are", "is"}
_PASSIVE_AUX: Final = {"were", "was", "are", "is", "been", "being"}
#: The verb right after a comma aside: the aside was one, and what follows is the figure's own verb.
_VERB_AFTER_ASIDE: Final = re.compile(r"\s*(?:were|was|have|has|had|are|is|remain(?:s|ed)?)\b")
_LEFT_PLACE: Final = re.compile(r" (?:the\s+)?[a-z\u00e0-\u00ff]")
_CAPITAL_AT: Final = re.compile(r"(?:the\s+)?(?:(?:eastern|western|northern|southern|central|north-eastern|north-western|"
                                r"south-eastern|south-western|rural|greater)\s+)?[A-Z\u00c0-\u00de]")
_THE_COUNTRY: Final = re.compile(r" the\s+country\b")
#: Verbs of belief before "to be": "are believed to be dead", "are thought to have been killed".
_BELIEVED: Final = frozenset({"believed", "thought", "presumed", "feared", "known", "reported", "said", "understood"})
_TO_BE: Final = re.compile(r" to (?:be|have been) ")
_BELIEVED_FATES: Final = frozenset({"killed", "wounded", "casualties", "missing", "detained", "captured", "released"})
#: A name right after a word: "Kidal", "al-Rafid" (an article of two letters before its capital).
_NAME_AFTER: Final = re.compile(r"\s+(?:[a-z]{2}-)?[A-Z\u00c0-\u00de][\w'\u2019-]*\s")
#: A figure right after a verb: the verb's object ("displaced about 11,000 people", "sunk two", "seized another 4").
#: (Not past a line break: "4,812 individuals newly displaced" then a line "3 schools closed"; not a time or a
#: distance: "children killed two weeks ago", "soldiers killed two kilometres from the border"; not "one another",
#: "three of them".)
OBJECT_FIGURE: Final = re.compile(r"[ \t]+(?:(?:about|some|at\s+least|more\s+than|nearly|over|around|an\s+estimated|"
                                  r"up\s+to|almost|another|a\s+further)\s+)?"
                                  r"(?:\d[\d,.]*+|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                                  r"(?:thir|four|fif|six|seven|eigh|nine)teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
                                  r"ninety|hundreds|thousands|tens\s+of|dozens|scores|a\s+dozen|"
                                  r"(?:a|half\s+a)\s+(?:million|hundred|thousand))\b)"
                                  r"(?!\s*(?:-|\s)(?:days?|weeks?|months?|years?|hours?|minutes?|decades?|nights?|mornings?|"
                                  r"afternoons?|evenings?|kilometres?|kilometers?|km|miles?|metres?|meters?)\b)"
                                  r"(?!\s+(?:another|of\s+them|of\s+whom)\b)")
#: A second tally after the figure, as headlines write them with no comma: "One person killed 16 others injured".
_HEADLINE_TALLY: Final = re.compile(r"[\d,.]*\s+(?:[a-z]+\s+)?(?:were\s+)?(?:injured|wounded|killed|dead|hurt|missing)\b")
#: Participles that describe people right after their noun, before the main verb ("serving with ...").
_DESCRIBING: Final = {"serving", "working", "based", "stationed", "deployed", "travelling", "traveling", "employed",
                      "volunteering", "attached", "assigned", "posted"}
#: Participles that say whose things are, up to a passive main verb: "four vehicles belonging to partners were taken".
_OWNED: Final = {"belonging", "owned", "operated", "rented", "hired"}
_PASSIVE_AHEAD: Final = re.compile(r"(?P<phrase>[^\d.;:!?,]{0,80}?)(?=\s(?:were|was|are|is|have\s+been|has\s+been|had\s+been)\s)")
#: The participle's phrase (no figure, no clause mark) up to the main verb's auxiliary.
_MAIN_AUX_AHEAD: Final = re.compile(r"(?P<phrase>(?:[^\d.;:!?]|(?<![a-z]{2})\.){0,110}?)(?=\s(?:have|has|had|were|was|are|is)\s)")
#: A participle that opens an aside describing the person before it: ", serving with ...,", ", based in ...,".
_PARTICIPLE_ASIDE: Final = re.compile(r"\s*(?:" + "|".join(sorted(_DESCRIBING)) + r")\b")
#: Ages between commas: ", aged 44 and 71,", ", aged between 19 and 25,", ", both aged 30,".
_AGE_ASIDE: Final = re.compile(r" (?:both\s+|all\s+)?aged\s+(?:between\s+)?\d{1,3}(?:\s*(?:,|and|or|to|-)\s*\d{1,3})*\s*,")
#: A name between commas: ", Amina Yusuf," (two to four capitalised words, particles such as "al-" or "bin" among
#: them).
_NAME_ASIDE: Final = re.compile(r" (?:(?:[A-Z\u00c0-\u00de][\w'\u2019.-]*|al-[A-Z][\w'\u2019-]*|el-[A-Z][\w'\u2019-]*|bin|ibn|"
                                r"abu|de|da|van|von) ){0,3}(?:[A-Z\u00c0-\u00de][\w'\u2019-]*|al-[A-Z][\w'\u2019-]*),")
_DETERMINER: Final = re.compile(rf"\s+(?:{'|'.join(_ARTICLES)})\s")
#: Words before a main verb that ends a relative clause ("who tried to flee were shot", "who ran it was among").
_MAIN_VERB_AUX: Final = {"were", "was", "are", "is", "been", "have", "has", "had", "remain", "remains", "remained", "being"}
#: Verbs whose object is what befell their subject: "41 people who sustained injuries", "households who
#: experienced displacement".
_UNDERGO_VERBS: Final = {"sustained", "suffered", "experienced", "endured", "underwent"}
#: Relative pronouns: "5,300 people who had been forced to flee", "the two guards who were killed".
_RELATIVE: Final = {"who", "that", "which", "whom"}


#: An auxiliary right after a bare figure: the figure opens a clause of its own ("and seven were captured").
_BARE_AUX: Final = re.compile(r"(?:\s+(?:more|others?))?\s+(?:were|was|have|has|had|are|is)\b")


def right_cue(text: str, pos: int, unit: str, known: bool, max_words: int = 5, original: str = "",
               toll: bool = True) -> str | None:
    """A cue just after the figure and its noun: "12 people were killed", "six children and one man killed".

    Stops at a clause boundary (a comma that is not an aside, "after", "when",
    ...) and after five content words; a gerund right after the noun ("killing 2
    children injuring 9 others") starts a new clause, so it is not a cue here.
    Asides are skipped whole: ", mostly women and children,", "(IDPs)", "- among
    them three nurses -"; so is the noun phrase of another figure ("600 refugees
    and 180 returnees fled": "returnees" is not a cue for 600). A relative clause
    ("who had been forced to flee"), an infinitive ("IDPs to return") and "as"
    after a verb of recording ("verified as killed") carry on. ``original`` is ``text`` before
    lower-casing (names are told by their capitals: "left Nasir town"). ``toll``: a toll may be the cue (not
    for one person: "a health worker put the toll at 40" says nothing of what befell the health worker).
    """
    limit = min(len(text), pos + 140)
    cues_by_start = cue_index(text)[2]
    words = 0
    first = True
    prev_word = ""
    # an unknown noun ("photos", "flights") takes a cue only as its own verb ("12 pilgrims died"), and a
    # relative clause only through auxiliaries ("who were killed", "who had fled")
    strict = not known and unit not in ("cases", "incidents")  # but "30 cases of asphyxiation"
    relative = False  # inside "who ...": past its own verb, only a main verb after an auxiliary counts
    who = False  # "who", "that" or "which" was read right after the noun
    verb_seen = False  # an auxiliary or another verb of the figure's own clause has been read
    undergo = False  # a verb of :data:`_UNDERGO_VERBS` was read in the relative clause: its object befell them
    other = False  # another figure and its noun were passed over ("600 refugees and 180 returnees fled")
    other_noun = False  # that other figure's noun was just passed: its "from the escort" is read as the figure's own
    other_clause = False  # inside that other figure's relative clause
    group = 0  # its verb group: 0 not reached, 1 in it, 2 past it
    prev_cap = False  # the word before was written with a capital (``original`` given)
    stopped = False  # a verb that cannot befall them was read ("intercepted"): the verb after "and" may be theirs
    from_phrase = False  # "from the village" or "with the mission" was read right after the noun
    passive = False  # a passive auxiliary of the figure's own verb group was read ("were", "been")
    while pos < limit:
        t = _TOKEN.match(text, pos, limit)
        if not t:
            break
        kind = t.lastgroup  # exactly one of punct, num, word takes part
        if kind == "punct":
            p = t.group("punct")
            if p in "(-\u2013\u2014" and (p == "(" or text[t.start("punct") - 1:t.start("punct")].isspace()
                                         or p != "-"):
                end = _aside_end(text, t.end(), min(len(text), t.end() + 120), p)
                if end is None:
                    if p == "(":
                        pos = t.end()
                        continue
                    return None
                pos = end
                continue
            if p == ";" and not words and _LIST_ITEM.match(text, t.end()):
                pos = t.end()
                continue  # "a sum of (140) residents; (22) teachers and (118) farmers, were killed"
            if p == "," and not verb_seen and (_opens_figure(fig := _TOKEN.match(text, t.end(), limit))
                                               or _opens_person(text, fig)) \
                    and _listed_noun(text, fig.end()):
                pos = t.end()
                continue  # "19 rifles, 4 launchers and 650 rounds recovered": a list of figures before its verb;
                # "two soldiers, a civilian and a child were killed": people of their own
            if p == "," and (_MAJORITY_ASIDE.match(text, t.end()) or _WHICH_ASIDE.match(text, t.end())
                             or _AS_WELL_AS_ASIDE.match(text, t.end())):
                # ", the overwhelming majority of them civilians, were hanged"; ", which hosted 20,000 refugees, have
                # been destroyed": an aside, then the verb of the figure
                end = _aside_end(text, t.end(), min(len(text), t.end() + 120), ",")
                if end is not None and _VERB_AFTER_ASIDE.match(text, end):
                    pos = end
                    continue
            if p == "," and first and original and (name := _NAME_ASIDE.match(original, t.end())) is not None \
                    and _VERB_AFTER_ASIDE.match(text, name.end()):
                pos = name.end()
                continue  # "a nurse, Amina Yusuf, was killed": a name, then the verb
            if p == "," and first and (age := _AGE_ASIDE.match(text, t.end())) is not None \
                    and _VERB_AFTER_ASIDE.match(text, age.end()):
                pos = age.end()
                continue  # "two women, aged 44 and 71, were wounded"
            if p == "," and first and _PARTICIPLE_ASIDE.match(text, t.end()) \
                    and (end := _aside_end(text, t.end(), min(len(text), t.end() + 100), ",")) is not None \
                    and _VERB_AFTER_ASIDE.match(text, end):
                pos = end
                continue  # "a third peacekeeper, serving with the battalion in Bor, was wounded"
            if p == "," and first and text.startswith(" having ", t.end()) \
                    and (end := _aside_end(text, t.end(), min(len(text), t.end() + 100), ",")) is not None \
                    and (_VERB_AFTER_ASIDE.match(text, end) or cues_by_start.get(end + 1) is not None):
                pos = end
                continue  # "two soldiers, having fought gallantly, embraced martyrdom"
            if p in ",;:":
                nxt = WORD.match(text, t.end() + 1 if text[t.end():t.end() + 1] == " " else t.end())
                if p == "," and nxt and nxt.group().lower() in _AUX_VERBS:
                    pos = t.end()
                    continue  # "(32) women and (192) men, were killed": a comma before the verb
                if p == "," and not verb_seen and nxt and nxt.group().lower() in ("the", "or") \
                        and (end := _aside_end(text, t.end(), min(len(text), t.end() + 90), ",")) is not None \
                        and _VERB_AFTER_ASIDE.match(text, end):
                    pos = end
                    continue  # "seven members of the militia, the auxiliaries who fight beside the army, were also
                    # killed": what they are, then their verb; "86,400 IDPs, or about 17,000 households, had returned"
                if p != "," or not nxt or (nxt.group().lower() not in _CONTINUE_AFTER_COMMA and not (
                        first and nxt.group().lower() in _APPOSED_WORDS)):
                    return None  # ", a nurse," names them
                end = _aside_end(text, t.end(), min(len(text), t.end() + 90), ",")
                if end is None and first and nxt.group().lower() == "who" \
                        and cues_by_start.get(nxt.end() + 1) is not None:
                    pos = t.end()
                    continue  # "1,500 people, who abandoned their homes": a relative clause to the sentence's end
                    # with a verb of its own right after "who" (not "her son, who had been shot": described)
                if end is None:
                    return None
                if _SUBSET_ASIDE.match(text, t.end()) and not _VERB_AFTER_ASIDE.match(text, end) \
                        and cues_by_start.get(end + 1 if text[end:end + 1] == " " else end) is None:
                    return None  # ", of them, 106 were ...": a subset has its own verb; but ", among them three
                    # nurses, were killed": an aside before the verb of both
                pos = end
                continue
            if p in ".!?":
                return None
            pos = t.end()
            continue
        if kind == "num":
            # another figure and its noun: "600 refugees and 180 returnees fled"; but after a verb of ours
            # ("23 schools were damaged and 4 destroyed") what follows is the other figure's own verb
            if verb_seen and prev_word in ("and", "or"):
                return None
            if _NEW_LINE_FIGURE.match(text, pos) is not None and prev_word not in _LIST_JOINERS:
                return None  # "1.6 million IDPs in South Kivu\n47 civilians killed": a key-figures line of its own
            _, u_end, _ = unit_after(text, t.end())
            pos = max(t.end(), u_end)
            first = False
            other, other_noun = True, prev_word in ("and", "or")  # (not "households comprising 11,905 persons")
            continue
        w_start = t.start("word")
        word = t.group("word").lower()
        if word in ("bringing", "raising", "taking", "pushing") and _TOTAL_AHEAD.match(text, t.end()):
            return None  # "displaced about 6,000 people, bringing the number of IDPs to 120,000": the total's metric is
            # the total's
        cue = cues_by_start.get(w_start)
        if cue is not None and prev_word in _DETERMINER_WORDS and cue[3].endswith("ed") \
                and _ATTRIBUTIVE_AFTER.match(text, cue[1]):
            cue = None  # "killed five paramedics and a wounded farmer": the adjective of another noun, no verb
        if other_clause:
            # the other figure's relative clause: its own verb group says nothing of this figure
            verbish = word in _AUX_VERBS or cue is not None or word.endswith(("ed", "en", "ing"))
            if group == 0 and verbish:
                group = 1
            elif group == 1 and not verbish and word != "been":
                group = 2
            if group < 2:
                cue = None
        if cue is not None and relative and prev_word not in _MAIN_VERB_AUX and not undergo \
                and not cue[3].startswith(("did ", "didn't", "would ", "wouldn't")) \
                and not _MAIN_AUX_BEFORE.search(text, max(0, w_start - 40), w_start):
            # "detainees who saw people die": the relative clause's own object dies; but "people who lived in the
            # valley are now on the move": an auxiliary and an adverb, the main verb (and "two of the officers who
            # were airlifted did not make it": a cue that opens with its own auxiliary)
            cue = None
        if cue is not None:
            metric, cue_text = cue[2], cue[3]
            if not toll and cue_text.endswith("toll"):
                return None
            if metric in lexicon.MOVED_OR_BACK_METRICS and _AMONG_GROUP.search(text, max(0, w_start - 24), w_start):
                return None  # "3 suspected cases were detected among arrivals": where they were found, not who
            if cue_text.endswith("ing") and not cue_text.endswith(("fleeing", "missing", "returning")) \
                    and not cue_text.startswith(("living", "residing", "staying", "remaining", "sheltering",
                                                 "seeking", "taking", "crossing", "arriving", "moving")):
                return None
            if first and cue_text.startswith(("living", "residing", "staying", "sheltering")) \
                    and (main := _main_verb_cue(text, t.end(), unit)) is not None and main != metric:
                return main  # "570 people sheltering in them have been killed": where they were, then what befell
            if word in _FINITE_CUES and not undergo:
                return None  # "Kills Five Injures Seven"; but "who suffered wounds": a noun
            # the noun is the subject here, so an unknown noun ("pilgrims died") may take any metric
            if cue_text.endswith(("ed", "killing", "displacing")) and not cue_text.endswith("wounded") \
                    and prev_word not in _AUX_VERBS and (obj := OBJECT_FIGURE.match(text, cue[1])) is not None \
                    and not _HEADLINE_TALLY.match(text, obj.end()):
                # "two armed groups displaced about 11,000 people": the verb's object is the figure after; in a
                # relative clause ("two soldiers who killed five civilians were later killed") the main verb after it
                return _main_verb_cue(text, t.end(), unit) if who and not relative else None
            if compatible(metric, unit, True):
                if first and metric == "wounded" and cue_text in ("wounded", "injured") \
                        and _HURT_THEN_DIED.match(text, cue[1]):
                    return "killed"  # "three men wounded in the shelling died overnight": hurt, then dead
                if who and not relative:
                    # "900 people who fled in March have returned": the main verb after the relative clause
                    return _main_verb_cue(text, t.end(), unit) or metric
                if first and ((cue_text.endswith("ed") and text.startswith(" by ", t.end())) or (
                        cue_text.startswith("displaced") and text.startswith(_PARTICIPLE_PHRASE, cue[1]))) \
                        and (main := _main_verb_cue(text, cue[1], unit)) is not None \
                        and (not cue_text.startswith("displaced")
                             or main not in ("other", "displaced", "idps", "refugees")):
                    return main  # "9,420 people displaced by the attacks of 2021 have returned", "1.1 million people
                    # displaced inside the country have gone back": the main verb
                return metric
            if metric == "released" and unit in _SEIZABLE and unit in lexicon.OBJECT_NOUNS:
                return "captured"  # "28 villages have been freed": taken back
            if metric == "detained" and unit in lexicon.OBJECT_NOUNS and cue_text.startswith("taken"):
                return "captured"  # "4 armoured vehicles were taken away by the assailants": seized
            if metric not in AS_METRIC:
                return None
            # "migrants were intercepted at sea and returned to Libya": stopped, not destroyed; read on
            stopped = True
        if word == "and" and (fate := _AND_THEN.match(text, t.end(), limit)) is not None:
            cue = cues_by_start.get(fate.start("cue"))
            if cue is not None and compatible(cue[2], unit, True):
                return cue[2]  # "rounded up dozens of men and summarily executed them": the last fate
        if word == "and" and prev_cap and _NAME_AFTER.match(original, t.end()):
            pos = t.end()
            continue  # "95 people from Kidal and Gao remain missing": two names, one place
        if word in ("and", "or"):
            nxt = _TOKEN.match(text, t.end(), limit)
            nword = (nxt.group("word") or "").lower() if nxt else ""
            if nxt and nxt.group("punct") == "(" and _LIST_ITEM.match(text, nxt.start("punct")):
                nxt = _TOKEN.match(text, nxt.end(), limit)  # "and (192) men"
            if word == "and" and _opens_figure(nxt) and _BARE_AUX.match(text, nxt.end()) \
                    and not text[:t.start()].rstrip()[-1:].isdigit():  # (not "two women aged 64 and 71 were")
                return None  # "destroyed 12 tanks and seven were captured": the bare figure's clause, its own verb
            if stopped and nxt and nxt.group("word") and cues_by_start.get(nxt.start("word")) is not None:
                pos = t.end()
                continue  # "intercepted at sea and returned to Libya"
            if nword in ("his", "her", "their", "its", "the") and not verb_seen:
                # "a shopkeeper and his two sons were killed": the figure after the possessive; "14 civilians and
                # the two bombers had died"
                if _opens_figure(after_kin := _TOKEN.match(text, nxt.end(), limit)):
                    nxt, nword = after_kin, (after_kin.group("word") or "").lower()
            if passive and prev_word.endswith(("ed", "en")) and nxt and nxt.group("word") \
                    and (then := cues_by_start.get(nxt.start("word"))) is not None and compatible(then[2], unit, True):
                return then[2]  # "31 men were separated from the others and shot": the last verb of the pair
            if not verb_seen and unit and nxt and nword and (nword not in _QUANTIFIERS or (nword == "the" and unit in lexicon.PERSON_NOUNS)) \
                    and (also := _AND_NOUN_VERB.match(text, t.end(), limit)) is not None:
                pos = also.start("aux")  # "71 villages and village tracts were burned": two nouns, one verb; "11
                # soldiers of the army and the popular resistance were killed"
                continue
            if not verb_seen and unit in lexicon.OBJECT_NOUNS and nword in ("the", "a", "an", "its", "their") \
                    and (also := _AND_THING_VERB.match(text, t.end(), limit)) is not None \
                    and not any(w in lexicon.OBJECT_NOUNS for w in text[nxt.end():also.start("aux")].split()[:2]):
                # "40 houses and the main hall of the monastery had been destroyed": one verb for both; but "seized
                # 3 trucks and the weapons were destroyed": things of their own, the subject of another clause
                pos = also.start("aux")
                continue
            if nxt and nword and not text[:t.start()].rstrip().endswith(",") \
                    and (hedged := _HEDGED_FIGURE.match(text, t.end(), limit)) is not None:
                pos = hedged.end()  # "45 civilians and more than 70 soldiers were killed": the next figure's hedge
                continue
            if nword == "their" and (gone := cues_by_start.get(nxt.end() + 1)) is not None and gone[2] == "missing" \
                    and gone[3].startswith("whereabouts"):
                return "missing"  # "11 passengers were taken and their whereabouts remain unknown"
            if not nxt or not (nxt.group("num") or nword in NUMBER_WORDS):
                return None
            if nword in NUMBER_WORDS and nword not in _VAGUE_HEDGE_WORDS:
                if verb_seen:
                    return None
                _, u_end, _ = unit_after(text, nxt.end())
                pos = max(nxt.end(), u_end)
                first = False
                other_noun = True
                continue
        elif word in _RELATIVE and other and not relative:
            # "42 leaders and 11 combatants who signed the accord have been killed": the clause is the other
            # figure's; past its own verb, wait for the verb of both, whatever the clause holds
            relative = other_clause = True
            max_words = 99
        elif first and word in _DESCRIBING and (main_aux := _MAIN_AUX_AHEAD.match(text, t.end(), limit)) is not None:
            pos = main_aux.end("phrase")  # "13 soldiers serving with the mission and a regional force have been killed"
            first = False
            continue
        elif first and word in _OWNED and (passive_aux := _PASSIVE_AHEAD.match(text, t.end(), limit)) is not None:
            pos = passive_aux.end("phrase")  # "four vehicles belonging to partners were taken at gunpoint"
            first = False
            continue
        elif word == "along" and not verb_seen and (along := _ALONG_WITH_AUX.match(text, t.start("word"))) is not None:
            pos = along.end()  # "5 hideouts along with a huge cache of arms were destroyed": one verb for both
            continue
        elif word in _SAYERS and first and (said := _SAID_NEXT.match(text, t.end())) is not None:
            pos = said.end()  # "204 people they said were killed": who says so
            first = False
            continue
        elif word in _BELIEVED and (prev_word in AUX or first) and (to_be := _TO_BE.match(text, t.end())) is not None \
                and (believed := cues_by_start.get(to_be.end())) is not None and believed[2] in _BELIEVED_FATES:
            pos = to_be.end()  # "35 of whom are believed to be dead": what is believed of them is their fate (but
            continue  # "200 people are said to be sheltering in the basement": where they are, no fate; "searching for
            # five people believed to be trapped": the participle right after the noun)
        elif word in _RELATIVE and (first or (not unit and words <= 1) or (from_phrase and word == "who" and not verb_seen)):
            strict = who = True  # "people who were killed": the relative clause says what happened to them
        elif strict and (word == "of" or word not in AUX):
            if not known or words >= 10:
                return None  # "photos of deaths": the cue is not about them
            relative = True  # "5 people who tried to pass a checkpoint were shot dead": wait for the main verb
            words += 1
        elif word == "to" and (cues_by_start.get(t.end() + 1) is not None
                               or _TO_HAVE_BEEN.match(text, t.end()) is not None
                               or text.startswith("leave ", t.end() + 1)):
            pass  # "IDPs to return", "forced to flee", "documented to have been killed"
        elif word == "as" and (prev_word in _AS_VERBS or cues_by_start.get(t.end() + 1) is not None):
            pass  # "verified as killed", "registered 3,400 people as missing"
        elif (word == "left" or (word == "leave" and prev_word == "to")) and _LEFT_PLACE.match(text, t.end()) \
                and compatible("displaced", unit, known) and (
                    _CAPITAL_AT.match(original, t.end() + 1)
                    or (text.startswith((" for ", " towards "), t.end())
                        and _CAPITAL_AT.match(original, text.index(" ", t.end() + 1) + 1))):
            return "displaced"  # "1,950 households left Nasir town", "have left Djibo", "forced 20,000 residents to
            # leave Derna", "9,000 people who left for Bamenda"
        elif word in ("reached", "reach", "reaches", "entered", "enter", "enters", "entering") \
                and _LEFT_PLACE.match(text, t.end()) and compatible("refugees", unit, True) \
                and (_CAPITAL_AT.match(original, t.end() + 1)
                     or (word.startswith("enter") and _THE_COUNTRY.match(text, t.end()))) \
                and (word.startswith("reach") or unit in _CIVILIAN_MOVERS):
            return "refugees"  # "1,500 more people reached Cucuta", "50,000 have entered Sudan", "5,000 people are
            # entering the country every day": arrivals (abroad or not: _moved_at_home)
        elif word == "landed" and original and text.startswith((" in ", " on ", " at "), t.end()) \
                and _CAPITAL_AT.match(original, t.end() + 4) and (unit in _CIVILIAN_MOVERS or not known) \
                and compatible("refugees", unit, True):
            return "refugees"  # "more than 1,500 Rohingya have landed in Aceh": boats of people came ashore (abroad
            # or not: _moved_at_home); never "shells landed on the roof"
        elif (first or other_noun) and unit in lexicon.PERSON_NOUNS and ((word in ("with", "from", "on") and (
                _DETERMINER.match(text, t.end()) or (original and _NAME_AFTER.match(original, t.end()))))
                or (word == "of" and original and (_NAME_AFTER.match(original, t.end())
                                                   or original.startswith(" the ", t.end())
                                                   and _NAME_AFTER.match(original, t.end() + 4)))):
            # ("310 residents of Gaza who were detained": where they are from, then what befell them)
            max_words += 3  # "a peacekeeper with the UN mission was killed", "12 people from the village died",
            from_phrase = True  # (and a relative clause after it: "732 men from the area who remain missing")
            # "95 people from Kidal and Gao remain missing", "a volunteer with a local rescue team was killed"
        elif first and word in ("on", "off", "in") and (duty := _DUTY_ASIDE.match(text, t.end())) is not None \
                and (word == "in") == (duty.group(1) == "uniform"):
            pos = duty.end()  # "a policeman on leave was murdered", "two soldiers off duty were shot"
            first = False
            continue
        elif word == "by" and prev_word.endswith("ed") and words <= 2 and not first \
                and _AUX_AHEAD.match(text, t.end(), min(limit, t.end() + 40)):
            pass  # "a driver contracted by WFP was shot dead": a participle and its agent before the main verb
        elif word == "whose" and (fate_cue := cues_by_start.get(t.end() + 1)) is not None \
                and fate_cue[2] == "missing":
            return "missing"  # "21 people whose whereabouts are unknown"
        elif word in ("for", "of", "and") and prev_cap and from_phrase \
                and (_NAME_AFTER.match(original, t.end())
                     or original.startswith(" the ", t.end()) and _NAME_AFTER.match(original, t.end() + 4)):
            pass  # inside a name: "the Volunteers for the Defence of the Homeland"
        elif word in STOP_RIGHT and not (word == "since" and prev_word in ("have", "has", "had")):
            return None  # (but "have since fled": an adverb inside the verb group)
        elif word not in AUX and word not in lexicon.COUNT_NOUNS and word not in NUMBER_WORDS \
                and word not in ("her", "his", "their", "our", "my", "whom") \
                and not (from_phrase and original and original[w_start].isupper()):
            words += 1  # (but a name after "of", "from", "with" is one thing: "members of the Volunteers for the
            # Defence of the Homeland were killed")
            if words > max_words:
                return None
        first = other_noun = False
        # a participle after a determiner is an adjective, no verb: "residents of the affected and nearby villages"
        determined = prev_word in _DETERMINER_WORDS
        prev_word = word
        # (a name may open with an article of two letters: "al-Rafid", "el-Fasher", "ad-Damazin")
        prev_cap = bool(original) and (original[w_start].isupper() or (
            original[w_start + 2:w_start + 3] == "-" and original[w_start + 3:w_start + 4].isupper()))
        undergo = undergo or (relative and word in _UNDERGO_VERBS)
        if word in _AUX_VERBS or (word.endswith("ed") and len(word) > 4 and not determined):
            verb_seen = True
        passive = passive or word in _PASSIVE_AUX  # "were rounded up and executed": the pair shares "were"
        pos = t.end()
    return None


#: "among" before a cue word of people on the move that is not the predicate of the figure ("detected among
#: arrivals"; but "400 children were among the new arrivals" are arrivals).
_AMONG_GROUP: Final = re.compile(r"(?<!\bwere )(?<!\bare )(?<!\bwas )(?<!\bis )\bamong\s+(?:the\s+)?(?:new\s+|recent\s+)?$")


#: Where a person was, as an aside after the noun: "on leave", "off duty", "in uniform".
_DUTY_ASIDE: Final = re.compile(r"\s+(leave|duty|patrol|uniform)\b")


def _main_verb_cue(text: str, pos: int, unit: str) -> str | None:
    """The metric of a main verb after a relative clause that holds a cue, up to the clause's end: "who fled in
    March | have returned", "who had been detained | were later killed"."""
    stop = _MAIN_CLAUSE_END.search(text, pos)
    stop_at = stop.start() if stop else len(text)
    starts, entries, _ = cue_index(text)
    for k in range(bisect.bisect_left(starts, pos), len(starts)):
        start, _, metric, cue = entries[k]
        if start >= stop_at:
            break
        if (not cue.endswith("ing") or cue.endswith("missing")) \
                and _MAIN_AUX_BEFORE.search(text, max(pos, start - 40), start) \
                and compatible(metric, unit, True):
            return metric
        if cue.endswith("ing") and _BEGUN_BEFORE.search(text, max(pos, start - 30), start) \
                and compatible(metric, unit, True):
            return metric  # "who had fled in March | have begun returning"
    return None


#: A verb of starting or going on right before a gerund cue: "have begun returning", "continue arriving".
_BEGUN_BEFORE: Final = re.compile(r"\b(?:(?:have|has|had)\s+(?:begun|started|continued)|began|started|continued?|keep|kept)\s+$")


#: Where the clause of a main verb ends: a stop, or a comma and a word that starts another clause.
#: (and a part with its own clause to the end of the sentence: ", of whom 12 have since been released"; not an aside
#: closed by a comma before the main verb: ", among them 20 Christians, were released")
_MAIN_CLAUSE_END: Final = re.compile(r"[.;:!?]|,\s+(?:and|but|while|whereas|who|which|where|when|after|before|as)\b|"
                                     r",\s+(?:of|among)\s+(?:whom|them|which|these|those)\b(?![^,.;:]{0,80},)")
#: An auxiliary that starts a main verb group right before a cue: "have returned", "were later killed".
_MAIN_AUX_BEFORE: Final = re.compile(r"\b(?:have|has|had|were|was|are|is|remain|remains|remained)\s+(?:(?:now|since|already|"
                                     r"also|all|reportedly|subsequently|later|then|been|safely|finally|mostly|still|again|once\s+again|"
                                     r"once\s+more|repeatedly)\s+)*$")


#: "along with" and what goes with the figure, up to the verb group they share.
_ALONG_WITH_AUX: Final = re.compile(r"along\s+with\s+[^.;:\d]{0,60}?(?=\s(?:was|were|have\s+been|has\s+been|had\s+been)\s)")
#: An auxiliary a few words on: the main verb after "contracted by WFP".
_AUX_AHEAD: Final = re.compile(r"[\w'\u2019 -]*?\b(?:was|were|has\s+been|have\s+been|had\s+been)\s")


def _listed_noun(text: str, end: int) -> bool:
    """Whether the figure ending at ``end`` counts a thing or people of its own, as the items of a list do
    ("12 rifles, 4 trucks"), not a part ("five of whom") or a metric ("861 reported fatalities")."""
    unit, _, known = unit_after(text, end)
    return bool(unit) and known and unit not in lexicon.METRIC_ONLY_UNITS and unit not in ("of", "among")


#: Words of :data:`NUMBER_WORDS` that are hedges or determiners, not numbers.
_VAGUE_HEDGE_WORDS: Final = {"at", "more", "about", "some", "over", "nearly", "almost", "around", "up", "other",
                             "another", "a", "an"}
#: Number words that start a figure in a list ("19 rifles, two trucks and ..."): the numbers of
#: :data:`NUMBER_WORDS`, "several" aside.
_LIST_NUMBER_WORDS: Final = NUMBER_WORDS - _VAGUE_HEDGE_WORDS - {"several"}


def _opens_person(text: str, token: re.Match | None) -> bool:
    """Whether a token of :data:`_TOKEN` is "a" or "an" before the noun of a person ("a civilian") that is an
    item of a list running to the verb, not an aside closed by a comma ("two of the passengers, a teacher and
    her daughter, were freed": who the two were)."""
    if token is None or (token.group("word") or "").lower() not in ("a", "an") \
            or unit_after(text, token.end())[0] not in lexicon.PERSON_NOUNS:
        return False
    close = text.find(",", token.end(), token.end() + 60)
    return close < 0 or not _VERB_AFTER_ASIDE.match(text, close + 1)


def _opens_figure(token: re.Match | None) -> bool:
    """Whether a token of :data:`_TOKEN` begins a figure of a list: digits, or a number word ("two", "dozens")."""
    return token is not None and bool(token.group("num") or (token.group("word") or "").lower() in _LIST_NUMBER_WORDS)


def toll_metric(text: str, q: Quantity, unit: str, known: bool, near: bool = False) -> str | None:
    """The metric of a toll or count that reaches the figure: "the death toll ... reached 51", "the number
    of IDPs stood at 111,696". With ``near`` only a toll noun within a few words before counts."""
    verb = _TOLL_VERB.search(text, max(0, q.start - 30), q.start)
    if not verb:
        return None
    toll = None
    for m in _TOLL_NOUN.finditer(text, max(0, verb.start() - 60) if near else 0, verb.start() + 1):
        toll = m
    if toll is None:
        # "the number of troops who have made the supreme sacrifice ... now stands at 105": what befell them
        who = None
        for m in _NUMBER_WHO.finditer(text, max(0, verb.start() - 110), verb.start()):
            who = m
        if who is None:
            return None
        metric = cue_metric(text, who.end(), verb.start(), unit, known)
        # (people who moved are left to the cues after the figure: "who have fled into Chad" crossed a border)
        return metric if metric not in lexicon.MOVED_OR_BACK_METRICS else None
    noun = toll.group(1).lower()
    last = noun.split()[-1]
    if last in ("population", "caseload"):  # "the displaced population stood at 375,000": a stock
        first = noun.split()[0]
        metric = "refugees" if first == "refugee" else "returned" if first == "returnee" else "idps"
        return metric if compatible(metric, unit, known) else None
    if noun == "total":  # "210 were killed and 386 injured, bringing the total to 25,490": the first figure's
        return cue_metric(text, 0, toll.start(), unit, known)
    metric = ("casualties" if noun.startswith("casualt") or last == "casualties" else
              "detained" if last in ("detained", "arrested") else
              "idps" if "internally" in noun else
              lexicon.NOUN_METRIC.get(last) if last in lexicon.NOUN_METRIC and last not in ("dead", "deaths")
              else "displaced" if last in ("displaced", "uprooted") else "killed")
    return metric if metric and compatible(metric, unit, known) else None


#: First words of an aside that names the people of the figure before it: ", a Kenyan engineer,".
_APPOSED_WORDS: Final = {"a", "an", "his", "her", "their", "who"}
