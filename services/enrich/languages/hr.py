"""Croatian: its words for every stage that reads language (see services/enrich/languages/__init__.py)."""

from __future__ import annotations

from typing import Any

# Places (services/enrich/entities/geo.py).
# Its country names come from CLDR, as places in Croatian articles only ("Njemačka", "Mađarska", "Austrija"), and
# Serbian's in the Latin alphabet ("Nemačka"): a Serbian text in Latin letters reads as Croatian to the identifier.
CLDR_OWN_COUNTRY_NAMES = ("hr", "sr_Latn")
# Short forms of country names CLDR does not give: the initials news writes ("SAD", "predsjednik SAD-a").
COUNTRY_SHORT = {"SAD": "US"}
# A case ending hangs on initials after a hyphen ("predsjednik SAD-a", "u SAD-u"): the initials name the place.
PLACE_HYPHEN_SUFFIX = True
# Case endings that turn an inflected place name back into its name: (in the text, of the name). A name in -a
# (Njemačka, Rijeka: genitive -e, dative and locative -i, or -oj after an adjective's stem, accusative -u,
# instrumental -om) and a name in a consonant (Zagreb: genitive -a, dative and locative -u, instrumental -om, -em),
# the consonant's first ("Zagrebu" is Zagreb, though GeoNames also spells it "Zagreba").
PLACE_CASE_ENDINGS = (
    ("u", ""), ("a", ""), ("om", ""), ("em", ""), ("oj", "a"), ("e", "a"), ("i", "a"), ("u", "a"), ("om", "a"),
)  # fmt: skip
# Prepositions of place and of going ("u Zagrebu", "iz Splita", "na Hvaru"): they place a known town's other name.
PLACE_DIRECTIONS = ("u", "iz", "na", "do")

# Quote attribution (services/enrich/entities/quotes/lexicon.py describes the keys). Wire copy: "\"…\", rekao je
# glasnogovornik Kremlja Dmitrij Peskov", "„…“, izjavila je", "prema agenciji Hina".
QUOTES: dict[str, Any] = {
    "verbs": {
        "reći",
        "izjaviti",
        "kazati",
        "napisati",
        "dodati",
        "navesti",
        "priopćiti",
        "poručiti",
        "istaknuti",
        "upozoriti",
        "potvrditi",
        "negirati",
        "odgovoriti",
        "tvrditi",
        "objasniti",
        "naglasiti",
        "ustvrditi",
        "saopćiti",
        "saopštiti",
        "govoriti",
    },
    "forms": {
        "rekao",
        "rekla",
        "rekli",
        "izjavio",
        "izjavila",
        "izjavili",
        "kazao",
        "kazala",
        "napisao",
        "napisala",
        "dodao",
        "dodala",
        "naveo",
        "navela",
        "priopćio",
        "priopćila",
        "poručio",
        "poručila",
        "istaknuo",
        "istaknula",
        "istakao",
        "istakla",
        "upozorio",
        "upozorila",
        "potvrdio",
        "potvrdila",
        "negirao",
        "negirala",
        "odgovorio",
        "odgovorila",
        "tvrdi",
        "tvrdio",
        "tvrdila",
        "objasnio",
        "objasnila",
        "naglasio",
        "naglasila",
        "ustvrdio",
        "ustvrdila",
        "saopćio",
        "saopštio",
        "kaže",
        "kažu",
    },
    "weak": {"navesti", "objasniti"},
    "framing": {"nazvati", "opisati"},
    "addressee": set(),
    "cues": ["prema", "kako je rekao", "kako je rekla", "kako je naveo", "kako je navela"],
    "cues_after": [],
    "pronouns": {"on": "m", "ona": "f", "oni": "p", "one": "p"},
    "relative": {"koji", "koja"},
    "honorifics": {"gospodin": "m", "gospođa": "f"},
    "titles": {
        "glasnogovornik": "m",
        "glasnogovornica": "f",
        "portparol": None,
        "predsjednik": "m",
        "predsjednica": "f",
        "predsednik": "m",
        "premijer": None,
        "ministar": "m",
        "ministrica": "f",
        "savjetnik": "m",
        "savetnik": "m",
        "veleposlanik": "m",
        "ambasador": None,
        "guverner": None,
        "gradonačelnik": "m",
        "general": None,
        "šef": "m",
        "analitičar": "m",
        "predstavnik": "m",
        "zapovjednik": "m",
    },
    "title_suffixes": [],
    "institutions": {
        "ministarstvo",
        "vlada",
        "vojska",
        "policija",
        "veleposlanstvo",
        "ambasada",
        "kremlj",
        "ured",
        "agencija",
        "služba",
        "vijeće",
        "savet",
    },
    "institution_suffixes": [],
    "skip": {"je", "su", "također", "takođe", "kasnije", "zatim", "već", "se"},
    "prepositions": {
        "u",
        "na",
        "iz",
        "do",
        "od",
        "za",
        "o",
        "po",
        "pri",
        "pod",
        "nad",
        "s",
        "sa",
        "prema",
        "između",
        "bez",
        "protiv",
        "kod",
        "k",
    },
    "abbreviations": {"dr", "prof", "gen", "tis", "mil", "mlrd", "npr", "tzv", "itd"},
    "pro_drop": True,
    "case_roles": True,
    "verb_final": False,
    "inflected_names": True,
    # a title's body follows it in the genitive ("glasnogovornik Kremlja Dmitrij Peskov")
    "head_first_titles": True,
    "verb_gender": [["la", "f"], ["li", "p"], ["le", "p"], ["o", "m"]],
    "spokesperson": {"glasnogovornik", "glasnogovornica", "portparol"},
    "body_groups": {"predsjednik": "kremlj", "predsednik": "kremlj"},
}

# Name finding (services/enrich/entities/name_words.py describes each table): the roles before a person's name, as stems
# (a word starting with one is the role in a case or with its article: "Guvernøren", "gubernátora").
NAME_ROLES = ("guverner", "glasnogovorni", "portparol", "predsjedni", "predsedni", "ministr", "ministar", "premijer", "savjetni", "savetni", "veleposlani", "ambasador", "gradonačelni", "general", "šef", "zapovjedni", "analitičar",)  # fmt: skip
NAME_CASE_ENDINGS = True
# A region named by its city's adjective beside a region noun ("Belgorodske oblasti", "u Kurskoj oblasti"): the city's adjective is its name, a
# suffix and a case ending (services/enrich/entities/recovery.py, ``_adjective_regions``).
PLACE_ADJECTIVE_REGION = {
    "nouns": ("oblast", "oblasti", "oblašću", "regija", "regije", "regiji", "regiju", "okrug", "okruga", "okrugu"),
    "endings": ("oga", "om", "oj", "ih", "im", "a", "e", "u", "i"),
    "suffixes": ("sk", "ck"),
    "tails": (),
}
# "and": between two given names of one family, and in a list of places ("в Белгород и Курск").
NAME_AND = ("i",)
