"""Issue 15, whole-day logs: a day's eating in one message, each meal its own event under its
label, beside the runs, sessions and weigh-ins among them (scripts/corpus_probes_wholeday.py)."""

from __future__ import annotations

import pytest

from engine.events import MealLogged, RunLogged
from tests.engine.test_parsing import BERLIN, parse


def meals(text: str) -> list[MealLogged]:
    return [e for e in parse(text).events if isinstance(e, MealLogged)]


def labels(text: str) -> list[str | None]:
    return [m.meal for m in meals(text)]


class TestLabelWords:
    """Labels in Australian, British and family words head a meal of their own."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("brekky: 2 weetbix\nsmoko: a banana\nlunch: a meat pie\narvo: an apple",
             ["breakfast", "snack", "lunch", "snack"]),
            ("breakie: porridge\nlunchie: soup\ndins: pasta",
             ["breakfast", "lunch", "dinner"]),
            ("brekkers 2 eggs, lunch a wrap, din din a curry", ["breakfast", "lunch", "dinner"]),
            ("lunch: soup\nafternoon tea: a scone\ndinner: lasagne", ["lunch", "snack", "dinner"]),
            ("morning tea: a muffin\nlunch: soup", ["snack", "lunch"]),
            ("dinner: pasta\npre-bed: 200g greek yoghurt", ["dinner", "snack"]),
            ("dinner: pasta\nbedtime snack: an apple", ["dinner", "snack"]),
        ],
    )
    def test_each_label_heads_its_own_meal(self, text: str, expected: list[str]) -> None:
        assert labels(text) == expected

    def test_pre_before_another_word_is_no_meal(self) -> None:
        """ "pre-hangover" after a run labels nothing: no meal is asked about."""
        events = parse("festival run: 5k round the campsite 29:30, pre-hangover").events
        assert [type(e) for e in events] == [RunLogged]


class TestTwoMealsOfOneKind:
    """A heading of the same meal's kind after a labelled meal starts a meal of its own."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("dinner: salmon 450 kcal\nsupper: 200g greek yoghurt", [450, 118]),
            ("lunch: soup 250 kcal; tea: a brew and a kitkat; dinner: curry 750 kcal",
             [250, 235, 750]),
        ],
    )
    def test_each_heading_is_a_meal(self, text: str, expected: list[float]) -> None:
        assert [round(m.sums[0], -1) for m in meals(text)] == [round(k, -1) for k in expected]

    def test_the_label_said_again_is_one_meal(self) -> None:
        assert labels("dinner: pasta, dinner was lovely") == ["dinner"]
        assert labels("salmon for dinner, dinner was lovely") == ["dinner"]

    def test_a_label_in_a_dish_s_name_under_a_heading(self) -> None:
        """ "lunch: roast beef dinner 800 kcal" is lunch, one meal, the dinner its name."""
        logged = meals("brekkie 2 weetabix. lunch roast beef dinner 800 kcal. supper a banana")
        assert [m.meal for m in logged] == ["breakfast", "lunch", "dinner"]
        assert round(logged[1].sums[0]) == 800


class TestKcalAfterTheLabel:
    """A food's kcal said after "for lunch" is the food's, and the label still its meal's."""

    @pytest.mark.parametrize(
        "text",
        [
            "porridge for breakfast, a wrap for lunch 450 kcal and a curry for dinner 750 kcal",
            "porridge for brekkie, a pasty for lunch (450 kcal), a pie for tea (750 cal)",
        ],
    )
    def test_each_meal_with_its_kcal(self, text: str) -> None:
        logged = meals(text)
        assert [m.meal for m in logged] == ["breakfast", "lunch", "dinner"]
        assert [round(m.sums[0]) for m in logged[1:]] == [450, 750]


class TestClockBesideTheLabel:
    """A clock between a meal's label and its food is the meal's time, no food's count."""

    @pytest.mark.parametrize(
        ("text", "clocks"),
        [
            ("breakfast @ 6:30 oatmeal, lunch @ 12:15 a turkey sandwich, dinner @ 7 pm pot roast",
             ["06:30", "12:15", "19:00"]),
            ("b'fast @ 8 porridge; lunch @ 13:00 sushi; dinner @ 19:30 pizza",
             ["08:00", "13:00", "19:30"]),
            ("breakfast 7am porridge, lunch 1pm a ham sandwich, tea 6pm pie and mash",
             ["07:00", "13:00", "18:00"]),
            ("lunch: a ham salad, tea 6pm - pie and mash", ["20:30", "18:00"]),
        ],
    )
    def test_each_meal_at_its_clock(self, text: str, clocks: list[str]) -> None:
        logged = meals(text)
        assert all(item.resolved for m in logged for item in m.items)
        assert [m.at.astimezone(BERLIN).strftime("%H:%M") for m in logged][1:] == clocks[1:]
        assert len(logged) == len(clocks)


class TestFuelAroundTheRun:
    """Food before, during and after a run, each under its heading, is a meal of its own."""

    def test_before_during_and_after_are_three(self) -> None:
        logged = meals("pre-run: banana | during: 4 gels 400 kcal | post-run: 1 scoop whey")
        assert [m.meal for m in logged] == ["snack", None, "recovery"]
        assert round(logged[1].sums[0]) == 400

    @pytest.mark.parametrize(
        "text", ["ran 10k 50:00. post-run: felt great", "ran 10k 50:00. during: felt strong"]
    )
    def test_a_heading_over_a_remark_logs_no_meal(self, text: str) -> None:
        assert [type(e) for e in parse(text).events] == [RunLogged]


class TestDinnerBeforeTea:
    """Where tea is the evening meal, dinner before it is the midday meal."""

    @pytest.mark.parametrize(
        "text",
        [
            "breakfast: porridge, dinner: stew and spuds, tea: beans on toast",
            "had porridge for breakfast, stew for my dinner and beans on toast for my tea",
        ],
    )
    def test_dinner_is_lunch(self, text: str) -> None:
        assert labels(text) == ["breakfast", "lunch", "dinner"]

    def test_dinner_after_tea_stays_dinner(self) -> None:
        assert labels("lunch: soup; tea: a brew and a kitkat; dinner: curry") == [
            "lunch", "dinner", "dinner"
        ]


class TestPartsOfTheDay:
    def test_am_and_pm_between_pipes_head_two_meals(self) -> None:
        logged = meals("AM: oats | PM: curry")
        assert [m.at.astimezone(BERLIN).hour for m in logged] == [7, 15]


class TestMealsByNumber:
    """A day told meal by meal, by number, is a meal each (no label of the four)."""

    @pytest.mark.parametrize(
        "text",
        [
            "meal 1: oats\nmeal 2: chicken and rice\nmeal 3: salmon",
            "first meal: oats. second meal: rice and chicken. third meal: steak",
        ],
    )
    def test_a_meal_each(self, text: str) -> None:
        logged = meals(text)
        assert [m.meal for m in logged] == [None, None, None]
        assert all(item.resolved for m in logged for item in m.items)


class TestMoreLabelWords:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("b-fast: toast, lunch: soup", ["breakfast", "lunch"]),
            ("breaky: toast, lunch: soup", ["breakfast", "lunch"]),
            ("lunch: soup, evening meal: pasta", ["lunch", "dinner"]),
            ("lunch: soup, dinnertime: pasta", ["lunch", "dinner"]),
            ("lunch: soup, dinner: pasta, dessert: ice cream", ["lunch", "dinner", None]),
        ],
    )
    def test_each_label_heads_its_own_meal(self, text: str, expected: list[str]) -> None:
        assert labels(text) == expected


class TestWhenEachMealWasEaten:
    """A day's meals said without clocks are at their usual times, on the day said."""

    def test_a_day_sent_at_night_has_breakfast_in_the_morning(self) -> None:
        logged = meals("breakfast: porridge. lunch: a chicken wrap. tea was spag bol")
        assert [m.at.astimezone(BERLIN).strftime("%H:%M") for m in logged] == [
            "08:00", "12:30", "19:00"
        ]

    def test_yesterday_heads_every_meal(self) -> None:
        logged = meals("yesterday: breakfast porridge, lunch soup, dinner pasta, snack an apple")
        days = {m.at.astimezone(BERLIN).date() for m in logged}
        assert len(logged) == 4
        assert days == {parse("a banana").events[0].at.astimezone(BERLIN).date().replace(day=25)}

    def test_a_meal_after_a_run_is_after_it(self) -> None:
        run, eaten = parse("ran 10k 50:00 then breakfast: 2 eggs").events
        assert isinstance(run, RunLogged) and isinstance(eaten, MealLogged)
        assert eaten.at >= run.at

    @pytest.mark.parametrize(
        "text", ["Mon: breakfast toast, lunch soup", "tues - breakfast toast, lunch soup"]
    )
    def test_a_short_weekday_heads_every_meal(self, text: str) -> None:
        logged = meals(text)
        assert len(logged) == 2
        assert len({m.at.astimezone(BERLIN).date() for m in logged}) == 1
        assert logged[0].at.astimezone(BERLIN).date() < parse("a banana").events[0].at.date()


class TestMealsTalkedAbout:
    """Meals listed by name with no food between them are talk about meals, no meal logged."""

    @pytest.mark.parametrize(
        "text",
        [
            "my breakfast, lunch and dinner are all over the place this week",
            "what should I eat for breakfast, lunch and dinner the day before a marathon?",
        ],
    )
    def test_nothing_is_logged(self, text: str) -> None:
        assert parse(text).events == ()

    def test_food_for_two_meals_is_still_eaten(self) -> None:
        (logged,) = meals("porridge for breakfast and lunch")
        assert [item.food for item in logged.items] == ["porridge"]


class TestBetweenMeals:
    """Mid-morning and mid-afternoon head a snack at their time."""

    @pytest.mark.parametrize(
        ("text", "hour"),
        [
            ("breakfast - toast. mid-morning - banana. lunch - soup", 10),
            ("breakfast: toast, mid-afternoon: banana, dinner: soup", 15),
        ],
    )
    def test_a_snack_between(self, text: str, hour: int) -> None:
        logged = meals(text)
        assert [m.meal for m in logged][1] == "snack"
        assert logged[1].at.astimezone(BERLIN).hour == hour
        assert len(logged) == 3

    def test_mid_morning_snack_is_at_half_ten(self) -> None:
        (logged,) = meals("mid-morning snack: a banana")
        assert logged.at.astimezone(BERLIN).strftime("%H:%M") == "10:30"


class TestHardlyAnything:
    """A meal said to be little is what follows; a meal said to be nothing logs nothing."""

    def test_the_food_after_nothing_much_is_the_meal(self) -> None:
        logged = meals("breakfast coffee, lunch nothing much just an apple, dinner pasta")
        assert [m.meal for m in logged] == ["breakfast", "lunch", "dinner"]
        assert [item.food for item in logged[1].items] == ["apple"]

    @pytest.mark.parametrize(
        "text", ["lunch was nothing much", "breakfast: porridge, lunch: nothing really"]
    )
    def test_nothing_is_asked_about(self, text: str) -> None:
        result = parse(text)
        assert result.unparsed == ()
        assert all(item.resolved for m in meals(text) for item in m.items)


class TestDessert:
    def test_dessert_after_dinner_is_a_course_of_its_own(self) -> None:
        logged = meals("dinner chicken parm 800 cal. dessert 2 oreos 110 cal")
        assert [(m.meal, round(m.sums[0])) for m in logged] == [("dinner", 800), (None, 110)]

    def test_dessert_wine_is_still_a_wine(self) -> None:
        (logged,) = meals("dessert wine")
        assert logged.items[0].text == "dessert wine"


class TestTheDayAround:
    def test_waking_up_is_no_food(self) -> None:
        logged = meals("woke up, coffee and a banana, then 12k easy 1:05:00")
        assert [item.food for m in logged for item in m.items] == ["coffee", "banana"]

    def test_tea_after_a_morning_parkrun_is_in_the_evening(self) -> None:
        events = parse("Sat - parkrun 24:12 then brekkie (full english 900 kcal), tea pizza").events
        run, breakfast, tea = events
        assert isinstance(run, RunLogged)
        assert breakfast.at >= run.at
        assert tea.at.astimezone(BERLIN).hour == 19
