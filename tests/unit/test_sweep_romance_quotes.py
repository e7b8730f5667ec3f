"""Romance-language quote speakers, round s43's construction sweep: one self-written passage per construction that
failed on 64d5bf3.

The round centred on a fronted "as" clause ("Come ha anticipato il portavoce …, X, Y “…”", "Como dijo X, …", "Comme
l'a expliqué X, …"): its speech verb's subject said the quote, not the main clause's subject after its comma; the same
clause opening the sentence after a quote names that quote's speaker (``next_as``, the German "Wie X sagte, …" of round
s42, read with the subject after the verb). Italian reads "anticipare" as a speech verb. A title bound to the name set
after it is that name's wherever it stands ("la portavoce del ministero russo, Anna Petrova"), and a title of one body
is not a person bound to the same role of another ("il portavoce del dipartimento di Stato" is not "la portavoce del
ministero"). Italian papers' "Usa" is the United States, never a speaker; opening a sentence it is the verb. Each
positive case failed on 64d5bf3; each near miss keeps the reading it had there.

Italian and Spanish inverted cues with a title before the name ("“…”, ha dichiarato il ministro degli Esteri X",
"“…”, afirmó el portavoz del Kremlin, X") were tried too and already gave the name on 64d5bf3: no test here.
"""

from __future__ import annotations

import pytest

from tests.unit.test_registry_quotes_incident import dated
from wirestream.services.enrich.entities.logic import enrich


def product(toolkit, text: str, lang: str) -> list[str | None]:
    """The speakers the whole product gives a passage (recognisers and the registry included)."""
    return [q.speaker for q in enrich(dated(text, lang), toolkit).quotes]


# 1. a fronted "as" clause names the speaker -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        # the main clause's subject after the comma had been the speaker
        (
            'Come ha detto il portavoce del ministero, Marco Bellini, Luca Rossi "vuole un aggiornamento sui piani".',
            "it",
            "Marco Bellini",
        ),
        ('Come ha detto ieri Marco Bellini, Luca Rossi "vuole un aggiornamento sui piani".', "it", "Marco Bellini"),
        (
            'Come riferisce il portavoce del ministero, Marco Bellini, Luca Rossi "vuole un aggiornamento sui piani".',
            "it",
            "Marco Bellini",
        ),
        (
            'Como dijo el portavoz del ministerio, Pedro Gómez, Pedro Sánchez "quiere una actualización de los planes".',
            "es",
            "Pedro Gómez",
        ),
        (
            'Según explicó el portavoz del ministerio, Pedro Gómez, Pedro Sánchez "quiere una actualización de los '
            'planes".',
            "es",
            "Pedro Gómez",
        ),
        (
            'Como disse o porta-voz do ministério, João Silva, António Costa "quer uma atualização dos planos".',
            "pt",
            "João Silva",
        ),
        (
            "Comme l'a expliqué hier le porte-parole du ministère, Jean Dupont, Macron « veut une mise à jour des "
            "plans ».",
            "fr",
            "Jean Dupont",
        ),
    ],
)
def test_the_subject_of_a_fronted_as_clause_is_the_speaker_not_the_main_clauses(toolkit, text, lang, speaker) -> None:
    assert product(toolkit, text, lang) == [speaker]


def test_come_ha_anticipato_reports_both_quotes_of_its_sentence(toolkit) -> None:
    # "anticipare" was no speech verb: the ranker gave both quotes to Luca Rossi, the main clause's subject
    text = (
        "Il ministro Luca Rossi parte oggi. Come ha anticipato ieri il portavoce del ministero, Marco Bellini, Rossi "
        '"vuole un aggiornamento sui piani" e "discutere delle nuove regole con gli alleati".'
    )
    assert product(toolkit, text, "it") == ["Marco Bellini", "Marco Bellini"]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        # no one had been read
        (
            '"Non intendiamo cedere alle pressioni". Come ha spiegato Marco Bellini, il governo resta fermo.',
            "it",
            "Marco Bellini",
        ),
        (
            '"No vamos a ceder ante las presiones". Como explicó Marta Ruiz, el Gobierno sigue firme.',
            "es",
            "Marta Ruiz",
        ),
        ('"Não vamos ceder às pressões". Como explicou João Silva, o governo continua firme.', "pt", "João Silva"),
        (
            "« Nous ne céderons pas aux pressions. » Comme l'a expliqué Jean Dupont, le gouvernement reste ferme.",
            "fr",
            "Jean Dupont",
        ),
    ],
)
def test_an_as_clause_opening_the_sentence_after_a_quote_names_its_speaker(toolkit, text, lang, speaker) -> None:
    assert product(toolkit, text, lang) == [speaker]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ('Come detto, il governo "non intende cedere alle pressioni".', "it", None),  # no subject: no one
        ('Como dijo, el Gobierno "no va a ceder ante las presiones".', "es", None),
        ("Comme prévu, le gouvernement « ne cédera pas aux pressions ».", "fr", None),
        # a comparison, not a clause of speech: the main clause's speaker
        ('Come Marco Bellini, anche Luca Rossi ha detto: "non intendiamo cedere alle pressioni".', "it", "Luca Rossi"),
        ('"Non intendiamo cedere alle pressioni". Come Marco Bellini, anche il governo resta fermo.', "it", None),
        # the main clause reports the quote with a verb of its own
        (
            'Come ha detto Marco Bellini, Luca Rossi ha aggiunto: "non intendiamo cedere alle pressioni".',
            "it",
            "Luca Rossi",
        ),
        # the role's holder, set between commas after the one whose role it is
        (
            'Come ha detto un consigliere di Zelensky, Mykhailo Podolyak, il governo "non intende cedere alle '
            'pressioni".',
            "it",
            "Mykhailo Podolyak",
        ),
    ],
)
def test_an_as_clause_with_no_speaker_or_a_comparison_changes_nothing(toolkit, text, lang, speaker) -> None:
    assert product(toolkit, text, lang) == [speaker]


# 2. a title bound where it stands ---------------------------------------------------------------------------------


def test_a_title_bound_to_the_name_after_it_is_that_names_not_an_earlier_holders(toolkit) -> None:
    # the left-out subject of "ha aggiunto" had been Marco Bellini, bound earlier to "il portavoce del dipartimento"
    text = (
        'Come ha detto il portavoce del dipartimento di Stato, Marco Bellini, Rossi "vuole un aggiornamento sui '
        'piani". Più tardi il quadro è cambiato. "La situazione continua a peggiorare ogni giorno". Lo ha detto la '
        'portavoce del ministero degli Esteri russo, Anna Petrova. "Le manovre militari hanno un effetto '
        'destabilizzante", ha aggiunto.'
    )
    assert product(toolkit, text, "it") == ["Marco Bellini", "Anna Petrova", "Anna Petrova"]


# 3. "Usa" -----------------------------------------------------------------------------------------------------------

USA = (
    "Il nuovo ambasciatore Usa in Italia, Mario Lentini, è arrivato ieri.\n\n"
    '"Quello non è solo un campo profughi ma anche un centro militare", ha detto l\'ambasciatore.'
)


def test_usa_is_the_united_states_and_no_speaker(toolkit) -> None:
    enriched = enrich(dated(USA, "it"), toolkit)
    places = {e.name: [m.text for m in e.mentions] for e in enriched.entities if e.label == "GPE"}
    assert places.get("United States") == ["Usa"]
    assert [q.speaker for q in enriched.quotes] == [None]  # had been "Usa", read as the ambassador's surname


@pytest.mark.parametrize(
    "text",
    [
        "Usa il telefono ogni giorno, ha spiegato Luca Rossi.",  # the verb opening a sentence
        "Usa spesso questa frase quando parla con i giornalisti.",
    ],
)
def test_usa_opening_a_sentence_is_the_verb_not_the_country(toolkit, text: str) -> None:
    names = {e.name for e in enrich(dated(text, "it"), toolkit).entities}
    assert "United States" not in names


# the round's rules stay linear ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("unit", "lang"),
    [
        ('Come ha detto il portavoce del ministero, Marco Bellini, Rossi "vuole un aggiornamento sui piani". ', "it"),
        ('"Non intendiamo cedere alle pressioni". Come ha spiegato Marco Bellini, il governo resta fermo. ', "it"),
        ("Comme l'a dit le porte-parole, le porte-parole, le porte-parole, ", "fr"),
        ("Come ha detto il portavoce del ministero, il portavoce del ministero, il portavoce, ", "it"),
    ],
)
def test_the_sweeps_rules_stay_fast_on_hostile_input(unit: str, lang: str) -> None:
    from tests.adversarial.timing import MAX_GROWTH, growth_ratio
    from tests.unit.test_quotes import speakers

    ratio = growth_ratio(
        lambda k: 'Bellini ha detto: "Non intendiamo cedere". ' + unit * k,
        lambda text: speakers(text, lang, Marco_Bellini="PERSON", Rossi="PERSON"),
        200,
    )
    assert ratio <= MAX_GROWTH, f"{ratio:.1f}x for 10x the quotes (linear is about 10)"
