"""Write data/claims/evaluation.md: the extractor scored against the gold annotations.

    python -m analysis.claims.evaluation_report [--out FILE] [--notes FILE]

Extracts the seed and the FA-KES corpus with the current extractor, scores
the predictions against ``annotations/gold_dev.csv`` and ``gold_test.csv``
(figure level: article + metric + value, one to one), adds the span agreement,
the unmatched figures (ids, metrics and values only: no article text) and a
secondary article-level check against the FA-KES authors' own counts. Every
number in the file is computed here; a hand-written error analysis can be
appended from ``--notes``.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import warnings
from pathlib import Path

import pandas as pd

from analysis import paths
from analysis.atomic import write_text
from analysis.claims import evaluate as ev

FAKES = paths.SHARED_ARTICLES / "fakes" / "fakes.csv"
FAKES_ANNOTATED = paths.SHARED_ARTICLES / "fakes" / "fakes_annotated.csv"
SEED = paths.SHARED_ARTICLES / "000_seed.txt"
GOLD = {"dev": paths.ANNOTATIONS / "gold_dev.csv", "test": paths.ANNOTATIONS / "gold_test.csv"}


#: The modules whose code decides what is extracted.
EXTRACTOR_FILES = [
    "analysis/claims/extract.py", "analysis/claims/numbers.py", "analysis/claims/context.py",
    "analysis/claims/attribution.py", "analysis/claims/lexicon.py", "analysis/claims/articles.py",
]


def _commit(files: list[str]) -> str:
    try:
        out = subprocess.run(
            ["git", "log", "-1", "--format=%h %cd", "--date=format:%Y-%m-%d %H:%M", "--", *files],
            cwd=paths.ROOT, capture_output=True, text=True, check=True,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--", *files], cwd=paths.ROOT, capture_output=True, text=True
        ).stdout.strip()
        return out + (" (with uncommitted changes to those files)" if dirty else "")
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def predictions() -> pd.DataFrame:
    """The current extractor's figures for the seed and every FA-KES article."""
    from analysis.claims.articles import iter_articles
    from analysis.claims.extract import extract_articles

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return extract_articles(iter_articles([SEED, FAKES]))


def _table(frame: pd.DataFrame) -> str:
    cols = list(frame.columns)
    lines = ["| " + " | ".join(cols) + " |", "|" + "|".join("---" for _ in cols) + "|"]
    ratios = {"precision", "recall", "f1"}
    for row in frame.itertuples(index=False):
        cells = []
        for col, v in zip(cols, row):
            if isinstance(v, float) and pd.isna(v):
                cells.append("n/a")
            elif isinstance(v, float):
                cells.append(f"{v:.3f}" if col in ratios else f"{v:,.10g}")
            else:
                cells.append(str(v))
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def report(pred: pd.DataFrame) -> str:
    """The markdown text of the evaluation (computed parts)."""
    out = [
        "# Claims extraction: measured quality",
        "",
        "Written by `python -m analysis.claims.evaluation_report`; numbers computed, not typed.",
        f"Extractor ({', '.join(f.rsplit('/', 1)[1] for f in EXTRACTOR_FILES)} in analysis/claims/): "
        f"latest commit {_commit(EXTRACTOR_FILES)}.",
        "A figure counts as right when its article, metric and value match a gold figure (one to one; vague",
        "quantities and ranges compare on their minimum reading). See data/claims/README.md for what was annotated.",
        "",
    ]
    for name, path in GOLD.items():
        gold = pd.read_csv(path, dtype=str, keep_default_na=False)
        for col in ("value", "value_low", "value_high", "start", "end"):
            gold[col] = pd.to_numeric(gold[col].replace("", None), errors="coerce")
        scores = ev.score(gold, pred)
        overall = scores.set_index("metric").loc["overall"]
        s = ev.spans(gold, pred).iloc[0]
        figures = int((gold["metric"] != "").sum())
        out += [
            f"## {name}: {paths.relative(path)}",
            "",
            f"{gold['article'].nunique()} articles, {figures} gold figures. "
            f"**Overall: precision {overall.precision:.3f}, recall {overall.recall:.3f}, F1 {overall.f1:.3f}.**",
            "",
            _table(scores),
            "",
            f"Spans of the {s['matched']} matched figures: {s['same_span']} identical, {s['overlapping']} overlapping "
            f"(gold surfaces include the counted noun, the extractor's the number and its hedge), "
            f"{s['disjoint']} matched at another mention of the same figure.",
            "",
        ]
        errs = ev.errors(gold, pred)
        out += [f"Unmatched (article, metric, value: gold count vs predicted count), {len(errs)} rows:", ""]
        out += [_table(errs[["article", "metric", "value", "gold", "pred"]]), ""]
    if FAKES_ANNOTATED.is_file():
        annotated = pd.read_csv(FAKES_ANNOTATED, dtype=str, keep_default_na=False)
        check = ev.authors_counts_check(pred, annotated)
        out += [
            "## Secondary check: the FA-KES authors' article-level counts (not figure-level, all 804 rows)",
            "",
            "For each row of fakes_annotated.csv with a count > 0: is there an extracted killed/casualties figure",
            "in that article with exactly that value? Recall only; the authors' numbers are crowd-extracted and",
            "normalised (sometimes sums of several figures), so this is a rough cross-check, not the measure.",
            "",
            _table(check),
            "",
        ]
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    """Compute the evaluation and write it (plus optional notes) to ``--out``."""
    parser = argparse.ArgumentParser(prog="python -m analysis.claims.evaluation_report")
    parser.add_argument("--out", default=str(paths.CLAIMS / "evaluation.md"))
    parser.add_argument("--notes", help="markdown appended after the computed sections")
    args = parser.parse_args(argv)
    text = report(predictions())
    if args.notes:
        text += "\n" + Path(args.notes).read_text(encoding="utf-8")
    write_text(args.out, text.rstrip() + "\n")
    print(f"wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
