"""A whole day in one message: meals by label or by the clock, each its own meal (issue 15)."""

from __future__ import annotations

import pytest

from engine.events import MealLogged, RunLogged
from tests.engine.test_parsing import BERLIN, parse


def meals(text: str) -> list[MealLogged]:
    return [e for e in parse(text).events if isinstance(e, MealLogged)]


def local_hours(text: str) -> list[str]:
    return [m.at.astimezone(BERLIN).strftime("%H:%M") for m in meals(text)]


class TestADayByTheClock:
    """ "7am oats, 1pm soup": a meal at each time, eaten when the runner says."""

    @pytest.mark.parametrize(
        ("text", "hours"),
        [
            ("7am oats with milk, 1pm chicken salad, 7pm pasta", ["07:00", "13:00", "19:00"]),
            ("7am porridge\n10am banana\n1pm tuna sandwich", ["07:00", "10:00", "13:00"]),
            ("08:00 porridge\n12:30 tuna sandwich\n18:45 chilli", ["08:00", "12:30", "18:45"]),
            ("08:00 porridge, 12:30 soup", ["08:00", "12:30"]),
            ("oats at 7am, soup at 1pm", ["07:00", "13:00"]),
            # the clock written as a label
            ("7am - 2 eggs + toast, 10am - banana, 1pm - salad", ["07:00", "10:00", "13:00"]),
            ("7am: porridge, 1pm: soup, 7pm: pasta", ["07:00", "13:00", "19:00"]),
            ("08:00 - oats, 12:30 - tuna sandwich", ["08:00", "12:30"]),
        ],
    )
    def test_each_time_starts_a_meal(self, text: str, hours: list[str]) -> None:
        """Each time gets its own meal at that time; nothing is left unread."""
        assert local_hours(text) == hours
        assert all(item.resolved for meal in meals(text) for item in meal.items)
        assert parse(text).unparsed == ()

    def test_foods_after_a_time_stay_in_its_meal(self) -> None:
        """ "10:00 2 eggs and toast": one meal of two foods at ten, the clock no amount."""
        (meal,) = meals("10:00 2 eggs and toast")
        assert [item.food for item in meal.items] == ["egg", "toast"]
        assert meal.items[0].quantity == 2
        assert local_hours("10:00 2 eggs and toast") == ["10:00"]

    def test_a_time_at_the_end_of_a_meal_is_when_it_was_eaten(self) -> None:
        """ "eggs, toast. coffee at 9" is one breakfast at nine, not a new meal."""
        (meal,) = meals("eggs, toast. coffee at 9am")
        assert len(meal.items) == 3
        assert local_hours("eggs, toast. coffee at 9am") == ["09:00"]

    def test_a_run_time_is_not_a_clock(self) -> None:
        """ "22:30 5k" and "5k, 25:30" are runs with their times, not meals at half ten."""
        for text in ("22:30 5k", "5k, 25:30"):
            (run,) = parse(text).events
            assert isinstance(run, RunLogged)
            assert run.distance_m == 5000

    def test_a_labelled_meal_with_a_time(self) -> None:
        """ "lunch at 1pm: soup": the colon after the time does not hide the "pm"."""
        (meal,) = meals("lunch at 1pm: soup")
        assert meal.meal == "lunch"
        assert [item.food for item in meal.items] == ["soup"]
        assert local_hours("lunch at 1pm: soup") == ["13:00"]


class TestADayByLabel:
    def test_a_bar_between_meals(self) -> None:
        """ "bfast: eggs + toast | lunch: pizza": the bar is no part of any food's name."""
        text = "bfast: 2 scrambled eggs + toast | lunch: leftover pizza x2 slices | dinner: salmon"
        logged = meals(text)
        assert [m.meal for m in logged] == ["breakfast", "lunch", "dinner"]
        assert all("|" not in item.text for m in logged for item in m.items)

    def test_a_bar_between_foods(self) -> None:
        (meal,) = meals("2 eggs | toast | coffee")
        assert [item.food for item in meal.items] == ["egg", "toast", "coffee"]


class TestATitleBeforeTheFoods:
    """ "thanksgiving leftovers: turkey, stuffing": a title names no food; the list is the meal."""

    def test_a_title_that_names_no_food_is_dropped(self) -> None:
        (meal,) = meals("thanksgiving leftovers: turkey, stuffing, mashed potatoes and gravy")
        assert len(meal.items) == 4
        assert all(item.resolved for item in meal.items)
        assert meal.items[0].text == "turkey"

    def test_a_food_before_the_colon_is_the_first_item(self) -> None:
        """ "toast: butter and jam" is toast with butter and jam, none of them unknown."""
        (meal,) = meals("toast: butter and jam")
        assert [item.food for item in meal.items] == ["toast", "butter", "jam"]


class TestADishAndWhatWentIntoIt:
    """Each thing eaten counts once: a dish and its listed parts are not both logged."""

    def test_made_with_and_no_amounts_is_the_dish_and_what_goes_with_it(self) -> None:
        """ "porridge made with semi-skimmed and a drizzle of honey": three known foods, no
        "porridge made" to ask about, and the meal about what the USDA rows say (276 kcal)."""
        (meal,) = meals("porridge made with semi-skimmed and a drizzle of honey")
        assert [item.food for item in meal.items] == ["porridge", "semi-skimmed milk", "honey"]
        assert 276 * 0.85 <= meal.kcal <= 276 * 1.15

    def test_made_from_scratch_names_no_food(self) -> None:
        (meal,) = meals("curry made from scratch")
        assert [item.food for item in meal.items] == ["curry"]

    @pytest.mark.parametrize(
        "text",
        ["smoothie with banana, spinach and almond milk", "smoothie made with banana and oat milk"],
    )
    def test_a_smoothie_listed_by_its_parts_is_only_its_parts(self, text: str) -> None:
        """The table's ready-made smoothie on top of the blend would count it twice."""
        (meal,) = meals(text)
        assert "smoothie" not in " ".join(str(item.food) for item in meal.items)
        assert meal.items[0].food == "banana"
        assert meal.kcal < 300

    def test_overnight_oats_hold_their_yoghurt_once(self) -> None:
        """Overnight oats are oats soaked in yoghurt and milk: the yoghurt named with them is
        the jar's own, not a second pot; the berries are on top."""
        (meal,) = meals("overnight oats with yoghurt and berries")
        assert [item.food for item in meal.items] == ["overnight oats", "mixed berries"]
        assert 300 < meal.kcal < 450


class TestStatedNumbers:
    @pytest.mark.parametrize("text", ["3 gels @ 100kcal", "3 x gels @ 100 cals"])
    def test_a_count_at_a_stated_kcal_is_that_much_each(self, text: str) -> None:
        """ "3 gels @ 100kcal" is 300 kcal: the runner's number wins, once per gel."""
        (meal,) = meals(text)
        assert meal.kcal == pytest.approx(300)
        assert meal.items[0].source == "stated"


class TestARunNamedInAMealLabel:
    """ "after my 4 mile run (34:50)": a label with the run's distance, and its time."""

    @pytest.mark.parametrize(
        ("text", "km", "seconds"),
        [
            ("two pb and j sandwiches after my 4 mile run (34:50)", 6.437, 34 * 60 + 50),
            ("choc milk after 8k run in 40 min", 8.0, 40 * 60),
        ],
    )
    def test_the_run_is_logged_and_the_food_is_the_meal(
        self, text: str, km: float, seconds: int
    ) -> None:
        events = parse(text).events
        (run,) = [e for e in events if isinstance(e, RunLogged)]
        assert run.distance_m / 1000 == pytest.approx(km, abs=0.01)
        assert run.duration_s == seconds
        (meal,) = meals(text)
        assert meal.meal == "recovery"
        assert all(item.resolved for item in meal.items)
        assert not any(ch in item.text for item in meal.items for ch in "():")

    def test_without_a_time_the_run_is_only_a_label(self) -> None:
        """ "protein shake after my 10k run" names a run logged on its own: no second run."""
        assert [type(e).__name__ for e in parse("protein shake after my 10k run").events] == [
            "MealLogged"
        ]


class TestLabelMarks:
    @pytest.mark.parametrize(
        "text",
        [
            "Breakfast = oats, lunch = soup, dinner = curry",
            "breakfast -> oats, lunch -> soup, dinner -> curry",
            "B - oats, L - soup, D - curry",
            "b=oats, l=soup, d=curry",
        ],
    )
    def test_a_label_with_any_mark_starts_its_meal(self, text: str) -> None:
        """ "=", "->" or " - " after a label, "b - " as a day's shorthand: three meals."""
        logged = meals(text)
        assert [m.meal for m in logged] == ["breakfast", "lunch", "dinner"]
        assert [m.items[0].text for m in logged] == ["oats", "soup", "curry"]

    def test_a_letter_after_a_word_is_no_label(self) -> None:
        """ "vitamin d - 1 tablet" is no dinner."""
        assert all(m.meal != "dinner" for m in meals("vitamin d - 1 tablet"))


class TestWhatADayLogSays:
    def test_a_labelled_meal_not_understood_is_asked_about(self) -> None:
        """ "lunch: leftovers" is not dropped with a plain "Logged": the lunch asks about it."""
        result = parse("breakfast: 2 weetabix, banana | lunch: leftovers | dinner: chicken curry")
        logged = [m for m in result.events if isinstance(m, MealLogged)]
        assert [m.meal for m in logged] == ["breakfast", "lunch", "dinner"]
        assert [(i.text, i.resolved) for i in logged[1].items] == [("leftovers", False)]

    @pytest.mark.parametrize("text", ["breakfast: nothing, lunch: soup", "b: none. lunch soup"])
    def test_a_meal_of_nothing_is_no_meal_and_no_question(self, text: str) -> None:
        result = parse(text)
        assert [m.meal for m in meals(text)] == ["lunch"]
        assert all(item.resolved for m in meals(text) for item in m.items)
        assert result.unparsed == ()

    @pytest.mark.parametrize(
        ("text", "label", "food"),
        [
            ("late night snack: toast", "snack", "toast"),
            ("dinner: takeaway pizza", "dinner", "pizza"),
            ("midnight snack: 2 digestives", "snack", "digestive biscuit"),
        ],
    )
    def test_words_around_a_label_name_no_food(self, text: str, label: str, food: str) -> None:
        (meal,) = meals(text)
        assert meal.meal == label
        assert [item.food for item in meal.items] == [food]
        assert parse(text).unparsed == ()

    def test_snacked_on_is_how_it_was_eaten(self) -> None:
        (meal,) = meals("snacked on crisps and a kitkat")
        assert [item.food for item in meal.items] == ["crisps", "kit kat"]


class TestADayInOtherShapes:
    def test_a_sentence_after_a_run_time_is_its_own(self) -> None:
        """ "6.2 mi in 58:10. Food: eggs + toast": the full stop after the time ends the run."""
        events = parse("Weds: 6.2 mi in 58:10. Food: eggs + toast, turkey sandwich").events
        (run,) = [e for e in events if isinstance(e, RunLogged)]
        assert run.duration_s == 58 * 60 + 10
        (meal,) = [e for e in events if isinstance(e, MealLogged)]
        assert [item.food for item in meal.items] == ["egg", "toast", "turkey sandwich homemade"]

    def test_s_is_the_snack_of_a_shorthand_day(self) -> None:
        text = "Food log: B - 2 eggs, toast | L - chicken salad | D - salmon | S - protein bar"
        assert [m.meal for m in meals(text)] == ["breakfast", "lunch", "dinner", "snack"]
        assert parse(text).unparsed == ()

    def test_labels_in_brackets_after_the_food(self) -> None:
        """ "porridge (b), sandwich (l), curry (d)": "(l)" is lunch, not a litre of sandwich."""
        logged = meals("ate: porridge (b), sandwich (l), curry (d)")
        assert [m.meal for m in logged] == ["breakfast", "lunch", "dinner"]
        assert logged[1].items[0].unit is None
        assert logged[1].kcal < 600

    def test_a_label_after_a_word_or_two_starts_its_meal(self) -> None:
        """ "light lunch (soup)" between a breakfast and "pizza for dinner" is the lunch."""
        logged = meals("had a big breakfast (full english), light lunch (soup), pizza for dinner")
        assert [m.meal for m in logged] == ["breakfast", "lunch", "dinner"]
        assert [item.text for item in logged[1].items] == ["soup"]
        assert [item.food for item in logged[2].items] == ["pizza"]


class TestADishTitledBeforeItsParts:
    @pytest.mark.parametrize(
        "text",
        [
            "chipotle bowl: chicken, white rice, black beans, salsa, cheese",
            "l: chipotle bowl (chicken, rice, black beans, salsa, cheese)",
        ],
    )
    def test_a_bowl_listed_by_its_parts_is_only_its_parts(self, text: str) -> None:
        """The parts are the bowl: the table's burrito bowl on top would count it twice."""
        (meal,) = meals(text)
        assert meal.items[0].text == "chicken"
        assert len(meal.items) == 5
        assert "bowl" not in " ".join(str(item.food) for item in meal.items)

    def test_a_meal_deal_in_brackets_is_its_three_things(self) -> None:
        (meal,) = meals("Lunch - meal deal (chicken sandwich, crisps, diet coke)")
        assert meal.meal == "lunch"
        assert [item.text for item in meal.items] == ["chicken sandwich", "crisps", "diet coke"]


class TestAStatedTotal:
    """The runner's number for the whole wins over the table's numbers for the parts."""

    @pytest.mark.parametrize(
        ("text", "kcal"),
        [
            ("chicken tikka masala with rice and a naan, probably 1100 kcal", 1100),
            ("shepherd's pie, 400 kcal per the packet", 400),
            ("pasta bake 350g, label says 520 kcal", 520),
            ("protein pancakes (2 eggs, 1 banana, 30g whey) - about 420 cal", 420),
            ("overnight oats (50g oats, 150ml almond milk, 1 tbsp chia) 310 kcal", 310),
            ("2 eggs and toast, 300 kcal", 300),
        ],
    )
    def test_a_total_after_the_foods_is_the_meal(self, text: str, kcal: float) -> None:
        (meal,) = meals(text)
        assert meal.kcal == pytest.approx(kcal)
        assert parse(text).unparsed == ()

    def test_a_total_after_a_labelled_meal_is_that_meal(self) -> None:
        """ "fish pie for tea, about 550 kcal": the tea was 550 kcal, not 550 more."""
        text = "weetabix for breakfast, fish pie for tea, about 550 kcal"
        logged = meals(text)
        assert [m.meal for m in logged] == ["breakfast", "dinner"]
        assert logged[1].kcal == pytest.approx(550)


class TestFoodAroundARun:
    def test_after_the_club_xmas_run_is_a_recovery_label(self) -> None:
        """No 333 m run from "2 mince pies": the run is named, not logged."""
        events = parse("2 mince pies and a brew after the club xmas run").events
        assert [type(e).__name__ for e in events] == ["MealLogged"]
        (meal,) = meals("2 mince pies and a brew after the club xmas run")
        assert meal.meal == "recovery"
        assert [item.food for item in meal.items] == ["mince pie", "tea with milk"]

    def test_over_the_run_is_fuel_not_a_run_to_log(self) -> None:
        """ "tailwind 3 scoops over the run, 300 kcal" is 300 kcal drunk, not a refused run."""
        (meal,) = meals("tailwind 3 scoops over the run, 300 kcal")
        assert meal.kcal == pytest.approx(300)

    def test_at_the_aid_station_is_where_not_how_far(self) -> None:
        """ "a coke at the 50k aid" logs the coke, and no 50 km run."""
        events = parse("4 boiled potatoes with salt and a coke at the 50k aid").events
        assert [type(e).__name__ for e in events] == ["MealLogged"]
        (meal,) = meals("4 boiled potatoes with salt and a coke at the 50k aid")
        assert "cola" in [item.food for item in meal.items]


class TestTalkAboutFood:
    @pytest.mark.parametrize(
        "text",
        [
            "ate way too much at the christmas do lol",
            "my partner made a huge lasagne, saving it for after the long run",
        ],
    )
    def test_no_meal_is_made_up(self, text: str) -> None:
        """Overeating with no food named, or food saved for later: nothing to log or ask."""
        result = parse(text)
        assert result.events == ()
        assert result.unparsed == ()

    def test_too_much_of_a_food_is_still_the_food(self) -> None:
        (meal,) = meals("ate too much pizza")
        assert [item.food for item in meal.items] == ["pizza"]

    def test_a_hedged_count_later_is_the_count(self) -> None:
        """ "wings w ranch, maybe 8 wings": eight wings and the ranch, nothing to ask."""
        (meal,) = meals("wings w ranch, maybe 8 wings")
        assert [(item.food, item.quantity) for item in meal.items] == [
            ("chicken wings", 8),
            ("ranch dressing", None),
        ]


class TestANumberedList:
    @pytest.mark.parametrize(
        "text", ["1. porridge 2. tuna sandwich 3. curry", "1) porridge\n2) tuna sandwich\n3) curry"]
    )
    def test_the_marks_are_no_amounts(self, text: str) -> None:
        """ "1. porridge 2. tuna sandwich": one of each, not two porridges and three sandwiches."""
        logged = [item for meal in meals(text) for item in meal.items]
        assert [(item.food, item.quantity) for item in logged] == [
            ("porridge", None),
            ("tuna sandwich", None),
            ("curry", None),
        ]
        assert parse(text).unparsed == ()

    def test_a_numbered_line_is_a_meal_of_its_own(self) -> None:
        """A day's log as a numbered list, a line per meal, with no labels: a meal each (block
        f's "1. porridge + blueberries\n2. chicken wrap\n..."); the marks still count nothing,
        even before a count ("1. 2 eggs on toast")."""
        logged = meals("1. 2 eggs on toast\n2. tuna sandwich\n3. apple")
        assert [[(i.food, i.quantity) for i in meal.items] for meal in logged] == [
            [("egg", 2), ("toast", 2)],  # two eggs on two slices, as the blocks label it
            [("tuna sandwich", None)],
            [("apple", None)],
        ]

    def test_a_list_on_one_line_is_one_meal(self) -> None:
        (meal,) = meals("1. porridge 2. tuna sandwich 3. curry")
        assert len(meal.items) == 3
