"""The capitalisation recogniser (``names.NameFinder``) on given names: one behaviour each.

Short self-written lines; the scores on real articles are ``python -m bench.eval quotes``.
"""

from __future__ import annotations

import pytest

from tests.unit.test_registry_quotes_incident import dated
from wirestream.services.enrich.entities.logic import enrich
from wirestream.services.enrich.entities.name_words import _first_names, after_indefinite, storm_name
from wirestream.services.enrich.entities.names import NameFinder


@pytest.fixture(scope="module")
def finder(toolkit):
    return NameFinder(toolkit.gazetteer)


def people(finder, text, language):
    return [(f.text, f.name) for f in finder(text, language) if f.label == "PERSON"]


def test_given_names_come_from_installed_data():
    names = _first_names()
    assert {"Laura", "Bernd", "Jan", "Pedro"} <= names
    assert "de" not in names and "Der" not in names  # function words and particles are never given names


def test_a_surname_that_is_also_a_town_stays_with_its_given_name(finder):
    found = finder("Ayer habló Marta Toledo sobre el agua del pueblo.", "es")
    assert [(f.text, f.label) for f in found] == [("Marta Toledo", "PERSON")]


def test_three_words_after_a_given_name_are_one_person(finder):
    assert people(finder, "Los vecinos escucharon a Pedro Córdoba Salazar en la plaza.", "es") == [
        ("Pedro Córdoba Salazar", None)
    ]


def test_a_german_pair_with_a_given_name_is_a_person_without_a_role(finder):
    assert people(finder, "Gestern traf sich der Vorstand mit Bernd Kessler in Köln.", "de") == [
        ("Bernd Kessler", None)
    ]


def test_a_german_surname_after_a_past_tense_verb_is_not_a_noun(finder):
    text = "Gestern sprach Lena Brandt in Köln. Es gehe um alles, sagte Brandt."
    assert people(finder, text, "de") == [("Lena Brandt", None), ("Brandt", "Lena Brandt")]


def test_a_german_particle_after_a_given_name_belongs_to_the_name(finder):
    text = "Gestern sprach Anna von Hollen in Bonn. Das reiche nicht, sagte von Hollen."
    assert people(finder, text, "de")[0] == ("Anna von Hollen", None)


def test_a_given_name_spelt_like_a_month_before_a_surname(finder):
    assert people(finder, "Dazu äußerte sich Jan Brehmer am Abend.", "de") == [("Jan Brehmer", None)]
    assert people(finder, "Die Frist endet am 5. Jan Berlin bleibt ruhig.", "de") == []


def test_a_given_name_written_in_lower_case_elsewhere_is_a_word(finder):
    assert people(finder, "Los rebeldes subieron a la Sierra Ortigosa. La sierra no tiene agua.", "es") == []


def test_a_german_inflected_noun_is_not_a_given_name(finder):
    assert people(finder, "Zwei Tage Ruhe tun der Mannschaft gut.", "de") == []


def test_an_institution_before_a_given_name_is_cut_off(finder):
    found = [(f.text, f.label) for f in finder("Die Stiftung Umweltbank Klara Jensen lud ein.", "de")]
    assert ("Klara Jensen", "PERSON") in found


# --- people the finder must not invent (issue 11: titles, citations, codes, common words) ----------


def test_a_pair_filling_quotation_marks_is_a_title_not_a_person(finder):
    text = "Kita harus waspada terhadap aliran “Tarok Wulung” yang menyebar di kota itu."
    assert people(finder, text, "id") == []
    # the same pair, unquoted and uncued, is still read as a person
    assert people(finder, "Kita harus waspada terhadap aliran Tarok Wulung yang menyebar di kota itu.", "id") != []


def test_a_pair_opening_a_bracketed_reference_with_a_number_is_a_citation(finder):
    text = "Mereka pun binasa karena kebencian itu. [Kitab Ruhama hal. 41] Lalu semua pulang ke rumah."
    assert people(finder, text, "id") == []


def test_a_person_named_inside_a_bracketed_reference_stays_a_person(finder):
    text = "Mereka pun binasa karena kebencian itu. [HR. Hasan Bisri no. 17] Lalu semua pulang ke rumah."
    assert ("Hasan Bisri", None) in people(finder, text, "id")


def test_a_word_with_a_digit_is_no_part_of_a_name(finder):
    assert people(finder, "Lo dijo en declaraciones a K24 Vespertino ayer por la noche.", "es") == []


def test_a_mid_sentence_function_or_number_word_makes_no_free_person(finder):
    # "estado" and "siete" are Spanish function/number words in spaCy's language data
    assert people(finder, "Era un retroceso respecto al Estado Moderno y la tolerancia.", "es") == []
    assert people(finder, "Lo publicó el diario Quinta Siete esta mañana.", "es") == []


# --- words of the language and English institution words are no names (issue 11, pages not tuned on) ----


def test_a_common_word_opening_a_pair_is_no_given_name(finder):
    # "Movimiento" and "Estado" are words of Spanish (the dictionary gives them a lower-case lemma), not given names
    text = "Ayer el Movimiento Sindical publicó una nota y el Estado Social respondió."
    assert people(finder, text, "es") == []
    # a pair opened by a word no dictionary lists stays a person
    assert people(finder, "Ayer habló Tarsila Brucaldo en la plaza.", "es") == [("Tarsila Brucaldo", None)]


def test_a_rare_word_before_a_family_name_is_a_given_name(finder):
    # "tuca" and "almeida" are both in the Portuguese dictionary, but Almeida is a family name
    assert people(finder, "Tuca Almeida, de 15 anos, cantou ontem.", "pt") == [("Tuca Almeida", None)]


def test_a_german_sentence_opened_by_an_adjective_is_no_person(finder):
    text = "Digitale Medien wirken. Er liebt Medien sehr."
    assert people(finder, text, "de") == []


def test_a_word_of_the_language_before_a_given_name_is_cut_off(finder):
    text = "Il ministro degli Esteri Antonio Valdrini ha parlato ieri."
    assert people(finder, text, "it") == [("Antonio Valdrini", None)]
    # before a given name alone the word is a given name ("roan" is a form of "roer", Roan a given name)
    assert people(finder, "Ayer jugó Roan Wilson en el estadio.", "es") == [("Roan Wilson", None)]


def test_an_english_institution_word_makes_an_organisation_in_any_language(finder):
    found = [(f.text, f.label) for f in finder("Ayer lo dijo la cadena Polvar News en su sitio.", "es")]
    assert ("Polvar News", "PERSON") not in found


def test_a_german_inflected_noun_is_no_surname(finder):
    # "Jahre" is the plural of "Jahr": a noun, though it also stands alone mid-sentence
    assert people(finder, "Das blieb auch Hundert Jahre später so. Es dauerte zehn Jahre lang.", "de") == []


def test_a_german_abstract_noun_after_a_given_name_is_no_surname(finder):
    assert people(finder, "Dort macht Linde Werbung für alles. Sie mag Werbung.", "de") == []
    # a surname with such an ending that is a family name stays one
    assert people(finder, "Gestern sprach Bernd Hartung in Köln.", "de") == [("Bernd Hartung", None)]


def test_english_words_in_title_case_are_no_person_in_another_language(finder):
    text = "Es geht um Tierschutz (Stichwort Fish Pain). Dort spricht man von Pain."
    assert people(finder, text, "de") == []


def test_a_middle_initial_keeps_the_name_going(finder):
    assert people(finder, "Die Soziologin Juliet B. Schor schlug vor.", "de") == [("Juliet B. Schor", None)]
    assert people(finder, "Das sagte Anna K. Dann ging sie.", "de") != [("Anna K. Dann", None)]


def test_a_captain_is_a_role_before_a_name(finder):
    # "Kapitan" (Polish, captain): the word after it, a team said again alone, is no surname of "Kapitan X"
    assert people(finder, "Świetnie jechał Kapitan Drabazu. Wynik drużyny Drabazu był dobry.", "pl") == []


def test_a_run_with_a_particle_and_no_given_name_is_no_person_for_a_word_said_again(finder):
    text = "I carri armati entrano nel Nord della Striscia. Gli aiuti arrivano nella Striscia."
    assert people(finder, text, "it") == []
    # with a given name the particle stays inside the person
    text = "Ieri ha parlato Rocco di Pietrangeli. Poi Pietrangeli è uscito."
    assert people(finder, text, "it")[0] == ("Rocco di Pietrangeli", None)


def test_a_role_or_a_word_after_a_given_name_and_surname_ends_the_person(finder):
    assert people(finder, "Aus dem Stand wird Claudia Brandtner Bürgermeisterin.", "de") == [
        ("Claudia Brandtner", None)
    ]
    assert people(finder, "Im Jahr 1894 begann John Barbour Bekleidung zu machen.", "de") == [("John Barbour", None)]


def test_a_german_present_tense_verb_is_no_adjective_before_a_name(finder):
    # "sprechen" is a verb, not an inflected adjective: the given name after it is no noun
    assert people(finder, "Zur Eröffnung sprechen Susanne Wiest und andere.", "de") == [("Susanne Wiest", None)]


def test_a_pair_of_plain_words_met_once_is_no_person(finder):
    # a word of the language and an English word it does not have; a route and an adjective ("Ruta" is a given name too)
    assert people(finder, "Wczoraj rząd przyjął dokument Ustawa Farmers w całości.", "pl") == []
    assert people(finder, "Cortaron el tránsito en Ruta Nacional durante la tarde.", "es") == []
    assert people(finder, "Ayer habló Rosa Blanco en la radio.", "es") == [("Rosa Blanco", None)]  # a family name


def test_an_inflected_common_word_in_a_pair_is_no_given_name(finder):
    assert people(finder, "Jego wynik trafił na karty Rekordów Guinessa.", "pl") == []


def test_a_role_after_a_comma_and_a_figure_or_before_a_name_is_no_apposition(finder):
    # "General" is the title of the name after it, and "a 3 kilómetros" no apposition of the run before the comma
    text = "El bote llegó a Puerto Tapia, a 3 kilómetros de General Paz, el mejor puerto de la zona."
    assert people(finder, text, "es") == []
    text = "El bote llegó a Puerto Tapia, junto a General Paz, el mejor puerto de la zona."
    assert people(finder, text, "es") == []
    text = "Lo dijo Tapia Soler, portavoz del club, y el portavoz calló."
    assert people(finder, text, "es") == [("Tapia Soler", None)]


def test_a_run_right_after_an_indefinite_article_is_a_thing(finder):
    assert people(finder, "El choque tuvo como protagonistas a un Volkswagen Gol y una Chery Tiggo.", "es") == []
    assert people(finder, "Llegó Marta Tapia con una Ford Ranger.", "es") == [("Marta Tapia", None)]


def test_a_name_after_or_opening_with_a_storm_word_is_a_storm(finder):
    text = "Los daños de la borrasca Gloria Fuertes preocupan, dijo Marta Tapia."
    assert people(finder, text, "es") == [("Marta Tapia", None)]
    text = "Das Sturmtief Zeynep Kaya traf am Freitag auf Hamburg, sagte Lena Brandt."
    assert people(finder, text, "de") == [("Lena Brandt", None)]


def test_the_storm_and_indefinite_rules_are_one_for_runs_and_model_people():
    # names.NameFinder and logic.correct both ask these (they had each written the same two rules)
    assert storm_name(["Storm", "Ciaran"], None, "en") and storm_name(["Céline"], "tempête", "fr")
    assert not storm_name(["Storm"], None, "en") and not storm_name(["Céline"], None, "fr")
    assert after_indefinite("una", "es") and after_indefinite("Une", "fr")
    assert not after_indefinite(None, "es") and not after_indefinite("la", "es")


def test_a_word_spelt_like_a_given_name_before_a_place_head_opens_a_feature(finder):
    # "Kızıl" (red) is a Turkish word and, to Faker, a given name: with "Meydan" it is the Red Square
    found = [(f.text, f.label) for f in finder("Dronlar Moskova'daki Kızıl Meydan üzerinden uçtu.", "tr")]
    assert ("Kızıl Meydan", "LOC") in found


def test_a_place_before_an_office_in_a_run_is_the_place_and_the_name_after_the_person(finder):
    # Turkish names the place before its office ("Belgorod Valisi": Belgorod's governor); the place was lost with
    # the words before the role, and "Valisi" was no role
    found = [(f.text, f.label) for f in finder("Belgorod Valisi Vyaçeslav Gladkov bombardıman bildirdi.", "tr")]
    assert ("Belgorod", "GPE") in found and ("Vyaçeslav Gladkov", "PERSON") in found
    # no place before the role: the person alone, as before
    found = [(f.text, f.label) for f in finder("Kremlin'de Dışişleri Sözcüsü Mariya Zaharova konuştu.", "tr")]
    assert ("Mariya Zaharova", "PERSON") in found and ("Dışişleri", "GPE") not in found


def test_a_governor_opening_a_polish_sentence_is_no_place(finder):
    # "Gubernator" was no role, so with the region word after it, "Gubernator obwodu" read as a region's name
    found = [(f.text, f.label) for f in finder("Gubernator obwodu biełgorodzkiego Wiaczesław Gładkow mówi.", "pl")]
    assert ("Gubernator obwodu", "GPE") not in found and ("Wiaczesław Gładkow", "PERSON") in found


def test_a_role_word_opening_like_an_institution_is_the_role(finder):
    # "Радник" (adviser) starts with "рад" (council), "Советник" with "совет": the longer role stem wins
    found = [(f.text, f.label) for f in finder("Радник голови відомства Михайло Пасічник заявив про атаку.", "uk")]
    assert ("Радник", "ORG") not in found and ("Михайло Пасічник", "PERSON") in found


def test_a_lone_institution_word_in_a_case_ending_is_a_common_noun(finder):
    # "Офісу президента": the office's genitive before its owner, no organisation's name of its own
    found = [(f.text, f.label) for f in finder("Радник голови Офісу президента заявив про атаку.", "uk")]
    assert ("Офісу", "ORG") not in found
    found = [(f.label, f.text) for f in finder("Przyjechał przedstawiciel Banku Światowego.", "pl")]
    assert found == [("ORG", "Banku Światowego")]  # two words: a name


def test_a_russian_given_name_in_german_spelling_opens_a_person(finder):
    # Faker lists "Евгений", not "Jewgeni": the language's NAME_CYRILLIC_SPELLING spells the Cyrillic names
    text = "Wie Jewgeni Prigoschin und Sergej Schoigu reagierten, blieb offen."
    assert ("Jewgeni Prigoschin", None) in people(finder, text, "de")


def test_cyrillic_given_names_are_spelt_by_each_language_table():
    from wirestream.services.enrich.entities.name_data import cyrillic_given_names

    spelt = cyrillic_given_names()
    assert {"Jewgeni", "Wjatscheslaw", "Mychajlo", "Yevgeny", "Vyacheslav", "Mykhailo", "Volodymyr"} <= spelt


def test_french_spells_russian_and_ukrainian_given_names_and_the_added_ones_are_spelt_too():
    # round s48: "Oleksiï Danilov" was the town Danilov in French (no French spelling table), and "Олексій", a name the
    # Ukrainian module adds (NAME_GIVEN), no table spelt at all ("Oleksiy" in English, "Oleksij" in German)
    from wirestream.services.enrich.entities.name_data import cyrillic_given_names

    spelt = cyrillic_given_names()
    assert {"Sergueï", "Nikolaï", "Mikhaïl", "Iouri", "Evgueni", "Alexeï", "Oleksiï", "Mykhaïlo", "Serhiï"} <= spelt
    assert {"Oleksiy", "Oleksij"} <= spelt


def test_a_ukrainian_given_name_in_french_spelling_before_a_town_named_surname_makes_a_person(toolkit):
    article = enrich(dated("Le secrétaire du Conseil de sécurité, Oleksiï Danilov, a démenti.", "fr"), toolkit)
    assert [(e.label, e.name) for e in article.entities if "Danilov" in e.name] == [("PERSON", "Oleksiï Danilov")]


def test_polish_spells_russian_and_ukrainian_given_names_with_its_soft_and_hard_letters():
    from wirestream.services.enrich.entities.name_data import cyrillic_given_names, spelt
    from wirestream.services.enrich.languages import pl

    # "л" is "ł" but "l" before a front vowel or "ь"; "е" is "ie" after a consonant, "e" after "ч"
    assert spelt("Алексей", pl.NAME_CYRILLIC_SPELLING["ru"]) == "Aleksiej"
    assert spelt("Ольга", pl.NAME_CYRILLIC_SPELLING["ru"]) == "Olga"
    assert {"Dmitrij", "Wiaczesław", "Siergiej", "Władimir", "Mychajło", "Wołodymyr"} <= cyrillic_given_names()


def test_a_russian_given_name_in_polish_spelling_opens_a_person_after_a_role_and_a_body(finder):
    # "Rady" (council) made the whole run a body while "Dmitrij" was no given name
    text = "Wiceprzewodniczący Rady Bezpieczeństwa Dmitrij Miedwiediew wezwał do likwidacji przywódcy."
    assert ("Dmitrij Miedwiediew", None) in people(finder, text, "pl")
