"""The reply explains why the watch's calories differ from ours (gross against net)."""

from __future__ import annotations

from bot.formatting.events import device_kcal_note
from tests.activityfiles import read_one


class TestDeviceKcalNote:
    def test_a_watch_higher_than_us_is_explained_by_gross_against_net(self) -> None:
        """Edge 200 ride: its 418 kcal include resting energy our net figure leaves out."""
        event = read_one("ride_garmin-edge200_2015-10-13.fit")
        assert event.device_kcal is not None
        assert event.device_kcal > event.energy_kcal
        note = device_kcal_note(event)
        assert note is not None
        assert "(gross)" in note
        assert "(net)" in note
        assert "\n" not in note

    def test_a_watch_lower_than_us_still_names_gross_and_net(self) -> None:
        """FR920XT: 988 watch kcal against our higher ACSM figure; the line says why."""
        event = read_one("run_garmin-fr920xt_pauses_2019-05-18.fit")
        assert event.device_kcal is not None
        assert event.device_kcal < event.energy_kcal
        note = device_kcal_note(event)
        assert note is not None
        assert "(gross)" in note
        assert "(net)" in note
        assert "own model" in note
        assert "\n" not in note

    def test_figures_within_five_percent_are_called_close(self) -> None:
        """FR110: 336 kcal on the watch, about the same here (science.md rev 2 run cost)."""
        event = read_one("run_garmin-fr110_2013-02-06.fit")
        assert event.device_kcal is not None
        assert abs(event.device_kcal - event.energy_kcal) < 0.05 * event.device_kcal
        note = device_kcal_note(event)
        assert note is not None
        assert note.startswith("close to my figure")

    def test_no_device_figure_no_note(self) -> None:
        """GPX files carry no calories."""
        assert device_kcal_note(read_one("run_strava_2015-01-19.gpx")) is None
