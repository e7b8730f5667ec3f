"""What the furniture model sees of each line of a page saved as text.

A line is described by its own shape (length, punctuation, stop-word share in the
page's language, capitals, digits, links and handles, separators) and by where it
sits: its position in the page, its neighbours' shapes and how much running text
lies before and after it. Running text ("prose": long lines ending like a sentence)
matters most, because an article body is mostly one contiguous stretch of it and
furniture lives in the runs of short lines around it.

Lengths are counted in characters and in words, where a CJK character counts as
half a word, so text without spaces is measured like any other.

The whole page is measured at once (character classes through lookup tables over
code points, each pattern run once over the page), so a page of a few hundred lines
costs a couple of milliseconds.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import cache

import numpy as np

from wirestream.services.enrich import languages
from wirestream.services.enrich.lexicon import CJK

# The stop-word lists of jusText per ISO 639-1 code, and a short list of Chinese function
# characters (jusText has none): the share of such words tells running text from labels,
# names and menus in any of the languages news arrives in.
STOPLISTS: dict[str, str] = languages.table("JUSTEXT_STOPLIST")
CJK_FUNCTION_CHARS: dict[str, str] = languages.table("FUNCTION_CHARS")
# Words of a page's controls and calls to action (buttons, menus, prompts), lower case. A soft
# cue the model weighs with a line's shape: "Show more" is furniture, a sentence that
# mentions a video is not. English is checked on every page (sites mix it into their menus).
INTERFACE_WORDS: dict[str, str] = languages.table("INTERFACE_WORDS")

_WORD = re.compile(r"[^\W\d_]+")
_CLOSERS = '"”’»)]'  # may follow the full stop that ends a sentence
_INNER_STOP = re.compile(r"[.!?][\"”’»)]*\s+[\"“«(]?[A-ZА-ЯЁІЇЄҐÀ-Þ]|[。！？](?!$)", re.M)
_URL = re.compile(r"://|www\.|\.(?:com|org|net|ru|de|ua|uk|fr|io)(?!\w)")
_HANDLE = re.compile(r"@\w\w")
_HASHTAG = re.compile(r"#[^\W\d]\w")
_SEPARATOR = re.compile(r" [|/•·›»>–—-] |[|•·›»]")
_BULLET = re.compile(r"^(?:[-–—•·*▪►>»]|\d{1,2}[.)] )", re.M)
_YEAR = re.compile(r"(?:19|20)\d\d(?!\d)")
_TIME = re.compile(r"\d[:.h]\d\d")
PROSE_WORDS = 8  # a line of at least this many words ending like a sentence is running text

BASE = [
    "log_chars",
    "log_words",
    "cjk_share",
    "letter_share",
    "digit_share",
    "upper_share",
    "title_share",
    "stop_share",
    "ends_sentence",
    "ends_colon",
    "ends_comma",
    "inner_stops",
    "commas_per_word",
    "url",
    "handle",
    "hashtag",
    "separators",
    "bullet",
    "year",
    "time",
    "quotes",
    "repeats",
    "title_overlap",
    "all_caps",
    "starts_lower",
    "mean_word_len",
    "prose",
    "ends_ellipsis",
    "interface_share",
    "interface_first",
]
_B = {name: i for i, name in enumerate(BASE)}
_NEIGHBOURS = ("log_chars", "log_words", "stop_share", "ends_sentence", "prose", "title_share")
_OFFSETS = (-3, -2, -1, 1, 2, 3)
_WINDOWED = ("log_words", "stop_share", "prose")
_WINDOWS = (2, 5, 12)
NAMES: tuple[str, ...] = tuple(
    BASE
    + ["rel_index", "rel_offset", "log_lines", "log_page_chars", "rel_length", "prose_before", "prose_after"]
    + ["log_dist_prose_up", "log_dist_prose_down", "short_run", "page_prose_share", "after_title_echo"]
    + [f"{name}@{o:+d}" for o in _OFFSETS for name in _NEIGHBOURS]
    + [f"{name}~{w}" for w in _WINDOWS for name in _WINDOWED]
)


@cache
def _char_classes() -> np.ndarray:
    """Per code point of the Basic Multilingual Plane, bits: 1 letter, 2 upper case, 4 digit, 8 CJK, 16 space,
    32 comma, 64 quotation mark."""
    table = np.zeros(0x10000, dtype=np.uint8)
    for cp in range(0x10000):
        c = chr(cp)
        table[cp] = (
            (1 if c.isalpha() else 0)
            | (2 if c.isupper() else 0)
            | (4 if c.isdigit() else 0)
            | (8 if CJK.match(c) else 0)
            | (16 if c.isspace() else 0)
            | (32 if c in ",，" else 0)
            | (64 if c in '"“”«»„' else 0)
        )
    return table


@cache
def stopwords(code: str) -> frozenset[str]:
    import justext

    return frozenset(w.casefold() for w in justext.get_stoplist(STOPLISTS[code]))


@cache
def interface_words(code: str) -> frozenset[str]:
    """The page's language's interface words and the English ones."""
    return frozenset(INTERFACE_WORDS.get(code, "").split()) | frozenset(INTERFACE_WORDS["en"].split())


@cache
def _stop_index() -> dict[str, tuple[str, ...]]:
    """Each stop word and the languages whose list holds it."""
    index: dict[str, list[str]] = {}
    for code in STOPLISTS:
        for word in stopwords(code):
            index.setdefault(word, []).append(code)
    return {word: tuple(codes) for word, codes in index.items()}


def page_language(lines: list[str], sample: int = 2000) -> str:
    """The language whose stop words the page's longest lines use most (``zh`` for CJK text)."""
    text = " ".join(sorted(lines, key=len, reverse=True)[:30])[: sample * 8]
    if text and len(CJK.findall(text)) > 0.3 * len(text):
        return "zh"
    index = _stop_index()
    votes = dict.fromkeys(STOPLISTS, 0)
    for word, count in Counter(_WORD.findall(text.casefold())[:sample]).items():
        for code in index.get(word, ()):
            votes[code] += count
    best = max(votes, key=votes.__getitem__)
    return best if votes[best] else "en"


def _shift(column: np.ndarray, offset: int, fill: float = -1.0) -> np.ndarray:
    """``column`` moved so that row i holds row i+offset's value (``fill`` past either end)."""
    out = np.full_like(column, fill)
    if offset > 0:
        out[:-offset] = column[offset:]
    elif offset < 0:
        out[-offset:] = column[:offset]
    else:
        out[:] = column
    return out


def _window_mean(column: np.ndarray, half: int) -> np.ndarray:
    padded = np.concatenate([[0.0], np.cumsum(column)])
    n = len(column)
    index = np.arange(n)
    lo = np.clip(index - half, 0, n)
    hi = np.clip(index + half + 1, 0, n)
    return (padded[hi] - padded[lo]) / (hi - lo)


def _distance(flags: np.ndarray, direction: int) -> np.ndarray:
    """Lines to the nearest flagged line above (direction -1) or below (+1); the page length if none."""
    n = len(flags)
    index = np.arange(n)
    if direction < 0:
        last = np.maximum.accumulate(np.where(flags, index, -1))
        return np.where(last >= 0, index - last, n).astype(np.float64)
    nxt = np.minimum.accumulate(np.where(flags, index, n)[::-1])[::-1]
    return np.where(nxt < n, nxt - index, n).astype(np.float64)


def _after_echo(overlap: np.ndarray, words: np.ndarray) -> np.ndarray:
    """Signed log distance to the first line after the first that repeats it (a page's title and then
    its headline over the body); 0 where no line does."""
    echoes = np.flatnonzero((overlap >= 0.8) & (words >= 3))
    echoes = echoes[echoes > 0]
    if len(echoes) == 0:
        return np.zeros(len(overlap))
    delta = np.arange(len(overlap)) - echoes[0]
    return np.sign(delta) * np.log1p(np.abs(delta))


def _runs(flags: np.ndarray) -> np.ndarray:
    """Signed log length of the run of equal flags each line belongs to (+ for a run of set flags)."""
    n = len(flags)
    starts = np.flatnonzero(np.concatenate([[True], flags[1:] != flags[:-1]]))
    lengths = np.diff(np.concatenate([starts, [n]]))
    per_line = np.repeat(lengths, lengths)
    return np.log1p(per_line) * np.where(flags, 1.0, -1.0)


class _Page:
    """The page's text with each character's line, to count pattern hits and character classes per line."""

    def __init__(self, lines: list[str]) -> None:
        self.n = len(lines)
        self.text = "\n".join(lines)
        lengths = np.array([len(line) for line in lines], dtype=np.int64)
        self.starts = np.concatenate([[0], np.cumsum(lengths + 1)[:-1]])
        self.lengths = lengths.astype(np.float64)
        codes = np.frombuffer(self.text.encode("utf-32-le"), dtype=np.uint32)
        self.classes = _char_classes()[np.minimum(codes, 0xFFFF)]
        self.classes[codes > 0xFFFF] = 1  # astral letters and symbols: count as letters
        self.line_of = np.repeat(np.arange(self.n), lengths + 1)[: len(codes)]

    def count_mask(self, hits: np.ndarray) -> np.ndarray:
        return np.bincount(self.line_of[hits], minlength=self.n).astype(np.float64)

    def count_class(self, bit: int, mask: np.ndarray | None = None) -> np.ndarray:
        hits = (self.classes & bit) > 0
        return self.count_mask(hits & mask if mask is not None else hits)

    def count(self, pattern: re.Pattern[str]) -> np.ndarray:
        positions = [m.start() for m in pattern.finditer(self.text)]
        if not positions:
            return np.zeros(self.n)
        lines = np.searchsorted(self.starts, positions, side="right") - 1
        return np.bincount(lines, minlength=self.n).astype(np.float64)


def page_features(lines: list[str], language: str | None = None) -> np.ndarray:
    """One row of :data:`NAMES` per line of ``lines`` (a page saved as text: no blank lines, no line breaks)."""
    n = len(lines)
    if n == 0:
        return np.zeros((0, len(NAMES)))
    language = language or page_language(lines)
    stop = stopwords(language) if language in STOPLISTS else frozenset()
    page = _Page(lines)
    chars = page.lengths
    safe_chars = np.maximum(1.0, chars)

    letters = page.count_class(1)
    upper = page.count_class(2)
    cjk = page.count_class(8)
    space = (page.classes & 16) > 0
    word_start = ~space & np.concatenate([[True], space[:-1]])
    words = page.count_mask(word_start & ((page.classes & 8) == 0)) + cjk / 2
    titled = page.count_class(2, word_start)
    raw_words = np.maximum(1.0, page.count_mask(word_start))

    folded = [_WORD.findall(line.casefold()) for line in lines]
    tokens = np.array([len(w) for w in folded], dtype=np.float64)
    if language in CJK_FUNCTION_CHARS:
        function_chars = CJK_FUNCTION_CHARS[language]
        stops = np.array([sum(map(function_chars.__contains__, line)) for line in lines], dtype=np.float64)
        stop_share = stops / np.maximum(1.0, cjk)
    else:
        stop_share = np.array([sum(map(stop.__contains__, w)) for w in folded], dtype=np.float64) / np.maximum(
            1.0, tokens
        )
    interface = interface_words(language)
    if language in CJK_FUNCTION_CHARS:
        cjk_interface = [w for w in interface if CJK.match(w)]
        ui_hits = np.array([sum(1 for w in cjk_interface if w in line) for line in lines], dtype=np.float64)
        ui_share = np.minimum(1.0, ui_hits * 2 / np.maximum(1.0, cjk))
    else:
        ui_share = np.array([sum(map(interface.__contains__, w)) for w in folded], dtype=np.float64) / np.maximum(
            1.0, tokens
        )
    ui_first = np.array([bool(w) and w[0] in interface for w in folded], dtype=np.float64)
    title_words = set(folded[0])
    overlap = np.array([sum(map(title_words.__contains__, w)) / len(w) if w else 0.0 for w in folded], dtype=np.float64)
    word_chars = np.array([sum(map(len, w)) for w in folded], dtype=np.float64)
    counts = Counter(lines)
    tails = [line.rstrip(_CLOSERS) for line in lines]
    ends = np.array([tail[-1:] in ".!?。！？…" and tail != "" for tail in tails], dtype=np.float64)
    prose = ends * (words >= PROSE_WORDS)

    base = np.column_stack(
        [
            np.log1p(chars),
            np.log1p(words),
            cjk / safe_chars,
            letters / safe_chars,
            page.count_class(4) / safe_chars,
            upper / np.maximum(1.0, letters),
            titled / raw_words,
            stop_share,
            ends,
            [line[-1:] in ":：" and line != "" for line in lines],
            [line[-1:] in ",;，、" and line != "" for line in lines],
            np.log1p(page.count(_INNER_STOP)),
            page.count_class(32) / np.maximum(1.0, words),
            page.count(_URL) > 0,
            page.count(_HANDLE) > 0,
            page.count(_HASHTAG) > 0,
            np.log1p(page.count(_SEPARATOR)),
            page.count(_BULLET) > 0,
            page.count(_YEAR) > 0,
            page.count(_TIME) > 0,
            page.count_class(64) > 0,
            np.log([counts[line] for line in lines]),
            overlap,
            (letters >= 3) & (upper == letters),
            np.array([line[:1].islower() for line in lines]),
            word_chars / np.maximum(1.0, tokens),
            prose,
            [tail.endswith(("...", "…")) for tail in tails],
            ui_share,
            ui_first,
        ]
    ).astype(np.float64)

    total = max(1.0, chars.sum())
    prose_chars = prose * chars
    prose_total = max(1.0, prose_chars.sum())
    before = (np.cumsum(prose_chars) - prose_chars) / prose_total
    position = np.column_stack(
        [
            np.arange(n) / max(1, n - 1),
            (np.cumsum(chars) - chars) / total,
            np.full(n, math.log1p(n)),
            np.full(n, math.log1p(total)),
            chars / max(1.0, chars.max()),
            before,
            1.0 - before - prose_chars / prose_total,
            np.log1p(_distance(prose > 0, -1)),
            np.log1p(_distance(prose > 0, +1)),
            _runs(words < 5),
            np.full(n, prose_chars.sum() / total),
            _after_echo(overlap, words),
        ]
    )
    neighbours = [_shift(base[:, _B[name]], o) for o in _OFFSETS for name in _NEIGHBOURS]
    windows = [_window_mean(base[:, _B[name]], w) for w in _WINDOWS for name in _WINDOWED]
    return np.column_stack([base, position, *neighbours, *windows])
