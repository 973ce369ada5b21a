"""Tally: reported war figures, checked against public data.

The importable package that holds all of the project's logic; notebooks and
the command line are thin layers over it.
"""

__version__ = "0.1.0"
