"""Czech: its words for every stage that reads language (see services/enrich/languages/__init__.py)."""

from __future__ import annotations

from typing import Any

# Name finding (services/enrich/entities/name_words.py describes each table).
NAME_PERSON_ENDINGS = ("ovi", "em", "a", "u", "e")

# Places (services/enrich/entities/geo.py).
# Its country names come from CLDR (the gazetteer loads them).
# A word starting with a role is the role in a case ending (mluvčího).
NAME_CASE_ENDINGS = True
CLDR_COUNTRY_NAMES = True
# Case endings that turn an inflected place name back into its name: (in the text, of the name).
PLACE_CASE_ENDINGS = (
    ("ě", "a"), ("y", "a"), ("u", "a"), ("ou", "a"), ("e", "a"), ("ě", ""), ("u", ""), ("a", ""),
    ("u", "o"), ("a", "o"), ("ech", "y"),  # Německu, Slovenska: Německo, Slovensko; Klatovech: Klatovy
    ("ích", "e"), ("ic", "ice"),  # a town in -ice, plural: v Pardubicích, do Teplic (Pardubice, Teplice)
    # a country named by an adjective and a noun, declined word by word: ve Spojených státech, Spojeným státům,
    # Spojených států (Spojené státy); ve Spojeném království, Spojeného království; v České republice, Českou
    # republiku (Česká republika)
    ("ých", "é"), ("ým", "é"), ("ými", "é"), ("ém", "é"), ("ého", "é"), ("ému", "é"), ("é", "á"), ("ou", "á"),
    ("ům", "y"), ("ů", "y"), ("ice", "ika"),
    ("em", "o"), ("em", ""),  # the instrumental: s Ruskem, pod Charkovem (Rusko, Charkov)
)  # fmt: skip
# Long forms of country names CLDR does not give (its Czech names are the short "Česko", "Slovensko").
COUNTRY_SHORT = {"Česká republika": "CZ", "Slovenská republika": "SK", "Spojené státy americké": "US"}
# Regions, seas, mountain ranges and disputed lands under their Czech names that no data the gazetteer reads lists
# (GeoNames has towns, CLDR countries; ISO 3166-2 subdivisions have their own languages' names): each a place in
# Czech articles (services/enrich/entities/geo.py), as English's and German's own tables. A name of an adjective and a noun in its
# cases, written out ("na Blízkém východě").
PLACE_NAMES = frozenset({
    "Blízký východ", "Blízkého východu", "Blízkému východu", "Blízkém východě", "Blízkým východem",
    "Západní břeh", "Západního břehu", "Západním břehu", "Pásmo Gazy", "Pásmu Gazy", "Pásma Gazy", "Kavkaz",
    "Balkán", "Sibiř", "Skandinávie", "Kašmír", "Kurdistán", "Baltské moře", "Alpy", "Pyreneje",
    "Himálaj", "Ural", "Karpaty", "Tatry", "Šumava", "Krkonoše",
    # Russia's republics and the disputed lands of the former Soviet Union
    "Čečensko", "Dagestán", "Ingušsko", "Tatarstán", "Podněstří", "Abcházie", "Abcházii", "Jižní Osetie",
    "Jižní Osetii", "Náhorní Karabach",
    # historical states
    "Sovětský svaz", "Sovětského svazu", "Sovětskému svazu", "Sovětském svazu", "Sovětským svazem", "SSSR",
    "Jugoslávie", "Jugoslávii", "Československo",
})  # fmt: skip
# Prepositions that place what follows ("in Galles", "na Šumavě"): a capitalised run after one that nothing else
# names (not a person, an institution, an acronym, a common noun) is a place. Lower case; elided forms with "'".
# Lower-case words for a region or a square after its adjective ("Moskevské oblasti", "Rudém náměstí"): with
# the adjective, a place.
# A sea after its adjective too ("do Černého moře", "v Azovském moři").
PLACE_REGION_WORDS = (
    "oblast", "oblasti", "kraj", "kraji", "kraje", "náměstí", "náměstím", "palác", "paláci", "moře", "moři", "mořem",
)  # fmt: skip
# Adjective endings: a capitalised adjective before a lower-case noun after a locative preposition ("v Městské
# knihovně") names an institution or a thing, not a place.
PLACE_ADJECTIVE_ENDINGS = ("é", "ého", "ém", "ou", "ý", "á", "ých", "ým", "ími", "í")
PLACE_LOCATIVES = ("v", "ve", "na", "do")
# Prepositions of going and of place around a town ("k Mykolajivu", "pod Charkovem"): they place a known town's
# other name, no unknown word (services/enrich/entities/names.py).
PLACE_DIRECTIONS = ("do", "na", "pod", "k", "ke", "u")
# Czech spelling of Russian and Ukrainian names, sound by sound (after accents are dropped: č is c, ž is z), matched on
# the key English romanisation is brought to (en.py; services/enrich/entities/geo.py ``sound_key``): "Slovjansk",
# "Kupjansk", "Mykolajiv", "Chmelnyckyj" are Slovyansk, Kup'yans'k, Mykolayiv, Khmel'nyts'kyy ("č" is lost: "c" is
# read as the commoner "ts").
PLACE_SOUND_SPELLING = (
    ("ch", "K"), ("c", "Z"), ("z", "S"), ("s", "S"), ("k", "K"), ("v", "V"), ("w", "V"), ("j", "i"), ("y", "i"),
)  # fmt: skip
# Words that make a capitalised name a geographic feature ("Ege Denizi", "Mar di Sardegna"), lower case.
PLACE_HEADS = ("moře", "jezero", "záliv", "hory", "průliv")
# "and" between two given names of one family ("Judith y Natalie Ra’anan"): the first is a person too.
NAME_AND = ("a",)

# Surname endings that show a person's gender (Nováková), read whatever the article's language.
SURNAME_ENDINGS = {"f": ["ová"]}

# Quote attribution (services/enrich/entities/quotes/lexicon.py describes the keys). Wire copy: "„…,“ uvedl
# mluvčí Kremlu Dmitrij Peskov", "„…,“ řekla", "podle agentury ČTK".
QUOTES: dict[str, Any] = {
    "verbs": {
        "říci",
        "říct",
        "uvést",
        "prohlásit",
        "napsat",
        "dodat",
        "sdělit",
        "uvádět",
        "zdůraznit",
        "upozornit",
        "varovat",
        "potvrdit",
        "popřít",
        "odpovědět",
        "tvrdit",
        "konstatovat",
        "oznámit",
        "poznamenat",
        "prohlašovat",
        "vysvětlit",
        "říkat",
        "dodávat",
        "informovat",
        "napsal",
    },
    "forms": {
        "řekl",
        "řekla",
        "řekli",
        "uvedl",
        "uvedla",
        "uvedli",
        "prohlásil",
        "prohlásila",
        "napsal",
        "napsala",
        "dodal",
        "dodala",
        "sdělil",
        "sdělila",
        "uvádí",
        "zdůraznil",
        "zdůraznila",
        "upozornil",
        "upozornila",
        "varoval",
        "varovala",
        "potvrdil",
        "potvrdila",
        "popřel",
        "popřela",
        "odpověděl",
        "odpověděla",
        "tvrdí",
        "tvrdil",
        "tvrdila",
        "konstatoval",
        "konstatovala",
        "oznámil",
        "oznámila",
        "poznamenal",
        "poznamenala",
        "říká",
        "vysvětlil",
        "vysvětlila",
        "informoval",
        "informovala",
    },
    "weak": {"informovat", "uvádět"},
    "framing": {"označit", "nazvat"},
    "addressee": set(),
    "cues": ["podle", "jak uvedl", "jak uvedla", "jak řekl", "jak řekla"],
    "cues_after": [],
    "pronouns": {"on": "m", "ona": "f", "oni": "p"},
    "relative": {"který", "která", "kteří"},
    "honorifics": {"pan": "m", "paní": "f"},
    "titles": {
        "mluvčí": None,
        "prezident": None,
        "prezidentka": "f",
        "premiér": None,
        "ministr": "m",
        "ministryně": "f",
        "poradce": "m",
        "poradkyně": "f",
        "velvyslanec": "m",
        "guvernér": None,
        "gubernátor": None,
        "starosta": "m",
        "starostka": "f",
        "šéf": "m",
        "šéfka": "f",
        "předseda": "m",
        "předsedkyně": "f",
        "místopředseda": "m",
        "generál": None,
        "analytik": "m",
        "analytička": "f",
        "zástupce": None,
        "náměstek": None,
        "velitel": None,
    },
    "title_suffixes": [],
    "institutions": {
        "ministerstvo",
        "vláda",
        "armáda",
        "policie",
        "velvyslanectví",
        "kreml",
        "úřad",
        "agentura",
        "kancelář",
        "služba",
        "rada",
    },
    "institution_suffixes": [],
    "skip": {"také", "též", "později", "pak", "už", "již", "se", "to"},
    "prepositions": {
        "v",
        "ve",
        "na",
        "z",
        "ze",
        "do",
        "od",
        "pro",
        "o",
        "po",
        "při",
        "pod",
        "nad",
        "za",
        "před",
        "mezi",
        "bez",
        "u",
        "k",
        "ke",
        "s",
        "se",
        "proti",
        "podle",
    },
    "abbreviations": {"dr", "prof", "ing", "mgr", "gen", "tis", "mil", "mld", "tzv", "např", "atd", "resp"},
    "pro_drop": True,
    "case_roles": True,
    "verb_final": False,
    # names take case endings ("Peskova" finds "Peskov")
    "inflected_names": True,
    # a title's body follows it in the genitive ("mluvčí Kremlu Dmitrij Peskov")
    "head_first_titles": True,
    "verb_gender": [["la", "f"], ["li", "p"], ["ly", "p"], ["lo", "n"], ["l", "m"]],
    "spokesperson": {"mluvčí"},
    "body_groups": {"prezident": "kreml"},
}

# Name finding (services/enrich/entities/name_words.py describes each table): the roles before a person's name, as stems
# (a word starting with one is the role in a case or with its article: "Guvernøren", "gubernátora").
NAME_ROLES = ("gubernátor", "mluvčí", "prezident", "ministr", "premiér", "poradc", "velvyslan", "starost", "šéf", "předsed", "místopředsed", "generál", "analyti", "náměst", "velitel", "guvernér", "hejtman",)  # fmt: skip
# A region named by its city's adjective beside a region noun ("Bělgorodské oblasti", "Brjanská oblast"): the city's adjective is its name, a
# suffix and a case ending (services/enrich/entities/recovery.py, ``_adjective_regions``).
PLACE_ADJECTIVE_REGION = {
    "nouns": ("oblast", "oblasti", "oblastí", "kraj", "kraji", "kraje", "okres", "okresu", "okrese"),
    "endings": ("ého", "ému", "ých", "ým", "ém", "á", "é", "ou", "ý"),
    "suffixes": ("sk", "ck"),
    "tails": (),
}
