"""After a verb of citing before the quote, the one cited speaks, not the agency citing ("Die Agentur Interfax
zitierte Kremlsprecher Dmitri Peskow mit den Worten: „…“" had been given to Interfax)."""

from __future__ import annotations

from tests.unit.test_quotes import rules_speakers


def test_the_one_cited_speaks_in_german():
    text = "Die Agentur Interfax zitierte Kremlsprecher Dmitri Peskow mit den Worten: „Das war ein Terroranschlag.“"
    assert rules_speakers(text, "de", Interfax="ORG", **{"Dmitri Peskow": "PERSON"}) == ["Dmitri Peskow"]


def test_the_one_cited_speaks_in_english_and_russian():
    text = 'TASS quoted Peskov: "Putin was not in the Kremlin at the time of the attack."'
    assert rules_speakers(text, "en", TASS="ORG", Peskov="PERSON") == ["Peskov"]
    text = "ТАСС процитировал Дмитрия Пескова: «Это был спланированный теракт против президента»."
    assert rules_speakers(text, "ru", ТАСС="ORG", **{"Дмитрия Пескова": "PERSON"}) == ["Дмитрия Пескова"]


def test_citing_with_no_one_named_after_it_gives_the_agency_nothing():
    text = "Die Zeitung zitierte aus dem Brief: „Wir bitten um Hilfe bei der Suche nach den Tätern.“"
    assert rules_speakers(text, "de") == [None]
