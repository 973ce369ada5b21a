"""Loaders, one module per publisher: download, mirror import, tidy load."""
