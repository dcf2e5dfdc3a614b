"""Questions get answers: the intent table, the matcher, and answers in the runner's numbers."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from engine.answers import answer, answer_question, match, nothing_recognised, split_question
from engine.balance import DayBalance, History, day_balance
from engine.events import FoodItem, MealLogged
from engine.explain import MINOR_NOTE, why_target
from engine.intents import INTENTS, by_key
from engine.profile import Profile
from engine.replies import Facts

DAY = date(2026, 11, 26)
DATA = Path(__file__).parents[1] / "data"
#: Written before the matcher (first score 58/66), and after it was tuned (first score 23/35).
HELD_OUT = (DATA / "questions_heldout.tsv", DATA / "questions_heldout2.tsv")


def a_profile(**kw: object) -> Profile:
    base: dict[str, object] = {"sex": "male", "age": 34, "height_cm": 180.0, "weight_kg": 75.0}
    return Profile.model_validate({**base, **kw})


def facts(**kw: object) -> Facts:
    profile = a_profile(**kw)
    balance: DayBalance = day_balance(History(events=[], weights=[]), profile, DAY,
                                      ZoneInfo("UTC"))
    return Facts(balance, profile)


def held_out() -> list[tuple[str, str]]:
    rows = [line.split("\t") for path in HELD_OUT for line in path.read_text().splitlines()
            if line.strip() and not line.startswith("#")]
    return [(want, text) for want, text in rows]


# ------------------------------------------------------------------------------ the table

#: Phrasings the matcher was designed with (the held-out file is scored separately).
DESIGNED = [
    ("how am I doing?", "standing"),
    ("How's my day going", "standing"),
    ("what's left today?", "left_today"),
    ("how many calories do I have left", "left_today"),
    ("protein so far?", "protein_today"),
    ("did I hit my protein", "protein_today"),
    ("did i hit my protien today", "protein_today"),
    ("how much have I eaten", "eaten_today"),
    ("how much did I burn today?", "burned_today"),
    ("am I losing weight?", "weight_trend"),
    ("why is my target 2,400?", "why_target"),
    ("how is my calorie target calculated", "why_target"),
    ("what should I eat before a run?", "before_run"),
    ("can I run fasted", "fasted_run"),
    ("how many carbs per hour on a long run?", "during_run"),
    ("how many gels do I need for a marathon", "during_run"),
    ("should I carb load?", "carb_loading"),
    ("what should I eat after a run?", "after_run"),
    ("what should I eat after a 10k?", "after_run"),
    ("how soon after a run should I eat", "recovery_timing"),
    ("is chocolate milk good for recovery?", "chocolate_milk"),
    ("I run twice a day, how do I refuel?", "two_sessions"),
    ("how much water should I drink?", "hydration"),
    ("does coffee help my running?", "caffeine"),
    ("can I have a beer after my race?", "alcohol"),
    ("how much protein do I need?", "protein_per_day"),
    ("how much protein per meal?", "protein_per_meal"),
    ("is too much protein bad for my kidneys", "protein_safety"),
    ("I'm vegetarian, is my protein enough?", "plant_protein"),
    ("how do I lose fat without losing muscle?", "lose_fat_keep_muscle"),
    ("how fast can I lose weight safely?", "loss_rate"),
    ("how do I build muscle as a runner", "gain_muscle"),
    ("what's the minimum I should eat?", "floor"),
    ("what is RED-S?", "energy_availability"),
    ("should I lift weights?", "strength"),
    ("should I eat less on rest days?", "rest_day"),
    ("should I eat back my exercise calories?", "eat_back"),
    ("how many calories does running burn?", "run_cost"),
    ("do hills burn more calories?", "hills_treadmill"),
    ("why did my weight go up overnight?", "scale_fluctuation"),
    ("why did my target go down?", "adaptive"),
    ("what's my BMR?", "bmr"),
    ("do my steps count?", "walking"),
    ("I feel dizzy after long runs, what should I eat?", "symptoms"),
    ("I binged last night", "disordered_eating"),
]

NOT_OURS = [
    "qwzx blorp fnord", "hello", "thanks!", "what's the weather tomorrow?", "who are you?",
    "tell me a joke", "what time is it", "ok", "🙂", "",
]


class TestTable:
    def test_there_are_at_least_thirty_intents_with_distinct_keys(self) -> None:
        """Issue 13 point 5 asks for a curated set of at least 30 intents."""
        keys = [i.key for i in INTENTS]
        assert len(keys) >= 30
        assert len(set(keys)) == len(keys)

    @pytest.mark.parametrize("intent", INTENTS, ids=lambda i: i.key)
    def test_each_intent_matches_its_own_examples(self, intent: object) -> None:
        """An intent's example phrasings find that intent (the table is self-consistent)."""
        assert intent.examples  # type: ignore[attr-defined]
        for example in intent.examples:  # type: ignore[attr-defined]
            found = match(example)
            assert found is not None and found.key == intent.key, example  # type: ignore[attr-defined]

    @pytest.mark.parametrize("intent", INTENTS, ids=lambda i: i.key)
    def test_each_answer_is_short_with_a_basis(self, intent: object) -> None:
        """Answers are a few sentences and name where they come from."""
        reply = answer(intent, facts())  # type: ignore[arg-type]
        assert 20 < len(reply.text) < 700
        assert reply.basis
        assert not re.search(r"\bN\d\b", reply.text)


class TestMatching:
    @pytest.mark.parametrize(("text", "key"), DESIGNED)
    def test_designed_phrasings(self, text: str, key: str) -> None:
        """Each designed phrasing finds its intent, whatever the case and punctuation."""
        found = match(text)
        assert found is not None and found.key == key

    @pytest.mark.parametrize("text", NOT_OURS)
    def test_what_is_not_a_fuelling_question_gets_no_answer(self, text: str) -> None:
        """Chat and other questions are left to the usual replies."""
        assert match(text) is None

    def test_held_out_phrasings_score_at_least_ninety_percent(self) -> None:
        """The held-out lists (~100 questions and non-questions, see HELD_OUT)."""
        rows = held_out()
        right = sum((m.key if (m := match(text)) else "-") == want for want, text in rows)
        assert len(rows) >= 100
        assert right / len(rows) >= 0.9

    @pytest.mark.parametrize(("text", "parts"), [
        ("had a shake, did I hit my protein?", ("had a shake", "did I hit my protein?")),
        ("ran 5k. how am I doing", ("ran 5k", "how am I doing")),
        ("ran 5k, felt great", None),
        ("how am I doing?", None),
        ("protein so far?", None),
    ])
    def test_a_question_after_a_comma_or_stop_is_split_off(
            self, text: str, parts: tuple[str, str] | None) -> None:
        """The part before a trailing question may be a log; no tail question, no split."""
        assert split_question(text) == parts

    def test_unknown_words_are_a_question_and_a_known_food_is_a_log(self) -> None:
        """A parse of only unknown items is what a question looks like; a food is a log."""
        unknown = MealLogged(at=_at(), items=(FoodItem(text="calories so far"),))
        coffee = MealLogged(at=_at(), items=(FoodItem(text="coffee", food="coffee", kcal=2.0),))
        assert nothing_recognised([]) and nothing_recognised([unknown])
        assert not nothing_recognised([coffee]) and not nothing_recognised([unknown, coffee])


def _at() -> object:
    from datetime import UTC, datetime

    return datetime(2026, 11, 26, 12, tzinfo=UTC)


# ------------------------------------------------------------------------------ answers

#: Every intent, "why is my target" (engine.explain's arithmetic) included.
OWN_TEXTS = list(INTENTS)


class TestAnswers:
    def test_protein_questions_use_this_runners_target(self) -> None:
        """'How much protein do I need' quotes the engine's own target in grams."""
        f = facts()
        reply = answer_question("how much protein do I need?", f)
        assert reply is not None
        assert f"{f.balance.protein_target_g:.0f} g a day" in reply.text

    def test_standing_answers_carry_the_day(self) -> None:
        """'Protein so far?' is answered with today's numbers and the standing block."""
        f = facts()
        reply = answer_question("protein so far?", f)
        assert reply is not None and reply.standing
        assert f"0 of {f.balance.protein_target_g:.0f} g" in reply.text

    @pytest.mark.parametrize("intent", OWN_TEXTS, ids=lambda i: i.key)
    def test_imperial_runners_see_no_metric_body_units(self, intent: object) -> None:
        """Per-lb protein, lb and fl oz for imperial runners; no kg or ml slips through."""
        text = answer(intent, facts(units="imperial")).text  # type: ignore[arg-type]
        assert not re.search(r"\d\s*(?:kg|ml)\b|per kg", text), text

    @pytest.mark.parametrize("intent", OWN_TEXTS, ids=lambda i: i.key)
    def test_metric_runners_see_no_imperial_units(self, intent: object) -> None:
        """Metric runners get kg and ml, never lb or fl oz."""
        text = answer(intent, facts()).text  # type: ignore[arg-type]
        assert not re.search(r"\d\s*(?:lb|fl oz)\b|per lb", text), text

    @pytest.mark.parametrize(
        ("goal", "weight_kg"),
        [("maintain", 75.0), ("lose-1", 75.0), ("gain-0.5", 60.0), ("lose-2", 52.0)],
    )
    def test_why_target_adds_up_to_the_target(self, goal: str, weight_kg: float) -> None:
        """'Why is my target X' is the engine's own arithmetic (engine.explain), ending on the
        target /today shows, and says when the floor decided it."""
        f = facts(goal=goal, weight_kg=weight_kg, sex="female" if weight_kg < 55 else "male")
        text = answer(by_key("why_target"), f).text
        assert text == "\n".join(why_target(f.balance))  # the same steps as /today's button
        assert f"{f.balance.target_kcal:,.0f} kcal" in text
        assert f"{f.balance.resting_kcal:,.0f}" in text
        assert ("below the floor" in text) == f.balance.floor_applied

    @pytest.mark.parametrize("key", ["lose_fat_keep_muscle", "loss_rate", "gain_muscle",
                                     "left_today", "floor", "why_target", "rest_day",
                                     "energy_availability"])
    def test_under_18s_get_no_energy_target_or_plan(self, key: str) -> None:
        """science.md §10 (rev 2): no energy target, deficit, surplus or EA figure for minors."""
        text = answer(by_key(key), facts(age=16)).text
        assert text.startswith(MINOR_NOTE) and "%" not in text
