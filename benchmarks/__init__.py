"""Benchmarks: speed and memory, measured and written to a file, never asserted in tests.

Each module ``benchmarks/<name>_bench.py`` exposes ``run() -> dict`` returning

    {
        "title": "Claim extraction",          # section heading in results.md
        "summary": ["markdown line", ...],     # shown as a bullet list
        "table": [{"column": value, ...}, ...],  # optional, shown as a table
        ...                                     # anything else: kept in results.json only
    }

``python -m benchmarks`` (``make bench``) runs every such module, or only the
ones named (``python -m benchmarks claims``), and merges the results into
``benchmarks/results.json`` and ``benchmarks/results.md`` (one section per
module; sections of modules not run this time are kept).
"""
