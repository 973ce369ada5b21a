"""benchmarks/results.md is rendered from results.json with each table's own column order."""

from __future__ import annotations

import json

from benchmarks.__main__ import columns, render


def test_column_order_survives_the_sorted_json() -> None:
    table = [{"run": "a", "seconds": 2.0, "items": 10}, {"run": "b", "seconds": "failed"}, {"run": "c", "extra": 1}]
    res = {"title": "T", "summary": ["one line"], "table": table, "columns": columns(table)}
    stored = json.loads(json.dumps({"t": res}, sort_keys=True))
    assert list(stored["t"]["table"][0]) == ["items", "run", "seconds"]      # what sort_keys does to rows
    md = render(stored)
    assert "| run | seconds | items | extra |" in md
    assert "| b | failed |  |  |" in md and "- one line" in md


def test_committed_results_name_the_run_in_the_first_column() -> None:
    from benchmarks.__main__ import RESULTS_JSON, RESULTS_MD

    results = json.loads(RESULTS_JSON.read_text(encoding="utf-8"))
    assert render(results) == RESULTS_MD.read_text(encoding="utf-8")
    for name, res in results.items():
        if res.get("table"):
            assert res["columns"][0] in ("run", "report"), name


def test_claims_table_sets_the_three_extractors_side_by_side_per_corpus() -> None:
    """The committed claims section has tally, quantulum3 and Duckling rows for each corpus (no timing asserted)."""
    from benchmarks.__main__ import RESULTS_JSON

    res = json.loads(RESULTS_JSON.read_text(encoding="utf-8"))["claims"]
    for col in ("run", "articles", "figures found", "CPU seconds", "articles/CPU-s", "tally ÷ this (CPU)", "target"):
        assert col in res["columns"], col
    runs = [row["run"] for row in res["table"]]
    for corpus in ("dev corpus", "FA-KES"):
        for extractor in ("tally", "quantulum3", "Duckling"):
            assert any(r.startswith(f"{corpus}: {extractor}") for r in runs), (corpus, extractor)
    assert any("x100" in r for r in runs)


def test_an_extractor_that_could_not_run_says_why_in_its_row() -> None:
    from benchmarks.claims_bench import _row

    ok = {"articles": 2, "figures": 3, "cpu_seconds": 0.5, "seconds": 0.6, "articles_per_cpu_second": 4.0,
          "passes": 2, "load_1min_at_start": 1.0, "rss_base_mb": 50.0, "rss_peak_mb": 60.0}
    table = [_row("c: tally", ok), _row("c: Duckling", {"error": "pip could not install it"}, None, 3.0),
             _row("c: quantulum3", ok, 1.0, 100.0)]
    md = render({"claims": {"title": "T", "table": table, "columns": columns(table)}})
    assert "| c: Duckling |  | not run: pip could not install it |" in md
    assert "NOT met" in md


def test_regex_time_counts_the_pattern_calls_of_the_work_and_only_those():
    import re

    from benchmarks.claims_bench import regex_time

    pattern = re.compile(r"\bkilled\b")
    got = regex_time(lambda: [pattern.search("two people were killed") for _ in range(500)])
    assert got["regex_calls"] == 500 and got["regex_cpu_seconds"] >= 0
    assert regex_time(lambda: [len("no pattern here") for _ in range(500)])["regex_calls"] == 0


def test_each_timed_pass_follows_its_own_untimed_preparation() -> None:
    from benchmarks.passes import timed_passes

    events: list[str] = []
    res = timed_passes(lambda: events.append("pass") or 1, min_passes=3, max_passes=3, min_cpu=0.0,
                       before=lambda: events.append("before"))
    assert events == ["before", "pass"] * 3
    assert res["passes"] == 3


def test_tally_passes_start_from_caches_that_never_saw_the_measured_article() -> None:
    """Without the preparation, reading an article again finds its places already weighed (no new miss of the
    article-level cache); after it, the article is weighed afresh, while the table loaders stay loaded."""
    from analysis.claims import places
    from analysis.claims.extract import extract_text
    from benchmarks.claims_bench import unseen_texts_state

    text = "Shelling of Kharkiv killed four civilians on Tuesday, Ukraine's emergency service said."
    before = unseen_texts_state()
    extract_text(text)
    misses = places.national_weight.cache_info().misses
    extract_text(text)
    assert places.national_weight.cache_info().misses == misses  # the second reading was remembered
    before()
    assert places.gazetteer.cache_info().currsize == 1
    assert places._word_key.cache_info().currsize > 0  # words stay known, as in any long run
    misses = places.national_weight.cache_info().misses
    extract_text(text)
    assert places.national_weight.cache_info().misses > misses


def test_every_text_cache_named_by_the_benchmark_exists_and_is_a_cache() -> None:
    import importlib

    from benchmarks.claims_bench import TEXT_CACHES

    for module, name in TEXT_CACHES:
        assert hasattr(getattr(importlib.import_module(module), name), "cache_clear"), (module, name)
