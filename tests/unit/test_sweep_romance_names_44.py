"""Italian, Spanish and Portuguese people and places, round s44's sweep of the development pages' names misses: one
self-written passage per construction that failed on ad5f9f3, and a near miss for each that keeps the reading it had
there.

A foreign given name no list holds before a given name and a family name opens the person ("Othman Karim Nasser");
a nickname in quotation marks between a given name and a family name leaves one person, named without it ("Marcos
"El Flaco" Ruiz"); a company's word right before a name makes it a company, no person ("la naviera Hapag Lloyd");
a capitalised common word after a locative preposition is no place ("en Turismo", "em Casa"); and in Italian a
settlement noun in an apposition after a name makes it a place ("Karbaya, il loro villaggio natale").
"""

from __future__ import annotations

from tests.unit.test_registry_quotes_incident import dated
from wirestream.services.enrich.entities.logic import enrich


def named(toolkit, text: str, lang: str) -> set[tuple[str, str]]:
    """The entities' names and labels (people, places and bodies)."""
    return {(e.name, e.label) for e in enrich(dated(text, lang), toolkit).entities}


def people(toolkit, text: str, lang: str) -> set[str]:
    return {name for name, label in named(toolkit, text, lang) if label == "PERSON"}


def places(toolkit, text: str, lang: str) -> set[str]:
    return {name for name, label in named(toolkit, text, lang) if label in ("GPE", "LOC")}


# 1. a foreign given name before a given name and a family name --------------------------------------------------


def test_a_foreign_given_name_opens_the_person_in_italian(toolkit):
    text = "Nella notte è morto un ragazzo di 17 anni, Othman Karim Nasser, colpito durante gli scontri."
    assert "Othman Karim Nasser" in people(toolkit, text, "it")
    assert "Karim Nasser" not in people(toolkit, text, "it")


def test_a_foreign_given_name_opens_the_person_in_spanish(toolkit):
    text = "El ministro jordano recibió ayer al canciller Hossein Karim Mansour durante dos horas."
    assert "Hossein Karim Mansour" in people(toolkit, text, "es")


def test_a_place_before_a_given_name_is_no_part_of_the_person(toolkit):
    text = "Ieri a Roma Mario Rossi ha presentato il suo libro davanti a cento persone."
    found = people(toolkit, text, "it")
    assert "Mario Rossi" in found
    assert not any(name.startswith("Roma") for name in found)


# 2. a nickname in quotation marks between a given name and a family name ------------------------------------------


def test_a_nickname_between_given_name_and_family_name_is_one_person(toolkit):
    text = 'La marcha la encabezó Marcos "El Flaco" Ruiz, dirigente del barrio. Ruiz habló después.'
    assert "Marcos Ruiz" in people(toolkit, text, "es")


def test_a_nickname_before_a_particle_and_family_name_is_one_person(toolkit):
    text = "Al corteo c’era anche Matteo “il Capitano” Bianchi, che ha parlato a lungo."
    assert "Matteo Bianchi" in people(toolkit, text, "it")


def test_a_nickname_before_a_lower_case_word_makes_no_person(toolkit):
    text = 'El club fichó a Marcos "El Flaco" para la próxima temporada.'
    assert not any(name.startswith("Marcos") for name in people(toolkit, text, "es"))


# 3. a company's word before a name ------------------------------------------------------------------------------


def test_a_shipping_line_after_its_noun_is_no_person(toolkit):
    text = "La carga pasó a la naviera Hapag Lloyd la semana pasada."
    assert people(toolkit, text, "es") == set()
    assert ("Hapag Lloyd", "ORG") in named(toolkit, text, "es")


def test_a_company_after_its_noun_is_no_person_in_italian(toolkit):
    text = "Il contratto è passato alla compagnia Hapag Lloyd dopo un lungo negoziato."
    assert people(toolkit, text, "it") == set()


def test_a_person_the_company_hires_stays_a_person(toolkit):
    text = "La empresa contrató a Juan Pérez como gerente. Trabaja en compañía de Ana Gómez."
    assert {"Juan Pérez", "Ana Gómez"} <= people(toolkit, text, "es")


# 4. a capitalised common word after a locative ------------------------------------------------------------------


def test_a_common_noun_after_en_is_no_place(toolkit):
    text = "Trabajé diez años en Turismo antes de volver al campo."
    assert places(toolkit, text, "es") == set()


def test_a_common_noun_after_em_is_no_place(toolkit):
    text = "O guia ensina a estudar em Casa com os filhos."
    assert places(toolkit, text, "pt") == set()


def test_towns_after_en_stay_places(toolkit):
    text = "La reunión fue en Lanús y luego en Tigre, con vecinos de Quilmes."
    assert {"Lanús", "Tigre"} <= places(toolkit, text, "es")


def test_a_town_after_em_stays_a_place(toolkit):
    assert "Petrópolis" in places(toolkit, "A festa foi em Petrópolis no sábado.", "pt")


# 5. Italian: a settlement noun in an apposition -----------------------------------------------------------------


def test_a_village_in_an_apposition_is_a_place(toolkit):
    text = "I due pastori sono scomparsi mentre erano a Karbaya, il loro villaggio natale vicino al fiume."
    assert "Karbaya" in places(toolkit, text, "it")


def test_a_person_before_a_role_apposition_stays_a_person(toolkit):
    text = "Il premio è andato a Marco Ferri, il sindaco del paese."
    assert "Marco Ferri" in people(toolkit, text, "it")
    assert places(toolkit, text, "it") == set()
