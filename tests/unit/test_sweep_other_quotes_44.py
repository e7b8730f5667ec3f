"""Quote speakers in languages other than English, round s44's construction sweep: one self-written passage per
construction that failed on 309bc59, and a near miss for each that keeps the reading it had there.

1. (Italian, ``next_owned``) the sentence after a quote calls it someone's words: "“…”. È l'allarme del direttore
   generale della Croce Rossa, Marco Bellini.", "È l'appello di Marco Bellini.": the owner named right after the
   words said it (a title's owner: the name set with the title). No one named there ("È l'allarme più grave degli
   ultimi anni"), an unnamed owner ("di un medico"): no speaker from it.
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
