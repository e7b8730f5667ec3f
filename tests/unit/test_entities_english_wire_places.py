"""English wire copy's places and labels (round s33): a list after a place cue is a list of places, a facility
stands in a place, an airport is named after its place, a BGN name as the press spells it ("Ilsky" is Il’skiy), and
what is no organisation (a title's word, a stance toward a name) or no person (a channel's name)."""

from __future__ import annotations

import pytest

from wirestream.services.enrich.entities import frames, recovery
from wirestream.services.enrich.entities.correction import correct
from wirestream.services.enrich.entities.geo import Gazetteer, press_spelling
from wirestream.services.enrich.entities.logic import RawEntity


def _at(text: str, span: str, label: str) -> RawEntity:
    start = text.index(span)
    return RawEntity(span, label, start, start + len(span))


def _labels(text: str, spans: list[tuple[str, str]], gazetteer: Gazetteer | None) -> list[tuple[str, str]]:
    return [(e.text, e.label) for e in correct([_at(text, s, lab) for s, lab in spans], text, "en", gazetteer)]


# --- a list after a place cue ------------------------------------------------------------------------------------


def test_a_list_after_a_place_cue_holding_a_known_place_is_places(toolkit):
    text = "Residents of Rublyovka and Krasnogorsk said they heard explosions."
    found = [_at(text, "Rublyovka", "ORG"), _at(text, "Krasnogorsk", "PERSON")]
    out = recovery._cued_lists(found, text, "en", toolkit.gazetteer)
    assert [(e.text, e.label) for e in out] == [("Rublyovka", "GPE"), ("Krasnogorsk", "GPE")]


def test_a_list_of_organisations_or_people_after_a_cue_stays(toolkit):
    text = "Growth in Apple and Microsoft shares slowed. In Kyiv, Kuleba and Reznikov said it was absurd."
    found = [
        _at(text, "Apple", "ORG"),
        _at(text, "Microsoft", "ORG"),
        _at(text, "Kyiv", "GPE"),
        _at(text, "Kuleba", "ORG"),
        _at(text, "Reznikov", "PERSON"),
    ]
    out = recovery._cued_lists(found, text, "en", toolkit.gazetteer)
    assert [e.label for e in out] == ["ORG", "ORG", "GPE", "ORG", "PERSON"]


# --- a facility's place, an airport's place ----------------------------------------------------------------------


def test_a_name_after_a_facility_in_is_a_place(toolkit):
    text = "Gunfire was heard near the fuel facility in Senkata, and a fire hit an oil depot near Volna."
    spans = [("Senkata", "ORG"), ("Volna", "PERSON")]
    assert _labels(text, spans, toolkit.gazetteer) == [("Senkata", "GPE"), ("Volna", "GPE")]


def test_a_stake_in_a_company_stays_an_organisation(toolkit):
    text = "The fund took a stake in Senkata last year."
    assert _labels(text, [("Senkata", "ORG")], toolkit.gazetteer) == [("Senkata", "ORG")]


def test_a_list_before_airports_is_places_whatever_the_model_said():
    text = "Flights were suspended at Vnukovo and Sheremetyevo airports."
    found = [_at(text, "Vnukovo", "GPE"), _at(text, "Sheremetyevo", "ORG")]
    out = recovery._administered_places(found, text, "en")
    assert [(e.text, e.label) for e in out] == [("Vnukovo", "GPE"), ("Sheremetyevo", "GPE")]


# --- a BGN name as the press spells it ---------------------------------------------------------------------------


def test_a_bgn_name_as_the_press_spells_it_is_the_town(toolkit):
    assert press_spelling("Il’skiy") == press_spelling("Ilsky") == "ilsky"
    found = toolkit.gazetteer.place_form("Ilsky", "en")
    assert found is not None and found[1].name == "Il’skiy"
    text = "A fire broke out in Ilsky overnight."
    assert _labels(text, [("Ilsky", "ORG")], toolkit.gazetteer) == [("Ilsky", "GPE")]


@pytest.mark.parametrize("language", ["es", "it", "pt"])
def test_the_english_press_spelling_is_read_in_english_only(toolkit, language):
    # es/it/pt retry a name without its accents too, but the English press's spelling of a BGN name is no key
    # for their text: their press spells Russian towns by its own rules (French reads such names by their sounds,
    # PLACE_SOUND_SPELLING, where "Ilsky" and its own "Ilski" are one key: Il’skiy)
    assert toolkit.gazetteer.place_form("Ilsky", language) is None


# --- no organisation, no person ----------------------------------------------------------------------------------


def test_the_word_of_a_title_is_no_organisation(toolkit):
    text = "Secretary of State Antony Blinken spoke."
    spans = [("State", "ORG"), ("Antony Blinken", "PERSON")]
    assert _labels(text, spans, toolkit.gazetteer) == [("Antony Blinken", "PERSON")]


def test_a_stance_toward_a_name_is_no_organisation(toolkit):
    text = "Pro-Kremlin bloggers called for revenge."
    assert _labels(text, [("Pro-Kremlin", "ORG")], toolkit.gazetteer) == [("Pro-Kremlin", "NORP")]


def test_a_name_after_a_channel_is_an_outlet(toolkit):
    text = "The Telegram channel Baza reported two blasts."
    assert _labels(text, [("Baza", "PERSON")], toolkit.gazetteer) == [("Baza", "ORG")]


def test_an_unknown_place_in_a_cued_list_or_before_an_airport_keeps_its_place(toolkit):
    text = "Blasts were heard in Sevastopol and Dzhankoi. Flights at Pulkovo airport were halted."
    found = [_at(text, "Sevastopol", "GPE"), _at(text, "Dzhankoi", "GPE"), _at(text, "Pulkovo", "GPE")]
    out = frames._framed(found, text, "en", toolkit.gazetteer)
    assert [e.label for e in out] == ["GPE", "GPE", "GPE"]
