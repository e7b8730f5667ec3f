"""A learned judge of a recogniser's labels: person, place or neither (English).

The hand rules of ``logic.correct`` fix one label confusion at a time (a person the model
calls ORG, a town it calls PERSON). This module reads, for every name the rules leave
labelled PERSON, ORG, GPE, LOC or FAC, features that say nothing of any page's words: the
label, the name's shape (words, capitals, initials, a company ending), the words around it
(a title or "the" before it, a place preposition, "'s" or "said" after it), what the
gazetteer and the given- and family-name data say of it, and how the article labels the same
name and its last word elsewhere. A multinomial logistic regression gives the probability
of each class (``PERSON``, ``PLACE``, ``OTHER``: an organisation or any other thing); the
label changes only when a class the label is not reaches the threshold of that change ("a
place's label to OTHER"), chosen by cross-validation by article: a person becomes ``PERSON``,
a place ``GPE``, anything else ``ORG``. A change cross-validation does not support is never made.

The weights are ``labels-v1.json`` beside this file (trained by ``bench/train_labels.py``
from MEANTIME's development split and the names gold's development articles), read once;
no download, no pickle. Without the file the rules' labels stand.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING, Any

from wirestream.services.enrich.artefacts import shipped
from wirestream.services.enrich.entities import name_words
from wirestream.services.enrich.entities.context import _country_or_region, _in_language_table
from wirestream.services.enrich.entities.models import RawEntity

if TYPE_CHECKING:
    from wirestream.services.enrich.entities.geo import Gazetteer

MODEL_FILE = "labels-v1.json"
LANGUAGES = frozenset({"en"})  # the languages the judge was trained on and answers for
JUDGED = ("PERSON", "ORG", "GPE", "LOC", "FAC")
CLASSES = ("PERSON", "PLACE", "OTHER")
PLACES = frozenset({"GPE", "LOC", "FAC"})
RELABEL = {"PERSON": "PERSON", "PLACE": "GPE", "OTHER": "ORG"}
MAX_ENTITIES = 5000  # names per article the judge reads (a list page of 100k names keeps the rules' labels)
_LOOK = 40  # characters read on either side of a name


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# English words around a name (the judge answers for English only).
_TITLES = _set(
    "mr mrs ms miss dr sir dame president minister premier senator sen rep gov governor mayor king queen prince "
    "princess pope chancellor secretary spokesman spokeswoman spokesperson ambassador general gen colonel col "
    "lt captain capt professor prof judge chief ceo chairman chairwoman director coach manager lord lady "
    "officer sgt sergeant detective inspector bishop rev father archbishop leader"
)
_PLACE_PREPOSITIONS = _set("in at from near to into across outside throughout towards toward via")
_SAID = _set("said says told added explained stated announced wrote warned noted claimed according")
_COMPANY_ENDINGS = _set(
    "inc inc. corp corp. corporation ltd ltd. llc co co. plc ag sa group company holdings bank airlines airways "
    "motors systems technologies partners"
)
_ORG_HEADS = _set(
    "ministry department university college school party council committee commission agency association "
    "union institute foundation court army police force forces office board authority league federation club "
    "fc news times post service services bureau organisation organization assembly parliament senate congress "
    "government cabinet embassy hospital church network channel exchange fund trust society center centre"
)
_PLACE_WORDS = _set(
    "city county state province region district island islands river lake mountain mountains valley bay sea "
    "ocean street road avenue square park airport bridge beach coast village town republic kingdom area "
    "neighbourhood neighborhood suburb station port harbour harbor"
)
_WORD = re.compile(r"[\w'’.&-]+")
_POSSESSIVE_END = re.compile(r"['’]s?$")
_SENTENCE_END = re.compile(r"[.!?:\n\"“”]\s*$")

FEATURES = (
    "label_person",
    "label_org",
    "label_gpe",
    "label_loc",
    "label_fac",
    "one_word",
    "two_words",
    "three_words_or_more",
    "all_caps",
    "initial",
    "digit",
    "first_given_name",
    "last_family_name",
    "given_name_word",
    "common_first_word",
    "company_ending",
    "organisation_head",
    "place_word",
    "institution_word",
    "the_before",
    "title_before",
    "place_preposition_before",
    "of_before",
    "sentence_start",
    "possessive_after",
    "said_after",
    "comma_after",
    "capitalised_after",
    "place_noun_after",
    "gazetteer_trusted",
    "gazetteer_country",
    "gazetteer_region",
    "gazetteer_known",
    "log_population",
    "gazetteer_last_word",
    "same_name_person",
    "same_name_org",
    "same_name_place",
    "last_word_person",
    "log_mentions",
)
INDEX = {name: n for n, name in enumerate(FEATURES)}


@dataclass(frozen=True)
class Model:
    """A multinomial logistic regression over standardised features, with one threshold per class."""

    mean: tuple[float, ...]
    scale: tuple[float, ...]
    coef: tuple[tuple[float, ...], ...]  # one row per class of CLASSES
    intercept: tuple[float, ...]
    thresholds: dict[
        str, float
    ]  # change (:func:`change`) -> the probability it needs; a change not named is never made

    def probabilities(self, x: list[float]) -> list[float]:
        z = [(v - m) / s for v, m, s in zip(x, self.mean, self.scale, strict=True)]
        scores = [
            b + sum(c * v for c, v in zip(row, z, strict=True))
            for row, b in zip(self.coef, self.intercept, strict=True)
        ]
        top = max(scores)
        exps = [math.exp(max(-50.0, s - top)) for s in scores]
        total = sum(exps)
        return [e / total for e in exps]

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Model:
        if tuple(data["features"]) != FEATURES or tuple(data["classes"]) != CLASSES:
            raise ValueError("label judge: the model's features or classes are not this code's")
        return cls(
            mean=tuple(float(v) for v in data["mean"]),
            scale=tuple(float(v) or 1.0 for v in data["scale"]),
            coef=tuple(tuple(float(v) for v in row) for row in data["coef"]),
            intercept=tuple(float(v) for v in data["intercept"]),
            thresholds={str(k): float(v) for k, v in data["thresholds"].items()},
        )


@cache
def model() -> Model | None:
    """The shipped model (None when the file is absent: the rules' labels stand)."""
    data = shipped(__package__, MODEL_FILE)
    return None if data is None else Model.from_json(data)


def class_of(label: str) -> str:
    """The judge's class of a recogniser label."""
    return "PERSON" if label == "PERSON" else "PLACE" if label in PLACES else "OTHER"


def change(label: str, cls: str) -> str:
    """The key of a change's threshold: the label's class and the class it would become ("PLACE>OTHER")."""
    return f"{class_of(label)}>{cls}"


def _own_place(text: str, lang: str, gazetteer: Gazetteer | None) -> bool:
    """Whether a name, its article and possessive aside, is a region or feature of the language's own table
    (``PLACE_NAMES``: "the West Bank", "the West Indies"): chosen as places, no company's nor team's."""
    return _in_language_table(_THE.sub("", _bare(text)), lang, gazetteer)


# The features named after the town on their shore ("the Kerch Strait", "Taganrog Bay", "the Kola Peninsula"): a
# place's label the judge would change stays after a town's name, as after a region's.
_SHORE_HEADS = frozenset({"strait", "bay", "gulf", "peninsula", "lagoon", "sea"})


def _region_feature(text: str, lang: str, gazetteer: Gazetteer | None) -> bool:
    """Whether a name is a country's or a region's name and a head word of a feature (``PLACE_HEADS``): "the Florida
    Keys", "the Texas Panhandle"; or a town's name and the head word of a water's or a shore's feature named after it
    (:data:`_SHORE_HEADS`: "the Kerch Strait")."""
    words = _THE.sub("", _bare(text)).split()
    if len(words) != 2 or words[1].casefold() not in name_words.PLACE_HEADS.get(lang, ()):
        return False
    if words[1].casefold() in _SHORE_HEADS and gazetteer is not None and words[0][:1].isupper():
        place = gazetteer.place_form(words[0], lang)
        if place is not None and place[1].kind == "city":
            return True
    return _country_or_region(words[0], lang, gazetteer)


def _headed_feature(text: str, lang: str) -> bool:
    """Whether a place's name is two or three capitalised words opened by a head word of a feature
    (``PLACE_HEADS``: "Mount Etna", "Lake Como", "River Thames"), no institution's word among them ("Mount Sinai
    Hospital")."""
    words = _THE.sub("", _bare(text)).split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return False
    folded = [w.rstrip(".,").casefold() for w in words]
    heads = name_words.PLACE_HEADS.get(lang, ())
    if len(words) == 3 and folded[-1] not in heads and name_words.is_common_word(words[-1], lang):
        return False  # "Mount Sinai Hospital": a head word opens what a common noun closes
    return folded[0] in heads and not any(name_words.institution_word(w, lang) for w in folded)


_THE = re.compile(r"^[Tt]he\s+")


def _bare(text: str) -> str:
    """A name without a possessive ending and outer spaces."""
    return _POSSESSIVE_END.sub("", text.strip()).strip()


def _key(text: str) -> str:
    return " ".join(_bare(text).casefold().split())


@dataclass
class Article:
    """What every name's features read of the whole article: the labels given to each name and to the last
    word of each several-word person."""

    labels: dict[str, Counter[str]]
    person_last_words: set[str]

    @classmethod
    def of(cls, found: list[RawEntity]) -> Article:
        labels: dict[str, Counter[str]] = defaultdict(Counter)
        last: set[str] = set()
        for e in found:
            key = _key(e.text)
            labels[key][class_of(e.label)] += 1
            words = key.split()
            if e.label == "PERSON" and len(words) > 1:
                last.add(words[-1])
        return cls(dict(labels), last)


def _words_before(text: str, start: int) -> list[str]:
    return _WORD.findall(text[max(0, start - _LOOK) : start])


def _words_after(text: str, end: int) -> list[str]:
    return _WORD.findall(text[end : end + _LOOK])


def features(entity: RawEntity, text: str, gazetteer: Gazetteer | None, article: Article) -> list[float]:
    """The judge's features of one name of ``text`` (the order of :data:`FEATURES`); reads a bounded window."""
    x = [0.0] * len(FEATURES)

    def put(name: str, value: bool | float) -> None:
        x[INDEX[name]] = float(value)

    label = entity.label
    for lab in JUDGED:
        put(f"label_{lab.lower()}", label == lab)
    span = _bare(entity.text)
    words = _WORD.findall(span)[:20]
    folded = [w.casefold() for w in words]
    n = len(words)
    put("one_word", n == 1)
    put("two_words", n == 2)
    put("three_words_or_more", n >= 3)
    letters = [c for c in span if c.isalpha()]
    put("all_caps", len(letters) > 1 and all(c.isupper() for c in letters))
    put("initial", any(len(w.rstrip(".")) == 1 and w[:1].isupper() for w in words))
    put("digit", any(c.isdigit() for c in span))
    if words:
        put("first_given_name", name_words.given_name(words[0], "en"))
        put("last_family_name", n > 1 and name_words.family_name(words[-1]))
        put("given_name_word", any(name_words.given_name(w, "en") for w in words))
        put("common_first_word", name_words.is_common_word(words[0], "en"))
        put("company_ending", folded[-1] in _COMPANY_ENDINGS)
        put("organisation_head", any(w in _ORG_HEADS for w in folded))
        put("place_word", any(w in _PLACE_WORDS for w in folded))
        put("institution_word", any(name_words.institution_word(w, "en") for w in words))
    before = _words_before(text, entity.start)
    previous = before[-1].casefold().rstrip(".") if before else ""
    put("the_before", previous == "the")
    put("title_before", previous in _TITLES)
    put("place_preposition_before", previous in _PLACE_PREPOSITIONS)
    put("of_before", previous == "of")
    put(
        "sentence_start", entity.start == 0 or bool(_SENTENCE_END.search(text[max(0, entity.start - 3) : entity.start]))
    )
    tail = text[entity.end : entity.end + _LOOK]
    put("possessive_after", entity.text.endswith(("'s", "’s")) or tail.startswith(("'s", "’s")))
    after = [w.casefold() for w in _words_after(text, entity.end)[:3]]
    put("said_after", any(w in _SAID for w in after[:2]))
    put("comma_after", tail.lstrip().startswith(","))
    nxt = tail.lstrip()
    put("capitalised_after", bool(nxt[:1].isupper()))
    put("place_noun_after", bool(after) and after[0] in _PLACE_WORDS and not nxt[:1].isupper())
    if gazetteer is not None and span:
        key = span.casefold()
        trusted = gazetteer.trusted_place(key)
        put("gazetteer_trusted", trusted is not None)
        put("gazetteer_country", trusted is not None and trusted.kind == "country")
        put("gazetteer_region", (trusted is not None and trusted.kind == "region") or key in gazetteer.regions)
        known = gazetteer.by_name.get(key)
        put("gazetteer_known", bool(known))
        population = max((p.population for p in known or ()), default=0)
        put("log_population", math.log10(1 + population) / 7)
        put("gazetteer_last_word", n > 1 and gazetteer.trusted_place(folded[-1]) is not None)
    counts = article.labels.get(_key(entity.text), Counter())
    total = sum(counts.values()) or 1
    put("same_name_person", counts["PERSON"] / total)
    put("same_name_org", counts["OTHER"] / total)
    put("same_name_place", counts["PLACE"] / total)
    put("last_word_person", n >= 1 and folded[-1] in article.person_last_words)
    put("log_mentions", math.log1p(sum(counts.values())))
    return x


def no_person(text: str) -> bool:
    """Whether a name can be no person whatever the features say: it opens with "the" ("the White House") or holds
    a place's or an institution's word ("Marronnier Park", "Riverside Hospital")."""
    words = [w.casefold() for w in _WORD.findall(_bare(text))[:20]]
    return bool(words) and (words[0] == "the" or any(w in _PLACE_WORDS or w in _ORG_HEADS for w in words))


def judge(
    found: list[RawEntity], text: str, lang: str, gazetteer: Gazetteer | None, judge_model: Model | None = None
) -> list[RawEntity]:
    """``found`` with the labels the judge is confident are wrong changed (English only; the rules' labels
    stand elsewhere, beyond :data:`MAX_ENTITIES` names and without a model)."""
    m = judge_model or model()
    if m is None or lang not in LANGUAGES or len(found) > MAX_ENTITIES:
        return found
    article = Article.of(found)
    out = []
    for e in found:
        if e.label in PLACES and name_words.compass_place(_bare(e.text), lang, gazetteer):
            pass  # "West Africa": a place by its shape, whatever its other features say
        elif e.label in PLACES and name_words.ocean(e.text, text, e.start, lang):
            pass  # "the equatorial Pacific": an ocean by the words before it
        elif e.label in PLACES and _own_place(e.text, lang, gazetteer):
            pass  # "the West Bank": a place of the language's own table, whatever its "Bank" says
        elif e.label in PLACES and _region_feature(e.text, lang, gazetteer):
            pass  # "the Florida Keys", "the Texas Panhandle": a region's feature by its shape
        elif e.label in PLACES and _headed_feature(e.text, lang):
            pass  # "Mount Etna", "Lake Como": a feature its head word opens, whatever the judge's features say
        elif e.label in JUDGED and e.id is None:
            p = m.probabilities(features(e, text, gazetteer, article))
            best = max(range(len(CLASSES)), key=p.__getitem__)
            cls = CLASSES[best]
            if cls == "PERSON" and no_person(e.text):
                cls = class_of(e.label)
            if cls != class_of(e.label) and p[best] >= m.thresholds.get(change(e.label, cls), 2.0):
                e = replace(e, label=RELABEL[cls])
        out.append(e)
    return out
