"""Exports of the committed ledger: CSV, Parquet and HXL CSV for claims, indicators and checks, ClaimReviews and a
data package, validated by the field's own tools (frictionless, libhxl); and each validator failing on a broken
file."""

from __future__ import annotations

import csv
import hashlib
import json
import shutil
import subprocess
import sys
import warnings
from pathlib import Path

import pandas as pd
import pytest

from analysis import paths
from analysis.claims.ledger import load_ledger
from analysis.cli import main
from analysis.errors import DataError
from analysis.exports import (HDX_AFFECTED, HXL_SCHEMA, TABLES, check_package, hxl_files, validate_hxl,
                              validate_package, write_exports)


@pytest.fixture(scope="module")
def exported(fetched_raw: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The committed ledger exported, checked against the datasets of the offline mirror."""
    out = tmp_path_factory.mktemp("exports")
    write_exports(out, ledger=paths.LEDGER, country="SYR", raw=fetched_raw)
    return out


@pytest.fixture(scope="module")
def small_ledger(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The committed ledger's first articles (with the seed), for the command-line run."""
    ledger = pd.read_csv(paths.LEDGER, dtype=str, keep_default_na=False)
    keep = ledger[ledger["article"].isin(ledger["article"].drop_duplicates().head(25))]
    path = tmp_path_factory.mktemp("ledger") / "ledger.csv"
    keep.to_csv(path, index=False)
    return path


def _rows(path: Path) -> list[list[str]]:
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.reader(fh))


def _write_rows(path: Path, rows: list[list[str]]) -> None:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh, lineterminator="\n").writerows(rows)


def _copy(exported: Path, tmp_path: Path) -> Path:
    out = tmp_path / "pkg"
    shutil.copytree(exported, out)
    return out


def _rehash(out: Path, name: str) -> None:
    """Update a resource's size and hash so only the content problem remains."""
    desc = json.loads((out / "datapackage.json").read_text(encoding="utf-8"))
    for res in desc["resources"]:
        if res["path"] == name:
            data = (out / name).read_bytes()
            res["bytes"] = len(data)
            res["hash"] = "sha256:" + hashlib.sha256(data).hexdigest()
    (out / "datapackage.json").write_text(json.dumps(desc), encoding="utf-8")


# --------------------------------------------------------------------------
# What is written
# --------------------------------------------------------------------------

def test_every_table_in_every_format(exported: Path) -> None:
    n_claims = len(pd.read_csv(paths.LEDGER, dtype=str))
    for name in TABLES:
        plain = pd.read_csv(exported / f"{name}.csv", dtype=str, keep_default_na=False)
        parquet = pd.read_parquet(exported / f"{name}.parquet")
        assert len(plain) == len(parquet) > 0
        assert list(plain.columns) == list(parquet.columns)
        hxl = _rows(exported / f"{name}_hxl.csv")
        assert len(hxl) == len(plain) + 2  # header, hashtags, rows
    assert len(pd.read_csv(exported / "claims.csv")) == n_claims
    assert len(pd.read_csv(exported / "checks.csv")) == n_claims
    names = sorted(p.name for p in exported.iterdir())
    assert "claimreview.jsonld" in names and "datapackage.json" in names
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pq.read_schema(exported / "checks.parquet")  # date-only columns are dates, as the schema says
    assert schema.field("window_start").type == pa.date32() and schema.field("ratio").type == pa.float64()


def test_hxl_uses_hdx_count_tags_with_min_and_max(exported: Path) -> None:
    header, tags = _rows(exported / "claims_hxl.csv")[:2]
    assert all(t.startswith("#") for t in tags) and len(tags) == len(header)
    tag = dict(zip(header, tags))
    assert tag["value_killed"] == "#affected+killed"
    assert tag["value_low_killed"] == "#affected+killed+min"
    assert tag["value_high_killed"] == "#affected+killed+max"
    assert tag["value_wounded"] == "#affected+injured" and tag["value_returned"] == "#affected+returnees"
    assert tag["value_idps"] == "#affected+idps" and tag["value_refugees"] == "#affected+refugees"
    assert tag["value_displaced"] == "#affected+displaced"
    assert tag["value_displaced_hh"] == "#affected+displaced+hh"  # households are not people
    assert tag["value"] == "#indicator+value+num" and tag["value_low"] == "#indicator+value+num+min"
    assert tag["date"] == "#date+reported" and tag["outlet"].startswith("#meta+source")
    assert tag["place"] == "#loc+name" and tag["place_country"] == "#country+code"
    assert tag["place_admin1"] == "#adm1+name"
    every = {t for name in TABLES for t in _rows(exported / f"{name}_hxl.csv")[1]}
    assert not [t for t in every if "+low" in t or "+high" in t]
    affected = {t.split("+")[1] for t in every if t.startswith("#affected+") and "published_toll" not in t}
    assert affected == {t.split("+")[1] for t in HDX_AFFECTED.values()}  # no #affected+destroyed (vehicles)
    header, tags = _rows(exported / "indicators_hxl.csv")[:2]
    tag = dict(zip(header, tags))
    assert tag["low"] == "#indicator+value+num+min" and tag["high"] == "#indicator+value+num+max"
    assert tag["admin1_pcode"] == "#adm1+code" and tag["country"] == "#country+code"
    header, tags = _rows(exported / "checks_hxl.csv")[:2]
    assert "#status+verdict" in tags and "#affected+num+published_toll" in tags
    # each claim sits in its own metric's column only, and its households in the +hh one
    claims = pd.read_csv(exported / "claims_hxl.csv", skiprows=[1])
    killed = claims[claims["value_killed"].notna()]
    assert len(killed) and killed["value_wounded"].isna().all() and (killed["metric"] == "killed").all()
    assert (killed["value_killed"] == killed["value"]).all()
    hh = claims[claims["value_displaced_hh"].notna()]
    assert len(hh) and hh["unit"].str.lower().isin(["households", "families", "household", "family"]).all()
    assert hh["value_displaced"].isna().all()
    other = claims[claims["metric"].isin(["destroyed", "detained", "other"])]
    spread = [c for c in claims.columns if c.startswith("value_") and c not in ("value_low", "value_high")]
    assert len(other) and other[spread].isna().all().all() and other["value"].notna().all()


# --------------------------------------------------------------------------
# frictionless: the data package and every table
# --------------------------------------------------------------------------

def test_frictionless_validates_the_package(exported: Path) -> None:
    assert validate_package(exported / "datapackage.json") == []
    check_package(exported / "datapackage.json")
    package = json.loads((exported / "datapackage.json").read_text(encoding="utf-8"))
    names = {r["name"] for r in package["resources"]}
    assert {"claims", "indicators", "checks", "claims-hxl", "checks-parquet", "claimreview"} <= names
    claims = next(r for r in package["resources"] if r["name"] == "claims")
    types = {f["name"]: f["type"] for f in claims["schema"]["fields"]}
    assert types["value"] == "number" and types["start"] == "integer" and types["claim_id"] == "string"
    checks = next(r for r in package["resources"] if r["name"] == "checks")
    types = {f["name"]: f["type"] for f in checks["schema"]["fields"]}
    assert types["within_range"] == "boolean" and types["window_start"] == "date"


def test_frictionless_itself_reads_every_csv(exported: Path) -> None:
    """frictionless's own package reader, not ours: every CSV table valid, its rows counted."""
    from frictionless import Package

    package = Package(str(exported / "datapackage.json"))
    n_claims = len(pd.read_csv(paths.LEDGER, dtype=str))
    for res in package.resources:
        if res.format != "csv":
            continue
        report = res.validate()
        assert report.valid, report.flatten(["rowNumber", "fieldName", "message"])[:5]
        if res.name in ("claims", "claims-hxl", "checks", "checks-hxl"):
            assert report.task.stats["rows"] == n_claims  # the hashtag row is skipped as a comment


def test_the_fields_command_line_tools_accept_the_export(exported: Path) -> None:
    """`frictionless validate` and libhxl's `hxlvalidate`, as a data desk would run them on the folder."""
    bin_dir = Path(sys.executable).parent
    done = subprocess.run([str(bin_dir / "frictionless"), "validate", "--json", "datapackage.json"],
                          capture_output=True, text=True, cwd=exported, timeout=600)
    report = json.loads(done.stdout)
    assert done.returncode == 0 and report["valid"], [t["name"] for t in report["tasks"] if not t["valid"]]
    assert len(report["tasks"]) == len(json.loads((exported / "datapackage.json").read_text())["resources"])
    for name in TABLES:
        done = subprocess.run([str(bin_dir / "hxlvalidate"), "-s", str(HXL_SCHEMA), f"{name}_hxl.csv"],
                              capture_output=True, text=True, cwd=exported, timeout=600)
        assert done.returncode == 0 and "Validation succeeded" in done.stdout + done.stderr, done.stdout


def test_a_broken_table_fails_frictionless(exported: Path, tmp_path: Path) -> None:
    out = _copy(exported, tmp_path)
    rows = _rows(out / "claims.csv")
    rows[3][rows[0].index("start")] = "twelve"
    _write_rows(out / "claims.csv", rows)
    problems = validate_package(out / "datapackage.json", only=["claims"])
    assert any("hash-count" in p for p in problems) and any("byte-count" in p for p in problems)
    _rehash(out, "claims.csv")
    problems = validate_package(out / "datapackage.json", only=["claims"])
    assert len(problems) == 1 and "type-error" in problems[0]
    assert "row 4" in problems[0] and "field 'start'" in problems[0] and "twelve" in problems[0]
    with pytest.raises(DataError, match=r"datapackage\.json: data package does not validate \(frictionless\)"):
        check_package(out / "datapackage.json")


def test_a_broken_parquet_fails_frictionless(exported: Path, tmp_path: Path) -> None:
    out = _copy(exported, tmp_path)
    frame = pd.read_parquet(out / "checks.parquet")
    frame["ratio"] = frame["ratio"].astype(object).where(frame["ratio"].isna(), "about right")
    frame.to_parquet(out / "checks.parquet", index=False)
    assert any("checks-parquet" in p and "hash-count" in p
               for p in validate_package(out / "datapackage.json", only=["checks-parquet"]))
    _rehash(out, "checks.parquet")
    problems = validate_package(out / "datapackage.json", only=["checks-parquet"])
    assert problems and all("checks-parquet" in p and "type-error" in p and "ratio" in p for p in problems)


def test_duplicate_key_missing_column_and_missing_file_fail(exported: Path, tmp_path: Path) -> None:
    out = _copy(exported, tmp_path / "a")
    rows = _rows(out / "checks.csv")
    rows.append(rows[1])
    _write_rows(out / "checks.csv", rows)
    _rehash(out, "checks.csv")
    assert any("primary-key" in p for p in validate_package(out / "datapackage.json", only=["checks"]))

    out = _copy(exported, tmp_path / "b")
    frame = pd.read_csv(out / "indicators.csv", dtype=str, keep_default_na=False).drop(columns=["high"])
    frame.to_csv(out / "indicators.csv", index=False)
    _rehash(out, "indicators.csv")
    assert any("missing-label" in p or "incorrect-label" in p
               for p in validate_package(out / "datapackage.json", only=["indicators"]))

    out = _copy(exported, tmp_path / "c")
    (out / "indicators.parquet").unlink()
    assert any("indicators-parquet" in p and "not found" in p
               for p in validate_package(out / "datapackage.json", only=["indicators-parquet"]))


@pytest.mark.parametrize("breakage, expected", [
    (lambda d: d["resources"][0]["schema"]["fields"][0].update(type="text"), 'field type "text" is not supported'),
    (lambda d: d["resources"][1].update(path="../../etc/passwd"), "is not safe"),
    (lambda d: d["resources"][2].update(name="Claims Parquet"), "does not match"),
    (lambda d: d["resources"][0]["schema"].update(primaryKey=["no_such_column"]), "primary key"),
    (lambda d: d.pop("resources"), "resources"),
])
def test_a_broken_descriptor_fails_frictionless(exported: Path, tmp_path: Path, breakage, expected: str) -> None:
    out = _copy(exported, tmp_path)
    desc = json.loads((out / "datapackage.json").read_text(encoding="utf-8"))
    breakage(desc)
    (out / "datapackage.json").write_text(json.dumps(desc), encoding="utf-8")
    problems = validate_package(out / "datapackage.json")
    assert problems and problems[0].startswith("descriptor:") and expected in problems[0], problems
    with pytest.raises(DataError, match="does not validate"):
        check_package(out / "datapackage.json")


def test_a_descriptor_that_is_not_json_fails(exported: Path, tmp_path: Path) -> None:
    out = _copy(exported, tmp_path)
    (out / "datapackage.json").write_text('{"resources": [', encoding="utf-8")
    problems = validate_package(out / "datapackage.json")
    assert len(problems) == 1 and problems[0].startswith("descriptor: cannot read it")


# --------------------------------------------------------------------------
# libhxl: every HXL file against data/hxl_schema.csv
# --------------------------------------------------------------------------

def test_libhxl_validates_every_hxl_file(exported: Path) -> None:
    files = hxl_files(exported / "datapackage.json")
    assert sorted(f.name for f in files) == ["checks_hxl.csv", "claims_hxl.csv", "indicators_hxl.csv"]
    for path in files:
        assert validate_hxl(path) == [], path


def test_libhxl_report_itself_says_valid(exported: Path) -> None:
    """libhxl's own validation report (as the HXL Proxy makes it), with our schema."""
    import hxl

    options = hxl.InputOptions(allow_local=True)
    with hxl.data(str(exported / "claims_hxl.csv"), options) as data, hxl.data(str(HXL_SCHEMA), options) as schema:
        report = hxl.validate(data, schema)
    assert report["is_valid"] and report["stats"]["total"] == 0


def _break_hxl(exported: Path, tmp_path: Path, column: str, value: str) -> tuple[Path, int]:
    """A copy of the export with one non-empty cell of ``column`` in claims_hxl.csv set to ``value``; the
    file's line number of that cell."""
    out = _copy(exported, tmp_path)
    rows = _rows(out / "claims_hxl.csv")
    col = rows[0].index(column)
    i = next(i for i, row in enumerate(rows[2:], start=2) if row[col])
    rows[i][col] = value
    _write_rows(out / "claims_hxl.csv", rows)
    _rehash(out, "claims_hxl.csv")
    return out, i + 1


@pytest.mark.parametrize("column, value, message", [
    ("value_killed", "twelve", "Expected a number"),
    ("value_high_wounded", "nan", "regular expression"),
    ("value_refugees", "-40", "must not be less than 0"),
])
def test_a_count_that_is_not_a_number_fails_libhxl(exported: Path, tmp_path: Path, column: str, value: str,
                                                    message: str) -> None:
    out, line = _break_hxl(exported, tmp_path, column, value)
    problems = validate_hxl(out / "claims_hxl.csv")
    assert problems and all(f"line {line}" in p and repr(value) in p for p in problems)
    assert any(message.lower() in p.lower() for p in problems), problems
    assert f"#affected+{HDX_AFFECTED[column.rsplit('_', 1)[1]].split('+')[1]}" in problems[0]


@pytest.mark.parametrize("value", ["2024-02-30", "2024-13", "28/11/2024x", "last Tuesday"])
def test_a_bad_date_fails_libhxl(exported: Path, tmp_path: Path, value: str) -> None:
    out, line = _break_hxl(exported, tmp_path, "date", value)
    problems = validate_hxl(out / "claims_hxl.csv")
    assert problems and problems[0].startswith(f"claims_hxl.csv: line {line}, #date+reported (date):")
    assert repr(value) in problems[0]
    # the ledger's dates are text to frictionless (some are a month alone): libhxl is what catches this
    assert validate_package(out / "datapackage.json", only=["claims-hxl"]) == []


def test_a_bad_date_fails_the_export_check(exported: Path, tmp_path: Path) -> None:
    out, _ = _break_hxl(exported, tmp_path, "date", "2024-02-30")
    with pytest.raises(DataError, match=r"claims_hxl\.csv: HXL does not validate against data/hxl_schema\.csv "
                                        r"\(libhxl\): claims_hxl\.csv: line \d+, #date\+reported \(date\): "
                                        r"Expected a date '2024-02-30'"):
        check_package(out / "datapackage.json")


def test_a_file_without_hashtags_fails_libhxl(exported: Path, tmp_path: Path) -> None:
    out = _copy(exported, tmp_path)
    rows = _rows(out / "indicators_hxl.csv")
    _write_rows(out / "indicators_hxl.csv", rows[:1] + rows[2:])
    problems = validate_hxl(out / "indicators_hxl.csv")
    assert len(problems) == 1 and "cannot read it as HXL" in problems[0]


def test_the_hxl_schema_is_itself_hxl() -> None:
    rows = _rows(HXL_SCHEMA)
    assert rows[1][0] == "#valid_tag"
    rules = {r[0]: dict(zip(rows[1], r)) for r in rows[2:]}
    assert rules["#affected"]["#valid_datatype"] == "number" and rules["#date"]["#valid_datatype"] == "date"


# --------------------------------------------------------------------------
# Quiet, and the command line
# --------------------------------------------------------------------------

def test_requests_version_warning_is_kept_quiet() -> None:
    """requests' warning about a chardet or charset_normalizer version it was not tested with (the pinned set
    raises none today) is silenced while frictionless and libhxl run, and only then."""
    from requests.exceptions import RequestsDependencyWarning

    from analysis.exports import _quiet

    message = "urllib3 (2.8.0) or chardet (9.0.0)/charset_normalizer (3.5.2) doesn't match a supported version!"
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        with _quiet():
            warnings.warn_explicit(message, RequestsDependencyWarning, "requests/__init__.py", 1, module="requests")
            warnings.warn("ours", UserWarning)
        warnings.warn_explicit(message, RequestsDependencyWarning, "requests/__init__.py", 1, module="requests")
    assert [str(w.message) for w in seen] == ["ours", message]


def test_validation_prints_no_warnings(exported: Path) -> None:
    """frictionless, libhxl and requests say nothing when the export validates (every warning shown)."""
    code = ("import sys; from analysis.exports import check_package; check_package(sys.argv[1])")
    done = subprocess.run([sys.executable, "-W", "always", "-c", code, str(exported / "datapackage.json")],
                          capture_output=True, text=True, cwd=paths.ROOT, timeout=600)
    assert done.returncode == 0, done.stderr
    assert done.stderr == "" and done.stdout == ""


def test_export_cli(small_ledger: Path, tmp_path: Path, capsys) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    out = tmp_path / "out"
    assert main(["export", "--out", str(out), "--ledger", str(small_ledger), "--raw-dir", str(raw)]) == 0
    assert (out / "datapackage.json").is_file() and (out / "checks_hxl.csv").is_file()
    assert (out / "claimreview.jsonld").is_file()
    err = capsys.readouterr().err
    assert "validates (frictionless)" in err and "(libhxl)" in err


def test_tally_console_script_exports(small_ledger: Path, tmp_path: Path) -> None:
    """``tally export`` (pyproject's console script, installed by ``pip install -e .``) is ``python -m analysis
    export``."""
    tally = Path(sys.executable).with_name("tally")
    if not tally.is_file():
        pytest.skip("the tally command is not installed in this environment (pip install -e .)")
    out = tmp_path / "out"
    raw = tmp_path / "raw"
    raw.mkdir()
    done = subprocess.run([str(tally), "export", "--out", str(out), "--ledger", str(small_ledger), "--raw-dir",
                           str(raw)], capture_output=True, text=True, cwd=tmp_path, timeout=600)
    assert done.returncode == 0, done.stderr
    assert "validates" in done.stderr and (out / "claimreview.jsonld").is_file()


def test_ledger_used_is_the_committed_one(exported: Path) -> None:
    """The export's claims are the committed ledger's, id for id."""
    ledger = load_ledger(paths.LEDGER)
    claims = pd.read_csv(exported / "claims.csv", dtype=str, keep_default_na=False)
    assert claims["claim_id"].tolist() == ledger["claim_id"].astype(str).tolist()


# --------------------------------------------------------------------------
# ClaimReview of the committed ledger
# --------------------------------------------------------------------------

#: The schema.org properties of each type the export uses (https://schema.org/ClaimReview, /Claim, /Rating,
#: /CreativeWork, /Organization, /Dataset; inherited ones included), written out here so that a misspelt or
#: invented property fails without the network.
SCHEMA_ORG = {
    "ClaimReview": {"@type", "claimReviewed", "itemReviewed", "reviewRating", "reviewBody", "author",
                    "datePublished", "identifier", "url", "isBasedOn", "name", "publisher", "inLanguage"},
    "Claim": {"@type", "author", "datePublished", "appearance", "firstAppearance", "name", "text"},
    "Rating": {"@type", "alternateName", "ratingValue", "bestRating", "worstRating", "ratingExplanation", "name"},
    "CreativeWork": {"@type", "url", "publisher", "datePublished", "author", "headline", "name"},
    "Organization": {"@type", "name", "url"},
    "Person": {"@type", "name", "url"},
    "Dataset": {"@type", "name", "version", "url", "identifier"},
}
#: Every property that must be there, by type, with its kind.
REQUIRED = {
    "ClaimReview": {"claimReviewed": str, "itemReviewed": "Claim", "reviewRating": "Rating", "reviewBody": str,
                    "author": "Organization", "datePublished": "date"},
    "Claim": {"author": ("Organization", "Person"), "appearance": "CreativeWork"},
    "Rating": {"alternateName": str},
    "Organization": {"name": str},
}


def _walk(node: object, where: str = "") -> list[str]:
    """Problems with a JSON-LD node against :data:`SCHEMA_ORG` and :data:`REQUIRED`."""
    if isinstance(node, list):
        return [p for i, item in enumerate(node) for p in _walk(item, f"{where}[{i}]")]
    if not isinstance(node, dict):
        return []
    kind = node.get("@type")
    if kind not in SCHEMA_ORG:
        return [f"{where}: unknown @type {kind!r}"]
    out = [f"{where}.{k}: not a schema.org property of {kind}" for k in node if k not in SCHEMA_ORG[kind]]
    for key, expected in REQUIRED.get(kind, {}).items():
        value = node.get(key)
        if expected is str:
            ok = isinstance(value, str) and value.strip() != ""
        elif expected == "date":
            ok = isinstance(value, str) and len(value) in (4, 7, 10) and bool(pd.Timestamp(value))
        else:
            ok = isinstance(value, dict) and value.get("@type") in (expected if isinstance(expected, tuple)
                                                                     else (expected,))
        if not ok:
            out.append(f"{where}.{key}: missing or not {expected}: {value!r}")
    for key, value in node.items():
        out += _walk(value, f"{where}.{key}")
    return out


def test_claimreview_for_every_checked_claim(exported: Path) -> None:
    from analysis.claimreview import RATINGS, REVIEWED, article_url, organisation

    doc = json.loads((exported / "claimreview.jsonld").read_text(encoding="utf-8"))
    assert doc["@context"] == "https://schema.org"
    reviews = doc["@graph"]
    checks = pd.read_csv(exported / "checks.csv", dtype=str, keep_default_na=False)
    ledger = pd.read_csv(paths.LEDGER, dtype=str, keep_default_na=False).set_index("claim_id")
    reviewed = checks[checks["verdict"].isin(REVIEWED)]
    assert len(reviews) == len(reviewed) > 50
    assert [r["identifier"] for r in reviews] == reviewed["claim_id"].tolist()
    assert {r["reviewRating"]["alternateName"] for r in reviews} <= set(REVIEWED)
    assert "not comparable" in set(checks["verdict"])  # ... and those claims have no review
    verdicts = reviewed.set_index("claim_id")
    for review in reviews:
        cid = review["identifier"]
        claim, check = ledger.loc[cid], verdicts.loc[cid]
        rating = review["reviewRating"]
        assert rating["alternateName"] == check["verdict"]
        if check["verdict"] in RATINGS:
            assert rating["worstRating"] <= rating["ratingValue"] <= rating["bestRating"]
            assert check["dataset"] in review["reviewBody"] and check["version"] in review["reviewBody"]
        else:  # implausible: judged before any comparison, so no number a reader could take for one
            assert "ratingValue" not in rating and "bestRating" not in rating
        assert check["reason"] in review["reviewBody"]
        assert review["claimReviewed"].startswith(claim["surface"])
        item = review["itemReviewed"]
        assert item["author"]["name"] == (claim["attributed_to"] or claim["outlet"])
        assert item.get("datePublished", "") == claim["date"][:10]
        assert item["appearance"].get("url", "") == article_url(claim["url"])
        assert review["author"] == organisation()
    consistent = next(r for r in reviews if r["reviewRating"]["alternateName"] == "consistent")
    assert consistent["reviewRating"]["ratingValue"] == consistent["reviewRating"]["bestRating"]


def test_claimreview_matches_schema_org(exported: Path) -> None:
    from analysis.claimreview import problems

    doc = json.loads((exported / "claimreview.jsonld").read_text(encoding="utf-8"))
    assert _walk(doc["@graph"]) == []
    assert problems(doc) == []
    assert any("url" in r["itemReviewed"]["appearance"] for r in doc["@graph"])


def test_a_broken_claimreview_fails(exported: Path, tmp_path: Path) -> None:
    out = _copy(exported, tmp_path)
    doc = json.loads((out / "claimreview.jsonld").read_text(encoding="utf-8"))
    first = doc["@graph"][0]
    first["claimReviewd"] = first.pop("claimReviewed")  # misspelt
    first["itemReviewed"]["datePublished"] = "2024-02-30"
    assert any("claimReviewd: not a schema.org property" in p for p in _walk(doc["@graph"]))
    (out / "claimreview.jsonld").write_text(json.dumps(doc), encoding="utf-8")
    _rehash(out, "claimreview.jsonld")
    assert validate_package(out / "datapackage.json", only=["claimreview"]) == []
    with pytest.raises(DataError, match=r"claimreview\.jsonld: ClaimReview does not validate: .*claimReviewed is "
                                        r"missing; .*itemReviewed\.datePublished is not a date"):
        check_package(out / "datapackage.json")


def test_export_checks_each_claim_against_its_own_country(tmp_path) -> None:
    """The export's country names its indicators only: a claim is checked against its own country, never the
    export's (refugees in Chad from an article about Cameroon are not Syria's refugees)."""
    ledger = pd.read_csv(paths.LEDGER, dtype=str, keep_default_na=False)
    rows = ledger[ledger["article"] == "344_cameroon_idp_camp_attack_voa"]
    assert len(rows), "the committed ledger no longer holds the Cameroon article this test reads"
    small = tmp_path / "ledger.csv"
    rows.to_csv(small, index=False)
    from analysis.exports import tables

    checks = tables(small, "SYR")["checks"]
    assert "SYR" not in set(checks["country"])
    assert not checks["verdict"].isin(["higher than data", "lower than data"]).any()
