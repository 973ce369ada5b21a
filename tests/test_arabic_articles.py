"""Whole Arabic articles through the article reader and the extractor (issue 17).

The articles are written for these tests (no sentence comes from any corpus). Each lists every figure
a reader would count, as (value, qualifier, metric); rows of metric ``other`` are left out.
"""

from __future__ import annotations

import pytest

from analysis.claims.articles import article_from_text
from analysis.claims.extract import COLUMNS, extract_article

TOLL = """TITLE: مقتل 23 مدنيا بقصف على ريف إدلب
DATE: 2023-03-14
OUTLET: test
LANGUAGE: ar

مقتل 23 مدنيا بقصف على ريف إدلب

أفاد المرصد السوري لحقوق الإنسان اليوم الثلاثاء بمقتل 23 مدنيا على الأقل، بينهم ٧ أطفال وامرأتان، جراء قصف مدفعي استهدف بلدة في ريف إدلب الجنوبي.
وأضاف أن 40 شخصا آخرين أصيبوا بجروح، بعضهم في حالة خطرة، ما يرجح ارتفاع الحصيلة.
وكانت حصيلة سابقة قد تحدثت عن مقتل 15 شخصا.
ومنذ مطلع الشهر الجاري، ارتفع عدد القتلى المدنيين في المحافظة إلى ثلاثمئة وعشرين، وفق المرصد.
"""

DISPLACEMENT = """TITLE: الأمم المتحدة: نزوح نحو 90 ألف شخص
LANGUAGE: ar

الأمم المتحدة: نزوح نحو 90 ألف شخص

قالت المنظمة الدولية للهجرة إن نحو 90 ألف شخص نزحوا من منازلهم خلال أسبوعين، من بينهم 35 ألف طفل، فيما عبر ما بين 8 آلاف و10 آلاف شخص الحدود إلى تشاد.
وبحسب المنظمة، عاد أكثر من 2,500 نازح إلى قراهم بعد توقف القتال، بينما لا يزال مصير العشرات مجهولا.
ويعيش في المخيمات القريبة ١٫٢ مليون نازح داخليا منذ عام 2019.
"""

LIST = """LANGUAGE: ar

حصيلة اليوم:
وقتل 12 شخصا وهم: 5 مدنيين، وعنصران من الشرطة، و4 مقاتلين، وطفل.
وأصيب عشرات آخرون، واعتقلت القوات 17 شابا، وأسرت 3 عناصر من الفصائل.
"""


def figures(text: str) -> list[tuple[float, str, str]]:
    article = article_from_text(text, id="t")
    assert article.language == "ar"
    rows = extract_article(article)
    for r in rows:
        assert list(r) == COLUMNS
        assert article.body[r["start"]:r["end"]] == r["surface"]
    return [(r["value"], r["qualifier"], r["metric"]) for r in rows if r["metric"] != "other"]


def test_a_toll_story() -> None:
    assert figures(TOLL) == [
        (23, "exact", "killed"),
        (23, "at_least", "killed"), (7, "exact", "killed"), (2, "exact", "killed"),
        (40, "exact", "wounded"),
        (15, "exact", "killed"),
        (320, "exact", "killed"),
    ]


def test_attribution_and_place_of_a_toll_story() -> None:
    rows = [r for r in extract_article(article_from_text(TOLL, id="t")) if r["metric"] != "other"]
    assert rows[1]["attributed_to"] == "المرصد السوري لحقوق الإنسان"
    assert rows[4]["attributed_to"] == "المرصد السوري لحقوق الإنسان"  # "وأضاف": the same source
    assert (rows[1]["place_country"], rows[1]["place_admin1"]) == ("SYR", "Idleb")
    assert rows[1]["period"].startswith("اليوم الثلاثاء")
    # the body repeats the headline's figure (with a hedge, which repeats do not compare): it points at it
    assert rows[0]["repeat_of"] is None and rows[1]["repeat_of"] == rows[0]["start"]


def test_a_displacement_story() -> None:
    assert figures(DISPLACEMENT) == [
        (90000, "about", "displaced"),
        (90000, "about", "displaced"), (35000, "exact", "displaced"), (8000, "range", "refugees"),
        (2500, "more_than", "returned"), (24, "approx_word", "missing"),
        (1_200_000, "exact", "idps"),
    ]


@pytest.mark.parametrize("text", [LIST])
def test_a_list_after_a_colon(text: str) -> None:
    assert figures(text) == [
        (12, "exact", "killed"), (5, "exact", "killed"), (2, "exact", "killed"), (4, "exact", "killed"),
        (1, "exact", "killed"),
        (24, "approx_word", "wounded"), (17, "exact", "detained"), (3, "exact", "captured"),
    ]
