"""Reported figures as readers see them (issue 13 review): a qualified figure is shown as the article
qualified it and never drawn as an exact point; outlets by name, not code; no Arabic script in an English
table column. Ledger rows are built here, or read from the committed ledger (data/claims/ledger.csv)."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from analysis.charts import series, timeline  # noqa: E402
from analysis.claims.ledger import load_ledger  # noqa: E402
from analysis.schemas import LEDGER_COLUMNS  # noqa: E402
from analysis.tables import claims as cl, english  # noqa: E402


def _ledger(rows: list[dict]) -> pd.DataFrame:
    base = {c: "" for c in LEDGER_COLUMNS}
    out = []
    for i, r in enumerate(rows):
        row = dict(base, claim_id=f"c{i}", article=f"a{i}", date="2024-01-0" + str(i + 1), metric="displaced",
                   outlet="sana", start=0, end=1, place_country="SDN", value=float("nan"),
                   value_low=float("nan"), value_high=float("nan"))
        row.update(r)
        out.append(row)
    frame = pd.DataFrame(out, columns=LEDGER_COLUMNS)
    for col in ("value", "value_low", "value_high"):
        frame[col] = frame[col].astype(float)
    return frame


QUALIFIED = _ledger([
    dict(surface="more than 3 million", value=3e6, value_low=3e6, qualifier="more_than"),
    dict(surface="about 500", value=500.0, qualifier="about"),
    dict(surface="1,000 to 2,000", value=1000.0, value_low=1000.0, value_high=2000.0, qualifier="range"),
    dict(surface="millions", value=2e6, value_low=2e6, qualifier="approx_word"),
    dict(surface="up to 400", value=400.0, value_high=400.0, qualifier="up_to"),
    dict(surface="1,234", value=1234.0, value_low=1234.0, value_high=1234.0, qualifier="exact"),
])


def test_tables_show_the_figure_as_the_article_qualified_it():
    table = cl.ledger_table(QUALIFIED)
    assert list(table["value"]) == ["more than 3,000,000", "about 500", "1,000–2,000",
                                    "millions (read as at least 2,000,000)", "up to 400", "1,234"]
    points = cl.claim_points(QUALIFIED, ["displaced"])
    assert list(points["figure"]) == list(table["value"])
    assert list(points["kind"]) == ["at least", "about", "range", "at least", "at most", "exact"]


def _exact_offsets(ax) -> list[tuple[float, float]]:
    """Data points drawn as filled markers (facecolour not transparent)."""
    out = []
    for coll in ax.collections:
        faces = coll.get_facecolors()
        if len(faces) and faces[0][3] > 0 and coll.get_offsets().size:
            out += [tuple(o) for o in coll.get_offsets()]
    return out


@pytest.mark.parametrize("draw", ["overlay", "timeline"])
def test_only_exact_figures_are_filled_points(draw):
    points = cl.claim_points(QUALIFIED, ["displaced"])
    if draw == "overlay":
        fig, ax = plt.subplots()
        points = points.assign(x=range(len(points)))
        series.overlay_points(ax, points, x="x", max_labels=0)
        filled = {y for _, y in _exact_offsets(ax)}
    else:
        fig = timeline.claims_timeline(points, title="t", units="u", source="s")
        ax = fig.axes[0]
        filled = {y for _, y in _exact_offsets(ax)}
    # the exact 1,234 is a filled point; "more than 3 million", "millions", "about 500" and "up to 400" are not;
    # a range's ends are ticks of its line, never a filled diamond
    assert 1234.0 in filled
    assert not filled & {3e6, 2e6, 500.0, 400.0}
    labels = {t.get_text() for t in ax.get_legend().get_texts()}
    assert any("arrow up" in t for t in labels) and any("arrow down" in t for t in labels)
    assert any(t.startswith("range") for t in labels) and any(t.startswith("about") for t in labels)
    plt.close(fig)


def test_kinds_sentence_names_only_the_kinds_present():
    text = cl.kinds_sentence(pd.DataFrame({"kind": ["exact", "at least"]}))
    assert "arrow pointing up" in text and "filled diamond" in text and "range" not in text
    assert cl.kinds_sentence(pd.DataFrame({"kind": []})) == ""


def test_outlets_are_named_never_shown_by_code():
    assert english.outlet_name("sana") == "SANA (Syrian Arab News Agency)"
    assert english.outlet_name("aljazeera-english") == "Al Jazeera English"
    assert english.outlet_name("some-new-outlet") == "Some NEW Outlet"
    assert english.outlet_name("Middle East Eye (as republished)") == "Middle East Eye"
    ledger = load_ledger()
    codes = set(pd.read_csv(english.OUTLETS, dtype=str)["outlet"])
    shown = set(cl.summary_by(ledger, "outlet")["outlet"]) | set(cl.ledger_table(ledger.head(400))["outlet"])
    assert not shown & codes
    assert "sana" in set(ledger["outlet"])  # the ledger does hold codes: the test above can fail


def test_no_arabic_script_in_an_english_table():
    ledger = load_ledger()
    arabic = ledger[ledger["surface"].map(english.has_arabic) | ledger["place"].map(english.has_arabic)
                    | ledger["attributed_to"].map(english.has_arabic)]
    assert len(arabic) > 100  # the committed ledger holds Arabic articles' figures
    table = cl.ledger_table(arabic)
    assert not table.map(english.has_arabic).any().any()
    # place names in English from the gazetteer, else the claim's admin-1 area or country
    assert english.place("حلب") == "Aleppo" and english.place("بدارفور") == "Darfur"
    assert english.place("قرية مجهولة", "SYR", "Idleb") == "a place in Idleb, Syria (named in Arabic)"
    assert english.attribution("المرصد السوري لحقوق الإنسان") == "Syrian Observatory for Human Rights (SOHR)"
    assert english.attribution("اللجان") == english.NOT_TRANSLATED
    assert english.surface("أكثر من 9000 شخص", "more than 9,000") == "more than 9,000 (written in Arabic)"
    # the CSV keeps the articles' own words beside the English cells
    full = cl.ledger_table(arabic, as_written=True)
    assert full["place (original)"].map(english.has_arabic).any()


def test_implausible_figures_are_set_apart_with_the_check_reason():
    """The committed ledger's 108 million refugees (Syria) are implausible for the claim check; reports leave
    such figures out of charts and summaries and list them with the reason. (Syria's pre-war population of
    22 million, once read as people displaced, is no longer extracted: a population is a size.)"""
    ledger = cl.with_countries(load_ledger())
    kept = cl.select_claims(ledger)
    shown, apart = cl.set_apart(ledger, kept)
    values = set(ledger.set_index("claim_id").loc[list(apart["claim"]), "value"])
    assert 108e6 in values
    assert not ((ledger["value"] == 22e6) & (ledger["metric"] == "displaced")).any()
    assert len(shown) == len(kept) - len(apart) and not set(shown["claim_id"]) & set(apart["claim"])
    assert all("whole population" in w and "Syria" in w for w in apart["why set apart"])
    # the same verdict from the claim check itself, on the whole ledger of those articles
    from analysis.check.run import check_claims

    arts = ledger[ledger["claim_id"].isin(apart["claim"])]["article"]
    full = check_claims(ledger[ledger["article"].isin(arts)].drop(columns=cl.COUNTRY_COLUMN))
    assert set(full.loc[full["verdict"] == cl.IMPLAUSIBLE, "claim_id"]) == set(apart["claim"])
    # largest figures and key facts no longer hold them
    top = cl.largest_figures(shown)
    assert not set(top["claim_id"]) & set(apart["claim"])
    facts = cl.key_facts(ledger, shown, apart=len(apart))
    noun = "figure" if len(apart) == 1 else "figures"  # the sentence says "1 figure", "2 figures"
    assert f"{len(apart)} {noun} the claim check finds implausible" in facts["text"].iloc[-1]


def test_the_readers_reason_keeps_the_checks_figures():
    why = cl.implausible_why("plausibility check 'population' failed: the claim (22,000,000) is larger than the "
                             "whole population of SYR (19,424,618, worldbank_population population 2015 (version x))")
    assert why.startswith("larger than Syria's whole population (19.4 million in 2015")


def test_year_end_stocks_are_ticked_as_year_ends():
    frame = pd.DataFrame({"year": [2015, 2016, 2017, 2018, 2019], "value": [1.0, 2.0, 3.0, 4.0, 5.0]})
    fig = series.band_series(frame, x="year", series=None, value="value", low=None, high=None, title="t",
                             units="u", source="s", year_end=True)
    ax = fig.axes[0]
    fig.canvas.draw()
    labels = [t.get_text() for t in ax.get_xticklabels() if t.get_text()]
    assert labels and all(t.startswith("end of\n") for t in labels)
    assert "31 December" in ax.get_xlabel()
    plt.close(fig)
    plain = series.band_series(frame, x="year", series=None, value="value", low=None, high=None, title="t",
                               units="u", source="s", year_axis=True)
    plain.canvas.draw()
    assert not any("end of" in t.get_text() for t in plain.axes[0].get_xticklabels())
    plt.close(plain)


def test_key_facts_count_outlets_as_the_outlet_table_names_them():
    ledger = cl.with_countries(load_ledger())
    kept = cl.select_claims(ledger)
    n = len(cl.summary_by(kept, "outlet"))
    assert f"by {n:,} outlets" in cl.key_facts(ledger, kept)["text"].iloc[0]
    assert kept["outlet"].nunique() != n  # raw strings differ ("X (as republished)"): the test can fail


def test_point_labels_stay_inside_the_plot_beside_an_outside_legend():
    """A long label near the right edge goes to the left of its point, never into the legend."""
    fig, ax = plt.subplots(figsize=(8, 4.5), layout="constrained")
    ax.plot([0, 10], [0, 10], label="a line")
    points = pd.DataFrame({"x": [5.5, 1.0], "value": [9.0, 2.0], "kind": ["exact", "exact"],
                           "label": ["a rather long label for a figure (Some Outlet Name)", "short (X)"]})
    series.overlay_points(ax, points, x="x", max_labels=2)
    fig.canvas.draw()
    right = ax.get_window_extent().x1
    texts = [t for t in ax.texts if t.get_text()]
    assert texts and all(t.get_window_extent().x1 <= right + 2 for t in texts)
    plt.close(fig)


def test_arabic_and_english_figures_of_the_same_area_count_and_days_side_by_side():
    """issue 17: one row per Arabic article's figures of an area and metric, beside the English articles' figures
    for the same area and metric within three days; running totals, other areas and far dates stay out."""
    common = dict(place_country="SYR", place_admin1="Aleppo", metric="killed", qualifier="exact")
    ledger = _ledger([
        dict(common, surface="قتل ١٢ شخصا", value=12.0, date="2020-01-02", outlet="Example Arabic Daily"),
        dict(common, surface="14 people", value=14.0, date="2020-01-03", outlet="reuters"),
        dict(common, surface="9 people", value=9.0, date="2020-01-10", outlet="reuters"),          # a week later
        dict(common, surface="400,000", value=4e5, date="2020-01-02", outlet="ahram",
             period="since the war began"),                                                        # a running total
        dict(common, surface="7 people", value=7.0, date="2020-01-02", outlet="ahram", place_admin1="Idleb"),
    ])
    pairs = cl.language_pairs(ledger)
    assert len(pairs) == 1
    row = pairs.iloc[0]
    assert row["area"] == "Aleppo, Syria" and row["Arabic figures"] == "12"
    assert row["English articles and figures"] == "Reuters (2020-01-03): 14"
    assert not english.has_arabic(" ".join(pairs.astype(str).to_numpy().ravel()))
    assert cl.language_pairs(ledger[~ledger["surface"].map(english.has_arabic)]).empty
