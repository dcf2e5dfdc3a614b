"""Issue 15, the "corrections" round: a runner correcting a figure or a food in the message
(engine/parsing/corrections.py) or the message before, and chat that names food or figures
but logs nothing; checked on variants in other words (scripts/corpus_probes_corrections.py)."""

from __future__ import annotations

import pytest

from engine.events import MealLogged, RunLogged, WeightLogged
from tests.engine.test_parsing import only_meal as meal
from tests.engine.test_parsing import only_run as run
from tests.engine.test_parsing import parse


def weight(text: str) -> float:
    (logged,) = parse(text).events
    assert isinstance(logged, WeightLogged)
    return logged.mass_kg


class TestAFigureCorrectedInTheMessage:
    """The figure said after a correction takes the place of the one it corrects: logged
    once, the replaced one never (no 19 km from "10k ... actually it was 9k")."""

    @pytest.mark.parametrize(
        ("text", "km", "minutes"),
        [
            ("ran 12k in 61:00 — actually it was 11k not 12", 11, 61),
            ("easy 6.2 km 35 min. edit: 6.6 km", 6.6, 35),
            ("ran 5 miles in 41 min, I mean 4 miles", 4 * 1.609344, 41),
            ("long run 18 miles 2:40:00... correction 2:43:10", 18 * 1.609344, 163 + 10 / 60),
            ("interval session 9k 47:30, oops I meant 48:30", 9, 48.5),
            ("ran 8k 42:00. sorry, 10k not 8", 10, 42),
        ],
    )
    def test_a_run_s_distance_or_time(self, text: str, km: float, minutes: float) -> None:
        logged = run(text)
        assert logged.distance_m == pytest.approx(km * 1000, abs=1)
        assert logged.duration_s == pytest.approx(minutes * 60, abs=1)

    @pytest.mark.parametrize(
        ("text", "minutes"),
        [("ran 8k in 44 min, no wait 46", 46), ("ran 10k in 52:00, no wait 53", 53)],
    )
    def test_a_bare_number_corrects_the_figure_nearest_it(self, text: str, minutes: int) -> None:
        logged = run(text)
        assert logged.distance_m == pytest.approx(8000 if "8k" in text else 10000)
        assert logged.duration_s == pytest.approx(minutes * 60)

    @pytest.mark.parametrize(
        ("text", "kg"),
        [
            ("weighed in at 68.9, no wait 69.3", 69.3),
            ("scales said 81.0 kg - sorry, 80.1 kg", 80.1),
            ("weighed 72.4, no wait 72.1 kg", 72.1),
        ],
    )
    def test_a_weight(self, text: str, kg: float) -> None:
        assert weight(text) == pytest.approx(kg)

    @pytest.mark.parametrize(
        ("text", "food", "quantity"),
        [
            ("3 scrambled eggs, sorry 2 eggs", "scrambled eggs", 2),
            ("300ml of orange juice - oops, I meant 200ml", "orange juice", 200),
            ("2 slices of toast, sorry 3 slices", "toast", 3),
        ],
    )
    def test_an_amount_of_food(self, text: str, food: str, quantity: float) -> None:
        (item,) = meal(text).items
        assert (item.food, item.quantity) == (food, quantity)

    @pytest.mark.parametrize(
        ("text", "counts"),
        [
            ("3 gels, actually 2 and a banana", [("energy gel", 2), ("banana", None)]),
            ("had 2 coffees today, no 3", [("coffee", 3)]),
        ],
    )
    def test_a_bare_count_half_as_much_again(
        self, text: str, counts: list[tuple[str, float | None]]
    ) -> None:
        logged = [(i.food, i.quantity if i.food != "banana" else None) for i in meal(text).items]
        assert logged == counts

    def test_the_other_foods_stay(self) -> None:
        logged = meal("a bowl of porridge and 2 bananas. edit: 1 banana")
        assert [item.food for item in logged.items] == ["porridge", "banana"]
        assert logged.items[1].quantity == 1

    def test_words_that_only_sound_like_one_correct_nothing(self) -> None:
        runs = [e for e in parse("ran 5k 25:00 then had to wait 20 min").events if e.kind == "run"]
        assert [r.duration_s for r in runs if isinstance(r, RunLogged)] == [25 * 60]
        assert run("ran 10k, actually felt great, 50:00").duration_s == 50 * 60


class TestNotTheOther:
    """ "7k not 8k" is 7k; the figure after "not" is none of the message's."""

    def test_a_run(self) -> None:
        logged = run("did 14k not 15k this morning, 1:12:40")
        assert logged.distance_m == 14000
        assert logged.duration_s == 72 * 60 + 40

    def test_a_weight(self) -> None:
        assert weight("weighed 74.2 not 74.8 this morning") == pytest.approx(74.2)

    def test_a_count(self) -> None:
        (item,) = meal("had 3 pancakes not 4").items
        assert item.quantity == 3


class TestAFoodTakenBack:
    @pytest.mark.parametrize(
        ("text", "food"),
        [
            ("a croissant... no, a bagel", "bagel"),
            ("2 bananas... no, 2 slices of toast", "toast"),
            ("2 crumpets... nope, 2 slices toast", "toast"),
        ],
    )
    def test_no_takes_back_the_food_before(self, text: str, food: str) -> None:
        assert [item.food for item in meal(text).items] == [food]

    def test_no_before_a_food_left_out_is_no_correction(self) -> None:
        assert [item.food for item in meal("porridge, no sugar").items] == ["porridge"]


class TestWhatWasNotHad:
    """"no gels" first in a meal's words names nothing eaten: it had been an unknown food
    the reply asked about beside the bananas."""

    @pytest.mark.parametrize(
        ("text", "foods"),
        [
            ("long run 30k, no gels, 2 bananas", ["banana"]),
            ("ran 20k, no water, 2 gels", ["energy gel"]),
            ("without the bun, 2 burgers", ["burger"]),
        ],
    )
    def test_only_what_was_had(self, text: str, foods: list[str]) -> None:
        meals = [e for e in parse(text).events if isinstance(e, MealLogged)]
        assert [item.food for m in meals for item in m.items] == foods

    def test_a_product_named_by_what_it_lacks_stays(self) -> None:
        item = meal("no added sugar squash 500ml").items[0]
        assert item.food == "no added sugar squash"


class TestACorrectionOfTheMessageBefore:
    """What it says is read, and it is said to correct: the bot puts it in place of the
    last entry of its kind (bot/coach/messages.py)."""

    @pytest.mark.parametrize(
        "text",
        [
            "last one should be 12k not 10k, same time 58:20",
            "easy run was 6k not 5k, same time 31:15",
            "tempo was 7k not 8k, same time 33:40",
        ],
    )
    def test_a_run(self, text: str) -> None:
        result = parse(text)
        assert result.corrects_last
        assert run(text).distance_m in (12000, 6000, 7000)

    @pytest.mark.parametrize(
        ("text", "food", "quantity"),
        [
            ("correction to my last: it was 3 slices of toast not 2", "toast", 3),
            ("sorry that should say 250ml of milk not 500", "milk", 250),
            ("correction to my last: it was 2 eggs not 3", "egg", 2),
        ],
    )
    def test_a_meal(self, text: str, food: str, quantity: float) -> None:
        assert parse(text).corrects_last
        (item,) = meal(text).items
        assert (item.food, item.quantity) == (food, quantity)

    @pytest.mark.parametrize(
        "text",
        [
            "ran 10k in 52:00 — actually it was 9k not 10",
            "did 14k not 15k this morning, 1:12:40",
            "ran 8k in 44 min, no wait 46",
            "2 eggs and toast",
        ],
    )
    def test_a_correction_within_the_message_is_no_correction_of_the_one_before(
        self, text: str
    ) -> None:
        assert not parse(text).corrects_last


class TestChatThatLogsNothing:
    @pytest.mark.parametrize(
        "text",
        [
            "meal deal or packed lunch, which is better for a runner",
            "pasta or rice the night before a half, which one",
            "which is better, a 10k or a half",
            "porridge or toast. which is better before a long run",
        ],
    )
    def test_a_choice_asked_without_a_question_mark(self, text: str) -> None:
        result = parse(text)
        assert result.events == ()
        assert result.unparsed == ()

    @pytest.mark.parametrize(
        "text",
        [
            "club dinner on saturday, 3 courses, I'll tell you after",
            "team dinner on friday, 4 courses, will log it after",
        ],
    )
    def test_a_meal_to_be_told_of_later(self, text: str) -> None:
        assert parse(text).events == ()

    def test_a_meal_on_a_weekday_told_of_now_is_logged(self) -> None:
        assert meal("sunday roast on sunday, roast beef and gravy").items

    @pytest.mark.parametrize(
        "text",
        [
            "forgot my gels on the long run",
            "forgot my water bottle and gels",
            "left my gels at home, bonked hard",
        ],
    )
    def test_food_forgotten_or_left_behind(self, text: str) -> None:
        assert parse(text).events == ()

    def test_the_run_beside_it_is_logged(self) -> None:
        result = parse("forgot my gels, 20k 1:50:00")
        (logged,) = result.events
        assert run("forgot my gels, 20k 1:50:00").distance_m == 20000
        assert logged.kind == "run"

    def test_forgot_to_log_still_logs(self) -> None:
        assert [item.food for item in meal("forgot to log my banana").items] == ["banana"]


class TestTheRunnerWithOthers:
    @pytest.mark.parametrize(
        ("text", "food"),
        [
            ("the boys and I had pizza", "pizza"),
            ("the girls and I had a bagel each", "bagel"),
            ("me and the lads had a curry", "curry"),
            ("my mum and I had a curry", "curry"),
            ("me and my wife had a curry", "curry"),
        ],
    )
    def test_the_runner_s_own_meal_and_nothing_asked(self, text: str, food: str) -> None:
        result = parse(text)
        assert [item.food for item in meal(text).items] == [food]
        assert result.unparsed == ()

    def test_the_others_alone_are_someone_else(self) -> None:
        assert parse("the lads had pizza after the run").events == ()
