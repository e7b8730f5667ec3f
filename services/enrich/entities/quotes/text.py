"""Tokens, sentences and paragraphs of an article, each found in one linear pass.

A sentence ends at ``. ! ? …`` (or ``。！？``) followed by a capital, a digit, a
quotation mark or the end, unless the full stop closes an abbreviation ("Mr.",
"Gen.", "U.S.", a single initial "J."): the old attribution window stopped at
"Mr." and lost a quarter of the speakers. Terminators inside quotation marks do
not end the sentence around the quote.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass

from wirestream.services.enrich.entities.quotes.marks import QuoteSpan

# A Han character is a token of its own; a possessive 's is split from its word ("Russia" "'s"). A soft hyphen
# (U+00AD, a page's hint where a word may break: "condi\u00adtions", "décla\u00adre") stays inside its word, and the
# token's text is the word without it: the lexicon and the names read "conditions", the offsets stay the page's.
_W = r"[^\W\u3400-\u9fff]"
_RUN = rf"{_W}(?:{_W}|\u00ad(?={_W}))*"
_TOKEN = re.compile(
    r"\b(?:[lLdDjJmMnNsStTcC]|[qQ]u|[dD]ell|[aA]ll|[dD]all|[nN]ell|[sS]ull|[uU]n)['’](?=[^\W\d_])"  # l’élu, dell’Onu
    r"|[\u3400-\u9fff\uf900-\ufaff]"
    r"|[\u30a0-\u30ff]+|[\u3041-\u309f]+"  # a katakana run, a hiragana run: "ウクライナ" "の" "ゼレンスキー" "は"
    rf"|{_RUN}(?:-{_RUN})*(?=['’]s\b)"
    r"|['’]s\b"
    r'|[\u05d0-\u05ea]+(?:["\u05f4][\u05d0-\u05ea]+)+'  # a Hebrew acronym, gershayim before its last letters: יו"ר
    rf"|{_RUN}(?:['’\-]{_RUN})*"
    r"|\S"
)
_SOFT_HYPHEN = "\u00ad"
# A run of hiragana, as the tokens hold one: a Japanese verb's inflected ending (述べた) or a particle (は, の).
HIRAGANA = re.compile(r"[\u3041-\u309f]+")
_TERMINATOR = re.compile(r"[.!?…。！？؟]+")  # ؟: the Arabic-script question mark
_WORD_BEFORE = re.compile(r"[\w.]{1,12}$")
_CJK_STOP = set("。！？")
_BREAK = re.compile(r"\n\s*")


def _mid_sentence(text: str, start: int, end: int, common: Callable[[str], bool] | None = None) -> bool:
    """Whether the line break ``text[start:end]`` falls inside a sentence: a letter, digit or comma right before it
    and a lower-case letter right after it; or inside a name (:func:`_inside_name`; ``common``: whether a word is a
    common word of the language, no part of a name)."""
    if start == 0 or end >= len(text):
        return False
    if (text[start - 1].isalnum() or text[start - 1] == ",") and text[end].islower():
        return True
    return common is not None and _inside_name(text, start, end, common)


NAME_LINE_CHARS = 300  # characters of a line read either side of a line break that may cut a name
_NAME_PUNCT = ".,;:!?"


def _inside_name(text: str, start: int, end: int, common: Callable[[str], bool]) -> bool:
    """Whether a single line break ``text[start:end]`` cuts a name ("sagte der Minister Boris⏎Pistorius."): the line
    ends in a capitalised word with no punctuation after it and is running text (a lower-case word of three letters
    or more in it: no heading, no list item of names), and the next line opens with a capitalised word, then its
    punctuation or a lower-case word (no heading nor a list item after it); neither word a common word of the
    language ("…, sagte Müller⏎Das ist …": a sentence that lost its full stop)."""
    if text[start:end] != "\n":
        return False
    words = text[text.rfind("\n", max(0, start - NAME_LINE_CHARS), start) + 1 : start].split()
    if not words or not _name_word(words[-1]):
        return False
    if not any(w.isalpha() and w.islower() and len(w) >= 3 for w in words[:-1]):
        return False
    stop = text.find("\n", end, end + NAME_LINE_CHARS)
    after = text[end : stop if stop >= 0 else end + NAME_LINE_CHARS].split()
    if not after:
        return False
    first = after[0].rstrip(_NAME_PUNCT)
    if not _name_word(first) or common(first) or common(words[-1]):
        return False
    if first != after[0]:
        return True  # "Pistorius." "Pistorius,"
    return len(after) > 1 and after[1][:1].islower()  # "Pistorius am Abend."


def _name_word(word: str) -> bool:
    """A capitalised word of letters (a hyphen inside allowed: "Müller-Lüdenscheidt")."""
    return word[:1].isupper() and word.replace("-", "").isalpha()


def _uncased(char: str) -> bool:
    """Whether ``char`` is a letter of a script without capitals (Arabic, Hebrew, Persian, Korean): after a full stop
    it opens the next sentence as a capital would ("… بحق الرد. وقال بلينكن: …"); alone before one it is an initial
    or an abbreviation ("د." doctor), as a single capital is."""
    return char.isalpha() and not char.isupper() and not char.islower()


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str
    low: str

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper()

    @property
    def word(self) -> bool:
        return self.text[:1].isalnum()


def tokens(text: str) -> list[Token]:
    out = []
    for m in _TOKEN.finditer(text):
        word = m.group()
        if _SOFT_HYPHEN in word and len(word) > 1:
            word = word.replace(_SOFT_HYPHEN, "")
        out.append(Token(m.start(), m.end(), word, word.lower()))
    return out


class Layout:
    """Sentence and paragraph boundaries (character offsets), quote bodies opaque."""

    def __init__(
        self,
        text: str,
        quotes: list[QuoteSpan],
        abbreviations: frozenset[str],
        common: Callable[[str], bool] | None = None,
    ) -> None:
        self.text = text
        # a line break inside a sentence (a word or comma before it, a lower-case word after it: "kennt das aus⏎⏎eigener
        # Erfahrung", a page that wraps its lines as paragraphs), or inside a name ("Boris⏎Pistorius"; ``common``: a
        # common word of the language, no part of a name), does not end the paragraph
        self.paragraphs = [0] + [
            m.end() for m in _BREAK.finditer(text) if not _mid_sentence(text, m.start(), m.end(), common)
        ]
        bodies = [(q.body_start, q.body_end) for q in quotes]
        starts = [b[0] for b in bodies]
        cuts = []
        for m in _TERMINATOR.finditer(text):
            i = m.start()
            k = bisect_right(starts, i) - 1
            if k >= 0 and bodies[k][0] <= i < bodies[k][1]:
                continue  # inside a quote
            if self._ends_sentence(text, m, abbreviations):
                cuts.append(m.end())
        self.sentences = cuts

    @staticmethod
    def _ends_sentence(text: str, m: re.Match[str], abbreviations: frozenset[str]) -> bool:
        mark = m.group()
        if mark[-1] in _CJK_STOP:
            return True
        j = m.end()
        n = len(text)
        while j < n and text[j] in "\"'”’»)]」』":
            j += 1
        if j < n and text[j] not in " \t\n\u00a0":
            return False  # "U.S.-led", "3.5", "ID.3"
        while j < n and text[j] in " \t\u00a0":
            j += 1
        if j >= n or text[j] == "\n":
            return True
        nxt = text[j]
        if not (
            nxt.isupper() or _uncased(nxt) or nxt.isdigit() or nxt in "\"“„«‘'(—–-[" or "\u3400" <= nxt <= "\u9fff"
        ):
            return False
        if mark == ".":
            word = _WORD_BEFORE.search(text, max(0, m.start() - 12), m.start())
            if word:
                w = word.group().lstrip(".")
                low = w.lower()
                if low in abbreviations or (len(w) == 1 and (w.isupper() or _uncased(w))) or ("." in w and len(w) <= 6):
                    return False
        return True

    def sentence_start(self, pos: int) -> int:
        k = bisect_right(self.sentences, pos) - 1
        return max(self.sentences[k] if k >= 0 else 0, self.paragraph_start(pos))

    def sentence_end(self, pos: int) -> int:
        k = bisect_left(self.sentences, pos + 1)
        end = self.sentences[k] if k < len(self.sentences) else len(self.text)
        return min(end, self.paragraph_end(pos))

    def paragraph_index(self, pos: int) -> int:
        return bisect_right(self.paragraphs, pos) - 1

    def paragraph_start(self, pos: int) -> int:
        return self.paragraphs[self.paragraph_index(pos)]

    def paragraph_end(self, pos: int) -> int:
        k = self.paragraph_index(pos) + 1
        if k < len(self.paragraphs):
            end = self.paragraphs[k]
            while end > 0 and self.text[end - 1] in " \t\n\u00a0":
                end -= 1
            return max(end, pos)
        return len(self.text)
