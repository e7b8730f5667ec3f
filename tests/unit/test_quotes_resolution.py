"""Quote attribution, one behaviour per test: who a title, a left-out subject or a continued quote stands for,
and when the attribution must give nobody rather than a nearby name. Each line is written for its test."""

from __future__ import annotations

from tests.unit.test_quotes import rules_speakers, speakers
from wirestream.contracts import Entity, Mention
from wirestream.services.enrich.entities.quotes import find_quotes
from wirestream.services.enrich.entities.quotes.marks import scan


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


def test_a_title_bound_to_a_name_makes_its_speech_verb_a_speaker_for_the_next_quote():
    text = (
        "O governador Wilson Witzel falou ontem com a imprensa.\n\n"
        "O governador reforçou que a decisão é dos clubes:\n\n"
        "“Os atletas têm de estar protegidos, a carreira é deles”."
    )
    assert speakers(text, "pt", Wilson_Witzel="PERSON") == ["Wilson Witzel"]


def test_a_title_binds_across_a_body_whose_name_holds_a_conjunction():
    text = (
        "La ministra de la Mujer y Equidad de Género, Antonia Orellana, habló ayer con la prensa.\n\n"
        "La secretaria de Estado señaló que “espero que la justicia penal investigue todo”."
    )
    assert speakers(text, "es", Antonia_Orellana="PERSON") == ["Antonia Orellana"]


def test_an_unnamed_spokesman_is_not_the_person_last_named():
    text = (
        "Klaus Meier leitet das Werk in Martorell seit zehn Jahren. "
        "„Das Tragen der Masken muss aber auch richtig erklärt werden“, sagt der Sprecher."
    )
    assert speakers(text, "de", Klaus_Meier="PERSON", Martorell="GPE") == [None]


def test_a_german_capitalised_run_after_an_article_is_no_full_name():
    text = (
        "Zu Hause gehen alle jeden Morgen eine Art Gesundheits-Checkliste durch. "
        "„Das ist für uns alle eine große Umstellung“, sagt er."
    )
    assert speakers(text, "de") == [None]


def test_a_cue_closing_reported_speech_makes_its_source_the_speaker_of_the_next_quote():
    text = (
        "„Wir stehen zu den Klimazielen von Paris“, sagte Hildegard Müller in Berlin. "
        "Die Bundesregierung sei jetzt in der Pflicht, so die Präsidentin. "
        "„Das begrüßen wir ausdrücklich, damit ist viel gewonnen.“"
    )
    assert speakers(text, "de", Hildegard_Müller="PERSON", Bundesregierung="ORG", Berlin="GPE") == [
        "Hildegard Müller",
        "Hildegard Müller",
    ]


def test_an_unnamed_spokeswoman_is_the_one_woman_speaking():
    text = (
        "„Wir stehen zu den Klimazielen von Paris“, sagte Hildegard Müller in Berlin. "
        "„Das begrüßen wir ausdrücklich, damit ist viel gewonnen“, sagt die Industriesprecherin."
    )
    assert speakers(text, "de", Hildegard_Müller="PERSON", Berlin="GPE") == ["Hildegard Müller", "Hildegard Müller"]


# --- quotation marks -------------------------------------------------------------------------------


def test_one_closing_mark_ends_a_russian_quote_and_the_quote_inside_it():
    text = (
        "В интервью модель призналась. «Когда вся жизнь была такой, – пожаловалась она. — Я борюсь с собой, "
        "говоря: «Да ладно, красота не так уж важна!»\n\nНо пока у модели это не получается."
    )
    assert [q.text[:22] for q in scan(text)] == ["Когда вся жизнь была т"]


def test_a_french_quote_whose_opening_mark_was_left_out_after_another_quote():
    text = (
        "Le représentant salue les efforts : « Je dis un grand merci à toutes les autorités. » "
        "Pour moi, poursuit-il, c’est une réelle satisfaction pour tous ».\n\nLa suite."
    )
    assert [q.text for q in scan(text)] == [
        "Je dis un grand merci à toutes les autorités.",
        "Pour moi, poursuit-il, c’est une réelle satisfaction pour tous",
    ]


def test_a_closing_mark_before_punctuation_after_plain_text_opens_nothing():
    text = "Il a parlé hier. Pour moi, c’est une réelle satisfaction pour tous ».\n\nLa suite."
    assert scan(text) == []


def test_a_title_after_the_verb_is_not_completed_by_a_name_in_a_phrase_of_its_own():
    text = (
        "En un discurso el martes, Joe Biden reiteró su advertencia sobre los impuestos. "
        "“Es la agenda de los extremistas de siempre”, dijo el mandatario, en alusión a la marca "
        "Make America Great Again de Trump."
    )
    assert speakers(text, "es", Joe_Biden="PERSON", Trump="PERSON") == ["Joe Biden"]


def test_a_role_word_resolves_to_the_one_person_the_article_names_with_it():
    text = (
        "Os borracheiros ofereceram o cão e a estudante Michele Taborga, de 27 anos, adotou o animal.\n\n"
        "O borracheiro Lindomar Queiroz ficou feliz com a adoção.\n\n"
        "“Foi amor à primeira vista, me apaixonei por ele”, disse a estudante."
    )
    assert speakers(text, "pt", Michele_Taborga="PERSON", Lindomar_Queiroz="PERSON") == ["Michele Taborga"]


def test_german_heisst_es_is_impersonal_not_the_last_thing_named():
    text = (
        "Die Bundesregierung hat den Entwurf am Mittwoch vorgelegt. "
        "„Um die sozialen Netzwerke zu einer zügigeren Bearbeitung anzuhalten, werden Regeln eingeführt“, "
        "heißt es in der Einleitung des Entwurfs."
    )
    assert speakers(text, "de", Bundesregierung="ORG") == [None]


def test_german_heisst_es_with_an_organisation_in_the_clause_is_that_organisation():
    text = (
        "Die Bundesregierung hat den Entwurf am Mittwoch vorgelegt. "
        "„Wir werden die Regeln sorgfältig prüfen und dann entscheiden“, heißt es in einer Mitteilung von Rheinmetall."
    )
    assert speakers(text, "de", Bundesregierung="ORG", Rheinmetall="ORG") == ["Rheinmetall"]


def test_an_impersonal_russian_institution_keeps_the_name_the_article_writes_uninflected():
    text = (
        "Компания «Автодор» построила новую дорогу. "
        "«Новый участок, который начинается от эстакады, открыт для движения», – отметили в «Автодоре»."
    )
    assert speakers(text, "ru") == ["Автодор"]


def test_a_participle_takes_the_sentence_subject_not_a_name_in_between():
    text = (
        "The court also found a federal statute in favor of the plaintiff, the Communications Decency Act of 1996, "
        "noting that “it does not apply here because the claims depend on the company's own acts.”"
    )
    assert speakers(text) == [None]


def test_a_body_after_an_indefinite_article_names_no_speaker():
    text = (
        "The doctors said they also have an established volunteer network of physicians licensed in all states to "
        "“create a system to ensure that the majority of migrant families are vaccinated.”"
    )
    assert speakers(text) == [None]


def test_a_sentence_after_a_closed_quote_that_reports_something_else_is_not_its_attribution():
    text = (
        "The hospital said it had run out of fuel on Monday. The doctors described “a scene of total devastation "
        "and despair.” Israel has said militants use ambulances to move weapons and fighters."
    )
    assert speakers(text, Israel="GPE") == [None]


def test_a_short_sentence_after_a_closed_quote_is_its_attribution():
    text = "“We will not stop until every hostage is home.” Netanyahu said on Tuesday."
    assert speakers(text, Netanyahu="PERSON") == ["Netanyahu"]


def test_a_name_in_german_reported_speech_between_two_quotes_does_not_stop_the_continuation():
    text = (
        "„Die Entwicklung geht in vielen Bereichen Richtung Direktvertrieb“, sagte Hildegard Müller. "
        "Corona habe diese Prozesse noch einmal beschleunigt. "
        "„Ich bin aber überzeugt, dass der Handel nicht ersetzt wird.“"
    )
    assert speakers(text, "de", Hildegard_Müller="PERSON", Corona="GPE") == ["Hildegard Müller", "Hildegard Müller"]


def test_a_name_coordinated_with_a_governed_name_is_governed_too():
    text = (
        "En el decreto de ingreso de Paso Alto y Sierra de Lobos al sistema se fijan medidas. "
        "Por ejemplo, están prohibidas “la caza y la captura en vivo de fauna nativa”."
    )
    assert speakers(text, "es", Paso_Alto="LOC", Sierra_de_Lobos="PERSON") == [None]


def test_an_object_es_before_a_name_leaves_the_name_the_subject_a_pronoun_goes_back_to():
    text = (
        "Der Finanzexperte Markus Meinzer hält das für ein Problem.\n\n"
        "Ähnlich sieht es Konrad Duffy, Finanzexperte bei der Bürgerbewegung Finanzwende: "
        "„Da kommen auf jeden Fall Fragen auf, vor allem bei einer Firma wie dieser“, sagt er."
    )
    assert speakers(text, "de") == ["Konrad Duffy"]


def test_a_month_after_a_dictionary_word_is_a_date_not_a_name():
    text = (
        "Anfang Mai und Juni könnte es anders aussehen. Er rechnet mit Bewegung und kann sich vorstellen, "
        "dass es „systematisch organisierte Mietstreiks in kleinem Umfang“ gibt."
    )
    assert speakers(text, "de") == [None]


def test_a_particle_before_a_word_the_article_writes_alone_starts_a_phrase_not_a_name():
    text = (
        "Die Firma Cansativa wächst. Bis zu 30 Prozent von Cansativa gehören einem Fonds. "
        "Dazu heißt es nur, man nutze „die positive Referenz als Auftragnehmer eines Amtes“."
    )
    assert speakers(text, "de") == [None]


def test_the_named_subject_of_an_inverted_reporting_clause_spoke_and_a_cueless_quote_continues_it():
    text = (
        "Kris de Decker reist gern mit dem Zug.\n\n"
        "Die spanische Bahngesellschaft Renfe strich außerdem die Nachtzüge nach Genf. Um nach Italien zu kommen, "
        'müsse er heute mehrmals umsteigen, berichtet de Decker. "Schneller sind diese Fahrten dadurch nicht geworden."'
    )
    assert speakers(text, "de") == ["Kris de Decker"]


def test_a_relative_pronoun_after_a_governed_name_has_that_name_as_its_antecedent():
    text = (
        "Gerardo Amarilla habló en marzo con los productores. También se le preguntó sobre los juicios a "
        "Yurramendi, quien señaló que “están en etapa de negociación, por eso ahí está reunido el Ministerio”."
    )
    assert speakers(text, "es", Gerardo_Amarilla="PERSON", Yurramendi="PERSON") == ["Yurramendi"]


def test_a_speech_verb_right_after_according_to_is_the_cue_and_its_subject_left_out_is_resolved():
    text = (
        "Laura Magallanes vive en la zona desde hace años. La lista de problemas es larga; la encabeza "
        "“el rumor de que se quiere achicar el área”, según contó."
    )
    assert speakers(text, "es", Laura_Magallanes="PERSON") == ["Laura Magallanes"]


def test_a_person_the_recogniser_names_in_a_form_the_article_never_writes_keeps_the_article_s_form():
    text = (
        "Модель Поризкова дала интервью. «Я постоянно борюсь с собой, внутренне готовлюсь», – пожаловалась Поризкова."
    )
    mentions = [Mention(text="Поризкова", start=m, end=m + 9) for m in (7, text.rindex("Поризкова"))]
    person = Entity(name="Поризков", label="PERSON", count=2, mentions=mentions)
    assert [q.speaker for q in find_quotes(text, [person], "ru")] == ["Поризкова"]


def test_a_weak_stem_whose_particle_makes_a_speech_verb_attributes_the_quote_after_its_colon():
    text = (
        "Die Frage ist, wie gründlich die Behörden geprüft haben.\n\n"
        "Das Bundesinstitut für Arzneimittel und Medizinprodukte BfArM teilt dazu mit: "
        "„Im Rahmen des Vergabeverfahrens wurden die Prüfungen durchgeführt.“"
    )
    assert speakers(text, "de") == ["BfArM"]


def test_an_institution_the_recogniser_cut_short_is_named_by_the_initials_after_its_phrase():
    text = (
        "Die Frage ist, wie gründlich die Behörden geprüft haben.\n\n"
        "Das Bundesinstitut für Arzneimittel BfArM teilt dazu mit: „Im Rahmen des Verfahrens wurde alles geprüft.“"
    )
    assert speakers(text, "de", Bundesinstitut="ORG") == ["BfArM"]


def test_a_german_genitive_attribute_is_not_the_speaking_subject():
    text = (
        "Doch der Aktivist der unabhängigen Mietergewerkschaft Autonomous Tenant Union (ATU) aus Chicago sagt auch: "
        "„Vermieter müssen verstehen, dass es zu einem Streik kommen wird.“"
    )
    assert speakers(text, "de") == [None]


def test_a_noun_before_a_name_already_written_alone_is_not_its_first_name():
    text = (
        "Die Firma Cansativa vertreibt Cannabis. Wie viel Geld Cansativa verdient, bleibt unklar.\n\n"
        "Cansativa teilt auf Anfrage dazu mit, man nutze „die positive Referenz als Auftragnehmer eines Amtes“."
    )
    # no person "Firma Cansativa"; since round s39 the firm itself, a word with no plural opening the sentence with
    # no article before the speech verb (the gold gives Cansativa this construction's quotes)
    assert speakers(text, "de") == ["Cansativa"]


# --- precision: no speaker where the subject is someone the article does not name (round s19) ----------------


def test_a_name_read_from_its_second_word_is_still_governed_by_the_preposition_before_its_first():
    # "Poder" is also a verb ("poder"), so the scan reads the name from "Ejecutivo"; "del" still governs it
    text = (
        "Los jerarcas de la empresa hablaron ayer con el ministro.\n\n"
        "“La empresa cambió las reglas de juego y generó confusión”, afirmó un integrante del Poder Ejecutivo."
    )
    assert speakers(text, "es") == [None]


def test_a_pronoun_after_an_unnamed_man_is_not_the_expert_quoted_before():
    text = (
        "„Die Strafen können hoch ausfallen, bis zu zehn Millionen Euro“, so Johannes Caspar.\n\n"
        "Der Mann veröffentlicht regelmäßig gehackte Daten. "
        "„Ich habe die Daten veröffentlicht, weil ich dagegen bin“, schrieb er dem Sender."
    )
    assert speakers(text, "de", Johannes_Caspar="PERSON") == ["Johannes Caspar", None]


def test_a_quote_with_no_cue_after_an_unnamed_subject_does_not_continue_the_last_speaker():
    text = (
        "„Wir prüfen den Fall jetzt sehr genau“, sagte Johannes Caspar. "
        "Eine Nutzerin kommentierte den Beitrag noch am Abend.\n\n"
        "„Das ist doch alles nur ein schlechter Witz.“"
    )
    assert speakers(text, "de", Johannes_Caspar="PERSON") == ["Johannes Caspar", None]


def test_a_definite_title_is_still_a_role_of_the_person_named_before():
    # the placeholder is for a noun that names nobody; "Der 24-Jährige" is Zverev
    text = (
        "Alexander Zverev kann im Februar in Madrid nicht dabei sein. "
        "Der 24-Jährige: „Ich bin traurig, das Turnier diesmal zu verpassen.“"
    )
    assert speakers(text, "de", Alexander_Zverev="PERSON", Madrid="GPE") == ["Alexander Zverev"]


def test_a_plural_left_out_subject_is_not_the_last_organisation_named():
    text = (
        "El convencional UDI Pablo Toloza habló ayer con la prensa.\n\n"
        "En la derecha hicieron un llamado a respetar la autonomía del Congreso. "
        "Al respecto, agregaron que “el Congreso tendrá que actuar dentro de sus ámbitos”."
    )
    assert speakers(text, "es", UDI="ORG", Pablo_Toloza="PERSON", Congreso="ORG") == [None]


def test_a_name_between_commas_after_a_title_phrase_is_the_subject_a_left_out_one_goes_back_to():
    text = (
        "Laura Magallanes habló ayer con la prensa en Montevideo.\n\n"
        "El presidente de la comisión del área protegida de Cerro Largo, John Kennedy Rodríguez, comentó a la "
        "prensa que en junio habrá otra reunión. Al respecto, señaló: “Tenemos el apoyo de las forestales que "
        "participan”."
    )
    labels = {"Laura_Magallanes": "PERSON", "John_Kennedy_Rodríguez": "PERSON", "Cerro_Largo": "LOC"}
    assert speakers(text, "es", **labels) == ["John Kennedy Rodríguez"]


def test_an_impersonal_heisst_es_before_a_quote_is_not_the_last_speaker_s():
    text = (
        "„Das wollen doch alle Anbieter“, sagt der Experte Michael Knodt. "
        "Bei der Legalisierung, heißt es im Entwurf, sehe sich die Firma als „Vorreiter bei der Demokratisierung "
        "des Marktes“."
    )
    assert speakers(text, "de", Michael_Knodt="PERSON") == ["Michael Knodt", None]


def test_an_impersonal_heisst_es_that_introduces_a_quote_keeps_the_document_with_the_last_speaker():
    text = (
        "Die Tierärztin Anna Berger hat eine Petition gestartet. „Wir brauchen endlich klare Regeln“, sagt Berger. "
        "In der Petition heißt es: „Die Tiere in den Heimen leiden seit Jahren unter der Enge.“"
    )
    assert speakers(text, "de", Anna_Berger="PERSON") == ["Anna Berger", "Anna Berger"]


def test_a_definite_noun_after_the_verb_that_names_no_person_is_not_the_last_person_named():
    text = (
        "„Wir haben hier schon immer gemeinsam geschwiegen“, sagt Peter Ensikat. "
        "„Keiner ist in Treue stärker als der alte Uckermärker“, sagt der Volksmund."
    )
    assert speakers(text, "de", Peter_Ensikat="PERSON") == ["Peter Ensikat", None]


def test_a_definite_role_noun_after_the_verb_is_the_person_last_introduced():
    text = (
        "Herzi Halevi habló ayer con la prensa en Tel Aviv.\n\n"
        "“Vamos a seguir hasta el final de esta guerra”, explicó el teniente."
    )
    assert speakers(text, "es", Herzi_Halevi="PERSON", Tel_Aviv="GPE") == ["Herzi Halevi"]


def test_so_after_a_comma_before_a_name_and_a_colon_is_the_cue_not_a_verb_of_the_names_before():
    text = (
        "Der Umgang der Politik mit dem Thema von Donald Trump bis Martin Schulz sei völlig unangemessen, "
        "so Precht: „Wir versuchen im Moment, den Arbeitsmarkt von gestern zu retten.“"
    )
    assert speakers(text, "de", Donald_Trump="PERSON", Martin_Schulz="PERSON") == ["Precht"]


def test_a_german_noun_after_an_article_and_an_adjective_is_no_speaker_s_name():
    text = (
        "Tiger Woods bekam noch vor seinem Triumph Mut von seinem Vorbild zugesprochen. "
        "„Er kam zu mir, und das hat mir sehr viel bedeutet“, so der 15-malige Major-Sieger rückblickend."
    )
    # not "Major-Sieger" as a name; since round s22 the description is the person in view, like a pronoun: Woods
    assert speakers(text, "de", Tiger_Woods="PERSON") == ["Tiger Woods"]


def test_an_activist_is_a_role_the_article_names_a_person_with():
    text = (
        "Der Aktivist Antonio Gutierrez organisiert seit Jahren Mieterstreiks in Chicago.\n\n"
        "Der Aktivist der Gewerkschaft aus Chicago sagt auch: „Wir werden weiter streiken, bis sich etwas ändert.“"
    )
    assert speakers(text, "de", Antonio_Gutierrez="PERSON", Chicago="GPE") == ["Antonio Gutierrez"]


def test_a_speaker_coordinated_with_another_name_is_not_given_alone():
    text = (
        "Die Theater bleiben auch im April zu. "
        "Als Grund für den Schritt nennen Bund und Länder „die Unsicherheit beim neuen Impfstoff“ und mehr."
    )
    assert speakers(text, "de", Bund="ORG") == [None]


def test_a_speaker_followed_by_and_a_verb_is_still_the_speaker():
    text = "“We will not let this stand, not now and not ever,” said Smith and walked out of the room."
    assert speakers(text, "en", Smith="PERSON") == ["Smith"]


def test_an_aside_in_brackets_right_after_a_quote_is_not_its_attribution():
    text = (
        "Der Lehrer Karl Brenner schreibt dazu: «Ich bin müde und ich bin wütend über diese Schule.» "
        "(ZEITUNG berichtete bereits im Mai darüber.)"
    )
    assert speakers(text, "de", Karl_Brenner="PERSON", ZEITUNG="PERSON") == ["Karl Brenner"]


def test_a_person_the_recogniser_cut_at_an_abbreviated_title_is_no_one():
    text = (
        "Landesdirektor Dr. Karl Brenner beglückwünschte die Geehrten: „Sie alle haben sehr viel für diese Stadt "
        "getan.“\n\nEr ergänzte: „Ohne Sie wäre diese Arbeit in der Stadt nicht möglich.“"
    )
    got = speakers(text, "de", Karl_Brenner="PERSON", Landesdirektor_Dr="PERSON")
    assert got == ["Karl Brenner", "Karl Brenner"]


def test_a_name_opening_a_clause_that_a_colon_hands_to_the_quote_is_its_speaker():
    text = "Landesdirektor Dr. Karl Brenner beglückwünschte die Geehrten: „Sie alle haben sehr viel für diese Stadt getan.“"
    assert speakers(text, "de", Karl_Brenner="PERSON") == ["Karl Brenner"]
    two = "Karl Brenner kam spät, und Anna Weber beglückwünschte die Geehrten: „Sie alle haben hier viel getan.“"
    assert speakers(two, "de", Karl_Brenner="PERSON", Anna_Weber="PERSON") == [None]


def test_the_name_apposed_to_the_title_of_an_inverted_reporting_clause_spoke():
    text = (
        "«Das Thema ist jetzt aus der Ecke heraus», meint Anna Weber vom Blog. "
        "Die Lücke sei kleiner geworden, sagt auch der Sprecher des Vereins für Anleger, Karl Brenner. "
        "«Man muss sicher unterscheiden zwischen den vielen Angeboten.»"
    )
    assert speakers(text, "de", Anna_Weber="PERSON", Karl_Brenner="PERSON") == ["Anna Weber", "Karl Brenner"]


def test_a_name_after_a_role_noun_that_a_preposition_governs_is_not_the_subject_a_quote_continues():
    text = (
        "„Die Lage ist ernst“, erklärt Dietmar Wolff. Vor diesem Hintergrund sei die Aktion des Verbands mit dem "
        "Künstler Olafur Eliasson ein „Ereignis, das ein sichtbares Zeichen für die Freiheit setzen“ solle."
    )
    assert speakers(text, "de", Dietmar_Wolff="PERSON", Olafur_Eliasson="PERSON") == ["Dietmar Wolff"] * 2
    english = (
        "“The situation is serious,” said Dietmar Wolff. The campaign with the artist Olafur Eliasson is "
        "“an event that sets a visible sign for freedom”."
    )
    assert speakers(english, "en", Dietmar_Wolff="PERSON", Olafur_Eliasson="PERSON")[0] == "Dietmar Wolff"
    assert speakers(english, "en", Dietmar_Wolff="PERSON", Olafur_Eliasson="PERSON")[1] != "Olafur Eliasson"


def test_an_apposition_before_an_auxiliary_and_its_speech_verb_holds_no_subject():
    labels = {"Anne_Roux": "PERSON", "Paul_Morel": "PERSON"}
    text = "Anne Roux, conseillère du président Paul Morel, a déclaré : « C'est une provocation. »"
    assert rules_speakers(text, "fr", **labels) == ["Anne Roux"]
    labels = {"Anna_Berg": "PERSON", "Paul_Stein": "PERSON"}
    text = "Anna Berg, eine Beraterin von Präsident Paul Stein, hat gesagt: „Das ist eine Provokation.“"
    assert rules_speakers(text, "de", **labels) == ["Anna Berg"]


def test_a_title_the_body_it_serves_and_a_full_name_without_commas_are_one_person():
    labels = {"Anna_Kowalska": "PERSON", "Sejmu": "ORG"}
    text = "Rzeczniczka Sejmu Anna Kowalska skrytykowała rząd. „To jest zupełnie nie do przyjęcia” – powiedziała."
    assert rules_speakers(text, "pl", **labels) == ["Anna Kowalska"]
    labels = {"Ana_Torres": "PERSON", "Senado": "ORG"}
    text = "La portavoz del Senado Ana Torres criticó al Gobierno. «Esto es del todo inaceptable», afirmó."
    assert rules_speakers(text, "es", **labels) == ["Ana Torres"]


def test_an_inverted_auxiliary_carries_the_subject_pronoun_of_its_speech_verb():
    text = "Anne Roux a réagi jeudi. « C'est une provocation évidente du régime », a-t-elle ajouté."
    assert rules_speakers(text, "fr", Anne_Roux="PERSON") == ["Anne Roux"]
