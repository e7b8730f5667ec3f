"""Tables and small tests on a name's context that several passes share (``correction``, ``recovery``,
``frames``, ``grouping``): personal titles, place cues by language, list gaps, company endings, whether a word is a
country or a small town. No pass of its own; it imports no other module of entity-enrich's passes.
"""

from __future__ import annotations

import functools
import re

from wirestream.services.enrich import languages
from wirestream.services.enrich.entities.geo import Gazetteer, national_spelling, press_spelling, unaccented
from wirestream.services.enrich.entities.models import RawEntity
from wirestream.services.enrich.entities.name_words import (
    AND,
    APPOSED_SETTLEMENT,
    CITY_POPULATION,
    INSTITUTIONS,
    family_name,
    given_name,
    is_common_word,
)

TITLES = {
    "president",
    "prime",
    "minister",
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "sir",
    "dame",
    "general",
    "gen",
    "colonel",
    "col",
    "sen",
    "senator",
    "rep",
    "representative",
    "governor",
    "gov",
    "mayor",
    "king",
    "queen",
    "prince",
    "princess",
    "pope",
    "chancellor",
    "secretary",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "ambassador",
    "admiral",
    "lt",
    "captain",
    "capt",
    "professor",
    "prof",
    "judge",
    "pm",  # "PM Modi": the prime minister's title, abbreviated
}

_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")

_PLACES = {"GPE", "LOC", "FAC"}

_WORD = re.compile(r"[\w'’.-]+")

# Words right before a name that make a small town in the gazetteer the place ("near the town of Ilsky").
_PLACE_CUES = {code: re.compile(cue, re.I) for code, cue in languages.table("PLACE_BEFORE").items()}
# A journey's words right before a name ("returned to Florence", "a man from Enniskillen"): evidence of a place as a
# place cue is, for a town's own name (``_moved_to``).
_MOTION_CUES = {code: re.compile(cue, re.I) for code, cue in languages.table("PLACE_MOTION_BEFORE").items()}
# A place's name closed by an administrative noun ("Kursk Oblast"): a place, whatever the model said (``_admin_named``;
# a settlement noun in an apposition after a name, "Shebekino, a town in ...", is name_words.APPOSED_SETTLEMENT).
_ADMIN_NAME = {code: re.compile(cue) for code, cue in languages.table("PLACE_ADMIN_NAME").items()}

# An administrative noun right after a name ("Riverside counties", "Orleans parish"): a place, whatever the model said.
_ADMIN_AFTER = {code: re.compile(cue) for code, cue in languages.table("PLACE_ADMIN_AFTER").items()}

# A lower-case feature word and "of" right before a name ("le banc d’Arguin", "la plage du Truquet"): one place.
_FEATURE_BEFORE = {code: re.compile(cue) for code, cue in languages.table("PLACE_FEATURE_BEFORE").items()}

# A settlement noun right after a name a place cue introduces ("in Pangram area"): a place, known or not.
_PLACE_NOUNS_AFTER = {code: re.compile(cue, re.I) for code, cue in languages.table("PLACE_NOUN_AFTER").items()}

# "And" before the last of a list of places, in the languages a model reads (which have no NAME_AND).
_LIST_AND: dict[str, tuple[str, ...]] = languages.table("PLACE_LIST_AND")

# A speech verb after a one-word name ("Parise said"), and words before one that make it a thing's ("on Twitter").
_PERSON_AFTER = {code: re.compile(cue) for code, cue in languages.table("NAME_PERSON_AFTER").items()}

_COMPANY_ENDINGS = {
    "inc", "corp", "ltd", "llc", "plc", "gmbh", "ag", "airlines", "airways", "productions", "studios", "records",
    "holdings", "capital", "partners", "entertainment", "media", "motors", "pharmaceuticals", "technologies",
    "systems", "robotics", "aerospace", "industries", "worldwide",
}  # fmt: skip

# Lower-case particles inside a person's name ("Ursula von der Leyen", "Joop den Uyl"): every language's
# ``name_particles`` (the quote lexicon's, services/enrich/languages/<code>.py), one list for both.
_NAME_PARTICLES = languages.union("QUOTES", "name_particles")

_COUNTRY_KINDS = frozenset({"country", "region"})


def _initial(text: str, start: int) -> bool:
    """Whether a word at ``start`` opens the text, a line or a sentence."""
    before = text[max(0, start - 3) : start].rstrip(" \u00a0")
    return not before or before[-1] in "\n.!?:"


def _words(text: str) -> list[str]:
    return [w.rstrip(".").casefold() for w in _WORD.findall(text)]


# A word before a name that says where someone or something comes from or stands, besides the place cues
# ("the man from Gilroy", "a telescope atop Mauna Kea"): evidence of a place for a name labelled a person only.
_ORIGIN = {"en": re.compile(r"(?<![\w'’-])(?:from|atop)\s+$")}


def _country(run: str, lang: str, gazetteer: Gazetteer) -> bool:
    """Whether a capitalised run is a country's name, or a place of the language's own table (``PLACE_NAMES``), that
    is no given name ("Croatia secured its spot": the model missed it, no cue before it; not "Jordan", "Chad",
    "Georgia", people's names too)."""
    place = gazetteer.place_form(run, lang)
    if place is None or given_name(run.split()[0], lang):
        return False
    return place[1].kind == "country" or place[1] in gazetteer.named_places  # "Wales beat Scotland", "Sicily is warm"


def _in_language_table(run: str, lang: str, gazetteer: Gazetteer | None) -> bool:
    """Whether a run is a region or feature of the language's own table (``PLACE_NAMES``): chosen as places, so a
    dictionary's lower-case homograph ("wales", the plural of "wale") does not make it a word of the language, and
    an institution's or a company's word in it ("the West Bank") makes it no body. False with no gazetteer."""
    if gazetteer is None:
        return False
    place = gazetteer.place_form(run, lang)
    return place is not None and place[1] in gazetteer.named_places


def _country_or_region(span: str, lang: str, gazetteer: Gazetteer | None) -> bool:
    """Whether the gazetteer trusts a name as a country or a region (a subdivision, a continent): no company's."""
    place = gazetteer.place_form(span, lang) if gazetteer is not None else None
    return place is not None and place[1].kind in _COUNTRY_KINDS


def _origin(text: str, start: int, lang: str) -> bool:
    """Whether the words right before ``start`` say where from ("from", "atop")."""
    cue = _ORIGIN.get(lang)
    return cue is not None and cue.search(text[max(0, start - 12) : start]) is not None


@functools.cache
def _body_words(lang: str) -> frozenset[str]:
    """Words that make a name a body's, not a place's: the language's institution words, English's, company endings."""
    return frozenset(INSTITUTIONS.get(lang, ())) | frozenset(INSTITUTIONS["en"]) | frozenset(_COMPANY_ENDINGS)


def _place_cued(text: str, start: int, lang: str, reach: int = 30) -> bool:
    """Whether the language's place cue (``PLACE_BEFORE``: "in", "near", "the town of") ends right before ``start``,
    within ``reach`` characters."""
    cue = _PLACE_CUES.get(lang)
    return cue is not None and cue.search(text[max(0, start - reach) : start]) is not None


def _moved_to(text: str, start: int, lang: str, reach: int = 30) -> bool:
    """Whether the language's journey words (``PLACE_MOTION_BEFORE``: "returned to", "a man from") end right before
    ``start``, within ``reach`` characters."""
    cue = _MOTION_CUES.get(lang)
    return cue is not None and cue.search(text[max(0, start - reach) : start]) is not None


def _small_town(span: str, lang: str, gazetteer: Gazetteer, person_words: set[str]) -> bool:
    """Whether a name is a town under 15,000 people by the town's own name (``Gazetteer.small_town``; "Hope",
    "Wells"), and no word of the language ("Police") nor a word of a person the article names: the caller has
    the evidence of a place (a place cue right before it)."""
    town = gazetteer.small_town(span, lang)
    if town is None and _town_head(span, gazetteer) and not set(_words(span)) & person_words:
        return not is_common_word(span, lang)  # "in Bexhill": Bexhill-on-Sea by the head of its name
    if town is None or not _own_spelling(town[0], town[1].name) or set(_words(span)) & person_words:
        return False
    return " " in span or not is_common_word(span, lang)


def _town_head(span: str, gazetteer: Gazetteer) -> bool:
    """Whether a one-word name is the head of a town's own hyphenated name, a name GeoNames lists for that town
    ("Bexhill" for Bexhill-on-Sea, "Stratford" for Stratford-upon-Avon): the short form people write."""
    head = span.casefold() + "-"
    return " " not in span and any(
        p.kind == "city" and p.name.casefold().startswith(head) for p in gazetteer.by_name.get(span.casefold(), ())
    )


def _own_spelling(written: str, name: str) -> bool:
    """Whether a name as written is a town's own name, accents aside or in another romanisation of it ("Marinka",
    "Mar'inka": Mar'yinka; "Novoazovsk": Novoazovs'k)."""
    return unaccented(written) == unaccented(name) or any(
        spelt(written) == spelt(name) for spelt in (national_spelling, press_spelling)
    )


def _admin_named(span: str, lang: str, gazetteer: Gazetteer) -> bool:
    """Whether a name is a place's closed by the language's administrative noun ("Kursk Oblast", "Gangwon
    Province"): the words before the noun a place the gazetteer knows."""
    pattern = _ADMIN_NAME.get(lang)
    m = pattern.fullmatch(span) if pattern is not None else None
    return m is not None and gazetteer.place_form(m.group("place"), lang) is not None


def _apposed_settlement(text: str, end: int, lang: str) -> bool:
    """Whether an apposition right after a name says what settlement it is ("Shebekino, a town in Russia's
    Belgorod region", "Sudzha, a border town near Kursk")."""
    pattern = APPOSED_SETTLEMENT.get(lang)
    return pattern is not None and pattern.match(text, end, end + 80) is not None


def _conjunctions(lang: str) -> tuple[str, ...]:
    """The words for "and" between the names of a list in ``lang`` (NAME_AND, PLACE_LIST_AND)."""
    return (*AND.get(lang, ()), *_LIST_AND.get(lang, ()))


_LIST_NAME = r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)?"  # one name of a list: one or two capitalised words


def _administered(text: str, end: int, lang: str) -> bool:
    """An administrative noun right after the name ("Orange and Riverside counties")."""
    after = _ADMIN_AFTER.get(lang)
    return after is not None and after.match(text[end : end + 20]) is not None


# Languages whose model misses places the gazetteer knows right after a place cue ("fled to safety in Kherson").
_SPOTTED_PLACES = frozenset({"en"})


def _list_gap(gap: str, conjunctions: tuple[str, ...]) -> bool:
    """Whether ``gap`` joins two names of a list: a comma, one of ``conjunctions``, or both."""
    return " ".join(gap.replace(",", " , ").split()) in (",", *conjunctions, *(f", {c}" for c in conjunctions))


# Before an unknown name and a settlement noun ("in the Saemangeum area", "Delhi’s Saket area"): a place cue and
# "the", or a place's possessive (checked against the model's places).
_AREA_BEFORE = re.compile(r"(?:\b(?:in|near|outside|across|around|from) the|['’]s)\s+$")


def _place_surname(surname: str, lang: str, gazetteer: Gazetteer) -> bool:
    """Whether a word after a given name is a place rather than a surname: a place the gazetteer knows, unless it is
    a family name and names only a town, under :data:`CITY_POPULATION` or by another of the town's names ("Peyton
    Manning": Manning is another name of Wanning; not "Jackson Mississippi" nor "Paris London")."""
    place = gazetteer.place_form(surname, lang)
    if place is None:
        return False
    town = place[1].kind == "city" and (
        place[1].population < CITY_POPULATION or unaccented(place[0]) != unaccented(place[1].name)
    )
    return not (family_name(surname) and town)


# Frames that make a name a company, whatever the recogniser said (one mention is enough: the name is the company's at
# every mention). A person's possessive holds shares too ("Musk's stake"), so people take only the frames no person fits.
# A maker's frame too ("models made by Lockheed Martin", "U.S. defence contractor Northrop Grumman", "manufactured by
# Raytheon", "automaker Ford"): a product is made by a firm, and a firm named after its founders reads as a person.
# After the name, an apposition calling it a firm ("Magna, a Canadian automobile parts company."; not "Smith, a company
# director", nor "Smith, a lawyer for the company": the words before the firm's noun qualify it, no preposition).
_COMPANY_ANY_BEFORE = {
    "en": re.compile(
        r"(?<![\w'’-])(?:CEO|chief executive|shares|stakes?) (?:of|in) $|\((?:NYSE|NASDAQ|Nasdaq|LSE|HKEX) ?: ?$"
        r"|(?<![\w'’-])(?:drones?|missiles?|jets?|aircraft|planes?|rockets?|engines?|weapons?|systems?|vehicles?|"
        r"cars?|chips?|models?|components?|parts?|munitions|satellites?|helicopters?|tanks?|rifles?|radars?) "
        r"(?:made|built|manufactured|produced|supplied) by $"
        r"|(?<![\w'’-])(?:manufactured|supplied) by $"
        r"|(?<![\w'’-])(?:defen[cs]e|arms|aerospace|weapons|military|drone|missile) (?:contractors?|companies|company|"
        r"firms?|giants?|makers?|manufacturers?|suppliers?|groups?|conglomerates?) (?:such as |like |including )?$"
        r"|(?<![\w'’-])(?:car|auto|chip|drug|plane|jet|arms|drone|missile)makers? $"
    )
}

_COMPANY_ANY_AFTER = {
    "en": re.compile(
        r" shares (?:rose|fell|closed|opened|jumped|dropped|slipped|slumped|gained|climbed|tumbled|surged|soared|"
        r"traded|were|have|are)\b|,? \((?:NYSE|NASDAQ|Nasdaq|LSE|HKEX) ?: ?[A-Z]{1,5}(?:\.[A-Z])?\)"
        r"|, (?:a|an) (?:(?!(?:for|of|at|with|to|in|from|by|on)\b)[\w'’-]+ ){0,3}"
        r"(?:company|firm|carmaker|automaker|manufacturer|airline|retailer|bank|insurer"
        r"|lender|conglomerate|supplier)(?=[,.;:)]| (?:that|which|based|headquartered)\b)"
    )
}

# Staff "at" a name ("analysts at Morgan Stanley", "workers at Ford", "at Goldman Sachs and Morgan Stanley"): people
# work at a firm or a body, not at a person (unless the person owns something: "engineers at Musk's company", left out
# by its possessive). A market analyst "for" or "with" one too ("an equity strategist for Miller Tabak"; not a
# political strategist, who works for a person).
_STAFF_AT = {
    "en": re.compile(
        r"(?<![\w'’-])(?i:analysts?|economists?|strategists?|traders?|bankers?|executives?|employees|workers|"
        r"engineers?|researchers?|scientists?) at (?:[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3},? (?:and|or) )?$"
        r"|(?<![\w'’-])(?i:analysts?|economists?|(?:equity|market|investment|currency|chief) strategists?) (?:for|with) $"
    )
}

_COMPANY_PLACE_BEFORE = {"en": re.compile(r"(?<![\w'’-])(?:owned|acquired|bought|controlled) by $")}

_COMPANY_PLACE_AFTER = {
    "en": re.compile(
        r"(?:['’]s)? (?:shares|stock|shareholders|spokes(?:man|woman|person)|revenues?|earnings|profits?|IPO|"
        r"(?:secondary |stock market )?listing|subsidiary|executives?)\b"
    )
}

# A word for a work right before its title ("his novel The Dragon Waiting", "a book called Scholars"): the title is
# the work's, no place nor person. Words that often stand before a person ("show", "story") are not here.
_WORK_BEFORE = {
    "en": re.compile(
        r"(?<![\w'’-])(?:book|novel|novella|film|movie|album|song|poem|painting|artwork|sculpture|documentary|"
        r"opera|musical|memoir|anthology|sitcom|video game|TV series)(?:,| (?:was |is )?(?:called|titled|entitled|named))? $"
    )
}

_FRAME_LOOK = 40  # characters read on either side of a mention


def _company_framed(e: RawEntity, text: str, lang: str, person: bool) -> bool:
    """Whether one mention stands in a company's frame: one no person fits (``person``) or any."""
    if lang not in _COMPANY_ANY_BEFORE:
        return False  # a language without company frames (they are English's): none frames it
    before, after = text[max(0, e.start - _FRAME_LOOK) : e.start], text[e.end : e.end + _FRAME_LOOK]
    possessive = bool(_POSSESSIVE.search(e.text))
    if person:
        staff = _STAFF_AT[lang].search(before) and not possessive and not after.startswith(("'s", "’s"))
        return bool(_COMPANY_ANY_BEFORE[lang].search(before) or _COMPANY_ANY_AFTER[lang].match(after) or staff)
    tail = ("’s" if possessive else "") + after
    return bool(_COMPANY_PLACE_BEFORE[lang].search(before) or _COMPANY_PLACE_AFTER[lang].match(tail))


def _work_framed(e: RawEntity, text: str, lang: str) -> bool:
    return bool(_WORK_BEFORE[lang].search(text[max(0, e.start - _FRAME_LOOK) : e.start]))


# A sports round-up's scorers' line: a name opening a line or a sentence, then a number and a statistic's noun
# ("Palm Bay (1-0): Harwell 21 points. Dobson 12 points, 4 steals."): a player, a person, by surname alone too.
# English only; the team lines have numbers and no such noun ("Palm Bay 18 22 13 17"), so they are left alone.
_SCORED = {
    "en": re.compile(
        r"[ \u00a0]\d{1,3}[ \u00a0](?:points?|goals?|assists?|saves?|rebounds?|steals?|blocks?|touchdowns?|tackles?"
        r"|strikeouts?|RBIs?)\b"
    )
}
_SCORER_OPENS = re.compile(r"(?:\A|\n|[.:;][ \u00a0])[ \t]*$")


def _scorer_named(text: str, start: int, end: int, lang: str) -> bool:
    """Whether a name stands as a scorer in a round-up's line (:data:`_SCORED`): a line's or a sentence's first words,
    a number and a statistic's noun right after it ("): Dobson 12 points")."""
    scored = _SCORED.get(lang)
    return (
        scored is not None
        and scored.match(text, end, end + 24) is not None
        and _SCORER_OPENS.search(text, max(0, start - 3), start) is not None
    )
