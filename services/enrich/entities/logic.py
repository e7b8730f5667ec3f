"""entity-enrich: who and what an article names, one entry per real-world entity.

Who finds the names depends on the article's language (``models.py``): spaCy's
English pipeline (configurable, ``WIRESTREAM_SPACY_MODEL``) and French pipeline,
Natasha for Russian, and for every other language the capitalisation recogniser
(``names.py``) confirmed by the gazetteer, cues and the registry. The alias registry
runs on every article and has the last word on what it knows. A model's names then go through,
in order (:func:`_recognised`, :func:`_recognise`):

* ``correction``: its labels corrected by rules (a known country is no person, "Bank" makes an organisation);
* ``recovery``: names it missed, found by what is written around them (place cues, datelines, lists);
* ``labels``: the learned judge of each label;
* ``frames``: what the article's own frames say a name is (a company's shares, a work's title, an eponym);
* ``grouping``: mentions into entities, the registry's matches laid over them, places geocoded.

``context`` holds the tables and tests those passes share. Every pass is plain Python over
:class:`RawEntity` lists, testable without a model.
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from wirestream.contracts import DatedArticle, EnrichedArticle, Entity
from wirestream.services.enrich.entities import labels, uncased
from wirestream.services.enrich.entities.cjk_names import MEDIA_AFTER
from wirestream.services.enrich.entities.geo import Gazetteer
from wirestream.services.enrich.entities.models import RawEntity, Recognizer
from wirestream.services.enrich.entities.name_words import surname_mentions
from wirestream.services.enrich.entities.names import NameFinder
from wirestream.services.enrich.entities.quotes import find_quotes
from wirestream.services.enrich.entities.registry import Match, Registry
from wirestream.services.enrich.incident.logic import Incident, best_match

__all__ = ["RawEntity", "Recognizer", "Toolkit", "correct", "enrich", "group_entities", "merge", "surface"]
from wirestream.services.enrich.entities.correction import correct
from wirestream.services.enrich.entities.frames import _buildings, _eponyms, _framed, _speaking_surnames
from wirestream.services.enrich.entities.grouping import (
    _given_names_of_known,
    _known_places,
    geocode,
    group_entities,
    merge,
    surface,
)
from wirestream.services.enrich.entities.recovery import (
    _abbreviated_places,
    _addressed_people,
    _adjective_regions,
    _administered_places,
    _area_places,
    _civic_places,
    _coordinated,
    _cued_cyrillic_places,
    _cued_latin_places,
    _cued_lists,
    _cued_places,
    _datelines,
    _featured_places,
    _given_before,
    _headed_features,
    _hyphenated_places,
    _hyphened_places,
    _inflected_surnames,
    _of_features,
    _parenthesised,
    _places_in_amounts,
    _platforms,
    _rejoined_places,
    _stated_towns,
    _table_places,
    _unbulleted,
    _unfound_people,
    _wire_states,
)


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


def _recognised(article: DatedArticle, tools: Toolkit, lang: str) -> tuple[list[RawEntity], str | None]:
    """The names a recogniser finds with the rules' labels (before the learned judge of ``labels``)."""
    model = tools.model_for(lang)
    if model is not None:
        found = correct(
            _of_features(
                _hyphenated_places(_unbulleted(model(article.text), article.text), article.text, tools.gazetteer),
                article.text,
                lang,
            ),
            article.text,
            lang,
            tools.gazetteer,
        )
        found = _coordinated(_parenthesised(found, article.text, lang), article.text, lang)
        found = _given_before(found, article.text, lang)
        found = _cued_lists(found, article.text, lang, tools.gazetteer)
        found = _places_in_amounts(found, lang, tools.gazetteer)
        found = sorted(found + _cued_places(article.text, found, lang, tools.gazetteer), key=lambda e: e.start)
        found = sorted(found + _cued_cyrillic_places(article.text, found, lang, tools.gazetteer), key=lambda e: e.start)
        found = sorted(found + _cued_latin_places(article.text, found, lang, tools.gazetteer), key=lambda e: e.start)
        found = sorted(found + _abbreviated_places(article.text, found, lang, tools.gazetteer), key=lambda e: e.start)
        found = _datelines(found, article.text, lang, tools.gazetteer)
        found = _civic_places(found, article.text, lang, tools.gazetteer)
        found = _hyphened_places(found, article.text, lang, tools.gazetteer)
        found = _stated_towns(found, article.text, lang, tools.gazetteer)
        found = _wire_states(found, article.text, lang)
        found = _rejoined_places(found, article.text, lang, tools.gazetteer)
        found = _administered_places(found, article.text, lang)
        found = sorted(found + _area_places(article.text, found, lang), key=lambda e: e.start)
        found = sorted(found + _unfound_people(article.text, found, lang, tools.gazetteer), key=lambda e: e.start)
        found = _addressed_people(found, article.text, lang)

        found = sorted(found + _featured_places(article.text, found, lang), key=lambda e: e.start)
        found = sorted(found + _headed_features(article.text, found, lang), key=lambda e: e.start)
        found = sorted(found + _table_places(article.text, found, lang, tools.gazetteer), key=lambda e: e.start)
        found = _adjective_regions(found, article.text, lang, tools.gazetteer)
        # each person once, the first named last: where two share a surname ("Mia Farrow", "Dylan Farrow") the
        # surname alone is the one named first (surname_owner keeps the last of its people); a set's order was the
        # hash seed's
        people = list(dict.fromkeys(e.name or surface(e.text, "PERSON") for e in found if e.label == "PERSON"))[::-1]
        taken = [(e.start, e.end) for e in found]
        again = surname_mentions(article.text, people, taken, lang)
        found = _inflected_surnames(found, people, lang)
        found += [RawEntity(f.text, f.label, f.start, f.end, name=f.name) for f in again]
        return sorted(found, key=lambda e: e.start), model.name
    if tools.names is not None:
        found = [RawEntity(f.text, f.label, f.start, f.end, name=f.name) for f in tools.names(article.text, lang)]
        return _adjective_regions(found, article.text, lang, tools.gazetteer), tools.names.name
    return [], None


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
    raw = _known_places(merge(model, matches, tools.registry), tools.registry, tools.gazetteer)
    raw = _given_names_of_known(raw, article.text, tools.registry)
    raw = [e for e in raw if not _currency_prefix(e, article.text) and not _media_named_for(e, article.text)]
    raw = _without_shouted_words(raw, article.text)
    raw = _heads_of_bodies(raw, article.text)
    return geocode(group_entities(raw, tools.registry), tools.gazetteer, article.language), recogniser


# A country's code of two or three letters before a dollar sign names a currency ("US$ 19.7 billion", "NZ$5", "HK $3"),
# not the country.
_CURRENCY_CODE_MAX = 3


def _currency_prefix(ent: RawEntity, text: str) -> bool:
    """Whether ``ent`` is a place's code written as part of a currency ("US$", "US $2.6 billion", "NZ$")."""
    if ent.label not in ("GPE", "LOC") or not 2 <= len(ent.text.replace(".", "")) <= _CURRENCY_CODE_MAX:
        return False
    after = text[ent.end : ent.end + 2]
    return after[:1] == "$" or after == " $"


def _media_named_for(ent: RawEntity, text: str) -> bool:
    """Whether a place is written as the start of a newspaper's or broadcaster's name (``PLACE_MEDIA_AFTER``:
    "华盛顿邮报", "纽约时报"): no place the article mentions."""
    return ent.label in ("GPE", "LOC") and text.startswith(MEDIA_AFTER, ent.end)


_SHOUTED_MAX = 300  # (_shouted_lines) a link's line is short; a longer line in capitals is no link


def _shouted_lines(text: str) -> list[tuple[int, int]]:
    """The spans of the lines that are links to other stories set in capitals between two lines of running text
    (Fox News: "RUSSIA'S PUTIN SAYS DRONE ATTACK WAS A TERRORIST ACT"), as quote attribution reads them
    (``Attributor._shouted``): three words or more, at most 30, no lower-case letter, no quotation mark, no sentence
    punctuation at the end, and the lines before and after it written in lower case. One pass over the lines."""
    lines: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            lines.append((pos, pos + len(line)))
        pos += len(line) + 1
    spans = []
    for k in range(1, len(lines) - 1):
        start, end = lines[k]
        line = text[start:end].strip()
        words = line.split()
        if end - start > _SHOUTED_MAX or not 3 <= len(words) <= 30 or line.endswith((".", "!", "?", ":", ";", ",")):
            continue
        if any(c.islower() for c in line) or any(c in line for c in '"«»“”„'):
            continue
        if all(any(c.islower() for c in text[a : min(b, a + 400)]) for a, b in (lines[k - 1], lines[k + 1])):
            spans.append((start, end))
    return spans


def _without_shouted_words(raw: list[RawEntity], text: str) -> list[RawEntity]:
    """The entities less the recogniser's readings inside a link set in capitals (:func:`_shouted_lines`): a word
    of a headline in capitals is no name ("DRONE ATTACK" gave an organisation 'ATTACK'). A registered name stays
    ("PUTIN", the article's Putin), and so does a name the article writes in running text too."""
    spans = _shouted_lines(text)
    if not spans:
        return raw
    starts = [a for a, _ in spans]

    def shouted(e: RawEntity) -> bool:
        k = bisect_right(starts, e.start) - 1
        return k >= 0 and e.end <= spans[k][1]

    elsewhere = {w for e in raw if not shouted(e) for w in e.text.casefold().split()}  # "ZELENSKY": Volodymyr Zelensky
    return [e for e in raw if e.id is not None or not shouted(e) or set(e.text.casefold().split()) <= elsewhere]


# (_heads_of_bodies) a short lower-case word and a capital right after a mention: its name goes on ("US-Institut für
# Frieden", the recogniser stopped at the preposition), not the shortened name alone
_NAME_GOES_ON = re.compile(r"\s+[^\W\d_A-ZÄÖÜ]{2,4}\s+[A-ZÄÖÜ]")


def _heads_of_bodies(raw: list[RawEntity], text: str) -> list[RawEntity]:
    """An organisation written as one word with a hyphen (a country before its kind: "US-Institut", "EU-Kommission")
    that is the first word of the one longer organisation the article writes ("das US-Institut verwies auf …" after
    "das US-Institut für Kriegsstudien (ISW)") takes that longer name: the article shortened it (it was an
    organisation of its own). Not a word that opens two bodies' names, nor a mention whose name goes on past where
    the recogniser stopped (``_NAME_GOES_ON``)."""
    longer: dict[str, set[str]] = {}
    for e in raw:
        words = e.text.split()
        if e.label == "ORG" and len(words) > 1 and "-" in words[0]:
            longer.setdefault(words[0].casefold(), set()).add(e.name or e.text)
    if not longer:
        return raw
    # a short name whose name goes on somewhere is the head of another body the recogniser cut ("US-Institut für
    # Frieden" beside "US-Institut für Kriegsstudien"): unsure everywhere
    cut = {e.text.casefold() for e in raw if e.text.casefold() in longer and _NAME_GOES_ON.match(text, e.end)}
    out = []
    for e in raw:
        key = e.text.casefold()
        names = longer.get(key, set()) if e.label == "ORG" and e.id is None and key not in cut else set()
        if len(names) == 1 and " " not in e.text:
            e = dataclasses.replace(e, name=next(iter(names)))
        out.append(e)
    return out


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


def people_roles(entities: list[Entity], registry: Registry) -> dict[str, tuple[str, ...]]:
    """The offices the registry gives the people an article names, by id, for quote attribution."""
    return registry.roles(e.id for e in entities if e.id and e.label == "PERSON")


def enrich(article: DatedArticle, tools: Toolkit) -> EnrichedArticle:
    """Entities (the language's recogniser and the registry), places, quotes, incident."""
    entities, recogniser = find_entities(article, tools)
    quotes = find_quotes(article.text, entities, article.language, roles=people_roles(entities, tools.registry))
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
