"""Issue 15, the "layout" round: messages laid out as tables, checklists, arrows, sections and
quoted replies read as the runner meant them (scripts/corpus_probes_layout6.py holds more)."""

from __future__ import annotations

import pytest

from engine.events import ActivityLogged, MealLogged, RunLogged, WeightLogged
from tests.engine.test_parsing import parse


def _run(text: str) -> tuple[float, float]:
    runs = [e for e in parse(text).events if isinstance(e, RunLogged)]
    assert len(runs) == 1, runs
    return runs[0].distance_m, runs[0].duration_s


def _meals(text: str) -> list[list[str | None]]:
    return [
        [item.food for item in e.items] for e in parse(text).events if isinstance(e, MealLogged)
    ]


def _weights(text: str) -> list[float]:
    return [e.mass_kg for e in parse(text).events if isinstance(e, WeightLogged)]


class TestAMarkdownTable:
    """A row is a line; a bare number is in its column's unit; the header logs nothing."""

    @pytest.mark.parametrize(
        ("text", "metres", "seconds"),
        [
            ("| km | time |\n|----|----|\n| 14 | 1:12:05 |", 14000, 4325),
            ("| when | km | time | hr |\n| tonight | 7 | 36:45 | 149 |", 7000, 2205),
            ("| miles | time |\n| 4 | 34:10 |", 4 * 1609.344, 2050),
            ("| route | time |\n| 8 km canal loop | 44:30 |", 8000, 2670),
        ],
    )
    def test_a_row_is_the_run(self, text: str, metres: float, seconds: float) -> None:
        distance, duration = _run(text)
        assert distance == pytest.approx(metres, rel=1e-3)
        assert duration == pytest.approx(seconds)
        assert parse(text).unparsed == ()

    def test_key_and_value_lines(self) -> None:
        text = "weight | 73.6\nrun | 5 km | 27:15\nlunch | a bagel"
        assert _weights(text) == [pytest.approx(73.6)]
        assert _run(text) == (pytest.approx(5000), pytest.approx(1635))
        assert _meals(text) == [["bagel"]]

    def test_one_line_between_bars_is_still_one_meal_s_list(self) -> None:
        assert _meals("eggs | toast | coffee") == [["egg", "toast", "coffee"]]


class TestAChecklist:
    """What is ticked is logged; what is not ticked was not done and logs nothing."""

    def test_ticked_lines_log_unticked_lines_do_not(self) -> None:
        text = "- [x] 9k steady 47:20\n- [ ] yoga 30 min\n- [x] an apple"
        result = parse(text)
        assert [type(e) for e in result.events] == [RunLogged, MealLogged]
        assert _meals(text) == [["apple"]]
        assert not any(isinstance(e, ActivityLogged) for e in result.events)

    def test_emoji_marks(self) -> None:
        text = "✔️ weigh in 66.9\n❌ 12k long run\n✅ 2 bananas"
        assert _weights(text) == [pytest.approx(66.9)]
        assert not any(isinstance(e, RunLogged) for e in parse(text).events)
        assert _meals(text) == [["banana"]]

    def test_nothing_ticked_logs_nothing(self) -> None:
        assert parse("☐ 10k\n☐ 70.0 kg").events == ()


class TestArrowsAndMealsSections:
    """Steps between arrows, and the list under a plural "meals:" heading, are a meal each."""

    def test_arrow_steps(self) -> None:
        text = "a banana -> 7k 38:00 -> porridge -> pasta 650 kcal"
        result = parse(text)
        assert [type(e) for e in result.events] == [MealLogged, RunLogged, MealLogged, MealLogged]
        assert _run(text) == (pytest.approx(7000), pytest.approx(2280))

    def test_one_arrow_after_a_clock_heads_a_meal(self) -> None:
        assert _meals("08:00 -> porridge\n13:00 -> a bagel") == [["porridge"], ["bagel"]]

    def test_a_meals_heading_lists_meals(self) -> None:
        text = "Meals: porridge, a bagel, pasta 700 kcal | Run: 8 km 43:00"
        assert len(_meals(text)) == 3
        assert _run(text) == (pytest.approx(8000), pytest.approx(2580))


class TestAQuotedReply:
    """A quoted line was said before and logs nothing; the reply is read."""

    def test_a_bare_figure_answers_the_quoted_question(self) -> None:
        assert _weights("> what does the scale say?\n75.3") == [pytest.approx(75.3)]
        assert _run("> how far did you get?\n12.4 km, 1:05:20") == (12400, 3920)
        assert _weights("> weight this morning?\n75.3") == [pytest.approx(75.3)]

    def test_a_correction_of_the_quoted_entry_takes_its_place(self) -> None:
        result = parse("> 6k in 33:00\noops, 6k in 35:00")
        assert _run("> 6k in 33:00\noops, 6k in 35:00") == (pytest.approx(6000), 2100)
        assert result.corrects_last

    def test_the_quoted_entry_is_not_logged_again(self) -> None:
        assert parse("> Ran 12 km in 1:04:00\ncheers coach").events == ()
        result = parse("> Ran 12 km in 1:04:00\nand 2 eggs after")
        assert _meals("> Ran 12 km in 1:04:00\nand 2 eggs after") == [["egg"]]
        assert not result.corrects_last


class TestAPaceInThePlural:
    """ "5:10s" is the pace of the splits: no time of the run, never a refusal."""

    def test_after_at_it_is_the_run_s_pace(self) -> None:
        assert _run("12k @ 4:50s") == (pytest.approx(12000), pytest.approx(3480))

    def test_told_in_passing_it_is_no_time(self) -> None:
        assert _run("ran 15k in 1:20:00, sitting on 5:20s most of it") == (15000, 4800)

    def test_a_remark_of_a_pace_logs_nothing(self) -> None:
        assert parse("held 4:40s the whole way round").events == ()


REPORT = (
    "Long update, sorry. The last fortnight has been rubbish with a chest infection and I "
    "only managed 12k in total last week. The plan says 20k on Sunday but I'll see. Today I "
    "got out at lunch and did 7 km in 39:10, easy, no coughing. Had a bagel after. Physio "
    "says keep it easy for another week, then I can add the strides back in."
)


class TestAReport:
    """A long message of several sentences: the run told with its time is the run of the day;
    distances of the history and plans told beside it are no runs; one sentence whose figures
    cannot be right does not refuse the whole report."""

    def test_the_timed_run_only(self) -> None:
        assert _run(REPORT) == (pytest.approx(7000), pytest.approx(2350))
        assert "bagel" in [food for meal in _meals(REPORT) for food in meal]

    def test_a_short_message_keeps_a_run_without_its_time(self) -> None:
        assert _run("ran 7k before work. bagel after.")[0] == pytest.approx(7000)

    def test_an_impossible_sentence_is_asked_about_not_the_report_refused(self) -> None:
        text = (
            "Race report for the club. Today was the Harbour 10k and I was nervous as anything "
            "on the start line, the wind was up and the field was stacked. The 5k split took "
            "0 min according to my broken watch. Finished in 47:55 which is a course PB, very "
            "happy with that. Had a banana and a coffee at the end."
        )
        result = parse(text)  # refused whole before ("'0 min' is no time at all")
        assert _meals(text) == [["banana", "coffee"]]
        assert any("0 min" in u for u in result.unparsed)  # the reply asks about it
