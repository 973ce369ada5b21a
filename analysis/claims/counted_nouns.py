"""The counted noun of a figure: what the number counts.

:func:`unit_after` reads the words right after a number ("12 enemy *tanks*",
"20 opposition *fighters*", "one 14-year-old *boy*"), skipping up to four
modifiers; of two count nouns in a row the second wins ("rebel fighters").
A list of person nouns is one group ("95,000 men, women and children":
people), and a capitalised plural that names a nationality or group counts
people ("1,400 Israelis"). The word patterns and sets it reads with
(:data:`WORD`, :data:`AUX`, :data:`STOP_RIGHT`, :data:`NUMBER_WORDS`) are
shared with :mod:`analysis.claims.cues` and :mod:`analysis.claims.extract`.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from analysis.claims import lexicon
from analysis.claims.numbers import DIGITS_REPEATED

WORD: Final = re.compile(r"[A-Za-z][\w'\u2019-]*")
#: The rest of a word broken by a hyphen at a line end or before a space ("com- | batants").
_BROKEN_AT: Final = re.compile(r"-(?:[ \t]+|[ \t]*\n[ \t]*)([a-z]+)")
_OF: Final = re.compile(r"\s*(?:of\s+(?:the\s+|them\s+|whom\s+|those\s+|these\s+|her\s+|his\s+|their\s+|its\s+|our\s+)?)?",
                        re.I)
AUX: Final = {
    "were", "was", "are", "is", "have", "has", "had", "been", "being", "be", "got", "get", "reportedly", "also",
    "remain", "remains", "remained",
    "all", "later", "subsequently", "allegedly", "now", "still", "already", "either", "both", "reported", "said",
    "believed", "thought", "feared", "confirmed", "found", "who", "that", "as", "possibly", "probably", "mostly",
    "many", "most", "them", "among", "whom", "people", "more", "others", "other", "including", "mainly", "were",
    "left", "had", "been", "lay", "lie", "lying", "being", "not", "yet", "just", "only", "least", "at", "in",
    "the", "a", "an", "their", "its", "his", "her", "of", "together", "so", "far", "far", "reported", "seriously",
    "critically", "badly", "lightly", "slightly", "fatally",
}
STOP_RIGHT: Final = {"who", "which", "that", "after", "when", "while", "before", "from", "by", "because", "since",
               "if", "than", "to", "near", "on", "for", "with", "against", "where", "whose", "during", "but",
               "said", "says", "told", "according", "into", "across", "as", "following", "amid", "over"}
NUMBER_WORDS: Final = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                       "twelve",
                 "several",
                 "another", "other", "a", "an", "dozens", "hundreds", "thousands", "scores", "at", "more", "about",
                 "some", "over", "nearly", "almost", "around", "up"}
#: Count nouns whose singular is also their plural.
_INVARIANT: Final = {"people", "police", "personnel", "staff", "militia", "crew", "peshmerga", "elderly", "wounded",
                     "deceased",
                     "injured", "dead", "displaced", "lebanese", "aircraft", "artillery", "idps"}


@lru_cache(maxsize=4096)
def starts_with_cue(word: str) -> bool:
    """Whether a cue begins ``word`` (lower-cased): ``lexicon.CUE_LOWER.match(word)``, cached."""
    return lexicon.CUE_LOWER.match(word) is not None


def _plural_unknown(word: str) -> bool:
    return (len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "ous"))
            and word.isalpha() and word.islower())


_CAPITAL_PAIR: Final = re.compile(r"\s+(?:and|&)\s+[A-Z][\w'\u2019-]*\s+(?=[a-zA-Z])")
#: Verbs that begin a predicate right after a figure, never a modifier of its noun: "1,480 sought shelter".
_VERBS: Final = {"sought", "seek", "seeking", "took", "taking", "found", "went", "came", "reached", "received",
                 "remain", "remained", "crossed", "entered", "needed", "required", "underwent"}
#: Adverbs of how badly people were hurt, before "injured" as a modifier ("one critically injured man").
_HURT_ADVERBS: Final = {"critically", "seriously", "badly", "lightly", "slightly", "severely", "gravely", "moderately"}
_MODIFIER_ADVERBS: Final = {"mostly", "mainly", "largely", "predominantly", "primarily", "overwhelmingly", "chiefly"}
_AGE_MODIFIER: Final = re.compile(r"\d{1,3}[\s-](?:years?|months?|weeks?|days?)[\s-]old\s+", re.I)
_COORDINATED: Final = re.compile(r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)(?:(?:their|other)\s+)?([A-Za-z]+)")
#: The same with one modifier before the noun ("Israelis and foreign nationals").
_COORDINATED_MOD: Final = re.compile(r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)"
                                     r"(?!(?:a|an|another|his|her|their|its|the|our|my|some|several|many|most|all|other|"
                                     r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|hundreds|"
                                     r"thousands|millions|tens|mostly|mainly|largely|primarily|predominantly|including|"
                                     r"especially|notably|chiefly|among)\s)[a-z]+\s+([A-Za-z]+)")
#: Endings of demonyms and group names used as plural nouns ("Sudanese", "Yemenis", "Ukrainians", "Rohingyas").
_DEMONYM_ENDINGS: Final = ("ans", "ians", "is", "ese", "ites", "ards", "ers", "ks", "as", "zis")
_DEMONYM_WORDS: Final = {"rohingya", "burkinabe", "burkinabè", "dinka", "nuer", "shilluk", "hutu", "tutsi", "fulani",
                         "yazidi", "druze", "kurds", "uyghurs", "uighurs", "tuareg", "masalit", "hazara", "tamils",
                         "turkmen", "tigrayans", "amhara", "oromo", "somali", "afar", "bedouin", "bedouins"}


def _demonym(token: str) -> bool:
    """Whether a capitalised word after a number names people by nationality or group ("1,400 Israelis",
    "4,000 Rohingya", "300 Sudanese")."""
    if not token[:1].isupper() or not token.isalpha() or len(token) < 4 or token.isupper():
        return False
    low = token.lower()
    return low in _DEMONYM_WORDS or (low.endswith(_DEMONYM_ENDINGS) and not low.endswith(("ss", "us", "ers")))


#: Nouns of armed people: a list of them alone still counts armed people ("soldiers and policemen").
_ARMED_NOUNS: Final = {"soldiers", "policemen", "police officers", "officers", "troops", "fighters", "militants",
                       "servicemen", "guards", "militiamen", "rebels", "gendarmes", "combatants", "insurgents",
                       "gunmen", "paramilitaries", "militia members", "security personnel"}


def _coordinated(text: str, end: int, unit: str) -> tuple[str, int]:
    """"men, women and children", "women and girls": one counted group of people; (unit, end)."""
    if unit not in lexicon.PERSON_NOUNS:
        return unit, end
    pos, seen = end, unit
    armed = unit in _ARMED_NOUNS
    while True:
        m = _COORDINATED.match(text, pos)
        if m and m.group(1).lower() not in lexicon.PERSON_NOUNS:
            m = _COORDINATED_MOD.match(text, pos)
        if not m or m.group(1).lower() not in lexicon.PERSON_NOUNS or m.group(1).lower() in lexicon.METRIC_ONLY_UNITS:
            break
        word = m.group(1).lower()
        armed = armed and word in _ARMED_NOUNS
        if word != seen:
            unit = "people"
        pos = m.end()
        if not m.group().lstrip().startswith(","):
            break  # "X and Y" ends the list
    if armed and unit == "people":
        unit = seen  # "43 soldiers and policemen were taken prisoner": armed people all, named by the first noun
    return unit, pos


#: Nouns of events that a cue word may describe: "nine mass displacement events" counts events.
_EVENT_NOUNS: Final = {"events", "incidents", "episodes", "alerts", "emergencies", "crises", "waves", "trends"}
#: A word and a counted noun after "and": "(health) and emergency workers".
_PAIR_TAIL: Final = re.compile(r"\s+[a-z][\w-]*\s+([a-z][\w'\u2019-]*)")
#: The number of a whole right after "of the" ("47 of the 52 sites"), skipped to reach the noun.
_WHOLE_NUMBER: Final = re.compile(r"(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty)\s+(?=[A-Za-z])",
                                  re.I)

#: Remains counted by the body: "41 sets of remains", "12 sets of human remains".
_SETS_OF_REMAINS: Final = re.compile(r" sets of (?:human )?remains\b", re.I)
#: The owner of a whole after "of the", before its number: "the state's" of "nine of the state's 17 townships".
_OWNER: Final = re.compile(r"[a-z]+['\u2019]s\s+", re.I)


def unit_after(text: str, end: int) -> tuple[str, int, bool]:
    """The counted noun after a number ending at ``end``: (unit, end of the noun, known noun?); see
    :func:`_noun_after`. A noun written short with a full stop ("1,420 ind.") ends after its stop."""
    if text.startswith(("   ", "\t", " \t"), end) and (name := _NAME_CELL.match(text, end)) is not None \
            and name.group(1).lower() not in lexicon.COUNT_NOUNS:
        return "", end, False  # "551,000    Dana sub-district": a name in the next cell is no noun; "7.0M   IDPs" is
    if text[end:end + 2] in (" (", "(") and text[end - 1:end].isalpha() \
            and (rep := DIGITS_REPEATED.match(text, end)) is not None:
        end = rep.end()  # "fifteen (15) soldiers": past the digits that repeat the words
    elif text[end:end + 1] in ('"', "\u201d") and text[end + 1:end + 5] == " of ":
        end += 1  # 'taken "hundreds" of servicemen prisoner': a quoted figure, then its noun
    unit, u_end, known = _noun_after(text, end)
    if unit in _HELD_COMPLEMENTS and (held := _PEOPLE_THEN_HELD.search(text, end, u_end)) is not None \
            and held.group(1).lower() in lexicon.PERSON_NOUNS and held.group(1).lower() not in lexicon.METRIC_ONLY_UNITS:
        return held.group(1).lower(), held.end(1), True  # "took 40 soldiers prisoner": the soldiers, taken as prisoners
    if unit in _ABBREVIATED and text[u_end:u_end + 1] == ".":
        u_end += 1
    elif unit == "cases" and (people := _CASES_OF_PEOPLE.match(text, u_end)) is not None:
        return people.group(1).lower(), people.end(), True  # "63 new cases of people who went missing": people
    return unit, u_end, known


#: Nouns that say what people were taken as, after them: "took 40 soldiers prisoner", "held 12 workers hostage".
_HELD_COMPLEMENTS: Final = {"prisoner", "hostage", "captive"}
_PEOPLE_THEN_HELD: Final = re.compile(r"([A-Za-z][\w'\u2019-]*)\s+(?:prisoner|hostage|captive)$")
#: People that cases are of: "cases of people", "cases of children" (not "cases of cholera").
_CASES_OF_PEOPLE: Final = re.compile(r"\s+of\s+(people|persons|individuals|civilians|children|women|men|minors|migrants)\b",
                                     re.I)


#: Participles of being held, freed or moved that describe the people after them ("six captured soldiers");
#: not those of harm, which headlines write as their own tallies ("2 killed others injured").
_HELD_PARTICIPLES: Final = {"captured", "detained", "abducted", "kidnapped", "arrested", "imprisoned", "jailed",
                            "rescued", "freed", "released", "deported", "evacuated", "repatriated", "trapped"}
#: A wide gap and a capitalised word (or "other"): the next cell of a table row ("551,000    Dana and Maaret
#: Tamsrin", "146,000    other areas").
_NAME_CELL: Final = re.compile(r"[ \t]+([A-Z][\w'\u2019-]*|other\b|rest\b)")
#: "of whom" or "of them" and a verb in the past: "of whom sought shelter", "of them fled".
_PRONOUN_VERB: Final = re.compile(r"\s*of\s+(?:whom|them|those|these)\s+(?:[a-z]+ed|sought|fled|went|left|took|fell|ran|came|"
                                  r"became|found|made|got|lost|stayed|remain|remained|remains|are|were|was|is|have|had|has)\b",
                                  re.I)
#: Places a cue word may describe before them that are no counted nouns of their own ("11 detention centres").
_SITE_NOUNS: Final = {"centres", "centers", "places", "facilities"}
#: Counted nouns written short with a full stop after them.
_ABBREVIATED: Final = {"ind", "indiv", "inds"}


def _noun_after(text: str, end: int) -> tuple[str, int, bool]:
    """The counted noun after a number ending at ``end``: (unit, end of the noun, known noun?).

    Up to four modifiers are skipped ("12 enemy tanks", "20 opposition
    fighters", "one 14-year-old boy"); of two count nouns in a row the second
    wins ("rebel fighters"). A list of person nouns is one group ("95,000 men,
    women and children": people). A capitalised plural that names a nationality
    or group counts people ("1,400 Israelis"). An unknown plural noun ("two
    sides") is returned as unknown.
    """
    if text[end:end + 1] == ")" and end and "(" in text[max(0, end - 14):end]:
        end += 1  # "(5,599) people": a figure set in parentheses
    if text.startswith(" sets of ", end) and (sets := _SETS_OF_REMAINS.match(text, end)):
        return "bodies", sets.end(), True  # "41 sets of remains": the dead, as bodies are
    m = _OF.match(text, end)
    pos = m.end() if m else end
    if pos > end and _PRONOUN_VERB.match(text, end):
        return "", end, True  # "30,000 of whom sought shelter in towns": a verb, no noun
    if m and "of" in text[end:m.end()] and ((whole := _WHOLE_NUMBER.match(text, pos))
                                            or ((owner := _OWNER.match(text, pos))
                                                and (whole := _WHOLE_NUMBER.match(text, owner.end())))):
        pos = whole.end()  # "47 of the 52 sites", "nine of the state's 17 townships": the noun of the whole
    limit = min(len(text), pos + 80)
    words = names = 0
    nxt = None
    while pos < limit and words < 4 + min(names, 2):  # (a name of an organisation may run longer: "eight
        # Palestine Red Crescent Society (PRCS) medics")
        age = _AGE_MODIFIER.match(text, pos, limit) if text[pos:pos + 1].isdigit() else None
        if age:
            pos = age.end()
            words += 1
            continue
        # the word read as "next" last time, when it starts here (same pattern, same limit)
        w = nxt if nxt is not None and nxt.start() == pos else WORD.match(text, pos, limit)
        if not w:
            break
        word = w.group().lower().rstrip("'\u2019")
        if word.endswith("-") and (broken := _BROKEN_AT.match(text, w.end() - 1, limit)) is not None \
                and (joined := word[:-1] + broken.group(1)) in lexicon.COUNT_NOUNS:
            unit, u_end = _coordinated(text, broken.end(), joined)  # "com- batants", "civil-\nians"
            return unit, u_end, True
        nxt = WORD.match(text, w.end() + 1, limit) if text[w.end():w.end() + 1] == " " else None
        nword = nxt.group().lower() if nxt else ""
        if nxt and f"{word} {nword}" in lexicon.COUNT_NOUNS:
            unit, u_end = _coordinated(text, nxt.end(), f"{word} {nword}")
            return unit, u_end, True
        if word == "idp" and nxt and nword[:1].islower() and nword not in AUX and not starts_with_cue(nword):
            words += 1  # "four IDP hosting sites": IDP describes what follows
            pos = w.end() + 1
            continue
        # a noun after this one that is the counted noun ("rebel fighters"); never "home" after a participle
        # ("1,400 returned home") or people ("taking 291 migrants home")
        noun_next = nword in lexicon.COUNT_NOUNS and nword not in lexicon.METRIC_ONLY_UNITS \
            and not (nword == "home" and (word in lexicon.METRIC_ONLY_UNITS or word in lexicon.PERSON_NOUNS)) \
            and not (nword == "remains" and word in lexicon.PERSON_NOUNS)  # "one peacekeeper remains missing"
        if word in lexicon.COUNT_NOUNS and not (
                not word.endswith("s") and word not in _INVARIANT and nxt and words < 3
                and (noun_next or (_plural_unknown(nword) and nword != "remains"))):
            if nxt and noun_next:
                unit, u_end = _coordinated(text, nxt.end(), nword)
                return unit, u_end, True
            unit, u_end = _coordinated(text, w.end(), word)
            return unit, u_end, True
        if word in _HURT_ADVERBS and nword in ("injured", "wounded", "hurt"):
            pos = w.end() + 1  # "one critically injured man": the adverb of a modifier
            continue
        if word in ("more", "other", "additional", "further", "extra"):
            pos = w.end()
            while pos < limit and text[pos] in " -":
                pos += 1
            continue
        if word in lexicon.COUNT_NOUNS:
            pass  # a singular count noun before another one modifies it ("refugee returns", "child soldiers")
        elif w.group().isupper() and len(word) > 1 and not starts_with_cue(word):
            pass  # an acronym modifies the noun ("12 WHO colleagues", "15 UNRWA staff")
        elif ((nword in lexicon.OBJECT_NOUNS or nword in _EVENT_NOUNS or nword in _SITE_NOUNS)
              and (starts_with_cue(word) or word == "idp")) or (
                word in ("most", "least") and text[max(0, w.start() - 7):w.start()].lower() == "of the "):
            pass  # "3 displacement sites", "46 new IDP camps", "11 detention centres": the cue word only describes
            # the place
        elif word in _HELD_PARTICIPLES and nword in lexicon.PERSON_NOUNS:
            pass  # "six captured soldiers", "30 abducted girls": a participle describes the people counted
        elif word in ("and", "or") and words and (pair := _PAIR_TAIL.match(text, w.end(), limit)) is not None \
                and pair.group(1).lower() in lexicon.COUNT_NOUNS and not starts_with_cue(pair.group(0).split()[0]):
            pos = w.end() + 1  # "97 health and emergency workers": two words describe one noun
            continue
        elif (word in STOP_RIGHT or word in AUX or starts_with_cue(word) or word in ("and", "or") or word in _VERBS
                or word in NUMBER_WORDS or word in _MODIFIER_ADVERBS):
            if word in _MODIFIER_ADVERBS:
                pos = w.end() + 1
                continue  # "16,000 mostly women and children"
            break
        if _plural_unknown(word) and w.group()[:1].islower() and not noun_next:
            return word, w.end(), False  # (but "14 logistics suppliers": a word in -s that describes the noun after)
        if w.group()[:1].isupper() and (pair := _CAPITAL_PAIR.match(text, w.end(), limit)) is not None:
            pos = pair.end()  # "Masalit and Fur IDPs": two names modify the noun
            words += 1
            continue
        if _demonym(w.group()) and not (nxt and (nword in lexicon.COUNT_NOUNS or _plural_unknown(nword))):
            unit, u_end = _coordinated(text, w.end(), "people")
            return "people", u_end, True
        words += 1
        pos = w.end()
        if w.group()[:1].isupper():
            names += 1
            if (acronym := _ACRONYM_AFTER.match(text, pos, limit)) is not None:
                pos = acronym.end()  # "Palestine Red Crescent Society (PRCS) medics"
        while pos < limit and text[pos] in " -":
            pos += 1
    return "", end, True


#: An acronym in parentheses after a name: " (PRCS)".
_ACRONYM_AFTER: Final = re.compile(r" \([A-Z]{2,8}\)(?= )")
