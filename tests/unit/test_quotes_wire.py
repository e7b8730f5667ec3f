"""Wire-style attribution in other languages: pronouns after compound tenses, appositions, bodies as speakers."""

from __future__ import annotations

from tests.unit.test_quotes import rules_speakers
from wirestream.contracts import Entity, Mention
from wirestream.services.enrich.entities.quotes import find_quotes


def test_a_pronoun_carried_by_the_auxiliary_of_a_compound_tense_is_the_subject() -> None:
    text = "Paul Martin a parlé aux journalistes. « Ce sont des accusations absurdes », a-t-il ajouté."
    assert rules_speakers(text, "fr", Paul_Martin="PERSON") == ["Paul Martin"]


def test_the_auxiliarys_pronoun_keeps_its_gender() -> None:
    text = "Paul Martin a parlé aux journalistes. « Ce sont des accusations absurdes », a-t-elle ajouté."
    assert rules_speakers(text, "fr", Paul_Martin="PERSON") == [None]


def test_a_title_with_its_adjective_after_it_is_apposed_to_the_name_after_the_comma() -> None:
    text = (
        "Juan Pérez habló el miércoles. «Son acusaciones absurdas», afirmó.\n\n"
        "El presidente argentino, Carlos Gómez, negó los hechos. «No atacamos a nadie», aseguró."
    )
    assert rules_speakers(text, "es", Juan_Pérez="PERSON", Carlos_Gómez="PERSON") == ["Juan Pérez", "Carlos Gómez"]


def test_a_verb_between_title_and_comma_is_no_apposition() -> None:
    text = (
        "Juan Pérez habló el miércoles. «Son acusaciones absurdas», afirmó.\n\n"
        "El presidente respondió, Carlos Gómez escuchaba. «No atacamos a nadie», aseguró."
    )
    assert rules_speakers(text, "es", Juan_Pérez="PERSON", Carlos_Gómez="PERSON")[1] != "Carlos Gómez"


def test_another_languages_indefinite_article_after_the_verb_is_a_preposition_here() -> None:
    text = "Marco Rossi ha parlato ieri. «Non attacchiamo nessuno in questa guerra», ha detto a Roma."
    assert rules_speakers(text, "it", Marco_Rossi="PERSON") == ["Marco Rossi"]


def test_a_title_in_the_genitive_after_a_title_is_whose_it_is_not_its_head() -> None:
    text = (
        "Пресс-секретарь президента Иван Петров выступил утром. «Это абсурдные обвинения», — сказал он.\n\n"
        "Президент заявил: «Мы ничего не знаем об этом»."
    )
    assert rules_speakers(text, "ru", Иван_Петров="PERSON") == ["Иван Петров", None]


def test_a_body_in_the_genitive_between_a_title_and_a_name_binds_the_title_to_the_name() -> None:
    text = (
        "Иван Петров выступил утром. «Это абсурдные обвинения», — сказал он.\n\n"
        "Официальный представитель МИД Мария Смирнова выступила с заявлением. «Это очевидная провокация», — сказала она."
    )
    speakers = rules_speakers(text, "ru", Иван_Петров="PERSON", МИД="ORG", Мария_Смирнова="PERSON")
    assert speakers == ["Иван Петров", "Мария Смирнова"]


def test_a_definite_institution_noun_is_the_body_in_view_whose_compound_name_ends_in_it() -> None:
    text = "Das Außenministerium wies die Vorwürfe zurück. „Wir greifen niemanden an“, teilte das Ministerium mit."
    assert rules_speakers(text, "de", Außenministerium="ORG") == ["Außenministerium"]


def test_a_definite_institution_noun_in_french_is_the_body_in_view_named_with_it() -> None:
    text = (
        "Le ministère des Affaires étrangères a réagi mercredi. "
        "« Nous n'attaquons personne sur ce territoire », a indiqué le ministère."
    )
    assert rules_speakers(text, "fr", ministère_des_Affaires_étrangères="ORG") == ["ministère des Affaires étrangères"]


def test_a_spokesperson_of_a_body_no_reading_names_does_not_speak_for_the_body_in_view() -> None:
    text = (
        "Das Außenministerium wies die Vorwürfe zurück.\n\n"
        "„Es gab keine Verletzten bei dem Vorfall“, sagte ein Sprecher der Polizei Köln."
    )
    assert rules_speakers(text, "de", Außenministerium="ORG") == [None]


def test_a_statement_of_a_registered_body_in_the_genitive_is_that_bodys() -> None:
    text = (
        "Die Lage blieb am Mittwoch unklar. „Das war ein geplanter Terrorakt“, hieß es in einer Erklärung des Kremls."
    )
    at = text.index("Kremls")
    kremlin = Entity(
        id="place/moscow-kremlin",
        name="Kremlin",
        label="FAC",
        count=1,
        mentions=[Mention(text="Kremls", start=at, end=at + len("Kremls"))],
    )
    assert [q.speaker for q in find_quotes(text, [kremlin], "de")] == ["Kremlin"]
