"""German quote speakers, round s39's construction sweep: one self-written passage per construction that failed."""

from __future__ import annotations

import pytest

from tests.unit.test_quotes import speakers
from tests.unit.test_registry_quotes_incident import dated
from wirestream.services.enrich.entities.logic import enrich
from wirestream.services.enrich.entities.quotes.language import declined_noun


def product(toolkit, text: str) -> list[str | None]:
    """The speakers the whole product gives a passage (recognisers and the registry included)."""
    return [q.speaker for q in enrich(dated(text, "de"), toolkit).quotes]


def people(toolkit, text: str) -> set[str]:
    return {e.name for e in enrich(dated(text, "de"), toolkit).entities if e.label == "PERSON"}


@pytest.mark.parametrize(
    ("word", "common"),
    [("Familie", True), ("Stadt", True), ("Firma", True), ("Amt", True), ("Rheinmetall", False), ("Bundeswehr", False)],
)
def test_a_noun_the_dictionary_gives_a_plural_is_a_common_noun(word: str, common: bool) -> None:
    assert declined_noun(word, "de") is common


@pytest.mark.parametrize(
    ("cue", "body"),
    [
        ("sagte ein Sprecher von Rheinmetall", "Rheinmetall"),  # "von" and one word, no article
        ("sagte ein Sprecher der Bundeswehr", "Bundeswehr"),  # a feminine genitive of a name with no plural
        ("sagte ein Siemens-Sprecher am Dienstag", "Siemens"),  # the body as the compound's first part
        ("sagte ein Nato-Sprecher", "Nato"),
    ],
)
def test_an_unnamed_spokesperson_speaks_for_a_body_named_by_one_word(cue: str, body: str) -> None:
    assert speakers(f"„Wir liefern die Munition wie vereinbart aus“, {cue}.", "de") == [body]


@pytest.mark.parametrize(
    "cue",
    [
        "sagte ein Sprecher der Familie",  # common nouns: the dictionary lists their plurals
        "sagte ein Sprecher der Firma",
        "sagte ein Sprecher der Stadt",
        "sagte ein Sprecher der Anwohner",
        "sagte ein Sprecher von Anwohnern",
        "sagte ein Sprecher der Polizei",  # an institution noun names no one body
        "sagte ein Konzern-Sprecher",
        "sagte ein Team-Sprecher",  # a plural in "-s": a compound's first part needs none either
        "sagte ein Stadt-Sprecher",
    ],
)
def test_an_unnamed_spokesperson_of_a_common_noun_speaks_for_no_one(cue: str) -> None:
    assert speakers(f"„Wir prüfen die Berichte derzeit sehr genau“, {cue}.", "de") == [None]


@pytest.mark.parametrize(
    ("cue", "body"),
    [
        ("meldete die Nachrichtenagentur TASS", "TASS"),  # a name the recogniser reads after its kind
    ],
)
def test_a_body_named_after_its_kind_is_the_speaker(cue: str, body: str) -> None:
    assert speakers(f"„Alle Drohnen wurden zerstört, es gab keine Opfer“, {cue}.", "de") == [body]


@pytest.mark.parametrize("cue", ["teilte die Polizei Montag mit", "teilte die Polizei mit"])
def test_a_weekday_after_an_institution_noun_is_no_body(cue: str) -> None:
    assert speakers(f"„Zwei Personen wurden leicht verletzt“, {cue}.", "de") == [None]


@pytest.mark.parametrize(
    "cue",
    [
        "meldete Ria Nowosti",  # the agency's German name: no woman called Ria
        "meldete die staatliche Agentur Ria Nowosti",  # the name after its kind, not "Staatliche Agentur"
    ],
)
def test_an_agency_reports_with_melden(toolkit, cue: str) -> None:
    text = f"Der Kreml sprach von einem Anschlag. „Das war ein geplanter Terrorakt gegen den Präsidenten“, {cue}."
    assert product(toolkit, text) == ["RIA Novosti"]
    assert people(toolkit, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Der Militärexperte Gustav Gressel vom European Council on Foreign Relations sagte dem ZDF: „Das ist sehr "
        "unwahrscheinlich.“",
        "Gustav Gressel vom European Council on Foreign Relations sagte: „Das ist sehr unwahrscheinlich, eher eine "
        "Inszenierung.“",
    ],
)
def test_the_tail_of_an_english_bodys_name_is_no_person_before_the_verb(text: str) -> None:
    # "Foreign Relations", after "on", had been read as a person nearer the verb than the subject
    assert speakers(text, "de", Gustav_Gressel="PERSON") == ["Gustav Gressel"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Rheinmetall teilte mit: „Wir werden die Produktion verdoppeln, noch in diesem Jahr.“", "Rheinmetall"),
        ("Siemens erklärte am Montag: „Wir werden die Produktion verdoppeln, noch in diesem Jahr.“", "Siemens"),
        # a plural, an adverb, an institution noun opening the sentence name no body
        ("Experten warnen: „Die Produktion wird sich verdoppeln, noch in diesem Jahr.“", None),
        ("Kritiker sagen: „Die Produktion wird sich verdoppeln, noch in diesem Jahr.“", None),
        ("Gestern sagte er: „Die Produktion wird sich verdoppeln, noch in diesem Jahr.“", None),
        ("Polizei teilte mit: „Zwei Personen wurden leicht verletzt, einer schwer.“", None),
    ],
)
def test_a_body_opening_the_sentence_with_no_article_is_the_subject(text: str, speaker: str | None) -> None:
    assert speakers(text, "de") == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("„Zwei Drohnen wurden auf die Residenz gelenkt“, teilte der Pressedienst des Kremls mit.", "Kremlin"),
        ("Der Pressedienst des Kremls teilte mit: „Zwei Drohnen wurden auf die Residenz gelenkt.“", "Kremlin"),
        ("„Zwei Drohnen wurden auf die Residenz gelenkt“, teilte der Pressedienst von Rheinmetall mit.", "Rheinmetall"),
        ("„Zwei Drohnen wurden auf die Residenz gelenkt“, teilte der Pressedienst des Präsidenten mit.", None),
    ],
)
def test_an_institution_noun_read_as_a_body_speaks_for_the_body_named_after_it(toolkit, text, speaker) -> None:
    # the recogniser reads "Pressedienst" alone as an organisation: a common noun, whose body follows it
    assert product(toolkit, text) == [speaker]


@pytest.mark.parametrize("verb", ["stecke hinter dem Angriff", "plane den nächsten Schritt", "sei verantwortlich"])
def test_reported_speech_in_any_konjunktiv_form_goes_on_with_the_speaker(verb: str) -> None:
    # a subject named in the subjunctive sentence between is reported, not a new speaker ("Die Ukraine stecke …")
    text = (
        "Kremlsprecher Dmitri Peskow sagte, Russland werde antworten. "
        f"Die Ukraine {verb}. „Wir wissen, wer das war, und wir werden reagieren.“"
    )
    assert speakers(text, "de", Dmitri_Peskow="PERSON", Ukraine="GPE") == ["Dmitri Peskow"]


def test_an_indicative_sentence_between_still_stops_the_continued_quote() -> None:
    text = (
        "Kremlsprecher Dmitri Peskow sagte, Russland werde antworten. Die Ukraine hat das bestritten. "
        "„Wir haben damit nichts zu tun, gar nichts.“"
    )
    assert speakers(text, "de", Dmitri_Peskow="PERSON", Ukraine="GPE") != ["Dmitri Peskow"]


def test_a_diplomat_is_a_role_for_the_person_named_before() -> None:
    text = "Maria Sacharowa warf Kiew Terror vor. „Das ist ein Angriff auf unseren Staat“, sagte die Diplomatin."
    assert speakers(text, "de", Maria_Sacharowa="PERSON", Kiew="GPE") == ["Maria Sacharowa"]


@pytest.mark.parametrize(
    ("cue", "speaker"),
    [
        ("sagte Putins Sprecher Dmitri Peskow", "Dmitri Peskow"),  # the title's owner in the genitive, then its holder
        ("sagte Putins Sprecher", None),  # Putin's spokesperson, not Putin
    ],
)
def test_a_person_in_the_genitive_before_a_title_is_its_owner_not_the_speaker(cue: str, speaker: str | None) -> None:
    text = f"„Wir haben damit nichts zu tun, gar nichts“, {cue}."
    assert speakers(text, "de", Putin="PERSON", Dmitri_Peskow="PERSON") == [speaker]


def test_the_whole_product_gives_the_holder_after_a_genitive_owner(toolkit) -> None:
    text = "„Wir haben damit nichts zu tun, gar nichts“, sagte Putins Sprecher Peskow."
    assert product(toolkit, text) == ["Dmitry Peskov"]


@pytest.mark.parametrize(
    ("cue", "speaker"),
    [
        ("teilte das Ermittlungskomitee mit", "Ermittlungskomitee"),  # a compound on an institution noun: one body
        ("teilte die Staatsanwaltschaft mit", "Staatsanwaltschaft"),
        ("teilte das Ministerium mit", None),  # the bare noun names no one body
        ("erklärte der Generalstab", None),
    ],
)
def test_a_compound_institution_as_the_subject_after_the_verb_is_a_body(cue: str, speaker: str | None) -> None:
    assert speakers(f"„Der Fall wird als Terrorakt untersucht“, {cue}.", "de") == [speaker]


def test_a_compound_on_a_short_head_before_a_colon_is_no_body() -> None:
    text = "Peskow sprach von Verrat: „Das ist ein Angriff auf unseren Staat, ganz klar.“"
    assert speakers(text, "de", Peskow="PERSON") == ["Peskow"]


@pytest.mark.parametrize(
    "unit",
    [
        "Angestellten von Gegenbauer „Wir planen hier gar nichts Neues“, sagte ein Sprecher, ",
        "„Wir planen hier gar nichts Neues“, sagte ein Sprecher von Rheinmetall, ein Siemens-Sprecher, ",
        "„Wir planen hier gar nichts Neues“, hieß es des Pressedienst des Kremls, stecke plane ",
        "„Wir planen hier gar nichts Neues“, die Agentur Verdi, Putins Sprecher Peskow, ",
    ],
)
def test_the_sweeps_rules_stay_fast_on_hostile_input(unit: str) -> None:
    # bodies by one word, kinds before names, genitive owners and Konjunktiv forms, each in one endless paragraph
    # with no sentence end
    from tests.adversarial.timing import MAX_GROWTH, growth_ratio

    ratio = growth_ratio(
        lambda k: "Rheinmetall teilte mit: " + unit * k,
        lambda text: speakers(text, "de", Peskow="PERSON", Putin="PERSON", Cansativa_GmbH="ORG"),
        200,
    )
    assert ratio <= MAX_GROWTH, f"{ratio:.1f}x for 10x the quotes (linear is about 10)"
