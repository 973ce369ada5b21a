"""The displacement report for any country, on the real mirror fetched into a tmp raw folder.

Key facts are recomputed here from the mirror's raw files by plain pandas (not the project's loaders);
claims belong to a country only when their place or their article says so; a dataset that is not
loaded stops the report with the command that loads it, while a publisher with no figure is a note.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from analysis import datasets, paths, prose
from analysis.claims.ledger import load_ledger
from analysis.tables import claims as cl, common, displacement as disp

COUNTRIES = ["SYR", "SDN", "UKR", "COD", "MMR", "YEM", "AFG"]
NEEDED = [disp.UNHCR, disp.IDMC, disp.WORLD_BANK]
START, END = 2011, 2025


@pytest.fixture(scope="module")
def mirror_raw(fetch_mirror) -> Path:
    """A tmp raw folder filled with ``python -m analysis fetch --mirror`` (the real mirror)."""
    return fetch_mirror("raw_displacement", *NEEDED)


@pytest.fixture(scope="module")
def ledger() -> pd.DataFrame:
    return load_ledger()


# ---------------------------------------------------------------- independent recomputation

def _raw_population() -> pd.DataFrame:
    return pd.read_csv(paths.MIRROR / "unhcr_refugees" / "population_all.csv", low_memory=False)


def _expected_facts(pop: pd.DataFrame, country: str) -> dict[str, tuple[int, float]]:
    """The key facts from the mirror's CSV files, by plain pandas: {key: (year, value)}."""
    own = pop[pop["coo_iso"] == country]
    ref = (own["refugees"].fillna(0) + own["asylum_seekers"].fillna(0)).groupby(own["year"]).sum()
    idps = own.dropna(subset=["idps"]).groupby("year")["idps"].sum()
    idmc = pd.read_csv(paths.MIRROR / "idmc_gidd" / "idmc_gidd_conflict_displacement_all.csv")
    idmc = idmc[idmc["iso3"] == country].dropna(subset=["total_displacement"]).set_index("year")["total_displacement"]
    years = [y for y in ref.index if START <= y <= END and ref[y] > 0]
    out: dict[str, tuple[int, float]] = {}

    def displaced(y: int) -> float:
        return float(ref[y] + (idps[y] if y in idps.index else idmc.get(y, 0.0)))

    last = max(years)
    out["displaced"] = (last, displaced(last))
    hosts = own[(own["coa_iso"] != country) & (own["year"] == last) & ~own["coa_iso"].isin(["UNK", "XXA"])]
    by_host = (hosts["refugees"].fillna(0).clip(lower=0) + hosts["asylum_seekers"].fillna(0).clip(lower=0)) \
        .groupby(hosts["coa_iso"]).sum()
    out["top_host"] = (last, float(by_host.max()))
    back = (own["returned_refugees"].fillna(0) + own["returned_idps"].fillna(0)).groupby(own["year"]).sum()
    back = back[(back.index >= START) & (back.index <= END) & (back > 0)]
    if len(back):
        out["returns"] = (int(back.index.max()), float(back.iloc[-1]))
    wb = pd.read_csv(paths.MIRROR / "worldbank_population" / "population.csv")
    wb = wb[(wb["Country Code"] == country)].dropna(subset=["Value"]).set_index("Year")["Value"]
    with_pop = [y for y in years if y in wb.index]
    if with_pop:
        y = max(with_pop)
        out["share"] = (y, displaced(y) / (wb[y] + ref[y]))
    return out


def _expected_claims(country: str) -> int:
    """Displacement figures about ``country`` in the committed ledger, by plain pandas: the claim's
    place_country, else the country of at least two thirds of its article's placed figures (counts only: a
    share of a group, unit percent, is no point of a chart of counts)."""
    led = pd.read_csv(paths.LEDGER, dtype=str, keep_default_na=False)
    placed = led[led["place_country"] != ""]
    art_country = {}
    for article, g in placed.groupby("article"):
        counts = g["place_country"].value_counts()
        if counts.iloc[0] * 3 >= 2 * len(g):
            art_country[article] = sorted(counts[counts == counts.iloc[0]].index)[0]
    owner = [pc or art_country.get(a, "") for pc, a in zip(led["place_country"], led["article"])]
    led = led.assign(owner=owner)
    dates = pd.to_datetime(led["date"].where(led["date"].str.len() >= 10), errors="coerce")
    rows = led[(led["owner"] == country) & led["metric"].isin(["displaced", "refugees", "idps"])
               & (led["review"] != "rejected") & (led["repeat_of"] == "") & (led["unit"] != "percent")
               & (dates >= f"{START}-01-01") & (dates <= f"{END + 1}-12-31")
               & ((led["value"] != "") | (led["value_high"] != "") | (led["value_low"] != ""))]
    return len(rows)


@pytest.mark.parametrize("country", COUNTRIES)
def test_key_facts_match_the_raw_files_and_name_only_their_country(country: str, mirror_raw: Path,
                                                                     ledger: pd.DataFrame) -> None:
    indicators, notes = common.load_or_fail(datasets.indicators, country, NEEDED, raw=mirror_raw)
    assert indicators.attrs["origin"] == {d: "raw" for d in NEEDED} and not notes
    # only this country's data: figures about its people, or about people it hosts
    assert ((indicators["country"] == country) | (indicators["partner"] == country)).all()
    points = cl.claim_points(ledger, cl.DISPLACEMENT_METRICS, country=country,
                             start=f"{START}-01-01", end=f"{END + 1}-12-31")
    owned = cl.with_countries(ledger).set_index("claim_id").loc[points["claim_id"], cl.COUNTRY_COLUMN]
    assert set(owned) <= {country}  # only this country's claims
    facts = disp.key_facts(indicators, points, country, START, END).set_index("key")
    assert 3 <= len(facts) <= 5
    assert (facts["source"] != "").all() and facts["text"].str.len().gt(0).all()
    expected = _expected_facts(_raw_population(), country)
    for key, (year, value) in expected.items():
        assert key in facts.index, f"{country}: key fact {key} missing"
        assert int(facts.loc[key, "year"]) == year, f"{country} {key}"
        assert float(facts.loc[key, "value"]) == pytest.approx(value, rel=1e-9), f"{country} {key}"
    assert float(facts.loc["claims", "value"]) == _expected_claims(country)
    other = {c for c in COUNTRIES if c != country}
    text = " ".join(facts["text"])
    # another report country may appear only as a host of this country's refugees
    hosts = set(disp.refugees_by_host(indicators, country, START, END, 1)["host"])
    assert not [prose.country_name(c) for c in other if prose.country_name(c) in text
                and prose.country_name(c) not in hosts]


def test_tables_compute_for_each_country(mirror_raw: Path) -> None:
    for country in COUNTRIES:
        ind, _ = common.load_or_fail(datasets.indicators, country, NEEDED, raw=mirror_raw)
        hosts = disp.refugees_by_host(ind, country, START, END, 6)
        assert len(hosts) and (hosts["partner"] != country).all()
        assert len(disp.displaced_total(ind, country, START, END))
        period = disp.returns_period(ind, country, START, END)
        assert period is None or START <= period[0] <= period[1] <= END


# ---------------------------------------------------------------- about_country

def _claim(claim_id: str, article: str, place_country: str = "", metric: str = "displaced") -> dict:
    row = {c: "" for c in cl.empty_ledger().columns}
    row.update(claim_id=claim_id, article=article, date="2024-06-01", surface="1,000", value=1000.0,
               value_low=float("nan"), value_high=float("nan"), qualifier="exact", metric=metric,
               place_country=place_country)
    return row


def test_about_country_reads_only_what_the_article_says() -> None:
    ledger = pd.DataFrame([
        _claim("s1", "sudan_story", "SDN"), _claim("s2", "sudan_story", "SDN"), _claim("s3", "sudan_story"),
        _claim("s4", "sudan_story", "TCD"),                       # 2 of 3 placed in Sudan: the article's country
        _claim("m1", "mixed_story", "SYR"), _claim("m2", "mixed_story", "TUR"), _claim("m3", "mixed_story"),
        _claim("n1", "no_place_story"),                            # no place anywhere: no country
    ])
    assert set(cl.about_country(ledger, "SDN")["claim_id"]) == {"s1", "s2", "s3"}
    assert set(cl.about_country(ledger, "TCD")["claim_id"]) == {"s4"}
    assert set(cl.about_country(ledger, "SYR")["claim_id"]) == {"m1"}  # m3: the article has no single country
    assert set(cl.about_country(ledger, "TUR")["claim_id"]) == {"m2"}
    assert not set(cl.about_country(ledger, "SYR")["claim_id"]) & {"n1", "m3", "s3"}
    # a selection keeps the article's country read from all its placed figures
    picked = cl.select_claims(ledger[ledger["claim_id"].isin(["s1", "s2", "s3", "s4"])], metrics=["displaced"])
    assert set(cl.about_country(picked[picked["claim_id"] == "s3"], "SDN")["claim_id"]) == {"s3"}
    assert set(cl.claim_countries(ledger)) == {"SDN", "TCD", "SYR", "TUR", ""}


# ---------------------------------------------------------------- not loaded vs no data

def test_a_dataset_not_loaded_fails_with_the_command(tmp_path: Path) -> None:
    empty = tmp_path / "raw"
    empty.mkdir()
    with pytest.raises(common.NotLoadedError) as info:
        common.load_or_fail(datasets.indicators, "SDN", NEEDED, raw=empty)
    assert common.FETCH_COMMAND in str(info.value) and "Sudan" in str(info.value)
    assert common.FETCH_COMMAND == "python -m analysis fetch --mirror ../shared/data"
    # Syria is embedded: loaded with no fetch
    frame, notes = common.load_or_fail(datasets.indicators, "SYR", NEEDED, raw=empty)
    assert len(frame) and not notes


def test_a_publisher_with_no_figure_is_a_note(mirror_raw: Path) -> None:
    frame, notes = common.load_or_fail(datasets.indicators, "NOR", NEEDED, raw=mirror_raw)
    assert len(frame) and len(notes) == 1 and notes[0].startswith("IDMC GIDD has no figures for Norway")


# ---------------------------------------------------------------- one real build (slow)

def _build(env_raw: Path, reports: Path, country: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, TALLY_RAW=str(env_raw), TALLY_REPORTS=str(reports))
    return subprocess.run([sys.executable, "-m", "analysis", "build", "displacement", "-p", f"country={country}",
                           "--formats", "ipynb,html", "--force"], cwd=paths.ROOT, env=env, capture_output=True,
                          text=True, timeout=600)


def test_sudan_report_builds_with_the_mirror_and_fails_without(mirror_raw: Path, tmp_path: Path) -> None:
    done = _build(mirror_raw, tmp_path / "reports", "SDN")
    assert done.returncode == 0, done.stdout + done.stderr
    pages = [p for p in (tmp_path / "reports").rglob("*.html") if p.name not in ("index.html", "glossary.html")]
    assert pages, list((tmp_path / "reports").rglob("*"))
    html = pages[0].read_text(encoding="utf-8")
    assert "Displacement from Sudan" in html and "Key facts" in html and "Methods and glossary" in html
    facts = disp.key_facts(*common.load_or_fail(datasets.indicators, "SDN", NEEDED, raw=mirror_raw)[:1],
                           cl.claim_points(load_ledger(), cl.DISPLACEMENT_METRICS, country="SDN",
                                           start=f"{START}-01-01", end=f"{END + 1}-12-31"), "SDN", START, END)
    import html as html_mod

    for text in facts["text"]:
        assert html_mod.escape(text, quote=False) in html or text in html
    assert "No UNHCR refugee figures" not in html
    empty = tmp_path / "empty_raw"
    empty.mkdir()
    failed = _build(empty, tmp_path / "reports_nofetch", "SDN")
    assert failed.returncode != 0
    assert common.FETCH_COMMAND in failed.stdout + failed.stderr


# ---------------------------------------------------------------- words for publication

def test_glossary_plurals_and_one_number_format() -> None:
    text = common.glossary_markdown()
    for term in ("Refugee", "Asylum-seeker", "Internally displaced person (IDP)", "Returnee", "Stock and flow",
                 "UCDP", "monitor's toll"):
        assert term in text, term
    assert common.plural(1, "outlet") == "1 outlet" and common.plural(43, "outlet") == "43 outlets"
    assert common.plural(2, "country", "countries") == "2 countries"
    assert [common.fmt_int(v) for v in (5_952_174, 755_426.0, 12)] == ["5,952,174", "755,426", "12"]


def test_claims_summary_shows_names_not_ids() -> None:
    ledger = pd.DataFrame([_claim("s1", "sudan_story", "SDN", metric="idps"),
                           _claim("s2", "sudan_story", "SDN", metric="killed"),
                           _claim("n1", "no_place_story")]).assign(outlet=["Wire (as republished)", "Wire", "Post"])
    by_country = cl.summary_by(ledger, "country").set_index("country")
    assert by_country.loc["Sudan", "figures"] == 2 and by_country.loc["no single country", "figures"] == 1
    assert set(cl.summary_by(ledger, "metric")["metric"]) == {"internally displaced people (IDPs)",
                                                            "people killed", "people displaced"}
    assert set(cl.summary_by(ledger, "outlet")["outlet"]) == {"Wire", "Post"}
    facts = cl.key_facts(ledger, ledger)
    assert 3 <= len(facts) <= 5 and (facts["source"] == "claims ledger").all()
    assert "1 outlets" not in " ".join(facts["text"])
