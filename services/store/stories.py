"""Same story, many outlets: near-duplicate articles share a story id. Pure functions.

An article's text is reduced to a MinHash signature over its word 5-grams
(character 5-grams for Chinese and Japanese), cut into bands (locality-sensitive
hashing): two texts share at least one band with high probability when about half
or more of their 5-grams are shared, as in syndicated wire copy with different
page furniture, and almost never otherwise. The store keeps, for each band, the
story of the first article that had it; a new article joins the story most of its
matching bands point to, or starts its own (its story id is then its own id).

Written here (numpy, ~0.4 ms an article) rather than with datasketch: the band values are
stored, so the hash family must stay the same from one version to the next, and
datasketch's is not this one; switching would split every story of a running store
between the articles stored before and after.
"""

from __future__ import annotations

import hashlib
import re

import numpy as np

from wirestream.writing_systems import CJK  # Chinese, Japanese and Korean characters, defined once in the kernel

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


_A = np.array([a for a, _ in _PARAMS], dtype=np.uint64)[:, None]
_B = np.array([b for _, b in _PARAMS], dtype=np.uint64)[:, None]
_P = np.uint64(_PRIME)
_LOW32, _LOW29 = np.uint64(0xFFFFFFFF), np.uint64((1 << 29) - 1)
_U3, _U29, _U32, _U61 = (np.uint64(n) for n in (3, 29, 32, 61))


def _fold(x: np.ndarray) -> np.ndarray:
    """``x`` (below 2**64) modulo 2**61 - 1, plus at most a few: 2**61 is 1 modulo the prime."""
    return (x & _P) + (x >> _U61)


def signature(text: str) -> list[int] | None:
    """The MinHash of the text's shingles: for each of the 64 hash functions ``(a * g + b) mod p``
    (p = 2**61 - 1), its least value. Exact integer arithmetic in 64-bit words (numpy), the same
    values as Python's integers give (tests/unit/test_persist.py checks against them): the product of
    two numbers below 2**61 is split into 32-bit halves, and each part folded with 2**61 = 1 (mod p)."""
    grams = shingles(text)
    if len(grams) < MIN_SHINGLES:
        return None
    g = _fold(np.fromiter(grams, dtype=np.uint64, count=len(grams)))[None, :]  # below p + 8: fine as a factor
    a_hi, a_lo, g_hi, g_lo = _A >> _U32, _A & _LOW32, g >> _U32, g & _LOW32
    high = a_hi * g_hi  # below 2**58; times 2**64 = 8 (mod p)
    mid = a_hi * g_lo + a_lo * g_hi  # below 2**62; times 2**32
    low = a_lo * g_lo  # below 2**64
    total = (high << _U3) + (mid >> _U29) + ((mid & _LOW29) << _U32) + _fold(low) + _B  # below 2**63
    total = _fold(total)
    total = np.where(total >= _P, total - _P, total)
    return [int(v) for v in total.min(axis=1)]


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
