"""Italian papers write the United States "Usa" (title case, not "USA"): a country, never a person's name.

Before, "ambasciatore Usa" read "Usa" as the ambassador's surname, so "ha detto l'ambasciatore" later gave the speaker
"Usa" (a wrong speaker on a real Italian live blog of the development set).
"""

from __future__ import annotations

from tests.unit.test_registry_quotes_incident import dated
from wirestream.services.enrich.entities.logic import enrich

PASSAGE = (
    "Il nuovo ambasciatore Usa in Israele, Mario Lentini, è arrivato ieri a Gerusalemme.\n\n"
    "“Quello di Jabalia non è solo un campo profughi ma anche un centro militare”, ha detto l'ambasciatore."
)


def test_usa_is_the_united_states(toolkit) -> None:
    places = {e.name: [m.text for m in e.mentions] for e in enrich(dated(PASSAGE, "it"), toolkit).entities}
    assert places.get("United States") == ["Usa"]


def test_a_title_before_usa_gives_no_speaker_named_usa(toolkit) -> None:
    assert [q.speaker for q in enrich(dated(PASSAGE, "it"), toolkit).quotes] != ["Usa"]


def test_usa_as_a_country_after_a_verb_stays_a_place(toolkit) -> None:
    text = "Secondo le stime degli Usa, il gruppo trattiene molti ostaggi nella Striscia."
    labels = {e.name: e.label for e in enrich(dated(text, "it"), toolkit).entities}
    assert labels.get("United States") == "GPE"
