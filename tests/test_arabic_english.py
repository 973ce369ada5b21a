"""English names of the sources Arabic rows credit, for English tables (issue 17). Phrases written here."""

from __future__ import annotations

import pytest

from analysis.claims.arabic_english import UNKNOWN_SOURCE, english_source


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
