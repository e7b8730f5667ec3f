"""Quote speakers in languages other than English, round s44's construction sweep: one self-written passage per
construction that failed on 309bc59, and a near miss for each that keeps the reading it had there.

1. (Italian, ``next_owned``) the sentence after a quote calls it someone's words: "“…”. È l'allarme del direttore
   generale della Croce Rossa, Marco Bellini.", "È l'appello di Marco Bellini.": the owner named right after the
   words said it (a title's owner: the name set with the title). No one named there ("È l'allarme più grave degli
   ultimi anni"), an unnamed owner ("di un medico"): no speaker from it.
2. (French, and any language whose "of" follows the noun) a sentence opening "Le cri de colère de Marc Dubois résonne
   …" is about Marc Dubois, as "Marc Dubois's outcry" is in English: a pronoun cue after it ("raconte-t-il", "Il
   concède que …") is his; not "L'avocat de Marc Dubois" (a person's noun: the lawyer) nor a name a preposition
   follows. A picture's caption ending in a credit after "©" ("… à Bordeaux. © J.D") introduces no one, as one ending
   in an agency did; a "©" inside a paragraph makes no caption.
3. (a language that leaves its subject out) "“…”, señaló el ministro. [background paragraphs naming no subject] “…”,
   añadió.": with no one in the paragraphs a pronoun looks back over, the person who spoke last, when no other
   subject (a person, a body, someone unnamed: "Un vecino del barrio …") has come since, and only for a verb after the
   quote (not "citando una nota in cui si afferma che “…”").
"""

from __future__ import annotations

import pytest

from tests.unit.test_registry_quotes_incident import dated
from wirestream.services.enrich.entities.logic import enrich


def product(toolkit, text: str, lang: str) -> list[str | None]:
    """The speakers the whole product gives a passage (recognisers and the registry included)."""
    return [q.speaker for q in enrich(dated(text, lang), toolkit).quotes]


# 1. "È l'allarme di X" after a quote ------------------------------------------------------------------------------

_IT_LEAD = 'La situazione negli ospedali peggiora di ora in ora. "Il carburante sta finendo e i pazienti aumentano". '


@pytest.mark.parametrize(
    "after",
    [
        "È l'allarme del direttore generale della Croce Rossa, Marco Bellini. I medici chiedono aiuto.",
        "È l'appello di Marco Bellini, direttore della Croce Rossa. I medici chiedono aiuto.",
        "È il monito del presidente della Croce Rossa (Cri), Marco Bellini. I medici chiedono aiuto.",
    ],
)
def test_a_sentence_calling_the_quote_someones_words_names_its_speaker(toolkit, after) -> None:
    assert product(toolkit, _IT_LEAD + after, "it") == ["Marco Bellini"]


@pytest.mark.parametrize(
    "after",
    [
        "È l'allarme più grave degli ultimi anni. I medici chiedono aiuto.",  # no owner: nobody
        "È la denuncia di un medico dell'ospedale. I medici chiedono aiuto.",  # an unnamed owner: nobody
    ],
)
def test_words_of_no_one_named_give_no_speaker(toolkit, after) -> None:
    text = "Marco Bellini dirige la Croce Rossa e Anna Rossi l'ospedale. " + _IT_LEAD + after
    assert product(toolkit, text, "it") == [None]


# 2. French: a pronoun cue after a sentence about "le N de X", past a photo's credit --------------------------------

_FR_OWNER = (
    "Le cri de colère de Marc Dubois résonne dans la salle des fêtes. Il a compilé des centaines de témoignages."
)


def test_a_pronoun_cue_goes_back_to_the_owner_of_the_subject(toolkit) -> None:
    # "Le cri de colère de Marc Dubois" was no subject: the pronouns after it had no one
    text = (
        _FR_OWNER + "\n\n« Tout est parti d’un coup, sans réfléchir », raconte-t-il. Il concède que désormais, « le "
        "sujet est abordé partout »."
    )
    assert product(toolkit, text, "fr") == ["Marc Dubois", "Marc Dubois"]


def test_a_photo_credit_after_the_copyright_sign_is_a_caption(toolkit) -> None:
    # a caption ending "© J.D" (no agency) read as a paragraph: the person it shows stood between the pronoun and
    # its subject
    text = (
        "Marc Dubois a crié sa colère dans la salle des fêtes. Il a compilé des centaines de témoignages.\n\nPaul "
        "Martin montre sa main blessée, le 1er décembre à Bordeaux. © J.D\n\n« Tout est parti d’un coup, sans "
        "réfléchir », raconte-t-il."
    )
    assert product(toolkit, text, "fr") == ["Marc Dubois"]


@pytest.mark.parametrize(
    "opening",
    [
        # a person's noun: the lawyer is the subject, unnamed
        "L'avocat de Marc Dubois résonne de colère dans la salle des fêtes.",
        # the name, then a preposition: no verb after it, no sentence about him
        "Le livre de Marc Dubois sur la guerre trône dans la salle des fêtes.",
    ],
)
def test_a_person_noun_or_a_longer_phrase_makes_no_owner_the_subject(toolkit, opening) -> None:
    text = opening + " Il a compilé des centaines de témoignages.\n\n« Tout est parti d’un coup », raconte-t-il."
    assert product(toolkit, text, "fr") == [None]


def test_a_copyright_sign_inside_a_paragraph_is_no_caption(toolkit) -> None:
    text = (
        "Marc Dubois a crié sa colère dans la salle des fêtes.\n\nPaul Martin signe chaque photo du sigle ©, puis de ses "
        "initiales et de la date du jour.\n\n« Tout est parti d’un coup, sans réfléchir », raconte-t-il."
    )
    assert product(toolkit, text, "fr") == ["Paul Martin"]


# 3. Spanish: a left-out subject after background paragraphs ------------------------------------------------------

_ES_QUOTE = "El ministro Pedro Gómez habló ayer en Madrid. “No vamos a subir los impuestos”, señaló el ministro.\n\n"
_ES_ADDED = "\n\n“Tenemos que empezar por el principio y abrir un canal con la policía vecina”, añadió."


def test_a_left_out_subject_past_background_is_the_last_speakers(toolkit) -> None:
    # the background named no subject, but pushed the minister out of the paragraphs a pronoun looks back over
    text = (
        _ES_QUOTE + "La investigación de un diario reveló que varios coches robados llegaron a manos del coronel Juan "
        "Ruiz, quien está detenido.\n\nTambién puede leer: Nuevas medidas contra el robo de coches" + _ES_ADDED
    )
    assert product(toolkit, text, "es") == ["Pedro Gómez", "Pedro Gómez"]


def test_a_left_out_subject_past_someone_unnamed_stays_unattributed(toolkit) -> None:
    text = (
        _ES_QUOTE + "Un vecino del barrio abrió ayer una investigación propia sobre los coches.\n\nTambién puede leer: "
        "Nuevas medidas contra el robo de coches" + _ES_ADDED
    )
    assert product(toolkit, text, "es") == ["Pedro Gómez", None]


def test_a_left_out_subject_before_the_quote_stays_unattributed(toolkit) -> None:
    # an impersonal verb of a note before the quote ("in cui si afferma che"): not the last speaker's words
    text = (
        '"Non tratteremo con nessuno", ha detto ieri Marco Bellini ai giornalisti.\n\nI ribelli hanno colpito due basi '
        "militari nella notte.\n\nDroni contro le basi\n\nLo riferisce la televisione locale, citando una nota in cui si "
        'afferma che i droni hanno "colpito i loro obiettivi con precisione".'
    )
    assert product(toolkit, text, "it") == ["Marco Bellini", None]
