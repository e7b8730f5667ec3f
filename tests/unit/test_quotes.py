"""Quote attribution, one behaviour per test: each cause of a wrong or missing speaker seen on real news."""

from __future__ import annotations

import pytest

from tests.factories import source
from wirestream.contracts import DatedArticle, Entity, Mention
from wirestream.services.enrich.entities.logic import enrich
from wirestream.services.enrich.entities.quotes import attribute, find_quotes
from wirestream.services.enrich.entities.quotes.language import load
from wirestream.services.enrich.entities.quotes.marks import scan
from wirestream.services.enrich.entities.quotes.speakers import Cast
from wirestream.services.enrich.entities.quotes.text import tokens


def ents(text: str, **labels: str) -> list[Entity]:
    """Entities for the names given (name=LABEL, underscores for spaces), with every mention in the text."""
    out = []
    for key, label in labels.items():
        name = key.replace("_", " ")
        forms = [name, *([name.split()[-1]] if label == "PERSON" and " " in name else [])]
        mentions: list[Mention] = []
        taken: set[tuple[int, int]] = set()
        for form in forms:
            start = 0
            while (i := text.find(form, start)) >= 0:
                if not any(a <= i < b for a, b in taken):
                    mentions.append(Mention(text=form, start=i, end=i + len(form)))
                    taken.add((i, i + len(form)))
                start = i + 1
        out.append(Entity(name=name, label=label, count=len(mentions), mentions=mentions))
    return out


def speakers(text: str, language: str = "en", **labels: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text, ents(text, **labels), language)]


def rules_speakers(text: str, language: str = "en", **labels: str) -> list[str | None]:
    """The attribution rules' speakers alone, without the ranker's guesses for the quotes they leave empty."""
    _, results = attribute(text, ents(text, **labels), language)
    return [speaker.name if speaker else None for _, speaker, _ in results]


# --- abbreviations: "Mr." no longer ends the attribution ---------------------------------------


def test_an_honorific_with_a_full_stop_keeps_the_speaker():
    text = "“We will not let this stand, not now and not ever,” Mr. Clyburn said on Tuesday."
    assert speakers(text, Clyburn="PERSON") == ["Clyburn"]


def test_an_honorific_names_a_speaker_the_recogniser_missed():
    text = "“The committee has done its work and the vote is next,” Dr. Contreras told NBC News."
    assert speakers(text) == ["Contreras"]


def test_an_acronym_inside_the_attribution_does_not_end_it():
    text = "“We have no information about it at all,” the U.S. Secretary of State Antony Blinken said."
    assert speakers(text, Antony_Blinken="PERSON") == ["Antony Blinken"]


# --- speech verbs beyond the short list ---------------------------------------------------------


@pytest.mark.parametrize("verb", ["shouted", "implored", "boasts", "noted", "added", "quipped", "recounted"])
def test_speech_verbs_are_lemmas_not_a_short_list(verb):
    text = f"“This is the best deal this country has ever had,” Trump {verb}."
    assert speakers(text, Trump="PERSON") == ["Trump"]


def test_told_reporters_takes_the_subject_not_the_audience():
    text = "“We know well who made these decisions,” Dmitry Peskov told Fox News on Wednesday."
    assert speakers(text, Dmitry_Peskov="PERSON", Fox_News="ORG") == ["Dmitry Peskov"]


def test_wrote_on_telegram_before_the_quote():
    text = "Sergei Sobyanin wrote on Telegram: “The buildings suffered minor damage, nobody was hurt.”"
    assert speakers(text, Sergei_Sobyanin="PERSON", Telegram="ORG") == ["Sergei Sobyanin"]


def test_described_as_frames_a_partial_quote():
    text = "Zelensky described the claims as “a Russian attempt to justify new strikes”."
    assert speakers(text, Zelensky="PERSON") == ["Zelensky"]


# --- pronouns: the subject who is speaking, not the last name -----------------------------------


def test_he_said_is_the_subject_not_the_last_name():
    text = (
        "Ryan Suter praised the young forward after the game against Zach Parise's old team.\n\n"
        "“He’s used to scoring goals in big games like this,” he said."
    )
    assert speakers(text, Ryan_Suter="PERSON", Zach_Parise="PERSON") == ["Ryan Suter"]


def test_she_said_skips_a_man_named_later():
    text = (
        "Maria Zakharova dismissed the report, which cited Dmitry Peskov.\n\n"
        "“This is yet another fabrication of the Western press,” she said."
    )
    assert speakers(text, Maria_Zakharova="PERSON", Dmitry_Peskov="PERSON") == ["Maria Zakharova"]


def test_a_quote_continued_in_the_next_sentence_keeps_its_speaker():
    text = "“We know well who did it,” Peskov said. “Kyiv then does what it is told by Washington.”"
    assert speakers(text, Peskov="PERSON") == ["Peskov", "Peskov"]


def test_a_quote_paragraph_after_indirect_speech_goes_to_that_speaker():
    text = (
        "Sometimes employees do not follow the rules, Figgins said.\n\n"
        "“But does that mean that they are going to be indicted for it?”"
    )
    assert speakers(text, Figgins="PERSON") == ["Figgins"]


# --- institutions, places and titles as speakers ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "labels", "speaker"),
    [
        (
            "“The drones were disabled by electronic warfare,” the Kremlin press service said.",
            {"Kremlin": "FAC"},
            "Kremlin",
        ),
        (
            "“Russian forces are unlikely to break through this year,” the Institute for the Study of War assessed.",
            {"Institute_for_the_Study_of_War": "ORG"},
            "Institute for the Study of War",
        ),
        (
            "“This is a terrorist act planned in advance,” the Russian foreign ministry said in a statement.",
            {"Russian": "NORP"},
            "Russian foreign ministry",
        ),
        ("“We did not have any involvement in this,” the White House said.", {"White_House": "ORG"}, "White House"),
        ("“We will respond when and where we see fit,” Moscow said.", {"Moscow": "GPE"}, "Moscow"),
        ("“The assessment will take some more weeks,” ISW wrote.", {"ISW": "ORG"}, "ISW"),
    ],
)
def test_institutions_and_places_speak(text, labels, speaker):
    assert speakers(text, **labels) == [speaker]


def test_a_news_agency_quoting_someone_gives_that_someone():
    text = "RIA Novosti quoted Peskov as saying: “We regard this as a planned terrorist act.”"
    found = find_quotes(text, ents(text, RIA_Novosti="ORG", Peskov="PERSON"), "en")
    assert [(q.speaker, q.speaker_label) for q in found] == [("Peskov", "PERSON")]


def test_a_title_resolves_to_the_person_the_article_named():
    text = (
        "Kremlin spokesman Dmitry Peskov said the attack had failed.\n\n"
        "Ukraine's Volodymyr Zelensky denied any role.\n\n"
        "“We regard this as a planned terrorist act,” the Kremlin spokesman said."
    )
    assert speakers(text, Dmitry_Peskov="PERSON", Volodymyr_Zelensky="PERSON", Kremlin="FAC") == ["Dmitry Peskov"]


def test_an_unnamed_source_gets_no_speaker():
    text = "Kyiv denied it. “It is too early to say who did it,” a senior Western official said."
    assert speakers(text, Kyiv="GPE") == [None]


def test_an_unnamed_adviser_is_not_the_place_after_the_verb():
    text = 'A presidential adviser said Kyiv had "nothing to do directly with the attacks".'
    assert speakers(text, Kyiv="GPE") == [None]


def test_a_headline_fragment_is_not_an_attribution():
    text = "Goldman Sachs Said She Raised Money For “The Fund That Would Change Everything”"
    assert speakers(text, Goldman_Sachs="ORG") == [None]


def test_the_speaker_label_says_what_spoke():
    text = "“We will respond when and where we see fit,” Moscow said. “This is not over,” Peskov said."
    found = find_quotes(text, ents(text, Moscow="GPE", Peskov="PERSON"), "en")
    assert [q.speaker_label for q in found] == ["GPE", "PERSON"]


def test_the_body_after_according_to_speaks_though_to_governs_it():
    # the subject of the sentence ("the mayor") does not speak: the body after "according to" does
    text = "The mayor, according to the city council, left early on Friday for a “short meeting with the builders”."
    assert speakers(text, city_council="ORG") == ["city council"]


def test_according_to_a_body_opening_the_sentence_gives_that_body():
    text = "According to the Forest Agency, the fire was started on purpose by “someone who knew the hills well”."
    assert speakers(text, Forest_Agency="ORG") == ["Forest Agency"]


def test_according_to_a_bodys_data_is_not_that_bodys_words():
    text = "According to the Forest Agency's figures, Tom Hale was “the best ranger the valley ever had”."
    assert speakers(text, Forest_Agency="ORG", Tom_Hale="PERSON") == [None]


@pytest.mark.parametrize(
    ("text", "labels", "speaker"),
    [
        (
            "“Prices will keep falling until the spring,” said a report from Harbor Capital Partners.",
            {"Harbor_Capital_Partners": "ORG"},
            "Harbor Capital Partners",
        ),
        (
            "A statement by the Parks Board said: “The gates will stay shut for the whole winter.”",
            {"Parks_Board": "ORG"},
            "Parks Board",
        ),
    ],
)
def test_a_document_speaks_for_the_author_named_after_it(text, labels, speaker):
    assert speakers(text, **labels) == [speaker]


@pytest.mark.parametrize(
    ("text", "labels", "speaker"),
    [
        (
            "According to a 2018 survey by Ruth Lane of the state university, the chain tends to “cut the copy desk "
            "first and the reporters next”.",
            {"Ruth_Lane": "PERSON"},
            "Ruth Lane",
        ),
        (
            "“The river will flood twice as often by the year 2050,” according to a study from the Delta Institute.",
            {"Delta_Institute": "ORG"},
            "Delta Institute",
        ),
        (
            "“We ask you to open the clinic to our volunteers this week,” said a letter from Nurses United.",
            {"Nurses_United": "ORG"},
            "Nurses United",
        ),
    ],
)
def test_according_to_a_document_gives_its_author(text, labels, speaker):
    assert speakers(text, **labels) == [speaker]


def test_a_verb_that_is_also_a_document_noun_does_not_end_the_attribution():
    text = (
        "“It keeps growing every week,” said Van Den Berg, an expert who has been studying the images for years. "
        "“There is damage in every town along the coast.”"
    )
    assert speakers(text, Van_Den_Berg="PERSON") == ["Van Den Berg", "Van Den Berg"]


def test_a_document_with_no_named_author_gets_no_speaker():
    text = "“Prices will keep falling until the spring,” said a report from last year. Harbor Capital agreed."
    assert speakers(text, Harbor_Capital="ORG") == [None]


def test_a_quote_inside_a_sentence_with_no_speech_verb_is_not_its_subjects():
    text = (
        "Anna Kovac said the store would open in May.\n\n"
        "Dale Porter runs the plan, which aims to create a “calm and friendly place to shop” for families."
    )
    assert speakers(text, Anna_Kovac="PERSON", Dale_Porter="PERSON") == [None]


def test_the_company_is_the_one_organisation_in_view():
    text = "Harbor Mills cut 300 jobs on Monday.\n\n“We are sorry for everyone who is leaving us,” the company said."
    assert speakers(text, Harbor_Mills="ORG") == ["Harbor Mills"]


def test_the_company_with_two_organisations_in_view_gets_no_speaker():
    text = (
        "Harbor Mills cut 300 jobs on Monday. Lake Steel hired 200 workers.\n\n"
        "“We are sorry for everyone who is leaving us,” the company said."
    )
    assert speakers(text, Harbor_Mills="ORG", Lake_Steel="ORG") == [None]


def test_the_court_is_the_organisation_in_view_whose_name_holds_court():
    text = (
        "Harbor Mills lost its appeal. The Appeals Court heard the case on Monday.\n\n"
        "“The seller stood between the maker and the buyer at every step,” the court wrote."
    )
    assert speakers(text, Harbor_Mills="ORG", Appeals_Court="ORG") == ["Appeals Court"]


def test_the_statement_is_the_institution_that_issued_it():
    text = (
        "Two soldiers died in a crash, the US military said in a statement on Wednesday.\n\n"
        "“The cause of the crash is under investigation at this time,” the statement said."
    )
    assert speakers(text, US="GPE") == ["US military"]


def test_the_firms_practice_is_not_the_firms_words():
    text = "Harbor Mills grew fast. The firm's habit has been to “cut every cost before the year ends”, critics said."
    assert speakers(text, Harbor_Mills="ORG") == [None]


# --- quotation marks ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "»We do not know what happened over there,» Kirby said.",
        '“We do not know what happened over there," Kirby said.',
        '"We do not know what happened over there,” Kirby said.',
        "« We do not know what happened over there », Kirby said.",
        "„We do not know what happened over there“, Kirby said.",
        "‚We do not know what happened over there‘, Kirby said.",
    ],
)
def test_mixed_quotation_marks_pair(text):
    found = find_quotes(text, ents(text, Kirby="PERSON"), "en")
    assert [(q.text.strip(","), q.speaker) for q in found] == [("We do not know what happened over there", "Kirby")]


def test_two_single_marks_stand_for_a_double_one():
    text = "“It was an attempt to mislead voters,’’ Will Moy told the BBC. ‘‘We will look into every case.’’"
    found = find_quotes(text, ents(text, Will_Moy="PERSON", BBC="ORG"), "en")
    assert [(q.text, q.speaker) for q in found] == [
        ("It was an attempt to mislead voters,", "Will Moy"),
        ("We will look into every case.", "Will Moy"),
    ]


def test_a_quote_over_several_paragraphs_is_one_quote():
    text = (
        "Sasse said:\n\n“You are in this job because of this crisis.\n\n"
        "“These guards aren’t the only ones who should stand trial,” he added."
    )
    found = find_quotes(text, ents(text, Sasse="PERSON"), "en")
    assert len(found) == 1
    assert found[0].text.startswith("You are in this job") and "should stand trial" in found[0].text
    assert "“" not in found[0].text and found[0].speaker == "Sasse"


@pytest.mark.parametrize(
    "text",
    [
        # a press release quoted whole: one opening mark, the closing mark paragraphs later
        "Die Polizei teilte mit: „Die beiden Täter flohen zu Fuß.\n\nSie wurden später gefasst“, so Kraus.",
        # the marks on lines of their own around the quoted paragraph
        "Die Lage ist ernst.\n\n„\n\nDie beiden Täter flohen zu Fuß, sie wurden später gefasst\n\n“ sagt Kraus.",
    ],
)
def test_a_quote_left_open_runs_to_the_mark_that_closes_it_paragraphs_later(text):
    found = find_quotes(text, ents(text, Kraus="PERSON"), "de")
    assert [q.speaker for q in found] == ["Kraus"]
    assert found[0].text.startswith("Die beiden Täter flohen zu Fuß") and "später gefasst" in found[0].text


def test_a_quote_left_open_does_not_run_into_a_later_quote():
    # the first mark after the open one opens a quote of its own: the open one is dropped, the later one kept
    text = "Ein „Fehler im Text.\n\nDann sagte Kraus: „Wir haben alle Täter gefasst“."
    assert [q.text for q in scan(text)] == ["Wir haben alle Täter gefasst"]


def test_a_stray_mark_does_not_swallow_the_quotes_after_it():
    text = "He wore a 6” badge and a “ sign. “We will never give up on this,” Peskov said."
    assert speakers(text, Peskov="PERSON") == ["Peskov"]


@pytest.mark.parametrize(
    ("mark", "quote"),
    [
        ("“", "“A real quote with enough words in it,”"),
        ("«", "«A real quote with enough words in it,»"),
        ("„", "„A real quote with enough words in it,“"),
        ("「", "「A real quote with enough words in it,」"),
        ("‘", "“A real quote with enough words in it,”"),
        ('"', '"A real quote with enough words in it,"'),
        ("»", "»A real quote with enough words in it,»"),
        ("”", "“A real quote with enough words in it,”"),
    ],
)
def test_the_scanner_survives_long_unclosed_marks(mark, quote):
    text = (f"word {mark}" * 5000) + "x" * 25000 + f" {quote} he said."
    assert [q.text for q in scan(text)][-1:] == ["A real quote with enough words in it,"]


def test_the_scanner_survives_a_wall_of_marks():
    assert scan("“ « „ 「 ‘ " * 50_000) == []


# --- other languages ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "labels", "speaker"),
    [
        (
            "«Мы прекрасно знаем, кто принимает такие решения», — заявил Дмитрий Песков.",
            "ru",
            {"Дмитрий_Песков": "PERSON"},
            "Дмитрий Песков",
        ),
        (
            "«Ми не атакуємо ні Путіна, ні Москву», — сказав Володимир Зеленський журналістам.",
            "uk",
            {"Володимир_Зеленський": "PERSON"},
            "Володимир Зеленський",
        ),
        (
            "Bundeskanzler Olaf Scholz reiste ab. „Wir haben keine eigenen Erkenntnisse dazu“, sagte Scholz.",
            "de",
            {},
            "Olaf Scholz",
        ),
        ("« Nous ne savons pas encore ce qui s’est passé », a déclaré Emmanuel Macron.", "fr", {}, "Emmanuel Macron"),
        ("“No tenemos información independiente sobre esto”, dijo Pedro Sánchez en Madrid.", "es", {}, "Pedro Sánchez"),
        (
            "“Não temos informação independente sobre isso”, disse Lula da Silva aos jornalistas.",
            "pt",
            {},
            "Lula da Silva",
        ),
        ("«Non abbiamo informazioni indipendenti su questo», ha detto Giorgia Meloni.", "it", {}, "Giorgia Meloni"),
        ("„Nie mamy niezależnych informacji na ten temat” – powiedział Andrzej Duda.", "pl", {}, "Andrzej Duda"),
        (
            "Dmitriy Peskov, “Bu eylemleri planlı bir terör eylemi olarak görüyoruz” dedi.",
            "tr",
            {"Dmitriy_Peskov": "PERSON"},
            "Dmitriy Peskov",
        ),
        (
            "“Kami tidak punya informasi independen soal ini,” kata Joko Widodo kepada wartawan.",
            "id",
            {},
            "Joko Widodo",
        ),
        ("佩斯科夫表示：“我们很清楚这些决定是在华盛顿做出的。”", "zh", {"佩斯科夫": "PERSON"}, "佩斯科夫"),
    ],
)
def test_attribution_in_other_languages(text, language, labels, speaker):
    assert speakers(text, language, **labels) == [speaker]


def test_russian_gender_in_the_verb_picks_the_woman():
    text = (
        "Мария Захарова ответила на вопрос о заявлении Дмитрия Пескова.\n\n"
        "«Это очередная провокация западных СМИ», — сказала она."
    )
    assert speakers(text, "ru", Мария_Захарова="PERSON", Дмитрия_Пескова="PERSON") == ["Мария Захарова"]


def test_a_spanish_subject_left_out_is_the_last_one_introduced():
    text = "Pedro Sánchez habló en Madrid.\n\n“Hemos pedido calma a todas las partes”, precisó."
    assert speakers(text, "es", Pedro_Sánchez="PERSON") == ["Pedro Sánchez"]


def test_a_german_noun_is_not_a_name():
    text = "Die Regierung tagte lange. „Wir haben keine eigenen Erkenntnisse dazu“, sagte der Sprecher."
    assert speakers(text, "de") == [None]


def test_a_german_clause_opened_by_a_prepositional_phrase_has_its_subject_after_the_verb():
    text = "Im Gespräch mit Werner Bader forderte der VDA: „Wir brauchen schnellere Verfahren für alle.“"
    assert speakers(text, "de", Werner_Bader="PERSON", VDA="ORG") == ["VDA"]


def test_a_german_clause_opened_by_its_subject_keeps_it():
    text = "Werner Bader forderte vom Verband VDA: „Wir brauchen schnellere Verfahren für alle.“"
    assert speakers(text, "de", Werner_Bader="PERSON", VDA="ORG") == ["Werner Bader"]


def test_an_inflected_german_noun_does_not_open_a_name():
    text = (
        "Sie sprach mit den Autohändlern Werner Bader und Tom Jessel.\n\n"
        "„Das ist für uns alle ein großer Schritt“, sagte Bader."
    )
    assert speakers(text, "de") == ["Werner Bader"]


def test_a_german_company_named_with_its_kind_in_front_speaks_by_its_name():
    text = (
        "Unterlagen des Rüstungskonzern Rheinmetall sind aufgetaucht.\n\n"
        "Rheinmetall erklärt dazu: „Die eigene IT ist nicht gehackt worden.“"
    )
    assert speakers(text, "de", Rüstungskonzern_Rheinmetall="ORG") == ["Rheinmetall"]


def test_a_german_adjective_and_plural_noun_are_no_organisation():
    text = (
        "Die Bundeswehr und ausländische Armeen nutzen diese Fahrzeuge.\n\n"
        "„Es sind keine geheimen Informationen betroffen“, so ein Sprecher."
    )
    assert speakers(text, "de") == [None]


def test_a_portuguese_article_before_an_institution_is_not_the_preposition():
    text = "“Procuravam pelo cunhado da vítima naquela noite”, disse a Polícia Civil ao G1 de Pernambuco."
    assert speakers(text, "pt", Polícia_Civil="ORG", Pernambuco="GPE") == ["Polícia Civil"]


def test_a_french_incise_inside_the_marks():
    text = "« En une semaine, on a perdu trois mètres, explique Philippe de Gonneville. C’est préoccupant. »"
    assert speakers(text, "fr") == ["Philippe de Gonneville"]


# --- other languages: causes seen on real pages (issue 11) --------------------------------------


def test_a_clause_ending_in_a_colon_introduces_the_next_quote():
    text = (
        "„Das ist ein guter Tag für uns.“ Max Roth sagte den Zeitungen der Gruppe: "
        "„Wir sind skeptisch, sehr skeptisch.“"
    )
    # the rules give the first quote nobody: the colon hands over to the quote after it, not the one before
    assert rules_speakers(text, "de", Max_Roth="PERSON") == [None, "Max Roth"]


def test_a_plural_verb_takes_no_single_person_from_a_title():
    text = "Pedro Sánchez llegó a Roma.\n\n“No vamos a aceptar esas condiciones”, explicaron el ministro y su equipo."
    assert speakers(text, "es", Pedro_Sánchez="PERSON") == [None]


def test_an_inverted_subject_stops_at_a_subordinate_clause():
    text = "“No vamos a aceptar esas condiciones”, dijo en Roma mientras el ministro Pedro Sánchez callaba."
    assert speakers(text, "es", Pedro_Sánchez="PERSON", Roma="GPE") == [None]


def test_an_unread_reporting_clause_is_not_a_continuation():
    text = (
        "Pedro Sánchez declaró en Roma que no habría acuerdo.\n\n"
        "“No es nuestro problema, nunca lo fue”, se desmarcan en Moncloa."
    )
    assert speakers(text, "es", Pedro_Sánchez="PERSON", Moncloa="ORG") == [None]


def test_a_body_before_the_name_is_cut_from_the_person():
    text = "“Sono felice per l'esito della vicenda”, ha commentato il ministro degli Affari Esteri Antonio Tajani."
    assert speakers(text, "it", Affari_Esteri_Antonio_Tajani="PERSON") == ["Antonio Tajani"]


def test_an_acronym_after_an_article_is_an_organisation():
    text = "„Wir lehnen das entschieden ab, ganz klar“, schrieb der AStA auf Twitter."
    assert speakers(text, "de") == ["AStA"]


def test_a_german_genitive_of_a_name_is_not_a_person():
    text = "Bernd Lucke protestierte. Der Senat teilte Luckes Sorge."
    cast = Cast(text, tokens(text), [], load("de"))
    found = cast.candidates(0, len(cast.toks))
    assert "Luckes Sorge" not in [text[c.start : c.end] for c in found]


def test_a_place_before_a_surname_is_a_first_name():
    text = "„To jest dobre rozwiązanie dla wszystkich” – zwraca uwagę Kamil Sikora."
    assert speakers(text, "pl", Kamil="GPE") == ["Kamil Sikora"]


def test_a_german_separable_speech_verb_is_a_speech_verb():
    text = "„Die Bußgelder sind völlig unverhältnismäßig hoch“, führt Facebook dazu aus."
    assert speakers(text, "de", Facebook="ORG") == ["Facebook"]


def test_a_lone_name_after_an_inverted_verb_is_the_speaker():
    text = "„Die Lage ist ernst, sehr ernst“, sagt Gutierrez."
    assert speakers(text, "de") == ["Gutierrez"]


def test_a_title_binds_to_the_name_after_its_body():
    text = (
        "El inspector general de la Policía, Álvaro Álvarez, habló ayer. "
        "El ministro Eduardo Castillo también habló.\n\n"
        "“Vamos a investigar todos los casos”, dijo el inspector general."
    )
    people = {"Álvaro_Álvarez": "PERSON", "Eduardo_Castillo": "PERSON"}
    assert speakers(text, "es", **people) == ["Álvaro Álvarez"]


def test_an_unbound_title_with_two_people_in_view_gets_nobody():
    text = (
        "Álvaro Álvarez llegó ayer. Eduardo Castillo también.\n\n"
        "“Vamos a investigar todos los casos”, señaló el funcionario."
    )
    people = {"Álvaro_Álvarez": "PERSON", "Eduardo_Castillo": "PERSON"}
    assert speakers(text, "es", **people) == [None]


def test_an_italian_department_after_the_verb_is_an_institution():
    text = "Antony Blinken è a Riad.\n\n“Serve una pace sostenibile nella regione”, afferma il dipartimento di Stato."
    assert speakers(text, "it", Antony_Blinken="PERSON") == ["Dipartimento di Stato"]


def test_an_apposition_does_not_hide_the_subject_of_a_speech_verb():
    text = (
        "En materia del orden público y de sus propuestas para reducir el crimen en las ciudades del país, "
        "John Milton Rodríguez, candidato de Colombia Justa, enfatizó la idea.\n\n"
        "“No hay seguridad sin inteligencia”, recalcó."
    )
    assert speakers(text, "es", John_Milton_Rodríguez="PERSON") == ["John Milton Rodríguez"]


def test_a_left_out_subject_does_not_skip_a_speaker_left_unknown():
    text = (
        "Pedro Sánchez llegó a Roma.\n\n"
        "“Hay que hablar con todos, sin excepción”, dijo un alto cargo. "
        "Y remató: “No vamos a ceder en nada, en nada”."
    )
    assert speakers(text, "es", Pedro_Sánchez="PERSON") == [None, None]


def test_a_reflexive_between_subject_and_speech_verb_keeps_the_speaker():
    text = (
        "Die Opposition hält das für falsch, wie Christian Lindner sich äußerte.\n\n"
        "„Unsere Forderung ist klar und deutlich.“"
    )
    assert speakers(text, "de", Christian_Lindner="PERSON") == ["Christian Lindner"]


def test_a_quote_after_german_reported_speech_goes_on_with_the_last_speaker():
    text = (
        "„Wir haben alles versucht, wirklich alles“, sagte Zoran Barisic.\n\n"
        "Umso wichtiger sei es, den Weg fortzusetzen. „Deshalb bleiben wir bei unserer Linie.“"
    )
    assert speakers(text, "de", Zoran_Barisic="PERSON") == ["Zoran Barisic", "Zoran Barisic"]


# --- the dependency parse, when the caller passes a parsed Doc ----------------------------------


def test_a_parsed_doc_gives_the_subject_of_the_speech_verb(parsing_nlp):
    nlp = parsing_nlp
    text = "Putin, after meeting Lukashenko in Minsk on Friday, said: “We will respond to this attack.”"
    entities = ents(text, Putin="PERSON", Lukashenko="PERSON", Minsk="GPE")
    # the rules alone take the name nearest the verb; the parse knows Putin is its subject
    assert [q.speaker for q in find_quotes(text, entities, "en", doc=nlp(text))] == ["Putin"]


# --- the incident's spokesman, in every language, through entity-enrich and the alias registry ---


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "По словам Пескова, «мы прекрасно знаем, кто принимает такие решения»."),
        ("ru", "Как заявил пресс-секретарь президента Дмитрий Песков, «решения принимаются не в Киеве»."),
        ("uk", "Речник Кремля Дмитро Пєсков заявив: «Ми добре знаємо, хто приймає такі рішення»."),
        ("de", "„Wir wissen sehr gut, wer solche Entscheidungen trifft“, sagte Kremlsprecher Dmitri Peskow."),
        (
            "fr",
            "« Nous savons très bien qui prend ces décisions », a affirmé le porte-parole du Kremlin, Dmitri Peskov.",
        ),
        ("es", "“Sabemos muy bien quién toma estas decisiones”, dijo el portavoz del Kremlin, Dmitri Peskov."),
        ("pt", "“Sabemos muito bem quem toma essas decisões”, disse o porta-voz do Kremlin, Dmitri Peskov."),
        ("it", "«Sappiamo molto bene chi prende queste decisioni», ha detto il portavoce del Cremlino Dmitry Peskov."),
        ("tr", 'Kremlin Sözcüsü Dmitriy Peskov, "Bu kararları kimin aldığını çok iyi biliyoruz" dedi.'),
        ("id", '"Kami tahu betul siapa yang membuat keputusan itu," kata juru bicara Kremlin Dmitry Peskov.'),
        ("zh", "克里姆林宫发言人佩斯科夫表示：“我们很清楚这些决定是在华盛顿做出的。”"),
    ],
)
def test_the_spokesman_in_every_language_is_the_registry_entity(toolkit, language, text):
    article = enrich(DatedArticle(id="x", source=source(), text=text, language=language), toolkit)
    assert [(q.speaker_id, q.speaker_label) for q in article.quotes] == [("person/dmitry-peskov", "PERSON")]


def test_an_impersonal_russian_verb_gives_the_institution(toolkit):
    text = "«Мы расцениваем эти действия как спланированный теракт», — сообщили в Кремле."
    article = enrich(DatedArticle(id="x", source=source(), text=text, language="ru"), toolkit)
    assert [q.speaker_id for q in article.quotes] == ["place/moscow-kremlin"]


def test_one_endless_paragraph_of_quotes_keeps_every_speaker():
    text = "Mr. Smith said “this is a quote of words” and Dr. Jones added “another one of them here” " * 500
    found = find_quotes(text, ents(text, Smith="PERSON", Jones="PERSON"), "en")
    assert len(found) == 1000
    assert {q.speaker for q in found[::2]} == {"Smith"} and {q.speaker for q in found[1::2]} == {"Jones"}


# --- institutions in Russian/Ukrainian impersonal constructions (and German, Polish) ------------

_RU = "«Мы расцениваем эти действия как спланированный террористический акт»"


def test_a_body_in_the_locative_before_a_plural_verb_speaks():
    # "В Минобороны заявили: «…»": "the Defence Ministry said", no one of its people
    assert speakers(f"В Минобороны заявили: {_RU}.", "ru", Минобороны="ORG") == ["Минобороны"]


def test_an_impersonal_verb_gives_the_body_not_a_name_inside_its_phrase():
    # "сообщили в МИД России": the ministry of Russia speaks, not Russia
    text = f"{_RU}, — сообщили в МИД России."
    assert speakers(text, "ru", МИД="ORG", России="GPE") == ["МИД России"]


def test_as_said_in_a_body_before_a_quote():
    text = f"Как сообщили в Минобороны, {_RU[0]}мы расцениваем эти действия как теракт»."
    assert speakers(text, "ru", Минобороны="ORG") == ["Минобороны"]


def test_a_ukrainian_body_named_by_its_kind_and_a_genitive():
    text = "В Офісі президента повідомили: «Ми розцінюємо ці дії як спланований терористичний акт»."
    assert speakers(text, "uk", Офісі="ORG") == ["Офіс президента"]


def test_an_impersonal_verb_with_no_body_named_is_no_one():
    # "— говорится в документе": it is said in a document no one is named as the author of, not Peskov's words
    text = f"Дмитрий Песков выступил в Кремле. {_RU}, — говорится в документе."
    assert speakers(text, "ru", Дмитрий_Песков="PERSON") == [None]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", f"{_RU}, — говорится в сообщении пресс-службы Кремля."),
        ("ru", f"В Кремле заявили: {_RU}."),
        ("ru", f"В пресс-службе Кремля отметили: {_RU}."),
        ("uk", "У Кремлі заявили: «Ми розцінюємо ці дії як спланований терористичний акт»."),
        ("uk", "«Ми розцінюємо ці дії як спланований терористичний акт», — йдеться у повідомленні пресслужби Кремля."),
        ("de", "Im Kreml hieß es: „Wir betrachten dies als geplanten Terrorakt und als Anschlag“."),
        ("de", "„Wir betrachten dies als geplanten Terrorakt und als Anschlag“, hieß es aus dem Kreml."),
        ("pl", "Na Kremlu stwierdzono: „Uważamy te działania za zaplanowany akt terrorystyczny”."),
        ("ru", f"{_RU}, — считают в Кремле."),  # a present plural as well as a past one ("заявили")
        ("ru", f"В Кремле подчеркивают: {_RU}."),
        ("uk", "«Ми розцінюємо ці дії як спланований терористичний акт», — вважають у Кремлі."),
        ("uk", "«Ми розцінюємо ці дії як спланований терористичний акт», — кажуть у Кремлі."),
    ],
)
def test_the_kremlin_speaks_through_an_impersonal_construction(toolkit, language, text):
    article = enrich(DatedArticle(id="x", source=source(), text=text, language=language), toolkit)
    assert [q.speaker_id for q in article.quotes] == ["place/moscow-kremlin"]


def test_a_phrase_of_time_before_the_body_of_an_impersonal_verb():
    assert speakers(f"В пятницу в Минобороны заявили: {_RU}.", "ru", Минобороны="ORG") == ["Минобороны"]
    assert speakers(f"{_RU}, — заявили в пятницу в Минобороны.", "ru", Минобороны="ORG") == ["Минобороны"]


def test_a_plural_verb_with_a_named_subject_is_not_impersonal():
    # "Журналисты в Минобороны заявили": the journalists said it, not the ministry
    assert speakers(f"Журналисты в Минобороны заявили: {_RU}.", "ru", Минобороны="ORG") == [None]
    assert speakers(f"Журналисты в Минобороны считают: {_RU}.", "ru", Минобороны="ORG") == [None]


@pytest.mark.parametrize(
    ("language", "text", "labels"),
    [
        ("ru", "Песков и Лавров заявили: «Мы расцениваем эти действия как спланированный террористический акт».",
         {"Песков": "PERSON", "Лавров": "PERSON"}),
        ("de", "Peskow und Lawrow sagten: „Wir betrachten diese Handlungen als einen geplanten Terrorakt.“",
         {"Peskow": "PERSON", "Lawrow": "PERSON"}),
        ("en", "Peskov and Lavrov said: “We consider these actions a planned terrorist act and an attack.”",
         {"Peskov": "PERSON", "Lavrov": "PERSON"}),
    ],
)  # fmt: skip
def test_the_second_of_two_names_joined_by_and_is_not_the_speaker(language, text, labels):
    assert speakers(text, language, **labels) == [None]


def test_two_roles_joined_by_and_before_one_name_are_that_persons():
    text = "„Wir betrachten diese Handlungen als einen geplanten Terrorakt“, so die Frauenrechtlerin und Soziologin Ana Ruiz."
    assert speakers(text, "de", Ana_Ruiz="PERSON") != [None]


# --- Japanese: 「…」と + verb, the subject before the quote or left out --------------------------


def test_a_japanese_quote_with_its_subject_left_out_goes_to_the_last_speaker():
    text = "山田首相は会見を開いた。「来年には必ず賃上げを実現させたいと考えている」と話しました。"
    found = find_quotes(text, ents(text, 山田="PERSON"), "ja")
    assert [(q.speaker, q.verb) for q in found] == [("山田", "話しました")]


def test_a_japanese_subject_before_the_quote_speaks():
    text = "野党が反発した。山田首相は「来年には必ず賃上げを実現させたいと考えている」と説明しました。"
    found = find_quotes(text, ents(text, 山田="PERSON"), "ja")
    assert [(q.speaker, q.verb) for q in found] == [("山田", "説明")]


def test_a_japanese_unnamed_subject_between_quote_and_verb_is_no_one():
    # 「…」と野党などが指摘: "the opposition and others pointed out", not the prime minister named before
    text = "山田首相は会見を開いた。「給付の方がずっと早く全員に行き渡るはずだ」と野党などが指摘しています。"
    assert speakers(text, "ja", 山田="PERSON") == [None]


def test_a_japanese_name_after_the_speech_verb_is_the_next_clause_not_its_subject():
    # 「…」と指摘し、山田首相は反論した: "… was pointed out, and PM Yamada refuted it": Yamada did not say it
    text = "「給付の方がずっと早く全員に行き渡るはずだ」と指摘し、山田首相は反論した。"
    assert rules_speakers(text, "ja", 山田="PERSON") == [None]


def test_a_relative_clause_of_an_unnamed_person_noun_is_no_one():
    # "Ricking tells of a young man who said: …": the young man's words, not Ricking's
    text = 'Ricking erzählt von einem jungen Mann, der gleich zur Begrüßung sagte: "Mit Kirche hab ich nix am Hut."'
    assert rules_speakers(text, "de", Ricking="PERSON") == [None]


def test_a_relative_clause_of_a_name_is_still_that_person():
    text = 'Er sprach mit Marianne Ricking, die gleich zur Begrüßung sagte: "Mit Kirche hab ich nix am Hut."'
    assert rules_speakers(text, "de", Marianne_Ricking="PERSON") == ["Marianne Ricking"]


# --- Albanian and Greek: lexicons of their own -------------------------------------------------


def test_an_albanian_impersonal_passive_gives_the_body_of_the_report():
    # "thuhet në raportin … të Policisë së Kosovës": it is said in the Kosovo Police's report
    text = "“Policia ka gjetur dhe konfiskuar disa armë në shtëpi”, thuhet në raportin 24-orësh të Policisë së Kosovës."
    assert rules_speakers(text, "sq") == ["Policisë së Kosovës"]


def test_an_albanian_impersonal_passive_with_no_body_is_no_one():
    text = "Agim Berisha foli me gazetarët. “Policia ka gjetur dhe konfiskuar disa armë në shtëpi”, thuhet në raport."
    assert speakers(text, "sq", Agim_Berisha="PERSON") == [None]


def test_a_greek_inverted_speech_verb_gives_its_subject():
    text = "«Σήμερα τα ξημερώματα συνελήφθη ο αλλοδαπός από αστυνομικούς», δήλωσε ο Γιάννης Παπαδόπουλος."
    assert rules_speakers(text, "el") == ["Γιάννης Παπαδόπουλος"]


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("ru", "«Мы не допустим этого ни при каких условиях», — сказал Дмитрий Песков. В документе говорится: "
         "«Стороны продолжат переговоры в ближайшее время».", "Дмитрий Песков"),
        ("de", "„Wir werden das unter keinen Umständen zulassen“, sagte Peter Müller. Dort heißt es: „Die Parteien "
         "setzen die Gespräche in Kürze fort.“", "Peter Müller"),
        ("de", "„Wir werden das unter keinen Umständen zulassen“, sagte Peter Müller. In der Petition heißt es: „Die "
         "Parteien setzen die Gespräche in Kürze fort.“", "Peter Müller"),
    ],
)  # fmt: skip
def test_a_colon_after_an_impersonal_clause_naming_no_body_is_no_one(language, text, name):
    # "it says in the document:", "it says there:": a document no author is named for, not the last speaker's words
    assert speakers(text, language, **{name.replace(" ", "_"): "PERSON"}) == [name, None]


def test_a_russian_impersonal_colon_in_the_last_speakers_document_keeps_that_speaker():
    # "Песков подписал обращение … В обращении говорится:": the address the article gave him
    text = (
        "Дмитрий Песков подписал обращение к депутатам. «Мы не допустим этого ни при каких условиях», — сказал "
        "Песков. В обращении говорится: «Стороны продолжат переговоры в ближайшее время»."
    )
    assert speakers(text, "ru", Дмитрий_Песков="PERSON") == ["Дмитрий Песков", "Дмитрий Песков"]


def test_a_turkish_inverted_subject_after_the_verb_still_speaks():
    # Turkish is verb-final too, but "dedi Erdoğan" inverts: only Japanese (subject_first) reads no subject there
    text = "Bakan açıklama yaptı. “Bu saldırıyı kesinlikle kabul etmiyoruz ve kınıyoruz” dedi Erdoğan."
    assert rules_speakers(text, "tr", Erdoğan="PERSON") == ["Erdoğan"]


def test_a_capitalised_german_adjective_opens_a_name_for_the_attributor_too():
    # Cast.name_adjective is public: the attributor's paragraph scan asks it about the word after an article.
    text = "Die Deutsche Post und die Berliner Stadtreinigung streiken in Berlin. Unternehmens Gegenbauer."
    cast = Cast(text, tokens(text), [], load("de"))
    by_text = {t.text: t for t in cast.toks}
    assert cast.name_adjective(by_text["Deutsche"])
    assert not cast.name_adjective(by_text["Unternehmens"])
    assert not cast.name_adjective(by_text["streiken"])


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a page's soft hyphens (U+00AD) inside the speech verb
        ("Marie Dupont kam spät. „Wir werden diese Reform nicht mittragen“, er\u00adklärt sie.", "de"),
        ("Marie Dupont kam spät. „Wir werden diese Reform nicht mittragen“, be\u00adtont sie.", "de"),
    ],
)
def test_a_soft_hyphen_inside_a_word_keeps_the_word_whole(text: str, language: str) -> None:
    assert rules_speakers(text, language, Marie_Dupont="PERSON") == ["Marie Dupont"]
    word = next(t for t in tokens(text) if "\u00ad" in text[t.start : t.end])
    assert "\u00ad" not in word.text and text[word.start : word.end].replace("\u00ad", "") == word.text


def test_a_place_introduced_by_a_person_noun_in_apposition_is_a_person() -> None:
    # the recogniser read a foreign name as a place; "d’une femme, Han Seori," introduces a woman, and the place it
    # reads in her last name alone ("Seori, elle, …") is her too: "écrit-elle" is hers, not the man's
    text = (
        "Pierre Martin reçoit le mot d’une femme, Han Seori, qui vivait dans son quartier.\n"
        "Seori, elle, n’a pas changé. « Je repense souvent à notre quartier et à ses rues, écrit-elle. »"
    )

    def entity(name: str, label: str, start: int) -> Entity:
        return Entity(
            name=name, label=label, count=1, mentions=[Mention(text=name, start=start, end=start + len(name))]
        )

    found = [
        entity("Pierre Martin", "PERSON", 0),
        entity("Han Seori", "LOC", text.index("Han Seori")),
        entity("Seori", "LOC", text.index("Seori,", text.index("\n"))),
    ]
    _, results = attribute(text, found, "fr")
    assert [speaker.name if speaker else None for _, speaker, _ in results] == ["Han Seori"]


# --- short quotes: kept when a speech verb attributes them right there ------------------------


@pytest.mark.parametrize(
    ("text", "language", "labels"),
    [
        ("Dmitry Peskov spoke.\n\n“Absolutely not,” Peskov said.", "en", {"Dmitry_Peskov": "PERSON"}),
        ("Dmitry Peskov spoke.\n\nPeskov said: “No comment.”", "en", {"Dmitry_Peskov": "PERSON"}),
        ("Дмитрий Песков выступил.\n\n«Это абсурд», — сказал Песков.", "ru", {"Песков": "PERSON"}),
        ("Dmitri Peskow sprach.\n\n„Das ist absurd“, sagte Peskow.", "de", {"Peskow": "PERSON"}),
        ('Dmitriy Peskov konuştu.\n\n"Bu saçma" dedi Peskov.', "tr", {"Peskov": "PERSON"}),
    ],
)
def test_a_short_quote_with_its_speech_verb_at_once_is_a_quote(text, language, labels):
    assert speakers(text, language, **labels) == [labels and next(iter(labels)).replace("_", " ")]


def test_short_quoted_words_without_a_speech_verb_are_no_quote():
    text = "Dmitry Peskov called it “a hoax” on Wednesday, and the “special operation” went on, he said."
    assert find_quotes(text, ents(text, Dmitry_Peskov="PERSON"), "en") == []


def test_a_short_quote_the_sentence_runs_on_after_is_no_quote():
    text = 'Kurt Volker said he never used the term "three amigos" and added, "I frankly cringe when I hear it."'
    quotes = find_quotes(text, ents(text, Kurt_Volker="PERSON"), "en")
    assert [(q.text, q.speaker) for q in quotes] == [("I frankly cringe when I hear it.", "Kurt Volker")]


def test_a_short_quote_ending_its_sentence_takes_no_verb_of_the_next():
    text = "Лидия Иванова выступила.\n\nОб этом сообщили в «Автодоре».\n\nВ госкомпании пояснили, что участок открыт."
    assert find_quotes(text, ents(text, Лидия_Иванова="PERSON"), "ru") == []


@pytest.mark.parametrize(
    ("text", "language", "labels", "expected"),
    [
        (
            "«Мы ничего не знаем об этом», — отметил советник Зеленского Михаил Подоляк.",
            "ru",
            {"Зеленского": "PERSON", "Михаил_Подоляк": "PERSON"},
            "Михаил Подоляк",
        ),
        (
            "«Ми нічого про це не знаємо», — заявив радник Зеленського Михайло Подоляк.",
            "uk",
            {"Зеленського": "PERSON", "Михайло_Подоляк": "PERSON"},
            "Михайло Подоляк",
        ),
        (
            "«Мы ничего не знаем об этом», — сказал Песков Путину.",
            "ru",
            {"Песков": "PERSON", "Путину": "PERSON"},
            "Песков",
        ),
    ],
)
def test_a_role_after_the_verb_is_held_by_the_name_that_ends_its_phrase(text, language, labels, expected):
    assert rules_speakers(text, language, **labels) == [expected]


@pytest.mark.parametrize(
    ("text", "language", "labels", "expected"),
    [
        (
            "Pour Mykhaïlo Podoliak, « tout cela relève de la provocation pure ».",
            "fr",
            {"Mykhaïlo_Podoliak": "PERSON"},
            "Mykhaïlo Podoliak",
        ),
        (
            "Per Antonio Tajani, «la situazione resta molto grave per tutti».",
            "it",
            {"Antonio_Tajani": "PERSON"},
            "Antonio Tajani",
        ),
        # "pour" inside the sentence is no cue: the quote's speaker is the sentence's subject
        (
            "Agnès Buzyn déclarait vouloir « lever le voile sur la filiation » pour les enfants de Marie Mesnil.",
            "fr",
            {"Agnès_Buzyn": "PERSON", "Marie_Mesnil": "PERSON"},
            "Agnès Buzyn",
        ),
    ],
)
def test_a_preposition_opening_the_sentence_attributes_like_according_to(text, language, labels, expected):
    assert speakers(text, language, **labels) == [expected]


@pytest.mark.parametrize("verb", ["explique-t-elle", "estime-t-elle", "raconte-t-elle"])
def test_a_french_verb_with_its_hyphenated_pronoun_after_the_quote_gives_the_pronouns_person(verb):
    # "« … », explique-t-elle": the inverted subject is glued to the verb after a hyphen, outside the marks
    text = f"Marie Dupont est arrivée. « La situation est très grave et nous devons agir », {verb}."
    assert rules_speakers(text, "fr", Marie_Dupont="PERSON") == ["Marie Dupont"]
