"""A language's two alphabets, letter for letter: what geo.py reads to find a place written in the other script, and
what a language module reads to write its words in both (Serbian's Latin and Cyrillic)."""

from __future__ import annotations


def transliterated(word: str, letters: dict[str, str]) -> str:
    """``word`` in the other alphabet of a pair (``letters``: Latin to Cyrillic, read both ways; two Latin letters
    for one Cyrillic first): "Vašington" is Вашингтон, "Љубљана" Ljubljana. Letters in neither stay."""
    both = {**letters, **{cyrillic: latin for latin, cyrillic in letters.items()}}
    out, i = [], 0
    while i < len(word):
        for size in (2, 1):
            piece = word[i : i + size]
            other = both.get(piece.casefold())
            if other is not None and len(piece) == size:
                out.append(other.capitalize() if piece[:1].isupper() else other)
                i += size
                break
        else:
            out.append(word[i])
            i += 1
    return "".join(out)
