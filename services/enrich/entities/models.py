"""Named-entity models per language, loaded once per process.

* spaCy pipelines (English by default, ``WIRESTREAM_SPACY_MODEL``; French
  ``fr_core_news_sm``): their labels are brought to the OntoNotes names the rest of
  entity-enrich uses (PER -> PERSON; MISC is dropped);
* Natasha for Russian: its news NER (PER, LOC, ORG) with the models inside the wheel,
  names brought to the nominative with its morphological dictionary (pymorphy2):
  "Дмитрия Пескова" is Дмитрий Песков, "в Москве" is Москва.

A model that is not installed is skipped with a clear reason (the worker logs it);
the language then falls back to the capitalisation recogniser (``names.py``).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from wirestream.errors import PermanentError

if TYPE_CHECKING:
    from spacy.language import Language

# Pipelines loaded besides the configured (English) one: language -> package name.
EXTRA_SPACY = {"fr": "fr_core_news_sm"}
SPACY_LABELS = {"PER": "PERSON", "MISC": None}
SPACY_EXCLUDE = ["tagger", "parser", "lemmatizer", "attribute_ruler", "senter", "morphologizer"]
# Shared embedding layers: run only when a component that is kept listens to them.
SHARED_EMBEDDINGS = ("tok2vec", "transformer")

# spaCy's tokenizer strips a word's affixes one at a time, each time searching the whole rest of
# the word: a long run without a space costs n^2 when its pieces are affixes ("“““…" 20,000 marks
# took 50 s; "____…", "'s's's…", "a:a:a…" and "http://…" repeated are the same). No real word is
# so long, and a web address that is has no entity inside: every run of 200 characters or more (a
# match starts only where a run does) is cut by a space at most every RUN_CUT characters, in place (the text keeps its length, so offsets
# stay those of the article). The space takes the place of the run's last mark in the second half of
# each piece when it has one ("Kremlin,Putin,…" keeps its words whole), of the piece's last character
# when it has none.
LONG_RUN = re.compile(r"(?<!\S)\S{200,}")
RUN_CUT = 100


def tokenizable(text: str) -> str:
    """``text`` with every run of 200+ characters without a space cut by spaces, same length and offsets."""

    def cut(match: re.Match[str]) -> str:
        run = list(match.group())
        at = 0
        while len(run) - at > RUN_CUT:
            end = at + RUN_CUT - 1
            mark = next((i for i in range(end, at + RUN_CUT // 2, -1) if not run[i].isalnum()), end)
            run[mark] = " "
            at = mark + 1
        return "".join(run)

    return LONG_RUN.sub(cut, text)


def drop_unheard(nlp: Language) -> list[str]:
    """Remove the shared embedding components no kept component listens to; returns their names.

    In the small English and French pipelines the NER has its own embedding layer and
    the shared ``tok2vec`` fed only the tagger and parser: left in, it costs a third of
    the NER-only pipeline's time and changes no entity (``bench/enrich_batch.py``).
    """
    dropped = []
    for name in SHARED_EMBEDDINGS:
        if name in nlp.pipe_names and not getattr(nlp.get_pipe(name), "listening_components", [None]):
            nlp.remove_pipe(name)
            dropped.append(name)
    return dropped


@dataclass(frozen=True)
class RawEntity:
    """One mention as a recogniser (or the alias registry) found it."""

    text: str
    label: str
    start: int
    end: int
    id: str | None = None  # the registry entry it names
    name: str | None = None  # its name when the mention is inflected ("Пескова" -> "Песков")


class Recognizer:
    """A loaded spaCy pipeline (NER only: the other components do not change its entities).

    Its shared ``tok2vec`` goes too when the NER does not listen to it (:func:`drop_unheard`).
    """

    def __init__(self, model: str) -> None:
        import spacy

        try:
            self.nlp: Language = spacy.load(model, exclude=SPACY_EXCLUDE)
        except OSError as exc:
            raise RuntimeError(
                f"spaCy model {model!r} is not installed. Install it as a package "
                "(see README, Configuration) or set WIRESTREAM_SPACY_MODEL."
            ) from exc
        drop_unheard(self.nlp)
        self.lang = self.nlp.meta.get("lang", "en")
        self.name = (
            f"{self.nlp.meta.get('lang', 'xx')}_{self.nlp.meta.get('name', model)}-{self.nlp.meta.get('version', '?')}"
        )

    def __call__(self, text: str) -> list[RawEntity]:
        if len(text) > self.nlp.max_length:
            raise PermanentError(
                f"the text has {len(text):,} characters, more than the {self.nlp.max_length:,} "
                "the entity recognizer takes in one piece"
            )
        return self._entities(text, self.nlp(tokenizable(text)))

    def many(self, texts: list[str]) -> list[list[RawEntity] | Exception]:
        """What calling this recogniser on each text gives (its exception for one it refuses), the texts
        through spaCy together (``nlp.pipe``: the same entities, in less time); if spaCy fails on the
        batch, one text at a time, so that the failure is the failing text's alone."""
        out: list[list[RawEntity] | Exception] = []
        fits: list[int] = []
        for i, text in enumerate(texts):
            if len(text) > self.nlp.max_length:
                try:
                    out.append(self(text))
                except Exception as exc:
                    out.append(exc)
            else:
                fits.append(i)
                out.append([])
        try:
            docs = list(self.nlp.pipe([tokenizable(texts[i]) for i in fits], batch_size=max(len(fits), 1)))
        except MemoryError:
            raise
        except Exception:
            for i in fits:
                try:
                    out[i] = self(texts[i])
                except MemoryError:
                    raise
                except Exception as exc:
                    out[i] = exc
            return out
        for i, doc in zip(fits, docs, strict=True):
            out[i] = self._entities(texts[i], doc)
        return out

    @staticmethod
    def _entities(text: str, doc: Any) -> list[RawEntity]:
        out = []
        for e in doc.ents:
            label = SPACY_LABELS.get(e.label_, e.label_)
            if label is not None:
                out.append(RawEntity(text[e.start_char : e.end_char], label, e.start_char, e.end_char))
        return out


# Natasha's tagger reads a text as one sequence, and its cost per word grows with the sequence's length: 100,000
# characters of one-character words ("####…", "[a]([a](…") took 7-8 s read whole, 3-5 s in pieces of 5,000 (CPU
# time, round s44). A text is given to it in pieces of at most NATASHA_PIECE characters, cut at a line break in a
# piece's second half, else at a sentence's end, else at a space; an article no longer than that is one piece, read
# as before (the Russian corpus pages gave the same entities both ways, also joined into one long text).
NATASHA_PIECE = 5000


def natasha_pieces(text: str, size: int = NATASHA_PIECE) -> list[tuple[int, str]]:
    """``text`` cut into pieces of at most ``size`` characters, each with its offset."""
    out, at = [], 0
    while at < len(text):
        end = min(len(text), at + size)
        if end < len(text):
            half = at + size // 2
            cut = text.rfind("\n", half, end)
            if cut < 0:
                cut = text.rfind(". ", half, end)
            if cut < 0:
                cut = text.rfind(" ", half, end)
            if cut >= 0:
                end = cut + 1
        out.append((at, text[at:end]))
        at = end
    return out


class Natasha:
    """Russian news NER (Natasha 1.6: navec embeddings, slovnet tagger), nominative names."""

    lang = "ru"

    def __init__(self) -> None:
        from importlib.metadata import version

        import pymorphy2
        from natasha import NewsEmbedding, NewsNERTagger

        self.tagger = NewsNERTagger(NewsEmbedding())
        self.morph = pymorphy2.MorphAnalyzer()  # the dictionary Natasha's own MorphVocab wraps
        self.name = f"natasha-{version('natasha')}"

    def __call__(self, text: str) -> list[RawEntity]:
        out = []
        parts = [(at, part) for at, part in natasha_pieces(text) if part.strip()]
        for (at, part), markup in zip(parts, self.tagger.map([part for _, part in parts]), strict=True):
            for span in markup.spans:
                label = {"PER": "PERSON", "LOC": "LOC", "ORG": "ORG"}.get(span.type)
                if label is None:
                    continue
                words = part[span.start : span.stop]
                start, stop = at + span.start, at + span.stop
                out.append(RawEntity(words, label, start, stop, name=self.nominative(words, label)))
        return out

    def nominative(self, text: str, label: str) -> str | None:
        """The name in the nominative ("Захаровой" -> "Захарова"); organisations keep their words.

        A person's surname takes the gender of their first name ("Полина Поризкова" stays
        feminine, where the dictionary's first guess for "Поризкова" is a masculine genitive).
        """
        if label == "ORG":
            return None
        wanted = {"Name", "Surn", "Patr"} if label == "PERSON" else {"Geox"}
        gender: str | None = None
        words = []
        for word in text.split():
            if not word[:1].isupper() or word.isupper():
                words.append(word)
            elif "-" not in word:
                form, gender = self._nominative_word(word, label, wanted, gender)
                words.append(form)
            elif label != "PERSON":
                words.append(self._nominative_hyphenated(word, label, wanted))
            else:
                words.append(word)
        return " ".join(words)

    def _nominative_hyphenated(self, word: str, label: str, wanted: set[str]) -> str:
        """A hyphenated place name in the nominative: its parts up to a lower-case one declined ("Ростове-на-Дону"
        is Ростов-на-Дону, "Петропавловске-Камчатском" Петропавловск-Камчатский: the parts after the first read as
        adjectives first); what follows a preposition stays ("на-Дону")."""
        parts = word.split("-")
        for i, part in enumerate(parts):
            if not part[:1].isupper() or part.isupper():
                break
            parts[i], _ = self._nominative_word(part, label, wanted if i == 0 else {"ADJF"}, None)
        return "-".join(parts)

    def _nominative_word(self, word: str, label: str, wanted: set[str], gender: str | None) -> tuple[str, str | None]:
        """One word of a name in the nominative, and the gender a given name sets for the words after it."""
        parses: list[Any] = self.morph.parse(word)
        fitting = [p for p in parses if wanted & set(p.tag.grammemes)]
        if label == "PERSON":
            # one person's name is singular: a surname the dictionary lacks is guessed as a given name's plural
            # genitive ("Галлямов", "Картаполов" as of "Галлямы"), whose nominative is no one's; it stays as written
            fitting = [p for p in fitting if "plur" not in p.tag.grammemes]
        if gender is not None:
            fitting = [p for p in fitting if p.tag.gender == gender] or fitting
        best = fitting[0] if fitting else None
        if best is None and label != "PERSON":
            best = next((p for p in parses if "NOUN" in p.tag.grammemes), None)
        if best is not None and label == "PERSON" and "Name" in best.tag.grammemes:
            gender = best.tag.gender
        form = best.inflect({"nomn"}) if best is not None else None
        return (form.word.capitalize() if form is not None else word), gender


def load_models(skip: Collection[str] = ()) -> tuple[dict[str, Any], list[str]]:
    """The models of other languages that are installed, by language, and why the others are not there."""
    models: dict[str, Any] = {}
    missing: list[str] = []
    for lang, package in EXTRA_SPACY.items():
        if lang in skip:
            continue
        try:
            models[lang] = Recognizer(package)
        except RuntimeError as exc:
            missing.append(f"{lang}: {exc}")
    if "ru" in skip:
        return models, missing
    try:
        models["ru"] = Natasha()
    except ImportError as exc:
        missing.append(f"ru: natasha is not installed ({exc})")
    return models, missing
