"""Serbian: its words for every stage that reads language (see services/enrich/languages/__init__.py)."""

from __future__ import annotations

from typing import Any

from wirestream.services.enrich.languages import hr
from wirestream.services.enrich.languages.alphabets import transliterated

# Places (services/enrich/entities/geo.py).
# Its country names come from CLDR in both its scripts (Cyrillic "Немачка", Latin "Nemačka") and Croatian's, whose
# long forms Serbian writes too ("Sjedinjene Američke Države"): places in Serbian articles only. py3langid reads
# Serbian in Cyrillic as "sr", in Latin often as "bs" or "hr" (those modules load the Latin names too).
CLDR_OWN_COUNTRY_NAMES = ("sr", "sr_Latn", "hr")
# Short forms of country names CLDR does not give: the initials news writes, in both scripts ("САД", "SAD": the
# United States).
COUNTRY_SHORT = {"САД": "US", "SAD": "US"}
# A case ending hangs on initials after a hyphen ("predsjednik SAD-a", "u SAD-u"): the initials name the place.
PLACE_HYPHEN_SUFFIX = True
# Case endings that turn an inflected place name back into its name: (in the text, of the name). Croatian's (the
# same declension: "u Moskvi", "iz Beograda", "u Kijevu"), a neuter name in -o and its adjective ("u Ujedinjenom
# Kraljevstvu": genitive -a, -og, dative and locative -u, -om) and a plural name ("u Sjedinjenim Državama", "iz
# Sjedinjenih Država": -im, -ih of the adjective, -ama, -a of the noun), each also in Cyrillic ("у Москви").
_LATIN_ENDINGS = (
    *hr.PLACE_CASE_ENDINGS,
    ("u", "o"), ("a", "o"), ("om", "o"), ("og", "o"), ("im", "e"), ("ih", "e"), ("ama", "e"), ("a", "e"),
)  # fmt: skip
_CYRILLIC = str.maketrans("aeioumgjh", "аеиоумгјх")
PLACE_CASE_ENDINGS = (
    *_LATIN_ENDINGS,
    *((ending.translate(_CYRILLIC), name.translate(_CYRILLIC)) for ending, name in _LATIN_ENDINGS),
)
# Prepositions of place and of going, in both scripts ("u Beogradu", "iz Niša", "у Москви"): they place a known
# town's other name.
PLACE_DIRECTIONS = (*hr.PLACE_DIRECTIONS, "у", "из", "на", "до")
# Lower-case words for a region or a square after its adjective ("u Belgorodskoj oblasti", "na Crvenom trgu", "на
# Црвеном тргу"): with the adjective, a place (services/enrich/entities/names.py). Both scripts.
PLACE_REGION_WORDS = (
    "oblast", "oblasti", "oblašću", "trg", "trga", "trgu", "trgom",
    "област", "области", "облашћу", "трг", "трга", "тргу", "тргом",
)  # fmt: skip
# Serbian's two alphabets, letter for letter (Latin: Cyrillic): a place the gazetteer knows in one script is found
# written in the other ("Vašingtonu": GeoNames has Вашингтон, not Vašington).
PLACE_TRANSLITERATION = dict(
    zip(
        ["lj", "nj", "dž", *"abvgdđežzijklmnoprstćufhcčš"],
        "љњџабвгдђежзијклмнопрстћуфхцчш",
        strict=True,
    )
)


def _cyrillic(word: str) -> str:
    """A Latin Serbian word in Cyrillic, digraphs first ("rekao" -> "рекао", "glasnogovornik" -> "гласноговорник")."""
    return transliterated(word, PLACE_TRANSLITERATION)


def _both_scripts(value: Any) -> Any:
    """A table of Croatian's quote lexicon with each word also in Cyrillic (Serbian writes both scripts)."""
    if isinstance(value, set):
        return value | {_cyrillic(w) for w in value}
    if isinstance(value, list) and all(isinstance(w, str) for w in value):
        return [*value, *(_cyrillic(w) for w in value)]
    if isinstance(value, dict) and all(isinstance(k, str) for k in value):
        return {**value, **{_cyrillic(k): v for k, v in value.items()}}
    if isinstance(value, list):  # verb_gender: [ending, gender] pairs
        return [*value, *([_cyrillic(e), g] for e, g in value)]
    return value


# Quote attribution (services/enrich/entities/quotes/lexicon.py describes the keys): Croatian's, in both scripts
# (Serbian and Croatian wire copy use the same verbs: "rekao je portparol Kremlja", "рекао је портпарол Кремља"),
# with the Serbian words Croatian lacks ("saopštio", "predsednik").
QUOTES: dict[str, Any] = {key: _both_scripts(value) for key, value in hr.QUOTES.items()}

# Name finding: Croatian's roles, in both scripts (services/enrich/entities/name_words.py describes each table).
NAME_ROLES = (*hr.NAME_ROLES, *(_cyrillic(w) for w in hr.NAME_ROLES))
NAME_CASE_ENDINGS = True
# Croatian's regions named by a city's adjective, in both scripts ("Belgorodske oblasti", "Белгородске области").
PLACE_ADJECTIVE_REGION = {
    key: (*words, *(_cyrillic(w) for w in words)) for key, words in hr.PLACE_ADJECTIVE_REGION.items()
}
NAME_AND = ("i", "и")  # "and", in both scripts
