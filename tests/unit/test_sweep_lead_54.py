"""Round s54 (lead): which title is a name's own when a title phrase names another's office, and whose is a speech
verb joined by "and" to a verb before it, through the full product. Self-written passages, each one construction and a
near miss that keeps its old reading: unit tests of one behaviour, not scores.

Constructions fixed:

* (all languages) a title inside a name's apposition that a preposition or an "of" word governs ("Mykhailo Podolyak,
  an adviser to the Ukrainian president,", "…, an adviser to President Volodymyr Zelensky,", "Mychajlo Podoljak,
  Berater des ukrainischen Präsidenten,") or that owns the next title ("Dmitry
  Peskov, the Russian president's spokesman,") is another's office, not the name's: "the Ukrainian president said"
  later went to the adviser, "the president said" to the spokesman. The title the apposition opens with stays theirs;
  a title right before a name ("President Volodymyr Zelensky") is that name's;
* (all languages) a title, "of" and a body written in lower case, a comma, the name ("La porte-parole du ministère
  russe des Affaires étrangères, Maria Zakharova,", "Le conseiller de la présidence ukrainienne, Mykhaïlo
  Podoliak,", "The spokeswoman for the Russian foreign ministry, Maria Zakharova,", "Le chef de la diplomatie
  russe, Sergueï Lavrov,"): the title is the name's. Only a capitalised body had bound it, so "a déclaré le
  conseiller" found no one or whoever spoke before;
* (all languages) a definite title whose role word names whom a person's bound office serves ("le président
  ukrainien" after "Le conseiller de la présidence ukrainienne, Mykhaïlo Podoliak", "el presidente ucraniano" after
  "El asesor presidencial ucraniano, Mijailo Podoliak") is not that person, though they are the one in view;
* (all languages) a speech verb that "and" joins to a verb before it shares that verb's subject ("Zelensky met Sauli
  Niinisto, the Finnish president, and said:", "Russia's foreign ministry summoned the U.S. ambassador, Lynne Tracy,
  and said:", "Selenskyj traf Sauli Niinistö und sagte:", "Zelensky a rencontré Sauli Niinistö et a déclaré :"): the
  quote went to the verb's object, the name nearest the verb. A subject of its own before the verb keeps it ("Zelensky
  met Sauli Niinisto. Niinisto smiled and said").
* (languages without articles) a bare title after the speech verb ("— написал мэр", "– napisał mer", "— сказал
  президент") where the article names the holder without the title and binds the role to no one: the one person
  named whose registered office holds the role word, only up to the office's own role word ("пресс-секретарь
  президента" is no president's office, nor "conseiller de la présidence" a president's). Polish "mer" (of Moscow) is
  a title. Two holders (Putin and Zelensky for "президент") give no one.
"""

from __future__ import annotations

import pytest

from tests.unit.test_registry_quotes_incident import dated
from wirestream.services.enrich.entities.logic import enrich


def speakers(toolkit, text: str, lang: str) -> list[str | None]:
    return [q.speaker for q in enrich(dated(text, lang), toolkit).quotes]


# ---- a title a preposition governs, or a possessor, inside a name's apposition


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        pytest.param(
            "Ukrainian President Volodymyr Zelensky was in Helsinki on Wednesday. Mykhailo Podolyak, an adviser to the"
            ' Ukrainian president, denied any involvement. "We do not attack Moscow," the Ukrainian president said at'
            " a news conference.",
            "en",
            ["Volodymyr Zelensky"],
            id="en-adviser-to-the-president",
        ),
        pytest.param(
            'Mykhailo Podolyak, an adviser to President Volodymyr Zelensky, denied any involvement. "We do not attack'
            ' Moscow," the president said at a news conference.',
            "en",
            ["Volodymyr Zelensky"],
            id="en-adviser-to-president-name",
        ),
        pytest.param(
            "Dmitry Peskov, the Russian president's spokesman, said Putin was fine. \"He is working,\" the president's"
            ' spokesman said. "We will respond," the president said.',
            "en",
            ["Dmitry Peskov", None],
            id="en-possessor-title",
        ),
        pytest.param(
            'Mykhailo Podolyak, an adviser to the Ukrainian president, denied any involvement. "We do not attack'
            ' Moscow," the adviser said.',
            "en",
            ["Mykhailo Podolyak"],
            id="en-near-miss-the-adviser",
        ),
        pytest.param(
            "Mychajlo Podoljak, Berater des ukrainischen Präsidenten, wies die Vorwürfe zurück. „Wir greifen Moskau"
            " nicht an“, sagte der ukrainische Präsident.",
            "de",
            [None],
            id="de-berater-des-praesidenten",
        ),
        pytest.param(
            "Wolodymyr Selenskyj, der ukrainische Präsident, war in Helsinki. Dmitri Peskow sprach auch. „Wir greifen"
            " Moskau nicht an“, sagte der ukrainische Präsident.",
            "de",
            ["Volodymyr Zelensky"],
            id="de-near-miss-der-praesident-in-apposition",
        ),
        pytest.param(
            "Ana Pérez, vecina del barrio e integrante de la asociación Vecinos Unidos, habló con la prensa. Pedro Gómez"
            " también. Es “un rumor que corre desde hace meses”, según contó la integrante de la asociación.",
            "es",
            ["Ana Pérez"],
            id="es-near-miss-second-title-after-and",
        ),
    ],
)
def test_a_governed_title_in_an_apposition_is_anothers(toolkit, text: str, lang: str, want: list[str | None]) -> None:
    assert speakers(toolkit, text, lang) == want


# ---- a title, "of" and a body in lower case, a comma, the name


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        pytest.param(
            "Volodymyr Zelensky spoke in Helsinki. The spokeswoman for the Russian foreign ministry, Maria Zakharova,"
            ' reacted. Sergei Lavrov spoke too. "It is a provocation," the spokeswoman said.',
            "en",
            "Maria Zakharova",
            id="en-spokeswoman-for-the-ministry",
        ),
        pytest.param(
            "Volodymyr Zelensky s'est exprimé à Helsinki. Le chef de la diplomatie russe, Sergueï Lavrov, a réagi."
            " Dmitri Peskov aussi. « Nous répondrons », a déclaré le chef de la diplomatie.",
            "fr",
            "Sergei Lavrov",
            id="fr-chef-de-la-diplomatie-russe",
        ),
        pytest.param(
            "Le conseiller de la présidence ukrainienne, Mykhaïlo Podoliak, a démenti. Sergueï Lavrov a réagi. « Nous"
            " n'attaquons pas Moscou », a déclaré le conseiller.",
            "fr",
            "Mykhailo Podolyak",
            id="fr-conseiller-de-la-presidence",
        ),
        pytest.param(
            "Volodymyr Zelensky habló en Helsinki. El asesor de la Presidencia ucraniana, Mijailo Podoliak, reaccionó."
            " Serguéi Lavrov también. «No atacamos Moscú», dijo el asesor.",
            "es",
            "Mykhailo Podolyak",
            id="es-asesor-de-la-presidencia",
        ),
    ],
)
def test_a_title_of_a_lower_case_body_is_the_names(toolkit, text: str, lang: str, want: str) -> None:
    assert speakers(toolkit, text, lang) == [want]


# ---- whom a bound office serves is not its holder


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        pytest.param(
            "Le conseiller de la présidence ukrainienne, Mykhaïlo Podoliak, a démenti toute implication de Kiev. « Nous"
            " n'attaquons pas Moscou », a-t-il déclaré. « Nous n'avons rien à voir avec ces attaques », a affirmé le"
            " président ukrainien lors d'une visite à Helsinki.",
            "fr",
            ["Mykhailo Podolyak", None],
            id="fr-president-after-his-adviser",
        ),
        pytest.param(
            "El asesor presidencial ucraniano, Mijailo Podoliak, lo negó. «No atacamos Moscú», afirmó el presidente"
            " ucraniano.",
            "es",
            [None],
            id="es-presidente-after-the-presidential-adviser",
        ),
        pytest.param(
            "El asesor presidencial ucraniano, Mijailo Podoliak, lo negó. «No atacamos Moscú», afirmó el asesor.",
            "es",
            ["Mykhailo Podolyak"],
            id="es-near-miss-the-adviser",
        ),
    ],
)
def test_whom_an_office_serves_is_not_its_holder(toolkit, text: str, lang: str, want: list[str | None]) -> None:
    assert speakers(toolkit, text, lang) == want


# ---- a speech verb joined by "and" shares the subject of the verb before it


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        pytest.param(
            'Zelensky arrived in Helsinki on Wednesday. He met Sauli Niinisto, the Finnish president, and said: "We'
            ' fight on our territory."',
            "en",
            "Volodymyr Zelensky",
            id="en-met-and-said",
        ),
        pytest.param(
            "Russia's foreign ministry summoned the U.S. ambassador, Lynne Tracy, and said: \"We demand an"
            ' explanation."',
            "en",
            "Russia's foreign ministry",
            id="en-body-summoned-and-said",
        ),
        pytest.param(
            "Selenskyj traf Sauli Niinistö und sagte: „Wir kämpfen auf unserem Gebiet.“",
            "de",
            "Volodymyr Zelensky",
            id="de-traf-und-sagte",
        ),
        pytest.param(
            "Zelensky a rencontré Sauli Niinistö et a déclaré : « Nous combattons sur notre territoire. »",
            "fr",
            "Volodymyr Zelensky",
            id="fr-et-a-declare",
        ),
        pytest.param(
            'Zelensky met Sauli Niinisto. Niinisto smiled and said: "We support Ukraine."',
            "en",
            "Sauli Niinistö",
            id="en-near-miss-own-subject",
        ),
        pytest.param(
            'Zelensky arrived in Helsinki. He introduced Sauli Niinisto, who smiled and said: "We support Ukraine."',
            "en",
            "Sauli Niinistö",
            id="en-near-miss-relative-clause",
        ),
        pytest.param(
            'When Zelensky met Niinisto, Peskov laughed and said: "We will respond."',
            "en",
            "Dmitry Peskov",
            id="en-near-miss-subordinate-clause-first",
        ),
    ],
)
def test_a_verb_joined_by_and_shares_the_subject_before(toolkit, text: str, lang: str, want: str) -> None:
    assert speakers(toolkit, text, lang) == [want]


# ---- a bare title in a language without articles: the one registered holder


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        pytest.param(
            "Сергей Собянин запретил полеты беспилотников над Москвой. Дмитрий Песков сообщил, что Путин не пострадал."
            " «Запрет вводится с сегодняшнего дня», — написал мэр.",
            "ru",
            "Sergei Sobyanin",
            id="ru-napisal-mer",
        ),
        pytest.param(
            "Сергій Собянін заборонив польоти дронів над Москвою. Дмитро Пєсков заявив, що Путін не постраждав."
            " «Заборона діє з сьогодні», – написав мер.",
            "uk",
            "Sergei Sobyanin",
            id="uk-napysav-mer",
        ),
        pytest.param(
            "Siergiej Sobianin zakazał lotów dronów nad Moskwą. Dmitrij Pieskow przekazał, że Putin nie ucierpiał."
            " – Zakaz obowiązuje od dziś – napisał mer.",
            "pl",
            "Sergei Sobyanin",
            id="pl-napisal-mer",
        ),
        pytest.param(
            "Владимир Путин провел совещание. Дмитрий Песков сообщил, что атака отражена. «Мы ответим», — сказал"
            " президент.",
            "ru",
            "Vladimir Putin",
            id="ru-skazal-prezident-not-his-press-secretary",
        ),
        pytest.param(
            "Владимир Путин провел совещание. Владимир Зеленский отверг обвинения. «Мы ответим», — сказал президент.",
            "ru",
            None,
            id="ru-near-miss-two-presidents",
        ),
        pytest.param(
            "Владимир Путин провел совещание. Президент Франции Эмманюэль Макрон призвал к сдержанности. «Мы"
            " ответим», — сказал президент.",
            "ru",
            "Эмманюэль Макрон",
            id="ru-near-miss-a-president-bound-in-the-article",
        ),
    ],
)
def test_a_bare_title_is_its_one_registered_holder(toolkit, text: str, lang: str, want: str | None) -> None:
    assert speakers(toolkit, text, lang) == [want]
