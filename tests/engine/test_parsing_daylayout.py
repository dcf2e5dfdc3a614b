"""Issue 15, a whole day laid out in one message: each line or part of a day's log its own
meal or event, the layout's marks, headings and clocks no food (scripts/corpus_probes_days9.py)."""

from __future__ import annotations

import pytest

from engine.events import MealLogged, RunLogged, WeightLogged
from tests.engine.test_parsing import BERLIN, parse


def meals(text: str) -> list[MealLogged]:
    return [e for e in parse(text).events if isinstance(e, MealLogged)]


def foods(text: str) -> list[list[str | None]]:
    """The foods of each meal the message logs, meal by meal."""
    return [[item.food for item in meal.items] for meal in meals(text)]


class TestMiddleDots:
    """Middle dots between the parts of a day part them as bars do."""

    def test_each_part_is_its_own_event(self) -> None:
        """A weigh-in, a run and each food between dots: five events, no word left over."""
        result = parse("weighed 70.4 · ran 9.5k 49:50 · greek yoghurt · lentil soup · an apple")
        assert [type(e) for e in result.events] == [
            WeightLogged, RunLogged, MealLogged, MealLogged, MealLogged
        ]
        assert result.unparsed == ()

    def test_a_label_before_a_dot_labels_the_food_after_it(self) -> None:
        """ "brekky · 2 weetbix" on each line is breakfast's weetbix, not a food named "·"."""
        logged = meals("brekky · 2 weetbix\nsmoko · a flat white\nlunch · a sausage roll")
        assert [m.meal for m in logged] == ["breakfast", "snack", "lunch"]
        assert all(item.resolved for m in logged for item in m.items)

    def test_a_dot_leading_a_line_is_a_bullet(self) -> None:
        assert foods("· porridge\n· 10k 50:00\n· soup 300 kcal") == [["porridge"], ["soup"]]

    def test_one_dot_alone_parts_nothing(self) -> None:
        """A watch's "42.8 km · 1h 31m" under its ride's title is still the ride."""
        (ride,) = parse("Strava\nAfternoon Ride\n42.8 km · 1h 31m").events
        assert ride.duration_s == 91 * 60


class TestALineEach:
    """In a day's log by lines, each line of food is a meal of its own."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("today\nporridge\nbanana\nham sandwich", [["porridge"], ["banana"], ["ham sandwich"]]),
            ("food so far:\nbagel\nan apple\nsoup 250 kcal", [["bagel"], ["apple"], ["soup"]]),
            ("porridge with a banana\na brew\nbeef stew 600 kcal",
             [["porridge", "banana"], ["tea with milk"], ["beef stew"]]),
            ("long run\n28k 2:35:00\nbagel before\nchocolate milk 500ml after",
             [["bagel"], ["chocolate milk"]]),
        ],
    )
    def test_a_meal_a_line(self, text: str, expected: list[list[str]]) -> None:
        assert foods(text) == expected

    def test_lines_with_no_sign_of_a_day_stay_one_meal(self) -> None:
        """ "• porridge\n• a banana\n• a coffee" may be one breakfast's foods."""
        assert foods("porridge\na banana\na coffee") == [["porridge", "banana", "coffee"]]

    def test_lines_under_a_label_heading_are_that_meal(self) -> None:
        logged = meals("Breakfast\n- 2 eggs\n- a banana\nLunch\n- soup 250 kcal")
        assert [(m.meal, len(m.items)) for m in logged] == [("breakfast", 2), ("lunch", 1)]

    def test_a_line_going_on_with_and_stays_in_the_meal(self) -> None:
        assert foods("today\nporridge\nand a banana\nsoup 300 kcal") == [
            ["porridge", "banana"], ["soup"]
        ]

    def test_a_food_diary_s_lines_are_one_meal(self) -> None:
        """An app's copy of one meal ("Banana – 1 medium") is that meal's foods."""
        text = "Cronometer\nOatmeal – 1 cup\nBanana – 1 medium\nPeanut butter – 2 tbsp"
        assert len(meals(text)) == 1

    def test_meal_letters_on_lines_of_their_own_head_the_lines_under_them(self) -> None:
        """ "D:" alone on its line is dinner's heading, not the chatter of "I'd"."""
        text = "B:\noats 50g\nbanana\nL:\nsoup 250 kcal\nD:\nstir fry 600 kcal\nS:\nan apple"
        assert [(m.meal, len(m.items)) for m in meals(text)] == [
            ("breakfast", 2), ("lunch", 1), ("dinner", 1), ("snack", 1)
        ]

    def test_a_line_after_a_labelled_meal_with_its_food_is_a_meal_of_its_own(self) -> None:
        """ "roast chicken dinner 850kcal" then "2 squares dark choc": the chocolate came after."""
        text = "long run\n- 30k 2:46:10\n- roast chicken dinner 850kcal\n- 2 squares dark choc"
        logged = meals(text)
        assert [len(m.items) for m in logged] == [1, 1]


class TestHeadings:
    """A heading over a day's lines names no food: nothing logged for it, nothing asked."""

    @pytest.mark.parametrize(
        "text",
        [
            "food so far:\nbagel\nsoup 250 kcal",
            "race day fuel\npre: a banana\npost: pizza 1100 kcal",
            "Notes\nfood + training\n- 10k 49:45\n- porridge",
            "TRAINING\n8k easy 44:00\n\nFOOD\nporridge",
            "Mon: rest · 72.3kg · porridge · an orange",
            "brick sat · 60 min turbo · 4k 19:20 · porridge",
            "DAY 3 FOOD\nbanana\ncurry 700 kcal",
            "week 2 day 3 log\n5k 30:00\nporridge",
        ],
    )
    def test_the_heading_is_understood(self, text: str) -> None:
        result = parse(text)
        assert result.unparsed == ()
        assert all(item.resolved for m in meals(text) for item in m.items)


class TestRaceDayFuel:
    """ "pre:", "during:" and "post:" head a race day's fuel, a meal each."""

    def test_each_short_heading_is_a_meal(self) -> None:
        logged = meals("pre: toast + a banana\nduring: 6 gels 600 kcal\npost: pizza 1100 kcal")
        assert [(m.meal, len(m.items)) for m in logged] == [
            ("snack", 2), (None, 1), ("recovery", 1)
        ]

    def test_pre_as_a_word_s_start_is_no_heading(self) -> None:
        """ "prep:" is no "pre:"."""
        assert [m.meal for m in meals("prep: 2 chicken breasts 300 kcal")] == [None]


class TestFasting:
    """A fast's words around a day's food log nothing and are never asked about."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("5:2 fast day: 2 boiled eggs and a black coffee", [["boiled egg", "coffee"]]),
            ("eating window 12-8: lunch a bagel, dinner salmon", [["bagel"], ["salmon"]]),
            ("fast day 500 cal: a banana for lunch", [["banana"]]),
            ("16:8 day 21, broke the fast with 3 scrambled eggs", [["scrambled eggs"]]),
            ("24h fast done, broke it with a bowl of porridge", [["porridge"]]),
            ("skipped breakfast (IF), lunch a bagel", [["bagel"]]),
            ("fasted till 1pm. lunch: 3 eggs", [["egg"]]),
            ("fasting 20:4 today\n2pm 3 eggs\n6pm a bagel", [["egg"], ["bagel"]]),
        ],
    )
    def test_only_the_food_is_logged(self, text: str, expected: list[list[str]]) -> None:
        assert foods(text) == expected
        assert parse(text).unparsed == ()

    def test_the_window_is_no_kcal_nor_clock(self) -> None:
        """ "fast day 500 cal:" is the day's allowance, not a 500 kcal meal."""
        assert [round(m.kcal) for m in meals("fast day 500 cal: a banana for lunch")] == [105]

    def test_a_window_heading_a_day_by_the_clock(self) -> None:
        text = "16:8 window 12-8\n12:00 chicken salad 450 cal\n3pm a banana"
        assert foods(text) == [["chicken salad"], ["banana"]]
        assert parse(text).unparsed == ()

    def test_the_first_food_s_time_alone_logs_nothing(self) -> None:
        """ "fasted 10k at 6am, 50:18, first food at noon": the run, no meal to ask about."""
        result = parse("fasted 10k at 6am, 50:18, first food at noon")
        assert [type(e) for e in result.events] == [RunLogged]
        assert result.unparsed == ()

    def test_a_race_leg_s_number_is_no_ratio(self) -> None:
        """ "leg 12: 5.9 mi" is the 12th leg's 5.9 miles, not a 12:5 fast."""
        (run,) = parse("Hood to Coast leg 12: 5.9 mi in 48:30").events
        assert isinstance(run, RunLogged)
        assert round(run.distance_m) == 9495


class TestClocksWithoutTheirColon:
    """A day's lines led by "0700" or "7.15" are led by clocks, not amounts."""

    def test_the_24_hour_clock_without_a_colon(self) -> None:
        text = "0700 porridge\n1230 soup 230 kcal\n1800 8k 43:00\n1930 chilli 1 cup"
        logged = meals(text)
        assert [m.at.astimezone(BERLIN).strftime("%H:%M") for m in logged] == [
            "07:00", "12:30", "19:30"
        ]
        assert any(isinstance(e, RunLogged) for e in parse(text).events)

    def test_a_dotted_clock_before_a_dash(self) -> None:
        """ "12.45 - tuna pasta 480 kcal" is a 480 kcal lunch, not 12.45 portions of it."""
        text = "7.15 - 2 weetabix\n12.45 - tuna pasta 480 kcal\n8.00 - curry 750 kcal"
        assert [round(m.kcal) for m in meals(text)] == [130, 480, 750]

    def test_one_line_alone_is_no_day_s_clock(self) -> None:
        """ "7.15 km 40:00" on its own line is a run's distance."""
        (run, _walk) = parse("7.15 km 40:00\n2.5 km walk 30 min").events
        assert isinstance(run, RunLogged)
        assert run.distance_m == 7150


class TestDashesBetweenParts:
    """Three parts or more between spaced dashes are a day's parts, a line each."""

    def test_each_part_is_its_own_event(self) -> None:
        text = "porridge - 8k 41:20 - tuna sandwich 380 kcal - stir fry 550 kcal"
        assert foods(text) == [["porridge"], ["tuna sandwich"], ["stir fry"]]

    @pytest.mark.parametrize(
        "text",
        [
            "b - 2 poached eggs on toast, l - leftover spag bol, s - twix",
            "am - ran 5k 27:00, pm - pasta 600 kcal",
            "morning - 2 eggs on toast, afternoon - apple, evening - chicken and rice",
        ],
    )
    def test_a_dash_after_a_label_or_a_time_heads_its_food(self, text: str) -> None:
        """ "b - oats, l - soup": the dashes head the meals; nothing is left over."""
        result = parse(text)
        assert result.unparsed == ()
        assert len(result.events) >= 2


class TestPlansLaidOut:
    """A day's plan laid out as a log is a plan: nothing logged."""

    @pytest.mark.parametrize(
        "text",
        [
            "tomorrow's menu: b: porridge / l: wrap / d: curry",
            "meal plan for the week\nMon: chilli\nTue: pasta\nWed: fish",
            "meal plan\nMon: chilli\nTue: pasta",
        ],
    )
    def test_nothing_is_logged(self, text: str) -> None:
        assert parse(text).events == ()


class TestPartsOfTheDay:
    """A part of the day heading a run is the run's time, not a meal's label."""

    def test_arvo_heading_a_run_is_the_afternoon_s_run(self) -> None:
        """ "arvo: 10k 54:00" is a run in the afternoon; "arvo: an apple" stays a snack."""
        (run,) = parse("arvo: 10k 54:00").events
        assert isinstance(run, RunLogged)
        assert [m.meal for m in meals("arvo: an apple")] == ["snack"]


class TestMoreMarks:
    """Small triangles part a day as middle dots do; "w:" heads a day's weigh-in."""

    def test_triangles_between_parts(self) -> None:
        result = parse("log ▸ 70.2kg ▸ 12k 1:02:00 ▸ porridge ▸ curry 700 kcal")
        assert [type(e) for e in result.events] == [
            WeightLogged, RunLogged, MealLogged, MealLogged
        ]

    def test_a_weigh_in_under_its_letter(self) -> None:
        """ "w: 172.4 lb" beside "b:" and "r:" is the day's weigh-in."""
        weights = [e for e in parse("b: porridge\nr: 5 mi 44:00\nw: 172.4 lb").events
                   if isinstance(e, WeightLogged)]
        assert [round(w.mass_kg, 1) for w in weights] == [78.2]
