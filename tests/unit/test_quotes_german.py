"""German quote attribution, one behaviour per test: causes of missing speakers seen on German development pages."""

from __future__ import annotations

import pytest

from tests.unit.test_quotes import rules_speakers, speakers


@pytest.mark.parametrize(
    "text",
    [
        # no comma between the closing mark and the verb, a present-tense form the lemmatiser leaves as it is
        "Ausblick. „Von allein verändert sich gar nichts“ resümiert Vizepräsidentin Sabine Lackner im Video.",
        "„Das ist eine völlig falsche Darstellung der Lage“ entgegnet Sabine Lackner.",
        "„Die Zahlen sind deutlich schlechter als erwartet“ konstatiert Sabine Lackner nüchtern.",
        "„Das hat mit der Wirklichkeit wenig zu tun“ moniert Sabine Lackner.",
        "„Wir warten seit Monaten auf eine klare Antwort“ bemängelt Sabine Lackner.",
    ],
)
def test_german_speech_verb_forms_after_the_quote(text: str) -> None:
    assert speakers(text, "de", Sabine_Lackner="PERSON") == ["Sabine Lackner"]


def test_surname_after_article_and_adjective_is_the_person_named_in_full() -> None:
    # "der optimistische Torgersen": an adjective between the article and a surname the article gave in full
    text = (
        "Der norwegische Trainer Tobias Torgersen übernahm das Team. "
        "„Es ist unser Hauptziel, gesund zu bleiben, ganz sicher.“, sagte der optimistische Torgersen."
    )
    assert speakers(text, "de") == ["Tobias Torgersen"]


def test_noun_after_article_and_adjective_stays_no_name() -> None:
    # a heading of common nouns ("Selbstfahrendes Auto") does not make "das selbstfahrende Auto" a person
    text = (
        "Selbstfahrendes Auto\n\nDie Technik kommt. "
        "„Das wird noch viele Jahre dauern, da sind wir sicher“, sagt das selbstfahrende Auto."
    )
    assert speakers(text, "de") == [None]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a bare role before a name ("Kollegin", "Trainer") is a title, not the person's first name
        (
            "Kollegin Lisa Wagner sieht darin etwas Allgemeines: «So ein bisschen stehen sie für eine Ehe.»",
            "Lisa Wagner",
        ),
        (
            "Die Mannschaft spielte gut. Der Trainer Jonas Eriksen war zufrieden. "
            "„Wir haben heute alles richtig gemacht, wirklich alles“, sagte Eriksen.",
            "Jonas Eriksen",
        ),
    ],
)
def test_german_bare_roles_before_names(text: str, speaker: str) -> None:
    assert speakers(text, "de") == [speaker]


@pytest.mark.parametrize(
    "cue",
    ["so der 15-malige Major-Sieger rückblickend.", "erklärt der US-Promi.", "sagt der Bayern-Coach."],
)
def test_a_hyphenated_description_after_the_quote_is_the_person_in_view(cue: str) -> None:
    # a compound whose last part is a kind of person ("US-Promi", "Major-Sieger") describes the person the
    # paragraph is about, like a pronoun; before, it read as someone the article does not name
    text = f"Thomas Brandt gewann 2019 in Augusta. „Das war der schönste Tag meiner ganzen Laufbahn“, {cue}"
    assert rules_speakers(text, "de", Thomas_Brandt="PERSON") == ["Thomas Brandt"]


def test_a_hyphenated_word_that_is_no_person_stays_no_speaker() -> None:
    text = "Thomas Brandt gewann 2019. „Das war der schönste Tag meiner ganzen Laufbahn“, heißt es in der E-Mail."
    assert rules_speakers(text, "de", Thomas_Brandt="PERSON") == [None]


def test_an_age_description_takes_the_last_subject_when_several_people_are_named() -> None:
    # "erzählt der 48-Jährige" with two people named in view: the one who was the last sentence's subject
    text = (
        "Christian Lindner will mehr Flüge. Anna Berger fährt seit 2008 nur mit dem Zug durch Europa. "
        "„Ich habe diese entspannte Art zu reisen sehr genossen“, erzählt die 48-Jährige."
    )
    assert rules_speakers(text, "de", Christian_Lindner="PERSON", Anna_Berger="PERSON") == ["Anna Berger"]


def test_a_line_break_inside_a_sentence_does_not_end_the_paragraph() -> None:
    # a page that wraps its lines as paragraphs: "kennt das aus⏎⏎eigener Erfahrung" is one sentence, so the person
    # it introduces stays in view of the quote three wrapped lines later
    text = (
        "Erstes Thema.\n\nZweites Thema.\n\nKris Decker kennt das aus\n\neigener Erfahrung. Seit 2008 fährt er\n\n"
        "nur noch mit\n\ndem Zug. „Ich habe diese entspannte Art zu reisen sehr genossen“, erzählt der 48-Jährige."
    )
    assert rules_speakers(text, "de", Kris_Decker="PERSON") == ["Kris Decker"]


def test_mid_sentence_line_breaks_are_not_paragraphs() -> None:
    from wirestream.services.enrich.entities.quotes.text import Layout

    text = "Er kennt das aus\n\neigener Erfahrung.\n\nNeuer Absatz\n\nUnd noch einer,\n\nder weitergeht."
    starts = Layout(text, [], frozenset()).paragraphs
    assert [text[s : s + 6] for s in starts] == ["Er ken", "Neuer ", "Und no"]


def test_an_inverted_reporting_clause_with_words_after_the_name_makes_a_speaker() -> None:
    # ", sagte Lucke am Samstag der Presse-Agentur.": the name, then the clause's adverbs; the quote of the next
    # paragraph, with no cue of its own, goes on with him
    text = (
        "Der Rat verkläre die Vorfälle, sagte Bernd Lucke am Samstag der Presse-Agentur in Hamburg.\n\n"
        "Ein Gespräch sei nicht sinnvoll. «Wenn der Rat eine offene Veranstaltung organisiert, komme ich gerne.»"
    )
    assert rules_speakers(text, "de", Bernd_Lucke="PERSON") == ["Bernd Lucke"]


def test_a_quote_with_no_cue_continues_past_a_person_named_as_an_object() -> None:
    # "die Bäckerei Johann Mayer": named in between, but no one who speaks
    text = (
        "„Es darf sich nicht die ganze Herde infizieren“, sagt Karsten Berning. Sonst könnte er die Bäckerei "
        "Johann Mayer zumachen. „Das Liefergeschäft mit Hotels ist komplett weggebrochen.“"
    )
    got = rules_speakers(text, "de", Karsten_Berning="PERSON", Johann_Mayer="PERSON")
    assert got == ["Karsten Berning", "Karsten Berning"]


def test_a_new_subject_in_between_still_stops_the_continued_quote() -> None:
    text = (
        "„Es darf sich nicht die ganze Herde infizieren“, sagt Karsten Berning. Johann Mayer sieht das anders. "
        "„Das Liefergeschäft mit Hotels ist komplett weggebrochen.“"
    )
    got = rules_speakers(text, "de", Karsten_Berning="PERSON", Johann_Mayer="PERSON")
    assert got[1] != "Karsten Berning"


@pytest.mark.parametrize("frame", ["ist klar, dass", "steht fest:"])
def test_fur_x_ist_klar_gives_x_the_quote(frame: str) -> None:
    text = (
        "„Wohnen gehörte schon 2021 zu den Preistreibern“, sagt Ruth Becher. "
        f"Für unseren Geschäftsführer Christian Deutsch {frame} „die Regierung muss jetzt ein Stoppschild aufstellen“."
    )
    got = rules_speakers(text, "de", Ruth_Becher="PERSON", Christian_Deutsch="PERSON")
    assert got[0] == "Ruth Becher"
    assert (got[1] or "").endswith("Christian Deutsch")


def test_fur_without_a_stance_word_gives_no_one_the_quote() -> None:
    text = "Für Christian Deutsch gab es Applaus, als „die Regierung sofort ein Stoppschild aufstellen muss“ fiel."
    assert rules_speakers(text, "de", Christian_Deutsch="PERSON") == [None]


def test_a_company_named_again_without_its_legal_form_is_the_company() -> None:
    text = (
        "Die Cansativa GmbH verkauft Cannabis an Apotheken. Cansativa teilt auf Anfrage dazu mit, man nutze "
        "„die positive Referenz als Auftragnehmer eines öffentlichen Auftraggebers“."
    )
    assert rules_speakers(text, "de", Cansativa_GmbH="ORG") == ["Cansativa GmbH"]


def test_a_word_that_only_starts_a_company_name_without_a_legal_form_is_no_speaker() -> None:
    text = (
        "Die Cansativa Holding verkauft Cannabis an Apotheken. Cansativa teilt auf Anfrage dazu mit, man nutze "
        "„die positive Referenz als Auftragnehmer eines öffentlichen Auftraggebers“."
    )
    assert rules_speakers(text, "de", Cansativa_Holding="ORG") == [None]


def test_heisst_es_speaks_for_the_body_the_paragraph_names_unread() -> None:
    # "heißt es" with no body named: the one body the paragraph names (article, capitalised adjective, noun)
    text = (
        "Was für andere Wochen die Deutsche Post erlebt hat. „Allein für die Zustellung haben wir viel "
        "Desinfektionsmittel bereitgestellt“, heißt es. Die Fahrzeuge würden gereinigt."
    )
    assert speakers(text, "de") == ["Deutsche Post"]


def test_unnamed_spokesperson_speaks_for_the_unread_body_of_a_place() -> None:
    # "bei der Berliner Straßenreinigung": a place's "-er" adjective of a place the article names opens a body's name
    text = (
        "Die Müllabfuhr fährt weiter. Bislang gab es bei der Berliner Straßenreinigung 13 Infizierte. "
        "„Tourenpläne bekommen sie nicht mehr drinnen“, schildert eine Sprecherin."
    )
    assert speakers(text, "de", Berlin="GPE") == ["Berliner Straßenreinigung"]


def test_body_read_from_the_text_does_not_carry_to_the_next_paragraph() -> None:
    # the spokesperson of the next paragraph's firm ("Gegenbauer", no article) is not the Post's
    text = (
        "Was für andere Wochen die Deutsche Post erlebt hat. „Allein für die Zustellung haben wir viel "
        "Desinfektionsmittel bereitgestellt“, heißt es.\n\n"
        "Die Angestellten von Gegenbauer bewachen Gebäude. „Das Tragen muss aber auch richtig erklärt werden“, "
        "sagt der Sprecher."
    )
    assert speakers(text, "de") == ["Deutsche Post", None]


@pytest.mark.parametrize(
    "opening",
    [
        "Die Deutsche Bahn und die Deutsche Post klagen über Ausfälle.",  # two bodies: which one?
        "Die Deutsche Post hat Ärger mit Anna Schmidt.",  # a person read there: not the body's words
        "Die Post hat viel zu tun.",  # a common noun after the article names nobody
    ],
)
def test_heisst_es_stays_unattributed_without_one_unread_body(opening: str) -> None:
    text = f"{opening} „Allein für die Zustellung haben wir viel Mittel bereitgestellt“, heißt es."
    assert speakers(text, "de", Anna_Schmidt="PERSON") == [None]


def test_quote_in_a_clause_of_someones_words_is_theirs_not_the_commenters() -> None:
    # "die Formulierungen von der Leyens, wonach „…“": the owner of the words said them; Steger comments on them
    text = (
        "Die Aussage von Kommissionspräsidentin Ursula von der Leyen lässt bei Petra Steger die Alarmglocken läuten. "
        "Vor allem die Formulierungen von der Leyens, wonach die Ukraine „viele Etappenziele auf dem Weg erreicht“ "
        "habe, bezeichnet Steger als realitätsfremd."
    )
    assert speakers(text, "de", Petra_Steger="PERSON") == ["Ursula von der Leyen"]


def test_quote_in_a_clause_of_a_read_persons_words() -> None:
    text = (
        "Anna Schmidt kritisierte die Pläne. Die Aussage von Klaus Weber, dass „die Zahlen völlig stimmen würden“, "
        "nannte Schmidt falsch."
    )
    assert speakers(text, "de", Anna_Schmidt="PERSON", Klaus_Weber="PERSON") == ["Klaus Weber"]


def test_clause_after_a_noun_of_no_ones_words_keeps_the_subject() -> None:
    # "die Pläne der Regierung, wonach …" is no one's words: the sentence's own cue decides
    text = "Die Pläne von Klaus Weber, wonach „die Zahlen völlig stimmen würden“, seien falsch, sagte Anna Schmidt."
    assert speakers(text, "de", Anna_Schmidt="PERSON", Klaus_Weber="PERSON") == ["Anna Schmidt"]


@pytest.mark.parametrize(
    "text",
    [
        # an apposition between dashes, its body unread ("Justice Network" is no person): the name before speaks
        "Markus Meinzer – von Tax Justice Network – sagt: „Das Jahr wird sehr schwierig für uns alle.“",
        "Markus Meinzer – Experte bei Tax Justice Network – sagt: „Das Jahr wird sehr schwierig für uns alle.“",
    ],
)
def test_colon_subject_before_a_dashed_apposition(text: str) -> None:
    assert rules_speakers(text, "de", Markus_Meinzer="PERSON") == ["Markus Meinzer"]


def test_dashed_list_of_people_is_not_an_apposition() -> None:
    # "X – Y – sagt": a second person opening the dashes is no apposition of the first
    text = "Markus Meinzer – Anna Schmidt – sagt: „Das Jahr wird sehr schwierig für uns alle.“"
    assert rules_speakers(text, "de", Markus_Meinzer="PERSON", Anna_Schmidt="PERSON") != ["Markus Meinzer"]


@pytest.mark.parametrize(
    ("clause", "body"),
    [
        ("sagte ein Sprecher der Deutschen Post", "Deutsche Post"),  # the name as it stands alone
        ("sagte eine Sprecherin der Gegenbauer GmbH", "Gegenbauer GmbH"),  # a company's legal form
        ("sagte ein Sprecher des Unternehmens", None),  # a common noun names no body
        # a lone word after "von" with no article names the body when the dictionary lists no plural of it (round s39)
        ("sagte ein Sprecher von Gegenbauer", "Gegenbauer"),
        ("sagte ein Sprecher von Anwohnern", None),  # a plural common noun names no body
    ],
)
def test_unnamed_spokesperson_of_a_body_the_recogniser_did_not_read(clause: str, body: str | None) -> None:
    text = f"Die Zustellung läuft. „Wir haben viel Desinfektionsmittel bereitgestellt“, {clause}."
    assert rules_speakers(text, "de") == [body]


def test_heisst_es_speaks_for_the_body_the_recogniser_read_as_adjective_and_noun() -> None:
    text = (
        "Was für andere Wochen die Deutsche Post erlebt hat. Nicht weniger war zu tun. „Allein für die Zustellung "
        "haben wir Mittel bestellt“, heißt es.\n\nDie Angestellten von Gegenbauer reinigen Gebäude. „Das Tragen "
        "muss richtig erklärt werden“, sagt der Sprecher."
    )
    said = rules_speakers(text, "de", Deutsche_Post="ORG")
    assert said[0] == "Deutsche Post"
    assert said[1] is None  # the body of the paragraph before is not carried over


@pytest.mark.parametrize(
    "sentence",
    [
        # an indefinite article tells a subject the article does not name, before the verb or after it
        "Ein langjähriger Freund sagte ihr einmal: „Du bist wie ein Sportwagen, das weiß hier jeder.“",
        "Als sie nach Berlin zog, sagte eine Freundin: „Du bist wie ein Sportwagen, das weiß hier jeder.“",
        # a weak speech verb, its subject an article and a noun, a colon: nobody, not the last speaker
        "Als sie sich umzog, rief das Team plötzlich: „Stopp, bleib so, du siehst fantastisch aus.“",
    ],
)
def test_unnamed_subject_of_the_verb_before_a_quote_is_nobody(sentence: str) -> None:
    text = (
        "Anna Berg lebt in Köln. „Ich habe viel gelernt in diesen Jahren“, sagte Anna Berg. Anna Berg lacht. "
        + sentence
    )
    assert speakers(text, "de", Anna_Berg="PERSON") == ["Anna Berg", None]


def test_age_needs_a_number_before_jaehrig() -> None:
    from wirestream.services.enrich.entities.quotes.language import for_text

    lang = for_text("de", "")
    assert lang.title_gender("48-Jährige")[0]
    assert lang.title_gender("Achtzigjähriger")[0]
    assert not lang.title_gender("langjähriger")[0]
    assert not lang.title_gender("Minderjährige")[0]


def test_formal_you_inside_a_sentence_is_the_interviewee() -> None:
    text = (
        "Anna Berg hat ein Buch geschrieben. Anna Berg lebt in Köln, sagt Anna Berg.\n\n"
        "Unter ein Foto am Strand schrieben Sie: „Dankbar unperfekt an einem perfekten Tag.“ Warum?\n\n"
        "Weil es stimmt. Peter Wolf hat das Foto gemacht."
    )
    assert rules_speakers(text, "de", Anna_Berg="PERSON", Peter_Wolf="PERSON") == ["Anna Berg"]


def test_run_ending_in_an_inflected_noun_is_no_name() -> None:
    # "Millionen Dollar Spenden": nouns side by side, no person for a quote to be given to
    text = (
        "Neben der Arbeit habe ich viele Millionen Dollar Spenden gesammelt für Obdachlose.\n\n"
        "„Ich vermisse die frühere Version von mir selbst nicht, ganz ehrlich.“"
    )
    assert speakers(text, "de") == [None]


@pytest.mark.parametrize(
    "closing",
    [
        ", schlussfolgert Patrick Breyer (PIRATEN), der Berichterstatter des Ausschusses.",
        ", sagt Patrick Breyer, der Berichterstatter des Ausschusses.",
        ", glaubt Patrick Breyer (SPD).",
    ],
)
def test_reporting_clause_closing_a_paragraph_hands_the_next_quote_over(closing: str) -> None:
    # a party in brackets, an apposition after a comma, a weak verb: the clause's subject spoke, and a quote
    # opening the next paragraph with no attribution of its own goes on with his words
    text = (
        "Die Anhörung hat die mangelnde Bereitschaft der EU offenbart" + closing + "\n\n"
        "„Haugen warnt, dass die Pläne die Bedrohung noch einmal erhöhen werden.\n\nEs fehlt der EU am Willen.“"
    )
    assert rules_speakers(text, "de", Patrick_Breyer="PERSON") == ["Patrick Breyer"]


@pytest.mark.parametrize(
    ("where", "speaker"),
    [
        ("im IBC Solar-Blog", "IBC Solar"),
        ("im SPD-Papier", "SPD"),
        ("im Corona-Bericht", None),  # a word of the language: the report's subject, not its issuer
    ],
)
def test_heisst_es_in_a_publication_compound_names_its_issuer(where: str, speaker: str | None) -> None:
    text = f"Der Winter kommt. „Bei der Frage, ob die Module befreit werden sollten, scheiden sich die Geister“, heißt es {where}."
    assert rules_speakers(text, "de") == [speaker]


def test_fuer_name_and_a_verbless_heading_before_a_colon_gives_whose_words() -> None:
    # "Für Ricking kein Problem: „…“" after an unnamed man's quote: hers, not nobody's (the name after "für" is
    # what the cue is, not a mention governed by a preposition)
    text = (
        "Marianne Ricking leitet die Gemeinde. Ricking erzählt von einem jungen Mann, der zur Begrüßung sagte: "
        "„Mit Kirche hab ich nix am Hut, aber meinem Vater war es wichtig.“ Für Ricking kein Problem: "
        "„Ich bin die Glaubende, aber ich missioniere nicht, das ist mir wichtig.“"
    )
    assert rules_speakers(text, "de", Marianne_Ricking="PERSON") == [None, "Marianne Ricking"]


def test_reflexive_feeling_verb_attributes_to_its_pronoun_subject() -> None:
    # "freut sie sich": a feeling voiced with a reflexive verb, the pronoun resolved to the woman named before
    text = (
        "Marianne Ricking leitete den Kindergarten. "
        "„Jetzt kann ich mich meinen Aufgaben viel intensiver widmen“, freut sie sich."
    )
    assert rules_speakers(text, "de", Marianne_Ricking="PERSON") == ["Marianne Ricking"]


def test_colon_subject_with_role_before_and_employer_after() -> None:
    # the sentence opens with a role and a person; their employer and a dash aside come before the colon
    text = (
        "Der Finanzexperte Markus Meinzer von Tax Justice Network hält das für ein Problem – besonders bei "
        "Vertragspartnern des Staates Deutschland: „Ohne eine Offenlegung der Investoren lädt die Regierung zu "
        "Interessenkonflikten ein.“"
    )
    found = rules_speakers(text, "de", Markus_Meinzer="PERSON", Tax_Justice_Network="ORG", Deutschland="GPE")
    assert found == ["Markus Meinzer"]


def test_colon_subject_with_a_second_person_stays_unsure() -> None:
    text = (
        "Der Finanzexperte Markus Meinzer traf Anna Berger – besonders bei Verträgen: "
        "„Ohne eine Offenlegung der Investoren lädt die Regierung zu Interessenkonflikten ein.“"
    )
    assert rules_speakers(text, "de", Markus_Meinzer="PERSON", Anna_Berger="PERSON") == [None]


def test_title_said_of_a_person_with_a_copula_binds_to_them() -> None:
    # "Anna Berger ist Sprecherin des Ministeriums" … "sagte die Sprecherin": the role the article gave her
    text = (
        "Anna Berger ist Sprecherin des Ministeriums. "
        "„Wir werden die Pläne für das neue Stadion genau prüfen“, sagte die Sprecherin."
    )
    assert rules_speakers(text, "de", Anna_Berger="PERSON") == ["Anna Berger"]


def test_negated_title_does_not_bind() -> None:
    text = (
        "Anna Berger ist nicht Sprecherin des Ministeriums. "
        "„Wir werden die Pläne für das neue Stadion genau prüfen“, sagte die Sprecherin."
    )
    assert rules_speakers(text, "de", Anna_Berger="PERSON") == [None]


def test_pull_quote_of_an_interview_is_the_interviewees() -> None:
    # questions that say "Sie", a first-person quote standing alone as a paragraph: an answer pulled out
    text = (
        "Sharon Stone hat ein Buch geschrieben. Sharon Stone spricht über ihr Leben. Sharon Stone lacht.\n\n"
        "Hatten Sie Vorbilder für Ihr Buch?\n\n"
        "Ich schreibe seit meinem 14. Lebensjahr Kurzgeschichten.\n\n"
        "„Ich vermisse die frühere Version von mir nicht.“\n\n"
        "Was haben Sie beim Schreiben über sich gelernt?\n\n"
        "Dass unsere Körperzellen ein Gedächtnis haben."
    )
    assert rules_speakers(text, "de", Sharon_Stone="PERSON") == ["Sharon Stone"]


def test_first_person_quote_alone_outside_an_interview_gets_no_interviewee() -> None:
    text = (
        "Sharon Stone hat ein Buch geschrieben. Sharon Stone spricht über ihr Leben. Sharon Stone lacht.\n\n"
        "„Ich vermisse die frühere Version von mir nicht.“\n\n"
        "Das Buch erscheint im Mai."
    )
    assert rules_speakers(text, "de", Sharon_Stone="PERSON") == [None]


def test_stance_with_a_short_subject_before_the_stance_word() -> None:
    # "Für X ist die Sache klar:": whose view it is, a short subject between the copula and "klar"
    text = "Für Karl Weber ist die Sache klar: „Wir werden die Pläne für das neue Stadion genau prüfen.“"
    assert rules_speakers(text, "de", Karl_Weber="PERSON") == ["Karl Weber"]


def test_statement_with_no_issuer_is_the_previous_subjects() -> None:
    # "In einer Mitteilung heißt es": the statement of the organisation the sentence before is about
    text = (
        "Siemens veröffentlichte am Montag Zahlen. "
        "In einer Mitteilung heißt es: „Wir werden die Pläne für das neue Werk genau prüfen.“"
    )
    assert rules_speakers(text, "de", Siemens="ORG") == ["Siemens"]


def test_statement_after_a_sentence_naming_two_bodies_stays_unsure() -> None:
    text = (
        "Siemens verhandelt mit Bosch über das Werk. "
        "In einer Mitteilung heißt es: „Wir werden die Pläne für das neue Werk genau prüfen.“"
    )
    assert rules_speakers(text, "de", Siemens="ORG", Bosch="ORG") == [None]


def test_new_german_rules_stay_fast_on_hostile_input() -> None:
    # many pull quotes, statements and reflexive verbs in one endless paragraph with no sentence end
    from tests.adversarial.timing import MAX_GROWTH, growth_ratio

    unit = "Siemens sagt Sie Ihr „Ich freue mich sehr auf diese neue Aufgabe“, freut sich Weber, heißt es Mitteilung "
    ratio = growth_ratio(
        lambda k: "Hatten Sie Zeit?\n\nWas sagen Sie?\n\n" + unit * k,
        lambda text: rules_speakers(text, "de", Weber="PERSON"),
        200,
    )
    assert ratio <= MAX_GROWTH, f"{ratio:.1f}x for 10x the quotes (linear is about 10)"


def test_the_narrator_as_subject_of_the_cue_gets_no_speaker() -> None:
    # "Ich schlucke: „…“", "„…“ sage ich": the narrator speaks, whom the article does not name; not the last person
    text = (
        "Auf dem Moped sitzt Frank Berger und raucht. „Die Maschine ist schon lange bereit“, sagt Frank Berger. "
        "Ich schlucke: „Aber ich hab doch keinen Führerschein mehr dafür.“ "
        "„Wenn ich sie höre, will ich sie auch fahren.“ sage ich leise."
    )
    assert speakers(text, "de", Frank_Berger="PERSON") == ["Frank Berger", None, None]


def test_the_narrator_acting_since_the_last_speaker_stops_the_continued_quote() -> None:
    text = (
        "„Die Maschine ist schon lange bereit“, sagt Frank Berger. Ich schüttle den Kopf und gehe zum Tor. "
        "„Wenn ich sie zwischen den Beinen habe, muss ich sie auch fahren.“"
    )
    assert speakers(text, "de", Frank_Berger="PERSON") == ["Frank Berger", None]


def test_a_narrator_in_the_next_sentence_does_not_take_the_quote() -> None:
    # the quote ends its sentence; "Ich schaue …" is a new one, and the cue before it names the speaker
    text = "Frank Berger ruft: „Die Maschine ist schon lange bereit für dich.“ Ich schaue ihm verwundert hinterher."
    assert speakers(text, "de", Frank_Berger="PERSON") == ["Frank Berger"]


def test_without_the_narrator_the_quote_still_continues_the_last_speaker() -> None:
    text = (
        "„Die Maschine ist schon lange bereit“, sagt Frank Berger. Er geht zum Tor und dreht sich um. "
        "„Wenn du sie hörst, willst du sie auch fahren.“"
    )
    assert rules_speakers(text, "de", Frank_Berger="PERSON") == ["Frank Berger", "Frank Berger"]


def test_a_name_in_a_possessive_phrase_after_the_subject_is_the_object() -> None:
    # "ließ der Soldatenkönig seinen Sohn Friedrich II. wissen": the king spoke, his son was told
    text = (
        "Schweigen und Arbeiten. „Der liebe Gott hat euch auf den Thron gesetzt“, ließ der Soldatenkönig seinen Sohn "
        "Friedrich Hohenzoller wissen, „nicht zum Faulenzen, sondern zum Arbeiten.“"
    )
    assert speakers(text, "de", Friedrich_Hohenzoller="PERSON") == [None, None]


def test_a_ruler_s_title_bound_earlier_is_the_subject_before_a_possessive_object() -> None:
    # "König" is a title (a compound too: "Soldatenkönig"); the son after "seinen Sohn" is the one told, the king the
    # paragraph named with that title speaks, in both parts of the split quote
    text = (
        "Schon der Soldatenkönig Wilhelm Hohenzoller schwieg vornehm über seine Taten. Schweigen und Arbeiten. "
        "„Der liebe Gott hat euch auf den Thron gesetzt“, ließ der Soldatenkönig seinen Sohn "
        "Friedrich Brandt wissen, „nicht zum Faulenzen, sondern zum Arbeiten.“"
    )
    got = speakers(text, "de", Wilhelm_Hohenzoller="PERSON", Friedrich_Brandt="PERSON")
    assert got == ["Wilhelm Hohenzoller", "Wilhelm Hohenzoller"]


def test_a_genitive_possessive_in_the_title_keeps_the_name_the_speaker() -> None:
    text = "„Wir werden diese Reform nicht mittragen“, sagte der Vorsitzende seiner Partei, Max Lindberg."
    assert speakers(text, "de", Max_Lindberg="PERSON") == ["Max Lindberg"]


def test_a_quote_borrowed_inside_a_sentence_is_not_the_words_of_the_person_the_paragraph_is_about() -> None:
    # "Die Märker »haben …«": words of its own before the quote, no colon; the king an earlier sentence is about
    # did not say them
    text = (
        "Schon der König Friedrich Hohenzoller schwieg vornehm über seine Taten. Taten zählen mehr als Worte. "
        "Auch einem Dichter ist das aufgefallen: Die Märker »haben den Zug, alles für etwas Ungeheures anzusehen.«"
    )
    assert rules_speakers(text, "de", Friedrich_Hohenzoller="PERSON") == [None]


def test_a_quote_borrowed_inside_its_subjects_sentence_stays_the_subjects() -> None:
    text = (
        "Der Kritiker Ijoma Berger urteilte polemisch über den Band, er sei "
        "„ein Schlag ins Gesicht all derer, die Bücher lieben“."
    )
    assert rules_speakers(text, "de", Ijoma_Berger="PERSON") == ["Ijoma Berger"]


def test_a_given_name_and_an_object_noun_side_by_side_are_no_full_name() -> None:
    # "bestellt Jonas Blumen": the given name, then the object's plural; Jonas is no "Jonas Blumen"
    text = (
        "Lena wartet auf Jonas. Später bestellt Jonas Blumen für beide. "
        "Danach antwortet Jonas: „Das war ein wirklich schöner Abend mit dir.“"
    )
    assert speakers(text, "de", Jonas_Blumen="PERSON") == ["Jonas"]


def test_a_given_name_the_article_uses_alone_is_a_speaker() -> None:
    # a column that never gives its people's surnames: "Lena antwortet:" names Lena
    text = "Abends treffen sich Lena und Jonas wieder. Lena antwortet: „Das war ein wirklich schöner Abend.“"
    assert rules_speakers(text, "de") == ["Lena"]


def test_two_given_names_used_alone_are_the_subject_and_the_addressee() -> None:
    text = (
        "Abends treffen sich Lena und Jonas wieder, und Jonas lacht. "
        "Dann schreibt Lena Jonas eine Nachricht: „Das war ein wirklich schöner Abend.“"
    )
    assert rules_speakers(text, "de") == ["Lena"]


def test_a_paragraph_ending_in_a_colon_leads_into_the_quote_that_opens_the_next() -> None:
    text = "Der Rat tagte am Montag. Dann schrieb Johann Schmidt:\n\n„Wir werden diesen Plan niemals akzeptieren.“"
    assert rules_speakers(text, "de") == ["Johann Schmidt"]


def test_the_one_asked_before_the_colon_is_not_the_speaker() -> None:
    text = "Der Rat tagt. Johann Schmidt fragt Peter Meier: „Dürfen wir heute schon abstimmen?“"
    assert rules_speakers(text, "de") == ["Johann Schmidt"]


@pytest.mark.parametrize("verb", ["haucht", "flüstert", "murmelt", "brüllt"])
def test_verbs_of_voicing_attribute_a_dialogue_turn(verb: str) -> None:
    # the narrator ("ich") in the sentence before does not take a turn the cue names
    text = (
        "Gerhard kommt aus der Tür, während ich mich sortiert habe, drückt er mich an sich. "
        f"„Immer noch eine Schönheit.“ {verb} Gerhard an meinem Ohr."
    )
    assert rules_speakers(text, "de") == ["Gerhard"]


def test_a_cue_pronoun_before_the_narrators_clause_is_the_speaker() -> None:
    # "schlägt … vor": a separable speech verb; "als ich …" after it does not make the turn the narrator's
    text = (
        "Frank Berger kommt später. „Er erfährt es doch nicht.“ sagt Berger. "
        "„Mach sie doch endlich an“ schlägt er vor, als ich warte."
    )
    assert rules_speakers(text, "de") == ["Frank Berger", "Frank Berger"]


def test_an_indefinite_subject_with_a_place_phrase_before_its_verb_is_nobody() -> None:
    # "Eine Stimme hinter mir sagt:": someone not named yet, not the last person who spoke
    text = (
        "Gerhard lacht. „Das ist ein sehr schöner Tag heute.“ sagt Gerhard. Ich gehe zur Maschine. "
        "Eine Stimme hinter mir sagt: „Du siehst aus, als würdest du gleich losfahren.“"
    )
    assert speakers(text, "de") == ["Gerhard", None]


def test_an_abstract_noun_before_a_title_opens_no_full_name() -> None:
    # "ihrer letzten Veröffentlichung Lyophilia": no person "Veröffentlichung Lyophilia" to give the author's words
    text = (
        "Die Autorin Ann Cotten schreibt über Hawaii. Nach ihrer letzten Veröffentlichung Lyophilia kommt das Buch "
        "offener daher, da hier, um noch einmal die Autorin zu zitieren, „die Spannung zwischen Ideal und "
        "Wirklichkeit am eigenen Leib gefühlt“ wird."
    )
    assert "Veröffentlichung Lyophilia" not in speakers(text, "de", Ann_Cotten="PERSON")


def test_a_weak_speech_verb_with_its_pronoun_before_a_colon_gives_the_pronouns_speaker() -> None:
    # "meint er nur:": "meinen" is weak (an opinion verb), but its subject pronoun and the colon hand over to the quote
    # (after the narrator's turn, which the pronoun does not continue)
    text = (
        "Dann kommt Gerhard zurück. „Schlüssel steckt, Kleines. Bring sie mir zurück.“ Ich schlucke: „Aber ich hab "
        "doch keinen Führerschein mehr.“ Gerhard lacht und während er raus geht meint er nur: "
        "„Du hältst die Regeln doch eh nur für eine Empfehlung.“"
    )
    assert rules_speakers(text, "de") == ["Gerhard", None, "Gerhard"]


@pytest.mark.parametrize("verb", ["schickt es", "sendet es", "simst"])
def test_a_verb_of_sending_a_message_is_a_speech_verb(verb: str) -> None:
    # "Er macht ein Foto … und schickt es Aron: „…“": the sender's words, not the addressee's
    text = (
        "Lena Vogt sitzt abends im Zug nach Hause. "
        f"Sie macht ein Foto vom Sonnenuntergang und {verb} Max Berg: „Ich freue mich schon auf unser Wochenende.“"
    )
    assert speakers(text, "de", Lena_Vogt="PERSON", Max_Berg="PERSON") == ["Lena Vogt"]


def test_a_clause_word_after_a_quote_s_comma_is_no_unread_reporting_verb() -> None:
    # "dass „…“, da sich „…“": the sentence goes on with a clause of its own; whose view it is, "Für X ist klar" said
    text = (
        "Die Mieten steigen weiter. Für Lena Vogt ist klar, dass „die Stadt jetzt endlich handeln muss“, da sich "
        "„die Lage für viele Familien jeden Tag weiter verschärft“."
    )
    assert rules_speakers(text, "de", Lena_Vogt="PERSON") == ["Lena Vogt", "Lena Vogt"]


@pytest.mark.parametrize(
    "after",
    [
        "Das sagte Peter Müller am Montag in Berlin.",
        "Dies betonte Peter Müller am Montag.",
        "Mit diesen Worten eröffnete Peter Müller die Sitzung.",
    ],
)
def test_a_quote_closing_its_own_sentence_takes_the_speaker_a_demonstrative_sentence_names(after: str) -> None:
    # the terminator inside the marks ends the quote's sentence; the next one points back at it ("Das", "Dies",
    # "Mit diesen Worten") and names its speaker after the verb
    text = f"Vorspann. „Die Lage ist sehr ernst und wir müssen jetzt handeln.“ {after}"
    assert rules_speakers(text, "de") == ["Peter Müller"]


def test_a_demonstrative_before_a_verb_of_no_speech_names_no_speaker() -> None:
    text = "Vorspann. „Die Lage ist sehr ernst und wir müssen jetzt handeln.“ Das wusste Peter Müller schon lange."
    assert rules_speakers(text, "de") == [None]


@pytest.mark.parametrize(
    ("role", "name"),
    [
        # closed compounds of a listed title or person noun (``closed_compounds``)
        ("die Oberbürgermeisterin", "Anna Schmidt"),
        ("der Feuerwehrmann", "Peter Müller"),
        # the feminine of a listed title (``feminine_ending``)
        ("die Kommissarin", "Anna Schmidt"),
        # roles by their ending (``role_endings``)
        ("der Virologe", "Peter Müller"),
        ("der Historiker", "Peter Müller"),
        ("die Gewerkschafterin", "Anna Schmidt"),
        ("die Sozialdemokratin", "Anna Schmidt"),
    ],
)
def test_a_role_noun_made_by_word_formation_is_the_person_in_view(role: str, name: str) -> None:
    text = (
        f"{name} ist seit Stunden im Einsatz.\n\n„Die Lage ist sehr ernst und wir müssen jetzt handeln“, sagt {role}."
    )
    assert rules_speakers(text, "de") == [name]


def test_a_word_with_a_role_ending_that_names_no_person_is_no_role() -> None:
    from wirestream.services.enrich.entities.quotes.language import load

    assert load("de").title_gender("Kataloge") == (False, None)
    assert load("de").title_gender("Virologe") == (True, "m")


def test_an_epicene_noun_after_a_masculine_article_may_be_a_woman() -> None:
    # "der US-Promi": the article's gender is the noun's; the woman the article named as "Milliardärin" speaks
    text = (
        "Auf Instagram zeigt Milliardärin Kim Kardashian ein neues Produkt. "
        "„Egal wie heiß es ist, du wirst immer gut aussehen“, erklärt der US-Promi."
    )
    assert rules_speakers(text, "de") == ["Kim Kardashian"]


@pytest.mark.parametrize(
    "text",
    [
        # "das" is the object of the inverted sentence, not the article of the name after it: she is its subject
        "Peter Müller ist skeptisch. Anders sieht das Anna Schmidt: „Die Lage ist sehr ernst und wir müssen handeln.“",
        "Peter Müller ist skeptisch. Anders sieht das Anna Schmidt. „Die Lage ist sehr ernst und wir müssen handeln“, "
        "sagt sie.",
    ],
)
def test_a_pronoun_article_before_a_given_name_and_surname_leaves_the_name_its_own(text: str) -> None:
    assert rules_speakers(text, "de") == ["Anna Schmidt"]


def test_a_prosecutors_office_before_its_city_does_not_make_the_city_the_speaker() -> None:
    # "die Staatsanwaltschaft Köln": a body (``institution_suffixes``: "anwaltschaft") with its seat, not Köln: the
    # body with its seat, as written
    text = "„Die Lage ist sehr ernst und wir müssen jetzt handeln“, erklärte die Staatsanwaltschaft Köln."
    assert rules_speakers(text, "de", Köln="GPE") == ["Staatsanwaltschaft Köln"]


@pytest.mark.parametrize("roles", ["Der Hobbyläufer und Bergfan", "Die Lehrerin und Wanderfreundin"])
def test_a_role_noun_the_dictionary_lacks_before_a_recognised_name_is_no_first_name(roles: str) -> None:
    # "und Bergfan Martin Kegel": after "und" no article marks the compound as a noun, so the capitalised run read as
    # one name ("Bergfan Martin Kegel") beside the recogniser's "Martin Kegel": two people, and the petition no one's
    text = (
        f"{roles} Martin Kegel fordert den DAV in einer Petition auf, die Hütten wieder zu öffnen.\n\n"
        "In der Petition heißt es: «Die Hütten sind seit Jahren geschlossen, das muss sich jetzt endlich ändern.»"
    )
    assert rules_speakers(text, "de", Martin_Kegel="PERSON", DAV="ORG") == ["Martin Kegel"]


@pytest.mark.parametrize(
    ("source", "speaker"),
    [
        # a source cue inside the sentence, not only after its comma ("…, so X."): the quote after it goes on
        ("kommt laut Petra Lindner auf", "Petra Lindner"),
        ("kommt Petra Lindner zufolge auf", "Petra Lindner"),
        # a bare role noun of a firm before the name ("Geschäftsführer" was a title only inside compounds)
        ("kommt laut Geschäftsführer Peter Lindner auf", "Peter Lindner"),
        ("kommt laut Gründerin Petra Lindner auf", "Petra Lindner"),
        # no one named by the cue: no one
        ("kommt laut der Sprecherin auf", None),
        ("kommt laut Statistik auf", None),
    ],
)
def test_a_source_cue_inside_the_sentence_hands_the_next_quote_to_its_source(source: str, speaker: str | None) -> None:
    text = (
        "Frühere Verfahren waren teuer und langsam. "
        f"Die Holzbau Kerner GmbH {source} zwei Millionen Euro Umsatz im Jahr. "
        "„Wir stellen in diesem Jahr noch zehn Leute ein und bauen eine neue Halle.“"
    )
    people = {"Petra_Lindner": "PERSON", "Peter_Lindner": "PERSON", "Holzbau_Kerner_GmbH": "ORG"}
    assert rules_speakers(text, "de", **people) == [speaker]


def test_a_source_cue_does_not_outweigh_the_reporting_clause_of_the_sentence() -> None:
    text = (
        "Die Holzbau Kerner GmbH kommt laut Petra Lindner auf zwei Millionen Euro Umsatz, sagt Jan Roth. "
        "„Wir stellen in diesem Jahr noch zehn Leute ein und bauen eine neue Halle.“"
    )
    people = {"Petra_Lindner": "PERSON", "Jan_Roth": "PERSON", "Holzbau_Kerner_GmbH": "ORG"}
    assert rules_speakers(text, "de", **people) == ["Jan Roth"]


@pytest.mark.parametrize(
    "clause",
    [
        "Dass auch Lena Vogt mitfährt, freut den Trainer:",
        "Dass auch Lena Vogt mitfährt, sagt der Trainer:",
        "Ob Lena Vogt mitfährt, weiß der Trainer noch nicht:",
    ],
)
def test_a_name_in_a_fronted_subordinate_clause_is_not_the_quotes_speaker(clause: str) -> None:
    # German puts the main verb right after a subordinate clause that opens the sentence: the clause's name is its
    # own subject, not the speaker of a quote the main clause introduces (it was: a wrong name)
    text = (
        "Trainer Michael Kohl hat die Mannschaft benannt. "
        f"{clause} „Sie gehört zum Kern der Mannschaft, das ist ganz klar.“"
    )
    assert rules_speakers(text, "de", Michael_Kohl="PERSON", Lena_Vogt="PERSON") == ["Michael Kohl"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # the person named right after the closing mark with "von" wrote the words, though the sentence is the writer's
        ("Es kommt im „langsamen Abtasten des Anderen“ von Ann Weber zu einer Erkenntnis.", "Ann Weber"),
        ("Sie wurde als „eine der besten Stimmen des Landes“ von Ann Weber gelobt.", "Ann Weber"),
        # a body, or anything but a person, after "von" is no author the rule reads
        ("Es kommt im „langsamen Abtasten des Anderen“ von der Polizei zu einer Erkenntnis.", None),
        ("Das Verfahren „langsames Abtasten des Anderen“ von 2019 ist bekannt.", None),
    ],
)
def test_a_person_named_with_von_right_after_the_quote_is_its_author(sentence: str, speaker: str | None) -> None:
    text = f"Donna Lenz meint, nur ein situiertes Wissen sei möglich. {sentence}"
    assert rules_speakers(text, "de", Donna_Lenz="PERSON", Ann_Weber="PERSON") == [speaker]


_INTERVIEW = (
    "Die Schauspielerin Nora Vogt hat ein Buch geschrieben. Ein Gespräch über das Alter.\n\n"
    "Frau Vogt, wie fühlen Sie sich heute?\n\nGut, danke. Ich bin zufrieden.\n\n"
    "Haben Sie noch Angst vor der Bühne?\n\nNein, schon lange nicht mehr.\n\n"
)


@pytest.mark.parametrize(
    ("clause", "speaker"),
    [
        # the polite "your" inside a colon clause that names no one: the interviewee's words
        ("In Ihrem Buch findet sich der schöne Satz:", "Nora Vogt"),
        ("Auf Ihrer Website steht der Satz:", "Nora Vogt"),
        # someone named in the clause, or "Ihr" opening the sentence (her, their, your): not read so
        ("Ihre Mutter sagte einmal:", None),
        ("Ihr Lebensmotto lautet:", None),
    ],
)
def test_a_colon_clause_with_the_polite_your_in_an_interview_gives_the_interviewee(
    clause: str, speaker: str | None
) -> None:
    text = f"{_INTERVIEW}{clause} „Wer nicht altern will, muss eben früh sterben.“"
    assert rules_speakers(text, "de", Nora_Vogt="PERSON") == [speaker]


def test_a_colon_clause_with_the_polite_your_outside_an_interview_gives_no_interviewee() -> None:
    # (a letter to the reader, an advertisement: no questions that say "you" politely, so no interviewee)
    text = (
        "Nora Vogt spielt heute Abend.\n\nDie Premiere war gut.\n\n"
        "Auf Ihrer Website steht der Satz: „Wer nicht altern will, muss eben früh sterben.“"
    )
    assert rules_speakers(text, "de", Nora_Vogt="PERSON") == [None]


@pytest.mark.parametrize(
    "document", ["einer Mitteilung der CDU", "einer Stellungnahme der CDU", "der Erklärung der CDU"]
)
def test_heisst_es_in_a_document_of_a_named_body_is_the_bodys(document: str) -> None:
    # the document noun and its genitive body are read as one phrase ("Mitteilung der CDU") that the impersonal
    # clause passed over: it looked for the body alone, or for a document of no one
    text = f"„Wir werden das Problem in den nächsten Wochen gemeinsam lösen“, heißt es in {document}."
    assert rules_speakers(text, "de", CDU="ORG") == ["CDU"]


@pytest.mark.parametrize("lead", ["Seine Botschaft:", "Ihre Botschaft ist klar:"])
def test_a_possessive_before_an_institution_noun_names_no_body(lead: str) -> None:
    # "Seine Botschaft" opening a sentence read as a body's proper name (an embassy) and spoke the quote
    text = f"Markus Weil ist Trainer in Köln. {lead} „Wir werden das Problem in den nächsten Wochen lösen.“"
    assert speakers(text, "de", Markus_Weil="PERSON") in ([None], ["Markus Weil"])


@pytest.mark.parametrize(
    "cue",
    [
        "zeigte sich Kohl überzeugt.",
        "gibt sich Kohl zuversichtlich.",
        # the subject further on: no reporting clause the rules could read without the verb
        "zeigte sich am Sonntag auch der Trainer überzeugt.",
        "gab sich am Abend auch der Trainer kämpferisch.",
    ],
)
def test_a_stance_shown_with_a_reflexive_after_the_quote_attributes_it(cue: str) -> None:
    # "zeigte sich X zufrieden", "gab sich X kämpferisch": the reporting clause of German sports and politics copy
    text = (
        "Trainer Markus Kohl sprach nach dem Spiel. Anna Berg ist Ärztin. "
        f"„Wir werden das Problem in den nächsten Wochen lösen“, {cue}"
    )
    assert rules_speakers(text, "de", Markus_Kohl="PERSON", Anna_Berg="PERSON") == ["Markus Kohl"]


def test_showing_or_giving_without_a_reflexive_reports_nothing() -> None:
    text = (
        "Trainer Markus Kohl sprach nach dem Spiel. „Wir werden das Problem in den nächsten Wochen lösen.“ "
        "Das zeigte auch ein Video von Anna Berg."
    )
    assert rules_speakers(text, "de", Markus_Kohl="PERSON", Anna_Berg="PERSON") != ["Anna Berg"]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("Die Polizei Köln teilte mit:", "Polizei Köln"),
        ("Die Polizei Köln teilte am Montag mit:", "Polizei Köln"),
        ("Die Feuerwehr Köln sagte:", "Feuerwehr Köln"),
    ],
)
def test_a_place_right_after_a_body_before_the_verb_is_its_seat_not_the_speaker(body: str, speaker: str) -> None:
    # the subject before the verb read its last candidate, the city (a wrong speaker); after the quote it was read
    text = f"{body} „Wir werden den Vorfall in den nächsten Wochen genau untersuchen.“"
    assert rules_speakers(text, "de", Köln="GPE") == [speaker]


@pytest.mark.parametrize(
    "sentence",
    [
        "Seine Frau sagte: „Wir werden das Problem in den nächsten Wochen lösen.“",
        "Sein Vater erklärte: „Wir werden das Problem in den nächsten Wochen lösen.“",
        "„Wir werden das Problem in den nächsten Wochen lösen“, sagte seine Frau.",
    ],
)
def test_a_subject_a_possessive_opens_is_someone_unnamed_not_the_possessor(sentence: str) -> None:
    # "Seine Frau sagte:" named no one the rules could read, and the ranker gave the quote to him (a wrong name)
    text = f"Olaf Brandt reiste am Montag ab. {sentence}"
    assert speakers(text, "de", Olaf_Brandt="PERSON") == [None]


@pytest.mark.parametrize(
    "sentence",
    [
        "Er sagte seinem Sohn: „Wir werden das Problem in den nächsten Wochen lösen.“",
        "„Wir werden das Problem in den nächsten Wochen lösen“, sagte er seinem Sohn.",
    ],
)
def test_a_possessive_object_of_the_speech_verb_leaves_the_subject_the_speaker(sentence: str) -> None:
    text = f"Olaf Brandt reiste am Montag ab. {sentence}"
    assert speakers(text, "de", Olaf_Brandt="PERSON") == ["Olaf Brandt"]


# --- round s37: a construction sweep of German attribution ------------------------------------------------------


@pytest.mark.parametrize(
    "cue",
    [
        "Nach Angaben von Markus Lindner",
        "Laut Angaben von Markus Lindner",
        "Nach den Worten von Markus Lindner",
        "Gemäß Markus Lindner",
        # a bare role between the cue and the name it completes
        "Nach Angaben von Einsatzleiter Markus Lindner",
    ],
)
def test_a_cue_ending_in_von_names_the_person_after_it(cue: str) -> None:
    # "von" is a preposition: the cue's object stopped before it, and the person after it was no source
    text = f"{cue} war die Lage „zu keinem Zeitpunkt außer Kontrolle“."
    assert rules_speakers(text, "de", Markus_Lindner="PERSON") == ["Markus Lindner"]


def test_a_cue_ending_in_von_before_an_unnamed_group_names_no_one() -> None:
    text = "Nach Angaben von Augenzeugen waren „mehr als achtzig Kräfte gleichzeitig im Einsatz“."
    assert rules_speakers(text, "de") == [None]


@pytest.mark.parametrize(
    ("cue", "place", "speaker"),
    [
        # a body a compound names, its genitive, its seat: the body, not the place
        ("Nach Angaben des Polizeipräsidiums Mittelfranken", "Mittelfranken", "Polizeipräsidiums Mittelfranken"),
        ("Gemäss der Kantonspolizei Zürich", "Zürich", "Kantonspolizei Zürich"),
        # a cue word opening the sentence qualifies no body ("Laut Polizei" was a name); a bare noun names no one
        ("Laut Polizei", "Zürich", None),
        ("Gemäss Polizei", "Zürich", None),
    ],
)
def test_a_cue_before_a_body_names_the_body_not_its_place(cue: str, place: str, speaker: str | None) -> None:
    text = f"{cue} waren „mehr als achtzig Kräfte gleichzeitig im Einsatz“."
    assert rules_speakers(text, "de", **{place: "GPE"}) == [speaker]


@pytest.mark.parametrize(
    "lead",
    [
        "Auf die Frage, ob es Tote gab, sagte Peter Hahn:",
        "Nach dem Treffen mit Anna Brenner, als sie ging, sagte Peter Hahn:",
    ],
)
def test_a_prepositional_phrase_and_its_clause_before_the_verb_leave_the_subject_after_it(lead: str) -> None:
    # the verb stands second: the phrase and the clause completing it fill the first place; the pronoun of the
    # clause ("ob es …", "als sie …") is not the subject
    text = f"{lead} „Leider ja, es gab auch Tote und viele Verletzte.“"
    assert rules_speakers(text, "de", Peter_Hahn="PERSON", Anna_Brenner="PERSON") == ["Peter Hahn"]


@pytest.mark.parametrize(
    ("cue", "labels", "speaker"),
    [
        # where the title is held, then a comma and its holder: the holder speaks
        ("sagte die Grünen-Abgeordnete im Bundestag, Anna Brenner.", {"Bundestag": "ORG"}, "Anna Brenner"),
        ("sagte die Grünen-Abgeordnete im Bundestag, Anna Brenner.", {}, "Anna Brenner"),  # a seat no reading gave
        ("sagte der Sprecher der Polizei in Wien, Anna Brenner.", {"Wien": "GPE"}, "Anna Brenner"),
        # a clause of its own after the comma: the name is not the title's
        ("sagte der Sprecher der Polizei in Wien, als Anna Brenner kam.", {"Wien": "GPE"}, "Polizei in Wien"),
    ],
)
def test_a_title_with_its_seat_and_a_comma_is_completed_by_the_name_after_it(
    cue: str, labels: dict[str, str], speaker: str
) -> None:
    text = f"„Das ist eine Tragödie für die ganze Stadt“, {cue}"
    assert rules_speakers(text, "de", Anna_Brenner="PERSON", **labels) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "In einer Erklärung von Ricarda Lenz hieß es: „Das ist ein Angriff auf uns alle.“",
        "„Das ist ein Angriff auf uns alle“, hieß es in einer Mitteilung von Ricarda Lenz.",
    ],
)
def test_heisst_es_in_a_document_by_a_named_person_is_the_authors(text: str) -> None:
    assert rules_speakers(text, "de", Ricarda_Lenz="PERSON") == ["Ricarda Lenz"]


def test_a_document_by_a_person_governed_after_the_verb_leaves_the_subject_the_speaker() -> None:
    text = "„Das ist ein Angriff auf uns alle“, sagte Peter Hahn nach einer Erklärung von Ricarda Lenz."
    assert rules_speakers(text, "de", Ricarda_Lenz="PERSON", Peter_Hahn="PERSON") == ["Peter Hahn"]


@pytest.mark.parametrize(
    ("cue", "speaker"),
    [
        # the family name's article written onto it ("al-", "el-") is lower-case: the name went on past it
        ("sagte Ahmed al-Hassan.", "Ahmed al-Hassan"),
        ("sagte Abu Mohammed al-Dschaulani.", "Abu Mohammed al-Dschaulani"),
        ("sagte Abdel Fattah el-Sisi.", "Abdel Fattah el-Sisi"),
    ],
)
def test_an_arabic_family_name_with_its_article_is_part_of_the_speakers_name(cue: str, speaker: str) -> None:
    assert speakers(f"„Wir verurteilen diesen Angriff auf das Schärfste“, {cue}", "de") == [speaker]


def test_the_name_finder_keeps_an_arabic_family_name_with_its_article() -> None:
    from wirestream.services.enrich.entities.name_words import arabic_family_name

    assert arabic_family_name("al-Hassan") and arabic_family_name("el-Sisi")
    assert not arabic_family_name("al-") and not arabic_family_name("alles") and not arabic_family_name("al-kaida")


@pytest.mark.parametrize(
    "cue", ["sagte Prof. Dr. Heinrich Albers.", "sagte Prof. Dr. Heinrich Albers, Chefarzt der Klinik."]
)
def test_honorifics_in_a_row_before_a_name_are_the_names(cue: str) -> None:
    # "Prof." took "Dr" for the name it titles: the speaker was "Dr"
    text = f"„Die Verletzungen sind schwer, aber nicht lebensbedrohlich“, {cue}"
    assert speakers(text, "de", Heinrich_Albers="PERSON") == ["Heinrich Albers"]


def test_a_person_named_only_in_the_genitive_keeps_the_name_not_the_genitive() -> None:
    from wirestream.contracts import Entity, Mention
    from wirestream.services.enrich.entities.quotes import find_quotes

    # every mention writes "Lars Petersens": the recogniser's name is the person, the -s the case ending
    text = "Lars Petersens Worte waren deutlich: „Wir geben nicht auf, niemals und nirgends.“"
    person = Entity(
        name="Lars Petersen", label="PERSON", count=1, mentions=[Mention(text="Lars Petersens", start=0, end=14)]
    )
    assert [q.speaker for q in find_quotes(text, [person], "de")] == ["Lars Petersen"]


@pytest.mark.parametrize("apposition", ["der Bürgermeister der Stadt", "der seit 2020 Bürgermeister ist"])
def test_a_party_in_brackets_after_the_name_is_not_the_relatives_antecedent(apposition: str) -> None:
    # "Tobias Gerhardt (CSU), der …, sagte:": the party stood right before the relative and spoke
    text = f"Tobias Gerhardt (CSU), {apposition}, sagte: „Das ist ein furchtbarer Tag für unsere Stadt.“"
    assert rules_speakers(text, "de", Tobias_Gerhardt="PERSON", CSU="ORG") == ["Tobias Gerhardt"]


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        # the name after "als" stands first and is compared with; the subject follows the verb
        ("Anders als Lars Holm sagte Sophie Wagner:", "Sophie Wagner"),
        ("Ähnlich wie Lars Holm sagte auch Sophie Wagner:", "Sophie Wagner"),
        # no name after the verb: the name before it is the subject
        ("Lars Holm sagte:", "Lars Holm"),
    ],
)
def test_a_name_compared_with_before_the_verb_is_not_its_subject(lead: str, speaker: str) -> None:
    text = f"{lead} „Wir haben keine Informationen über weitere Opfer.“"
    assert rules_speakers(text, "de", Lars_Holm="PERSON", Sophie_Wagner="PERSON") == [speaker]


def test_a_one_word_name_the_article_writes_with_an_s_keeps_the_written_form() -> None:
    from wirestream.contracts import Entity, Mention
    from wirestream.services.enrich.entities.quotes import find_quotes

    # a surname that ends in -s ("Woods") read as "Wood": the article's form, not a genitive
    text = "Woods sagte: „Ich habe an diesem Tag sehr viel über mich gelernt.“"
    person = Entity(name="Wood", label="PERSON", count=1, mentions=[Mention(text="Woods", start=0, end=5)])
    assert [q.speaker for q in find_quotes(text, [person], "de")] == ["Woods"]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("„Wir prüfen den Vorfall“, sagte ein Sprecher des Innenministeriums am Montag.", "Innenministerium"),
        ("„Dazu äußern wir uns nicht“, sagte eine Sprecherin des Bundeskanzleramts.", "Bundeskanzleramt"),
        ("„Die Lage ist ruhig“, sagte ein Sprecher des Polizeipräsidiums.", "Polizeipräsidium"),
    ],
)
def test_a_spokesperson_of_a_compound_body_speaks_for_it_in_the_nominative(text: str, body: str) -> None:
    # a compound ending in an institution noun names one body, as "the Interior Ministry" does in English
    assert speakers(text, "de") == [body]


@pytest.mark.parametrize(
    "text",
    [
        "„Wir prüfen den Vorfall“, sagte ein Sprecher des Ministeriums.",
        "„Die Lage ist ruhig“, sagte ein Sprecher der Polizei.",
    ],
)
def test_a_spokesperson_of_a_bare_institution_noun_speaks_for_no_named_body(text: str) -> None:
    assert speakers(text, "de") == [None]
