"""German people and bodies the capitalisation recogniser reads (``names.NameFinder``): one behaviour each.

Short self-written lines; the scores on real articles are ``python -m bench.eval names`` and ``quotes``.
"""

from __future__ import annotations

import pytest

from wirestream.services.enrich.entities.names import NameFinder


@pytest.fixture(scope="module")
def finder(toolkit):
    return NameFinder(toolkit.gazetteer)


def found(finder, text, label):
    return [(f.text, f.name) for f in finder(text, "de") if f.label == label]


def test_a_surname_after_a_particle_and_its_article_is_no_noun(finder):
    text = "Kommissionspräsidentin Ursula von der Leyen sprach in Brüssel. Später sagte von der Leyen, sie sei froh."
    people = found(finder, text, "PERSON")
    assert people[0] == ("Ursula von der Leyen", None)
    assert ("Leyen", "Ursula von der Leyen") in people


def test_a_noun_after_von_der_without_a_given_name_stays_a_noun(finder):
    assert found(finder, "Das teilte ein Sprecher von der Regierung Lage mit.", "PERSON") == []


def test_a_given_name_after_a_pronoun_and_a_past_verb_is_the_subject(finder):
    assert found(finder, "Das sagte Olaf Kessler am Montag in Köln.", "PERSON") == [("Olaf Kessler", None)]


def test_a_noun_after_an_article_and_a_participle_stays_a_noun(finder):
    assert found(finder, "Die erwartete Wende blieb aus, sagte der Trainer.", "PERSON") == []


def test_a_capitalised_adjective_before_a_body_noun_is_an_organisation(finder):
    text = "Die Deutsche Post erhöht das Porto. Ein Sprecher der Deutschen Post bestätigte das."
    assert found(finder, text, "ORG") == [("Deutsche Post", None), ("Deutschen Post", "Deutsche Post")]


def test_a_body_noun_alone_or_after_a_plain_adjective_is_no_organisation(finder):
    assert found(finder, "Ich bringe den Brief zur Post. Die Französische Revolution war lang.", "ORG") == []


def test_an_acronym_with_small_letters_inside_is_an_organisation(finder):
    assert found(finder, "Gestern kritisierte die AfD den Plan, auch die KfW zögerte.", "ORG") == [
        ("AfD", None),
        ("KfW", None),
    ]


def test_two_given_names_joined_by_a_hyphen_open_a_name(finder):
    text = "Zuvor hatte Karl-Theodor zu Guttenberg gesprochen. Auch Hans-Peter Friedrich war da."
    assert found(finder, text, "PERSON") == [("Karl-Theodor zu Guttenberg", None), ("Hans-Peter Friedrich", None)]


def test_a_hyphenated_place_is_no_given_name(finder):
    assert found(finder, "Gestern stimmte Nordrhein-Westfalen Lage zu.", "PERSON") == []


def test_a_places_adjective_before_a_body_noun_is_an_organisation(finder):
    text = "Die Berliner Polizei teilte mit, die Lage sei ruhig. Wir aßen einen Berliner Pfannkuchen."
    assert found(finder, text, "ORG") == [("Berliner Polizei", None)]


def test_a_law_short_form_is_no_organisation(finder):
    assert found(finder, "Der Richter urteilte nach dem StGB und der StVO, sagte der Anwalt.", "ORG") == []


def test_a_surname_before_and_is_no_given_name_of_the_next_person(finder):
    text = "Es rauscht in den Sounds von Daniel Steffen und Hans-Peter Pfammatter, so intensiv."
    assert found(finder, text, "PERSON") == [("Daniel Steffen", None), ("Hans-Peter Pfammatter", None)]


def test_a_given_name_before_and_after_a_capitalised_noun_is_of_the_family(finder):
    text = "Unsere erfahrenen Meditationsexperten Christina und Walter Hommelsheim werden dich begleiten."
    assert found(finder, text, "PERSON") == [("Christina", "Christina Hommelsheim"), ("Walter Hommelsheim", None)]


def test_an_english_institution_word_in_a_german_compound_is_no_body(finder):
    text = "Die Sängerin zeigte sich in einem Instagram-Post mit ihrem Hund."
    assert found(finder, text, "ORG") == []


def test_a_party_in_parentheses_after_a_person_is_a_body(finder):
    text = "Bürgermeister Kai Wegner (CDU) sagte, Saskia Esken (SPD) und Katrin Göring-Eckardt (Grüne) widersprachen."
    assert found(finder, text, "ORG") == [("CDU", None), ("SPD", None), ("Grüne", None)]
    assert [p for p, _ in found(finder, text, "PERSON")] == ["Kai Wegner", "Saskia Esken", "Katrin Göring-Eckardt"]
    again = "Kai Wegner sprach zuerst. Später sagte Wegner (CDU), man müsse handeln."
    assert found(finder, again, "ORG") == [("CDU", None)]


def test_an_acronym_in_parentheses_after_no_person_is_nothing(finder):
    text = "Den Bericht gibt es als Download (PDF) auf der Seite."
    assert [f for f in finder(text, "de") if f.text == "PDF"] == []


def test_a_given_name_and_a_full_name_are_two_people_of_one_family(finder):
    text = "Im Dorf betreiben Judith und Natalie Kessler das Café."
    assert found(finder, text, "PERSON") == [("Judith", "Judith Kessler"), ("Natalie Kessler", None)]


def test_a_lone_surname_right_after_a_role_word_is_a_person(finder):
    text = "Eine Alternative zur Kanzlerin Merkel sehe ich nicht. Damals führte Autokanzler Schröder die SPD."
    assert found(finder, text, "PERSON") == [("Merkel", None), ("Schröder", None)]


def test_a_common_noun_after_a_role_word_stays_a_noun(finder):
    assert found(finder, "Das sagte Ministerin Sorge nicht, der Präsident Frankreichs schwieg.", "PERSON") == []
