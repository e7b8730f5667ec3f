"""English names a model read as people that are products, firms, storms or an index, and towns it missed (round s45,
from the development misses of those kinds), through the full product, each on a short self-written passage: a
product's model word after its brand or line ("XS Max"); a firm the text calls one (an apposition "Dalton, a Texas
oilfield services company", its possessive before its ticker or its results, its analyst); a storm's name written
alone after the storm's word named it ("Hurricane Michael ... Michael"); a one-word name before an index's number
("the Morgan 300 Index"); a name ending in a company's word ("Kelvar Robotics"); a town after a journey's word and an
aside with no comma before it ("go back to say, Ashburton"); a town named like a territory before its state, cut from
a body's name ("the Tidewater Yard of Norfolk, Virginia"). Each with a near miss that keeps its old reading (a person
so named, a person an apposition ties to a company, a person named like the storm, a surname before a number, a label
after the aside, a person named like the town, a person listed beside a company)."""

from __future__ import annotations

from tests.unit.test_registry_quotes_incident import dated
from wirestream.services.enrich.entities.logic import enrich


def labelled(toolkit, text: str) -> dict[str | None, str]:
    article = enrich(dated(text, "en"), toolkit)
    return {e.name: e.label for e in article.entities}


def test_a_model_word_after_a_line_makes_a_product(toolkit) -> None:
    text = "The update works on the new iPhone Mini and XS Max handsets only."
    assert labelled(toolkit, text).get("XS Max") != "PERSON"


def test_a_person_named_with_a_model_word_stays_a_person(toolkit) -> None:
    text = "Critics said Jessica Max gave the best performance of the night."
    assert labelled(toolkit, text).get("Jessica Max") == "PERSON"


def test_a_name_an_apposition_calls_a_company_is_no_person(toolkit) -> None:
    text = "The fund bought Dalton, a Texas oilfield services company, in March."
    assert labelled(toolkit, text).get("Dalton") == "ORG"


def test_a_person_whose_apposition_names_a_company_stays_a_person(toolkit) -> None:
    text = "Dana Brill, a former tech company executive, said the plan was sound. Brill declined to elaborate."
    assert labelled(toolkit, text).get("Dana Brill") == "PERSON"


def test_a_storms_name_alone_is_no_person(toolkit) -> None:
    text = "Hurricane Michael flattened the coast in 2018. Two years on, Michael still tops the list of the costliest storms."
    assert labelled(toolkit, text).get("Michael") != "PERSON"


def test_a_typhoons_name_alone_is_no_person(toolkit) -> None:
    text = "A typhoon is coming. Typhoon Gerald hit the islands on Sunday. By Monday Gerald had weakened."
    assert labelled(toolkit, text).get("Gerald") != "PERSON"


def test_a_person_named_like_the_storm_stays_a_person(toolkit) -> None:
    text = "Hurricane Michael flattened the coast in 2018. Michael Reed, the county manager, said claims were paid."
    assert labelled(toolkit, text).get("Michael Reed") == "PERSON"


def test_a_possessive_before_its_ticker_is_a_firm(toolkit) -> None:
    text = "Mall tenants struggled. Hadley’s (HDL) slid 2% in early trade."
    assert labelled(toolkit, text).get("Hadley") == "ORG"


def test_a_possessive_before_its_results_is_a_firm(toolkit) -> None:
    text = "Shares of the chain fell. Walsh's reported earnings on Wednesday."
    assert labelled(toolkit, text).get("Walsh") == "ORG"


def test_a_persons_possessive_before_letters_stays_a_person(toolkit) -> None:
    text = "Mall tenants struggled. Dana Hadley’s (HDL) shop closed."
    assert labelled(toolkit, text).get("Dana Hadley") == "PERSON"


def test_a_firm_before_its_analyst_is_no_person(toolkit) -> None:
    text = "Halvorsen Brooks analyst Mira Tamm cut her target on the stock."
    assert labelled(toolkit, text).get("Halvorsen Brooks") == "ORG"


def test_a_politician_before_his_strategist_stays_a_person(toolkit) -> None:
    text = "Trump strategist Steve Bannon spoke at the rally. Trump said he was pleased."
    assert labelled(toolkit, text).get("Donald Trump") == "PERSON"


def test_a_town_after_a_journey_and_an_aside_without_its_first_comma_is_a_place(toolkit) -> None:
    text = "Most of the farmers would sooner stay put than go back to say, Ashburton."
    assert labelled(toolkit, text).get("Ashburton") == "GPE"


def test_a_label_after_a_journey_and_an_aside_without_its_first_comma_stays_unplaced(toolkit) -> None:
    text = "The band is not returning to say, Parlophone Records after the tour."
    assert labelled(toolkit, text).get("Parlophone Records") != "GPE"


def test_a_name_before_an_index_number_is_no_person(toolkit) -> None:
    text = "Traders watched as the Morgan 300 Index sank."
    assert labelled(toolkit, text).get("Morgan") != "PERSON"


def test_a_surname_before_a_number_and_another_noun_stays_a_person(toolkit) -> None:
    text = "Support for Mayor Rita Vargas held firm. Vargas 2000 rallies drew big crowds."
    assert labelled(toolkit, text).get("Rita Vargas") == "PERSON"


def test_a_town_named_like_a_territory_before_its_state_is_cut_from_a_body(toolkit) -> None:
    text = "Ships are repaired at the Tidewater Yard of Norfolk, Virginia, the firm said."
    assert labelled(toolkit, text).get("Norfolk") == "GPE"


def test_a_person_named_like_the_town_before_a_state_word_stays_a_person(toolkit) -> None:
    text = "Ann Norfolk, Virginia Tech's coach, said the team was ready."
    assert labelled(toolkit, text).get("Ann Norfolk") == "PERSON"


def test_a_name_ending_in_a_companys_word_is_no_person(toolkit) -> None:
    text = "Five firms, among them Ortan Space Systems and Kelvar Robotics, won contracts."
    assert labelled(toolkit, text).get("Kelvar Robotics") == "ORG"


def test_a_person_listed_beside_such_a_company_stays_a_person(toolkit) -> None:
    text = "Among the winners were Kelvar Robotics and Dana Whitlow, who founded it."
    assert labelled(toolkit, text).get("Dana Whitlow") == "PERSON"
