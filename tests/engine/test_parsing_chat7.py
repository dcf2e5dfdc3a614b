"""Issue 15, the seventh "chat" round: nothing invented on chat, nothing dropped beside it. A
watch's or a body's metrics are no figures of a log, and a run planned for a day ahead is no
run done."""

from __future__ import annotations

import pytest

from engine.events import MealLogged, RunLogged, WeightLogged
from engine.parsing import ParseResult
from tests.engine.test_parsing import parse


def assert_one_run(result: ParseResult, km: float, seconds: int) -> None:
    """The message logged one run, of `km` in `seconds`, and nothing else, asking nothing."""
    [run] = result.events
    assert isinstance(run, RunLogged)
    assert run.distance_m == pytest.approx(km * 1000, abs=1)
    assert run.duration_s == seconds
    assert result.unparsed == ()


def assert_nothing_logged(result: ParseResult) -> None:
    """No event, nothing asked: the reply says it was noted, not "Logged"."""
    assert result.events == ()
    assert result.unparsed == ()
    assert result.intent in ("chat", "question")


class TestMetricsAreNoFigures:
    @pytest.mark.parametrize(
        ("text", "km", "seconds"),
        [
            ("hrv up to 64, 10k 49:20 felt easy", 10, 49 * 60 + 20),
            ("resting heart rate 47 this morning, 6k 33:40", 6, 33 * 60 + 40),
            ("rhr down to 43! tempo 8k 38:10", 8, 38 * 60 + 10),
            ("vo2 max jumped to 55 after the 12k, 58:30", 12, 58 * 60 + 30),
            ("body battery only 18, still 5k in 28:00", 5, 28 * 60),
            ("training readiness 72, long run 22k 2:01:00", 22, 121 * 60),
            ("sleep score 55 - 9k 47:45", 9, 47 * 60 + 45),
            ("spo2 94%, 7k in 39:00", 7, 39 * 60),
            ("recovery 33% on whoop but ran 10k in 54:00", 10, 54 * 60),
            ("hrv up from 52 to 60, 15k 1:18:00", 15, 78 * 60),
            ("slept 5h20, 8k 44:00", 8, 44 * 60),
            ("6.5 hours sleep, parkrun 25:40", 5, 25 * 60 + 40),
        ],
    )
    def test_a_metric_beside_a_run_leaves_the_run(
        self, text: str, km: float, seconds: int
    ) -> None:
        """'hrv up to 64' is no count, no figure of the run, and does not make the message a
        statistic: the run alone."""
        assert_one_run(parse(text), km, seconds)

    def test_a_metric_beside_food_leaves_the_meal(self) -> None:
        """'sleep score 80, 2 eggs and a banana' is the eggs and the banana."""
        [meal] = parse("sleep score 80, 2 eggs and a banana").events
        assert isinstance(meal, MealLogged)
        assert [i.resolved for i in meal.items] == [True, True]
        assert len(meal.items) == 2

    def test_a_metric_beside_a_weigh_in_logs_the_weight(self) -> None:
        """'rhr 49, weight 72.4' is a weigh-in of 72.4 kg."""
        [weight] = parse("rhr 49, weight 72.4").events
        assert isinstance(weight, WeightLogged)
        assert weight.mass_kg == pytest.approx(72.4)

    @pytest.mark.parametrize(
        "text",
        [
            "hrv 81",
            "resting hr 41 and sleep score 90",
            "body battery at 12 this morning",
            "vo2max 50 according to the watch",
            "spo2 98%, rhr 55",
            "stress level 70 all afternoon",
            "slept 6h15",
        ],
    )
    def test_metrics_alone_log_nothing(self, text: str) -> None:
        """Metrics alone are noted: no event, nothing asked."""
        assert_nothing_logged(parse(text))

    def test_a_recovery_run_is_still_a_run(self) -> None:
        """'recovery' is a score only with its per cent: 'recovery 5k 31:00' is a run."""
        assert_one_run(parse("recovery 5k 31:00"), 5, 31 * 60)


class TestRunPlannedForADayAhead:
    @pytest.mark.parametrize(
        "text",
        [
            "race on saturday is 10k, target 45:00",
            "long run on sunday is 32k, aiming for 3:00:00",
            "tomorrow's tempo is 10k at 4:40/km",
            "next sunday's half, want sub 1:40",
            "this weekend I'll run 18 miles, about 2:45",
            "on friday I'm doing 6 x 800 in 3:05",
            "the 10 miler on the 21st, hoping for 1:20",
            "the club relay next month is 5k legs, would like 21 min",
        ],
    )
    def test_a_plan_with_its_figures_logs_nothing(self, text: str) -> None:
        """A day ahead, a wish or a will, and no past verb: the plan is noted, no run made of
        its distance and target time."""
        assert_nothing_logged(parse(text))

    @pytest.mark.parametrize(
        ("text", "km", "seconds"),
        [
            ("race on saturday went ok, 10k 46:10", 10, 46 * 60 + 10),
            ("ran 15k on sunday in 1:20:00", 15, 80 * 60),
            ("long run on sunday was 30k in 2:58:00", 30, 178 * 60),
            ("8k 41:00 today, race on saturday is a 10k", 8, 41 * 60),
            ("10k 50:00, long run tomorrow will be 25k", 10, 50 * 60),
        ],
    )
    def test_a_run_done_beside_a_day_still_logs(
        self, text: str, km: float, seconds: int
    ) -> None:
        """A past verb ('went', 'was', 'ran'), 'today', or the run's time before the plan's
        day: the run done is logged."""
        result = parse(text)
        runs = [e for e in result.events if isinstance(e, RunLogged)]
        assert len(runs) == 1
        assert runs[0].distance_m == pytest.approx(km * 1000, abs=1)
        assert runs[0].duration_s == seconds


class TestSomeoneElse:
    @pytest.mark.parametrize(
        "text",
        [
            "cousin ran 3:15 at Berlin, chuffed for him",
            "niece finished her first parkrun in 34:02",
            "housemate had 3 bagels and a coffee",
            "the twins ate 2 pancakes each",
            "Jake ran 1:29 at the Bath half, what a machine",
            "Priya did 10k in 47:50, so proud",
            "Amy and Ben finished the marathon in 4:05:00",
            "my sister's first half today, 2:04:30",
            "Chloe's first marathon, 4:12:44!",
        ],
    )
    def test_their_run_or_food_logs_nothing(self, text: str) -> None:
        """A relation named without 'my', or a person by name, ran or ate: theirs, not the
        runner's."""
        assert_nothing_logged(parse(text))

    @pytest.mark.parametrize(
        ("text", "km", "seconds"),
        [
            ("ran with my cousin, 8k 44:00", 8, 44 * 60),
            ("Jake and I ran 10k in 52:00", 10, 52 * 60),
            ("Just ran 6k in 33:00", 6, 33 * 60),
            ("Finally did 5k in 24:50", 5, 24 * 60 + 50),
            ("my club's 10k today, 45:30", 10, 45 * 60 + 30),
        ],
    )
    def test_the_runner_s_own_run_beside_them_logs(
        self, text: str, km: float, seconds: int
    ) -> None:
        """The runner with them, an opener in capitals, or the club's race: the run logs."""
        assert_one_run(parse(text), km, seconds)

    def test_a_brand_s_name_stays_food(self) -> None:
        """'Dave's single' is Wendy's burger, no Dave's race."""
        [meal] = parse("Dave's single and a small fry").events
        assert isinstance(meal, MealLogged)
        assert all(i.resolved for i in meal.items)


class TestShoppingAndCookingForOthers:
    @pytest.mark.parametrize(
        "text",
        [
            "bought 1kg of pasta and a jar of pesto",
            "picked up 2 loaves and 6 bagels from the bakery",
            "stocked up on gels for the marathon",
            "ordered a 5kg bag of rice online",
            "big shop: 18 eggs, 4 chicken breasts, 2kg of oats",
            "did the weekly shop, 12 bananas and 2 litres of milk",
            "baked a banana bread for the office",
            "cooked chilli for 6 people",
            "made 3 pizzas for the kids",
            "batch cooked 5 portions of curry for the week",
        ],
    )
    def test_buying_or_cooking_for_others_logs_nothing(self, text: str) -> None:
        """Food bought in a shop's amounts or under a shopping heading (meals.bought_only), or
        cooked for others, is not food eaten: no 2 kg of oats logged."""
        assert_nothing_logged(parse(text))

    def test_food_made_for_a_meal_of_one_s_own_logs(self) -> None:
        """'made pancakes for breakfast' is the runner's breakfast."""
        [meal] = parse("made 3 pancakes for breakfast").events
        assert isinstance(meal, MealLogged)
        assert meal.meal == "breakfast"


class TestWhatOthersHaveOrAreHaving:
    @pytest.mark.parametrize(
        "text",
        [
            "the canteen's got lasagne on",
            "the pub does a roast on sundays",
            "the hotel buffet has pancakes and bacon",
            "the staff room has a tin of chocolates",
            "the canteen's doing fish and chips but I brought lunch",
            "packed my own lunch",
            "say I run 25k, would a pizza cover it",
            "assuming I do 15 miles, how many gels",
            "nothing to log today",
        ],
    )
    def test_a_place_s_food_a_packed_lunch_or_a_hypothesis_logs_nothing(self, text: str) -> None:
        """What a place serves, a lunch brought with no food named, a run supposed: noted."""
        assert_nothing_logged(parse(text))


class TestAFigureUnderAQuote:
    @pytest.mark.parametrize(
        ("text", "km", "seconds"),
        [
            ("> 7k in 38:00\noops, 39:10", 7, 39 * 60 + 10),
            ("> ran 12 km in 1:05:00\nsorry, 1:06:30", 12, 66 * 60 + 30),
            ("> 10k in 55:00\nno, 11k", 11, 55 * 60),
            ("> 5k in 26:00\nactually it was 27:40", 5, 27 * 60 + 40),
        ],
    )
    def test_a_figure_alone_corrects_the_quoted_run(
        self, text: str, km: float, seconds: int
    ) -> None:
        """A time or a distance alone after 'oops' puts that figure right in the quoted run,
        which the message then replaces."""
        result = parse(text)
        assert_one_run(result, km, seconds)
        assert result.corrects_last

    def test_a_figure_the_quote_holds_twice_is_not_guessed(self) -> None:
        """Two times quoted: which one '26:00' corrects is not guessed, nothing is logged."""
        assert parse("> 5k 25:00 and 3k 15:00\nsorry, 26:00").events == ()


class TestAWorkShiftIsNoSession:
    @pytest.mark.parametrize(
        ("text", "km", "seconds"),
        [
            ("12h shift at the hospital today so 8k at 6am, 43:10", 8, 43 * 60 + 10),
            ("worked a 10-hour shift then ran 5k in 26:00", 5, 26 * 60),
            ("9 hr night shift, 7k 38:30 after", 7, 38 * 60 + 30),
        ],
    )
    def test_a_shift_s_hours_are_no_time_of_the_run(
        self, text: str, km: float, seconds: int
    ) -> None:
        """'12h shift' is the day's work: the run keeps its own time, not 12 h added."""
        assert_one_run(parse(text), km, seconds)

    def test_a_shift_alone_logs_nothing(self) -> None:
        """'did a 12 hour shift' is noted, nothing asked."""
        assert_nothing_logged(parse("did a 12 hour shift"))


class TestWeatherDayCountsAndRatingsAreNoFigures:
    @pytest.mark.parametrize(
        ("text", "km", "seconds"),
        [
            ("8 degrees and sleet, 10k 53:30", 10, 53 * 60 + 30),
            ("27C and muggy, 5k 27:10", 5, 27 * 60 + 10),
            ("feels like minus 6, 7k in 41:00", 7, 41 * 60),
            ("gusts of 35 mph, 6k 34:30", 6, 34 * 60 + 30),
            ("humidity 85%, 9k 51:00", 9, 51 * 60),
            ("day 21 of my running streak, 4k 23:00", 4, 23 * 60),
            ("run streak day 365! 5k 26:00", 5, 26 * 60),
            ("9 months alcohol free, 15k 1:21:00", 15, 81 * 60),
            ("dry feb day 20, 8k 43:00", 8, 43 * 60),
            ("week 7 of the marathon plan, 18k 1:38:00", 18, 98 * 60),
            ("energy 3/10, 5k 30:30", 5, 30 * 60 + 30),
            ("legs 8/10, 12k 1:02:00", 12, 62 * 60),
            ("hrv 49 (-6), 6k 35:00", 6, 35 * 60),
            ("whoop recovery 38%, 8k 46:00", 8, 46 * 60),
        ],
    )
    def test_the_run_beside_them_logs_and_nothing_is_asked(
        self, text: str, km: float, seconds: int
    ) -> None:
        """The weather, a count of days and a rating out of ten are understood, no figure of
        the run and nothing to ask about."""
        assert_one_run(parse(text), km, seconds)

    @pytest.mark.parametrize(
        "text",
        [
            "day 5 of dry january",
            "2 years sober today",
            "mood 3/10, skipping today",
            "hrv dropped to 35 after the marathon",
            "resting hr up to 58 since the long run",
        ],
    )
    def test_alone_they_log_nothing(self, text: str) -> None:
        """A count, a rating, or a metric after a race named as when: no run of the race."""
        assert_nothing_logged(parse(text))

    def test_a_metric_after_a_run_with_its_time_keeps_the_run(self) -> None:
        """'VO2max up to 52 after the 10k, 46:12': the 10k in 46:12 (its time said after)."""
        assert_one_run(parse("vo2max up to 52 after the 10k, 46:12"), 10, 46 * 60 + 12)

    def test_c25k_s_week_and_day_stay_its_step(self) -> None:
        """'c25k week 4 day 1 done! 28 mins total' is still the programme's run of 28 min."""
        [run] = parse("c25k week 4 day 1 done! 28 mins total").events
        assert isinstance(run, RunLogged)
        assert run.duration_s == 28 * 60


class TestMorePeople:
    @pytest.mark.parametrize(
        "text",
        [
            "boyfriend's long run was 30k in 2:50",
            "colleague did the Bristol half in 1:45",
            "friend from the club ran 38:20 for 10k",
            "workmate's marathon time was 3:44:10",
        ],
    )
    def test_their_run_logs_nothing(self, text: str) -> None:
        """A friend or a colleague without 'my', or their run named with 's: theirs."""
        assert_nothing_logged(parse(text))

    @pytest.mark.parametrize(
        ("text", "km", "seconds"),
        [
            ("mate, ran 10k in 50:00", 10, 50 * 60),
            ("friend ran with me, 8k 44:00", 8, 44 * 60),
        ],
    )
    def test_the_bot_called_mate_or_a_friend_running_along_is_the_runner_s(
        self, text: str, km: float, seconds: int
    ) -> None:
        """'mate,' calls the bot; 'ran with me' is the runner's run too."""
        assert_one_run(parse(text), km, seconds)


class TestThePastRecordsSourcesAndMealsAhead:
    @pytest.mark.parametrize(
        "text",
        [
            "I used to run 10 miles in 70 min",
            "remember when I did 18:30 for 5k",
            "my pb for the half is 1:33:20",
            "my 10k pr stands at 41:12",
            "the marathon guide says 3 runs of 32k at 5:50/km",
            "the race pack says 2 gels at 15k",
            "saturday's session is 10 x 400 at 1:30",
            "Mo Farah ran 27:30 for 10,000m",
            "watched the worlds, Jakob Ingebrigtsen won the 5000 in 13:11",
            "we're ordering a pizza later, maybe 2 slices each",
            "heading out for a curry tonight",
            "dad's making a roast on sunday",
            "resisting the biscuit tin",
        ],
    )
    def test_they_log_nothing(self, text: str) -> None:
        """The past, a record, what a guide says, a session described, a famous runner, a
        meal ahead and food resisted: nothing run or eaten now."""
        assert_nothing_logged(parse(text))

    @pytest.mark.parametrize(
        ("text", "km", "seconds"),
        [
            ("used to hate hills, today 12k 1:05:00 with 200m up", 12, 65 * 60),
            ("my pb is 47:30, today 10k in 49:10", 10, 49 * 60 + 10),
            ("watched the marathon on tv then ran 8k 42:00", 8, 42 * 60),
            ("off to the pub later, 10k 50:00 done", 10, 50 * 60),
        ],
    )
    def test_the_run_done_beside_them_logs(self, text: str, km: float, seconds: int) -> None:
        """'today', 'then ran' or the run's time after the talk: the run done is logged."""
        result = parse(text)
        runs = [e for e in result.events if isinstance(e, RunLogged)]
        assert len(runs) == 1
        assert runs[0].distance_m == pytest.approx(km * 1000, abs=1)
        assert runs[0].duration_s == seconds

    def test_a_coffee_had_now_is_still_had(self) -> None:
        """'having a coffee' with no time ahead is had now."""
        [meal] = parse("having a coffee").events
        assert isinstance(meal, MealLogged)


class TestFiguresOfWhatIsNoRun:
    @pytest.mark.parametrize(
        "text",
        [
            "drove 35 miles to the xc",
            "the bus to the start took 40 min",
            "my commute is 6 miles",
            "we live 2k from the parkrun",
            "the route measured 400m short by my garmin",
            "alarm set for 5:15, long run before work",
            "wave 4 starts at 9:40",
            "bib 18841 collected",
            "race begins at 8:30, a 42.2k",
            "entry was £29 for the 10k",
            "the half costs $95 to enter",
            "6 weeks of logging now",
        ],
    )
    def test_they_log_nothing(self, text: str) -> None:
        """A drive, a commute, where one lives, a course measured, an alarm, a start, a bib, a
        price, the weeks of logging: no run of that distance or time."""
        assert_nothing_logged(parse(text))

    @pytest.mark.parametrize(
        ("text", "km", "seconds"),
        [
            ("drove 50 miles to the race, 10k 44:20", 10, 44 * 60 + 20),
            ("my new racers weigh 190g, 5k 21:40 in them", 5, 21 * 60 + 40),
            ("alarm at 5am, 12k 1:01:00 before work", 12, 61 * 60),
        ],
    )
    def test_the_run_beside_them_logs(self, text: str, km: float, seconds: int) -> None:
        """The drive, the shoes' grams and the alarm go; the run stays with its own figures."""
        assert_one_run(parse(text), km, seconds)


class TestALogForgotten:
    @pytest.mark.parametrize(
        ("text", "km", "seconds"),
        [
            ("forgot to log saturday's run, 11k 58:40", 11, 58 * 60 + 40),
            ("forgot to log yesterday's 10k, it was 52:00", 10, 52 * 60),
            ("missed logging tuesday, 6k 33:10", 6, 33 * 60 + 10),
        ],
    )
    def test_the_run_forgotten_is_logged(self, text: str, km: float, seconds: int) -> None:
        """'forgot to log' asks to log what follows: its clock is no heading's colon, and the
        logging missed is no run missed."""
        assert_one_run(parse(text), km, seconds)


class TestWhereInARunIsNoDistance:
    @pytest.mark.parametrize(
        "text",
        [
            "ran out of gels at 30k",
            "my garmin died at mile 18",
            "the last 2 miles of the 10 miler were awful",
            "quad cramped from 25k onwards",
            "need 3000 kcal today",
            "I'm 5ft 9",
            "10k pb attempt on saturday, fingers crossed",
        ],
    )
    def test_they_log_nothing(self, text: str) -> None:
        """A place in a run, running out of something, a day's need, a height, a race
        hoped for: no run of that distance."""
        assert_nothing_logged(parse(text))

    @pytest.mark.parametrize(
        ("text", "km", "seconds"),
        [
            ("stopped at 5k for a wee, 10k 53:10", 10, 53 * 60 + 10),
            ("knee went at mile 3, 5 miles 45:30", 8.047, 45 * 60 + 30),
            ("felt great until 30k, marathon 3:29:59", 42.195, 3 * 3600 + 29 * 60 + 59),
            ("walked from mile 22, marathon in 4:40:00", 42.195, 280 * 60),
            ("age group 2nd at the 10k today, 44:50", 10, 44 * 60 + 50),
        ],
    )
    def test_the_run_keeps_its_own_distance(self, text: str, km: float, seconds: int) -> None:
        """'at 5k' places what happened; the run is the one with its own figures ('at the
        10k' is the race, not a place in it)."""
        result = parse(text)
        runs = [e for e in result.events if isinstance(e, RunLogged)]
        assert len(runs) == 1
        assert runs[0].distance_m == pytest.approx(km * 1000, abs=2)
        assert runs[0].duration_s == seconds

    def test_fuel_keeps_its_place_in_the_run(self) -> None:
        """'gel at 10k (100 kcal) and another at 20k (100 kcal)': two gels of 100 kcal."""
        [meal] = parse("gel at 10k (100 kcal) and another at 20k (100 kcal)").events
        assert isinstance(meal, MealLogged)
        assert sum(i.kcal or 0 for i in meal.items) == pytest.approx(200)


class TestVolumesBodyAndScales:
    @pytest.mark.parametrize(
        "text",
        [
            "last week 61k, this week 20k so far",
            "this month's mileage is 140 miles",
            "body fat 19% on the scales",
            "waist now 86cm",
        ],
    )
    def test_they_log_nothing(self, text: str) -> None:
        """A week's volume said week first, and the body measured: no run, no weigh-in."""
        assert_nothing_logged(parse(text))

    @pytest.mark.parametrize(
        ("text", "kg"),
        [
            ("weighed in at the gym, 69.9", 69.9),
            ("weighed myself, 71.4", 71.4),
            ("74.2 on the bathroom scales", 74.2),
        ],
    )
    def test_a_weigh_in_said_around_its_figure(self, text: str, kg: float) -> None:
        """'at the gym' is where it was weighed, no gym session; the figure is the weight."""
        [weight] = parse(text).events
        assert isinstance(weight, WeightLogged)
        assert weight.mass_kg == pytest.approx(kg)

    def test_a_chicken_thigh_is_food(self) -> None:
        """'chicken thigh 150g' is a meal, no thigh measured."""
        [meal] = parse("rice 1 cup, chicken thigh 150g").events
        assert isinstance(meal, MealLogged)
        assert len(meal.items) == 2


class TestFoodNotEaten:
    @pytest.mark.parametrize(
        "text",
        [
            "only 2 bagels left in the bread bin",
            "fridge is empty except for 3 eggs",
            "recipe: 100g oats, 1 banana, 200ml milk",
            "macros for today: 280c 140p 65f",
            "tomorrow's breakfast: porridge and a banana",
            "saving the flapjack for after the long run",
            "packed 5 gels for the 50k",
        ],
    )
    def test_they_log_nothing(self, text: str) -> None:
        """Food in stock, a recipe, a day's macro targets, a meal planned, food saved or
        packed: nothing eaten."""
        assert_nothing_logged(parse(text))

    def test_what_was_eaten_beside_what_was_saved_is_logged(self) -> None:
        """'2 slices of toast, saving the banana for later': the toast alone."""
        [meal] = parse("2 slices of toast, saving the banana for later").events
        assert isinstance(meal, MealLogged)
        [item] = meal.items
        assert item.food is not None and "toast" in item.food


class TestAGapOrACountBeforeARun:
    @pytest.mark.parametrize(
        ("text", "km", "seconds"),
        [
            ("first run in 2 weeks, 5k 31:00", 5, 31 * 60),
            ("fastest 10k in a year, 44:50", 10, 44 * 60 + 50),
            ("back after 3 weeks off injured, 4k 25:00", 4, 25 * 60),
            ("had 5 days off, 7k 38:00", 7, 38 * 60),
            ("5 star run, 9k 47:00", 9, 47 * 60),
        ],
    )
    def test_the_run_after_the_gap_logs(self, text: str, km: float, seconds: int) -> None:
        """'first run in 2 weeks' looks back, not ahead: the run is logged, nothing asked."""
        assert_one_run(parse(text), km, seconds)

    @pytest.mark.parametrize(
        "text",
        [
            "10 days off with a cold",
            "rest day #3 this week",
            "that's 3 marathons this year",
            "150 day streak",
            "my first marathon is in 6 weeks",
        ],
    )
    def test_they_log_nothing(self, text: str) -> None:
        """A time off, a rest day counted, races counted, a streak, a race ahead: noted."""
        assert_nothing_logged(parse(text))


class TestGuardsOfTheNewRules:
    @pytest.mark.parametrize(
        ("text", "km", "seconds"),
        [
            ("sunday long run 28k 2:40, want to go faster next time", 28, 160 * 60),
            ("saturday parkrun 24:30, hoping for sub 24 next week", 5, 24 * 60 + 30),
        ],
    )
    def test_a_run_said_before_a_wish_is_logged(self, text: str, km: float, seconds: int) -> None:
        """A weekday, a run's time, then a wish: the run was done; the wish is for later. The
        rules read the run (a message-level gate may hold it for the runner's "Log it"; it
        never goes missing)."""
        result = parse(text)
        read = (*result.events, *getattr(result, "held", ()))
        [run] = [e for e in read if isinstance(e, RunLogged)]
        assert run.distance_m == pytest.approx(km * 1000, abs=1)
        assert run.duration_s == seconds

    def test_an_adverb_in_capitals_is_no_one_s_name(self) -> None:
        """'Afterwards ate 2 eggs': the runner's eggs, 'Afterwards' no person."""
        [meal] = parse("10k 50:00. Afterwards ate 2 eggs").events[1:]
        assert isinstance(meal, MealLogged)


class TestACravingOrAWish:
    @pytest.mark.parametrize(
        "text",
        [
            "could eat a horse",
            "I'd love a sub 40 10k one day",
            "wish I'd had 2 gels",
            "craving a burger after that 10k",
            "fancy a curry tonight",
            "dreaming of pancakes",
        ],
    )
    def test_they_log_nothing(self, text: str) -> None:
        """A craving or a wish names food or a race that was not had or run."""
        assert_nothing_logged(parse(text))

    def test_a_run_done_beside_a_craving_is_logged(self) -> None:
        """'fancy a curry tonight, 10k 49:30 done': the 10k."""
        assert_one_run(parse("fancy a curry tonight, 10k 49:30 done"), 10, 49 * 60 + 30)

    def test_hungry_then_food_is_the_food(self) -> None:
        """'starving, 3 slices of toast': hunger is no wish, the toast was eaten."""
        [meal] = parse("starving, 3 slices of toast").events
        assert isinstance(meal, MealLogged)


class TestAsidesOpeningALog:
    @pytest.mark.parametrize(
        ("text", "food"),
        [("btw had a banana before", "banana"), ("random but 2 bananas", "banana")],
    )
    def test_an_aside_first_asks_nothing(self, text: str, food: str) -> None:
        """'btw', 'fyi', 'random but' open the log; they are no food to ask about."""
        result = parse(text)
        [meal] = result.events
        assert isinstance(meal, MealLogged)
        assert all(i.resolved for i in meal.items) and result.unparsed == ()
        assert meal.items[0].food is not None and food in meal.items[0].food
