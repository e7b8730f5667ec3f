"""Label errors fixed by the class they belong to (round s25): a compass word before a continent or a country is
a place whatever the judge reads; "X State" is a state only in a country of states ("Kent State" is a university);
a hyphened pair of countries is one state's name where nothing follows it that it modifies ("Austria-Hungary")."""

from __future__ import annotations

from wirestream.services.enrich.entities import labels, name_words
from wirestream.services.enrich.entities.correction import correct
from wirestream.services.enrich.entities.logic import RawEntity


def _at(text: str, span: str, label: str) -> RawEntity:
    start = text.index(span)
    return RawEntity(span, label, start, start + len(span))


def _always(cls: str) -> labels.Model:
    """A judge that is sure of ``cls`` for every name."""
    n, k = len(labels.FEATURES), labels.CLASSES.index(cls)
    return labels.Model(
        mean=(0.0,) * n,
        scale=(1.0,) * n,
        coef=tuple((0.0,) * n for _ in labels.CLASSES),
        intercept=tuple(50.0 if j == k else 0.0 for j in range(len(labels.CLASSES))),
        thresholds={f"{c}>{cls}": 0.5 for c in labels.CLASSES},
    )


def test_a_compass_word_before_a_continent_or_a_country_stays_a_place(toolkit):
    text = "Aid reached West Africa, Southeast Asia and West Germany, said Mark Dalton of Western Union."
    found = [
        _at(text, "West Africa", "LOC"),
        _at(text, "Southeast Asia", "LOC"),
        _at(text, "West Germany", "GPE"),
        _at(text, "Mark Dalton", "GPE"),
    ]
    out = labels.judge(found, text, "en", toolkit.gazetteer, _always("PERSON"))
    assert [e.label for e in out] == ["LOC", "LOC", "GPE", "PERSON"]


def test_no_compass_place_without_a_place_more_than_a_town(toolkit):
    for name in ("West Ham", "Western Union", "West", "West Africa Bank Ltd", "Central Park"):
        assert not name_words.compass_place(name, "en", toolkit.gazetteer), name
    for name in ("Eastern Europe", "Central Asia", "West Africa", "North Kent", "Southern California"):
        assert name_words.compass_place(name, "en", toolkit.gazetteer), name
    assert not name_words.compass_place("West Africa", "en", None)
    assert not name_words.compass_place("West Africa", "de", toolkit.gazetteer)  # German compounds it: Westafrika


def test_x_state_outside_a_country_of_states_is_no_place(toolkit):
    text = "Kent State beat Osun State's team."
    found = [_at(text, "Kent State", "ORG"), _at(text, "Osun State", "ORG")]
    assert [e.label for e in correct(found, text, "en", toolkit.gazetteer)] == ["ORG", "GPE"]


def test_a_hyphened_pair_of_countries_standing_as_a_name_is_one_state(toolkit):
    for text in (
        "Austria-Hungary declared war on Serbia.",  # a verb after it
        "Austria-Hungary's army crossed the river.",  # a possessive
        "He wrote on the collapse of Austria-Hungary.",  # a place preposition, nothing it modifies
    ):
        out = correct([_at(text, "Austria-Hungary", "GPE")], text, "en", toolkit.gazetteer)
        assert [(e.text, e.label) for e in out] == [("Austria-Hungary", "GPE")], text
    text = "The collapse of Austria-Hungary talks and U.S.-Canada relations."
    found = [_at(text, "Austria-Hungary", "GPE"), _at(text, "U.S.-Canada", "ORG")]
    assert [e.text for e in correct(found, text, "en", toolkit.gazetteer)] == ["Austria", "Hungary", "U.S.", "Canada"]
