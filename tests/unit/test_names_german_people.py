"""German people the capitalisation recogniser reads (``names.NameFinder``): one behaviour each.

Short self-written lines; the scores on real articles are ``python -m bench.eval names``.
"""

from __future__ import annotations

import pytest

from wirestream.services.enrich.entities.names import NameFinder


@pytest.fixture(scope="module")
def finder(toolkit):
    return NameFinder(toolkit.gazetteer)


def people(finder, text):
    return [f.text for f in finder(text, "de") if f.label == "PERSON"]


def test_a_given_name_and_surname_after_an_adjective_are_a_person(finder):
    # "der junge Olaf Scholz": the adjective is the person's, the given name no noun after it
    assert people(finder, "Damals sprach der junge Olaf Scholz noch leise.") == ["Olaf Scholz"]


def test_two_given_names_after_an_adjective_stay_one_person(finder):
    assert people(finder, "Er spielt den berühmtesten Rainer Werner Fassbinder aller Zeiten.") == [
        "Rainer Werner Fassbinder"
    ]


def test_a_noun_spelt_like_a_given_name_after_an_adjective_is_still_a_noun(finder):
    # "Wende" is a given name too; before a noun of the dictionary it is the noun ("Ende" is no surname)
    assert people(finder, "Dann kam die erwartete Wende Ende Mai.") == []


def test_a_byline_s_name_before_its_dateline_s_capital_leaves_the_capital_out(finder):
    text = "Von Armin Schwibach Rom (kath.net) Der Papst sprach am Freitag."
    assert people(finder, text) == ["Armin Schwibach"]
    assert [f.text for f in finder(text, "de") if f.label == "GPE"] == ["Rom"]


def test_a_surname_that_is_also_a_capital_stays_the_person_s(finder):
    assert people(finder, "Das sagte Denzel Washington am Abend.") == ["Denzel Washington"]


def test_a_town_a_preposition_places_takes_no_particle_and_noun_after_it(finder):
    # "Kiel" is a given name too: "aus Kiel zu Gast" is the town, then "zu Gast"
    text = "Bei den Stuttgartern ist der Rekordmeister aus Kiel zu Gast."
    assert people(finder, text) == []
    assert [f.text for f in finder(text, "de") if f.label == "GPE"] == ["Kiel"]


def test_a_given_name_takes_its_particle_and_surname_after_it(finder):
    assert people(finder, "Am Abend sprach Alexander von Humboldt lange.") == ["Alexander von Humboldt"]


def test_an_adjective_and_a_role_are_no_person(finder):
    text = "Es sprachen Daniel Hörsch, Studienleiter und Sozialwissenschaftlicher Referent bei midi, und andere."
    assert people(finder, text) == ["Daniel Hörsch"]


def test_a_surname_ending_like_a_role_after_a_given_name_is_a_person(finder):
    """ "Mettenleiter" ends in the role "Leiter": after a given name it is still a surname (set k lost a speaker)."""
    text = "Das sei bedenklich, sagt Thomas Mettenleiter, Präsident des Instituts, am Montag."
    assert people(finder, text) == ["Thomas Mettenleiter"]


def test_an_english_role_in_title_case_is_no_person(finder):
    assert people(finder, "Es sprach Anne Wizorek, Digital Media Consultant, Bloggerin und Autorin.") == [
        "Anne Wizorek"
    ]


def test_an_alliance_after_a_role_is_a_body_not_a_surname(finder):
    text = "Es sprach Konstantin von Notz, stellv. Fraktionsvorsitzender Bündnis 90/Die Grünen, am Montag."
    assert people(finder, text) == ["Konstantin von Notz"]


def test_a_family_name_alone_before_a_question_mark_is_a_person(finder):
    assert people(finder, "Wer sonst? Lindner? Der hat ja alle verärgert.") == ["Lindner"]


def test_a_common_noun_before_a_colon_is_no_person(finder):
    assert people(finder, "Fazit: alles gut. Koch: ein Beruf.") == []


def test_the_genitive_of_a_family_name_beside_a_noun_is_the_person(finder):
    text = "Der Weg endete mit dem Austritt Lafontaines. Er kritisierte Lindners Politik."
    found = [(f.text, f.name) for f in finder(text, "de") if f.label == "PERSON"]
    assert found == [("Lafontaines", "Lafontaine"), ("Lindners", "Lindner")]


def test_the_genitive_of_a_common_noun_is_no_person(finder):
    assert people(finder, "Der Preis des Hauses. Die Kosten des Umbaus.") == []


def test_a_month_that_is_a_family_name_after_a_given_name_is_the_surname(finder):
    # "May" is a month (in English) and a family name: after a given name the person's, unless a figure follows
    assert people(finder, "Die Premierministerin Theresa May sagte am Montag, sie bleibe.") == ["Theresa May"]
    assert people(finder, "Seit Anfang Mai sagte er nichts.") == []


def test_a_governor_or_a_journalist_before_a_name_is_a_role(finder):
    # "Wjatscheslaw" is no given name of the name data: the role before the run makes the person
    assert people(finder, "Gouverneur Wjatscheslaw Gladkow sagte, es gebe keine Opfer.") == ["Wjatscheslaw Gladkow"]
    assert people(finder, "Der Journalist Jewgeni Nikulin berichtete.") == ["Jewgeni Nikulin"]


def test_an_english_title_after_a_role_is_no_person(finder):
    assert people(finder, "Gerd Manthey, Journalist The Guardian, London.") == ["Gerd Manthey"]


@pytest.mark.parametrize("role", ["Machthaber", "Herrscher"])
def test_a_ruler_role_before_an_unknown_name_makes_it_a_person(finder, role):
    # "Tschetscheniens Machthaber Ramsan Kadyrow": a role of rulers, before a given name no table lists
    assert people(finder, f"Tschetscheniens {role} Ramsan Kadyrow drohte mit Vergeltung.") == ["Ramsan Kadyrow"]


@pytest.mark.parametrize(
    "text",
    [
        "Ihre Vorgängerin Ramsa Kadyrowa sprach in Berlin.",
        "Sein Nachfolger Ramsa Kadyrowa sprach in Berlin.",
        "Der Choreograf Ramsa Kadyrowa sprach in Berlin.",
    ],
)
def test_a_relational_or_maker_role_before_an_unknown_name_makes_it_a_person(finder, text):
    assert people(finder, text) == ["Ramsa Kadyrowa"]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Gladkow schrieb bei Telegram, zwei Menschen seien verletzt worden.", "Gladkow"),
        ("Medwedew schrieb bei Telegram, es gebe keine Optionen mehr.", "Medwedew"),  # the dictionary lists it
        ("Sacharowa sagte, Kiew habe eine rote Linie überschritten.", "Sacharowa"),
    ],
)
def test_a_russian_surname_alone_opening_a_sentence_before_a_speech_verb_is_a_person(finder, text, person):
    assert people(finder, text) == [person]


@pytest.mark.parametrize(
    "text",
    [
        "Gazprom teilte mit, es gebe keine Schäden.",  # no surname's ending
        "Gladkow liegt an der Grenze.",  # no speech verb after it
        "Rostow meldete neue Angriffe.",  # a town the gazetteer knows (Rostov-on-Don), not a surname
    ],
)
def test_a_word_opening_a_sentence_that_is_no_speaking_surname_stays_no_person(finder, text):
    assert people(finder, text) == []


def test_a_surname_after_a_given_name_stays_a_name_after_an_adjective_elsewhere(finder):
    # "der erfahrene Holmqvist" alone would read as an adjective and a noun; "Sören Holmqvist" shows the surname
    text = "Den Kurs leitet Sören Holmqvist seit Jahren. Am Ende lobte der erfahrene Holmqvist die Gruppe."
    assert people(finder, text) == ["Sören Holmqvist", "Holmqvist"]


def test_a_people_s_noun_after_an_article_titles_the_given_name_and_surname(finder):
    # "Shimada" names a town too: after "den Japaner" the two words are one person
    assert people(finder, "Sie unterlag gestern gegen den Japaner Haruto Shimada im Finale.") == ["Haruto Shimada"]
    assert people(finder, "Im Ziel lag sie vor der Norwegerin Ingrid Vaksdal.") == ["Ingrid Vaksdal"]


def test_a_people_s_noun_before_two_places_titles_no_one(finder):
    assert people(finder, "Die Reise der Japaner Wien Paris fiel aus.") == []


def test_a_feminine_noun_after_a_name_ends_the_person(finder):
    # "Bäckerin" is the feminine of a noun of the dictionary: the next person's title, no surname
    text = "Gestern warf Reporterin Clara Whitcombe Bäckerin Hanna Lindqvist einen Fehler vor."
    assert people(finder, text) == ["Clara Whitcombe", "Hanna Lindqvist"]


def test_words_before_a_hyphenated_compound_noun_are_its_first_part(finder):
    # "Davis" is a given name and a town: before "Cup-Statistik" it is part of the compound's first part
    assert [f.text for f in finder("Er hat eine starke Davis Cup-Statistik vorzuweisen.", "de")] == []


def test_a_given_name_s_genitive_before_a_noun_is_the_person_named_before(finder):
    text = "Der Roman stammt von Henrik Vantheim. Henriks Roman erschien im Herbst."
    found = [(f.text, f.name) for f in finder(text, "de") if f.label == "PERSON"]
    assert found == [("Henrik Vantheim", None), ("Henriks", "Henrik Vantheim")]


def test_a_given_name_that_is_a_noun_stays_a_noun_elsewhere(finder):
    # "Lot" is a given name and a noun ("das Lot"): a word after it frees nothing of the noun's other uses
    text = "Das Lot hing still. Als Lot Gomorrha verließ, brannte es."
    assert "Lot Gomorrha" not in people(finder, text)


def test_two_given_names_side_by_side_free_no_surname(finder):
    # "Jonas Malte": both given names; the second is no surname for "den Malte" to be read as a name by
    text = "Später schreibt Jonas Malte eine Nachricht. Den Malte sah er nie."
    assert people(finder, text) == []


def test_an_arabic_family_name_with_its_article_stays_in_the_persons_name(finder):
    # "al-Masri" is written lower-case: the run of capitalised words ended before it, the person was "Chalid"
    assert people(finder, "Der Außenminister Chalid al-Masri reiste am Montag nach Kairo.") == ["Chalid al-Masri"]


@pytest.mark.parametrize("text", ["Lars Petersens Worte waren deutlich.", "Dann waren Lars Petersens Worte deutlich."])
def test_a_full_name_in_the_genitive_before_a_noun_is_the_person_without_the_noun(finder, text):
    # "Lars Petersens Worte" was one person; the noun is what the person owns
    found = [(f.text, f.name) for f in finder(text, "de") if f.label == "PERSON"]
    assert found == [("Lars Petersens", "Lars Petersen")]


def test_a_given_name_that_is_a_country_only_in_another_language_is_a_person(toolkit):
    # "Malte" is Malta in French: before a surname in German it is a given name; "Malta" itself stays the country
    found = toolkit.names("Malte Krüger war dabei. Urlaub auf Malta, sagte Robert Abela.", "de")
    assert [(f.text, f.label) for f in found] == [
        ("Malte Krüger", "PERSON"),
        ("Malta", "GPE"),
        ("Robert Abela", "PERSON"),
    ]
