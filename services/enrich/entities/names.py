"""Names in languages no recogniser model covers: capitalised words, confirmed by data and cues.

A word that starts with a capital letter in the middle of a sentence is a name in most
languages written in Latin, Cyrillic or Greek letters. Runs of such words ("Wladimir
Putin", "Ministerio de Defensa", "Presiden Rusia Vladimir Putin") are split and typed
by what is known about each word, not by lists of names:

* a **place** when the gazetteer knows it in any script, inflected forms included
  (``Gazetteer.place_form``: Moskwie, Києві, Moskaus, Moskova'da);
* a **person** when a title or role comes before it ("Kremlsprecher", "el portavoz
  del Kremlin,", "rzecznik", "речник", "Juru bicara") or its surname comes back on its
  own later in the article; a capitalised pair is also a person where nouns are not
  capitalised (everywhere but German and Luxembourgish);
* an **organisation** when it holds an institution word (Ministerio, Bakanlığı,
  Міністерство) or is an acronym;
* nothing otherwise: an unconfirmed word is left out rather than guessed.

A surname met again alone, or inflected ("Pieskowa", "Пєскова"), joins the person
named before. The alias registry runs beside this and wins where both find a name.

Per-language data (role words, institution words, function words, name particles,
person case endings) is kept in dicts keyed by ISO 639-1 code below.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any

from wirestream.services.enrich.entities import uncased
from wirestream.services.enrich.entities.geo import (
    ABBREVIATIONS,
    ALIAS_CITY_POPULATION,
    CASE_ENDINGS,
    DISTRICT_KM,
    Gazetteer,
    Place,
    kilometres,
    towns_own_name,
    unaccented,
)
from wirestream.services.enrich.entities.name_data import (
    Found,
    cyrillic_surname_endings,
    language_surnames,
    person_names,
)
from wirestream.services.enrich.entities.name_data import stop_words as _stop_words
from wirestream.services.enrich.entities.name_words import (
    _ADJECTIVE_ENDINGS,
    _NEXT_LOWER,
    _NEXT_WORD,
    _QUALIFIER,
    _ROLE_PREFIX,
    _SUFFIX_APOSTROPHE,
    _WORD_CITY_POPULATION,
    ADJECTIVE_BODIES,
    AND,
    APPOSED_SETTLEMENT,
    ARTICLES,
    BYLINES,
    CITY_POPULATION,
    CJK_LANGUAGES,
    CLUB_BEFORE,
    COMMON_ACRONYMS,
    COMPANIES,
    COMPASS_PREFIXES,
    DAY_WORDS,
    DIRECTIONS,
    FEATURE_ENDINGS,
    FUNCTION_WORDS,
    GENITIVES,
    HEADS_AFTER_ADJECTIVE,
    HEADS_BARE,
    HEADS_BEFORE,
    HOME_COUNTRIES,
    INSTITUTIONS,
    LOCATIVE_SUFFIXES,
    LOCATIVES,
    NOUN_SUFFIXES,
    NOUNS_CAPITALISED,
    PARTICLES,
    PERSON_ENDINGS,
    PHRASE_ENDINGS,
    PLACE_HEADS,
    SEAT_HEADS,
    SETTLEMENT_BEFORE,
    SETTLEMENT_HEADS,
    _acronym,
    _after_article,
    _big_place_named,
    _capitalised,
    _cited,
    _common_entry,
    _common_noun,
    _common_spelling,
    _demonym,
    _dictionary_word,
    _english_opening,
    _first_names,
    _given_and_surnames,
    _given_form,
    _in_address,
    _inflected_noun,
    _inflected_word,
    _matches,
    _mixed_acronym,
    _months,
    _nominative_name,
    _noun,
    _number_word,
    _oblique_given,
    _particle_surnames,
    _People,
    _plain_run,
    _plain_word,
    _previous,
    _quoted,
    _surname_after_given,
    _surnames,
    _title_phrase_end,
    _Token,
    _tokens,
    _town_feature,
    acronym_after_article,
    after_definite,
    after_indefinite,
    arabic_family_name,
    company_kind,
    coordinated,
    family_name,
    given_name,
    institution_word,
    is_common_word,
    outlet_name,
    party_after,
    quoted_words_before,
    storm_name,
    surname_mentions,
)
from wirestream.services.enrich.entities.place_names import PlaceNameReader
from wirestream.services.enrich.languages import cldr
from wirestream.services.enrich.languages import table as _language_table
from wirestream.services.enrich.lexicon import PLATFORM_NAMES

# (``_called_company``) the definite articles before a company's kind that stand for a company named before ("das
# Unternehmen"): the quote words' ``anaphor_articles``, for the languages with company words.
_COMPANY_ANAPHORS: dict[str, frozenset[str]] = {
    code: frozenset(table.get("anaphor_articles", ()))
    for code, table in _language_table("QUOTES").items()
    if table.get("anaphor_articles") and code in COMPANIES
}

# (``NAME_SET_BODIES``) bodies named together by a set phrase ("Bund und Länder"): each form written, longest first,
# with the name it stands for.
_SET_BODIES: dict[str, list[tuple[str, str]]] = {
    code: sorted(((form, name) for name, forms in table.items() for form in forms), key=lambda f: -len(f[0]))
    for code, table in _language_table("NAME_SET_BODIES").items()
}


def _set_bodies(found: list[Found], text: str, lang: str) -> list[Found]:
    """(``NAME_SET_BODIES``) A set phrase that names bodies together ("Bund und Länder", "von Bund und Ländern"): one
    organisation, in place of what was read inside it; not inside a longer word ("Bund und Länderkammern").

    The phrases named do not overlap, so whether a new one is free is read from the one named last before its end in
    start order (``starts``, ``ends``), not by comparing it with every phrase named so far (quadratic in a text
    repeating the phrase: 80,000 characters of "Bund und Länder." took 0.65 s)."""
    forms = _SET_BODIES.get(lang)
    if not forms:
        return found
    named: list[Found] = []
    starts: list[int] = []  # the phrases named, in start order (disjoint: their ends are in order too)
    ends: list[int] = []
    for form, name in forms:
        at = text.find(form)
        while at >= 0:
            end = at + len(form)
            before = bisect.bisect_left(starts, end) - 1  # the last phrase named starting before this one ends
            free = before < 0 or ends[before] <= at
            whole = not (at and (text[at - 1].isalnum() or text[at - 1] == "-")) and not text[end : end + 1].isalnum()
            if free and whole:
                named.append(Found(form, "ORG", at, end, None if form == name else name))
                starts.insert(before + 1, at)
                ends.insert(before + 1, end)
            at = text.find(form, end)
    return _in_place_of(found, named) if named else found


def _in_place_of(found: list[Found], named: list[Found]) -> list[Found]:
    """``found`` without what overlaps a name of ``named``, and those names, in the text's order: a phrase read whole
    ("Bund und Länder", 'Marcos "el Flaco" Ruiz', "Peter der Große") in place of what was read inside it. The names
    do not nest: each found span is compared with those near it only (:func:`_overlaps`)."""
    taken = sorted((n.start, n.end) for n in named)
    kept = [f for f in found if not _overlaps(taken, f.start, f.end)]
    return sorted([*kept, *named], key=lambda f: f.start)


# The ending that makes a noun for a person feminine ("Reporterin"), from the language's quote words.
_FEMININE: dict[str, str] = {
    code: table["feminine_ending"] for code, table in _language_table("QUOTES").items() if table.get("feminine_ending")
}

# The Arabic article as a foreign place's name writes it inside ("Meiss El Jabal", "Ras Al Khaimah").
_ARABIC_ARTICLE = re.compile(r"[AE][lnrsdz]")

_DIGIT = re.compile(r"\d")

# The Arabic patronymic inside a foreign name, and the lower-case article of the family name that may follow it.
_APOSTROPHE_SUFFIX = re.compile(r"['’]\w*$")  # a case suffix after an apostrophe ("Telegram'da")
_WORD_AFTER = re.compile(r"\b([^\W\d_]+)(?=[ \u00a0]+([^\W\d_][^\W_]*))")  # a word, then the next one
_AGE_AFTER = re.compile(r"[ \u00a0]?\((\d{1,3})\)")  # a person's age in brackets after the name: "Domröse (68)"
_PATRONYMICS = frozenset({"bin", "ibn"})
# A given name, a nickname of one to three words in quotation marks, an optional particle and a family name
# ("Marcos “el Flaco” Ruiz"): NameFinder._nicknamed. Bounded runs between distinct delimiters: linear.
_NICKNAMED = re.compile(
    r"(?<![\w'’-])(?P<given>[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]{1,20}) [\"“«] ?(?P<nick>[^\W\d_][\w'’.-]{0,20}(?: [\w'’.-]{1,20}){0,2}) ?"
    r"[\"”»] (?P<particle>(?:[a-z]{1,3} ){0,2})(?P<surname>[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’-]{1,30})(?![\w'’-])"
)

# A capitalised word (apostrophes and hyphens inside: "O’Neill", "Kim-Ly"), and one to three of them with single spaces
# between: an item of a list of names (NameFinder._listed_people). Each word stops where the next non-letter is, so
# no two readings of a run compete: linear.
_LIST_WORD = r"[A-ZÀ-ÖØ-Þ][^\W\d_]*(?:['’-][^\W\d_]+)*"
_LIST_ITEM = re.compile(rf"(?<![\w.'’-]){_LIST_WORD}(?:[ \u00a0]{_LIST_WORD}){{0,2}}(?![\w'’-])")
# The most characters between two items of a list: a comma or "and", and a year in brackets after the item before
# ("Yuki Tanabe (2016), Mara Holm (2017) und …").
_LIST_GAP_MAX = 16
_LIST_YEAR = re.compile(r"[ \u00a0]\(\d{4}\)")

# A lower-case letter and its full stop right before a capital one ("z. B.", "u. U.", written without the space too:
# "z.B."): an abbreviation of two words, whose second letter is no initial of a name.
_LETTER_ABBREVIATION = re.compile(r"(?<![\w.])[a-zà-öø-ÿ]\.[ \u00a0]?$")

# A soft hyphen (U+00AD) marks where a word may break: a name before or after one inside a word is only a part of
# the word ("Gummi\u00adfische": no town Gummi).
_SOFT_HYPHEN = "\u00ad"
# The words of an English newspaper's name right after the place it is named for ("die New York Times", "la Washington
# Post": ``PLACE_MEDIA_AFTER``): the newspaper, an organisation, no place mentioned.
_MEDIA_AFTER = {code: frozenset(words.split()) for code, words in _language_table("PLACE_MEDIA_AFTER").items()}
# The most cities a chain of hyphens joins as a route or a line ("Köln-Frankfurt-München"): each city on its own.
_CITY_CHAIN_MAX = 5

# Words after a region's name that name a part of it (``PLACE_QUALIFIERS_AFTER``: "Rioja Alta", "Yobe North"), of
# every language: a region's part is named in the region's own language, whatever the article's.
_QUALIFIERS = frozenset(w for words in _language_table("PLACE_QUALIFIERS_AFTER").values() for w in words)
_QUALIFIED_PLACE = re.compile(
    r"(?<![\w'’.-])([^\W\d_][\w'’]{1,30}) ("
    + "|".join(sorted((re.escape(w.capitalize()) for w in _QUALIFIERS), key=len, reverse=True))
    + r")(?![\w'’-])"
)
_PLACES_FOUND = ("GPE", "LOC")


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether a span of ``spans`` (sorted by start) overlaps ``start``..``end``: only those starting before its end,
    from the last one starting before its start, are compared (names do not nest)."""
    k = max(0, bisect.bisect_right(spans, (start, start)) - 1)
    j = bisect.bisect_left(spans, (end, end))
    return any(a < end and start < b for a, b in spans[k:j])


def _in_a_word(text: str, start: int, end: int) -> bool:
    """Whether a span is only a part of a word a soft hyphen breaks ("Gummi\u00adfische", "Schoko\u00adlade")."""
    after = text[end : end + 2]
    before = text[max(0, start - 2) : start]
    return (after[:1] == _SOFT_HYPHEN and after[1:].isalpha()) or (before[1:] == _SOFT_HYPHEN and before[:1].isalpha())


_ARABIC_ARTICLES = frozenset({"al", "el"})

# Words of address before a name ("Pak", "Bu"), the quotes' lexicon's ``honorifics``.
_HONORIFICS: dict[str, frozenset[str]] = {
    code: frozenset(data.get("honorifics", ())) for code, data in _language_table("QUOTES").items()
}
# The languages whose speech verb closes the sentence (the quotes' lexicon's ``verb_final``: Turkish).
_VERB_FINAL = frozenset(code for code, data in _language_table("QUOTES").items() if data.get("verb_final"))
# The languages whose role governs the body named right after it (the quotes' ``title_governs_next``: "juru bicara
# Pentagon", the Pentagon's spokesman).
_TITLE_GOVERNS_NEXT = frozenset(
    code for code, data in _language_table("QUOTES").items() if data.get("title_governs_next")
)
# Family names' endings by language and gender (``SURNAME_ENDINGS``: "-ski", "-ська").
_SURNAME_ENDINGS: dict[str, dict[str, list[str]]] = _language_table("SURNAME_ENDINGS")
_QUOTE_LANGUAGE: list[Callable[[str], Any]] = []  # the quotes' ``language.load``, bound on its first use
# A ruler's or a saint's epithet after the given name (``NAME_EPITHETS``: "Peter der Große").
_EPITHETS: dict[str, tuple[str, ...]] = _language_table("NAME_EPITHETS")
# Kin a lone given name stands after (``NAME_KIN``: "ihr Bruder Michael"), folded.
_KIN: dict[str, frozenset[str]] = {code: frozenset(words) for code, words in _language_table("NAME_KIN").items()}

# A Chinese given name of two syllables written in pinyin as one word ("Fangming", "Xianying"): an initial, if any,
# and a final, twice.
_PINYIN_GIVEN = re.compile(
    r"(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ao|an|ei|en|ia|ie|in|iu|ou|ua|ui|un|uo|ue|a|e|i|o|u)){2}"
)


@functools.cache
def _chinese_surnames() -> frozenset[str]:
    """Chinese family names as Latin letters write them ("Meng", "Cheng", "Chan"), from Faker's zh_CN and zh_TW
    romanised person data, two letters at least."""
    names = person_names(("last_romanized_names",), ("zh_CN", "zh_TW"))
    return frozenset(n.title() for n in names if len(n) >= 2 and n.isalpha())


_CITATION_SPAN = 200  # how far a citation's segment reaches for its marker, at most


@functools.cache
def _citation(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """(``NAME_CITATIONS``) the authors opening a segment of a literature citation ("Dreier/Schulze", "Bullinger in
    Wandtke/Bullinger", "Härting aaO"), anchored where a segment starts, and the markers that make a segment one."""
    table = _language_table("NAME_CITATIONS").get(lang)
    if not table:
        return None
    name = rf"(?:{table['particles']})?[A-ZÄÖÜ][a-zäöüß]{{1,30}}(?:-[A-ZÄÖÜ][a-zäöüß]{{1,30}})?"
    names = rf"{name}(?:/{name}){{0,4}}"
    authors = re.compile(
        rf"(?:(?:{table['opening']})[ \u00a0]+)?(?P<part>{names})"
        rf"(?:[ \u00a0]{table['in']}[ \u00a0](?P<work>{names}))?"
        rf"(?=,[ \u00a0]|[ \u00a0](?:{table['again']}))"
    )
    return authors, re.compile(table["markers"])


_SEGMENT_START = re.compile(r"[(;][ \u00a0]*")
_PARTICLE_END = re.compile(r"^(?:v\.[ \u00a0]?|von[ \u00a0])")  # a particle written before a cited author's name


@functools.cache
def _dotted_short(lang: str) -> re.Pattern[str] | None:
    """The language's country initials written with full stops (``COUNTRY_SHORT``: "U.K."), the last stop optional
    before a comma, a bracket or a space, and no capitalised word right after them."""
    forms = [f for f in _language_table("COUNTRY_SHORT").get(lang, {}) if re.fullmatch(r"(?:[A-Z]\.){2,4}", f)]
    if not forms:
        return None
    heads = "|".join(re.escape(f[:-1]) for f in sorted(forms, key=len, reverse=True))
    # not a person's initials before the surname ("U.K. Lehmann")
    return re.compile(rf"(?<![\w.])(?:{heads})(?:\.(?!\w)|(?=[,;)\s]))(?![ \u00a0]+[A-ZÀ-ÖØ-Þ][a-zà-ÿ])")


@functools.cache
def _slashed_after_seat(lang: str) -> re.Pattern[str] | None:
    """A seat or direction noun of the language (``PLACE_SEAT_HEADS``, capitalised as nouns are where they are), a
    space, then two to nine capitalised names joined by slashes with no space ("Richtung Stanz/Grins/Pians")."""
    heads = SEAT_HEADS.get(lang)
    if not heads or lang not in NOUNS_CAPITALISED:
        return None
    alternatives = "|".join(re.escape(h.capitalize()) for h in sorted(heads, key=len, reverse=True))
    name = r"[A-ZÀ-ÖØ-Þ][^\W\d_]{1,30}"
    return re.compile(rf"(?<![\w-])(?:{alternatives}) ({name}(?:/{name}){{1,8}})(?![\w/-])")


_LETTER_RUN = re.compile(r"[^\W\d_]+")  # a word of letters only: the words of a list of names
_WORD_BEFORE = re.compile(r"(?<![\w'’.-])([A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]{1,30}) $")  # a capitalised word, a space, the end


@functools.cache
def _name_list(lang: str) -> re.Pattern[str] | None:
    """Two to eight one-word capitalised names, parted by commas, the last after the language's "and" (``NAME_AND``),
    where nouns are capitalised."""
    ands = AND.get(lang)
    if not ands or lang not in NOUNS_CAPITALISED:
        return None
    name = r"[A-ZÀ-ÖØ-Þ][^\W\d_]{1,30}"
    joined = "|".join(re.escape(a) for a in ands)
    return re.compile(rf"(?<![\w'’.-]){name}(?:, {name}){{0,6}} (?:{joined}) {name}(?![\w'’-])")


def _quote_language(lang: str) -> Any:
    """The quotes' reading of a language (their speech verbs). The quotes package imports this module, so its
    loader is imported on the first call, not at import, and kept: not looked up again on every call."""
    if not _QUOTE_LANGUAGE:
        from wirestream.services.enrich.entities.quotes.language import load

        _QUOTE_LANGUAGE.append(load)
    return _QUOTE_LANGUAGE[0](lang)


# How many of the towns of the language's own countries a word opens for it to open a town's name there ("Bad" opens
# a hundred in GeoNames, "Sankt" seventeen): "die Gemeinde Bad Wiessee" is a place though "Bad" is a noun.
_TOWN_OPENER_TOWNS = 10


@functools.cache
def _town_openers(gazetteer: Gazetteer, lang: str) -> frozenset[str]:
    """The words that open the names of :data:`_TOWN_OPENER_TOWNS` or more towns of the language's own countries
    (``PLACE_HOME_COUNTRIES``), as GeoNames writes the towns' own names."""
    home = HOME_COUNTRIES.get(lang, frozenset())
    if not home:
        return frozenset()
    towns = {
        (p.name, p.country_code)
        for table in (gazetteer.small, gazetteer.trusted)
        for form, p in table.items()
        if p.kind == "city" and p.country_code in home and form == p.name.casefold() and " " in form
    }
    counts = Counter(name.split()[0] for name, _ in towns)
    return frozenset(word for word, n in counts.items() if n >= _TOWN_OPENER_TOWNS)


@functools.cache
def _country_names(lang: str) -> frozenset[str]:
    """CLDR's names of the countries in ``lang`` ("Malta" in German; "Malte" only in French)."""
    return frozenset(cldr.territories(lang).values())


@functools.lru_cache(maxsize=4)
def _after_articles(text: str, lang: str) -> frozenset[str]:
    """The capitalised words ``text`` writes right after one of ``lang``'s articles ("die Bundesliga"), read once
    per text."""
    articles = ARTICLES.get(lang, frozenset())
    words = _WORD_AFTER.findall(text)
    return frozenset(w for a, w in words if a.casefold() in articles)


def _surname_shaped(word: str, lang: str) -> bool:
    """Whether a word is a family name Faker knows ("Nowak", "Коваленко") or ends as the language's family names do
    (``SURNAME_ENDINGS``: "Wróblewski", "Ковальська")."""
    endings = _SURNAME_ENDINGS.get(lang, {})
    low = word.casefold()
    return family_name(word) or any(low.endswith(e) and len(low) > len(e) + 2 for f in endings.values() for e in f)


def _particle_then_name(particle: _Token, word: _Token, particles: frozenset[str]) -> bool:
    """A name particle and a capitalised word after it, each with one space before ("van Aken")."""
    return particle.glued and word.glued and particle.text in particles and _capitalised(word.text)


def _lower_lemma(word: str, lang: str) -> bool:
    """Whether a capitalised word is, in lower case, a lemma of the language's dictionary ("Pro"; not "Sieg", which
    it has only as a form of "siegen")."""
    from wirestream.services.enrich.entities.quotes.language import common_word, lemma

    low = word.casefold()
    return common_word(low, lang) and lemma(low, lang) == low


def _platform_word(word: str) -> bool:
    """Whether a word is a social platform's name (``lexicon.PLATFORM_NAMES``), a case suffix after an apostrophe
    allowed ("Telegram'da")."""
    return _APOSTROPHE_SUFFIX.sub("", word).casefold() in PLATFORM_NAMES


def _named_middle(tokens: list[_Token], k: int, text: str) -> bool:
    """Whether the word at ``k`` stands inside a run of name words, a capitalised word after it and no figure on
    either side ("Ahmet Kasım Han", not "3 Kasım Çarşamba")."""
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    if nxt is None or not nxt.glued or not _capitalised(nxt.text):
        return False
    return not re.search(r"\d", text[max(0, tokens[k - 1].start - 4) : nxt.end + 4])


def _unsuffixed(word: _Token, label: str) -> Found:
    """A one-word name without the case suffix written after its apostrophe ("Hramçihin'e": Hramçihin)."""
    bare = _APOSTROPHE_SUFFIX.sub("", word.text)
    return Found(bare, label, word.start, word.start + len(bare))


def _own_country_name(word: str, lang: str) -> bool:
    """Whether a word is a country's name in ``lang`` or in English (CLDR), not only in some other language."""
    return word in _country_names(lang) or word in _country_names("en")


@functools.cache
def _epithet(lang: str) -> re.Pattern[str] | None:
    """A capitalised word, then one of the language's epithets (``NAME_EPITHETS``) with no capitalised word after
    it ("Peter der Große reiste"; not "Olaf die Große Koalition"); bounded words: linear."""
    epithets = _EPITHETS.get(lang)
    if not epithets:
        return None
    alternatives = "|".join(re.escape(e) for e in sorted(epithets, key=len, reverse=True))
    return re.compile(
        rf"(?<![\w'’.-])([A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]{{1,20}}) (?:{alternatives})(?![\w'’-])(?![ \u00a0]*[A-ZÀ-ÖØ-Þ])"
    )


def _list_gap(gap: str, ands: tuple[str, ...]) -> bool:
    """Whether the characters between two items of a list part them as a list does: a comma and a space, the
    language's "and" between spaces, or both, after a year in brackets or not ("(2016), ", " und ", ", and ")."""
    year = _LIST_YEAR.match(gap)
    gap = (gap[year.end() :] if year is not None else gap).replace("\u00a0", " ")
    comma = gap.startswith(",")
    gap = gap[1:] if comma else gap
    if gap == " ":
        return comma
    word = gap[1:-1]
    return gap[:1] == " " and gap[-1:] == " " and word in ands


class NameFinder(PlaceNameReader):
    """The recogniser for languages without a model: one per process, stateless per call."""

    def __call__(self, text: str, language: str | None) -> list[Found]:
        lang = (language or "en").split("-")[0].lower()
        self.gazetteer.new_text()
        if lang in uncased.LANGUAGES:
            return uncased.find(text, lang, self.gazetteer, self.known)
        if lang in CJK_LANGUAGES:
            byline = BYLINES.get(lang)
            reporters = [
                Found(m.group("name"), "PERSON", m.start("name"), m.end("name"))
                for m in (byline.finditer(text) if byline else ())
            ]
            starts = [f.start for f in reporters]  # in order, not overlapping

            def free(f: Found) -> bool:
                k = bisect.bisect_left(starts, f.end) - 1  # the last reporter starting before the place ends
                return k < 0 or reporters[k].end <= f.start

            places = [f for f in self.cjk_places(text) if free(f)]
            named = self._cjk_people(text, lang, [*places, *reporters])
            held = bytearray(len(text))  # the characters a person holds: a place overlapping one goes
            for p in named:
                held[p.start : p.end] = b"\x01" * (p.end - p.start)
            places = [f for f in places if not any(held[f.start : f.end])]
            return sorted([*places, *reporters, *named], key=lambda f: f.start)
        tokens = _tokens(text)
        if not tokens:
            return []
        function_words = FUNCTION_WORDS.get(lang, frozenset())
        particles = PARTICLES.get(lang, frozenset()) if lang not in NOUNS_CAPITALISED else frozenset()
        articles = ARTICLES.get(lang, frozenset())
        nouns = {
            t.text
            for k, t in enumerate(tokens)
            if k
            and t.glued
            and _after_article(
                tokens[k - 1].text,
                articles,
                function_words,
                tokens[k - 2].text if k > 1 else "",
                t.text,
                tokens[k + 1].text if k + 1 < len(tokens) and tokens[k + 1].glued else "",
            )
        }
        nouns -= _particle_surnames(tokens, articles, PARTICLES.get(lang, frozenset()))
        if articles:
            nouns -= _given_and_surnames(tokens, lang)
        nouns -= self._places_after_adjectives(tokens, articles, lang)
        nouns -= self._places_opening_names(tokens, articles, lang)
        self._nouns = nouns
        lower_words = {t.text.casefold() for t in tokens if not _capitalised(t.text) and not _in_address(text, t)}
        self._lower = lower_words
        self._plain = None  # the lower-case words, elided articles cut ("l'aula": "aula"), when asked
        self._located_words: set[str] | None = None  # the words after a place's preposition, when asked
        self._after_given: set[str] | None = None  # the words written right after a given name, when asked
        found: list[Found] = []
        people = _People(PERSON_ENDINGS.get(lang, ()))

        given = _first_names()
        name_particles = PARTICLES.get(lang, frozenset())

        def dated(k: int) -> bool:
            """A month or weekday, not a given name that shares its spelling ("Jan Korte", not "Jan 5")."""
            t = tokens[k]
            if t.text.casefold() not in self.calendar:
                return False
            named = k >= 2 and tokens[k - 1].glued and t.glued and _capitalised(tokens[k - 2].text)
            if named and self.gazetteer.place_form(text[tokens[k - 2].start : t.end], lang) is not None:
                return False  # "Rio de Janeiro": a month in a place's name
            if _surname_after_given(tokens, k, text, self.calendar):
                return False  # "Theresa May", "Karl May", "Thomas Freitag": a family name, no date
            if k and tokens[k - 1].glued and t.glued and tokens[k - 1].text in given and _named_middle(tokens, k, text):
                return False  # "Ahmet Kasım Han": a month's name between a given name and a surname, no date
            if t.text not in given or k + 1 >= len(tokens):
                return True
            if k + 2 < len(tokens) and _particle_then_name(tokens[k + 1], tokens[k + 2], name_particles):
                return False  # "Jan van Aken", "Jan de Vries": a given name before a particle and a surname
            if re.search(r"\d", text[tokens[k - 1].end if k else 0 : t.start]):
                return True  # "am 5. Jan"
            nxt = tokens[k + 1]
            return not (nxt.glued and _capitalised(nxt.text) and nxt.text.casefold() not in self.calendar)

        def skip(k: int) -> bool:
            """A capitalised word that is only capitalised because it starts a sentence (not the article of a place's
            name: ``_article_place``)."""
            t = tokens[k]
            folded = t.text.casefold()
            if t.initial and folded in function_words and self._article_place(tokens, k, text, lang):
                return False
            if t.initial and self._country_and_place(tokens, k, text, lang):
                return False  # "Usa e Cina": the country, though "usa" is a verb too
            return (t.initial and (folded in function_words or folded in lower_words)) or dated(k)

        def middle_initial(run: list[_Token], j: int) -> bool:
            """A given name's middle initial and its full stop ("Juliet B. Schor"): the name goes on."""
            last = run[-1]
            return (
                len(run) >= 2
                and run[-2].text in given
                and len(last.text) == 1
                and last.text.isupper()
                and text[last.end : tokens[j].start] == ". "
                and _capitalised(tokens[j].text)
                and tokens[j].text.casefold() not in function_words  # "Anna K. Dann ging sie": a new sentence
            )

        def leading_initials(run: list[_Token], j: int) -> bool:
            """Initials before a surname ("J. R. Thompson", "J. Thompson"): the name goes on after each initial's
            full stop while every word so far is one capital letter (a given name's middle initial is above)."""
            last = run[-1]
            return (
                all(len(t.text) == 1 and t.text.isupper() for t in run)
                and text[last.end : tokens[j].start] == ". "
                and _capitalised(tokens[j].text)
                and tokens[j].text.casefold() not in function_words
            )

        abbreviations = ABBREVIATIONS.get(lang, {})

        def abbreviated(run: list[_Token], j: int) -> bool:
            """A place's name opening with an abbreviation and its full stop ("St. Gallen", PLACE_ABBREVIATIONS):
            the name goes on."""
            return (
                run[-1].text + "." in abbreviations
                and text[run[-1].end : tokens[j].start] == ". "
                and _capitalised(tokens[j].text)
                and tokens[j].text.casefold() not in function_words
            )

        def over_line(run: list[_Token], j: int) -> bool:
            """Where nouns are capitalised, a given name a single line break parts from the capitalised word after it
            in running text (the quotes' ``text._inside_name``: "sagte der Minister Boris⏎Pistorius."): the page
            wrapped its line inside the name, which goes on."""
            if lang not in NOUNS_CAPITALISED or not _given_form(run[-1].text) or not _capitalised(tokens[j].text):
                return False
            from wirestream.services.enrich.entities.quotes.text import _inside_name

            return _inside_name(text, run[-1].end, tokens[j].start, _quote_language(lang).common)

        # Runs of capitalised words (particles allowed inside).
        runs: list[list[_Token]] = []
        i = 0
        while i < len(tokens):
            t = tokens[i]
            titled_article = arabic_family_name(t.text) and self._role_before_at(tokens, i, lang)
            if (not _capitalised(t.text) and not titled_article) or skip(i):
                i += 1  # (a family name with its article after a role opens a name: "il presidente al-Sisi")
                continue
            run = [t]
            j = i + 1
            while (
                j < len(tokens)
                and (
                    tokens[j].glued
                    or middle_initial(run, j)
                    or leading_initials(run, j)
                    or abbreviated(run, j)
                    or over_line(run, j)
                )
                and len(run) < 8
            ):
                nxt = tokens[j]
                if _platform_word(nxt.text) and not _platform_word(run[0].text):
                    break  # "diye yazdı Gladkov Telegram kanalında": the platform after a name is no part of it
                if lang in _SUFFIX_APOSTROPHE and _APOSTROPHE_SUFFIX.search(run[-1].text):
                    break  # "Zelenskiy'ye Medvedev'in tehditleri": a case suffix ends its name, the next is another
                if _capitalised(nxt.text) and not dated(j):
                    run.append(nxt)
                    j += 1
                    continue
                if arabic_family_name(nxt.text):
                    run.append(nxt)  # "Ahmed al-Hassan", "Abdel Fattah el-Sisi": the article written onto the name
                    j += 1
                    continue
                # Up to two particles before the next capitalised word ("von der Leyen", "Día de la Victoria").
                # Where nouns are capitalised, only after a given name ("Alexander von Preen", not "Tag der Arbeit").
                # Not after a town a preposition places ("aus Kiel zu Gast": Kiel is a given name too).
                placed = len(run) == 1 and self._placed_town(tokens, i, lang)
                allowed = particles or (
                    name_particles if _given_form(tokens[j - 1].text) and not placed else frozenset()
                )
                if any(t.text in _PATRONYMICS for t in run):
                    allowed = allowed | _ARABIC_ARTICLES  # "Mohamed bin Zayed al Nahyan": the family's article
                k = j
                while k < len(tokens) and k - j < 2 and tokens[k].glued and tokens[k].text in allowed:
                    k += 1
                if k > j and k < len(tokens) and self._common_plural(tokens[k].text, lang):
                    k = j  # "wegen Corona zu Verzögerungen": a noun's plural after the particle, no surname
                if k == j or k >= len(tokens) or not tokens[k].glued or not _capitalised(tokens[k].text):
                    k = self._place_particles(run, tokens, j, text, lang)
                    k = self._lower_case_country(run, tokens, j, text, lang) if k == j else k
                    if k == j:
                        break
                run.extend(tokens[j:k])
                j = k
            runs.append(run)
            i = j

        runs = [part for run in runs for part in self._genitive_place_before_role(run, lang)]
        # A word that stands alone as a name somewhere: a surname said again ("... Peskow sagte").
        standalone = {run[0].text for run in runs if len(run) == 1 and not run[0].initial}
        days = DAY_WORDS.get(lang, frozenset()) | DAY_WORDS["en"]
        runs = [run for run in runs if not any(t.text.casefold() in days for t in run)]
        index = {id(t): k for k, t in enumerate(tokens)}
        runs = [run for run in runs if not storm_name([t.text for t in run], _previous(run[0], tokens, index), lang)]
        self._index = index
        self._tokens = tokens
        self._text = text
        self._starts = [t.start for t in tokens]
        self._lang = lang
        located: list[list[Found]] = []
        run_starts = {index[id(run[0])] for run in runs}
        called: set[str] = set()  # (_called_company) the names the text went on to call a company
        self._placed = set()  # "Kiruna und Abisko": Abisko beside a name read as a place before
        list_end = -1  # the last word of a place in a list a locative preposition opened ("in Galles e Scozia")
        place_end = -1  # the last word of the last place read
        settled_list = False  # whether that list was opened by a settlement noun ("las comunidades de")
        for run in runs:
            first = index[id(run[0])]
            listed = self._listed(tokens, first, list_end, lang, text) and (
                first - list_end > 1 or self._list_goes_on(tokens, index[id(run[-1])], lang, text)
            )
            settled = self._settled(tokens, first, lang, text) or (
                listed and settled_list and not self._named_person(run, lang)
            )
            settled = settled or self._apposed(run, lang, text)
            read = self._settlement(run, lang, text) if settled else []
            if not read and self._outlet(run, lang):
                read = self._outlet_then_person(run, tokens, first, lang, standalone, people, text)
            elif not read and self._outlet_noun_opens(run, lang):
                read = [self._span(run[1:], "ORG", text)]  # "der Telegram-Kanal Baza": the outlet, no town
            elif not read and self._outlet_then_surname(run, lang):
                # "zitierte die Agentur Tass Kirijenko": the outlet, then the one it cites
                read = [self._span(run[1:-1], "ORG", text), self._span(run[-1:], "PERSON", text)]
            if not read and self._company(run, lang):
                read = [self._span(run[-1:], "ORG", text)]  # "das Unternehmen Brandolf": the company, no person
            read = read or self._located_name(run, tokens, first, lang)
            read = read or self._listed_town(run, tokens, first, place_end, lang, text)
            read = read or self._read_run(run, tokens, first, lang, standalone, people, text)
            read = read or self._located(run, tokens, first, lang, text, listed)
            if not read and self._called_company(run, tokens, first, run_starts, lang):
                read = [self._span(run, "ORG", text)]  # "von Brandolf … Täglich prüft das Unternehmen …"
                called.add(run[0].text)
            elif not read and run[0].text in called and all(_noun(t.text, lang) for t in run[1:]):
                read = [self._span(run[:1], "ORG", text)]  # that company again ("kauft Brandolf Masken")
            if run[0].text + "." in abbreviations:  # "St. Severin": a place's or a church's name, no person
                read = [f for f in read if f.label != "PERSON"]
                saint = len(run) == 2 and _given_form(run[1].text)
                if saint and not (
                    self._after_locative(tokens, first, lang) or self._after_direction(tokens, first, lang)
                ):
                    read = []  # "an St. Martin": the saint's day; "in St. Martin" is the place
            if (
                read
                and all(f.label in ("GPE", "LOC") for f in read)
                and (listed or settled or self._after_locative(tokens, first, lang))
            ):
                settled_list = settled or (listed and settled_list)
                list_end = first + len(run) - 1
            located.append(read)
            if read and all(f.label in ("GPE", "LOC") for f in read):
                place_end = first + len(run) - 1
            self._placed.update(f.text for f in read if f.label in ("GPE", "LOC"))
        if lang in LOCATIVE_SUFFIXES:
            # The case ending goes on the last name of a list only ("Bornova ve Bayraklı'da").
            for k in range(len(runs) - 2, -1, -1):
                after = located[k + 1]
                ending = len(after) == 1 and after[0].name is not None and after[0].text != after[0].name
                last, first = index[id(runs[k][-1])], index[id(runs[k + 1][0])]
                if not located[k] and ending and self._listed(tokens, first, last, lang, text):
                    located[k] = self._located(runs[k], tokens, index[id(runs[k][0])], lang, text, True)
        found.extend(f for read in located for f in read)

        found += self._coordinated(text, tokens, found, lang)
        found = self._surnames_not_towns(found, [list(p) for p in people.names], lang)
        found = [f for f in found if not self._before_month(f, text, lang) and not self._noun_form_place(f, lang)]
        found = self._nicknamed(found, text, lang, people)
        found = self._listed_people(found, text, lang, people)
        found = self._epithets(found, text, lang, people)
        found += surname_mentions(tokens, [" ".join(p) for p in people.names], [(f.start, f.end) for f in found], lang)
        found = self._dateline_places(found, tokens, text, lang)
        found = self._qualified_towns(found, text, lang)
        found = self._parties(text, found, lang)  # after the surnames said again too: "sagte Wegner (CDU)"
        found = _set_bodies(found, text, lang)
        # a word with a digit is a channel's, a model's or a code's ("Sky Tg24"), never a person's, whatever read it
        # ... and a word right after a place's abbreviation ("von St. Severin") is a place's or a church's name
        found = [f for f in found if f.label != "PERSON" or not self._after_abbreviation(f, text, abbreviations)]
        found = [f for f in found if f.label not in _PLACES_FOUND or not _in_a_word(text, f.start, f.end)]
        found = self._qualified_places(found, text, lang)
        found = self._slashed_seats(found, text, lang)
        found = self._listed_features(found, text, lang)
        found = self._english_named(found, text, lang)
        found = self._dotted_countries(found, text, lang)
        found = self._cited_authors(found, text, lang)
        return [f for f in found if f.label != "PERSON" or not _DIGIT.search(f.text)]

    def _listed_people(self, found: list[Found], text: str, lang: str, people: _People) -> list[Found]:
        """Where nouns are capitalised, a list of names parted by commas and the language's "and" (``NAME_AND``), a
        year in brackets allowed after each ("Yuki Tanabe (2016), Mara Holm (2017) und Olaf Brix (2018)"), in which
        two items or more are people found: each other item of two or three capitalised words is a person too (a
        given name no table holds, or words the gazetteer also knows, "Yuki" and "Tanabe"), when none of its words is
        a common noun, a function word, a role, an institution's word or an acronym, the whole is no place the
        gazetteer knows, and nothing but places found inside it overlaps it. Words opening an item that are the
        sentence's ("Auf dem Podium saßen Mara Holm") are no part of it."""
        if lang not in NOUNS_CAPITALISED or sum(f.label == "PERSON" for f in found) < 2:
            return found
        ands = AND.get(lang, ())
        function_words = FUNCTION_WORDS.get(lang, frozenset())
        chains: list[list[tuple[int, int]]] = []
        for m in _LIST_ITEM.finditer(text):
            item = (m.start(), m.end())
            if chains:
                gap = text[chains[-1][-1][1] : m.start()]
                if len(gap) <= _LIST_GAP_MAX and _list_gap(gap, ands):
                    chains[-1].append(item)
                    continue
            chains.append([item])
        persons = sorted((f.start, f.end) for f in found if f.label == "PERSON")
        spans = sorted((f.start, f.end, f.label) for f in found)
        added: list[Found] = []
        for chain in chains:
            if len(chain) < 3:
                continue
            named = [_overlaps(persons, a, b) for a, b in chain]
            if sum(named) < 2:
                continue
            for (a, b), person in zip(chain, named, strict=True):
                if person:
                    continue
                words = text[a:b].split()
                while words and (
                    words[0].casefold() in function_words
                    or _common_noun(words[0], lang)
                    or self.is_role(words[0], lang)
                ):
                    a = text.index(words[0], a) + len(words[0])
                    a += len(text[a:b]) - len(text[a:b].lstrip())
                    words = words[1:]
                if not 2 <= len(words) <= 3 or not self._listed_name(words, lang):
                    continue
                k = max(0, bisect.bisect_right(spans, (a, a, "")) - 1)
                inside = [s for s in spans[k : bisect.bisect_left(spans, (b, b, ""))] if s[0] < b and a < s[1]]
                if any(label not in _PLACES_FOUND or start < a or end > b for start, end, label in inside):
                    continue
                if self.gazetteer.place_form(text[a:b], lang) is not None:
                    continue
                added.append(Found(text[a:b], "PERSON", a, b))
        for f in added:
            people.append(tuple(f.text.split()))
        return _in_place_of(found, added) if added else found

    def _epithets(self, found: list[Found], text: str, lang: str, people: _People) -> list[Found]:
        """A given name (Faker's) and one of the language's epithets after it (``NAME_EPITHETS``), no capitalised word
        next ("Zar Peter der Große reiste", "Karl der Große wurde"): a ruler or a saint named with the epithet, in
        place of what was read inside ("Karl" no town)."""
        pattern = _epithet(lang)
        if pattern is None:
            return found
        added = [
            Found(m.group(), "PERSON", m.start(), m.end(), m.group())
            for m in pattern.finditer(text)
            if m.group(1) in _first_names()
        ]
        for f in added:
            people.append(tuple(f.text.split()))
        return _in_place_of(found, added) if added else found

    def _listed_name(self, words: list[str], lang: str) -> bool:
        """Whether the words of a list's item can be a person's name (:meth:`_listed_people`): two letters or more
        each, and none a common noun (but a family name spelt like one after the first word: "Rio Weber"), a
        function word, a role, an institution's word or an acronym."""
        function_words = FUNCTION_WORDS.get(lang, frozenset())
        return not any(
            len(w) < 2
            or w.casefold() in function_words
            or (_common_noun(w, lang) and not (k and w in _surnames()))
            or self.is_role(w, lang)
            or self.is_institution(w, lang)
            or _acronym(w)
            for k, w in enumerate(words)
        )

    def _nicknamed(self, found: list[Found], text: str, lang: str, people: _People) -> list[Found]:
        """Outside languages that capitalise nouns, a given name, a nickname in quotation marks and a family name
        ("Marcos \u201cel Flaco\u201d Ruiz", "Pablo "Pepe" de Souza"): one person, named without the nickname, in place
        of what was read in that span. (Not "Nadia «La Voz» Rossa" where the last word is a word of the language nor
        a given name no list holds.)"""
        if lang in NOUNS_CAPITALISED or lang in CJK_LANGUAGES:
            return found
        particles = PARTICLES.get(lang, frozenset())
        named: list[Found] = []
        for m in _NICKNAMED.finditer(text):
            given, nickname, particle, surname = m.group("given", "nick", "particle", "surname")
            if given not in _first_names() or not nickname.split()[-1][:1].isupper():
                continue
            if particle and particle.strip() not in particles:
                continue
            if surname.casefold() in FUNCTION_WORDS.get(lang, ()) or surname.casefold() in self._lower:
                continue  # "Marcos «El Flaco» Para": a word the text writes in lower case too
            if surname not in _surnames() and (
                _dictionary_word(surname, lang) or self.gazetteer.place_form(surname, lang) is not None
            ):
                continue
            person = (given, *(particle.split() if particle else ()), surname)
            people.append(person)
            named.append(Found(m.group(0), "PERSON", m.start(), m.end(), " ".join(person)))
        return _in_place_of(found, named) if named else found

    @staticmethod
    def _ends_in_marker(found: Found, text: str, markers: re.Pattern[str]) -> bool:
        """Whether a name's last word is a citation's abbreviation with its full stop ("Rdn.", "Rn.")."""
        last = found.start + found.text.rfind(" ") + 1
        m = markers.match(text, last, min(len(text), found.end + 2))
        return m is not None and m.end() > found.end

    def _cited_authors(self, found: list[Found], text: str, lang: str) -> list[Found]:
        """(``NAME_CITATIONS``) The authors of a literature citation, where legal writing cites commentaries and
        articles in brackets or between semicolons ("(vgl. Dreier/Schulze, UrhG, 3. Aufl., § 19a Rdn. 6; Bullinger
        in Wandtke/Bullinger, …)"): each name before a slash, "in", a comma or "aaO", in a segment that holds a
        marker of a citation (an edition, a margin number, a page), is a person; what else was read there goes. A
        name alone with no slash nor "in" must be no word of the language ("Senat, Urteil vom …": the court)."""
        pattern = _citation(lang)
        if pattern is None or (";" not in text and "(" not in text):
            return found
        authors, markers = pattern
        # a "person" ending in a marker's abbreviation ("UrhG Rdn." beside "Rdn." alone, read as a surname said again)
        found = [f for f in found if f.label != "PERSON" or not self._ends_in_marker(f, text, markers)]
        cited: list[Found] = []
        for start in _SEGMENT_START.finditer(text):
            m = authors.match(text, start.end())
            if m is None:
                continue
            stop = min(len(text), m.end() + _CITATION_SPAN)
            end = next((k for k in range(m.end(), stop) if text[k] in ";)\n"), stop)
            if markers.search(text, m.end(), end) is None:
                continue
            listed = m.group("work") is not None or "/" in m.group("part")
            for group in ("part", "work"):
                if m.group(group) is None:
                    continue
                at = m.start(group)
                for name in m.group(group).split("/"):
                    bare = _PARTICLE_END.sub("", name)
                    if listed or not (_dictionary_word(bare, lang) or self.gazetteer.place_form(bare, lang)):
                        cited.append(Found(name, "PERSON", at, at + len(name)))
                    at += len(name) + 1
        if not cited:
            return found
        spans = sorted((f.start, f.end) for f in cited)
        kept = [f for f in found if not _overlaps(spans, f.start, f.end)]
        return sorted([*kept, *cited], key=lambda f: f.start)

    def _qualified_places(self, found: list[Found], text: str, lang: str) -> list[Found]:
        """A place the text reads elsewhere and the gazetteer knows, and a capitalised word after it that names a
        part of it (``_QUALIFIERS``: "Rioja Alta", "Rioja Baja"): one place, in place of the places read in it
        ("Alta" is no Norwegian town there); not where a name that is no place holds a word of it. One pass over
        the text: linear on any text."""
        if not _QUALIFIERS or lang in CJK_LANGUAGES:
            return found
        placed = {f.text for f in found if f.label in _PLACES_FOUND}
        merged: list[Found] = []
        for m in _QUALIFIED_PLACE.finditer(text):
            if m.group(1) not in placed:
                continue  # "la Cámara Alta": a head the text reads as a place nowhere is no region
            head = self.gazetteer.place_form(m.group(1), lang)
            if head is not None and head[0] == m.group(1):
                merged.append(Found(m.group(0), "GPE", m.start(), m.end()))
        if not merged:
            return found
        names = sorted((f.start, f.end) for f in found if f.label not in _PLACES_FOUND)
        merged = [q for q in merged if not _overlaps(names, q.start, q.end)]
        starts = [q.start for q in merged]

        def inside(f: Found) -> bool:
            k = bisect.bisect_right(starts, f.start) - 1
            return k >= 0 and merged[k].end >= f.end

        kept = [f for f in found if f.label not in _PLACES_FOUND or not inside(f)]
        return sorted([*kept, *merged], key=lambda f: f.start) if merged else found

    def _slashed_seats(self, found: list[Found], text: str, lang: str) -> list[Found]:
        """Names joined by slashes after a seat or direction noun (``PLACE_SEAT_HEADS``: "Richtung
        Stanz/Grins/Pians", as road signs list the villages ahead): each a place, where every one can name a place
        (:meth:`_placeable`: no word the text writes in lower case, no noun after an article, no acronym) and one at
        least is a place by itself, no word of the language nor a person's name, or a town the gazetteer knows; a
        name that is a dictionary's word ("Stanz") is a place in such a list only. One pass over the text."""
        pattern = _slashed_after_seat(lang)
        if pattern is None:
            return found
        others = sorted((f.start, f.end) for f in found if f.label not in _PLACES_FOUND)
        lists: list[tuple[int, int]] = []
        added: list[Found] = []
        for m in pattern.finditer(text):
            names = m.group(1).split("/")
            if not all(self._placeable(w, lang) and not _noun(w, lang) for w in names):
                continue
            if not any(self._strange_word(w, lang) or self.gazetteer.small_town(w, lang) for w in names):
                continue
            start, end = m.start(1), m.end(1)
            if _overlaps(others, start, end):
                continue  # a person or a body holds a word of it
            lists.append((start, end))
            at = start
            for w in names:
                town = self.gazetteer.small_town(w, lang)
                added.append(Found(w, "GPE", at, at + len(w), town[1].name if town else None))
                at += len(w) + 1
        if not added:
            return found
        kept = [f for f in found if not _overlaps(lists, f.start, f.end)]
        return sorted([*kept, *added], key=lambda f: f.start)

    def _listed_features(self, found: list[Found], text: str, lang: str) -> list[Found]:
        """One-word names in a list with a feature read as one (a river, a range: "über Murg, Enns und Neckar"),
        where nouns are capitalised: each a feature too where it can name a place (:meth:`_placeable`, no noun) and
        is a town the gazetteer knows (the towns on a river are named by it: Enns, Murg) or no word of the language
        nor a person's name. A list holding a person or a body is none of places. One pass over the text."""
        pattern = _name_list(lang)
        features = {f.start: f for f in found if f.label == "LOC" and " " not in f.text}
        if pattern is None or not features:
            return found
        others = sorted((f.start, f.end) for f in found if f.label not in _PLACES_FOUND)
        taken = {f.start for f in found}
        added: list[Found] = []
        for m in pattern.finditer(text):
            words = [(w.start(), w.end()) for w in _LETTER_RUN.finditer(m.group(0))]
            words = [(m.start() + a, m.start() + b) for a, b in words if m.group(0)[a:b] not in AND.get(lang, ())]
            if not any(a in features and features[a].end == b for a, b in words):
                continue
            if _overlaps(others, m.start(), m.end()):
                continue  # a person or a body in the list: no list of places
            for a, b in words:
                w = text[a:b]
                if a in taken or not self._placeable(w, lang) or _noun(w, lang):
                    continue
                town = self.gazetteer.small_town(w, lang) or self.gazetteer.place_form(w, lang)
                if town is None and not self._strange_word(w, lang):
                    continue
                added.append(Found(w, "LOC", a, b))
        return sorted([*found, *added], key=lambda f: f.start) if added else found

    def _english_named(self, found: list[Found], text: str, lang: str) -> list[Found]:
        """A country whose name in the language is an English feature's head word (``PLACE_HEADS`` of English:
        "Island", Iceland in German) right after a capitalised word, one space between, that is no word of the
        language, no given name and no place the gazetteer knows ("Shelter Island", "Fire Island"): the two words
        are an English feature's name, one place, not the country. Not in English."""
        heads = PLACE_HEADS.get("en", frozenset())
        if lang == "en" or lang in CJK_LANGUAGES or not heads:
            return found
        out: list[Found] = []
        for f in found:
            if f.label != "GPE" or " " in f.text or f.start < 2 or text[f.start - 1] != " ":
                out.append(f)
                continue
            place = self.gazetteer.place_form(f.text, lang)
            before = _WORD_BEFORE.search(text, max(0, f.start - 32), f.start)
            if (
                place is None
                or place[1].kind != "country"
                or before is None
                or f.text.casefold() not in heads
                or _dictionary_word(before.group(1), lang)
                or _given_form(before.group(1))
                or self.gazetteer.place_form(before.group(1), lang) is not None
            ):
                out.append(f)
                continue
            out.append(Found(text[before.start(1) : f.end], "GPE", before.start(1), f.end))
        return out

    def _dotted_countries(self, found: list[Found], text: str, lang: str) -> list[Found]:
        """A country's initials with full stops the language writes (``COUNTRY_SHORT``: "U.K." in a German text,
        the last stop dropped before a comma: "(U.K, 2018)"), which no word of the text holds: a place."""
        pattern = _dotted_short(lang)
        if pattern is None:
            return found
        taken = sorted((f.start, f.end) for f in found)
        out = list(found)
        for m in pattern.finditer(text):
            if _overlaps(taken, m.start(), m.end()):
                continue
            form = m.group(0) if m.group(0).endswith(".") else m.group(0) + "."
            place = self.gazetteer.place_form(form, lang)
            if place is not None and place[1].kind == "country":
                out.append(Found(m.group(0), "GPE", m.start(), m.end(), form))
        return sorted(out, key=lambda f: f.start) if len(out) > len(found) else found

    def _club(self, words: list[_Token], lang: str) -> bool:
        """Whether a run is a club's word (``NAME_CLUB_BEFORE``) and then a town the gazetteer knows, the whole run."""
        if len(words) < 2 or len(words) > 4 or words[0].text.casefold() not in CLUB_BEFORE.get(lang, ()):
            return False
        rest = self._text[words[1].start : words[-1].end]
        return self.gazetteer.place_form(rest, lang) is not None

    def _article_place(self, tokens: list[_Token], k: int, text: str, lang: str) -> bool:
        """Whether the article first in a sentence at ``k`` and the one capitalised word after it (no name runs on)
        are a place's whole name ("La Rioja aprobó", "La Haya acoge", "A Haia"): a country, a region or a city of
        100,000 people."""
        j = k + 1
        if j >= len(tokens) or not tokens[j].glued or not _capitalised(tokens[j].text) or _acronym(tokens[j].text):
            return False
        if j + 1 < len(tokens) and tokens[j + 1].glued and _capitalised(tokens[j + 1].text):
            return False  # "La Unión Europea": a longer name
        place = self.gazetteer.place_form(text[tokens[k].start : tokens[j].end], lang)
        return place is not None and (place[1].kind != "city" or place[1].population >= _WORD_CITY_POPULATION)

    @staticmethod
    def _after_abbreviation(found: Found, text: str, abbreviations: dict[str, str]) -> bool:
        """Whether a name comes right after an abbreviation that opens places' names and a space ("St. Severin")."""
        before = text[max(0, found.start - 8) : found.start]
        return before.endswith(" ") and before[:-1].rsplit(" ", 1)[-1] in abbreviations

    def _surnames_not_towns(self, found: list[Found], people: list[list[str]], lang: str) -> list[Found]:
        """A one-word town that is the surname of a person the article names ("Juan Luis Pérez" ... "Pérez",
        Pérez a town of 24,000) is that person met again, unless a locative preposition places it ("en Pérez"):
        a city under a million people only (a surname alone rarely means "Santiago")."""
        surnames = {p[-1].casefold(): " ".join(p) for p in people if len(p) > 1}
        # the surname with its particle, said again at a sentence's start or capitalised ("Pilar del Río" ... "Del Río")
        surnames |= {
            " ".join(p[k:]).casefold(): " ".join(p)
            for p in people
            for k in range(1, len(p) - 1)
            if p[k].islower() and (k == 1 or not p[k - 1].islower())
        }
        if not surnames:
            return found
        at = {t.start: i for i, t in enumerate(self._tokens)}
        out = []
        for f in found:
            person = surnames.get(f.text.casefold()) if f.label == "GPE" and f.start in at else None
            place = self.gazetteer.place_form(f.text, lang) if person is not None else None
            if (
                place is not None
                and place[1].kind == "city"
                and place[1].population < ALIAS_CITY_POPULATION
                and not self._after_locative(self._tokens, at[f.start], lang)
            ):
                f = Found(f.text, "PERSON", f.start, f.end, person)
            out.append(f)
        return out

    @staticmethod
    def _before_month(found: Found, text: str, lang: str) -> bool:
        """A one-word place that is a word of the language right before a month ("Mitte September", "bis Ende
        Mai", "Anfang Juni"): a point in time, not the town or district the gazetteer has of that name."""
        if found.label not in ("GPE", "LOC") or " " in found.text:
            return False
        m = _NEXT_WORD.match(text, found.end, found.end + 16)
        if m is None or m.group(1).casefold() not in _months():
            return False
        named = _NEXT_WORD.match(text, m.end(), m.end() + 16)
        if m.group(1) in _first_names() and named is not None and named.group(1)[:1].isupper():
            return False  # "v Klatovech Jan Jirák": a given name and its surname, not January
        return _dictionary_word(found.text, lang)

    def _genitive_place_before_role(self, run: list[_Token], lang: str) -> list[list[_Token]]:
        """Where nouns are capitalised, a run opening with a place's genitive before a role and a name ("Russlands
        Präsident Wladimir Putin", "Moskaus Bürgermeister Sergej Sobjanin"): the place, and the role with its
        person, as two runs (the role read inside the run keeps only the name after it). A country, or a city of a
        million people, whose name in the language the word is with the genitive "-s"."""
        if lang not in NOUNS_CAPITALISED or len(run) < 2 or not self.is_role(run[1].text, lang):
            return [run]
        word = run[0].text
        place = self.gazetteer.place_form(word, lang) if word.endswith("s") else None
        # ... or a state or region ("Bayerns Ministerpräsident"), and the role alone ("Berlins Bürgermeisterin sagte")
        region = place is not None and place[0] == word[:-1] and place[1].kind == "region"
        return [run[:1], run[1:]] if _big_place_named(place, word[:-1]) or region else [run]

    def _noun_form_place(self, found: Found, lang: str) -> bool:
        """A one-word place spelt like an inflected common noun where nouns are capitalised ("zu Füßen" of Fuß, "einen
        fixen Namen" of Name, "den Schweizer Bergen"): the noun, unless a preposition of place or of going comes
        right before it ("in Weiden", "nach Löwen")."""
        if found.label != "GPE" or lang not in NOUNS_CAPITALISED or " " in found.text:
            return False
        people = self._people_plural(found.text, lang)
        if not _noun(found.text, lang) and not people:
            return False
        named = self.gazetteer.place_form(found.text, lang)
        if named is not None and named[1] in self.gazetteer.named_places:
            return False  # "die Alpen" (of Alp): a region the language names, not the noun
        if named is None and found.name is not None and found.name != found.text:
            declined = self.gazetteer.place_form(found.name, lang)
            if declined is not None and declined[1].kind == "country":
                return False  # "in den Niederlanden": a plural country's name declined after its article
        k = bisect.bisect_left(self._starts, found.start)
        at = k < len(self._tokens) and self._tokens[k].start == found.start
        if named is not None and named[1].kind == "country" and named[0] == found.text and at:
            # "wie Ungarn und Russland", "nach Polen": a country spelt like a plural ("die Ungarn", "den Polen") is
            # the country where no article nor declined adjective makes the word the people's plural
            if not k or not self._tokens[k].glued:
                return False
            articles, function_words = ARTICLES.get(lang, frozenset()), FUNCTION_WORDS.get(lang, frozenset())
            if people:  # "die Polen wählen", not "im heutigen Polen": the article itself, no adjective
                return self._tokens[k - 1].text.casefold() in articles
            before = self._tokens[k - 2].text if k > 1 else ""
            return _after_article(self._tokens[k - 1].text, articles, function_words, before, found.text)
        from wirestream.services.enrich.entities.quotes.language import lemma

        stem = lemma(found.text, lang).capitalize()
        base = self.gazetteer.place_form(stem, lang)
        if base is not None and (base[1].kind != "city" or base[1].name == stem or _big_place_named(base, stem)):
            # "Stockholms", "Moskaus", "Warschaus": the genitive of the place's own name (in the language: a city
            # of a million people), not of a noun ("Namen": Name, Namur)
            return False
        k = bisect.bisect_left(self._starts, found.start)
        if k >= len(self._tokens) or self._tokens[k].start != found.start or not k or not self._tokens[k].glued:
            return True
        before = self._tokens[k - 1].text.casefold()
        if self._located_name([self._tokens[k]], self._tokens, k, lang):
            return False  # "auf Rügen": the island its preposition places
        return before not in LOCATIVES.get(lang, frozenset()) and before not in DIRECTIONS.get(lang, frozenset())

    def _titled_surname(self, word: _Token, lang: str) -> bool:
        """A lone capitalised word right after a role word ("Kanzlerin Merkel", "Autokanzler Schröder") where
        nouns are capitalised: a person named by surname, when the word is no word of the language (no noun, no
        dictionary entry: "Ministerin Sorge" stays a noun), no role or body and no place. Elsewhere only after a word
        of address ("Pak Harto", "Bu Retno"), which no noun follows, or after a role word, with a people's adjective
        between or not ("il ministro Salvini", "el presidente ruso Putin"; :meth:`_role_before`), when the word is no
        common word of the language's dictionary (it may list the name with a capital) and no place. A firm's name
        right after a role is read as a person too."""
        if word.initial or len(word.text) < 3 or "-" in word.text:
            return False
        previous = _previous(word, self._tokens, self._index)
        if previous is None:
            return False
        if lang not in NOUNS_CAPITALISED:
            # where nouns are not capitalised, after a word of address of the quotes' lexicon ("Pak Harto", "Bu
            # Retno"), or a role of the language's own (English has its model)
            honorific = previous.casefold().rstrip(".") in _HONORIFICS.get(lang, ())
            if honorific:
                if _dictionary_word(word.text, lang):
                    return False
            elif lang == "en" or not self._role_before(word, lang) or _common_entry(word.text, lang):
                return False
        elif not _capitalised(previous) or not self.is_role(previous, lang):
            return False
        w = word.text
        if w in self._nouns or w.casefold() in self._lower or _noun(w, lang) or _common_spelling(w, lang):
            return False
        if self.is_role(w, lang) or self.is_institution(w, lang) or w.casefold() in self.calendar:
            return False
        return self.gazetteer.place_form(w, lang) is None

    def _country_and_place(self, tokens: list[_Token], k: int, text: str, lang: str) -> bool:
        """Whether the ``k``-th word is a country's name as written and the language's "and" or a comma joins it to
        a place right after ("Usa e Cina hanno firmato", "Usa, Cina e Russia": the country, not the verb "usa"
        opening the sentence)."""
        nxt = k + 1
        if (
            nxt + 1 < len(tokens)
            and tokens[nxt].text in AND.get(lang, ())
            and tokens[nxt].glued
            and tokens[nxt + 1].glued
        ):
            nxt += 1
        elif nxt >= len(tokens) or text[tokens[k].end : tokens[nxt].start] != ", ":
            return False
        if not _capitalised(tokens[nxt].text):
            return False
        place = self.gazetteer.place_form(tokens[k].text, lang)
        if place is None or place[1].kind != "country":
            return False
        return self.gazetteer.place_form(tokens[nxt].text, lang) is not None

    def _role_before(self, word: _Token, lang: str) -> bool:
        """Whether a role word stands right before ``word``, or before a people's adjective right before it ("il
        ministro Salvini", "el presidente ruso Putin"); only spaces between, and not a role opening the sentence.
        Not in a language that writes the body a role is of right after it, inflected without an article or not
        inflected ("rzecznik Kremla", "juru bicara Pentagon")."""
        return self._role_before_at(self._tokens, self._index.get(id(word), 0), lang)

    def _role_before_at(self, tokens: list[_Token], k: int, lang: str) -> bool:
        """:meth:`_role_before` of the ``k``-th of ``tokens``."""
        from wirestream.services.enrich.entities.quotes.language import nation_adjective

        if k == 0 or not tokens[k].glued or lang in _TITLE_GOVERNS_NEXT:
            return False  # "juru bicara Pentagon": the Pentagon's spokesman
        if lang in CASE_ENDINGS and lang not in NOUNS_CAPITALISED:
            return False  # a genitive without its article after a role: "rzecznik Kremla"
        previous = tokens[k - 1]
        if k >= 2 and previous.glued and nation_adjective(previous.text, lang):
            previous = tokens[k - 2]
        # a role opening its sentence is a headline's as often ("Capo Unrwa visita …": the agency's head)
        return self.is_role(previous.text, lang) and not previous.text.isupper() and not previous.initial

    def _outlet(self, run: list[_Token], lang: str) -> bool:
        """Whether a run names a news outlet (:func:`outlet_name`: "l'agenzia Ria Novosti"), unless it opens with a
        place the gazetteer knows and goes on ("kantor berita Rusia TASS": the country the outlet is of, then the
        outlet); a run of one word is the outlet even when a town is spelt so ("der Telegram-Kanal Baza")."""
        before = _previous(run[0], self._tokens, self._index) or self._before_quoted(run)
        return outlet_name(before, lang) and (len(run) == 1 or self.gazetteer.place_form(run[0].text, lang) is None)

    def _before_quoted(self, run: list[_Token]) -> str | None:
        """The word before a run that quotation marks enclose ("der Kanal „Baza“", "la chaîne « Baza »"): the word
        that says what the quoted name is. None otherwise."""
        words = quoted_words_before(self._text, run[0].start, run[-1].end, 1)
        return words[0] if words else None

    def _company(self, run: list[_Token], lang: str) -> bool:
        """Whether a run is one name right after a word for a company's kind (:func:`company_kind`: "das Unternehmen
        Brandolf", "der Autohersteller Seat"), or that word and the name as one run: the company's, an
        organisation. Not a given name ("die Firma Peter Müller" stays a person's), a place the gazetteer knows
        ("die Lieferkette China") nor a common word or noun."""
        if len(run) == 2 and company_kind(run[0].text, lang):
            name = run[1]
        elif len(run) == 1 and company_kind(_previous(run[0], self._tokens, self._index), lang):
            name = run[0]
        else:
            return False
        word = name.text
        if _given_form(word) or self.gazetteer.place_form(word, lang) is not None:
            return False
        # not a common noun ("teilte das Unternehmen Anfang März mit", "entließ das Start-up Mitarbeiter")
        return not (is_common_word(word, lang) or _common_noun(word, lang) or _noun(word, lang))

    def _called_company(self, run: list[_Token], tokens: list[_Token], first: int, starts: set[int], lang: str) -> bool:
        """Whether a lone name no rule read (no word the dictionary lists, given name, surname nor place) is the
        company the text goes on to call by its kind ("die Angestellten von Brandolf putzen Büros. Täglich prüft das
        Unternehmen …"): an article and a word of :func:`company_kind` as written (or in the genitive), with no name
        right after it, later in its sentence or in the next, and no other name between them."""
        from wirestream.services.enrich.entities.quotes.language import known_word

        if len(run) != 1 or lang not in _COMPANY_ANAPHORS:
            return False
        word = run[0].text
        if _given_form(word) or word in _surnames() or known_word(word, lang) or known_word(word.casefold(), lang):
            return False  # a person's name or a word the dictionary lists ("Kessler", "Sprecher"): no company
        if self.gazetteer.place_form(word, lang) is not None:
            return False

        def named(k: int) -> bool:  # a name starts at k: a run of no word the dictionary lists, or of a person's
            w = tokens[k].text
            return k in starts and (
                not (known_word(w, lang) or known_word(w.casefold(), lang))
                or _given_form(w)
                or w in _surnames()
                or self.gazetteer.place_form(w, lang) is not None
            )

        articles = _COMPANY_ANAPHORS[lang]
        sentences = 0
        for k in range(first + 1, min(len(tokens) - 1, first + 40)):
            if named(k):
                return False
            sentences += tokens[k].initial
            if sentences > 1:
                return False
            low = tokens[k + 1].text.casefold()
            kind = low if low in COMPANIES[lang] else low[:-1] if low.endswith("s") else ""
            if tokens[k].text.casefold() in articles and kind in COMPANIES[lang]:
                # not "das Unternehmen Kelton", "die Firma von Peter Kessler": another company, named there
                return not any(named(m) for m in range(k + 2, min(len(tokens), k + 5)))
        return False

    def _outlet_then_person(
        self,
        run: list[_Token],
        tokens: list[_Token],
        first: int,
        lang: str,
        standalone: set[str],
        people: _People,
        text: str,
    ) -> list[Found]:
        """A run an outlet's word opens: the outlet ("l'agenzia Ria Novosti": no person), and when a given name
        starts a later word, the person named after it ("a la agencia TASS Anatoli Volkov": the outlet, then who
        spoke to it), read as any run."""
        at = self._given_name_at(run, lang) if len(run) > 2 else None
        if at is None or at[0] == 0:
            return [self._span(run, "ORG", text)]
        given = at[0]
        return [
            self._span(run[:given], "ORG", text),
            *self._read_run(run[given:], tokens, first + given, lang, standalone, people, text),
        ]

    def _outlet_noun_opens(self, run: list[_Token], lang: str) -> bool:
        """Where nouns are capitalised, whether a run opens with a word for a news outlet and one name follows
        ("Telegram-Kanal Baza", "Nachrichtenagentur Interfax"): that name is the outlet's, even when a town is
        spelt so."""
        return lang in NOUNS_CAPITALISED and len(run) == 2 and outlet_name(run[0].text, lang)

    def _outlet_then_surname(self, run: list[_Token], lang: str) -> bool:
        """Where nouns are capitalised, whether a run is a word for a news outlet, the outlet's name of one or two
        words and a surname spelt as the language spells Russian and Ukrainian ones (the quotes'
        ``lone_surname_endings``, five letters or more, no common word nor a given name): "die Agentur Tass
        Kirijenko", "die Agentur Ria Nowosti Kirijenko" name the outlet, then the one it cites (as the quote reader's
        ``Cast._cited_after_outlets`` reads the speaker)."""
        if lang not in NOUNS_CAPITALISED or not 3 <= len(run) <= 4 or not outlet_name(run[0].text, lang):
            return False
        if not all(_capitalised(t.text) and t.text.isalpha() for t in run):
            return False
        last = run[-1].text
        if not _quote_language(lang).surname_spelt(last):
            return False
        return not is_common_word(last, lang) and not _given_form(last)

    def _titled_pair(self, words: list[_Token], lang: str) -> bool:
        """Whether the two words after a title are a person's even though the second names a town ("Trainerin Ryoyu
        Kobayashi", "der Sprecher Madelaine Caracas"): where nouns are capitalised, a first word that no dictionary
        and no gazetteer knows and that was never written in lower case, then a capitalised word that is no noun."""
        if lang not in NOUNS_CAPITALISED or len(words) != 2 or not all(_capitalised(t.text) for t in words):
            return False
        first, last = words
        if _acronym(first.text) or _acronym(last.text) or self.is_role(first.text, lang):
            return False
        if _dictionary_word(first.text, lang) or _dictionary_word(first.text, "en") or first.text in self._nouns:
            return False
        if first.text.casefold() in self._lower or self.gazetteer.place_form(first.text, lang) is not None:
            return False
        place = self.gazetteer.place_form(last.text, lang)
        return (place is None or place[1].kind != "country") and self._surname_like(last, lang)

    def _demonym_title(self, words: list[_Token], tokens: list[_Token], first: int, lang: str) -> bool:
        """Whether a run opens with a people's noun right after an article and goes on in a given name and a surname
        ("an den Japaner Ryoyu Kobayashi", "dem Slowenen Cene Prevc"): the noun titles the person as a role does."""
        if len(words) != 3 or first == 0 or words[0] is not tokens[first] or not tokens[first].glued:
            return False
        if tokens[first - 1].text not in ARTICLES.get(lang, ()):
            return False
        given, surname = words[1].text, words[2].text
        return (
            _demonym(words[0].text, lang)
            and (
                given_name(given, lang) or not (_dictionary_word(given, lang) or self.gazetteer.place_form(given, lang))
            )
            and (surname in _surnames() or not _dictionary_word(surname, lang))
        )

    def _after_indefinite(self, word: _Token) -> bool:
        """Whether the word comes right after an indefinite article ("una Ford Ranger"): what it opens is a
        thing, not a person."""
        return after_indefinite(_previous(word, self._tokens, self._index), self._lang)

    @staticmethod
    def _parties(text: str, found: list[Found], lang: str) -> list[Found]:
        """An acronym ("Kai Wegner (CDU)", "AfD") or a party word of the language ("(Grüne)") alone in
        parentheses right after a person: the person's party, a body, never a person or a place ("(PDF)"
        after a word that is no person is nothing)."""
        parties: list[Found] = []
        for f in found:
            if f.label != "PERSON":
                continue
            at = party_after(text, f.end, lang)
            if at is not None:
                parties.append(Found(text[at[0] : at[1]], "ORG", *at))
        taken = {(p.start, p.end) for p in parties}
        return sorted([*(f for f in found if (f.start, f.end) not in taken), *parties], key=lambda f: f.start)

    def _coordinated(self, text: str, tokens: list[_Token], found: list[Found], lang: str) -> list[Found]:
        """A given name alone before "and" and a person ("Judith y Natalie Ra’anan"), by :func:`coordinated`
        with the recogniser's given names; a name it found with the given name's span stands."""
        at = {t.start: t for t in tokens}

        def given(start: int, end: int) -> bool:
            t = at.get(start)
            return t is not None and t.end == end and self._given(t, lang)

        names = [(f.start, f.end, f.label, f.text, f.name or f.text) for f in found]
        return [
            Found(c.given, "PERSON", c.start, c.end, c.name)
            for c in coordinated(text, names, AND.get(lang, ()), given, runs_read=True)
            if c.own is None
        ]

    def _role_place(self, head: list[_Token], lang: str, text: str) -> Found | None:
        """The place a role word's office belongs to, when the one or two words before the role in a run are a place
        the gazetteer knows ("Belgorod Valisi", "İstanbul Valisi": Turkish names the place before the office)."""
        if not 1 <= len(head) <= 2 or not all(_capitalised(t.text) for t in head):
            return None
        phrase = text[head[0].start : head[-1].end]
        place = self.gazetteer.place_form(phrase, lang)
        return None if place is None else Found(phrase, "GPE", head[0].start, head[-1].end, place[0])

    def _office_place(self, head: list[_Token], lang: str, text: str) -> Found | None:
        """The place opening the words before a role when the rest are common words of the language or bodies
        ("Türkiye Dışişleri Bakanı", "Rusya Güvenlik Konseyi Sekreteri": the country, then the office's words):
        one or two words the gazetteer knows, then the office's own words, none of them a name."""
        for size in (2, 1):
            rest = head[size:]
            if not rest or not all(is_common_word(t.text, lang) or self.is_institution(t.text, lang) for t in rest):
                continue
            found = self._role_place(head[:size], lang, text)
            if found is not None:
                return found
        return None

    def _read_run(
        self,
        run: list[_Token],
        tokens: list[_Token],
        first: int,
        lang: str,
        standalone: set[str],
        people: _People,
        text: str,
    ) -> list[Found]:
        out: list[Found] = []
        # A role word before the run (a few words back, in the same sentence) or inside it.
        cued = False
        k = first - 1
        while k >= 0 and first - k <= 4:
            t = tokens[k]
            if self.is_role(t.text, lang):
                # not the role's complement right after its "of" ("ex ministro della Sanità di Hamas": the office)
                cued = not (k == first - 2 and tokens[first - 1].text.casefold() in PARTICLES.get(lang, ()))
                # nor the words after the name the role titles and its comma ("Frater Anselm, Kloster Sankt Peter")
                other = (
                    k + 1 < first and _capitalised(tokens[k + 1].text) and not self.is_role(tokens[k + 1].text, lang)
                )
                cued = cued and not (other and "," in text[tokens[k + 1].end : tokens[first].start])
                break
            if tokens[k + 1].initial:
                break
            k -= 1
        # Or a role in an apposition after it: "Dmitri Medwedew, der Vize-Chef des Sicherheitsrats".
        last = first + len(run) - 1
        introduced = False
        if last + 1 < len(tokens) and "," in text[tokens[last].end : tokens[last + 1].start]:
            for n, t in enumerate(tokens[last + 1 : last + 5], last + 1):
                if t.initial and t is not tokens[last + 1]:
                    break
                if re.search(r"\d", text[tokens[last].end : t.start]):
                    break  # "Ruta Nacional Nº 188, a 10 kilómetros de ...": a figure, no apposition
                if self.is_role(t.text, lang):
                    nxt = tokens[n + 1] if n + 1 < len(tokens) else None
                    # the title of the name after it ("de General Villegas"), not of this one
                    titles_next = nxt is not None and nxt.glued and _capitalised(nxt.text) and not _acronym(nxt.text)
                    introduced = not titles_next
                    break
        words = list(run)
        if self._kin_given(words, lang):
            # "ihr Bruder Michael", "Gerhards Mechaniker Frank": the relative named by a given name alone
            head = words[:-2]
            ahead = self._read_run(head, tokens, first, lang, standalone, people, text) if head else []
            return [*ahead, self._person(words[-1:], lang, people, text)]
        if self._club(words, lang):
            return [self._span(words, "ORG", text)]  # "Borussia Dortmund", "Legia Warszawa": the club, not the town
        if len(words) >= 2 and self._compound_noun(words[-1].text, lang):
            return []  # "das Davis Cup-Finale": the words before a compound noun are its first part, no name
        if self._asked_name(words, text, lang):
            return [self._span(words, "PERSON", text)]  # "Lindner? Der hat ja alle verärgert."
        if self._speaking_surname(words, text, lang):
            return [self._span(words, "PERSON", text)]  # "Gladkow schrieb bei Telegram, …"
        if self._said_surname(words, text, lang):
            return [self._span(words, "PERSON", text)]  # "Ortiz sagt, man müsse …": the speaker named by surname
        if self._speaking_given(words, lang):
            return [self._person(words, lang, people, text)]  # "„…“, sagt Frank.": a person named by a given name
        if self._aged_surname(words, text, lang):
            return [self._span(words, "PERSON", text)]  # "Domröse (68) sagt: …"
        if len(words) == 1 and self._apposed_surname(words[0], tokens, first, lang, text, cued, introduced):
            return [self._span(words, "PERSON", text)]  # "Der Chef des Geheimdienstes, Budanow, sagte: …"
        if self._subject_surname(words, text, lang):
            return [_unsuffixed(words[0], "PERSON")]  # "Medvedev, Telegram hesabından …", "Hramçihin'e göre"
        if self._initials_surname(words, text, lang):
            return [self._span(words, "PERSON", text)]  # "declaró J. R. Thompson": initials, then the surname
        if 2 <= len(words) <= 5:
            # "General Villegas", "San Sebastián de los Reyes": a town whose whole name is the run, before a role or
            # a given name in it is read; so a land of the language's own table before an institution's word in it
            # ("Unión Soviética", "Unione Sovietica")
            phrase = text[words[0].start : words[-1].end]
            place = self.gazetteer.place_form(phrase, lang)
            if place is not None and place[1].kind == "city":
                return [Found(phrase, "GPE", words[0].start, words[-1].end, place[0])]
            if place is not None and place[1] in self.gazetteer.named_places:
                return [Found(phrase, "LOC", words[0].start, words[-1].end, place[0])]  # a land, no government
        country = self._run_country(words, tokens, lang, standalone, people, text)
        if country is not None:
            return country
        genitive = self._genitive_name(words, lang) or self._given_genitive(words, lang, people)
        if genitive is not None:  # "der Austritt Lafontaines", "Lindners Politik": the person, the noun no name
            k, stem = genitive
            return [Found(words[k].text, "PERSON", words[k].start, words[k].end, stem)]
        full = self._full_name_genitive(words, lang, text)
        if full is not None:  # "Lars Petersens Worte": the person in the genitive, then the noun they own
            return [full]
        # Roles inside the run: the person is what follows the last one (Kremlsprecher Dmitri Peskow).
        for n in range(len(words) - 1, -1, -1):
            if (self.is_role(words[n].text, lang) or (n == 0 and self._demonym_title(words, tokens, first, lang))) and (
                n < len(words) - 1
            ):
                office = self._role_place(words[:n], lang, text)
                if office is not None:  # "Belgorod Valisi Vyaçeslav Gladkov": the place whose office it is, then
                    titled = words[n:]  # the titled person
                    return [office, *self._read_run(titled, tokens, first + n, lang, standalone, people, text)]
                office = self._office_place(words[:n], lang, text)
                if office is not None:  # "Türkiye | Dışişleri Bakanı Mevlüt Çavuşoğlu": the place, then the person
                    titled = words[n:]
                    return [office, *self._read_run(titled, tokens, first + n, lang, standalone, people, text)]
                words = words[n + 1 :]
                cued = True
                break
        if cued and self._titled_pair(words, lang):
            return [self._person(words, lang, people, text)]  # "den Japaner Ryoyu Kobayashi": no town Kobayashi
        while words and words[0].text.islower():
            words = words[1:]  # "Jefe | de las Fuerzas de Defensa": no particle at either end
        while words and words[-1].text.islower():
            words = words[:-1]
        if not words:
            return []
        headed = self._headed(words, lang, text)
        if headed is not None:
            return [headed]
        seat = next((k for k, t in enumerate(words[1:-1], 1) if t.text.casefold() in SEAT_HEADS.get(lang, ())), None)
        headed = self._headed(words[seat:], lang, text) if seat is not None else None
        if seat is not None and headed is not None:
            # "Dort | Richtung Pians", "Stadt und | Polizei Bockenem": what comes before the head is read on its own
            head = words[:seat]
            ahead = self._read_run(head, tokens, self._index[id(head[0])], lang, standalone, people, text)
            return [*ahead, headed]
        feature = (
            self._feature(words, lang, text)
            or self._feature_before(words, tokens, lang, text)
            or self._compound_feature(words, lang, text)
            or self._compound_region(words, lang, text)
        )
        if feature is not None:
            # Words before the feature are read on their own ("Moskova'daki | Kızıl Meydan").
            head = [t for t in words if t.end <= feature.start]
            ahead = (
                self._read_run(head, tokens, self._index[id(head[0])], lang, standalone, people, text) if head else []
            )
            return [*ahead, feature]
        if (
            len(words) > 1
            and words[-1].text in _MEDIA_AFTER.get(lang, ())
            and self.gazetteer.place_form(text[words[0].start : words[-2].end], lang) is not None
        ):
            return [self._span(words, "ORG", text)]  # "el Washington Post": the newspaper, no person nor place
        at = self._given_name_at(words, lang)
        if at is None and self._body_after_article(words, lang):
            # "dell'Oms Tedros Adhanom Ghebreyesus": a body's acronym after its article, then the name; each is
            # read on its own
            head, tail = words[:1], words[1:]
            ahead = self._read_run(head, tokens, self._index[id(head[0])], lang, standalone, people, text)
            return [*ahead, *self._read_run(tail, tokens, self._index[id(tail[0])], lang, standalone, people, text)]
        if at is None and self._arabic_name(words, lang):
            return [self._person(words, lang, people, text)]  # "Baschar al-Assad": a given name no list holds
        if at is not None:
            # "AfD-Mitbegründer Bernd Lucke", "John Milton Rodríguez", "Laura Magallanes": a given name
            # and the surnames after it are one person, whatever else those words also name.
            # What comes before is read on its own ("Мер Москви | Сергій Собянін", "Stiftung X | Klara Jensen"),
            # and so is what comes after.
            given, end = at
            head, tail = words[:given], words[end:]
            before = (
                self._read_run(head, tokens, self._index[id(head[0])], lang, standalone, people, text) if head else []
            )
            if self._foreign_given_before(head, before, end - given, lang):
                given, before = 0, []  # "Hossein Amir Abdollahian": a given name no list holds opens the name
            named = [] if self._after_indefinite(words[given]) else [self._person(words[given:end], lang, people, text)]
            after = (
                self._read_run(tail, tokens, self._index[id(tail[0])], lang, standalone, people, text) if tail else []
            )
            return [*before, *named, *after]
        body = self._adjective_body(words, lang, text)
        if body is not None:
            return [body]
        institution = [k for k, t in enumerate(words) if self.is_institution(t.text, lang)]
        if (
            institution
            and cued
            and len(words) - institution[-1] > 3
            and self.gazetteer.place_form(words[-3].text, lang) is not None  # "... Luar Negeri Rusia | Maria ..."
            and self._name_like(words[-2:], lang)
        ):
            # "Juru bicara Kementerian Luar Negeri Rusia Maria Zakharova": the ministry, then its spokeswoman
            person = self._names(words[-2:], True, lang, standalone, people, text)
            return [self._span(words[:-2], "ORG", text), *person]
        if (
            institution == [0]
            and cued
            and len(words) == 3
            and lang in _ROLE_PREFIX
            # a case ending or initials: whose office it is ("Держдепу", "НАТО"), not a body's own first word
            and (words[0].text.casefold() not in INSTITUTIONS.get(lang, ()) or _acronym(words[0].text))
            and self._name_like(words[1:], lang)
            and not any(_common_entry(t.text, lang) for t in words[1:])  # "Rady Bezpieczeństwa Narodowego"
        ):
            # "речник Держдепу Метью Міллер", "речник НАТО Єнс Столтенберг": the role, the body, then the person it
            # titles, though no list holds the given name (not one body "Держдепу Метью Міллер")
            person = self._names(words[1:], True, lang, standalone, people, text)
            if [p.label for p in person] == ["PERSON"]:
                return [self._span(words[:1], "ORG", text), *person]
        if institution == [0] and len(words) == 2:
            place = self.gazetteer.place_form(words[1].text, lang)
            if place is not None and place[1].kind == "country" and place[0] != words[1].text:
                # "die Regierung Frankreichs", "die größte Partei Deutschlands": a body of the country (its name
                # inflected), not a name holding it ("Universität Hamburg")
                return [Found(words[1].text, "GPE", words[1].start, words[1].end, place[0])]
        if institution == [1] and len(words) == 2 and lang in NOUNS_CAPITALISED:
            place = self.gazetteer.place_form(words[0].text, lang)
            if place is not None and place[0] != words[0].text and _big_place_named(place, place[0]):
                # "Russlands Armee", "Moskaus Polizei": the same body with the place's genitive first, no name
                # holding a place ("Bayern München" is not inflected)
                return [Found(words[0].text, "GPE", words[0].start, words[0].end, place[0])]
        if institution and len(words) > 1:
            whole = self.gazetteer.place_form(text[words[0].start : words[-1].end], lang)
            if whole is not None and whole[1].kind == "country":
                # "la Federación Rusa", "a Federação Russa": a country's official name, no body
                return [Found(whole[0], "GPE", words[0].start, words[-1].end, whole[0])]
        if institution:
            own = INSTITUTIONS.get(lang, ())
            # ... in a case ending too ("Офісу президента": the office's genitive, a common noun before its owner)
            bare = len(words) == 1 and (
                words[0].text.casefold() in own or (lang in _ROLE_PREFIX and _matches(words[0].text, own, lang))
            )
            return [] if bare else [self._span(words, "ORG", text)]  # "Regierung" alone is any government
        while words and self.is_role(words[0].text, lang):
            words = words[1:]
        # Places: the longest run of words the gazetteer knows, from the left. After a role
        # only a country is a place ("Presiden Ukraina Volodymyr Zelensky"): a city there is
        # more likely a first name ("Başkanı Vladimir Zelenskiy").
        rest: list[_Token] = []
        n = 0
        while n < len(words):
            for size in (5, 4, 3, 2, 1):
                part = words[n : n + size]
                if len(part) < size:
                    continue
                phrase = text[part[0].start : part[-1].end]
                place = self.gazetteer.place_form(phrase, lang) or (
                    self._declined_country(phrase, lang) if size > 1 else self._plural_country(part[0], lang)
                )
                if place is not None and size == 1:
                    place = self._at_home(place, lang)  # "Halle": the German town, not the Belgian one
                if place is not None and size == 1 and self._given_before_surname(place[1], words, n, lang):
                    place = None  # "Malte Krüger": a given name, not Malta's French name
                if place is not None and size == 1 and self._noun_genitive(place, part[0], lang):
                    place = None  # "des Tanks": the noun's genitive, neither the small town Tank nor a person
                surname = self._person_genitive(place, part, lang) if place is not None else None
                if surname is not None:  # "Obamas Wahlkampf": Obama's, not the Japanese town's
                    out.append(Found(phrase, "PERSON", part[0].start, part[-1].end, surname))
                    n += size
                    break
                if place is not None and size == 1 and self._town_in_name(place[1], words, n, lang):
                    place = None  # "Casa Rosada", "Stamford Bridge", "Yoko Ono": a word of a longer name
                if (
                    place is not None
                    and size == 1
                    and introduced
                    and self._apposed_surname_town(place[1], words, n, lang)
                ):
                    place = None  # "Madelaine Caracas, die Sprecherin der Gruppe": a person's surname, no town
                media = (
                    n + size < len(words)
                    and words[n + size].glued
                    and words[n + size].text in _MEDIA_AFTER.get(lang, ())
                )
                if place is not None and media:  # "die New York Times": the newspaper, no place
                    out.append(self._span(words[n : n + size + 1], "ORG", text))
                    n += size + 1
                    break
                if place is not None and self._believable(place[1], part, cued, len(words) - n - size, lang):
                    out.append(Found(phrase, "GPE", part[0].start, part[-1].end, place[0]))
                    n += size
                    break
                registered = self._registered_place(phrase, lang) if size == 1 else None
                if registered is not None:
                    out.append(Found(phrase, "GPE", part[0].start, part[-1].end, registered))
                    n += size
                    break
                pair = self._city_pair(part[0], lang) if size == 1 else []
                if pair:
                    out.extend(pair)
                    n += size
                    break
                district = self._district(part[0], lang) if size == 1 else None
                if district is not None:  # "Dortmund-Dorstfeld": the district Dorstfeld of Dortmund
                    out.append(Found(phrase, "GPE", part[0].start, part[-1].end, district))
                    n += size
                    break
                river = _town_feature(phrase, lang) if size == 1 else None
                if river is not None:  # "am Rhein", "des Rheins", "la Seine": a feature its towns are named by
                    out.append(Found(phrase, "LOC", part[0].start, part[-1].end, river))
                    n += size
                    break
            else:
                rest.append(words[n])
                n += 1
                continue
            if rest:
                out.extend(self._names(rest, cued or introduced, lang, standalone, people, text))
                rest = []
        if rest:
            out.extend(self._names(rest, cued or introduced, lang, standalone, people, text))
        return out

    def _town_in_name(self, place: Place, words: list[_Token], n: int, lang: str) -> bool:
        """Whether a one-word town at ``words[n]`` is only a word of a longer name the run holds: a capitalised word
        right beside it, in the same run, that names no place and is no acronym ("Casa Rosada", "Carta Magna",
        "Stamford Bridge", "Toyota Yaris", "Yoko Ono"). A country or a region keeps its name inside another
        ("Bank of England" is read elsewhere); a known place beside it ("Köln Bonn") is a place of its own; and where
        nouns are capitalised a word of the language beside it is a noun in apposition ("die Hauptstadt Managua",
        "die Städte Falun und Mora", "Zhangjiakou City"), not a part of its name."""
        if place.kind != "city":
            return False
        beside = [words[n - 1]] if n > 0 and words[n].glued else []
        if n + 1 < len(words) and words[n + 1].glued:
            beside.append(words[n + 1])
        given = n > 0 and words[n].glued and self._given_word_before(place, words[n - 1], lang)
        return any(
            _capitalised(t.text)
            and not _acronym(t.text)
            and (not t.initial or (t is words[n - 1] and (given or self._unknown_opening(t.text, lang))))
            and self.gazetteer.place_form(t.text, lang) is None
            and not (lang in NOUNS_CAPITALISED and _dictionary_word(t.text, lang) and not (given and t is words[n - 1]))
            for t in beside
        )

    def _given_word_before(self, place: Place, before: _Token, lang: str) -> bool:
        """Where nouns are capitalised, whether the word right before a town under 100,000 people that is not known
        abroad is a name's word the dictionary lists, no noun ("Yoko Ono": Yoko, a given name no list holds; Ono a
        Japanese town): no plural nor case form of it, nor of a closed compound's last part, is in the dictionary, and
        it is no role, institution nor settlement noun ("die Hauptstadt Managua", "Hafenmetropole Hamburg", "Sängerin
        X": the noun in apposition)."""
        from wirestream.services.enrich.entities.quotes.language import _compound_heads, declined_noun

        word = before.text
        if lang not in NOUNS_CAPITALISED or not word.isalpha() or not _capitalised(word) or not word[1:].islower():
            return False
        if place.population >= _WORD_CITY_POPULATION or place in self.gazetteer.known_abroad:
            return False
        if not _dictionary_word(word, lang) or _common_spelling(word, lang):
            return False
        if self.is_role(word, lang) or self.is_institution(word, lang):
            return False
        if word.casefold().endswith(tuple(SETTLEMENT_HEADS.get(lang, ()))):
            return False
        low = word.casefold()
        heads = [word] + [h.capitalize() for h in _compound_heads(low)]
        return not any(declined_noun(h, lang) or _common_noun(h, lang) or _noun(h, lang) for h in heads)

    def _apposed_surname_town(self, place: Place, words: list[_Token], n: int, lang: str) -> bool:
        """Whether a one-word town ending a run that a role in an apposition after it describes ("Madelaine Caracas, die
        Sprecherin einer Gruppe"; ``_read_run``'s ``introduced``) is the surname of the person the run names: a
        capitalised word right before it in the run that names no place and is no acronym, institution, role,
        settlement noun nor common noun ("die Hauptstadt Caracas, ..." stays the town)."""
        if place.kind != "city" or n != len(words) - 1 or n == 0 or not words[n].glued:
            return False
        before = words[n - 1].text
        return (
            _capitalised(before)
            and not _acronym(before)
            and self.gazetteer.place_form(before, lang) is None
            and not self.is_role(before, lang)
            and not self.is_institution(before, lang)
            and not before.casefold().endswith(tuple(SETTLEMENT_HEADS.get(lang, ())))
            and not _common_noun(before, lang)
            and not _noun(before, lang)
        )

    @staticmethod
    def _unknown_opening(word: str, lang: str) -> bool:
        """Whether a word opening a sentence right before a one-word town is a given name no list holds ("Fangming
        Cheng schoss", "Yiangchao Kong erreichte"), where nouns are capitalised (and the dictionary tells a noun): a
        single word no dictionary lists, as written or in lower case, nor a closed compound ending in a common noun
        ("Biathlonhochburg Hochfilzen", "Hafenmetropole Hamburg": the noun in apposition)."""
        if lang not in NOUNS_CAPITALISED or "-" in word or "." in word or _dictionary_word(word, lang):
            return False  # elsewhere a word first in a sentence is any word ("Iz Vašingtona", "Dronlar Moskova'daki")
        from wirestream.services.enrich.entities.quotes.language import _compound_heads

        return not any(_common_noun(h.capitalize(), lang) for h in _compound_heads(word.casefold()))

    def _adjective_body(self, words: list[_Token], lang: str, text: str) -> Found | None:
        """A capitalised inflected adjective and a noun of ``NAME_ADJECTIVE_BODIES`` ("die Deutsche Post", "der
        Deutschen Bahn", "der Europäischen Zentralbank"): an organisation. Where nouns are capitalised an adjective
        is written in capitals only inside a name (or first in a sentence, where the pair is the name still: "Deutsche
        Bahn streicht Züge"); the noun alone is a common word ("die Post")."""
        stems = ADJECTIVE_BODIES.get(lang)
        if not stems or len(words) != 2 or lang not in NOUNS_CAPITALISED:
            return None
        adjective, noun = words
        folded = adjective.text.casefold()
        if not folded.endswith(_ADJECTIVE_ENDINGS) or not adjective.text[1:].islower():
            return None
        if adjective.text in _first_names():
            return None  # a name ("Renate Post"), not an adjective
        if not _common_spelling(adjective.text, lang) and not self._place_adjective(adjective.text, lang):
            return None  # a word of the language ("deutsche") or a place's ("Berliner"), not a name
        if not _matches(noun.text, stems, lang, 4):
            return None
        span = self._span(words, "ORG", text)
        # "der Deutschen Post" is the Deutsche Post: an adjective after an article ends in -e in the nominative
        name = f"{adjective.text[:-1]} {noun.text}" if folded.endswith("en") else None
        return Found(span.text, "ORG", span.start, span.end, name)

    def _place_adjective(self, word: str, lang: str) -> bool:
        """A place's adjective in "-er", written in capitals ("Berliner", "Kölner", "Karlsruher"): the gazetteer
        knows the place without the ending."""
        if not word.endswith("er") or len(word) < 5:
            return False
        return any(self.gazetteer.place_form(stem, lang) is not None for stem in (word[:-2], word[:-1]))

    @staticmethod
    def _body_initials_first(words: list[_Token]) -> bool:
        """A run opening with a body's initials (three capitals at least) and going on in two words of no initials
        ("РНБО Олексій Данілов", after a role word): the initials and a name, not one name."""
        first = words[0]
        return (
            len(words) >= 3
            and _acronym(first.text)
            and len(first.text) >= 3
            and not first.initial
            and not any(_acronym(t.text) or t.initial for t in words[1:])
        )

    def _names(
        self,
        words: list[_Token],
        cued: bool,
        lang: str,
        standalone: set[str],
        people: _People,
        text: str,
    ) -> list[Found]:
        """A run of capitalised words that are not places: a person, an acronym, or nothing."""
        while words and (self.is_role(words[0].text, lang) or words[0].text.islower()):
            words = words[1:]
        while (
            len(words) > 1
            and self._common_before(words[0], words[1], lang)
            # "Bakanı Hulusi Akar": after a role, a word and a family name are the given name and the surname
            and not (cued and len(words) == 2 and words[1].text in _surnames())
        ):
            words = words[1:]  # "Einige Menschen", "Estado Social", "Esteri Antonio Tajani": a word, not a name
            words = _title_phrase_end(words, lang)
        while words and words[0].text.islower():
            words = words[1:]
        while words and words[-1].text.islower():
            words = words[:-1]
        if not words:
            return []
        if len(words) == 1:
            word = words[0].text
            shaped = _acronym(word) or _mixed_acronym(word)
            if _APOSTROPHE_SUFFIX.sub("", word) in COMMON_ACRONYMS.get(lang, ()):
                return []  # "İHA saldırısı", "İHA'nın": a drone, a common noun
            if shaped and len(word) >= 3 and not words[0].initial:
                return [self._span(words, "ORG", text)]  # "die CDU", "die AfD"
            bare = _APOSTROPHE_SUFFIX.sub("", word) if lang in LOCATIVE_SUFFIXES else word
            plural = word[len(bare) + 1 : len(bare) + 4] in ("lar", "ler")  # "İHA'lar": drones, a common noun
            if bare != word and len(bare) >= 3 and not plural and (_acronym(bare) or _mixed_acronym(bare)):
                # "TASS'a göre": a case suffix after an apostrophe makes an acronym a name, even opening a sentence
                return [_unsuffixed(words[0], "ORG")]
            if not shaped and self._titled_surname(words[0], lang):
                if bare != word:
                    return [_unsuffixed(words[0], "PERSON")]  # "Devlet Başkanı Medvedev'in": Medvedev
                return [self._span(words, "PERSON", text)]  # "Kanzlerin Merkel", "Autokanzler Schröder"
            if arabic_family_name(word) and self._role_before(words[0], lang):
                return [self._span(words, "PERSON", text)]  # "il presidente egiziano al-Sisi"
            return []
        if self._body_initials_first(words):  # "Секретар РНБО Олексій Данілов": the body's initials, then the name
            return [self._span(words[:1], "ORG", text), *self._names(words[1:], cued, lang, standalone, people, text)]
        if any(_acronym(t.text) for t in words):
            return []
        if self._after_indefinite(words[0]):
            return []  # "un Volkswagen Gol Trend", "una Chery Tiggo": a thing, not a person
        endings = PERSON_ENDINGS.get(lang, ()) + tuple(e for e, _ in CASE_ENDINGS.get(lang, ()))
        before: list[Found] = []
        while len(words) > 2:
            place = self.gazetteer.place_form(words[0].text, lang)
            if place is not None and self._word_town(place[1], words[0], lang):
                break  # "Centro de Formación Técnica ...": a word, not the town
            if place is not None and self._stray_alias(place[1], words[0], lang):
                pass  # "Juru bicara Hamas Abu Obaida": a body named like a town's other name (Hamm), not the town
            elif place is not None:
                before.append(Found(words[0].text, "GPE", words[0].start, words[0].end, place[0]))
            elif not self._known(words[0].text, endings):
                break
            words = words[1:]  # "rzecznik Kremla Dmitrij Pieskow", "Мер Москви Сергій Собянін": the name follows
        names = [t for t in words if not t.text.islower()]
        if any(t.text in self._nouns or _noun(t.text, lang) for t in words):
            return []  # "Gefühl der Zufriedenheit", "Hundert Jahre": nouns
        if lang in NOUNS_CAPITALISED and self.is_role(words[-1].text, lang) and not given_name(words[0].text, lang):
            return before  # "Sozialwissenschaftlicher Referent", "Media Consultant": a role, not a person
            # (but "Thomas Mettenleiter": a given name, then a surname that ends like a role, "-leiter")
        if words[0].text.casefold() in FUNCTION_WORDS.get(lang, ()) or _english_opening(words[0].text):
            return before  # "La Tercera", "El Nacional": a name with an article is a title, not a person
        if words[0].initial and people.surname(words[-1].text):
            return []  # "Słowa Zacharowej": a word starting the sentence, then a surname known already
        if len(words) >= 2 and self._common_before(words[-2], words[-1], lang, english_only=True):
            return before  # "Stichwort Fish Pain", "Return Scrolls": English words in title case, not a name
        if len(words) >= 2 and self._english_title(words[0], words[-1], words, lang):
            # "der Experte von Tax Justice Network": a body's English name, after a role too (three words: the body,
            # which the quotes read as no speaker; two, "zwei Golden Globes": a thing's)
            return [*before, self._span(words, "ORG", text)] if len(words) >= 3 else before
        if any(re.search(r"\d", t.text) for t in words):
            return before  # "T13 Noche": a word with a digit is a channel, a model or a code, not a name
        if not cued and (_quoted(words, text) or _cited(words, text)):
            return before  # “Penegak Sunnah”, "[Ni’matul Ukhuwah hal. 41]": a title, not a person
        # A surname said again alone; with a particle inside and no given name the run is a place or a body
        # ("Nord della Striscia" beside "la Striscia"): given names with particles were read before ("Pilar del Río").
        # (where nouns are capitalised, not a common noun met alone: "auf Platz 18" makes no "Le Grand Bornand Platz")
        reused = (
            words[-1].text in standalone
            and len(names) == len(words)
            and not (lang in NOUNS_CAPITALISED and self._plain_noun(words[-1].text, lang))
        )
        # Uncued and met once: a pair or triple of words never written in lower case in the
        # article, with no particle ("Tania Madriaga", not "Equidad de Género"), none of them a
        # function word or a number of the language mid-sentence ("al Estado Laico", "Página Siete"; a
        # sentence's first word is capitalised anyway).
        stop = _stop_words(lang)
        free = (
            lang not in NOUNS_CAPITALISED
            and 2 <= len(names) == len(words) <= 3
            and not any(t.text.casefold() in self._lower or self.is_institution(t.text, lang) for t in words)
            and not any(not t.initial and (t.text.casefold() in stop or _number_word(t.text, lang)) for t in words)
            and not _plain_run(words, lang)
        )
        if cued or reused or free:
            return [*before, self._person(words, lang, people, text)]
        return before

    def _person(self, words: list[_Token], lang: str, people: _People, text: str) -> Found:
        """``words`` as a person, the same as one named before when only the case endings differ."""
        person = tuple(t.text for t in words)  # particles kept: "Alexander von Preen", "Pilar del Río"
        known = people.same_person(person)
        if known is None:
            known = _nominative_name(person, lang)  # "Tomasza Wróblewskiego" named first: Tomasz Wróblewski
            people.append(known or person)
        span = self._span(words, "PERSON", text)
        return Found(span.text, "PERSON", span.start, span.end, " ".join(known) if known else None)

    def _feature(self, words: list[_Token], lang: str, text: str) -> Found | None:
        """A sea, lake, mountain or plain: a short run holding a geographic head word of the language
        ("Ege Denizi'nde", "Mar di Sardegna", "Pianura Padana"), a Turkish case ending after "'" left out."""
        if self._adjective_region(words, lang):
            return self._span(words, "LOC", text)  # "Bayerischer Wald", "Sächsische Schweiz", "Berchtesgadener Land"
        heads = PLACE_HEADS.get(lang, frozenset())
        first_heads = heads | HEADS_BEFORE.get(lang, frozenset())
        if not first_heads or len(words) > 4 or len(words) < 2:
            return None
        last = words[-1].text
        suffix = re.search(r"['’]\w+$", last) if lang in _SUFFIX_APOSTROPHE else None
        bare = [t.text for t in words[:-1]] + [last[: suffix.start()] if suffix else last]
        if bare[-1].casefold() in heads:
            # "Ege Denizi": the head and the words before it, not a sentence's first word ("Deprem Ege Denizi")
            k = len(words) - 2
            while k > 0 and not words[k - 1].initial and not re.search(r"['’]", bare[k - 1]):
                k -= 1  # back to the sentence's start or a word with a case ending ("Moskova'daki Kızıl Meydan")
            words, bare = words[k:], bare[k:]
            # "Pilar del Río", "Moises Sierra", "con Del Río": a person whose surname is a head word; not a word of
            # the language before the head that Faker also lists as a given name ("Kızıl Meydan", the Red Square)
            given = bare[0] in _first_names() and not (len(bare) == 2 and _plain_word(bare[0], lang))
            # "Die Sängerin Anna See": a given name right before the head, after a title, is the person's too
            given = given or (len(bare) > 2 and bare[-2] in _first_names() and not _plain_word(bare[-2], lang))
            if given or bare[0].casefold() in PARTICLES.get(lang, ()):
                return None
        elif bare[0].casefold() not in first_heads:
            return None
        building = bare[0].casefold() in HEADS_BEFORE.get(
            lang, ()
        )  # "Palazzo del Senato": the building, not the Senate
        if any((self.is_institution(w, lang) and not building) or self.is_role(w, lang) or _acronym(w) for w in bare):
            return None
        span = self._span(words, "LOC", text)
        return Found(span.text, "LOC", span.start, span.end, " ".join(bare) if suffix else None)

    @staticmethod
    def _adjective_region(words: list[_Token], lang: str) -> bool:
        """(``PLACE_HEADS_AFTER_ADJECTIVE``) two words, a capitalised adjective in one of the language's endings that is
        no given name, then a head word that names a region after one ("Bayerischen Wald", "Sächsische Schweiz",
        "Berchtesgadener Land"): the region, not the country nor the noun."""
        if len(words) != 2 or words[1].text.casefold() not in HEADS_AFTER_ADJECTIVE.get(lang, ()):
            return False
        adjective = words[0].text
        return adjective.endswith(_ADJECTIVE_ENDINGS) and adjective[:1].isupper() and adjective not in _first_names()

    def _place_particles(self, run: list[_Token], tokens: list[_Token], j: int, text: str, lang: str) -> int:
        """Where a run goes on through lower-case words that are part of a place's name ("Frankfurt am Main",
        "Mülheim an der Ruhr"): the index of the capitalised word after them, or ``j`` when no gazetteer place
        ends there."""
        for m in range(j + 1, min(j + 3, len(tokens))):
            between = tokens[j:m]
            if not all(t.glued and t.text.islower() and len(t.text) <= 4 for t in between):
                break
            after = tokens[m]
            if not (after.glued and _capitalised(after.text)):
                continue
            for first in run[-2:]:
                place = self.gazetteer.place_form(text[first.start : after.end], lang)
                if place is not None and place[1].kind != "country":
                    return m
        return j

    def _run_country(
        self, words: list[_Token], tokens: list[_Token], lang: str, standalone: set[str], people: _People, text: str
    ) -> list[Found] | None:
        """A run ending in the lower-case words of a country's name (``_lower_case_country``: "Ve | Spojených
        státech") or of a region of the language's own table ("Blízkém východě"): the country or the region, what
        comes before it read on its own; None for any other run."""
        if len(words) < 2 or not words[-1].text.islower():
            return None
        for start in range(len(words) - 1):
            phrase = text[words[start].start : words[-1].end]
            place = self.gazetteer.place_form(phrase, lang)
            country = place is not None and place[1].kind == "country"
            if place is not None and (country or place[1] in self.gazetteer.named_places):
                head = words[:start]
                ahead = (
                    self._read_run(head, tokens, self._index[id(head[0])], lang, standalone, people, text)
                    if head
                    else []
                )
                label = "GPE" if country else "LOC"
                return [*ahead, Found(phrase, label, words[start].start, words[-1].end, place[0])]
        return None

    def _lower_case_country(self, run: list[_Token], tokens: list[_Token], j: int, text: str, lang: str) -> int:
        """Where a run goes on through the lower-case words of a country's name ("ve Spojených státech", "v České
        republice", "Spojené arabské emiráty") or of a region of the language's own table (``PLACE_NAMES``: "na
        Blízkém východě"): the index after them, or ``j`` when no such name ends there."""
        for m in range(min(j + 2, len(tokens)), j, -1):  # the longest first
            if not all(t.glued and t.text.isalpha() and t.text.islower() for t in tokens[j:m]):
                continue
            for first in run[-2:]:
                place = self.gazetteer.place_form(text[first.start : tokens[m - 1].end], lang)
                if place is not None and (place[1].kind == "country" or place[1] in self.gazetteer.named_places):
                    return m
        return j

    def _named_person(self, run: list[_Token], lang: str) -> bool:
        """Whether a run after a comma is a person's name rather than one more place of a list a settlement noun
        opened ("el gobernador de la región de Bélgorod, Viacheslav Gladkov, denunció"): two or three capitalised
        words, the whole and each no place the gazetteer knows, and either a given name first (as written or without
        its accents, "Vladímir") or each word no function word and a comma closing the run (an apposition)."""
        words = [t.text for t in run]
        if not 2 <= len(words) <= 3 or not all(_capitalised(w) for w in words):
            return False
        gazetteer = self.gazetteer
        if any(gazetteer.place_form(w, lang) or gazetteer.small_town(w, lang) for w in [" ".join(words), *words]):
            return False
        if given_name(words[0], lang) or given_name(unaccented(words[0]).capitalize(), lang):
            return True
        plain = all(len(w) >= 3 and w.casefold() not in FUNCTION_WORDS.get(lang, ()) for w in words)
        return plain and self._text[run[-1].end : run[-1].end + 1] == ","

    def _settled(self, tokens: list[_Token], first: int, lang: str, text: str) -> bool:
        """Whether a settlement noun of the language stands right before the run ("comunidades de", "miasteczka")."""
        cue = SETTLEMENT_BEFORE.get(lang)
        if cue is None or not first or tokens[first].initial:
            return False  # the cue ends right before the run: "comunidades de X", "31167 X" (a figure is no token)
        start = tokens[first].start
        return cue.search(text[max(0, start - 40) : start]) is not None

    def _apposed(self, run: list[_Token], lang: str, text: str) -> bool:
        """Whether an apposition right after the run says what settlement it is ("Florencia, la capital del
        Caquetá, amaneció ...", "Vitória, capital do Espírito Santo"): a name of up to three words, no person's."""
        pattern = APPOSED_SETTLEMENT.get(lang)
        if pattern is None or len(run) > 3 or self._named_person(run, lang):
            return False
        return pattern.match(text, run[-1].end, run[-1].end + 80) is not None

    def _headed(self, words: list[_Token], lang: str, text: str) -> Found | None:
        """A settlement noun heading a run where nouns are capitalised ("Gemeinde Hünxe", "Kanton Zürich"): one
        place, head included, named by what follows it, whether or not the gazetteer knows it. After a body named by
        its seat (``PLACE_SEAT_HEADS``: "Polizei Bad Salzdetfurth") the seat alone is the place."""
        head = words[0].text.casefold() if 2 <= len(words) <= 4 else ""
        seat = head in SEAT_HEADS.get(lang, ())
        heads = SETTLEMENT_HEADS.get(lang, ())
        # the head in a case ending too ("des Kantons Zürich", "des Landkreises Rosenheim")
        stems = [head[: len(head) - len(e)] + n for e, n in CASE_ENDINGS.get(lang, ()) if head.endswith(e)]
        if not seat and head not in heads and not any(stem in heads for stem in stems):
            return None
        # an abbreviation opening the name ("Gemeinde St. Johann") is no word of its own
        names = [t for t in words[1:] if not t.text.islower() and t.text + "." not in ABBREVIATIONS.get(lang, {})]
        if not names or len(names) > 2 or not all(self._placeable(t.text, lang) for t in names):
            return None
        bare = text[words[1].start : words[-1].end]
        place = self.gazetteer.place_form(bare, lang) or self.gazetteer.small_town(bare, lang)
        if seat:
            # "die Polizei Zeugen": a word of the language after the head is no seat, unless the gazetteer has it
            if place is None and not all(self._strange_word(t.text, lang) for t in names):
                return None
            return Found(bare, "GPE", words[1].start, words[-1].end, place[0] if place else None)
        # a word that opens the names of many of the language's own towns ("Bad", "Sankt") is the name's
        own = names[1:] if len(names) == 2 and names[0].text in _town_openers(self.gazetteer, lang) else names
        if place is None and lang in NOUNS_CAPITALISED and any(self._listed_word(t.text, lang) for t in own):
            return None  # "im Kreis Gleichgesinnter", "die Stadt Zwangsräumungen": a word of the language, no name
        if place is None and len(names) == 2 and _given_and_surname(names[0].text, names[1].text, lang):
            return None  # "der Bürgermeister der Gemeinde Peter Vogl": its mayor, no town the gazetteer knows
        span = self._span(words, "GPE", text)
        return Found(span.text, "GPE", span.start, span.end, place[0] if place else bare)

    @staticmethod
    def _listed_word(word: str, lang: str) -> bool:
        """Whether the dictionary lists a word that is no person's name (a town spelt like a given name or a family
        name, "St. Johann", "Wallis", stays a name)."""
        return _dictionary_word(word, lang) and word not in _surnames() and not _given_form(word)

    def _settlement(self, run: list[_Token], lang: str, text: str) -> list[Found]:
        """A run after a settlement noun, or listed after such a place, read as one place: up to three names
        (an article may open it: "La Estancia"), each a word that can name a place no data knows."""
        words = list(run)
        while words and words[-1].text.islower():
            words = words[:-1]
        if not words or len(words) > 4 or _quoted(words, text):
            return []
        head = words[0].text.casefold()
        opened = len(words) >= 2 and len(head) <= 3 and head in _stop_words(lang) | FUNCTION_WORDS.get(lang, set())
        names = [t for t in words[1 if opened else 0 :] if not t.text.islower()]
        # a two-letter article between two names is the name's ("Ras Al Khaimah", "Sidi El Hani")
        inner = [t for k, t in enumerate(names) if 0 < k < len(names) - 1 and _ARABIC_ARTICLE.fullmatch(t.text)]
        if not names or len(names) > 3 or not all(self._placeable(t.text, lang) for t in names if t not in inner):
            return []
        phrase = text[words[0].start : words[-1].end]
        place = self.gazetteer.place_form(phrase, lang) or self.gazetteer.small_town(phrase, lang)
        if lang in NOUNS_CAPITALISED and place is None and not all(self._strange_word(t.text, lang) for t in names):
            return []  # "12345 Besucher": where nouns are capitalised, a word of the language needs the gazetteer
        return [Found(phrase, "GPE", words[0].start, words[-1].end, place[0] if place else None)]

    def _places_after_adjectives(self, tokens: list[_Token], articles: frozenset[str], lang: str) -> set[str]:
        """Places after an inflected adjective where nouns are capitalised ("im bayerischen Landshut", "im
        nördlichen Syrien"): a word the gazetteer knows and the dictionary has no common noun for (no lower-case
        word, no plural in -n/-en/-e: not "der aktuellen Lage", "dem alten Hof", "beim großen Essen")."""
        if not articles:
            return set()
        out = set()
        for k in range(1, len(tokens)):
            t, before = tokens[k], tokens[k - 1].text
            if not t.glued or not before.islower() or before.casefold() in articles or t.text in out:
                continue
            if not before.endswith(_ADJECTIVE_ENDINGS) or not _capitalised(t.text) or _acronym(t.text):
                continue
            known = self.gazetteer.place_form(t.text, lang)
            if known is None or _common_noun(t.text, lang):
                continue
            if known[1].kind == "region" and known[0].casefold().endswith(tuple(SETTLEMENT_HEADS.get(lang, ()))):
                continue  # "der russischen Hauptstadt": the settlement noun GeoNames names a region by, no name
            out.add(t.text)
        return out

    def _places_opening_names(self, tokens: list[_Token], articles: frozenset[str], lang: str) -> set[str]:
        """Places after an article that open a longer capitalised name ("die Dubai Electricity and Water
        Authority", "der Shanghai Electric Group"): the article is the whole name's, so the place is no common
        noun there nor where it stands alone ("in Dubai"). A word the gazetteer knows and the dictionary has no
        common noun for (not "die Lage", "der Hof"), before another capitalised word of the name: a country or a
        city of :data:`CITY_POPULATION` ("der Green Economy": Green, Ohio, is a town)."""
        if not articles:
            return set()
        out = set()
        for k in range(1, len(tokens) - 1):
            t, nxt = tokens[k], tokens[k + 1]
            if not t.glued or not nxt.glued or tokens[k - 1].text.casefold() not in articles or t.text in out:
                continue
            if not _capitalised(t.text) or _acronym(t.text) or not _capitalised(nxt.text) or _acronym(nxt.text):
                continue
            place = self.gazetteer.place_form(t.text, lang)
            if place is None or _common_noun(t.text, lang):
                continue
            if place[1].kind == "country" or (place[1].kind == "city" and place[1].population >= CITY_POPULATION):
                out.add(t.text)  # not a town, nor a region GeoNames names by a word ("Hauptstadt")
        return out

    def _declined_country(self, phrase: str, lang: str) -> tuple[str, Place] | None:
        """A country or region of several words whose adjectives and nouns are declined ("den Vereinigten
        Staaten", "der Dominikanischen Republik"): every word's ending brought back (PLACE_PHRASE_ENDINGS)."""
        endings = PHRASE_ENDINGS.get(lang, ())
        words = phrase.split()
        if len(words) > 4:
            return None
        for ending, name_ending in endings:
            # each word as written or brought back ("Vereinigten Staaten": only the adjective is declined)
            options = [[w, w[: len(w) - len(ending)] + name_ending] if w.endswith(ending) else [w] for w in words]
            for combination in itertools.islice(itertools.product(*options), 1, 16):
                place = self.gazetteer.place_form(" ".join(combination), lang)
                if place is not None and place[1].kind in ("country", "region"):
                    return place
        return None

    def _plural_country(self, word: _Token, lang: str) -> tuple[str, Place] | None:
        """A country whose name is a plural, declined after its article ("in den Niederlanden", "auf den
        Philippinen"): the word's ending brought back (``PLACE_PHRASE_ENDINGS``); a country only, and only after an
        article, where a plural noun is declined so."""
        endings = PHRASE_ENDINGS.get(lang, ())
        previous = _previous(word, self._tokens, self._index)
        if not endings or previous is None or previous not in ARTICLES.get(lang, ()):
            return None
        for ending, name_ending in endings:
            if word.text.endswith(ending) and len(word.text) > len(ending) + 3:
                place = self.gazetteer.place_form(word.text[: -len(ending)] + name_ending, lang)
                if place is not None and place[1].kind == "country":
                    return place
        return None

    def _placed_town(self, tokens: list[_Token], first: int, lang: str) -> bool:
        """Whether a word the gazetteer knows comes right after a preposition of place or of going ("aus Kiel")."""
        placed = self._after_locative(tokens, first, lang) or self._after_direction(tokens, first, lang)
        return placed and self.gazetteer.place_form(tokens[first].text, lang) is not None

    def _listed(self, tokens: list[_Token], first: int, list_end: int, lang: str, text: str) -> bool:
        """Whether the run at ``first`` continues a list whose previous item ends at ``list_end``: after a
        comma, or "and" (the language's ``NAME_AND``)."""
        if list_end < 0 or first <= list_end or first - list_end > 2:
            return False
        if first - list_end == 1:
            return text[tokens[list_end].end : tokens[first].start].strip() == ","
        conjunction = tokens[first - 1]
        comma = text[tokens[list_end].end : conjunction.start].strip() in ("", ",")
        return comma and conjunction.text in AND.get(lang, ()) and conjunction.glued and tokens[first].glued

    @staticmethod
    def _list_goes_on(tokens: list[_Token], last: int, lang: str, text: str) -> bool:
        """Whether a run after a list's comma is an item of it: another comma, "and" or the sentence's end follows
        it ("en Madrid, Sevilla y Valencia"), not the clause's verb ("En Madrid, Gutiérrez pidió calma": the
        subject of a sentence the place opened)."""
        after = text[tokens[last].end :].lstrip()
        if after[:1] in ("", ",", ".", ";", ")", ":"):
            return True
        return last + 1 < len(tokens) and tokens[last + 1].text in AND.get(lang, ())

    def _genitive_name(self, words: list[_Token], lang: str) -> tuple[int, str] | None:
        """Where nouns are capitalised, a family name (Faker's, or the registry's) with a case ending of the
        language's names (``NAME_PERSON_ENDINGS``) beside a common noun, or alone ("der Austritt Lafontaines",
        "Lindners Politik"): the genitive's place in the run and the surname, when neither the name nor its form
        is a common noun or a place; else None."""
        if lang not in NOUNS_CAPITALISED or not 1 <= len(words) <= 2:
            return None
        previous = _previous(words[0], self._tokens, self._index)
        if previous is not None and _capitalised(previous):
            return None  # the end of a longer name ("Las | Vegas Review-Journal")
        for at, t in enumerate(words):
            others = [w for w in words if w is not t]
            if not all(_common_noun(w.text, lang) for w in others):
                continue
            for stem in self._surname_stems(t.text, lang):
                if _common_noun(stem, lang) or _common_noun(t.text, lang) or self.gazetteer.place_form(stem, lang):
                    continue
                if self._placed_city(t, lang):
                    break  # "in Dallas geboren", "nach Dallas": the city, no genitive of a "Dalla"
                return at, stem
        return None

    def _placed_city(self, word: _Token, lang: str) -> bool:
        """Whether a word is, as written, the name of a city the gazetteer knows, right after a preposition of place
        or of going ("in Dallas", "nach Dallas"), or of a city of a million people or known abroad wherever it stands:
        the city, whatever family name it also is with a case ending ("Dallas" of Dalla)."""
        place = self.gazetteer.place_form(word.text, lang)
        if place is None or place[1].kind != "city" or place[0] != word.text:
            return False
        if self._city_as_written(word.text, lang):
            return True
        first = self._index[id(word)]
        return self._after_locative(self._tokens, first, lang) or self._after_direction(self._tokens, first, lang)

    def _full_name_genitive(self, words: list[_Token], lang: str, text: str) -> Found | None:
        """Where nouns are capitalised, a given name, a family name with a case ending of names and one common noun
        ("Lars Petersens Worte waren deutlich"): the person as named without the ending; else None."""
        if lang not in NOUNS_CAPITALISED or len(words) != 3:
            return None
        # (or "Fanqi Mengs Goldmedaille": a Chinese given name, then the genitive of a surname spelt like a word)
        pinyin = self._pinyin_given(words[0].text, words[1].text[:-1], lang)
        if not _given_form(words[0].text) and not pinyin:
            return None
        if not _common_noun(words[2].text, lang) or _common_noun(words[1].text, lang):
            return None
        word = words[1].text
        for ending in PERSON_ENDINGS.get(lang, ()):
            stem = word[: len(word) - len(ending)]
            if not ending or not word.endswith(ending) or len(stem) < 2 or (_common_noun(stem, lang) and not pinyin):
                continue
            if len(stem) < 3 and not pinyin:
                continue
            if self.gazetteer.place_form(stem, lang) is not None:
                continue
            name = f"{words[0].text} {stem}"
            return Found(text[words[0].start : words[1].end], "PERSON", words[0].start, words[1].end, name)
        return None

    def _given_genitive(self, words: list[_Token], lang: str, people: _People) -> tuple[int, str] | None:
        """Where nouns are capitalised, the genitive of a given name the article named a person by before, then a
        common noun ("Evans Kolumne" after "Evan Tepest"): the genitive's place and that person's name; else None."""
        if lang not in NOUNS_CAPITALISED or len(words) != 2 or not _common_noun(words[1].text, lang):
            return None
        previous = _previous(words[0], self._tokens, self._index)
        if previous is not None and _capitalised(previous):
            return None
        word = words[0].text
        for ending in PERSON_ENDINGS.get(lang, ()):
            stem = word[: len(word) - len(ending)]
            if not ending or not word.endswith(ending) or not _given_form(stem):
                continue
            named = [p for p in people.names if len(p) >= 2 and p[0] == stem]
            if len({p for p in named}) == 1:
                return 0, " ".join(named[0])
        return None

    def _surname_stems(self, word: str, lang: str) -> Iterator[str]:
        """The family names (Faker's, or the registry's) a word is with one of the language's case endings of names
        (``NAME_PERSON_ENDINGS``: "Lafontaines", "Obamas"), in the table's order, each at least three letters."""
        for ending in PERSON_ENDINGS.get(lang, ()):
            stem = word[: len(word) - len(ending)]
            # a name the registry has for a place or a building ("Senatspalasts") is no family name
            registered = self.known(stem) and not self.known_place(stem)
            if ending and word.endswith(ending) and len(stem) >= 3 and (stem in _surnames() or registered):
                yield stem

    def _asked_name(self, words: list[_Token], text: str, lang: str) -> bool:
        """Where nouns are capitalised, a family name alone opening a sentence right before "?" or ":" ("Lindner?
        Der hat ...", "Habeck: ..."): the person asked about or speaking, when the word is a family name (Faker's)
        and no common noun of the language ("Koch:", "Fazit:" stay words) nor a place the gazetteer knows."""
        if lang not in NOUNS_CAPITALISED or len(words) != 1 or not words[0].initial:
            return False
        word = words[0].text
        if text[words[0].end : words[0].end + 1] not in ("?", ":") or word not in _surnames():
            return False
        return not _common_noun(word, lang) and self.gazetteer.place_form(word, lang) is None

    def _initials_surname(self, words: list[_Token], text: str, lang: str) -> bool:
        """A person written with the initials of their given names ("J. R. Thompson", "A. Kovalenko"): one or two
        capital letters, each with its full stop, then a word of three letters or more that is no acronym, no
        common word of the language and no place the gazetteer knows."""
        *initials, last = words
        if not 1 <= len(initials) <= 2 or not all(len(t.text) == 1 and t.text.isupper() for t in initials):
            return False
        if _LETTER_ABBREVIATION.search(text, max(0, words[0].start - 4), words[0].start):
            return False  # "z. B. Angst", "u. U. Kosten": the second letter of an abbreviation, no initial
        if any(text[words[n].end : words[n + 1].start] != ". " for n in range(len(words) - 1)):
            return False
        word = last.text
        if len(word) < 3 or _acronym(word) or not _capitalised(word):
            return False
        if is_common_word(word, lang) and not _surname_shaped(word, lang):
            return False  # a dictionary that lists surnames ("Nowak", "Коваленко") does not make them common words
        return not self.is_institution(word, lang) and self.gazetteer.place_form(word, lang) is None

    def _speaking_surname(self, words: list[_Token], text: str, lang: str) -> bool:
        """Where nouns are capitalised, a Russian or Ukrainian family name alone opening a sentence right before a
        speech verb ("Gladkow schrieb bei Telegram, …", "Medwedew sagte, …": a new cast's person named by surname), or
        right after it ("sprach Terechow von einem Angriff", "sagte Lawrow"):
        ending as the language spells such surnames (``cyrillic_surname_endings``: "-ow", "-ewa"), five letters or
        more, no common noun (the dictionary lists some such names: "Medwedew") nor a given name, no institution nor a
        place the gazetteer knows, unless only as a town's other name (:func:`towns_own_name`: "sagte Jusow", GeoNames'
        name for Donetsk, is the surname; "sagte Charkow" stays Kharkiv)."""
        if lang not in NOUNS_CAPITALISED or len(words) != 1:
            return False
        word = words[0].text
        if words[0].initial:
            verb = _NEXT_LOWER.match(text, words[0].end)
            spoken = verb.group(1) if verb is not None else None
        else:  # inverted, right after the verb: "Gegenüber Reportern sprach Terechow von einem Angriff."
            spoken = _previous(words[0], self._tokens, self._index)
            spoken = spoken if spoken is not None and spoken.islower() and self._surname_like(words[0], lang) else None
        if spoken is None or len(word) < 5 or not word.casefold().endswith(cyrillic_surname_endings(lang)):
            return False
        if not _quote_language(lang).is_verb(spoken) or _common_noun(word, lang) or _given_form(word):
            return False
        place = self.gazetteer.place_form(word, lang)
        if place is not None and (place[1].kind != "city" or towns_own_name(word, place[1], lang)):
            return False
        return not self.is_institution(word, lang)

    def _lone_given(self, word: _Token, lang: str) -> bool:
        """Where nouns are capitalised, a word that is a given name as written ("Michael", "Karl-Heinz") and no word of
        the article's language as it is used here: no noun (inflected or after an article), never written in lower case
        in the article, no role, no month, no place the gazetteer knows, and nowhere in the article a surname right
        after a given name ("Lena Brandt")."""
        w = word.text
        if lang not in NOUNS_CAPITALISED or not given_name(w, lang) or _acronym(w):
            return False
        if self._after_given is None:
            tokens = self._tokens
            self._after_given = {
                t.text for k, t in enumerate(tokens[1:], 1) if t.glued and _given_form(tokens[k - 1].text)
            }
        if w in self._after_given:
            return False  # "Lena Brandt … sagte Brandt": a surname said again, read with its person
        if w in self._nouns or _noun(w, lang) or _inflected_noun(w, lang) or w.casefold() in self._lower:
            return False
        if self.is_role(w, lang) or self.is_institution(w, lang) or w.casefold() in self.calendar:
            return False
        return self.gazetteer.place_form(w, lang) is None

    def _kin_given(self, words: list[_Token], lang: str) -> bool:
        """A run closed by a kin noun (``NAME_KIN``: "Bruder", "Mann") and a lone given name (:meth:`_lone_given`):
        "ihr Bruder Michael", "mit seinem Mann Karl-Heinz"."""
        kin = _KIN.get(lang)
        if not kin or len(words) < 2 or words[-2].text.casefold() not in kin or not words[-1].glued:
            return False
        return self._lone_given(words[-1], lang)

    def _said_surname(self, words: list[_Token], text: str, lang: str) -> bool:
        """Where nouns are capitalised, a family name (Faker's) alone opening a sentence right before a speech verb
        and the comma or colon that opens what was said ("Ortiz sagt, man müsse …", "Ortiz schrieb: …"): the speaker
        named by surname, when the word is no common noun, given name, acronym, institution nor place the gazetteer
        knows ("Kraft sagt, …" stays a word)."""
        if lang not in NOUNS_CAPITALISED or len(words) != 1 or not words[0].initial:
            return False
        word = words[0].text
        verb = _NEXT_LOWER.match(text, words[0].end)
        if verb is None or text[verb.end() : verb.end() + 1] not in (",", ":"):
            return False
        if len(word) < 3 or word not in _surnames() or _acronym(word) or _common_noun(word, lang) or _given_form(word):
            return False
        if not _quote_language(lang).is_verb(verb.group(1)):
            return False
        return not self.is_institution(word, lang) and self.gazetteer.place_form(word, lang) is None

    def _speaking_given(self, words: list[_Token], lang: str) -> bool:
        """Where nouns are capitalised, a lone given name right after a speech verb ("„…“, sagt Frank.", "schreibt Aron
        ihm"): the speaker, a person named by a given name (:meth:`_lone_given`)."""
        if lang not in NOUNS_CAPITALISED or len(words) != 1 or words[0].initial:
            return False
        spoken = _previous(words[0], self._tokens, self._index)
        if spoken is None or not spoken.islower() or not _quote_language(lang).is_verb(spoken):
            return False
        return self._lone_given(words[0], lang)

    def _apposed_surname(
        self, word: _Token, tokens: list[_Token], first: int, lang: str, text: str, cued: bool, introduced: bool
    ) -> bool:
        """Where nouns are capitalised, a lone surname set off by a comma from the role it holds, with a speech verb
        near: after the role and its complement ("Der Chef des Geheimdienstes, Budanow, sagte", "sagte der Leiter
        der Militärverwaltung, Tkatschenko.") or opening the sentence before it ("Tkatschenko, Sprecher der
        Luftwaffe, sagte"): a person named by surname. No word of the language nor a given name, no institution, no
        place the gazetteer knows; a list ("Vertreter von Siemens, Bosch und BASF") has no speech verb so near."""
        if lang not in NOUNS_CAPITALISED or len(word.text) < 4 or _acronym(word.text) or "-" in word.text:
            return False
        after = text[word.end : word.end + 1]
        if cued and first > 0 and text[tokens[first - 1].end : word.start].strip() == "," and after in (",", "."):
            pass  # the role before it, then the comma: "Der Chef des Geheimdienstes, Budanow"
        elif not (introduced and word.initial and after == ","):
            return False
        verbs = _quote_language(lang)
        near = [*tokens[max(0, first - 8) : first], *tokens[first + 1 : first + 9]]
        if not any(t.text.islower() and verbs.is_verb(t.text) for t in near):
            return False
        if not self._surname_like(word, lang) or _common_noun(word.text, lang) or _given_form(word.text):
            return False
        return not self.is_institution(word.text, lang) and self.gazetteer.place_form(word.text, lang) is None

    def _aged_surname(self, words: list[_Token], text: str, lang: str) -> bool:
        """Where nouns are capitalised, a lone capitalised word with an age in brackets right after it ("Domröse (68)
        sagt:", "sagte Brösicke (54)"): how news writes a witness by surname alone, a person; no word of the
        language (noun, dictionary entry, role, institution, month), no place the gazetteer knows."""
        if lang not in NOUNS_CAPITALISED or len(words) != 1 or len(words[0].text) < 3 or _acronym(words[0].text):
            return False
        age = _AGE_AFTER.match(text, words[0].end)
        if age is None or not 0 < int(age.group(1)) < 120:
            return False
        word = words[0]
        if not self._surname_like(word, lang) or _common_noun(word.text, lang):
            return False
        if word.text in _after_articles(text, lang):
            return False  # "der Bundesliga (18)", "die Bundesliga": a noun or a body the article writes so elsewhere
        return not self.is_institution(word.text, lang) and self.gazetteer.place_form(word.text, lang) is None

    def _subject_surname(self, words: list[_Token], text: str, lang: str) -> bool:
        """Where the speech verb closes the sentence (``verb_final``: Turkish), a Russian or Ukrainian family name
        alone where a speaker stands: the subject set off by a comma ("Medvedev, Telegram hesabından …
        ifadelerini kullandı"), right after a speech verb ("diye yazdı Gladkov"), or in the case a cue written
        after its source governs ("Hramçihin'e göre"): ending as the language spells such surnames
        (``cyrillic_surname_endings``), five letters or more, no word of the language nor a given name, no
        institution nor a place the gazetteer knows."""
        if lang in NOUNS_CAPITALISED or len(words) != 1 or lang not in _VERB_FINAL:
            return False
        word = words[0]
        bare = _APOSTROPHE_SUFFIX.sub("", word.text)
        endings = cyrillic_surname_endings(lang)
        if not endings or len(bare) < 5 or not bare.casefold().endswith(endings):
            return False
        k = self._index[id(word)]
        nxt = self._tokens[k + 1] if k + 1 < len(self._tokens) else None
        before = self._tokens[k - 1] if k and word.glued else None
        cued = bare != word.text and nxt is not None and nxt.glued and nxt.text in _quote_language(lang).cues_after
        subject = bare == word.text and text[word.end : word.end + 1] == ","  # the subject, set off by a comma
        after_verb = before is not None and before.text.islower() and _quote_language(lang).is_verb(before.text)
        if not (cued or subject or after_verb):
            return False
        if is_common_word(bare, lang) or _given_form(bare):
            return False
        return not self.is_institution(bare, lang) and self.gazetteer.place_form(bare, lang) is None

    def _district(self, t: _Token, lang: str) -> str | None:
        """Where nouns are capitalised, the district a city's name and a name joined by a hyphen name ("Dortmund-
        Dorstfeld", "Karlsruhe-Durlach"), when the gazetteer has no place of the whole: the first part a city, the
        second a smaller place of its country or a name no dictionary lists (not "Berlin-Marathon"); the second
        part's name, or None."""
        parts = t.text.split("-")
        if lang not in NOUNS_CAPITALISED or len(parts) != 2 or not all(len(p) >= 3 and _capitalised(p) for p in parts):
            return None
        city, name = parts
        if _acronym(city) or _acronym(name) or self.gazetteer.place_form(t.text, lang) is not None:
            return None
        known = self.gazetteer.place_form(city, lang)
        if known is None or known[1].kind != "city" or _common_noun(city, lang):
            return None
        inner = self.gazetteer.place_form(name, lang) or self.gazetteer.small_town(name, lang)
        if inner is not None and inner[1].kind == "city" and inner[1].country_code == known[1].country_code:
            if inner[1].population >= known[1].population or kilometres(inner[1], known[1]) > DISTRICT_KM:
                return None  # "Köln-Bonn": two cities (:meth:`_city_pair`), not a district of the first
            return inner[0]
        return name if self._strange_word(name, lang) else None

    def _city_pair(self, t: _Token, lang: str) -> list[Found]:
        """Two cities a hyphen joins ("Köln-Bonn", "Halle-Leipzig", an airport or a region named by both), where the
        gazetteer has no place of the whole and the second is no district of the first (:meth:`_district`), or a
        chain of three to five cities (a route or a line, "Köln-Frankfurt-München", where no district is meant and
        the cities may lie in two countries): each city on its own."""
        parts = t.text.split("-")
        if not 2 <= len(parts) <= _CITY_CHAIN_MAX:
            return []
        if not all(len(p) >= 3 and _capitalised(p) and not _acronym(p) for p in parts):
            return []
        if self.gazetteer.place_form(t.text, lang) is not None:
            return []
        looked = [self.gazetteer.place_form(p, lang) for p in parts]
        known = [f for f in looked if f is not None]
        if len(known) != len(parts):
            return []
        found = [self._at_home(f, lang) for f in known]
        # a part spelt like a noun ("Halle", "Bonn") is the city beside another city of its country
        if any(f[1].kind != "city" for f in found):
            return []
        if len(parts) == 2 and found[0][1].country_code != found[1][1].country_code:
            return []
        if any(
            _common_noun(p, lang) and f[1].population < _WORD_CITY_POPULATION for p, f in zip(parts, found, strict=True)
        ):
            return []
        first, second = found[0], found[1]
        if (
            len(parts) == 2
            and kilometres(first[1], second[1]) <= DISTRICT_KM
            and first[1].population > second[1].population
        ):
            return []  # a district of the first ("Hamburg-Altona")
        out, start = [], t.start
        for p, f in zip(parts, found, strict=True):
            out.append(Found(p, "GPE", start, start + len(p), f[0]))
            start += len(p) + 1
        return out

    def _registered_place(self, word: str, lang: str) -> str | None:
        """The registry's place an inflected word names ("Kremla", "Kremlu": Kreml), by the language's case
        endings; the registry's own forms it finds itself."""
        if not _capitalised(word) or _acronym(word):
            return None
        for ending, name_ending in CASE_ENDINGS.get(lang, ()):
            if word.casefold().endswith(ending) and len(word) - len(ending) >= 4:
                base = word[: len(word) - len(ending)] + name_ending
                if self.known_place(base):
                    return base
        return None

    def _feature_before(self, words: list[_Token], tokens: list[_Token], lang: str, text: str) -> Found | None:
        """A feature named by a lower-case head word and a particle before a name ("mar di Sardegna",
        "canale di Sicilia"), or a head word of ``PLACE_HEADS_BARE`` right before it ("río Ebro", "jezioro
        Śniardwy"): the head and the name are one place, not the name alone."""
        heads = PLACE_HEADS.get(lang)
        k = self._index.get(id(words[0]), 0)
        if not heads or len(words) > 2 or k < 1:
            return None
        bare = tokens[k - 1]
        if (
            bare.text.casefold() in HEADS_BARE.get(lang, ())
            and bare.text.islower()
            and words[0].glued
            and not words[0].initial
            and not any(
                _acronym(t.text) or self.is_role(t.text, lang) or self.is_institution(t.text, lang) for t in words
            )
            and self._given_name_at(words, lang) is None
        ):
            return Found(text[bare.start : words[-1].end], "LOC", bare.start, words[-1].end)
        if k < 2:
            return None
        particle, head = tokens[k - 1], tokens[k - 2]
        glued = words[0].glued and particle.glued and not words[0].initial
        elided = re.match(r"[^\W\d_]{1,3}['’]", head.text)  # "l'isola di Capri": the head after the article
        word = head.text[elided.end() if elided else 0 :]
        if not glued or particle.text not in PARTICLES.get(lang, ()) or word.casefold() not in heads:
            return None
        begin = head.start + (elided.end() if elided else 0)
        return Found(text[begin : words[-1].end], "LOC", begin, words[-1].end)

    def _compound_region(self, words: list[_Token], lang: str, text: str) -> Found | None:
        """A one-word compound of a compass word and a place the gazetteer knows ("Ostukraine", "Nordsyrien"), or
        of such a place, a hyphen and a settlement head ("Kursk-Region", "Gaza-Stadt"): a region of that place,
        with no point of its own (the part before the hyphen names the place it is)."""
        if len(words) != 1 or self.gazetteer is None:
            return None
        word = words[0].text
        if len(word) > 60 or not _capitalised(word) or self.gazetteer.place_form(word, lang) is not None:
            return None
        low = word.casefold()
        head, _, tail = word.rpartition("-")
        if head and tail.casefold() in SETTLEMENT_HEADS.get(lang, ()) and "-" not in head:
            place = self.gazetteer.place_form(head, lang)
            if place is not None and place[1].kind != "country":
                return Found(word, "GPE", words[0].start, words[0].end, place[0])
            return None
        heads = SETTLEMENT_HEADS.get(lang, ())
        base = next((tail[: len(tail) - n] for n in (0, 2, 1) if tail[: len(tail) - n].casefold() in heads), None)
        if head and base and self._district_parts(head.split("-"), lang):
            # "Rhein-Sieg-Kreis", "des Ennepe-Ruhr-Kreises": a district's name, its genitive undone
            return Found(word, "GPE", words[0].start, words[0].end, f"{head}-{base}")
        prefix = next((p for p in COMPASS_PREFIXES.get(lang, ()) if low.startswith(p)), None)
        rest = word[len(prefix) :] if prefix else ""
        if len(rest) < 4 or not rest.isalpha():
            return None
        rest = rest[0].upper() + rest[1:]
        if self.gazetteer.place_form(rest, lang) is None or rest in _first_names() or rest in _surnames():
            return None
        return self._span(words, "LOC", text)

    @staticmethod
    def _district_parts(parts: list[str], lang: str) -> bool:
        """Whether the words a hyphen joins before a settlement head are a district's name of two or three parts, its
        rivers' or lands' names ("Rhein-Sieg-Kreis", "Main-Taunus-Kreis"): each capitalised letters,
        none a lower-case word ("Pro-Europa-Kreis") and not all given names ("Peter-Paul-Kreis")."""
        return (
            2 <= len(parts) <= 3
            and all(
                len(p) >= 3 and p.isalpha() and p[0].isupper() and not p.isupper() and not _lower_lemma(p, lang)
                for p in parts
            )
            and not all(p in _first_names() for p in parts)
        )

    def _compound_feature(self, words: list[_Token], lang: str, text: str) -> Found | None:
        """A one-word compound ending in a feature word of the language ("Bodensee", "Erzgebirge", "Ahrtal"): a
        name where the dictionary lists no plural of it ("Stauseen", "Regenwälder" make common nouns) nor of a
        longer word it ends in ("Datenportal" of "Portal", "Portale"), it is no English word ("Continental"), and
        neither the gazetteer (a town: "Greifswald") nor the people data ("Grunewald") know it."""
        endings = FEATURE_ENDINGS.get(lang)
        if not endings or len(words) != 1:
            return None
        word = words[0].text
        low = word.casefold()
        ending = next((e for e in endings if low.endswith(e)), None)
        if ending is None or not 3 <= len(low) - len(ending) <= 30 or not word.isalpha() or not _capitalised(word):
            return None
        if word in _surnames() or word in _first_names() or self.gazetteer.place_form(word, lang) is not None:
            return None
        from wirestream.services.enrich.entities.quotes.language import common_word, known_word

        if known_word(low, "en"):
            return None  # "Continental", "Portal": an English word whose letters end in a feature word

        def common(noun: str) -> bool:  # the dictionary gives the noun a plural, or has it in lower case
            stem = noun[: len(noun) - len(ending)]
            return common_word(noun.casefold(), lang) or any(known_word(stem + p, lang) for p in endings[ending])

        if common(word):
            return None
        for cut in range(1, len(word) - len(ending)):  # the longer words it ends in: "Portal" in "Datenportal"
            tail = word[cut].upper() + word[cut + 1 :]
            if known_word(tail, lang) and common(tail):
                return None
        return self._span(words, "LOC", text)

    def _given_name_at(self, words: list[_Token], lang: str) -> tuple[int, int] | None:
        """Where a person starts and ends in a run: a given name, then one to three surnames, to the run's
        end or, failing that, to the first word after them that is no surname ("Claudia Brandes
        Bürgermeisterin", "Javier Milei Crítica": a role or a word of the language runs on).

        The given name must never be written in lower case in the article ("Rose", "Paz") nor
        be a country ("Jordan"); the surnames must look like names (capitalised, not a common
        noun, an institution, a role or an acronym). The whole must not be a place ("Santa Cruz").
        """
        body = any(self.is_institution(t.text, lang) for t in words)  # "Sportradar Media Services GmbH"
        for whole in (True, False) if not body else (True,):
            for k, t in enumerate(words[:-1]):
                inflected = k + 2 < len(words) and self._given(words[k + 1], lang) and _inflected_word(t.text, lang)
                # "według Tomasza Wróblewskiego": a given name in the genitive opens a person too (``NAME_GENITIVES``)
                oblique = k + 2 == len(words) and _oblique_given(t.text, lang) is not None
                pinyin = self._pinyin_given(t.text, words[k + 1].text, lang)
                if not (self._given(t, lang) or oblique or pinyin) or inflected:
                    continue  # "Esteri Antonio Tajani": an inflected word, then a whole name; not "Roan Wilson"
                if k + 2 < len(words) and self._given(words[k + 1], lang) and self._big_city(t, lang):
                    continue  # "burmistrz Santiago Felipe Alessandri": a city of millions, then a whole name
                if k and self._place_opened_before(words[k - 1], t, lang):
                    continue  # "New York Infos": the given name York ends a place's name, no person opens there
                end = len(words)
                if not whole:
                    end = next((j for j in range(k + 1, end) if not self._surname_like(words[j], lang)), end)
                    stop = words[end] if end < len(words) else None
                    word = stop is not None and (
                        self.is_role(stop.text, lang) or _dictionary_word(stop.text, lang) or stop.text in self._nouns
                    )
                    if not word or end - k > 3 or words[end - 1].text.islower():
                        continue  # the run goes on with a name, not a word ("Emily Atkin Milliardärin Kim Kardashian")
                # (not after a particle: "Jan van Aken" is a surname with its particle, Aken no dateline)
                if end - k >= 3 and not words[end - 2].text.islower() and self._dateline_place(words[end - 1], lang):
                    end -= 1  # "Von Armin Schwibach Rom (kath.net)": a byline, then its dateline's city
                elif end - k == 3 and self._told_after(words[k + 1], words[end - 1], lang):
                    end -= 1  # "сказав Олег Коваленко Укрінформу": the outlet told, in the dative, is no surname
                rest = words[k + 1 : end]
                names = [w for w in rest if not w.text.islower()]
                if all(_plain_word(w.text, lang) for w in (t, *names)):
                    continue  # "Ruta Nacional": a given name spelt like a word of the language, then words
                if names and self._english_title(t, names[-1], words, lang):
                    continue  # "zwei Golden Globes", "Junior Winter Championships": an English title, no person
                if 1 <= len(names) <= 3 and len(rest) <= 4 and all(self._surname_like(w, lang) for w in names):
                    phrase = " ".join(w.text for w in words[k:end])
                    if self.gazetteer.place_form(phrase, lang) is None and not self._place_ends_at(words, k, lang):
                        return k, end  # (not "West Hollywood Platz": a place's name, then a common noun)
        return None

    def _place_opened_before(self, before: _Token, given: _Token, lang: str) -> bool:
        """Where nouns are capitalised, whether a given name ends, with the word right before it, the name of a city
        the gazetteer knows ("New York Infos", "Fort Worth Airport"): the place's last word, no person's first."""
        if lang not in NOUNS_CAPITALISED or not _capitalised(before.text):
            return False
        place = self.gazetteer.place_form(f"{before.text} {given.text}", lang)
        return place is not None and place[1].kind == "city"

    def _body_after_article(self, words: list[_Token], lang: str) -> bool:
        """Whether a run of three words or more opens with a body's acronym as the press of some languages writes it,
        in title case ("Oms", "Onu", "Bce"), right after a definite article ("dell'Oms Tedros Adhanom Ghebreyesus"):
        two to four letters that are no word of the language, no role, institution or place. No person opens there."""
        word = words[0].text
        if len(words) < 3 or not acronym_after_article(word, _previous(words[0], self._tokens, self._index), lang):
            return False
        if self.is_role(word, lang) or self.is_institution(word, lang):
            return False
        return self.gazetteer.place_form(word, lang) is None

    def _foreign_given_before(self, head: list[_Token], before: list[Found], length: int, lang: str) -> bool:
        """Where nouns are not capitalised, whether the one word before a given name and its surnames is a foreign
        given name no list holds ("Hossein Amir Abdollahian", "Othman Karim Nasser"): a capitalised word of letters
        that reads as nothing on its own or as the same person, no word of the language nor of English, no role, no
        institution, no place the gazetteer knows, not after a definite article. ("il ministro Antonio Tajani", "a
        Roma Mario Rossi", "della Bce Christine Lagarde" keep theirs.)"""
        if lang in NOUNS_CAPITALISED or len(head) != 1 or length < 2:
            return False
        word = head[0].text
        if not (_capitalised(word) and word.isalpha() and word[1:].islower()) or len(word) < 3:
            return False
        if any(f.label != "PERSON" or (f.start, f.end) != (head[0].start, head[0].end) for f in before):
            return False
        if after_definite(_previous(head[0], self._tokens, self._index), lang):
            return False  # "dell'Onu Antonio Guterres": a body after its article, then the person
        if word.casefold() in FUNCTION_WORDS.get(lang, ()) or word.casefold() in self.calendar:
            return False
        if _dictionary_word(word, lang) or _dictionary_word(word, "en") or _plain_word(word, lang):
            return False
        if self.is_role(word, lang) or self.is_institution(word, lang) or word in self._nouns:
            return False
        return self.gazetteer.place_form(word, lang) is None

    @staticmethod
    def _english_title(given: _Token, last: _Token, run: list[_Token], lang: str) -> bool:
        """Outside English, a given name that is an English word too ("Golden", "Case", "Junior", "Justice") before a
        last word no list holds as a family or given name, in English title case: the last word an English noun's
        plural ("zwei Golden Globes", "Junior Winter Championships"), or three English words at least in the run ("Tax
        Justice Network"). A title or a body, no person ("Tiger Woods", "Will Smith": a family name last; "Hope
        Solo": two words, none plural)."""
        if lang == "en" or not _common_spelling(given.text, "en"):
            return False
        word = last.text
        if word in _surnames() or word in _first_names():
            return False
        if len(word) > 3 and word.endswith("s") and _common_spelling(word[:-1], "en"):
            return True
        return len(run) >= 3 and all(_common_spelling(t.text, "en") for t in run)

    def _pinyin_given(self, given: str, surname: str, lang: str) -> bool:
        """Whether a word is a Chinese given name of two syllables in pinyin ("Fangming", "Xianying") before a Chinese
        family name as Latin letters write it (:func:`_chinese_surnames`: "Fangming Cheng", where Cheng is a town
        too): no word of the language nor of English, no place the gazetteer knows, no function word after it."""
        if not 4 <= len(given) <= 12 or not given[:1].isupper() or not given[1:].islower():
            return False
        if surname not in _chinese_surnames() or surname.casefold() in FUNCTION_WORDS.get(lang, ()):
            return False
        if _PINYIN_GIVEN.fullmatch(given.casefold()) is None:
            return False
        if _dictionary_word(given, lang) or _dictionary_word(given, "en"):
            return False
        return self.gazetteer.place_form(given, lang) is None

    def _told_after(self, surname: _Token, last: _Token, lang: str) -> bool:
        """(``NAME_GENITIVES`` "dative") the third word of a given name and two more in a language whose own names
        are a given name and one surname, when it ends in the dative of the one a speaker tells ("сказав Олег
        Коваленко Укрінформу", "powiedział Tomasz Wróblewski Onetowi"): the outlet, not a second surname. Not after a
        second given name ("Хуан Карлос …")."""
        endings = GENITIVES.get(lang, {}).get("dative", ())
        if not endings or _given_form(surname.text) or "-" in last.text:
            return False
        return any(last.text.endswith(e) and len(last.text) > len(e) + 2 for e, _ in endings)

    def _dateline_place(self, t: _Token, lang: str) -> bool:
        """Whether a word ending a person's run after a given name and a surname is rather a place: a country or a
        city known abroad (a capital: "Rom", "Berlin") that is no family name (not "Washington", "Paris")."""
        if t.text in _surnames() or t.text in _first_names():
            return False
        place = self.gazetteer.place_form(t.text, lang)
        return place is not None and (place[1].kind == "country" or place[1] in self.gazetteer.known_abroad)

    def _big_city(self, t: _Token, lang: str) -> bool:
        """Whether a word names a city of a million people or more (Santiago, not Victoria)."""
        place = self.gazetteer.place_form(t.text, lang)
        return place is not None and place[1].kind == "city" and place[1].population >= 1_000_000

    def _arabic_name(self, words: list[_Token], lang: str) -> bool:
        """One to three names that look like names, then an Arabic family name with its article written onto it
        ("Baschar al-Assad", "Abdel Fattah al-Sisi"): a person, whether or not a list holds the given names."""
        if not 2 <= len(words) <= 4 or not arabic_family_name(words[-1].text):
            return False
        return all(
            not w.text.islower() and self._surname_like(w, lang) and self.gazetteer.place_form(w.text, lang) is None
            for w in words[:-1]
        )

    def _given(self, t: _Token, lang: str) -> bool:
        if not _given_form(t.text) or t.text in self._nouns:
            return False
        if lang in NOUNS_CAPITALISED and _inflected_noun(t.text, lang):
            return False  # "Tage" (of Tag), not the given name
        folded = t.text.casefold()
        if folded in self._lower or self.is_role(t.text, lang):  # a month here is a name: runs left dates out
            return False
        place = self.gazetteer.place_form(t.text, lang)
        # a country's name in another language only ("Malte", French for Malta) is a given name still
        return place is None or place[1].kind != "country" or not _own_country_name(t.text, lang)

    def _surname_like(self, t: _Token, lang: str) -> bool:
        return (
            _capitalised(t.text)
            and not _acronym(t.text)
            and t.text not in self._nouns
            and not _noun(t.text, lang, inflected=False)  # after a given name "Lenzen" is a surname, "Werbung" no
            and t.text.casefold() not in self._lower
            and (t.text.casefold() not in self.calendar or self._family_name_dated(t))
            and not institution_word(t.text)
            and not self.is_role(t.text, lang)
            and not self._feminine_noun(t.text, lang)
            and not self._compound_noun(t.text, lang)
        )

    def _family_name_dated(self, t: _Token) -> bool:
        """Whether a month's or a weekday's word (in any language) is a family name right after a given name
        (:func:`_surname_after_given`: "Karl May", "Theresa May"), as the runs were cut."""
        k = self._index.get(id(t))
        return k is not None and _surname_after_given(self._tokens, k, self._text, self.calendar)

    def _compound_noun(self, word: str, lang: str) -> bool:
        """Whether a hyphenated capitalised word is a compound noun where nouns are capitalised ("Cup-Finale",
        "Cup-Bilanz"): its last part a common noun of the dictionary and no family name, its first a word of a
        dictionary and no name ("Leutheusser-Schnarrenberger", "Müller-Wohlfahrt" are surnames)."""
        if lang not in NOUNS_CAPITALISED or "-" not in word or len(word) > 64:
            return False
        first, head = word.split("-", 1)[0], word.rsplit("-", 1)[1]
        if not first or not head or not _capitalised(head) or family_name(head) or family_name(first):
            return False
        if _given_form(first) or not (_dictionary_word(first, lang) or _dictionary_word(first, "en")):
            return False
        if any(self.gazetteer.place_form(part, lang) is not None for part in (first, head)):
            return False  # "Köln-Bonn": two places, no compound noun
        return _common_noun(head, lang) or _noun(head, lang)

    @staticmethod
    def _feminine_noun(word: str, lang: str) -> bool:
        """Whether a capitalised word is the feminine of a noun of the dictionary ("Milliardärin" of "Milliardär"),
        where nouns are capitalised: a word of the language for a person, no surname ("Putin": "Put" is none)."""
        ending = _FEMININE.get(lang)
        if not ending or lang not in NOUNS_CAPITALISED or not word.endswith(ending):
            return False
        base = word[: -len(ending)]
        return len(base) >= 4 and _common_noun(base, lang)

    def _given_before_surname(self, place: Place, words: list[_Token], n: int, lang: str) -> bool:
        """Whether a word read as a country is a given name before a capitalised word no place is ("Malte Krüger":
        Malta's name in French, a given name in German), the country's name neither in the article's language nor
        in English."""
        word = words[n].text
        if place.kind != "country" or n + 1 >= len(words) or not given_name(word, lang):
            return False
        if _own_country_name(word, lang):
            return False  # "Jordan" in English, "Georgia": the country's own name here stays it
        after = words[n + 1].text
        return _capitalised(after) and self.gazetteer.place_form(after, lang) is None

    def _at_home(self, place: tuple[str, Place], lang: str) -> tuple[str, Place]:
        """The town of the language's own countries (``PLACE_HOME_COUNTRIES``) a name stands for, where the gazetteer's
        choice is a town abroad under a million people, no capital nor a city known abroad, and a town at home has
        that very name ("Halle": the German town before the Belgian one, which GeoNames ranks first by its size), its
        own name or that name before a parenthesis GeoNames tells namesakes apart by ("Halle (Saale)")."""
        name, town = place
        home = HOME_COUNTRIES.get(lang)
        if not home or town.kind != "city" or town.country_code in home or town in self.gazetteer.known_abroad:
            return place
        if town.population >= ALIAS_CITY_POPULATION:
            return place
        own = [
            p
            for p in self.gazetteer.by_name.get(name.casefold(), ())
            if p.country_code in home and _QUALIFIER.sub("", p.name) == name
        ]
        return (name, max(own, key=lambda p: p.population)) if own else place

    def _person_genitive(self, place: tuple[str, Place], part: list[_Token], lang: str) -> str | None:
        """The person a one-word town abroad names when the word is a family name (Faker's, or the registry's)
        with a case ending of the language's names (``NAME_PERSON_ENDINGS``: "Obamas" of Obama, which GeoNames
        also reads as Obama, Japan): a small town abroad (outside ``PLACE_HOME_COUNTRIES``, no capital nor a city
        known abroad) that no preposition of place or of going places; the surname, or None."""
        name, town = place
        home = HOME_COUNTRIES.get(lang)
        if len(part) != 1 or not home or town.kind != "city" or town.country_code in home:
            return None
        word = part[0].text
        if name == word or town in self.gazetteer.known_abroad or town.population >= ALIAS_CITY_POPULATION:
            return None  # the town's own name as written ("Obama" alone is read as before)
        first = self._index[id(part[0])]
        if self._after_locative(self._tokens, first, lang) or self._after_direction(self._tokens, first, lang):
            return None  # "in Obamas" is no genitive of a person
        previous = _previous(part[0], self._tokens, self._index)
        if previous is not None and previous.casefold() in ARTICLES.get(lang, ()):
            return None  # "aus den Hamptons": no article comes right before a name's genitive ("Obamas Wahlkampf")
        return next(self._surname_stems(word, lang), None)

    def _place_ends_at(self, words: list[_Token], k: int, lang: str) -> bool:
        """Where nouns are capitalised, whether a given name's form at ``words[k]`` is a word of a place's name of two
        or three words the gazetteer knows ("New York", "West Hollywood") that a common noun follows ("Infos",
        "Platz"): the place, then the noun, no person."""
        if lang not in NOUNS_CAPITALISED:
            return False
        for first in range(max(0, k - 2), k + 1):
            for last in range(max(k, first + 1), min(first + 3, len(words) - 1)):
                if not self._plain_noun(words[last + 1].text, lang):
                    continue
                if self.gazetteer.place_form(self._text[words[first].start : words[last].end], lang) is not None:
                    return True
        return False

    @staticmethod
    def _common_plural(word: str, lang: str) -> bool:
        """Where nouns are capitalised, whether a word is a common noun, or the inflected form of an abstract one
        (``NAME_NOUN_SUFFIXES``: "Verzögerungen" of Verzögerung, "Sorgen"), no family name ("von Hollen" stays a
        surname: "Holle" is no abstract noun)."""
        if lang not in NOUNS_CAPITALISED:
            return False
        if NameFinder._plain_noun(word, lang):
            return True
        if word in _surnames():
            return False
        from wirestream.services.enrich.entities.quotes.language import lemma

        return _inflected_noun(word, lang) and lemma(word, lang).endswith(NOUN_SUFFIXES.get(lang, ()))

    @staticmethod
    def _plain_noun(word: str, lang: str) -> bool:
        """Whether a capitalised word is a common noun of the language (its dictionary has it in lower case or its
        plural: "Platz", "Infos") that no list holds as a family name ("Koch", "Fischer")."""
        return word not in _surnames() and _common_noun(word, lang)

    def _city_as_written(self, word: str, lang: str) -> bool:
        """Whether a word is, as written, the name of a city known abroad or of a million people ("Dallas", "Paris"):
        the city, not the genitive of a family name one letter shorter ("Dalla")."""
        place = self.gazetteer.place_form(word, lang)
        return (
            place is not None
            and place[0] == word
            and place[1].kind == "city"
            and (place[1] in self.gazetteer.known_abroad or place[1].population >= ALIAS_CITY_POPULATION)
        )

    def _noun_genitive(self, place: tuple[str, Place], word: _Token, lang: str) -> bool:
        """Where nouns are capitalised, a word read as a small town abroad by a case ending of names (``NAME_PERSON_
        ENDINGS``: "Tanks" of Tank, Pakistan) whose stem is a common noun of the language ("des Tanks"): the noun's
        genitive or plural, neither the town nor the genitive of a family name spelt like the noun."""
        name, town = place
        home = HOME_COUNTRIES.get(lang)
        if lang not in NOUNS_CAPITALISED or not home or town.kind != "city" or town.country_code in home:
            return False
        if name == word.text or town in self.gazetteer.known_abroad or town.population >= ALIAS_CITY_POPULATION:
            return False
        return any(
            ending and word.text == name + ending and _common_noun(name, lang)
            for ending in PERSON_ENDINGS.get(lang, ())
        )

    def _name_like(self, words: list[_Token], lang: str) -> bool:
        return all(
            _capitalised(t.text)
            and not _acronym(t.text)
            and t.text.casefold() not in self._lower
            and not self.is_institution(t.text, lang)
            and self.gazetteer.place_form(t.text, lang) is None
            for t in words
        )

    def _common_before(self, t: _Token, nxt: _Token, lang: str, english_only: bool = False) -> bool:
        """Whether ``t`` is a word of the language before another word of it or a given name ("Einige
        Menschen", "Estado Social", "Esteri Antonio"), or an English word before an English word in another
        language ("Brain Drain", "Cloud Services"): no part of a name. Before a word no dictionary lists, or
        a family name, it may be a rare given name ("Tuca Almeida"); mid-sentence in German a capitalised word is a noun or a
        name ("wie Tiger Woods")."""
        if self.gazetteer.place_form(t.text, lang) is not None:
            return False
        english = lang != "en" and is_common_word(t.text, "en") and not _dictionary_word(t.text, lang)
        if english and _dictionary_word(nxt.text, "en"):
            return True
        own = (lang not in NOUNS_CAPITALISED or t.initial) and is_common_word(t.text, lang)
        word_after = _dictionary_word(nxt.text, lang) and nxt.text not in _surnames()  # "Tuca Almeida": a surname
        return not english_only and own and (nxt.text in _first_names() or word_after)

    def _known(self, word: str, endings: tuple[str, ...]) -> bool:
        if self.known(word):
            return True
        folded = word.casefold()
        return any(folded.endswith(e) and self.known(word[: len(word) - len(e)]) for e in endings if e)


def _given_and_surname(given: str, surname: str, lang: str) -> bool:
    """Whether two words are a given name and a family name of the article's language ("Peter Vogl"), not a town
    named after a saint ("Maria Alm": "Alm" is a family name only in other languages' lists)."""
    return given_name(given, lang) and surname in language_surnames(lang)
