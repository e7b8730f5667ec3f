"""English names on pages unlike news (round s29): the authors a theory or a model is named after are people; a
product's or a law's acronym blend, a month before a day's number, a heading with a pronoun and a title with its
number are no people; an attribution's dash and a line break or a possessive end a person's name."""

from __future__ import annotations

from wirestream.services.enrich.entities.correction import correct
from wirestream.services.enrich.entities.frames import _eponyms
from wirestream.services.enrich.entities.logic import RawEntity


def _at(text: str, span: str, label: str, nth: int = 0) -> RawEntity:
    start = -1
    for _ in range(nth + 1):
        start = text.index(span, start + 1)
    return RawEntity(span, label, start, start + len(span))


def _people(found: list[RawEntity]) -> list[str]:
    return [e.text for e in found if e.label == "PERSON"]


# --- the authors of a theory or a model ----------------------------------------------------------


def test_the_possessor_before_a_model_is_a_person_alone(toolkit):
    text = "The next is Fiedler’s Contingency Model, the most cited."
    found = [_at(text, "Fiedler’s Contingency Model", "ORG")]
    assert _people(_eponyms(found, text, "en", toolkit.gazetteer)) == ["Fiedler"]


def test_two_authors_joined_by_and_are_both_people_at_every_mention(toolkit):
    text = "The grid was designed by Blake and Mouton. Blake and Mouton’s Managerial Grid has two axes."
    found = [_at(text, "Blake", "ORG"), _at(text, "Mouton", "ORG"), _at(text, "Mouton’s", "ORG")]
    out = _eponyms(found, text, "en", toolkit.gazetteer)
    assert sorted(_people(out)) == ["Blake", "Blake", "Mouton", "Mouton"]  # the unfound "Blake" added


def test_a_lower_case_theory_names_its_author_and_keeps_a_given_name(toolkit):
    text = "This follows Leonhard Euler's theorem on polyhedra."
    found = [_at(text, "Leonhard Euler's theorem", "ORG")]
    assert _people(_eponyms(found, text, "en", toolkit.gazetteer)) == ["Leonhard Euler"]


def test_a_company_before_a_model_is_no_author(toolkit):
    for text, name in (
        ("Tesla's Model 3 sold well.", "Tesla"),  # a number after: a product
        ("Uber's business model is changing.", "Uber"),  # a lower-case model: a company's
        ("Google's Gemini Model was shown.", "Google"),  # a common word
        ("France's Law on data passed.", "France"),  # a country
    ):
        found = [_at(text, name, "ORG")]
        assert _people(_eponyms(found, text, "en", toolkit.gazetteer)) == [], text


# --- no people -----------------------------------------------------------------------------------


def test_an_acronym_blend_is_no_person_nor_place(toolkit):
    text = "I wish I still had that MkII Ford Escort. According to CalOPPA, we agree."
    found = [_at(text, "MkII Ford", "PERSON"), _at(text, "CalOPPA", "GPE")]
    assert [e.label for e in correct(found, text, "en", toolkit.gazetteer)] == ["PRODUCT", "PRODUCT"]
    text = "Coach DeShawn McDonald met officials in DeKalb."  # one capital after a small letter: a name
    found = [_at(text, "DeShawn McDonald", "PERSON"), _at(text, "DeKalb", "GPE")]
    assert [e.label for e in correct(found, text, "en", toolkit.gazetteer)] == ["PERSON", "GPE"]


def test_a_month_before_a_day_is_no_person(toolkit):
    text = "Minister on Stage; Daily Nation; Mar 20, 2005. See more."
    assert correct([_at(text, "Mar", "PERSON")], text, "en", toolkit.gazetteer) == []
    text = "Mar Roxas spoke on Monday."  # no day's number after it
    assert _people(correct([_at(text, "Mar Roxas", "PERSON")], text, "en", toolkit.gazetteer)) == ["Mar Roxas"]


def test_a_heading_with_a_pronoun_is_no_person(toolkit):
    text = "Contacting Us\n\nIf there are any questions, write."
    assert correct([_at(text, "Contacting Us", "PERSON")], text, "en", toolkit.gazetteer) == []


def test_a_title_with_its_number_at_every_mention_is_no_person(toolkit):
    text = "The title Destiny 2 runs at 1080p. Not only is Destiny 2 not true 4K, it runs at medium settings."
    found = correct([_at(text, "Destiny", "PERSON")], text, "en", toolkit.gazetteer)
    assert [e.label for e in found] == ["PRODUCT"]
    text = "Kane 2, Sterling 1. Kane scored again later."  # a score after one mention only: a person
    assert _people(correct([_at(text, "Kane", "PERSON")], text, "en", toolkit.gazetteer)) == ["Kane"]


# --- a person's span -----------------------------------------------------------------------------


def test_an_attribution_dash_is_not_part_of_the_name(toolkit):
    text = "It impales and sustains. -Hippolyte Taine, critic and historian (1828-1893)"
    assert _people(correct([_at(text, "-Hippolyte Taine", "PERSON")], text, "en", toolkit.gazetteer)) == [
        "Hippolyte Taine"
    ]


def test_a_name_ends_at_its_line_and_at_its_possessive(toolkit):
    text = "Robert House’s Path-Goal Model\n\nThus a manager behaves."
    span = "Robert House’s Path-Goal Model\n\nThus"
    assert _people(correct([_at(text, span, "PERSON")], text, "en", toolkit.gazetteer)) == ["Robert House’s"]
    text = "Read Jane Smith\nThus the point."
    assert _people(correct([_at(text, "Jane Smith\nThus", "PERSON")], text, "en", toolkit.gazetteer)) == ["Jane Smith"]


# --- no places -----------------------------------------------------------------------------------


def test_a_language_is_no_place(toolkit):
    text = "The name Magdala, in turn, means tower in Aramaic."
    assert [e.label for e in correct([_at(text, "Aramaic", "GPE")], text, "en", toolkit.gazetteer)] == ["LANGUAGE"]
    text = "The rally in Cheyenne drew crowds."  # a language's name and a city the gazetteer knows: the city
    assert [e.label for e in correct([_at(text, "Cheyenne", "GPE")], text, "en", toolkit.gazetteer)] == ["GPE"]


def test_a_place_cue_before_a_possessive_places_the_noun_after_it(toolkit):
    from wirestream.services.enrich.entities.frames import _framed

    text = "It is revealed in Eurogamer’s Stadia review that the game renders at 1080p."
    assert [e.label for e in _framed([_at(text, "Eurogamer", "GPE")], text, "en", toolkit.gazetteer)] == ["ORG"]
    text = "The fire broke out in Zarqwell on Monday."  # an unknown town a cue places stays one
    assert [e.label for e in _framed([_at(text, "Zarqwell", "GPE")], text, "en", toolkit.gazetteer)] == ["GPE"]


def test_a_name_ends_at_an_unclosed_parenthesis_and_the_place_inside_is_found(toolkit):
    text = "Jeannette Layne-Clark; Minister on Stage; Daily Nation (Barbados); Mar 20, 2005."
    found = correct([_at(text, "Daily Nation (Barbados", "ORG")], text, "en", toolkit.gazetteer)
    assert sorted((e.text, e.label) for e in found) == [("Barbados", "GPE"), ("Daily Nation", "ORG")]
