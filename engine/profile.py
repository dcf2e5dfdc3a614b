"""A runner's profile: what the formulas need, with the defaults science.md asks for."""

from __future__ import annotations

from datetime import time
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Sex = Literal["male", "female"]
Units = Literal["metric", "imperial"]

#: The goal list users know from calorie trackers, in lb/week (science.md §7).
GOALS: dict[str, float] = {
    "gain-2": 2.0,
    "gain-1.5": 1.5,
    "gain-1": 1.0,
    "gain-0.5": 0.5,
    "maintain": 0.0,
    "lose-0.5": -0.5,
    "lose-1": -1.0,
    "lose-1.5": -1.5,
    "lose-2": -2.0,
}

DEFAULT_WEIGHT_KG = 70.0
DEFAULT_NEF = 1.4  # science.md §2: non-exercise factor, "1.4 (default)"


class Profile(BaseModel):
    """Everything known about one runner. Unknown values stay None and formulas fall back."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    sex: Sex | None = None
    age: int | None = Field(default=None, ge=13, le=100)
    height_cm: float | None = Field(default=None, ge=120, le=230)
    weight_kg: float | None = Field(default=None, ge=30, le=250)
    body_fat_pct: float | None = Field(default=None, ge=3, le=60)
    units: Units = "metric"
    nef: float = Field(default=DEFAULT_NEF, ge=1.2, le=1.8)
    goal: str = "maintain"
    protein_g_per_kg: float | None = Field(default=None, ge=0.8, le=3.0)
    tz: str = "UTC"
    summary_time: time = time(21, 0)
    recovery_delay_min: int = Field(default=30, ge=0, le=240)
    recovery_min_run_min: int = Field(default=45, ge=0, le=600)
    reminders: bool = True
    quiet_start: time | None = None
    quiet_end: time | None = None

    @property
    def goal_lb_per_week(self) -> float:
        return GOALS[self.goal]
