"""Russian, Ukrainian and Polish wire copy: dash-led quotes, role words, short quotes after "по словам"."""

from __future__ import annotations

import pytest

from tests.unit.test_quotes import ents, rules_speakers
from wirestream.services.enrich.entities.quotes import find_quotes
from wirestream.services.enrich.entities.quotes.language import nation_adjective


def quotes(text: str, language: str, **labels: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in find_quotes(text, ents(text, **labels), language)]


# --- dash-led quotes: a paragraph that opens with a dash, the quote ending at a dash before a speech verb --------


@pytest.mark.parametrize(
    ("language", "text", "name", "quote"),
    [
        (
            "pl",
            "Dmitrij Pieskow rozmawiał z dziennikarzami.\n\n- To był atak terrorystyczny - powiedział Dmitrij Pieskow.",
            "Dmitrij Pieskow",
            "To był atak terrorystyczny",
        ),
        (
            "ru",
            "Иван Петров ответил на вопросы.\n\n— Решения принимаются не в Киеве, а в Вашингтоне, — сказал Иван Петров.",
            "Иван Петров",
            "Решения принимаются не в Киеве, а в Вашингтоне",
        ),
        (
            "uk",
            "Іван Петренко відповів на питання.\n\n– Ми не атакуємо ні Москву, ні Кремль, – заявив Іван Петренко.",
            "Іван Петренко",
            "Ми не атакуємо ні Москву, ні Кремль",
        ),
    ],
)
def test_a_paragraph_opening_with_a_dash_is_a_quote_up_to_the_dash_before_its_speech_verb(
    language: str, text: str, name: str, quote: str
) -> None:
    assert quotes(text, language, **{name.replace(" ", "_"): "PERSON"}) == [(quote, name)]


def test_a_dash_led_quote_attributed_to_a_role_word_is_the_person_named_before() -> None:
    text = (
        "Rzecznik Kremla Dmitrij Pieskow oskarżył Stany Zjednoczone.\n\n"
        "- Wiemy, że za tym stoją Stany Zjednoczone - powiedział rzecznik."
    )
    assert quotes(text, "pl", Dmitrij_Pieskow="PERSON") == [
        ("Wiemy, że za tym stoją Stany Zjednoczone", "Dmitrij Pieskow")
    ]


def test_a_dash_after_the_attribution_opens_the_quotes_next_part() -> None:
    text = "- To był atak terrorystyczny - powiedział Dmitrij Pieskow. - Wiemy, kto za tym stoi i dlaczego."
    assert quotes(text, "pl", Dmitrij_Pieskow="PERSON") == [
        ("To był atak terrorystyczny", "Dmitrij Pieskow"),
        ("Wiemy, kto za tym stoi i dlaczego.", "Dmitrij Pieskow"),
    ]


def test_a_dash_inside_the_quote_that_no_speech_verb_follows_is_part_of_it() -> None:
    text = "- To był - jak wszyscy widzieli - atak terrorystyczny - powiedział Dmitrij Pieskow."
    assert quotes(text, "pl", Dmitrij_Pieskow="PERSON") == [
        ("To był - jak wszyscy widzieli - atak terrorystyczny", "Dmitrij Pieskow")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Najważniejsze wydarzenia dnia:\n- Moskwa - Kreml - Plac Czerwony\n- Atak dronów - Pieskow oskarża USA",
        "Atak dronów na Kreml - powiedział Pieskow o wydarzeniach w Moskwie",  # no dash opens the paragraph
        "- wiemy, kto za tym stoi i dlaczego - powiedział Dmitrij Pieskow.",  # a dash then lower case: no dialogue
        "-To był atak terrorystyczny - powiedział Dmitrij Pieskow.",  # a hyphen glued to the word: no dash
    ],
)
def test_a_list_item_or_headline_with_dashes_is_no_quote(text: str) -> None:
    assert quotes(text, "pl", Dmitrij_Pieskow="PERSON") == []


def test_a_quote_in_marks_after_a_dash_stays_the_marked_quote() -> None:
    text = "Иван Петров ответил.\n\n— «Это была настоящая атака на Кремль», — сказал Иван Петров."
    assert quotes(text, "ru", Иван_Петров="PERSON") == [("Это была настоящая атака на Кремль", "Иван Петров")]


def test_a_marked_quote_inside_a_dash_led_quote_is_part_of_its_text() -> None:
    text = "— Мы называем это «актом терроризма» и будем отвечать, — сказал Иван Петров."
    assert quotes(text, "ru", Иван_Петров="PERSON") == [
        ("Мы называем это «актом терроризма» и будем отвечать", "Иван Петров")
    ]


def test_rules_read_a_dash_led_quote_like_a_marked_one() -> None:
    text = "Иван Петров ответил на вопросы.\n\n— Это была настоящая атака на Кремль, — сказал он."
    assert rules_speakers(text, "ru", Иван_Петров="PERSON") == ["Иван Петров"]


# --- a short quote after a cue phrase: "По словам Пескова, «это теракт»" --------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("ru", "По словам Ивана Петрова, «это теракт».", "Ивана Петрова"),
        ("uk", "За словами Івана Петренка, «вибору немає».", "Івана Петренка"),
        ("pl", "Według Jana Kowalskiego, „to atak”.", "Jana Kowalskiego"),
    ],
)
def test_a_short_quote_after_a_cue_phrase_and_a_name_is_a_quote(language: str, text: str, name: str) -> None:
    assert [q for q, _ in quotes(text, language, **{name.replace(" ", "_"): "PERSON"})] == [
        text.split("«")[-1].split("„")[-1].rstrip(".»”")
    ]


def test_a_short_quote_after_a_longer_clause_with_a_cue_phrase_is_no_quote() -> None:
    text = "По словам Ивана Петрова, который вчера выступал в Государственной думе перед депутатами, «это теракт»."
    assert quotes(text, "ru", Ивана_Петрова="PERSON") == []


# --- a people's adjective in a language that inflects it: CLDR's country and language names with the endings ------


@pytest.mark.parametrize(
    ("word", "language"),
    [
        ("российская", "ru"),
        ("украинского", "ru"),
        ("польская", "ru"),
        ("американский", "ru"),
        ("українська", "uk"),
        ("amerykańska", "pl"),
        ("rosyjskiego", "pl"),
    ],
)
def test_an_inflected_peoples_adjective_is_one(word: str, language: str) -> None:
    assert nation_adjective(word, language)


@pytest.mark.parametrize(
    ("word", "language"), [("московский", "ru"), ("городской", "ru"), ("военный", "ru"), ("państwowy", "pl")]
)
def test_another_adjective_is_no_peoples(word: str, language: str) -> None:
    assert not nation_adjective(word, language)


# --- a name in the genitive after a title's governed role is that role's, not the title's ---------------------


def test_a_genitive_name_after_a_governed_role_is_not_the_titles_holder() -> None:
    text = (
        "Помощник президента Ивана Петрова прокомментировал атаку.\n\n"
        "«Это была попытка покушения на президента», — добавил помощник."
    )
    assert rules_speakers(text, "ru", Ивана_Петрова="PERSON") == [None]


def test_a_genitive_name_after_a_governed_role_is_no_subject() -> None:
    text = "Помощник президента Ивана Петрова заявил: «Это была попытка покушения на президента»."
    assert rules_speakers(text, "ru", Ивана_Петрова="PERSON") == [None]


def test_a_nominative_name_after_a_governed_role_is_the_titles_holder() -> None:
    text = (
        "Помощник президента Сергей Смирнов прокомментировал атаку.\n\n"
        "«Это была попытка покушения на президента», — добавил помощник."
    )
    assert rules_speakers(text, "ru", Сергей_Смирнов="PERSON") == ["Сергей Смирнов"]


# --- a title of a body resolves to the person bound to a title of the same body, whatever word names the role ---


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        (
            "ru",
            "Пресс-секретарь президента Иван Петров заявил об атаке.\n\n«Это теракт», — отметил представитель Кремля.",
            "Иван Петров",
        ),
        (
            "uk",
            "Речник Кремля Іван Петренко заявив про атаку.\n\n«Це теракт», — сказав прес-секретар президента Росії.",
            "Іван Петренко",
        ),
        (
            "pl",
            "Rzecznik Kremla Jan Nowak mówił o ataku.\n\n„To był zamach” – powiedział rzecznik prezydenta Rosji.",
            "Jan Nowak",
        ),
    ],
)
def test_a_title_of_the_same_body_is_the_person_bound_to_it(language: str, text: str, name: str) -> None:
    places = {"Росії": "GPE", "Rosji": "GPE"}
    assert rules_speakers(text, language, **{name.replace(" ", "_"): "PERSON"}, **places) == [name]


def test_a_title_of_another_body_is_not_the_person_bound_to_the_role() -> None:
    text = (
        "Пресс-секретарь президента Иван Петров заявил об атаке.\n\n«Ответ будет», — отметил представитель Минобороны."
    )
    assert rules_speakers(text, "ru", Иван_Петров="PERSON") == [None]


def test_a_title_of_a_body_fits_a_binding_of_no_body_with_the_same_role_word_only() -> None:
    base = "Иван Петров, пресс-секретарь, заявил об атаке.\n\n«Это теракт», — отметил {}."
    assert rules_speakers(base.format("пресс-секретарь Кремля"), "ru", Иван_Петров="PERSON") == ["Иван Петров"]
    assert rules_speakers(base.format("представитель Минобороны"), "ru", Иван_Петров="PERSON") == [None]


# --- an agency right after a speech verb and before a person is the one told (dative), not the speaker -----------


@pytest.mark.parametrize(
    ("language", "text", "labels", "name"),
    [
        (
            "pl",
            "Drony spadły w nocy.\n\n„To był zamach” – powiedział PAP rosyjski polityk Jan Nowak.",
            {"PAP": "ORG", "Jan_Nowak": "PERSON"},
            "Jan Nowak",
        ),
        (
            "ru",
            "Беспилотники упали ночью.\n\n«Пострадавших нет», — сообщил ТАСС глава района Иван Петров.",
            {"ТАСС": "ORG", "Иван_Петров": "PERSON"},
            "Иван Петров",
        ),
    ],
)
def test_an_agency_between_the_speech_verb_and_a_person_is_the_one_told(
    language: str, text: str, labels: dict[str, str], name: str
) -> None:
    assert rules_speakers(text, language, **labels) == [name]


def test_an_agency_alone_after_the_speech_verb_still_speaks() -> None:
    text = "Беспилотники упали ночью.\n\n«Пострадавших нет», — сообщило ТАСС в четверг."
    assert rules_speakers(text, "ru", ТАСС="ORG") == ["ТАСС"]


def test_we_read_in_a_bodys_statement_is_the_bodys_voice() -> None:
    text = "Drony spadły w nocy.\n\n„Rosja zastrzega sobie prawo do odpowiedzi” – czytamy w komunikacie Kremla."
    assert rules_speakers(text, "pl", Kremla="FAC") == ["Kremla"]


def test_a_ukrainian_presidents_spokesman_is_no_kremlin_spokesman() -> None:
    # Ukrainian copy's "прес-секретар президента" is Zelensky's (Serhiy Nykyforov); "президента Росії" is the Kremlin
    text = (
        "Прес-секретар президента Сергій Никифоров заявив, що Україна не атакувала Москву.\n\n"
        "«Це теракт», — додав речник Кремля."
    )
    assert rules_speakers(text, "uk", Сергій_Никифоров="PERSON") == [None]


# --- round s37: a construction sweep of Russian, Ukrainian and Polish attribution -----------------------------------


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        (
            "ru",
            "«Все системы противовоздушной обороны сработали штатно». Об этом заявил Геннадий Волков в эфире.",
            "Геннадий Волков",
        ),
        (
            "ru",
            "«Мы не допустим повторения подобного».\n\nТак прокомментировал произошедшее Геннадий Волков.",
            "Геннадий Волков",
        ),
        ("ru", "«Мы не позволим диктовать нам условия». Такое заявление сделал Геннадий Волков.", "Геннадий Волков"),
        (
            "uk",
            "«Постраждалих серед мирного населення немає».\n\nПро це повідомила Ірина Шевчук.",
            "Ірина Шевчук",
        ),
        ("uk", "«Ми не дозволимо диктувати нам умови». Таку заяву зробив Олег Коваленко.", "Олег Коваленко"),
        (
            "pl",
            "„Nie ma poszkodowanych wśród ludności cywilnej”.\n\nO tym poinformowała Agnieszka Zielińska.",
            "Agnieszka Zielińska",
        ),
        (
            "pl",
            "„Wszystkie systemy obrony zadziałały prawidłowo”. Poinformował o tym Tomasz Wróblewski.",
            "Tomasz Wróblewski",
        ),
        ("pl", "„Nie dopuścimy do powtórki”.\n\nTak skomentował wydarzenia Tomasz Wróblewski.", "Tomasz Wróblewski"),
    ],
)
def test_the_sentence_after_a_quote_that_points_back_at_it_names_its_speaker(
    language: str, text: str, name: str
) -> None:
    assert rules_speakers(text, language, **{name.replace(" ", "_"): "PERSON"}) == [name]


def test_a_speech_verb_after_a_preposition_and_a_pronoun_is_no_role_noun_governing_the_name() -> None:
    # "Об этом заявил X": "об этом" governs "этом", not the verb's subject read as "about this [role] X"
    text = "«Все системы противовоздушной обороны сработали штатно». Об этом заявил Геннадий Волков."
    assert rules_speakers(text, "ru", Геннадий_Волков="PERSON") == ["Геннадий Волков"]


@pytest.mark.parametrize(
    ("language", "text", "body"),
    [
        ("ru", "«Президент не пострадал и продолжает работу». Об этом заявили в Кремле.", "Кремле"),
        ("uk", "«Україна залишає за собою право на відповідь». Про це йдеться в заяві МЗС України.", "МЗС України"),
    ],
)
def test_a_pointer_then_an_impersonal_verb_gives_the_body_it_names(language: str, text: str, body: str) -> None:
    assert rules_speakers(text, language) == [body]


def test_a_pointer_before_a_speech_verb_of_another_quote_does_not_take_a_quote_already_attributed() -> None:
    text = "«Мы не допустим повторения подобного», — сказала Ирина Соколова. Об этом заявил также Геннадий Волков."
    assert rules_speakers(text, "ru", Ирина_Соколова="PERSON", Геннадий_Волков="PERSON") == ["Ирина Соколова"]


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("ru", "«Беспилотники запускались с территории Украины», — утверждает Геннадий Волков.", "Геннадий Волков"),
        ("ru", "На заявления Киева отреагировал Геннадий Волков: «Это откровенная ложь и попытка».", "Геннадий Волков"),
        ("uk", "На заяви Москви відреагував Олег Коваленко: «Це відверта брехня і спроба».", "Олег Коваленко"),
        ("uk", "«Беспілотники запускали з території Росії», — стверджує Олег Коваленко.", "Олег Коваленко"),
        ("pl", "„Moskwa odpowie na to stanowczo” – pisze Tomasz Wróblewski na Telegramie.", "Tomasz Wróblewski"),
        ("pl", "„Kijów nie ma z tym nic wspólnego” – skwitował Tomasz Wróblewski.", "Tomasz Wróblewski"),
        ("pl", "„Kijów nie ma z tym nic wspólnego” – odparł Tomasz Wróblewski.", "Tomasz Wróblewski"),
    ],
)
def test_speech_verbs_of_news_copy_attribute(language: str, text: str, name: str) -> None:
    assert rules_speakers(text, language, **{name.replace(" ", "_"): "PERSON"}) == [name]


def test_a_verb_that_is_speech_only_with_its_reflexive_attributes_with_it() -> None:
    said = "„To całkowicie niedopuszczalne i sprzeczne z normami” – oburzył się Tomasz Wróblewski."
    assert [q.verb for q in find_quotes(said, ents(said, Tomasz_Wróblewski="PERSON"), "pl")] == ["oburzył"]


# --- names the finder reads in the genitive, given names Faker lacks, particles (round s37) -------------------------


def _product_speakers(text: str, language: str, toolkit) -> list[str | None]:
    from tests.unit.test_entities_languages import dated
    from wirestream.services.enrich.entities.logic import enrich

    return [q.speaker for q in enrich(dated(text, language), toolkit).quotes]


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("pl", "Według Tomasza Wróblewskiego „sytuacja jest w pełni pod kontrolą”.", "Tomasz Wróblewski"),
        (
            "pl",
            "Zdaniem Agnieszki Zielińskiej „atak przeprowadzono z terytorium sąsiedniego kraju”.",
            "Agnieszka Zielińska",
        ),
        ("pl", "Według Piotra Nowaka „sytuacja jest w pełni pod kontrolą”.", "Piotr Nowak"),
        ("pl", "„Wiemy, kto za tym stoi” – cytuje Tomasza Wróblewskiego agencja.", "Tomasz Wróblewski"),
        ("uk", "За словами Олега Коваленка, «ситуація повністю під контролем».", "Олег Коваленко"),
        ("uk", "На думку Ірини Шевчук, «удар було завдано з території сусідньої країни».", "Ірина Шевчук"),
        ("uk", "За словами Андрія Ковальського, «ситуація повністю під контролем».", "Андрій Ковальський"),
        ("uk", "За словами Юрія Ігната, «всі цілі були збиті над морем».", "Юрій Ігнат"),
    ],
)
def test_a_person_named_first_in_the_genitive_speaks_under_the_nominative(language, text, name, toolkit) -> None:
    assert _product_speakers(text, language, toolkit) == [name]


def test_a_genitive_then_the_nominative_of_one_person_is_one_person(toolkit) -> None:
    from tests.unit.test_entities_languages import dated
    from wirestream.services.enrich.entities.logic import enrich

    text = (
        "Według Tomasza Wróblewskiego „sytuacja jest w pełni pod kontrolą”. "
        "Tomasz Wróblewski odwiedził też miejsce upadku szczątków."
    )
    people = [e.name for e in enrich(dated(text, "pl"), toolkit).entities if e.label == "PERSON"]
    assert people == ["Tomasz Wróblewski"]


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("uk", "«Ми цього не допустимо», — заявив Микола Данилюк.", "Микола Данилюк"),
        ("pl", "„Nie dopuścimy do tego” – oświadczył Bartosz Kwiatkowski.", "Bartosz Kwiatkowski"),
        ("pl", "„Europa wspiera Ukrainę” – oświadczyła Ursula von der Brüggen.", "Ursula von der Brüggen"),
    ],
)
def test_common_given_names_and_particles_make_the_whole_name_the_speaker(language, text, name, toolkit) -> None:
    assert _product_speakers(text, language, toolkit) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Tomasz Wróblewski zwołał briefing.\n\nJego zdaniem „zagrożenia dla mieszkańców już nie ma”.",
            "Tomasz Wróblewski",
        ),
        (
            "Agnieszka Zielińska zwołała briefing. Tomasz Wróblewski milczał.\n\n"
            "Jej zdaniem „zagrożenia dla mieszkańców już nie ma”.",
            "Agnieszka Zielińska",
        ),
    ],
)
def test_a_possessive_opening_a_cue_is_the_last_person_of_its_gender(text: str, name: str) -> None:
    labels = {"Tomasz_Wróblewski": "PERSON", "Agnieszka_Zielińska": "PERSON"}
    assert rules_speakers(text, "pl", **labels) == [name]


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        (
            "ru",
            "«Мы не допустим повторения подобного». Так Геннадий Волков прокомментировал произошедшее.",
            "Геннадий Волков",
        ),
        ("uk", "«Ми не допустимо повторення подібного». Так Олег Коваленко прокоментував подію.", "Олег Коваленко"),
    ],
)
def test_a_pointer_then_a_name_then_its_speech_verb_names_the_speaker(language: str, text: str, name: str) -> None:
    assert rules_speakers(text, language, **{name.replace(" ", "_"): "PERSON"}) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("«Усі ракети було збито над морем», — повідомив речник Повітряних сил Юрій Ігнат.", "Юрій Ігнат"),
        ("За словами речника Повітряних сил Юрія Ігната, «ворог атакував з півночі».", "Юрія Ігната"),
    ],
)
def test_a_lone_capitalised_adjective_and_its_noun_after_a_role_are_its_body_not_a_person(text: str, name: str) -> None:
    assert rules_speakers(text, "uk", **{name.replace(" ", "_"): "PERSON"}) == [name]


def test_a_lone_capitalised_name_then_a_name_after_a_comma_less_gap_is_still_the_first() -> None:
    text = "«Ми відповімо будь-коли», — сказав речник Коваленко журналістам Юрій Ігнат."
    assert rules_speakers(text, "uk", Юрій_Ігнат="PERSON") != ["Юрій Ігнат"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Według rzecznika Kremla Jurija Gawriłowa „prezydent nie ucierpiał”.", "Jurija Gawriłowa"),
        ("Zdaniem Agnieszki Zielińskiej „to był atak”.", "Agnieszki Zielińskiej"),
    ],
)
def test_a_short_quote_after_a_polish_cue_and_a_name_without_a_comma_is_a_quote(text: str, name: str) -> None:
    assert rules_speakers(text, "pl", **{name.replace(" ", "_"): "PERSON"}) == [name]


def test_a_short_quote_after_a_name_with_no_cue_is_still_no_quote() -> None:
    text = "Spotkanie z Agnieszką Zielińską „Pod Baranami” odbędzie się jutro."
    assert rules_speakers(text, "pl", Agnieszką_Zielińską="PERSON") == []


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("uk", "«Винні понесуть покарання», — сказав Олег Коваленко Укрінформу.", "Олег Коваленко"),
        ("pl", "„Winni poniosą karę” – powiedział Tomasz Wróblewski Onetowi.", "Tomasz Wróblewski"),
        ("uk", "«Ми стежимо за ситуацією», — сказав Габріель Гарсія Маркес.", "Габріель Гарсія Маркес"),
    ],
)
def test_an_outlet_told_in_the_dative_after_a_name_is_no_second_surname(language, text, name, toolkit) -> None:
    assert _product_speakers(text, language, toolkit) == [name]
