"""English names the model misreads, fixed by their shape and frame (round s27): a plain "Given Surname" labelled an
organisation, a facility, a work or a product is a person when nothing frames it as something else."""

from __future__ import annotations

from wirestream.services.enrich.entities.correction import correct
from wirestream.services.enrich.entities.logic import RawEntity


def _at(text: str, span: str, label: str) -> RawEntity:
    start = text.index(span)
    return RawEntity(span, label, start, start + len(span))


def _labels(text: str, spans: list[tuple[str, str]], gazetteer) -> list[str]:
    return [e.label for e in correct([_at(text, s, lab) for s, lab in spans], text, "en", gazetteer)]


# --- a person pair misread -----------------------------------------------------------------------------------------


def test_a_given_name_and_surname_misread_is_a_person(toolkit):
    text = "Brad Marchand added three assists and Linus Ullmark stopped 22 shots."
    spans = [("Brad Marchand", "ORG"), ("Linus Ullmark", "FAC")]
    assert _labels(text, spans, toolkit.gazetteer) == ["PERSON", "PERSON"]


def test_a_misread_pair_with_a_common_surname_is_a_person(toolkit):
    text = "The father of Chris Pine’s captain was back."
    assert _labels(text, [("Chris Pine’s", "ORG")], toolkit.gazetteer) == ["PERSON"]


def test_a_pair_of_a_place_or_a_body_word_stays(toolkit):
    text = "They opened on Washington Avenue near Grace Church."
    spans = [("Washington Avenue", "FAC"), ("Grace Church", "ORG")]
    assert _labels(text, spans, toolkit.gazetteer) == ["FAC", "ORG"]


def test_a_pair_of_two_words_of_the_language_stays(toolkit):
    text = "She played records by Joy Division all night."
    assert _labels(text, [("Joy Division", "ORG")], toolkit.gazetteer) == ["ORG"]


def test_a_pair_framed_as_a_company_stays(toolkit):
    text = "The shares of Martin Marietta rose on Monday."
    assert _labels(text, [("Martin Marietta", "ORG")], toolkit.gazetteer) == ["ORG"]


# --- an abbreviation opening a place's name ------------------------------------------------------------------------


def test_the_gazetteer_reads_an_abbreviated_place_in_full(toolkit):
    place = toolkit.gazetteer.place_form("Ft. Lauderdale", "en")
    assert place is not None and place[1].name == "Fort Lauderdale"
    assert toolkit.gazetteer.place_form("St. Martin’s Press", "en") is None


def test_an_abbreviated_place_resolves_to_the_city_of_that_name(toolkit):
    gazetteer = toolkit.gazetteer
    louis = gazetteer.place_form("St. Louis", "en")  # the US city's own name, not Saint Louis of the Seychelles
    assert louis is not None and (louis[1].country_code, louis[1].kind) == ("US", "city")
    petersburg, worth = gazetteer.lookup("St. Petersburg"), gazetteer.lookup("Ft. Worth")
    assert petersburg is not None and petersburg.country_code == "RU"  # Saint Petersburg, the biggest of the name
    assert worth is not None and worth.name == "Fort Worth"
    assert gazetteer.lookup("St. Petersburg", ["US"]).country_code == "US"  # Florida's, in an article on the US


def test_an_abbreviated_place_the_model_missed_is_found(toolkit):
    from wirestream.services.enrich.entities.recovery import _abbreviated_places

    text = "She grew up on St. Croix in the islands."
    found = _abbreviated_places(text, [], "en", toolkit.gazetteer)
    assert [(e.text, e.label) for e in found] == [("St. Croix", "GPE")]


def test_an_abbreviated_name_inside_a_longer_name_or_found_stays(toolkit):
    from wirestream.services.enrich.entities.recovery import _abbreviated_places

    text = "It was published by St. Martin’s Press and sold in St. Croix."
    taken = [_at(text, "St. Croix", "GPE")]
    assert _abbreviated_places(text, taken, "en", toolkit.gazetteer) == []


# --- a name on a geographic feature ---------------------------------------------------------------------------------


def test_a_name_atop_or_on_the_slopes_of_is_a_place(toolkit):
    text = "A telescope atop Mauna Kea saw it; farms on the slopes of Kilimanjaro grew."
    spans = [("Mauna Kea", "PERSON"), ("Kilimanjaro", "ORG")]
    assert _labels(text, spans, toolkit.gazetteer) == ["LOC", "LOC"]


def test_an_institution_atop_a_name_or_a_person_elsewhere_stays(toolkit):
    text = "The flag atop Acme Corp flew while Mona Kealoha spoke."  # no cue before the person (no place's name)
    spans = [("Acme Corp", "ORG"), ("Mona Kealoha", "PERSON")]
    assert _labels(text, spans, toolkit.gazetteer) == ["ORG", "PERSON"]


# --- a surname that is also another name of a town ------------------------------------------------------------------


def test_a_given_name_before_a_family_name_that_names_a_town_is_a_person(toolkit):
    from wirestream.services.enrich.entities.recovery import _unfound_people

    text = "It was in the Peyton Manning record season."  # Manning: another name of a town (Wanning)
    found = _unfound_people(text, [], "en", toolkit.gazetteer)
    assert [(e.text, e.label) for e in found] == [("Peyton Manning", "PERSON")]


def test_a_given_name_before_a_region_or_a_big_city_stays_unread(toolkit):
    from wirestream.services.enrich.entities.recovery import _unfound_people

    text = "They drove from Jackson Mississippi and then from Jordan Houston."
    assert _unfound_people(text, [], "en", toolkit.gazetteer) == []


def test_a_states_name_before_a_word_of_the_language_stays(toolkit):
    text = "Fuel ran short in the Florida Keys after the storm."
    # no person; a state's name before a feature's head word is that feature (round s38: "Keys" heads islands)
    assert _labels(text, [("Florida Keys", "ORG")], toolkit.gazetteer) == ["LOC"]
