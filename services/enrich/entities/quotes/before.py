"""The clause before a quote in its sentence.

``Peskov said: “…”``, ``According to the Kremlin, “…”``, ``Blinken said Washington would “…”``: the subject of
the speech verb nearest the quote, with inversions, colons, fronted clauses, weak verbs and subjects the
article does not name; and the speaker named nearest before a quote no clause attributes.
"""

from __future__ import annotations

import re

from wirestream.services.enrich.entities.quotes.clause import ClauseReader
from wirestream.services.enrich.entities.quotes.language import declined_noun, nation_adjective
from wirestream.services.enrich.entities.quotes.marks import QuoteSpan
from wirestream.services.enrich.entities.quotes.reader import (
    _APPOSITION_MARKS,
    _CITING,
    _CUES_AT_START,
    _IMPERSONAL_IN,
    _NOT_CUES_BEFORE,
    _QUOTED_AS,
    CLAUSE_STARTS,
    MAX_CONTINUED,
    NOUN_MARKERS,
    Found,
    _last_visible,
)
from wirestream.services.enrich.entities.quotes.speakers import _CONJUNCTIONS_BY, _OF_WORDS, _PUNCT_BREAK, Cand, Speaker
from wirestream.services.enrich.entities.quotes.text import HIRAGANA, Token

AS_SUBJECT_REACH = 30  # tokens after an "as" clause's speech verb read for the comma that closes its subject


# Marks that end a clause or set text apart inside a sentence (the name breaks less a comma or a hyphen, which an
# apposition or a name holds): a verb beyond one shares no subject with one before.
_CLAUSE_BREAKS = frozenset(_PUNCT_BREAK - {",", "-"})


class BeforeQuote(ClauseReader):
    """The attribution in the clause before a quote (:meth:`before`, :meth:`nearest_before`)."""

    def _past_auxiliaries(self, k: int, b: int) -> int:
        """The token after the auxiliaries that open an incise at k ("a déclaré", "ha detto", "a-t-il ajouté"): at
        most two lower-case words the language skips between a subject and its verb (not its prepositions), and
        never the incise's last token; k itself when none opens it."""
        toks, v = self.toks, k
        while v - k < 2 and v + 1 < b and toks[v].word and not toks[v].capitalised:
            low = toks[v].low
            suffix = self._hyphen_pronoun(low)
            aux = low.removesuffix(suffix).split("-")[0] if suffix else low
            if aux not in self.lang.skip or aux in self.lang.prepositions:
                break
            v += 1
        return v

    def _as_opening(self, a: int, b: int, pos: int) -> Found | None:
        """(``next_as``) a sentence opening with "as", then its speech verb (past auxiliaries and clitics) and the
        verb's subject, closed by a comma: "Come ha detto il portavoce del ministero, Marco Bellini, Rossi “…”", "Comme
        l'a expliqué hier Jean Dupont, Macron « … »", "Según explicó la DGSA, …": the clause's subject said the quote
        (or the sentence after it), not the main clause's subject after the comma. None where the clause names no one,
        or a speech verb of the main clause reports the quote itself ("Come ha detto X, Y ha aggiunto: “…”"); the
        sentence is then read as before. ``pos``: where the quote starts."""
        toks = self.toks
        if a >= b or toks[a].low not in self.lang.words("next_as"):
            return None
        verb = self._past_auxiliaries(a + 1, b)
        if verb >= b or not toks[verb].text.islower() or not self._is_verb(verb, a, strong=True):
            return None
        end = self._as_clause_end(verb, b)
        if end is None or any(self._is_verb(m, end + 1, strong=True) for m in range(end + 1, b)):
            return None
        found = self._after_verb(verb + 1, end, pos)
        if found is None or found.speaker is None:
            return None
        found.verb, found.how = toks[verb].text, "as clause"
        return found

    def _as_clause_end(self, verb: int, b: int) -> int | None:
        """The comma that closes the subject of an "as" clause's speech verb at ``verb`` (:meth:`_as_opening`): the
        first comma after a name (a person, a body, or a lone capitalised word right after the verb), past a title's
        phrase that a name completes after its comma ("il portavoce del ministero, Marco Bellini,") and past a
        person's name set between that comma and the next ("un consigliere di Zelensky, Mykhailo Podolyak,"). None
        when a comma comes before any word of a subject ("Come detto, …") or no comma closes one within reach."""
        toks = self.toks
        reach = min(b, verb + 1 + AS_SUBJECT_REACH)
        cands = [c for c in self.cast.candidates(verb + 1, reach, self.inside) if c.kind != "relative"]
        for m in range(verb + 1, reach):
            if toks[m].text != "," or m in self.inside:
                continue
            before = [c for c in cands if c.j <= m]
            after = next((c for c in cands if c.i == m + 1), None)
            # a person's name between this comma and the next
            apposed = (
                after if after and after.kind == "person" and after.j < reach and toks[after.j].text == "," else None
            )
            if not before and apposed and any(self.lang.title_gender(t.text)[0] for t in toks[verb + 1 : m]):
                return apposed.j  # "il portavoce del ministero, Marco Bellini,": the title bound to the name after it
            if not before:
                # "Come ha detto Bellini, …": one capitalised word, a name no one read; else no subject at all
                lone = m == verb + 2 and toks[verb + 1].capitalised
                return m if lone else None
            if all(c.kind == "title" for c in before):
                continue  # "il portavoce del ministero," then the name that completes the title
            if apposed:
                return apposed.j  # "un consigliere di Zelensky, Mykhailo Podolyak,": the role's holder, in apposition
            return m
        return None

    def _adverb_not_cue(self, k: int, b: int) -> bool:
        """(``verb_second``) a word of ``cues_at_start`` ("so") that no comma comes right before and a lower-case word
        follows: an adverb in the clause's first place, its finite verb second ("So sieht es X:"), not the cue "„…“,
        so X"."""
        toks = self.toks
        return (
            self.lang.has("verb_second")
            and toks[k].low in self.lang.words("cues_at_start")
            and (k == 0 or toks[k - 1].text != ",")
            and k + 1 < b
            and toks[k + 1].word
            and not toks[k + 1].capitalised
        )

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
        """The person (or named body) before an apposition closed right before the speech verb ("Markus Meinzer – von
        Tax Justice Network – sagt:", "Markus Meinzer, Experte bei Tax Justice, sagt:"): the verb's subject, not a name inside
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
        if m is None or cands[m].excluded:
            return None
        # a body too, or a document its author's name ends ("a study by the Acme Institute, a Boston-based think
        # tank, concluded"): the apposition describes it, its noun no other body
        named_body = cands[m].kind == "org" or (cands[m].kind == "inst" and cands[m].speaker is not None)
        if cands[m].kind != "person" and not named_body:
            return None
        inside = cands[m + 1 :]
        if not inside or any(c.i < opener for c in inside):
            return None
        if inside[0].i == opener + 1 and inside[0].kind in ("person", "org"):
            return None
        # a verb of its own makes it a clause, not an apposition; not a word inside a noun phrase ("think tank")
        covered = {g for c in inside for g in range(c.i, c.j)}
        if any(self._is_verb(g, opener + 1) for g in range(opener + 1, verb - 1) if g not in covered):
            return None
        return cands[m]

    def _impersonal_at(self, k: int, a: int, b: int) -> bool:
        """An impersonal speech verb at k with its pronoun right after it ("heißt es")."""
        t = self.toks[k]
        if not t.word or (t.capitalised and k > a) or k + 1 >= b:
            return False
        pronoun = self.lang.impersonal.get(self.lang.verb_lemma(t.low))
        return pronoun is not None and self.toks[k + 1].low == pronoun

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

    def _subject_verb_before(self, a: int, k: int) -> bool:
        """Whether a speech verb stands between the sentence's start a and a cue at k, with a named subject, a title
        or a pronoun before it ("Peskow sagte laut TASS:"): the clause's speaker speaks, the cue names who reports
        it."""
        for m in range(a + 1, k):
            if m not in self.inside and self._is_verb(m, a, strong=True):
                pre = self._usable(self.cast.candidates(a, m, self.inside))
                return any(c.kind in ("person", "org", "title", "pronoun") for c in pre)
        return False

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

    def _lone_subject_after_adverb(self, a: int, verb_at: int) -> Cand | None:
        """(nouns capitalised) The subject between a sentence's opening word of the language and its speech verb
        ("Auch Woronzow äußerte sich:", "Später sagte Brösicke:" is the inverted one): one capitalised word no
        recogniser read, no common noun, naming a person (:meth:`Cast.unread_name`). None otherwise."""
        toks = self.toks
        k = verb_at - 1
        if not self.lang.nouns_capitalised or k != a + 1 or k in self.cast.mentions or not toks[k].text.isalpha():
            return None
        if not self._language_word(a):
            return None  # the opening word is a word of the language ("Auch", "Dann"), not a first name
        return self._unread_person(k)

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
        opens = next((k for k in range(a, b) if toks[k].word), b)
        opening = self._as_opening(opens, b, q.start)
        if opening is not None:
            return opening  # "Come ha detto il portavoce, Marco Bellini, Rossi “…”": Bellini, not Rossi
        for k in range(a, b):
            n = self._cue(k, b)
            if n and (toks[k].low not in _NOT_CUES_BEFORE or self._closing_cue(k, n, b) or self._opening_cue(k, b)):
                if self._clause_after_cue(k + n, b):
                    continue  # "According to TASS, Peskov said: “…”": the clause's speaker, whom TASS reports
                if lang.nouns_capitalised and self._subject_verb_before(a, k):
                    continue  # "Peskow sagte nach Angaben der Agentur Interfax: „…“": Peskov, whom Interfax reports
                fronted = self._verb_after_cue_phrase(k + n, b)
                if fronted is not None:
                    return self._verbal_cue(fronted, b, q.start)  # "Laut TASS sagte Peskow: „…“": Peskov, not TASS
                found = self._after_cue(k, n, b, q.start, how="cue")
                if found is not None:
                    return found
        found = self._source_then_cue(a, b, q.start) if lang.cues_after else None
        if found is not None:
            return found
        verb_at, n = None, 0
        aside = self._bracketed(a, b)
        phrase = b  # where a prepositional phrase read back from a noun that looks like a verb starts
        for k in range(b - 1, a - 1, -1):
            if k in self.inside or k in aside or k >= phrase:
                continue
            if self._adverb_not_cue(k, b):
                continue  # "So sieht es auch Peter Vogl: „…“": "so" opens a clause whose verb follows, no cue
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
        if not pre and (lone := self._lone_subject_after_adverb(a, verb_at)) is not None:
            pre = [lone]  # "Auch Woronzow äußerte sich: „…“": a surname alone no one read, the subject
        if pre and self._after_fronted_clause(a, verb_at):
            pre = []  # "Wie TASS berichtete, sagte Peskow: „…“": the subject follows the verb, TASS is the clause's
        if pre and self._compared_before(pre[-1], verb_at, b):
            pre = []  # "Anders als Lars Holm sagte Sophie Wagner: „…“": Holm is compared with, Wagner speaks
        # "He urged Mr. Trump to act, saying “…”": a participle's subject is the sentence's, not the nearest name
        participle = verb.lower().endswith(lang.participle_endings)
        impersonal = self._impersonal_verb(verb)
        found = self._impersonal_before(a, verb_at) if impersonal else None
        if found is None and pre and lang.verb_lemma(verb) in _CITING:
            found = self._cited(verb_at + n, b, q.start)
        if found is None and pre:
            found = self._saying_of(pre, verb_at, q.start)
        if found is None and pre and participle and (absolute := self._absolute_subject(pre, a, verb_at)):
            # "Russia held a parade, with President Putin telling troops that “…”": the absolute phrase's own subject,
            # not the sentence's (which a parse gives the participle)
            found = self._as_found(absolute, q.start)
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
        elif found is None and pre and participle and (said := self._said_then_participle(pre, a, verb_at)):
            # "Sales rose, Jane Doe said, adding: “…”": the participle goes on from the speech verb right before it,
            # whose subject is the one named before that verb, not the subject the sentence opened with
            found = self._as_found(said, q.start)
        elif found is None and pre and participle:
            # the sentence's subject itself, not the first person anywhere in it ("The court also found a federal
            # statute …, the Communications Decency Act, noting that “…”": the court, not the Act)
            subjects = self._main_clause([c for c in self._usable(pre) if c.kind != "relative"], a, verb_at)
            found = self._as_found(subjects[0], q.start) if subjects else None
        elif found is None and pre and (shared := self._coordinated_subject(pre, a, verb_at)) is not None:
            # "He met Sauli Niinisto, the Finnish president, and said: “…”": the first verb's subject, not its object
            found = self._as_found(shared, q.start)
        elif found is None and pre:
            found = self._choose(pre, near_end=True, before_pos=q.start)
        if found is None and not pre and (body := self._compound_subject(a, verb_at)) is not None:
            found = Found(speaker=body, how="members")  # "Die ISW-Analysten schrieben: „…“": the body's people
        if found is None and not pre and self._common_subject(a, verb_at):
            # "The doctors said … “…”": the body they are members of; "Y la vice dijo: “…”": no one the article names,
            # as after the quote
            body = self._members_body(verb_at - 1, q.start)
            found = Found(speaker=body, how="members") if body else Found(blocked=True, how="unnamed")
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

    def _absolute_subject(self, pre: list[Cand], a: int, verb_at: int) -> Cand | None:
        """(``absolute_preps``) the name right before a participle that a preposition opening an absolute phrase
        governs, a few title words between them at most ("with President Vladimir Putin telling"): the participle's
        subject. None when no such preposition stands there."""
        preps = self.lang.words("absolute_preps")
        if not preps:
            return None
        toks = self.toks
        # (the name is read as governed by the preposition, so no usable subject: it is the phrase's own)
        cand = next((c for c in pre if c.j == verb_at and c.kind in ("person", "title")), None)
        if cand is None:
            return None
        for k in range(cand.i - 1, max(a, cand.i - 4) - 1, -1):  # bounded: "with Ukraine's President X"
            if toks[k].low in preps:
                return cand
            if not toks[k].text[:1].isupper() and toks[k].low not in self.lang.words("possessive"):
                return None
        return None

    def _said_then_participle(self, pre: list[Cand], a: int, verb_at: int) -> Cand | None:
        """The subject of a finite speech verb right before a participle and its comma ("…, Jane Doe said, adding"):
        the one named right before that verb. None when no such verb or name stands there."""
        toks = self.toks
        k = verb_at - 1
        if k <= a or toks[k].text != ",":
            return None
        k -= 1
        if toks[k].low.endswith(self.lang.participle_endings) or not self._is_verb(k, a, strong=True):
            return None
        return next((c for c in self._usable(pre) if c.j == k and c.kind in ("person", "org", "title", "inst")), None)

    def _coordinated_subject(self, pre: list[Cand], a: int, verb_at: int) -> Cand | None:
        """The subject a speech verb shares with the verb its "and" joins it to ("Zelensky met Sauli Niinisto and
        said", "Le Kremlin a accusé Kiev et a affirmé"): the sentence's first candidate, when a conjunction stands
        right before the verb (past its auxiliaries and adverbs), that candidate opens the sentence and one name
        after it stood before the conjunction as the first verb's object. None when no conjunction joins the verb, no
        object or several names stand before it ("Peskov spoke and said"), a relative clause holds the verb ("…,
        who smiled and said"), or a phrase opens the sentence before its subject ("Consultado por un periodista …,
        Biden sonrió y dijo")."""
        toks = self.toks
        k = verb_at - 1
        while k > a and verb_at - k <= 2 and toks[k].low in self.lang.skip:
            k -= 1  # "et a déclaré", "y luego dijo"
        if k <= a or toks[k].low not in _CONJUNCTIONS_BY.get(self.lang.code, ()):
            return None
        if any(c.kind == "relative" and c.i < k for c in pre):
            return None  # "He introduced Sauli Niinisto, who smiled and said": the relative clause's subject
        usable = [c for c in self._usable(pre) if c.kind != "relative" and c.j <= k]
        if len(usable) != 2 or usable[0].kind not in ("person", "org", "title", "inst", "pronoun"):
            return None  # one subject and one object: no list of people, no second clause
        if any(t.word and t.low not in self.lang.skip for t in toks[a : usable[0].i]):
            return None
        if any(t.text in _CLAUSE_BREAKS for t in toks[usable[0].j : k]):
            return None  # a quote, a dash, a bracket or a colon between: no one clause
        return usable[0]

    def _cited(self, a: int, b: int, pos: int) -> Found | None:
        """``Interfax zitierte Kremlsprecher Dmitri Peskow mit den Worten: „…“``: after a verb of citing (``citing``)
        the one cited, who follows it, is the speaker, not the agency citing. None when no name follows (the
        sentence is read as before)."""
        found = self._after_verb(a, b, pos)
        if found is None or found.speaker is None:
            return None
        found.how = "cited"
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

    def _source_then_cue(self, a: int, b: int, before_pos: int) -> Found | None:
        """(``cues_after``) a quote right after a cue written after its source, which opens the sentence ("Peskov'a
        göre, „…“"), a noun of what the source said allowed between them (``cue_nouns``: "Kremlin'in açıklamasına
        göre: „…“"): the source said it. None when words other than the cue's phrase stand before the quote."""
        toks, lang = self.toks, self.lang
        k = next((k for k in range(a, b) if toks[k].low in lang.cues_after and k not in self.inside), None)
        if k is None or any(t.word for t in toks[k + 1 : b]):
            return None
        end = k - 1 if k - 1 > a and toks[k - 1].low in lang.words("cue_nouns") else k
        cands = self.cast.candidates(max(a, end - 8), end, self.inside)
        if not cands or cands[-1].j != end or cands[-1].kind not in ("person", "org") or cands[-1].speaker is None:
            return None
        source = cands[-1]
        found = self._as_found(source, before_pos)
        found.verb = toks[k].text
        found.how = "cue"
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
        fronted = self.lang.words("fronted_clauses")
        if k < verb and toks[k].low in fronted:
            return True
        # "Auf die Frage, ob es Tote gab, sagte Hahn:", "Nach dem Treffen mit X, als sie ging, sagte Hahn:": a
        # prepositional phrase and the clause after its comma fill the first place together (a name in the phrase is
        # governed)
        if k >= verb or toks[k].low not in self.lang.prepositions:
            return False
        comma = next((m for m in range(k + 1, verb - 1) if toks[m].text == ","), None)
        return (
            comma is not None
            and toks[comma + 1].low in fronted
            and "," not in {t.text for t in toks[comma + 1 : verb - 1]}
        )

    def _compared_before(self, c: Cand, verb: int, b: int) -> bool:
        """(``verb_second``, ``comparisons``) whether the name right before the speech verb follows a word of
        comparison ("als", "wie") and a person's name follows the verb: the name first is compared with, the verb's
        subject is the one after it."""
        toks = self.toks
        if not self.lang.has("verb_second") or c.j != verb or c.kind not in ("person", "org") or c.i == 0:
            return False
        k = c.i - 1
        while k > 0 and toks[k].low in self.lang.skip:
            k -= 1
        if toks[k].low not in self.lang.words("comparisons"):
            return False
        after = [x for x in self.cast.candidates(verb + 1, b, self.inside) if x.kind == "person"]
        return bool(after) and after[0].i <= verb + 3

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
        any capitalised noun where every noun is capitalised; None when there is none. A possessive in the subject's
        case is such an article too (``subject_possessives``: "Seine Frau sagte: „…“", "sagte seine Tochter":
        someone of theirs the article does not name; not "sagte seinem Sohn", whom it was said to)."""
        toks = self.toks
        if k >= end or toks[k].low not in self.lang.words("indefinite") | self.lang.words("subject_possessives"):
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
            return self._lone_colon_runs_on(a, b, q)
        cands = self._usable(self.cast.candidates(a, b - 1, self.inside))
        # a title right before the person it names is no one else, nor is a neuter pronoun after a verb, its object
        # ("Anders sieht es Bürgermeister Peter Vogl: „…“": Vogl, the one name)
        own = [
            c
            for c in cands
            if not (c.kind == "title" and any(d.kind == "person" and d.i == c.j for d in cands))
            and not (c.kind == "pronoun" and c.gender == "n" and c.i > a and len(cands) > 1)
        ]
        if b - a <= 8 and len(own) == 1 and own[0].kind in ("person", "org", "inst"):
            found = self._as_found(own[0], q.start)
            found.how = "colon"
            return found
        lone = self._lone_colon_name(a, b) if not cands else None
        if lone is not None:
            found = self._as_found(lone, q.start)
            found.how = "colon"
            return found
        owned = self._word_noun_owner(a, b - 1) if not cands else None
        if owned is not None and owned.speaker is not None:
            owned.how = "colon"  # "Das Fazit von Peter Müller: „…“" (``word_nouns``): the owner of the words
            return owned
        return self._colon_subject(a, b, q, cands)

    def _lone_colon_name(self, a: int, b: int) -> Cand | None:
        """(nouns capitalised) ``Dazu Terechow: „…“``, ``Terechow wörtlich: „…“``: before the colon one capitalised
        word no recogniser read, naming a person (:meth:`Cast.unread_name`), with one of ``colon_adverbs`` after
        it or a word of the language opening the sentence before it (alone, "Liveblog:" may head a text)."""
        toks = self.toks
        if not self.lang.nouns_capitalised:
            return None
        subject = self._lone_colon_subject(a, b)
        if subject is not None:
            return subject
        k = b - 2
        adverb = k > a and toks[k].low in self.lang.words("colon_adverbs") and toks[k].text.islower()
        if adverb:
            k -= 1  # "wörtlich", "dazu"
        if k < a or k > a + 1 or k in self.cast.mentions or not toks[k].text.isalpha():
            return None
        if k == a and not adverb:
            return None  # a word and a colon alone may be a heading's ("Liveblog: „…“"), no speaker
        if k == a + 1 and (not toks[a].word or not toks[a].capitalised or self.cast.lone_word(toks[a])):
            return None  # the opening word is a word of the language ("Dazu", "Auch"), not a first name
        return self._unread_person(k)

    def _lone_colon_runs_on(self, a: int, b: int, q: QuoteSpan) -> Found | None:
        """(nouns capitalised) ``Auch Kowalski ist das aufgefallen: Die Bauern »…«``: the quote runs on from at most
        three words after the colon of a short clause whose subject is a lone surname (:meth:`_lone_colon_subject`):
        that subject's words. None otherwise."""
        toks = self.toks
        if not self.lang.nouns_capitalised:
            return None
        colon = next((k for k in range(max(a, b - 4), b) if toks[k].text in (":", "：")), None)
        if colon is None or colon - a > 9 or not all(t.word for t in toks[colon + 1 : b]):
            return None
        if self.cast.candidates(a, b, self.inside):
            return None  # a name a recogniser read is read as such
        lone = self._lone_colon_subject(a, colon + 1)
        if lone is None:
            return None
        found = self._as_found(lone, q.start)
        found.how = "colon"
        return found

    def _lone_colon_subject(self, a: int, b: int) -> Cand | None:
        """(nouns capitalised) ``Auch Kowalski ist das aufgefallen: „…“``, ``Kowalski hat das bemerkt: „…“``: a short
        clause (at most six words after the name, no comma) whose subject, one capitalised word no recogniser read
        naming a person (:meth:`Cast.unread_name`), opens it (after one word of the language) and is followed at once
        by a lower-case word (its verb); its colon hands over to the quote, so the subject spoke. None otherwise."""
        toks = self.toks
        k = a + 1 if a + 1 < b and self._language_word(a) else a
        if k + 2 >= b - 1 or k in self.cast.mentions or not toks[k].text.isalpha():
            return None
        if not toks[k + 1].word or not toks[k + 1].text.islower() or b - 1 - (k + 1) > 6:
            return None
        if any(not t.word for t in toks[k + 1 : b - 1]) or any(t.capitalised for t in toks[k + 1 : b - 1]):
            return None  # a comma, a bracket, another name or a noun: more than a short clause of its own
        return self._unread_person(k)

    def _language_word(self, a: int) -> bool:
        """Whether the capitalised word at ``a`` opening a sentence is a word of the language ("Auch", "Dann"), no
        name: no recogniser read it and it may not stand alone for one (:meth:`Cast.lone_word`)."""
        t = self.toks[a]
        return t.word and t.capitalised and a not in self.cast.mentions and not self.cast.lone_word(t)

    def _unread_person(self, k: int) -> Cand | None:
        """The person a lone capitalised word at ``k`` names when no recogniser read it (:meth:`Cast.unread_name`),
        unless it is a declined common noun; None otherwise."""
        if declined_noun(self.toks[k].text, self.lang.code):
            return None
        lone = self.cast.unread_name(k)
        return lone if lone is not None and lone.kind == "person" else None

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
        opening |= self._titles_body(cands, subject)
        if any(toks[k].word and k not in opening and not self._role_word(toks[k].text) for k in range(a, subject.i)):
            return None
        breaks = (",", ";", "(", ")") if subject.kind == "person" else (",", ";", "—", "–", "(", ")")
        if any(t.text in breaks for t in toks[subject.j : b - 1]):
            return None
        found = self._as_found(subject, q.start)
        found.how = "colon subject"
        return found

    def _titles_body(self, cands: list[Cand], subject: Cand) -> set[int]:
        """The tokens between a title and the name it opens that name the body it serves, with no comma ("Il
        ministro degli Esteri russo Anatoli Volkov", "le ministre de la Défense Anatoli Volkov", "des Affaires
        étrangères russe"): an "of" word and the article the language skips after it, a capitalised word, then
        capitalised words, the adjectives of a people and lower-case words of the body's name (no verb, article or
        preposition); empty unless every token between is such a word."""
        toks, lang = self.toks, self.lang
        title = next((c for c in reversed(cands) if c.kind == "title" and c.j <= subject.i), None)
        if title is None or title.j == subject.i or toks[title.j].low not in _OF_WORDS:
            return set()
        k = title.j + 1
        if k < subject.i and toks[k].low in lang.skip and toks[k].low not in lang.prepositions:
            k += 1  # "de la Défense"
        if k >= subject.i or not toks[k].capitalised:
            return set()
        for m in range(k + 1, subject.i):
            t = toks[m]
            if not t.word or not (
                t.capitalised
                or nation_adjective(t.text, lang.code)
                or (t.low not in lang.skip and t.low not in lang.prepositions and not lang.is_verb(t.low))
            ):
                return set()
        return set(range(title.j, subject.i))

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
        marked = self._marked_subject(self.tok(start), self.tok(q.start))
        if marked is not None:
            # "ロシアの攻撃について、ペスコフ報道官は「…」と述べた": the phrase the subject particle closes is the
            # subject, not the first name of the sentence; a phrase that names no one the article names (官房長官は)
            # is someone unnamed, not the last person named
            subject = [c for c in cands if marked[0] <= c.i and c.j <= marked[1]]
            if self._qualifier_only(cands, *marked):
                # "ロシアの政治評論家は「…」": the phrase's head is a noun after the genitive that no reading names (an
                # unnamed commentator), not the place or body that qualifies it
                return Found(blocked=True, how="unnamed")
            registered = self._registered_subject(*marked)
            if registered is not None:
                return Found(speaker=registered, how="title")  # "大統領報道官は": the office the registry gives Peskov
            if subject:
                head = self._head_of_chain(subject)
                head = self._last_body(subject, head, marked[1])
                while (
                    subject[head].kind == "title"
                    and head + 1 < len(subject)
                    and subject[head + 1].kind == "title"
                    and subject[head + 1].i == subject[head].j
                ):
                    head += 1  # "大統領報道官": the president's spokesman, the last title its head
                covered = {m for c in subject for m in range(c.i, c.j)}
                genitive = self.lang.words("genitive_particles")
                same = (
                    subject[head].i - 1
                    if self.toks[subject[head].i - 1].text in self.lang.words("same_prefixes")
                    else -1
                )
                if subject[head].kind == "title" and any(
                    m not in covered and m != same and self.toks[m].text not in genitive
                    for m in range(marked[0], subject[head].i)
                ):
                    # "米国防総省の報道官は": a title another word qualifies that no reading names (here, a body): not
                    # the holder of the bare title
                    return Found(blocked=True, how="unnamed")
                found = self._choose(subject[head : head + 1], near_end=False, before_pos=q.start)
                return found if found is not None and found.decided else Found(blocked=True, how="unnamed")
            # "CNN은 “…”고 보도했다", "로이터통신은": the subject names no one the article names (a body no reading
            # finds): someone unnamed, not a name elsewhere in the sentence nor the subject of the one before
            return Found(blocked=True, how="unnamed")
        if not cands:
            return None
        head = self._head_of_chain(cands)
        return self._choose(cands[head : head + 1], near_end=False, before_pos=q.start)

    def _qualifier_only(self, cands: list[Cand], a: int, b: int) -> bool:
        """Whether the marked subject phrase of tokens ``a``-``b`` (or the genitive right before it, where the phrase
        stopped at its most words) holds a genitive particle that a candidate ends right before and no candidate
        after it: the candidate qualifies a head noun no reading names ("ロシアの政治評論家は")."""
        genitive = self.lang.words("genitive_particles")
        ends = {c.j for c in cands}
        for g in range(b - 1, max(a - 1, 0) - 1, -1):
            if self.toks[g].text in genitive and g in ends:
                return not any(g < c.i < b for c in cands)
        return False

    def _registered_subject(self, a: int, b: int) -> Speaker | None:
        """The person whose registered office the marked subject phrase of tokens ``a``-``b`` is as written ("大統領
        報道官", "크렘린궁 대변인은" without its particle) or with its genitive particles left out ("クレムリンの報道官"
        is the office "クレムリン報道官", "크렘린궁의 대변인" "크렘린궁 대변인"), where the article names them; else None."""
        particles = tuple(self.lang.words("subject_particles"))
        genitive = tuple(self.lang.words("genitive_particles"))
        words = [t.text for t in self.toks[a:b]]
        if not self.lang.unspaced and words and words[-1].endswith(particles):
            words[-1] = words[-1][:-1]
        written = "".join(words)
        holder = self.cast.holder_of_written(written)
        if holder is not None or not genitive:
            return holder
        if self.lang.unspaced:  # the particle its own token
            bare = "".join(w for w in words if w not in genitive)
        else:  # written onto the word it follows
            bare = "".join(w[: len(w) - len(_ending(w, genitive))] or w for w in words)
        return self.cast.holder_of_written(bare) if bare != written else None

    def _marked_subject(self, a: int, b: int) -> tuple[int, int] | None:
        """(``subject_particles``, with ``subject_first``) the tokens of the last phrase between ``a`` and ``b`` that a
        subject or topic particle closes: Japanese "ペスコフ報道官" of "ペスコフ報道官は" (the particle its own
        token), Korean "크렘린궁 대변인은" (the particle written onto the last word, which is kept). The phrase
        runs back to a mark, at most six words; in unspaced text to a hiragana word other than a genitive "の" too
        (a verb's ending or another particle). None when no particle stands there."""
        particles = tuple(self.lang.words("subject_particles"))
        genitive = self.lang.words("genitive_particles")
        if not particles or not self.lang.has("subject_first"):
            return None
        unspaced = self.lang.unspaced
        for k in range(b - 1, a - 1, -1):
            t = self.toks[k]
            if not t.word or k in self.inside:
                continue
            if unspaced and t.text in particles:
                end = k
            elif not unspaced and len(t.text) > 1 and t.text.endswith(particles):
                end = k + 1
            elif not unspaced and t.text in particles and k > a and self.toks[k - 1].text in (")", "）"):
                end = k  # "전쟁연구소(ISW)는": the particle written onto the bracket after a body's initials
            else:
                continue
            if unspaced and (self._nominalised_after(k, b) or self._topic_over(a, k, b)):
                continue  # "ペスコフ氏が関与を主張したことについて「…」と反論": the subject of a clause made a noun
            if unspaced and self._inner_topic(a, k, b):
                continue  # "ペスコフ報道官は、プーチン氏は…におらず、「…」と述べた": the first topic speaks
            end = self._before_short_name(a, end)
            first, words = end, 0
            while first > a and words < 6 and end - first < _MOST_SUBJECT_TOKENS:
                prev = self.toks[first - 1]
                if not prev.word or (unspaced and prev.text not in genitive and HIRAGANA.fullmatch(prev.text)):
                    break
                first -= 1
                # (unspaced) a kanji is a token of its own: a run of them is one word ("安全保障会議副議長")
                words += not (unspaced and first < end - 1 and _kanji_pair(self.toks[first], self.toks[first + 1]))
            return (first, end) if first < end else None
        return None

    def _last_body(self, subject: list[Cand], head: int, end: int) -> int:
        """(the marked subject) the body that ends the phrase at token ``end`` where the head a chain of names gives
        is a body or place before it, only words between: the phrase's head is its last noun ("미국 싱크탱크
        전쟁연구소(ISW)는": the institute, not the country that qualifies it); ``head`` otherwise."""
        last = len(subject) - 1
        if last <= head or subject[head].kind != "org" or subject[last].kind != "org" or subject[last].j != end:
            return head
        between = self.toks[subject[head].j : subject[last].i]
        return last if all(t.word and (k + subject[head].j) not in self.inside for k, t in enumerate(between)) else head

    def _before_short_name(self, a: int, end: int) -> int:
        """The end of a subject phrase whose particle follows a short name in brackets ("전쟁연구소(ISW)는",
        "戦争研究所（ＩＳＷ）は": the body, then its initials): the bracket's opening, so that the phrase runs back
        over the body's name; ``end`` itself otherwise."""
        toks = self.toks
        if end - 3 < a or toks[end - 1].text not in (")", "）") or toks[end - 3].text not in ("(", "（"):
            return end
        return end - 3 if toks[end - 2].word else end

    def _inner_topic(self, a: int, k: int, b: int) -> bool:
        """(unspaced) Whether the particle at token ``k`` is a topic's ("は") whose clause a comma closes before the
        quote at token ``b``, after another topic's particle from token ``a`` ("ペスコフ大統領報道官は記者団に対し、
        プーチン氏は攻撃時にクレムリンにおらず、「…」と述べた"): what the first topic reports, not who speaks."""
        toks, embedded = self.toks, self.lang.words("embedded_particles")
        topics = self.lang.words("subject_particles") - embedded
        if toks[k].text not in topics or not any(t.text in ("、", ",", "，") for t in toks[k + 1 : b]):
            return False
        return any(t.text in topics and m not in self.inside for m, t in enumerate(toks[a:k], start=a))

    def _nominalised_after(self, k: int, b: int) -> bool:
        """(unspaced; ``embedded_particles`` and ``nominalisers``) whether the particle at token ``k`` is a subject
        particle a clause's own subject takes ("が", not the topic's "は") and a nominaliser ("こと": "主張したことに
        ついて") makes that clause a noun before token ``b``: that clause's subject, not the sentence's."""
        nominal = self.lang.words("nominalisers")
        if not nominal or self.toks[k].text not in self.lang.words("embedded_particles"):
            return False
        return any(HIRAGANA.fullmatch(t.text) and any(n in t.text for n in nominal) for t in self.toks[k + 1 : b])

    def _topic_over(self, a: int, k: int, b: int) -> bool:
        """(unspaced) Whether the particle at token ``k`` is a clause's own subject particle ("が") with words between
        it and the quote at token ``b``, and a topic's particle ("は") stands before it from token ``a``: the topic is
        the sentence's subject, the "が" one a relative clause's ("ブリンケン米国務長官は3日、ロシアが主張する攻撃に
        ついて「…」と述べた"); right before the quote, "が" marks the quote's own speaker."""
        embedded = self.lang.words("embedded_particles")
        if self.toks[k].text not in embedded or not any(t.word for t in self.toks[k + 1 : b]):
            return False
        topics = self.lang.words("subject_particles") - embedded
        return any(t.text in topics and m not in self.inside for m, t in enumerate(self.toks[a:k], start=a))

    def _head_of_chain(self, cands: list[Cand]) -> int:
        """A head-final subject ends in its head: "Ukrayna Devlet Başkanı Volodimir Zelenskiy" is Zelenskiy, and
        "ABD Dışişleri Bakanı Antony Blinken" Blinken, not the country that qualifies the title. From the first
        candidate on, a name that is not a person gives way to the person its unbroken noun phrase runs on to (only
        words between: no punctuation, conjunction or clause opener). A phrase that ends in a title and no name
        ("Ukrayna Devlet Başkanı, „…“ dedi") is the title's holder, not the country: the title, unless a case suffix
        after an apostrophe governs it ("Devlet Başkanı'nın ofisi")."""
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
        if k and cands[k].kind == "title" and "'" not in self.toks[cands[k].j - 1].text:
            return k
        return 0


# The most tokens a marked subject phrase runs back over (bounded: a run of kanji counts as one of its six words).
_MOST_SUBJECT_TOKENS = 16
_KANJI = re.compile(r"[\u3400-\u9fff]")


def _kanji_pair(first: Token, second: Token) -> bool:
    """Whether two tokens are kanji written one right after the other: one word of unspaced text."""
    return first.end == second.start and bool(_KANJI.fullmatch(first.text)) and bool(_KANJI.fullmatch(second.text))


def _ending(word: str, endings: tuple[str, ...]) -> str:
    """The one of ``endings`` that ``word`` ends in, or "" (of a Korean word, its genitive "의")."""
    return next((e for e in endings if word.endswith(e)), "")
