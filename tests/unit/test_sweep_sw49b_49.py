"""A construction sweep of German and French coverage of one incident (the drones over the Kremlin, May 2023), through
the full product: each test one construction on a short passage of its own, and a near miss that keeps its old
reading.

Constructions fixed:

* French: the noun an office's title governs as part of its name ("Le secrétaire d'État Antony Blinken a …", "le chef
  de l'État") is the title's, not a person "État" standing between the title and the name (who was then no subject,
  and the next "a-t-il déclaré" went to the person before); "chef de la diplomatie" keeps its "of" phrase;
* French: a title, a people's adjective after it and a name with no comma ("Le président ukrainien Volodymyr Zelensky
  a …", "le secrétaire d'État américain Antony Blinken") are one person, the sentence's subject; "américain" and the
  other adjectives CLDR's language names do not give are the language's ``nation_adjectives``;
* French: a subordinate clause set off by commas before the subject ("À Helsinki, où il participait à un sommet,
  Volodymyr Zelensky a …") holds no subject of the sentence (its "il" was read as one, the person before);
* a registered person's surname alone joins them as the article spells their full name ("Dmitri Medwedew" …
  "schrieb Medwedew": one Dmitry Medvedev; the lone "Medwedew" was a person of its own, and the quote's speaker);
* a bare title ("sagte der Sprecher") bound to someone in an earlier paragraph, after another person spoke in its
  own paragraph ("Kirby hatte erklärt …"), is unsure: no speaker rather than the spokesman named before;
* a definite title opening a sentence that is a registered office of someone the article names ("Der ukrainische
  Präsident warf Moskau vor …") is that person, the subject a later "sagte er" means (it was no one, and "er" went to
  the person before);
* French: the people of a named body in the plural ("écrivent les analystes de l'ISW") say its words: the body speaks;
  not the people of a place or of a person;
* a bare title ("a dit le président") bound only with the body it was of ("Volodine, le président de la Douma") is
  unsure where someone else the article names holds a registered office of that role word (Poutine, "président
  russe"): it went to Volodin.
"""

from __future__ import annotations

import pytest

from tests.unit.test_registry_quotes_incident import dated
from wirestream.services.enrich.entities.logic import enrich


def quotes(toolkit, text: str, lang: str) -> list[tuple[str, str | None]]:
    article = enrich(dated(text, lang), toolkit)
    return [(q.text, q.speaker) for q in article.quotes]


def speakers(toolkit, text: str, lang: str) -> list[str | None]:
    return [speaker for _, speaker in quotes(toolkit, text, lang)]


_KIRBY = "« Nous ne savons tout simplement pas », a reconnu John Kirby. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Le secrétaire d'État Antony Blinken a lui aussi appelé à la prudence.",
        "Le secrétaire d’État Antony Blinken a lui aussi appelé à la prudence.",
        "Le secrétaire d'État américain Antony Blinken a lui aussi appelé à la prudence.",
    ],
)
def test_french_office_noun_after_de_is_the_titles(toolkit, sentence: str) -> None:
    text = _KIRBY + sentence + " « Je prendrais tout cela avec précaution », a-t-il déclaré."
    assert speakers(toolkit, text, "fr") == ["John Kirby", "Antony Blinken"]


def test_french_title_of_a_body_keeps_its_of_phrase(toolkit) -> None:
    text = "« Kiev n'aurait jamais osé », a affirmé la porte-parole de la diplomatie russe, Maria Zakharova."
    assert speakers(toolkit, text, "fr") == ["Maria Zakharova"]
    text = "Le porte-parole du Kremlin Dmitri Peskov a parlé aux journalistes. « Le président va bien », a-t-il dit."
    assert speakers(toolkit, text, "fr") == ["Dmitry Peskov"]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Le président ukrainien Volodymyr Zelensky a balayé ces accusations.", "Volodymyr Zelensky"),
        ("Le chef de la diplomatie russe Sergueï Lavrov a balayé ces accusations.", "Sergei Lavrov"),
    ],
)
def test_french_title_people_adjective_then_name_is_one_subject(toolkit, sentence: str, name: str) -> None:
    text = _KIRBY + sentence + " « C'est ridicule », a-t-il ajouté."
    assert speakers(toolkit, text, "fr") == ["John Kirby", name]


def test_french_title_then_other_word_then_name_is_no_binding(toolkit) -> None:
    text = _KIRBY + "Le porte-parole salue Antony Blinken. « C'est ridicule », a-t-il ajouté."
    assert speakers(toolkit, text, "fr") == ["John Kirby", "John Kirby"]


_VOLODIN = "« Il ne peut y avoir aucune négociation avec ce régime », a écrit Viatcheslav Volodine.\n\n"


def test_french_subordinate_aside_before_the_subject_is_skipped(toolkit) -> None:
    text = (
        _VOLODIN + "À Helsinki, où il participait à un sommet avec les dirigeants nordiques, Volodymyr Zelensky a "
        "balayé ces accusations.\n\n« Nous n'avons pas assez d'armes pour cela », a-t-il ironisé."
    )
    assert speakers(toolkit, text, "fr") == ["Vyacheslav Volodin", "Volodymyr Zelensky"]


def test_french_pronoun_subject_after_a_place_keeps_its_reading(toolkit) -> None:
    text = (
        "Volodymyr Zelensky était en Finlande. À Helsinki, il a balayé ces accusations.\n\n"
        "« Nous n'avons pas assez d'armes pour cela », a-t-il ironisé."
    )
    assert speakers(toolkit, text, "fr") == ["Volodymyr Zelensky"]


def entities(toolkit, text: str, lang: str) -> list[tuple[str, str | None, list[str]]]:
    article = enrich(dated(text, lang), toolkit)
    return [(e.name, e.id, sorted({m.text for m in e.mentions})) for e in article.entities if e.label == "PERSON"]


def test_german_lone_surname_joins_the_registered_person_as_the_article_spells_them(toolkit) -> None:
    text = (
        "Der frühere Präsident Dmitri Medwedew hat die Tötung des ukrainischen Staatschefs gefordert. "
        "„Es bleibt keine Option“, schrieb Medwedew am Mittwoch bei Telegram."
    )
    assert entities(toolkit, text, "de") == [
        ("Dmitry Medvedev", "person/dmitry-medvedev", ["Dmitri Medwedew", "Medwedew"])
    ]
    assert speakers(toolkit, text, "de") == ["Dmitry Medvedev"]


def test_german_lone_surname_of_someone_else_keeps_its_own_entity(toolkit) -> None:
    text = (
        "Dmitri Medwedew und Andrej Medwedew sprachen mit Journalisten. „Es bleibt keine Option“, sagte Medwedew am "
        "Mittwoch."
    )
    found = entities(toolkit, text, "de")
    assert ("Dmitry Medvedev", "person/dmitry-medvedev", ["Dmitri Medwedew"]) in found  # two owners: neither


def test_german_bare_title_after_another_speaker_in_its_paragraph_is_unsure(toolkit) -> None:
    text = (
        "Regierungssprecher Steffen Hebestreit sagte in Berlin, die Bundesregierung habe keine Erkenntnisse.\n\n"
        "In Washington hatte Kirby zuvor erklärt, man könne die Berichte nicht verifizieren. „Wir haben keine "
        "Möglichkeit, das zu bestätigen“, sagte der Sprecher."
    )
    assert speakers(toolkit, text, "de") == [None]


@pytest.mark.parametrize(
    "second",
    [
        # nobody else spoke in the title's paragraph: the spokesman bound before
        "Die Angaben seien nicht zu prüfen. „Wir haben keine Möglichkeit, das zu bestätigen“, sagte der Sprecher.",
        # the title names its body: the one holder, whoever spoke between
        "In Washington hatte Kirby zuvor erklärt, man könne die Berichte nicht verifizieren. „Wir haben keine "
        "Möglichkeit, das zu bestätigen“, sagte der Regierungssprecher.",
    ],
)
def test_german_bare_title_keeps_its_binding_otherwise(toolkit, second: str) -> None:
    text = "Regierungssprecher Steffen Hebestreit sagte in Berlin, die Regierung habe keine Erkenntnisse.\n\n" + second
    assert speakers(toolkit, text, "de") == ["Steffen Hebestreit"]


_NAMED = "Selenskyj war in Helsinki. Medwedew forderte seine Tötung.\n\n"


def test_german_registered_office_as_subject_is_the_holder_a_later_pronoun_means(toolkit) -> None:
    text = (
        _NAMED
        + "Der ukrainische Präsident warf Moskau vor, einen Vorwand zu suchen. „Putin hat keine Siege“, sagte er."
    )
    assert speakers(toolkit, text, "de") == ["Volodymyr Zelensky"]


def test_german_indefinite_office_as_subject_is_no_holder(toolkit) -> None:
    text = (
        _NAMED
        + "Ein ukrainischer Präsident warf Moskau vor, einen Vorwand zu suchen. „Putin hat keine Siege“, sagte er."
    )
    assert speakers(toolkit, text, "de") != ["Volodymyr Zelensky"]


def test_french_people_of_a_named_body_say_its_words(toolkit) -> None:
    text = (
        "L'Institut pour l'étude de la guerre (ISW) estime que l'attaque a été organisée par Moscou. « Le Kremlin a "
        "presque certainement mis en scène cette attaque », écrivent les analystes de l'ISW dans leur note."
    )
    assert speakers(toolkit, text, "fr") == ["Institute for the Study of War"]


@pytest.mark.parametrize("people", ["les habitants de Moscou", "les avocats de Zelensky", "les analystes"])
def test_french_people_of_a_place_a_person_or_nobody_stay_unnamed(toolkit, people: str) -> None:
    text = f"Volodymyr Zelensky était à Helsinki. « Nous ne savons pas », affirment {people}."
    assert speakers(toolkit, text, "fr") == [None]


_DUMA = "« Aucune négociation n'est possible », a écrit Viatcheslav Volodine, le président de la Douma. "


def test_french_bare_title_bound_with_its_body_is_unsure_beside_another_holder(toolkit) -> None:
    text = _DUMA + "Vladimir Poutine était à Moscou. « Nous répondrons », a dit le président."
    assert speakers(toolkit, text, "fr") == ["Vyacheslav Volodin", None]


def test_french_bare_title_bound_with_its_body_keeps_its_holder_alone(toolkit) -> None:
    text = _DUMA + "Les députés étaient à Moscou. « Nous répondrons », a dit le président."
    assert speakers(toolkit, text, "fr") == ["Vyacheslav Volodin", "Vyacheslav Volodin"]
