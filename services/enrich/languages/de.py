"""German: its words for every stage that reads language (see services/enrich/languages/__init__.py)."""

from __future__ import annotations

from typing import Any

from wirestream.services.enrich.languages.calendar import (
    DAY,
    HOUR,
    MINUTE,
    MONTH,
    SECOND,
    WEEK,
    YEAR,
    Language,
    cldr_months,
    easter,
    fixed,
    number_words,
    tens_words,
    weekday_forms,
)
from wirestream.services.enrich.languages.cues import Cues

# Calendar words (services/enrich/lexicon.py: clean's stamps, date-parse).
CALENDAR = Language(
    "de",
    cldr_months("de", "jänner|jan", "feb", "maerz", "apr", "", "", "", "aug", "sept|sep", "okt", "nov", "dez"),
    weekday_forms(r"montag", r"dienstag", r"mittwoch", r"donnerstag", r"freitag", r"samstag|sonnabend", r"sonntag"),
    {"vorgestern": -2, "gestern": -1, "heute": 0, "übermorgen": 2},
    ("kommend", "nächst", "naechst"),
    # Mittwochabend, Dienstagnacht (not "Sonntagszeitungen")
    weekday_suffixes=r"vormittag|nachmittag|abend|nacht|morgen|mittag|früh",
    # "morgen" as written is tomorrow ("bis morgen"; not "heute morgen": this morning, "von morgen": the
    # future, "lieber heute als morgen": an idiom); "Morgen" is the morning ("am Morgen"), but the adverb
    # opening a sentence ("Morgen beginnt ...")
    cased_days={
        r"(?<!\w)(?<![Hh]eute )(?<![Gg]estern )(?<!orgestern )(?<![Vv]on )(?<!als )"
        r"(?:morgen|(?:^|(?<=[.!?:]\s)|(?<=\n))Morgen)(?![\w-]|\s+als\b)": 1
    },
    night_before=r"in\s+der\s+nacht\s+(?:zum|zu|auf\s+den)",
    future_cues=r"(?<!\w)(?:wird|werden|soll|sollen|will|wollen|geplant|plant|planen|bevorstehend\w*|"
    r"bis\s+zum|bis)(?!\w)",
    past_cues=r"(?<!\w)(?:vergangenen?|letzten?|vorigen?|hatte|hatten|war|waren|wurde|wurden|sagte|erklärte)(?!\w)",
    numbers=number_words(
        "ein|eine|einer|einem|einen", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn"
    )
    | {"anderthalb": 1.5, "eineinhalb": 1.5, "elf": 11, "zwölf": 12, "fünfzehn": 15, "hundert": 100}
    | tens_words("zwanzig", "dreißig|dreissig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig"),
    units={
        r"tag(?:e|en)?": DAY,
        r"wochen?": WEEK,
        r"monat(?:e|en)?": MONTH,
        r"jahr(?:e|en)?": YEAR,
        r"stunden?|std\.|h": HOUR,
        r"minuten?|min\.?": MINUTE,
        r"sekunden?|sek\.?": SECOND,
    },
    halves={r"einem\s+halben\s+jahr": YEAR, r"einer\s+halben\s+stunde": HOUR},
    about=r"etwa|ungefähr|rund|knapp|fast",
    ago=(r"vor\s+{q}",),
    ahead=(r"in\s+{q}",),
    later={r"{q}\s+(?:später|danach|darauf)": 1, r"{q}\s+(?:früher|zuvor|vorher)": -1},
    periods={
        r"(?:in\s+der\s+)?(?:vergangenen?|letzten?|vorigen?)\s+woche": (WEEK, -1),
        r"(?:diese|in\s+dieser)\s+woche": (WEEK, 0),
        r"(?:in\s+der\s+)?(?:nächsten?|kommenden?)\s+woche": (WEEK, 1),
        r"(?:im\s+)?(?:vergangenen|letzten|vorigen)\s+monat": (MONTH, -1),
        r"(?:diesen|in\s+diesem)\s+monat": (MONTH, 0),
        r"(?:im\s+)?(?:nächsten|kommenden)\s+monat": (MONTH, 1),
        r"(?:im\s+)?(?:vergangenen|letzten|vorigen)\s+jahr|(?:vergangenes|letztes|voriges)\s+jahr|im\s+vorjahr": (
            YEAR,
            -1,
        ),
        r"(?:dieses|in\s+diesem)\s+jahr": (YEAR, 0),
        r"(?:im\s+)?(?:nächsten|kommenden)\s+jahr|(?:nächstes|kommendes)\s+jahr": (YEAR, 1),
        r"(?:bis\s+)?(?:zum\s+)?(?:jahresende|ende\s+des\s+jahres)": (YEAR, "end"),
        r"(?:zu\s+|seit\s+)?(?:jahresbeginn|jahresanfang|anfang\s+des\s+jahres|anfang\s+dieses\s+jahres)": (
            YEAR,
            "start",
        ),
    },
    anaphora={
        r"am\s+vortag|tags\s+zuvor|einen\s+tag\s+(?:zuvor|vorher|früher)": -1,
        r"am\s+(?:nächsten|folgenden)\s+(?:tag|morgen)|am\s+folgetag|tags\s+darauf|einen\s+tag\s+später": 1,
        r"am\s+(?:selben|gleichen)\s+tag": 0,
    },
    holidays={
        r"Heiligabend|Heiligen\s+Abend": fixed(12, 24),
        r"(?:(?:ersten?|1\.)\s+)?Weihnachts(?:feier)?tag|\b(?:an|zu)\s+Weihnachten": fixed(12, 25),
        r"Silvester": fixed(12, 31),
        r"Neujahr(?:stag)?": fixed(1, 1),
        r"Tag\s+der\s+(?:Deutschen\s+)?Einheit": fixed(10, 3),
        r"Tag\s+der\s+Befreiung": fixed(5, 8),
        r"Tag\s+des\s+Sieges|Siegestag": fixed(5, 9),
        r"Karfreitag": easter(-2),
        r"Ostermontag": easter(1),
        r"Ostersonntag|\b(?:an|zu)\s+Ostern": easter(0),
        r"Pfingstsonntag": easter(49),
        r"Pfingstmontag": easter(50),
    },
    years=r"(?<!\w)(?:im\s+jahre?|seit|bis|anfang|ende|mitte)\s+(?P<core>{year})(?![\w%]|[.,]\d)",
    joiners=("und",),
    since=("seit",),
)

# Boilerplate cues (services/enrich/clean/rules.py).
CLEAN = Cues(
    chrome=(
        "(?:mehr|weitere) (?:videos|artikel|nachrichten)",
        "mehr anzeigen",
        r"teilen(?: auf \w+)?",
        "anzeige",
        "werbung",
        "meistgelesen",
    ),
    share=("teilen",),
    cookie_actions=(
        "akzeptieren",
        "verwenden",
        "nutzen",
    ),
    promo=(
        "folgen sie uns",
        "abonnieren sie",
        "melden sie sich",
    ),
    promo_anywhere=(
        "abonnieren sie",
        "jetzt abonnieren",
    ),
    read_also=(
        "lesen sie auch",
        "auch interessant",
    ),
    link_list=(
        "themen",
        "mehr zum thema",
    ),
    tags=(
        "themen",
        "schlagworte",
    ),
    byline=(r"von\s+(?=[A-ZÄÖÜ])",),
    byline_roles=("autor",),
    and_words=("und",),
    byline_words=(
        "von",
        "der",
        "mit",
    ),
    photo=(r"foto\s*[:：]",),
    captions=("bildunterschrift",),
    photo_labels=(
        "archivfoto",
        "symbolbild",
    ),
    syndication=(
        r"mit material (?:von|der)\b",
        "mit agenturmaterial",
        r"über dieses thema berichtete\b",
    ),
    stamp=(
        r"erschienen(?: am)?\b",
        r"datum\s*:",
        r"gepostet\b",
        r"veröffentlicht\b",
        r"aktualisiert\b",
        r"stand\s*:",
    ),
    updated=("aktualisiert",),
    stamp_words=(
        "um",
        "uhr",
        "mez",
        "mesz",
    ),
    genres=(
        "meinung",
        "kommentar",
    ),
    home=(
        "startseite",
        "home",
    ),
)

# Furniture model features (services/enrich/clean/furniture/features.py).
# jusText's stop-word list: the share of stop words tells running text from labels and menus.
JUSTEXT_STOPLIST = "German"
# Words of a page's controls and calls to action, lower case.
INTERFACE_WORDS = (
    "mehr weniger anzeigen lesen weiterlesen hören ansehen anmelden abmelden einloggen registrieren abonnieren "
    "abo newsletter teilen drucken speichern folgen menü suche startseite zurück weiter nach oben schließen hier "
    "video videos foto fotos bildergalerie galerie bild anzeige werbung kommentare kommentar antworten konto "
    "passwort datenschutz impressum kontakt themen verwandte beliebt neueste empfohlen herunterladen app jetzt"
)

# Quote attribution (services/enrich/entities/quotes/lexicon.py describes the keys).
QUOTES: dict[str, Any] = {
    # Separable speech verbs: the finite stem and its particle at the clause end ("teilt … mit", "führt …
    # aus", "räumt … ein"); found as the stem's lemma with the particle later in the same clause.
    "separable": [
        "ausführen",
        "einräumen",
        "mitteilen",
        "hinzufügen",
        "feststellen",
        "klarstellen",
        "hinweisen",
        "zugeben",
        "hervorheben",
        "anmerken",
        "einwenden",
        "zurückweisen",
        "anfügen",
        "einschränken",
        "ankündigen",
        "vorwerfen",
        "darlegen",
        "nachlegen",
        "anfügen",
        "festhalten",
        "zusichern",
        "zusagen",
        "abstreiten",
        "einlenken",
        "zugestehen",
        # a dialogue's turn: "„Mach sie doch an“ schlägt er vor"
        "vorschlagen",
    ],
    "verbs": {
        "ausdrücken",
        "erläutern",
        "erinnern",
        "beschreiben",
        "scherzen",
        "mahnen",
        "ausführen",
        "begründen",
        "äußern",
        "loben",
        "schwärmen",
        "ergänzen",
        "präzisieren",
        "unterstreichen",
        "appellieren",
        "verraten",
        "bilanzieren",
        "resümieren",
        "bekennen",
        "sagen",
        "erklären",
        "betonen",
        "schreiben",
        "warnen",
        "meinen",
        "berichten",
        "kritisieren",
        "fordern",
        "versichern",
        "bekräftigen",
        "antworten",
        "behaupten",
        "bestätigen",
        "bestreiten",
        "dementieren",
        "verkünden",
        "ankündigen",
        "räumen",
        "zitieren",
        "fragen",
        "rufen",
        "twittern",
        "posten",
        "argumentieren",
        "einräumen",
        "kommentieren",
        "sprechen",
        "klagen",
        "beklagen",
        "verweisen",
        "beteuern",
        "entgegnen",
        "erwidern",
        "fügen",
        "hinzufügen",
        "mitteilen",
        "teilen",
        "heißen",
        "schildern",
        "erzählen",
        "urteilen",
        "folgern",
        "schlussfolgern",
        "vermuten",
        "glauben",
        "feststellen",
        "stellen",
        "drohen",
        "betont",
        "sagt",
        "sagte",
        "erklärte",
        # speech verbs of news reports the lexicon lacked ("konstatiert", "moniert", "kontert", "bemängelt")
        "bemerken",
        "konstatieren",
        "kontern",
        "monieren",
        "bemängeln",
        "gestehen",
        "insistieren",
        "prognostizieren",
        "beschwichtigen",
        "bekunden",
        "verdeutlichen",
        "sinnieren",
        "spotten",
        "schimpfen",
        "poltern",
        "seufzen",
        # feelings voiced with a reflexive verb, the commonest attribution of German features and local news
        # after "sagt" ("„…“, freut sie sich", "ärgert sich der Wirt", "wundert sich Müller")
        "freuen",
        "ärgern",
        "wundern",
        # a stance shown in the words, after the quote as "sagt" is: "„…“, zeigte sich Weil zufrieden", "gab sich die
        # Ministerin zuversichtlich" (with the reflexive only: "zeigte ein Foto", "gab ihm recht" report nothing)
        "zeigen",
        "geben",
        # how the words are voiced, the attribution of dialogue in stories and features ("„…“ haucht Gerhard")
        "flüstern",
        "hauchen",
        "murmeln",
        "brüllen",
        "raunen",
        "zischen",
        "schreien",
        # sending a message: "Er macht ein Foto und schickt es Aron: „…“", "simst sie ihm", "mailte der Sprecher"
        "schicken",
        "senden",
        "simsen",
        "mailen",
        # what an agency or an authority reports ("„…“, meldete die Agentur Tass", "meldet Interfax")
        "melden",
    },
    # speech verbs only with their reflexive pronoun ("freut sich"); without it the one who feels is the object
    "reflexive_only": ["freuen", "ärgern", "wundern", "zeigen", "geben"],
    "forms": {
        # present-tense forms the lemmatiser leaves as they are ("„…“ resümiert X", "entgegnet X")
        "resümiert",
        "entgegnet",
        "erwidert",
        "postet",
        "sinniert",
        "beschwichtigt",
        "sagte",
        "sagt",
        "sagten",
        "erklärte",
        "erklärt",
        "betonte",
        "betont",
        "schrieb",
        "heißt",
        "hieß",
        "meinte",
        "fügte",
        "teilte",
        "so",
        "warnte",
        "kritisierte",
        "ergänzte",
        "betonten",
    },
    "weak": {
        "meinen",
        "glauben",
        "vermuten",
        "fragen",
        "sprechen",
        "stellen",
        "teilen",
        "räumen",
        "heißen",
        "urteilen",
        "folgern",
        "schlussfolgern",
        "drohen",
        "rufen",
    },
    "framing": {"nennen", "bezeichnen", "beschreiben"},
    "addressee": set(),
    # verbs of asking whose object, right after them, is the one asked: "Gianni fragt Aron: „…“" (the asker speaks)
    "asking": ["fragen", "bitten"],
    # verbs that add to words said before ("„…“, fügte er hinzu", "ergänzte sie"): one who spoke before
    "adding": {"ergänzen", "fügen", "hinzufügen"},
    # "nach Angaben von X", "laut Angaben von X", "nach den Worten von X": the person after "von" is the source (a
    # preposition stops the cue's object otherwise); Swiss "gemäss"
    "cues": [
        "laut",
        "laut angaben von",
        "nach angaben",
        "nach angaben von",
        "nach den worten von",
        "nach worten von",
        "nach worten",  # "nach Worten Kulebas": the name in the genitive
        "nach aussage von",
        "nach aussagen von",
        # a view or an account, a cue as an account is: "Nach Ansicht von X ist das „…“"
        "nach ansicht von",
        "nach einschätzung von",
        "nach meinung von",
        "nach auffassung von",
        "nach darstellung von",
        "so",
        "zufolge",
        "gemäß",
        "gemäss",
    ],
    "cues_after": ["zufolge"],
    "pronouns": {"er": "m", "sie": "f", "es": "n"},
    # the polite "you", as written inside a sentence (an interview's "schrieben Sie:"): the person the article is about
    "formal_you": ["Sie"],
    # an interview's questions say "you" politely; a quote standing alone in the first person is an answer
    "interview_you": ["Sie", "Ihr", "Ihre", "Ihren", "Ihrem", "Ihrer", "Ihres"],
    "first_person": ["ich", "mich", "mir", "mein", "meine", "meinen", "meinem", "meiner", "wir", "uns", "unser"],
    # the narrator as the subject of the narration ("sage ich", "Ich schlucke: „…“"): a person in the scene the article
    # does not name, whose turn a dialogue's quote may be
    "narrator": ["ich"],
    # possessives: "ließ der Soldatenkönig seinen Sohn Friedrich II. wissen": the name completes a second phrase (object);
    # no genitive forms ("seiner", "ihres"): "sagte der Chef seiner Partei, Max Berg" is one phrase, the title's body
    "possessives": ["sein", "seine", "seinen", "seinem", "ihre", "ihren", "ihrem"],
    # those a subject takes (nominative): "Seine Frau sagte: „…“", "sagte ihre Tochter": someone of theirs, unnamed
    "subject_possessives": ["sein", "seine", "ihre"],
    "relative": {"der", "die", "welcher", "welche"},
    "honorifics": {"herr": "m", "frau": "f", "dr": None, "prof": None},
    "titles": {
        "sprecher": "m",
        "sprecherin": "f",
        "präsident": "m",
        "präsidentin": "f",
        "minister": "m",
        "ministerin": "f",
        "kanzler": "m",
        "kanzlerin": "f",
        "botschafter": "m",
        "botschafterin": "f",
        "bürgermeister": "m",
        "bürgermeisterin": "f",
        "berater": "m",
        "beraterin": "f",
        "experte": "m",
        "expertin": "f",
        "chef": "m",
        "chefin": "f",
        "leiter": "m",
        "leiterin": "f",
        "general": "m",
        "vertreter": "m",
        "vertreterin": "f",
        "abgeordnete": None,
        "abgeordneter": "m",
        "gouverneur": "m",
        "gouverneurin": "f",
        "sekretär": "m",
        "sekretärin": "f",
        "direktor": "m",
        "direktorin": "f",
        "analyst": "m",
        "analystin": "f",
        "vorsitzende": None,
        "vorsitzender": "m",
        "beamter": "m",
        "beamtin": "f",
        "quelle": None,
        "politiker": "m",
        "politikerin": "f",
        # "sagte die Diplomatin" for the spokeswoman named before
        "diplomat": "m",
        "diplomatin": "f",
        "kommandeur": "m",
        "oberbefehlshaber": "m",
        "regierungschef": "m",
        "regierungschefin": "f",
        "staatschef": "m",
        "premier": "m",
        # who rules a country or a region, by whatever right ("Tschetscheniens Machthaber Ramsan Kadyrow")
        "machthaber": "m",
        "machthaberin": "f",
        "herrscher": "m",
        "herrscherin": "f",
        "anführer": "m",
        "anführerin": "f",
        "premierministerin": "f",
        "premierminister": "m",
        "professor": "m",
        "professorin": "f",
        "aktivist": "m",
        "aktivistin": "f",
        # roles written bare before a name ("Der norwegische Trainer Tobias Torgersen", "Kollegin Lisa Wagner")
        "trainer": "m",
        "trainerin": "f",
        "kollege": "m",
        "kollegin": "f",
        "journalist": "m",
        "journalistin": "f",
        "anwalt": "m",
        "anwältin": "f",
        # rulers: "König Charles", "der Soldatenkönig Friedrich Wilhelm I." (a compound, by ``title_suffixes``)
        "könig": "m",
        "königin": "f",
        "kaiser": "m",
        "kaiserin": "f",
        "fürst": "m",
        "fürstin": "f",
        "herzog": "m",
        "herzogin": "f",
        "papst": "m",
        # offices and professions news names people by ("sagt der Landrat", "so die Richterin"); their feminines
        # (``feminine_ending``) and compounds (``closed_compounds``: "Oberstaatsanwalt") follow
        "landrat": "m",
        "landrätin": "f",
        "richter": "m",
        "bischof": "m",
        "bischöfin": "f",
        "pfarrer": "m",
        "kommissar": "m",
        "senator": "m",
        "rektor": "m",
        "intendant": "m",
        "moderator": "m",
        "dekan": "m",
        "arzt": "m",
        "ärztin": "f",
        "wissenschaftler": "m",
        "mediziner": "m",
        "ermittler": "m",
        "gewerkschafter": "m",
        "lehrer": "m",
        # roles of firms and research written bare before a name ("laut Geschäftsführer Max Berg", "Gründer Max
        # Berg"); their compounds were titles already (``title_suffixes``: "Hauptgeschäftsführer"), they were not
        "geschäftsführer": "m",
        "gründer": "m",
        "manager": "m",
        "forscher": "m",
        "kapitän": "m",
        "ökonom": "m",
        # leaders, royals and spouses ("sagte die Witwe" for the woman named before), players by position
        "führer": "m",
        "prinz": "m",
        "prinzessin": "f",
        "witwe": "f",
        "witwer": "m",
        "torhüter": "m",
        "stürmer": "m",
        "spieler": "m",
    },
    # the feminine of a role is its masculine and this ending ("Kommissarin", "Senatorin"; language.py)
    "feminine_ending": "in",
    # a person's role by the ending word formation gives it (language.py), of a word of three letters or more before
    # it: "der Virologe", "die Soziologin", "der Historiker", "der Redakteur", "die Gewerkschafterin", "die
    # Funktionärin", "der Sozialdemokrat"
    "role_endings": {
        "loge": "m",
        "login": "f",
        "iker": "m",
        "ikerin": "f",
        "eur": "m",
        "eurin": "f",
        "erin": "f",
        "istin": "f",
        "ärin": "f",
        "krat": "m",
        "kratin": "f",
    },
    # words with such an ending that name no person (plurals of "Dialog", "Katalog"; substances)
    "role_endings_not": ["dialoge", "kataloge", "prologe", "epiloge", "monologe", "analoge", "glycerin", "cholesterin"],
    # a compound written as one word is a kind of its last part ("Oberbürgermeisterin", "Feuerwehrmann"; language.py)
    "closed_compounds": True,
    # "der 48-Jährige": a person the article named, not a role (attribution.py: the person in view)
    "age_titles": ["jährig", "jährige", "jähriger"],
    # "Terechow wörtlich: „…“", "Brösicke dazu: „…“": a name, one of these words and a colon hand over to the quote
    "colon_adverbs": ["wörtlich", "dazu", "knapp", "ergänzend", "weiter"],
    # what an age ends with before "-jährig" (a number: "48-jährige", "Achtzigjährige", "Einundzwanzigjähriger"); a
    # word ending otherwise before it tells no age ("langjährig", "mehrjährig", "minderjährig"): no role (language.py)
    "age_numbers": [
        "ein",
        "zwei",
        "drei",
        "vier",
        "fünf",
        "sechs",
        "sieben",
        "acht",
        "neun",
        "zehn",
        "elf",
        "zwölf",
        "zig",
        "ßig",
        "hundert",
    ],
    "title_suffixes": [
        "beauftragte",
        "beauftragter",
        "gründer",
        "gründerin",
        "abgeordnete",
        "abgeordneter",
        "vorsitzende",
        "vorsitzender",
        "trainer",
        "trainerin",
        "politiker",
        "politikerin",
        "managerin",
        "manager",
        "geschäftsführer",
        "geschäftsführerin",
        "experte",
        "ökonom",
        "ökonomin",
        "forscher",
        "forscherin",
        "virologe",
        "virologin",
        "jährige",
        "jähriger",
        "spieler",
        "spielerin",
        "kapitän",
        "funktionär",
        "sprecherin",
        "präsidentin",
        "sprecher",
        "sprecherin",
        "minister",
        "ministerin",
        "präsident",
        "präsidentin",
        "kanzler",
        "kanzlerin",
        "chef",
        "chefin",
        "berater",
        "beraterin",
        "leiter",
        "leiterin",
        "experte",
        "expertin",
        "botschafter",
        "bürgermeister",
        "vertreter",
        "sekretär",
        "direktor",
        "kommandeur",
        "analyst",
        "könig",
        "königin",
        "kaiser",
        "kaiserin",
    ],
    "institutions": {
        "ministerium",
        "regierung",
        "behörde",
        "amt",
        "armee",
        "militär",
        "polizei",
        "botschaft",
        "institut",
        "agentur",
        "präsidialamt",
        "kreml",
        "generalstab",
        "verwaltung",
        "dienst",
        "pressedienst",
        "stab",
        "streitkräfte",
        "sicherheitsrat",
        "partei",
        "gericht",
        "nachrichtenagentur",
        "zeitung",
        "sender",
        "weißes",
        "pentagon",
        "kommission",
        "rat",
        "bundesregierung",
        "mitteilung",
        "erklärung",
        "kanzleramt",
        "unternehmen",
        "konzern",
        # a fire brigade with its city ("die Feuerwehr Berlin"); its compounds were bodies already ("Berufsfeuerwehr")
        "feuerwehr",
    },
    "institution_suffixes": [
        "ministerium",
        "regierung",
        "behörde",
        "amt",
        "agentur",
        "dienst",
        "stab",
        "verwaltung",
        "rat",
        "gericht",
        "konzern",  # Rüstungskonzern, Energiekonzern
        "verband",  # Herstellerverband
        "institut",  # Bundesinstitut
        "gewerkschaft",  # Mietergewerkschaft
        "anwaltschaft",  # Staatsanwaltschaft, Generalstaatsanwaltschaft, Bundesanwaltschaft
        "feuerwehr",  # Berufsfeuerwehr
        "polizei",  # Bundespolizei, Kantonspolizei, Landespolizei
        "präsidium",  # Polizeipräsidium
        "direktion",  # Polizeidirektion, Landespolizeidirektion
        "inspektion",  # Polizeiinspektion
        "kommando",  # Landespolizeikommando, Einsatzkommando
        "komitee",  # Ermittlungskomitee, Exekutivkomitee
    ],
    "skip": {
        "der",
        "die",
        "das",
        "den",
        "dem",
        "des",
        "ein",
        "eine",
        "einer",
        "eines",
        "einem",
        "hat",
        "habe",
        "hatte",
        "ist",
        "war",
        "auch",
        "dann",
        "später",
        "zuvor",
        "bereits",
        "noch",
        "am",
        "im",
        "schon",
        "nun",
        "jetzt",
        "weiter",
        "erneut",
    },
    "prepositions": {
        "an",
        "auf",
        "aus",
        "bei",
        "mit",
        "nach",
        "von",
        "vom",
        "zu",
        "zum",
        "zur",
        "für",
        "gegen",
        "über",
        "unter",
        "um",
        "durch",
        "ohne",
        "vor",
        "hinter",
        "neben",
        "zwischen",
        "gegenüber",
        "in",
        "im",
        "ins",
        "beim",
        "seit",
        "während",
        "wegen",
        "trotz",
    },
    "abbreviations": {
        "dr",
        "prof",
        "bzw",
        "ca",
        "nr",
        "z.b",
        "d.h",
        "usw",
        "vgl",
        "hr",
        "fr",
        "st",
        "u.a",
        "z.t",
        "v.a",
        "mio",
        "mrd",
        "tel",
        "str",
        "inkl",
        "evtl",
        "ggf",
        "u",
        "jh",
        "jhd",
        "bzgl",
    },
    "next_cues": [
        "das sagte",
        "dies sagte",
        "das erklärte",
        "das teilte",
        # "„…“ So sieht es Peter Müller.": the next sentence gives the quote as its subject's view or words
        "so sieht es",
        "so sieht das",
        "so sah es",
        "so sah das",
        "so formuliert es",
        "so formulierte es",
        "so beschreibt es",
        "so beschrieb es",
    ],
    # "sie" is "she" or "they": "they" when its clause (to the next punctuation, eight words at most) holds a finite
    # verb only the plural has and none only the singular has ("dass sie etwa sagen wollen:", not "dass sie sagen
    # will") (entities/quotes/speakers.py)
    "plural_pronouns": ["sie"],
    "plural_verbs": [
        "sind",
        "haben",
        "wollen",
        "können",
        "müssen",
        "sollen",
        "dürfen",
        "mögen",
        "werden",
        "waren",
        "hatten",
        "wollten",
        "konnten",
        "mussten",
        "sollten",
        "durften",
        "würden",
        "wurden",
    ],
    "singular_verbs": [
        "ist",
        "hat",
        "will",
        "kann",
        "muss",
        "soll",
        "darf",
        "mag",
        "wird",
        "war",
        "hatte",
        "wollte",
        "konnte",
        "musste",
        "sollte",
        "durfte",
        "würde",
        "wurde",
    ],
    # nouns of someone's words or view: after a speech verb or a cue their owner spoke ("„…“, so das Fazit von
    # Peter Müller", "lautet die Einschätzung von Anna Berg", "lautet sein Fazit")
    "word_nouns": [
        "fazit",
        "urteil",
        "einschätzung",
        "meinung",
        "ansicht",
        "credo",
        "motto",
        "devise",
        "bilanz",
        "antwort",
        "appell",
        "prognose",
        "diagnose",
        "resümee",
        "schlussfolgerung",
        "überzeugung",
        "worte",
        "botschaft",
    ],
    # a possessive before such a noun stands for the last person of its gender ("„…“, lautet sein Fazit")
    "cue_possessives": {"sein": "m", "seine": "m", "ihr": "f", "ihre": "f"},
    # a demonstrative opening the sentence after a quote, pointing back at it before any speech verb ("Das betonte
    # Müller", "Dies erklärte die Ministerin"): the verb's inverted subject is the quote's speaker
    "next_demonstratives": ["das", "dies"],
    # "as" opening the sentence after a quote, then its subject and a speech verb closing the clause ("„…“ Wie Müller
    # mitteilte, sind …"): the subject said the quote
    "next_as": ["wie"],
    # endings of Russian and Ukrainian surnames as German spells them: a lone capitalised word with one right before
    # or after a speech verb is a person named by surname ("Kowaltschuk erklärte", "sagte Schewtschenko"), not a body
    # nor a town
    "lone_surname_endings": ["enko", "tschuk", "uk", "ow", "ew"],
    # articles that are also a pronoun: before a given name and a surname, the object of an inverted sentence, not
    # the name's article ("Anders sieht das Anna Schmidt"; speakers.py)
    "pronoun_articles": ["das"],
    # a phrase opening the sentence after a quote that names the quote's words, then any verb whose subject said
    # them ("Mit diesen Worten eröffnete Müller die Sitzung")
    "next_worded": ["mit diesen worten", "mit den worten"],
    # a definite institution noun stands for the body in view whose name holds it ("„…“, teilte das Ministerium mit")
    "anaphor_articles": ["der", "die", "das"],
    # "teilte das Unternehmen mit": nouns that stand for any body of their kind, the one organisation in view (en.py)
    "anaphor_heads": ["unternehmen", "konzern"],
    "pro_drop": False,
    "verb_final": False,
    "document_heads": ["mitteilung", "erklärung", "stellungnahme"],
    # "in einer Erklärung von Anna Brenner hieß es": the document's named author
    "document_by": ["von"],
    # "der Kreml veröffentlichte eine Mitteilung": its issuer is the subject of these verbs (or a speech verb)
    "document_verbs": ["veröffentlichen", "verbreiten", "herausgeben", "versenden", "unterzeichnen"],
    "document_owners": ["seine", "ihre", "seiner", "ihrer"],
    # the last part of a compound naming a publication whose issuer stands in front ("im IBC Solar-Blog heißt es")
    "publication_heads": [
        "blog",
        "website",
        "webseite",
        "homepage",
        "mitteilung",
        "pressemitteilung",
        "erklärung",
        "stellungnahme",
        "bericht",
        "geschäftsbericht",
        "studie",
        "papier",
        "positionspapier",
        "newsletter",
        "magazin",
        "statement",
    ],
    # organisations are named with their kind in front ("Rüstungskonzern Rheinmetall"): the name is after it
    "kind_before_name": True,
    # names take case endings: "Peskows" finds "Peskow"
    "inflected_names": True,
    # a name after one of these that follows an article and a noun is a genitive attribute ("der Aktivist der …")
    "genitive_articles": ["der", "des"],
    # a name's genitive adds -s ("Luckes Kritik")
    "genitive_s": True,
    "title_of": ["der", "von"],
    # "of" words that do not join a name to the institution before them
    "of_not_joining": ["der", "das", "von", "vom"],
    "role_groups": {"sprecherin": "sprecher"},
    # verbs of citing: the person cited follows them
    "citing": ["zitieren"],
    # "so" introduces the speaker only first in the clause after a quote ("„…“, so Peskow"); elsewhere it is "so"
    "cues_at_start": ["so"],
    "reflexive_clitics": ["sich"],
    # a pronoun right after the speech verb is its inverted subject ("sagte er"), resolved by its gender
    "pronoun_after_verb": True,
    # a company's legal form, left out when the article names it again ("Cansativa GmbH" … "Cansativa teilt mit")
    "legal_forms": ["gmbh", "ag", "se", "kg", "ug", "kgaa", "e.v."],
    # "Für X ist klar, dass „…“", "Für X steht fest: „…“": X holds the view the sentence's quote gives
    # "Anna Berger ist Sprecherin des Ministeriums": the title is the person's (speakers.py binds it to them)
    "copulas": ["ist", "war", "sei", "wird", "wurde"],
    "negations": ["nicht", "kein", "keine", "nie", "niemals"],
    "stance_for": ["für"],
    "stance_copulas": ["ist", "sei", "war", "steht", "stehe", "stand", "scheint"],
    "stance_words": ["klar", "fest", "eindeutig", "sicher", "offensichtlich", "unstrittig", "ausgemacht"],
    # a quote with no cue goes on with the last speaker past a person named only as an object ("wie Elvira Oeberg")
    "continue_past_objects": True,
    # a quote inside a sentence after words of its own (no colon) continues only a speaker or its sentence's subject,
    # not a person an earlier sentence is about ("Die Märker »haben …«")
    "embedded_quote_continues_speakers": True,
    "comparisons": ["wie", "als"],
    # a verb whose pronoun subject is impersonal: „…“, heißt es (in einer Mitteilung von X)
    "impersonal": {"heißen": "es"},
    # an unnamed spokesperson or "heißt es" with no body named: the one body the paragraph names as a name
    # the recogniser did not read ("die Deutsche Post", "bei der Berliner Straßenreinigung")
    "bodies_in_text": True,
    # "ein Sprecher der Deutschen Post", "der Gegenbauer GmbH": the body a spokesperson is of, written as a name
    "bodies_unread": True,
    # a quote in a clause giving someone's words by a noun and its owner: "die Formulierungen von der Leyens,
    # wonach „…“" (the owner said it, not the subject who comments on it)
    "source_nouns": [
        "aussage",
        "aussagen",
        "formulierung",
        "formulierungen",
        "worte",
        "äußerung",
        "äußerungen",
        "behauptung",
        "ankündigung",
        "forderung",
        "warnung",
        "einschätzung",
    ],
    "source_clauses": ["wonach", "dass", "demzufolge"],
    # the words between such a noun and its owner ("die Aussagen von der Leyens", "die Warnung des Ministers")
    "source_owners": ["von", "des", "der", "vom"],
    # the prepositions of a body's seat that give an impersonal verb its speaker ("im Kreml hieß es")
    "impersonal_from": ["im", "aus", "vom"],
    "verb_gender": [["ten", "p"]],
    # Function words (attribution.py and speakers.py take the union or this language's own).
    "determiners": {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einem"},
    "spokesperson": {"sprecher"},
    "definite": {"der", "die", "das", "den", "dem", "des"},
    "noun_markers": {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einem", "eines"},
    "indefinite": {"ein", "eine", "einer"},
    # Nouns for a person the article need not name ("Der Mann", "eine Nutzerin"), with the gender they show:
    # a sentence opening with one has a subject a later "er"/"sie" may stand for (attribution.py)
    "person_nouns": {
        "mann": "m",
        "frau": "f",
        "person": None,
        "nutzer": "m",
        "nutzerin": "f",
        "user": "m",
        "userin": "f",
        "aktivist": "m",
        "aktivistin": "f",
        "zeuge": "m",
        "zeugin": "f",
        "anwohner": "m",
        "anwohnerin": "f",
        "bewohner": "m",
        "bewohnerin": "f",
        "mitarbeiter": "m",
        "mitarbeiterin": "f",
        "täter": "m",
        "täterin": "f",
        "fahrer": "m",
        "fahrerin": "f",
        "junge": "m",
        "mädchen": "f",
        "polizist": "m",
        "polizistin": "f",
        "besucher": "m",
        "besucherin": "f",
        "leser": "m",
        "leserin": "f",
        "hacker": "m",
        "arzt": "m",
        "ärztin": "f",
        "spieler": "m",
        "spielerin": "f",
        "autor": "m",
        "autorin": "f",
        "schauspieler": "m",
        "schauspielerin": "f",
        "sänger": "m",
        "sängerin": "f",
        "anwalt": "m",
        "anwältin": "f",
        "journalist": "m",
        "journalistin": "f",
        "lehrer": "m",
        "lehrerin": "f",
        "student": "m",
        "studentin": "f",
        "soldat": "m",
        "soldatin": "f",
        "unternehmer": "m",
        "unternehmerin": "f",
        "landwirt": "m",
        "landwirtin": "f",
        "athlet": "m",
        "athletin": "f",
        # kinds of person an article calls someone it named ("der 15-malige Major-Sieger", "der US-Promi")
        "sieger": "m",
        "siegerin": "f",
        "promi": None,
        "star": None,
        "coach": "m",
    },
    # a quote's author named right after its closing mark ("im „…“ von Ann Cotten"; after.py)
    "quote_by": ["von"],
    # the finite verb of a main clause stands second: a cue's phrase ("Laut TASS sagte Peskow") or a subordinate
    # clause ("Wie TASS berichtete, sagte Peskow") before it puts its subject after it (attribution.py)
    "verb_second": True,
    # words opening a subordinate clause that may stand first in the sentence, before the main clause's verb
    # (a "dass" clause too: "Dass Anna mitfährt, freut den Trainer: „…“": Anna is the clause's subject, not the verb's)
    "fronted_clauses": [
        "wie",
        "als",
        "nachdem",
        "während",
        "wenn",
        "weil",
        "obwohl",
        "bevor",
        "seit",
        "seitdem",
        "dass",
        "daß",
        "ob",
        "falls",
        "sobald",
    ],
    "clause_starts": {"und", "aber", "während"},
    "subordinators": {"während", "wenn", "weil", "nachdem"},
    # words that open a clause of the sentence right after a quote's comma, where no reporting verb stands ("dass
    # „…“, da sich „…“"); a table of its own: "da" is also an adverb after a verb ("sagt da Müller")
    # (and: a subordinator or an adverb of cause or concession, a "wo(r)-" pronominal adverb: "„…“, womit er recht
    # behielt", "„…“, seitdem er im Amt ist": the clause is no cue, whatever pronoun follows)
    "clause_links": {"da", "obwohl", "denn", "sondern", "doch", "als", "bevor", "damit", "sodass", "ob", "falls"}
    | {"obgleich", "obschon", "wenngleich", "seit", "seitdem", "solange", "sobald", "sofern", "soweit", "indem", "ehe"}
    | {"bis", "weshalb", "weswegen", "wieso", "warum", "also", "zumal", "jedoch", "dennoch", "trotzdem", "deshalb"}
    | {"deswegen", "daher", "darum", "womit", "wobei", "worauf", "woraufhin", "wodurch", "wofür", "worüber", "wogegen"}
    | {"wonach", "wovon", "wozu", "worin", "woran"},
    "complementisers": {"dass", "daß"},
    "konjunktiv": {"sei", "seien", "habe", "werde", "könne", "müsse", "solle", "wolle", "dürfe", "gebe", "wisse"},
    # words right before a short quote that make it a scare quote, not reported words ("die sogenannte „Spezialoperation“")
    "scare_markers": {
        f"{stem}{ending}" for stem in ("sogenannt", "angeblich", "vermeintlich") for ending in ("e", "en", "er", "es")
    }
    | {"sog"},
    "reflexives": {"sich"},
    "of": {"von"},
    "conjunctions": {"und", "oder"},
    "name_particles": {"von", "zu", "der"},
    "of_words": {"von", "vom", "der", "des"},
    "article_gender": {"der": "m", "die": None},
    "articles": {
        "der",
        "die",
        "das",
        "den",
        "dem",
        "des",
        "ein",
        "eine",
        "einer",
        "einem",
        "eines",
        "einen",
        "sein",
        "seine",
        "seiner",
        "seinem",
        "seinen",
        "ihr",
        "ihre",
        "ihrer",
        "ihrem",
        "ihren",
        "unser",
        "unsere",
        "dieser",
        "diese",
        "dieses",
        "jeder",
        "jede",
        "kein",
        "keine",
        "zum",
        "zur",
        "im",
        "am",
        "beim",
        "vom",
    },
    "separable_particles": (
        "zurück",
        "hervor",
        "hinzu",
        "heraus",
        "klar",
        "fest",
        "hin",
        "mit",
        "aus",
        "ein",
        "zu",
        "an",
        "vor",
        "dar",
        "nach",
        "ab",
        "auf",
    ),
}

# Name finding (services/enrich/entities/name_words.py describes each table).
# A word ending in a role is the role: the language builds compounds (Kremlsprecher).
NAME_COMPOUNDS = True
NAME_ROLES = (
    "präsident", "präsidentin", "kanzler", "kanzlerin", "minister", "ministerin", "sprecher", "sprecherin",
    "bürgermeister", "bürgermeisterin", "botschafter", "botschafterin", "general", "chef", "chefin", "berater",
    "beraterin", "sekretär", "sekretärin", "herr", "frau", "dr", "professor", "professorin", "abgeordnete",
    "abgeordneter", "experte", "expertin", "analyst", "analystin", "oberst", "kommandeur", "premier",
    "politiker", "politikerin", "vorsitzende", "vorsitzender", "leiter", "leiterin", "korrespondent",
    "referent", "referentin", "consultant", "gouverneur", "gouverneurin", "journalist", "journalistin", "reporter",
    "reporterin", "korrespondentin", "diplomat", "diplomatin", "aktivist", "aktivistin", "senator", "senatorin",
    "kritiker", "kritikerin", "machthaber", "machthaberin", "herrscher", "herrscherin", "staatschef", "staatschefin",
    "regierungschef", "regierungschefin", "oberhaupt", "anführer", "anführerin",
    # who someone is to an office ("sein Nachfolger", "ihre Vorgängerin", "sein Stellvertreter") and who runs for one
    "vorgänger", "vorgängerin", "nachfolger", "nachfolgerin", "stellvertreter", "stellvertreterin", "kandidat",
    "kandidatin",
    # the makers culture pages name people by ("der Regisseur", "die Choreografin", "der Autor")
    "regisseur", "regisseurin", "choreograf", "choreografin", "autor", "autorin", "künstler", "künstlerin",
    # a spouse, a first lady as news names them before the name (not "führer": "Geschäftsführer Sport")
    # ("First Lady Olena Selenska", "die Witwe Julija Nawalnaja")
    "lady", "witwe", "witwer",
    # the title of a religious order's brother ("Frater Anselm"; not "Pater": "das Pater Noster")
    "frater",
)  # fmt: skip
NAME_INSTITUTIONS = (
    "ministerium", "partei", "bank", "regierung", "bundestag", "agentur", "zeitung", "rundfunk", "verlag",
    "institut", "universität", "gericht", "armee", "gruppe", "ag", "gmbh", "nachrichten", "dienst",
    "kommission", "rat", "amt", "behörde", "streitkräfte", "konzern", "stiftung", "verband", "fernsehen",
    "bündnis",
    # the kind of a news agency, any agency alone ("sagte er der Nachrichtenagentur dpa": the agency is dpa, written
    # in lower case, no name the compound starts)
    "nachrichtenagentur", "presseagentur",
)  # fmt: skip
# Nouns that are common words on their own ("die Post", "mit der Bahn") but name a body after a capitalised
# adjective, which German writes in capitals only inside a name ("Deutsche Post", "Deutschen Bahn",
# "Techniker Krankenkasse" is read by its institution word; "Französischen Revolution" by none). Lower case;
# a compound ending in one counts ("Deutsche Rentenversicherung").
NAME_ADJECTIVE_BODIES = (
    "post", "bahn", "welle", "börse", "kasse", "krankenkasse", "versicherung", "rentenversicherung", "presse",
    "polizei", "union", "liga", "kirche", "akademie", "museum", "bibliothek", "kammer", "gewerkschaft", "oper",
    "theater", "hilfe", "gesellschaft", "bundesbank", "zentralbank", "sparkasse", "flugsicherung", "partei",
    "betriebe", "werke", "feuerwehr", "staatsanwaltschaft", "verwaltung",
)  # fmt: skip
NAME_FUNCTION_WORDS = (
    "der die das den dem des ein eine einen einem einer eines im am an auf aus bei mit nach von vor "
    "zu zum zur in um für über unter durch gegen ohne seit laut wie was wer wo es er sie wir ihr ich man "
    "dies diese dieser dieses auch aber und oder doch noch schon so da dann nun nur nicht kein keine "
    "als wenn weil dass ob bis trotz während wegen gemäß gemäss"
)
NAME_PARTICLES = frozenset({"von", "van", "der", "de", "zu", "ten", "ter"})
# How legal writing cites its literature, in brackets after "vgl." or between semicolons: the authors first, a slash
# between them ("Dreier/Schulze, UrhG, 3. Aufl., § 19a Rdn. 6"), the one who wrote the part cited before "in"
# ("Bullinger in Wandtke/Bullinger, …"), "aaO" for a work cited before ("Köhler/Arndt/Fetzer aaO Rdn. 748"); a
# segment is a citation when it holds one of the ``markers`` (an edition, a margin number, a page): every author is a
# person (entities/names.py).
NAME_CITATIONS = {
    "opening": r"vgl\.|s\.",
    "in": "in",
    "again": r"aaO|a\.[ \u00a0]?a\.[ \u00a0]?O\.",
    "particles": r"v\.[ \u00a0]?|von[ \u00a0]",
    "markers": r"\d+\.[ \u00a0]?Aufl\.|\baaO\b|\ba\.[ \u00a0]?a\.[ \u00a0]?O\.|\bRdn?\.|\bRn\.|\bS\.[ \u00a0]?\d",
}
# Kin a lone given name stands after ("ihr Bruder Michael", "mit seinem Mann Karl-Heinz"): the name is that
# relative's, a person's (entities/names.py). Lower case; "Frau" is a title (``NAME_ROLES``).
NAME_KIN = frozenset({
    "mann", "ehemann", "ehefrau", "gatte", "gattin", "partner", "partnerin", "lebensgefährte", "lebensgefährtin",
    "freund", "freundin", "verlobter", "verlobte", "sohn", "tochter", "vater", "mutter", "bruder", "schwester",
    "onkel", "tante", "neffe", "nichte", "cousin", "cousine", "enkel", "enkelin", "opa", "oma", "großvater",
    "großmutter", "schwager", "schwägerin", "stiefsohn", "stieftochter", "stiefvater", "stiefmutter",
})  # fmt: skip
# A ruler's or a saint's epithet after the given name ("Peter der Große", "Katharina die Große", "Ludwig der Fromme"):
# the given name and the epithet are the person's name (entities/names.py).
NAME_EPITHETS = (
    "der Große", "die Große", "der Fromme", "der Kühne", "der Weise", "der Kahle", "der Heilige", "die Heilige",
    "der Gute", "der Schöne", "der Eiserne", "der Schreckliche", "der Prächtige", "der Eroberer", "der Löwe",
    "der Bekenner", "der Friedfertige", "der Gerechte", "der Einsiedler", "der Täufer",
)  # fmt: skip
NAME_PERSON_ENDINGS = ("s",)
# Endings of abstract nouns the dictionary lists ("Werbung", "Leistung", "Theologie"): never a surname but "Hartung".
NAME_NOUN_SUFFIXES = ("ung", "heit", "keit", "schaft", "tion", "ität", "ismus", "logie")
NAME_DAY_WORDS = frozenset({"tag", "tages"})
# Nouns are capitalised: a capitalised pair is not yet a name.
NOUNS_CAPITALISED = True
NAME_ARTICLES = frozenset(
    [
        "der",
        "die",
        "das",
        "den",
        "dem",
        "des",
        "ein",
        "eine",
        "einen",
        "einem",
        "einer",
        "eines",
        "kein",
        "keine",
        "keinen",
        "keinem",
        "keiner",
        "zum",
        "zur",
        "beim",
        "im",
        "am",
        "vom",
        "ins",
        "ans",
        "aufs",
        "jede",
        "jeder",
        "jedes",
        "jeden",
        "diese",
        "dieser",
        "dieses",
        "diesen",
        "ihre",
        "ihrer",
        "ihren",
        "seine",
        "seiner",
        "seinen",
        "unsere",
        "unserer",
        "mein",
        "meine",
    ]
)  # fmt: skip

# Places (services/enrich/entities/geo.py).
# Its country names come from CLDR (the gazetteer loads them).
CLDR_COUNTRY_NAMES = True
# Short forms of country names CLDR does not give, and the common German names of countries CLDR gives another
# name of ("Weißrussland" for Belarus, "Elfenbeinküste" for Côte d’Ivoire, "Mazedonien" for Nordmazedonien, "Moldau"
# for Republik Moldau), and "Bundesrepublik" for Deutschland.
COUNTRY_SHORT = {
    "USA": "US",
    "Amerika": "US",
    "Holland": "NL",
    "Großbritannien": "GB",
    "UK": "GB",
    "U.K.": "GB",
    "Weißrussland": "BY",
    "Birma": "MM",
    "Burma": "MM",
    "Elfenbeinküste": "CI",
    "Mazedonien": "MK",
    "Swasiland": "SZ",
    "Kapverden": "CV",
    "Osttimor": "TL",
    "Tschechei": "CZ",
    "Moldawien": "MD",
    "Bosnien": "BA",
    "Palästina": "PS",
    "Moldau": "MD",
    "Bundesrepublik": "DE",
    "Bundesrepublik Deutschland": "DE",
}
# Regions and natural features no data the gazetteer reads names in German (GeoNames lists towns, CLDR countries and
# world regions, ISO 3166-2 subdivisions): seas, mountain ranges, rivers, historical and landscape regions, each a
# place under its German name, declined forms by PLACE_CASE_ENDINGS ("des Atlantiks"). Only names that are no German
# word, demonym or person's name too (not "Main", "Inn", "Oder", "Harz": resin, "Franken", "Schwaben": people,
# "Havel", "Lech", "Wallis", "Jordan": people). services/enrich/entities/geo.py.
PLACE_NAMES = frozenset({
    # seas, oceans, straits
    "Atlantik", "Nordatlantik", "Südatlantik", "Pazifik", "Nordpazifik", "Südpazifik", "Arktis", "Antarktis",
    "Antarktika", "Karibik", "Adria", "Ägäis", "Ärmelkanal", "Nordsee", "Ostsee", "Mittelmeer", "Wattenmeer",
    "Bosporus", "Kattegat", "Skagerrak",
    # mountain ranges and uplands
    "Alpen", "Pyrenäen", "Karpaten", "Apenninen", "Dolomiten", "Vogesen", "Anden", "Himalaya", "Ural", "Kaukasus",
    "Eifel", "Hunsrück", "Spessart", "Westerwald", "Odenwald", "Sauerland", "Karawanken", "Tatra", "Hindukusch",
    # rivers (not those the towns on them name: "Rhein", "Donau", PLACE_TOWN_QUALIFIER)
    "Elbe", "Weser", "Mosel", "Isar", "Spree", "Salzach", "Nil", "Amazonas", "Wolga",
    "Dnipro", "Dnjepr", "Themse", "Loire", "Rhone", "Ebro", "Tiber", "Jangtse", "Ganges", "Euphrat", "Tigris",
    "Mekong",
    # world regions
    "Skandinavien", "Baltikum", "Balkan", "Nahost", "Levante", "Maghreb", "Sahel", "Sahara", "Sibirien",
    "Mitteleuropa", "Kaschmir", "Tibet", "Patagonien", "Lappland", "Arabien", "Mesopotamien", "Indochina", "Krim",
    "Kurdistan", "Donbass", "Karelien", "Gazastreifen", "Westjordanland", "Golanhöhen", "Sinai", "Naher Osten",
    "Mittlerer Osten", "Ferner Osten",
    # Russia's republics and regions, and the disputed lands of the former Soviet Union, under their German names
    "Tschetschenien", "Dagestan", "Inguschetien", "Baschkortostan", "Burjatien", "Jakutien", "Tschukotka",
    "Kamtschatka", "Ossetien", "Südossetien", "Nordkaukasus", "Transnistrien", "Bergkarabach", "Berg-Karabach",
    "Sowjetunion", "DDR",
    # the abbreviation German writes for a state of its own, in capitals as written
    "NRW",
    # islands
    "Mallorca", "Sylt", "Usedom", "Föhr", "Amrum", "Helgoland", "Borkum", "Norderney", "Fehmarn", "Menorca", "Korfu",
    "Lanzarote", "Fuerteventura", "Madeira", "Rhodos", "Bornholm", "Gotland", "Spitzbergen", "Gran Canaria",
    "Teneriffa", "Ibiza", "Kreta", "Zypern", "Algarve",
    # regions of German-speaking countries, historical ones too
    "Ruhrgebiet", "Rheinland", "Oberpfalz", "Oberfranken", "Mittelfranken", "Unterfranken", "Oberbayern",
    "Niederbayern", "Niederrhein", "Emsland", "Ostfriesland", "Münsterland", "Lausitz", "Uckermark", "Prignitz",
    "Altmark", "Eichsfeld", "Breisgau", "Kraichgau", "Wetterau", "Wachau", "Salzkammergut", "Ostpreußen",
    "Westpreußen", "Schlesien", "Pommern", "Vorpommern", "Siebenbürgen", "Böhmen", "Mähren", "Galizien", "Elsass",
    "Lothringen", "Südtirol", "Engadin", "Tessin", "Rhön", "Taunus", "Oberschwaben", "Kurpfalz", "Markgräflerland",
    "Pinzgau", "Pongau", "Lungau", "Mühlviertel", "Waldviertel", "Weinviertel", "Innviertel", "Montafon",
    "Vinschgau", "Emmental", "Trentino",
    # other European regions under their German names
    "Burgund", "Provence", "Normandie", "Bretagne", "Toskana", "Andalusien", "Katalonien", "Kastilien", "Balearen",
    "Kanaren", "Azoren", "Kalabrien", "Sizilien", "Sardinien", "Korsika", "Flandern", "Wallonien", "Friesland",
})  # fmt: skip
# Case endings that turn an inflected place name back into its name: (in the text, of the name).
PLACE_CASE_ENDINGS = (("es", ""), ("s", ""))
# Abbreviations that open a place's name, and the word they stand for ("St. Gallen" is Sankt Gallen).
PLACE_ABBREVIATIONS = {"St.": "Sankt"}
# German spelling of Russian and Ukrainian names (Duden's), sound by sound, matched on the key English romanisation is
# brought to (en.py; services/enrich/entities/geo.py ``sound_key``): "Bachmut", "Awdijiwka", "Saporischschja",
# "Tschernihiw", "Donezk" are Bakhmut, Avdiyivka, Zaporizhzhya, Chernihiv, Donetsk.
PLACE_SOUND_SPELLING = (
    ("schtsch", "S"), ("tsch", "C"), ("sch", "S"), ("ch", "K"), ("z", "Z"), ("ss", "S"), ("s", "S"), ("ß", "S"),
    ("k", "K"), ("w", "V"), ("v", "V"), ("j", "i"), ("y", "i"),
)  # fmt: skip
# How a town's name in the language's countries names the river, hills or land it lies on ("Frankfurt am Main",
# "Königstein im Taunus", "Halle (Saale)", "Fürstenwalde/Spree"): the natural features of the language's own
# country, read off GeoNames' town names (services/enrich/entities/features.py), with the countries that count.
PLACE_TOWN_QUALIFIER = (
    r" (?:am|an der|im|in der|ob der|auf der|vor der) (\w+)$|\((\w+)\)$|/(\w+)$",
    ("DE", "AT", "CH", "LI"),
)
# Words that make a capitalised name a geographic feature ("Ege Denizi", "Mar di Sardegna"), lower case.
PLACE_HEADS = ("meer", "see", "golf", "gebirge", "bucht", "alpen", "alb", "inseln")  # not "heide": Heide Simonis
# Head words that make a region or a feature only last, after a capitalised adjective ("Bayerischer Wald", "Sächsische
# Schweiz", "Berchtesgadener Land"), lower case; first they are no feature ("der Wald Hamburgs", "das Land Brandenburg").
PLACE_HEADS_AFTER_ADJECTIVE = frozenset({
    "wald", "schweiz", "land", "heide", "weiher", "teich", "seenplatte", "becken", "börde",
})  # fmt: skip
# Head words before a name that make the run a natural feature ("Insel Rügen", "Halbinsel Krim"), lower case.
PLACE_HEADS_BEFORE = ("insel", "halbinsel", "fluss")
# Endings of one-word compounds that name a natural feature ("Bodensee", "Erzgebirge", "Odenwald", "Ahrtal"),
# each with the endings of its plural (and of forms only common nouns of that ending have): a compound whose
# plural the dictionary lists is a common noun ("Stauseen", "Regenwälder", "Portale"), one without is a name
# (services/enrich/entities/names.py). Not "gebiet": ad hoc compounds ("Startgebiet") have no plural listed either.
PLACE_FEATURE_ENDINGS = {
    "see": ("seen",), "gebirge": ("gebirgen",), "wald": ("wälder", "walde"), "tal": ("täler", "tale"),
    "bucht": ("buchten",),
}  # fmt: skip
# "and" between two given names of one family ("Judith y Natalie Ra’anan"): the first is a person too.
NAME_AND = ("und",)
# "or" between two names of a list ("Nachbarstädte wie Hagen oder Unna"): a town spelt like a noun beside a place.
NAME_OR = ("oder",)
# Parties German names by a word, not an acronym, in parentheses after a politician ("Katrin Göring-Eckardt
# (Grüne)"; the acronyms, "(SPD)", need no list). Lower case.
NAME_PARTY_WORDS = ("grüne", "grünen", "linke", "linken")
# A people's noun ("der Japaner", "dem Slowenen", "die Norwegerin") is its adjective's stem ("japanisch",
# "slowenisch") with one of these endings: noun ending -> adjective ending. After an article and before a given name
# and surname it titles the person as a role does ("an den Japaner Ryoyu Kobayashi").
NAME_DEMONYM_ENDINGS = {"erinnen": "isch", "erin": "isch", "er": "isch", "innen": "isch", "in": "isch", "en": "isch", "e": "isch"}  # fmt: skip
# How a people's noun makes its plural and its feminine from its singular ("Pole", "Polen", "Polin"; "Ungar",
# "Ungarn", "Ungarin"): the plural's ending, the singular's ending the feminine drops, the feminine's ending. A
# country spelt as such a plural is the people right after an article ("die Polen", "den Schweden";
# services/enrich/entities/names.py).
NAME_PEOPLE_NOUN = {"plural": "n", "dropped": "e", "feminine": "in"}
# Words for a news outlet: the name right after one is the outlet's, an organisation, even when a town or a person is
# spelt so ("der Telegram-Kanal Baza", "die Nachrichtenagentur Interfax", "der Staatssender Rossija"); a compound ending
# in one counts (services/enrich/entities/names.py).
NAME_OUTLET_WORDS = ("agentur", "zeitung", "sender", "kanal", "portal", "blatt", "magazin")
# Bodies news names together by a set phrase of common nouns, one speaker ("nennen Bund und Länder": the federal and
# the state governments): {name: the forms written}.
NAME_SET_BODIES = {"Bund und Länder": ("Bund und Länder", "Bund und Ländern")}
# Words for a company's kind before its one name ("das Unternehmen Brandolf", "der Autohersteller Seat", "die Modekette
# Tamaro"): the name is the company's, not a person's. Lower case; a compound ending in one counts.
NAME_COMPANY_WORDS = (
    "unternehmen", "firma", "konzern", "hersteller", "dienstleister", "start-up", "startup", "kette", "discounter",
)  # fmt: skip
# A settlement noun in an apposition right after a name ("X, la capital de Y"): the name is a place, known or not
# (services/enrich/entities/names.py; correction.py for a model's labels).
PLACE_APPOSED = (
    r",\s+(?:die |der |dem |eine |einer |ein |einem )?(?:(?:kleine|kleinen|russische|russischen|ukrainische|"
    r"ukrainischen|südrussische|südrussischen|westrussische|westrussischen)\s+)?(?:Hauptstadt|Landeshauptstadt|"
    r"Kreisstadt|Kleinstadt|Großstadt|Grenzstadt|Hafenstadt|Stadt|Gemeinde|Ortschaft|Dorf|Insel)\b"
)
# "in" places a name the dictionary does not know ("in Simmelsdorf", "in Ischgl"; not "in Kraft", "in Zukunft"):
# where nouns are capitalised, only a word no dictionary lists and no compound of a listed noun, unless it ends
# as German town names do (PLACE_TOWN_ENDINGS: "Moritzburg" holds "Burg"). Not "nach" and "aus" ("nach
# Starfield", "aus Polycarbonat": after, made of). services/enrich/entities/names.py.
PLACE_LOCATIVES = ("in",)
# Regions and islands whose names are German words or people's names too ("Harz": resin, "Rügen": to reprimand,
# "Wallis": a family name; so not in PLACE_NAMES), by the prepositions that place them: each a place right after one
# ("im Harz", "auf Rügen", "im Wallis"), elsewhere the word or the person (services/enrich/entities/place_names.py).
PLACE_LOCATED_NAMES = {
    "im": ("Harz", "Wallis"),
    "auf": ("Rügen",),
}
# Prepositions of going and coming: they place a word the gazetteer knows by another name ("nach Tarnopol"), not an
# unknown word (services/enrich/entities/names.py).
PLACE_DIRECTIONS = ("nach", "aus", "bei")
# The countries whose towns German articles name without a cue: a one-word town elsewhere spelt like a word
# ("Roman", "Metro", "Union", "Corona") is the word unless "in", "nach", "aus" or "bei" places it
# (services/enrich/entities/names.py).
PLACE_HOME_COUNTRIES = frozenset({"DE", "AT", "CH", "LI", "LU"})
# Words that open a football club's name before its town's ("Borussia Dortmund", "Eintracht Frankfurt"): the club,
# no place (services/enrich/entities/names.py). Lower case.
NAME_CLUB_BEFORE = frozenset({
    "borussia", "eintracht", "fortuna", "hertha", "werder", "alemannia", "arminia", "dynamo", "rapid", "austria",
    "sturm", "kickers", "vfb", "vfl", "tsg", "fc", "sc", "sv", "1.", "rb", "hansa", "preußen", "energie", "lok",
})  # fmt: skip
# Plural endings only a common noun takes ("Romane", "Unionen", "Hube"; not the genitive "-s" names take too): a
# town abroad spelt like such a noun is the noun without a cue (services/enrich/entities/names.py).
NAME_PLURAL_ENDINGS = ("e", "en", "n", "er")
# A noun's plurals as the dictionary lists them: the endings a plural adds ("Familien", "Konzerne", "Ämter",
# "Bürgerinnen"), those it adds after an umlaut on the stem's last a, o or u ("Städte", "Mütter" with none), and the
# endings it replaces ("Firma" -> "Firmen", "Museum" -> "Museen"): a capitalised word whose plural the dictionary leads
# back to it is a common noun, no name (services/enrich/entities/quotes/language.py, declined_noun).
NOUN_PLURALS = {
    "endings": ("n", "en", "e", "er", "nen"),
    "umlaut_endings": ("e", "er", "en"),
    "replaced": (("um", "en"), ("us", "en"), ("a", "en")),
}
# The ending a declined name of several words takes on each word, and the name's ("in den Vereinigten Staaten",
# "der Dominikanischen Republik", "im Vereinigten Königreich", "im Nahen Osten"): countries and regions only
# (services/enrich/entities/names.py).
PLACE_PHRASE_ENDINGS = (("en", "e"), ("en", "es"), ("e", "es"), ("en", "er"), ("e", "er"))
PLACE_TOWN_ENDINGS = (
    "dorf", "burg", "hausen", "heim", "ingen", "stadt", "hof", "feld", "bach", "berg", "brück", "bruck", "furt",
    "rode", "leben", "stedt", "hagen", "hafen", "kirchen", "weiler", "büttel", "werder",
)  # fmt: skip
# Compass words that open a one-word compound with a place ("Ostukraine", "Nordsyrien", "Südbaden"): a region of
# that place (services/enrich/entities/names.py). Lower case, longest first.
PLACE_COMPASS_PREFIXES = ("nordost", "nordwest", "südost", "südwest", "nord", "süd", "ost", "west", "zentral")
# A settlement noun heading a capitalised run: what follows is a place, known or not ("Gemeinde Hünxe",
# "Landkreis Göppingen", "Kanton Zürich"; services/enrich/entities/names.py). Lower case.
PLACE_SETTLEMENT_HEADS = (
    "stadt", "gemeinde", "marktgemeinde", "ortsgemeinde", "landkreis", "kanton", "dorf", "ortschaft", "ortsteil",
    "stadtteil", "bezirk", "stadtbezirk", "regierungsbezirk", "bundesland", "provinz", "region", "kreisstadt",
    "kreis", "stadtkreis", "kleinstadt", "großstadt", "hansestadt", "hafenstadt", "landeshauptstadt", "metropole",
    "grenzort", "grenzstadt", "grenzdorf", "nachbarort", "nachbarstadt", "nachbardorf", "heimatort", "wohnort",
    "küstenort", "küstenstadt", "kurort", "ferienort", "urlaubsort", "bergdorf", "industriestadt", "millionenstadt",
)  # fmt: skip
# What comes right before a name and says it is a place, known or not (services/enrich/entities/names.py): a postal
# code of five digits ("in 31167 Bockenem"; not a year, not "12.000"). A word the dictionary lists ("12000 Besucher")
# still needs the gazetteer there.
PLACE_NOUN_BEFORE = r"(?<![\w.,/-])\d{5} $"
# Nouns heading a capitalised run after which the name is a place, known or not, the noun not part of it: bodies
# named by their seat ("Polizei Bad Salzdetfurth", "Polizeiinspektion Hildesheim", "Feuerwehr Durlach") and a
# direction ("Richtung Pians", "in Fahrtrichtung Kassel"), and the area round a town ("im Raum Wunsiedel",
# "im Großraum Hof"). Lower case.
PLACE_SEAT_HEADS = (
    "polizei", "polizeiinspektion", "polizeidirektion", "polizeirevier", "polizeipräsidium", "polizeistation",
    "polizeiposten", "polizeiwache", "polizeidienststelle", "feuerwehr", "berufsfeuerwehr", "richtung",
    "fahrtrichtung", "raum", "großraum",
)  # fmt: skip
# A word after a name and before a known place that puts the name beside it ("Staffelde bei Kremmen"), and one
# before two names joined by "und" ("zwischen Ürzig und Kinheim"): next to a place the gazetteer knows, a name no
# dictionary lists is a place too (services/enrich/entities/names.py).
PLACE_NEAR = ("bei", "nahe")
PLACE_BETWEEN = ("zwischen",)
# "up to": before a small town of the language's own countries that is no word, the town ("bis Landeck"); unlike
# PLACE_DIRECTIONS not before any gazetteer name ("bis Ende des Jahres": Ende is a town in Indonesia).
PLACE_UNTIL = ("bis",)
# Indefinite articles: a capitalised run right after one is a thing ("ein VW Golf"), not a person.
NAME_INDEFINITE_ARTICLES = ("ein", "eine", "einen", "einem", "einer", "eines")
# Storm words: the name after one is a storm's ("Sturmtief Zeynep"), not a person.
NAME_STORM_WORDS = ("sturm", "sturmtief", "orkan", "orkantief", "hurrikan", "taifun", "zyklon")

# Russian and Ukrainian given names as German text spells them (Duden's transliteration): Faker's Cyrillic given names
# read with these letters are given names here too ("Jewgeni", "Wjatscheslaw", "Mychajlo"; names.py). "opening": a
# letter's spelling at a word's start or after a vowel; "endings": (written, spelt) at a word's end; letters spelt as in
# most Latin alphabets ("а": "a") are name_data.PLAIN_CYRILLIC's.
NAME_CYRILLIC_SPELLING = {
    "ru": {
        "letters": {
            "в": "w",
            "г": "g",
            "ё": "jo",
            "ж": "sch",
            "з": "s",
            "и": "i",
            "й": "i",
            "х": "ch",
            "ц": "z",
            "ч": "tsch",
            "ш": "sch",
            "щ": "schtsch",
            "ы": "y",
            "э": "e",
            "ю": "ju",
            "я": "ja",
        },
        "opening": {"е": "je"},
        "after_vowel": True,
        "endings": [["ий", "i"], ["ей", "ei"], ["ай", "ai"], ["ой", "oi"]],
    },
    "uk": {
        "letters": {
            "в": "w",
            "г": "h",
            "є": "je",
            "ж": "sch",
            "з": "s",
            "и": "y",
            "ї": "ji",
            "й": "j",
            "х": "ch",
            "ц": "z",
            "ч": "tsch",
            "ш": "sch",
            "щ": "schtsch",
            "ю": "ju",
            "я": "ja",
        },
        "opening": {},
        "endings": [["ій", "ij"]],
    },
}
# English newspapers' words right after the place a paper is named for ("die New York Times", "die Washington Post"): the newspaper, an
# organisation, no place mentioned (services/enrich/entities/names.py).
PLACE_MEDIA_AFTER = "Times Post Herald Tribune Chronicle Globe Gazette Journal Inquirer Examiner"
