"""Croatian: its words for every stage that reads language (see services/enrich/languages/__init__.py)."""

from __future__ import annotations

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
