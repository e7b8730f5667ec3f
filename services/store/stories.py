"""Same story, many outlets: near-duplicate articles share a story id. Pure functions.

An article's text is reduced to a MinHash signature over its word 5-grams
(character 5-grams for Chinese and Japanese), cut into bands (locality-sensitive
hashing): two texts share at least one band with high probability when about half
or more of their 5-grams are shared, as in syndicated wire copy with different
page furniture, and almost never otherwise. The store keeps, for each band, the
story of the first article that had it; a new article joins the story most of its
matching bands point to, or starts its own (its story id is then its own id).
"""

from __future__ import annotations

import hashlib
import re

from services.enrich.lexicon import CJK  # Chinese, Japanese and Korean characters, defined once

PERMUTATIONS = 64
BANDS = 16  # 16 bands of 4 rows: pairs above ~0.5 Jaccard similarity collide
ROWS = PERMUTATIONS // BANDS
MIN_SHINGLES = 20  # a text shorter than this is too short to call anything its duplicate
_PRIME = (1 << 61) - 1
_WORDS = re.compile(r"\w+")
_PARAMS = [
    (int.from_bytes(hashlib.blake2b(f"a{i}".encode(), digest_size=8).digest(), "big") % _PRIME | 1,
     int.from_bytes(hashlib.blake2b(f"b{i}".encode(), digest_size=8).digest(), "big") % _PRIME)
    for i in range(PERMUTATIONS)
]  # fmt: skip


def shingles(text: str) -> set[int]:
    folded = text.casefold()
    if len(CJK.findall(folded)) > len(folded) / 3:
        chars = "".join(c for c in folded if c.isalnum())
        grams = {chars[i : i + 5] for i in range(len(chars) - 4)}
    else:
        words = _WORDS.findall(folded)
        grams = {" ".join(words[i : i + 5]) for i in range(len(words) - 4)}
    return {int.from_bytes(hashlib.blake2b(g.encode(), digest_size=8).digest(), "big") for g in grams}


def signature(text: str) -> list[int] | None:
    grams = shingles(text)
    if len(grams) < MIN_SHINGLES:
        return None
    return [min((a * g + b) % _PRIME for g in grams) for a, b in _PARAMS]


def bands(text: str) -> list[str]:
    """The LSH band keys of a text (empty for a text too short to compare)."""
    sig = signature(text)
    if sig is None:
        return []
    keys = []
    for band in range(BANDS):
        rows = ",".join(str(v) for v in sig[band * ROWS : (band + 1) * ROWS])
        keys.append(f"{band}:{hashlib.blake2b(rows.encode(), digest_size=12).hexdigest()}")
    return keys
