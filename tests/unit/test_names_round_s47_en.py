"""English people and places the product misread on round s47's fresh pages (tests/entities/round_s47_en.txt), each
on a short self-written passage through the full product: a place's name before the kind of pepper or vegetable named
after it ("a Fresno chile") is the produce, no place; a state's abbreviation standing alone, after no town and its
comma ("The Golf Biz Miss. Attorney"), is no place; a given name a model read as a people's adjective right after an
occupation ("quarterback Christian Ponder") opens that person's name; a given name and a surname a model read as a
place in a numbered list ("9. Trent Reznor") are the person. Each with a near miss that keeps its old reading (the
town named on its own, a town and its state's abbreviation, "Christian" as the adjective, places named like people)."""

from __future__ import annotations

from tests.unit.test_registry_quotes_incident import dated
from wirestream.services.enrich.entities.logic import enrich


def entities(toolkit, text: str) -> dict[str, str]:
    """Every mention's text and its entity's label."""
    article = enrich(dated(text, "en"), toolkit)
    return {m.text: e.label for e in article.entities for m in e.mentions}


PLACES = frozenset({"GPE", "LOC", "FAC"})


def test_a_place_name_before_a_pepper_is_the_pepper(toolkit) -> None:
    text = "Slice one Fresno chile and fry it with two Anaheim peppers and a little garlic."
    found = entities(toolkit, text)
    assert found.get("Fresno") not in PLACES
    assert found.get("Anaheim") not in PLACES


def test_the_town_named_on_its_own_stays_a_place(toolkit) -> None:
    text = "She moved to Fresno last year, and her chile farm is now the largest in the county."
    assert entities(toolkit, text).get("Fresno") in PLACES


def test_a_state_abbreviation_after_no_town_is_no_place(toolkit) -> None:
    text = (
        "5. Dana Holt\n\nThe Golf Biz Miss. Attorney, Golf Business Analyst, Author. You can find her columns on ESPN."
    )
    assert entities(toolkit, text).get("Miss.") not in PLACES


def test_a_town_and_its_state_abbreviation_stay_places(toolkit) -> None:
    text = "The pastor grew up in Tupelo, Miss., and moved to Memphis in 1990."
    found = entities(toolkit, text)
    assert found.get("Tupelo") in PLACES
    assert found.get("Miss.", "GPE") in PLACES


def test_a_given_name_after_an_occupation_opens_the_person(toolkit) -> None:
    text = "Dana Holt is married to NFL quarterback Christian Ponder and lives near the team's stadium."
    assert entities(toolkit, text).get("Christian Ponder") == "PERSON"


def test_christian_as_an_adjective_after_an_occupation_stays_no_person(toolkit) -> None:
    text = "He was a quarterback Christian groups admired, and the Christian Democrats praised him on Monday."
    found = entities(toolkit, text)
    assert found.get("Christian") != "PERSON"
    assert found.get("Christian Democrats") != "PERSON"


def test_a_given_name_and_surname_read_as_a_place_is_the_person(toolkit) -> None:
    text = "The readers' poll, in order:\n\n7. Eddie Vedder\n\n8. James Hetfield\n\n9. Trent Reznor\n\n10. Layne Staley"
    assert entities(toolkit, text).get("Trent Reznor") == "PERSON"


def test_a_place_named_like_a_person_stays_a_place(toolkit) -> None:
    text = "Floods hit Virginia Beach and Jackson Hole, and the roads to Allen Park were closed."
    found = entities(toolkit, text)
    assert found.get("Jackson Hole") in PLACES
    assert found.get("Allen Park") in PLACES


def test_a_place_whose_second_word_is_a_place_stays_a_place(toolkit) -> None:
    text = "Aid trucks waited for hours. The Wadi Gaza was flooded, officials said on Monday."
    assert entities(toolkit, text).get("Wadi Gaza") != "PERSON"


ROUND_UP = (
    "GIRLS BASKETBALL\n\nLakeside d. Hillcrest 61-40\n\nLakeside 18 15 12 16 — 61\n\n"
    "Lakeside (2-1): Harwell 21 points. Dobson 12 points. Pruitt 8 points. Marcy Lind 6 rebounds.\n\n"
    "Hillcrest (0-2): Okafor 15 points. Tess Varga 9 points."
)


def test_a_scorer_in_a_round_up_line_is_a_person(toolkit) -> None:
    found = entities(toolkit, ROUND_UP)
    assert found.get("Harwell") == "PERSON"
    assert found.get("Pruitt") == "PERSON"
    assert found.get("Okafor") == "PERSON"


def test_a_team_line_and_a_word_before_points_stay_no_person(toolkit) -> None:
    found = entities(toolkit, ROUND_UP + "\n\nTotal 101 points were scored, a season's best total.")
    assert found.get("Lakeside") != "PERSON"
    assert found.get("Hillcrest") != "PERSON"
    assert found.get("Total") != "PERSON"
