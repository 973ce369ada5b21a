"""Claims extraction: one tidy row per figure an article reports.

For every number phrase (see :mod:`analysis.claims.numbers`; its span, and
so ``surface``, includes a hedge such as "at least") in a sentence (see
:mod:`analysis.claims.context`) the extractor finds

* ``unit``: the counted noun right after the number
  (:mod:`analysis.claims.counted_nouns`), skipping up to four
  modifiers ("12 enemy *tanks*", "20 opposition *fighters*", "two more
  *incidents*"); "people" when the figure counts people without naming them
  ("45 dead", "12 others");
* ``metric``: from cue words and nouns (:mod:`analysis.claims.lexicon`,
  found around the figure by :mod:`analysis.claims.cues`), the first that
  applies of:

  1. a counted noun that is a metric word ("45 *dead*", "70 *wounded*") or a
     cue inside the noun phrase ("12 *wounded* soldiers", "thousands of
     *internally displaced* people");
  2. a cue just after the figure and its noun, in the same clause ("12
     people *were killed*", "six children and one man *killed*"); a gerund
     or present-tense verb there starts a new clause and does not count;
  3. a cue just before it ("*killing* at least 43", "*claimed the lives of*
     142", "*death toll* rose to 45"); "a population of", "home to" block
     this (the figure is then ``other``);
  4. a counted noun that names a metric ("5,000 *refugees*");
  5. the metric of the figure before it in a breakdown or list ("311 dead,
     including 183 fighters and 28 civilians", "15 dead among X and 23 among
     Y, as well as two civilians");
  6. a toll that reaches the figure ("the death toll ... reached 51");
  7. a cue further before, then further after, in the same clause.

  In a list or table (:mod:`analysis.claims.layout` tells its lines) a figure with no cue of its own takes
  the metric of the heading or the introduction before the list, and in a table whose header row names
  its columns ("Month   Killed   Injured", "Date | Place | Killed | Injured") the metric of its column.

  A cue must fit the noun: people are not destroyed, tanks are not killed,
  strikes and shells are never anything but ``other``; "shot" alone is
  ``casualties`` (killed or wounded, not said which).
* ``attributed_to``, ``place`` and ``period`` from the sentence (a pronoun or
  a bare quote takes the last named speaker before, see
  :mod:`analysis.claims.attribution`).

Rules for what is emitted:

* A figure with a conflict metric is always emitted. A figure with no metric
  is emitted as metric ``other`` only when it counts a known counted noun
  (people, soldiers, tanks, villages, strikes, ...). Anything else (an
  unknown noun: "two sides", "three incidents") is left out.
* Non-counts (dates, years, ages, times, model names, unit names, ordinals,
  percentages, distances, money, phone numbers, page furniture) never become
  rows: :mod:`analysis.claims.numbers` sets them aside.
* "one", "a" and "an" are figures only before a person noun and with a
  conflict metric ("a child was killed", "one of her children died"), never
  as ``other``.
* The death of a named officer ("the death of Brigadier General X") is a row
  of 1 killed, unit "officer" ("person" for an emir or sheikh); its span
  is the rank and name ("Brigadier General X").
* A toll that changes ("rose from 20 to 45") is the new figure, 45.
* People held and then killed or freed take their fate ("14 of those kidnapped were later killed"); the
  bodies or remains of people are the dead; people who came through ("the remaining 37 were rescued") take
  no toll from the figures before them.
* Repeats: when the same figure (metric and value; same unit, or one of them
  "people"; same place or one empty) appears again in the same article
  (typically headline then body), every later row gets ``repeat_of`` = the
  ``start`` offset of the first one; the first has ``repeat_of`` None. Rows
  are kept, never dropped. Metric ``other`` rows are never marked.

Extraction never raises on any text: a failure inside one sentence drops
that sentence's rows only (the property tests check this). No language
model is used: precompiled regular expressions and text2num only.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from typing import Final, Iterable

import pandas as pd

from analysis.claims import lexicon
from analysis.claims.alternation import by_first_char
from analysis.claims.articles import Article
from analysis.claims.attribution import Attributor
from analysis.claims.scope import scope_of
from analysis.claims.counted_nouns import WORD, starts_with_cue, unit_after
from analysis.claims.cues import (ARMED, AS_METRIC, OBJECT_FIGURE, compatible, cue_index, cue_metric, cues_in, own_verb,
                                  right_cue, toll_metric)
from analysis.claims.context import TABLE_ROW, Sentence, nearest_span, period_spans, sentences
from analysis.claims.layout import (LABEL_WORD, bare_heading, gap_row, has_cell_gaps, header_cells, label_noun, list_like,
                                    row_cells, row_label, rule_line, slash_labels, slash_side, thing_label)
from analysis.claims.places import country_code, is_country, is_subdivision, place_fields, sentence_places
from analysis.claims.numbers import (KIN_BEFORE_NAME, NAME_LINK, NAME_PARTICLE, Quantity, find_quantities, parse_number,
                                     qualifier_bounds)
from analysis.claims.shares import find_shares
from analysis.errors import ArticleError
from analysis.schemas import CLAIM_COLUMNS

#: Output columns: the schema's claim columns plus ``repeat_of``.
COLUMNS: Final = CLAIM_COLUMNS + ["repeat_of"]

_NEUTRAL_BEFORE: Final = re.compile(
    r"(?:population|home\s+to|inhabited\s+by|inhabitants|capacity|population\s+of|hosting|hosts?|housing|"
    r"residents\s+of)\s+(?:of\s+)?"
    # (not a verb of harm after it: "members of the population killed 98 people": what they did)
    r"(?!(?:[\w-]+\s+)?(?:killed|killing|wounded|injured|executed|lynched|abducted|kidnapped|detained|arrested)\s)"
    r"(?:[\w-]+\s+){0,2}$|"
    # "the town's population has swollen to": what it grew to is still its size
    r"population\s+(?:has\s+|had\s+|have\s+)?(?:swollen|swelled|grown|grew|risen|rose|increased|climbed|doubled|"
    r"tripled|jumped)\s+(?:by\s+(?:displacement|arrivals|the\s+displaced)\s+)?to\s+(?:(?:more\s+than|over|about|some|"
    r"nearly|almost|around)\s+)?$|"
    r"\b(?:a|the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:city|town|village|country|region|province|district|area|nation|"
    r"community|camp|neighbou?rhood|settlement)\s+of\s+(?:(?:some|about|over|more\s+than|nearly|almost|around|"
    r"roughly|an\s+estimated|approximately)\s+)*$", re.I)
#: What a place was built to hold, not who is in it: "transit centres built for 3,000 people", "space for 500
#: families", "designed to accommodate 10,000" (lower-cased text; its words are among :data:`_NEUTRAL_KEYS`, and
#: "for" or "to" is in it, tested first).
_CAPACITY_BEFORE: Final = re.compile(
    r"\b(?:(?:built|designed|meant|intended|planned)\s+(?:to\s+(?:hold|house|accommodate|host|shelter)|for)|"
    r"(?:space|room|capacity)\s+for|(?:enough|sufficient)\s+(?:[a-z]+\s+){0,3}?"
    r"(?:to\s+(?:treat|feed|serve|shelter|cover|support|assist|reach)|for)|"
    # supplies sized for a number: "material to treat up to 500 wounded people"
    r"(?:supplies|material|materials|kits|medicines|stocks|equipment)\s+(?:[a-z]+\s+){0,3}?to\s+(?:treat|care\s+for))\s+"
    r"(?:(?:some|about|around|up\s+to|at\s+most|only|just)\s+)*$")
#: A camp or site that holds, hosts or shelters the figure: its people are displaced (lower-cased text).
_CAMP_HOLDS: Final = re.compile(
    r"\b(?:camps?|sites?|settlements?|shelters?|(?:transit|collective|reception|evacuation)\s+(?:centres?|centers?)|"
    r"schools?|stadiums?|coliseum|(?:sports\s+|public\s+)?halls?|churche?s?|mosques?|public\s+buildings?|"
    r"warehouses?|gym(?:nasium)?s?|"
    r"centres?\s+for\s+(?:the\s+)?displaced)\b(?:[^.;:,]{0,50}?|[^.;:,]{0,40}?,\s+(?:(?:which|that)(?:\s+\w+){0,3}\s+)?"
    r"(?:already\s+|now\s+|still\s+)?|"
    # an aside between commas, and the verb of the camp: "Zamzam camp, 15 km south of the city, already shelters"
    r"[^.;:,]{0,40}?,[^.;:,]{1,60},\s+(?:(?:is|are)\s+)?(?:already\s+|now\s+|still\s+|currently\s+)?)"
    r"\b(?:hold|holds|held|holding|host|hosts|hosted|hosting|"
    r"shelter|shelters|sheltered|sheltering|house|houses|housed|housing|accommodate|accommodates|accommodated|"
    r"accommodating|home\s+to|received|receives|receiving|took\s+in|takes\s+in)\s+(?:(?:some|about|around|nearly|almost|"
    r"more\s+than|over|an\s+estimated|approximately|roughly|at\s+least|close\s+to|already|now|still)\s+)*$")
#: Aid and services: "provided assistance to 5,000 IDPs", "vaccinated 2,000 children", "of whom 50,100 have
#: received cash": people reached, not people harmed or moved (metric ``other``).
_AID_BEFORE: Final = re.compile(
    r"\b(?:assist(?:ed|ing|s)?|vaccinat(?:e|ed|ing|es)|screen(?:ed|ing|s)?|process(?:ed|ing)?|"
    r"serv(?:e|ed|es|ing)|support(?:ed|ing|s)?|fe[de]|feeding|enrol(?:l?ed|ling|s)?|train(?:ed|ing|s)?|"
    r"interview(?:ed|ing|s)?|benefit(?:t?ed|t?ing|s)?|help(?:ed|ing|s)?|immuni[sz](?:ed|ing)|g[ai]ve|given|giving|"
    r"survey(?:ed|ing)?(?:\s+of)?|sample\s+of|poll(?:ed)?(?:\s+of)?|interviews?\s+with|assessment\s+of|"
    r"spoke\s+(?:[\w-]+\s+){0,3}?(?:with|to)|"
    r"(?:assistance|aid|relief|support|services?|supplies|items|kits|rations|cash|food|water|shelter)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:to|for)|(?:(?:provid|distribut|deliver|extend)(?:e|ed|es|ing)|hand(?:ed|ing|s)?\s+out)\s+"
    r"(?:[\w-]+\s+){0,5}?(?:to|for)|provid(?:e|ed|es|ing)|"
    # aid as the subject: "cash assistance of 45,000 francs has reached 2,300 displaced households"
    r"(?:assistance|aid|relief|supplies|items|kits|rations|cash|vouchers|distributions?)\s+(?:[\w,.-]+\s+){0,6}?"
    r"(?:has|have|had)\s+(?:now\s+|so\s+far\s+|already\s+|also\s+)?reached)\s+(?:(?:some|about|over|more\s+than|at\s+least|nearly|almost|up\s+to|an\s+estimated|around|"
    r"another|all|the|a\s+further)\s+)*$")
#: Words that must occur for :data:`_AID_BEFORE` / :data:`_AID_AFTER` (group ``aid``) or for
#: :data:`_NEUTRAL_BEFORE` / :data:`_CAMP_HOLDS` (group ``neutral``) to match, in lower-cased text; a pattern
#: for each group, grouped by first letter, searched once per sentence up to its first hit.
_AID_KEYS: Final = ["assist", "vaccin", "screen", "process", "serv", "support", "fed", "fee", "enrol", "train",
                    "interview", "benefit", "help", "immuni", "gav", "giv", "survey", "sample", "poll", "aid",
                    "relief", "suppl", "items", "kits", "rations", "cash", "food", "water", "shelter", "provid",
                    "distribut", "deliver", "extend", "receiv", "need", "eligible", "identified", "registered",
                    "targeted", "meal", "voucher", "blanket", "tent", "hand out", "handed out", "handing out",
                    "hands out", "assessment", "spoke", "reached by"]
_NEUTRAL_KEYS: Final = ["populat", "home", "inhabit", "capacity", "host", "housing", "residents", "city", "town",
                        "enough", "sufficient",
                        "built", "designed", "meant", "intended", "planned", "space", "room",
                        "village", "country", "region", "province", "district", "area", "nation", "community", "camp",
                        "neighbo", "settlement", "site", "centre", "center", "school", "stadium", "coliseum", "hall",
                        "church", "mosque", "building", "warehouse", "gym", "supplies", "material", "kits", "medicines",
                        "stocks", "equipment"]


def gates(low: str) -> tuple[bool, bool]:
    """Whether the lower-cased sentence ``low`` holds a word of :data:`_AID_KEYS` and one of
    :data:`_NEUTRAL_KEYS`: the aid and population patterns are searched only where it does."""
    aid = neutral = False
    for m in _GATES.finditer(low):
        if (m.lastgroup or "")[:1] == "a":
            aid = True
        else:
            neutral = True
        if aid and neutral:
            break
    return aid, neutral


#: Both gates in one pattern, searched in one pass: each key's empty group at its end names its gate.
_GATES: Final = re.compile(by_first_char(_AID_KEYS + _NEUTRAL_KEYS,
                                  [f"aid__{i}" for i in range(len(_AID_KEYS))]
                                  + [f"neutral__{i}" for i in range(len(_NEUTRAL_KEYS))]))
_AID_AFTER: Final = re.compile(
    r"\s*(?:\([^()]{0,40}\)\s*)?(?:,\s*(?:who|that)\s+)?(?:(?:have|has|had|were|was|are|is|being|been|now|already|also|all|"
    r"each)\s+)*"
    r"(?:received(?!\s+at\b|\s+(?:[\w-]+\s+)?(?:wounds|injuries|burns))|receiving|benefit(?:t?ed|t?ing)|vaccinated|assisted|supported|served|screened|"
    r"reached\s+by|in\s+need(?:\s+of)?|identified\s+for|eligible\s+for|enrolled|registered\s+for|targeted\s+(?:for|with)|"
    r"provided\s+with|given|(?:will\s+|would\s+)?need(?:s|ed)?\s+(?:urgent\s+)?(?:humanitarian\s+|food\s+|medical\s+|"
    r"shelter\s+|cash\s+|emergency\s+)?(?:assistance|aid|help|support|protection))\b")
_NEUTRAL_BEFORE_LOWER: Final = re.compile(_NEUTRAL_BEFORE.pattern.lower())
#: Aid given (not asked for) in an :data:`_AID_BEFORE` match: its first word is a verb of giving or serving
#: ("provided food to", "assisted", "distributed kits to"), not a noun ("support needed for", "aid for").
_GIVEN_BEFORE: Final = re.compile(r"(?:assist|serv(?!ices?\b)|support(?:ed|ing|s)\b|fe[de]\b|feeding|help|g[ai]ve|given|"
                                  r"giving|provid|distribut|deliver|extend|hand|vaccinat|screen|process|enrol|train|immuni|"
                                  r"benefit)")
#: Aid given in an :data:`_AID_AFTER` match: "who received", "benefited", "were assisted" (not "in need of").
_GIVEN_AFTER: Final = re.compile(r"[^;]*?\b(?:received|receiving|benefit(?:t?ed|t?ing)|vaccinated|assisted|supported|served|"
                                 r"screened|enrolled|provided\s+with|given|reached\s+by)\b")


def _delivered(aid: re.Match | None, aid_after: re.Match | None) -> bool:
    """Whether the aid before the figure (``aid``, an :data:`_AID_BEFORE` match) or after it (``aid_after``, an
    :data:`_AID_AFTER` match) was given to the people counted, rather than asked or needed for them."""
    if aid is not None:
        return _GIVEN_BEFORE.match(aid.group()) is not None or " reached" in aid.group()  # "aid has reached"
    return aid_after is not None and _GIVEN_AFTER.match(aid_after.group()) is not None


#: Aid that reached people: "have reached 12,000 (of the newly displaced) with food rations" (lower-cased text).
_REACHED_BEFORE: Final = re.compile(r"\breach(?:ed|es|ing)?\s+(?:(?:some|about|over|more\s+than|at\s+least|nearly|almost|"
                                    r"an\s+estimated|around|another|a\s+further)\s+)*$")
_WITH_AID_AFTER: Final = re.compile(r"(?:\s+(?:of\s+)?(?:the\s+|those\s+)?[\w-]+){0,4}?\s+with\s+(?:[\w-]+\s+){0,3}?"
                                    r"(?:food|aid|assistance|rations|kits|cash|water|supplies|items|relief|vouchers|services|"
                                    r"support|meals|blankets|medicines?|shelter|tents|care|treatment|vaccines?|vaccinations?)\b")
#: A participle of harm between a figure and its noun: "19 injured persons", "4 seriously wounded soldiers".
_HURT_BEFORE_NOUN: Final = re.compile(r"\s+(?:(?:seriously|severely|critically|badly|lightly|slightly)\s+)?"
                                      r"(?:injured|wounded|hurt)\s+[a-z]")
_CHANGE: Final = re.compile(r"\b(?:rose|risen|rising|rises|climbed|climbing|increased|jumped|went\s+up|up|grew|surged|"
                            r"raising|bringing)\s+(?:\w+\s+){0,3}?from\s*$", re.I)
_BREAK_CONNECT: Final = re.compile(
    r"^[\s,:;(+\u2013\u2014-]*(?:(?:at\s+least|or\s+more|so\s+far|in\s+total|in\s+all|up\s+from|down\s+from|"
    r"compared\s+(?:with|to)|against|from\s+a\s+previous|"
    r"(?:have|has|had|were|was)\s+(?:been\s+)?[a-z]+|in\s+[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)?|"
    r"according\s+to\s+(?:[\w'\u2019-]+\s+){0,3}[\w'\u2019-]+|"
    # "3 dead confirmed by residents (2 men, 1 woman)": who counted them, then the breakdown
    r"(?:confirmed|reported|recorded|verified|counted|documented)\s+by\s+(?:[\w'\u2019-]+\s+){0,2}[\w'\u2019-]+)[\s,]+)?"
    # "killed since Thursday, among them", "killed three people on Sunday including": a time before a breakdown
    r"(?:(?:since|on|last|this|during)\s+[\w'\u2019-]+[\s,]+(?=includ|among|of\s+wh|of\s+them|namely|compris|most|main))?"
    r"(?:(?:including|among\s+them|among\s+which)\s+(?:those|that)\s+of|"  # "23 bodies, including those of five women"
    r"including|includ(?:e|es|ed)|among\s+them|among\s+whom|of\s+whom|of\s+them|among\s+those|"
    r"namely|comprising|mostly|mainly|and|as\s+well\s+as|plus|along\s+with|besides|while|with|in\s+addition\s+to|"
    r"as\s+follows|of\s+which|who\s+were|they\s+were|they\s+are|:|or|that\s+is|i\.e\.|"
    r"bringing\s+(?:the\s+|its\s+|their\s+)?(?:overall\s+|cumulative\s+)?(?:total|tally|figure|number)\s+to|"
    r"including\s+at\s+least)?[\s,:;(\u2013\u2014-]*(?:(?:their|his|her|its)\s+)?$",
    re.I,
)
_NAMED_DEATH: Final = re.compile(
    r"\b(?:death|deaths|killing|assassination|murder|execution|martyrdom)\s+of\s+"
    r"(?:(?:[A-Z][\w'\u2019-]*|al-\w+|and|of|the)\s+){0,6}?"
    rf"(?P<rank>(?i:{lexicon.RANKS}))\s+"
    r"(?P<name>(?:[A-Z][\w'\u2019-]+|al-\w+|bin|ibn)(?:\s+(?:[A-Z][\w'\u2019-]+|al-\w+|bin|ibn)){0,4})",
)
#: One named person among the people of a fate: "Among the dead is Olha Levchenko", "among those abducted was Dr.
#: Ali Musa".
_NAMED_AMONG: Final = re.compile(
    r"\b[Aa]mong\s+(?:the|those)\s+(?P<fate>dead|killed|victims|wounded|injured|missing|detained|abducted|kidnapped)"
    r"\s+(?:is|was)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}?"
    r"(?P<name>(?:(?:Dr|Mr|Mrs|Ms)\.?\s+)?[A-Z][\w'\u2019-]+(?:\s+(?:[A-Z][\w'\u2019-]+|al-\w+|el-\w+|bin|ibn)){1,4})")
#: The auxiliary of a named person's fate: "was", "were", "has been", "had been" (case kept).
_FATE_AUX: Final = r"(?:was|were|has\s+been|had\s+been)\s+"
#: A soldier named with a rank as the subject of a fate: "Naik Muhammad Ayaz (age 29 ...) embraced shahadat",
#: "Sergeant Eliav Tzur, 20, from Ashdod, fell in combat" (the cue itself is read by :func:`_rank_fate`).
_NAMED_RANK: Final = re.compile(
    r"(?<![\w-])(?P<rank>(?:(?:Staff|Master|First|Lance|Chief|Senior)\s+)?(?:Sergeant|Sgt\.?|Corporal|Cpl\.?|Private|Pte\.?|"
    r"Naik|Sepoy|Havildar|Subedar|Captain|Capt\.?|Lieutenant|Lt\.?|Major|Maj\.?|Colonel|Col\.?|Warrant\s+Officer|"
    r"Rifleman|Gunner|Trooper|Specialist|Constable|Inspector))\s+"
    r"(?P<name>[A-Z][\w'\u2019-]+(?:\s+(?:[A-Z][\w'\u2019-]+|al-\w+|bin|ibn)){1,3})"
    r"(?:\s*\([^()]{0,80}\)|(?:\s*,[^,;.]{0,60}){0,2},)?\s*(?P<verb>" + _FATE_AUX + ")?")
#: Officer ranks: the unit of one named with them.
_OFFICER_RANKS: Final = ("captain", "capt", "lieutenant", "lt", "major", "maj", "colonel", "col", "inspector")
#: A person named with their age, then (after at most one aside) the fate the cue right after says: "Paramedic
#: Hassan Ezzeddine, 26, was killed instantly", "Mahmoud Kaddour, 61, who owned the tractor, was killed", "Hajj Ali
#: Mroueh, 71, who died in his kitchen". Tried only where an age between commas is written (:data:`_AGE_COMMAS`),
#: from the name that ends there (:data:`_NAME_ENDS`).
_NAMED_AGE: Final = re.compile(
    r"(?!(?:In|On|At|From|By|For|With|The|And|But|Of|To|After|Before|During|Since|Near|When|While|As|Also|Then|"
    r"Meanwhile|Elsewhere|Today|Yesterday)\s)"
    rf"(?P<name>[A-Z][\w'\u2019-]+(?:\s+(?:[A-Z][\w'\u2019-]+|{NAME_LINK})){{0,4}}),\s+"
    r"(?P<age>\d{1,2}),\s*"
    # an aside ("a teacher from the town,", "head of the hospital,", "who owned the tractor,"), but not the next
    # person of a list ("Omar Salem, 52,")
    r"(?P<aside>(?![A-Z][\w'\u2019-]*(?:\s+[\w'\u2019-]+){0,4},\s+\d)(?!who\s+died\b|said\b|told\b|says\b|and\s|or\s)"
    # (nor the person's own verb: "Karim Hassan, 35, was wounded and his brother, 30, was killed")
    r"(?!(?:was|were|has|had|is|are)\s)"
    r"[^,;.()\d]{1,60},\s*)?"
    r"(?P<verb>(?:who\s+)?(?:" + _FATE_AUX + r")?"
    r"(?:(?:seriously|critically|badly|severely|lightly|slightly|gravely|fatally|also|later)\s+)?)")
#: An age between commas (after a lower-case letter, tested apart: a pattern that begins with a literal comma is
#: scanned for many times faster than one that begins with a class of letters).
_AGE_COMMAS: Final = re.compile(r",\s\d{1,2},")
_NAME_ENDS: Final = re.compile(r"(?<![\w'\u2019-])(?P<name>[A-Z][\w'\u2019-]+"
                               rf"(?:\s+(?:[A-Z][\w'\u2019-]+|{NAME_LINK})){{1,4}})$")
#: One name opening a sentence or after "and" before an age: "Rami, 17, was killed by a sniper".
_ONE_NAME_ENDS: Final = re.compile(r"(?:^|(?<=[.;:!?]\s)|(?<=\n)|(?<=\band\s))(?P<name>[A-Z][a-z'\u2019-]+)$")
#: A kin noun and one name before an age: "His son Omar, 19, who died beside him" (the name alone is matched).
_KIN_NAME_ENDS: Final = re.compile(KIN_BEFORE_NAME + r"(?P<name>[A-Z][\w'\u2019-]+)$")
_AMONG_FATES: Final = {"dead": "killed", "killed": "killed", "victims": "killed", "wounded": "wounded",
                       "injured": "wounded", "missing": "missing", "detained": "detained", "abducted": "detained",
                       "kidnapped": "detained"}


def _named_candidates(text: str) -> list[re.Match]:
    """The matches of :data:`_NAMED_DEATH`, :data:`_NAMED_AMONG` and :data:`_NAMED_RANK` in ``text`` (a soldier's
    not yet checked for a fate after the name)."""
    found = list(_NAMED_DEATH.finditer(text)) if any(w in text for w in _DEATH_WORDS) else []
    if "mong the" in text or "mong those" in text:
        found += _NAMED_AMONG.finditer(text)
    return found + _rank_matches(text) + _age_matches(text)


def _age_matches(text: str) -> list[re.Match]:
    """The matches of :data:`_NAMED_AGE` in ``text``: a name (two to five words, capitalised) right before an age
    between commas."""
    found = []
    for a in _AGE_COMMAS.finditer(text):
        k = a.start()
        if not (k and "a" <= text[k - 1] <= "z"):
            continue
        name = _NAME_ENDS.search(text, max(0, k - 60), k) or _KIN_NAME_ENDS.search(text, max(0, k - 60), k) \
            or _ONE_NAME_ENDS.search(text, max(0, k - 30), k)
        if name is not None and (m := _NAMED_AGE.match(text, name.start("name"))) is not None \
                and m.end("age") == a.end() - 1:
            found.append(m)
    return found


def _named(text: str) -> list[tuple[re.Match, int, int, str, str]]:
    """One named person of a sentence per match: (match, start, end, unit, metric) of its row. The death of a
    named officer (:data:`_NAMED_DEATH`), a named person among the people of a fate (:data:`_NAMED_AMONG`), a
    soldier named with a rank followed by a fate (:data:`_NAMED_RANK`)."""
    out = []
    candidates = _named_candidates(text)
    ages = {m.start(): m for m in candidates if m.re is _NAMED_AGE}
    for m in candidates:
        if m.re is _NAMED_AMONG:  # "Among the dead is Olha Levchenko, a nurse": one person, named
            out.append((m, m.start("name"), m.end("name"), "person", _AMONG_FATES[m.group("fate").lower()]))
        elif m.re is _NAMED_AGE:  # "Paramedic Hassan Ezzeddine, 26, was killed": one person, named
            fate = _age_fate(text, m, ages)
            if fate is not None:
                first = m.group("name").split()[0].lower()
                out.append((m, m.start("name"), m.end("name"),
                            first if first in lexicon.SINGLE_PERSON_NOUNS else "person", fate))
        elif m.re is _NAMED_RANK:  # "Sergeant Eliav Tzur, 20, from Ashdod, fell in combat": one soldier, named
            fate = _rank_fate(text, m)
            if fate is not None:
                officer = m.group("rank").lower().rstrip(".").split()[-1] in _OFFICER_RANKS
                out.append((m, m.start("rank"), m.end("name"), "officer" if officer else "soldier", fate))
        else:  # "the death of Brigadier General X"
            rank = " ".join(m.group("rank").lower().replace(".", "").split())
            out.append((m, m.start("rank"), m.end(), "person" if rank in ("emir", "sheikh") else "officer", "killed"))
    return out


#: The rank words of :data:`_NAMED_RANK` as written, found by a pattern of plain words (far faster than trying
#: the whole pattern at every letter), and the words that may stand before them.
_RANK_WORDS: Final = ("Sergeant", "Sgt", "Corporal", "Cpl", "Private", "Pte", "Naik", "Sepoy", "Havildar", "Subedar",
                      "Captain", "Capt", "Lieutenant", "Lt", "Major", "Maj", "Colonel", "Col", "Warrant", "Rifleman",
                      "Gunner", "Trooper", "Specialist", "Constable", "Inspector")
_RANK_PREFIXES: Final = ("Staff ", "Master ", "First ", "Lance ", "Chief ", "Senior ")
_RANK_WORD: Final = re.compile("|".join(_RANK_WORDS))  # literal words only: the engine skips to their first letters


def _rank_matches(text: str) -> list[re.Match]:
    """The matches of :data:`_NAMED_RANK` in ``text``, tried only where a rank word is written."""
    starts = set()
    for w in _RANK_WORD.finditer(text):
        k = w.start()
        prefix = next((p for p in _RANK_PREFIXES if text.startswith(p, k - len(p))), "")
        starts.add(k - len(prefix))
    found, end = [], -1
    for k in sorted(starts):
        if k < end:
            continue
        m = _NAMED_RANK.match(text, k)
        if m is not None:
            found.append(m)
            end = m.end()
    return found


#: What joins two people named with their ages who share a fate: "Youssef Karaki, 37, and correspondent Nour Saad,
#: 31, were killed".
_WHO_AUX: Final = re.compile(r"who\s+(?:" + _FATE_AUX + ")?")
_AND_NAMED_NEXT: Final = re.compile(r"(?:and\s+)?(?:[a-z][\w-]*\s+){0,2}")
#: Verbs of fate that are finite with no auxiliary: "Khalid Omar, 67, died in hospital".
_FINITE_FATES: Final = ("died", "fell", "succumbed", "perished", "drowned", "disappeared", "went missing",
                        "lost his life", "lost her life", "passed away")
#: "and" (and a word or two) right before a name: the name is the last of a chain.
_AND_BEFORE: Final = re.compile(r"(?:\band|,)\s+(?:[a-z][\w-]*\s+){0,2}$")
#: What follows a verb of fate and says it is none: "was released from hospital", "freed from the rubble",
#: "captured on video", "was missing a leg".
_NOT_A_FATE: Final = re.compile(r"(?:(?:released|discharged)\s+from\s+(?:the\s+)?hospital|"
                                r"(?:freed|pulled|rescued)\s+from\s+(?:the\s+)?rubble|"
                                r"captured\s+(?:on|by\s+(?:a|the))\s+(?:video|camera|film|tape|cctv)|"
                                r"missing\s+(?:a|an|one|both|his|her)\s)")
#: A loss that is someone else's death, not the named person's own: "Daw Khin Myo, 52, lost her mother".
_LOST_SOMEONE: Final = re.compile(r"lost\s+(?!(?:his|her|their)\s+li(?:fe|ves)\b)")


def _age_fate(text: str, m: re.Match, ages: dict[int, re.Match]) -> str | None:
    """The fate of a person named with their age (an :data:`_NAMED_AGE` match ``m``): the cue right after, or the
    fate of the next person so named after "and" (``ages``: the sentence's matches by their start)."""
    if _LOST_SOMEONE.match(text, m.end()):
        return None
    if m.group("verb").rstrip().endswith("were") \
            and _AND_BEFORE.search(text, max(0, m.start() - 30), m.start()) is None:
        return None  # "Relatives of Ahmed Ali, 45, were detained": the verb is of others (but "..., and correspondent
        # Nour Saad, 31, were killed": the last of a chain)
    fate = _rank_fate(text, m)
    if fate is not None and not m.group("verb").strip() and not text.startswith(_FINITE_FATES, m.end()):
        return None  # "2. Huda al-Qadasi, 34, economics reporter, killed alongside her brother": a participle, the
        # line of a list of the dead (counted by their toll), not a sentence of its own
    if fate is None and m.group("aside") and (who := _WHO_AUX.match(text, m.start("aside"))) is not None:
        return _fate_at(text, who.end())  # "Her nephew Samir, 15, who was playing outside, was wounded": the aside
        # is a fate only when it says one ("Samir, 15, who was wounded in the blast, said")
    if fate is None and m.group("verb") == "" and (joined := _AND_NAMED_NEXT.match(text, m.end())) is not None \
            and (after := ages.get(joined.end())) is not None:
        return _age_fate(text, after, ages)
    return fate


def _rank_fate(text: str, m: re.Match) -> str | None:
    """The fate a cue right after a soldier named with a rank says ("fell in combat", "was injured"), or None."""
    return _fate_at(text, m.end())


def _fate_at(text: str, k: int) -> str | None:
    """The fate of one person a cue starting at ``k`` says, or None (not "released from hospital")."""
    low = text.lower()
    if len(low) != len(text) or _NOT_A_FATE.match(low, k):
        return None
    cue = cue_index(low)[2].get(k)
    if cue is None or cue[2] not in ("killed", "wounded", "missing", "detained", "captured", "released"):
        return None
    return "detained" if cue[2] == "captured" else cue[2]


_ONE_WORDS: Final = {"one", "a", "an", "another", "his", "her", "their", "its", "whose", "he", "she"}
#: Only a cell bar between two figures of a table row.
_NEXT_CELL: Final = re.compile(r"[ \t]*\|[ \t]*")
_PARALLEL: Final = re.compile(r"(?:\band|\bas\s+well\s+as|\bplus|\balong\s+with|,)"
                              r"(?:\s+(?:the\s+[a-z-]+['\u2019]s|its|their))?"  # "35 houses and the village's two grain stores"
                              r"[\s\"\u201d]*$", re.I)
_ONE_NOT_A_FIGURE: Final = re.compile(r"\s+(?:another|day|side|way|time|thing|point|year|of\s+(?!(?:the|her|his|their|its|our|them|those|these)\b)|"
                                      r"of\s+the\s+(?:world'?s?|\w+est|most|biggest|worst|few|main|key|major|leading)\b)\b",
                                      re.I)
#: "a child", "an elderly man": one person, emitted only with a conflict metric.
_SINGLES: Final = lexicon.SINGLE_PERSON_NOUNS | lexicon.SINGLE_OFFICE_NOUNS
_A_PERSON: Final = re.compile(
    # matched only where a determiner begins a word (see _persons), so no search has to try every letter "a"
    r"(?:(?P<art>[Aa](?<![\w-][Aa])(?:n(?:other)?)?)\s+"
    # up to two words before the noun ("a water truck driver"), or three of a name ("a Norwegian Refugee Council
    # staff member")
    r"(?:(?:[A-Z][\w'\u2019-]*\s+){3}|(?:(?!(?:and|or|a|an|the|of|to|in|on|at|by|for|with|from|who|was|were|is)\s)"
    r"[\w'\u2019-]+\s+){0,2}?)(?P<noun>"
    # (titles capitalised too: "an Inspector attached to the unit", "a Second Lieutenant")
    + by_first_char([n.replace(" ", r"\s+") for n in sorted(_SINGLES | {
        n.title() for n in _SINGLES if n.islower()}, key=len, reverse=True)])
    # never a noun that names a body of people after it: "a volunteer group", "a farmer cooperative"
    + r")(?!\s+(?:groups?|teams?|networks?|organi[sz]ations?|committees?|associations?|cooperatives?|unions?|"
    r"councils?|brigades?|battalions?|units?|movements?|militias?|forces?|corps|services?|programmes?|programs?|"
    r"detention|camps?|centres?|centers?|boats?|routes?|crisis|sites?|settlements?|shelters?|convoys?)\b)"
    r"|(?P<kin>(?<![\w-])(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Ww]hose))\s+(?:[\w'\u2019-]+\s+){0,1}?(?P<kin_noun>"
    + by_first_char(sorted(lexicon.KIN_NOUNS, key=len, reverse=True)) + r"))\b"
)
#: "he was killed", "she succumbed to her injuries": one person, when the verb says so right after.
_PRONOUN_VICTIM: Final = re.compile(
    r"(?<![\w-])(?P<art>[Hh]e|[Ss]he|[Aa]nother)\s+(?:(?:was|had\s+been|has\s+been|is|were)\s+(?:(?:later|then|also|reportedly|"
    r"allegedly|seriously|critically|badly|fatally|subsequently)\s+)?(?=(?:killed|murdered|shot|wounded|injured|hurt|"
    r"executed|abducted|kidnapped|arrested|detained|beheaded|stabbed|slain|assassinated|tortured\s+to\s+death|"
    r"hit\s+by|struck\s+by|missing|captured|freed|released|taken\s+(?:hostage|prisoner|captive))\b)|"
    r"(?=(?:died|succumbed|later\s+died|disappeared|went\s+missing|sustained\s+(?:\w+\s+)?injuries|"
    r"suffered\s+(?:\w+\s+)?(?:injuries|wounds))\b)"
    # "a deminer was killed and another seriously hurt": the verb left out after "and another"
    r"|(?<=\sand\sanother\s)(?:(?:seriously|critically|badly|slightly|lightly|gravely)\s+)?"
    r"(?=(?:wounded|injured|hurt)(?:[,.;]|\s+(?:in|by|during|when|as|at|on|and|while|after|before)\b)))"
)


#: "rose to 78 on Sunday, up from 45": the earlier figure of the same toll; "412 were admitted ..., compared with 367
#: over the whole of last year": the same count at another time.
#: What joins the next year's figure of a count to the year before's, with no noun of its own: "... in 2021, falling
#: to [310] in 2022 and to [97] in 2023, before rising again to [141] in 2024".
_SERIES_NEXT: Final = re.compile(
    r"(?:[\w\s'\u2019-]{0,30}?\s(?:in|by|for|during)\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d)?,?\s+"
    r"(?:(?:and|but|then|before|after|while)\s+)?(?:then\s+)?"
    r"(?:(?:falling|fell|dropping|dropped|declining|declined|rising|rose|climbing|climbed|increasing|increased|"
    r"decreasing|decreased|jumping|jumped|soaring|soared|going\s+(?:up|down)|went\s+(?:up|down))"
    r"(?:\s+(?:again|further|sharply|slightly|back))?\s+)?to\s+(?:(?:about|around|some|nearly|almost|over|just)\s+)?",
    re.I)
#: "Among the 61 victims were eight women": the whole a part is among, and what joins the two (lower-cased).
_AMONG_WHOLE_BEFORE: Final = re.compile(r"\bamong\s+(?:the|those|these|all\s+the)\s+$")
_AMONG_WHOLE_THEN: Final = re.compile(r"(?:\s+[a-z'\u2019-]+){0,4}?,?\s+(?:were|was|are|is)\s+"
                                      r"(?:(?:also|at\s+least|some|about|around|nearly)\s+)?")
_PREVIOUS_TOLL: Final = re.compile(r"(?:\b(?:up|down)\s+from|\bcompared\s+(?:with|to)|,\s+(?:against|versus|vs\.?))\s+"
                                   r"(?:(?:some|about|around|nearly|almost|at\s+least|just|only)\s+)?(?:the\s+)?$")


def _compared(text: str, q: Quantity, prev: dict | None, prev_end: int, rows: list[dict]) -> dict | None:
    """The figure before ``q`` that ``q`` continues: ``prev``, but for an earlier toll ("up from 101,600") after a
    figure of another order of magnitude, the latest figure of the sentence of its order ("138,420 people are in
    412 shelters, up from 101,600": the people before, not the shelters)."""
    if prev is None or not q.value or not prev["value"] or 0.1 <= prev["value"] / q.value <= 10 \
            or not _PREVIOUS_TOLL.search(text, max(prev_end, q.start - 25), q.start):
        return prev
    for k in range(len(rows) - 1, -1, -1):  # (an index loop: mypyc reads it)
        if rows[k]["value"] and 0.1 <= rows[k]["value"] / q.value <= 10:
            return rows[k]
    return prev


_SAVED: Final = re.compile(r"\b(?:sav(?:e|ed|es|ing)|protect(?:ed|s|ing)?|spar(?:e|ed|ing))\b[^.;]*$")
_ELLIPTICAL_ONE: Final = re.compile(r"(?:\band|,|;|\bincluding|\bamong\s+them|\bof\s+whom)\s+$")
_NEW_CLAUSE: Final = re.compile(r",\s+(?:and|but|while|whereas|yet)\s+(?:the|a|an|its|their|his|her)\s")
_OF_BEFORE: Final = re.compile(r"\b(?:of|from)\s+$", re.I)  # (and "four people from one family")
#: Metrics of being on the move; a counted noun that names one of them (or a return) keeps its own
#: metric against a cue of this kind: "refugees fled" are refugees, "IDPs sought refuge" IDPs.
_MOVED: Final = lexicon.MOVED_METRICS
#: Metrics of people who moved somewhere: their place is where they went (:func:`places.place_fields`).
_MOVED_OR_BACK: Final = lexicon.MOVED_OR_BACK_METRICS
#: A relative clause right after a figure's noun: "20 fighters who had arrived", "12 men, who fled".
_RELATIVE_AFTER: Final = re.compile(r"\s*,?\s*(?:who|that|which)\b")
#: What may stand between a verb and the figure it governs: "killed another 20", "arrested at least 12".
_OBJECT_GAP: Final = re.compile(r"\s+(?:of\s+)?(?:(?:another|a\s+further|an\s+additional|the|all|at\s+least|some|about|"
                                r"around|nearly|almost|over|more\s+than|up\s+to)\s+)*$")  # "the execution of 19 captives"
_STATUS_NOUN_METRICS: Final = {"idps", "refugees", "returned"}
_HARM: Final = {"killed", "wounded", "casualties"}
#: Counted nouns that name an event, not a status: they keep their metric whatever describes them.
_EVENT_NOUN_METRICS: Final = {"returned", "released"}
#: People who are seized or captured but are not combatants: abducted, so detained.
_CIVILIAN_NOUNS: Final = {"people", "civilians", "children", "pupils", "students", "schoolgirls", "schoolboys",
                          "schoolchildren", "women", "girls", "boys", "villagers", "passengers", "workers",
                          "aid workers", "teachers", "journalists", "residents", "farmers", "worshippers", "persons",
                          "individuals", "men", "family members", "relatives", "doctors", "nurses", "staff",
                          "migrants", "refugees", "crew", "crew members", "crewmen", "sailors", "seafarers",
                          "fishermen", "health workers", "relief workers", "humanitarian workers", "medics",
                          "paramedics", "volunteers", "employees", "traders", "drivers", "truck drivers", "herders",
                          "pilgrims", "tourists", "engineers", "contractors", "staff members"}


def _camp_metric(unit: str, text: str) -> str:
    """The metric of people a camp or site holds: their noun's when it says they moved ("refugees"), else IDPs,
    displaced people staying in a site (as the corpora annotate them: 57 of 59 such rows that are neither refugees
    nor other); but displaced in a sentence of refugees, whom the place tells apart later."""
    noun = lexicon.NOUN_METRIC.get(unit)
    return noun if noun in _MOVED else "idps" if _staying_at_home(unit, text) else "displaced"


#: People freed in an exchange when they are "returned": those who were held (not people going home in the same story).
_EXCHANGED: Final = {"servicemen", "serviceman", "personnel", "prisoners", "prisoner", "detainees", "detainee", "captives",
                     "pows", "prisoners of war", "hostages", "civilians", "marines", "sailors", "servicepersons"}
#: Nouns of people whose camp or shelter makes them IDPs: people, not a nationality ("80,000 Syrians" in a camp abroad
#: are refugees, told later by the place).
_CAMP_PEOPLE: Final = {"", "people", "persons", "individuals", "households", "families", "civilians", "children", "women",
                       "residents", "villagers", "displaced", "idps", "ind", "hh"}


#: Agencies named for refugees: their name says nothing of who is counted ("the U.N. agency for Palestinian refugees said
#: about 12,000 people had taken shelter in 14 of its schools").
_REFUGEE_AGENCY: Final = re.compile(r"(?:agency|commissioner|council|office|organi[sz]ation|works\s+agency)\s+for\s+"
                                    r"(?:[a-z]+\s+)?refugees|refugee\s+(?:agency|council|committee|office)")


def _staying_at_home(unit: str, text: str) -> bool:
    """Whether people a camp or shelter holds are IDPs: people of no nationality named, in a sentence that does not speak
    of refugees (then the place tells refugees from IDPs later: "transit sites in Adré now hold about 110,000 people")."""
    return unit in _CAMP_PEOPLE and ("refugee" not in text or "refugee" not in _REFUGEE_AGENCY.sub("", text))


def _thing_after(text: str, end: int) -> bool:
    """Whether one of the three words after ``end`` names a thing ("one homemade rifle")."""
    return any(w in lexicon.OBJECT_NOUNS or w + "s" in lexicon.OBJECT_NOUNS
               for w in (m.group().lower() for m in itertools.islice(WORD.finditer(text, end, end + 40), 3)))


#: A total brought up to the figure right after (lower-cased text; a hedge is part of the figure): "bringing the count
#: to", "this brings the total tracked since May to".
_BRINGS_TOTAL: Final = re.compile(r"\b(?:brings|brought|bringing|bring|takes|took|taking|raises|raised|raising|pushes|pushed|"
                                  r"pushing)\s+(?:the|its|their|this)\s+(?:[a-z]+\s+)?(?:total|count|tally|number|figure|toll)\b(?!\s+(?:number\s+|count\s+)?of\b)"
                                  r"[^.;:]{0,50}?\bto\s$")
#: The first and the next items of a figure shared out by place in parentheses (lower-cased text): " (north kivu ",
#: " | ituri: ".
_PLACE_ITEM_FIRST: Final = re.compile(r"\s*\(\s*(?:[a-z][\w'\u2019.-]*\s+){1,3}?(?:[a-z][\w'\u2019.-]*:\s*)?")
#: The dead and the hurt that a figure is split into, in brackets after it (lower-cased): " (17 killed, 37 injured)".
_HURT_SPLIT_AFTER: Final = re.compile(r"\s*\(\s*\d[\d,]*\s+(?:killed|dead|deaths|fatalities)\s*(?:,|and|/|;)\s*(?:and\s+)?"
                                      r"\d[\d,]*\s+(?:injured|wounded|injuries)\b")
#: A partitive head with no figure that opens a sentence (lower-cased text), up to a figure with no noun: "of the
#: civilians killed or injured, " (104 were ...).
_OF_THE_HEAD: Final = re.compile(r"\s*(?:of|among)\s+(?:the|those|these|all\s+the)\s+([^,\d]{3,60}),\s+(?:(?:some|about|at\s+least|"
                                 r"nearly|more\s+than|over|almost)\s+)?$")
#: The next name of a ranking, up to what follows it (lower-cased): ", followed by jonglei ", " and upper nile ".
_RANKED_NEXT: Final = r"\s*,?\s+(?:followed\s+by|then|and|ahead\s+of)\s+(?:[a-z][\w'\u2019.-]*\s+){1,3}"
#: The next name of a ranking, its figure in brackets after it: "killed (118), followed by jonglei (96) and upper nile (".
_NAME_THEN_BRACKET: Final = re.compile(r"\)" + _RANKED_NEXT + r"\(")
#: The next part of "... accounted for N" with the verb left out (lower-cased): ", boys for ", " and women for ".
_FOR_NEXT: Final = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:[a-z][\w'\u2019-]*\s+){1,3}for\s+")
#: The next place of a ranking and "with" before its figure (lower-cased): ", followed by taiz with ", " and lakes with ".
_NAME_THEN_WITH: Final = re.compile(_RANKED_NEXT + r"with\s+(?:(?:about|some|nearly|over|around|almost)\s+)?")
_PLACE_ITEM_NEXT: Final = re.compile(r"\s*[|;,/]\s*(?:[a-z][\w'\u2019.-]*\s+){0,3}?(?:[a-z][\w'\u2019.-]*:?\s*)")
#: Damage said right after a figure's noun (lower-cased text): "14 houses damaged", "were partially damaged"; not
#: "damaged or destroyed".
_DAMAGED_AFTER: Final = re.compile(r"\s+(?:(?:were|was|have\s+been|has\s+been|had\s+been)\s+)?(?:partially\s+|partly\s+|badly\s+|"
                                   r"severely\s+|heavily\s+|lightly\s+)?damaged\b(?!\s+(?:or|and)\s+destroyed)")
#: Munitions a force strikes with: after "with" or "using" they are the means, not things destroyed.
_MUNITIONS: Final = frozenset({"bombs", "missiles", "rockets", "shells", "mortars", "barrel bombs", "cruise missiles",
                               "ballistic missiles", "drones"})
#: Explosive remnants that mine clearance destroys.
_ORDNANCE: Final = frozenset({"items", "explosive items", "mines", "landmines", "anti-personnel mines", "anti-tank mines",
                              "ordnance", "explosive ordnance", "unexploded ordnance", "uxo", "explosive remnants",
                              "explosive objects", "explosive hazards", "bomblets", "submunitions", "devices",
                              "explosive devices", "ieds"})
#: Words of humanitarian mine clearance (lower-cased): "demining teams", "clearance operators", "deminers".
_CLEARANCE: Final = re.compile(r"\b(?:demin(?:ing|ers?)|mine\s+action|(?:clearance|survey)\s+(?:teams?|operators?|"
                               r"operations?|work|partners|organi[sz]ations?)|sappers|mine\s+clearance)\b")
#: "with", "using" right before a figure (lower-cased): "destroyed nine targets with ten bombs".
_MEANS_BEFORE: Final = re.compile(r"\b(?:with|using)\s+(?:(?:some|about|around|at\s+least|more\s+than|over)\s+)?$")
#: What follows a figure with no noun that is the subject of its own verb: "and 300 were intercepted".
_BARE_SUBJECT_AFTER: Final = re.compile(r"\s+(?:more\s+)?(?:were|have|had|are)\b")
#: The mark of a lettered or numbered item of a list: "a. ", "b) ", "(c) ", "ii. ", "3) " (not a figure's own digits:
#: "3 rifles" has no mark).
_ITEM_MARK: Final = re.compile(r"\(?(?:[a-h]|i{1,3}|iv|vi{0,3}|ix|x|\d{1,2})[.)]\s+(?=\S)")
#: An aside on the items of a list line: ", one of which was mounted", ", most of them new", ", including".
_ITEM_ASIDE: Final = re.compile(r",\s+(?:(?:one|two|three|some|most|all|several|many|none|each|both)\s+of\s+(?:which|them)|"
                                r"of\s+which|including|among\s+them|mostly)\b")
#: A bullet and a figure that opens the line: "• 9 long guns", "- 2 pistols".
_BULLET_FIGURE: Final = re.compile(r"[-\u2022*]\s*(?:(?:more\s+than|over|about|some|around|nearly|almost|at\s+least|up\s+to|"
                                   r"approximately|roughly)\s+)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|"
                                   r"eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|"
                                   r"nine)ty(?:-[a-z]+)?|a\s+hundred|dozens|hundreds|several)\b)", re.I)
#: A word that may be a verb: what a line of a list does not hold.
#: (not "one hundred", nor the adjectives of an inventory: "- 11 improvised explosive devices", "- 4 armoured vehicles",
#: "- 2 drones adapted to drop explosives", "- 3 trucks fitted with machine guns")
_VERBISH: Final = re.compile(r"\b(?:were|was|is|are|have|has|had|been|be|will|(?!hundred\b|improvised\b|armou?red\b|"
                             r"unmanned\b|assorted\b|guided\b|unexploded\b|modified\b|wheeled\b|tracked\b|motori[sz]ed\b|mounted\b|"
                             r"(?:adapted|fitted|equipped|loaded|converted|designed|packed|rigged|configured)\s+(?:to|with|for|into|as)\b)"
                             r"[a-z]{3,}ed|[a-z]{3,}ing)\b")
#: A bullet that opens with the whole a part is taken from: "- Of the 101, declared deceased: 35".
_PARTITIVE_HEAD: Final = re.compile(r"[-\u2022*]\s*(?:of|among)\s+(?:the|these|those|them)\b", re.I)
#: A verb of speech right before one person: "..., said a resident" (lower-cased text); or "by", the agent of a
#: passive ("killed by a sniper").
_SAID_BEFORE: Final = re.compile(r"\b(?:said|says|told|added|according\s+to|by)\s+$")
#: A speaker named after the verb of speech, then a comma: "said Amina Dirar, " (case kept); the person after it
#: is the speaker in apposition.
_NAME_WORD: Final = rf"(?:[A-Z][\w'\u2019-]*|{NAME_LINK})"
_LAST_NAME: Final = rf"(?:[A-Z][\w'\u2019-]*|{NAME_PARTICLE}-[A-Z][\w'\u2019-]*)"
_NAMED_SPEAKER_BEFORE: Final = re.compile(rf"\b(?:said|says|told|added|explained|recalled|according\s+to)\s+(?:(?:Dr|Mr|Mrs|Ms)\.?\s+)?"
                                          rf"(?:{_NAME_WORD}\s+){{0,3}}{_LAST_NAME},\s$")
#: A name of two to four words opening a sentence or a quote's sequel, then a comma: "Fadumo Ali, " (case kept).
_NAME_APPOSED_BEFORE: Final = re.compile(rf"(?:^|[.;:!?\"\u201c\u201d]\s*)(?:(?:Dr|Mr|Mrs|Ms)\.?\s+)?"
                                         rf"[A-Z][\w'\u2019-]*\s+(?:{_NAME_WORD}\s+){{0,2}}{_LAST_NAME},\s$")
#: The rest of such an apposition, up to the named speaker's verb: "who fled with her children, told".
_APPOSED_THEN_SAID: Final = re.compile(r"[^.;:!?\"\u201c\u201d]{0,100}?,\s+(?:told|said|says|tells|recalled|explained|added)\b")
#: An auxiliary right after the person's noun: the person has a verb of their own ("said Monday, a child was").
_OWN_AUX_AFTER: Final = re.compile(r",?\s+(?:was|were|is|are|has|have|had)\b")
#: A capitalised word and a comma right before one person (case kept): "Hassan Nur Ali, " (an apposition).
_NAME_COMMA_BEFORE: Final = re.compile(r"[A-Z][\w'\u2019-]*,\s$")
#: A list that "among the dead were" opens, up to one person of it (lower-cased).
_AMONG_FATE_BEFORE: Final = re.compile(r"\bamong\s+(?:the|those)\s+(dead|killed|victims|wounded|injured)\s+"
                                       r"(?:(?:in|on|at|during|since|over|near|by|this|last)\s+[^,.;:]{1,40}?\s+)?"  # ("in recent weeks")
                                       r"(?:were|was|are|is)\s+[^.;:]*$")
_AMONG_FATE: Final = {"dead": "killed", "killed": "killed", "victims": "killed", "wounded": "wounded", "injured": "wounded"}
#: What may follow a speaker named after the verb of speech: "said a man who ...", "said a resident, ..."; not
#: "said a paramedic was killed" (lower-cased text).
_NO_VERB_AFTER: Final = re.compile(r"\s*(?:[,.;:]|who\b|whose\b|from\b|of\b|in\b|at\b|with\b|$)")
#: One person who speaks a few words on, with nothing between that befell them: "a member of the group told the
#: wire" (lower-cased text).
_SPEAKER_PLACE: Final = r"\s+(?:of|from|with|at|in|for)\s+(?:the\s+|a\s+|an\s+)?[\w'\u2019-]+"
_SPEECH_VERB: Final = r"(?P<verb>told|said|says|tells|added|recalled|explained)\b"
_SAYS_AFTER: Final = re.compile(rf"(?:{_SPEAKER_PLACE}(?:\s+(?!(?:a|an|the)\s)[\w'\u2019-]+){{0,3}}?)?,?\s+"
                                rf"(?:who\s+asked\s+not\s+to\s+be\s+named,\s+)?{_SPEECH_VERB}")
#: A relative clause, then a verb of speech as the person's own verb: "a woman who fled the town with her children
#: said" (a witness, not one of a tally).
_WHO_THEN_SAID: Final = re.compile(r"\s+who\s+[^.;:!?,]{1,80}?\s(?:told|said|says|tells|recalled|explained|described)\b")
#: The same after a few people who open a sentence, their place up to four words long: "Two health workers at
#: the Dega health centre told us".
_SAY_AFTER_OPENING: Final = re.compile(rf"(?:{_SPEAKER_PLACE}(?:\s+[\w'\u2019-]+){{0,3}}?)?,?\s+{_SPEECH_VERB}")
#: Animals a verb of killing or seizing may take: never people ("killed 300 sheep").
_ANIMALS: Final = {"sheep", "goats", "cattle", "cows", "camels", "donkeys", "horses", "animals", "livestock",
                   "chickens", "dogs", "head"}
#: A count named before that reaches the figure (lower-cased text): "the count had reached", "the figure rose to".
_COUNT_REACHED: Final = re.compile(r"\b(?:the|their|its|this|that|our)\s+(?:(?:real|true|actual|final|overall)\s+)?"
                                   r"(?:count|tally|figure|number)\s+(?:had\s+|has\s+|have\s+)?"
                                   r"(?:now\s+|since\s+|later\s+|then\s+)?(?:reached|rose\s+to|risen\s+to|climbed\s+to|stood\s+at|"
                                   r"(?:is|was)\s+(?:closer|nearer)\s+to|"
                                   r"stands\s+at|increased\s+to|jumped\s+to|hit|was\s+revised\s+(?:up|down)(?:ward)?\s+to|"
                                   r"been\s+revised\s+(?:up|down)(?:ward)?\s+to)\s+(?:(?:some|about|over|more\s+than|nearly|"
                                   r"at\s+least|around)\s+)?$")
#: Who most of a population are, right after its noun: ", most of them descendants of refugees".
_MOST_OF_THEM_AFTER: Final = re.compile(r",\s+(?:most|many|some|half|nearly\s+all|almost\s+all)\s+of\s+(?:them|whom)\b|"
                                        r",\s+mostly\b")
#: A breakdown right after a figure's noun (lower-cased text): "300,000 people, including displaced families".
_INCLUDING_AFTER: Final = re.compile(r"\s*,?\s*(?:including|among\s+them|among\s+whom)\b")
#: People held because of the conflict, right after their noun: "27 people held in connection with the conflict".
_HELD_IN_CONNECTION: Final = re.compile(r"\s+held\s+in\s+connection\s+with\b")
#: Animals right after a figure, perhaps after one word that describes them: "300 sheep", "600 stolen cattle".
_ANIMALS_AFTER: Final = re.compile(r"\s+(?:[a-z-]+\s+)?(?:sheep|goats|cattle|cows|camels|donkeys|horses|animals|livestock|"
                                   r"chickens|dogs|oxen|bulls|poultry|pigs|mules)\b")
#: Animals counted by the head: "2,000 head of cattle".
_HEAD_OF_ANIMALS: Final = re.compile(r"\s+head\s+of\s+(?:cattle|livestock|sheep|goats|camels|animals)\b", re.I)
#: A line that is a figure of households and nothing else (lower-cased): "8,940 households", "- 1,250 families".
_HOUSEHOLDS_LINE: Final = re.compile(r"[ \t\u2022*\u2013-]*(?:about\s+|some\s+|over\s+|nearly\s+)?[\d,.\u00a0\u202f\u2009 ]+\s*"
                                     r"(?:households|families|hh)\.?\s*")
#: A line of a list or table that breaks down the row before: "  of whom children | 31", "- including 12 women".
_BREAKDOWN_ROW: Final = re.compile(r"[ \t\u2022*\u2013-]*(?:of\s+whom|of\s+which|of\s+them|among\s+them|among\s+whom|including|"
                                   r"incl\.)(?=[\s:|])")
#: A count said before, revised: "the ministry has since revised it to 41" (lower-cased text).
_REVISED_IT: Final = re.compile(r"\b(?:revised|raised|updated|corrected|lowered|amended)\s+(?:it|this|that|(?:that|the|this|its)\s+(?:figure|"
                                r"number|toll|count))\s+(?:(?:up|down)(?:wards?)?\s+)?"
                                r"to\s+(?:(?:some|about|over|more\s+than|nearly|at\s+least|around)\s+)?$")
#: A count someone put at the figure (lower-cased text): "its commander put the number at more than 100", "a
#: community leader puts the figure higher, at around seventy".
_PUT_AT: Final = re.compile(r"\b(?:put(?:s|ting)?\s+(?:the|their|its|this|that)\s+(?:count|tally|figure|number)\s+"
                            r"(?:(?:(?:much|far|even|slightly)\s+)?(?:higher|lower),?\s+)?at|"
                            # "police gave a lower figure of 187"
                            r"g(?:ave|ives|ive|iving)\s+an?\s+(?:lower|higher|smaller|larger|different)\s+(?:figure|number|count)\s+of|"
                            # "a local leader estimated their number at"
                            r"estimat(?:ed|es|ing)\s+(?:the|their|its)\s+(?:number|count|toll)\s+at)"
                            r"\s+[\"\u201c]?(?:(?:some|about|over|"
                            r"more\s+than|nearly|at\s+least|around)\s+)?$")  # (a figure quoted: 'at "a few hundred families"')
#: "along with" right before a figure (lower-cased text): it shares the fate of the figure before.
_ALONG_WITH_BEFORE: Final = re.compile(r"\b(?:along|together)\s+with\s+(?:(?:at\s+least|some|about|more\s+than|another|over|"
                                       r"nearly|almost|around)\s+)?$")
#: A verb of treating right before a figure, and its wounds after the noun (lower-cased text).
_TREATED_BEFORE: Final = re.compile(r"\b(?:treated|treating|admitted|received|operated\s+on)\s+(?:(?:at\s+least|some|about|"
                                    r"more\s+than|over|nearly)\s+)?$")
_WOUND_KIND: Final = r"(?:gunshot|shrapnel|blast|bullet|war|weapon|conflict|violence|machete|(?:bush[\s-]?)?knife|stab|mine|burn|arrow|spear|axe|panga)"
#: "for gunshot wounds", "with gunshot and other violence-related wounds": treated for wounds, so wounded.
_FOR_WOUNDS_AFTER: Final = re.compile(rf"\s+(?:of\s+(?:them|whom)\s+)?(?:for|with)\s+(?:(?:serious|severe|minor|light|critical|"
                                      r"multiple|grave|life-threatening)\s+)?"
                                      rf"(?:{_WOUND_KIND}(?:\s+(?:or|and)\s+(?:other\s+)?{_WOUND_KIND})?"
                                      r"[\s-]+(?:related\s+)?)?(?:wounds|injuries|burns|trauma)\b")
#: A parenthesis with no parenthesis inside: "(of whom 6 children and 4 women)", left out of a list's words.
_PARENTHESES: Final = re.compile(r"\([^()]*\)")
_DIGIT: Final = re.compile(r"\d")
_WORDY_PARENTHESES: Final = re.compile(r"\([^()\d]*\)")
#: A whole that opens a clause ("In one area, of 23 health centres, 14 ..."; lower-cased text), then its part.
_OF_WHOLE_OPENS: Final = re.compile(r"(?:^|[,;:]\s*)of\s+$")
_FIGURE_NEXT: Final = re.compile(r",\s*(?:(?:some|about|at\s+least|only|nearly|over)\s+)?\d")
#: People still free after the figure: "the four others remain at large", "two are still on the run".
_AT_LARGE_AFTER: Final = re.compile(r"(?:\s+[a-z]+-[a-z]+)?(?:\s*,[^,;.()]{1,40},)?"  # "two co-accused, tried in absentia,"
                                    r"\s*,?\s*(?:(?:who|that)\s+)?(?:remain(?:s|ed)?|are|is|were|was)\s+(?:still\s+)?"
                                    r"(?:at\s+large|on\s+the\s+run)\b", re.I)
#: People found or brought back to their families, right before the figure (lower-cased): "have traced 512".
_FOUND_BEFORE: Final = re.compile(r"\b(?:traced|located|reunited|reunified)\s+(?:(?:some|about|more\s+than|over|nearly|"
                                  r"another|a\s+further)\s+)?$")
#: ... or said of them after it: "37 of them have been located".
_FOUND_AFTER: Final = re.compile(r"(?:\s+of\s+(?:them|these|whom))?\s+(?:have|has|had)\s+(?:since\s+|now\s+|so\s+far\s+)?"
                                 r"been\s+(?:located|traced|reunited|reunified)\b")
#: The kin of people harmed or held: "300 families of missing people" counts the families.
_KIN_UNITS: Final = {"families", "relatives", "family members", "parents", "mothers", "wives", "households"}
_OF_VICTIMS: Final = re.compile(r"\s+of\s+(?:the\s+)?(?:missing|disappeared|detainees|detained|dead|victims|martyrs|prisoners|"
                                r"hostages|killed|abductees|abducted)\b")
#: A word of harm right after a figure: "97 killed", "148 injured".
_HARM_WORD_AFTER: Final = re.compile(r"\s+(?:killed|dead|deaths|injured|wounded|hurt|casualties)\b")
#: Any family's loss, before one person: "behind each number is a family that has lost a son" (lower-cased).
_GENERIC_LOSS: Final = re.compile(r"\b(?:family|families|household|households|parent|parents)\s+(?:that|which|who)\s+"
                                  r"(?:has|have|had)\s+lost\s+(?:(?:a|an)\s+[a-z-]+,\s+)*$")
#: A move still to be made: "1,200 people a day need to be moved" (lower-cased, after the figure's noun).
_STILL_TO_BE: Final = re.compile(r"\s+(?:a\s+day\s+|a\s+week\s+|each\s+day\s+)?(?:still\s+)?"
                                 r"(?:need|needs|needed|have|has|are|is)\s+(?:yet\s+)?to\s+be\s+"
                                 r"(?:moved|relocated|evacuated|transferred|registered)\b")
#: Ammunition counted in rounds: when it is read as no count of things taken (``other``), it does not end a list of
#: arms taken.
_AMMUNITION: Final = {"rounds", "cartridges", "bullets", "rounds of ammunition"}
#: What lies between two figures governed by one noun before "of": "the remains of 757 people to Ukraine and of 28".
#: (a place or a side of each may come between: "to Ukraine", "by Kyiv").
_AND_OF: Final = re.compile(r"(?:\s+(?:to|from|in|by|at|for)\s+(?:the\s+)?[\w'\u2019-]+(?:\s+[\w'\u2019-]+){0,2})?,?"
                            r"\s+and\s+of\s+", re.I)
#: Between a figure of households and the same people counted one by one: ", equivalent to ", " (equal to ".
_EQUIVALENT: Final = re.compile(r"(?:\s+from\s+[\w'\u2019-]+(?:\s+[\w'\u2019-]+)?)?"  # (where they came from first)
                                r"\s*[,(\u2013\u2014-]?\s*[\"\u201c]?(?:(?:the\s+)?equivalent\s+(?:to|of)|equal\s+to|"
                                r"(?<=,\s)or)\s+", re.I)  # (and "71,920 displaced families, or roughly 431,000 people")
#: Units that count households, not people: one of a pair "the equivalent of" joins must be one of them.
_HOUSEHOLD_UNITS: Final = frozenset({"households", "families"})
#: Places a figure may count where something befell others: "in 33 villages".
_PLACE_NOUNS: Final = {"villages", "towns", "cities", "localities", "districts", "communities", "areas", "provinces",
                       "governorates", "regions", "states", "counties", "municipalities", "neighbourhoods",
                       "neighborhoods", "settlements", "hamlets", "locations", "sites", "camps", "woredas", "kebeles",
                       "townships", "lgas", "payams",
                       "installations", "centres", "centers", "shelters", "schools", "facilities", "buildings",
                       "premises"}
#: A preposition of place right before a figure (lower-cased text; a hedge is part of the figure).
_IN_BEFORE: Final = re.compile(r"\b(?:in|across|at|from)\s(?:(?:the|these|those|both|all)\s)?$")
#: A hedge before a size (lower-cased text): "some ", "more than ", "just under ".
_SIZE_HEDGE: Final = (r"(?:(?:some|about|around|nearly|almost|roughly|over|more\s+than|fewer\s+than|less\s+than|just\s+over|"
                      r"just\s+under)\s+)?")
#: "population of" right before a figure (lower-cased text).
_POPULATION_OF: Final = re.compile(rf"\bpopulation\s+of\s+{_SIZE_HEDGE}$")

#: Where people held come back from: "had come home from captivity".
_FROM_CAPTIVITY: Final = re.compile(r"\bfrom\s+(?:[a-z'\u2019-]+\s+){0,2}?(?:captivity|prisons?|jails?|detention)\b")
#: A prisoner exchange in a sentence: "came home in exchange for", "in a swap".
_EXCHANGE: Final = re.compile(r"\b(?:(?:in|through|by|under)\s+(?:an?\s+|the\s+|[\d,]+\s+|(?:several|multiple|successive|"
                              r"separate|recent|two|three|four|five|six|seven|eight|nine|ten)\s+)?(?:exchanges?|swaps?)|(?:prisoner|pow)\s+(?:exchanges?|swaps?)|"
                              r"(?:result|part)\s+of\s+(?:an?|the|another|this|a\s+new)\s+(?:exchange|swap)|"
                              r"exchanges?\s+of\s+(?:prisoners|captives|detainees|pows))\b")

#: A field report's short forms after a figure and up to two words, in capitals: "31 civ KIA", "5 WIA", "1 MIA".
_IN_ACTION: Final = re.compile(r"(?:\s+[a-z][a-z.]*){0,2}?\s+(KIA|WIA|MIA)\b(?!-)")
_IN_ACTION_METRICS: Final = {"KIA": "killed", "WIA": "wounded", "MIA": "missing"}
#: A hedge right before a figure, in the patterns below that end at the figure: "about ", "more than ".
_HEDGE_BEFORE: Final = r"(?:(?:up\s+to|about|around|some|over|more\s+than|at\s+least|nearly|another|a\s+further)\s+)?"
#: Pieces of a force's equipment: "412 units of armoured equipment", "30 units of military hardware".
_UNITS_OF_EQUIPMENT: Final = re.compile(r"\s+units?\s+of\s+(?:[a-z-]+\s+){0,2}(?:equipment|hardware|machinery|weaponry|vehicles)\b")
#: A surrender after the figure's noun, past an aside: "people, among them 2,389 soldiers, surrendered".
_SURRENDERED_AFTER: Final = re.compile(r"(?:\s*,[^;.]{0,60}?,)?\s+(?:(?:have|had)\s+)?surrendered\b")
#: A camp or site of the displaced right after a figure's noun: "in an informal settlement", "at two sites".
_IN_CAMP_AFTER: Final = re.compile(r"\s+(?:in|at|across)\s+(?:an?\s+|the\s+|\w+\s+)?(?:(?:informal|makeshift|displacement|idp|"
                                   r"spontaneous|planned)\s+(?:camps?|settlements?|sites?)|camps?|collective\s+(?:centres?|"
                                   r"centers?)|(?:emergency\s+)?shelters)\b(?![\'\u2019])")  # (not "Israeli settlements",
# "the site when the dam collapsed", "the camp's clinic")
#: A verb of counting right before a figure: "has registered", "counted", "recorded".
_COUNTED_BEFORE: Final = re.compile(r"\b(?:registered|counted|recorded|registers|counts|records|enumerated|verified|"
                                    r"profiled)\s+" + _HEDGE_BEFORE + "$")
#: People staying in a collective site right after the figure: "are sheltering in three schools", "are sleeping in a
#: sports stadium".
_SHELTERING_AT_SITE: Final = re.compile(
    r"(?:\s+of\s+(?:them|whom|those))?\s+(?:(?:are|were|remain|remained|have\s+been|had\s+been|have|has|had)\s+)?(?:now\s+|still\s+|"
    r"currently\s+)?(?:sheltering|staying|sleeping|living|housed|accommodated)\s+(?:in|at|inside)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:schools?|churche?s?|mosques?|stadiums?|(?:sports\s+)?halls?|camps?|sites?|shelters?|collective\s+(?:centres?|centers?)|"
    r"tents?|public\s+buildings?|compounds?|warehouses?)\b")
#: The next word (lower-cased text).
_NEXT_WORD: Final = re.compile(r"\s+([a-z][a-z-]*)")
#: Bodies recovered, up to the figure of the dead: "recovered the bodies of the ".
_BODIES_RECOVERED_BEFORE: Final = re.compile(r"\b(?:recovered|retrieved)\s+(?:the\s+)?bodies\s+of\s+(?:the\s+)?$")
#: A sentence that opens with the whole its figure is a part of, named by its metric: "Of the new IDPs, ".
_OF_THE_MOVERS: Final = re.compile(r"[\s\u2022*-]*of\s+(?:the|these|those)\s+(?:new\s+|newly\s+arrived\s+)?(idps|refugees)\b"
                                   r"[^,.;:]{0,40},\s*(?:(?:some|about|approx\.|approximately|around|nearly|"
                                   r"over|more\s+than)\s+)?$")
#: A sentence that opens with people of the sentence before as its whole: "Of these victims, ", "Of the rescued
#: hostages, " (lower-cased text).
_OF_THESE_PEOPLE: Final = re.compile(r"[\s\u2022*-]*of\s+(?:these|those|the)\s+(?P<adj>(?:[a-z-]+\s+){0,2}?)"
                                     r"(?P<noun>[a-z-]+)\s*,\s*")
#: A figure that is a part of the people before by who they were: " were civilians", " were all women" (lower-cased).
_WERE_PEOPLE_AFTER: Final = re.compile(r"\s+(?:were|are)\s+(?:(?:all|also|mostly)\s+)?(?:(?:an?|the)\s+)?"
                                       r"(?:[a-z-]+\s+){0,2}?(?P<noun>[a-z-]+)\s*"
                                       r"(?:[.;,:]|$|\s+(?:and|while|from|in|aged|under|over)\b)")
#: What may open the clause of such a part (lower-cased): its start, "; the remaining", "and another", ", while".
_OPENS_CLAUSE: Final = re.compile(r"(?:^|[;:]\s*|,\s+(?:and\s+|while\s+|whereas\s+)?|\b(?:and|while|whereas)\s+)"
                                  r"(?:the\s+(?:remaining|other)\s+|another\s+|(?:some|about|nearly|at\s+least|over)\s+)?$")
#: A part of casualties that died: " of them fatal", " of whom were fatalities" (lower-cased).
_FATAL_AFTER: Final = re.compile(r"\s*(?:of\s+(?:them|whom|these|those)|among\s+them)\s+(?:were\s+|was\s+)?(?:fatal|deadly|"
                                 r"fatalities)\b")
#: A sentence that opens with a figure named before as its whole: "Of the 163, ".
_OF_THE_NUMBER: Final = re.compile(r"[\s\u2022*-]*of\s+(?:the|these|those)\s+(\d[\d,]*)\s*,\s*")
#: "The whereabouts of" right before a figure, and what says they are not known.
_WHEREABOUTS_BEFORE: Final = re.compile(r"\bwhereabouts\s+of\s+" + _HEDGE_BEFORE + "$")
_UNKNOWN: Final = re.compile(r"\b(?:unknown|not\s+known|unclear|unaccounted)\b")
#: The end of a figure's clause: a full stop or semicolon, or a comma before "which", "who", "but" or "while".
_CLAUSE_STOP: Final = re.compile(r"[.;]|,\s+(?:which|who|but|while)\b")
#: A sentence that opens with people named by a participle: "Those arrested", "The people killed".
_THOSE_WHO: Final = re.compile(r"[\s\u2022*-]*(?:those|the\s+people|the\s+civilians)\s+([a-z]+ed|taken|held|hurt)\b")
#: Displaced people counted where they are now: "already displaced in Haiti", "currently displaced inside Sudan".
_STOCK_DISPLACED_AFTER: Final = re.compile(r"\s+(?:who\s+(?:are|were)\s+)?(?:already|currently|now|still)\s+(?:internally\s+)?"
                                           r"displaced\s+(?:in|inside|within|across)\b")
#: Armed people destroyed: killed, in a military statement's words (not "a vehicle carrying 12 terrorists was
#: destroyed": the vehicle was).
_DESTROYED_AFTER: Final = re.compile(r"\s+(?:(?:have|had)\s+been|were|being)\s+(?:\w+ly\s+)?destroyed\b")
_DESTROYED_BEFORE: Final = re.compile(r"\bdestroy(?:ed|ing|s)?\s+" + _HEDGE_BEFORE + "$")
#: "lost" right before a figure (:func:`_Extractor._inherited`: the things listed after it are destroyed), or a figure
#: of the dead between them: "lost 212 servicemen killed and | more than 300 wounded, as well as 9 tanks".
_LOST_BEFORE: Final = re.compile(r"\blos(?:t|ing)\s+" + _HEDGE_BEFORE
                                 + r"(?:[\d,.]+\s+[a-z-]+\s+(?:killed|dead)\s*,?\s+(?:and\s+)?" + _HEDGE_BEFORE + ")?$")


#: What victims suffered when it was not death: "victims of sexual violence", "landmine victims" are not the dead.
_VICTIMS_OF_OTHER: Final = re.compile(r"\s+of\s+(?:[\w-]+\s+){0,3}?(?:sexual|rape|gender|trafficking|torture|abuse|"
                                      r"exploitation|violations?|recruitment|forced|enforced|arbitrary|detention|"
                                      r"displacement|kidnapping|abduction|theft|crimes?|crime|fraud|extortion)")
#: Victims of mines and explosive remnants (lower-cased): killed and injured together, "96 victims of explosive ordnance".
_VICTIMS_OF_MINES: Final = re.compile(r"\s+of\s+(?:[\w-]+\s+){0,3}?(?:mines?|landmines?|explosive|unexploded|ordnance|ieds?|"
                                      r"booby[\s-]traps?)")


#: "N in M", "N out of M" (see :func:`_may_hold_share`).
_IN_N: Final = re.compile(r" in (?:two|three|four|five|six|seven|eight|nine|ten|10|[2-9])\b| out of ", re.I)


def _may_hold_share(text: str) -> bool:
    """False when ``text`` cannot hold a share of :func:`~analysis.claims.shares.find_shares` (a few substring tests
    before its pattern; a letter cut off makes each test hold for a capital too: "alf" for "Half")."""
    return "%" in text or "cent" in text or "alf" in text or "hird" in text or "uarter" in text or "ifth" in text \
        or "enth" in text or ((" in " in text or " out of " in text) and _IN_N.search(text) is not None)


class _Extractor:
    """State for one article: attribution memory and rows so far."""

    def __init__(self, article_id: str, spans: list[Sentence]) -> None:
        self.article_id = article_id
        self.attributor = Attributor([sp.text for sp in spans])
        self.rows: list[dict] = []
        #: Whether the article tells of an exchange of prisoners: then a list line of people "returned" counts
        #: people freed ("Ukrainians returned on 25 June: 90").
        self.exchange = any("xchang" in sp.text or "swap" in sp.text for sp in spans) \
            and any(_PRISONER_EXCHANGE.search(sp.text) for sp in spans)
        #: The metric a list or table continues: set by a heading ("Newly displaced by district:") or the last
        #: sentence with a figure, kept across list lines, cleared by any other sentence.
        self.context: str | None = None
        #: The sentence that set :attr:`context` (a heading, or the sentence before a list line).
        self.context_text = ""
        #: (sentence index, metric, whether that sentence told of more than one fate) of the last figure of harm,
        #: movement or detention.
        self.last_conflict: tuple[int, str, bool] | None = None
        self.index = -1
        #: The columns of a table whose header row names them ("Month   Killed   Injured"): (metric, noun) of
        #: each, read right to left against the figures of each row; None outside such a table.
        self.columns: list[tuple[str | None, str]] | None = None
        #: The column each figure of the current row falls in, by its start (see :meth:`sentence_rows`).
        self._column_of: dict[int, tuple[str | None, str]] = {}
        self._person_end: dict[int, int] = {}
        self._single_ends: set[int] = set()
        #: Whether the list context comes from a heading of counts by site ("BY SITE (individuals)"), under which
        #: each site's name heads its own lines.
        self._by_place = False
        #: Whether the header row of the current table speaks of losses ("Armenian side lost:").
        self._losses_header = False
        #: The first cell of the current table row, lower-cased ("injury of civilians"), or "".
        self._row_label = ""
        #: Whether the current table's rows are kinds of violation ("Type of violation | Incidents | Victims").
        self._by_violation = False

    def _end_list(self) -> None:
        """A sentence that is no heading and no line of a list ends the list or table before it."""
        self.context, self.context_text, self.columns = None, "", None
        self._by_place = False

    def _movers_so_far(self, returns: bool = False) -> str | None:
        """The metric of movement most of the article's figures so far have (refugees, idps or displaced; with
        ``returns``, returned too), or None when none has one: what a table of a report's "population" counts."""
        kinds = _MOVED_OR_BACK if returns else _MOVED
        counts = Counter(r["metric"] for r in self.rows if r["metric"] in kinds)
        return counts.most_common(1)[0][0] if counts else None

    def _prose_movers(self, index: int) -> str | None:
        """The movers (displaced, IDPs, refugees, returnees) that the sentences with no figure right before sentence
        ``index`` name as a group, back to the section's heading; None when they name none or hold a figure."""
        for k in range(index - 1, max(-1, index - 4), -1):
            prose = self.attributor.sentences[k]
            if any(ch.isdigit() for ch in prose) or prose.endswith(":") or bare_heading(prose):
                return None
            low = prose.lower()
            if len(low) == len(prose) and (metric := self._group_metric(low, 0, len(low))) in _MOVED_OR_BACK:
                return metric
        return None

    def other_sentence(self, index: int, text: str) -> None:
        """Keep the list context up to date over a sentence with no figure (a heading sets it; a table's header
        row sets its columns)."""
        if rule_line(text) or _SOURCE_LINE.match(text) or (text[:1] == "(" and text.rstrip(" .")[-1:] == ")"):
            return  # "|---|---|" under a header row, "Source: UNHCR" under a title, a note in brackets ("(sum of the
            # latest figure for each country)"): the table goes on
        cells = header_cells(text)
        if cells is not None:
            context = self.context
            if context is None and any(c.lower() in _HEADCOUNT_CELLS for c in cells):
                context = self._prose_movers(index) or self._movers_so_far(returns=True)  # "State | Locality |
                # Households | Individuals" after "The displaced moved mainly towards Tawila.": where the displaced
                # went; "Date | Departure camp | Individuals | Households" in a report on returns: the returnees
            columns = _column_metrics(cells, context)
            # a table whose columns name what they count ("Returnees | Refugees | Total"); one whose columns are
            # places ("Akobo   Uror   Total") leaves each row to its label and the title
            named = any(m for (m, _), cell in zip(columns, cells)
                        if cell.lower() not in _TOTAL_CELLS and cell.lower() not in _COUNT_CELLS)
            self.columns = columns if named else None
            self._losses_header = "lost" in text.lower() or "losses" in text.lower()
            self._by_violation = bool(cells) and _VIOLATION_HEADER.search(cells[0].lower()) is not None
            return  # the header row of a table keeps the title's metric
        if text.endswith(":") or bare_heading(text):
            heading = _heading_metric(text)  # "Chad hosts the largest share:", "Displaced persons by commune"
            if heading == "refugees" and "arrival" in text.lower() and self._movers_so_far(returns=True) == "returned":
                heading = "returned"  # "ARRIVALS BY CROSSING POINT" in a report on returns: the returnees arriving
            if heading == "returned" and self.last_conflict is not None and self.last_conflict[1] == "released" \
                    and self.last_conflict[0] >= index - 2:
                heading = "released"  # "Those who returned include:" after "157 came home from captivity": the
                # people freed, coming home
            if heading is None and text.endswith(":") and _RECORDED_BY.search(text.lower()):
                # "Persons registered at Kornidzor, by day:" after "The pace of arrivals slowed today.": the movers the
                # prose before names, else those the article counted so far
                heading = self._prose_movers(index) or self._movers_so_far()
            by_place = False
            if heading is None and (_POPULATION_HEADING.search(text.lower()) or _HOSTS_HEADING.search(text.lower())
                                    or (by_place := _COUNT_BY_HEADING.search(text.lower()) is not None)):
                # "POPULATION OF CONCERN" in a report on refugees, "HOUSEHOLDS BY SITE" in one on the displaced: the
                # movers the report's figures so far count
                heading = self._movers_so_far()
            if heading:
                self.context, self.context_text = heading, text
                self._by_place = by_place and not text.endswith(":")
            elif self.context is not None and _label_row(text):
                pass  # "Site Individuals" under "Refugees by site": the header row of the table the heading titles
            elif self.context is not None and self._by_place and not text.isupper() and text.count(" ") < 8:
                pass  # "Gaga" under "BY SITE (registered individuals / households)": a site's name over its lines
            elif not text.endswith(":"):
                # a heading on its own line starts a new table: one that names no metric ends the list before
                # it; an introduction ending in a colon continues the sentence before it
                self._end_list()
            self.columns = None
        elif (self.context is not None or self.columns is not None) and not list_like(text) \
                and not self._site_bullet(text) and not ("|" in text and _word_cells_row(text)):
            # (but "12-17 Oct. | crossing closed | crossing closed": a row of the table with words for its figures)
            self._end_list()
        self._table_below(text)

    def _site_bullet(self, text: str) -> bool:
        """Whether ``text`` is a bullet of notes on one site under a heading of counts by site ("- Water supply: 9
        litres per person per day" under "Gaga"): the site's next lines keep the heading's metric."""
        return self._by_place and text[:1] in "-\u2022*"

    def list_after_paragraph(self, body: str, spans: list[Sentence], index: int) -> None:
        """A bullet list of losses right after a paragraph that says so, with no heading of its own ("The General
        Staff reports the total combat losses of the enemy from 24.02.2022. The number in brackets shows the losses
        over the past day." then "• tanks – 10,217 (+9)"): the list's lines take the paragraph's metric, as a
        heading's. The paragraph's last three sentences are read, the last first."""
        for k in range(index - 1, max(-1, index - 4), -1):
            sent = spans[k]
            if sent.text.endswith(":"):
                return  # "They say the most urgent needs are:": the list's own introduction, which names no metric
            if _LOSSES.search(sent.text) is not None and (metric := _heading_metric(sent.text)) is not None:
                self.context, self.context_text = metric, sent.text
                return
            if k and "\n\n" in body[spans[k - 1].end:sent.start]:
                return  # the paragraph begins here

    def _table_below(self, text: str) -> None:
        """A sentence that says what the table after it shows ("The table below shows new arrivals by entry
        point."): the table's rows take its metric, as a heading's."""
        low = text.lower()
        if "table" in low and len(low) == len(text) and (m := _TABLE_BELOW.search(low)) is not None \
                and (metric := cue_metric(low, m.end(), len(low), "", True)) not in (None, "other"):
            self.context, self.context_text = metric, text

    # ------------------------------------------------------------------
    def share_rows(self, body: str, index: int, sent: Sentence) -> None:
        """Rows for the shares of a group in sentence ``index`` ("60 per cent of the new arrivals are children",
        "half of them civilians"): the group's metric, unit ``percent`` (see :mod:`analysis.claims.shares`)."""
        text = sent.text
        low = text.lower()
        if len(low) != len(text):
            return
        mine = [r for r in self.rows[-80:] if r["_sentence_at"] == sent.start]  # this sentence's rows come last
        source = None
        for share in find_shares(low):
            s, e = share.start, share.end
            if any(r["start"] - sent.start < e and s < r["end"] - sent.start for r in mine):
                continue  # the share is a figure already read
            if share.whole == "them":
                # "them": the figure just before in the sentence ("1,215 consultations, a third of them for
                # children" counts no one), else a group named before it ("the newly displaced ...; half of them
                # are children"), else the last figure of harm or movement of the sentence before
                before = [r for r in mine if r["end"] - sent.start <= s]
                if before:
                    metric = before[-1]["metric"]
                else:
                    metric = self._group_metric(low, 0, s)
                    if metric is None and not any(c.isdigit() for c in low[:s]) and self.last_conflict \
                            and self.last_conflict[0] == index - 1:
                        metric = self.last_conflict[1]  # (a figure of no count before it is what "them" are)
            elif share.kind == "moved":
                after = share.whole_start + len(share.whole)
                semi = low.find(";", after)  # the verb of its own clause, not of the next one
                metric = next((m for _, _, m, _ in cues_in(low, after, semi if semi >= 0 else len(low))
                               if m in _MOVED), None)
            elif share.kind == "returned":
                metric = "returned"
            else:
                metric = self._group_metric(low, share.whole_start, share.whole_start + len(share.whole))
            if metric not in lexicon.PEOPLE_METRICS:
                continue  # no group of people: "29,000 people lost their shelter" is a loss of things
            if source is None:
                source = self.attributor.source(index)
            low_value, high_value = qualifier_bounds(share.qualifier, share.value)
            span = nearest_span(period_spans(text), s)
            self.rows.append(dict(
                article=self.article_id, start=sent.start + s, end=sent.start + e, value=share.value,
                value_low=low_value, value_high=high_value, qualifier=share.qualifier, unit="percent", metric=metric,
                surface=body[sent.start + s:sent.start + e], attributed_to=source,
                **place_fields(body, text, s, e), period=text[span[0]:span[1]] if span else "", scope="",
                sentence=text, _sentence_at=sent.start))

    @staticmethod
    def _group_metric(low: str, start: int, end: int) -> str | None:
        """The metric of a group named in ``low[start:end]`` ("the newly displaced", "new arrivals", "all
        casualties", "those returning from Iran"): its first cue, or a counted noun that is a metric."""
        metric: str | None
        for _, _, metric, _ in cues_in(low, start, end):
            if metric in lexicon.PEOPLE_METRICS:
                return metric
        for word in WORD.findall(low, start, end):
            metric = lexicon.NOUN_METRIC.get(word)
            if metric in lexicon.PEOPLE_METRICS:
                return metric
        return None

    # ------------------------------------------------------------------
    def sentence_rows(self, body: str, index: int, sent: Sentence, quantities: list[Quantity],
                      persons: list[tuple[int, int, int]],
                      deaths: list[tuple[re.Match, int, int, str, str]]) -> None:
        """Rows for sentence ``index``.

        ``quantities`` are its number phrases (offsets into the sentence);
        ``persons`` are the singular people of :func:`_persons` and ``deaths``
        the named people of :func:`_named` in the sentence.
        """
        text = sent.text
        self.text = text
        self.index = index
        self._list_line: bool | None = None  # whether the sentence is a line of a list: computed when asked
        self._fatal_part: tuple[int, str] = (-1, "")  # a part of casualties that died: its start, the whole's metric
        # whether an item's number, cut off as a sentence of its own, stands right before it ("3." of "3. Russia -
        # about 400, almost all of them children")
        self._numbered = 2 < sent.start and body[sent.start - 1] == " " and body[sent.start - 2] in ".)" \
            and _NUMBERED_BEFORE.search(body, max(0, sent.start - 6), sent.start) is not None
        low = text.lower()
        if len(low) != len(text):
            low = text  # lower() changed the length; the cue patterns still work, a little slower
        elif "- " in low or "-\n" in low:
            low = _rejoin_broken_words(low)
        self.low = low
        self.low_ascii = low.isascii()  # then lower-case patterns match it exactly as IGNORECASE ones do
        # words that must occur for the aid and population patterns to match: a search per sentence each
        self.aid, self.neutral = gates(low)
        # words that must occur for rarer patterns: a substring test per sentence instead of a search per figure
        self.bodies = "bod" in low or "remains" in low or "corpse" in low
        self.groups = " of " in low and ("team" in low or "groups" in low or "batches" in low or "rows" in low
                                         or "lines" in low or "pairs" in low)
        self.survived = "alive" in low or "rescued" in low or "safe" in low or "saved" in low or "survived" in low \
            or "unharmed" in low or "reunited" in low
        self.rates = "every" in low or "each" in low or "per " in low
        apposed = _apposed(text, quantities, persons) if persons and quantities else ()
        singles = [
            Quantity(start, art_end, start, text[start:art_end], 1.0, 1.0, 1.0, "exact", word=True)
            for start, art_end, end in persons
            if not any(q.start <= start < q.end or start <= q.start < end for q in quantities) and start not in apposed
        ]
        if quantities and ("a " in low or "an " in low):
            singles += [Quantity(start, art_end, start, text[start:art_end], 1.0, 1.0, 1.0, "exact", word=True)
                        for start, art_end, end in _listed_things(text, low, quantities, {p[0] for p in persons})]
        self._column_of = {}
        self._row_label = ""
        self._person_end = {start: end for start, _, end in persons}  # where each singular person's noun ends
        self._single_ends = {art_end for _, art_end, _ in persons}  # where each singular person's article ends
        if self.columns is not None:
            cells = row_cells(text)
            if 1 < len(cells) < len(self.columns) and text.endswith("|") and not text.startswith("|"):
                # "TOTAL | | 9,460 | 41,180 |" under five columns: a bar at the end of a row with none at its start
                # closes an empty last cell
                cells += [(len(text), len(text))] * (len(self.columns) - len(cells))
            if len(cells) == len(self.columns) > 1:
                # "1 June | Rafah | 31 | 176" under "Date | Location | Killed | Injured": each figure's own cell
                self._column_of = {q.start: self.columns[next(k for k, (a, b) in enumerate(cells) if q.start < b)]
                                   for q in quantities if q.start < cells[-1][1]}
                self._row_label = text[cells[0][0]:cells[0][1]].strip().lower()
            elif self.list_line and 0 < len(quantities) <= len(self.columns):
                # "October   583   207" under "Month   Killed   Injured": the last columns, in order
                first = len(self.columns) - len(quantities)
                self._column_of = {q.start: self.columns[first + k] for k, q in enumerate(quantities)}
            elif not self.list_line:
                self.columns = None
        if singles:
            quantities = sorted(quantities + singles, key=lambda q: q.start)
        rows: list[dict] = []
        prev: dict | None = None
        prev_end = 0
        for i, q in enumerate(quantities):
            next_start = quantities[i + 1].start if i + 1 < len(quantities) else len(text)
            row = self._row(text, q, _compared(text, q, prev, prev_end, rows), prev_end, next_start)
            if row is not None:
                if not (prev is not None and row["metric"] == "other" and row["unit"] in _AMMUNITION):
                    prev = row  # (but "seized three pistols, 400 rounds of ammunition and two motorcycles": the
                    # rounds, counted as no arms, do not end the list of what was seized)
                prev_end = row.pop("_unit_end")
                rows.append(row)
            elif not (q.word and text[q.num_start:q.end].lower() in _ONE_WORDS
                      and _thing_after(text, q.end)):
                prev_end = q.end  # but "seized one rifle and 12 grenades": the verb before "one" governs both
        for m, start, end, unit, metric in deaths:
            if any(r["start"] <= m.end() and m.start() <= r["end"] for r in rows) \
                    or any(r["end"] <= start and not text[r["end"]:start].strip(" ,") for r in rows):
                continue  # the name is of a figure's person, or in apposition to one ("A third soldier, Lance Naik X,")
            rows.append(dict(start=start, end=end, value=1.0, value_low=1.0, value_high=1.0, qualifier="exact",
                             unit=unit, metric=metric))
        conflict = [r["metric"] for r in rows if r["metric"] != "other"]
        if conflict:
            self.last_conflict = (index, conflict[-1], len(set(conflict)) > 1)
        context_text = self.context_text  # the heading the list lines' metrics came from
        if text.endswith(":"):
            heading = _heading_metric(text)
            if conflict and rows[-1]["metric"] == conflict[-1] and text.endswith(("them:", "including:", "which:")) \
                    and len(set(conflict)) == 1 and _PARTS_LIST_AFTER.match(text, rows[-1]["end"]) is not None:
                heading = conflict[-1]  # "The returnees turned over 31 assorted firearms, among them:": the list
                # breaks down the figure before it, whatever the sentence's first cue (not when the sentence's figures
                # are of more than one fate: "detained 40 people and seized 12 rifles, among them:" may list either)
            if heading or conflict:
                self.context, self.context_text = heading or conflict[-1], text
        elif conflict and not (self.list_line and (self.context in conflict or (
                self.context == "destroyed" and "losses" in self.context_text.lower()))) \
                and not (self.context_text.endswith(":") and TABLE_ROW.match(text)):
            # (nor does "personnel ... 896,950" under "Russian losses:": people lost are casualties, the list goes on)
            # a list line of the same metric keeps its heading, as does a row of a table that names its own
            # ("Losses of the enemy: | personnel \u2013 500 killed | tanks \u2013 12")
            self.context, self.context_text = conflict[-1], text
        elif not conflict and not self.list_line and not self._site_bullet(text) and not _SOURCE_LINE.match(text):
            self._end_list()  # (but "Source: Press Safety Watch, as of 27 December" under a title keeps it)
            self._table_below(text)  # "The table below shows new arrivals registered at three entry points."
        if not rows:
            return
        source = self.attributor.source(index)
        periods = period_spans(text)
        bounds = sorted((r["start"], r["end"]) for r in rows)
        for row in rows:
            s, e = row["start"], row["end"]
            span = nearest_span(periods, s)
            lo = max((b for a, b in bounds if b <= s), default=0)
            hi = min((a for a, b in bounds if a >= e), default=len(text))
            row.update(
                article=self.article_id,
                start=sent.start + s,
                end=sent.start + e,
                surface=body[sent.start + s:sent.start + e],
                attributed_to=source,
                **place_fields(body, text, s, e, moved=row["metric"] in _MOVED_OR_BACK),
                period=text[span[0]:span[1]] if span else "",
                scope=scope_of(text, s, e, row["metric"], lo=lo, hi=hi),
                sentence=text,
                _sentence_at=sent.start,
            )
            via_context = row.pop("_context", False)
            if row["metric"] == "displaced" and row["unit"] not in _STAFF_UNITS \
                    and ("relocat" in low or (via_context and "relocat" in context_text.lower())) \
                    and self._movers_so_far() == "refugees":
                # refugees moved on inside the country that hosts them ("1,870 have been relocated from the border to
                # a camp" in a report whose movers are refugees): still refugees
                row["metric"] = "refugees"
            if row["metric"] == "refugees" and row["unit"] not in _REFUGEE_NOUNS:
                # "arrived", "sought refuge": abroad or not is told by the place, or by people of another country
                # (the countries of the demonyms of the sentence, and of the heading a list line took its metric
                # from, kept for :func:`_moved_at_home`)
                moved = [text, context_text] if (via_context or self.list_line) and context_text else [text]
                moved_low = low if len(moved) == 1 else low + "\n" + context_text.lower()
                if _MOVED_IN.search(moved_low):
                    row["_moved_in"] = {n.country for t in moved for n in sentence_places(t, body)[1] if n.country}
                    row["_crossed"] = _CROSSED.search(moved_low) is not None
            self.rows.append(row)

    # ------------------------------------------------------------------
    def _row(self, text: str, q: Quantity, prev: dict | None, prev_end: int, next_start: int) -> dict | None:
        metric: str | None
        via_context = False
        core = text[q.num_start:q.end].lower()
        pronoun = core in ("he", "she") or (core == "another" and _ANOTHER_PERSON.match(text, q.end) is not None)
        if pronoun:
            # "two peacekeepers were killed and another was wounded": one more of the same people
            unit = prev["unit"] if core == "another" and prev is not None and prev["unit"] in lexicon.PERSON_NOUNS \
                else "person"
            u_end, known = q.end, True
        else:
            unit, u_end, known = unit_after(text, q.end)
            if u_end < self._person_end.get(q.start, 0) and (m := _A_PERSON.match(text, q.start)) and m.group("noun") \
                    and text[m.end():m.end() + 1] not in ("-", "'", "\u2019"):
                # "an elderly church deacon": the person's noun, past a modifier that is a counted noun itself
                unit, u_end, known = m.group("noun").lower(), m.end(), True
            elif core in ("a", "an") and u_end > self._person_end.get(q.start, u_end) \
                    and "," in text[self._person_end[q.start]:u_end] \
                    and (m := _A_PERSON.match(text, q.start)) and m.group("noun"):
                # "17 worshippers including a priest, police and local officials said": one person's noun is no
                # list of plural ones after a comma
                unit, u_end, known = m.group("noun").lower(), m.end(), True
            elif core in _KIN_DETERMINERS and (m := _A_PERSON.match(text, q.start)) and m.group("kin_noun") \
                    and u_end > m.end() and text[m.end():m.end() + 1] not in ("-", "'", "\u2019") \
                    and ((nxt := WORD.match(text, m.end() + 1)) is None
                         or nxt.group().lower() not in lexicon.PERSON_NOUNS
                         or nxt.group().lower() in lexicon.METRIC_ONLY_UNITS):
                # "his brother lives in Aleppo": the kin noun, not a counted noun after it ("lives"; but "whose niece
                # husband": a person's noun after it is the person)
                unit, u_end, known = m.group("kin_noun").lower(), m.end(), True
            if not unit and _CREW_OF.search(self.low, max(0, q.start - 16), q.start):
                unit, known = "crew", True  # "its crew of 25 was held"
            elif not unit and self.low[max(0, q.start - 2):q.start].rstrip().endswith(":"):
                label = thing_label(self.low, q.start, (q.value or 0) > 1)
                if label and not _HARM_WORD_AFTER.match(self.low, q.end):
                    unit, known = label, True  # "hospitals evacuated: 12": hospitals, not people (but "Air
                    # strikes: 97 killed": the label says how the people counted came to harm)
                elif self.low[max(0, q.start - 12):q.start].rstrip(" :\t").endswith("survivors"):
                    unit, known = "survivors", True  # "Dead: 29 | Survivors: 69 (27 treated for injuries)"
        if (unit == "others" or (not unit and _BARE_SUBJECT_AFTER.match(self.low, q.end))) and prev is not None \
                and prev["unit"] in lexicon.OBJECT_NOUNS \
                and prev["unit"] not in lexicon.PERSON_NOUNS and q.start - prev_end <= 40 \
                and (_THING_FATE_AFTER.match(self.low, u_end) or next(cues_in(self.low, prev_end, q.start), None)):
            # "shot down 71 of the drones, while 25 others were lost", "seized 6 others", "40 drones were downed and
            # 12 were lost": more of those things;
            # but "destroyed 60 schools, and 200 others are used as shelters", "killed in four air strikes while 25
            # others were wounded": no fate of things said of them, so not things of the same fate
            unit = prev["unit"]
        if q.word and core == "one" and not unit and prev is not None and prev["metric"] != "other" \
                and _ELLIPTICAL_ONE.search(text, max(0, q.start - 6), q.start):
            unit, known = prev["unit"], True  # "three were shot and one blew himself up": one of them
        if q.word and core == "another" and not unit and prev is not None and prev["value"] == 1.0 \
                and prev["unit"] in lexicon.PERSON_NOUNS and q.start - prev_end <= 40:
            unit, known = prev["unit"], True  # "a deminer was killed and another seriously hurt": another deminer
        if q.word and core in _ONE_WORDS and (not unit or not known):
            return None
        if core == "several" and not unit and self.low[q.end:q.end + 4] != " of " \
                and _BREAKDOWN_BEFORE.search(self.low, max(0, q.start - 24), q.start):
            return None  # "penalties including several executions": events, not people counted
        if not unit and text[q.end:q.end + 6] == " head " and _HEAD_OF_ANIMALS.match(text, q.end):
            return None  # "2,000 head of cattle were taken": animals
        if (not unit or unit in _ANIMALS) and _ANIMALS_AFTER.match(self.low, q.end):
            return None  # "raiders killed 300 sheep", "brought back around 600 cattle": animals, not people
        if unit in _MEDIA_NOUNS or unit in _NOT_TALLIES:
            return None  # "several video clips have been released": pictures of events; "the two sides swapped"
        column = self._column_of.get(q.start)
        if column is not None and column[0] is None and not unit:
            return None  # a number in the column that labels the rows ("Week 1", "Camp 2")
        if column is not None and (column_metric := column[0]) is not None and not unit:
            noun = column[1]
            metric = AS_METRIC.get(column_metric, column_metric)
            if not noun and metric in _HARM and self._losses_header and (thing := label_noun(self.low, q.start)) \
                    and thing in lexicon.OBJECT_NOUNS and thing not in lexicon.PERSON_NOUNS:
                # "Tanks and armoured vehicles   about 250   412" under "Armenian side lost:": things lost are
                # destroyed, and the row's label names them
                noun, metric = thing, "destroyed"
            if noun == "victims" and self._by_violation and self._row_label:
                # "Injury of civilians | 64 | 190" under "Type of violation | Incidents | Victims": the victims of
                # the row's violation, when it is one that befalls people ("Looting", "Death threats", "Kidnapping
                # attempts" and the total of rows of several kinds count no one harm)
                label = self._row_label
                own = cue_metric(label, 0, len(label), "", True) if _NOT_A_HARM_LABEL.search(label) is None else None
                metric = own if own in _VICTIM_METRICS else "other"
            unit = lexicon.UNIT_NAMES.get(noun, noun) or ("people" if metric in lexicon.PEOPLE_METRICS else "")
            if metric == "other" and not unit:
                return None
            return dict(start=q.start, end=q.end, value=q.value, value_low=q.value_low, value_high=q.value_high,
                        qualifier=q.qualifier, unit=unit, metric=metric, _unit_end=q.end, _context=True)
        end = q.end
        if core in ("a", "an", "another") or core in _KIN_DETERMINERS:
            end = u_end  # "a child", "her husband": the span runs to the noun
        if q.word and core == "one" and _ONE_NOT_A_FIGURE.match(text, q.end):
            return None
        value, low, high, qualifier = q.value, q.value_low, q.value_high, q.qualifier
        start = q.start
        if qualifier == "range" and _CHANGE.search(text, 0, q.num_start):
            # "the toll rose from 20 to 45": the new figure
            m = re.search(r"(?:\bto\b|[-\u2013])\s*(.+)$", text[q.num_start:q.end])
            v = parse_number(m.group(1)) if m else None
            if v is not None:
                value, low, high, qualifier = v, v, v, "exact"
                start = q.num_start + m.start(1)
        after = u_end if unit else q.end
        # people who came through: "the remaining 37 were rescued", "120 have been found alive"
        came_through = self.survived and (_SURVIVED_AFTER.match(self.low, after) is not None
                                          or _ALIVE_AFTER.match(self.low, after) is not None)
        if q.start <= 4 and unit in lexicon.PERSON_NOUNS and q.value <= 10 and not (q.word and core in _ONE_WORDS) \
                and not self.low[:q.start].strip(" \t-\u2013\u2022*\"'\u201c") \
                and (said := _SAY_AFTER_OPENING.match(self.low, after)) is not None \
                and next(cues_in(self.low, q.start, said.start("verb")), None) is None:
            return None  # "Two health workers at the clinic told us ...", opening the sentence: who spoke
        if q.word and core in _ONE_WORDS:
            # "a pilot", "one man": only with a cue right beside it ("a child was killed", "killing a woman"),
            # or as an item of a breakdown or list ("the dead included a medic and a rescue worker");
            # never inside another noun phrase ("the son of a contractor", "five of one family")
            of = _OF_BEFORE.search(self.low, max(0, q.start - 6), q.start)
            if of and not any(c_end >= of.start() - 1 for _, c_end, _, _ in cues_in(self.low, of.start() - 25,
                                                                                       of.start())):
                return None  # "the son of a contractor", but "the death of a nurse", "the killing of his son"
            if (said_before := _SAID_BEFORE.search(self.low, max(0, q.start - 14), q.start)) is not None and (
                    said_before.group().startswith(("according", "by")) or _NO_VERB_AFTER.match(self.low, after)) \
                    or (q.start == 0 and _WHO_THEN_SAID.match(self.low, after)) \
                    or ((said := _SAYS_AFTER.match(self.low, after)) is not None
                        and next(cues_in(self.low, after, said.start("verb")), None) is None):
                return None  # "said a man who was treated for wounds", "a member of the group told the wire": a speaker
            if core in ("a", "an") and text[q.start - 2:q.start] == ", " and (
                    _NAMED_SPEAKER_BEFORE.search(text, max(0, q.start - 60), q.start) is not None
                    or (_NAME_APPOSED_BEFORE.search(text, max(0, q.start - 60), q.start) is not None
                        and _APPOSED_THEN_SAID.match(self.low, after) is not None)) \
                    and _OWN_AUX_AFTER.match(self.low, after) is None:
                return None  # "said Amina Dirar, a senior official working on Darfur", "Fadumo Ali, a mother who fled
                # with her children, told the radio": who the named speaker is, not one of a tally
            if "lost" in (w40 := self.low[max(0, q.start - 40):q.start]) and _GENERIC_LOSS.search(w40):
                return None  # "a family that has lost a son, a mother": any family, no one counted
            reach = 12 if core in _KIN_DETERMINERS else 25
            # the cue before may not lie in a clause before a semicolon ("tried to flee; one man told us")
            lo = max(prev_end, q.start - reach, self.low.rfind(";", 0, q.start) + 1)
            # "a doctor working at the clinic was shot", "a volunteer of the Ethiopian Red Cross was killed"
            words = 8 if _DESCRIBING_AFTER.match(self.low, after) or _OF_ORGANISATION.match(text, after) else 2
            cue_at = after
            if self.low.startswith(", ", after) and (aside := _AGE_ASIDE_AFTER.match(self.low, after)) is not None:
                cue_at = aside.end()  # "a man, 52, was killed": his fate is told after his age
            among = _AMONG_FATE_BEFORE.search(self.low, max(0, q.start - 80), q.start) \
                if not _NAME_COMMA_BEFORE.search(text, max(0, q.start - 30), q.start) else None  # (not "Olha
            # Levchenko, a 34-year-old nurse": the named person, counted once)
            among_fate = _AMONG_FATE[among.group(1)] if among is not None else None
            metric = ((among_fate if among_fate is not None and compatible(among_fate, unit, known) else None)
                      # ("Among the dead were three children and a woman who had been sheltering": dead)
                      or ((self._later_fate(text, q, unit, cue_at) or lexicon.NOUN_METRIC.get(unit))
                          if unit in lexicon.METRIC_ONLY_UNITS else None)
                      or right_cue(self.low, cue_at, unit, known, max_words=words, original=text, toll=False)
                      or cue_metric(self.low, lo, q.start, unit, known, last=True)
                      or self._inherited(self.low, q, unit, known, prev, prev_end, after)
                      or self._item_of_breakdown(q, unit, known, prev))
            if metric == "captured" and (unit in _CIVILIAN_NOUNS or f"{unit}s" in _CIVILIAN_NOUNS):
                metric = "detained"  # "287 pupils and a teacher were seized": abducted
            if metric == "detained":
                metric = _fate_after(self.low, after) or metric  # "a nurse was abducted and freed"
        elif (self.rates and _PER_BEFORE.search(self.low, max(0, q.start - 26), q.start)) or (
                q.start < 12 and self._whole_before_part(q, after)):
            return None  # "one latrine for every 200 detainees"; "Of the 25 people on board, four died"
        elif self.groups and _GROUPS_OF.search(self.low, max(0, q.start - 14), q.start):
            return None  # "shot them in groups of five or six": how, not how many
        elif (unit == "survivors" or (came_through and lexicon.NOUN_METRIC.get(unit) not in _HELD)) \
                and not cue_metric(self.low, q.end, after, "", True):
            # "the remaining 37 were rescued", "120 have been found alive": not the toll before; but "12 kidnapped
            # civilians, including 5 women, were rescued": a part of the freed
            metric = "released" if _part_of_the_freed(self.low, q.start, prev, prev_end) else None
            if metric is None and unit == "survivors" \
                    and (hurt := right_cue(self.low, after, "people", True, original=text, toll=False)) in _HARM:
                metric = hurt  # "two of the survivors were badly injured", "one survivor later died"
        elif not prev_end and self.list_line and self.last_conflict \
                and self.index - 3 <= self.last_conflict[0] < self.index and _BREAKDOWN_ROW.match(self.low) \
                and compatible(self.last_conflict[1], unit, known):
            metric = self.last_conflict[1]  # "  of whom children | 31" under "Civilians killed | 284": who they are
        else:
            metric = self._metric(self.low, q, unit, known, after, prev, prev_end, next_start)
            if metric is not None and AS_METRIC.get(metric, metric) == "destroyed" and not unit \
                    and prev is not None and prev["unit"] in lexicon.PERSON_NOUNS \
                    and q.start - prev_end <= 80 and ";" not in self.low[prev_end:q.start] \
                    and _BARE_SUBJECT_AFTER.match(self.low, q.end):
                metric = None  # "900 migrants were rescued, and 300 were intercepted by the coast guard": more of
                # the same people, stopped at sea, not things shot down
            if metric is not None and AS_METRIC.get(metric, metric) == "destroyed" and unit in _MUNITIONS \
                    and _MEANS_BEFORE.search(self.low, max(0, q.start - 24), q.start):
                metric = "other"  # "destroyed nine targets with ten bombs": what they were destroyed with
        if "IA" in text and (short := _IN_ACTION.match(text, q.end)) is not None:  # (a substring test first: most
            # sentences hold no short form, and this is read for every figure)
            metric = _IN_ACTION_METRICS[short.group(1)]  # "31 civ KIA", "5 WIA", "1 MIA": a field report's short forms,
            # in capitals (not "2 Kia pickups")
            if not known or unit.upper() == short.group(1):
                unit, known = "people", True
        if metric is None and not (q.word and core in _ONE_WORDS) and unit != "survivors" \
                and not came_through:  # no list or partitive toll for them either
            metric, via_context = self._list_metric(text, q, unit, known, after, prev, prev_end)
        if metric is None and (unit in _CIVILIAN_NOUNS or unit in ("households", "families")) \
                and _IN_CAMP_AFTER.match(self.low, after) and _COUNTED_BEFORE.search(self.low, max(0, q.start - 40), q.start):
            metric = "idps"  # "has registered 840 households in an informal settlement", "counted 2,000 people in
            # makeshift camps": people counted where the displaced stay
        if metric in ("wounded", "casualties") and "sick" in self.low[q.end:q.end + 40] \
                and _SICK_AND_HURT.match(self.low, q.end) \
                and cue_metric(self.low, max(0, q.start - 30), q.start, unit, known) not in _HARM:
            metric = "other"  # "12,000 wounded and sick patients need treatment abroad": the ill with the hurt, no
            # count of the hurt (but "evacuated 147 sick and wounded people": evacuated; "the strike injured 12 sick
            # and wounded patients": hurt, as the verb says)
        if metric == "detained" and "former" in self.low[q.end:after] and unit in lexicon.HELD_PEOPLE \
                and _verb_governing(self.low, q.start, unit, known, prev_end) != "detained" \
                and not _HELD_AGAIN_AFTER.match(self.low, after):
            metric = "released"  # "transported 894 former detainees": held no longer (but "re-arrested 30 former
            # detainees", "25 former prisoners of war are still being held")
        if metric == "detained" and q.start > 8 and self.low.startswith(("of the ", "- of the ", "\u2022 of the "), 0) \
                and (whole := _OF_THE_FREED.match(self.low)) is not None \
                and ((whole.end() <= q.start <= whole.end() + 16 and _HAD_BEEN_HELD.match(self.low, after))
                     or (prev is not None and prev["metric"] == "released" and self.low.startswith(" by ", q.end)
                         and self.low.endswith((", and ", " and "), prev_end, q.start))):
            metric = "released"  # "Of the 894 people released, 706 had been held by the authorities, and 188 by the
            # government": who had held the freed
        if metric is not None and unit in _ORDNANCE and AS_METRIC.get(metric, metric) == "destroyed" \
                and _CLEARANCE.search(self.low) is not None:
            metric = "other"  # "clearance teams found and destroyed 1,250 explosive items": made safe, not lost in
            # the war
        if metric in (None, "detained", "captured") and "whereabouts" in self.low \
                and _WHEREABOUTS_BEFORE.search(self.low, max(0, q.start - 40), q.start) \
                and _UNKNOWN.search(self.low, q.end, (stop.start() if (stop := _CLAUSE_STOP.search(self.low, q.end))
                                                      else len(self.low))):
            metric = "missing"  # "the whereabouts of 47 of the people arrested remained unknown": missing, whatever
            # befell them before
        if metric is None and unit and self.low.endswith("the ", 0, q.start) and not q.word and text.endswith(":") \
                and q.value is not None and (named := self._named_before(q.value, unit)) is not None \
                and named["metric"] != "other":
            metric = named["metric"]  # "Triage of the 146 patients:" after "received 146 patients with injuries":
            # the figure named before, named again to head a list
        if metric is None and unit in ARMED and (_DESTROYED_AFTER.match(self.low, after)
                                                 or _DESTROYED_BEFORE.search(self.low, max(0, q.start - 40), q.start)):
            metric = "killed"  # "destroyed 30 militants", "2,300 soldiers have been destroyed": armed men killed, in
            # the words of the side that killed them
        if metric is None:
            if unit and known and unit in lexicon.COUNT_NOUNS and unit not in lexicon.METRIC_ONLY_UNITS:
                metric = "other"
            else:
                return None
        if metric == "other" and (not unit or (q.word and core in _ONE_WORDS)):
            return None
        metric = AS_METRIC.get(metric, metric)
        if pronoun:
            verb = next(cues_in(self.low, q.end, q.end + 45), None)
            after = verb[1] if verb else q.end  # "he was shot dead | along with his wife"
        if not unit and "/" in text and (label := self._slash_label(q)) is not None:
            noun = label.split()[-1]  # "Arrivals (households / individuals)": "270 / 1,350" counts households, people
            if noun in lexicon.COUNT_NOUNS and compatible(metric, noun, True):
                unit = noun
        if not unit and metric != "other" and self.list_line:
            label = row_label(self.low)  # "Households   2,823   1,204": households, not people
            if label in lexicon.COUNT_NOUNS and compatible(metric, label, True):
                unit = label
        if not unit or unit in lexicon.METRIC_ONLY_UNITS:
            if metric in lexicon.PEOPLE_METRICS or unit in lexicon.METRIC_ONLY_UNITS:
                unit = "people"
        unit = lexicon.UNIT_NAMES.get(unit, unit)
        return dict(start=start, end=end, value=value, value_low=low, value_high=high, qualifier=qualifier,
                    unit=unit, metric=metric, _unit_end=after, _context=via_context)

    # ------------------------------------------------------------------
    def _metric(self, text: str, q: Quantity, unit: str, known: bool, after: int, prev: dict | None,
                prev_end: int, next_start: int) -> str | None:
        if text[after:after + 2].lstrip()[:1] == "(" and _HURT_SPLIT_AFTER.match(text, after) \
                and (not unit or unit in lexicon.PERSON_NOUNS):
            return "casualties"  # "Unidentified perpetrators: 54 (17 killed, 37 injured)": the dead and hurt together
        if prev is None and not unit and q.start < 80 and (head := _OF_THE_HEAD.match(text, 0, q.start)) is not None \
                and right_cue(text, after, "people", True) is None:  # (not "Of the abducted, 58 were freed")
            # "Of the civilians killed or injured, 104 were attributed to the army": the part takes the whole's
            # metric, named in the head
            metric = cue_metric(text, head.start(1), head.end(1), "people", True)
            if metric and metric != "other":
                return metric
        if ":" in text[q.end:q.end + 4] and (key_label := _FIGURE_THEN_LABEL.match(text, q.end)) is not None \
                and _LINE_OPENS_BEFORE.search(text, max(0, q.start - 30), q.start):
            # "- 29,600+ : conflict deaths recorded (Acled)", "- 12.5m : people forced from their homes": a key
            # figure first, what it counts after the colon
            # (a label that names no metric counts no one of the list before: "30.4m : people in need of aid")
            return cue_metric(text, key_label.start(1), key_label.end(1), unit or "people", True) or "other"
        if _RATE_AFTER.match(text, after) or ("rate" in text[max(0, q.start - 50):q.start]
                                              and _RATE_BEFORE.search(text, max(0, q.start - 50), q.start)):
            return "other"  # "1.3 deaths per 10,000 people per day", "the crude death rate was 1.3": a rate
        if "subjected" in text[after:after + 30] and unit not in lexicon.NOUN_METRIC \
                and (subjected := _SUBJECTED_AFTER.match(text, after)) is not None:
            # "96 abducted and 36 subjected to sexual violence": a harm of its own, no metric; but "66 people
            # subjected to enforced disappearance": missing (and "150 detainees were subjected to torture" stay held)
            return cue_metric(text, subjected.end(), min(len(text), subjected.end() + 30), unit, known) or "other"
        if (not unit or unit in _POPULATION_UNITS) and _SIZE_OF_PLACE.search(text, max(0, q.start - 40), q.start):
            return "other"  # "the town of about 40,000, 7 km from the border, has been shelled": how many live there
        if not unit and (lost := _THINGS_LOST_AT.search(text, max(0, q.start - 70), q.start)) is not None \
                and lost.group(1) in lexicon.OBJECT_NOUNS:
            return "destroyed"  # "put the number of tanks lost at between 150 and 180": things lost
        if "/" in text and (label := self._slash_label(q)) is not None:
            # "Killed / injured: 12 / 40", "Taiz 27 / 11" under "By governorate (attacks / deaths)": each figure of
            # the pair is counted by its own label
            metric = cue_metric(label, 0, len(label), unit, known)
            if metric:
                return metric
            if any(w in lexicon.COUNT_NOUNS and w not in lexicon.PERSON_NOUNS for w in label.split()):
                return "other"  # "attacks": events, not people
        if prev is not None and ((unit and (unit in lexicon.OBJECT_NOUNS or not known) and unit not in lexicon.PERSON_NOUNS)
                                 or not unit) and _PARTITIVE_WHOLE.search(text, max(0, q.start - 40), q.start):
            # "two of the port's four cranes were destroyed": four is what there was; "eight of the 33 are dead": the
            # verb is the part's
            return "other"
        if text[max(0, q.start - 3):q.start] == "of " and _FIGURE_NEXT.match(text, after) \
                and _OF_WHOLE_OPENS.search(text, max(0, q.start - 12), q.start):
            return "other"  # "of 23 health centres, 14 had been looted": the whole; its part has the fate
        if (unit in _POPULATION_UNITS or (unit in lexicon.PERSON_NOUNS and unit not in lexicon.NOUN_METRIC
                                          and _NUMBER_OF_WHOLE.search(text, max(0, q.start - 14), q.start))) \
                and (whole := _SHARE_OF_WHOLE.search(text, max(0, q.start - 40), q.start)) \
                and _AUX_NEXT.match(text, after) and not _CAMP_OWNER.search(whole.group()):
            # (but "1,200 of the camp's roughly 4,000 residents had fled": a camp's people are its displaced)
            return "other"  # "around half of the region's estimated 150,000 residents have left", "4,000 of the
            # region's roughly 23,000 residents have left": the share moved
        if unit not in lexicon.NOUN_METRIC and unit not in lexicon.METRIC_ONLY_UNITS and _NEED_AFTER.match(text, after) \
                and next(cues_in(text, q.end, after), None) is None:  # (not "5,000 displaced people need shelter")
            return "other"  # "... from their homes, and 5.4 million Haitians face acute hunger": a need of their own
        if prev is not None and prev["metric"] == "other" and not unit \
                and _PREVIOUS_TOLL.search(text, max(prev_end, q.start - 25), q.start):
            return "other"  # "41 political violence events ..., up from 23 the previous week": the count before's
        if ("large" in (tail := text[after:after + 80]) or " run" in tail) and _AT_LARGE_AFTER.match(text, after):
            return "other"  # "the four others remain at large": never held
        if "damaged" in text[after:after + 40] and _DAMAGED_AFTER.match(text, after):
            return "other"  # "14 private houses damaged, 3 destroyed", "4,300 units were destroyed and a further
            # 11,000 damaged": damage is no destruction
        if self.bodies and _BODIES_OF.search(text, max(0, q.start - 40), q.start) \
                and compatible("killed", unit, known):
            return "killed"  # "the remains of 12 soldiers were repatriated": dead, whatever became of the bodies
        metric = self._cued_metric(text, q, unit, known, after, prev, prev_end, next_start)
        if metric == "refugees" and unit in ("arrivals", "new arrivals") and self.context == "returned" \
                and "arrival" in self.context_text.lower() and bare_heading(self.context_text) \
                and ":" in text[max(0, q.start - 3):q.start]:
            return "returned"  # "Milak (Nimroz): 10,340 arrivals" under "ARRIVALS BY CROSSING POINT" in a report on
            # returns: returnees arriving
        if metric in ("returned", "released") and not unit and (label := _label_before_colon(self.low, q.start)):
            if "bodies" in label or "remains" in label:
                return "killed"  # "Bodies repatriated to Ukraine the same week: 250": the dead, however they came back
            if metric == "returned" and self.exchange and not _ROUTE_WORDS.search(label):
                return "released"  # "Ukrainians returned on 25 June: 90" after a prisoner exchange: people freed
        if metric in _MOVED_OR_BACK and self.exchange and ("xchang" in text or "swap" in text) and _EXCHANGE.search(text):
            return "released"  # "carried out a prisoner exchange, with 109 Ukrainians crossing the border": the people
            # of the exchange itself, freed
        if metric == "returned" and self.exchange and (unit in ARMED or unit in _EXCHANGED):
            return "released"  # "103 servicemen had been returned", "20 of the returning soldiers" in a story of a
            # prisoner exchange: people freed
        if metric == "displaced" and _HURT_WHOLE.search(text, max(0, q.start - 24), q.start) \
                and _PARTITIVE_AFTER.match(text, q.end):
            return "wounded"  # "a prompt recovery to the wounded, 6 of whom were evacuated by air": the hurt, moved
        if metric == "wounded" and unit == "patients" and _PATIENTS_MOVED.match(text, after) \
                and not any(w in text[q.end:after] for w in ("wound", "injur", "hurt", "trauma")):
            return "displaced"  # "40 patients had to be evacuated to a hospital in Mykolaiv": moved, not hurt here
        if metric == "displaced" and unit != "displaced" and _crosses_border(self.text, after):
            metric = "refugees"  # "fled to Chad", "found safety across the border", "moved into Armenia"
        elif metric == "refugees" and unit not in _REFUGEE_NOUNS and _stays_inside(self.text, after):
            metric = "displaced"  # "8,700 people have sought refuge in towns inside Cameroon"
        if metric == "returned" and (lexicon.NOUN_METRIC.get(unit) in ("detained", "captured")
                                     or (("exchange" in text or "swap" in text) and _EXCHANGE.search(text))
                                     or _FROM_CAPTIVITY.search(text, after, min(len(text), after + 60))
                                     or (prev is not None and prev["metric"] in _HELD
                                         and _PARTITIVE_BEFORE.search(text, prev_end, q.start))):
            metric = "released"  # "detainees were repatriated": set free and sent home; "45 came home in exchange
            # for 45 Russian servicemen": a prisoner exchange; "82 were abducted, of whom 11 have since been returned"
        elif metric == "detained" and q.start > prev_end \
                and _verb_governing(text, q.start, unit, known, prev_end) == "released":
            metric = "released"  # "rescued two people who had been kidnapped": freed, as the verb they are the object of
        elif metric == "detained" and _FREED_PARTS_BEFORE.search(text, max(0, q.start - 90), q.start):
            metric = "released"  # "the rescued victims, comprising 9 women and 5 children, were abducted from ...":
            # the parts of people freed, whatever the clause after tells of how they were taken
        elif metric == "detained" and (fate := _fate_after(text, after)) \
                and _verb_governing(text, q.start, unit, known, prev_end) is None:
            # "19 people held by an armed group were freed", "57 of those arrested were released", "14 of those
            # kidnapped were later killed", "nine men were taken from their homes and shot dead"
            metric = fate
        elif metric == "captured" and (unit in _CIVILIAN_NOUNS or f"{unit}s" in _CIVILIAN_NOUNS) \
                and not _SURRENDERED_AFTER.match(text, after):
            metric = "detained"  # "276 schoolgirls were seized", "287 pupils and a teacher were seized": abducted (but
            # "4,100 people, among them 2,389 soldiers, surrendered": they gave themselves up)
        if metric in ("returned", "captured", "detained", "released") \
                and ("release" in (w := text[max(0, q.start - 60):q.start]) or " free " in w):
            if _RELEASE_ASKED_BEFORE.search(text, max(0, q.start - 80), q.start):
                if metric == "released":
                    return "detained"  # "called for the release of 2,000 detainees": asked for, so still held
            elif metric != "released" and _RELEASE_OF_BEFORE.search(text, max(0, q.start - 60), q.start):
                metric = "released"  # "the release and return of 95 Ukrainian and 95 Russian prisoners of war"
        if metric in _MOVED_OR_BACK and " to be " in text[after:after + 40] and _STILL_TO_BE.match(text, after):
            return "other"  # "1,200 people a day need to be moved from Kagunga": not moved yet
        if metric in _MOVED and text.startswith((" armed ", " heavily armed "), q.end):
            return "other"  # "about 60 armed men arrived on motorcycles": attackers, not people uprooted
        if metric in _MOVED:
            noun = lexicon.NOUN_METRIC.get(unit)
            if noun in _STATUS_NOUN_METRICS:
                return noun
            toll = toll_metric(text, q, unit, known, near=True)
            if toll in _MOVED:
                return toll
            if (whole := _OF_THE_MOVERS.match(text, 0, q.start)) is not None:
                return lexicon.NOUN_METRIC[whole.group(1)]  # "Of the new IDPs, 2,300 ind. arrived at the camp": a
                # part of the IDPs, where they went
            if metric == "displaced" and _STOCK_DISPLACED_AFTER.match(text, after):
                return "idps"  # "the more than one million people already displaced in Haiti": those displaced inside
                # the country now
            if metric == "displaced" and (_SHELTERING_AT_SITE.match(text, after) or (
                    self.neutral and _CAMP_HOLDS.search(text, max(0, q.start - 110), q.start))) \
                    and _staying_at_home(unit, text):  # (but "transit sites in Adré now hold about 110,000 people" beside
                # refugees moved inland: refugees, told later by the place)
                return "idps"  # "1,300 households are sheltering in a school and two churches": displaced, staying
                # in a collective site; "The site hosts some 3,200 households, or about 15,000 displaced people"
        return metric

    def _later_fate(self, text: str, q: Quantity, unit: str, after: int) -> str | None:
        """What befell a part of a group named by its metric later, as a verb after it tells ("two of the wounded
        later died": killed; "four of the missing were found dead": killed), or None (the group's metric holds)."""
        if unit in ("injured", "wounded") and (noun := _NEXT_WORD.match(text, after)) is not None \
                and (noun.group(1) in lexicon.PERSON_NOUNS or f"{noun.group(1)}s" in lexicon.PERSON_NOUNS) \
                and right_cue(text, noun.end(), "people", True, original=self.text) == "killed":
            return "killed"  # "One injured passenger later died in hospital": hurt, then dead
        if unit not in _PARTITIVE_FATES or " of " not in text[q.end:after - len(unit) + 1]:
            return None
        aside = _WHO_ASIDE.match(text, after)  # "one of the injured, a taxi driver, died": past who it was
        later = right_cue(text, aside.end() if aside else after, "people", True, original=self.text)
        return later if later in _PARTITIVE_FATES[unit] else None

    @property
    def list_line(self) -> bool:
        """Whether the current sentence is a line of a list or table (:func:`list_like`), computed once."""
        if self._list_line is None:
            text = self.text
            if (mark := _ITEM_MARK.match(text)) is not None:
                text = "- " + text[mark.end():]  # "a. 23 x AK-47 rifles.", "(ii) 4 motorcycles": an item, as a bullet
            if "(" in text and text.rstrip(" .;").endswith(")"):
                # "2018: 30,700 (the deadliest year, driven by the battle for Hodeidah)": an aside of words closing
                # the line (not "4,820 ind. (1,106 HH)": a figure of its own)
                text = _WORDY_PARENTHESES.sub("", text).rstrip()
            # "- Civilians: 412, among them 197 shot at a checkpoint": a bullet whose head is a list line (or an item
            # whose number was cut off as a sentence before it: "Russia - about 400, almost all of them children")
            self._list_line = list_like(text) or ((comma := text.find(", ")) > 0
                                                  and (text[:1] in "-\u2022*" or "..." in text[:comma]
                                                       or (self._numbered and _DIGIT.search(text, 0, comma) is not None))
                                                  # (a row with dot leaders: "Moscow region ...... 9, including 4
                                                  # flying towards the capital"; not "Identified, awaiting handover:
                                                  # 14": a comma of the label)
                                                  and list_like(text[:comma])
                                                  and not _PARTITIVE_HEAD.match(text)) or (
                # "• 9 long guns (5 AK-47 rifles, 3 Galil rifles)": a bullet that opens with a figure, and no verb
                text[:1] in "-\u2022*" and _BULLET_FIGURE.match(text) is not None and (
                    _VERBISH.search(text) is None
                    # "- four pick-up vehicles, one of which was mounted with a machine gun;": an aside on the items
                    or ((aside := _ITEM_ASIDE.search(text)) is not None
                        and _VERBISH.search(text, 0, aside.start()) is None)))
            if not self._list_line and self.context is not None and len(text) < 24 \
                    and _BARE_FIGURE_LINE.fullmatch(text) is not None and bare_heading(self.context_text):
                self._list_line = True  # "PEOPLE INJURED" then "580" on a line of its own: a key figure under its label
        return self._list_line

    def _list_metric(self, text: str, q: Quantity, unit: str, known: bool, after: int, prev: dict | None,
                     prev_end: int) -> tuple[str | None, bool]:
        """The metric of a figure that no cue names, from the list or table it is part of, and whether it
        came from :attr:`context`: a list after a colon takes the cue before the colon ("Refugees by country
        of asylum: Uganda 620,000"); a line of a list ("\u2022 Bria: 1,050") the heading's or the sentence's
        before it; a partitive ("Of these, 40,000 ...", "569,000 of them are children") the last figure of
        harm or movement of the sentence or the one before."""
        colon = text.rfind(":", 0, q.start)
        if colon > 0 and (not text[colon + 1:q.start].strip() or list_like(_PARENTHESES.sub(" ", text[colon + 1:q.start])))\
                and not (
                prev_end > colon and (prev is None or prev["end"] < colon or prev["metric"] == "other")):
            # ("... 201 deaths, had been reported in 8 states: Kassala (2,140 cases) - Gedaref (1,320)": cases)
            intro = max(text.rfind(";", 0, colon), text.rfind("\u2022", 0, colon))
            metric = cue_metric(self.low, intro + 1, colon, unit, known, last=True)
            if not metric and colon - intro <= 50:
                # "New evacuees registered: 2,215 families": a noun of the label that names a metric
                metric = next((lexicon.NOUN_METRIC[w] for w in LABEL_WORD.findall(self.low, intro + 1, colon)
                               if w in lexicon.NOUN_METRIC and w in lexicon.PERSON_NOUNS
                               and compatible(lexicon.NOUN_METRIC[w], unit, known)), None)
            if not metric and (unit in lexicon.PERSON_NOUNS or unit in ("households", "families")) \
                    and _SHELTER_LABEL.match(self.low, intro + 1, colon):
                metric = "idps"  # "In tents: 1,260 HH / 7,550 ind.", "Without any shelter: 318 HH": where the
                # displaced live
            if metric:
                return metric, False
        if self.list_line and self.context and compatible(self.context, unit, known) \
                and not _INITIALS_LINE.fullmatch(text) and not _POPULATION_OF.search(self.low, max(0, q.start - 40), q.start) \
                and not ("|" in text and _sibling_row(self.context_text)) \
                and not ((label_end := colon if colon > 0 else self.low.find("...")) > 0
                         and (_HELPED_LABEL.search(self.low, max(0, label_end - 60), label_end)
                              or _OWN_FATE_LABEL.search(self.low, max(0, label_end - 60), label_end))) \
                and not (gap_row(text) and gap_row(self.context_text)):
            # (nor "children recruited and used by parties: 214" under "children killed: 1,320": a fate of their own;
            # nor "Obstruction to delivery of care      9" under "Arrest or detention of health workers      19": each
            # row of a table set out with gaps has its own label; only a heading's metric carries down the rows)
            # (but "* the city, with a pre-war population of some 55,000, has been shelled": a size; and a row of a
            # table parted by bars takes a heading's metric, not the row before's: "Facility destroyed | 212")
            label = None if unit else label_noun(self.low, q.start, (q.value or 0) > 1)
            if label is None or compatible(self.context, label, label in lexicon.COUNT_NOUNS):
                # "Sites open 96" under a heading of people is not theirs; "tanks 12" under one of losses is
                return self.context, True
        if self.list_line and self.context == "destroyed" and "losses" in self.context_text.lower() \
                and (unit or label_noun(self.low, q.start)) in lexicon.PERSON_NOUNS:
            return "casualties", True  # "personnel – about 894,240" under "The combat losses of the enemy were":
            # the people a force loses are its killed and wounded
        if "of the" in self.low[:10] and (whole := _OF_THE_NUMBER.match(self.low)) is not None and q.start >= whole.end():
            earlier = self._named_before(float(whole.group(1).replace(",", "")))
            if earlier is not None and earlier["metric"] in lexicon.PEOPLE_METRICS \
                    and compatible(earlier["metric"], unit, known):
                return earlier["metric"], False  # "Monitors documented 163 new arrests. Of the 163, 121 were men, 34
                # were women": the parts of the figure named before
        if "of th" in self.low[:10] and (whole := _OF_THESE_PEOPLE.match(self.low)) is not None \
                and q.start >= whole.end() and prev_end <= whole.end() \
                and whole.group("noun") in lexicon.PERSON_NOUNS and whole.group("noun") != "survivors":
            # "Of these victims, 8 were former combatants", "Of the rescued victims, 11 are women": a part of the
            # people the sentence before counted (or that the opening's own participle names)
            adj = whole.group("adj")
            last = self.last_conflict[1] if self.last_conflict and self.last_conflict[0] == self.index - 1 \
                and not self.last_conflict[2] else None  # (not "Nine were killed, 20 wounded and 4 are missing. Of
            # these victims, ...": a part of which?)
            metric = ("released" if adj.startswith(("freed", "released")) or (
                adj.startswith("rescued") and last in ("detained", "released")) else  # (not "Of the rescued
                # migrants": saved at sea)
                      cue_metric(self.low, whole.start("adj"), whole.end("adj"), "people", True)) if adj else None
            if metric is None:
                metric = last
            if metric is not None and metric in lexicon.PEOPLE_METRICS and compatible(metric, unit, known):
                return metric, False
        if prev is not None and prev["metric"] not in ("other", None) and "of the " in self.low[:12] \
                and _OF_THE_WHOLE.match(self.low, 0, q.start) \
                and compatible(prev["metric"], unit, known):
            return prev["metric"], False  # "Of the 108 people injured, 46 were flown to Juba": a part of the injured
        if unit in ("households", "families") and prev is not None and prev["metric"] in lexicon.PEOPLE_METRICS \
                and "\n" in text[prev_end:q.start]:
            line_end = self.low.find("\n", q.start)
            if _HOUSEHOLDS_LINE.fullmatch(self.low, self.low.rfind("\n", 0, q.start) + 1,
                                          line_end if line_end >= 0 else len(self.low)):
                return prev["metric"], False  # "36,200 refugees registered" then a line "8,940 households": the same people
        were_part = False  # (bound whichever test below decides)
        if _PARTITIVE_AFTER.match(self.low, after) or _PARTITIVE_BEFORE.search(self.low, 0, q.start) \
                or _AMONG_THEM_AFTER.match(self.low, after) or (were_part := (
                    # "Eighteen were civilians. The remaining six were deminers.": parts of the people before
                    " were " in self.low or " are " in self.low) and (
                    (people := _WERE_PEOPLE_AFTER.match(self.low, after)) is not None
                    and people.group("noun") in lexicon.PERSON_NOUNS
                    and _OPENS_CLAUSE.search(self.low, max(0, q.start - 30), q.start) is not None)):
            # the figure before in this sentence, else the last one of the sentence before ("Four children were
            # among them")
            if prev_end:
                metric = prev["metric"] if prev is not None else None
            elif (those := _THOSE_WHO.match(self.low)) is not None or (
                    self.index and (those := _THOSE_WHO.match(
                        before := self.attributor.sentences[self.index - 1].lower())) is not None
                    and not any(ch.isdigit() for ch in before)):
                # "Those arrested were accused of supporting rebels. At least 11 of them were aid workers": the people
                # the sentence (or the one before, with no figure of its own) opens with, named by what befell them
                metric = cue_metric(those.string, those.start(1), those.end(1), "people", True)
            elif (own := cue_metric(self.low, 0, q.start, unit, known, last=True)) is not None:
                metric = own  # "Most of the wounded are civilians; at least 40 are combatants": the people the
                # sentence names before the figure
            elif self.last_conflict and self.last_conflict[0] >= self.index - 1 \
                    and not (were_part and self.last_conflict[2]):  # (not "Nine were killed and 4 are missing. Six
                # were children.": a part of which?)
                metric = self.last_conflict[1]
            else:
                metric = None
            return (metric if metric and metric != "other" and compatible(metric, unit, known) else None), False
        return None, False

    def _named_before(self, value: float, unit: str = "") -> dict | None:
        """The latest of the article's last 30 figures with ``value`` (and ``unit`` when given), or None."""
        rows = self.rows
        for k in range(len(rows) - 1, max(-1, len(rows) - 31), -1):  # (an index loop: mypyc reads it)
            row = rows[k]
            if row["value"] == value and (not unit or row["unit"] == unit):
                return row
        return None

    def _whole_before_part(self, q: Quantity, after: int) -> bool:
        """Whether the figure is the whole of a partitive that opens the sentence, with no verb of its own
        ("Of the 25 people on board, four are confirmed dead"): only the part is a figure. "Of the 300 people
        abducted, ..." and "Of the 1,126 disappearances, ..." keep theirs."""
        if not self.low.startswith("of the ", max(0, q.start - 7)) \
                or self.low[:q.start].strip().lstrip("-\u2022* ") != "of the":
            return False  # (a bullet may open the line: "- Of the 101, declared deceased: 35")
        comma = self.low.find(",", after, after + 60)
        if comma < 0 or cue_metric(self.low, q.end, comma, "", True) is not None:
            return False
        words = LABEL_WORD.findall(self.low, q.end, comma)
        # (nor "Of the 4,800 refugees registered, ...": a noun that is a metric by itself; but victims may be dead or
        # hurt, "Of the 60 victims, 12 were wounded", unless the part says only who they were: "Of the 61 victims,
        # eight were women" counts the dead and a part of them)
        if any(w in lexicon.NOUN_METRIC and w not in ("victims", "victim") for w in words):
            return False
        if "victims" in words and not any(True for _ in cues_in(self.low, comma, _clause_end(self.low, comma))):
            return False
        return True

    def _population_before(self, text: str, q: Quantity) -> bool:
        """Whether the words right before the figure say it is a population ("a town of 40,000", "hosts
        80,000 refugees"): :data:`_NEUTRAL_BEFORE`, tried only in a sentence with its words."""
        return self.neutral and (_NEUTRAL_BEFORE_LOWER if self.low_ascii else _NEUTRAL_BEFORE).search(
            text, max(0, q.start - 40), q.start) is not None

    def _slash_label(self, q: Quantity) -> str | None:
        """The label of the figure's side when it is one of a pair parted by a slash and a pair of labels names
        them, before the colon or in the heading (:func:`~analysis.claims.layout.slash_labels`); else None."""
        side = slash_side(self.low, q.start, q.end)
        if side is None:
            return None
        labels = slash_labels(self.low, q.start) or (
            slash_labels(self.context_text.lower()) if self.list_line and self.context_text else None)
        return labels[side] if labels else None

    def _item_of_breakdown(self, q: Quantity, unit: str, known: bool, prev: dict | None) -> str | None:
        """The metric of the figure before for one person right after "among them" or "including" ("Three
        people died on arrival, among them a woman"), else None."""
        if prev is None or prev["metric"] in ("other", None) or not compatible(prev["metric"], unit, known):
            return None
        return prev["metric"] if _BREAKDOWN_BEFORE.search(self.low, max(0, q.start - 24), q.start) else None

    @staticmethod
    def _inherited(text: str, q: Quantity, unit: str, known: bool, prev: dict | None, prev_end: int,
                   after: int) -> str | None:
        """The metric of the figure before, when this one continues its breakdown or list."""
        if prev is None or prev["metric"] == "other":
            return None
        # what a force loses of its equipment is destroyed: "the enemy lost 540 servicemen, two tanks and four
        # armoured vehicles"; "enemy losses amounted to 280 servicemen and 37 armoured vehicles"
        if (prev["metric"] in _HARM or prev["metric"] == "destroyed") and (unit in lexicon.OBJECT_NOUNS or (not known and _UNITS_OF_EQUIPMENT.match(text, q.end)))\
                and compatible("destroyed", unit, known) and "losses" in text[max(0, q.start - 160):q.start] \
                and any("losses" in c for _, _, _, c in cues_in(text, max(0, q.start - 160), q.start)):
            return "destroyed"
        if own_verb(text, after) or _DAMAGED_AFTER.match(text, after):
            return None  # "three leaders were murdered, and 19 adolescents were recruited": a verb of its own; "4,300
            # units were destroyed and a further 11,000 damaged": damage is no destruction
        if not compatible(prev["metric"], unit, known):
            if prev["metric"] in _HARM and unit in lexicon.OBJECT_NOUNS \
                    and _PARALLEL.search(text, prev_end, q.start) and q.start - prev_end < 70 \
                    and _LOST_BEFORE.search(text, max(0, prev["start"] - 80), prev["start"]):
                return "destroyed"
            if prev["metric"] == "killed" and compatible("captured", unit, known) \
                    and _PARALLEL.search(text, prev_end, q.start) and q.start - prev_end < 40 \
                    and _BODIES_RECOVERED_BEFORE.search(text, max(0, prev["start"] - 60), prev["start"]):
                return "captured"  # "recovered the bodies of the five rebels, seven firearms and three mines": the
                # verb's other objects, taken
            return None
        if "|" in text and _NEXT_CELL.fullmatch(text, prev_end, q.start):
            return prev["metric"]  # "killings of civilians | 58 | 31 | 89": the row's label counts every cell
        if q.start >= 2 and text.startswith(", ", q.start - 2) and text.startswith((" of them ", " of whom "), q.end) \
                and unit in lexicon.PERSON_NOUNS:
            return prev["metric"]  # "... were killed when shells landed in the displacement camp, nine of them
            # children": a part of the figure before, however far the clause ran after it
        if _BREAK_CONNECT.match(text[prev_end:q.start]) or _PREVIOUS_TOLL.search(text, max(prev_end, q.start - 25),
                                                                                   q.start):
            return prev["metric"]
        if not unit and _SERIES_NEXT.fullmatch(text, prev_end, q.start):
            return prev["metric"]  # "512 civilian fatalities in 2021, falling to 310 in 2022 and to 97 in 2023": the
            # same count in the next year
        if _AMONG_WHOLE_BEFORE.search(text, max(0, prev["start"] - 16), prev["start"]) \
                and _AMONG_WHOLE_THEN.fullmatch(text, prev_end, q.start):
            return prev["metric"]  # "Among the 61 victims were eight women": a part of the whole before
        if (_PLACE_ITEM_FIRST.fullmatch(text, prev_end, q.start) or (
                _PLACE_ITEM_NEXT.fullmatch(text, prev_end, q.start) and text.rfind("(", 0, q.start) > text.rfind(")", 0, q.start))):
            return prev["metric"]  # "412,000 IDPs (North Kivu 287,000 | Ituri 125,000)": the figure shared out by place
        if not unit and text.endswith(" for ", 0, q.start) and _FOR_NEXT.fullmatch(text, prev_end, q.start) \
                and "accounted for" in text[max(0, prev["start"] - 120):prev["start"]]:
            return prev["metric"]  # "men accounted for 895, boys for 244 and girls for 83": the verb left out
        if not unit and _NAME_THEN_WITH.fullmatch(text, prev_end, q.start):
            return prev["metric"]  # "accounted for 214 casualties, followed by Taiz with 131"
        if text[q.start - 1:q.start] == "(" and _NAME_THEN_BRACKET.fullmatch(text, prev_end, q.start) \
                and text.startswith(")", q.end):
            return prev["metric"]  # "the most civilians killed (118), followed by Jonglei (96) and Upper Nile (87)"
        if _PARALLEL.search(text, prev_end, q.start) and q.start - prev_end < 70 \
                and not cue_metric(text, prev_end, q.start, "", True):
            return prev["metric"]
        return None

    def _cued_metric(self, text: str, q: Quantity, unit: str, known: bool, after: int, prev: dict | None,
                     prev_end: int, next_start: int) -> str | None:
        metric: str | None
        w30 = text[max(0, q.start - 30):q.start]
        if ("treat" in w30 or "admit" in w30 or "receiv" in w30 or "operated" in w30) \
                and _TREATED_BEFORE.search(w30) and _FOR_WOUNDS_AFTER.match(text, after) \
                and compatible("wounded", unit, known):
            return "wounded"  # "have treated 97 refugees for gunshot wounds": hurt, whoever they are
        if text[after:after + 6] == " held " and unit in lexicon.PERSON_NOUNS and unit not in lexicon.NOUN_METRIC \
                and _HELD_IN_CONNECTION.match(text, after):
            # "visited 27 people held in connection with the conflict"; but "the release of 164 people held in
            # connection with the conflict": what the verb they are the object of did
            verb = _verb_governing(text, q.start, unit, known, prev_end) if q.start > prev_end else None
            return verb if verb in lexicon.AFTER_HELD_METRICS else "detained"
        if (text[after:after + 6] == " with " or text.startswith((" of them with ", " of whom with "), after)) \
                and (unit in lexicon.PERSON_NOUNS or not unit) \
                and unit not in lexicon.NOUN_METRIC and _FOR_WOUNDS_AFTER.match(text, after):
            return "wounded"  # "17 men with gunshot and bush-knife wounds had been admitted": hurt
        if prev is not None and prev["metric"] in _ALONG_WITH_METRICS \
                and " with " in text[max(prev_end, q.start - 40):q.start] \
                and _ALONG_WITH_BEFORE.search(text, max(prev_end, q.start - 40), q.start) \
                and compatible(prev["metric"], unit, known) and unit in lexicon.PERSON_NOUNS \
                and unit not in lexicon.NOUN_METRIC and next(cues_in(text, after, min(len(text), after + 40)), None) is None:
            return prev["metric"]  # "killed 685 members of the security forces this year, the highest number in a
            # decade, along with 927 militants": the same verb (but not people with a verb of their own after them)
        if unit == "victims" and _AFFECTING_BEFORE.search(text, max(0, q.start - 30), q.start):
            return "other"  # "563 incidents affecting 2,071 victims": victims of many kinds of harm
        if " among " in text[after:after + 14] and unit not in lexicon.NOUN_METRIC \
                and (among := _AMONG_THE_COUNTED.match(text, after)) is not None:
            # "13,450 children are among the more than 32,900 people killed": a part of them; the verb after the
            # whole's noun, not the noun ("among the 24 hostages released": freed)
            by_start = cue_index(text)[2]
            found = [c for c in (by_start.get(w.start()) for w in itertools.islice(WORD.finditer(text, among.end()), 3))
                     if c is not None]
            if found and found[-1][2] in lexicon.PEOPLE_METRICS and compatible(found[-1][2], unit, known):
                return found[-1][2]
        if ", who " in text[after:after + 100] and (who := _WHO_WERE_AFTER.match(text, after)) is not None \
                and (cue := cue_index(text)[2].get(who.end())) is not None and cue[2] in lexicon.PEOPLE_METRICS \
                and compatible(cue[2], unit, known) \
                and next(cues_in(text, after, text.rfind(", who ", after, who.end())), None) is None:
            # (but "four guards died at the scene and two others, who ...": the figure's own verb came first)
            if cue[2] == "wounded" and (close := text.find(",", cue[1], cue[1] + 100)) >= 0 \
                    and _DIED_AFTER_ASIDE.match(text, close):
                return "killed"  # "two others, who had been rushed to hospital, died later": hurt, then dead
            return cue[2]  # "- 31 members of regime forces and loyal militiamen, who were killed in the clashes"
        if prev is not None and prev["metric"] not in ("other", None) and text.endswith(" of ", 0, prev["start"]) \
                and _AND_OF.fullmatch(text, prev_end, q.start) and compatible(prev["metric"], unit, known):
            return prev["metric"]  # "the remains of 757 people to Ukraine and of 28 people to Russia": the same noun
            # governs both
        if prev is not None and prev["metric"] in lexicon.PEOPLE_METRICS and prev["unit"] in lexicon.PERSON_NOUNS \
                and unit in lexicon.PERSON_NOUNS and (prev["unit"] in _HOUSEHOLD_UNITS) != (unit in _HOUSEHOLD_UNITS) \
                and _EQUIVALENT.fullmatch(text, prev_end, q.start):
            return prev["metric"]  # "numbered 2,130 families, \"equivalent to about 10,600 people\"", "41,600 people,
            # the equivalent of some 8,320 households": the same people
        if unit in _PLACE_NOUNS and _IN_BEFORE.search(text, max(0, q.start - 14), q.start):
            return None  # "houses were set on fire in 33 villages": where it befell, not what
        if prev is not None and prev["metric"] in _HARM and text[prev_end:q.start] in (" and ", ", and ") \
                and unit not in lexicon.NOUN_METRIC and unit not in lexicon.METRIC_ONLY_UNITS \
                and _RELATIVE_AFTER.match(text, after) and compatible(prev["metric"], unit, known) \
                and _verb_governing(text, prev["start"], prev["unit"], True) == prev["metric"]:
            return prev["metric"]  # "shot dead three women and two boys who were fleeing": both the verb's objects
        if unit not in lexicon.METRIC_ONLY_UNITS and (
                ("trac" in (w := text[max(0, q.start - 30):q.start]) or "locat" in w or "reunit" in w)
                and _FOUND_BEFORE.search(text, max(0, q.start - 30), q.start)
                or " been " in text[after:after + 30] and _FOUND_AFTER.match(text, after)):
            return "other"  # "have traced 512 of them", "37 of them have been located": found, not lost
        if unit in _KIN_UNITS and _OF_VICTIMS.match(text, after):
            return "other"  # "helped 300 families of missing people": their kin, not the missing
        if (self.neutral or self.aid) and ("for" in (w := text[max(0, q.start - 40):q.start]) or "to" in w) \
                and _CAPACITY_BEFORE.search(text, max(0, q.start - 40), q.start):
            return "other"  # a capacity: "a camp built for 3,000 refugees" holds however many it holds
        if self.aid and " with " in text[after:after + 60] \
                and _REACHED_BEFORE.search(text, max(0, q.start - 30), q.start) and _WITH_AID_AFTER.match(text, after):
            return "other"  # "partners have reached 58,400 of the newly displaced with food rations": aid reached them
        if self.aid and not (unit in lexicon.METRIC_ONLY_UNITS and lexicon.NOUN_METRIC.get(unit) in _HARM) \
                and _HURT_BEFORE_NOUN.match(text, q.end) is None \
                and ((aid := _AID_BEFORE.search(text, max(0, q.start - 70), q.start))
                     or (aid_after := _AID_AFTER.match(text, after))):
            # (but "twelve wounded, who are receiving treatment", "19 injured persons were receiving treatment",
            # "sources gave 60 dead": the harm their noun or its adjective says)
            # people reached by aid, unless a verb says what happened to them ("aid for 14,000 who fled")
            if aid is not None and aid.group().startswith(("survey", "sample", "poll", "interview", "assessment",
                                                            "spoke")):
                return "other"  # "surveyed 1,512 displaced households living in camps": a sample, not a tally
            moved = right_cue(text, after, unit, known, original=self.text)
            if moved in _MOVED and not _RELATIVE_AFTER.match(text, after) \
                    and text[max(0, q.start - 12):q.start].rstrip().endswith("for"):  # (a hedge is the figure's)
                return "other"  # "trucks carrying aid for 40,000 people entered the town": the trucks moved
            if moved in _MOVED and _delivered(aid, aid_after if aid is None else None):
                return "other"  # "provided food to 14,600 people displaced by the fighting": the people aid reached
            return moved or "other"  # "urgent support is needed for 14,000 who fled": a need, told of the movers
        # a. a counted noun that is a metric word on its own ("45 dead", "70 wounded"),
        #    else a cue just after the figure and its noun ("12 people were killed")
        if unit == "lives" and _SAVED.search(text, max(0, q.start - 30), q.start):
            return "other"  # "saved 300 lives"
        if unit in lexicon.METRIC_ONLY_UNITS and unit in lexicon.NOUN_METRIC:
            if (later := self._later_fate(text, q, unit, after)) is not None:
                return later
            own = cue_index(text)[2].get(after - len(unit))  # "7.4 million displaced inside the country"
            if own is not None and own[1] > after and compatible(own[2], unit, known):
                return own[2]
            if text[q.end:after - len(unit)].strip():  # (words between the figure and its noun: a cue may end there)
                for c_start, c_end, metric, _ in cues_in(text, max(q.end, after - len(unit) - 25), after):
                    if c_end == after and c_start < after - len(unit) and compatible(metric, unit, known):
                        return metric  # "500,000 remained internally displaced": the cue the noun ends
            if unit in _REFUGEE_NOUNS and "displaced" in text[after:after + 90] and _REDISPLACED_AFTER.match(text, after):
                return "displaced"  # "3,900 refugees from the camps have been displaced": uprooted again
            return lexicon.NOUN_METRIC[unit]
        modifier = None
        if unit and after - len(unit) > q.end:
            # a cue among the noun's modifiers: "12 wounded soldiers", "thousands of internally displaced people"
            starts, entries, _ = cue_index(text)
            for k in range(bisect.bisect_left(starts, q.end), len(starts)):
                c_start, _, metric, _ = entries[k]
                if c_start >= after - len(unit):
                    break
                if compatible(metric, unit, known):
                    modifier = metric
                    break
        if modifier and lexicon.NOUN_METRIC.get(unit) in _EVENT_NOUN_METRICS:
            modifier = lexicon.NOUN_METRIC[unit]  # "one million refugee returns": returns
        if (self.neutral or self.aid) and (", which" in (w := text[max(0, q.start - 110):q.start]) or ", that" in w) \
                and compatible("displaced", unit, known) \
                and (camp := _CAMP_HOLDS.search(text, max(0, q.start - 110), q.start)) is not None \
                and (", which" in camp.group() or ", that" in camp.group()):
            # "outside al-Hol camp, which holds roughly 53,000 people, most of them women, killed 12": the main
            # verb after the relative clause is not theirs
            return modifier if modifier in _MOVED else _camp_metric(unit, text)
        metric = right_cue(text, after, unit, known, original=self.text)
        if metric is not None and q.start > prev_end and ", and " in text[after:after + 100] \
                and (verb := _verb_governing(text, q.start, unit, known, prev_end)) is not None and verb != metric \
                and (next_clause := _AND_NEW_FIGURE.search(text, after, after + 100)) is not None \
                and (cue := next(cues_in(text, after, len(text)), None)) is not None and cue[0] > next_clause.start():
            return verb  # "killed 14 civilians in the attack, including three women and a child, and 22 people were
            # wounded": the verb the figure is the object of; the cue after belongs to the figure of the next clause
        if (metric is None or metric in _MOVED_OR_BACK) and modifier not in _MOVED_OR_BACK \
                and (not unit or unit in lexicon.PERSON_NOUNS) and _STAYED_AFTER.match(text, after) \
                and not _EVACUATED_BEFORE.search(text, max(0, q.start - 30), q.start):
            # "some fled, but an estimated 1,500 people remain trapped inside", "300 families refused to leave":
            # they did not move, whatever the clause before (or the verb they refused) says
            return "other"
        if metric == "detained" and prev is not None and (
                _part_of_the_freed(text, q.start, prev, prev_end)
                or (prev["metric"] == "released" and text[prev_end:q.start].strip(" ,") == "and"
                    and _BREAKDOWN_BEFORE.search(text, max(0, prev["start"] - 20), prev["start"]))):
            # "the 21 freed hostages, among them nine women and seven children, had been held": freed, as the whole
            return "released"
        if metric not in _HARM and prev is not None and prev["metric"] in _HARM \
                and _ALONG_WITH_BEFORE.search(text, max(0, q.start - 24), q.start) \
                and _RELATIVE_AFTER.match(text, after) and compatible(prev["metric"], unit, known):
            # "two peacekeepers were killed ... along with 11 civilians who had sought shelter": the fate before;
            # but "10 bodies arrived along with 41 people who sustained injuries": their own
            return prev["metric"]
        if (metric in _HELD or modifier in _HELD) and q.start > prev_end:
            # "troops rescued 27 kidnapped persons", "gunmen killed 3 abducted workers": the verb the figure is
            # the object of says what befell them last; being held only says who they were
            verb = _verb_governing(text, q.start, unit, known, prev_end)
            if verb in lexicon.AFTER_HELD_METRICS:
                return verb
        if metric in _MOVED_OR_BACK and _RELATIVE_AFTER.match(text, after):
            # "troops killed 20 fighters who had arrived", "killed 14 villagers who had returned home": the verb the
            # figure is the object of says what befell them; the relative clause only says where they came from
            verb = _verb_governing(text, q.start, unit, known, prev_end)
            if verb is not None and verb not in _MOVED:
                return verb
        if modifier in _MOVED_OR_BACK and not metric and q.start > prev_end:
            verb = _verb_governing(text, q.start, unit, known, prev_end)
            if verb is not None and verb not in _MOVED_OR_BACK:
                return verb  # "the strike killed 30 refugees and migrants": what befell them, not who they were
        if modifier in _MOVED and not metric \
                and (cue_metric(text, max(prev_end, q.start - 30), q.start, unit, known, last=True) == "returned"
                     or _BACK_AFTER.match(text, after)):
            return "returned"  # "the safe return of 1,400 displaced persons", "escorted 400 displaced people back to"
        if modifier == "refugees" and metric == "displaced" and _REDISPLACED_AFTER.match(text, after):
            return "displaced"  # "72 refugee families were temporarily displaced": refugees uprooted again
        if modifier and (not metric or (modifier in _MOVED and metric in _MOVED)
                         or (modifier in _HARM and metric == "displaced")
                         or (modifier == "released" and metric == "detained")):
            # "internally displaced people have fled": IDPs; "wounded soldiers evacuated"; "the 21 freed hostages had
            # been held in the mountains": freed, after they were held
            return modifier
        if metric and self._population_before(text, q) and (_AND_FIGURE.match(text, after)
                                                            or _POPULATION_OF.search(text, max(0, q.start - 30), q.start)
                                                            or _INCLUDING_AFTER.match(text, after)
                                                            or _MOST_OF_THEM_AFTER.match(text, after)):
            # "a town of 40,000 residents and 12 people were killed": the verb is the other figure's; "two-thirds
            # of its pre-war population of 150,000 have left": the share left, the population is a size; "home to
            # 300,000 people including displaced families": who lives there; ", most of them
            # descendants of refugees": who they are
            metric = None
        if metric:
            return metric  # "two internally displaced persons (IDPs) were killed"
        if (self.neutral or self.aid) and _CAMP_HOLDS.search(text, max(0, q.start - 110), q.start) \
                and compatible("displaced", unit, known):
            # "transit sites now hold 110,000 people", "camps hosting 26,000 families": the displaced
            return _camp_metric(unit, text)
        if self._population_before(text, q):
            # "a population of 1.5 million", "hosts 80,000 refugees"; but "the displaced population stood at 375,000"
            return lexicon.NOUN_METRIC.get(unit) or toll_metric(text, q, unit, known, near=True)
        # a2. the first item of a list after a colon that closes the figure before: "the release of 9 people held by
        #     armed groups: 6 soldiers, 2 civilians": the figure's own metric, not the cue that described them
        if prev is not None and prev["metric"] not in ("other", None) and (colon := text.rfind(":", prev_end, q.start)) >= 0 \
                and not text[colon + 1:q.start].strip(" \t") and compatible(prev["metric"], unit, known) \
                and next(cues_in(text, prev_end, colon), None) is not None \
                and not text[:prev["start"]].rstrip(" \t").endswith(":") and "|" not in text[prev_end:colon]:
            # (but "Dead: 8 | Missing: 3", "Dead: 3, among them a girl | Injured: 9": labels, each its own)
            return prev["metric"]
        # a3. a part of the figure before, past that figure's relative clause: "freed 106 hostages who had been held
        #     inside, including 12 children": what befell the whole, not the clause that described them
        if prev is not None and prev["metric"] not in ("other", None) \
                and (part := _BREAKDOWN_BEFORE.search(text, max(prev_end, q.start - 20), q.start)) is not None \
                and _RELATIVE_AFTER.match(text, prev_end, part.start()) and compatible(prev["metric"], unit, known):
            return prev["metric"]
        # b. a cue just before: "killing at least 43", "claimed the lives of 142", "death toll rose to 45"
        metric = cue_metric(text, max(prev_end, q.start - 45), q.start, unit, known, last=True)
        if metric is not None and (" among " in (w := text[max(prev_end, q.start - 100):q.start]) or "including" in w):
            # (a label's head may lie further back, past a leader of dots)
            begin = max(prev_end, q.start - 100, text.rfind("\n", 0, q.start) + 1)
            label_cues = [c for c in cues_in(text, begin, q.start) if compatible(c[2], unit, known)]
            if len(label_cues) >= 2 and label_cues[0][2] in lexicon.PEOPLE_METRICS and label_cues[0][2] != metric \
                    and _AMONG_END.search(text, max(0, label_cues[-1][0] - 36), label_cues[-1][0]):
                metric = label_cues[0][2]  # "Deaths in hospital among war-wounded ..... 231": the dead among the hurt;
                # "People held captive, including some declared dead: 98": the held, some of them dead
        if metric == "detained" and _part_of_the_freed(text, q.start, prev, prev_end):
            metric = "released"  # "the release of 91 people held by armed groups, among them 52 members": a part of
            # the freed, whom the relative clause says were held
        if metric == "detained" and _FREED_HELD_BEFORE.search(text, max(prev_end, q.start - 60), q.start):
            metric = "released"  # "the released detainees, among them 19 women": freed, as the noun before says
        if metric is None and not known and unit.endswith("s") and unit not in _ANIMALS:
            near = None
            for _, c_end, c_metric, c_text in cues_in(text, max(prev_end, q.start - 14), q.start):
                near = (c_end, c_metric, c_text)
            if near is not None and near[1] in lexicon.PEOPLE_METRICS and near[2] != "held" \
                    and not text[near[0]:q.start].strip(" \"\u201c"):  # (but "held 4 meetings")
                metric = near[1]  # "had killed \"more than 40 apostates\"": a noun we do not know, the object of a
                # verb of what befalls people right before it
        if metric and (metric in lexicon.PEOPLE_METRICS or ";" not in text[max(prev_end, q.start - 45):q.start]
                       or cue_metric(text, text.rfind(";", 0, q.start) + 1, q.start, unit, known)) \
                and not own_verb(text, after):
            # across a semicolon only people carry on ("recorded as displaced; at least 170 are unaccompanied"),
            # not what befell things ("most houses were burned; only 23 have been rebuilt")
            return metric
        # c. a counted noun that names a metric ("5,000 refugees")
        if unit in lexicon.NOUN_METRIC:
            if unit == "victims" and _VICTIMS_OF_MINES.match(text, after):
                return "casualties"  # "449 victims of explosive devices, 56 of whom died": killed and injured
            if unit == "victims" and _VICTIMS_OF_OTHER.match(text, after):
                return None  # "1,217 victims of sexual violence", "victims of landmines"
            return lexicon.NOUN_METRIC[unit]
        # d. a breakdown ("311 dead, including 183 fighters") or a parallel list ("15 dead among X and 23
        #    among Y", "... as well as two civilians"): the metric of the figure just before
        metric = self._inherited(text, q, unit, known, prev, prev_end, after)
        if metric in ("casualties", "wounded") and _FATAL_AFTER.match(self.low, after):
            self._fatal_part = (q.start, metric)
            return "killed"  # "380 mine casualties, 71 of them fatal"
        if metric == "killed" and prev is not None and prev["start"] == self._fatal_part[0]:
            return self._fatal_part[1]  # "..., 71 of them fatal, 309 non-fatal": more parts of the casualties
        if metric:
            return metric
        # d3. a toll that reached the figure: "the death toll ... reached 51" (but a total that a figure of the same
        #     sentence brings up to this one is that figure's: "1,214 migrants were intercepted and returned to Libya,
        #     bringing the total for 2024 to 7,936", see d4)
        total = _BRINGS_TOTAL.search(text, max(0, q.start - 90), q.start) \
            if text[max(0, q.start - 3):q.start] == "to " else None
        if total is not None and prev is not None and prev["metric"] not in ("other", None) \
                and prev["metric"] not in _HARM and "toll" not in total.group() and compatible(prev["metric"], unit, known):
            return prev["metric"]
        metric = toll_metric(text, q, unit, known)
        if metric:
            return metric
        # d3b. a count named before, reaching the figure: "By early afternoon the count had reached 23", after a
        #      sentence of the dead
        before = text[max(0, q.start - 45):q.start]
        if (("count" in before or "tally" in before or "figure" in before or "number" in before)
                and (_COUNT_REACHED.search(text, max(0, q.start - 45), q.start)
                     or _PUT_AT.search(text, max(0, q.start - 45), q.start))) \
                or ((" it " in before or "revised" in before or "corrected" in before)
                    and _REVISED_IT.search(text, max(0, q.start - 45), q.start)):
            # (no figure before it in its sentence, but for a single person who is no figure: "A community leader
            # puts the figure higher, at around seventy")
            metric = prev["metric"] if prev is not None else (
                self.last_conflict[1] if (not prev_end or prev_end in self._single_ends) and self.last_conflict
                and self.index - 2 <= self.last_conflict[0] < self.index else None)
            if metric and metric != "other" and compatible(metric, unit, known):
                return metric
        # d4. a total that a figure before brings up to this one: "pulled out eight more bodies, bringing the
        #     count to 12"; "This brings the total tracked since March to 6,400 HH", after a sentence of them
        if total is not None:
            metric = prev["metric"] if prev is not None else (
                self.last_conflict[1] if not prev_end and self.last_conflict
                and self.last_conflict[0] == self.index - 1 else None)
            if metric and metric != "other" and compatible(metric, unit, known):
                return metric
        # e. a cue further before in the same clause
        start = max(prev_end, q.start - 75)
        clause = max(text.rfind(";", start, q.start), text.rfind(":", start, q.start))
        for m in _NEW_CLAUSE.finditer(text, max(start, clause + 1), q.start):
            clause = m.end() - 1  # ", and the livelihoods of 240 others": a clause of its own
        metric = cue_metric(text, max(start, clause + 1), q.start, unit, known, last=True)
        if metric and not own_verb(text, after):  # not "... murdered, and 19 boys were recruited"
            return metric
        # f. a cue further after in the same clause (but a side's losses named after it are counted by the figures
        #    after them: "repelled six counter-attacks, with Ukrainian losses put at over 180 troops")
        end = _later_cues_end(text, after, unit, next_start)
        if (losses := text.find(" losses", after, end)) >= 0:
            end = losses
        return cue_metric(text, after, end, unit, known)


def _later_cues_end(text: str, after: int, unit: str, next_start: int) -> int:
    """Where the cues after a figure's noun that may still be its own end: the clause's end, or an earlier cue that
    belongs to something else (``next_start``: where the sentence's next figure starts)."""
    seg_end = min(len(text), after + 80)
    cut = _CLAUSE_END.search(text, after, seg_end)
    end = cut.start() if cut else seg_end
    for c_start, c_end, _, c_text in cues_in(text, after, end):
        if unit and unit not in lexicon.PERSON_NOUNS and c_text.split()[0] in lexicon.PERSON_NOUNS \
                and not c_text.endswith("ed"):  # (a participle, "sites hosting displaced people were burned", reads on)
            return c_start  # "relayed 6,000 messages between prisoners of war": a noun of people, not what befell
            # the things counted
        if c_start > next_start and (other := _FIGURE_BEFORE_NOUN.search(text, max(after, c_start - 24), c_start)) \
                and not _WHOLE_OF_PART_BEFORE.search(text, max(after, other.start() - 12), other.start()):
            return c_start  # "several hundred students forced 137 refugees out": the next figure's noun is its own
            # (but "four children are among the 28 dead": the whole they are part of)
        if OBJECT_FIGURE.match(text, c_end):
            return c_start  # "attacked 100 ships, sunk two and seized one": the two were sunk
        if text.endswith(" to ", 0, c_start) and c_text.startswith(("reach", "cross", "enter", "arriv", "return")):
            return c_start  # "walk for hours to reach the sites": a purpose, not what befell them
    return end


def _part_of_the_freed(text: str, start: int, prev: dict | None, prev_end: int) -> bool:
    """Whether the figure at ``start`` opens a breakdown ("among them", "including") right after a figure of the
    freed (``prev``): "12 kidnapped civilians, including 5 women, were rescued"."""
    return prev is not None and prev["metric"] == "released" \
        and _BREAKDOWN_BEFORE.search(text, max(prev_end, start - 20), start) is not None


def _verb_governing(text: str, start: int, unit: str, known: bool, lo: int = 0) -> str | None:
    """The metric of a cue right before ``start`` (not before ``lo``) that governs what starts there as its object:
    "killed 20", "arrested at least 12", "managed to kill another 20"."""
    found = None
    for _, end, metric, _ in cues_in(text, max(lo, start - 40), start):
        found = (end, metric)
    if found is None or not compatible(found[1], unit, known):
        return None
    return found[1] if found[0] == start or _OBJECT_GAP.fullmatch(text, found[0], start) else None


#: A new clause with a figure of its own after an aside (lower-cased): ", and 22 people", ", and at least nine".
_AND_NEW_FIGURE: Final = re.compile(r",\s+and\s+(?:(?:some|about|at\s+least|another|a\s+further|over|more\s+than|nearly)\s+)?"
                                    r"(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|"
                                    r"hundreds|scores)\b)")
#: What puts a figure as the whole of the one before (lower-cased): "among the ", "of the ", "out of ".
_WHOLE_OF_PART_BEFORE: Final = re.compile(r"\b(?:among|of|out\s+of)\s+(?:the\s+|a\s+total\s+of\s+)?$")
#: A figure right before a noun (lower-cased): "137 " in "forced 137 refugees out", "2,500 displaced ".
_FIGURE_BEFORE_NOUN: Final = re.compile(r"\d[\d,.]*\s+(?:[a-z-]+\s+)?$")
#: Phrases that must occur for :data:`_NAMED_DEATH` to match (plain substring tests, faster than a regex).
#: Where a clause ends after a figure (punctuation or a joining word).
_CLAUSE_END: Final = re.compile(r"[;.:]|,\s*(?:of|among)\s+(?:them|whom|which|these|those)\b|,\s+(?!(?:including|comprising|totall?ing|numbering|according|bringing|making|mostly|leaving)\b)[a-z]+ing\b|"
                                r"\b(?:and|but|after|before|because|which|who|that|when|while|said|says|as)\b")
_DEATH_WORDS: Final = tuple(f"{w} of " for w in ("death", "deaths", "killing", "assassination", "murder", "execution",
                                            "martyrdom"))


_BROKEN_WORD: Final = re.compile(r"([a-z]{2,})-(?:[ \t]+|[ \t]*\n[ \t]*)([a-z]+)")


def _rejoin_broken_words(low: str) -> str:
    """``low`` with words broken by a hyphen and a space or line end joined again when the whole word is a
    cue ("dis- placed" -> "displaced  "): the freed characters follow as spaces, so offsets do not move."""
    def join(m: re.Match) -> str:
        word = m.group(1) + m.group(2)
        if not starts_with_cue(word):
            return m.group()
        return word + " " * (len(m.group()) - len(word))
    return _BROKEN_WORD.sub(join, low)


#: The words between a part and its whole: "two of the port's | four cranes", "5 of the | 12 hospitals".
_PARTITIVE_WHOLE: Final = re.compile(r"(?:\b\d(?:[\d,.]*\d)?|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|"
                                     r"twenty|thirty|forty|fifty|half|most|all|many))\s+of\s+(?:(?:the|its|their|our|his|her)\s+)?"
                                     r"(?:[\w-]+['\u2019]s\s+)?(?:[a-z-]+\s+)?$")
#: A label of where displaced people live, before a colon: "In tents", "Without any shelter", "Hosted by families".
_SHELTER_LABEL: Final = re.compile(r"\s*(?:[-\u2022*]\s*)?(?:(?:living|staying|sheltering)\s+)?(?:in|under|with|without(?:\s+any)?|"
                                   r"hosted\s+(?:in|by))\s+(?:tents?|shelters?|(?:collective|transit|evacuation)\s+(?:centres?|"
                                   r"centers?|sites?)|host\s+(?:families|communities)|families|schools?|the\s+open(?:\s+air)?|"
                                   r"makeshift\s+[a-z]+|informal\s+(?:settlements?|sites?)|unfinished\s+buildings?)\s*$")
#: People held, named as freed, before a part of them: "the released detainees, among them " (lower-cased text).
_FREED_HELD_BEFORE: Final = re.compile(rf"\b(?:released|freed|liberated)\s+(?:[a-z-]+\s+)?{lexicon.HELD_NOUNS}\b[^.;:]*$")
#: People moved for their work, never uprooted: "12 humanitarian staff were relocated to Juba".
_STAFF_UNITS: Final = {"staff", "aid workers", "workers", "staff members", "humanitarians", "personnel", "employees"}
#: Going back, right after displaced people: "400 displaced people back to Fataki", "... home".
_BACK_AFTER: Final = re.compile(r"\s+(?:back\s+(?:to|home|into|in|across)\b|home\b)")
#: A verb of staying put right after a figure's noun: "1,500 people remain trapped inside", "900 residents stayed
#: behind", "200 families refused to leave", "1,500 people remain until the siege ends" (not "remain in camps":
#: where the displaced live).
_STAYED_AFTER: Final = re.compile(r"\s+(?:(?:have|has|had|are|were|is|was|still)\s+)*(?:"
                                  r"(?:remain(?:s|ed|ing)?|stay(?:s|ed|ing)?)\s+"
                                  r"(?:trapped|behind|besieged|inside|put|there|until)|trapped|"
                                  r"(?:chose|decided|opted)\s+to\s+(?:stay|remain)|refused\s+to\s+(?:leave|flee|evacuate)|"
                                  r"(?:chose|decided)\s+not\s+to\s+(?:leave|flee))\b")
#: A verb that took people out right before them (lower-cased text): "evacuated 74 families trapped in their homes"
#: were trapped, and then moved.
_EVACUATED_BEFORE: Final = re.compile(r"\b(?:evacuated|evacuating|evacuate)\s+$")
#: The hurt as a whole right before a part of them: "the wounded, " (6 of whom were evacuated).
_HURT_WHOLE: Final = re.compile(r"\b(?:wounded|injured|casualties)\s*,\s*$")
#: Words that open the next item of a breakdown, right before it: "among them ", "including ".
_BREAKDOWN_BEFORE: Final = re.compile(r"(?:\bamong\s+(?:them|whom|those|the\s+dead|the\s+victims)|\bincluding|\bof\s+(?:them|whom))"
                                      r"[\s,:]+$")
#: A release asked for, up to the figure (lower-cased): "called for the immediate release of ", "demanding the release
#: of all ".
_RELEASE_ASKED_BEFORE: Final = re.compile(
    r"\b(?:call(?:ed|ing|s)?\s+for|demand(?:ed|ing|s)?|urg(?:ed|ing|es?)|press(?:ed|ing|es)?\s+for|appeal(?:ed|ing|s)?\s+for|"
    r"sought|seek(?:ing|s)?|negotiat(?:e|ed|ing|es)\s+for|push(?:ed|ing|es)?\s+for)\s+(?:the\s+)?"
    r"(?:(?:immediate|unconditional|swift|safe|prompt)\s+(?:and\s+)?)*(?:release|freedom)\s+of\s+"
    r"(?:(?:some|about|around|at\s+least|more\s+than|the|all|an\s+estimated|nearly|over|remaining)\s+)*$"
    # "calls on the military to release the 34 health workers it still holds"
    r"|\b(?:call(?:ed|ing|s)?\s+(?:on|upon)|urg(?:ed|ing|es?)|ask(?:ed|ing|s)?|appeal(?:ed|ing|s)?\s+to)"
    r"\s+(?:[\w'-]+\s+){1,5}?to\s+(?:immediately\s+)?(?:release|free)\s+"
    r"(?:(?:some|about|around|at\s+least|more\s+than|the|all|an\s+estimated|nearly|over|remaining)\s+)*$")
#: A release of people up to a figure, past another figure of the same list (lower-cased): "the release and return
#: of 95 ukrainian and ", "the release of ".
_RELEASE_OF_BEFORE: Final = re.compile(r"\brelease\s+(?:and\s+(?:the\s+)?(?:return|repatriation|exchange)\s+)?of\s+"
                                       r"(?:(?:some|about|around|at\s+least|more\s+than|the|all|another)\s+)*"
                                       r"(?:\d[\d,]*\s+[a-z-]+\s+and\s+)?$")
#: People freed, then the parts of them up to a figure: "the rescued victims, comprising 9 women and " (lower-cased).
_FREED_PARTS_BEFORE: Final = re.compile(rf"\b(?:released|freed|liberated|rescued)\s+(?:[a-z-]+\s+)?"
                                        rf"(?:{lexicon.HELD_NOUNS}|(?:kidnap(?:ping)?\s+)?victims)\s*,?\s*"
                                        r"(?:comprising|including|among\s+them|among\s+whom|namely)[\s,:]+"
                                        r"(?:\d[\d,]*\s+[a-z]+(?:\s*,\s*|\s+and\s+))*$")  # (and the next item: "9 women and 5")
#: A count of things lost, up to its figure: "the number of tanks lost at between " (lower-cased).
_THINGS_LOST_AT: Final = re.compile(r"\bnumber\s+of\s+(?:[a-z-]+\s+)?([a-z-]+)\s+(?:lost|destroyed|downed)\s+"
                                    r"(?:(?:at|to|as|stands?\s+at|stood\s+at|was|is)\s+)(?:between\s+|some\s+|about\s+)?$")
#: A place and "of" right before a figure: its size ("the town of about 40,000").
_SIZE_OF_PLACE: Final = re.compile(r"\b(?<!in\sthe\s)(?:town|city|village|district|camp|settlement|locality|municipality|island|country|"
                                   rf"nation|region|province)\s+of\s+{_SIZE_HEDGE}$")
#: A share in words or a figure, then "of" and the whole: "around half of the region's estimated ", "4,000 of the
#: town's " (lower-cased).
_SHARE_OF_WHOLE: Final = re.compile(r"(?:\b(?:half|a\s+third|a\s+quarter|two[\s-]thirds|three[\s-]quarters|most|much)|"
                                    r"\d(?:[\d,.]*\d)?(?:\s?%|\s+per\s?cent|\s+percent)?)\s+of\s+"
                                    r"(?:(?:the|its|their|his|her|our)\s+)?(?:[\w-]+['\u2019]s\s+)?(?:(?:estimated|pre-?war|original|"
                                    r"former|remaining|some|about|around|roughly|nearly|approximately|an|over)\s+)*$")
#: A figure, then "of" and a possessive, right before a figure: "40 of her " (lower-cased): the second is the whole.
_NUMBER_OF_WHOLE: Final = re.compile(r"(?:\d[\d,.]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|"
                                     r"twenty|thirty|forty|fifty))\s+of\s+(?:the|its|their|his|her|our)\s+$")
#: A displacement site as the owner of a whole: "the camp's", "the site's", "the shelter's".
_CAMP_OWNER: Final = re.compile(r"\b(?:camp|site|settlement|shelter|centre|center)s?['\u2019]s?\s")
#: People counted as a whole a share of whom moved or came to harm.
_POPULATION_UNITS: Final = {"residents", "inhabitants", "population", "people", "villagers", "households", "families"}
#: An auxiliary right after a figure's noun: its verb follows.
_AUX_NEXT: Final = re.compile(r"\s+(?:have|has|had|were|are|was|is)\b")
_PARTITIVE_AFTER: Final = re.compile(r"\s*(?:of\s+(?:them|these|those|whom|which)|among\s+(?:them|these|those))\b")
#: What befell things right after "others" (lower-cased): " were \"lost\"", " destroyed", " were shot down".
_THING_FATE_AFTER: Final = re.compile(r"(?:\s+more)?\s+(?:were\s+|was\s+|have\s+been\s+|had\s+been\s+)?[\"\u201c]?(?:lost|destroyed|"
                                      r"seized|captured|damaged|downed|shot\s+down|intercepted|burn(?:ed|t)|taken|"
                                      r"confiscated|recovered)\b")
#: A verb of dying right after a relative clause's closing comma: ", died later in the day".
_DIED_AFTER_ASIDE: Final = re.compile(r",\s+(?:(?:later|subsequently|then|also)\s+)?(?:died|succumbed|passed\s+away)\b")
#: The rest of a figure's noun phrase, then a relative clause after a comma up to its participle: "of regime forces
#: and loyal militiamen, who were " (lower-cased text).
_WHO_WERE_AFTER: Final = re.compile(r"[^,.;:\d]{0,80}?(?:,\s+(?:including|among\s+them)\s+[^,.;:]{1,60})?"  # (past a breakdown)
                                    r",\s+who\s+(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:[a-z]+ly\s+)?")
#: A verb of need right after a figure's noun (lower-cased): the people counted have a predicate of their own.
_NEED_AFTER: Final = re.compile(r"\s+(?:face|faces|are\s+facing|need|needs|require|requires|lack|are\s+in\s+need\s+of|"
                                r"remain\s+in\s+need\s+of)\s+(?:[a-z-]+\s+){0,2}?(?:hunger|food|famine|starvation|assistance|"
                                r"aid|help|shelter|protection|water)\b")
#: A line that gives a table's source or a note on it: "Source: UNHCR, as of 27 December", "Note: figures rounded".
_SOURCE_LINE: Final = re.compile(r"[ \t]*(?:(?:sources?|data|notes?|credits?|compiled\s+by)\s*[:\u2013\u2014-]\s|"
                                 # a line of when the page was made: "Summary page generated on 10 March 2025",
                                 # "Last updated: 3 May", "Data as of 30 April 2025"
                                 r"(?:(?:summary|page|report|data|figures|dashboard|snapshot)\s+)*"
                                 r"(?:generated|updated|last\s+updated|published|produced|as\s+of)\b[^.\n]{0,40}$)", re.I)
#: A label that names a fate of its own that no metric counts (lower-cased): "children recruited and used by parties",
#: "children subjected to rape".
_OWN_FATE_LABEL: Final = re.compile(r"\b(?:recruited|conscripted|enlisted|subjected\s+to|raped|married\s+off|denied|"
                                    r"denial\s+of|sexual\s+violence|attacks?\s+on)\b")
#: Refugees uprooted again, after their noun (lower-cased): "from the camps have been displaced", "were displaced".
_REDISPLACED_AFTER: Final = re.compile(r"(?:\s+(?:from|in|at|of)\s+[^,.;]{1,60}?)?\s+(?:were|have\s+been|had\s+been|was|has\s+been)"
                                       r"\s+(?:[a-z]+ly\s+)?(?:displaced|uprooted)\b")
#: Who had held people, after their figure (lower-cased): "706 had been held by the authorities".
_HAD_BEEN_HELD: Final = re.compile(r"\s+(?:had|have)\s+been\s+(?:held|detained|imprisoned|kept)\b")
#: Held again after their noun (lower-cased): "are still being held", "were re-arrested".
_HELD_AGAIN_AFTER: Final = re.compile(r"[^.;,]{0,30}?\b(?:(?:are|were|is|was|remain|remained)\s+(?:still\s+)?(?:being\s+)?"
                                      r"(?:held|detained|in\s+custody)|re-?arrested|detained\s+again)\b")
#: The number of an item of a list, cut off as a sentence of its own: "1.", "12)".
_ITEM_NUMBER: Final = re.compile(r"\d{1,3}[.)]")
#: The marks that open a bullet, and a blank line right before a sentence (see :meth:`_Extractor.list_after_paragraph`).
_BULLETS: Final = ("\u2022", "-", "*", "\u2013", "\u25aa", "\u25cf")
_BLANK_LINE_BEFORE: Final = re.compile(r"\n[ \t]*\n[ \t]*$")
#: A force's losses named in a sentence: "the total combat losses of the enemy", "Russia has lost".
_LOSSES: Final = re.compile(r"\b(?:[Ll]osses|[Ll]ost)\b")
#: An item's number on a line of its own right before a sentence: "\n3. " (see :func:`extract_text`).
_NUMBERED_BEFORE: Final = re.compile(r"(?:^|\n)[ \t]*\d{1,3}[.)] $")
#: The first header cell of a table whose rows are kinds of violation (lower-cased): "type of violation".
_VIOLATION_HEADER: Final = re.compile(r"\b(?:violations?|abuses?|incidents?|type|kind|category|nature|harm)\b")
#: Row labels that name no harm done to the row's victims (lower-cased): threats, attempts, looting, totals.
_NOT_A_HARM_LABEL: Final = re.compile(r"\b(?:threats?|attempt(?:s|ed)?|looting|total|sub-?total|all)\b")
#: What befalls the victims of a violation, as a row's label names it.
_VICTIM_METRICS: Final = frozenset({"killed", "wounded", "casualties", "detained", "missing", "displaced"})
#: Fates that "along with" shares with the people named after it (not "along with 12 wounded": a fate of their own).
_ALONG_WITH_METRICS: Final = frozenset({"killed", "wounded", "casualties", "detained", "missing", "released"})
#: What incidents did to their victims, up to the figure (lower-cased): "incidents affecting ".
_AFFECTING_BEFORE: Final = re.compile(r"\baffect(?:ing|ed|s)\s+(?:(?:more\s+than|over|at\s+least|nearly|some|about|"
                                      r"around)\s+)?$")
#: A figure's people counted among a larger figure's, up to the latter's cue (lower-cased): " are among the more
#: than 32,900 people killed".
_AMONG_THE_COUNTED: Final = re.compile(r"\s+(?:are|were|is|was)\s+among\s+(?:the\s+)?(?:(?:more\s+than|over|at\s+least|"
                                       r"nearly|almost|some|about|around|roughly|an\s+estimated)\s+)?\d[\d,.]*"
                                       r"(?:\s+(?:million|thousand))?")
#: A sentence that opens with the freed as a whole (lower-cased): "Of the 894 people released, ".
_OF_THE_FREED: Final = re.compile(r"(?:[-\u2022]\s*)?of\s+the\s+(?:[\d,]+\s+)?(?:[a-z-]+\s+){0,2}?(?:released|freed|"
                                  r"former\s+(?:detainees|prisoners|hostages))\b[^,;.]{0,40},\s*")
#: A colon right after a key figure and the label after it, up to a bracket or the line's end (lower-cased).
_FIGURE_THEN_LABEL: Final = re.compile(r"\+?[ \t]*:[ \t]*(?P<label>[a-z][^\n(;:]{2,80})")
#: Only a bullet and a hedge between a line's start and its figure (lower-cased).
_LINE_OPENS_BEFORE: Final = re.compile(r"(?:^|\n)[ \t]*(?:[-\u2022*\u2013][ \t]*)?(?:(?:up\s+to|about|around|over|more\s+than|"
                                       r"some|nearly|almost|at\s+least|an\s+estimated)\s+)?$")
#: A rate after a figure (lower-cased): "1.3 deaths per 10,000 people", "2 per 1,000".
_RATE_AFTER: Final = re.compile(r"\s+(?:(?:deaths?|killings?|casualties|injuries|fatalities)\s+)?per\s+(?:\d|one\s+(?:thousand|hundred)|"
                                r"a\s+(?:thousand|hundred))")
#: A death rate named before a figure (lower-cased): "the crude death rate was 1.3", "changed the death rate by less
#: than" (but "arriving at a rate of 1,000 a day" counts people).
_RATE_BEFORE: Final = re.compile(r"\b(?:death|mortality|fatality)\s+rates?\s+(?:(?:was|were|is|stood\s+at|reached|rose\s+to|fell\s+to|of|by)\s+)?"
                                 r"(?:(?:about|around|nearly|over|under|less\s+than|more\s+than|some|just|only)\s+)?(?:was\s+)?$")
#: Harm of its own after a figure (lower-cased): "36 subjected to sexual violence", "were subjected to torture".
_SUBJECTED_AFTER: Final = re.compile(r"\s+(?:(?:were|was|had\s+been|have\s+been|are|is)\s+)?subjected\s+to\b")
#: "among (the) (war-)", "including some (declared)" right before a cue (lower-cased): the people a head noun before
#: is counted among, or a part of them.
_AMONG_END: Final = re.compile(r"\b(?:among\s+(?:the\s+)?|including\s+(?:some\s+|those\s+|the\s+)?)(?:[a-z]+[\s-])?$")
#: The sick counted with the hurt, right after a figure (lower-cased): "12,000 wounded and sick patients".
_SICK_AND_HURT: Final = re.compile(r"\s+(?:(?:war-)?(?:wounded|injured)\s+(?:and|or)\s+(?:chronically\s+)?(?:sick|ill)|"
                                   r"(?:sick|ill)\s+(?:and|or)\s+(?:wounded|injured))\b")
#: A part said to be among the figure before: "four children were among them".
_AMONG_THEM_AFTER: Final = re.compile(r"\s+(?:were|was|are|is)\s+(?:also\s+)?among\s+(?:them|these|those)\b")
#: A sentence that opens with the whole of a partitive, up to its part: "of the 108 people injured, " (lower-cased).
_OF_THE_WHOLE: Final = re.compile(r"[-\u2022* ]*of\s+the\s+(?:[\w'-]+\s+){0,2}?\d[\d,.]*\s+[^,;:.]{0,50},\s*"
                                  # ("Of the 610 dead, men accounted for 402": a part named, then its figure)
                                  r"(?:[a-z]+\s+(?:accounted|account|made\s+up|were|numbered)\s+(?:for\s+)?)?"
                                  r"(?:(?:some|about|over|more\s+than|nearly|almost|around|at\s+least)\s+)?$")
_PARTITIVE_BEFORE: Final = re.compile(r"(?:^|[,;:|]\s*)(?:of\s+(?:them|these|those|whom|which)"
                                      r"(?:\s+in\s+(?:[\w'\u2019-]+\s+){0,3}?[\w'\u2019-]+)?"  # "| of whom in Kakuma camp 30,100"
                                      r"|among\s+(?:them|these|those)"
                                      r"(?:\s+(?:were|are|was|is))?|including)[\s,]+"
                                      r"(?:(?:some|about|over|more\s+than|nearly|almost|around|at\s+least)\s+)?"
                                      r"(?:(?:my|our|his|her|their)\s+)?$")  # "among them my two cousins"
#: What may stand between a small figure and the aside that names its people: "Two of the hostages, ",
#: "One crew member, ".
_APPOSITION: Final = re.compile(r"(?:\s+[\w'\u2019-]+){0,4}?,\s+")


def _apposed(text: str, quantities: list[Quantity], persons: list[tuple[int, int, int]]) -> set[int]:
    """Starts of the singular people that an aside right after a small figure names, as many as the figure
    counts ("Two of the hostages, a nurse and her son, were freed"; "One crew member, a Kenyan engineer,
    was killed"): they are that figure's people, not figures of their own. A list whose people are fewer
    than the figure ("three guards, a cook and a driver") is not an aside."""
    drop: set[int] = set()
    for q in quantities:
        if q.value is None or not 1 <= q.value <= 6 or q.value != int(q.value):
            continue
        m = _APPOSITION.match(text, q.end)
        if not m:
            continue
        close = text.find(",", m.end(), m.end() + 80)
        if close < 0:
            # or the sentence ends: "Among the injured are two children, a 9-year-old girl and a 15-year-old boy."
            # (the aside runs to it: nothing after its last person, not "two soldiers, a civilian and a child
            # were killed")
            close = len(text.rstrip(" .\"\u201d")) if len(text) - m.end() <= 80 else -1
            if close < 0 or not any(p[2] == close for p in persons):
                continue
        inside = [p[0] for p in persons if m.end() <= p[0] < close]
        if inside and inside[0] == m.end() and len(inside) == q.value:
            drop.update(inside)
    return drop


#: Header cells of a total column, which counts what the title counts.
_TOTAL_CELLS: Final = {"total", "totals", "overall", "all", "grand total", "sum"}
#: Header cells that only say a column holds the figures ("Category | Number | Share"): of the title's metric, as a
#: total's.
_COUNT_CELLS: Final = {"number", "numbers", "count", "figure", "figures"}  # (not "No.": a row's number)
#: Words of a table's header row written with single spaces ("Site Individuals", "Location HH Persons"): what
#: its label column names and what its figures count.
_LABEL_WORDS: Final = frozenset({
    "site", "sites", "location", "locations", "camp", "camps", "area", "areas", "district", "districts", "county",
    "region", "province", "state", "municipality", "commune", "locality", "village", "villages", "town", "city",
    "governorate", "settlement", "country", "place", "name", "date", "month", "week", "individuals", "persons",
    "people", "households", "hh", "families", "number", "no.", "total", "ind.", "fam.", "figure", "figures"})


def _label_row(text: str) -> bool:
    """Whether ``text`` is two to four words of :data:`_LABEL_WORDS` only: a header row with no cue."""
    words = text.lower().split()
    return 2 <= len(words) <= 4 and all(w in _LABEL_WORDS for w in words)


#: A header cell of people in need or targeted: not a figure of harm or movement.
_NEED_CELL: Final = re.compile(r"\b(?:need|needs|targeted|target|reached|assisted|capacity)\b")
_AGE_CELLS: Final = {"age", "ages", "age in years", "aged"}
#: A header cell of differences: "Change in fatalities vs Sept.", "Difference", "+/- since last week".
_CHANGE_CELL: Final = re.compile(r"(?:net\s+)?(?:change|difference|diff\.?|variation|increase|decrease|trend)\b|\+\s*/\s*-|\u00b1")
_SHARE_CELL: Final = re.compile(r"\b(?:share|pct|percent|percentage|proportion|ratio)\b|%|\bper\s+cent\b")
#: A header cell that names the people a site holds: "Population", "Current population", "Caseload".
_POPULATION_CELL: Final = re.compile(r"(?:current\s+|total\s+|site\s+)?(?:population|caseload|occupancy)")


#: Header cells that count people by head or by household: a table of them alone counts whom the prose before names.
_HEADCOUNT_CELLS: Final = {"households", "individuals", "hh", "ind.", "persons", "people", "families"}


#: A header cell of people who live in camps or sites (lower-cased): "Families still in camps", "IDPs in sites".
_IN_CAMPS_CELL: Final = re.compile(r"\b(?:still\s+)?(?:in|remaining\s+in|living\s+in)\s+(?:the\s+)?(?:idp\s+)?"
                                   r"(?:camps?|sites?|settlements?|collective\s+centres?)\b")


def _column_metrics(cells: list[str], context: str | None) -> list[tuple[str | None, str]]:
    """(metric, noun) of each header cell: a cue names the metric ("Killed", "Returnee HH"); a cell that counts
    things counts them (metric ``other``: "Villages assessed"); one that counts people ("Children", "Adults",
    "Households") takes the table title's metric; anything else ("Month", "Woreda") labels the rows."""
    out: list[tuple[str | None, str]] = []
    for cell in cells:
        low = cell.lower()
        if low in _TOTAL_CELLS or low in _COUNT_CELLS:
            out.append((context, ""))  # "Total", "Number": the title's metric
            continue
        if low.startswith(("in ", "at ", "with ", "inside ", "outside ", "within ")) \
                and cue_metric(low, 0, len(low), "", True) is None:
            out.append((context, ""))  # "In sites", "With host families": where the people of the title are
            continue
        label_words: list[str] = LABEL_WORD.findall(low)
        # the head, before any place the cell names ("Died in hospital" counts people, not hospitals)
        head_words = label_words[:next((k for k, w in enumerate(label_words) if k and w in ("in", "at", "into")),
                                       len(label_words))]
        noun = next((w for w in reversed(head_words) if w in lexicon.COUNT_NOUNS), "")
        metric = cue_metric(low, 0, len(low), "", True) if len(low) == len(cell) else None
        cell_end = len(_CELL_STATE_END.sub("", low.rstrip()))  # "Hostages freed alive": the participle before "alive"
        if metric is not None and (last := list(cues_in(low, 0, len(low)))) and last[-1][1] == cell_end \
                and last[-1][2] != metric and compatible(last[-1][2], "", True):
            metric = last[-1][2]  # "Hostages freed", "IDPs returned": the participle that ends the cell
        if "bodies" in label_words or "remains" in label_words:
            metric = "killed"  # "Bodies of hostages returned": the dead, however they came back
        if metric is None and _NEED_CELL.search(low):
            metric = "other"  # "People in need": not the title's IDPs
        if _CHANGE_CELL.match(low):
            metric = "other"  # "Change in fatalities vs Sept.": a difference between two counts, none of them
        if low.split(" (", 1)[0] in _AGE_CELLS:
            metric = "other"  # "No. | Name | Age": each person's age
        if _SHARE_CELL.search(low):
            metric = "other"  # "share_pct", "% of total", "killed (%)": a share, not a count of anyone
        if metric is None and (camps := _IN_CAMPS_CELL.search(low)) is not None:
            # "Families still in camps": the displaced who have not gone home (the camps say where, not what)
            metric = "idps"
            noun = next((w for w in LABEL_WORD.findall(low, 0, camps.start())
                         if w in lexicon.PERSON_NOUNS or w in _HOUSEHOLD_UNITS), "")
        if metric is None and noun in lexicon.OBJECT_NOUNS and noun not in lexicon.PERSON_NOUNS \
                and context in ("destroyed", "captured"):
            metric = context  # "Structures" under "Structures demolished and people displaced, ...": the title's things
        if metric is None and not noun and context is not None and _POPULATION_CELL.fullmatch(low):
            metric = context  # "Site | Province | Population | Capacity" under the sites of the refugees: them
        if metric is None and noun in lexicon.NOUN_METRIC and noun in lexicon.PERSON_NOUNS and context is None:
            metric = lexicon.NOUN_METRIC[noun]  # "Victims identified (running total)": the dead, as the noun says
        if metric is None and noun:
            metric = "other" if noun in lexicon.OBJECT_NOUNS and noun not in lexicon.PERSON_NOUNS else context
        if metric is not None and noun in lexicon.METRIC_ONLY_UNITS:
            noun = ""
        if metric is None and low.startswith(("of whom", "of which", "of them", "among them", "including", "incl.",
                                              "incl ")):
            # "Perpetrator | Civilians killed | of whom children": a part of the column before, the same metric
            metric = next((m for m, _ in reversed(out) if m is not None and m != "other"), None)
        if metric is None and low.startswith(("cumulative", "running total", "total since", "total to date")):
            # "Date | New arrivals | Cumulative since 25 Aug": the running sum of the column before it
            metric, noun = next(((m, n) for m, n in reversed(out) if m is not None), (None, ""))
        out.append((metric, noun))
    return out


def _word_cells_row(text: str) -> bool:
    """Whether ``text`` is a row of a table parted by bars, each cell a few words with no sentence in it
    ("12-17 Oct. | crossing closed | crossing closed")."""
    cells = [c.strip() for c in text.strip(" |\t").split("|")]
    return len(cells) >= 2 and all(c and c.count(" ") < 4 and _SENTENCE_IN_CELL.search(c) is None for c in cells)


#: A mark of a sentence inside a table's cell (a stop between words, not a short form's at the cell's end).
_SENTENCE_IN_CELL: Final = re.compile(r"[!?;]|\.\s+\S")


#: The end of a sentence whose list breaks down its last figure, after that figure's noun: ", among them:",
#: "including:", "of which:".
_PARTS_LIST_AFTER: Final = re.compile(r"[^.;:]{0,40}?,?\s*(?:among\s+them|including|of\s+which)\s*:$")


def _heading_metric(text: str) -> str | None:
    """The metric a heading or introduction ending in a colon announces ("Newly displaced people by district:"):
    its first cue, the head of the heading; later cues only qualify it ("Displacement by district of arrival:"
    counts displacement, not arrivals from abroad)."""
    low = text.lower()
    if len(low) != len(text):
        return None
    metric = cue_metric(low, 0, len(low), "", True)
    if metric == "detained" and (found := list(cues_in(low, 0, len(low)))) and len(found) > 1 \
            and found[1][2] == "released" and found[1][0] - found[0][1] <= 1:
        return "released"  # "HOSTAGES FREED DURING THE TRUCE, BY NATIONALITY": held, then freed
    if (metric is None or (metric in _HARM and _ATTRIBUTIVE_HARM.search(low))) \
            and any(cue[2] == "recovered" for cue in cues_in(low, 0, len(low))):
        return "captured"  # "Items recovered during the period include:": what the list counts was taken; "...
        # were recovered from the killed terrorists, including:" (the killed only describe whom they were taken from)
    if metric is None and _MOVEMENTS_HEADING.search(low):
        return "displaced"  # "MOVEMENTS BY DESTINATION", "CROSSINGS BY BORDER POINT (people)": a tracking table's
        # people on the move
    if metric is None and (head := _HEAD_NOUN.match(low)) is not None \
            and (noun := head.group(1)) in lexicon.NOUN_METRIC and noun in lexicon.PERSON_NOUNS:
        return lexicon.NOUN_METRIC[noun]  # "Victims by department, 2002-2008", "WHERE NEW ARRIVALS ARE STAYING"
    return metric


#: A sentence that introduces the table after it (lower-cased): "the table below shows", "the following table lists".
_TABLE_BELOW: Final = re.compile(r"\b(?:the\s+)?(?:table\s+(?:below|that\s+follows)|following\s+table)\s+(?:shows|gives|lists|"
                                 r"sets\s+out|presents|summari[sz]es|breaks\s+down)\b")
#: People described by their harm before their noun (lower-cased): "the killed terrorists", "the dead fighters".
_ATTRIBUTIVE_HARM: Final = re.compile(r"\b(?:the|these|those)\s+(?:killed|slain|dead|neutrali[sz]ed|wounded|injured)\s+[a-z]")
#: A state said after the participle that ends a header cell: "hostages freed alive".
_CELL_STATE_END: Final = re.compile(r"\s+(?:alive|unharmed|safely|unhurt)$")
#: A heading of a report's population (lower-cased): "POPULATION OF CONCERN", "Population in selected camps"; not
#: a population in need or a town's size.
_POPULATION_HEADING: Final = re.compile(r"^(?:[\w-]+\s+){0,2}\(?populations?\b(?!\s+(?:in\s+need|density|size|of\s+the\s+town))")
def _label_before_colon(low: str, start: int) -> str | None:
    """The words of a list line's label right before its colon and the figure at ``start`` ("bodies repatriated to
    ukraine the same week" of "Bodies repatriated to Ukraine the same week: 250"), or None."""
    gap = low[max(0, start - 3):start]
    if ":" not in gap:
        return None
    colon = low.rfind(":", 0, start)
    line = max(low.rfind("\n", 0, colon), low.rfind("\u2022", 0, colon)) + 1
    return low[line:colon] if colon - line <= 80 else None


#: Words of a label that say people came back from displacement, not from captivity.
_ROUTE_WORDS: Final = re.compile(r"\b(?:idps?|refugees|displaced|villages?|homes?|areas?\s+of\s+origin)\b")
#: An exchange of prisoners: "the latest prisoner exchange", "a swap of prisoners of war", "exchanged POWs".
_PRISONER_EXCHANGE: Final = re.compile(r"\b(?:prisoners?(?:\s+of\s+war)?|pows?|captives|detainees)\s+(?:exchanges?|swaps?)\b|"
                                       r"\b(?:exchanges?|swaps?)\s+of\s+(?:prisoners|pows|captives|detainees)\b", re.I)
#: A list line's label that says the people were helped, not harmed, right before its colon (lower-cased): "*
#: civilians rescued: 1,723" under lines of the killed is no line of theirs.
_HELPED_LABEL: Final = re.compile(r"\b(?:rescued|evacuated|assisted|reached|reunited|vaccinated|enrolled|"
                                  r"supported|served)\b(?!\s+(?:by|in|at|from|with\s+(?:gunshot|bullet)))[^:\n]*$")
#: The head noun that opens a heading, after a question word or an adjective or two (lower-cased): "victims" of
#: "victims by department", "arrivals" of "where new arrivals are staying".
_HEAD_NOUN: Final = re.compile(r"(?:(?:where|how\s+many)\s+)?(?:(?:new|recent|total|civilian|child)\s+)?([a-z]+)\b")
#: A heading of the countries that host a report's refugees (lower-cased): "MAIN HOST COUNTRIES", "By country of
#: asylum".
_HOSTS_HEADING: Final = re.compile(r"\b(?:host(?:ing)?\s+countries|countries\s+of\s+(?:asylum|refuge)|"
                                   r"by\s+country\s+of\s+(?:asylum|refuge))\b")
#: A heading of people counted by place (lower-cased): "households by site", "individuals per district".
_COUNTED_BY: Final = r"(?:households|individuals|persons|people|families)"
_BY_PLACE: Final = r"(?:by|per)\s+(?:site|location|district|camp|settlement|village|commune|county|province|area)"
_COUNT_BY_HEADING: Final = re.compile(
    rf"^(?:(?:[\w-]+\s+){{0,2}}{_COUNTED_BY}\s+{_BY_PLACE}|"
    # (or "by site" with the counts in brackets: "by site (registered individuals / households)")
    rf"{_BY_PLACE}s?\s*\((?:[a-z]+\s+)?{_COUNTED_BY}\b)")
#: An introduction of people registered or counted by day or place (lower-cased): "persons registered at
#: kornidzor, by day:", "people counted at each crossing point:".
_RECORDED_BY: Final = re.compile(r"\b(?:registered|recorded|counted|arriving|crossing)\b.*\b(?:by|per|each)\s+"
                                 r"(?:day|date|week|month|crossing|point|entry|border|site|location)")
#: A heading of people's movements (lower-cased), not of troops or goods.
_MOVEMENTS_HEADING: Final = re.compile(r"(?<!troop )(?<!military )(?<!vehicle )(?<!cargo )\b(?:population\s+)?movements\b"
                                       r"(?!\s+of\s+(?:troops|forces|goods|vehicles|fighters))"
                                       # "CROSSINGS BY BORDER POINT (people, cumulative)": people who crossed, said so
                                       r"|^(?=.*\b(?:people|persons|individuals)\b)(?!.*\b(?:trucks?|lorr(?:y|ies)|convoys?|"
                                       r"tankers?|goods|fuel|aid|attacked|closed|status)\b).*\bcrossings\b")


_ABROAD: Final = re.compile(r"\b(?:across|over)\s+the\s+(?:[\w-]+\s+)?(?:border|frontier)|\babroad\b|"
                            r"\b(?:fled|left|escaped|fleeing|leaving)\s+(?:the|their)\s+(?:home\s+)?country\b|"
                            r"\b(?:into|to|(?<=refuge\s)in|(?<=safety\s)in|(?<=asylum\s)in)\s+neighbou?ring\s+(?:countries|states|nations)\b|"
                            r"\b(?:(?:into|to)\s+(?:neighbou?ring\s+)?(?:the\s+)?|"
                            # "105,000 people have fled Burundi": a country left behind
                            r"(?:fled|escaped|fleeing|left|leaving)\s+(?:from\s+)?(?:the\s+)?)"
                            r"(?P<name>[A-Z][\w'\u2019-]+(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'\u2019-]+){0,3})")
#: Where another figure may begin (a digit or a number word): a clause past it is that figure's.
_NEXT_FIGURE: Final = re.compile(r"\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|millions|"
                                 r"scores)\b", re.I)
_BORDER_CLAUSE_END: Final = re.compile(r"[;.:]|,\s+(?:while|but|and|where|as|which|who)\b")
#: A part of the people that goes on, after the clause of all of them: ", some of them crossing into Ethiopia".
_PART_GOES_ON: Final = re.compile(r",\s+(?:some|many|most|a\s+few|others|several|hundreds|thousands)\s+of\s+(?:them|whom)\b")


#: Words that keep people who moved inside their country: "inside Cameroon", "within the country".
_INSIDE: Final = re.compile(r"\b(?:inside|within)\s+(?:the\s+(?:same\s+)?country\b|(?:its|their)\s+(?:own\s+)?(?:country|borders)\b|"
                            r"[A-Z][\w'\u2019-]+)")


def _stays_inside(text: str, after: int) -> bool:
    """Whether the clause after a figure of people who arrived or sought refuge keeps them inside a country
    ("sought refuge in towns inside Cameroon", "arrived at sites within the country", "crossed into
    neighbouring Mizoram", a state of the same country): displaced, not refugees."""
    end = _clause_end(text, after)
    if _INSIDE.search(text, after, end) is not None:
        return True
    if _SHELTER_AT_HOME.search(text, after, end) is not None \
            and not any(is_country(w) for w in _CAPITALISED.findall(text, after, end)):
        return True  # "have taken refuge in and around the cathedral": a building, no country named
    m = _INTO_NAME.search(text, after, end)
    return m is not None and is_subdivision(m.group("name"))


#: Buildings and grounds people shelter in at home: "in and around the Catholic cathedral", "in the UN base".
_SHELTER_AT_HOME: Final = re.compile(r"\b(?:in|at|inside|around)\s+(?:and\s+around\s+)?(?:the\s+|a\s+|an\s+)?"
                                     r"(?:[\w'\u2019-]+\s+){0,2}?(?:cathedral|church(?:es)?|mosques?|schools?|compounds?|"
                                     r"monaster(?:y|ies)|stadiums?|(?:un|peacekeeping|military)\s+bases?|bush|forests?)\b", re.I)
_CAPITALISED: Final = re.compile(r"[A-Z][\w'\u2019-]+")
#: The place people went into, by name: "crossed into neighbouring Mizoram", "into Lomami province".
_INTO_NAME: Final = re.compile(r"\binto\s+(?:neighbou?ring\s+)?(?:the\s+)?"
                               r"(?P<name>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2})")


def _clause_end(text: str, after: int) -> int:
    """Where the clause after a figure's noun (at ``after``) ends, as far as where its people went is read:
    the first :data:`_BORDER_CLAUSE_END`, at most 110 characters on."""
    limit = min(len(text), after + 110)
    end = _BORDER_CLAUSE_END.search(text, after, limit)
    return end.start() if end else limit


def _crosses_border(text: str, after: int) -> bool:
    """Whether the clause after a figure of displacement takes the people abroad: "across the border",
    "to neighbouring countries", "into Chad" (a country by name: people who leave it are refugees)."""
    end = _clause_end(text, after)
    if (nxt := _NEXT_FIGURE.search(text, after, end)) is not None:
        end = nxt.start()  # "displaced three million and forced 300,000 to seek refuge abroad": the next one's
    if (part := _PART_GOES_ON.search(text, after, end)) is not None:
        end = part.start()  # "63,000 people fled their homes, some of them crossing into Ethiopia": only some went
    for m in _ABROAD.finditer(text, after, end):
        name = m.group("name")
        if name is None:
            return True
        if name.endswith(("'s", "\u2019s")):
            continue  # "to Sudan's capital": a place inside the country
        if is_country(name):
            return True
    return False


#: Where the determiners of :data:`_A_PERSON` and the pronouns of :data:`_PRONOUN_VICTIM` can begin, as
#: plain substrings of the lower-cased text (found by ``str.find``, far faster than a regex that has to try
#: every letter "a"): after a space, or after a line end, quote or bracket (:data:`_AFTER_MARK`).
#: Determiners of a kin noun: "his brother", "whose son".
_KIN_DETERMINERS: Final = ("his", "her", "their", "its", "whose")
_DETERMINERS: Final = (" a ", " an ", " another ", " his ", " her ", " their ", " its ", " whose ")
#: "another" standing for a person, a verb of what befell them after it: "two were killed and another was wounded".
_ANOTHER_PERSON: Final = re.compile(r"\s+(?:was|had\s+been|has\s+been|is|were|died|succumbed|later|disappeared|went)\b")
_PRONOUNS: Final = (" he ", " she ", " another ")
_AFTER_MARK: Final = re.compile(r"[\n\"\u201c\u2018'(\[\u2013\u2014-][ \t]*(?=(?:an?|another|his|her|their|he|she)[ \t\n])")


def _word_starts(low: str, words: tuple[str, ...]) -> list[int]:
    """Starts of the words ``words`` (each " word ") in ``low``, at the text's start too."""
    out = []
    for w in words:
        k = low.find(w)
        while k >= 0:
            out.append(k + 1)
            k = low.find(w, k + len(w) - 1)
        if low.startswith(w[1:]):
            out.append(0)
    return out


#: Patients moved elsewhere ("40 patients, including newborns, had to be evacuated to a hospital"): lower-case text after
#: the noun, up to the verb.
_PATIENTS_MOVED: Final = re.compile(r"(?:[^.;:]{0,60}?\s)?(?:(?:were|was|had\s+to\s+be|have\s+been|had\s+been|being|been)\s+)?"
                                    r"(?:evacuated|transferred|relocated|moved)\b")


def _persons(text: str) -> list[tuple[int, int, int]]:
    """Singular people who may be counted, in text order: (start, end of the determiner, end of the match).

    "a child", "another nurse", "one of its staff" come from the number scan; here are "a"/"an"/"another"
    + person noun, "his/her/their" + kin noun ("her husband"), and "he"/"she" + a verb of harm. The same
    as ``_A_PERSON.finditer(text)`` (and the pronouns'), tried only where a determiner begins a word.
    """
    low = text.lower()
    if len(low) != len(text):
        low = text  # lower() changed the length: search the text itself (case variants may be missed)
    marks = [m.end() for m in _AFTER_MARK.finditer(low)]
    out: list[tuple[int, int, int]] = []
    end = -1
    for k in sorted(set(_word_starts(low, _DETERMINERS) + marks)):
        if k < end:
            continue
        m = _A_PERSON.match(text, k)
        if m:
            out.append((m.start(), m.end("art") if m.group("art") else m.end("kin"), m.end()))
            end = m.end()
    for k in sorted(set(_word_starts(low, _PRONOUNS) + marks)):
        m = _PRONOUN_VICTIM.match(text, k)
        if m:
            out.append((m.start(), m.end("art"), m.end()))
    out.sort()
    return out


#: A piece of equipment counted as one: "a tank", "a Su-25 attack aircraft", "an armoured personnel carrier".
_A_THING: Final = re.compile(r"(?<![\w-])(?P<art>an?)\s+(?:[\w-]+\s+){0,3}?(?:tank|vehicle|helicopter|aircraft|drone|plane|jet|"
                             r"warplane|boat|ship|truck|car|motorcycle|rifle|pistol|gun|launcher|mortar|howitzer|"
                             r"carrier|system)\b(?!-)(?!\s+(?:commander|driver|owner|operator|crew|pilot|gunner|shop|"
                             r"dealer|mechanic|factory|company|repair|park|station|depot|unit|battalion|brigade)\b)")
# (the noun ends the item: not "a tank commander", "a gun shop owner")
#: What joins the items of a list: a comma, "and", "as well as".
_ITEM_JOIN: Final = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+|,\s+as\s+well\s+as\s+)")
#: The noun phrase of a figure, then what joins it to the next item.
_ITEM_THEN_JOIN: Final = re.compile(r"(?:\s+[\w-]+){1,4}?" + _ITEM_JOIN.pattern)


def _listed_things(text: str, low: str, quantities: list[Quantity], persons: set[int]) -> list[tuple[int, int, int]]:
    """Pieces of equipment counted as one in a list of figures (start, end of "a"/"an", end of the noun): "destroyed
    a tank, three armoured vehicles and 23 drones", "lost 9 tanks, a Su-25 attack aircraft and 17 drones". Only
    next to another figure, joined by a comma, "and" or "as well as", with no verb between (not "12 people were
    killed and a car was burned": the car's own verb counts nothing). ``persons``: where singular people start (they
    are counted as people: "a man driving the car")."""
    out = []
    for m in _A_THING.finditer(low):
        if m.start() in persons or any(q.start < m.end() and m.start() < q.end for q in quantities):
            continue
        after = next((q for q in quantities if q.start >= m.end()), None)
        before = next((q for q in reversed(quantities) if q.end <= m.start()), None)
        if (after is not None and _ITEM_JOIN.fullmatch(low, m.end(), after.start)) or (
                before is not None and _ITEM_THEN_JOIN.fullmatch(low, before.end, m.start())
                and next(cues_in(low, before.end, m.start()), None) is None):
            out.append((m.start(), m.end("art"), m.end()))
    return out


def _shift(q: Quantity, by: int) -> Quantity:
    return Quantity(q.start + by, q.end + by, q.num_start + by, q.surface, q.value, q.value_low, q.value_high,
                    q.qualifier, q.word, q.excluded)


#: Metrics of people held, and the fates that can follow being held (see :meth:`_Extractor._cued_metric`).
_HELD: Final = ("detained", "captured")
#: An aside that says who a person was: ", a taxi driver,", ", an elderly woman,".
_WHO_ASIDE: Final = re.compile(r",\s+(?:a|an|the)\s+[^,.;:()\d]{1,40}?,")
#: Groups named by their metric, and the later fates a part of them may meet: "two of the wounded later died".
_PARTITIVE_FATES: Final = {"wounded": ("killed",), "injured": ("killed",), "casualties": ("killed",),
                           "missing": ("killed", "released", "returned"), "displaced": ("returned", "killed",
                           "wounded")}
#: A body the person belongs to, named after the noun: "a volunteer of the Ethiopian Red Cross Society".
_OF_ORGANISATION: Final = re.compile(r"\s+(?:of|from|with|for)\s+(?:the\s+)?[A-Z][\w'\u2019-]*")
#: An age between commas right after one person's noun: "a man, 52, " (the age excluded, :mod:`numbers`).
_AGE_ASIDE_AFTER: Final = re.compile(r",\s\d{1,2},\s+")
#: A participle that describes a singular person before the verb of what befell them (lower-cased text).
_DESCRIBING_AFTER: Final = re.compile(r"\s+(?:working|living|serving|travelling|traveling|based|stationed|employed|"
                                      r"volunteering|staying|taking\s+part|(?:on|off)\s+(?:leave|duty|patrol)|in\s+uniform)\s")
#: Nouns a small number describes rather than tallies: "the two sides", "both parties".
_NOT_TALLIES: Final = {"sides", "parties", "side", "militias", "factions", "groups", "brigades", "battalions", "gangs",
                       "organisations",
                       "organizations"}  # ("clashes between two powerful militias": who fought, not a tally)
#: Records of events: what "released" or "published" them says nothing of anyone's fate.
_MEDIA_NOUNS: Final = {"clips", "videos", "photos", "photographs", "images", "pictures", "footage", "statements",
                       "documents", "reports"}
#: A line of an editor's initials and a code at the foot of a wire story ("SSH 11"): page furniture.
_INITIALS_LINE: Final = re.compile(r"[A-Z]{2,4}\s+\d{1,3}")
#: A ship's crew counted after the noun: "its crew of 25" (lower-cased text).
_CREW_OF: Final = re.compile(r"\bcrew\s+of\s+(?:(?:some|about|around|at\s+least|more\s+than|over|nearly)\s+)?$")
#: A rate, not a count: "one latrine for every 200 detainees", "per 1,000 people" (lower-cased text).
_PER_BEFORE: Final = re.compile(r"\b(?:for\s+every|for\s+each|per|in\s+every)\s+(?:(?:additional|extra|further)\s+)?$")
#: Groups a number describes, not people counted: "in groups of five or six" (lower-cased text).
_GROUPS_OF: Final = re.compile(r"\b(?:in\s+(?:groups|batches|rows|lines|pairs|teams)|our\s+team)\s+of\s+"
                               r"(?:up\s+to\s+|about\s+|some\s+)?$")
#: A breakdown between commas right after a figure's noun: ", including 5 women,", ", among them two nurses,".
_BREAKDOWN_ASIDE: Final = re.compile(r"\s*,\s*(?:including|among\s+them|mostly|many\s+of\s+them)\s[^,.;:]{1,60},")
#: People who came through: rescued, found alive (after a breakdown of them, if any); they take no toll from the
#: figures before (lower-cased text).
_SURVIVED_AFTER: Final = re.compile(rf"(?:{_BREAKDOWN_ASIDE.pattern})?"
                                    r"\s*,?\s*(?:(?:had|have|has|were|was|are|is)\s+)?(?:(?:been|now|since|later|all|also|"
                                    r"reportedly)\s+)*(?:rescued|saved|found\s+alive|located\s+alive|found\s+safe|"
                                    r"survived|unharmed|reunited)\b")
#: "alive" after where people were found (lower-cased): "pulled 39 people from the debris alive".
_ALIVE_AFTER: Final = re.compile(r"\s+(?:from|out\s+of|under)\s+(?:[\w'-]+\s+){0,4}?alive\b")
#: Bodies of the people a figure counts, right before it (lower-cased text).
_BODIES_OF: Final = re.compile(r"\b(?:bod(?:y|ies)|(?:mortal\s+|human\s+)?remains|corpses)\s+of\s+(?:(?:at\s+least|more\s+than|"
                               r"some|about|around|nearly|almost|over|another|a\s+further|the|all)\s+)*$")
#: The verb of a figure whose noun or first verb says they were held: what befell them after ("held by gunmen
#: were freed", "of those abducted were later killed", "were taken from their homes and shot dead").
_FATE_AFTER: Final = re.compile(r",?\s+whose\s+(?:body|bodies|remains|corpses?)\s+(?:was|were|had\s+been)\s+(?:later\s+|subsequently\s+|"
                                r"then\s+)?(?:found|recovered|discovered|returned)\b|"  # taken, then found dead
                                r"(?:(?!,\s+(?:and|but|while|whereas)\b)[^.;:\d])*?\b(?:(?:were|was|have\s+been|has\s+been|had\s+been|are|is)\s+(?:\w+\s+)?|"
                                r"and\s+(?:later\s+|then\s+|subsequently\s+)?)"
                                r"(?:(?P<freed>released|freed|set\s+free|rescued)|killed|shot\s+dead|executed|murdered|"
                                r"no\s+longer\s+alive|found\s+dead)\b(?!\s+(?:(?:at\s+least|some|about|over|more\s+than)\s+)?\d)|"
                                # "four people arrested in May have died in custody", "are known to have died", "later died"
                                r"(?:(?!,\s+(?:and|but|while|whereas)\b)[^.;:\d])*?\b(?:(?:have|has|had)\s+(?:since\s+|later\s+)?|"
                                r"(?:are|is|were|was)\s+(?:known|believed|reported|said|thought|feared)\s+to\s+have\s+|"
                                r"(?:later|subsequently|since|then)\s+)died\b|"
                                # "taken away and remain missing", "detained in May remain unaccounted for": missing now
                                r"(?:(?!,\s+(?:and|but|while|whereas)\b)[^.;:\d])*?\b(?:remain(?:s|ed)?|(?:are|is|were|was)\s+still|"
                                r"still)\s+(?P<missing>missing|unaccounted\s+for)\b|"
                                # "arrested in the raids and whose whereabouts remain unknown": disappeared since
                                r"(?:(?!,\s+(?:and|but|while|whereas)\b)[^.;:\d])*?\band\s+whose\s+whereabouts\s+"
                                r"(?:remain|are|is|were|was)\s+(?:still\s+)?(?P<gone>unknown)\b")


def _fate_after(text: str, after: int) -> str | None:
    """What befell people said to be held, from the clause after their noun (:data:`_FATE_AFTER`):
    "released", "killed", "missing", or None when it says nothing more."""
    if (aside := _BREAKDOWN_ASIDE.match(text, after)) is not None:
        after = aside.end()  # "12 kidnapped civilians, including 5 women, were rescued": the verb after the aside
    fate = _FATE_AFTER.match(text, after, min(len(text), after + 110))
    if fate is None:
        return None
    return "released" if fate.group("freed") else "missing" if fate.group("missing") or fate.group("gone") \
        else "killed"


#: "and" and another figure right after a figure's noun: the verb that follows may be the other figure's alone.
_AND_FIGURE: Final = re.compile(r"\s*,?\s+and\s+(?:some\s+|about\s+|at\s+least\s+)?\d")
#: Counted nouns that say the people are refugees whatever moved them.
_REFUGEE_NOUNS: Final = {"refugees", "refugee", "asylum seekers", "asylum-seekers"}
#: Cues of arriving somewhere or finding refuge there (lower-cased sentence): they make refugees only abroad.
_MOVED_IN: Final = re.compile(r"\barriv(?:als?|ed|ing|es?)\b|\b(?:sought|seek(?:ing|s)?)\s+(?:refuge|protection|safety)\b|"
                              r"\breach(?:ed|es)?\b")
#: Words that take the people over a border in the sentence itself ("crossed into Chad", "abroad").
_CROSSED: Final = re.compile(r"\bcross(?:ed|ing|es)?\b|\bacross\s+the\b|\babroad\b|\bborders?\b|\bfrontiers?\b|"
                             r"\bneighbou?ring\s+(?!(?:villages?|towns?|cities|city|districts?|areas?|provinces?|regions?|"
                             r"states?|counties|county|localities|locality|communities|camps?|settlements?|neighbou?rhoods?)\b)")


def _sibling_row(context_text: str) -> bool:
    """Whether the list context came from a row of figures ("Facility damaged or destroyed | 212"), not from a
    heading or an introduction ending in a colon."""
    return not context_text.endswith(":") and any(c.isdigit() for c in context_text) and not bare_heading(context_text)


def _moved_at_home(rows: list[dict], text: str) -> None:
    """Arrivals and people who sought refuge are displaced inside their country, not refugees, in an article
    that never speaks of refugees or asylum (or come home, in one that speaks of returns from abroad), unless the
    place they reached lies in another country than the article's own (the country most of its figures' places are
    in) or the sentence names them as people of another country: "some 21,000 new arrivals in the locality" of a
    report on internal displacement are displaced; "87,000 people have sought refuge in Nigeria" in one about
    Cameroon, and "1,700 Burundians sought protection in Rwanda", are refugees."""
    moved = [(r, r.pop("_moved_in"), r.pop("_crossed")) for r in rows if "_moved_in" in r]
    if not moved:
        return
    low = text.lower()
    if "refugee" in low or "asylum" in low:
        return
    counts: dict[str, int] = {}
    for r in rows:
        if r["place_country"]:
            counts[r["place_country"]] = counts.get(r["place_country"], 0) + 1
    home = max(counts, key=lambda c: counts[c]) if counts else ""
    if home and sum(1 for c in counts.values() if c == counts[home]) > 1:
        home = ""  # "Arrivals by country: Uganda 620,000; Kenya 310,000": no country is the article's own
    # "Returns from Iran reached ...": arrivals in an article about its own people coming home from another country
    # come home, over a border too ("Arrivals by crossing point"), unless their own sentence says they fled;
    # otherwise arrivals that crossed none stayed inside the country
    abroad = {country_code(m.group("country")) for m in _RETURNS_FROM_ABROAD.finditer(text)} - {""}
    for r, nationals, crossed in moved:
        where = r["place_country"] or home  # the country they reached
        if where and abroad - {where} and not nationals - {where} and _FLED.search(r["sentence"].lower()) is None:
            r["metric"] = "returned"
        elif not crossed and not nationals - {r["place_country"]} \
                and (not r["place_country"] or r["place_country"] == home):
            r["metric"] = "displaced"


#: People coming home from another country: "Returns from Iran", "returnees from Pakistan", "deported from Libya".
_RETURNS_FROM_ABROAD: Final = re.compile(r"\b(?:[Rr]eturns|[Rr]eturnees|[Rr]eturning|[Dd]eportees|[Dd]eported|"
                                         r"[Rr]epatriated|[Rr]epatriations)\s+(?:[a-z]+\s+){0,2}?from\s+"
                                         r"(?P<country>(?:the\s+)?[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?)")
#: Flight told in an arrival's own sentence (lower-cased): "arrived in Kabul, fleeing fighting in the north".
_FLED: Final = re.compile(r"\b(?:fle(?:e|es|eing|d)|escap(?:e|ed|ing)|after\s+(?:the\s+)?(?:fighting|attacks?|clashes|"
                          r"shelling|violence)|displaced\s+by)\b")


def _mark_repeats(rows: list[dict]) -> None:
    """Mark later rows that repeat an earlier figure of the same article (see module doc)."""
    firsts: list[dict] = []
    for row in rows:
        row["repeat_of"] = None
        if row["metric"] == "other":
            continue
        for seen in firsts:
            if (seen["metric"] == row["metric"] and seen["value"] == row["value"]
                    and (seen["unit"] == row["unit"] or ("people" in (seen["unit"], row["unit"])
                                                         and "percent" not in (seen["unit"], row["unit"])))
                    and (not seen["place"] or not row["place"] or seen["place"] == row["place"])):
                row["repeat_of"] = seen["start"]
                break
        else:
            firsts.append(row)


def _finish(row: dict) -> dict:
    return dict(zip(COLUMNS, map(row.get, COLUMNS)))


#: Rarer dashes and hyphens, read as the common ones: figure dash, minus sign and horizontal bar; the hyphen
#: and non-breaking hyphen characters.
_DASH_MAP: Final = str.maketrans({"\u2012": "\u2013", "\u2212": "\u2013", "\u2015": "\u2014", "\u2010": "-", "\u2011": "-"})
_DASH_VARIANTS: Final = tuple(chr(c) for c in _DASH_MAP)

#: Thousands grouped with commas ("14,000"): a text that has them does not group with spaces.
#: (Its digit before the comma is tested apart, :func:`_after_digit`.)
_COMMA_GROUPED: Final = re.compile(r",\d{3}(?!\d)")
#: Thousands grouped with plain spaces: "47 300", "1 250 000" (not a year before a figure: "2024 300"). The
#: character before the first digit is tested after it (``\d(?<![...]\d)`` is ``(?<![...])\d``): a pattern that
#: begins with a lookbehind is tried at every place of the text, one that begins with a digit only at digits.
_SPACE_GROUPED: Final = re.compile(r"\d(?<![\d.,:/-]\d)\d{0,2}(?: \d{3})+(?![\d,.:/-]\d|\d)")
#: What every match of :data:`_SPACE_GROUPED` holds after a digit (tested apart, :func:`_after_digit`): a scan for
#: it is fast, and most texts have none.
_SPACE_GROUP: Final = re.compile(r" \d\d\d")


def _after_digit(pattern: re.Pattern, text: str) -> bool:
    """Whether ``pattern`` (which begins with a literal character) matches ``text`` right after a digit: the same
    as searching for a digit and then the pattern, which makes the engine try every place; a literal first
    character lets it skip to the places where it is written."""
    for m in pattern.finditer(text):
        k = m.start()
        if k and text[k - 1].isdecimal():
            return True
    return False

#: A letter of the Arabic block: most English texts hold none, and are never counted letter by letter (curly
#: quotes and dashes sort above Arabic, so a "largest character" test let them through).
_ARABIC_SCRIPT: Final = re.compile("[\u0600-\u06ff]")


def extract_text(text: str, article_id: str = "text") -> list[dict]:
    """Claims in a plain text (offsets into ``text``); never raises. Arabic text goes to
    :func:`analysis.claims.arabic.extract_arabic`."""
    if not isinstance(text, str) or not text:
        return []
    if not text[:4000].isascii() and _ARABIC_SCRIPT.search(text, 0, 4000) and _is_arabic(text):  # issue 17: Arabic text, Arabic extractor
        from analysis.claims.arabic import extract_arabic

        return extract_arabic(text, article_id=article_id)
    original = text
    if not _after_digit(_COMMA_GROUPED, text) and _after_digit(_SPACE_GROUP, text) \
            and len(_SPACE_GROUPED.findall(text)) >= 2:
        # "47 300 new arrivals", "Rugombo | 21 480 | 8 000": a text that groups thousands with spaces, and never
        # with commas, read with no-break spaces there (one character for one: offsets hold)
        text = _SPACE_GROUPED.sub(lambda m: m.group().replace(" ", "\u00a0"), text)
    if "-->" in text:
        text = _unwrap_subtitles(text)  # a subtitle file: its cues read as running text (offsets hold)
    if _DELIMITED_ROW.search(text) is not None:
        text = _delimited_as_table(text)  # a pasted export ("report_date;killed_new;injured_new"): a table
    if "\u2501" in text or "\u2500" in text or "\u2550" in text:
        # "\u2501\u2501 PEOPLE KILLED \u2501\u2501": a short run of box-drawing marks decorates a label, read as spaces
        # (a long one is a table's rule, kept)
        text = _BOX_MARKS.sub(lambda m: " " * len(m.group()), text)
    if not text.isascii() and any(c in text for c in _SUPERSCRIPT_DIGITS):
        # "4.8 million¹ internally displaced", "61,240³ refugees": a footnote's mark after a figure, read as
        # a space (one character for one: offsets hold)
        text = _FOOTNOTE_MARK.sub(lambda m: " " * len(m.group()), text)
    if any(c in text for c in _DASH_VARIANTS):
        # "personnel ‒ about 894,240", "non‐state": read as the common dash or hyphen (one character for
        # one, so offsets hold); surfaces and sentences are given back as written, below
        text = text.translate(_DASH_MAP)
    spans = sentences(text)
    ex = _Extractor(article_id, spans)
    try:
        found: list[Quantity] | None = find_quantities(text)
    except Exception:  # never raise on odd text: fall back to sentence by sentence
        found = None
    all_persons = _persons(text)
    persons = [p[0] for p in all_persons]
    deaths = sorted(m.start() for m in _named_candidates(text))  # the sentences :func:`_named` is read in
    i = pi = di = 0
    n_persons, n_deaths = len(persons), len(deaths)
    for index, sent in enumerate(spans):
        # sentences come in text order: walk the sorted starts alongside them
        while pi < n_persons and persons[pi] < sent.start:
            pi += 1
        while di < n_deaths and deaths[di] < sent.start:
            di += 1
        try:
            p_local = []
            k = pi
            while k < n_persons and persons[k] < sent.end:  # the text's matches, in the sentence's offsets
                start, art_end, end = all_persons[k]
                if end <= sent.end:
                    p_local.append((start - sent.start, art_end - sent.start, end - sent.start))
                k += 1
            d_local = _named(sent.text) if di < n_deaths and deaths[di] < sent.end else []
            if found is None:
                local = find_quantities(sent.text)
            else:
                while i < len(found) and found[i].start < sent.start:
                    i += 1
                local = []
                while i < len(found) and found[i].start < sent.end:
                    q = found[i]
                    if q.end <= sent.end:
                        local.append(_shift(q, -sent.start))
                    i += 1
            if _ITEM_NUMBER.fullmatch(sent.text) and sent.start > 1 and text[sent.start - 1] == "\n" \
                    and text[sent.start - 2] != "\n":
                continue  # "1." before "Kazakhstan - 730" right under a heading: the number of an item, the list goes
                # on (after a blank line, a numbered paragraph of its own ends it: "7. The highest numbers ... in:")
            if ex.context is None and sent.text[:1] in _BULLETS and index and _BLANK_LINE_BEFORE.search(
                    text, max(0, sent.start - 8), sent.start) is not None:
                ex.list_after_paragraph(text, spans, index)
            if local or p_local or d_local:
                ex.sentence_rows(text, index, sent, local, p_local, d_local)
            elif ex.context is not None or ex.columns is not None or sent.text.endswith(":") \
                    or bare_heading(sent.text) or has_cell_gaps(sent.text) or "table" in sent.text:
                ex.other_sentence(index, sent.text)
            if _may_hold_share(sent.text):
                ex.share_rows(text, index, sent)
        except Exception:  # one odd sentence must not stop the article
            continue
    rows = [r for r in ex.rows if 0 <= r["start"] < r["end"] <= len(text) and text[r["start"]:r["end"]] == r["surface"]]
    if text is not original:
        for r in rows:
            r["surface"] = original[r["start"]:r["end"]]
            at = r["_sentence_at"]
            r["sentence"] = original[at:at + len(r["sentence"])]
    rows.sort(key=lambda r: (r["start"], r["end"]))
    _moved_at_home(rows, text)
    _mark_repeats(rows)
    return [_finish(r) for r in rows]


#: A line of fields parted by semicolons or commas with no space (a pasted data export): two separators at least.
_DELIMITED_ROW: Final = re.compile(r"\n[\w.%-]+([;,])[\w.%-]*\1[\w.%-]*")


def _delimited_as_table(text: str) -> str:
    """``text`` with each block of three or more lines of fields parted by semicolons (or commas) with no space,
    the same number of them on each line, whose first line (its header) names what a column counts, read as a
    table: the separators as bars, and the header's underscores ("killed_new") as spaces. One character for one:
    offsets hold."""
    lines = text.split("\n")
    out = list(lines)
    k = 0
    while k < len(lines):
        line = lines[k]
        sep = ";" if ";" in line else ","
        n = line.count(sep)
        j = k
        while j < len(lines) and n >= 2 and lines[j].count(sep) == n and " " not in lines[j].strip() \
                and "|" not in lines[j] and (sep == ";" or ";" not in lines[j]):
            j += 1
        if j - k >= 3 and any(c.isalpha() for c in line) and any(
                cue_metric(f, 0, len(f), "", True) is not None or f in _COUNT_CELLS
                for f in line.lower().replace("_", " ").split(sep)):
            # (a header that names what some column counts: not "district;phone;hours")
            out[k] = line.replace("_", " ").replace(sep, "|")
            for m in range(k + 1, j):
                out[m] = lines[m].replace(sep, "|")
            k = j
        else:
            k += 1
    return "\n".join(out)


#: A run of one to four box-drawing marks ("\u2501\u2501" around a label); a longer one is a table's rule.
_BOX_MARKS: Final = re.compile("(?<![\u2500-\u257f])[\u2500-\u257f]{1,4}(?![\u2500-\u257f])")
#: A line that is a figure alone, with a hedge or a sign of about: "580", "\u2248 60,000", "1.04M".
_BARE_FIGURE_LINE: Final = re.compile(r"[ \t]*[~\u2248]?[ \t]*(?:(?:about|some|over|nearly|around|almost|more\s+than|at\s+least)\s+)?"
                                      r"\d[\d,]*(?:\.\d+)?(?:[ \t]*(?:[kKmM]|million|thousand))?[ \t]*", re.I)
# (not "1." of "1. Troops of ...", cut off as a sentence of its own: a numbered item)
#: Superscript digits, and a run of them right after a word, a figure, a per cent sign or a bracket: a footnote's mark.
_SUPERSCRIPT_DIGITS: Final = "\u00b9\u00b2\u00b3\u2070\u2074\u2075\u2076\u2077\u2078\u2079"
_FOOTNOTE_MARK: Final = re.compile(f"(?<=[\\w%)])(?<!\\b10)[{_SUPERSCRIPT_DIGITS}]+")  # (not a power of ten: "10\u2074")
#: Number words that may open a subtitle line which runs on from the line before ("nearly" / "Two hundred homes").
_NUMBER_WORDS_OPENING: Final = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                          "eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "sixty",
                                          "seventy", "eighty", "ninety", "hundred", "hundreds", "thousand", "thousands",
                                          "dozens", "scores", "tens", "several", "some", "about", "around", "nearly",
                                          "almost", "more", "over", "at", "up", "roughly"})
#: The timing line of a subtitle cue (SubRip, WebVTT): "00:00:04,800 --> 00:00:09,100".
_SUBTITLE_TIMING: Final = re.compile(r"[ \t]*(?:\d{1,2}:)?\d\d:\d\d[,.]\d{1,3}[ \t]+-->[ \t]+(?:\d{1,2}:)?\d\d:\d\d[,.]\d{1,3}")


def _unwrap_subtitles(text: str) -> str:
    """``text`` with the numbers and timing lines of its subtitle cues blanked, and a line break made a space where
    the next line of words runs on from it (begins with a lower-case letter, a digit, a dash of dialogue or a number
    in words), so that a sentence broken
    over lines and cues reads as one ("more than half a million / displaced people lived here"), while lines that
    begin anew ("Killed: 14" / "Wounded: 40", a speaker's name) stay lines; ``text`` itself when it holds fewer than
    three timing lines. One character for one: offsets hold."""
    lines = text.split("\n")
    timing = [_SUBTITLE_TIMING.match(line) is not None for line in lines]
    if sum(timing) < 3:
        return text
    blank = [timing[k] or (k + 1 < len(lines) and timing[k + 1] and line.strip().isdigit()) or line.strip() == "WEBVTT"
             for k, line in enumerate(lines)]
    out = []
    runs_on = False  # whether the next line of words runs on from the one before
    for k in range(len(lines) - 1, -1, -1):  # from the end: each break looks at the next line of words
        line = lines[k]
        words = line.strip()
        if not blank[k] and words:
            # (a line that opens with a dash of dialogue runs on too: "- How many were killed?" / "- At least 25.";
            # and one that opens with a number in words: "Two hundred homes were destroyed")
            runs_on = words[0].islower() or words[0].isdigit() or words[0] in "-\u2013\u2014" \
                or words.split(None, 1)[0].lower().rstrip(",") in _NUMBER_WORDS_OPENING
        out.append(" " * len(line) if blank[k] else line)
        if k:
            out.append(" " if runs_on else "\n")
    return "".join(reversed(out))


def _is_arabic(text: str) -> bool:
    """True when ``text`` is mostly Arabic script (issue 17)."""
    from analysis.claims.articles import article_language

    return article_language("", text) == "ar"


def extract_article(article: Article) -> list[dict]:
    """Claims in one article: dicts with :data:`~analysis.schemas.CLAIM_COLUMNS` plus ``repeat_of``.

    ``article`` is the article id, ``start``/``end`` offsets into ``article.body``.
    """
    if article.language == "ar":  # issue 17: Arabic articles go to their own extractor
        from analysis.claims.arabic import extract_arabic

        return extract_arabic(article.body, article_id=article.id)
    return extract_text(article.body, article_id=article.id)


def extract_articles(articles: Iterable[Article | ArticleError]) -> pd.DataFrame:
    """Claims of many articles as one frame (columns :data:`COLUMNS`).

    :class:`~analysis.errors.ArticleError` items (as yielded by
    :func:`~analysis.claims.articles.iter_articles`) are skipped: report them
    where you read the articles.
    """
    rows: list[dict] = []
    for article in articles:
        if isinstance(article, Article):
            rows.extend(extract_article(article))
    return claims_frame(rows)


def claims_frame(rows: list[dict]) -> pd.DataFrame:
    """Rows of :func:`extract_article` as one typed frame (columns :data:`COLUMNS`).

    Offsets are int64, values float64, ``repeat_of`` nullable Int64 and text
    columns str, so every way of running an extraction writes the same CSV.
    """
    frame = pd.DataFrame(rows, columns=COLUMNS)
    for col in ("start", "end"):
        frame[col] = frame[col].astype("int64")
    for col in ("value", "value_low", "value_high"):
        frame[col] = frame[col].astype("float64")
    frame["repeat_of"] = frame["repeat_of"].astype("Int64")
    for col in ("article", "surface", "qualifier", "unit", "metric", "attributed_to", "place", "place_country",
                "place_admin1", "period", "scope", "sentence"):
        frame[col] = frame[col].fillna("").astype(str)
    return frame
