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
import unicodedata
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass

from wirestream.services.enrich import languages
from wirestream.services.enrich.entities import uncased
from wirestream.services.enrich.entities.features import features
from wirestream.services.enrich.entities.geo import (
    ALIAS_CITY_POPULATION,
    CASE_ENDINGS,
    DISTRICT_KM,
    Gazetteer,
    Place,
    kilometres,
    town_alias,
    unaccented,
)
from wirestream.services.enrich.entities.name_data import Found, cyrillic_given_names, cyrillic_surname_endings
from wirestream.services.enrich.entities.name_data import person_names as _person_names
from wirestream.services.enrich.entities.name_data import spacy_defaults as _spacy_defaults
from wirestream.services.enrich.entities.name_data import stop_words as _stop_words
from wirestream.services.enrich.languages import cldr
from wirestream.services.enrich.lexicon import CJK, LANGUAGES, all_month_forms


def _sets(table: str) -> dict[str, frozenset[str]]:
    """A language-module table of words (a collection per language) as a set per language."""
    return {code: frozenset(words) for code, words in languages.table(table).items()}


# Titles and roles that come before a person's name. Lower case; in languages that
# build compounds (de, nl) a word *ending* in one of them is a role too (Kremlsprecher,
# Außenminister); in Slavic languages a word *starting* with one is (речника, rzecznika).
ROLES: dict[str, tuple[str, ...]] = languages.table("NAME_ROLES")
# (NAME_COMPOUNDS and NAME_CASE_ENDINGS of the language's module; a language without NAME_ROLES or
# NAME_INSTITUTIONS has no stems to match, so only the languages with a module are named here.)
_ROLE_SUFFIX = languages.having("NAME_COMPOUNDS")  # compounds: Kremlsprecher
_ROLE_PREFIX = languages.having("NAME_CASE_ENDINGS")  # case endings: rzecznika, речника

# Words that make a capitalised run an organisation. Same matching rules as ROLES.
INSTITUTIONS: dict[str, tuple[str, ...]] = languages.table("NAME_INSTITUTIONS")

# Nouns that name a body only after a capitalised adjective ("Deutsche Post"). Same matching rules as ROLES.
ADJECTIVE_BODIES: dict[str, tuple[str, ...]] = languages.table("NAME_ADJECTIVE_BODIES")
# The endings of an inflected adjective ("Deutsche", "Deutschen", "Europäischer").
_ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")

# Words that start sentences and are never names (articles, prepositions, pronouns).
FUNCTION_WORDS: dict[str, frozenset[str]] = {
    code: frozenset(words.split()) for code, words in languages.table("NAME_FUNCTION_WORDS").items()
}

# Lower-case words that may stand inside a name ("Ursula von der Leyen", "Ministerio de Defensa").
# Kept apart from the quote lexicon's ``name_particles`` on purpose: these join a capitalised run of any kind,
# bodies and places too ("Bank of England", "Ministère des Armées", "Università degli Studi"), and are read for
# the article's language only; ``name_particles`` are the particles of a person's name ("Abu", "ibn", "Mac"),
# read from every language at once (a speaker may be named in another language's form), where "of" or "des"
# would join "Secretary of State" into a speaker's name.
PARTICLES: dict[str, frozenset[str]] = languages.table("NAME_PARTICLES")

# Endings an inflected surname takes ("Pieskowa" is Pieskow, "Пєскова" Пєсков, "Putins" Putin).
PERSON_ENDINGS: dict[str, tuple[str, ...]] = languages.table("NAME_PERSON_ENDINGS")

# Endings of the language's abstract nouns ("Werbung", "Theologie"): such a dictionary word is no surname.
NOUN_SUFFIXES: dict[str, tuple[str, ...]] = languages.table("NAME_NOUN_SUFFIXES")

# "Day" in a capitalised run makes it a holiday, not a name or a place ("Día de la Victoria",
# "Zafer Günü", "Hari Kemenangan", "Tag der Befreiung").
DAY_WORDS: dict[str, frozenset[str]] = languages.table("NAME_DAY_WORDS")

# Nouns are capitalised in these languages: a capitalised pair is not yet a name. A word
# that follows an article or a contracted preposition anywhere in the article is a
# common noun there ("die Lage", "zum Essen"), not a name or a town.
NOUNS_CAPITALISED = languages.having("NOUNS_CAPITALISED") | {"lb"}  # Luxembourgish (no module) as German
ARTICLES: dict[str, frozenset[str]] = languages.table("NAME_ARTICLES")
ARTICLES["lb"] = ARTICLES["de"]

# Words that make a capitalised run a geographic feature ("Ege Denizi", "Mar di Sardegna", "Pianura Padana").
PLACE_HEADS = _sets("PLACE_HEADS")
# Head words that make a feature only when they come first ("Piazza Rossa", "Plaza Roja"; "Mario Piazza" is a person).
HEADS_BEFORE = _sets("PLACE_HEADS_BEFORE")
# Lower-case head words that make the name right after them a feature, no particle between ("río Ebro", "lac Léman").
HEADS_BARE = _sets("PLACE_HEADS_BARE")
# Compass words opening a one-word compound with a place ("Ostukraine"), and settlement heads after a hyphen.
COMPASS_PREFIXES: dict[str, tuple[str, ...]] = languages.table("PLACE_COMPASS_PREFIXES")
# Where nouns are capitalised: endings of town names that are nouns too ("Moritzburg": "Burg").
TOWN_ENDINGS: dict[str, tuple[str, ...]] = languages.table("PLACE_TOWN_ENDINGS")
# Endings of one-word compounds naming a feature, each with its plural endings ("Bodensee": "see", ("seen",)).
FEATURE_ENDINGS: dict[str, dict[str, tuple[str, ...]]] = languages.table("PLACE_FEATURE_ENDINGS")
# Prepositions that place what follows ("in Galles", "na Šumavě", "у Підмосков'ї"), and Turkish locative endings
# after an apostrophe ("Bayraklı'da"): a capitalised run there that nothing else names is a place.
LOCATIVES = _sets("PLACE_LOCATIVES")
# Prepositions of going and coming ("nach", "aus"): they place a word the gazetteer knows, not an unknown one
# ("nach Starfield", "aus Polycarbonat": after, made of).
DIRECTIONS = _sets("PLACE_DIRECTIONS")
# The countries whose towns the language's articles name without a cue (German: DE, AT, CH, LI, LU): a town abroad
# spelt like a word of the language needs a preposition of place or of going ("Roman", "Corona", "Union").
HOME_COUNTRIES = _sets("PLACE_HOME_COUNTRIES")
# Plural endings that only a common noun takes ("Romane", "Unionen"; not the genitive "-s" a name takes too).
PLURAL_ENDINGS: dict[str, tuple[str, ...]] = languages.table("NAME_PLURAL_ENDINGS")
# The endings of a declined name of several words and of the name ("Vereinigten Staaten": Vereinigte Staaten).
PHRASE_ENDINGS: dict[str, tuple[tuple[str, str], ...]] = languages.table("PLACE_PHRASE_ENDINGS")
LOCATIVE_SUFFIXES: dict[str, tuple[str, ...]] = languages.table("PLACE_LOCATIVE_SUFFIXES")
# Compass words that make what follows them and "of" a place ("nel sud dell'Inghilterra"), and elided "of" forms.
COMPASS = _sets("PLACE_COMPASS")
# Compass words (and "central", "upstate") that make, before a known place, a part of it ("West Africa").
COMPASS_BEFORE = _sets("PLACE_COMPASS_BEFORE")
# A city this big or more, a region or a country is "more than a town" where a rule needs a place users know.
CITY_POPULATION = 100_000


def more_than_a_town(place: Place) -> bool:
    """A country, a region (a state, a continent) or a city of :data:`CITY_POPULATION`: a place users know."""
    return place.kind != "city" or place.population >= CITY_POPULATION


OF_ELIDED = _sets("PLACE_OF_ELIDED")
# Lower-case region words after a capitalised adjective ("Moskevské oblasti", "Московській області").
ADJECTIVE_ENDINGS: dict[str, tuple[str, ...]] = languages.table("PLACE_ADJECTIVE_ENDINGS")
REGION_WORDS = _sets("PLACE_REGION_WORDS")
# A settlement noun right before a name ("las comunidades de", "miasteczka"): the run after it, and the list it
# opens ("de Arcila, Galindo y La Estancia"), are places whether or not the gazetteer knows them (the table
# logic.py reads for the languages a model reads).
SETTLEMENT_BEFORE = {code: re.compile(cue, re.I) for code, cue in languages.table("PLACE_NOUN_BEFORE").items()}
# A settlement noun heading a run, where nouns are capitalised ("Gemeinde Hünxe", "Landkreis Göppingen").
SETTLEMENT_HEADS = _sets("PLACE_SETTLEMENT_HEADS")
# Words that put a name beside a known place, which makes it a place too: "Staffelde bei Kremmen" (after the name),
# "zwischen Ischgl und Samnaun" (before a pair joined by NAME_AND).
NEAR = _sets("PLACE_NEAR")
BETWEEN = _sets("PLACE_BETWEEN")
# "up to", before a small town of the language's own countries only ("bis Landeck"; not "bis Ende des Jahres")
UNTIL = _sets("PLACE_UNTIL")
# Bodies named by their seat ("Polizei Bad Salzdetfurth"): the words after the head are a place, the head is not.
SEAT_HEADS = _sets("PLACE_SEAT_HEADS")
# A city smaller than this whose name is a common word of the language ("Centro", "Sur", "Estancia") is taken
# only where a locative or settlement word places it: the size from which the gazetteer trusts other names.
_WORD_CITY_POPULATION = 100_000
# A qualifier in parentheses after a town's GeoNames name that tells namesakes apart ("Halle (Saale)", "Frankfurt
# (Oder)"): the town's name in running text is the name before it.
_QUALIFIER = re.compile(r"\s*\([^()]*\)$")
_SUFFIX_APOSTROPHE = languages.having("PLACE_APOSTROPHE_SUFFIX")  # Turkish: the case ending after "'" ("Denizi'nde")

# Indefinite articles: a capitalised run right after one is a thing ("una Chery Tiggo"), not a person.
INDEFINITE = _sets("NAME_INDEFINITE_ARTICLES")

# Words for a storm: the name after one is the storm's ("la tempête Céline", "Storm Ciaran"), not a person.
STORMS = _sets("NAME_STORM_WORDS")


def storm_name(words: list[str], previous: str | None, lang: str) -> bool:
    """Whether a capitalised run names a storm, not a person: a storm word opens it ("Storm Ciaran") or is the word
    right before it (``previous``, None when more than a space parts them: "la tempête Céline", "Sturmtief Zeynep").
    The one rule for the recogniser's runs (NameFinder) and a model's people (logic.correct)."""
    storms = STORMS.get(lang, frozenset())
    return bool(storms) and (
        (len(words) > 1 and words[0].casefold() in storms) or (previous is not None and previous.casefold() in storms)
    )


def after_indefinite(previous: str | None, lang: str) -> bool:
    """Whether the word right before a name (``previous``, None when more than a space parts them) is an
    indefinite article ("una Ford Ranger", "une Renault Clio"): what the name opens is a thing, not a person. The one
    rule for the recogniser's runs (NameFinder) and a model's people (logic.correct)."""
    return previous is not None and previous.casefold() in INDEFINITE.get(lang, ())


# Words for a news outlet: the name right after one is the outlet's ("l'agenzia Ria Novosti", "news agency Interfax").
OUTLETS = _sets("NAME_OUTLET_WORDS")
_ELIDED_BEFORE = re.compile(r"^[^\W\d_]{1,5}['’]")  # "l'" of "l'agenzia"


def outlet_name(previous: str | None, lang: str) -> bool:
    """Whether the word right before a name (``previous``, None when more than a space parts them; an elided article
    glued to it aside: "l'agenzia") is a word for a news outlet ("l'agenzia Ria Novosti", "the daily Kommersant"): the
    name is the outlet's, an organisation, not a person. The one rule for the recogniser's runs (NameFinder) and a
    model's people (logic.correct). Where the language builds compounds, one ending in such a word is one too
    ("Telegram-Kanal Baza", "Nachrichtenagentur Interfax", "Staatssender Rossija")."""
    if previous is None:
        return False
    word = _ELIDED_BEFORE.sub("", previous)
    if lang in _ROLE_SUFFIX:
        return _matches(word, OUTLETS.get(lang, ()), lang, 4)
    return word.casefold() in OUTLETS.get(lang, ())


# "And" between two given names of one family ("Judith y Natalie Ra’anan").
AND: dict[str, tuple[str, ...]] = languages.table("NAME_AND")
# "Or" between two names of a list ("Hagen oder Unna").
OR: dict[str, tuple[str, ...]] = languages.table("NAME_OR")
# Parties a language names by a word in parentheses after a person ("(Grüne)"), beside any acronym ("(SPD)").
PARTY_WORDS = _sets("NAME_PARTY_WORDS")
# A word alone in parentheses right after a name: "Kai Wegner (CDU)", "Saskia Esken (SPD)".
_PARENTHESIS_AFTER = re.compile(r"[ \u00a0]?\((?P<word>[^\W\d_][^\W\d_-]{1,11})\)")

# A dateline's reporter where no recogniser reads people ("〔記者巫其倫／台北報導〕", "【エルサレム＝酒井圭吾】").
BYLINES: dict[str, re.Pattern[str]] = {code: re.compile(p) for code, p in languages.table("NAME_BYLINE").items()}


# People in Chinese and Japanese text: titles before a name, titles and honorifics after it, speech verbs
# after it (longest first), and the endings of an institution that a title can follow in Japanese.
def _longest(table: str) -> dict[str, tuple[str, ...]]:
    return {code: tuple(sorted(words.split(), key=len, reverse=True)) for code, words in languages.table(table).items()}


CJK_TITLES = _longest("NAME_TITLES")
CJK_AFTER = _longest("NAME_AFTER")
CJK_SPEECH = _longest("NAME_SPEECH_VERBS")
CJK_OFFICE = _longest("NAME_OFFICE")
CJK_COUNTRY_SHORT = {code: tuple(words.split()) for code, words in languages.table("NAME_COUNTRY_SHORT").items()}
CJK_NOT_BEFORE_TITLE = {
    code: frozenset(words.split()) for code, words in languages.table("NAME_NOT_BEFORE_TITLE").items()
}
# Words that stand before a Korean name and its title but are no part of it ("한편", "이날": "meanwhile", "that day").
CJK_NOT_NAMES = {code: frozenset(words.split()) for code, words in languages.table("NAME_NOT_NAMES").items()}
_HAN = re.compile(r"[\u4e00-\u9fff]")
_HANGUL_WORD = re.compile(r"[\uac00-\ud7a3]+")
# The day of the news between a name and its speech verb in Chinese wire copy ("佩斯科夫3日表示", "当地时间3日").
_ZH_DAY = re.compile(r"(?:当地时间|當地時間)?[0-9０-９]{1,2}日|当天|當天|当日|當日|同日|日前|近日")
# Between the parts of a foreign name ("勒布朗·詹姆斯", "ウラジーミル・プーチン"; Taiwanese and Hong Kong
# papers write a hyphen: "勒布朗-詹姆斯").
_HYPHENS = "-‐‑－"
_NAME_JOINERS = "·・•‧=" + _HYPHENS
_HAN_JOINED = re.compile(rf"[\u4e00-\u9fff][{re.escape('·・•‧' + _HYPHENS)}][\u4e00-\u9fff]")
_KATAKANA_NAME = re.compile(r"[\u30a1-\u30faー]{2,}(?:[・=＝][\u30a1-\u30faー]{2,})*")
_DOTTED_KATAKANA = re.compile(r"[\u30a1-\u30faー]{2,}(?:[・=＝][\u30a1-\u30faー]{2,})+")
# Countries whose places are named in Chinese by meaning and native reading, not by transliteration.
_HAN_COUNTRIES = frozenset({"CN", "TW", "HK", "MO", "JP", "KR", "KP", "SG"})

# Languages written in CJK characters (SCRIPT = "cjk"): their places are read by characters.
CJK_LANGUAGES = frozenset(code for code, script in languages.table("SCRIPT").items() if script == "cjk")

_KATAKANA_WORD = re.compile(r"[\u30a0-\u30ffー]+")
# Words for a place written after a foreign name in katakana ("ジャバリヤ難民キャンプ", "ドネツク州").
KATAKANA_PLACE_NOUNS = tuple(w for words in languages.table("PLACE_AFTER_KATAKANA").values() for w in words)
# Administrative words written after a place's name in Chinese and Japanese: city, county, township, town, ward.
_CJK_ADMIN_SUFFIXES = frozenset("市縣县鄉乡鎮镇區区")
_TOKEN = re.compile(r"[^\W\d_][\w'’-]*[^\W_]|[^\W\d_]")
_SENTENCE_GAP = re.compile(r"[.!?:;…\n\"“”„«»‹›()\[\]—–]|^\s*[-•*]\s")
_ROMAN = re.compile(r"^[IVXLC]+$")


@dataclass
class _Token:
    text: str
    start: int
    end: int
    initial: bool  # first word of a sentence
    glued: bool  # only a space (or nothing) since the previous word


def _previous(word: _Token, tokens: list[_Token], index: dict[int, int]) -> str | None:
    """The word right before ``word`` (``index``: each token's place in ``tokens``) when only a space parts them."""
    k = index.get(id(word), 0)
    return tokens[k - 1].text if k and word.glued else None


_ELISION = re.compile(r"[^\W\d_A-Z]{1,5}['’](?=[^\W\d_])")  # "sull’", "d'", "dell’": before a capital, not the name's


def _tokens(text: str) -> list[_Token]:
    out: list[_Token] = []

    def add(start: int, end: int) -> None:
        gap = text[out[-1].end if out else 0 : start]
        initial = not out or bool(_SENTENCE_GAP.search(gap))
        glued = bool(out) and gap in (" ", "\u00a0", "")
        out.append(_Token(text[start:end], start, end, initial, glued))

    for m in _TOKEN.finditer(text):
        start = m.start()
        elided = _ELISION.match(m.group(0))
        if elided and elided.group(0)[:-1].islower() and m.group(0)[elided.end()].isupper():
            # "sull’Italia", "d’Italia": a lower-case elided article or preposition, then the name
            add(start, start + elided.end())
            start += elided.end()
        add(start, m.end())
    return out


_NEXT_WORD = re.compile(r"[ \u00a0]([^\W\d_]{3,12})\b")


@functools.cache
def _months() -> frozenset[str]:
    """Month names and their forms in every language the lexicon knows, folded."""
    return frozenset(w.casefold() for w in all_month_forms() if w.isalpha())


def _in_address(text: str, word: _Token) -> bool:
    """Whether a word is part of a web or mail address ("www.ischgl.com", "info@kiruna.se"): addresses are
    written in lower case whatever the word, so such a word says nothing of how the language writes it."""
    before = text[word.start - 1 : word.start]
    after = text[word.end : word.end + 2]
    return (
        before in ("/", "@")
        or (before == "." and word.start > 1 and not text[word.start - 2].isspace())
        or (after[:1] in ("/", "@") or (after[:1] == "." and after[1:2].isalnum()))
    )


def _occurrences(text: str, forms: list[str]) -> dict[str, list[int]]:
    """Where each of ``forms`` starts in ``text``, overlapping occurrences included, in order: one pass per
    length of form, not one search of the whole text per form (an article of many distinct names made that
    quadratic)."""
    wanted = set(forms)
    firsts = {f[0] for f in forms if f}
    lengths = sorted({len(f) for f in forms if f})
    where: dict[str, list[int]] = {}
    for i, c in enumerate(text):
        if c not in firsts:
            continue
        for n in lengths:
            piece = text[i : i + n]
            if piece in wanted:
                where.setdefault(piece, []).append(i)
    return where


def _after_article(
    previous: str,
    articles: frozenset[str],
    function_words: frozenset[str],
    before: str = "",
    word: str = "",
    after: str = "",
) -> bool:
    """Whether ``word`` after ``previous`` is a noun, in a language whose nouns are capitalised
    (``articles`` is empty elsewhere): after an article, or an inflected adjective ("der epidemischen Lage")."""
    if not articles:
        return False
    folded = previous.casefold()
    if folded in articles:
        return True
    adjective = previous.islower() and len(folded) >= 4 and folded.endswith(("e", "en", "er", "es", "em"))
    if not adjective or folded in function_words:
        return False
    if _named_subject(word, after):
        # "Das sagte Olaf Scholz": a pronoun, a verb, then its subject, a given name; not "die erwartete Wende";
        # "der junge Olaf Scholz", "der schmierigste Rainer Werner Fassbinder": an adjective of the person
        return False
    verb = _past_verb(folded) or _infinitive(folded) or _strong_verb(folded)
    # "diese entspannte Art", not "sagte Lucke" nor "sprechen Susanne Wiest" (a verb, then its subject)
    return before.casefold() in articles or not verb


def _named_subject(word: str, after: str) -> bool:
    """Whether ``word`` and ``after`` are a given name and a surname ("Olaf Scholz"), not a noun a given name
    spells and another noun ("Wende Lage"): the surname is capitalised and no word of the dictionary unless
    it is a family name."""
    if not _given_form(word) or _inflected_noun(word, "de") or not after or not _capitalised(after):
        return False
    return after in _surnames() or not _dictionary_word(after, "de")


def _particle_surnames(tokens: list[_Token], articles: frozenset[str], particles: frozenset[str]) -> set[str]:
    """Surnames that follow a given name, a particle and an article ("Ursula von der Leyen", "Rafael van der
    Vaart"): the article is the name's, so the word after it is no common noun, here or where the surname
    comes back ("sagte von der Leyen"). "von der Regierung" has no given name before it."""
    if not articles or not particles:
        return set()
    return {
        t.text
        for k, t in enumerate(tokens)
        if k >= 3
        and t.glued
        and tokens[k - 1].glued
        and tokens[k - 2].glued
        and tokens[k - 1].text in articles
        and tokens[k - 1].text in particles
        and tokens[k - 2].text in particles
        and _given_form(tokens[k - 3].text)
        and _capitalised(t.text)
    }


def _infinitive(word: str) -> bool:
    """A lower-case German word in -en that is its own lemma and a verb's ("sprechen", "kommen"): an
    infinitive or a plural present, not an inflected adjective ("epidemischen" of "epidemisch")."""
    if not word.endswith(("en", "ern", "eln")):
        return False
    from wirestream.services.enrich.entities.quotes.language import common_word, lemma

    return common_word(word, "de") and lemma(word, "de") == word  # an unknown word is its own lemma too


def _past_verb(word: str) -> bool:
    """A lower-case German word in -te/-ten whose lemma is a verb ("sagte", "kritisierte", "betonten"):
    a name after it is the subject ("sagte Lucke"), not a noun after an inflected adjective."""
    if not word.endswith(("te", "ten")):
        return False
    from wirestream.services.enrich.entities.quotes.language import lemma

    base = lemma(word, "de")
    return base != word and base.endswith(("en", "ern", "eln"))


def _common_noun(word: str, lang: str) -> bool:
    """Whether a capitalised word is, by the dictionary, a common noun where nouns are capitalised: a lower-case
    word ("Essen": essen), or a noun whose plural or dative in -n/-en/-e it lists ("Lagen", "Hofe")."""
    from wirestream.services.enrich.entities.quotes.language import known_word

    return _common_spelling(word, lang) or any(known_word(word + e, lang) for e in ("n", "en", "e"))


def _strong_verb(word: str) -> bool:
    """A lower-case German word in -e/-en that is a form of a verb whose stem it does not keep ("wurde", "wurden",
    "kamen", "lagen"): a name after it is its subject ("beschossen wurden Charkiw und Odessa"), not a noun after an
    inflected adjective, whose lemma the word starts with ("offenen" of "offen")."""
    if not word.endswith(("e", "en")):
        return False
    from wirestream.services.enrich.entities.quotes.language import lemma

    base = lemma(word, "de")
    return base != word and base.endswith(("en", "ern", "eln")) and not word.startswith(base[:-2])


def _capitalised(word: str) -> bool:
    return word[0].isupper()


def _acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return 2 <= len(letters) <= 6 and all(c.isupper() for c in letters) and not _ROMAN.match(word)


# The last capital of a German law's or code's short form (Gesetz, Ordnung, Verordnung, Buch: "UrhG", "StVO",
# "StGB"), and of "Mitglied des Bundestages" ("MdB"): no body.
_CODE_ENDINGS = ("G", "O", "V", "B")


def _mixed_acronym(word: str) -> bool:
    """An acronym written with some small letters, capitals at both ends ("AfD", "KfW", "EuGH"): no word or
    name of a language is spelt so (names end in a small letter: "McCain", "DeSantis"); not a law's short form
    ("StGB", "UrhG")."""
    upper = sum(c.isupper() for c in word)
    return not word.endswith(_CODE_ENDINGS) and (
        3 <= len(word) <= 6
        and word.isalpha()
        and word[0].isupper()
        and word[-1].isupper()
        and upper >= 2
        and upper < len(word)
    )


def _matches(word: str, stems: Iterable[str], language: str, shortest_suffix: int = 6) -> bool:
    """``word`` is one of ``stems``, or (by the language's rules) a compound ending in one or an inflection."""
    w = word.casefold().replace("’", "'")
    tail = w.rsplit("-", 1)[-1] if "-" in w.strip("-") else None  # "Vize-Chef", "Kreml-Sprecher"
    for stem in stems:
        if tail is not None and tail == stem:
            return True
        if w == stem:
            return True
        suffix = language in _ROLE_SUFFIX and len(stem) >= shortest_suffix and len(w) >= len(stem) + 3
        if suffix and w.endswith(stem):
            return True
        if language in _ROLE_PREFIX and len(stem) >= 3 and w.startswith(stem) and len(w) - len(stem) <= 3:
            return True
    return False


def _stem_length(word: str, stems: Iterable[str], language: str, shortest_suffix: int) -> int:
    """The length of the longest of ``stems`` that ``word`` is (by :func:`_matches`), 0 for none."""
    return max((len(s) for s in stems if _matches(word, (s,), language, shortest_suffix)), default=0)


@functools.lru_cache(maxsize=65536)
def _role(word: str, language: str) -> bool:
    # A role compound may end in a short role ("Sportchef", "Tagessieger" does not: no role in it).
    return _matches(word, ROLES.get(language, ()), language, 4) or _matches(word, ROLES["en"], "en")


@functools.lru_cache(maxsize=65536)
def _institution(word: str, language: str) -> bool:
    # English names of outlets and firms stand in text of every language ("Polsat News", "Tax Justice Network");
    # a word the language has too is its own ("Deutsche Post": the German word, read as before).
    # A hyphenated compound is the article's language's own word ("Instagram-Post": a German post, no English
    # "Post" body): English words name a body there only as the whole word.
    own = _stem_length(word, INSTITUTIONS.get(language, ()), language, 6)
    if own:
        # "Радник" (adviser) opens with "рад" (council), "Советник" with "совет": a longer role stem of the
        # language says the word is the role
        return own >= _stem_length(word, ROLES.get(language, ()), language, 4)
    if language != "en" and "-" in word.strip("-"):
        return False
    return _matches(word, INSTITUTIONS["en"], "en") and not _dictionary_word(word, language)


@functools.lru_cache(maxsize=65536)
def institution_word(word: str, language: str | None = None) -> bool:
    """Whether ``word`` names an institution in ``language`` (any known language when None)."""
    languages = [language] if language else list(INSTITUTIONS)
    return any(_matches(word, INSTITUTIONS.get(lang, ()), lang) for lang in languages)


def party_after(text: str, end: int, lang: str) -> tuple[int, int] | None:
    """Where the party stands that a person's name ending at ``end`` is followed by: an acronym ("Kai Wegner
    (CDU)", "(AfD)") or a party word of the language ("(Grüne)") alone in parentheses right after it."""
    m = _PARENTHESIS_AFTER.match(text, end, end + 16)
    if m is None:
        return None
    word = m.group("word")
    if _acronym(word) or _mixed_acronym(word) or word.casefold() in PARTY_WORDS.get(lang, ()):
        return m.start("word"), m.end("word")
    return None


def is_common_word(word: str, lang: str) -> bool:
    """Whether a capitalised word is, written in lower case, a common word of the language (its dictionary
    gives it a lower-case lemma: "Einige", "Estado", "Kapitan", "Représentante") and no given name: a word
    capitalised because it starts a sentence or a title, not a person's name."""
    from wirestream.services.enrich.entities.quotes.language import common_word

    return word not in _first_names() and common_word(word.casefold(), lang)


def compass_place(span: str, lang: str, gazetteer: Gazetteer | None) -> bool:
    """Whether a name is a compass word, then a place the gazetteer knows that is more than a town: a country, a
    state or region, a continent or a city of :data:`CITY_POPULATION` ("West Africa", "Southern California", "East
    London"), the place no word of the language ("Western Union", "South Bend" as a company's or team's word is
    not a place split in two). Three words at most."""
    words = span.split(maxsplit=3)
    if gazetteer is None or not 2 <= len(words) <= 3 or words[0].casefold() not in COMPASS_BEFORE.get(lang, ()):
        return False
    rest = " ".join(words[1:])
    if not rest[:1].isupper() or rest.isupper() or (len(words) == 2 and is_common_word(rest, lang)):
        return False
    place = gazetteer.place_form(rest, lang)
    return place is not None and more_than_a_town(place[1])


@functools.cache
def _names_in_lower_case(lang: str) -> bool:
    """Whether the language's dictionary lists place names as lower-case words (the Turkish one gives
    "almanya", "bornova"): most of the language's one-word country names (CLDR) are common words there."""
    # none for a code babel does not know ("crh", "arz": py3langid's): then True
    names = [n for c, n in cldr.territories(lang).items() if len(c) == 2 and " " not in n]
    from wirestream.services.enrich.entities.quotes.language import common_word

    return not names or sum(common_word(n.casefold(), lang) for n in names) > len(names) / 2


def common_place_word(word: str, lang: str) -> bool:
    """Whether a capitalised word naming a small place is rather a common word of the language ("Centro",
    "Sur", "Thème", "Suisses"): the dictionary gives it in lower case, it is no given name, and the dictionary
    is one that tells words from place names."""
    return bool(word) and not _names_in_lower_case(lang) and is_common_word(word, lang)


def _title_phrase_end(words: list[_Token], lang: str) -> list[_Token]:
    """After a common word of a title phrase left out ("Menteri | Luar Negeri Retno Marsudi"), the phrase's next words
    that are common words too and no given name ("Negeri"): the end of the phrase, not the start of the name. Two
    words are always left for the name; where nouns are capitalised a noun before a name is read otherwise."""
    while len(words) > 2 and lang not in NOUNS_CAPITALISED and is_common_word(words[0].text, lang):
        words = words[1:]
    return words


def _plain_word(word: str, lang: str) -> bool:
    """Whether a capitalised word is, by the dictionaries, a word that Faker lists as no family name: a common
    word of the language in lower case ("Nacional", "Rekordów" of "rekord"; "Ruta", a route and a given name)
    or, outside English, a common word of English that the language does not have ("Holidays"). "Blanco" and
    "Rosa" are family names too."""
    if word in _surnames():
        return False
    return _common_spelling(word, lang) or (
        lang != "en" and _common_spelling(word, "en") and not _dictionary_word(word, lang)
    )


def _common_spelling(word: str, lang: str) -> bool:
    """Whether a word is, in lower case, a common word of the language, given name or not ("Ruta": route)."""
    from wirestream.services.enrich.entities.quotes.language import common_word

    return common_word(word.casefold(), lang)


def _plain_run(words: list[_Token], lang: str) -> bool:
    """Whether a capitalised run met once is words, not a name: every word a plain word ("Ustawa Holidays",
    "Ruta Nacional"), or one an inflected form of a common word and no given name ("Rekordów Guinessa": given
    names are written in their own form), initials aside ("Jessie J")."""
    plain = [t.text for t in words if len(t.text) > 1]
    if plain and all(_plain_word(w, lang) for w in plain):
        return True
    return any(w not in _first_names() and _plain_word(w, lang) and _inflected_word(w, lang) for w in plain)


def _dictionary_word(word: str, lang: str) -> bool:
    """Whether the language's dictionary lists the word, as written or in lower case."""
    from wirestream.services.enrich.entities.quotes.language import common_word, known_word

    return known_word(word, lang) or common_word(word.casefold(), lang)


_GIVEN_NAMES = ("first_names", "first_names_male", "first_names_female")
_NEXT_LOWER = re.compile(r"[ \t\u00a0]+([a-zäöüß]+)\b")  # the lower-case word right after a name: "Gladkow schrieb"


@functools.cache
def _surnames() -> frozenset[str]:
    """Family names as written, from Faker's person data: a surname that is also a noun."""
    return frozenset(_person_names(("last_names",)))


@functools.cache
def _cjk_surnames() -> frozenset[str]:
    """Chinese family names (one or two characters), from Faker's zh_CN and zh_TW person data."""
    return frozenset(n for n in _surnames() if 1 <= len(n) <= 2 and all(_HAN.match(c) for c in n))


@functools.cache
def _cjk_given_chars() -> frozenset[str]:
    """The characters of Chinese given names, from Faker's zh_CN and zh_TW person data."""
    return frozenset(c for n in _person_names(_GIVEN_NAMES, ("zh_CN", "zh_TW")) for c in n if _HAN.match(c))


@functools.cache
def _function_chars(lang: str) -> frozenset[str]:
    """The language's function characters (``FUNCTION_CHARS``, written in simplified characters) in both
    scripts: Taiwanese and Hong Kong papers write "對", "說" for "对", "说"."""
    chars = languages.table("FUNCTION_CHARS").get(lang, "")
    try:
        from hanziconv import HanziConv
    except ImportError:  # pragma: no cover - hanziconv is a dependency
        return frozenset(chars)
    return frozenset(chars + HanziConv.toTraditional(chars))


def _noun(word: str, lang: str, inflected: bool = True) -> bool:
    """Whether a capitalised word is a common noun, where nouns are capitalised: an inflected form of a noun
    ("Jahre", "Medien", not "Roberts" of a given name nor English "Woods"), or an abstract noun the dictionary
    lists ("Werbung", "Theologie", not the surname "Hartung")."""
    from wirestream.services.enrich.entities.quotes.language import inflected_noun, known_word, lemma

    if lang not in NOUNS_CAPITALISED or word in _surnames():
        return False
    if inflected and inflected_noun(word, lang):
        return lemma(word, lang).capitalize() not in _first_names() and not _dictionary_word(word, "en")
    suffixes = NOUN_SUFFIXES.get(lang, ())
    return bool(suffixes) and word.casefold().endswith(suffixes) and known_word(word, lang)


def _inflected_word(word: str, lang: str) -> bool:
    """Whether a word is, in lower case, an inflected form of a common word ("esteri" of "estero"): given
    names are written in their own form."""
    from wirestream.services.enrich.entities.quotes.language import common_word, lemma

    folded = word.casefold()
    return common_word(folded, lang) and lemma(folded, lang) != folded


def _inflected_noun(word: str, lang: str) -> bool:
    from wirestream.services.enrich.entities.quotes.language import inflected_noun

    return inflected_noun(word, lang)


@functools.cache
def _given_names() -> frozenset[str]:
    """Given names as written (title case), from Faker's person data for 80-odd locales, function words of some
    language among them ("Dan", "Al", "Del").

    The data is MIT and comes inside the installed package: nothing is fetched. Without
    Faker the set is empty and names are read from cues alone, as before.
    """
    listed = (n for n in _person_names(_GIVEN_NAMES) if len(n) >= 2 and n[0].isupper() and n.isalpha())
    return frozenset(listed) | cyrillic_given_names()  # "Jewgeni", "Mykhailo": Russian and Ukrainian names spelt


@functools.cache
def _first_names() -> frozenset[str]:
    """The recogniser's given names: those no language writes as a function word or a name particle (the
    recogniser reads them beside any language's words)."""
    stop = set().union(*FUNCTION_WORDS.values(), *PARTICLES.values())
    return frozenset(n for n in _given_names() if n.casefold() not in stop)


@functools.cache
def _not_given(lang: str) -> frozenset[str]:
    """The words of ``lang`` that a capitalised given name's form stands for more often than a name: its function
    words and its name particles, folded."""
    return FUNCTION_WORDS.get(lang, frozenset()) | PARTICLES.get(lang, frozenset())


@functools.lru_cache(maxsize=65536)
def _given_form(word: str) -> bool:
    """A given name as written, or two joined by a hyphen ("Karl-Theodor", "Frank-Walter", "Jean-Pierre")."""
    if word in _first_names():
        return True
    parts = word.split("-")
    return len(parts) == 2 and all(p in _first_names() for p in parts)


def given_name(word: str, lang: str) -> bool:
    """Whether ``word`` is a given name as written, by Faker's person data ("Kurt", "Laura"), or two joined by a
    hyphen ("Anna-Lena"), in an article in ``lang``: a name that is a function word or a name particle of that
    language is not ("Dan" is a given name in English, "and" in Indonesian; "Del" is Italian's "of the")."""
    parts = word.split("-")
    if len(parts) > 2:
        return False
    names, stop = _given_names(), _not_given(lang)
    return all(p in names and p.casefold() not in stop for p in parts)


def family_name(word: str) -> bool:
    """Whether ``word`` is a family name as written, by Faker's person data ("Banks", "Woods")."""
    return word in _surnames()


def _big_place_named(found: tuple[str, Place] | None, name: str) -> bool:
    """Whether a gazetteer find is a country or a city of a million people written ``name`` in the language: a name
    whose genitive ("Russlands", "Moskaus") is the place's, not a noun's."""
    return (
        found is not None
        and found[0] == name
        and (found[1].kind == "country" or found[1].population >= ALIAS_CITY_POPULATION)
    )


def _english_opening(word: str) -> bool:
    """An English function word opening a run, no given name ("The Guardian" after "Journalist" in a German text):
    English titles and bodies are quoted in every language, and no person's name opens with one."""
    return word.casefold() in _stop_words("en") and word not in _first_names()


def _surname_after_given(tokens: list[_Token], k: int, text: str, calendar: Collection[str]) -> bool:
    """Whether the word at ``k``, a month's or a weekday's in some language, is a family name right after a given name
    ("Theresa May", "Karl May", "Thomas Freitag"; Faker's person data lists both words so): the person's surname, not
    a date, unless a figure follows it ("Jordan May 5")."""
    t = tokens[k]
    if k == 0 or not t.glued or t.initial or t.text not in _surnames():
        return False
    given = tokens[k - 1].text
    if given not in _first_names() or given.casefold() in calendar:
        return False
    return not re.match(r"[ \u00a0]*\d", text[t.end : t.end + 4])


@functools.cache
def _double_given_heads() -> frozenset[str]:
    """The given names that open a double given name in Faker's person data ("Jean" of "Jean-Luc", "Hans" of
    "Hans-Dieter", "Anna" of "Anna-Lena"): before another given name, written with a space ("Jean Pierre"), the
    two are one person's given names, not a given name and a surname."""
    return frozenset(n.split("-")[0] for n in _given_names_with_hyphens() if n.count("-") == 1)


@functools.cache
def _given_names_with_hyphens() -> frozenset[str]:
    return frozenset(n for n in _person_names(_GIVEN_NAMES) if "-" in n and n[0].isupper())


def _two_given_names(words: list[str], given: Callable[[str], bool]) -> bool:
    """Whether a two-word name is given names only, no surname: a double given name written with a space ("Jean
    Pierre", "Hans Peter"), or a last word only ever a given name ("Anna Lena": "Lena" is no family name)."""
    if len(words) != 2 or not given(words[1]):
        return False
    return words[0] in _double_given_heads() or not family_name(words[1])


_WORD_AND_BEFORE = re.compile(r"(?<![\w'’.-])(?P<given>[^\W\d_][\w'’-]*) (?P<and>\w+) $")
_COORDINATION_REACH = 40  # characters before a person read for a given name and "and"
# Characters read back for the word before a name: a longer word is no title or given name and answers "".
WORD_BEFORE_REACH = 100


@dataclass(frozen=True)
class Coordinated:
    """A given name alone before "and" and a person: its span, its full name, and the index of the name found
    with exactly its span (None: none)."""

    given: str
    start: int
    end: int
    name: str
    own: int | None


def word_before(text: str, start: int) -> str:
    """The last whitespace-separated word of ``text[:start]`` ("" if none), read within :data:`WORD_BEFORE_REACH`
    characters (``text[:start].split()`` for every name would copy the article up to it: quadratic in the names of
    a long article). A word cut by the window answers ""."""
    first = max(0, start - WORD_BEFORE_REACH - 1)
    window = text[first:start]
    words = window.split()
    if not words or (first > 0 and window.rstrip() == words[-1]):
        return ""
    return words[-1]


def coordinated(
    text: str,
    names: list[tuple[int, int, str, str, str]],
    conjunctions: Iterable[str],
    given: Callable[[int, int], bool],
    runs_read: bool = False,
) -> list[Coordinated]:
    """Given names alone before the language's "and" and a person ("Judith and Natalie Kessler", "Judith y
    Natalie Ra’anan"): each a person of that family, named by the given name and the other's surname. ``names``
    are the names found, as (start, end, label, text, name); ``given`` tells a given name at a span (each
    recogniser knows its own). Not a surname of the article's people ("Harris and Tim Walz" after "Kamala Harris"),
    nor a word inside another name ("Daniel Steffen and Hans-Peter Pfammatter"), nor, unless ``runs_read`` (the
    recogniser split the capitalised runs itself: "Meditationsexperten Christina und Walter Hommelsheim"), the end
    of a longer capitalised run mid-sentence ("Vice President Harris and Tim Walz"). One bounded look-back a
    person: linear on any text."""
    conjunctions = set(conjunctions)
    if not conjunctions:
        return []
    spans = {(a, b): k for k, (a, b, *_) in enumerate(names)}
    ordered = sorted(spans)
    starts = [a for a, _ in ordered]
    ends = list(itertools.accumulate((b for _, b in ordered), max))  # the furthest end of a name up to each
    surnames = {w.split()[-1] for _, _, label, w, _ in names if label == "PERSON" and len(w.split()) > 1}
    out: list[Coordinated] = []
    for start, _, label, written, name in names:
        if label != "PERSON" or len(written.split()) < 2:
            continue
        m = _WORD_AND_BEFORE.search(text, max(0, start - _COORDINATION_REACH), start)
        if m is None or m.group("and") not in conjunctions:
            continue
        a, b = m.span("given")
        if m.group("given") in surnames or not given(a, b):
            continue
        parts = written.split()
        if not given(start, start + len(parts[0])):
            continue  # the other name must open with a given name, whose surname the given name alone shares
        if _two_given_names(parts, lambda w: given_name(w, "")):
            continue  # "Tobias und Jean Pierre": given names only, no family name to share
        before = word_before(text, a)
        if not runs_read and before[:1].isupper() and before[-1:] not in ".!?:":
            continue  # "Vice President Harris and Tim Walz": the end of a longer name, not a given name alone
        own = spans.get((a, b))
        if own is None:
            k = bisect.bisect_left(starts, b) - 1  # the last name starting before the given name ends
            if k >= 0 and ends[k] > a:
                continue  # inside or across another name: the surname of a name before, no given name
        out.append(Coordinated(text[a:b], a, b, f"{text[a:b]} {name.split()[-1]}", own))
    return out


class NameFinder:
    """The recogniser for languages without a model: one per process, stateless per call."""

    name = "names"

    def __init__(
        self,
        gazetteer: Gazetteer,
        known: Callable[[str], bool] | None = None,
        known_place: Callable[[str], bool] | None = None,
    ) -> None:
        self._nouns: set[str] = set()
        self._lower: set[str] = set()
        self._index: dict[int, int] = {}  # a token's place in the article being read
        self._tokens: list[_Token] = []  # the article's words
        self._text = ""  # the article being read
        self._starts: list[int] = []  # their starts
        self._lang = ""  # and its language
        self._placed: set[str] = set()  # the names read as places so far in the article being read
        self._cjk: dict[str, Place] | None = None
        self._cjk_start = re.compile("")  # set with _cjk
        self._translit: frozenset[str] | None = None  # the characters of foreign names in Chinese, when asked
        self._plain: set[str] | None = None
        self.gazetteer = gazetteer
        self.known = known or (lambda name: False)  # the alias registry's lookup
        self.known_place = known_place or (lambda name: False)  # the registry knows this name as a place
        self.calendar = all_month_forms() | {w for lang in LANGUAGES.values() for w in lang.weekdays if w.isalpha()}

    def is_role(self, word: str, language: str) -> bool:
        return _role(word, language)

    def is_institution(self, word: str, language: str) -> bool:
        return _institution(word, language)

    def cjk_places(self, text: str) -> list[Found]:
        """Places written in Chinese, Japanese or Korean characters: the longest name the gazetteer
        knows at each point (short names only for countries and big cities: "南港" is also a word)."""
        if self._cjk is None:
            self._cjk = {
                form: place
                for form, place in self.gazetteer.trusted.items()
                if CJK.search(form)
                and len(form) <= 8
                and (place.kind == "country" or len(form) >= 3 or place.population >= 2_000_000)
            }
            # Where a place can start: the first character of a name above, a kana (a katakana name), or two to
            # four characters before an administrative suffix; a text in another script is passed over at once.
            firsts = "".join(re.escape(c) for c in sorted({form[0] for form in self._cjk}))
            suffixes = "".join(sorted(_CJK_ADMIN_SUFFIXES))
            self._cjk_start = re.compile(rf"[{firsts}\u30a0-\u30ff]|.(?=.{{1,3}}[{suffixes}])", re.S)
        out: list[Found] = []
        i = 0
        while (start := self._cjk_start.search(text, i)) is not None:
            i = start.start()
            found = self._cjk_place_at(text, i)
            if found is not None:
                out.append(found)
                i = found.end
            else:
                i += 1
        return out

    def _cjk_place_at(self, text: str, i: int) -> Found | None:
        """The place named at ``text[i]``: the longest trusted name; else a two-kana name that is a whole
        katakana word (ガザ, not inside ガザミ); else any gazetteer town before an administrative suffix
        (社頭鄉, ガザ市). A suffix after the name joins the mention, the name kept without it."""
        assert self._cjk is not None
        for size in range(min(8, len(text) - i), 1, -1):
            form = text[i : i + size]
            place = self._cjk.get(form)
            if place is None and size == 2 and _KATAKANA_WORD.fullmatch(form):
                before, after = text[i - 1 : i] if i else "", text[i + 2 : i + 3]
                whole = not (before and _KATAKANA_WORD.fullmatch(before)) and not (
                    after and _KATAKANA_WORD.fullmatch(after)
                )
                candidate = self.gazetteer.trusted.get(form)
                place = candidate if whole and candidate is not None and candidate.population >= 100_000 else None
            suffixed = text[i + size : i + size + 1] in _CJK_ADMIN_SUFFIXES
            if place is None and suffixed and size <= 4 and self.gazetteer.by_name.get(form):
                return Found(text[i : i + size + 1], "GPE", i, i + size + 1, form)
            if place is not None:
                if suffixed and place.kind == "city":
                    return Found(text[i : i + size + 1], "GPE", i, i + size + 1, form)
                return Found(form, "GPE", i, i + size)
        return self._katakana_place_at(text, i)

    def _transliteration(self) -> frozenset[str]:
        """The characters Chinese spells foreign names with, read from the gazetteer: a character in many
        names of places outside the countries that write Han characters and seldom in theirs (斯 尔 克 夫 科,
        not 西 山 市)."""
        if self._translit is None:
            foreign: Counter[str] = Counter()
            home: Counter[str] = Counter()
            for form, places in self.gazetteer.by_name.items():
                if not _HAN.search(form) or _KATAKANA_WORD.search(form):
                    continue
                chars = set(_HAN.findall(form))
                for country in {p.country_code for p in places}:
                    (home if country in _HAN_COUNTRIES else foreign).update(chars)
            function = set(languages.table("FUNCTION_CHARS").get("zh", ""))
            # the characters of women's names, which place names seldom hold ("扎哈罗娃", "玛丽亚")
            feminine = set("".join(languages.table("NAME_FEMININE_CHARS").get("zh", "").split()))
            self._translit = frozenset(
                c for c, n in foreign.items() if n >= 30 and n >= 4 * (home[c] + 1) and c not in function
            ) | (feminine - function)
        return self._translit

    def _cjk_people(self, text: str, lang: str, taken: list[Found]) -> list[Found]:
        """People in Chinese or Japanese text, where no recogniser reads them: a name next to a title, an
        honorific or a speech verb, then every other mention of it; never a place."""
        covered = {k for f in taken for k in range(f.start, f.end)}
        if lang == "ko":
            found = self._ko_people(text, covered)
        else:
            found = self._ja_people(text, covered) if lang == "ja" else self._zh_people(text, lang, covered)
        # a dotted katakana name wins over a place inside it ("ウラジーミル・プーチン", not the city Vladimir)
        found = [
            f for f in found if _DOTTED_KATAKANA.fullmatch(f.text) or not covered.intersection(range(f.start, f.end))
        ]
        covered.update(k for f in found for k in range(f.start, f.end))
        again: list[Found] = []
        # longest first, then in the order the names were found: never the hash order of a set of strings, which
        # differs between worker processes (PYTHONHASHSEED) and decided which of two overlapping names of one length
        # took a later mention ("拜登" or "登科" in "拜登科")
        named = {f.text: None for f in found} | {
            f.text.split(j)[-1]: None for f in found for j in _NAME_JOINERS if j in f.text
        }
        if lang == "ko":  # a Korean article names a foreign person again by the surname alone ("페스코프 대변인은")
            named |= {f.text.split()[-1]: None for f in found}
        forms = sorted(named, key=len, reverse=True)
        forms = [f for f in forms if len(f) >= 2 and self.gazetteer.trusted.get(f.casefold()) is None]
        where = _occurrences(text, forms)
        for form in forms:
            resume = 0  # what re.finditer(form) would find: its occurrences that do not overlap one another
            for start in where.get(form, ()):
                if start < resume:
                    continue
                resume = end = start + len(form)
                if not covered.intersection(range(start, end)):
                    again.append(Found(form, "PERSON", start, end))
                    covered.update(range(start, end))
        return [*found, *again]

    def _zh_people(self, text: str, lang: str, covered: set[int]) -> list[Found]:
        """Chinese: a run of the characters foreign names are spelt with, after a title ("总统普京"), before a
        speech verb or title ("佩斯科夫表示", "普京总统") or holding a name dot ("勒布朗·詹姆斯"); a native
        surname and one or two given characters after a title or before a speech verb ("外长王毅", "王毅说");
        two to four characters between a title and a speech verb ("总统拜登说")."""
        translit = self._transliteration()
        dotted: set[int] = set()
        titles, after, verbs = CJK_TITLES.get(lang, ()), CJK_AFTER.get(lang, ()), CJK_SPEECH.get(lang, ())
        function = _function_chars(lang)
        surnames, given_chars, common = _cjk_surnames(), _cjk_given_chars(), _stop_words(lang)
        out: list[Found] = []

        def free(i: int, j: int) -> bool:
            clear = not covered.intersection(range(i, j)) and not dotted.intersection(range(i, j))
            return j - i >= 2 and clear and self.gazetteer.trusted.get(text[i:j]) is None

        def cue(j: int) -> bool:
            if (day := _ZH_DAY.match(text, j)) is not None:  # "扎哈罗娃3日表示": the day between name and verb
                j = day.end()
            return text.startswith(verbs, j) or text.startswith(after, j)

        def edge(j: int) -> bool:  # a word ends here: punctuation, a function character or the text's end
            return j >= len(text) or not _HAN.match(text[j]) or text[j] in function or cue(j)

        for m in _HAN_JOINED.finditer(text):  # "谢尔盖·拉夫罗夫", "勒布朗-詹姆斯"
            start, end = m.start(), m.end()
            back = start  # the first part: up to four characters back to a word's edge ("對沙曼-道格拉斯")
            while back > max(0, m.start() - 3) and _HAN.match(text[back - 1]) and text[back - 1] not in function:
                back -= 1
            if not back or not _HAN.match(text[back - 1]) or text[back - 1] in function:
                start = back
            else:  # no edge near: a run of the characters foreign names are spelt with, ending at the dot
                while start and text[start - 1] in translit:
                    start -= 1
            while end < len(text) and text[end] in translit:  # the last part: its first character, then a run
                end += 1
            letters = text[start:end].translate({ord(c): None for c in _NAME_JOINERS})
            if 2 * sum(c in translit for c in letters) >= len(letters) and free(start, end):
                out.append(Found(text[start:end], "PERSON", start, end))
                dotted.update(range(start, end))
        i = 0
        while i < len(text):
            # a title, not the end of a place ("南京市长江大桥" is the Yangtze bridge of 南京市, not its mayor)
            titled = text.endswith(titles, 0, i) and any(
                text.endswith(t, 0, i) and i - len(t) not in covered for t in titles
            )
            j = i
            while j < len(text) and (
                text[j] in translit or (text[j] in _NAME_JOINERS and j > i and text[j + 1 : j + 2] in translit)
            ):
                j += 1
            if j - i >= 2 and j < len(text) and _HAN.match(text[j]) and text[j] not in function and cue(j + 1):
                j += 1  # a last character place names seldom hold, then the cue ("沃洛金3日说", "索比亚宁宣布")
            if (
                j - i >= 2
                and free(i, j)
                and (titled or cue(j) or any(c in _NAME_JOINERS for c in text[i:j]))
                # the end of a registered name ("国家杜马主席": the State Duma's chairman, not a person 杜马)
                and not any(self.known(text[i - k : j]) for k in range(1, 5) if i >= k)
            ):
                out.append(Found(text[i:j], "PERSON", i, j))
                i = j
                continue
            native = next((n for n in (2, 1) if text[i : i + n] in surnames), 0)
            if native and (titled or i == 0 or not _HAN.match(text[i - 1])):
                for size in (2, 1):
                    end = i + native + size
                    given = text[i + native : end]
                    if (
                        len(given) == size
                        and all(_HAN.match(c) and c not in function for c in given)
                        and (cue(end) or (titled and edge(end)))
                        # without a title, given characters Faker's names use ("马上表示" is "at once said")
                        and (titled or all(c in given_chars for c in given))
                    ):
                        # "明确表示", "高兴地说": a word (or a word and more), not a surname and a given name
                        if free(i, end) and not any(text[i:k] in common for k in range(i + 2, end + 1)):
                            out.append(Found(text[i:end], "PERSON", i, end))
                            i = end
                        break
                else:
                    native = 0
                if native and out and out[-1].end == i:
                    continue
            if titled:
                for size in (2, 3, 4):
                    run = text[i : i + size]
                    if (
                        cue(i + size)
                        and all(_HAN.match(c) and c not in function for c in run)
                        and 2 * sum(c in translit for c in run) >= size  # mostly a foreign name's characters
                        and free(i, i + size)
                    ):
                        out.append(Found(text[i : i + size], "PERSON", i, i + size))
                        i += size
                        break
                else:
                    i += 1
                continue
            i += 1
        return out

    def _ko_people(self, text: str, covered: set[int]) -> list[Found]:
        """Korean: one or two Hangul words before a person's title, its particle glued to it ("페스코프 대변인은"),
        with the places and institutions the person holds the title of between them ("마리야 자하로바 러시아 외무부
        대변인은"): words are spaced, so the name is whole words, never a place, an institution (a word with one of
        ``NAME_NOT_BEFORE_TITLE``'s endings) or one of ``NAME_NOT_NAMES``."""
        titles = CJK_TITLES.get("ko", ())
        institution = tuple(CJK_NOT_BEFORE_TITLE.get("ko", ()))
        not_names = CJK_NOT_NAMES.get("ko", frozenset())
        words = [m for m in _HANGUL_WORD.finditer(text)]
        out: list[Found] = []

        def place(m: re.Match[str]) -> bool:
            return bool(covered.intersection(range(m.start(), m.end())))

        def joined(a: re.Match[str], b: re.Match[str]) -> bool:  # only spaces between them, no line break
            return text[a.end() : b.start()].strip(" \u00a0") == ""

        def body(w: str) -> bool:  # "외무부", "대통령실" (a title and a body's ending: the office), not "사령관은"
            title = next((t for t in titles if w.startswith(t)), "")
            return w[len(title) :].startswith(institution) if title else w.endswith(institution)

        for k, word in enumerate(words):
            if not word.group(0).startswith(titles) or body(word.group(0)) or place(word):
                continue
            j = k - 1  # back over the places and institutions the title is of
            while j >= 0 and joined(words[j], words[j + 1]) and (place(words[j]) or body(words[j].group(0))):
                j -= 1
            name: list[re.Match[str]] = []
            while j >= 0 and len(name) < 2 and joined(words[j], (name or [words[j + 1]])[0]):
                w = words[j].group(0)
                if place(words[j]) or w in not_names or body(w) or w.startswith(titles) or not 2 <= len(w) <= 6:
                    break
                name.insert(0, words[j])
                j -= 1
            if name:
                out.append(Found(text[name[0].start() : name[-1].end()], "PERSON", name[0].start(), name[-1].end()))
        return out

    def _ja_people(self, text: str, covered: set[int]) -> list[Found]:
        """Japanese: a katakana name holding a name dot ("ウラジーミル・プーチン") or before a person's title or
        honorific ("プーチン大統領", "プーチン氏"; not an office's: "ホワイトハウス報道官"); two to four kanji
        before either ("上川外相", "岸田文雄首相", "松野官房長官"), unless they end in a word for an institution
        ("外務省報道官")."""
        after = CJK_AFTER.get("ja", ())
        not_before = CJK_NOT_BEFORE_TITLE.get("ja", frozenset())
        out: list[Found] = []

        def place(i: int, j: int) -> bool:
            return bool(covered.intersection(range(i, j))) or self.gazetteer.trusted.get(text[i:j]) is not None

        short = CJK_COUNTRY_SHORT.get("ja", ())
        office = CJK_OFFICE.get("ja", ())
        for m in _KATAKANA_NAME.finditer(text):
            i, j = m.span()
            dotted = any(c in m.group(0) for c in "・=＝")
            titled = text.startswith(after, j) or (text.startswith(short, j) and text.startswith(after, j + 1))
            # an office after the body it is of and の ("ロシア外務省のザハロワ報道官"): the katakana word is its holder
            held = (
                text.startswith(office, j)
                and i >= 2
                and text[i - 1] == "の"
                and (text[i - 2] in not_before or (i - 2) in covered)
                and not self.known(m.group(0))
            )
            if (dotted and self.gazetteer.trusted.get(m.group(0)) is None) or ((titled or held) and not place(i, j)):
                out.append(Found(m.group(0), "PERSON", i, j))
        titles = tuple(sorted((*after, *CJK_OFFICE.get("ja", ())), key=len, reverse=True))
        for m in re.finditer(r"[\u4e00-\u9fff々]{3,}", text):
            i, end = m.span()
            if text.startswith(titles, i):
                continue  # a title in full ("国務長官", "官房長官"), not a name before the shorter title it ends in
            for j in range(i + 2, min(i + 4, end - 1) + 1):
                if text.startswith(titles, j):
                    while j - i > 2 and text[j - 1] in "元前現副新":  # "安倍元首相": a former prime minister
                        j -= 1
                    # not an institution ("外務省報道官") nor a title before an office ("大統領報道官")
                    if text[j - 1] not in not_before and not text[i:j].endswith(titles) and not place(i, j):
                        out.append(Found(text[i:j], "PERSON", i, j))
                    break
        return out

    @staticmethod
    def _katakana_place_at(text: str, i: int) -> Found | None:
        """A whole katakana word of three kana or more before a word for a place ("ジャバリヤ難民キャンプ",
        "ドネツク州"): a foreign place no data names."""
        if not "\u30a0" <= text[i] <= "\u30ff" or (i and _KATAKANA_WORD.fullmatch(text[i - 1])):
            return None  # not the first kana of a katakana word
        word = _KATAKANA_WORD.match(text, i)
        if word is None or len(word.group(0)) < 3 or not text.startswith(KATAKANA_PLACE_NOUNS, word.end()):
            return None
        return Found(word.group(0), "GPE", i, word.end())

    def __call__(self, text: str, language: str | None) -> list[Found]:
        lang = (language or "en").split("-")[0].lower()
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
        nouns -= self._places_after_adjectives(tokens, articles, lang)
        nouns -= self._places_opening_names(tokens, articles, lang)
        self._nouns = nouns
        lower_words = {t.text.casefold() for t in tokens if not _capitalised(t.text) and not _in_address(text, t)}
        self._lower = lower_words
        self._plain = None  # the lower-case words, elided articles cut ("l'aula": "aula"), when asked
        self._countries: set[str] | None = None  # the countries the article's places are in, when asked
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
            if t.text not in given or k + 1 >= len(tokens):
                return True
            if re.search(r"\d", text[tokens[k - 1].end if k else 0 : t.start]):
                return True  # "am 5. Jan"
            nxt = tokens[k + 1]
            return not (nxt.glued and _capitalised(nxt.text) and nxt.text.casefold() not in self.calendar)

        def skip(k: int) -> bool:
            """A capitalised word that is only capitalised because it starts a sentence."""
            t = tokens[k]
            folded = t.text.casefold()
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

        # Runs of capitalised words (particles allowed inside).
        runs: list[list[_Token]] = []
        i = 0
        while i < len(tokens):
            t = tokens[i]
            if not _capitalised(t.text) or skip(i):
                i += 1
                continue
            run = [t]
            j = i + 1
            while j < len(tokens) and (tokens[j].glued or middle_initial(run, j)) and len(run) < 8:
                nxt = tokens[j]
                if _capitalised(nxt.text) and not dated(j):
                    run.append(nxt)
                    j += 1
                    continue
                # Up to two particles before the next capitalised word ("von der Leyen", "Día de la Victoria").
                # Where nouns are capitalised, only after a given name ("Alexander von Preen", not "Tag der Arbeit").
                # Not after a town a preposition places ("aus Kiel zu Gast": Kiel is a given name too).
                placed = len(run) == 1 and self._placed_town(tokens, i, lang)
                allowed = particles or (
                    name_particles if _given_form(tokens[j - 1].text) and not placed else frozenset()
                )
                k = j
                while k < len(tokens) and k - j < 2 and tokens[k].glued and tokens[k].text in allowed:
                    k += 1
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
        self._placed = set()  # "Kiruna und Abisko": Abisko beside a name read as a place before
        list_end = -1  # the last word of a place in a list a locative preposition opened ("in Galles e Scozia")
        settled_list = False  # whether that list was opened by a settlement noun ("las comunidades de")
        for run in runs:
            first = index[id(run[0])]
            listed = self._listed(tokens, first, list_end, lang, text)
            settled = self._settled(tokens, first, lang, text) or (
                listed and settled_list and not self._named_person(run, lang)
            )
            read = self._settlement(run, lang, text) if settled else []
            if not read and self._outlet(run, lang):
                read = [self._span(run, "ORG", text)]  # "l'agenzia Ria Novosti": the outlet, no person
            elif not read and self._outlet_noun_opens(run, lang):
                read = [self._span(run[1:], "ORG", text)]  # "der Telegram-Kanal Baza": the outlet, no town
            read = read or self._read_run(run, tokens, first, lang, standalone, people, text)
            read = read or self._located(run, tokens, first, lang, text, listed)
            if (
                read
                and all(f.label in ("GPE", "LOC") for f in read)
                and (listed or settled or self._after_locative(tokens, first, lang))
            ):
                settled_list = settled or (listed and settled_list)
                list_end = first + len(run) - 1
            located.append(read)
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
        found += surname_mentions(tokens, [" ".join(p) for p in people.names], [(f.start, f.end) for f in found], lang)
        found = self._dateline_places(found, tokens, text, lang)
        return self._parties(text, found, lang)  # after the surnames said again too: "sagte Wegner (CDU)"

    def _dateline_places(self, found: list[Found], tokens: list[_Token], text: str, lang: str) -> list[Found]:
        """Where nouns are capitalised, the place of a local paper's dateline ("ERDEN. Wie berichtet ...",
        "BOCKENEM (ots) -"): a word in capitals opening a line before a full stop, an agency or a dash, when the
        gazetteer knows it written as a name or the article puts that name after a preposition of place or of
        going ("in Erden"); there, and at each such preposition, it is the place, though also a word ("Erden")."""
        if lang not in NOUNS_CAPITALISED:
            return found
        out = list(found)
        for m in _LOCAL_DATELINE.finditer(text):
            written = m.group(1).capitalize()
            placed = [
                k
                for k, t in enumerate(tokens)
                if t.text == written
                and (self._after_locative(tokens, k, lang) or self._after_direction(tokens, k, lang))
            ]
            known = self.gazetteer.place_form(written, lang) or self.gazetteer.small_town(written, lang)
            if not placed and known is None:
                continue
            name = known[0] if known else written
            spans = [m.span(1), *((tokens[k].start, tokens[k].end) for k in placed)]
            for start, end in spans:
                if any(f.start < end and start < f.end and f.label in ("GPE", "LOC") for f in out):
                    continue
                out = [f for f in out if not (f.start < end and start < f.end)]
                out.append(Found(text[start:end], "GPE", start, end, name))
        return sorted(out, key=lambda f: f.start)

    def _surnames_not_towns(self, found: list[Found], people: list[list[str]], lang: str) -> list[Found]:
        """A one-word town that is the surname of a person the article names ("Juan Luis Pérez" ... "Pérez",
        Pérez a town of 24,000) is that person met again, unless a locative preposition places it ("en Pérez"):
        a city under a million people only (a surname alone rarely means "Santiago")."""
        surnames = {p[-1].casefold(): " ".join(p) for p in people if len(p) > 1}
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
        if lang not in NOUNS_CAPITALISED or len(run) < 3 or not self.is_role(run[1].text, lang):
            return [run]
        word = run[0].text
        place = self.gazetteer.place_form(word, lang) if word.endswith("s") else None
        return [run[:1], run[1:]] if _big_place_named(place, word[:-1]) else [run]

    def _noun_form_place(self, found: Found, lang: str) -> bool:
        """A one-word place spelt like an inflected common noun where nouns are capitalised ("zu Füßen" of Fuß, "einen
        fixen Namen" of Name, "den Schweizer Bergen"): the noun, unless a preposition of place or of going comes
        right before it ("in Weiden", "nach Löwen")."""
        if found.label != "GPE" or lang not in NOUNS_CAPITALISED or " " in found.text:
            return False
        if not _noun(found.text, lang):
            return False
        named = self.gazetteer.place_form(found.text, lang)
        if named is not None and named[1] in self.gazetteer.named_places:
            return False  # "die Alpen" (of Alp): a region the language names, not the noun
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
        return before not in LOCATIVES.get(lang, frozenset()) and before not in DIRECTIONS.get(lang, frozenset())

    def _titled_surname(self, word: _Token, lang: str) -> bool:
        """A lone capitalised word right after a role word ("Kanzlerin Merkel", "Autokanzler Schröder") where
        nouns are capitalised: a person named by surname, when the word is no word of the language (no noun, no
        dictionary entry: "Ministerin Sorge" stays a noun), no role or body and no place."""
        if lang not in NOUNS_CAPITALISED or word.initial or len(word.text) < 3 or "-" in word.text:
            return False
        previous = _previous(word, self._tokens, self._index)
        if previous is None or not _capitalised(previous) or not self.is_role(previous, lang):
            return False
        w = word.text
        if w in self._nouns or w.casefold() in self._lower or _noun(w, lang) or _common_spelling(w, lang):
            return False
        if self.is_role(w, lang) or self.is_institution(w, lang) or w.casefold() in self.calendar:
            return False
        return self.gazetteer.place_form(w, lang) is None

    def _outlet(self, run: list[_Token], lang: str) -> bool:
        """Whether a run names a news outlet (:func:`outlet_name`: "l'agenzia Ria Novosti"), unless it opens with a
        place the gazetteer knows and goes on ("kantor berita Rusia TASS": the country the outlet is of, then the
        outlet); a run of one word is the outlet even when a town is spelt so ("der Telegram-Kanal Baza")."""
        return outlet_name(_previous(run[0], self._tokens, self._index), lang) and (
            len(run) == 1 or self.gazetteer.place_form(run[0].text, lang) is None
        )

    def _outlet_noun_opens(self, run: list[_Token], lang: str) -> bool:
        """Where nouns are capitalised, whether a run opens with a word for a news outlet and one name follows
        ("Telegram-Kanal Baza", "Nachrichtenagentur Interfax"): that name is the outlet's, even when a town is
        spelt so."""
        return lang in NOUNS_CAPITALISED and len(run) == 2 and outlet_name(run[0].text, lang)

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
                cued = True
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
        if self._asked_name(words, text, lang):
            return [self._span(words, "PERSON", text)]  # "Lindner? Der hat ja alle verärgert."
        if self._speaking_surname(words, text, lang):
            return [self._span(words, "PERSON", text)]  # "Gladkow schrieb bei Telegram, …"
        if 2 <= len(words) <= 5:
            # "General Villegas", "San Sebastián de los Reyes": a town whose whole name is the run, before a role or
            # a given name in it is read
            phrase = text[words[0].start : words[-1].end]
            place = self.gazetteer.place_form(phrase, lang)
            if place is not None and place[1].kind == "city":
                return [Found(phrase, "GPE", words[0].start, words[-1].end, place[0])]
        country = self._run_country(words, tokens, lang, standalone, people, text)
        if country is not None:
            return country
        genitive = self._genitive_name(words, lang)
        if genitive is not None:  # "der Austritt Lafontaines", "Lindners Politik": the person, the noun no name
            k, stem = genitive
            return [Found(words[k].text, "PERSON", words[k].start, words[k].end, stem)]
        # Roles inside the run: the person is what follows the last one (Kremlsprecher Dmitri Peskow).
        for n in range(len(words) - 1, -1, -1):
            if self.is_role(words[n].text, lang) and n < len(words) - 1:
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
        at = self._given_name_at(words, lang)
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
                    self._declined_country(phrase, lang) if size > 1 else None
                )
                if place is not None and size == 1:
                    place = self._at_home(place, lang)  # "Halle": the German town, not the Belgian one
                surname = self._person_genitive(place, part, lang) if place is not None else None
                if surname is not None:  # "Obamas Wahlkampf": Obama's, not the Japanese town's
                    out.append(Found(phrase, "PERSON", part[0].start, part[-1].end, surname))
                    n += size
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
        while len(words) > 1 and self._common_before(words[0], words[1], lang):
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
            if shaped and len(word) >= 3 and not words[0].initial:
                return [self._span(words, "ORG", text)]  # "die CDU", "die AfD"
            if not shaped and self._titled_surname(words[0], lang):
                return [self._span(words, "PERSON", text)]  # "Kanzlerin Merkel", "Autokanzler Schröder"
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
            if place is not None:
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
        if any(re.search(r"\d", t.text) for t in words):
            return before  # "T13 Noche": a word with a digit is a channel, a model or a code, not a name
        if not cued and (_quoted(words, text) or _cited(words, text)):
            return before  # “Penegak Sunnah”, "[Ni’matul Ukhuwah hal. 41]": a title, not a person
        # A surname said again alone; with a particle inside and no given name the run is a place or a body
        # ("Nord della Striscia" beside "la Striscia"): given names with particles were read before ("Pilar del Río").
        reused = words[-1].text in standalone and len(names) == len(words)
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
            people.append(person)
        span = self._span(words, "PERSON", text)
        return Found(span.text, "PERSON", span.start, span.end, " ".join(known) if known else None)

    def _feature(self, words: list[_Token], lang: str, text: str) -> Found | None:
        """A sea, lake, mountain or plain: a short run holding a geographic head word of the language
        ("Ege Denizi'nde", "Mar di Sardegna", "Pianura Padana"), a Turkish case ending after "'" left out."""
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
        státech"): the country, what comes before it read on its own; None for any other run."""
        if len(words) < 2 or not words[-1].text.islower():
            return None
        for start in range(len(words) - 1):
            phrase = text[words[start].start : words[-1].end]
            place = self.gazetteer.place_form(phrase, lang)
            if place is not None and place[1].kind == "country":
                head = words[:start]
                ahead = (
                    self._read_run(head, tokens, self._index[id(head[0])], lang, standalone, people, text)
                    if head
                    else []
                )
                return [*ahead, Found(phrase, "GPE", words[start].start, words[-1].end, place[0])]
        return None

    def _lower_case_country(self, run: list[_Token], tokens: list[_Token], j: int, text: str, lang: str) -> int:
        """Where a run goes on through the lower-case words of a country's name ("ve Spojených státech", "v České
        republice", "Spojené arabské emiráty"): the index after them, or ``j`` when no country ends there."""
        for m in range(min(j + 2, len(tokens)), j, -1):  # the longest first
            if not all(t.glued and t.text.isalpha() and t.text.islower() for t in tokens[j:m]):
                continue
            for first in run[-2:]:
                place = self.gazetteer.place_form(text[first.start : tokens[m - 1].end], lang)
                if place is not None and place[1].kind == "country":
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

    def _headed(self, words: list[_Token], lang: str, text: str) -> Found | None:
        """A settlement noun heading a run where nouns are capitalised ("Gemeinde Hünxe", "Kanton Zürich"): one
        place, head included, named by what follows it, whether or not the gazetteer knows it. After a body named by
        its seat (``PLACE_SEAT_HEADS``: "Polizei Bad Salzdetfurth") the seat alone is the place."""
        head = words[0].text.casefold() if 2 <= len(words) <= 4 else ""
        seat = head in SEAT_HEADS.get(lang, ())
        if not seat and head not in SETTLEMENT_HEADS.get(lang, ()):
            return None
        names = [t for t in words[1:] if not t.text.islower()]
        if not names or len(names) > 2 or not all(self._placeable(t.text, lang) for t in names):
            return None
        bare = text[words[1].start : words[-1].end]
        place = self.gazetteer.place_form(bare, lang) or self.gazetteer.small_town(bare, lang)
        if seat:
            # "die Polizei Zeugen": a word of the language after the head is no seat, unless the gazetteer has it
            if place is None and not all(self._strange_word(t.text, lang) for t in names):
                return None
            return Found(bare, "GPE", words[1].start, words[-1].end, place[0] if place else None)
        span = self._span(words, "GPE", text)
        return Found(span.text, "GPE", span.start, span.end, place[0] if place else bare)

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
        if not names or len(names) > 3 or not all(self._placeable(t.text, lang) for t in names):
            return []
        phrase = text[words[0].start : words[-1].end]
        place = self.gazetteer.place_form(phrase, lang) or self.gazetteer.small_town(phrase, lang)
        if lang in NOUNS_CAPITALISED and place is None and not all(self._strange_word(t.text, lang) for t in names):
            return []  # "12345 Besucher": where nouns are capitalised, a word of the language needs the gazetteer
        return [Found(phrase, "GPE", words[0].start, words[-1].end, place[0] if place else None)]

    def _after_locative(self, tokens: list[_Token], first: int, lang: str) -> bool:
        before = tokens[first - 1] if first else None
        locatives = LOCATIVES.get(lang, frozenset())
        if before is not None and tokens[first].glued and before.text.casefold().replace("’", "'") in locatives:
            return True
        return self._cue_over_list(tokens, first, lang, locatives)

    @staticmethod
    def _cue_over_list(tokens: list[_Token], first: int, lang: str, cues: frozenset[str] | tuple[str, ...]) -> bool:
        """Whether the word is the second of two names joined by "and" right after a cue ("в Белгород и Курск",
        "u Belgorodu i Kursku"): the cue before the first places both."""
        if first < 3 or not all(t.glued for t in tokens[first - 2 : first + 1]):
            return False
        cue, name, conjunction = tokens[first - 3], tokens[first - 2], tokens[first - 1]
        return (
            conjunction.text.casefold() in AND.get(lang, ())
            and name.text[:1].isupper()
            and cue.text.casefold().replace("’", "'") in cues
        )

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
            if self.gazetteer.place_form(t.text, lang) is None or _common_noun(t.text, lang):
                continue
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

    def _placed_town(self, tokens: list[_Token], first: int, lang: str) -> bool:
        """Whether a word the gazetteer knows comes right after a preposition of place or of going ("aus Kiel")."""
        placed = self._after_locative(tokens, first, lang) or self._after_direction(tokens, first, lang)
        return placed and self.gazetteer.place_form(tokens[first].text, lang) is not None

    def _after_direction(self, tokens: list[_Token], first: int, lang: str) -> bool:
        """Whether a preposition of going or coming comes right before the word ("nach Tarnopol")."""
        before = tokens[first - 1] if first else None
        if before is not None and tokens[first].glued and before.text.casefold() in DIRECTIONS.get(lang, ()):
            return True
        return self._cue_over_list(tokens, first, lang, DIRECTIONS.get(lang, ()))

    def _in_country(self, tokens: list[_Token], after: int, lang: str, text: str) -> bool:
        """Whether a comma, a locative preposition and a country follow the run ("a Oloron, in Francia")."""
        if after + 1 >= len(tokens) or text[tokens[after - 1].end : tokens[after].start].strip() != ",":
            return False
        if tokens[after].text.casefold() not in LOCATIVES.get(lang, ()) or not tokens[after + 1].glued:
            return False
        place = self.gazetteer.place_form(tokens[after + 1].text, lang)
        return place is not None and place[1].kind == "country"

    def _compass(self, tokens: list[_Token], first: int, lang: str) -> bool:
        """Whether a compass word and "of" come before the run ("nel sud dell'Inghilterra")."""
        if first < 2 or not tokens[first].glued or not tokens[first - 1].glued:
            return False
        compass, of = tokens[first - 2].text.casefold(), tokens[first - 1].text.casefold().replace("’", "'")
        return compass in COMPASS.get(lang, ()) and of in PARTICLES.get(lang, frozenset()) | OF_ELIDED.get(
            lang, frozenset()
        )

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

    def _located(
        self, run: list[_Token], tokens: list[_Token], first: int, lang: str, text: str, listed: bool = False
    ) -> list[Found]:
        """A run nothing else named, read as a place where the language puts it in a place: after a locative
        preposition ("in Galles", "na Šumavě", "sull’Adriatico"), before a lower-case region or square word
        ("Moskevské oblasti", "Червоною площею"), or, in Turkish, with a locative ending ("Bayraklı'da"), or ``listed`` after such a place ("in Galles e Scozia"). Up to three words, each a
        name (not a word the article writes in lower case, a common noun, an institution, a role, an
        acronym, a month or a function word) and not a quoted title."""
        words = [t for t in run]
        while words and words[-1].text.islower():
            words = words[:-1]
        if not words or len(words) > 3 or _quoted(words, text):
            return []
        suffixes = LOCATIVE_SUFFIXES.get(lang, ())
        ending = re.match(r"^(.+)['’](\w+)$", words[-1].text) if suffixes and len(words) == 1 else None
        if ending is not None:
            if ending.group(2).casefold() not in suffixes or not self._placeable(ending.group(1), lang):
                return []
            return [Found(words[0].text, "GPE", words[0].start, words[0].end, ending.group(1))]
        after = first + len(run)
        region = after < len(tokens) and tokens[after].glued and tokens[after].text in REGION_WORDS.get(lang, ())
        context = listed or self._after_locative(tokens, first, lang) or self._in_country(tokens, after, lang, text)
        phrase = text[words[0].start : words[-1].end]
        # "aus Kremmen", "bis Landeck": a small town of the language's own countries after a preposition of going
        until = first > 0 and tokens[first].glued and tokens[first - 1].text.casefold() in UNTIL.get(lang, ())
        homed = (until or self._after_direction(tokens, first, lang)) and self._home_town(phrase, lang)
        paired = not (region or context or homed) and self._paired(tokens, first, after, lang, text)
        if not (region or context or homed or paired or self._compass(tokens, first, lang)):
            return []
        if not all(self._placeable(t.text, lang) for t in words if not t.text.islower()):
            return []
        if lang in NOUNS_CAPITALISED and not region and not homed:
            after_run = text[words[-1].end : words[-1].end + 1]
            cut_short = after_run == "/" or (after_run != "" and unicodedata.category(after_run)[0] in "LM")
            # beside a known place a name need only be no word of the language nor a person's ("Staffelde")
            named = all(self._strange_word(t.text, lang) for t in words) if paired else False
            if cut_short or not (named or all(self._unlisted(t.text, lang) for t in words)):
                return []  # "in Kraft", "in Packungsanleitung", "in Wandtke/Bullinger": a noun, a citation, a cut word
        if region:
            words = [
                *words,
                tokens[after],
            ]  # "v Moskevské oblasti", "nad Červoným náměstím": the adjective and its noun
        elif after < len(tokens) and tokens[after].glued and tokens[after].text.islower():
            nxt, last = tokens[after].text.casefold(), words[-1].text.casefold()
            noun = nxt not in FUNCTION_WORDS.get(lang, ()) and nxt not in _stop_words(lang)
            if noun and last.endswith(ADJECTIVE_ENDINGS.get(lang, ())) and ADJECTIVE_ENDINGS.get(lang):
                return []  # "v Městské knihovně": an adjective of a thing's name, not a place
        found = self._span(words, "GPE", text)
        town = self.gazetteer.small_town(found.text, lang) if not region else None
        if town is not None and town[0] != found.text:  # "w Wadowicach": the town's own name, its case ending undone
            found = Found(found.text, "GPE", found.start, found.end, town[1].name)
        return [found]

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
                return at, stem
        return None

    def _surname_stems(self, word: str, lang: str) -> Iterator[str]:
        """The family names (Faker's, or the registry's) a word is with one of the language's case endings of names
        (``NAME_PERSON_ENDINGS``: "Lafontaines", "Obamas"), in the table's order, each at least three letters."""
        for ending in PERSON_ENDINGS.get(lang, ()):
            stem = word[: len(word) - len(ending)]
            if ending and word.endswith(ending) and len(stem) >= 3 and (stem in _surnames() or self.known(stem)):
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

    def _speaking_surname(self, words: list[_Token], text: str, lang: str) -> bool:
        """Where nouns are capitalised, a Russian or Ukrainian family name alone opening a sentence right before a
        speech verb ("Gladkow schrieb bei Telegram, …", "Medwedew sagte, …": a new cast's person named by surname):
        ending as the language spells such surnames (``cyrillic_surname_endings``: "-ow", "-ewa"), five letters or
        more, no common noun (the dictionary lists some such names: "Medwedew") nor a given name, no institution nor a
        place the gazetteer knows."""
        if lang not in NOUNS_CAPITALISED or len(words) != 1 or not words[0].initial:
            return False
        word = words[0].text
        verb = _NEXT_LOWER.match(text, words[0].end)
        if verb is None or len(word) < 5 or not word.casefold().endswith(cyrillic_surname_endings(lang)):
            return False
        from wirestream.services.enrich.entities.quotes.language import load as quote_language  # (quotes import names)

        if not quote_language(lang).is_verb(verb.group(1)) or _common_noun(word, lang) or _given_form(word):
            return False
        return not self.is_institution(word, lang) and self.gazetteer.place_form(word, lang) is None

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
        gazetteer has no place of the whole and the second is no district of the first (:meth:`_district`): each
        city on its own."""
        parts = t.text.split("-")
        if len(parts) != 2 or not all(len(p) >= 3 and _capitalised(p) and not _acronym(p) for p in parts):
            return []
        if self.gazetteer.place_form(t.text, lang) is not None:
            return []
        found = [self.gazetteer.place_form(p, lang) for p in parts]
        if found[0] is None or found[1] is None:
            return []
        first, second = self._at_home(found[0], lang), self._at_home(found[1], lang)
        # a part spelt like a noun ("Halle", "Bonn") is the city beside another city of its country
        if first[1].kind != "city" or second[1].kind != "city" or first[1].country_code != second[1].country_code:
            return []
        if any(
            _common_noun(p, lang) and f[1].population < _WORD_CITY_POPULATION
            for p, f in zip(parts, (first, second), strict=True)
        ):
            return []
        if kilometres(first[1], second[1]) <= DISTRICT_KM and first[1].population > second[1].population:
            return []  # a district of the first ("Hamburg-Altona")
        middle = t.start + len(parts[0])
        return [Found(parts[0], "GPE", t.start, middle, first[0]), Found(parts[1], "GPE", middle + 1, t.end, second[0])]

    def _home_town(self, phrase: str, lang: str) -> bool:
        """Whether a name is a town under 15,000 people of the language's own countries (``PLACE_HOME_COUNTRIES``:
        "Kremmen", "Bockenem") that is no word of the language."""
        town = self.gazetteer.small_town(phrase, lang)
        home = HOME_COUNTRIES.get(lang, frozenset())
        return town is not None and town[1].country_code in home and not _dictionary_word(phrase, lang)

    def _town_at(self, tokens: list[_Token], k: int, lang: str) -> bool:
        """Whether the word at ``k`` names a place the article placed before it, or one the gazetteer knows that is
        no common noun of the language ("Kremmen", "Innsbruck"; not "Hof") nor a given name of a town no one knows
        abroad ("Mary", Turkmenistan; "Berlin" stays)."""
        if not 0 <= k < len(tokens) or not _capitalised(tokens[k].text) or _acronym(tokens[k].text):
            return False
        word = tokens[k].text
        if _given_form(word):  # "Mary und Gordy": a given name, unless a country or a city known abroad ("Berlin")
            known = self.gazetteer.place_form(word, lang)
            return known is not None and (known[1].kind == "country" or known[1] in self.gazetteer.known_abroad)
        if word in self._placed or self._home_town(word, lang):
            return True
        return self.gazetteer.place_form(word, lang) is not None and not _common_noun(word, lang)

    def _paired(self, tokens: list[_Token], first: int, after: int, lang: str, text: str) -> bool:
        """Whether a one-word run is put beside a known place (``_town_at``) by the language's words: "Staffelde
        bei Kremmen" (``PLACE_NEAR``), "Kiruna und Abisko" (``NAME_AND``, the known name first or second), and
        "zwischen Landeck und Samnaun" (``PLACE_BETWEEN``: both names, when either is known); or before a settlement
        noun in parentheses ("Ürzig (Landkreis Bernkastel-Wittlich)", ``PLACE_SETTLEMENT_HEADS``)."""
        if after != first + 1 or lang not in NOUNS_CAPITALISED:
            return False  # where nouns are capitalised a name must also be no word of the language (``_located``)
        if after < len(tokens) and text[tokens[first].end : tokens[after].start] == " (":
            return tokens[after].text.casefold() in SETTLEMENT_HEADS.get(lang, ())
        near, between, conjunctions = NEAR.get(lang, ()), BETWEEN.get(lang, ()), AND.get(lang, ())

        def chained(a: int, b: int) -> bool:  # only spaces from the word at a to the one at b
            return a >= 0 and b < len(tokens) and all(tokens[k].glued for k in range(a + 1, b + 1))

        def word(k: int, words: Iterable[str]) -> bool:
            return 0 <= k < len(tokens) and tokens[k].text in words

        if chained(first, after + 1) and word(after, near) and self._town_at(tokens, after + 1, lang):
            return True  # "Staffelde bei Kremmen"
        if chained(first, after + 1) and word(after, conjunctions):
            other, opening = after + 1, first - 1  # "Abisko und Kiruna", "zwischen Samnaun und Landeck"
        elif chained(first - 2, first) and word(first - 1, conjunctions):
            other, opening = first - 2, first - 3  # "Kiruna und Abisko", "zwischen Landeck und Samnaun"
        else:
            return False
        if self._town_at(tokens, other, lang):
            return True
        return chained(opening, opening + 1) and word(opening, between) and self._town_at(tokens, first, lang)

    def _unlisted(self, word: str, lang: str) -> bool:
        """Where nouns are capitalised, whether a word can name a place no data knows: no dictionary of the
        language or of English lists it, it is no person's name, and it is no compound of a noun the dictionary
        lists ("Packungsanleitung" of "Anleitung") unless it ends as the language's town names do ("Moritzburg")."""
        from wirestream.services.enrich.entities.quotes.language import known_word

        low = word.casefold()
        if len(word) > 40 or _dictionary_word(word, lang) or known_word(low, "en"):
            return False
        if word in _first_names() or word in _surnames():
            return False
        if "-" in word:  # "Brezno-Osrblie", not "Brain-Circulation", "Peter-Kreuder-Weg" nor "MAIN-SPITZE"
            parts = word.split("-")
            return all(
                len(p) >= 2
                and not p.isupper()
                and not _dictionary_word(p, lang)
                and not known_word(p.casefold(), "en")
                and p not in _first_names()
                for p in parts
            )
        if low.endswith(TOWN_ENDINGS.get(lang, ())):
            return True
        return not any(known_word(word[cut].upper() + word[cut + 1 :], lang) for cut in range(1, len(word) - 3))

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

    def _placeable(self, word: str, lang: str) -> bool:
        """Whether a capitalised word can be the name of a place no data knows."""
        folded = word.casefold()
        if self._plain is None:
            self._plain = {re.split(r"['’]", w)[-1] for w in self._lower}
        return (
            _capitalised(word)
            and len(word) >= 3
            and folded not in self._plain
            and not _acronym(word)
            and not re.search(r"\d", word)
            and word not in self._nouns
            and folded not in self._lower
            and folded not in self.calendar
            and folded not in FUNCTION_WORDS.get(lang, ())
            and folded not in _stop_words(lang)
            and not self.is_institution(word, lang)
            and not institution_word(word)
            and not self.is_role(word, lang)
        )

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
        prefix = next((p for p in COMPASS_PREFIXES.get(lang, ()) if low.startswith(p)), None)
        rest = word[len(prefix) :] if prefix else ""
        if len(rest) < 4 or not rest.isalpha():
            return None
        rest = rest[0].upper() + rest[1:]
        if self.gazetteer.place_form(rest, lang) is None or rest in _first_names() or rest in _surnames():
            return None
        return self._span(words, "LOC", text)

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
                if not self._given(t, lang) or inflected:
                    continue  # "Esteri Antonio Tajani": an inflected word, then a whole name; not "Roan Wilson"
                if k + 2 < len(words) and self._given(words[k + 1], lang) and self._big_city(t, lang):
                    continue  # "burmistrz Santiago Felipe Alessandri": a city of millions, then a whole name
                end = len(words)
                if not whole:
                    end = next((j for j in range(k + 1, end) if not self._surname_like(words[j], lang)), end)
                    stop = words[end] if end < len(words) else None
                    word = stop is not None and (
                        self.is_role(stop.text, lang) or _dictionary_word(stop.text, lang) or stop.text in self._nouns
                    )
                    if not word or end - k > 3 or words[end - 1].text.islower():
                        continue  # the run goes on with a name, not a word ("Emily Atkin Milliardärin Kim Kardashian")
                if end - k >= 3 and self._dateline_place(words[end - 1], lang):
                    end -= 1  # "Von Armin Schwibach Rom (kath.net)": a byline, then its dateline's city
                rest = words[k + 1 : end]
                names = [w for w in rest if not w.text.islower()]
                if all(_plain_word(w.text, lang) for w in (t, *names)):
                    continue  # "Ruta Nacional": a given name spelt like a word of the language, then words
                if 1 <= len(names) <= 3 and len(rest) <= 4 and all(self._surname_like(w, lang) for w in names):
                    phrase = " ".join(w.text for w in words[k:end])
                    if self.gazetteer.place_form(phrase, lang) is None:
                        return k, end
        return None

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

    def _given(self, t: _Token, lang: str) -> bool:
        if not _given_form(t.text) or t.text in self._nouns:
            return False
        if lang in NOUNS_CAPITALISED and _inflected_noun(t.text, lang):
            return False  # "Tage" (of Tag), not the given name
        folded = t.text.casefold()
        if folded in self._lower or self.is_role(t.text, lang):  # a month here is a name: runs left dates out
            return False
        place = self.gazetteer.place_form(t.text, lang)
        return place is None or place[1].kind != "country"

    def _surname_like(self, t: _Token, lang: str) -> bool:
        return (
            _capitalised(t.text)
            and not _acronym(t.text)
            and t.text not in self._nouns
            and not _noun(t.text, lang, inflected=False)  # after a given name "Lenzen" is a surname, "Werbung" no
            and t.text.casefold() not in self._lower
            and t.text.casefold() not in self.calendar
            and not institution_word(t.text)
            and not self.is_role(t.text, lang)
        )

    def _believable(self, place: Place, part: list[_Token], cued: bool, after: int, lang: str) -> bool:
        """Whether a gazetteer hit in running text is the place (not a word that shares its name)."""
        if place.kind == "country" or place in self.gazetteer.named_places:
            return True  # a country, or a region the language names ("in den Alpen", "der Uckermark")
        if any(t.text in self._nouns for t in part) and not any(t.text.islower() for t in part):
            return False  # "die Lage"; not "Mülheim an der Ruhr", a name with its articles
        if cued and after >= 1:
            return False
        word = part[0].text.casefold()
        if len(part) == 1 and (word in self._lower or (place.kind == "city" and word in _stop_words(lang))):
            return False  # "Dabei" (Dubai), "Bukan": a word of the language, not the town
        if len(part) == 1 and self._word_town(place, part[0], lang):
            return False  # "Centro", "Sur", "Constitución": a word of the language before a small town of that name
        if len(part) == 1 and self._noun_alias(place, part[0], lang):
            return False  # "Name" (Namur), "Tour" (Tours), "Basis" (Basi): a noun of the language, not the town
        if len(part) == 1 and self._foreign_word_town(place, part[0], lang):
            return False  # "ihr Roman", "wegen Corona", "die Union": a word, not a small town abroad of that name
        if len(part) == 1 and self._stray_alias(place, part[0], lang):
            return False  # "Hamas" in an article on Gaza: not Hamm, which GeoNames also calls Hamas
        if len(part) == 1 and self._noun_town(place, part[0], lang):
            return False  # "Auch Essen, das nicht gekocht wird", "in Garten oder Hof": the noun, not the town
        if part[0].initial and len(part) == 1 and place.population < 100_000:
            return self._strange_word(part[0].text, lang)  # "Kiruna und Abisko sind ...", not "Weiden sind ..."
        return True

    def _noun_town(self, place: Place, t: _Token, lang: str) -> bool:
        """Where nouns are capitalised, whether a town under a million people whose own name is a common noun of the
        language ("Essen", "Hof") is the noun: no preposition of place or of going comes right before it ("in Essen",
        "aus Hof" stay the towns) and no other place is listed beside it ("Essen und Dortmund", "Bochum, Essen")."""
        if lang not in NOUNS_CAPITALISED or place.kind != "city" or place.population >= ALIAS_CITY_POPULATION:
            return False
        if not _common_noun(t.text, lang):
            return False
        k = self._index[id(t)]
        if self._after_locative(self._tokens, k, lang) or self._after_direction(self._tokens, k, lang):
            return False
        return not any(self._listed_place(k, step, lang) for step in (-1, 1))

    def _listed_place(self, k: int, step: int, lang: str) -> bool:
        """Whether the word ``step`` words away from the word at ``k``, past a comma or the language's "and" or "or",
        names a place that is no common noun."""
        tokens = self._tokens
        near = k + step
        if not 0 <= near < len(tokens):
            return False
        first, second = (tokens[near], tokens[k]) if step < 0 else (tokens[k], tokens[near])
        gap = self._text[first.end : second.start].strip()
        if gap == ",":
            other = near
        elif not gap and tokens[near].text.casefold() in (*AND.get(lang, ()), *OR.get(lang, ())):
            other = near + step
        else:
            return False
        if not 0 <= other < len(tokens):
            return False
        word = tokens[other].text
        return _capitalised(word) and not _common_noun(word, lang) and self.gazetteer.place_form(word, lang) is not None

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
        return next(self._surname_stems(word, lang), None)

    @staticmethod
    def _strange_word(word: str, lang: str) -> bool:
        """Whether a capitalised word is no word of the language nor a name of a person: its dictionary does not
        list it, and it is no family name and no given name. A town of that name first in a sentence is the town
        ("Kiruna und Abisko sind Reiseziele"), where a word the dictionary lists may be capitalised only there."""
        return not _dictionary_word(word, lang) and word not in _surnames() and not _given_form(word)

    def _word_town(self, place: Place, t: _Token, lang: str) -> bool:
        """Whether a one-word town is rather a common word of the language ("Centro", "Sur"): a city of fewer
        than 100,000 people, or another name of one under a million ("Liga" of Riga), the word no locative
        preposition places. Not where nouns are capitalised (a noun
        after an article is read apart there: "die Halle")."""
        if place.kind != "city" or place.population >= ALIAS_CITY_POPULATION:
            return False
        if place.population >= _WORD_CITY_POPULATION:
            # Above that size only another name GeoNames gives the city ("Liga" of Riga, "Pleno" of Plano), not
            # its own ("Tema"), is taken for the word
            known = self.gazetteer.place_form(t.text, lang)
            if known is None or not town_alias(known[0], place):
                return False
        return (
            lang not in NOUNS_CAPITALISED
            and common_place_word(t.text, lang)
            and not self._after_locative(self._tokens, self._index[id(t)], lang)
        )

    def _noun_alias(self, place: Place, t: _Token, lang: str) -> bool:
        """Where nouns are capitalised, whether a word that names a town under a million people only by another name
        or with a case ending undone ("Name": Namur; "Tour": Tours; "Basis": Basi) is rather a noun of the
        language: the dictionary has a common noun for it, or lists it under a lemma that is not the town's name
        ("Mailand", "Moskaus" stay), and no preposition of place or of going comes right before it ("in Tour")."""
        if lang not in NOUNS_CAPITALISED or place.kind != "city" or place.population >= ALIAS_CITY_POPULATION:
            return False
        known = self.gazetteer.place_form(t.text, lang)
        if known is None or unaccented(t.text) == unaccented(_QUALIFIER.sub("", place.name)):
            return False  # the town's own name ("Halle" of "Halle (Saale)")
        from wirestream.services.enrich.entities.quotes.language import known_word, lemma

        noun = _common_noun(t.text, lang) or (known_word(t.text, lang) and lemma(t.text, lang) != known[0].casefold())
        first = self._index[id(t)]
        placed = self._after_locative(self._tokens, first, lang) or self._after_direction(self._tokens, first, lang)
        return noun and not placed

    def _foreign_word_town(self, place: Place, t: _Token, lang: str) -> bool:
        """Where nouns are capitalised, whether a one-word town abroad (outside the language's ``HOME_COUNTRIES``),
        no capital nor a city known abroad, is rather a common word: of English, of the language in lower case, or
        a noun the dictionary gives a plural (``NAME_PLURAL_ENDINGS``): "Roman", "Metro", "Union", "Corona"; so
        unless a preposition of place or of going comes right before it ("nach Corona")."""
        home = HOME_COUNTRIES.get(lang)
        if lang not in NOUNS_CAPITALISED or not home or place.kind != "city" or place.country_code in home:
            return False
        if place in self.gazetteer.known_abroad or place.population >= ALIAS_CITY_POPULATION:
            return False
        from wirestream.services.enrich.entities.quotes.language import common_word, known_word, lemma

        word, low = t.text, t.text.casefold()
        plural = any(lemma(word + p, lang) == low for p in PLURAL_ENDINGS.get(lang, ()) if known_word(word + p, lang))
        if not (known_word(low, "en") or common_word(low, lang) or plural):
            return False  # "Mora", "Rioja": the dictionary lists the name, but as no common word
        first = self._index[id(t)]
        return not (self._after_locative(self._tokens, first, lang) or self._after_direction(self._tokens, first, lang))

    def _stray_alias(self, place: Place, t: _Token, lang: str) -> bool:
        """Whether a word names a town under a million people, no capital nor a city known abroad
        (``Gazetteer.known_abroad``), only by another name of it (GeoNames' alternate names: "Hamas" of Hamm, a
        Lithuanian form) in an article that names no place of the town's country, and no locative preposition
        places it: another thing of that name, not the far-away town ("Waszyngton", "Florencia" stay places)."""
        known = self.gazetteer.place_form(t.text, lang)
        if known is None or not town_alias(known[0], place) or place in self.gazetteer.known_abroad:
            return False
        first = self._index[id(t)]
        if self._after_locative(self._tokens, first, lang) or self._after_direction(self._tokens, first, lang):
            return False
        return place.country_code not in self._article_countries(lang)

    def _article_countries(self, lang: str) -> set[str]:
        """The countries of the places the article names by their own name or a country's name (once per
        article: one gazetteer look-up per distinct capitalised word)."""
        if self._countries is None:
            self._countries = set()
            for word in {t.text for t in self._tokens if _capitalised(t.text)}:
                known = self.gazetteer.place_form(word, lang)
                # a city known abroad tells the country by any of its names ("Lemberg" of Lviv: Ukraine)
                if (
                    known is not None
                    and known[1].country_code
                    and (not town_alias(*known) or known[1] in self.gazetteer.known_abroad)
                ):
                    self._countries.add(known[1].country_code)
        return self._countries

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

    @staticmethod
    def _span(words: list[_Token], label: str, text: str) -> Found:
        return Found(text[words[0].start : words[-1].end], label, words[0].start, words[-1].end)


# A local dateline opening a line: one word in capitals, then a full stop, an agency in parentheses or a dash
# ("ERDEN. Wie ...", "BOCKENEM (ots) -", "HALLE – Am ..."); the word's letters only, for its written form.
_LOCAL_DATELINE = re.compile(r"(?m)^[ \t]*([A-ZÄÖÜ][A-ZÄÖÜß]{2,24})(?=\. [A-ZÄÖÜ]| \(| [-–—] )")
_OPENING_QUOTES = "\"“„«‹‚‘'"
_CLOSING_QUOTES = "\"”“»›’‘'"


def _town_feature(word: str, lang: str) -> str | None:
    """The river, hills or land a capitalised word names (its case ending undone: "Rheins" -> Rhein), read off the
    qualifiers of the language's town names ("Bingen am Rhein"; ``features.py``)."""
    if not _capitalised(word) or _acronym(word) or len(word) > 40:
        return None
    known = features(lang)
    if not known:
        return None
    if word.casefold() in known:
        return word
    for ending, name_ending in CASE_ENDINGS.get(lang, ()):
        if (
            word.casefold().endswith(ending)
            and (base := word[: len(word) - len(ending)] + name_ending).casefold() in known
        ):
            return base
    return None


def _quoted(words: list[_Token], text: str) -> bool:
    """Whether the run fills a pair of quotation marks ("“Penegak Sunnah”"): a quoted title or a
    nickname, not a person introduced by name. Punctuation may stand before the closing mark."""
    before = text[max(0, words[0].start - 1) : words[0].start]
    after = text[words[-1].end : words[-1].end + 3].lstrip(".,;:!?…")
    return bool(before) and before in _OPENING_QUOTES and after[:1] in _CLOSING_QUOTES and bool(after[:1])


_CITATION_REACH = 120  # characters from the run to its brackets


def _cited(words: list[_Token], text: str) -> bool:
    """Whether the run opens square brackets that also hold a number ("[Al Maa-idah 2]",
    "[Ni’matul Ukhuwah hal. 41]"): a reference to a book, chapter or verse, not a person
    (a person named later in a reference, "[HR. At-Tirmidzi no. 1997]", stays one)."""
    start, end = words[0].start, words[-1].end
    if text[max(0, start - 2) : start].strip() != "[":
        return False
    right = text[end : end + _CITATION_REACH]
    closed = right.find("]")
    return closed >= 0 and "[" not in right[:closed] and bool(re.search(r"\d", right[:closed]))


@functools.cache
def _number_getter(lang: str) -> Callable[[str], bool] | None:
    """spaCy's language data test of a number word ("siete", "dua", "два"), no model needed."""
    defaults = _spacy_defaults(lang)
    if defaults is None:
        return None
    import importlib

    like_num = importlib.import_module("spacy.attrs").LIKE_NUM  # a compiled module without stubs
    getter = defaults.lex_attr_getters.get(like_num)
    return getter if callable(getter) else None


def _number_word(word: str, lang: str) -> bool:
    getter = _number_getter(lang)
    return bool(getter and getter(word.casefold()))


def surname_mentions(
    text_or_tokens: str | list[_Token], people: Iterable[str], taken: list[tuple[int, int]], language: str | None
) -> list[Found]:
    """A surname met again on its own, or inflected ("Papermaster", "Pieskowa"): one more mention of that person.

    ``people`` are the full names found (two words or more), ``taken`` the spans already
    read as something; the surname must be capitalised and outside them.
    """
    tokens = _tokens(text_or_tokens) if isinstance(text_or_tokens, str) else text_or_tokens
    owner = surname_owner(people, language)
    if owner is None:
        return []
    spans = sorted(taken)
    starts = [s for s, _ in spans]
    reach = list(itertools.accumulate((e for _, e in spans), max))  # the furthest end of the spans so far
    out = []
    for t in tokens:
        if not _capitalised(t.text):
            continue
        k = bisect.bisect_left(starts, t.end) - 1  # the spans starting before this word ends
        if k >= 0 and reach[k] > t.start:
            continue
        full = owner(t.text)
        if full is not None:
            out.append(Found(t.text, "PERSON", t.start, t.end, full))
    return out


def surname_owner(people: Iterable[str], language: str | None) -> Callable[[str], str | None] | None:
    """Who of ``people`` (full names, two words or more) a one-word name is the surname of, as written or with a case
    ending of the language's names (``NAME_PERSON_ENDINGS``: "Pieskowa", "Травникова"): a function of the word that
    answers the full name or None; None when no person has a surname of three letters or more."""
    lang = (language or "en").split("-")[0]
    surnames = {name.split()[-1].casefold(): name for name in people if len(name.split()) > 1}
    surnames = {k: v for k, v in surnames.items() if len(k) >= 3}
    if not surnames:
        return None
    endings = PERSON_ENDINGS.get(lang, ())
    by_stem = {_stem(k, endings): k for k in surnames} if endings else {}

    def owner(word: str) -> str | None:
        folded = word.casefold()
        base = folded if folded in surnames else by_stem.get(_stem(folded, endings)) if endings else None
        if base is not None and (base == folded or len(_stem(folded, endings)) >= 4):
            return surnames[base]
        return None

    return owner


@functools.lru_cache(maxsize=4096)
def _stem(word: str, endings: tuple[str, ...]) -> str:
    folded = word.casefold()
    for ending in _longest_first(endings):
        if folded.endswith(ending) and len(folded) - len(ending) >= 3:
            return folded[: -len(ending)]
    return folded


@functools.cache
def _longest_first(endings: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sorted(endings, key=len, reverse=True))


class _People:
    """The people one text has named so far (full names, as written), and what is asked of the most recent
    :data:`RECENT` of them (bounded: a list of names is not prose), answered from indexes kept as they are
    added: a text of thousands of names costs one look-up per name, not one pass over the recent ones."""

    RECENT = 200

    def __init__(self, endings: tuple[str, ...]) -> None:
        self.names: list[tuple[str, ...]] = []
        self.endings = endings  # the language's case endings of names ("Pieskowa" is Pieskow's)
        self._last: dict[tuple[str, ...], dict[tuple[str, ...], int]] = {}  # stems -> name -> its last index
        self._surnames: Counter[str] = Counter()  # the recent names' last words, case-folded
        self._stems: Counter[str] = Counter()  # and their stems

    def append(self, person: tuple[str, ...]) -> None:
        at = len(self.names)
        self.names.append(person)
        if self.endings:
            self._last.setdefault(tuple(_stem(w, self.endings) for w in person), {})[person] = at
        self._count(person, 1)
        if at >= self.RECENT:
            self._count(self.names[at - self.RECENT], -1)

    def _count(self, person: tuple[str, ...], step: int) -> None:
        surname = person[-1].casefold()
        self._surnames[surname] += step
        if self.endings:
            self._stems[_stem(surname, self.endings)] += step

    def same_person(self, person: tuple[str, ...]) -> tuple[str, ...] | None:
        """The most recent other name this one is, inflected ("Dmitrija Pieskowa" is Dmitrij Pieskow)."""
        if not self.endings:
            return None
        named = self._last.get(tuple(_stem(w, self.endings) for w in person), {})
        recent = len(self.names) - self.RECENT
        latest = max(((k, p) for p, k in named.items() if p != person and k >= recent), default=None)
        return latest[1] if latest else None

    def surname(self, word: str) -> bool:
        """Whether ``word`` is the surname of a recent name, as written or with another case ending."""
        folded = word.casefold()
        if self._surnames[folded] > 0:
            return True
        if not self.endings:
            return False
        stem = _stem(folded, self.endings)
        return len(stem) >= 4 and self._stems[stem] > 0
