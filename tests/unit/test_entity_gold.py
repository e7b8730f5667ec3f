"""The people-and-places gold stays well formed, and its scorer matches names by the stated rule.

The gold's schema needs only ``tests/entities/``; the bodies and forms are checked against the
pages in ``../shared/corpora`` and skipped when they are not there. The scorer's rule
(``bench.eval.names``) is tested on small hand-made entities: a name is an exact surface form or
canonical name, or contains a form as whole words, the longest form winning.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from bench.eval import names
from bench.eval.names import Found, assign, key, occurs, score
from tests.entities.check_gold import placement_errors, schema_errors

ARTICLES = names.load_articles()
GOLD = names.load_gold()
CHECK = set(names.check_set())


def entity(name: str, forms: list[str], cls: str = "person", optional: bool = False, **changes):
    base = {
        "corpus": "aeb",
        "case": "x",
        "lang": "en",
        "class": cls,
        "name": name,
        "forms": forms,
        "optional": optional,
        "note": "",
    }
    return base | changes


# --- the gold -----------------------------------------------------------------------------


def test_every_line_follows_the_schema():
    assert schema_errors(ARTICLES, GOLD, CHECK) == []


def test_the_set_covers_the_languages_the_brief_asks_for():
    langs = Counter(a["lang"] for a in ARTICLES)
    assert langs["en"] >= 8
    assert sum(n for lang, n in langs.items() if lang != "en") >= 25
    assert len(langs) - 1 >= 8, "other languages"
    assert {"de", "es", "fr", "pt", "ru", "pl", "it", "id"} <= set(langs)
    classes = Counter(g["class"] for g in GOLD if not g["optional"])
    assert classes["person"] >= 100 and classes["place"] >= 100


def _former_check() -> set[tuple[str, str]]:
    """The articles check.txt lists, commented out, as "former check": the check set of rounds s18-s20."""
    lines = names.CHECK.read_text(encoding="utf-8").splitlines()
    words = (line.split(":", 1)[1].split() for line in lines if line.startswith("#   former check:"))
    return {(w[0], w[1]) for w in words if len(w) == 2}


def test_the_former_check_articles_are_development_data_now():
    """Round s21 made the 21 check articles of rounds s18-s20 development data: all still annotated, none in the
    check set, which holds only annotated articles."""
    former = _former_check()
    keys = {(a["corpus"], a["case"]) for a in ARTICLES}
    assert len(former) == 21 and former <= keys
    assert not former & CHECK
    assert CHECK.issubset(keys)


def _round(name: str) -> set[tuple[str, str]]:
    """The articles check.txt lists after its last "# Round <name>" line (the block's header; an earlier one can be
    a note), up to the next "# Round" line."""
    lines = names.CHECK.read_text(encoding="utf-8").splitlines()
    start = max(n for n, line in enumerate(lines) if line.startswith(f"# Round {name}"))
    end = next((n for n in range(start + 1, len(lines)) if lines[n].startswith("# Round ")), len(lines))
    words = (line.split() for line in lines[start:end] if not line.startswith("#"))
    return {(w[0], w[1]) for w in words if len(w) == 2}


def _round_s21() -> set[tuple[str, str]]:
    """The check set of round s21."""
    return _round("s21")


def _quoted(but_check: str = "") -> set[tuple[str, str]]:
    """Articles of the quote gold, less those of the quote check sets named (``"j"``: set_j.txt)."""
    folder = names.corpora.ROOT / "tests" / "quotes"
    checks = {
        tuple(line.split())
        for s in but_check
        for line in (folder / f"set_{s}.txt").read_text(encoding="utf-8").splitlines()
        if len(line.split()) == 2 and not line.startswith("#")
    }
    return {(r["corpus"], r["case"]) for r in names._jsonl(folder / "gold.jsonl")} - checks


def test_the_round_s21_check_is_fresh_varied_and_the_whole_check_set():
    """Round s21's check: >= 10 annotated articles, >= 8 non-English in >= 5 languages and >= 2 English, the only
    uncommented entries of check.txt with round s23's and s36's blocks, none in the former check nor in any set of the
    quote gold."""
    fresh = _round_s21()
    assert fresh | _round("s23") | _round("s36") == CHECK, (
        "the round s21, s23 and s36 blocks must be the whole check set"
    )
    by_key = {(a["corpus"], a["case"]): a for a in ARTICLES}
    assert len(fresh) >= 10 and fresh <= set(by_key)
    langs = [by_key[k]["lang"] for k in fresh]
    assert sum(lang != "en" for lang in langs) >= 8 and langs.count("en") >= 2
    assert len(set(langs) - {"en"}) >= 5
    assert not fresh & _former_check()
    assert not fresh & _quoted(), "a check article is in the quote gold"
    assert all(any(g["corpus"] == k[0] and g["case"] == k[1] for g in GOLD) for k in fresh), "an article has no entity"


def test_the_round_s23_check_is_fresh_larger_in_english_and_scored_as_check():
    """Round s23's names check: >= 8 English articles with >= 40 required people and >= 50 required places, >= 4
    non-English ones, all annotated, in the check set, and in neither the earlier check blocks nor the quote gold's
    development articles. It may share pages with quote set j, the quote check annotated in the same round apart from
    it: a page in two checks is still one nobody tuned on."""
    fresh = _round("s23")
    by_key = {(a["corpus"], a["case"]): a for a in ARTICLES}
    assert fresh <= set(by_key) and fresh <= CHECK
    assert all(names.split_of(*k) == "check" for k in fresh)
    assert not fresh & (_round_s21() | _former_check() | _quoted(but_check="j"))
    langs = Counter(by_key[k]["lang"] for k in fresh)
    assert langs["en"] >= 8 and sum(n for lang, n in langs.items() if lang != "en") >= 4
    required = Counter(
        g["class"] for g in GOLD if (g["corpus"], g["case"]) in fresh and g["lang"] == "en" and not g["optional"]
    )
    assert required["person"] >= 40 and required["place"] >= 50
    assert all(any(g["corpus"] == k[0] and g["case"] == k[1] for g in GOLD) for k in fresh), "an article has no entity"


def test_the_round_s25_pages_in_other_languages_are_development_and_annotated():
    """Round s25's non-English pages (``round_s25_xx.txt``): >= 12 annotated articles, none English, none in the check
    set, each with an entity, >= 40 required people and >= 80 required places. They were in neither gold when
    annotated; the quote gold may take some of them later (another annotator read the same pages for speakers)."""
    path = names.CHECK.parent / "round_s25_xx.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("# Round s25")
    listed = [(w[0], w[1]) for w in (line.split() for line in lines if not line.startswith("#")) if len(w) == 2]
    fresh = set(listed)
    assert len(fresh) == len(listed) >= 12, "an article twice, or too few"
    by_key = {(a["corpus"], a["case"]): a for a in ARTICLES}
    assert fresh <= set(by_key) and not fresh & CHECK
    assert all(by_key[k]["lang"] != "en" for k in fresh)
    assert all(names.split_of(*k) != "check" for k in fresh)
    assert all(any(g["corpus"] == k[0] and g["case"] == k[1] for g in GOLD) for k in fresh), "an article has no entity"
    required = Counter(g["class"] for g in GOLD if (g["corpus"], g["case"]) in fresh and not g["optional"])
    assert required["person"] >= 40 and required["place"] >= 80


def _round_pages(path: Path) -> list[tuple[str, str]]:
    """The (corpus, case) lines of a round's list (``round_*.txt``), comments left out."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [(w[0], w[1]) for w in (line.split() for line in lines if not line.startswith("#")) if len(w) == 2]


@pytest.mark.parametrize(("round_", "people", "places"), [("s26", 15, 40), ("s27", 30, 20), ("s28", 40, 30)])
def test_a_german_round_is_annotated_and_in_no_other_gold(round_: str, people: int, places: int):
    """Rounds s26, s27 and s28's German pages (``round_<round>_de_a.txt`` and ``_b.txt`` for two annotators,
    ``round_<round>_de.txt`` for one): >= 12
    German articles in no other round's list, none in the check set nor in the quote gold, each with an entity, and
    enough required people and places; annotated before anything ran on them, scored first as a fresh German
    measure (the figures are in docs/evaluation.md)."""
    folder = names.CHECK.parent
    listed = []
    for path in sorted(folder.glob(f"round_{round_}_de*.txt")):
        assert path.read_text(encoding="utf-8").startswith(f"# Round {round_}")
        listed += _round_pages(path)
    fresh = set(listed)
    assert len(fresh) == len(listed) >= 12, "an article twice, or too few"
    others = {page for path in folder.glob("round_*.txt") if round_ not in path.name for page in _round_pages(path)}
    assert not fresh & others, "a page of another round"
    by_key = {(a["corpus"], a["case"]): a for a in ARTICLES}
    # Set o (round s35) annotated the quotes of names pages later, on purpose: the round was in no quote set before.
    assert fresh <= set(by_key) and not fresh & CHECK and not fresh & (_quoted() - _quote_set("o"))
    assert all(by_key[k]["lang"] == "de" for k in fresh)
    assert all(any(g["corpus"] == k[0] and g["case"] == k[1] for g in GOLD) for k in fresh), "an article has no entity"
    required = Counter(g["class"] for g in GOLD if (g["corpus"], g["case"]) in fresh and not g["optional"])
    assert required["person"] >= people and required["place"] >= places


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        (entity("Trump", ["Trump"], cls="organisation"), "class must be one of"),
        (entity("Trump", []), "at least one form"),
        (entity("Trump", ["Trump ", "Trump"]), "stray whitespace"),
        (entity("Trump", ["Trump", "Trump"]), "a form twice"),
        (entity("Trump", ["Trump"], lang="de"), "lang differs"),
        (entity("Trump", ["Trump"], case="y"), "no such article"),
        ({k: v for k, v in entity("Trump", ["Trump"]).items() if k != "note"}, "fields must be exactly"),
    ],
)
def test_the_schema_check_catches_broken_lines(bad, message):
    article = {"corpus": "aeb", "case": "x", "lang": "en", "body_start": "", "body_end": ""}
    errors = schema_errors([article], [bad], set())
    assert any(message in e for e in errors), errors


def test_the_schema_check_catches_broken_articles():
    page = {"corpus": "htmldate_eval", "case": "001", "lang": "de", "body_start": "", "body_end": ""}
    assert any("needs body_start" in e for e in schema_errors([page], [], set()))
    aeb = {"corpus": "aeb", "case": "x", "lang": "en", "body_start": "", "body_end": ""}
    assert any("the article twice" in e for e in schema_errors([aeb, aeb], [], set()))
    assert any("not an annotated article" in e for e in schema_errors([aeb], [], {("aeb", "y")}))
    twice = [entity("Joe Biden", ["Biden"]), entity("Joe  Biden", ["Joe Biden"])]
    assert any("same entity twice" in e for e in schema_errors([aeb], twice, set()))


@pytest.mark.skipif(not names.corpora.available(), reason="../shared/corpora is absent: bodies not checked")
def test_every_body_is_cut_and_every_form_is_in_it():
    assert placement_errors(ARTICLES, GOLD) == []


# --- the matching rule --------------------------------------------------------------------


def test_a_name_is_compared_without_case_possessive_apostrophe_or_edge_punctuation():
    assert key("  Trump’s ") == key("trump") == "trump"
    assert key("«Путина»") == "путина"
    assert key("Ra’anan") == key("Ra'anan")


def test_forms_occur_as_whole_words_except_in_unspaced_scripts():
    assert occurs("US", "the US said", "en")
    assert not occurs("US", "yields US10YT=RR rose", "en")
    assert not occurs("Biden", "the Bidens", "en")
    assert occurs("ガザ", "パレスチナ自治区ガザで", "ja")


GOLD_ARTICLE = [
    entity("Joe Biden", ["Joe Biden", "Biden"]),
    entity("Hunter Biden", ["Hunter Biden"]),
    entity("Carsten Fritsch", ["Carsten Fritsch"]),
    entity("Moskau", ["Moskau"], cls="place"),
    entity("ガザ", ["ガザ"], cls="place", lang="ja"),
    entity("ガザ市", ["ガザ市"], cls="place", lang="ja"),
    entity("Belmarsh", ["Belmarsh"], cls="place", optional=True),
]


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("Biden", "en", "Joe Biden"),  # rule 1: a surface form
        ("joe biden's", "en", "Joe Biden"),  # normalised
        ("Hunter Biden", "en", "Hunter Biden"),  # exact beats the contained "Biden"
        ("President Joe Biden", "en", "Joe Biden"),  # rule 2, longest contained form
        ("Commerzbank analyst Carsten Fritsch", "en", "Carsten Fritsch"),
        ("Moskaus", "de", None),  # an inflection the gold does not list is no match
        ("Carsten", "en", None),  # part of a form is not the form
        ("ガザ市", "ja", "ガザ市"),
        ("ガザ市内", "ja", None),  # no containment without word boundaries
        ("Belmarsh prison", "en", "Belmarsh"),
    ],
)
def test_a_system_string_goes_to_one_gold_entity(text, lang, want):
    index = assign(text, GOLD_ARTICLE, lang)
    assert (GOLD_ARTICLE[index]["name"] if index is not None else None) == want


def test_a_canonical_name_can_match_when_no_mention_does():
    gold = [entity("Donald Trump", ["Trump"])]
    scored = score(gold, [Found("PERSON", "Donald Trump", ("President",))], "President", "President", "en")
    assert scored.tallies["person"].found == 1


def test_recall_and_precision_follow_the_label_class():
    gold = [
        entity("Sondland", ["Gordon Sondland", "Sondland"]),
        entity("Kurt Volker", ["Kurt Volker", "Volker"]),
        entity("Kyiv", ["Kyiv"], cls="place"),
        entity("Belmarsh", ["Belmarsh"], cls="place", optional=True),
    ]
    text = "Gordon Sondland met Kurt Volker in Kyiv and at Belmarsh; Burisma paid."
    found = [
        Found("PERSON", "Gordon Sondland", ("Gordon Sondland",)),
        Found("GPE", "Kurt Volker", ("Kurt Volker",)),  # a person labelled as a place
        Found("GPE", "Kyiv", ("Kyiv",)),
        Found("FAC", "Belmarsh", ("Belmarsh",)),  # optional: not counted either way
        Found("GPE", "Burisma", ("Burisma",)),  # not in the gold: wrong
        Found("PERSON", "Elsewhere", ("Elsewhere",)),  # not in the body: left out of precision
    ]
    scored = score(gold, found, text, text, "en")
    person, place = scored.tallies["person"], scored.tallies["place"]
    assert (person.gold, person.found, person.predicted, person.right) == (2, 1, 1, 1)
    assert (place.gold, place.found, place.predicted, place.right) == (1, 1, 3, 1)
    assert "missed person 'Kurt Volker' (labelled GPE)" in scored.misses
    assert any("wrong place: GPE 'Burisma'" in m for m in scored.misses)
    assert any("wrong place: GPE 'Kurt Volker' (person 'Kurt Volker')" in m for m in scored.misses)


def test_a_miss_says_whether_the_name_reached_the_cleaned_text():
    gold = [entity("Olaf Scholz", ["Olaf Scholz"])]
    assert score(gold, [], "", "Olaf Scholz", "de").misses == ["missed person 'Olaf Scholz' (not in the cleaned text)"]
    assert score(gold, [], "Olaf Scholz", "Olaf Scholz", "de").misses == [
        "missed person 'Olaf Scholz' (not recognised)"
    ]


def test_the_round_s29_english_pages_are_annotated_and_in_no_other_round():
    """Round s29's English pages (``round_s29_en.txt``): >= 10 English articles of kinds the earlier rounds lacked
    (tech, lifestyle, reference pages), in no other round's list and not in the check set, each with an entity,
    >= 20 required people and places each; annotated before anything ran on them and scored first as a fresh English
    measure (docs/evaluation.md), development since. The quote gold's set n, annotated apart the same day, may share pages."""
    fresh = _annotated_round("s29_en", 10, english=True)
    required = Counter(g["class"] for g in GOLD if (g["corpus"], g["case"]) in fresh and not g["optional"])
    assert required["person"] >= 20 and required["place"] >= 20


def _annotated_round(name: str, least: int, english: bool) -> set[tuple[str, str]]:
    """The pages of ``round_<name>.txt``, checked as a blind round's: the file opens with its round's heading, lists
    no page twice and ``least`` pages or more, none in another round's list nor in the check set, every one an
    article of the gold, English (or none English), with an entity."""
    folder = names.CHECK.parent
    path = folder / f"round_{name}.txt"
    assert path.read_text(encoding="utf-8").startswith(f"# Round {name.split('_')[0]}")
    listed = _round_pages(path)
    fresh = set(listed)
    assert len(fresh) == len(listed) >= least, "an article twice, or too few"
    others = {page for other in folder.glob("round_*.txt") if other != path for page in _round_pages(other)}
    assert not fresh & others, "a page of another round"
    by_key = {(a["corpus"], a["case"]): a for a in ARTICLES}
    assert fresh <= set(by_key) and not fresh & CHECK
    assert all((by_key[k]["lang"] == "en") == english for k in fresh)
    assert all(any(g["corpus"] == k[0] and g["case"] == k[1] for g in GOLD) for k in fresh), "an article has no entity"
    return fresh


def _quote_set(letters: str) -> set[tuple[str, str]]:
    """The pages the quote gold's sets name (``set_<letter>.txt``)."""
    folder = names.corpora.ROOT / "tests" / "quotes"
    return {page for s in letters for page in _round_pages(folder / f"set_{s}.txt")}


def test_the_round_s35_pages_are_quote_development_pages_annotated_for_names():
    """Round s35 (``round_s35_*.txt``, six annotators): >= 100 pages of the quote gold that no earlier round annotated
    for names, none from a quote check set (h, j, m, n) nor in the names check set, each with an entity; >= 40 English
    pages with >= 200 required people and places each, and pages in >= 8 other languages."""
    folder = names.CHECK.parent
    paths = sorted(folder.glob("round_s35_*.txt"))
    assert len(paths) == 6 and all(p.read_text(encoding="utf-8").startswith("# Round s35") for p in paths)
    listed = [page for path in paths for page in _round_pages(path)]
    fresh = set(listed)
    assert len(fresh) == len(listed) >= 100, "an article twice, or too few"
    others = {page for path in folder.glob("round_*.txt") if "s35" not in path.name for page in _round_pages(path)}
    assert not fresh & others, "a page of another round"
    by_key = {(a["corpus"], a["case"]): a for a in ARTICLES}
    assert fresh <= set(by_key) and not fresh & CHECK
    assert fresh <= _quoted() and not fresh & _quote_set("hjmn"), "a page outside the quote gold's development sets"
    assert all(any(g["corpus"] == k[0] and g["case"] == k[1] for g in GOLD) for k in fresh), "an article has no entity"
    langs = Counter(by_key[k]["lang"] for k in fresh)
    assert langs["en"] >= 40 and len(set(langs) - {"en"}) >= 8
    english = Counter(
        g["class"] for g in GOLD if (g["corpus"], g["case"]) in fresh and g["lang"] == "en" and not g["optional"]
    )
    assert english["person"] >= 200 and english["place"] >= 200


def test_the_round_s36_meantime_articles_are_annotated_and_a_third_of_them_a_check():
    """Round s36 (``round_s36_a.txt``, ``round_s36_b.txt``): all 65 of MEANTIME's English Wikinews articles, in no
    earlier round; the 22 with the lowest ``sha256('entities/meantime_en/<id>')`` are the check (chosen before they
    were annotated), and all score in the "English, MEANTIME" row group; >= 90 required people and >= 180 places."""
    import hashlib

    folder = names.CHECK.parent
    paths = sorted(folder.glob("round_s36_*.txt"))
    assert len(paths) == 2 and all(p.read_text(encoding="utf-8").startswith("# Round s36") for p in paths)
    listed = [page for path in paths for page in _round_pages(path)]
    fresh = set(listed)
    assert len(fresh) == len(listed) == 65 and {corpus for corpus, _ in fresh} == {"meantime_en"}
    others = {page for path in folder.glob("round_*.txt") if "s36" not in path.name for page in _round_pages(path)}
    assert not fresh & others, "a page of another round"
    by_hash = sorted(fresh, key=lambda k: hashlib.sha256(f"entities/{k[0]}/{k[1]}".encode()).hexdigest())
    assert fresh & CHECK == set(by_hash[:22])
    by_key = {(a["corpus"], a["case"]): a for a in ARTICLES}
    assert fresh <= set(by_key) and {names.group_of(by_key[k]) for k in fresh} == {"English, MEANTIME"}
    required = Counter(g["class"] for g in GOLD if (g["corpus"], g["case"]) in fresh and not g["optional"])
    assert required["person"] >= 90 and required["place"] >= 180


def test_the_round_s47_english_pages_are_annotated_and_in_no_other_round() -> None:
    """Round s47's English pages (``round_s47_en.txt``), annotated before the product ran on them and scored first as
    a fresh English measure, development since: >= 13 English articles (every unused English page of the lead's list
    with a body naming a person or a place), each with an entity; >= 150 required people (two lists of people, a
    singers' top hundred and a high-school round-up, hold most of them) and the few required places the pages name
    (the Euro 2020 page's national teams are optional, as clubs by their cities)."""
    fresh = _annotated_round("s47_en", 13, english=True)
    required = Counter(g["class"] for g in GOLD if (g["corpus"], g["case"]) in fresh and not g["optional"])
    assert required["person"] >= 150 and required["place"] >= 2


def test_the_round_s47_pages_in_other_languages_are_development_and_annotated():
    """Round s47's pages in German and other languages (``round_s47_xx.txt``), annotated before anything of the
    product ran on them: >= 14 articles, none English, none in the check set nor in any earlier round's list, each
    with an entity, none in the quote gold, and >= 15 required people and >= 25 required places."""
    fresh = _annotated_round("s47_xx", 14, english=False)
    assert all(names.split_of(*k) != "check" for k in fresh)
    assert not fresh & _quoted(), "a page of the quote gold"
    required = Counter(g["class"] for g in GOLD if (g["corpus"], g["case"]) in fresh and not g["optional"])
    assert required["person"] >= 15 and required["place"] >= 25
