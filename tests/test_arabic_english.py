"""English words for Arabic rows in English tables (issue 17): place, period and source. Phrases written here."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.claims.arabic_english import UNKNOWN_SOURCE, UNREAD_PERIOD, english_place_of, english_source, english_view


@pytest.mark.parametrize("arabic,english", [
    ("المرصد السوري لحقوق الإنسان", "Syrian Observatory for Human Rights"),
    ("مدير المرصد رامي عبد الرحمن", "Syrian Observatory for Human Rights"),
    ("مفوضية الأمم المتحدة لشؤون اللاجئين", "UNHCR"),
    ("مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية", "UN OCHA"),
    ("المتحدث باسم وزارة الصحة في غزة", "Palestinian Ministry of Health"),
    ("وزارة الصحة اليمنية", "Yemeni Ministry of Health"),
    ("وزارة الصحة", "Ministry of Health"),
    ("منظمة اليونيسف", "UNICEF"),
    ("الأمم المتحدة", "United Nations"),
    ("مراسل وكالة فرانس برس", "AFP"),
    ("مصادر طبية", "medical sources"),
    ("مراسلنا في المدينة", "a correspondent"),
    ("لجنة الحي", UNKNOWN_SOURCE),
    ("Reuters", "Reuters"),
    ("", ""),
])
def test_english_source(arabic: str, english: str) -> None:
    assert english_source(arabic) == english


def test_english_place_of_falls_back_on_the_codes() -> None:
    assert english_place_of("بإدلب", "SYR", "Idleb") == "Idlib"
    assert english_place_of("مكان لا نعرفه", "SYR", "Idleb") == "Idleb"
    assert english_place_of("مكان لا نعرفه", "SYR", "") == "Syria"
    assert english_place_of("Idlib", "SYR", "Idleb") == "Idlib"
    assert english_place_of("", "", "") == ""


def test_english_view_keeps_english_rows_and_the_arabic_as_written() -> None:
    ledger = pd.DataFrame([
        {"surface": "٢٣ قتيلا", "place": "بحلب", "place_country": "SYR", "place_admin1": "Aleppo",
         "period": "منذ بداية الحرب", "attributed_to": "المرصد السوري لحقوق الإنسان"},
        {"surface": "ثلاثة", "place": "", "place_country": "", "place_admin1": "", "period": "في ظروف صعبة",
         "attributed_to": ""},
        {"surface": "23 people", "place": "Aleppo", "place_country": "SYR", "place_admin1": "Aleppo",
         "period": "since the war began", "attributed_to": "SOHR"},
    ])
    view = english_view(ledger)
    assert list(view["language"]) == ["ar", "ar", "en"]
    assert view.loc[0, ["place", "period", "attributed_to"]].tolist() == [
        "Aleppo", "since the start of the war", "Syrian Observatory for Human Rights"]
    assert view.loc[1, "period"] == UNREAD_PERIOD
    assert view.loc[2, ["place", "period", "attributed_to"]].tolist() == ["Aleppo", "since the war began", "SOHR"]
    assert view.loc[0, "place_as_written"] == "بحلب" and view.loc[0, "period_as_written"] == "منذ بداية الحرب"
    assert not view[["place", "period", "attributed_to"]].apply(lambda s: s.str.contains("[\u0600-\u06ff]")).any().any()
    assert ledger.loc[0, "place"] == "بحلب"  # the ledger given is not changed
