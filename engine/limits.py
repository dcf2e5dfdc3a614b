"""What no runner did: one rule for a typed run and a watch file's run (pure).

A typed "ran 10 km in 20 min" and a watch file of the same run must get the same verdict,
so the speed limits live here and both `engine.parsing` and `engine.watchfiles` read them.

The values, and why:

- **26 km/h over more than 1 km.** The fastest averages ever held beyond a kilometre are the
  mile record (3:43.13, 25.96 km/h) and the 1500 m record (3:26.00, 26.2 km/h, held for under
  four minutes); from 2 km up every record is slower (5 km ~24 km/h, marathon ~21 km/h). The
  running equations of science.md §3.2-3.3 are measured only up to ~22 km/h (Margaria) and the
  Compendium rows stop at 22.5 km/h, so a whole run averaging more is a car, a bike left in run
  mode, or a typo, and an energy figure for it would be extrapolated far past any data. The
  watch files used 30 km/h before (issue 16): that let a bike ride at 27 km/h in run mode
  through as a run of ~1,000 kcal.
- **45 km/h up to 1 km.** Sprints: 100 m in 9.58 s is 37.6 km/h (top speed ~44.7 km/h).
- **1.5 km/h at least.** Slower than a slow walk (science.md's walking rows start at 3.2 km/h):
  a distance or a time is wrong, or the watch ran on long after the run ended.
"""

from __future__ import annotations

from typing import Literal

MAX_RUN_KMH = 26.0
SPRINT_MAX_KMH = 45.0
SPRINT_MAX_KM = 1.0
MIN_RUN_KMH = 1.5

RunSpeed = Literal["plausible", "too_fast", "too_slow"]


def run_speed(distance_m: float, duration_s: float) -> RunSpeed:
    """Whether a run's average speed is one a human ran; `duration_s` must be positive."""
    kmh = distance_m / duration_s * 3.6
    limit = SPRINT_MAX_KMH if distance_m <= SPRINT_MAX_KM * 1000 else MAX_RUN_KMH
    if kmh > limit:
        return "too_fast"
    if kmh < MIN_RUN_KMH:
        return "too_slow"
    return "plausible"
