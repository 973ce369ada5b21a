"""Duckling (``pyduckling-native-phihos``) over the benchmark's texts, in the Duckling venv.

Run by :mod:`benchmarks.claims_bench` as
``benchmarks/.venv-duckling/bin/python -m benchmarks.duckling_child TEXTS.json``
from the project root; prints one JSON line with the same fields as the other
extractors' runs. Dimensions ``number`` and ``quantity``, English, no latent
entities; the context and dimensions are built and one sentence parsed before
timing, so the timing is parsing only.
"""

from __future__ import annotations

import json
import sys

from benchmarks.passes import compare_passes, load_texts, rss_mb

DIMENSIONS = ["number", "quantity"]
ZONEINFO = "/usr/share/zoneinfo"


def run(texts_path: str) -> dict:
    """Parse every text with Duckling; figures = entities found in the last pass."""
    from importlib.metadata import version

    from duckling import (Context, default_locale_lang, load_time_zones, parse, parse_dimensions, parse_lang,
                          parse_ref_time)

    texts = load_texts(texts_path)
    zones = load_time_zones(ZONEINFO)
    context = Context(parse_ref_time(zones, "UTC", 0), default_locale_lang(parse_lang("EN")))
    dims = parse_dimensions(DIMENSIONS)
    parse("Two people were killed.", context, dims, False)  # load and warm up outside the timing
    base = rss_mb()
    res = compare_passes(lambda: sum(len(parse(t, context, dims, False)) for t in texts))
    res.update(articles=len(texts), rss_base_mb=base, rss_peak_mb=rss_mb(),
               version=version("pyduckling-native-phihos"))
    return res


if __name__ == "__main__":
    print(json.dumps(run(sys.argv[1])))
