"""A learned second opinion for the quotes the rules leave without a speaker.

The rules (``attribution``) answer only when a cue names the speaker; hand rules for
the rest (a quote continuing a paragraph whose earlier sentence names the speaker, a
later quote of the same speaker, a cue that is no speech verb) came each from one or
two articles and did not carry over to new ones. This module ranks the speakers the
product already sees around such a quote, with a logistic regression over features
that say nothing of any page's words: where each candidate stands (before or after
the quote, same sentence or paragraph, distance in characters and sentences), what it
is (person, organisation, place, registry entity), what the rules know of it (it spoke
an earlier or the next quote, it is the subject a pronoun would resolve to), how often
the article names it, and what the quote's paragraph holds (a speech cue, the quote
at its start). The best candidate is given the quote when its probability reaches the
threshold chosen by cross-validation; below it the quote keeps no speaker.

Candidates: people, organisations and places named (or a title bound to a named
person, a pronoun resolved by the rules) in the quote's paragraph and the one before,
the speakers of the nearest earlier and later attributed quotes, and the subject the
rules' pronoun resolution would pick. Nothing inside a quote is a candidate.

The weights are ``model-v1.json`` beside this file (trained by ``bench/train_quotes.py``
from ``tests/quotes/gold.jsonl``), read once; no download, no pickle.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, Any

from wirestream.services.enrich.artefacts import shipped
from wirestream.services.enrich.entities.quotes.speakers import Speaker

if TYPE_CHECKING:
    from wirestream.services.enrich.entities.quotes.attribution import Attributor, Found
    from wirestream.services.enrich.entities.quotes.marks import QuoteSpan

MODEL_FILE = "model-v1.json"
FAR = 5000  # characters: the distance of a candidate not on that side of the quote
MAX_BACK = 1500  # characters before the quote the candidates are taken from (the paragraph before at most)
MAX_SENTENCES = 10
MAX_RANK = 5
REACH_PARAGRAPHS = 3  # paragraphs back (the quote's own included) whose speakers and subjects are candidates
RECENT_SPEAKERS = 3  # distinct speakers of the last attributed quotes that are candidates
MAX_EVENTS = 60
MAX_WORDS = 12
MAX_AHEAD = 600  # characters after the quote the candidates are taken from (the rest of its paragraph at most)
MAX_GAPS = 200  # quotes per article the model answers for (the gold's live blog has about 130 quotes in all)
MAX_LEAD = 400  # characters of the quote's paragraph before it that are read to see whether it opens the paragraph

FEATURES = (
    "person",
    "organisation",
    "place",
    "registry",
    "before_paragraph",
    "after_paragraph",
    "previous_paragraph",
    "before_sentence",
    "after_sentence",
    "log_chars_before",
    "log_chars_after",
    "sentences_before",
    "rank_before",
    "rank_after",
    "log_mentions_window",
    "article_share",
    "last_speaker",
    "previous_quote_speaker",
    "next_quote_speaker",
    "log_quotes_spoken",
    "spoke_in_window",
    "subject_in_window",
    "resolves_any",
    "resolves_person",
    "last_event",
    "all_governed",
    "by_title",
    "by_pronoun",
    "paragraph_cue",
    "opens_paragraph",
    "whole_paragraph",
    "rules_verb",
    "rules_blocked",
    "log_candidates",
    "previous_paragraph_colon",
    "log_quote_words",
    "last_speaker_no_cue",
    "nearest_person_before",
    "words_after",
    "words_before",
    "sentence_subject",
    "gender_match",
    "gender_clash",
    "log_quotes_spoken_all",
    "rules_pronoun",
    "unnamed_since",
)
INDEX = {name: n for n, name in enumerate(FEATURES)}

Result = tuple["QuoteSpan", Speaker | None, "Found | None"]


@dataclass
class Option:
    """One speaker a quote may have, with the features the model reads."""

    speaker: Speaker
    features: list[float] = field(default_factory=list)


@dataclass(frozen=True)
class Model:
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    coef: tuple[float, ...]
    intercept: float
    threshold: float

    def probability(self, x: list[float]) -> float:
        z = self.intercept + sum(
            c * (v - m) / s for c, v, m, s in zip(self.coef, x, self.mean, self.scale, strict=True)
        )
        return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Model:
        if tuple(data["features"]) != FEATURES:
            raise ValueError("quote ranker: the model's features are not this code's")
        return cls(
            mean=tuple(float(v) for v in data["mean"]),
            scale=tuple(float(v) or 1.0 for v in data["scale"]),
            coef=tuple(float(v) for v in data["coef"]),
            intercept=float(data["intercept"]),
            threshold=float(data["threshold"]),
        )


@cache
def model() -> Model | None:
    """The shipped model (None when the file is absent: the rules alone answer)."""
    data = shipped(__package__, MODEL_FILE)
    return None if data is None else Model.from_json(data)


def _words(att: Attributor, i: int, j: int) -> int:
    """Word tokens from token i to token j (0 when j <= i)."""
    return sum(1 for t in att.toks[i:j] if t.word)


def _log(x: float) -> float:
    return math.log1p(max(0.0, x))


def named(att: Attributor) -> dict[str, int]:
    """How often the article names each entity (by speaker key)."""
    counts: dict[str, int] = {}
    for _, entity in att.cast.mentions.values():
        key = entity.id or f"{entity.label}:{entity.name.casefold()}"
        counts[key] = counts.get(key, 0) + 1
    return counts


@dataclass
class Article:
    """What every quote's features read of the whole article, computed once: how often the article names each
    entity, and where the rules' attributed quotes are and whose they are."""

    counts: dict[str, int]
    positions: list[int]  # starts of the quotes the rules attributed, in order
    said: list[Speaker]  # their speakers
    by_key: dict[str, list[int]]  # each speaker's quote starts, in order

    @classmethod
    def of(cls, att: Attributor, results: list[Result]) -> Article:
        spoken = [(q.start, sp) for q, sp, _ in results if sp is not None]
        by_key: dict[str, list[int]] = {}
        for pos, sp in spoken:
            by_key.setdefault(sp.key, []).append(pos)
        return cls(named(att), [p for p, _ in spoken], [sp for _, sp in spoken], by_key)


def options(att: Attributor, results: list[Result], n: int, article: Article | None = None) -> list[Option]:
    """The candidate speakers of the n-th quote of ``results`` with their features (any quote, but the model
    was trained on quotes the rules left without a speaker). Each quote reads a bounded window of the text,
    so an article's quotes cost time linear in its length."""
    art = article or Article.of(att, results)
    q, _, found = results[n]
    layout = att.layout
    text = att.text
    para = layout.paragraph_index(q.start)
    own = layout.paragraphs[para]
    prev = layout.paragraphs[para - 1] if para > 0 else own
    window_start = max(prev, q.start - MAX_BACK)
    window_end = min(layout.paragraph_end(max(q.start, q.end - 1)), q.end + MAX_AHEAD)
    a, b = att.tok(window_start), att.tok(window_end)
    sent_start = layout.sentence_start(q.start)
    sent_end = min(layout.sentence_end(q.end), window_end)

    # every mention of every candidate in the window: (start, end, how)
    mentions: dict[str, list[tuple[int, int, str, bool]]] = {}
    speakers: dict[str, Speaker] = {}

    def add(sp: Speaker | None, start: int, end: int, how: str, governed: bool = False) -> None:
        if sp is None or not sp.name or sp.key.startswith("UNNAMED:"):
            return
        key = sp.key or sp.name.casefold()
        speakers.setdefault(key, sp)
        mentions.setdefault(key, []).append((start, end, how, governed))

    cands = att.cast.candidates(a, b, att.inside)
    for c in cands:
        if c.kind in ("person", "org", "inst"):
            add(c.speaker, c.start, c.end, "name", c.excluded)
        elif c.kind == "title":
            add(att.cast.resolve_title(c, c.start), c.start, c.end, "title", c.excluded)
        elif c.kind == "pronoun":
            add(att.resolve(c.start, c.gender), c.start, c.end, "pronoun", c.excluded)

    cut = bisect_left(art.positions, q.start)
    after_cut = bisect_right(art.positions, q.start)
    last = art.said[cut - 1] if cut > 0 else None
    following = art.said[after_cut] if after_cut < len(art.said) else None
    previous_quote = results[n - 1][1] if n > 0 else None
    resolved_any = att.resolve(q.start, None)
    resolved_person = att.resolve(q.start, "h")
    # who spoke or was a subject in the paragraphs a pronoun reaches, and the last few quotes' speakers
    reach = layout.paragraphs[max(0, para - REACH_PARAGRAPHS + 1)]
    k = bisect_left(att.events, q.start, key=lambda e: e.pos)
    extra = [e.speaker for e in att.events[max(0, k - MAX_EVENTS) : k] if e.pos >= reach and e.kind != "unnamed"]
    recent: list[Speaker] = []
    for said in reversed(art.said[max(0, cut - MAX_EVENTS) : cut]):
        if all(r.key != said.key for r in recent):
            recent.append(said)
        if len(recent) >= RECENT_SPEAKERS:
            break
    for other in (last, following, resolved_any, resolved_person, *extra, *recent):
        if other is not None and not other.key.startswith("UNNAMED:"):
            speakers.setdefault(other.key or other.name.casefold(), other)
            mentions.setdefault(other.key or other.name.casefold(), [])
    if not speakers:
        return []

    # what the rules saw in the window: who spoke, who was a sentence's subject, the last event before the quote
    window_events = att.events[bisect_left(att.events, window_start, key=lambda e: e.pos) : k]
    unnamed = [e.pos for e in att.events[max(0, k - MAX_EVENTS) : k] if e.kind == "unnamed" and e.pos >= reach]
    spoke = {e.speaker.key for e in window_events if e.kind == "spoke"}
    subjects = {e.speaker.key for e in window_events if e.kind == "subject"}
    last_event = window_events[-1].speaker.key if window_events else None

    counts = art.counts
    total = sum(counts.values()) or 1

    # the quote's paragraph
    cue = any(
        att._is_verb(m, att.tok(own), strong=False)
        for m in range(att.tok(max(own, window_start)), att.tok(window_end))
        if m not in att.inside
    )
    lead = text[own : q.start] if q.start - own <= MAX_LEAD else "a b c d e"
    opens = len(lead.split()) <= 4 and not lead.strip().endswith(".")
    whole = opens and len(text[q.end : window_end].split()) <= 1
    prev_colon = para > 0 and text[max(prev, own - MAX_LEAD) : own].rstrip().endswith((":", "："))
    words = len(q.text.split())

    near_before = sorted(
        speakers, key=lambda key: min((q.start - e for _, e, _, _ in mentions[key] if e <= q.start), default=FAR)
    )
    near_after = sorted(
        speakers, key=lambda key: min((s - q.end for s, _, _, _ in mentions[key] if s >= q.end), default=FAR)
    )
    people_before = [
        key
        for key in near_before
        if speakers[key].label == "PERSON" and any(e <= q.start for _, e, _, _ in mentions[key])
    ]

    # the first name-like candidate of each sentence of the window, not governed by a preposition: its subject
    subject_keys: set[str] = set()
    seen_sentences: set[int] = set()
    for c in cands:
        s = bisect_right(layout.sentences, c.start)
        if s in seen_sentences:
            continue
        seen_sentences.add(s)
        if not c.excluded and c.kind in ("person", "org", "inst") and c.speaker is not None:
            subject_keys.add(c.speaker.key or c.speaker.name.casefold())
    gender = found.gender if found is not None else None
    a_q, b_q = att.tok(q.start), att.tok(q.end)

    out = []
    for key, sp in speakers.items():
        ms = mentions[key]
        before = [m for m in ms if m[1] <= q.start]
        after = [m for m in ms if m[0] >= q.end]
        d_before = min((q.start - m[1] for m in before), default=FAR)
        d_after = min((m[0] - q.end for m in after), default=FAR)
        nearest = max((m[1] for m in before), default=None)
        sentences = (
            min(MAX_SENTENCES, bisect_right(layout.sentences, q.start) - bisect_right(layout.sentences, nearest))
            if nearest is not None
            else MAX_SENTENCES
        )
        in_before = any(m[1] <= q.start for m in before)
        x = [0.0] * len(FEATURES)
        f = dict.fromkeys(FEATURES, 0.0)
        f["person"] = float(sp.label == "PERSON")
        f["organisation"] = float(sp.label == "ORG")
        f["place"] = float(sp.label in ("GPE", "LOC", "FAC"))
        f["registry"] = float(sp.id is not None)
        f["before_paragraph"] = float(any(m[0] >= own for m in before))
        f["after_paragraph"] = float(bool(after))
        f["previous_paragraph"] = float(any(m[0] < own for m in ms))
        f["before_sentence"] = float(any(m[0] >= sent_start for m in before))
        f["after_sentence"] = float(any(m[0] < sent_end for m in after))
        f["log_chars_before"] = _log(d_before)
        f["log_chars_after"] = _log(d_after)
        f["sentences_before"] = float(sentences)
        f["rank_before"] = float(min(MAX_RANK, near_before.index(key))) if in_before else MAX_RANK
        f["rank_after"] = float(min(MAX_RANK, near_after.index(key))) if after else MAX_RANK
        f["log_mentions_window"] = _log(len(ms))
        f["article_share"] = counts.get(key, 0) / total
        f["last_speaker"] = float(last is not None and last.key == sp.key)
        f["previous_quote_speaker"] = float(previous_quote is not None and previous_quote.key == sp.key)
        f["next_quote_speaker"] = float(following is not None and following.key == sp.key)
        f["log_quotes_spoken"] = _log(bisect_left(art.by_key.get(sp.key, []), q.start))
        f["spoke_in_window"] = float(sp.key in spoke)
        f["subject_in_window"] = float(sp.key in subjects)
        f["resolves_any"] = float(resolved_any is not None and resolved_any.key == sp.key)
        f["resolves_person"] = float(resolved_person is not None and resolved_person.key == sp.key)
        f["last_event"] = float(last_event == sp.key)
        f["all_governed"] = float(bool(ms) and all(m[3] for m in ms))
        f["by_title"] = float(any(m[2] == "title" for m in ms))
        f["by_pronoun"] = float(any(m[2] == "pronoun" for m in ms))
        f["paragraph_cue"] = float(cue)
        f["opens_paragraph"] = float(opens)
        f["whole_paragraph"] = float(whole)
        f["rules_verb"] = float(found is not None and found.verb is not None)
        f["rules_blocked"] = float(found is not None and found.blocked)
        f["log_candidates"] = _log(len(speakers))
        f["previous_paragraph_colon"] = float(prev_colon)
        f["log_quote_words"] = _log(words)
        f["last_speaker_no_cue"] = f["last_speaker"] * float(not cue)
        f["nearest_person_before"] = float(bool(people_before) and people_before[0] == key)
        after_sentence = [m for m in after if m[0] < sent_end]
        before_sentence = [m for m in before if m[0] >= sent_start]
        f["words_after"] = float(
            min(MAX_WORDS, min((_words(att, b_q, att.tok(m[0])) for m in after_sentence), default=MAX_WORDS))
        )
        f["words_before"] = float(
            min(MAX_WORDS, min((_words(att, att.tok(m[1]), a_q) for m in before_sentence), default=MAX_WORDS))
        )
        f["sentence_subject"] = float(key in subject_keys)
        known = att.cast.gender(sp) if sp.label == "PERSON" else None
        f["gender_match"] = float(
            gender is not None and att._compatible(sp, gender) and (known == gender or gender in ("h", "n", "p"))
        )
        f["gender_clash"] = float(gender is not None and not att._compatible(sp, gender))
        f["log_quotes_spoken_all"] = _log(len(art.by_key.get(sp.key, [])))
        f["rules_pronoun"] = float(found is not None and found.pronoun is not None)
        # someone the article does not name ("Eine Nutzerin kommentierte …") became the subject since
        latest = max([m[1] for m in before] + [e.pos for e in window_events if e.speaker.key == sp.key], default=-1)
        f["unnamed_since"] = float(any(latest < u < q.start for u in unnamed))
        for name, value in f.items():
            x[INDEX[name]] = value
        out.append(Option(sp, x))
    return out


# A quote's second part after its reporting clause ("„…“, ließ der König seinen Sohn X wissen, „…“"): at most this
# many characters from the first part, and no sentence end between (a full stop, then a capital or an opening mark;
# "Friedrich II. wissen" is none).
SPLIT_REACH = 300
_SENTENCE_END = re.compile(r"[.!?]\s+[^\W\d_a-zß-ÿ]")


def _second_part_of_blocked(att: Attributor, q: QuoteSpan, previous: Result | None) -> bool:
    """Whether ``q`` continues, in the same sentence, a quote the rules decided has no one to name: the clause
    between them is the one the rules read, so the second part is theirs too, not a gap."""
    if previous is None or previous[2] is None or not previous[2].blocked:
        return False
    gap = att.text[previous[0].end : q.start]
    return len(gap) <= SPLIT_REACH and not _SENTENCE_END.search(gap)


def eligible(att: Attributor, q: QuoteSpan, found: Found | None, previous: Result | None = None) -> bool:
    """Whether the model may answer for a quote the rules left without a speaker. Not when the rules decided
    there is no one to name: a reporting clause whose subject is no one they could name (an institution
    phrase, a document, "heißt es", an indefinite or unnamed noun, names joined by "and"), or someone the
    article does not name became the subject since the last speaker ("Eine Nutzerin kommentierte …"), or the
    quote sits inside a sentence with no cue handing over to it (``Attributor.embedded_without_cue``), or it is
    the second part of a quote the rules decided so (``_second_part_of_blocked``). Those
    are decisions, not gaps; the model answers for the gaps (CV: the same right answers, one more wrong
    answer avoided)."""
    if (
        (found is not None and found.blocked)
        or att.embedded_without_cue(q)
        or _second_part_of_blocked(att, q, previous)
    ):
        return False
    k = bisect_left(att.events, q.start, key=lambda e: e.pos)
    para = att.layout.paragraph_index(q.start)
    reach = att.layout.paragraphs[max(0, para - 1)]
    recent = [e for e in att.events[max(0, k - MAX_EVENTS) : k] if e.pos >= reach]
    return not (recent and recent[-1].kind == "unnamed")


def _pronoun_veto(found: Found | None) -> bool:
    """Whether the rules' cue is a personal pronoun that shows a gender ("écrit-elle", "sagt sie", "он сказал"): in
    every language a candidate of the other known gender is then no candidate ("écrit-elle" is not the man the review
    named last). The gender a verb's ending or a null subject shows is weighed only, as before."""
    return found is not None and found.pronoun is not None and found.gender in ("m", "f")


def choose(opts: list[Option], m: Model, veto: bool = True) -> Speaker | None:
    """The most probable candidate when its probability reaches the model's threshold, else None. With ``veto``
    (the ``gender_veto`` trait: English; in every language when the cue is a gendered pronoun, ``_pronoun_veto``),
    a candidate whose known gender the cue contradicts ("she told Winfrey" and a man the article names Harry) is no
    candidate at all, however near: the cue's pronoun says who it is not. Elsewhere the clash is only a feature the
    model weighs: the gender read from other languages' other cues (articles, inflected verbs, null subjects) is not
    sure enough to rule a person out (it cost "Il insiste" its Rémy Buisine)."""
    best: tuple[float, Speaker] | None = None
    for o in opts:
        if veto and o.features[INDEX["gender_clash"]]:
            continue
        p = m.probability(o.features)
        if best is None or p > best[0]:
            best = (p, o.speaker)
    return best[1] if best is not None and best[0] >= m.threshold else None


def fill(att: Attributor, results: list[Result], m: Model | None = None) -> list[Result]:
    """The rules' results with a speaker for the quotes they left without one, where the model is sure enough.
    Features read the rules' answers only, so one quote's pick does not change another's. Only the first
    ``MAX_GAPS`` gaps of an article are answered (each costs well under a millisecond)."""
    m = m or model()
    if m is None:
        return results
    out = list(results)
    article = Article.of(att, results)
    gaps = 0
    for n, (q, speaker, found) in enumerate(results):
        if speaker is None and eligible(att, q, found, results[n - 1] if n else None):
            gaps += 1
            if gaps > MAX_GAPS:
                break  # a text of endless quotes is no article a reader attributes: bounded time, as the rules'
            opts = options(att, results, n, article)
            continued = att.cue_gender_before(q, results[n - 1] if n else None) if found is None else None
            if continued is not None:
                # "“No,” he said. “No. You tell me one …”": the second quote's speaker is of the first's cue's gender
                opts = [o for o in opts if att._compatible(o.speaker, continued)]
            picked = choose(opts, m, veto=att.lang.has("gender_veto") or _pronoun_veto(found))
            if picked is not None:
                out[n] = (q, picked, found)
    return out
