"""Finding a runner's time zone from a city or a location (the GeoNames gazetteer)."""

from __future__ import annotations

import pytest

from engine.errors import ParseError
from engine.profile_text import parse_zone
from engine.zones import city_zones, fold, zone_for_location


class TestCities:
    @pytest.mark.parametrize(("text", "zone"), [
        ("Vigo", "Europe/Madrid"),
        ("Badajoz", "Europe/Madrid"),
        ("Gdańsk", "Europe/Warsaw"),
        ("gdansk", "Europe/Warsaw"),
        ("boston", "America/New_York"),
        ("munich", "Europe/Berlin"),
        ("München", "Europe/Berlin"),
        ("Chicago", "America/Chicago"),
        ("new york", "America/New_York"),
        ("Lisboa", "Europe/Lisbon"),
        ("sao paulo", "America/Sao_Paulo"),
        ("boston, uk", "Europe/London"),
        ("Portland, OR", "America/Los_Angeles"),
        ("Portland, Maine", "America/New_York"),
        ("paris texas", "America/Chicago"),
        ("Paris", "Europe/Paris"),
        ("Springfield, MA, United States", "America/New_York"),
        ("Kolkata", "Asia/Kolkata"),
    ])
    def test_a_real_city_finds_its_zone(self, text: str, zone: str) -> None:
        """Cities from the gazetteer, in any case and with or without accents."""
        assert [c.zone for c in city_zones(text)] == [zone]

    def test_same_sized_cities_in_several_zones_are_offered(self) -> None:
        """Springfield (Missouri, Massachusetts, Oregon...) is a choice, not a guess."""
        zones = {c.zone for c in city_zones("Springfield")}
        assert {"America/Chicago", "America/New_York"} <= zones

    def test_nonsense_finds_nothing(self) -> None:
        assert city_zones("qwxzy") == []
        assert city_zones("ab") == []

    def test_fold_ignores_case_accents_and_punctuation(self) -> None:
        assert fold("  Gdańsk ") == fold("GDANSK") == "gdansk"
        assert fold("Köln") == "koln"


class TestLocation:
    @pytest.mark.parametrize(("lat", "lon", "zone"), [
        (42.24, -8.72, "Europe/Madrid"),  # Vigo (tzdata's nearest point was Lisbon)
        (38.88, -6.97, "Europe/Madrid"),  # Badajoz
        (54.35, 18.65, "Europe/Warsaw"),  # Gdańsk (tzdata's nearest point was Kaliningrad)
        (42.36, -71.06, "America/New_York"),  # Boston
    ])
    def test_a_location_takes_the_nearest_citys_zone(self, lat: float, lon: float,
                                                     zone: str) -> None:
        assert zone_for_location(lat, lon) == zone


class TestParseZone:
    def test_a_city_is_a_zone_in_a_profile(self) -> None:
        """`/timezone Chicago` and `/profile tz=Chicago` take a city as setup does."""
        assert parse_zone("Chicago") == "America/Chicago"
        assert parse_zone("europe/berlin") == "Europe/Berlin"

    def test_an_ambiguous_city_names_the_choices(self) -> None:
        with pytest.raises(ParseError, match="America/New_York"):
            parse_zone("Springfield")

    def test_an_unknown_place_says_what_works(self) -> None:
        with pytest.raises(ParseError, match="Chicago"):
            parse_zone("Qwertyville")
