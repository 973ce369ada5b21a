"""The claims ledger: articles, extraction, ledger, reviews, evaluation."""
