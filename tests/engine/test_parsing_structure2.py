"""Issue 15, the second "structure" round: shapes block g showed missed, checked on variants in
other words (scripts/corpus_probes_structure2.py): dictated numbers, day logs in other
layouts, several events, watch copy."""

from __future__ import annotations

import pytest

from engine.errors import ImplausibleValue, ParseError
from engine.events import MealLogged, RunLogged, WeightLogged
from tests.engine.test_parsing import only_meal as meal
from tests.engine.test_parsing import only_run as run
from tests.engine.test_parsing import parse


class TestDictatedNumbers:
    """A phone's dictation writes the figures in words; the run, weight or amount is the same
    as typed in digits."""

    @pytest.mark.parametrize(
        ("text", "km", "minutes"),
        [
            ("ran eight k in forty two minutes", 8, 42),
            ("did twelve kilometres in one hour and two minutes", 12, 62),
            ("five kay easy in twenty eight minutes", 5, 28),
            ("seven point five k in thirty nine minutes", 7.5, 39),
            ("nine and a half k in forty-nine minutes", 9.5, 49),
            ("ten k in forty eight minutes and thirty seconds", 10, 48.5),
        ],
    )
    def test_a_dictated_run(self, text: str, km: float, minutes: float) -> None:
        logged = run(text)
        assert logged.distance_m == pytest.approx(km * 1000)
        assert logged.duration_s == pytest.approx(minutes * 60)

    @pytest.mark.parametrize(
        ("text", "kg"),
        [
            ("weighed seventy one point four this morning", 71.4),
            ("weight is eighty two point six kilos", 82.6),
            ("I'm eleven stone six today", 72.57),
        ],
    )
    def test_a_dictated_weight(self, text: str, kg: float) -> None:
        (event,) = parse(text).events
        assert isinstance(event, WeightLogged)
        assert event.mass_kg == pytest.approx(kg, abs=0.01)

    def test_one_and_a_half_is_a_count(self) -> None:
        """ "one and a half bagels" is 1.5 bagels, not half a bagel."""
        (item,) = meal("had one and a half bagels").items
        assert item.quantity == pytest.approx(1.5)

    def test_a_food_s_own_number_words_stay_the_item_reader_s(self) -> None:
        """ "three quarters of a bagel" is three quarters, not 3 bagels."""
        bagel, eggs = meal("three quarters of a bagel and two eggs").items
        assert bagel.quantity == pytest.approx(0.75)
        assert eggs.quantity == 2

    def test_a_run_then_food_dictated(self) -> None:
        """A run-on of a run and a meal logs both."""
        events = parse("ran eight k in forty two minutes then had a bagel and a coffee").events
        assert [type(e) for e in events] == [RunLogged, MealLogged]


class TestDayLayouts:
    """A day's log in parts between slashes or bars, numbered on one line, or behind bullets:
    each part is a meal (or the run, or the weigh-in) of its own."""

    @pytest.mark.parametrize(
        ("text", "kinds"),
        [
            ("bagel / an apple / pasta 650 kcal", ["meal", "meal", "meal"]),
            ("porridge / chicken wrap 450 kcal / ran 6k 33:00", ["meal", "meal", "run"]),
            ("food today: porridge | ham sandwich | 2 bananas", ["meal", "meal", "meal"]),
            ("weight 71.2 | bagel | ran 10k 52:00", ["weight", "meal", "run"]),
            ("1) porridge 2) tuna sandwich 3) pasta 700 kcal", ["meal", "meal", "meal"]),
            ("• 7am porridge\n• 12pm 2 rice cakes\n• 5pm ran 10k 51:30", ["meal", "meal", "run"]),
            ("* 8am 2 eggs on toast\n* 10am 4 rice cakes", ["meal", "meal"]),
        ],
    )
    def test_each_part_is_its_own_event(self, text: str, kinds: list[str]) -> None:
        events = parse(text).events
        assert [e.kind for e in events] == kinds
        assert all(i.resolved for e in events if isinstance(e, MealLogged) for i in e.items)

    def test_a_clock_behind_a_bullet_is_no_amount(self) -> None:
        """ "• 11am 3 pancakes": 3 pancakes, eaten at 11."""
        _, pancakes = parse("• 6am coffee\n• 11am 3 pancakes").events
        assert isinstance(pancakes, MealLogged)
        assert pancakes.items[0].quantity == 3
        assert pancakes.items[0].resolved

    def test_a_list_that_says_nothing_of_the_day_is_one_meal(self) -> None:
        """ "porridge | ham sandwich | 2 bananas" may be one meal's foods; "1) oats 2) soup"
        too, as "2 eggs | toast | coffee" is."""
        assert [e.kind for e in parse("porridge | ham sandwich | 2 bananas").events] == ["meal"]
        assert len(parse("1) porridge 2) tuna sandwich 3) curry").events) == 1

    def test_one_slash_is_no_list(self) -> None:
        """ "chicken / rice" with one slash stays one meal."""
        assert len(parse("chicken / rice").events) == 1

    def test_a_correction_star_is_no_bullet(self) -> None:
        """ "*2 bananas" under a meal still corrects it."""
        items = meal("a banana and an apple\n*2 bananas").items
        assert [i.quantity for i in items if i.food == "banana"] == [2]


class TestWatchCopy:
    """What a watch shows beside the session (its burn, heart rate, cadence, climb) is neither
    a food nor another event."""

    @pytest.mark.parametrize(
        "text",
        [
            "Outdoor Run\n5.01KM\n26:40\n388 ACTIVE CAL\n172 SPM",
            "Treadmill Run\n7.00 km\n38:20\n512 TOTAL CAL\n149 AVG BPM",
            "Lunch Run 6.2 km 31:05\nTotal energy 455 kcal\nMax HR 171",
            "Run\nDistance 8.5 km\nTime 44:30\nCalories 590\nElevation gain 85 m",
        ],
    )
    def test_the_run_alone(self, text: str) -> None:
        (event,) = parse(text).events
        assert isinstance(event, RunLogged)

    @pytest.mark.parametrize(
        "text", ["long run 20k 1:50:00\nenergy gel x3", "5k 25:00. energy bar"]
    )
    def test_an_energy_food_after_the_run_is_food(self, text: str) -> None:
        """ "Total energy 455 kcal" is the watch's; "energy gel x3" under a run is eaten."""
        run_logged, eaten = parse(text).events
        assert isinstance(run_logged, RunLogged)
        assert isinstance(eaten, MealLogged)
        assert eaten.items[0].resolved


class TestWalksNotRuns:
    """A ruck (a march under a pack) and the 12-3-30 treadmill workout are walks or hikes: a
    runner's run figures and recovery nudges are not for them."""

    @pytest.mark.parametrize(
        "text",
        [
            "ruck march 8 miles 2:10:00",
            "rucked 10k with 20kg in 1:45:00",
            "weighted ruck 6 mi, 1:40:00",
            "twelve mile ruck w thirty five lb, 3:18:40",
        ],
    )
    def test_a_ruck_is_a_hike(self, text: str) -> None:
        (event,) = parse(text).events
        assert event.kind == "activity"
        assert event.activity == "hike"

    @pytest.mark.parametrize(
        "text", ["12-3-30 on the treadmill, 30 mins", "did the twelve-three-thirty workout"]
    )
    def test_twelve_three_thirty_is_a_walk(self, text: str) -> None:
        (event,) = parse(text).events
        assert event.kind == "activity"
        assert event.activity == "walk"


class TestListsAndQuestions:
    def test_a_question_between_slashes_logs_nothing(self) -> None:
        """ "fell race on saturday / 12 miles and 3000ft / any fuel tips?" is one question."""
        assert parse("fell race on saturday / 12 miles and 3000ft / any fuel tips?").events == ()

    def test_two_minute_noodles_are_no_minutes(self) -> None:
        """ "two minute noodles" after a run are food to ask about, not 2 minutes of the run."""
        result = parse("ran 5k 25:00 then two minute noodles")
        (logged,) = [e for e in result.events if isinstance(e, RunLogged)]
        assert logged.duration_s == 25 * 60
        assert result.unparsed or any(isinstance(e, MealLogged) for e in result.events)


class TestBullets:
    def test_a_bullet_within_a_line_is_a_comma(self) -> None:
        """ "big week • 85k in total" is talk, as "big week, 85k in total" is."""
        assert parse("big week • 85k in total").events == ()

    def test_bullets_before_numbered_lines(self) -> None:
        """ "• 1. 2 eggs on toast\n• 2. tuna sandwich": a meal a line, as without bullets."""
        assert len(parse("• 1. 2 eggs on toast\n• 2. tuna sandwich\n• 3. apple").events) == 3


class TestTimesOfOtherThings:
    def test_a_shift_s_hours_stay_words(self) -> None:
        """ "after a twelve hour shift" is no figure: the food after it is the meal, and the
        shift is shown back as it was said."""
        result = parse("after a twelve hour shift, jollof rice and chicken")
        (eaten,) = result.events
        assert isinstance(eaten, MealLogged)
        assert any("twelve hour shift" in i.text for i in eaten.items)


class TestFoodAfterARunWithoutFigures:
    """A measured food "after track" or "post run" is the meal, and the run only when it was
    eaten: the message was refused ("I couldn't find how far or how long you ran")."""

    @pytest.mark.parametrize(
        ("text", "food"),
        [
            ("16 oz chocolate milk after track", "chocolate milk"),
            ("500ml chocolate milk after intervals", "chocolate milk"),
            ("2 slices of toast after my run", "toast"),
        ],
    )
    def test_the_food_is_logged(self, text: str, food: str) -> None:
        logged = meal(text)
        assert [item.food for item in logged.items] == [food]
        assert logged.kcal > 100

    def test_a_run_without_figures_and_no_food_still_asks(self) -> None:
        with pytest.raises(ParseError, match="how far or how long"):
            parse("ran after work")


def test_a_dash_bullet_before_a_figure_is_no_minus_sign() -> None:
    """A day's list with "- " bullets was refused whole as "a negative number" when a line
    started with a figure ("- 8 mi 1:09:30"); each of its lines is now its own event, as
    with "*" bullets. A minus on the figure itself still is one."""
    logged = parse("Today\n- bagel + pb\n- 8 mi 1:09:30\n- 2 bananas").events
    runs = [e for e in logged if isinstance(e, RunLogged)]
    assert [r.distance_m for r in runs] == [pytest.approx(8 * 1609.344, abs=1)]
    meals = [[i.food for i in e.items] for e in logged if isinstance(e, MealLogged)]
    assert meals == [["bagel", "peanut butter"], ["banana"]]
    with pytest.raises(ImplausibleValue):
        parse("notes\n-8 mi")
