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
