"""Issue 15, how several events sit in one message (scripts/corpus_probes_days11.py): labels
in other Englishes and as letters without vowels, inline list marks, clocks said roughly or
as "half 7", clocks after "@" and between slashes."""

from __future__ import annotations

import pytest

from engine.events import MealLogged, RunLogged, WeightLogged
from tests.engine.test_parsing import parse


def meals(text: str) -> list[MealLogged]:
    return [e for e in parse(text).events if isinstance(e, MealLogged)]


def labels(text: str) -> list[str | None]:
    return [meal.meal for meal in meals(text)]


def kcal(meal: MealLogged) -> float:
    return sum(item.kcal or 0.0 for item in meal.items)


class TestLabels:
    """Meal labels as runners shorten them, and the course and bedtime words."""

    def test_labels_without_vowels(self) -> None:
        text = "bkfst a bagel | lnch soup 300 kcal | dnr stir fry 640 kcal"
        assert labels(text) == ["breakfast", "lunch", "dinner"]

    def test_supr_is_supper(self) -> None:
        assert labels("lunch: a wrap 420 kcal\nsupr: beans on toast 390 kcal") == [
            "lunch", "dinner",
        ]

    def test_afters_is_a_course_of_its_own_not_after(self) -> None:
        """ "afters:" (the pudding course) starts another meal, no label and no "after"."""
        dinner, afters = meals("dinner: lamb hotpot 640 kcal. afters: jam roly poly 330 kcal")
        assert (dinner.meal, kcal(dinner)) == ("dinner", 640)
        assert (afters.meal, kcal(afters)) == (None, 330)

    @pytest.mark.parametrize(
        "text", ["before bed: a banana", "a banana before bed", "2 rice cakes before bed"]
    )
    def test_before_bed_is_a_snack(self, text: str) -> None:
        assert labels(text) == ["snack"]

    def test_before_bed_heading_a_line_is_its_own_meal(self) -> None:
        result = parse("9k 47:30\nbefore bed: a glass of milk")
        assert isinstance(result.events[0], RunLogged)
        assert labels("9k 47:30\nbefore bed: a glass of milk") == ["snack"]


class TestInlineListMarks:
    """ "(1) ... (2) ...", "#1 ... #2 ...": each part a meal of its own, the marks no food."""

    @pytest.mark.parametrize(
        "text",
        [
            "(1) porridge (2) tuna wrap 430 kcal (3) lasagne 610 kcal",
            "#1 porridge #2 tuna wrap 430 kcal #3 lasagne 610 kcal",
        ],
    )
    def test_each_mark_a_meal(self, text: str) -> None:
        parts = meals(text)
        assert [round(kcal(m)) for m in parts[1:]] == [430, 610]
        assert len(parts) == 3
        assert parse(text).unparsed == ()

    def test_a_food_s_own_number_is_no_list(self) -> None:
        """ "gel #1 ..., gel #2 ...": the gels' numbers, not a day's list."""
        events = parse("gel #1 at 10k, gel #2 at 20k").events
        assert not any(isinstance(e, RunLogged) for e in events)


class TestClocks:
    """Clocks heading a day's parts in the ways runners type them."""

    def test_at_clocks_on_one_line(self) -> None:
        text = "@6:50 2 weetabix @13:10 soup 260 kcal @17:30 8k 41:45 @19:45 pasta 700 kcal"
        assert len(meals(text)) == 3
        runs = [e for e in parse(text).events if isinstance(e, RunLogged)]
        assert [run.duration_s for run in runs] == [41 * 60 + 45]

    def test_at_as_a_pace_is_no_clock(self) -> None:
        (run,) = [e for e in parse("10k @ 5:20 pace").events if isinstance(e, RunLogged)]
        assert run.distance_m == 10000

    def test_half_seven_heading_a_line(self) -> None:
        text = "half 8: 2 slices of toast\nhalf 1: jacket potato 420 kcal"
        assert [round(kcal(m)) for m in meals(text)][1:] == [420]
        assert len(meals(text)) == 2

    def test_clocks_between_slashes(self) -> None:
        """ "0800 - porridge" is a clock heading the porridge, not 800 portions."""
        text = "0615 - 6k 33:00 / 0730 - porridge / 1230 - soup 250 kcal"
        result = parse(text)
        assert isinstance(result.events[0], RunLogged)
        assert len(meals(text)) == 2

    @pytest.mark.parametrize(
        "text", ["9ish: a banana\n1ish: soup 250 kcal", "~09:00 a banana\n~13:00 soup 250 kcal"]
    )
    def test_a_clock_said_roughly(self, text: str) -> None:
        banana, soup = meals(text)
        assert round(kcal(banana)) == 105
        assert round(kcal(soup)) == 250

    def test_a_rough_number_is_the_number(self) -> None:
        (walk,) = parse("30ish min walk").events
        assert walk.duration_s == 30 * 60  # type: ignore[union-attr]


class TestWeighIns:
    """A weigh-in among a day's parts, however it is marked."""

    def test_weight_word_and_a_spaced_dash(self) -> None:
        events = parse("8k 44:10\nweight - 71.9").events
        assert [type(e).__name__ for e in events] == ["RunLogged", "WeightLogged"]

    def test_the_scales_emoji(self) -> None:
        events = parse("⚖️ 80.3\n🍌 a banana").events
        assert isinstance(events[0], WeightLogged) and events[0].mass_kg == 80.3

    def test_dictation_goes_on_to_the_run(self) -> None:
        """ "weighed 75.1 kilos went for a 5k run ...": the weigh-in, then the run."""
        events = parse("weighed 75.1 kilos went for a 5k run 29 minutes").events
        assert [type(e).__name__ for e in events] == ["WeightLogged", "RunLogged"]


class TestConnectives:
    def test_after_which_is_then(self) -> None:
        events = parse("12k 1:01:00 after which 2 slices of toast").events
        assert isinstance(events[0], RunLogged)
        assert len(meals("12k 1:01:00 after which 2 slices of toast")) == 1


class TestLaidOutChat:
    """Plans, aims and habits laid out as a day's log: nothing logged."""

    @pytest.mark.parametrize(
        "text",
        [
            "tomorrow 6am: 14k long run, 8am: porridge",
            "race plan: 4:50 pace, a gel at 8k and at 16k",
            "breakfast, lunch and tea all planned out for race week",
            "1. eat more veg 2. drink more water",
            "swim 3x a week",
        ],
    )
    def test_nothing_logged(self, text: str) -> None:
        assert parse(text).events == ()

    def test_a_run_beside_a_habit_is_logged(self) -> None:
        (run,) = parse("9k 46:30, trying to run 3 times a week").events
        assert isinstance(run, RunLogged)


class TestWhenEachPartWasHad:
    """Food pieces each ended by when they were had are meals of their own."""

    @pytest.mark.parametrize(
        "text",
        [
            "oats pre-run, a latte post-run",
            "a banana before, 2 rice cakes after",
            "a gel before the race and a coffee after",
        ],
    )
    def test_around_a_session(self, text: str) -> None:
        first, second = meals(text)
        assert len(first.items) == len(second.items) == 1
        assert parse(text).unparsed == ()

    def test_parts_of_today(self) -> None:
        eggs, curry = meals("2 boiled eggs this morning and a curry 700 kcal tonight")
        assert len(eggs.items) == 1
        assert round(kcal(curry)) == 700

    def test_one_part_of_the_day_stays_one_meal(self) -> None:
        assert len(meals("porridge this morning with a coffee")) == 1


class TestLaidOutParts:
    def test_a_day_s_food_heading_parts_priced_each(self) -> None:
        """ "food:" heads a day's food: a part with its own kcal is a meal of its own."""
        parts = meals("lazy day, food: a bagel, ramen 650 kcal, lasagne 600 kcal")
        assert [round(kcal(m)) for m in parts[1:]] == [650, 600]

    def test_words_in_square_brackets_head_a_line(self) -> None:
        events = parse("[pre run] a banana\n[run] 12k 1:01:30").events
        assert isinstance(events[0], MealLogged) and isinstance(events[1], RunLogged)

    def test_a_part_named_after_it(self) -> None:
        text = "porridge = breakfast, chicken wrap 470 kcal = lunch, 8k 41:00 = run"
        assert labels(text) == ["breakfast", "lunch"]
        assert any(isinstance(e, RunLogged) for e in parse(text).events)

    def test_emoji_bullets_on_one_line(self) -> None:
        parts = meals("🌄 2 weetabix 🌇 tuna pasta 480 kcal 🌃 chilli 650 kcal")
        assert [round(kcal(m)) for m in parts[1:]] == [480, 650]

    def test_an_interjection_after_a_full_stop(self) -> None:
        """ "... 33:40. oh and a pint of cider": a sentence of its own, the pint of cider."""
        (pint,) = meals("did 6k 33:40. oh and a pint of cider")
        assert [item.text for item in pint.items] == ["a pint of cider"]


class TestMoreListShapes:
    """Shapes of the second list, written after the first list's fixes."""

    def test_tiffin_is_a_meal_s_label(self) -> None:
        text = "breakfast: poha 300 kcal, tiffin: rajma chawal 550 kcal"
        assert labels(text) == ["breakfast", "lunch"]

    def test_tilde_bullets(self) -> None:
        result = parse("~ a banana\n~ 7k 38:20\n~ soup 240 kcal")
        assert [type(e).__name__ for e in result.events] == [
            "MealLogged", "RunLogged", "MealLogged",
        ]
        assert result.unparsed == ()

    def test_slash_numbers(self) -> None:
        parts = meals("1/ 2 weetabix 2/ tuna pasta 480 kcal 3/ curry 700 kcal")
        assert [round(kcal(m)) for m in parts[1:]] == [480, 700]

    def test_half_a_cup_is_no_list_mark(self) -> None:
        (oats,) = meals("1/2 cup oats")
        assert oats.items[0].quantity == 0.5

    def test_double_slashes_part_a_line(self) -> None:
        events = parse("run: 9k 47:00 // food: porridge // 72.2 kg").events
        assert [type(e).__name__ for e in events] == ["RunLogged", "MealLogged", "WeightLogged"]

    @pytest.mark.parametrize(
        "text",
        [
            "b/l/d tomorrow: oats / soup / curry",
            "planning: 6am 8k, 7am porridge",
            "my week: 4 runs, a swim and too much cake",
        ],
    )
    def test_plans_and_weeks_told_in_sum(self, text: str) -> None:
        assert parse(text).events == ()


class TestSmallerShapes:
    def test_ordinal_headings(self) -> None:
        result = parse("first: 2 rice cakes, second: 6k 33:30, third: lasagne 640 kcal")
        assert [type(e).__name__ for e in result.events] == [
            "MealLogged", "RunLogged", "MealLogged",
        ]

    def test_second_breakfast_is_a_snack(self) -> None:
        assert labels("breakfast: porridge\nsecond breakfast: a crumpet 90 kcal") == [
            "breakfast", "snack",
        ]

    def test_a_shake_counted_in_scoops(self) -> None:
        """ "recovery shake 2 scoops": the shake itself, no label before an amount alone."""
        (shake,) = meals("recovery shake 2 scoops")
        assert shake.items[0].quantity == 2

    def test_little_said_before_the_label(self) -> None:
        (dinner,) = meals("not much for dinner, just a pear")
        assert dinner.meal == "dinner"
        assert [item.food for item in dinner.items] == ["pear"]

    def test_an_exclaimed_aside_ends_no_sentence(self) -> None:
        (dinner,) = meals("dinner (so late!) a kebab 900 kcal")
        assert dinner.meal == "dinner" and round(kcal(dinner)) == 900

    def test_a_meal_s_food_in_brackets_after_its_clock(self) -> None:
        text = "had my dinner at 1 (pie and mash 700 kcal) and my tea at 7 (a pear)"
        assert labels(text) == ["lunch", "dinner"]


class TestThirdListShapes:
    def test_keycap_numbers(self) -> None:
        result = parse("1️⃣ 2 weetabix 2️⃣ 7k 36:40 3️⃣ risotto 620 kcal")
        assert [type(e).__name__ for e in result.events] == [
            "MealLogged", "RunLogged", "MealLogged",
        ]

    def test_b4_and_aft(self) -> None:
        assert [m.meal for m in meals("b4 run: a gel\n10k 50:00\naft run: a latte")] == [
            "snack", "recovery",
        ]

    @pytest.mark.parametrize("text", ["update: 70.3kg", "woke 70.3kg"])
    def test_a_weight_after_a_heading_word(self, text: str) -> None:
        (weighed,) = parse(text).events
        assert isinstance(weighed, WeightLogged) and weighed.mass_kg == 70.3

    def test_the_scales_after_food(self) -> None:
        events = parse("curry 700 kcal ⚖️ 70.8").events
        assert [type(e).__name__ for e in events] == ["MealLogged", "WeightLogged"]

    def test_an_aside_before_the_label_s_colon(self) -> None:
        (brunch,) = meals("brunch (late, about 11): 2 boiled eggs")
        assert brunch.meal == "breakfast" and len(brunch.items) == 1

    def test_an_amount_in_brackets_after_the_label(self) -> None:
        (dinner,) = meals("rice for dinner (2 cups)")
        assert dinner.meal == "dinner" and dinner.items[0].quantity == 2

    def test_the_day_s_total_logs_nothing(self) -> None:
        assert parse("total for today about 2100 kcal").events == ()
