"""The claim check: each reported figure beside the comparable dataset figure, with a verdict.

Rules in ``data/check_rules.yml`` (:mod:`.rules`), matching (:mod:`.match`),
verdicts (:mod:`.verdict`), the whole ledger (:mod:`.run`), and
:func:`summary` for a report section.
"""

from __future__ import annotations

__all__ = ["check_claims", "summary"]


def check_claims(*args, **kwargs):
    """See :func:`analysis.check.run.check_claims`."""
    from analysis.check.run import check_claims as run

    return run(*args, **kwargs)


def summary(*args, **kwargs):
    """See :func:`analysis.check.sections.summary`."""
    from analysis.check.sections import summary as run

    return run(*args, **kwargs)
