"""One language's lexicon, ready for lookups: lemmas through ``simplemma``, phrases as token tuples.

``simplemma`` reads a language's dictionary on first use. Its default loader holds a
whole dictionary in memory (400 MB for Polish); the streaming loader used here
keeps 20-55 MB and costs 0.7-1.8 s once per language and process.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache
from typing import Any

from wirestream.services.enrich import languages
from wirestream.services.enrich.entities.quotes.lexicon import FALLBACK, LANGUAGES
from wirestream.services.enrich.languages import cldr
from wirestream.writing_systems import CYRILLIC

_UKRAINIAN = re.compile(r"[іїєґІЇЄҐ]")
_HAN = re.compile(r"[\u3400-\u9fff]")


@cache
def _dictionaries():
    from simplemma.strategies.dictionaries.stream_dictionary_factory import StreamDictionaryFactory

    return StreamDictionaryFactory(cache_max_size=16)


@cache
def _lemmatizer():
    from simplemma import Lemmatizer
    from simplemma.strategies import DefaultStrategy

    return Lemmatizer(lemmatization_strategy=DefaultStrategy(dictionary_factory=_dictionaries()))


@lru_cache(maxsize=65536)
def common_word(word: str, code: str) -> bool:
    """Whether a lower-case word is a common word of the language (its lemma is not a proper name)."""
    try:
        found = _dictionaries().get_dictionary(code).get(word)
    except (ValueError, LookupError):
        return False
    return found is not None and not found[:1].isupper()


@lru_cache(maxsize=65536)
def known_word(word: str, code: str) -> bool:
    """Whether the language's dictionary lists the word as written (a common word, not a name)."""
    try:
        return _dictionaries().get_dictionary(code).get(word) is not None
    except (ValueError, LookupError):
        return False


@lru_cache(maxsize=65536)
def own_lemma(word: str, code: str) -> bool:
    """Whether the language's dictionary lists the word, as written, as its own lemma ("Мар'їнка" in Ukrainian's: a
    name it lists; "Haus" in German's: a noun)."""
    try:
        return _dictionaries().get_dictionary(code).get(word) == word
    except (ValueError, LookupError):
        return False


@lru_cache(maxsize=65536)
def inflected_noun(word: str, code: str) -> bool:
    """Whether a capitalised word is the inflected form of another capitalised word in the language's
    dictionary ("Atemmasken" of "Atemmaske", "Autohändlern" of "Autohändler"): a common noun, not a
    name, in languages that capitalise nouns. Names the dictionary lists are their own lemma ("Müller")."""
    if not word[:1].isupper():
        return False
    try:
        found = _dictionaries().get_dictionary(code).get(word)
    except (ValueError, LookupError):
        return False
    return found is not None and found != word and found[:1].isupper()


_UMLAUT = str.maketrans("aouAOU", "äöüÄÖÜ")

# Each language's noun plurals (``NOUN_PLURALS`` of services/enrich/languages/<code>.py): the endings a plural adds,
# those it adds after an umlaut on the stem's last a, o or u, and the endings it replaces.
_NOUN_PLURALS: dict[str, dict[str, tuple[Any, ...]]] = languages.table("NOUN_PLURALS")


@lru_cache(maxsize=65536)
def declined_noun(word: str, code: str, s_plural: bool = False) -> bool:
    """Whether the language's dictionary lists a plural of a capitalised word, a form that leads back to it
    ("Familien", "Städte", "Konzerne", "Firmen"; with ``s_plural`` also "-s", "Teams", which is a name's genitive
    too): a common noun, in a language whose module gives its noun plurals (``NOUN_PLURALS``; German). A body's name
    has no plural ("Rheinmetall", "Bundeswehr", "Nato")."""
    plurals = _NOUN_PLURALS.get(code)
    if plurals is None or not word[:1].isupper() or not word.isalpha():
        return False
    try:
        dictionary = _dictionaries().get_dictionary(code)
    except (ValueError, LookupError):
        return False
    forms = [word + e for e in plurals["endings"]]
    last = max((i for i, c in enumerate(word) if c in "aouAOU"), default=-1)
    if last >= 0 and plurals["umlaut_endings"]:
        umlaut = word[:last] + word[last].translate(_UMLAUT) + word[last + 1 :]
        forms += [umlaut, *(umlaut + e for e in plurals["umlaut_endings"])]
    for ending, plural in plurals["replaced"]:
        if len(word) > 3 and word.endswith(ending):
            forms.append(word[: -len(ending)] + plural)  # "Firma" -> "Firmen"
            break
    if s_plural:
        forms.append(word + "s")
    return any(dictionary.get(f) == word for f in forms)


@lru_cache(maxsize=65536)
def lemma(word: str, code: str) -> str:
    try:
        return _lemmatizer().lemmatize(word, lang=code).lower()
    except (ValueError, LookupError):
        return word


_ADJECTIVE_ENDINGS_MAX = 4  # "russ|ischen", "rus|a", "ukrainien|ne": what an adjective adds to its stem


@cache
def _nation_stems(code: str) -> frozenset[str]:
    """The stems of CLDR's one-word language names in the language ("Ukrainisch", "ukrainien", "ruso"): a
    people's adjective is most often its language's name, inflected (not the words of "sami du nord")."""
    out = set()
    for name in cldr.language_names(code):
        low = name.casefold()
        stem = low.rstrip("aeiouy")
        if low.isalpha() and len(stem) >= 3:
            out.add(stem)
    return frozenset(out)


_VOWELS = "aeiouyаеёиоуыэюяіїє"


@cache
def _inflected_nation_stems(code: str) -> tuple[frozenset[str], frozenset[str], tuple[str, ...], tuple[str, ...]]:
    """(``adjective_endings``, ``nation_suffixes``) what a language that inflects its adjectives derives a people's
    adjective from: its CLDR language names less their adjective ending ("польский": "польск"), its CLDR territory
    names of one word less their last vowels ("Россия": "росси", "Ameryka": "ameryk"), its adjective endings and
    the suffixes that make a country's stem an adjective ("йск": "российская"). Empty for other languages."""
    table = LANGUAGES.get(code, {})
    endings = tuple(sorted(table.get("adjective_endings", ()), key=len, reverse=True))
    if not endings:
        return frozenset(), frozenset(), (), ()
    names = set()
    for name in cldr.language_names(code):
        low = name.casefold()
        ending = next((e for e in endings if low.endswith(e)), "")
        if low.isalpha() and ending and len(low) - len(ending) >= 4:
            names.add(low[: -len(ending)])
    countries = set()
    for name in cldr.territories(code).values():
        stem = name.casefold().rstrip(_VOWELS)
        if name.isalpha() and len(stem) >= 4:
            countries.add(stem)
    return frozenset(names), frozenset(countries), endings, tuple(table.get("nation_suffixes", ()))


def _inflected_nation_adjective(low: str, code: str) -> bool:
    """Whether a lower-case word is a people's adjective of a language that inflects it ("российская",
    "украинского", "amerykańska"): its language's name or its country's stem with a suffix, then an ending."""
    names, countries, endings, suffixes = _inflected_nation_stems(code)
    for ending in endings:
        if not low.endswith(ending):
            continue
        rest = low[: -len(ending)]
        if rest in names or any(rest.endswith(x) and rest[: -len(x)] in countries for x in suffixes):
            return True
    return False


@lru_cache(maxsize=65536)
def nation_adjective(word: str, code: str) -> bool:
    """Whether a lower-case word is a people's adjective ("ukrainischen", "russe", "ucraniana", "rusa"): a stem of
    CLDR's language names with at most a short ending; not a weekday or a month ("lundi"). A word of the clause
    ("della", "del") is the caller's to leave out."""
    low = word.casefold()
    if not low.isalpha() or low != word or low in cldr.weekday_names(code) or low in cldr.month_names(code):
        return False
    if _inflected_nation_adjective(low, code) or low in LANGUAGES.get(code, {}).get("nation_adjectives", ()):
        return True
    stems = _nation_stems(code)
    # a short stem ("rus" of "ruso", "russ" of "russe") takes a short ending only ("rusa", not "lange" of "lang")
    return any(
        low[:n] in stems and (n >= 5 or len(low) - n <= 2)
        for n in range(max(3, len(low) - _ADJECTIVE_ENDINGS_MAX), len(low) + 1)
    )


def _compound_head(low: str) -> str:
    """The last part of a hyphenated compound ("us-promi" -> "promi"; "" when the word has no hyphen inside it or
    ends in one): in German, Dutch and the Nordic languages the compound is a kind of what its last part is."""
    cut = low.rfind("-", 0, 64)
    return low[cut + 1 :] if 0 < cut < len(low) - 1 else ""


def _phrases(items: list[str]) -> tuple[tuple[str, ...], ...]:
    return tuple(sorted({tuple(p.lower().split()) for p in items}, key=len, reverse=True))


@dataclass(frozen=True)
class Lang:
    code: str
    verbs: frozenset[str]
    forms: frozenset[str]
    weak: frozenset[str]
    framing: frozenset[str]
    addressee: frozenset[str]
    cues: tuple[tuple[str, ...], ...]
    cues_opening: tuple[tuple[str, ...], ...]
    cues_after: frozenset[str]
    next_cues: tuple[tuple[str, ...], ...]
    next_worded: tuple[tuple[str, ...], ...]
    next_pointers: tuple[tuple[str, ...], ...]
    pronouns: dict[str, str | None]
    relative: frozenset[str]
    honorifics: dict[str, str | None]
    titles: dict[str, str | None]
    title_suffixes: tuple[str, ...]
    institutions: frozenset[str]
    institution_suffixes: tuple[str, ...]
    skip: frozenset[str]
    prepositions: frozenset[str]
    abbreviations: frozenset[str]
    pro_drop: bool
    verb_final: bool
    verb_gender: tuple[tuple[str, str], ...]
    lemmatise: bool
    separable: dict[str, frozenset[str]] = field(default_factory=dict)  # stem lemma -> its particles
    unspaced: bool = False  # written without spaces: a speech verb is a run of characters (Chinese)
    pronoun_suffixes: tuple[str, ...] = ()  # a pronoun glued to a verb ("katanya": "he said")
    proclitics: tuple[str, ...] = ()  # "and", "so" written onto the next word (Arabic "وقال": "and he said")
    impersonal: dict[str, str] = field(default_factory=dict)  # verb lemma -> its impersonal subject
    participle_endings: tuple[str, ...] = ()  # a speech verb ending so is a participle ("saying")
    traits: frozenset[str] = frozenset()  # the QUOTES keys set to True (see lexicon.py)
    nouns_capitalised: bool = False  # the module's NOUNS_CAPITALISED: every noun is capitalised (German)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_titles_seen", {})
        object.__setattr__(self, "_institutions_seen", {})
        object.__setattr__(self, "_verbs_seen", {})
        object.__setattr__(self, "_words", {})

    @cached_property
    def clause_openers(self) -> frozenset[str]:
        """The words of the language's cues, its speech verbs and their forms: after one, a name opens its clause
        ("据克里姆林宫发言人", "表示克里姆林宫发言人"). Read once per language."""
        return frozenset(w for cue in self.cues for w in cue) | self.verbs | self.forms

    def has(self, trait: str) -> bool:
        """Whether the language's ``QUOTES`` sets ``trait`` to True (the traits are listed in lexicon.py)."""
        return trait in self.traits

    def words(self, key: str) -> frozenset[str]:
        """The words under ``key`` of this language's ``QUOTES`` (empty when it has none)."""
        found: dict[str, frozenset[str]] = self._words  # type: ignore[attr-defined]
        if key not in found:
            found[key] = frozenset(LANGUAGES.get(self.code, {}).get(key, ()))
        return found[key]

    def person_noun(self, word: str) -> tuple[bool, str | None]:
        """Whether a word names a person by role or kind ("der Mann", "una fuente", "a witness"; every title
        too), and the gender it shows: the language's ``person_nouns`` ({word: gender}) and ``titles``."""
        nouns: dict[str, str | None] = LANGUAGES.get(self.code, {}).get("person_nouns", {})
        low = word.lower()
        if low in nouns:
            return True, nouns[low]
        base = self.lemma(low)
        if base in nouns:
            return True, nouns[base]
        head = _compound_head(low)
        if head and (head in nouns or self.lemma(head) in nouns):
            # "der US-Promi", "der Major-Sieger": a hyphenated compound is the kind of person its last part is
            return True, nouns.get(head, nouns.get(self.lemma(head)))
        if self.has("closed_compounds"):
            # "der Feuerwehrmann", "die Bäuerin"... written as one word: the kind of person its last part is
            head = next((h for h in _compound_heads(low) if h in nouns), "")
            if head:
                return True, nouns[head]
        return self.title_gender(word)

    def pronoun_verb(self, word: str) -> bool:
        """Whether a lower-case word is a speech verb with a pronoun glued to it ("katanya")."""
        return any(word.endswith(s) and self.is_verb(word[: -len(s)]) for s in self.pronoun_suffixes)

    def suffixed_pronoun(self, word: str) -> bool:
        """Whether a lower-case word ends in a pronoun glued to it ("katanya")."""
        return any(word.endswith(s) for s in self.pronoun_suffixes)

    def common(self, word: str) -> bool:
        """Whether a word, in any case, is a common word of the language (:func:`common_word`): no part of a name."""
        return common_word(word.lower(), self.code)

    def surname_spelt(self, word: str) -> bool:
        """(``lone_surname_endings``) Whether a word of five letters or more ends as the language spells a Russian or
        Ukrainian surname ("Kowaltschuk", "Tkatschenko", "Kovalchuk"): the one test the quote reader, the names finder
        and the English frames ask."""
        endings = tuple(self.words("lone_surname_endings"))
        return bool(endings) and len(word) >= 5 and word.isalpha() and word.casefold().endswith(endings)

    def lemma(self, word: str) -> str:
        low = word.lower()
        return lemma(low, self.code) if self.lemmatise else low

    def is_verb(self, word: str) -> bool:
        seen: dict[str, bool] = self._verbs_seen  # type: ignore[attr-defined]
        if word not in seen:
            low = self.without_proclitic(word.lower())
            seen[word] = low in self.forms or low in self.verbs or self.lemma(low) in self.verbs
        return seen[word]

    def without_proclitic(self, low: str) -> str:
        """A lower-case word without the ``proclitics`` letter written onto it ("وقال" -> "قال", "ואמר" -> "אמר")
        when the rest is a speech verb or a title of the language; else the word as written."""
        for p in self.proclitics:
            rest = low[len(p) :]
            if low.startswith(p) and len(rest) >= 2 and self._listed(rest):
                return rest
        return low

    def _listed(self, low: str) -> bool:
        return low in self.forms or low in self.verbs or low in self.titles or self.lemma(low) in self.verbs

    def verb_with_object(self, word: str, following: str) -> bool:
        """Whether ``word`` reports speech only with its object and ``following`` (lower case) is that object
        (``verbs_with_object``: "put" "it", as in "as Peskov put it")."""
        objects: dict[str, str] = LANGUAGES.get(self.code, {}).get("verbs_with_object", {})
        return bool(objects) and objects.get(self.lemma(word)) == following

    def light_verb(self, word: str, previous: str) -> bool:
        """Whether ``word`` is a light verb that reports speech after the noun ``previous`` (lower case) of
        ``light_verbs`` (Persian "اظهار داشت", "اعلام کرد": "stated", "announced")."""
        nouns: dict[str, list[str]] = LANGUAGES.get(self.code, {}).get("light_verbs", {})
        return previous in nouns.get(word.lower(), ())

    def particle_verb(self, word: str, particle: str) -> bool:
        """Whether a finite stem and a particle later in its clause make a speech verb ("teilt" … "mit")."""
        return particle in self.separable.get(self.lemma(word), ())

    def verb_lemma(self, word: str) -> str:
        low = self.without_proclitic(word.lower())
        return low if low in self.verbs else self.lemma(low)

    def title_gender(self, word: str) -> tuple[bool, str | None]:
        """Whether a word names a role ("spokeswoman", "Kremlsprecher"), and the gender it shows."""
        seen: dict[str, tuple[bool, str | None]] = self._titles_seen  # type: ignore[attr-defined]
        if word not in seen:
            seen[word] = self._title_gender(word)
        return seen[word]

    def _title_gender(self, word: str) -> tuple[bool, str | None]:
        low = self.without_proclitic(word.lower())
        if low in self.titles:
            return True, self.titles[low]
        base = self.lemma(low)
        if base in self.titles:
            return True, self.titles[base]
        for suffix in self.title_suffixes:
            if low.endswith(suffix) and len(low) > len(suffix) + 2 and self._age_stem(low[: -len(suffix)], suffix):
                return True, self.titles.get(suffix)
        return self._derived_title(low)

    def _derived_title(self, low: str) -> tuple[bool, str | None]:
        """A role the language's word formation makes of a title (German): the feminine of a listed title
        (``feminine_ending``: "Kommissar" -> "Kommissarin"), a closed compound whose last part is a listed title
        (``closed_compounds``: "Oberbürgermeisterin", "Staatssekretär", "Polizeipräsident"; that part of four
        letters or more after three or more), and a noun of a person's role by its ending (``role_endings``
        {ending: gender}, "Virologe", "Historiker", "Gewerkschafterin"; ``role_endings_not`` lists the words of
        another kind with such an ending, "Kataloge")."""
        feminine = LANGUAGES.get(self.code, {}).get("feminine_ending")
        if feminine and low.endswith(feminine) and low[: -len(feminine)] in self.titles:
            return True, "f"
        if self.has("closed_compounds"):
            for head in _compound_heads(low):
                if head in self.titles:
                    return True, self.titles[head]
                if feminine and head.endswith(feminine) and head[: -len(feminine)] in self.titles:
                    return True, "f"
        endings: dict[str, str | None] = LANGUAGES.get(self.code, {}).get("role_endings", {})
        for ending, gender in endings.items():
            if low.endswith(ending) and len(low) >= len(ending) + 3 and low not in self.words("role_endings_not"):
                return True, gender
        return False, None

    def _age_stem(self, stem: str, suffix: str) -> bool:
        """Whether what comes before an age suffix (``age_titles``) is a number, as an age is ("48-jährige",
        "Achtzigjährige"), when the language lists its number words (``age_numbers``): "langjähriger Freund",
        "die Minderjährige" tell no age and are no role. True for any other suffix, and where no list is given."""
        numbers = self.words("age_numbers")
        if not numbers or suffix not in self.words("age_titles"):
            return True
        return stem[-1:].isdigit() or stem.endswith("-") or stem.endswith(tuple(numbers))

    def is_institution(self, word: str) -> bool:
        seen: dict[str, bool] = self._institutions_seen  # type: ignore[attr-defined]
        if word not in seen:
            seen[word] = self._is_institution(word)
        return seen[word]

    def _is_institution(self, word: str) -> bool:
        low = word.lower()
        if low in self.institutions or self.lemma(low) in self.institutions:
            return True
        stems = self.genitive_stems(low)
        return any(w.endswith(s) and len(w) > len(s) + 2 for w in stems for s in self.institution_suffixes)

    def genitive_stems(self, low: str) -> list[str]:
        """A lower-case noun and, where the language's genitive adds "-s" (``genitive_s``), the noun without its "-s"
        or "-es" ("des Polizeipräsidiums", "des Amtes")."""
        if not (self.has("genitive_s") and low.endswith("s")):
            return [low]
        return [low, low[:-1], low[:-2]] if low.endswith("es") else [low, low[:-1]]

    def gender_of_verb(self, word: str) -> str | None:
        low = word.lower()
        for ending, gender in self.verb_gender:
            if low.endswith(ending):
                return gender
        return None


def _compound_heads(low: str) -> Iterator[str]:
    """The last parts a closed compound may end on, longest first: four letters or more after three or more
    ("feuerwehrmann": "wehrmann", ..., "mann")."""
    return (low[cut:] for cut in range(3, len(low) - 3))


@cache
def load(code: str) -> Lang:
    data = LANGUAGES[code]
    return Lang(
        code=code,
        verbs=frozenset(data["verbs"]),
        forms=frozenset(data.get("forms", ())),
        weak=frozenset(data.get("weak", ())),
        framing=frozenset(data.get("framing", ())),
        addressee=frozenset(data.get("addressee", ())),
        cues=_phrases(data.get("cues", [])),
        cues_opening=_phrases(data.get("cues_opening", [])),
        cues_after=frozenset(data.get("cues_after", ())),
        next_cues=_phrases(data.get("next_cues", [])),
        next_worded=_phrases(data.get("next_worded", [])),
        next_pointers=_phrases(data.get("next_pointers", [])),
        pronouns=dict(data.get("pronouns", {})),
        relative=frozenset(data.get("relative", ())),
        honorifics=dict(data.get("honorifics", {})),
        titles=dict(data.get("titles", {})),
        title_suffixes=tuple(data.get("title_suffixes", ())),
        institutions=frozenset(data.get("institutions", ())),
        institution_suffixes=tuple(data.get("institution_suffixes", ())),
        skip=frozenset(data.get("skip", ())),
        prepositions=frozenset(data.get("prepositions", ())),
        abbreviations=frozenset(data.get("abbreviations", ())),
        pro_drop=bool(data.get("pro_drop")),
        verb_final=bool(data.get("verb_final")),
        verb_gender=tuple((e, g) for e, g in data.get("verb_gender", [])),
        lemmatise=not data.get("unspaced"),
        separable=_separable(data.get("separable", ()), data.get("separable_particles", ())),
        unspaced=bool(data.get("unspaced")),
        pronoun_suffixes=tuple(data.get("pronoun_suffixes", ())),
        proclitics=tuple(sorted(data.get("proclitics", ()), key=len, reverse=True)),
        impersonal=dict(data.get("impersonal", {})),
        participle_endings=tuple(data.get("participle_endings", ())),
        traits=frozenset(key for key, value in data.items() if value is True),
        nouns_capitalised=code in languages.having("NOUNS_CAPITALISED"),
    )


def _separable(verbs: list[str] | tuple[str, ...], particles: tuple[str, ...]) -> dict[str, frozenset[str]]:
    """{"teilen": {"mit"}, "führen": {"aus"}, ...} from "mitteilen", "ausführen": stem and particle
    (the language's ``separable_particles``)."""
    out: dict[str, set[str]] = {}
    for verb in verbs:
        particle = next((p for p in sorted(particles, key=len, reverse=True) if verb.startswith(p)), None)
        if particle is not None and len(verb) > len(particle) + 3:
            out.setdefault(verb[len(particle) :], set()).add(particle)
    return {stem: frozenset(p) for stem, p in out.items()}


def for_text(language: str | None, text: str) -> Lang:
    """The lexicon of the article's language; without one, a guess from the script (English by default)."""
    code = (language or "").split("-")[0].lower()
    if code not in LANGUAGES:  # a language with a lexicon of its own never borrows one
        code = FALLBACK.get(code, code)
    if code not in LANGUAGES:
        sample = text[:2000]
        if _HAN.search(sample):
            code = "zh"
        elif CYRILLIC.search(sample):
            code = "uk" if _UKRAINIAN.search(sample) else "ru"
        else:
            code = "en"
    return load(code)
