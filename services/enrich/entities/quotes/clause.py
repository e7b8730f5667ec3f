"""Speech verbs, cues and the constructions around them, read the same way before and after a quote.

A verb's subject from the parse, an impersonal verb's body ("сообщили в Кремле"), the issuer of a statement
("the ministry said in a statement"), a cue and its object ("according to X", "so Peskow").
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from wirestream.services.enrich.entities.name_words import channel_platform
from wirestream.services.enrich.entities.quotes.language import declined_noun, known_word
from wirestream.services.enrich.entities.quotes.lexicon import LANGUAGES
from wirestream.services.enrich.entities.quotes.reader import (
    _DETERMINERS,
    _IMPERSONAL_IN,
    _ISSUED_HEADS,
    _NOT_CUES_BEFORE,
    _OF,
    _PARSED_RELATIVES,
    _POSSESSIVE,
    COMPLEMENTISERS,
    DEFINITE,
    SPOKESPERSON,
    SUBORDINATORS,
    Found,
    Reader,
)
from wirestream.services.enrich.entities.quotes.speakers import _OF_WORDS, Cand, Speaker, _entity_speaker
from wirestream.services.enrich.entities.quotes.text import Token
from wirestream.services.enrich.languages import cldr

# Words a common noun subject may span with a conjunction before it and auxiliaries after it ("Y la vice dijo",
# "E la vice ha detto"): read no further (a sentence of endless words stays linear)
_COMMON_SUBJECT_REACH = 8


@lru_cache(maxsize=256)
def _by_first_word(phrases: tuple[tuple[str, ...], ...]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """``phrases`` grouped by their first word, each group in the phrases' order: a cue is looked for only among
    the phrases the token at hand opens (a page of quotes asked every phrase of the lexicon at every token)."""
    groups: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        if phrase:
            groups.setdefault(phrase[0], []).append(phrase)
    return {word: tuple(group) for word, group in groups.items()}


class ClauseReader(Reader):
    """Speech verbs, cues, impersonal verbs and issuers: what the words of a reporting clause are."""

    def _zh_verb(self, k: int) -> int:
        return self.cast.han_run(k, self.lang.verbs)

    def _cue(self, k: int, b: int) -> int:
        """Length in tokens of an "according to" cue starting at k, or 0 (``cues_opening`` only where the cue opens
        its sentence: "Pour X, « … »")."""
        n = self._phrase_at(k, b, self.lang.cues) or self._opening_cue(k, b)
        if n:
            return n
        if self.lang.unspaced:
            return self.cast.han_run(k, {"".join(c) for c in self.lang.cues})
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
        if k >= min(b, len(self.toks)):
            return 0
        for phrase in _by_first_word(phrases).get(self.toks[k].low, ()):
            n = len(phrase)
            if k + n <= b and all(self.toks[k + m].low == phrase[m] for m in range(1, n)):
                return n
        return 0

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

    def _compound_subject(self, a: int, verb: int) -> Speaker | None:
        """The words from a to the verb are an article and a title compound whose first part is an organisation ("Die
        ISW-Analysten schrieben"): that body (:meth:`_members_in_compound`). None otherwise."""
        words = [k for k in range(a, verb) if self.toks[k].word]
        if len(words) != 2 or self.toks[words[0]].low not in DEFINITE.get(self.lang.code, set()):
            return None
        return self._members_in_compound(words[1])

    def _common_subject(self, a: int, verb: int) -> bool:
        """(``common_noun_subject``) the words from a to the verb are a determiner and a common noun phrase ("the
        patient", "the two doctors", "Et la patronne a déclaré", "Y la vice dijo"): a subject the article does not
        name, which no name stands for. A conjunction may open the clause and auxiliaries may follow the phrase;
        a phrase of time ("El lunes dijo", ``time_nouns``) is no subject: the verb's own is left out."""
        if not self.lang.has("common_noun_subject") or verb - a > _COMMON_SUBJECT_REACH:
            return False
        words = self.toks[a:verb]
        if words and words[0].low in self.lang.words("clause_starts"):
            words = words[1:]
        markers = self.lang.words("noun_markers") | DEFINITE.get(self.lang.code, set())
        while len(words) > 2 and words[-1].low in self.lang.skip and words[-1].low not in markers:
            words = words[:-1]  # "la patronne a déclaré", "la vice ha detto": an auxiliary
        if not 2 <= len(words) <= 4 or words[0].low not in markers:
            return False
        times = self.lang.words("time_nouns") | cldr.weekday_names(self.lang.code) | cldr.month_names(self.lang.code)
        return all(
            t.word
            and not t.capitalised
            and t.low not in self.lang.prepositions
            and not self.lang.is_verb(t.text)
            and t.low not in times
            for t in words[1:]
        )

    def _impersonal_es(self, a: int, b: int) -> Found:
        """German "„…“, heißt es": impersonal, not a pronoun for the last thing named. The organisation the
        clause names ("heißt es in einer Mitteilung von Rheinmetall"), else nobody ("heißt es in dem Entwurf")."""
        for c in self.cast.candidates(a, b, self.inside):
            if c.kind == "org" and c.speaker is not None and c.speaker.label == "ORG":
                return Found(speaker=c.speaker, how="impersonal")
            if c.kind == "inst" and c.head in _ISSUED_HEADS and c.speaker is not None and c.speaker.label == "ORG":
                return Found(speaker=c.speaker, how="impersonal")  # "in einer Mitteilung der CDU": the document's body
            if c.kind == "inst" and c.head in _ISSUED_HEADS and c.speaker is not None and c.speaker.label == "PERSON":
                return Found(speaker=c.speaker, how="impersonal")  # "in einer Erklärung von Anna Brenner": its author
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
        issuer = self._written_body_of_document(a, b)
        if issuer is not None:
            return Found(speaker=issuer, how="impersonal")
        anaphor = self._anaphor_came_from(a, b, came_from)
        if anaphor is not None:
            return Found(speaker=anaphor, how="impersonal")
        issued = self._issued_in(a, b)
        if issued is not None:
            return issued
        owner = self._statement_owner(a, b) or self._statement_reported(a, b)
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

    def _written_body_of_document(self, a: int, b: int) -> Speaker | None:
        """ "„…“, heißt es in einer Erklärung des Präsidialamts" after "Auch das Präsidialamt in Kiew wies … zurück":
        a document (``document_heads``) of a body the clause names by its kind alone, in the genitive after it, is the
        one registered body in view that the article wrote with that noun (``_body_in_view``: Kyiv's office); None
        for none or several."""
        for c in self.cast.candidates(a, b, self.inside):
            if c.kind != "inst" or c.head not in _ISSUED_HEADS or c.speaker is not None or c.j - c.i < 3:
                continue
            last = self.toks[c.j - 1]
            if not last.word or not self.lang.is_institution(last.low):
                continue
            body = Cand(c.j - 1, c.j, "inst", last.start, last.end, None, head=self.lang.lemma(last.low))
            return self._body_in_view(body, c.start, governed=True)
        return None

    def _anaphor_came_from(self, a: int, b: int, came_from: frozenset[str]) -> Speaker | None:
        """ "„…“, hieß es aus dem Konzern" after "Die Siemens AG legte Zahlen vor": a noun that stands for any body of
        its kind (``anaphor_heads``) after a word saying where words came from, the one organisation in view
        (``_body_in_view``); None when there is none or more than one."""
        heads = self.lang.words("anaphor_heads")
        for c in self.cast.candidates(a, b, self.inside):
            if (
                c.kind == "inst"
                and c.speaker is None
                and self.lang.lemma(c.head) in heads
                and self._governed(c, came_from)
            ):
                return self._body_in_view(c, c.start, governed=True)
        return None

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
            named = self._named_issuer(k, b)
            if named is not None:
                # "si legge in una nota del Cremlino": the document names its issuer at once, no earlier introduction
                return Found(speaker=named, how="impersonal document issuer")
            c = Cand(k, k + 1, "inst", toks[k].start, toks[k].end, None, head=toks[k].low)
            if c.head not in issued_heads:
                c.head = lang.lemma(toks[k].low)  # "nelle note": the head as the tables write it
            issued = self._issuer(c, toks[a].start)
            if issued is not None:
                issued.how = "impersonal document issuer"
                return issued
        return None

    def _named_issuer(self, k: int, b: int) -> Speaker | None:
        """The body named right after the document at ``k``, after an "of" (``of_words``: "una nota del Cremlino",
        "a statement of the ministry"), as the recogniser read it: an organisation or a building that stands for one.
        None otherwise."""
        m = k + 1
        if m < b and self.toks[m].low in _OF_WORDS:
            m += 1
        if m == k + 1 or m >= b or m not in self.cast.mentions:
            return None
        end, e = self.cast.mentions[m]
        return _entity_speaker(e) if e.label in ("ORG", "FAC") and end <= b else None

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

    def _statement_reported(self, a: int, b: int) -> Speaker | None:
        """(``document_heads``) "Zwei Drohnen seien abgeschossen worden, teilte der Kreml mit. „…“, hieß es in der
        Mitteilung": a definite statement the impersonal clause names, with no issuer, after a sentence that a speech
        verb and its inverted subject close (", teilte der Kreml mit.", ", erklärte das Ministerium."), or after up to
        two sentences more of the statement in reported speech that follow that one (``konjunktiv``: "Die Drohnen seien
        unschädlich gemacht worden."): that subject's statement, when it is a body the article names (an
        organisation, or a building standing for one). Not "in einer Mitteilung" (another statement), nor a sentence
        that goes on after its subject. None otherwise."""
        heads = tuple(self.lang.words("document_heads"))
        definite = self.lang.words("definite")
        toks = self.toks
        if not heads or not any(
            t.word and t.low.endswith(heads) and k > a and toks[k - 1].low in definite
            for k, t in enumerate(toks[a:b], start=a)
        ):
            return None
        own = self.layout.sentence_start(toks[a].start)
        konjunktiv = self.lang.words("konjunktiv")
        for _ in range(3):
            before = self._sentence_before(own)  # past the line break that ends a paragraph
            if before is None:
                return None
            start = before[0]
            first, last = self.tok(start), self.tok(own)
            closed = self._closing_reporter(first, last)
            if closed is not None:
                return closed if closed.label in ("ORG", "FAC") else None
            between = toks[first:last]
            if any(k in self.inside for k in range(first, last)) or not any(t.low in konjunktiv for t in between):
                return None  # no sentence of the statement in reported speech: what came before is something else
            own = start
        return None

    def _closing_reporter(self, first: int, last: int) -> Speaker | None:
        """The subject a speech verb after the sentence's last comma has, inverted, at the sentence's end (tokens
        ``first`` to ``last``): ", teilte der Kreml mit.", ", erklärte das Ministerium."; a named body or person the
        reading gives. None when the sentence goes on after the subject (", sagte der Kreml am Mittwoch.") or ends
        otherwise."""
        toks = self.toks
        while last > first and not toks[last - 1].word:
            last -= 1  # the full stop
        comma = next((k for k in range(last - 1, max(first, last - 8) - 1, -1) if toks[k].text == ","), None)
        if comma is None or comma + 1 >= last or not self.lang.is_verb(toks[comma + 1].text):
            return None
        cands = self.cast.candidates(comma + 2, last, self.inside)
        if len(cands) != 1 or cands[0].kind != "org" or cands[0].speaker is None:
            return None
        rest = toks[cands[0].j : last]
        if len(rest) > 1 or (rest and not self.lang.particle_verb(toks[comma + 1].text, rest[0].low)):
            return None  # ", sagte der Kreml am Mittwoch.": unsure what it said; "teilte der Kreml mit": its statement
        return cands[0].speaker

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
                or (k == a + 1 and toks[k].low in self.lang.words("definite"))  # "desde el Kremlin"
                or channel_platform(toks[k].text) is not None  # "в Telegram-канале Минобороны": the ministry's channel
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
        if entity is not None and entity.label in ("GPE", "LOC"):
            if self._people_after(self.cast.mentions[k][0], b):
                return Found(blocked=True, how="impersonal subject after")  # "— заявили в Москве эксперты": they
            if self.lang.has("impersonal_bodies"):
                return None  # "“…”, contaron desde Moscú": those who told it there, not the town
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

    def _people_after(self, j: int, b: int) -> bool:
        """Whether the verb's own subject follows the place it was said in: a lower-case noun of people, after at
        most one lower-case word ("— заявили в Москве эксперты", "twierdzą w Moskwie eksperci", "в Москве американские
        политологи"). The place is where they are, not who spoke."""
        toks = self.toks
        for m in (j, j + 1):
            if m >= b or not toks[m].word or toks[m].capitalised or toks[m].low in self.lang.prepositions:
                return False
            if self.lang.person_noun(toks[m].text)[0]:
                return True
        return False

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
        document = self.cast.document_at(a, b)
        if document is not None:
            # "according to a 2018 survey by Penelope Muse Abernathy": the document's author
            return Found(speaker=_entity_speaker(document[1]), how="cue document")
        m = a
        while m < b and toks[m].low in self.lang.skip and toks[m].low not in self.lang.prepositions:
            m += 1
        # from the cue on: a body's mention may hold its article ("the Institute for the Study of War")
        cands = [c for c in self.cast.candidates(a, b, self.inside) if c.kind != "relative"]
        first = cands[0] if cands else None
        person = next((c for c in cands if c.kind == "person"), None)
        if person is not None and m < person.i and self._roles_between(m, person.i):
            first, m = person, person.i  # "nach Angaben von Einsatzleiter Peter Hahn": a role, then the person
        lone = self._lone_cue_source(m, b) if first is None or first.i > m else None
        if lone is not None:
            first, cands = lone, [lone, *cands]  # "nach Angaben von Tkatschenko": a surname alone no one read
        if first is not None and first.kind == "inst" and first.speaker is None and a <= first.i <= m:
            # "nach Angaben des Polizeipräsidiums Mittelfranken", "gemäss der Kantonspolizei Zürich": the body its
            # place singles out, not the place; a bare German noun ("laut Polizei") names no body
            body = self._qualified_body(first)
            if body is not None:
                return Found(speaker=body)
            if self.lang.nouns_capitalised:
                return Found(blocked=True, how="cue unnamed body")
        verbal = a > 0 and self.lang.is_verb(toks[a - 1].text)
        if first is not None and first.i == m and verbal and self._dative_body(m, cands):
            return None  # "Jak powiedział PAP politolog Jan Nowak, „…”": PAP is told; the verb's subject follows
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

    def _roles_between(self, m: int, i: int) -> bool:
        """Whether the one or two words from m to i are capitalised role words ("Einsatzleiter", "Polizeisprecher"),
        or a capitalised word and one ("Health Minister"): a title bare before the name a cue's object is."""
        words = self.toks[m:i]
        if 1 <= len(words) <= 2 and all(t.word and t.capitalised and self.lang.title_gender(t.text)[0] for t in words):
            return True
        # "according to Health Minister Kendall Baptiste": a capitalised word naming the office's field, then the role
        return (
            len(words) == 2
            and all(t.word and t.capitalised for t in words)
            and self.lang.title_gender(words[1].text)[0]
            and not self.lang.is_verb(words[0].text)
        )

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

    def _holder_after_body(self, first: Cand, cands: list[Cand]) -> Speaker | None:
        """ "tulis Wakil Ketua Dewan Keamanan Rusia Dmitry Medvedev": a capitalised title read as a body's name,
        with a person's name at once after it (no word, no comma between): that person holds the title and speaks,
        not the body. None otherwise."""
        k = cands.index(first)
        after = cands[k + 1] if k + 1 < len(cands) else None
        if self._office_before_name(first, after) and after is not None and after.speaker is not None:
            # "sagte Bundesrat Ignazio Cassis": an institution noun at once before a person's name is their office
            return after.speaker if after.speaker.label == "PERSON" else None
        if first.kind != "org" or after is None or after.kind != "person":
            return None
        if self._office_apposed(first, after):
            return after.speaker  # "according to the Minister of Finance, Hon. Kendall Baptiste, “…”"
        if after.i != first.j and not self._role_of_body(first, after):
            # "responded NASA administrator Jim Bridenstine": a body that only qualifies the role before a name
            return None
        return after.speaker

    def _office_apposed(self, first: Cand, after: Cand) -> bool:
        """Whether a "body" the recogniser read opens with a role word ("the Minister of Finance") and a person's
        name follows it in apposition, after a comma and forms of address only ("…, Hon. Kendall Baptiste,"): an
        office and its holder, who speaks."""
        toks = self.toks
        lead = first.i
        while lead < first.j and toks[lead].low in self.lang.skip:
            lead += 1
        if lead >= first.j or not self.lang.title_gender(toks[lead].text)[0] or after.speaker is None:
            return False
        between = toks[first.j : after.i]
        return (
            bool(between)
            and between[0].text == ","
            and all(t.text == "." or t.low.rstrip(".") in self.lang.honorifics for t in between[1:])
            and after.j < len(toks)
            and toks[after.j].text == ","
        )

    def _lone_before_dative(self, lead: int, b: int, first: Cand) -> bool:
        """(nouns capitalised) Whether token ``lead``, first after the verb, is a lone capitalised word no candidate
        covers that is no common word, and an article of the dative ("dem", "der") or a preposition ("gegenüber der
        Zeitung", "im Interview mit …") follows it before the first candidate."""
        if not self.lang.nouns_capitalised or lead + 2 >= b or first.i < lead or first.j <= lead + 2:
            return False  # (a place's name read with the body after it, "Jusow dem Sender Suspilne", starts at lead)
        t = self.toks[lead]
        if not (t.word and t.text.isalpha()) or not self.cast.lone_word(t):
            return False
        if lead in self.cast.mentions and self.cast.mentions[lead][1].label != "GPE":
            return False
        if declined_noun(t.text, self.lang.code):
            return False  # "sagte Vater dem Sohn": a noun
        return self.toks[lead + 1].low in ("dem", "der") or self.toks[lead + 1].low in self.lang.prepositions

    def _office_before_name(self, first: Cand, after: Cand | None) -> bool:
        """(nouns capitalised) An institution noun naming no body, a person's name at once after it."""
        if not self.lang.nouns_capitalised or first.kind != "inst" or first.speaker is not None or after is None:
            return False
        return after.i == first.j and after.kind == "person" and not after.excluded

    def _relative_comma(self, a: int, b: int) -> int:
        """The first comma in [a, b) that a relative pronoun follows as its first or second word (", lo que",
        ", ce qui", ", il che", ", quien"), else b."""
        toks, relative = self.toks, self.lang.relative
        for k in range(a, b):
            if toks[k].text == "," and any(t.low in relative for t in toks[k + 1 : min(k + 3, b)]):
                return k
        return b

    def _neuter_object_first(self, cands: list[Cand]) -> bool:
        """(``pronoun_after_verb``) a neuter pronoun right after the verb with a person or a title at once after it
        ("formulierte es Anna Berg", "sagte es der Minister"): the pronoun is the verb's object, the words said, and
        the one named after it the inverted subject. Not a neuter pronoun alone ("sagte es"): no one."""
        if not self.lang.has("pronoun_after_verb") or len(cands) < 2:
            return False
        first, second = cands[0], cands[1]
        return (
            first.kind == "pronoun"
            and first.gender == "n"
            and second.kind in ("person", "title")
            and second.i == first.j
        )

    def _after_verb(self, a: int, b: int, before_pos: int) -> Found | None:
        """ "said Dmitry Peskov", "said the Kremlin spokesman, Dmitry Peskov", "сказал Песков"."""
        lead = a
        while lead < b and self.toks[lead].text in (",", "—", "–"):
            lead += 1
        if lead < b and self.toks[lead].low in COMPLEMENTISERS:
            return None  # "añadió que …", "said that …": the reported clause, not the subject
        words_owner = self._word_noun_owner(lead, b)
        if words_owner is not None:
            return words_owner
        whole, b = b, next((k for k in range(a, b) if self.toks[k].low in SUBORDINATORS), b)
        that = self.lang.words("complementisers")
        # "ha spiegato, aggiungendo però che gli Stati Uniti …": a name after a "that" further on is the subject of
        # the clause it opens, not the verb's (which is left out, as if the clause ended there)
        whole = b = next((k for k in range(a, b) if self.toks[k].low in that), b) if whole == b else b
        # "dijo en una de sus respuestas, lo que indica que … candidatos como X o Y": a relative clause after a comma
        # comments on the whole sentence; a name in it is not the verb's inverted subject
        cands = self._usable(self.cast.candidates(a, self._relative_comma(a, b), self.inside))
        cands = [c for c in cands if c.kind != "relative"]
        if self.lang.nouns_capitalised:
            # "sagte Cassis laut der Nachrichtenagentur SDA": the cue's source is who reported it, not the subject
            cands = [c for c in cands if not self._cue_source(lead, c, cands)]
        if not cands and b < whole and any(t.word for t in self.toks[lead:b]):
            # "„…“, zeiden ingewijden toen Mark Rutte …": the verb's subject is words that name no one, and the
            # name comes only in a clause of its own: a decision (no one), not a gap for the ranker to fill
            return Found(blocked=True, how="subordinate")
        if cands and self._lone_before_dative(lead, b, cands[0]):
            # "sagte Jusow dem Sender Suspilne": a lone capitalised word at once after the verb, then an article of
            # the dative: the inverted subject's name, then the one told (not the speaker)
            lone = self.cast.unread_name(lead)
            told = self.toks[lead + 1].low in ("dem", "der")
            if (lone is None or lone.kind != "person") and told:
                return Found(blocked=True, how="told")  # a word read as something else: no one, not the one told
            if lone is not None and lone.kind == "person":
                cands = [lone]  # "sagte Gorbunow gegenüber der Zeitung": the subject, then whom it was said to
        if not cands and a < b and not self.lang.has("lone_capitalised_not_subject"):
            # "„…“, führt Facebook dazu aus": right after the verb a lone capitalised word that is no common
            # word of the language is the inverted subject's name
            lone = self.cast.unread_name(a)
            cands = [lone] if lone is not None else []
        if not cands:
            return None
        if self._neuter_object_first(cands):
            cands = cands[1:]  # "So sagte es Anna Berg: „…“": "es" is the verb's object (the words), Berg its subject
        if self._dative_body(lead, cands):
            cands = cands[1:]  # "powiedział PAP rosyjski polityk Andriej Nowikow": PAP is told, the politician tells
        first = cands[0]
        if self._second_phrase(self.toks[lead : first.i]):
            # "ließ der Soldatenkönig seinen Sohn Friedrich II. wissen": an article's noun phrase comes first after the
            # verb (the subject), then a possessive one the name completes (the object): the subject is no one the
            # clause names; a decision, not a gap for the ranker
            return Found(blocked=True, how="unnamed")
        if self._genitive_possessor(first, cands):
            cands = cands[1:]  # "sagte Putins Sprecher Peskow": Putin owns the title; its holder (or no one) speaks
            # the role noun itself, read as a name ("sagte Putins Redenschreiber.") names no one
            cands = [c for c in cands if not (c.i == first.j and c.kind != "title" and self._role_noun(c.i))]
            if not cands:
                return Found(blocked=True, how="owner")  # "sagte Putins Redenschreiber": someone of Putin's, unnamed
            first = cands[0]
        if self._genitive_owner_after(first, lead):
            # "schreibt der frühere Redenschreiber Putins", "sagte ein Berater Selenskyjs": Putin owns the role; the
            # role's holder speaks: the name set after a comma ("der Redenschreiber Putins, Abbas Galljamow,"), else
            # no one the clause names
            named = next((c for c in cands[1:2] if c.kind == "person" and c.i == first.j + 1), None)
            if named is not None and self.toks[first.j].text == ",":
                return Found(speaker=named.speaker)
            return Found(blocked=True, how="owner")
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
            if governed and self._title_place(first.j, person.i):
                governed = False  # "die Abgeordnete im Bundestag, Anna Brenner": the title's seat, then its holder
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

    def _word_noun_owner(self, a: int, b: int) -> Found | None:
        """(``word_nouns``) the subject after a verb or a cue, from ``a``, is a noun naming someone's words or view
        with its owner, and the owner spoke: "„…“, so das Fazit von Peter Müller", "lautet die Einschätzung von
        Bauhofleiterin Anna Berg" (the name a preposition governs is the owner, not a phrase of its own); "„…“,
        lautet sein Fazit" (``cue_possessives``: the possessive stands for the last person of its gender, as a
        pronoun does; the noun ends the clause). None for any other phrase."""
        nouns = self.lang.words("word_nouns")
        if not nouns or a + 1 >= b:
            return None
        toks = self.toks
        owners: dict[str, str] = LANGUAGES.get(self.lang.code, {}).get("cue_possessives", {})
        first = toks[a]
        possessive = first.low in owners and first.text.islower()  # not the polite "Ihr" (your)
        k = a + 1 if possessive or first.low in self.lang.words("definite") else a
        if toks[k].low not in nouns or k in self.inside:
            return None
        k += 1
        if possessive:
            if k < b and toks[k].word:
                return None  # "lautet sein Fazit nach dem Spiel …": the clause goes on
            gender = owners[first.low]
            pronoun = Cand(a, a + 1, "pronoun", first.start, first.end, gender=gender, low=first.low)
            return Found(pronoun=pronoun, gender=gender, how="words owner")
        of = self.lang.words("source_owners") - self.lang.words("genitive_articles")  # "von", not the genitive
        if k >= b or toks[k].low not in of:
            return None
        cands = self.cast.candidates(k + 1, b, self.inside)
        if not cands or not all(self.lang.title_gender(t.text)[0] for t in toks[k + 1 : cands[0].i]):
            return None  # right after "von", or after a title bound to the name ("von Bauhofleiterin Anna Berg")
        owner = cands[0]
        if owner.kind == "title" and len(cands) > 1 and cands[1].i == owner.j and cands[1].kind == "person":
            owner = cands[1]  # "von Bauhofleiterin Anna Berg": the title bound to the name
        if owner.kind not in ("person", "org") or owner.speaker is None:
            return None
        if owner.j < b and toks[owner.j].word and toks[owner.j].capitalised:
            return None  # "das Fazit von Peter Müllers Reise": the name is no owner of the words
        if (
            owner.j - owner.i > 1
            and toks[owner.j - 2].text.endswith("s")
            and declined_noun(toks[owner.j - 1].text, self.lang.code)
        ):
            return None  # "Peter Müllers Firma" read as one name: a genitive and a common noun, no one's name
        return Found(speaker=owner.speaker)

    def _cue_source(self, lead: int, c: Cand, cands: list[Cand]) -> bool:
        """Whether an "according to" cue (not "so") ends at most three words (an article, the kind of body) before the
        candidate, with no other candidate between: the cue's source, not the verb's subject."""
        for k in range(max(lead, c.i - 6), c.i):
            n = self._phrase_at(k, c.i, self.lang.cues)
            if n and self.toks[k].low != "so" and c.i - (k + n) <= 3:
                # between them only articles and the kind of body ("der Nachrichtenagentur"), no name ("laut TASS")
                between = self.toks[k + n : c.i]
                kinds = all(not t.capitalised or declined_noun(t.text, self.lang.code) for t in between)
                return kinds and not any(k + n <= o.i < c.i for o in cands)
        return False

    def _genitive_possessor(self, first: Cand, cands: list[Cand]) -> bool:
        """(``genitive_s``) a person named in the genitive right before a title ("Putins Sprecher", "Selenskyjs
        Berater"): the title's owner, not the subject of the verb."""
        if not self.lang.has("genitive_s") or first.kind != "person" or first.speaker is None:
            return False
        word = self.toks[first.j - 1].text
        if first.j >= len(self.toks) or not word.endswith("s") or word in first.speaker.name.split():
            return False  # "Klaus", "Lars": a name of its own in "-s"
        if len(cands) >= 2 and cands[1].i >= first.j and self.lang.title_gender(self.toks[first.j].text)[0]:
            return True
        # a noun no table lists as a title, and no one named after it ("sagte Putins Redenschreiber.")
        return self._role_noun(first.j) and not self._more_words(first.j + 1)

    def _role_noun(self, k: int) -> bool:
        """(German) Whether token k is a capitalised noun, no name: a title, or a word the dictionary declines."""
        t = self.toks[k]
        if not (t.word and t.capitalised and t.text.isalpha()) or self.cast.mentions.get(k) is not None:
            return False
        if self.lang.title_gender(t.text)[0] or declined_noun(t.text, self.lang.code):
            return True
        # a closed compound the dictionary lacks, on a noun it declines ("Redenschreiber": "Schreiber")
        return any(declined_noun(t.text[cut:].capitalize(), self.lang.code) for cut in range(3, len(t.text) - 4))

    def _more_words(self, k: int) -> bool:
        """Whether a capitalised word follows at k (a name or a phrase goes on), not a comma, a full stop or a
        lower-case word."""
        return k < len(self.toks) and self.toks[k].word and self.toks[k].capitalised

    def _genitive_owner_after(self, first: Cand, lead: int) -> bool:
        """(``genitive_s``) a person's name of one word in the genitive right after a role noun that an article or
        an adjective opens ("der frühere Redenschreiber Putins", "ein Berater Selenskyjs", "die Witwe Nawalnys"): the
        role's owner, not the verb's subject. Not a name that ends in "-s" as the person's own ("der Minister
        Pistorius"), nor one a capitalised word goes on after."""
        if not self.lang.has("genitive_s") or first.kind != "person" or first.speaker is None:
            return False
        if first.j - first.i != 1 or first.i - 1 <= lead or self._more_words(first.j):
            return False
        word = self.toks[first.i].text
        if not word.endswith("s") or word.endswith("ss") or word in first.speaker.name.split():
            return False
        opener = self.toks[first.i - 2]
        return self._role_noun(first.i - 1) and opener.word and not opener.capitalised

    def _title_place(self, j: int, i: int) -> bool:
        """Whether the words from j to i are bodies and places (read or capitalised), with their prepositions and
        articles, then a comma ("im Bundestag,", "der Polizei in Wien,"): where the title before them is held, which
        the name after the comma completes; not a phrase of its own ("en alusión a la marca …")."""
        toks = self.toks
        if not 3 <= i - j <= 10 or toks[i - 1].text != ",":
            return False
        covered = {k for c in self.cast.candidates(j, i, set()) if c.kind in ("org", "inst") for k in range(c.i, c.j)}
        return all(
            k in covered
            or toks[k].low in self.lang.skip
            or toks[k].low in self.lang.prepositions
            or (toks[k].word and toks[k].capitalised and not self.lang.is_verb(toks[k].text))  # a name no reading gave
            for k in range(j, i - 1)
        )

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
        endings = tuple(e for e in self.lang.words("adjective_endings") if len(e) >= 2)
        if (
            endings
            and person.j == person.i + 1
            and person.i not in self.cast.mentions
            and self.toks[person.i].low.endswith(endings)
            and 1 <= len(gap) <= 2
            and all(t.word and not t.capitalised for t in gap)
        ):
            # "повідомив речник Повітряних сил Юрій Ігнат": a lone capitalised adjective and its lower-case noun name
            # the role's body, not a person; the name after them holds the role
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
        if (
            self.lang.pro_drop
            and k + n < b
            and self.toks[k + n].text == ","
            and self.lang.is_verb(self.toks[k + n - 1].text)
        ):
            # "Jak mówił, Rosja „…”": the cue's verb left its subject out, whom the verb means; the name after the
            # comma is what was said, not who said it
            verb = self.toks[k + n - 1].text
            return Found(
                implicit=True,
                gender=self.lang.gender_of_verb(verb),
                verb=" ".join(t.text for t in self.toks[k : k + n]),
                how=how,
            )
        found = self._cue_object(k + n, b, pos) or self._cue_title(k + n, b, pos) or self._after_verb(k + n, b, pos)
        owners: dict[str, str] = LANGUAGES.get(self.lang.code, {}).get("cue_possessives", {})
        owner = next((m for m in range(k, k + n) if self.toks[m].low in owners), None) if owners else None
        if found is None and owner is not None:
            # (``cue_possessives``) "Jego zdaniem „…”", "In her words, “…”": the cue's own possessive stands for the
            # last person of its gender, as a left-out subject does (where the language leaves subjects out) or as a
            # pronoun does (where it does not)
            gender = owners[self.toks[owner].low]
            if self.lang.pro_drop:
                found = Found(implicit=True, gender=gender)
            else:
                t = self.toks[owner]
                found = Found(pronoun=Cand(owner, owner + 1, "pronoun", t.start, t.end, gender=gender, low=t.low))
                found.gender = gender
        if found is not None and self._genitive_after_cue_noun(k + n, found):
            # "Nach Angaben Kulebas", "nach Worten Tkatschenkos": the name in the genitive the cue's noun governs
            stem = found.speaker.name[:-1]  # type: ignore[union-attr]
            found.speaker = Speaker(name=stem, id=None, label="PERSON", key=f"PERSON:{stem.casefold()}")
        if found is not None and self._place_before_title(k + n, b, found):
            found = Found(blocked=True, how="cue unnamed official")  # "援引一名美国官员的话": an official, unnamed
        if found is not None:
            found.verb = " ".join(t.text for t in self.toks[k : k + n])
            found.how = how or found.how
        return found

    def _cue_phrase_end(self, a: int, b: int) -> int:
        """Where a cue's phrase from ``a`` ends: its first comma before ``b``, else ``b``. The cue's source is in it
        ("По мнению зампреда Совбеза, Зеленскому «…»": the deputy's words, not those of the name after the comma)."""
        return next((k for k in range(a, b) if self.toks[k].text == ","), b)

    def _cue_title(self, a: int, b: int, pos: int) -> Found | None:
        """(``head_first_titles``) a cue's phrase up to its comma that is a title and the bodies it governs ("По
        мнению зампреда Совбеза, Зеленскому «…»"), which the cue's preposition governs in turn: its holder as the
        article names them, else no one; not whoever the clause after the comma names. Not a title with its
        holder's name set after the comma ("По словам советника президента, Михаила Подоляка,"), nor a
        spokesperson's title, which the rules that read their body and office take."""
        if not self.lang.has("head_first_titles"):
            return None
        end = self._cue_phrase_end(a, b)
        if end >= b:
            return None
        cands = self.cast.candidates(a, end, self.inside)
        if not cands or cands[0].kind != "title" or cands[0].head in SPOKESPERSON:
            return None
        if any(c.kind == "person" for c in cands) or self._apposed_person(end + 1, b):
            return None
        return self._as_found(replace(cands[0], excluded=False), pos)

    def _apposed_person(self, k: int, b: int) -> bool:
        """Whether a person's name at ``k`` is set off by a comma after it too: an apposition, not a clause's word."""
        if k not in self.cast.mentions:
            return False
        j, e = self.cast.mentions[k]
        return e.label == "PERSON" and j < b and self.toks[j].text == ","

    def _lone_cue_source(self, m: int, b: int) -> Cand | None:
        """(nouns capitalised) The source a cue names by one capitalised word right after its words that no
        recogniser read, no common noun, naming a person (:meth:`Cast.unread_name`), no capitalised word after it:
        "nach Angaben von Tkatschenko" (the cue's own preposition governs it), "Laut Kirijenko"; in the genitive
        after the cue's noun, its stem ("Nach Angaben Kirijenkos"). None otherwise."""
        toks = self.toks
        if not self.lang.nouns_capitalised or m >= b or m in self.cast.mentions or not toks[m].text.isalpha():
            return None
        if m + 1 < b and toks[m + 1].word and toks[m + 1].capitalised:
            return None
        if declined_noun(toks[m].text, self.lang.code):
            return None
        lone = self.cast.unread_name(m, governed=True)
        if lone is None or lone.kind != "person" or lone.speaker is None:
            return None
        lone.excluded = False
        if self._genitive_after_cue_noun(m, Found(speaker=lone.speaker)):
            stem = lone.speaker.name[:-1]
            lone.speaker = Speaker(name=stem, id=None, label="PERSON", key=f"PERSON:{stem.casefold()}")
        return lone

    def _genitive_after_cue_noun(self, m: int, found: Found) -> bool:
        """(nouns capitalised) Whether the speaker a cue found is one word no recogniser read, in the genitive "s"
        right after the cue's noun ("Nach Angaben Kulebas": no article, no "von"), so its stem is the name."""
        sp = found.speaker
        if not self.lang.nouns_capitalised or sp is None or sp.id is not None or sp.label != "PERSON":
            return False
        if m < 1 or m >= len(self.toks) or not self.toks[m - 1].capitalised or m in self.cast.mentions:
            return False
        word = self.toks[m].text
        return sp.name == word and word.endswith("s") and len(word) > 5 and word[-2] not in "sxz"

    def _place_before_title(self, a: int, b: int, found: Found) -> bool:
        """(unspaced) whether the place a cue's phrase gives as its speaker stands right before a title word: the
        place qualifies someone the article does not name ("一名美国官员": an American official), no speaker."""
        if not self.lang.unspaced or found.speaker is None or found.speaker.label not in ("GPE", "LOC"):
            return False
        titles = tuple(self.lang.titles)
        return any(
            c.speaker == found.speaker and self.text.startswith(titles, c.end)
            for c in self.cast.candidates(a, b, self.inside)
        )
