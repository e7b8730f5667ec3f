"""Wire copy in French, Spanish, Portuguese and Turkish: a role phrase run into a name, a person listed after a place a
settlement noun opened, and places written in the language's spelling of Russian and Ukrainian names. None of these
people is in the alias registry."""

from __future__ import annotations

import pytest

from tests.unit.test_entities_languages import dated
from wirestream.services.enrich.entities.correction import correct
from wirestream.services.enrich.entities.logic import RawEntity, enrich
from wirestream.services.enrich.entities.names import NameFinder


def _span(text: str, span: str, label: str) -> RawEntity:
    start = text.index(span)
    return RawEntity(span, label, start, start + len(span))


@pytest.mark.parametrize(
    ("text", "span", "label", "body", "person"),
    [
        # the role opens the span: the body it is of, then the person
        (
            "Le ministre des Affaires étrangères Dmytro Kouleba a démenti.",
            "ministre des Affaires étrangères Dmytro Kouleba",
            "ORG",
            ("Affaires étrangères", "ORG"),
            "Dmytro Kouleba",
        ),
        # the role stands before the span: a body, then a name no data knows
        (
            "Le ministre ukrainien de la Défense Oleksiï Reznikov a démenti.",
            "Défense Oleksiï Reznikov",
            "ORG",
            ("Défense", "ORG"),
            "Oleksiï Reznikov",
        ),
        # a given name and a surname, not "Blanche" and two more words
        (
            "Selon le porte-parole de la Maison Blanche John Kirby, rien n'est confirmé.",
            "Maison Blanche John Kirby",
            "LOC",
            ("Maison Blanche", "LOC"),
            "John Kirby",
        ),
    ],
)
def test_a_role_phrase_run_into_a_name_gives_the_body_and_the_person(toolkit, text, span, label, body, person):
    fixed = correct([_span(text, span, label)], text, "fr", toolkit.gazetteer)
    assert [(e.text, e.label) for e in fixed] == [body, (person, "PERSON")]
    for e in fixed:
        assert text[e.start : e.end] == e.text


def test_a_body_and_a_name_without_a_role_before_them_stay_one_name(toolkit):
    text = "Il a visité la Fondation Victor Hugo hier."
    fixed = correct([_span(text, "Fondation Victor Hugo", "ORG")], text, "fr", toolkit.gazetteer)
    assert [(e.text, e.label) for e in fixed] == [("Fondation Victor Hugo", "ORG")]


def test_french_people_the_model_missed_are_spotted(toolkit):
    from wirestream.services.enrich.entities.recovery import _unfound_people

    text = "Le porte-parole de la diplomatie ukrainienne Oleg Nikolenko a démenti."
    found = _unfound_people(text, [], "fr", toolkit.gazetteer)
    assert [(e.text, e.label) for e in found] == [("Oleg Nikolenko", "PERSON")]


@pytest.mark.parametrize(
    ("text", "language", "person", "place"),
    [
        (
            "El gobernador de la región de Bélgorod, Viacheslav Gladkov, denunció ataques.",
            "es",
            "Viacheslav Gladkov",
            "Bélgorod",
        ),
        (
            "O governador da região de Belgorod, Vyacheslav Gladkov, denunciou ataques.",
            "pt",
            "Vyacheslav Gladkov",
            "Belgorod",
        ),
    ],
)
def test_a_person_after_a_place_a_settlement_noun_opened_is_no_place(toolkit, text, language, person, place):
    found = NameFinder(toolkit.gazetteer)(text, language)
    labels = {f.text: f.label for f in found}
    assert labels.get(person) == "PERSON", found
    assert labels.get(place) == "GPE", found


def test_places_listed_after_a_settlement_noun_stay_places(toolkit):
    text = "En las regiones de Bélgorod, Kursk y Briansk hubo ataques."
    found = NameFinder(toolkit.gazetteer)(text, "es")
    assert {f.text for f in found if f.label == "GPE"} >= {"Bélgorod", "Kursk"}
    assert not [f for f in found if f.label == "PERSON"]


@pytest.mark.parametrize(
    ("word", "language", "name", "written"),
    [
        ("Mariúpol", "es", "Mariupol", "Mariúpol"),  # a stress accent on a foreign name
        ("Járkov", "es", "Kharkiv", "Járkov"),
        ("Jersón", "es", "Kherson", "Jersón"),  # Spanish "j" for "kh"
        ("Lougansk", "fr", "Luhansk", "Lougansk"),  # French "ou" for "u"
        ("Tchernihiv", "fr", "Chernihiv", "Tchernihiv"),
        ("Herson", "tr", "Kherson", "Herson"),  # Turkish "h" for "kh"
        ("Şebekino'ya", "tr", "Shebekino", "Şebekino"),  # "ş" for "sh", the case ending after the apostrophe
    ],
)
def test_places_in_the_languages_spelling_of_russian_and_ukrainian_names(toolkit, word, language, name, written):
    found = toolkit.gazetteer.place_form(word, language)
    assert found is not None and found[1].name == name and found[0] == written


@pytest.mark.parametrize(("word", "language"), [("Según", "es"), ("Jefe", "es"), ("Además", "es")])
def test_words_with_accents_are_still_no_places(toolkit, word, language):
    assert toolkit.gazetteer.place_form(word, language) is None


def test_a_role_of_a_place_body_does_not_swallow_the_person_after_it(toolkit):
    # the body ("regione di Kursk") ends where the person the recogniser read starts: the title's holder speaks
    text = (
        'I droni sono caduti nel quartiere di Tverskoi, secondo la Tass. "Non ci sono vittime", ha dichiarato il '
        "governatore della regione di Kursk Roman Starovoit. Il Cremlino ha parlato di un atto terroristico."
    )
    article = enrich(dated(text, "it"), toolkit)
    assert [(q.text, q.speaker) for q in article.quotes] == [("Non ci sono vittime", "Roman Starovoit")]


def test_an_opening_cue_after_another_sentence_names_the_speaker(toolkit):
    # "Pour X, « … »" opening the paragraph's second sentence (the sentence starts at the space after the full stop)
    text = (
        "Les drones ont été abattus au-dessus du Kremlin, selon les autorités russes. Pour Oleg Nikolenko, « c'est "
        "une provocation évidente ». Le Kremlin a promis une riposte."
    )
    article = enrich(dated(text, "fr"), toolkit)
    assert [(q.text, q.speaker) for q in article.quotes] == [("c'est une provocation évidente", "Oleg Nikolenko")]
