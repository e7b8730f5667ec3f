"""The hand-annotated quote-attribution gold stays well formed and findable in its articles.

The schema part needs only ``tests/quotes/gold.jsonl``; the placement part re-opens the pages in
``../shared/corpora`` and is skipped when they are not there (the seeds are always checked).
"""

from __future__ import annotations

from collections import Counter

import pytest

from tests.quotes.check_gold import SEEDS, corpora_available, load, place, schema_errors

ROWS = load()


def row(**changes):
    base = {
        "corpus": "seeds",
        "case": "000_51b8db7e7ec3f535.txt",
        "lang": "en",
        "opening": "We know well that the decisions about such actions",
        "speaker": "Dmitri S Peskov",
        "aliases": ["Peskov"],
        "speaker_kind": "person",
        "attribution": "Peskov said",
        "pronoun": False,
        "multi_paragraph": False,
        "note": "",
    }
    return base | changes


def test_every_line_follows_the_schema():
    assert schema_errors(ROWS) == []


def test_the_set_is_big_and_varied_enough():
    langs = Counter(r["lang"] for r in ROWS)
    assert len(ROWS) >= 200
    assert langs["en"] >= 120
    others = {k: v for k, v in langs.items() if k != "en"}
    assert sum(others.values()) >= 80 and len(others) >= 3
    assert {r["case"] for r in ROWS if r["corpus"] == "seeds"} == {p.name for p in SEEDS.glob("*.txt")}
    kinds = Counter(r["speaker_kind"] for r in ROWS)
    assert all(kinds[k] for k in ("person", "organisation", "place", "none"))
    assert max(Counter((r["corpus"], r["case"]) for r in ROWS).values()) <= 30, "one article dominates"


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        (row(speaker=None), "speaker null exactly when"),
        (row(speaker_kind="country"), "speaker_kind must be one of"),
        (row(opening="“We know well that the decisions"), "starts with a quotation mark"),
        (row(opening="We know"), "words or characters"),
        (row(opening="We know  well that the decisions"), "stray whitespace"),
        (row(aliases=["Peskov", "Dmitri S Peskov"]), "repeated among aliases"),
        (row(pronoun=True, speaker=None, speaker_kind="none", aliases=[]), "pronoun attribution needs"),
        (row(case="nope.txt"), "no seed file"),
        (row(lang="eng"), "ISO 639-1"),
        ({k: v for k, v in row().items() if k != "note"}, "missing or unknown"),
    ],
)
def test_the_schema_check_catches_broken_lines(bad, message):
    errors = schema_errors([bad])
    assert any(message in e for e in errors), errors


def test_a_repeated_opening_is_reported():
    assert any("same opening twice" in e for e in schema_errors([row(), row()]))


def test_seed_openings_are_found_exactly_once():
    placement = place(ROWS, corpora=False)
    assert placement.counts, "no seed quotes checked"
    assert placement.errors(ROWS) == []


def test_a_misquoted_opening_is_not_found():
    broken = [row(opening="We know very well that the decisions about such actions")]
    assert place(broken, corpora=False).errors(broken)


@pytest.mark.skipif(not corpora_available(), reason="../shared/corpora is absent: openings in the pages not checked")
def test_every_opening_is_found_exactly_once_in_its_article():
    placement = place(ROWS)
    assert len(placement.counts) == len(ROWS)
    assert placement.errors(ROWS) == []


def _listed(name: str) -> list[tuple[str, str]]:
    lines = (
        line.split() for line in (SEEDS.parent / "tests" / "quotes" / name).read_text(encoding="utf-8").splitlines()
    )
    return [(w[0], w[1]) for w in lines if len(w) == 2 and not w[0].startswith("#")]


def test_set_d_is_big_fresh_and_apart():
    """Set d (the s18 check, development data since s19b): >= 60 quotes of >= 8 non-English articles, none in set c."""
    from bench.eval.quotes import CHECK_SETS, half_of

    set_d, set_c = _listed("set_d.txt"), _listed("set_c.txt")
    assert len(set_d) >= 8 and not set(set_d) & set(set_c)
    rows = [r for r in ROWS if (r["corpus"], r["case"]) in set(set_d)]
    assert len(rows) >= 60
    assert all(r["lang"] != "en" for r in rows)
    assert {(r["corpus"], r["case"]) for r in rows} == set(set_d), "an article of set_d.txt has no gold line"
    assert all(half_of(*key) == "d" for key in set_d) and "d" not in CHECK_SETS
    assert all(half_of(*key) == "c" for key in set_c)


def test_set_e_is_big_fresh_and_apart():
    """Set e (the s19b check, development data since s20): >= 45 quotes of >= 6 non-English articles, in no other set."""
    from bench.eval.quotes import CHECK_SETS, half_of

    set_e = _listed("set_e.txt")
    others = set(_listed("set_c.txt")) | set(_listed("set_d.txt"))
    assert len(set_e) >= 6 and not set(set_e) & others
    rows = [r for r in ROWS if (r["corpus"], r["case"]) in set(set_e)]
    assert len(rows) >= 45
    assert all(r["lang"] != "en" for r in rows)
    assert len({r["lang"] for r in rows}) >= 2
    assert {(r["corpus"], r["case"]) for r in rows} == set(set_e), "an article of set_e.txt has no gold line"
    assert all(half_of(*key) == "e" for key in set_e) and "e" not in CHECK_SETS


def test_set_f_is_big_fresh_and_apart():
    """Set f (the s20 check, development data since s21): >= 60 quotes of >= 8 articles, >= 20 English and >= 35
    in >= 4 other languages, in no other set, its English quotes in their own row group."""
    from bench.eval.quotes import CHECK_SETS, ENGLISH_F, group_of, half_of

    set_f = _listed("set_f.txt")
    others = set(_listed("set_c.txt")) | set(_listed("set_d.txt")) | set(_listed("set_e.txt"))
    assert len(set_f) >= 8 and not set(set_f) & others
    rows = [r for r in ROWS if (r["corpus"], r["case"]) in set(set_f)]
    assert len(rows) >= 60
    assert sum(r["lang"] == "en" for r in rows) >= 20
    other = [r for r in rows if r["lang"] != "en"]
    assert len(other) >= 35 and len({r["lang"] for r in other}) >= 4
    assert {(r["corpus"], r["case"]) for r in rows} == set(set_f), "an article of set_f.txt has no gold line"
    assert all(half_of(*key) == "f" for key in set_f) and "f" not in CHECK_SETS
    assert {group_of(r["corpus"], r["case"], r["lang"]) for r in rows if r["lang"] == "en"} == {ENGLISH_F}
    set_g, set_h, set_i = set(_listed("set_g.txt")), set(_listed("set_h.txt")), set(_listed("set_i.txt"))
    apart = set(set_f) | set_g | set_h | set_i | set().union(*(set(_listed(f"set_{s}.txt")) for s in "jknop"))
    dev_english = [r for r in ROWS if r["lang"] == "en" and (r["corpus"], r["case"]) not in apart]
    assert dev_english and {group_of(r["corpus"], r["case"], "en") for r in dev_english} == {"English"}


def test_set_g_is_big_fresh_english_and_apart():
    """Set g (round s20, English development data): >= 50 English quotes of >= 8 articles, in no other set, every
    line of its articles in the gold, scored in its own row group with its misses listed (not a check set)."""
    from bench.eval.quotes import CHECK_SETS, ENGLISH_G, group_of, half_of

    set_g = _listed("set_g.txt")
    others = set().union(*(set(_listed(f"set_{s}.txt")) for s in "cdef"))
    assert len(set_g) >= 8 and not set(set_g) & others
    rows = [r for r in ROWS if (r["corpus"], r["case"]) in set(set_g)]
    assert len(rows) >= 50 and {r["lang"] for r in rows} == {"en"}
    assert max(Counter((r["corpus"], r["case"]) for r in rows).values()) <= 15, "one article dominates set g"
    assert {(r["corpus"], r["case"]) for r in rows} == set(set_g), "an article of set_g.txt has no gold line"
    assert all(half_of(*key) == "g" for key in set_g) and "g" not in CHECK_SETS
    assert {group_of(r["corpus"], r["case"], "en") for r in rows} == {ENGLISH_G}


def test_set_i_is_big_fresh_english_and_apart():
    """Set i (round s22, English, annotated before the product ran on it): >= 80 English quotes of >= 12 articles, in
    no other set nor in the entity gold, no article over 15 quotes, every article with gold lines, scored in its own
    row group with its misses listed (development data, not a check set)."""
    from bench.eval.quotes import CHECK_SETS, ENGLISH_I, group_of, half_of

    set_i = _listed("set_i.txt")
    others = set().union(*(set(_listed(f"set_{s}.txt")) for s in "cdefgh"))
    assert len(set_i) >= 12 and not set(set_i) & others
    rows = [r for r in ROWS if (r["corpus"], r["case"]) in set(set_i)]
    assert len(rows) >= 80 and {r["lang"] for r in rows} == {"en"}
    assert max(Counter((r["corpus"], r["case"]) for r in rows).values()) <= 15, "one article dominates set i"
    assert {(r["corpus"], r["case"]) for r in rows} == set(set_i), "an article of set_i.txt has no gold line"
    assert all(half_of(*key) == "i" for key in set_i) and "i" not in CHECK_SETS
    assert {group_of(r["corpus"], r["case"], "en") for r in rows} == {ENGLISH_I}


def test_check_set_h_is_big_fresh_and_apart():
    """Set h (the s21 check): >= 60 quotes of >= 10 articles, >= 25 English and >= 20 in other languages, no article
    over 12 quotes, in no other set nor in the entity gold, and the scorer keeps it apart (its misses unlisted, its
    English quotes in their own row group). Its other-language part is what the unused pages hold: German only (see
    docs/quotes.md, set h)."""
    from bench.eval import names
    from bench.eval.quotes import CHECK_SETS, ENGLISH_CHECK, group_of, half_of

    set_h = _listed("set_h.txt")
    others = set().union(*(set(_listed(f"set_{s}.txt")) for s in "cdefg"))
    assert len(set_h) >= 10 and not set(set_h) & others
    entity_articles = {(a["corpus"], a["case"]) for a in names.load_articles()}
    assert not set(set_h) & entity_articles, "a set h article is in the entity gold"
    rows = [r for r in ROWS if (r["corpus"], r["case"]) in set(set_h)]
    assert len(rows) >= 60
    assert sum(r["lang"] == "en" for r in rows) >= 25
    assert sum(r["lang"] != "en" for r in rows) >= 20  # 39 German until round s24 moved 18 of them to set k
    assert max(Counter((r["corpus"], r["case"]) for r in rows).values()) <= 12, "one article dominates set h"
    assert {(r["corpus"], r["case"]) for r in rows} == set(set_h), "an article of set_h.txt has no gold line"
    assert all(half_of(*key) == "h" for key in set_h) and set(CHECK_SETS) == {"h", "j", "m", "n", "p"}
    assert {group_of(r["corpus"], r["case"], r["lang"]) for r in rows if r["lang"] == "en"} == {ENGLISH_CHECK}


def test_set_k_is_set_h_german_made_development():
    """Set k (round s24): German articles taken out of the check set h, now development data: >= 15 German quotes of
    >= 5 articles, in no other set, scored in a row group of their own with their misses listed, and set h keeps
    German quotes of its own as a check."""
    from bench.eval.quotes import CHECK_SETS, OTHER_CHECK, OTHER_K, group_of, half_of

    set_k = _listed("set_k.txt")
    others = set().union(*(set(_listed(f"set_{s}.txt")) for s in "cdefghij"))
    assert len(set_k) >= 5 and not set(set_k) & others
    rows = [r for r in ROWS if (r["corpus"], r["case"]) in set(set_k)]
    assert len(rows) >= 15 and {r["lang"] for r in rows} == {"de"}
    assert {(r["corpus"], r["case"]) for r in rows} == set(set_k), "an article of set_k.txt has no gold line"
    assert all(half_of(*key) == "k" for key in set_k) and "k" not in CHECK_SETS
    assert {group_of(r["corpus"], r["case"], "de") for r in rows} == {OTHER_K}
    set_h = set(_listed("set_h.txt"))
    assert any(
        r["lang"] == "de" and group_of(r["corpus"], r["case"], "de") == OTHER_CHECK
        for r in ROWS
        if (r["corpus"], r["case"]) in set_h
    )


def test_check_set_j_is_big_fresh_and_apart():
    """Set j (the s23 check, annotated from pages in no set before the product ran on them): >= 50 English quotes of
    >= 10 articles and some in other languages, no article over 12 quotes, in no other set nor in the entity gold's
    development articles (the names check of the same round, annotated apart, may share pages), every article with gold lines, and the scorer keeps it apart (a check set: misses unlisted, its English quotes
    in their own row group, not set h's; the other-language quotes of both check sets in a row of their own, apart
    from development)."""
    from bench.eval import names
    from bench.eval.quotes import CHECK_SETS, ENGLISH_CHECK, ENGLISH_J, OTHER_CHECK, group_of, half_of

    set_j = _listed("set_j.txt")
    others = set().union(*(set(_listed(f"set_{s}.txt")) for s in "cdefghik"))
    assert not set(set_j) & others
    entity_development = {(a["corpus"], a["case"]) for a in names.load_articles()} - {
        (a["corpus"], a["case"]) for a in names.load_articles() if names.split_of(a["corpus"], a["case"]) == "check"
    }
    assert not set(set_j) & entity_development, "a set j article is entity development data"
    rows = [r for r in ROWS if (r["corpus"], r["case"]) in set(set_j)]
    english = [r for r in rows if r["lang"] == "en"]
    assert len(english) >= 50 and len({(r["corpus"], r["case"]) for r in english}) >= 10
    assert any(r["lang"] != "en" for r in rows)
    assert max(Counter((r["corpus"], r["case"]) for r in rows).values()) <= 12, "one article dominates set j"
    assert {(r["corpus"], r["case"]) for r in rows} == set(set_j), "an article of set_j.txt has no gold line"
    assert all(half_of(*key) == "j" for key in set_j) and "j" in CHECK_SETS
    assert {group_of(r["corpus"], r["case"], "en") for r in english} == {ENGLISH_J} != {ENGLISH_CHECK}
    foreign = {(r["corpus"], r["case"], r["lang"]) for r in ROWS if r["lang"] != "en"}
    assert {group_of(c, k, lang) for c, k, lang in foreign if half_of(c, k) in "hj"} == {OTHER_CHECK}
    assert OTHER_CHECK not in {group_of(c, k, lang) for c, k, lang in foreign if half_of(c, k) not in "hj"}


def test_set_l_is_fresh_other_languages_made_development():
    """Set l (round s25, annotated before the product ran on it): >= 30 quotes, German first, on >= 5 non-English
    articles in no other set nor in an earlier round's entity gold, every article with gold lines, development since round s25's first merges, scored in its own row group, apart from development and from the other checks' row."""
    from bench.eval import names
    from bench.eval.quotes import CHECK_SETS, OTHER_CHECK, OTHER_L, group_of, half_of

    set_l = _listed("set_l.txt")
    others = set().union(*(set(_listed(f"set_{s}.txt")) for s in "cdefghijk"))
    assert len(set_l) >= 5 and not set(set_l) & others
    # Only round s25's own names pages may share a page with set l: both were annotated blind, at the same time.
    # Round s35 came later: it annotated the names of the quote gold's development pages, set l's among them.
    fresh_names = {
        tuple(line.split())
        for path in [names.GOLD.parent / "round_s25_xx.txt", *names.GOLD.parent.glob("round_s35_*.txt")]
        for line in path.read_text().splitlines()
        if line.strip() and not line.startswith("#")
    }
    entity_articles = {(a["corpus"], a["case"]) for a in names.load_articles()} - fresh_names
    assert not set(set_l) & entity_articles, "a set l article is in the entity gold of an earlier round"
    rows = [r for r in ROWS if (r["corpus"], r["case"]) in set(set_l)]
    assert len(rows) >= 30 and "en" not in {r["lang"] for r in rows}
    assert sum(r["lang"] == "de" for r in rows) >= 30
    assert {(r["corpus"], r["case"]) for r in rows} == set(set_l), "an article of set_l.txt has no gold line"
    assert all(half_of(*key) == "l" for key in set_l) and "l" not in CHECK_SETS  # development since round s25b
    assert {group_of(r["corpus"], r["case"], r["lang"]) for r in rows} == {OTHER_L} != {OTHER_CHECK}


def test_set_m_is_a_fresh_german_check():
    """Set m (round s26, annotated before the product ran on it): German articles in no other set and in no entity
    gold, every article with gold lines, a check set (never listed, never trained on), scored in its own row group."""
    from bench.eval import names
    from bench.eval.quotes import CHECK_SETS, OTHER_CHECK, OTHER_M, group_of, half_of

    set_m = _listed("set_m.txt")
    others = set().union(*(set(_listed(f"set_{s}.txt")) for s in "cdefghijkl"))
    assert len(set_m) >= 4 and not set(set_m) & others
    assert not set(set_m) & {(a["corpus"], a["case"]) for a in names.load_articles()}
    rows = [r for r in ROWS if (r["corpus"], r["case"]) in set(set_m)]
    assert {(r["corpus"], r["case"]) for r in rows} == set(set_m), "an article of set_m.txt has no gold line"
    assert {r["lang"] for r in rows} == {"de"} and "m" in CHECK_SETS
    assert all(half_of(*key) == "m" for key in set_m)
    assert {group_of(r["corpus"], r["case"], r["lang"]) for r in rows} == {OTHER_M} != {OTHER_CHECK}


def test_set_n_is_a_fresh_english_check():
    """Set n (round s29, annotated before the product ran on it): English articles in no other quote set and none
    of the names check, >= 30 quotes on >= 15 articles, none over 12, every article with gold lines, a check set
    (never listed, never trained on) scored in its own row group, apart from sets h and j."""
    from bench.eval import names
    from bench.eval.quotes import CHECK_SETS, ENGLISH_CHECK, ENGLISH_J, ENGLISH_N, group_of, half_of

    set_n = set(_listed("set_n.txt"))
    others = set().union(*(set(_listed(f"set_{s}.txt")) for s in "cdefghijklm"))
    assert not set_n & others
    names_check = {
        (a["corpus"], a["case"]) for a in names.load_articles() if names.split_of(a["corpus"], a["case"]) == "check"
    }
    assert not set_n & names_check, "a set n article is in the names check"
    rows = [r for r in ROWS if (r["corpus"], r["case"]) in set_n]
    assert {(r["corpus"], r["case"]) for r in rows} == set_n, "an article of set_n.txt has no gold line"
    assert len(rows) >= 30 and len(set_n) >= 15 and {r["lang"] for r in rows} == {"en"}
    assert max(Counter((r["corpus"], r["case"]) for r in rows).values()) <= 12, "one article dominates set n"
    assert "n" in CHECK_SETS and all(half_of(*key) == "n" for key in set_n)
    assert {group_of(r["corpus"], r["case"], "en") for r in rows} == {ENGLISH_N} != {ENGLISH_CHECK}
    assert ENGLISH_N != ENGLISH_J


def test_set_o_is_english_development_from_pages_of_the_names_gold():
    """Set o (round s35, annotated before the product ran on it for quotes): >= 80 quotes on >= 6 articles of the
    names gold's development pages, in no other quote set, English in a row group of its own; development data (its
    misses are read)."""
    from bench.eval import names
    from bench.eval.quotes import CHECK_SETS, ENGLISH_O, group_of, half_of

    set_o = set(_listed("set_o.txt"))
    others = set().union(*(set(_listed(f"set_{s}.txt")) for s in "cdefghijklmn"))
    assert not set_o & others
    articles = {(a["corpus"], a["case"]): a for a in names.load_articles()}
    assert set_o <= set(articles), "a set o article is not in the names gold"
    assert all(names.split_of(*key) == "dev" for key in set_o), "a set o article is in the names check"
    rows = [r for r in ROWS if (r["corpus"], r["case"]) in set_o]
    assert {(r["corpus"], r["case"]) for r in rows} == set_o, "an article of set_o.txt has no gold line"
    assert len(rows) >= 80 and len(set_o) >= 6
    assert "o" not in CHECK_SETS and all(half_of(*key) == "o" for key in set_o)
    assert {group_of(r["corpus"], r["case"], "en") for r in rows if r["lang"] == "en"} == {ENGLISH_O}


def test_set_p_is_an_english_check_of_meantime_articles():
    """Set p (round s36, annotated before the product ran on it for quotes): >= 100 quotes on >= 35 of MEANTIME's
    Wikinews articles, a corpus no other quote set has; a check set (never listed, never trained on) scored in its own
    row group."""
    from bench.eval.quotes import CHECK_SETS, ENGLISH_N, ENGLISH_P, group_of, half_of

    set_p = set(_listed("set_p.txt"))
    others = set().union(*(set(_listed(f"set_{s}.txt")) for s in "cdefghijklmno"))
    assert not set_p & others and {corpus for corpus, _ in set_p} == {"meantime_en"}
    assert all(r["corpus"] != "meantime_en" or (r["corpus"], r["case"]) in set_p for r in ROWS), "MEANTIME outside p"
    rows = [r for r in ROWS if (r["corpus"], r["case"]) in set_p]
    assert {(r["corpus"], r["case"]) for r in rows} == set_p, "an article of set_p.txt has no gold line"
    assert len(rows) >= 100 and len(set_p) >= 35 and {r["lang"] for r in rows} == {"en"}
    assert "p" in CHECK_SETS and all(half_of(*key) == "p" for key in set_p)
    assert {group_of(r["corpus"], r["case"], "en") for r in rows} == {ENGLISH_P} != {ENGLISH_N}


def test_set_q_is_fresh_german_development():
    """Set q (round s47, annotated before the product ran on it): German pages in no other set, in no entity gold and
    on no check list, every listed article with gold lines, development data scored in its own row group. The brief
    asked for >= 60 quotes on >= 8 pages; the 29 pages it listed held one direct quote (set_q.txt's comment names
    every page read and why it was not taken), so the test holds what the pages gave, and that all 29 were read."""
    import re

    from bench.eval import names
    from bench.eval.quotes import CHECK_SETS, OTHER_L, OTHER_Q, SETS, group_of, half_of

    set_q = set(_listed("set_q.txt"))
    others = set().union(*(set(_listed(f"set_{s}.txt")) for s in "cdefghijklmnop"))
    assert set_q and not set_q & others
    assert not set_q & {(a["corpus"], a["case"]) for a in names.load_articles()}
    checks = {tuple(line.split()[:2]) for line in (names.GOLD.parent / "check.txt").read_text().splitlines()}
    assert not set_q & checks
    rows = [r for r in ROWS if (r["corpus"], r["case"]) in set_q]
    assert {(r["corpus"], r["case"]) for r in rows} == set_q, "an article of set_q.txt has no gold line"
    assert rows and {r["lang"] for r in rows} == {"de"}
    assert "q" not in CHECK_SETS and all(half_of(*key) == "q" for key in set_q)
    assert {group_of(r["corpus"], r["case"], "de") for r in rows} == {OTHER_Q} != {OTHER_L}
    text = (SETS / "set_q.txt").read_text(encoding="utf-8")
    read = set(re.findall(r"\b(?:trafilatura_eval|htmldate_eval) \d{3}\b", text))
    assert len(read) == 29, "set_q.txt names every page the brief listed"
