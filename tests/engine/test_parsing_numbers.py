"""Issue 15, brief "numbers": numbers the runner states inside a meal (per each, per an amount,
for several foods together, for a whole of which a part was eaten) and day logs by the clock.
Each shape is checked on variants in other words (the labelled probes are in
tests/data/probes-numbers-2026-11-30.jsonl)."""

from __future__ import annotations

from datetime import datetime

import pytest

from engine.events import MealLogged, RunLogged
from tests.engine.test_parsing import only_meal as meal
from tests.engine.test_parsing import parse


def meals_of(text: str) -> list[MealLogged]:
    return [e for e in parse(text).events if isinstance(e, MealLogged)]  # sent 19:00 in Berlin


class TestPerEach:
    """A count with the kcal of one: the runner's number times the count."""

    @pytest.mark.parametrize(
        ("text", "kcal"),
        [
            ("gels 3x100kcal", 300),
            ("chews 2x160 cal", 320),
            ("gels 3 x 110kcal", 330),
            ("took 4 x GU (100 cal)", 400),
            ("necked 2 x sis gels (87 kcal)", 174),
        ],
    )
    def test_count_times_kcal(self, text: str, kcal: float) -> None:
        assert meal(text).kcal == pytest.approx(kcal)

    @pytest.mark.parametrize(
        ("text", "kcal"),
        [
            ("3 gels (100 kcal)", 300),  # a gel is about 100 kcal, three are not
            ("2 clif bars 250 kcal", 500),
            ("2 bananas 210 kcal", 210),  # two bananas are about 210
            ("beef tacos x3 (~600 cal)", 600),  # the table knows a plate of tacos, not one
            ("3 eggs (210 kcal)", 210),
        ],
    )
    def test_a_kcal_after_a_count_is_one_pieces_when_it_is_about_one(
        self, text: str, kcal: float
    ) -> None:
        assert meal(text).kcal == pytest.approx(kcal)

    @pytest.mark.parametrize(
        ("text", "kcal"),
        [
            ("750ml of skratch (80 cal/500ml)", 120),
            ("1 litre of tailwind (200 cal/500ml)", 400),
            ("1.5l of skratch, 80cal per 500ml", 240),
        ],
    )
    def test_kcal_per_an_amount_scale_to_the_amount_drunk(self, text: str, kcal: float) -> None:
        assert meal(text).kcal == pytest.approx(kcal)

    @pytest.mark.parametrize(
        "text",
        [
            "clif bloks, a whole pack (200 kcal)",
            "clif bloks, the full pack (200 cal)",
            "jelly babies, a whole packet (200 kcal)",
        ],
    )
    def test_an_amount_with_its_kcal_is_the_food_before(self, text: str) -> None:
        (item,) = meal(text).items  # not the chews' own portion and the pack on top
        assert item.kcal == pytest.approx(200)


class TestFuelDuringARace:
    """A race named by its distance after "during", "on" or "at mile N of" is when the fuel was
    taken, not a run to log (it has no time of its own)."""

    @pytest.mark.parametrize(
        ("text", "kcal"),
        [
            ("2 maurten gels 100 (100 kcal each) during the half", 200),
            ("gels 4x90kcal during the marathon", 360),
            ("2 x 100 kcal gels on the 18 miler", 200),
            ("a 110 kcal gel at mile 20 of the marathon", 110),
            ("took 4 x GU (100 cal) and 750ml of skratch (80 cal/500ml) on the 20 miler", 520),
        ],
    )
    def test_only_the_fuel_is_logged(self, text: str, kcal: float) -> None:
        result = parse(text)
        assert not result.unparsed
        (event,) = result.events
        assert isinstance(event, MealLogged)
        assert event.kcal == pytest.approx(kcal)

    def test_a_race_with_its_time_is_still_a_run(self) -> None:
        kinds = [type(e) for e in parse("ran the half in 1:45:00, 3 gels during the half").events]
        assert kinds == [RunLogged, MealLogged]


class TestATotalOfSeveralFoods:
    """A kcal after several foods that no one of them could hold is theirs together."""

    @pytest.mark.parametrize(
        ("text", "kcal"),
        [
            ("burger and chips 900 kcal", 900),
            ("steak and chips 850 kcal", 850),
            ("nandos half chicken, peri chips, 1100 kcal on the menu", 1100),
            ("indian takeaway: chicken tikka masala + pilau rice, 1250 cal", 1250),
            ("lamb curry + naan, 1150 cal", 1150),
            ("burrito, chips and guac, 1200 kcal per the app", 1200),
            ("thai green curry from the slow cooker, 680 kcal by my app", 680),
        ],
    )
    def test_the_number_is_the_lists(self, text: str, kcal: float) -> None:
        result = parse(text)
        assert not result.unparsed  # "the menu", "my app" name no food
        (event,) = result.events
        assert isinstance(event, MealLogged)
        assert event.kcal == pytest.approx(kcal)

    @pytest.mark.parametrize(
        ("text", "kcal"),
        [
            ("2 eggs and a protein bar 200 kcal", 343),  # the bar's 200, the eggs 143
            ("porridge, banana, tikka masala with rice, 950 kcal", 1221),  # the curry and rice
        ],
    )
    def test_a_number_the_last_part_can_hold_is_its_own(self, text: str, kcal: float) -> None:
        assert meal(text).kcal == pytest.approx(kcal, abs=1)


class TestAPartOfAWhole:
    @pytest.mark.parametrize(
        ("text", "kcal"),
        [
            ("frozen pizza, ate half (the box says 1020 for the whole thing)", 510),
            ("half a frozen pizza (1020 kcal for the whole thing)", 510),
            ("ate a third of the lasagne, the whole tray was 1500 kcal", 500),
            ("large pizza from dominos, ate a third (2400 kcal for the whole pizza)", 800),
            ("tub of ben and jerrys, ate about half (whole tub is 1000 kcal)", 500),
            ("half a packet of biscuits (packet is 500 kcal)", 250),
            ("cookie dough, the tub is 1200 kcal, had a quarter", 300),
        ],
    )
    def test_the_part_of_the_wholes_kcal(self, text: str, kcal: float) -> None:
        result = parse(text)
        (event,) = result.events  # "ate half" is no half marathon
        assert isinstance(event, MealLogged)
        assert event.kcal == pytest.approx(kcal)

    @pytest.mark.parametrize(
        ("text", "grams"),
        [
            ("costco rotisserie chicken, ate about 200g of it", 200),
            ("leftover salmon, had 120g of it", 120),
        ],
    )
    def test_an_amount_of_it_is_the_foods(self, text: str, grams: float) -> None:
        result = parse(text)
        assert not result.unparsed
        (item,) = meal(text).items
        assert item.grams == pytest.approx(grams)

    def test_shared_food_is_a_share(self) -> None:
        # half of USDA's 14" pepperoni pizza (895 g), a third of a 750 ml bottle of red
        assert meal("shared a pepperoni pizza with my husband").kcal == pytest.approx(1262, abs=2)
        third = meal("split a bottle of red wine between the three of us").kcal
        assert third == pytest.approx(212, abs=2)


class TestDayLogs:
    @pytest.mark.parametrize(
        "text",
        [
            '7:30 bagel w pb, 13:00 turkey sub 6", 16:00 granola bar, 19:30 steak and fries',
            "8:15 bagel with jam, 13:30 tuna sandwich, 16:45 apple, 20:00 2 slices of toast",
        ],
    )
    def test_a_bare_clock_before_later_ones_is_the_morning(self, text: str) -> None:
        late = datetime.fromisoformat("2026-11-26T21:30:00+00:00")  # after the day's last meal
        logged = [e for e in parse(text, received_at=late).events if isinstance(e, MealLogged)]
        assert len(logged) == 4
        hours = [m.at.hour for m in logged]
        assert hours == sorted(hours)  # in the order written, the first in the morning
        assert logged[0].at.hour < 12
        assert all(item.resolved for m in logged for item in m.items)

    def test_a_zero_padded_clock_is_the_morning(self) -> None:
        (first, *_) = meals_of("07:00 2 eggs on toast, 12:30 soup and a roll")
        assert first.at == datetime.fromisoformat("2026-11-26T06:00:00+00:00")

    @pytest.mark.parametrize(
        "text",
        [
            "morning: porridge, afternoon: banana, evening: pasta and pesto",
            "morning - 2 eggs on toast, afternoon - apple, evening - chicken and rice",
        ],
    )
    def test_parts_of_the_day_head_a_meal_each(self, text: str) -> None:
        logged = meals_of(text)
        assert len(logged) == 3
        assert [m.at.hour for m in logged] == [6, 14, 18]  # 07:00, 15:00, 19:00 in Berlin
        assert all(item.resolved for m in logged for item in m.items)

    def test_parts_of_the_day_before_sessions_stay_theirs(self) -> None:
        kinds = [e.kind for e in parse("am: swim 2k 45 min. pm: run 10k 52 min").events]
        assert kinds == ["activity", "run"]

    def test_a_dash_after_tea_labels_the_evening_meal(self) -> None:
        logged = meals_of("breakfast - porridge, lunch - ham sandwich, tea - fish and chips")
        assert [m.meal for m in logged] == ["breakfast", "lunch", "dinner"]

    def test_a_days_heading_names_no_run(self) -> None:
        result = parse("long run day: 6am toast + honey, ran 18 mi 2:41:00, then pancakes at 11")
        assert not result.unparsed
        kinds = [type(e) for e in result.events]
        assert kinds == [MealLogged, RunLogged, MealLogged]
        first = result.events[0]
        assert isinstance(first, MealLogged)
        assert [i.food for i in first.items] == ["toast", "honey"]
