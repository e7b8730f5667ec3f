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


# --- round s37: a construction sweep of wire attribution (passages written for the tests) -----------------------


def test_a_role_the_recogniser_read_as_a_body_is_bound_to_the_name_in_its_apposition():
    text = "« Nous n'avons rien à voir avec cela », a affirmé le ministre des Affaires étrangères, Anatoli Volkov."
    labels = {"Anatoli_Volkov": "PERSON", "ministre_des_Affaires_étrangères": "ORG"}
    assert rules_speakers(text, "fr", **labels) == ["Anatoli Volkov"]


def test_a_role_read_as_a_body_with_no_name_is_no_speaker():
    text = "« Nous n'avons rien à voir avec cela », a affirmé le ministre des Affaires étrangères."
    assert rules_speakers(text, "fr", ministre_des_Affaires_étrangères="ORG") == [None]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Pour Oksana Kovalenko, la situation est claire.\n\n« Nous n'avons rien à voir avec cela », explique-t-elle."),
        ("fr", "Pour la ministre Oksana Kovalenko, il s'agit d'une mise en scène. « Nous n'avons rien à voir avec cela », a-t-elle dit."),
        ("es", "Para la ministra Oksana Kovalenko, se trata de un montaje. «No tenemos nada que ver con esto», dijo."),
        ("es", "Para Oksana Kovalenko, la situación es clara.\n\n«No tenemos nada que ver con esto», explica ella."),
        ("it", "Per la ministra Oksana Kovalenko, si tratta di una messinscena. «Non abbiamo nulla a che fare con questo», ha detto."),
    ],
)  # fmt: skip
def test_a_person_an_opening_cue_names_speaks_on_in_the_next_quote(lang, text):
    assert rules_speakers(text, lang, Oksana_Kovalenko="PERSON") == ["Oksana Kovalenko"]


def test_an_opening_cue_inside_the_sentence_names_no_speaker():
    text = "Il a voté pour Oksana Kovalenko. « Nous n'avons rien à voir avec cela », a-t-il dit."
    assert rules_speakers(text, "fr", Oksana_Kovalenko="PERSON") == [None]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "« Nous n'avons rien à voir avec cela, a déclaré Anatoli Volkov. C'est une provocation. »"),
        ("fr", "Anatoli Volkov est venu. « Nous n'avons rien à voir avec cela, a-t-il ajouté. C'est une provocation. »"),
        ("it", "«Non abbiamo nulla a che fare con questo - ha detto Anatoli Volkov - è una provocazione»."),
        ("es", "«No tenemos nada que ver con esto, ha dicho Anatoli Volkov. Es una provocación»."),
        ("es", "Anatoli Volkov fue consultado por periodistas.\n\n«No tenemos nada que ver con esto —aseguró—. Es una provocación»."),
        ("it", "Anatoli Volkov è stato interpellato.\n\n«Non abbiamo nulla a che fare con questo - assicura - è una provocazione»."),
    ],
)  # fmt: skip
def test_an_incise_in_a_compound_tense_or_with_its_subject_left_out_attributes_the_quote(lang, text):
    assert rules_speakers(text, lang, Anatoli_Volkov="PERSON") == ["Anatoli Volkov"]


def test_an_incise_with_its_subject_left_out_and_no_one_before_has_no_speaker():
    text = "«No tenemos nada que ver con esto —aseguró—. Es una provocación»."
    assert rules_speakers(text, "es", Anatoli_Volkov="PERSON") == [None]


def test_a_name_after_a_plural_addressee_is_the_inverted_subject():
    text = "«No tenemos nada que ver con esto», ha explicado a los periodistas Anatoli Volkov."
    assert rules_speakers(text, "es", Anatoli_Volkov="PERSON") == ["Anatoli Volkov"]


def test_a_name_after_a_singular_role_the_verb_addresses_is_spoken_to():
    text = "«No tenemos nada que ver con esto», dijo a la ministra Oksana Kovalenko."
    assert rules_speakers(text, "es", Oksana_Kovalenko="PERSON") == [None]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "El canciller Anatoli Volkov advirtió que «habrá consecuencias»."),
        ("it", "Il ministro Anatoli Volkov ha avvertito che «ci saranno conseguenze»."),
        ("pt", 'Anatoli Volkov afirmou que "ninguém atacou Moscou".'),
    ],
)
def test_a_short_quote_a_speech_verbs_complementiser_opens_is_kept_and_attributed(lang, text):
    assert rules_speakers(text, lang, Anatoli_Volkov="PERSON") == ["Anatoli Volkov"]


def test_a_short_quote_after_a_complementiser_without_a_speech_verb_is_dropped():
    assert rules_speakers("Anatoli Volkov sabe que «habrá consecuencias».", "es", Anatoli_Volkov="PERSON") == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Anatoli Volkov calificó la acusación de «absurda y sin fundamento»."),
        ("pt", 'Anatoli Volkov classificou a acusação de "absurda e sem fundamento".'),
        ("fr", "Anatoli Volkov a qualifié l'accusation d'« absurde et sans fondement »."),
        ("it", "Anatoli Volkov ha definito l'accusa «assurda e infondata dal principio»."),
    ],
)
def test_a_verb_that_calls_a_thing_by_the_quoted_words_reports_them(lang, text):
    assert rules_speakers(text, lang, Anatoli_Volkov="PERSON") == ["Anatoli Volkov"]


@pytest.mark.parametrize(
    "text",
    [
        "D'après Anatoli Volkov, « il n'y a rien à voir avec cela ».",
        "D’après Anatoli Volkov, « il n'y a rien à voir avec cela ».",
    ],
)
def test_d_apres_with_its_elision_apart_is_a_cue(text):
    assert rules_speakers(text, "fr", Anatoli_Volkov="PERSON") == ["Anatoli Volkov"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "« Nous n'avons rien à voir avec cela. »\n\nC'est ce qu'a affirmé mardi Anatoli Volkov."),
        ("es", "«No tenemos nada que ver con esto».\n\nAsí lo afirmó el martes Anatoli Volkov."),
        ("pt", '"Não temos nada a ver com isso."\n\nFoi o que afirmou na terça-feira Anatoli Volkov.'),
        ("it", "«Non abbiamo nulla a che fare con questo».\n\nÈ quanto ha affermato martedì Anatoli Volkov."),
    ],
)
def test_a_sentence_pointing_back_at_the_quote_names_its_speaker_after_the_verb(lang, text):
    assert rules_speakers(text, lang, Anatoli_Volkov="PERSON") == ["Anatoli Volkov"]


def test_a_pointer_before_a_verb_that_is_no_speech_verb_names_no_one():
    text = "«No tenemos nada que ver con esto».\n\nAsí lo vio el martes Anatoli Volkov en la calle."
    assert rules_speakers(text, "es", Anatoli_Volkov="PERSON") != ["Anatoli Volkov"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "«No tenemos nada que ver con esto», ha dicho este miércoles Anatoli Volkov."),
        ("pt", '"Não temos nada a ver com isso", sustentou Anatoli Volkov.'),
        ("it", "Anatoli Volkov ha risposto.\n\n«Non abbiamo nulla a che fare con questo. Non attacchiamo Mosca», ha insistito."),
        ("fr", "« Nous n'avons rien à voir avec cela », a martelé Anatoli Volkov."),
    ],
)  # fmt: skip
def test_past_forms_of_speech_verbs_the_lemmatiser_does_not_lead_back(lang, text):
    assert rules_speakers(text, lang, Anatoli_Volkov="PERSON") == ["Anatoli Volkov"]


def _names(toolkit, text: str, lang: str) -> list[tuple[str, str]]:
    from wirestream.services.enrich.entities.names import NameFinder

    return [(f.text, f.label) for f in NameFinder(toolkit.gazetteer)(text, lang)]


@pytest.mark.parametrize("lang", ["es", "it", "pt"])
def test_initials_before_a_surname_are_a_person(toolkit, lang):
    text = "«No tenemos nada que ver con esto», declaró J. R. Thompson."
    assert ("J. R. Thompson", "PERSON") in _names(toolkit, text, lang)


def test_a_capital_closing_a_sentence_is_no_initial(toolkit):
    assert not [f for f in _names(toolkit, "Vive en el bloque B. Luego habló con todos.", "es") if f[1] == "PERSON"]


def test_a_person_after_an_outlets_name_is_read_apart_from_it(toolkit):
    text = "«No tenemos nada que ver con esto», dijo en declaraciones a la agencia TASS Anatoli Volkov."
    assert _names(toolkit, text, "es") == [("TASS", "ORG"), ("Anatoli Volkov", "PERSON")]


def test_foreign_name_particles_join_the_name(toolkit):
    text = '"Não temos nada a ver com isso", declarou Ursula von der Leyen.'
    assert ("Ursula von der Leyen", "PERSON") in _names(toolkit, text, "pt")


def test_a_person_after_an_outlets_name_is_not_governed_through_the_outlets_noun():
    text = "«No tenemos nada que ver con esto», dijo a la agencia TASS Anatoli Volkov."
    assert rules_speakers(text, "es", Anatoli_Volkov="PERSON", TASS="ORG") == ["Anatoli Volkov"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "« Nous n'avons rien à voir avec cela », a déclaré Anatoli Volkov.\n\nSergueï Ivanov à Kiev, le 3 mai 2023. Photo AFP\n\n« C'est une provocation », poursuit-il."),
        ("fr", "« Nous n'avons rien à voir avec cela », a déclaré Anatoli Volkov.\n\nSergueï Ivanov à Kiev, le 3 mai 2023. (Reuters)\n\n« C'est une provocation », raconte-t-il."),
        ("es", "«No tenemos nada que ver con esto», declaró Anatoli Volkov.\n\nSergueï Ivanov en Kiev, el 3 de mayo de 2023. Foto: EFE\n\n«Es una provocación», prosiguió."),
        ("it", "«Non abbiamo nulla a che fare con questo», ha dichiarato Anatoli Volkov.\n\nSergueï Ivanov a Kiev, 3 maggio 2023 (Ansa)\n\n«È una provocazione», ha proseguito."),
    ],
)  # fmt: skip
def test_a_pictures_caption_between_introduces_no_subject_for_the_pronoun_after_it(lang, text):
    assert rules_speakers(text, lang, Anatoli_Volkov="PERSON", Sergueï_Ivanov="PERSON") == ["Anatoli Volkov"] * 2


def test_a_sentence_ending_with_an_agency_is_no_caption():
    text = (
        "« Nous n'avons rien à voir avec cela », a déclaré Anatoli Volkov.\n\nSergueï Ivanov a parlé à l'AFP.\n\n"
        "« C'est une provocation », poursuit-il."
    )
    assert rules_speakers(text, "fr", Anatoli_Volkov="PERSON", Sergueï_Ivanov="PERSON") == [
        "Anatoli Volkov",
        "Sergueï Ivanov",
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Anatoli Volkov habló el martes.\n\n«Es una provocación», prosiguió."),
        ("pt", 'Anatoli Volkov falou na terça-feira.\n\n"É uma provocação", continuou.'),
    ],
)
def test_a_short_quote_a_verb_of_going_on_speaking_follows_is_kept(lang, text):
    assert rules_speakers(text, lang, Anatoli_Volkov="PERSON") == ["Anatoli Volkov"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("it", "«Non abbiamo nulla a che fare con questo», ha dichiarato Luis Felipe de la Torre."),
        ("pt", '"Não temos nada a ver com isso", declarou Luis Felipe de la Torre.'),
    ],
)
def test_a_spanish_surname_with_de_la_is_one_name(toolkit, lang, text):
    assert ("Luis Felipe de la Torre", "PERSON") in _names(toolkit, text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("it", "«Non abbiamo nulla a che fare con questo», le parole di Anatoli Volkov."),
        ("it", "Nelle parole di Anatoli Volkov, «non abbiamo nulla a che fare con questo»."),
        ("pt", 'Nas palavras de Anatoli Volkov, "não temos nada a ver com isso".'),
    ],
)
def test_the_words_of_x_name_the_source(lang, text):
    assert rules_speakers(text, lang, Anatoli_Volkov="PERSON") == ["Anatoli Volkov"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("it", "Il ministro degli Esteri russo Anatoli Volkov non usa mezzi termini: «Non abbiamo nulla a che fare con questo»."),
        ("fr", "Le ministre des Affaires étrangères russe Anatoli Volkov n'a pas mâché ses mots : « Nous n'avons rien à voir avec cela. »"),
        ("fr", "Le ministre de la Défense Anatoli Volkov n'a pas mâché ses mots : « Nous n'avons rien à voir avec cela. »"),
    ],
)  # fmt: skip
def test_a_title_with_its_body_before_the_name_opens_a_colon_clause_whose_subject_speaks(lang, text):
    assert rules_speakers(text, lang, Anatoli_Volkov="PERSON") == ["Anatoli Volkov"]


def test_a_verb_between_the_body_and_the_name_is_no_title_phrase():
    text = "Le ministre de la Défense a reçu Anatoli Volkov qui n'a pas mâché ses mots : « Nous n'avons rien à voir avec cela. »"
    assert rules_speakers(text, "fr", Anatoli_Volkov="PERSON") == [None]


def test_a_ukrainian_given_name_as_spelt_in_latin_letters_has_its_gender():
    text = (
        "«No tenemos nada que ver con esto», declaró Olena Shevchuk.\n\n"
        "Dmytro Kovalenko llegó después.\n\n«Es una provocación», añadió ella."
    )
    assert rules_speakers(text, "es", Olena_Shevchuk="PERSON", Dmytro_Kovalenko="PERSON") == ["Olena Shevchuk"] * 2


def test_a_role_after_a_plural_article_is_a_group_not_the_person_named_with_it():
    text = (
        "Le journaliste Remy Buisine filmait la scène.\n\nChez BFMTV, les journalistes ont alerté leur direction. "
        "Les reproches portaient notamment sur “la disproportion entre le reportage et le travail de terrain”."
    )
    assert rules_speakers(text, "fr", Remy_Buisine="PERSON", BFMTV="ORG") == [None]
