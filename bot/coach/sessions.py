"""Is a session that arrives by itself one the runner already logged? One rule for every source.

A run reaches the coach up to three ways: typed ("ran 10k in 52 min"), as a watch file, and
from Strava. Counting it twice would double the day's exercise energy, so a watch file's and a
Strava activity's sessions are matched against what is stored before they are logged, both
through `repeated` here: the match replaces the stored entry instead of being added beside it.

The rule, stated once:
- *same*: `engine.dedupe.find_duplicate` decides (same kind of exercise, overlapping time
  ranges, distances, or durations, within 10 %; a typed run without a time reaches back 12 h);
- *where to look*: stored entries of the same kind from `REACH` before the session's start
  to `REACH` after its end, which covers every range `find_duplicate` can match.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

from bot.coach.ports import EventStore
from engine.dedupe import Session, find_duplicate

#: A typed run without a time is matched up to 12 h 10 min after a recorded one ends
#: (engine.dedupe's slacks), and a long typed session may start hours before: 15 h covers both.
REACH = timedelta(hours=15)


async def repeated(events: EventStore, user_id: int,
                   sessions: Sequence[Session]) -> tuple[int, ...]:
    """Ids of stored entries that are the same sessions as `sessions` (each at most once)."""
    found: list[int] = []
    for session in sessions:
        end = session.at + timedelta(seconds=session.elapsed_s or session.duration_s)
        existing = await events.between(user_id, session.at - REACH, end + REACH,
                                        kinds=[session.kind])
        same = find_duplicate(session, [s for s in existing if s.id not in found])
        if same is not None:
            found.append(same.id)
    return tuple(found)
