"""English names a model labelled organisations (round s44, from the development misses of that kind), through the
full product, each on a short self-written passage: a small town the model read as a place once, with a town's part
after it ("a Forest Hill police captain"), placing its other mention read as a body; a town after a journey's words
and an aside ("moving to, say, Ashburton"); a surname owning a spouse, a child or a running mate ("Rondo's wife").
Each with a near miss that keeps its old reading (a company named like a town, a company's sister company)."""

from __future__ import annotations

from tests.unit.test_registry_quotes_incident import dated
from wirestream.services.enrich.entities.logic import enrich


def labelled(toolkit, text: str) -> dict[str | None, str]:
    article = enrich(dated(text, "en"), toolkit)
    return {e.name: e.label for e in article.entities}


def test_a_small_town_with_its_police_places_its_other_mention(toolkit) -> None:
    text = (
        "Detectives traced the runaway to a Forest Hill motel overnight. Before dawn, a Forest Hill police captain "
        "drove her home."
    )
    assert labelled(toolkit, text).get("Forest Hill") == "GPE"


def test_a_company_named_like_a_small_town_stays_a_company(toolkit) -> None:
    text = (
        "Investors cheered as Palmyra posted record profits. Palmyra, which makes garden tools, hired 40 staff in "
        "Palmyra last year."
    )
    assert labelled(toolkit, text).get("Palmyra") == "ORG"


def test_a_town_after_a_journey_and_an_aside_is_a_place(toolkit) -> None:
    text = "Few of the refugees plan on moving to, say, Ashburton this winter."
    assert labelled(toolkit, text).get("Ashburton") == "GPE"


def test_a_label_after_a_journey_and_an_aside_stays_unplaced(toolkit) -> None:
    text = "The band has no plans of moving to, say, Parlophone Records after the tour."
    assert labelled(toolkit, text).get("Parlophone Records") != "GPE"


def test_a_surname_owning_a_running_mate_is_a_person(toolkit) -> None:
    text = (
        "Rumours about the senator spread for months. Weeks before she became Biden's running mate, the posts "
        "surged again."
    )
    assert labelled(toolkit, text).get("Biden") == "PERSON"


def test_a_surname_owning_a_wife_is_a_person(toolkit) -> None:
    text = "Fans lined the street outside the arena. Rondo's wife waved from the balcony as the parade passed."
    assert labelled(toolkit, text).get("Rondo") == "PERSON"


def test_a_company_owning_a_sister_company_stays_a_company(toolkit) -> None:
    text = "Executives at Vireon met on Monday. Vireon's sister company will take over the plant."
    assert labelled(toolkit, text).get("Vireon") == "ORG"


def test_a_region_after_its_world_region_is_a_place(toolkit) -> None:
    text = "The ferry docks twice a week at a small island in the Caribbean West Indies, ringed by steep cliffs."
    assert labelled(toolkit, text).get("West Indies") in ("GPE", "LOC")


def test_a_world_regions_bank_stays_a_body(toolkit) -> None:
    text = "Loans from the Caribbean Development Bank helped rebuild the harbour after the storm."
    assert labelled(toolkit, text) == {"Caribbean Development Bank": "ORG"}
