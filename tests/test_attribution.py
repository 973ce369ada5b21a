"""Who a figure is credited to (analysis.claims.attribution), on sentences written for these tests."""

from __future__ import annotations

import re

import pytest

from analysis.claims.attribution import MAX_NAME_TOKENS, Attributor, is_source_name, with_acronym
from analysis.claims.context import sentences


def source(text: str, index: int = -1) -> str:
    """The source of sentence ``index`` (default: the last) of ``text``."""
    sents = [s.text for s in sentences(text)]
    return Attributor(sents).source(index % len(sents))


# --------------------------------------------------------------------------
# Named bodies, persons and offices
# --------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # a description with lower-case words is a name when a capitalised word or a body word heads it
    ("The U.N. refugee agency said 4,000 people fled the valley.", "U.N. refugee agency (UNHCR)"),
    ("Echoing that, the UN Children\u2019s Fund said 30 children were hurt.", "UN Children\u2019s Fund (UNICEF)"),
    ("In a radio interview, Freedonia\u2019s air force said it downed 17 drones.", "Freedonia\u2019s air force"),
    ("The Ministry of Health in Ruritania reported 70 deaths on Sunday.", "Ministry of Health in Ruritania"),
    ("Emergency services personnel said as many as 20 people were trapped.", "Emergency services personnel"),
    ("Eyewitness accounts say 12 people were killed near the bridge.", "Eyewitness accounts"),
    ("Preliminary information indicates 18 people were killed.", "Preliminary information"),
    ("The M23 said it had taken a town of 200,000 people.", "M23"),
    # a role joined to its place or body
    ("The regional governor in the northern port city of Varna reports that 12 people were killed.",
     "regional governor in the northern port city of Varna"),
    ("A senior U.N. official in the Central African Republic said 300 people had been killed.",
     "senior U.N. official in the Central African Republic"),
    ("A source at Hama Police Command told the agency that 4 people were injured.", "source at Hama Police Command"),
    ("Survivors and witnesses at the scene told reporters that 20 people died.", "Survivors and witnesses at the scene"),
    # a name and its appositive
    ("Anna Berg, WFP\u2019s regional director for Asia, said: \u201cAt least 20 trucks were destroyed.\u201d", "Anna Berg"),
    ("Piotr Nowak, governor of the Lakeland region, said 9 people were wounded.", "Piotr Nowak"),
    ("The UN refugee agency, UNHCR, said 5,000 people crossed the border.", "UNHCR"),
    # an acronym in parentheses stays with its name
    ("Since June, IOM\u2019s Displacement Tracking Matrix (DTM) counted almost 8,500 people displaced.",
     "IOM\u2019s Displacement Tracking Matrix (DTM)"),
    # an initialism's full stops do not end the name after "according to"
    ("Some 60 fighters were killed, according to the U.S. military.", "U.S. military"),
    ("At least 300 pupils were abducted in 2023, according to the U.N. children's agency.",
     "U.N. children's agency (UNICEF)"),
    ("At least 9 people died, according to the U.N.", "U.N."),
])
def test_named_sources(text, expected):
    assert source(text) == expected


# --------------------------------------------------------------------------
# Report styles
# --------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Over 300 people were killed across the province (source: MoH).", "MoH"),
    ("Some 2,100 families fled the district (sources: WHO, partners).", "WHO"),
    ("According to the latest figures from the health ministry, 40 people died.", "health ministry"),
    ("According to a warning issued by the UN refugee agency, UNHCR, nearly 6,300 people were displaced.", "UNHCR"),
    ("According to data collected by the Lanark Monitoring Network, 224 people were killed.",
     "Lanark Monitoring Network"),
    ("As per the newest flash update that IOM Somalia\u2019s Displacement Tracking Matrix issued, "
     "900 families were displaced.", "IOM Somalia\u2019s Displacement Tracking Matrix (DTM)"),
    ("Of the 40 cases documented by the UN Human Rights Office, 12 were children.", "UN Human Rights Office (OHCHR)"),
    ("The 31 deaths were verified by the Joint Monitoring Mission.", "Joint Monitoring Mission"),
    ("Data from the health ministry indicates 300 deaths.", "health ministry"),
    ("UNHCR estimates that 45,000 refugees have arrived since May.", "UNHCR"),
    ("UNHCR is projecting up to 2 million returns next year.", "UNHCR"),
    ("UNHCR\u2019s latest update shows 40,000 new arrivals.", "UNHCR"),
    # a document, then who issued it: by a kind of notice, or in a relative clause
    ("According to a notice released by the Lakeland Health Ministry, 12 people died.", "Lakeland Health Ministry"),
    ("As per the bulletin which the Red Crescent published, 60 homes were destroyed.", "Red Crescent"),
    ("As of 3 May, IOM had recorded 14,000 displaced people.", "IOM"),
    ("Nationally, DTM counts 412,000 internally displaced persons.", "DTM"),
    ("Since March, the DTM has tracked 9,100 households that fled the district.", "DTM"),
    ("Village committees estimate that 3,000 people left the valley.", "Village committees"),
    ("The OHCHR has documented 54 deaths since the coup.", "OHCHR"),
    ("DTM field teams identified 166 people killed and 427 injured.", "DTM field teams"),
    ("A report by Human Rights Watch found 27 bodies in the ravine.", "Human Rights Watch"),
    ("A statement from the interior ministry said 14 officers were wounded.", "interior ministry"),
    ("The number of displaced people rose to 40,000, according to UN figures.", "UN"),
    ("Health Ministry data show 300 deaths since March.", "Health Ministry"),
    ("In its latest report, the OHCHR recorded 1,200 civilian deaths.", "OHCHR"),
    ("UNICEF said 3 died. Some 1,500 people have been displaced, the agency's latest update shows.", "UNICEF"),
    ("Dr. Amal Haddad, head of the hospital, said 12 bodies arrived.", "Dr. Amal Haddad"),
    ("Residents told reporters that 20 people were killed.", "Residents"),
    ("The UNHCR official told journalists that 300 people had fled.", "UNHCR official"),
])
def test_report_styles(text, expected):
    assert source(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("With thousands crossing into Chad, needs are growing: UNHCR", "UNHCR"),
    ("Aid convoy hit near the border, 12 drivers hurt \u2013 ICRC", "ICRC"),
    ("UN: deaths near 3,000 in fighting for the city", "UN"),
])
def test_headline_tail_and_head(text, expected):
    assert source(text) == expected


@pytest.mark.parametrize("text", [
    "New York: 30 people were displaced by the flooding",          # a dateline, not a body
    "Fighting spread to three provinces: Lakeside, Hill and Dale",   # a list, not a source
    "Some 4,000 people fled to the town.",                           # the text's own voice
    "Over 120,000 people are displaced across the region, a rise of 12 per cent.",
    "The situation report counted 14 damaged schools.",              # a document with nobody named before
    "The Regional Response Plan foresees as many as 700,000 returns.",  # a document's title is no source
])
def test_own_voice_has_no_source(text):
    assert source(text) == ""


# --------------------------------------------------------------------------
# Never a function word, a place, a date or a fragment
# --------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "There were over 500 cases of cholera reported, including four deaths.",
    "Of all districts, Lakeside Region saw the most deaths, 75 victims.",
    "The attack killed 14, according to the latest toll.",
    "The market was hit, killing according to teh latest toll 44 civilians.",
    "That said, 40 houses were destroyed.",
    "Some reported that 12 people had died.",
    "Twenty bodies found in the river were identified by relatives.",
])
def test_not_a_source(text):
    assert source(text) == ""


@pytest.mark.parametrize("name, ok", [
    ("UNHCR", True), ("monitoring group", True), ("local media reports", True), ("its", False), ("that", False),
    ("the", False), ("report", False), ("latest figures", False), ("Lakeside Region", False), ("Monday", False),
    ("an", False), ("data", False), ("Sagaing Region", False), ("spokesman", True), ("news agency", True),
    ("New Harbour Times", True), ("Aleppo Governorate", False), ("latest toll", False),
])
def test_is_source_name(name, ok):
    assert is_source_name(name) is ok


@pytest.mark.parametrize("text, expected", [
    # wire copy without commas
    ("The Local Coordination Committees another activist monitoring group reports the strikes killed 13.",
     "Local Coordination Committees"),
    ("On Wednesday media reported that the army had killed 28 militants.", "media"),
    ("Thus according to the bulletin rebel fighters executed 40 men.", ""),
    ("Shelling on the port also hurt more than 60 people said the Observatory.", "Observatory"),
    ("It was a month of daily deaths and injuries U.N. regional coordinator Pavel Marek said in a statement.",
     "U.N. regional coordinator Pavel Marek"),
    # an unnamed quantity of sources names nobody
    ("More than 1,000 people have been killed but some organisations put the death toll higher.", ""),
    # "X reported, citing Y": Y, the first-hand source
    ("The state news agency reported 15 deaths, citing a statement from the Revolution Commission.",
     "Revolution Commission"),
])
def test_wire_forms(text, expected):
    assert source(text) == expected


@pytest.mark.parametrize("name, expected", [
    ("the UN migration agency", "the UN migration agency (IOM)"),
    ("World Health Organization", "World Health Organization (WHO)"),
    ("International Committee of the Red Cross (ICRC)", "International Committee of the Red Cross (ICRC)"),
    ("Doctors Without Borders", "Doctors Without Borders (MSF)"),
    ("the U.N. humanitarian office", "the U.N. humanitarian office (OCHA)"),
    ("Harbour Authority", "Harbour Authority"),
])
def test_well_known_bodies_get_their_acronym(name, expected):
    assert with_acronym(name) == expected


def test_a_document_is_no_speaker_for_a_later_pronoun():
    text = "Preliminary information indicates 18 people were killed. \u201cWe have seen 400 arrivals,\u201d she said."
    assert source(text) == ""


def test_a_count_noun_is_not_part_of_the_name_after_it():
    assert source("A drone hit the market, killing 13 people MSF said on Monday.") == "MSF"


def test_an_adverb_between_subject_and_verb():
    assert source("The Observatory later said that 31 people had died.") == "Observatory"


# --------------------------------------------------------------------------
# Pronouns, quotes and descriptions take the speaker named before
# --------------------------------------------------------------------------

def test_pronoun_takes_the_last_named_speaker():
    text = "Maria Lopez, a spokeswoman for the agency, spoke on Monday. She said 70 people were missing."
    assert source(text, 0) == "" or source(text, 0) == "Maria Lopez"
    assert source("Maria Lopez said the convoy had arrived. She said 70 people were missing.") == "Maria Lopez"


def test_we_have_seen_takes_the_speaker_before():
    text = ("Jonas Berg said the crossing was open. "
            "\u201cWe have seen 4,125 new refugees this month,\u201d he said.")
    assert source(text) == "Jonas Berg"


def test_our_teams_speak_for_the_speaker_before():
    text = ("Mayor Lina Saleh said the town was calm.\n"
            "\u201cOur teams have counted 27 destroyed houses,\u201d she said.")
    assert source(text) == "Mayor Lina Saleh"


def test_bare_quote_takes_the_speaker_before():
    text = "The camp manager, Omar Diallo, said: \u201cThe water ran out.\u201d\n\u201cNine children died last week.\u201d"
    assert source(text) == "Omar Diallo"


@pytest.mark.parametrize("text, expected", [
    ("The Northern Observatory for Civil Rights said 4 died. The Britain-based monitor said 30 were killed.",
     "Northern Observatory for Civil Rights"),
    ("MSF said on Monday 3 staff were hurt. The medical charity said 20 patients were killed.", "MSF"),
    ("IOM said 20 were hurt. The report recorded 3,000 displaced people.", "IOM"),
    ("The Arden Today page posted photos of the street. It said 27 people were killed.", "Arden Today page"),
    ("The Arden Times said 4 died. The group also listed 55 wounded.", "Arden Times"),
    ("The Ministry of Health said 12 died. UNICEF said 3 were children. The ministry said 40 were wounded.",
     "Ministry of Health"),
    ("The Kalmar Observatory said 4 died. Later the Observatory said 30 were killed.", "Kalmar Observatory"),
])
def test_description_takes_the_named_body(text, expected):
    assert source(text) == expected


def test_a_specific_description_looks_further_back_for_its_name():
    filler = " ".join(f"The convoy reached stop {n}." for n in range(12))
    text = f"The Kalmar Observatory said 4 died. {filler} The observatory put the toll at 30 dead."
    assert source(text) == "Kalmar Observatory"


def test_a_capped_name_does_not_start_with_a_preposition():
    text = ("\u201cAt least two of the dead were nurses\u201d the director of the Northern Observatory for Civil "
            "Rights Samir Abdel Karim said.")
    name = source(text)
    assert name.endswith("Samir Abdel Karim") and name.split()[0] not in ("of", "for", "the")


def test_description_without_a_named_body_keeps_its_words_or_nothing():
    assert source("The Britain-based monitor said 30 people were killed.") == "Britain-based monitor"
    assert source("The group also listed 55 wounded.") == ""
    assert source("The report recorded 3,000 displaced people.") == ""


def test_a_person_description_does_not_take_a_body():
    text = "UNICEF said 3 were children. The spokesman said 40 were wounded."
    assert source(text) == "spokesman"


# --------------------------------------------------------------------------
# Bounds
# --------------------------------------------------------------------------

def test_names_are_capped():
    text = ("The deputy head of the emergency relief committee of the northern district council of the "
            "eastern province of Arden said 12 people were killed.")
    name = source(text)
    assert len(re.findall(r"[A-Za-z0-9]+", name)) <= MAX_NAME_TOKENS


@pytest.mark.parametrize("text", ["", ",", "said", "\u201c", "according to", "(source:", "X said", "a" * 3000,
                                  "said " * 200, ": UN"])
def test_odd_text_never_raises(text):
    sents = [s.text for s in sentences(text)] or [text]
    att = Attributor(sents)
    for i in range(len(sents)):
        assert isinstance(att.source(i), str)


# --------------------------------------------------------------------------
# Fast paths give what the patterns they stand for give
# --------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "said the council, which reported 12 deaths",  # a verb at the very start
    "Officials said, and later reported, that 40 people died; monitors (who counted) agree.",
    "The group's count: UN_said nothing, al-said none, unsaid words, \u201csaid\u201d",  # \w and non-ASCII
    "Residents put the death toll at 30 and puts the number higher\nthan officials said",
    "He says,says says-said.",  # verbs right next to each other
    "Caf\u00e9said 12, na\u00efvesaid 13 and \u00e9 said 14",  # a non-ASCII letter is a word character
])
def test_say_verb_scan_matches_the_pattern(text):
    from analysis.claims.attribution import _SAY_RE, _say_pattern

    for limit in (len(text), len(text) // 2):
        pattern, group = _say_pattern(text, limit)
        assert [(v.start(group), v.end(), v.group(group)) for v in pattern.finditer(text, 0, limit)] == [
            (v.start(), v.end(), v.group()) for v in _SAY_RE.finditer(text, 0, limit)]


@pytest.mark.parametrize("left", ["Twelve people were ", "They were reportedly ", "The Observatory ",
                                  "It is ", "the sources ", "it was formerly ", "monitors  ", "Nobody",
                                  "were\u00a0", "Officially ", "ARE ", "been_ "])
def test_passive_shortcut_matches_the_pattern(left):
    from analysis.claims.attribution import _PASSIVE, _passive_before

    assert _passive_before(left) == bool(_PASSIVE.search(left))
