"""Quote speakers in Spanish, French, Italian and Portuguese: causes of the development misses, one test each, on
passages written for the test."""

from __future__ import annotations

import pytest

from tests.unit.test_quotes import rules_speakers, speakers


@pytest.mark.parametrize(
    "text",
    [
        "Le débat a duré longtemps.\n\n« La télévision ne parlait pas de cette question depuis deux mois » critique Paul Martin.",
        "Le débat a duré longtemps.\n\n« Les grands médias ont tardé à en parler. » analyse Paul Martin dans un article.",
        "Le débat a duré longtemps.\n\n« Nous avons mis du temps à comprendre ce qui se passait », concède Paul Martin.",
    ],
)  # fmt: skip
def test_a_french_speech_verb_the_lemmatiser_reads_as_a_noun_inverts_its_subject(text):
    assert rules_speakers(text, "fr", Paul_Martin="PERSON") == ["Paul Martin"]


def test_a_name_in_a_relative_clause_after_the_verb_is_not_its_inverted_subject():
    text = (
        "La candidata Ana Torres pidió la palabra al final del debate.\n\n"
        "“Tenemos que unir a los partidos del Centro”, dijo en una de sus respuestas, lo que indica que buscaría "
        "alianzas con candidatos como Luis Mora o Pedro Gil."
    )
    labels = {"Ana_Torres": "PERSON", "Luis_Mora": "PERSON", "Pedro_Gil": "PERSON"}
    assert rules_speakers(text, "es", **labels) == ["Ana Torres"]


def test_a_verb_with_its_subject_left_out_closes_the_sentence_after_an_aside():
    text = (
        "El ministro Carlos Ruiz habló con la prensa.\n\n"
        "“Tenemos que conocer las características de cada vehículo robado”, entre ellas el número de motor, añadió."
    )
    assert rules_speakers(text, "es", Carlos_Ruiz="PERSON") == ["Carlos Ruiz"]


def test_a_role_phrase_used_again_is_the_person_it_stood_for_the_first_time():
    text = (
        "El director de la escuela, Mario Vega, anunció un plan para el próximo curso.\n\n"
        "Por eso el funcionario ha pedido calma. Además, el ministro Pedro Gil ha ordenado una inspección.\n\n"
        "“El plan tiene que cumplirse en cada una de las aulas del distrito”, señaló el funcionario en una entrevista."
    )
    labels = {"Mario_Vega": "PERSON", "Pedro_Gil": "PERSON"}
    assert rules_speakers(text, "es", **labels) == ["Mario Vega"]


def test_a_role_phrase_never_bound_to_one_person_stays_without_a_speaker():
    text = (
        "El director Mario Vega y el ministro Pedro Gil anunciaron un plan.\n\n"
        "Por eso el funcionario ha pedido calma.\n\n"
        "“El plan tiene que cumplirse en cada una de las aulas del distrito”, señaló el funcionario en una entrevista."
    )
    assert rules_speakers(text, "es", Mario_Vega="PERSON", Pedro_Gil="PERSON") == [None]


def test_a_body_read_in_two_pieces_inside_the_apposition_is_not_the_subject():
    text = (
        "En materia de orden público y de sus propuestas para reducir la criminalidad en las ciudades del país, "
        "Juan Pérez Gómez, candidato de Nueva Fuerza Ciudadana, enfatizó en la inteligencia. "
        "“No hay seguridad cuando no nos anticipamos a la acción criminal”, recalcó."
    )
    labels = {"Juan_Pérez_Gómez": "PERSON", "Nueva": "ORG", "Fuerza_Ciudadana": "ORG"}
    assert rules_speakers(text, "es", **labels) == ["Juan Pérez Gómez"]


def test_a_french_quote_inside_a_sentence_with_no_speech_verb_is_not_the_last_speakers():
    text = (
        "« La télévision ne parlait pas de cette question depuis deux mois » critique Paul Martin.\n\n"
        "À la rédaction, les reproches adressés à la direction portaient sur “la place des éditorialistes à "
        "l’antenne et le travail de terrain”."
    )
    assert speakers(text, "fr", Paul_Martin="PERSON") == ["Paul Martin", None]


def test_constater_reports_what_the_pronoun_s_person_says():
    text = (
        "Le journaliste Marc Lenoir a couvert les manifestations depuis le début.\n\n"
        "Dès le premier samedi, il constate « une riposte disproportionnée des forces de l’ordre »."
    )
    assert rules_speakers(text, "fr", Marc_Lenoir="PERSON") == ["Marc Lenoir"]


def test_para_opening_the_sentence_gives_its_person_the_quote():
    text = (
        "Los candidatos debatieron sobre la seguridad.\n\n"
        "Para Ana Torres la solución está en la voluntad política “de proteger a los líderes cuando están amenazados”."
    )
    assert rules_speakers(text, "es", Ana_Torres="PERSON") == ["Ana Torres"]


def test_para_inside_the_sentence_is_no_cue():
    text = (
        "Los candidatos debatieron sobre la seguridad.\n\n"
        "El gobierno aprobó un plan para Ana Torres y su equipo “de proteger a los líderes cuando están amenazados”."
    )
    assert rules_speakers(text, "es", Ana_Torres="PERSON") == [None]


def test_a_role_word_the_article_named_a_person_with_is_that_person():
    text = (
        "Ana Torres, vecina del barrio e integrante de la asociación Amigos del Río, habló con la radio.\n\n"
        "El problema, según contó la integrante de la asociación, es “el rumor de que se quiere cerrar el parque”."
    )
    assert rules_speakers(text, "es", Ana_Torres="PERSON") == ["Ana Torres"]


@pytest.mark.parametrize("verb", ["sumó", "citó como ejemplo"])
def test_weak_spanish_speech_verbs_right_after_the_quote(verb):
    text = (
        f"Ana Torres habló con la radio.\n\n“Estamos esperando una respuesta del ministerio desde hace meses”, {verb}."
    )
    assert rules_speakers(text, "es", Ana_Torres="PERSON") == ["Ana Torres"]
