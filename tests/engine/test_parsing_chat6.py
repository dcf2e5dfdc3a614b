"""Issue 15, the sixth "chat" round: nothing invented. A type 1 diabetic's readings and doses
beside a log are no figures."""

from __future__ import annotations

import pytest

from engine.events import MealLogged, RunLogged, WeightLogged
from engine.parsing import ParseResult
from tests.engine.test_parsing import parse


def assert_one_run(result: ParseResult, km: float, seconds: int) -> None:
    """The message logged one run, of `km` in `seconds`, and nothing else."""
    [run] = result.events
    assert isinstance(run, RunLogged)
    assert run.distance_m == pytest.approx(km * 1000, abs=1)
    assert run.duration_s == seconds


def assert_one_food(result: ParseResult, food: str) -> None:
    """The message logged one meal of one food, resolved and named `food`, asking nothing."""
    [meal] = result.events
    assert isinstance(meal, MealLogged)
    [item] = meal.items
    assert item.resolved and item.food is not None and food in item.food
    assert result.unparsed == ()


class TestDiabeticReadingsAndDoses:
    @pytest.mark.parametrize(
        ("text", "km", "seconds"),
        [
            ("bg 5.9 at the start, 10k 51:40", 10, 51 * 60 + 40),
            ("glucose 12.3 after the run, 14k 1:12:00", 14, 72 * 60),
            ("libre showing 6.6, 6 miles in 52:30", 9.656, 52 * 60 + 30),
            ("5.2 mmol/l before, ran 8k in 43:00", 8, 43 * 60),
            ("blood glucose 140 mg/dl, 5k 27:15", 5, 27 * 60 + 15),
            ("T1D here, ketones 0.2, 12k in 1:05:00", 12, 65 * 60),
            ("glucose 10.4 after parkrun, 25:30", 5, 25 * 60 + 30),
        ],
    )
    def test_a_reading_beside_a_run_leaves_the_run_alone(
        self, text: str, km: float, seconds: int
    ) -> None:
        """'bg 5.9' is no food to ask about and no figure of the run: the run alone, asked
        about nothing."""
        result = parse(text)
        assert_one_run(result, km, seconds)
        assert result.unparsed == ()

    @pytest.mark.parametrize(
        ("text", "food"),
        [
            ("bg 3.6 so 5 jelly beans", "jelly beans"),
            ("sensor says 3.9, glass of apple juice", "apple juice"),
            ("took 6u for a bagel", "bagel"),
            ("bolused 4 units for a banana", "banana"),
            ("3 units of novorapid and 2 slices of toast", "toast"),
            ("had a hypo on the cooldown, 4 jelly beans", "jelly beans"),
        ],
    )
    def test_the_food_after_a_reading_or_a_dose_is_the_meal(self, text: str, food: str) -> None:
        """The food a diabetic eats for a low or doses for is the meal, with nothing else in
        it: 'took 6u' is no item, '3.6' no count."""
        assert_one_food(parse(text), food)

    def test_a_reading_beside_a_weigh_in_logs_the_weight(self) -> None:
        """'blood sugar 6.0, weighed 71.3' is a weigh-in of 71.3 kg."""
        [weight] = parse("blood sugar 6.0, weighed 71.3").events
        assert isinstance(weight, WeightLogged)
        assert weight.mass_kg == pytest.approx(71.3)

    @pytest.mark.parametrize(
        ("text", "kcal"),
        [("3 glucose tablets", 30.0), ("mug of tea with 2 sugars", 30.0)],
    )
    def test_glucose_and_sugar_counted_as_food_stay_food(self, text: str, kcal: float) -> None:
        """A number before 'glucose tablets' or 'sugars' counts food, not a reading."""
        [meal] = parse(text).events
        assert isinstance(meal, MealLogged)
        assert sum(i.kcal or 0 for i in meal.items) > kcal

    def test_a_triathlon_transition_is_not_a_diabetic_word(self) -> None:
        """'T1 2:10' in a triathlon is the first transition: the swim, ride and run stay."""
        result = parse("swim 28:00, T1 2:10, bike 1:05:00, T2 1:00, run 44:00")
        assert [e.kind for e in result.events] == ["activity", "activity", "run"]


class TestPlansGoalsAndRacesDescribed:
    @pytest.mark.parametrize(
        "text",
        [
            "the race is 42.2 km and I'm hoping for 3:50",
            "the loop is 8k and the cutoff is 1:10",
            "goal race is a marathon, aiming for sub 4",
            "targeting 1:35 at Cardiff, it's 21.1k",
            "might get out after tea, maybe 5 miles easy",
            "hoping for a run before work, maybe 10k steady",
            "just joined, training for my first 50k",
            "hi all, training for a half",
            "my dad's doing the great north run",
            "my brother's doing the london marathon",
        ],
    )
    def test_nothing_is_logged(self, text: str) -> None:
        """A race described, a goal trained for, a hedged plan, or someone else's race: no
        run of today (before, each logged a run, most with an estimated time)."""
        assert parse(text).events == ()

    @pytest.mark.parametrize(
        ("text", "km", "seconds"),
        [
            ("was aiming for 3:30 but ran the marathon in 3:34:10", 42.195, 12_850),
            ("hoping for sub 25, did parkrun in 25:40", 5, 25 * 60 + 40),
            ("20k in 1:45:00 training for my first marathon", 20, 105 * 60),
        ],
    )
    def test_the_run_beside_a_goal_keeps_its_own_time(
        self, text: str, km: float, seconds: int
    ) -> None:
        """The time aimed at is not added to, or taken for, the time run."""
        assert_one_run(parse(text), km, seconds)


class TestQuestionsWithNoQuestionWord:
    @pytest.mark.parametrize(
        "text",
        [
            "do hot cross buns count as carbs for a half",
            "do flapjacks count as a recovery snack",
            "do jaffa cakes count as carbs for a 10k",
        ],
    )
    def test_a_question_whether_a_food_counts_logs_nothing(self, text: str) -> None:
        """'do hot cross buns count as carbs' asks; it is no meal (nor the half a run)."""
        assert parse(text).events == ()


class TestFoodAroundARunWithNoTime:
    @pytest.mark.parametrize(
        "text",
        [
            "a flat white after the long slow 14k",
            "porridge before the long easy 20k",
            "a coffee before the hilly trail 15k",
        ],
    )
    def test_only_the_food_is_logged(self, text: str) -> None:
        """The run named with two words before its distance and no time is when the food was
        had: the meal alone, no run of an estimated time."""
        assert [e.kind for e in parse(text).events] == ["meal"]

    def test_with_its_time_the_run_is_logged_too(self) -> None:
        """'a flat white after the long slow 14k, 1:20:00' is the run and the coffee."""
        result = parse("a flat white after the long slow 14k, 1:20:00")
        assert sorted(e.kind for e in result.events) == ["meal", "run"]
        [run] = [e for e in result.events if isinstance(e, RunLogged)]
        assert (run.distance_m, run.duration_s) == (14_000, 80 * 60)


class TestIllnessInjuryAndMedicine:
    @pytest.mark.parametrize(
        "text",
        [
            "had the flu since friday",
            "my daughter has had a tummy bug",
            "had a sore throat all weekend",
            "I've not managed a single run since the half",
        ],
    )
    def test_nothing_is_logged(self, text: str) -> None:
        """An illness had is no meal asking what 'the flu' was; a run not managed no run."""
        result = parse(text)
        assert result.events == ()
        assert result.unparsed == ()

    @pytest.mark.parametrize(
        ("text", "km", "seconds"),
        [
            ("had a twinge in my hamstring at 7k, 12k 1:04:00", 12, 64 * 60),
            ("got cramp at 30k, marathon in 3:58:00", 42.195, 238 * 60),
            ("not managed a run all week but 6k 33:00 today", 6, 33 * 60),
        ],
    )
    def test_the_run_beside_an_injury_is_logged_alone(
        self, text: str, km: float, seconds: int
    ) -> None:
        """'had a twinge in my hamstring at 7k' is where it hurt: the run alone."""
        assert_one_run(parse(text), km, seconds)

    @pytest.mark.parametrize(
        ("text", "food"),
        [("took 2 nurofen and had a banana", "banana"), ("2 paracetamol and a bagel", "bagel")],
    )
    def test_a_medicine_is_no_item(self, text: str, food: str) -> None:
        """Pills taken are no food to ask about: the meal holds the food alone."""
        assert_one_food(parse(text), food)

    @pytest.mark.parametrize("text", ["a cold brew and a banana", "a cold beer after the 10k"])
    def test_cold_food_stays_food(self, text: str) -> None:
        """'cold' before a drink is how it was served, not an illness."""
        [meal] = parse(text).events
        assert isinstance(meal, MealLogged)
        assert all(i.resolved for i in meal.items)


class TestACarbCountForAList:
    @pytest.mark.parametrize(
        ("text", "kcal"),
        [
            ("carb count: a bagel and a glass of apple juice, 75g carbs", 376.0),
            ("2 eggs and a slice of toast, 15g protein", 220.0),
        ],
    )
    def test_the_foods_keep_the_table_s_kcal(self, text: str, kcal: float) -> None:
        """'..., 40g carbs' after several foods is their carb count, not a food of no kcal:
        the meal's kcal are the foods' (it had been one stated item of no kcal)."""
        [meal] = parse(text).events
        assert isinstance(meal, MealLogged)
        assert len(meal.items) == 2 and all(i.resolved for i in meal.items)
        assert meal.kcal == pytest.approx(kcal, rel=0.25)

    def test_one_food_keeps_its_stated_carbs(self) -> None:
        """'a banana, 27g carbs' is the banana's own carbs."""
        [meal] = parse("a banana, 27g carbs").events
        assert isinstance(meal, MealLogged)
        [item] = meal.items
        assert item.carbs_g == pytest.approx(27)
