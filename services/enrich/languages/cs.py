"""Czech: its words for every stage that reads language (see services/enrich/languages/__init__.py)."""

from __future__ import annotations

# Name finding (services/enrich/entities/names.py describes each table).
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
)  # fmt: skip
# Long forms of country names CLDR does not give (its Czech names are the short "Česko", "Slovensko").
COUNTRY_SHORT = {"Česká republika": "CZ", "Slovenská republika": "SK", "Spojené státy americké": "US"}
# Prepositions that place what follows ("in Galles", "na Šumavě"): a capitalised run after one that nothing else
# names (not a person, an institution, an acronym, a common noun) is a place. Lower case; elided forms with "'".
# Lower-case words for a region or a square after its adjective ("Moskevské oblasti", "Rudém náměstí"): with
# the adjective, a place.
PLACE_REGION_WORDS = ("oblast", "oblasti", "kraj", "kraji", "kraje", "náměstí", "náměstím", "palác", "paláci")
# Adjective endings: a capitalised adjective before a lower-case noun after a locative preposition ("v Městské
# knihovně") names an institution or a thing, not a place.
PLACE_ADJECTIVE_ENDINGS = ("é", "ého", "ém", "ou", "ý", "á", "ých", "ým", "ími", "í")
PLACE_LOCATIVES = ("v", "ve", "na", "do")
# Words that make a capitalised name a geographic feature ("Ege Denizi", "Mar di Sardegna"), lower case.
PLACE_HEADS = ("moře", "jezero", "záliv", "hory", "průliv")
# "and" between two given names of one family ("Judith y Natalie Ra’anan"): the first is a person too.
NAME_AND = ("a",)

# Surname endings that show a person's gender (Nováková), read whatever the article's language.
SURNAME_ENDINGS = {"f": ["ová"]}
