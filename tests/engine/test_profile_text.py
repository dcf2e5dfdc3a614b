"""Typed setup answers in the forms runners type them (issue 13, point 2)."""

from __future__ import annotations

import pytest

from engine.errors import ParseError
from engine.profile import Profile
from engine.profile_text import read_answer, read_clock, update_profile
from engine.setup import STEPS, Step, wants_to_leave


class TestAnswers:
    @pytest.mark.parametrize(("step", "text", "value"), [
        ("units", "miles", "imperial"),
        ("units", "imperial", "imperial"),
        ("units", "lb", "imperial"),
        ("units", "miles, lb", "imperial"),
        ("units", "I use miles please", "imperial"),
        ("units", "metric", "metric"),
        ("units", "kg", "metric"),
        ("units", "km, kg", "metric"),
        ("sex", "f", "female"),
        ("sex", "Woman", "female"),
        ("sex", "I'm a woman", "female"),
        ("sex", "male", "male"),
        ("sex", "M", "male"),
        ("age", "34", "34"),
        ("age", "I'm 34", "34"),
        ("age", "I’m 34.", "34"),
        ("age", "34 years", "34"),
        ("age", "34 years old", "34"),
        ("age", "34yo", "34"),
        ("height", "5'11", "180.3cm"),
        ("height", "5 ft 11", "180.3cm"),
        ("height", "5'6\"", "167.6cm"),
        ("height", "5’6”", "167.6cm"),
        ("height", "5 foot 11 inches", "180.3cm"),
        ("height", "180cm", "180.0cm"),
        ("height", "180", "180.0cm"),
        ("height", "1.80 m", "180.0cm"),
        ("height", "1,75m", "175.0cm"),
        ("height", "I'm 6 ft", "182.9cm"),
        ("weight", "165 lb", "74.84kg"),
        ("weight", "165 lbs", "74.84kg"),
        ("weight", "72.5kg", "72.50kg"),
        ("weight", "72,5 kg", "72.50kg"),
        ("weight", "11st 4lb", "71.67kg"),
        ("weight", "11 stone 4", "71.67kg"),
        ("weight", "I weigh 80 kg", "80.00kg"),
        ("goal", "lose 1 lb", "lose-1"),
        ("goal", "lose 0.68 kg ℹ️", "lose-1.5"),
        ("goal", "lose 0.45", "lose-1"),
        ("goal", "maintain", "maintain"),
        ("goal", "Maintain.", "maintain"),
        ("goal", "keep my weight", "maintain"),
        ("goal", "gain 0.23", "gain-0.5"),
        ("goal", "lose weight", "lose-0.5"),
        ("goal", "lose 1 lb per week", "lose-1"),
        ("goal", "lose 0.5 kg a week", "lose-1"),
        ("goal", "I want to lose 0.25 kg/week", "lose-0.5"),
        ("summary", "9pm", "21:00"),
        ("summary", "9 pm", "21:00"),
        ("summary", "21:00", "21:00"),
        ("summary", "at 9:30 pm", "21:30"),
        ("summary", "9", "21:00"),
        ("summary", "21h", "21:00"),
    ])
    def test_a_typed_answer_is_read(self, step: Step, text: str, value: str) -> None:
        """Each step reads the natural ways of answering it."""
        assert read_answer(step, text, units="metric") == value

    @pytest.mark.parametrize("text", [
        "ran 5 miles in 42 min", "2 eggs and toast", "a banana", "weight 180 lb", "help",
        "ran 10k in 52 min", "how am I doing?",
    ])
    @pytest.mark.parametrize("step", [s for s in STEPS if s != "tz"])
    def test_a_log_is_no_answer(self, step: Step, text: str) -> None:
        """Runs, meals and weigh-ins fit no step, so they are read as messages."""
        assert read_answer(step, text, units="metric") is None

    def test_a_bare_weight_is_in_the_runners_units(self) -> None:
        """'165' means pounds to an imperial runner, kilograms to a metric one."""
        assert read_answer("weight", "165", units="imperial") == "74.84kg"
        assert read_answer("weight", "72", units="metric") == "72.00kg"

    def test_a_bare_goal_rate_is_in_the_runners_units(self) -> None:
        """'lose 1' is the imperial button's label; to a metric runner it means 1 kg a week."""
        assert read_answer("goal", "lose 1", units="imperial") == "lose-1"
        assert read_answer("goal", "lose 1.5 ℹ️", units="imperial") == "lose-1.5"
        assert read_answer("goal", "lose 0.5", units="metric") == "lose-1"
        assert read_answer("goal", "lose 1", units="metric") == "lose-2"

    def test_a_goal_faster_than_the_list_is_refused_plainly(self) -> None:
        """'lose 2 kg a week' is 4.4 lb: refused with the fastest goal on offer."""
        with pytest.raises(ParseError, match="fastest goal"):
            read_answer("goal", "lose 2 kg a week", units="metric")

    def test_the_answers_are_accepted_by_the_profile(self) -> None:
        """Every value a reader returns is one `/profile key=value` takes."""
        answers = {"units": "miles", "sex": "f", "age": "I'm 34", "height": "5'6\"",
                   "weight": "11st 4lb", "goal": "lose 1 lb", "summary": "9pm"}
        pairs = " ".join(f"{step}={read_answer(step, text, units='metric')}"  # type: ignore[arg-type]
                         for step, text in answers.items())
        profile = update_profile(Profile(), pairs)
        assert (profile.units, profile.sex, profile.age, profile.goal) == (
            "imperial", "female", 34, "lose-1")
        assert round(profile.height_cm or 0) == 168
        assert round(profile.weight_kg or 0, 1) == 71.7
        assert profile.summary_time.hour == 21


class TestClockAndLeaving:
    @pytest.mark.parametrize(("text", "hour", "minute"), [
        ("14:05", 14, 5), ("it's 14:05 here", 14, 5), ("it is 2:05 pm", 14, 5),
        ("now 9am", 9, 0),
    ])
    def test_a_clock_reading_is_read(self, text: str, hour: int, minute: int) -> None:
        """The time on the runner's phone, as they would write it."""
        found = read_clock(text)
        assert found is not None and (found.hour, found.minute) == (hour, minute)

    def test_a_meal_is_no_clock_reading(self) -> None:
        assert read_clock("2 eggs and toast") is None

    @pytest.mark.parametrize("text", ["skip", "Stop!", "cancel", "later", "stop asking",
                                      "skip setup", "not now", "Skip it please"])
    def test_words_that_end_the_setup(self, text: str) -> None:
        assert wants_to_leave(text)

    @pytest.mark.parametrize("text", ["ran 5k", "skip breakfast, 2 eggs at 10", "later run 5k"])
    def test_a_message_with_those_words_in_it_is_not_leaving(self, text: str) -> None:
        assert not wants_to_leave(text)
