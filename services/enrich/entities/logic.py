"""entity-enrich: who and what an article names, one entry per real-world entity.

Named-entity recognition is spaCy's (the model is configurable, see
``WIRESTREAM_SPACY_MODEL``), corrected by a small rule file
(``patterns.jsonl``, places and institutions the small English model gets wrong).
Grouping mentions under one canonical name is plain Python, testable without a
model:

* possessives and leading "the" are dropped; personal titles ("President",
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
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from wirestream.contracts import DatedArticle, EnrichedArticle, Entity, Mention
from wirestream.errors import PermanentError

if TYPE_CHECKING:
    from spacy.language import Language

KEEP_LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART"}
PATTERNS_FILE = Path(__file__).with_name("patterns.jsonl")
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
    """One mention as the recogniser found it."""

    text: str
    label: str
    start: int
    end: int


def surface(text: str, label: str) -> str:
    """A mention reduced to the name it carries."""
    name = _POSSESSIVE.sub("", text.strip())
    words = name.split()
    if words and words[0].lower() == "the":
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


def group_entities(found: Iterable[RawEntity]) -> list[Entity]:
    """Group mentions into entities with a canonical name, label, count and spans."""
    groups: dict[str, list[tuple[RawEntity, str]]] = {}
    for ent in found:
        if ent.label not in KEEP_LABELS:
            continue
        name = surface(ent.text, ent.label)
        if not name or not any(c.isalpha() for c in name):
            continue
        groups.setdefault(name.casefold(), []).append((ent, name))

    def label_of(members: list[tuple[RawEntity, str]]) -> str:
        return Counter(e.label for e, _ in members).most_common(1)[0][0]

    # One-word mentions join the one person whose full name starts or ends with that word.
    people = [k for k, v in groups.items() if label_of(v) == "PERSON" and len(k.split()) > 1]
    for key in [k for k in groups if len(k.split()) == 1]:
        owners = [p for p in people if key in (p.split()[0], p.split()[-1])]
        if len(owners) == 1:
            groups[owners[0]].extend((ent, name) for ent, name in groups.pop(key))

    entities = []
    for members in groups.values():
        members.sort(key=lambda m: m[0].start)
        full = Counter(name for _, name in members if len(name.split()) > 1) or Counter(n for _, n in members)
        label = label_of([m for m in members if len(m[1].split()) > 1] or members)
        entities.append(
            Entity(
                name=_display(full),
                label=label,
                count=len(members),
                mentions=[Mention(text=e.text, start=e.start, end=e.end) for e, _ in members],
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
        if "ner" in self.nlp.pipe_names:
            ruler = self.nlp.add_pipe("entity_ruler", before="ner")
        else:
            ruler = self.nlp.add_pipe("entity_ruler")
        ruler.from_disk(PATTERNS_FILE)  # type: ignore[attr-defined]
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


def enrich(article: DatedArticle, recognize: Recognizer) -> EnrichedArticle:
    entities = group_entities(recognize(article.text))
    return EnrichedArticle(**article.model_dump(exclude={"kind"}), entities=entities, ner_model=recognize.name)
