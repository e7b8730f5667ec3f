"""The clause right after a quote, when it starts the attribution.

``“…,” Peskov said``, ``“…,” said Peskov``, ``», — заявил Песков``, ``“…”，他说``: the subject before the speech
verb, else (a verb that does not take an addressee) the noun phrase after it; an incise inside the quote
(``“…,” he said, “…”``) and the next sentence when it opens with the attribution.
"""

from __future__ import annotations

from wirestream.services.enrich.entities.quotes.before import BeforeQuote
from wirestream.services.enrich.entities.quotes.marks import QuoteSpan
from wirestream.services.enrich.entities.quotes.reader import (
    _ASIDES,
    _CITING,
    _CUES_AT_START,
    _DETERMINERS,
    _LEADING,
    _QUOTED_AS,
    ARTICLE_GENDER,
    CLAUSE_STARTS,
    MAX_AFTER,
    MAX_VERB_AFTER,
    Found,
    _introduces,
    _words_over,
)
from wirestream.services.enrich.entities.quotes.speakers import Cand

_INCISE_ENDS = (",", ".", "—", "–", ";", "-")  # what closes an incise: a spaced hyphen too ("- ha detto X -")


class AfterQuote(BeforeQuote):
    """The attribution in the clause after a quote (:meth:`after`, :meth:`incise`, :meth:`next_sentence`)."""

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

    def _named_subject_only(self, a: int, k: int) -> bool:
        """Whether the words between a quote and a weak speech verb at ``k`` are one person's name and no more
        ("“…,” Judge Ada Obi ruled", "“…,” Chief Justice Ada Obi ruled"): the verb stands right after its subject
        as it does after a bare name ("“…,” Obi ruled"). Read only for a weak verb."""
        t = self.toks[k]
        if not t.word or not self.lang.is_verb(t.low) or self.lang.verb_lemma(t.low) not in self.lang.weak:
            return False
        return self._one_name(a, k)

    def _object_left_out(self, a: int, k: int) -> bool:
        """Whether a verb that reports speech only with its object (``verbs_with_object``: "held that") closes the
        sentence right after a quote and one person's name, its object the quote before it ("“…,” Justice Ada Obi
        held."): a court's ruling. "held talks", "held a rally" after a name keep their object and are no cue."""
        toks = self.toks
        if k + 1 >= len(toks) or toks[k + 1].text != "." or not toks[k].word or toks[k].capitalised:
            return False
        if self.lang.lemma(toks[k].low) not in self.lang.words("verbs_with_object"):
            return False
        return self._one_name(a, k)

    def _object_left_out_inverted(self, a: int, b: int) -> bool:
        """Whether the clause right after a quote is the inverted form of :meth:`_object_left_out`: such a verb
        first, then one person's name (titles and forms of address before it allowed) closing the sentence ("“…,”
        held Justice Ada Obi."). "“…,” held a banner", "held Ada Obi in contempt" name no one or go on."""
        toks = self.toks
        t = toks[a]
        if not t.word or t.capitalised or self.lang.lemma(t.low) not in self.lang.words("verbs_with_object"):
            return False
        stop = next((m for m in range(a + 2, b) if toks[m].text in (".", "!", "?", ",", ";", ":")), None)
        while stop is not None and toks[stop].text == "." and not self._one_name(a + 1, stop):
            # a form of address's full stop ("Dr.") inside the name: the next stop may close it
            stop = next((m for m in range(stop + 1, b) if toks[m].text in (".", "!", "?", ",", ";", ":")), None)
        return stop is not None and toks[stop].text == "." and self._one_name(a + 1, stop)

    def _one_name(self, a: int, k: int) -> bool:
        """Whether the tokens from ``a`` up to ``k`` are one person's name, titles and forms of address before it
        allowed ("Ada Obi", "Judge Ada Obi", "Chief Justice Ada Obi", "Dr. Ada Obi")."""
        cands = self.cast.candidates(a, k, self.inside)
        if len(cands) != 1 or cands[0].kind != "person" or cands[0].j != k:
            return False
        lang = self.lang
        return all(
            t.text == "." or (t.word and (t.low in lang.honorifics or lang.title_gender(t.text)[0]))
            for t in self.toks[a : cands[0].i]
        )

    def _pronoun_carrier(self, verb: int, a: int) -> int:
        """The token that carries an inverted subject pronoun for the speech verb at ``verb``: the auxiliary right
        before it when that auxiliary carries one after a hyphen (a ``skip`` word: "a-t-il ajouté",
        "a-t-elle déclaré"), else the verb itself."""
        aux = self.toks[verb - 1].low if verb > a else ""
        if self._hyphen_pronoun(aux) and aux.split("-")[0] in self.lang.skip:  # ("a-t-il": "a"; "-t-" is euphonic)
            return verb - 1
        return verb

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
        author = self._quote_author(q, a, b)
        if author is not None:
            return author
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
        n = self._phrase_at(a, b, lang.next_cues) if new_sentence else 0
        if n:
            # "„…“ So sieht es Peter Müller.": a sentence opened by a cue of the next sentence (``next_cues``) that
            # names a person or a body at once is the attribution (not "so" as a cue whose subject is the pronoun
            # "es"); "So sieht es aus." is read as before
            stop = self.tok(self.layout.sentence_end(toks[a].start))
            found = self._after_verb(a + n, stop, q.start)
            if found is not None and found.speaker is not None and found.speaker.label in ("PERSON", "ORG"):
                found.verb, found.how = " ".join(t.text for t in toks[a : a + n]), "next sentence"
                return found
        pointed = self._demonstrative_object(a, b)  # "„…“, das sagte Brösicke."
        inverted_object = self._object_left_out_inverted(a, b)  # "“…,” held Justice Ada Obi."
        # a quote that runs on into its sentence ("“…,” State Duma speaker X wrote") has no verb in capitals
        # after it: only a clause that opens after the quote may start with one
        runs_on = body_end in ",;" or "," in self.text[q.end : toks[a].start]
        slot = self._verb_slot_pronoun(a, b, runs_on)  # "„…“, reagierte er": a verb the lexicon lacks
        clean = pointed or self._starts_attribution(a, b) or inverted_object or slot
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
                found = self._after_cue(k, n, b, q.start, how="cue after")
                if found is not None:
                    return found
            if lang.cues_after and toks[k].low in lang.cues_after and k > a:
                cands = self._usable(self.cast.candidates(a, k, self.inside))
                if cands:
                    found = self._as_found(cands[-1], q.start)
                    found.verb = toks[k].text
                    return found
            n = (
                self._zh_verb(k)
                if lang.unspaced
                else int(
                    self._is_verb(k, opening, strong=k - a > 2 and not self._named_subject_only(a, k))
                    or self._object_left_out(a, k)
                    or (k == a + 1 and pointed)
                    or (inverted_object and k == a)
                    or (slot and k == a)
                )
            )
            if not n:
                continue
            start = a if clean else segment
            pre = self._unqualifying(self.cast.candidates(start, k, self.inside, trusted=True), k)
            # "“…”, entre ellas el número de motor, añadió.": an aside, then a verb with its subject left out closing
            # the sentence after a comma: the reporting clause
            dropped = lang.pro_drop and not pre and k == segment and self._ends_sentence(k + n)
            if (
                not clean
                and not dropped
                and not (pre and all(t.low in lang.skip or not t.word for t in toks[pre[-1].j : k]))
            ):
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
            # (verb-final) "X, „A“ dedi ve ekledi: „B“": the verb closes A, a clause of its own after "and" opens B
            joined = (
                lang.verb_final
                and between is not None
                and len(between) > 0
                and between[0].casefold() in lang.words("conjunctions")
            )
            if between is not None and not joined and (not between or between == [":"] or _introduces(between)):
                # "“A” Mr. Smith said “B”", "“A” He said: “B”", "„A.“ X sagte den Zeitungen der Funke Mediengruppe:
                # „B“": the verb introduces the next quote, its clause running on to the colon before it
                return None
            found = self._cited_as(k + n, b, q.start) if pre and lemma in _CITING else None
            if found is None and pre:
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
            # a verb that takes an addressee ("told reporters") has its subject after it only when the quote runs
            # up to the verb ("“Why now?” asked Tom Hale", "“Stay inside,” urged the mayor"): the inversion
            inverted = lemma not in lang.addressee or not any(t.word for t in toks[a:k])
            if found is None and not pre and inverted:
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
                    # the language's own: "a" is no article in Italian; a possessive in the subject's case too
                    and toks[k + n].low in lang.words("indefinite") | lang.words("subject_possessives")
                    and toks[k + n].low not in articles
                ):
                    # "afirmó un integrante del Poder Ejecutivo", "sagte seine Frau": someone the article does not name
                    found = Found(blocked=True, how="unnamed")
                elif (
                    found is None
                    and k + n + 1 < b
                    and toks[k + n].low in articles
                    and (body := self._members_in_compound(k + n + 1)) is not None
                ):
                    found = Found(speaker=body, how="members")  # "schrieben die ISW-Analysten": the body's people
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

    def _verb_slot_pronoun(self, a: int, b: int, runs_on: bool) -> bool:
        """(nouns capitalised, ``pronoun_after_verb``: German) "„…“, reagierte er", "„…“, winkte sie ab": the
        lower-case word right after the quote's comma, a subject pronoun of one person right after it, is the
        inverted cue's finite verb whatever verb it is (the quote fills the clause's first place), as a listed verb
        is, a copula too ("„…“, ist er sich sicher"). Not a word that opens a clause of its own or a cue ("als er …",
        "wie sie sagte", "so er"), nor a plural verb before "sie" ("betonten sie": they, no one person)."""
        lang, toks = self.lang, self.toks
        if not runs_on or not lang.nouns_capitalised or not lang.has("pronoun_after_verb") or a + 1 >= b:
            return False
        t, pronoun = toks[a], toks[a + 1]
        if not t.word or t.capitalised or not t.text.isalpha() or a in self.inside:
            return False
        gender = lang.pronouns.get(pronoun.low)
        if gender not in ("m", "f") or pronoun.text != pronoun.low or self.text[t.end : pronoun.start] != " ":
            return False
        if gender == "f" and (t.low.endswith("en") or lang.gender_of_verb(t.text) == "p"):
            return False  # "betonten sie", "sagen sie": they
        if t.low in lang.words("copulas"):
            return True  # "„…“, ist er überzeugt", "war sie sich sicher": the quote the predicate's complement
        opens = ("skip", "prepositions", "conjunctions", "clause_starts", "subordinators", "clause_links")
        if any(t.low in lang.words(key) for key in (*opens, "complementisers", "comparisons", "source_clauses")):
            return False
        return not any(cue[0] == t.low for cue in lang.cues)

    def _demonstrative_object(self, a: int, b: int) -> bool:
        """(``next_demonstratives``, nouns capitalised) a demonstrative opening the clause right after a quote's comma,
        then a lower-case speech verb: "„…“, das sagte Brösicke." ("das" is the verb's object, the quote; not the
        article of a noun, which would be capitalised), so the inverted subject after the verb speaks."""
        toks = self.toks
        return (
            self.lang.nouns_capitalised
            and a + 1 < b
            and toks[a].low in self.lang.words("next_demonstratives")
            and toks[a + 1].text.islower()
            and self.lang.is_verb(toks[a + 1].low)
        )

    def _cited_as(self, a: int, b: int, pos: int) -> Found | None:
        """``“…,” the statement quoted Ada Obi as saying``, ``“…,” Reuters quoted Ada Obi as saying``: after a verb of
        citing (``citing``) whose object ``quoted_as`` and a participle follow, the one cited spoke, not the subject
        citing them: the person named right before "as", else no one the clause names ("quoted a witness as
        saying"). None when no "as" and participle follow the object (the subject is read as before)."""
        toks = self.toks
        at = next((m for m in range(a + 1, min(b, a + 8)) if toks[m].low in _QUOTED_AS), None)
        if at is None or at + 1 >= b or not toks[at + 1].low.endswith(tuple(self.lang.participle_endings)):
            return None
        if not self._is_verb(at + 1, at + 1):
            return None
        cands = self._usable(self.cast.candidates(a, at, self.inside))
        cited = cands[0] if len(cands) == 1 and cands[0].j == at else None
        if cited is not None and cited.kind == "person" and cited.speaker is not None:
            found = self._as_found(cited, pos)
            found.how = "cited"
            return found
        return Found(blocked=True, how="cited")

    def _ends_sentence(self, k: int) -> bool:
        """Whether the token at k ends its sentence (the text's end or a full stop, "!", "?", "…")."""
        return k >= len(self.toks) or self.toks[k].text in (".", "!", "?", "…")

    def _quote_author(self, q: QuoteSpan, a: int, b: int) -> Found | None:
        """(``quote_by``) ``im „…“ von Ann Cotten``: the person named right after the closing mark and its
        ``quote_by`` word (a title before the name allowed), nothing else between, is the quote's author. None
        otherwise ("„…“ von der Polizei", "„…“ von 2019")."""
        toks = self.toks
        if toks[a].low not in self.lang.words("quote_by") or self.text[q.end : toks[a].start].strip(" \u00a0"):
            return None
        cands = self.cast.candidates(a + 1, min(b, a + 7), self.inside)
        first = cands[0] if cands else None
        if first is None or first.kind != "person" or first.speaker is None:
            return None
        if not all(self.lang.title_gender(t.text)[0] for t in toks[a + 1 : first.i]):
            return None
        return Found(speaker=first.speaker, how="author after the quote")

    def incise(self, q: QuoteSpan) -> Found | None:
        """An attribution inside the marks: « …, explique X. … », «…, – пожаловалась она. — …»."""
        toks, lang = self.toks, self.lang
        a, b = self.tok(q.body_start), self.tok(q.body_end)
        for k in range(a + 3, b - 1):
            if toks[k - 1].text not in (",", "—", "–", "-") or not toks[k].word or toks[k].capitalised:
                continue
            v, pronoun = self._past_auxiliaries(k, b), None  # « …, a déclaré X. … », «… - ha detto X - …»
            if v > k and (not toks[v].word or toks[v].capitalised):
                continue
            word = toks[v].low
            suffix = self._hyphen_pronoun(word) or (self._hyphen_pronoun(toks[v - 1].low) if v > k else "")
            if suffix:  # the language's own ("poursuit-il", "a-t-il déclaré"), as after the quote
                word, pronoun = word.removesuffix(suffix), suffix.split("-")[-1]
            if not lang.is_verb(word) or lang.verb_lemma(word) in lang.weak:
                continue
            end = v + 1
            while end < b and end - v < 10 and toks[end].text not in _INCISE_ENDS:
                end += 1
            if end >= b or toks[end].text not in _INCISE_ENDS:
                continue
            if pronoun is not None:
                found = Found(
                    pronoun=Cand(k, k + 1, "pronoun", toks[k].start, toks[k].end), gender=lang.pronouns.get(pronoun)
                )
            else:
                cands = [c for c in self.cast.candidates(v + 1, end) if c.kind != "relative" and not c.excluded]
                if not cands and lang.pro_drop and end == v + 1:
                    # «… —aseguró—. …», «… - assicura - …»: the verb alone, its subject left out (the last speaker)
                    found = Found(implicit=True, gender=lang.gender_of_verb(toks[v].text))
                elif not cands:
                    continue
                else:
                    found = self._as_found(cands[0], q.start)
            found.verb, found.how = toks[v].text, "incise"
            return found
        return None

    def next_sentence(self, q: QuoteSpan, limit: int) -> Found | None:
        """``“…”. Lo ha detto il ministro Sergei Lavrov``: the speaker named in the sentence after the quote. Also
        (``next_demonstratives``) a demonstrative that points back at the quote, then any speech verb: „…“ Das
        betonte Müller", "Dies erklärte die Ministerin"."""
        cues = self.lang.next_cues
        pointers = self.lang.words("next_demonstratives")
        as_words = self.lang.words("next_as")
        owned = self.lang.words("next_owned")
        if (
            not cues
            and not pointers
            and not self.lang.next_worded
            and not self.lang.next_pointers
            and not as_words
            and not owned
        ):
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
        if toks[a].low in as_words:
            return self._as_clause(a, b, q)
        n = self._phrase_at(a, b, cues)
        if n:
            found = self._after_verb(a + n, b, q.start)
            if found is not None:
                found.verb, found.how = " ".join(t.text for t in toks[a : a + n]), "next sentence"
            return found
        n = self._phrase_at(a, b, tuple(sorted((tuple(p.split()) for p in owned), key=len, reverse=True)))
        if n:
            return self._owner_of_words(a, a + n, b, q.start)
        # a pointer may be a phrase ("Об этом заявил Волков", "Про це повідомила Соколова"): its words, then the verb
        n = self._phrase_at(a, b, tuple(sorted((tuple(p.split()) for p in pointers), key=len, reverse=True)))
        verb = None
        if n and a + n < b and self._is_verb(a + n, a + n, strong=not self._impersonal_form(toks[a + n].text)):
            verb = a + n
        elif n and a + n < b:
            # "Так Геннадий Волков прокомментировал произошедшее": the pointer, the subject named at once, its verb
            cands = self.cast.candidates(a + n, min(b, a + n + 6), self.inside)
            first = cands[0] if cands else None
            if (
                first is not None
                and first.i == a + n
                and first.kind == "person"
                and first.speaker is not None
                and first.j < b
                and self._is_verb(first.j, first.j, strong=True)
            ):
                return Found(speaker=first.speaker, verb=toks[first.j].text, how="next sentence")
        n = self._phrase_at(a, b - 1, self.lang.next_worded)
        if n and toks[a + n].text.islower():
            verb = a + n  # "Mit diesen Worten eröffnete Müller die Sitzung": any verb, its subject spoke
        elif n:
            found = self._worded_subject(a + n, b)
            if found is not None:
                return found
        n = self._phrase_at(a, b - 1, self.lang.next_pointers) if verb is None else 0
        if n:
            # "C'est ce qu'a affirmé mardi X", "Así lo afirmó X", "Foi o que afirmou X": words that point back at
            # the quote, then a speech verb (past its auxiliaries), its subject after it
            v = self._past_auxiliaries(a + n, b)
            if v < b and toks[v].text.islower() and self._is_verb(v, v, strong=True):
                verb = v
        if verb is not None:
            found = None
            if self._impersonal_verb(toks[verb].text):
                found = self._impersonal(verb + 1, b)  # "Об этом заявили в Кремле", "Об этом говорится в заявлении МИД"
            found = found or self._after_verb(verb + 1, b, q.start)
            if found is not None:
                found.verb, found.how = toks[verb].text, "next sentence"
            return found
        return None

    def _worded_subject(self, k: int, b: int) -> Found | None:
        """(``next_worded``) "“…”. Con esa frase, Marta Ruiz respondió …": after the phrase that names the quote's
        words (and its comma) a person named at once, then a verb: that person said them. None when the words after
        the phrase are anything else ("Con esa frase, el debate …"), so the quote keeps the reading it had."""
        toks = self.toks
        if k < b and toks[k].text == ",":
            k += 1
        cands = self.cast.candidates(k, min(b, k + 8), self.inside)
        first = cands[0] if cands else None
        if first is None or first.i != k or first.kind != "person" or first.speaker is None or first.j >= b:
            return None
        if not toks[first.j].text.islower() or not self._is_verb(first.j, first.j):
            return None
        return Found(speaker=first.speaker, verb=toks[first.j].text, how="next sentence")

    def _owner_of_words(self, a: int, k: int, b: int, before_pos: int) -> Found | None:
        """(``next_owned``) "“…”. È l'allarme del direttore dell'Oms, Tedros.", "È l'appello di Marco Bellini.": the
        sentence after a quote calls it someone's words (a noun of them and "of", words ``a`` to ``k``); the owner
        right after them said it: a person or body named there, or a title and the name set after it. None when no one
        is named at once ("È l'allarme più grave dell'anno"), so the quote keeps the reading it had."""
        if k >= b:
            return None
        if self.lang.title_gender(self.toks[k].text)[0]:
            found = self._after_verb(k, b, before_pos)  # "del direttore generale dell'Oms, Tedros": the title's name
        else:
            cands = self.cast.candidates(k, b, self.inside)
            first = cands[0] if cands else None
            if first is None or first.i != k or first.kind not in ("person", "org") or first.speaker is None:
                return None
            found = Found(speaker=first.speaker)
        if found is not None:
            found.verb, found.how = " ".join(t.text for t in self.toks[a:k]), "next sentence"
        return found

    def _as_clause(self, a: int, b: int, q: QuoteSpan) -> Found | None:
        """(``next_as``) "„…“ Wie Kirijenko mitteilte, sind …": the sentence after a quote opens with "as", its subject
        (a person named, or a lone surname no one read) and a speech verb that closes the clause with a comma: the
        subject said the quote. So does the subject after the verb ("“…”. Come ha spiegato Marco Bellini, il governo
        …": :meth:`_as_opening`) after a quote that ends its sentence (not "… la facultad de “…” cuando se trate de
        …. Según informó la DGSA, …": a sentence of its own). None otherwise (the sentence is read as before)."""
        toks = self.toks
        closed = not any(t.word for t in toks[self.tok(q.end) : a])
        opening = self._as_opening(a, b, q.start) if closed else None
        if opening is not None:
            opening.how = "next sentence"
            return opening
        cands = self.cast.candidates(a + 1, min(b, a + 8), self.inside)
        first = cands[0] if cands and cands[0].i == a + 1 else None
        if first is None:
            lone = self._lone_subject_after_adverb(a, a + 2) if a + 2 < b else None
            first = lone
        if first is None or first.kind != "person" or first.speaker is None:
            return None
        verb = first.j
        if verb + 1 >= b or toks[verb + 1].text != "," or not self._is_verb(verb, a, strong=True):
            return None
        return Found(speaker=first.speaker, verb=toks[verb].text, how="next sentence")

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

    def _unnamed_subject_marked(self, a: int, verb: int) -> bool:
        """Whether a word between a quote and its speech verb ends in the language's subject particle (Japanese
        「…」と野党などが指摘: "the opposition and others pointed out") while no candidate stands there: the
        verb's subject is someone the article does not name, not the last speaker."""
        particles = tuple(self.lang.words("subject_particles"))
        return bool(particles) and any(
            # (not a quotative ending that ends so: Korean "“…”는 글을", "“…” 같은 글을 남겼다")
            t.word and t.text.endswith(particles) and m not in self.inside and t.low not in self.lang.skip
            for m, t in enumerate(self.toks[a:verb], start=a)
        )

    def _unqualifying(self, cands: list[Cand], k: int) -> list[Cand]:
        """(unspaced, ``genitive_particles``) the candidates before the verb at token ``k`` less those a genitive
        particle follows: "「…」 プーチン氏の暗殺未遂と主張" (a headline) claims an attempt on Putin's life, Putin
        qualifies the noun after "の" and is no subject of the verb."""
        genitive = self.lang.words("genitive_particles")
        if not self.lang.unspaced or not genitive:
            return cands
        toks, honorifics = self.toks, self.lang.honorifics

        def qualifies(c: Cand) -> bool:
            n = c.j + 1 if c.j < k and toks[c.j].text in honorifics else c.j  # "プーチン氏の"
            return n < k and toks[n].text in genitive

        return [c for c in cands if not qualifies(c)]

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
