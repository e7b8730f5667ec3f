"""Per-language data for quote attribution, keyed by ISO 639-1 code: the ``QUOTES`` of each language's
module in ``services/enrich/languages/``, gathered here.

Per language:

* ``verbs``: speech verbs as lemmas (``simplemma`` lemmatises a word before the
  lookup, so inflected forms need no listing) and ``forms``: surface forms the
  lemmatiser gets wrong or that are phrases ("told reporters" needs only "tell");
* ``light_verbs``: {light verb: nouns}: a light verb that reports speech after one of its nouns (Persian "اظهار
  داشت", "اعلام کرد");
* ``framing``: verbs that frame a quote only before it ("called it …", "described as …"); ``verbs_with_object``:
  {lemma: object} of verbs that report speech only with that object right after them ("as Peskov put it");
* ``addressee``: verbs whose following noun is the one spoken to, never the speaker
  ("told Fox News"), so "said X" inverts but "told X" does not;
* ``object_first``: of those, the verbs whose noun right after them is the one spoken to even after a comma
  that ends a quote's clause ("…, tells The Hollywood Reporter."), never a subject set after its verb
* ``cues``: "according to"-like words followed by the speaker; ``cues_after``: the
  ones that follow it ("Peskow zufolge", "Kremlin'e göre"), ``cue_nouns`` the nouns of what the source said that
  may stand between it and such a cue ("Kremlin'in açıklamasına göre"); ``cues_opening``: words that are such a cue only
  where they open the sentence ("Pour Mykhaïlo Podoliak, « … »"; "pour les enfants" elsewhere is no cue);
  ``cue_possessives``: possessives with gender that open a cue of their own ("Jego zdaniem „…”"): the last person
  of that gender, as a left-out subject;
* ``next_pointers``: words opening the sentence after a quote that point back at it before a speech verb, its
  subject after it ("C'est ce qu'a affirmé X", "Así lo afirmó X", "Foi o que afirmou X"); ``next_as``: "as" opening
  the sentence after a quote, then its subject and a speech verb that closes the clause with a comma ("„…“ Wie Müller
  mitteilte, sind …"): the subject said the quote; so does a speech verb (past its auxiliaries) and its subject after
  it, closed by a comma, opening the sentence after a quote or the one that holds or leads into it ("Come ha detto
  il portavoce, Marco Bellini, Rossi “…”", "Comme l'a expliqué X, …", "Según explicó X, …"): X, not the main clause's
  subject after the comma; ``next_owned``: phrases opening the sentence after a quote that call it someone's words,
  ending in "of" ("È l'allarme del", "È l'appello di"): the person or body named right after them (or the name a
  title there is set with: "del direttore dell'Oms, Tedros") said it; no one named there, no speaker from it;
* ``pronouns``: third-person subject pronouns with gender (m, f) or number (p);
  ``n`` is "it" (an organisation); ``relative``: "who";
* ``honorifics`` with gender; ``titles``: nouns of roles ("spokesman": a title phrase
  is a speaker only once the article names the person behind it); ``title_suffixes``
  for languages that glue titles into compounds (Kremlsprecher); ``title_words``: words that belong to a title only
  right after its title word and open no name there (Indonesian "kota" of "Wali Kota", "staf" of "Kepala Staf");
* ``institutions``: heads of organisation phrases ("the foreign ministry");
* ``skip``: determiners, auxiliaries and other words that may stand between a
  speaker and its verb; ``prepositions``: words after which a name is not a subject;
* ``clause_links``: words that, right after a quote's comma, open a clause of the sentence, not a reporting
  verb ("„…“, da sich …"), besides ``subordinators`` and ``complementisers``;
* ``case_roles``: role nouns take grammatical cases, so a role word stands for the person the article named with
  it in any case ("пресс-секретаря президента Дмитрия Пескова", then "— сказал пресс-секретарь"), a genitive
  complement between role and name allowed ("rzecznik Kremla Dmitrij Pieskow");
* ``title_complement``: the article (Hebrew "ה") opening the noun a title in the construct state governs, between
  the title and a name ("יו"ר הדומה יוסי לוי": the Duma's chairman, Yossi Levi), and before a body the recogniser
  read ("דובר הקרמלין": the Kremlin's spokesman, a registered office);
* ``article_prefixes``: {an article with a preposition or conjunction written onto it: the article alone} (Arabic
  "لل": "ال"): "وفقا للمتحدث باسم الكرملين" names the registered office "المتحدث باسم الكرملين";
* ``pro_drop``: the subject may be left out ("dijo"); ``verb_final``: the speaker
  stands before the quote and the verb after it (Turkish, Japanese); with ``subject_first`` too (Japanese)
  nothing after the verb is its subject;
* ``verb_gender``: past-tense endings that show the speaker's gender (Russian сказала);
* ``subject_particles``: particles that end a verb's subject (Japanese "が", "は"): such a word between a quote
  and its speech verb where no candidate stands is a subject the article does not name ("「…」と野党などが指摘");
* ``embedded_particles`` with ``nominalisers``: the subject particle a clause's own subject takes (Japanese "が",
  not the topic's "は") and the words that make a clause a noun ("こと"): "ペスコフ氏が関与を主張したことについて
  「…」と反論した" has its subject elsewhere, not the nominalised clause's "ペスコフ氏が";
* ``genitive_particles``: the genitive between a body and its title, its own word (Japanese "の") or written onto the
  body (Korean "의"): "クレムリンの報道官" is the registered office "クレムリン報道官";
* ``same_prefixes``: (unspaced) a word written onto a title that points back to its holder named before (Japanese
  "同": "同報道官は", the same spokesman): no qualifier that makes the marked subject someone unnamed;
* ``quotative``: particles that close a quote before its speech verb (Japanese "と": 「…」と主張した): a short quote
  that such a particle and a speech verb follow is one someone said;
* ``unspaced``: written without spaces (Chinese): a speech verb, a pronoun or a title is a run of
  characters, words are not lemmatised and there is no capitalisation to read;
* ``pronoun_suffixes``: a subject pronoun glued to the verb (Indonesian "katanya": "nya");
  ``hyphen_pronouns`` (all): one written after a hyphen on an inverted verb ("-t-il", longest first);
* ``proclitics``: letters written onto the next word, "and", "so" (Arabic "و", "ف": "وقال" is "and he said"):
  a speech verb or a title so written is read without them;
* ``impersonal``: {verb lemma: its impersonal pronoun} ("heißt es": German {"heißen": "es"});
  ``impersonal_between``: words that may stand between the document of an impersonal verb and its body and
  inside the body's name (Albanian genitive articles: "thuhet në raportin 24-orësh të Policisë së Kosovës");
  ``impersonal_from``: prepositions of a registry body's seat that give it the speaker ("im Kreml hieß es");
  ``impersonal_verbs``: impersonal speech-verb forms or lemmas whose subject is the body named after
  ``impersonal_in`` ("говорится в заявлении Кремля", Polish "oświadczono"), nobody when none is named;
  ``impersonal_heads``: lemmas of documents between that preposition and the body ("в сообщении пресс-службы
  Кремля": the Kremlin; institution words such as "пресс-служба" are skipped too);
  ``participle_endings``: a speech verb ending so is a participle whose subject is the sentence's
  ("saying": "ing").

Traits (``True`` where the language has them; the code asks ``lang.has("<trait>")``):

* ``verb_second``: the finite verb of a main clause stands second, so a cue's phrase or a subordinate clause
  (``fronted_clauses``: the words opening one) before the speech verb puts its subject after it ("Laut TASS sagte
  Peskow", "Wie TASS berichtete, sagte Peskow": Peskow speaks): German. Without the trait, ``fronted_clauses`` are
  the words opening a phrase closed by a comma before the subject ("At a hearing of the panel that funds NASA, Rep.
  Tom Hale pushed": NASA is not the subject): English;
* ``title_governs_next``: a title governs the body the recogniser read right after it, with no "of" word
  (Indonesian "juru bicara Kremlin", Persian ezafe "سخنگوی کرملین"): the body the office is of, a registered office
  there, and the title, not the body, the subject before a speech verb ("سخنگوی کرملین گفت");
* ``subject_first``: the subject of a speech verb comes before it, never inverted after it (the
  words after "said" start the reported clause): English, Chinese;
* ``genderless_names``: the language's own names show no gender (Chinese, Japanese, Korean: no given-name data
  reads them): a "she" or "he" whose nearest person is of no known gender, with a person of the pronoun's gender
  named before in view, is unsure, no one ("扎哈罗娃表示…。汪文斌说…。她说": not Wang);
* ``no_unread_attribution``: a lower-case run-on after a quote's comma is never flagged as an
  attribution the rules could not read;
* ``pronoun_after_verb``: a pronoun right after the verb is its inverted subject ("sagte er",
  "dijo él"), resolved by gender;
* ``plural_impersonal``: a plural speech verb with no subject is impersonal ("сообщили в
  Минобороны": the body after ``impersonal_in`` (all) speaks, past a definite article: "señalaron desde el
  Kremlin"); ``impersonal_bodies``: only a body does, never a place ("contaron desde Moscú": those who told it
  there, no one named);
* ``lone_capitalised_not_subject``: a lone capitalised word after the verb that no name took is
  not the inverted subject;
* ``no_dictionary_check``: capitalised words are not checked against the dictionary to tell a
  name from a common word (English: months and many words are also names, "Theresa May");
* ``inflected_names``: names take case endings ("Pieskowa" finds "Pieskow");
* ``head_first_titles``: a title's dependents follow it in an oblique case, with no "of" word: a title word so
  inflected after a title is whose it is, not the head ("пресс-секретарь президента" is a press secretary), and a
  body named right after a title, then a name, is the body the title is of ("представитель МИД Мария Захарова");
* ``closed_compounds``: a compound written as one word is a kind of its last part ("Oberbürgermeisterin" is a
  "Bürgermeisterin", "Feuerwehrmann" a "Mann"); with ``feminine_ending`` (a key: the feminine of a listed title,
  "Kommissarin") and ``role_endings`` {ending: gender} with ``role_endings_not`` (keys: a person's role by its word
  formation, "Virologe", "Gewerkschafterin"; not "Kataloge"); ``lone_surname_endings``: endings of Russian and
  Ukrainian surnames as the language spells them ("-enko", "-tschuk", "-ow"): where nouns are capitalised, a lone
  word with one right before or after a speech verb is a person named by surname ("Kowaltschuk erklärte": not a body;
  "sagte Schewtschenko": not a town); so is a town's one-word other name there that is neither its own name, nor its
  own name as the language spells it, nor a name the language's dictionary lists ("sagte Jusow", of Donetsk); in
  English (``frames.py``, before the quotes are read) a lone word with one that the model read as a body or as a town
  no one knows abroad, or read nothing of opening a sentence, right before or after a speech verb ("“…,” Shevchenko
  said", "said Kovalchuk", "Kovalchuk told reporters"; not "Rostov said");
* ``kind_before_name``: organisations are written with their kind in front as one capitalised
  run ("Rüstungskonzern Rheinmetall"); ``genitive_s``: a name's genitive adds -s ("Luckes
  Kritik"); ``genitive_articles``: the articles of a genitive attribute ("der Aktivist der …");
* ``apostrophe_suffixes``: a case suffix follows a name after an apostrophe ("Kremlin'in");
* ``relative_without_comma``: "who" opens a relative clause with or without a comma;
* ``nation_adjective_after_title``: a people's adjective right after a title's role word is one of its modifiers
  ("a affirmé le président ukrainien lors de …": the registered office "président ukrainien");
* ``masculine_generic_titles``: a masculine title before a name whose given name is a woman's is the woman's office
  written in the masculine (French "le politologue Tatiana Stanovaya"): it notes no gender for her;
* ``common_noun_subject``: a determiner and a common noun between a quote and its verb ("“…,” the patient
  wrote"), or right before the verb that introduces it ("Y la vice dijo:"), are a subject the article does not
  name: nobody, and not the ranker's guess; ``time_nouns``: the nouns of a phrase of time that is no such subject
  ("El jueves dijo:", besides weekdays and months);
* ``quote_runs_continue``: a quote that opens its paragraph with no cue, after paragraphs that are all quote,
  continues their speaker: the last one who spoke since the paragraph before that run, or the person that
  paragraph introduces as the subject of a speech or thought verb ("Allan Snr believes …");
* ``continue_past_objects``: a quote with no cue of its own continues the last speaker past a person named
  between them who is no sentence's subject and not first in a sentence ("… Weltklasseathleten wie Elvira
  Oeberg geformt hatte …", "die Bäckerei Johann Mayer"; after a preposition, an article, a word of ``comparisons``
  or a common noun): an object, not a new voice; ``comparisons`` that are prepositions too ("as", "like") do not
  govern a title and the name after it ("as President Biden said": Biden speaks); with ``verb_second``, a name after
  one right before the speech verb is compared with, not its subject, when a person's name follows the verb
  ("Anders als Lars Holm sagte Sophie Wagner: „…“");
* ``legal_forms`` (a key of words): a company's legal form ("GmbH"); the name without it, alone, is the company;
* ``stance_for``, ``stance_copulas``, ``stance_words`` (keys of words): a sentence opening "Für X ist klar, dass
  „…“" gives X's view: X spoke, so a quote of the sentence with no cue of its own is X's;
* ``bodies_in_text``: an unnamed spokesperson or "heißt es" with no body named speaks for the one body the
  paragraph names before it as a name the recogniser did not read (article, capitalised adjective, noun:
  "die Deutsche Post"); nobody when it names none or two, or a person or organisation the recogniser read;
* ``source_nouns``, ``source_clauses``, ``source_owners``: a quote in a clause ("wonach", "dass") right after a
  noun of someone's words and its owner ("die Formulierungen von der Leyens, wonach „…“") is the owner's, a
  person or body read; ``source_owners`` are the words allowed between the noun and the owner ("von", "des");
* ``plural_pronouns``, ``plural_verbs``, ``singular_verbs``: a pronoun that is "she" or "they" (German "sie") is
  "they" when its clause, to the next punctuation and eight words at most, holds a finite verb only the plural has
  and none only the singular has ("dass sie etwa sagen wollen:"; not "dass sie sagen will:");
* ``word_nouns``: nouns of someone's words or view ("Fazit", "Einschätzung", "Motto"): as the subject after a
  speech verb or a cue with their owner after "von" (``source_owners`` less ``genitive_articles``), the owner spoke
  ("„…“, so das Fazit von Peter Müller", "lautet die Einschätzung von Anna Berg"); after a possessive of
  ``cue_possessives`` ending the clause, the person the sentence before is about, of the possessive's gender
  ("„…“, lautet sein Motto"), else no one;
* ``bodies_unread``: after "a spokesperson for", a capitalised run of two words or more, one ending in an
  institution noun, or initials, is the body spoken for when the recogniser did not read it;
* ``cue_source_governed``: the name right after an "according to"-like cue whose last word is a preposition
  ("According to Jane Doe, sales doubled.") is the source who spoke, though the preposition governs it, so a quote
  that goes on after the sentence ("“…,” she said") may be theirs (not a possessor: "according to Doe's aide");
* ``dash_signature``: a quote followed by a dash and a name, then the end of the paragraph or a comma and a
  role with no verb ("“…” — John Smith, council member"), is that name's; so is a pull quote (its paragraph's start,
  its sentence's end inside the marks) signed with no dash by a person's name and a comma, on the line after it or
  right after its mark, with no verb and no full stop ("« … »\nJean Dupont, journaliste, au sujet de …");
* ``bracket_asides``: a speech verb inside brackets opened and closed before a quote ("(44 percent say …), but
  most want him to go if he “…”") is an aside's, not the quote's attribution;
* ``gender_veto``: the ranker never gives a quote to a person whose known gender the cue's contradicts ("she
  told Winfrey" is not Harry's); elsewhere that clash is only a feature the model weighs;
* ``pronoun_bodies``: a gendered pronoun cue with no person in view is the one organisation in view that is written
  like a person's name (two or three capitalised words, none a word of the language, an institution's or a legal
  form; no registry entry; no "its" in its sentence): a person the recogniser read as a body; never a company
  (``company_words``, a key of words: a legal form in its name the dictionary does not list, "plc", or a noun of a
  company's accounts after it in its sentence, "Bharti Airtel posted higher profit");
* ``first_word_bodies``: an organisation of one word that opens the article's one longer organisation is that
  one by the word it goes by ("Goldman" of "Goldman Sachs"; "Nkechi" of "Nkechi Okafor", a person read as a body);
* ``member_words`` (a key of words, not a trait): "The doctors, members of the group X," makes a later "the
  doctors said" the words of X;
* ``sentence_final_cue``: a partial quote inside a sentence that ends in a reporting clause after a comma
  ("… is “growing at an alarming rate” and affects every town, Noem said.") is that clause subject's; so is the
  inverted clause ("…, afferma il ministero degli Esteri.", "…, fa sapere il dipartimento"), no one for an unnamed
  subject ("…, afferma una fonte diplomatica");
* ``dash_comma_close``: a dialogue quote that opens its paragraph with a dash closes at a comma a speech verb
  follows, with no second dash ("– Vi anser dette som et terrorangrep, sier Peskov": Scandinavian, Finnish);
* ``asked_impersonal``: impersonal verbs of asking right after the one asked, in the accusative ("Zełenskiego
  zapytano, czy …"): that person is the sentence's subject, whose answer follows ("– … – odpowiedział");
* ``dash_after_sentence``: a dialogue dash after a sentence's end inside a paragraph opens a quote as a paragraph's
  first dash does, when a closing dash and a speech verb follow on its line ("… nie ucierpiał. – Prezydent pracuje
  – przekazał Pieskow.": Polish);
* ``embedded_quote_no_subject``: a quote inside a sentence, with no speech verb and no colon
  before it, does not go to that sentence's subject ("X refers to plans to create a “…”").
* ``embedded_quote_continues_speakers``: a quote inside a sentence after words of its own (no colon) with no cue
  continues only a speaker of its paragraph or its own sentence's subject, not a person an earlier sentence is
  about ("Die Märker »haben …«").
The module's ``NOUNS_CAPITALISED`` (read by names.py too) makes every capitalised noun a common
noun here as well, and its ``SURNAME_ENDINGS`` ({"f": [...], "m": [...]}, read whatever the
article's language) give a person's gender from the surname (Petrova, Kowalski).

Function words (sets of lower-case words). The ones marked "all" are read as the union of every
language's, whatever the article's language (a word of one language there acts in every
language: leave out a word another language uses otherwise, and say why); the others are read
for the article's language only:

* ``clause_starts`` (all): "and", "but", "while": a new clause, not an attribution;
  ``clause_prepositions`` (all): "after", "since": prepositions that open a clause too; a name after one (past an
  article and a role noun) with a speech verb right after it is that clause's subject, not governed;
  ``object_pronouns`` (all): "him", "her", "them": a pronoun in one of these forms is no sentence's subject ("In her
  new book, Ann Lowe sets out": Ann Lowe is);
  ``holidays`` (all): "christmas", "easter": a capitalised run holding one is a time, no speaker (English);
  ``subordinators`` (all): "while", "when", "because": a name after one is not the subject of
  the verb before it; ``complementisers`` (all): "that": what follows is what was said;
* ``konjunktiv`` (all): German's reported-speech verb forms ("sei", "habe"); a short partial quote in a sentence with one
  and a reporting clause of its own is a quote (``scare_markers``: the words before a quote that make it a scare
  quote instead, "sogenannte");
* ``reflexives`` (all): "sich", "se"; ``of`` (all) and ``of_words`` (all): "of", "von", "de" inside
  a title or an organisation's name;
* ``determiners`` (all), ``indefinite`` (all): "a", "un"; ``definite``: "el", "der" (a title
  phrase after one is someone the article named; English has none on purpose); ``object_articles``: an
  article that marks a person as an object ("al", the personal "a": "Larroque acusó al Presidente" makes a later
  "contestó el Presidente" someone other than Larroque);
  ``noun_markers``: after one a verb-like word is a noun; ``article_gender``: {"la": "f"};
  ``articles``: before one a capitalised word is a common noun; ``article_too``: prepositions that
  are also an article (Portuguese "a");
* ``spokesperson`` (all): the word for a spokesperson (title bindings group its forms);
* ``conjunctions`` (all): "and", "or" between names; ``name_particles`` (all): "von", "de", "bin", the
  particles of a person's name (not ``NAME_PARTICLES``, the words the name finder lets inside a body's or a
  place's name of one language too, "of", "des": read from every language, they would join "Secretary of State"
  into a speaker; ``names.PARTICLES`` says why the two stay apart);
  ``not_name_particles``: another language's particle that is a plain word here ("al");
* ``separable_particles``: the particles of separable speech verbs (German "teilt … mit");
* ``interview_you``: the polite "you" of an interview's questions ("Sie", "Ihr"); ``first_person``: "ich",
  "wir": a quote alone in its paragraph in the first person, in an interview, is the interviewee's answer;
* ``possessives``: "seinen" (no genitive forms): after a speech verb, an article's noun phrase and then a possessive before the
  first name ("ließ der Soldatenkönig seinen Sohn Friedrich II. wissen"): the name completes the second phrase (the
  object), the verb's subject is the first, whom the clause does not name;
* ``narrator``: the first-person singular subject of the narration ("ich", "je"): in the quote's sentence it makes
  the narrator, whom the article does not name, the speaker (no speaker given); between the last speaker and a quote
  with no cue of its own it stops that quote continuing the last speaker (a dialogue's turn may be the narrator's);
* ``copulas``, ``negations``: "ist", "nicht": a title after a person and a copula is that person's ("Anna Berger
  ist Sprecherin des Ministeriums"), unless negated;
* ``reflexive_only``: speech verbs that speak only with a reflexive near them (German "freut sich"; "freut den
  Trainer" gives the feeling to the object);
* ``reflexive_clitics`` (all): a reflexive between a quote's comma and its verb ("…», se defendió");
* ``cues_at_start`` (all): cues read only first in the clause after a quote (German "so", "para",
  "kata"); ``cues_after_quote`` (all): cues never read before a quote ("tulis": wrote);
* ``leader_participles``: participles whose preposition puts a group's leader in an apposition between commas
  after the group, before its speech verb ("The prosecution, led by Ada Obi, told the court": she speaks);
* ``absolute_preps``: a preposition opening an absolute phrase, a name and a participle ("Russia held a parade, with
  President Putin telling troops that “…”"): the name is the participle's subject, not the sentence's subject;
* ``citing`` (all): verbs after which the person cited follows ("quote"); ``quoted_as`` (all):
  the word before its participle ("quoted X as saying"); ``saying_nouns``: the noun "saying" with the speaker's
  pronoun on it, after the name of who said it even where a preposition governs that name (Arabic "نقلت الوكالة عن
  بيسكوف قوله", the agency reported from Peskov his saying); ``parsed_relatives`` (all): relative
  pronouns a dependency parse gives as a verb's subject (the antecedent speaks);
* ``possessive`` (all): "'s" as a token of its own; ``capitalised_not_pronoun`` (all): a pronoun
  that, capitalised after the clause start, is something else ("IT");
* ``adjective_endings``, ``nation_suffixes``: a language that inflects its adjectives: their endings, and the
  suffixes that make a CLDR country name's stem a people's adjective ("росси|йск|ая"; ``language.nation_adjective``);
  ``nation_adjectives``: people's adjectives no CLDR language name gives ("américain", "britannique": the country's
  people speak another's language), in every form the language writes them;
* ``role_groups`` (all): {form: role} for the title bindings ("spokeswoman": "spokesperson");
  ``honorific_roles`` (all): {abbreviated honorific: role} for the title bindings ("sen": "senator": "Sen. John
  Doyle" is the one "the senator" names later);
  ``body_groups`` (all): {lemma: body} for a ``head_first_titles`` title's genitive body, one office under two
  words ("президент": "кремль"); a title of a body resolves only to a binding of the same body;
  ``generic_heads`` (all): institution heads that name no body alone ("the ministry");
  ``document_heads`` (all): heads of a document phrase, no speaker of its own ("the statement");
  ``infinitive_markers``: the word before an infinitive ("to respond"): after a verb that reports, a speech
  verb's base form there is not the reporting verb;
  ``document_by`` (all): words between a document's head and its named author ("a report from X");
  ``subject_possessives``: possessives in the subject's case, which open a noun phrase of someone the article does
  not name as an indefinite article does ("Seine Frau sagte: „…“": not him);
  ``quote_by``: the word right after a quote's closing mark that names its author, a person ("im „…“ von Ann
  Cotten": hers, though the sentence is the writer's);
  ``document_verbs``: verbs whose subject issued the document they introduce ("X issued a statement": "the
  statement said" is X's), speech verbs too; ``document_owners``: words that introduce a document as the
  indefinite article does ("in its statement");
  ``anaphor_articles``: the article before an institution noun that stands for the body in view
  ("the company said"); ``anaphor_heads``: the nouns that stand for any body of their kind (others
  only for a body whose name holds them: "the court" -> "Court of Appeal");
  ``title_of`` (all): words between a title and its body ("spokesman for");
  ``of_not_joining`` (all): "of" words that do not join a name to the institution before them;
  ``name_joiners`` (all): lower-case words inside an institution's name ("and", "of");
  ``title_articles`` (all): articles that do not qualify a title ("the");
  ``indefinite_unnamed``: before an institution phrase, names no body ("an established network");
  ``description_titles``: title heads that, after one of ``description_articles`` ("the"), describe a person the
  article named ("the actress", "said the actor"): the one person named with that noun, else the person the
  article is about;
  ``past_endings``, ``agent_endings``: between an organisation's name and a person's ("AccuWeather lead hurricane
  forecaster Dan Kottlowski"), a word with a past ending is a verb ("Acme hired Dan Kottlowski": the body is the
  subject) and a last word with an agent ending a noun of a trade (the person is); a language without them reads
  only its titles there;
  ``age_titles``: title heads that describe a person the article named rather than a role ("the 56-year-old"
  with ``title_suffixes`` "year-old"): the one person named in the paragraphs in view, else nobody;
  ``colon_adverbs``: words between a name no recogniser read and a colon that hand over to the quote as a speech
  verb would ("Terechow wörtlich: „…“"); with none, a lone name before a colon needs a word opening the sentence
  before it ("Dazu Terechow: „…“");
  ``formal_you``: the polite "you" as written inside a sentence ("Sie"), which a pronoun list folded to
  lower case cannot tell from "she": the person the article is about (an interview's interviewee), else nobody;
  ``publication_heads``: the last part of a hyphenated compound that names a publication ("Blog",
  "Papier"): after an impersonal "heißt es in", the words before the hyphen are its issuer when they are
  initials or no word of the language ("im IBC Solar-Blog", "im SPD-Papier");
  ``age_numbers``: what a word ends with before an age suffix when it tells an age ("achtzig" in
  "Achtzigjährige"; digits and a hyphen always do): others ("langjähriger") are no title;
  ``person_nouns``: {noun: gender} for people the article need not name ("der Mann", "una fuente",
  "a witness", role nouns such as "teniente"): a sentence opening with an article and one has an
  unnamed subject, and a definite one after a speech verb is someone the article introduced.
"""

from __future__ import annotations

from typing import Any

from wirestream.services.enrich import languages

LANGUAGES: dict[str, dict[str, Any]] = languages.table("QUOTES")

# Languages close enough to borrow a lexicon when they have none of their own (a language module
# with QUOTES is never sent here, so adding one needs no edit of this table).
FALLBACK = {"be": "ru", "ms": "id", "ca": "es", "gl": "pt"}
