"""A whole-article sweep of Spanish, Italian and Portuguese coverage of the Kremlin drone incident (round s50), through
the full product: each test one construction on a short passage of its own, and a near miss that keeps its old reading.

Constructions fixed:

* the name after a speech verb and "that" is the reported clause's subject, never the verb's inverted one ("El
  portavoz, Dmitri Peskov, aseguró que Putin no estaba herido. “…”, afirmó.": Putin had spoken, so the later verb
  with no subject was his);
* (pro-drop languages) a title closing its sentence after the verb ("…, acrescentou o porta-voz.") is the bound
  person speaking, so "“…”, afirmou." after it is theirs, not the sentence's subject before the comma;
* a name set between commas after a long title closes the apposition before the verb's auxiliary too ("Il
  portavoce del Consiglio … della Casa Bianca, John Kirby, ha detto"): he is the subject who spoke;
* a name after a later "that" ("“…”, ha spiegato, aggiungendo però che gli Stati Uniti …") is that clause's subject,
  not the inverted subject of the verb: the verb's subject is left out (the United States had spoken);
* a bare definite spokesperson ("afirmó el portavoz") is the one person the article names whose registered office is
  a spokesperson's (Peskov), not whoever spoke last (Lavrov, a minister);
* "el portavoz de Zelenski, X" (a person's own spokesman) binds no "el portavoz del Kremlin": that is Peskov's
  registered office, not X;
* an epicene title takes its article's gender ("escreveu a porta-voz": no Peskov);
* Italian "dell'" is a preposition: "un funzionario dell'amministrazione americana" is an unnamed official, not an
  institution named "Funzionario dell'amministrazione";
* an agency dateline's month in capitals after the day ("(ANSA) - MOSCA, 03 MAG -") is a date, not an organisation
  "MAG" (Italian gains the abbreviations ANSA writes, not "set").
"""

from __future__ import annotations

import pytest

from tests.unit.test_registry_quotes_incident import dated
from wirestream.services.enrich.entities.logic import enrich


def speakers(toolkit, text: str, lang: str) -> list[str | None]:
    return [q.speaker for q in enrich(dated(text, lang), toolkit).quotes]


def entities(toolkit, text: str, lang: str) -> list[tuple[str, str]]:
    return [(e.label, e.name) for e in enrich(dated(text, lang), toolkit).entities]


# 1. no inverted subject past "that" -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            'El portavoz, Dmitri Peskov, aseguró que Putin no estaba herido. "Su agenda no ha cambiado", afirmó.',
            "es",
        ),
        (
            'O porta-voz do Kremlin, Dmitri Peskov, garantiu que Putin não ficou ferido. "A agenda dele não mudou", '
            "afirmou.",
            "pt",
        ),
    ],
)
def test_name_after_verb_and_that_is_no_inverted_subject(toolkit, text: str, lang: str) -> None:
    assert speakers(toolkit, text, lang) == ["Dmitry Peskov"]


def test_inverted_name_closing_the_sentence_still_spoke(toolkit) -> None:
    text = 'Putin no estaba herido, aseguró Peskov. "Su agenda no ha cambiado", afirmó.'
    assert speakers(toolkit, text, "es") == ["Dmitry Peskov"]


# 2. a title closing its sentence after the verb spoke --------------------------------------------------------------


def test_title_after_closing_verb_spoke(toolkit) -> None:
    text = (
        "O porta-voz do Kremlin, Dmitri Peskov, falou aos jornalistas. Putin encontrava-se na residência de "
        'Novo-Ogariovo, acrescentou o porta-voz. "A agenda dele não mudou", afirmou.'
    )
    assert speakers(toolkit, text, "pt") == ["Dmitry Peskov"]


def test_name_after_closing_verb_still_spoke(toolkit) -> None:
    text = (
        "O porta-voz do Kremlin, Dmitri Peskov, falou aos jornalistas. Putin encontrava-se na residência de "
        'Novo-Ogariovo, acrescentou Peskov. "A agenda dele não mudou", afirmou.'
    )
    assert speakers(toolkit, text, "pt") == ["Dmitry Peskov"]


# 3. and 4. an apposition before an auxiliary; a name after a later "that" ------------------------------------------

_KIRBY = (
    "Il portavoce del Consiglio per la sicurezza nazionale della Casa Bianca, John Kirby, ha detto di non sapere cosa "
    "sia successo. "
)


def test_apposition_before_auxiliary_and_name_after_later_that(toolkit) -> None:
    text = _KIRBY + '"Non lo sappiamo", ha spiegato, aggiungendo però che gli Stati Uniti non c\'entrano.'
    assert speakers(toolkit, text, "it") == ["John Kirby"]


def test_name_right_after_the_verb_before_that_still_speaks(toolkit) -> None:
    text = '"Non lo sappiamo", ha spiegato Kirby, aggiungendo però che gli Stati Uniti non c\'entrano.'
    assert speakers(toolkit, text, "it") == ["John Kirby"]


# 5. a bare "the spokesman": the registered spokesperson, not the minister who spoke last ---------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            'El ministro Serguéi Lavrov dijo que Moscú responderá "con hechos concretos". El jueves, Peskov volvió a '
            'acusar a Washington. "Sabemos muy bien quién decide", afirmó el portavoz.',
            "es",
        ),
        (
            'O ministro Serguei Lavrov disse que Moscou vai responder "com ações concretas". Nesta quinta-feira, '
            'Peskov voltou a acusar Washington. "Sabemos muito bem quem decide", afirmou o porta-voz.',
            "pt",
        ),
    ],
)
def test_bare_spokesman_is_the_registered_one_not_the_last_speaker(toolkit, text: str, lang: str) -> None:
    assert speakers(toolkit, text, lang)[-1] == "Dmitry Peskov"


def test_bare_spokesman_bound_in_the_article_keeps_its_holder(toolkit) -> None:
    # the role bound to someone: the registered office decides nothing (another spokesperson named: unsure, as before)
    text = (
        'La portavoz del ministerio, Ana Gómez, dijo que "no hay cambios". Lavrov no habló. "Sabemos muy bien '
        'quién decide", afirmó la portavoz.'
    )
    assert speakers(toolkit, text, "es")[-1] == "Ana Gómez"


# 6. a person's own spokesman is no body's ------------------------------------------------------------------------

_NIKIFOROV = 'El portavoz de Zelenski, Serhii Nikiforov, afirmó a la agencia Ukrinform que Kiev "no sabe nada". '


def test_person_owned_title_binds_no_body_title(toolkit) -> None:
    text = _NIKIFOROV + '"La decisión corresponde al presidente", dijo el portavoz del Kremlin, en alusión a Peskov.'
    assert speakers(toolkit, text, "es")[-1] == "Dmitry Peskov"


def test_person_owned_title_keeps_its_own_binding(toolkit) -> None:
    text = _NIKIFOROV + '"La decisión corresponde al presidente", dijo el portavoz de Zelenski.'
    assert speakers(toolkit, text, "es")[-1] == "Serhii Nikiforov"


# 7. an epicene title's article tells its gender -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ('Dmitri Peskov garantiu que Putin não ficou ferido. "Kiev não teria feito isto", escreveu a porta-voz.', "pt"),
        ('Dmitri Peskov aseguró que Putin no resultó herido. "Kiev no lo habría hecho", escribió la portavoz.', "es"),
    ],
)
def test_feminine_article_before_epicene_title_is_no_man(toolkit, text: str, lang: str) -> None:
    assert speakers(toolkit, text, lang) == [None]


def test_masculine_article_before_epicene_title_keeps_the_man(toolkit) -> None:
    text = 'Dmitri Peskov garantiu que Putin não ficou ferido. "Kiev não teria feito isto", escreveu o porta-voz.'
    assert speakers(toolkit, text, "pt") == ["Dmitry Peskov"]


# 8. Italian "dell'" --------------------------------------------------------------------------------------------------


def test_italian_official_of_the_administration_is_unnamed(toolkit) -> None:
    text = '"Non abbiamo modo di verificare queste affermazioni", ha spiegato un funzionario dell\'amministrazione Usa.'
    assert speakers(toolkit, text, "it") == [None]


def test_italian_spokesman_of_the_administration_keeps_his_name(toolkit) -> None:
    text = '"Non abbiamo modo di verificare", ha spiegato il portavoce dell\'amministrazione, John Kirby.'
    assert speakers(toolkit, text, "it") == ["John Kirby"]


# 9. an agency dateline's month ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "(ANSA) - MOSCA, 03 MAG - Il Cremlino ha accusato l'Ucraina di aver tentato di colpire Putin.",
        "(ANSA) - ROMA, 12 GIU - Il governo ha deciso di convocare l'ambasciatore russo.",
    ],
)
def test_italian_dateline_month_is_no_organisation(toolkit, text: str) -> None:
    assert not any(name in ("MAG", "GIU") for _, name in entities(toolkit, text, "it"))


def test_dateline_place_before_the_day_is_still_read(toolkit) -> None:
    text = "MOSCA, 3 MAG - Il Cremlino ha accusato l'Ucraina di aver tentato di colpire Putin."
    assert ("GPE", "Moscow") in entities(toolkit, text, "it")
