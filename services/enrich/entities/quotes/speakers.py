"""Who may speak: the noun phrases of a clause, and what they stand for in the article.

A candidate is an entity mention (person, organisation, place as institution), a
capitalised name the recogniser missed, a pronoun, a title phrase ("the Kremlin
spokesman", a speaker only once the article names the person behind it) or an
institution phrase ("the Russian foreign ministry"). A candidate right after a
preposition ("told Fox News", "with Biden") or before a possessive ("Putin's
spokesman") is not a subject.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Collection, Container, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property

from wirestream.contracts import Entity, Mention
from wirestream.services.enrich import languages
from wirestream.services.enrich.entities.geo import BRANDS, Place, towns_own_name
from wirestream.services.enrich.entities.name_data import english_surnames, given_name_gender
from wirestream.services.enrich.entities.name_words import NOUN_SUFFIXES, arabic_family_name, given_name
from wirestream.services.enrich.entities.quotes.language import (
    Lang,
    common_word,
    declined_noun,
    inflected_noun,
    known_word,
    nation_adjective,
)
from wirestream.services.enrich.entities.quotes.marks import QUOTE_MARKS
from wirestream.services.enrich.entities.quotes.text import Token, _inside_name
from wirestream.services.enrich.entities.registry import case_forms, folded
from wirestream.services.enrich.languages import cldr
from wirestream.services.enrich.lexicon import PLATFORM_NAMES

SPEAKER_LABELS = {"PERSON", "ORG", "GPE", "FAC", "LOC"}
_ORGISH = {"ORG", "GPE", "FAC", "LOC"}
# Recogniser labels of things with capitalised names that are no one's: a song, a storm, an act.
_THING_LABELS = {"WORK_OF_ART", "EVENT", "LAW"}
# Function words are each language's (``QUOTES`` in services/enrich/languages/<code>.py, keys in lexicon.py):
# a set checked whatever the article's language is the union of every language's, a table is by language.
_CONJUNCTIONS = languages.union("QUOTES", "conjunctions")
_LEGAL_FORMS = languages.union("QUOTES", "legal_forms")  # "GmbH", "AG": a company's name goes without them
_CONJUNCTIONS_BY: dict[str, set[str]] = languages.by_language("QUOTES", "conjunctions")
_PARTICLES = languages.union("QUOTES", "name_particles")
# Another language's name particle that is a plain word here ("al": "to the" in Italian, Spanish, Portuguese).
_NOT_PARTICLES: dict[str, set[str]] = languages.by_language("QUOTES", "not_name_particles")
_PUNCT_BREAK = set(',;:()[]—–-"“”«»„')
# Spokesman, spokeswoman and press secretary are the same role for the title bindings.
# Words that make the next capitalised word a common noun, not a name (German nouns are all capitalised).
_NEAR_INSTITUTIONS = 1500  # characters before "the ministry" in which two different ministries make it nobody's
_ARTICLES: dict[str, set[str]] = languages.by_language("QUOTES", "articles")
# Words for a news outlet, before its name ("Agentur Tass"): the names finder's table (``NAME_OUTLET_WORDS``).
_OUTLET_WORDS: dict[str, tuple[str, ...]] = languages.table("NAME_OUTLET_WORDS")
_ARTICLE_GENDER: dict[str, dict[str, str | None]] = languages.by_language("QUOTES", "article_gender")
_ACRONYM = re.compile(r"[A-ZÄÖÜ][A-Za-zÄÖÜäöü]{0,6}[A-ZÄÖÜ][A-Za-zÄÖÜäöü]?")
_ROLE_GROUPS: dict[str, str] = {
    form: group for data in languages.table("QUOTES").values() for form, group in data.get("role_groups", {}).items()
}
# Prepositions that are also a definite article ("a" in Portuguese): before an organisation, the article.
_OF_WORDS = languages.union("QUOTES", "of_words")
_ARTICLE_TOO: dict[str, set[str]] = languages.by_language("QUOTES", "article_too")
# The bodies a title's genitive names that are one office ("пресс-секретарь президента", "представитель Кремля").
# The role an abbreviated honorific stands for, by language ("Sen." a senator): a title the name holds.
_HONORIFIC_ROLES: dict[str, dict[str, str]] = {
    code: data.get("honorific_roles", {}) for code, data in languages.table("QUOTES").items()
}
_BODY_GROUPS: dict[str, str] = {
    form: group for data in languages.table("QUOTES").values() for form, group in data.get("body_groups", {}).items()
}
# ... by language: "президент" is the Kremlin in Russian copy, in Ukrainian copy Ukraine's president (Zelensky's
# spokesman, "прес-секретар президента", is no "речник Кремля").
_LANGUAGE_BODY_GROUPS: dict[str, dict[str, str]] = languages.by_language("QUOTES", "body_groups")


def _endings(gender: str) -> re.Pattern[str]:
    """Surname endings that show a person's gender, every language's (``SURNAME_ENDINGS``: Petrova, Kowalska)."""
    found = {e for table in languages.table("SURNAME_ENDINGS").values() for e in table.get(gender, ())}
    return re.compile(rf"(?:{'|'.join(sorted(map(re.escape, found), key=lambda e: (-len(e), e)))})$", re.I)


_SURNAME_FEMALE = _endings("f")
_SURNAME_MALE = _endings("m")
# A country written as one kanji between a name and its title ("ブリンケン米国務長官": ``NAME_COUNTRY_SHORT``).
_COUNTRY_SHORT: dict[str, frozenset[str]] = {
    code: frozenset(words.split()) for code, words in languages.table("NAME_COUNTRY_SHORT").items()
}
# Possessive endings written as a token of their own ("Putin's spokesman").
_POSSESSIVE = languages.union("QUOTES", "possessive")
_SPOKESPERSON = languages.union("QUOTES", "spokesperson")
# Words between a title and the body it is of ("spokesman for", "porte-parole du", "Sprecher von").
_TITLE_OF = languages.union("QUOTES", "title_of")
# "Of" words that do not join a name to the institution before them ("Ministerium der", "Ministério dos").
_OF_NOT_JOINING = languages.union("QUOTES", "of_not_joining")
# Lower-case words inside an institution's name ("Department of Health and Human Services").
_NAME_JOINERS = languages.union("QUOTES", "name_joiners")
# Institution heads that end common nouns too ("Verrat", "Maßstab"): a compound on them is no body by itself.
_SHORT_HEADS = ("amt", "rat", "stab", "dienst")
# English words inside a body's name, which a German text keeps as written ("Council on Foreign Relations").
_ENGLISH_JOINERS = frozenset({"on", "of", "for", "the", "and"})
# Articles that do not qualify a title: "the spokesman" is the same role as "spokesman".
_TITLE_ARTICLES = languages.union("QUOTES", "title_articles")
# Pronouns that, capitalised after the clause start, are something else ("IT", "It" in a name).
_CAPITALISED_NOT_PRONOUN = languages.union("QUOTES", "capitalised_not_pronoun")
_GENERIC_HEADS = languages.union("QUOTES", "generic_heads")
# Heads of a document phrase ("the statement", "die Mitteilung"): the document of a body, no speaker of its own.
_DOCUMENT_HEADS = languages.union("QUOTES", "document_heads")
# Words between a document's head and its author ("a report from Kotak", "a statement by the ministry").
_DOCUMENT_BY = languages.union("QUOTES", "document_by")
# Words of a registered role that qualify nothing ("porte-parole du Kremlin", "Sprecher des Kremls", Arabic "باسم").
_ROLE_FILLERS = _TITLE_ARTICLES | _OF_WORDS | languages.union("QUOTES", "articles") | _TITLE_OF
_HYPHENS = str.maketrans("", "", "-‐‑")
# (``article_prefixes``) an article with a preposition written onto it, as the article alone (Arabic "لل": "ال").
_ARTICLE_PREFIXES: dict[str, dict[str, str]] = languages.by_language("QUOTES", "article_prefixes")


def _role_word_fits(a: str, b: str) -> bool:
    """Whether two folded words are one word in two cases ("kremls", "kremlin"; "кремля", "кремль"): equal, or
    sharing at least four letters after which the shorter has at most two left and the longer at most three
    ("kremlchef" is no "kremlsprecher", "spokeswoman" no "spokesman")."""
    if a == b:
        return True
    n = _shared_prefix(a, b)
    short, long_ = sorted((len(a), len(b)))
    return n >= 4 and short - n <= 2 and long_ - n <= 3


def _shared_prefix(a: str, b: str) -> int:
    """How many letters two words share from their start: what :func:`_role_word_fits` and :func:`_same_stem` measure."""
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _same_stem(a: str, b: str) -> bool:
    """Whether two folded words share a stem: six letters at least, the shorter word at most two longer
    ("présidence", "président"; "presidencial", "presidente"; "ministry", "minister")."""
    n = _shared_prefix(a, b)
    return n >= 6 and n >= min(len(a), len(b)) - 2


def _role_words(phrase: str) -> list[str]:
    """A registered role's words that qualify it, folded, hyphens dropped ("Kreml-Sprecher": kremlsprecher)."""
    return [w for w in folded(phrase).translate(_HYPHENS).split() if w not in _ROLE_FILLERS]


def _standalone_body_name(words: list[Token], name: str) -> str:
    """A German body's name as it stands alone, its first adjective's weak "-en" after an article made "-e"
    ("ein Sprecher der Deutschen Post" -> "Deutsche Post") when the noun shows no case ending ("-s", "-n")."""
    if len(words) >= 2 and words[0].low.endswith("en") and words[-1].low[-1:] not in ("s", "n"):
        return words[0].text[:-1] + name[len(words[0].text) :]
    return name


def _bare_noun(low: str, lang: Lang, compound: str | None = None) -> str | None:
    """A lone institution noun of the lexicon ("polizei", "ministeriums", "amtes"), which names no one body, as the
    lexicon writes it; with ``compound`` (the word as written), a compound's nominative instead ("Innenministeriums"
    -> "Innenministerium") when it has a genitive "-s"/"-es" whose stem is an institution. None otherwise."""
    stems = lang.genitive_stems(low)
    if compound is None:
        return next((w for w in stems if w in lang.institutions), None)
    for w in sorted(stems[1:], key=len):  # the shortest stem first: "Amtes" is Amt
        if lang.is_institution(w):
            return compound[: len(w)]
    return None


def _common_prefix(words: list[str], lang: Lang) -> int:
    """How many words open a capitalised run as the name of a body rather than of a person:
    "Affari Esteri | Antonio Tajani" (after "ministro degli"), "Estado | Ana Pérez" (after "secretaria de").
    Those words are each a common word of the dictionary, and none of the two or more after them is.
    0 when the run is not so split; never in English (no dictionary check) nor German (nouns capitalised)."""
    if lang.has("no_dictionary_check") or lang.nouns_capitalised or lang.unspaced or len(words) < 3:
        return 0
    common = [common_word(w.lower(), lang.code) for w in words]
    if common[0] and given_name(words[0], lang.code):
        return 0  # "Ahmed Ebul Gayt", "Mehmet Ali Yılmaz": a given name the dictionary lists too opens a person's name
    for m in range(1, len(words) - 1):
        if all(common[:m]) and not any(common[m:]):
            return m
    return 0


@dataclass
class Speaker:
    """What a quote is attributed to: an entity, or a name or institution the article gives."""

    name: str
    id: str | None
    label: str
    gender: str | None = None
    key: str = ""  # identity within the article (entity id or name)


@dataclass
class Cand:
    i: int  # first token
    j: int  # one past the last token
    kind: str  # person, org, pronoun, relative, title, inst
    start: int
    end: int
    speaker: Speaker | None = None
    gender: str | None = None
    excluded: bool = False
    head: str = ""  # a title's role, an institution's head noun
    modifiers: frozenset[str] = field(default_factory=frozenset)
    of: Speaker | None = None  # the organisation a title belongs to ("a spokesman for Rheinmetall")
    of_unread: bool = False  # a title of a body named after it that no reading gave ("ein Sprecher der Polizei Köln")
    low: str = ""  # a pronoun's word
    body: str = ""  # (``head_first_titles``) the body a title's genitive names ("представитель Кремля": "кремль")
    role: str = ""  # a title's role word before ``role_groups`` merged it ("представитель")


# (``_owner_surname``) the genitive and dative of an adjectival East Slavic surname ("Зеленского", "Зеленському"),
# and of a Polish one in "-ski", "-cki" ("Zełenskiego", "Zełenskiemu"): no surname in the nominative ends so
_ADJECTIVAL_OBLIQUE = ("ого", "ому", "skiego", "skiemu", "ckiego", "ckiemu")


def _bare_title(title: Cand, besides: Collection[str] = ()) -> bool:
    """A title with no word of its own that narrows it ("le président", "der Sprecher"): no modifier but an article
    (or one of ``besides``), no body it is of."""
    return not (title.modifiers - _TITLE_ARTICLES - set(besides)) and title.of is None and not title.body


def _entity_speaker(e: Entity) -> Speaker:
    return Speaker(name=e.name, id=e.id, label=e.label, key=e.id or f"{e.label}:{e.name.casefold()}")


class Cast:
    """The article's entities and the names, titles and genders that point at them."""

    def __init__(
        self,
        text: str,
        toks: list[Token],
        entities: list[Entity],
        lang: Lang,
        roles: Mapping[str, Sequence[str]] | None = None,
    ) -> None:
        self.text = text
        self.toks = toks
        self.lang = lang
        # (registered_role) the offices the alias registry gives the people the article names, by person id
        self.roles = {i: [_role_words(r) for r in rs] for i, rs in (roles or {}).items()}
        # (_holders_of_role_word) each office's words up to its role word, in this language: whom it serves is no role
        self._role_heads = {i: [self._office_head(r) for r in rs] for i, rs in (roles or {}).items()}
        self.tok_starts = [t.start for t in toks]
        self._written = {t.text for t in toks if t.word}
        # (_opening_word) prepositions, conjunctions, subordinators and clause openers of the language, not particles
        self._cue_words = frozenset(cue[0] for cue in lang.cues if len(cue) == 1)  # "laut", "gemäß", "según"
        self._opening_words = (
            lang.prepositions
            | _CONJUNCTIONS_BY.get(lang.code, set())
            | lang.words("subordinators")
            | lang.words("clause_starts")
            | self._cue_words  # "Laut Jannik Obermeier": the cue opens no name
        ) - _PARTICLES
        self.mentions: dict[int, tuple[int, Entity]] = {}  # first token -> (end token, entity)
        self.places = {m.text for e in entities if e.label in ("GPE", "LOC") for m in e.mentions}  # as written
        self.in_mention: set[int] = set()
        entities = self._body_before_name(self._appositions([self._as_written(e) for e in entities]))
        entities = self._without_noun_tails(self._without_short_forms(self._people_read_as_bodies(entities)))
        entities = self._bodies_by_first_word(entities)
        entities = self._without_roles_read_as_bodies(entities)
        self._apposed_genders: dict[str, str | None] = {}
        entities = self._people_read_as_places(entities)
        entities = self._surnames_read_as_towns(self._cited_after_outlets(self._names_over_lines(entities)))
        self._titles_of_things: set[int] = set()  # tokens of works, events and laws the recogniser tagged
        for e in entities:
            if e.label in _THING_LABELS:
                for m in e.mentions:
                    i, j = bisect_left(self.tok_starts, m.start), bisect_left(self.tok_starts, m.end)
                    self._titles_of_things.update(range(i, min(j, i + 12)))
            if e.label not in SPEAKER_LABELS and e.label != "NORP":
                continue
            if e.label == "PERSON" and e.name.split()[-1].casefold().rstrip(".") in lang.honorifics:
                # "Landesbranddirektor Dr" from "Landesbranddirektor Dr. Karsten Homrighausen": the recogniser
                # stopped at the abbreviation's full stop; the name is after it, this is no one
                continue
            for m in e.mentions:
                i = bisect_left(self.tok_starts, m.start)
                j = bisect_left(self.tok_starts, m.end)
                if i >= j:
                    continue
                if i in self.mentions and self.mentions[i][0] >= j:
                    continue
                self.mentions[i] = (j, e)
                self.in_mention.update(range(i, j))
        # organisations by the name they go by: "Rheinmetall" alone after "Rüstungskonzern Rheinmetall"
        self._orgs = {e.name.casefold(): e for e in entities if e.label == "ORG"}
        for e in entities:  # and without their legal form: "Cansativa" alone after "Cansativa GmbH"
            words = e.name.casefold().split()
            if e.label == "ORG" and len(words) > 1 and words[-1] in _LEGAL_FORMS:
                self._orgs.setdefault(" ".join(words[:-1]), e)
        self._bodies = {e.name.casefold(): e for e in entities if e.label in _ORGISH}  # places too
        self._body_forms: dict[str, Entity] | None = None  # (body_by_form) each body by its mentions, when asked
        self.people = [e for e in entities if e.label == "PERSON"]
        self._words: dict[str, Entity] = {}
        for e in self.people:
            for part in [e.name, *(m.text for m in e.mentions)]:
                words = part.split()
                if words:
                    for w in (words[-1], words[0]) if len(words) > 1 else (words[0],):
                        self._words.setdefault(w.casefold().rstrip("'’s"), e)
        self.genders: dict[str, Counter[str]] = {}
        self._given_genders: dict[str, str | None] = dict(self._apposed_genders)  # by speaker key: what the name shows
        # (role, modifiers, person, where, body, role word as written, the word its "of" governs: _governed_word)
        self.bindings: list[tuple[str, frozenset[str], Speaker, int, str, str, tuple[str, bool]]] = []
        # by speaker key: the folded words of whom or what their bound office serves ("présidence", "president" in
        # "conseiller de la présidence", "an adviser to the president"): another's office, not theirs
        self.served: dict[str, set[str]] = {}
        self.institutions: list[Cand] = []
        self._institution_phrases = sorted(
            {tuple(p.split()) for p in lang.institutions if " " in p}, key=len, reverse=True
        )
        self._proper = self._proper_words()
        self._bare = self._bare_words()
        self._alone = self._alone_words()
        self.full_names = self._full_names()

    def _without_short_forms(self, entities: list[Entity]) -> list[Entity]:
        """Without a one-word "person" that is the last word of a place's or body's name the article gives
        ("Florida Keys"), written after an article each time ("The Keys closed its doors"): the short form of that
        place, which the recogniser took for a surname. People are named without an article."""
        tails = {e.name.split()[-1] for e in entities if e.label in _ORGISH and len(e.name.split()) > 1}
        articles = self.lang.skip | _ARTICLES.get(self.lang.code, set())

        def after_article(m: Mention) -> bool:
            before = self.text[max(0, m.start - 12) : m.start].split()
            return bool(before) and before[-1].casefold() in articles

        return [
            e
            for e in entities
            if not (
                e.label == "PERSON"
                and e.id is None
                and e.name in tails
                and e.mentions
                and all(m.text == e.name and after_article(m) for m in e.mentions)
            )
        ]

    def _without_noun_tails(self, entities: list[Entity]) -> list[Entity]:
        """Without a "person" of a given name and a common noun's inflected form, in a language that capitalises
        nouns, where the article writes the given name alone elsewhere ("Dey bestellt Gianni Snacks" beside
        "Gianni antwortet"): the named one and the object of the verb side by side, not a full name. A surname is
        its own form in the dictionary ("Müller", "Fischer"), never an inflected noun."""
        if not self.lang.nouns_capitalised:
            return entities
        firsts = Counter(t.text for t in self.toks if t.word and t.capitalised)

        def noun_tail(e: Entity) -> bool:
            words = e.name.split()
            return (
                e.label == "PERSON"
                and e.id is None
                and len(words) == 2
                and inflected_noun(words[1], self.lang.code)
                and all(m.text == e.name for m in e.mentions)
                and firsts[words[0]] > len(e.mentions)
            )

        return [e for e in entities if not noun_tail(e)]

    def _without_roles_read_as_bodies(self, entities: list[Entity]) -> list[Entity]:
        """Without an "organisation" that is a role written in lower case with the body it serves ("a affirmé le
        ministre des Affaires étrangères, Anatoli Volkov": the recogniser read "ministre des Affaires étrangères" as
        one body): a role is no body's name, and the title rules bind it to the name in its apposition or to no one.
        A body's name starts with a capital or with an institution's noun ("ministère de la Défense")."""

        def opens_sentence(m: Mention) -> bool:
            before = self.text[max(0, m.start - 3) : m.start].rstrip()
            return not before or before[-1] in ".!?\n"

        def role(e: Entity) -> bool:
            words = e.name.split()
            # (``head_first_titles``) or capitalised where each mention opens a sentence ("Координатор Ради
            # нацбезпеки США додав": the title and the council it governs)
            lower = words[0][:1].islower() if words else False
            opening = self.lang.has("head_first_titles") and all(opens_sentence(m) for m in e.mentions)
            return (
                e.label == "ORG"
                and e.id is None
                and len(words) > 1
                and (lower or opening)
                and not self.lang.is_institution(words[0])
                and self.lang.title_gender(words[0])[0]
            )

        return [e for e in entities if not role(e)]

    def _people_read_as_bodies(self, entities: list[Entity]) -> list[Entity]:
        """A person the recogniser labelled an organisation where the article first names them in full
        ("Steenburgen's son, filmmaker Charlie McDowell" as ORG, then "McDowell laughed" as PERSON): an
        organisation of two or three capitalised words that opens with a given name and ends with the surname of a
        person of the article is that person, named in full, its mentions theirs ("Morgan Stanley" stays a body
        unless the article also has a person called Stanley)."""
        by_surname: dict[str, int] = {}
        for n, e in enumerate(entities):
            if e.label == "PERSON" and e.name.split():
                by_surname.setdefault(e.name.split()[-1], n)
        if not by_surname:
            return entities
        out = list(entities)
        dropped: set[int] = set()
        for n, e in enumerate(entities):
            words = e.name.split()
            if e.label != "ORG" or e.id is not None or not 2 <= len(words) <= 3 or words[-1] not in by_surname:
                continue
            if not given_name(words[0], self.lang.code) or any(
                not w[:1].isupper() or self.lang.is_institution(w) for w in words
            ):
                continue
            k = by_surname[words[-1]]
            person = out[k]
            name = e.name if len(person.name.split()) < len(words) and person.id is None else person.name
            out[k] = person.model_copy(update={"name": name, "mentions": [*person.mentions, *e.mentions]})
            dropped.add(n)
        return [e for n, e in enumerate(out) if n not in dropped]

    def _bodies_by_first_word(self, entities: list[Entity]) -> list[Entity]:
        """(``first_word_bodies``) An organisation of one word that is the first word of the one longer organisation
        of the article ("Nkechi" after "Nkechi Okafor", both read as bodies; "Goldman" after "Goldman Sachs") is
        that organisation by the word it goes by: its mentions are the longer one's, so a quote "Nkechi said" is
        given to the name the article wrote in full. Left alone where two longer ones open with the word."""
        if not self.lang.has("first_word_bodies"):
            return entities
        longer: dict[str, list[int]] = {}
        for n, e in enumerate(entities):
            words = e.name.split()
            if e.label == "ORG" and e.id is None and 2 <= len(words) <= 3:
                longer.setdefault(words[0], []).append(n)
        if not longer:
            return entities
        out = list(entities)
        dropped: set[int] = set()
        for n, e in enumerate(entities):
            if e.label != "ORG" or e.id is not None or " " in e.name or len(longer.get(e.name, ())) != 1:
                continue
            k = longer[e.name][0]
            out[k] = out[k].model_copy(update={"mentions": [*out[k].mentions, *e.mentions]})
            dropped.add(n)
        return [e for n, e in enumerate(out) if n not in dropped]

    def _people_read_as_places(self, entities: list[Entity]) -> list[Entity]:
        """A person the recogniser labelled a place where the article introduces them by a person noun in apposition
        ("le mot d’une femme, Cha Soona, qui …", "eine Frau, Mi-rae Kim,"): no place is introduced so. A full name
        (two words or more) the registry does not know; its mentions and those of a place the article names by its
        last word alone ("Soona, elle, n’a pas changé") are that person's, of the noun's gender."""
        articles = _ARTICLES.get(self.lang.code, set()) | self.lang.words("definite") | self.lang.words("indefinite")
        people: dict[int, str | None] = {}
        for n, e in enumerate(entities):
            if e.label not in ("GPE", "LOC") or e.id is not None or len(e.name.split()) < 2:
                continue
            for m in e.mentions[:20]:
                i = bisect_left(self.tok_starts, m.start)
                if i < 3 or self.toks[i - 1].text != "," or self.toks[i - 3].low not in articles:
                    continue
                noun, gender = self.lang.person_noun(self.toks[i - 2].text)
                if noun:
                    people[n] = gender
                    break
        if not people:
            return entities
        out = list(entities)
        by_last = {entities[n].name.split()[-1]: n for n in people}
        dropped: set[int] = set()
        for n, e in enumerate(entities):
            k = by_last.get(e.name)
            if k is not None and e.label in ("GPE", "LOC") and e.id is None:
                out[k] = out[k].model_copy(update={"mentions": [*out[k].mentions, *e.mentions]})
                dropped.add(n)
        for n, gender in people.items():
            out[n] = out[n].model_copy(update={"label": "PERSON"})
            self._apposed_genders[f"PERSON:{out[n].name.casefold()}"] = gender
        return [e for n, e in enumerate(out) if n not in dropped]

    def _cited_after_outlets(self, entities: list[Entity]) -> list[Entity]:
        """(``citing``, ``lone_surname_endings``) a body the recogniser read over a news outlet and the one it cites,
        right after a verb of citing ("„…“, zitierte die Agentur Tass Kirijenko": "Agentur Tass Kirijenko"): the outlet
        is its kind's word and the one name after it (``NAME_OUTLET_WORDS``: "Agentur Tass"), the person cited the
        surname after that, spelt as a Russian or Ukrainian one. Registered bodies stay as they are."""
        outlets = tuple(_OUTLET_WORDS.get(self.lang.code, ()))
        if not outlets or not self.lang.words("lone_surname_endings"):
            return entities
        out: list[Entity] = []
        cited: list[Entity] = []
        for e in entities:
            if e.label != "ORG" or e.id is not None:
                out.append(e)
                continue
            kept = []
            for m in e.mentions:
                k = bisect_left(self.tok_starts, m.start)
                j = bisect_left(self.tok_starts, m.end)
                if self._cited_at(k, j, outlets):
                    last = self.toks[j - 1]
                    cited.append(
                        Entity(
                            name=last.text,
                            label="PERSON",
                            count=1,
                            mentions=[Mention(text=last.text, start=last.start, end=last.end)],
                        )
                    )
                    m = Mention(text=self.text[m.start : self.toks[j - 2].end], start=m.start, end=self.toks[j - 2].end)
                kept.append(m)
            out.append(e if kept == e.mentions else e.model_copy(update={"mentions": kept}))
        return out + cited

    def _cited_at(self, k: int, j: int, outlets: tuple[str, ...]) -> bool:
        """Whether tokens k..j are an outlet's kind, its one-word name and a surname after a verb of citing (an
        article between): see :meth:`_cited_after_outlets`."""
        toks = self.toks
        if j - k != 3 or j > len(toks) or not toks[k].low.endswith(outlets):
            return False
        v = k - 1
        if v >= 0 and toks[v].low in _ARTICLES.get(self.lang.code, ()):
            v -= 1
        if v < 0 or not toks[v].text.islower() or self.lang.verb_lemma(toks[v].low) not in self.lang.words("citing"):
            return False
        return (
            toks[k + 1].capitalised
            and self.lang.surname_spelt(toks[j - 1].text)
            and not known_word(toks[j - 1].text, self.lang.code)
        )

    def _name_over_line(self, k: int, j: int) -> bool:
        """Whether a single line break between tokens k and j cuts a name (``text._inside_name``: "sagte der Minister
        Boris⏎Pistorius."), neither word a common word of the language."""
        start, end = self.toks[k].end, self.toks[j].start
        return _inside_name(self.text, start, end, self.lang.common)

    def _names_over_lines(self, entities: list[Entity]) -> list[Entity]:
        """A person the recogniser read up to a line break that cuts the name ("Boris" of "Boris⏎Pistorius": the
        page wrapped its line there): the name with the capitalised word that opens the next line, which no other
        entity holds (:meth:`_name_over_line`)."""
        held = {bisect_left(self.tok_starts, m.start) for e in entities for m in e.mentions}
        out = []
        for e in entities:
            if e.label != "PERSON" or e.id is not None:
                out.append(e)
                continue
            mentions = []
            for m in e.mentions:
                j = bisect_left(self.tok_starts, m.end)
                k = j - 1
                if (
                    0 <= k < j < len(self.toks)
                    and j not in held
                    and self.toks[k].end == m.end
                    and self._name_over_line(k, j)
                ):
                    last = self.toks[j]
                    m = Mention(text=f"{m.text} {last.text}", start=m.start, end=last.end)
                mentions.append(m)
            if mentions == e.mentions:
                out.append(e)
                continue
            longest = max((m.text for m in mentions), key=len)
            name = longest if len(longest) > len(e.name) else e.name
            out.append(e.model_copy(update={"name": name, "mentions": mentions}))
        return out

    def _surnames_read_as_towns(self, entities: list[Entity]) -> list[Entity]:
        """(nouns capitalised) A one-word place the gazetteer read by a name that is only another name of the town (not
        its own name, nor its own name in the language's spelling, nor a name the language's dictionary lists:
        "Jusow" of Donetsk, not "Donezk", "Kiew" or "Moskau") where a person's surname stands, right after a
        lower-case speech verb ("„…“, sagte Jusow.") or opening its sentence right before one ("Jusow sagte: „…“"):
        that mention is the person named by surname, not the town; the place keeps its other mentions."""
        if not self.lang.nouns_capitalised:
            return entities
        out: list[Entity] = []
        surnames: dict[str, list[Mention]] = {}
        for e in entities:
            if e.label not in ("GPE", "LOC") or e.id is not None or (e.geo is not None and e.geo.source != "gazetteer"):
                out.append(e)
                continue
            geo = e.geo
            place = (
                Place(e.name, geo.latitude, geo.longitude, geo.country_code, 0, "city")
                if geo
                else Place(e.name, 0, 0, "", 0, "city")
            )
            moved = [m for m in e.mentions[:20] if self._surname_at_verb(m, place, located=geo is not None)]
            if not moved:
                out.append(e)
                continue
            for m in moved:
                surnames.setdefault(m.text, []).append(m)
            kept = [m for m in e.mentions if m not in moved]
            if kept:
                out.append(e.model_copy(update={"mentions": kept, "count": len(kept)}))
        out += [Entity(name=n, label="PERSON", count=len(ms), mentions=ms) for n, ms in surnames.items()]
        return out

    def _surname_at_verb(self, m: Mention, place: Place, located: bool) -> bool:
        """Whether a place's mention is one capitalised word that is only another name of that town (see
        :meth:`_surnames_read_as_towns`), or a place the gazetteer did not locate (``located``) spelt as a Russian or
        Ukrainian surname ("Schewtschenko"; not "Charkow", Kharkiv's old name), right after a lower-case speech verb
        or opening its sentence before one."""
        form = m.text
        if not form.isalpha() or not form[:1].isupper():
            return False
        i = bisect_left(self.tok_starts, m.start)
        if i >= len(self.toks) or self.toks[i].end != m.end:
            return False
        before = self.toks[i - 1] if i > 0 else None
        after = self.toks[i + 1] if i + 1 < len(self.toks) else None
        spoken = before is not None and before.text.islower() and self.lang.is_verb(before.text)
        opening = (before is None or before.text in (".", "!", "?") or "\n" in self.text[before.end : m.start]) and (
            after is not None and after.text.islower() and self.lang.is_verb(after.text)
        )
        if not spoken and not opening:
            return False
        if known_word(form, self.lang.code):
            return False  # "sagte Kiew", "sagte Moskau": a name the language's dictionary lists
        if not located and self.lang.surname_spelt(form):
            return True  # "sagte Schewtschenko": spelt as a surname, though a town has that name too
        # the town's own name, or the first part of it ("Rostow" of Rostov-on-Don), as written, respelt ("Charkiw") or
        # with other vowels ("Charkow", Kharkiv's Russian name)
        return not towns_own_name(form, place, self.lang.code)

    def _as_written(self, e: Entity) -> Entity:
        """A person the recogniser named by a form the article never writes ("Поризков" for a woman the article
        calls "Поризкова" in every mention): the form the article writes most, when every mention extends the
        recogniser's name. Registry entities keep their canonical name."""
        if e.label != "PERSON" or e.id is not None or not e.mentions:
            return e
        if any(m.text == e.name or not m.text.startswith(e.name) for m in e.mentions):
            return e  # the name as written, or mentions that are not its longer forms
        form, _ = Counter(m.text for m in e.mentions).most_common(1)[0]
        if len(form) - len(e.name) > 3 or all(w in self._written for w in e.name.split()):
            return e  # the article writes the name itself somewhere
        if self.lang.has("genitive_s") and " " in e.name and form[len(e.name) :] in ("s", "'", "’"):
            return e  # "Lars Petersens Worte": the genitive of a full name, not another form of it (not "Woods")
        return e.model_copy(update={"name": form})

    def _body_before_name(self, entities: list[Entity]) -> list[Entity]:
        """A person the recogniser read with the body before the name ("Affari Esteri Antonio Tajani" after
        "ministro degli"): the name is the words after the common ones; mentions start there too."""
        out = []
        for e in entities:
            words = e.name.split()
            if e.label == "PERSON" and e.id is None and len(words) >= 3:
                m = _common_prefix(words, self.lang)
                if m:
                    name = " ".join(words[m:])
                    mentions = []
                    for x in e.mentions:
                        cut = x.text.find(name)
                        mentions.append(x if cut < 0 else x.model_copy(update={"text": name, "start": x.start + cut}))
                    e = e.model_copy(update={"name": name, "mentions": mentions})
            out.append(e)
        return out

    def _appositions(self, entities: list[Entity]) -> list[Entity]:
        """German organisations named with their kind in front ("Rüstungskonzern Rheinmetall",
        "Autobauer Volkswagen" as one capitalised run): the speaker is the name after the kind word,
        unless that name is a place ("Datenschutzbehörde Nordrhein-Westfalen" stays whole)."""
        if not self.lang.has("kind_before_name"):
            return entities
        places = {e.name.casefold() for e in entities if e.label in ("GPE", "LOC")}
        out = []
        for e in entities:
            words = e.name.split()
            if (
                e.label == "ORG"
                and e.id is None
                and len(words) > 1
                and self.lang.is_institution(words[0])
                and not any(self.lang.is_institution(w) for w in words[1:])
                and " ".join(words[1:]).casefold() not in places
            ):
                e = e.model_copy(update={"name": " ".join(words[1:])})
            out.append(e)
        return out

    # --- names -------------------------------------------------------------------------------

    def _proper_words(self) -> set[str]:
        """Capitalised words seen in mid-sentence: names, not sentence-initial common words."""
        proper = set()
        prev = None
        for t in self.toks:
            if t.capitalised and prev is not None and prev.text not in ".!?…\n" and prev.word:
                proper.add(t.text)
            prev = t
        return proper

    def _bare_words(self) -> set[str]:
        """Capitalised words the article also writes with no name particle before them ("Cansativa" alone)."""
        bare = set()
        prev = None
        for t in self.toks:
            if t.capitalised and (prev is None or prev.low not in _PARTICLES):
                bare.add(t.text)
            prev = t
        return bare

    def _alone_words(self) -> set[str]:
        """Capitalised words the article writes as a one-word run in mid-sentence at least once ("und Aron lacht")."""
        alone = set()
        toks = self.toks
        for n, t in enumerate(toks):
            if not (t.word and t.capitalised) or n == 0 or t.text not in self._proper:
                continue
            prev, nxt = toks[n - 1], toks[n + 1] if n + 1 < len(toks) else None
            if prev.word and not prev.capitalised and (nxt is None or not (nxt.word and nxt.capitalised)):
                alone.add(t.text)
        return alone

    def _lone_given(self, word: str) -> bool:
        """A given name the article uses alone for someone ("Aron schreibt:", "Gianni antwortet:" in a column that
        never gives their surnames): a name, though the article never writes it in full. Not a common word
        ("Rose", "Mark") and not in a language without the dictionary check (English has a recogniser)."""
        return (
            not self.lang.has("no_dictionary_check")
            and word in self._alone
            and given_name(word, self.lang.code)
            and not common_word(word.lower(), self.lang.code)
            and word.lower() not in cldr.month_names(self.lang.code)  # "Juni", "August": dates, not people
            and word.lower() not in cldr.weekday_names(self.lang.code)
        )

    def _abstract_noun(self, word: str) -> bool:
        """(``NAME_NOUN_SUFFIXES``, where nouns are capitalised) a dictionary word with an abstract noun's ending
        ("Veröffentlichung", "Gesellschaft"): no given name."""
        return (
            self.lang.nouns_capitalised
            and word.lower().endswith(NOUN_SUFFIXES.get(self.lang.code, ()) or ("\0",))
            and known_word(word, self.lang.code)
        )

    def _is_date(self, words: list[str]) -> bool:
        """A capitalised run that is a date, not a name: "Anfang Mai", "Ende März" (a month after words of the
        dictionary). Not in English, whose months are also names ("Theresa May") and which has a recogniser."""
        if (
            self.lang.has("no_dictionary_check")
            or len(words) < 2
            or words[-1].lower() not in cldr.month_names(self.lang.code)
        ):
            return False
        return all(known_word(w, self.lang.code) or known_word(w.lower(), self.lang.code) for w in words[:-1])

    def _full_names(self) -> dict[str, str]:
        """The longest capitalised run ending in each word ("Scholz" -> "Olaf Scholz")."""
        names: dict[str, str] = {}
        firsts: dict[str, set[str]] = {}  # "Ingrid" -> {"Ingrid Betancourt"}: a first name alone, when unambiguous
        particles = _PARTICLES - _NOT_PARTICLES.get(self.lang.code, set())
        run: list[Token] = []
        alone: set[str] = set()  # words already written as a name on their own
        for t in [*self.toks, Token(0, 0, ".", ".")]:
            name_word = t.word and t.capitalised and t.low not in self.lang.skip and t.low not in self.lang.pronouns
            # a platform's name is no word of a person's ("diye yazdı Gladkov Telegram kanalında")
            name_word = name_word and re.sub(r"['’].*", "", t.low) not in PLATFORM_NAMES
            particle = run and t.low in particles and not t.capitalised and not self._common(run[-1])
            if particle and not self.lang.has("no_dictionary_check"):
                n = self.tok_index(t) + 1
                after = self.toks[n] if n < len(self.toks) else None
                particle = after is not None and not known_word(after.text, self.lang.code) and not self._common(after)
            if name_word or particle:  # "Alexander von Preen", not "Daten von Rheinmetall"
                if run and (t.start - run[-1].end > 1 or "\n" in self.text[run[-1].end : t.start]):
                    run = []
                if run or name_word:
                    run.append(t)
                continue
            while run and (not run[-1].capitalised or run[-1].low.rstrip(".") in self.lang.honorifics):
                run.pop()  # "Florida Gov. Ron DeSantis": the run before the abbreviation is no "Florida Gov"
            while run and (
                self.lang.title_gender(run[0].text)[0]
                or (self.lang.nouns_capitalised and self.lang.is_institution(run[0].text))
                or run[0].low.rstrip(".") in self.lang.honorifics
                or self._common(run[0])
                or not run[0].capitalised
                or self._opening_word(run[0])
                or (len(run) > 1 and self._abstract_noun(run[0].text))
            ):
                run.pop(0)  # "Chef Matthias Frankenstein", "Mr. Trump", "Netz Daten von Rheinmetall", "And Biden"
            if self.lang.nouns_capitalised and len(run) > 2:
                run = run[self._person_inside(run) :]
            if run and self._after_title(at := self.tok_index(run[0])):
                run = run[self._title_words_end(at, len(self.toks)) - at :]  # "Wali Kota | Sergei Sobyanin"
            for n, x in enumerate(run):
                if n and not x.capitalised and n + 1 < len(run) and run[n + 1].text in self._bare:
                    # "Prozent von Cansativa" where the article writes "Cansativa" alone: a phrase, not a name
                    run = run[:n]
                    break
            if self._is_date([x.text for x in run]) or self._has_weekday([x.text for x in run]):
                run = []
            opens = self.tok_index(run[0]) if run else 0
            after_article = opens > 0 and self.toks[opens - 1].low in _ARTICLES.get(self.lang.code, ())
            if self.lang.nouns_capitalised and after_article:
                if run:
                    alone.add(run[-1].text)  # "die Firma Cansativa": the name the article then uses
                run = []  # "eine Art Gesundheits-Checkliste", "die Neue Zürcher Zeitung": nouns, not a person's name
            if len(run) == 1:
                alone.add(run[0].text)
            late = (
                not self.lang.has("no_dictionary_check")
                and len(run) > 1
                and run[-1].text in alone
                and known_word(run[0].text, self.lang.code)
            )  # "wie viel Geld Cansativa verdient" after "Cansativa" alone: a noun before the name, not its first name
            # "Gianni Snacks" (a given name, then an object noun's inflected form): no full name (_without_noun_tails)
            noun_tail = self.lang.nouns_capitalised and inflected_noun(run[-1].text, self.lang.code) if run else False
            if (
                2 <= len(run) <= 5
                and not late
                and not noun_tail
                and not any(self.lang.title_gender(x.text)[0] for x in run)
            ):
                full = " ".join(x.text for x in run)
                names.setdefault(run[-1].text, full)
                firsts.setdefault(run[0].text, set()).add(full)
            run = []
        for first, fulls in firsts.items():
            if len(fulls) == 1 and first not in names:
                names[first] = next(iter(fulls))
        return names

    def _person_inside(self, run: list[Token]) -> int:
        """Where nouns are capitalised: the index in a capitalised run where a person the recogniser read starts
        after words of no mention ("und Bergfan Martin Kegel": a role noun the dictionary lacks, then the name),
        else 0. The words before it describe the person; they are no first name."""
        first = self.tok_index(run[0])
        for n in range(1, len(run) - 1):
            at = self.mentions.get(first + n)
            if at is not None and at[1].label == "PERSON":
                return n if not self.in_mention.intersection(range(first, first + n)) else 0
        return 0

    def _title_words_end(self, k: int, b: int) -> int:
        """Where a title phrase ends that goes on at token k with the language's ``title_words`` after its title word
        ("Wali Kota", "Kepala Staf Umum"): those words are the title's, they open no name ("Wali Kota Moskow Sergei
        Sobyanin" is the mayor of Moscow, not "Kota Moskow Sergei Sobyanin"). k itself when none follows. An "of" word
        or an article among them ("secrétaire d'État", "chef de l'État") belongs to the title only with the noun it
        leads to: "chef de la diplomatie" stops before "de", whose body the title phrase reads as before; that noun is
        the title's even where the recogniser opened a place on it ("l'État ukrainien")."""
        words = self.lang.words("title_words")
        j = end = k
        while j < min(b, k + 3) and self.toks[j].low in words:
            if j in self.mentions and (j == k or not self._linking(self.toks[j - 1])):
                break
            j += 1
            if not self._linking(self.toks[j - 1]):
                end = j
        return end

    def _linking(self, t: Token) -> bool:
        """An article, an "of" word or an elided one ("d'", "l'": a clitic is never a title's noun) inside a title."""
        return t.low in self.lang.skip or t.low in self.lang.words("of_words") or t.low.endswith(("'", "’"))

    def _plural_by_verb(self, k: int) -> bool:
        """(``plural_pronouns``, ``plural_verbs``, ``singular_verbs``) whether the pronoun at token ``k`` that is
        "she" or "they" ("sie") is "they": its clause, up to the next punctuation and eight words at most, holds a
        finite verb only the plural has and none only the singular has ("dass sie etwa sagen wollen:")."""
        if self.toks[k].low not in self.lang.words("plural_pronouns"):
            return False
        plural = singular = False
        for t in self.toks[k + 1 : k + 9]:  # past the window's end: the verb may close the clause after it
            if not t.word:
                break
            plural = plural or t.low in self.lang.words("plural_verbs")
            singular = singular or t.low in self.lang.words("singular_verbs")
        return plural and not singular

    def _after_title(self, k: int) -> bool:
        """Token k comes right after a title word."""
        return k > 0 and self.toks[k - 1].word and self.lang.title_gender(self.toks[k - 1].text)[0]

    def _opening_word(self, t: Token) -> bool:
        """A preposition or conjunction capitalised because it opens a sentence ("On Tuesday", "And Biden"): it
        opens no name; nor does a subordinator or a clause's first word ("When Winfrey asked", "While Buckley
        sang"). Name particles ("De Gaulle", "Van Gogh") are kept."""
        return t.low in self._opening_words

    def _has_weekday(self, words: list[str]) -> bool:
        """A capitalised run naming a weekday ("On Tuesday", "Super Tuesday"): a date, not a name."""
        days = cldr.weekday_names(self.lang.code)
        return any(w.lower() in days for w in words)

    def _month_or_holiday(self, k: int, j: int) -> bool:
        """A capitalised run that names a time, not a speaker: one holding a holiday ("Christmas", the language's
        ``holidays``), or a lone month with a year after it or an article or preposition before it ("a March 2019
        study", "in May"). A month that a name holds ("Theresa May", "April Ryan") stays a name."""
        words = [t.low for t in self.toks[k:j]]
        if any(w in self.lang.words("holidays") for w in words):
            return True
        if j - k != 1 or words[0] not in cldr.month_names(self.lang.code):
            return False
        nxt = self.toks[j] if j < len(self.toks) else None
        prev = self.toks[k - 1] if k > 0 else None
        year = nxt is not None and nxt.text.isdigit() and len(nxt.text) == 4 and nxt.start - self.toks[k].end <= 1
        before = prev is not None and (
            prev.low in _ARTICLES.get(self.lang.code, ()) or prev.low in self.lang.prepositions
        )
        return year or before

    def tok_index(self, t: Token) -> int:
        return bisect_left(self.tok_starts, t.start)

    def lone_word(self, t: Token) -> bool:
        """Whether a capitalised word may stand alone for a name: no word the language skips, no common word of it."""
        return t.capitalised and t.low not in self.lang.skip and not self._common(t)

    def unread_name(self, k: int, governed: bool = False) -> Cand | None:
        """The one-word name a lone capitalised word at token ``k`` is (:meth:`lone_word`) when no recogniser read it
        ("„…“, führt Facebook dazu aus", "Faeser zufolge"), trusted; None when it is none or is excluded there
        (``governed``: a preposition of the cue's own may govern it, "nach Angaben von Tkatschenko")."""
        if not self.lone_word(self.toks[k]):
            return None
        c = self._name(k, k + 1, trusted=True)
        return c if c is not None and (governed or not c.excluded) else None

    def _common(self, t: Token) -> bool:
        """A capitalised common word ("Zudem", "Власти" opening a sentence; any German noun phrase start):
        its lower-case form is a common word of the dictionary. Mid-sentence elsewhere, a capital means a name."""
        if self.lang.nouns_capitalised and inflected_noun(t.text, self.lang.code):
            return True  # "Autohändlern Werner Bader": a plural noun before the name
        if self.lang.has("no_dictionary_check") or not common_word(t.low, self.lang.code):
            return False
        if self.lang.nouns_capitalised:
            return True
        k = self.tok_index(t)
        prev = self.toks[k - 1] if k > 0 else None
        return prev is None or not prev.word or "\n" in self.text[prev.end : t.start]

    def _adjacent(self, k: int, j: int) -> bool:
        """Tokens k and j are one space apart on one line."""
        return self.text[self.toks[k].end : self.toks[j].start] in (" ", "\u00a0")

    def _genitive(self, word: str) -> bool:
        """A German genitive of a name the article uses on its own ("Luckes" of "Lucke")."""
        stem = word[:-1]
        return word.endswith("s") and len(stem) > 2 and (stem in self.full_names or stem in self._proper)

    def person_for(self, words: list[str]) -> Entity | None:
        """The person entity a name names: by its surname or first name, inflections allowed."""
        for w in reversed(words):
            key = w.casefold()
            e = self._words.get(key)
            if e is not None:
                return e
            if self.lang.has("inflected_names") and len(key) > 4:
                for known, e in self._words.items():
                    if (
                        len(known) > 3
                        and key.startswith(known[: max(4, len(known) - 1)])
                        and len(key) - len(known) <= 3
                    ):
                        return e
        return None

    def note_gender(self, key: str, gender: str | None) -> None:
        if key and gender in ("m", "f"):
            self.genders.setdefault(key, Counter())[gender] += 1

    def gender(self, sp: Speaker) -> str | None:
        seen = self.genders.get(sp.key)
        if seen:
            return seen.most_common(1)[0][0]
        if sp.label == "PERSON":
            # A surname's ending (Petrova, Песков) shows a gender unless the given name shows the other one: the
            # endings are read whatever the language, and a Latin "-in" or "-ina" ends English and Spanish
            # surnames of either gender ("Dianne Austin", "Martin Medina").
            given = self.given_gender(sp)
            last = sp.name.split()[-1] if sp.name.split() else ""
            shown = "f" if _SURNAME_FEMALE.search(last) else "m" if _SURNAME_MALE.search(last) else None
            if shown is not None and given in (None, shown):
                return shown
            return sp.gender or given
        return sp.gender

    def given_gender(self, sp: Speaker) -> str | None:
        """The gender a person's written name shows: a gendered title before it ("Princess Diana"), else its given
        name ("Meghan", "Tom Harper"), by Faker's person data. A lone word that is also an English family name
        ("Harry", "Scott") counts only after a title: alone, it may be the surname of a woman ("Bernice Scott")."""
        if sp.key in self._given_genders:
            return self._given_genders[sp.key]
        entity = next((e for e in self.people if (e.id == sp.id if sp.id else e.name == sp.name)), None)
        forms = [sp.name, *(m.text for m in entity.mentions)] if entity is not None else [sp.name]
        for form in forms[:20]:  # (bounded: an entity mentioned a thousand times is read in its first forms)
            words = form.split()[:6]
            titled = False
            while len(words) > 1 and (
                self.lang.title_gender(words[0])[0] or words[0].casefold().rstrip(".") in self.lang.honorifics
            ):
                shown = self.lang.title_gender(words[0])[1] or self.lang.honorifics.get(words[0].casefold().rstrip("."))
                if shown in ("m", "f"):
                    self._given_genders[sp.key] = shown
                    return shown
                titled = True
                words = words[1:]
            if not words or (len(words) == 1 and not titled and words[0] in english_surnames()):
                continue
            gender = given_name_gender(words[0], self.lang.code)
            if gender is not None:
                break
        else:
            gender = None
        self._given_genders[sp.key] = gender
        return gender

    # --- candidates ------------------------------------------------------------------------

    def _excluded(self, i: int, j: int, coordinated: bool = True) -> bool:
        if coordinated and self._coordinated_with_governed(i):
            return True  # "el decreto de ingreso de Paso Centurión y Sierra de Ríos": both governed by "de"
        if self._genitive_attribute(i):
            return True  # "der Aktivist der unabhängigen Mietergewerkschaft …": the union is the activist's
        k = i - 1
        while k >= 0 and self.toks[k].low in self.lang.skip and self.toks[k].low not in self.lang.prepositions:
            k -= 1
        if self._opens_clause_before(i) and self._reports_at(j):
            return False  # "after the novelist Jo Walton explained them", "as Peskov said": the clause's subject
        if self._role_after_preposition(i, j):
            return True  # "mit dem Künstler Olafur Eliasson", "with the artist …": governed through its role noun
        if k >= 0 and self.toks[k].low in self.lang.words("comparisons") and self._reports_at(j):
            return False  # "As Peskov said, “…”", "as Peskov put it": the comparison's own clause, the name its subject
        if k >= 0 and self._leader_apposed(k, j):
            return False  # "The prosecution, led by Ada Obi, told the court": the leader speaks for the group
        if k >= 0 and self.toks[k].low in self.lang.prepositions and not self._inverted_after_quote(k):
            if self.toks[k].low in _ARTICLE_TOO.get(self.lang.code, ()) and (
                self._organisation_at(i, j) or self.lang.title_gender(self.toks[i].text)[0]
            ):
                return False  # "disse a Polícia Civil", "disse a estudante": the article, not "to"
            particle = self.toks[k].low in _PARTICLES and k == i - 1
            full = self.full_names.get(self.toks[j - 1].text, "")
            first = full.split()[0] if full else ""
            if (
                first
                and not self.lang.has("no_dictionary_check")
                and not self.lang.nouns_capitalised
                and common_word(first.lower(), self.lang.code)
            ):
                full = ""  # "Franja de Gaza" is no one's name: "los residentes de Gaza" is governed by "de"
            if not (particle and f" {self.toks[k].text} {self.toks[i].text}" in f" {full}"):
                return True  # "von Intersport", not "von Preen"
        if j < len(self.toks) and (self.toks[j].low in _POSSESSIVE or self.toks[j].low in ("'", "’")):
            return True
        return bool(
            self.lang.has("apostrophe_suffixes") and "'" in self.text[self.toks[i].start : self.toks[j - 1].end]
        )

    def _leader_apposed(self, k: int, j: int) -> bool:
        """Whether the name at ..j follows a preposition at k that a leader participle (``leader_participles``:
        "led", "headed") opens in an apposition between commas, right after a noun and right before a speech verb
        ("The prosecution, led by Ada Obi, told the court", "the team, headed by Ada Obi, said"): the group's
        leader, the reporting clause's speaker. Not without the commas or the verb ("troops led by Ada Obi")."""
        toks = self.toks
        return (
            k >= 3
            and toks[k].low in self.lang.prepositions
            and toks[k - 1].low in self.lang.words("leader_participles")
            and toks[k - 2].text == ","
            and toks[k - 3].word
            and j + 1 < len(toks)
            and toks[j].text == ","
            and self._reports_at(j + 1)
        )

    def _inverted_after_quote(self, k: int) -> bool:
        """Whether the word at k is a verb taking an addressee (``addressee``: "asked", "told", which name their
        object after them) right after a quote's closing mark, a comma between or not: its subject follows, inverted
        ("“Why now?” asked Tom Hale"), not its addressee."""
        m = k - 2 if k > 1 and self.toks[k - 1].text == "," else k - 1
        return (
            m >= 0
            and self.toks[m].text in QUOTE_MARKS
            and self.lang.verb_lemma(self.toks[k].text) in self.lang.addressee
        )

    def _opens_clause_before(self, i: int) -> bool:
        """Whether a word that opens a clause as well as a phrase (``comparisons`` "as", ``clause_prepositions``
        "after", "since") stands before the name at i, past at most an article and a role noun or two ("after the
        novelist Jo Walton"): with a speech verb after the name, the name is that clause's subject."""
        openers = self.lang.words("comparisons") | self.lang.words("clause_prepositions")
        toks = self.toks
        for m in range(i - 1, max(-1, i - 5), -1):
            if toks[m].low in openers:
                return True
            if not toks[m].word or toks[m].low in self.lang.prepositions or m in self.mentions:
                return False
        return False

    def _reports_at(self, j: int) -> bool:
        """A speech verb at token j, or one that reports with its object after it ("put it")."""
        toks = self.toks
        if j >= len(toks) or not toks[j].word or toks[j].capitalised:
            return False
        following = toks[j + 1].low if j + 1 < len(toks) else ""
        return self.lang.is_verb(toks[j].text) or self.lang.verb_with_object(toks[j].text, following)

    def _role_after_preposition(self, i: int, j: int) -> bool:
        """The name at i..j (or the full name it ends) follows a role noun that an article after a preposition
        opens ("mit dem Künstler Olafur Eliasson"): the whole phrase is governed by the preposition."""
        toks = self.toks
        words = self.full_names.get(toks[j - 1].text, "").split()
        while True:
            if self._role_at(i - 1):
                return True
            if i > 0 and toks[i - 1].text in words and self._adjacent(i - 1, i) and i - 1 not in self.in_mention:
                # "Eliasson" read alone after "Olafur": try from the full name's start (not back into another
                # entity's name: "a la agencia TASS Anatoli Volkov", the outlet then who spoke to it)
                i -= 1
                continue
            return False

    def _role_at(self, k: int) -> bool:
        toks = self.toks
        if k < 2 or not toks[k].word or self._office_field(k):
            return False  # (not "the Minister of Justice Ada Obi": the office's name, then its holder's)
        # a role noun: a title, or a common noun (capitalised only where every noun is: "dem Künstler", "the artist")
        title = self.lang.title_gender(toks[k].text)[0]
        if not (title or toks[k].capitalised == self.lang.nouns_capitalised):
            return False
        if not title and self.lang.is_verb(toks[k].text):
            return False  # "Об этом заявил Геннадий Волков": a speech verb, whose subject the name is, no role noun
        m = k - 1
        if title and toks[k].capitalised:
            # "an adviser to President Volodymyr Zelensky", "von Kremlchef Putin": a title used as a name's prefix
            # needs no article; capitalised words before it are its modifiers ("to Ukrainian President …")
            while m > k - 3 and toks[m].word and toks[m].capitalised:
                m -= 1
            if toks[m].low in self.lang.prepositions and toks[m].low not in self.lang.words("comparisons"):
                return toks[m].low not in _ARTICLE_TOO.get(self.lang.code, ())
        if toks[m].low not in self.lang.skip or toks[m].low in self.lang.prepositions:
            return False  # an article (or a particle the language skips) must open the phrase
        if _ARTICLE_GENDER.get(self.lang.code, {}).get(toks[m].low) == "p":
            return False  # "ha explicado a los periodistas Anatoli Volkov": a plural noun is no one person's role
        while m >= 0 and toks[m].low in self.lang.skip and toks[m].low not in self.lang.prepositions:
            m -= 1
        return (
            m >= 0 and toks[m].low in self.lang.prepositions and toks[m].low not in _ARTICLE_TOO.get(self.lang.code, ())
        )

    def _genitive_attribute(self, i: int) -> bool:
        """German: a name after "der"/"des" that follows an article and a noun ("der Aktivist der … Union",
        "die Sprecherin des Verbands X"): a genitive attribute of that noun, not the clause's subject."""
        toks = self.toks
        genitives = self.lang.words("genitive_articles")
        if not genitives or i < 3:
            return False
        k = i - 1
        while k > max(2, i - 4) and toks[k].word and not toks[k].capitalised and toks[k].low not in genitives:
            k -= 1  # adjectives: "der unabhängigen"
        articles = _ARTICLES.get(self.lang.code, ())
        return (
            toks[k].low in genitives
            and toks[k - 1].word
            and toks[k - 1].capitalised
            and toks[k - 2].low in articles
            and i - k <= 3
        )

    def _coordinated_with_governed(self, i: int) -> bool:
        """Whether the name at i is the second conjunct of a name governed by a preposition ("de X y Y",
        "von X und Y"): the preposition governs both, so neither is a sentence's subject."""
        toks = self.toks
        k = i - 1
        if k < 1 or toks[k].low not in _CONJUNCTIONS:
            return False
        m = k - 1
        # back over the first conjunct (five words at most): capitalised words, and particles inside a name
        # ("Sierra de Ríos")
        while (
            m >= max(0, k - 6)
            and toks[m].word
            and (toks[m].capitalised or (toks[m].low in _PARTICLES and m > 0 and toks[m - 1].capitalised))
        ):
            m -= 1
        first = m + 1
        if first >= k or not toks[first].capitalised:
            return False
        return self._excluded(first, k, coordinated=False)  # one level: "de X y Y", not a chain

    def _organisation_at(self, i: int, j: int) -> bool:
        if i in self.mentions:
            return self.mentions[i][1].label == "ORG"
        return any(self.lang.is_institution(t.text) for t in self.toks[i:j])

    def han_run(self, k: int, items: Container[str]) -> int:
        """How many Han tokens from k spell an item of the lexicon (Chinese has no spaces)."""
        for n in (4, 3, 2, 1):
            if k + n <= len(self.toks):
                word = "".join(t.text for t in self.toks[k : k + n])
                if word in items:
                    return n
        return 0

    def candidates(self, a: int, b: int, skip_tokens: set[int] | None = None, trusted: bool = False) -> list[Cand]:
        """The candidate speakers among tokens a..b (token indices), in order.

        ``trusted``: the tokens stand between a quote and its speech verb, where a lone
        capitalised word is a name ("…," Schiff asked).
        """
        out: list[Cand] = []
        lang = self.lang
        toks = self.toks
        c: Cand | None
        k = a
        while k < b:
            if skip_tokens and k in skip_tokens:
                k += 1
                continue
            t = toks[k]
            if k in self.mentions:
                j, e = self.mentions[k]
                j = min(j, b)
                nxt = self._next_word(j, b)
                if (
                    e.label == "NORP"
                    or (nxt is not None and lang.title_gender(toks[nxt].text)[0] and e.label != "PERSON")
                    or (
                        e.label != "PERSON" and j + 1 < b and toks[j].low in lang.honorifics and toks[j + 1].text == "."
                    )
                    or (e.label != "PERSON" and self._genitive_owner_of_holder(j, b))
                ):
                    k = j  # a modifier: "Russian officials", "Kremlin spokesman", "Florida Gov. Ron DeSantis"
                    continue
                owner = self._owner_after(j, b) if self._bare_institution_mention(k, j, e) else None
                if owner is not None:
                    # "der Pressedienst des Kremls" read as a body "Pressedienst": an institution noun, whose body is
                    # named after it
                    c = Cand(k, owner[0], "org", t.start, toks[owner[0] - 1].end, owner[1])
                    c.excluded = self._excluded(k, c.j)
                    out.append(c)
                    k = c.j
                    continue
                if nxt is not None and e.label != "PERSON" and lang.is_institution(toks[nxt].text):
                    while nxt + 1 < b and toks[nxt + 1].word and lang.is_institution(toks[nxt + 1].text):
                        nxt += 1  # "press service"
                    if e.label in ("ORG", "FAC"):  # "the Kremlin press service", "the RIA article"
                        c = Cand(k, nxt + 1, "org", t.start, toks[nxt].end, _entity_speaker(e))
                    else:  # "Russia's defence ministry"
                        c = self._institution(k, nxt, b) or Cand(
                            k, j, "org", t.start, toks[j - 1].end, _entity_speaker(e)
                        )
                    c.excluded = self._excluded(k, c.j)
                    out.append(c)
                    k = c.j
                    continue
                if e.label in ("GPE", "LOC") and j < b and j not in self.mentions and j - k == 1:
                    full = f"{t.text} {toks[j].text}"
                    if toks[j].capitalised and self.full_names.get(toks[j].text) == full and self._adjacent(k, j):
                        # "Kamil Sikora": a first name that is also a place, before a surname
                        person = self.person_for([toks[j].text])
                        sp = (
                            _entity_speaker(person)
                            if person is not None
                            else Speaker(name=full, id=None, label="PERSON", key=f"PERSON:{toks[j].low}")
                        )
                        out.append(
                            Cand(k, j + 1, "person", t.start, toks[j].end, sp, excluded=self._excluded(k, j + 1))
                        )
                        k = j + 1
                        continue
                kind = "person" if e.label == "PERSON" else "org"
                acronym = self._acronym_after(j, b) if e.label == "ORG" and e.id is None else None
                if acronym is not None and acronym > j and acronym not in self.mentions:
                    # the recogniser's "Bundesinstitut" of "Bundesinstitut für Arzneimittel … BfArM": the initials
                    sp = Speaker(name=toks[acronym].text, id=None, label="ORG", key=f"ORG:{toks[acronym].low}")
                    out.append(
                        Cand(k, acronym + 1, "org", t.start, toks[acronym].end, sp, excluded=self._excluded(k, j))
                    )
                    k = acronym + 1
                    continue
                out.append(
                    Cand(k, j, kind, t.start, toks[j - 1].end, _entity_speaker(e), excluded=self._excluded(k, j))
                )
                k = j
                continue
            if lang.unspaced:
                n = self.han_run(k, lang.pronouns)
                if n:
                    word = "".join(x.text for x in toks[k : k + n])
                    out.append(Cand(k, k + n, "pronoun", t.start, toks[k + n - 1].end, gender=lang.pronouns[word]))
                    k += n
                    continue
                n = self.han_run(k, lang.titles)
                if n:
                    word = "".join(x.text for x in toks[k : k + n])
                    plural = "p" if lang.titles.get(word) == "p" else None  # "发言人们": a group
                    out.append(Cand(k, k + n, "title", t.start, toks[k + n - 1].end, gender=plural, head=word))
                    k += n
                    continue
                k += 1
                continue
            if not t.word:
                k += 1
                continue
            if t.low in lang.pronouns and not (t.capitalised and t.low in _CAPITALISED_NOT_PRONOUN and k > a):
                gender = "p" if self._plural_by_verb(k) else lang.pronouns[t.low]
                out.append(Cand(k, k + 1, "pronoun", t.start, t.end, gender=gender, low=t.low))
                k += 1
                continue
            if lang.pronoun_verb(t.low):
                k += 1
                continue
            if t.low in lang.relative and (lang.has("relative_without_comma") or (k > 0 and toks[k - 1].text == ",")):
                out.append(Cand(k, k + 1, "relative", t.start, t.end))
                k += 1
                continue
            field = self._office_field(k)  # "the Minister of Justice Ada Obi": the office's field, no form of address
            if t.low.rstrip(".") in lang.honorifics and k + 1 < b and not field:
                gender = lang.honorifics[t.low.rstrip(".")]
                n = k + 1
                if n < b and toks[n].text == ".":
                    n += 1
                while n + 1 < b and n not in self.mentions:
                    if toks[n].low in lang.honorifics and toks[n + 1].text == ".":
                        n += 2  # "Prof. Dr. Heinrich Albers": honorifics in a row, then the name
                    elif (
                        toks[n].low == "the"
                        and n + 2 < b
                        and toks[n + 1].low in lang.honorifics
                        and toks[n + 2].text == "."
                    ):
                        n += 1  # "Dr. the Hon. Jane Doe", "Dr. the Rt. Hon. Keith Mitchell": the article of a style
                    else:
                        break
                if n + 2 < b and toks[n].text == "(" and toks[n + 1].low in lang.honorifics:
                    # "Dr. (Mrs.) Folake Adeyemi": a form of address in brackets, the woman's or man's, then the name
                    shut = n + 2 + (toks[n + 2].text == ".")
                    if shut < b and toks[shut].text == ")":
                        gender = gender or lang.honorifics[toks[n + 1].low]
                        n = shut + 1
                if n < b and (toks[n].capitalised or n in self.mentions):
                    c = self._name(n, b, gender=gender, titled=True)
                    if c is not None:
                        role = _HONORIFIC_ROLES.get(lang.code, {}).get(t.low.rstrip("."))
                        if role and c.kind == "person" and c.speaker is not None:
                            # "Sen. John Doyle" … "the senator said": the role the abbreviation stands for is his
                            head = _ROLE_GROUPS.get(role, role)
                            self.bind(Cand(k, n, "title", t.start, toks[n - 1].end, head=head, role=role), c.speaker)
                        out.append(c)
                        k = c.j
                        continue
            is_title, title_gender = lang.title_gender(t.text)
            if is_title and not field and not self._is_name_start(k, b):
                c = self._title(k, b, title_gender)
                out.append(c)
                k = c.j
                continue
            n = self._institution_phrase(k, b)
            if n:
                c = self._institution(k, k + n - 1, b, phrase=n)
                if c is not None:
                    out.append(c)
                    k = c.j
                    continue
            if lang.is_institution(t.text) and self._title_like_next(k + 1, b) and not lang.has("head_first_titles"):
                k += 1  # "government spokesman": a modifier of the title (not "администрация президента": its head)
                continue
            if self._council_title(k, b):
                k += 1  # "Stadtrat Peter Vogl": the council's name is the title of the person named right after it
                continue
            if lang.is_institution(t.text) and (
                not t.capitalised or lang.nouns_capitalised or self._capitalised_institution(k, b)
            ):
                c = self._institution(k, k, b)
                if c is not None:
                    out.append(c)
                    k = c.j
                    continue
            if t.capitalised and t.low not in lang.skip and t.low not in lang.prepositions and not lang.is_verb(t.text):
                c = self._name(k, b, trusted=trusted and self._verb_follows(k, b))
                if c is not None:
                    nxt = self._next_word(c.j, b)
                    if c.speaker and c.speaker.id is None and nxt is not None and lang.title_gender(toks[nxt].text)[0]:
                        k = c.j  # "National Security Council spokesman": a modifier of the title
                        continue
                    out.append(c)
                    k = c.j
                    continue
            k += 1
        for n in range(1, len(out)):
            body, seat = out[n - 1], out[n]
            if (
                body.kind == "inst"
                and body.speaker is None
                and seat.i == body.j
                and seat.speaker is not None
                and seat.speaker.label in ("GPE", "LOC")
            ):
                seat.excluded = True  # "Die Polizei Köln teilte mit": the body's seat, no subject of its own
        return self._merge_titles(out)

    def _merge_titles(self, cands: list[Cand]) -> list[Cand]:
        """ "Kremlin spokesman Dmitry Peskov", "Peskov, the Kremlin spokesman,": one person, the title bound to them."""
        out: list[Cand] = []
        inner_role: tuple[Cand, Cand] | None = None  # a title ending in a governed role, and the name bound to it
        chained: Cand | None = None  # (titles after names) the title last bound to the name right before it
        after_names = self.lang.unspaced or (self.lang.verb_final and self.lang.has("subject_first"))
        governed_from = -1  # (``head_first_titles``) where the bodies a title governs would go on
        for c in cands:
            was_chained, chained = chained, None
            if self._governed_run(governed_from, c.i) and c.kind in ("org", "inst"):
                # "Координатор СНБ США добавил", "Представитель МИД России заявил": the bodies in the genitive after a
                # title are whose office it is, not the subject; the first after a spokesperson's title speaks for
                # it ("представитель Кремля"), the ones after that only qualify it
                first = out[-1].kind == "title" if out else False
                c.excluded = c.excluded or not (first and out[-1].head in _SPOKESPERSON)
                governed_from = c.j
            else:
                governed_from = c.j if c.kind == "title" else -1
            body = next((n for n in range(len(out) - 1, max(-1, len(out) - 4), -1) if out[n].kind == "title"), None)
            # "the Commissioner for Education, Mrs. Amaka Obi,": the name read with its forms of address before it
            addressed = replace(c, i=self._address_start(c.i)) if c.kind == "person" else c
            if (
                body is not None
                and body < len(out) - 1
                and c.kind == "person"
                and c.speaker is not None
                and all(x.excluded or x.kind in ("org", "inst") for x in out[body + 1 :])
                and (self._title_of_body(out[body], addressed) or self._title_body_name(out[body], out[body + 1 :], c))
            ) or (
                body is not None
                and c.kind == "person"
                and c.speaker is not None
                and self._construct_body(out[body], out[body + 1 :], c)
            ):
                # "el portavoz del Kremlin, Dmitri Peskov", "El inspector general de la Policía, Álvaro Álvarez,",
                # "La ministra de la Mujer y Equidad de Género, Antonia Orellana": the title, the body it serves
                # (one candidate or more), a comma, the name
                self.bind(out[body], c.speaker)
                self._note_served(c.speaker, out[body].j, c.i)
                c.gender = c.gender or out[body].gender
                del out[body:]
                out.append(c)
                continue
            prev = out[-1] if out else None
            if prev is not None and prev.kind == "title" and c.kind == "person" and c.speaker is not None:
                gap = self._texts(prev.j, addressed.i)
                if addressed.i == c.i - 1 == prev.j + 1 and self._office_field(c.i - 1):
                    gap = []  # "the Minister of Justice Ada Obi": the office's field ends the title, no address
                if not gap and self._owner_surname(prev, c):
                    # "— сказал советник Зеленского", "Помощник Путина заявил": the title's owner, in the genitive, is
                    # part of the title, not its holder; a name after it is ("советник Зеленского Михаил Подоляк")
                    out[-1] = replace(prev, j=c.j, end=c.end)
                    continue
                if not gap and self._governed_roles_name(prev, c):
                    # "Помощник президента Владимира Путина заявил": the president's name, not the aide's, and no
                    # subject (the aide is)
                    inner_role = None
                    c.excluded = True
                    out.append(c)
                    continue
                if (
                    not gap
                    or gap == [","]
                    or self._title_of_body(prev, addressed)
                    or self._adjectives_then_comma(prev.j, addressed.i)
                    or self._nation_adjectives(prev.j, addressed.i)
                    or (gap[-1:] == [","] and self._nation_adjectives(prev.j, addressed.i - 1))
                    or self._construct_complement(prev, c.i)
                ):
                    self.bind(prev, c.speaker)
                    self._note_served(c.speaker, prev.j, addressed.i)
                    c.gender = c.gender or prev.gender
                    if c.excluded and self._place_phrase_ends(prev.j, addressed.i):
                        # "el opositor ruso en el exilio Iliá Ponomariov aseguró": the phrase's preposition governs
                        # the title's holder, not the name; the name holds the title, the sentence's subject
                        c.excluded = False
                    out[-1] = c
                    inner_role = (prev, c) if not gap and self._ends_in_governed_role(prev) else None
                    continue
            if (
                inner_role is not None
                and prev is inner_role[1]
                and c.kind == "person"
                and c.speaker is not None
                and c.i == prev.j
                and prev.speaker is not None
            ):
                # "Пресс-секретарь президента Владимира Путина Дмитрий Песков": the first name is the governed
                # role's (the president's), the second the title's
                title = inner_role[0]
                self.bindings = [b for b in self.bindings if not (b[3] == title.start and b[2] == prev.speaker)]
                self.bind(title, c.speaker)
                out[-1] = c
                inner_role = None
                continue
            inner_role = None
            if prev is not None and prev.kind == "person" and c.kind == "title" and prev.speaker is not None:
                gap = self._texts(prev.j, c.i)
                if after_names and gap and gap[0] in _COUNTRY_SHORT.get(self.lang.code, ()) and len(gap) == 1:
                    gap = []  # "ブリンケン米国務長官": a country's one kanji between the name and its title
                if after_names and (not gap or (was_chained is not None and was_chained.j == c.i)):
                    # "プーチン大統領", "페스코프 대변인": a title written right after the name is the name's; of an
                    # unbroken chain ("ペスコフ大統領報道官", the president's spokesman) the last title, its head
                    if was_chained is not None:
                        self.bindings = [
                            b for b in self.bindings if not (b[3] == was_chained.start and b[2] == prev.speaker)
                        ]
                    self.bind(c, prev.speaker)
                    chained = c
                    continue
                if (
                    gap[:1] == [","]
                    and len(gap) <= 6
                    and all(g[:1].isalpha() or g in _POSSESSIVE or g == "-" for g in gap[1:])
                    and not self._subject_after_phrase(prev, c)
                ):
                    if not self._governed_in_apposition(c):
                        self.bind(c, prev.speaker)
                        continue
                    self._note_served(prev.speaker, c.i, c.j)
                    named = self.mentions.get(c.j)
                    if named is None or named[1].label != "PERSON":
                        continue
                    # "Podolyak, an adviser to President Volodymyr Zelensky": the title is the next name's
                if self._predicate_title(gap):
                    # "Anna Berger ist Sprecherin des Ministeriums", "Weber war damals der neue Trainer": a title
                    # said of the person, who may speak by it later ("sagte die Sprecherin"); both stay candidates
                    self.bind(c, prev.speaker)
            elif (
                prev is not None
                and c.kind == "title"
                and len(out) > 1
                and out[-2].kind == "person"
                and out[-2].speaker is not None
                and (
                    # "Sarah Lint has been Britain's health ministry spokeswoman": the body the title serves between
                    (prev.kind in ("org", "inst") and self._predicate_title(self._texts(out[-2].j, c.i)))
                    # "Sarah Lint, who is the county spokeswoman,": a relative clause says it
                    or (
                        prev.kind == "relative"
                        and self._texts(out[-2].j, prev.i) == [","]
                        and self._predicate_title(self._texts(prev.j, c.i))
                    )
                )
            ):
                self.bind(c, out[-2].speaker)
            out.append(c)
        return out

    def _governed_run(self, j: int, i: int) -> bool:
        """(``head_first_titles``) whether a candidate at ``i`` goes on the genitive run that a title or a body it
        governs ended at ``j``: right after it, or after at most two lower-case words of it ("Ради нацбезпеки США"),
        no verb, preposition or conjunction among them."""
        if j < 0 or not 0 <= i - j <= 2 or not self.lang.has("head_first_titles"):
            return False
        lang = self.lang
        return all(
            t.word
            and t.text.islower()
            and t.low not in lang.prepositions
            and t.low not in lang.skip
            and t.low not in _CONJUNCTIONS
            and not lang.is_verb(t.text)
            for t in self.toks[j:i]
        )

    def _construct_body(self, title: Cand, bodies: list[Cand], person: Cand) -> bool:
        """(``title_complement``) a title in the construct state, the body it governs and a name ("סגן יו"ר מועצת
        הביטחון יוסי לוי": the deputy chairman of the Security Council): between the title and the name only the
        bodies the cast read and the words with the article that end their names."""
        articles = tuple(self.lang.words("title_complement"))
        if not articles or not bodies or person.speaker is None or person.i - title.j > 4:
            return False
        if any(x.kind not in ("org", "inst") for x in bodies):
            return False
        covered = {k for x in bodies for k in range(x.i, x.j)}
        toks = self.toks
        return all(
            k in covered or (toks[k].word and toks[k].low.startswith(articles)) for k in range(title.j, person.i)
        )

    def _construct_complement(self, title: Cand, i: int) -> bool:
        """(``title_complement``) one or two words opening with the article between a title in the construct state
        and a name ("יו"ר הדומה יוסי לוי", "דובר הקרמלין …"): the body the title governs, which the recogniser did not
        read; the name is the title's. Not after a title that carries the article itself ("הנשיא": then a word so
        opened is its adjective or the next clause)."""
        articles = tuple(self.lang.words("title_complement"))
        toks = self.toks
        if not articles or not 1 <= i - title.j <= 2 or toks[title.i].low.startswith(articles):
            return False
        return all(
            toks[k].word
            and toks[k].low.startswith(articles)
            and len(toks[k].low) > 3
            and not self.lang.is_verb(toks[k].text)
            for k in range(title.j, i)
        )

    def _ends_in_governed_role(self, title: Cand) -> bool:
        """Whether a title phrase ends in a second role word it governs ("пресс-секретарь президента"): a name
        right after it may be that role's holder, in the genitive, not the title's."""
        last = self.toks[title.j - 1]
        return (
            title.j - title.i > 1
            and self.lang.has("head_first_titles")
            and self.lang.lemma(last.text) != title.head
            and self.lang.title_gender(last.text)[0]
        )

    def _governed_roles_name(self, title: Cand, c: Cand) -> bool:
        """Whether a name right after a title that ends in a governed role ("помощник президента") is in that role's
        oblique case, not the title's ("Владимира Путина", not "Юрий Ушаков"): its first word (a given name, which
        the dictionary knows) is not its own lemma, as the governed role word is not, while the title's first word is.
        A name of one word says nothing (a surname's lemma is often another noun's)."""
        toks = self.toks
        if c.j - c.i < 2 or not self._ends_in_governed_role(title):
            return False
        return self._oblique(toks[title.j - 1]) and not self._oblique(toks[title.i]) and self._oblique(toks[c.i])

    def _owner_surname(self, title: Cand, c: Cand) -> bool:
        """(``head_first_titles``) a one-word name right after a title in the nominative, the name in an oblique
        case: a form ``case_forms`` makes of the surname the article writes for that person elsewhere ("Зеленского"
        of "Владимир Зеленский"), or an adjectival surname's genitive or dative, which no nominative shares
        ("Зеленского", "Зеленському"). The title is that person's office's ("советник Зеленского"), not theirs."""
        if not self.lang.has("head_first_titles") or self._oblique(self.toks[title.i]):
            return False
        return self.surname_oblique(c)

    def surname_oblique(self, c: Cand) -> bool:
        """(``head_first_titles``) a person's one-word name in an oblique case: a form ``case_forms`` makes of the
        surname the article writes for them elsewhere ("Зеленского" of "Владимир Зеленский"), or an adjectival
        surname's genitive or dative ("Зеленскому"). Never a verb's subject."""
        toks = self.toks
        if c.j - c.i != 1 or c.kind != "person" or not self.lang.has("head_first_titles"):
            return False
        e = self.mentions[c.i][1] if c.i in self.mentions else None
        if e is None or e.label != "PERSON":
            return False
        word = toks[c.i].text
        if len(word) > 5 and word.endswith(_ADJECTIVAL_OBLIQUE):
            return True
        forms = {part.split()[-1] for part in (e.name, *(m.text for m in e.mentions)) if part.split()}
        return any(word in case_forms(f) for f in forms - {word})

    def _subject_after_phrase(self, person: Cand, title: Cand) -> bool:
        """ "Speaking in Helsinki alongside Emmanuel Macron, the Ukrainian president said": a title after the comma
        that closes a phrase the name ends, right before its speech verb, is the sentence's subject, not the name's
        apposition (which a second comma closes: "Macron, the French president, said"). A name that opens its
        sentence keeps it ("Peskov, the Kremlin spokesman said")."""
        toks = self.toks
        k = self._address_start(person.i) - 1
        if k < 0 or not toks[k].word or title.j >= len(toks):
            return False
        return toks[title.j].word and self.lang.is_verb(toks[title.j].text)

    def _note_served(self, person: Speaker, j: int, i: int) -> None:
        """Note the words at tokens ``j`` to ``i`` as whom a person's bound office serves (:attr:`served`)."""
        words = self.served.setdefault(person.key, set())
        words.update(folded(t.text) for t in self.toks[j:i] if t.word and t.text.isalpha())

    def serves(self, person: Speaker, role_word: str) -> bool:
        """Whether a role word names whom the person's bound office serves, not the person: "le président ukrainien"
        after "Le conseiller de la présidence ukrainienne, Mykhaïlo Podoliak", "el presidente" after "El asesor
        presidencial, Mijailo Podoliak", "the minister" after "the spokeswoman for the foreign ministry, Maria
        Zakharova". The words share a stem of six letters that leaves at most two of the shorter one."""
        role = folded(role_word)
        return any(_same_stem(role, w) for w in self.served.get(person.key, ()))

    def _governed_in_apposition(self, title: Cand) -> bool:
        """Whether a title inside a name's apposition is another's office the apposition names, not the name's: one
        a preposition or an "of" word governs, past the articles ("Mykhailo Podolyak, an adviser to the Ukrainian
        president", "Mykhaïlo Podoliak, conseiller du président ukrainien", "Mychajlo Podoljak, Berater des
        ukrainischen Präsidenten"), or a possessor ("Dmitry Peskov, the Russian president's spokesman"). The name
        holds the title the apposition opens with ("an adviser"), and "the Ukrainian president said" later is someone
        else. Neither is a candidate of its own: inside the apposition it is no subject."""
        toks = self.toks
        if title.j < len(toks) and toks[title.j].low in _POSSESSIVE:
            return True
        # "of" words govern too, not those that are also a nominative article ("des", not "der": "Selenskyj, der
        # ukrainische Präsident")
        governing = self.lang.prepositions | (
            self.lang.words("of_words") - _ARTICLE_GENDER.get(self.lang.code, {}).keys()
        )
        k = title.i - 1
        while k > 0:
            low = toks[k].low
            if low in governing:
                return True
            if low in _CONJUNCTIONS or not (low in self.lang.skip or low in title.modifiers):
                return False  # "vecina del área e integrante de …": her office too
            k -= 1  # "the", "Ukrainian"
        return False

    def _address_start(self, i: int) -> int:
        """Where a name at token ``i`` begins with the forms of address written before it ("Mrs. Amaka Obi", "Mr
        Ade Bello", "the Hon. Jane Doe" after a title): ``i`` when there are none."""
        toks, honorifics = self.toks, self.lang.honorifics
        k = i
        while k and k - 1 not in self.mentions:
            if k >= 2 and toks[k - 1].text == "." and toks[k - 2].low in honorifics:
                k -= 2
            elif toks[k - 1].low in honorifics or (k < i and toks[k - 1].low == "the"):
                k -= 1
            else:
                break
        return k

    def _adjectives_then_comma(self, j: int, i: int) -> bool:
        """Between a title and a name: one or two lower-case adjectives after the title, then a comma ("El
        presidente ucraniano, Volodímir Zelenski", "le président ukrainien, Volodymyr Zelensky", "il consigliere
        presidenziale ucraino, Mykhailo Podolyak"): the title apposed to the name, its adjectives after it as the
        Romance languages write them. No verb, article or preposition among them ("el ministro dijo, Pérez")."""
        gap = self.toks[j:i]
        if not 2 <= len(gap) <= 3 or gap[-1].text != ",":
            return False
        lang = self.lang
        return all(
            t.word
            and t.text.isalpha()
            and t.text.islower()
            and t.low not in lang.skip
            and t.low not in lang.prepositions
            and not lang.is_verb(t.low)
            for t in gap[:-1]
        )

    def _nation_adjectives(self, j: int, i: int) -> bool:
        """Between a title and a name with no comma: one or two people's adjectives, as the Romance languages write
        them after the title ("le président ukrainien Volodymyr Zelensky", "le secrétaire d'État américain Antony
        Blinken", "el presidente ucraniano Volodímir Zelenski"), after the field the title governs if any ("le chef
        de la diplomatie russe Sergueï Lavrov": "of", its articles, one lower-case noun): the title is the name's. Not
        any lower-case word: a verb or an object may stand there ("le ministre reçoit Pierre Dupont")."""
        gap = self.toks[j:i]
        if gap and gap[0].low in _OF_WORDS:
            n = 1
            while n < len(gap) and self._linking(gap[n]):
                n += 1
            if n >= len(gap) - 1 or not gap[n].text.isalpha() or not gap[n].text.islower():
                return False
            gap = gap[n + 1 :]  # the governed noun, then its adjectives
        gap = self._without_place_phrase(gap)
        return 1 <= len(gap) <= 2 and all(t.word and nation_adjective(t.text, self.lang.code) for t in gap)

    def _place_phrase_ends(self, j: int, i: int) -> bool:
        """Whether the words between a title and a name end in a phrase of where the holder is ("en el exilio")."""
        gap = self.toks[j:i]
        return len(self._without_place_phrase(gap)) < len(gap)

    def _without_place_phrase(self, gap: list[Token]) -> list[Token]:
        """The gap without a short phrase of where the title's holder is that ends it ("l'opposant russe en exil
        Ilia Ponomarev", "el opositor ruso en el exilio Iliá Ponomariov"): a preposition that is no "of" word, at most
        one article, one lower-case word that is no verb. What stays must still be people's adjectives."""
        for n in (2, 3):
            if len(gap) <= n:
                continue
            head, noun = gap[-n], gap[-1]
            if (
                head.low in self.lang.prepositions
                and head.low not in _OF_WORDS
                and all(self._linking(t) for t in gap[-n + 1 : -1])
                and noun.text.isalpha()
                and noun.text.islower()
                and not self.lang.is_verb(noun.low)
            ):
                return gap[:-n]
        return gap

    def _texts(self, i: int, j: int) -> list[str]:
        return [t.text for t in self.toks[i:j]]

    def _predicate_title(self, gap: list[str]) -> bool:
        """Between a person and a title: a copula (the language's ``copulas``) and at most three lower-case words
        ("ist", "ist die neue", "war seit 2019"), no negation (``negations``)."""
        copulas = self.lang.words("copulas")
        if not copulas or not gap or len(gap) > 6:
            return False
        n = 2 if " ".join(gap[:2]).lower() in copulas else 1 if gap[0].lower() in copulas else 0
        if not n or len(gap) - n > 4:
            return False
        negations, prepositions = self.lang.words("negations"), self.lang.prepositions
        # the title's own modifiers before it: "is the Kremlin spokesman", "ist die neue Sprecherin"; no
        # preposition ("was replaced by the spokesman": someone else), no negation
        return all(
            (g.isalpha() and g.lower() not in negations and g.lower() not in prepositions) or g in _POSSESSIVE
            for g in gap[n:]
        )

    def _title_of_body(self, title: Cand, person: Cand) -> bool:
        """Between a title and a name: "of" (de, del, della, des, von…), the body's name, one comma. The body may
        be written in lower case where the language so writes its offices ("La porte-parole du ministère russe des
        Affaires étrangères, Maria Zakharova", "Le conseiller de la présidence ukrainienne, Mykhaïlo Podoliak", "the
        spokeswoman for the Russian foreign ministry, Maria Zakharova"): then a word of an institution or a capital
        letter shows it is a body, and no verb or other preposition stands there ("el ministro habló de la guerra,
        Pérez")."""
        gap = self.toks[title.j : person.i]
        if len(gap) < 3 or len(gap) > 9 or gap[0].low not in _OF_WORDS or gap[-1].text != ",":
            return False
        inner = gap[1:-1]
        # "La ministra de la Mujer y Equidad de Género, Antonia Orellana": a body's name may hold a conjunction
        allowed = self.lang.skip | _OF_WORDS | _CONJUNCTIONS
        lang = self.lang
        return all(
            t.word
            and (
                t.capitalised
                or t.low in allowed
                or (t.text.isalpha() and t.low not in lang.prepositions and not lang.is_verb(t.text))
            )
            for t in inner
        ) and any(t.capitalised or lang.is_institution(t.text) for t in inner)

    def _title_body_name(self, title: Cand, bodies: list[Cand], person: Cand) -> bool:
        """A title, the body it serves and the name with no comma ("Rzecznik Kremla Dmitrij Pieskow", "представитель
        МИД Мария Захарова", "el portavoz del Kremlin Dmitri Peskov", "President of Ukraine Volodymyr Zelensky"):
        between the title and the name only the bodies' names, "of" words and articles. A lone surname so is the
        title's only where titles come first and their bodies follow in the genitive (``head_first_titles``);
        elsewhere it may be the body's own name ("der Sprecher der Regierung Merkel": Merkel's government)."""
        toks = self.toks
        if not bodies or person.i - title.j > 6:
            return False
        if person.j - person.i < 2 and not self.lang.has("head_first_titles"):
            return False
        covered = {k for x in bodies for k in range(x.i, x.j)}
        allowed = self.lang.skip | _OF_WORDS
        # (``head_first_titles``) and the lower-case genitive words of a body's name ("Речник Ради нацбезпеки США
        # Джон Кірбі")
        return all(
            k in covered or (toks[k].word and toks[k].low in allowed) or (k > title.j and self._governed_run(k, k + 1))
            for k in range(title.j, person.i)
        )

    def _genitive_owner_of_holder(self, j: int, b: int) -> bool:
        """(``genitive_s``) a body or place ending at j in the genitive "-s", then a capitalised noun no table lists as
        a title, up to two lower-case words before it, and a person's name at once after it ("Irans oberster Führer Ali
        Chamenei", "Deutschlands oberster Soldat Carsten Breuer"): the noun is the person's role, the body or place
        its owner and no speaker. ``_next_word`` finds the titles a table lists."""
        toks = self.toks
        if not self.lang.has("genitive_s") or not toks[j - 1].text.endswith("s"):
            return False
        k = j
        while k < b and k - j < 2 and toks[k].word and not toks[k].capitalised and toks[k].text.isalpha():
            if self.lang.is_verb(toks[k].low) or toks[k].low in self.lang.prepositions or toks[k].low in _CONJUNCTIONS:
                return False
            k += 1
        if k + 1 >= b or k in self.mentions or not (toks[k].capitalised and toks[k].text.isalpha()):
            return False
        after = self.mentions.get(k + 1)
        noun = self._common(toks[k]) or declined_noun(toks[k].text, self.lang.code)
        return after is not None and after[1].label == "PERSON" and noun

    def _next_word(self, j: int, b: int) -> int | None:
        k = j
        if k < b and self.toks[k].low in _POSSESSIVE:
            k += 1
        while k < b and self.toks[k].word and not self.toks[k].capitalised and k - j < 3:
            if self.lang.title_gender(self.toks[k].text)[0] or self.lang.is_institution(self.toks[k].text):
                return k
            if self.toks[k].low in _CONJUNCTIONS:
                return None  # "el Kremlin y el Pentágono": another body, not this one's office
            k += 1
        if (
            k < b
            and self.toks[k].word
            and (self.lang.title_gender(self.toks[k].text)[0] or self.lang.is_institution(self.toks[k].text))
        ):
            return k
        return None

    def _title_like_next(self, k: int, b: int) -> bool:
        return k < b and self.lang.title_gender(self.toks[k].text)[0]

    def _capitalised_institution(self, k: int, b: int) -> bool:
        """A body written with a capital after a definite article and before a lower-case word or the end ("indicó
        la Presidencia rusa", "afirmou o Governo em comunicado"): the institution noun, as written in lower case
        elsewhere; not a capitalised run that names something ("la Casa Rosada"), nor one a preposition governs."""
        toks = self.toks
        if k == 0 or toks[k - 1].low not in self.lang.words("definite") or k in self.mentions:
            return False
        if k >= 2 and (toks[k - 2].low in self.lang.prepositions or toks[k - 2].low in _OF_WORDS):
            return False  # "el inspector general de la Policía": a title's body, in a name's place
        return k + 1 >= b or not toks[k + 1].word or not toks[k + 1].capitalised

    def _office_field(self, k: int) -> bool:
        """Whether the capitalised word at k, a form of address or a role elsewhere ("Justice"), names the field of
        an office right after the office's title and its "of" ("the Minister of Justice", "Commissioner for
        Justice"): part of the office's name, as "Finance" is, not the title of a name after it."""
        toks = self.toks
        return (
            k >= 2
            and toks[k].capitalised
            and toks[k - 1].low in self.lang.words("of_words")
            and toks[k - 2].word
            and toks[k - 2].capitalised
            and self.lang.title_gender(toks[k - 2].text)[0]
        )

    def _is_name_start(self, k: int, b: int) -> bool:
        """A capitalised title word that is someone's name ("says Doctor" of Ken Doctor)."""
        t = self.toks[k]
        if self.lang.nouns_capitalised or not t.capitalised or t.text not in self.full_names:
            return False
        prev = self.toks[k - 1] if k > 0 else None
        return prev is None or not (prev.low in self.lang.skip or prev.capitalised)

    def _verb_follows(self, k: int, b: int) -> bool:
        """The capitalised run at k is followed by a speech verb (the end of the trusted stretch)."""
        j = k
        while j < b and self.toks[j].capitalised:
            j += 1
        return j >= b

    def _title(self, k: int, b: int, gender: str | None) -> Cand:
        """A title phrase: its role, the words before it that qualify it ("Kremlin", "national security")."""
        toks = self.toks
        j = k + 1
        head_first = self.lang.has("head_first_titles")
        while j < b and toks[j].word and self.lang.title_gender(toks[j].text)[0]:
            if head_first and self._oblique(toks[j]):
                break
            j += 1  # "press secretary", "vice president", "Sözcüsü Yardımcısı"
        head_end = j
        j = self._title_words_end(j, b)  # "Wali Kota", "Kepala Staf": the title's own words, no name
        while head_first and j < b and toks[j].word and self.lang.title_gender(toks[j].text)[0]:
            j += 1  # "пресс-секретарь президента": whose press secretary, a modifier of the title, not its head
        mods = []
        m = k - 1
        while m >= 0 and m >= k - 5:
            x = toks[m]
            if not x.word or x.low in self.lang.prepositions or (x.low in self.lang.skip and x.low not in _POSSESSIVE):
                break
            if self.lang.is_verb(x.text):
                break  # "— добавил пресс-секретарь": the speech verb before a bare title is no modifier of it
            mods.append(x.low)
            m -= 1
        head = role = self.lang.lemma(toks[head_end - 1].text)
        head = _ROLE_GROUPS.get(head, _ROLE_GROUPS.get(toks[head_end - 1].low, head))
        for suffix in self.lang.title_suffixes:
            if head.endswith(suffix) and head != suffix:
                mods.append(head[: -len(suffix)])
                head = _ROLE_GROUPS.get(suffix, suffix)
        plural = self.lang.titles.get(toks[head_end - 1].low) == "p"
        if m >= 0 and _ARTICLE_GENDER.get(self.lang.code, {}).get(toks[m].low) == "p":
            plural = True  # "les journalistes ont alerté": a plural article makes the role a group, no one person
        if gender is None and m >= 0:
            # "escreveu a porta-voz", "la portavoz": a title of both genders takes its article's
            gender = _ARTICLE_GENDER.get(self.lang.code, {}).get(toks[m].low) or gender
        of = None
        of_unread = False
        if j + 1 < b and toks[j].low in _TITLE_OF:
            n = j + 1
            while n < b and toks[n].low in self.lang.skip:
                n += 1
            if n in self.mentions and self.mentions[n][1].label in _ORGISH:
                of = _entity_speaker(self.mentions[n][1])
            elif n not in self.mentions and head in _SPOKESPERSON:
                of = self.body_named_at(n, b) or self._lone_body(j, n, b)
                # "ein Sprecher des Unternehmens": a noun for any body of its kind (``anaphor_heads``), capitalised as
                # German nouns are, is no body left unread; the spokesperson speaks for the organisation in view
                of_unread = (
                    of is None
                    and n < b
                    and toks[n].word
                    and toks[n].capitalised
                    and not (
                        self.lang.lemma(toks[n].text) in self.lang.words("anaphor_heads") and n + 1 not in self.mentions
                    )
                )
        if of is None and head in _SPOKESPERSON:
            of = self._possessor(k)
        if of is None and head in _SPOKESPERSON and m >= 0 and toks[m].low in self.lang.words("indefinite"):
            of = self._modifier_body(m + 1, k) or self._compound_body(toks[head_end - 1].text)
        if (
            self.lang.has("nation_adjective_after_title")
            and j < len(toks)
            and toks[j].word
            and toks[j].text.islower()
            and nation_adjective(toks[j].text, self.lang.code)
        ):
            # "a affirmé le président ukrainien lors de …": the people's adjective after the role word narrows it as one
            # before it does (a registered office "président ukrainien"); the title's span stays the role's
            mods.append(toks[j].low)
        return Cand(
            k,
            j,
            "title",
            toks[k].start,
            toks[j - 1].end,
            gender="p" if plural else gender,
            head=head,
            modifiers=frozenset(mods)
            | frozenset(t.low for t in toks[k : head_end - 1])
            | frozenset(self.lang.lemma(t.text) for t in toks[head_end:j]),
            of=of,
            of_unread=of_unread,
            excluded=self._excluded(m + 1, j),
            body=self._title_body(head_end, j, b) if head_first else "",
            role=role,
        )

    def _modifier_body(self, n: int, k: int) -> Speaker | None:
        """An unnamed spokesperson's body named before the title ("a Kremlin spokesman", "A Sussex Police
        spokesman"): an organisation or a place the recogniser read, filling the words from ``n`` to the title at
        ``k``. Only after an indefinite article: "the Kremlin spokesman" is a person the article may name."""
        if n >= k or n not in self.mentions:
            return None
        end, e = self.mentions[n]
        return _entity_speaker(e) if end == k and e.label in _ORGISH else None

    def _compound_body(self, word: str) -> Speaker | None:
        """An unnamed spokesperson's body as the first part of a hyphenated title ("ein Kreml-Sprecher", "eine
        NATO-Sprecherin"): an organisation or place the article reads by that name, or initials. None for an
        institution noun the article does not read as a name ("ein Polizei-Sprecher": no one body) or anything
        else."""
        first, hyphen, _ = word.partition("-")
        if not hyphen or len(first) < 2 or not first[:1].isupper():
            return None
        known = self.body_by_form(first)
        if known is not None:
            return _entity_speaker(known)
        if self.lang.is_institution(first) or not (first.isupper() or self._name_of_body(first, s_plural=True)):
            return None  # "ein Polizei-Sprecher", "ein Team-Sprecher": a common noun; "ein Siemens-Sprecher": a name
        return Speaker(name=first, id=None, label="ORG", key=f"ORG:{first.casefold()}")

    def body_by_form(self, form: str) -> Entity | None:
        """The organisation or place (``_ORGISH``) the article names by ``form``: an organisation's name, or the name
        or a mention as written of the first body so named. The forms are read once per article, when first asked:
        a look-up on any text."""
        if self._body_forms is None:
            self._body_forms = {}
            for _, e in self.mentions.values():
                if e.label in _ORGISH:
                    for written in (e.name, *self._mention_texts(e)):
                        self._body_forms.setdefault(written, e)
        return self._orgs.get(form.casefold()) or self._body_forms.get(form)

    def _name_of_body(self, word: str, s_plural: bool = False) -> bool:
        """Where nouns are capitalised, whether a lone capitalised word the recogniser did not read can name a body:
        the dictionary lists no plural of it ("Rheinmetall", "Bundeswehr"; not "Familie", "Stadt": ``declined_noun``),
        it is no inflected form, institution, role or person noun, no person the article names and no part of a name
        the recogniser read (whose reading decides)."""
        return (
            self.lang.nouns_capitalised
            and word.isalpha()
            and word[:1].isupper()
            and word[1:].islower()
            and len(word) > 2
            and not declined_noun(word, self.lang.code, s_plural)
            and not inflected_noun(word, self.lang.code)
            and not self.lang.is_institution(word)
            and not self.lang.title_gender(word)[0]
            and not self.lang.person_noun(word)[0]
            and not common_word(word.lower(), self.lang.code)
            and word.lower() not in cldr.weekday_names(self.lang.code)  # "teilte die Polizei Montag mit"
            and word.lower() not in cldr.month_names(self.lang.code)
            and word not in self.full_names
            and not self._lone_given(word)
            and not given_name(word, self.lang.code)
            and self.person_for([word]) is None
            and word not in self._longer_name_words
        )

    @cached_property
    def _longer_name_words(self) -> frozenset[str]:
        """The words of the names of several words the recogniser read ("Cansativa" of "Cansativa GmbH"), read once."""
        return frozenset(w for _, e in self.mentions.values() if " " in e.name for w in e.name.split())

    def _lone_body(self, j: int, n: int, b: int) -> Speaker | None:
        """An unnamed spokesperson's body named by one capitalised word the recogniser did not read, right after
        "von" ("ein Sprecher von Rheinmetall") or a feminine genitive article ("ein Sprecher der Bundeswehr"): a
        word that names a body (``_name_of_body``), not a common noun ("der Familie", "von Anwohnern")."""
        toks = self.toks
        if n != j + 1 or n >= b or toks[j].low not in ("von", "der"):
            return None
        word = toks[n].text
        if n + 1 < b and toks[n + 1].word and toks[n + 1].capitalised:
            return None  # a longer run: ``body_named_at`` reads those
        if not self._name_of_body(word):
            return None
        return Speaker(name=word, id=None, label="ORG", key=f"ORG:{word.casefold()}")

    @staticmethod
    def _mention_texts(e: Entity) -> set[str]:
        return {m.text for m in e.mentions}

    def _title_body(self, head_end: int, j: int, b: int) -> str:
        """(``head_first_titles``) the body a title is of, as its genitive names it: the role word it governs
        ("пресс-секретарь президента": "президент") or the word after it ("представитель Кремля": "кремль"), not
        a name, a verb or a preposition; grouped by ``body_groups``; "" for none."""
        toks = self.toks
        if head_end < j:
            word = toks[head_end].text
        elif (
            j < b
            and toks[j].word
            and not self.lang.is_verb(toks[j].text)
            and toks[j].low not in self.lang.prepositions
            and toks[j].low not in self.lang.skip
            and not self._person_starts(j)
            and not self._is_name_start(j, b)
        ):
            word = toks[j].text
        else:
            return ""
        low = self.lang.lemma(word)
        groups = _LANGUAGE_BODY_GROUPS.get(self.lang.code, {})
        if head_end < j and head_end + 1 < len(toks) and toks[head_end + 1].word:  # "президента Росії"
            low = groups.get(f"{low} {toks[head_end + 1].low}", low)
        return groups.get(low, low)

    def _oblique(self, t: Token) -> bool:
        """(``head_first_titles``) a title word not in its dictionary form: an oblique case ("президента")."""
        return self.lang.lemma(t.text) != t.low

    def body_named_at(self, n: int, b: int, over_mentions: bool = False) -> Speaker | None:
        """(``bodies_unread``) a body the recogniser did not read, named at token n after "a spokesperson for": a
        capitalised run ("the Acme Corporation", "Department of Health and Human Services") of two words or more,
        or one ending in an institution noun, or initials ("CBP"). None otherwise (a lone capitalised word may be
        anything). ``over_mentions``: the run may hold names the recogniser read ("Doctors for Camp Closure", whose
        "Camp Closure" it took for a person) as long as it does not start with one."""
        if not self.lang.has("bodies_unread"):
            return None
        toks = self.toks
        j = n
        while j < b and j - n < 10 and toks[j].word and (toks[j].capitalised or toks[j].low in _NAME_JOINERS):
            if toks[j].low in _NAME_JOINERS and not (j + 1 < b and toks[j + 1].capitalised):
                break
            j += 1
        words = toks[n:j]
        if not words or not words[0].capitalised or n in self.mentions:
            return None
        if not over_mentions and any(k in self.mentions for k in range(n, j)):
            return None
        acronym = len(words) == 1 and words[0].text.isupper() and len(words[0].text) >= 2
        if self.lang.nouns_capitalised and not acronym and not self._german_body(words):
            return None
        if len(words) < 2 and not acronym and not self.lang.is_institution(words[-1].text):
            return None
        if not self.lang.nouns_capitalised and any(self.lang.is_verb(t.text) for t in words):
            return None  # (German verbs are not capitalised mid-sentence: "Post" is no verb there)
        name = self.text[words[0].start : words[-1].end]
        if self.lang.nouns_capitalised:
            name = _standalone_body_name(words, name)
        if self.lang.nouns_capitalised and len(words) == 1:
            name = _bare_noun(words[0].low, self.lang, compound=words[0].text) or name
        return Speaker(name=name, id=None, label="ORG", key=f"ORG:{name.casefold()}")

    def _german_body(self, words: list[Token]) -> bool:
        """Where nouns are capitalised, a run names a body only when written as a name: a capitalised adjective
        first ("Deutschen Post", "Berliner Stadtreinigung", of a place the article names) or a company's legal
        form last ("Gegenbauer GmbH"); not a noun and a name ("Unternehmens Gegenbauer") nor a lone noun."""
        if len(words) >= 2 and words[-1].low in self.lang.words("legal_forms"):
            return True
        if len(words) == 1:  # "des Innenministeriums", "des Bundeskanzleramts": a compound naming one body
            return self.lang.is_institution(words[0].text) and _bare_noun(words[0].low, self.lang) is None
        return self.name_adjective(words[0])

    def name_adjective(self, t: Token) -> bool:
        """A capitalised adjective, which opens a name in German: its lower-case form is a common word ("Deutsche",
        "Neue"), or it is a place's "-er" adjective of a place the article names ("Berliner"). The first word of a
        body's name here and after an article in the attribution's paragraph scan (``_body_in_paragraph``)."""
        if not (t.word and t.capitalised and t.text[1:].islower()):
            return False
        if t.low.endswith("er") and t.text[:-2] in self.places:
            return True
        return t.low.endswith(("e", "en", "er", "es")) and common_word(t.low, self.lang.code)

    def _possessor(self, k: int) -> Speaker | None:
        """The person or body named with a possessive right before token k ("Swift's rep", "Acme's spokesman"): whom
        an unnamed spokesperson there speaks for. None when there is none."""
        toks = self.toks
        if k < 2 or toks[k - 1].low not in _POSSESSIVE:
            return None
        for n in range(k - 2, max(-1, k - 8), -1):
            if n in self.mentions:
                end, e = self.mentions[n]
                return _entity_speaker(e) if end == k - 1 and e.label in _ORGISH | {"PERSON"} else None
        # a surname the recogniser did not read there, of a person it read elsewhere ("Taylor Swift" … "Swift's")
        person = self.person_for([toks[k - 2].text]) if toks[k - 2].capitalised else None
        return _entity_speaker(person) if person is not None else None

    def _genitive_after(self, j: int, b: int) -> int:
        """Past the genitive that completes a body's name after its head noun, up to two words ("администрация
        президента", "ministerstwo obrony Rosji"): words that are no verb, preposition, pronoun or function word."""
        end = j
        while end < min(b, j + 2):
            x = self.toks[end]
            if (
                not x.word
                or x.low in self.lang.skip
                or x.low in self.lang.prepositions
                or x.low in self.lang.pronouns
                or x.low in _CONJUNCTIONS
                or self.lang.is_verb(x.text)
            ):
                break
            end += 1
        return end

    def _institution_phrase(self, k: int, b: int) -> int:
        """(``institutions`` of several words) the number of words of the institution noun written as a phrase that
        starts at token k ("think tank": neither word alone is a body), 0 if none."""
        toks = self.toks
        for phrase in self._institution_phrases:
            n = len(phrase)
            if k + n <= b and all(toks[k + m].word and toks[k + m].low == w for m, w in enumerate(phrase)):
                return n
        return 0

    def _verb_slot_after_quote(self, k: int) -> bool:
        """(German) a lower-case word right after a quote's closing mark and its comma: the finite verb of the inverted
        cue („…“, reagierte X), whatever verb it is, since the quote fills the clause's first place; never a modifier
        of a body's name (German adjectives and nouns around it are no first word after the comma)."""
        t = self.toks[k]
        if not self.lang.nouns_capitalised or not t.word or t.capitalised:
            return False
        before = self.text[max(0, t.start - 8) : t.start].rstrip()
        return before.endswith(",") and before[:-1].rstrip()[-1:] in QUOTE_MARKS

    def _council_title(self, k: int, b: int) -> bool:
        """(German) an institution noun right before a person the recogniser read, one space apart: the body's name
        used as its member's title ("Stadtrat Peter Vogl", "Betriebsrat Uwe Lind", Swiss "Bundesrat Guy Parmelin"),
        not the body itself, which would otherwise take the verb and the person as a name of its own."""
        t = self.toks[k]
        return (
            self.lang.nouns_capitalised
            and t.capitalised
            and t.text.isalpha()
            and k + 1 < b
            and self.lang.is_institution(t.text)
            and self._person_starts(k + 1)
            and self._adjacent(k, k + 1)
        )

    def _person_starts(self, k: int) -> bool:
        """Whether a mention of a person the recogniser read starts at token k."""
        mention = self.mentions.get(k)
        return mention is not None and mention[1].label == "PERSON"

    def _institution(self, first: int, head: int, b: int, phrase: int = 1) -> Cand | None:
        """An institution phrase around its head noun: "the Russian foreign ministry", "Russia's defence ministry";
        ``phrase`` words end at the head when the noun is a phrase ("the think tank")."""
        toks = self.toks
        i = head
        while i - 1 >= 0 and i - 1 >= head - 5:
            x = toks[i - 1]
            if x.low in _CONJUNCTIONS or x.low in self._cue_words:
                break  # "Laut Polizei", "Gemäss Polizei": the cue governs the body, it qualifies nothing
            if self._verb_slot_after_quote(i - 1):
                break  # "„…“, mutmaßte Stadtrat Vogl": the inverted cue's verb, one the lexicon lacks
            if x.low in _POSSESSIVE or (
                x.word
                and x.low not in self.lang.skip
                and x.low not in self.lang.prepositions
                and not self.lang.is_verb(x.text)
                and x.low not in self.lang.pronouns
                and x.low not in self.lang.words("copulas")  # "(Zakharova) has been Russia's foreign ministry …"
            ):
                i -= 1
                continue
            break
        i = min(i, first)
        j = head + 1
        while j < b and toks[j].word and self.lang.is_institution(toks[j].text):
            j += 1
        owner = self._document_body(head, b)
        if owner is not None:
            # "podkreślił w komunikacie Kreml", "w komunikacie Kremla": a document and right after it the body the
            # recogniser read, the document's issuer in the genitive or the verb's subject; either way the body speaks
            end, e = owner
            return Cand(i, end, "inst", toks[i].start, toks[end - 1].end, _entity_speaker(e), head=toks[head].low)
        named = self._kind_before_name(j, b)
        if named is not None:
            # "die Gewerkschaft Verdi", "die Agentur Ria Nowosti": the body's kind, then its name
            end, sp = named
            c = Cand(i, end, "inst", toks[i].start, toks[end - 1].end, sp, head=toks[head].low)
            c.excluded = self._excluded(i, end)
            self.institutions.append(c)
            return c
        if self.lang.has("head_first_titles"):
            j = self._genitive_after(j, b)
        if j + 1 < b and toks[j].low in _OF_WORDS - _OF_NOT_JOINING and toks[j + 1].capitalised:
            j += 1
            while j < b and toks[j].word and (toks[j].capitalised or toks[j].low in _NAME_JOINERS):
                if j > head + 2 and self._person_starts(j):
                    break  # "il governatore della regione di Kursk Roman Starovoit": the body ends before the person
                j += 1
        acronym = self._acronym_after(j, b)
        read = self._org_ending_at(acronym) if acronym is not None else None
        if read is not None:
            # "in einer Mitteilung der Siemens AG": the initials end a body's name the recogniser read, its legal form
            # ("AG", "SE", "GmbH"), not the initials the body goes by; the body is that name
            end, e = read
            c = Cand(i, end, "inst", toks[i].start, toks[end - 1].end, _entity_speaker(e), head=toks[head].low)
            c.excluded = self._excluded(i, end)
            self.institutions.append(c)
            return c
        if acronym is not None:
            # "das Bundesinstitut für Arzneimittel und Medizinprodukte BfArM": the body by the initials it goes by
            name = toks[acronym].text
            sp = Speaker(name=name, id=None, label="ORG", key=f"ORG:{name.casefold()}")
            c = Cand(i, acronym + 1, "inst", toks[i].start, toks[acronym].end, sp, head=toks[head].low)
            c.excluded = self._excluded(i, acronym + 1)
            self.institutions.append(c)
            return c
        words = [t for t in toks[i:j] if t.low not in self.lang.skip]
        if not words:
            return None
        name = self.text[words[0].start : words[-1].end]
        proper = any(t.capitalised for t in words) or len(words) > phrase
        if i > 0 and toks[i - 1].low in self.lang.words("indefinite_unnamed") and not any(t.capitalised for t in words):
            proper = False  # "an established volunteer network": some body, named nowhere
        elif self.lang.lemma(toks[head].low) in self.lang.words("anaphor_heads") and not any(
            t.capitalised for t in words
        ):
            # "the production company said", "the two companies": a noun for any body of its kind, described, not
            # named; the body in view, if one (reader._body_in_view), else no one ("Production company" is no speaker)
            proper = False
        compound = (
            self.lang.nouns_capitalised
            and len(words) == 1
            and words[0].capitalised
            and self.lang.is_institution(words[0].text)
            and _bare_noun(words[0].low, self.lang) is None
            and words[0].text.isalpha()
            and not (
                j < b and toks[j].word and toks[j].capitalised
            )  # "Kantonspolizei Zürich": read with its seat below
            # not the short heads other nouns end in too ("Verrat", "Maßstab", "Ehrenamt", "Gottesdienst")
            and not any(w.endswith(_SHORT_HEADS) for w in self.lang.genitive_stems(words[0].low))
        )
        if compound:
            # "teilte das Ermittlungskomitee mit": a compound ending in an institution noun names one body, as "ein
            # Sprecher des Innenministeriums" does; its nominative when written in the genitive
            name = _bare_noun(words[0].low, self.lang, compound=words[0].text) or words[0].text
        elif self.lang.nouns_capitalised and (
            len(words) == 1
            or not any(t.capitalised and not self._common(t) for t in words)
            or words[0].low in self.lang.words("possessives")
        ):
            # German nouns are all capitalised: "das Unternehmen", "ausländische Armeen" name nobody; nor does a
            # phrase a possessive opens ("Seine Botschaft: „…“": his message, or his embassy, no body's name)
            proper = False
        elif len(words) == 1 and words[0].capitalised and self._capitalised_institution(head, b):
            proper = False  # "la Presidencia rusa": the noun as "la presidencia rusa" (its qualifier names the body)
        elif self.lang.lemma(toks[head].low) in self.lang.words("impersonal_heads") and not any(
            t.capitalised for t in words
        ):
            # "– głosi komunikat służby prasowej prezydenta Rosji": a document and the lower-case genitives of whose
            # it is describe the statement, they name no body ("Komunikat służby prasowej prezydenta" spoke)
            proper = False
        author = self._document_author(j, b) if toks[head].low in _DOCUMENT_HEADS else None
        if author is not None:
            # "said a report from Kotak Institutional Equities", "a statement by the ministry": the document is its
            # author's words (the author's name, read by the recogniser, ends the phrase)
            end, e = author
            return Cand(i, end, "inst", toks[i].start, toks[end - 1].end, _entity_speaker(e), head=toks[head].low)
        if not proper or (len(words) == 1 and words[0].low in _GENERIC_HEADS):
            apposed = self._apposed_body(i, j, b)
            if apposed is not None:
                # "The group, WeWorkers Coalition, formed …": the body the apposition names (and "the group" after it)
                c = Cand(i, j, "inst", toks[i].start, toks[j - 1].end, _entity_speaker(apposed), head=toks[head].low)
                self.institutions.append(c)
                return c
            # "the ministry": the last institution of that kind the article named; not one of two different ones
            # named in the text just before ("the Russian foreign ministry and the Ukrainian foreign ministry")
            kind = [
                p
                for p in self.institutions
                if p.head == toks[head].low and p.start < toks[head].start and p.speaker is not None
            ]
            near = {p.speaker.key for p in kind if p.speaker and p.start >= toks[head].start - _NEAR_INSTITUTIONS}
            if kind and len(near) <= 1:
                prev = kind[-1]
                return Cand(i, j, "inst", toks[i].start, toks[j - 1].end, prev.speaker, head=prev.head)
            return Cand(i, j, "inst", toks[i].start, toks[j - 1].end, None, head=toks[head].low)
        if toks[head].low in _DOCUMENT_HEADS:
            return Cand(i, j, "inst", toks[i].start, toks[j - 1].end, None, head=toks[head].low)
        sp = Speaker(
            name=name[0].upper() + name[1:] if name[:1].islower() else name,
            id=None,
            label="ORG",
            key=f"ORG:{name.casefold()}",
        )
        c = Cand(i, j, "inst", toks[i].start, toks[j - 1].end, sp, head=toks[head].low)
        c.excluded = self._excluded(i, j)
        self.institutions.append(c)
        return c

    def _document_body(self, head: int, b: int) -> tuple[int, Entity] | None:
        """(``impersonal_heads``, ``document_heads``) the body named right after a document's head noun, which an
        institution word of the language may open ("komunikacie Kreml"): (the end of its name, its entity), only for
        an organisation or a building that stands for one (the Kremlin) the recogniser read there. None otherwise."""
        low = self.toks[head].low
        if low not in _DOCUMENT_HEADS and self.lang.lemma(low) not in self.lang.words("impersonal_heads"):
            return None
        if head + 1 >= b or head + 1 not in self.mentions:
            return None
        end, e = self.mentions[head + 1]
        return (end, e) if e.label in ("ORG", "FAC") and end <= b else None

    def _kind_before_name(self, j: int, b: int) -> tuple[int, Speaker] | None:
        """(``kind_before_name``) the name right after an institution noun, written as the body's kind before its
        name ("die Agentur Ria Nowosti", "die Nachrichtenagentur TASS"): an organisation the recogniser read there;
        not a place, the body's seat ("die Polizei Köln"), nor a person. The end of the name and the speaker; None
        otherwise."""
        toks = self.toks
        if not self.lang.has("kind_before_name") or j >= b or not toks[j].word or not toks[j].capitalised:
            return None
        if self.text[toks[j - 1].end : toks[j].start] not in (" ", "\u00a0"):
            return None  # "die Agentur, Tass …", a line break: no one name with its kind
        if j in self.mentions:
            end, e = self.mentions[j]
            return (end, _entity_speaker(e)) if e.label == "ORG" else None
        return None  # an unread word there may be the body's seat ("die Polizei Köln"): no name of its own

    def _apposed_body(self, i: int, j: int, b: int) -> Entity | None:
        """The organisation named between commas right after a definite institution noun ("the group, WeWorkers
        Coalition, …"): the body the noun stands for. None when there is no such apposition."""
        toks = self.toks
        articles = self.lang.words("anaphor_articles")
        if not articles or i == 0 or toks[i - 1].low not in articles or j + 1 >= b or toks[j].text != ",":
            return None
        if j + 1 not in self.mentions:
            return None
        end, e = self.mentions[j + 1]
        if e.label != "ORG" or end >= b or toks[end].text != ",":
            return None
        return e

    def document_at(self, k: int, b: int) -> tuple[int, Entity] | None:
        """A document phrase starting at k whose author is named ("a 2018 survey by Penelope Muse Abernathy", "a
        study from the Acme Institute"): an article, up to three modifiers, a document head, "by"/"from" and a name
        the recogniser read. (The end of the name, its entity) or None."""
        toks = self.toks
        m = k
        while m < b and toks[m].low in self.lang.skip and toks[m].low not in self.lang.prepositions:
            m += 1
        for head in range(m, min(b, m + 4)):
            if not toks[head].word or toks[head].low in self.lang.prepositions:
                return None
            if toks[head].low in _DOCUMENT_HEADS:
                return self._document_author(head + 1, b)
        return None

    def _document_author(self, j: int, b: int) -> tuple[int, Entity] | None:
        """The author named right after a document's head by "from"/"by" ("a report from Kotak Institutional
        Equities", "a statement by the Interior Ministry", "a statement from the Kremlin"): (the end of its name, its
        entity), or None. Only a name the recogniser read as a person, an organisation or a building that stands for
        one (FAC: the Kremlin, the Pentagon): "a report from last year" names no author, "a report from Kyiv" its
        place."""
        toks = self.toks
        if j >= b or toks[j].low not in _DOCUMENT_BY:
            return None
        n = j + 1
        # the name's mention may hold its article ("the White House"): the first mention past the articles
        while (
            n < b
            and n not in self.mentions
            and toks[n].low in self.lang.skip
            and toks[n].low not in self.lang.prepositions
        ):
            n += 1
        if n not in self.mentions:
            return None
        end, e = self.mentions[n]
        if e.label not in ("ORG", "PERSON", "FAC") or end > b:
            return None
        return end, e

    def _org_ending_at(self, k: int) -> tuple[int, Entity] | None:
        """The organisation the recogniser read over token k, starting before it ("Siemens AG" over "AG"): (its end
        token, the entity), else None. Looks back as far as :meth:`_acronym_after` looks ahead."""
        for first in range(k - 1, max(-1, k - 9), -1):
            mention = self.mentions.get(first)
            if mention is not None and mention[0] > k and mention[1].label == "ORG":
                return mention
        return None

    def _acronym_after(self, j: int, b: int) -> int | None:
        """Where the initials of an institution stand right after its phrase: "Bundesinstitut BfArM", "Autonomous
        Tenant Union (ATU)", "Bundesinstitut für Arzneimittel und Medizinprodukte BfArM" (its body's capitalised
        words, "für", "und" and brackets between, up to eight tokens). None when there are none."""
        toks = self.toks
        for k in range(j, min(b, j + 8)):
            t = toks[k]
            if t.word and _ACRONYM.fullmatch(t.text):
                return k
            if t.text == "(" or (
                t.word
                and (t.capitalised or t.low in _OF_WORDS or t.low in _CONJUNCTIONS or t.low in self.lang.prepositions)
            ):
                continue
            return None
        return None

    def _name(
        self, k: int, b: int, gender: str | None = None, titled: bool = False, trusted: bool = False
    ) -> Cand | None:
        """A run of capitalised words; a name if it is two words, titled, or capitalised mid-sentence elsewhere."""
        toks = self.toks
        if k in self.mentions:
            j, e = self.mentions[k]
            sp = _entity_speaker(e)
            self.note_gender(sp.key, gender)
            kind = "person" if e.label == "PERSON" else "org"
            return Cand(k, j, kind, toks[k].start, toks[j - 1].end, sp, gender=gender, excluded=self._excluded(k, j))
        if self.lang.nouns_capitalised and not titled and self._english_name_tail(k):
            return None  # "vom European Council on Foreign Relations": the tail of an English body's name, no person
        if self.lang.nouns_capitalised and not titled and self._bare_subject_body(k):
            # "Rheinmetall teilte mit: „…“": a singular noun opens a German sentence with no article only as a name;
            # a body's, unless it is spelt as a Russian or Ukrainian surname ("Kowaltschuk erklärte": a person)
            surname = self.lang.surname_spelt(toks[k].text)
            label, kind = ("PERSON", "person") if surname else ("ORG", "org")
            sp = Speaker(name=toks[k].text, id=None, label=label, key=f"{label}:{toks[k].low}")
            return Cand(k, k + 1, kind, toks[k].start, toks[k].end, sp, excluded=self._excluded(k, k + 1))
        j = k
        particles = _PARTICLES - self.lang.skip - _NOT_PARTICLES.get(self.lang.code, set())
        if toks[k].low in particles and k + 1 < b and toks[k + 1].capitalised and not toks[k].capitalised:
            j = k + 1  # "von Preen", "de Gonneville"
        while j < b and j - k < 5:
            x = toks[j]
            if j > k and "\n" in self.text[toks[j - 1].end : x.start] and not self._name_over_line(j - 1, j):
                break
            if (
                x.word
                and (x.capitalised or (j > k and arabic_family_name(x.text)))  # "Ahmed al-Hassan"
                and x.low not in self.lang.skip
                and x.low not in self.lang.pronouns
                and not self.lang.title_gender(x.text)[0]
                and not self.lang.is_verb(x.text)
                and j not in self.mentions
            ) or (
                x.low in particles
                and j + 1 < b
                and toks[j + 1].capitalised
                and j > k
                and toks[j + 1].text not in self._bare  # not "Prozent von Cansativa" where "Cansativa" stands alone
            ):
                j += 1
            else:
                break
        while j - k > 1 and not toks[j - 1].capitalised and not arabic_family_name(toks[j - 1].text):
            j -= 1  # "G1 de" before a place the recogniser tagged: the particle belongs to no name
        while j - k > 1 and not titled and self._opening_word(toks[k]):
            k += 1  # "And Harper": the conjunction opening the sentence is no first name
        if j == k:
            return None
        if self._after_title(k):
            k = self._title_words_end(k, j)  # "Wali Kota Sergei Sobyanin": "Kota" is the title's, the name follows
            if j == k:
                return None
        while j - k > 2 and self.lang.is_institution(toks[k].text) and k not in self.mentions:
            k += 1  # "rzecznik Kremla Dmitrij Pieskow": the institution qualifies the title, the name follows
        k = self._after_common_run(k, j)
        if j - k == 2 and not titled and all(self._lone_given(t.text) for t in toks[k:j]):
            j = k + 1  # "schreibt Gianni Aron": two people the article names alone, the subject and the addressee
        words = [t.text for t in toks[k:j]]
        if not titled and (
            self._is_date(words)
            or self._has_weekday(words)
            or self._month_or_holiday(k, j)
            or any(n in self._titles_of_things for n in range(k, j))
        ):
            return None  # "Anfang Mai", "On Tuesday", "No Place Like Home" (a song's title)
        prev = toks[k - 1] if k > 0 else None
        org = self._orgs.get(" ".join(words).casefold()) if not titled else None
        if org is None and not titled and len(words) == 1 and words[0] in self.full_names:
            # "The Keys closed" after "the Florida Keys": the short form of a place or body, not a surname
            org = self._bodies.get(self.full_names[words[0]].casefold())
        if org is not None:
            return Cand(
                k, j, "org", toks[k].start, toks[j - 1].end, _entity_speaker(org), excluded=self._excluded(k, j)
            )
        if not self.lang.has("no_dictionary_check") and not titled and not trusted and len(words) == 1:
            # without a recogniser a lone capitalised word is a name only where the article gives it in full
            preceded_by_title = prev is not None and self.lang.title_gender(prev.text)[0]
            after_article = prev is not None and prev.low in _ARTICLES.get(self.lang.code, ())
            acronym = after_article and _ACRONYM.fullmatch(words[0])  # "der AStA" is read below
            named = words[0] in self.full_names or self._lone_given(words[0])
            if not named and not preceded_by_title and not acronym:
                return None
        in_full = self.full_names.get(words[0], "").split() if len(words) == 1 else []
        known_surname = (
            len(in_full) > 1
            and in_full[-1] == words[0]
            and known_word(in_full[0], self.lang.code)
            and not known_word(in_full[-1], self.lang.code)
        )  # "Tobias Torgersen" written earlier: a first name and an unknown word; not "Selbstfahrendes Auto"
        aged = len(words) == 1 and self._after_age(k) and not declined_noun(words[0], self.lang.code)
        if self.lang.nouns_capitalised and self._article_before_adjectives(k) and not known_surname and not aged:
            # "so der 15-malige Major-Sieger": a noun after its article and adjectives, no name; but "sagte der
            # optimistische Torgersen" names the person the article gave in full ("Tobias Torgersen")
            return None
        if not self.lang.has("no_dictionary_check") and not titled:
            # without a recogniser: a capitalised common word ("Zudem", "Власти") or a noun with an article
            # ("die Kundgebung") is not a name
            if (
                prev is not None
                and prev.low in _ARTICLES.get(self.lang.code, ())
                and not self._pronoun_before_name(prev, words)
            ):
                if len(words) == 1 and _ACRONYM.fullmatch(words[0]):
                    # "der AStA", "la CGT", "el PSOE": an organisation known by its initials
                    sp = Speaker(name=words[0], id=None, label="ORG", key=f"ORG:{words[0].casefold()}")
                    return Cand(k, j, "org", toks[k].start, toks[j - 1].end, sp, excluded=self._excluded(k, j))
                return None
            if self.lang.has("genitive_s") and len(words) > 1 and self._genitive(words[0]):
                return None  # "Luckes Kritik": Lucke's criticism, not a person
            if len(words) == 1 and self._common(toks[k]):
                return None
            if len(words) > 1 and self._common(toks[k]):
                return None  # "Netz Daten", "Als Grund": a sentence-initial word, not a first name
        sentence_initial = prev is None or prev.text in ".!?…" or self.text[prev.end : toks[k].start].count("\n")
        if len(words) == 1 and not titled and not trusted:
            w = words[0]
            preceded_by_title = prev is not None and (self.lang.title_gender(prev.text)[0] or aged)
            if (
                not preceded_by_title
                and (sentence_initial or w not in self._proper)
                and w not in self.full_names
                and not self._lone_given(w)
            ):
                return None
            if w.isupper() and len(w) <= 4 and not preceded_by_title:
                return None  # an acronym: an organisation the recogniser did not tag
        person = self.person_for(words)
        if (
            person is None
            and self.lang.nouns_capitalised
            and not titled
            and len(words) > 1
            and inflected_noun(words[-1], self.lang.code)
        ):
            # "Millionen Dollar Spenden gesammelt": a run ending in a noun's inflected form ("Spenden" of "Spende")
            # is nouns side by side; a surname is its own form ("Fischer", "Zimmer")
            return None
        opens = k  # where the name's run starts in the text: before k when the scan skipped its first words
        if person is not None:
            sp = _entity_speaker(person)
        else:
            full = " ".join(words)
            if len(words) == 1 and words[0] in self.full_names:
                full = self.full_names[words[0]]
                opens = self._run_start(k, full)
                if opens < k:
                    words = full.split()  # "del Poder Ejecutivo" read from "Ejecutivo" ("Poder" is also a verb)
            common_head = (
                not self.lang.has("no_dictionary_check")
                and len(words) > 1
                and common_word(words[0].lower(), self.lang.code)
            )
            # a platform's or a brand's name alone ("kommentiert Facebook", geo's ``BRANDS``) is a company's, no one's
            company = len(words) == 1 and words[0].casefold() in BRANDS
            if any(self.lang.is_institution(w) for w in words) or common_head or company:
                # "Poder Ejecutivo", "Franja de Gaza", "Neue Bundesregierung": a common word opens no person's name
                sp = Speaker(name=full, id=None, label="ORG", key=f"ORG:{full.casefold()}")
                return Cand(k, j, "org", toks[k].start, toks[j - 1].end, sp, excluded=self._excluded(opens, j))
            sp = Speaker(name=full, id=None, label="PERSON", key=f"PERSON:{full.split()[-1].casefold()}")
        self.note_gender(sp.key, gender)
        excluded = self._excluded(opens, j)
        return Cand(k, j, "person", toks[k].start, toks[j - 1].end, sp, gender=gender, excluded=excluded)

    def _bare_institution_mention(self, k: int, j: int, e: Entity) -> bool:
        """Where nouns are capitalised, an organisation the recogniser read that is one institution noun of the
        lexicon ("Pressedienst", "Regierung"): a common noun, which names no one body."""
        return (
            self.lang.nouns_capitalised
            and e.label == "ORG"
            and e.id is None
            and j == k + 1
            and _bare_noun(self.toks[k].low, self.lang) is not None
        )

    def _owner_after(self, j: int, b: int) -> tuple[int, Speaker] | None:
        """The body a genitive or "von" names right after an institution noun ("des Kremls", "von Rheinmetall"): an
        organisation the recogniser read, or one word that names a body (``_name_of_body``). (end, speaker) or None."""
        toks = self.toks
        if j + 1 >= b or toks[j].low not in ("des", "der", "von", "vom"):
            return None
        n = j + 1
        if n in self.mentions:
            end, e = self.mentions[n]
            return (end, _entity_speaker(e)) if e.label in ("ORG", "FAC") and end <= b else None  # FAC: the Kremlin
        if toks[j].low == "von" and self._name_of_body(toks[n].text) and not (n + 1 < b and toks[n + 1].capitalised):
            return n + 1, Speaker(name=toks[n].text, id=None, label="ORG", key=f"ORG:{toks[n].low}")
        return None

    def _bare_subject_body(self, k: int) -> bool:
        """Whether token k is one word opening its sentence, right before a speech verb, with no article, that names
        a body (``_name_of_body``, no "-s" plural either): "Rheinmetall teilte mit:"; not "Experten warnen:",
        "Polizei teilte mit:" (a plural, an institution noun) nor "Gestern sagte er"."""
        toks = self.toks
        if k + 1 >= len(toks) or not toks[k + 1].word or toks[k + 1].capitalised:
            return False
        if not self.lang.is_verb(toks[k + 1].text):
            return False
        prev = toks[k - 1] if k > 0 else None
        initial = prev is None or prev.text in ".!?…" or "\n" in self.text[prev.end : toks[k].start]
        return initial and self._name_of_body(toks[k].text, s_plural=True)

    def _english_name_tail(self, k: int) -> bool:
        """Whether the capitalised words up to token k follow an English joiner inside a longer name ("Council on
        | Foreign Relations", "Institute for | the Study of War"), which a German text keeps as written."""
        toks = self.toks
        m = k
        while m > 0 and k - m < 5 and toks[m - 1].word and toks[m - 1].capitalised:
            m -= 1
        while m > 0 and toks[m - 1].text == "the":
            m -= 1
        return m >= 2 and toks[m - 1].text in _ENGLISH_JOINERS and toks[m - 2].word and toks[m - 2].capitalised

    def _pronoun_before_name(self, prev: Token, words: list[str]) -> bool:
        """(``pronoun_articles``) an article that is also a pronoun before a given name and a surname: the
        object of an inverted sentence, not the run's article ("Anders sieht das Anna Schmidt": she sees it)."""
        return (
            len(words) > 1
            and prev.low in self.lang.words("pronoun_articles")
            and given_name(words[0], self.lang.code)
            and not common_word(words[0].lower(), self.lang.code)
        )

    def _run_start(self, k: int, full: str) -> int:
        """Where the full name ``full`` that ends at token k starts, when the words before k spell its first
        words on the same line (the scan skipped them): "Poder" of "del Poder Ejecutivo" is also a verb, so the
        name was read from "Ejecutivo", but what governs it ("del") stands before "Poder". Else k."""
        first = full.split()[:-1]
        m = k - len(first)
        if not first or m < 0 or self._texts(m, k) != first:
            return k
        return m if all(self._adjacent(n, n + 1) for n in range(m, k)) else k

    def _after_age(self, k: int) -> bool:
        """Whether the word before token ``k`` gives an age in figures (``age_titles``: "die 68-jährige Brösicke"),
        after which a capitalised word no dictionary declines is the person's name."""
        prev = self.toks[k - 1] if k > 0 else None
        ages = self.lang.words("age_titles")
        return prev is not None and prev.low[:1].isdigit() and any(prev.low.endswith(s) for s in ages)

    def _article_before_adjectives(self, k: int) -> bool:
        """Whether one or two lower-case words (adjectives: "der 15-malige", "die neue") stand between an
        article and token k, in a language whose nouns are capitalised: then k opens a noun, not a name."""
        toks = self.toks
        articles = _ARTICLES.get(self.lang.code, ())
        m = k - 1
        while m >= max(0, k - 2) and toks[m].word and not toks[m].capitalised and toks[m].low not in articles:
            if (
                toks[m].low in self.lang.prepositions
                or toks[m].low in self.lang.skip
                or self.lang.is_verb(toks[m].text)
            ):
                return False
            m -= 1
        return m < k - 1 and m >= 0 and toks[m].low in articles

    def _after_common_run(self, k: int, j: int) -> int:
        """Where a person's name starts in a run of capitalised words that opens with common words."""
        if j - k < 3:
            return k
        return k + _common_prefix(self._texts(k, j), self.lang)

    # --- title bindings --------------------------------------------------------------------

    @cached_property
    def _word_places(self) -> dict[str, list[int]]:
        """Each lower-case word's token positions, built once per article: a role word looked up by ``named_with``
        or ``named_before`` then costs only its own occurrences."""
        where: dict[str, list[int]] = {}
        for idx, t in enumerate(self.toks):
            where.setdefault(t.low, []).append(idx)
        return where

    @cached_property
    def _named_with_cache(self) -> dict[str, Speaker | None]:
        """``named_with``'s answers by role word, for the article."""
        return {}

    @cached_property
    def _named_before_cache(self) -> dict[str, Speaker | None]:
        """``named_before``'s answers by role word, for the article."""
        return {}

    @cached_property
    def _person_ends(self) -> dict[int, Entity]:
        """Where each person's mention ends (its token after), once."""
        return {j: e for i, (j, e) in self.mentions.items() if e.label == "PERSON"}

    def named_with(self, word: str) -> Speaker | None:
        """The one person the article names right after a role noun anywhere ("a estudante Michele Taborga",
        "el mandatario, Joe Biden"), for that noun standing alone as a speaker ("disse a estudante"); None when
        it names nobody that way, or more than one person."""
        low = word.lower()
        cache = self._named_with_cache
        if low in cache:
            return cache[low]
        people: dict[str, Speaker] = {}
        toks = self.toks
        for idx in self._role_places(low)[:200]:
            n = idx + 1
            if n < len(toks) and toks[n].text == ",":
                n += 1
            if n < len(toks) and self.lang.has("case_roles"):
                n = self._past_role_complement(n)
            if n >= len(toks) or not (toks[n].capitalised or n in self.mentions):
                continue
            if n in self.mentions and self.mentions[n][1].label != "PERSON":
                continue
            c = self._name(n, min(n + 4, len(toks)), titled=True)
            if c is not None and c.kind == "person" and c.speaker is not None:
                people[c.speaker.key] = c.speaker
        found = next(iter(people.values())) if len(people) == 1 else None
        cache[low] = found
        return found

    def _role_places(self, low: str) -> list[int]:
        """Where a role word stands in the article; in a language whose nouns take cases (``case_roles``), in any
        case: "пресс-секретаря … Пескова" names the role "— сказал пресс-секретарь" stands for."""
        where = self._word_places
        if not self.lang.has("case_roles"):
            return where.get(low, [])
        base = self.lang.lemma(low)
        places = [
            i for form, found in where.items() if form[:2] == low[:2] and self.lang.lemma(form) == base for i in found
        ]
        # not a role word another role word governs ("пресс-секретарь президента Иван Петров": not the president)
        return sorted(i for i in places if i == 0 or not self.lang.title_gender(self.toks[i - 1].text)[0])

    def _past_role_complement(self, n: int) -> int:
        """Past the genitive a role word governs before the name, up to four words ("Пресс-секретарь президента
        России Дмитрий Песков", "rzecznik Kremla Dmitrij Pieskow"): lower-case nouns and bodies or places, not a
        verb or a punctuation mark. A person named right after a role word of the complement is that role's
        ("помощник президента Владимира Путина"): the name after them, if one follows, else nobody. Where the
        complement leads to no person, the position itself."""
        toks = self.toks
        k, end, inner = n, min(n + 4, len(toks)), False
        while k < end:
            if k in self.mentions:
                j, e = self.mentions[k]
                if e.label == "PERSON":
                    if j in self.mentions and self.mentions[j][1].label == "PERSON":
                        return j  # "президента Владимира Путина Дмитрий Песков": the second name is the role's
                    return n if inner else k
                inner = False  # "президента России Дмитрий Песков": the body ends the inner role's reach
                k = j
                continue
            t = toks[k]
            if not t.word or self.lang.is_verb(t.text) or t.low in self.lang.prepositions:
                return n
            if t.capitalised and k > n:
                return n  # an unrecognised name: read from the start as before
            inner = self.lang.title_gender(t.text)[0]
            k += 1
        if k < len(toks) and k in self.mentions and self.mentions[k][1].label == "PERSON" and not inner:
            # the name right after a complement of four words ("Советник главы офиса президента Украины Михаил
            # Подоляк", "Doradca szefa kancelarii prezydenta Ukrainy Mychajło Podolak")
            return k
        return n

    def named_before(self, word: str) -> Speaker | None:
        """The one person the article names right before a role noun and a comma ("Meghan, Duchess of Sussex",
        "Michael Bloomberg, the former mayor"), for "the duchess" later; None for none or several."""
        where = self._word_places
        cache = self._named_before_cache
        if word.lower() in cache:
            return cache[word.lower()]
        ends = self._person_ends
        people: dict[str, Speaker] = {}
        for idx in where.get(word.lower(), ())[:200]:
            k = idx - 1
            while (
                k > max(0, idx - 4) and self.toks[k].text != "," and self.toks[k].word and not self.toks[k].capitalised
            ):
                k -= 1  # "the former", "the"
            if k > 0 and self.toks[k].text == "," and k in ends:
                sp = _entity_speaker(ends[k])
                people[sp.key] = sp
        found = next(iter(people.values())) if len(people) == 1 else None
        cache[word.lower()] = found
        return found

    def bind(self, title: Cand, person: Speaker) -> None:
        of = self._governed_word(title)
        self.bindings.append((title.head, title.modifiers, person, title.start, title.body, title.role, of))
        if title.gender == "m" and self.lang.has("masculine_generic_titles") and self.given_gender(person) == "f":
            return  # "le politologue Tatiana Stanovaya": a woman's office in the masculine shows no gender of hers
        self.note_gender(person.key, title.gender)

    def _governed_word(self, title: Cand) -> tuple[str, bool]:
        """The word an "of" right after a title governs, folded, and whether it is written in lower case (a common
        noun): "il portavoce dell'IDF": ("idf", False), "del ministero degli Esteri": ("ministero", True); past the
        articles the language skips. ("", False) when no "of" follows. A person's name counts as a common noun:
        "el portavoz de Zelenski" is someone's own spokesman, no body's name or its short form."""
        toks, k = self.toks, title.j
        if k >= len(toks) or toks[k].low not in self.lang.words("of") | self.lang.words("title_of"):
            return "", False
        k += 1
        while k < min(len(toks), title.j + 3) and toks[k].low in self.lang.skip:
            k += 1
        if k >= len(toks) or not toks[k].word:
            return "", False
        person = k in self.mentions and self.mentions[k][1].label == "PERSON"
        return folded(toks[k].text), toks[k].text.islower() or person

    @staticmethod
    def _other_body(governed: tuple[str, bool], bound: tuple[str, bool]) -> bool:
        """Whether the words an "of" governs after a title and after a bound title (:meth:`_governed_word`) name two
        bodies: "il portavoce dell'IDF" is not "il portavoce del dipartimento di Stato, Matthew Miller", nor "la
        portavoce del ministero" the one "della presidenza". Only where one of them is a common noun: two names ("de
        la ONG …", "de Coendu") may be one body's name and its short form."""
        return bool(governed[0] and bound[0] and governed[0] != bound[0] and (governed[1] or bound[1]))

    @staticmethod
    def _fits(title: Cand, mods: frozenset[str], body: str, role: str) -> bool:
        """Whether a title fits a binding of its role: its modifiers are the binding's ("the Kremlin spokesman"
        for "Kremlin spokesman Dmitry Peskov"); a title of a body ("представитель Кремля") needs a binding of the
        same body, whatever word names it ("пресс-секретарь президента", ``body_groups``), or of none with the
        same role word ("Песков, пресс-секретарь" for "пресс-секретарь Кремля", not for "представитель
        Минобороны")."""
        needed = title.modifiers
        if title.body:
            if body != title.body and (body or title.role != role):
                return False
            if body:  # the governed role word that named the body is no modifier left to match
                needed = frozenset(m for m in needed if _BODY_GROUPS.get(m, m) != body)
        return not needed or needed <= mods | _TITLE_ARTICLES

    def registered_role(self, title: Cand) -> Speaker | None:
        """The one person the article names whose office, as the alias registry gives it, the title phrase is
        ("the Kremlin spokesman", "der Kremlsprecher", "le porte-parole du Kremlin" where the article names Peskov
        without the title): each of the phrase's words (its role, modifiers, the body it is of) is one of the
        office's and each of the office's is one of the phrase's. None for a plural, for no one or for several."""
        if title.gender == "p" or not self.roles:
            return None
        if self.lang.unspaced:
            return self._registered_written_role(title)
        role = {folded(title.role or title.head).translate(_HYPHENS)}  # as written: "spokeswoman" is no spokesman
        role |= self._role_as_written(title)
        # a modifier the role word holds came from splitting a compound ("Kremlsprecher": kreml)
        # not a cue before the title ("بحسب المتحدث": according to the spokesman)
        mods = {folded(m).translate(_HYPHENS) for m in title.modifiers - _TITLE_ARTICLES - self._cue_words}
        # the role word a title governs and the body it stands for are one word of the office ("пресс-секретарь
        # президента", ``body_groups``: the Kremlin's), whichever of the two the office is registered with; not
        # with a country after it unless the language groups the pair ("пресс-секретарь президента Украины": another
        # president's)
        named_body = {m for m in mods if title.body and _BODY_GROUPS.get(m, m) == title.body}
        after = self.mentions.get(title.j)
        if named_body and after is not None and after[1].label == "GPE":
            own = _LANGUAGE_BODY_GROUPS.get(self.lang.code, {})
            named_body = {m for m in named_body if own.get(f"{m} {self.toks[title.j].low}") == title.body}
        groups = [{m} for m in mods - named_body if m and not any(m in r for r in role)]
        if title.body:
            groups.append({folded(title.body)} | named_body)
        of = title.of or self.governed_body(title)
        if of is not None:
            groups.append(set(_role_words(of.name)) | self._written_names(of))
        groups = [g for g in groups if g] + [role]
        found: dict[str, Speaker] = {}
        for e in self._role_holders:
            for words in self.roles[e.id or ""]:
                covered = all(any(_role_word_fits(w, x) for w in words for x in g) for g in groups)
                if covered and all(any(_role_word_fits(w, x) for g in groups for x in g) for w in words):
                    sp = _entity_speaker(e)
                    if title.gender in ("m", "f") and self.given_gender(sp) not in (None, title.gender):
                        continue  # "דוברת הקרמלין", "المتحدثة": the feminine is one letter off the office's word
                    found[sp.key] = sp
        return next(iter(found.values())) if len(found) == 1 else None

    @cached_property
    def _role_holders(self) -> list[Entity]:
        """The people the article names with registered offices, once: a title costs only theirs."""
        return [e for e in self.people if (e.id or "") in self.roles]

    def _role_as_written(self, title: Cand) -> set[str]:
        """A title's role word as written, less a ``proclitics`` letter: where the article is written onto the word
        ("المتحدث" the spokesman, "متحدث" a spokesman), its lemma drops what makes the office the one person's."""
        for k in range(title.j - 1, title.i - 1, -1):
            t = self.toks[k]
            if t.word and self.lang.lemma(t.text) == title.role:
                low = self.lang.without_proclitic(t.low)
                prefixes = _ARTICLE_PREFIXES.get(self.lang.code, {})
                for prefix in sorted(prefixes, key=len, reverse=True):
                    if low.startswith(prefix) and len(low) > len(prefix) + 1:
                        low = prefixes[prefix] + low[len(prefix) :]  # "للمتحدث": "المتحدث"
                        break
                return {folded(low).translate(_HYPHENS)}
        return set()

    def governed_body(self, title: Cand) -> Speaker | None:
        """The body a title governs named right after it with no "of" word: a title in the construct state and a
        body opening with the article (``title_complement``: "דובר הקרמלין"), or where a title governs the name
        after it (``title_governs_next``: "juru bicara Kremlin", Persian "سخنگوی کرملین" with its ezafe)."""
        toks, k = self.toks, title.j
        if k < len(toks) and toks[k].low in self.lang.words("title_of") and not self.lang.words("of"):
            # a language whose only "of" after a title is its own word ("المتحدث باسم الكرملين": the spokesman in
            # the name of the Kremlin): the body right after it
            k += 1
            if k in self.mentions and self.mentions[k][1].label in _ORGISH:
                return _entity_speaker(self.mentions[k][1])
            return None
        if k not in self.mentions or self.mentions[k][1].label not in _ORGISH:
            return None
        articles = tuple(self.lang.words("title_complement"))
        if self.lang.has("title_governs_next") or (
            articles and toks[k].low.startswith(articles) and not toks[title.i].low.startswith(articles)
        ):
            return _entity_speaker(self.mentions[k][1])
        return None

    def _written_names(self, body: Speaker) -> set[str]:
        """The words of the names the article writes a body by ("الكرملين", "הקרמלין" for the Kremlin), folded: the
        registry writes an office in the language's own script."""
        return self._body_words.get(body.key, set())

    @cached_property
    def _body_words(self) -> dict[str, set[str]]:
        """Every body's words as the article writes them, folded, by its key, once: a title costs a look-up."""
        written: dict[str, set[str]] = {}
        for _, e in self.mentions.values():
            if e.label in _ORGISH:
                words = written.setdefault(_entity_speaker(e).key, set())
                for m in e.mentions[:20]:  # (bounded: a body mentioned a thousand times, its first forms)
                    words.update(_role_words(m.text))
        return written

    @cached_property
    def _body_ends(self) -> dict[int, int]:
        """The first token of each body the recogniser read, by its end, once."""
        return {end: k for k, (end, e) in self.mentions.items() if e.label in _ORGISH}

    def _registered_written_role(self, title: Cand) -> Speaker | None:
        """(``unspaced``) ``registered_role`` where words are not spaced ("克里姆林宫发言人表示"): the body the
        recogniser read right before the title and the title as written are one of the registered offices, spaces
        dropped; only where the body opens its clause (after punctuation, a speech verb or a cue such as "据"), not
        after a word that may make the office another's ("一名", "前")."""
        toks = self.toks
        body = self._body_ends.get(title.i)
        if body is None:
            return None
        if body > 0 and toks[body - 1].word:
            opening = self.lang.clause_openers  # the cues and speech verbs after which a body opens its clause
            if not any("".join(t.text for t in toks[max(0, body - n) : body]) in opening for n in (1, 2, 3)):
                return None
        return self.holder_of_written("".join(t.text for t in toks[body : title.j]))

    def holder_of_written(self, written: str) -> Speaker | None:
        """The one person the article names whose registered office is ``written``, spaces dropped ("克里姆林宫发言人",
        "크렘린궁대변인"); None for no one or several."""
        key = folded(written.replace(" ", ""))
        found = {
            _entity_speaker(e).key: _entity_speaker(e)
            for e in self._role_holders
            for words in self.roles[e.id or ""]
            if "".join(words) == key
        }
        return next(iter(found.values())) if len(found) == 1 else None

    def office_of_another(self, head: str | None, people: set[str]) -> bool:
        """Whether someone the article names besides ``people`` holds a registered office whose words hold the role
        word ``head`` ("président russe" for "président"): a bare title may be theirs."""
        if not head:
            return False
        return any(sp.key not in people for sp in self._holders_of_role_word({folded(head).translate(_HYPHENS)}))

    def office_word_holder(self, title: Cand) -> Speaker | None:
        """The one person the article names whose registered office holds a bare title's role word as written, of the
        title's gender ("afirmó el portavoz" where the article names Peskov, the Kremlin's, without the title, and
        Lavrov, a minister, spoke last); None for no one or several."""
        role = {folded(title.role or title.head).translate(_HYPHENS)} | self._role_as_written(title)
        found: dict[str, Speaker] = {}
        for sp in self._holders_of_role_word(role):
            if title.gender not in ("m", "f") or self.given_gender(sp) in (None, title.gender):
                found[sp.key] = sp
        return next(iter(found.values())) if len(found) == 1 else None

    def sole_registered_holder(self, title: Cand) -> Speaker | None:
        """:meth:`office_word_holder` for a title that stands alone: nothing follows it in its clause ("— написал
        мэр.", not "— сказал советник Зеленского", "المتحدث باسم البنتاغون") and its role word stands nowhere before it
        in the article (an earlier "Советник главы офиса президента Украины назвал …" is someone the article does not
        name). None otherwise."""
        toks = self.toks
        if (title.j < len(toks) and toks[title.j].word) or sum(t.word for t in toks[title.i : title.j]) != 1:
            return None  # a word after it, or its owner's name written into it ("советник Зеленского")
        low = toks[title.j - 1].low
        if any(i < title.j - 1 for i in self._role_places(low)):
            return None
        return self.office_word_holder(title)

    def _holders_of_role_word(self, role: set[str]) -> Iterator[Speaker]:
        """The people the article names whose registered office holds one of the folded role words ``role``
        ("président" in "président russe"), one per entity in the article's order, as they come: the test
        :meth:`office_word_holder` and :meth:`office_of_another` share (the latter stops at the first other one).
        Only the office's words up to its role word count (:meth:`_office_head`): "президент" is not the office
        "пресс-секретарь президента", nor "président" "conseiller de la présidence ukrainienne"."""
        return (
            _entity_speaker(e)
            for e in self._role_holders
            if any(_role_word_fits(w, x) for words in self._role_heads[e.id or ""] for w in words for x in role)
        )

    def _office_head(self, office: str) -> list[str]:
        """A registered office's words (:func:`_role_words`) up to its first role word in the article's language and
        before any "of" word: "пресс-секретарь президента" -> ["пресссекретарь"], "Präsident Russlands" ->
        ["prasident"], "Russian President" -> ["russian", "president"], "vice-président du Conseil de sécurité" ->
        ["vicepresident"]. The whole office where no word is a role word here (another language's office)."""
        head: list[str] = []
        for raw in office.split():
            w = folded(raw)
            if w in _OF_WORDS or w in _TITLE_OF:
                break
            if w in _ROLE_FILLERS:
                continue
            head.append(w.translate(_HYPHENS))
            if self.lang.title_gender(raw)[0]:
                break
        return head

    def _same_prefixed(self, title: Cand) -> bool:
        """(``same_prefixes``, unspaced) Whether "the same" is written right onto the title ("同長官")."""
        same = self.lang.words("same_prefixes")
        return bool(same) and title.i > 0 and self.toks[title.i - 1].text in same and self.lang.unspaced

    def resolve_title(self, title: Cand, before: int) -> Speaker | None:
        """The person the article named in that role ("the Kremlin spokesman" -> Dmitry Peskov); no one for a plural
        role ("les journalistes ont alerté …" after "le journaliste Remy Buisine": a group, not him). Of several people
        named in it, the last bound at or before ``before``: a title bound where it stands ("la portavoce del
        ministero russo, Maria Zakharova") is its own name's, not an earlier holder's of the same role."""
        if title.gender == "p":
            return None
        governed = self._governed_word(title)
        bound = [
            (pos, sp, of)
            for head, mods, sp, pos, body, role, of in self.bindings
            if head == title.head and self._fits(title, mods, body, role) and not self._other_body(governed, of)
        ]
        if not bound and self._same_prefixed(title):
            # "ブリンケン国務長官 … 同長官は": "the same" with the title's last word stands for the full title bound
            # before (the same secretary of state)
            bound = [
                (pos, sp, of)
                for head, _, sp, pos, _, _, of in self.bindings
                if len(head) > len(title.head) and head.endswith(title.head) and head[: -len(title.head)].isalpha()
            ]
        if not bound:
            return None
        fitting = [(pos, sp) for pos, sp, _ in bound]
        people = {sp.key for _, sp in fitting}
        if all(of[0] for _, _, of in bound) and _bare_title(title) and self.office_of_another(title.head, people):
            return None  # "le président" after "Volodine, le président de la Douma", with Poutine named: unsure
        if len(people) == 1:
            return fitting[0][1]
        earlier = [f for f in fitting if f[0] <= before]
        return max(earlier, key=lambda f: f[0])[1] if earlier else None
