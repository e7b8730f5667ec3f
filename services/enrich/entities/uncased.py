"""Names in scripts without capital letters: Arabic, Persian, Hebrew, Devanagari (Hindi).

Nothing marks a name in these scripts, so the capitalisation recogniser (``names.py``) finds
nothing there. Names are read from data and cues instead, each confirmed before it is kept:

* a **place** when a run of up to four words, its attached prefixes read off the first word
  (Arabic و ف ب ل ك and the article, Hebrew ה ב ל מ ו ש כ) and its attached endings off the last
  (Persian ها, the ezafe ی), is a name the gazetteer knows in that script: GeoNames' alternate
  names of cities of 100,000 people or more, CLDR's country names in the language, ISO 3166-2
  subdivisions. The longest name wins; a name of fewer than three letters, a stop word of the
  language, an inflected form of a common word ("صور", pictures, not Tyre) or a given name is not
  trusted;
* a **person** when a title or role comes before a run of name words ("الرئيس", "رئیس جمهور",
  "प्रधानमंत्री", "ראש הממשלה"; an Arabic adjective or complement between them is passed over:
  "وزير الخارجية الروسي"), when a given name of the language (Faker's person data for its
  locales) opens one, or when a speech verb stands next to one (Arabic and Hebrew put it first,
  Hindi marks the speaker with "ने" before it). Every person needs evidence besides its cue: a
  given or family name of the language, a word the language's dictionary does not know
  (a foreign or rare name: "لافروف"), or the alias registry's word. When unsure, no person.

Each language module gives its data (``SCRIPT = "uncased"``, ``NAME_LOCALES``, ``NAME_PREFIXES``,
``NAME_SUFFIXES``, ``NAME_TITLES_BEFORE``, ``NAME_SPEECH_PHRASES``, ``NAME_JOINERS``, and optionally
``NAME_ADJECTIVE``, ``NAME_HONORIFICS_AFTER``, ``NAME_SURNAME_PARTS``: the words written apart that end a
compound family name, "هاشمی فر"). The reading is linear in the text: a fixed number of
lookups per word.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from wirestream.services.enrich import languages
from wirestream.services.enrich.entities.geo import Gazetteer, Place, continent_names
from wirestream.services.enrich.entities.name_data import Found, person_names, stop_words

# The languages whose module says their script has no letter case.
LANGUAGES = frozenset(code for code, script in languages.table("SCRIPT").items() if script == "uncased")

# Combining marks of the four scripts (vowel signs, Arabic short vowels, Hebrew points) and the zero-width
# non-joiner Persian writes inside words: parts of a word, though Python's \w does not take them.
_MARKS = (
    "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"  # Arabic
    "\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7"  # Hebrew
    "\u0900-\u0903\u093a-\u094f\u0951-\u0957\u0962\u0963"  # Devanagari
    "\u200c"
)
_LETTER = rf"(?:[^\W\d_]|[{_MARKS}])"
# A word; Hebrew abbreviations keep their gershayim or geresh (ארה"ב, ח״כ, פרופ'), and a foreign name its geresh
# inside, where it marks a sound Hebrew letters lack (צ' "ch", ג' "j": "צ'בושאולו", "ג'ון").
_WORD = re.compile(rf"{_LETTER}+(?:[\"״'׳]{_LETTER}+)?['׳]?")
_SCRIPT = re.compile(r"[\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\u0900-\u097f]")
_DIGIT = re.compile(r"\d")
# A gazetteer form with these is a label, not a name written in running text ("… [GB-POG]", "…, (UTAG)").
_NOT_IN_NAME = re.compile(r"[\d\[\](),/]")
# What may stand between two words of one name: spaces on one line, or a hyphen or Hebrew maqaf alone
# ("תל אביב-יפו"; a dash between spaces separates a title from its author).
_GLUE = re.compile(r"[ \t\u00a0\u200e\u200f]+|[-־]")
# Spellings that differ by letter shape only: Persian and Arabic yeh and kaf, the alef's hamza, Hebrew
# punctuation marks written as ASCII.
_FOLD = str.maketrans(
    {
        "ی": "ي", "ى": "ي", "ک": "ك", "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ۀ": "ه", "ة": "ة",
        "״": '"', "׳": "'", "\u0640": None,
    }
)  # fmt: skip
_DROP_MARKS = re.compile(r"[\u064b-\u065f\u0670\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7]")
# A city's alternate name is trusted from this many people (as the gazetteer trusts them in other scripts).
_CITY_POPULATION = 100_000
# A town of this size or more (every town the data has) is taken after a place noun ("شهرستان", "مدينة").
_TOWN_POPULATION = 15_000
_MIN_LETTERS = 3
# A city this big is taken without a cue (a smaller one needs a locative word: its name may be a word too).
_BIG_CITY = 1_000_000


def fold(word: str) -> str:
    """A word as the tables compare it: Arabic short vowels and Hebrew points dropped, letter shapes that
    differ between Arabic and Persian (ي ی, ك ک) and the alef's hamza made one."""
    return _DROP_MARKS.sub("", word).translate(_FOLD)


@dataclass(frozen=True)
class _Language:
    prefixes: tuple[tuple[str, str], ...]
    suffixes: tuple[tuple[str, str], ...]
    titles: dict[str, tuple[tuple[str, ...], ...]]  # first word -> titles starting with it, longest first
    title_words: frozenset[str]
    speech: dict[str, tuple[tuple[str, ...], ...]]
    joiners: frozenset[str]
    adjective: re.Pattern[str] | None
    after: frozenset[str]
    stop: frozenset[str]
    given: frozenset[str]
    family: frozenset[str]
    calendar: frozenset[str]  # CLDR's day and month names: "دوشنبه" is Monday, not Dushanbe
    place_before: frozenset[str]  # locative words before a place ("در", "في", "העיר")
    place_after: frozenset[str]  # postpositions after one (Hindi "में")
    clitics: tuple[str, ...]  # pronouns written onto a word ("كتابه", his book)
    surname_endings: tuple[str, ...]  # endings of family names ("احمدی", "حسین‌زاده")
    surname_parts: frozenset[str]  # words written apart that end a family name ("هاشمی فر", "طولابی نژاد")
    place_nouns: frozenset[str]  # "the city of", "the province of": a town of any size after one
    adjective_endings: tuple[str, ...]  # a one-word place so ending is an adjective without a cue ("مالی")
    speaker_first: bool  # the speaker opens the clause a speech verb ends (Persian, verb last)
    and_words: frozenset[str]  # "and" written apart: a town after it, after a place, is in a list
    most: int  # the most words of a name, joiners aside
    conjunctions: tuple[str, ...]  # "and" written onto the next word: no name word starts with it
    agent: frozenset[str]  # a word marking the speaker before a speech verb (Hindi "ने")
    titled_pairs: bool  # a title and two name words before a postposition are a person (Hindi)
    complement: str = ""  # the article opening a construct title's noun ("יו"ר הדומה": the Duma's chairman)
    media_after: frozenset[str] = frozenset()  # a newspaper's word after the place it is named for ("نيويورك تايمز")


def _phrases(items: tuple[str, ...]) -> dict[str, tuple[tuple[str, ...], ...]]:
    out: dict[str, list[tuple[str, ...]]] = {}
    for item in items:
        words = tuple(fold(w) for w in item.split())
        out.setdefault(words[0], []).append(words)
    return {first: tuple(sorted(set(ps), key=len, reverse=True)) for first, ps in out.items()}


def _single_names(attributes: tuple[str, ...], locales: tuple[str, ...]) -> frozenset[str]:
    return frozenset(fold(n) for n in person_names(attributes, locales) if " " not in n.strip() and len(n) >= 2)


def _calendar(code: str) -> frozenset[str]:
    """The language's day and month names as CLDR writes them (``babel``)."""
    from babel import Locale

    locale = Locale.parse(code)
    names = [
        name
        for table in (locale.days, locale.months)
        for context in table.values()
        for width in context.values()
        for name in width.values()
    ]
    return frozenset(fold(n) for n in names if " " not in n)


@functools.cache
def _language(code: str) -> _Language:
    module = languages.module(code)
    locales = tuple(getattr(module, "NAME_LOCALES", ()))
    titles = tuple(getattr(module, "NAME_TITLES_BEFORE", ()))
    adjective = getattr(module, "NAME_ADJECTIVE", None)
    stop = frozenset(fold(w) for w in stop_words(code))
    return _Language(
        prefixes=tuple((fold(p), fold(r)) for p, r in getattr(module, "NAME_PREFIXES", ())),
        suffixes=tuple((fold(s), fold(r)) for s, r in getattr(module, "NAME_SUFFIXES", ())),
        titles=_phrases(titles),
        title_words=frozenset(fold(w) for t in titles for w in t.split()),
        speech=_phrases(tuple(getattr(module, "NAME_SPEECH_PHRASES", ()))),
        joiners=frozenset(fold(w) for w in getattr(module, "NAME_JOINERS", ())),
        adjective=re.compile(adjective) if adjective else None,
        after=frozenset(fold(w) for w in getattr(module, "NAME_HONORIFICS_AFTER", ())),
        stop=stop,
        given=_single_names(("first_names", "first_names_male", "first_names_female"), locales) - stop,
        family=_single_names(("last_names",), locales) - stop,
        calendar=_calendar(code),
        place_before=frozenset(fold(w) for w in getattr(module, "NAME_PLACE_BEFORE", ())),
        place_after=frozenset(fold(w) for w in getattr(module, "NAME_PLACE_AFTER", ())),
        clitics=tuple(fold(w) for w in getattr(module, "NAME_CLITIC_SUFFIXES", ())),
        surname_endings=tuple(fold(w) for w in getattr(module, "NAME_SURNAME_ENDINGS", ())),
        surname_parts=frozenset(fold(w) for w in getattr(module, "NAME_SURNAME_PARTS", ())),
        place_nouns=frozenset(fold(w) for w in getattr(module, "NAME_PLACE_NOUNS", ())),
        adjective_endings=tuple(fold(w) for w in getattr(module, "NAME_ADJECTIVE_ENDINGS", ())),
        speaker_first=getattr(module, "NAME_SPEAKER_BEFORE_VERB", False),
        and_words=frozenset(fold(w) for w in getattr(module, "NAME_AND_WORDS", ())),
        most=getattr(module, "NAME_MOST_WORDS", 3),
        conjunctions=tuple(fold(w) for w in getattr(module, "NAME_CONJUNCTIONS", ())),
        agent=frozenset(fold(w) for w in getattr(module, "NAME_AGENT_MARK", ())),
        titled_pairs=getattr(module, "NAME_TITLED_PAIRS", False),
        complement=fold(getattr(module, "NAME_TITLE_COMPLEMENT", "")),
        media_after=frozenset(fold(w) for w in getattr(module, "PLACE_MEDIA_AFTER", "").split()),
    )


def _key(form: str) -> str:
    """A name as the index keys it: its words as the text is cut into words, folded."""
    return " ".join(fold(w) for w in _WORD.findall(form))


def _letters(form: str) -> int:
    """Letters and vowel signs: Devanagari writes a vowel as a mark on its consonant ("चीन" is three)."""
    return sum(1 for c in form if c.isalpha() or unicodedata.category(c) == "Mc")


@functools.cache
def _places(gazetteer: Gazetteer) -> tuple[dict[str, tuple[str, Place]], int]:
    """The gazetteer's names written in these scripts, folded: (form as the data writes it, place), and the
    most words a name has."""
    out: dict[str, tuple[str, Place]] = {}

    def usable(key: str) -> bool:
        return bool(_SCRIPT.search(key)) and _letters(key) >= _MIN_LETTERS and not _NOT_IN_NAME.search(key)

    for key, candidates in gazetteer.by_name.items():
        if not usable(key):
            continue
        countries = [p for p in candidates if p.kind == "country"]
        best = countries[0] if countries else max(candidates, key=lambda p: p.population)
        if best.kind == "country" or best.population >= _TOWN_POPULATION:
            out.setdefault(_key(key), (_DROP_MARKS.sub("", key), best))
    for key, place in gazetteer.trusted.items():
        if usable(key):
            out.setdefault(_key(key), (_DROP_MARKS.sub("", key), place))
    for form, place in continent_names():
        if usable(form):
            out.setdefault(_key(form), (form, place))
    return out, max((k.count(" ") + 1 for k in out), default=1)


@dataclass
class _Word:
    text: str
    start: int
    end: int
    glued: bool  # only spaces since the previous word: the same phrase
    folded: str


def _words(text: str) -> list[_Word]:
    out: list[_Word] = []
    previous = 0
    for m in _WORD.finditer(text):
        between = text[previous : m.start()]
        glued = bool(out) and _GLUE.fullmatch(between) is not None
        out.append(_Word(m.group(0), m.start(), m.end(), glued, fold(m.group(0))))
        previous = m.end()
    return out


def _without_prefix(word: str, prefixes: tuple[tuple[str, str], ...], least: int = _MIN_LETTERS) -> list[str]:
    """The word and what it is with each attached prefix of ``prefixes`` (prefix, what it stands for) read off (at
    least ``least`` letters left)."""
    out = [word]
    for prefix, stands_for in prefixes:
        if word.startswith(prefix) and _letters(word) - len(prefix) >= least:
            out.append(stands_for + word[len(prefix) :])
    return out


def _without_suffix(word: str, data: _Language) -> list[str]:
    out = [word]
    for suffix, stands_for in data.suffixes:
        if word.endswith(suffix) and _letters(word) - len(suffix) >= _MIN_LETTERS:
            out.append(word[: -len(suffix)] + stands_for)
    return out


def _spellings(word: str) -> list[str]:
    """The word as the dictionary may list it: without short vowels, and with the hamza an initial alef
    often goes without ("اعطت" for "أعطت")."""
    bare = _DROP_MARKS.sub("", word).replace("\u0640", "")
    out = [bare]
    if bare.startswith("ا"):
        out += ["أ" + bare[1:], "إ" + bare[1:]]
    return out


@functools.lru_cache(maxsize=65536)
def _inflected_common(word: str, code: str) -> bool:
    """Whether the language's dictionary reads the word as an inflected form of another word (a verb, a
    plural, a noun with its ending): names are written in their own form."""
    from wirestream.services.enrich.entities.quotes.language import known_word, lemma

    def inflected(w: str) -> bool:
        base = fold(lemma(w, code))
        folded = fold(w)
        return base not in (folded, folded.removeprefix("ال"))  # the article is no inflection ("القاهرة")

    return any(known_word(w, code) and inflected(w) for w in _spellings(word))


@functools.lru_cache(maxsize=65536)
def _unknown(word: str, code: str) -> bool:
    """Whether the language's dictionary does not know the word, nor the word with an attached prefix or
    pronoun read off ("لمناقشة" is "to" and "discussion"): a foreign or rare name ("لافروف")."""
    from wirestream.services.enrich.entities.quotes.language import known_word

    data = _language(code)
    bare = _DROP_MARKS.sub("", word)
    folded = fold(bare)
    if any(known_word(w, code) for w in _spellings(bare)):
        return False
    # Five letters or more left: "بايدن" is no "with" and a word of four.
    forms = [r + bare[len(p) :] for p, r in data.prefixes if folded.startswith(p) and len(bare) - len(p) >= 5]
    forms += [
        f[: -len(c)] for f in [bare, *forms] for c in data.clitics if fold(f).endswith(c) and len(f) - len(c) >= 5
    ]
    return not any(known_word(f, code) for f in forms)


class _Reader:
    """One article's words and what is known about them."""

    def __init__(self, text: str, code: str, gazetteer: Gazetteer, known: Callable[[str], bool]) -> None:
        self.text = text
        self.code = code
        self.data = _language(code)
        self.places, self.longest = _places(gazetteer)
        self.seats = gazetteer.seats
        self.known = known
        self.words = _words(text)
        self.taken = [False] * len(self.words)
        self._readings: dict[tuple[str, int], list[str]] = {}  # ``readings``, held for this text
        self.place_end = -2  # the last word of the last place found, for a list ("در تهران و یزد")

    def readings(self, word: str, least: int = _MIN_LETTERS) -> list[str]:
        """``_without_prefix`` with the language's prefixes, held for this text: the passes read each word so some
        twelve times (a place of one to six words starting there, a phrase of each table), each against every
        prefix. Not to be changed by the caller."""
        key = (word, least)
        held = self._readings.get(key)
        if held is None:
            held = self._readings[key] = _without_prefix(word, self.data.prefixes, least)
        return held

    # --- places -------------------------------------------------------------------------------------

    def place_at(self, i: int) -> tuple[int, str, Place, bool] | None:
        """The longest place name starting at word ``i``: (words it takes, its name, the place, whether an
        attached prefix or ending was read off)."""
        words, data = self.words, self.data
        for n in range(min(self.longest, len(words) - i), 0, -1):
            if any(not words[k].glued for k in range(i + 1, i + n)):
                continue
            middle = [w.folded for w in words[i + 1 : i + n - 1]]
            firsts = self.readings(words[i].folded, _MIN_LETTERS if n == 1 else 2)
            if data.adjective is not None and data.adjective.search(words[i].folded):
                firsts = [f for f in firsts if f.startswith("ال")]  # "السوري" is Syrian, not a town "سوري"
            lasts = _without_suffix(words[i + n - 1].folded, data) if n > 1 else [""]
            for first in firsts if n > 1 else ():
                for last in lasts:
                    if (hit := self.places.get(" ".join([first, *middle, last]))) is not None:
                        return n, hit[0], hit[1], first != words[i].folded
            if n == 1:
                for first in firsts:
                    for form in _without_suffix(first, data):
                        if (hit := self.places.get(form)) is not None and self.trusted_place(form, hit[1]):
                            return 1, hit[0], hit[1], form != words[i].folded
        return None

    def trusted_place(self, form: str, place: Place) -> bool:
        """A one-word name met in running text: not a word of the language."""
        data = self.data
        if form in data.stop or form.removeprefix("ال") in data.place_nouns:
            return False  # "المدينة": the city before it is Medina
        # "صور" (pictures, and Tyre), a given name that is also a town: words before towns.
        return place.kind != "city" or not (form in data.given or _inflected_common(form, self.code))

    # --- people -------------------------------------------------------------------------------------

    def sure(self, i: int, place: Place, attached: bool) -> bool:
        """Whether a one-word place name is kept where it stands: a country, a region or a city of a million
        people anywhere unless it reads as an adjective ("مالی", financial, is also Mali); any other
        (a town whose name is a word too: "اندیشه", "تازه") after a locative word or preposition, or with one
        written on."""
        data, words = self.data, self.words
        w = words[i].folded
        if w in data.calendar:
            return False  # "دوشنبه" is Monday before it is Dushanbe
        before = self.readings(words[i - 1].folded) if i > 0 and words[i].glued else []
        listed = i > 1 and words[i - 1].folded in data.and_words and self.place_end == i - 2
        cued = (
            attached
            or listed
            or any(b in data.place_before for b in before)
            or (i + 1 < len(words) and words[i + 1].glued and words[i + 1].folded in data.place_after)
        )
        if any(b in data.place_nouns for b in before):
            return True  # "شهرستان X", "بمدينة X": a town of any size
        if place.kind == "city" and place.population < _CITY_POPULATION and not (cued and place in self.seats):
            return False  # a regional capital known abroad is placed by its cue whatever GeoNames counts ("في خيرسون")
        if cued:
            return True
        if data.adjective_endings and w.endswith(data.adjective_endings):
            return False
        return place.kind != "city" or place.population >= _BIG_CITY

    def big_enough(self, i: int, place: Place) -> bool:
        """A name of several words: a town of any size after a place noun, else of 100,000 people or more."""
        if place.kind != "city" or place.population >= _CITY_POPULATION:
            return True
        before = self.readings(self.words[i - 1].folded) if i > 0 and self.words[i].glued else []
        return any(b in self.data.place_nouns for b in before)

    def phrase_at(self, i: int, table: dict[str, tuple[tuple[str, ...], ...]]) -> int:
        """How many words a phrase of ``table`` takes from word ``i`` on (its first word's prefixes read off)."""
        words = self.words
        for first in self.readings(words[i].folded):
            for phrase in table.get(first, ()):
                n = len(phrase)
                if i + n <= len(words) and all(
                    words[i + k].glued and words[i + k].folded == phrase[k] for k in range(1, n)
                ):
                    return n
        return 0

    def name_word(self, i: int, first: bool) -> bool:
        w = self.words[i].folded
        data = self.data
        if not _SCRIPT.search(w):
            return False  # a word in Latin letters: the capitalisation recogniser's, not this one's
        if w in data.joiners:
            return True
        if (
            w in data.stop
            or any(f in data.stop for f in self.readings(w)[1:])  # "ببعض": "with" and "some"
            or w in data.place_nouns
            or w in data.title_words
            or w in data.after
            or _letters(w) < 2
            or self.phrase_at(i, data.speech)
        ):
            return False
        if w in data.given or w in data.family:
            return True
        if w.startswith(data.conjunctions) and _letters(w) > 3:
            return False  # "and …" written on: the next clause ("ورئيس وزرائها", "وسنسندها")
        if first and data.adjective is not None and w.startswith("ال"):
            return False  # Arabic: a name opens without the article ("بشار الأسد", not "الأسد" alone)
        if _inflected_common(self.words[i].text, self.code):
            return False
        place = self.place_at(i)
        if place is None or (place[2].kind == "city" and place[2].population < _CITY_POPULATION):
            return True  # a small town's name is a word or a name more often than the town
        # A town that is also a given name may open a name ("ولادیمیر پوتین", "بشار الأسد"), no other place.
        return first and place[0] == 1 and place[2].kind == "city"

    def name_run(self, i: int) -> int:
        """How many name words follow from word ``i`` (joiners do not count towards the language's most)."""
        n, counted, most = 0, 0, self.data.most
        parts = self.data.surname_parts
        while i + n < len(self.words) and not self.taken[i + n] and (n == 0 or self.words[i + n].glued):
            part = n > 0 and self.words[i + n].folded in parts  # the end of a family name ("هاشمی فر")
            if n and not part and self._known_before(i, n):
                break  # "وقال زيلينسكي للصحفيين": the registry's name is whole, the next word is the sentence's
            if not part and not (
                counted < most and self.name_word(i + n, n == 0) and (counted < 2 or self.rare(i + n))
            ):
                break
            counted += not part and self.words[i + n].folded not in self.data.joiners
            n += 1
        while n and self.words[i + n - 1].folded in self.data.joiners:
            n -= 1  # "أبو" at the end: the name it opens is not there
        return n

    def _known_before(self, i: int, n: int) -> bool:
        """Whether the ``n`` words from word ``i`` are a name the registry knows, or end in a family name it knows
        ("فلاديمير بوتين"), and word ``i + n`` no name word of the language (a given or family name, a joiner) that
        would make it longer."""
        data, words = self.data, self.words
        nxt = words[i + n].folded
        if nxt in data.given or nxt in data.family or nxt in data.joiners:
            return False
        last = words[i + n - 1]
        return self.known(self.text[words[i].start : last.end]) or (n >= 2 and self.known(last.text))

    def rare(self, i: int) -> bool:
        """A third name word: a known name or a word the dictionary does not know, not the sentence's next word."""
        w = self.words[i]
        return w.folded in self.data.given or w.folded in self.data.family or _unknown(w.text, self.code)

    def evidence(self, i: int, n: int) -> bool:
        """A given or family name of the language, a word the dictionary does not know, or the registry."""
        data = self.data
        span = self.text[self.words[i].start : self.words[i + n - 1].end]
        if self.known(span) or (n >= 2 and self.known(self.words[i + n - 1].text)):
            return True  # the registry's name, or a given name before its family name ("فلاديمير بوتين")
        return any(
            w.folded in data.given
            or w.folded in data.family
            or (w.folded not in data.joiners and _unknown(w.text, self.code) and not self.adjective(w.text))
            for w in self.words[i : i + n]
        )

    def surname(self, i: int) -> bool:
        """A family name after a given name where noun phrases look like names (Persian, no article, the
        ezafe unwritten: "نظام بانکی"): a known name, or a family name's ending on a word that is no adjective."""
        w = self.words[i]
        data = self.data
        if w.folded in data.given or w.folded in data.family:
            return True
        for ending in data.surname_endings:
            if w.folded.endswith(ending) and _letters(w.folded) - len(ending) >= 2:
                if w.folded[: -len(ending)] in data.given:
                    return True  # a given name made a family name ("احمدی", "رضایی", "حسین‌زاده")
                return not self.adjective(w.text)
        return False

    def adjective(self, word: str) -> bool:
        """A word the dictionary does not list but whose stem it does, with an adjective ending ("بانکی" of
        "بانک"): a word of the language, no evidence of a name."""
        for ending in self.data.adjective_endings:
            stem = word[: -len(ending)]
            if fold(word).endswith(ending) and _letters(stem) >= _MIN_LETTERS and not _unknown(stem, self.code):
                return True
        return False

    def after_title(self, j: int) -> int:
        """Where a name may start after a title ending before word ``j``: Arabic complements and adjectives
        passed over ("وزير الخارجية الروسي سيرغي لافروف")."""
        data, words = self.data, self.words
        k = j
        while k < len(words) and k - j < 3 and words[k].glued and words[k].folded not in data.stop:
            if data.adjective is not None and (
                words[k].folded.startswith("ال") or data.adjective.match(words[k].folded)
            ):
                k += 1  # (Hebrew: the whole word matches the adjective, "הטורקי"; a name may open with "ה", "הלל")
                continue
            place = self.place_at(k)
            if place is None or place[2].kind == "city":
                break
            k += place[0]  # the country of the office ("رئیس‌جمهور روسیه ولادیمیر پوتین")
        return k

    def complement_end(self, i: int, j: int) -> int:
        """Where the noun a title in the construct state governs ends, the title at word ``i`` ending before word
        ``j`` (Hebrew "יו"ר הדומה", "דובר הקרמלין": the article opens the body's word, which is no name); ``j`` when
        the title carries the article itself ("הנשיא": what follows is the name) or no such noun follows."""
        data, words = self.data, self.words
        p = data.complement
        if not p or words[i].folded.startswith(p):
            return j
        k = j
        while (
            k < len(words) - 1
            and k - j < 2
            and words[k].glued
            and words[k + 1].glued
            and words[k].folded.startswith(p)
            and _letters(words[k].folded) > 3
            and words[k].folded not in data.given
            and words[k].folded not in data.family
        ):
            k += 1
        return k

    def run_before(self, i: int) -> int:
        """Where a run of name words ending before word ``i`` starts (``i`` if there is none)."""
        k = i
        while k > 0 and i - k < self.data.most and self.words[k].glued and not self.taken[k - 1]:
            if not self.name_word(k - 1, True):
                break
            k -= 1
        return k

    def apposed_run(self, i: int) -> int:
        """Where a run of two or three name words starts that opens its clause and ends at a comma right before
        word ``i`` (a title: the apposition that says who the run's person is); ``i`` if there is none. A word the
        gazetteer knows may stand in it ("وین" is Vienna, and Wang Wenbin's second name), and after the first a
        function word ("بین", between, his third); one is a name of the language or no word of its dictionary,
        and none is an adjective ("روز چهارشنبه، رئیس …" is a day)."""
        words, data = self.words, self.data
        if words[i].glued or self.text[words[i - 1].end : words[i].start].strip() not in (",", "،"):
            return i
        k = i - 1
        while True:
            w = words[k].folded
            if (
                self.taken[k]
                or not _SCRIPT.search(w)
                or (w in data.stop and (k == 0 or not words[k].glued))
                or w in data.title_words
                or w in data.place_nouns
                or _letters(w) < 2
                or self.adjective(words[k].text)
            ):
                return i
            if k == 0 or not words[k].glued:
                break
            if i - k >= 3:
                return i
            k -= 1
        if i - k < 2 or not self.evidence(k, i - k) or any(self.phrase_at(m, data.speech) for m in range(k, i)):
            return i
        return k

    def closed(self, j: int) -> bool:
        """Whether the name ends before word ``j`` at a function word, an honorific or the sentence's end."""
        if j >= len(self.words) or not self.words[j].glued:
            return True
        w = self.words[j].folded
        return w in self.data.stop or w in self.data.after

    def person(self, i: int, n: int) -> Found:
        start, end = self.words[i].start, self.words[i + n - 1].end
        for k in range(i, i + n):
            self.taken[k] = True
        return Found(self.text[start:end], "PERSON", start, end)


def find(text: str, code: str, gazetteer: Gazetteer, known: Callable[[str], bool] | None = None) -> list[Found]:
    """The people and places named in ``text``, written in language ``code`` (one of :data:`LANGUAGES`)."""
    if code not in LANGUAGES:
        return []
    r = _Reader(text, code, gazetteer, known or (lambda name: False))
    words, data = r.words, r.data
    found: list[Found] = []
    # People after a title, then after a speech verb (Arabic, Hebrew) or before "ने" and one (Hindi).
    for i in range(len(words)):
        if r.taken[i]:
            continue
        t = r.phrase_at(i, data.titles)
        if t:
            c = r.complement_end(i, i + t)
            k = r.after_title(c)
            if k < len(words) and words[k].glued:
                n = r.name_run(k)
                if n == 0 and k > c:  # "الرئيس السيسي": the word passed over was the name
                    k = c
                    n = 1 if r.name_word(k, False) else 0
                if n and (r.evidence(k, n) or (data.titled_pairs and n >= 2 and r.closed(k + n))):
                    found.append(r.person(k, n))
            continue
        s = r.phrase_at(i, data.speech)
        if s and i + s < len(words) and words[i + s].glued and not r.phrase_at(i + s, data.titles):
            n = r.name_run(i + s)
            if n >= 2 and r.evidence(i + s, n):
                found.append(r.person(i + s, n))
        if words[i].folded in data.agent and i + 1 < len(words) and r.phrase_at(i + 1, data.speech):
            k = r.run_before(i)
            if k < i and r.evidence(k, i - k):
                found.append(r.person(k, i - k))
        elif s and data.speaker_first and i and words[i].glued:
            k = r.run_before(i)
            clause = i - k >= 2 and (k == 0 or not words[k].glued)
            plain = i - k == 2 or r.evidence(k, i - k)  # three words: one of them a name
            if clause and plain and not any(r.adjective(w.text) for w in words[k:i]):
                found.append(r.person(k, i - k))  # "قالیباف اصل گفت:": a clause of a name and the verb
    # A clause opening with two or three name words, then a comma and a title: the apposition's person ("وانغ وین
    # بین، سخنگوی وزارت امور خارجه چین", "جون كيربي، المتحدث باسم …"), places among the words included.
    for i in range(1, len(words)):
        if not r.taken[i] and r.phrase_at(i, data.titles):
            k = r.apposed_run(i)
            if k < i:
                found.append(r.person(k, i - k))
    # A given name of the language opening two or more name words ("أحمد ساير داودزي").
    for i in range(len(words)):
        if r.taken[i] or words[i].folded not in data.given:
            continue
        if _inflected_common(words[i].text, code) or _DIGIT.search(text[words[i - 1].end if i else 0 : words[i].start]):
            continue  # a verb, or a number before it: "۱۰ هزار", ten thousand
        n = r.name_run(i)
        if n >= 2 and (r.surname(i + 1) if data.surname_endings else r.evidence(i + 1, n - 1)):
            k = i
            while k > 0 and words[k].glued and not r.taken[k - 1] and words[k - 1].folded in data.joiners:
                k -= 1  # the name opens with a word of descent: "سید محمد …", "أبو أحمد …"
            found.append(r.person(k, n + i - k))
    found += _surnames_again(r, found)
    # Places in the words no person took.
    i = 0
    while i < len(words):
        hit = None if r.taken[i] else r.place_at(i)
        if hit is None or any(r.taken[i : i + hit[0]]):
            i += 1
            continue
        n, name, place, attached = hit
        if not r.sure(i, place, attached) if n == 1 else not r.big_enough(i, place):
            i += 1
            continue
        if i + n < len(words) and words[i + n].glued and words[i + n].folded in data.media_after:
            i += n + 1  # "صحيفة نيويورك تايمز": the newspaper named for the place, no place mentioned
            continue
        start, end = words[i].start, words[i + n - 1].end
        surface = text[start:end]
        found.append(Found(surface, "GPE", start, end, name=None if fold(surface) == fold(name) else name))
        for k in range(i, i + n):
            r.taken[k] = True
        r.place_end = i + n - 1
        i += n
    return sorted(found, key=lambda f: f.start)


def _surnames_again(r: _Reader, people: list[Found]) -> list[Found]:
    """The family name of a person named in full before, alone later ("دميتري ميدفيديف" … "وكتب ميدفيديف"), its
    attached prefix read off: that person again. Only a word the dictionary does not know (a foreign or rare name,
    not a common word that ends a name: "بشار الأسد") and of four letters or more; the prefix stays in the mention,
    the name is the family name."""
    data, words = r.data, r.words
    last: dict[str, int] = {}  # a family name, and where its full name ends
    ending = {w.end: m for m, w in enumerate(words)}  # (once: a look-up per person, not a scan)
    for f in people:
        k = ending.get(f.end)
        if k is None or k == 0 or not words[k].glued or words[k - 1].start < f.start:
            continue  # one word alone: no family name to read again
        w = words[k].folded
        if _letters(w) >= 4 and w not in data.joiners and w not in data.stop and _unknown(words[k].text, r.code):
            last.setdefault(w, words[k].end)
    out: list[Found] = []
    for i, word in enumerate(words):
        if r.taken[i] or (i + 1 < len(words) and words[i + 1].glued and r.taken[i + 1]):
            continue
        hit = next((f for f in r.readings(word.folded) if f in last), None)
        if hit is not None and word.start >= last[hit]:
            out.append(Found(word.text, "PERSON", word.start, word.end, name=None if hit == word.folded else hit))
            r.taken[i] = True
    return out


_MOST_PREFIXED_WORDS = 3  # the longest registered name read with a prefix ("بالساحة الحمراء", "בכיכר האדומה")


def prefixed_names(text: str, code: str, known: Callable[[str], bool]) -> list[tuple[int, int, str]]:
    """Names ``known`` says are names (the alias registry's) written with one of the language's attached prefixes
    (``NAME_PREFIXES``: "بالكرملين", "للكرملين" for "الكرملين", "לפסקוב", "בכיכר האדומה"): (start, end, the name
    as the registry has it), the longest at each word first. The prefix stays in the mention, as a place's does."""
    if code not in LANGUAGES:
        return []
    prefixes = tuple(getattr(languages.module(code), "NAME_PREFIXES", ()))
    words = _words(text)
    out: list[tuple[int, int, str]] = []
    i = 0
    while i < len(words):
        hit = _prefixed_at(words, i, prefixes, known)
        if hit is None:
            i += 1
            continue
        n, name = hit
        out.append((words[i].start, words[i + n - 1].end, name))
        i += n
    return out


def _prefixed_at(
    words: list[_Word], i: int, prefixes: tuple[tuple[str, str], ...], known: Callable[[str], bool]
) -> tuple[int, str] | None:
    readings = _without_prefix(words[i].text, prefixes)[1:]  # the first word as written, each prefix read off
    for n in range(min(_MOST_PREFIXED_WORDS, len(words) - i), 0, -1):
        if any(not words[k].glued for k in range(i + 1, i + n)):
            continue
        rest = "".join(" " + w.text for w in words[i + 1 : i + n])
        for read in readings:
            if known(read + rest):
                return n, read + rest
    return None
