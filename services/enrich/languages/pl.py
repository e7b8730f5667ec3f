"""Polish: its words for every stage that reads language (see services/enrich/languages/__init__.py)."""

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
    "pl",
    cldr_months("pl"),
    weekday_forms(
        r"poniedziałek|poniedziałku",
        r"wtorek|wtorku",
        r"środ[aęy]",
        r"czwartek|czwartku",
        r"piąt(?:ek|ku)",
        r"sobot[aęy]",
        r"niedziel[aęi]",
    ),
    {"przedwczoraj": -2, "wczoraj": -1, "dziś": 0, "dzisiaj": 0, "jutro": 1, "pojutrze": 2},
    ("przyszł", "następn"),
    night_before=r"w\s+nocy\s+z\s+\w+\s+na",
    future_cues=r"(?<!\w)(?:będzie|będą|odbędzie\s+się|odbędą\s+się|ma\s+się|mają\s+się|planuje\w*|"
    r"zaplanowan\w*|do)(?!\w)",
    past_cues=r"(?<!\w)(?:zeszł\w+|ubiegł\w+|ostatni\w*)(?!\w)",
    numbers=number_words(
        "jeden|jedną|jednego",
        "dwa|dwie|dwóch",
        "trzy",
        "cztery",
        "pięć",
        "sześć",
        "siedem",
        "osiem",
        "dziewięć",
        "dziesięć",
    )
    | {"półtora": 1.5, "półtorej": 1.5, "jedenaście": 11, "dwanaście": 12, "piętnaście": 15, "sto": 100}
    | tens_words(
        "dwadzieścia",
        "trzydzieści",
        "czterdzieści",
        "pięćdziesiąt",
        "sześćdziesiąt",
        "siedemdziesiąt",
        "osiemdziesiąt",
        "dziewięćdziesiąt",
    ),
    units={
        r"dzień|dni|dnia": DAY,
        r"tydzień|tygodni(?:e|a)?": WEEK,
        r"miesiąc(?:e|a)?|miesięcy": MONTH,
        r"rok(?:u)?|lata|lat": YEAR,
        r"godzin[aęy]?|godz\.": HOUR,
        r"minut[aęy]?|min\.?": MINUTE,
        r"sekund[aęy]?|sek\.?": SECOND,
    },
    one_unit={r"tydzień": WEEK, r"miesiąc": MONTH, r"rok": YEAR, r"godzinę": HOUR, r"minutę": MINUTE},
    halves={r"pół\s+roku": YEAR, r"pół\s+godziny": HOUR},
    about=r"około|prawie|niemal",
    ago=(r"{q}\s+temu",),
    ahead=(r"za\s+{q}",),
    later={r"{q}\s+później": 1, r"{q}\s+wcześniej": -1},
    periods={
        r"w\s+(?:zeszłym|ubiegłym|minionym|poprzednim)\s+tygodniu": (WEEK, -1),
        r"w\s+tym\s+tygodniu": (WEEK, 0),
        r"w\s+(?:przyszłym|następnym)\s+tygodniu": (WEEK, 1),
        r"w\s+(?:zeszłym|ubiegłym|minionym)\s+miesiącu": (MONTH, -1),
        r"w\s+tym\s+miesiącu": (MONTH, 0),
        r"w\s+(?:przyszłym|następnym)\s+miesiącu": (MONTH, 1),
        r"w\s+(?:zeszłym|ubiegłym|minionym)\s+roku": (YEAR, -1),
        r"w\s+tym\s+roku": (YEAR, 0),
        r"w\s+(?:przyszłym|następnym)\s+roku": (YEAR, 1),
    },
    anaphora={
        r"dzień\s+wcześniej|poprzedniego\s+dnia|dzień\s+przed\s+tym": -1,
        r"dzień\s+później|następnego\s+dnia|nazajutrz": 1,
        r"tego\s+samego\s+dnia": 0,
    },
    holidays={
        r"Wigili[aięą]": fixed(12, 24),
        r"Boże(?:go)?\s+Narodzeni[ae]": fixed(12, 25),
        r"Nowy\s+Rok|Nowego\s+Roku": fixed(1, 1),
        r"Sylwester\w*": fixed(12, 31),
        r"Dzie[ńn]\s+Zwycięstwa|Dnia\s+Zwycięstwa": fixed(5, 9),
        r"Święt\w+\s+Niepodległości": fixed(11, 11),
        r"Wielk\w+\s+Piąt\w+": easter(-2),
        r"Wielkanoc\w*": easter(0),
    },
    years=r"(?<![\d.])(?P<core>{year})\s*(?:roku|r\.)(?!\w)",
    joiners=("i",),
    since=("od",),
)
# Weekday names take a capital only at a sentence start: matched in any case.
LOWERCASE_WEEKDAYS = True

# Boilerplate cues (services/enrich/clean/rules.py).
CLEAN = Cues(
    promo=(
        "obserwuj nas",
        "zapisz się",
    ),
    promo_anywhere=("zapisz się",),
    read_also=("czytaj (?:też|także|więcej)",),
    byline_roles=(
        "redaktor",
        "autor",
    ),
    photo=(r"foto\s*[:：]",),
    stamp=(
        r"opublikowano\b",
        r"aktualizacja\b",
    ),
    updated=("aktualizacja",),
    home=("strona główna",),
)

# Furniture model features (services/enrich/clean/furniture/features.py).
# jusText's stop-word list: the share of stop words tells running text from labels and menus.
JUSTEXT_STOPLIST = "Polish"
# Words of a page's controls and calls to action, lower case.
INTERFACE_WORDS = (
    "więcej mniej pokaż zobacz czytaj przeczytaj obejrzyj posłuchaj zaloguj wyloguj zarejestruj subskrybuj "
    "subskrypcja prenumerata newsletter udostępnij drukuj zapisz obserwuj menu szukaj wyszukaj strona główna wróć "
    "góry następny poprzedni zamknij tutaj wideo zdjęcia zdjęcie galeria reklama komentarze komentarz odpowiedz "
    "konto hasło prywatności kontakt powiązane popularne pobierz aplikacja"
)

# Quote attribution (services/enrich/entities/quotes/lexicon.py describes the keys).
# Impersonal speech verbs ("na Kremlu stwierdzono": the body named after "w"/"na" speaks): speech
# verb forms of their own, and the verbs of QUOTES["impersonal_verbs"].
_IMPERSONAL_SPEECH = (
    "stwierdzono",
    "oświadczono",
    "poinformowano",
    "przekazano",
    "podkreślono",
    "zaznaczono",
    "dodano",
    "napisano",
    "podano",
    "ogłoszono",
    "czytamy",  # "czytamy w komunikacie Kremla": "we read in", the document's body speaks
)
# The present third person plural of speech verbs with no subject, the impersonal "they say" ("„…” – mówią na
# Kremlu", "W Kijowie zapewniają, że „…”": the body named after "w"/"na" speaks). Not the past plural ("mówili w
# Moskwie"): Polish writes that of people named before.
_THEY_SAY = (
    "mówią",
    "twierdzą",
    "podkreślają",
    "zapewniają",
    "przekonują",
    "zaznaczają",
    "dodają",
    "informują",
    "przekazują",
    "oceniają",
    "wskazują",
    "zauważają",
    "przypominają",
    "ostrzegają",
    "tłumaczą",
    "wyjaśniają",
    "odpowiadają",
    "komentują",
    "zapowiadają",
    "oświadczają",
    "stwierdzają",
    "przyznają",
    "uważają",
)

QUOTES: dict[str, Any] = {
    # a people's adjective: a country's stem, a suffix, an ending ("rosyjska", "amerykańskiego"; language.py)
    "adjective_endings": ["i", "y", "a", "e", "ego", "emu", "im", "ym", "ą", "ej", "ich", "ych", "imi", "ymi"],
    "nation_suffixes": ["jsk", "ijsk", "sk", "ańsk"],
    "verbs": {
        "zwracać",
        "zwrócić",
        "mówić",
        "podsumować",
        "podsumowywać",
        "dodawać",
        "wskazywać",
        "przestrzegać",
        "powiedzieć",
        "oświadczyć",
        "stwierdzić",
        "dodać",
        "podkreślić",
        "napisać",
        "zaznaczyć",
        "przekazać",
        "ocenić",
        "wyjaśnić",
        "poinformować",
        "przyznać",
        "zapewnić",
        "ostrzec",
        "zauważyć",
        "odpowiedzieć",
        "twierdzić",
        "zapowiedzieć",
        "przekonywać",
        "podać",
        "oznajmić",
        "zadeklarować",
        "potwierdzić",
        "zaprzeczyć",
        "skomentować",
        "apelować",
        "zaapelować",
        "wskazać",
        "tłumaczyć",
        "wyjaśniać",
        "pytać",
        "zapytać",
        "argumentować",
        "podkreślać",
        "zaznaczać",
        "oceniać",
        "przypomnieć",
        "relacjonować",
        "napisał",
        "pisać",
        "zareagować",
        "oburzyć",
        "informować",
        "przekazywać",
        "ogłosić",
        "zapowiadać",
        "przyznawać",
        "zapewniać",
        "ostrzegać",
        "odpowiadać",
        "zauważać",
        "stwierdzać",
        "oświadczać",
        "cytować",
        "zacytować",
        "komentować",
        "przypominać",
        "opowiadać",
        "opowiedzieć",
        "wezwać",
        "wzywać",
        "obiecać",
        "skwitować",
        "odeprzeć",
        "zastrzec",
        "zastrzegać",
        "wyznać",
        "dopowiedzieć",
        # "„…” – uważa ekspert": thinks, the opinion quoted is the expert's (Russian "считать")
        "uważać",
        # "„…” – głosi komunikat Kremla": a document states it; its issuer speaks (never a body named "Głosi …")
        "głosić",
    },
    "forms": {
        *_IMPERSONAL_SPEECH,
        "zwraca",
        "zwrócił",
        "zwróciła",
        "powiedział",
        "powiedziała",
        "powiedzieli",
        "oświadczył",
        "oświadczyła",
        "stwierdził",
        "stwierdziła",
        "dodał",
        "dodała",
        "podkreślił",
        "podkreśliła",
        "napisał",
        "napisała",
        "zaznaczył",
        "zaznaczyła",
        "mówi",
        "według",
        "przekazał",
        "przekazała",
    },
    "weak": {"ocenić", "oceniać", "pytać", "zapytać", "podać", "relacjonować", "tłumaczyć", "uważać"},
    "framing": {"nazwać", "określić"},
    "addressee": set(),
    "cues": [
        "według",
        "zdaniem",
        "jak podkreślił",
        "jak podkreśliła",
        "jak powiedział",
        "jak powiedziała",
        "jak stwierdził",
        "jak zaznaczył",
        "jego zdaniem",
        "jej zdaniem",
        "ich zdaniem",
    ]
    # "Jak poinformował TASS rzecznik Kremla Dmitrij Pieskow, „…”", "Jak podała PAP, „…”": the verb's subject after it
    + [
        f"jak {verb}{ending}"
        for verb in (
            *("poinformował", "przekazał", "dodał", "napisał", "oświadczył", "zapewnił", "podał", "wyjaśnił"),
            # "Jak mówił, Rosja „…”": a cue whose verb leaves its subject out
            *("mówił", "ocenił", "zauważył", "tłumaczył", "podkreślał", "twierdził", "przyznał"),
        )
        for ending in ("", "a", "o", "y")
    ]
    + ["jak podkreśliła", "jak stwierdziła", "jak zaznaczyła", "jak poinformowali", "jak przekazali", "jak podali"],
    "cues_after": [],
    "pronouns": {"on": "m", "ona": "f", "oni": "p", "one": "p"},
    "relative": {"który", "która", "którzy"},
    "honorifics": {"pan": "m", "pani": "f"},
    "titles": {
        "rzecznik": "m",
        "rzeczniczka": "f",
        "prezydent": None,
        "minister": None,
        "szef": "m",
        "szefowa": "f",
        "doradca": None,
        "ambasador": None,
        "burmistrz": None,
        "mer": None,  # "mer Moskwy Siergiej Sobianin"
        "kanclerz": None,
        "premier": None,
        "dyrektor": None,
        "sekretarz": None,
        "ekspert": "m",
        "ekspertka": "f",
        "analityk": None,
        "generał": "m",
        "przedstawiciel": "m",
        "przedstawicielka": "f",
        "poseł": "m",
        "posłanka": "f",
        "senator": None,
        "gubernator": None,
        "źródło": None,
        "lider": None,
        "dowódca": None,
        "wiceminister": None,
        "wicepremier": None,
        "przewodniczący": "m",
        "przewodnicząca": "f",
        "wiceprzewodniczący": "m",
        "wiceprzewodnicząca": "f",
        "wiceprezydent": None,
        "marszałek": None,
        "prezes": None,
        "profesor": None,
        # "Ukraiński polityk dodał, że Putin …": a described person opening the sentence, not the name in its clause
        "polityk": "m",
        "polityczka": "f",
        "politolog": None,
        "dyplomata": "m",
        # "– napisali analitycy ISW": a body's people, a plural that is no one person
        "analitycy": "p",
        "eksperci": "p",
    },
    "title_suffixes": [],
    "institutions": {
        "ministerstwo",
        "rząd",
        "armia",
        "służba",
        "agencja",
        "ambasada",
        "instytut",
        "resort",
        "sztab",
        "kreml",
        "pentagon",
        "komunikat",
        "sąd",
        "partia",
        "rada",
        "komisja",
        "gazeta",
        "władze",
        "siły",
        "mon",
        "msz",
        "kancelaria",
        "biuro",
        "urząd",
    },
    "skip": {"też", "także", "również", "potem", "już", "jeszcze", "następnie", "natomiast", "z", "kolei", "się"},
    "prepositions": {
        "w",
        "we",
        "na",
        "z",
        "ze",
        "do",
        "od",
        "dla",
        "o",
        "po",
        "przez",
        "przy",
        "pod",
        "nad",
        "za",
        "przed",
        "między",
        "bez",
        "u",
        "wobec",
        "przeciw",
        "przeciwko",
    },
    "abbreviations": {
        "np",
        "dr",
        "prof",
        "mgr",
        "inż",
        "płk",
        "gen",
        "tys",
        "mln",
        "mld",
        "zł",
        "ul",
        "al",
        "pl",
        "ok",
        "r",
        "w",
        "tzw",
        "itd",
        "itp",
        "m.in",
        "tj",
        "ws",
        "św",
        "ks",
        "hab",
    },
    # a pointer opening the sentence after a quote, then a speech verb whose inverted subject said it („…”. O tym
    # poinformowała Agnieszka Zielińska", "Tak skomentował wydarzenia Wróblewski")
    "next_demonstratives": ["o tym", "tak"],
    # the speech verb and its pointer opening that sentence ("Poinformował o tym Tomasz Wróblewski")
    "next_cues": [
        f"{verb}{ending} o tym"
        for verb in ("poinformował", "powiedział", "napisał", "mówił", "oświadczył")
        for ending in ("", "a", "o", "y")
    ]
    + [
        f"{verb} o tym" for verb in ("poinformowali", "powiedzieli", "napisali", "mówili", "informuje", "mówi", "pisze")
    ],
    # the words naming the quote, then any verb whose subject said them ("Takie oświadczenie złożył Wróblewski")
    "next_worded": ["takie oświadczenie", "te słowa", "takie słowa"],
    # a possessive opening an "according to" cue stands for the last person of its gender ("Jego zdaniem „…”")
    "cue_possessives": {"jego": "m", "jej": "f", "ich": "p"},
    # "cytuje Tomasza Wróblewskiego agencja": the person after the verb is quoted, not the one quoting
    "citing": ["cytować", "zacytować"],
    # "oburzył się": a speech verb only with its reflexive ("oburzył mieszkańców" is no attribution)
    "reflexive_only": ["oburzyć"],
    "pro_drop": True,
    # a dialogue dash opens a quote after a sentence of the paragraph too ("… nie ucierpiał. – Prezydent pracuje –
    # przekazał Pieskow."): Polish copy quotes so mid-paragraph as often as at its start
    "dash_after_sentence": True,
    "case_roles": True,
    "verb_final": False,
    "role_groups": {"rzeczniczka": "rzecznik", "przedstawiciel": "rzecznik", "przedstawicielka": "rzecznik"},
    # the president's office is the Kremlin: "rzecznik prezydenta Rosji" is "rzecznik Kremla"
    "body_groups": {"prezydent": "kreml", "prezydent rosji": "kreml"},
    # names take case endings ("Pieskowa" finds "Pieskow")
    "inflected_names": True,
    # a title after a title in an oblique case is whose it is ("rzecznik prezydenta"); the body after it, in the genitive, too
    "head_first_titles": True,
    "reflexive_clitics": ["się"],
    # "Zełenskiego zapytano, czy …": the impersonal verbs of asking after the one asked (attribution.py)
    "asked_impersonal": ["zapytano", "pytano", "spytano"],
    "verb_gender": [["ła", "f"], ["li", "p"], ["ły", "p"], ["ło", "n"], ["ł", "m"]],
    # impersonal speech verbs ("na Kremlu stwierdzono"): the body named after "w"/"na" speaks
    "impersonal_verbs": [*_IMPERSONAL_SPEECH, *_THEY_SAY],
    "impersonal_in": ["w", "we", "na"],
    # documents before the body that issued them, its voice ("w komunikacie Kremla", "w oświadczeniu MSZ")
    "impersonal_heads": ["komunikat", "oświadczenie", "wpis", "publikacja", "raport", "apel"],
    # Function words (attribution.py and speakers.py take the union or this language's own).
    "spokesperson": {"rzecznik"},
    "clause_starts": {"i", "ale"},
    "complementisers": {"że"},
    "reflexives": {"się"},
    "conjunctions": {"i", "oraz"},
}

# Name finding (services/enrich/entities/name_words.py describes each table).
# A word starting with a role is the role in a case ending (rzecznika, речника).
NAME_CASE_ENDINGS = True
# Russian and Ukrainian given names as the Polish press spells them ("Дмитрий": "Dmitrij", "Вячеслав": "Wiaczesław",
# "Михайло": "Mychajło"): "л" is "ł" but soft before a front vowel or "ь"; "е" is "ie" after a consonant but "e" after
# "ж", "ч", "ш", "ц" (services/enrich/entities/name_data.py ``spelt``).
_PL_SOFT_L = {"ле": "le", "лё": "lo", "ли": "li", "лю": "lu", "ля": "la", "ль": "l"}
_PL_HARD_E = {"же": "że", "че": "cze", "ше": "sze", "ще": "szcze", "це": "ce", "жи": "ży", "ши": "szy", "ци": "cy"}
NAME_CYRILLIC_SPELLING = {
    "ru": {
        "letters": {
            "в": "w", "г": "g", "е": "ie", "ё": "io", "ж": "ż", "з": "z", "и": "i", "й": "j", "л": "ł", "х": "ch",
            "ц": "c", "ч": "cz", "ш": "sz", "щ": "szcz", "ы": "y", "э": "e", "ю": "iu", "я": "ia",
        },
        "opening": {"е": "je", "ё": "jo", "ю": "ju", "я": "ja"},
        "after_vowel": True,
        "pairs": {**_PL_SOFT_L, **_PL_HARD_E},
        "endings": [["ий", "ij"], ["ей", "iej"], ["ай", "aj"], ["ой", "oj"]],
    },
    "uk": {
        "letters": {
            "в": "w", "г": "h", "є": "ie", "ж": "ż", "з": "z", "и": "y", "ї": "ji", "й": "j", "л": "ł", "х": "ch",
            "ц": "c", "ч": "cz", "ш": "sz", "щ": "szcz", "ю": "iu", "я": "ia",
        },
        "opening": {"є": "je", "ю": "ju", "я": "ja"},
        "after_vowel": True,
        "pairs": {"лі": "li", "лє": "le", "лю": "lu", "ля": "la", "ль": "l"},
        "endings": [["ій", "ij"]],
    },
}  # fmt: skip
NAME_ROLES = (
    "prezydent", "premier", "minister", "rzecznik", "rzeczniczk", "burmistrz", "mer", "ambasador", "generał",
    "szef", "doradc", "sekretarz", "kanclerz", "pan", "pani", "przywódc", "dyrektor", "analityk", "poseł",
    "senator", "pułkownik", "profesor", "dowódc", "kapitan", "gubernator", "wojewod",
    # "Wiceprzewodniczący Rady Bezpieczeństwa Rosji": the chairman and his deputy, no part of the body's name
    "przewodnicząc", "wiceprzewodnicząc",
)  # fmt: skip
# Words that open a football club's name before its town's ("Legia Warszawa", "Lech Poznań"): the club, no place
# (services/enrich/entities/names.py). Lower case.
NAME_CLUB_BEFORE = frozenset({
    "legia", "lech", "lechem", "legii", "lecha", "wisła", "wisły", "górnik", "śląsk", "pogoń", "jagiellonia", "korona",
    "zagłębie", "widzew", "cracovia", "ruch", "raków", "stal", "odra", "motor", "arka", "warta", "piast",
})  # fmt: skip
NAME_INSTITUTIONS = (
    "ministerstw", "rząd", "rządu", "parti", "bank", "agencj", "uniwersytet", "instytut", "sąd", "armi",
    "komisj", "rad", "służb", "grup", "departament", "urząd", "urzęd", "narod", "uni", "sił",
)  # fmt: skip
NAME_FUNCTION_WORDS = (
    "w we na do z ze od po przez dla o u za przy pod nad przed jak że i a ale lub nie tak to ten "
    "ta te tego tej jego jej ich on ona oni my się też także gdy kiedy gdzie według"
)
# a given name and a surname in the genitive ("według Tomasza Wróblewskiego", "zdaniem Agnieszki Zielińskiej"): the
# nominative endings they stand for (name_words.py, ``_nominative_name``)
NAME_GENITIVES = {
    "given": (("a", ""), ("y", "a"), ("i", "a"), ("ego", "y"), ("a", "o")),
    "m": (("skiego", "ski"), ("ckiego", "cki"), ("dzkiego", "dzki"), ("ego", "y"), ("a", "")),
    "f": (("skiej", "ska"), ("ckiej", "cka"), ("dzkiej", "dzka")),
    # the dative of an outlet told after a given name and a surname ("Коваленко Укрінформу"): no second surname
    "dative": (("owi", ""), ("iowi", "")),
}
# common given names Faker's locale lacks ("Bartosz", "Małgorzata"): the name finder reads them as any language's
NAME_GIVEN = frozenset(
    [
        "Sławomir",
        "Bartosz",
        "Małgorzata",
        "Zdzisław",
        "Bogusław",
        "Mieczysław",
        "Wiesław",
        "Ireneusz",
        "Szczepan",
        "Bożena",
        "Grażyna",
        "Stanisława",
        "Genowefa",
        "Żaneta",
        "Wiktoria",
        "Oliwia",
        "Zuzanna",
        "Ołeksij",
        "Mykoła",
    ]
)
# lower-case particles inside a foreign person's name ("Ursula von der Leyen", "Muhammad al-Raszid")
NAME_PARTICLES = frozenset({"von", "van", "der", "den", "de", "zu", "bin", "ibn", "al", "el", "di", "del", "du"})
# a person's case endings, stripped to meet a surname again ("Pieskowa"; "iej": a woman's "-ska" in the genitive,
# "Kowalskiej", whose stem drops the "i" the masculine "Kowalski" keeps)
NAME_PERSON_ENDINGS = ("owi", "em", "ie", "a", "u", "ego", "emu", "ą", "y", "ej", "iej", "ę")
NAME_DAY_WORDS = frozenset({"dzień", "dnia", "święto", "święta"})

# Places (services/enrich/entities/geo.py).
# A region or district named by its city's adjective beside a region noun, in either order and case (recovery.py
# ``_adjective_regions``): the nouns, the adjective's case endings, the suffixes that derive it from the city's name,
# and letters the name ends in that the adjective drops.
PLACE_ADJECTIVE_REGION = {
    "nouns": (
        "obwód", "obwodu", "obwodzie", "obwodem", "obwodowi", "rejon", "rejonu", "rejonie", "rejonem", "okręg",
        "okręgu", "okręgiem", "kraj", "kraju", "krajem", "dzielnica", "dzielnicy", "dzielnicę", "dzielnicą",
    ),
    "endings": ("iego", "iemu", "iej", "im", "ich", "ą", "a", "i"),
    "suffixes": ("sk", "ck", "zk"),
    "tails": (),
    # the stem's ending that differs from the name's ("stem:name"): "moskiewski" (Moskwa), "kijowski" (Kijów),
    # "zaporoski" (Zaporoże)
    "stems": ("iew:wa", "ow:ów", "o:oże"),
}  # fmt: skip
# Its country names come from CLDR (the gazetteer loads them).
CLDR_COUNTRY_NAMES = True
# Short forms of country names CLDR does not give.
COUNTRY_SHORT = {"USA": "US", "Stanach Zjednoczonych": "US", "Stanów Zjednoczonych": "US", "Stanom Zjednoczonym": "US"}
# Regions, seas, mountain ranges and disputed lands under their Polish names that no data the gazetteer reads lists
# (GeoNames has towns, CLDR countries; ISO 3166-2 subdivisions have their own languages' names): each a place in
# Polish articles (services/enrich/entities/geo.py), as English's and German's own tables. A name of an adjective and a noun in its
# cases, written out ("na Bliskim Wschodzie").
PLACE_NAMES = frozenset({
    "Bliski Wschód", "Bliskiego Wschodu", "Bliskiemu Wschodowi", "Bliskim Wschodem", "Bliskim Wschodzie",
    "Zachodni Brzeg", "Zachodniego Brzegu", "Zachodniemu Brzegowi", "Zachodnim Brzegiem", "Zachodnim Brzegu",
    "Strefa Gazy", "Wzgórza Golan", "Kaukaz", "Bałkany", "Syberia", "Skandynawia", "Kaszmir",
    "Kurdystan", "Bałtyk", "Alpy", "Pireneje", "Himalaje", "Ural", "Karpaty", "Tatry",
    # Russia's republics and the disputed lands of the former Soviet Union
    "Czeczenia", "Dagestan", "Inguszetia", "Naddniestrze", "Abchazja", "Osetia Południowa", "Górski Karabach",
    # historical states
    "Związek Radziecki", "Związku Radzieckiego", "Związkowi Radzieckiemu", "Związkiem Radzieckim",
    "Związku Radzieckim", "Związek Sowiecki", "Związku Sowieckiego", "Związku Sowieckim", "ZSRR", "Jugosławia",
    "Czechosłowacja",
})  # fmt: skip
# Case endings that turn an inflected place name back into its name: (in the text, of the name).
# Polish spelling of Russian and Ukrainian names, sound by sound (after accents are dropped: ż is z, ą is a), matched
# on the key English romanisation is brought to (en.py; services/enrich/entities/geo.py ``sound_key``): "Bachmut",
# "Awdijiwka", "Kupiańsk", "Czernihów" are Bakhmut, Avdiyivka, Kupyansk, Chernihiv.
PLACE_SOUND_SPELLING = (
    ("szcz", "S"), ("sz", "S"), ("cz", "C"), ("ch", "K"), ("rz", "S"), ("c", "Z"), ("z", "S"), ("s", "S"),
    ("k", "K"), ("w", "V"), ("v", "V"), ("j", "i"), ("y", "i"), ("ł", "l"),
)  # fmt: skip
PLACE_CASE_ENDINGS = (
    ("ej", "a"), ("iej", "a"), ("ii", "ia"), ("owie", "ów"), ("owa", "ów"), ("owi", "ów"), ("sce", "ska"), ("dze", "ga"), ("rze", "ra"), ("ji", "ja"),
    ("ją", "ja"), ("ję", "ja"), ("ie", "a"), ("ie", ""), ("y", "a"), ("i", "a"), ("ę", "a"), ("ą", "a"),
    ("u", ""), ("a", ""), ("em", ""), ("iach", "ie"),
    ("dzie", "d"), ("odu", "ód"), ("odzie", "ód"),  # Biełgorodzie: Biełgorod; Nowogrodu: Nowogród
    ("niu", "ń"), ("nia", "ń"), ("niem", "ń"),  # a name in -ń: Chersoniu, Poznania, Chersoniem
    ("si", "ś"), ("sią", "ś"),  # a name in -ś: na Białorusi, z Białorusią (Białoruś)
    ("ego", "y"), ("ym", "y"),  # an adjective in a name of two words: Nowego Jorku, w Nowym Jorku (Nowy Jork)
    # a name in the plural (Katowice, Helsinki, Tychy): locative -ach, instrumental -ami, genitive -ic of -ice
    # ("w Katowicach", "z Katowic"), and the locative -ech of Niemcy, Węgry, Włochy (Niemczech, Węgrzech, Włoszech)
    ("ach", "e"), ("ach", "i"), ("ach", "y"), ("ami", "e"), ("ami", "i"), ("ami", "y"), ("ic", "ice"), ("c", "ce"),
    ("czech", "cy"), ("rzech", "ry"), ("szech", "chy"),
    # a neuter name in -że, -rze, -cie (Zaporoże, Pomorze, Podkarpacie): genitive -a, locative -u, instrumental -em
    # ("na Zaporożu", "z Zaporoża", "nad Pomorzem")
    ("ża", "że"), ("żu", "że"), ("żem", "że"), ("rza", "rze"), ("rzu", "rze"), ("rzem", "rze"),
    ("cia", "cie"), ("ciu", "cie"), ("ciem", "cie"),
)  # fmt: skip
# Head words written before the name only ("Pałac Senatu").
PLACE_HEADS_BEFORE = ("pałac", "pałacu", "pałacem", "plac", "placu", "placem")
# Prepositions that place what follows ("in Galles", "na Šumavě"): a capitalised run after one that nothing else
# names (not a person, an institution, an acronym, a common noun) is a place. Lower case; elided forms with "'".
# Lower-case words for a region or a square after its adjective ("Moskevské oblasti", "Rudém náměstí"): with
# the adjective, a place.
PLACE_REGION_WORDS = ("obwód", "obwodzie", "obwodu", "obwodem", "kraj", "kraju")
# Adjective endings: a capitalised adjective before a lower-case noun after a locative preposition ("v Městské
# knihovně") names an institution or a thing, not a place.
PLACE_ADJECTIVE_ENDINGS = (
    "ej",
    "ym",
    "im",
    "ą",
    "ego",
    "ich",
    "ych",
)  # not -ie, -a, -y, -i: nouns end so too (w Lesznie)
# A settlement noun in an apposition right after a name ("X, la capital de Y"): the name is a place, known or not
# (services/enrich/entities/names.py; correction.py for a model's labels).
PLACE_APPOSED = (
    r",\s+(?:(?:mała|małe|małym|niewielka|niewielkie|niewielkim|dawna|dawnej|rosyjskie|rosyjskim|ukraińskie|ukraińskim|"
    r"przygraniczne|przygranicznym)\s+)?(?:stolica|stolicy|stolicą|miasto|mieście|miastem|miasteczko|miasteczku|"
    r"wieś|wsi|wsią|gmina|gminie|osada|osadzie)\b"
)
# "nad" (by a river, a sea, a lake: "nad Wisłą", "nad Bałtykiem") places what follows as "w" does.
PLACE_LOCATIVES = ("w", "we", "nad")
# Prepositions of going and of place around a town ("atak na Mikołajów", "do Winnicy", "pod Kaługą"): they place a
# known town's other name, no unknown word (services/enrich/entities/names.py). Not "z": "with" too.
PLACE_DIRECTIONS = ("do", "na", "pod", "spod", "koło")
# Words that make a capitalised name a geographic feature ("Ege Denizi", "Mar di Sardegna"), lower case.
PLACE_HEADS = (
    "morze", "morza", "morzu", "jezioro", "jeziora", "jeziorze", "jeziorem", "zatoka", "zatoki", "zatoce", "zatoką",
    "góry", "gór", "górach", "cieśnina", "cieśniny", "cieśninie", "cieśninę", "cieśniną", "wyspa", "wyspy", "wyspie",
    "rzeka", "rzeki", "rzece", "rzeką", "zatokę", "wyspę", "rzekę", "morzem",
)  # fmt: skip
# Lower-case feature words, in their cases, that name a feature with the name right after them ("jezioro
# Śniardwy", "nad jeziorem Wigry", "rzeka Odra", "na górze Giewont"): head and name are one place (entities/names.py).
PLACE_HEADS_BARE = (
    "jezioro", "jeziora", "jeziorze", "jeziorem", "rzeka", "rzeki", "rzece", "rzeką", "góra", "góry", "górze",
    "górą", "wyspa", "wyspy", "wyspie", "wyspą", "zatoka", "zatoki", "zatoce", "morze", "morza", "morzu",
)  # fmt: skip
# "and" between two given names of one family ("Judith y Natalie Ra’anan"): the first is a person too.
NAME_AND = ("i", "oraz")
# A settlement noun right before a name: the name, and the list it opens, are places known or not
# ("ze szkockiego miasteczka Tayport"; services/enrich/entities/names.py).
PLACE_NOUN_BEFORE = (
    r"(?:^|\s)(?:miasto|miasta|mieście|miastem|miasteczko|miasteczka|miasteczku|miasteczkiem|wieś|wsi|wsią|gmina|"
    r"gminy|gminie|powiat|powiatu|powiecie|dzielnica|dzielnicy|osada|osady|osadzie|prowincja|prowincji|mieszkańcy|"
    r"mieszkańców|mieszkańcom|mieszkańcami|sołectwo|sołectwa|sołectwie)\s+$"
)

# Surname endings that show a person's gender (Kowalska, Kowalski), read whatever the article's language.
SURNAME_ENDINGS = {"f": ["ska", "cka", "dzka"], "m": ["ski", "cki"]}
# Storm words: the name after one is a storm's ("orkan Ksawery"), not a person.
NAME_STORM_WORDS = (
    "burza",
    "burzy",
    "huragan",
    "huraganu",
    "tajfun",
    "tajfunu",
    "cyklon",
    "cyklonu",
    "orkan",
    "orkanu",
)
