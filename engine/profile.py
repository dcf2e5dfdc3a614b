"""A runner's profile: what the formulas need, with the defaults science.md asks for."""

from __future__ import annotations

from datetime import date, time
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

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
#: science.md §7: "3,500 kcal per lb -> 500 kcal/day per lb/week".
KCAL_PER_LB = 3500.0


class Profile(BaseModel):
    """Everything known about one runner. Unknown values stay None and formulas fall back."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    sex: Sex | None = None
    age: int | None = Field(default=None, ge=13, le=100)
    birth_year: int | None = Field(default=None, ge=1900, le=2100)
    height_cm: float | None = Field(default=None, ge=120, le=230)
    weight_kg: float | None = Field(default=None, ge=30, le=250)
    body_fat_pct: float | None = Field(default=None, ge=3, le=60)
    units: Units = "metric"
    nef: float = Field(default=DEFAULT_NEF, ge=1.2, le=1.8)
    goal: str = "maintain"
    #: The local day the goal was last changed (science.md §8 rev 2: the first 14 days of a
    #: loss goal lose glycogen water, which the adaptive estimate counts at half).
    goal_since: date | None = None
    protein_g_per_kg: float | None = Field(default=None, ge=0.8, le=3.0)
    tz: str = "UTC"
    summary_time: time = time(21, 0)
    recovery_delay_min: int = Field(default=30, ge=0, le=240)
    recovery_min_run_min: int = Field(default=45, ge=0, le=600)
    reminders: bool = True
    quiet_start: time | None = None
    quiet_end: time | None = None
    weekly_day: int = Field(default=6, ge=0, le=6)  # weekly summary day, Monday = 0
    #: Nudge reasons (science.md §9 codes) the runner said "not now" to, until a local day.
    muted_until: dict[str, date] = Field(default_factory=dict)

    def in_quiet_hours(self, local: time) -> bool:
        """Whether a local time of day falls in the quiet hours (which may span midnight)."""
        if self.quiet_start is None or self.quiet_end is None:
            return False
        if self.quiet_start <= self.quiet_end:
            return self.quiet_start <= local < self.quiet_end
        return local >= self.quiet_start or local < self.quiet_end

    @field_validator("goal")
    @classmethod
    def _known_goal(cls, value: str) -> str:
        """Only the calorie-tracker list is accepted, so every goal maps to a daily delta."""
        if value not in GOALS:
            raise ValueError(f"goal must be one of {', '.join(GOALS)}")
        return value

    @property
    def goal_lb_per_week(self) -> float:
        return GOALS[self.goal]

    @property
    def goal_kcal_per_day(self) -> float:
        """The goal's daily delta: 3,500 kcal per lb spread over 7 days (science.md §7)."""
        return self.goal_lb_per_week * KCAL_PER_LB / 7

    def age_on(self, day: date) -> int | None:
        """Age in years on `day`: the stated age, else from the birth year (birthday unknown)."""
        if self.age is not None:
            return self.age
        if self.birth_year is not None:
            return max(0, day.year - self.birth_year)
        return None
