"""The one door to Babel's CLDR data: known codes give their names, unknown ones nothing and no error."""

from __future__ import annotations

import pytest

from wirestream.services.enrich.languages import cldr


@pytest.mark.parametrize("code", ["crh", "arz", "", "xx-not-a-code"])
def test_a_code_babel_does_not_know_has_no_data_and_raises_nothing(code: str) -> None:
    assert cldr.locale(code) is None
    assert cldr.territories(code) == {}
    assert cldr.language_names(code) == []
    assert cldr.month_names(code) == frozenset()
    assert cldr.weekday_names(code) == frozenset()


def test_month_names_hold_the_genitive_and_the_stand_alone_form() -> None:
    assert {"мая", "май"} <= cldr.month_names("ru")


def test_territories_hold_countries_and_world_regions_in_the_language() -> None:
    names = cldr.territories("da")
    assert names["DE"] == "Tyskland"
    assert "419" in names


def test_weekday_and_language_names_are_the_languages_own() -> None:
    assert "dienstag" in cldr.weekday_names("de")
    assert "Swahili" in cldr.language_names("en")
