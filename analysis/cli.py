"""The command line: ``python -m analysis SUBCOMMAND``.

Each area of the package registers its own subcommands (``sources.cli``,
``claims.cli``, ``reports.cli``, ``check.cli``, ``check.article_cli``). Registration only builds the argument
parser; heavy libraries are imported inside the handlers, so ``--help`` and
no-op commands stay fast. A :class:`~analysis.errors.TallyError` is shown as
one line (file and problem) without a traceback, and sets a non-zero exit.
"""

from __future__ import annotations

import argparse
import sys
from typing import Callable, Sequence

from analysis import __version__
from analysis.errors import TallyError

Handler = Callable[[argparse.Namespace], int]


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser with every registered subcommand."""
    parser = argparse.ArgumentParser(
        prog="python -m analysis",
        description="Tally: reported war figures, checked against public data.",
    )
    parser.add_argument("--version", action="version", version=f"tally {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    from analysis.sources import cli as sources_cli
    from analysis.claims import cli as claims_cli
    from analysis.reports import cli as reports_cli
    from analysis.check import cli as check_cli
    from analysis.check import article_cli

    for module in (sources_cli, claims_cli, reports_cli, check_cli, article_cli):
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the process exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Handler = args.handler
    try:
        return int(handler(args) or 0)
    except TallyError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 1
    except OSError as exc:
        # a full disk, a read-only folder, a file where a folder goes: said in one line, naming the file;
        # atomic writes leave the previous file in place
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"error: {where}{exc.strerror or exc} (nothing was replaced: the previous file, if any, is "
              "unchanged)", file=sys.stderr)
        return 1
