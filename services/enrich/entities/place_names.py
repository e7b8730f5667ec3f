"""Whether a capitalised run the name finder read is a place.

After a locative or a direction ("in Shebekino", "bei Belgorod"), in a dateline, paired with its country or
region ("Kursk, Russia"), a town the gazetteer believes in context (a common word, a surname or a foreign
word that is also a town's name is one only with such evidence).
"""

from __future__ import annotations

import bisect
import itertools
import re
import unicodedata
from collections.abc import Iterable

from wirestream.services.enrich import languages
from wirestream.services.enrich.entities.cjk_names import CjkNameReader
from wirestream.services.enrich.entities.geo import (
    ALIAS_CITY_POPULATION,
    Place,
    own_name_spelt,
    town_alias,
    unaccented,
)
from wirestream.services.enrich.entities.name_data import Found
from wirestream.services.enrich.entities.name_data import stop_words as _stop_words
from wirestream.services.enrich.entities.name_words import (
    _LOCAL_DATELINE,
    _QUALIFIER,
    _WIRE_DATELINE,
    _WORD_CITY_POPULATION,
    ADJECTIVE_ENDINGS,
    AND,
    BETWEEN,
    BRACKETED_BEFORE,
    COMPASS,
    DIRECTIONS,
    FUNCTION_WORDS,
    HOME_COUNTRIES,
    LOCATIVE_SUFFIXES,
    LOCATIVES,
    NEAR,
    NOUNS_CAPITALISED,
    OF_ELIDED,
    OR,
    PARTICLES,
    PLURAL_ENDINGS,
    REGION_WORDS,
    SETTLEMENT_HEADS,
    TOWN_ENDINGS,
    UNTIL,
    _acronym,
    _capitalised,
    _common_noun,
    _common_spelling,
    _dictionary_word,
    _first_names,
    _given_form,
    _noun,
    _quoted,
    _surnames,
    _Token,
    common_place_word,
    institution_word,
)

# A hyphen right after a word and then no letter: the word is the first part of a compound whose last part is written
# once for several ("Patent-, Marken- und Urheberrecht", "Nord- und Südtirol").
_DANGLING_HYPHEN = re.compile(r"-(?![^\W\d_])")

# A dateline of two places parted by a slash ("WIEN/BERLIN (APA) -", "BRÜSSEL/KIEW. Die EU ..."): both, which
# ``_LOCAL_DATELINE`` (one place opening a line before its full stop, agency or dash) does not take.
_SLASHED_DATELINE = re.compile(
    r"(?m)^[ \t]*([A-ZÄÖÜ][A-ZÄÖÜß]{2,24})/([A-ZÄÖÜ][A-ZÄÖÜß]{2,24})(?=\. [A-ZÄÖÜ]| \(| [-–—] )"
)


# What may follow a town's name as the qualifier of the town's full name ("Frankfurt (Oder)", "Frankfurt/Oder",
# "Frankfurt an der Oder"): a short parenthesis, a word after a slash, or one or two short words and a name; the
# language's ``PLACE_TOWN_QUALIFIER`` says which of them is one.
_AFTER_TOWN = re.compile(r" ?\([^()\n]{2,30}\)|/[^\W\d_]{2,30}|(?: [^\W\d_]{2,3}){1,2} [^\W\d_]{2,30}")
_TOWN_QUALIFIERS = {code: re.compile(spec[0]) for code, spec in languages.table("PLACE_TOWN_QUALIFIER").items()}
# How a people's noun makes its plural and its feminine from its singular (``NAME_PEOPLE_NOUN``: "Pole", "Polen",
# "Polin"): a country spelt as a people's plural ("die Polen", "den Schweden") is the people after an article.
_PEOPLE_NOUN: dict[str, dict[str, str]] = languages.table("NAME_PEOPLE_NOUN")
# Regions and islands whose names are words or people's names of the language too ("Harz", "Rügen", "Wallis"), by the
# prepositions that place them (``PLACE_LOCATED_NAMES``): a place right after one, a word or a person elsewhere.
_LOCATED_NAMES: dict[str, dict[str, frozenset[str]]] = {
    code: {preposition: frozenset(names) for preposition, names in table.items()}
    for code, table in languages.table("PLACE_LOCATED_NAMES").items()
}


# A town's other name is a spelling of its own when the two open with this many letters in common ("Castellón",
# "Castelló de la Plana").
_RESPELT_PREFIX = 5


def _respelling(form: str, name: str) -> bool:
    """Whether another name of a town spells its own name otherwise: the two, folded and without accents, open with
    :data:`_RESPELT_PREFIX` letters in common, at least half the other name ("Castellón" of Castelló de la Plana; not
    "Irna" of Salerno)."""
    a, b = unaccented(form), unaccented(name)
    common = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        common += 1
    return common >= max(_RESPELT_PREFIX, len(a) // 2)


# Languages whose dictionary lists no place in lower case, where a capitalised common word after a locative ("en
# Turismo", "em Casa") is no place: not Italian ("nell'Appennino", "nello Ionio") nor Turkish ("Bornova"), whose word
# lists hold such names in lower case too (PlaceNameReader._located).
_COMMON_NOT_PLACED = frozenset({"es", "pt"})


class _Claimed:
    """The spans a dateline's place may not overlap: names found before (fixed: whether one overlaps a span is read
    from the furthest end reached by those starting before its end) and the places added since (disjoint, kept in
    start order). The same answers as comparing the span with every name, in a bisection each: comparing every
    dateline's place with every name found was quadratic, and cubic where a dateline's word is placed again all
    through the text ("ERDEN. Wie berichtet, kam es in Erden ..." repeated: 80,000 characters took 120 s)."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [a for a, _ in ordered]
        self._reach = list(itertools.accumulate((b for _, b in ordered), max))
        self._added_starts: list[int] = []
        self._added_ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        k = bisect.bisect_left(self._starts, end)
        return (k > 0 and self._reach[k - 1] > start) or self.added_overlaps(start, end)

    def added_overlaps(self, start: int, end: int) -> bool:
        k = bisect.bisect_left(self._added_starts, end)
        return k > 0 and self._added_ends[k - 1] > start

    def add(self, start: int, end: int) -> None:
        """A place's span that overlaps none added (:meth:`overlaps` said so)."""
        k = bisect.bisect_left(self._added_starts, end)
        self._added_starts.insert(k, start)
        self._added_ends.insert(k, end)


class PlaceNameReader(CjkNameReader):
    """Places among the capitalised runs: the evidence around a run that a town or a region is meant."""

    @staticmethod
    def _people_plural(word: str, lang: str) -> bool:
        """Whether a word is also the plural of a people's noun whose singular and feminine the dictionary lists
        (``NAME_PEOPLE_NOUN``: "Polen" of "Pole" and "Polin", "Schweden", "Ungarn"; not "Iran", whose "Ira" has no
        "Irain")."""
        noun = _PEOPLE_NOUN.get(lang)
        if noun is None or not word.endswith(noun["plural"]) or len(word) <= len(noun["plural"]) + 2:
            return False
        from wirestream.services.enrich.entities.quotes.language import known_word

        singular = word[: -len(noun["plural"])]
        stem = singular.removesuffix(noun["dropped"]) if noun["dropped"] else singular
        return known_word(singular, lang) and known_word(stem + noun["feminine"], lang)

    def _qualified_towns(self, found: list[Found], text: str, lang: str) -> list[Found]:
        """A one-word town followed by the qualifier of its full name ("Frankfurt (Oder)", "FRANKFURT/ODER",
        "Frankfurt an der Oder", "Halle (Saale)"): the town under that full name, the qualifier inside it (the river
        no place of its own there), when the gazetteer knows the full name as that town's."""
        pattern = _TOWN_QUALIFIERS.get(lang)
        if pattern is None:
            return found
        # What a full name replaces is marked in place (None) and found through an index of the names by start, not by
        # copying every name for each town ("In Frankfurt (Oder) regnet es." repeated: quadratic, 150,000 characters
        # 5.5 s of the reader's 9.4 s); the names left are the same, in the same order.
        out: list[Found | None] = list(found)
        at: dict[int, list[int]] = {}  # each name's places in ``out`` (``is`` compares objects: a name given twice)
        for i, g in enumerate(found):
            at.setdefault(id(g), []).append(i)
        by_start = sorted(range(len(out)), key=lambda i: found[i].start)  # places in ``out``, in start order
        starts = [found[i].start for i in by_start]
        for f in found:
            if f.label != "GPE" or " " in f.text or (m := _AFTER_TOWN.match(text, f.end)) is None:
                continue
            town = f.text.capitalize() if f.text.isupper() else f.text
            written = m.group(0).title() if m.group(0).isupper() else m.group(0)
            qualified = pattern.search(town + written)
            if qualified is None or qualified.end() != len(town + written):
                continue
            feature = next(g for g in qualified.groups() if g)
            place = self.gazetteer.place_form(town + written, lang) or self.gazetteer.place_form(
                f"{town} ({feature})", lang
            )
            if place is None or place[1].kind != "city" or _QUALIFIER.sub("", place[1].name) != town:
                continue
            end = m.end()
            for i in at[id(f)]:
                out[i] = None
            for i in by_start[bisect.bisect_left(starts, f.start) : bisect.bisect_right(starts, end)]:
                inner = out[i]
                if inner is not None and inner.end <= end:  # from f.start on (the index's range), ending by ``end``
                    out[i] = None
            out.append(Found(text[f.start : end], "GPE", f.start, end, place[1].name))
            k = bisect.bisect_right(starts, f.start)
            starts.insert(k, f.start)
            by_start.insert(k, len(out) - 1)
        return sorted((g for g in out if g is not None), key=lambda g: g.start)

    def _dateline_places(self, found: list[Found], tokens: list[_Token], text: str, lang: str) -> list[Found]:
        """Where nouns are capitalised, the place of a local paper's dateline ("ERDEN. Wie berichtet ...",
        "BOCKENEM (ots) -"): a word in capitals opening a line before a full stop, an agency or a dash, when the
        gazetteer knows it written as a name or the article puts that name after a preposition of place or of
        going ("in Erden"); there, and at each such preposition, it is the place, though also a word ("Erden")."""
        if lang not in NOUNS_CAPITALISED:
            return self._wire_datelines(found, text, lang)
        heads = [m.span(1) for m in _LOCAL_DATELINE.finditer(text)]
        heads += [m.span(g) for m in _SLASHED_DATELINE.finditer(text) for g in (1, 2)]
        if not heads:
            return sorted(found, key=lambda f: f.start)
        # A place added is a GPE: no later span overlapping it is taken, so a GPE or LOC is never removed and only what
        # overlaps a place added goes (the places' spans, :class:`_Claimed`); a word's tokens are read once.
        claimed = _Claimed((f.start, f.end) for f in found if f.label in ("GPE", "LOC"))
        added: list[Found] = []
        where: dict[str, list[int]] = {}
        for k, t in enumerate(tokens):
            where.setdefault(t.text, []).append(k)
        placed_at: dict[str, list[int]] = {}
        for head in heads:
            written = text[head[0] : head[1]].capitalize()
            placed = placed_at.get(written)
            if placed is None:
                placed = placed_at[written] = [
                    k
                    for k in where.get(written, ())
                    if self._after_locative(tokens, k, lang) or self._after_direction(tokens, k, lang)
                ]
            known = self.gazetteer.place_form(written, lang) or self.gazetteer.small_town(written, lang)
            if not placed and known is None:
                continue
            name = known[0] if known else written
            spans = [head, *((tokens[k].start, tokens[k].end) for k in placed)]
            for start, end in spans:
                if claimed.overlaps(start, end):
                    continue
                claimed.add(start, end)
                added.append(Found(text[start:end], "GPE", start, end, name))
        out = [f for f in found if not claimed.added_overlaps(f.start, f.end)] + added
        return sorted(out, key=lambda f: f.start)

    def _wire_datelines(self, found: list[Found], text: str, lang: str) -> list[Found]:
        """Where only names are capitalised, the place of a wire dateline ("MOSCÚ, 3 may (EFE).-", "ROMA -",
        "LISBOA —"): one to three words in capitals opening a line before a comma, an agency or a dash, that the
        gazetteer knows written as a name ("Moscú"), unless a name found already covers them. One pass over the
        lines' openings."""
        # as in _dateline_places: a place added is never removed, only the organisations it overlaps are
        claimed = _Claimed((f.start, f.end) for f in found if f.label != "ORG")
        added: list[Found] = []
        for m in _WIRE_DATELINE.finditer(text):
            start, end = m.span(1)
            if claimed.overlaps(start, end):
                continue  # a person or a place read across it
            written = " ".join(w.capitalize() for w in m.group(1).split())
            known = self.gazetteer.place_form(written, lang)
            if known is None:
                continue
            claimed.add(start, end)
            added.append(Found(m.group(1), "GPE", start, end, known[0]))
        out = [f for f in found if not claimed.added_overlaps(f.start, f.end)] + added
        return sorted(out, key=lambda f: f.start)

    def _located_name(self, run: list[_Token], tokens: list[_Token], first: int, lang: str) -> list[Found]:
        """A region's or an island's name that is a word or a person's name too, right after a preposition that
        places it (``PLACE_LOCATED_NAMES``: "im Harz", "auf Rügen"): the place."""
        table = _LOCATED_NAMES.get(lang)
        if table is None or len(run) != 1 or not first or not tokens[first].glued:
            return []
        word = run[0]
        if word.text not in table.get(tokens[first - 1].text.casefold(), ()):
            return []
        return [Found(word.text, "GPE", word.start, word.end)]

    def _listed_town(
        self, run: list[_Token], tokens: list[_Token], first: int, place_end: int, lang: str, text: str
    ) -> list[Found]:
        """The last name of a list of places, after the language's "and" right after a place read before ("Bajmut,
        Avdiivka y Marinka"), that is a small town the gazetteer knows by its own name, of the country of the place before
        it, and no word of the language: the town, though no cue comes before the list."""
        if len(run) != 1 or first < 3 or first - place_end != 2:
            return []
        conjunction, last = tokens[first - 1], tokens[place_end]
        if conjunction.text not in AND.get(lang, ()) or not conjunction.glued or not run[0].glued:
            return []
        if text[last.end : conjunction.start].strip() not in ("", ","):
            return []
        if text[tokens[place_end - 1].end : last.start].strip() != ",":
            return []  # "Bajmut, Avdiivka y": a list of three or more, not a pair
        word = run[0]
        town = self.gazetteer.small_town(word.text, lang)
        if town is None or (_dictionary_word(word.text, lang) and not _name_of_dictionary(word.text, lang)):
            return []
        neighbour = self.gazetteer.place_form(last.text, lang)
        if neighbour is None or neighbour[1].country_code != town[1].country_code:
            return []  # "Madrid, Sevilla y Hope": a town of another country than the place before it
        return [Found(word.text, "GPE", word.start, word.end, town[1].name)]

    def _after_locative(self, tokens: list[_Token], first: int, lang: str) -> bool:
        before = tokens[first - 1] if first else None
        locatives = LOCATIVES.get(lang, frozenset())
        if before is not None and tokens[first].glued and before.text.casefold().replace("’", "'") in locatives:
            return True
        return self._cue_over_list(tokens, first, lang, locatives)

    def _cue_over_list(
        self, tokens: list[_Token], first: int, lang: str, cues: frozenset[str] | tuple[str, ...]
    ) -> bool:
        """Whether the word is the second of two names joined by "and" right after a cue ("в Белгород и Курск",
        "u Belgorodu i Kursku"): the cue before the first places both. Where nouns are capitalised, not after a
        common noun no place is named by ("bei Wind und Wetter": two nouns; "in Essen und Bochum" stays)."""
        if first < 3 or not all(t.glued for t in tokens[first - 2 : first + 1]):
            return False
        cue, name, conjunction = tokens[first - 3], tokens[first - 2], tokens[first - 1]
        if not (
            conjunction.text.casefold() in AND.get(lang, ())
            and name.text[:1].isupper()
            and cue.text.casefold().replace("’", "'") in cues
        ):
            return False
        noun = lang in NOUNS_CAPITALISED and _common_noun(name.text, lang)
        return not noun or self.gazetteer.place_form(name.text, lang) is not None

    def _after_direction(self, tokens: list[_Token], first: int, lang: str) -> bool:
        """Whether a preposition of going or coming comes right before the word ("nach Tarnopol")."""
        before = tokens[first - 1] if first else None
        if before is not None and tokens[first].glued and before.text.casefold() in DIRECTIONS.get(lang, ()):
            return True
        return self._cue_over_list(tokens, first, lang, DIRECTIONS.get(lang, ()))

    def _in_country(self, tokens: list[_Token], after: int, lang: str, text: str) -> bool:
        """Whether a comma, a locative preposition and a country follow the run ("a Oloron, in Francia")."""
        if after + 1 >= len(tokens) or text[tokens[after - 1].end : tokens[after].start].strip() != ",":
            return False
        if tokens[after].text.casefold() not in LOCATIVES.get(lang, ()) or not tokens[after + 1].glued:
            return False
        place = self.gazetteer.place_form(tokens[after + 1].text, lang)
        return place is not None and place[1].kind == "country"

    def _bracketed(self, tokens: list[_Token], first: int, after: int, lang: str, text: str) -> bool:
        """Whether a one-word run comes right after a preposition of ``PLACE_BRACKETED_BEFORE`` and before a place the
        gazetteer knows alone in brackets ("a Calvizzano (Napoli)", "ad Anata (Ramallah)"): a town and its province,
        region or country. Not a person's given name or family name ("a Mario (Roma)": a person and a club or town),
        and a word of the language only when the gazetteer knows the town ("a Insigne (Napoli)": a player)."""
        if after != first + 1 or not first or after >= len(tokens) or not tokens[first].glued:
            return False
        word = tokens[first].text
        if _given_form(word) or word in _surnames():
            return False
        if not self._strange_word(word, lang) and self.gazetteer.small_town(word, lang) is None:
            return False
        if tokens[first - 1].text.casefold() not in BRACKETED_BEFORE.get(lang, ()):
            return False
        if (
            text[tokens[first].end : tokens[after].start] != " ("
            or text[tokens[after].end : tokens[after].end + 1] != ")"
        ):
            return False
        return self._town_at(tokens, after, lang)

    def _compass(self, tokens: list[_Token], first: int, lang: str) -> bool:
        """Whether a compass word and "of" come before the run ("nel sud dell'Inghilterra")."""
        if first < 2 or not tokens[first].glued or not tokens[first - 1].glued:
            return False
        compass, of = tokens[first - 2].text.casefold(), tokens[first - 1].text.casefold().replace("’", "'")
        return compass in COMPASS.get(lang, ()) and of in PARTICLES.get(lang, frozenset()) | OF_ELIDED.get(
            lang, frozenset()
        )

    def _located(
        self, run: list[_Token], tokens: list[_Token], first: int, lang: str, text: str, listed: bool = False
    ) -> list[Found]:
        """A run nothing else named, read as a place where the language puts it in a place: after a locative
        preposition ("in Galles", "na Šumavě", "sull’Adriatico"), before a lower-case region or square word
        ("Moskevské oblasti", "Червоною площею"), or, in Turkish, with a locative ending ("Bayraklı'da"), or ``listed`` after such a place ("in Galles e Scozia"). Up to three words, each a
        name (not a word the article writes in lower case, a common noun, an institution, a role, an
        acronym, a month or a function word) and not a quoted title."""
        if (
            len(run) == 2
            and run[0].initial
            and run[0].text.casefold() in BRACKETED_BEFORE.get(lang, ())
            and self._bracketed(tokens, first + 1, first + 2, lang, text)
        ):
            run, first = run[1:], first + 1  # "Ad Anata (Ramallah) ...": the preposition opens the sentence
        words = [t for t in run]
        while words and words[-1].text.islower():
            words = words[:-1]
        if not words or len(words) > 3 or _quoted(words, text):
            return []
        suffixes = LOCATIVE_SUFFIXES.get(lang, ())
        ending = re.match(r"^(.+)['’](\w+)$", words[-1].text) if suffixes and len(words) == 1 else None
        if ending is not None:
            if ending.group(2).casefold() not in suffixes or not self._placeable(ending.group(1), lang):
                return []
            return [Found(words[0].text, "GPE", words[0].start, words[0].end, ending.group(1))]
        after = first + len(run)
        region = after < len(tokens) and tokens[after].glued and tokens[after].text in REGION_WORDS.get(lang, ())
        context = (
            listed
            or self._after_locative(tokens, first, lang)
            or self._in_country(tokens, after, lang, text)
            or self._bracketed(tokens, first, after, lang, text)
        )
        phrase = text[words[0].start : words[-1].end]
        # "aus Kremmen", "bis Landeck": a small town of the language's own countries after a preposition of going
        until = first > 0 and tokens[first].glued and tokens[first - 1].text.casefold() in UNTIL.get(lang, ())
        # ... or after a locative one where nouns are capitalised ("in Eching": no German word, whatever English lists)
        going = until or self._after_direction(tokens, first, lang)
        # ... the dictionary may list the town as it lists nouns where the preposition is right before it ("nach
        # Wunsiedel"), not over a list ("bei Kaffee und Kuchen")
        before = tokens[first - 1].text.casefold() if first > 0 and tokens[first].glued else ""
        right = before in (*LOCATIVES.get(lang, ()), *DIRECTIONS.get(lang, ()), *UNTIL.get(lang, ()))
        homed = (going or (context and lang in NOUNS_CAPITALISED)) and self._home_town(phrase, lang, right)
        # ... or a name the dictionary lists as a name only, shaped as the language's towns are ("in Württemberg")
        homed = homed or (context and right and len(words) == 1 and self._listed_town_name(phrase, lang))
        paired = not (region or context or homed) and self._paired(tokens, first, after, lang, text)
        if not (region or context or homed or paired or self._compass(tokens, first, lang)):
            return []
        if not all(self._placeable(t.text, lang) for t in words if not t.text.islower()):
            return []
        if lang in _COMMON_NOT_PLACED and not region and len(words) == 1 and self._common_word(words[0].text, lang):
            return []  # "en Turismo", "em Casa": a common noun capitalised in a title or a name, no place
        if lang in NOUNS_CAPITALISED and not region and not homed:
            after_run = text[words[-1].end : words[-1].end + 1]
            cut_short = after_run == "/" or (after_run != "" and unicodedata.category(after_run)[0] in "LM")
            # beside a known place a name need only be no word of the language nor a person's ("Staffelde")
            named = all(self._strange_word(t.text, lang) for t in words) if paired else False
            if cut_short or not (named or all(self._unlisted(t.text, lang) for t in words)):
                return []  # "in Kraft", "in Packungsanleitung", "in Wandtke/Bullinger": a noun, a citation, a cut word
        if region:
            words = [
                *words,
                tokens[after],
            ]  # "v Moskevské oblasti", "nad Červoným náměstím": the adjective and its noun
        elif after < len(tokens) and tokens[after].glued and tokens[after].text.islower():
            nxt, last = tokens[after].text.casefold(), words[-1].text.casefold()
            noun = nxt not in FUNCTION_WORDS.get(lang, ()) and nxt not in _stop_words(lang)
            if noun and last.endswith(ADJECTIVE_ENDINGS.get(lang, ())) and ADJECTIVE_ENDINGS.get(lang):
                return []  # "v Městské knihovně": an adjective of a thing's name, not a place
        found = self._span(words, "GPE", text)
        town = self.gazetteer.small_town(found.text, lang) if not region else None
        if town is not None and town[0] != found.text:  # "w Wadowicach": the town's own name, its case ending undone
            found = Found(found.text, "GPE", found.start, found.end, town[1].name)
        return [found]

    def _common_word(self, word: str, lang: str) -> bool:
        """Whether a capitalised word is a common word of the language in lower case
        that the dictionary does not list as a name nor the gazetteer as a place ("Turismo", "Casa", "Parenté"; not
        "Tigre", "Merlo": towns the gazetteer knows)."""
        from wirestream.services.enrich.entities.quotes.language import common_word, known_word

        return (
            common_word(word.casefold(), lang)
            and not known_word(word, lang)
            and self.gazetteer.place_form(word, lang) is None
        )

    def _home_town(self, phrase: str, lang: str, named: bool = False) -> bool:
        """Whether a name is a town under 15,000 people of the language's own countries (``PLACE_HOME_COUNTRIES``:
        "Kremmen", "Bockenem"), or a village there ("Hochfilzen", ``Gazetteer.village``), that is no word of the
        language."""
        town = self.gazetteer.small_town(phrase, lang)
        home = HOME_COUNTRIES.get(lang, frozenset())
        if town is not None and town[1].country_code not in home:
            return False
        if town is None and (not home or self.gazetteer.village(phrase, home) is None):
            return False  # "in Hochfilzen", "zwischen Ürzig und Kinheim": a village at home is one too
        return not _dictionary_word(phrase, lang) or (named and self._no_word(phrase, lang))

    def _listed_town_name(self, word: str, lang: str) -> bool:
        """Whether a word right after a locative preposition, where nouns are capitalised, is the name of a place no
        data knows that the dictionary lists as a name ("in Württemberg"): it ends as the language's town names do
        (``PLACE_TOWN_ENDINGS``) but not in a settlement noun ("in Innenstadt" of a headline), is no word of the
        language (``_no_word``) and no person's name."""
        low = word.casefold()
        return (
            word.isalpha()
            and low.endswith(TOWN_ENDINGS.get(lang, ()))
            and not low.endswith(tuple(SETTLEMENT_HEADS.get(lang, ())))
            and word not in _surnames()
            and not _given_form(word)
            and _dictionary_word(word, lang)
            and self._no_word(word, lang)
        )

    @staticmethod
    def _no_word(phrase: str, lang: str) -> bool:
        """Whether a small town's name the dictionary lists is no word of the language all the same: where nouns are
        capitalised (their dictionary lists names of towns as it does nouns: "Wunsiedel"), it is no common noun nor an
        inflected or abstract noun, and no word of English."""
        from wirestream.services.enrich.entities.quotes.language import known_word

        return (
            lang in NOUNS_CAPITALISED
            and " " not in phrase
            and not _common_noun(phrase, lang)
            and not _noun(phrase, lang)
            and not known_word(phrase.casefold(), "en")
        )

    def _town_at(self, tokens: list[_Token], k: int, lang: str) -> bool:
        """Whether the word at ``k`` names a place the article placed before it, or one the gazetteer knows that is
        no common noun of the language ("Kremmen", "Innsbruck"; not "Hof") nor a given name of a town no one knows
        abroad ("Mary", Turkmenistan; "Berlin" stays)."""
        if not 0 <= k < len(tokens) or not _capitalised(tokens[k].text) or _acronym(tokens[k].text):
            return False
        word = tokens[k].text
        if _given_form(word):  # "Mary und Gordy": a given name, unless a country or a city known abroad ("Berlin")
            known = self.gazetteer.place_form(word, lang)
            return known is not None and (known[1].kind == "country" or known[1] in self.gazetteer.known_abroad)
        if word in self._placed or self._home_town(word, lang):
            return True
        return self.gazetteer.place_form(word, lang) is not None and not _common_noun(word, lang)

    def _paired(self, tokens: list[_Token], first: int, after: int, lang: str, text: str) -> bool:
        """Whether a one-word run is put beside a known place (``_town_at``) by the language's words: "Staffelde
        bei Kremmen" (``PLACE_NEAR``), "Kiruna und Abisko" (``NAME_AND``, the known name first or second), and
        "zwischen Landeck und Samnaun" (``PLACE_BETWEEN``: both names, when either is known); or before a settlement
        noun in parentheses ("Ürzig (Landkreis Bernkastel-Wittlich)", ``PLACE_SETTLEMENT_HEADS``)."""
        if after != first + 1 or lang not in NOUNS_CAPITALISED:
            return False  # where nouns are capitalised a name must also be no word of the language (``_located``)
        if after < len(tokens) and text[tokens[first].end : tokens[after].start] == " (":
            return tokens[after].text.casefold() in SETTLEMENT_HEADS.get(lang, ())
        near, between, conjunctions = NEAR.get(lang, ()), BETWEEN.get(lang, ()), AND.get(lang, ())

        def chained(a: int, b: int) -> bool:  # only spaces from the word at a to the one at b
            return a >= 0 and b < len(tokens) and all(tokens[k].glued for k in range(a + 1, b + 1))

        def word(k: int, words: Iterable[str]) -> bool:
            return 0 <= k < len(tokens) and tokens[k].text in words

        if chained(first, after + 1) and word(after, near) and self._town_at(tokens, after + 1, lang):
            return True  # "Staffelde bei Kremmen"
        if chained(first, after + 1) and word(after, conjunctions):
            other, opening = after + 1, first - 1  # "Abisko und Kiruna", "zwischen Samnaun und Landeck"
        elif chained(first - 2, first) and word(first - 1, conjunctions):
            other, opening = first - 2, first - 3  # "Kiruna und Abisko", "zwischen Landeck und Samnaun"
        else:
            return False
        if self._town_at(tokens, other, lang):
            return True
        return chained(opening, opening + 1) and word(opening, between) and self._town_at(tokens, first, lang)

    def _unlisted(self, word: str, lang: str) -> bool:
        """Where nouns are capitalised, whether a word can name a place no data knows: no dictionary of the
        language or of English lists it, it is no person's name, and it is no compound of a noun the dictionary
        lists ("Packungsanleitung" of "Anleitung") unless it ends as the language's town names do ("Moritzburg")."""
        from wirestream.services.enrich.entities.quotes.language import known_word

        low = word.casefold()
        if len(word) > 40 or _dictionary_word(word, lang) or known_word(low, "en"):
            return False
        if word in _first_names() or word in _surnames():
            return False
        if "-" in word:  # "Brezno-Osrblie", not "Brain-Circulation", "Peter-Kreuder-Weg" nor "MAIN-SPITZE"
            parts = word.split("-")
            return all(
                len(p) >= 2
                and not p.isupper()
                and not _dictionary_word(p, lang)
                and not known_word(p.casefold(), "en")
                and p not in _first_names()
                for p in parts
            )
        if low.endswith(TOWN_ENDINGS.get(lang, ())):
            return True
        # a capital inside the word is where its parts meet ("PyeongChang", "DeKalb"): only the part after it can be a
        # noun the word compounds, not every word its letters spell ("Hang" of "PyeongChang")
        inner = [cut for cut in range(1, len(word) - 2) if word[cut].isupper() and word[cut - 1].islower()]
        cuts = inner or range(1, len(word) - 3)
        return not any(known_word(word[cut].upper() + word[cut + 1 :], lang) for cut in cuts)

    def _placeable(self, word: str, lang: str) -> bool:
        """Whether a capitalised word can be the name of a place no data knows."""
        folded = word.casefold()
        if self._plain is None:
            self._plain = {re.split(r"['’]", w)[-1] for w in self._lower}
        return (
            _capitalised(word)
            and len(word) >= 3
            and folded not in self._plain
            and not _acronym(word)
            and not re.search(r"\d", word)
            and word not in self._nouns
            and folded not in self._lower
            and folded not in self.calendar
            and folded not in FUNCTION_WORDS.get(lang, ())
            and folded not in _stop_words(lang)
            and not self.is_institution(word, lang)
            and not institution_word(word)
            and not self.is_role(word, lang)
        )

    def _believable(self, place: Place, part: list[_Token], cued: bool, after: int, lang: str) -> bool:
        """Whether a gazetteer hit in running text is the place (not a word that shares its name)."""
        if _DANGLING_HYPHEN.match(self._text, part[-1].end):
            return False  # "Patent-, Marken- und Urheberrecht": the first part of a compound cut short, no name
        if len(part) == 1 and _spelt_out(self._text, part[0].start, part[0].end, lang):
            return False  # "Diritto internazionale umanitario (Diu)": the abbreviation of the words before it
        if place.kind == "country" or place in self.gazetteer.named_places:
            return True  # a country, or a region the language names ("in den Alpen", "der Uckermark")
        if any(t.text in self._nouns for t in part) and not any(t.text.islower() for t in part):
            # "die Lage"; not "Mülheim an der Ruhr", a name with its articles, nor "der Steiermark", "im Burgenland":
            # a region the language names with its article
            # ("die Bayern", "die Hessen": the people, of a region spelt as a people's plural)
            region = len(part) == 1 and place.kind == "region" and self._region_word(part[0].text, lang)
            return region and not self._people_plural(part[0].text, lang)
        if cued and after >= 1:
            return False
        word = part[0].text.casefold()
        if len(part) == 1 and (word in self._lower or (place.kind == "city" and word in _stop_words(lang))):
            return False  # "Dabei" (Dubai), "Bukan": a word of the language, not the town
        if len(part) == 1 and self._word_town(place, part[0], lang):
            return False  # "Centro", "Sur", "Constitución": a word of the language before a small town of that name
        if len(part) == 1 and self._noun_alias(place, part[0], lang):
            return False  # "Name" (Namur), "Tour" (Tours), "Basis" (Basi): a noun of the language, not the town
        if len(part) == 1 and self._foreign_word_town(place, part[0], lang):
            return False  # "ihr Roman", "wegen Corona", "die Union": a word, not a small town abroad of that name
        if len(part) == 1 and self._stray_alias(place, part[0], lang):
            return False  # "Hamas" in an article on Gaza: not Hamm, which GeoNames also calls Hamas
        if len(part) == 1 and self._noun_town(place, part[0], lang):
            return False  # "Auch Essen, das nicht gekocht wird", "in Garten oder Hof": the noun, not the town
        if len(part) == 1 and self._surname_alias(place, part[0], lang):
            return False  # "Gutiérrez dijo": a family name, not Tuxtla, which GeoNames also calls so
        if len(part) == 1 and self._given_town(place, part[0], lang):
            return False  # "Mary und Gordy", "sagt Harper": a given name, not a town abroad no one knows
        if part[0].initial and len(part) == 1 and place.population < 100_000:
            if place.kind == "region" and self._region_word(part[0].text, lang):
                return True  # "Schottland will ...", "Bayerns Wirtschaft ...": a region's name, not a word
            if self._named_word(part[0].text, lang):
                return True  # "Jersón fue bombardeada", "Ceuta y Melilla": a name the dictionary lists as a name only
            k = self._index[id(part[0])]
            if lang not in NOUNS_CAPITALISED and not _given_form(part[0].text) and self._listed_place(k, 1, lang):
                return True  # "Zamora y León", "Lugo, Ourense": a town listed before another place, no surname
            return self._strange_word(part[0].text, lang)  # "Kiruna und Abisko sind ...", not "Weiden sind ..."
        return True

    def _given_town(self, place: Place, t: _Token, lang: str) -> bool:
        """Whether a one-word town spelt like a given name ("Mary", Turkmenistan; "Harper", Liberia; "Yara", Cuba) is
        the name of a person: a town no one knows abroad, outside the language's own countries (``PLACE_HOME_
        COUNTRIES``: "Hagen oder Unna" stay), with no preposition of place or of going before it and no other place
        listed beside it ("Falun und Mora")."""
        if place.kind != "city" or place in self.gazetteer.known_abroad or not _given_form(t.text):
            return False
        if place.country_code in HOME_COUNTRIES.get(lang, ()):
            return False
        k = self._index[id(t)]
        if any(self._listed_place(k, step, lang) for step in (-1, 1)):
            return False
        return not (self._after_locative(self._tokens, k, lang) or self._after_direction(self._tokens, k, lang))

    def _surname_alias(self, place: Place, t: _Token, lang: str) -> bool:
        """Whether a word that names a town under a million people, no capital, only by another name of it (a part of
        its name in full: "Gutiérrez" of Tuxtla Gutiérrez) is a family name, with no preposition of place or of going
        right before it: the person, not the town."""
        if place.kind != "city" or place in self.gazetteer.capitals or place.population >= ALIAS_CITY_POPULATION:
            return False
        if t.text not in _surnames():
            return False
        known = self.gazetteer.place_form(t.text, lang)
        if known is None or not town_alias(known[0], place) or own_name_spelt(known[0], place, lang):
            return False
        if unaccented(known[0]) == unaccented(_QUALIFIER.sub("", place.name)):
            return False
        k = self._index[id(t)]
        return not (self._after_locative(self._tokens, k, lang) or self._after_direction(self._tokens, k, lang))

    def _noun_town(self, place: Place, t: _Token, lang: str) -> bool:
        """Where nouns are capitalised, whether a town under a million people whose own name is a common noun of the
        language ("Essen", "Hof") is the noun: no preposition of place or of going comes right before it ("in Essen",
        "aus Hof" stay the towns) and no other place is listed beside it ("Essen und Dortmund", "Bochum, Essen")."""
        if lang not in NOUNS_CAPITALISED or place.kind != "city" or place.population >= ALIAS_CITY_POPULATION:
            return False
        if not _common_noun(t.text, lang):
            return False
        k = self._index[id(t)]
        if self._after_locative(self._tokens, k, lang) or self._after_direction(self._tokens, k, lang):
            return False
        return not any(self._listed_place(k, step, lang) for step in (-1, 1))

    def _listed_place(self, k: int, step: int, lang: str) -> bool:
        """Whether the word ``step`` words away from the word at ``k``, past a comma or the language's "and" or "or",
        names a place that is no common noun."""
        tokens = self._tokens
        near = k + step
        if not 0 <= near < len(tokens):
            return False
        first, second = (tokens[near], tokens[k]) if step < 0 else (tokens[k], tokens[near])
        gap = self._text[first.end : second.start].strip()
        if gap == ",":
            other = near
        elif not gap and tokens[near].text.casefold() in (*AND.get(lang, ()), *OR.get(lang, ())):
            other = near + step
        else:
            return False
        if not 0 <= other < len(tokens):
            return False
        word = tokens[other].text
        return _capitalised(word) and not _common_noun(word, lang) and self.gazetteer.place_form(word, lang) is not None

    def _region_word(self, word: str, lang: str) -> bool:
        """Whether a word first in a sentence that the gazetteer reads as a region or a state (no town: no people
        counted) is its name: the name, its case ending undone ("Bayerns" is Bayern's), is no common noun, no
        inflected noun and no person's name. Dictionaries list regions' names ("Bayern", "Schottland",
        "Nordrhein-Westfalen"), so being listed is no evidence of a word there, as it is for a town ("Weiden")."""
        known = self.gazetteer.place_form(word, lang)
        name = known[0] if known is not None else word
        if name.casefold().endswith(tuple(SETTLEMENT_HEADS.get(lang, ()))):
            return False  # "Hauptstadt" (a region's name in GeoNames): the settlement noun, no name
        from wirestream.services.enrich.entities.quotes.language import known_word

        # a plural in -n/-en makes a common noun ("Savannen", "Freistaaten"); a dative in -e does not ("im Saarlande")
        plural = any(known_word(name + ending, lang) for ending in ("n", "en"))
        return not (
            _common_spelling(name, lang) or plural or _noun(name, lang) or name in _surnames() or _given_form(name)
        )

    @staticmethod
    def _named_word(word: str, lang: str) -> bool:
        """Whether a capitalised word is no common word of the language (the dictionary may list it, but as a
        proper name: "Jersón"), where nouns are written in lower case, and no family name nor given name."""
        from wirestream.services.enrich.entities.quotes.language import common_word

        return (
            lang not in NOUNS_CAPITALISED
            and not common_word(word.casefold(), lang)
            and word not in _surnames()
            and not _given_form(word)
        )

    @staticmethod
    def _strange_word(word: str, lang: str) -> bool:
        """Whether a capitalised word is no word of the language nor a name of a person: its dictionary does not
        list it, and it is no family name and no given name. A town of that name first in a sentence is the town
        ("Kiruna und Abisko sind Reiseziele"), where a word the dictionary lists may be capitalised only there."""
        return not _dictionary_word(word, lang) and word not in _surnames() and not _given_form(word)

    def _word_town(self, place: Place, t: _Token, lang: str) -> bool:
        """Whether a one-word town is rather a common word of the language ("Centro", "Sur"): a city of fewer
        than 100,000 people, or another name of one under a million ("Liga" of Riga), the word no locative
        preposition nor preposition of going places. Not where nouns are capitalised (a noun
        after an article is read apart there: "die Halle")."""
        if place.kind != "city" or place.population >= ALIAS_CITY_POPULATION:
            return False
        if place.population >= _WORD_CITY_POPULATION:
            # Above that size only another name GeoNames gives the city ("Liga" of Riga, "Pleno" of Plano), not
            # its own ("Tema"), is taken for the word
            known = self.gazetteer.place_form(t.text, lang)
            if known is None or not town_alias(known[0], place):
                return False
            if place in self.gazetteer.capitals and lang in self.gazetteer.spoken.get(place.country_code, ()):
                return False  # "Lisboa": the capital's name in its own country's language, whatever else it spells
            if place in self.gazetteer.known_abroad and self._inflected_only(t.text, lang):
                return False  # "Lwów" (Lviv; "lwów" of "lew"): a city known abroad, no word's own form
        k = self._index[id(t)]
        return (
            lang not in NOUNS_CAPITALISED
            and common_place_word(t.text, lang)
            and not self._after_locative(self._tokens, k, lang)
            and not self._after_direction(self._tokens, k, lang)  # "atak na Mikołajów": the town, not a plural
        )

    @staticmethod
    def _inflected_only(word: str, lang: str) -> bool:
        """Whether the dictionary has a word in lower case only as an inflected form of another word ("lwów", the
        genitive plural of "lew"), not as a word of its own ("liga", "centro")."""
        from wirestream.services.enrich.entities.quotes.language import lemma

        folded = word.casefold()
        return lemma(folded, lang) != folded

    def _noun_alias(self, place: Place, t: _Token, lang: str) -> bool:
        """Where nouns are capitalised, whether a word that names a town under a million people only by another name
        or with a case ending undone ("Name": Namur; "Tour": Tours; "Basis": Basi) is rather a noun of the
        language: the dictionary has a common noun for it, or lists it under a lemma that is not the town's name
        ("Mailand", "Moskaus" stay), or lists it as written and English has it as a common word ("Kilo": Kiel),
        and no preposition of place or of going comes right before it ("in Tour")."""
        if lang not in NOUNS_CAPITALISED or place.kind != "city" or place.population >= ALIAS_CITY_POPULATION:
            return False
        known = self.gazetteer.place_form(t.text, lang)
        if known is None or unaccented(t.text) == unaccented(_QUALIFIER.sub("", place.name)):
            return False  # the town's own name ("Halle" of "Halle (Saale)")
        from wirestream.services.enrich.entities.quotes.language import known_word, lemma

        noun = _common_noun(t.text, lang) or (known_word(t.text, lang) and lemma(t.text, lang) != known[0].casefold())
        # a word the language took from English and lists as written, an English common word too ("zehn Kilo": no
        # Kiel, which GeoNames also calls Kilo); the town's own names the dictionary lists ("Mailand") are no
        # English words
        noun = noun or (known_word(t.text, lang) and known_word(t.text.casefold(), "en"))
        first = self._index[id(t)]
        placed = self._after_locative(self._tokens, first, lang) or self._after_direction(self._tokens, first, lang)
        return noun and not placed

    def _foreign_word_town(self, place: Place, t: _Token, lang: str) -> bool:
        """Where nouns are capitalised, whether a one-word town abroad (outside the language's ``HOME_COUNTRIES``),
        no capital nor a city known abroad, is rather a common word: of English, of the language in lower case, or
        a noun the dictionary gives a plural (``NAME_PLURAL_ENDINGS``): "Roman", "Metro", "Union", "Corona"; so
        unless a preposition of place or of going comes right before it ("nach Corona")."""
        home = HOME_COUNTRIES.get(lang)
        if lang not in NOUNS_CAPITALISED or not home or place.kind != "city" or place.country_code in home:
            return False
        if place in self.gazetteer.known_abroad or place.population >= ALIAS_CITY_POPULATION:
            return False
        from wirestream.services.enrich.entities.quotes.language import common_word, known_word, lemma

        word, low = t.text, t.text.casefold()
        plural = any(lemma(word + p, lang) == low for p in PLURAL_ENDINGS.get(lang, ()) if known_word(word + p, lang))
        if not (known_word(low, "en") or common_word(low, lang) or plural):
            return False  # "Mora", "Rioja": the dictionary lists the name, but as no common word
        first = self._index[id(t)]
        return not (self._after_locative(self._tokens, first, lang) or self._after_direction(self._tokens, first, lang))

    def _stray_alias(self, place: Place, t: _Token, lang: str) -> bool:
        """Whether a word names a town under a million people, no capital nor a city known abroad
        (``Gazetteer.known_abroad``), only by another name of it (GeoNames' alternate names: "Hamas" of Hamm, a
        Lithuanian form; "Irna" of Salerno) that no locative preposition or preposition of going places anywhere in
        the article: another thing of that name, not the far-away town ("Waszyngton", "Florencia" stay places; "a
        Salernas" and the town's name said again after it are the town). Naming the town's country is no evidence:
        an article on Gaza that names Germany does not make "Hamas" Hamm."""
        known = self.gazetteer.place_form(t.text, lang)
        if known is None or not town_alias(known[0], place) or place in self.gazetteer.known_abroad:
            return False
        if unaccented(known[0]) == unaccented(_QUALIFIER.sub("", place.name)):
            return False  # the town's own name without its qualifier ("Halle" of "Halle (Saale)")
        if own_name_spelt(known[0], place, lang):
            return False  # "Бахмут", "Bachmut": Bakhmut's own name in the language's letters, no stray other name
        if _one_letter_apart(unaccented(known[0]), unaccented(_QUALIFIER.sub("", place.name))):
            return False  # "Jabalia" of Jabālyā: the own name spelt with one letter otherwise, no other name
        if self.gazetteer.main_language.get(place.country_code) == lang and _respelling(known[0], place.name):
            # "Castellón" of Castelló de la Plana: the town's own name as its own country's main language spells it
            # (not "Irna" of Salerno, a name of another kind, in an Italian article: the news agency)
            return False
        return t.text not in self._placed_forms(lang)

    def _placed_forms(self, lang: str) -> set[str]:
        """The words the article puts right after a locative preposition or a preposition of going (once per
        article)."""
        if self._located_words is None:
            tokens = self._tokens
            self._located_words = {
                t.text
                for k, t in enumerate(tokens)
                if self._after_locative(tokens, k, lang) or self._after_direction(tokens, k, lang)
            }
        return self._located_words


_SPELLING_MIN = 5  # a shorter name one letter from another is another word ("Hama" of "Hamm")


def _one_letter_apart(a: str, b: str) -> bool:
    """Whether two Latin-script names of five letters or more differ by one letter only, changed, added or left out
    ("jabalia", "jabalya"): one name spelt two ways. Linear in the names' length."""
    if min(len(a), len(b)) < _SPELLING_MIN or abs(len(a) - len(b)) > 1 or a == b or not (a + b).isascii():
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1 :] == b[i + 1 :]
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    return longer[i + 1 :] == shorter[i:]


# The words right before an abbreviation's opening parenthesis (a window of them, read back from the parenthesis).
_WORDS_BEFORE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_SPELT_OUT_REACH = 160


def _spelt_out(text: str, start: int, end: int, lang: str) -> bool:
    """Whether a word in parentheses is the abbreviation of the words right before them, written with one capital
    ("Diritto internazionale umanitario (Diu)", "Organizzazione delle Nazioni Unite (Onu)"): its letters are their
    initials, every word's or, the language's function words and name particles left out, the other words'. A town
    so written is not meant ("a Diu (India)" has no such words before it)."""
    word = text[start:end]
    if not 2 <= len(word) <= 8 or not word.isalpha() or text[start - 1 : start] != "(" or text[end : end + 1] != ")":
        return False
    before = _WORDS_BEFORE.findall(text[max(0, start - 1 - _SPELT_OUT_REACH) : start - 1])
    small = FUNCTION_WORDS.get(lang, frozenset()) | frozenset(PARTICLES.get(lang, ()))
    content = [w for w in before if w.casefold() not in small]
    initials = word.casefold()
    return any(
        len(words) >= len(initials) and "".join(w[0] for w in words[-len(initials) :]).casefold() == initials
        for words in (before, content)
    )


def _name_of_dictionary(word: str, lang: str) -> bool:
    """Whether the language's dictionary lists a capitalised word as its own lemma, a name and no word, in a language
    that writes its nouns in lower case (Ukrainian's "Мар'їнка"; not German's "Haus", a noun)."""
    from wirestream.services.enrich.entities.quotes.language import common_word, own_lemma
    from wirestream.services.enrich.entities.quotes.language import load as quote_language

    if not word[:1].isupper() or quote_language(lang).nouns_capitalised or common_word(word.casefold(), lang):
        return False
    return own_lemma(word, lang)
