"""What one uploaded file may cost before it is refused (issue 14).

Every cap bounds work or memory by construction, before or while a parser runs; at the caps a
file costs a few seconds and at most ~150 MB (bench/bench_import.py). What a *run* may be
(its speed) is a plausibility rule shared with typed runs: `engine.limits`.
"""

from __future__ import annotations

MAX_FILE_BYTES = 20 * 1024 * 1024  # Bot API getFile limit: bots cannot download more
MAX_UNPACKED_BYTES = 20 * 1024 * 1024  # past MAX_ELEMENTS long before: 37,000 HR points are 10 MB
MAX_POINTS = 100_000  # GPX/TCX track points: 27 h at one a second
MAX_FIT_MESSAGES = 200_000  # FIT data messages of any kind: 55 h of records at 1 Hz
MAX_ELEMENTS = 300_000  # XML elements of any kind: 27 h of bare points, 10 h with HR and cadence
MAX_DEPTH = 32  # XML nesting; TCX's deepest (an extension's speed) is 9
MAX_TEXT_CHARS = 64 * 1024  # one element's text, or its attributes together
MAX_PARTS = 10  # sport parts (events) from one file: a triathlon with transitions is 5
MAX_FIT_LAPS = 1_000  # a 160 km ultra with 1 km auto-laps has 160
MAX_DURATION_S = 3 * 24 * 3600.0  # one part's timer: longer is a damaged summary
