"""The attribution of each quote: the clause after it, the clause before it, then the discourse.

For each quote, in order:

1. the clause right after it, when it starts the attribution (``“…,” Peskov said``,
   ``“…,” said Peskov``, ``», — заявил Песков``, ``“…”，他说``): the subject before
   the speech verb, else (a verb that does not take an addressee) the noun phrase after it;
2. else the clause before it in its sentence (``Peskov said: “…”``, ``According to
   the Kremlin, “…”``, ``Blinken said Washington would “…”``): the subject of the
   speech verb nearest the quote;
3. a verb with no subject: the speaker before the quote in verb-final languages
   (``Peskov, “…” dedi``), an implied subject in pro-drop ones (``“…”, dijo``);
4. no attribution at all: the speaker of the quote it continues (``“A,” he said.
   “B.”``, a paragraph that is only a quote after one that was attributed, or a
   paragraph ending in ``said:``).

A pronoun, and a subject left implied, resolve to the last compatible subject that
spoke or was introduced within three paragraphs (gender and number where the language
shows it); a title phrase to the person the article named with it. What cannot be
resolved gives no speaker: a wrong name is worse than none.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from wirestream.contracts import Entity
from wirestream.services.enrich import languages
from wirestream.services.enrich.entities.name_data import given_name_gender
from wirestream.services.enrich.entities.quotes.language import Lang, known_word, nation_adjective
from wirestream.services.enrich.entities.quotes.marks import QuoteSpan
from wirestream.services.enrich.entities.quotes.speakers import (
    _CONJUNCTIONS,
    _OF_WORDS,
    Cand,
    Cast,
    Speaker,
    _entity_speaker,
    _standalone_body_name,
)
from wirestream.services.enrich.entities.quotes.text import Layout, Token, tokens

_LEADING = set(",;:—–-…([")
_ASIDES = set("([")  # brackets opening right after a quote: an aside, not its attribution
# Function words are each language's (``QUOTES`` in services/enrich/languages/<code>.py, keys in lexicon.py):
# a set checked whatever the article's language is the union of every language's, a table is by language.
_DETERMINERS = languages.union("QUOTES", "determiners")
SPOKESPERSON = languages.union("QUOTES", "spokesperson")
_TITLE_ARTICLES = languages.union("QUOTES", "title_articles")
# Definite articles, by language: "el mandatario" is someone the article named; "un integrante" is not.
# English is left out: "the official" there is mostly an unnamed source.
DEFINITE: dict[str, set[str]] = languages.by_language("QUOTES", "definite")
# Words after which a verb-like word is a noun: "the report", "der Bericht", "un communiqué".
NOUN_MARKERS: dict[str, set[str]] = languages.by_language("QUOTES", "noun_markers")
ARTICLE_GENDER: dict[str, dict[str, str | None]] = languages.by_language("QUOTES", "article_gender")
MAX_AFTER = 40  # tokens of the clause after a quote searched for its attribution
MAX_VERB_AFTER = 24  # words: the verb of an attribution after a quote comes early
WINDOW_PARAGRAPHS = 3  # how far back a pronoun looks for its subject
CLAUSE_STARTS = languages.union("QUOTES", "clause_starts")
# Words that open a subordinate clause: the subject of an inverted speech verb comes before them
# ("explicaron a Clarín … mientras el Presidente seguía en La Pampa": not the President).
SUBORDINATORS = languages.union("QUOTES", "subordinators")
# Words that open a reported clause: after "añadió que", "said that", "sagte, dass" comes what was said,
# so a name there is not the inverted subject of the verb ("añadió que … los residentes de Gaza, “…”").
COMPLEMENTISERS = languages.union("QUOTES", "complementisers")
_KONJUNKTIV: dict[str, set[str]] = languages.by_language("QUOTES", "konjunktiv")  # German's, read for German only
_REFLEXIVES = languages.union("QUOTES", "reflexives")
_OF = languages.union("QUOTES", "of")
# Reflexive clitics that may stand between a quote's comma and the verb of its reporting clause ("…», se defendió").
_REFLEXIVE_CLITICS = languages.union("QUOTES", "reflexive_clitics")
# Cues that introduce the speaker only right after a quote, first in its clause ("„…“, so Peskow"): elsewhere
# "so" is "so", "para" is "for" and "kata" is "word".
_CUES_AT_START = languages.union("QUOTES", "cues_at_start")
# Cues never read before a quote: those above and the ones that are also verbs there ("tulis", "lanjut").
_NOT_CUES_BEFORE = _CUES_AT_START | languages.union("QUOTES", "cues_after_quote")
# Verbs of citing: the person cited follows them ("quoted Peskov as saying", "процитировал Пескова").
_CITING = languages.union("QUOTES", "citing")
# The word between a citing verb and its participle ("quoted Peskov as saying").
_QUOTED_AS = languages.union("QUOTES", "quoted_as")
# Possessive endings written as a token of their own ("the ministry's claim"): what comes before is no subject.
_POSSESSIVE = languages.union("QUOTES", "possessive")
# Prepositions of the body a plural speech verb with no subject names ("сообщили в Минобороны").
_IMPERSONAL_IN = languages.union("QUOTES", "impersonal_in")
# The marks that open and close an apposition between a name and its verb ("X, …, sagt", "X – …  – sagt").
_APPOSITION_MARKS = frozenset({",", "–", "—"})
# Lower-case particles inside a person's name ("Ursula von der Leyen"): the speakers' lexicon (name_particles), less
# what the article's language writes as a word of its own (not_name_particles: Spanish "al").
_NAME_PARTICLES = languages.union("QUOTES", "name_particles")
_NOT_NAME_PARTICLES: dict[str, set[str]] = languages.by_language("QUOTES", "not_name_particles")
# Relative pronouns that a dependency parse gives as a verb's subject ("X, who …, said"): the antecedent speaks.
_PARSED_RELATIVES = languages.union("QUOTES", "parsed_relatives")
# Subject pronouns written after a hyphen on an inverted verb ("explique-t-il"), longest first.
_HYPHEN_PRONOUNS = tuple(s for data in languages.table("QUOTES").values() for s in data.get("hyphen_pronouns", ()))
UNNAMED = "UNNAMED:"  # key prefix of the placeholder for a subject the article does not name ("Der Mann")
MAX_EVENTS = 60  # subjects looked at by a pronoun (a pasted text of one endless paragraph stays linear)
MAX_CONTINUED = 3000  # characters back a quote with no attribution looks for the speaker it continues
_ISSUED_HEADS = languages.union("QUOTES", "document_heads")
# Turkish "açıklamada": a statement's locative, with the stem its introduction starts with ("bir açıklama yaptı")
_STATEMENT_LOCATIVES: dict[str, dict[str, str]] = languages.by_language("QUOTES", "statement_locatives")
_BODY_LABELS = ("ORG", "FAC", "GPE")  # a body issuing a statement: an organisation, a seat ("the Kremlin"), a state
MAX_SIGNATURE = 20  # tokens of a signature after a dash, or of a reporting clause closing a sentence
MAX_ISSUER_GAP = 3  # words between an issuer's name and its verb ("The company flat-out denied … in a statement")
_NON_SPACE = re.compile(r"\S+")  # what str.split() splits out
_WORDS = re.compile(r"\w+")


def _last_visible(text: str, start: int, end: int) -> str:
    """The last character of ``text[start:end]`` that is not whitespace ("" if none), found by stepping back
    over the whitespace only: slicing ``text[start:end].rstrip()`` copies the whole stretch for every quote,
    and a sentence or paragraph that never ends ("“…,” said “…,” said …") makes that quadratic."""
    i = end
    while i > start and text[i - 1].isspace():
        i -= 1
    return text[i - 1] if i > start else ""


def _words_at_most(text: str, start: int, end: int, limit: int) -> bool:
    """``len(text[start:end].split()) <= limit``, reading no more than ``limit + 1`` words of it."""
    return sum(1 for _ in itertools.islice(_NON_SPACE.finditer(text, start, end), limit + 1)) <= limit


def _words_over(toks: list[Token], i: int, j: int, limit: int) -> bool:
    """Whether ``toks[i:j]`` holds more than ``limit`` words, reading no further than the word after the
    ``limit``-th: counting them all (a sentence that never ends) made each quote read the text to its end."""
    count = 0
    for k in range(i, min(j, len(toks))):
        if toks[k].word:
            count += 1
            if count > limit:
                return True
    return False


def _introduces(between: list[str]) -> bool:
    """Whether the words from a speech verb to the next quote end in a colon within one sentence."""
    return (
        len(between) > 1
        and between[-1] in (":", "：")
        and not any(t in (".", "!", "?", "。", "！", "？") for t in between[:-1])
        and len(between) <= MAX_AFTER
    )


@dataclass
class Found:
    verb: str | None = None
    speaker: Speaker | None = None
    pronoun: Cand | None = None
    implicit: bool = False  # a verb with no subject
    gender: str | None = None  # what the verb or pronoun says of the speaker
    blocked: bool = False  # the subject is someone the article does not name
    how: str = ""

    @property
    def decided(self) -> bool:
        return self.speaker is not None or self.pronoun is not None or self.blocked


@dataclass
class _Event:
    pos: int
    speaker: Speaker
    kind: str  # subject, spoke, unnamed (a subject the article does not name: a placeholder)

    def __lt__(self, other: _Event) -> bool:
        return self.pos < other.pos


class Attributor:
    def __init__(self, text: str, entities: list[Entity], lang: Lang, spans: list[QuoteSpan], doc: Any = None) -> None:
        self.text = text
        self.lang = lang
        self.spans = spans
        self.span_starts = [q.start for q in spans]
        self.toks = tokens(text)
        self.starts = [t.start for t in self.toks]
        self.layout = Layout(text, spans, lang.abbreviations)
        self.cast = Cast(text, self.toks, entities, lang)
        self._text_bodies: set[str] = set()  # (_body_in_paragraph) the keys of bodies read from the text
        self.inside: set[int] = set()
        for q in spans:
            self.inside.update(range(self.tok(q.body_start), self.tok(q.body_end)))
        # (bodies_in_text) the bodies the recogniser read in that shape ("die Deutsche Post"): read as the paragraph
        # scan reads them, in their own paragraph only
        self._read_bodies = self._adjective_bodies()
        self._text_bodies.update(_entity_speaker(e).key for e in self._read_bodies.values())
        self.events: list[_Event] = []
        self._said_at: dict[str, list[int]] = {}  # each speaker's event positions, sorted (for _unknown_since)
        self.unknown: list[int] = []  # where the quotes that got no speaker start, sorted
        self._konjunktiv_upto: list[int] | None = None  # (_reported) running count of Konjunktiv I words by token
        self._particles = frozenset(_NAME_PARTICLES - _NOT_NAME_PARTICLES.get(lang.code, set()))
        self.doc = doc
        self._cast_people: list[tuple[Speaker, list[int]]] | None = None  # (_protagonist) the one, if any

    def tok(self, pos: int) -> int:
        return bisect_left(self.starts, pos)

    def _add(self, event: _Event) -> None:
        """An event in text order, also indexed by its speaker's key: ``_unknown_since`` asks about one speaker
        per quote, and scanning every event for it made an article of many quotes quadratic."""
        insort(self.events, event)
        insort(self._said_at.setdefault(event.speaker.key, []), event.pos)

    def _events_before(self, pos: int) -> list[_Event]:
        """The last ``MAX_EVENTS`` subjects before ``pos``, in text order: all any look-back reads (bounded)."""
        k = bisect_left(self.events, _Event(pos, None, ""))  # type: ignore[arg-type]
        return self.events[max(0, k - MAX_EVENTS) : k]

    def _view_start(self, pos: int) -> int:
        """Where the paragraphs a pronoun looks back over begin: the ``WINDOW_PARAGRAPHS`` paragraphs ending with
        the one ``pos`` is in."""
        return self.layout.paragraphs[max(0, self.layout.paragraph_index(pos) - WINDOW_PARAGRAPHS + 1)]

    # --- one pass in reading order: sentences introduce subjects, quotes get their speakers -----

    def run(self, kept: list[QuoteSpan]) -> list[tuple[QuoteSpan, Speaker | None, Found | None]]:
        """Each quote with its speaker, sentences and quotes taken in reading order."""
        items: list[tuple[int, int, Any]] = []
        # Only sentences a pronoun or a continued quote can reach matter (titles are bound anywhere, by candidates)
        near: set[int] = set()
        for q in kept:
            para = self.layout.paragraph_index(q.start)
            near.update(range(max(0, para - WINDOW_PARAGRAPHS), self.layout.paragraph_index(q.end - 1) + 1))
        bounds = [0, *self.layout.sentences, len(self.text)]
        for a, b in itertools.pairwise(bounds):
            for pa, pb in self._split_paragraphs(a, b):
                if self.layout.paragraph_index(pa) in near:
                    items.append((pa, 0, (pa, pb)))
                else:
                    self._titles(pa, pb)
        items.extend((q.start, 1, n) for n, q in enumerate(kept))
        items.sort(key=lambda item: (item[0], item[1]))
        out: list[tuple[QuoteSpan, Speaker | None, Found | None]] = []
        for _, kind, what in items:
            if kind == 0:
                self._sentence(*what)
                continue
            q = kept[what]
            following = kept[what + 1].start if what + 1 < len(kept) else len(self.text)
            floor = kept[what - 1].end if what else 0
            found, speaker = self._attribute(q, following, floor)
            if speaker is not None:
                self.spoke(q.start, speaker)
            else:
                insort(self.unknown, q.start)
                if found is not None and found.blocked and found.how == "unnamed":
                    # "dijo un alto cargo. Y remató: …": someone the article does not name spoke last, so a later
                    # verb with no subject is theirs, not the last named person's (rules and ranker alike)
                    self._add(
                        _Event(q.start, Speaker(name="", id=None, label="PERSON", key=f"{UNNAMED}{q.start}"), "unnamed")
                    )
            out.append((q, speaker, found))
        return out

    def _attribute(self, q: QuoteSpan, following: int, floor: int) -> tuple[Found | None, Speaker | None]:
        source = self._source_clause(q)
        if source is not None:
            return source, source.speaker
        found = self.after(q, following)
        if found is not None and found.implicit and not found.decided:
            found = self._stated_in(q, found) or found
        if found is not None and found.decided and self._handed_over_and_closed(q):
            # "Peskov said: “We will not respond.” Ukraine denied it.": a quote a colon hands over and that ends its own
            # sentence is the colon clause's; the next sentence (its subject, its verb) does not attribute it
            before = self.before(q, floor)
            if before is not None and before.decided:
                found = before
        if found is None or not found.decided:
            before = self.before(q, floor)
            if before is not None and (before.decided or found is None):
                found = before
        if found is None or not found.decided:
            extra = (
                self.incise(q)
                or self.next_sentence(q, following)
                or self._sentence_final(q, following)
                or self._reported_closing(q, following)
                or self._dash_signature(q, following)
            )
            if extra is not None and extra.decided:
                found = extra
        own_pronoun = (
            found is not None
            and found.pronoun is not None
            and q.end <= found.pronoun.start
            and not self._narrator_in(q.end, found.pronoun.start)
        )  # "„…“ schlägt er vor, als ich …": the cue's subject comes before the narrator's clause
        unsettled = found is None or (found.speaker is None and not own_pronoun and not found.blocked)
        if unsettled and self._narrator_cue(q, floor):
            # "sage ich", "Ich schlucke: „…“", "als ich antworte: „…“": the narrator speaks, whom the article does not
            # name; not the last person named (rules and ranker alike). Not over a cue's own subject pronoun written
            # before the narrator ("„…“ schlägt er vor, als ich …": he speaks, the narrator is in the clause after)
            return Found(blocked=True, how="narrator"), None
        if found is None:
            unread = self._unread_attribution(q, following)
            if unread is not None:
                # "“…”, se desligan en Casa de Gobierno", "„…“ – podsumowuje publicysta": a reporting clause whose
                # verb is not in the lexicon; its subject, if it names one at once, else nobody (not the last speaker)
                found = self._after_verb(unread + 1, min(unread + 6, len(self.toks)), q.start)
                if found is not None and found.speaker is not None:
                    found.how = "unread verb"
                    return found, found.speaker
                issued = self._issued_in(unread, self.tok(min(following, self.layout.sentence_end(q.end))))
                if issued is not None and issued.speaker is not None:
                    issued.verb = self.toks[unread].text
                    return issued, issued.speaker  # "“…”, si legge nella nota": the note's issuer
                # a decision, not a gap: the clause's subject is no one the rules could name, so the ranker
                # must not hand the quote to the last person named either (``rank.eligible``)
                return Found(blocked=True, how="unread verb"), None
            answer = self._interview_answer(q)
            if answer is not None:
                return Found(speaker=answer, how="interview"), answer
            continued = self.continued(q)
            if continued is None and self._narrator_in(self._continue_start(q), q.start):
                # the narrator acts since the last speaker ("Ich schüttle den Kopf. „…“"): a dialogue's turn may be
                # theirs; a decision, not a gap the ranker fills with the last person named
                return Found(blocked=True, how="narrator"), None
            return None, continued
        if found.speaker is not None:
            return found, found.speaker
        if found.pronoun is not None:
            if self._formal_you(found.pronoun):
                return found, self._addressee()
            return found, self.resolve(q.start, found.gender)
        if found.implicit and not found.blocked:
            if self.lang.verb_final:
                near = self.nearest_before(q, floor)
                if near is not None and near.speaker is not None:
                    return found, near.speaker
                if near is not None and near.pronoun is not None:
                    return found, self.resolve(q.start, near.gender)
            if self.lang.pro_drop and found.gender == "p":
                # "Al respecto, agregaron que …": a plural left-out subject is a group the clause does not name
                # (the right-wing members, the sources); the last organisation named is a guess
                return found, None
            if self.lang.pro_drop:
                # a subject left out is a person unless the verb is plural ("dijo", "сказала"; "сообщили");
                # not someone further back than a quote whose speaker is unknown ("“…”, dijo el secretario
                # general de La Cámpora. Y remató: “…”": the same unknown speaker, not the one before)
                speaker = self.resolve(q.start, found.gender or "h")
                if speaker is not None and self._unknown_since(speaker, q.start):
                    return found, None
                return found, speaker
        return found, None

    def _handed_over_and_closed(self, q: QuoteSpan) -> bool:
        """Whether a colon hands over to the quote (``said: “…``) and its words end their own sentence (``….”``)."""
        closed = q.text.rstrip().endswith((".", "!", "?", "…", "。", "！", "？", "．"))
        return closed and _last_visible(self.text, 0, q.start) in (":", "：")

    def _titles(self, pa: int, pb: int) -> None:
        """Far from any quote, only the titles bound to names matter ("Kremlin spokesman Dmitry Peskov")."""
        i, j = self.tok(pa), self.tok(pb)
        k = i
        while k < j:
            t = self.toks[k]
            if t.word and k not in self.inside and self.lang.title_gender(t.text)[0]:
                self.cast.candidates(max(i, k - 6), min(j, k + 8), self.inside)
                k += 8
            k += 1

    def _sentence(self, pa: int, pb: int) -> None:
        """A sentence's subject (introduced) and the subjects of its speech verbs (who spoke)."""
        i, j = self.tok(pa), self.tok(pb)
        if i >= j:
            return
        cands = self.cast.candidates(i, j, self.inside)
        self._unnamed_subject(i, j, cands)
        if not cands:
            return
        subject = self._subject(cands, i)
        if subject is not None:
            speaker = subject.speaker
            if subject.kind == "pronoun":
                speaker = self.resolve(subject.start, subject.gender)
            if speaker is not None:
                self._add(_Event(subject.start, speaker, "subject"))
        self._cued(i, j)
        self._stance(i, j, cands)
        ends = [c.j for c in cands]
        starts = [c.i for c in cands]
        for k in range(i, j):
            if k in self.inside or not self._is_verb(k, i):
                continue
            inverted = self._inverted_subject(cands, starts, k, j)
            if inverted is not None:
                # "…, müsse er deshalb umsteigen, berichtet de Decker.": the reporting clause's subject spoke; a weak
                # verb too, closing the sentence so ("…, schlussfolgert Patrick Breyer.", "…, glaubt Berg.")
                self._add(_Event(inverted.start, inverted.speaker, "spoke"))  # type: ignore[arg-type]
                continue
            if not self._is_verb(k, i, strong=True):
                continue
            last = bisect_right(ends, k) - 1  # the last candidate ending before the verb
            n = self._before_apposition(cands, last, k)
            if n == last and (
                n < 0
                or k - cands[n].j > 3
                or not (
                    all(t.low in self.lang.skip or t.low in _REFLEXIVES for t in self.toks[cands[n].j : k])
                    or self._closed_apposition(cands[n], k)
                )
            ):
                continue  # "wie X sich ausdrückte", "X se mostró": a reflexive may stand between
            c = cands[n]
            if c.excluded or c.kind in ("relative", "inst"):
                continue
            if c.kind == "title":
                # "O governador reforçou que …:" after "O governador Wilson Witzel": the person the title is bound to;
                # "Swift's rep told …": an unnamed spokesperson speaks for whom the title is of
                speaker = self.cast.resolve_title(c, c.start) or (c.of if c.head in SPOKESPERSON else None)
            else:
                speaker = self.resolve(c.start, c.gender) if c.kind == "pronoun" else c.speaker
            if speaker is not None:
                self._add(_Event(c.start, speaker, "spoke"))
                self.cast.note_gender(speaker.key, self.lang.gender_of_verb(self.toks[k].text))

    def _closing_cue(self, k: int, n: int, b: int) -> bool:
        """A cue read only after a quote that closes a clause of its own right before one ("… sei völlig
        unangemessen, so Precht: „…“"): after a comma, a short name, then a colon or the quote."""
        toks = self.toks
        if toks[k].low not in _CUES_AT_START or k == 0 or toks[k - 1].text != "," or b - (k + n) > 5:
            return False  # (a bounded look: a sentence of endless ", so" costs no more than one)
        rest = toks[k + n : b]
        if rest and rest[-1].text in (":", "：", ","):
            rest = rest[:-1]
        return 0 < len(rest) <= 4 and all(t.word and t.capitalised for t in rest)

    def _person_noun_after(self, a: int, b: int) -> bool:
        """Whether the noun after an article at a-1 names a person ("el teniente", "die Nutzerin"), an adjective
        or two between allowed; not "sagt der Volksmund", "dijo el comunicado": no one the article introduced."""
        toks = self.toks
        for m in range(a, min(b, a + 3)):
            if not toks[m].word:
                return False
            if self.lang.person_noun(toks[m].text)[0]:
                return True
            if toks[m].capitalised:
                return False  # a name, or (where every noun is capitalised) a noun that is no person noun
        return False

    def _epicene_after(self, a: int, b: int) -> bool:
        """Whether the person noun after an article at a-1 is one of either sex whatever its grammatical gender
        (a ``person_nouns`` entry of no gender: "der Promi", "der Star", "die Person")."""
        for m in range(a, min(b, a + 3)):
            t = self.toks[m]
            if not t.word:
                return False
            is_noun, gender = self.lang.person_noun(t.text)
            if is_noun:
                return gender is None and not self.lang.title_gender(t.text)[0]
            if t.capitalised:
                return False
        return False

    def _unnamed_subject(self, i: int, j: int, cands: list[Cand]) -> None:
        """A sentence whose subject is someone the article does not name: an article and a person noun first in
        it ("Der Mann veröffentlicht …", "Una fuente de la Comisión señala …", "A witness said …"), no name
        right after; with a definite article, not a title (those are roles of named people: "Der 24-Jährige"). A pronoun or a quote further on may be theirs, so it does not reach back past them to an
        earlier name ("Er sagt …" is the man, not the expert quoted before him): a placeholder stands there."""
        toks = self.toks
        k = i
        while k < j and (not toks[k].word or toks[k].low in CLAUSE_STARTS):
            k += 1
        articles = self.lang.words("definite") | self.lang.words("indefinite")
        if k >= j or k in self.inside or toks[k].low not in articles:
            return
        n = k + 1
        while (
            n < min(j, k + 3)
            and toks[n].word
            and not toks[n].capitalised
            and not self.lang.person_noun(toks[n].text)[0]
        ):
            n += 1  # adjectives: "ein anonymer Nutzer", "una fuente"
        if n >= j or not toks[n].word:
            return
        noun, gender = self.lang.person_noun(toks[n].text)
        if not noun:
            return
        if toks[k].low not in self.lang.words("indefinite") and self.lang.title_gender(toks[n].text)[0]:
            return  # "Der 24-Jährige:", "La secretaria de Estado": a role the article gave someone it named
        if any(c.i <= n + 3 and c.j > n and c.kind in ("person", "org", "inst", "pronoun") for c in cands):
            return  # "Der Aktivist Antonio Gutierrez", "el ministro, Juan Pérez,": named
        title = next((c for c in cands if c.i <= n < c.j and c.kind == "title"), None)
        if title is not None and self.cast.resolve_title(title, title.start) is not None:
            return  # "the Kremlin spokesman" after "Kremlin spokesman Dmitry Peskov": the person named so
        pos = toks[n].start
        gender = gender or "h"
        sp = Speaker(name="", id=None, label="PERSON", gender=None if gender == "h" else gender, key=f"{UNNAMED}{pos}")
        self._add(_Event(pos, sp, "unnamed"))

    def _closed_apposition(self, c: Cand, verb: int) -> bool:
        """A person's name between two commas right before the verb, after a title phrase: "El presidente de la
        CAE del área protegida, John Kennedy Rodríguez, comentó": the name is the subject the title opened."""
        toks = self.toks
        return (
            c.kind == "person"
            and not c.excluded
            and c.i > 0
            and toks[c.i - 1].text == ","
            and c.j == verb - 1
            and toks[c.j].text == ","
        )

    def _inverted_subject(self, cands: list[Cand], starts: list[int], verb: int, j: int) -> Cand | None:
        """The named subject of a reporting clause after a comma that ends the sentence: ", berichtet de Decker.",
        ", sagt der Sprecher der DSW, Jürgen Kurz." (only particles or an article between the verb and the name or
        its title, nothing after the name but the full stop)."""
        toks = self.toks
        if verb == 0 or toks[verb - 1].text != ",":
            return None
        k = verb + 1
        while (
            k < min(j, verb + 3)
            and toks[k].word
            and not toks[k].capitalised
            and toks[k].low not in self.lang.prepositions
        ):
            k += 1  # an article or a name's particle ("de Decker")
        n = bisect_right(starts, verb)
        c = cands[n] if n < len(cands) and cands[n].i <= k else None
        if c is not None and c.kind == "title" and cands[-1].kind == "person" and toks[cands[-1].i - 1].text == ",":
            # ", sagt auch der Sprecher der DSW, Jürgen Kurz.": the title's name, set after it by a comma
            c = cands[-1]
        if c is None or c.excluded or c.kind not in ("person", "org") or c.speaker is None:
            return None
        at = c.j
        if at < j and toks[at].text == "(":
            # "schlussfolgert Patrick Breyer (PIRATEN), der …", "sagte Anna Berg (SPD).": a party or an age in
            # brackets after the name, then the clause goes on as it would after the name
            at = next((m + 1 for m in range(at + 1, min(j, at + 6)) if toks[m].text == ")"), at)
        after = toks[at] if at < j else None
        if (
            after is not None
            and after.text == ","
            and at + 1 < j
            and toks[at + 1].low in self.lang.words("definite")
            and at + 2 < j
            and toks[at + 2].word
        ):
            # ", schlussfolgert Patrick Breyer, der Berichterstatter des Ausschusses.": an apposition (or a relative
            # clause) of the name, not a second subject
            return c
        if after is not None and after.word and not after.capitalised and after.low not in _CONJUNCTIONS:
            # ", sagte Lucke am Samstag der Deutschen Presse-Agentur.", ", kritisierte Lucke weiter.": the name, then
            # the clause's adverbs and objects; not ", sagte Anna und Peter …" (two people)
            return c
        return c if after is None or after.text in (".", "!", "?", "…") else None

    def _cued(self, i: int, j: int) -> None:
        """A sentence of reported speech closed by its source ("…, so die Industriesprecherin.", "…, según el
        ministro"): whoever the cue names spoke, so a quote that goes on after it is theirs."""
        toks = self.toks
        for k in range(i + 1, j):
            if k in self.inside or toks[k - 1].text != ",":
                continue
            n = self._cue(k, j)
            if not n:
                continue
            m = k + n
            while m < j and toks[m].low in self.lang.skip and toks[m].low not in self.lang.prepositions:
                m += 1
            cands = self.cast.candidates(m, min(j, m + 8), self.inside)
            if not cands or cands[0].i != m or cands[0].excluded or cands[0].kind not in ("person", "org", "title"):
                continue
            found = self._as_found(cands[0], toks[k].start)
            if found.speaker is not None:
                self._add(_Event(cands[0].start, found.speaker, "spoke"))

    def _source_clause(self, q: QuoteSpan) -> Found | None:
        """(``source_nouns``, ``source_clauses``) a quote inside a clause giving the content of someone's words, named
        by a noun with its owner in the genitive ("die Formulierungen von der Leyens, wonach die Ukraine „…“ habe,
        bezeichnet Steger als …"): the owner said it, not the sentence's subject who comments on it. The owner is a
        person or body the recogniser read there, or a person's name it read elsewhere with the genitive "s"."""
        nouns, joins = self.lang.words("source_nouns"), self.lang.words("source_clauses")
        owners = self.lang.words("source_owners")
        if not nouns:
            return None
        toks = self.toks
        first, kq = self.tok(self.layout.sentence_start(q.start)), self.tok(q.start)
        w = next((k for k in range(kq - 1, max(first, kq - 40) - 1, -1) if toks[k].low in joins), None)
        if w is None or w in self.inside or w - 3 < first or toks[w - 1].text != ",":
            return None
        owner, start = None, w - 1
        for n in range(max(first, w - 7), w - 1):
            if n in self.cast.mentions and self.cast.mentions[n][0] == w - 1:
                e = self.cast.mentions[n][1]
                owner, start = (e, n) if e.label in ("PERSON", "ORG") else (None, n)
                break
        last = toks[w - 2]
        speaker = _entity_speaker(owner) if owner is not None else None
        if speaker is None and start == w - 1 and last.capitalised and last.low.endswith("s") and len(last.text) > 3:
            person = self.cast.person_for([last.text[:-1]])
            speaker = _entity_speaker(person) if person is not None else self._named_in_full(last.text[:-1], q.start)
            start = w - 2
            while start - 1 > first and start > w - 5 and toks[start - 1].low in self._particles:
                start -= 1  # "von der Leyens": the particles of the name
        if speaker is None:
            return None
        for n in range(start - 1, max(first, start - 3) - 1, -1):
            if toks[n].low in nouns:
                return Found(speaker=speaker, how="source clause")
            if toks[n].low not in owners:
                return None
        return None

    def _named_in_full(self, surname: str, before: int) -> Speaker | None:
        """The person the text named in full before (a given name, name particles, ``surname``: "Ursula von der
        Leyen"), in the 4,000 characters before ``before``, when the recogniser did not read them. None otherwise."""
        particles = "|".join(re.escape(p) for p in sorted(self._particles))
        pattern = re.compile(rf"\b([^\W\d_][^\W_]+) ((?:(?:{particles}) ){{0,3}}){re.escape(surname)}\b")
        found = None
        for match in pattern.finditer(self.text, max(0, before - 4000), before):
            found = match  # the last one before
        if found is None or given_name_gender(found.group(1)) is None:
            return None
        name = found.group(0)
        return Speaker(name=name, id=None, label="PERSON", key=f"PERSON:{surname.casefold()}")

    def _stance(self, i: int, j: int, cands: list[Cand]) -> None:
        """(``stance_for``, ``stance_copulas``, ``stance_words``) a sentence opening with whose view it gives ("Für
        unseren Bundesgeschäftsführer Christian Deutsch ist klar, dass „…“", "Für Merz steht fest: „…“"): the person
        or body named after "für" holds the words that follow, so a quote of the sentence with no cue is theirs."""
        toks = self.toks
        words = self.lang.words("stance_for")
        if not words:
            return
        # capitalised: first in its sentence, which may begin after a quote ("„….“ Für X ist klar, …")
        k = next((k for k in range(i, min(j, i + MAX_AFTER)) if toks[k].low in words and toks[k].capitalised), j)
        if k >= j or k in self.inside:
            return
        c = next((c for c in cands if c.i > k), None)
        # (not ``excluded``: governed by "für" is what the cue is, not a name only mentioned after a preposition)
        if c is None or c.i > k + 4 or c.kind not in ("person", "org", "title"):
            return
        m = c.j
        if m + 1 >= j:
            return
        if toks[m].low in self.lang.words("stance_copulas"):
            # the stance word at once or after a short subject of words only ("ist klar", "ist die Sache klar",
            # "ist es eindeutig")
            stance = self.lang.words("stance_words")
            ahead = toks[m + 1 : min(j, m + 5)]
            n = next((n for n, t in enumerate(ahead) if not t.word or t.low in stance), None)
            if n is None or not ahead[n].word:
                return
        elif not self._verbless_to_colon(m, j):
            return
        found = self._as_found(c, c.start)
        if found.speaker is not None:
            self._add(_Event(c.start, found.speaker, "spoke"))

    def _verbless_to_colon(self, m: int, j: int) -> bool:
        """ "Für Ricking kein Problem: „…“": after the name, a few words with no verb, a colon and the quote at once
        (the view a verbless heading gives, then the words)."""
        toks = self.toks
        for n in range(m, min(j, m + 5)):
            if toks[n].text in (":", "："):
                return n > m and n + 2 < len(toks) and (n + 1 in self.inside or n + 2 in self.inside)
            if not toks[n].word or self._is_verb(n, m) or (toks[n].low in self.lang.words("stance_copulas")):
                return False
        return False

    def _unread_attribution(self, q: QuoteSpan, following: int) -> int | None:
        """Where a comma or dash after the quote (or closing its body) runs on into a lower-case word of the
        same sentence: the verb of a reporting clause the rules could not read (None when there is none)."""
        if self.lang.has("no_unread_attribution"):
            return None
        end = min(self.layout.sentence_end(q.end), following, self.layout.paragraph_end(q.end))
        a, b = self.tok(q.end), self.tok(end)
        body_end = q.text.rstrip("'’‘\"”“»«›‹ \u00a0")[-1:]
        if a < b and self.toks[a].text in (",", "—", "–", "-"):
            a += 1
        elif body_end != ",":
            return None
        while a < b and not self.toks[a].word:
            a += 1
        if a < b and not self.toks[a].capitalised and self.toks[a].low not in CLAUSE_STARTS:
            if self.toks[a].low in self._clause_links:
                return None  # "„…“, da sich „…“", "„…“, weil …": a clause of the sentence goes on, no reporting verb
            if self.toks[a].low in _REFLEXIVE_CLITICS and a + 1 < b:
                a += 1  # a reflexive before the verb
            return a
        return None

    @cached_property
    def _clause_links(self) -> frozenset[str]:
        """(``clause_links``, ``subordinators``, ``complementisers``) the language's words that open a clause: after a
        quote's comma, the sentence goes on with one of them rather than with a reporting verb."""
        return self.lang.words("clause_links") | self.lang.words("subordinators") | self.lang.words("complementisers")

    def _reported(self, a: int, b: int) -> bool:
        """Whether the text from a to b is reported speech in the German subjunctive (Konjunktiv I: "sei",
        "habe", "werde"), which goes on with the last speaker rather than introducing a new one."""
        konjunktiv = _KONJUNKTIV.get(self.lang.code)
        if not konjunktiv:
            return False
        if self._konjunktiv_upto is None:  # how many such words stand before each token: one pass, not one per quote
            counts = (1 if t.word and t.low in konjunktiv else 0 for t in self.toks)
            self._konjunktiv_upto = list(itertools.accumulate(counts, initial=0))
        return self._konjunktiv_upto[self.tok(b)] > self._konjunktiv_upto[self.tok(a)]

    def _unknown_since(self, speaker: Speaker, pos: int) -> bool:
        """Whether a quote with no speaker stands between the last event of ``speaker`` and ``pos``.

        Two binary searches (the speaker's sorted event positions, the sorted unknown quotes), not a scan of
        every event and every unknown quote per quote: quadratic in the quotes of a long article."""
        said = self._said_at.get(speaker.key, [])
        k = bisect_left(said, pos)
        last = said[k - 1] if k else -1
        u = bisect_right(self.unknown, last)
        return u < len(self.unknown) and self.unknown[u] < pos

    def _before_apposition(self, cands: list[Cand], n: int, verb: int) -> int:
        """The candidate a speech verb's subject is when an apposition stands between them: "John Milton
        Rodríguez, candidato de Colombia Justa Libres, enfatizó" -> the name, not the party; between dashes too
        ("Markus Meinzer – von Tax Justice Network – sagt"). Else ``n``."""
        verb = self._auxiliaries_before(verb)
        closer = self.toks[verb - 1].text if verb > 0 else ""
        if n < 1 or closer not in _APPOSITION_MARKS:
            return n
        m = n
        while m >= 0 and (cands[m].excluded or cands[m].kind == "title"):
            m -= 1
        if m < 0 or m == n or cands[m].kind != "person":
            return n
        gap = self.toks[cands[m].j : verb - 1]
        if not gap or gap[0].text != closer or len(gap) > 10 or any(t.text in ".;:!?" for t in gap):
            return n
        if any(self._is_verb(g, cands[m].j) for g in range(cands[m].j, verb - 1)):
            return n
        # the comma before the verb closes the apposition: the words between are its only contents
        return m if all(t.word or t.text in (",", "-", "'", "’", closer) for t in gap) else n

    def _auxiliaries_before(self, verb: int) -> int:
        """Where the verb group ending in the speech verb at ``verb`` starts: before its auxiliaries ("X, …, a
        déclaré", "X, …, hat gesagt"), at most two words the language skips between a subject and its verb."""
        toks, k = self.toks, verb
        while k > max(0, verb - 2) and toks[k - 1].word and not toks[k - 1].capitalised:
            low = toks[k - 1].low
            if low not in self.lang.skip or low in self.lang.prepositions:
                break
            k -= 1
        return k

    def _apposed_subject(self, cands: list[Cand], verb: int) -> Cand | None:
        """The person before an apposition closed right before the speech verb ("Markus Meinzer – von Tax Justice
        Network – sagt:", "Markus Meinzer, Experte bei Tax Justice, sagt:"): the verb's subject, not a name inside
        the apposition. The apposition opens with the same mark, holds at most ten tokens and no verb, and does not
        open with another person or body (then it is a list of subjects). None otherwise."""
        toks = self.toks
        verb = self._auxiliaries_before(verb)
        closer = toks[verb - 1].text if verb > 0 else ""
        if closer not in _APPOSITION_MARKS:
            return None
        opener = next((k for k in range(verb - 2, max(-1, verb - 13), -1) if toks[k].text in (closer, *".;:!?")), None)
        if opener is None or toks[opener].text != closer or opener + 1 >= verb - 1:
            return None
        m = next((n for n, c in enumerate(cands) if c.j == opener), None)
        if m is None or cands[m].kind != "person" or cands[m].excluded:
            return None
        inside = cands[m + 1 :]
        if not inside or any(c.i < opener for c in inside):
            return None
        if inside[0].i == opener + 1 and inside[0].kind in ("person", "org"):
            return None
        if any(self._is_verb(g, opener + 1) for g in range(opener + 1, verb - 1)):
            return None
        return cands[m]

    def embedded_without_cue(self, q: QuoteSpan) -> bool:
        """(Languages with ``embedded_quote_no_subject``) the quote sits inside a sentence after words of its own
        and no colon hands over to it ("… intended to create a “calm place to shop”"): the sentence's subject
        does something else there, and whose words the quote holds is not said."""
        if not self.lang.has("embedded_quote_no_subject"):
            return False
        return self._embedded(q)

    def _embedded(self, q: QuoteSpan) -> bool:
        """The quote sits inside a sentence after words of its own, with no colon handing over to it."""
        own = self.layout.paragraphs[self.layout.paragraph_index(q.start)]
        last = _last_visible(self.text, max(self.layout.sentence_start(q.start), own), q.start)
        return bool(last) and last not in (":", "：")

    def _narrator_in(self, a: int, b: int) -> bool:
        """(``narrator``) a first-person subject pronoun of the narration ("ich", "je") between ``a`` and ``b``,
        outside quotes: the writer is a person in the scene. Bounded: at most ``MAX_CONTINUED`` characters."""
        narrator = self.lang.words("narrator")
        if not narrator or b <= a:
            return False
        i, j = self.tok(max(a, b - MAX_CONTINUED)), self.tok(b)
        return any(self.toks[k].low in narrator and k not in self.inside for k in range(i, j))

    def _narrator_cue(self, q: QuoteSpan, floor: int) -> bool:
        """The narrator in the quote's own sentence: before it since the last quote ("Ich schlucke: „…“") or in the
        few words after it when the sentence goes on past the quote ("„…“ sage ich", not "„…“ Ich schaue …"), outside
        quotes."""
        if not self.lang.words("narrator"):
            return False
        lead = max(self.layout.sentence_start(q.start), floor)
        if self._narrator_in(lead, q.start):
            return True
        k = self.tok(q.end)
        if k < len(self.toks) and self.toks[k].text in (",", "，"):
            k += 1
        if k >= len(self.toks) or self.toks[k].capitalised or not self.toks[k].word:
            return False  # a new sentence (or nothing) follows the quote
        end = min(self.layout.sentence_end(q.end), self.starts[min(len(self.starts) - 1, k + 6)])
        return self._narrator_in(q.end, end)

    def _continue_start(self, q: QuoteSpan) -> int:
        """Where a quote with no attribution of its own looks back from: its paragraph, or the one before when the
        quote opens its paragraph."""
        para = self.layout.paragraph_index(q.start)
        own = self.layout.paragraphs[para]
        if para > 0 and _words_at_most(self.text, own, q.start, 4):
            return self.layout.paragraphs[para - 1]
        return own

    def continued(self, q: QuoteSpan) -> Speaker | None:
        """A quote with no attribution of its own: the last speaker of its paragraph (or, when it opens a
        paragraph, of the paragraph before), if nobody else is named in between, and the narrator ("ich") does
        not act in between (a dialogue's turn may be theirs)."""
        layout = self.layout
        para = layout.paragraph_index(q.start)
        start = own = layout.paragraphs[para]
        if (  # "", "Ernster Nachsatz:" (looked at without copying the paragraph up to the quote)
            para > 0
            and _words_at_most(self.text, start, q.start, 4)
            and _last_visible(self.text, start, q.start) != "."
        ):
            start = layout.paragraphs[para - 1]
        elif para > 0 and self._reported(own, q.start):
            start = layout.paragraphs[para - 1]  # "Ein Gespräch sei nicht sinnvoll. „…“": still the last speaker
        lead_in = self._lead_in(q)
        if lead_in is not None:
            start = min(start, lead_in)  # the quotes of one speaker, paragraph after paragraph
        start = max(start, q.start - MAX_CONTINUED)
        recent = self._events_before(q.start)
        # who spoke last; in the quote's own paragraph, also who it is about ("Barisic ist Tag und Nacht auf Achse.")
        # but (English) not the subject of the quote's own sentence when the quote sits inside it with no speech verb
        # and no colon handing over to it ("One Home Depot refers to investments intended to create a “…”"): the
        # subject does something else there, and whose words the quote holds is not said
        about_until = self.layout.sentence_start(q.start) if self.embedded_without_cue(q) else q.start
        about_from = own
        if self.lang.has("embedded_quote_continues_speakers") and self._embedded(q):
            # "Die Märker »haben …«", "im „unendliche[n] Abtasten des Anderen“ von Ann Cotten": words the sentence
            # borrows; the words of one who spoke, or of the sentence's own subject ("Kritiker X urteilte, er sei
            # „…“"), not of a person an earlier sentence of the paragraph is about
            about_from = max(own, self.layout.sentence_start(q.start))
        last = next(
            (
                e
                for e in reversed(recent)
                if e.pos >= start
                and (
                    e.kind == "spoke"
                    or (about_from <= e.pos < about_until and e.speaker.label == "PERSON")
                    or self._introduced_speaker(e, lead_in, q)
                )
            ),
            None,
        )
        if last is None or last.kind == "unnamed":
            return None
        if any(e.kind == "unnamed" and last.pos < e.pos for e in recent):
            return None  # "Der Mann veröffentlicht …" since the last speaker: the quote may be his
        if self._narrator_in(last.pos, q.start):
            return None
        between = self.cast.candidates(self.tok(last.pos), self.tok(q.start), self.inside)
        subjects = {e.pos for e in recent if e.pos > last.pos}
        for c in between:
            if c.excluded or c.kind not in ("person", "org", "inst") or (c.kind == "inst" and c.speaker is None):
                continue
            if self._object_mention(c, subjects):
                continue  # "wie Elvira Oeberg", "die Bäckerei Johann Mayer": named, but no one who acts or speaks
            if self._reported(self.layout.sentence_start(c.start), self.layout.sentence_end(c.start)):
                continue  # "Corona habe diese Prozesse beschleunigt.": what the speaker said, not a new speaker
            if last.kind == "spoke" and self._said_clause(last.pos, c.start):
                continue  # "Selenskyj sagte, Russland suche nach Vorwänden. „…“": Russia is in what he said
            if c.speaker is None or c.speaker.key != last.speaker.key:
                return None
        return last.speaker

    def _said_clause(self, spoke: int, pos: int) -> bool:
        """(``konjunktiv``) ``pos`` stands in the clause a speech verb hands over to with its comma, in the sentence of
        the speaker at ``spoke`` ("Selenskyj sagte, Russland suche …": reported speech, though "suche" is no form
        the ``konjunktiv`` table can list, being the first person's too)."""
        if not self.lang.words("konjunktiv") or self.layout.sentence_start(spoke) != self.layout.sentence_start(pos):
            return False
        toks = self.toks
        a, b = self.tok(spoke), self.tok(pos)
        for k in range(a + 1, min(b, a + 12) - 1):
            if k in self.inside or toks[k].text in (".", ";", ":"):
                return False
            if self._is_verb(k, a, strong=True) and not toks[k].capitalised:
                comma = next((m for m in range(k + 1, min(b, k + 12)) if toks[m].text == ","), None)
                return comma is not None and b - comma <= MAX_SIGNATURE  # (bounded: no scan of a long sentence)
        return False

    def _object_mention(self, c: Cand, subjects: set[int]) -> bool:
        """(``continue_past_objects``) a person named after the speaker a quote continues who is no sentence's subject
        nor anyone's speaker (``subjects``: where those stand) and stands after a word of the same clause (not first in
        its sentence): an object or a comparison, not a new voice."""
        if not self.lang.has("continue_past_objects") or c.start in subjects or c.kind != "person" or c.i == 0:
            return False
        before = self.toks[c.i - 1]
        if not before.word or c.start <= self.layout.sentence_start(c.start) or c.i - 1 in self.inside:
            return False
        # governed by a preposition, an article or a comparison ("wie"), or set after a common noun ("die Bäckerei
        # Johann Mayer"); not after "und" ("…, und Anna Weber beglückwünschte …": a clause of her own)
        low = before.low
        return (
            low in self.lang.prepositions
            or low in _DETERMINERS
            or low in self.lang.words("comparisons")
            or (self.lang.nouns_capitalised and before.capitalised and low not in _CONJUNCTIONS)
        )

    def _lead_in(self, q: QuoteSpan) -> int | None:
        """(``quote_runs_continue``) for a quote that opens its paragraph after a run of paragraphs that are each
        all quote (one quote over several paragraphs, or several): the start of the paragraph before that run, where
        the run's speaker was introduced (``Allan Snr believes …`` then ``"A.`` … ``C."`` then ``"D."``); the
        paragraph right before the quote when there is no run. None when the quote does not open its paragraph."""
        layout = self.layout
        para = layout.paragraph_index(q.start)
        if (
            not self.lang.has("quote_runs_continue")
            or para == 0
            or _last_visible(self.text, layout.paragraphs[para], q.start)
        ):
            return None
        for _ in range(12):  # a bounded walk back over whole-quote paragraphs
            p_start = layout.paragraphs[para - 1]
            p_end = layout.paragraphs[para]
            k = bisect_left(self.span_starts, min(p_end, q.start))
            # the spans starting before the paragraph's end that reach into it (a few back: bounded time)
            covering = [s for s in self.spans[max(0, k - 8) : k] if s.end > p_start]
            if (
                not covering
                or self.text[p_start : max(p_start, covering[0].start)].strip()
                or self.text[min(p_end, covering[-1].end) : p_end].strip(" \u00a0\n\r\t.,")
            ):
                break
            para = layout.paragraph_index(covering[0].start)
            if para == 0:
                return None
        return layout.paragraphs[para - 1]

    def _introduced_speaker(self, e: _Event, lead_in: int | None, q: QuoteSpan) -> bool:
        """A person who is the subject of a speech or thought verb in the lead-in paragraph of a quote that opens its
        paragraph (``Allan Snr believes someone must know.`` then ``"It just doesn't add up …"``)."""
        if lead_in is None or e.kind != "subject" or e.speaker.label != "PERSON":
            return False
        if not lead_in <= e.pos < self.layout.paragraph_end(lead_in):
            return False
        k = self.tok(e.pos)
        while k < len(self.toks) and self.toks[k].capitalised and k - self.tok(e.pos) < 5:
            k += 1
        return k < len(self.toks) and self.lang.is_verb(self.toks[k].text) and k not in self.inside

    def _split_paragraphs(self, a: int, b: int) -> list[tuple[int, int]]:
        out = []
        start = a
        k = self.layout.paragraph_index(a) + 1
        while k < len(self.layout.paragraphs) and self.layout.paragraphs[k] < b:
            out.append((start, self.layout.paragraphs[k]))
            start = self.layout.paragraphs[k]
            k += 1
        out.append((start, b))
        return out

    def _subject(self, cands: list[Cand], first: int) -> Cand | None:
        """The sentence's subject, roughly: its first candidate that is not governed by a preposition."""
        for n, c in enumerate(cands):
            if c.i - first > 14 or c.kind == "relative":
                return None
            if c.kind == "pronoun":
                after = cands[n + 1] if n + 1 < len(cands) else None
                if c.gender == "n" and after is not None and after.i == c.j and after.kind in ("person", "title"):
                    continue  # "Ähnlich sieht es Konrad Duffy": an object "es", the name after it is the subject
                return c
            if c.excluded or (c.kind == "inst" and c.speaker is None):
                continue
            if c.kind == "org" and self.lang.unspaced and (holder := self._holder_written_on(cands, n)) is not None:
                return holder  # "俄罗斯别尔哥罗德州州长格拉德科夫": the governor, not Russia
            if c.kind == "org" and n + 1 < len(cands) and self._role_of_body(c, cands[n + 1]):
                return cands[n + 1]  # "AccuWeather lead hurricane forecaster Dan Kottlowski is secure": the person
            if c.kind == "title":
                person = self.cast.resolve_title(c, c.start)
                if person is None:
                    apposed = self._apposed_name(c, cands[n + 1] if n + 1 < len(cands) else None)
                    described = self._described(c, c.start) if apposed is None else None
                    if described is not None:
                        return Cand(c.i, c.j, "person", c.start, c.end, described)
                    return apposed
                return Cand(c.i, c.j, "person", c.start, c.end, person)
            return c
        return None

    def _described(self, c: Cand, before_pos: int) -> Speaker | None:
        """(``description_titles``) a person the article describes by a noun after "the" ("the duchess", "said the
        actor", "the former mayor argued"): the one person it names with that noun (before the name: "actress Mary
        Steenburgen"; after it: "Meghan, Duchess of Sussex"), else the person the article is about (``_protagonist``),
        else nobody."""
        if c.head not in self.lang.words("description_titles") or c.gender == "p":
            return None
        toks = self.toks
        k = c.j - 2
        while k >= max(0, c.j - 6) and toks[k].low not in _TITLE_ARTICLES:
            if toks[k].text in (",", ".", ";", ":") or k in self.cast.mentions:
                return None
            k -= 1
        if k < max(0, c.j - 6) or toks[k].low not in self.lang.words("description_articles"):
            return None
        word = toks[c.j - 1].text
        person = self.cast.named_with(word) or self.cast.named_before(word)
        if person is not None:
            return person if self._compatible(person, c.gender) else None
        return self._protagonist(before_pos, c.gender)

    def _formal_you(self, c: Cand) -> bool:
        """(``formal_you``) whether a pronoun is the polite "you", written so only inside a sentence ("Unter ein
        Foto schrieben Sie: „…“"): the same word opening a sentence is "she" or "they"."""
        return (
            c.i > 0
            and self.text[c.start : c.end] in self.lang.words("formal_you")
            and self.toks[c.i - 1].word
            and self.layout.sentence_start(c.start) < self.toks[c.i - 1].start
        )

    def _interview_answer(self, q: QuoteSpan) -> Speaker | None:
        """A quote standing as a paragraph of its own in the speaker's first person, in an interview (at least two
        paragraphs are questions that say "you" politely, ``interview_you``): an answer pulled out as a quote,
        the interviewee's (``_addressee``); None elsewhere."""
        first = self.lang.words("first_person")
        if not first or not self._is_interview():
            return None
        start, end = self.layout.paragraph_start(q.start), self.layout.paragraph_end(q.end - 1)
        if q.start - start > 8 or end - q.end > 8:  # bounded: a quote in a long paragraph is no pull quote
            return None
        if self.text[start : q.start].strip() or self.text[q.end : end].strip(" \t\n.,"):
            return None
        if not any(w.lower() in first for w in _WORDS.findall(q.text[:400])):
            return None
        return self._addressee()

    def _is_interview(self) -> bool:
        """Whether at least two paragraphs are questions that say "you" politely (``interview_you``: "Sie",
        "Ihr"), not first in their sentence: an interview's layout. Computed once an article."""
        if "_interview" not in self.__dict__:
            you = self.lang.words("interview_you")
            asked = 0
            for a, b in itertools.pairwise([*self.layout.paragraphs, len(self.text)]):
                para = self.text[a:b].rstrip()
                if not you or not para.endswith("?") or len(para) > 1500:
                    continue
                # inside a sentence, after a lower-case word or a comma ("Hatten Sie", "Was haben Sie"), not
                # "Sie" opening one (she, they)
                asked += any(
                    m.group() in you
                    and m.start() >= 2
                    and (para[m.start() - 2].islower() or para[m.start() - 2] == ",")
                    for m in _WORDS.finditer(para)
                )
                if asked >= 2:
                    break
            self.__dict__["_interview"] = asked >= 2
        return bool(self.__dict__["_interview"])

    def _addressee(self) -> Speaker | None:
        """Whom an article says "you" to politely (an interview's questions): the person it is about, named at
        least three times and twice as often as anyone else; else the person it names first (an interview's
        introduction names whom it talks to) when no one is named more often; None otherwise."""
        self._protagonist(0, None)
        if self._cast_people:
            return self._cast_people[0][0]
        if "_first_named" in self.__dict__:  # once per article: an interview asks many questions
            return self.__dict__["_first_named"]
        self.__dict__["_first_named"] = None
        people: dict[str, tuple[Speaker, int]] = {}
        for _, (_, e) in sorted(self.cast.mentions.items()):
            if e.label == "PERSON":
                sp = _entity_speaker(e)
                people[sp.key] = (sp, people.get(sp.key, (sp, 0))[1] + 1)
        if not people:
            return None
        first, count = next(iter(people.values()))
        if count >= 2 and all(n <= count for _, n in people.values()):
            self.__dict__["_first_named"] = first
        return self.__dict__["_first_named"]

    def _protagonist(self, pos: int, gender: str | None) -> Speaker | None:
        """The person an article is about: named at least three times and twice as often as anyone else, and
        named in the paragraphs in view of ``pos`` ("the actor" in a story on James Van Der Beek); None otherwise."""
        if self._cast_people is None:  # once: the person named most, with where, if they stand out so
            people: dict[str, tuple[Speaker, list[int]]] = {}
            for i, (_, e) in sorted(self.cast.mentions.items()):
                if e.label == "PERSON":
                    sp = _entity_speaker(e)
                    people.setdefault(sp.key, (sp, []))[1].append(self.toks[i].start)
            ranked = sorted(people.values(), key=lambda p: len(p[1]), reverse=True)[:2]
            stands_out = bool(ranked) and len(ranked[0][1]) >= 3
            if len(ranked) > 1 and len(ranked[0][1]) < 2 * len(ranked[1][1]):
                stands_out = False
            self._cast_people = [ranked[0]] if stands_out else []
        if not self._cast_people:
            return None
        top, places = self._cast_people[0]
        k = bisect_left(places, pos)
        if not k or places[k - 1] < self._view_start(pos) or not self._compatible(top, gender or "h"):
            return None
        return top

    def _role_of_body(self, body: Cand, after: Cand) -> bool:
        """Whether an organisation's name only qualifies a role before a person's name ("AccuWeather lead hurricane
        forecaster Dan Kottlowski", "Pentagon press secretary John Kirby"): one to four lower-case words between,
        the last a title or an agent noun ("forecaster", "analyst"), none a verb ("Acme hired Dan Kottlowski")."""
        if after.kind != "person" or after.excluded or after.speaker is None or after.speaker.label != "PERSON":
            return False
        between = self.toks[body.j : after.i]
        if self.lang.unspaced:
            return self._title_written_on(between)
        if not 1 <= len(between) <= 4 or any(not t.word or t.capitalised or not t.text.isalpha() for t in between):
            return False
        past = tuple(self.lang.words("past_endings"))  # the language's (``past_endings``, ``agent_endings``)
        if any(self.lang.is_verb(t.low) or t.low.endswith(past) for t in between):
            return False
        last = between[-1].low
        return bool(self.lang.title_gender(last)[0]) or last.endswith(tuple(self.lang.words("agent_endings")))

    def _holder_written_on(self, cands: list[Cand], n: int) -> Cand | None:
        """(languages written without spaces) The person the bodies and places opening a sentence qualify, the head of
        its subject: "俄罗斯别尔哥罗德州州长格拉德科夫" (Russia's Belgorod region's governor Gladkov),
        "ロシア南部ベルゴロド州のグラトコフ知事は" (Russia's southern Belgorod region's Governor Gladkov). A person at
        most three candidates on, nothing but letters before them (at most twelve tokens, no speech verb), and a
        title written on right before the name (Chinese) or right after it (Japanese)."""
        start = cands[n].j
        for m in range(n + 1, min(n + 4, len(cands))):
            p = cands[m]
            gap = self.toks[start : p.i]
            if len(gap) > 12 or any(not t.word for t in gap) or any(self._zh_verb(k) for k in range(start, p.i)):
                return None
            if p.kind != "person" or p.excluded or p.speaker is None or p.speaker.label != "PERSON":
                continue
            before = "".join(t.text for t in gap)[-6:]
            after = "".join(t.text for t in self.toks[p.j : p.j + 6])
            titled = self._ends_in_title(before) or any(
                self.lang.title_gender(after[:k])[0] for k in range(1, len(after) + 1)
            )
            return p if titled else None
        return None

    def _title_written_on(self, between: list[Token]) -> bool:
        """(languages written without spaces, a token a character) Whether the characters between a body and a name
        end in a title ("克里姆林宫发言人佩斯科夫", the Kremlin's spokesman Peskov; "俄罗斯总统普京"): at most eight
        letters, the title their end."""
        text = "".join(t.text for t in between)
        if not 1 <= len(text) <= 8 or any(not t.word for t in between):
            return False
        return self._ends_in_title(text)

    def _ends_in_title(self, text: str) -> bool:
        """Whether some ending of ``text`` is a title of the language (written without spaces: "…州州长")."""
        return any(self.lang.title_gender(text[k:])[0] for k in range(len(text)))

    def _apposed_name(self, title: Cand, after: Cand | None) -> Cand | None:
        """The person a title phrase that opens a sentence is apposed to ("Steenburgen's son, filmmaker Charlie
        McDowell, also remembers"): a name right after it, past a comma and a lower-case role word or two; the
        title's gender is theirs ("son": a man). None when no name follows so (the title alone is no one)."""
        if after is None or after.kind != "person" or after.excluded or after.speaker is None:
            return None
        between = self.toks[title.j : after.i]
        if not between or between[0].text != "," or len(between) > 3:
            return None
        if any(t.word and (t.capitalised or not t.text.isalpha()) for t in between[1:]) or any(
            not t.word and t.text != "," for t in between
        ):
            return None
        if title.gender in ("m", "f") and after.speaker.label == "PERSON":
            self.cast.note_gender(after.speaker.key, title.gender)
        return after

    def _first_verb(self, a: int, b: int) -> int | None:
        for k in range(a, b):
            if self._is_verb(k, a, strong=True):
                return k
        return None

    # --- verbs ------------------------------------------------------------------------------

    def _is_verb(self, k: int, clause_start: int, strong: bool = False, framing: bool = False) -> bool:
        t = self.toks[k]
        if not t.word or k in self.inside:
            return False
        lang = self.lang
        if not lang.unspaced and t.capitalised and k != clause_start:
            return False  # "Goldman Sachs Said She Raised Money For": a headline, not an attribution
        word = t.low
        for suffix in lang.pronoun_suffixes:
            if word.endswith(suffix) and lang.is_verb(word[: -len(suffix)]):
                word = word[: -len(suffix)]  # "katanya": "kata" and "he"
                break
        if hyphen := self._hyphen_pronoun(word):
            word = word[: -len(hyphen)]  # "explique-t-elle": "explique" and "she"
        if not (lang.is_verb(word) or (framing and lang.verb_lemma(word) in lang.framing)):
            return (
                self._verb_and_object(k, word)
                or (k > 0 and lang.light_verb(word, self.toks[k - 1].low))
                or (bool(lang.separable) and self._particle_follows(k))
            )
        if k > 0 and (self.toks[k - 1].low in NOUN_MARKERS.get(lang.code, ()) or self.toks[k - 1].low in _POSSESSIVE):
            return False  # "the report", "a post", "the ministry's claim"
        lemma = lang.verb_lemma(word)
        if framing and lemma in lang.framing:
            return True
        if strong and lemma in lang.weak and lang.separable and self._particle_follows(k):
            return True  # "teilt … mit": a weak stem ("teilen") whose particle makes it a speech verb
        if lemma in lang.words("reflexive_only") and not self._reflexive_near(k):
            return False  # "freut den Bundestrainer": who feels it is the object, not the subject
        return not (strong and lemma in lang.weak)

    def _verb_and_object(self, k: int, word: str) -> bool:
        """A verb that reports speech only with its object right after it ("as Peskov put it, “…”")."""
        return k + 1 < len(self.toks) and self.lang.verb_with_object(word, self.toks[k + 1].low)

    def _hyphen_pronoun(self, word: str) -> str:
        """(``hyphen_pronouns``) the subject pronoun an inverted verb carries after a hyphen ("explique-t-elle":
        "-t-elle"), longest first; "" when it carries none."""
        own = self.lang.words("hyphen_pronouns")
        return next((s for s in _HYPHEN_PRONOUNS if s in own and word.endswith(s) and len(word) > len(s) + 1), "")

    def _pronoun_carrier(self, verb: int, a: int) -> int:
        """The token that carries an inverted subject pronoun for the speech verb at ``verb``: the auxiliary right
        before it when that auxiliary carries one after a hyphen (a ``skip`` word: "a-t-il ajouté",
        "a-t-elle déclaré"), else the verb itself."""
        aux = self.toks[verb - 1].low if verb > a else ""
        if self._hyphen_pronoun(aux) and aux.split("-")[0] in self.lang.skip:  # ("a-t-il": "a"; "-t-" is euphonic)
            return verb - 1
        return verb

    def _reflexive_near(self, k: int) -> bool:
        """A reflexive pronoun in the verb's clause, at most two words before it or three after ("freut sich",
        "freut sie sich", "dass er sich freut")."""
        reflexives = self.lang.words("reflexives")
        for step, limit in ((-1, max(k - 3, -1)), (1, min(k + 4, len(self.toks)))):
            for m in range(k + step, limit, step):
                t = self.toks[m]
                if m in self.inside or not t.word:
                    break
                if t.low in reflexives:
                    return True
        return False

    def _particle_follows(self, k: int) -> bool:
        """A separable speech verb: its particle closes the clause ("Cansativa teilt dazu mit, …",
        "führt Facebook dazu aus:", "räumt Gutierrez ein.")."""
        toks = self.toks
        for m in range(k + 1, min(k + 16, len(toks))):
            t = toks[m]
            if m in self.inside or (not t.word and t.text not in ("-", "–")):
                return m > k + 1 and self.lang.particle_verb(toks[k].text, toks[m - 1].low)
        return False

    def _zh_verb(self, k: int) -> int:
        return self.cast._match(k, self.lang.verbs)

    def _cue(self, k: int, b: int) -> int:
        """Length in tokens of an "according to" cue starting at k, or 0 (``cues_opening`` only where the cue opens
        its sentence: "Pour X, « … »")."""
        n = self._phrase_at(k, b, self.lang.cues) or self._opening_cue(k, b)
        if n:
            return n
        if self.lang.unspaced:
            return self.cast._match(k, {"".join(c) for c in self.lang.cues})
        return 0

    def _opening_cue(self, k: int, b: int) -> int:
        """Length in tokens of a ``cues_opening`` cue at k that opens its sentence ("Pour X, « … »"), or 0."""
        if not self.lang.cues_opening:
            return 0
        # the sentence may start at the space after the full stop before it: only spaces between
        if self.text[self.layout.sentence_start(self.toks[k].start) : self.toks[k].start].strip():
            return 0
        return self._phrase_at(k, b, self.lang.cues_opening)

    def _phrase_at(self, k: int, b: int, phrases: tuple[tuple[str, ...], ...]) -> int:
        """Length in tokens of the first of ``phrases`` (lower-case words) written from token k, ending by b; 0 if none."""
        for phrase in phrases:
            n = len(phrase)
            if k + n <= b and all(self.toks[k + m].low == phrase[m] for m in range(n)):
                return n
        return 0

    # --- choosing among candidates --------------------------------------------------------

    def _usable(self, cands: list[Cand]) -> list[Cand]:
        """Candidates that may be a subject: not governed by a preposition, not inside a relative clause."""
        out = []
        in_relative = False
        for c in cands:
            if c.kind == "relative":
                in_relative = True
                out.append(c)
                continue
            if in_relative and self.text[out[-1].end if out else c.start : c.start].count(","):
                in_relative = False
            if not c.excluded and not in_relative:
                out.append(c)
        return out

    def _parsed_subject(self, verb: int, cands: list[Cand], before_pos: int) -> Found | None:
        """With a dependency parse (spaCy ``Doc`` of the same text): the candidate holding the verb's subject.

        A participle ("…, saying") takes its head verb's subject; nothing is returned when the
        parse names no subject among the candidates, and the rules decide.
        """
        doc = self.doc
        if doc is None or not doc.has_annotation("DEP"):
            return None
        span = doc.char_span(self.toks[verb].start, self.toks[verb].end, alignment_mode="expand")
        if span is None or not len(span):
            return None
        token = span.root
        for _ in range(3):  # "added", "saying" (advcl), "said" in "X, who …, said"
            subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subjects or token.dep_ not in ("advcl", "xcomp", "conj", "ccomp") or token.head is token:
                break
            token = token.head
        if not subjects:
            return None
        head = subjects[0]
        if head.dep_ == "nsubj" and head.lower_ in _PARSED_RELATIVES:
            return None
        for c in cands:
            if c.start <= head.idx < c.end and c.kind != "relative":
                return self._as_found(c, before_pos)
        return None

    def _choose(self, cands: list[Cand], near_end: bool, before_pos: int) -> Found | None:
        usable = self._usable(cands)
        if not usable:
            return None
        order = list(reversed(usable)) if near_end else usable
        if near_end and order[0].kind == "relative":
            rel = cands.index(order[0])
            adjacent = cands[rel - 1] if rel else None
            if (
                adjacent is not None
                and adjacent.kind in ("person", "org")
                and self.text[adjacent.end : order[0].start].strip() == ","
            ):
                # "se le preguntó … a Yurramendi, quien señaló que": the relative's antecedent is the name right
                # before it, even one governed by a preposition
                return self._as_found(adjacent, before_pos)
            idx = usable.index(order[0])
            antecedents = [c for c in usable[:idx] if c.kind != "relative"]
            if antecedents and self._unnamed_antecedent(antecedents[-1], order[0]):
                return Found(blocked=True, how="unnamed")
            if antecedents:
                return self._as_found(antecedents[-1], before_pos)
            return None
        people = [c for c in order if c.kind == "person" or (c.kind == "pronoun" and c.gender not in ("n", "p"))]
        if people:
            return self._as_found(people[0], before_pos)
        orgs = [c for c in order if c.kind in ("org", "inst") or (c.kind == "pronoun" and c.gender in ("n", "p"))]
        titles = [c for c in order if c.kind == "title"]
        if orgs and not (titles and order.index(titles[0]) < order.index(orgs[0])):
            return self._as_found(orgs[0], before_pos)
        if titles:
            return self._as_found(titles[0], before_pos)
        return None

    def _unnamed_antecedent(self, named: Cand, relative: Cand) -> bool:
        """Whether the word right before a relative pronoun's comma is a person noun no candidate holds ("Ricking
        erzählt von einem jungen Mann, der … sagte:"): the relative stands for that unnamed person, not the name
        further back."""
        toks = self.toks
        k = relative.i - 1
        if k <= named.j or toks[k].text != ",":
            return False
        k -= 1
        return toks[k].word and k >= named.j and self.lang.person_noun(toks[k].text)[0]

    def _as_found(self, c: Cand, before_pos: int) -> Found:
        if c.kind == "pronoun":
            return Found(pronoun=c, gender=c.gender)
        if c.kind == "title":
            person = self.cast.resolve_title(c, before_pos)
            if person is None and self._age_title(c.head):
                pos = min(before_pos, c.start)
                person = self._only_person_named(pos)
                if person is None and self._definite(c):
                    # "erzählt der 48-Jährige" with several people named in view: like a pronoun, the person who
                    # last spoke or was a sentence's subject, before the description's sentence
                    person = self.resolve(min(pos, self.layout.sentence_start(c.start)), c.gender or "h")
                return Found(speaker=person, blocked=person is None, how="age")
            body = self._members_body(c.j - 1, before_pos) if person is None else None
            if body is not None:
                return Found(speaker=body, how="members")  # "the doctors" after "The doctors, members of X,"
            definite = c.gender != "p" and self._definite(c)
            bare = c.gender != "p" and not DEFINITE.get(self.lang.code) and self._bare(c)
            if person is None and (definite or bare):
                # "disse a estudante", "dijo el mandatario": the one person the article names with that role word;
                # where the language has no article, the role word alone ("— сказал пресс-секретарь")
                person = self.cast.named_with(self.toks[c.j - 1].text)
            if person is None and not definite:
                person = self._described(c, before_pos)
            if person is None and c.head in SPOKESPERSON and c.gender != "p":
                if definite:
                    # "so die Industriesprecherin" after Müller's quotes: the one person of that gender speaking
                    pos = min(before_pos, self.layout.sentence_start(c.start))
                    person = self.resolve_only(pos, c.gender or "h", spoke=True)
                if person is None and c.of is None:
                    # "ein Sprecher der Polizei Köln", "un porte-parole de la présidence russe": the body the phrase
                    # singles out, named by no reading
                    person = self._body_after(c.j)
                if person is None and c.of is None and not c.of_unread:
                    person = self._organisation(before_pos)  # else it speaks for the organisation in view
                elif person is None:
                    # "ein Sprecher der Polizei" with no reading of that body: its own, not the one in view
                    person = c.of
            elif person is None and definite:
                # "the official", "el mandatario", "l’élu": the person last introduced, in that role's gender,
                # before the title's sentence (not "Im Gespräch mit X berichtete die Präsidentin": X is someone else);
                # an office of a named body ("el secretario general de La Cámpora") only when one person fits.
                # Not an unnamed spokesperson: they speak for a body, and the person in view is someone else.
                pos = min(before_pos, self.layout.sentence_start(c.start))
                person = self.resolve_only(pos, c.gender or "h")
            return Found(speaker=person, blocked=person is None, how="title")
        if c.kind == "inst" and c.speaker is None:
            issued = self._issuer(c, before_pos)
            if issued is not None:
                return issued
            body = self._body_in_view(c, before_pos) or self._qualified_in_view(c, before_pos)
            if body is None and (c.head in _ISSUED_HEADS or not self._governed(c, self.lang.prepositions)):
                # "si legge in un comunicato della presidenza russa"; not "dijo a la agencia rusa": whom it was said to
                body = self._qualified_body(c)
            if body is not None:
                return Found(speaker=body, how="institution in view")
            return Found(blocked=True, how="institution")
        if self._coordinated(c):
            return Found(blocked=True, how="coordinated")
        return Found(speaker=c.speaker)

    def _age_title(self, head: str | None) -> bool:
        """Whether a title's head describes a person by age ("year-old", "48-jährig"): ``age_titles``, ending it."""
        return bool(head) and any(head.endswith(s) for s in self.lang.words("age_titles"))  # type: ignore[union-attr]

    def _body_in_view(self, c: Cand, before_pos: int) -> Speaker | None:
        """ "the company said", "the court ruled" after the article named one: the organisation of the last two
        paragraphs (as a subject or a speaker) whose name holds the head noun ("the court" -> "4th District Court of
        Appeal"), else, for heads that stand for any body of their kind (``anaphor_heads``: "the company"), the
        only organisation there. With two candidates, or none, nobody."""
        articles = self.lang.words("anaphor_articles")
        if not articles or c.i == 0 or self.toks[c.i - 1].low not in articles or not c.head:
            return None
        if c.j < len(self.toks) and (self.toks[c.j].low in _POSSESSIVE or self.toks[c.j].low in ("'", "’")):
            return None  # "the firm's practice has been to “…”": the firm's ways, not its words
        pos = min(before_pos, self.layout.sentence_start(c.start))
        para = self.layout.paragraph_index(pos)
        floor = self.layout.paragraphs[max(0, para - 1)]
        bodies = {
            e.speaker.key: e.speaker
            for e in self._events_before(pos)
            if e.pos >= floor and e.speaker.label == "ORG" and e.kind != "unnamed"
        }
        # and every organisation the recogniser found there, subject or not ("sold its plant to Lake Steel")
        for m in range(self.tok(floor), self.tok(pos)):
            if m in self.cast.mentions and self.cast.mentions[m][1].label == "ORG":
                sp = _entity_speaker(self.cast.mentions[m][1])
                bodies.setdefault(sp.key, sp)
        head = self.lang.lemma(c.head)
        named = [sp for sp in bodies.values() if self._holds_head(sp.name, head)]
        if len(named) == 1:
            return named[0]
        if not named and c.head in self.lang.words("anaphor_heads") and len(bodies) == 1:
            return next(iter(bodies.values()))
        return None

    def _qualified_in_view(self, c: Cand, before_pos: int) -> Speaker | None:
        """``„…“, teilte das Präsidialamt mit`` after "Das Präsidialamt in Moskau sprach von …": a definite institution
        noun that an earlier sentence of the paragraphs in view wrote with what singles its body out (a place or a
        people's adjective, ``_qualified_body``) is that body; None when no such phrase, or two different ones, came
        before."""
        articles = self.lang.words("anaphor_articles")
        if not articles or c.i == 0 or self.toks[c.i - 1].low not in articles or not c.head:
            return None
        pos = min(before_pos, self.layout.sentence_start(c.start))
        floor = self._view_start(pos)
        head = self.lang.lemma(c.head)
        found: dict[str, Speaker] = {}
        for d in self.cast.candidates(self.tok(floor), self.tok(pos), self.inside):
            if d.kind == "inst" and d.speaker is None and d.head and self.lang.lemma(d.head) == head:
                body = self._qualified_body(d)
                if body is not None:
                    found.setdefault(body.key, body)
        return next(iter(found.values())) if len(found) == 1 else None

    def _qualified_body(self, c: Cand) -> Speaker | None:
        """An institution no reading names, which the phrase itself singles out: a people's adjective before or
        after its head ("des ukrainischen Präsidialamts", "la présidence russe", "la presidencia ucraniana") or a
        place right after it, with or without a preposition ("das Präsidialamt in Moskau", "die Polizei Köln"): that
        body, named as written. A document ("le communiqué de la présidence russe") is its issuer's in the genitive
        after it. None for a bare noun ("das Ministerium") or one qualified otherwise ("das neue Amt")."""
        toks, lang = self.toks, self.lang
        if c.head in _ISSUED_HEADS:
            # "un comunicato del Cremlino" read as one phrase: its issuer is the genitive after the head noun
            head = next((m for m in range(c.i, c.j) if lang.lemma(toks[m].low) == lang.lemma(c.head)), c.j - 1)
            return self._body_after(head + 1)
        i = next((m for m in range(c.i, c.j) if toks[m].low not in lang.skip), c.j)

        def adjective(t: Token) -> bool:
            functional = t.low in lang.skip or t.low in lang.prepositions or t.low in _OF_WORDS
            return t.word and not functional and nation_adjective(t.text, lang.code)

        qualified = any(adjective(toks[m]) for m in range(i, c.j))
        j = c.j
        while j < len(toks) and adjective(toks[j]):
            j, qualified = j + 1, True  # "la présidence russe"
        at = j + 1 if j + 1 < len(toks) and toks[j].low in lang.prepositions else j
        if at in self.cast.mentions and self.cast.mentions[at][1].label == "GPE":
            j, qualified = self.cast.mentions[at][0], True  # "das Präsidialamt in Moskau", "die Polizei Köln"
        if not qualified or i >= j:
            return None
        name = self.text[toks[i].start : toks[j - 1].end]
        return Speaker(name=name, id=None, label="ORG", key=f"ORG:{name.casefold()}")

    def _governed(self, c: Cand, words: frozenset[str]) -> bool:
        """Whether one of ``words`` (prepositions) governs the phrase: the word before it, past its articles."""
        k = c.i - 1
        while k >= 0 and (self.toks[k].low in self.lang.words("definite") or self.toks[k].low in self.lang.skip):
            k -= 1
        return k >= 0 and self.toks[k].low in words

    def _body_after(self, j: int) -> Speaker | None:
        """The body named in the genitive right after token j ("le communiqué | de la présidence russe", "ein
        Sprecher | der Polizei Köln"): an institution phrase after "of" and an article, the body a reading gave it or
        the one the phrase singles out (``_qualified_body``); None otherwise."""
        toks, k = self.toks, j
        joining = _OF_WORDS | self.lang.words("genitive_articles") | self.lang.words("definite")
        while k < len(toks) and k - j < 3 and toks[k].low in joining:
            k += 1
        after = next((d for d in self.cast.candidates(k, min(len(toks), k + 8)) if d.i == k), None)
        if k == j or after is None or after.head in _ISSUED_HEADS:
            return None
        if after.kind == "org" and after.speaker is not None:
            return after.speaker  # "un comunicato del Cremlino": a body the article names
        if after.kind != "inst":
            return None
        return after.speaker if after.speaker is not None else self._qualified_body(after)

    def _holds_head(self, name: str, head: str) -> bool:
        """Whether a body's name holds an institution noun: one of its words ("the court" -> "Court of Appeal"),
        or, where compounds are written as one word (``closed_compounds``), a word's last part ("das Ministerium"
        -> "Außenministerium")."""
        words = {self.lang.lemma(w) for w in name.casefold().split()}
        if head in words:
            return True
        return self.lang.has("closed_compounds") and any(len(w) > len(head) + 2 and w.endswith(head) for w in words)

    def _dash_signature(self, q: QuoteSpan, limit: int) -> Found | None:
        """(``dash_signature``) a quote signed after a dash with no verb: ``“…” — John Smith`` (then the end of the
        paragraph, or a comma and a role: ``— John Smith, council member``): the person or body named."""
        if not self.lang.has("dash_signature"):
            return None
        toks = self.toks
        end = min(self.layout.paragraph_end(q.end), limit)
        a, b = self.tok(q.end), self.tok(end)
        b = min(b, a + MAX_SIGNATURE)
        if a >= b or toks[a].text not in ("—", "–", "-") or self.text[q.end : toks[a].start].strip():
            return None
        cands = self.cast.candidates(a + 1, b, self.inside)
        if not cands or cands[0].i != a + 1 or cands[0].kind not in ("person", "org") or cands[0].speaker is None:
            return None
        rest = toks[cands[0].j : b]
        if b - a >= MAX_SIGNATURE or (
            rest and (rest[0].text != "," or any(self._is_verb(cands[0].j + n, a) for n in range(len(rest))))
        ):
            return None  # "— John Smith said …" is read after the quote; "— John Smith and …": not a signature
        return Found(speaker=cands[0].speaker, how="dash signature")

    def _sentence_final(self, q: QuoteSpan, limit: int) -> Found | None:
        """(``sentence_final_cue``) a partial quote inside a sentence that ends in its own reporting clause after a
        comma: ``the crisis is “growing at an alarming rate” and affects every town, Noem said in an ad.``: that
        clause's subject, a name, title or pronoun right before a speech verb (not a framing one). Nothing when
        another quote or speech verb stands between, or the clause says more than where it was said."""
        if not self.lang.has("sentence_final_cue"):
            return None
        toks = self.toks
        end = min(self.layout.sentence_end(q.end), limit, self.layout.paragraph_end(q.end))
        a, b = self.tok(q.end), self.tok(end)
        if a >= b or toks[a].text in (",", ".", "!", "?", ":", ";") or any(k in self.inside for k in range(a, b)):
            return None  # the quote's own clause ends at its mark: the rules after the quote read that
        comma = next((k for k in range(b - 1, max(a, b - MAX_SIGNATURE), -1) if toks[k].text == ","), None)
        if comma is None or any(self._is_verb(k, a, strong=True) for k in range(a, comma)):
            return None
        cands = self._usable(self.cast.candidates(comma + 1, b, self.inside))
        if not cands or cands[0].i != comma + 1 or cands[0].kind not in ("person", "org", "title", "pronoun"):
            return None
        verb = cands[0].j
        if verb >= b or not self._is_verb(verb, comma + 1, strong=True):
            return None
        lemma = self.lang.verb_lemma(toks[verb].text)
        if lemma in self.lang.words("framing") or lemma in self.lang.words("weak"):
            return None
        rest = toks[verb + 1 : b]
        if rest and (
            rest[0].low not in self.lang.prepositions
            or any(self._is_verb(verb + 1 + n, verb) for n in range(len(rest)))
        ):
            return None  # "…, Noem said Monday it would …": a clause of its own, not where the words were said
        found = self._as_found(cands[0], q.start)
        found.verb, found.how = toks[verb].text, "sentence end"
        return found

    def _reported_closing(self, q: QuoteSpan, limit: int) -> Found | None:
        """(``konjunktiv``) a partial quote inside reported speech (a Konjunktiv I word in its sentence) that closes with
        a reporting clause of its own after a comma: "Der Angriff sei „ein geplanter Terroranschlag“ gewesen, sagte
        Peskow.", "…, so Peskow.": that clause's subject, inverted after its verb or cue. Nothing when another quote
        stands between."""
        if not self.lang.words("konjunktiv"):
            return None
        toks = self.toks
        start = self.layout.sentence_start(q.start)
        end = min(self.layout.sentence_end(q.end), limit, self.layout.paragraph_end(q.end))
        a, b = self.tok(q.end), self.tok(end)
        if a >= b or not (self._reported(start, q.start) or self._reported(q.end, end)):
            return None
        found = None
        for k in range(a, min(b - 1, a + MAX_AFTER)):  # the last comma that opens a reporting clause
            if k in self.inside:
                break
            if toks[k].text != ",":
                continue
            n = self._cue(k + 1, b) if toks[k + 1].low in _CUES_AT_START else 0
            if n:
                found = self._after_cue(k + 1, n, b, q.start) or found
            elif self._is_verb(k + 1, k + 1, strong=True) and not toks[k + 1].capitalised:
                after = self._after_verb(k + 2, b, q.start)
                if after is not None:
                    after.verb = toks[k + 1].text
                    found = after
        if found is None or not found.decided:
            return None
        found.how = "reported closing"
        return found

    def _only_person_named(self, pos: int) -> Speaker | None:
        """ "The 56-year-old said": the one person named (by the recogniser, not after a preposition, or as a subject) in view
        before ``pos``; None when there are several or none."""
        floor = max(self._view_start(pos), pos - MAX_CONTINUED)
        people = {
            e.speaker.key: e.speaker for e in self._events_before(pos) if e.pos >= floor and e.speaker.label == "PERSON"
        }
        for m in range(self.tok(floor), self.tok(pos)):
            if m in self.cast.mentions and self.cast.mentions[m][1].label == "PERSON":
                if m and self.toks[m - 1].low in self.lang.prepositions:
                    continue  # "sacked by Manchester United": not whom the description takes up
                sp = _entity_speaker(self.cast.mentions[m][1])
                people.setdefault(sp.key, sp)
        only = next(iter(people.values())) if len(people) == 1 else None
        return None if only is None or only.key.startswith(UNNAMED) else only

    def _common_subject(self, a: int, verb: int) -> bool:
        """(``common_noun_subject``) the words from a to the verb are a determiner and a common noun phrase ("the
        patient", "the two doctors"): a subject the article does not name, which no name stands for."""
        if not self.lang.has("common_noun_subject"):
            return False
        words = self.toks[a:verb]
        if not 2 <= len(words) <= 4 or words[0].low not in self.lang.words("noun_markers"):
            return False
        return all(
            t.word and not t.capitalised and t.low not in self.lang.prepositions and not self.lang.is_verb(t.text)
            for t in words[1:]
        )

    def _members_body(self, noun: int, before_pos: int) -> Speaker | None:
        """(``member_words``) the organisation that an earlier apposition makes the plural noun at token ``noun`` the
        members of: "The doctors, members of a recently formed group Doctors for Camp Closure, D4CC, have …" then
        "the doctors said": Doctors for Camp Closure. None when no such apposition came before (within
        ``MAX_CONTINUED`` characters)."""
        members = self.lang.words("member_words")
        articles = self.lang.words("anaphor_articles")
        if not members or not articles:
            return None
        toks = self.toks
        word = toks[noun].low
        floor = self.tok(max(0, before_pos - MAX_CONTINUED))
        for k in range(max(floor, 1), self.tok(toks[noun].start) - 2):
            if toks[k].low != word or toks[k - 1].low not in articles or toks[k + 1].text != ",":
                continue
            if toks[k + 2].low not in members or k + 3 >= len(toks) or toks[k + 3].low not in _OF:
                continue
            for m in range(k + 4, min(len(toks), k + 12)):
                if toks[m].text in (".", ";", ":"):
                    break
                if m in self.cast.mentions and self.cast.mentions[m][1].label == "ORG":
                    return _entity_speaker(self.cast.mentions[m][1])
                if toks[m].capitalised and m not in self.cast.mentions:
                    return self.cast._body_named_at(m, min(len(toks), m + 10), over_mentions=True)
        return None

    def _issuer(self, c: Cand, before_pos: int) -> Found | None:
        """ "the statement said" after "the US military said in a statement", "Big Machine Records issued a
        statement": whoever issued the document the definite noun takes up, its last introduction ("a statement",
        "its letter") within the paragraphs in view. The issuer is the named subject of the verb before it there (a
        speech verb or a ``document_verbs`` one); a subject that is itself an anaphor ("The company denied … in a
        statement") is the body in view there, if only one is; else nobody (blocked: not whoever is in view at the
        quote). None when no introduction is in view."""
        articles = self.lang.words("anaphor_articles")
        toks = self.toks
        anaphors = self.lang.words("document_anaphors")  # "el texto": any document introduced
        if c.head not in _ISSUED_HEADS and c.head not in anaphors:
            return None
        if not articles or c.i == 0 or toks[c.i - 1].low not in articles | self.lang.words("definite_contractions"):
            return None
        pos = min(before_pos, self.layout.sentence_start(c.start))
        floor = max(self._view_start(pos), pos - MAX_CONTINUED)
        introducing = self.lang.words("indefinite") | self.lang.words("document_owners")
        heads = {self.lang.lemma(c.head)}
        if c.head in anaphors:
            heads |= {self.lang.lemma(h) for h in self.lang.words("document_heads")}
        for k in range(self.tok(pos) - 1, self.tok(floor) - 1, -1):
            if k in self.inside or not toks[k].word or self.lang.lemma(toks[k].low) not in heads:
                continue
            m = k - 1
            while m > k - 3 and m >= 0 and toks[m].word and toks[m].low not in introducing and not toks[m].capitalised:
                m -= 1  # "a separate statement"
            if m < 0 or toks[m].low not in introducing:
                continue
            issuer = self._issuer_at(m)
            return Found(speaker=issuer, blocked=issuer is None, how="document issuer")
        return None

    def _issuer_at(self, k: int) -> Speaker | None:
        """The named subject of the last speech or issuing verb before token k in its sentence (None if none)."""
        toks = self.toks
        start = self.tok(self.layout.sentence_start(toks[k].start))
        issuing = self.lang.words("document_verbs")
        verb = next(
            (
                m
                for m in range(k - 1, start - 1, -1)
                if m not in self.inside
                and toks[m].word
                and (self._is_verb(m, start) or self.lang.lemma(toks[m].low) in issuing)
            ),
            None,
        )
        if verb is None:
            return None
        cands = self._usable(self.cast.candidates(start, verb, self.inside))
        if not cands:
            return None
        c = cands[-1]
        if len(cands) > 1 and self._joined(cands[-2], c):
            return None  # "El Kremlin y la Casa Blanca emitieron un comunicado": a joint document, no one issuer
        gap = toks[c.j : verb]
        if len(gap) > MAX_ISSUER_GAP or any(
            not t.word or t.capitalised or t.low in self.lang.prepositions for t in gap
        ):
            return None
        if c.kind == "inst" and not any(t.capitalised for t in toks[c.i : c.j] if t.low not in self.lang.skip):
            # "The company denied … in a statement": an anaphor, the one body in view there (not the last "company")
            return self._body_in_view(Cand(c.i, c.j, "inst", c.start, c.end, None, head=c.head), c.start)
        if c.kind in ("person", "org", "inst") and not self._coordinated(c):
            return c.speaker
        return None

    def _joined(self, first: Cand, second: Cand) -> bool:
        """Whether only "and" and articles stand between two candidates ("the Kremlin and the White House", "el
        Kremlin y la Casa Blanca"): one subject of two, whose words are neither's alone."""
        between = self.toks[first.j : second.i]
        return any(t.low in _CONJUNCTIONS for t in between) and all(
            t.low in _CONJUNCTIONS or t.low in self.lang.skip for t in between
        )

    def _coordinated(self, c: Cand) -> bool:
        """A name joined to another by "and", after it ("nennen Bund und Länder", "said Smith and Jones") or before
        it ("Песков и Лавров заявили"): the words are both's, or a joint body's; one of them alone is a wrong
        speaker, so nobody."""
        toks = self.toks

        def name_at(k: int) -> bool:
            return (
                0 <= k < len(toks)
                and toks[k].word
                and toks[k].capitalised
                and k not in self.inside
                and not self.lang.is_verb(toks[k].text)
                and toks[k].low not in self.lang.pronouns
            )

        after = c.j + 1 < len(toks) and toks[c.j].low in _CONJUNCTIONS and name_at(c.j + 1)
        # before it, the other must be a named person or body ending right at the "and" (a capitalised common noun,
        # "die Frauenrechtlerin und Soziologin María Teresa Blandón", is one person's two roles)
        before = (
            c.i >= 2
            and toks[c.i - 1].low in _CONJUNCTIONS
            and name_at(c.i - 2)
            and any(
                o.j == c.i - 1 and o.kind in ("person", "org") and o.speaker is not None
                for o in self.cast.candidates(max(0, c.i - 8), c.i - 1, self.inside)
            )
        )
        return bool(after or before)

    # --- the clauses around a quote -------------------------------------------------------

    def after(self, q: QuoteSpan, limit: int) -> Found | None:
        toks = self.toks
        end = min(self.layout.sentence_end(q.end), limit, self.layout.paragraph_end(q.end))
        a, b = self.tok(q.end), min(self.tok(end), self.tok(q.end) + MAX_AFTER)
        if a < b and toks[a].text in _ASIDES and self.text[q.end : toks[a].start].strip(" \u00a0") == "":
            # "«…» (MANNSCHAFT berichtete bereits 2019 über …)": an aside in brackets right after the quote is
            # the writer's note on something else, not the quote's reporting clause
            return None
        while a < b and toks[a].text in _LEADING:
            a += 1
        if a >= b:
            return None
        lang = self.lang
        body_end = q.text.rstrip("'’‘\"”“»«›‹ \u00a0")[-1:]
        terminal = body_end in ".…" and not lang.unspaced  # after "?" or "!" the attribution may still follow
        new_sentence = False
        if terminal and toks[a].capitalised and self.text[q.end : toks[a].start].strip(" \u00a0") == "":
            # a new sentence after a quote closed by a full stop, unless it is only the attribution
            b = min(b, a + 6)
            new_sentence = True
        if toks[a].low in CLAUSE_STARTS:
            return None  # "X said “A” and Y added “B”": a new clause, not the attribution of A
        clean = self._starts_attribution(a, b)
        # a quote that runs on into its sentence ("“…,” State Duma speaker X wrote") has no verb in capitals
        # after it: only a clause that opens after the quote may start with one
        runs_on = body_end in ",;" or "," in self.text[q.end : toks[a].start]
        opening = -1 if runs_on else a
        words = 0
        segment = a  # where the subject of a verb found further on may start: after the last comma
        for k in range(a, b):
            if k in self.inside:
                break
            if toks[k].word:
                words += 1
            if words > MAX_VERB_AFTER:
                break
            if toks[k].text in (",", "—", "–", ";") and not clean:
                segment = k + 1
            n = self._cue(k, b)
            if n and (k == a or toks[k].low not in _CUES_AT_START):
                found = self._after_cue(k, n, b, q.start)
                if found is not None:
                    return found
            if lang.cues_after and toks[k].low in lang.cues_after and k > a:
                cands = self._usable(self.cast.candidates(a, k, self.inside))
                if cands:
                    found = self._as_found(cands[-1], q.start)
                    found.verb = toks[k].text
                    return found
            n = self._zh_verb(k) if lang.unspaced else int(self._is_verb(k, opening, strong=k - a > 2))
            if not n:
                continue
            start = a if clean else segment
            pre = self.cast.candidates(start, k, self.inside, trusted=True)
            if not clean and not (pre and all(t.low in lang.skip or not t.word for t in toks[pre[-1].j : k])):
                continue  # "…" mutually shared by Ukraine: not an attribution; look further ("…, he warned")
            verb = "".join(t.text for t in toks[k : k + n]) if lang.unspaced else toks[k].text
            lemma = lang.verb_lemma(verb)
            if new_sentence:
                stop = self.tok(self.layout.sentence_end(toks[k].start))
                if _words_over(toks, k + n, stop, 5):
                    # "“….” Israel has said Gaza militants use ambulances …": a sentence of its own that reports
                    # something else, not the attribution of the quote before it
                    return None
            between = [t.text for t in toks[k + n : self.tok(limit)]] if limit < len(self.text) else None
            if between is not None and (not between or between == [":"] or _introduces(between)):
                # "“A” Mr. Smith said “B”", "“A” He said: “B”", "„A.“ X sagte den Zeitungen der Funke Mediengruppe:
                # „B“": the verb introduces the next quote, its clause running on to the colon before it
                return None
            found = None
            if pre:
                found = self._parsed_subject(k, pre, q.start) or self._choose(pre, near_end=True, before_pos=q.start)
            if found is None and lemma in _CITING:
                post = self._usable(self.cast.candidates(k + n, b, self.inside))
                people = [c for c in post if c.kind in ("person", "pronoun")]
                if people:
                    found = self._as_found(people[0], q.start)
            carrier = self._pronoun_carrier(k, a) if found is None and not pre else k
            hyphen = self._hyphen_pronoun(toks[carrier].low) if found is None and not pre else ""
            if hyphen:
                # "« … », explique-t-elle": the verb carries its inverted subject pronoun after a hyphen; in a
                # compound tense its auxiliary does ("« … », a-t-il ajouté")
                gender = lang.pronouns.get(hyphen.split("-")[-1])
                found = Found(
                    pronoun=Cand(
                        carrier, carrier + 1, "pronoun", toks[carrier].start, toks[carrier].end, gender=gender
                    ),
                    gender=gender,
                )
            if found is None and not pre and lemma not in lang.addressee:
                if self._impersonal_verb(verb):
                    # "— сообщили в МИД России", "— говорится в сообщении пресс-службы Кремля": the body the clause
                    # names after the preposition, before any name inside it (not Russia of "МИД России")
                    found = self._impersonal(k + n, b)
                if found is None and self._unnamed_subject_marked(a, k):
                    found = Found(blocked=True, how="unnamed")  # 「…」と野党などが指摘: someone unnamed
                if found is None and not (lang.verb_final and lang.has("subject_first")):
                    # verb-final with the subject always first (Japanese): what follows the verb is the next clause
                    found = self._after_verb(k + n, b, q.start)
                articles = ARTICLE_GENDER.get(lang.code, {})
                if (
                    found is None
                    and k + n < b
                    and toks[k + n].low in lang.words("indefinite")  # the language's own: "a" is no article in Italian
                    and toks[k + n].low not in articles
                ):
                    found = Found(blocked=True, how="unnamed")  # "afirmó un integrante del Poder Ejecutivo"
                elif (
                    found is None
                    and k + n + 1 < b
                    and toks[k + n].low in articles
                    and toks[k + n + 1].word
                    and not toks[k + n + 1].capitalised
                    and (named := self.cast.named_with(toks[k + n + 1].text)) is not None
                ):
                    found = Found(speaker=named, how="role")  # "disse a estudante" after "a estudante Michele Taborga"
                elif found is None and k + n < b and toks[k + n].low in articles:
                    # "explicó el teniente", "disse a estudante": someone the article introduced
                    gender = ARTICLE_GENDER[lang.code][toks[k + n].low]
                    if self._epicene_after(k + n + 1, b):
                        gender = None  # "erklärt der US-Promi": the article's gender is the noun's, not the person's
                    found = (
                        Found(blocked=True, how="unnamed")
                        if gender == "p" or not self._person_noun_after(k + n + 1, b)
                        else Found(
                            pronoun=Cand(
                                k + n, k + n + 1, "pronoun", toks[k + n].start, toks[k + n].end, gender=gender
                            ),
                            gender=gender or "h",
                        )
                    )
            if found is None and self._impersonal_form(verb):
                found = Found(blocked=True, how="impersonal")  # "— говорится в документе": no one the clause names
            if found is None and lang.suffixed_pronoun(toks[k].low):
                found = Found(pronoun=Cand(k, k + 1, "pronoun", toks[k].start, toks[k].end), gender=None)
            if found is None and not pre and self._common_subject(start, k):
                # "“…,” the doctors stated" after "The doctors, members of … Doctors for Camp Closure,": that body;
                # "“…,” the patient wrote": no one the article names
                body = self._members_body(k - 1, q.start)
                found = Found(speaker=body, how="members") if body else Found(blocked=True, how="unnamed")
            if found is None:
                found = Found(implicit=True, gender=lang.gender_of_verb(verb))
            elif (
                found.how == "title"
                and found.speaker is not None
                and found.speaker.label == "PERSON"
                and lang.gender_of_verb(verb) == "p"
            ):
                found = Found(blocked=True, how="plural")  # "explicaron … el Presidente": not one person
            elif found.pronoun is not None and found.pronoun.low == lang.impersonal.get(lemma):
                found = self._impersonal_es(found.pronoun.j, b)
            found.verb = verb
            found.how = found.how or "after"
            if found.gender is None:
                found.gender = lang.gender_of_verb(verb)
            return found
        return None

    def _impersonal_at(self, k: int, a: int, b: int) -> bool:
        """An impersonal speech verb at k with its pronoun right after it ("heißt es")."""
        t = self.toks[k]
        if not t.word or (t.capitalised and k > a) or k + 1 >= b:
            return False
        pronoun = self.lang.impersonal.get(self.lang.verb_lemma(t.low))
        return pronoun is not None and self.toks[k + 1].low == pronoun

    def _impersonal_es(self, a: int, b: int) -> Found:
        """German "„…“, heißt es": impersonal, not a pronoun for the last thing named. The organisation the
        clause names ("heißt es in einer Mitteilung von Rheinmetall"), else nobody ("heißt es in dem Entwurf")."""
        for c in self.cast.candidates(a, b, self.inside):
            if c.kind == "org" and c.speaker is not None and c.speaker.label == "ORG":
                return Found(speaker=c.speaker, how="impersonal")
        # "hieß es im Kreml", "aus dem Kreml hieß es": a body the registry knows, in whose seat it was said; "hieß es
        # in einer Erklärung des Kremls": whose statement it is
        came_from = self.lang.words("impersonal_from")
        for k in range(a, b):
            if k in self.cast.mentions and self.cast.mentions[k][1].id and k > 0:
                m = k - 1 if self.toks[k - 1].low not in self.lang.words("definite") else k - 2
                if (m >= 0 and self.toks[m].low in came_from) or self._document_of(k):
                    return Found(speaker=_entity_speaker(self.cast.mentions[k][1]), how="impersonal")
        issuer = self._compound_issuer(a, b) or next(
            (
                body
                for c in self.cast.candidates(a, b, self.inside)
                if c.kind == "inst"
                and c.speaker is None
                and (c.head in _ISSUED_HEADS or self._governed(c, came_from))  # "aus dem Präsidialamt in Kiew"
                if (body := self._qualified_body(c)) is not None
            ),
            None,
        )
        if issuer is not None:
            return Found(speaker=issuer, how="impersonal")
        issued = self._issued_in(a, b)
        if issued is not None:
            return issued
        owner = self._statement_owner(a, b)
        if owner is not None:
            return Found(speaker=owner, how="impersonal statement")
        cued = self._cued_sentence_before(self.toks[a - 1].start if a else 0)
        if cued is not None:
            return Found(speaker=cued, how="impersonal cue before")
        # "Was für andere Wochen die Deutsche Post erlebt hat. „…“, heißt es": the one body the paragraph names
        body = self._body_in_paragraph(self.toks[a - 1].start if a else 0)
        if body is not None:
            return Found(speaker=body, how="impersonal")
        return Found(blocked=True, how="impersonal")

    def _cued_sentence_before(self, pos: int) -> Speaker | None:
        """The body or person an "according to" cue names in the sentence right before the one at ``pos``, in its
        paragraph ("Nach Angaben des Kreml handelte es sich um einen Terroranschlag. „…“, hieß es": the Kremlin):
        an impersonal verb goes on with the source the sentence before gave. None when that sentence has no cue
        naming one."""
        layout = self.layout
        start = layout.sentence_start(pos)
        if start <= layout.paragraphs[layout.paragraph_index(pos)]:
            return None
        before = layout.sentence_start(start - 1)
        a, b = self.tok(before), self.tok(start)
        for k in range(a, b):
            n = self._cue(k, b)
            if n and self.toks[k].low not in _NOT_CUES_BEFORE:
                found = self._cue_object(k + n, b, pos)
                return found.speaker if found is not None else None
        return None

    def _stated_in(self, q: QuoteSpan, found: Found) -> Found | None:
        """(``statement_locatives``, ``statement_verbs``) Turkish "Kremlin'den yapılan açıklamada, „…“ denildi": a
        passive speech verb after a quote whose sentence names, before it, the statement it was said in is the words
        of the body named in the few words before that noun ("Kremlin'den", "Kremlin'in"), else, when the noun opens
        the sentence ("Açıklamada, „…“ denildi"), of the one body that opens the sentence before and names such a
        statement ("Kremlin bir açıklama yaptı"). None otherwise."""
        stems = _STATEMENT_LOCATIVES.get(self.lang.code, {})
        if not stems or (found.verb or "").lower() not in self.lang.words("statement_verbs"):
            return None
        toks = self.toks
        first, kq = self.tok(self.layout.sentence_start(q.start)), self.tok(q.start)
        loc = next((k for k in range(kq - 1, first - 1, -1) if toks[k].low in stems and k not in self.inside), None)
        if loc is None:
            return None
        for m in range(loc - 1, max(first, loc - 3) - 1, -1):
            if m in self.cast.mentions and self.cast.mentions[m][1].label in _BODY_LABELS:
                return Found(speaker=_entity_speaker(self.cast.mentions[m][1]), verb=found.verb, how="stated in")
        if loc != first or first == 0:
            return None
        before = self.tok(self.layout.sentence_start(toks[first - 1].start))
        if before not in self.cast.mentions or self.cast.mentions[before][1].label not in _BODY_LABELS:
            return None
        if not any(t.low.startswith(stems[toks[loc].low]) for t in toks[before:first]):
            return None
        others = [c for c in self.cast.candidates(before, first, self.inside) if c.kind != "pronoun"]
        if len(others) != 1:
            return None
        return Found(speaker=_entity_speaker(self.cast.mentions[before][1]), verb=found.verb, how="stated in")

    def _issued_in(self, a: int, b: int) -> Found | None:
        """``heißt es in der Mitteilung``, ``si legge nella nota`` after "Der Kreml veröffentlichte eine Mitteilung": a
        definite document the clause names is the words of whoever issued it (``_issuer``); None when the clause
        names no such document or no introduction of it is in view."""
        toks, lang = self.toks, self.lang
        issued_heads = _ISSUED_HEADS | lang.words("document_anaphors")
        heads = {lang.lemma(h) for h in issued_heads}
        for k in range(a, b):
            if k in self.inside or not toks[k].word or lang.lemma(toks[k].low) not in heads:
                continue
            c = Cand(k, k + 1, "inst", toks[k].start, toks[k].end, None, head=toks[k].low)
            if c.head not in issued_heads:
                c.head = lang.lemma(toks[k].low)  # "nelle note": the head as the tables write it
            issued = self._issuer(c, toks[a].start)
            if issued is not None:
                issued.how = "impersonal document issuer"
                return issued
        return None

    def _document_of(self, k: int) -> bool:
        """(``document_heads``, ``genitive_articles``) the name at ``k`` is a statement's issuer in the genitive
        ("einer Erklärung des Kremls", "der Mitteilung der Regierung")."""
        heads = tuple(self.lang.words("document_heads"))
        return (
            bool(heads)
            and k >= 2
            and self.toks[k - 1].low in self.lang.words("genitive_articles")
            and self.toks[k - 2].low.endswith(heads)
        )

    def _statement_owner(self, a: int, b: int) -> Speaker | None:
        """(``document_heads``) "Siemens legte am Montag Zahlen vor. In einer Mitteilung heißt es: „…“": an impersonal
        clause naming a statement ("Mitteilung", "Erklärung") and no issuer is the statement of the organisation
        that is the only one named in the sentence before, as its subject (first, or after the speech verb that opens
        a verb-first clause: "أعلن الكرملين أن …. وجاء في البيان: …"); None otherwise."""
        heads = tuple(self.lang.words("document_heads"))
        if not heads or not any(t.word and t.low.endswith(heads) for t in self.toks[a:b]):
            return None
        own = self.layout.sentence_start(self.toks[a].start)
        if own <= 0:
            return None
        first = max(self.layout.sentence_start(own - 1), own - 600)  # bounded on a sentence with no end
        cands = [
            c
            for c in self.cast.candidates(self.tok(first), self.tok(own), self.inside)
            if c.kind in ("person", "org", "inst", "title", "pronoun")  # after a preposition too: unsure then
        ]
        # a title after the subject names no one ("… استهدفتا مقر الرئيس": the president's residence)
        cands = cands[:1] + [c for c in cands[1:] if c.kind != "title"]
        speaker = cands[0].speaker if len(cands) == 1 and cands[0].kind == "org" else None
        if speaker is None or speaker.label != "ORG":
            return None
        if any(t.word and not self.lang.is_verb(t.text) for t in self.toks[self.tok(first) : cands[0].i]):
            return None
        return speaker

    def _compound_issuer(self, a: int, b: int) -> Speaker | None:
        """(``publication_heads``) "heißt es im IBC Solar-Blog", "heißt es im SPD-Papier": a compound whose last part
        is a kind of publication names its issuer in front, the capitalised words before the hyphen; a body when
        they are no word of the language (initials, an unknown name: not "im Corona-Bericht"). None otherwise."""
        heads = self.lang.words("publication_heads")
        if not heads:
            return None
        toks = self.toks
        for k in range(a, b):
            t = toks[k]
            cut = t.text.rfind("-", 0, 64)
            if k in self.inside or cut <= 0 or t.low[cut + 1 :] not in heads:
                continue
            words = [t.text[:cut]]
            m = k - 1
            while m >= a and k - m <= 3 and toks[m].word and toks[m].capitalised and m not in self.inside:
                words.insert(0, toks[m].text)
                m -= 1
            if m < a or toks[m].low not in (self.lang.prepositions | self.lang.words("definite")):
                return None  # "im IBC Solar-Blog": after a preposition or an article, the compound stands alone
            first = words[0]
            if (first.isupper() and len(first) > 1) or not known_word(first, self.lang.code):
                name = " ".join(words)
                return Speaker(name=name, id=None, label="ORG", key=f"ORG:{name.casefold()}")
            return None
        return None

    def incise(self, q: QuoteSpan) -> Found | None:
        """An attribution inside the marks: « …, explique X. … », «…, – пожаловалась она. — …»."""
        toks, lang = self.toks, self.lang
        a, b = self.tok(q.body_start), self.tok(q.body_end)
        for k in range(a + 3, b - 1):
            if toks[k - 1].text not in (",", "—", "–", "-") or not toks[k].word or toks[k].capitalised:
                continue
            word, pronoun = toks[k].low, None
            suffix = self._hyphen_pronoun(word)  # the language's own ("poursuit-il"), as after the quote
            if suffix:
                word, pronoun = word[: -len(suffix)], suffix.split("-")[-1]
            if not lang.is_verb(word) or lang.verb_lemma(word) in lang.weak:
                continue
            end = k + 1
            while end < b and end - k < 10 and toks[end].text not in (",", ".", "—", "–", ";"):
                end += 1
            if end >= b or toks[end].text not in (",", ".", "—", "–", ";"):
                continue
            if pronoun is not None:
                found = Found(
                    pronoun=Cand(k, k + 1, "pronoun", toks[k].start, toks[k].end), gender=lang.pronouns.get(pronoun)
                )
            else:
                cands = [c for c in self.cast.candidates(k + 1, end) if c.kind != "relative" and not c.excluded]
                if not cands:
                    continue
                found = self._as_found(cands[0], q.start)
            found.verb, found.how = toks[k].text, "incise"
            return found
        return None

    def next_sentence(self, q: QuoteSpan, limit: int) -> Found | None:
        """``“…”. Lo ha detto il ministro Sergei Lavrov``: the speaker named in the sentence after the quote. Also
        (``next_demonstratives``) a demonstrative that points back at the quote, then any speech verb: „…“ Das
        betonte Müller", "Dies erklärte die Ministerin"."""
        cues = self.lang.next_cues
        pointers = self.lang.words("next_demonstratives")
        if not cues and not pointers and not self.lang.next_worded:
            return None
        toks = self.toks
        a = self._own_sentence_after(q)
        if a is None:
            a = self.tok(self.layout.sentence_end(q.end))  # after the sentence that holds the quote
        while a < len(toks) and not toks[a].word:
            a += 1
        if a >= len(toks) or self.layout.paragraph_index(toks[a].start) - self.layout.paragraph_index(q.end) > 1:
            return None
        b = self.tok(self.layout.sentence_end(toks[a].start))
        n = self._phrase_at(a, b, cues)
        if n:
            found = self._after_verb(a + n, b, q.start)
            if found is not None:
                found.verb, found.how = " ".join(t.text for t in toks[a : a + n]), "next sentence"
            return found
        verb = a + 1 if toks[a].low in pointers and a + 1 < b and self._is_verb(a + 1, a + 1, strong=True) else None
        n = self._phrase_at(a, b - 1, self.lang.next_worded)
        if n and toks[a + n].text.islower():
            verb = a + n  # "Mit diesen Worten eröffnete Müller die Sitzung": any verb, its subject spoke
        if verb is not None:
            found = self._after_verb(verb + 1, b, q.start)
            if found is not None:
                found.verb, found.how = toks[verb].text, "next sentence"
            return found
        return None

    def _own_sentence_after(self, q: QuoteSpan) -> int | None:
        """The first token after a quote that closes a sentence of its own (its words end in ``. ! ?`` and a
        capitalised word follows the closing mark in the same paragraph: „… handeln.“ Das sagte Müller"); the
        layout keeps such a quote in one sentence with what follows, as it does "“…!” Trump said"."""
        if not q.text.rstrip().endswith((".", "!", "?", "…")):
            return None
        k = self.tok(q.end)
        if k >= len(self.toks) or not self.toks[k].capitalised:
            return None
        if self.layout.paragraph_index(self.toks[k].start) != self.layout.paragraph_index(q.end - 1):
            return None
        return k

    def _document_owner(self, a: int, verb: int, q: QuoteSpan) -> Speaker | None:
        """``In der Petition heißt es: „…“`` after "Berger hat eine Petition gestartet": an impersonal clause before
        a colon naming a document (a word of five letters or more before its verb) that an earlier sentence names
        after one person, and no other, is that person's document. None otherwise ("Dort heißt es:", "В документе
        говорится:" with no such sentence before): a document no author is named for."""
        if _last_visible(self.text, 0, q.start) not in (":", "："):
            return None
        words = {
            self.lang.lemma(t.low)
            for t in self.toks[a:verb]
            if t.word and len(t.text) >= 5 and t.low not in self.lang.prepositions
        }
        if not words:
            return None
        for m in range(a - 1, self.tok(max(0, q.start - MAX_CONTINUED)) - 1, -1):
            t = self.toks[m]
            if not t.word or m in self.inside or self.lang.lemma(t.low) not in words:
                continue
            cands = self._usable(self.cast.candidates(self.tok(self.layout.sentence_start(t.start)), m, self.inside))
            people = {c.speaker.key: c.speaker for c in cands if c.kind == "person" and c.speaker is not None}
            return next(iter(people.values())) if len(people) == 1 else None
        return None

    def _unnamed_subject_marked(self, a: int, verb: int) -> bool:
        """Whether a word between a quote and its speech verb ends in the language's subject particle (Japanese
        「…」と野党などが指摘: "the opposition and others pointed out") while no candidate stands there: the
        verb's subject is someone the article does not name, not the last speaker."""
        particles = tuple(self.lang.words("subject_particles"))
        return bool(particles) and any(
            t.word and t.text.endswith(particles) and m not in self.inside
            for m, t in enumerate(self.toks[a:verb], start=a)
        )

    def _impersonal_form(self, verb: str) -> bool:
        """One of the language's impersonal speech-verb forms ("говорится", "oświadczono"): no person speaks."""
        words = self.lang.words("impersonal_verbs")
        return verb.lower() in words or self.lang.verb_lemma(verb) in words

    def _impersonal_verb(self, verb: str) -> bool:
        """A speech verb whose subject is the body named after it: a plural with no subject where the language
        has that trait ("сообщили в Кремле"), or one of the language's impersonal forms ("говорится", "йдеться",
        Polish "oświadczono")."""
        lang = self.lang
        return self._impersonal_form(verb) or (lang.has("plural_impersonal") and lang.gender_of_verb(verb) == "p")

    def _impersonal_before(self, a: int, verb: int) -> Found | None:
        """``В Кремле заявили: «…»``, ``В пресс-службе Кремля отметили``: an impersonal verb whose clause opens
        (after adverbs such as "ранее") with the body it names in the locative. None when anything else opens it."""
        toks, lang = self.toks, self.lang
        p = a
        while p < verb and toks[p].low not in _IMPERSONAL_IN and (not toks[p].word or toks[p].low in lang.skip):
            p += 1
        if p >= verb or toks[p].low not in _IMPERSONAL_IN:
            return None
        return self._impersonal(p, verb)

    def _impersonal(self, a: int, b: int) -> Found | None:
        """The body named by the locative phrase at a, or by the next one after a phrase of time ("заявили в
        пятницу в Кремле": one or two lower-case words that are no document or institution)."""
        found = self._impersonal_here(a, b)
        if found is not None or a >= b or self.toks[a].low not in _IMPERSONAL_IN:
            return found
        heads = self.lang.words("impersonal_heads")
        for m in (a + 2, a + 3):
            between = self.toks[a + 1 : m]
            if (
                m < b
                and self.toks[m].low in _IMPERSONAL_IN
                and all(t.word and not t.capitalised for t in between)
                and not any(self.lang.is_institution(t.low) or self.lang.lemma(t.low) in heads for t in between)
            ):
                return self._impersonal_here(m, b)
        return None

    def _impersonal_here(self, a: int, b: int) -> Found | None:
        """Russian ``отметили в «Автодоре»``, ``сообщили в Минобороны``: the institution in which "they said". A
        document or a service of a body before its name is that body's voice ("в сообщении пресс-службы Кремля",
        "у пресслужбі Кремля": the Kremlin)."""
        toks = self.toks
        if a + 1 >= b or toks[a].low not in _IMPERSONAL_IN:
            return None
        k = a + 1
        heads = self.lang.words("impersonal_heads")
        between = self.lang.words("impersonal_between")
        while (
            k < b
            and k - a <= 4
            and (
                not toks[k].word
                or (
                    not toks[k].capitalised
                    and (self.lang.is_institution(toks[k].low) or self.lang.lemma(toks[k].low) in heads)
                )
                or (bool(between) and (toks[k].low in between or toks[k].text[:1].isdigit()))
            )
        ):
            k += 1
        j = k
        while j < b and toks[j].word and (toks[j].capitalised or toks[j].text.isupper()):
            j += 1
            if j + 1 < b and j > k and toks[j].low in between and toks[j + 1].capitalised:
                j += 1  # "Policisë së Kosovës": a genitive article inside the body's name
        if j == k:
            return None
        entity = self.cast.mentions[k][1] if k in self.cast.mentions else None
        if entity is not None and entity.id:  # "сообщили в Кремле": the Kremlin
            return Found(speaker=_entity_speaker(entity), how="impersonal")
        label = "ORG"
        name = self._uninflected(self.text[toks[k].start : toks[j - 1].end])
        if entity is not None and self.cast.mentions[k][0] >= j:
            name, label = self._uninflected(entity.name), entity.label
        if j == k + 1 and entity is None and self._institution_after_adjective(j, b):
            # "в Головному управлінні розвідки", "в Следственном комитете": a body's name whose first word alone is
            # capitalised, an adjective before the institution noun; the noun and its genitive complete the name
            end = j + 1
            while end < min(b, j + 3) and toks[end].word and not toks[end].capitalised and not self._is_verb(end, end):
                if toks[end].low in self.lang.prepositions:
                    break
                end += 1
            name = self.text[toks[k].start : toks[end - 1].end]
            return Found(
                speaker=Speaker(name=name, id=None, label="ORG", key=f"ORG:{name.casefold()}"), how="impersonal"
            )
        if j == k + 1 and self.lang.is_institution(toks[k].low):
            # "в Офісі президента": a body named by its kind and the lower-case genitive of whose it is
            low = self.lang.lemma(toks[k].low)
            rest = [t for t in toks[j : min(b, j + 2)] if t.word and not t.capitalised]
            rest = rest[
                : next(
                    (n for n, t in enumerate(rest) if self._is_verb(j + n, j) or t.low in self.lang.prepositions),
                    len(rest),
                )
            ]
            if rest and toks[j].word and not toks[j].capitalised and low[:1] == toks[k].low[:1]:
                name, label = " ".join([low[0].upper() + low[1:], *(t.text for t in rest)]), "ORG"
        return Found(
            speaker=Speaker(name=name, id=None, label=label, key=f"{label}:{name.casefold()}"), how="impersonal"
        )

    def _institution_after_adjective(self, j: int, b: int) -> bool:
        """Whether the lower-case word at j, after a single capitalised word (its adjective), is an institution noun
        ("Головному управлінні", "Следственном комитете") in a language that capitalises only a body name's first
        word: the languages with ``case_roles`` (ru, uk, pl) stand for those today."""
        t = self.toks[j] if j < b else None
        return (
            t is not None
            and t.word
            and not t.capitalised
            and not self.lang.nouns_capitalised
            and self.lang.has("case_roles")
            and self.lang.is_institution(t.low)
        )

    def _uninflected(self, name: str) -> str:
        """A one-word name in a case form ("в «Автодоре»") as the article also writes it uninflected ("Автодор")."""
        if " " in name:
            return name
        bases = {t.text for t in self.toks if t.capitalised and len(t.text) >= 4 and 0 < len(name) - len(t.text) <= 2}
        return min((x for x in bases if name.startswith(x)), key=len, default=name)

    def _starts_attribution(self, a: int, b: int) -> bool:
        """Whether the words right after a quote open an attribution: a name, a pronoun, a title, a verb."""
        t = self.toks[a]
        if not t.word or self.lang.unspaced:
            return True
        low = t.low
        lang = self.lang
        return (
            t.capitalised
            or a in self.cast.mentions
            or low in lang.skip
            or low in lang.pronouns
            or low.rstrip(".") in lang.honorifics
            or lang.title_gender(t.text)[0]
            or lang.is_verb(low)
            or (bool(lang.separable) and self._particle_follows(a))
            or lang.is_institution(low)
            or any(cue[0] == low for cue in lang.cues)
            or low in _DETERMINERS
            or lang.suffixed_pronoun(low)
            or lang.is_verb(low[: len(low) - len(self._hyphen_pronoun(low))])
        )

    def _verbal_cue(self, k: int, b: int, before_pos: int) -> Found | None:
        """An "according to" cue followed by a speech verb ("según contó la integrante", "según explicó,"): the
        verb's own subject after it, else a left-out subject (resolved like "contó" alone). None when no verb
        follows the cue ("según el ministro")."""
        toks = self.toks
        if k >= b or not toks[k].word or (toks[k].capitalised and k > 0 and toks[k - 1].word):
            return None
        if not self.lang.is_verb(toks[k].text):
            return None
        verb = toks[k].text
        found = self._after_verb(k + 1, b, before_pos) or Found(implicit=True, gender=self.lang.gender_of_verb(verb))
        found.verb = verb
        found.how = found.how or "cue verb"
        if found.gender is None:
            found.gender = self.lang.gender_of_verb(verb)
        return found

    def _cue_object(self, a: int, b: int, before_pos: int) -> Found | None:
        """The name right after an "according to" cue, past its articles ("according to the White House"): the
        cue's own "to" governs it, which would exclude it as a subject, but it is the speaker. None when no name,
        person or body, stands there (the rules after the verb decide); no speaker when it is a possessive
        ("according to the ministry's figures, X was “…”": neither the ministry's words nor X's)."""
        toks = self.toks
        document = self.cast._document_at(a, b)
        if document is not None:
            # "according to a 2018 survey by Penelope Muse Abernathy": the document's author
            return Found(speaker=_entity_speaker(document[1]), how="cue document")
        m = a
        while m < b and toks[m].low in self.lang.skip and toks[m].low not in self.lang.prepositions:
            m += 1
        # from the cue on: a body's mention may hold its article ("the Institute for the Study of War")
        cands = [c for c in self.cast.candidates(a, b, self.inside) if c.kind != "relative"]
        first = cands[0] if cands else None
        if (
            first is None
            or not a <= first.i <= m
            or first.kind not in ("person", "org", "inst")
            or first.speaker is None
        ):
            return None
        if first.j < len(toks) and (toks[first.j].low in _POSSESSIVE or toks[first.j].low in ("'", "’")):
            return Found(blocked=True, how="cue possessive")  # the body's data or report: whose words, unsaid
        holder = self._holder_after_body(first, cands)
        if holder is not None:
            return Found(speaker=holder)
        return self._as_found(first, before_pos)

    def _holder_after_body(self, first: Cand, cands: list[Cand]) -> Speaker | None:
        """ "tulis Wakil Ketua Dewan Keamanan Rusia Dmitry Medvedev": a capitalised title read as a body's name,
        with a person's name at once after it (no word, no comma between): that person holds the title and speaks,
        not the body. None otherwise."""
        k = cands.index(first)
        after = cands[k + 1] if k + 1 < len(cands) else None
        if first.kind != "org" or after is None or after.kind != "person" or after.i != first.j:
            return None
        return after.speaker

    def _after_verb(self, a: int, b: int, before_pos: int) -> Found | None:
        """ "said Dmitry Peskov", "said the Kremlin spokesman, Dmitry Peskov", "сказал Песков"."""
        lead = a
        while lead < b and self.toks[lead].text in (",", "—", "–"):
            lead += 1
        if lead < b and self.toks[lead].low in COMPLEMENTISERS:
            return None  # "añadió que …", "said that …": the reported clause, not the subject
        whole, b = b, next((k for k in range(a, b) if self.toks[k].low in SUBORDINATORS), b)
        cands = self._usable(self.cast.candidates(a, b, self.inside))
        cands = [c for c in cands if c.kind != "relative"]
        if not cands and b < whole and any(t.word for t in self.toks[lead:b]):
            # "„…“, zeiden ingewijden toen Mark Rutte …": the verb's subject is words that name no one, and the
            # name comes only in a clause of its own: a decision (no one), not a gap for the ranker to fill
            return Found(blocked=True, how="subordinate")
        if (
            not cands
            and a < b
            and not self.lang.has("lone_capitalised_not_subject")
            and self.toks[a].capitalised
            and not self.cast._common(self.toks[a])
            and self.toks[a].low not in self.lang.skip
        ):
            # "„…“, führt Facebook dazu aus": right after the verb a lone capitalised word that is no common
            # word of the language is the inverted subject's name
            lone = self.cast._name(a, min(b, a + 1), trusted=True)
            cands = [lone] if lone is not None and not lone.excluded else []
        if not cands:
            return None
        if self._dative_body(lead, cands):
            cands = cands[1:]  # "powiedział PAP rosyjski polityk Andriej Nowikow": PAP is told, the politician tells
        first = cands[0]
        if self._second_phrase(self.toks[lead : first.i]):
            # "ließ der Soldatenkönig seinen Sohn Friedrich II. wissen": an article's noun phrase comes first after the
            # verb (the subject), then a possessive one the name completes (the object): the subject is no one the
            # clause names; a decision, not a gap for the ranker
            return Found(blocked=True, how="unnamed")
        person = next((c for c in cands[1:4] if c.kind == "person"), None)
        if first.kind == "person" and any(t.word and not t.capitalised for t in self.toks[lead : first.i]):
            first = self._title_holder(first, cands)  # "отметил советник Зеленского Михаил Подоляк"
        holder = self._holder_after_body(first, cands)
        if holder is not None:
            return Found(speaker=holder)
        if first.kind == "title" and person is not None:
            person = self._title_holder(person, cands)
            # "sagt der Präsident des Malteser Hilfsdienst, Georg Khevenhüller", "il vicepremier e ministro … Antonio
            # Tajani", "rzecznik Kremla Dmitrij Pieskow": the name that completes the title, before the clause goes on
            gap = self.toks[first.j : person.i]
            # the gap is the title's body, not a phrase of its own ("dijo el mandatario, en alusión a la marca Make
            # America Great Again": not a name of the mandatario)
            governed = any(g.low in self.lang.prepositions and g.low not in _OF and g.low not in _OF_WORDS for g in gap)
            # (``possessives``) nor a possessive's phrase of its own: "ließ der Soldatenkönig seinen Sohn Friedrich II.
            # wissen": the name completes the object; the title is the subject, read as a title (below)
            owned = any(g.low in self.lang.words("possessives") for g in gap)
            if (
                len(gap) <= 10
                and not governed
                and not owned
                and not any(self._is_verb(g, first.j) for g in range(first.j, person.i))
            ):
                if person.speaker is not None:
                    self.cast.bind(first, person.speaker)
                return Found(speaker=person.speaker)
        if first.kind == "pronoun" and self.lang.has("pronoun_after_verb"):
            return Found(pronoun=first, gender=first.gender)
        return self._as_found(first, before_pos)

    def _dative_body(self, lead: int, cands: list[Cand]) -> bool:
        """(``case_roles``) a body right after a speech verb and before a person or a title, with at most a few
        lower-case words between ("сообщил ТАСС глава региона Иван Петров", "powiedział PAP polityk Jan Nowak"): an
        agency's indeclinable name in the dative, the one told; the subject is the person after it."""
        if not self.lang.has("case_roles") or len(cands) < 2:
            return False
        body, nxt = cands[0], cands[1]
        if body.kind != "org" or body.i != lead or nxt.kind not in ("person", "title"):
            return False
        gap = self.toks[body.j : nxt.i]
        return len(gap) <= 4 and all(
            t.word and not t.capitalised and t.low not in self.lang.prepositions and not self.lang.is_verb(t.text)
            for t in gap
        )

    def _title_holder(self, person: Cand, cands: list[Cand]) -> Cand:
        """The name a role's phrase ends on: when another person's name follows the first one at once (or after a
        comma), the first is the role's complement and the second its holder ("отметил советник Зеленского Михаил
        Подоляк", "заявив радник Зеленського Михайло Подоляк", "said an adviser to Zelensky, Mykhailo Podolyak":
        Podolyak, not Zelensky). Read only where a lower-case word (the role) comes before the first name, so "сказал
        Песков Путину" stays Peskov's."""
        k = cands.index(person)
        after = cands[k + 1] if k + 1 < len(cands) else None
        if after is None or after.kind != "person" or after.speaker is None:
            return person
        gap = self.toks[person.j : after.i]
        if all(t.text == "," for t in gap) and len(gap) <= 1:
            return after
        return person

    def _second_phrase(self, gap: list[Token]) -> bool:
        """(``possessives``) the words between a speech verb and the first name after it hold an article's noun phrase
        and then a possessive ("der Soldatenkönig seinen Sohn"): the name completes the second phrase, not the first.
        Read over ten words at most."""
        possessives = self.lang.words("possessives")
        if not possessives:
            return False
        gap = gap[:10]
        article = next((n for n, t in enumerate(gap) if t.low in _DETERMINERS), None)
        return article is not None and any(t.low in possessives for t in gap[article + 2 :])

    def _after_cue(self, k: int, n: int, b: int, pos: int, how: str = "") -> Found | None:
        """Who a cue of ``n`` tokens at ``k`` (before ``b``) names for the quote at ``pos``: its verbal phrase's
        subject, else its object or the subject after it, which gets the cue as its verb (and ``how``, if given).
        The one reading of a cue for the attribution after a quote and the one before it."""
        verbal = self._verbal_cue(k + n, b, pos)
        if verbal is not None:
            return verbal
        found = self._cue_object(k + n, b, pos) or self._after_verb(k + n, b, pos)
        if found is not None:
            found.verb = " ".join(t.text for t in self.toks[k : k + n])
            found.how = how or found.how
        return found

    def _colon_lead(self, q: QuoteSpan, floor: int) -> int | None:
        """Where the lead-in of a quote that opens its paragraph starts when the paragraph before ends with a colon
        ("Dann schreibt Aron ihm:" then „…“ on a line of its own): that paragraph's last sentence, which the quote
        completes. None when the quote does not open its paragraph or no colon hands over to it."""
        layout = self.layout
        para = layout.paragraph_index(q.start)
        if para == 0 or self.text[layout.paragraphs[para] : q.start].strip():
            return None
        end = layout.paragraphs[para]
        while end > 0 and self.text[end - 1].isspace():
            end -= 1
        if end <= floor or self.text[end - 1 : end] not in (":", "："):
            return None
        return max(layout.sentence_start(end - 1), floor)

    def before(self, q: QuoteSpan, floor: int) -> Found | None:
        toks = self.toks
        start = max(self.layout.sentence_start(q.start), floor)
        lead = self._colon_lead(q, floor)
        if lead is not None:
            start = lead
        a, b = self.tok(start), self.tok(q.start)
        if a >= b:
            return None
        lang = self.lang
        for k in range(a, b):
            n = self._cue(k, b)
            if n and (toks[k].low not in _NOT_CUES_BEFORE or self._closing_cue(k, n, b) or self._opening_cue(k, b)):
                if self._clause_after_cue(k + n, b):
                    continue  # "According to TASS, Peskov said: “…”": the clause's speaker, whom TASS reports
                fronted = self._verb_after_cue_phrase(k + n, b)
                if fronted is not None:
                    return self._verbal_cue(fronted, b, q.start)  # "Laut TASS sagte Peskow: „…“": Peskov, not TASS
                found = self._after_cue(k, n, b, q.start, how="cue")
                if found is not None:
                    return found
        verb_at, n = None, 0
        aside = self._bracketed(a, b)
        phrase = b  # where a prepositional phrase read back from a noun that looks like a verb starts
        for k in range(b - 1, a - 1, -1):
            if k in self.inside or k in aside or k >= phrase:
                continue
            if self._impersonal_at(k, a, b):
                # "Auf der Website von Cansativa … heißt es dort, sehe sich Cansativa als „…“", "Dort heißt es:
                # „…“", "In der Petition heißt es: „…“": the body the sentence names, else nobody (a document no
                # author is named for; not whoever spoke last)
                found = self._impersonal_es(a, b)
                if found.speaker is None and (owner := self._document_owner(a, k, q)) is not None:
                    found = Found(speaker=owner, how="document of a person")
                found.verb = toks[k].text
                return found
            n = (
                self._zh_verb(k)
                if lang.unspaced
                else int(self._is_verb(k, a, strong=True, framing=True) or self._impersonal_form(toks[k].text))
            )
            if n and not lang.unspaced and (prep := self._verb_noun_phrase(k, a)) is not None:
                phrase = prep  # "told reporters on a conference call:": "told" reports, "call" is a noun
                continue
            if n:
                verb_at = k
                break
        if verb_at is None:
            return self._colon(a, b, q) or self._weak_verb_unnamed(a, b) or self._weak_verb_pronoun(a, b)
        verb = "".join(t.text for t in toks[verb_at : verb_at + n]) if lang.unspaced else toks[verb_at].text
        pre = self.cast.candidates(a, verb_at, self.inside)
        if pre and self._after_fronted_clause(a, verb_at):
            pre = []  # "Wie TASS berichtete, sagte Peskow: „…“": the subject follows the verb, TASS is the clause's
        # "He urged Mr. Trump to act, saying “…”": a participle's subject is the sentence's, not the nearest name
        participle = verb.lower().endswith(lang.participle_endings)
        impersonal = self._impersonal_verb(verb)
        found = self._impersonal_before(a, verb_at) if impersonal else None
        if found is None and pre:
            found = self._saying_of(pre, verb_at, q.start)
        if found is None and pre and self._indefinite_after(verb_at, b):
            found = Found(blocked=True, how="unnamed")  # "Als sie kam, sagte eine Freundin: „…“": not "sie"
        if found is None and pre:
            apposed = self._apposed_subject(pre, verb_at)
            if apposed is not None:
                found = self._as_found(apposed, q.start)  # "X – von Tax Justice Network – sagt: „…“"
        if found is None and pre:
            found = self._parsed_subject(verb_at, pre, q.start)
        if found is None and lang.verb_lemma(verb) not in lang.addressee and self._inverted(a, verb_at, pre):
            found = self._after_verb(verb_at + n, b, q.start)  # "Im Gespräch mit X berichtete die Präsidentin: …"
            if found is not None:
                found.how = "inverted"
        quoted_as = verb_at > 0 and toks[verb_at - 1].low in _QUOTED_AS  # "RIA Novosti quoted Peskov as saying"
        if found is None and pre and participle and quoted_as:
            found = self._choose(pre, near_end=False, before_pos=q.start)
        elif found is None and pre and participle:
            # the sentence's subject itself, not the first person anywhere in it ("The court also found a federal
            # statute …, the Communications Decency Act, noting that “…”": the court, not the Act)
            subjects = self._main_clause([c for c in self._usable(pre) if c.kind != "relative"], a, verb_at)
            found = self._as_found(subjects[0], q.start) if subjects else None
        elif found is None and pre:
            found = self._choose(pre, near_end=True, before_pos=q.start)
        if found is None and not pre and self._common_subject(a, verb_at):
            body = self._members_body(verb_at - 1, q.start)  # "The doctors said … “…”": the body they are members of
            found = Found(speaker=body, how="members") if body else None
        if found is None and not pre and impersonal:
            found = self._impersonal(verb_at + n, b)  # "Как сообщили в Кремле, «…»"
        if found is None and not pre and lang.verb_lemma(verb) not in lang.addressee:
            found = self._after_verb(verb_at + n, b, q.start)
        if found is None and self._impersonal_form(verb):
            owner = self._document_owner(a, verb_at, q)
            statement = self._statement_owner(verb_at, b) if owner is None else None
            found = (
                Found(speaker=owner, how="document of a person")
                if owner is not None
                # "أعلن الكرملين … وجاء في البيان: «…»": the statement of the body the sentence before named
                else Found(speaker=statement, how="impersonal statement")
                if statement is not None
                else Found(blocked=True, how="impersonal")
            )
        if found is None and self._indefinite_subject(a, verb_at, b):
            found = Found(blocked=True, how="unnamed")
        if found is None:
            found = Found(implicit=True, gender=lang.gender_of_verb(verb))
        found.verb = verb
        found.how = found.how or "before"
        if found.gender is None:
            found.gender = lang.gender_of_verb(verb)
        return found

    def _saying_of(self, pre: list[Cand], verb_at: int, pos: int) -> Found | None:
        """(``saying_nouns``) the noun "his saying" right after a name is that name's quote, though a preposition
        governs it ("نقلت الوكالة عن بيسكوف قوله: …", the agency reported from Peskov his saying): Peskov, not the
        agency. None when the word is no such noun or no person or body ends right before it."""
        if self.toks[verb_at].low not in self.lang.words("saying_nouns"):
            return None
        said = pre[-1]
        if said.j != verb_at or said.kind not in ("person", "org", "inst"):
            return None
        found = self._as_found(said, pos)
        found.how = "saying"
        return found

    def _clause_after_cue(self, j: int, b: int) -> bool:
        """Whether a cue's phrase from ``j`` closes with a comma and a clause of its own speech verb follows before
        the quote at ``b`` ("According to TASS, Peskov said: “…”", "Según la agencia TASS, Peskov dijo: «…»"): the cue
        names the source of the report, the clause the speaker. Reads a few words either side of the comma (German's
        "Laut TASS sagte Peskow: „…“", the verb right after the cue with no comma, is ``_verb_after_cue_phrase``'s)."""
        if self.lang.unspaced:
            return self._unspaced_clause_after_cue(j, b)
        comma = next((m for m in range(j, min(j + 12, b)) if self.toks[m].text == ","), None)
        return comma is not None and any(
            self._is_verb(m, comma + 1, strong=True) for m in range(comma + 1, min(comma + 16, b))
        )

    def _unspaced_clause_after_cue(self, j: int, b: int) -> bool:
        """``_clause_after_cue`` where words are written without spaces ("据塔斯社报道，国家杜马主席沃洛金说：“…”": TASS
        reports what Volodin said): the cue's phrase closes with a full-width comma, and the clause after it ends
        with its own speech verb and a colon right before the quote."""
        toks = self.toks
        comma = next((m for m in range(j, min(j + 12, b)) if toks[m].text in (",", "，")), None)
        if comma is None or b - comma < 3 or toks[b - 1].text not in (":", "："):
            return False
        if any(toks[m].text in (",", "，", "。") for m in range(comma + 1, b - 1)):
            return False
        return any(m + self._zh_verb(m) == b - 1 for m in range(max(comma + 1, b - 5), b - 1))

    def _verb_after_cue_phrase(self, j: int, b: int) -> int | None:
        """(``verb_second``) the speech verb right after the phrase of a cue that opens the clause, with no comma
        ("Laut TASS sagte Peskow: „…“", "Nach Angaben von Interfax sagte Peskow"): the cue's phrase fills the first
        place, so the subject follows the verb (the cue names the source of the report). None when a comma, a mark
        or more than six words come first, or the language puts no verb second."""
        if not self.lang.has("verb_second"):
            return None
        for m in range(j + 1, min(j + 7, b)):
            if not self.toks[m].word or m in self.inside:
                return None
            if self._is_verb(m, j, strong=True):
                return m
        return None

    def _after_fronted_clause(self, a: int, verb: int) -> bool:
        """(``verb_second``, ``fronted_clauses``) whether a subordinate clause opens the sentence and its comma stands
        right before the speech verb ("Wie TASS berichtete, sagte Peskow", "Als er gefragt wurde, sagte Peskow"):
        the clause fills the first place, the verb's subject follows it, and the names of the clause are not it."""
        toks = self.toks
        if not self.lang.has("verb_second") or verb - 1 <= a or toks[verb - 1].text != ",":
            return False
        k = a
        while k < verb and (not toks[k].word or toks[k].low in CLAUSE_STARTS):
            k += 1
        return k < verb and toks[k].low in self.lang.words("fronted_clauses")

    def _verb_noun_phrase(self, k: int, a: int) -> int | None:
        """Where the phrase starts that holds the speech verb's base form at ``k`` as a noun or an infinitive, after
        a speech verb earlier in the clause that reports: a preposition, an article and one or two lower-case words
        ("… told reporters on a conference call: “…”", "… said in a written comment to Reuters: “…”"), or an
        ``infinitive_markers`` word ("the Kremlin said, adding that Russia reserved the right to respond “…”").
        None when the word is the clause's verb ("A spokesman for the ministry said:", "He went on to say:": no
        speech verb before it)."""
        toks, lang = self.toks, self.lang
        if lang.lemma(toks[k].low) != toks[k].low:
            return None  # "said", "commented": an inflected verb is no noun
        start = None
        if k - 1 > a and toks[k - 1].low in lang.words("infinitive_markers"):
            start = k - 1
        markers = NOUN_MARKERS.get(lang.code, ())
        for gap in (1, 2):
            article = k - gap - 1
            if start is not None or article - 1 <= a:
                break
            if not all(t.word and not t.capitalised for t in toks[article + 1 : k]):
                break
            if toks[article].low in markers and toks[article - 1].low in lang.prepositions:
                start = article - 1
        if start is None:
            return None
        reports = any(m not in self.inside and self._is_verb(m, a, strong=True) for m in range(a, start))
        return start if reports else None

    def _indefinite_phrase(self, k: int, end: int) -> int | None:
        """Where a noun phrase with an indefinite article at ``k`` ends (after its noun), before ``end``: the
        article, at most two lower-case words (adjectives: "ein langjähriger Freund"), then a person noun, or
        any capitalised noun where every noun is capitalised; None when there is none."""
        toks = self.toks
        if k >= end or toks[k].low not in self.lang.words("indefinite"):
            return None
        for n in range(k + 1, min(end, k + 4)):
            t = toks[n]
            if not t.word or n in self.inside:
                return None
            if self.lang.person_noun(t.text)[0] or (self.lang.nouns_capitalised and t.capitalised):
                return n + 1
            if t.capitalised:
                return None
        return None

    def _weak_verb_unnamed(self, a: int, b: int) -> Found | None:
        """(where a subject may follow its verb) a weak speech verb, its subject after it and a colon right before
        the quote ("Als ich mich umzog, rief das Team plötzlich: „…“"): the subject an article and a noun name no
        one, so the quote is nobody's, not the last speaker's it would otherwise continue. None when the clause
        is not so, or names someone (the rules that read names do that)."""
        toks = self.toks
        if b - a < 4 or toks[b - 1].text not in (":", "：") or self.lang.has("subject_first") or self.lang.verb_final:
            return None
        end = b - 1
        while end > a and toks[end - 1].word and not toks[end - 1].capitalised and end > b - 4:
            end -= 1  # adverbs closing the clause ("plötzlich", "laut")
        articles = self.lang.words("definite") | self.lang.words("indefinite")
        for k in range(end - 2, max(a, end - 6) - 1, -1):
            if toks[k].low not in articles or k == a or not self._is_verb(k - 1, a):
                continue
            noun = end - 1
            if not (toks[noun].capitalised or self.lang.person_noun(toks[noun].text)[0]):
                return None
            if any(not t.word or t.capitalised for t in toks[k + 1 : noun]):
                return None
            if self.cast.candidates(k, end, self.inside):
                return None  # a title, a name, an institution: for the rules that read them
            return Found(verb=toks[k - 1].text, blocked=True, how="unnamed")
        return None

    def _weak_verb_pronoun(self, a: int, b: int) -> Found | None:
        """(``pronoun_after_verb``) a weak speech verb, its subject pronoun right after it, at most two lower-case
        words and a colon right before the quote ("Gerhard lacht und … meint er nur: „…“"): the pronoun speaks, as
        after a strong verb. None when the clause is not so."""
        toks = self.toks
        if b - a < 3 or toks[b - 1].text not in (":", "：") or not self.lang.has("pronoun_after_verb"):
            return None
        p = b - 2
        while (
            p > a and p > b - 4 and toks[p].word and not toks[p].capitalised and toks[p].low not in self.lang.pronouns
        ):
            p -= 1  # adverbs closing the clause ("nur", "leise")
        if p <= a or toks[p].low not in self.lang.pronouns or p - 1 in self.inside or not self._is_verb(p - 1, a):
            return None
        pronoun = next((c for c in self.cast.candidates(p, p + 1, self.inside) if c.kind == "pronoun"), None)
        if pronoun is None:
            return None
        return Found(verb=toks[p - 1].text, pronoun=pronoun, gender=pronoun.gender, how="weak verb pronoun")

    def _indefinite_subject(self, a: int, verb: int, b: int) -> bool:
        """Whether the subject of the speech verb at ``verb`` before a quote (``b``) is someone the article does not
        name, as an indefinite article tells: the clause opens with that phrase and the verb follows it at once ("Ein
        langjähriger Freund sagte: „…“"), or (where a subject may follow its verb) the phrase follows the verb and
        the quote comes right after it ("…, sagte eine Freundin: „…“"). Nobody, not the last person named."""
        toks = self.toks
        k = a
        while k < verb and (not toks[k].word or toks[k].low in CLAUSE_STARTS):
            k += 1
        end = self._indefinite_phrase(k, verb)
        if (
            end is not None
            and 0 < verb - end <= 3
            and toks[end].low in self.lang.prepositions
            and all(toks[m].word and not toks[m].capitalised and m not in self.inside for m in range(end, verb))
        ):
            end = verb  # "Eine Stimme hinter mir sagt: „…“": a short place phrase between the phrase and its verb
        return end == verb or self._indefinite_after(verb, b)

    def _indefinite_after(self, verb: int, b: int) -> bool:
        """(where a subject may follow its verb) an indefinite noun phrase right after the speech verb and then
        only the quote ("…, sagte eine Freundin: „…“"): the verb's subject, whoever the clause before names."""
        if self.lang.has("subject_first") or self.lang.verb_final:
            return False
        end = self._indefinite_phrase(verb + 1, b)
        return end is not None and all(not self.toks[m].word for m in range(end, b))

    def _main_clause(self, cands: list[Cand], a: int, verb: int) -> list[Cand]:
        """The candidates of the main clause when the sentence opens with a subordinate one ("When Winfrey asked if
        he could share them, he declined, saying …": "he", not Winfrey): those after the comma that closes it."""
        toks = self.toks
        k = a
        while k < verb and not toks[k].word:
            k += 1
        if k >= verb or toks[k].low not in self.lang.words("subordinators"):
            return cands
        comma = next((m for m in range(k + 1, min(verb, k + 60)) if toks[m].text == "," and m not in self.inside), None)
        if comma is None:
            return cands
        return [c for c in cands if c.i > comma] or cands

    def _bracketed(self, a: int, b: int) -> set[int]:
        """(``bracket_asides``) the tokens between a and b inside brackets opened and closed there: an aside ("(44
        percent of Americans say they want …)") whose verb is not the attribution of a quote after it."""
        if not self.lang.has("bracket_asides"):
            return set()
        out: set[int] = set()
        opened: int | None = None
        for k in range(a, b):
            text = self.toks[k].text
            if text == "(" and k not in self.inside:
                opened = k
            elif text == ")" and opened is not None:
                out.update(range(opened, k + 1))
                opened = None
        return out

    def _inverted(self, a: int, verb: int, pre: list[Cand]) -> bool:
        """Whether the subject of a speech verb before a quote comes after it: the clause opens with
        something else ("Von der Bundesregierung fordert der VDA", "En rueda de prensa, dijo el ministro",
        "В интервью заявил Песков"), and a subject follows the verb at once. Not in English, where the
        words after "said" start the reported clause ("Blinken said Washington would “…”")."""
        if self.lang.has("subject_first") or self.lang.verb_final:
            return False
        toks = self.toks
        k = a
        while k < verb and (not toks[k].word or toks[k].low in CLAUSE_STARTS):
            k += 1
        usable = [c for c in self._usable(pre) if c.kind != "relative"]
        if usable:
            # names before the verb are its subject unless the clause opens with a prepositional phrase that
            # runs up to the verb ("Im Gespräch mit X und Y berichtete …"; not "Per cui anche X, il …, ha detto")
            opened = k < verb and toks[k].low in self.lang.prepositions
            if not opened or any(toks[m].text in (",", ";", "—", "–") for m in range(k, verb)):
                return False
        m = verb + 1
        while m < len(toks) and toks[m].low in self.lang.skip and toks[m].low not in self.lang.prepositions:
            m += 1
        nxt = self.cast.candidates(m, min(m + 1, len(toks)), self.inside)
        return bool(nxt) and nxt[0].i == m and nxt[0].kind in ("person", "org", "inst", "title", "pronoun")

    def _colon(self, a: int, b: int, q: QuoteSpan) -> Found | None:
        """``Peskov: “…”``: a name and a colon, nothing else, before the quote."""
        if self.toks[b - 1].text not in (":", "："):
            return None
        cands = self._usable(self.cast.candidates(a, b - 1, self.inside))
        if b - a <= 8 and len(cands) == 1 and cands[0].kind in ("person", "org", "inst"):
            found = self._as_found(cands[0], q.start)
            found.how = "colon"
            return found
        return self._colon_subject(a, b, q, cands)

    def _colon_subject(self, a: int, b: int, q: QuoteSpan, cands: list[Cand]) -> Found | None:
        """``Landesbranddirektor Dr. Karsten Homrighausen beglückwünschte die Geehrten: „…“``: one clause whose
        subject, a name, opens the sentence (after its titles), and whose colon hands over to the quote: that
        subject, whatever the verb. Not when the sentence names anyone else or holds more than one clause."""
        toks = self.toks
        named = [c for c in cands if c.kind != "title"]
        if named and named[0].kind == "person" and all(c.kind in ("org", "inst") for c in named[1:]):
            # "Der Finanzexperte Markus Meinzer von Tax Justice Network hält das für ein Problem – besonders bei
            # …: „…“": a person opening the sentence stays its subject past the bodies named after them (their
            # employer, a place of the aside); another person named would make it unsure
            named = named[:1]
        if len(named) == 2 and self._asks(named[0], named[1]):
            named = named[:1]  # "Gianni fragt Aron: „…“": the one asked is the object; the asker speaks
        if len(named) != 1 or named[0].kind not in ("person", "org", "inst") or named[0].j >= b - 2:
            return None
        subject = named[0]
        opening = {k for c in cands if c.kind == "title" for k in range(c.i, c.j)}
        if any(toks[k].word and k not in opening and not self._role_word(toks[k].text) for k in range(a, subject.i)):
            return None
        breaks = (",", ";", "(", ")") if subject.kind == "person" else (",", ";", "—", "–", "(", ")")
        if any(t.text in breaks for t in toks[subject.j : b - 1]):
            return None
        found = self._as_found(subject, q.start)
        found.how = "colon subject"
        return found

    def _asks(self, subject: Cand, asked: Cand) -> bool:
        """(``asking``) ``subject``, a verb of asking, then ``asked`` right after it: the one asked, not a speaker."""
        asking = self.lang.words("asking")
        return (
            bool(asking)
            and subject.kind == "person"
            and asked.kind == "person"
            and asked.i == subject.j + 1
            and self.lang.verb_lemma(self.toks[subject.j].text) in asking
        )

    def _role_word(self, word: str) -> bool:
        """A word that may stand before a name as part of its title: an honorific, a determiner or a role noun
        ("Der Finanzexperte Markus Meinzer", "Dr. Homrighausen")."""
        low = word.lower().rstrip(".")
        return low in self.lang.honorifics or low in self.lang.words("determiners") or self.lang.person_noun(word)[0]

    def nearest_before(self, q: QuoteSpan, floor: int) -> Found | None:
        """Verb-final languages: ``Peskov, yaptığı açıklamada “…” dedi``: the subject opens the sentence."""
        start = max(self.layout.sentence_start(q.start), floor)
        cands = self._usable(self.cast.candidates(self.tok(start), self.tok(q.start), self.inside))
        cands = [c for c in cands if c.kind != "relative"]
        if not cands:
            return None
        head = self._head_of_chain(cands)
        return self._choose(cands[head : head + 1], near_end=False, before_pos=q.start)

    def _head_of_chain(self, cands: list[Cand]) -> int:
        """A head-final subject ends in its head: "Ukrayna Devlet Başkanı Volodimir Zelenskiy" is Zelenskiy, and
        "ABD Dışişleri Bakanı Antony Blinken" Blinken, not the country that qualifies the title. From the first
        candidate on, a name that is not a person gives way to the person its unbroken noun phrase runs on to (only
        words between: no punctuation, conjunction or clause opener)."""
        stop = self.lang.words("conjunctions") | self.lang.words("clause_starts")
        k = 0
        while k + 1 < len(cands) and cands[k].kind != "person":
            nxt = cands[k + 1]
            between = self.toks[cands[k].j : nxt.i]
            if not all(t.word and t.low not in stop for t in between):
                break
            if nxt.kind == "person":
                return k + 1
            k += 1
        return 0

    # --- pronouns and implied subjects ----------------------------------------------------

    def resolve(self, pos: int, gender: str | None) -> Speaker | None:
        """The last subject that spoke or was introduced before ``pos``, compatible in gender and number."""
        floor = self._view_start(pos)
        for event in reversed(self._events_before(pos)):
            if event.pos < floor:
                break
            if self._compatible(event.speaker, gender):
                if event.kind == "unnamed":
                    return None
                if gender in ("m", "f") and self.cast.gender(event.speaker) is None:
                    # "As Ramaswamy played down the boos he faced, she added": "he" tells Ramaswamy's gender, so
                    # the "she" after it is not his (names no data gives a gender learn it from the text)
                    self.cast.note_gender(event.speaker.key, gender)
                return event.speaker
            if gender in ("m", "f") and event.speaker.label == "PERSON" and self.cast.gender(event.speaker) is None:
                return None  # a person of unknown gender in between: unsure
        return None

    def resolve_only(self, pos: int, gender: str | None, spoke: bool = False) -> Speaker | None:
        """Like ``resolve``, but only when a single person of the window is compatible (``spoke``: among those
        who spoke, not those only introduced)."""
        floor = self._view_start(pos)
        fits = {
            e.speaker.key: e.speaker
            for e in self._events_before(pos)
            if e.pos >= floor and self._compatible(e.speaker, gender) and (not spoke or e.kind == "spoke")
        }
        only = next(iter(fits.values())) if len(fits) == 1 else None
        return None if only is None or only.key.startswith(UNNAMED) else only

    def _definite(self, c: Cand) -> bool:
        """A title phrase with a definite article ("el mandatario"), not an indefinite one ("un integrante")."""
        definite = DEFINITE.get(self.lang.code, set())
        k = c.i - 1
        while k >= max(0, c.i - 4) and self.toks[k].low not in definite and self.toks[k].low not in _DETERMINERS:
            if not self.toks[k].word or self.toks[k].low in self.lang.prepositions:
                return False
            k -= 1
        return k >= 0 and self.toks[k].low in definite

    def _bare(self, c: Cand) -> bool:
        """A title with nothing before it in its clause but a verb or punctuation ("— сказал пресс-секретарь",
        "– podsumowuje publicysta"): no determiner, number or adjective that could make it someone else."""
        k = c.i - 1
        return k < 0 or not self.toks[k].word or self._is_verb(k, k)

    def _qualified(self, c: Cand) -> bool:
        """A title completed by the body it serves ("el secretario general de La Cámpora", "il direttore
        generale dell'Oms"): one office of one organisation, whose holder the article must name; the person
        last introduced is a guess."""
        k = c.j
        if k < len(self.toks) and self.toks[k].low in _OF:
            k += 1
            while k < len(self.toks) and self.toks[k].low in self.lang.skip:
                k += 1
            return k < len(self.toks) and (self.toks[k].capitalised or k in self.cast.mentions)
        return False

    def _compatible(self, sp: Speaker, gender: str | None) -> bool:
        if gender == "h":  # a person of either gender
            return sp.label == "PERSON"
        if gender in ("m", "f"):
            if sp.label != "PERSON":
                return False
            known = self.cast.gender(sp)
            return known is None or known == gender
        if gender == "n":
            return sp.label != "PERSON"
        if gender == "p":
            return sp.label == "ORG"
        return True

    def _organisation(self, pos: int) -> Speaker | None:
        """The organisation the last two paragraphs are about: the last one introduced or speaking."""
        para = self.layout.paragraph_index(pos)
        floor = self.layout.paragraphs[max(0, para - 1)]
        for event in reversed(self._events_before(pos)):
            if event.pos < floor:
                break
            if event.speaker.label == "ORG" and event.speaker.key not in self._text_bodies:
                return event.speaker  # (a body read from the text is read again, in its own paragraph only)
        return self._body_in_paragraph(pos)

    def _adjective_bodies(self) -> dict[int, Entity]:
        """(``bodies_in_text``) the organisations the recogniser read as an article, a capitalised adjective and a
        noun ("die Deutsche Post"), by the token their mention starts at: the bodies the paragraph scan reads."""
        if not self.lang.has("bodies_in_text"):
            return {}
        articles = self.lang.words("definite")
        return {
            n: e
            for n, (_, e) in self.cast.mentions.items()
            if e.label == "ORG" and n and self.toks[n - 1].low in articles and self.cast.name_adjective(self.toks[n])
        }

    def _body_in_paragraph(self, pos: int) -> Speaker | None:
        """(``bodies_in_text``) the one body the paragraph names before ``pos`` that the recogniser did not read,
        written as a name: an article, capitalised adjectives and a noun ("die Deutsche Post", "bei der Berliner
        Straßenreinigung"; in German only a name capitalises the adjective). None when there is none or more than
        one, and never past a person or organisation the recogniser read in that stretch (then it is theirs)."""
        if not self.lang.has("bodies_in_text"):
            return None
        first = max(self.tok(self.layout.paragraph_start(pos)), self.tok(pos) - 200)
        last = self.tok(pos)
        toks = self.toks
        articles = self.lang.words("definite")
        found: set[str] = set()
        read: dict[str, Speaker] = {}  # a body the recogniser read, by the name it is found under
        k = first
        while k < last - 2:
            if k + 1 in self._read_bodies and toks[k].low in articles and k + 1 not in self.inside:
                speaker = _entity_speaker(self._read_bodies[k + 1])
                found.add(speaker.name)
                read[speaker.name] = speaker
                k += 2
                continue
            if (
                toks[k].low not in articles
                or k in self.inside
                or k + 1 in self.inside
                or not self.cast.name_adjective(toks[k + 1])
            ):
                k += 1
                continue
            j = k + 2
            while j < last and j - k <= 4 and toks[j].word and toks[j].capitalised and j not in self.cast.mentions:
                j += 1
            if j > k + 2 and not any(n in self.cast.mentions for n in range(k + 2, j)):
                found.add(_standalone_body_name(toks[k + 1 : j], self.text[toks[k + 1].start : toks[j - 1].end]))
            k = j
        mentions = self.cast.mentions
        if len(found) != 1 or any(
            n in mentions and n not in self._read_bodies and mentions[n][1].label in ("PERSON", "ORG")
            for n in range(first, last)
        ):
            return None
        name = found.pop()
        if name in read:
            return read[name]
        self._text_bodies.add(f"ORG:{name.casefold()}")
        return Speaker(name=name, id=None, label="ORG", key=f"ORG:{name.casefold()}")

    def spoke(self, pos: int, speaker: Speaker) -> None:
        self._add(_Event(pos, speaker, "spoke"))
