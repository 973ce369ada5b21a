"""The committed claims files: ledger, reviews and gold annotations are valid and hold no article text."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import paths
from analysis.claims.annotate import GOLD_COLUMNS, find_span, resolve
from analysis.claims.ledger import load_ledger
from analysis.claims.reviews import apply_reviews, load_reviews
from analysis.errors import DataError
from analysis.schemas import LEDGER_COLUMNS, METRICS, QUALIFIERS

GOLD_FILES = [paths.ANNOTATIONS / "gold_dev.csv", paths.ANNOTATIONS / "gold_test.csv"]
MAX_SURFACE_WORDS = 12  # a number span with its noun or a named rank, never a sentence


def test_committed_ledger_and_reviews_are_valid():
    ledger = load_ledger(paths.LEDGER)
    assert list(ledger.columns) == LEDGER_COLUMNS
    assert "sentence" not in ledger.columns
    assert ledger["surface"].str.split().str.len().max() <= MAX_SURFACE_WORDS
    reviews = load_reviews(paths.REVIEWS)
    assert len(reviews) > 0
    _, report = apply_reviews(ledger, reviews)
    assert report.applied > 0


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.name)
def test_gold_files_are_well_formed(path):
    gold = pd.read_csv(path, dtype=str, keep_default_na=False)
    assert list(gold.columns) == GOLD_COLUMNS
    rows = gold[gold["surface"] != ""]
    assert rows["metric"].isin(METRICS).all()
    assert rows["qualifier"].isin(QUALIFIERS).all()
    assert rows["surface"].str.split().str.len().max() <= MAX_SURFACE_WORDS
    assert (pd.to_numeric(rows["value"]) >= 0).all()


def test_gold_pools_are_apart():
    """Test articles come from rows with index % 10 == 0, dev from % 10 == 1 (plus the seed)."""
    def rows(path):
        ids = set(pd.read_csv(path, dtype=str, keep_default_na=False)["article"])
        return {int(i.split("-")[1]) for i in ids if i.startswith("fakes-")}

    dev, test = rows(GOLD_FILES[0]), rows(GOLD_FILES[1])
    assert dev and test and not dev & test
    assert all(r % 10 == 1 for r in dev) and all(r % 10 == 0 for r in test)
    assert len(test) >= 40


@pytest.mark.skipif(not (paths.SHARED_ARTICLES / "fakes" / "fakes.csv").is_file(), reason="shared articles absent")
@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.name)
def test_gold_offsets_reproduce_surfaces_in_the_articles(path):
    from analysis.claims.annotate import load_bodies

    gold = pd.read_csv(path, dtype=str, keep_default_na=False)
    bodies = load_bodies([paths.SHARED_ARTICLES / "000_seed.txt", paths.SHARED_ARTICLES / "fakes" / "fakes.csv"],
                         set(gold["article"]))
    assert set(gold["article"]) <= set(bodies)
    resolve(gold, bodies, path)  # raises when an offset does not hold its surface


def test_find_span_whole_words_and_occurrences():
    text = "In 2012 someone saw 12 trucks; one truck burned, then 12 more."
    assert find_span(text, "12") == (20, 22)
    assert find_span(text, "12", 2) == (54, 56)
    assert find_span(text, "12", 3) is None
    assert text[slice(*find_span(text, "one"))] == "one" and find_span(text, "one")[0] == text.index("; one") + 2


def test_resolve_names_the_row_of_a_missing_surface():
    gold = pd.DataFrame([{"article": "x", "surface": "nine tanks", "start": "", "end": ""}])
    with pytest.raises(DataError) as err:
        resolve(gold, {"x": "Eight tanks were hit."}, "gold.csv")
    assert "gold.csv" in str(err.value) and "row 1" in str(err.value) and "surface" in str(err.value)


def test_committed_ledger_holds_names_not_passages():
    """attributed_to is capped at MAX_NAME_TOKENS word tokens, so no passage of an article enters the repo."""
    import re

    from analysis.claims.attribution import MAX_NAME_TOKENS

    ledger = load_ledger(paths.LEDGER)
    tokens = ledger["attributed_to"].fillna("").map(lambda s: len(re.findall(r"[A-Za-z0-9]+", s)))
    assert tokens.max() <= MAX_NAME_TOKENS, ledger.loc[tokens.idxmax(), "claim_id"]
