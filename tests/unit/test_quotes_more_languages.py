"""Quote speakers in the languages that had no quote lexicon of their own (Danish and Swedish borrowed German's,
the others English's): Scandinavian, West and South Slavic, Romanian, Hungarian, Finnish, Bulgarian wire copy.
Also a quote a colon hands over that ends its own sentence, and a registered person's given name as another
language spells it."""

from __future__ import annotations

import pytest

from tests.unit.test_quotes import rules_speakers
from wirestream.services.enrich.entities.grouping import _given_names_of_known
from wirestream.services.enrich.entities.models import RawEntity
from wirestream.services.enrich.entities.registry import Registry, case_forms


@pytest.mark.parametrize(
    ("language", "text", "body"),
    [
        ("da", "Kreml anklager Ukraine. “Det var et planlagt terrorangreb”, siger Kremls talsmand, Dmitrij Peskov.", "Kreml"),
        ("sv", "Kreml anklagar Ukraina. ”Vi betraktar detta som en planerad attack”, säger Kremls talesperson Dmitrij Peskov.", "Kreml"),
        ("no", "Russland anklager Ukraina. «Vi anser dette som et planlagt terrorangrep», sier Kremls talsperson Dmitrij Peskov.", "Kreml"),
        ("cs", "Rusko obvinilo Ukrajinu. „Považujeme to za plánovaný teroristický čin,“ uvedl mluvčí Kremlu Dmitrij Peskov.", "Kremlu"),
        ("sk", "Kremeľ obvinil Ukrajinu. „Považujeme to za plánovaný teroristický čin,“ uviedol hovorca Kremľa Dmitrij Peskov.", "Kremľa"),
        ("ro", "Kremlinul acuză Ucraina. „A fost un act terorist planificat”, a declarat purtătorul de cuvânt al Kremlinului, Dmitrij Peskov.", "Kremlinului"),
        ("hu", "Oroszország vádolja Ukrajnát. „Tervezett terrortámadásnak tekintjük” – mondta Dmitrij Peskov, a Kreml szóvivője.", "Kreml"),
        ("fi", "Venäjä syyttää Ukrainaa. ”Pidämme tätä suunniteltuna terroritekona”, sanoi Kremlin tiedottaja Dmitrij Peskov.", "Kremlin"),
        ("bg", "Кремъл обвини Украйна. „Смятаме това за планиран терористичен акт“, заяви говорителят на Кремъл Дмитрий Песков.", "Кремъл"),
        ("hr", "Kremlj optužuje Ukrajinu. „Smatramo to planiranim terorističkim činom“, rekao je glasnogovornik Kremlja Dmitrij Peskov.", "Kremlja"),
        ("sr", "Кремљ оптужује Украјину. „Сматрамо то планираним терористичким чином“, рекао је портпарол Кремља Дмитриј Песков.", "Кремља"),
        ("sl", "Kremelj obtožuje Ukrajino. »Menimo, da gre za načrtovano teroristično dejanje,« je dejal tiskovni predstavnik Kremlja Dmitrij Peskov.", "Kremlja"),
    ],
)  # fmt: skip
def test_the_spokesman_after_the_quote_speaks_in_each_language(language, text, body):
    name = next(n for n in ("Dmitrij Peskov", "Дмитрий Песков", "Дмитриј Песков") if n in text)
    speakers = rules_speakers(text, language, **{name.replace(" ", "_"): "PERSON", body: "FAC"})
    assert speakers == [name]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("hu", "A Kreml Ukrajnát vádolja. Dmitrij Peskov szerint „ez egy tervezett terrortámadás volt”."),
        ("da", "Kreml anklager Ukraine. Dmitrij Peskov talte med journalister. “Vi vil svare igen”, sagde han."),
        ("sv", "Kreml anklagar Ukraina. Dmitrij Peskov talade med journalister. ”Vi kommer att svara”, sade han."),
        ("cs", "Kreml obvinil Ukrajinu. „Odpovíme, až to uznáme za vhodné,“ řekl Dmitrij Peskov novinářům."),
    ],
)
def test_cues_and_pronouns_of_each_language(language, text):
    assert rules_speakers(text, language, Dmitrij_Peskov="PERSON") == ["Dmitrij Peskov"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "no",
            "Russland anklager Ukraina.\n\n– Vi anser dette som et planlagt terrorangrep, sier Dmitrij Peskov til NTB.",
        ),
        ("fi", "Venäjä syyttää Ukrainaa.\n\n– Pidämme tätä suunniteltuna terroritekona, sanoi Dmitrij Peskov."),
    ],
)
def test_a_dialogue_dash_quote_closes_at_the_comma_before_its_verb(language, text):
    assert rules_speakers(text, language, Dmitrij_Peskov="PERSON") == ["Dmitrij Peskov"]


def test_a_comma_closes_a_dash_quote_only_where_the_language_writes_so():
    # Polish closes its dialogue quotes with a second dash: a comma before a verb inside one does not end it
    text = "Rosja oskarża Ukrainę.\n\n- Wiemy, powiedział nam ktoś, kto za tym stoi - powiedział Dmitrij Pieskow."
    assert rules_speakers(text, "pl", Dmitrij_Pieskow="PERSON") == ["Dmitrij Pieskow"]


@pytest.mark.parametrize(
    "after",
    ["Ukraine denied it.", "The Ukrainian president denied it."],
)
def test_a_quote_a_colon_hands_over_is_not_the_next_sentences(after):
    # the quote ends its own sentence: the sentence after it is no attribution, whoever its subject is
    text = f'The Kremlin blamed Kyiv. Dmitry Peskov said: "We will not respond to this provocation." {after}'
    assert rules_speakers(text, "en", Dmitry_Peskov="PERSON", Ukraine="GPE") == ["Dmitry Peskov"]


def test_a_latin_surname_declines_as_west_and_south_slavic_languages_do():
    assert {"Putina", "Putinu", "Putinom", "Putinem", "Putinovi", "Putinin"} <= set(case_forms("Putin"))
    assert case_forms("Kirby") == ()
    assert Registry().lookup("Peskovem").id == "person/dmitry-peskov"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "given"),
    [
        ("Ukrajinski predsjednik Volodimir Zelenski to je odbacio.", "Volodimir"),
        ("zabít prezidenta Vladimira Putina pomocí dronů", "Vladimira"),
        ("megölni Vlagyimir Putyin elnököt", "Vlagyimir"),
    ],
)
def test_a_registered_persons_given_name_before_the_surname_is_no_place(text, given):
    registry = Registry()
    [match] = [m for m in registry.find(text) if m.known.label == "PERSON"]
    start = text.index(given)
    found = [
        RawEntity(given, "GPE", start, start + len(given)),  # GeoNames: names of the city of Vladimir
        RawEntity(match.text, "PERSON", match.start, match.end, match.known.id),
    ]
    [person] = _given_names_of_known(found, text, registry)
    assert (person.text, person.id) == (f"{given} {match.text}", match.known.id)


def test_a_place_before_a_registered_surname_stays_a_place():
    registry = Registry()
    text = "V Moskvi Putin nic neřekl."
    [match] = registry.find(text)[-1:]
    found = [RawEntity("Moskvi", "GPE", 2, 8), RawEntity("Putin", "PERSON", match.start, match.end, match.known.id)]
    assert [e.text for e in _given_names_of_known(found, text, registry)] == ["Moskvi", "Putin"]
