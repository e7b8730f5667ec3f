"""Round s49 (the lead's part): constructions left by the earlier sweeps, each on a short passage of its own, and a
near miss that keeps its old reading. Self-written passages: unit tests of one behaviour, not scores.

Constructions fixed:

* the verb's own subject after the place it was said in ("— заявили в Москве эксперты", "– twierdzą w Moskwie
  eksperci"): no one the article names, not the town; the town alone ("— заявили в Москве") stays its speaker;
* Ukraine's own romanisation of given names ending in "-ii" ("Oleksii Danilov", "Andrii", "Serhii") is a given name,
  beside the English "-iy" ("Oleksiy");
* a given name and a family name of the article's language after a settlement noun ("der Bürgermeister der Gemeinde
  Peter Vogl") are its office holder, not a town; a town no family name ends ("Gemeinde Maria Alm") stays a town;
* a cue word with a pronoun glued to it ("Menurutnya, “…”") reports a short quote that closes its sentence, as
  "Menurut Peskov, “…”" does;
* a sentence opening with a question put to its subject ("Asked whether Putin had been in danger, he said: “…”")
  is the answer of the one asked (the last subject before), not of the person the question was about;
* "the thinktank" and "the think-tank", as British copy writes "the think tank", stand for the one body in view;
* a quote that goes on from a name's clause ("Putin “continues to work as usual,” he added") is said of that person:
  the pronoun after it is the one who spoke before the sentence, or no one;
* a person the model read whose name opens with a given name that is not the registered person's and ends in that
  person's surname ("By Paul Kirby, BBC News") is someone else, not John Kirby;
* a body an "according to" after the quote names reports the words a speech verb before the quote gave to its own
  subject ("Peskov said the attack “would not go unanswered by Moscow”, according to RIA Novosti": Peskov);
* a surname in an oblique case ("По мнению зампреда Совбеза, Зеленскому «…»") is no sentence's subject for a later
  "— добавил он".
"""

from __future__ import annotations

import pytest

from tests.unit.test_registry_quotes_incident import dated
from wirestream.services.enrich.entities.logic import enrich


def speakers(toolkit, text: str, lang: str) -> list[str | None]:
    return [q.speaker for q in enrich(dated(text, lang), toolkit).quotes]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("«Это была провокация», — заявили в Москве эксперты.", "ru"),
        ("«Это была провокация», — заявили в Москве американские эксперты.", "ru"),
        ("„To była prowokacja” – twierdzą w Moskwie eksperci.", "pl"),
        ("«Це була провокація», — заявили в Москві експерти.", "uk"),
    ],
)
def test_people_after_the_place_they_spoke_in_are_the_subject(toolkit, text: str, lang: str) -> None:
    assert speakers(toolkit, text, lang) == [None]


@pytest.mark.parametrize(
    "text",
    [
        "«Это была провокация», — заявили в Москве.",
        "«Это была провокация», — заявили в Москве журналистам.",
        "«Это была провокация», — заявили в Москве в пятницу.",
    ],
)
def test_the_place_alone_still_speaks(toolkit, text: str) -> None:
    assert speakers(toolkit, text, "ru") == ["Moscow"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Le secrétaire du Conseil de sécurité ukrainien, Oleksii Danilov, a affirmé que Moscou préparait tout.", "fr"),
        ("Le conseiller Andrii Iermak a affirmé que Kiev n'y était pour rien.", "fr"),
    ],
)
def test_ukraines_own_romanisation_of_given_names_opens_a_name(toolkit, text: str, lang: str) -> None:
    people = [e.name for e in enrich(dated(text, lang), toolkit).entities if e.label == "PERSON"]
    assert any(name.startswith(("Oleksii", "Andrii")) for name in people), people


def test_both_english_spellings_of_one_ukrainian_given_name() -> None:
    from wirestream.services.enrich.entities.name_data import cyrillic_given_names

    assert {"Oleksiy", "Oleksii", "Andrii", "Serhii"} <= cyrillic_given_names()


def test_a_given_name_and_surname_after_a_settlement_noun_is_its_office_holder(toolkit) -> None:
    text = "„Wir sind besorgt“, sagte der Bürgermeister der Gemeinde Peter Vogl am Mittwoch."
    article = enrich(dated(text, "de"), toolkit)
    assert [(e.label, e.name) for e in article.entities] == [("PERSON", "Peter Vogl")]
    assert [q.speaker for q in article.quotes] == ["Peter Vogl"]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Die Gemeinde Maria Alm liegt im Pinzgau.", "Maria Alm"),  # "Alm": no German family name
        ("Die Gemeinde Sankt Peter liegt in Kärnten.", "Sankt Peter"),
    ],
)
def test_a_town_after_a_settlement_noun_stays_a_town(toolkit, text: str, town: str) -> None:
    assert ("GPE", town) in [(e.label, e.name) for e in enrich(dated(text, "de"), toolkit).entities]


@pytest.mark.parametrize("cue", ["Menurutnya", "Katanya"])
def test_a_cue_with_its_pronoun_glued_on_reports_a_short_quote(toolkit, cue: str) -> None:
    text = f'Juru bicara Kremlin Dmitry Peskov berbicara kepada wartawan pada Rabu. {cue}, "Presiden tidak terluka."'
    assert speakers(toolkit, text, "id") == ["Dmitry Peskov"]


@pytest.mark.parametrize(
    "text",
    [
        'Peskov berbicara pada Rabu. Menurutnya, "provokasi" itu direncanakan.',  # one word: a scare quote
        'Peskov berbicara pada Rabu. Menurutnya, "Presiden tidak terluka" dan Kremlin tenang.',  # the sentence goes on
    ],
)
def test_a_glued_cue_before_words_that_do_not_close_the_sentence_is_no_quote(toolkit, text: str) -> None:
    assert speakers(toolkit, text, "id") == []


LEAD = "Kremlin spokesman Dmitry Peskov spoke to reporters on Wednesday. "


@pytest.mark.parametrize(
    "sentence",
    [
        'Asked whether Putin had been in danger, he said: "No, he was not."',
        'When asked whether Putin had been in danger, he said: "No, he was not at all."',
        'Pressed on whether Putin had been in danger, he replied: "No, he was not in any danger."',
    ],
)
def test_the_one_asked_about_is_not_the_pronoun_who_answers(toolkit, sentence: str) -> None:
    assert speakers(toolkit, LEAD + sentence, "en") == ["Dmitry Peskov"]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ('Asked about the attack, Zakharova said: "It was a terrorist act."', "Maria Zakharova"),
        ('When Putin arrived at the Kremlin, he said: "We will respond to this."', "Vladimir Putin"),
    ],
)
def test_a_name_after_the_question_or_a_subject_of_the_opening_clause_keeps_its_reading(
    toolkit, sentence: str, name: str
) -> None:
    assert speakers(toolkit, LEAD + sentence, "en") == [name]


ISW = "The Institute for the Study of War said in its latest update that the Kremlin was likely using the incident. "


@pytest.mark.parametrize("noun", ["thinktank", "think-tank", "think tank"])
def test_the_think_tank_in_one_word_or_hyphenated_is_the_body_in_view(toolkit, noun: str) -> None:
    text = ISW + f'The {noun} noted that Russia had "recently installed air defence systems in and around Moscow".'
    assert speakers(toolkit, text, "en") == ["Institute for the Study of War"]


def test_the_thinktank_with_two_bodies_in_view_is_unsure(toolkit) -> None:
    text = 'Acme Corp and the Brookings Institution met. The thinktank said the talks were "useful and very constructive indeed".'
    assert speakers(toolkit, text, "en") == [None]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The president was not injured, Kremlin spokesman Dmitry Peskov said, according to TASS. "
            'Putin "continues to work as usual," he added.',
            "Dmitry Peskov",
        ),
        (
            "Kremlin spokeswoman Maria Zakharova spoke on Wednesday. "
            'Putin "continues to work as usual and has not changed his plans," she added.',
            "Maria Zakharova",
        ),
        ('Putin "continues to work as usual and has not changed his plans," he added.', None),
    ],
)
def test_a_quote_going_on_from_a_names_clause_is_said_of_that_person(toolkit, text: str, name: str | None) -> None:
    assert speakers(toolkit, text, "en") == [name]


def test_a_pronoun_after_a_quote_with_no_name_right_before_it_keeps_its_reading(toolkit) -> None:
    text = 'Kremlin spokesman Dmitry Peskov spoke on Wednesday. Putin was calm. "The work goes on as usual," he added.'
    assert speakers(toolkit, text, "en") == ["Vladimir Putin"]


def people(toolkit, text: str, lang: str = "en") -> list[tuple[str, str | None]]:
    return [(e.name, e.id) for e in enrich(dated(text, lang), toolkit).entities if e.label == "PERSON"]


def test_another_given_name_before_a_registered_surname_is_another_person(toolkit) -> None:
    assert people(toolkit, "By Paul Kirby, BBC News\n\nThe Kremlin said two drones were downed.") == [
        ("Paul Kirby", None)
    ]
    assert people(toolkit, "John Kirby and Paul Kirby met on Wednesday.") == [
        ("John Kirby", "person/john-kirby"),
        ("Paul Kirby", None),
    ]


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Dmitriy Peskov", "Dmitry Peskov"),
        ("Wladimir Putin", "Vladimir Putin"),
        ("Mikhail Podolyak", "Mykhailo Podolyak"),
        ("Tony Blinken", "Antony Blinken"),
    ],
)
def test_the_registered_persons_own_given_name_as_spelt_keeps_the_link(toolkit, written: str, name: str) -> None:
    assert people(toolkit, f"Officials said {written} spoke to reporters on Wednesday.") == [
        (name, f"person/{name.lower().replace(' ', '-')}")
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Peskov said the attack "would not go unanswered by Moscow", according to RIA Novosti.', "Dmitry Peskov"),
        ('Peskov said on Wednesday that "the president was not hurt at all", according to TASS.', "Dmitry Peskov"),
    ],
)
def test_an_agency_according_to_after_the_quote_reports_the_verbs_subject(toolkit, text: str, name: str) -> None:
    assert speakers(toolkit, text, "en") == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('The attack was "a planned terrorist act against the state", according to the Kremlin.', "Kremlin"),
        ('The attack was "a planned terrorist act against the state", according to RIA Novosti.', "RIA Novosti"),
    ],
)
def test_according_to_after_the_quote_with_no_verb_before_still_names_the_source(toolkit, text: str, name: str) -> None:
    assert speakers(toolkit, text, "en") == [name]


MEDVEDEV = "Зампред Совбеза Дмитрий Медведев выступил в среду. "


def test_a_surname_in_the_dative_is_no_subject_a_later_pronoun_means(toolkit) -> None:
    text = (
        MEDVEDEV + "По мнению зампреда Совбеза, Зеленскому «не остается ничего, кроме физического устранения». "
        "«Других вариантов уже не осталось», — добавил он."
    )
    assert speakers(toolkit, text, "ru")[-1] == "Dmitry Medvedev"  # the registry's since round s52


def test_a_surname_in_the_nominative_stays_the_subject(toolkit) -> None:
    text = MEDVEDEV + "Зеленский ответил ему в тот же день. «Других вариантов уже не осталось», — добавил он."
    assert speakers(toolkit, text, "ru") == ["Volodymyr Zelensky"]
