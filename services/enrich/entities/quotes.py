"""Direct quotes and who said them. Pure functions over the text and its entities.

A quote is text between quotation marks (straight, curly, « », „ “, 「 」) of at
least four words (or twelve characters in Chinese). Its speaker is found in the
attribution next to it:

* after it: ``“…,” Peskov said`` / ``“…,” said Dmitry Peskov`` / ``», — сказал Песков``;
* before it, in the same sentence: ``Peskov said: “…”`` / ``Blinken said Washington
  would "…"`` / ``Песков заявил: «…»``;
* a pronoun ("he said") names the last person mentioned before the quote.

A quote split around its attribution (``“A,” he said. “B.”``) is one quote: the
second part takes the first part's speaker. The speaker is the canonical entity
(person, or the organisation a statement came from), so every spelling resolves
to one name and id.
"""

from __future__ import annotations

import re

from wirestream.contracts import Entity, Quote

_QUOTES = re.compile(r"“([^”]+)”|\"([^\"\n]+)\"|«([^»]+)»|„([^“”\"]+)[“”\"]|「([^」]+)」|‘([^’]{20,})’(?!\w)")
VERBS = (
    r"said|says|told|tells|added|adds|stated|wrote|writes|asked|warned|noted|insisted|declared|explained|"
    r"continued|replied|claimed|tweeted|posted|argued|recalled|stressed|emphasised|emphasized|admitted|"
    r"сказал|сказала|заявил|заявила|отметил|отметила|добавил|добавила|подчеркнул|сообщил|сообщила|написал|"
    r"сказав|сказала|заявив|заявила|зазначив|додав|наголосив|повідомив|"
    r"dijo|afirmó|declaró|añadió|aseguró|señaló|"
    r"a déclaré|a dit|a affirmé|a ajouté|a assuré|a souligné|déclare|affirme|"
    r"sagte|erklärte|betonte|fügte hinzu|sagt|"
    r"ha detto|ha dichiarato|ha aggiunto|"
    r"dedi|söyledi|açıkladı|ifade etti|"
    r"kata|ujar|ungkap|katanya|jelas|"
    r"说|表示|指出"
)
_VERB = re.compile(rf"(?<!\w)(?:{VERBS})(?!\w)", re.I)
_PRONOUN = re.compile(r"(?<!\w)(?:he|she|они|он|она|він|вона|er|sie|il|elle|él|ella|lui|lei|dia|o|他|她)(?!\w)", re.I)
_SPEAKER_KINDS = {"PERSON", "ORG", "GPE", "FAC"}
WINDOW = 90  # characters around a quote searched for its attribution


def _min_size(text: str) -> bool:
    if re.search(r"[\u3400-\u9fff]", text):
        return len(text) >= 12
    return len(text.split()) >= 4


def _mentions(entities: list[Entity]) -> list[tuple[int, int, Entity]]:
    spans = [(m.start, m.end, e) for e in entities if e.label in _SPEAKER_KINDS for m in e.mentions]
    return sorted(spans, key=lambda s: s[0])


def _surnames(text: str, start: int, end: int, spans: list[tuple[int, int, Entity]]) -> list[tuple[int, int, Entity]]:
    """A person's surname the model did not tag here ("Cleverly told reporters"), found by its spelling."""
    people = {s[2].name.split()[-1]: s[2] for s in spans if s[2].label == "PERSON" and len(s[2].name.split()) > 1}
    found = []
    for word in re.finditer(r"\b[A-Z][\w'’-]+", text[start:end]):
        person = people.get(word.group(0))
        if person is not None:
            found.append((start + word.start(), start + word.end(), person))
    return found


def _attribution_after(
    text: str, end: int, spans: list[tuple[int, int, Entity]]
) -> tuple[Entity | None, str | None, bool]:
    """Speaker and verb in the words right after a quote; the bool says a pronoun stood for the speaker."""
    stop = re.search(r"(?<![A-Z])[.!?。](?:\s|$)|[“\"«„「\n]", text[end : end + WINDOW])
    window_end = end + (stop.start() + 1 if stop else WINDOW)
    verb = _VERB.search(text, end, window_end)
    if verb is None:
        return None, None, False
    near = [s for s in spans if end <= s[0] < window_end]
    people = [s for s in near if s[2].label == "PERSON"] or _surnames(text, end, window_end, spans)
    pronoun = _PRONOUN.search(text, end, window_end)
    if people or (near and not (pronoun and pronoun.start() < near[0][0])):
        speaker = min(people or near, key=lambda s: abs(s[0] - verb.start()))
        return speaker[2], verb.group(0), False
    if pronoun:
        return None, verb.group(0), True
    return None, verb.group(0), False


def _attribution_before(
    text: str, start: int, spans: list[tuple[int, int, Entity]]
) -> tuple[Entity | None, str | None]:
    """``Peskov said: “…”``, ``Blinken said Washington would "…"``: speaker and verb earlier in the sentence."""
    lead = text[max(0, start - 2 * WINDOW) : start]
    cut = max(lead.rfind(". "), lead.rfind("\n"), lead.rfind("” "), lead.rfind("» "), lead.rfind('" '))
    begin = start - len(lead) + cut + 1
    verbs = list(_VERB.finditer(text, begin, start))
    if not verbs:
        return None, None
    verb = verbs[-1]
    near = [s for s in spans if begin <= s[0] < verb.start()]
    people = [s for s in near if s[2].label == "PERSON"] or _surnames(text, begin, verb.start(), spans)
    chosen = (people or near)[-1][2] if (people or near) else None
    return chosen, verb.group(0)


def find_quotes(text: str, entities: list[Entity], language: str | None = None) -> list[Quote]:
    spans = _mentions(entities)
    people = [s for s in spans if s[2].label == "PERSON"]
    quotes: list[Quote] = []
    previous: Quote | None = None
    for m in _QUOTES.finditer(text):
        body = next(g for g in m.groups() if g is not None).strip()
        if not _min_size(body):
            continue
        speaker, verb, pronoun = _attribution_after(text, m.end(), spans)
        if speaker is None and verb is None:
            speaker, verb = _attribution_before(text, m.start(), spans)
        if pronoun:
            before = [s for s in people if s[1] <= m.start()]
            speaker = before[-1][2] if before else None
        quote = Quote(
            text=body,
            speaker=speaker.name if speaker else None,
            speaker_id=speaker.id if speaker else None,
            verb=verb,
            start=m.start(),
            end=m.end(),
        )
        # The second half of a quote split around its attribution: “A,” he said. “B.”
        if previous is not None and previous.speaker and quote.verb is None:
            between = text[previous.end : m.start()]
            others = [sp for sp in people if previous.end <= sp[0] < m.start() and sp[2].name != previous.speaker]
            if len(between) <= WINDOW and _VERB.search(between) and not others:
                quote = quote.model_copy(update={"speaker": previous.speaker, "speaker_id": previous.speaker_id})
        quotes.append(quote)
        previous = quote
    return quotes
