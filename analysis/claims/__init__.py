"""The claims ledger: articles, extraction, ledger, reviews, evaluation."""

from analysis.claims import native as _native

#: Whether the compiled build of the extraction modules is loaded (:mod:`analysis.claims.native`).
COMPILED: bool = _native.activate(__path__)
