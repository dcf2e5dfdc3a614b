"""The /week chart: intake against expenditure, protein against target, the weight trend.

matplotlib is CPU-bound and not thread-safe through pyplot, so this uses the object API
(`Figure` + Agg canvas) and the handler runs it in a worker thread, off the event loop.
"""

from __future__ import annotations

import io
import math
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from engine.balance import DayBalance
from engine.units import mass_unit, mass_value

if TYPE_CHECKING:
    from matplotlib.axes import Axes

INTAKE = "#2a9d8f"
BURNED = "#e76f51"
PROTEIN = "#264653"
#: science.md §10 (rev 2): the weight axis spans at least ±1 kg (±2 lb) around the mean, so
#: 0.05 kg of scale noise never looks like a plunge.
MIN_HALF_RANGE = {"metric": 1.0, "imperial": 2.0}


def energy_lines(days: Sequence[DayBalance],
                 joined: date | None) -> tuple[list[float], list[float]]:
    """The "burned" bars and the target line: none on days before `joined` with no entry."""
    known = [joined is None or d.date >= joined or bool(d.intake_kcal or d.exercise_kcal)
             for d in days]
    return ([d.expenditure_kcal if k else 0.0 for d, k in zip(days, known, strict=True)],
            [d.target_kcal if k else math.nan for d, k in zip(days, known, strict=True)])


def week_chart(days: Sequence[DayBalance], units: str = "metric", *,
               joined: date | None = None) -> bytes:
    """A PNG of the given days (oldest first).

    Days before the runner `joined` with nothing logged get no "burned" bar and no target:
    the coach knew nothing of them, and a resting estimate there reads like a real day.
    """
    # Imported here: matplotlib costs up to a second of start-up, and most runs never chart.
    from matplotlib.backends.backend_agg import FigureCanvasAgg  # noqa: PLC0415
    from matplotlib.figure import Figure  # noqa: PLC0415

    fig = Figure(figsize=(7, 6), dpi=100, layout="constrained")
    FigureCanvasAgg(fig)
    energy, protein, weight = fig.subplots(3, 1, sharex=True,
                                           gridspec_kw={"height_ratios": [3, 2, 2]})
    labels = [f"{d.date:%a}\n{d.date:%d}" for d in days]
    xs = list(range(len(days)))
    width = 0.38
    energy.bar([x - width / 2 for x in xs], [d.intake_kcal for d in days], width,
               label="eaten", color=INTAKE)
    burned, target = energy_lines(days, joined)
    energy.bar([x + width / 2 for x in xs], burned, width, label="burned", color=BURNED)
    if all(d.has_energy_target for d in days):  # under 18: no energy target (science.md §10)
        energy.plot(xs, target, "k--", linewidth=1, label="target")
    energy.set_ylabel("kcal (estimates)")
    energy.margins(y=0.25)  # headroom so the legend never covers a bar
    energy.legend(loc="upper left", fontsize="small", ncols=3)
    energy.set_title("Your last 7 days")

    protein.bar(xs, [d.protein_g for d in days], 0.6, color=PROTEIN, label="protein")
    protein.plot(xs, [d.protein_target_g for d in days], "k--", linewidth=1, label="target")
    protein.set_ylabel("protein g")
    protein.margins(y=0.3)
    protein.legend(loc="upper left", fontsize="small", ncols=2)

    _weight_panel(weight, xs, days, units)
    weight.set_xticks(xs, labels)
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png")
    return buffer.getvalue()


def _weight_panel(ax: Axes, xs: list[int], days: Sequence[DayBalance], units: str) -> None:
    """Raw weigh-ins as dots, the smoothed trend as a line, on a range of at least ±1 kg."""
    trend = [(x, mass_value(d.weight_trend_kg, units)) for x, d in zip(xs, days, strict=True)
             if d.weight_trend_kg is not None]
    dots = [(x, mass_value(d.weigh_in_kg, units)) for x, d in zip(xs, days, strict=True)
            if d.weigh_in_kg is not None]
    if not trend and not dots:
        ax.text(0.5, 0.5, "log your weight to see the trend", ha="center", va="center",
                transform=ax.transAxes)
        ax.set_yticks([])
        return
    if trend:
        ax.plot([x for x, _ in trend], [w for _, w in trend], "-", color=PROTEIN, label="trend")
    if dots:
        ax.plot([x for x, _ in dots], [w for _, w in dots], "o", color=BURNED, markersize=4,
                label="weigh-ins")
    ax.set_ylim(*weight_limits([w for _, w in trend + dots], units))
    ax.set_ylabel(f"weight {mass_unit(units)}")
    ax.legend(loc="upper left", fontsize="small", ncols=2)


def weight_limits(values: Sequence[float], units: str) -> tuple[float, float]:
    """The weight axis: centred on the values, at least ±1 kg (±2 lb), 20 % headroom."""
    middle = (max(values) + min(values)) / 2
    half = max(MIN_HALF_RANGE.get(units, 1.0), (max(values) - min(values)) / 2 * 1.2)
    return middle - half, middle + half
