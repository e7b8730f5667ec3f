"""Wire-style attribution in other languages: pronouns after compound tenses, appositions, bodies as speakers."""

from __future__ import annotations

import pytest

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


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        # a statement of a body no reading names, singled out by a people's adjective: that body, as written
        (
            "de",
            "Die Lage blieb am Mittwoch unklar. „Das war ein geplanter Terrorakt“, hieß es in einer Erklärung des "
            "ukrainischen Präsidialamts.",
            "ukrainischen Präsidialamts",
        ),
        (
            "fr",
            "La situation restait confuse. « C'était un acte terroriste planifié », selon le communiqué de la "
            "présidence russe.",
            "présidence russe",
        ),
        (
            "es",
            "La situación seguía confusa. «Fue un acto terrorista planificado», según un comunicado de la "
            "presidencia rusa.",
            "presidencia rusa",
        ),
        (
            "it",
            "La situazione restava confusa. «È stato un atto terroristico pianificato», secondo un comunicato della "
            "presidenza russa.",
            "presidenza russa",
        ),
        (
            "fr",
            "La situation restait confuse. « C'était un acte terroriste planifié », a indiqué la présidence "
            "ukrainienne dans un communiqué.",
            "présidence ukrainienne",
        ),
    ],
)
def test_a_body_singled_out_by_a_peoples_adjective_is_the_speaker(language: str, text: str, speaker: str) -> None:
    assert rules_speakers(text, language) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a definite body and the place it sits in, with no body named before: that body
        (
            "Die Lage blieb am Mittwoch unklar. „Das war ein geplanter Terrorakt“, teilte das Präsidialamt in "
            "Moskau mit.",
            "Präsidialamt in Moskau",
        ),
        (
            "Die Lage blieb unklar. „Es gab keine Verletzten bei dem Vorfall“, teilte die Polizei Köln mit.",
            "Polizei Köln",
        ),
    ],
)
def test_a_body_with_its_place_is_the_speaker(text: str, speaker: str) -> None:
    assert rules_speakers(text, "de", Moskau="GPE", Köln="GPE") == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        # a bare body, or one qualified otherwise, names nobody
        "Die Lage blieb unklar. „Das war ein geplanter Terrorakt“, hieß es in einer Erklärung des neuen Präsidialamts.",
        "Die Lage blieb unklar. „Das war ein geplanter Terrorakt gegen uns“, teilte das Präsidialamt mit.",
    ],
)
def test_a_body_no_adjective_or_place_singles_out_names_nobody(text: str) -> None:
    assert rules_speakers(text, "de") == [None]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        # a spokesperson of a body the phrase singles out speaks for that body, not for the one in view
        (
            "de",
            "Das Außenministerium wies die Vorwürfe zurück.\n\n"
            "„Es gab keine Verletzten bei dem Vorfall“, sagte ein Sprecher der Polizei Köln.",
            "Polizei Köln",
        ),
        (
            "fr",
            "La situation restait confuse. « C'était un acte terroriste planifié », a déclaré un porte-parole de la "
            "présidence russe.",
            "présidence russe",
        ),
    ],
)
def test_a_spokesperson_of_a_body_the_phrase_singles_out_speaks_for_it(language: str, text: str, speaker: str) -> None:
    assert rules_speakers(text, language, Köln="GPE", Außenministerium="ORG") == [speaker]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        # a language with no article: the bare role word after the verb is the one person the article named with it
        (
            "ru",
            "Пресс-секретарь Дмитрий Песков выступил в среду. «Это абсолютно абсурдное заявление», — сказал "
            "пресс-секретарь.",
            "Дмитрий Песков",
        ),
        (
            "uk",
            "Радник Михайло Подоляк виступив у середу. «Це абсолютно абсурдна заява», — сказав радник.",
            "Михайло Подоляк",
        ),
    ],
)
def test_a_bare_role_word_without_articles_is_the_person_named_with_it(language: str, text: str, speaker: str) -> None:
    assert rules_speakers(text, language) == [speaker]


def test_a_body_the_verb_addresses_is_not_the_speaker() -> None:
    # "a la agencia rusa": whom it was said to, after a preposition, not who said it
    text = "La situación seguía confusa. «Fue un acto terrorista planificado», dijo a la agencia rusa el portavoz."
    assert rules_speakers(text, "es") == [None]


def test_an_impersonal_clause_from_a_body_and_its_place_is_that_bodys() -> None:
    # "hieß es aus dem Präsidialamt in Kiew": said from the body the phrase singles out (``impersonal_from``)
    text = "Die Lage blieb unklar. „Das war ein geplanter Terrorakt gegen uns“, hieß es aus dem Präsidialamt in Kiew."
    assert rules_speakers(text, "de", Kiew="GPE") == ["Präsidialamt in Kiew"]


@pytest.mark.parametrize(
    ("text", "labels", "speaker"),
    [
        (
            "Ukrayna Devlet Başkanı Volodimir Zelenskiy, \"Putin'e veya Moskova'ya saldırmıyoruz\" dedi.",
            {"Ukrayna": "GPE", "Volodimir_Zelenskiy": "PERSON"},
            "Volodimir Zelenskiy",
        ),
        (
            'ABD Dışişleri Bakanı Antony Blinken, Washington\'da düzenlenen etkinlikte "Bu haberleri doğrulayamıyoruz"'
            " diye konuştu.",
            {"ABD": "GPE", "Antony_Blinken": "PERSON", "Washington": "GPE"},
            "Antony Blinken",
        ),
    ],
)
def test_a_head_final_subject_is_the_person_its_title_chain_ends_in_not_the_country_before(text, labels, speaker):
    assert rules_speakers(text, "tr", **labels) == [speaker]


def test_a_place_after_a_comma_is_no_head_of_the_subject_before_it():
    text = 'Ukrayna, Kiev\'de "Bu saldırıyı kesinlikle kabul etmiyoruz" dedi.'
    assert rules_speakers(text, "tr", Ukrayna="GPE", Kiev="GPE") == ["Ukrayna"]


@pytest.mark.parametrize("label", ["FAC", "ORG"])
def test_a_document_read_as_one_phrase_with_its_issuers_name_is_the_issuers(label):
    # "un comunicato del Cremlino": the issuer named in the genitive after the document noun speaks
    text = '"Consideriamo queste azioni un atto terroristico pianificato", si legge in un comunicato del Cremlino.'
    assert rules_speakers(text, "it", Cremlino=label) == ["Cremlino"]


def test_a_document_issuer_is_read_whatever_the_lemma_of_its_noun():
    text = '"Non abbiamo alcuna informazione su questo attacco", fa sapere un comunicato il dipartimento di Stato.'
    assert rules_speakers(text, "it", dipartimento_di_Stato="ORG") == ["dipartimento di Stato"]


@pytest.mark.parametrize("verb", ["tulis", "kata"])
def test_a_title_read_as_a_body_gives_way_to_the_name_at_once_after_it(verb):
    text = (
        f'"Tidak ada pilihan lain selain penghapusan fisik Zelensky dan kelompoknya," {verb} Wakil Ketua Dewan'
        " Keamanan Rusia Dmitry Medvedev di Telegram."
    )
    labels = {"Wakil_Ketua_Dewan_Keamanan_Rusia": "ORG", "Dmitry_Medvedev": "PERSON", "Zelensky": "PERSON"}
    assert rules_speakers(text, "id", **labels) == ["Dmitry Medvedev"]


@pytest.mark.parametrize(
    ("text", "labels", "speaker"),
    [
        # a body with a comma before the next name still speaks
        (
            '"Kami tidak dapat mengonfirmasi laporan itu sama sekali," kata Kremlin, Dmitry Peskov menambahkan.',
            {"Kremlin": "ORG", "Dmitry_Peskov": "PERSON"},
            "Kremlin",
        ),
        # "…," demikian pernyataan itu ("thus the statement"): not a body called "Demikian pernyataan"
        (
            'Staf Umum Ukraina membantah tuduhan itu. "Kami tidak melakukan serangan apa pun ke wilayah Rusia,"'
            " demikian pernyataan itu.",
            {"Staf_Umum_Ukraina": "ORG"},
            None,
        ),
        # the adverb before a speech verb leaves its speaker
        (
            'Dmitry Peskov berbicara. "Kami tidak melakukan serangan apa pun ke wilayah Rusia," demikian kata Peskov.',
            {"Dmitry_Peskov": "PERSON", "Peskov": "PERSON"},
            "Dmitry Peskov",
        ),
    ],
)
def test_indonesian_bodies_and_adverbs_after_the_quote(text, labels, speaker):
    assert rules_speakers(text, "id", **labels) == [speaker]


# --- role words in another case, with a genitive before the name (Russian, Ukrainian, Polish wire copy) ----------


def test_the_speech_verb_before_a_bare_title_is_no_modifier_of_it() -> None:
    # the role was bound to the name with its genitive ("президента"); "добавил" must not make it another role
    text = (
        "Пресс-секретарь президента России Иван Петров заявил, что глава государства не пострадал. "
        "«Подготовка продолжается», — добавил пресс-секретарь."
    )
    assert rules_speakers(text, "ru", Иван_Петров="PERSON", России="GPE") == ["Иван Петров"]


@pytest.mark.parametrize(
    ("language", "text", "labels", "speaker"),
    [
        (
            "ru",
            "По словам пресс-секретаря Кремля Ивана Петрова, глава государства не пострадал. «Подготовка "
            "продолжается», — добавил пресс-секретарь.",
            {"Ивана_Петрова": "PERSON", "Кремля": "FAC"},
            "Ивана Петрова",
        ),
        (
            "uk",
            "За словами речника Кремля Івана Петренка, президент не постраждав. «Відповідь буде», – додав речник.",
            {"Івана_Петренка": "PERSON", "Кремля": "FAC"},
            "Івана Петренка",
        ),
    ],
)
def test_a_role_word_named_in_another_case_with_a_genitive_before_the_name_is_that_person(
    language: str, text: str, labels: dict[str, str], speaker: str
) -> None:
    assert rules_speakers(text, language, **labels) == [speaker]


def test_a_name_right_after_a_governed_role_is_that_roles_when_a_second_name_follows() -> None:
    text = (
        "Пресс-секретарь президента Петра Иванова Иван Петров заявил, что глава государства не пострадал. "
        "«Подготовка продолжается», — добавил пресс-секретарь."
    )
    assert rules_speakers(text, "ru", Петра_Иванова="PERSON", Иван_Петров="PERSON") == ["Иван Петров"]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        ("es", '"Consideramos esto un acto terrorista planificado", indicó la Presidencia rusa en un comunicado.',
         "Presidencia rusa"),
        ("pt", '"Consideramos isto um ato terrorista planeado", indicou a Presidência russa em comunicado.',
         "Presidência russa"),
    ],
)  # fmt: skip
def test_a_body_written_with_a_capital_is_read_as_its_lower_case_noun(language, text, speaker):
    assert rules_speakers(text, language) == [speaker]


def test_a_capitalised_run_after_an_article_is_still_a_name_not_an_institution_noun():
    text = '"No tenemos ninguna información sobre este ataque", dijo la Casa Rosada en un comunicado.'
    assert rules_speakers(text, "es", Casa_Rosada="ORG") == ["Casa Rosada"]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        # a head-first language: the institution noun is the head, the role word after it its genitive
        ("ru", "«Ответ будет», — сообщила российская администрация президента.", "Российская администрация президента"),
        (
            "uk",
            "«Відповідь буде», – повідомила російська адміністрація президента.",
            "Російська адміністрація президента",
        ),
        # the genitive completes the body's name
        ("pl", "„Odpowiedź będzie” – poinformowało rosyjskie ministerstwo obrony.", "Rosyjskie ministerstwo obrony"),
        # a body whose first word alone is capitalised, after an impersonal verb: not that adjective ("Головному")
        (
            "uk",
            "«Росія готує провокацію», – повідомили в Головному управлінні розвідки.",
            "Головному управлінні розвідки",
        ),
        ("ru", "«Россия готовит провокацию», — сообщили в Следственном комитете.", "Следственном комитете"),
    ],
)
def test_a_body_after_the_verb_is_named_whole(language: str, text: str, speaker: str) -> None:
    assert rules_speakers(text, language) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        # the body the role governs is not the speaker ("Rady Bezpieczeństwa"): "wiceprzewodniczący" is a role
        "„Nie ma innych opcji” – napisał wiceprzewodniczący Rady Bezpieczeństwa Jan Kowalski.",
        "Wiceprzewodniczący Rady Bezpieczeństwa Jan Kowalski zabrał głos. „Nie ma innych opcji” – dodał "
        "wiceprzewodniczący.",
    ],
)
def test_a_polish_vice_role_names_the_person_after_its_body(text: str) -> None:
    assert rules_speakers(text, "pl", Jan_Kowalski="PERSON") == ["Jan Kowalski"]
