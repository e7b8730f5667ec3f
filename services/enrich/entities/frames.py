"""What the words around a name say it is, after the learned judge: the last say for a model's languages.

:func:`_framed`: a company's frame ("Alibaba shares", "owned by", "CEO of"), a work's, a place no mention places;
:func:`_eponyms`: the author a theory or a model is named after; :func:`_speaking_surnames`: a surname-shaped word
that speaks or is apposed a role ("Zakharova accused") is a person.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
from collections.abc import Callable

from wirestream.services.enrich import languages
from wirestream.services.enrich.entities import labels
from wirestream.services.enrich.entities.context import (
    _COUNTRY_KINDS,
    _FRAME_LOOK,
    _LIST_NAME,
    _PERSON_AFTER,
    _PLACE_CUES,
    _PLACES,
    _POSSESSIVE,
    _administered,
    _apposed_settlement,
    _body_words,
    _company_framed,
    _conjunctions,
    _country_or_region,
    _in_language_table,
    _moved_to,
    _origin,
    _words,
    _work_framed,
)
from wirestream.services.enrich.entities.geo import ALIAS_CITY_POPULATION, Gazetteer, Place, unaccented
from wirestream.services.enrich.entities.models import RawEntity
from wirestream.services.enrich.entities.name_words import ROLES, given_name, is_common_word, ocean
from wirestream.services.enrich.entities.quotes.language import known_word
from wirestream.services.enrich.entities.quotes.language import load as quote_language
from wirestream.services.enrich.lexicon import PLATFORM_NAMES

# A possessive name, or two joined by "and", before the noun a theory or a model named after its authors ends with
# ("Fiedler's Contingency Model", "Hersey and Blanchard's theory"): the authors are people (:func:`_eponyms`).
_EPONYM_NAME = r"[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:-[A-Z][a-z]+)?"

_EPONYMS = {
    code: re.compile(
        rf"(?<![\w'’&.-])(?P<a>{_EPONYM_NAME})(?: (?:and|&) (?P<b>{_EPONYM_NAME}))?['’]s "
        rf"(?P<mods>(?:[\w-]+ ){{0,3}}?)(?P<head>{heads})(?![\w'’-])(?!\s*[A-Z0-9]\b)"
    )
    for code, heads in languages.table("NAME_EPONYM_HEADS").items()
}

_NAMES_BEFORE = re.compile(r"(?:[A-Z][\w.'’-]* )+")  # "Leonhard " of "Leonhard Euler's theorem"

# A body's name between "the" and a lower-case "building" ("the Senate building on Red Square", "the Duma building"):
# the building, a facility, not the body; English only (its article).
_BUILDING_BEFORE = {"en": re.compile(r"(?<![\w'’-])[Tt]he $")}

_BUILDING_AFTER = {"en": re.compile(r" buildings?\b")}


def _building_after(text: str, start: int, end: int, lang: str) -> int:
    """The length of a lower-case "building" right after a body's name the article opens ("the Senate building"),
    else 0."""
    before, after = _BUILDING_BEFORE.get(lang), _BUILDING_AFTER.get(lang)
    if before is None or after is None:
        return 0
    if not before.search(text, max(0, start - 5), start) and not text.startswith(("the ", "The "), start):
        return 0
    m = after.match(text, end, end + 12)
    return 0 if m is None else m.end() - end


# A word before a mention that places a one-word name ("in Roxbury", "from Xilingol", "in the Saemangeum area"), a
# place noun after it ("Saket area"), or a known place after a comma ("Hayward, Calif."): the article's evidence that a
# name the gazetteer does not know is a place. A name no mention of which has it is no place by any evidence.
_PLACING_BEFORE = {
    "en": re.compile(
        r"(?<![\w'’-])(?:(?:in|near|outside|across|around)(?: the)?|from|of|to|towards?|beyond|via|throughout) $"
    )
}

_PLACING_AFTER = {
    "en": re.compile(
        r"(?:['’]s)? (?:area|district|province|region|county|city|town|village|state|neighbou?rhood|suburb|[Mm]ayor)\b"
    )
}

# A list after a place cue right before a name ("in Sevastopol and Dzhankoi", "near Soledar, Vuhledar and Marinka":
# a name after a comma only where the list goes on after it): the cue reads over the whole list.
_PLACE_LIST_BEFORE = {
    "en": re.compile(
        rf"(?<![\w'’-])(?:in|near|outside|around|of) {_LIST_NAME}(?:, {_LIST_NAME})*(?:,? and|(?P<comma>,)) $"
    )
}
# After a name in the middle of such a list, the list goes on ("near Soledar, Vuhledar and Marinka"; not "As of
# October, Emirates had").
_LIST_GOES_ON = re.compile(r"(?:,? and|,) [A-Z]")

_STATE_ABBREVIATION = re.compile(r"[A-Z][a-z]{0,4}\.(?:[A-Z]\.)?")  # "Calif.", "N.M.", "Ill.": a state after a comma

_COMMA_PLACE = re.compile(r", ([A-Z][\w.]{1,20}(?: [A-Z][\w.]{1,20})?)")
# A lower-case word after the comma's place and its possessive ("Zentara, UK's biggest lender"): an apposition that
# describes the name, no place of it (unlike "Wimborne, UK's Cobham", a firm of the town).
_POSSESSIVE_APPOSITION = re.compile(r"['’]s [a-z]")

# The sky's places no gazetteer lists ("life on Earth", "missions to Mars"): places whatever the frames.
_BODIES = frozenset({"earth", "mars", "moon", "venus", "mercury", "jupiter", "saturn", "uranus", "neptune", "pluto"})


def _placed(e: RawEntity, text: str, lang: str, trusted: Callable[[str], Place | None]) -> bool:
    """Whether one mention of a name has the article's evidence of a place (:data:`_PLACING_BEFORE`, or the
    journey's words the correction read, an aside included: "go back to, say, Ledbury"); ``trusted`` reads a place
    after a comma in the language's own forms ("Wimborne, UK")."""
    before, after = text[max(0, e.start - _FRAME_LOOK) : e.start], text[e.end : e.end + _FRAME_LOOK]
    possessive = bool(_POSSESSIVE.search(e.text)) or after.startswith(("'s ", "’s "))
    cued = _PLACING_BEFORE[lang].search(before) or _moved_to(text, e.start, lang)
    if (cued and not possessive) or _PLACING_AFTER[lang].match(after):
        return True  # "in Eurogamer's review" places the review, not Eurogamer
    listed = _PLACE_LIST_BEFORE[lang].search(before)
    if listed and listed.group("comma") and not _LIST_GOES_ON.match(after):
        listed = None
    if _administered(text, e.end, lang) or listed or _apposed_settlement(text, e.end, lang):
        return True  # "Pulkovo airport", "in Sevastopol and Dzhankoi", "Coolum, a town north of": a place's noun
    comma = _COMMA_PLACE.match(after)
    return (
        comma is not None
        and not _POSSESSIVE_APPOSITION.match(after, comma.end())
        and (trusted(comma.group(1)) is not None or bool(_STATE_ABBREVIATION.fullmatch(comma.group(1))))
    )


def _unplaced(found: list[RawEntity], keys: list[str], text: str, lang: str, gazetteer: Gazetteer | None) -> set[str]:
    """The one-word names labelled places that the gazetteer does not know under any form and that no mention places
    ("Emirates had a fleet", "an upcoming Netflix special", "since Diwali"): an organisation or a thing more often than a
    place nobody placed. Capitals ("DUBAI", a dateline) and abbreviations ("Calif.") are left alone."""
    if gazetteer is None:
        return set()
    candidates: set[str] = set()
    placed: set[str] = set()
    for e, key in zip(found, keys, strict=True):
        if e.label not in ("GPE", "LOC") or e.id is not None or " " in key or "." in key or not key:
            continue
        bare = _POSSESSIVE.sub("", e.text.strip())
        if bare.isupper() or not bare[:1].isupper() or key in _BODIES or gazetteer.place_form(bare, lang) is not None:
            continue
        candidates.add(key)
        if (
            _placed(e, text, lang, functools.partial(_comma_place, gazetteer, lang))
            or ocean(bare, text, e.start, lang)
            or _listed_last(bare, text, e.start, lang, gazetteer)  # "Bakhmut, Avdiivka and Marinka"
        ):
            placed.add(key)
    return candidates - placed


def _comma_place(gazetteer: Gazetteer, lang: str, name: str) -> Place | None:
    """The place the gazetteer trusts under a name after a comma, or the language's short form of a country ("UK",
    "U.S.": ``Gazetteer.place_form``, which the trusted names leave out)."""
    found = gazetteer.trusted_place(name)
    if found is None and (short := gazetteer.place_form(name, lang)) is not None and short[1].kind == "country":
        found = short[1]
    return found


@functools.cache
def _list_before_last(lang: str) -> re.Pattern[str] | None:
    """The two names of a list right before its last name and the language's "and" ("Bakhmut, Avdiivka and ")."""
    joins = "|".join(re.escape(c) for c in _conjunctions(lang))
    if not joins:
        return None
    return re.compile(rf"(?<![\w'’.-])({_LIST_NAME}), ({_LIST_NAME}),? (?:{joins}) $")


def _listed_last(word: str, text: str, start: int, lang: str, gazetteer: Gazetteer) -> bool:
    """Whether a one-word name is the last of a list of three after the language's "and", the two names before it
    places the gazetteer knows, and the name a small town it knows by its own name, of the country of the name right
    before it, and no word of the language ("Bakhmut, Avdiivka and Marinka": Mar'yinka; not "Madrid, Seville and
    Marinka" nor "Peter, John and Marinka"). A bounded look before the name."""
    pattern = _list_before_last(lang)
    m = pattern.search(text, max(0, start - 80), start) if pattern is not None else None
    if m is None or is_common_word(word, lang):
        return False
    first, neighbour = gazetteer.place_form(m.group(1), lang), gazetteer.place_form(m.group(2), lang)
    town = gazetteer.small_town(word, lang)
    return (
        first is not None
        and neighbour is not None
        and town is not None
        and town[1].country_code == neighbour[1].country_code
    )


_FRAMED_LANGUAGES = frozenset({"en"})

_FRAMED = frozenset({"PERSON", "GPE", "LOC", "FAC"})

_COMPANY_HEADS = frozenset({"group", "holdings", "inc", "corp", "corporation", "ltd", "llc", "plc", "company"})

# A "person" whose last word heads a body's name ("the West Division": ``NAME_BODY_HEADS`` of the framed languages'
# modules, services/enrich/languages/<code>.py), or a two-word one whose last word makes a university's short name
# ("Penn State": ``NAME_UNIVERSITY_HEAD``): no person is so named; the body.
_BODY_HEADS: dict[str, frozenset[str]] = languages.table("NAME_BODY_HEADS")
_UNIVERSITY_HEAD: dict[str, str] = languages.table("NAME_UNIVERSITY_HEAD")

# Names listed right before a sentence that calls them companies ("... includes Acme, Borel Lind and Cato Hale. The
# companies declined": ``NAME_LISTED_AS_COMPANIES``), the source of a survey or a poll ("a new survey from Acme
# Research": ``NAME_POLLSTER_BEFORE``), a venue's name ("the shuttered nightclub Reign": ``NAME_VENUE_BEFORE``): a
# business, whatever the model read.
_LISTED_AS_COMPANIES = {code: re.compile(cue) for code, cue in languages.table("NAME_LISTED_AS_COMPANIES").items()}
_POLLSTER_BEFORE = {code: re.compile(cue) for code, cue in languages.table("NAME_POLLSTER_BEFORE").items()}
_VENUE_BEFORE = {code: re.compile(cue) for code, cue in languages.table("NAME_VENUE_BEFORE").items()}

# A name joined to the one before by "and" or "or", or by a comma in a list that goes on ("defense contractors Acme
# Martin and Borel Grumman", "makers such as Acme, Borel Lind and Cato"): it shares the frame of that name's mention
# (:func:`_coordinated_companies`); a comma and no list after ("CEO of Acme, Borel Lind, said") is an apposition.
_JOINED_BEFORE = re.compile(r"^(?:,? and|,? or|,) $")
_LIST_GOES_ON_AFTER = re.compile(r"(?:,? (?:and|or) |, )[A-Z]")

# A model's number right before a one-word "person" ("the 737 Max jet", "its A320 Neo"): the product's name; two or
# three digits, so no year ("In 2019 Max won"). English only (the framed languages).
_MODEL_NUMBER_BEFORE = re.compile(r"(?<![\w'’.,-])[A-Z]{0,2}\d{2,3} $")

# A lower-case occupation of one person right before a name ("diver Keetan Munsell", "media mogul, Debola Lagos":
# ``NAME_OCCUPATION_BEFORE``): the name is that person's, whatever the model read (a body or a place).
_OCCUPATION_BEFORE = {code: re.compile(cue) for code, cue in languages.table("NAME_OCCUPATION_BEFORE").items()}

_PERSON_SHAPE = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}")  # two or three title-case words

_GIVEN_PLACE_POPULATION = 1_000_000  # a city this big keeps its name's mentions ("Paris" beside "Paris Hilton")


def _platform_headed(label: str, key: str) -> bool:
    """A several-word "person" that opens with a platform's name ("Twitter Thread", "YouTube Premium"): the platform's
    thing, no person."""
    return label == "PERSON" and " " in key and key.split()[0] in PLATFORM_NAMES


def _company(label: str, key: str, framed: tuple[set[str], set[str]], companies: set[str]) -> bool:
    """Whether a name of ``label`` is a company: framed as one (a person by the frames no person fits), a person
    headed by a platform's name, or a one-word person opening a company the article names."""
    people, company = framed
    if key in (people if label == "PERSON" else company) or _platform_headed(label, key):
        return True
    return label == "PERSON" and " " not in key and key in companies


# A newspaper's or a magazine's title: a capitalised "The", a place's name and the title's head ("The Hollywood
# Reporter", "The Boston Globe", "The Dallas Morning News"); English only (its article and heads).
_OUTLET_TITLE = {
    "en": re.compile(
        r"(?<![\w'’-])The (?P<place>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}?) (?:(?:Morning|Evening|Daily|Sunday) )?"
        r"(?:Reporter|Times|Post|Herald|Journal|Tribune|Chronicle|Gazette|Globe|Examiner|Inquirer|Courier|Dispatch"
        r"|Observer|Telegraph|Star|Sun|News|Record|Register|Bee|Enquirer|Star-Tribune|Free Press)(?![\w'’-])"
    )
}

_OUTLET_READINGS = frozenset({"GPE", "LOC", "PERSON", "EVENT", "WORK_OF_ART", "FAC", "ORG"})
_OUTLET_REACH = 200  # no name a model finds across a title starts further before it


def _outlet_titles(found: list[RawEntity], text: str, lang: str, gazetteer: Gazetteer | None) -> list[RawEntity]:
    """A newspaper's title with a place's name the gazetteer knows in it (:data:`_OUTLET_TITLE`) is one organisation,
    the title, in place of what the model read in it or across it ("Hollywood" GPE of "The Hollywood Reporter", "The
    Boston Globe" PERSON): no place, no person. A name the registry knows or one reaching outside the title stays.
    One pass over the text's titles."""
    pattern = _OUTLET_TITLE.get(lang)
    if pattern is None or gazetteer is None or "The " not in text:
        return found
    ordered = sorted(found, key=lambda e: e.start)
    starts = [e.start for e in ordered]
    out: list[RawEntity | None] = list(ordered)
    for m in pattern.finditer(text):
        start, end = m.span()
        first, last = bisect.bisect_left(starts, start - _OUTLET_REACH), bisect.bisect_left(starts, end)
        inside = [k for k in range(first, last) if (e := out[k]) is not None and e.end > start]
        if not inside or gazetteer.place_form(m.group("place"), lang) is None:
            continue
        read = [e for k in inside if (e := out[k]) is not None]
        if any(e.id is not None or e.label not in _OUTLET_READINGS or e.start < start or e.end > end for e in read):
            continue
        if len(read) == 1 and read[0].label == "ORG":
            continue  # the model's organisation already
        for k in inside:
            out[k] = None
        out[inside[0]] = RawEntity(m.group(), "ORG", start, end)
    return [e for e in out if e is not None]


def _short_name_of_firm(key: str, lang: str, gazetteer: Gazetteer | None) -> bool:
    """Whether the first word of a company's name the article writes in full ("Fortress" of "Fortress Investment
    Group") is no place the gazetteer knows under any form, a small town's included, nor a place of the language's
    table: its mentions labelled a place are the company's short name."""
    if gazetteer is None:
        return False
    word = key[:1].upper() + key[1:]
    return (
        gazetteer.trusted_place(key) is None
        and gazetteer.place_form(word, lang) is None
        and gazetteer.small_town(word, lang) is None
        and not _in_language_table(key, lang, gazetteer)
    )


def _listed_company(e: RawEntity, text: str, lang: str) -> bool:
    """Whether a name stands in a list that the next sentence calls companies ("... Acme Martin and Borel Grumman.
    The companies declined"), is the source of a survey or a poll ("a survey from Piper Lind") or a venue's name
    ("the nightclub Reign")."""
    listed, pollster, venue = _LISTED_AS_COMPANIES.get(lang), _POLLSTER_BEFORE.get(lang), _VENUE_BEFORE.get(lang)
    if listed is None or pollster is None or venue is None:
        return False
    start = max(0, e.start - _FRAME_LOOK)
    if pollster.search(text, start, e.start) or venue.search(text, start, e.start):
        return True
    return listed.match(text[e.end : e.end + 240]) is not None


def _coordinated_companies(found: list[RawEntity], keys: list[str], text: str, lang: str) -> set[str]:
    """The "people" joined to a mention in a company's frame right before them ("defense contractors Acme Martin and
    Borel Grumman"; by a comma only in a list that goes on, :data:`_JOINED_BEFORE`): companies too. One pass in the
    text's order, so a list's names follow its first."""
    out: set[str] = set()
    previous: tuple[RawEntity, bool] | None = None  # the mention before and whether it stands in a company's frame
    for e, key in sorted(zip(found, keys, strict=True), key=lambda pair: pair[0].start):
        joined = bool(
            previous is not None
            and previous[1]
            and e.label == "PERSON"
            and e.id is None
            and previous[0].end <= e.start
            and (m := _JOINED_BEFORE.match(text[previous[0].end : e.start])) is not None
            and ("and" in m.group() or "or" in m.group() or _LIST_GOES_ON_AFTER.match(text, e.end, e.end + 40))
        )
        if joined:
            out.add(key)
        framed = joined or (e.id is None and _company_framed(e, text, lang, person=True))
        previous = (e, framed)
    return out


def _body_named(key: str, lang: str) -> bool:
    """Whether a "person" is a body's name by its last word: a body's head ("West Division") or a university's
    short name ("Penn State")."""
    words = key.split()
    heads, university = _BODY_HEADS.get(lang, frozenset()), _UNIVERSITY_HEAD.get(lang)
    return len(words) >= 2 and (words[-1] in heads or (len(words) == 2 and words[-1] == university))


def _small_place(key: str, trusted: Callable[[str], Place | None]) -> bool:
    """Whether the gazetteer trusts no country, region nor city of :data:`_GIVEN_PLACE_POPULATION` under ``key``."""
    place = trusted(key)
    return place is None or (place.kind not in _COUNTRY_KINDS and place.population < _GIVEN_PLACE_POPULATION)


def _nowhere(name: str) -> Place | None:
    """No place for any name (no gazetteer)."""
    return None


def _framed(found: list[RawEntity], text: str, lang: str, gazetteer: Gazetteer | None) -> list[RawEntity]:
    """Labels the article's own frames contradict, whatever the recogniser or the judge said: a name one mention
    reads as a company's ("Alibaba shares closed", "the site owned by Alibaba", "CEO of Acme") is an organisation;
    a title after a work's word ("the book was called The Dragon Waiting") is a work; a one-word "person" that opens a
    company the article names ("Carlyle" of "The Carlyle Group") is the company; a given name alone labelled a place
    when a person of the article bears it ("Ann" beside "Ann Wilson") is that person. A country, a region or a town
    the gazetteer trusts keeps its place ("Hong Kong shares"); an unknown one-word place no mention places is an
    organisation (:func:`_unplaced`), so is a "person" headed by a platform's name. One pass over the names, a
    bounded window each."""
    if lang not in _FRAMED_LANGUAGES or len(found) > labels.MAX_ENTITIES:
        return found
    found = _outlet_titles(found, text, lang, gazetteer)
    keys = [_POSSESSIVE.sub("", re.sub(r"^[Tt]he\s+", "", e.text.strip())).casefold() for e in found]
    company: set[str] = set()
    work: set[str] = set()
    people: set[str] = set()  # names the frames no person fits make companies, people's included
    for e, key in zip(found, keys, strict=True):
        if e.id is None and key and e.text[:1].isupper():  # a mention of any label tells what the name is
            if _work_framed(e, text, lang):
                work.add(key)
            elif _company_framed(e, text, lang, person=True) or (
                e.label == "PERSON" and _listed_company(e, text, lang)
            ):
                people.add(key)
            elif e.label != "PERSON" and _company_framed(e, text, lang, person=False):
                company.add(key)
    people |= _coordinated_companies(found, keys, text, lang)
    people |= {k for e, k in zip(found, keys, strict=True) if e.label == "PERSON" and _body_named(k, lang)}
    trusted = gazetteer.trusted_place if gazetteer is not None else _nowhere  # the door labels.py reads too
    # a region or feature of the language's own table ("the West Bank"): its word "Bank" frames no company
    company = {k for k in company | people if trusted(k) is None and not _in_language_table(k, lang, gazetteer)}
    company |= _unplaced(found, keys, text, lang, gazetteer)
    people = {k for k in people if trusted(k) is None}
    givens = {key.split()[0] for e, key in zip(found, keys, strict=True) if e.label == "PERSON" and " " in key}
    full = {key for e, key in zip(found, keys, strict=True) if e.label == "PERSON" and " " in key}
    person_words = {w for key in full for w in key.split()}
    companies = {
        key.split()[0]
        for e, key in zip(found, keys, strict=True)
        if e.label == "ORG" and " " in key and key.split()[-1].rstrip(".") in _COMPANY_HEADS
    }
    # "Fortress Investment Group ... get rid of Fortress": the firm's short name, no place the gazetteer knows
    company |= {k for k in companies if _short_name_of_firm(k, lang, gazetteer)}
    framed = (people, company)
    placed_givens = {  # "in Ann", "from Ann": the place, the article says so
        key
        for e, key in zip(found, keys, strict=True)
        if key in givens
        and (_PLACE_CUES[lang].search(text[max(0, e.start - _FRAME_LOOK) : e.start]) or _origin(text, e.start, lang))
    }
    out = []
    for e, key in zip(found, keys, strict=True):
        if e.id is None and e.label in _FRAMED and key in work:
            e = dataclasses.replace(e, label="WORK_OF_ART")
        elif (
            e.id is None
            and e.label in _FRAMED
            and key not in person_words
            and _company(e.label, key, framed, companies)
        ):
            e = dataclasses.replace(e, label="ORG")
        elif (
            e.id is None
            and e.label in labels.PLACES
            and " " not in key
            and key in givens
            and given_name(e.text, lang)
            and _small_place(key, trusted)
            and key not in placed_givens
        ):
            e = dataclasses.replace(e, label="PERSON")
        elif e.id is None and e.label == "PERSON" and _model_named(e, text):
            e = dataclasses.replace(e, label="PRODUCT")
        elif e.id is None and e.label in _OCCUPIED and _occupied(e, text, lang, trusted):
            e = dataclasses.replace(e, label="PERSON")
        elif e.id is None and e.label in ("GPE", "LOC") and _award_named(e, text, lang, gazetteer):
            e = dataclasses.replace(e, label="EVENT")
        out.append(e)
    return _facility_towns(out, text, lang, gazetteer) if gazetteer is not None else out


# A facility's name, "at", one to three capitalised words and "in" right before a state or a country ("the Ginger
# Factory at Yandina in Queensland"): the words are where the facility is. Only after a name, not after a verb
# ("trained at Harvard in Massachusetts": the university).
_FACILITY_AT = re.compile(r"(?<![\w'’.-])[A-Z][\w'’-]* at ([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}) in $")


def _facility_towns(found: list[RawEntity], text: str, lang: str, gazetteer: Gazetteer) -> list[RawEntity]:
    """Towns named after a facility and "at", before "in" and their state or country ("the Big Pineapple at Nambour
    in Queensland", "the Royal Theatre at Bowral in New South Wales"): the words after "at", when the gazetteer knows
    them as a town of that state's country, are a place, relabelled when the model called them an organisation or a
    facility, cut from the end of the facility's name when the model ran it on over them, added when it missed them.
    A name the gazetteer does not know as such a town ("the Apple Store at Acme in Texas") keeps its reading."""
    out: list[RawEntity | None] = list(found)
    added: list[RawEntity] = []
    for e in found:
        if e.label not in _PLACES:
            continue
        region = gazetteer.place_form(e.text, lang)
        if region is None or region[1].kind not in ("region", "country") or not region[1].country_code:
            continue
        m = _FACILITY_AT.search(text, max(0, e.start - 80), e.start)
        if m is None:
            continue
        run, start, end = m.group(1), m.start(1), m.end(1)
        country = region[1].country_code
        place = gazetteer.lookup(run, [country])
        known = gazetteer.place_form(run, lang) or gazetteer.small_town(run, lang)
        if place is None or place.kind != "city" or place.country_code != country or known is None:
            continue
        if is_common_word(run, lang) or set(_words(run.casefold())) & _body_words(lang):
            continue
        held = [k for k, f in enumerate(out) if f is not None and f.start < end and start < f.end]
        if any(out[k].label in _PLACES or out[k].id is not None for k in held):  # type: ignore[union-attr]
            continue  # a place already, or a name the registry knows
        for k in held:
            f = out[k]
            assert f is not None
            if f.start < start and f.end == end and text[f.start : start].endswith(" at "):
                cut = start - len(" at ")  # "the Big Pineapple at Nambour" (ORG): the facility, then the town
                out[k] = RawEntity(text[f.start : cut], f.label, f.start, cut)
            elif start <= f.start and f.end <= end:
                out[k] = None  # "Yandina" (ORG): the town
            else:
                break  # a name across it
        else:
            added.append(RawEntity(run, "GPE", start, end))
    return sorted([f for f in out if f is not None] + added, key=lambda e: e.start)


# A lower-case award's noun right after a name ("a Critics Choice award", "the Webby awards"): the award's name, an
# event's; English only.
_AWARD_AFTER = {"en": re.compile(r" (?:awards?|prizes?|trophy|trophies)\b")}


def _award_named(e: RawEntity, text: str, lang: str, gazetteer: Gazetteer | None) -> bool:
    """Whether a "place" the gazetteer knows under no form stands right before an award's noun ("won a Critics Choice
    award"): the award, no place ("a Toronto prize" keeps its town)."""
    after = _AWARD_AFTER.get(lang)
    return (
        after is not None
        and gazetteer is not None
        and after.match(text, e.end, e.end + 10) is not None
        and gazetteer.place_form(_POSSESSIVE.sub("", e.text.strip()), lang) is None
        and not _in_language_table(e.text, lang, gazetteer)
    )


_OCCUPIED = frozenset({"ORG", "GPE", "LOC"})


def _model_named(e: RawEntity, text: str) -> bool:
    """Whether a one-word "person" is a product's name by the model's number right before it ("the 737 Max jet")."""
    return " " not in e.text.strip() and _MODEL_NUMBER_BEFORE.search(text, max(0, e.start - 8), e.start) is not None


def _occupied(e: RawEntity, text: str, lang: str, trusted: Callable[[str], Place | None]) -> bool:
    """Whether a body or a place is a person by the occupation right before it ("diver Keetan Munsell", "media mogul,
    Debola Lagos"): two or three title-case words, the first no word of the language, the whole no place the
    gazetteer trusts and no company's name by its last word."""
    before = _OCCUPATION_BEFORE.get(lang)
    if before is None or not _PERSON_SHAPE.fullmatch(e.text):
        return False
    words = e.text.split()
    return (
        before.search(text, max(0, e.start - 30), e.start) is not None
        and not is_common_word(words[0], lang)
        and words[-1].casefold() not in _COMPANY_HEADS
        and trusted(e.text) is None
    )


# Surname endings that show a person's gender, every language's in Latin letters (``SURNAME_ENDINGS``: "Volodin",
# "Zakharova", "Kowalska"), longest first.
_SURNAME_SHAPES = tuple(
    sorted(
        {
            ending
            for table in languages.table("SURNAME_ENDINGS").values()
            for forms in table.values()
            for ending in forms
            if all("a" <= c <= "z" or (not c.isascii() and unaccented(c).isascii()) for c in ending)
        },
        key=len,
        reverse=True,
    )
)

_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")  # the lower-case word right after a name: "Zakharova accused"


def _surname_shaped(word: str) -> bool:
    """A title-case word of five letters or more that ends like a surname of some language (:data:`_SURNAME_SHAPES`)."""
    return (
        len(word) >= 5
        and word.isalpha()
        and word[:1].isupper()
        and word[1:].islower()
        and word.casefold().endswith(_SURNAME_SHAPES)
    )


@functools.cache
def _apposed_role(lang: str) -> re.Pattern[str] | None:
    """A role in an apposition right after a name: a comma, an article or a possessive, at most three words, then
    one of the language's ``NAME_ROLES`` ("Medvedev, the deputy head of …", "Budanov, Ukraine's military
    intelligence chief,"); English only (its articles)."""
    if lang != "en":
        return None
    roles = "|".join(re.escape(r) for r in ROLES.get(lang, ()))
    return re.compile(rf"^,\s+(?:the|a|an|[A-Z][\w’'-]*['’]s)\s+(?:[\w-]+\s+){{0,3}}?(?:{roles})\b", re.I)


@functools.cache
def _role_of(lang: str) -> re.Pattern[str]:
    """An apposition right after a name that opens with a role and its "of", "to" or "for", at most two words before
    the role and no article needed ("Danilov, secretary of …", "Yermak, head of …", "Podolyak, an adviser to …")."""
    roles = "|".join(re.escape(r) for r in ROLES.get(lang, ()))
    return re.compile(rf"^,\s+(?:(?!whose\b|which\b|who\b)[\w'’-]+\s+){{0,2}}?(?:{roles})\s+(?:of|to|for)\b", re.I)


def _given_and_surname(name: str, lang: str) -> bool:
    """Two title-case words, the first no word of the language, the second ending like a surname
    (:func:`_surname_shaped`): "Oleksiy Danilov", not "Morgan Stanley" nor "Bank Pekao"."""
    words = name.split()
    return (
        len(words) == 2
        and words[0].isalpha()
        and words[0][:1].isupper()
        and words[0][1:].islower()
        and not is_common_word(words[0], lang)
        and _surname_shaped(words[1])
    )


def _given_first(name: str, lang: str) -> bool:
    """Two to four title-case words, the first a given name ("Rory McIlroy", "Recep Tayyip Erdogan", "Rose Young")."""
    words = name.split()
    return (
        2 <= len(words) <= 4
        and all(w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha() for w in words)
        and given_name(words[0], lang)
    )


# A present participle's clause between commas right after a name ("Medvedev, quoting Shakespeare, said", "Peskov,
# speaking on a conference call, told"): the speech verb after it is still the name's; English only, bounded.
_PARTICIPLE_ASIDE = {"en": re.compile(r",\s+[a-z]+ing\b[^,.;:!?\"“”()]{0,80}(?=,)")}


def _past_aside(following: str, lang: str) -> str:
    """What follows a name once a participle's clause between commas right after it is left out
    (:data:`_PARTICIPLE_ASIDE`): ", quoting Shakespeare, said" reads ", said"."""
    aside = _PARTICIPLE_ASIDE.get(lang)
    m = aside.match(following) if aside is not None else None
    return following if m is None else following[m.end() :]


def _without_speech_verb(e: RawEntity, lang: str) -> RawEntity:
    """A work's title the model read over a name and the speech verb after it ("“…,” Teresa Nielsen Hayden
    explained": WORK_OF_ART): the name alone, a person, when it is a given name first and the last word a lower-case
    speech verb. Else the entity as it was."""
    if e.label != "WORK_OF_ART" or e.id is not None:
        return e
    head, _, last = e.text.rstrip().rpartition(" ")
    if not head or not last.islower() or not quote_language(lang).is_verb(last) or not _given_first(head, lang):
        return e
    return dataclasses.replace(e, text=head, label="PERSON", end=e.start + len(head), name=None)


def _lone_surname(word: str, lang: str) -> bool:
    """A title-case word spelt as the language spells a Russian or Ukrainian surname (``Lang.surname_spelt``:
    "Kovalchuk", "Shevchenko", "Marchuk")."""
    return word[:1].isupper() and word[1:].islower() and quote_language(lang).surname_spelt(word)


def _known_town(word: str, lang: str, gazetteer: Gazetteer | None) -> bool:
    """Whether a word is a place users know (:func:`_known_place`) or a word of the language's dictionary ("Saratov")."""
    return known_word(word, lang) or (
        gazetteer is not None and _known_place(gazetteer.place_form(word, lang), gazetteer)
    )


def _known_place(found: tuple[str, Place] | None, gazetteer: Gazetteer) -> bool:
    """Whether a place the gazetteer read a word as is one users know: a country, a region, a capital, a regional
    capital or a city known abroad, or a city of :data:`ALIAS_CITY_POPULATION` ("Kharkov", "Rostov", "Lvov"; not
    GeoNames' district "Shevchenko" of Poltava)."""
    if found is None:
        return False
    p = found[1]
    return (
        p.kind != "city"
        or p in gazetteer.known_abroad
        or p in gazetteer.capitals
        or p in gazetteer.seats
        or p.population >= ALIAS_CITY_POPULATION
    )


_TOWN_LABELS = frozenset({"GPE", "LOC"})

# A lower-case word right after a quote's closing mark or a comma, right before a name ("“…,” said Kovalchuk"): the
# speech verb, when it is one, whose inverted subject the name is.
_VERB_BEFORE = re.compile(r"[,”\"]\s{0,2}([a-z]{2,20}) $")


def _said_before(text: str, start: int, end: int, lang: str) -> bool:
    """Whether a name closes its clause right after a lower-case speech verb that follows a quote's closing mark or a
    comma ("“…,” said Kovalchuk.", "…, said Shevchenko, …")."""
    if text[end : end + 1] not in ("", ".", ",", ";", "!", "?"):
        return False
    m = _VERB_BEFORE.search(text, max(0, start - 26), start)
    return m is not None and quote_language(lang).is_verb(m.group(1))


_CAPITALISED_WORD = re.compile(r"(?<![\w'’.-])[A-Z][a-z]{4,30}(?![\w'’-])")
_SENTENCE_END = re.compile(r"(?:[.!?][\"”’]?[ \u00a0]|\n[ \t]*)$")


def _unread_surnames(found: list[RawEntity], text: str, lang: str, gazetteer: Gazetteer | None) -> list[RawEntity]:
    """People the model read nothing of, named by a Russian or Ukrainian surname (:func:`_lone_surname`) that opens a
    sentence right before a person's speech verb ("Kovalchuk told reporters", "Shevchenko said: “…”"), where the word
    is no place users know nor a word of the language. One pass over the capitalised words, a bounded look each; whether
    one lies inside a found name is asked of :func:`_span_index` (each word compared with every name found was
    quadratic: "Kovalchuk said it." repeated over 80,000 characters took 0.58 s)."""
    after = _PERSON_AFTER.get(lang)
    if after is None or not quote_language(lang).words("lone_surname_endings"):
        return []
    index = _span_index(found)
    out: list[RawEntity] = []
    for m in _CAPITALISED_WORD.finditer(text):
        start, end = m.span()
        if not _lone_surname(m.group(), lang) or not after.match(text[end : end + 60]):
            continue
        if start and not _SENTENCE_END.search(text, max(0, start - 4), start):
            continue
        if _overlaps_any(index, start, end) or _known_town(m.group(), lang, gazetteer):
            continue
        if is_common_word(m.group(), lang):
            continue
        out.append(RawEntity(m.group(), "PERSON", start, end))
    return out


def _span_index(found: list[RawEntity]) -> tuple[list[int], list[int]]:
    """The starts of ``found`` in order and, for each, the furthest end of the names starting there or before."""
    spans = sorted((e.start, e.end) for e in found)
    starts = [a for a, _ in spans]
    reach: list[int] = []
    furthest = -1
    for _, b in spans:
        furthest = max(furthest, b)
        reach.append(furthest)
    return starts, reach


def _overlaps_any(index: tuple[list[int], list[int]], start: int, end: int) -> bool:
    """Whether a name of :func:`_span_index` overlaps ``start``-``end``: one starting before ``end`` ends after
    ``start`` (the same answer as comparing it with each name)."""
    starts, reach = index
    k = bisect.bisect_left(starts, end)
    return k > 0 and reach[k - 1] > start


def _speaking_surnames(found: list[RawEntity], text: str, lang: str, gazetteer: Gazetteer | None) -> list[RawEntity]:
    """A one-word organisation the model read where a person stands, whose word ends like a surname
    (:func:`_surname_shaped`) and is no place the gazetteer knows nor a word of the language: a person named by
    surname, at every mention of it. Where a person stands: before a person's speech verb ("Volodin said",
    "Zakharova told reporters": ``NAME_PERSON_AFTER``, or any of the quotes' speech verbs: "Zakharova accused"), before
    an apposition holding a role ("Medvedev, the deputy head of Russia's Security Council,"), or joined by "and" to a
    person ("Sergei Shoigu and Gerasimov"). A new cast's surname at a sentence's start reads as an organisation to the
    small English model. A work's title with a given name first before a speech verb is a person too: the model reads
    a name right after a quote as the quote's title ("“…,” Rory McIlroy said")."""
    after = _PERSON_AFTER.get(lang)
    if after is None:
        return found
    apposed = _apposed_role(lang)
    joins = _conjunctions(lang)
    people = {(e.start, e.end) for e in found if e.label == "PERSON"}
    starts, ends = {a for a, _ in people}, {b for _, b in people}
    speaking: set[str] = set()
    towns: set[str] = set()  # one-word places that speak, spelt as a surname ("“…,” Shevchenko said")
    found = [_without_speech_verb(e, lang) for e in found]
    for e in found:
        word = _POSSESSIVE.sub("", e.text.strip())
        lone = e.id is None and _lone_surname(word, lang)
        if (e.label not in ("ORG", "WORK_OF_ART") or e.id is not None) and not (lone and e.label in _TOWN_LABELS):
            continue
        following = text[e.end : e.end + 60]
        if following.startswith(","):
            following = _past_aside(text[e.end : e.end + 150], lang)[:60]
        verb = _NEXT_WORD.match(following)
        spoke = bool(after.match(following)) or (verb is not None and quote_language(lang).is_verb(verb.group(1)))
        if lone:
            # a Russian or Ukrainian surname as the language spells it, right before or after a speech verb ("“…,”
            # Shevchenko said", "said Kovalchuk"), where the word is no place users know nor a word of the language
            if (spoke or _said_before(text, e.start, e.end, lang)) and not _known_town(word, lang, gazetteer):
                (towns if e.label in _TOWN_LABELS else speaking).add(word)
                continue
            if e.label in _TOWN_LABELS:
                continue
        if e.label == "WORK_OF_ART":
            role = _role_of(lang).match(following) or (apposed is not None and apposed.match(following))
            if (spoke or role) and _given_first(word, lang):
                speaking.add(word)  # "“…,” Rory McIlroy said": the model read the quote's speaker as a work's title
            continue
        if _given_and_surname(word, lang) and _role_of(lang).match(following):
            speaking.add(word)  # "Oleksiy Danilov, secretary of Ukraine's security council,": a new cast's person
            continue
        if not _surname_shaped(word):
            continue
        spoke = spoke or (apposed is not None and apposed.match(following) is not None)
        spoke = spoke or any(
            (e.end + len(f" {j} ") in starts and following.startswith(f" {j} "))
            or (e.start - len(f" {j} ") in ends and text.endswith(f" {j} ", 0, e.start))
            for j in joins
        )
        if not spoke or is_common_word(word, lang):
            continue
        if gazetteer is None or gazetteer.place_form(word, lang) is None:
            speaking.add(word)
    unread = _unread_surnames(found, text, lang, gazetteer)
    if unread:
        found = sorted(found + unread, key=lambda e: e.start)
    if not speaking and not towns:
        return found
    return [
        dataclasses.replace(e, label="PERSON")
        if e.id is None
        and (
            (e.label in ("ORG", "WORK_OF_ART") and _POSSESSIVE.sub("", e.text.strip()) in speaking | towns)
            or (e.label in _TOWN_LABELS and _POSSESSIVE.sub("", e.text.strip()) in towns)
        )
        else e
        for e in found
    ]


def _buildings(found: list[RawEntity], text: str, lang: str) -> list[RawEntity]:
    """A body's name between "the" and a lower-case "building" is the building, a facility (:func:`_building_after`;
    after the judge, which reads the body's name as the body's)."""
    out = []
    for e in found:
        after = _building_after(text, e.start, e.end, lang) if e.label == "ORG" and e.id is None else 0
        if after:
            end = e.end + after
            e = dataclasses.replace(e, text=text[e.start : end], label="FAC", end=end, name=None)
        out.append(e)
    return out


def _eponyms(found: list[RawEntity], text: str, lang: str, gazetteer: Gazetteer | None) -> list[RawEntity]:
    """The authors a theory or a model is named after, people whatever the recogniser or the judge said ("Fiedler's
    Contingency Model", "Blake and Mouton's Managerial Grid"): a name that is the possessor, or that ran on into the
    model's name, becomes the author alone; the author's other mentions labelled an organisation become the person;
    an author nothing found is added. Possessors that are all common words ("Google's Gemini Model") or a country or a
    region are left alone."""
    pattern = _EPONYMS.get(lang)
    if pattern is None or len(found) > labels.MAX_ENTITIES:
        return found
    authors: list[tuple[int, int]] = []
    for m in pattern.finditer(text):
        if m.group("head")[0].isupper() and not all(w[:1].isupper() for w in m.group("mods").split()):
            continue  # a capitalised head names a model in a capitalised name only
        spans = [m.span(g) for g in ("a", "b") if m.group(g)]
        words = [text[a:b] for a, b in spans]
        if all(is_common_word(w, lang) for w in words) or any(_country_or_region(w, lang, gazetteer) for w in words):
            continue
        authors += spans
    if not authors:
        return found
    keys = {text[a:b] for a, b in authors}
    out: list[RawEntity] = []
    taken: set[tuple[int, int]] = set()
    for e in found:
        inside = [(a, b) for a, b in authors if e.start < b and a < e.end]
        if inside and e.id is None:
            for a, b in inside:
                if (a, b) == inside[0] and _NAMES_BEFORE.fullmatch(text[e.start : a]):
                    a = e.start  # "Leonhard Euler's theorem": the whole name
                out.append(RawEntity(text[a:b], "PERSON", a, b))
            taken.update(inside)
            continue
        if e.id is None and e.label in ("ORG", "PRODUCT", "WORK_OF_ART") and _POSSESSIVE.sub("", e.text) in keys:
            e = dataclasses.replace(e, label="PERSON")  # "designed by Blake and Mouton": the authors
        out.append(e)
    out += [RawEntity(text[a:b], "PERSON", a, b) for a, b in authors if (a, b) not in taken]
    return sorted(out, key=lambda e: e.start)
