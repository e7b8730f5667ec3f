"""What every step of a quote's attribution reads.

The article's tokens and paragraphs, the subjects seen so far (events a pronoun looks back on), the
function words of each language (``QUOTES`` in ``services/enrich/languages/<code>.py``), and a candidate a
clause names resolved to a speaker: a person, a body, a title phrase to the person the article named with it,
a pronoun to its antecedent (:meth:`Reader._as_found`, :meth:`Reader.resolve`).
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, insort
from collections.abc import Container, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from wirestream.contracts import Entity
from wirestream.services.enrich import languages
from wirestream.services.enrich.entities.quotes.language import Lang, common_word, nation_adjective
from wirestream.services.enrich.entities.quotes.marks import QuoteSpan
from wirestream.services.enrich.entities.quotes.speakers import (
    _CONJUNCTIONS,
    _OF_WORDS,
    Cand,
    Cast,
    Speaker,
    _bare_title,
    _entity_speaker,
    _standalone_body_name,
)
from wirestream.services.enrich.entities.quotes.text import Layout, Token, tokens
from wirestream.services.enrich.entities.registry import folded

_ITS = re.compile(r"\bits\b", re.IGNORECASE)  # (_person_read_as_body) a body referred to as a thing
_WORD = re.compile(r"\w+")  # (_person_read_as_body) the words after a body in its sentence

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
# Tokens after a subject's event that ``_title_is_object`` reads for the title's role word (bounded: an endless sentence
# stays linear)
OBJECT_REACH = 30
MAX_CONTINUED = 3000  # characters back a quote with no attribution looks for the speaker it continues
_ISSUED_HEADS = languages.union("QUOTES", "document_heads")
# Turkish "açıklamada": a statement's locative, with the stem its introduction starts with ("bir açıklama yaptı")
_STATEMENT_LOCATIVES: dict[str, dict[str, str]] = languages.by_language("QUOTES", "statement_locatives")
_BODY_LABELS = ("ORG", "FAC", "GPE")  # a body issuing a statement: an organisation, a seat ("the Kremlin"), a state
MAX_SIGNATURE = 20  # tokens of a signature after a dash, or of a reporting clause closing a sentence
MAX_ISSUER_GAP = 3  # words between an issuer's name and its verb ("The company flat-out denied … in a statement")
_NON_SPACE = re.compile(r"\S+")  # what str.split() splits out
_WORDS = re.compile(r"\w+")
# (_holds_other_office) a registered office's folded word that is a spokesperson's in any language ("kremlsprecher",
# "spokesman", "presssekretar"): the lexicon's words as parts, the English forms the lexicon folds onto one lemma
_SPOKESPERSON_PARTS = tuple(
    sorted({folded(w).replace("-", "") for w in SPOKESPERSON if len(w) > 4} | {"spokesman", "spokeswoman"})
)


def _spokesperson_word(word: str) -> bool:
    return any(part in word for part in _SPOKESPERSON_PARTS)


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


class Reader:
    """The article as attribution reads it, and a clause's candidate resolved to a speaker."""

    def __init__(
        self,
        text: str,
        entities: list[Entity],
        lang: Lang,
        spans: list[QuoteSpan],
        doc: Any = None,
        roles: Mapping[str, Sequence[str]] | None = None,
    ) -> None:
        self.text = text
        self.lang = lang
        self.spans = spans
        self.span_starts = [q.start for q in spans]
        self.toks = tokens(text)
        self.starts = [t.start for t in self.toks]
        self.layout = Layout(text, spans, lang.abbreviations, lang.common)
        self.cast = Cast(text, self.toks, entities, lang, roles)
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

    def _role_used_before(self, c: Cand) -> Speaker | None:
        """ "señaló el funcionario" with two people in view: the role word the article used before, after a definite
        article, in a sentence where only one person of the role's gender was in view ("el funcionario policial ha
        garantizado …" after the inspector's introduction): that person. Looks back over the view's paragraphs only;
        None when the role was not used so or more than one person fits there too."""
        toks = self.toks
        head = toks[c.j - 1].low
        definite = DEFINITE.get(self.lang.code, set())
        floor = self.tok(self._view_start(c.start))
        for k in range(c.j - 2, max(floor, 1) - 1, -1):
            if toks[k].low != head or k in self.inside or toks[k - 1].low not in definite:
                continue
            return self.resolve_only(self.layout.sentence_start(toks[k].start), c.gender or "h")
        return None

    def _title_is_object(self, c: Cand, person: Speaker, pos: int) -> bool:
        """(``object_articles``) "Larroque acusó al Presidente de …. “…”, contestó el Presidente": the title's role
        word, after an article that marks a person as the object ("al": the personal "a"), followed the verb of the
        one person in view, in the sentence where they were the subject. The title is the one they acted on, not
        them. (A role word in a genitive there, "el liderazgo del Presidente", may be the subject himself.)"""
        articles = self.lang.words("object_articles")
        if not articles:
            return False
        toks = self.toks
        head = toks[c.j - 1].low
        floor = self._view_start(pos)
        for event in self._events_before(pos):
            if event.pos < floor or event.speaker.key != person.key:
                continue
            at = self.tok(event.pos)
            end = min(self.tok(self.layout.sentence_end(event.pos)), at + OBJECT_REACH, c.i)
            if any(
                toks[k].low == head and toks[k - 1].low in articles and k not in self.inside for k in range(at + 1, end)
            ):
                return True
        return False

    def _view_start(self, pos: int) -> int:
        """Where the paragraphs a pronoun looks back over begin: the ``WINDOW_PARAGRAPHS`` paragraphs ending with
        the one ``pos`` is in."""
        return self.layout.paragraphs[max(0, self.layout.paragraph_index(pos) - WINDOW_PARAGRAPHS + 1)]

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
        # a weak verb that reports with its object ("ruled that"): a speech verb before a quote too
        return not (strong and lemma in lang.weak) or self._verb_and_object(k, word)

    def _verb_and_object(self, k: int, word: str) -> bool:
        """A verb that reports speech only with its object right after it ("as Peskov put it, “…”")."""
        return k + 1 < len(self.toks) and self.lang.verb_with_object(word, self.toks[k + 1].low)

    def _hyphen_pronoun(self, word: str) -> str:
        """(``hyphen_pronouns``) the subject pronoun an inverted verb carries after a hyphen ("explique-t-elle":
        "-t-elle"), longest first; "" when it carries none."""
        own = self.lang.words("hyphen_pronouns")
        return next((s for s in _HYPHEN_PRONOUNS if s in own and word.endswith(s) and len(word) > len(s) + 1), "")

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
            if len(antecedents) >= 2 and self._bracketed_name(antecedents[-1]):
                antecedents.pop()  # "Tobias Gerhardt (CSU), der Bürgermeister …, sagte": the party is no antecedent
            if antecedents and self._unnamed_antecedent(antecedents[-1], order[0]):
                return Found(blocked=True, how="unnamed")
            if antecedents:
                return self._as_found(antecedents[-1], before_pos)
            return None
        people = [c for c in order if c.kind == "person" or (c.kind == "pronoun" and c.gender not in ("n", "p"))]
        if people and near_end and order[0].kind == "title" and self._title_after_phrase(people[0], order[0]):
            # "Speaking alongside Emmanuel Macron, the Ukrainian president said": the title is the subject, the
            # name the phrase's; the title's holder or no one, never the name
            found = self._as_found(order[0], before_pos)
            return found if found.speaker is not None else Found(blocked=True, how="title")
        if people and near_end:
            people = [self._before_aside(people[0], usable)]
        if people:
            return self._as_found(people[0], before_pos)
        orgs = [c for c in order if c.kind in ("org", "inst") or (c.kind == "pronoun" and c.gender in ("n", "p"))]
        titles = [c for c in order if c.kind == "title"]
        if orgs and titles and order.index(orgs[0]) < order.index(titles[0]):
            governing = self._governing_title(titles[0], orgs[0], before_pos)
            if governing is not None:
                return governing
        if orgs and not (titles and order.index(titles[0]) < order.index(orgs[0])):
            return self._as_found(orgs[0], before_pos)
        if titles:
            return self._as_found(titles[0], before_pos)
        return None

    def _governing_title(self, title: Cand, org: Cand, before_pos: int) -> Found | None:
        """(``title_governs_next``) a title and the body it governs right after it, before the verb ("سخنگوی کرملین
        گفت": the Kremlin's spokesman said), or (``unspaced``) the body written right before the title ("据克里姆林宫
        发言人说"): the subject is the title's holder, the person the article named in it or whose registered office
        it is, not the body; None for no such person (the body then, as before)."""
        if org.speaker is None or title.gender == "p" or self._indefinite(title):
            return None
        if self.lang.unspaced:
            if org.j != title.i:  # "据克里姆林宫发言人说": the body written onto the title, before it
                return None
        else:
            # (``title_of`` in a language with no other "of": "المتحدث باسم الكرملين قال", the spokesman in the name
            # of the Kremlin) the body one word further
            own_of = title.j < len(self.toks) and self.toks[title.j].low in self.lang.words("title_of")
            at = title.j + (own_of and not self.lang.words("of"))
            if org.i != at or (body := self.cast.governed_body(title)) is None or body.key != org.speaker.key:
                return None
        person = self.cast.resolve_title(title, before_pos) or self.cast.registered_role(title)
        return Found(speaker=person, how="title") if person is not None else None

    def _title_after_phrase(self, person: Cand, title: Cand) -> bool:
        """Whether a title comes right after the comma that follows a person's name, a few words of its own between
        ("…, the Ukrainian president"), as :meth:`Cast._subject_after_phrase` leaves it a candidate of its own."""
        gap = [t.text for t in self.toks[person.j : title.i]]
        return 1 <= len(gap) <= 6 and gap[0] == "," and all(g[:1].isalpha() for g in gap[1:])

    def _before_aside(self, last: Cand, usable: list[Cand]) -> Cand:
        """The subject before an aside that a comma and a preposition open after it, when the person nearest the verb
        stands inside that aside ("Musa Bello, in a statement signed by his spokesman, Ade Oke, said": Bello, not
        the spokesman named in the statement's phrase); ``last`` otherwise."""
        earlier = [c for c in usable if c.j <= last.i and c.kind == "person"]
        if not earlier:
            return last
        first = earlier[0]
        toks = self.toks
        k = first.j
        if k + 1 >= last.i or toks[k].text != "," or toks[k + 1].low not in self.lang.prepositions:
            return last
        if toks[last.i - 1].text != "," or last.j >= len(toks) or toks[last.j].text != ",":
            return last  # the later name is no apposition inside the aside ("…, in Abuja, Ade Oke said")
        if first.i > 0 and toks[first.i - 1].word and toks[first.i - 1].low not in self.lang.skip:
            return last  # the earlier name is no clause's subject ("After meeting Musa Bello, in Abuja, …")
        if any(self._is_verb(m, m, strong=True) for m in range(k + 1, last.i)):
            return last
        return first

    def _bracketed_name(self, c: Cand) -> bool:
        """Whether a candidate stands alone in brackets ("(CSU)", "(SPD)"): an aside on the name before it."""
        return self.text[c.start - 1 : c.start] == "(" and self.text[c.end : c.end + 1] == ")"

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
            if person is not None and self._bare_title_passed_on(c, person):
                return Found(blocked=True, how="title")
            if person is None and c.gender != "p" and not self._indefinite(c):
                # "the Kremlin spokesman" where the article names Peskov without the title: his registered office
                person = self.cast.registered_role(c)
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
            of = c.of or self._genitive_body(c) or self._members_by_modifier(c)
            if person is None and c.gender == "p" and of is not None and of.label == "ORG":
                # "écrivent les analystes de l'ISW", "so die Experten des ISW", "napisali analitycy ISW": a body's
                # people say its words
                return Found(speaker=of, how="members")
            definite = c.gender != "p" and self._definite(c)
            bare = c.gender != "p" and not DEFINITE.get(self.lang.code) and self._bare(c)
            if person is None and (definite or bare) and not c.body:
                # "disse a estudante", "dijo el mandatario": the one person the article names with that role word;
                # where the language has no article, the role word alone ("— сказал пресс-секретарь"). Not a title
                # of a body ("szef amerykańskiej dyplomacji"): a binding of that body, above, would have named them,
                # and the role word's other holder ("Szef MSZ Rosji Siergiej Ławrow") is someone else's office
                person = self.cast.named_with(self.toks[c.j - 1].text)
            if person is None and bare and not c.body and not any(b[0] == c.head for b in self.cast.bindings):
                # "— написал мэр." where the article names Sobyanin without the title and binds the role to no one: the
                # one person named whose registered office holds the role word ("мэр Москвы")
                person = self.cast.sole_registered_holder(c)
            if person is None and not definite:
                person = self._described(c, before_pos)
            if person is None and c.head in SPOKESPERSON and c.gender != "p":
                if definite and _bare_title(c) and not any(b[0] == c.head for b in self.cast.bindings):
                    # "afirmó el portavoz" where the article names Peskov without the title and binds the role to no
                    # one: the one person named whose registered office is a spokesperson's, not whoever spoke last
                    # (a minister)
                    person = self.cast.office_word_holder(c)
                if person is None and definite:
                    # "so die Industriesprecherin" after Müller's quotes: the one person of that gender speaking
                    pos = min(before_pos, self.layout.sentence_start(c.start))
                    person = self.resolve_only(pos, c.gender or "h", spoke=True)
                    if person is not None and self._holds_other_office(person):
                        # "sagte der Kremlsprecher" after Volodin's quote: the Duma's speaker is nobody's
                        # spokesman; the title is someone the article does not name
                        person = None
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
                if (
                    person is not None
                    and self._role_alone(c)
                    and self.cast.office_of_another(c.role, {person.key})
                    and not self._told_of_before(c, person)
                ):
                    # "sagte der Staatschef" with Zelensky ("der ukrainische Staatschef") and Putin ("der russische
                    # Staatschef") named: the role word is the registered office of another the article names too,
                    # whom the title may mean as well; unsure, not the one subject in view
                    person = None
                if person is not None and self._title_is_object(c, person, pos):
                    person = None  # the role word was that person's object: someone else
                if person is not None and self.cast.serves(person, self.toks[c.j - 1].text):
                    person = None  # "le président ukrainien" after his adviser's introduction: not the adviser
                if person is None:
                    person = self._role_used_before(c)
            return Found(speaker=person, blocked=person is None, how="title")
        if c.kind == "inst" and c.speaker is not None and c.speaker.id is None and c.i not in self.cast.mentions:
            # "the presidential office said" after "Ukraine's presidential office": the registered body written so
            registered = self._registered_as_written(c, before_pos)
            if registered is not None:
                return Found(speaker=registered, how="institution in view")
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

    def _holds_other_office(self, person: Speaker) -> bool:
        """Whether the one person speaking holds an office, none of it a spokesperson's: registered ("Duma speaker",
        "Duma-Präsident" for Volodin) or the title the article bound them to ("Bundeskanzler Olaf Scholz",
        "Parlamentschef Wolodin"). A spokesperson's title after their quote is then another's, unnamed. Not a
        person the article gives no office (Müller, "so die Industriesprecherin") nor one whose office is a
        spokesperson's (Peskov, "Kremlsprecher"; "Regierungssprecher Steffen Hebestreit")."""
        bound = {b[0] for b in self.cast.bindings if b[2].key == person.key}
        offices = self.cast.roles.get(person.id or "", [])
        if not bound and not offices:
            return False
        if bound & SPOKESPERSON:
            return False
        return not any(_spokesperson_word(w) for words in offices for w in words)

    def _told_of_before(self, c: Cand, person: Speaker) -> bool:
        """Whether the sentence right before the title's tells of ``person`` as its subject, in the writer's own words
        (no ``konjunktiv`` word: "Selenskyj bestritt die Vorwürfe. „…“, so der Präsident"): the title takes up the
        one the text is about there. Not a sentence of reported speech ("Kremlchef Putin habe sich nicht geäußert.":
        what someone said of him) nor one whose subject is someone else."""
        before = self._sentence_before(self.layout.sentence_start(c.start))
        if before is None:
            return False
        start, end = before
        konjunktiv = self.lang.words("konjunktiv")
        if any(t.low in konjunktiv for t in self.toks[self.tok(start) : self.tok(end)]):
            return False
        subjects = {e.speaker.key for e in self._events_before(end) if e.pos >= start}
        return subjects == {person.key}

    def _sentence_before(self, own: int) -> tuple[int, int] | None:
        """The sentence before the one starting at ``own``, past the white space and line breaks between them (the
        paragraph's end): its start and end, its last 600 characters at most (bounded on a sentence with no end).
        None at the text's start. It steps back over the white space only, never copies the text up to ``own``."""
        end = own
        while end > 0 and self.text[end - 1].isspace():
            end -= 1
        if end <= 0:
            return None
        return max(self.layout.sentence_start(end - 1), end - 600), end

    @staticmethod
    def _role_alone(c: Cand) -> bool:
        """A title that is its role word alone, a compound's first part included ("der Staatschef", "der Kremlchef",
        "der Präsident"): no other modifier but an article, no body it is of. Not "der ukrainische Staatschef"."""
        role = c.role.casefold()
        return bool(role) and _bare_title(c, besides=[m for m in c.modifiers if m.casefold() in role])

    def _bare_title_passed_on(self, c: Cand, person: Speaker) -> bool:
        """A bare title ("sagte der Sprecher", "a ajouté le porte-parole": no word of its own narrows it) bound to
        ``person`` in an earlier paragraph, where another person spoke in the title's paragraph before its sentence ("Regierungssprecher Hebestreit sagte …" ⏎ "Kirby hatte erklärt …. „…“, sagte der
        Sprecher"): the title may be that other person's, whose office the article does not give; unsure."""
        if not _bare_title(c):
            return False
        bound = [b[3] for b in self.cast.bindings if b[2].key == person.key and b[0] == c.head]
        own = self.layout.paragraph_start(c.start)
        if not bound or max(bound) >= own:
            return False  # bound in its own paragraph: "Sprecher Peter Vogl sagte …. „…“, sagte der Sprecher"
        floor = max(max(bound), own)
        for event in reversed(self._events_before(self.layout.sentence_start(c.start))):
            if event.pos < floor:
                break
            if event.speaker.label == "PERSON" and event.speaker.key != person.key and event.kind == "spoke":
                return True
        return False

    def _genitive_body(self, c: Cand) -> Speaker | None:
        """(``head_first_titles``) the organisation named right after a title, in the genitive it governs with no "of"
        word ("analitycy ISW"); None elsewhere."""
        if not self.lang.has("head_first_titles") or c.j not in self.cast.mentions:
            return None
        entity = self.cast.mentions[c.j][1]
        return _entity_speaker(entity) if entity.label == "ORG" else None

    def _members_by_modifier(self, c: Cand) -> Speaker | None:
        """The organisation named right before a plural title, as its modifier ("ISW analysts", "the ISW analysts"):
        the body whose people the title names. None for a singular title (a registered office reads those) and
        elsewhere."""
        if c.gender != "p":
            return None
        for m in range(c.i - 1, max(-1, c.i - 6), -1):
            if m in self.cast.mentions:
                end, entity = self.cast.mentions[m]
                return _entity_speaker(entity) if end == c.i and entity.label == "ORG" else None
        return None

    def _members_in_compound(self, k: int) -> Speaker | None:
        """A title written as a compound after a hyphen whose first part is how the article writes an organisation
        ("die ISW-Analysten", "die Nato-Experten"): that body, whose people the title names. None when the word is no
        such compound."""
        first, hyphen, last = self.toks[k].text.rpartition("-")
        if not hyphen or not first or not self.lang.title_gender(last)[0]:
            return None
        body = self.cast.body_by_form(first)
        return _entity_speaker(body) if body is not None and body.label == "ORG" else None

    def _age_title(self, head: str | None) -> bool:
        """Whether a title's head describes a person by age ("year-old", "48-jährig"): ``age_titles``, ending it."""
        return bool(head) and any(head.endswith(s) for s in self.lang.words("age_titles"))  # type: ignore[union-attr]

    def _body_in_view(self, c: Cand, before_pos: int, governed: bool = False) -> Speaker | None:
        """ "the company said", "the court ruled" after the article named one: the organisation of the last two
        paragraphs (as a subject or a speaker) whose name holds the head noun ("the court" -> "4th District Court of
        Appeal"), else, for heads that stand for any body of their kind (``anaphor_heads``: "the company"), the
        only organisation there. With two candidates, or none, nobody. The noun is a subject after one of the
        ``anaphor_articles``; ``governed``: after a preposition, in any case of the ``definite`` article ("hieß es aus
        dem Konzern")."""
        articles = self.lang.words("definite" if governed else "anaphor_articles")
        if not articles or c.i == 0 or self.toks[c.i - 1].low not in articles or not c.head:
            return None
        if c.j < len(self.toks) and (self.toks[c.j].low in _POSSESSIVE or self.toks[c.j].low in ("'", "’")):
            return None  # "the firm's practice has been to “…”": the firm's ways, not its words
        pos = min(before_pos, self.layout.sentence_start(c.start))
        para = self.layout.paragraph_index(pos)
        # (at most MAX_CONTINUED characters back: one endless paragraph is not read whole for every quote)
        floor = max(self.layout.paragraphs[max(0, para - 1)], pos - MAX_CONTINUED)
        head = self.lang.lemma(c.head)
        bodies = {
            e.speaker.key: e.speaker
            for e in self._events_before(pos)
            if e.pos >= floor and e.speaker.label == "ORG" and e.kind != "unnamed"
        }
        owners: set[str] = set()
        # a registered body as the article wrote it there: "das ukrainische Präsidialamt" holds "das Präsidialamt",
        # whose name ("Office of the President of Ukraine") is another language's
        written: set[str] = set()
        # and every organisation the recogniser found there, subject or not ("sold its plant to Lake Steel")
        for m in range(self.tok(floor), self.tok(pos)):
            if m in self.cast.mentions and self.cast.mentions[m][1].label == "ORG":
                entity = self.cast.mentions[m][1]
                sp = _entity_speaker(entity)
                bodies.setdefault(sp.key, sp)
                if self._head_of_before(m, head):
                    owners.add(sp.key)  # "l'agenzia delle Nazioni Unite": the agency is the UN's, not the UN
                elif entity.id and self._holds_head(self._mention_text(m), head):
                    written.add(sp.key)
        bodies = {k: sp for k, sp in bodies.items() if k not in owners}
        named = [sp for sp in bodies.values() if self._holds_head(sp.name, head) or sp.key in written]
        if len(named) == 1:
            return named[0]
        if not named:
            # "the production company said" after "Dick Clark Productions denied …": the one body whose name holds a
            # word the description gives it
            described = {
                self.lang.lemma(t.low) for t in self.toks[c.i : c.j] if t.word and not t.capitalised and len(t.low) > 3
            } - {head}
            holding = [sp for sp in bodies.values() if any(self._holds_head(sp.name, w) for w in described)]
            if len(holding) == 1:
                return holding[0]
        if not named and c.head in self.lang.words("anaphor_heads") and len(bodies) == 1:
            return next(iter(bodies.values()))
        return None

    def _head_of_before(self, m: int, head: str) -> bool:
        """Whether the name at token ``m`` stands in the genitive after the institution noun ``head`` ("the agency
        of the United Nations", "l'agenzia delle Nazioni Unite"): one or two of-words or articles between. That body
        owns the noun's body; it is not the noun's body itself."""
        toks = self.toks
        joining = _OF | _OF_WORDS | self.lang.words("definite") | self.lang.words("anaphor_articles")

        def joins(t: Token) -> bool:
            return (
                t.word
                and not t.capitalised
                and (t.low in joining or (len(t.low) <= 5 and t.low.startswith(tuple(_OF))))
            )

        k = m - 1
        while k >= 0 and m - k <= 2 and joins(toks[k]):
            k -= 1
        return k < m - 1 and k >= 0 and toks[k].word and self.lang.lemma(toks[k].low) == head

    def _qualified_in_view(self, c: Cand, before_pos: int) -> Speaker | None:
        """``„…“, teilte das Präsidialamt mit`` after "Das Präsidialamt in Moskau sprach von …": a definite institution
        noun that an earlier sentence of the paragraphs in view wrote with what singles its body out (a place or a
        people's adjective, ``_qualified_body``) is that body; None when no such phrase, or two different ones, came
        before."""
        articles = self.lang.words("anaphor_articles")
        if not articles or c.i == 0 or self.toks[c.i - 1].low not in articles or not c.head:
            return None
        pos = min(before_pos, self.layout.sentence_start(c.start))
        # the view, and no more than MAX_CONTINUED characters of it (one endless paragraph of statements was read
        # whole again for each: quadratic)
        floor = max(self._view_start(pos), pos - MAX_CONTINUED)
        head = self.lang.lemma(c.head)
        if not self._may_qualify(self.tok(floor), self.tok(pos), head):
            return None
        found: dict[str, Speaker] = {}
        for d in self.cast.candidates(self.tok(floor), self.tok(pos), self.inside):
            if d.kind == "inst" and d.speaker is None and d.head and self.lang.lemma(d.head) == head:
                body = self._qualified_body(d)
                if body is not None:
                    found.setdefault(body.key, body)
        return next(iter(found.values())) if len(found) == 1 else None

    def _may_qualify(self, a: int, b: int, head: str) -> bool:
        """Whether tokens a..b (and the two after) hold what :meth:`_qualified_body` needs to single a body out: the
        head noun, and a people's adjective or a place named (or the head is a document's, whose issuer follows
        it). Searched in the text's indexes, before every candidate of the view is read (a page of "teilte der Kreml
        mit" read them all for each quote)."""
        heads = self._lemmas_back({head}, a, b)
        if not heads:
            return False
        if any(self.toks[m].low in _ISSUED_HEADS for m in heads):
            return True  # a document: its issuer is the genitive after it, read by the candidates
        k = bisect_left(self._qualifiers, a)
        return k < len(self._qualifiers) and self._qualifiers[k] < b + 2

    @cached_property
    def _heads_by_lemma(self) -> dict[str, list[int]]:
        """(``_may_qualify``, ``_lemmas_back``) each lemma's tokens, in order: read once per text."""
        out: dict[str, list[int]] = {}
        for m, t in enumerate(self.toks):
            out.setdefault(self.lang.lemma(t.low), []).append(m)
        return out

    def _lemmas_back(self, lemmas: set[str], a: int, b: int) -> list[int]:
        """The tokens a..b whose lemma is one of ``lemmas``, last first (from the index, not a walk over a..b)."""
        found: list[int] = []
        for lemma in lemmas:
            places = self._heads_by_lemma.get(lemma, [])
            found.extend(places[bisect_left(places, a) : bisect_left(places, b)])
        return sorted(found, reverse=True)

    @cached_property
    def _qualifiers(self) -> list[int]:
        """(``_may_qualify``) the tokens that may single a body out, in order: a place's mention, a people's
        adjective."""
        return [
            m
            for m, t in enumerate(self.toks)
            if (m in self.cast.mentions and self.cast.mentions[m][1].label == "GPE")
            or (t.word and nation_adjective(t.text, self.lang.code))
        ]

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
        if lang.lemma(c.head) in lang.words("impersonal_heads"):
            # "– głosi komunikat służby prasowej prezydenta Rosji": a document the genitives describe is no body, and
            # the place closing them is no issuer ("komunikat … Rosji" spoke)
            return None
        i = next((m for m in range(c.i, c.j) if toks[m].low not in lang.skip), c.j)

        def adjective(t: Token) -> bool:
            functional = t.low in lang.skip or t.low in lang.prepositions or t.low in _OF_WORDS
            return t.word and not functional and nation_adjective(t.text, lang.code)

        qualified = any(adjective(toks[m]) for m in range(i, c.j))
        j = c.j
        while j < len(toks) and not lang.nouns_capitalised and adjective(toks[j]):
            j, qualified = j + 1, True  # "la présidence russe" (German puts no adjective after its noun: "waren")
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

    def _registered_as_written(self, c: Cand, before_pos: int) -> Speaker | None:
        """A body the title phrase builds a name for ("the presidential office": 'Presidential office') that the
        last two paragraphs wrote as the end of a registered body's mention after an article ("Ukraine's presidential
        office"): that body, the one so written; None for none or several."""
        toks = self.toks
        if c.i == 0 or toks[c.i - 1].low not in self.lang.words("anaphor_articles"):
            return None
        phrase = " " + " ".join(t.low for t in toks[c.i : c.j])
        pos = min(before_pos, self.layout.sentence_start(c.start))
        # (no more than MAX_CONTINUED characters back: one endless paragraph is not read whole for every quote)
        floor = max(self.layout.paragraphs[max(0, self.layout.paragraph_index(pos) - 1)], pos - MAX_CONTINUED)
        found = {
            sp.key: sp
            for m in range(self.tok(floor), self.tok(pos))
            if m in self.cast.mentions
            and (entity := self.cast.mentions[m][1]).id
            and entity.label == "ORG"
            and (sp := _entity_speaker(entity)) is not None
            and " ".join(self._mention_text(m).casefold().split()).endswith(phrase)
        }
        return next(iter(found.values())) if len(found) == 1 else None

    def _mention_text(self, m: int) -> str:
        """The text of the mention the recogniser or the registry found at token ``m``, as written."""
        end = self.cast.mentions[m][0]
        return self.text[self.toks[m].start : self.toks[end - 1].end]

    def _holds_head(self, name: str, head: str) -> bool:
        """Whether a body's name holds an institution noun: one of its words ("the court" -> "Court of Appeal"),
        or, where compounds are written as one word (``closed_compounds``), a word's last part ("das Ministerium"
        -> "Außenministerium")."""
        words = {self.lang.lemma(w) for w in name.casefold().split()}
        if head in words:
            return True
        return self.lang.has("closed_compounds") and any(len(w) > len(head) + 2 and w.endswith(head) for w in words)

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
                    return self.cast.body_named_at(m, min(len(toks), m + 10), over_mentions=True)
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
        # back from the noun itself: its sentence may hold the introduction ("X said in a statement: “…” The
        # statement added: “…”" reads as one sentence, a closing mark after a full stop ending none)
        pos = min(before_pos, c.start)
        floor = max(self._view_start(pos), pos - MAX_CONTINUED)
        introducing = self.lang.words("indefinite") | self.lang.words("document_owners")
        heads = {self.lang.lemma(c.head)}
        if c.head in anaphors:
            heads |= {self.lang.lemma(h) for h in self.lang.words("document_heads")}
        for k in self._lemmas_back(heads, self.tok(floor), self.tok(pos)):
            if k in self.inside or not toks[k].word:
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
            return self._fronted_issuer(k)
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

    def _fronted_issuer(self, k: int) -> Speaker | None:
        """``In a statement, the Kremlin said …``: a document introduced in a phrase that opens its sentence, closed
        by a comma, is the words of the named subject of the speech verb right after it. None otherwise."""
        toks = self.toks
        comma = next((m for m in range(k + 1, min(len(toks), k + 6)) if toks[m].text == ","), None)
        if comma is None:
            return None
        verb = next((m for m in range(comma + 1, min(len(toks), comma + 9)) if self._is_verb(m, comma + 1)), None)
        if verb is None:
            return None
        cands = self._usable(self.cast.candidates(comma + 1, verb, self.inside))
        if len(cands) != 1 or cands[0].kind not in ("person", "org") or self._coordinated(cands[0]):
            return None
        if cands[0].j != verb or any(t.word and t.low not in self.lang.skip for t in toks[comma + 1 : cands[0].i]):
            return None
        return cands[0].speaker

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

    def resolve(self, pos: int, gender: str | None) -> Speaker | None:
        """The last subject that spoke or was introduced before ``pos``, compatible in gender and number."""
        floor = self._view_start(pos)
        for event in reversed(self._events_before(pos)):
            if event.pos < floor:
                break
            if self._compatible(event.speaker, gender):
                if event.kind == "unnamed":
                    return None
                if (
                    gender in ("m", "f")
                    and self.cast.gender(event.speaker) is None
                    and self._gendered_before(event, floor, gender)
                ):
                    return None  # (``genderless_names``) "扎哈罗娃表示…。汪文斌说…。她说": Wang's sex unknown, unsure
                if gender in ("m", "f") and self.cast.gender(event.speaker) is None:
                    # "As Ramaswamy played down the boos he faced, she added": "he" tells Ramaswamy's gender, so
                    # the "she" after it is not his (names no data gives a gender learn it from the text)
                    self.cast.note_gender(event.speaker.key, gender)
                return event.speaker
            if gender in ("m", "f") and event.speaker.label == "PERSON" and self.cast.gender(event.speaker) is None:
                return None  # a person of unknown gender in between: unsure
        return None

    def _gendered_before(self, event: _Event, floor: int, gender: str) -> bool:
        """(``genderless_names``) Whether a person the text shows to be of ``gender`` spoke or was introduced in view
        before ``event`` (from ``floor``): the pronoun may be theirs as well as that of the person of no known gender
        in ``event``, whose names tell no sex."""
        if not self.lang.has("genderless_names"):
            return False
        return any(
            e.pos >= floor and e.speaker.label == "PERSON" and self.cast.gender(e.speaker) == gender
            for e in self._events_before(event.pos)
        )

    def resolve_mentioned(self, pos: int, gender: str | None) -> Speaker | None:
        """A gendered pronoun no subject of the window fits ("When Ford visited his editor Ann Lee, he would leave
        poems on her desk. “…,” she recalled."): the one person of its gender the quote's sentence and the one
        before it name, in any role (an object, after a preposition), when no subject or speaker of the window could
        be meant (no one compatible, no one of unknown gender, no unnamed person) and every person named there shows
        a gender by the text, a given name or a title. None otherwise."""
        if gender not in ("m", "f"):
            return None
        floor = self._view_start(pos)
        for event in self._events_before(pos):
            if event.pos < floor:
                continue
            if self._compatible(event.speaker, gender) or event.kind == "unnamed":
                return None
            if event.speaker.label == "PERSON" and self.cast.gender(event.speaker) is None:
                return None
        start = self.layout.sentence_start(pos)
        if start > 0:
            start = max(self.layout.paragraph_start(pos), self.layout.sentence_start(start - 1))
        last = self.tok(pos)
        first = max(self.tok(start), last - 200)  # bounded: a sentence of thousands of words is read in its end
        fits: dict[str, Speaker] = {}
        for n in range(first, last):
            mention = self.cast.mentions.get(n)
            if mention is None or mention[1].label != "PERSON" or n in self.inside:
                continue
            if self.text.startswith(("'s", "’s"), self.toks[mention[0] - 1].end):
                return None  # "Helga Brandt's aide": the one owned may be meant, unnamed
            sp = _entity_speaker(mention[1])
            seen = self.cast.genders.get(sp.key)  # shown by the text ("he" of them), a given name or a title;
            known = seen.most_common(1)[0][0] if seen else self.cast.given_gender(sp)  # not guessed from a surname
            if known is None:
                return None
            if known == gender:
                fits[sp.key] = sp
        return next(iter(fits.values())) if len(fits) == 1 else None

    def _person_read_as_body(self, pos: int, gender: str | None) -> Speaker | None:
        """(``pronoun_bodies``) A "he" or "she" with no person in view: the one organisation the view introduced that
        is written like a person's name ("Nkechi Okafor launched the fund. … “…,” she said.": the recogniser read her
        as a body), two or three capitalised words, none a word of the language, an institution's or a legal form's,
        no registry entry, no "its" in its sentence. None with a person or an unnamed subject in view, or several."""
        if gender not in ("m", "f"):
            return None
        floor = self._view_start(pos)
        bodies: dict[str, _Event] = {}
        for event in self._events_before(pos):
            if event.pos < floor:
                continue
            if event.kind == "unnamed" or event.speaker.label == "PERSON":
                return None
            if event.speaker.label == "ORG":
                bodies[event.speaker.key] = event
        if len(bodies) != 1:
            return None
        event = next(iter(bodies.values()))
        words = event.speaker.name.split()
        lang = self.lang
        if event.speaker.id is not None or not 2 <= len(words) <= 3:
            return None
        company = lang.words("company_words")
        for w in words:
            low = w.casefold()
            if not w[:1].isupper() or w.isupper() or not w.replace("-", "").isalpha():
                return None
            if common_word(low, lang.code) or lang.is_institution(low) or low in lang.words("legal_forms"):
                return None
            if low in company:
                return None  # "Acme Holdings plc": a company's legal form the dictionary does not list
        start = self.layout.sentence_start(event.pos)
        sentence = self.text[start : max(start, self.layout.sentence_end(event.pos))]
        if _ITS.search(sentence):
            return None
        # "Bharti Airtel posted higher profit.": the body's sentence speaks of its accounts, a company's
        after = self.text[event.pos : max(event.pos, self.layout.sentence_end(event.pos))]
        if company and any(m.group(0).casefold() in company for m in _WORD.finditer(after)):
            return None
        return event.speaker

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

    def _word_before(self, c: Cand, stops: Container[str]) -> str | None:
        """The word a title phrase's look back stops at (one of ``stops``, an article or determiner, or the word four
        back), over the words before it in its phrase; None at a punctuation mark or a preposition, or at the text's
        start."""
        k = c.i - 1
        while k >= max(0, c.i - 4) and self.toks[k].low not in stops:
            if not self.toks[k].word or self.toks[k].low in self.lang.prepositions:
                return None
            k -= 1
        return self.toks[k].low if k >= 0 else None

    def _definite(self, c: Cand) -> bool:
        """A title phrase with a definite article ("el mandatario"), not an indefinite one ("un integrante")."""
        definite = DEFINITE.get(self.lang.code, set())
        return self._word_before(c, definite | _DETERMINERS) in definite

    def _indefinite(self, c: Cand) -> bool:
        """A title phrase after an indefinite article ("a Kremlin spokesman", "ein Kreml-Sprecher"): one of several
        who hold that office, not the one the article may name."""
        indefinite = self.lang.words("indefinite")
        return self._word_before(c, DEFINITE.get(self.lang.code, set()) | _DETERMINERS | indefinite) in indefinite

    def _bare(self, c: Cand) -> bool:
        """A title with nothing before it in its clause but a verb or punctuation ("— сказал пресс-секретарь",
        "– podsumowuje publicysta"): no determiner, number or adjective that could make it someone else."""
        k = c.i - 1
        return k < 0 or not self.toks[k].word or self._is_verb(k, k)

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
        """The organisation the last two paragraphs are about: the last one introduced or speaking; one its own
        paragraph does not name yields to a body that paragraph names as a name (``_body_in_paragraph``: "bei der
        Berliner Straßenreinigung …, schildert eine Sprecherin" after a company's quote)."""
        para = self.layout.paragraph_index(pos)
        floor = self.layout.paragraphs[max(0, para - 1)]
        own = self.layout.paragraphs[para]
        for event in reversed(self._events_before(pos)):
            if event.pos < floor:
                break
            if event.speaker.label == "ORG" and event.speaker.key not in self._text_bodies:
                # (a body read from the text is read again, in its own paragraph only)
                if event.pos >= own and event.speaker.name in self.text[own:pos]:
                    return event.speaker
                return self._body_in_paragraph(pos) or event.speaker
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
