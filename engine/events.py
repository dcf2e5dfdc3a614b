"""What a runner can log, as immutable values.

Every event carries `at`, an aware UTC datetime: a run's or session's start, a meal's time,
the moment of a weigh-in. Units live in field names (STYLE.md 3.1). `estimated` names the fields
the parser filled in itself rather than read from the message, so replies can say so.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta
from functools import cached_property
from typing import Annotated, Any, Literal, NamedTuple, Self

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

# `AwareDatetime` (pydantic's): a naive event time is refused inside pydantic-core. A Python
# validator here ran on every event read back from storage (a runner's first message decodes
# a month of them).


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class FoodItem(_Frozen):
    """One piece of a meal. Numbers are None when the food was not recognised."""

    text: str
    food: str | None = None
    source: str | None = None  # "usda:NDB_NO", "user" or "stated"
    quantity: float | None = None
    unit: str | None = None
    grams: float | None = None
    kcal: float | None = None
    protein_g: float | None = None
    carbs_g: float | None = None
    fat_g: float | None = None
    resolved: bool = True
    suggestions: tuple[str, ...] = ()


class _Recorded(_Frozen):
    """What a watch file (or Strava) adds to an exercise; typed entries keep the defaults."""

    source: Literal["text", "fit", "gpx", "tcx", "strava"] = "text"
    elapsed_s: float | None = None  # start to end, pauses included (duration_s excludes them)
    avg_heart_rate: float | None = None
    device_kcal: float | None = None  # the device's own (gross) figure
    sport: str | None = None  # as the file states it


class RunLogged(_Recorded):
    kind: Literal["run"] = "run"
    at: AwareDatetime
    distance_m: float
    duration_s: float
    elevation_gain_m: float | None = None
    energy_kcal: float
    tags: tuple[str, ...] = ()
    estimated: tuple[str, ...] = ()

    @property
    def ended_at(self) -> datetime:
        return self.at + timedelta(seconds=self.elapsed_s or self.duration_s)


class StrengthLogged(_Frozen):
    kind: Literal["strength"] = "strength"
    at: AwareDatetime
    duration_s: float
    energy_kcal: float
    tags: tuple[str, ...] = ()
    estimated: tuple[str, ...] = ()


class ActivityLogged(_Recorded):
    """Any exercise other than running or strength work (walk, cycle, swim, hike, yoga...)."""

    kind: Literal["activity"] = "activity"
    activity: str
    at: AwareDatetime
    duration_s: float
    distance_m: float | None = None
    energy_kcal: float
    estimated: tuple[str, ...] = ()


MealKind = Literal["breakfast", "lunch", "dinner", "snack", "recovery"]


class MealLogged(_Frozen):
    kind: Literal["meal"] = "meal"
    at: AwareDatetime
    meal: MealKind | None = None
    items: tuple[FoodItem, ...]

    # The sums are kept once per meal object, on first read: the balance reads each meal of a
    # day every time the day is summed. `functools.cached_property` writes the instance's
    # `__dict__` without pydantic's frozen check and costs nothing when a meal is decoded (a
    # runner's first message decodes a month of meals); a pydantic private attribute would cost
    # a Python hook on every construct. pydantic leaves the cached key out of dumps, equality
    # and hashing; `model_copy` drops it, since an update may change the items.

    @cached_property
    def sums(self) -> tuple[float, float, float, float, int]:
        """(kcal, protein g, carbs g, fat g) of the resolved items, and how many are not.

        One cached key: a meal's `__dict__` holds its four fields and room for one more; a
        second key would grow every kept meal's dict (88 bytes).
        """
        kcal = protein = carbs = fat = 0.0
        unresolved = 0
        for i in self.items:
            if i.resolved:
                kcal += i.kcal or 0.0
                protein += i.protein_g or 0.0
                carbs += i.carbs_g or 0.0
                fat += i.fat_g or 0.0
            else:
                unresolved += 1
        return kcal, protein, carbs, fat, unresolved

    @property
    def totals(self) -> tuple[float, float, float, float]:
        """(kcal, protein g, carbs g, fat g) of the resolved items."""
        return self.sums[:4]

    def model_copy(self, *, update: Mapping[str, Any] | None = None, deep: bool = False) -> Self:
        copied = super().model_copy(update=update, deep=deep)
        copied.__dict__.pop("sums", None)
        return copied

    @property
    def kcal(self) -> float:
        return self.sums[0]

    @property
    def protein_g(self) -> float:
        return self.sums[1]

    @property
    def carbs_g(self) -> float:
        return self.sums[2]

    @property
    def fat_g(self) -> float:
        return self.sums[3]

    @property
    def unresolved(self) -> tuple[FoodItem, ...]:
        return tuple(i for i in self.items if not i.resolved)

    @property
    def unresolved_count(self) -> int:
        return self.sums[4]

    def scaled(self, factor: float) -> MealLogged:
        """The same meal with every amount times `factor` (the Fix button: half, double...)."""

        def times(value: float | None) -> float | None:
            return None if value is None else value * factor

        items = tuple(
            item.model_copy(update={
                "quantity": times(item.quantity), "grams": times(item.grams),
                "kcal": times(item.kcal), "protein_g": times(item.protein_g),
                "carbs_g": times(item.carbs_g), "fat_g": times(item.fat_g)})
            for item in self.items
        )
        return MealLogged(at=self.at, meal=self.meal, items=items)


class WeightLogged(_Frozen):
    kind: Literal["weight"] = "weight"
    at: AwareDatetime
    mass_kg: float


Exercise = RunLogged | StrengthLogged | ActivityLogged
#: The `kind` of each event model below, for asking storage for some kinds only.
EventKind = Literal["run", "strength", "activity", "meal", "weight"]
Event = Annotated[
    RunLogged | StrengthLogged | ActivityLogged | MealLogged | WeightLogged,
    Field(discriminator="kind"),
]


class StoredEvent(_Frozen):
    """An event as storage hands it back: with its id and who logged it."""

    id: int
    user_id: int
    event: Event


#: What became of a stored event: still counted, undone, or replaced by a newer version
#: (an edited message, a Fix, a watch file merged with a typed run).
EventFate = Literal["live", "undone", "replaced"]


def paced(run: RunLogged) -> bool:
    """Whether a run's pace counts toward guessing a duration-only run's distance: its
    distance was stated (or came from a file), not guessed."""
    return run.distance_m > 0 and "distance_km" not in run.estimated


class Summary(NamedTuple):
    """A stored event as a runner's balance reads it, without its payload (storage keeps it
    beside the payload, so a runner's first message decodes no month of meals).

    `values`: a meal's `sums` (kcal, protein, carbs, fat, unresolved items), an exercise's
    energy (a run's, then its duration and distance when `paced`), a weigh-in's mass.
    """

    id: int
    kind: EventKind
    at: datetime
    values: tuple[float, ...]


def summary_values(event: Event) -> tuple[float, ...]:
    """`Summary.values` of an event."""
    if isinstance(event, MealLogged):
        return event.sums
    if isinstance(event, WeightLogged):
        return (event.mass_kg,)
    if isinstance(event, RunLogged) and paced(event):
        return event.energy_kcal, event.duration_s, event.distance_m
    return (event.energy_kcal,)
