"""ClaimReview, claim by claim: which verdicts get a review, what a rating says, the organisation setting, and the
schema.org checks failing. The claims here are sentences written for these tests, not taken from any article."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from analysis import claimreview
from analysis.claimreview import (DEFAULT_ORGANISATION, ORGANISATION_ENV, ORGANISATION_URL_ENV, REVIEW_URL_ENV,
                                  article_url, check_file, claim_reviews, document, organisation, problems,
                                  review_url, write_claimreview)
from analysis.errors import DataError

#: Four claims of a made-up wire story, in the ledger's columns.
CLAIMS = pd.DataFrame([
    {"claim_id": "c1", "article": "t_story", "url": "https://example.org/news/1 (wire copy)", "outlet": "Example Wire",
     "date": "2024-03-05", "surface": "at least 40 people", "value": 40.0, "value_low": 40.0, "value_high": None,
     "qualifier": "at_least", "unit": "people", "metric": "killed", "attributed_to": "the district council",
     "place": "Example Town", "period": "last week", "review": ""},
    {"claim_id": "c2", "article": "t_story", "url": "", "outlet": "Example Wire", "date": "2024-03",
     "surface": "3 million", "value": 3e6, "value_low": 3e6, "value_high": 3e6, "qualifier": "exact",
     "unit": "people", "metric": "idps", "attributed_to": "", "place": "", "period": "", "review": ""},
    {"claim_id": "c3", "article": "t_story", "url": "https://example.org/news/1", "outlet": "Example Wire",
     "date": "2024-03-05", "surface": "90 million refugees", "value": 9e7, "value_low": 9e7, "value_high": 9e7,
     "qualifier": "exact", "unit": "people", "metric": "refugees", "attributed_to": "", "place": "", "period": "",
     "review": ""},
    {"claim_id": "c4", "article": "t_story", "url": "https://example.org/news/1", "outlet": "Example Wire",
     "date": "2024-03-05", "surface": "a dozen trucks", "value": 12.0, "value_low": 12.0, "value_high": 12.0,
     "qualifier": "exact", "unit": "trucks", "metric": "destroyed", "attributed_to": "", "place": "", "period": "",
     "review": ""},
    {"claim_id": "c5", "article": "t_story", "url": "https://example.org/news/1", "outlet": "Example Wire",
     "date": "2024-03-05", "surface": "55 people", "value": 55.0, "value_low": 55.0, "value_high": 55.0,
     "qualifier": "exact", "unit": "people", "metric": "wounded", "attributed_to": "", "place": "", "period": "",
     "review": "rejected"},
])
CHECKS = pd.DataFrame([
    {"claim_id": "c1", "verdict": "consistent", "dataset": "ucdp_ged", "version": "ucdp_ged 25.1",
     "data_period_start": "2024-02-26", "data_period_end": "2024-03-03", "data_value": 44.0, "data_low": 38.0,
     "data_high": 51.0, "reason": "the claim (at least 40) is within the data (38-51)", "provisional": False,
     "toll_value": None, "toll_source": "", "toll_as_of": ""},
    {"claim_id": "c2", "verdict": "higher than data", "dataset": "unhcr_population + idmc_gidd",
     "version": "unhcr_population 2025.12.1; idmc_gidd GRID 2025", "data_period_start": "2023-12-31",
     "data_period_end": "2023-12-31", "data_value": 2.1e6, "data_low": 2.1e6, "data_high": 2.1e6,
     "reason": "the claim (3,000,000) is above the data (2,100,000) by more than 20%", "provisional": True,
     "toll_value": 2.5e6, "toll_source": "a ministry", "toll_as_of": "2024-02-01"},
    {"claim_id": "c3", "verdict": "implausible", "dataset": "", "version": "", "data_period_start": "",
     "data_period_end": "", "data_value": None, "data_low": None, "data_high": None,
     "reason": "implausible: larger than the whole population", "provisional": False, "toll_value": None,
     "toll_source": "", "toll_as_of": ""},
    {"claim_id": "c4", "verdict": "not comparable", "dataset": "", "version": "", "data_period_start": "",
     "data_period_end": "", "data_value": None, "data_low": None, "data_high": None,
     "reason": "no rule compares destroyed vehicles", "provisional": False, "toll_value": None, "toll_source": "",
     "toll_as_of": ""},
    {"claim_id": "c5", "verdict": "consistent", "dataset": "ucdp_ged", "version": "ucdp_ged 25.1",
     "data_period_start": "", "data_period_end": "", "data_value": 50.0, "data_low": 50.0, "data_high": 50.0,
     "reason": "within", "provisional": False, "toll_value": None, "toll_source": "", "toll_as_of": ""},
])
ORG = {"@type": "Organization", "name": "Test Desk"}


def _reviews() -> dict[str, dict]:
    return {r["identifier"]: r for r in claim_reviews(CLAIMS, CHECKS, author=ORG, reviewed_on="2026-12-05")}


def test_which_claims_get_a_review() -> None:
    reviews = _reviews()
    # not comparable: no review was made; rejected by a reviewer: the claim was never made
    assert list(reviews) == ["c1", "c2", "c3"]


def test_a_rating_value_only_where_data_were_compared() -> None:
    reviews = _reviews()
    assert reviews["c1"]["reviewRating"] == {
        "@type": "Rating", "alternateName": "consistent", "ratingValue": 2, "bestRating": 2, "worstRating": 1,
        "ratingExplanation": "the claim (at least 40) is within the data (38-51)"}
    assert reviews["c2"]["reviewRating"]["ratingValue"] == 1
    assert reviews["c2"]["reviewRating"]["alternateName"] == "higher than data"
    implausible = reviews["c3"]["reviewRating"]
    assert implausible["alternateName"] == "implausible" and "ratingValue" not in implausible


def test_claim_item_and_evidence() -> None:
    r = _reviews()["c1"]
    assert r["claimReviewed"] == "at least 40 people (killed), Example Town, last week"
    assert r["author"] == ORG and r["datePublished"] == "2026-12-05"
    assert r["itemReviewed"] == {
        "@type": "Claim", "author": {"@type": "Organization", "name": "the district council"},
        "datePublished": "2024-03-05",
        "appearance": {"@type": "CreativeWork", "url": "https://example.org/news/1",
                       "publisher": {"@type": "Organization", "name": "Example Wire"}, "datePublished": "2024-03-05"}}
    assert r["reviewBody"] == ("Dataset: ucdp_ged (ucdp_ged 25.1); figure: 44 (38-51); period: 2024-02-26 to "
                               "2024-03-03. Reason: the claim (at least 40) is within the data (38-51).")
    assert r["isBasedOn"] == [{"@type": "Dataset", "name": "ucdp_ged", "version": "25.1"}]
    r2 = _reviews()["c2"]
    assert r2["claimReviewed"] == "3 million people (internally displaced)"
    assert r2["itemReviewed"]["author"]["name"] == "Example Wire"  # nobody credited: the outlet
    assert r2["itemReviewed"]["datePublished"] == "2024-03"  # a month alone stays a month, no day invented
    assert "url" not in r2["itemReviewed"]["appearance"]
    assert "The data are provisional." in r2["reviewBody"] and "Closest published toll: 2,500,000 (a ministry, " \
                                                                "2024-02-01)." in r2["reviewBody"]
    assert r2["isBasedOn"] == [{"@type": "Dataset", "name": "unhcr_population", "version": "2025.12.1"},
                               {"@type": "Dataset", "name": "idmc_gidd", "version": "GRID 2025"}]
    assert _reviews()["c3"]["claimReviewed"] == "90 million refugees"  # the unit and metric are in the words
    assert problems(document(_reviews().values())) == []


def test_article_url_from_the_ledger_field() -> None:
    assert article_url("https://example.org/a?b=1 (copy on a mirror)") == "https://example.org/a?b=1"
    assert article_url("unknown (credited to a wire)") == ""
    assert article_url(None) == ""


def test_organisation_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    assert organisation({}) == {"@type": "Organization", "name": DEFAULT_ORGANISATION}
    assert DEFAULT_ORGANISATION == "Tally"
    assert organisation({ORGANISATION_ENV: "  ", ORGANISATION_URL_ENV: ""})["name"] == "Tally"
    monkeypatch.setenv(ORGANISATION_ENV, "Example Fact Desk")
    monkeypatch.setenv(ORGANISATION_URL_ENV, "https://factdesk.example.org")
    reviews = claim_reviews(CLAIMS, CHECKS, reviewed_on="2026-12-05")
    assert {json.dumps(r["author"]) for r in reviews} == {json.dumps(
        {"@type": "Organization", "name": "Example Fact Desk", "url": "https://factdesk.example.org"})}


def test_review_url_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    assert review_url("c1", {}) == "" and "url" not in _reviews()["c1"]
    assert review_url("c1", {REVIEW_URL_ENV: "https://desk.example.org/claims/{claim_id}"}) == \
        "https://desk.example.org/claims/c1"
    with pytest.raises(DataError, match="must hold {claim_id}"):
        review_url("c1", {REVIEW_URL_ENV: "https://desk.example.org/claims/"})
    monkeypatch.setenv(REVIEW_URL_ENV, "https://desk.example.org/claims/{claim_id}.html")
    reviews = _reviews()
    assert reviews["c2"]["url"] == "https://desk.example.org/claims/c2.html"
    assert problems(document(reviews.values())) == []
    reviews["c2"]["url"] = "desk.example.org/claims/c2.html"
    assert problems(document(reviews.values())) == [
        "review 1 (c2): url is not a url: 'desk.example.org/claims/c2.html'"]


def _doc() -> dict:
    return document(_reviews().values())


@pytest.mark.parametrize("breakage, expected", [
    (lambda r: r.pop("claimReviewed"), "claimReviewed is missing"),
    (lambda r: r.update(claimReviewed="  "), "claimReviewed is not a text"),
    (lambda r: r.update(datePublished="2026-02-30"), "datePublished is not a date"),
    (lambda r: r.update(datePublished="05/12/2026"), "datePublished is not a date"),
    (lambda r: r.pop("author"), "author is missing"),
    (lambda r: r["author"].update({"@type": "Person"}), "author is not a Organization"),
    (lambda r: r["itemReviewed"].update({"@type": "CreativeWork"}), "itemReviewed is not a Claim"),
    (lambda r: r["itemReviewed"].pop("appearance"), "itemReviewed.appearance is missing"),
    (lambda r: r["itemReviewed"]["appearance"].update(url="example.org/x"), "appearance.url is not a url"),
    (lambda r: r["reviewRating"].update(alternateName="not comparable"), "not a verdict that gets a review"),
    (lambda r: r["reviewRating"].update(ratingValue=7), "outside 1-2"),
    (lambda r: r["reviewRating"].pop("ratingValue"), "ratingValue missing for 'consistent'"),
    (lambda r: r["reviewRating"].update(ratingValue="2"), "ratingValue is not a number"),
    (lambda r: r.update({"@type": "Review"}), "not 'ClaimReview'"),
])
def test_a_broken_review_fails(breakage, expected: str) -> None:
    doc = _doc()
    breakage(doc["@graph"][0])
    found = problems(doc)
    assert any(expected in p for p in found), found
    assert all(p.startswith("review 0 (c1): ") for p in found)


def test_a_rating_for_an_implausible_claim_fails() -> None:
    doc = _doc()
    doc["@graph"][2]["reviewRating"].update(ratingValue=1, bestRating=2, worstRating=1)
    assert problems(doc) == ["review 2 (c3): reviewRating.ratingValue given for 'implausible', where no dataset "
                             "figure was compared"]


def test_a_broken_document_fails() -> None:
    assert problems([]) == ["the document is not a JSON object"]
    assert problems({"@context": "https://schema.org"}) == ["@graph is not a list of ClaimReviews"]
    doc = _doc()
    doc["@context"] = "https://example.org"
    doc["@graph"].append(dict(doc["@graph"][0]))
    found = problems(doc)
    assert found[0].startswith("@context is 'https://example.org'")
    assert found[-1] == "review 3 (c1): identifier repeated"


def test_write_and_check_a_file(tmp_path: Path) -> None:
    path = tmp_path / "claimreview.jsonld"
    assert write_claimreview(path, CLAIMS, CHECKS, author=ORG, reviewed_on="2026-12-05") == 3
    assert check_file(path) == 3
    doc = json.loads(path.read_text(encoding="utf-8"))
    del doc["@graph"][1]["reviewRating"]
    path.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(DataError, match=r"claimreview\.jsonld: ClaimReview does not validate: review 1 \(c2\): "
                                        r"reviewRating is missing"):
        check_file(path)
    path.write_text("{", encoding="utf-8")
    with pytest.raises(DataError, match="cannot read the ClaimReview document"):
        check_file(path)


def test_nothing_is_written_when_the_reviews_do_not_validate(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "claimreview.jsonld"
    path.write_text("previous\n", encoding="utf-8")
    monkeypatch.setitem(claimreview.RATINGS, "consistent", 9)  # a rating off the scale
    with pytest.raises(DataError, match="outside 1-2"):
        write_claimreview(path, CLAIMS, CHECKS, author=ORG, reviewed_on="2026-12-05")
    assert path.read_text(encoding="utf-8") == "previous\n"
