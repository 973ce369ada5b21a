"""Scoring extraction against gold: hand-computed precision, recall and F1."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from analysis.claims.evaluate import errors, format_scores, score, spans


def frame(rows):
    return pd.DataFrame(rows, columns=["article", "start", "end", "metric", "value", "value_low", "qualifier"])


GOLD = frame(
    [
        ("a", 0, 2, "killed", 12, 12, "exact"),
        ("a", 10, 12, "killed", 12, 12, "exact"),  # the same figure repeated
        ("a", 20, 22, "wounded", 30, 30, "exact"),
        ("a", 30, 36, "displaced", 2000, 2000, "approx_word"),
        ("b", 0, 3, "killed", 140, 140, "exact"),
        ("c", None, None, "", None, None, ""),  # article read, no figure
    ]
)
PRED = frame(
    [
        ("a", 0, 2, "killed", 12, 12, "exact"),  # tp
        ("a", 20, 22, "killed", 30, 30, "exact"),  # wrong metric: fp killed, fn wounded
        ("a", 30, 36, "displaced", None, 2000, "approx_word"),  # value empty, low compares: tp
        ("b", 5, 8, "killed", 140, 140, "exact"),  # tp, elsewhere in the text
        ("c", 0, 1, "killed", 3, 3, "exact"),  # fp in an article with no figure
        ("z", 0, 1, "killed", 9, 9, "exact"),  # article not in gold: ignored
    ]
)


def line(scores, metric):
    return scores.set_index("metric").loc[metric]


def test_hand_computed_scores():
    s = score(GOLD, PRED)
    assert list(s["metric"]) == ["killed", "wounded", "displaced", "overall"]
    killed = line(s, "killed")
    # gold killed: 12, 12, 140; predicted killed: 12, 30, 140, 3 -> tp 2, fp 2, fn 1
    assert (killed.tp, killed.fp, killed.fn) == (2, 2, 1)
    assert killed.precision == pytest.approx(0.5)
    assert killed.recall == pytest.approx(2 / 3)
    assert killed.f1 == pytest.approx(2 * 0.5 * (2 / 3) / (0.5 + 2 / 3))
    wounded = line(s, "wounded")
    assert (wounded.tp, wounded.fp, wounded.fn) == (0, 0, 1)
    assert math.isnan(wounded.precision) and wounded.recall == 0 and wounded.f1 == 0
    overall = line(s, "overall")
    # tp 3 (12, 2000, 140), fp 2 (30 killed, 3 in c), fn 2 (second 12, 30 wounded)
    assert (overall.tp, overall.fp, overall.fn) == (3, 2, 2)
    assert overall.precision == pytest.approx(0.6)
    assert overall.recall == pytest.approx(0.6)
    assert overall.f1 == pytest.approx(0.6)


def test_perfect_score():
    s = score(GOLD, GOLD)
    overall = line(s, "overall")
    assert (overall.tp, overall.fp, overall.fn) == (5, 0, 0)
    assert overall.precision == overall.recall == overall.f1 == 1.0


def test_empty_predictions_and_empty_gold():
    s = score(GOLD, PRED.iloc[0:0])
    overall = line(s, "overall")
    assert (overall.tp, overall.fp, overall.fn) == (0, 0, 5)
    assert math.isnan(overall.precision) and overall.recall == 0.0 and overall.f1 == 0.0
    s = score(GOLD.iloc[0:0], PRED)
    assert list(s["metric"]) == ["overall"]
    assert line(s, "overall").tp == 0 and math.isnan(line(s, "overall").f1)


def test_one_to_one_matching():
    gold = frame([("a", 0, 2, "killed", 5, 5, "exact")])
    pred = frame([("a", 0, 2, "killed", 5, 5, "exact"), ("a", 9, 11, "killed", 5, 5, "exact")])
    overall = line(score(gold, pred), "overall")
    assert (overall.tp, overall.fp, overall.fn) == (1, 1, 0)


def test_errors_and_spans():
    err = errors(GOLD, PRED)
    assert set(zip(err["article"], err["metric"], err["value"])) == {
        ("a", "killed", 12.0), ("a", "killed", 30.0), ("a", "wounded", 30.0), ("c", "killed", 3.0)
    }
    s = spans(GOLD, PRED).iloc[0]
    assert (s["matched"], s["same_span"], s["overlapping"], s["disjoint"]) == (3, 2, 0, 1)


def test_format_has_a_line_per_metric():
    text = format_scores(score(GOLD, PRED))
    lines = text.splitlines()
    assert lines[0].split()[:4] == ["metric", "tp", "fp", "fn"]
    assert [ln.split()[0] for ln in lines[1:]] == ["killed", "wounded", "displaced", "overall"]
    assert "n/a" in text


# --------------------------------------------------------------------------
# Snippet-format gold (the development corpus's format), on texts written for these tests
# --------------------------------------------------------------------------

import importlib.util  # noqa: E402

from analysis import paths  # noqa: E402
from analysis.claims import dev_evaluate, dev_gold, dev_score, field_agreement, phenomena  # noqa: E402
from analysis.claims.written_numbers import find_numbers  # noqa: E402
from analysis.errors import DataError  # noqa: E402

RIVER = (
    "URL: https://example.org/river\nDATE: 2031-04-02\nOUTLET: Example Wire\n\n"
    "Town shelled\n\n"
    "Shelling killed 12 villagers and wounded 30 others on Monday, the mayor said.\n"
    "About 4,000\u00a0people fled\nto the hills, among them 1,500 children.\n"
    "Later the mayor said it again: Shelling killed 12 villagers and wounded 30 others on Monday.\n"
    "A nurse was killed on Tuesday. Two schools were closed.\n"
    "Aid groups counted 45 households in the old school.\n"
)
BRIDGE = "The bridge attack wounded 7 guards, the army said.\n"
SNIPPET_HEADER = list(dev_gold.SNIPPET_COLUMNS)
FIRST = "Shelling killed 12 villagers and wounded 30 others on Monday"


def gold_row(article, snippet, value, metric, qualifier="exact", unit="people", note="", low="", high="",
             attributed_to="", place=""):
    return [article, snippet, value, low, high, qualifier, unit, metric, attributed_to, place, "", note]


GOLD_ROWS = [
    gold_row("500", FIRST, "12", "killed", unit="villagers", attributed_to="the mayor", place="river town"),
    gold_row("500", FIRST, "30", "wounded"),
    gold_row("500", "About 4,000 people fled to the hills", "4000", "displaced", qualifier="about"),
    gold_row("500", "to the hills, among them 1,500 children", "1500", "displaced", unit="children"),
    gold_row("500", FIRST, "12", "killed", unit="villagers"),  # the text repeats the figure
    gold_row("500", "A nurse was killed on Tuesday.", "1", "killed", unit="nurses"),
    gold_row("500", "Two schools were closed.", "2", "other", unit="schools", note="NON-COUNT: facilities"),
    gold_row("500", "Aid groups counted 45 households in the old school", "45", "displaced", unit="households",
             note="OPTIONAL: a count of sheltered households"),
    gold_row("501", "The bridge attack wounded 7 guards", "7", "wounded", unit="guards", attributed_to="army"),
]
PRED_COLUMNS = ["article", "start", "end", "value", "value_low", "value_high", "metric", "attributed_to", "place"]


def pred_row(article, body, surface, occurrence, value, metric, attributed_to="", place=""):
    """A prediction whose span is the ``occurrence``-th appearance of ``surface`` in ``body``."""
    at = -1
    for _ in range(occurrence):
        at = body.index(surface, at + 1)
    return [article, at, at + len(surface), value, value, value, metric, attributed_to, place]


@pytest.fixture()
def corpus(tmp_path):
    """Two article files, a snippet gold table and a body map for predictions."""
    folder = tmp_path / "dev"
    folder.mkdir()
    (folder / "500_river_town.txt").write_text(RIVER, encoding="utf-8")
    (folder / "501_bridge.txt").write_text(BRIDGE, encoding="utf-8")
    (folder / "README.md").write_text("not an article\n", encoding="utf-8")
    pd.DataFrame(GOLD_ROWS, columns=SNIPPET_HEADER).to_csv(folder / "claims.csv", index=False)
    return folder


def river_body(folder):
    from analysis.claims.articles import read_article

    return read_article(folder / "500_river_town.txt").body


def predictions(folder):
    body = river_body(folder)
    a = "500_river_town"
    rows = [
        pred_row(a, body, "12", 1, 12, "killed", attributed_to="mayor", place="the river town"),  # right
        pred_row(a, body, "30", 1, 30, "wounded"),  # right
        pred_row(a, body, "4,000", 1, 4000, "refugees"),  # strict: wrong (same family); family: right
        pred_row(a, body, "1,500", 1, 1500, "wounded"),  # wrong in both: another family
        pred_row(a, body, "12", 2, 12, "killed"),  # right: the repeated gold row
        pred_row(a, body, "12", 1, 12, "killed"),  # every compatible row matched: a repeat, neither
        pred_row(a, body, "45", 1, 45, "displaced"),  # optional row: neither
        pred_row(a, body, "Two", 1, 2, "killed"),  # gold has 2 only as other: wrong
        pred_row(a, body, "30", 2, 30, "other"),  # metric other: not scored
        ["999_elsewhere", 0, 2, 5, 5, 5, "killed", "", ""],  # article not in gold: not scored
    ]
    return pd.DataFrame(rows, columns=PRED_COLUMNS)


def test_snippet_format_is_detected_from_the_columns():
    assert dev_gold.is_snippet_table(SNIPPET_HEADER)
    assert not dev_gold.is_snippet_table(["article", "start", "end", "surface", "value", "metric"])


def test_snippets_are_located_across_collapsed_whitespace_and_repeats(corpus):
    gold, bodies = dev_gold.load(corpus / "claims.csv")
    body = river_body(corpus)
    assert set(bodies) == {"500", "501"}
    # the snippet that crosses a line break and a no-break space is found; its figure is "4,000"
    r = gold.iloc[2]
    assert body[r.start:r.end] == "4,000" and r.figure_form == "digits"
    assert body[r.snippet_start:r.snippet_end] == "About 4,000\u00a0people fled\nto the hills"
    # a snippet that appears twice: the row annotated again takes the second appearance
    first, again = gold.iloc[0], gold.iloc[4]
    assert first.snippet_hits == again.snippet_hits == 2
    assert again.snippet_start > first.snippet_start
    assert body[again.start:again.end] == "12"
    # two figures of one snippet each take their own number
    assert body[gold.iloc[1].start:gold.iloc[1].end] == "30"
    # a singular victim with no numeral keeps the snippet's span and no form
    nurse = gold.iloc[5]
    assert nurse.figure_form == "" and body[nurse.start:nurse.end] == "A nurse was killed on Tuesday."
    assert body[gold.iloc[6].start:gold.iloc[6].end] == "Two" and gold.iloc[6].figure_form == "words"


def test_a_snippet_not_found_names_the_gold_file_the_row_and_the_article(corpus):
    rows = GOLD_ROWS[:1] + [gold_row("500", "Floods killed 99 goats", "99", "killed")]
    bad = corpus / "bad.csv"
    pd.DataFrame(rows, columns=SNIPPET_HEADER).to_csv(bad, index=False)
    with pytest.raises(DataError) as err:
        dev_gold.load(bad, corpus)
    text = str(err.value)
    assert str(bad) in text and "row 2" in text and "sentence_snippet" in text
    assert "500_river_town.txt" in text and "Floods killed 99 goats" in text


def test_a_missing_article_file_names_the_row(corpus):
    rows = GOLD_ROWS[:1] + [gold_row("777", "Something", "1", "killed")]
    bad = corpus / "bad.csv"
    pd.DataFrame(rows, columns=SNIPPET_HEADER).to_csv(bad, index=False)
    with pytest.raises(DataError, match=r"row 2.*no article file for article '777'"):
        dev_gold.load(bad, corpus)


def test_strict_and_family_scores_by_hand(corpus):
    result = dev_evaluate.evaluate(corpus / "claims.csv", predictions(corpus))
    strict, family = result.matchings["strict"], result.matchings["family"]
    # 7 required rows: 12 killed (twice), 30 wounded, 4,000 displaced, 1,500 displaced, the nurse, 7 wounded
    assert strict.required == family.required == 7
    assert strict.pred_status == ["right", "right", "wrong", "wrong", "right", "repeat", "optional", "wrong",
                                  "unscored", "unscored"]
    assert (strict.tp, strict.fp, strict.fn) == (3, 3, 4)
    assert family.pred_status[2] == "right"
    assert (family.tp, family.fp, family.fn) == (4, 2, 3)
    assert strict.precision == pytest.approx(0.5) and strict.recall == pytest.approx(3 / 7)
    assert family.f1 == pytest.approx(2 * (4 / 6) * (4 / 7) / (4 / 6 + 4 / 7))
    per_metric = result.per_metric.set_index("metric")
    assert tuple(per_metric.loc["displaced", ["tp", "fp", "fn"]]) == (0, 0, 2)
    assert tuple(per_metric.loc["refugees", ["tp", "fp", "fn"]]) == (0, 1, 0)
    assert tuple(per_metric.loc["wounded", ["tp", "fp", "fn"]]) == (1, 1, 1)
    per_family = result.per_family.set_index("family")
    assert tuple(per_family.loc["moved", ["tp", "fp", "fn"]]) == (1, 0, 1)
    assert result.spans.iloc[0].tolist() == [3, 3, 0, 0]


def test_casualties_is_right_for_any_harm_metric_in_strict_mode():
    assert dev_score.compatible("killed", "casualties", "strict")
    assert dev_score.compatible("casualties", "wounded", "strict")
    assert not dev_score.compatible("killed", "wounded", "strict")
    assert dev_score.compatible("killed", "wounded", "family")
    assert not dev_score.compatible("idps", "refugees", "strict") and dev_score.compatible("idps", "refugees", "family")
    assert not dev_score.compatible("detained", "killed", "family")
    assert dev_score.compatible("released", "any", "strict")


def test_optional_notes_and_unscored_rows():
    assert dev_score.is_optional("OPTIONAL: borderline") and dev_score.is_optional("OUT_OF_SCOPE: floods")
    assert dev_score.is_optional("Teaser paragraph") and not dev_score.is_optional("NON-COUNT: money")
    gold = dev_score.prepare_gold(pd.DataFrame(
        [gold_row("1", "s", "5", "killed"), gold_row("1", "s", "", "wounded"), gold_row("1", "s", "9", "in_need"),
         gold_row("1", "s", "", "displaced", low="1,000", high="2,000", note="OUT_OF_SCOPE: a flood")],
        columns=SNIPPET_HEADER))
    assert gold["required"].tolist() == [True, False, False, False]
    assert gold["optional"].tolist() == [False, False, False, True]
    assert gold["numbers"].iloc[3] == frozenset({1000.0, 2000.0})
    assert dev_score.article_key("300_east_town") == "300" == dev_score.article_key(" 300 ")
    assert dev_score.article_key("fakes-1-22") == "fakes-1-22"


def test_errors_are_classified_by_outcome_and_phrasing(corpus):
    result = dev_evaluate.evaluate(corpus / "claims.csv", predictions(corpus))
    err = result.errors
    missed = err[err["side"] == "missed"].set_index("value")
    assert missed.loc[1.0, "outcome_strict"] == "not_extracted"
    assert "implicit_singular" in missed.loc[1.0, "phenomena"]
    assert missed.loc[4000.0, "outcome_strict"] == "metric_within_family" and not missed.loc[4000.0, "family"]
    assert "hedged" in missed.loc[4000.0, "phenomena"]
    assert missed.loc[1500.0, "outcome_strict"] == "metric_other_family"
    assert "breakdown" in missed.loc[1500.0, "phenomena"].split(";")
    assert missed.loc[7.0, "outcome_strict"] == "not_extracted" and missed.loc[7.0, "phenomena"] == "plain"
    false_pos = err[err["side"] == "false_pos"].set_index("value")
    assert false_pos.loc[2.0, "outcome_strict"] == "gold_not_scored"
    assert "number_in_words" in false_pos.loc[2.0, "phenomena"]
    assert false_pos.loc[4000.0, "outcome_strict"] == "metric_within_family" and not false_pos.loc[4000.0, "family"]
    table = result.phenomena.set_index("phenomenon")
    assert table.loc["errors", ["missed_strict", "false_pos_strict", "missed_family", "false_pos_family"]].tolist() \
        == [4, 3, 3, 2]
    outcomes = result.phenomena[result.phenomena["kind"] == "outcome"]
    assert outcomes["missed_strict"].sum() == 4 and outcomes["false_pos_family"].sum() == 2
    assert table.loc["implicit_singular", "missed_strict"] == 1


def figure(text, number, qualifier="exact", unit="people", occurrence=1):
    """A Figure for the ``occurrence``-th written number equal to ``number`` in ``text``."""
    hits = [n for n in find_numbers(text) if n.value == pytest.approx(number)]
    n = hits[occurrence - 1]
    low = high = None
    return phenomena.Figure(text, n.start, n.end, n.form, qualifier, unit, "killed", frozenset({float(number)}),
                            low, high)


@pytest.mark.parametrize(
    "text, number, qualifier, unit, tag",
    [
        ("Dozens of families fled the shelling overnight.", 24, "approx_word", "families", "vague_word"),
        ("Dozens of families fled the shelling overnight.", 24, "approx_word", "families", "household_unit"),
        ("Officials said more than 60 guards were hurt.", 60, "more_than", "guards", "hedged"),
        ("Nearly half of the villagers left.", 50, "about", "percent", "fraction_or_percent"),
        ("One in four pupils lost a parent.", 25, "approx_word", "percent", "fraction_or_percent"),
        ("Seven fishermen drowned when the boat was shelled.", 7, "exact", "fishermen", "number_in_words"),
        ("The toll reached 1.2m displaced by June.", 1_200_000, "exact", "people", "unusual_number_form"),
        ("Clinics counted 12\u202f500 patients.", 12_500, "exact", "patients", "unusual_number_form"),
        ("Some two-point-5 million fled the coast.", 2_500_000, "about", "people", "unusual_number_form"),
        ("A total of (218) people were killed by the militia.", 218, "exact", "people", "unusual_number_form"),
        ("A total of (218) people were killed by the militia.", 218, "exact", "people", "in_parentheses"),
        ("Hill camps: Northtown 620, Eastvale 310, Lakeside 95.", 310, "exact", "idps", "list_or_table"),
        ("Ninety people - among them three nurses - were killed.", 90, "exact", "people", "aside_between"),
        ("The 40 people who had been forced to flee returned.", 40, "exact", "people", "aside_between"),
        ("Ninety people - among them three nurses - were killed.", 3, "exact", "nurses", "breakdown"),
        ("Of the 800 residents, 300 of whom are children, most fled.", 300, "exact", "children", "breakdown"),
        ("More than 9,000 arriving since March were registered.", 9_000, "more_than", "people", "no_counted_noun"),
        ("Up to 200 people a day cross the border.", 200, "up_to", "people", "rate_or_projection"),
        ("The death toll rose to 31 on Friday.", 31, "exact", "people", "toll_wording"),
        ("Three boys aged 9, 11 and 15 were hurt.", 11, "exact", "people", "date_age_or_name"),
        ("Guards were posted at Gate 4 overnight.", 4, "exact", "gates", "date_age_or_name"),
        ("Mortar fire dis-\nplaced 70 families.", 70, "exact", "families", "line_break_in_word"),
    ],
)
def test_phrasing_phenomena_on_written_sentences(text, number, qualifier, unit, tag):
    assert tag in phenomena.phrasings(figure(text, number, qualifier, unit))


def test_phrasings_that_should_not_fire():
    plain = figure("Gunmen killed 14 farmers near the dam, police said.", 14)
    assert phenomena.phrasings(plain) == []
    # a figure with its verb and noun right beside it is not a list, an aside or a heading
    body = "Market fire\n\nFire killed 9 traders and hurt 20 shoppers on the square on Sunday.\n"
    at = body.index("9 traders")
    fig = phenomena.Figure(body, at, at + 1, "digits", "exact", "traders", "killed", frozenset({9.0}))
    tags = phenomena.phrasings(fig)
    assert not {"list_or_table", "aside_between", "title_or_heading", "no_counted_noun"} & set(tags)
    title = phenomena.Figure("Market fire kills 9\n\nMore text here.\n", 18, 19, "digits", "exact", "people", "killed",
                             frozenset({9.0}))
    assert "title_or_heading" in phenomena.phrasings(title)


def test_written_numbers_forms_and_values():
    text = ("About 1.9 million, 2,500, 3\u2009400, 7.5m, two-point-5 million, twenty-five, a dozen, "
            "tens of thousands, several hundred, two-thirds, one in five, 40 per cent, half a million")
    found = [(text[n.start:n.end], n.value, n.form) for n in find_numbers(text)]
    assert found == [
        ("1.9 million", 1_900_000, "digits"), ("2,500", 2_500, "digits"), ("3\u2009400", 3_400, "split_digits"),
        ("7.5m", 7_500_000, "abbreviated"), ("two-point-5 million", 2_500_000, "spoken_decimal"),
        ("twenty-five", 25, "words"), ("a dozen", 12, "words"), ("tens of thousands", 20_000, "vague"),
        ("several hundred", 300, "vague"), ("two-thirds", pytest.approx(66.667, abs=1e-3), "fraction"),
        ("one in five", 20, "fraction"), ("40 per cent", 40, "percent"), ("half a million", 500_000, "words"),
    ]
    assert [n.value for n in find_numbers("one and two, one hundred and five")] == [1, 2, 105]


def test_field_agreement_is_loose_and_counted(corpus):
    assert field_agreement.compare("UNHCR", "UNHCR spokesperson") == "agree"
    assert field_agreement.compare("Raqqa city (implied)", "Raqqa") == "agree"
    assert field_agreement.compare("", "") == "both_empty"
    assert field_agreement.compare("the army", "") == "gold_only"
    assert field_agreement.compare("", "the police") == "pred_only"
    assert field_agreement.compare("Northtown", "Eastvale") == "differ"
    result = dev_evaluate.evaluate(corpus / "claims.csv", predictions(corpus))
    agree = result.agreement.set_index("field")
    # matched required rows: 12 (mayor / river town vs mayor / the river town), 30, second 12
    assert agree.loc["attributed_to", ["pairs", "agree", "both_empty"]].tolist() == [3, 1, 2]
    assert agree.loc["place", ["agree", "both_empty"]].tolist() == [1, 2]
    assert agree.loc["place", "agreement"] == 1.0


def test_cli_reads_snippet_gold(corpus, tmp_path, capsys):
    from analysis.cli import main

    pred_csv = tmp_path / "pred.csv"
    predictions(corpus).to_csv(pred_csv, index=False)
    code = main(["claims", "evaluate", str(corpus / "claims.csv"), str(pred_csv), "--errors", "--spans"])
    out = capsys.readouterr().out
    assert code == 0
    lines = {}
    for ln in out.splitlines():
        if ln.split():
            lines.setdefault(ln.split()[0], ln.split())  # the first line of each name: the summary
    assert lines["strict"][1:] == ["3", "3", "4", "0.500", "0.429", "0.462"]
    assert lines["family"][1:] == ["4", "2", "3", "0.667", "0.571", "0.615"]
    assert "implicit_singular" in out and "metric_within_family" in out
    assert "3 inside their gold snippet" in out
    # gold in another folder than its articles: --articles
    moved = tmp_path / "elsewhere.csv"
    moved.write_bytes((corpus / "claims.csv").read_bytes())
    assert main(["claims", "evaluate", str(moved), str(pred_csv), "--articles", str(corpus)]) == 0
    code = main(["claims", "evaluate", str(moved), str(pred_csv)])
    assert code == 1 and "no article file" in capsys.readouterr().err


def _reference_scorer():
    path = paths.SHARED / "tools" / "score_claims.py"
    if not path.is_file():
        pytest.skip(f"the reference scorer is not at {path} (../shared absent)")
    spec = importlib.util.spec_from_file_location("score_claims_reference", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _assert_same_as_reference(reference: dict, result: dev_evaluate.DevEvaluation) -> None:
    for line in result.summary.itertuples():
        ref = reference[line.mode]
        assert (line.tp, line.fp, line.fn) == (ref["tp"], ref["fp"], ref["fn"]), line.mode
        assert (round(line.precision, 3), round(line.recall, 3), round(line.f1, 3)) == (
            ref["precision"], ref["recall"], ref["f1"]), line.mode
    assert reference["required"] == result.matchings["strict"].required
    assert reference["articles"] == result.articles


def test_small_tables_agree_with_the_reference_scorer(corpus, tmp_path):
    scorer = _reference_scorer()
    pred_csv = tmp_path / "pred.csv"
    predictions(corpus).to_csv(pred_csv, index=False)
    result = dev_evaluate.evaluate(corpus / "claims.csv", dev_evaluate.read_predictions(pred_csv))
    _assert_same_as_reference(scorer.score(str(corpus / "claims.csv"), str(pred_csv)), result)


@pytest.mark.slow
def test_dev_corpus_extraction_agrees_with_the_reference_scorer(tmp_path):
    """The real development corpus, extracted now, scored by us and by ../shared/tools/score_claims.py."""
    from analysis.cli import main

    dev = paths.SHARED_ARTICLES / "dev"
    if not (dev / "claims.csv").is_file():
        pytest.skip(f"the development corpus is not at {dev} (../shared absent)")
    scorer = _reference_scorer()
    pred_csv = tmp_path / "dev_pred.csv"
    assert main(["claims", "extract", str(dev), "--out", str(pred_csv), "--no-progress"]) == 0
    result = dev_evaluate.evaluate(dev / "claims.csv", dev_evaluate.read_predictions(pred_csv))
    _assert_same_as_reference(scorer.score(str(dev / "claims.csv"), str(pred_csv)), result)
    # every gold row was placed in its article, and the error table accounts for every error
    assert result.gold["snippet_start"].notna().all()
    table = result.phenomena.set_index("phenomenon")
    for mode in ("strict", "family"):
        m = result.matchings[mode]
        assert table.loc["errors", f"missed_{mode}"] == m.fn and table.loc["errors", f"false_pos_{mode}"] == m.fp
    assert "sentence_snippet" not in result.errors.columns


def test_evaluation_report_section_has_scores_and_no_text(corpus):
    from analysis.claims.evaluation_report import dev_section

    text = "\n".join(dev_section(predictions(corpus), corpus / "claims.csv"))
    assert "**Family F1 0.615 (precision 0.667, recall 0.571); strict F1 0.462 (precision 0.500, recall 0.429).**" in text
    assert "| strict | 3 | 3 | 4 | 0.500 | 0.429 | 0.462 |" in text
    assert "| outcome | metric_within_family | 1 | 1 | 0 | 0 |" in text
    assert "| total | errors | 4 | 3 | 3 | 2 |" in text
    # ids, metrics, values and tag names only: no sentence of the articles
    for sentence in (FIRST, "A nurse was killed", "among them 1,500", "Two schools", "bridge attack"):
        assert sentence.lower() not in text.lower()
    missing = "\n".join(dev_section(None, corpus / "nothing.csv"))
    assert "Not measured" in missing
