"""Quote speakers on the project's hand-annotated gold (``tests/quotes/gold.jsonl``).

Each gold line is one direct quote of a real article (AEB, trafilatura's and
htmldate's pages, the seeds) with its speaker as the article names it, other
names for them, and the kind of speaker. The product runs on each article as a
user's file flows: an HTML page through fetch's reader, clean and date-parse, a
seed as its ``.txt``, then entity-enrich with its model, registry and gazetteer.

A gold quote is found when its ``opening`` (whitespace normalised) is part of a
quote the product reports. Its speaker is right when the product's speaker is the
gold speaker or one of its aliases (case-insensitive), shares a person's surname
with them, or is the registry entity one of those names belongs to; a quote with no
speaker in the gold is right with none. Per language group (English, the English
articles of sets f, g and i apart as "English, set f", "English, set g" and "English, set i", those of the
check sets h and j as "English, set h (check)" and "English, set j (check)", other languages, set k's German
apart as "other languages, set k", set l (round s25) as "other languages, set l", set q (round s47) as
"other languages, set q", and the check sets h and j's other languages as "other languages, check"):

* ``quotes found``: gold quotes found, over all gold quotes;
* ``speaker right, all quotes``: found with the right speaker, over all gold quotes;
* ``speaker right, found``: right over found;
* ``named speaker right, found``: right over found quotes whose gold speaker is named;
* ``wrong speaker, found``: a wrong name over found (lower is better: a wrong name is
  worse than none).

Peer, run the same way on the same cleaned text: textacy's ``direct_quotations``
over the full English spaCy pipeline (English only: it has no other language, so its
other-language rows are empty).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from bench.eval import corpora
from bench.eval.report import PRODUCT, Row
from bench.eval.systems import product, toolkit

ENV = "WIRESTREAM_QUOTE_GOLD"
HALF_ENV = "WIRESTREAM_QUOTE_HALF"  # one or more of "a" .. "n": only those sets of the other-language articles
GOLD = corpora.ROOT / "tests" / "quotes" / "gold.jsonl"
SETS = corpora.ROOT / "tests" / "quotes"  # set_<letter>.txt lists the articles of each set that is not a or b
LISTED = "qponmlkjihfgedc"  # the listed sets, in the order an article is looked for in them
CHECK_SETS = frozenset("hjmnp")  # sets kept as a check: their misses are never listed, even with -v
# What ``python -m bench.eval --half`` takes: half a or b, any one listed set, or the first development sets together.
HALVES = ("a", "b", *sorted(LISTED), "abc", "abcd", "abcde")
ENGLISH_CHECK = "English, set h (check)"  # set h's English articles (the s21 check), scored apart from the rest
ENGLISH_J = "English, set j (check)"  # set j's English articles (the s23 check, fresh), scored apart from set h's
# Set n (round s29): English pages in no other quote set (unused pages and names-gold development pages), annotated
# before the product ran on them: a third English check, scored apart from h and j.
ENGLISH_N = "English, set n (check)"
# The other-language articles of the check sets (h, j): scored apart from development; ``--half h`` or ``--half j``
# reads one set's figure.
OTHER_CHECK = "other languages, check"
ENGLISH_F = "English, set f"  # set f's English articles (the s20 check), scored apart from the first English
ENGLISH_G = "English, set g"  # set g (round s20): English development articles of more kinds, scored apart too
ENGLISH_I = "English, set i"  # set i (round s22): English pages annotated before the product ran on them, apart
# Set o (round s35): pages of the names gold never annotated for quotes, annotated before the product ran on them for
# quotes; development data, its English scored apart (first measured before any rule was written from it).
ENGLISH_O = "English, set o"
# Set p (round s36): MEANTIME's Wikinews articles, a corpus no quote set had, annotated before the product ran on them:
# an English check of another kind of writing (misses never listed), scored apart.
ENGLISH_P = "English, set p (check)"
OTHER_K = "other languages, set k"  # set k (round s24): German articles of set h made development, scored apart
# Set l (round s25): non-English pages in no other set (German first), annotated before the product ran on them: the
# fresh other-language measure, a check (misses never listed), scored apart from h and j's "other languages, check".
OTHER_L = "other languages, set l"
# Set m (round s26): German pages in no other set, annotated before the product ran on them; a check (misses never
# listed, never trained on), scored apart: it holds 6 quotes, 4 of them with no speaker (documents, a passive ban).
OTHER_M = "other languages, set m (check)"
# Set q (round s47): German pages in no other set, annotated before the product ran on them; its first figure the fresh
# measure, development data from then on, scored apart (the 29 pages listed held one quote: see tests/quotes/README.md).
OTHER_Q = "other languages, set q"
_WS = re.compile(r"\s+")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'"})
# Zero-width characters (ZWNJ, ZWJ, ZWSP, BOM): clean publishes text without them, so a Persian opening copied
# from the page ("اصلاح‌طلبان", with a ZWNJ) is compared without them too.
_ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff]")
_NAME_EDGES = re.compile(r"^[\W_]+|[\W_]+$")
_LEADING_THE = re.compile(r"^the\s+(?=\S)")


def gold_path() -> Path:
    configured = os.environ.get(ENV)
    return Path(configured) if configured else GOLD


def load_gold() -> list[dict[str, Any]]:
    path = gold_path()
    if not path.is_file():
        return []
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


@cache
def _listed(path: Path) -> frozenset[tuple[str, str]]:
    if not path.is_file():
        return frozenset()
    lines = (line.split() for line in path.read_text(encoding="utf-8").splitlines())
    return frozenset((w[0], w[1]) for w in lines if len(w) == 2 and not w[0].startswith("#"))


def half_of(corpus: str, case_id: str) -> str:
    """The set ("a" .. "n") an article falls in: sets c to n are listed in ``set_c.txt`` .. ``set_n.txt``;
    a and b split the rest by a hash of its id.

    Halves a and b and sets c to g are development data (their misses have been read). Set f was annotated
    before the product ran on it and was round s20's check; it is development data from round s21 on. Set g is
    English only (round s20: pages of more kinds than the first English development articles); any other
    English article is development data whatever its hash. Set h, annotated at the start of round s21 before
    the product ran on it, is the check (``CHECK_SETS``): only its aggregate figures are read. Set i (round s22)
    is English only, annotated before the product ran on it; its first figure was the fresh unseen-page measure,
    and it is development data from then on. Set j (round s23), annotated from pages in no other set before the
    product ran on it, is a second check (``CHECK_SETS``), fresh where set h has been read at every merge: only its
    aggregate figures are read, its misses are never listed. Set k (round s24) holds six German articles of set h
    (18 of its 39 German quotes) made development data, so German failures on pages unlike the first German
    development articles can be read; set h's other German articles stay in the check. Set l (round s25) holds
    non-English pages in no other set (German first), annotated before the product ran on them: measured fresh at the start of round s25
    and after its first merges (0.400 right, 0.489 wrong of found, both times), then made development data, scored
    in a row group of its own. Set m (round s26) holds German pages in no other set, annotated before the product
    ran on them: a third check (``CHECK_SETS``), scored in its own row group. Set n (round s29) holds English pages
    in no other quote set, annotated before the product ran on them: an English check (``CHECK_SETS``) beside h and
    j, in its own row group. Set o (round s35) holds pages of the names gold no quote set had, annotated before the
    product ran on them for quotes: development data, its English in a row group of its own. Set p (round s36) holds
    MEANTIME's Wikinews articles, annotated before the product ran on them for quotes: an English check
    (``CHECK_SETS``) of another kind of writing, in its own row group. Set q (round s47) holds German pages in no
    other set, annotated in round s47 before the product ran on them; its first figure the fresh measure,
    development data from then on, in its own row group.
    """
    for letter in LISTED:
        if (corpus, case_id) in _listed(SETS / f"set_{letter}.txt"):
            return letter
    digest = hashlib.sha256(f"{corpus}/{case_id}".encode()).digest()
    return "ab"[digest[0] & 1]


def group_of(corpus: str, case_id: str, lang: str) -> str:
    """The row group an article is scored in: English (development), English of set g (development, apart so
    the first English figures stay comparable), English of set f (the s20 check), English of set h (the s21
    check), English of set j (the s23 check), other languages of development, or other languages of the check sets
    (``--half`` picks the sets read)."""
    half = half_of(corpus, case_id)
    if lang != "en":
        if half == "k":
            return OTHER_K
        if half == "l":
            return OTHER_L
        if half == "m":
            return OTHER_M
        if half == "q":
            return OTHER_Q
        return OTHER_CHECK if half in CHECK_SETS else "other languages"
    if half == "j":
        return ENGLISH_J
    if half == "n":
        return ENGLISH_N
    if half == "p":
        return ENGLISH_P
    if half in CHECK_SETS:
        return ENGLISH_CHECK
    if half == "f":
        return ENGLISH_F
    if half == "i":
        return ENGLISH_I
    if half == "o":
        return ENGLISH_O
    return ENGLISH_G if half == "g" else "English"


def norm(text: str) -> str:
    """Whitespace collapsed, apostrophes straight, Unicode NFC, no zero-width characters: a gold opening is copied
    verbatim from the page (some pages write accents decomposed, NFD, Persian ones ZWNJ) while clean publishes NFC
    text without zero-width characters."""
    text = _ZERO_WIDTH.sub("", unicodedata.normalize("NFC", text))
    return _WS.sub(" ", text.translate(_APOSTROPHES)).strip()


@dataclass
class Said:
    """One quote a system reports: its text and the name of its speaker."""

    text: str
    speaker: str | None
    speaker_id: str | None = None


@dataclass
class Tally:
    gold: int = 0
    found: int = 0
    right: int = 0
    named_found: int = 0
    named_right: int = 0
    wrong: int = 0
    misses: list[str] = field(default_factory=list)
    kinds: Counter[str] = field(default_factory=Counter)  # misses by kind, naming no quote: all a check shows

    def rows(self, group: str, prefix: str) -> dict[str, float | None]:
        ratio = lambda a, b: a / b if b else None  # noqa: E731
        return {
            f"{prefix}quotes found": ratio(self.found, self.gold),
            f"{prefix}speaker right, all quotes": ratio(self.right, self.gold),
            f"{prefix}speaker right, found": ratio(self.right, self.found),
            f"{prefix}named speaker right, found": ratio(self.named_right, self.named_found),
            f"{prefix}wrong speaker, found": ratio(self.wrong, self.found),
        }


# --- the systems ---------------------------------------------------------------------------


def _article(corpus: str, case_id: str):
    """The article as date-parse publishes it, from the page (or the seed file) a user would drop."""
    if corpus == "seeds":
        path = corpora.ROOT / "seeds" / case_id
        return product(path.read_text(encoding="utf-8"), path.name)
    case = next((c for c in corpora.cases(corpus) if c["id"] == case_id), None)
    if case is None:
        return None
    return product(*corpora.dropped(corpus, case))


def product_quotes(article) -> list[Said]:
    from wirestream.services.enrich.entities.logic import enrich

    enriched = enrich(article, toolkit())
    return [Said(q.text, q.speaker, q.speaker_id) for q in enriched.quotes]


@cache
def _full_pipeline():
    import spacy

    from wirestream.services.enrich.entities.settings import EntitySettings

    return spacy.load(EntitySettings().spacy_model)


def textacy_quotes(article) -> list[Said]:
    """textacy's rule-based direct quotations (speaker = the subject tokens it returns); English only."""
    if (article.language or "en") != "en":
        return []
    from textacy.extract.triples import direct_quotations

    doc = _full_pipeline()(article.text)
    try:
        triples = list(direct_quotations(doc))
    except ValueError:  # it refuses a text with an odd number of quotation marks
        return []
    out = []
    for speaker, _cue, content in triples:
        text = content.text.strip("\"“”'‘’«» ")
        out.append(Said(text, " ".join(t.text for t in speaker) or None))
    return out


# --- scoring -------------------------------------------------------------------------------


def _clean_name(name: str) -> str:
    """A name compared case-insensitively, without edge punctuation or a leading English "the" (a gold alias
    written as the article gives it, "The Appellate Court", is the product's "Appellate Court")."""
    return _LEADING_THE.sub("", _NAME_EDGES.sub("", norm(name)).casefold())


@cache
def _registry():
    from wirestream.services.enrich.entities.registry import Registry

    return Registry.from_setting(None)


def speaker_right(said: Said | None, gold: dict[str, Any]) -> bool:
    want = gold["speaker"]
    got = said.speaker if said else None
    if want is None:
        return got is None
    if got is None:
        return False
    names = [want, *gold.get("aliases", [])]
    got_c = _clean_name(got)
    if any(got_c == _clean_name(n) for n in names):
        return True
    if gold["speaker_kind"] == "person":
        got_last = got_c.split()[-1] if got_c.split() else ""
        for n in names:
            parts = _clean_name(n).split()
            if parts and got_last and parts[-1] == got_last:
                return True
    if said and said.speaker_id:
        entry = _registry().by_id.get(said.speaker_id)
        if entry is not None:
            known = {_clean_name(a) for a in (entry.name, *entry.aliases)}
            return any(_clean_name(n) in known for n in names)
    return False


def _cue_kind(g: dict[str, Any]) -> str:
    """What a gold quote's attribution is like, for counting misses without naming them."""
    if g["speaker"] is None:
        return "none in the gold"
    if not g["attribution"]:
        return "no cue of its own"
    if g["pronoun"]:
        return "pronoun cue"
    return f"{g['speaker_kind']} named in the cue"


def score(gold: list[dict[str, Any]], quotes: list[Said], tally: Tally, where: str, verbose: bool) -> None:
    normalised = [(norm(q.text), q) for q in quotes]
    for g in gold:
        opening = norm(g["opening"])
        said = next((q for text, q in normalised if opening in text), None)
        tally.gold += 1
        if said is None:
            tally.kinds["not found"] += 1
            if verbose:
                tally.misses.append(f"{where}: not found {g['opening'][:50]!r}")
            continue
        tally.found += 1
        right = speaker_right(said, g)
        tally.right += right
        if g["speaker"] is not None:
            tally.named_found += 1
            tally.named_right += right
        if not right and said.speaker is not None:
            tally.wrong += 1
        if not right:
            tally.kinds[f"{'wrong' if said.speaker is not None else 'no'} speaker, {_cue_kind(g)}"] += 1
        if verbose and not right:
            tally.misses.append(
                f"{where}: {g['opening'][:40]!r} got {said.speaker!r}, want {g['speaker']!r} ({g['attribution']!r})"
            )


SYSTEMS: dict[str, Callable[[Any], list[Said]]] = {PRODUCT: product_quotes, "textacy": textacy_quotes}


def development_only(
    articles: dict[tuple[str, str], list[dict[str, Any]]],
) -> dict[tuple[str, str], list[dict[str, Any]]]:
    """The articles of no check set (``--dev-only``)."""
    return {key: wanted for key, wanted in articles.items() if half_of(*key) not in CHECK_SETS}


def run(verbose: bool = False, limit: int | None = None) -> list[Row]:
    gold = load_gold()
    if not gold:
        print(f"    quotes: no gold at {gold_path()} (or {ENV}); skipped")
        return []
    articles: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)  # in the gold's order
    for g in gold:
        articles[(g["corpus"], g["case"])].append(g)
    half = os.environ.get(HALF_ENV, "").strip().lower()
    if half:
        # English is kept whole (it is not what the split is for); other languages by the set of their article
        articles = {
            key: wanted for key, wanted in articles.items() if wanted[0]["lang"] == "en" or half_of(*key) in half
        }
        print(f"    quotes: other-language articles of set(s) {', '.join(half)} only ({HALF_ENV})")
    if corpora.dev_only():
        articles = development_only(articles)
    keys = list(articles)[:limit] if limit else list(articles)
    tallies: dict[tuple[str, str], Tally] = defaultdict(Tally)
    for corpus, case_id in keys:
        wanted = articles[(corpus, case_id)]
        group = group_of(corpus, case_id, wanted[0]["lang"])
        article = _article(corpus, case_id)
        for name, system in SYSTEMS.items():
            quotes = system(article) if article is not None else []
            score(
                wanted,
                quotes,
                tallies[(name, group)],
                f"{corpus} {case_id[:12]} [{wanted[0]['lang']}]",
                verbose and name == PRODUCT and half_of(corpus, case_id) not in CHECK_SETS,
            )
    rows = []
    groups = (
        "English",
        ENGLISH_G,
        ENGLISH_I,
        ENGLISH_O,
        ENGLISH_F,
        ENGLISH_CHECK,
        ENGLISH_J,
        ENGLISH_N,
        ENGLISH_P,
        "other languages",
        OTHER_K,
        OTHER_CHECK,
        OTHER_L,
        OTHER_M,
        OTHER_Q,
    )
    for group in groups:
        count = tallies[(PRODUCT, group)].gold
        if not count:
            continue
        measures = {name: tallies[(name, group)].rows(group, "") for name in SYSTEMS}
        for measure in measures[PRODUCT]:
            values = {name: measures[name][measure] for name in SYSTEMS}
            if not group.startswith("English"):
                values.pop("textacy")
            rows.append(Row(f"quote gold, {group}", measure, values, note=f"{count} quotes"))
        if verbose:
            for miss in tallies[(PRODUCT, group)].misses:
                print("    " + miss)
            kinds = tallies[(PRODUCT, group)].kinds
            if kinds:
                print(f"    misses by kind, {group}: " + ", ".join(f"{k} {v}" for k, v in kinds.most_common()))
    return rows
