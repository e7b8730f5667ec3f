"""Entity labels wire copy trips over (stop 32, "ents6"): one behaviour each, on short self-written lines.

A news outlet named after a word for one ("l'agenzia Ria Novosti") is an organisation, not a person; two cities a
hyphen joins where GeoNames names the home town with a qualifier ("Halle (Saale)") are both places. The scores on
real articles are ``python -m bench.eval names`` and ``python -m bench.eval entities``.
"""

from __future__ import annotations

import pytest

from wirestream.services.enrich.entities.correction import correct
from wirestream.services.enrich.entities.models import RawEntity
from wirestream.services.enrich.entities.name_words import outlet_name
from wirestream.services.enrich.entities.names import NameFinder


@pytest.fixture(scope="module")
def finder(toolkit):
    return NameFinder(toolkit.gazetteer)


def labelled(finder, text, language):
    return [(f.text, f.label) for f in finder(text, language)]


def test_outlet_word_before_a_name_in_any_case_and_after_an_elided_article():
    assert outlet_name("l'agenzia", "it") and outlet_name("Agence", "fr") and outlet_name("agency", "en")
    assert not outlet_name("presidente", "it") and not outlet_name(None, "it")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Lo ha riferito l'agenzia Ria Novosti citando il Cremlino.", "it"),
        ("Según la agencia Ria Novosti, el Kremlin acusó a Kiev.", "es"),
        ("Segundo a agência Ria Novosti, o Kremlin acusou Kiev.", "pt"),
    ],
)
def test_a_run_after_a_word_for_a_news_outlet_is_the_outlet_not_a_person(finder, text, language):
    assert ("Ria Novosti", "ORG") in labelled(finder, text, language)


def test_a_country_opening_the_run_after_an_outlet_word_stays_the_country(finder):
    found = labelled(finder, "Kantor berita Rusia TASS melaporkan serangan itu.", "id")
    assert ("Rusia", "GPE") in found


def test_a_model_name_after_a_word_for_a_news_outlet_is_an_organisation(toolkit):
    text = "Le Kremlin a accusé Kiev, selon l'agence Ria Novosti."
    found = [RawEntity("Ria Novosti", "PERSON", text.index("Ria"), text.index("Ria") + 11)]
    assert [e.label for e in correct(found, text, "fr", toolkit.gazetteer)] == ["ORG"]
    text = "The news agency Ria Novosti quoted the Kremlin."
    found = [RawEntity("Ria Novosti", "ORG", text.index("Ria"), text.index("Ria") + 11)]
    assert [e.label for e in correct(found, text, "en", toolkit.gazetteer)] == ["ORG"]  # no given name's person


def test_two_cities_a_hyphen_joins_when_the_home_town_has_a_qualifier_in_geonames(finder):
    places = [(f.text, f.label) for f in finder("Drohnen wurden über Halle-Leipzig gesichtet.", "de")]
    assert places == [("Halle", "GPE"), ("Leipzig", "GPE")]


def _names(toolkit, text, language="en"):
    from tests.unit.test_entities_languages import dated
    from wirestream.services.enrich.entities.logic import find_entities

    entities, _ = find_entities(dated(text, language), toolkit)
    return {(m.text, e.label) for e in entities for m in e.mentions}


def test_a_thing_the_model_read_across_a_list_of_three_places_is_the_three_places(toolkit):
    text = "Russia may strike Odesa, Kharkiv and Dnipro, officials said."
    span = "Odesa, Kharkiv and Dnipro"
    found = [RawEntity(span, "WORK_OF_ART", text.index(span), text.index(span) + len(span))]
    fixed = correct(found, text, "en", toolkit.gazetteer)
    assert [(e.text, e.label) for e in fixed] == [("Odesa", "GPE"), ("Kharkiv", "GPE"), ("Dnipro", "GPE")]
    text = "The band Crosby, Stills and Nash played."
    span = "Crosby, Stills and Nash"
    found = [RawEntity(span, "WORK_OF_ART", text.index(span), text.index(span) + len(span))]
    assert [e.text for e in correct(found, text, "en", toolkit.gazetteer)] == [span]  # no places: a band


def test_known_places_listed_before_a_place_the_model_found_are_places(toolkit):
    from wirestream.services.enrich.entities.recovery import _cued_places

    text = "Drones struck Odesa, Kharkiv, and Zaporizhzhia overnight."
    at = text.index("Zaporizhzhia")
    found = [RawEntity("Zaporizhzhia", "GPE", at, at + 12)]
    assert [e.text for e in _cued_places(text, found, "en", toolkit.gazetteer)] == ["Odesa", "Kharkiv"]


def test_names_listed_before_an_administrative_noun_are_places_whatever_the_gazetteer_knows(toolkit):
    from wirestream.services.enrich.entities.recovery import _administered_places

    text = "Blasts hit the Solomianskyi and Darnytskyi districts, and the Eastern and Western regions."
    at = text.index("Solomianskyi")
    found = [RawEntity("Solomianskyi", "PERSON", at, at + 12)]
    fixed = _administered_places(found, text, "en")
    assert [(e.text, e.label) for e in fixed] == [("Solomianskyi", "GPE"), ("Darnytskyi", "GPE")]


def test_a_model_organisation_of_a_given_name_and_a_surname_before_a_role_of_is_a_person(toolkit):
    from wirestream.services.enrich.entities.frames import _speaking_surnames

    text = "Oleksiy Danilov, secretary of the security council, said so. Morgan Stanley, the bank, declined."
    found = [RawEntity(s, "ORG", text.index(s), text.index(s) + len(s)) for s in ("Oleksiy Danilov", "Morgan Stanley")]
    fixed = _speaking_surnames(found, text, "en", toolkit.gazetteer)
    assert [(e.text, e.label) for e in fixed] == [("Oleksiy Danilov", "PERSON"), ("Morgan Stanley", "ORG")]


def test_a_speaker_the_model_read_as_a_works_title_after_a_quote_is_a_person(toolkit):
    from wirestream.services.enrich.entities.frames import _speaking_surnames

    # the small English model reads a name right after a quote as the quote's title
    text = (
        '"It was the best season of my life," Rory Callan said. '
        '"The numbers do not add up," Rose Young, a councillor, told the meeting. '
        'She reread "Jane Eyre" twice.'
    )
    spans = ("Rory Callan", "Rose Young", "Jane Eyre")
    found = [RawEntity(s, "WORK_OF_ART", text.index(s), text.index(s) + len(s)) for s in spans]
    fixed = _speaking_surnames(found, text, "en", toolkit.gazetteer)
    assert [e.label for e in fixed] == ["PERSON", "PERSON", "WORK_OF_ART"]


def test_a_german_compound_ending_in_an_outlet_word_is_one():
    assert outlet_name("Telegram-Kanal", "de") and outlet_name("Nachrichtenagentur", "de")
    assert outlet_name("Staatssender", "de") and not outlet_name("Sprecher", "de")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Die Drohnen starteten bei Smolensk, berichtete der Telegram-Kanal Baza.", "Baza"),
        ("Das meldete die Nachrichtenagentur Interfax am Mittwoch.", "Interfax"),
    ],
)
def test_a_german_name_after_a_capitalised_outlet_noun_is_the_outlet_not_a_town(finder, text, name):
    found = labelled(finder, text, "de")
    assert (name, "ORG") in found and not any(label == "GPE" and t == name for t, label in found)


def test_a_works_title_over_a_name_and_its_speech_verb_is_the_person_alone(toolkit):
    from wirestream.services.enrich.entities.frames import _speaking_surnames

    # the model read the name and the verb after a quote as one title ("Teresa Nielsen Hayden explained")
    text = '"All it took was one bad infection," Teresa Nolan Hale explained. She read "Jane Eyre Returns" twice.'
    spans = ("Teresa Nolan Hale explained", "Jane Eyre Returns")
    found = [RawEntity(s, "WORK_OF_ART", text.index(s), text.index(s) + len(s)) for s in spans]
    fixed = _speaking_surnames(found, text, "en", toolkit.gazetteer)
    assert [(e.text, e.label, text[e.start : e.end]) for e in fixed] == [
        ("Teresa Nolan Hale", "PERSON", "Teresa Nolan Hale"),
        ("Jane Eyre Returns", "WORK_OF_ART", "Jane Eyre Returns"),
    ]
