"""Issue 15: a figure sent alone corrects the entry just logged ("sorry, 53 min", "oops, 8k
not 10k", "meant 72.4 kg"): which figures it says, and the entry put right."""

from __future__ import annotations

import pytest

from engine.events import RunLogged, WeightLogged
from engine.parsing.amends import Amendment, amend, bare_amendment
from tests.engine.test_parsing import a_context, parse


class TestAFigureSentAlone:
    @pytest.mark.parametrize(
        ("text", "amendment"),
        [
            ("sorry, 53 min", Amendment(duration_s=53 * 60)),
            ("oops, 8k not 10k", Amendment(distance_m=8000)),
            ("8k not 10k", Amendment(distance_m=8000)),
            ("make that 41:30", Amendment(duration_s=41 * 60 + 30, hours_s=(41 * 60 + 30) * 60)),
            ("sorry, 8k in 41:30", Amendment(distance_m=8000, duration_s=2490,
                                             hours_s=2490 * 60)),
            ("meant 72.4 kg", Amendment(mass_kg=72.4)),
            ("no wait, 46 min", Amendment(duration_s=46 * 60)),
        ],
    )
    def test_its_figures_are_read(self, text: str, amendment: Amendment) -> None:
        assert bare_amendment(text) == amendment

    @pytest.mark.parametrize(
        "text",
        ["53 min", "sorry 53", "ran 10k", "weighed 72.4", "sorry, 10k 45:10 and 2 eggs",
         "sorry 2 eggs", "8k 10k sorry"],
    )
    def test_a_log_or_a_bare_number_is_none(self, text: str) -> None:
        """Without a correction's word or "not", or without a unit, it is no correction."""
        assert bare_amendment(text) is None


def _run(text: str) -> RunLogged:
    [run] = parse(text).events
    assert isinstance(run, RunLogged)
    return run


class TestTheEntryPutRight:
    def test_a_run_keeps_its_end_with_a_new_time(self) -> None:
        """'sorry, 53 min' after 'ran 10k in 52 min': the run ended when it ended."""
        run = _run("ran 10k in 52 min")
        new = amend(run, Amendment(duration_s=53 * 60), a_context())
        assert isinstance(new, RunLogged)
        assert (new.distance_m, new.duration_s, new.ended_at) == (10_000, 3180, run.ended_at)

    def test_a_time_estimated_from_the_pace_follows_a_new_distance(self) -> None:
        """'ran 10k' (its time from the pace), then 'oops, 8k': 8k at the same pace."""
        run = _run("ran 10k")
        new = amend(run, Amendment(distance_m=8000), a_context())
        assert isinstance(new, RunLogged)
        assert new.duration_s == pytest.approx(run.duration_s * 0.8)
        assert new.energy_kcal < run.energy_kcal

    def test_a_lone_clock_too_fast_as_minutes_is_hours(self) -> None:
        """'actually 1:52' after a half marathon is 1 h 52, not 1 min 52 s."""
        run = _run("half marathon 1:49:30")
        new = amend(run, bare_amendment("actually 1:52") or Amendment(), a_context())
        assert isinstance(new, RunLogged)
        assert new.duration_s == 112 * 60

    def test_a_weight_is_no_run_s(self) -> None:
        """A weight said alone after a run corrects no run."""
        assert amend(_run("ran 10k in 52 min"), Amendment(mass_kg=72), a_context()) is None

    def test_a_weigh_in_takes_the_new_weight(self) -> None:
        [weight] = parse("weight 72.1").events
        new = amend(weight, Amendment(mass_kg=72.4), a_context())
        assert isinstance(new, WeightLogged) and new.mass_kg == 72.4
