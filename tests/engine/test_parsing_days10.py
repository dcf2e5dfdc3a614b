"""Issue 15, block o's whole days and voices (scripts/corpus_probes_days10.py): each food said
after a run's ", then" its own meal, a meal's word inside a dish's name no label, a kcal after
foods given to the dish it names."""

from __future__ import annotations

import pytest

from engine.events import MealLogged, RunLogged, WeightLogged
from tests.engine.test_parsing import parse


def meals(text: str) -> list[MealLogged]:
    return [e for e in parse(text).events if isinstance(e, MealLogged)]


def foods(text: str) -> list[list[str | None]]:
    """The foods of each meal the message logs, meal by meal."""
    return [[item.food for item in meal.items] for meal in meals(text)]


class TestThenInADay:
    """After a run, food said to come later (", then ...") is a meal of its own each time."""

    @pytest.mark.parametrize(
        ("text", "count"),
        [
            ("half marathon 1:44:20, then a banana, then a pint of lager, then a bag of crisps", 3),
            ("12k 1:03:00, then 2 weetabix, then an apple", 2),
            ("hilly 10 miler 1:31:00, then porridge, then a latte", 2),
        ],
    )
    def test_each_then_is_another_meal(self, text: str, count: int) -> None:
        result = parse(text)
        assert isinstance(result.events[0], RunLogged)
        assert len(meals(text)) == count
        assert result.unparsed == ()

    def test_under_a_label_then_stays_in_the_meal(self) -> None:
        """ "dinner: chilli and then a slice of cake" is one dinner."""
        (dinner,) = meals("ran 8k 44:00. dinner: a bowl of chilli and then a slice of cake")
        assert dinner.meal == "dinner"
        assert len(dinner.items) == 2

    def test_without_a_run_then_joins_the_meal(self) -> None:
        """No day's log: "porridge, then a coffee" is one breakfast-like meal as before."""
        assert len(meals("porridge, then a coffee")) == 1


class TestDishOfAMeal:
    """ "roast chicken dinner", "tv dinner": a dish, no label holding the parts after it."""

    def test_parts_after_a_roast_dinner_are_meals_of_their_own(self) -> None:
        text = "sun: 21k 1:58:00 | 2 bananas | roast lamb dinner 850kcal | 2 squares dark choc"
        logged = meals(text)
        assert [len(m.items) for m in logged] == [1, 1, 1]
        assert logged[1].kcal == 850
        assert all(m.meal is None for m in logged)

    def test_a_tv_dinner_is_no_label(self) -> None:
        logged = meals("tv dinner 450 cal | an apple | 4 mi 35:00")
        assert logged[0].kcal == 450
        assert len(logged) == 2

    def test_dinner_after_for_still_labels(self) -> None:
        (meal,) = meals("roast chicken for dinner")
        assert meal.meal == "dinner"

    def test_one_dot_between_a_priced_dish_and_a_food_parts_them(self) -> None:
        """ "pot roast 800kcal · 2 rice cakes": two foods, not one dish priced at 800; a meal
        each, as the days10 probes label "roast beef dinner 800kcal · 2 rice cakes"."""
        roast, rice_cakes = meals("pot roast 800kcal · 2 rice cakes")
        assert roast.kcal == 800
        assert [item.kcal is not None for item in rice_cakes.items] == [True]


class TestKcalOfTheDish:
    """A kcal after foods joined by "and" goes to the dish the words name."""

    @pytest.mark.parametrize(
        ("text", "kcal"),
        [("chicken and leek pie 560kcal", 560), ("beef and ale stew 620kcal", 620),
         ("ham and pea soup 290 kcal", 290), ("tuna and sweetcorn jacket 520kcal", 520),
         ("cheese and onion pasty 480 kcal", 480)],
    )
    def test_a_dish_named_by_its_fillings_is_one_dish_at_its_kcal(
        self, text: str, kcal: int
    ) -> None:
        (meal,) = meals(text)
        assert meal.kcal == kcal
        assert len(meal.items) == 1

    @pytest.mark.parametrize(
        ("text", "own"),
        [
            ("a coffee and a slice of lemon drizzle 320 kcal", 320),
            ("a mug of hot chocolate and a slice of apple strudel 350 kcal", 350),
            ("a glass of orange juice and a cinnamon swirl 410 kcal", 410),
        ],
    )
    def test_a_kcal_after_foods_counted_apart_is_the_last_one_s(self, text: str, own: int) -> None:
        """The drink before keeps its own kcal: the meal is more than the stated number."""
        (meal,) = meals(text)
        assert len(meal.items) == 2
        assert meal.items[-1].kcal == own
        assert meal.items[0].kcal is not None and meal.items[0].kcal > 0

    def test_foods_with_no_count_share_the_kcal(self) -> None:
        """ "burger and chips 900 kcal" is the two together, as before."""
        (meal,) = meals("burger and chips 900 kcal")
        assert meal.kcal == 900


class TestRunOnFood:
    """A run done "on" food ("16k on just a banana"): the food is logged, never dropped."""

    @pytest.mark.parametrize(
        ("text", "food"),
        [
            ("slow 12k 1:08:20 on nothing but a banana", "banana"),
            ("20k 1:49:30 on a bowl of porridge", "porridge"),
            ("managed 14k in 1:16:00 on just a coffee", "coffee"),
            ("long one done, 30k 2:51:00 off the back of a bagel", "bagel"),
            ("ran 5k on 2 gels 25:00", "energy gel"),
        ],
    )
    def test_the_food_is_a_meal_beside_the_run(self, text: str, food: str) -> None:
        result = parse(text)
        assert sum(isinstance(e, RunLogged) for e in result.events) == 1
        assert foods(text) == [[food]]
        assert result.unparsed == ()

    def test_off_the_back_of_is_no_margin_off_the_time(self) -> None:
        """ "2:51:00 off the back of a bagel" keeps its 2:51:00 (not "51:00 off the PB")."""
        (run,) = [e for e in parse("30k 2:51:00 off the back of a bagel").events
                  if isinstance(e, RunLogged)]
        assert run.duration_s == (2 * 60 + 51) * 60

    @pytest.mark.parametrize(
        "text",
        ["ran 10k on a treadmill 50:00", "10k 50:00 on a hilly route", "10k 50:00 on tired legs"],
    )
    def test_on_a_place_or_a_state_is_no_food(self, text: str) -> None:
        assert meals(text) == []


class TestEatenByAThing:
    """Eating said of the runner ("midges ate me alive") or by a thing ("the bog ate my shoe")
    is talk: no meal to log nor to ask about."""

    @pytest.mark.parametrize(
        "text",
        [
            "Pentland skyline 26k 3:40:12, the bog ate my shoe",
            "5 mile tempo 36:20, cleggs eating me alive at the end",
            "15k 1:21:00, the headwind ate me for breakfast",
            "trail 18k 2:02:00, horseflies ate us alive",
        ],
    )
    def test_the_run_alone_is_logged(self, text: str) -> None:
        result = parse(text)
        assert [type(e) for e in result.events] == [RunLogged]
        assert result.unparsed == ()

    def test_no_run_no_meal(self) -> None:
        result = parse("the hill ate me alive today lol")
        assert result.events == ()
        assert result.unparsed == ()

    def test_food_after_ate_is_still_food(self) -> None:
        assert foods("ran 10k 50:00, ate my porridge after") == [["porridge"]]


class TestWeightCommaTypos:
    """A decimal comma after the weight word spelt as a thumb spells it."""

    @pytest.mark.parametrize(
        ("text", "kg"),
        [("wieghed 70,2 🙃", 70.2), ("weihged 68,7", 68.7), ("wighed in at 81,4kg", 81.4),
         ("weigth 90,05", 90.05), ("wheighed 63,3 this morning", 63.3)],
    )
    def test_the_decimals_are_kept(self, text: str, kg: float) -> None:
        (weight,) = parse(text).events
        assert isinstance(weight, WeightLogged)
        assert weight.mass_kg == pytest.approx(kg)
        assert parse(text).unparsed == ()


class TestLactoseFree:
    """ "lactose free" names no other food: USDA's milk or yoghurt of the kind named."""

    @pytest.mark.parametrize(
        ("text", "food"),
        [
            ("a glass of lactose free semi", "semi-skimmed milk"),
            ("lactose-free skimmed milk 300ml", "skimmed milk"),
            ("pot of lactose free natural yoghurt", "yogurt"),
            ("a cup of lactose free milk", "milk"),
        ],
    )
    def test_the_food_after_it_is_the_food(self, text: str, food: str) -> None:
        logged = foods(text)
        assert food in logged[0]
        assert all(item.resolved for m in meals(text) for item in m.items)


class TestFoodAtAPlaceAfterARun:
    """Food beside a run, said with where it was had ("a scone in the cafe"), or food SR28
    lacks ("a clootie dumpling slice"): a meal that asks about it, never dropped."""

    @pytest.mark.parametrize(
        "text",
        [
            "club 8 miler 1:02:11, and a scone in the cafe",
            "fell race 12k 1:31:00, then a clootie dumpling slice at the hotel",
            "Pentlands loop 9k 1:02:00 and a bit of tablet at the bothy",
            "hill race 16k 2:05:31, then a rowie in the village hall",
        ],
    )
    def test_the_food_is_asked_about(self, text: str) -> None:
        result = parse(text)
        (meal,) = meals(text)
        assert meal.unresolved_count == 1
        assert sum(isinstance(e, RunLogged) for e in result.events) == 1

    def test_a_known_food_at_a_place_is_logged(self) -> None:
        assert foods("10k 50:00 and a pint at the pub") == [["beer"]]

    @pytest.mark.parametrize(
        "text", ["10k 50:00 and a nap", "10k 50:00 and a shower at the hotel",
                 "ran 8k 41:00 and a chat in the cafe"],
    )
    def test_no_food_at_a_place_is_no_meal(self, text: str) -> None:
        assert meals(text) == []


class TestDayLayouts:
    """Whole days laid out in new ways: letters in brackets on one line, ">" and "~" between
    parts, "meal 1 -" numbering, "day 3" heading the parts."""

    @pytest.mark.parametrize(
        "text",
        ["B) 2 weetabix L) soup 250 kcal D) pasta 700 kcal", "b) toast l) soup d) curry",
         "b) a bagel\nl) a wrap 450 kcal\nd) risotto 600 kcal"],
    )
    def test_letters_in_brackets_label_each_meal(self, text: str) -> None:
        assert [m.meal for m in meals(text)] == ["breakfast", "lunch", "dinner"]

    def test_a_question_laid_out_so_logs_nothing(self) -> None:
        assert parse("b) porridge l) soup d) curry - is that enough protein?").events == ()

    @pytest.mark.parametrize(
        "text",
        ["weight 80.2 > 10k 53:30 > porridge > tuna wrap 430 kcal",
         "day 3 ~ 5k 27:10 ~ a bagel ~ soup 220 kcal",
         "Day 4 | 6k 33:00 | porridge | chilli 1 cup"],
    )
    def test_parts_between_marks_are_events_each(self, text: str) -> None:
        result = parse(text)
        assert len(result.events) >= 3
        assert len(meals(text)) == 2
        assert result.unparsed == ()

    def test_a_tilde_before_an_amount_is_about(self) -> None:
        (meal,) = meals("soup ~ 300 kcal, bread ~ 200 kcal")
        assert meal.kcal == 500

    def test_meals_numbered_with_dashes_are_meals_each(self) -> None:
        text = "meal 1 - porridge, meal 2 - tuna pasta 500 kcal, meal 3 - steak and chips 900 kcal"
        assert [len(m.items) for m in meals(text)] == [1, 1, 1]


class TestAmericanAndPartyPlates:
    """Block o's plates by USDA's own measures: kielbasa 3 oz of the grilled row, a bison
    burger a 3 oz patty in a roll, birthday and wedding cake the in-store yellow cake's 64 g
    piece, pumpernickel USDA's regular slice."""

    @pytest.mark.parametrize(
        ("text", "ndb", "grams"),
        [
            ("grilled kielbasa", "07968", 85),
            ("smoked kielbasa", "07968", 85),
            ("a slice of birthday cake", "18140", 64),
            ("a piece of wedding cake", "18140", 64),
            ("2 slices of pumpernickel", "18044", 52),
        ],
    )
    def test_the_row_and_portion(self, text: str, ndb: str, grams: float) -> None:
        (meal,) = meals(text)
        (item,) = meal.items
        assert item.source == f"usda:{ndb}"
        assert item.grams == pytest.approx(grams)

    @pytest.mark.parametrize("text", ["a bison burger", "buffalo burger"])
    def test_a_bison_burger_is_a_patty_in_a_roll(self, text: str) -> None:
        (meal,) = meals(text)
        assert 250 <= meal.kcal <= 300  # 85 g of ground bison (152) and a 44 g roll (123)

    def test_bison_steak_is_still_the_steak(self) -> None:
        (meal,) = meals("bison steak")
        assert meal.items[0].source == "usda:17335"


class TestSpreadWithBread:
    """Avocado "with" bread or rice cakes is what the slices hold (half an avocado), as "on"."""

    @pytest.mark.parametrize(
        "text", ["2 slcies sourdogh w avocado", "2 rice cakes with avocado", "toast with avocado"]
    )
    def test_half_an_avocado(self, text: str) -> None:
        (meal,) = meals(text)
        assert meal.items[-1].grams == pytest.approx(68)

    def test_avocado_with_a_salad_is_a_whole_one(self) -> None:
        (meal,) = meals("chicken salad with avocado")
        assert meal.items[-1].grams == pytest.approx(136)


class TestIrishAndAmericanNames:
    @pytest.mark.parametrize(
        ("text", "ndb"),
        [("a bowl of seafood chowder", "27042"), ("a side of roasted brussels", "11099")],
    )
    def test_the_row(self, text: str, ndb: str) -> None:
        (meal,) = meals(text)
        assert meal.items[0].source == f"usda:{ndb}"


class TestPlantByVolume:
    """A plant named by a volume is its milk: oats are weighed, never poured."""

    def test_the_latte_s_milk_restated(self) -> None:
        (meal,) = meals("oat milk latte, 300ml oat")
        assert [item.food for item in meal.items] == ["espresso", "oat milk"]
        assert meal.kcal < 200

    def test_soya_by_the_ml_is_soy_milk(self) -> None:
        assert foods("200 ml soya") == [["soy milk"]]

    def test_oats_by_the_gram_stay_oats(self) -> None:
        assert foods("40g oats") == [["oats"]]


class TestFoodBeforeARunLoop:
    """Food said before the run it followed, the run named by its loop or race: both logged."""

    @pytest.mark.parametrize(
        ("text", "km"),
        [("a cheeseburger at the diner after a 6 mile loop (53:10)", 9.656),
         ("a bagel after a 10k loop 52:00", 10.0),
         ("kielbasa on a roll after the turkey trot (5 mi 41:40)", 8.047)],
    )
    def test_the_run_and_the_food(self, text: str, km: float) -> None:
        result = parse(text)
        (run,) = [e for e in result.events if isinstance(e, RunLogged)]
        assert run.distance_m / 1000 == pytest.approx(km, abs=0.01)
        (meal,) = meals(text)
        assert meal.kcal > 250  # the burger, the bagel, the kielbasa with its roll

    def test_food_on_food_beside_a_run_stays_one_food(self) -> None:
        assert foods("10k 50:00 then beans on toast") == [["beans on toast"]]


class TestNothingEatenYet:
    """Cooking for the week ahead and a dinner still to come log nothing."""

    @pytest.mark.parametrize(
        "text",
        ["meal prep sunday: chicken and rice for the week", "meal prep sunday, 5 boxes of chilli",
         "dinner tonight is roast chicken, can't wait", "tonight's dinner is a curry"],
    )
    def test_no_meal(self, text: str) -> None:
        assert parse(text).events == ()

    @pytest.mark.parametrize(
        "text", ["meal prep lunch: 120g chicken, 150g rice", "dinner tonight was roast chicken"]
    )
    def test_a_meal_had_is_still_logged(self, text: str) -> None:
        assert len(meals(text)) == 1


class TestBrokeMyFast:
    """ "broke my fast with" is when the fast ended: the food after it, nothing asked about."""

    @pytest.mark.parametrize(
        ("text", "food"),
        [("broke my fast with 2 eggs", "egg"), ("breaking my fast with a banana at noon", "banana"),
         ("broke fast with dates", "dates")],
    )
    def test_the_food_alone(self, text: str, food: str) -> None:
        result = parse(text)
        assert foods(text) == [[food]]
        assert result.unparsed == ()
        assert all(item.resolved for m in meals(text) for item in m.items)


def test_a_weigh_in_by_its_letter_in_brackets() -> None:
    """ "w) 71.2" among "b)" and "r)" is the weigh-in, not 71.2 kg of the oats before it."""
    result = parse("b) oats w) 71.2 r) 5k 25:00")
    assert [type(e) for e in result.events] == [MealLogged, WeightLogged, RunLogged]


@pytest.mark.parametrize(
    ("text", "kg"), [("weighted 71,6 kg", 71.6), ("weighted 68.2 this morning", 68.2)]
)
def test_weighted_typed_for_weighed(text: str, kg: float) -> None:
    (weight,) = parse(text).events
    assert isinstance(weight, WeightLogged)
    assert weight.mass_kg == pytest.approx(kg)


def test_a_weighted_vest_is_no_weigh_in() -> None:
    assert not any(isinstance(e, WeightLogged) for e in parse("weighted vest run 5k 30:00").events)


class TestAKcalAfterAListAtADo:
    """ "X, Y and a Z plate at the post-race party, 900 cal": the plate's 900, one meal."""

    def test_one_meal_at_the_stated_kcal(self) -> None:
        text = "kielbasa, sauerkraut and a pierogi plate at the Pittsburgh post-race party, 900 cal"
        (meal,) = meals(text)
        assert meal.kcal == 900

    def test_post_race_still_labels_food_after_it(self) -> None:
        (meal,) = meals("post-race: a pierogi plate")
        assert meal.meal == "recovery"
