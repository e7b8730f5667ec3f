"""Every public callable of the stage modules is fed adversarial text, or says why it takes none.

A new public function in a stage module fails this test until a target in
``tests/adversarial/targets.py`` covers it or :data:`EXEMPT` gives the reason it
takes no text from an article.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import wirestream.services
from tests.adversarial.targets import TARGETS

# Whole modules that hold no text processing of an article, and why.
EXEMPT_MODULES = {
    "wirestream.services.ingest.fetch.worker": "FastStream entrypoint around formats.read_article",
    "wirestream.services.ingest.fetch.notify": "inotify events from the kernel: file names, no article text",
    "wirestream.services.ingest.fetch.inbox": "file-system claims and moves (issue 12, files: i12-edges)",
    "wirestream.services.ingest.fetch.ingest": "file paths for `wirestream ingest`; the text goes through inbox.read_file",
    "wirestream.services.ingest.fetch.inbox_metrics": "counts the inbox's files on a scrape (no article text)",
    "wirestream.services.registry": "the composition root: which stage is which, and the CLI entry (no article text)",
    "wirestream.services.enrich.clean.worker": "FastStream entrypoint around clean",
    "wirestream.services.enrich.clean.warm": "a new work process's warm-up: a page written for it, no outside text",
    "wirestream.services.enrich.clean.samples": "the warm-up's sample articles, written for it (no outside text)",
    "wirestream.services.enrich.dates.worker": "FastStream entrypoint around date_parse",
    "wirestream.services.enrich.entities.worker": "FastStream entrypoint around enrich; loads the toolkit",
    "wirestream.services.store.persist.worker": "FastStream entrypoint around the repository",
    "wirestream.services.store.persist.repository": "database writes of an already enriched article",
    "wirestream.services.store.persist.publishing": "store, then publish the stored document once (no text processing)",
    "wirestream.services.store.schema": "table definitions",
    "wirestream.services.store.read": "database reads",
    "wirestream.services.enrich.lexicon": "calendar data and lookups by language code (no article text)",
    "wirestream.services.enrich.languages": "imports the language modules by code (no article text)",
    "wirestream.services.enrich.entities.name_data": "Faker's person names and spaCy's word lists by locale or "
    "language code (no article text); the recognisers that read them are targets",
    "wirestream.services.enrich.languages.calendar": "builders of a language's calendar data (no article text)",
}
# Public callables of the checked modules that take no article text, and why.
EXEMPT = {
    "wirestream.services.ingest.fetch.formats:parse_request": "read_article's (bytes, options) pair for fetch's "
    "work process: read_article is the target",
    "wirestream.services.enrich.entities.registry:Registry.from_setting": "file paths from the settings",
    "wirestream.services.enrich.entities.geo:Gazetteer.new_text": "empties place_form's answers (no input)",
    "wirestream.services.enrich.entities.models:drop_unheard": "a loaded spaCy pipeline (no article text)",
    "wirestream.services.enrich.clean.furniture:model": "loads the shipped model file (cached)",
    "wirestream.services.enrich.artefacts:shipped": "reads a JSON file the project ships in its own packages (no outside input)",
    "wirestream.services.enrich.entities.quotes.rank:model": "loads the shipped quote ranker (cached)",
    "wirestream.services.enrich.entities.quotes.rank:Model.from_json": "a model file's JSON",
    "wirestream.services.enrich.entities.labels:model": "loads the shipped label judge (cached)",
    "wirestream.services.enrich.entities.labels:Model.from_json": "a model file's JSON",
    "wirestream.services.enrich.entities.labels:Model.probabilities": "a fixed-length feature vector (no text)",
    "wirestream.services.enrich.entities.labels:class_of": "a recogniser label against three sets",
    "wirestream.services.enrich.entities.labels:change": "a recogniser label and a class name (no article text)",
    "wirestream.services.enrich.clean.furniture:load": "a model file's JSON",
    "wirestream.services.enrich.clean.places:build": "builds clean's place index from the packaged gazetteer (no input)",
    "wirestream.services.enrich.clean.furniture:Forest.from_json": "a model file's JSON",
    "wirestream.services.enrich.clean.furniture.html:html_model": "loads the shipped model file (cached)",
    "wirestream.services.enrich.clean.furniture.features:stopwords": "a language code (cached word lists)",
    "wirestream.services.enrich.clean.furniture.features:interface_words": "a language code (cached word lists)",
    "wirestream.services.enrich.written_dates.expressions:rules_for": "a language code (cached rule tables)",
    "wirestream.services.enrich.written_dates.expressions:nearest_year": "integers and a date",
    "wirestream.services.enrich.entities.quotes.language:load": "a language code (cached lexicon)",
    "wirestream.services.enrich.entities.quotes.language:Lang.has": "the name of a QUOTES trait (no article text)",
    "wirestream.services.enrich.entities.quotes.language:Lang.words": "the name of a QUOTES key (no article text)",
    "wirestream.services.enrich.entities.geo:continent_names": "the packaged gazetteer's continents (no input)",
    "wirestream.services.enrich.entities.geo:world_regions": "CLDR's world regions in the languages read (no input)",
    "wirestream.services.enrich.entities.geo:small_towns": "the packaged gazetteer's small towns (no input)",
    "wirestream.services.enrich.entities.geo:kilometres": "the distance between two gazetteer places (no text)",
    "wirestream.services.enrich.entities.name_words:more_than_a_town": "a gazetteer place's kind and size (no text)",
    "wirestream.services.enrich.entities.geo:towns": "the packaged gazetteer's towns file, read by a pattern (no input)",
    "wirestream.services.enrich.geonames:towns": "the packaged GeoNames towns file, read by a pattern (no input)",
    "wirestream.services.enrich.geonames:alternate_names": "a town of the packaged GeoNames file (no input)",
    "wirestream.services.enrich.entities.features:features": "a language code: the packaged towns' qualifiers (no input)",
    "wirestream.services.enrich.entities.geo:unaccented": "one word's casefold and NFD without combining marks: linear",
    "wirestream.services.enrich.entities.geo:town_alias": "one name compared with one place's name: linear",
    "wirestream.services.enrich.entities.geo:press_spelling": "one name's unaccented form, a character table and "
    "one anchored ending pattern: linear",
    "wirestream.services.enrich.entities.name_words:given_name": "one word against Faker's given names (a set look-up)",
    "wirestream.services.enrich.entities.name_words:family_name": "one word against Faker's family names (a set look-up)",
    "wirestream.services.enrich.entities.name_words:word_before": "a window of WORD_BEFORE_REACH characters split once",
    "wirestream.services.enrich.entities.name_words:compass_place": "a found name's first four words (split with a bound) "
    "and one gazetteer look-up",
    "wirestream.services.enrich.entities.name_words:storm_name": "the first word and the one before against a word set",
    "wirestream.services.enrich.entities.name_words:after_indefinite": "one word against the indefinite articles (a set)",
    "wirestream.services.enrich.entities.name_words:after_definite": "one word against the definite articles (a set) "
    "and an elided article's two-letter ending",
    "wirestream.services.enrich.entities.name_words:acronym_after_article": "a word of at most four letters, the one "
    "before it (a set look-up) and one dictionary look-up",
    "wirestream.services.enrich.entities.quotes.attribution:Attributor.cue_gender_before": "two quotes' offsets: at most "
    "CONTINUED_REACH characters read",
    "wirestream.services.enrich.entities.quotes.speakers:Cast.body_by_form": "one word against the article's bodies by "
    "their written forms (dicts built once per article)",
    "wirestream.services.enrich.entities.name_words:outlet_name": "one word, an elided article aside, against a word set",
    "wirestream.services.enrich.entities.name_words:company_kind": "one word against a word set and its compounds",
    "wirestream.services.enrich.entities.name_words:channel_platform": "one word split once at a hyphen, against a word set",
    "wirestream.services.enrich.incident.logic:load": "an operator's TOML file",
    "wirestream.services.enrich.incident.logic:load_all": "an operator's TOML files",
}


def stage_modules() -> list[str]:
    """Every module and package of ``services``, except private ones and Alembic scripts (run inside Alembic only).

    A helper module reached only through a covered function can go in :data:`EXEMPT_MODULES`
    with the reason "reached through <target>".
    """
    return sorted(
        info.name
        for info in pkgutil.walk_packages(wirestream.services.__path__, "wirestream.services.")
        if not info.name.rsplit(".", 1)[-1].startswith("_")
        and ".migrations" not in info.name
        and ".alembic" not in info.name
    )


def _is_function(obj: object) -> bool:
    """A plain function, also behind a decorator such as ``functools.cache``."""
    return callable(obj) and not inspect.isclass(obj) and inspect.isfunction(inspect.unwrap(obj))


def public_callables(module_name: str) -> set[str]:
    """Functions and public methods (``__call__`` included) defined in ``module_name`` itself."""
    module = importlib.import_module(module_name)
    found = set()
    for name, obj in vars(module).items():
        if name.startswith("_") or getattr(obj, "__module__", None) != module_name:
            continue
        if _is_function(obj):
            found.add(f"{module_name}:{name}")
        elif inspect.isclass(obj):
            for attr, member in vars(obj).items():
                if attr.startswith("_") and attr != "__call__":
                    continue
                if isinstance(member, (classmethod, staticmethod)):
                    member = member.__func__
                if inspect.isfunction(member):
                    found.add(f"{module_name}:{name}.{attr}")
    return found


def test_every_public_text_function_is_covered_or_exempt():
    covered = {c for target in TARGETS.values() for c in target.covers}
    public: set[str] = set()
    for module in stage_modules():
        if module not in EXEMPT_MODULES:
            public |= public_callables(module)
    missing = sorted(public - covered - set(EXEMPT))
    assert not missing, (
        f"public callables no adversarial target covers (add one to tests/adversarial/targets.py): {missing}"
    )


def test_the_lists_name_only_what_exists():
    """A renamed or removed function must leave the lists too, or they stop meaning anything."""
    modules = set(stage_modules())
    assert set(EXEMPT_MODULES) <= modules, sorted(set(EXEMPT_MODULES) - modules)
    public = {c for m in modules - set(EXEMPT_MODULES) for c in public_callables(m)}
    covered = {c for target in TARGETS.values() for c in target.covers}
    assert covered <= public, sorted(covered - public)
    assert set(EXEMPT) <= public, sorted(set(EXEMPT) - public)
