"""Every public text function of the stages, as a call on one string.

A :class:`Target` turns an adversarial string into the arguments of one public function
(``prepare``, not measured: building an article, finding the entities a grouping step
receives) and calls it (``call``, measured). The property suite and ``bench/adversarial.py``
share this list; ``tests/property/test_coverage.py`` fails when a stage module gains a
public callable that no target covers and no exemption explains.

Entity recognition in the fast targets is :class:`FakeRecognizer`, a linear regex over
capitalised words: it yields as many mentions as a text can hold, which is what the
grouping and merging steps must survive. The real spaCy model is only loaded by the
targets marked ``model=True``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import cache
from typing import Any

from tests.adversarial.inputs import HTML_CAP, TEXT_CAP

RECEIVED = datetime(2023, 5, 3, 12, 0, tzinfo=UTC)
PUBLISHED = date(2023, 5, 3)
LANGUAGES = ("en", "ru", "uk", "es", "pt", "fr", "it", "de", "pl", "tr", "id", "zh")


@dataclass(frozen=True)
class Target:
    name: str
    covers: tuple[str, ...]  # "module:qualname" of the public callables this target exercises
    prepare: Callable[[str], Any]
    call: Callable[[Any], Any]
    kinds: frozenset[str] = frozenset({"text", "markup"})  # the input families that apply
    cap: int = TEXT_CAP  # the largest input the product lets through to this function
    expected: tuple[str, ...] = ()  # documented refusals: names of exception classes
    model: bool = False  # loads the spaCy model (slow tier only)
    check: Callable[[str, Any, Any], None] | None = field(default=None, compare=False)  # output invariants

    def run(self, text: str) -> Any:
        return self.call(self.prepare(text))


# --- building blocks (lazy imports: a run against another worktree sets sys.path first) ------------


def source(fmt: str = "text", name: str = "a.txt") -> Any:
    from wirestream.contracts import Source

    return Source(
        uri=f"file:///inbox/{name}",
        name=name,
        sha256="0" * 64,
        size=1,
        format=fmt,
        encoding="utf-8",
        received_at=RECEIVED,
    )


def fetched(content: str, fmt: str = "text", is_html: bool = False, title: str | None = None) -> Any:
    from wirestream.contracts import FetchedArticle

    return FetchedArticle(id="0" * 32, source=source(fmt), content=content, content_is_html=is_html, title=title)


def cleaned(text: str, title: str | None = "Drones over the Kremlin", language: str | None = "en") -> Any:
    from wirestream.contracts import CleanedArticle, DateHint

    hints = [DateHint(value="2023-05-03", source="seed-header"), DateHint(value=text[:300], source="text-stamp")]
    return CleanedArticle(id="0" * 32, source=source(), title=title, text=text, language=language, date_hints=hints)


def dated(text: str, title: str | None = "Drones over the Kremlin", language: str | None = "en") -> Any:
    from wirestream.contracts import DatedArticle, PublishedAt

    return DatedArticle(
        **cleaned(text, title, language).model_dump(exclude={"kind"}),
        published_at=PublishedAt(value=PUBLISHED, source="seed-header"),
    )


class FakeRecognizer:
    """A stand-in for the spaCy pipeline: every run of one to four capitalised words is a mention.

    Two words or more are a PERSON, one word a person, organisation or place by its length.
    Linear (one pass of a pattern that cannot backtrack), so a slow measurement through it
    is the product's own cost.
    """

    lang = "en"
    name = "en_fake-0"
    _NAME = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+){0,3}")
    _LABELS = ("PERSON", "ORG", "GPE", "NORP", "LOC")

    def __call__(self, text: str) -> list[Any]:
        from wirestream.services.enrich.entities.logic import RawEntity

        found = []
        for m in self._NAME.finditer(text):
            name = m.group(0)
            label = "PERSON" if " " in name else self._LABELS[len(name) % len(self._LABELS)]
            found.append(RawEntity(name, label, m.start(), m.end()))
        return found


def _raw_entity(text: str, label: str, start: int, end: int) -> Any:
    from wirestream.services.enrich.entities.logic import RawEntity

    return RawEntity(text[start:end], label, start, end)


@cache
def registry() -> Any:
    from wirestream.services.enrich.entities.registry import Registry

    return Registry()


@cache
def gazetteer() -> Any:
    from wirestream.services.enrich.entities.geo import Gazetteer

    return Gazetteer()


@cache
def incidents() -> list[Any]:
    from wirestream.services.enrich.incident.logic import load_all

    return load_all()


@cache
@cache  # one model load per process, not one per example
def real_recognizer() -> Any:
    from wirestream.services.enrich.entities.models import Recognizer
    from wirestream.services.enrich.entities.settings import EntitySettings

    return Recognizer(EntitySettings().spacy_model)


@cache
def name_finder() -> Any:
    from wirestream.services.enrich.entities.names import NameFinder

    return NameFinder(gazetteer())


@cache
def real_toolkit() -> Any:
    """The stage's own toolkit, every language model the install has (spaCy, Natasha)."""
    from wirestream.services.enrich.entities.settings import EntitySettings
    from wirestream.services.enrich.entities.worker import load_toolkit

    return load_toolkit(EntitySettings().spacy_model, None, None)


def toolkit(model: bool = False, geo: bool = False) -> Any:
    from wirestream.services.enrich.entities.logic import Toolkit

    return Toolkit(
        recognize=real_recognizer() if model else FakeRecognizer(),  # type: ignore[arg-type]
        registry=registry(),
        gazetteer=gazetteer() if geo else None,
        incidents=incidents(),
    )


def raw_entities(text: str) -> list[Any]:
    """What ``group_entities`` receives in the stage: model mentions and registry matches, one per span.

    Built with a linear stand-in for ``merge`` (registry matches win, overlapping model mentions
    go), so a case aimed at grouping measures grouping alone.
    """
    from wirestream.services.enrich.entities.logic import RawEntity

    matches = [RawEntity(m.text, m.known.label, m.start, m.end, m.known.id) for m in registry().find(text)]
    out, i = [], 0
    for ent in FakeRecognizer()(text):
        while i < len(matches) and matches[i].end <= ent.start:
            out.append(matches[i])
            i += 1
        if i < len(matches) and matches[i].start < ent.end:
            continue
        out.append(ent)
    out.extend(matches[i:])
    return out


def entities(text: str) -> list[Any]:
    from wirestream.services.enrich.entities.grouping import group_entities

    return group_entities(raw_entities(text), registry())


def enriched(text: str, title: str | None = None) -> Any:
    from wirestream.contracts import EnrichedArticle

    article = dated(text, title=title if title is not None else text[:200])
    return EnrichedArticle(**article.model_dump(exclude={"kind"}), entities=entities(text))


def _mod(name: str) -> Any:
    import importlib

    return importlib.import_module(name)


FETCH = "wirestream.services.ingest.fetch.formats"
CLEAN = "wirestream.services.enrich.clean.logic"
RULES = "wirestream.services.enrich.clean.rules"
PLACES = "wirestream.services.enrich.clean.places"
DATES = "wirestream.services.enrich.dates.logic"
EXPLICIT = "wirestream.services.enrich.written_dates.explicit"
EXPRESSIONS = "wirestream.services.enrich.written_dates.expressions"
EMBEDS = "wirestream.services.enrich.clean.embeds"
STAMPS = "wirestream.services.enrich.clean.stamps"
TITLES = "wirestream.services.enrich.clean.titles"
FURNITURE = "wirestream.services.enrich.clean.furniture"
FURNITURE_HTML = "wirestream.services.enrich.clean.furniture.html"
PAGES = "wirestream.services.enrich.clean.pages"
FEATURES = "wirestream.services.enrich.clean.furniture.features"
MODELS = "wirestream.services.enrich.entities.models"
NAMES = "wirestream.services.enrich.entities.names"
NAME_WORDS = "wirestream.services.enrich.entities.name_words"
CJK_NAMES = "wirestream.services.enrich.entities.cjk_names"
MARKS = "wirestream.services.enrich.entities.quotes.marks"
ENTITIES = "wirestream.services.enrich.entities.logic"
CORRECTION = "wirestream.services.enrich.entities.correction"
GROUPING = "wirestream.services.enrich.entities.grouping"
QUOTES = "wirestream.services.enrich.entities.quotes"
REGISTRY = "wirestream.services.enrich.entities.registry"
GEO = "wirestream.services.enrich.entities.geo"
CLDR = "wirestream.services.enrich.languages.cldr"
UNCASED = "wirestream.services.enrich.entities.uncased"
INCIDENT = "wirestream.services.enrich.incident.logic"
STORIES = "wirestream.services.store.stories"


_PAIR = re.compile(r"[A-Z]\w{0,30} [A-Z]\w{0,30}")  # two capitalised words: a person for the fake recogniser


def _fn(module: str, name: str) -> Callable[..., Any]:
    return getattr(_mod(module), name)


def _has(module: str, name: str) -> bool:
    return callable(getattr(_mod(module), name, None))


def _same(s: str) -> str:
    return s


def _attributor(text: str) -> Any:
    """An English ``Attributor`` over ``text`` and every quote span in it (built, not run)."""
    spans = _fn(MARKS, "scan")(text)
    lang = _fn(f"{QUOTES}.language", "for_text")("en", text)
    return _fn(f"{QUOTES}.attribution", "Attributor")(text, [], lang, spans)


def _raising(results: Iterable[Any]) -> list[Any]:
    """A batch function's results, its first exception raised (the error a target expects or not)."""
    out = list(results)
    for result in out:
        if isinstance(result, Exception):
            raise result
    return out


def _targets() -> list[Target]:
    t: list[Target] = []

    def add(name: str, covers: str | tuple[str, ...], prepare: Callable[..., Any], call: Callable[..., Any], **kw):
        t.append(Target(name, (covers,) if isinstance(covers, str) else covers, prepare, call, **kw))

    every = frozenset({"text", "markup", "html"})
    unreadable = ("Unreadable",)
    permanent = ("PermanentError",)

    # fetch: bytes in, an article out. Every family is a possible file; HTML ones up to the HTML cap.
    add(
        "fetch.decode[utf-8]",
        f"{FETCH}:decode",
        lambda s: s.encode("utf-8", "surrogatepass"),
        lambda raw: _fn(FETCH, "decode")(raw),
        kinds=every,
        cap=HTML_CAP,
        expected=unreadable,
    )
    add(
        "fetch.decode[legacy]",
        f"{FETCH}:decode",
        lambda s: s.encode("cp1251", "replace") + b"\xe9\xff",
        lambda raw: _fn(FETCH, "decode")(raw),
        kinds=every,
        cap=HTML_CAP,
        expected=unreadable,
    )
    add(
        "fetch.detect_format",
        f"{FETCH}:detect_format",
        _same,
        lambda s: _fn(FETCH, "detect_format")("dropped", s),
        kinds=every,
        cap=HTML_CAP,
    )
    add("fetch.article_id", f"{FETCH}:article_id", _same, lambda s: _fn(FETCH, "article_id")(s), kinds=every)
    for fmt, name in (("text", "a.txt"), ("markdown", "a.md"), ("sniffed", "dropped"), ("html", "a.html")):
        add(
            f"fetch.read_article[{fmt}]",
            f"{FETCH}:read_article",
            lambda s: s.encode("utf-8", "surrogatepass"),
            lambda raw, name=name: _fn(FETCH, "read_article")(raw, name=name, uri="file:///x", received_at=RECEIVED),
            kinds=every,
            cap=HTML_CAP if fmt in ("html", "sniffed") else TEXT_CAP,
            expected=unreadable,
        )
    add(
        "fetch.read_article[json]",
        f"{FETCH}:read_article",
        lambda s: json.dumps({"text": s, "title": s[:2000], "published_at": s[:100]}).encode(),
        lambda raw: _fn(FETCH, "read_article")(raw, name="a.json", uri="file:///x", received_at=RECEIVED),
        kinds=every,
        expected=unreadable,
    )

    # public helpers some branches add (issue 12, i12-edges): covered as soon as they exist
    if _has(FETCH, "markdown_title"):
        add("fetch.markdown_title", f"{FETCH}:markdown_title", _same, lambda s: _fn(FETCH, "markdown_title")(s))
    if _has(FETCH, "valid_unicode"):
        add("fetch.valid_unicode", f"{FETCH}:valid_unicode", _same, lambda s: _fn(FETCH, "valid_unicode")(s))

    # clean
    add(
        "clean.html_to_text",
        f"{CLEAN}:html_to_text",
        _same,
        lambda s: _fn(CLEAN, "html_to_text")(s),
        kinds=every,
        cap=HTML_CAP,
        expected=permanent,
    )
    add(
        "clean.pages.extract_options",
        (f"{PAGES}:extract_options", f"{PAGES}:element_count", f"{PAGES}:parse", f"{PAGES}:page_of"),
        _same,
        lambda s: _fn(PAGES, "extract_options")(s),
        kinds=every,
        cap=HTML_CAP,
        expected=permanent,
    )
    if _has(PAGES, "Page"):  # the page parsed once (round s37): its own copy, the layout view, the tree given away
        add(
            "clean.pages.Page",
            (f"{PAGES}:Page.copy", f"{PAGES}:Page.release"),
            _same,
            lambda s: (lambda page: (page.copy(), page.for_extractor, page.release()))(_fn(PAGES, "Page")(s)),
            kinds=every,
            cap=HTML_CAP,
        )
    add(
        "clean.pages.without_layout_tables",
        f"{PAGES}:without_layout_tables",
        _same,
        lambda s: _fn(PAGES, "without_layout_tables")(s),
        kinds=every,
        cap=HTML_CAP,
    )
    add(
        "clean.outside_main_content",
        f"{CLEAN}:outside_main_content",
        _same,
        lambda s: _fn(CLEAN, "outside_main_content")(s, s),
        kinds=every,
        cap=HTML_CAP,
    )
    add(
        "clean.outside_main_content[apart]",
        f"{CLEAN}:outside_main_content",
        lambda s: (s, "The drone fell near the wall. " * (len(s) // 30)),
        lambda a: _fn(CLEAN, "outside_main_content")(*a),
        kinds=every,
        cap=HTML_CAP,
    )
    add("clean.markdown_to_text", f"{CLEAN}:markdown_to_text", _same, lambda s: _fn(CLEAN, "markdown_to_text")(s))
    add("clean.normalise", f"{CLEAN}:normalise", _same, lambda s: _fn(CLEAN, "normalise")(s))
    add("clean.remove_boilerplate", f"{CLEAN}:remove_boilerplate", _same, lambda s: _fn(CLEAN, "remove_boilerplate")(s))
    add("clean.split_head[no title]", f"{CLEAN}:split_head", _same, lambda s: _fn(CLEAN, "split_head")(s, None))
    add(
        "clean.split_head[title]",
        f"{CLEAN}:split_head",
        _same,
        lambda s: _fn(CLEAN, "split_head")(s, "Drones over the Kremlin"),
    )
    add(
        "clean.split_head[places]",
        f"{CLEAN}:split_head",
        _same,
        lambda s: _fn(CLEAN, "split_head")(s, "Drones over the Kremlin", None, _fn(PLACES, "place_kind")),
    )
    add("clean.places.is_place_line", f"{PLACES}:is_place_line", _same, lambda s: _fn(PLACES, "is_place_line")(s))
    add("clean.places.place_kind", f"{PLACES}:place_kind", _same, lambda s: _fn(PLACES, "place_kind")(s))
    add("clean.places.fold", f"{PLACES}:fold", _same, lambda s: _fn(PLACES, "fold")(s))
    add("clean.first_sentence", f"{CLEAN}:first_sentence", _same, lambda s: _fn(CLEAN, "first_sentence")(s))
    add("clean.headline", f"{CLEAN}:headline", _same, lambda s: _fn(CLEAN, "headline")(s))
    add("clean.detect_language", f"{CLEAN}:detect_language", _same, lambda s: _fn(CLEAN, "detect_language")(s))
    add(
        "clean.visible_lines",
        (f"{CLEAN}:parse_page", f"{CLEAN}:visible_lines"),
        _same,
        lambda s: _fn(CLEAN, "visible_lines")(_fn(CLEAN, "parse_page")(s)),
        kinds=every,
        cap=HTML_CAP,
    )
    add(
        "clean.title_from_page_title",
        (f"{CLEAN}:title_from_page_title", f"{CLEAN}:page_title_lines", f"{TITLES}:title_line"),
        _same,
        lambda s: _fn(CLEAN, "title_from_page_title")(s),
    )
    add(
        "clean.headline_at",
        f"{CLEAN}:headline_at",
        str.splitlines,
        lambda lines: _fn(CLEAN, "headline_at")(lines, "Drones over the Kremlin", lines[0] if lines else None),
    )
    add("rules.word_count", f"{RULES}:word_count", _same, lambda s: _fn(RULES, "word_count")(s))

    # the page's headline, stamps and embedded posts
    add(
        "titles.text_title",
        (f"{TITLES}:text_title", f"{TITLES}:text_evidence", f"{TITLES}:Evidence.add_site", f"{TITLES}:norm",
         f"{TITLES}:parts_of", f"{TITLES}:strip_site", f"{TITLES}:Evidence.names_site",
         f"{TITLES}:Evidence.printed_alone", f"{TITLES}:without_kicker"),
        str.splitlines,
        lambda lines: _fn(TITLES, "text_title")(lines),
    )  # fmt: skip
    add(
        "titles.html_title",
        (f"{TITLES}:html_title", f"{TITLES}:html_evidence", f"{TITLES}:Evidence.add_host",
         f"{TITLES}:Evidence.headline_matching"),
        lambda s: (_fn(CLEAN, "parse_page")(s), s[:2000]),
        lambda a: a[0] is not None and _fn(TITLES, "html_title")(a[0], a[1], a[1][:80], "https://example.org/" + a[1][:200]),
        kinds=every,
        cap=HTML_CAP,
    )  # fmt: skip
    add(
        "stamps.page_stamps",
        (f"{STAMPS}:page_stamps", f"{STAMPS}:by_position", f"{STAMPS}:is_date_line", f"{STAMPS}:says_published"),
        str.splitlines,
        lambda lines: _fn(STAMPS, "page_stamps")(lines, 0, lambda: "en"),
    )
    add("stamps.is_date_line", f"{STAMPS}:is_date_line", _same, lambda s: _fn(STAMPS, "is_date_line")(s, "en"))
    add("stamps.says_published", f"{STAMPS}:says_published", _same, lambda s: _fn(STAMPS, "says_published")(s))
    add("embeds.cut_text", f"{EMBEDS}:cut_text", _same, lambda s: _fn(EMBEDS, "cut_text")(s))
    add(
        "embeds.cut_html",
        (f"{EMBEDS}:cut_html", f"{EMBEDS}:is_post_address", f"{EMBEDS}:platform_of", f"{EMBEDS}:handle_of"),
        _same,
        lambda s: _fn(EMBEDS, "cut_html")(s),
        kinds=every,
        cap=HTML_CAP,
    )
    add(
        "embeds.address",
        (f"{EMBEDS}:is_post_address", f"{EMBEDS}:platform_of", f"{EMBEDS}:handle_of"),
        _same,
        lambda s: [_fn(EMBEDS, f)(s) for f in ("is_post_address", "platform_of", "handle_of")],
    )

    # the furniture model: text lines, and its second opinion after the HTML extractor
    add(
        "furniture.prune",
        (f"{FURNITURE}:prune", f"{FURNITURE}:body_lines", f"{FURNITURE}:body_probability", f"{FURNITURE}:decode",
         f"{FURNITURE}:Forest.raw",
         f"{FURNITURE}:Forest.predict", f"{FEATURES}:page_features", f"{FEATURES}:page_language"),
        _same,
        lambda s: _fn(FURNITURE, "prune")(s),
    )  # fmt: skip
    add(
        "furniture.second_opinion",
        tuple(f"{FURNITURE_HTML}:{f}" for f in ("second_opinion", "page_lines", "block_text", "recall_text", "light",
              "extractor_flags", "html_features", "verdicts", "cut", "marked_lines", "default_text",
              "hidden_lines")),
        lambda s: (s, _fn(CLEAN, "html_to_text")(s)[0] if "<" in s else s),  # its main text
        lambda a: _fn(FURNITURE_HTML, "second_opinion")(*a),
        kinds=every,
        cap=HTML_CAP,
        expected=permanent,
    )  # fmt: skip
    add(
        "furniture.prune[places]",
        (f"{FURNITURE}:prune", f"{FURNITURE}:opens_body"),
        _same,
        lambda s: _fn(FURNITURE, "prune")(s, place=_fn(PLACES, "place_kind")),
    )
    add(
        "furniture.second_opinion[places]",
        f"{FURNITURE_HTML}:second_opinion",
        lambda s: (s, _fn(CLEAN, "html_to_text")(s)[0] if "<" in s else s),
        lambda a: _fn(FURNITURE_HTML, "second_opinion")(*a, place=_fn(PLACES, "place_kind")),
        kinds=every,
        cap=HTML_CAP,
        expected=permanent,
    )
    for fmt, is_html, kinds, cap in (
        ("text", False, frozenset({"text", "markup"}), TEXT_CAP),
        ("markdown", False, frozenset({"text", "markup"}), TEXT_CAP),
        ("json", False, frozenset({"text", "markup"}), TEXT_CAP),
        ("html", True, every, HTML_CAP),
    ):
        add(
            f"clean.clean[{fmt}]",
            f"{CLEAN}:clean",
            lambda s, fmt=fmt, is_html=is_html: fetched(s, fmt, is_html),
            lambda a: _fn(CLEAN, "clean")(a),
            kinds=kinds,
            cap=cap,
            expected=permanent,
        )

    # the line rules: one line each (the whole string as one line is the worst a line can be)
    for rule in ("classify", "is_stamp", "is_bare_date", "is_byline", "is_name_line", "is_kicker", "is_nav"):
        add(f"rules.{rule}", f"{RULES}:{rule}", _same, lambda s, rule=rule: _fn(RULES, rule)(s))

    # date-parse
    resolving = tuple(
        f"{EXPRESSIONS}:{f}"
        for f in (
            "find_dates", "Context.anchor", "tense", "period", "plausible",
            "resolve_weekday", "holiday_on",
        )
    )  # fmt: skip
    for lang in LANGUAGES:
        add(
            f"dates.find_dates[{lang}]",
            resolving,
            _same,
            lambda s, lang=lang: _fn(EXPRESSIONS, "find_dates")(s, PUBLISHED, lang),
        )
    add("dates.stamp_day", f"{EXPLICIT}:stamp_day", _same, lambda s: _fn(EXPLICIT, "stamp_day")(s, "en"))
    add(
        "dates.swapped_readings",
        f"{EXPLICIT}:swapped_readings",
        _same,
        lambda s: _fn(EXPLICIT, "swapped_readings")(s),
    )
    add("dates.first_explicit", f"{EXPLICIT}:first_explicit", _same, lambda s: _fn(EXPLICIT, "first_explicit")(s, "en"))
    add("dates.parse_explicit", f"{EXPLICIT}:parse_explicit", _same, lambda s: _fn(EXPLICIT, "parse_explicit")(s))

    def hints(s: str) -> list[Any]:
        from wirestream.contracts import DateHint

        return [DateHint(value=s, source=src) for src in ("json", "html-meta", "text-stamp")]

    add(
        "dates.parse_publication",
        f"{DATES}:parse_publication",
        hints,
        lambda h: _fn(DATES, "parse_publication")(h, "en"),
    )
    add("dates.date_parse", f"{DATES}:date_parse", cleaned, lambda a: _fn(DATES, "date_parse")(a))

    # entity-enrich
    add("registry.find", f"{REGISTRY}:Registry.find", lambda s: (registry(), s), lambda a: a[0].find(a[1]))
    add(
        "registry.lookup",
        (f"{REGISTRY}:Registry.lookup", f"{REGISTRY}:Registry.is_never", f"{REGISTRY}:folded"),
        lambda s: (registry(), s),
        lambda a: (a[0].lookup(a[1]), a[0].is_never(a[1])),
    )
    add("registry.case_forms", f"{REGISTRY}:case_forms", _same, lambda s: _fn(REGISTRY, "case_forms")(s))
    add("registry.simplified", f"{REGISTRY}:simplified", _same, lambda s: _fn(REGISTRY, "simplified")(s))
    add(  # a word against the given names of the registered people, one bounded edit distance each
        "registry.given_name_of",
        (f"{REGISTRY}:Registry.given_name_of", f"{REGISTRY}:Registry.another_given_name"),
        lambda s: (registry(), s),
        lambda a: (
            a[0].given_name_of(a[1], "person/vladimir-putin"),
            a[0].another_given_name(a[1], "person/john-kirby"),
        ),
    )
    add("geo.national_spelling", f"{GEO}:national_spelling", _same, lambda s: _fn(GEO, "national_spelling")(s))
    add("geo.sound_key", f"{GEO}:sound_key", _same, lambda s: _fn(GEO, "sound_key")(s, "de"))
    add(
        "geo.romanised",
        (f"{GEO}:romanised", f"{GEO}:own_name_spelt", f"{GEO}:towns_own_name"),
        _same,
        lambda s: (
            _fn(GEO, "romanised")(s, *_mod(GEO).ROMANISATIONS["uk"]),
            _fn(GEO, "own_name_spelt")(s, gazetteer().lookup("Bakhmut"), "uk"),
            _fn(GEO, "towns_own_name")(s, gazetteer().lookup("Kharkiv"), "de"),
        ),
    )
    add(
        "language.own_lemma",
        f"{QUOTES}.language:own_lemma",
        _same,
        lambda s: _fn(f"{QUOTES}.language", "own_lemma")(s, "uk"),
    )
    add(
        "alphabets.transliterated",
        "wirestream.services.enrich.languages.alphabets:transliterated",
        _same,
        lambda s: _fn("wirestream.services.enrich.languages.alphabets", "transliterated")(
            s, _fn("wirestream.services.enrich.languages.sr", "PLACE_TRANSLITERATION")
        ),
    )
    # a language code is what the identifier says of hostile text: any string must give data or none, never raise
    add(
        "cldr",
        tuple(f"{CLDR}:{n}" for n in ("locale", "territories", "language_names", "month_names", "weekday_names")),
        lambda s: s[:64],
        lambda c: [
            _fn(CLDR, n)(c) for n in ("locale", "territories", "language_names", "month_names", "weekday_names")
        ],
    )
    add("entities.surface", f"{GROUPING}:surface", _same, lambda s: _fn(GROUPING, "surface")(s, "PERSON"))
    add(
        "entities.merge",
        f"{GROUPING}:merge",
        lambda s: (FakeRecognizer()(s), registry().find(s)),
        lambda a: _fn(GROUPING, "merge")(*a),
    )
    add(
        "entities.group_entities",
        f"{GROUPING}:group_entities",
        raw_entities,
        lambda raw: _fn(GROUPING, "group_entities")(raw, registry()),
    )
    add(
        "labels.judge",
        tuple(
            f"wirestream.services.enrich.entities.labels:{m}" for m in ("judge", "features", "Article.of", "no_person")
        ),
        lambda s: (FakeRecognizer()(s), s, gazetteer()),
        lambda a: _fn("wirestream.services.enrich.entities.labels", "judge")(a[0], a[1], "en", a[2]),
    )
    add(
        "entities.geocode",
        (f"{GROUPING}:geocode", f"{GEO}:Gazetteer.lookup"),
        lambda s: (entities(s), gazetteer()),
        lambda a: _fn(GROUPING, "geocode")(*a),
    )
    add(
        "gazetteer.lookup",
        f"{GEO}:Gazetteer.lookup",
        lambda s: (gazetteer(), s),
        lambda a: a[0].lookup(a[1], ["RU", "UA"]),
    )
    add(
        "gazetteer.trusted_place",
        f"{GEO}:Gazetteer.trusted_place",
        lambda s: (gazetteer(), s),
        lambda a: a[0].trusted_place(a[1]),
    )
    add(
        "gazetteer.small_town",
        f"{GEO}:Gazetteer.small_town",
        lambda s: (gazetteer(), s),
        lambda a: a[0].small_town(a[1], "pl"),
    )
    add(
        "gazetteer.village",
        f"{GEO}:Gazetteer.village",
        lambda s: (gazetteer(), s),
        lambda a: a[0].village(a[1], ("DE", "AT", "CH")),
    )
    inside_quotes = (
        f"{QUOTES}:find_quotes",
        f"{QUOTES}:attribute",
        *(f"{QUOTES}.rank:{m}" for m in (
            "options", "choose", "fill", "eligible", "named", "Article.of", "Model.probability")),
        *(f"{QUOTES}.attribution:Attributor.{m}" for m in ("run", "continued", "spoke", "embedded_without_cue")),
        *(f"{QUOTES}.reader:Reader.{m}" for m in ("resolve", "resolve_mentioned", "resolve_only", "tok")),
        *(f"{QUOTES}.before:BeforeQuote.{m}" for m in ("before", "nearest_before")),
        *(f"{QUOTES}.after:AfterQuote.{m}" for m in ("after", "incise", "next_sentence")),
        *(f"{QUOTES}.language:{m}" for m in (
            "Lang.common", "Lang.gender_of_verb", "Lang.genitive_stems", "Lang.is_institution", "Lang.is_verb", "Lang.lemma", "Lang.particle_verb", "Lang.title_gender",
            "Lang.verb_lemma", "Lang.pronoun_verb", "Lang.suffixed_pronoun", "Lang.surname_spelt", "Lang.person_noun", "Lang.verb_with_object", "Lang.light_verb", "Lang.without_proclitic", "common_word", "declined_noun", "for_text", "inflected_noun", "known_word", "lemma", "nation_adjective")),
        *(f"{QUOTES}.speakers:Cast.{m}" for m in (
            "bind", "body_named_at", "candidates", "document_at", "gender", "given_gender", "governed_body", "han_run", "holder_of_written", "lone_word", "name_adjective", "named_before", "named_with", "note_gender", "office_of_another", "office_word_holder", "person_for", "registered_role", "resolve_title", "serves", "sole_registered_holder", "surname_oblique", "unread_name",
            "tok_index")),
        *(f"{QUOTES}.text:{m}" for m in (
            "Layout.paragraph_end", "Layout.paragraph_index", "Layout.paragraph_start", "Layout.sentence_end",
            "Layout.sentence_start", "tokens")),
    )  # fmt: skip
    add(
        "quotes.find_quotes",
        inside_quotes,
        lambda s: (s, entities(s)),
        lambda a: _fn(QUOTES, "find_quotes")(a[0], a[1], "en"),
    )
    add(
        "quotes.find_quotes[no entities]",
        inside_quotes,
        _same,
        lambda s: _fn(QUOTES, "find_quotes")(s, [], "ru"),
    )
    add(  # German: a quote with no attribution asks whether its paragraph goes on in reported speech (Konjunktiv I)
        "quotes.find_quotes[de]",
        inside_quotes,
        _same,
        lambda s: _fn(QUOTES, "find_quotes")(s, [], "de"),
    )
    add(  # articles and role words of a Romance language: titles resolved through the names the text gives them
        "quotes.find_quotes[pt]",
        inside_quotes,
        lambda s: (s, entities(s)),
        lambda a: _fn(QUOTES, "find_quotes")(a[0], a[1], "pt"),
    )
    add(  # a closing inverted reporting clause after a partial quote ("…, fa sapere il ministero."): each comma's clause
        "quotes.find_quotes[it]",
        inside_quotes,
        lambda s: (s, entities(s)),
        lambda a: _fn(QUOTES, "find_quotes")(a[0], a[1], "it"),
    )
    add(  # a pull quote signed on the line after it with no dash ("« … »\nJean Dupont, journaliste, …")
        "quotes.find_quotes[fr]",
        inside_quotes,
        lambda s: (s, entities(s)),
        lambda a: _fn(QUOTES, "find_quotes")(a[0], a[1], "fr"),
    )
    add(  # every person the text names holds registered offices: each title phrase is compared with them
        "quotes.find_quotes[roles]",
        inside_quotes,
        lambda s: (s, entities(s)),
        lambda a: _fn(QUOTES, "find_quotes")(
            a[0], a[1], "en", roles={"": ("Kremlin spokesman", "Sprecher des Kremls", "Russian President")}
        ),
    )
    for lang, office in (("zh", "克里姆林宫发言人"), ("ar", "المتحدث باسم الكرملين"), ("id", "juru bicara Kremlin")):
        add(  # a registered office read around its body: written before the title (zh), after it (ar, id)
            f"quotes.find_quotes[roles {lang}]",
            inside_quotes,
            lambda s: (s, entities(s)),
            lambda a, lang=lang, office=office: _fn(QUOTES, "find_quotes")(a[0], a[1], lang, roles={"": (office,)}),
        )
    for lang in (
        *("ar", "fa", "he", "ja", "ko", "zh", "pl", "uk", "fr", "es", "it", "tr", "id"),
        *("da", "sv", "no", "fi", "cs", "sk", "hr", "sr", "sl", "bg", "ro", "hu"),  # round s34's tables
    ):
        add(  # each language's own quote table, particles and clause order (no entities: the rules alone)
            f"quotes.find_quotes[{lang}]",
            inside_quotes,
            _same,
            lambda s, lang=lang: _fn(QUOTES, "find_quotes")(s, [], lang),
        )
    add(
        "entities.enrich[fake model]",
        (f"{ENTITIES}:enrich", f"{ENTITIES}:people_roles", f"{REGISTRY}:Registry.roles"),
        lambda s: (dated(s), toolkit()),
        lambda a: _fn(ENTITIES, "enrich")(*a),
        expected=permanent,
    )
    add(  # outside English a model's person with no id asks whether the word before it is a title (round s22:
        # that look-back split the article up to each person, quadratic in the people of a long article)
        "entities.correct[fr]",
        f"{CORRECTION}:correct",
        lambda s: (FakeRecognizer()(s), s),
        lambda a: _fn(CORRECTION, "correct")(a[0], a[1], "fr", None),
    )
    add(  # English: each person asks what follows it (an apposition calling it a company, its possessive before a
        # ticker, an analyst's word) and the text is read once for a storm word's names (round s45)
        "entities.correct[en]",
        f"{CORRECTION}:correct",
        lambda s: (FakeRecognizer()(s), s),
        lambda a: _fn(CORRECTION, "correct")(a[0], a[1], "en", None),
    )
    add(  # the model can read a whole hostile run as one person ("в среду в среду …" with the English model): the
        # later words of each several-word person were gathered by reading its words again for each word (stop 43)
        "entities.correct[one long person]",
        f"{CORRECTION}:correct",
        lambda s: ([_raw_entity(s, "PERSON", 0, len(s))], s),
        lambda a: _fn(CORRECTION, "correct")(a[0], a[1], "en", None),
    )
    add(
        "entities.enrich[spaCy]",
        (
            f"{ENTITIES}:enrich",
            f"{ENTITIES}:find_entities",
            f"{ENTITIES}:recognise",
            f"{CORRECTION}:correct",
            f"{ENTITIES}:Toolkit.model_for",
            f"{MODELS}:Recognizer.__call__",
        ),
        lambda s: (dated(s), toolkit(model=True, geo=True)),
        lambda a: _fn(ENTITIES, "enrich")(*a),
        expected=permanent,
        model=True,
    )
    add(
        "entities.enrich_many[spaCy]",  # a read's texts through nlp.pipe together: the text, and its first half
        (f"{ENTITIES}:enrich_many", f"{MODELS}:Recognizer.many"),
        lambda s: ([dated(s), dated(s[: len(s) // 2])], toolkit(model=True, geo=True)),
        lambda a: _raising(_fn(ENTITIES, "enrich_many")(*a)),
        expected=permanent,
        model=True,
    )
    add("models.tokenizable", f"{MODELS}:tokenizable", _same, lambda s: _fn(MODELS, "tokenizable")(s))
    add("models.natasha_pieces", f"{MODELS}:natasha_pieces", _same, lambda s: _fn(MODELS, "natasha_pieces")(s))
    add(
        "entities.enrich[Natasha]",
        (f"{ENTITIES}:enrich", f"{MODELS}:Natasha.__call__", f"{MODELS}:Natasha.nominative", f"{MODELS}:load_models"),
        lambda s: (dated(s, language="ru"), real_toolkit()),
        lambda a: _fn(ENTITIES, "enrich")(*a),
        expected=permanent,
        model=True,
    )
    for lang in ("en", "ru", "zh", "ja", "ko", "de", "pl", "tr", "it", "es", "fr", "pt"):
        add(
            f"names.NameFinder[{lang}]",
            (f"{NAMES}:NameFinder.__call__", f"{CJK_NAMES}:CjkNameReader.cjk_places", f"{CJK_NAMES}:CjkNameReader.is_role",
             f"{CJK_NAMES}:CjkNameReader.is_institution", f"{GEO}:Gazetteer.place_form"),
            lambda s: (name_finder(), s),
            lambda a, lang=lang: a[0](a[1], lang),
        )  # fmt: skip
    for lang in ("ar", "fa", "hi", "he"):  # scripts without capital letters: uncased.find behind the finder
        add(
            f"names.NameFinder[{lang}]",
            (f"{NAMES}:NameFinder.__call__", f"{UNCASED}:find"),
            lambda s: (name_finder(), s),
            lambda a, lang=lang: a[0](a[1], lang),
        )
    add("uncased.fold", f"{UNCASED}:fold", _same, lambda s: _fn(UNCASED, "fold")(s))
    for lang in ("ar", "he"):  # a registered name with a prefix written on, against a fixed name set
        add(
            f"uncased.prefixed_names[{lang}]",
            f"{UNCASED}:prefixed_names",
            _same,
            lambda s, lang=lang: _fn(UNCASED, "prefixed_names")(s, lang, {"الكرملين", "פסקוב"}.__contains__),
        )
    add(
        "names.institution_word",
        f"{NAME_WORDS}:institution_word",
        _same,
        lambda s: _fn(NAME_WORDS, "institution_word")(s, "ru"),
    )
    add(
        "names.party_after",
        f"{NAME_WORDS}:party_after",
        _same,
        lambda s: [_fn(NAME_WORDS, "party_after")(s, k, "de") for k in range(0, min(len(s), 2000), 97)],
    )
    add(
        "names.ocean",
        f"{NAME_WORDS}:ocean",
        _same,
        lambda s: [_fn(NAME_WORDS, "ocean")("Pacific", s, k, "en") for k in range(0, min(len(s), 2000), 97)],
    )
    add(  # every 97th character a quoted name's start: each reads its own bounded look-back
        "names.quoted_words_before",
        f"{NAME_WORDS}:quoted_words_before",
        _same,
        lambda s: [_fn(NAME_WORDS, "quoted_words_before")(s, k, k + 5, 2) for k in range(0, len(s), 97)],
    )
    add(
        "names.arabic_family_name",
        f"{NAME_WORDS}:arabic_family_name",
        _same,
        lambda s: [_fn(NAME_WORDS, "arabic_family_name")(w) for w in (s, "al-" + s, s.replace(" ", "-"))],
    )
    add(
        "names.is_common_word",
        f"{NAME_WORDS}:is_common_word",
        _same,
        lambda s: _fn(NAME_WORDS, "is_common_word")(s, "es"),
    )
    add(
        "names.common_place_word",
        f"{NAME_WORDS}:common_place_word",
        _same,
        lambda s: _fn(NAME_WORDS, "common_place_word")(s, "es"),
    )
    add(
        "names.surname_mentions",
        f"{NAME_WORDS}:surname_mentions",
        _same,
        lambda s: _fn(NAME_WORDS, "surname_mentions")(s, ["Dmitry Peskov", "Sergei Shoigu", "Ada Lovelace"], [], "ru"),
    )
    add(  # the hostile string as the one word looked up, with a case ending's stem or without
        "names.surname_owner",
        f"{NAME_WORDS}:surname_owner",
        _same,
        lambda s: _fn(NAME_WORDS, "surname_owner")(["Dmitry Peskov", "Андрей Травников"], "ru")(s),
    )
    add(  # every capitalised pair a person: each reads its own bounded look-back
        "names.coordinated",
        f"{NAME_WORDS}:coordinated",
        lambda s: (s, [(m.start(), m.end(), "PERSON", m.group(0), m.group(0)) for m in _PAIR.finditer(s)]),
        lambda a: _fn(NAME_WORDS, "coordinated")(a[0], a[1], ("and", "und"), lambda x, y: a[0][x:y].istitle()),
    )
    add("quotes.marks.scan", f"{MARKS}:scan", _same, lambda s: _fn(MARKS, "scan")(s))
    add(  # every dash a speech verb's: each line read once, its dashes each looked past a bounded stretch
        "quotes.marks.dash_led", f"{MARKS}:dash_led", _same, lambda s: _fn(MARKS, "dash_led")(s, lambda words: True)
    )
    add(  # every marked quote against every dash-led one: one sweep
        "quotes.marks.merge",
        f"{MARKS}:merge",
        _same,
        lambda s: _fn(MARKS, "merge")(_fn(MARKS, "scan")(s), _fn(MARKS, "dash_led")(s, lambda words: True)),
    )
    add(  # the rules' look-back before each quote alone: a sentence that never ends must not make it rescan the text
        "quotes.Attributor.embedded_without_cue",
        f"{QUOTES}.attribution:Attributor.embedded_without_cue",
        _attributor,
        lambda att: [att.embedded_without_cue(q) for q in att.spans],
    )

    # incident scoring: the title is the text's start, so a long headline costs what it would
    add("incident.article_day", f"{INCIDENT}:article_day", enriched, lambda a: _fn(INCIDENT, "article_day")(a))
    add("incident.lead_of", f"{INCIDENT}:lead_of", lambda s: enriched(s), lambda a: _fn(INCIDENT, "lead_of")(a))
    add(
        "incident.score",
        f"{INCIDENT}:score",
        lambda s: (enriched(s, title=s), incidents()[0]),
        lambda a: _fn(INCIDENT, "score")(*a),
    )
    add(  # a keyword signal's first hit, as scoring searches it (its terms' first letters, a word a term needs)
        "incident.Signal.first",
        f"{INCIDENT}:Signal.first",
        lambda s: (s, [sig for sig in incidents()[0].signals if sig.pattern is not None]),
        lambda a: [sig.first(a[0]) for sig in a[1]],
    )
    add(
        "incident.best_match",
        f"{INCIDENT}:best_match",
        lambda s: (enriched(s), incidents()),
        lambda a: _fn(INCIDENT, "best_match")(*a),
    )

    # persist: the near-duplicate signature of the stored text
    for fn in ("shingles", "signature", "bands"):
        add(f"stories.{fn}", f"{STORIES}:{fn}", _same, lambda s, fn=fn: _fn(STORIES, fn)(s))
    return t


TARGETS: dict[str, Target] = {target.name: target for target in _targets()}
