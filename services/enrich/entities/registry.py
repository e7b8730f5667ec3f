"""The alias registry: known entities with stable ids and their names in many scripts.

The packaged ``registry.toml`` is read first, then any files named in
``WIRESTREAM_ENTITY_REGISTRY`` (an entry with an existing id replaces it). The
registry does three things for entity-enrich, in any language:

* finds every alias in a text (whole words; anywhere in Chinese and Japanese),
  so key actors are found where no NER model covers the language;
* corrects the model's labels (Kyiv is a place, the Kremlin a building);
* gives each entity it knows a stable id and a canonical name, whatever spelling
  or script the article uses;
* gives quote attribution a person's offices (``roles``), so that "the Kremlin
  spokesman said" is Peskov in an article that names him without the title.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from wirestream.services.enrich.entities.geo import unaccented
from wirestream.services.enrich.entities.name_data import english_given_name
from wirestream.services.enrich.lexicon import GLUED

PACKAGED = Path(__file__).with_name("registry.toml")
# Letters whose mark is part of the letter (Unicode does not decompose them), folded by hand.
_STROKES = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ı": "i", "æ": "ae", "œ": "oe"})


_TRADITIONAL = re.compile(r"[\u3400-\u9fff]")
# A word's letter at the edge of a spaced alias, so that the alias is matched as a whole word: a letter of the
# scripts written without spaces is none, it opens or closes the next word ("ISW는", "ＩＳＷは", "据CNN报道": a
# Latin name with the particle or the verb written onto it).
_WORD_LETTER = "[^\\W" + GLUED.pattern[1:]


def simplified(text: str) -> str:
    """``text`` with its Chinese characters in simplified script, character for character (the same length, so spans
    carry over; ``hanziconv``'s table, whose traditional-to-simplified side is a plain mapping): ``text`` itself when
    it holds no Han character or the table would change its length."""
    if not _TRADITIONAL.search(text):
        return text
    try:
        from hanziconv import HanziConv
    except ImportError:  # pragma: no cover - hanziconv is a dependency
        return text
    plain: str = HanziConv.toSimplified(text)
    return plain if len(plain) == len(text) else text


def folded(name: str) -> str:
    """A name without letter case, accents or strokes, spaces collapsed ("Wołodymyr  Zełenski" is wolodymyr zelenski):
    how spellings of one name differ between languages that share an alphabet."""
    return " ".join(unaccented(name.casefold().translate(_STROKES)).split())


# Case endings of an East Slavic masculine surname (Russian and Ukrainian; genitive, dative, instrumental,
# locative), by how the nominative ends: an adjectival one ("Зеленский", "Зеленський") changes its ending, one
# ending in a consonant takes them ("Подоляк": Подоляка, Подоляку, Подоляком; "Песков": Пескова, Песковым).
_ADJECTIVAL = ("ский", "цкий", "ський", "цький", "ий", "ій", "ый", "ой")
_ADJECTIVAL_ENDINGS = ("ого", "ому", "им", "ім", "ом")
_CONSONANT_ENDINGS = ("а", "у", "ом", "ым", "им", "е", "ові", "і")
_SOFT_ENDINGS = ("я", "ю", "ем", "і", "е")  # "Гоголь": Гоголя
_CYRILLIC_WORD = re.compile(r"^[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+$")
# The same surnames in West and South Slavic languages written in Latin letters (Czech, Slovak, Croatian, Serbian,
# Slovene; Polish lists its own): a foreign surname ending in a consonant takes -a (genitive, accusative), -u
# (dative, locative), -om/-em (instrumental), -ovi (dative): "prezidenta Vladimira Putina", "s Putinom"; and the
# Finnish genitive -in ("Peskovin mukaan").
_LATIN_WORD = re.compile(r"^[A-Z][a-z]+$")
_LATIN_CONSONANT_ENDINGS = ("a", "u", "om", "em", "ovi", "in")


def case_forms(surname: str) -> tuple[str, ...]:
    """The other case forms of a one-word Cyrillic masculine surname, as East Slavic grammar declines it
    (a registry lists its people in the nominative; an article writes "по словам Подоляка", "заявив Зеленського"),
    and of a plain Latin one, as Czech or Croatian decline a foreign surname ("Putina", "Peskovem").
    Nothing for a word that does not decline so (one ending in a vowel: "Кирби", "Навка", "Kirby")."""
    if _LATIN_WORD.match(surname):
        return () if surname[-1] in "aeiouy" else tuple(surname + e for e in _LATIN_CONSONANT_ENDINGS)
    if not _CYRILLIC_WORD.match(surname):
        return ()
    for ending in _ADJECTIVAL:
        if surname.endswith(ending) and len(surname) > len(ending) + 2:
            stem = surname[: -len(ending)] + ending[:-2]
            return tuple(stem + e for e in _ADJECTIVAL_ENDINGS)
    if surname.endswith("ь"):
        return tuple(surname[:-1] + e for e in _SOFT_ENDINGS)
    if surname[-1] in "аеёиоуыэюяіїєй":
        return ()
    return tuple(surname + e for e in _CONSONANT_ENDINGS)


def _within_two(a: str, b: str) -> bool:
    """Whether two short words are at most two edits apart (Levenshtein, one row at a time)."""
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
        if min(row) > 2:
            return False
    return row[-1] <= 2


def _unique(pairs: list[tuple[str, Known]]) -> dict[str, Known]:
    """Keys that name one entry only (a key two entries share names neither)."""
    out: dict[str, Known] = {}
    clash: set[str] = set()
    for key, known in pairs:
        if out.setdefault(key, known) is not known:
            clash.add(key)
    return {k: v for k, v in out.items() if k not in clash}


def _tree(forms: list[str]) -> str:
    """One alternation of ``forms`` (each literal) as a tree of their shared beginnings: the engine compares a
    character once for every form that begins with it, not once per form (a thousand at each word), and tries a
    longer form before one it begins with, the order of ``forms`` sorted longest first (two forms that both match
    at one place are one the beginning of the other: the tree tries the same one first)."""
    root: dict[str, Any] = {}
    for form in forms:
        node = root
        for char in form:
            node = node.setdefault(char, {})
        node[""] = None  # a form ends here
    return _branch(root)


def _branch(node: dict[str, Any]) -> str:
    alternatives = [re.escape(char) + _branch(child) for char, child in node.items() if char]
    if "" in node:
        alternatives.append("")  # after every longer form
    if len(alternatives) == 1:
        return alternatives[0]
    return "(?:" + "|".join(alternatives) + ")"


@dataclass(frozen=True)
class Known:
    id: str
    name: str
    label: str
    aliases: tuple[str, ...]
    geo: tuple[float, float, str] | None = None
    roles: tuple[str, ...] = ()  # a person's offices as news in each language write them ("Kremlin spokesman")


@dataclass(frozen=True)
class Match:
    known: Known
    text: str
    start: int
    end: int


class RegistryError(ValueError):
    pass


class _EntityFile(BaseModel):
    id: str
    name: str
    label: str
    aliases: list[str] = []
    geo: tuple[float, float, str] | None = None  # latitude, longitude, country code
    roles: list[str] = []


class _NeverFile(BaseModel):
    names: list[str] = []


class _RegistryFile(BaseModel):
    """A registry file: ``[[entity]]`` entries and ``[[never]]`` names that are no entity."""

    entity: list[_EntityFile] = []
    never: list[_NeverFile] = []


def _read(path: Path) -> tuple[list[Known], set[str]]:
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise RegistryError(f"cannot read the entity registry {path}: {exc}") from exc
    try:
        doc = _RegistryFile.model_validate(raw)
    except ValidationError as exc:
        raise RegistryError(f"{path}: an entry is malformed ({exc})") from exc
    entries = [Known(e.id, e.name, e.label, tuple(e.aliases), e.geo, tuple(e.roles)) for e in doc.entity]
    return entries, {n for block in doc.never for n in block.names}


class Registry:
    def __init__(self, paths: list[Path] | None = None) -> None:
        by_id: dict[str, Known] = {}
        self.never: set[str] = set()
        for path in [PACKAGED, *(paths or [])]:
            entries, never = _read(path)
            by_id.update((k.id, k) for k in entries)
            self.never |= never
        self.entries = list(by_id.values())
        self.by_id = by_id
        forms = [(form, known) for known in self.entries for form in (known.name, *known.aliases)]
        written = {form for form, _ in forms}
        declined = _unique(
            [
                (f, known)
                for form, known in forms
                if known.label == "PERSON"
                for f in case_forms(form)
                if f not in written
            ]
        )
        forms += list(declined.items())
        self.by_form: dict[str, Known] = {}
        for form, known in forms:
            self.by_form.setdefault(form.casefold(), known)
        self._never_folded = {n.casefold() for n in self.never}
        self._by_folded = _unique([(folded(form), known) for form, known in forms])
        people = [(folded(form).split(), known) for form, known in forms if known.label == "PERSON"]
        self._by_surname = _unique([(words[0], known) for words, known in people if len(words) == 1])
        self._given = {(words[0], known.id) for words, known in people if len(words) > 1}
        words = sorted({f for f, _ in forms if not GLUED.search(f)}, key=len, reverse=True)
        glued = sorted({f for f, _ in forms if GLUED.search(f)}, key=len, reverse=True)
        parts = []
        if words:
            parts.append(f"(?<!-)(?<!{_WORD_LETTER})(?:" + _tree(words) + f")(?!-|{_WORD_LETTER})")
        if glued:  # tried at every character, not only where a word starts: first a look at the one character
            firsts = "".join(re.escape(c) for c in sorted({form[0] for form in glued}))
            parts.append(f"(?=[{firsts}])(?:" + _tree(glued) + ")")
        self._pattern = re.compile("|".join(parts)) if parts else None
        self._exact: dict[str, Known] = {}
        for form, known in forms:
            self._exact.setdefault(form, known)

    @classmethod
    def from_setting(cls, value: str | None) -> Registry:
        return cls([Path(p) for p in (value or "").split(":") if p.strip()])

    def lookup(self, name: str) -> Known | None:
        """The entry one of whose names is ``name`` (any letter case); else the one a spelling without accents or
        strokes names ("Zełenski": Zelenski); else the person whose surname, so spelt, ends a two- or three-word
        name and one of whose given names, so spelt, begins it ("Wołodymyr Zełenski": Wolodymyr Selenskyj's given
        name, Zelenski's surname). A form two entries share names neither."""
        exact = self.by_form.get(name.casefold()) or self.by_form.get(simplified(name).casefold())
        if exact is not None:
            return exact
        key = folded(name)
        if key in self._by_folded:
            return self._by_folded[key]
        words = key.split()
        person = self._by_surname.get(words[-1]) if 2 <= len(words) <= 3 else None
        if person is not None and (words[0], person.id) in self._given:
            return person
        return None

    def given_name_of(self, word: str, person_id: str) -> bool:
        """Whether ``word`` is one of the registered person's given names as a language spells it: one of theirs
        without accents or strokes, with a case ending of at most two letters ("Vladimira" of Vladimir), or
        two letters apart from one of seven letters or more ("Vlagyimir", "Volodimir")."""
        key = folded(word)
        if len(key) < 4:
            return False
        for given, known in self._given:
            if known != person_id or len(given) < 4:
                continue
            if key == given or (key.startswith(given) and len(key) - len(given) <= 2):
                return True
            if len(given) >= 7 and abs(len(key) - len(given)) <= 2 and _within_two(key, given):
                return True
        return False

    def another_given_name(self, word: str, person_id: str) -> bool:
        """Whether ``word`` is plainly a given name other than the registered person's: one English lists ("Paul"),
        no spelling of theirs (:meth:`given_name_of`), and none of theirs opens with its letter ("Paul Kirby" is not
        John Kirby; "Anthony Blinken", "Mijailo Podoliak" may be the registered people, spelt otherwise)."""
        initials = {given[:1] for given, known in self._given if known == person_id}
        return (
            bool(initials)
            and english_given_name(word)
            and folded(word)[:1] not in initials
            and not self.given_name_of(word, person_id)
        )

    def roles(self, ids: Iterable[str]) -> dict[str, tuple[str, ...]]:
        """The registered roles of the entries with these ids (those that have any): what a title phrase in an
        article that names the person stands for ("the Kremlin spokesman" where it names Peskov)."""
        return {i: self.by_id[i].roles for i in ids if i in self.by_id and self.by_id[i].roles}

    def is_never(self, name: str) -> bool:
        return name.casefold() in self._never_folded

    def find(self, text: str) -> list[Match]:
        """Every alias written in ``text`` (letter case as registered), longest first where they overlap; a Chinese
        alias also where the text writes it in traditional characters ("澤連斯基" of "泽连斯基")."""
        if self._pattern is None:
            return []
        found = [Match(self._exact[m.group(0)], m.group(0), m.start(), m.end()) for m in self._pattern.finditer(text)]
        plain = simplified(text)
        if plain == text:
            return found
        held = bytearray(len(text))
        for f in found:
            held[f.start : f.end] = b"\x01" * (f.end - f.start)
        for m in self._pattern.finditer(plain):
            if not any(held[m.start() : m.end()]):
                found.append(Match(self._exact[m.group(0)], text[m.start() : m.end()], m.start(), m.end()))
        return sorted(found, key=lambda f: f.start)
