"""Names a recogniser missed, found by what is written around them (one pass each, called in order by
``logic._recognised``).

Places after a place cue or a place noun ("in Ilsky", "the town of Shebekino"), in lists after one, in a dateline, in
amounts, abbreviated, in civic phrases ("Moscow police") and administrative ones ("X Oblast"), regions named by a
city's adjective ("Бєлгородської області"); people a given name and a surname show, a given name before a lone
surname, coordinated and parenthesised names; a platform's name is never a place or a person. Each pass adds what it
finds beside what the recogniser found, and reads the text once.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re

from wirestream.services.enrich import languages
from wirestream.services.enrich.entities.context import (
    _ADMIN_AFTER,
    _AREA_BEFORE,
    _COMPANY_ENDINGS,
    _FEATURE_BEFORE,
    _LIST_NAME,
    _PLACE_CUES,
    _PLACE_NOUNS_AFTER,
    _PLACES,
    _POSSESSIVE,
    _SCORED,
    _SPOTTED_PLACES,
    _administered,
    _body_words,
    _conjunctions,
    _country,
    _in_language_table,
    _initial,
    _list_gap,
    _place_cued,
    _place_surname,
    _scorer_named,
    _small_town,
    _words,
)
from wirestream.services.enrich.entities.geo import (
    ABBREVIATIONS,
    NATIONAL_COUNTRIES,
    Gazetteer,
    Place,
    own_name_spelt,
    town_alias,
    unaccented,
)
from wirestream.services.enrich.entities.grouping import surface
from wirestream.services.enrich.entities.models import RawEntity
from wirestream.services.enrich.entities.name_data import stop_words
from wirestream.services.enrich.entities.name_words import (
    _WIRE_DATELINE,
    CITY_POPULATION,
    INSTITUTIONS,
    PLACE_HEADS,
    channel_platform,
    coordinated,
    family_name,
    given_name,
    is_common_word,
    more_than_a_town,
    party_after,
    surname_owner,
    word_before,
)
from wirestream.services.enrich.lexicon import PLATFORM_NAMES

_CAPITALISED_RUN = re.compile(r"(?<![\w'’.-])[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3}")


class _Taken:
    """Where the names already found stand, to ask whether a stretch of text overlaps one: their spans sorted and a
    bisection, so a pass over a text's candidates stays n log n (the rules that add what the model missed)."""

    def __init__(self, found: list[RawEntity]) -> None:
        self._spans = sorted((e.start, e.end) for e in found)
        self._starts = [a for a, _ in self._spans]

    def overlaps(self, start: int, end: int) -> bool:
        """Whether ``start``-``end`` is inside or across a name found (the one starting last before ``end``)."""
        k = bisect.bisect_left(self._starts, end)
        return bool(k) and self._spans[k - 1][1] > start


class _Index:
    """The names found, sorted, to list those inside a short stretch of text by bisection (:meth:`inside`), and
    whether any name overlaps it (:class:`_Taken`): a pass that looks around each name stays n log n."""

    _REACH = 200  # no name a model finds is longer

    def __init__(self, found: list[RawEntity]) -> None:
        self.found = sorted(found, key=lambda e: e.start)
        self._starts = [e.start for e in self.found]
        self.taken = _Taken(found)

    def inside(self, start: int, end: int) -> list[int]:
        """The indices of the names overlapping ``start``-``end`` that start within the reach before it."""
        k = bisect.bisect_left(self._starts, end)
        out = []
        while k > 0 and self._starts[k - 1] >= start - self._REACH:
            k -= 1
            if self.found[k].end > start:
                out.append(k)
        return out


# A capitalised name of hyphenated parts with a lower-case word among them ("Rostov-on-Don", "Stratford-upon-Avon",
# "Komsomolsk-on-Amur"): a model's tokeniser splits it at the hyphens and reads the parts as two names.
_HYPHENATED_NAME = re.compile(r"(?<![\w'’-])[A-Z][\w'’]*(?:-[a-z]{1,5})+-[A-Z][\w'’]*(?![\w'’-])")


def _hyphenated_places(found: list[RawEntity], text: str, gazetteer: Gazetteer | None) -> list[RawEntity]:
    """A place the gazetteer knows by a hyphenated name with a lower-case word inside ("Rostov-on-Don"), in place of
    the parts a model found in it ("Rostov" GPE, "Don" PERSON); a name found across or around it stays as it is. One
    pass over the text's hyphenated runs."""
    if gazetteer is None or "-" not in text:
        return found
    out = list(found)
    for m in _HYPHENATED_NAME.finditer(text):
        a, b = m.span()
        inside = [k for k, e in enumerate(out) if e.start < b and e.end > a]
        if any(out[k].start < a or out[k].end > b or out[k].id is not None for k in inside):
            continue  # "the Rostov-on-Don Arena", a name the registry knows: as found
        if gazetteer.place_form(m.group(0)) is None:
            continue
        out = [e for k, e in enumerate(out) if k not in inside] + [RawEntity(m.group(0), "GPE", a, b)]
    return sorted(out, key=lambda e: e.start)


# A list's bullet between spaces, or a line break: no name runs across one ("Chicago, Illinois * Wixom Assembly Plant").
_LIST_BREAK = re.compile(r"\s[*•▪‣◦]\s|\n")
_NAME_PART = re.compile(r"\S(?:.*\S)?", re.DOTALL)


def _unbulleted(found: list[RawEntity], text: str) -> list[RawEntity]:
    """A model's name that runs across a list's bullet or a line break, cut there into the names on each side (each
    with the model's label, for the corrections after to judge); a piece with no capital letter is dropped."""
    out: list[RawEntity] = []
    for e in found:
        if e.id is not None or not _LIST_BREAK.search(text, e.start, e.end):
            out.append(e)
            continue
        at = e.start
        for piece in _LIST_BREAK.split(text[e.start : e.end]):
            m = _NAME_PART.search(piece)
            if m is not None and any(c.isupper() for c in m.group(0)):
                out.append(RawEntity(m.group(0), e.label, at + m.start(), at + m.end()))
            at += len(piece)
            if (brk := _LIST_BREAK.match(text, at)) is not None:
                at = brk.end()
    return out


def _of_features(found: list[RawEntity], text: str, lang: str) -> list[RawEntity]:
    """A feature's name a model cut at its "of" ("the Bay of" LOC, "Bengal" GPE): a name ending in a head word of the
    language (``PLACE_HEADS``) and "of", right before another name, is one feature with it ("the Bay of Bengal").
    One pass over neighbouring names: linear."""
    heads = PLACE_HEADS.get(lang, frozenset())
    out: list[RawEntity] = []
    for e in sorted(found, key=lambda f: f.start):
        last = out[-1] if out else None
        words = last.text.split() if last is not None else []
        if (
            last is not None
            and len(words) >= 2
            and words[-1] == "of"
            and words[-2].casefold() in heads
            and last.id is None
            and e.id is None
            and e.start == last.end + 1
            and text[last.end] == " "
            and e.text[:1].isupper()
        ):
            out[-1] = RawEntity(text[last.start : e.end], "LOC", last.start, e.end)
            continue
        out.append(e)
    return out


def _cued_places(text: str, found: list[RawEntity], lang: str, gazetteer: Gazetteer | None) -> list[RawEntity]:
    """Places the model missed: a capitalised run right after a place cue ("in", "near", "the town of"), a word of
    movement ("to", "from", "across") or listed right after a place the model found ("Kent and Dorset"), or a country's name with no cue
    ("Croatia secured its spot"), that the gazetteer knows as a whole ("in Kherson", not
    "in Boston Globe"), is no word of the language ("in March"), and overlaps no name the model found. One pass over the text's capitalised runs: linear on any text."""
    cue = _PLACE_CUES.get(lang)
    if gazetteer is None or cue is None or lang not in _SPOTTED_PLACES:
        return []
    taken = _Taken(found)
    places = sorted(e.end for e in found if e.label in _PLACES)
    place_starts = {e.start for e in found if e.label in _PLACES}
    moved = _MOVEMENT_CUES.get(lang)
    lower = frozenset(_LOWER_WORDS.findall(text))
    out: list[RawEntity] = []
    for m in _CAPITALISED_RUN.finditer(text):
        run, start, end = _POSSESSIVE.sub("", m.group(0)), m.start(), m.end()
        if run.startswith("The ") and _country(run[4:], lang, gazetteer):
            run, start = run[4:], start + 4  # "The Seychelles and Mauritius": a country after its article
        end = start + len(run)
        if not run:
            continue
        cued = cue.search(text[max(0, start - 30) : start]) is not None or _administered(text, end, lang)
        movement = moved is not None and moved.search(text[max(0, start - 14) : start]) is not None
        if (
            not cued
            and not movement
            and not _after_place(places, text, start, lang)
            and not _before_place(place_starts, text, end, lang)
            and not _country(run, lang, gazetteer)
            and not _acting_capital(run, text, end, lang, gazetteer)
            and not _struck_place(run, text, start, lang, gazetteer)
            and not _located_place(run, text, end, lang, gazetteer)
        ):
            continue
        if taken.overlaps(start, end):
            continue  # inside or across a name the model found
        if (
            " " not in run
            and is_common_word(run, lang)
            and not _in_language_table(run, lang, gazetteer)
            and not (cued and _cued_word_place(run, text[end : end + 40], lower, lang, gazetteer))
        ):
            continue  # "in March", "in Reading the report": a word of the language (not "Wales", a region it names)
        if gazetteer.place_form(run, lang) is None and not (cued and _small_town(run, lang, gazetteer, set())):
            continue  # neither a place the gazetteer trusts nor, after a cue, a small town's own name ("in Wells")
        out.append(RawEntity(run, "GPE", start, end))
        bisect.insort(places, end)  # "residents of Mombasa and Kisumu": the list goes on after a place found here
    return out


# The auxiliaries that may follow a capital acting as its government ("Canberra has", "Tehran will"): stop words, yet a
# verb. Other stop words right after a capital ("Canberra and", "Canberra in") make no subject of it.
_AUXILIARIES = frozenset(
    {"is", "was", "has", "had", "have", "will", "would", "does", "did", "should", "could", "can", "may", "might"}
    | {"must", "says", "said"}
)


def _acting_capital(run: str, text: str, end: int, lang: str, gazetteer: Gazetteer) -> bool:
    """Whether a capitalised run is a country's capital under its own name right before its verb, in lower case: the
    government acting ("Canberra summoned the ambassador", "Tehran denies it"), a place the model missed, with no cue.
    A city of :data:`CITY_POPULATION` people or more, no given name nor family name ("Victoria", "Kingston said"),
    before a lower-case word that is no function word but an auxiliary ("Canberra and Wellington": no verb)."""
    following = _NEXT_WORD.match(text, end)
    if following is None:
        return False
    verb = following.group(1).casefold()
    if verb in stop_words(lang) and verb not in _AUXILIARIES:
        return False
    place = gazetteer.place_form(run, lang)
    if place is None or place[1] not in gazetteer.capitals or place[1].population < CITY_POPULATION:
        return False
    words = run.split()
    own = unaccented(place[1].name) == unaccented(run)
    return own and not given_name(words[0], lang) and not family_name(words[-1])


# The verbs of a storm, a flood or an attack whose object is the place struck, right before a name
# (``PLACE_STRUCK_BEFORE``: "Floods hit Cumbria").
_STRUCK_CUES = {code: re.compile(cue) for code, cue in languages.table("PLACE_STRUCK_BEFORE").items()}


def _region_or_city(run: str, lang: str, gazetteer: Gazetteer) -> bool:
    """Whether a capitalised run is a region or a city of :data:`CITY_POPULATION` people or more the gazetteer knows,
    its first word no given name and its last no family name: what a cue that a company or a person could also follow
    may make a place of (:func:`_struck_place`, :func:`_located_place`)."""
    words = run.split()
    if given_name(words[0], lang) or family_name(words[-1]):
        return False
    place = gazetteer.place_form(run, lang)
    return place is not None and (place[1].kind == "region" or more_than_a_town(place[1]))


def _struck_place(run: str, text: str, start: int, lang: str, gazetteer: Gazetteer) -> bool:
    """Whether a capitalised run right after a verb of striking (:data:`_STRUCK_CUES`: "Floods hit Cumbria") is a region
    or a city of :data:`CITY_POPULATION` people or more the gazetteer knows, no given name nor family name ("the
    scandal hit Jackson": a person)."""
    cue = _STRUCK_CUES.get(lang)
    if cue is None or cue.search(text[max(0, start - 12) : start]) is None:
        return False
    return _region_or_city(run, lang, gazetteer)


# A phrase of place between commas right after a name (``PLACE_LOCATED_AFTER``: "Sumy, near the border, was
# shelled"): the name is where it is.
_LOCATED_AFTER = {code: re.compile(cue) for code, cue in languages.table("PLACE_LOCATED_AFTER").items()}


def _located_place(run: str, text: str, end: int, lang: str, gazetteer: Gazetteer) -> bool:
    """Whether a capitalised run right before a phrase of place between commas (:data:`_LOCATED_AFTER`: "Sumy, near
    the border,") is a region or a city of :data:`CITY_POPULATION` people or more the gazetteer knows, no given name
    nor family name ("Jackson, near the door,": a person)."""
    after = _LOCATED_AFTER.get(lang)
    if after is None or after.match(text, end, end + 80) is None:
        return False
    return _region_or_city(run, lang, gazetteer)


def _cued_word_place(run: str, after: str, lower: frozenset[str], lang: str, gazetteer: Gazetteer) -> bool:
    """Whether a one-word run after a place cue that is also a word of the language is the place all the same: a
    city of 100,000 people or more under its own name ("in Accra.", "in Anchorage on Monday"), or a region of a
    country whose papers write the language (``_WORD_REGIONS``) that the article never writes in lower case ("across
    Fife after": no "fife" in the text). Not
    before a word of the language that is no function word: the run is then a noun's modifier ("in Mobile apps")."""
    following = _NEXT_WORD.match(after)
    if following is not None and following.group(1).casefold() not in stop_words(lang):
        return False
    place = gazetteer.place_form(run, lang)
    if place is None:
        return False
    p = place[1]
    if p.kind == "city":
        return p.population >= CITY_POPULATION and unaccented(p.name) == unaccented(run)
    return p.kind == "region" and p.country_code in _WORD_REGIONS.get(lang, ()) and run.casefold() not in lower


# The countries whose regions the language's own papers name by a word of the language ("Fife", "Highland", "Rivers"
# State): a region of one of them after a cue is the region; elsewhere such a word is more often a thing's ("in Java",
# "in Unity": software).
_WORD_REGIONS = {"en": frozenset({"GB", "IE", "US", "CA", "AU", "NZ", "NG", "GH", "KE", "ZA"})}


_LOWER_WORDS = re.compile(r"(?<![\w'’-])[a-z][\w'’-]*")  # the words a text writes in lower case
_NEXT_WORD = re.compile(r"[ \u00a0]+([a-z][\w'’-]*)")  # a lower-case word right after a name
# Model languages in the Latin alphabet, besides English, whose model misses a place the gazetteer knows right after
# the language's place cue (``PLACE_BEFORE``: "à Nova Kakhovka", "près de Vouhledar").
_LATIN_CUED = frozenset({"fr"})


def _cued_latin_places(text: str, found: list[RawEntity], lang: str, gazetteer: Gazetteer | None) -> list[RawEntity]:
    """Places a model of another Latin-alphabet language missed right after its place cue: a capitalised run the
    gazetteer knows as a whole, no word of the language, overlapping no name the model found (English reads more
    cues, :func:`_cued_places`). One pass over the text's capitalised runs: linear on any text."""
    cue = _PLACE_CUES.get(lang)
    if gazetteer is None or cue is None or lang not in _LATIN_CUED:
        return []
    taken = _Taken(found)
    out: list[RawEntity] = []
    for m in _CAPITALISED_RUN.finditer(text):
        run, start = m.group(0), m.start()
        end = start + len(run)
        cued = cue.search(text[max(0, start - 30) : start]) is not None
        if not (cued or _opening_war_town(run, text, start, lang, gazetteer)) or taken.overlaps(start, end):
            continue
        if " " not in run and is_common_word(run, lang):
            continue  # "à Paris Match", "à Noël": a word of the language
        if gazetteer.place_form(run, lang) is not None:
            out.append(RawEntity(run, "GPE", start, end))
    return out


# What ends a sentence before a name that opens the next: its full stop, question or exclamation mark, and closing
# quotes or brackets, then space; or the text's start.
_SENTENCE_BEFORE = re.compile(r"(?:^|\n|[.!?…][»”\"’)]*\s)\s*$")


def _opening_war_town(run: str, text: str, start: int, lang: str, gazetteer: Gazetteer) -> bool:
    """Whether a one-word run opening a sentence ("Avdiïvka est tombée") is a town of Ukraine, Russia or Belarus under
    its own name in the language's spelling (:func:`own_name_spelt`): a model misses such a name where no cue comes
    before it, and the capital of a sentence's first word says nothing. No given name nor family name."""
    if " " in run or _SENTENCE_BEFORE.search(text, max(0, start - 4), start) is None:
        return False
    if given_name(run, lang) or family_name(run):
        return False
    place = gazetteer.place_form(run, lang)
    if place is None or place[1].kind != "city" or place[1].country_code not in NATIONAL_COUNTRIES:
        return False
    return unaccented(run) == unaccented(place[1].name) or own_name_spelt(run, place[1], lang)


# A capitalised Cyrillic word, or two joined by a space or a hyphen ("Сочи", "Ростов-на-Дону" is read by its parts).
_CYRILLIC_RUN = re.compile(r"(?<![\w-])[А-ЯЁ][а-яё]+(?:[ -][А-ЯЁ][а-яё]+)?(?![\w-])")
# Languages in Cyrillic whose model misses a place the gazetteer knows right after a place cue ("в Сочи": an
# indeclinable name the Russian model does not tag).
_CYRILLIC_SPOTTED = frozenset({"ru"})


def _cued_cyrillic_places(text: str, found: list[RawEntity], lang: str, gazetteer: Gazetteer | None) -> list[RawEntity]:
    """Places the model missed in Cyrillic text: a capitalised word (or two) right after the language's place cue
    ("в", "под", "возле") that the gazetteer knows and that overlaps no name the model found. One pass over the
    text's capitalised runs."""
    if gazetteer is None or lang not in _CYRILLIC_SPOTTED:
        return []
    taken = _Taken(found)
    out: list[RawEntity] = []
    for m in _CYRILLIC_RUN.finditer(text):
        start = m.start()
        if not _place_cued(text, start, lang, reach=12):
            continue
        # the run, or its first word when the run is two names ("в Сочи Путин"; a hyphenated name is one name)
        for run in (m.group(0), *([m.group(0).split(" ")[0]] if " " in m.group(0) else [])):
            end = start + len(run)
            if not taken.overlaps(start, end) and gazetteer.place_form(run, lang) is not None:
                out.append(RawEntity(run, "GPE", start, end))
                break
    return out


_LISTED_THINGS = frozenset({"PERSON", "ORG", "PRODUCT", "WORK_OF_ART"})  # what a model calls a listed place


def _cued_lists(found: list[RawEntity], text: str, lang: str, gazetteer: Gazetteer | None) -> list[RawEntity]:
    """The names of a list right after a place cue ("residents of Rublyovka and Krasnogorsk", "explosions in Tver,
    Ilsky and Engels"): the cue reads over the whole list, so when one name of it is a place (the model's, or the
    gazetteer's under its own name) the others the model called an organisation or a thing are places too, and a
    person the gazetteer knows as a city under its own name too. The list is names with commas between and the
    language's "and" before the last; a list of three or more after a cue opening a sentence ("In Kyiv, Kuleba and
    Reznikov said") is no list of places. Acronyms, registered names and names holding an institution's word stay."""
    cue = _PLACE_CUES.get(lang)
    joins = _conjunctions(lang)
    if gazetteer is None or cue is None or not joins or lang not in _SPOTTED_PLACES:
        return found
    institutions = _body_words(lang)

    def city(e: RawEntity) -> bool:
        bare = _POSSESSIVE.sub("", e.text)
        p = gazetteer.place_form(bare, lang)
        return p is not None and not town_alias(bare, p[1]) and not is_common_word(bare, lang)

    found = sorted(found, key=lambda e: e.start)
    out = list(found)
    k = 0
    while k < len(found):
        head = cue.search(text[max(0, found[k].start - 30) : found[k].start])
        j = k
        while j + 1 < len(found) and _list_gap(text[found[j].end : found[j + 1].start], ()):
            j += 1  # commas
        if j + 1 < len(found) and _list_gap(text[found[j].end : found[j + 1].start], joins):
            j += 1  # "and" before the last
        members = list(range(k, j + 1))
        if head is None or len(members) < 2 or not any(c in text[found[j - 1].end : found[j].start] for c in joins):
            k = j + 1 if j > k else k + 1
            continue
        opening = len(members) > 2 and head.group(0)[:1].isupper()  # "In Kyiv, Kuleba and Reznikov said"
        if opening or (len(members) == 2 and "," in text[found[k].end : found[j].start]):
            k = j + 1
            continue
        if any(found[m].label in _PLACES or city(found[m]) for m in members):
            for m in members:
                e = found[m]
                words = set(_words(e.text))
                if e.label not in _LISTED_THINGS or e.id is not None or e.text.isupper() or words & institutions:
                    continue
                if len(words) > 3 or (e.label == "PERSON" and not city(e)):
                    continue
                out[m] = RawEntity(e.text, "GPE", e.start, e.end, name=e.name)
        k = j + 1
    return out


# What the model labels a date, a time or an amount ("the beginning of the end for the Soviet Union" DATE, "two
# weeks in Wuhan" DATE): no name, but a place it holds is one.
_NOT_NAMES = frozenset({"DATE", "TIME", "CARDINAL", "QUANTITY", "MONEY", "PERCENT", "ORDINAL"})


def _places_in_amounts(found: list[RawEntity], lang: str, gazetteer: Gazetteer | None) -> list[RawEntity]:
    """Places inside what the model labelled a date, a time or an amount: a capitalised run of such a span, its
    possessive aside, that the gazetteer trusts as a place and that is no word of the language ("Monday", "May").
    The places stand for the span (which names nothing: its label is dropped when entities are grouped)."""
    if gazetteer is None or lang not in _SPOTTED_PLACES:
        return found
    out: list[RawEntity] = []
    for e in found:
        places = []
        for m in _CAPITALISED_RUN.finditer(e.text) if e.label in _NOT_NAMES else ():
            run = _POSSESSIVE.sub("", m.group(0))
            if run and not (" " not in run and is_common_word(run, lang)) and gazetteer.place_form(run, lang):
                start = e.start + m.start()
                places.append(RawEntity(run, "GPE", start, start + len(run)))
        out += places or [e]
    return out


@functools.cache
def _abbreviated(lang: str) -> re.Pattern[str] | None:
    """An abbreviation opening a place's name (``PLACE_ABBREVIATIONS``), then one to three capitalised words."""
    abbreviations = ABBREVIATIONS.get(lang)
    if not abbreviations:
        return None
    heads = "|".join(re.escape(a) for a in sorted(abbreviations, key=len, reverse=True))
    return re.compile(rf"(?<![\w'’.-])(?:{heads}) [A-Z][\w'’-]*(?: [A-Z][\w'’-]*){{0,2}}")


def _abbreviated_places(text: str, found: list[RawEntity], lang: str, gazetteer: Gazetteer | None) -> list[RawEntity]:
    """Places the model missed whose name opens with an abbreviation ("St. Croix in the U.S. Virgin Islands",
    "Ft. Lauderdale"): the run, its possessive aside, that the gazetteer trusts written in full (Saint Croix), not
    after another capitalised word mid-sentence and overlapping no name the model found ("St. Martin’s Press" is
    no place). One pass over the text: linear on any text."""
    pattern = _abbreviated(lang)
    if gazetteer is None or pattern is None or lang not in _SPOTTED_PLACES:
        return []
    taken = _Taken(found)
    out: list[RawEntity] = []
    for m in pattern.finditer(text):
        run = _POSSESSIVE.sub("", m.group(0))
        start, end = m.start(), m.start() + len(run)
        if taken.overlaps(start, end) or _previous_capitalised(text, start):
            continue
        if gazetteer.place_form(run, lang) is not None:
            out.append(RawEntity(run, "GPE", start, end))
    return out


# Words of movement or extent before a name (``PLACE_MOVEMENT_BEFORE``: "flew to Erbil", "across Ontario"): weaker
# evidence of a place than the place cues, so only for a name the model missed and the gazetteer trusts.
_MOVEMENT_CUES = {code: re.compile(cue) for code, cue in languages.table("PLACE_MOVEMENT_BEFORE").items()}


def _after_place(places: list[int], text: str, start: int, lang: str) -> bool:
    """Whether ``start`` continues a list right after a place the model found ("Kent and Sussex", "Kent, Sussex"):
    ``places`` holds the places' ends, sorted."""
    k = bisect.bisect_right(places, start)
    conjunctions = (*_conjunctions(lang), "or") if lang == "en" else _conjunctions(lang)
    return bool(k) and start - places[k - 1] <= 8 and _list_gap(text[places[k - 1] : start], conjunctions)


@functools.cache
def _list_before(lang: str) -> re.Pattern[str]:
    """What parts a name from a later one of its list: other names, commas, the language's "and" or "or"."""
    joins = "|".join(re.escape(c) for c in (*_conjunctions(lang), "or"))
    return re.compile(rf"(?:, {_LIST_NAME})*(?:,? (?:{joins}) |, )")


def _before_place(starts: set[int], text: str, end: int, lang: str) -> bool:
    """Whether ``end`` is followed by the rest of a list that ends in a place the model found ("Odesa, Kharkiv, and
    Zaporizhzhia": the model found only the last): ``starts`` holds the places' starts."""
    if not _conjunctions(lang):
        return False
    m = _list_before(lang).match(text, end, end + 80)
    return m is not None and m.end() in starts


# A dateline opening a line: a place in capitals, then a comma, an agency in parentheses or a dash
# ("HONOLULU, Hawaii (HawaiiNewsNow) -", "BOSTON (WHDH) -", "LAGOS —"), or a colon as Indian and some African
# papers write it ("MUMBAI: Shares rose"). At most three words of capitals.
_DATELINE = re.compile(r"(?m)^[ \t]*([A-Z][A-Z'’.-]{2,24}(?: [A-Z][A-Z'’.-]{1,24}){0,2})(?=,| \(| [-–—]|: )")


def _cut_at_point(f: RawEntity, text: str) -> bool:
    """Whether a name the model found is an abbreviation it cut before its full stop ("ST" of "ST. LOUIS")."""
    return f.id is None and len(f.text) <= 3 and text[f.end : f.end + 1] == "."


def _datelines(found: list[RawEntity], text: str, lang: str, gazetteer: Gazetteer | None) -> list[RawEntity]:
    """The places of datelines (the model rarely reads a name in capitals: "HONOLULU" is an organisation to it):
    the capitals opening a line before a comma, an agency or a dash, when the gazetteer knows them written as a
    name ("Honolulu"), are a place, found or relabelled; a name the model found across them stays as it is.
    One pass over the lines' openings: linear on any text. In the model's other languages, a wire dateline in
    capitals of their alphabet ("PARIS (AFP) -", "МОСКВА, 3 мая"), the one cue read there."""
    if gazetteer is None:
        return found
    index = _Index(found)
    spans = {(e.start, e.end): k for k, e in enumerate(index.found)}
    out: dict[int, RawEntity | None] = {}  # names relabelled (a place) or given way (None)
    added: list[RawEntity] = []
    for m in (_DATELINE if lang in _SPOTTED_PLACES else _WIRE_DATELINE).finditer(text):
        start, end = m.span(1)
        k = spans.get((start, end))
        inside = index.inside(start, end) if k is None else []
        if k is None and index.taken.overlaps(start, end) and not inside:
            continue  # a long name across it
        if any(_not_inside(index.found[j], start, end) and not _cut_at_point(index.found[j], text) for j in inside):
            continue  # a name the model found across it, or a place inside it (not "ST" of "ST. LOUIS")
        if k is not None and (index.found[k].id is not None or index.found[k].label in _PLACES):
            continue
        written = " ".join(w.capitalize() for w in m.group(1).split())
        if gazetteer.place_form(written, lang) is None and not _stated_town(written, text, end, lang, gazetteer):
            continue
        place = RawEntity(m.group(1), "GPE", start, end, name=written)
        if k is None:
            out.update(dict.fromkeys(inside))  # "RIO DE" of "RIO DE JANEIRO" gives way
            added.append(place)
        else:
            out[k] = place
    kept = [out.get(k, e) for k, e in enumerate(index.found)]
    return sorted([e for e in kept if e is not None] + added, key=lambda e: e.start)


_WIRE_STATE = re.compile(r"[A-Z][a-z]{0,4}\.(?:[A-Z]\.)?")  # "Mich.", "N.M.": a US state as wire copy abbreviates it
# A state after a dateline's town and its comma: its name or a wire abbreviation ("WIXOM, Mich.", "N.M.").
_DATELINE_STATE = re.compile(rf", ({_WIRE_STATE.pattern}|[A-Z][a-z]+(?: [A-Z][a-z]+)?)")


def _stated_town(written: str, text: str, end: int, lang: str, gazetteer: Gazetteer) -> bool:
    """Whether a dateline's capitals name a small town the gazetteer knows, its state or region after the comma
    ("WIXOM, Mich. —", "ELK RAPIDS, Michigan —"): a town too small to trust alone, placed by its state."""
    state = _DATELINE_STATE.match(text, end)
    if state is None or gazetteer.small_town(written, lang) is None:
        return False
    if state.group(1).endswith("."):
        return True  # "Mich.", "N.M.": a state as wire copy abbreviates it
    region = gazetteer.place_form(state.group(1), lang)
    return region is not None and region[1].kind in ("region", "country")


# A name joined by a hyphen to a place the model found, after it ("the Bielefeld-Hannover line", "Minneapolis-St.
# Paul") or before it: one or two capitalised words (an abbreviation's full stop inside), the other end of a route, a
# pair of twin cities or a corridor.
_HYPHEN_NEXT = re.compile(r"[-–]([A-Z][\w'’]*(?:\. ?[A-Z][\w'’]*| [A-Z][\w'’]*)?)(?![\w'’-])")
_HYPHEN_PREVIOUS = re.compile(r"(?<![\w'’.-])([A-Z][\w'’]*)[-–]$")


def _hyphened_places(found: list[RawEntity], text: str, lang: str, gazetteer: Gazetteer | None) -> list[RawEntity]:
    """The other place of a hyphened pair the model read one of ("Bielefeld-Hannover": Bielefeld only): a name a
    hyphen joins to a place found, that the gazetteer trusts as a place users know (:func:`more_than_a_town`), no
    word of the language, while the pair as written is no place of its own ("Winston-Salem", "Baden-Württemberg").
    Two words are tried before one ("St. Paul", then "Berlin" of "Berlin Express"); a person or an organisation the
    model read inside the name ("Paul" of "St. Paul") gives way. One look on each side of each place, the names
    around it found by bisection: n log n."""
    if gazetteer is None or lang not in _SPOTTED_PLACES:
        return found
    index = _Index(found)
    dropped: set[int] = set()
    added: dict[tuple[int, int], RawEntity] = {}
    for e in index.found:
        if e.label not in _PLACES:
            continue
        runs: list[tuple[int, int]] = []
        after = _HYPHEN_NEXT.match(text, e.end)
        if after is not None:
            start, end = after.span(1)
            first = re.match(r"[\w'’]+", text[start:end])
            runs += [(start, end)] + ([(start, start + first.end())] if first and start + first.end() < end else [])
        before = _HYPHEN_PREVIOUS.search(text, max(0, e.start - 30), e.start)
        if before is not None:
            runs.append(before.span(1))
        for start, end in runs:
            run = text[start:end]
            if (start, end) in added:
                break
            place = gazetteer.place_form(run, lang)
            if place is None or not more_than_a_town(place[1]) or is_common_word(run, lang):
                continue
            pair = text[min(start, e.start) : max(end, e.end)]
            if gazetteer.place_form(pair, lang) is not None:
                break  # "Winston-Salem": one place's name
            inside = index.inside(start, end)
            if index.taken.overlaps(start, end) and not inside:
                break  # a long name across it
            if any(_not_inside(index.found[k], start, end) for k in inside):
                break  # a name the model found across it, or the place already
            dropped.update(inside)
            added[(start, end)] = RawEntity(run, "GPE", start, end)
            break
    kept = [f for k, f in enumerate(index.found) if k not in dropped]
    return sorted(kept + list(added.values()), key=lambda e: e.start)


def _not_inside(f: RawEntity, start: int, end: int) -> bool:
    """Whether a name found keeps its place against a name found around it: it reaches outside ``start``-``end``,
    has its registry id or is a place already."""
    return f.start < start or f.end > end or f.id is not None or f.label in _PLACES


# A British or Irish county by its word ("Co Antrim", "County Kerry"), whose name the gazetteer may know only as a
# town's ("Antrim"): the state a town before it lies in ("Ballymena, Co Antrim").
_COUNTY_NAMED = re.compile(r"(?:County|Co\.?) ([A-Z][\w'’-]+)")
_COUNTY_COUNTRIES = frozenset({"GB", "IE"})

# One to three capitalised words, a comma and a space right before a state the model found ("Wixom, Michigan").
_TOWN_BEFORE_STATE = re.compile(r"(?<![\w'’.-])([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}), $")
_OF = " of "


def _rejoined_places(found: list[RawEntity], text: str, lang: str, gazetteer: Gazetteer | None) -> list[RawEntity]:
    """A town's name of two words the model cut in two, its first word a place and its second something else or a
    place ("Merthyr" GPE + "Tydfil" NORP): one place when the gazetteer knows the whole under its own name. One look at
    each pair of neighbours: linear."""
    if gazetteer is None or lang not in _SPOTTED_PLACES:
        return found
    found = sorted(found, key=lambda e: e.start)
    out: list[RawEntity] = []
    skip = False
    for k, a in enumerate(found):
        if skip:
            skip = False
            continue
        b = found[k + 1] if k + 1 < len(found) else None
        if (
            b is not None
            and a.label in _PLACES
            and a.id is None
            and b.id is None
            and b.label in (*_PLACES, "NORP", "ORG", "PERSON")
            and b.start == a.end + 1
            and text[a.end] == " "
            and " " not in a.text
            and " " not in b.text
        ):
            whole = text[a.start : b.end]
            place = gazetteer.place_form(whole, lang)
            if place is not None and place[1].kind == "city" and unaccented(place[1].name) == unaccented(whole):
                out.append(RawEntity(whole, "GPE", a.start, b.end))
                skip = True
                continue
        if b is not None and _joined_place(a, b, text, lang, gazetteer):
            out.append(RawEntity(text[a.start : b.end], "GPE", a.start, b.end))
            skip = True
            continue
        out.append(a)
    return out


# The words inside a country's or a city's name that a model cuts it at ("Trinidad and Tobago", "St. Vincent and the
# Grenadines", "Port of Spain").
_NAME_JOINS = {"en": frozenset({" and ", " and the ", " & ", " of "})}
_JOINED_LABELS = frozenset({*_PLACES, "NORP", "ORG", "PERSON"})


def _joined_place(a: RawEntity, b: RawEntity, text: str, lang: str, gazetteer: Gazetteer) -> bool:
    """Whether two neighbouring names and the joining words between them (:data:`_NAME_JOINS`) are together a country
    the gazetteer knows ("Trinidad" GPE + "Tobago" PERSON, "Antigua" ORG + "Barbuda" GPE), or a city under its own
    name ("Port" + "Spain": Port of Spain, not the country)."""
    joins = _NAME_JOINS.get(lang)
    if joins is None or a.id is not None or b.id is not None or text[a.end : b.start] not in joins:
        return False
    if a.label not in _JOINED_LABELS or b.label not in _JOINED_LABELS or not (a.label in _PLACES or b.label in _PLACES):
        return False
    whole = text[a.start : b.end]
    place = gazetteer.place_form(whole, lang)
    if place is None:
        return False
    p = place[1]
    return p.kind == "country" or (p.kind == "city" and unaccented(p.name) == unaccented(whole))


# A wire abbreviation of a state or a province after a town and its comma ("Kingston, Ont.", "Boise, Idaho" is the
# model's): the abbreviation, its full stop included; not a suffix of a name or a company's ending ("Smith, Jr.").
_WIRE_STATE_AFTER = re.compile(rf",[ \u00a0]({_WIRE_STATE.pattern})(?=[\s,;)]|$)")
_NO_STATE = frozenset({"Jr.", "Sr.", "St.", "Dr.", "Mr.", "Ms.", "Mrs.", "Inc.", "Co.", "Ltd.", "Corp.", "No."})


def _wire_states(found: list[RawEntity], text: str, lang: str) -> list[RawEntity]:
    """A state or a province as wire copy abbreviates it after a town the model placed and a comma ("Kingston,
    Ont.", "Wixom, Mich."): a place, relabelled when the model called it something else (the model often cuts the
    full stop: "Ont" PERSON), added when it found nothing there. One look after each place: n log n."""
    if lang not in _SPOTTED_PLACES:
        return found
    at = {e.start: k for k, e in enumerate(found)}
    taken = _Taken(found)
    out: list[RawEntity | None] = list(found)
    added: list[RawEntity] = []
    for e in found:
        if e.label not in _PLACES:
            continue
        m = _WIRE_STATE_AFTER.match(text, e.end)
        if m is None or m.group(1) in _NO_STATE:
            continue
        start, end = m.start(1), m.end(1)
        k = at.get(start)
        if k is not None and found[k].id is None and found[k].label not in _PLACES and found[k].end in (end, end - 1):
            out[k] = RawEntity(text[start:end], "GPE", start, end)  # "Ont" (PERSON): "Ont." the province
        elif k is None and not taken.overlaps(start, end):
            added.append(RawEntity(text[start:end], "GPE", start, end))
    return sorted([e for e in out if e is not None] + added, key=lambda e: e.start)


def _town_of(name: str, country: str, gazetteer: Gazetteer) -> Place | None:
    """The biggest town of ``country`` the gazetteer knows as ``name`` (which a country or territory shares, the
    gazetteer's first reading of it: "Norfolk" is Norfolk Island's), if any."""
    towns = [p for p in gazetteer.by_name.get(name.casefold(), ()) if p.kind == "city" and p.country_code == country]
    return max(towns, key=lambda p: p.population, default=None)


def _stated_towns(found: list[RawEntity], text: str, lang: str, gazetteer: Gazetteer | None) -> list[RawEntity]:
    """Towns named with their state, "Town, State" ("* Wixom, Michigan" in a list, "the Norton Works of Wixom,
    Michigan"): the last one to three capitalised words before a comma and a state or region the model found (or a
    wire abbreviation of a US state), when the gazetteer knows them as a town of that state's country, are a place,
    added when the model missed them, cut from the end of an organisation's name after its "of", relabelled when
    the model called them an organisation (a person only when the gazetteer trusts the town: "Jackson,
    Mississippi"). One look before each place found, the names there found by bisection: n log n."""
    if gazetteer is None or lang not in _SPOTTED_PLACES:
        return found
    index = _Index(found)
    changed: dict[int, RawEntity | None] = {}  # a name found cut (an organisation's "of") or dropped (None)
    added: dict[tuple[int, int], RawEntity] = {}
    for e in index.found:
        if e.label not in _PLACES:
            continue
        region = gazetteer.place_form(e.text, lang)
        county = _COUNTY_NAMED.fullmatch(e.text)
        county_place = gazetteer.place_form(county.group(1), lang) if county is not None else None
        if region is not None and region[1].kind == "region" and region[1].country_code:
            country = region[1].country_code
        elif county_place is not None and county_place[1].country_code in _COUNTY_COUNTRIES:
            country = county_place[1].country_code  # "Ballymena, Co Antrim": the county's country (its town's name)
        elif _WIRE_STATE.fullmatch(e.text):
            country = "US"
        else:
            continue
        m = _TOWN_BEFORE_STATE.search(text, max(0, e.start - 60), e.start)
        if m is None:
            continue
        words = m.group(1).split(" ")
        for n in range(len(words), 0, -1):  # the longest run of its last words the gazetteer knows
            run = " ".join(words[-n:])
            start, end = m.end(1) - len(run), m.end(1)
            if is_common_word(run, lang) or (start, end) in added:
                continue
            place = gazetteer.lookup(run, [country])
            if place is not None and place.kind == "country" and place.country_code != country:
                place = _town_of(run, country, gazetteer)  # "Norfolk, Virginia": the town, not Norfolk Island
            known = gazetteer.place_form(run, lang) or gazetteer.small_town(run, lang)
            if place is None or place.country_code != country or known is None:
                continue
            inside = [k for k in index.inside(start, end) if k not in changed]
            if index.taken.overlaps(start, end) and not inside:
                break  # a long name across it
            if any(index.found[k].label in _PLACES or index.found[k].id is not None for k in inside):
                if " " not in run or not all(_cut_town(index.found[k], start, end) for k in inside):
                    break  # the model's place already
                changed.update(dict.fromkeys(inside))  # "the Chula Vista, California, station": "Vista" of the town
                added[(start, end)] = RawEntity(run, "GPE", start, end)
                break
            holder = next((k for k in inside if index.found[k].start < start), None)
            if holder is not None:
                h = index.found[holder]
                if h.label != "ORG" or h.end != end or text[start - len(_OF) : start] != _OF:
                    break  # a name the model found across it
                changed[holder] = RawEntity(text[h.start : start - len(_OF)], "ORG", h.start, start - len(_OF))
                inside = []  # "the Norton Works of Wixom": the works, of Wixom
            trusted = gazetteer.place_form(run, lang)
            if any(index.found[k].label == "PERSON" and not (trusted and more_than_a_town(trusted[1])) for k in inside):
                break  # "Smith, Texas": a person before a state
            changed.update(dict.fromkeys(inside))
            added[(start, end)] = RawEntity(run, "GPE", start, end)
            break
        else:
            k = _unknown_stated_town(index, m.start(1), m.end(1), text, e.end, lang)
            if k is not None and k not in changed:
                held = index.found[k]
                start = held.start + (4 if held.text.startswith(("the ", "The ")) else 0)
                changed[k] = RawEntity(text[start : held.end], "GPE", start, held.end)
    kept = [changed.get(k, f) for k, f in enumerate(index.found)]
    return sorted([f for f in kept if f is not None] + list(added.values()), key=lambda e: e.start)


def _cut_town(e: RawEntity, start: int, end: int) -> bool:
    """Whether a place the model found is a strict part of a town's name of several words before its state ("Vista"
    of "Chula Vista, California"), no name the registry knows."""
    return e.label in _PLACES and e.id is None and start <= e.start and e.end <= end and e.end - e.start < end - start


def _unknown_stated_town(index: _Index, start: int, end: int, text: str, state_end: int, lang: str) -> int | None:
    """The name the model read as an organisation or a facility right before a comma and a state, where the state
    closes an apposition with a comma of its own ("at the San Ysidro, California, detention center"): a town the
    gazetteer does not know, written as wire copy writes a town with its state; its index, if any. Not a name of a
    body's or a company's word ("Acme Inc., Texas,"), nor one of common words only."""
    if text[state_end : state_end + 1] != ",":
        return None
    for k in index.inside(start, end):
        e = index.found[k]
        bare = e.text[4:] if e.text.startswith(("the ", "The ")) else e.text
        words = _words(bare.casefold())
        if (
            e.end == end
            and e.start + len(e.text) - len(bare) >= start
            and e.label in ("ORG", "FAC")
            and e.id is None
            and not set(words) & _body_words(lang)
            and not all(is_common_word(w, lang) for w in bare.split())
        ):
            return k
    return None


# A known place's name right before a civic noun in lower case or "-based" ("Hayward police arrested", "Flint
# residents", "a Gilroy-based firm"), in English: the model often misses the name or calls it a person. One to three
# capitalised words, not after another capitalised word ("New York Times-based" is no place's).
_CIVIC_AFTER = {
    "en": r"(?: (?:police|residents|mayor|Mayor)\b|-based\b"
    r"|(?P<facility> (?:facility|facilities|plant|factory|warehouse|refinery|depot|campus)\b))"
}
# A lower-case facility's noun after the name ("the CBP McAllen facility", "its Reno warehouse"): the town the facility
# stands in, but a firm's name too ("the Toyota plant"), so only a name the model missed or read as a person or a
# people, or one after an owner's possessive ("its Reno warehouse": the firm's, in Reno); an agency's or a firm's
# initials may stand before the town ("CBP", "GM").
_INITIALS = re.compile(r"[A-Z]{2,5} ")
_OWNED = re.compile(r"(?<![\w'’-])(?:its|their) $")
# The civic noun of a town's own office that names even a small town ("Wixom Mayor Ann Ruiz"): the gazetteer's small
# towns count before it.
_OFFICE_AFTER = re.compile(r" [Mm]ayor")


@functools.cache
def _civic(lang: str) -> re.Pattern[str] | None:
    after = _CIVIC_AFTER.get(lang)
    return None if after is None else re.compile(rf"(?<![\w'’.&-])([A-Z][\w'’.]*(?: [A-Z][\w'’.]*){{0,2}}){after}")


def _civic_places(found: list[RawEntity], text: str, lang: str, gazetteer: Gazetteer | None) -> list[RawEntity]:
    """Places before a civic noun ("Nashua police said", "a Gilroy-based company"): a name the gazetteer trusts as a
    place (no word of the language: "State police", "Transit police"), not led by another capitalised word, is a
    place, added when the model missed it, relabelled when it called it a person, an organisation or a people (not an
    organisation before a facility's noun, "the Toyota plant", but for "its Reno warehouse"); a name the model found
    across it stays as it is. One pass over the text: linear on any text."""
    civic = _civic(lang)
    if gazetteer is None or civic is None or lang not in _SPOTTED_PLACES:
        return found
    spans = {(e.start, e.end): k for k, e in enumerate(found)}
    taken = _Taken(found)
    out = list(found)
    for m in civic.finditer(text):
        start, end = m.span(1)
        run = m.group(1)
        facility = m.group("facility") is not None
        if _previous_capitalised(text, start):
            continue  # "Los Angeles County Sheriff's ... police", "The New York Times-based": inside a longer name
        while (
            " " in run
            and gazetteer.place_form(run, lang) is None
            and (is_common_word(run.split()[0], lang) or (facility and _INITIALS.match(run)))
        ):
            start += len(run.split()[0]) + 1  # "A Gilroy-based firm", "Then Hayward police": a sentence's first word
            run = text[start:end]  # "the CBP McAllen facility": the agency's initials
        known = gazetteer.place_form(run, lang) or (
            gazetteer.small_town(run, lang) if _OFFICE_AFTER.match(text, end) else None
        )
        if known is None or (" " not in run and is_common_word(run, lang)):
            continue
        k = spans.get((start, end))
        if k is None:
            if taken.overlaps(start, end):
                continue  # a name the model found across it
            out.append(RawEntity(run, "GPE", start, end))
        elif found[k].id is None and (
            found[k].label in ("PERSON", "NORP")
            or (found[k].label == "ORG" and (not facility or _OWNED.search(text, max(0, start - 6), start)))
        ):
            out[k] = RawEntity(run, "GPE", start, end, name=found[k].name)
    return sorted(out, key=lambda e: e.start)


def _previous_capitalised(text: str, start: int) -> bool:
    """Whether the word right before ``start`` (one space between) is capitalised, not opening a sentence."""
    before = text[max(0, start - 30) : start]
    if not before.endswith(" "):
        return False
    words = before.split()
    return bool(words) and words[-1][:1].isupper() and not words[-1].endswith((".", "!", "?", ":"))


@functools.cache
def _administered_list(lang: str) -> re.Pattern[str] | None:
    """Two names or more of a list right before an administrative noun ("the Solomianskyi and Shevchenkivskyi
    districts", "the Kharkiv, Sumy and Chernihiv regions"): not after another capitalised word."""
    after, joins = _ADMIN_AFTER.get(lang), _conjunctions(lang)
    if after is None or not joins:
        return None
    alternatives = "|".join(re.escape(c) for c in joins)
    name = r"[A-Z][\w'’-]*"
    return re.compile(rf"(?<![\w'’.&-])({name}(?:, {name})*,? (?:{alternatives}) {name})(?={after.pattern})")


def _administered_places(found: list[RawEntity], text: str, lang: str) -> list[RawEntity]:
    """The names of a list before an administrative noun ("in the Solomianskyi and Shevchenkivskyi districts of
    Kyiv"): each a place whatever the gazetteer knows (the noun says so), relabelled when the model called it a
    person, an organisation, a people or a thing, added when it missed it; a word of the language ("the North and
    South regions") and a name the model found across the list stay as they are. One pass over the text."""
    pattern = _administered_list(lang)
    if pattern is None or lang not in _SPOTTED_PLACES:
        return found
    spans = {(e.start, e.end): k for k, e in enumerate(found)}
    taken = _Taken(found)
    out = list(found)
    joins = set(_conjunctions(lang))
    for m in pattern.finditer(text):
        if _previous_capitalised(text, m.start(1)):
            continue  # "New York and New Jersey counties": the list's names are longer than the run
        for w in re.finditer(r"[A-Z][\w'’-]*", m.group(1)):
            word = w.group(0)
            start, end = m.start(1) + w.start(), m.start(1) + w.end()
            if word in joins or is_common_word(word, lang):
                continue
            k = spans.get((start, end))
            if k is None and not taken.overlaps(start, end):
                out.append(RawEntity(word, "GPE", start, end))
            elif k is not None and found[k].id is None and found[k].label in ("PERSON", "ORG", "NORP", "PRODUCT"):
                out[k] = RawEntity(word, "GPE", start, end, name=found[k].name)
    return sorted(out, key=lambda e: e.start)


_ONE_CAPITALISED = re.compile(r"(?<![\w'’.-])[A-Z][a-z][\w-]{1,24}(?![\w'’.-])")


def _area_places(text: str, found: list[RawEntity], lang: str) -> list[RawEntity]:
    """Places the model missed before a settlement noun ("area", "district"): one capitalised word no name the
    model found overlaps and no word of the language, after "in the" or a place's possessive ("Delhi’s Saket
    area": the place before it is one the model found). One pass over the text's capitalised words."""
    after = _PLACE_NOUNS_AFTER.get(lang)
    if after is None or lang not in _SPOTTED_PLACES:
        return []
    taken = _Taken(found)
    places = {e.end: e for e in found if e.label in _PLACES}
    out: list[RawEntity] = []
    for m in _ONE_CAPITALISED.finditer(text):
        start, end = m.span()
        if not after.match(text[end : end + 20]):
            continue
        cue = _AREA_BEFORE.search(text[max(0, start - 15) : start])
        if cue is None:
            continue
        if taken.overlaps(start, end):
            continue  # inside or across a name the model found
        if cue.group(0)[0] in "'’":
            owner = start - len(cue.group(0))
            if owner not in places:
                continue  # "Trump’s Palm area": no place's possessive
        if is_common_word(m.group(0), lang):
            continue  # "in the Bay area": a word of the language
        out.append(RawEntity(m.group(0), "GPE", start, end))
    return out


# Languages whose model misses plain "Given Surname" people ("Zach Parise scored twice").
_SPOTTED_PEOPLE = frozenset({"en"}) | languages.having("NAME_SPOTTED_PEOPLE")  # where a model reads the text

# Two capitalised words, no third after them (a longer name is no plain given name and surname).
_GIVEN_SURNAME = re.compile(r"(?<![\w'’.-])([A-Z][a-z]{1,15}) ([A-Z][a-z][\w'’-]{0,20})(?![\w'’.-])(?! [A-Z])")


def _unfound_people(text: str, found: list[RawEntity], lang: str, gazetteer: Gazetteer | None) -> list[RawEntity]:
    """People the model missed: two capitalised words no name the model found overlaps, the first a given name
    as written ("Zach", "Nino"), the second no word of the language, the pair no place the gazetteer knows, the
    second none either unless a family name and a small town's (:func:`_place_surname`) and no institution's word, not after another capitalised word mid-sentence ("New York
    Peyton Manning" is no evidence); and a round-up's scorers (:func:`_scorers`). One pass over the text's word
    pairs: linear on any text."""
    if gazetteer is None or lang not in _SPOTTED_PEOPLE:
        return []
    institutions = set(INSTITUTIONS["en"]) | _COMPANY_ENDINGS
    taken = _Taken(found)
    out: list[RawEntity] = []
    for m in _GIVEN_SURNAME.finditer(text):
        given, surname = m.group(1), _POSSESSIVE.sub("", m.group(2))
        start, end = m.start(), m.start(2) + len(surname)
        if taken.overlaps(start, end):
            continue  # inside or across a name the model found
        if not given_name(given, lang) or is_common_word(surname, lang) or surname.casefold() in institutions:
            continue
        before = word_before(text, start)
        if before[:1].isupper() and not _initial(text, start):
            continue  # the end of a longer capitalised run
        if gazetteer.place_form(f"{given} {surname}", lang) is not None or _place_surname(surname, lang, gazetteer):
            continue
        out.append(RawEntity(text[start:end], "PERSON", start, end))
    return out + _scorers(text, taken, lang)


# The capitalised run (three words at most) right before a scorer's statistic.
_SCORER_RUN = re.compile(r"(?<![\w'’.-])[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}$")


def _scorers(text: str, taken: _Taken, lang: str) -> list[RawEntity]:
    """The scorers a model missed (:func:`context._scorer_named`): the capitalised run (three words at most) before each number
    and statistic's noun that no name found overlaps, no word of it one the article writes in lower case ("Total 45
    points"). One pass over the statistics, a bounded look before each: linear on any text."""
    scored = _SCORED.get(lang)
    if scored is None:
        return []
    lower: set[str] | None = None
    out: list[RawEntity] = []
    for m in scored.finditer(text):
        run = _SCORER_RUN.search(text, max(0, m.start() - 60), m.start())
        if (
            run is None
            or not _scorer_named(text, run.start(), run.end(), lang)
            or taken.overlaps(run.start(), run.end())
        ):
            continue
        if lower is None:  # once: the words the article writes in lower case
            lower = {w.group(0) for w in _LOWER_WORDS.finditer(text)}
        if any(w.casefold() in lower for w in run.group(0).split()):
            continue
        out.append(RawEntity(run.group(0), "PERSON", run.start(), run.end()))
    return out


# Forms of address before a person's name (the quote lexicon's ``honorifics``: "Engr.", "Barr.", "the Rt. Hon.",
# "Alhaji", "Smt."), by language where a model reads the text: the abbreviated ones need their full stop, the ones
# written without one in British, African and Indian usage ("Mr Adebayo Ogunlesi", "Alhaji Musa Danjuma") not.
_ADDRESS_LANGUAGES = frozenset({"en"})
_ADDRESS_UNSTOPPED = frozenset(
    {"mr", "mrs", "ms", "dr", "alhaji", "alhaja", "hajia", "shri", "smt", "comrade", "justice"}
)
_ADDRESS_WORDS = frozenset({"sir", "dame", "lord", "lady", "miss", "pastor", "kumari"})  # full words: a name too


@functools.cache
def _addressed(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """A run of forms of address ("Dr. the Rt. Hon.", "Dr. (Mrs.)"), and the same run with the two or three capitalised
    words of the name after it, no capitalised word after those. Each form of address is a literal word. The second is
    tried only where the first finds a run start: tried at every form of a long run of them ("Mr. Mr. Mr. …"), it read
    the rest of the run again each time (quadratic)."""
    if lang not in _ADDRESS_LANGUAGES:
        return None
    honorifics = languages.table("QUOTES").get(lang, {}).get("honorifics", {})
    forms = sorted((h for h in honorifics if h not in _ADDRESS_WORDS), key=len, reverse=True)
    stopped = "|".join(h.capitalize() for h in forms)
    bare = "|".join(h.capitalize() for h in forms if h in _ADDRESS_UNSTOPPED)
    one = rf"(?:(?:{stopped})\.|(?:{bare})(?=[ \u00a0])|\((?:{stopped})\.?\))"
    name = r"[A-Z][a-z][\w'’]*(?:-[A-Z][a-z][\w'’]*)?"
    run = rf"(?<![\w'’.-]){one}(?:[ \u00a0](?:the[ \u00a0])?{one})*"
    return re.compile(run), re.compile(
        rf"{run}[ \u00a0]({name}(?:[ \u00a0]{name}){{1,2}})(?![\w'’-])(?![ \u00a0][A-Z])"
    )


def _addressed_people(found: list[RawEntity], text: str, lang: str) -> list[RawEntity]:
    """A person named after forms of address ("Engr. Tunde Bakare", "Barr. Ada Obi", "Dr. the Rt. Hon. Keith
    Mitchell", "Shri Rajesh Kumar"): the name is one person, whatever the model read in the run (a form of address as a
    person, "Barr", "Rt. Hon"; an organisation, "Engr"; part of the name, "Shri Rajesh"). Left alone where a known
    name (the registry's) or a name running on past it is there. One pass over the text and a bisection per match."""
    patterns = _addressed(lang)
    if patterns is None:
        return found
    runs, pattern = patterns
    index = _Index(found)
    drop: set[int] = set()
    added: list[RawEntity] = []
    lower: set[str] | None = None
    bodies = set(INSTITUTIONS.get(lang, ())) | _COMPANY_ENDINGS
    last = 0
    for r in runs.finditer(text):
        # a match starting at a later form of the same run would only be a shorter run before the same words
        m = pattern.match(text, r.start()) if r.start() >= last else None
        if m is None:
            continue
        last = m.end()
        a, b = m.start(1), m.end(1)
        hits = index.inside(m.start(), b)
        if any(
            index.found[k].id is not None or index.found[k].start < m.start() or index.found[k].end > b for k in hits
        ):
            continue
        if lower is None:  # once: the words the article writes in lower case
            lower = {w.group(0) for w in _LOWER_WORDS.finditer(text)}
        words = m.group(1).split()
        if any(w.casefold() in lower for w in words[1:]):
            continue  # "Dr. Smith Said": a word the article also writes in lower case, a headline's
        if any(w.casefold() in bodies for w in words):
            continue  # "Mr Price Holdings": a company's or an institution's name
        read = [
            k for k in hits if index.found[k].label == "PERSON" and (index.found[k].start, index.found[k].end) == (a, b)
        ]
        drop.update(k for k in hits if k not in read)
        if not read:  # else the model read the name as it is
            added.append(RawEntity(m.group(1), "PERSON", a, b))
    if not added and not drop:
        return found
    kept = [e for k, e in enumerate(index.found) if k not in drop]
    return sorted(kept + added, key=lambda e: e.start)


# A name after a feature word and "de" (``PLACE_FEATURE_BEFORE``): up to three capitalised words, an elided "d’" before.
_FEATURE_NAME = re.compile(r"(?<![\w.-])[A-ZÀ-ÖØ-Þ][\w'’-]{1,40}(?: [A-ZÀ-ÖØ-Þ][\w'’-]{0,40}){0,2}")


def _featured_places(text: str, found: list[RawEntity], lang: str) -> list[RawEntity]:
    """Features the model missed: a capitalised run right after a lower-case feature word and "de" ("le banc
    d’Arguin", "la forêt de Brocéliande"), overlapping no name the model found and no acronym or word of the
    language: the feature word and the name, one place with no point. One pass over the runs: linear on any text."""
    feature = _FEATURE_BEFORE.get(lang)
    if feature is None:
        return []
    taken = _Taken(found)
    out: list[RawEntity] = []
    for m in _FEATURE_NAME.finditer(text):
        start, end = m.start(), m.end()
        headed = feature.search(text[max(0, start - 40) : start])
        if headed is None:
            continue
        if taken.overlaps(start, end):
            continue  # inside or across a name the model found: its own rules read the feature word
        run = m.group(0)
        if any(w.isupper() for w in run.split()) or (" " not in run and is_common_word(run, lang)):
            continue  # "massif du LBD", "la côte de Sud": an acronym or a word, not a feature's name
        begin = start - len(headed.group(0).lstrip())
        out.append(RawEntity(text[begin:end], "LOC", begin, end))
    return out


# Head words that open a natural feature's name in English ("the River Thames", "Loch Ness", "Mount Fuji").
# "Sierra" too ("in the Sierra Nevada"): the country "Sierra Leone" and a person "Sierra Smith" are names a model finds.
_OPENING_HEADS = {
    "en": re.compile(r"(?<![\w'’.-])(?:River|Lake|Mount|Mt\.|Loch|Lough|Sierra) [A-Z][\w'’-]{1,30}(?![\w'’-])")
}


def _headed_features(text: str, found: list[RawEntity], lang: str) -> list[RawEntity]:
    """Features the model missed whose head word opens the name ("the banks of the River Thames", "Loch Ness"): the
    head and one capitalised word that is no word of the language ("River Island", "Lake Street"), overlapping no name
    the model found. One pass over the text: linear."""
    pattern = _OPENING_HEADS.get(lang)
    if pattern is None:
        return []
    taken = _Taken(found)
    out: list[RawEntity] = []
    for m in pattern.finditer(text):
        start, end = m.span()
        head, rest = m.group(0).rsplit(" ", 1)
        if taken.overlaps(start, end) or is_common_word(rest, lang):
            continue
        if given_name(head, lang) and family_name(rest):
            continue  # "Sierra Smith": a person
        out.append(RawEntity(m.group(0), "LOC", start, end))
    return out


def _table_places(text: str, found: list[RawEntity], lang: str, gazetteer: Gazetteer | None) -> list[RawEntity]:
    """Regions and features of the language's own table (``PLACE_NAMES``: "au Moyen-Orient", "la Méditerranée") a
    model of a language other than English missed (English reads its table with its place cues,
    :func:`_cued_places`): a run of up to three capitalised words that is such a name as a whole, overlapping no name
    the model found, one place with no point. One pass over the runs: linear on any text."""
    if gazetteer is None or lang in _SPOTTED_PLACES or not gazetteer.named.get(lang):
        return []
    taken = _Taken(found)
    out: list[RawEntity] = []
    for m in _FEATURE_NAME.finditer(text):
        start, end = m.span()
        if taken.overlaps(start, end) or not _in_language_table(m.group(0), lang, gazetteer):
            continue
        out.append(RawEntity(m.group(0), "LOC", start, end))
    return out


_PLATFORM_NOT = frozenset({"PERSON", "GPE", "LOC", "NORP", "FAC"})  # what a social platform's name never is

_POSSESSIVE_END = re.compile(r"['’]s?$")


def _platforms(found: list[RawEntity]) -> list[RawEntity]:
    """A social platform's name alone (``lexicon.PLATFORM_NAMES``: "publicó en Twitter", "wrote on Telegram") that a
    recogniser read as a place, a person or a people is the platform, an organisation, in every language."""
    out = []
    for e in found:
        head = channel_platform(e.text) if e.id is None else None
        if head is not None:
            # "в Telegram-канале", "у Telegram-каналі": a channel on the platform, a common noun joined to its name;
            # the platform is named, no body "Telegram-канале" nor a place "Telegram-каналі"
            e = RawEntity(head, "ORG", e.start, e.start + len(head), None, head)
        names = (_POSSESSIVE_END.sub("", e.text), e.name or "")
        if e.label in _PLATFORM_NOT and e.id is None and any(n.casefold() in PLATFORM_NAMES for n in names):
            e = RawEntity(e.text, "ORG", e.start, e.end, e.id, e.name)
        out.append(e)
    return out


def _coordinated(found: list[RawEntity], text: str, lang: str) -> list[RawEntity]:
    """A given name alone before the language's "and" and a person ("Judith and Natalie Kessler"), by
    :func:`coordinated` with Faker's given names: a person of that family, named by the given name and the other's
    surname (the model's own "Judith" takes that name; a name the model found otherwise stands)."""
    names = [(e.start, e.end, e.label, e.text, e.name or surface(e.text, "PERSON")) for e in found]
    out = list(found)
    for c in coordinated(text, names, _conjunctions(lang), lambda a, b: given_name(text[a:b], lang)):
        if c.own is not None and (found[c.own].label != "PERSON" or found[c.own].id is not None):
            continue
        person = RawEntity(c.given, "PERSON", c.start, c.end, name=c.name)
        if c.own is None:
            out.append(person)
        else:
            out[c.own] = person
    return out


_GIVEN_BEFORE = re.compile(r"(?<![\w'’.-])([A-Z][a-z]{1,15}) $")

_GIVEN_NAME_LANGUAGES = frozenset({"en"})  # where a lone model name after a given name reads as a cut person


def _given_before(found: list[RawEntity], text: str, lang: str) -> list[RawEntity]:
    """A one-word name the model found (a person or an "organisation") right after a given name it left out
    ("Anders Nilsson made 35 saves": the model's "Nilsson"): the person, given name included. The given name is
    one as written and no word of the language in lower case ("Will", "Mark" stay out), and does not end a longer
    capitalised run mid-sentence."""
    from wirestream.services.enrich.entities.quotes.language import common_word

    if lang not in _GIVEN_NAME_LANGUAGES:
        return found
    ends = {e.end for e in found}
    out = list(found)
    for k, e in enumerate(found):
        if e.label not in ("PERSON", "ORG") or e.id is not None or " " in e.text or e.text.isupper():
            continue
        m = _GIVEN_BEFORE.search(text, max(0, e.start - 17), e.start)
        if m is None or m.start(1) in ends or m.end(1) in ends:
            continue
        given = m.group(1)
        if not given_name(given, lang) or common_word(given.casefold(), lang):
            continue
        if word_before(text, m.start(1))[:1].isupper() and not _initial(text, m.start(1)):
            continue
        out[k] = RawEntity(text[m.start(1) : e.end], "PERSON", m.start(1), e.end)
    return out


# A member of Congress's party letter and state after the name, in parentheses or between commas ("(D-Calif.)",
# ", R-Texas,", "(R-N.Y.)"): the state is a place.
_PARTY_STATE = {
    "en": re.compile(
        r"[ \u00a0]?[(,][ \u00a0]?[DRI]-(?P<state>[A-Z][a-z]{0,4}\.(?:[A-Z]\.)?|[A-Z]\.[A-Z]\.|[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?=[),])"
    )
}


def _parenthesised(found: list[RawEntity], text: str, lang: str) -> list[RawEntity]:
    """A person's party in parentheses after the name ("Olaf Scholz (SPD)"): a body, whatever the model said
    of it, or found when it said nothing; a word of the language alone in parentheses after a common word
    ("a download (PDF)") is no name, whatever the model said."""
    spans = {(e.start, e.end): k for k, e in enumerate(found)}
    out: list[RawEntity | None] = list(found)
    taken = _Taken(found)
    for k, e in enumerate(found):
        state = _PARTY_STATE.get(lang)
        seat = state.match(text, e.end, e.end + 24) if e.label == "PERSON" and state is not None else None
        if seat is not None:  # "Rep. Jane Holt (D-Calif.)", "Sen. Ann Lee, R-Texas,": the state the member serves
            a, b = seat.start("state"), seat.end("state")
            j = spans.get((a, b))
            if j is None and not taken.overlaps(a, b):
                out.append(RawEntity(text[a:b], "GPE", a, b))
            elif j is not None and found[j].id is None:
                out[j] = dataclasses.replace(found[j], label="GPE")
        if e.label == "PERSON":
            at = party_after(text, e.end, lang)
            if at is None:
                continue
            j = spans.get(at)
            if j is None:
                out.append(RawEntity(text[at[0] : at[1]], "ORG", *at))
            elif found[j].id is None:
                out[j] = dataclasses.replace(found[j], label="ORG")
        elif (
            e.id is None
            and text[e.start - 1 : e.start] == "("
            and text[e.end : e.end + 1] == ")"
            and " " not in e.text
            and word_before(text, e.start - 1)[:1].islower()
            and is_common_word(e.text, lang)
        ):
            out[k] = None
    return sorted((e for e in out if e is not None), key=lambda e: e.start)


# A region named by the adjective of its city beside a region noun, either order, in either case ("obwodu
# biełgorodzkiego", "Бєлгородської області", "в Тверском районе"): the language's ``PLACE_ADJECTIVE_REGION`` table.
_ADJECTIVE_REGION: dict[str, dict[str, tuple[str, ...]]] = languages.table("PLACE_ADJECTIVE_REGION")

_REGION_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _adjective_city(word: str, lang: str, gazetteer: Gazetteer) -> bool:
    """Whether a word is a city's adjective in the language: it ends in a suffix that derives an adjective
    (``suffixes``) and a case ending (``endings``), and without the ending it is a city the gazetteer knows
    ("курск|ой": Курск), or is one less the suffix
    ("белгород|ск|ой", "biełgorod|zk|iego"), with a ``tails`` letter back on ("твер|ск|ой": Тверь); a city
    users know (:func:`more_than_a_town`), from a stem of four letters at least."""
    table = _ADJECTIVE_REGION[lang]
    low = word.casefold()
    for ending in table["endings"]:
        if not low.endswith(ending):
            continue
        stem = low[: -len(ending)]
        bases = [stem] + [stem[: -len(s)] for s in table["suffixes"] if stem.endswith(s)]
        if len(bases) == 1:
            continue  # no adjective's suffix: "drugi kraj" is no city's ("Drug": a name of Durg)
        for base in bases:
            if len(base) < 4:
                continue
            for form in (base, *(base + t for t in table.get("tails", ())), *_alternated(base, table)):
                place = gazetteer.place_form(form[:1].upper() + form[1:], lang)
                if place is not None and place[1].kind == "city" and more_than_a_town(place[1]):
                    return True
    return False


def _alternated(base: str, table: dict[str, tuple[str, ...]]) -> list[str]:
    """A city's name from an adjective's stem that alters the name's last letters (``stems``: "the stem's ending:the
    name's"): "москов|ск|ой" is Москва's ("ов:ва"), "moskiew|sk|iego" Moskwa's, "запорі|зьк|ої" Запоріжжя's."""
    pairs = (stem.partition(":")[::2] for stem in table.get("stems", ()))
    return [base[: len(base) - len(a)] + b for a, b in pairs if base.endswith(a)]


def _adjective_regions(found: list[RawEntity], text: str, lang: str, gazetteer: Gazetteer | None) -> list[RawEntity]:
    """Regions and districts a city's adjective names beside a region noun (``PLACE_ADJECTIVE_REGION``): the noun and
    the adjective, one place, added when nothing found covers them; a person or a body found across the
    adjective with no registry id ("Губернатор Бєлгородської") gives way to it. One pass over the region nouns."""
    table = _ADJECTIVE_REGION.get(lang)
    if table is None or gazetteer is None:
        return found
    nouns = set(table["nouns"])
    out = list(found)
    for m in _REGION_WORD.finditer(text):
        if m.group(0).casefold() not in nouns:
            continue
        after = _REGION_WORD.match(text, m.end() + 1) if text[m.end() : m.end() + 1] == " " else None
        before = re.search(r"([^\W\d_][\w'’-]*) $", text[max(0, m.start() - 40) : m.start()])
        adjective: tuple[int, int] | None = None
        if before is not None and _adjective_city(before.group(1), lang, gazetteer):
            adjective = (m.start() - len(before.group(1)) - 1, m.start() - 1)
        elif after is not None and _adjective_city(after.group(0), lang, gazetteer):
            adjective = (after.start(), after.end())
        if adjective is None:
            continue
        a, b = min(adjective[0], m.start()), max(adjective[1], m.end())
        across = [e for e in out if e.start < b and a < e.end]
        if any(
            e.id is not None or (e.label in _PLACES and _holds(e, *adjective)) or (e.start <= a and b <= e.end)
            for e in across
        ):
            continue  # a place found already, a registry name, or a longer name holding the region; a place found
            # across the noun alone ("Władze obwodu" of "Władze obwodu zaporoskiego") gives way
        out = [e for e in out if e not in across]
        out.append(RawEntity(text[a:b], "LOC", a, b))
    return sorted(out, key=lambda e: e.start)


def _holds(e: RawEntity, start: int, end: int) -> bool:
    return e.start <= start and end <= e.end


def _inflected_surnames(found: list[RawEntity], people: list[str], lang: str) -> list[RawEntity]:
    """A one-word person the model found in another case than the full name's ("По словам Травникова" after "Андрей
    Травников", which the model reads as a name of its own): that person's mention, by :func:`surname_owner`."""
    owner = surname_owner(people, lang)
    if owner is None:
        return found
    out = []
    for e in found:
        if e.label == "PERSON" and e.id is None and len(e.text.split()) == 1:
            word = _POSSESSIVE.sub("", e.text)
            full = owner(word)
            if full is not None and full.split()[-1].casefold() != word.casefold():  # as written: grouping joins it
                e = dataclasses.replace(e, name=full)
        out.append(e)
    return out
