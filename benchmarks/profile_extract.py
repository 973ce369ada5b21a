"""Where extraction spends its time: cProfile of ``extract_text`` over the dev corpus and FA-KES.

    .venv/bin/python -m benchmarks.profile_extract [--top 25] [--passes 3] [--sort tottime|cumulative]

Prints, per corpus, the functions with the most time of their own (or
cumulative) over ``--passes`` passes; nothing is written. Not a benchmark
module (``python -m benchmarks`` does not run it).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import time

from benchmarks.claims_bench import corpus_texts


def profile(texts: list[str], passes: int) -> tuple[pstats.Stats, float]:
    """Profile ``passes`` passes of extract_text over ``texts``; the stats and the unprofiled CPU seconds a pass."""
    from analysis.claims.extract import extract_text

    extract_text("Two people were killed.")
    c0 = time.process_time()
    for t in texts:
        extract_text(t)
    plain = time.process_time() - c0
    prof = cProfile.Profile()
    prof.enable()
    for _ in range(passes):
        for t in texts:
            extract_text(t)
    prof.disable()
    return pstats.Stats(prof), plain


def main(argv: list[str] | None = None) -> int:
    """Print the top costs for each corpus."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.profile_extract")
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--sort", default="tottime", choices=["tottime", "cumulative"])
    args = parser.parse_args(argv)
    for corpus in ("dev corpus", "FA-KES"):
        texts = corpus_texts(corpus)
        stats, plain = profile(texts, args.passes)
        out = io.StringIO()
        stats.stream = out
        stats.strip_dirs().sort_stats(args.sort).print_stats(args.top)
        print(f"=== {corpus}: {len(texts)} texts, {plain:.3f} CPU-s a pass without the profiler; "
              f"{args.passes} profiled passes, sorted by {args.sort}")
        print(out.getvalue())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
