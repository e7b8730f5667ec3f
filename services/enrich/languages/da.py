"""Danish: its words for every stage that reads language (see services/enrich/languages/__init__.py)."""

from __future__ import annotations

from typing import Any

# Places (services/enrich/entities/geo.py).
# Its country names come from CLDR, as places in Danish articles only ("Sverige", "Tyskland", "Norge").
CLDR_OWN_COUNTRY_NAMES = True
# The genitive -s of a name ("Danmarks", "Københavns"): (in the text, of the name).
PLACE_CASE_ENDINGS = (("s", ""),)
# Danish names of countries CLDR does not give ("Hviderusland": CLDR has "Belarus").
COUNTRY_SHORT = {"Hviderusland": "BY"}
# Prepositions of place and of going ("i Aarhus", "til Bergen", "fra Odense", "på Bornholm"): they place a known
# town's other name (GeoNames' "Aarhus" of Århus).
PLACE_DIRECTIONS = ("i", "til", "fra", "på")
# Danish spelling of Russian and Ukrainian names, sound by sound, matched on the key English romanisation is brought to
# (en.py; services/enrich/entities/geo.py ``sound_key``): "Mykolajiv", "Lysytjansk", "Voronezj", "Tjernihiv" are
# Mykolayiv, Lysychans'k, Voronezh, Chernihiv.
PLACE_SOUND_SPELLING = (
    ("sjtj", "S"), ("tj", "C"), ("zj", "S"), ("sj", "S"), ("kh", "K"), ("ts", "Z"), ("z", "S"), ("s", "S"),
    ("k", "K"), ("v", "V"), ("w", "V"), ("y", "i"), ("j", "i"),
)  # fmt: skip
# Regions, seas, mountain ranges and disputed lands under their Danish names that no data the gazetteer reads lists
# (GeoNames has towns, CLDR countries; ISO 3166-2 subdivisions have their own languages' names): each a place in
# Danish articles (services/enrich/entities/geo.py), as English's and German's own tables. Definite forms, as Danish writes
# them ("Mellemøsten", "Sortehavet"), the genitive -s by PLACE_CASE_ENDINGS.
PLACE_NAMES = frozenset({
    "Mellemøsten", "Gazastriben", "Vestbredden", "Golanhøjderne", "Sortehavet", "Østersøen", "Middelhavet",
    "Nordsøen", "Azovske Hav", "Kaukasus", "Balkan", "Sibirien", "Skandinavien", "Kashmir",
    "Kurdistan", "Alperne", "Pyrenæerne", "Andesbjergene", "Himalaya", "Uralbjergene", "Karpaterne",
    # Russia's republics and the disputed lands of the former Soviet Union
    "Tjetjenien", "Dagestan", "Ingusjetien", "Tatarstan", "Transnistrien", "Abkhasien", "Sydossetien",
    "Nagorno-Karabakh",
    # historical states
    "Sovjetunionen", "Jugoslavien", "Tjekkoslovakiet", "Østtyskland", "Vesttyskland",
})  # fmt: skip
# A region noun after a hyphen closing a place's name ("Kursk-regionen", "Belgorod-regionen"): a region of that place
# (services/enrich/entities/names.py).
PLACE_SETTLEMENT_HEADS = ("regionen", "region", "provinsen", "oblast", "oblasten")
# "and": between two given names of one family ("Judith y Natalie Ra’anan"), and in a list of places.
NAME_AND = ("og",)

# Quote attribution (services/enrich/entities/quotes/lexicon.py describes the keys). Wire copy: "“…”, siger
# Kremls talsmand, Dmitrij Peskov", "“…”, sagde han", "ifølge Interfax".
QUOTES: dict[str, Any] = {
    "verbs": {
        "sige",
        "udtale",
        "skrive",
        "tilføje",
        "fortælle",
        "erklære",
        "understrege",
        "advare",
        "oplyse",
        "meddele",
        "bekræfte",
        "afvise",
        "svare",
        "hævde",
        "fastslå",
        "påpege",
        "forklare",
    },
    "forms": {
        "siger",
        "sagde",
        "udtaler",
        "udtalte",
        "skriver",
        "skrev",
        "tilføjer",
        "tilføjede",
        "fortæller",
        "fortalte",
        "erklærer",
        "erklærede",
        "understreger",
        "understregede",
        "advarer",
        "advarede",
        "oplyser",
        "oplyste",
        "meddeler",
        "meddelte",
        "bekræfter",
        "bekræftede",
        "afviser",
        "afviste",
        "svarer",
        "svarede",
        "hævder",
        "hævdede",
        "fastslår",
        "fastslog",
        "påpeger",
        "påpegede",
        "forklarer",
        "forklarede",
    },
    "weak": {"mene", "oplyse"},
    "framing": {"kalde", "betegne"},
    "addressee": set(),
    "cues": ["ifølge"],
    "cues_after": [],
    "pronouns": {"han": "m", "hun": "f", "de": "p"},
    "relative": {"som", "der"},
    "honorifics": {},
    "titles": {
        "talsmand": "m",
        "talskvinde": "f",
        "talsperson": None,
        "præsident": None,
        "premierminister": None,
        "statsminister": None,
        "minister": None,
        "udenrigsminister": None,
        "forsvarsminister": None,
        "borgmester": None,
        "ambassadør": None,
        "general": None,
        "rådgiver": None,
        "guvernør": None,
        "formand": None,
        "direktør": None,
        "analytiker": None,
        "chef": None,
        "leder": None,
    },
    "title_suffixes": ["talsmand", "talskvinde", "minister"],
    "institutions": {
        "regering",
        "ministerium",
        "udenrigsministerium",
        "forsvarsministerium",
        "hær",
        "politi",
        "ambassade",
        "kreml",
        "præsidentkontor",
    },
    "institution_suffixes": ["ministerium", "ministeriet"],
    "skip": {"også", "senere", "så", "har", "havde", "blandt", "andet"},
    "prepositions": {"i", "på", "til", "fra", "med", "for", "af", "om", "hos", "ved", "mod", "efter", "under"},
    "abbreviations": {"hr", "fru", "dr", "prof", "bl.a", "mio", "mia", "ca", "nr"},
    "pro_drop": False,
    "verb_final": False,
    # dialogue quotes open with a dash and close with a comma before the speech verb ("– …, sier han")
    "dash_comma_close": True,
    # "sagde han": a pronoun right after the verb is its inverted subject
    "pronoun_after_verb": True,
    "spokesperson": {"talsmand", "talskvinde", "talsperson"},
    "definite": set(),
    "articles": {"en", "et"},
}

# Name finding (services/enrich/entities/name_words.py describes each table): the roles before a person's name, as stems
# (a word starting with one is the role in a case or with its article: "Guvernøren", "gubernátora").
NAME_ROLES = ("guvernør", "talsmand", "talskvinde", "talsperson", "præsident", "premierminister", "statsminister", "minister", "udenrigsminister", "borgmester", "ambassadør", "general", "rådgiver", "formand", "direktør",)  # fmt: skip
NAME_CASE_ENDINGS = True
