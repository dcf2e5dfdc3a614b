"""Issue 15, the fourth "structure" round: classes block i showed missed, checked on variants in
other words (scripts/corpus_probes_structure4.py): a day's log as a list (bullets, a numbered
list on one line, the meals' letters before slashed parts), times typed with an O."""

from __future__ import annotations

import pytest

from engine.events import ActivityLogged, MealLogged, RunLogged, StrengthLogged
from tests.engine.test_parsing import BERLIN, parse
from tests.engine.test_parsing import only_run as run


def _meals(text: str) -> list[MealLogged]:
    return [e for e in parse(text).events if isinstance(e, MealLogged)]


def _runs(text: str) -> list[RunLogged]:
    return [e for e in parse(text).events if isinstance(e, RunLogged)]


class TestADaysLogAsAList:
    """Each part of a day's list is a meal of its own; the meals' letters label their parts."""

    @pytest.mark.parametrize(
        "text",
        [
            "Mon\n• porridge\n• 6k easy 33:20\n• tuna wrap 380kcal\n• a banana",
            "• porridge\n• 6k easy 33:20\n• tuna wrap 380kcal\n• a banana",
            "1) porridge 2) 6k easy 33:20 3) tuna wrap 380kcal 4) a banana",
        ],
    )
    def test_each_part_a_meal(self, text: str) -> None:
        result = parse(text)
        meals = [e for e in result.events if isinstance(e, MealLogged)]
        assert [[item.food for item in m.items] for m in meals] == [
            ["porridge"],
            ["tuna wrap"],
            ["banana"],
        ]
        assert meals[1].kcal == pytest.approx(380)
        (logged,) = [e for e in result.events if isinstance(e, RunLogged)]
        assert logged.distance_m == pytest.approx(6000)
        assert logged.duration_s == pytest.approx(33 * 60 + 20)
        assert result.unparsed == ()  # "Mon" heads the day, no word left over

    def test_bullets_without_a_day_s_sign_stay_one_meal(self) -> None:
        (logged,) = _meals("• porridge\n• a banana\n• a coffee")
        assert [item.food for item in logged.items] == ["porridge", "banana", "coffee"]

    @pytest.mark.parametrize(
        ("text", "labels"),
        [
            ("b/l/d: porridge / tuna sandwich / curry 800 kcal", ["breakfast", "lunch", "dinner"]),
            (
                "b/l/d - 2 slices of toast / chicken wrap 450 kcal / pasta 700 kcal",
                ["breakfast", "lunch", "dinner"],
            ),
            ("l/d: a tuna sandwich / pizza 900 kcal", ["lunch", "dinner"]),
        ],
    )
    def test_the_meals_letters_label_the_slashed_parts(self, text: str, labels: list[str]) -> None:
        meals = _meals(text)
        assert [m.meal for m in meals] == labels
        assert meals[-1].kcal == pytest.approx(int(text.split()[-2]))

    def test_letters_and_parts_that_do_not_pair_log_the_parts(self) -> None:
        meals = _meals("b/l: porridge / a banana / a coffee")
        foods = [item.food for m in meals for item in m.items]
        assert foods == ["porridge", "banana", "coffee"]  # no letter asked about as a food


class TestATimeTypedWithAnO:
    """The letter O typed for a zero in a clock time is the zero."""

    @pytest.mark.parametrize(
        ("text", "km", "seconds"),
        [
            ("10km in 51:3O", 10, 51 * 60 + 30),
            ("5k in 24:1O", 5, 24 * 60 + 10),
            ("ran 8k in 4O:15", 8, 40 * 60 + 15),
            ("half 1:5O:20", 21.0975, 110 * 60 + 20),
        ],
    )
    def test_the_time(self, text: str, km: float, seconds: float) -> None:
        logged = run(text)
        assert logged.distance_m == pytest.approx(km * 1000)
        assert logged.duration_s == pytest.approx(seconds)

    def test_words_beside_a_colon_are_untouched(self) -> None:
        (logged,) = _meals("food so far: oats and a banana")
        assert [item.food for item in logged.items] == ["oats", "banana"]


class TestAClockStartsAMealAfterASession:
    """A clock with am or pm after a session starts a meal, whatever food follows it."""

    def test_the_dish_after_the_run_s_clock(self) -> None:
        result = parse("5pm run 7k 38:00, 8pm fish and chips")
        (logged,) = [e for e in result.events if isinstance(e, RunLogged)]
        assert logged.distance_m == pytest.approx(7000)
        (eaten,) = [e for e in result.events if isinstance(e, MealLogged)]
        assert [item.food for item in eaten.items] == ["fish and chips"]
        assert eaten.at.astimezone(BERLIN).hour == 20

    def test_a_run_s_own_figures_stay_the_run_s(self) -> None:
        logged = run("6pm run 6k, 33:00")
        assert logged.duration_s == pytest.approx(33 * 60)


class TestATimeSaidInWords:
    """Seconds said after the minutes ("twenty four minutes fifty") are the time's seconds."""

    @pytest.mark.parametrize(
        ("text", "seconds"),
        [
            ("parkrun in twenty six minutes ten this morning", 26 * 60 + 10),
            ("ran ten k in forty eight minutes thirty", 48 * 60 + 30),
            ("so today was a parkrun in twenty four minutes fifty and then a banana", 24 * 60 + 50),
            ("ran ten k in forty eight minutes thirty seconds", 48 * 60 + 30),
        ],
    )
    def test_the_time(self, text: str, seconds: float) -> None:
        (logged,) = _runs(text)
        assert logged.duration_s == pytest.approx(seconds)

    def test_a_count_after_the_minutes_is_no_seconds(self) -> None:
        (logged,) = _runs("ran forty minutes five k")
        assert logged.distance_m == pytest.approx(5000)
        assert logged.duration_s == pytest.approx(40 * 60)


class TestAges:
    """A runner's age or age group is no figure of the run, and no word asked about."""

    @pytest.mark.parametrize(
        ("text", "km", "seconds"),
        [
            ("age 71, 8 km 52:10 with the over 60s group", 8, 52 * 60 + 10),
            ("aged 64, did 7 km 45:30 with the club", 7, 45 * 60 + 30),
            ("I'm 70 and ran 6 km in 41 minutes today", 6, 41 * 60),
            ("my physio says 3 runs a week at 68, today was 6.5 km in 44 minutes", 6.5, 44 * 60),
            ("my coach says rest more at 69, but today was 9 km in 61 minutes", 9, 61 * 60),
        ],
    )
    def test_the_run(self, text: str, km: float, seconds: float) -> None:
        result = parse(text)
        (logged,) = [e for e in result.events if isinstance(e, RunLogged)]
        assert logged.distance_m == pytest.approx(km * 1000)
        assert logged.duration_s == pytest.approx(seconds)
        assert not any(isinstance(e, MealLogged) for e in result.events)

    def test_a_clock_is_no_age(self) -> None:
        (eaten,) = _meals("a banana at 10, then 5k 25:00")
        assert eaten.at.astimezone(BERLIN).hour == 10

    def test_a_distance_is_no_age(self) -> None:
        (logged,) = _runs("marathon 3:40:00, hit the wall at 35k")
        assert logged.distance_m == pytest.approx(42195)


class TestKcalEachAcrossARace:
    """Gels "across" or "throughout" a race, with kcal each: the count times the kcal, no run."""

    @pytest.mark.parametrize(
        ("text", "kcal"),
        [
            ("6 gels across the 50 miler, 100 kcal each", 600),
            ("5 gels across the marathon, 90 kcal each", 450),
            ("4 gels throughout the half, 100 kcal each", 400),
        ],
    )
    def test_the_gels(self, text: str, kcal: float) -> None:
        result = parse(text)
        (eaten,) = result.events
        assert isinstance(eaten, MealLogged)
        assert eaten.kcal == pytest.approx(kcal)
        assert result.unparsed == ()


class TestAMultiSportRacesTotalBeforeItsLegs:
    """The race's total first, then each leg's time before its name: each leg its own time,
    the run at the race's distance."""

    @pytest.mark.parametrize(
        ("text", "swim", "bike", "run_km", "run_s"),
        [
            ("olympic tri done 2:24:18: 25:40 swim, 1:10:30 bike, 43:05 run",
             25 * 60 + 40, 70 * 60 + 30, 10, 43 * 60 + 5),
            ("sprint tri done 1:18:40: 13:20 swim, 38:10 bike, 24:05 run",
             13 * 60 + 20, 38 * 60 + 10, 5, 24 * 60 + 5),
            ("70.3 done in 5:41:30: 38:10 swim, 2:58:40 bike, 1:56:20 run",
             38 * 60 + 10, 178 * 60 + 40, 21.0975, 116 * 60 + 20),
        ],
    )
    def test_each_leg(
        self, text: str, swim: float, bike: float, run_km: float, run_s: float
    ) -> None:
        events = parse(text).events
        sessions = {e.activity: e for e in events if isinstance(e, ActivityLogged)}
        assert sessions["swim"].duration_s == pytest.approx(swim)
        assert sessions["cycle"].duration_s == pytest.approx(bike)
        (logged,) = [e for e in events if isinstance(e, RunLogged)]
        assert logged.distance_m == pytest.approx(run_km * 1000)
        assert logged.duration_s == pytest.approx(run_s)


class TestARaceReport:
    """A race named for its distance, the finish time over the splits, a placing: one run."""

    @pytest.mark.parametrize(
        ("text", "km", "seconds"),
        [
            ("Great South Run today, 1:24:10, windy along the seafront", 16.0934, 84 * 60 + 10),
            ("race report - Big Half. Held on. 1:49:58 chip time.", 21.0975, 109 * 60 + 58),
            ("Half done. Through 10k in 52:00, hit a wall at 16k, finished 1:53:12.",
             21.0975, 113 * 60 + 12),
            ("Marathon report: went through halfway in 1:45, cramped at 35k, crossed the line "
             "3:38:20", 42.195, 218 * 60 + 20),
            ("Marathon done. Through halfway in 1:38, walked two water stations, finished "
             "3:24:51.", 42.195, 204 * 60 + 51),
            ("the 5k race: out in 3:55 for the first km, died, finished 20:41, 3rd in my age "
             "group", 5, 20 * 60 + 41),
        ],
    )
    def test_one_run(self, text: str, km: float, seconds: float) -> None:
        result = parse(text)
        (logged,) = result.events
        assert isinstance(logged, RunLogged)
        assert logged.distance_m == pytest.approx(km * 1000, abs=1)
        assert logged.duration_s == pytest.approx(seconds)

    def test_how_it_went_and_why_food_was_had_name_no_food(self) -> None:
        result = parse(
            "Race report: Great North Run. Held on over the Tyne bridge. 1:41:22 chip time. "
            "Celebrated with a pint of cider."
        )
        logged, eaten = result.events
        assert isinstance(logged, RunLogged)
        assert logged.distance_m == pytest.approx(21097.5)
        assert isinstance(eaten, MealLogged)
        assert [item.food for item in eaten.items] == ["cider"]

    def test_food_after_the_chip_time_is_the_meal(self) -> None:
        result = parse("race report - Big Half. 1:49:58 chip time. A bagel and a coffee after.")
        (eaten,) = [e for e in result.events if isinstance(e, MealLogged)]
        assert [item.food for item in eaten.items] == ["bagel", "coffee"]


class TestRunWalk:
    """Run/walk sets in seconds, in brackets with a slash, or told by landmarks: one run of the
    stated distance and time."""

    @pytest.mark.parametrize(
        ("text", "km", "minutes"),
        [
            ("run 90s walk 2 min x 6, 2.6km in 24 min", 2.6, 24),
            ("(run 3 / walk 1) x 5, 3.6 km in 21 min", 3.6, 21),
            ("ran to the lamppost and walked to the next one for 30 min, 3.3km", 3.3, 30),
            ("jogged to one lamp post, walked to the next, 20 min and 2.1 km", 2.1, 20),
        ],
    )
    def test_one_run(self, text: str, km: float, minutes: float) -> None:
        (logged,) = parse(text).events
        assert isinstance(logged, RunLogged)
        assert logged.distance_m == pytest.approx(km * 1000)
        assert logged.duration_s == pytest.approx(minutes * 60)

    def test_sets_in_seconds_make_the_time_when_none_is_stated(self) -> None:
        logged = run("run 45 sec walk 75 sec x 10")
        assert logged.duration_s == pytest.approx(20 * 60)


class TestAMealDealWithItsParts:
    """A meal deal named, then its parts after a comma: the parts, not the deal's defaults."""

    def test_the_parts(self) -> None:
        (eaten,) = _meals("boots meal deal, chicken club 430 kcal, a bag of crisps, a water")
        assert [item.food for item in eaten.items] == ["club sandwich", "crisps", "water"]
        assert eaten.items[0].kcal == pytest.approx(430)

    def test_a_deal_then_other_things_stays_the_deal(self) -> None:
        meals = _meals("had a meal deal, then 5k 25:00, then pasta")
        assert [item.food for item in meals[0].items] == ["meal deal"]


class TestEggsCountedBeforeOnToast:
    """Eggs counted, then cooked or counted again, "on toast" sit on two slices, as "2 eggs on
    toast" do; one thing on toast stays one slice."""

    @pytest.mark.parametrize(
        "text", ["2 eggs scrambled on toast", "2 eggs fried on toast", "scrambled eggs x3 on toast"]
    )
    def test_two_slices(self, text: str) -> None:
        (eaten,) = _meals(text)
        toast = eaten.items[-1]
        assert toast.food == "toast"
        assert toast.quantity == pytest.approx(2)

    def test_jam_on_toast_is_one_slice(self) -> None:
        (eaten,) = _meals("jam on toast")
        assert eaten.items[0].quantity is None


class TestAWorkingDaysMomentBeforeAMealsTitle:
    """ "end of night shift breakfast at 8am: ..." is breakfast at 8am, no food asked about."""

    def test_the_meal_and_its_clock(self) -> None:
        (eaten,) = _meals("end of night shift breakfast at 8am: 2 fried eggs, 2 sausages, beans")
        assert eaten.meal == "breakfast"
        assert [item.food for item in eaten.items] == ["fried egg", "sausage", "baked beans"]
        assert eaten.at.astimezone(BERLIN).hour == 8

    def test_start_of_a_shift(self) -> None:
        (eaten,) = _meals("start of the night shift snack at 10pm: a banana, 2 rice cakes")
        assert eaten.meal == "snack"
        assert all(item.resolved for item in eaten.items)


class TestAKcalEndingAPartOfAList:
    """A kcal right after foods joined by "and", before a comma, is theirs together, as it is
    at the end of a clause ("steak and chips 850 kcal"); the foods after the comma are apart."""

    @pytest.mark.parametrize(
        ("text", "kcal", "after"),
        [
            ("chicken and rice 650 kcal, an apple", 650, ["apple"]),
            ("eggs and toast 400 kcal, a coffee", 400, ["coffee"]),
            ("cheese and pickle 420 cal, crisps, diet coke", 420, ["crisps", "diet coke"]),
        ],
    )
    def test_both_s(self, text: str, kcal: float, after: list[str]) -> None:
        (eaten,) = _meals(text)
        first, *rest = eaten.items
        assert first.source == "stated"
        assert first.kcal == pytest.approx(kcal)
        assert [item.food for item in rest] == after

    def test_one_food_s_kcal_stays_its_own(self) -> None:
        (eaten,) = _meals("porridge 300 kcal, a banana")
        assert [item.food for item in eaten.items] == ["porridge", "banana"]
        assert eaten.items[0].kcal == pytest.approx(300)


class TestAMealsTitleHoldingTheRunBeforeIt:
    """ "breakfast after my run 10k 48:00: 2 eggs, toast": the run, then the meal's list whole."""

    def test_the_run_and_the_meal(self) -> None:
        result = parse("breakfast after my run 10k 48:00: 2 fried eggs, 2 slices of toast")
        logged, eaten = result.events
        assert isinstance(logged, RunLogged)
        assert logged.distance_m == pytest.approx(10000)
        assert logged.duration_s == pytest.approx(48 * 60)
        assert isinstance(eaten, MealLogged)
        assert [item.food for item in eaten.items] == ["fried egg", "toast"]

    def test_a_meal_deal_s_parts(self) -> None:
        result = parse(
            "co-op meal deal after my lunchtime run 6k 32:10: cheese and pickle 420 cal, crisps"
        )
        (eaten,) = [e for e in result.events if isinstance(e, MealLogged)]
        assert eaten.kcal == pytest.approx(420 + 149, abs=5)  # the deal's parts, no default


class TestAMenusKcalAfterAList:
    """A kcal read on a menu, app or pack, in a part of its own after a list, is the whole
    list's; without a source, one the last part can hold stays the last part's."""

    @pytest.mark.parametrize(
        ("text", "kcal"),
        [
            ("nandos quarter chicken, peri chips and corn, 780 kcal on the menu", 780),
            ("greggs sausage roll, a latte and a doughnut, 750 kcal on the app", 750),
        ],
    )
    def test_the_whole_list_s(self, text: str, kcal: float) -> None:
        (eaten,) = _meals(text)
        (item,) = eaten.items
        assert item.source == "stated"
        assert eaten.kcal == pytest.approx(kcal)

    def test_without_a_source_the_last_part_s(self) -> None:
        (eaten,) = _meals("porridge, banana, tikka masala with rice, 950 kcal")
        assert [item.food for item in eaten.items[:2]] == ["porridge", "banana"]
        assert eaten.items[-1].kcal == pytest.approx(950)


class TestAPersonalBestBesideARun:
    """ "pb" beside a run is a personal best: no peanut butter, and its margin no time."""

    @pytest.mark.parametrize(
        ("text", "km", "seconds"),
        [
            ("parkrun 26.12 💨 pb by 20 secs", 5, 26 * 60 + 12),
            ("10k 47:20, pb by 40 seconds", 10, 47 * 60 + 20),
            ("half 1:52:10, 3 mins off my pb", 21.0975, 112 * 60 + 10),
            ("10k 44:30, pb", 10, 44 * 60 + 30),
        ],
    )
    def test_only_the_run(self, text: str, km: float, seconds: float) -> None:
        (logged,) = parse(text).events
        assert isinstance(logged, RunLogged)
        assert logged.distance_m == pytest.approx(km * 1000)
        assert logged.duration_s == pytest.approx(seconds)

    def test_pb_with_food_is_peanut_butter(self) -> None:
        meals = _meals("ran 5k 25:00, then toast and pb")
        assert [item.food for item in meals[0].items] == ["toast", "peanut butter"]

    @pytest.mark.parametrize("text", ["PB!!", "pb!", "New PR! 🎉", "another pb!!! so happy"])
    def test_pb_cheered_alone_logs_nothing(self, text: str) -> None:
        """The message after a race: 191 kcal of peanut butter had been logged for "PB!!"."""
        assert parse(text).events == ()

    @pytest.mark.parametrize(
        ("text", "foods"),
        [("toast and pb!", ["toast", "peanut butter"]), ("pb", ["peanut butter"]),
         ("banana and pb!!", ["banana", "peanut butter"])],
    )
    def test_pb_eaten_stays_peanut_butter(self, text: str, foods: list[str]) -> None:
        assert [item.food for item in _meals(text)[0].items] == foods


class TestFuelHandedOverAndWhereInARace:
    """Food someone handed the runner is the runner's; a distance it was had at is no run."""

    @pytest.mark.parametrize(
        ("text", "foods"),
        [
            ("crew handed me a cold quesadilla and a red bull at mile 60",
             ["quesadilla", "energy drink"]),
            ("crew gave me a cup of mashed potatoes and a cup of broth at 80k",
             ["mashed potato", "broth"]),
            ("my mum made me porridge and a coffee", ["porridge", "coffee"]),
            ("2 gels at 30k", ["energy gel"]),
        ],
    )
    def test_only_the_food(self, text: str, foods: list[str]) -> None:
        (eaten,) = parse(text).events
        assert isinstance(eaten, MealLogged)
        assert [item.food for item in eaten.items] == foods

    def test_gels_at_two_distances_beside_the_run(self) -> None:
        (logged,) = _runs("long run 30k 2:50, gels at 10k and 20k")
        assert logged.distance_m == pytest.approx(30000)

    @pytest.mark.parametrize(
        "text", ["coach made me run 10k 50:00", "tempo at 10k pace, 10k 45:00"]
    )
    def test_a_run_stays_a_run(self, text: str) -> None:
        (logged,) = _runs(text)
        assert logged.distance_m == pytest.approx(10000)


class TestASessionSetByACoach:
    """ "coach had us do ...", "the club made us run ...": the runner's own session."""

    @pytest.mark.parametrize(
        ("text", "km", "minutes"),
        [
            ("coach had us do 10 x 1k on the grass, 12.4 km total, 58 min", 12.4, 58),
            ("the club made us run hill reps, 9k 52:30", 9, 52.5),
        ],
    )
    def test_the_run(self, text: str, km: float, minutes: float) -> None:
        result = parse(text)
        (logged,) = result.events
        assert isinstance(logged, RunLogged)
        assert logged.distance_m == pytest.approx(km * 1000)
        assert logged.duration_s == pytest.approx(minutes * 60)
        assert result.unparsed == ()


class TestADaysLogByTheClock:
    """A day's log by the clock is in the order of the day: "6:00 coffee" above "12:30 tuna
    sandwich" is six in the morning, not six this evening."""

    def test_the_morning_s_clocks(self) -> None:
        events = parse(
            "6:00 coffee\n6:30 run 10k 50:00\n8:00 porridge\n12:30 tuna sandwich"
        ).events
        hours = [e.at.astimezone(BERLIN).strftime("%H:%M") for e in events]
        assert hours == ["06:00", "06:30", "08:00", "12:30"]

    def test_a_log_in_the_24_hour_clock(self) -> None:
        events = parse("6:10 espresso, 13:00 soup 300 kcal, 19:30 pasta 600 kcal").events
        assert events[0].at.astimezone(BERLIN).hour == 6


class TestSurfing:
    """Surfing and bodyboarding are sessions (Compendium 18220, 3.0 MET); "surf and turf" is a
    dish."""

    @pytest.mark.parametrize(
        ("text", "minutes"),
        [("surf 1.5 hrs", 90), ("surfed for 2 hours this morning", 120),
         ("bodyboarding 1 hr at the beach", 60)],
    )
    def test_a_session(self, text: str, minutes: float) -> None:
        (session,) = parse(text).events
        assert isinstance(session, ActivityLogged)
        assert session.activity == "surf"
        assert session.duration_s == pytest.approx(minutes * 60)

    def test_surf_and_turf_is_dinner(self) -> None:
        result = parse("surf and turf for dinner")
        (eaten,) = result.events
        assert isinstance(eaten, MealLogged)
        assert [item.food for item in eaten.items] == ["steak", "shrimp"]


class TestAGymSplitsDay:
    """A day of a gym split ("upper/lower split, lower today", "pull session") is a strength
    session of its minutes."""

    @pytest.mark.parametrize(
        ("text", "minutes"),
        [("upper/lower split, lower today, 1 hr", 60), ("push/pull/legs, pull today, 55 min", 55),
         ("pull session 40 min", 40)],
    )
    def test_the_session(self, text: str, minutes: float) -> None:
        (session,) = parse(text).events
        assert isinstance(session, StrengthLogged)
        assert session.duration_s == pytest.approx(minutes * 60)
