"""`python -m analysis`: the project's command line."""

import sys

from analysis.cli import main

if __name__ == "__main__":  # worker processes started with spawn (Dask) import this module too
    sys.exit(main())
