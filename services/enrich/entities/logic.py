"""entity-enrich: who and what an article names, one entry per real-world entity.

Who finds the names depends on the article's language (``models.py``): spaCy's
English pipeline (configurable, ``WIRESTREAM_SPACY_MODEL``) and French pipeline,
Natasha for Russian, and for every other language the capitalisation recogniser
(``names.py``) confirmed by the gazetteer, cues and the registry. The models' labels
are then corrected (``correct``): a known country or city is a place, not a person;
a name with an institution word (Bank, Ministry, Reserve, Airlines) or after a
descriptor ("budget airline", "retailer") is an organisation; a role word at the
head of a name ("Spokeswoman Sandy Angers") makes it a person. The alias registry
runs on every article and has the last word on what it knows.

Grouping mentions under one canonical name is plain Python, testable without a
model:

* possessives and a leading "the" are dropped (a capital "The" stays on places: The Hague); personal titles ("President",
  "Mr") are dropped from people; so are middle initials ("Dmitri S Peskov" is
  Dmitri Peskov);
* a one-word mention of a person's surname or first name joins that person;
* the same name in other letter case ("MOSCOW") joins the usual spelling;
* an inflected mention ("Пескова", "Pieskowa") groups under its name;
* an entity's label is the one most of its mentions carry.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from wirestream.contracts import DatedArticle, EnrichedArticle, Entity, Geo, Mention
from wirestream.services.enrich import languages
from wirestream.services.enrich.entities import labels, uncased
from wirestream.services.enrich.entities.geo import (
    ABBREVIATIONS,
    Gazetteer,
    Place,
    press_spelling,
    town_alias,
    unaccented,
)
from wirestream.services.enrich.entities.models import RawEntity, Recognizer
from wirestream.services.enrich.entities.name_data import stop_words
from wirestream.services.enrich.entities.names import (
    AND,
    CITY_POPULATION,
    INSTITUTIONS,
    PARTICLES,
    PLACE_HEADS,
    ROLES,
    NameFinder,
    after_indefinite,
    common_place_word,
    compass_place,
    coordinated,
    family_name,
    given_name,
    institution_word,
    is_common_word,
    more_than_a_town,
    outlet_name,
    party_after,
    storm_name,
    surname_mentions,
    surname_owner,
    word_before,
)
from wirestream.services.enrich.entities.quotes import find_quotes
from wirestream.services.enrich.entities.quotes.language import lemma
from wirestream.services.enrich.entities.quotes.language import load as quote_language
from wirestream.services.enrich.entities.registry import Known, Match, Registry
from wirestream.services.enrich.incident.logic import Incident, best_match
from wirestream.services.enrich.languages import cldr
from wirestream.services.enrich.lexicon import CJK, PLATFORM_NAMES

__all__ = ["RawEntity", "Recognizer", "Toolkit", "correct", "enrich", "group_entities", "merge", "surface"]

KEEP_LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART"}
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
}
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
_INITIAL = re.compile(r"^[A-Z]\.?$")


def surface(text: str, label: str) -> str:
    """A mention reduced to the name it carries."""
    name = _POSSESSIVE.sub("", text.strip())
    words = name.split()
    if words and (words[0] == "the" or (words[0] == "The" and len(words) > 1 and label not in _PLACES)):
        words = words[1:]
    if label == "PERSON":
        while len(words) > 1 and words[0].lower().rstrip(".") in TITLES:
            words = words[1:]
        if len(words) > 2:
            words = [words[0], *[w for w in words[1:-1] if not _INITIAL.match(w)], words[-1]]
    return " ".join(words)


def _display(forms: Counter[str]) -> str:
    """The spelling to show: the most common form that is not in capitals, longest first."""
    ranked = sorted(forms, key=lambda f: (f.isupper(), -len(f.split()), -forms[f], -len(f)))
    return ranked[0]


def group_entities(found: Iterable[RawEntity], registry: Registry | None = None) -> list[Entity]:
    """Group mentions into entities with a canonical name, label, count and spans.

    Mentions of a registry entry group under its id and take its name and label.
    """
    groups: dict[str, list[tuple[RawEntity, str]]] = {}
    known: dict[str, Known] = {}
    for ent in found:
        if ent.label not in KEEP_LABELS:
            continue
        name = surface(ent.name or ent.text, ent.label)
        if not name or not any(c.isalpha() for c in name):
            continue
        entry = None
        if registry is not None:
            if registry.is_never(name) or registry.is_never(ent.text):
                continue
            entry = registry.by_id.get(ent.id) if ent.id else registry.lookup(name) or registry.lookup(ent.text)
            if entry is not None and not _compatible(entry.label, ent.label):
                entry = None
        if entry is not None:
            known[entry.id] = entry
            groups.setdefault(f"id:{entry.id}", []).append((ent, entry.name))
        else:
            groups.setdefault(name.casefold(), []).append((ent, name))

    def label_of(members: list[tuple[RawEntity, str]]) -> str:
        return Counter(e.label for e, _ in members).most_common(1)[0][0]

    # One-word mentions join the one person whose full name starts or ends with that word.
    def full_name(key: str) -> str:
        return known[key[3:]].name.casefold() if key.startswith("id:") else key

    # People indexed by their first and last word: a lookup per one-word mention, not a scan of every
    # person (that was quadratic on a text of many names, issue 12).
    by_word: dict[str, list[str]] = {}
    for key, members in groups.items():
        words = full_name(key).split()
        if len(words) > 1 and label_of(members) == "PERSON":
            for word in dict.fromkeys((words[0], words[-1])):
                by_word.setdefault(word, []).append(key)
    for key in [k for k in groups if not k.startswith("id:") and len(k.split()) == 1]:
        owners = by_word.get(key, [])
        if len(owners) == 1 and _place_first(groups[key], groups[owners[0]], full_name(owners[0]), key):
            continue  # "In Virginia" before any "Virginia Smith": a place that is also a given name
        if len(owners) == 1:
            groups[owners[0]].extend((ent, name) for ent, name in groups.pop(key))

    entities = []
    for key, members in groups.items():
        members.sort(key=lambda m: m[0].start)
        entry = known.get(key[3:]) if key.startswith("id:") else None
        full = Counter(name for _, name in members if len(name.split()) > 1) or Counter(n for _, n in members)
        label = entry.label if entry else label_of([m for m in members if len(m[1].split()) > 1] or members)
        entities.append(
            Entity(
                id=entry.id if entry else None,
                name=entry.name if entry else _display(full),
                label=label,
                count=len(members),
                mentions=[Mention(text=e.text, start=e.start, end=e.end) for e, _ in members],
                geo=Geo(latitude=entry.geo[0], longitude=entry.geo[1], country_code=entry.geo[2], source="registry")
                if entry and entry.geo
                else None,
            )
        )
    entities.sort(key=lambda e: (-e.count, e.mentions[0].start))
    return entities


_PLACES = {"GPE", "LOC", "FAC"}


def _place_first(word: list[tuple[RawEntity, str]], person: list[tuple[RawEntity, str]], name: str, key: str) -> bool:
    """Whether a one-word mention that opens a person's name is a place before it: labelled a place (by most of
    its mentions) and written before the person is first named ("In Virginia, ..." then "Virginia Smith"). A
    given name alone after the person's full name ("Angus Barbieri ... Angus") is the person, however labelled."""
    labels = Counter(e.label for e, _ in word).most_common(1)[0][0]
    first_place = min(e.start for e, _ in word)
    return labels in _PLACES and name.split()[0] == key and first_place < min(e.start for e, _ in person)


_NAMED_THINGS = {"GPE", "LOC", "FAC", "ORG", "NORP"}


def _compatible(a: str, b: str) -> bool:
    return a == b or (a in _NAMED_THINGS and b in _NAMED_THINGS)


def merge(model: list[RawEntity], matches: list[Match]) -> list[RawEntity]:
    """The model's mentions and the registry's, one per span; the registry decides labels and ids.

    Where a model mention contains a registry alias of the same kind ("Dmitri S Peskov"
    around "Peskov"), the longer span is kept with the registry's id and label. Where it
    is an organisation built on a place ("Bank of America", "Ministerio de Defensa de
    Rusia"), the organisation stays and the place inside it is not a mention.
    """
    known = sorted(
        (RawEntity(m.text, m.known.label, m.start, m.end, m.known.id) for m in matches), key=lambda e: e.start
    )
    ends = [r.end for r in known]  # the registry's matches do not overlap: their ends are sorted too
    extra: list[RawEntity] = []
    for ent in model:
        first = bisect.bisect_right(ends, ent.start)
        inside = []
        for k in range(first, len(known)):
            if known[k].start >= ent.end:
                break
            inside.append(k)
        if not inside:
            extra.append(ent)
            continue
        if len(inside) == 1:
            r = known[inside[0]]
            longer = ent.start <= r.start and r.end <= ent.end and ent.end - ent.start > r.end - r.start
            if longer and ent.label == "ORG" and r.label in _PLACES and _institution(ent.text):
                known[inside[0]] = ent
            elif longer and r.label == "PERSON" and r.end == ent.end and len(r.text.split()) >= 2:
                # "écrit sur Telegram Dmitri Medvedev": a registered full name is whole; a word the model ran into
                # it from before is no part of it (a given name's "Dmitri S Peskov" around "Peskov" is)
                continue
            elif longer and _compatible(r.label, ent.label):
                known[inside[0]] = RawEntity(ent.text, r.label, ent.start, ent.end, r.id)
            elif longer and ent.label == "PERSON" and r.label == "ORG" and r.start == ent.start:
                # "della Duma Vyacheslav Volodin": the body a recogniser ran into the name after it; the person
                # is the full name that follows (two words at least), not lost with the body's span
                rest = ent.text[r.end - ent.start :]
                name = rest.lstrip(" ")
                if len(name.split()) >= 2 and rest[: len(rest) - len(name)]:
                    extra.append(RawEntity(name, ent.label, ent.end - len(name), ent.end))
    return sorted(known + extra, key=lambda e: e.start)


_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’-]*) $")


def _given_names_of_known(found: list[RawEntity], text: str, registry: Registry) -> list[RawEntity]:
    """A registered person's surname alone, right after a capitalised word that is that person's given name as the
    language spells it (:meth:`Registry.given_name_of`: "Volodimir Zelenski", "Vladimira Putina", "Vlagyimir
    Putyin"; GeoNames lists the first two among the names of the city of Vladimir): one mention of the person with
    the given name; a place or a person without an id found on that word goes. One look back per such mention."""
    out: list[RawEntity] = []
    drop: set[int] = set()
    for e in found:
        if e.id is not None and e.label == "PERSON" and " " not in e.text:
            m = _WORD_BEFORE.search(text, max(0, e.start - 40), e.start)
            word = m.group(1) if m is not None else ""
            a = e.start - len(word) - 1
            across = [x for x in found if x.start < e.start - 1 and a < x.end]
            if (
                word[:1].isupper()
                and registry.given_name_of(word, e.id)
                and all(x.id is None and x.label in ("GPE", "LOC", "FAC", "PERSON") and a <= x.start for x in across)
            ):
                drop.update(id(x) for x in across)
                e = dataclasses.replace(e, text=text[a : e.end], start=a)
        out.append(e)
    return [e for e in out if id(e) not in drop]


def _known_places(found: list[RawEntity], registry: Registry, gazetteer: Gazetteer | None) -> list[RawEntity]:
    """Places the registry knows under another spelling: a place no alias names whose gazetteer place (a city or a
    country) has a registry entry's name, in that entry's country ("Moscovo", "Moskow": GeoNames' Moscow, the
    registry's place/moscow), takes the entry's id, so its name and point are the registry's."""
    if gazetteer is None:
        return found

    def entry_id(name: str) -> str | None:
        place = gazetteer.lookup(name)
        if place is None or place.kind not in ("city", "country"):
            return None
        entry = registry.lookup(place.name)
        point = entry.geo if entry is not None and entry.label in _PLACES else None
        return entry.id if entry is not None and point is not None and point[2] == place.country_code else None

    ids: dict[str, str | None] = {}  # each spelling looked up once, however many mentions it has
    out = []
    for ent in found:
        if ent.id is None and ent.label in _PLACES:
            name = ent.name or ent.text
            if name not in ids:
                ids[name] = entry_id(name)
            if ids[name] is not None:
                ent = dataclasses.replace(ent, id=ids[name])
        out.append(ent)
    return out


def _institution(text: str) -> bool:
    return any(institution_word(w) for w in _words(text))


def geocode(entities: list[Entity], gazetteer: Gazetteer | None, language: str | None = None) -> list[Entity]:
    """Coordinates for places the registry did not place, resolved by the article's countries. In an article not in
    English (``language``), a place the gazetteer found takes the gazetteer's name ("Финляндия", "Finlandia":
    Finland; the mentions keep the text as written), so one place has one name in every language; two entities
    that then share a name are one (:func:`_one_per_name`)."""
    if gazetteer is None:
        return entities
    rename = bool(language) and (language or "").split("-")[0] != "en"
    context = [e.geo.country_code for e in entities if e.geo]
    out = []
    for entity in entities:
        if entity.label in _PLACES and entity.geo is None:
            place = gazetteer.lookup(entity.name, context)
            if place is not None:
                geo = Geo(
                    latitude=round(place.latitude, 5),
                    longitude=round(place.longitude, 5),
                    country_code=place.country_code,
                    source="gazetteer",
                )
                update: dict[str, Any] = {"geo": geo}
                if rename and entity.id is None:
                    update["name"] = place.name
                entity = entity.model_copy(update=update)
                context.append(place.country_code)
        out.append(entity)
    return _one_per_name(out) if rename else out


def _one_per_name(entities: list[Entity]) -> list[Entity]:
    """Places of one name joined into one entity (the registry's, where one is; the mentions in text order)."""
    out: list[Entity] = []
    seen: dict[str, int] = {}
    for entity in entities:
        key = entity.name.casefold()
        at = seen.get(key) if entity.label in _PLACES else None
        if at is None or out[at].label not in _PLACES:
            if entity.label in _PLACES:
                seen.setdefault(key, len(out))
            out.append(entity)
            continue
        first = out[at]
        keep, other = (first, entity) if first.id is not None or entity.id is None else (entity, first)
        mentions = sorted([*keep.mentions, *other.mentions], key=lambda m: m.start)
        out[at] = keep.model_copy(update={"mentions": mentions, "count": keep.count + other.count})
    out.sort(key=lambda e: (-e.count, e.mentions[0].start))  # as group_entities orders them
    return out


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
_WORD = re.compile(r"[\w'’.-]+")
# Words right before a name that make a small town in the gazetteer the place ("near the town of Ilsky").
_PLACE_CUES = {code: re.compile(cue, re.I) for code, cue in languages.table("PLACE_BEFORE").items()}
# A settlement noun right before a name ("area of Sarkh", "localité de Zébéla"): a place, known or not.
_PLACE_NOUNS = {code: re.compile(cue, re.I) for code, cue in languages.table("PLACE_NOUN_BEFORE").items()}
# An administrative noun right after a name ("Riverside counties", "Orleans parish"): a place, whatever the model said.
_ADMIN_AFTER = {code: re.compile(cue) for code, cue in languages.table("PLACE_ADMIN_AFTER").items()}
# A lower-case feature noun right after a name ("the Taman peninsula"): the name and the noun, one natural feature.
_FEATURE_AFTER = {code: re.compile(cue) for code, cue in languages.table("PLACE_FEATURE_AFTER").items()}
# A lower-case feature word and "of" right before a name ("le banc d’Arguin", "la plage du Truquet"): one place.
_FEATURE_BEFORE = {code: re.compile(cue) for code, cue in languages.table("PLACE_FEATURE_BEFORE").items()}
# A settlement noun right after a name a place cue introduces ("in Pangram area"): a place, known or not.
_PLACE_NOUNS_AFTER = {code: re.compile(cue, re.I) for code, cue in languages.table("PLACE_NOUN_AFTER").items()}
# A word after a place that names a part of it ("Yobe North", "Wichita East"): still a place.
_QUALIFIERS_AFTER = {code: frozenset(words) for code, words in languages.table("PLACE_QUALIFIERS_AFTER").items()}
# "And" before the last of a list of places, in the languages a model reads (which have no NAME_AND).
_LIST_AND: dict[str, tuple[str, ...]] = languages.table("PLACE_LIST_AND")
# A one-word "place" a model found that is a people's adjective ("Ukrainian"), when the gazetteer does not know it.
_DEMONYM = re.compile(r"^[A-Z][a-z]+(?:ian|ean|ese)$")
# A speech verb after a one-word name ("Parise said"), and words before one that make it a thing's ("on Twitter").
_PERSON_AFTER = {code: re.compile(cue) for code, cue in languages.table("NAME_PERSON_AFTER").items()}
_THING_BEFORE: dict[str, frozenset[str]] = languages.table("NAME_THING_BEFORE")
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
# Pronouns no person's name holds ("Contacting Us"), and the month words a day's number follows ("Mar 20").
_PRONOUNS: dict[str, frozenset[str]] = languages.table("NAME_PRONOUNS")
_MONTHS = {code: frozenset(calendar.months) for code, calendar in languages.table("CALENDAR").items()}
_DAY_AFTER = re.compile(r"\.?\s+\d{1,2}(?!\d)")
# A lower-case letter then two capitals in one word ("CalOPPA", "MkII", "iOS", "LaMDA"): an acronym's blend, a
# product's or a law's name, never a person's nor a place's ("McDonald", "DeKalb" have one capital after the small).
_CAMEL_ACRONYM = re.compile(r"[a-z][A-Z]{2,}")
_NUMBER_AFTER = re.compile(r" (\d{1,2})(?![\d.,:/–-]?\d)")
_COMPANY_ENDINGS = {
    "inc", "corp", "ltd", "llc", "plc", "gmbh", "ag", "airlines", "airways", "productions", "studios", "records",
    "holdings", "capital", "partners", "entertainment", "media", "motors", "pharmaceuticals", "technologies",
}  # fmt: skip
_LOWER_WORD = re.compile(r"(?<![\w'’.-])[^\W\d_A-ZА-ЯЁІЇЄҐ][\w'’-]*")  # words written in lower case
_NAME_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# Lower-case particles inside a person's name ("Ursula von der Leyen", "Joop den Uyl"): every language's
# ``name_particles`` (the quote lexicon's, services/enrich/languages/<code>.py), one list for both.
_NAME_PARTICLES = languages.union("QUOTES", "name_particles")


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


_HYPHENED_PAIR = re.compile(r"([A-Z][\w.]{1,30})[-–]([A-Z][\w.]{1,30})")
_COUNTRY_KINDS = frozenset({"country", "region"})


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


def _initial(text: str, start: int) -> bool:
    """Whether a word at ``start`` opens the text, a line or a sentence."""
    before = text[max(0, start - 3) : start].rstrip(" \u00a0")
    return not before or before[-1] in "\n.!?:"


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


def _no_name(span: str, text: str, start: int, lang: str, roles: set[str]) -> bool:
    """Whether a person a model found outside English is no name: initials alone ("Y.", "P. E."), or one
    word that is a common word of the language ("Représentante" opening a sentence) with no title before it."""
    words = _NAME_WORD.findall(span)
    if all(len(w) <= 1 for w in words):
        return True
    titled = word_before(text, start).rstrip(".").casefold() in roles | _PERSON_HEADS
    return len(words) == 1 and not titled and is_common_word(words[0], lang)


def _previous_word(text: str, start: int) -> str | None:
    """The word right before ``start`` when one space parts them (at most 16 characters back), else None."""
    before = text[max(0, start - 16) : start]
    words = before.split()
    return words[-1] if before[-1:] == " " and words else None


_NOT_PEOPLE = ("GPE", "LOC", "NORP", "ORG")


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


def _feature(span: str, lang: str) -> bool:
    """Whether a name a model found is a geographic feature: two to four capitalised words opened or closed by a
    head word of the language ("Sierra Nevada", "Lake Chad", "Martha's Vineyard Island"), not a person whose
    surname is a head word ("Moises Sierra") nor an institution ("Mount Sinai Hospital")."""
    heads = PLACE_HEADS.get(lang, frozenset())
    words = span.split()
    if not heads or not 2 <= len(words) <= 4 or not all(w[:1].isupper() for w in words):
        return False
    folded = [w.rstrip(".,").casefold() for w in words]
    if folded[0] not in heads and _POSSESSIVE.sub("", folded[-1]) not in heads:
        return False
    if folded[0] not in heads and given_name(words[0], lang):
        return False  # "Moises Sierra", "Jim River": a person
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
    """Whether a name a model labelled an organisation, a facility, a work or a product
    (:data:`_PAIR_MISREAD`) is a person: two capitalised words, the first a given name as written ("Brad Marchand",
    "Linus Ullmark"), not both words of the language ("Joy Division"), the second no institution's, company's,
    feature's nor place's word ("Morgan Bank", "Grace Lake", "Washington Avenue"), the whole no place the gazetteer
    knows ("Santa Clara"), no country's or region's name before a word of the language ("Florida Keys") and this mention not framed as a company's ("Martin Marietta shares rose")."""
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


def _words(text: str) -> list[str]:
    return [w.rstrip(".").casefold() for w in _WORD.findall(text)]


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
    holders: dict[str, set[str]] = {}
    for e in found:
        if e.label == "PERSON" and len(e.text.split()) > 1:
            for w in _words(e.text)[1:]:
                holders.setdefault(w, set()).add(" ".join(_words(e.text)))
    things = _things(found, text, lang, roles, gazetteer) if lang in _PERSON_AFTER else {}
    lower = {w for w in _LOWER_WORD.findall(text)}
    plain: set[str] = set()  # the article's lower-case words without accents or an elided article, when asked
    out: list[RawEntity] = []
    for i, ent in enumerate(found):
        label, start, end, name = ent.label, ent.start, ent.end, ent.name
        judged = " ".join(_words(ent.text))
        person_words = {w for w in _words(ent.text) if holders.get(w, set()) - {judged}}
        if label == "PERSON" and ent.name is None:
            start, end = _person_span(text, start, end)
            if end <= start:
                continue
        if label == "PERSON" and ent.id is None and ent.name is None:
            start = _past_opening_word(text, start, end, lang)  # "While Buckley was away": Buckley
            end = _hyphenated_given_name(text, start, end)  # "Moon Jae-in": the whole given name
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
        if label == "PERSON" and ent.id is None and after_indefinite(_previous_word(text, start), lang):
            continue  # "une Renault Clio": a thing, not a person
        if label == "PERSON" and ent.id is None and storm_name(span.split(), _previous_word(text, start), lang):
            continue  # "la tempête Céline", "Storm Ciaran": a storm, not a person
        if label in ("PERSON", "GPE", "LOC", "FAC") and ent.id is None and _CAMEL_ACRONYM.search(span):
            label = "PRODUCT"  # "MkII Ford", "CalOPPA": an acronym's blend, no person nor place
        if label in ("PERSON", "GPE", "LOC", "FAC") and ent.id is None and _language_name(span, lang, gazetteer):
            label = "LANGUAGE"  # "means tower in Aramaic": a language, no place nor person
        if label == "PERSON" and ent.id is None and _dated_month(span, text, end, lang):
            continue  # "Mar 20, 2005": a date, not a person
        if label == "PERSON" and ent.id is None and set(_words(span.casefold())) & _PRONOUNS.get(lang, frozenset()):
            continue  # "Contacting Us", "About Us": a heading, not a person
        if label == "ORG" and ent.id is None and _title_part(span, text, start, lang, roles):
            continue  # "Secretary of State Antony Blinken": the word is the title's, no organisation
        if label in ("ORG", "PERSON", "GPE") and ent.id is None and _allegiance(span, text, end, lang):
            label = "NORP"  # "Pro-Kremlin bloggers": a stance toward a name, an adjective, no organisation
        if label == "PERSON" and ent.id is None and _numbered_title(span, text, end):
            label = "PRODUCT"  # "Destiny 2" at every mention: a game's or a product's title with its number
        thing = things.get(_one_word(span)) if label == "PERSON" and ent.id is None else None
        if thing == "":
            continue  # "signed to Universal": a word of the language no person cue makes a name, not a person
        if thing is not None:
            label = thing  # "on Twitter", "the Sabres": an organisation or team, not a person
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
        around = text[max(0, start - 15) : start], text[end : end + 40]
        split = _country_pair(span, label, lang, gazetteer, *around) if ent.id is None else None
        if split is not None:  # "U.S.-Canada trade", "India-Pakistan talks": two countries, not one name
            for a, b in split:
                out.append(RawEntity(text[start + a : start + b], "GPE", start + a, start + b))
            continue
        pair = _and_split(lang).fullmatch(span) if ent.id is None else None
        if pair is not None and (_administered(text, end, lang) or _two_places(pair, span, label, lang, gazetteer)):
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
        words = _words(span)
        # A role at the head of a name: "Spokeswoman Sandy Angers" is Sandy Angers, a person.
        head = span.split()[0].rstrip(".").casefold() if span.split() else ""
        if label in ("ORG", "PERSON", "GPE", "NORP") and head in _PERSON_HEADS and len(span.split()) > 1:
            rest = span.split(maxsplit=1)[1]
            if rest[:1].isupper() and not (set(_words(rest)) & institutions):
                start = end - len(rest)
                label, name = "PERSON", None
                span, words = rest, _words(rest)
        bare = re.sub(r"^(?:the|The)\s+|['’]s?$", "", span)
        before = text[max(0, start - 40) : start].split()
        descriptor = before[-1] if before else ""
        if label in ("PERSON", "ORG") and ent.id is None and outlet_name(_previous_word(text, start), lang):
            label = "ORG"  # "l'agence Ria Novosti", "the daily Kommersant": a news outlet, not a person
        elif label in ("GPE", "LOC", "NORP", "FAC") and set(words) & institutions:
            label = "ORG"  # "Bank of America", "the US Federal Reserve", "the U.S. Air Force"
        elif label in ("PERSON", "ORG", "PRODUCT") and ent.id is None and _feature(bare, lang):
            label = "LOC"  # "Sierra Nevada", "Lake Chad": a geographic feature, whatever the model said
        elif label in _FEATURED and ent.id is None and len(words) <= 3 and (after := _feature_after(text, end, lang)):
            end += after  # "the Taman peninsula" (ORG), "the Dnipro river" (GPE): the feature, its noun included
            label, name, span = "LOC", None, text[start:end]
        elif label in ("PERSON", "ORG") and ent.id is None and _qualified_place(bare, lang, gazetteer):
            label = "GPE"  # "Yobe North", "Wichita East": a known place and a part of it
        elif label in ("PERSON", "ORG", "NORP") and ent.id is None and compass_place(bare, lang, gazetteer):
            label = "LOC"  # "West Africa", "Southern California": a compass point's part of a known place
        elif label == "GPE" and ent.id is None and _person_not_place(bare, lang, gazetteer):
            label = "PERSON"  # "Kate York": a given name and a surname that is also a town
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
            label in ("PERSON", "GPE", "LOC")
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
        elif label in ("PERSON", "ORG", "NORP", "LOC", "PRODUCT") and gazetteer is not None:
            place = gazetteer.place_form(bare, lang) or gazetteer.place_form(name or "", lang)
            titled = bool(before) and before[-1].rstrip(".").casefold() in roles
            cue = _PLACE_CUES.get(lang)
            near = bool(cue and cue.search(text[max(0, start - 30) : start])) or _listed(out, text, start, lang)
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
                region = p.kind == "region" and " " in bare  # "Riverside County": a region's whole name
                # A town under its own name after "in" or "near" is the town, an organisation or not ("in Rukban").
                # A region listed after a place is a place too ("in Pangram area of Sarkh, Logar": the province).
                listed = near and p.kind == "region"
                # A region of the language's own table is a place an organisation's name seldom is ("Crimea was
                # annexed" ORG), unless the model read a title with it ("The Atlantic reported": the magazine).
                listed = listed or (p in gazetteer.named_places and not span.startswith("The "))
                if p.kind == "country" or region or (label != "ORG" and (big or near)) or (near and own) or listed:
                    label = "GPE"  # Indonesia, Toulouse: places, whatever the model said
        if label != ent.label or start != ent.start or end != ent.end:
            ent = RawEntity(text[start:end], label, start, end, ent.id, name)
        out.append(ent)
    return out


_TITLE_OF = re.compile(r"(?<![\w'’.-])([A-Za-z]+) of $")


def _title_part(span: str, text: str, start: int, lang: str, roles: set[str]) -> bool:
    """Whether a one-word name ends a title after a role and "of" ("Secretary of State", "Minister of Defence"): a
    word of the language that is part of the title, no organisation."""
    m = _TITLE_OF.search(text, max(0, start - 20), start)
    return m is not None and m.group(1).casefold() in roles and " " not in span and is_common_word(span, lang)


_ALLEGIANCE = {"en": re.compile(r"(?:[Pp]ro|[Aa]nti)-[A-Z]")}
_LOWER_AFTER = re.compile(r"[ \u00a0]+[a-z]")


def _allegiance(span: str, text: str, end: int, lang: str) -> bool:
    """Whether a name is a stance toward one, an adjective before a lower-case noun ("Pro-Kremlin bloggers",
    "Anti-Western sentiment"): no organisation, person nor place."""
    prefix = _ALLEGIANCE.get(lang)
    return prefix is not None and prefix.match(span) is not None and _LOWER_AFTER.match(text, end) is not None


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


def _in_language_table(run: str, lang: str, gazetteer: Gazetteer) -> bool:
    """Whether a run is a region or feature of the language's own table (``PLACE_NAMES``): chosen as places, so a
    dictionary's lower-case homograph ("wales", the plural of "wale") does not make it a word of the language."""
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


@functools.cache
def _body_words(lang: str) -> frozenset[str]:
    """Words that make a name a body's, not a place's: the language's institution words, English's, company endings."""
    return frozenset(INSTITUTIONS.get(lang, ())) | frozenset(INSTITUTIONS["en"]) | frozenset(_COMPANY_ENDINGS)


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


def _small_town(span: str, lang: str, gazetteer: Gazetteer, person_words: set[str]) -> bool:
    """Whether a name is a town under 15,000 people by the town's own name (``Gazetteer.small_town``; "Hope",
    "Wells"), and no word of the language ("Police") nor a word of a person the article names: the caller has
    the evidence of a place (a place cue right before it)."""
    town = gazetteer.small_town(span, lang)
    if town is None or unaccented(town[0]) != unaccented(town[1].name) or set(_words(span)) & person_words:
        return False
    return " " in span or not is_common_word(span, lang)


def _settlement(text: str, start: int, end: int, lang: str) -> bool:
    """A settlement noun before the name ("area of", "localité de"), or after it when a place cue comes
    before ("in Pangram area")."""
    nouns, after, cue = _PLACE_NOUNS.get(lang), _PLACE_NOUNS_AFTER.get(lang), _PLACE_CUES.get(lang)
    if nouns is not None and nouns.search(text[max(0, start - 30) : start]):
        return True
    cued = cue is not None and cue.search(text[max(0, start - 30) : start]) is not None
    # "from the Sumy area", "in the Kharkiv region": the article and a settlement noun around the name
    cued = cued or (lang in _SPOTTED_PLACES and _AREA_BEFORE.search(text[max(0, start - 15) : start]) is not None)
    return cued and after is not None and after.match(text[end : end + 20]) is not None


def _conjunctions(lang: str) -> tuple[str, ...]:
    """The words for "and" between the names of a list in ``lang`` (NAME_AND, PLACE_LIST_AND)."""
    return (*AND.get(lang, ()), *_LIST_AND.get(lang, ()))


@functools.cache
def _and_split(lang: str) -> re.Pattern[str]:
    """Two names of one or two capitalised words joined by the language's "and" or "&" ("Orange and Riverside")."""
    name = r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)?"
    joins = "|".join(re.escape(c) for c in (*_conjunctions(lang), "&"))
    return re.compile(rf"(?P<first>{name}) (?:{joins}) (?P<second>{name})")


# What a model calls two places joined by "and" when it reads them as one thing ("Odesa and Mykolaiv" WORK_OF_ART).
_THING_LABELS = frozenset({"WORK_OF_ART", "ORG", "PRODUCT", "EVENT", "LAW"})


def _two_places(pair: re.Match[str], span: str, label: str, lang: str, gazetteer: Gazetteer | None) -> bool:
    """Whether a thing's name joined by "and" is two places: each half a country, a region or a city of
    :data:`CITY_POPULATION` the gazetteer knows, and the whole no place of its own ("Trinidad and Tobago")."""
    if label not in _THING_LABELS or gazetteer is None or gazetteer.place_form(span, lang) is not None:
        return False
    halves = (gazetteer.place_form(pair.group(part), lang) for part in ("first", "second"))
    return all(found is not None and more_than_a_town(found[1]) for found in halves)


_LIST_NAME = r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)?"  # one name of a list: one or two capitalised words


@functools.cache
def _list_split(lang: str) -> re.Pattern[str]:
    """Three names or more of one or two capitalised words: commas between, the language's "and" before the last
    ("Odesa, Kharkiv and Dnipro", "Odesa, Kharkiv, and Dnipro")."""
    joins = "|".join(re.escape(c) for c in _conjunctions(lang))
    return re.compile(rf"{_LIST_NAME}(?:, {_LIST_NAME})+,? (?:{joins}) {_LIST_NAME}")


def _place_list(span: str, label: str, lang: str, gazetteer: Gazetteer | None) -> list[tuple[int, int]] | None:
    """The spans of the places a thing's name listing three or more names is (:func:`_two_places`, for a list): each
    name a country, a region or a city of :data:`CITY_POPULATION` the gazetteer knows; None when it is no such list."""
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
    places = (gazetteer.place_form(n, lang) for n in names)
    return spans if all(found is not None and more_than_a_town(found[1]) for found in places) else None


_FEATURED = frozenset({"PERSON", "ORG", "PRODUCT", "GPE", "LOC"})  # what a model calls a feature's name before its noun


def _feature_after(text: str, end: int, lang: str) -> int:
    """The length of a lower-case feature noun right after a name ("Taman peninsula"), else 0."""
    after = _FEATURE_AFTER.get(lang)
    m = after.match(text, end, end + 20) if after is not None else None
    return 0 if m is None else m.end() - end


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


def _administered(text: str, end: int, lang: str) -> bool:
    """An administrative noun right after the name ("Orange and Riverside counties")."""
    after = _ADMIN_AFTER.get(lang)
    return after is not None and after.match(text[end : end + 20]) is not None


def _listed(found: list[RawEntity], text: str, start: int, lang: str) -> bool:
    """Whether the name continues a list right after a place ("in Bryansk, Kursk and Belgorod")."""
    if not found or found[-1].label not in _PLACES or found[-1].end > start:
        return False
    return _list_gap(text[found[-1].end : start], _conjunctions(lang))


# Languages whose model misses places the gazetteer knows right after a place cue ("fled to safety in Kherson").
_SPOTTED_PLACES = frozenset({"en"})
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
    out: list[RawEntity] = []
    for m in _CAPITALISED_RUN.finditer(text):
        run, start, end = _POSSESSIVE.sub("", m.group(0)), m.start(), m.end()
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
        ):
            continue
        if taken.overlaps(start, end):
            continue  # inside or across a name the model found
        if " " not in run and is_common_word(run, lang) and not _in_language_table(run, lang, gazetteer):
            continue  # "in March", "in Reading the report": a word of the language (not "Wales", a region it names)
        if gazetteer.place_form(run, lang) is None and not (cued and _small_town(run, lang, gazetteer, set())):
            continue  # neither a place the gazetteer trusts nor, after a cue, a small town's own name ("in Wells")
        out.append(RawEntity(run, "GPE", start, end))
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


# Words of movement or extent before a name ("flew to Erbil", "troops from Kharkiv", "across Ontario"): weaker
# evidence of a place than the place cues (a company is sold "to Toyota"), so only for a name the model missed and
# the gazetteer trusts, never a small town's name nor a label the model gave.
_MOVEMENT_CUES = {"en": re.compile(r"(?<![\w'’-])(?:from|to|via|across|throughout|around|into)\s+$")}


def _after_place(places: list[int], text: str, start: int, lang: str) -> bool:
    """Whether ``start`` continues a list right after a place the model found ("Kent and Sussex", "Kent, Sussex"):
    ``places`` holds the places' ends, sorted."""
    k = bisect.bisect_right(places, start)
    conjunctions = (*_conjunctions(lang), "or") if lang == "en" else _conjunctions(lang)
    return bool(k) and start - places[k - 1] <= 8 and _list_gap(text[places[k - 1] : start], conjunctions)


def _list_gap(gap: str, conjunctions: tuple[str, ...]) -> bool:
    """Whether ``gap`` joins two names of a list: a comma, one of ``conjunctions``, or both."""
    return " ".join(gap.replace(",", " , ").split()) in (",", *conjunctions, *(f", {c}" for c in conjunctions))


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
# ("HONOLULU, Hawaii (HawaiiNewsNow) -", "BOSTON (WHDH) -", "LAGOS —"). At most three words of capitals.
_DATELINE = re.compile(r"(?m)^[ \t]*([A-Z][A-Z'’.-]{2,24}(?: [A-Z][A-Z'’.-]{1,24}){0,2})(?=,| \(| [-–—])")


def _datelines(found: list[RawEntity], text: str, lang: str, gazetteer: Gazetteer | None) -> list[RawEntity]:
    """The places of datelines (the model rarely reads a name in capitals: "HONOLULU" is an organisation to it):
    the capitals opening a line before a comma, an agency or a dash, when the gazetteer knows them written as a
    name ("Honolulu"), are a place, found or relabelled; a name the model found across them stays as it is.
    One pass over the lines' openings: linear on any text."""
    if gazetteer is None or lang not in _SPOTTED_PLACES:
        return found
    spans = {(e.start, e.end): k for k, e in enumerate(found)}
    out = list(found)
    for m in _DATELINE.finditer(text):
        start, end = m.span(1)
        k = spans.get((start, end))
        if k is None and any(e.start < end and start < e.end for e in found):
            continue
        if k is not None and (found[k].id is not None or found[k].label in _PLACES):
            continue
        written = " ".join(w.capitalize() for w in m.group(1).split())
        if gazetteer.place_form(written, lang) is None:
            continue
        place = RawEntity(m.group(1), "GPE", start, end, name=written)
        if k is None:
            out.append(place)
        else:
            out[k] = place
    return sorted(out, key=lambda e: e.start)


# A known place's name right before a civic noun in lower case or "-based" ("Hayward police arrested", "Flint
# residents", "a Gilroy-based firm"), in English: the model often misses the name or calls it a person. One to three
# capitalised words, not after another capitalised word ("New York Times-based" is no place's).
_CIVIC_AFTER = {"en": r"(?: (?:police|residents|mayor)\b|-based\b)"}


@functools.cache
def _civic(lang: str) -> re.Pattern[str] | None:
    after = _CIVIC_AFTER.get(lang)
    return None if after is None else re.compile(rf"(?<![\w'’.&-])([A-Z][\w'’.]*(?: [A-Z][\w'’.]*){{0,2}}){after}")


def _civic_places(found: list[RawEntity], text: str, lang: str, gazetteer: Gazetteer | None) -> list[RawEntity]:
    """Places before a civic noun ("Nashua police said", "a Gilroy-based company"): a name the gazetteer trusts as a
    place (no word of the language: "State police", "Transit police"), not led by another capitalised word, is a
    place, added when the model missed it, relabelled when it called it a person, an organisation or a people; a
    name the model found across it stays as it is. One pass over the text: linear on any text."""
    civic = _civic(lang)
    if gazetteer is None or civic is None or lang not in _SPOTTED_PLACES:
        return found
    spans = {(e.start, e.end): k for k, e in enumerate(found)}
    taken = _Taken(found)
    out = list(found)
    for m in civic.finditer(text):
        start, end = m.span(1)
        run = m.group(1)
        if _previous_capitalised(text, start):
            continue  # "Los Angeles County Sheriff's ... police", "The New York Times-based": inside a longer name
        while " " in run and gazetteer.place_form(run, lang) is None and is_common_word(run.split()[0], lang):
            start += len(run.split()[0]) + 1  # "A Gilroy-based firm", "Then Hayward police": a sentence's first word
            run = text[start:end]
        if gazetteer.place_form(run, lang) is None or (" " not in run and is_common_word(run, lang)):
            continue
        k = spans.get((start, end))
        if k is None:
            if taken.overlaps(start, end):
                continue  # a name the model found across it
            out.append(RawEntity(run, "GPE", start, end))
        elif found[k].id is None and found[k].label in ("PERSON", "ORG", "NORP"):
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


# Before an unknown name and a settlement noun ("in the Saemangeum area", "Delhi’s Saket area"): a place cue and
# "the", or a place's possessive (checked against the model's places).
_AREA_BEFORE = re.compile(r"(?:\b(?:in|near|outside|across|around|from) the|['’]s)\s+$")
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


def _unfound_people(text: str, found: list[RawEntity], lang: str, gazetteer: Gazetteer | None) -> list[RawEntity]:
    """People the model missed: two capitalised words no name the model found overlaps, the first a given name
    as written ("Zach", "Nino"), the second no word of the language, the pair no place the gazetteer knows, the
    second none either unless a family name and a small town's (:func:`_place_surname`) and no institution's word, not after another capitalised word mid-sentence ("New York
    Peyton Manning" is no evidence). One pass over the text's word pairs: linear on any text."""
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
    return out


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


_PLATFORM_NOT = frozenset({"PERSON", "GPE", "LOC", "NORP", "FAC"})  # what a social platform's name never is
_POSSESSIVE_END = re.compile(r"['’]s?$")


def _platforms(found: list[RawEntity]) -> list[RawEntity]:
    """A social platform's name alone (``lexicon.PLATFORM_NAMES``: "publicó en Twitter", "wrote on Telegram") that a
    recogniser read as a place, a person or a people is the platform, an organisation, in every language."""
    out = []
    for e in found:
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


def _parenthesised(found: list[RawEntity], text: str, lang: str) -> list[RawEntity]:
    """A person's party in parentheses after the name ("Olaf Scholz (SPD)"): a body, whatever the model said
    of it, or found when it said nothing; a word of the language alone in parentheses after a common word
    ("a download (PDF)") is no name, whatever the model said."""
    spans = {(e.start, e.end): k for k, e in enumerate(found)}
    out: list[RawEntity | None] = list(found)
    for k, e in enumerate(found):
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


# Frames that make a name a company, whatever the recogniser said (one mention is enough: the name is the company's at
# every mention). A person's possessive holds shares too ("Musk's stake"), so people take only the frames no person fits.
# A maker's frame too ("models made by Lockheed Martin", "U.S. defence contractor Northrop Grumman", "manufactured by
# Raytheon", "automaker Ford"): a product is made by a firm, and a firm named after its founders reads as a person.
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
    )
}
# Staff "at" a name ("analysts at Morgan Stanley", "workers at Ford", "at Goldman Sachs and Morgan Stanley"): people
# work at a firm or a body, not at a person (unless the person owns something: "engineers at Musk's company", left out
# by its possessive).
_STAFF_AT = {
    "en": re.compile(
        r"(?<![\w'’-])(?i:analysts?|economists?|strategists?|traders?|bankers?|executives?|employees|workers|"
        r"engineers?|researchers?|scientists?) at (?:[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3},? (?:and|or) )?$"
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
    before, after = text[max(0, e.start - _FRAME_LOOK) : e.start], text[e.end : e.end + _FRAME_LOOK]
    possessive = bool(_POSSESSIVE.search(e.text))
    if person:
        staff = _STAFF_AT[lang].search(before) and not possessive and not after.startswith(("'s", "’s"))
        return bool(_COMPANY_ANY_BEFORE[lang].search(before) or _COMPANY_ANY_AFTER[lang].match(after) or staff)
    tail = ("’s" if possessive else "") + after
    return bool(_COMPANY_PLACE_BEFORE[lang].search(before) or _COMPANY_PLACE_AFTER[lang].match(tail))


def _work_framed(e: RawEntity, text: str, lang: str) -> bool:
    return bool(_WORK_BEFORE[lang].search(text[max(0, e.start - _FRAME_LOOK) : e.start]))


# A word before a mention that places a one-word name ("in Roxbury", "from Xilingol", "in the Saemangeum area"), a
# place noun after it ("Saket area"), or a known place after a comma ("Hayward, Calif."): the article's evidence that a
# name the gazetteer does not know is a place. A name no mention of which has it is no place by any evidence.
_PLACING_BEFORE = {
    "en": re.compile(
        r"(?<![\w'’-])(?:(?:in|near|outside|across|around)(?: the)?|from|of|to|towards?|beyond|via|throughout) $"
    )
}
_PLACING_AFTER = {"en": re.compile(r"(?:['’]s)? (?:area|district|province|region|county|city|town|village|state)\b")}
# A list after a place cue right before a name ("in Sevastopol and Dzhankoi"): the cue reads over the whole list.
_PLACE_LIST_BEFORE = {
    "en": re.compile(rf"(?<![\w'’-])(?:in|near|outside|around|of) {_LIST_NAME}(?:, {_LIST_NAME})*,? and $")
}
_STATE_ABBREVIATION = re.compile(r"[A-Z][a-z]{0,4}\.(?:[A-Z]\.)?")  # "Calif.", "N.M.", "Ill.": a state after a comma
_COMMA_PLACE = re.compile(r", ([A-Z][\w.]{1,20}(?: [A-Z][\w.]{1,20})?)")


# The sky's places no gazetteer lists ("life on Earth", "missions to Mars"): places whatever the frames.
_BODIES = frozenset({"earth", "mars", "moon", "venus", "mercury", "jupiter", "saturn", "uranus", "neptune", "pluto"})


def _placed(e: RawEntity, text: str, lang: str, trusted: Callable[[str], Place | None]) -> bool:
    """Whether one mention of a name has the article's evidence of a place (:data:`_PLACING_BEFORE`)."""
    before, after = text[max(0, e.start - _FRAME_LOOK) : e.start], text[e.end : e.end + _FRAME_LOOK]
    possessive = bool(_POSSESSIVE.search(e.text)) or after.startswith(("'s ", "’s "))
    if (_PLACING_BEFORE[lang].search(before) and not possessive) or _PLACING_AFTER[lang].match(after):
        return True  # "in Eurogamer's review" places the review, not Eurogamer
    if _administered(text, e.end, lang) or _PLACE_LIST_BEFORE[lang].search(before):
        return True  # "Pulkovo airport", "in Sevastopol and Dzhankoi": a place's noun, a list of places
    comma = _COMMA_PLACE.match(after)
    return comma is not None and (
        trusted(comma.group(1)) is not None or bool(_STATE_ABBREVIATION.fullmatch(comma.group(1)))
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
        if _placed(e, text, lang, gazetteer.trusted_place):
            placed.add(key)
    return candidates - placed


_FRAMED_LANGUAGES = frozenset({"en"})
_FRAMED = frozenset({"PERSON", "GPE", "LOC", "FAC"})
_COMPANY_HEADS = frozenset({"group", "holdings", "inc", "corp", "corporation", "ltd", "llc", "plc", "company"})


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
    keys = [_POSSESSIVE.sub("", re.sub(r"^[Tt]he\s+", "", e.text.strip())).casefold() for e in found]
    company: set[str] = set()
    work: set[str] = set()
    people: set[str] = set()  # names the frames no person fits make companies, people's included
    for e, key in zip(found, keys, strict=True):
        if e.id is None and key and e.text[:1].isupper():  # a mention of any label tells what the name is
            if _work_framed(e, text, lang):
                work.add(key)
            elif _company_framed(e, text, lang, person=True):
                people.add(key)
            elif e.label != "PERSON" and _company_framed(e, text, lang, person=False):
                company.add(key)
    trusted = gazetteer.trusted_place if gazetteer is not None else _nowhere  # the door labels.py reads too
    company = {k for k in company | people if trusted(k) is None}
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
        out.append(e)
    return out


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


# A present participle's clause between commas right after a name ("Medvedev, quoting Shakespeare, said", "Peskov,
# speaking on a conference call, told"): the speech verb after it is still the name's; English only, bounded.
_PARTICIPLE_ASIDE = {"en": re.compile(r",\s+[a-z]+ing\b[^,.;:!?\"“”()]{0,80}(?=,)")}


def _past_aside(following: str, lang: str) -> str:
    """What follows a name once a participle's clause between commas right after it is left out
    (:data:`_PARTICIPLE_ASIDE`): ", quoting Shakespeare, said" reads ", said"."""
    aside = _PARTICIPLE_ASIDE.get(lang)
    m = aside.match(following) if aside is not None else None
    return following if m is None else following[m.end() :]


def _speaking_surnames(found: list[RawEntity], text: str, lang: str, gazetteer: Gazetteer | None) -> list[RawEntity]:
    """A one-word organisation the model read where a person stands, whose word ends like a surname
    (:func:`_surname_shaped`) and is no place the gazetteer knows nor a word of the language: a person named by
    surname, at every mention of it. Where a person stands: before a person's speech verb ("Volodin said",
    "Zakharova told reporters": ``NAME_PERSON_AFTER``, or any of the quotes' speech verbs: "Zakharova accused"), before
    an apposition holding a role ("Medvedev, the deputy head of Russia's Security Council,"), or joined by "and" to a
    person ("Sergei Shoigu and Gerasimov"). A new cast's surname at a sentence's start reads as an organisation to the
    small English model."""
    after = _PERSON_AFTER.get(lang)
    if after is None:
        return found
    apposed = _apposed_role(lang)
    joins = _conjunctions(lang)
    people = {(e.start, e.end) for e in found if e.label == "PERSON"}
    starts, ends = {a for a, _ in people}, {b for _, b in people}
    speaking: set[str] = set()
    for e in found:
        word = _POSSESSIVE.sub("", e.text.strip())
        if e.label != "ORG" or e.id is not None:
            continue
        following = text[e.end : e.end + 60]
        if following.startswith(","):
            following = _past_aside(text[e.end : e.end + 150], lang)[:60]
        if _given_and_surname(word, lang) and _role_of(lang).match(following):
            speaking.add(word)  # "Oleksiy Danilov, secretary of Ukraine's security council,": a new cast's person
            continue
        if not _surname_shaped(word):
            continue
        verb = _NEXT_WORD.match(following)
        spoke = bool(after.match(following)) or (verb is not None and quote_language(lang).is_verb(verb.group(1)))
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
    if not speaking:
        return found
    return [
        dataclasses.replace(e, label="PERSON")
        if e.label == "ORG" and e.id is None and _POSSESSIVE.sub("", e.text.strip()) in speaking
        else e
        for e in found
    ]


def recognise(article: DatedArticle, tools: Toolkit) -> tuple[list[RawEntity], str | None]:
    """The names a recogniser finds in the article, and which recogniser it was (a platform's name is no place nor
    person, whichever it was: ``_platforms``)."""
    found, recogniser = _recognise(article, tools)
    return _platforms(found), recogniser


def _recognise(article: DatedArticle, tools: Toolkit) -> tuple[list[RawEntity], str | None]:
    lang = (article.language or "en").split("-")[0]
    found, name = _recognised(article, tools, lang)
    if tools.model_for(lang) is not None:  # a model's labels (the name finder's stand as they are)
        found = labels.judge(found, article.text, lang, tools.gazetteer)
        found = _framed(found, article.text, lang, tools.gazetteer)
        found = _eponyms(found, article.text, lang, tools.gazetteer)
        found = _speaking_surnames(found, article.text, lang, tools.gazetteer)
        found = _buildings(found, article.text, lang)
    return found, name


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


def _recognised(article: DatedArticle, tools: Toolkit, lang: str) -> tuple[list[RawEntity], str | None]:
    """The names a recogniser finds with the rules' labels (before the learned judge of ``labels``)."""
    model = tools.model_for(lang)
    if model is not None:
        found = correct(model(article.text), article.text, lang, tools.gazetteer)
        found = _coordinated(_parenthesised(found, article.text, lang), article.text, lang)
        found = _given_before(found, article.text, lang)
        found = _cued_lists(found, article.text, lang, tools.gazetteer)
        found = _places_in_amounts(found, lang, tools.gazetteer)
        found = sorted(found + _cued_places(article.text, found, lang, tools.gazetteer), key=lambda e: e.start)
        found = sorted(found + _abbreviated_places(article.text, found, lang, tools.gazetteer), key=lambda e: e.start)
        found = _datelines(found, article.text, lang, tools.gazetteer)
        found = _civic_places(found, article.text, lang, tools.gazetteer)
        found = _administered_places(found, article.text, lang)
        found = sorted(found + _area_places(article.text, found, lang), key=lambda e: e.start)
        found = sorted(found + _unfound_people(article.text, found, lang, tools.gazetteer), key=lambda e: e.start)

        found = sorted(found + _featured_places(article.text, found, lang), key=lambda e: e.start)
        found = _adjective_regions(found, article.text, lang, tools.gazetteer)
        people = {e.name or surface(e.text, "PERSON") for e in found if e.label == "PERSON"}
        taken = [(e.start, e.end) for e in found]
        again = surname_mentions(article.text, people, taken, lang)
        found = _inflected_surnames(found, people, lang)
        found += [RawEntity(f.text, f.label, f.start, f.end, name=f.name) for f in again]
        return sorted(found, key=lambda e: e.start), model.name
    if tools.names is not None:
        found = [RawEntity(f.text, f.label, f.start, f.end, name=f.name) for f in tools.names(article.text, lang)]
        return _adjective_regions(found, article.text, lang, tools.gazetteer), tools.names.name
    return [], None


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


def _inflected_surnames(found: list[RawEntity], people: set[str], lang: str) -> list[RawEntity]:
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


@dataclass
class Toolkit:
    """Everything entity-enrich needs, loaded once per worker."""

    recognize: Recognizer | None
    registry: Registry
    gazetteer: Gazetteer | None = None
    incidents: list[Incident] = field(default_factory=list)
    models: dict[str, Any] = field(default_factory=dict)  # language -> recogniser, besides ``recognize``
    names: NameFinder | None = None  # languages without a model

    def model_for(self, language: str) -> Any:
        if self.recognize is not None and self.recognize.lang == language:
            return self.recognize
        return self.models.get(language)

    @property
    def name(self) -> str:
        parts = [m.name for m in [self.recognize, *self.models.values()] if m is not None]
        if self.names is not None:
            parts.append(self.names.name)
        return "+".join([*parts, "registry"])


def find_entities(article: DatedArticle, tools: Toolkit) -> tuple[list[Entity], str | None]:
    """The article's entities (the language's recogniser and the registry, grouped and geocoded) and the
    recogniser's name (None: the registry alone)."""
    model, recogniser = recognise(article, tools)
    matches = tools.registry.find(article.text)
    matches = sorted(matches + _prefixed_known(article, tools.registry, matches), key=lambda m: m.start)
    raw = _known_places(merge(model, matches), tools.registry, tools.gazetteer)
    raw = _given_names_of_known(raw, article.text, tools.registry)
    return geocode(group_entities(raw, tools.registry), tools.gazetteer, article.language), recogniser


def _prefixed_known(article: DatedArticle, registry: Registry, matches: list[Match]) -> list[Match]:
    """(scripts without capitals) The registered names written with a prefix attached ("بالكرملين", "لواشنطن",
    "לפסקוב": not the town of Pskov) where the registry's own search found nothing."""
    code = (article.language or "").split("-")[0].lower()
    out = []
    for start, end, name in uncased.prefixed_names(article.text, code, lambda n: registry.lookup(n) is not None):
        known = registry.lookup(name)
        if known is not None and not any(m.start < end and start < m.end for m in matches):
            out.append(Match(known, article.text[start:end], start, end))
    return out


def enrich(article: DatedArticle, tools: Toolkit) -> EnrichedArticle:
    """Entities (the language's recogniser and the registry), places, quotes, incident."""
    entities, recogniser = find_entities(article, tools)
    quotes = find_quotes(article.text, entities, article.language)
    enriched = EnrichedArticle(
        **article.model_dump(exclude={"kind"}),
        entities=entities,
        quotes=quotes,
        ner_model=f"{recogniser}+registry" if recogniser else "registry",
    )
    if tools.incidents:
        enriched = enriched.model_copy(update={"incident": best_match(enriched, tools.incidents)})
    return enriched


@dataclass
class _Found:
    """A recogniser answering with what its model found already (one ``nlp.pipe`` over a batch's texts)."""

    lang: str
    name: str
    found: list[RawEntity] | Exception

    def __call__(self, text: str) -> list[RawEntity]:
        assert not isinstance(self.found, Exception)
        return list(self.found)


PIPE_CHARS = 40_000  # texts piped together hold at most this much: spaCy reads it in well under the 10 s floor


def _reads_with(article: DatedArticle, tools: Toolkit) -> bool:
    return tools.recognize is not None and tools.model_for((article.language or "en").split("-")[0]) is tools.recognize


def enrich_many(articles: list[DatedArticle], tools: Toolkit) -> Iterator[EnrichedArticle | Exception]:
    """:func:`enrich` of each article (its exception for one that fails), in order, each as soon as it is
    done; consecutive texts the primary spaCy recogniser reads go through it together
    (``Recognizer.many``, the same entities), up to :data:`PIPE_CHARS` at a time, so that a result
    never waits on much more than its own text (the work process gives each its own time budget)."""
    primary = tools.recognize
    i = 0
    while i < len(articles):
        if primary is None or not _reads_with(articles[i], tools):
            yield _enriched(articles[i], tools, None)
            i += 1
            continue
        end, size = i + 1, len(articles[i].text)
        while (
            end < len(articles) and _reads_with(articles[end], tools) and size + len(articles[end].text) <= PIPE_CHARS
        ):
            size += len(articles[end].text)
            end += 1
        group = articles[i:end]
        for article, entities in zip(group, primary.many([a.text for a in group]), strict=True):
            yield _enriched(article, tools, _Found(primary.lang, primary.name, entities))
        i = end


def _enriched(article: DatedArticle, tools: Toolkit, found: _Found | None) -> EnrichedArticle | Exception:
    try:
        if found is None:
            return enrich(article, tools)
        if isinstance(found.found, Exception):
            raise found.found
        return enrich(article, dataclasses.replace(tools, recognize=found))  # type: ignore[arg-type]
    except MemoryError:
        raise
    except Exception as exc:
        return exc
