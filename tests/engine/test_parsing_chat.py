"""Issue 15: chat logs nothing. Plans, runs and weights named in passing, eating with no food
named; and fuel products are food, not runs. New messages in the shapes the second held-out
block of 2026-11-30 showed."""

from __future__ import annotations

import pytest

from engine.events import MealLogged, RunLogged, WeightLogged
from tests.engine.test_parsing import parse


@pytest.mark.parametrize(
    "text",
    [
        "going for a 12k later",
        "going for my long run after work, 16 miles",
        "aiming for sub 45 at the 10k on sunday",
        "heading out for a 5 mile run now",
        "thinking of doing the half in march",
        "will run 8 tomorrow",
        "planning 20 miles saturday",
        "still sore from yesterday's 18 miler",
        "hamstrings wrecked after sunday's half marathon",
        "my last half was 1:52",
        "my fastest 5k was 22:10 back in 2019",
        "I was 14 stone last year, now 12 🙂",
        "used to be 90kg",
        "ate way too much at the office party lol",
        "pigged out again",
        "my mum made a big curry, saving it for after the long run",
    ],
)
def test_chat_logs_nothing_and_is_not_asked_about(text: str) -> None:
    result = parse(text)
    assert result.events == ()
    assert result.unparsed == ()  # nothing to ask the runner about
    assert result.intent == "chat"


class TestTheLogStillCounts:
    def test_a_run_yesterday_is_logged_on_yesterday(self) -> None:
        (logged,) = parse("did 18 miles yesterday").events
        assert isinstance(logged, RunLogged)
        assert logged.distance_m == pytest.approx(28968, abs=5)
        assert logged.at.date() < parse("did 18 miles").events[0].at.date()

    def test_a_run_beside_an_old_time_is_logged(self) -> None:
        (logged,) = parse("ran 5k 24:30, my last 5k was 26 min").events
        assert isinstance(logged, RunLogged)
        assert logged.duration_s == pytest.approx(24 * 60 + 30)

    @pytest.mark.parametrize(
        ("text", "km"),
        [
            ("was going for a pb but blew up, 10k 46:00", 10),
            ("aiming for 5:00/km, ran 10k 50:12", 10),
            ("sore from yesterday but ran 5k 28 min", 5),
            ("after yesterday's long run, easy 3 miles 30 min", 4.828),
        ],
    )
    def test_a_run_done_beside_a_plan_or_a_mention_is_logged(self, text: str, km: float) -> None:
        (logged,) = parse(text).events
        assert isinstance(logged, RunLogged)
        assert logged.distance_m == pytest.approx(km * 1000, abs=2)

    def test_a_weigh_in_this_morning_is_logged(self) -> None:
        (logged,) = parse("12 stone this morning").events
        assert isinstance(logged, WeightLogged)
        assert logged.mass_kg == pytest.approx(76.2, abs=0.1)

    def test_a_lot_of_a_named_food_is_a_meal(self) -> None:
        (logged,) = parse("had a lot of rice").events
        assert isinstance(logged, MealLogged)
        assert logged.items[0].food is not None

    def test_too_much_then_the_food_is_the_food(self) -> None:
        (logged,) = parse("ate too much at lunch, pizza and chips").events
        assert isinstance(logged, MealLogged)
        assert len(logged.items) == 2


class TestFuelIsNoRun:
    def test_mince_pies_are_not_minutes(self) -> None:
        (logged,) = parse("3 mince pies after the club christmas run").events
        assert isinstance(logged, MealLogged)
        assert logged.items[0].quantity == 3

    def test_minutes_with_a_typo_still_count(self) -> None:
        (logged,) = parse("ran 5k in 26 minz").events
        assert isinstance(logged, RunLogged)
        assert logged.duration_s == 26 * 60

    def test_a_maurten_number_is_its_kcal(self) -> None:
        (logged,) = parse("maurten 100 x3").events
        assert isinstance(logged, MealLogged)
        assert logged.kcal == pytest.approx(300)

    def test_a_bar_from_parkrun_logs_no_parkrun(self) -> None:
        (logged,) = parse("a twix from parkrun").events
        assert isinstance(logged, MealLogged)

    def test_a_drink_over_the_run_is_fuel(self) -> None:
        (logged,) = parse("tailwind 2 scoops over the run, 200 kcal").events
        assert isinstance(logged, MealLogged)
        assert logged.kcal == pytest.approx(200)


@pytest.mark.parametrize(
    "text",
    [
        "my friend weighs 12 stone and eats 3000 kcal a day",  # someone else's
        "the missus ran 10k in 49 min, beat me",
        "I did a 3:30 marathon two years ago, aiming for 3:15",  # long ago
        "four years ago I weighed 98kg",
        "remind me to stretch later",  # a request to the bot
        "i normally have 2 weetabix before a run",  # a habit
        "the half is 4 weeks away",  # a race ahead
        "lap 2 was a disaster",  # a lap, and no run
        "my watch says recovery time 48h",  # a device's statistic
        "target weight 66kg",  # a target, not a weigh-in
        "need to do a 10k tempo tomorrow",  # an intent
        "if i run 20 miles can i have pizza",  # a hypothesis
        "the woman in front of me had a whole pizza",  # someone else, cut at "had"
    ],
)
def test_not_the_runners_now_logs_nothing_and_is_not_asked_about(text: str) -> None:
    """Issue 15, the classes of chat that invented events on block d: someone else's run,
    weight or meal, the years before, a request to the bot, a habit, a race ahead."""
    result = parse(text)
    assert result.events == ()
    assert result.unparsed == ()
    assert result.intent == "chat"


def test_steps_are_daily_living_not_a_run() -> None:
    result = parse("9k steps today")
    assert result.events == ()
    assert result.unparsed == ()


def test_a_request_for_the_days_numbers_is_a_question() -> None:
    """ "tell me my protein for today" is answered, not read as a meal of "my protein"."""
    result = parse("tell me my protein for today")
    assert result.events == ()
    assert result.intent == "question"


@pytest.mark.parametrize(
    ("text", "km"),
    [
        ("me and my friend ran 8k in 46 min", 8.0),
        ("first 10k since my injury two years ago, 52:10 today", 10.0),
        ("ran 5k 3 hours ago in 26:30", 5.0),
    ],
)
def test_the_runners_own_run_in_the_same_words_is_logged(text: str, km: float) -> None:
    (run,) = parse(text).events
    assert isinstance(run, RunLogged)
    assert run.distance_m == pytest.approx(km * 1000)


@pytest.mark.parametrize("text", ["no worries", "no problem!", "no probs mate", "np", "no bother"])
def test_no_worries_is_small_talk_not_asked_about(text: str) -> None:
    """The bot had answered "I didn't catch 'no worries'"."""
    result = parse(text)
    assert result.events == ()
    assert result.unparsed == ()
