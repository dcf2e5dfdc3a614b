"""Issue 15: runs, sessions and weigh-ins as runners write them (the runs block's shapes),
each checked on made-up variants: what is logged, and what the reply says."""

from __future__ import annotations

import csv
import re
from importlib import resources

import pytest

from bot.coach import Coach
from engine.events import ActivityLogged, RunLogged, StrengthLogged, WeightLogged
from engine.parsing.chatter import _CHATTER_WORDS
from engine.parsing.clauses import _RUN_WORDS
from engine.parsing.leftover import _FILLER, _RUN_COUNTS, NO_WORD_PAIRS
from tests.bot.test_service import reply_text
from tests.engine.test_parsing import parse
from tests.engine.test_parsing_run_shapes import runs


def sessions(text: str) -> list[tuple[str, float | None, float]]:
    """(what, km, minutes) of each session logged, in order."""
    out: list[tuple[str, float | None, float]] = []
    for event in parse(text).events:
        assert isinstance(event, RunLogged | ActivityLogged | StrengthLogged), event
        what = event.activity if isinstance(event, ActivityLogged) else event.kind
        km = getattr(event, "distance_m", None)
        out.append((what, round(km / 1000, 3) if km else None, round(event.duration_s / 60, 2)))
    return out


class TestPaceInMiling:
    """ "9 minute miling" is a pace per mile, not a 9-minute run."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [("13 miles at 9 minute miling", (20.922, 117.0)),
         ("10 miles at 7:30 miling", (16.093, 75.0)),
         ("6 miles @ 8:15 milling", (9.656, 49.5))],
    )  # fmt: skip
    def test_the_pace_times_the_distance(self, text: str, expected: tuple[float, float]) -> None:
        assert runs(text) == [expected]


class TestSmallSidedFootball:
    """ "5 a side" is football, not 5 km or 5 minutes."""

    @pytest.mark.parametrize(
        ("text", "minutes"),
        [("played 5 a side", 30.0), ("5-a-side for an hour", 60.0),
         ("7 a side footy 1h", 60.0), ("played five-a-side 50 mins", 50.0)],
    )  # fmt: skip
    def test_a_football_session(self, text: str, minutes: float) -> None:
        assert sessions(text) == [("football", None, minutes)]

    def test_a_side_dish_is_no_match(self) -> None:
        assert [e.kind for e in parse("ran 5k 25 min, side salad after").events] == [
            "run",
            "meal",
        ]


class TestLegsOfTheirOwn:
    """A leg home, a warm-up or a cool-down with its own distance is a run of its own."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [("run commute 7k, 7k home", [(7.0, 42.0), (7.0, 42.0)]),
         ("ran 5k then 5k cooldown", [(5.0, 30.0), (5.0, 30.0)]),
         ("ran 5k in 22:30 then 5k cooldown", [(5.0, 22.5), (5.0, 30.0)]),
         ("wu 2k, 6k tempo 25:30, cd 2k", [(2.0, 12.0), (6.0, 25.5), (2.0, 12.0)]),
         ("2k warm up, 5x1k @ 3:50, 2k cool down", [(2.0, 12.0), (5.0, 19.17), (2.0, 12.0)])],
    )  # fmt: skip
    def test_each_leg_is_logged(self, text: str, expected: list[tuple[float, float]]) -> None:
        assert runs(text) == expected

    @pytest.mark.parametrize(
        "text",
        ["ran 12k incl 2k wu and 2k cd, 58 min", "6x800m, 2k cooldown, 8.2k total 45 min"],
    )
    def test_legs_inside_a_run_stay_in_it(self, text: str) -> None:
        assert len(runs(text)) == 1


class TestTriathlonByItsFinishTime:
    """A triathlon with only its finish time: its standard legs, sharing the time."""

    @pytest.mark.parametrize(
        ("text", "kms", "total"),
        [("did a sprint tri in 1:25", (0.75, 20.0, 5.0), 85.0),
         ("olympic tri 2:41:30", (1.5, 40.0, 10.0), 161.5),
         ("ironman done 11:48:31!!", (3.8, 180.2, 42.195), 708.52),
         ("standard distance triathlon today, 2:35:12", (1.5, 40.0, 10.0), 155.2)],
    )  # fmt: skip
    def test_three_legs_add_up_to_the_time(
        self, text: str, kms: tuple[float, float, float], total: float
    ) -> None:
        logged = sessions(text)
        assert [(what, km) for what, km, _ in logged] == [
            ("swim", kms[0]), ("cycle", kms[1]), ("run", kms[2])
        ]  # fmt: skip
        assert sum(minutes for _, _, minutes in logged) == pytest.approx(total, abs=0.05)
        assert all("duration_min" in e.estimated for e in parse(text).events)

    def test_the_run_leg_is_the_slowest_share_of_nothing(self) -> None:
        """The bike takes the longest part of a sprint, the swim the shortest."""
        swim, bike, run = (minutes for _, _, minutes in sessions("sprint triathlon 1:20:00"))
        assert swim < run < bike

    def test_a_triathlon_of_no_known_distance_is_asked_about(self) -> None:
        result = parse("did a tri in 1:25")
        assert result.events == ()
        assert result.unparsed == ("did a tri in 1:25",)

    def test_legs_written_out_are_read_as_written(self) -> None:
        text = "olympic tri 2:31:07 - swim 27:40, bike 1:10:02, run 48:55"
        assert sessions(text) == [
            ("swim", 1.5, 27.67), ("cycle", 40.0, 70.03), ("run", 10.0, 48.92)
        ]  # fmt: skip


class TestGibberishInARun:
    """Letters no word has, inside a run, come back as not understood."""

    @pytest.mark.parametrize(
        ("text", "caught"),
        [("ran 5k xqzt in 25 min", "xqzt"), ("easy 8k qwerty 45 min", "qwerty"),
         ("tempo 8k zxcv 36:00", "zxcv")],
    )  # fmt: skip
    def test_named_back(self, text: str, caught: str) -> None:
        result = parse(text)
        assert [e.kind for e in result.events] == ["run"]
        assert result.unparsed == (caught,)

    @pytest.mark.parametrize(
        "text",
        ["ran 10k, felt exhausted, 52 min", "easy 6k along the canal 35 min",
         "lsd 20k 2:05 with the club", "ran 8k 44 min, savvy pacing"],
    )  # fmt: skip
    def test_words_are_not_gibberish(self, text: str) -> None:
        assert parse(text).unparsed == ()

    async def test_the_reply_asks_about_it(self, coach: Coach) -> None:
        text = await reply_text(coach, "ran 6k jxqv in 33 min")
        assert text.splitlines()[0] != "✅ Logged:"
        assert "I didn't catch: 'jxqv'" in text

    def test_no_word_of_the_tables_has_a_listed_pair(self) -> None:
        """The pairs are checked against every word of the food tables, chatter and runs."""
        words = set(_CHATTER_WORDS | _FILLER | _RUN_COUNTS | _RUN_WORDS)
        for name in ("everyday_foods.csv", "usda_foods.csv"):
            text = (resources.files("engine") / "data" / name).read_text("utf-8")
            for row in csv.reader(text.splitlines()):
                words.update(re.findall("[a-z]+", " ".join(row).lower()))
        pairs = {w[i : i + 2] for w in words for i in range(len(w) - 1)}
        assert NO_WORD_PAIRS.isdisjoint(pairs)


class TestTrackSplitsAndEfforts:
    """The session's time: the reps' splits, and never an effort's time beside the whole."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [("track 6x400: 82, 80, 79, 80, 78, 77", (2.4, 7.93)),
         ("5x300 in 55, 54, 53, 53, 52", (1.5, 4.45))],
    )  # fmt: skip
    def test_bare_seconds_per_rep(self, text: str, expected: tuple[float, float]) -> None:
        assert runs(text) == [expected]

    @pytest.mark.parametrize(
        ("text", "expected"),
        [("40 min fartlek 1 min hard 1 min easy, 7.9km", (7.9, 40.0)),
         ("1 min run 90s walk x 8, 25 mins, 3.1k", (3.1, 25.0)),
         ("400s x 10, all under 90 sec, 8.2 km 44 min in total", (8.2, 44.0)),
         ("10 min warm up, 20 min tempo, 10 min cool down, 8k", (8.0, 40.0))],
    )  # fmt: skip
    def test_effort_times_are_no_extra_time(
        self, text: str, expected: tuple[float, float]
    ) -> None:
        assert runs(text) == [expected]


class TestRaceTimes:
    """A gun time beside the chip time is not the runner's time."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [("10k race: chip 42:18, gun 42:51", (10.0, 42.3)),
         ("Chip time 3:28:41 at Manchester marathon (gun 3:31:02)", (42.195, 208.68)),
         ("5k race 19:48 (gun 19:55)", (5.0, 19.8))],
    )  # fmt: skip
    def test_the_chip_time(self, text: str, expected: tuple[float, float]) -> None:
        assert runs(text) == [expected]

    def test_a_gun_time_alone_is_the_time(self) -> None:
        assert runs("parkrun, gun time 25:10") == [(5.0, 25.17)]


class TestWatchLayouts:
    """Watch apps' copy in their own line layouts."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [("Running\n7.53 km\n0:41'12\n5'28/km\nAvg HR 149 bpm", (7.53, 41.2)),
         ("Suunto: Running, duration 1:02'15, distance 11.4 km", (11.4, 62.25)),
         ("Duration 00:45:12\nDistance 8.10 km\nAverage pace 5:35 min/km", (8.1, 45.2)),
         ("Time 31:40\nDistance 6.02 km\nPace 5:16 /km", (6.02, 31.67)),
         ("trail 14 miles, 3100ft vert, 2:48:10", (22.531, 168.17))],
    )  # fmt: skip
    def test_the_run(self, text: str, expected: tuple[float, float]) -> None:
        result = parse(text)
        assert runs(text) == [expected]
        assert result.unparsed == ()

    @pytest.mark.parametrize(
        ("text", "expected"),
        [("Ride\n42.3 km\n1:28:10\nElev Gain 412 m", ("cycle", 42.3, 88.17)),
         ("Swim\n1.5 km\n32:10", ("swim", 1.5, 32.17))],
    )  # fmt: skip
    def test_a_session_named_on_its_own_line(
        self, text: str, expected: tuple[str, float, float]
    ) -> None:
        assert sessions(text) == [expected]


class TestWeighInsWritten:
    @pytest.mark.parametrize(
        ("text", "kg"),
        [("11.6 st", 73.66), ("weighed 12.2 stone", 77.47), ("12.5st this morning", 79.38),
         ("bw 68,4", 68.4), ("weight: 71,85", 71.85), ("weighed in at 74,35", 74.35)],
    )  # fmt: skip
    def test_decimal_stone_and_decimal_comma(self, text: str, kg: float) -> None:
        result = parse(text)
        (event,) = result.events
        assert isinstance(event, WeightLogged)
        assert event.mass_kg == pytest.approx(kg, abs=0.01)
        assert result.unparsed == ()

    def test_a_comma_and_a_space_is_a_list(self) -> None:
        assert [e.kind for e in parse("bw 68, then 5k 26 min").events] == ["weight", "run"]


class TestGymAndSets:
    @pytest.mark.parametrize(
        ("text", "minutes"),
        [("legs 50'", 50.0), ("legs and glutes 45 mins", 45.0), ("chest/back 1h", 60.0),
         ("upper body 40'", 40.0)],
    )  # fmt: skip
    def test_a_session_named_by_what_it_worked(self, text: str, minutes: float) -> None:
        assert sessions(text) == [("strength", None, minutes)]

    @pytest.mark.parametrize(
        "text", ["strength: squats 5x5, rdl 3x8, 45 mins", "gym: bench 5x5, rows 4x8, 45 min"]
    )
    def test_sets_and_reps_are_no_run(self, text: str) -> None:
        assert sessions(text) == [("strength", None, 45.0)]

    def test_a_run_beside_the_gym_stays_a_run(self) -> None:
        assert sessions("20 min core, 6 km easy 35 min") == [
            ("strength", None, 20.0), ("run", 6.0, 35.0)
        ]  # fmt: skip

    def test_tired_legs_are_no_session(self) -> None:
        assert sessions("legs tired, ran 5k 30 min") == [("run", 5.0, 30.0)]


class TestChatThatNamesFigures:
    """Figures talked about, not done: nothing logged, nothing refused."""

    @pytest.mark.parametrize(
        "text",
        ["strava says I ran 38 km this week", "weekly mileage 42 miles, new record",
         "first ultra is 50k in march", "half marathon in october, any tips",
         "target is 1:45 for the half", "down 2 lbs since monday 🙌", "put on 3 lbs over xmas",
         "half term, so no track this week", "lost 0.5kg this week"],
    )  # fmt: skip
    def test_nothing_logged(self, text: str) -> None:
        result = parse(text)
        assert result.events == ()
        assert result.intent != "log"

    @pytest.mark.parametrize(
        ("text", "kinds"),
        [("did 30 km this week, parkrun 24:10 today", ["run"]),
         ("50 mile week done, long run 20 miles 3:05", ["run"]),
         ("down to 81.4 kg 🙌", ["weight"])],
    )  # fmt: skip
    def test_the_session_beside_it_is_logged(self, text: str, kinds: list[str]) -> None:
        assert [e.kind for e in parse(text).events] == kinds


class TestBesideARun:
    @pytest.mark.parametrize(
        "text", ["marathon done 3:59:01 chip, sub 4!!", "parkrun 19:58, sub 20 at last"]
    )
    def test_chip_and_sub_are_no_food(self, text: str) -> None:
        assert [e.kind for e in parse(text).events] == ["run"]

    def test_a_weigh_in_after_a_run_named_in_passing(self) -> None:
        assert [e.kind for e in parse("weight: 69.9 kg after a 10k").events] == ["weight"]

    def test_a_weigh_in_then_a_timed_run(self) -> None:
        result = parse("71.2kg after my 10k 52:10")
        assert [e.kind for e in result.events] == ["weight", "run"]

    def test_lap_lines_are_splits_of_the_total(self) -> None:
        text = "Lap 1 5:10\nLap 2 5:05\nLap 3 5:02\nLap 4 4:58\nLap 5 4:51\n5.00 km 25:06"
        assert runs(text) == [(5.0, 25.1)]
        assert runs("5.00 km 25:06\nLap 1 5:10\nLap 2 5:05") == [(5.0, 25.1)]


class TestHeldout3Shapes:
    """Shapes of the third held-out block's runs, sessions, weigh-ins and chat, on variants."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [("12h race: 101 km in 12:00:00, slept 0 hours", (101.0, 720.0)),
         ("6 hour challenge, 48.2 km", (48.2, 360.0)),
         ("lost 800 m in the last 10k, whole thing 42.5 km 5:02:10", (42.5, 302.17)),
         ("hilly one, overall 18.2 km 1:49:30", (18.2, 109.5)),
         ("run 1 min walk 90s x 8, total 3.4km 24 mins", (3.4, 24.0)),
         ("couch 2 5k done!! 5k 38:10", (5.0, 38.17)),
         ("treadie 40 mins 11 kph", (7.333, 40.0))],
    )  # fmt: skip
    def test_runs(self, text: str, expected: tuple[float, float]) -> None:
        assert runs(text) == [expected]

    @pytest.mark.parametrize(
        ("text", "expected"),
        [("pool 2000m 40:10 (8x100 on 1:45)", ("swim", 2.0, 40.17)),
         ("bootcamp class 50 mins", ("strength", None, 50.0)),
         ("Outdoor Cycle\n28.1 km\n58:40\nAvg Speed 28.7 km/h", ("cycle", 28.1, 58.67))],
    )  # fmt: skip
    def test_sessions(self, text: str, expected: tuple[str, float | None, float]) -> None:
        assert sessions(text) == [expected]

    @pytest.mark.parametrize(
        ("text", "kg"), [("11st 0lb post-marathon", 69.85), ("12 stone after the half", 76.2)]
    )
    def test_a_weigh_in_named_after_a_race(self, text: str, kg: float) -> None:
        (event,) = parse(text).events
        assert isinstance(event, WeightLogged)
        assert event.mass_kg == pytest.approx(kg, abs=0.01)

    @pytest.mark.parametrize(
        "text",
        ["ran Berlin in 2018 in 3:41, want to go sub 3:30", "my mate ran a 1:25 half, show off",
         "my wife did parkrun in 26:10 today"],
    )  # fmt: skip
    def test_someone_elses_or_a_past_race_is_chat(self, text: str) -> None:
        assert parse(text).events == ()

    def test_me_and_my_mate_is_my_run(self) -> None:
        assert runs("me and my mate ran 10k 55 min") == [(10.0, 55.0)]


class TestParkrunWithLegs:
    """A parkrun with the jog there or home: the parkrun is 5 km, each jog a run of its own."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [("parkrun 25:02 + 2k jog home", [(5.0, 25.03), (2.0, 12.0)]),
         ("jogged 2k to parkrun, parkrun 24:40, 2k jog home",
          [(2.0, 12.0), (5.0, 24.67), (2.0, 12.0)])],
    )  # fmt: skip
    def test_each_leg(self, text: str, expected: list[tuple[float, float]]) -> None:
        assert runs(text) == expected

    @pytest.mark.parametrize(
        ("text", "expected"),
        [("parkrun 26:00 with 1k warm up", (5.0, 26.0)),
         ("half marathon 1:45:10 with 2k warm up", (21.098, 105.17))],
    )  # fmt: skip
    def test_a_warm_up_with_a_race_is_no_race_distance(
        self, text: str, expected: tuple[float, float]
    ) -> None:
        assert runs(text) == [expected]

    def test_the_app_named_above_the_copy_is_no_question(self) -> None:
        result = parse("Strava\nMorning Run\n10.01 km\n5:02 /km\n50:25")
        assert runs("Strava\nMorning Run\n10.01 km\n5:02 /km\n50:25") == [(10.01, 50.42)]
        assert result.unparsed == ()


class TestTrailMix:
    @pytest.mark.parametrize(
        "text", ["mile 30 drop bag: a banana and a handful of trail mix", "handful of trail mix"]
    )
    def test_trail_mix_is_food_not_a_trail_run(self, text: str) -> None:
        assert [e.kind for e in parse(text).events] == ["meal"]

    def test_a_trail_run_then_trail_mix(self) -> None:
        assert [e.kind for e in parse("trail 15k 1:32 then trail mix").events] == ["run", "meal"]


class TestSprintsAndCommutes:
    def test_hill_sprints_with_a_total_are_a_run(self) -> None:
        assert runs("did 3 sets of 8 hill sprints, 45 min total, 7km") == [(7.0, 45.0)]

    @pytest.mark.parametrize(
        ("text", "expected"),
        [("swim sprints 30 min", ("swim", None, 30.0)),
         ("bike sprints on the turbo 45 min", ("cycle", None, 45.0))],
    )  # fmt: skip
    def test_sprints_of_another_sport_are_no_run(
        self, text: str, expected: tuple[str, float | None, float]
    ) -> None:
        assert sessions(text) == [expected]

    @pytest.mark.parametrize(
        ("text", "expected"),
        [("walked to work and back, 3 km each way", ("walk", 6.0, 72.0)),
         ("bike commute 25 min each way", ("cycle", None, 50.0))],
    )  # fmt: skip
    def test_each_way_is_both_ways(
        self, text: str, expected: tuple[str, float | None, float]
    ) -> None:
        assert sessions(text) == [expected]

    def test_figures_each_said_each_way_are_a_session_each_way(self) -> None:
        """Block p's decision (acts11): a distance and a time each said of each way are a
        ride there and one back, the same total as one ride of both."""
        assert sessions("bike commute 12k each way 35 mins each") == [("cycle", 12.0, 35.0)] * 2
