"""Places in the news of the other languages, German included (the sweep of round s40, each passage written for the
test): a settlement noun GeoNames names a region by after an adjective ("der russischen Hauptstadt"); a regional
capital known abroad after an Arabic or Persian preposition whatever GeoNames counts of its people; a country's
official name (ISO 3166-1 in the language, declined too) even where its head is an institution word ("la Federación
Rusa"); a name after a place's comma that is the subject of the clause the place opened, no item of a list ("En
Chechenia, Kadírov pidió ...")."""

from __future__ import annotations

import pytest

from tests.unit.test_registry_quotes_incident import dated
from wirestream.services.enrich.entities import uncased
from wirestream.services.enrich.entities.logic import enrich

PLACES = ("GPE", "LOC", "FAC")


def labelled(toolkit, text: str, lang: str) -> dict[str, str]:
    """Every mention's text and its entity's label."""
    article = enrich(dated(text, lang), toolkit)
    return {m.text: e.label for e in article.entities for m in e.mentions}


def places(toolkit, text: str, lang: str) -> set[str]:
    return {t for t, label in labelled(toolkit, text, lang).items() if label in PLACES}


@pytest.mark.parametrize(
    "text",
    [
        "In der russischen Hauptstadt gilt ein Drohnenverbot.",
        "Die ukrainische Hauptstadt war in der Nacht ruhig.",
    ],
)  # fmt: skip
def test_a_settlement_noun_after_an_adjective_is_no_region(toolkit, text):
    # "Hauptstadt" is the German name of a region of the Solomon Islands in ISO 3166-2
    assert places(toolkit, text, "de") == set()


def test_a_town_after_an_adjective_stays_a_place(toolkit):
    assert "Darmstadt" in places(toolkit, "Im hessischen Darmstadt wurde gestreikt.", "de")


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        ("ar", "قتل 23 شخصا في خيرسون.", "خيرسون"),
        ("fa", "در خرسون ۲۳ نفر کشته شدند.", "خرسون"),
    ],
)  # fmt: skip
def test_a_regional_capital_known_abroad_after_a_preposition(toolkit, lang, text, place):
    # GeoNames counts 66,000 people in Kherson, under the 100,000 a town needs without a place noun
    assert [f.text for f in uncased.find(text, lang, toolkit.gazetteer) if f.label == "GPE"] == [place]


def test_a_small_town_that_is_no_regional_capital_still_needs_a_place_noun(toolkit):
    assert uncased.find("وصل الوفد في سفاجا أمس.", "ar", toolkit.gazetteer) == []  # Safaga: 53,000 people
    assert [f.text for f in uncased.find("وصل الوفد في مدينة سفاجا أمس.", "ar", toolkit.gazetteer)] == ["سفاجا"]


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        ("de", "Der Präsident der Russischen Föderation sei nicht verletzt worden.", "Russischen Föderation"),
        ("de", "Die Volksrepublik China rief zur Zurückhaltung auf.", "Volksrepublik China"),
        ("es", "El presidente de la Federación Rusa no resultó herido.", "Federación Rusa"),
        ("es", "La Federación de Rusia se reserva el derecho a responder.", "Federación de Rusia"),
        ("pt", "O presidente da Federação Russa não ficou ferido.", "Federação Russa"),
        ("pl", "Prezydent Federacji Rosyjskiej nie odniósł obrażeń.", "Federacji Rosyjskiej"),
    ],
)  # fmt: skip
def test_a_countrys_official_name_is_the_country(toolkit, lang, text, place):
    assert labelled(toolkit, text, lang).get(place) == "GPE"


def test_an_institution_named_for_a_country_stays_an_organisation(toolkit):
    assert labelled(toolkit, "El Gobierno de España aprobó el decreto.", "es").get("Gobierno de España") != "GPE"


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("En Chechenia, Kadírov pidió venganza.", "Kadírov"),
        ("En Siria, Asad pidió calma a sus aliados.", "Asad"),
    ],
)  # fmt: skip
def test_the_subject_after_a_places_comma_is_no_item_of_a_list(toolkit, text, person):
    assert labelled(toolkit, text, "es").get(person) not in PLACES


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Hubo lluvias en Lugo, Ourense, Tuy y Bembibre.", "Tuy"),
        ("Hubo lluvias en Lugo, Ourense, Tuy y Bembibre.", "Bembibre"),
        ("Los daños se concentran en las comunidades de Arcila, Galindo y La Estancia.", "Galindo"),
    ],
)  # fmt: skip
def test_an_item_of_a_list_of_places_stays_a_place(toolkit, text, place):
    assert place in places(toolkit, text, "es")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("In der Gemeinde Bad Wiessee wurde ein Bär gesichtet.", "Gemeinde Bad Wiessee"),
        ("Die Gemeinde Sankt Wolfgang im Salzkammergut wirbt um Gäste.", "Gemeinde Sankt Wolfgang"),
    ],
)  # fmt: skip
def test_a_town_opened_by_a_word_of_many_town_names_after_a_settlement_noun(toolkit, text, place):
    # "Bad" and "Sankt" are German words; they open a hundred and seventeen town names of GeoNames
    assert place in places(toolkit, text, "de")


def test_a_word_of_the_language_after_bad_and_a_settlement_noun_stays_a_word(toolkit):
    assert places(toolkit, "Die Stadt Bad Zwangsräumungen war da.", "de") == set()


def test_a_small_home_town_after_in_that_english_lists(toolkit):
    # "eching" is in the English word list; no German word, a town of Bavaria
    assert "Eching" in places(toolkit, "Gestern wurde in Eching gefeiert.", "de")
    assert places(toolkit, "Das Gesetz ist seit Montag in Kraft.", "de") == set()


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        ("es", "Los turistas llegaron a la isla de Lanzarote en barco.", "Lanzarote"),
        ("es", "La comarca del Bierzo sufrió incendios forestales.", "Bierzo"),
        ("es", "Los vecinos de la parroquia de Lavacolla protestaron.", "Lavacolla"),
        ("pt", "Os moradores do vale do Jequitinhonha sofrem com a seca.", "Jequitinhonha"),
        ("fr", "Dans le hameau de Trémolat, la fête bat son plein.", "Trémolat"),
        ("pl", "Protest mieszkańców Wiśniowej trwał do wieczora.", "Wiśniowej"),
        ("pl", "Dron eksplodował nad kopułą Pałacu Senatu.", "Pałacu Senatu"),
    ],
)  # fmt: skip
def test_a_settlement_or_feature_noun_before_a_name(toolkit, lang, text, place):
    assert place in places(toolkit, text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        ("es", "Florencia, la capital del Caquetá, amaneció inundada.", "Florencia"),
        ("es", "Marianka, un pueblo de Eslovaquia, celebró su fiesta.", "Marianka"),
        ("pt", "Vitória, capital do Espírito Santo, teve alagamentos.", "Vitória"),
        ("pt", "Marília, uma cidade do interior paulista, registrou recorde de calor.", "Marília"),
        ("fr", "Lyman, une ville de l'est de l'Ukraine, a été visée.", "Lyman"),
        ("fr", "Albert, une commune de la Somme, a commémoré la bataille.", "Albert"),
        ("pl", "Józefów, miasto pod Warszawą, otrzymał dotację.", "Józefów"),
        ("de", "Eching, eine Gemeinde im Landkreis Freising, feiert.", "Eching"),
    ],
)  # fmt: skip
def test_a_name_before_an_apposition_of_its_settlement_is_a_place(toolkit, lang, text, place):
    assert place in places(toolkit, text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "person"),
    [
        ("fr", "Marie, la maire de la ville, a parlé hier.", "Marie"),
        ("pt", "Maria, a prefeita da cidade, falou ontem.", "Maria"),
        ("de", "Paul, ein Mann aus der Stadt, sagte nichts.", "Paul"),
    ],
)  # fmt: skip
def test_a_person_before_an_apposition_of_a_role_is_no_place(toolkit, lang, text, person):
    assert person not in places(toolkit, text, lang)


def test_an_island_with_its_head_stays_one_portuguese_feature(toolkit):
    assert "ilha da Madeira" in places(toolkit, "A ilha da Madeira recebeu muitos turistas.", "pt")


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        ("ar", "اندلع حريق في مصفاة بإقليم كراسنودار.", "كراسنودار"),
        ("ar", "وقعت انفجارات في شبه جزيرة القرم.", "شبه جزيرة القرم"),
        ("fa", "در کریمه و سواستوپل صدای انفجار شنیده شد.", "کریمه"),
        ("es", "La parada militar en la plaza Roja sigue en pie.", "plaza Roja"),
        ("pt", "O desfile na praça Vermelha foi mantido.", "praça Vermelha"),
    ],
)  # fmt: skip
def test_a_place_of_the_incident_in_arabic_persian_or_with_a_lower_case_head(toolkit, lang, text, place):
    assert place in places(toolkit, text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        ("es", "La refinería de Ilski, en la región de Krasnodar, se incendió.", "Ilski"),
        ("es", "El aeródromo de Engels fue atacado con drones.", "Engels"),
        ("pt", "A refinaria de Ilski, na região de Krasnodar, pegou fogo.", "Ilski"),
        ("fr", "La raffinerie d'Ilski, dans la région de Krasnodar, a pris feu.", "Ilski"),
    ],
)  # fmt: skip
def test_a_facility_noun_before_the_name_of_its_place(toolkit, lang, text, place):
    assert place in places(toolkit, text, lang)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Kherson a été frappée par l'artillerie russe mercredi.", "Kherson"),
        ("Bakhmout reste l'épicentre des combats.", "Bakhmout"),
    ],
)  # fmt: skip
def test_a_french_town_of_the_war_of_any_size_as_a_subject_the_model_called_a_person(toolkit, text, place):
    assert labelled(toolkit, text, "fr").get(place) == "GPE"


def test_a_french_town_of_the_war_spelt_as_a_given_name_stays_as_the_model_read_it(toolkit):
    assert labelled(toolkit, "Lyman a été visée.", "fr").get("Lyman") == "PERSON"
