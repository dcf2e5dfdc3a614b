"""The /start setup as data: which question is pending, and when it stops waiting.

The step lives in the database (`setups` table), not in a dialog object in memory, so a
restart or a second worker resumes it, and so a message that is not an answer can be read
as the log it is while the question stays open (issue 13, "a log is a log in any state").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

Step = Literal["units", "sex", "age", "height", "weight", "goal", "tz", "summary"]
#: The questions in the order they are asked; each is the `/profile` key it fills.
STEPS: tuple[Step, ...] = ("units", "sex", "age", "height", "weight", "goal", "tz", "summary")
#: Setup ends by itself after this much silence: a later "34" is just a message again.
SETUP_TIMEOUT = timedelta(minutes=30)

_LEAVE = re.compile(
    r"^(?:skip|stop|cancel|later|quit|exit|enough|no thanks|not now|maybe later|leave me alone)"
    r"(?: (?:it|this|that|setup|set ?up|the setup|questions|the questions|asking|for now|"
    r"please|pls|thanks|now))*$"
)


@dataclass(frozen=True, slots=True)
class SetupState:
    """One runner's open setup: the pending step, when they last spoke, if it was re-asked."""

    step: Step
    at: datetime  # UTC: the question was asked or the runner last wrote during setup
    reasked: bool = False

    def expired(self, now: datetime) -> bool:
        return now - self.at >= SETUP_TIMEOUT


def next_step(step: Step) -> Step | None:
    """The step after `step`, or None when it was the last one."""
    index = STEPS.index(step) + 1
    return STEPS[index] if index < len(STEPS) else None


def is_step(value: str) -> bool:
    return value in STEPS


def wants_to_leave(text: str) -> bool:
    """'skip', 'stop', 'cancel', 'later', 'stop asking' and the like, in words."""
    words = re.sub(r"[^\w ]+", " ", text.lower())
    return bool(_LEAVE.match(" ".join(words.split())))
