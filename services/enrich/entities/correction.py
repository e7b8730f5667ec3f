"""A recogniser's labels corrected by rules (:func:`correct`), before the learned judge of ``labels``.

A known country or city is a place, not a person; a name with an institution word (Bank, Ministry, Reserve,
Airlines) or after a descriptor ("budget airline", "retailer") is an organisation; a role word at the head of a
name ("Spokeswoman Sandy Angers") makes it a person; a span that holds a place and a person, a role and a person,
or a list of places is split. The helpers below each answer one question about a span and its context.
"""

from __future__ import annotations

import bisect
import functools
import re

from wirestream.services.enrich import languages
from wirestream.services.enrich.entities import labels
from wirestream.services.enrich.entities.context import (
    _AREA_BEFORE,
    _COMPANY_ENDINGS,
    _COUNTRY_KINDS,
    _FEATURE_BEFORE,
    _LIST_NAME,
    _NAME_PARTICLES,
    _PERSON_AFTER,
    _PLACE_CUES,
    _PLACE_NOUNS_AFTER,
    _PLACES,
    _POSSESSIVE,
    _SPOTTED_PLACES,
    TITLES,
    _admin_named,
    _administered,
    _apposed_settlement,
    _body_words,
    _company_framed,
    _conjunctions,
    _country_or_region,
    _in_language_table,
    _initial,
    _list_gap,
    _moved_to,
    _origin,
    _own_spelling,
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
    own_name_spelt,
    press_spelling,
    town_alias,
    unaccented,
)
from wirestream.services.enrich.entities.models import RawEntity
from wirestream.services.enrich.entities.name_data import stop_words
from wirestream.services.enrich.entities.name_words import (
    CITY_POPULATION,
    INSTITUTIONS,
    PARTICLES,
    PLACE_HEADS,
    ROLES,
    STORMS,
    acronym_after_article,
    after_indefinite,
    common_place_word,
    compass_place,
    family_name,
    given_name,
    institution_word,
    is_common_word,
    more_than_a_town,
    ocean,
    outlet_name,
    quoted_words_before,
    storm_name,
    word_before,
)
from wirestream.services.enrich.entities.quotes.language import lemma
from wirestream.services.enrich.languages import cldr
from wirestream.services.enrich.lexicon import CJK

# Role words that can only head a person's name (not "General" Motors, "Chief" Executive).
_PERSON_HEADS = {
    "spokesman", "spokeswoman", "spokesperson", "mr", "mrs", "ms", "dr", "president", "minister", "secretary",
    "senator", "mayor", "governor", "chancellor", "ambassador", "sen", "rep", "gov", "prof", "professor",
    "porte-parole", "ministre", "président", "présidente", "maire", "m", "mme",
}  # fmt: skip

# A word right before a name that makes the name an organisation ("budget airline Ryanair").
_ORG_DESCRIPTORS = re.compile(
    r"(?:airline|carrier|company|firm|group|bank|agency|retailer|\w*maker|manufacturer|airframer|broadcaster|"
    r"newspaper|website|outlet|network|channel|band|brand|chain|conglomerate|giant|insurer|lender|operator|"
    r"startup|subsidiary|supplier|compagnie|société|entreprise|groupe|banque|agence|journal|chaîne)$",
    re.I,
)

_AIRLINE = re.compile(r"^\w{4,}air$|^(?:\w+ )?(?:Air|Airlines|Airways|Aero\w*)(?: \w+)?$", re.I)

_ELIDED = re.compile(r"^(?:[dlDL]|qu|Qu)['’]")

_ELIDED_WORD = re.compile(r"^\w{1,5}['’]")  # "d’état", "l’état", "sull’acqua": the word after the apostrophe

_ELIDING_LANGUAGES = languages.having("ELIDED_ARTICLES") | {"ca"}  # Catalan (no module) too

# A settlement noun right before a name ("area of Sarkh", "localité de Zébéla"): a place, known or not.
_PLACE_NOUNS = {code: re.compile(cue, re.I) for code, cue in languages.table("PLACE_NOUN_BEFORE").items()}

# A lower-case feature noun right after a name ("the Taman peninsula"): the name and the noun, one natural feature.
_FEATURE_AFTER = {code: re.compile(cue) for code, cue in languages.table("PLACE_FEATURE_AFTER").items()}

# A word after a place that names a part of it ("Yobe North", "Wichita East"): still a place.
_QUALIFIERS_AFTER = {code: frozenset(words) for code, words in languages.table("PLACE_QUALIFIERS_AFTER").items()}

# A one-word "place" a model found that is a people's adjective ("Ukrainian"), when the gazetteer does not know it.
_DEMONYM = re.compile(r"^[A-Z][a-z]+(?:ian|ean|ese)$")

_THING_BEFORE: dict[str, frozenset[str]] = languages.table("NAME_THING_BEFORE")

# Pronouns no person's name holds ("Contacting Us"), and the month words a day's number follows ("Mar 20").
_PRONOUNS: dict[str, frozenset[str]] = languages.table("NAME_PRONOUNS")

_MONTHS = {code: frozenset(calendar.months) for code, calendar in languages.table("CALENDAR").items()}

_DAY_AFTER = re.compile(r"\.?\s+\d{1,2}(?!\d)")
# The day's number before a month word, as an agency's dateline writes it ("MOSCA, 03 MAG -"): at most 4 characters back.
_DAY_BEFORE = re.compile(r"(?<!\d)\d{1,2}\s+$")

# A lower-case letter then two capitals in one word ("CalOPPA", "MkII", "iOS", "LaMDA"): an acronym's blend, a
# product's or a law's name, never a person's nor a place's ("McDonald", "DeKalb" have one capital after the small).
_CAMEL_ACRONYM = re.compile(r"[a-z][A-Z]{2,}")

# What joins an award's name as an adjective ("Oscar-winning"): the language's ``NAME_AWARD_AFTER``.
_AWARD_AFTER = {code: re.compile(cue) for code, cue in languages.table("NAME_AWARD_AFTER").items()}

# A product's model word closing a "person" ("XS Max", "Chromecast Ultra"): the language's ``NAME_MODEL_WORDS``.
_MODEL_WORDS: dict[str, frozenset[str]] = {
    code: frozenset(words) for code, words in languages.table("NAME_MODEL_WORDS").items()
}
# What comes right before a product's model named like a person ("the new Mac Pro"): ``NAME_MODEL_BEFORE``.
_MODEL_BEFORE: dict[str, frozenset[str]] = {
    code: frozenset(words) for code, words in languages.table("NAME_MODEL_BEFORE").items()
}
# An apposition calling a name a company ("Magna, a Canadian parts company."): ``NAME_COMPANY_APPOSED``.
_COMPANY_APPOSED = {code: re.compile(cue) for code, cue in languages.table("NAME_COMPANY_APPOSED").items()}
# A firm's possessive before its ticker or its results ("Kohl’s (KSS)"): ``NAME_FIRM_POSSESSIVE_AFTER``.
_FIRM_POSSESSIVE = {code: re.compile(cue) for code, cue in languages.table("NAME_FIRM_POSSESSIVE_AFTER").items()}
# A firm's employee's word between it and a person ("Wells Fargo analyst Zachary Fadem"): ``NAME_EMPLOYER_AFTER``.
_EMPLOYER_AFTER = {code: re.compile(cue) for code, cue in languages.table("NAME_EMPLOYER_AFTER").items()}
# A holding in a firm right before a name ("shares of Merrill Lynch"): ``NAME_FIRM_BEFORE``; and what joins a second
# name to it ("shares of Fannie Mae and Freddie Mac").
_FIRM_BEFORE = {code: re.compile(cue) for code, cue in languages.table("NAME_FIRM_BEFORE").items()}
_FIRM_JOINED = re.compile(r",?[ \u00a0]+(?:and|or)[ \u00a0]+")
# A stock index's number and noun after a one-word name ("the Russell 2000 Index"): ``NAME_INDEX_AFTER``.
_INDEX_AFTER = {code: re.compile(cue) for code, cue in languages.table("NAME_INDEX_AFTER").items()}
_STORM_NAMED: dict[str, re.Pattern[str]] = {
    code: re.compile(rf"(?<![\w'’-])(?i:{'|'.join(map(re.escape, sorted(words)))})[ \u00a0]+([A-Z][^\W\d_]+)\b")
    for code, words in STORMS.items()
    if words
}


def _model_named(span: str, lang: str, roles: set[str], previous: str | None = None) -> bool:
    """Whether a "person" of two or three words ends in the language's product model word and opens with no given
    name nor title ("XS Max", "Chromecast Ultra"; not "Jessica Max", "Uncle Max"), or with a given name after a word
    only a thing follows (``NAME_MODEL_BEFORE``: "the new Mac Pro")."""
    words = span.split()
    model = _MODEL_WORDS.get(lang)
    if model is None or not 2 <= len(words) <= 3 or words[-1].casefold() not in model:
        return False
    first = words[0]
    if first.rstrip(".").casefold() in roles or first.endswith("."):
        return False
    return not given_name(first, lang) or (previous or "").casefold() in _MODEL_BEFORE.get(lang, frozenset())


def _firm_names(found: list[RawEntity], text: str, lang: str) -> set[str]:
    """The names (a model's people or bodies) the article's words make companies at one mention, each without its
    possessive: an apposition calling it one ("Magna, a Canadian parts company."), its possessive before its ticker
    or results ("Kohl’s (KSS)", "Lowe's was also lower"), a firm's employee's word between it and a person ("Wells
    Fargo analyst Zachary Fadem"), a holding in it right before it ("shares of Merrill Lynch"), and a name "and" joins
    right after one so held ("shares of Fannie Mae and Freddie Mac"). One bounded match at each name's ends."""
    apposed, possessive, employer = _COMPANY_APPOSED.get(lang), _FIRM_POSSESSIVE.get(lang), _EMPLOYER_AFTER.get(lang)
    held = _FIRM_BEFORE.get(lang)
    out: set[str] = set()
    held_end = -1  # where the last name a holding came before ends ("shares of Fannie Mae| and Freddie Mac")
    for e in sorted(found, key=lambda e: e.start):
        if e.label not in ("PERSON", "ORG") or e.id is not None:
            continue
        bare = _POSSESSIVE.sub("", e.text)
        at = e.start + len(bare)  # the possessive's place, whether the model's span holds it or not
        if held is not None and (
            held.search(text, max(0, e.start - 30), e.start) is not None
            or (held_end >= 0 and _FIRM_JOINED.fullmatch(text, held_end, e.start) is not None)
        ):
            out.add(bare)
            held_end = e.end
            continue
        if (
            (apposed is not None and apposed.match(text, e.end) is not None)
            or (
                possessive is not None
                and possessive.match(text, at) is not None
                and not (" " in bare and given_name(bare.split()[0], lang))  # "Dana Hadley’s (HDL) shop": hers
            )
            or (employer is not None and employer.match(text, e.end) is not None)
        ):
            out.add(bare)
    return out


def _storm_names(text: str, lang: str) -> set[str]:
    """The names the article writes right after a storm word ("Hurricane Michael", "Typhoon Gerald"): a storm's at
    every mention of the name alone ("2018's Michael")."""
    named = _STORM_NAMED.get(lang)
    return {m.group(1) for m in named.finditer(text)} if named is not None else set()


# A word of letters and digits together ("Q3", "COVID-19", "G7", "F-35"): a code, never a person's name.
_LETTERS_AND_DIGITS = re.compile(r"[^\W\d_][-‐]?\d|\d[-‐]?[^\W\d_]")

_NUMBER_AFTER = re.compile(r" (\d{1,2})(?![\d.,:/–-]?\d)")

_LOWER_WORD = re.compile(r"(?<![\w'’.-])[^\W\d_A-ZА-ЯЁІЇЄҐ][\w'’-]*")  # words written in lower case

_NAME_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _person_span(text: str, start: int, end: int) -> tuple[int, int]:
    """A person's span without what the model ran on into: "Adrianna Knight 12", "Christopher Battin: Dealing",
    "hunt Jedi"."""
    words = list(re.finditer(r"\S+", text[start:end]))
    keep: list[re.Match[str]] = []
    for m in words:
        w = m.group(0)
        if not keep and w[:1] in "-–—" and w.lstrip("-–—")[:1].isupper():
            start += len(w) - len(w.lstrip("-–—"))  # "-Hippolyte Taine, critic": an attribution's dash
            return _person_span(text, start, end)
        core = w.rstrip(".,;:'’s")
        prefix, hyphen, rest = core.partition("-")
        if keep and hyphen and prefix in _NAME_PARTICLES and rest[:1].isupper():
            core = prefix  # "Bashar al-Assad", "Mohammed bin-Salman": a particle joined to the surname
        if keep and (w[:1].isdigit() or "\n" in text[start + keep[-1].end() : start + m.start()]):
            break  # "Adrianna Knight 12"; a name ends at its line ("Robert House’s Model\n\nThus")
        if not (w[:1].isupper() or (keep and core in _NAME_PARTICLES)):
            if keep:
                break
            continue  # a lower-case word before the name
        keep.append(m)
        if w.endswith((":", "'s", "’s")):
            break  # "Christopher Battin: Dealing", "Robert House’s Path-Goal Model": the name ends there
    if not keep:
        return start, start
    first, last = keep[0], keep[-1]
    stop = start + last.end() - (1 if last.group(0).endswith(":") else 0)
    return start + first.start(), stop


_SYLLABLE_AFTER = re.compile(r"-([a-z]{1,4})(?![\w'’-])")  # "-in" of "Jae-in", "-hye" of "Geun-hye"

_SYLLABLE_BEFORE = re.compile(r"(?<![\w'’.-])[A-Z][a-z]{1,3}$")  # "Jae", "Geun": a short capitalised syllable

# Lower-case words English joins to a name with a hyphen ("Kim-led", "Lee-era"): never a given name's syllable.
_HYPHEN_COMPOUNDS = frozenset({"led", "era", "run", "born", "like", "ish", "type", "made", "free", "held", "side"})


def _hyphenated_given_name(text: str, start: int, end: int) -> int:
    """The end of a person's span with the lower-case syllable after a hyphen the model cut off ("Moon Jae" of
    "Moon Jae-in", "Park Geun" of "Park Geun-hye"): a name of two words or more whose last is a short capitalised
    syllable, followed by a hyphen and one to four lower-case letters ending the word."""
    span = text[start:end]
    if " " not in span.strip() or not _SYLLABLE_BEFORE.search(span):
        return end
    m = _SYLLABLE_AFTER.match(text, end, min(len(text), end + 6))
    if m is None or m.group(1) in _HYPHEN_COMPOUNDS:
        return end
    return m.end()


# A capitalised word and a hyphen right before a person's span ("Kerrie-" of "Kerrie-Ann Thorne"), after a space,
# a line's start or an opening mark.
_GIVEN_BEFORE_HYPHEN = re.compile(r"(?:^|(?<=[\s(“\"'‘]))([A-Z][a-z]{1,20})-$")


def _hyphenated_first_given(text: str, start: int, end: int, lang: str) -> int:
    """The start of a person's span with the first half of a hyphenated given name the model cut off ("Ann Thorne"
    of "Minister of Education Kerrie-Ann Thorne"): the span's first word and the word before its hyphen are both
    given names ("Kerrie-Ann", "Mary-Jane"), so they are one; not "the Trump-Kim Jong Un summit" (no given name)."""
    words = text[start:end].split()
    if len(words) < 2 or start < 2 or text[start - 1] != "-":
        return start
    m = _GIVEN_BEFORE_HYPHEN.search(text, max(0, start - 22), start)
    if m is None or not given_name(f"{m.group(1)}-{words[0]}", lang):
        return start
    return m.start(1)


_SURNAME_AFTER = re.compile(r"[ \u00a0]([A-Z][\w'’-]{0,40})")


def _particle_surname(text: str, start: int, end: int) -> int:
    """The end of a person's span the model cut after a name particle ("Ursula von der" of "Ursula von der Leyen"):
    the capitalised word right after the particles, on the same line; with none, the span without its trailing
    particles (no name ends in one). A span of one word, or not ending in a particle, keeps its end."""
    words = text[start:end].split()
    if len(words) < 2 or words[-1] not in _NAME_PARTICLES:
        return end
    m = _SURNAME_AFTER.match(text, end, min(len(text), end + 42))
    if m is not None:
        return m.end() - len(m.group(1)) + len(_POSSESSIVE.sub("", m.group(1)).rstrip("'’-"))
    n = len(words)
    while n > 1 and words[n - 1] in _NAME_PARTICLES:
        n -= 1
    return start + len(" ".join(words[:n])) if text[start:end].startswith(" ".join(words[:n])) else end


_HYPHENED_PAIR = re.compile(r"([A-Z][\w.]{1,30})[-–]([A-Z][\w.]{1,30})")

# What a hyphened pair of countries reads as one state's name by (English): a possessive or a verb's past after it
# ("Austria-Hungary's army", "Austria-Hungary declared war"), or a preposition of place before it and no lower-case
# word after it ("the collapse of Austria-Hungary."); a pair that modifies the word after it is two.
_PAIR_POSSESSIVE = re.compile(r"['’]s\b")

_PAIR_NEXT = re.compile(r"[ \u00a0]+([a-z][a-z-]{0,30})")

_PAIR_OF_STATE = {"en": frozenset({"in", "of", "from", "to", "into", "across", "throughout"})}


def _one_state(before: str, after: str, lang: str) -> bool:
    """Whether a hyphened pair of countries is one state's name where it stands ("Austria-Hungary"), not a
    relation between two ("U.S.-Canada trade", "India-Pakistan talks"): see :data:`_PAIR_OF_STATE`."""
    prepositions = _PAIR_OF_STATE.get(lang)
    if prepositions is None:
        return False
    if _PAIR_POSSESSIVE.match(after):
        return True
    nxt = _PAIR_NEXT.match(after)
    if nxt is not None:
        return nxt.group(1).endswith("ed")
    words = before.split()
    return bool(words) and words[-1] in prepositions


def _country_pair(
    span: str, label: str, lang: str, gazetteer: Gazetteer | None, before: str = "", after: str = ""
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The two parts' spans of a name a model found that is two countries or regions joined by a hyphen
    ("U.S.-Canada", "India–Pakistan"), each known to the gazetteer, and that modifies what follows (``before``
    and ``after``: the text around it, see :func:`_one_state`); None for anything else ("Mercedes-Benz",
    "Austria-Hungary's army")."""
    m = _HYPHENED_PAIR.fullmatch(span) if label in ("ORG", "NORP", "GPE", "LOC") else None
    if m is None or gazetteer is None or _one_state(before, after, lang):
        return None
    for part in (1, 2):
        place = gazetteer.place_form(m.group(part).rstrip("."), lang) or gazetteer.place_form(m.group(part), lang)
        if place is None or place[1].kind not in _COUNTRY_KINDS:
            return None
    return m.span(1), m.span(2)


_CITY_LETTERS = re.compile(r"([A-Z][\w'’]+)[-–][A-Z]{2,4}")


def _city_region(span: str, lang: str, gazetteer: Gazetteer | None) -> bool:
    """Whether a name is a city users know joined by a hyphen to two to four capitals, its region's or its metro
    area's letters ("Delhi-NCR"): the region around the city, a place."""
    m = _CITY_LETTERS.fullmatch(span)
    place = gazetteer.place_form(m.group(1), lang) if m is not None and gazetteer is not None else None
    return place is not None and more_than_a_town(place[1])


def _past_body_acronym(text: str, start: int, end: int, lang: str, roles: set[str], gazetteer: Gazetteer | None) -> int:
    """Where a person starts in a span of three words or more that a model ran on from a body's acronym written in
    title case after its article ("du Fmi Kristalina Georgieva", "dell'Oms Tedros Adhanom Ghebreyesus"): after the
    acronym. No role nor place the gazetteer knows is taken for one."""
    words = list(re.finditer(r"\S+", text[start:end]))
    head = words[0].group() if len(words) >= 3 else ""
    elided = re.search(r"[^\W\d_]+['’]$", text[max(0, start - 8) : start])  # "l'Aiea": the article glued to it
    previous = elided.group() if elided else _previous_word(text, start)
    if not head or not acronym_after_article(head, previous, lang) or head.casefold() in roles:
        return start
    if gazetteer is not None and gazetteer.place_form(head, lang) is not None:
        return start
    return start + words[1].start()


def _past_opening_word(text: str, start: int, end: int, lang: str) -> int:
    """Where a person starts when a model took the word opening the sentence with the name ("While Buckley was
    away", "Although Smith denied it"): a stop word of the language, of three letters or more, that is neither a given
    name ("Will Smith", "May Mobley") nor a name particle ("Da Silva", "Van Dijk"), before a capitalised word."""
    m = _OPENING_WORD.match(text, start, end)
    if m is None or not text[m.end()].isupper() or not _initial(text, start):
        return start
    word = m.group(1)
    folded = word.casefold()
    if len(word) < 3 or folded not in stop_words(lang) or given_name(word, lang) or folded in _ALL_PARTICLES:
        return start
    return m.end()


_OPENING_WORD = re.compile(r"([^\W\d_]+) (?=[^\W\d_])")  # a word, one space, a letter

_ALL_PARTICLES = _NAME_PARTICLES.union(*PARTICLES.values())


def _common_word(span: str, text: str, lang: str, gazetteer: Gazetteer | None, plain: set[str], start: int = 0) -> bool:
    """Whether a one-word place a model found is a word the article also writes in lower case (accents and
    an elided article aside: "Etat" and "l’état"), or outside English a word the language's dictionary gives in
    lower case that opens a sentence or is inflected ("Thème" heading a paragraph, "les Suisses"; not "du
    Plateau"), and the gazetteer does not know it as a place."""
    if " " in span or CJK.search(span) or not span[:1].isupper():
        return False
    known = gazetteer.place_form(span, lang) if gazetteer is not None else None
    if known is not None and not town_alias(*known):
        return False
    if known is not None:
        # only another name of a town ("Liga" of Riga, "Pleno" of Plano, "Casa" of Chas): no evidence against
        # a word of the language
        return lang != "en" and common_place_word(span, lang)
    if (
        lang != "en"
        and common_place_word(span, lang)
        and (_initial(text, start) or lemma(span, lang) != span.casefold())
    ):
        return True  # "Thème" opening a heading, "les Suisses" (of "suisse"): a word of the language, no place
    if not plain:
        plain.update(unaccented(_ELIDED_WORD.sub("", w)) for w in _LOWER_WORD.findall(text))
        plain.add("")  # computed (an article with no lower-case word asks once)
    return unaccented(span) in plain


# The produce named after a place right after its name ("a Fresno chile"): the language's ``PLACE_VARIETY_AFTER``.
_VARIETY_AFTER = {code: re.compile(cue) for code, cue in languages.table("PLACE_VARIETY_AFTER").items()}

# A US state's abbreviation as English papers write it after a town ("Tupelo, Miss.", "Hayward, Calif."): standing
# alone, after no name and its comma nor a party's letter ("D-Calif."), it is a word's end ("The Golf Biz Miss."), no
# place. English only; initials of several letters ("N.Y.", "D.C.") are not this shape.
_STATE_SHORT = {"en": re.compile(r"[A-Z][a-z]{1,4}\.")}
_STATE_SHORT_PLACED = re.compile(r"(?:[\w.)][ \u00a0]*,[ \u00a0]*|[-‐–])$")

# A lower-case occupation of one person right before a name (``NAME_OCCUPATION_BEFORE``: "quarterback Christian
# Ponder"): a people's adjective a model read there that a capitalised word follows opens that person's name.
_OCCUPATION_BEFORE = {code: re.compile(cue) for code, cue in languages.table("NAME_OCCUPATION_BEFORE").items()}
_SURNAME_NEXT = re.compile(r"[ \u00a0]([A-Z][a-z]+(?:[-‐][A-Z][a-z]+)?)(?![\w'’-])")


def _produce(text: str, end: int, lang: str) -> bool:
    """Whether a place's name is the produce named after it, by the noun right after it ("Fresno chile")."""
    after = _VARIETY_AFTER.get(lang)
    return after is not None and after.match(text, end, end + 16) is not None


def _lone_state_short(span: str, text: str, start: int, lang: str) -> bool:
    """Whether a "place" is a state's abbreviation that no town and comma, nor a party's letter, comes right before."""
    shape = _STATE_SHORT.get(lang)
    if shape is None or not shape.fullmatch(span):
        return False
    return _STATE_SHORT_PLACED.search(text, max(0, start - 4), start) is None


def _occupied_adjective(text: str, start: int, end: int, lang: str, lower: set[str], institutions: set[str]) -> int:
    """The end of the surname right after a people's adjective that an occupation comes right before ("quarterback
    Christian Ponder": the end of "Ponder"), else 0. The surname is no body's noun, no plural of the language
    ("Christian Democrats", "Christian groups") and no word the article writes in lower case."""
    before = _OCCUPATION_BEFORE.get(lang)
    if before is None or before.search(text, max(0, start - 30), start) is None:
        return 0
    m = _SURNAME_NEXT.match(text, end, end + 40)
    if m is None:
        return 0
    word = m.group(1)
    folded = word.casefold()
    if folded in institutions or word.lower() in lower or (folded.endswith("s") and is_common_word(word, lang)):
        return 0
    return m.end()


def _lone_initial(span: str) -> bool:
    """Whether a name a model found is one capital letter standing alone: an initial ("N.", "K.") or an elided
    article ("L’"), no place's name (initials of several letters are: "N.Y.", "U.K."; and a script without capitals:
    沪 is Shanghai)."""
    words = _NAME_WORD.findall(span)
    return len(words) == 1 and len(words[0].rstrip("'’")) == 1 and words[0][:1].isupper()


# A possessive name after a preposition with no noun after it ("acquired by St. Martin’s,", "dinner at Macy’s.":
# ``NAME_OWNER_BEFORE`` of services/enrich/languages/<code>.py): the name of a firm or a shop.
_OWNER_BEFORE = {code: re.compile(cue) for code, cue in languages.table("NAME_OWNER_BEFORE").items()}
_NOTHING_OWNED = re.compile(r"(?:,[ \u00a0]+[a-z]|[;:!?)]|\.(?!\w)|$)")


def _owning_nothing(span: str, text: str, start: int, end: int, lang: str) -> bool:
    """Whether a "place" ends in a possessive that owns no noun, right after a preposition (``_OWNER_BEFORE``)."""
    before = _OWNER_BEFORE.get(lang)
    if before is None or not span.endswith(("’s", "'s")):
        return False
    return before.search(text, max(0, start - 6), start) is not None and _NOTHING_OWNED.match(text, end) is not None


_AGENCY_LETTERS = re.compile(r"([A-Z][\w'’]+)[-–]([A-Z]{2,5})")


# What is written around a news outlet's name a model took for a place (``PLACE_OUTLET_BEFORE``, ``PLACE_OUTLET_AFTER``
# of services/enrich/languages/<code>.py: "la rédaction de Mediapart", "Brut, le média"): the outlet, at every mention.
_OUTLET_BEFORE = {code: re.compile(cue) for code, cue in languages.table("PLACE_OUTLET_BEFORE").items()}
_OUTLET_AFTER = {code: re.compile(cue) for code, cue in languages.table("PLACE_OUTLET_AFTER").items()}
_OUTLET_REACH = 20  # how far before a name its cue may start


def _outlets(found: list[RawEntity], text: str, lang: str, gazetteer: Gazetteer | None) -> frozenset[str]:
    """The "places" a model found that the gazetteer does not know and the words around one mention call a news
    outlet ("la rédaction de Mediapart", "Chez Brut, le média social"): an organisation's names."""
    before, after = _OUTLET_BEFORE.get(lang), _OUTLET_AFTER.get(lang)
    if gazetteer is None or (before is None and after is None):
        return frozenset()
    return frozenset(
        e.text
        for e in found
        if e.label in _PLACE_LABELS
        and e.id is None
        and (
            (before is not None and before.search(text, max(0, e.start - _OUTLET_REACH), e.start) is not None)
            or (after is not None and after.match(text, e.end) is not None)
        )
        and gazetteer.place_form(e.text, lang) is None
    )


def _agency_credit(span: str, lang: str, gazetteer: Gazetteer | None) -> bool:
    """Whether a "place" a model found is a capitalised word joined by a hyphen to two to five capitals, where the
    gazetteer knows not the whole and the word as no more than a town ("Keystone-ATS", a news and photo agency's
    credit; Keystone a town in Florida): the letters are a partner's, not a region's ("Delhi-NCR" is a city and its
    region, :func:`_city_region`)."""
    m = _AGENCY_LETTERS.fullmatch(span)
    if m is None or gazetteer is None or gazetteer.place_form(span, lang) is not None:
        return False
    word = gazetteer.place_form(m.group(1), lang)
    return word is None or not more_than_a_town(word[1])


def _unplaced(span: str, lang: str, gazetteer: Gazetteer | None) -> bool:
    """Whether a one-word name is no place the gazetteer knows, in any letter case."""
    return gazetteer is not None and " " not in span and gazetteer.place_form(span, lang) is None


def _no_name(span: str, text: str, start: int, lang: str, roles: set[str]) -> bool:
    """Whether a person a model found outside English is no name: initials alone ("Y.", "P. E."), or one
    word that is a common word of the language ("Représentante" opening a sentence) with no title before it."""
    words = _NAME_WORD.findall(span)
    if all(len(w) <= 1 for w in words):
        return True
    titled = word_before(text, start).rstrip(".").casefold() in roles | _PERSON_HEADS
    return len(words) == 1 and not titled and is_common_word(words[0], lang)


def _headed_name(span: str, label: str, lang: str, institutions: set[str]) -> tuple[str, str] | None:
    """The label and the name of a span a model ran on into from a word before the name, that word dropped: a role
    at the head of a person's name ("Spokeswoman Sandy Angers" is Sandy Angers, a person), or a word for an outlet
    opening a place read in lower case ("la chaîne Telegram": the outlet's or platform's name, an organisation).
    None when the name after the word opens with no capital, or a role's holds an institution's word."""
    parts = span.split(maxsplit=1)
    if len(parts) < 2 or not parts[1][:1].isupper():
        return None
    head, rest = parts
    role = head.rstrip(".").casefold() in _PERSON_HEADS and not set(_words(rest)) & institutions
    if label in ("ORG", "PERSON", "GPE", "NORP") and role:
        return "PERSON", rest
    if label in ("GPE", "LOC", "FAC") and span[:1].islower() and outlet_name(head, lang):
        return "ORG", rest
    return None


def _quoted_outlet(text: str, start: int, end: int, lang: str) -> bool:
    """Whether a span is a name in quotation marks ("« Baza »", "„Baza“") right after a word for a news outlet, or
    after one and a platform's name ("la chaîne Telegram « Baza »"): the outlet's name."""
    return any(outlet_name(w, lang) for w in quoted_words_before(text, start, end, 2))


def _previous_word(text: str, start: int) -> str | None:
    """The word right before ``start`` when one space parts them (at most 16 characters back), else None."""
    before = text[max(0, start - 16) : start]
    words = before.split()
    return words[-1] if before[-1:] == " " and words else None


_NOT_PEOPLE = ("GPE", "LOC", "NORP", "ORG")
# What a model calls a scorer in a round-up's line ("Devoe 2 points" ORG, "Balmer 4 points" PRODUCT).
_SCORER_MISREAD = (*_NOT_PEOPLE, "PRODUCT", "FAC", "WORK_OF_ART")


def _place_then_person(span: str, label: str, lang: str, gazetteer: Gazetteer | None) -> int | None:
    """Where a person starts in a span that a model ran on from a place into a name: a place the gazetteer
    knows (a country, when the model said organisation), then a given name and one or two capitalised words
    ("Ukraine Kurt Volker")."""
    words = list(re.finditer(r"\S+", span))
    if gazetteer is None or not 3 <= len(words) <= 5:
        return None
    for k in range(1, len(words) - 1):
        rest = [m.group(0) for m in words[k + 1 :]]
        if not given_name(words[k].group(0), lang) or len(rest) > 2 or not all(w[:1].isupper() for w in rest):
            continue
        if any(institution_word(w) for w in rest) or rest[-1].rstrip(".").casefold() in _COMPANY_ENDINGS:
            return None  # "Paris Hilton Hotels": an organisation
        # the place ends before the given name ("San Francisco Bay Area" is no "San" and a person)
        if gazetteer.place_form(span[: words[k].end()], lang) is not None:
            return None
        place = gazetteer.place_form(span[: words[k].start()].rstrip(), lang)
        if place is not None and (label != "ORG" or place[1].kind == "country"):
            return words[k].start()
    return None


_APPOSED = re.compile(r",[ \t]+([^\W\d_][\w'’-]{0,40})")


def _apposed_given_name(text: str, end: int, lang: str) -> bool:
    """Whether a comma and a given name follow right after ``end`` ("..., Laurent Le Bon"): the person a role before
    the span is of stands there, apposed, and the span is the role's body whole, a name in it included."""
    m = _APPOSED.match(text, end, end + 48)
    return m is not None and given_name(m.group(1), lang)


def _role_then_person(
    text: str, start: int, span: str, lang: str, roles: set[str], gazetteer: Gazetteer | None
) -> tuple[tuple[int, int] | None, int] | None:
    """Where a person starts in a span a model labelled a body or a place that a role phrase runs into a name: the
    span opens with a role and what it is of ("ministre des Affaires étrangères Dmytro Kouleba"), or a role stands a
    few words before it ("le ministre ukrainien de la Défense Oleksiï Reznikov", "le porte-parole de la Maison
    Blanche John Kirby"), and it ends in two or three name-shaped words: a given name then one or two more, or two
    words that are no word of the language nor a place. Returns the body's span within ``span`` (the capitalised
    words after the role, or what comes before the name; None when there is none) and the person's start."""
    words = list(re.finditer(r"\S+", span))
    if gazetteer is None or len(words) < 3:
        return None
    heads = roles | _PERSON_HEADS
    head = words[0].group(0).rstrip(".").casefold() in heads
    before = text[max(0, start - 60) : start].split()[-5:]
    cued = head or any(w.rstrip(".,").casefold() in heads for w in before)
    if not cued or any(re.search(r"[.;:!?]$", w) for w in before[-4:] if not head):
        return None
    if _apposed_given_name(text, start + len(span), lang):
        return None  # "le directeur du Centre Georges Pompidou, Laurent Le Bon": the role is the apposed person's

    def name_shaped(word: str) -> bool:
        return (
            word[:1].isupper()
            and any(c.islower() for c in word[1:])
            and not is_common_word(word, lang)
            and not institution_word(word)
            and word.casefold() not in roles
        )

    # a given name and a surname first ("Maison Blanche John Kirby": not "Blanche" and two more), then a given name
    # and two more words, then two words no data knows ("Oleksiï Reznikov")
    for size, given in ((2, True), (3, True), (2, False)):
        k = len(words) - size
        tail = [m.group(0) for m in words[k:]]
        if k < 1 or not all(name_shaped(w) for w in tail[1:]):
            continue
        if given_name(tail[0], lang) != given or not (given or name_shaped(tail[0])):
            continue
        if gazetteer.place_form(span[words[k].start() :], lang) or _place_surname(tail[-1], lang, gazetteer):
            continue
        lead = words[1:k] if head else words[:k]
        capital = next((m for m in lead if _ELIDED_WORD.sub("", m.group(0))[:1].isupper()), None)
        if capital is None:
            return None, words[k].start()
        elided = _ELIDED_WORD.match(capital.group(0))  # "de l'Intérieur": the body without its article
        return (capital.start() + (elided.end() if elided else 0), words[k - 1].end()), words[k].start()
    return None


def _feature(span: str, lang: str, gazetteer: Gazetteer | None = None) -> bool:
    """Whether a name a model found is a geographic feature: two to four capitalised words opened or closed by a
    head word of the language ("Sierra Nevada", "Lake Chad", "Martha's Vineyard Island"), not a person whose
    surname is a head word ("Moises Sierra") nor an institution ("Mount Sinai Hospital"). A given name that is a
    country or a region the gazetteer knows before a closing head word names that place's feature ("the Florida
    Keys", "the Jordan Valley")."""
    heads = PLACE_HEADS.get(lang, frozenset())
    words = span.split()
    if not heads or not 2 <= len(words) <= 4 or not all(w[:1].isupper() for w in words):
        return False
    folded = [w.rstrip(".,").casefold() for w in words]
    if folded[0] not in heads and _POSSESSIVE.sub("", folded[-1]) not in heads:
        return False
    if folded[0] not in heads and given_name(words[0], lang) and not _country_or_region(words[0], lang, gazetteer):
        return False  # "Moises Sierra", "Jim River": a person
    if folded[0] in heads and len(words) == 2 and given_name(words[0], lang) and family_name(words[1]):
        return False  # "Sierra Smith", "River Jones": a given name that is a head word, then a family name
    if folded[-1] not in heads and len(words) > 2 and is_common_word(words[-1], lang):
        return False  # "Mount Sinai Hospital", "Lake Street Dive": a head word opens what a common noun closes
    return not any(institution_word(w) for w in folded)


# The word for "state" after a state's name ("Osun State"), read only for the regions and cities of countries whose
# first divisions are states: elsewhere "X State" is no state but a university or its team ("Kent State", Kent an
# English county). The United States are left out too: there a state's name and the word make a university ("Ohio
# State", "Penn State").
_STATE_WORDS = {"en": ("state",)}

_STATE_COUNTRIES = frozenset(
    {"AT", "AU", "BR", "DE", "ET", "FM", "IN", "MM", "MX", "MY", "NG", "PW", "SD", "SO", "SS", "VE"}
)


# A court's district named by a compass word ("the Southern District of New York"; ``PLACE_COURT_DISTRICT``).
_COURT_DISTRICT = {code: re.compile(cue) for code, cue in languages.table("PLACE_COURT_DISTRICT").items()}
_OF_NAME = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")


def _court_district(span: str, text: str, end: int, lang: str) -> bool:
    """Whether a place a model found is a court's district before the state it lies in ("the Eastern District" of
    "the Eastern District of Virginia"): the court's, no place of its own (the state after it is one)."""
    district = _COURT_DISTRICT.get(lang)
    return district is not None and district.fullmatch(span) is not None and _OF_NAME.match(text, end) is not None


# The words that close a club's name after its town's (``NAME_CLUB_WORDS``: "Leeds United", "Bristol City").
_CLUB_WORDS: dict[str, frozenset[str]] = {code: frozenset(w) for code, w in languages.table("NAME_CLUB_WORDS").items()}


def _club(span: str, lang: str, gazetteer: Gazetteer | None) -> bool:
    """Whether a name is a club's: a town the gazetteer trusts, then a club word of the language, the whole no place
    it knows ("Leeds United", "Swansea City"; not "Mexico City", "Kansas City")."""
    words = span.split()
    if gazetteer is None or len(words) < 2 or words[-1].casefold() not in _CLUB_WORDS.get(lang, ()):
        return False
    town = gazetteer.place_form(" ".join(words[:-1]), lang)
    return town is not None and town[1].kind == "city" and gazetteer.place_form(span, lang) is None


def _qualified_place(span: str, lang: str, gazetteer: Gazetteer | None) -> bool:
    """Whether a name is a place the gazetteer knows followed by a word of the language that names a part of it
    ("Yobe North", "Wichita East")."""
    qualifiers = _QUALIFIERS_AFTER.get(lang)
    words = span.split()
    if gazetteer is None or not qualifiers or not 2 <= len(words) <= 4:
        return False
    last = _POSSESSIVE.sub("", words[-1]).casefold()
    if last in _STATE_WORDS.get(lang, ()):  # "Osun State", "Lagos State": a state named after a region or its city
        place = gazetteer.place_form(" ".join(words[:-1]), lang)
        return place is not None and place[1].kind in ("region", "city") and place[1].country_code in _STATE_COUNTRIES
    if last not in qualifiers:
        return False
    place = gazetteer.place_form(" ".join(words[:-1]), lang)
    return place is not None and more_than_a_town(place[1])


def _person_not_place(span: str, lang: str, gazetteer: Gazetteer | None) -> bool:
    """Whether a two-word "place" a model found is a person: a given name, then a capitalised word, the whole no
    place the gazetteer knows nor a feature nor a compass point's part of a place ("Kate York", "Pavle Petrović";
    not "Victoria Falls", "West Africa")."""
    words = span.split()
    if gazetteer is None or len(words) != 2 or not given_name(words[0], lang) or not words[1][:1].isupper():
        return False
    if compass_place(span, lang, gazetteer):
        return False
    if gazetteer.place_form(span, lang) is not None or gazetteer.place_form(words[0], lang) is not None:
        return False  # "Santa Clara"; "Jordan Valley": a country's name before
    heads = PLACE_HEADS.get(lang, frozenset()) | _QUALIFIERS_AFTER.get(lang, frozenset())
    return words[1].casefold() not in heads and not words[1].isupper()


# Labels a language's model gives a plain "Given Surname" person it misread (``NAME_PAIR_MISREAD``).
_PAIR_MISREAD: dict[str, frozenset[str]] = languages.table("NAME_PAIR_MISREAD")


def _person_pair(
    span: str, label: str, text: str, start: int, end: int, lang: str, gazetteer: Gazetteer | None
) -> bool:
    """Whether a name a model labelled an organisation, a facility, a work, a product or, in English, a place
    (:data:`_PAIR_MISREAD`) is a person: two capitalised words, the first a given name as written ("Brad Marchand",
    "Linus Ullmark"), not both words of the language ("Joy Division"), the second no institution's, company's,
    feature's nor place's word ("Morgan Bank", "Grace Lake", "Washington Avenue"), for a "place" also no word of the
    language, no place the gazetteer knows and after no place cue ("Jackson Hole", "Wadi Gaza", "in Marion Oaks"),
    the whole no place the gazetteer knows ("Santa Clara"), no country's or region's name before a word of the language ("Florida Keys") and this mention not framed as a company's ("Martin Marietta shares rose")."""
    from wirestream.services.enrich.entities.quotes.language import common_word

    words = span.split()
    if label not in _PAIR_MISREAD.get(lang, ()) or len(words) != 2:
        return False
    given, surname = words
    if not all(w[:1].isupper() and w[1:].islower() for w in (given, surname.replace("-", "").replace("'", ""))):
        return False
    folded = surname.rstrip(".").casefold()
    if not given_name(given, lang) or (common_word(given.casefold(), lang) and common_word(folded, lang)):
        return False  # "Joy Division", "Rose Bowl": two words of the language ("Brad Marchand", "Chris Pine" stay)
    if institution_word(surname, lang) or folded in _COMPANY_ENDINGS or folded in PLACE_HEADS.get(lang, ()):
        return False
    if label == "GPE" and (
        common_word(folded, lang)
        or _place_cued(text, start, lang)
        or (gazetteer is not None and gazetteer.place_form(surname, lang) is not None)
    ):
        return False  # "Jackson Hole", "in Marion Oaks", "Wadi Gaza": a place's word, cue or name, a place
    if labels.no_person(span):
        return False  # "Washington Avenue", "Grace Church": a place's or a body's word
    if gazetteer is not None and gazetteer.place_form(span, lang) is not None:
        return False
    region = gazetteer.place_form(given, lang) if gazetteer is not None else None
    if region is not None and region[1].kind in _COUNTRY_KINDS and common_word(folded, lang):
        return False  # "Florida Keys", "Georgia Tech": a state's name and a word of the language
    mention = RawEntity(text[start:end], label, start, end)
    return not any(_company_framed(mention, text, lang, person=p) for p in (True, False))


def _plural_noun(word: str, lang: str) -> bool:
    """Whether a capitalised word is the plural of a common noun of the language and no name ("Democrats",
    "Sabres"; not "Jones", "Banks")."""
    folded = word.casefold()
    return (
        folded.endswith("s") and not family_name(word) and is_common_word(word, lang) and lemma(folded, lang) != folded
    )


def _place_group(span: str, lang: str, gazetteer: Gazetteer | None) -> bool:
    """Whether a "person" a model found is a place the gazetteer knows, then the plural of a common noun
    ("Virginia Democrats", "Kentucky Republicans"): a group of that place, not a person."""
    words = span.split()
    if gazetteer is None or not 2 <= len(words) <= 4 or not _plural_noun(words[-1], lang):
        return False
    place = gazetteer.place_form(" ".join(words[:-1]), lang)
    if place is None:
        return False
    # a given name that is also a town opens a person's name ("Sandy Angers"); a state's or a city's, a group's
    big = more_than_a_town(place[1])
    return len(words) > 2 or not given_name(words[0], lang) or big


def _one_word(span: str) -> str:
    """A name without a leading "the" and a possessive: "The Chronicle's" is "Chronicle"."""
    return _POSSESSIVE.sub("", re.sub(r"^[Tt]he\s+", "", span.strip()))


_THING_CONTEXT = 30  # characters read on either side of a one-word name's mention

# Languages whose model's one-word people need a person's evidence even when the word is no word of the language:
# English spaCy sm calls brands and firms people ("Varo", "Optilli", "Clymer"); a given name, a surname, a longer
# person holding the word or a person's cue at one mention keeps it a person.
_UNEVIDENCED_PEOPLE = frozenset({"en"})


def _things(
    found: list[RawEntity], text: str, lang: str, roles: set[str], gazetteer: Gazetteer | None = None
) -> dict[str, str]:
    """One-word people a model found that are things: a common word of the language (its dictionary lists it
    in lower case: "Twitter", "Universal", "Sabres") or, in English, any word that is no given name nor a place
    the gazetteer knows ("Optilli", "Clymer": an organisation), no given name nor surname, no word of a longer person
    the article names, and no mention of it with a person's cue (a title or role before it, a speech verb
    after it, a given name before it: "Mr. Trump", "Parise said", "Sandy Angers"). Each maps to "ORG" when a mention reads as an organisation's or
    a team's ("on Twitter", "the Chronicle", the plural "Sabres"), else to "" (no entity: "signed to
    Universal", "Flash-forward"). One pass over the article's words: linear on any text."""
    people = [_one_word(e.text) for e in found if e.label == "PERSON"]
    person_words = {w for name in people if len(name.split()) > 1 for w in _words(name)}
    candidates: set[str] = set()
    unknown: set[str] = set()  # no word of the language: a brand or a firm more often than nothing
    for e in found:
        word = _one_word(e.text)
        if e.label != "PERSON" or e.id is not None or " " in word or not word[:1].isupper() or word.isupper():
            continue
        if word.casefold() in person_words or family_name(word):
            continue
        if is_common_word(word, lang):
            candidates.add(word)
        elif lang in _UNEVIDENCED_PEOPLE and not given_name(word, lang):
            if gazetteer is not None and gazetteer.place_form(word, lang) is not None:
                continue  # a town the model called a person: the gazetteer's check below decides
            candidates.add(word)
            unknown.add(word)
    if not candidates:
        return {}
    after, before_things = _PERSON_AFTER[lang], _THING_BEFORE.get(lang, frozenset())
    cues = roles | _PERSON_HEADS | TITLES
    out: dict[str, str] = {w: "ORG" if w in unknown or _plural_noun(w, lang) else "" for w in candidates}
    person: set[str] = set()
    others = sorted((e.start, e.end) for e in found if e.label != "PERSON")
    ends = [end for _, end in others]
    for m in _NAME_WORD.finditer(text):
        word = m.group(0)
        if word not in candidates:
            continue
        k = bisect.bisect_right(ends, m.start())
        if k < len(others) and others[k][0] <= m.start():
            continue  # inside another name ("San Francisco Chronicle"): no cue of its own
        previous = text[max(0, m.start() - _THING_CONTEXT) : m.start()].split()[-1:]
        head = previous[0].rstrip(".,").casefold() if previous else ""
        if head in before_things:
            out[word] = "ORG"
        elif (
            head in cues
            or given_name(previous[0] if previous else "", lang)
            or after.match(text[m.end() : m.end() + 30])
            or _role_after(text[m.end() : m.end() + _THING_CONTEXT * 2], roles)
        ):
            person.add(word)  # "Mr. Trump", "Sandy Angers" (a given name before it), "Parise said"
    return {w: label for w, label in out.items() if w not in person}


_KIN: dict[str, frozenset[str]] = languages.table("NAME_KIN")

_NOT_A_RELATIVE = ("ORG", "GPE", "NORP", "FAC", "PRODUCT", "WORK_OF_ART", "LOC")


def _relative(span: str, text: str, start: int, lang: str) -> bool:
    """Whether a one-word name is a given name written right after a kin word, a comma between or none ("his wife,
    Kimberly", "my son Jack"): a relative, a person, whatever the model said."""
    kin = _KIN.get(lang)
    if not kin or " " in span or not given_name(span, lang):
        return False
    before = text[max(0, start - 24) : start]
    words = before.split()
    return bool(words) and before[-1:] == " " and words[-1].rstrip(",").casefold() in kin


# A person's relative or running mate a name owns ("Moreno's running mate", "Okafor's late wife"): words no company,
# team or place has (not "sister", "brother", "mother", "father", "parent": "its sister company", "the mother ship").
_KIN_OWNED = {
    "en": re.compile(
        r"(?:['’]s?)[ \u00a0](?:(?:late|former|estranged|eldest|youngest|older|younger|new)[ \u00a0])?"
        r"(running[ \u00a0]mate|[a-zé]+)\b"
    )
}
_KIN_OWNED_NOT = frozenset({"sister", "brother", "mother", "father", "mom", "dad", "aunt", "uncle", "cousin"})


def _kin_owner(span: str, text: str, end: int, lang: str, institutions: set[str]) -> bool:
    """Whether a name of one or two capitalised words, no body's word, owns a spouse, a child or a running mate right
    after it ("Moreno's running mate", "Okafor's late wife"): a person's, whatever the model said."""
    pattern = _KIN_OWNED.get(lang)
    kin = _KIN.get(lang)
    words = span.split()
    if pattern is None or not kin or not 1 <= len(words) <= 2 or not all(w[:1].isupper() for w in words):
        return False
    if set(_words(span)) & (institutions | _COMPANY_ENDINGS):
        return False
    m = pattern.match(text, end, min(len(text), end + 40))
    if m is None:
        return False
    owned = m.group(1).replace("\u00a0", " ")
    return owned == "running mate" or (owned in kin and owned not in _KIN_OWNED_NOT)


# A title in apposition right after a name, set off by commas ("Yemi Cardoso, the bank's governor,", "Halvard Lunde,
# the presiding judge,"): up to three words before the title, its last word (a ``NAME_ROLES`` word) before the comma.
_APPOSED_TITLE = {"en": re.compile(r",[ \u00a0](?:the|a|an)[ \u00a0](?:[\w'’.-]+[ \u00a0]){0,3}?([a-z][a-z-]*),")}
_NAME_WORD_CASED = re.compile(r"[A-Z][a-z][\w'’]*(?:-[A-Z][a-z][\w'’]*)?")


def _titled_apposition(span: str, text: str, end: int, lang: str, gazetteer: Gazetteer | None) -> bool:
    """Whether a name the model read as a body is a person's: two or three capitalised words, none a word of the
    language, a body's or a place's, with a person's title in apposition after it ("Yemi Cardoso, the CBN governor,
    said"). Reads 80 characters after the name."""
    pattern = _APPOSED_TITLE.get(lang)
    words = span.split()
    if pattern is None or gazetteer is None or not 2 <= len(words) <= 3:
        return False
    m = pattern.match(text, end, min(len(text), end + 80))
    if m is None or m.group(1) not in ROLES.get(lang, ()):
        return False
    institutions = set(INSTITUTIONS.get(lang, ())) | _COMPANY_ENDINGS
    return (
        all(
            _NAME_WORD_CASED.fullmatch(w) is not None
            and not is_common_word(w, lang)
            and w.casefold() not in institutions
            and gazetteer.place_form(w, lang) is None
            for w in words
        )
        and gazetteer.place_form(span, lang) is None
    )


_ACRONYM_AFTER = re.compile(r"[ \u00a0]?\(([A-Z][A-Z&]{1,7})\)")


def _bodies_acronyms(found: list[RawEntity], text: str) -> frozenset[str]:
    """The capitals written in parentheses right after a name the model found that is no person ("the Screen Actors
    Guild (SAG)", "HOUSTON, Texas (KTRK)"): a body's or a station's letters, no person's initials, at every mention."""
    out = set()
    for e in found:
        if e.label == "PERSON":
            continue
        m = _ACRONYM_AFTER.match(text, e.end, min(len(text), e.end + 12))
        if m is not None:
            out.add(m.group(1))
    return frozenset(out)


def _common_phrase(span: str, lang: str) -> bool:
    """Whether a several-word "person" is a phrase of the language: every word a common word that is no given name
    nor surname ("Fact Checker", "Tomb Raider", "Help Shape", "Indigenous Peoples"; not "Tiger Woods", "Sandy
    Angers", "Heath Ledger": a name's word in it keeps it a person)."""
    words = [_POSSESSIVE.sub("", w) for w in span.split()]
    if len(words) < 2 or len(words) > 4 or not all(w[:1].isupper() for w in words):
        return False
    return all(is_common_word(w, lang) and not given_name(w, lang) and not family_name(w) for w in words)


def _role_after(after: str, roles: set[str]) -> bool:
    """A role in the apposition right after a name: "Jianxiong, the former executive": a person's cue."""
    return after.startswith(",") and any(w.strip(",.;").casefold() in roles for w in after[1:].split()[:5])


_LIST_GAP = re.compile(r"\s*(?:,|&|,?\s*and)\s*")


def _listed_with_person(
    found: list[RawEntity], i: int, text: str, lang: str, gazetteer: Gazetteer | None, parts: bool = True
) -> bool:
    """Whether a two-word "place" a model found is a person listed with one: capitalised words none of which
    the gazetteer knows as a place, joined to a person by a comma or "and" ("Merav Eitan and Gaston Zahr").
    ``parts=False`` (an "organisation"): only the whole name must be no place, and neither word a word of the
    language ("Colton Sceviour": Colton is a town too, and a given name)."""
    ent = found[i]
    words = ent.text.split()
    if gazetteer is None or len(words) != 2 or not all(w[:1].isupper() and not w.isupper() for w in words):
        return False
    if any(gazetteer.place_form(part, lang) is not None for part in ((ent.text, *words) if parts else (ent.text,))):
        return False
    if not parts and any(is_common_word(w, lang) for w in words):
        return False
    for j in (i - 1, i + 1):
        if not 0 <= j < len(found) or found[j].label != "PERSON" or len(found[j].text.split()) < 2:
            continue
        a, b = (found[j].end, ent.start) if j < i else (ent.end, found[j].start)
        if 0 < b - a <= 8 and _LIST_GAP.fullmatch(text[a:b]):
            return True
    return False


@functools.cache
def _language_names(lang: str) -> frozenset[str]:
    """The names of languages as CLDR writes them in ``lang`` ("Aramaic", "Swahili"), folded (none for a code babel
    does not know)."""
    return frozenset(n.casefold() for n in cldr.language_names(lang))


def _language_name(span: str, lang: str, gazetteer: Gazetteer | None) -> bool:
    """Whether a name is a language's (CLDR) and no place the gazetteer knows: "in Aramaic" is no place, "Cheyenne"
    (a language, and Wyoming's capital) stays one."""
    if _DEMONYM.match(span) or span.casefold() not in _language_names(lang):
        return False  # "Ukrainian": a people's adjective first (NORP, in :func:`correct`)
    return gazetteer is not None and gazetteer.place_form(span, lang) is None


def _dated_month(span: str, text: str, end: int, lang: str) -> bool:
    """Whether a one-word name is a month word the day's number follows ("Mar 20", "May 5")."""
    return span.rstrip(".").casefold() in _MONTHS.get(lang, frozenset()) and bool(_DAY_AFTER.match(text, end))


def _dateline_month(span: str, text: str, start: int, lang: str) -> bool:
    """Whether a one-word name in capitals is a month word right after the day's number, as an agency's dateline
    writes the date ("(ANSA) - MOSCA, 03 MAG -"): a date, not an organisation's acronym."""
    return (
        span.isupper()
        and span.casefold() in _MONTHS.get(lang, frozenset())
        and bool(_DAY_BEFORE.search(text, max(0, start - 4), start))
    )


# A clock time right before a name ("14.05 BST", "9:30am GMT", "10h32 CET"), and the time zones it may be
# (a body's acronym may follow a bare time too: "At 10.30 NATO said").
_CLOCK_BEFORE = re.compile(r"\b\d{1,2}[.:h]\d{2}(?:\s?[ap]\.?m\.?)?[ \u00a0]$")
_TIME_ZONES = frozenset(
    [
        "UTC",
        "GMT",
        "BST",
        "IST",
        "CET",
        "CEST",
        "EET",
        "EEST",
        "WET",
        "WEST",
        "MSK",
        "MEZ",
        "MESZ",
        "EST",
        "EDT",
        "CST",
        "CDT",
        "MST",
        "MDT",
        "PST",
        "PDT",
        "JST",
        "KST",
        "AEST",
        "AEDT",
        # the short forms American live blogs stamp their posts with ("8:57 a.m. ET, May 3, 2023")
        "ET",
        "CT",
        "MT",
        "PT",
    ]
)


def _clock_zone(span: str, text: str, start: int) -> bool:
    """Whether a time zone's acronym comes right after a clock time, as a live blog stamps its posts ("Updated at
    14.05 BST"): a time, not an organisation."""
    return span in _TIME_ZONES and bool(_CLOCK_BEFORE.search(text, max(0, start - 12), start))


def _numbered_title(span: str, text: str, end: int) -> bool:
    """Whether a one-word name has the same number after it at every mention, two or more ("Destiny 2 ... Destiny 2
    isn't"): a title and its number (a person's score or age after the name changes or is not there)."""
    number = _NUMBER_AFTER.match(text, end)
    if number is None or " " in span:
        return False
    mentions = re.finditer(rf"(?<![\w'’-]){re.escape(span)}(?![\w'’-])", text)
    numbers = [n[1] if (n := _NUMBER_AFTER.match(text, m.end())) else None for m in mentions]
    return len(numbers) >= 2 and all(n == number[1] for n in numbers)


def correct(found: list[RawEntity], text: str, language: str, gazetteer: Gazetteer | None) -> list[RawEntity]:
    """A model's labels checked against the gazetteer and cues (see the module docstring)."""
    lang = (language or "en").split("-")[0]
    roles = set(ROLES.get(lang, ())) | set(ROLES["en"])
    institutions = set(INSTITUTIONS.get(lang, ())) | set(INSTITUTIONS["en"])
    # The later words of the article's several-word people ("Volker" of "Kurt Volker"), each with the people holding
    # it: evidence that a name holding one is no place, unless the only holder is the name judged ("San Marcos"
    # labelled a person does not make its own "Marcos" a person's word).
    # Each holder is a number, one per name: a person of n words (a hostile run the model read as one name) would
    # otherwise be read again, and compared whole, for each of its words.
    holders: dict[str, set[int]] = {}
    numbers: dict[str, int] = {}
    for e in found:
        if e.label == "PERSON" and len(e.text.split()) > 1:
            words = _words(e.text)
            number = numbers.setdefault(" ".join(words), len(numbers))
            for w in words[1:]:
                holders.setdefault(w, set()).add(number)
    # The first words of the article's several-word people ("Hwang" of "Hwang Sok-yong"): a one-word "place" the
    # gazetteer does not know that is one of them is that person's name cut short, no place.
    first_words = {e.text.split()[0] for e in found if e.label == "PERSON" and len(e.text.split()) > 1}
    things = _things(found, text, lang, roles, gazetteer) if lang in _PERSON_AFTER else {}
    lower = {w for w in _LOWER_WORD.findall(text)}
    acronyms = _bodies_acronyms(found, text)
    outlets = _outlets(found, text, lang, gazetteer)
    # The names owning a spouse, a child or a running mate at a mention ("Biden's running mate"): a person's at every
    # mention, whatever words before another mention say ("take over for Biden")
    kin_owners = {e.text for e in found if e.id is None and _kin_owner(e.text, text, e.end, lang, institutions)}
    firms = _firm_names(found, text, lang)  # "Magna, a Canadian parts company.": a company at every mention
    storms = _storm_names(text, lang)  # "Hurricane Michael": "Michael" alone is the storm
    plain: set[str] = set()  # the article's lower-case words without accents or an elided article, when asked
    placed: set[str] = set()  # names the rules made places that the model had not (see _placed_alike)
    out: list[RawEntity] = []
    swallowed = -1  # the end of a person a rule ran on over the names after it ("quarterback Christian Ponder")
    for i, ent in enumerate(found):
        label, start, end, name = ent.label, ent.start, ent.end, ent.name
        if start < swallowed:
            continue  # "Ponder" of "Christian Ponder": part of the person already read
        words = _words(ent.text)
        judged = numbers.get(" ".join(words), -1)
        person_words = {w for w in words if holders.get(w, set()) - {judged}}
        if label == "PERSON" and ent.name is None:
            start, end = _person_span(text, start, end)
            if end <= start:
                continue
        if label == "PERSON" and ent.id is None and ent.name is None:
            start = _past_opening_word(text, start, end, lang)  # "While Buckley was away": Buckley
            start = _past_body_acronym(text, start, end, lang, roles, gazetteer)  # "du Fmi Kristalina Georgieva"
            end = _hyphenated_given_name(text, start, end)  # "Moon Jae-in": the whole given name
            start = _hyphenated_first_given(text, start, end, lang)  # "Kerrie-Ann Thorne": the given name's first half
            end = _particle_surname(text, start, end)  # "Ursula von der Leyen": the surname after its particles
            if end <= start:
                continue
        if label in _THING_LABELS and ent.id is None and ent.name is None and gazetteer is not None:
            past = _past_opening_word(text, start, end, lang)  # "Across Siberia, temperatures fell": ORG to a model
            cue = _PLACE_CUES.get(lang)
            if (
                past > start
                and cue is not None
                and cue.search(text[start:past]) is not None  # a place cue's word, not "The" ("The Balkans" a title)
                and gazetteer.place_form(text[past:end], lang) is not None
            ):
                start, label = past, "GPE"  # the place after the preposition opening the sentence
        opened = text.find(" (", start, end) if ent.id is None else -1
        if opened > start and ")" not in text[opened:end]:  # "Daily Nation (Barbados": the name ends before it
            inner = text[opened + 2 : end].strip()
            if inner and gazetteer is not None and gazetteer.place_form(inner, lang) is not None:
                a = text.index(inner, opened)
                out.append(RawEntity(inner, "GPE", a, a + len(inner)))  # the place in parentheses
            end = opened
        span = text[start:end]
        if not any(c.isupper() for c in span) and any(c.islower() for c in span):
            continue  # "spokeswoman", "the ministry": a common noun, not a name (a script with no case stays: 北京, القاهرة)
        if label == "PERSON" and ent.id is None and all(w.casefold() in lower for w in _NAME_WORD.findall(span)):
            continue  # "Nighttime Supplement", "Award": words the article also writes in lower case
        if label == "PERSON" and ent.id is None and lang != "en" and _no_name(span, text, start, lang, roles):
            continue  # "Représentante", "Mobilisée", "Y.": a word of the language or initials, not a person
        if label == "PERSON" and ent.id is None and lang in _UNEVIDENCED_PEOPLE and _common_phrase(span, lang):
            label = "ORG"  # "Fact Checker", "Full Fact": words of the language, a title's or a body's, no one's name
        if label == "PERSON" and ent.id is None and after_indefinite(_previous_word(text, start), lang):
            continue  # "une Renault Clio": a thing, not a person
        if label == "PERSON" and ent.id is None and storm_name(span.split(), _previous_word(text, start), lang):
            continue  # "la tempête Céline", "Storm Ciaran": a storm, not a person
        if label == "PERSON" and ent.id is None and span in storms and span not in first_words:
            continue  # "2018's Michael" beside "Hurricane Michael": the storm named alone, not a person
        if label == "PERSON" and ent.id is None and _model_named(span, lang, roles, _previous_word(text, start)):
            label = "PRODUCT"  # "XS Max", "Chromecast Ultra": a product's model, not a person
        if label in ("PERSON", "GPE", "LOC", "FAC") and ent.id is None and _CAMEL_ACRONYM.search(span):
            label = "PRODUCT"  # "MkII Ford", "CalOPPA": an acronym's blend, no person nor place
        if label in ("PERSON", "GPE", "LOC", "FAC") and ent.id is None and _language_name(span, lang, gazetteer):
            label = "LANGUAGE"  # "means tower in Aramaic": a language, no place nor person
        if label == "PERSON" and ent.id is None and span in acronyms:
            label = "ORG"  # "the Screen Actors Guild (SAG)", "HOUSTON, Texas (KTRK)": a body's or a station's letters
        if label in _NOT_A_RELATIVE and ent.id is None and _relative(span, text, start, lang):
            label = "PERSON"  # "his wife, Kimberly," (ORG): a given name after a kin word is that relative's
        if label in _NOT_A_RELATIVE and ent.id is None and span in kin_owners:
            label = "PERSON"  # "days before Moreno's running mate was named" (ORG): only a person has a spouse, a mate
        if label == "ORG" and ent.id is None and _titled_apposition(span, text, end, lang, gazetteer):
            label = "PERSON"  # "Yemi Cardoso, the CBN governor,": a person's name with their title in apposition
        award = _AWARD_AFTER.get(lang)
        if label == "PERSON" and ent.id is None and award is not None and award.match(text[end : end + 12]):
            continue  # "Oscar-winning actress": an award's name, not a person
        if (
            label == "PERSON"
            and ent.id is None
            and (_LETTERS_AND_DIGITS.search(span) or (start > 0 and text[start - 1].isdigit()))
        ):
            label = "PRODUCT"  # "Q3 comps", "COVID-19", "32GB": a code, a quarter, a disease or a unit glued to its
            # number; no person's name holds a digit
        if label == "PERSON" and ent.id is None and _dated_month(span, text, end, lang):
            continue  # "Mar 20, 2005": a date, not a person
        if label in ("ORG", "PERSON") and ent.id is None and _dateline_month(span, text, start, lang):
            continue  # "MOSCA, 03 MAG -": a date, not an organisation
        if label in ("ORG", "PERSON", "GPE") and ent.id is None and _clock_zone(span, text, start):
            continue  # "Updated at 14.05 BST": a live blog's time zone, not an organisation
        if label == "PERSON" and ent.id is None and set(_words(span.casefold())) & _PRONOUNS.get(lang, frozenset()):
            continue  # "Contacting Us", "About Us": a heading, not a person
        if label == "ORG" and ent.id is None and _title_part(span, text, start, lang, roles):
            continue  # "Secretary of State Antony Blinken": the word is the title's, no organisation
        if label in ("ORG", "LOC") and ent.id is None and _portfolio_title(span, text, start, lang, roles):
            continue  # "le chef de l'État russe": the title's State, no place
        if label in ("ORG", "PERSON") and ent.id is None and _rubric(span, text, start, end, lang):
            continue  # "DIRECT. Drones sur le Kremlin": a live blog's rubric, a common word in capitals
        if label in ("ORG", "PERSON", "GPE") and ent.id is None and _allegiance(span, text, end, lang):
            label = "NORP"  # "Pro-Kremlin bloggers": a stance toward a name, an adjective, no organisation
        index = _INDEX_AFTER.get(lang) if label == "PERSON" and ent.id is None and " " not in span else None
        if index is not None and index.match(text, end):
            label = "PRODUCT"  # "the Russell 2000 Index": a stock index, no person
        if label == "PERSON" and ent.id is None and _numbered_title(span, text, end):
            label = "PRODUCT"  # "Destiny 2" at every mention: a game's or a product's title with its number
        thing = things.get(_one_word(span)) if label == "PERSON" and ent.id is None and span not in kin_owners else None
        if thing == "":
            continue  # "signed to Universal": a word of the language no person cue makes a name, not a person
        if thing is not None:
            label = thing  # "on Twitter", "the Sabres": an organisation or team, not a person
        headline = _headline_place(span, label, text, end, lang, gazetteer) if ent.id is None else None
        if headline is not None:  # "Floods Hit Queensland": a headline's words, then the place it names
            out.append(RawEntity(span[headline:], "GPE", start + headline, end))
            continue
        cut = _place_then_person(span, label, lang, gazetteer) if label in _NOT_PEOPLE and ent.id is None else None
        if cut is not None:  # "envoy to Ukraine Kurt Volker": the place, then the person the model ran on into
            before_person = span[:cut].rstrip()
            out.append(RawEntity(before_person, "GPE", start, start + len(before_person)))
            out.append(RawEntity(span[cut:], "PERSON", start + cut, end))
            continue
        cuttable = label in _NOT_PEOPLE and ent.id is None
        role_cut = _role_then_person(text, start, span, lang, roles, gazetteer) if cuttable else None
        if role_cut is not None:  # "ministre des Affaires étrangères Dmytro Kouleba" (ORG)
            body, person = role_cut
            if body is not None:  # the body the role serves, when the span names one ("Affaires étrangères")
                a, b = body
                out.append(RawEntity(span[a:b], "ORG" if a else label, start + a, start + b))
            out.append(RawEntity(span[person:], "PERSON", start + person, end))
            continue
        elided = _ELIDED.match(span) if lang in _ELIDING_LANGUAGES else None
        if elided and span[elided.end() :][:1].isupper():
            start += elided.end()  # "d’Arguin", "l’Horizon": the article is not part of the name
            span = text[start:end]
        feature = _FEATURE_BEFORE.get(lang)
        headed = feature.search(text[max(0, start - 40) : start]) if feature and ent.id is None else None
        if headed is not None and label in ("PERSON", "GPE", "LOC", "ORG"):
            start -= len(headed.group(0).lstrip())  # "banc d’Arguin", "plage de Vendays-Montalivet": the feature
            label, name, span = "LOC", None, text[start:end]
        within = _region_within(span, label, lang, gazetteer, institutions) if ent.id is None else 0
        if within:
            start += within  # "the Caribbean West Indies" (ORG): the region, its world region before it an adjective
            label, name, span = "LOC", None, text[start:end]
        around = text[max(0, start - 15) : start], text[end : end + 40]
        split = _country_pair(span, label, lang, gazetteer, *around) if ent.id is None else None
        if split is not None:  # "U.S.-Canada trade", "India-Pakistan talks": two countries, not one name
            for a, b in split:
                out.append(RawEntity(text[start + a : start + b], "GPE", start + a, start + b))
            continue
        stated = _town_and_state(span, label, lang, gazetteer, institutions) if ent.id is None else None
        if stated is not None:  # "Coolum, Queensland" (ORG), "Abuja, Nigeria" (GPE): a town, then its state
            for a, b in stated:
                out.append(RawEntity(text[start + a : start + b], "GPE", start + a, start + b))
            continue
        if label in ("ORG", "PRODUCT") and ent.id is None and _city_region(span, lang, gazetteer):
            label = "GPE"  # "Delhi-NCR": a city and its region's letters
        pair = _and_split(lang).fullmatch(span) if ent.id is None else None
        if pair is not None and (
            _administered(text, end, lang)
            or _two_places(pair, span, label, lang, gazetteer, _place_cued(text, start, lang))
        ):
            # "Orange and Riverside counties", "shelled Odesa and Mykolaiv" (WORK_OF_ART): two places
            for part in ("first", "second"):
                a, b = start + pair.start(part), start + pair.end(part)
                out.append(RawEntity(text[a:b], "GPE", a, b))
            continue
        places = _place_list(span, label, lang, gazetteer) if ent.id is None and pair is None else None
        if places is not None:  # "strikes on Odesa, Kharkiv and Dnipro" (WORK_OF_ART): three places
            out.extend(RawEntity(text[start + a : start + b], "GPE", start + a, start + b) for a, b in places)
            continue
        if label in ("GPE", "LOC") and ent.id is None and _common_word(span, text, lang, gazetteer, plain, start):
            continue  # "l’Etat" beside "l’état civil": a word of the language, not a place
        if label in ("GPE", "LOC") and ent.id is None and _lone_initial(span):
            continue  # "N.", "K.", "L’": an initial or an elided article, no place
        if label in _SCORER_MISREAD and ent.id is None and _scorer_named(text, start, end, lang):
            label, name = "PERSON", None  # "): Devoe 2 points.": a scorer in a round-up's line, a person
        occupied = _occupied_adjective(text, start, end, lang, lower, institutions) if label == "NORP" else 0
        if occupied and ent.id is None:  # "NFL quarterback Christian Ponder": the adjective opens the person's name
            out.append(RawEntity(text[start:occupied], "PERSON", start, occupied))
            swallowed = occupied
            continue
        if label in ("GPE", "LOC") and ent.id is None and _produce(text, end, lang):
            continue  # "a Fresno chile", "Anaheim peppers": the produce named after the place, no place
        if label in ("GPE", "LOC") and ent.id is None and _lone_state_short(span, text, start, lang):
            continue  # "The Golf Biz Miss. Attorney": a state's abbreviation after no town, no place
        firm = label in ("GPE", "LOC") and ent.id is None and _owning_nothing(span, text, start, end, lang)
        if firm:
            label = "ORG"  # "acquired by St. Martin’s,": a possessive that owns no noun is a firm's or shop's name
        if label in ("GPE", "LOC") and ent.id is None and span in outlets:
            label = "ORG"  # "la rédaction de Mediapart": a news outlet, no place the gazetteer knows
        if label in ("GPE", "LOC") and ent.id is None and _agency_credit(span, lang, gazetteer):
            label = "ORG"  # "à Keystone-ATS": a news agency's name and its partner's letters, no place
        if label in ("GPE", "LOC") and ent.id is None and span in first_words and _unplaced(span, lang, gazetteer):
            continue  # "Hwang" beside "Hwang Sok-yong": the first word of a person the article names, no place
        words = _words(span)
        after_head = _headed_name(span, label, lang, institutions)
        if after_head is not None:  # "Spokeswoman Sandy Angers", "la chaîne Telegram": the name after the word
            label, span = after_head
            start, name, words = end - len(span), None, _words(span)
        bare = re.sub(r"^(?:the|The)\s+|['’]s?$", "", span)
        before = text[max(0, start - 40) : start].split()
        descriptor = before[-1] if before else ""
        if label in ("PERSON", "ORG") and ent.id is None and outlet_name(_previous_word(text, start), lang):
            label = "ORG"  # "l'agence Ria Novosti", "the daily Kommersant": a news outlet, not a person
        elif label in ("PERSON", "GPE", "LOC") and ent.id is None and _quoted_outlet(text, start, end, lang):
            label, name = "ORG", None  # "la chaîne Telegram « Baza »": the outlet's name, not the town of Baza
        elif (
            label in ("GPE", "LOC", "NORP", "FAC")
            and set(words) & institutions
            and not _in_language_table(bare, lang, gazetteer)
        ):
            label = "ORG"  # "Bank of America", "the US Federal Reserve" (not "the West Bank", a region of the table)
        elif label in ("PERSON", "GPE", "LOC") and ent.id is None and _club(bare, lang, gazetteer):
            label = "ORG"  # "Leeds United", "Swansea City": a club named after its town, no person nor place
        elif label in ("PERSON", "ORG", "NORP") and ent.id is None and _county_named(bare, lang, institutions):
            label = "GPE"  # "Co Kerry" (ORG), "Co Clare" (PERSON): an Irish or British county by its word
        elif label in ("GPE", "LOC", "NORP", "FAC") and _court_district(bare, text, end, lang):
            label = "ORG"  # "the Southern District of New York": a federal court's district, no place of its own
        elif label in ("PERSON", "ORG", "PRODUCT") and ent.id is None and _feature(bare, lang, gazetteer):
            label = "LOC"  # "Sierra Nevada", "Lake Chad": a geographic feature, whatever the model said
        elif label in _FEATURED and ent.id is None and len(words) <= 3 and (after := _feature_after(text, end, lang)):
            end += after  # "the Taman peninsula" (ORG), "the Dnipro river" (GPE): the feature, its noun included
            label, name, span = "LOC", None, text[start:end]
        elif label in ("PERSON", "ORG") and ent.id is None and _qualified_place(bare, lang, gazetteer):
            label = "GPE"  # "Yobe North", "Wichita East": a known place and a part of it
        elif label in ("PERSON", "ORG", "NORP") and ent.id is None and compass_place(bare, lang, gazetteer):
            label = "LOC"  # "West Africa", "Southern California": a compass point's part of a known place
        elif (
            label == "GPE"
            and ent.id is None
            and _person_not_place(bare, lang, gazetteer)
            and not _settlement(text, start, end, lang)
        ):
            label = "PERSON"  # "Kate York": a given name and a surname that is also a town (not "the state of ...")
        elif label == "GPE" and ent.id is None and _listed_with_person(found, i, text, lang, gazetteer):
            label = "PERSON"  # "Ivana Jelić and Pavle Petrović": an unknown name in a list of people
        elif (
            label == "ORG"
            and ent.id is None
            and not set(words) & (institutions | _COMPANY_ENDINGS)
            and _listed_with_person(found, i, text, lang, gazetteer, parts=False)
        ):
            label = "PERSON"  # "Eric Robinson and Boone Jenner also scored": a name in a list of people
        elif ent.id is None and _person_pair(bare, label, text, start, end, lang, gazetteer):
            label = "PERSON"  # "Brad Marchand added three assists" (ORG), "Linus Ullmark stopped 22 shots" (FAC)
        elif label == "PERSON" and ent.id is None and _place_group(bare, lang, gazetteer):
            label = "NORP"  # "Virginia Democrats": a place's party or team, not a person named Virginia
        elif label == "PERSON" and set(words[:-1]) & institutions | set(words) & _COMPANY_ENDINGS:
            label = "ORG"  # "Bank of Japan", "Ryanair Holdings Inc" (but "Jim Press" is a person)
        elif label == "PERSON" and lang != "en" and len(words) > 1 and words[-1] in institutions:
            label = "ORG"  # "Taranis News" in French: an English surname "Press" is an outlet elsewhere
        elif (
            label in ("PERSON", "GPE", "LOC", "PRODUCT")
            and _ORG_DESCRIPTORS.match(descriptor.strip(","))
            and not _country_or_region(bare, lang, gazetteer)
        ):
            label = "ORG"  # "budget airline Ryanair", "retailer Best Buy" (not "solar giant, South Korea is")
        elif label == "PERSON" and _AIRLINE.match(bare) and not (set(words) & person_words):
            label = "ORG"
        elif (
            label in ("PERSON", "ORG", "PRODUCT", "GPE", "LOC")
            and (_settlement(text, start, end, lang) or _administered(text, end, lang))
            and len(words) <= 2
            and not (set(words) & person_words)
        ):
            label = "GPE"  # "the area of Sarkh", "la localité de Zébéla", "in Pangram area"
        elif (
            label in ("PERSON", "ORG", "PRODUCT", "NORP", "LOC", "WORK_OF_ART")
            and ent.id is None
            and gazetteer is not None
            and (
                (_admin_named(bare, lang, gazetteer) and not (set(words[:-1]) & person_words))
                or (len(words) <= 3 and not (set(words) & person_words) and _apposed_settlement(text, end, lang))
            )
        ):
            # "Kursk Oblast" (ORG; its noun no person's word, though a model called "Zaporizhzhia Oblast" a person),
            # "Shebekino, a town in Russia's Belgorod region" (ORG): a place
            label = "GPE"
        elif label == "NORP" and ent.id is None and _urban_part(span, text, start, end, lang):
            label = "GPE"  # "Moscow's Arbat district" (NORP): a part of the city the possessive names
        elif label in ("PERSON", "ORG", "NORP") and ent.id is None and ocean(span, text, start, lang):
            label = "LOC"  # "Asia and the Pacific", "the equatorial Pacific" (not "The Atlantic", a magazine)
        elif (
            label in ("PERSON", "ORG")
            and ent.id is None
            and _on_feature(text, start, lang)
            and not (set(words) & (institutions | _COMPANY_ENDINGS))
        ):
            label = "LOC"  # "a telescope atop Mauna Kea", "on the slopes of Kilimanjaro": a mountain or a shore
        elif (
            label in ("ORG", "PERSON")
            and ent.id is None
            and not (set(words) & person_words)
            and _placed_in_time(bare, text, start, end, lang)
        ):
            label = "GPE"  # "an attack in Roxbury Wednesday night": where and when something happened (a person's
            # surname of the article is no evidence: "Lee Wells ... met in Wells on Monday")
        elif (
            label == "GPE" and _DEMONYM.match(bare) and (gazetteer is None or gazetteer.place_form(bare, lang) is None)
        ):
            label = "NORP"  # "Ukrainian", "Chinese": a people's adjective, not a place
        elif label in ("PERSON", "ORG", "NORP", "LOC", "PRODUCT") and gazetteer is not None and not firm:
            place = gazetteer.place_form(bare, lang) or gazetteer.place_form(name or "", lang)
            titled = bool(before) and before[-1].rstrip(".").casefold() in roles
            near = _place_cued(text, start, lang) or _listed(out, text, start, lang)
            near = near or _leads_list(found, i, text, lang, gazetteer) or _route_end(out, text, start, lang)
            # "returned to Florence" (ORG): a journey's end (not "moved to Toyota's board": a body's possessive)
            near = near or (_moved_to(text, start, lang) and not _POSSESSIVE_AFTER.match(text, end))
            near = near or _words_after(_RESIDENT_AFTER, text, end, lang, 16)  # "the Limerick woman" (ORG): her town
            near = near or _words_after(_PARTS_AFTER, text, end, lang, 40)  # "Galway's main street" (ORG): its part
            # "the man from Keene": a one-word "person" after "from" that is a city and no family name ("a gift from
            # Obama"; a surname that is a city is mostly written in full first, its words then the person words)
            near = near or (
                label == "PERSON" and len(words) == 1 and not family_name(bare) and _origin(text, start, lang)
            )
            if place is None and near and not titled and _small_town(bare, lang, gazetteer, person_words):
                label = "GPE"  # "of Hope", "in Wells": a town's own name where the text says place
            if place is not None and not titled and not (set(_words(bare)) & person_words):
                p = place[1]
                # An organisation named like a city stays one (Toyota); a person named like one does not. A state or
                # province ("Virginia", a region with no population here) counts as a big city.
                big = p.population >= CITY_POPULATION or label == "LOC" or p.kind == "region"
                # An organisation after "in" is the city only under the city's own name ("in the White House" is
                # not Casablanca, whose other names include it).
                own = p.kind == "city" and unaccented(p.name) == unaccented(bare)  # "Ōtāhuhu" is Otahuhu's own
                own = own or (p.kind == "city" and lang == "en" and press_spelling(p.name) == press_spelling(bare))
                own = own or (p.kind == "city" and own_name_spelt(bare, p, lang))  # "Zaporijia" in French
                own = own or (p.kind == "city" and unaccented(p.name) == unaccented(_spelt_out(bare, lang)))
                region = p.kind == "region" and " " in bare  # "Riverside County": a region's whole name
                # A town under its own name after "in" or "near" is the town, an organisation or not ("in Rukban").
                # A region listed after a place is a place too ("in Pangram area of Sarkh, Logar": the province).
                listed = near and p.kind == "region"
                # A region of the language's own table is a place an organisation's name seldom is ("Crimea was
                # annexed" ORG), unless the model read a title with it ("The Atlantic reported": the magazine).
                listed = listed or (p in gazetteer.named_places and not span.startswith("The "))
                # A town's own name of several words is seldom a person's ("flooded Nova Kakhovka" PERSON).
                named = label == "PERSON" and own and " " in bare
                # A city of Ukraine, Russia or Belarus under its own name, in the language's spelling, is the city an
                # organisation or not ("Marioupol a été visée" ORG): the war's towns name no company.
                war_town = own and big and p.country_code in NATIONAL_COUNTRIES and " " not in bare
                # ... and one of any size the model called a person, where no given name nor family name is spelt so
                # ("Kherson a été frappée", "Bakhmout reste l'épicentre" PERSON; not "Lyman", a given name too); in
                # English the gazetteer's own check and the label judge decide ("Residents fled Kherson")
                war_town = war_town or (
                    label == "PERSON"
                    and lang != "en"
                    and own
                    and p.country_code in NATIONAL_COUNTRIES
                    and " " not in bare
                    and not family_name(bare)
                    and not given_name(bare, lang)
                )
                # A country's capital under its own name is its government or the city ("Canberra summoned", "Nairobi
                # insists" ORG): a place either way; no company takes a capital's bare name.
                capital = own and big and p in gazetteer.capitals
                # A region of a country under its own name in one word after a preposition ("forecast for Cumbria"
                # ORG): a county or a state, whose team is its place too (optional in the gold); a body's name has its
                # word ("Cumbria Police"), a title its "The" ("The Balkans reported").
                capital = capital or (
                    p.kind == "region"
                    and unaccented(p.name) == unaccented(bare)
                    and " " not in bare
                    and _REGION_PREPOSITION.search(text, max(0, start - 12), start) is not None
                )
                as_place = (
                    (label != "ORG" and (big or near)) or (near and own) or listed or named or war_town or capital
                )
                if p.kind == "country" or region or as_place:
                    label = "GPE"  # Indonesia, Toulouse, Nova Kakhovka: places, whatever the model said
        if label == "PERSON" and ent.id is None and _POSSESSIVE.sub("", span) in firms:
            label = "ORG"  # "Magna, a Canadian parts company", "Kohl’s (KSS)": a company, not a person, whatever the
            # rules above read in its words ("Wells Fargo analyst ...": no given name and surname)
        county = _COUNTY_BEFORE.get(lang) if label in _PLACE_LABELS and ent.id is None else None
        opened_by = county.search(text[max(0, start - 8) : start]) if county is not None else None
        if opened_by is not None:
            start = opened_by.start() + max(0, start - 8)  # "County Durham", "Co. Antrim": the county's whole name
        if label in _PLACE_LABELS and ent.label not in _PLACE_LABELS and ent.id is None:
            placed.add(text[start:end])
        elif label == "GPE" and ent.label == "GPE" and _town_shown(text, start, end, lang, gazetteer, person_words):
            placed.add(text[start:end])  # "a Forest Hill police sergeant" (GPE): its "a Forest Hill hotel" (ORG) too
        if label != ent.label or start != ent.start or end != ent.end:
            ent = RawEntity(text[start:end], label, start, end, ent.id, name)
        out.append(ent)
    return _placed_alike(out, placed)


_PLACE_LABELS = frozenset({"GPE", "LOC"})


def _town_shown(
    text: str, start: int, end: int, lang: str, gazetteer: Gazetteer | None, person_words: set[str]
) -> bool:
    """Whether a name the model itself read as a place is a small town the gazetteer knows by its own name only
    (``_small_town``, no bigger place's) with a town's part or people right after it ("a Forest Hill police sergeant",
    "the Kenthurst residents"): evidence in this article for the name's other mentions the model read as a body."""
    span = text[start:end]
    return (
        gazetteer is not None
        and gazetteer.place_form(span, lang) is None
        and (_words_after(_PARTS_AFTER, text, end, lang, 40) or _words_after(_RESIDENT_AFTER, text, end, lang, 16))
        and _small_town(span, lang, gazetteer, person_words)
    )


def _region_within(span: str, label: str, lang: str, gazetteer: Gazetteer | None, institutions: set[str]) -> int:
    """Where the region starts in a model's body or person that is a world region's name (no country's, no state's)
    before a region or a country the gazetteer knows ("the Caribbean West Indies"): the offset of the second, 0 if the
    span is not so (a body's word in it, "the Caribbean Development Bank"; a state first, "Texas Oklahoma")."""
    if label not in ("ORG", "PERSON", "NORP") or gazetteer is None or lang != "en":
        return 0
    head = re.match(r"(?:[Tt]he )?([A-Z][a-z]+) (?=[A-Z])", span)
    if head is None or len(span) > 60 or set(_words(span)) & (institutions | _COMPANY_ENDINGS):
        return 0
    world = gazetteer.place_form(head.group(1), lang)
    rest = gazetteer.place_form(span[head.end() :], lang)
    if world is None or world[1].kind != "region" or world[1].country_code:
        return 0
    return head.end() if rest is not None and rest[1].kind in ("region", "country") else 0


def _placed_alike(found: list[RawEntity], placed: set[str]) -> list[RawEntity]:
    """The model's other organisations of a name the rules made a place on evidence in this article ("in the town of
    Saraqeb" GPE, then "Saraqeb has changed hands" ORG): one name, one sense within an article, so the place's
    mentions are not outvoted by the model's guesses where the text gives no cue."""
    if not placed:
        return found
    return [
        RawEntity(e.text, "GPE", e.start, e.end, e.id, e.name)
        if e.label == "ORG" and e.id is None and e.text in placed
        else e
        for e in found
    ]


_TITLE_OF = re.compile(r"(?<![\w'’.-])([A-Za-z]+) of $")


# (French) the State that a head of state's title governs ("le chef de l'État russe"), after its role word and
# "de": the title's, no place. (A ministry's field, "le ministre de la Défense", stays the body it names:
# test_entities_romance_wire.)
_OFFICE_DE = {"fr": re.compile(r"(?<![\w'’-])([a-zéè-]+)(?: [a-zé]+)? (?:de la|de l['’]|du|des) ?$")}
_PORTFOLIOS = {"fr": frozenset(["État"])}


def _portfolio_title(span: str, text: str, start: int, lang: str, roles: set[str]) -> bool:
    """(French) whether a name is the State a head of state's title governs, after its role word and "de" ("le
    chef de l'État russe"), a people's adjective after it or not: no place nor organisation."""
    fields = _PORTFOLIOS.get(lang)
    if fields is None:
        return False
    words = span.split()
    while len(words) > 1 and words[-1].islower() and " ".join(words) not in fields:
        words.pop()  # "État russe": the State, then a people's adjective
    if " ".join(words) not in fields:
        return False
    m = _OFFICE_DE[lang].search(text, max(0, start - 40), start)
    return m is not None and m.group(1) in roles


# A line's opening word in capitals, then a full stop, a colon or a dash ("DIRECT. Drones sur le Kremlin", "EN
# DIRECT - …"): a rubric.
_RUBRIC_AFTER = re.compile(r" ?[.:–—-]")
_RUBRIC_BEFORE = re.compile(r"(?:^|\n)(?:[A-ZÀ-Ý]{1,3} )?$")


def _rubric(span: str, text: str, start: int, end: int, lang: str) -> bool:
    """Whether a name in capitals opening a line is a word of the language before a stop or a dash, as a live blog's
    heading writes its rubric ("DIRECT.", "EN DIRECT -"): no organisation nor person. (An acronym, "ONU", is no
    word; a dateline's place is not read here.)"""
    return (
        len(span) >= 4
        and span.isalpha()
        and span.isupper()
        and is_common_word(span, lang)
        and _RUBRIC_AFTER.match(text, end) is not None
        and _RUBRIC_BEFORE.search(text, max(0, start - 5), start) is not None
    )


# The role words a portfolio comes right before ("Defense Minister Sergei Shoigu", "Defence Secretary"), by language.
_PORTFOLIO_HEADS = {"en": re.compile(r"[ \u00a0]+(?:[Mm]inister|[Ss]ecretary)\b")}


def _title_part(span: str, text: str, start: int, lang: str, roles: set[str]) -> bool:
    """Whether a one-word name ends a title after a role and "of" ("Secretary of State", "Minister of Defence"), or
    opens one right before a minister's role word ("Defense Minister Sergei Shoigu": the portfolio): a word of the
    language that is part of the title, no organisation. ("Labour leader": a party before a leader, kept.)"""
    if " " in span or not is_common_word(span, lang):
        return False
    m = _TITLE_OF.search(text, max(0, start - 20), start)
    if m is not None and m.group(1).casefold() in roles:
        return True
    portfolio = _PORTFOLIO_HEADS.get(lang)
    return portfolio is not None and portfolio.match(text, start + len(span)) is not None


_ALLEGIANCE = {"en": re.compile(r"(?:[Pp]ro|[Aa]nti)-[A-Z]")}

_LOWER_AFTER = re.compile(r"[ \u00a0]+[a-z]")


def _allegiance(span: str, text: str, end: int, lang: str) -> bool:
    """Whether a name is a stance toward one, an adjective before a lower-case noun ("Pro-Kremlin bloggers",
    "Anti-Western sentiment"): no organisation, person nor place."""
    prefix = _ALLEGIANCE.get(lang)
    return prefix is not None and prefix.match(span) is not None and _LOWER_AFTER.match(text, end) is not None


# A time right after a name ("in Roxbury Wednesday night", "near Owego on Monday", "in Senkata last week"), and the
# words before "in" that make the name a company's ("a stake in Tesla on Monday"), in English.
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"

_TIME_AFTER = {
    "en": re.compile(
        rf",?\s+(?:(?:on|early|late|since|until)\s+)?{_WEEKDAY}\b|,?\s+(?:yesterday|today|tonight|overnight)\b"
        r"|,?\s+(?:last|this|earlier this) (?:week|weekend|month|year|morning|afternoon|evening|night)\b"
    )
}

_COMPANY_FRAME = {"en": re.compile(r"\b(?:stakes?|shares?|invest\w*|interests?|holdings?|positions?) $")}


def _placed_in_time(span: str, text: str, start: int, end: int, lang: str) -> bool:
    """Whether an unknown one- or two-word name is where something happened: a place cue ("in", "near") before it,
    a time right after it ("in Roxbury Wednesday night"), no company frame before the cue ("a stake in") and no
    institution's or company's word in it. A company or a person is seldom where an event took place."""
    cue, time, company = _PLACE_CUES.get(lang), _TIME_AFTER.get(lang), _COMPANY_FRAME.get(lang)
    words = span.split()
    if cue is None or time is None or not 1 <= len(words) <= 2 or not time.match(text[end : end + 40]):
        return False
    m = cue.search(text[max(0, start - 30) : start])
    if m is None or m.group(0).split()[0] not in ("in", "near", "outside"):
        return False
    head = text[max(0, start - 30) : start][: m.start()].split()[-1:]
    if company is not None and head and company.search(head[0].casefold() + " "):
        return False
    if not all(w[:1].isupper() for w in words) or any(is_common_word(w, lang) for w in words):
        return False  # "the vote in Congress Tuesday": a word of the language names a body, not a place
    folded = {w.casefold().strip(".,") for w in words}
    return not folded & _body_words(lang)


# Words right before a name that put something on a geographic feature ("atop Mauna Kea", "the slopes of Etna").
_FEATURE_CUES = {code: re.compile(cue) for code, cue in languages.table("PLACE_FEATURE_CUES").items()}


def _on_feature(text: str, start: int, lang: str) -> bool:
    """Whether the words right before ``start`` put something on a feature (:data:`_FEATURE_CUES`): only a place
    has a summit, slopes or banks."""
    cue = _FEATURE_CUES.get(lang)
    return cue is not None and cue.search(text[max(0, start - 30) : start]) is not None


# A city's possessive before a name and a word for a part of a town after it ("Moscow's Arbat district", "Delhi's
# Saket neighbourhood"): the name is that part, a place, whatever people's adjective a model took it for.
_URBAN_PART = {"en": (re.compile(r"\w['’]s $"), re.compile(r" (?:district|neighbou?rhood|quarter|suburb)\b"))}


def _urban_part(span: str, text: str, start: int, end: int, lang: str) -> bool:
    """Whether a one-word name stands between a place's possessive and a word for a part of a town
    (:data:`_URBAN_PART`), and is no word of the language ("Jerusalem's Armenian quarter": a people's adjective)."""
    cues = _URBAN_PART.get(lang)
    if cues is None or " " in span.strip() or is_common_word(span, lang) or _DEMONYM.match(span):
        return False
    before, after = cues
    return before.search(text[max(0, start - 4) : start]) is not None and after.match(text, end, end + 16) is not None


_POSSESSIVE_AFTER = re.compile(r"['’]s?\b")

# A preposition right before a name (no word of a place cue's strength, but enough for a region's own name: "forecast
# for Cumbria", "rain over Lancashire").
_REGION_PREPOSITION = re.compile(r"(?<![\w'’-])(?:for|to|into|over|across|of|at|on|from|towards?) $")

# A person's noun right after a name ("the Limerick woman", "a Kildare man, 45,"): the name says where the person is
# from, a place.
_RESIDENT_AFTER = {
    "en": re.compile(
        r"[ \u00a0](?:man|woman|men|women|boy|girl|teenager|teen|pensioner|mother|father|grandmother|grandfather"
        r"|couple|native|natives|student|schoolboy|schoolgirl)\b"
    )
}


# A part or a people of a town right after a name, its possessive or not ("Galway's main street", "Cork's city centre",
# "Bulawayo's water supply", "Sligo residents"): what a town has, not a company (not "Toyota's profits", "its staff").
_PARTS_AFTER = {
    "en": re.compile(
        r"(?:['’]s)? (?:(?:main|old|historic|inner|outer|northern|southern|eastern|western|central|busy|flooded) )?"
        r"(?:streets?|city cent(?:re|er)|town cent(?:re|er)|downtown|suburbs|outskirts|residents|mayor|population"
        r"|airport|harbou?r|old town|skyline|neighbou?rhoods|water supply|beaches|seafront|waterfront"
        r"|police|sheriff|fire department|property|properties|home|homes|neighbou?rhood|area|location)\b"
    )
}


def _words_after(table: dict[str, re.Pattern[str]], text: str, end: int, lang: str, reach: int) -> bool:
    """Whether the language's words of ``table`` come right after the name ending at ``end`` (a town's part or
    people, :data:`_PARTS_AFTER`; a person's noun, :data:`_RESIDENT_AFTER`), within ``reach`` characters."""
    after = table.get(lang)
    return after is not None and after.match(text, end, end + reach) is not None


def _settlement(text: str, start: int, end: int, lang: str) -> bool:
    """A settlement noun before the name ("area of", "localité de"), or after it when a place cue comes
    before ("in Pangram area")."""
    nouns, after = _PLACE_NOUNS.get(lang), _PLACE_NOUNS_AFTER.get(lang)
    if nouns is not None and nouns.search(text[max(0, start - 30) : start]):
        return True
    cued = _place_cued(text, start, lang)
    # "from the Sumy area", "in the Kharkiv region": the article and a settlement noun around the name
    cued = cued or (lang in _SPOTTED_PLACES and _AREA_BEFORE.search(text[max(0, start - 15) : start]) is not None)
    return cued and after is not None and after.match(text[end : end + 20]) is not None


@functools.cache
def _and_split(lang: str) -> re.Pattern[str]:
    """Two names of one or two capitalised words joined by the language's "and" or "&" ("Orange and Riverside")."""
    name = r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)?"
    joins = "|".join(re.escape(c) for c in (*_conjunctions(lang), "&"))
    return re.compile(rf"(?P<first>{name}) (?:{joins}) (?P<second>{name})")


# What a model calls two places joined by "and" when it reads them as one thing ("Odesa and Mykolaiv" WORK_OF_ART).
_THING_LABELS = frozenset({"WORK_OF_ART", "ORG", "PRODUCT", "EVENT", "LAW"})


def _two_places(
    pair: re.Match[str], span: str, label: str, lang: str, gazetteer: Gazetteer | None, cued: bool = False
) -> bool:
    """Whether a thing's name joined by "and" is two places: each half a country, a region or a city of
    :data:`CITY_POPULATION` the gazetteer knows (any town it knows when a place cue comes before: "around Bakhmut and
    Avdiivka"), and the whole no place of its own ("Trinidad and Tobago")."""
    if label not in _THING_LABELS or gazetteer is None or gazetteer.place_form(span, lang) is not None:
        return False
    halves = (gazetteer.place_form(pair.group(part), lang) for part in ("first", "second"))
    return all(found is not None and (cued or more_than_a_town(found[1])) for found in halves)


@functools.cache
def _list_split(lang: str) -> re.Pattern[str]:
    """Three names or more of one or two capitalised words: commas between, the language's "and" before the last
    ("Odesa, Kharkiv and Dnipro", "Odesa, Kharkiv, and Dnipro")."""
    joins = "|".join(re.escape(c) for c in _conjunctions(lang))
    return re.compile(rf"{_LIST_NAME}(?:, {_LIST_NAME})+,? (?:{joins}) {_LIST_NAME}")


def _place_list(span: str, label: str, lang: str, gazetteer: Gazetteer | None) -> list[tuple[int, int]] | None:
    """The spans of the places a thing's name listing three or more names is (:func:`_two_places`, for a list): each
    name a country, a region or a city of :data:`CITY_POPULATION` the gazetteer knows, or each a town it knows and one
    of them no small town ("Bakhmut, Avdiivka and Marinka": three names that are all towns are no company's name);
    None when it is no such list."""
    if (
        label not in _THING_LABELS
        or gazetteer is None
        or not _conjunctions(lang)
        or not _list_split(lang).fullmatch(span)
    ):
        return None
    spans = [m.span() for m in re.finditer(_LIST_NAME, span)]
    names = [span[a:b] for a, b in spans]
    if any(n in _conjunctions(lang) for n in names):
        return None
    places = [gazetteer.place_form(n, lang) for n in names]
    if all(found is not None and more_than_a_town(found[1]) for found in places):
        return spans
    small = [gazetteer.small_town(n, lang) if found is None else None for n, found in zip(names, places, strict=True)]
    towns = all(
        found is not None or (town is not None and _own_spelling(n, town[1].name) and not is_common_word(n, lang))
        for n, found, town in zip(names, places, small, strict=True)
    )
    return spans if towns and any(found is not None for found in places) else None


_FEATURED = frozenset({"PERSON", "ORG", "PRODUCT", "GPE", "LOC"})  # what a model calls a feature's name before its noun


def _feature_after(text: str, end: int, lang: str) -> int:
    """The length of a lower-case feature noun right after a name ("Taman peninsula"), else 0."""
    after = _FEATURE_AFTER.get(lang)
    m = after.match(text, end, end + 20) if after is not None else None
    return 0 if m is None else m.end() - end


def _spelt_out(span: str, lang: str) -> str:
    """A name with every abbreviation of the language's place names written in full (``PLACE_ABBREVIATIONS``: "Port
    St. Lucie" -> "Port Saint Lucie"), wherever it stands in the name."""
    table = ABBREVIATIONS.get(lang, {})
    return " ".join(table.get(w, w) for w in span.split(" "))


# The word a British or Irish county's name opens with ("County Durham", "Co. Antrim"): part of the place's name.
_COUNTY_BEFORE = {"en": re.compile(r"(?<![\w'’.-])(?:County|Co\.)[ \u00a0]$")}

_HEADLINE_GOES_ON = re.compile(r"[ \u00a0]+[A-Z0-9]|[ \t]*(?:\n|$)")  # a capitalised word next, or the line's end


def _headline_place(span: str, label: str, text: str, end: int, lang: str, gazetteer: Gazetteer | None) -> int | None:
    """Where the place starts in an "organisation" a model ran over a headline's capitalised words ("Floods Hit
    Queensland As Rain Continues", "Storm Batters Florida"): every word before the last one or two a common word of
    the language and no body's, the last a country, a region or a city of 100,000 the gazetteer knows, and the
    headline going on in capitals or ending its line after it (not "Global Payments Texas rose"). None otherwise."""
    words = span.split(" ")
    if label != "ORG" or gazetteer is None or not 3 <= len(words) <= 6 or not all(w[:1].isupper() for w in words):
        return None
    if _HEADLINE_GOES_ON.match(text, end) is None:
        return None
    for n in (2, 1):
        head, tail = words[:-n], " ".join(words[-n:])
        if len(head) < 2 or not all(is_common_word(w, lang) and not institution_word(w, lang) for w in head):
            continue
        place = gazetteer.place_form(tail, lang)
        if place is not None and more_than_a_town(place[1]):
            return len(span) - len(tail)
    return None


_TOWN_COMMA_STATE = re.compile(r"([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}), ([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2})")


def _town_and_state(
    span: str, label: str, lang: str, gazetteer: Gazetteer | None, institutions: set[str]
) -> list[tuple[int, int]] | None:
    """A town and its state or country a model took as one name ("Coolum, Queensland", "Abuja, Nigeria"): the two
    places' spans, when the part after the comma is a country or a region the gazetteer knows and the part before
    holds no body's word. None otherwise."""
    if label not in ("ORG", "GPE", "LOC") or gazetteer is None or lang not in _SPOTTED_PLACES:
        return None
    m = _TOWN_COMMA_STATE.fullmatch(span)
    if m is None or set(_words(m.group(1))) & (institutions | _COMPANY_ENDINGS):
        return None
    state = gazetteer.place_form(m.group(2), lang)
    # "Ballymena, Co Antrim": a county by its word, after a town the gazetteer knows
    county = _county_named(m.group(2), lang, institutions) and gazetteer.place_form(m.group(1), lang) is not None
    if (state is None or state[1].kind not in ("country", "region")) and not county:
        return None
    return [m.span(1), m.span(2)]


# A county's whole name as British and Irish papers write it, its word first ("County Durham", "Co. Cork", "Co Kerry").
_COUNTY_NAME = {"en": re.compile(r"(?:County|Co\.?) [A-Z][a-z]+(?:[ -][A-Z][a-z]+)?")}


# A county's office, building or event, its word first ("County Hall", "County Court", "County Fair"): no county.
_COUNTY_BODIES = {
    "en": frozenset(
        {"hall", "court", "courthouse", "jail", "fair", "show", "ground", "road", "line", "board", "clerk", "sheriff",
         "judge", "championship", "cricket", "hospital", "school", "offices", "building", "commissioner", "executive"}
    )
}  # fmt: skip


def _county_named(span: str, lang: str, institutions: set[str]) -> bool:
    """Whether a name is a county's, its word first ("Co Kerry", "County Tyrone"), no body's word in it ("County
    Hall", "County Council")."""
    pattern = _COUNTY_NAME.get(lang)
    if pattern is None or pattern.fullmatch(span) is None:
        return False
    words = {w.casefold() for w in _words(span)}
    return not words & (institutions | _COUNTY_BODIES.get(lang, frozenset()))


# The words of a route or a stretch between two places ("from Galveston to Corpus Christi"): the name after the second
# is the route's other end when a place the rules kept follows the first.
_ROUTE = {"en": ("from", "to")}


def _route_end(out: list[RawEntity], text: str, start: int, lang: str) -> bool:
    """Whether the name at ``start`` closes a route whose first end is the last place kept ("from Galveston to"):
    a place too. Reads the last kept name only."""
    words = _ROUTE.get(lang)
    if words is None or not out or out[-1].label not in _PLACE_LABELS:
        return False
    first = out[-1]
    opening, closing = words
    between = text[first.end : start]
    return between.strip() == closing and text[max(0, first.start - len(opening) - 1) : first.start].rstrip() == opening


def _leads_list(found: list[RawEntity], i: int, text: str, lang: str, gazetteer: Gazetteer | None = None) -> bool:
    """Whether the name opens a list whose next name is a place ("Sochi, Kaliningrad and St Petersburg"), or, with
    the gazetteer, a next name the model called something else that is a country, a region or a big city under its
    own name ("Gurugram and Noida reported" ORG, ORG; "Lusaka and Lilongwe" ORG, PERSON)."""
    if i + 1 >= len(found) or found[i + 1].start < found[i].end:
        return False
    if found[i + 1].label not in _PLACES and not (
        gazetteer is not None and found[i + 1].id is None and _own_place(found[i + 1].text, lang, gazetteer)
    ):
        return False
    return _list_gap(text[found[i].end : found[i + 1].start], _conjunctions(lang))


def _own_place(span: str, lang: str, gazetteer: Gazetteer) -> bool:
    """Whether a name is a country or a region the gazetteer knows, or a big city under its own name (not "Honda", a
    town of 28,000)."""
    place = gazetteer.place_form(span, lang)
    if place is None:
        return False
    p = place[1]
    own = p.kind == "city" and unaccented(p.name) == unaccented(span)
    return p.kind in ("country", "region") or (own and p.population >= CITY_POPULATION)


def _listed(found: list[RawEntity], text: str, start: int, lang: str) -> bool:
    """Whether the name continues a list right after a place ("in Bryansk, Kursk and Belgorod")."""
    if not found or found[-1].label not in _PLACES or found[-1].end > start:
        return False
    return _list_gap(text[found[-1].end : start], _conjunctions(lang))
