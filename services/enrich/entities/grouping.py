"""Mentions into entities: one entry per real-world entity, with its canonical name, label and place.

Plain Python, testable without a model (:func:`group_entities`):

* possessives and a leading "the" are dropped (a capital "The" stays on places: The Hague); personal titles ("President",
  "Mr") are dropped from people; so are middle initials ("Dmitri S Peskov" is
  Dmitri Peskov);
* a one-word mention of a person's surname or first name joins that person;
* the same name in other letter case ("MOSCOW") joins the usual spelling;
* an inflected mention ("Пескова", "Pieskowa") groups under its name;
* an entity's label is the one most of its mentions carry.

:func:`merge` lays the alias registry's matches over a recogniser's (the registry has the last word on what it
knows), :func:`geocode` gives places their gazetteer entry.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections import Counter
from collections.abc import Iterable
from typing import Any

from wirestream.contracts import Entity, Geo, Mention
from wirestream.services.enrich.entities.context import _PLACES, _POSSESSIVE, TITLES, _words
from wirestream.services.enrich.entities.geo import Gazetteer
from wirestream.services.enrich.entities.models import RawEntity
from wirestream.services.enrich.entities.name_words import institution_word
from wirestream.services.enrich.entities.registry import Known, Match, Registry

KEEP_LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART"}

_INITIAL = re.compile(r"^[A-Z]\.?$")
# The dots between the parts of a foreign name written in Chinese or Japanese ("亚历山大·加利亚莫夫", "ウラジーミル・プーチン"):
# unspaced, its parts are the words a surname alone joins the full name by.
_NAME_DOTS = re.compile("[·・•‧]")


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


def _name_words(name: str) -> list[str]:
    """A person's name in words: spaced, or a dotted unspaced name in its parts ("亚历山大·加利亚莫夫")."""
    words = name.split()
    return _NAME_DOTS.split(name) if len(words) == 1 and _NAME_DOTS.search(name) else words


def _display(forms: Counter[str]) -> str:
    """The spelling to show: the most common form that is not in capitals, longest first."""
    ranked = sorted(forms, key=lambda f: (f.isupper(), -len(f.split()), -forms[f], -len(f)))
    return ranked[0]


def group_entities(found: Iterable[RawEntity], registry: Registry | None = None) -> list[Entity]:
    """Group mentions into entities with a canonical name, label, count and spans.

    Mentions of a registry entry group under its id and take its name and label.
    """
    found = list(found)
    groups: dict[str, list[tuple[RawEntity, str]]] = {}
    known: dict[str, Known] = {}
    namesakes = _namesakes(found, registry) if registry is not None else set()
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
            if entry is not None and entry.id in namesakes and len(name.split()) == 1:
                entry = None  # "Kirby said" after "Pamela Kirby, a teacher": hers, not John Kirby's
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
    # A registered person is indexed by the full names the article writes too, not only the registry's: "Medwedew"
    # alone joins the "Dmitri Medwedew" of a German article, whose entry is named "Dmitry Medvedev".
    by_word: dict[str, list[str]] = {}
    for key, members in groups.items():
        if label_of(members) != "PERSON":
            continue
        names = [full_name(key)]
        if key.startswith("id:"):
            names += [surface(e.text, e.label).casefold() for e, _ in members[:20]]  # (bounded: its first forms)
        ends = [w for words in (_name_words(n) for n in names) if len(words) > 1 for w in (words[0], words[-1])]
        for word in dict.fromkeys(ends):
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


def _namesakes(found: list[RawEntity], registry: Registry) -> set[str]:
    """The registered people whose surname the article gives, in full, to someone with another given name ("Pamela
    Kirby", :meth:`Registry.another_given_name`), and never to them in full: a lone surname there is the article's own
    person, not the registered one. Where the article names both ("John Kirby" and "Paul Kirby"), it stays theirs."""
    others: set[str] = set()
    in_full: set[str] = set()
    for ent in found:
        words = ent.text.split()
        if ent.label != "PERSON" or len(words) < 2:
            continue
        if ent.id is not None:
            in_full.add(ent.id)
            continue
        entry = registry.lookup(words[-1])
        if entry is not None and entry.label == "PERSON" and registry.another_given_name(words[0], entry.id):
            others.add(entry.id)
    return others - in_full


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


def _another_place(ent: RawEntity, known: RawEntity) -> bool:
    """Whether a model's place around a registered place's alias names another place: a capitalised word besides the
    alias ("South America", "Latin America", "Greater Moscow"), not an article or a possessive ("the United States")."""
    rest = ent.text[: known.start - ent.start] + " " + ent.text[known.end - ent.start :]
    return any(w[:1].isupper() and w != "The" for w in re.findall(r"[^\W\d_][\w'’-]*", rest))


def merge(model: list[RawEntity], matches: list[Match], registry: Registry | None = None) -> list[RawEntity]:
    """The model's mentions and the registry's, one per span; the registry decides labels and ids.

    Where a model mention contains a registry alias of the same kind ("Dmitri S Peskov"
    around "Peskov"), the longer span is kept with the registry's id and label, unless it opens with a given name
    that is not the registered person's ("Paul Kirby" around "Kirby": another Kirby; ``registry`` tells). Where it
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
            elif longer and r.label in _PLACES and ent.label in _PLACES and _another_place(ent, r):
                known[inside[0]] = ent  # "Latin America", "South America" around "America": another place
            elif longer and r.label == ent.label == "PERSON" and _another_given_name(ent, r, registry):
                known[inside[0]] = ent  # "By Paul Kirby, BBC News": not John Kirby
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


def _another_given_name(ent: RawEntity, known: RawEntity, registry: Registry | None) -> bool:
    """Whether a person's name the model read ends in a registered person's surname alone (``known``) and opens with
    one word that is plainly another given name than that person's (:meth:`Registry.another_given_name`)."""
    if registry is None or known.id is None or " " in known.text or known.end != ent.end:
        return False
    before = ent.text[: known.start - ent.start].split()
    return len(before) == 1 and registry.another_given_name(before[0], known.id)


_GIVEN_LOOK_BACK = 200  # characters before a given name in which an entity found across it may start
_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’-]*) $")


def _given_names_of_known(found: list[RawEntity], text: str, registry: Registry) -> list[RawEntity]:
    """A registered person's surname alone, right after a capitalised word that is that person's given name as the
    language spells it (:meth:`Registry.given_name_of`: "Volodimir Zelenski", "Vladimira Putina", "Vlagyimir
    Putyin"; GeoNames lists the first two among the names of the city of Vladimir): one mention of the person with
    the given name; a place or a person without an id found on that word goes. One look back per such mention."""
    found = sorted(found, key=lambda x: x.start)
    starts = [x.start for x in found]
    out: list[RawEntity] = []
    drop: set[int] = set()
    for e in found:
        if e.id is not None and e.label == "PERSON" and " " not in e.text:
            m = _WORD_BEFORE.search(text, max(0, e.start - 40), e.start)
            word = m.group(1) if m is not None else ""
            a = e.start - len(word) - 1
            if word[:1].isupper() and registry.given_name_of(word, e.id):
                across = []  # what was found on the word: the entities starting in a bounded stretch before it
                j = bisect.bisect_left(starts, e.start - 1) - 1
                while j >= 0 and starts[j] >= a - _GIVEN_LOOK_BACK:
                    if found[j].end > a:
                        across.append(found[j])
                    j -= 1
                if all(x.id is None and x.label in ("GPE", "LOC", "FAC", "PERSON") and a <= x.start for x in across):
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
