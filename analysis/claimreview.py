"""schema.org ClaimReview for every claim the check reviewed: how fact-checkers exchange verdicts.

One ``ClaimReview`` per claim whose check gave a verdict (:data:`REVIEWED`):

* ``claimReviewed``: the figure as the ledger holds it (its words as written, unit, metric, place, period);
* ``itemReviewed``: a ``Claim`` with ``author`` (who the article credits, else the outlet), ``datePublished``
  (the article's date) and ``appearance`` (the article: its URL when the ledger has one, the outlet);
* ``reviewRating``: ``alternateName`` is the verdict and ``ratingExplanation`` its reason. A ``ratingValue``
  (on a scale of :data:`WORST_RATING` to :data:`BEST_RATING`) is given only when a dataset figure was set
  beside the claim (:data:`RATINGS`); an ``implausible`` figure is rated in words only, as no comparison was made;
* ``reviewBody``: the evidence (dataset, version, figure, period, reason, published toll) and ``isBasedOn``
  the datasets;
* ``author``: the organisation publishing the reviews, named by the ``TALLY_ORGANISATION`` setting (default
  ``Tally``; ``TALLY_ORGANISATION_URL`` adds its address); ``url``, the review's own page, from
  ``TALLY_CLAIMREVIEW_URL`` (with ``{claim_id}``) where a desk publishes them.

Claims the check could not compare (``not comparable``) get none: no review was made, and a rating there would
tell a reader something the data never said. Claims a reviewer rejected get none either.

:func:`problems` checks a document against the schema.org fields and types a ClaimReview must have
(:data:`REQUIRED`), without the network.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import os
import re
from pathlib import Path
from typing import Any, Iterable, Mapping

import pandas as pd

from analysis.atomic import write_text
from analysis.errors import DataError

#: The setting naming the organisation that publishes the reviews, and its default.
ORGANISATION_ENV = "TALLY_ORGANISATION"
DEFAULT_ORGANISATION = "Tally"
#: The setting giving the organisation's web address (optional).
ORGANISATION_URL_ENV = "TALLY_ORGANISATION_URL"
#: The setting giving each review's own address, with ``{claim_id}`` where the claim's id goes (optional:
#: where a desk publishes its reviews, e.g. ``https://desk.example.org/claims/{claim_id}``).
REVIEW_URL_ENV = "TALLY_CLAIMREVIEW_URL"

#: Verdicts that get a ClaimReview: a comparison with data was made, or the figure was found implausible.
REVIEWED = ("consistent", "higher than data", "lower than data", "implausible")
#: ``ratingValue`` per verdict, only where a dataset figure was set beside the claim.
RATINGS = {"consistent": 2, "higher than data": 1, "lower than data": 1}
BEST_RATING, WORST_RATING = 2, 1

_METRIC_WORDS = {
    "killed": "killed", "wounded": "wounded", "casualties": "casualties", "displaced": "displaced",
    "refugees": "refugees", "idps": "internally displaced", "returned": "returned", "detained": "detained",
    "missing": "missing", "captured": "captured", "destroyed": "destroyed", "released": "released",
}
_URL = re.compile(r"https?://[^\s()<>\"']+")


def organisation(environ: Mapping[str, str] | None = None) -> dict[str, str]:
    """The reviewing organisation as a schema.org ``Organization``, from the settings."""
    env = os.environ if environ is None else environ
    org = {"@type": "Organization", "name": (env.get(ORGANISATION_ENV) or "").strip() or DEFAULT_ORGANISATION}
    url = (env.get(ORGANISATION_URL_ENV) or "").strip()
    if url:
        org["url"] = url
    return org


def _text(value: Any) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA or value is pd.NaT:
        return ""
    return str(value).strip()


def _number(value: Any) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        return math.nan


def _fmt(value: float) -> str:
    return f"{value:,.0f}" if abs(value) >= 100 or value == int(value) else f"{value:,.2f}"


def _date(value: Any) -> str:
    """An ISO 8601 date: a day (YYYY-MM-DD), or the month or year alone when that is all the source gives;
    "" when there is none."""
    if isinstance(value, (dt.date, pd.Timestamp)) and not pd.isna(value):
        return value.strftime("%Y-%m-%d")
    text = _text(value)[:10]
    return text if _date_ok(text) else ""


_ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _date_ok(text: str) -> bool:
    """``text`` is an ISO 8601 date (day, month or year) that exists."""
    if not _ISO_DATE.match(text):
        return False
    try:
        dt.date.fromisoformat((text + "-01-01")[:10] if len(text) < 10 else text)
        return True
    except ValueError:
        return False


def article_url(url: Any) -> str:
    """The article's address from the ledger's ``url`` field (which may add a note after it), or ""."""
    found = _URL.search(_text(url))
    return found.group(0).rstrip(".,;") if found else ""


def claim_text(claim: Mapping[str, Any]) -> str:
    """The claim as the ledger holds it: the figure's words as written, unit, metric, place and period."""
    surface = _text(claim.get("surface")) or _text(claim.get("value"))
    unit, metric = _text(claim.get("unit")), _METRIC_WORDS.get(_text(claim.get("metric")), "")
    named = metric and metric in surface.lower()  # "90 million refugees": the words say who is counted
    text = surface
    if unit and unit.lower() not in surface.lower() and not named:
        text += f" {unit}"
    if metric and not named:
        text += f" ({metric})"
    return ", ".join(p for p in (text, _text(claim.get("place")), _text(claim.get("period"))) if p)


def _data_figure(check: Mapping[str, Any]) -> str:
    value, low, high = (_number(check.get(k)) for k in ("data_value", "data_low", "data_high"))
    if not math.isnan(low) and not math.isnan(high) and _fmt(low) != _fmt(high):
        span = f"{_fmt(low)}-{_fmt(high)}"
        return f"{_fmt(value)} ({span})" if not math.isnan(value) else span
    return _fmt(value) if not math.isnan(value) else (_fmt(low) if not math.isnan(low) else "")


def evidence(check: Mapping[str, Any]) -> str:
    """The review body: what the claim was set beside (dataset, version, figure, period) and the reason."""
    parts = []
    dataset, version, figure = _text(check.get("dataset")), _text(check.get("version")), _data_figure(check)
    if dataset:
        start, end = _date(check.get("data_period_start")), _date(check.get("data_period_end"))
        period = start if start == end else f"{start} to {end}" if start and end else start or end
        parts.append(f"Dataset: {dataset}" + (f" ({version})" if version else "")
                     + (f"; figure: {figure}" if figure else "") + (f"; period: {period}" if period else "") + ".")
    reason = _text(check.get("reason"))
    if reason:
        parts.append(f"Reason: {reason}.")
    if _text(check.get("provisional")).lower() == "true":
        parts.append("The data are provisional.")
    toll = _number(check.get("toll_value"))
    if not math.isnan(toll):
        source, as_of = _text(check.get("toll_source")), _date(check.get("toll_as_of"))
        parts.append(f"Closest published toll: {_fmt(toll)}" + (f" ({source}" + (f", {as_of}" if as_of else "")
                                                                  + ")" if source else "") + ".")
    return " ".join(parts)


def _datasets(check: Mapping[str, Any]) -> list[dict[str, str]]:
    names = [n.strip() for n in _text(check.get("dataset")).split("+") if n.strip()]
    versions = [v.strip() for v in _text(check.get("version")).split(";") if v.strip()]
    out = []
    for name in names:
        version = next((v[len(name):].strip() for v in versions if v.startswith(name + " ")),
                       versions[0] if len(names) == 1 and len(versions) == 1 else "")
        out.append({"@type": "Dataset", "name": name, **({"version": version} if version else {})})
    return out


def review_url(claim_id: str, environ: Mapping[str, str] | None = None) -> str:
    """The review's own address from the ``TALLY_CLAIMREVIEW_URL`` setting, or "" when it is not set."""
    env = os.environ if environ is None else environ
    template = (env.get(REVIEW_URL_ENV) or "").strip()
    if template and "{claim_id}" not in template:
        raise DataError(f"{REVIEW_URL_ENV} must hold {{claim_id}} where the claim's id goes: {template!r}")
    return template.replace("{claim_id}", claim_id) if template else ""


def claim_review(claim: Mapping[str, Any], check: Mapping[str, Any], *, author: Mapping[str, str],
                 reviewed_on: str, url: str = "") -> dict[str, Any]:
    """One ClaimReview: ``claim`` is a ledger row, ``check`` its row of the claim check; ``url`` the review's
    own address, if it has one."""
    verdict = _text(check.get("verdict"))
    outlet, credited = _text(claim.get("outlet")), _text(claim.get("attributed_to"))
    published = _date(claim.get("date"))
    appearance: dict[str, Any] = {"@type": "CreativeWork"}
    where = article_url(claim.get("url"))
    if where:
        appearance["url"] = where
    if outlet:
        appearance["publisher"] = {"@type": "Organization", "name": outlet}
    if published:
        appearance["datePublished"] = published
    item: dict[str, Any] = {"@type": "Claim", "author": {"@type": "Organization", "name": credited or outlet
                                                         or "unknown"}}
    if published:
        item["datePublished"] = published
    item["appearance"] = appearance
    rating: dict[str, Any] = {"@type": "Rating", "alternateName": verdict}
    if verdict in RATINGS:
        rating.update(ratingValue=RATINGS[verdict], bestRating=BEST_RATING, worstRating=WORST_RATING)
    reason = _text(check.get("reason"))
    if reason:
        rating["ratingExplanation"] = reason
    review: dict[str, Any] = {
        "@type": "ClaimReview",
        "identifier": _text(claim.get("claim_id")),
        **({"url": url} if url else {}),
        "datePublished": reviewed_on,
        "author": dict(author),
        "claimReviewed": claim_text(claim),
        "itemReviewed": item,
        "reviewRating": rating,
        "reviewBody": evidence(check),
    }
    based_on = _datasets(check)
    if based_on:
        review["isBasedOn"] = based_on
    return review


def claim_reviews(claims: pd.DataFrame, checks: pd.DataFrame, *, author: Mapping[str, str] | None = None,
                  reviewed_on: str | None = None) -> list[dict[str, Any]]:
    """A ClaimReview for every claim whose check verdict is in :data:`REVIEWED`, in ledger order.

    ``claims`` is the ledger, ``checks`` the claim check (one row per claim id); a claim a reviewer rejected
    is left out.
    """
    author = author or organisation()
    reviewed_on = reviewed_on or dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d")
    checked = checks[checks["verdict"].isin(REVIEWED)].drop_duplicates("claim_id").set_index("claim_id")
    out = []
    for claim in claims.to_dict("records"):
        cid = _text(claim.get("claim_id"))
        if cid not in checked.index or _text(claim.get("review")) == "rejected":
            continue
        out.append(claim_review(claim, {"claim_id": cid, **checked.loc[cid].to_dict()}, author=author,
                                reviewed_on=reviewed_on, url=review_url(cid)))
    return out


def document(reviews: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    """A JSON-LD document holding the reviews (``@graph``) under the schema.org context."""
    return {"@context": "https://schema.org", "@graph": list(reviews)}


def write_claimreview(path: str | Path, claims: pd.DataFrame, checks: pd.DataFrame, **kwargs: Any) -> int:
    """Write ``claimreview.jsonld`` atomically after checking it (:func:`check`); return how many reviews."""
    doc = document(claim_reviews(claims, checks, **kwargs))
    check(doc, path)
    write_text(path, json.dumps(doc, indent=2, ensure_ascii=False) + "\n")
    return len(doc["@graph"])


# --------------------------------------------------------------------------
# The schema.org fields a ClaimReview must have
# --------------------------------------------------------------------------

#: Field path -> (expected kind, required). Kinds: "text" (non-empty string), "date" (ISO 8601 date that
#: exists: a day, or a month or year alone), "url" (http or https), "number", or a schema.org type name the
#: value's ``@type`` must be.
REQUIRED: dict[str, tuple[str | tuple[str, ...], bool]] = {
    "claimReviewed": ("text", True),
    "datePublished": ("date", True),
    "reviewBody": ("text", True),
    "author": ("Organization", True),
    "author.name": ("text", True),
    "author.url": ("url", False),
    "url": ("url", False),
    "itemReviewed": ("Claim", True),
    "itemReviewed.author": (("Organization", "Person"), True),
    "itemReviewed.author.name": ("text", True),
    "itemReviewed.datePublished": ("date", False),
    "itemReviewed.appearance": ("CreativeWork", True),
    "itemReviewed.appearance.url": ("url", False),
    "itemReviewed.appearance.publisher": ("Organization", False),
    "reviewRating": ("Rating", True),
    "reviewRating.alternateName": ("text", True),
    "reviewRating.ratingExplanation": ("text", False),
    "reviewRating.ratingValue": ("number", False),
    "reviewRating.bestRating": ("number", False),
    "reviewRating.worstRating": ("number", False),
}


def _get(obj: Any, path: str) -> Any:
    for key in path.split("."):
        if not isinstance(obj, Mapping) or key not in obj:
            return None
        obj = obj[key]
    return obj


def _kind_ok(value: Any, kind: str | tuple[str, ...]) -> bool:
    if isinstance(kind, tuple) or kind[:1].isupper():
        kinds = kind if isinstance(kind, tuple) else (kind,)
        return isinstance(value, Mapping) and value.get("@type") in kinds
    if kind == "text":
        return isinstance(value, str) and bool(value.strip())
    if kind == "number":
        return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)
    if kind == "url":
        return isinstance(value, str) and bool(re.match(r"^https?://[^\s/]+", value))
    if kind == "date":
        return isinstance(value, str) and _date_ok(value)
    raise ValueError(f"unknown kind {kind!r}")


def review_problems(review: Mapping[str, Any]) -> list[str]:
    """What is wrong with one ClaimReview (empty when nothing): fields, types and the rating's rules."""
    out = []
    if review.get("@type") != "ClaimReview":
        out.append(f"@type is {review.get('@type')!r}, not 'ClaimReview'")
    for path, (kind, required) in REQUIRED.items():
        value = _get(review, path)
        if value is None:
            if required:
                out.append(f"{path} is missing")
        elif not _kind_ok(value, kind):
            out.append(f"{path} is not a {kind if isinstance(kind, str) else ' or '.join(kind)}: {value!r}")
    rating = review.get("reviewRating") if isinstance(review.get("reviewRating"), Mapping) else {}
    verdict = rating.get("alternateName")
    if verdict is not None and verdict not in REVIEWED:
        out.append(f"reviewRating.alternateName {verdict!r} is not a verdict that gets a review "
                   f"({', '.join(REVIEWED)})")
    if "ratingValue" in rating:
        if verdict not in RATINGS:
            out.append(f"reviewRating.ratingValue given for {verdict!r}, where no dataset figure was compared")
        elif not all(k in rating for k in ("bestRating", "worstRating")):
            out.append("reviewRating.ratingValue without bestRating and worstRating")
        elif all(_kind_ok(rating[k], "number") for k in ("ratingValue", "bestRating", "worstRating")) and not (
                rating["worstRating"] <= rating["ratingValue"] <= rating["bestRating"]):
            out.append(f"reviewRating.ratingValue {rating['ratingValue']} is outside "
                       f"{rating['worstRating']}-{rating['bestRating']}")
    elif verdict in RATINGS:
        out.append(f"reviewRating.ratingValue missing for {verdict!r}")
    return out


def problems(doc: Any) -> list[str]:
    """What is wrong with a ClaimReview JSON-LD document (empty when it is valid)."""
    if not isinstance(doc, Mapping):
        return ["the document is not a JSON object"]
    out = []
    if doc.get("@context") not in ("https://schema.org", "http://schema.org", "https://schema.org/"):
        out.append(f"@context is {doc.get('@context')!r}, not https://schema.org")
    graph = doc.get("@graph")
    if not isinstance(graph, list):
        return out + ["@graph is not a list of ClaimReviews"]
    seen: set[str] = set()
    for i, review in enumerate(graph):
        if not isinstance(review, Mapping):
            out.append(f"review {i}: not a JSON object")
            continue
        ident = review.get("identifier")
        where = f"review {i} ({ident})" if ident else f"review {i}"
        out += [f"{where}: {p}" for p in review_problems(review)]
        if ident in seen:
            out.append(f"{where}: identifier repeated")
        seen.add(ident)
    return out


def check(doc: Any, path: str | Path) -> None:
    """Raise a :class:`DataError` naming ``path`` and the first problems when ``doc`` is not valid."""
    found = problems(doc)
    if found:
        more = f"; and {len(found) - 5} more" if len(found) > 5 else ""
        raise DataError("ClaimReview does not validate: " + "; ".join(found[:5]) + more, path=path)


def check_file(path: str | Path) -> int:
    """Check a written ``claimreview.jsonld``; return how many reviews it holds."""
    try:
        doc = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise DataError(f"cannot read the ClaimReview document: {exc}", path=path) from exc
    check(doc, path)
    return len(doc["@graph"])
