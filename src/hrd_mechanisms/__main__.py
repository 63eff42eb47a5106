"""``python -m hrd_mechanisms``: the command line."""

import sys

from .cli import main

sys.exit(main())
