"""The deaths-by-area table says why a row has no p-code (issue 13: the Myanmar report's caption read "one row per
OCHA p-code" above rows for "Shan (East, North and South together)" and "Bago (East and West together)" with an
empty p-code cell). Events from the world mirror fetched into a tmp raw folder."""

from __future__ import annotations

from pathlib import Path

from analysis import datasets
from analysis.tables import areas, casualties as cas


def _by_area(country: str, raw: Path):
    events = datasets.events(country, raw=raw)
    return cas.deaths_by_admin1(events, country, "2011-01-01", "2024-12-31", admin1=[],
                                violence_types=cas.violence_labels([1, 2, 3]))


def test_every_row_without_a_pcode_is_explained(fetched_raw: Path) -> None:
    by_area = _by_area("MMR", fetched_raw)
    blank = set(by_area.loc[by_area["admin1_pcode"] == "", "admin1_name"]) - {areas.UNKNOWN}
    assert {n for n in blank if n.startswith(("Shan", "Bago"))}, blank  # the data hold merged areas
    caption = cas.areas_caption(by_area)
    for name in blank:
        assert name in caption, (name, caption)
    assert "several p-codes" in caption


def test_no_explanation_when_every_area_has_its_pcode(fetched_raw: Path) -> None:
    by_area = _by_area("COD", fetched_raw)
    assert set(by_area.loc[by_area["admin1_pcode"] == "", "admin1_name"]) <= {areas.UNKNOWN}
    assert "several p-codes" not in cas.areas_caption(by_area)
