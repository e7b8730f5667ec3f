"""What both name recognisers read: the ``Found`` they return, and the data installed packages give about
names and words by language (Faker's person names, spaCy's stop words and number words).

``names.py`` (letter case, Chinese and Japanese) and ``uncased.py`` (Arabic, Persian, Hebrew, Hindi) both
import this module; ``names.py`` hands texts in uncased scripts to ``uncased.py``, which so needs nothing of it.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Found:
    """A name the recogniser found: its span, label and, for inflected forms, its name."""

    text: str
    label: str
    start: int
    end: int
    name: str | None = None


@functools.cache
def person_providers() -> tuple[tuple[str, Any], ...]:
    """Faker's person providers by locale (installed, MIT): nothing is fetched. Empty without Faker."""
    try:
        import faker.providers.person as person
    except ImportError:  # pragma: no cover - Faker is a dependency
        return ()
    import importlib
    import pkgutil

    return tuple(
        (info.name, importlib.import_module(f"{person.__name__}.{info.name}").Provider)
        for info in pkgutil.iter_modules(person.__path__)
    )


def person_names(attributes: tuple[str, ...], locales: tuple[str, ...] | None = None) -> Iterable[str]:
    """The names Faker's person providers list under ``attributes`` (all locales, or only ``locales``)."""
    for locale, provider in person_providers():
        if locales is not None and locale not in locales:
            continue
        for attribute in attributes:
            names = provider.__dict__.get(attribute)
            if isinstance(names, (list, tuple, dict, set, frozenset)):
                yield from (n for n in names if isinstance(n, str))


# Faker's English locales: their lists decide a given name's gender when they have it ("Laurence" is a man's
# name in English, a woman's in French); other names go by every locale's lists.
ENGLISH_LOCALES = ("en", "en_GB", "en_IE", "en_IN", "en_KE", "en_NG", "en_NZ", "en_PK", "en_TH", "en_US")
_GENDER_MARGIN = 3  # a gender is read only when that many times more locales list the name for it


@functools.cache
def _given_counts() -> tuple[dict[str, list[int]], dict[str, list[int]]]:
    """How many locales list each given name as a man's and as a woman's: English locales, then all."""
    english: dict[str, list[int]] = {}
    every: dict[str, list[int]] = {}
    for locale, provider in person_providers():
        for n, attribute in enumerate(("first_names_male", "first_names_female")):
            names = provider.__dict__.get(attribute)
            if not isinstance(names, (list, tuple, dict, set, frozenset)):
                continue
            for name in {x for x in names if isinstance(x, str)}:
                every.setdefault(name, [0, 0])[n] += 1
                if locale in ENGLISH_LOCALES:
                    english.setdefault(name, [0, 0])[n] += 1
    return english, every


def _of_language(locale: str, language: str) -> bool:
    """Whether a Faker locale is one of ``language``'s ("fr": fr_FR, fr_CA, fr_CH, ...)."""
    return locale == language or locale.startswith(language + "_")


@functools.cache
def _language_given_counts(language: str) -> dict[str, list[int]]:
    """How many of one language's locales ("fr": fr_FR, fr_CA, fr_CH, ...) list each given name as a man's and as
    a woman's."""
    counts: dict[str, list[int]] = {}
    for locale, provider in person_providers():
        if not _of_language(locale, language):
            continue
        for n, attribute in enumerate(("first_names_male", "first_names_female")):
            names = provider.__dict__.get(attribute)
            if isinstance(names, (list, tuple, dict, set, frozenset)):
                for name in {x for x in names if isinstance(x, str)}:
                    counts.setdefault(name, [0, 0])[n] += 1
    return counts


def english_given_name(word: str) -> bool:
    """Whether Faker's English locales list ``word`` (as written) as a given name ("Paul", "Anthony")."""
    return word in _given_counts()[0]


def given_name_gender(word: str, language: str | None = None) -> str | None:
    """ "m" or "f" when Faker's person data lists ``word`` (as written) as a given name of mostly that gender: by
    the locales of the article's ``language`` when they list it ("Jean" is a man in French), else by its English
    locales when they list it, else by all; None for names of both ("Charlie", "Jean" in English) or none."""
    english, every = _given_counts()
    own = _language_given_counts(language).get(word) if language and language != "en" else None
    counts = own or english.get(word) or every.get(word)
    if not counts:
        return _cyrillic_given_genders().get(word)  # "Oksana", "Mykola": a Russian or Ukrainian name as spelt
    male, female = counts
    if male >= _GENDER_MARGIN * female and male:
        return "m"
    if female >= _GENDER_MARGIN * male and female:
        return "f"
    return None


@functools.cache
def language_surnames(language: str) -> frozenset[str]:
    """Family names one language's Faker locales list ("de": de_DE, de_AT, de_CH: "Vogl", "Huber")."""
    locales = tuple(loc for loc, _ in person_providers() if _of_language(loc, language))
    return frozenset(person_names(("last_names",), locales))


@functools.cache
def english_surnames() -> frozenset[str]:
    """Family names Faker's English locales list ("Harry", "Scott", "James" among them)."""
    return frozenset(person_names(("last_names",), ENGLISH_LOCALES))


@functools.cache
def spacy_defaults(lang: str) -> Any:
    """spaCy's language data for ``lang`` (stop words, number words; no model needed), or None where
    spaCy has none."""
    try:
        from spacy.util import get_lang_class

        return get_lang_class(lang).Defaults
    except ImportError:  # a language spaCy has no data for
        return None


@functools.cache
def stop_words(lang: str) -> frozenset[str]:
    """The language's function words as spaCy's language data lists them, folded."""
    defaults = spacy_defaults(lang)
    return frozenset(w.casefold() for w in defaults.stop_words) if defaults is not None else frozenset()


_CYRILLIC_LOCALES = {"ru": "ru_RU", "uk": "uk_UA"}
_CYRILLIC_VOWELS = frozenset("аеёиоуыэюяєіїьъ")
# Cyrillic letters most Latin alphabets spell alike; a language's NAME_CYRILLIC_SPELLING gives the others.
PLAIN_CYRILLIC = {
    "а": "a", "б": "b", "д": "d", "е": "e", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "ь": "", "ъ": "", "ґ": "g", "і": "i", "'": "", "’": "",
}  # fmt: skip


def spelt(name: str, scheme: dict[str, Any], ending: int = 0) -> str:
    """A Cyrillic name in the Latin letters of ``scheme`` (a language's ``NAME_CYRILLIC_SPELLING`` of one alphabet):
    its endings first (the ``ending``-th spelling of one the scheme spells more ways than one, else its first), then
    letter by letter, a letter of "opening" spelt so at the word's start (and after a vowel when the scheme says
    "after_vowel"); a two-letter group of "pairs" is spelt as one (Polish "ле": "le", where "л" alone is "ł")."""
    word, end = name.casefold(), ""
    for written, *latin in scheme.get("endings", ()):
        if word.endswith(written) and len(word) > len(written) + 1:
            word, end = word[: -len(written)], latin[min(ending, len(latin) - 1)]
            break
    out = []
    pairs: dict[str, str] = scheme.get("pairs", {})
    i = 0
    while i < len(word):
        c = word[i]
        opening = i == 0 or (scheme.get("after_vowel") and word[i - 1] in _CYRILLIC_VOWELS)
        if word[i : i + 2] in pairs:
            out.append(pairs[word[i : i + 2]])
            i += 2
            continue
        if opening and c in scheme["opening"]:
            out.append(scheme["opening"][c])
        else:
            out.append(scheme["letters"].get(c, PLAIN_CYRILLIC.get(c, c)))
        i += 1
    return ("".join(out) + end).capitalize()


def spellings(name: str, scheme: dict[str, Any]) -> list[str]:
    """Every spelling of a Cyrillic name ``scheme`` allows: one per spelling of its ending (English "Олексій":
    "Oleksiy" and, as Ukraine's own romanisation writes it, "Oleksii"), the first first."""
    most = max((len(entry) - 1 for entry in scheme.get("endings", ())), default=1)
    return list(dict.fromkeys(spelt(name, scheme, n) for n in range(most)))


def _in_cyrillic(word: str) -> bool:
    """Whether every letter of ``word`` is of the basic Cyrillic block (a language table's entry written in Cyrillic,
    not its Latin spelling)."""
    return all("\u0400" <= c <= "\u04ff" for c in word)


@functools.cache
def cyrillic_surname_endings(lang: str) -> tuple[str, ...]:
    """The Russian and Ukrainian surname endings (their ``SURNAME_ENDINGS`` in Cyrillic: "ов", "ева") as ``lang``'s
    ``NAME_CYRILLIC_SPELLING`` spells them after a consonant (German "ow", "ewa": "Gladkow", "Medwedewa"), two letters
    or more, longest first; none for a language with no such spelling."""
    from wirestream.services.enrich import languages

    schemes = languages.table("NAME_CYRILLIC_SPELLING").get(lang, {})
    endings = languages.table("SURNAME_ENDINGS")
    out: set[str] = set()
    for alphabet, scheme in schemes.items():
        for forms in endings.get(alphabet, {}).values():
            for ending in forms:
                if _in_cyrillic(ending):
                    latin = spelt("б" + ending, scheme)[1:].casefold()
                    if len(latin) >= 2 and latin.isalpha():
                        out.add(latin)
    return tuple(sorted(out, key=len, reverse=True))


@functools.cache
def cyrillic_given_names() -> frozenset[str]:
    """Faker's Russian and Ukrainian given names, and those the two languages' ``NAME_GIVEN`` add ("Олексій"), as
    every language's ``NAME_CYRILLIC_SPELLING`` spells them in Latin letters ("Евгений": "Jewgeni" in German,
    "Yevgeny" in English; "Михайло": "Mychajlo", "Mykhailo"; "Олексій": "Oleksiy", "Oleksiï"): the new cast of a story
    from Russia or Ukraine, whom Faker's Latin-letter locales do not list."""
    from wirestream.services.enrich import languages

    added = languages.table("NAME_GIVEN")
    out: set[str] = set()
    for code, schemes in languages.table("NAME_CYRILLIC_SPELLING").items():
        for alphabet, scheme in schemes.items():
            own = sorted(n for n in added.get(alphabet, ()) if _in_cyrillic(n))
            for name in itertools.chain(person_names(("first_names",), (_CYRILLIC_LOCALES[alphabet],)), own):
                for latin in spellings(name, scheme):
                    if latin.isalpha():
                        out.add(latin)
                        out.update(_stressed(latin, code) if scheme.get("stress") else ())
    return frozenset(out)


@functools.cache
def _cyrillic_given_genders() -> dict[str, str | None]:
    """The gender of Faker's Russian and Ukrainian given names as every language's ``NAME_CYRILLIC_SPELLING`` spells
    them ("Оксана": "Oksana", a woman's; "Микола": "Mykola", a man's), for names no Latin-letter locale lists; None
    where two names of different genders are spelt alike."""
    from wirestream.services.enrich import languages

    out: dict[str, str | None] = {}
    for code, schemes in languages.table("NAME_CYRILLIC_SPELLING").items():
        for alphabet, scheme in schemes.items():
            for attribute, gender in (("first_names_male", "m"), ("first_names_female", "f")):
                for name in person_names((attribute,), (_CYRILLIC_LOCALES[alphabet],)):
                    for latin in spellings(name, scheme):
                        if not latin.isalpha():
                            continue
                        for form in (latin, *(_stressed(latin, code) if scheme.get("stress") else ())):
                            out[form] = gender if out.get(form, gender) == gender else None
    return out


_STRESSED = {"a": "á", "e": "é", "i": "í", "o": "ó", "u": "ú"}


def _stressed(name: str, lang: str) -> list[str]:
    """A name with the stress accent of a language that writes one on foreign names ("stress" in its scheme) on
    each of its vowels in turn ("Mijail": "Míjail", "Mijáil", "Mijaíl"): which vowel is stressed no spelling shows.
    Not one that is a word of that language ("Verá", "Allá"): only its dictionary is read, the others would cost
    seconds to load when the names are first asked for."""
    from wirestream.services.enrich.entities.quotes.language import common_word

    folded = name.casefold()
    stressed = (folded[:i] + _STRESSED[c] + folded[i + 1 :] for i, c in enumerate(folded) if c in _STRESSED)
    return [w.capitalize() for w in stressed if not common_word(w, lang)]
