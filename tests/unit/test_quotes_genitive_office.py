"""A body and its title joined by a genitive particle are the same office as without it: Japanese
"クレムリンの報道官は「…」" is "クレムリン報道官", Korean "크렘린궁의 대변인은" "크렘린궁 대변인", both Peskov's registered
offices, so the quote is his where the article names him (`genitive_particles`). A body the Korean quote words list
("펜타곤", the Pentagon) before a title is no person's name.

The passages are the developers' own: each pins one behaviour, none is a score.
"""

from __future__ import annotations

import pytest

from tests.unit.test_registry_quotes_incident import dated
from wirestream.services.enrich.entities.logic import enrich

PESKOV = "Dmitry Peskov"


def quotes(toolkit, text: str, language: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.speaker_label) for q in enrich(dated(text, language), toolkit).quotes]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ja", "ペスコフ氏は記者団に語った。クレムリンの報道官は「攻撃は容認できない」と述べた。"),
        ("ko", '페스코프는 기자들에게 말했다. 크렘린궁의 대변인은 "공격은 용납할 수 없다"고 말했다.'),
    ],
)
def test_a_registered_office_written_with_its_genitive_particle_is_its_holders(
    toolkit, language: str, text: str
) -> None:
    assert quotes(toolkit, text, language) == [(PESKOV, "PERSON")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # the holder is not named: the office is not him
        ("ja", "ロシアは攻撃を非難した。クレムリンの報道官は「攻撃は容認できない」と述べた。"),
        ("ko", '러시아는 공격을 비난했다. 크렘린궁의 대변인은 "공격은 용납할 수 없다"고 말했다.'),
        # another body's office with the particle is not his
        ("ja", "ペスコフ氏は記者団に語った。ホワイトハウスの報道官は「攻撃は容認できない」と述べた。"),
    ],
)
def test_the_office_with_its_particle_is_not_peskovs_when_he_is_not_named_or_it_is_another_bodys(
    toolkit, language: str, text: str
) -> None:
    assert PESKOV not in [speaker for speaker, _ in quotes(toolkit, text, language)]


def test_the_pentagon_before_a_korean_title_is_no_person(toolkit) -> None:
    text = '러시아는 공격을 비난했다. 펜타곤 대변인은 "우리는 관여하지 않았다"고 말했다.'
    article = enrich(dated(text, "ko"), toolkit)
    assert "펜타곤" not in [e.name for e in article.entities if e.label == "PERSON"]
    assert [q.speaker for q in article.quotes] == [None]
