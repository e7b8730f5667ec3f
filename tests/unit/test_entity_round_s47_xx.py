"""Round s47's pages in German and other languages (``tests/entities/round_s47_xx.txt``) are development data,
annotated before anything of the product ran on them, and in no earlier round."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from bench.eval import names

ARTICLES = names.load_articles()
GOLD = names.load_gold()
CHECK = set(names.check_set())
FOLDER = names.CHECK.parent
QUOTE_GOLD = Path(__file__).resolve().parents[1] / "quotes" / "gold.jsonl"


def _round_pages(path: Path) -> list[tuple[str, str]]:
    """The (corpus, case) lines of a round's list, comments left out."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [(w[0], w[1]) for w in (line.split() for line in lines if not line.startswith("#")) if len(w) == 2]


def test_the_round_s47_pages_in_other_languages_are_development_and_annotated():
    """>= 14 annotated articles, none English, none in the check set nor in any earlier round's list, each with an
    entity, in neither the quote gold nor an earlier round, and >= 15 required people and >= 25 required places."""
    path = FOLDER / "round_s47_xx.txt"
    assert path.read_text(encoding="utf-8").startswith("# Round s47")
    listed = _round_pages(path)
    fresh = set(listed)
    assert len(fresh) == len(listed) >= 14, "an article twice, or too few"
    by_key = {(a["corpus"], a["case"]): a for a in ARTICLES}
    assert fresh <= set(by_key) and not fresh & CHECK
    assert all(by_key[k]["lang"] != "en" for k in fresh)
    assert all(names.split_of(*k) != "check" for k in fresh)
    others = {page for p in FOLDER.glob("round_*.txt") if p.name != path.name for page in _round_pages(p)}
    assert not fresh & others, "a page of another round"
    quoted = {
        (q["corpus"], q["case"]) for q in map(json.loads, QUOTE_GOLD.read_text(encoding="utf-8").splitlines()) if q
    }
    assert not fresh & quoted, "a page of the quote gold"
    assert all(any(g["corpus"] == k[0] and g["case"] == k[1] for g in GOLD) for k in fresh), "an article has no entity"
    required = Counter(g["class"] for g in GOLD if (g["corpus"], g["case"]) in fresh and not g["optional"])
    assert required["person"] >= 15 and required["place"] >= 25
