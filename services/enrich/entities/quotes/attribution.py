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
from collections.abc import Container
from dataclasses import replace
from functools import cached_property
from typing import Any

from wirestream.services.enrich.entities.name_data import given_name_gender
from wirestream.services.enrich.entities.quotes.after import AfterQuote
from wirestream.services.enrich.entities.quotes.language import declined_noun
from wirestream.services.enrich.entities.quotes.marks import QuoteSpan
from wirestream.services.enrich.entities.quotes.reader import (
    _APPOSITION_MARKS,
    _BODY_LABELS,
    _CUES_AT_START,
    _DETERMINERS,
    _KONJUNKTIV,
    _NOT_CUES_BEFORE,
    _OF,
    _POSSESSIVE,
    _REFLEXIVE_CLITICS,
    _REFLEXIVES,
    _STATEMENT_LOCATIVES,
    _WORD,
    _WORDS,
    CLAUSE_STARTS,
    DEFINITE,
    MAX_AFTER,
    MAX_CONTINUED,
    MAX_SIGNATURE,
    SPOKESPERSON,
    UNNAMED,
    WINDOW_PARAGRAPHS,
    Found,
    _Event,
    _last_visible,
    _words_at_most,
)
from wirestream.services.enrich.entities.quotes.speakers import _CONJUNCTIONS, Cand, Speaker, _entity_speaker
from wirestream.services.enrich.entities.quotes.text import Token

# The credits a picture's caption ends with (agencies, photo libraries) and the words that set them off
_CREDITS = frozenset(
    [
        "afp",
        "reuters",
        "ap",
        "efe",
        "ansa",
        "lusa",
        "epa",
        "dpa",
        "tass",
        "sputnik",
        "xinhua",
        "anadolu",
        "getty",
        "images",
        "imago",
        "shutterstock",
        "keystone",
        "lapresse",
        "ipa",
        "belga",
        "abaca",
        "sipa",
    ]
)
_PHOTO_WORDS = frozenset(
    [
        "photo",
        "photos",
        "foto",
        "fotos",
        "crédit",
        "crédits",
        "credit",
        "credito",
        "crédito",
        "image",
        "imagen",
        "imagem",
    ]
)

# The longest aside between a sentence's subject and a name apposed inside it, in tokens ("Musa Bello, in a statement
# signed by his spokesman, Ade Oke, said": 8) that makes the subject the one who spoke (Attributor._sentence).
MAX_ASIDE = 16
# Characters between a quote whose cue is a gendered pronoun and the next quote that goes on in its voice with no cue
# of its own ("“No,” he said. “No. You tell me one …”"): the short clause between them (``cue_gender_before``).
CONTINUED_REACH = 40
# (_goes_on_unsure) the most words a quote's cue clause holds between it and the next quote ("sagte der Staatschef
# bei einem Besuch in Helsinki.")
_CUE_CLAUSE_WORDS = 12
# The speakers a closing inverted reporting clause may name (Attributor._sentence_final_inverted): a person or a body
_NAMED = frozenset(["PERSON", "ORG"])
# After a quote that ends its paragraph: the line breaks (one blank line at most) before the next line.
_NEXT_LINE = re.compile(r"[ \t\u00a0]*\n(?:[ \t\u00a0]*\n)?[ \t\u00a0]*")


def _named_inside(quoted: str, speaker: Speaker) -> bool:
    """Whether a quote names the person a pronoun cue would give it to in the third person ("“It could have been easy
    for Mary Dale to coast,” she said": not Mary Dale): their whole name, or their surname of three letters or more,
    as a word of the quote."""
    if speaker.label != "PERSON":
        return False
    words = speaker.name.split()
    forms = {speaker.name} | ({words[-1]} if len(words) > 1 and len(words[-1]) >= 3 else set())
    return any(re.search(rf"(?<![\w'’-]){re.escape(f)}(?![\w-])", quoted) for f in forms)


class Attributor(AfterQuote):
    """"""

    def run(self, kept: list[QuoteSpan]) -> list[tuple[QuoteSpan, Speaker | None, Found | None]]:
        """Each quote with its speaker, sentences and quotes taken in reading order."""
        items: list[tuple[int, int, Any]] = []
        # Only sentences a pronoun or a continued quote can reach matter (titles are bound anywhere, by candidates)
        near: set[int] = set()
        for q in kept:
            para = self.layout.paragraph_index(q.start)
            near.update(range(max(0, para - WINDOW_PARAGRAPHS), self.layout.paragraph_index(q.end - 1) + 1))
        # paragraph index -> whether it is a caption or a link in capitals, asked once per paragraph
        apart: dict[int, bool] = {}
        bounds = [0, *self.layout.sentences, len(self.text)]
        for a, b in itertools.pairwise(bounds):
            for pa, pb in self._split_paragraphs(a, b):
                index = self.layout.paragraph_index(pa)
                if index in near and index not in apart:
                    apart[index] = self._caption(pa) or self._shouted(pa)
                if index in near and not apart[index]:
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
            found, speaker = self._attribute(q, following, floor, out[-1] if out else None)
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

    def cue_gender_before(
        self, q: QuoteSpan, previous: tuple[QuoteSpan, Speaker | None, Found | None] | None
    ) -> str | None:
        """The gender of the pronoun that is the cue of the quote right before ``q`` (``previous``: it, its speaker
        and the rules' reading), when only that short clause parts them in one paragraph (``CONTINUED_REACH``: "“No,”
        he said. “No. You tell me one …”"): a quote with no cue of its own there goes on in the same voice, so no
        person of the other known gender. None otherwise."""
        if previous is None:
            return None
        before, _, found = previous
        if found is None or found.pronoun is None or found.gender not in ("m", "f"):
            return None
        if q.start - before.end > CONTINUED_REACH:
            return None
        return found.gender if "\n" not in self.text[before.end : q.start] else None

    def _goes_on_unsure(self, q: QuoteSpan, previous: tuple[QuoteSpan, Speaker | None, Found | None] | None) -> bool:
        """Whether the quote right before ``q`` in its paragraph had a cue of its own that named no one the rules
        could resolve (blocked: an unsure title, someone unnamed), and only that cue's short clause parts them
        (``_CUE_CLAUSE_WORDS`` words at most, no person or body named): ``q``, with no cue, goes on in that unknown
        voice."""
        if previous is None:
            return False
        before, speaker, found = previous
        if speaker is not None or found is None or not found.blocked or not found.verb:
            return False
        if self.layout.paragraph_index(before.end) != self.layout.paragraph_index(q.start):
            return False
        if not _words_at_most(self.text, before.end, q.start, _CUE_CLAUSE_WORDS):
            return False
        # no one named in between ("Für Ricking kein Problem: „…“": a cue of its own naming her)
        return not any(
            k in self.cast.mentions and self.cast.mentions[k][1].label in _NAMED
            for k in range(self.tok(before.end), self.tok(q.start))
        )

    def _caption(self, pos: int) -> bool:
        """Whether the paragraph at ``pos`` is a picture's caption left in the text ("Oksana Kovalenko à Kiev, le 3
        mai 2023. Photo AFP", "… (Reuters)"): at most 40 words, no quotation mark, and its last word a credit
        (``_CREDITS``) set off by a bracket, a slash, a colon, "©" or a word for a photo, or any credit of three words
        at most after "©" ("… à Bordeaux. © E.B"). A caption introduces no
        subject: a pronoun after it ("…, poursuit-il") goes back past the person it shows."""
        start, end = self.layout.paragraph_start(pos), self.layout.paragraph_end(pos)
        if end - start > 4000:
            return False  # far more than 40 words: no caption, and a long paragraph is not split for every quote
        para = self.text[start:end].rstrip(" \t\n.)]")
        words = para.split()
        if not 2 <= len(words) <= 40 or any(c in para for c in '"«»“”„'):
            return False
        mark = para.rfind("©")
        if mark > 0 and len(para[mark + 1 :].split()) <= 3 and len(para) - mark <= 40:
            return True  # "… le 1er décembre à Bordeaux. © E.B": a photographer's credit after the sign, any name
        last = words[-1].lstrip("([/©").casefold()
        if last not in _CREDITS:
            return False
        before = para[: len(para) - len(last)].rstrip()
        return before.endswith(("(", "[", "/", ":", "©")) or words[-2].rstrip(":").casefold() in _PHOTO_WORDS

    def _shouted(self, pos: int) -> bool:
        """Whether the paragraph at ``pos`` is a link to another story set in capitals between two paragraphs of
        running text (Fox News: "RUSSIA'S PUTIN SAYS WESTERN ELITES WANT TO DESTROY HIS COUNTRY"): three words or
        more, at most 30, no lower-case letter, no quotation mark, no sentence punctuation at its end, and both
        neighbouring paragraphs written in lower case too. It is no sentence of the article: its names are no
        subject a later "he said" goes back to (it gave Peskov's quote to Putin), nor a speaker. A page set wholly in
        capitals (old wire copy) keeps its sentences: its neighbours are capitals too."""
        index = self.layout.paragraph_index(pos)
        if index == 0 or index + 1 >= len(self.layout.paragraphs):
            return False  # the headline, or the last paragraph: no link between paragraphs
        start, end = self.layout.paragraph_start(pos), self.layout.paragraph_end(pos)
        if end - start > 300:
            return False
        line = self.text[start:end].strip()
        words = line.split()
        if not 3 <= len(words) <= 30 or line.endswith((".", "!", "?", ":", ";", ",")):
            return False
        if any(c.islower() for c in line) or any(c in line for c in '"«»“”„'):
            return False

        def written(a: int, b: int) -> bool:
            return any(c.islower() for c in self.text[a : min(b, a + 400)])

        before = self.layout.paragraphs[index - 1]
        after_end = self.layout.paragraphs[index + 2] if index + 2 < len(self.layout.paragraphs) else len(self.text)
        return written(before, start) and written(end, after_end)

    def _closed_by_quotative(self, found: Found | None) -> bool:
        """(``verb_final`` with ``quotative``) whether the reading after the quote is its own speech verb after the
        particle that closes it (「…」と反論した): a speech verb before the quote is another clause's ("ペスコフ氏が
        関与を主張したことについて「…」と反論した"), its subject read by :meth:`nearest_before`."""
        return (
            found is not None
            and found.how == "after"
            and bool(found.verb)
            and self.lang.verb_final
            and bool(self.lang.words("quotative"))
        )

    def _attribute(
        self,
        q: QuoteSpan,
        following: int,
        floor: int,
        previous: tuple[QuoteSpan, Speaker | None, Found | None] | None,
    ) -> tuple[Found | None, Speaker | None]:
        source = self._source_clause(q)
        if source is not None:
            return source, source.speaker
        found = self.after(q, following)
        if found is not None and found.implicit and not found.decided:
            found = self._stated_in(q, found) or found
        if (
            found is not None
            and found.how == "cue after"
            and found.speaker is not None
            and found.speaker.label == "ORG"
        ):
            # "Peskov said the attack “would not go unanswered”, according to RIA Novosti": a body the cue after the
            # quote names reports the words a speech verb before it gave to its own subject
            before = self.before(q, floor)
            if before is not None and before.speaker is not None and before.verb:
                found = before
        if found is not None and found.decided and self._handed_over_and_closed(q):
            # "Peskov said: “We will not respond.” Ukraine denied it.": a quote a colon hands over and that ends its own
            # sentence is the colon clause's; the next sentence (its subject, its verb) does not attribute it
            before = self.before(q, floor)
            if before is not None and before.decided:
                found = before
        if (found is None or not found.decided) and not self._closed_by_quotative(found):
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
            if extra is not None and (extra.decided or (found is None and extra.implicit and extra.how == "incise")):
                found = extra  # (an incise's verb alone in a pro-drop language: its subject left out, read below)
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
                if found is not None and found.pronoun is not None and found.how == "words owner":
                    # "„…“, lautet sein Fazit": the possessive before a noun of words (``word_nouns``) stands for the
                    # person the text is about at once (:meth:`_words_owner`)
                    found.verb = self.toks[unread].text
                    return found, self._words_owner(q, found.gender)
                issued = self._issued_in(unread, self.tok(min(following, self.layout.sentence_end(q.end))))
                if issued is not None and issued.speaker is not None:
                    issued.verb = self.toks[unread].text
                    return issued, issued.speaker  # "“…”, si legge nella nota": the note's issuer
                # a decision, not a gap: the clause's subject is no one the rules could name, so the ranker
                # must not hand the quote to the last person named either (``rank.eligible``)
                return Found(blocked=True, how="unread verb"), None
            answer = self._interview_answer(q) or self._formal_possessive(q)
            if answer is not None:
                return Found(speaker=answer, how="interview"), answer
            continued = self.continued(q)
            if continued is not None and self._goes_on_unsure(q, previous):
                # "„…“, sagte der Staatschef in Helsinki. „…“" with two heads of state named: the same voice goes on,
                # whom the rules could not name; not the last person named before the first quote
                return Found(blocked=True, how="continued unsure"), None
            gender = self.cue_gender_before(q, previous)
            if continued is not None and gender is not None and not self._compatible(continued, gender):
                continued = None  # "“No,” he said. “No. You tell me …”" after "Mary Ellison …": his words, not hers
            if continued is None and self._narrator_in(self._continue_start(q), q.start):
                # the narrator acts since the last speaker ("Ich schüttle den Kopf. „…“"): a dialogue's turn may be
                # theirs; a decision, not a gap the ranker fills with the last person named
                return Found(blocked=True, how="narrator"), None
            return None, continued
        if found.speaker is not None:
            return found, found.speaker
        if found.pronoun is not None and found.how == "words owner":
            return found, self._words_owner(q, found.gender)  # "„…“, so sein Fazit"
        if found.pronoun is not None:
            if self._formal_you(found.pronoun):
                return found, self._addressee()
            speaker = self.resolve(q.start, found.gender)
            if speaker is not None and found.how == "after" and self._quoted_of(q, speaker):
                # "Putin “continues to work as usual,” he added": the quote goes on from the name's clause, words said
                # of him; "he" is the one the article heard before the sentence, never that name
                heard = self.resolve(self.layout.sentence_start(q.start), found.gender)
                speaker = heard if heard is not None and heard.key != speaker.key else None
                if speaker is None:
                    found.blocked, found.how = True, "quoted of"
                    return found, None
            if speaker is not None and found.how == "after":
                # "Putin was calm. “He continues to work,” he added": one adds to words said before
                speaker = self._adding_to(q, speaker, found)
            if speaker is None:
                speaker = self.resolve_mentioned(q.start, found.gender)
            if speaker is None and self.lang.has("pronoun_bodies"):
                speaker = self._person_read_as_body(q.start, found.gender)
            if speaker is not None and found.how == "after" and _named_inside(q.text, speaker):
                # "“It could have been easy for Mary Dale …,” she said": someone else, whom the text does not name; a
                # decision, not a gap the ranker fills with the last person named
                found.blocked, found.how = True, "named inside"
                return found, None
            return found, speaker
        if found.implicit and not found.blocked:
            if self.lang.verb_final:
                near = self.nearest_before(q, floor)
                if near is not None and near.blocked:
                    found.blocked, found.how = True, near.how  # "官房長官は「…」と述べた": someone unnamed
                    return found, None
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
                body = self._body_spoke_last(q.start) if found.gender is None else None
                if body is not None and not self._unknown_since(body, q.start):
                    return found, body
                speaker = self.resolve(q.start, found.gender or "h")
                if speaker is None and self._verb_closes(q, found.verb):
                    speaker = self._last_speaker(q.start, found.gender or "h")
                if speaker is not None and self._unknown_since(speaker, q.start):
                    return found, None
                return found, speaker
        return found, None

    def _adding_to(self, q: QuoteSpan, speaker: Speaker, found: Found) -> Speaker:
        """(``adding``) a pronoun whose verb adds to words said before ("he added", "fügte er hinzu"), resolved to a
        person who only was the subject of a sentence in view and never spoke there ("Putin was calm."), after a
        quote that speaks of someone by the same pronoun ("“He continues to work as usual,” he added"): the quote
        is about that subject, so the speaker is the last person of the pronoun's gender who spoke in view (the
        spokesman); else ``speaker`` as resolved ("Zelensky dismissed it. “It is ridiculous,” he added": his)."""
        adding = self.lang.words("adding")
        # (a separable verb's first word: "fügte hinzu")
        if not adding or not found.verb or self.lang.verb_lemma(found.verb.split()[0]) not in adding:
            return speaker
        first = _WORD.search(q.text)
        if (
            found.gender not in ("m", "f")
            or first is None
            or self.lang.pronouns.get(first.group(0).lower()) != found.gender
        ):
            return speaker
        floor = self._view_start(q.start)
        spoke = [e for e in self._events_before(q.start) if e.pos >= floor and e.kind == "spoke"]
        if speaker.label != "PERSON" or any(e.speaker.key == speaker.key for e in spoke):
            return speaker
        heard = next((e.speaker for e in reversed(spoke) if self._compatible(e.speaker, found.gender)), None)
        return heard if heard is not None and heard.label == "PERSON" else speaker

    def _quoted_of(self, q: QuoteSpan, speaker: Speaker) -> bool:
        """Whether a mention of ``speaker`` ends right before the quote's opening mark, nothing but a space between:
        the quote is the rest of a clause whose subject that name is ("Putin “continues to work as usual,” he
        added"), said of them."""
        if speaker.label != "PERSON":
            return False
        k = self.tok(q.start)
        for m in range(max(0, k - 6), k):
            mention = self.cast.mentions.get(m)
            if mention is None or mention[0] != k or m in self.inside:
                continue
            between = self.text[self.toks[k - 1].end : q.start]
            return not between.strip() and _entity_speaker(mention[1]).key == speaker.key
        return False

    def _body_spoke_last(self, pos: int) -> Speaker | None:
        """(``pro_drop``) a left-out subject whose verb tells no gender ("Agregando que “…”", a gerund) right after
        an organisation spoke ("la congregación señaló que “…”"): the last thing the article read before ``pos``, in
        its paragraph or the one before, is that body speaking, so the clause goes on with it, not with a person
        further back. None otherwise."""
        events = self._events_before(pos)
        if not events or events[-1].kind != "spoke" or events[-1].speaker.label != "ORG":
            return None
        if self.layout.paragraph_index(pos) - self.layout.paragraph_index(events[-1].pos) > 1:
            return None
        return events[-1].speaker

    def _verb_closes(self, q: QuoteSpan, verb: str | None) -> bool:
        """Whether the cue's verb comes after the quote, in the sentence the quote ends ("“…”, entre ellas el número de
        motor, añadió."), not before it ("citando una nota in cui si afferma che “…”": an impersonal verb of a note)."""
        if not verb:
            return False
        a = self.tok(q.end)
        b = min(self.tok(self.layout.sentence_end(q.end)), a + MAX_AFTER)  # bounded: a sentence may never end
        return any(t.text == verb and k not in self.inside for k, t in enumerate(self.toks[a:b], a))

    def _last_speaker(self, pos: int, gender: str) -> Speaker | None:
        """(``pro_drop``) a left-out subject with no one in view, its verb after the quote ("“…”, señaló el funcionario.
        [two paragraphs of background] “…”, añadió."): the person who spoke last, when the last thing the article read before ``pos`` is
        their speaking (no other subject, body or unnamed person since) and it is at most twice the view's paragraphs back.
        None otherwise: the quote stays unattributed."""
        events = self._events_before(pos)
        said = next((e for e in reversed(events) if e.kind == "spoke"), None)
        if said is None or said.speaker.label != "PERSON" or not self._compatible(said.speaker, gender):
            return None
        if any(e.speaker.key != said.speaker.key for e in events if e.pos > said.pos):
            return None  # someone else since: "La oposición, encabezada por Juan Ruiz, pidió …"
        if self.layout.paragraph_index(pos) - self.layout.paragraph_index(said.pos) > 2 * WINDOW_PARAGRAPHS:
            return None
        return said.speaker

    def _handed_over_and_closed(self, q: QuoteSpan) -> bool:
        """Whether a colon hands over to the quote (``said: “…``) and its words end their own sentence (``….”``). A
        speech verb and its comma hand over as a colon does ("X mengatakan, “….” Gubernur Y menyatakan …", "He said,
        “…”", "He told reporters, “…”": up to three words between; "李明说，“…！”"), and so does an "according to"
        cue and its name ("According to Peskov, “….”"): the next sentence's subject is not the quote's speaker."""
        closed = q.text.rstrip().endswith((".", "!", "?", "…", "。", "！", "？", "．"))
        last = _last_visible(self.text, 0, q.start)
        if closed and last in (",", "，"):
            k = self.tok(q.start) - 1
            if k < 1 or self.toks[k].text != last:
                return False
            if self.lang.unspaced:  # one character a token: the verb ends the text before the comma ("…表示，“…”")
                return self.text[max(0, self.toks[k].start - 12) : self.toks[k].start].endswith(
                    tuple(self.lang.verbs | self.lang.forms)
                )
            for m in range(k - 1, max(-1, k - 9), -1):  # "told reporters,", "said on Wednesday,": its object between
                if (m >= k - 4 and self._is_verb(m, -1)) or self._cue(m, k):  # "According to Peskov,"
                    return True
                if not self.toks[m].word:
                    return False
            return False
        return closed and last in (":", "：")

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
        lone = self._opening_lone_speaker(i, j, cands)
        if lone is not None and lone.speaker is not None:
            self._add(_Event(lone.start, lone.speaker, "spoke"))  # "Wie Kirijenko mitteilte, …": he spoke
        if not cands:
            if self.lang.nouns_capitalised:
                self._cued(i, j)  # "Faeser zufolge …": a lone name no one read, before its cue
            return
        # (an opening owner's verb follows the name at once: a candidate the subject reading finds is after the verb)
        subject = self._opening_owner(i, j, cands) or self._subject(cands, i)
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
        first_person: Cand | None = None  # the sentence's first person a subject may be, read once when asked
        for k in range(i, j):
            if k in self.inside or not self._is_verb(k, i):
                continue
            inverted = self._inverted_subject(cands, starts, k, i, j)
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
            if c.kind == "org" and n and self._governs(cands[n - 1], c):
                c = cands[n - 1]  # "Juru bicara Kremlin itu juga menegaskan": the spokesman spoke, not the Kremlin
            if c.excluded or c.kind in ("relative", "inst"):
                continue
            if c.kind == "person" and self._apposed_between_commas(c):
                # "Musa Bello, in a statement by his spokesman, Ade Oke, said …": the subject before the aside spoke
                if first_person is None:
                    first_person = next((x for x in self._usable(cands) if x.kind == "person"), c)
                if first_person.j < c.i <= first_person.j + MAX_ASIDE:  # (bounded: one look per verb)
                    c = self._before_aside(c, [first_person])
            if c.kind == "title":
                # "O governador reforçou que …:" after "O governador Wilson Witzel": the person the title is bound to;
                # "Swift's rep told …": an unnamed spokesperson speaks for whom the title is of
                speaker = self.cast.resolve_title(c, c.start) or (c.of if c.head in SPOKESPERSON else None)
            else:
                speaker = self.resolve(c.start, c.gender) if c.kind == "pronoun" else c.speaker
            if c.kind == "pronoun" and subject is not None and self._reported_subject(subject, c, k, speaker):
                # "Putin was not hurt, he said.": the clause reported is about its subject; who says so is the
                # one in view before the sentence (the spokesman), not that subject
                speaker = self.resolve(subject.start, c.gender)
            if speaker is not None:
                self._add(_Event(c.start, speaker, "spoke"))
                self.cast.note_gender(speaker.key, self.lang.gender_of_verb(self.toks[k].text))

    def _qualifies_next(self, cands: list[Cand], n: int) -> bool:
        """(unspaced) whether the title ``cands[n]`` is written right onto the person or title after it ("总统新闻秘书
        佩斯科夫", "总统新闻秘书"): the phrase's head is the last, the first title only qualifies it."""
        nxt = cands[n + 1] if n + 1 < len(cands) else None
        if not self.lang.unspaced or nxt is None or nxt.kind not in ("person", "title"):
            return False
        # the title the person's own was read with between them, bound to the name ("新闻秘书"), or none; not another
        # word ("总统对佩斯科夫说": the president told Peskov)
        gap = nxt.i - cands[n].j
        return gap == 0 or (gap > 0 and self.cast.han_run(cands[n].j, self.lang.titles) == gap)

    def _reported_subject(self, subject: Cand, pronoun: Cand, verb: int, speaker: Speaker | None) -> bool:
        """Whether a pronoun after a comma, the subject of a speech verb that ends its sentence ("…, he said."),
        resolved to the person named as that sentence's subject before it ("Putin was not hurt, he said."): the
        reported clause's subject, not its reporter. Not a verb that goes on ("When Putin arrived, he said: …")."""
        toks = self.toks
        return (
            speaker is not None
            and subject.kind == "person"
            and subject.speaker == speaker
            and subject.j < pronoun.i
            and toks[pronoun.i - 1].text == ","
            and pronoun.j == verb
            and verb + 1 < len(toks)
            and toks[verb + 1].text in (".", "!", ";")
        )

    def _governs(self, title: Cand, body: Cand) -> bool:
        """(``title_governs_next``) whether ``title`` is a title and ``body`` the body it governs right after it
        ("juru bicara Kremlin"): the title is the phrase's head."""
        if title.kind != "title" or title.j != body.i or not self.lang.has("title_governs_next"):
            return False
        governed = self.cast.governed_body(title)
        return governed is not None and body.speaker is not None and governed.key == body.speaker.key

    def _opening_owner(self, i: int, j: int, cands: list[Cand]) -> Cand | None:
        """(a language whose "of" follows the noun, with definite articles; not one that capitalises its nouns) a
        sentence that opens with a definite article, a thing's noun and "of" a person, the verb
        right after the name ("Le cri du cœur de Marc Dubois résonne …", "El grito de Juan Pérez resonó …"): the
        sentence is about that person, as "Marc Dubois's outcry rang out" is in English, so a pronoun after it ("…,
        raconte-t-il") may mean them. Not when the noun is a person's (a title, "la mère de X", "l'avocat de X": they
        are the subject) or a body's ("le gouvernement de X"). None otherwise."""
        toks = self.toks
        of = self.lang.words("of")
        definite = DEFINITE.get(self.lang.code, set())
        if not of or not definite or self.lang.nouns_capitalised:
            return None
        k = i
        while k < j and not toks[k].word:
            k += 1
        if k + 3 >= j or toks[k].low not in definite or k in self.inside:
            return None
        owner = next((c for c in cands if c.i > k), None)
        if owner is None or owner.kind != "person" or owner.speaker is None or owner.i > k + 6 or owner.j >= j:
            return None
        head = toks[k + 1]
        if not head.word or head.capitalised or self.lang.person_noun(head.text)[0]:
            return None
        if self.lang.title_gender(head.text)[0] or self.lang.is_institution(head.text):
            return None
        gap = toks[k + 1 : owner.i]
        if gap[-1].low not in of and gap[-1].low not in ("d'", "d’"):
            return None
        if any(not t.word or t.capitalised or n in self.inside for n, t in enumerate(gap, k + 1)):
            return None  # "La photo, de Marc Dubois": a noun phrase of lower-case words only
        after = toks[owner.j]  # the verb: a lower-case word, no conjunction, preposition or article
        if not after.word or after.capitalised or after.low in _CONJUNCTIONS or after.low in self.lang.prepositions:
            return None
        return None if after.low in definite or after.low in self.lang.words("determiners") else owner

    def _opening_lone_speaker(self, i: int, j: int, cands: list[Cand]) -> Cand | None:
        """(nouns capitalised) a lone surname no one read between the word that opens the sentence and a speech verb
        closing that clause with a comma ("Wie Kirijenko mitteilte, sind …", "Auch Brösicke sagte, …"): who spoke, as
        a name the recogniser read would be (:meth:`_lone_subject_after_adverb`). None otherwise."""
        toks = self.toks
        verb = i + 2
        if verb + 1 >= j or toks[verb + 1].text != "," or any(c.i <= i + 1 < c.j for c in cands):
            return None
        if not self._is_verb(verb, i, strong=True):
            return None
        return self._lone_subject_after_adverb(i, verb)

    def _apposed_between_commas(self, c: Cand) -> bool:
        """Whether a name stands between two commas ("…, Ade Oke, said"): an apposition, perhaps inside an aside."""
        toks = self.toks
        return c.i > 0 and toks[c.i - 1].text == "," and c.j < len(toks) and toks[c.j].text == ","

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
        CAE del área protegida, John Kennedy Rodríguez, comentó": the name is the subject the title opened; before
        the verb's auxiliaries too ("…, John Kirby, ha detto")."""
        toks = self.toks
        return (
            c.kind == "person"
            and not c.excluded
            and c.i > 0
            and toks[c.i - 1].text == ","
            and c.j == self._auxiliaries_before(verb) - 1
            and toks[c.j].text == ","
        )

    def _inverted_subject(self, cands: list[Cand], starts: list[int], verb: int, i: int, j: int) -> Cand | None:
        """The named subject of a reporting clause after a comma that ends the sentence: ", berichtet de Decker.",
        ", sagt der Sprecher der DSW, Jürgen Kurz." (only particles or an article between the verb and the name or
        its title, nothing after the name but the full stop)."""
        toks = self.toks
        if verb == 0 or toks[verb - 1].text != ",":
            return None
        if self.lang.verb_lemma(toks[verb].text) in self.lang.words("object_first"):
            return None  # "…, Jack Buser, director for games at Google, tells The Hollywood Reporter.": spoken to
        k = verb + 1
        while (
            k < min(j, verb + 3)
            and toks[k].word
            and not toks[k].capitalised
            and toks[k].low not in self.lang.prepositions
            and toks[k].low not in self.lang.words("complementisers")
        ):
            k += 1  # an article or a name's particle ("de Decker"); not "that" ("…, aseguró que Putin …": the
            # name after it is the reported clause's subject)
        n = bisect_right(starts, verb)
        c = cands[n] if n < len(cands) and cands[n].i <= k else None
        if c is not None and self._apposition_closed_before(cands, i, verb):
            return None
        if c is not None and c.kind == "title" and cands[-1].kind == "person" and toks[cands[-1].i - 1].text == ",":
            # ", sagt auch der Sprecher der DSW, Jürgen Kurz.": the title's name, set after it by a comma
            c = cands[-1]
        if c is not None and c.kind == "title" and not c.excluded and self.lang.pro_drop:
            # (``pro_drop``) "…, acrescentou o porta-voz.": the title's bound person spoke, so a verb with no subject
            # after it ("“…”, afirmou.") goes on with them, not with the sentence's subject before the comma
            c = replace(c, speaker=self.cast.resolve_title(c, c.start), kind="person")
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

    def _apposition_closed_before(self, cands: list[Cand], i: int, verb: int) -> bool:
        """Whether the sentence opens with a person and their title set off by commas, the second comma right before
        the verb ("The Kremlin spokesman, Dmitry Peskov, said Putin was not hurt", "Dmitry Peskov, the Kremlin
        spokesman, said Putin …", "Penasihat kepresidenan Ukraina, Mykhailo Podolyak, menyebut tudingan Rusia itu
        …"): that person is the verb's subject and a name after the verb belongs to the reported clause or is the
        verb's object, no inverted subject (", said Peskov.", "…, sagte der Sprecher der DSW, Jürgen Kurz.", "… by
        his deputy, Ivan Petrov, said Peskov": a phrase before the first comma that a preposition or a verb is in)."""
        closing = verb - 1
        opening = next((m for m in range(i, min(closing, i + 7)) if self.toks[m].text == ","), None)
        if opening is None or opening == i or not 1 < closing - opening <= 7:
            return False
        for m in range(i, closing):
            t = self.toks[m]
            if m != opening and (t.text == "," or t.low in self.lang.prepositions or self._is_verb(m, i)):
                return False

        def person(a: int, b: int) -> bool:
            return any(d.kind == "person" and a <= d.i and d.j <= b for d in cands)

        def title(a: int, b: int) -> bool:
            return any(self.lang.title_gender(t.text)[0] for t in self.toks[a:b] if t.word)

        return (person(i, opening) and title(opening + 1, closing)) or (
            title(i, opening) and person(opening + 1, closing)
        )

    def _cued(self, i: int, j: int) -> None:
        """A sentence of reported speech closed by its source ("…, so die Industriesprecherin.", "…, según el
        ministro"), or with its source inside it ("Die Firma kommt laut Chef Max Berg auf 96 Prozent.", "Max Berg
        zufolge …"): whoever the cue names spoke, so a quote that goes on after it is theirs."""
        toks = self.toks
        for k in range(i, j):
            if k in self.inside:
                continue
            after_comma = k > i and toks[k - 1].text == ","
            if not after_comma and toks[k].low in _NOT_CUES_BEFORE and not (k == i and self._opening_cue(k, j)):
                continue  # "so", "para" in the middle of a sentence are no cues
            if not after_comma and toks[k].low in self.lang.cues_after:
                source = self._source_before_cue(i, k)
                if source is not None:
                    self._add(_Event(source.start, source.speaker, "spoke"))  # type: ignore[arg-type]
                continue
            n = self._cue(k, j)
            if not n:
                continue
            m = k + n
            while m < j and toks[m].low in self.lang.skip and toks[m].low not in self.lang.prepositions:
                m += 1
            cands = self.cast.candidates(m, min(j, m + 8), self.inside)
            lone = self._lone_cue_source(m, j) if not cands or cands[0].i > m else None
            if lone is not None:
                cands = [lone, *cands]  # "Laut Kirijenko sind die Schäden gering.": a lone surname no one read
            if (
                cands
                and cands[0].kind == "person"
                and all(self.lang.title_gender(t.text)[0] for t in toks[m : cands[0].i])
            ):
                m = cands[0].i  # "laut Geschäftsführer Max Berg": the title bound to the name
            # "Pour Oksana Kovalenko, la situation est claire.": the preposition that governs the name is the cue
            # opening the sentence (``cues_opening``), which names the source, so the name is no object here
            opening = k == i and not self._phrase_at(k, j, self.lang.cues) and self._opening_cue(k, j) == n
            # "According to Jane Doe, sales doubled.": the cue's own preposition governs the name right after it,
            # which is the source all the same (not "according to Putin's spokesman": a possessor)
            governed = (
                self.lang.has("cue_source_governed")
                and bool(cands)
                and cands[0].i == k + n
                and self._phrase_at(k, j, self.lang.cues) == n
                and not (cands[0].j < j and toks[cands[0].j].low in _POSSESSIVE)
            )
            if not cands or cands[0].i != m or (cands[0].excluded and not opening and not governed):
                continue
            if cands[0].kind not in ("person", "org", "title"):
                continue
            if not after_comma and cands[0].kind == "title":
                continue  # a bare role inside the sentence ("laut dem Sprecher") names no one the rules can trust
            found = self._as_found(cands[0], toks[k].start)
            if found.speaker is not None:
                self._add(_Event(cands[0].start, found.speaker, "spoke"))

    def _source_before_cue(self, i: int, k: int) -> Cand | None:
        """(``cues_after``) the named person or body right before a cue written after its source ("Max Berg
        zufolge", "dem Vorstand Max Berg zufolge"), in the sentence from token i; None when anything else stands
        there."""
        cands = self.cast.candidates(max(i, k - 8), k, self.inside)
        if not cands and k - 1 == i and self.lang.nouns_capitalised:
            # "Faeser zufolge ist …" opening the sentence: a lone capitalised word no one read, no common noun
            t = self.toks[i]
            lone = self.cast.unread_name(i) if t.text.isalpha() and not declined_noun(t.text, self.lang.code) else None
            cands = [lone] if lone is not None else []
        if not cands or cands[-1].j != k or cands[-1].kind not in ("person", "org") or cands[-1].speaker is None:
            return None
        return cands[-1]

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
        if m < j and toks[m].text == ",":
            # "Für Anna Berg, Sprecherin der Initiative, steht fest: „…“": an apposition between commas (no verb in
            # it, a few words), then the view as after the name itself
            close = next((n for n in range(m + 1, min(j, m + 8)) if toks[n].text == ","), None)
            if close is None or close == m + 1 or any(self._is_verb(n, m) for n in range(m + 1, close)):
                return
            m = close + 1
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
            counts = (
                1 if t.word and (t.low in konjunktiv or (k not in self.inside and self._konjunktiv_form(t))) else 0
                for k, t in enumerate(self.toks)
            )
            self._konjunktiv_upto = list(itertools.accumulate(counts, initial=0))
        return self._konjunktiv_upto[self.tok(b)] > self._konjunktiv_upto[self.tok(a)]

    def _konjunktiv_form(self, t: Token) -> bool:
        """A Konjunktiv I form the ``konjunktiv`` table does not list: a lower-case word that is its verb's infinitive
        less the "-n" ("stecke", "plane", "bereite": "Die Ukraine stecke hinter dem Angriff"); outside quotes only, where
        it is no first person ("ich glaube")."""
        return len(t.text) > 4 and t.text.islower() and t.low.endswith("e") and self.lang.lemma(t.text) == t.low + "n"

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
        # past the apposition's own names too: a body the recogniser read in two pieces ("Colombia Justa Libres"),
        # the second one governed by no preposition
        while m >= 0 and (cands[m].excluded or cands[m].kind not in ("person", "pronoun", "relative")):
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
        if not self._narrator_tokens or b <= a:
            return False
        i, j = self.tok(max(a, b - MAX_CONTINUED)), self.tok(b)
        return bisect_left(self._narrator_tokens, i) < bisect_left(self._narrator_tokens, j)

    @cached_property
    def _narrator_tokens(self) -> list[int]:
        """(``narrator``) where the narration's first-person subject pronouns stand, outside quotes, in order: read
        once, so each quote's look back is a search, not a walk over up to ``MAX_CONTINUED`` characters of tokens
        (a page of unattributed quotes walked them all for every quote)."""
        narrator = self.lang.words("narrator")
        return [k for k, t in enumerate(self.toks) if narrator and t.low in narrator and k not in self.inside]

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
        if self._nameless_cue(first):
            return None  # "Menurutnya, Ukraina …", "Jak mówił, Rosja „…”": what he said; Ukraine is no subject here
        fronted = self._fronted_clause_end(first)
        comma = None if self.lang.has("verb_second") else self._fronted_comma(first, 25, frozenset())
        if comma is not None:
            # "At a hearing of the subcommittee that funds NASA, Rep. Robert Aderholt pushed …", "When Tom Hale
            # arrived, John Smith was waiting": a name right after the opening phrase's comma is the subject, not the
            # names inside the phrase ("According to Peskov, the attack was staged": nobody after it, his name stays)
            lead = self._name_lead_end(comma)
            if any(comma < c.i <= lead and c.kind in ("person", "title", "org") for c in cands):
                fronted = comma + 1
            elif (named := self._fronted_pronoun(cands, first, comma, lead)) is not None:
                return named
        aside = self._subordinate_aside(first)
        for n, c in enumerate(cands):
            if c.i < fronted:
                continue  # "Dass Anna mitfährt, freut den Trainer": Anna is the subject of the clause before the verb
            if aside is not None and aside[0] < c.i < aside[1]:
                continue  # "À Helsinki, où il participait à un sommet, Zelensky a …": the clause's words
            opened = max(first, fronted, aside[1] if aside is not None and c.i > aside[1] else first)
            if c.i - opened > 14 or c.kind == "relative":  # (counted after an opening phrase or an aside)
                return None
            if c.kind == "pronoun":
                if self.toks[c.i].low in self.lang.words("object_pronouns"):
                    continue  # "In her new book, Ann Lowe sets out", "An agreeable woman in her 80s, Jane Starner"
                after = cands[n + 1] if n + 1 < len(cands) else None
                if c.gender == "n" and after is not None and after.i == c.j and after.kind in ("person", "title"):
                    continue  # "Ähnlich sieht es Konrad Duffy": an object "es", the name after it is the subject
                return c
            if c.kind == "person" and self._asked_impersonally(c):
                return c  # "Zełenskiego zapytano, czy …": the one asked, whose answer "– … – odpowiedział" is
            if c.excluded or (c.kind == "inst" and c.speaker is None) or self.cast.surname_oblique(c):
                continue  # (a surname in the dative, "Зеленскому «…»", is whom the clause is about, no subject)
            if c.kind == "org" and self.lang.unspaced and (holder := self._holder_written_on(cands, n)) is not None:
                return holder  # "俄罗斯别尔哥罗德州州长格拉德科夫": the governor, not Russia
            if c.kind == "org" and self.lang.unspaced and (run := self._unnamed_holder_end(c)) is not None:
                if n + 1 < len(cands) and cands[n + 1].i < run:
                    continue  # "俄罗斯总统说": the title, which may stand for the person named before
                return None  # "美国情报官员告诉…": an official the place qualifies, unnamed; not the United States
            if c.kind == "org" and n + 1 < len(cands) and self._role_of_body(c, cands[n + 1]):
                return cands[n + 1]  # "AccuWeather lead hurricane forecaster Dan Kottlowski is secure": the person
            if c.kind == "title" and self._qualifies_next(cands, n):
                continue  # "俄总统新闻秘书佩斯科夫表示": the president's press secretary, not the president
            if c.kind == "title":
                person = self.cast.resolve_title(c, c.start)
                if person is None and c.gender != "p" and self._definite(c):
                    # "Der ukrainische Präsident warf Moskau vor …" where the article names Selenskyj without the
                    # title: his registered office; the sentence's subject, whom a later "sagte er" may mean
                    person = self.cast.registered_role(c)
                if person is None:
                    # (the name may come after a pronoun of a phrase of the title's: "A woman in her 80s, Jane Doe")
                    after = next((d for d in cands[n + 1 : n + 3] if d.kind != "pronoun"), None)
                    apposed = self._apposed_name(c, after)
                    described = self._described(c, c.start) if apposed is None else None
                    if described is not None:
                        return Cand(c.i, c.j, "person", c.start, c.end, described)
                    return apposed
                return Cand(c.i, c.j, "person", c.start, c.end, person)
            return c
        return None

    def _subordinate_aside(self, first: int) -> tuple[int, int] | None:
        """A subordinate clause set off by commas before the sentence's subject ("À Helsinki, où il participait à un
        sommet, Volodymyr Zelensky a …"): the comma before its ``subordinators`` word and the comma closing it, within
        the sentence's first 30 tokens; None when there is none or the sentence ends or a quote comes first."""
        toks = self.toks
        words = self.lang.words("subordinators")
        if not words:
            return None
        opened = None
        for k in range(first, min(len(toks) - 1, first + 30)):
            if toks[k].text in ".!?;:" or k in self.inside:
                return None
            if toks[k].text != ",":
                continue
            if opened is not None:
                return opened, k
            if toks[k + 1].low in words:
                opened = k
        return None

    def _fronted_clause_end(self, first: int) -> int:
        """(``verb_second``, ``fronted_clauses``) the token after the comma closing a subordinate clause that opens
        the sentence at ``first``, when a lower-case word (the main clause's verb) follows that comma ("Dass Anna
        mitfährt, freut den Trainer", "Als Lena kam, jubelten alle"); else ``first``. Bounded: the comma within
        the next 20 tokens."""
        if not self.lang.has("verb_second"):
            return first
        m = self._fronted_comma(first, 20, CLAUSE_STARTS)
        if m is None:
            return first
        nxt = self.toks[m + 1]
        main_verb = nxt.word and not nxt.capitalised and nxt.low not in CLAUSE_STARTS | _CONJUNCTIONS
        return m + 1 if main_verb else first

    def _nameless_cue(self, first: int) -> bool:
        """Whether the sentence opens with an "according to" cue that names no one, then a comma: a cue word with a
        pronoun glued to it ("Menurutnya,") or a cue whose verb leaves its subject out ("Jak mówił,"). The rest of
        the sentence is what that person said, so its first name is no subject a later pronoun means."""
        toks = self.toks
        if first >= len(toks) or not toks[first].word:
            return False
        n = self._cue(first, min(len(toks), first + 4))
        if not n:
            word = toks[first].low
            stems = {word[: -len(s)] for s in self.lang.pronoun_suffixes if word.endswith(s)}
            n = int(any(len(cue) == 1 and cue[0] in stems for cue in self.lang.cues))
        return bool(n) and first + n < len(toks) and toks[first + n].text == ","

    def _fronted_comma(self, first: int, reach: int, skip: Container[str]) -> int | None:
        """(``fronted_clauses``) the comma closing a phrase or clause that one of the language's ``fronted_clauses``
        words opens at the sentence's start ``first`` (after words of ``skip``), within ``reach`` tokens; None when
        there is none or a sentence's end or a quote comes first."""
        toks = self.toks
        k = first
        while k < len(toks) and (not toks[k].word or toks[k].low in skip):
            k += 1
        if k >= len(toks) or toks[k].low not in self.lang.words("fronted_clauses"):
            return None
        for m in range(k + 1, min(len(toks) - 1, k + reach)):
            if toks[m].text in ".!?;:" or m in self.inside:
                return None
            if toks[m].text == ",":
                return m
        return None

    def _name_lead_end(self, comma: int) -> int:
        """The token ending the words that may lead into a name right after a comma, at most four: articles, full
        stops, capitalised words and title words ("…, the Rev. Tom Hale said", "…, el congresista Tom Hale pidió")."""
        toks = self.toks
        n = comma + 1
        while n < min(len(toks), comma + 5) and (
            toks[n].text == "."
            or (
                toks[n].word
                and (toks[n].low in self.lang.skip or toks[n].capitalised or self.lang.title_gender(toks[n].text)[0])
            )
        ):
            n += 1
        return n

    def _fronted_pronoun(self, cands: list[Cand], first: int, comma: int, lead: int) -> Cand | None:
        """(a language whose subject stands before its verb) a gendered pronoun right after the comma closing an
        opening clause (up to ``lead``), and one person of that gender named in the clause (its others of the other
        gender): the subject is that person ("When Ann Lee decided to stop, she had no idea"); none of its gender
        there: the pronoun itself ("When Oprah Winfrey asked, he declined" is not hers), as when the clause opens
        with a verb of asking, the question put to the pronoun ("Asked whether Putin was in danger, he said": who
        was asked, not Putin). None when unsure."""
        pronoun = next((c for c in cands if comma < c.i <= lead and c.kind == "pronoun"), None)
        if pronoun is None or pronoun.gender not in ("m", "f"):
            return None
        if self._asked_first(first, comma):
            return pronoun
        persons = [c for c in cands if c.i < comma and c.kind == "person" and c.speaker is not None]
        if any(self.cast.gender(c.speaker) is None for c in persons):  # type: ignore[arg-type]
            return None  # unsure: the clause's first name, as before
        fits = [c for c in persons if self.cast.gender(c.speaker) == pronoun.gender]  # type: ignore[arg-type]
        if not fits:
            return pronoun  # nobody of the clause: the pronoun's own antecedent, before it
        return fits[0] if len(fits) == 1 else None

    def _asked_impersonally(self, c: Cand) -> bool:
        """(``asked_impersonal``) a name in the accusative right before an impersonal verb of asking ("Zełenskiego
        zapytano, czy …"): the one asked, the sentence's subject as far as an answer after it goes."""
        k = c.j
        return k < len(self.toks) and self.toks[k].low in self.lang.words("asked_impersonal")

    def _asked_first(self, first: int, comma: int) -> bool:
        """Whether the clause before ``comma`` opens with a verb of asking (``asking``), after a subordinator at most
        ("Asked whether …", "When asked about …", "Gefragt, ob …")."""
        asking, subordinators = self.lang.words("asking"), self.lang.words("subordinators")
        if not asking:
            return False
        k = first
        while k < comma and (not self.toks[k].word or self.toks[k].low in subordinators):
            k += 1
        return k < comma and self.lang.verb_lemma(self.toks[k].low) in asking

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

    def _words_owner(self, q: QuoteSpan, gender: str | None) -> Speaker | None:
        """(``word_nouns``, ``cue_possessives``) whom the possessive of "„…“, lautet sein Fazit" stands for: the last
        subject before the quote, a person whose gender the text or the name shows and the possessive's own, and only
        when that subject was read in the quote's sentence or the one before ("„…“, lautet ihr Fazit" after "Die
        Anwohner sind sauer." may be theirs: "ihr" is also "their"). None otherwise: when unsure, no speaker."""
        events = self._events_before(q.start)
        if not events or gender not in ("m", "f"):
            return None
        last = events[-1]
        own = self.layout.sentence_start(q.start)
        before = self.layout.sentence_start(own - 1) if own > 0 else own
        if last.pos < before or last.kind == "unnamed" or last.speaker.label != "PERSON":
            return None
        return last.speaker if self.cast.gender(last.speaker) == gender else None

    def _formal_possessive(self, q: QuoteSpan) -> Speaker | None:
        """(``interview_you``) in an interview, a quote a colon hands over to from a clause that names no one but
        holds the polite "your" inside it ("In Ihrem Buch findet sich der Satz: „…“", "Ihr Motto lautet: „…“" after a
        first word): the interviewee's words (``_addressee``). None elsewhere."""
        you = self.lang.words("interview_you") - self.lang.words("formal_you")
        if not you or _last_visible(self.text, 0, q.start) not in (":", "："):
            return None
        a, b = self.tok(self.layout.sentence_start(q.start)), self.tok(q.start)
        if b - a > 16 or not any(  # bounded: a short clause before its colon
            self.toks[k].text in you and k > a and k not in self.inside for k in range(a, b)
        ):
            return None
        if any(c.kind in ("person", "org", "inst", "pronoun") for c in self.cast.candidates(a, b, self.inside)):
            return None  # "Ihr Kollege Max Berg sagte:", "Ihre Mutter sagte ihr:": someone else's words
        return self._addressee() if self._is_interview() else None

    def _is_interview(self) -> bool:
        """Whether at least two paragraphs are questions that say "you" politely (``interview_you``: "Sie",
        "Ihr"), not first in their sentence: an interview's layout. Computed once an article."""
        return self._interview

    @cached_property
    def _interview(self) -> bool:
        """:meth:`_is_interview`, once."""
        you = self.lang.words("interview_you")
        asked = 0
        for a, b in itertools.pairwise([*self.layout.paragraphs, len(self.text)]):
            para = self.text[a:b].rstrip()
            if not you or not para.endswith("?") or len(para) > 1500:
                continue
            # inside a sentence, after a lower-case word or a comma ("Hatten Sie", "Was haben Sie"), not
            # "Sie" opening one (she, they)
            asked += any(
                m.group() in you and m.start() >= 2 and (para[m.start() - 2].islower() or para[m.start() - 2] == ",")
                for m in _WORDS.finditer(para)
            )
            if asked >= 2:
                break
        return asked >= 2

    def _addressee(self) -> Speaker | None:
        """Whom an article says "you" to politely (an interview's questions): the person it is about, named at
        least three times and twice as often as anyone else; else the person it names first (an interview's
        introduction names whom it talks to) when no one is named more often; None otherwise."""
        self._protagonist(0, None)
        if self._cast_people:
            return self._cast_people[0][0]
        return self._first_named  # once per article: an interview asks many questions

    @cached_property
    def _first_named(self) -> Speaker | None:
        """The person the article names first, when no one is named more often and they are named twice."""
        people: dict[str, tuple[Speaker, int]] = {}
        for _, (_, e) in sorted(self.cast.mentions.items()):
            if e.label == "PERSON":
                sp = _entity_speaker(e)
                people[sp.key] = (sp, people.get(sp.key, (sp, 0))[1] + 1)
        if not people:
            return None
        first, count = next(iter(people.values()))
        return first if count >= 2 and all(n <= count for _, n in people.values()) else None

    def _unnamed_holder_end(self, place: Cand) -> int | None:
        """(languages written without spaces) Where the words written on after a place that opens a subject end, when
        they end in a title: the place qualifies someone ("美国情报官员", "沃罗涅日的居民"), not a speaker itself.
        None for anything else (a body's name, a place alone). At most twelve tokens, up to a speech verb."""
        if place.speaker is None or place.speaker.label not in ("GPE", "LOC"):
            return None
        k = place.j
        while k < len(self.toks) and k - place.j < 12 and self.toks[k].word and not self._zh_verb(k):
            k += 1
        words = "".join(t.text for t in self.toks[place.j : k])
        return k if words and self._ends_in_title(words) else None

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

    def _apposed_name(self, title: Cand, after: Cand | None) -> Cand | None:
        """The person a title phrase that opens a sentence is apposed to ("Steenburgen's son, filmmaker Charlie
        McDowell, also remembers"): a name right after it, past a comma and a lower-case role word or two; the
        title's gender is theirs ("son": a man). None when no name follows so (the title alone is no one)."""
        if after is None or after.kind != "person" or after.excluded or after.speaker is None:
            return None
        between = self.toks[title.j : after.i]
        if (
            3 <= len(between) <= 6  # "The US secretary of state, Antony Blinken, said": "of state" is the title's
            and between[0].low in self.lang.prepositions
            and between[-1].text == ","
            and all(t.word and not t.capitalised and t.text.isalnum() for t in between[:-1])
            # (a word right after the preposition is its noun, no verb: "of state")
            and not any(
                self._is_verb(m, title.j, strong=True) and self.toks[m - 1].low not in self.lang.prepositions
                for m in range(title.j, after.i)
            )
        ):
            # "An agreeable woman in her 80s, Jane Doe lives …": a short phrase of the title's, then the name
            between = [between[-1]]
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

    def _dash_signature(self, q: QuoteSpan, limit: int) -> Found | None:
        """(``dash_signature``) a quote signed after a dash with no verb: ``“…” — John Smith`` (then the end of the
        paragraph, or a comma and a role: ``— John Smith, council member``): the person or body named."""
        if not self.lang.has("dash_signature"):
            return None
        toks = self.toks
        end = min(self.layout.paragraph_end(q.end), limit)
        gap = _NEXT_LINE.match(self.text, q.end)
        if end == q.end and gap is not None and gap.end() < limit and self.text[gap.end()] in "—–":
            # "“…”\n— John Smith, CEO": a pull quote that ends its paragraph, signed on the line after it (a long
            # dash: a hyphen there opens a list's item)
            end = min(self.layout.paragraph_end(gap.end()), limit)
        a, b = self.tok(q.end), self.tok(end)
        b = min(b, a + MAX_SIGNATURE)
        signed = False  # a signature with no dash: a pull quote, then a person's name and a comma
        if end == q.end and gap is not None and gap.end() < limit and self._pull_quote(q):
            # "« … »\nOlivier Dupont, journaliste, dans une émission du 3 mars": signed on the line after it
            a, b = self.tok(gap.end()) - 1, self.tok(min(self.layout.paragraph_end(gap.end()), limit))
            signed = True
        elif a < b and toks[a].text not in ("—", "–", "-") and self._pull_quote(q):
            a, signed = a - 1, True  # "“… réalité.” Roman Dupont, journaliste": signed in the quote's paragraph
        if a >= b or b - a > MAX_SIGNATURE:
            return None
        if not signed and (toks[a].text not in ("—", "–", "-") or self.text[q.end : toks[a].start].strip()):
            return None
        cands = self.cast.candidates(a + 1, b, self.inside)
        if not cands or cands[0].i != a + 1 or cands[0].kind not in ("person", "org") or cands[0].speaker is None:
            return None
        rest = toks[cands[0].j : b]
        if b - a >= MAX_SIGNATURE or (
            rest and (rest[0].text != "," or any(self._is_verb(cands[0].j + n, a) for n in range(len(rest))))
        ):
            return None  # "— John Smith said …" is read after the quote; "— John Smith and …": not a signature
        if signed and (not rest or cands[0].kind != "person" or toks[b - 1].text in (".", "!", "?", ":", ";")):
            # with no dash, only a person's name and a comma make a line a signature, one that ends in no full stop
            # ("Jean Dupont, journaliste, a quitté la chaîne en 2019.": a sentence about them)
            return None
        return Found(speaker=cands[0].speaker, how="dash signature")

    def _pull_quote(self, q: QuoteSpan) -> bool:
        """A quote that opens its paragraph and closes with its sentence's end inside the marks ("« … risque. »"):
        a pull quote a signature may follow."""
        opens = not self.text[self.layout.paragraph_start(q.start) : q.start].strip()
        return opens and self.text[q.body_start : q.body_end].rstrip().endswith((".", "!", "?", "…"))

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
            return self._sentence_final_inverted(comma, b, q)
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

    def _sentence_final_inverted(self, comma: int, b: int, q: QuoteSpan) -> Found | None:
        """(``sentence_final_cue``) the closing reporting clause with its subject after the verb, as languages that
        invert write it: ``X e Y hanno discusso della “…” durante l'incontro, afferma il ministero degli Esteri.``:
        the inverted subject, named or a body, when the clause holds nothing but the speech verb (past its
        auxiliaries), the subject and where it was said; no one (blocked) for a subject the article does not name
        ("…, afferma una fonte diplomatica"). Nothing for a framing or weak verb or a clause with a second verb."""
        toks, lang = self.toks, self.lang
        verb = comma + 1
        while verb < b - 1 and toks[verb].low in lang.skip and toks[verb].word:
            verb += 1  # "…, ha detto il ministro."
        if verb < b - 1 and toks[verb].word and lang.light_verb(toks[verb + 1].text, toks[verb].low):
            verb += 1  # "…, fa sapere il ministero": the light verb's word reports
        if verb >= b - 1 or toks[verb].capitalised or not self._is_verb(verb, verb, strong=True):
            return None
        lemma = lang.verb_lemma(toks[verb].text)
        if lemma in lang.words("framing") or lemma in lang.words("weak"):
            return None
        if any(self._is_verb(k, verb + 1) for k in range(verb + 1, b)):
            return None  # "…, afferma il ministro che ha detto …": a clause of its own
        found = self._after_verb(verb + 1, b, q.start)
        if found is None or not (found.blocked or (found.speaker is not None and found.speaker.label in _NAMED)):
            return None  # (blocked: "…, afferma una fonte diplomatica": someone unnamed, not the sentence's subject)
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

    def spoke(self, pos: int, speaker: Speaker) -> None:
        self._add(_Event(pos, speaker, "spoke"))
