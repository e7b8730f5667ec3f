"""A construction sweep of Chinese (simplified and traditional), Japanese and Arabic whole-article coverage of one
incident (the drones over the Kremlin, May 2023), through the full product: each test one construction on a short
passage of its own, and a near miss that keeps its old reading. Self-written passages: unit tests of one behaviour,
not scores.

Constructions fixed:

* the registry: Putin as Taiwan's Central News Agency spells him ("蒲亭" was an unknown person) and the residence
  Novo-Ogaryovo as the Chinese, Japanese and Arabic press spell it ("新奥加廖沃", "ノボオガリョボ",
  "نوفو أوغاريوفو": no place);

Each positive case fails on 6822c070; the near misses pass there too.
"""

from __future__ import annotations

import pytest

from tests.unit.test_registry_quotes_incident import dated
from wirestream.services.enrich.entities.logic import enrich


def quotes(toolkit, text: str, lang: str) -> list[tuple[str, str | None]]:
    article = enrich(dated(text, lang), toolkit)
    return [(q.text, q.speaker) for q in article.quotes]


def speakers(toolkit, text: str, lang: str) -> list[str | None]:
    return [speaker for _, speaker in quotes(toolkit, text, lang)]


def entities(toolkit, text: str, lang: str) -> list[tuple[str, str]]:
    return [(e.label, e.name) for e in enrich(dated(text, lang), toolkit).entities]


def people(toolkit, text: str, lang: str) -> list[str]:
    return [name for label, name in entities(toolkit, text, lang) if label == "PERSON"]


# The registry


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("俄羅斯指控烏克蘭企圖暗殺總統蒲亭。", "zh", "Vladimir Putin"),
        ("普京当时在莫斯科郊外的新奥加廖沃官邸工作。", "zh", "Novo-Ogaryovo"),
        ("プーチン氏はモスクワ郊外のノボオガリョボの公邸で執務していた。", "ja", "Novo-Ogaryovo"),
        ("وإنه كان يعمل في مقر إقامته في نوفو أوغاريوفو قرب موسكو.", "ar", "Novo-Ogaryovo"),
    ],
)
def test_the_incidents_people_and_places_as_these_presses_spell_them(toolkit, text: str, lang: str, name: str) -> None:
    assert name in [n for _, n in entities(toolkit, text, lang)]


def test_near_miss_the_mainland_spelling_of_putin_still_reads(toolkit) -> None:
    assert "Vladimir Putin" in people(toolkit, "俄罗斯总统普京当时在莫斯科郊外的官邸工作。", "zh")
