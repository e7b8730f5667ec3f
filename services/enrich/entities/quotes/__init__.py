"""Direct quotes and who said them. Pure functions over the text, its entities and (optionally) its parse.

``find_quotes(text, entities, language, doc=None)`` is what entity-enrich calls. The
parts, each its own module:

* ``marks``: quotation marks paired in one linear pass, mixed and multi-paragraph
  quotes included;
* ``text``: tokens, and sentences that know abbreviations ("Mr.", "U.S.");
* ``lexicon`` / ``language``: speech verbs (lemmas), pronouns, titles and
  institutions per language;
* ``speakers``: the noun phrases that may be the speaker, and what they stand for
  (entities, names the recogniser missed, title phrases bound to names);
* ``attribution``: the rules that pick the speaker of each quote.

A quote is text between quotation marks of at least four words (twelve characters
in Chinese and Japanese). Its speaker is the canonical entity when the article's
entities include it (``speaker_id`` set), else the name or institution as the article
gives it; ``speaker_label`` says what it is (PERSON, ORG, GPE, FAC, LOC). When the
attribution cannot be resolved the speaker is None, never a guess.
"""

from __future__ import annotations

import re
from typing import Any

from services.enrich.entities.quotes.attribution import Attributor, Found
from services.enrich.entities.quotes.language import for_text
from services.enrich.entities.quotes.marks import QuoteSpan, scan
from services.enrich.entities.quotes.speakers import Speaker
from wirestream.contracts import Entity, Quote

__all__ = ["find_quotes"]

_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
_WORDS = re.compile(r"\w+")


def _big_enough(body: str) -> bool:
    if _CJK.search(body):
        return len(body) >= 12
    return sum(1 for _ in _WORDS.finditer(body[:400])) >= 4


def find_quotes(text: str, entities: list[Entity], language: str | None = None, doc: Any = None) -> list[Quote]:
    """Direct quotes of at least four words, each with its speaker when the text says who it is.

    ``doc`` is the spaCy ``Doc`` entity-enrich made of the same text, if any; it is
    accepted so callers can pass it, and used when it carries a dependency parse.
    """
    spans = scan(text)
    if not spans:
        return []
    lang = for_text(language, text)
    att = Attributor(text, entities, lang, spans, doc)
    kept = [q for q in spans if _big_enough(q.text)]
    quotes: list[Quote] = []
    previous: tuple[QuoteSpan, Speaker | None, Found | None] | None = None
    for n, q in enumerate(kept):
        following = kept[n + 1].start if n + 1 < len(kept) else len(text)
        floor = previous[0].end if previous else 0
        found = att.after(q, following)
        if found is None or not found.decided:
            before = att.before(q, floor)
            if before is not None and (before.decided or found is None):
                found = before
        speaker: Speaker | None = None
        if found is not None:
            if found.speaker is not None:
                speaker = found.speaker
            elif found.pronoun is not None:
                speaker = att.resolve(q.start, found.gender)
            elif found.implicit and not found.blocked:
                if lang.verb_final:
                    near = att.nearest_before(q, floor)
                    if near is not None and near.speaker is not None:
                        speaker = near.speaker
                    elif near is not None and near.pronoun is not None:
                        speaker = att.resolve(q.start, near.gender)
                if speaker is None and lang.pro_drop:
                    speaker = att.resolve(q.start, found.gender)
        elif previous is not None:
            speaker = _continued(att, text, q, previous)
        if speaker is not None:
            att.spoke(q.start, speaker)
        quotes.append(
            Quote(
                text=q.text,
                speaker=speaker.name if speaker else None,
                speaker_id=speaker.id if speaker else None,
                speaker_label=speaker.label if speaker else None,
                verb=found.verb if found else None,
                start=q.start,
                end=q.end,
            )
        )
        previous = (q, speaker, found)
    return quotes


def _continued(att: Attributor, text: str, q: QuoteSpan, previous: tuple[QuoteSpan, Speaker | None, Found | None]):
    """A quote with no attribution of its own goes on with the previous speaker, if nobody else came between."""
    p, speaker, _ = previous
    if speaker is None:
        return None
    layout = att.layout
    pq, qq = layout.paragraph_index(p.end - 1), layout.paragraph_index(q.start)
    if qq - pq > 1:
        return None
    if qq == pq + 1 and text[layout.paragraph_start(q.start) : q.start].strip():
        return None  # the quote is not the start of the next paragraph
    between = att.cast.candidates(att.tok(p.end), att.tok(q.start), att.inside)
    for c in between:
        if (
            not c.excluded
            and c.kind in ("person", "org", "inst", "title")
            and (c.speaker is None or c.speaker.key != speaker.key)
        ):
            return None
    return speaker
