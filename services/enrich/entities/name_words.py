"""What a word or a short run of words is, for the name finder and the passes after it.

A given name or a family name (Faker's, by language), a common word of the language, a role or an institution
word, a party or an outlet after a name, a compass point before a place; given names coordinated before one
surname ("Dan and Natalie Kessler"); the later mentions of the people an article named ("Peskov", "Пескова").
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass

from wirestream.services.enrich import languages
from wirestream.services.enrich.entities.features import features
from wirestream.services.enrich.entities.geo import ALIAS_CITY_POPULATION, CASE_ENDINGS, Gazetteer, Place
from wirestream.services.enrich.entities.name_data import Found, cyrillic_given_names, given_name_gender
from wirestream.services.enrich.entities.name_data import person_names as _person_names
from wirestream.services.enrich.entities.name_data import spacy_defaults as _spacy_defaults
from wirestream.services.enrich.entities.name_data import stop_words as _stop_words
from wirestream.services.enrich.languages import cldr
from wirestream.services.enrich.lexicon import PLATFORM_NAMES, all_month_forms


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


# Head words that make a region or a feature only last, right after a capitalised adjective of a place ("Bayerischer
# Wald", "Sächsische Schweiz", "Berchtesgadener Land"; not "der Wald Hamburgs", "das Land Brandenburg").
HEADS_AFTER_ADJECTIVE = _sets("PLACE_HEADS_AFTER_ADJECTIVE")


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
# correction.py and recovery.py read for the languages a model reads).
SETTLEMENT_BEFORE = {code: re.compile(cue, re.I) for code, cue in languages.table("PLACE_NOUN_BEFORE").items()}


# A settlement noun in an apposition right after a name ("Florencia, la capital del Caquetá", "Vitória, capital do
# Espírito Santo"): the name is a place (names.py and context.py read it, the latter for the languages a model reads).
APPOSED_SETTLEMENT = {code: re.compile(cue) for code, cue in languages.table("PLACE_APPOSED").items()}


# A settlement noun heading a run, where nouns are capitalised ("Gemeinde Hünxe", "Landkreis Göppingen").
SETTLEMENT_HEADS = _sets("PLACE_SETTLEMENT_HEADS")


# Words that put a name beside a known place, which makes it a place too: "Staffelde bei Kremmen" (after the name),
# "zwischen Ischgl und Samnaun" (before a pair joined by NAME_AND).
NEAR = _sets("PLACE_NEAR")


BETWEEN = _sets("PLACE_BETWEEN")


# "up to", before a small town of the language's own countries only ("bis Landeck"; not "bis Ende des Jahres")
UNTIL = _sets("PLACE_UNTIL")


# Prepositions that place a name only when a known place follows it in brackets ("a Calvizzano (Napoli)"; "a" alone
# is "to" a person too): ``PLACE_BRACKETED_BEFORE``.
BRACKETED_BEFORE = _sets("PLACE_BRACKETED_BEFORE")


# Bodies named by their seat ("Polizei Bad Salzdetfurth"): the words after the head are a place, the head is not.
SEAT_HEADS = _sets("PLACE_SEAT_HEADS")

# The words that open a club's name before its town's ("Borussia Dortmund", "Legia Warszawa", "Real Madrid"): the club,
# no place nor person (``NAME_CLUB_BEFORE``).
CLUB_BEFORE = _sets("NAME_CLUB_BEFORE")


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


# Definite articles, alone or fused with a preposition, and in a language that elides them the elided article's
# ending ("dell'", "l'"): the press writes a body or a thing after one, not a person's given name ("della Bce
# Christine Lagarde", "dell'Onu Antonio Guterres": the body's acronym, then the person).
DEFINITE = _sets("NAME_DEFINITE_ARTICLES")
_ELIDED_DEFINITE = ("l'", "l’")


def after_definite(previous: str | None, lang: str) -> bool:
    """Whether the word right before a capitalised word (``previous``, None when more than a space parts them) is a
    definite article of ``lang``'s table, or an elided one ("dell'", "l'") where the table is: what follows is no
    given name opening a person."""
    if previous is None or lang not in DEFINITE:
        return False
    folded = previous.casefold()
    return folded in DEFINITE[lang] or folded.endswith(_ELIDED_DEFINITE)


def acronym_after_article(word: str, previous: str | None, lang: str) -> bool:
    """Whether a capitalised word of two to four letters that is no word of the language comes right after a definite
    article (``previous``: the word before, None when more than a space parts them): a body's acronym as the press of
    some languages writes it in title case ("dell'Oms", "della Bce", "du Fmi"), never a person's first name. The one
    test for the recogniser's runs (NameFinder) and a model's people (correction)."""
    if not (2 <= len(word) <= 4 and word.isalpha() and word[:1].isupper()):
        return False
    return after_definite(previous, lang) and not _dictionary_word(word, lang)


# Words for a news outlet: the name right after one is the outlet's ("l'agenzia Ria Novosti", "news agency Interfax").
OUTLETS = _sets("NAME_OUTLET_WORDS")

# Acronyms a language writes for a common noun, not a body (Turkish "İHA", a drone: "İHA saldırısı"), as written.
COMMON_ACRONYMS = _sets("NAME_COMMON_ACRONYMS")


_ELIDED_BEFORE = re.compile(r"^[^\W\d_]{1,5}['’]")  # "l'" of "l'agenzia"


# Marks that open and close a quoted name ("„Baza“", "« Baza »", "“Baza”"): what the name is, the word before says.
QUOTED_NAME_OPENINGS = frozenset('„«“"‚‹‘')
QUOTED_NAME_CLOSINGS = frozenset('“”»"‘’›')


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


# How far before a quoted name its opening mark and the words before it are read: the words of "la chaîne Telegram « "
QUOTED_NAME_REACH = 44


def quoted_words_before(text: str, start: int, end: int, n: int) -> list[str]:
    """The last ``n`` whitespace-separated words before the opening mark of a name (``text[start:end]``) that
    quotation marks enclose, spaces allowed inside the marks ("der Kanal „Baza“", "la chaîne Telegram « Baza »"):
    the words that say what the quoted name is. [] when no marks enclose it. The one test for the recogniser's runs
    (NameFinder) and a model's spans (correction.correct); read within :data:`QUOTED_NAME_REACH` characters before
    the name (a copy of the text before each name was quadratic in a long article's names)."""
    before = text[max(0, start - QUOTED_NAME_REACH) : start].rstrip(" \u00a0")
    after = text[end : end + 3].lstrip(" \u00a0")
    if not before or before[-1] not in QUOTED_NAME_OPENINGS or not after or after[0] not in QUOTED_NAME_CLOSINGS:
        return []
    return before[:-1].split()[-n:]


# Words for a company's kind: the one name right after one is the company's ("das Unternehmen Brandolf", "der
# Autohersteller Seat"), an organisation, not a person.
COMPANIES = _sets("NAME_COMPANY_WORDS")


def channel_platform(word: str) -> str | None:
    """The platform a word names when it is a platform's name joined by a hyphen to a lower-case noun ("Telegram-канале",
    "Telegram-каналі", "Telegram-kanale"): a channel on the platform, no body's name nor a place. None otherwise. The
    one test for the recogniser's spans (``recovery._platforms``) and a statement's place in a clause (quotes)."""
    head, hyphen, rest = word.partition("-")
    return head if hyphen and rest[:1].islower() and head.casefold() in PLATFORM_NAMES else None


def company_kind(previous: str | None, lang: str) -> bool:
    """Whether the word right before a name (``previous``, None when more than a space parts them) is a word for a
    company's kind ("das Unternehmen Brandolf", "die Firma Kelton"); where the language builds compounds, one ending
    in such a word is one too ("Autohersteller Seat", "Modekette Tamaro")."""
    if previous is None:
        return False
    if lang in _ROLE_SUFFIX:
        return _matches(previous, COMPANIES.get(lang, ()), lang, 5)
    return previous.casefold() in COMPANIES.get(lang, ())


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


# The word for a newspaper or magazine before its name ("米紙ニューヨーク・タイムズ"): a publication, no person.
CJK_MEDIA_BEFORE = {code: tuple(words.split()) for code, words in languages.table("NAME_MEDIA_BEFORE").items()}


CJK_NOT_BEFORE_TITLE = {
    code: frozenset(words.split()) for code, words in languages.table("NAME_NOT_BEFORE_TITLE").items()
}


# Korean trades written before a person's name ("가수 엘제이는", "정치평론가 아바스 갈랴모프는"), a word ending in one.
CJK_ROLES_BEFORE = {code: tuple(words.split()) for code, words in languages.table("NAME_ROLES_BEFORE").items()}


# Words that stand before a Korean name and its title but are no part of it ("한편", "이날": "meanwhile", "that day"),
# and the bodies the language's quote words list ("펜타곤 대변인은": the Pentagon's spokesman, not a person "펜타곤").
CJK_NOT_NAMES = {
    code: frozenset(words.split()) | frozenset(languages.by_language("QUOTES", "institutions").get(code, ()))
    for code, words in languages.table("NAME_NOT_NAMES").items()
}


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


DEMONYM_ENDINGS: dict[str, dict[str, str]] = languages.table("NAME_DEMONYM_ENDINGS")


@functools.lru_cache(maxsize=4096)
def _demonym(word: str, lang: str) -> bool:
    """Whether a capitalised word is a people's noun ("Japaner", "Slowenen", "Norwegerin"): its stem with the
    language's adjective ending is a people's adjective (``NAME_DEMONYM_ENDINGS``, "japanisch")."""
    from wirestream.services.enrich.entities.quotes.language import nation_adjective

    endings = DEMONYM_ENDINGS.get(lang)
    if not endings or not _capitalised(word) or not word[1:].islower() or len(word) > 40:
        return False
    for noun, adjective in sorted(endings.items(), key=lambda e: -len(e[0])):
        if word.endswith(noun) and len(word) - len(noun) >= 3:
            return nation_adjective(word[: -len(noun)].casefold() + adjective, lang)
    return False


def arabic_family_name(word: str) -> bool:
    """Whether a word is an Arabic family name with its article written onto it by a hyphen ("al-Hassan",
    "el-Sisi"): lower-case as written, a capital after the hyphen."""
    head, dash, rest = word[:64].partition("-")
    return bool(dash) and head in ("al", "el") and len(rest) >= 2 and rest[0].isupper()


def _given_and_surnames(tokens: list[_Token], lang: str) -> set[str]:
    """A given name and the capitalised word right after it that no dictionary lists ("Tobias Torgersen", "Kim
    Kardashian"): a person's names, so neither is a common noun where the article writes one after an article or an
    adjective ("der optimistische Torgersen", "zudem führe Kardashian", "mit dem Evan"). A surname the dictionary lists
    ("Frank Reich") proves nothing and is left to the word's other uses."""
    out: set[str] = set()
    for k in range(1, len(tokens)):
        t, given = tokens[k], tokens[k - 1].text
        if not t.glued or not _capitalised(t.text) or not _given_form(given) or _acronym(t.text):
            continue
        if _given_form(t.text):
            continue  # "schreibt Gianni Aron": two given names, two people as likely as one
        if _dictionary_word(t.text, lang):
            continue
        out.add(t.text)
        if not _common_noun(given, lang):  # "als Lot Sodom verließ": "Lot" is a noun too, its other uses stay nouns
            out.add(given)
    return out


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


@functools.lru_cache(maxsize=65536)  # a page of names asks about the same words again and again
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


@dataclass(frozen=True)
class _StemIndex:
    """A table's stems by length: a word is matched by cutting it at the few lengths the stems have, not by trying
    every stem (a page of distinct names asks about each word once, so no answer cache helps there)."""

    stems: frozenset[str]
    by_length: dict[int, frozenset[str]]
    lengths: tuple[int, ...]  # longest first


@functools.lru_cache(maxsize=256)
def _stem_index(stems: tuple[str, ...] | frozenset[str]) -> _StemIndex:
    by_length: dict[int, set[str]] = {}
    for stem in stems:
        by_length.setdefault(len(stem), set()).add(stem)
    return _StemIndex(
        frozenset(stems), {n: frozenset(v) for n, v in by_length.items()}, tuple(sorted(by_length, reverse=True))
    )


def _matched_length(
    word: str, stems: tuple[str, ...] | frozenset[str], language: str, shortest_suffix: int
) -> int | None:
    """The length of the longest of ``stems`` that ``word`` is (by :func:`_matches`), None for none."""
    index = _stem_index(stems)
    w = word.casefold().replace("’", "'")
    found: list[int] = []
    if w in index.stems:
        found.append(len(w))
    if "-" in w.strip("-"):  # "Vize-Chef", "Kreml-Sprecher"
        tail = w.rsplit("-", 1)[-1]
        if tail in index.stems:
            found.append(len(tail))
    suffix = language in _ROLE_SUFFIX  # compounds: "Kremlsprecher" ends in the stem, 3 letters or more before it
    prefix = language in _ROLE_PREFIX  # case endings: "rzecznika" is the stem and at most 3 letters more
    for n in index.lengths:
        if suffix and n >= shortest_suffix and len(w) >= n + 3 and w[-n:] in index.by_length[n]:
            found.append(n)
        if prefix and n >= 3 and len(w) - 3 <= n <= len(w) and w[:n] in index.by_length[n]:
            found.append(n)
    return max(found, default=None)


def _matches(word: str, stems: tuple[str, ...] | frozenset[str], language: str, shortest_suffix: int = 6) -> bool:
    """``word`` is one of ``stems``, or (by the language's rules) a compound ending in one or an inflection."""
    return _matched_length(word, stems, language, shortest_suffix) is not None


def _stem_length(word: str, stems: tuple[str, ...] | frozenset[str], language: str, shortest_suffix: int) -> int:
    """The length of the longest of ``stems`` that ``word`` is (by :func:`_matches`), 0 for none."""
    return _matched_length(word, stems, language, shortest_suffix) or 0


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


_OCEANS: dict[str, tuple[str, ...]] = languages.table("OCEAN_NAMES")
_LOWER_THE = re.compile(r"(?<![\w'’-])the (?:[a-z][a-z-]{0,20} )?$")  # "the ", "the equatorial "


def ocean(span: str, text: str, start: int, lang: str) -> bool:
    """Whether ``span`` at ``start`` is a bare ocean's name (``OCEAN_NAMES``) after a lower-case "the", with a word of
    where or none ("Asia and the Pacific", "the equatorial Pacific"; not "The Atlantic", a magazine). Reads 30
    characters before the name."""
    return span in _OCEANS.get(lang, ()) and _LOWER_THE.search(text[max(0, start - 30) : start]) is not None


def compass_place(span: str, lang: str, gazetteer: Gazetteer | None) -> bool:
    """Whether a name is a compass word, then a place the gazetteer knows that is more than a town: a country, a
    state or region, a continent or a city of :data:`CITY_POPULATION` ("West Africa", "Southern California", "East
    London"), the place no word of the language ("Western Union", "South Bend" as a company's or team's word is
    not a place split in two). Three words at most."""
    words = span.split(maxsplit=3)
    if gazetteer is None or not 2 <= len(words) <= 3 or words[0].casefold() not in COMPASS_BEFORE.get(lang, ()):
        return False
    rest = " ".join(words[1:])
    if not rest[:1].isupper() or rest.isupper():
        return False
    place = gazetteer.place_form(rest, lang)
    if len(words) == 2 and is_common_word(rest, lang) and (place is None or place[1] not in gazetteer.named_places):
        return False  # not "North Wales": a region of the language's own table, whatever the dictionary says
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


@functools.lru_cache(maxsize=65536)  # a page of names asks about the same words again and again
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


@functools.lru_cache(maxsize=65536)  # a page of names asks about the same words again and again
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


@functools.lru_cache(maxsize=65536)  # a page of names asks about the same words again and again
def _dictionary_word(word: str, lang: str) -> bool:
    """Whether the language's dictionary lists the word, as written or in lower case."""
    from wirestream.services.enrich.entities.quotes.language import common_word, known_word

    return known_word(word, lang) or common_word(word.casefold(), lang)


def _common_entry(word: str, lang: str) -> bool:
    """Whether the language's dictionary lists the word as a common word, in lower case or as written with a
    lower-case lemma: "Gobierno" is, "Sikorski" (a name Polish's dictionary lists, its lemma capitalised) is not."""
    from wirestream.services.enrich.entities.quotes.language import common_word

    return common_word(word.casefold(), lang) or common_word(word, lang)


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


@functools.lru_cache(maxsize=65536)  # a page of names asks about the same words again and again
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
    # (``NAME_GIVEN``) a language's common given names Faker's locale lacks ("Микола", "Юрій", "Bartosz")
    own = frozenset(itertools.chain.from_iterable(languages.table("NAME_GIVEN").values()))
    return frozenset(listed) | own | cyrillic_given_names()  # "Jewgeni", "Mykhailo": Russian and Ukrainian names spelt


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


# (``NAME_GENITIVES``) a language's genitive endings of given names and surnames, with the nominative ending each
# stands for: "given" (tried in order, kept when the nominative is a given name as written), then the surname's by the
# given name's gender ("m", "f"; the first ending that fits; none fitting leaves the surname as written); "dative": the
# endings of an outlet told, after a given name and a surname ("Коваленко Укрінформу": names.py, ``_told_after``)
GENITIVES: dict[str, dict[str, tuple[tuple[str, str], ...]]] = languages.table("NAME_GENITIVES")


def _oblique_given(word: str, lang: str) -> tuple[str, str | None] | None:
    """(``NAME_GENITIVES``) a given name in the genitive ("Tomasza", "Олега", "Ірини") as its nominative and the
    gender it shows; None for a name as written ("Anna", "Jana": the nominative wins) or a word no such ending makes a
    given name of. A given name as written in ``lang`` is that, though another language writes it as a function word
    ("Ella Pamfiłowa": Spanish "ella", no Polish "Ell")."""
    table = GENITIVES.get(lang)
    if not table or len(word) < 4 or _given_form(word) or given_name(word, lang):
        return None
    for ending, nominative in table.get("given", ()):
        if not word.endswith(ending):
            continue
        base = word[: len(word) - len(ending)] + nominative
        if len(base) >= 3 and _given_form(base):
            return base, given_name_gender(base) or ("f" if base.endswith(("a", "а", "я")) else "m")
    return None


def _nominative_name(person: tuple[str, ...], lang: str) -> tuple[str, ...] | None:
    """(``NAME_GENITIVES``) a given name and a surname written in the genitive ("Tomasza Wróblewskiego", "Олега
    Коваленка", "Agnieszki Zielińskiej") as their nominative ("Tomasz Wróblewski", "Олег Коваленко", "Agnieszka
    Zielińska"): the given name shows the case and the gender, the surname takes the first nominative ending of that
    gender that fits (a woman's "Nowak" stays). None when the first word is no given name in the genitive."""
    if len(person) != 2:
        return None
    given = _oblique_given(person[0], lang)
    if given is None:
        return None
    base, gender = given
    surname = person[1]
    for ending, nominative in GENITIVES[lang].get(gender or "m", ()):
        if surname.endswith(ending) and len(surname) - len(ending) >= 2:
            surname = surname[: len(surname) - len(ending)] + nominative
            break
    return base, surname


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


# A local dateline opening a line: one word in capitals, then a full stop, an agency in parentheses or a dash
# ("ERDEN. Wie ...", "BOCKENEM (ots) -", "HALLE – Am ..."); the word's letters only, for its written form.
_LOCAL_DATELINE = re.compile(r"(?m)^[ \t]*([A-ZÄÖÜ][A-ZÄÖÜß]{2,24})(?=\. [A-ZÄÖÜ]| \(| [-–—] )")
# Capital letters of the Latin, Greek and Cyrillic alphabets (a dateline's "MOSCÚ", "ŁÓDŹ", "МОСКВА").
_CAPITALS = "".join(c for c in map(chr, range(0x41, 0x530)) if c.isupper() and c.isalpha())
# A wire dateline opening a line: one to three words in capitals of any alphabet, then a comma, an agency in
# parentheses or a dash ("MOSCÚ, 3 may (EFE).-", "PARIS (AFP) -", "SAINT-PÉTERSBOURG —", "РИО-ДЕ-ЖАНЕЙРО, 3 мая").
_WIRE_DATELINE = re.compile(
    rf"(?m)^[ \t]*([{_CAPITALS}][{_CAPITALS}'’.-]{{1,24}}(?: [{_CAPITALS}][{_CAPITALS}'’.-]{{0,24}}){{0,2}})"
    r"(?=,| \(| [-–—]|\.[-–—])"
)


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
        if not _capitalised(t.text) and not arabic_family_name(t.text):  # "sagte al-Assad" is met again too
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
    answers the full name or None; None when no person has a surname of three letters or more. Where two share a
    surname, the last of ``people`` in their order owns it: give them in an order, not as a set."""
    lang = (language or "en").split("-")[0]
    surnames = {name.split()[-1].casefold(): name for name in people if len(name.split()) > 1}
    surnames = {k: v for k, v in surnames.items() if len(k) >= 3}
    # an Arabic family name is said again without its article too ("Baschar al-Assad" ... "Assad")
    surnames |= {k[3:]: v for k, v in surnames.items() if k.startswith(("al-", "el-")) and len(k) >= 6}
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
