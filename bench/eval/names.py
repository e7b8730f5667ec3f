"""People and places in real articles of every language, on the project's hand-annotated gold.

The gold (``tests/entities/gold.jsonl``, articles in ``tests/entities/articles.jsonl``) lists every
distinct person and place named in the body of 82 real articles (26 English, 56 in 16 other
languages) with their surface forms as written ("Путина", "Nowej Zelandii"). Some entries are
*optional* (a photo credit, a road, a name inside a related-article link): a system is neither
rewarded nor punished for them. The articles listed uncommented in ``tests/entities/check.txt`` form
the check set, every one of them (round s21: 11 fresh articles, 9 of them non-English; round s23: 25
fresh articles, 16 English and 9 non-English; the check of rounds s18-s20 is development data since):
only its aggregate figures are read.

Each article flows as a user's file would: its page through fetch's reader, clean, date-parse,
then entity-enrich (one Toolkit for the run). The peer is the plain NER model of the article's
language where one is installed, run on the same cleaned text: spaCy's English and French small
models, Natasha for Russian; elsewhere it finds nothing.

**The matching rule.** A system entity is a label and its strings: every mention's text and, for
the product, its canonical name. Each string is compared with the gold entities of the article
after normalisation (Unicode NFC, case folded, typographic apostrophes made straight, outer
punctuation and a possessive "'s" removed, whitespace collapsed):

1. it *is* a gold entity's surface form or canonical name (equal after normalisation); else
2. it *contains* a gold form as a whole word sequence ("Commerzbank analyst Carsten Fritsch" holds
   "Carsten Fritsch"; in Chinese and Japanese, written without spaces, only rule 1 applies);
   the longest contained form wins, so "Hunter Biden" goes to Hunter Biden, not to Joe "Biden".

A gold person is **found** when a system entity labelled PERSON (Natasha PER, spaCy fr PER) has a
string assigned to it; a gold place when an entity labelled GPE, LOC or FAC does. Recall = found
over the non-optional gold entities of that class.

**Precision** counts system entities of the class whose mention text occurs in the annotated body
(entities from page chrome that clean kept are left out: that is clean's error, measured
elsewhere). Such an entity is right when a string is assigned to a non-optional gold entity of the
same class; it is left out when its strings go only to optional entries; otherwise it is wrong (a
storm "Ciaran" as a PERSON, "Ryanair" as a place, a person labelled GPE). Entities are counted as
the system groups them: two entities for one person are two right answers.
"""

from __future__ import annotations

import json
import re
import time
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from bench.eval import corpora
from bench.eval.report import PRODUCT, Row
from bench.eval.systems import product, toolkit

HERE = corpora.ROOT / "tests" / "entities"
GOLD = HERE / "gold.jsonl"
ARTICLES = HERE / "articles.jsonl"
CHECK = HERE / "check.txt"
PEER = "plain NER (spaCy sm en/fr, Natasha ru)"
CLASSES = {"person": frozenset({"PERSON", "PER"}), "place": frozenset({"GPE", "LOC", "FAC"})}
UNSPACED = frozenset({"zh", "ja"})  # written without spaces: no word boundaries to test

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "ʼ": "'"})
_EDGES = re.compile(r"^[\W_]+|[\W_]+$")
_POSSESSIVE = re.compile(r"'s$")


def norm(text: str) -> str:
    """Whitespace collapsed: how bodies, openings and forms are compared for occurrence."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def key(text: str) -> str:
    """A name as the matching rule compares it."""
    folded = norm(text).translate(_APOSTROPHES).casefold()
    return _EDGES.sub("", _POSSESSIVE.sub("", _EDGES.sub("", folded)))


def occurs(form: str, text: str, lang: str) -> bool:
    """``form`` in ``text`` as whole words (any substring in Chinese and Japanese)."""
    form, text = norm(form), norm(text)
    if lang in UNSPACED:
        return form in text
    return re.search(rf"(?<!\w){re.escape(form)}(?!\w)", text) is not None


def contains(outer: str, inner: str, lang: str) -> bool:
    """Rule 2: the normalised ``inner`` is a whole-word part of ``outer`` (never in unspaced scripts)."""
    if lang in UNSPACED or not inner or len(inner) >= len(outer):
        return False
    return re.search(rf"(?<!\w){re.escape(inner)}(?!\w)", outer) is not None


# --- the gold ------------------------------------------------------------------------------


def _jsonl(path: Path) -> list[dict[str, Any]]:
    if not path.is_file():
        return []
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def load_articles(path: Path = ARTICLES) -> list[dict[str, Any]]:
    return _jsonl(path)


def load_gold(path: Path = GOLD) -> list[dict[str, Any]]:
    return _jsonl(path)


@cache
def check_set(path: Path = CHECK) -> frozenset[tuple[str, str]]:
    if not path.is_file():
        return frozenset()
    words = (line.split() for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#"))
    return frozenset((w[0], w[1]) for w in words if len(w) == 2)


def split_of(corpus: str, case: str) -> str:
    return "check" if (corpus, case) in check_set() else "dev"


def case_of(corpus: str, case_id: str) -> dict[str, Any]:
    found = [c for c in corpora.cases(corpus) if c["id"] == case_id]
    if not found:
        raise KeyError(f"no case {case_id} in {corpus}")
    return found[0]


def body(article: dict[str, Any]) -> str:
    """The annotated body: AEB's ``main_text``; for a page, its visible text from the first occurrence
    of ``body_start`` to the end of the first ``body_end`` after it. Whitespace normalised."""
    case = case_of(article["corpus"], article["case"])
    if article["corpus"] == "aeb":
        return norm(case["main_text"])
    text = norm(corpora.readable_text(article["corpus"], case))
    start, end = norm(article["body_start"]), norm(article["body_end"])
    begin = text.find(start)
    if begin < 0:
        raise ValueError("body_start not in the page's visible text")
    stop = text.find(end, begin)
    if stop < 0:
        raise ValueError("body_end not in the page's visible text after body_start")
    return text[begin : stop + len(end)]


# --- matching ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Found:
    """One entity a system reports: its label, its canonical name (or None) and its mentions' texts."""

    label: str
    name: str | None
    mentions: tuple[str, ...]

    def strings(self) -> Iterable[str]:
        yield from self.mentions
        if self.name:
            yield self.name


def assign(text: str, gold: list[dict[str, Any]], lang: str) -> int | None:
    """The index of the gold entity a system string stands for (rules 1 then 2), or None."""
    k = key(text)
    if not k:
        return None
    for i, g in enumerate(gold):
        if k == key(g["name"]) or any(k == key(f) for f in g["forms"]):
            return i
    best: tuple[int, int] | None = None  # (form length, index)
    for i, g in enumerate(gold):
        for f in g["forms"]:
            fk = key(f)
            if contains(k, fk, lang) and (best is None or len(fk) > best[0]):
                best = (len(fk), i)
    return best[1] if best else None


def class_of(label: str) -> str | None:
    return next((c for c, labels in CLASSES.items() if label in labels), None)


@dataclass
class Tally:
    gold: int = 0
    found: int = 0
    predicted: int = 0
    right: int = 0

    def add(self, other: Tally) -> None:
        self.gold += other.gold
        self.found += other.found
        self.predicted += other.predicted
        self.right += other.right


@dataclass
class Scored:
    """One system on one article: a tally per class and the reasons of what went wrong."""

    tallies: dict[str, Tally] = field(default_factory=lambda: {c: Tally() for c in CLASSES})
    misses: list[str] = field(default_factory=list)


def score(gold: list[dict[str, Any]], found: list[Found], text: str, body_text: str, lang: str) -> Scored:
    """Recall and precision counts of one article (see the module's docstring for the rule)."""
    out = Scored()
    assigned = [{i for s in e.strings() if (i := assign(s, gold, lang)) is not None} for e in found]
    for cls, tally in out.tallies.items():
        for i, g in enumerate(gold):
            if g["class"] != cls or g["optional"]:
                continue
            tally.gold += 1
            if any(i in a and class_of(e.label) == cls for e, a in zip(found, assigned, strict=True)):
                tally.found += 1
                continue
            others = sorted({e.label for e, a in zip(found, assigned, strict=True) if i in a})
            if others:
                why = f"labelled {'/'.join(others)}"
            elif not any(occurs(f, text, lang) for f in g["forms"]):
                why = "not in the cleaned text"
            else:
                why = "not recognised"
            out.misses.append(f"missed {cls} {g['name']!r} ({why})")
        for e, a in zip(found, assigned, strict=True):
            if class_of(e.label) != cls or not any(occurs(m, body_text, lang) for m in e.mentions):
                continue
            if any(gold[i]["class"] == cls and not gold[i]["optional"] for i in a):
                tally.predicted += 1
                tally.right += 1
            elif a and all(gold[i]["optional"] for i in a):
                continue
            else:
                tally.predicted += 1
                what = ", ".join(f"{gold[i]['class']} {gold[i]['name']!r}" for i in sorted(a)) or "not in the gold"
                out.misses.append(f"wrong {cls}: {e.label} {e.mentions[0]!r} ({what})")
    return out


# --- the systems ---------------------------------------------------------------------------


def product_entities(article: Any) -> list[Found]:
    from wirestream.services.enrich.entities.logic import enrich

    enriched = enrich(article, toolkit())
    return [Found(e.label, e.name, tuple(m.text for m in e.mentions)) for e in enriched.entities]


@cache
def _spacy(model: str) -> Any:
    import spacy

    return spacy.load(model, exclude=["tagger", "parser", "lemmatizer", "attribute_ruler", "senter"])


@cache
def _natasha() -> tuple[Any, Any]:
    from natasha import NewsEmbedding, NewsNERTagger, Segmenter

    return Segmenter(), NewsNERTagger(NewsEmbedding())


def _peer_models() -> dict[str, str]:
    from wirestream.services.enrich.entities.settings import EntitySettings

    return {"en": EntitySettings().spacy_model, "fr": "fr_core_news_sm"}


def peer_entities(article: Any, lang: str) -> list[Found]:
    """The language's own NER alone, each mention its own entity (nothing where none is installed)."""
    if lang == "ru":
        from natasha import Doc

        segmenter, tagger = _natasha()
        doc = Doc(article.text)
        doc.segment(segmenter)
        doc.tag_ner(tagger)
        return [Found("PERSON" if s.type == "PER" else s.type, None, (s.text,)) for s in doc.spans]
    model = _peer_models().get(lang)
    if model is None:
        return []
    try:
        nlp = _spacy(model)
    except OSError:  # not installed
        return []
    return [Found(e.label_, None, (e.text,)) for e in nlp(article.text).ents]


SYSTEMS: dict[str, Callable[[Any, str], list[Found]]] = {
    PRODUCT: lambda article, lang: product_entities(article),
    PEER: peer_entities,
}


# --- the run -------------------------------------------------------------------------------


def _article(corpus: str, case_id: str) -> Any:
    return product(*corpora.dropped(corpus, case_of(corpus, case_id)))


MEASURES = (
    ("people found (recall)", "person", "recall"),
    ("people right (precision)", "person", "precision"),
    ("places found (recall)", "place", "recall"),
    ("places right (precision)", "place", "precision"),
)


def _value(t: Tally, kind: str) -> float | None:
    num, den = (t.found, t.gold) if kind == "recall" else (t.right, t.predicted)
    return num / den if den else None


def _reason(miss: str) -> str:
    """The kind of a miss line: "missed place (labelled ORG)" -> "place labelled ORG", "wrong person: ..." -> "wrong person"."""
    if " wrong " in f" {miss}":
        return "wrong " + miss.split(" wrong ", 1)[1].split(":", 1)[0]
    cls = miss.split(" missed ", 1)[1].split(" ", 1)[0]
    why = miss.rsplit("(", 1)[1].rstrip(")")
    return f"{cls} {why}"


GROUPS = ("English", "English, MEANTIME", "other languages")


def group_of(article: dict[str, Any]) -> str:
    """The row group of an article: MEANTIME's Wikinews articles apart from the English pages, so each reads alone."""
    if article["lang"] != "en":
        return "other languages"
    return "English, MEANTIME" if article["corpus"] == "meantime_en" else "English"


def development_only(articles: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The articles outside the check set (``--dev-only``)."""
    return [a for a in articles if split_of(a["corpus"], a["case"]) == "dev"]


def run(verbose: bool = False, limit: int | None = None) -> list[Row]:
    articles = load_articles()
    gold = load_gold()
    if not articles or not gold:
        print(f"    names: no gold at {GOLD}; skipped")
        return []
    by_article: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for g in gold:
        by_article[(g["corpus"], g["case"])].append(g)
    articles = development_only(articles) if corpora.dev_only() else articles
    if limit:
        articles = articles[:limit]
    # (system, group, split) and (system, language) -> class -> tally
    groups: dict[tuple[str, str, str], dict[str, Tally]] = defaultdict(lambda: {c: Tally() for c in CLASSES})
    languages: dict[tuple[str, str], dict[str, Tally]] = defaultdict(lambda: {c: Tally() for c in CLASSES})
    seconds: dict[str, float] = defaultdict(float)
    misses: list[str] = []
    check_reasons: dict[str, Counter[str]] = defaultdict(Counter)
    for a in articles:
        lang, split = a["lang"], split_of(a["corpus"], a["case"])
        group = group_of(a)
        article = _article(a["corpus"], a["case"])
        body_text = body(a)
        wanted = by_article[(a["corpus"], a["case"])]
        for name, system in SYSTEMS.items():
            started = time.perf_counter()
            found = system(article, lang) if article is not None else []
            seconds[name] += time.perf_counter() - started
            scored = score(wanted, found, article.text if article is not None else "", body_text, lang)
            for cls, tally in scored.tallies.items():
                groups[(name, group, split)][cls].add(tally)
                languages[(name, lang)][cls].add(tally)
            if verbose and name == PRODUCT and split == "dev":  # the check set's misses are never listed
                misses += [f"{a['corpus'][:4]} {a['case'][:12]} [{lang}] {m}" for m in scored.misses]
            elif verbose and name == PRODUCT:  # only counted by kind, per group, naming no entity and no page
                check_reasons[group].update(_reason(" " + m) for m in scored.misses)
    for line in misses:
        print("    " + line)
    if misses:
        reasons = Counter(_reason(line) for line in misses)
        print("    dev misses by reason: " + ", ".join(f"{k} {v}" for k, v in reasons.most_common()))
    for group, reasons in check_reasons.items():
        print(f"    check misses by reason, {group}: " + ", ".join(f"{k} {v}" for k, v in reasons.most_common()))
    rows: list[Row] = []
    n = {split: sum(split_of(a["corpus"], a["case"]) == split for a in articles) for split in ("dev", "check")}
    for group in GROUPS:
        for split in ("dev", "check"):
            if (PRODUCT, group, split) not in groups:
                continue
            count = sum(split_of(a["corpus"], a["case"]) == split and group_of(a) == group for a in articles)
            for measure, cls, kind in MEASURES:
                values = {name: _value(groups[(name, group, split)][cls], kind) for name in SYSTEMS}
                t = groups[(PRODUCT, group, split)][cls]
                note = f"{t.gold} gold" if kind == "recall" else f"{t.predicted} predicted in the body"
                rows.append(Row(f"names gold, {group}, {split} ({count} art.)", measure, values, note=note))
    for lang in sorted({a["lang"] for a in articles} - {"en"}):
        for measure, cls, kind in MEASURES:
            if kind != "recall":
                continue
            t = languages[(PRODUCT, lang)][cls]
            if not t.gold:
                continue
            values = {name: _value(languages[(name, lang)][cls], kind) for name in SYSTEMS}
            splits = "dev" if corpora.dev_only() else "dev+check"
            rows.append(Row(f"names gold, {lang} ({splits})", measure, values, note=f"{t.gold} gold"))
    speed = ", ".join(f"{name} {s:.1f} s" for name, s in seconds.items())
    if rows:
        rows[-1].note += f"; {len(articles)} articles ({n['dev']} dev, {n['check']} check); {speed}"
    return rows
