"""Round s47's English pages of the people-and-places gold (``tests/entities/round_s47_en.txt``).

Annotated by hand before the product ran on them, then scored first as a fresh English measure; development data
since. The list is what the unused English pages still held: see the README's "Round s47: English pages".
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from bench.eval import names

ARTICLES = names.load_articles()
GOLD = names.load_gold()
CHECK = set(names.check_set())


def _round_pages(path: Path) -> list[tuple[str, str]]:
    """The (corpus, case) lines of a round's list, comments left out."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [(w[0], w[1]) for w in (line.split() for line in lines if not line.startswith("#")) if len(w) == 2]


def test_the_round_s47_english_pages_are_annotated_and_in_no_other_round() -> None:
    """>= 13 English articles (every unused English page of the lead's list with a body naming a person or a place),
    in no other round's list and not in the check set, each with an entity; >= 150 required people (two lists of
    people, a singers' top hundred and a high-school round-up, hold most of them) and the few required places the
    pages name (the Euro 2020 page's national teams are optional, as clubs by their cities)."""
    folder = names.CHECK.parent
    path = folder / "round_s47_en.txt"
    assert path.read_text(encoding="utf-8").startswith("# Round s47")
    listed = _round_pages(path)
    fresh = set(listed)
    assert len(fresh) == len(listed) >= 13, "an article twice, or too few"
    others = {page for other in folder.glob("round_*.txt") if other != path for page in _round_pages(other)}
    assert not fresh & others, "a page of another round"
    by_key = {(a["corpus"], a["case"]): a for a in ARTICLES}
    assert fresh <= set(by_key) and not fresh & CHECK
    assert all(by_key[k]["lang"] == "en" for k in fresh)
    assert all(any(g["corpus"] == k[0] and g["case"] == k[1] for g in GOLD) for k in fresh), "an article has no entity"
    required = Counter(g["class"] for g in GOLD if (g["corpus"], g["case"]) in fresh and not g["optional"])
    assert required["person"] >= 150 and required["place"] >= 2
