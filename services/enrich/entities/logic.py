"""entity-enrich: who and what an article names, one entry per real-world entity.

Named-entity recognition is spaCy's (the model is configurable, see
``WIRESTREAM_SPACY_MODEL``), corrected by a small rule file
(``patterns.jsonl``, places and institutions the small English model gets wrong).
Grouping mentions under one canonical name is plain Python, testable without a
model:

* possessives and a leading "the" are dropped (a capital "The" stays on places: The Hague); personal titles ("President",
  "Mr") are dropped from people; so are middle initials ("Dmitri S Peskov" is
  Dmitri Peskov);
* a one-word mention of a person's surname or first name joins that person;
* the same name in other letter case ("MOSCOW") joins the usual spelling;
* an entity's label is the one most of its mentions carry.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from services.enrich.entities.geo import Gazetteer
from services.enrich.entities.quotes import find_quotes
from services.enrich.entities.registry import Known, Match, Registry
from services.enrich.incident.logic import Incident, best_match
from wirestream.contracts import DatedArticle, EnrichedArticle, Entity, Geo, Mention
from wirestream.errors import PermanentError

if TYPE_CHECKING:
    from spacy.language import Language

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


@dataclass(frozen=True)
class RawEntity:
    """One mention as the recogniser (or the alias registry) found it."""

    text: str
    label: str
    start: int
    end: int
    id: str | None = None  # the registry entry it names


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
        name = surface(ent.text, ent.label)
        if not name or not any(c.isalpha() for c in name):
            continue
        entry = None
        if registry is not None:
            if registry.is_never(name) or registry.is_never(ent.text):
                continue
            entry = registry.by_id.get(ent.id) if ent.id else registry.lookup(name)
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

    people = [k for k, v in groups.items() if label_of(v) == "PERSON" and len(full_name(k).split()) > 1]
    for key in [k for k in groups if not k.startswith("id:") and len(k.split()) == 1]:
        owners = [p for p in people if key in (full_name(p).split()[0], full_name(p).split()[-1])]
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


class Recognizer:
    """A loaded spaCy pipeline with the rule corrections in front of its NER."""

    def __init__(self, model: str) -> None:
        import spacy

        try:
            self.nlp: Language = spacy.load(
                model, exclude=["tagger", "parser", "lemmatizer", "attribute_ruler", "senter"]
            )
        except OSError as exc:
            raise RuntimeError(
                f"spaCy model {model!r} is not installed. Install it as a package "
                "(see README, Configuration) or set WIRESTREAM_SPACY_MODEL."
            ) from exc
        self.lang = self.nlp.meta.get("lang", "en")
        self.name = (
            f"{self.nlp.meta.get('lang', 'xx')}_{self.nlp.meta.get('name', model)}-{self.nlp.meta.get('version', '?')}"
        )

    def __call__(self, text: str) -> list[RawEntity]:
        if len(text) > self.nlp.max_length:
            raise PermanentError(
                f"the text has {len(text):,} characters, more than the {self.nlp.max_length:,} "
                "the entity recognizer takes in one piece"
            )
        doc = self.nlp(text)
        return [RawEntity(e.text, e.label_, e.start_char, e.end_char) for e in doc.ents]


_PLACES = {"GPE", "LOC", "FAC"}
_NAMED_THINGS = {"GPE", "LOC", "FAC", "ORG", "NORP"}


def _compatible(a: str, b: str) -> bool:
    return a == b or (a in _NAMED_THINGS and b in _NAMED_THINGS)


def merge(model: list[RawEntity], matches: list[Match]) -> list[RawEntity]:
    """The model's mentions and the registry's, one per span; the registry decides labels and ids.

    Where a model mention contains a registry alias of the same kind ("Dmitri S Peskov"
    around "Peskov"), the longer span is kept with the registry's id and label.
    """
    merged = [RawEntity(m.text, m.known.label, m.start, m.end, m.known.id) for m in matches]
    for ent in model:
        inside = [r for r in merged if r.start < ent.end and ent.start < r.end]
        if not inside:
            merged.append(ent)
            continue
        if len(inside) == 1:
            r = inside[0]
            longer = ent.start <= r.start and r.end <= ent.end and ent.end - ent.start > r.end - r.start
            if longer and _compatible(r.label, ent.label):
                merged[merged.index(r)] = RawEntity(ent.text, r.label, ent.start, ent.end, r.id)
    return sorted(merged, key=lambda e: e.start)


def geocode(entities: list[Entity], gazetteer: Gazetteer | None) -> list[Entity]:
    """Coordinates for places the registry did not place, resolved by the article's countries."""
    if gazetteer is None:
        return entities
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
                entity = entity.model_copy(update={"geo": geo})
                context.append(place.country_code)
        out.append(entity)
    return out


@dataclass
class Toolkit:
    """Everything entity-enrich needs, loaded once per worker."""

    recognize: Recognizer | None
    registry: Registry
    gazetteer: Gazetteer | None = None
    incidents: list[Incident] = field(default_factory=list)

    @property
    def name(self) -> str:
        return f"{self.recognize.name}+registry" if self.recognize else "registry"


def model_covers(language: str | None, recognize: Recognizer | None) -> bool:
    return recognize is not None and (language or "en") == recognize.lang


def enrich(article: DatedArticle, tools: Toolkit) -> EnrichedArticle:
    """Entities (NER where the model covers the language, the registry everywhere), places, quotes, incident."""
    recognize = tools.recognize if model_covers(article.language, tools.recognize) else None
    model = recognize(article.text) if recognize else []
    raw = merge(model, tools.registry.find(article.text))
    entities = geocode(group_entities(raw, tools.registry), tools.gazetteer)
    quotes = find_quotes(article.text, entities, article.language)
    enriched = EnrichedArticle(
        **article.model_dump(exclude={"kind"}),
        entities=entities,
        quotes=quotes,
        ner_model=recognize.name + "+registry" if recognize else "registry",
    )
    if tools.incidents:
        enriched = enriched.model_copy(update={"incident": best_match(enriched, tools.incidents)})
    return enriched
