"""`python -m analysis`: the project's command line."""

import sys

from analysis.cli import main

sys.exit(main())
