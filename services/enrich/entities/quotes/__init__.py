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
* ``attribution``: the rules that pick the speaker of each quote;
* ``rank``: a small learned model that picks among the candidates around a quote
  the rules leave without a speaker, or abstains.

A quote is text between quotation marks of at least four words (twelve characters
in Chinese and Japanese), or a shorter one that a speech verb attributes right there
(«Это абсурд», — сказал он; "Absolutely not," Kirby said; Kirby said: "No."): the
verb marks it as words someone said, where short quoted words alone are mostly scare
quotes, titles and names. Its speaker is the canonical entity when the article's
entities include it (``speaker_id`` set), else the name or institution as the article
gives it; ``speaker_label`` says what it is (PERSON, ORG, GPE, FAC, LOC). When the
attribution cannot be resolved the speaker is None, never a guess.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Mapping, Sequence
from typing import Any

from wirestream.contracts import Entity, Quote
from wirestream.services.enrich.entities.quotes import rank
from wirestream.services.enrich.entities.quotes.attribution import Attributor
from wirestream.services.enrich.entities.quotes.language import Lang, for_text, load
from wirestream.services.enrich.entities.quotes.marks import QuoteSpan, dash_led, merge, scan
from wirestream.services.enrich.entities.quotes.rank import Result
from wirestream.services.enrich.entities.quotes.text import HIRAGANA

__all__ = ["attribute", "find_quotes"]

_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
_WORDS = re.compile(r"\w+")
# What stands between a short quote's closing mark and its attribution's first word on the same line: a comma, a
# dash (outside the marks: «Это абсурд», — сказал он), or nothing when the comma is inside ("Absolutely not," Kirby
# said). A full stop ends the sentence: a verb after it is another sentence's.
_AFTER = re.compile(r"[ \t\u00a0]*(?:,[ \t\u00a0]*)?(?:[—–-]+[ \t\u00a0]*)?")
_ENDS_CLAUSE = re.compile(r"[,!?…]$")
_CUE_SENTENCE = re.compile(r"[.!?…:;]\s|\n")  # where the sentence before a short quote starts (_sentence_before)
SHORT_CUE_WORDS = 3  # the speech verb is one of the first words after a short quote (or the last before its colon)
SHORT_SUBJECT_WORDS = 6  # words of a named subject before the verb ("“No,” Kremlin spokesman Dmitry Peskov said")
_CLAUSE_END = re.compile(r"[.,;:!?—–()\[\]\"“”«»]")
# The clause right after a quote in unspaced text: a comma outside the marks, then up to the next punctuation or line
# break, a short one (a subject of a few characters and its verb: "扎哈罗娃3日对记者说").
_UNSPACED_CLAUSE = re.compile(
    r"[ \t\u00a0]*[,，、]?[ \t\u00a0]*([^\s.,;:!?，。、；：！？“”「」『』\"]{1,16})(?=[\s.,;:!?，。、；：！？]|$)"
)


def _big_enough(body: str) -> bool:
    if _CJK.search(body):
        return len(body) >= 12
    return sum(1 for _ in _WORDS.finditer(body[:400])) >= 4


def _said_right_there(text: str, quote: QuoteSpan, lang: Lang) -> bool:
    """Whether a speech verb attributes a short quote at once: among the first words after it on its line, the
    quote closed by its comma inside or outside the marks or a dash ("Kirby said", "сказал он", "sagte er"; not the
    "three amigos" and added, nor "Автодоре". В госкомпании пояснили), or the last words before a colon that opens
    it ("Kirby said: „No.“")."""
    if not _WORDS.search(quote.text):
        return False
    words: list[str] = []
    cue = _AFTER.match(text, quote.end)
    # a verb-final language sets its verb right after the quote, with no comma (Turkish "„Bu saçma“ dedi Peskov")
    loose = lang.verb_final and not lang.unspaced
    if cue is not None and (cue.group(0).strip() or _ENDS_CLAUSE.search(quote.text) or loose):
        after = text[cue.end() : quote.end + 80].split("\n", 1)[0]  # the cue stops at a line break
        after = _without_hyphen_pronouns(after, lang)
        words += [m.group(0) for m in _WORDS.finditer(after)][:SHORT_CUE_WORDS]
        if _subject_then_verb(_CLAUSE_END.split(after, 1)[0], lang):
            return True
        opens = text[max(0, quote.start - 3) : quote.start].rstrip(" \t\u00a0")
        if (not opens or opens[-1] in ".!?\n") and _apposed_subject_then_verb(after, lang):
            return True  # a short quote opening its sentence, then its attribution with an apposition
    before = text[max(0, quote.start - 80) : quote.start].rstrip()
    if lang.unspaced:
        return _said_unspaced(text, quote, before, lang)
    if before.endswith((":", "：")):
        clause = [m.group(0) for m in _WORDS.finditer(re.split(r"[.!?…;]\s", before.rsplit("\n", 1)[-1])[-1])]
        words += clause[-SHORT_CUE_WORDS:]
        if _separable_to_colon(clause, lang) or _verb_then_places(clause, lang):
            return True
    return (
        any(lang.is_verb(w) for w in words)
        # "“…”, fa sapere il Cremlino", "ha fatto sapere Peskov": a light verb's word reports after it (``light_verbs``)
        or any(lang.light_verb(w, p.lower()) for p, w in itertools.pairwise(words))
        or _cue_phrase_before(before, lang)
        or _source_cue_before(text, quote, before, lang)
        or _verb_comma_before(text, quote, before, lang)
        or _suffixed_cue_before(text, quote, before, lang)
        or _reported_partial(text, quote, lang)
        or _complement_partial(text, quote, lang)
    )


def _without_hyphen_pronouns(after: str, lang: Lang) -> str:
    """(``hyphen_pronouns``) the words after a short quote without the subject pronoun an inverted verb or its
    auxiliary carries after a hyphen ("« Kiev paiera », a-t-elle ajouté": "a ajouté"), so the verb counts among the
    first words as it does after a name."""
    pattern = _hyphen_pronoun_pattern(lang.code)
    return pattern.sub("", after) if pattern is not None else after


@functools.cache
def _hyphen_pronoun_pattern(code: str) -> re.Pattern[str] | None:
    """The language's ``hyphen_pronouns`` after a word, longest first; None when it has none."""
    suffixes = sorted(load(code).words("hyphen_pronouns"), key=lambda s: (-len(s), s))
    if not suffixes:
        return None
    return re.compile(r"(?<=\w)(?:" + "|".join(map(re.escape, suffixes)) + r")(?!\w)")


REPORTED_REACH = 200  # characters either side of a short quote read for the sentence it stands in
_SENTENCE_BREAK = re.compile(r"[.!?…](?=\s)|\n")


def _reported_partial(text: str, quote: QuoteSpan, lang: Lang) -> bool:
    """(``konjunktiv``) a short partial quote inside reported speech: a Konjunktiv I word in its sentence outside the
    marks, and a reporting clause of its own there, a speech verb with its subject (or a cue and whose words they
    are) after a comma ("Der Angriff sei „ein geplanter Terroranschlag“ gewesen, sagte Peskow.", "…, so Peskow.") or
    before the comma that opens the reported clause ("Peskow sagte, der Angriff sei „ein Terroranschlag“ gewesen.").
    Not a scare quote: one word, only capitalised words (a title, a name), or after a word that marks one
    (``scare_markers``: "die sogenannte „Spezialoperation“")."""
    konjunktiv = lang.words("konjunktiv")
    body = _WORDS.findall(quote.text)
    if not konjunktiv or len(body) < 2 or all(w[0].isupper() for w in body):
        return False
    head = _SENTENCE_BREAK.split(text[max(0, quote.start - REPORTED_REACH) : quote.start])[-1]
    tail = _SENTENCE_BREAK.split(text[quote.end : quote.end + REPORTED_REACH], maxsplit=1)[0]
    head_words = _WORDS.findall(head)
    if not head_words or head_words[-1].lower() in lang.words("scare_markers"):
        return False
    if not konjunktiv.intersection(w.lower() for w in head_words + _WORDS.findall(tail)):
        return False
    cues = lang.words("cues_at_start")
    for clause in tail.split(",")[1:]:
        words = _WORDS.findall(clause)
        if len(words) > 1 and (
            words[0] in cues
            or (words[0][0].islower() and (_reporting(words[0], lang) or lang.particle_verb(words[0], words[-1])))
        ):
            return any(w[0].isupper() for w in words[1:4])
    if "," in head:
        words = _WORDS.findall(head.split(",", 1)[0])
        return 1 < len(words) <= SHORT_SUBJECT_WORDS and any(w[0].islower() and _reporting(w, lang) for w in words[1:])
    return False


def _complement_partial(text: str, quote: QuoteSpan, lang: Lang) -> bool:
    """(``complementisers``) a short partial quote that opens the clause a speech verb reports, right after its
    complementiser ("Volkov advirtió que «habrá consecuencias»", "ha detto che «non c'entriamo»"): a reporting verb
    among the three words before the complementiser, in the same sentence. Not one word, nor only capitalised words
    (a title, a name)."""
    complementisers = lang.words("complementisers")
    body = _WORDS.findall(quote.text)
    if not complementisers or len(body) < 2 or all(w[0].isupper() for w in body):
        return False
    head = _SENTENCE_BREAK.split(text[max(0, quote.start - REPORTED_REACH) : quote.start])[-1]
    words = head.split()
    if len(words) < 2 or words[-1].lower() not in complementisers:
        return False
    return any(w[:1].islower() and _reporting(w, lang) for w in words[-4:-1])


def _reporting(word: str, lang: Lang) -> bool:
    """A speech verb that reports by itself (not one of the language's ``weak`` ones)."""
    return lang.is_verb(word) and lang.verb_lemma(word) not in lang.weak


def _separable_to_colon(clause: list[str], lang: Lang) -> bool:
    """(``separable``) whether the clause before a short quote's colon ends with the particle of a separable speech
    verb whose stem stands earlier in it ("Ramsan Kadyrow kündigte Vergeltung an: „Wir werden antworten.“")."""
    if not lang.separable or len(clause) < 2:
        return False
    particle = clause[-1].lower()
    return any(lang.particle_verb(w, particle) for w in clause[-8:-1])


PLACE_PHRASES = 3  # prepositional phrases between a speech verb and a short quote's colon
PHRASE_WORDS = 2  # words of each after its preposition


def _verb_then_places(clause: list[str], lang: Lang) -> bool:
    """Whether the clause before a short quote's colon ends with a speech verb and then only a few prepositional
    phrases of when and where ("Zełenski powiedział w czwartek w Hadze: „…”"), each a preposition and a word or two
    that are no verbs."""
    k = len(clause)
    for _ in range(PLACE_PHRASES):
        head = next(
            (m for m in range(k - 2, max(k - 2 - PHRASE_WORDS, -1), -1) if clause[m].lower() in lang.prepositions),
            None,
        )
        if head is None or any(lang.is_verb(w) for w in clause[head + 1 : k]):
            return False
        k = head
        if k > 0 and _reporting(clause[k - 1], lang):
            return True
    return False


def _sentence_before(before: str) -> str:
    """The sentence that ends right before a short quote: the text before it from its last full stop, colon, semicolon
    or line break on (the cues before a quote read only these words)."""
    return _CUE_SENTENCE.split(before)[-1]


def _cue_phrase_before(before: str, lang: Lang) -> bool:
    """Whether the sentence before a short quote is only a cue phrase of the language and whose words they are, then a
    comma ("По словам Пескова, «это теракт»", "За словами Медведєва, «вибору немає»", "Według Pieskowa, „to atak”"), or
    no comma after a name ("Według rzecznika Kremla Jurija Gawriłowa „prezydent nie ucierpiał”": Polish sets none)."""
    sentence = _sentence_before(before)
    written = _WORDS.findall(sentence)
    words = [w.lower() for w in written]
    if not before.endswith(","):
        if not before[-1:].isalpha():
            return False
        if not written[-1][:1].isupper():
            # "Laut Peskow ist „die Ukraine verantwortlich“": the finite verb right after a cue and its name (a
            # language that sets its verb second after a fronted phrase); the name capitalised before it
            if not lang.has("verb_second") or len(written) < 3 or not written[-2][:1].isupper():
                return False
            words = words[:-1]
    return any(
        tuple(words[: len(cue)]) == cue and 0 < len(words) - len(cue) <= SHORT_SUBJECT_WORDS for cue in lang.cues
    )


def _source_cue_before(text: str, quote: QuoteSpan, before: str, lang: Lang) -> bool:
    """(``cues_after``) whether the sentence before a short quote is a cue written after its source, then a comma, and
    the quote of a few words closes the sentence ("Peskov'a göre, „Cumhurbaşkanı yara almadı“.", "Kremlin'in
    açıklamasına göre, „…“": the source's few words, a noun of what it said (``cue_nouns``), the cue). One quoted word
    there stays a scare quote."""
    if not lang.cues_after or not before.endswith(",") or len(_WORDS.findall(quote.text)) < 2:
        return False
    words = [w.lower() for w in _WORDS.findall(_sentence_before(before))]
    if len(words) < 2 or words[-1] not in lang.cues_after:
        return False
    if len(words) - 1 - (words[-2] in lang.words("cue_nouns")) > SHORT_SUBJECT_WORDS:
        return False
    return _closes_sentence(text, quote)


def _verb_comma_before(text: str, quote: QuoteSpan, before: str, lang: Lang) -> bool:
    """Whether a speech verb among the last words before a short quote's comma reports it, and the quote of a few
    words closes the sentence ("Peskov mengatakan, “Putin tidak terluka.”", "Medvedev menulis di Telegram, “…”"), as
    a colon there does. Not a weak or framing verb ("menyebut serangan itu, “…”"); one quoted word stays a scare
    quote."""
    if not before.endswith(",") or len(_WORDS.findall(quote.text)) < 2:
        return False
    clause = _WORDS.findall(re.split(r"[.!?…;:,]\s", before[:-1].rsplit("\n", 1)[-1])[-1])
    if not any(
        _reporting(w, lang) and lang.verb_lemma(w) not in lang.framing and w.lower() not in lang.weak
        for w in clause[-SHORT_CUE_WORDS:]
    ):
        return False
    return _closes_sentence(text, quote)


def _suffixed_cue_before(text: str, quote: QuoteSpan, before: str, lang: Lang) -> bool:
    """Whether the sentence before a short quote's comma is one cue word with a pronoun glued to it, whose words the
    quote then is, closing the sentence ("Menurutnya, “Presiden tidak terluka.”", as "Menurut Peskov, “…”"). One
    quoted word stays a scare quote."""
    if not lang.pronoun_suffixes or not before.endswith(",") or len(_WORDS.findall(quote.text)) < 2:
        return False
    words = [w.lower() for w in _WORDS.findall(_sentence_before(before))]
    if len(words) != 1:
        return False
    stems = {words[0][: -len(s)] for s in lang.pronoun_suffixes if words[0].endswith(s)}
    return any(len(cue) == 1 and cue[0] in stems for cue in lang.cues) and _closes_sentence(text, quote)


def _said_unspaced(text: str, quote: QuoteSpan, before: str, lang: Lang) -> bool:
    """``_said_right_there`` where words are not spaced (Chinese, Japanese): a speech verb ends the text before a
    colon that opens the quote ("佩斯科夫表示：“…”"), or the clause right after the quote, a comma inside or outside
    the marks, is a short subject and a speech verb ("“…，”扎哈罗娃说。") or opens with one, after a
    particle that closes a quote (the language's ``quotative``: 「…」と主張した)."""
    verbs = lang.verbs | lang.forms
    if before.endswith((":", "：")) and before[:-1].rstrip().endswith(tuple(verbs)):
        return True
    if before.endswith((":", "：")) and _told_before_colon(before[:-1].rstrip(), lang):
        return True
    if before.endswith((",", "，")) and (
        _split_by_cue(before[:-1].rstrip(), verbs)
        or (before[:-1].rstrip().endswith(tuple(verbs)) and _closes_sentence(text, quote))
    ):
        return True
    after = _UNSPACED_CLAUSE.match(text, quote.end)
    clause = after.group(1) if after is not None else ""
    if not clause:
        return False
    if clause.startswith(tuple(verbs)) or clause.endswith(tuple(verbs)):
        return True
    # 「…」と主張した: the particle that closes a quote, then a verb listed without it
    particle = _quotative(clause, lang)
    return bool(particle) and clause[len(particle) :].startswith(tuple(verbs))


ADDRESSEE_CHARS = 6  # characters of the one spoken to between a verb that takes one and a quote's colon


def _told_before_colon(before: str, lang: Lang) -> bool:
    """(unspaced) whether the clause before a quote's colon ends in a verb that takes an addressee (``addressee``) and
    the few characters of the one spoken to ("告诉记者：“…”", "告訴路透社：", "告诉《纽约时报》："), no other punctuation
    between."""
    tail = before[-(ADDRESSEE_CHARS + 4) :]
    for verb in lang.addressee:
        at = tail.rfind(verb)
        rest = tail[at + len(verb) :] if at >= 0 else ""
        if rest and len(rest) <= ADDRESSEE_CHARS + 2 and all(c.isalpha() or c in "《》〈〉" for c in rest):
            return True
    return False


_SENTENCE_ENDS = (".", "!", "?", "…", "。", "！", "？")
_CLOSES_SENTENCE = re.compile(r"[ \t\u00a0]*(?:[.!?…。！？]|$)")


def _closes_sentence(text: str, quote: QuoteSpan) -> bool:
    """Whether a quote is the rest of its sentence: its words end with a full stop, an exclamation or a question mark
    ("Peskov mengatakan, “Putin tidak terluka.”", "佩斯科夫说，“普京没有受伤。”"), or one follows right after its closing
    mark, or the text ends there ("佩斯科夫表示，“普京没有受伤”。"). After a cue and its comma that is what the cue
    reports, where a quoted term opens a longer clause ("他表示，“一带一路”倡议是开放的。")."""
    return quote.text.rstrip().endswith(_SENTENCE_ENDS) or _CLOSES_SENTENCE.match(text, quote.end) is not None


def _split_by_cue(before: str, verbs: set[str] | frozenset[str]) -> bool:
    """(unspaced) whether the text before a quote's comma is the cue that split a quote, right after the first part's
    closing mark: a short subject and a speech verb ("“…，”佩斯科夫说，“…”")."""
    close = max(before.rfind(mark) for mark in '”」』"')
    return close >= 0 and 0 < len(before) - close - 1 <= SPLIT_CUE_CHARS and before.endswith(tuple(verbs))


SPLIT_CUE_CHARS = 16  # characters of the subject and verb that split a quote in unspaced text


def _quotative(words: str, lang: Lang) -> str:
    """The longest of the language's particles that close a quote (``quotative``: と) opening ``words``, else ""."""
    return next((p for p in sorted(lang.words("quotative"), key=len, reverse=True) if words.startswith(p)), "")


VERB_LOOKAHEAD = 40  # characters after a quote in which its verb is looked up to be given as written


def _written_verb(att: Attributor, quote: QuoteSpan, verb: str | None) -> str | None:
    """The speech verb as the article writes it: where the language closes a quote with a particle before its verb
    (``quotative``: 「…」と述べた), the verb the rules matched with that particle ("と述") is given without it and
    with its inflected ending ("述べた")."""
    if not verb or not att.lang.words("quotative"):
        return verb
    particle = _quotative(verb, att.lang)
    at = att.text.find(verb, quote.end, quote.end + VERB_LOOKAHEAD)
    if not particle or at < 0:
        return verb
    ending = HIRAGANA.match(att.text, at + len(verb))
    return verb[len(particle) :] + (ending.group(0) if ending else "")


SEPARABLE_REACH = 120  # characters around a quote in which a separable verb's stem and its particle are looked up
_CLAUSE_PUNCT = re.compile(r"[.,;:!?„“”«»\"\n]")


def _separable_written(text: str, quote: QuoteSpan, verb: str | None, lang: Lang) -> str | None:
    """(``separable``) a separable speech verb given whole, its stem and the particle that closes its clause ("kündigte
    … an" -> "kündigte an", "teilte … mit" -> "teilte mit"), where the rules matched only the stem: its nearest
    occurrence before the quote, else after it, the particle the last word of that clause."""
    if not verb or not lang.separable or " " in verb:
        return verb
    particles = lang.separable.get(lang.lemma(verb.lower()))  # the verb's particles, looked up once
    if not particles:
        return verb
    before = text[max(0, quote.start - SEPARABLE_REACH) : quote.start]
    after = text[quote.end : quote.end + SEPARABLE_REACH]
    for window, at in ((before, before.rfind(verb)), (after, after.find(verb))):
        if at < 0 or (at and window[at - 1].isalnum()):
            continue
        rest = window[at + len(verb) :]
        clause = _CLAUSE_PUNCT.split(rest, 1)[0] if _CLAUSE_PUNCT.search(rest) else rest
        words = _WORDS.findall(clause)
        if words and words[-1].lower() in particles:  # what lang.particle_verb says, the verb not lemmatised again
            return f"{verb} {words[-1]}"
    return verb


def _subject_then_verb(clause: str, lang: Lang) -> bool:
    """Whether the clause after a short quote is a subject of names and role words, then a speech verb ("“Nothing
    happened,” the Russian Embassy in Washington said", "“No,” Kremlin spokesman Dmitry Peskov told reporters",
    "“It's absurd,” presidential adviser Mykhailo Podolyak said": lower-case words only before a role noun): a
    longer subject than the first words hold, but no clause of its own ("a term the Kremlin coined and officials
    said": "term" is neither)."""
    words = [m.group(0) for m in _WORDS.finditer(clause)][: SHORT_SUBJECT_WORDS + 1]
    for i, word in enumerate(words):
        if word[0].islower() and lang.is_verb(word):
            if i == 0:
                return False
            role = [bool(lang.person_noun(w)[0]) for w in words[:i]]
            for k in range(i - 2, -1, -1):  # "presidential adviser", "former national security adviser"
                role[k] = role[k] or (role[k + 1] and _modifier(words[k], lang))
            return all(
                w[0].isupper() or w.lower() in lang.skip or w.lower() in lang.prepositions or role[k]
                for k, w in enumerate(words[:i])
            )
    return False


def _modifier(word: str, lang: Lang) -> bool:
    """A lower-case word that may stand before a role noun in a subject ("presidential" adviser, "police" officer):
    no function word of the language and no speech verb."""
    low = word.lower()
    if not word[0].islower() or low in lang.skip or low in lang.prepositions or lang.is_verb(word):
        return False
    return not any(low in lang.words(key) for key in ("conjunctions", "clause_starts", "subordinators"))


_APPOSED = re.compile(r"[ \t\u00a0]*([^,.;:!?\n]{1,60}),([^,.;:!?\n]{1,80}),[ \t\u00a0]*(\w+)")


def _apposed_subject_then_verb(after: str, lang: Lang) -> bool:
    """Whether the clause after a short quote is a name, its apposition between commas, then a speech verb ("“It
    worked perfectly,” Hannah Cole, a NASA engineer, said"): the subject of names only, the apposition of a few words
    with no verb of speech, the verb right after its comma."""
    m = _APPOSED.match(after)
    if m is None or not (m.group(3)[0].islower() and lang.is_verb(m.group(3))):
        return False
    name = [w.group(0) for w in _WORDS.finditer(m.group(1))]
    apposition = [w.group(0) for w in _WORDS.finditer(m.group(2))]
    return (
        0 < len(name) <= 4
        and all(w[0].isupper() for w in name)
        and 0 < len(apposition) <= 8
        and not any(w[0].islower() and lang.is_verb(w) for w in apposition)
    )


def _dash_cue(words: list[str], lang: Lang) -> bool:
    """Whether the first words after a dash-led quote's closing dash are its attribution: a speech verb first, or
    after a word the language skips there ("— сказал он", "- powiedział rzecznik", "— также отметил он")."""
    return lang.is_verb(words[0]) or (len(words) > 1 and words[0].lower() in lang.skip and lang.is_verb(words[1]))


def attribute(
    text: str,
    entities: list[Entity],
    language: str | None = None,
    doc: Any = None,
    roles: Mapping[str, Sequence[str]] | None = None,
) -> tuple[Attributor | None, list[Result]]:
    """The rules' answer: each quote of at least four words with its speaker (or None), and the attributor
    that read them (None when there is no quote). ``roles``: the offices the alias registry gives the people
    the article names, by person id (``Registry.roles``)."""
    lang = for_text(language, text)
    led = dash_led(
        text, lambda words: _dash_cue(words, lang), lang.has("dash_comma_close"), lang.has("dash_after_sentence")
    )
    spans = merge(scan(text), led)
    if not spans:
        return None, []
    kept = [q for q in spans if _big_enough(q.text) or _said_right_there(text, q, lang)]
    if not kept:
        return None, []
    att = Attributor(text, entities, lang, spans, doc, roles)
    return att, att.run(kept)


def find_quotes(
    text: str,
    entities: list[Entity],
    language: str | None = None,
    doc: Any = None,
    roles: Mapping[str, Sequence[str]] | None = None,
) -> list[Quote]:
    """Direct quotes of at least four words, each with its speaker when the text says who it is.

    ``doc`` is the spaCy ``Doc`` entity-enrich made of the same text, if any; it is
    accepted so callers can pass it, and used when it carries a dependency parse.
    The rules answer first; a quote they leave without a speaker gets the ranker's
    (``rank``) best candidate when it is sure enough.
    """
    att, results = attribute(text, entities, language, doc, roles)
    if att is None:
        return []
    return [
        Quote(
            text=q.text,
            speaker=speaker.name if speaker else None,
            speaker_id=speaker.id if speaker else None,
            speaker_label=speaker.label if speaker else None,
            verb=_separable_written(text, q, _written_verb(att, q, found.verb), att.lang) if found else None,
            start=q.start,
            end=q.end,
        )
        for q, speaker, found in rank.fill(att, results)
    ]
