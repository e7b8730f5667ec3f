"""Quote attribution, one behaviour per test: who a title, a left-out subject or a continued quote stands for,
and when the attribution must give nobody rather than a nearby name. Each line is written for its test."""

from __future__ import annotations

from tests.unit.test_quotes import speakers


def test_a_name_in_the_reported_clause_is_not_the_inverted_subject():
    text = (
        "Herzi Halevi habló ayer con la prensa en Tel Aviv. "
        "Luego añadió que Israel no aceptará “un alto el fuego sin los rehenes de vuelta”."
    )
    assert speakers(text, "es", Herzi_Halevi="PERSON", Israel="GPE", Tel_Aviv="GPE") == ["Herzi Halevi"]


def test_a_place_after_de_is_governed_even_when_a_longer_name_ends_in_it():
    text = (
        "El ejército entró en la Franja de Gaza. Herzi Halevi habló ayer con la prensa. "
        "Sobre los residentes de Gaza, dijo: “No vamos a dejar que sufran más por esto”."
    )
    assert speakers(text, "es", Herzi_Halevi="PERSON", Gaza="GPE") == ["Herzi Halevi"]
