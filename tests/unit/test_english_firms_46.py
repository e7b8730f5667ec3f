"""English firms named like people (spaCy sm calls "Freddie Mac", "Merrill Lynch", "Charles Schwab" people) that the
text itself marks as companies, through the full product, each on a short self-written passage with invented names:
the holding a shareholder has in it ("shares of X", "a stake in X"), and a name joined to such a firm by "and"; its
chief executive's title between it and a person ("X chief executive Tom Reyes"); an apposition calling it a bank or a
brokerage. Each with a near miss that keeps the person (a photo of a person, a person joined by a verb, a person who
is a firm's chief executive, a person an apposition calls a bank's employee)."""

from __future__ import annotations

from tests.unit.test_registry_quotes_incident import dated
from wirestream.services.enrich.entities.logic import enrich


def labelled(toolkit, text: str) -> dict[str | None, str]:
    article = enrich(dated(text, "en"), toolkit)
    return {e.name: e.label for e in article.entities}


def test_shares_of_a_name_make_it_a_firm(toolkit) -> None:
    text = "Shares of Dorian Wexley fell 8% on Monday after the lender cut its forecast."
    assert labelled(toolkit, text).get("Dorian Wexley") == "ORG"


def test_a_stake_in_a_name_makes_it_a_firm(toolkit) -> None:
    text = "The fund bought a 5% stake in Marla Finch last year and added to it in May."
    assert labelled(toolkit, text).get("Marla Finch") == "ORG"


def test_a_name_joined_to_a_firm_by_and_is_a_firm_too(toolkit) -> None:
    text = "Shares of Dorian Wexley and Marla Finch fell sharply as mortgage losses mounted."
    found = labelled(toolkit, text)
    assert found.get("Dorian Wexley") == "ORG"
    assert found.get("Marla Finch") == "ORG"


def test_a_person_after_a_photo_of_stays_a_person(toolkit) -> None:
    text = "A photo of Dorian Wexley shows him at the launch in May. Wexley said he was proud."
    assert labelled(toolkit, text).get("Dorian Wexley") == "PERSON"


def test_a_person_joined_by_a_verb_after_a_firm_stays_a_person(toolkit) -> None:
    text = "Shares of Dorian Wexley fell and Tom Reyes resigned as chairman on Friday."
    found = labelled(toolkit, text)
    assert found.get("Dorian Wexley") == "ORG"
    assert found.get("Tom Reyes") == "PERSON"


def test_a_chief_executive_after_a_name_makes_it_a_firm(toolkit) -> None:
    text = "Dorian Wexley chief executive Tom Reyes said the bank would cut 2,000 jobs."
    found = labelled(toolkit, text)
    assert found.get("Dorian Wexley") == "ORG"
    assert found.get("Tom Reyes") == "PERSON"


def test_a_firms_chief_executive_stays_a_person(toolkit) -> None:
    text = "Anna Kemp, chief executive of the lender, said the bank would cut 2,000 jobs."
    assert labelled(toolkit, text).get("Anna Kemp") == "PERSON"


def test_an_apposition_calling_a_name_a_brokerage_makes_it_a_firm(toolkit) -> None:
    text = "Marla Finch, the discount brokerage, said trading volumes doubled in March."
    assert labelled(toolkit, text).get("Marla Finch") == "ORG"


def test_a_person_an_apposition_calls_a_bank_teller_stays_a_person(toolkit) -> None:
    text = "Tom Reyes, a bank teller, said the vault was empty when he arrived."
    assert labelled(toolkit, text).get("Tom Reyes") == "PERSON"


def test_a_unit_glued_to_its_number_is_no_person(toolkit) -> None:
    text = "The 16-inch model ships with 512GB of flash storage, 32GB of RAM and a larger battery."
    assert "PERSON" not in labelled(toolkit, text).values()


def test_a_person_after_a_number_and_a_space_stays_a_person(toolkit) -> None:
    text = "In 2019 Tom Reyes won the race, and in 2020 Anna Kemp did."
    found = labelled(toolkit, text)
    assert found.get("Tom Reyes") == "PERSON"
    assert found.get("Anna Kemp") == "PERSON"


def test_a_model_named_like_a_person_after_the_new_is_a_product(toolkit) -> None:
    text = "Apple shares rose after the company unveiled the new Mac Pro and an updated iPod Touch on Tuesday."
    assert labelled(toolkit, text).get("Mac Pro") != "PERSON"


def test_a_person_named_with_a_model_word_after_a_verb_stays_a_person(toolkit) -> None:
    text = "Critics said Jessica Max gave the best performance of the night. Max thanked the cast."
    assert labelled(toolkit, text).get("Jessica Max") == "PERSON"
