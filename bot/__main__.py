"""`python -m bot` is the `runfuel` command."""

import sys

from bot.cli import main

sys.exit(main())
