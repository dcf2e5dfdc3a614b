"""The message parser: what a runner texts and what gets logged."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import cache
from zoneinfo import ZoneInfo

import pytest

from engine.errors import ImplausibleValue, ParseError
from engine.events import (
    ActivityLogged,
    MealLogged,
    RunLogged,
    StrengthLogged,
    WeightLogged,
)
from engine.food import FoodTable
from engine.parsing import ParseContext, ParseResult, parse_food_definition, parse_message
from engine.profile import Units

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
# 18:00 UTC = 19:00 in Berlin = 13:00 in New York
RECEIVED_AT = datetime(2026, 11, 26, 18, 0, tzinfo=UTC)


@cache
def foods() -> FoodTable:
    return FoodTable.load()


def a_context(
    *,
    received_at: datetime = RECEIVED_AT,
    tz: ZoneInfo = BERLIN,
    units: Units = "metric",
    recent_pace_s_per_km: float | None = None,
) -> ParseContext:
    return ParseContext(
        received_at=received_at,
        tz=tz,
        foods=foods(),
        units=units,
        recent_pace_s_per_km=recent_pace_s_per_km,
    )


def parse(text: str, **kwargs: object) -> ParseResult:
    return parse_message(text, a_context(**kwargs))  # type: ignore[arg-type]


def only_run(text: str, **kwargs: object) -> RunLogged:
    (event,) = parse(text, **kwargs).events
    assert isinstance(event, RunLogged)
    return event


def only_meal(text: str) -> MealLogged:
    (event,) = parse(text).events
    assert isinstance(event, MealLogged)
    return event


class TestRunDistanceAndDuration:
    @pytest.mark.parametrize(
        ("text", "km", "minutes"),
        [
            ("ran 10k in 50 min", 10, 50),
            ("5k 25:30", 5, 25.5),
            ("ran 8 km, 45 mins", 8, 45),
            ("half marathon 1:45:00", 21.0975, 105),
            ("marathon 3:59:59", 42.195, 239 + 59 / 60),
            ("ran 6 miles in 52 min", 6 * 1.609344, 52),
            ("ran 800m in 3 min", 0.8, 3),
            ("long run 1h05, 12 km", 12, 65),
            ("ran 1 hour 50 and 18 km", 18, 110),
            ("10 km in an hour", 10, 60),
            ("half in 1:52", 21.0975, 112),
            ("10k in 50", 10, 50),
            ("intervals 8x400m, total 7 km in 40 min", 7, 40),
            ("parkrun 24:10", 5, 24 + 10 / 60),
        ],
    )
    def test_distance_and_duration_are_read_as_typed(
        self, text: str, km: float, minutes: float
    ) -> None:
        """Distances in km, k, m and miles and durations in any common notation are read."""
        run = only_run(text)
        assert run.distance_m == pytest.approx(km * 1000, abs=1)
        assert run.duration_s == pytest.approx(minutes * 60, abs=1)

    @pytest.mark.parametrize(
        ("text", "km", "minutes"),
        [
            ("tempo 10 km at 4:30/km", 10, 45),
            ("45 min at 5:00/km", 9, 45),
            ("6 mi @ 8:30/mi", 6 * 1.609344, 51),
            ("ran 4 miles at 9:10 pace", 4 * 1.609344, 36 + 40 / 60),
        ],
    )
    def test_the_third_of_distance_duration_and_pace_is_derived(
        self, text: str, km: float, minutes: float
    ) -> None:
        """Two of distance, duration and pace give the third, and nothing is marked estimated."""
        run = only_run(text)
        assert run.distance_m == pytest.approx(km * 1000, abs=1)
        assert run.duration_s == pytest.approx(minutes * 60, abs=1)
        assert "distance_km" not in run.estimated
        assert "duration_min" not in run.estimated

    def test_a_bare_pace_is_per_mile_for_imperial_users(self) -> None:
        """ "9:10 pace" means per mile when the user's units are imperial."""
        run = only_run("ran 55 min at 9:10 pace", units="imperial")
        assert run.distance_m == pytest.approx(55 / (9 + 10 / 60) * 1609.344, abs=1)

    def test_a_duration_only_run_estimates_distance_from_recent_pace(self) -> None:
        """ "ran 45 min" uses the user's recent pace and says the distance is estimated."""
        run = only_run("ran 45 min", recent_pace_s_per_km=300.0)
        assert run.distance_m == pytest.approx(9000)
        assert "distance_km" in run.estimated

    def test_a_duration_only_run_without_history_uses_a_default_pace(self) -> None:
        """Without a recent pace the distance comes from 6:00/km and is marked estimated."""
        run = only_run("ran for an hour")
        assert run.distance_m == pytest.approx(10_000)
        assert "distance_km" in run.estimated

    def test_a_distance_only_run_estimates_duration(self) -> None:
        """ "ran 10k" gets a duration from the default pace, marked estimated."""
        run = only_run("ran 10k")
        assert run.duration_s == pytest.approx(3600)
        assert "duration_min" in run.estimated


class TestRunDetails:
    @pytest.mark.parametrize(
        ("text", "tag"),
        [
            ("easy 8k 48 min", "easy"),
            ("tempo 10k 45 min", "tempo"),
            ("intervals 8x400m, 7 km in 40 min", "intervals"),
            ("long run 25 km 2:30:00", "long"),
            ("10k race 44:30", "race"),
            ("recovery run 5k 32 min", "recovery"),
            ("treadmill 5k in 28 min", "treadmill"),
            ("trail run 15k 1h40", "trail"),
        ],
    )
    def test_the_kind_of_run_is_kept_as_a_tag(self, text: str, tag: str) -> None:
        """Words such as easy, tempo or trail become tags of the run."""
        assert tag in only_run(text).tags

    @pytest.mark.parametrize("text", ["trail run 15k +600m 1h40", "trail 15 km 1h40 600 m climb"])
    def test_elevation_gain_is_read(self, text: str) -> None:
        """ "+600m" and "600 m climb" are elevation gain, not distance."""
        run = only_run(text)
        assert run.elevation_gain_m == 600
        assert run.distance_m == 15_000

    def test_climbing_costs_energy(self) -> None:
        """The same run with 600 m of climbing costs more than flat."""
        flat = only_run("trail run 15k 1h40")
        hilly = only_run("trail run 15k +600m 1h40")
        assert hilly.energy_kcal > flat.energy_kcal

    def test_run_energy_is_net_of_resting(self) -> None:
        """10 km in 50 min for 70 kg costs 0.9 x the ACSM net, ~630 kcal (science.md 3.5 rev 2)."""
        run = only_run("ran 10k in 50 min")
        assert run.energy_kcal == pytest.approx(0.9 * 703, abs=5)


class TestTimeWords:
    def test_a_run_without_a_time_started_its_duration_ago(self) -> None:
        """No time word: the run started `duration` before the message, marked estimated."""
        run = only_run("ran 10k in 50 min")
        assert run.at == datetime(2026, 11, 26, 17, 10, tzinfo=UTC)
        assert "started_at" in run.estimated

    @pytest.mark.parametrize(
        ("text", "tz", "local"),
        [
            ("ran 5k 25 min this morning", BERLIN, datetime(2026, 11, 26, 7, 0)),
            ("ran 5k 25 min yesterday evening", BERLIN, datetime(2026, 11, 25, 19, 0)),
            ("ran 5k 25 min at 7", BERLIN, datetime(2026, 11, 26, 7, 0)),
            ("ran 5k 25 min at 6pm", BERLIN, datetime(2026, 11, 26, 18, 0)),
            ("ran 5k 25 min at 7:30", NEW_YORK, datetime(2026, 11, 26, 7, 30)),
            ("ran 5k 25 min this morning", NEW_YORK, datetime(2026, 11, 26, 7, 0)),
            ("ran 5k 25 min yesterday at 18:30", NEW_YORK, datetime(2026, 11, 25, 18, 30)),
            ("ran 5k 25 min on monday evening", BERLIN, datetime(2026, 11, 23, 19, 0)),
            ("ran 5k 25 min last night", BERLIN, datetime(2026, 11, 25, 20, 0)),
        ],
    )
    def test_time_words_are_read_in_the_users_zone(
        self, text: str, tz: ZoneInfo, local: datetime
    ) -> None:
        """ "this morning", "yesterday", "at 7" mean the user's local clock."""
        run = only_run(text, tz=tz)
        assert run.at == local.replace(tzinfo=tz)

    def test_hours_ago_counts_back_from_the_message(self) -> None:
        """ "2 hours ago" is two hours before the message arrived, not a duration."""
        run = only_run("2 hours ago ran 8k in 44:10")
        assert run.at == datetime(2026, 11, 26, 16, 0, tzinfo=UTC)
        assert run.duration_s == 44 * 60 + 10

    def test_yesterday_is_the_users_yesterday_across_midnight(self) -> None:
        """At 00:30 in Berlin (23:30 UTC the day before), "yesterday" is Berlin's yesterday."""
        received = datetime(2026, 11, 26, 23, 30, tzinfo=UTC)  # 00:30 on 27 Nov in Berlin
        run = only_run("ran 10k 50 min yesterday morning", received_at=received)
        assert run.at == datetime(2026, 11, 26, 7, 0, tzinfo=BERLIN)

    def test_yesterday_in_new_york_is_not_utcs_yesterday(self) -> None:
        """At 21:00 in New York (02:00 UTC next day), "yesterday" is New York's yesterday."""
        received = datetime(2026, 11, 27, 2, 0, tzinfo=UTC)  # 21:00 on 26 Nov in New York
        run = only_run("ran 5k 30 min yesterday at 7am", received_at=received, tz=NEW_YORK)
        assert run.at == datetime(2026, 11, 25, 7, 0, tzinfo=NEW_YORK)

    def test_an_event_never_lands_in_the_future(self) -> None:
        """A clock time later today means yesterday, so nothing is logged ahead of the message."""
        run = only_run("ran 5k 25 min at 22:00")
        assert run.at <= RECEIVED_AT


class TestOtherExercise:
    @pytest.mark.parametrize(
        ("text", "minutes"),
        [
            ("lifted 45 min", 45),
            ("gym 1h legs", 60),
            ("strength training 30 minutes", 30),
        ],
    )
    def test_strength_sessions_are_logged(self, text: str, minutes: float) -> None:
        """Lifting, gym and strength training become strength sessions."""
        (event,) = parse(text).events
        assert isinstance(event, StrengthLogged)
        assert event.duration_s == minutes * 60

    def test_strength_energy_uses_the_compendium_default(self) -> None:
        """45 min at 3.5 MET for 70 kg is ~184 kcal gross, ~131 net (science.md 4)."""
        (event,) = parse("lifted 45 min").events
        assert isinstance(event, StrengthLogged)
        assert event.energy_kcal == pytest.approx(131, abs=2)

    @pytest.mark.parametrize(
        ("text", "activity"),
        [
            ("walked 5 km in 50 min", "walk"),
            ("cycled 40 km in 1h30", "cycle"),
            ("swam 1500m in 35 min", "swim"),
            ("yoga 60 min", "yoga"),
            ("hike 3 hours", "hike"),
        ],
    )
    def test_other_activities_are_logged_with_their_name(self, text: str, activity: str) -> None:
        """Walks, rides, swims, hikes and yoga are activities, not runs."""
        (event,) = parse(text).events
        assert isinstance(event, ActivityLogged)
        assert event.activity == activity


class TestWeight:
    @pytest.mark.parametrize(
        ("text", "kg"),
        [
            ("weight 71.8", 71.8),
            ("71.8kg", 71.8),
            ("weighed 158 lb", 158 * 0.45359237),
            ("165lbs this morning", 165 * 0.45359237),
            ("weight 68,9 kg", 68.9),
        ],
    )
    def test_a_weigh_in_is_logged_in_kg(self, text: str, kg: float) -> None:
        """Body weight in kg or lb is stored in kg (1 lb = 0.45359237 kg)."""
        (event,) = parse(text).events
        assert isinstance(event, WeightLogged)
        assert event.mass_kg == pytest.approx(kg, abs=0.01)


class TestMeals:
    def test_several_items_in_one_message(self) -> None:
        """Items split on commas, "and", "with", "+", "on" and new lines form one meal."""
        meal = only_meal("2 eggs, toast and a banana + rice with chicken\npb on a bagel")
        assert [item.food for item in meal.items] == [
            "egg",
            "toast",
            "banana",
            "rice",
            "chicken breast",
            "peanut butter",
            "bagel",
        ]

    def test_a_dish_the_table_knows_stays_whole(self) -> None:
        """ "coffee with milk" is one food when the table knows it as one."""
        (item,) = only_meal("coffee with milk").items
        assert item.food == "coffee with milk"

    @pytest.mark.parametrize(
        ("text", "quantity", "unit"),
        [
            ("2 slices of toast", 2, "slice"),
            ("½ cup of oats", 0.5, "cup"),
            ("half a banana", 0.5, None),
            ("a handful of almonds", 1, "handful"),
            ("two eggs", 2, None),
            ("200g chicken breast", 200, "g"),
            ("1 1/2 cups rice", 1.5, "cup"),
            ("300ml milk", 300, "ml"),
        ],
    )
    def test_quantities_and_units(self, text: str, quantity: float, unit: str | None) -> None:
        """Numbers, fractions and words are quantities; units are kept as typed."""
        (item,) = only_meal(text).items
        assert item.quantity == pytest.approx(quantity)
        assert item.unit == unit

    @pytest.mark.parametrize(
        ("text", "meal"),
        [
            ("breakfast: oats and a banana", "breakfast"),
            ("lunch chicken and rice", "lunch"),
            ("dinner salmon 180g", "dinner"),
            ("snack apple", "snack"),
            ("post-run chocolate milk 500ml", "recovery"),
        ],
    )
    def test_meal_words_set_the_meal(self, text: str, meal: str) -> None:
        """Breakfast, lunch, dinner, snack and post-run name the meal."""
        assert only_meal(text).meal == meal

    def test_stated_numbers_win(self) -> None:
        """ "burrito 600 kcal 30g protein" keeps the user's numbers."""
        (item,) = only_meal("burrito 600 kcal 30g protein").items
        assert item.kcal == 600
        assert item.protein_g == 30
        assert item.source == "stated"

    def test_stated_macros_after_commas_stay_with_their_food(self) -> None:
        """ "shake 300 kcal, 20g protein, 45g carbs" is one item with three numbers."""
        (item,) = only_meal("shake 300 kcal, 20g protein, 45g carbs").items
        assert (item.kcal, item.protein_g, item.carbs_g) == (300, 20, 45)

    def test_a_food_without_quantity_gets_its_usual_portion(self) -> None:
        """ "banana" is one medium banana (USDA 118 g)."""
        (item,) = only_meal("banana").items
        assert item.grams == pytest.approx(118, abs=1)

    def test_an_unknown_food_is_unresolved_with_suggestions(self) -> None:
        """An unknown food has no numbers and asks "did you mean"."""
        (item,) = only_meal("had a bananna smoothie bowl zorb for lunch").items
        assert not item.resolved
        assert item.kcal is None

    def test_a_run_and_a_meal_in_one_message(self) -> None:
        """ "ran 10k in 50 min then 3 eggs and 2 slices of toast" is a run and a meal."""
        run, meal = parse("ran 10k in 50 min then 3 eggs and 2 slices of toast").events
        assert isinstance(run, RunLogged)
        assert isinstance(meal, MealLogged)
        assert len(meal.items) == 2


class TestImplausible:
    @pytest.mark.parametrize(
        "text",
        [
            "ran 500 km",
            "ran 30 km in 1 hour",
            "ran -5 km in 30 min",
            "ran 5k in 900 min",
            "weight 400 kg",
            "weight 12",
            "pizza 50,000 kcal",
            "ate 5000 eggs",
            "lifted 9 hours",
        ],
    )
    def test_implausible_values_are_refused(self, text: str) -> None:
        """Numbers no human could run, eat or weigh raise ImplausibleValue with a message."""
        with pytest.raises(ImplausibleValue) as err:
            parse(text)
        assert "Nothing was saved" in err.value.user_message


class TestNoEvent:
    @pytest.mark.parametrize(
        ("text", "intent"),
        [
            ("thanks!", "thanks"),
            ("how am I doing?", "question"),
            ("hi coach", "greeting"),
            ("what should I eat after a 10k?", "question"),
            ("going to run 10k tomorrow", "chat"),
            ("", "unknown"),
        ],
    )
    def test_messages_without_an_event_log_nothing(self, text: str, intent: str) -> None:
        """Chat, questions and plans give no event."""
        result = parse(text)
        assert result.events == ()
        assert result.intent == intent

    def test_a_run_without_numbers_asks_for_them(self) -> None:
        """ "went for a run" has nothing to log; the error says what to send."""
        with pytest.raises(ParseError) as err:
            parse("went for a run")
        assert "ran 8 km" in err.value.user_message


class TestSplitting:
    @pytest.mark.parametrize(
        ("text", "kinds"),
        [
            ("ran 10k in 50 min then 3 eggs and 2 slices of toast", ["run", "meal"]),
            ("easy 6k 35 min, then had 2 eggs", ["run", "meal"]),
            ("ran 10k yesterday, 50 min and had pasta after", ["run", "meal"]),
            ("weight 70.5\nran 8k 44 min", ["weight", "run"]),
            ("walked 30 min then ate a sandwich", ["activity", "meal"]),
            ("how am I doing? ran 10k in 50 min", ["run"]),
            ("2 gels during the run", ["meal"]),
            ("post-run chocolate milk 500ml", ["meal"]),
            ("it was -5 outside, ran 10k 50 min", ["run"]),
        ],
    )
    def test_each_event_in_a_message_is_found(self, text: str, kinds: list[str]) -> None:
        """One message can hold several events, in the order they were written."""
        assert [event.kind for event in parse(text).events] == kinds

    def test_a_size_word_can_be_part_of_a_name(self) -> None:
        """ "a big mac" is the burger, not a large portion of macaroni."""
        (item,) = only_meal("a big mac").items
        assert item.food == "big mac"

    def test_today_alone_keeps_the_message_time(self) -> None:
        """ "72kg today" is logged when the message arrived, not at a guessed hour."""
        (event,) = parse("72kg today").events
        assert event.at == RECEIVED_AT


class TestUserFoodsAndMealTimes:
    def test_a_food_the_user_taught_is_found_in_meals(self) -> None:
        """After /food, "80g grandma's granola" uses the user's own numbers."""
        spec = parse_food_definition("/food grandma's granola 450 kcal 10p 60c 18f per 100g")
        ctx = ParseContext(
            received_at=RECEIVED_AT, tz=BERLIN, foods=foods(), user_foods={spec.food.key: spec.food}
        )
        (meal,) = parse_message("80g grandma's granola", ctx).events
        assert isinstance(meal, MealLogged)
        (item,) = meal.items
        assert item.source == "user"
        assert item.kcal == pytest.approx(360)

    def test_a_meal_without_time_words_was_eaten_when_sent(self) -> None:
        """A meal is logged at the moment the message arrived."""
        assert only_meal("banana").at == RECEIVED_AT

    def test_a_meal_yesterday_evening_lands_on_yesterday(self) -> None:
        """ "dinner yesterday: pasta 200g" is logged on the user's yesterday."""
        meal = only_meal("dinner yesterday: pasta 200g")
        assert meal.at == datetime(2026, 11, 25, 19, 0, tzinfo=BERLIN)
        assert meal.meal == "dinner"


class TestFoodDefinition:
    def test_a_per_100g_label(self) -> None:
        """ "/food granola 450 kcal 10p 60c 18f per 100g" teaches a food per 100 g."""
        spec = parse_food_definition("/food grandma's granola 450 kcal 10p 60c 18f per 100g")
        assert spec.name == "grandma's granola"
        assert (spec.kcal, spec.protein_g, spec.carbs_g, spec.fat_g) == (450, 10, 60, 18)
        assert spec.per_grams == 100
        assert spec.food.per_grams(50)[0] == pytest.approx(225)

    def test_a_per_serving_label(self) -> None:
        """ "per bar" numbers count per serving."""
        spec = parse_food_definition(
            "/food protein bar 200 kcal 20g protein 22g carbs 7g fat per bar"
        )
        assert spec.name == "protein bar"
        assert spec.per_grams is None
        assert spec.food.grams_for(2, "serving") is not None

    def test_a_per_100ml_label(self) -> None:
        """ "/100ml" works like "per 100g" for drinks."""
        spec = parse_food_definition("/food kefir 60kcal 3.5p 4c 3f /100ml")
        assert (spec.name, spec.per_grams) == ("kefir", 100)

    def test_an_incomplete_label_gets_an_example(self) -> None:
        """Missing numbers are named, with an example to copy."""
        with pytest.raises(ParseError) as err:
            parse_food_definition("/food granola 450 kcal")
        assert "protein" in err.value.user_message
        assert "/food" in err.value.user_message
