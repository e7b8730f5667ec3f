"""English places (round s45, from the development misses of places read as organisations and of wrong places),
through the full product, each on a short self-written passage: a one-word town the gazetteer knows by no trusted
name that the text places by a journey's words and an aside ("go back to, say, Ledbury") or by a country's short form
after a comma ("Wimborne, UK"), which the frames' last pass had turned back into an organisation; a known city before
a facility's noun ("the ICE Laredo facility", "its Reno warehouse"); an unknown town before its state's closed
apposition ("the San Marcelo, Arizona, ... facility"); a town of two words the model cut before its state ("Chula
Vista, California,"); a newspaper's title with a city in it ("The Hollywood Reporter", "The Boston Globe"); a firm's
short name ("Bastion" of "Bastion Capital Group"); an award's name before its noun ("a Critics Circle award"). Each
with a near miss that keeps its old reading (a firm named like a city before its plant, a firm before a state, a whole
town before its state, a city beside a newspaper's title, a city opening a firm's name, a city before a prize)."""

from __future__ import annotations

from tests.unit.test_registry_quotes_incident import dated
from wirestream.services.enrich.entities.logic import enrich


def labelled(toolkit, text: str) -> dict[str | None, str]:
    article = enrich(dated(text, "en"), toolkit)
    return {e.name: e.label for e in article.entities}


def test_a_small_town_after_a_journey_and_an_aside_stays_a_place(toolkit) -> None:
    text = "Many young workers would rather stay in the city than go back to, say, Ledbury."
    assert labelled(toolkit, text).get("Ledbury") == "GPE"


def test_an_unknown_town_before_a_countrys_short_form_stays_a_place(toolkit) -> None:
    assert labelled(toolkit, "Officials visited Wimborne, UK on Friday.").get("Wimborne") == "GPE"
    text = "Italy's Leonardo will supply radars, and Wimborne, UK's Cobham will supply pumps."
    assert labelled(toolkit, text).get("Wimborne") == "GPE"


def test_a_firm_before_a_countrys_possessive_apposition_is_no_place(toolkit) -> None:
    assert labelled(toolkit, "Zentara, UK's biggest lender, cut rates on Friday.").get("Zentara") == "ORG"


def test_a_known_city_before_a_facility_noun_is_the_place(toolkit) -> None:
    found = labelled(toolkit, "An outbreak at the ICE Laredo facility halted transfers.")
    assert found.get("Laredo") == "GPE"
    assert labelled(toolkit, "The company said its Reno warehouse would close.").get("Reno") == "GPE"


def test_a_firm_named_like_a_city_before_a_facility_noun_stays_a_firm(toolkit) -> None:
    assert labelled(toolkit, "Workers at the Toyota plant walked out.").get("Toyota") == "ORG"
    assert labelled(toolkit, "Engineers at the Nokia factory were laid off.").get("Nokia") == "ORG"


def test_an_unknown_town_before_its_state_in_an_apposition_is_a_place(toolkit) -> None:
    text = "Volunteers offered free vaccines at the San Marcelo, Arizona, immigration processing facility."
    assert labelled(toolkit, text).get("San Marcelo") == "GPE"


def test_a_firm_before_a_state_stays_a_firm(toolkit) -> None:
    assert labelled(toolkit, "Analysts at Zentrix Capital, New York, said so.").get("Zentrix Capital") == "ORG"


def test_a_firm_before_a_states_possessive_apposition_is_no_place(toolkit) -> None:
    assert labelled(toolkit, "Zentrix, California's biggest chipmaker, cut jobs.").get("Zentrix") == "ORG"


def test_a_newspapers_title_with_a_city_is_no_place_nor_person(toolkit) -> None:
    text = "“It runs in the cloud,” Dana Reyes, head of games at Google, tells The Hollywood Reporter."
    found = labelled(toolkit, text)
    assert "Hollywood" not in found
    assert found.get("Hollywood Reporter") == "ORG"
    assert labelled(toolkit, "The coach told The Boston Globe he was staying.").get("Boston Globe") == "ORG"


def test_a_city_beside_a_newspapers_title_stays_a_place(toolkit) -> None:
    found = labelled(toolkit, "Fans in Boston cheered. The Boston Post closed in 1956.")
    assert found.get("Boston") == "GPE"
    assert found.get("Boston Post") == "ORG"


def test_a_firms_short_name_is_no_place(toolkit) -> None:
    text = (
        "The merger will enrich Bastion Capital Group, a buyout firm. Investors were glad to be rid of Bastion, "
        "and funds like Bastion and Alden profit."
    )
    assert labelled(toolkit, text).get("Bastion") == "ORG"


def test_a_city_that_opens_a_firms_name_stays_a_place(toolkit) -> None:
    found = labelled(toolkit, "Sydney Holdings Ltd opened an office in Sydney.")
    assert found.get("Sydney") == "GPE"
    assert found.get("Sydney Holdings Ltd") == "ORG"


def test_a_town_of_two_words_the_model_cut_before_its_state_is_the_whole_town(toolkit) -> None:
    text = "Nurses visited the Chula Vista, California, Border Patrol station on Tuesday."
    found = labelled(toolkit, text)
    assert found.get("Chula Vista") == "GPE"
    assert "Vista" not in found


def test_a_whole_town_before_its_state_stays_as_found(toolkit) -> None:
    found = labelled(toolkit, "Flights from Grand Rapids, Michigan, resumed on Monday.")
    assert found.get("Grand Rapids") == "GPE"
    assert found.get("Michigan") == "GPE"


def test_an_unknown_name_before_an_awards_noun_is_no_place(toolkit) -> None:
    found = labelled(toolkit, "His rival won a Critics Circle award last week.")
    assert found.get("Critics Circle") not in ("GPE", "LOC")


def test_a_known_city_before_an_awards_noun_stays_a_place(toolkit) -> None:
    assert labelled(toolkit, "The Toronto prize went to a young poet.").get("Toronto") == "GPE"
