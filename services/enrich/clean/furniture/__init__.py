"""The furniture model: which lines of a page saved as text are the article, and which are the page around it.

Phrase lists (:mod:`wirestream.services.enrich.clean.rules`) only know the outlets someone wrote
them for. This model judges a line by its shape and its surroundings instead (see
:mod:`.features`), so it reaches navigation lists, teasers, prompts and captions of
sites nobody listed, in any language.

Why this model (trained by ``make train``, ``bench/train.py``):

* Gradient-boosted trees (LightGBM at training time) over about ninety numeric features
  per line: the features are heterogeneous (lengths, shares, flags, positions) and
  interact (a short line is furniture in a run of short lines and a subheading between
  paragraphs), which trees learn without scaling or hand-made crosses. Cross-validated
  by page with the same features and decoding, AEB F1 of the kept lines: trees 0.921,
  logistic regression 0.899, a linear-chain CRF (python-crfsuite) 0.851; a CRF also
  needs every line labelled, so trafilatura's partial labels cannot train it. A second,
  stacked pass over the first pass's neighbouring probabilities did not help.
* Sequence context enters twice: the features describe each line's neighbours and the
  running text before and after it, and decoding then keeps the body as one contiguous
  region (the stretch of lines with the largest total body evidence), inside which a
  line is kept on weaker evidence than outside it.
* The trees (100, six levels deep) are shipped as plain JSON (``model-v1.json``, 91 KB)
  and evaluated here with numpy, all trees at once level by level: no pickle, no
  LightGBM, SciPy or OpenMP in the workers, a few milliseconds per article
  (``python -m bench.train --cost``). Training checks that this evaluation reproduces
  LightGBM's own predictions.

HTML pages get the same model's second opinion after the extractor: :mod:`.html`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

import numpy as np

from wirestream.contracts import Removal
from wirestream.services.enrich.artefacts import shipped
from wirestream.services.enrich.clean import places, rules
from wirestream.services.enrich.clean.furniture.features import NAMES, PROSE_WORDS, page_features
from wirestream.services.enrich.lexicon import CJK

MODEL_FILE = "model-v1.json"
REASON = "furniture (model)"
ECHO = "title repeated in text"  # split_head's reason for the same thing
_WORD = re.compile(r"[^\W\d_]+")
_BLANKS = re.compile(r"\n{3,}")
_CLOSERS = '"”’»)]'  # may follow the full stop that ends a sentence


ROWS_AT_ONCE = 4096  # lines the forest reads at once (Forest.raw)


@dataclass(frozen=True)
class Forest:
    """A sum of binary trees in flat arrays; a leaf is a node whose children are itself."""

    feature: np.ndarray  # int32, the feature a node splits on (0 for leaves)
    threshold: np.ndarray  # float64, go left when the value is <= threshold
    left: np.ndarray  # int32
    right: np.ndarray  # int32
    value: np.ndarray  # float64, a leaf's contribution (0 for inner nodes)
    roots: np.ndarray  # int32, one per tree
    depth: int
    bias: float

    @classmethod
    def from_json(cls, data: dict) -> Forest:
        return cls(
            feature=np.asarray(data["feature"], dtype=np.int32),
            threshold=np.asarray(data["threshold"], dtype=np.float64),
            left=np.asarray(data["left"], dtype=np.int32),
            right=np.asarray(data["right"], dtype=np.int32),
            value=np.asarray(data["value"], dtype=np.float64),
            roots=np.asarray(data["roots"], dtype=np.int32),
            depth=int(data["depth"]),
            bias=float(data.get("bias", 0.0)),
        )

    def raw(self, x: np.ndarray) -> np.ndarray:
        """The sum of the trees' leaf values for each row of ``x``: all rows through all trees, a level at a time,
        :data:`ROWS_AT_ONCE` rows at a time (a page of 160,000 lines made arrays of rows x trees of hundreds of MB:
        the CPU time per line grew 2x-3x from 50,000 to 500,000 characters; each row's sum is the same)."""
        if len(x) == 0:
            return np.zeros(0)
        if len(x) > ROWS_AT_ONCE:
            return np.concatenate([self._raw(x[i : i + ROWS_AT_ONCE]) for i in range(0, len(x), ROWS_AT_ONCE)])
        return self._raw(x)

    def _raw(self, x: np.ndarray) -> np.ndarray:
        flat = np.ascontiguousarray(x, dtype=np.float64).ravel()
        offsets = (np.arange(len(x), dtype=np.intp) * x.shape[1])[:, None]
        node = np.broadcast_to(self.roots, (len(x), len(self.roots))).astype(np.intp)
        children = self._children
        for _ in range(self.depth):
            value = flat.take(offsets + self.feature.take(node))
            node = children.take(2 * node + (value > self.threshold.take(node)))
        return self.value.take(node).sum(axis=1) + self.bias

    @property
    def _children(self) -> np.ndarray:
        """Left and right child of each node side by side: node n's children are at 2n and 2n + 1."""
        return np.column_stack([self.left, self.right]).ravel().astype(np.intp)

    def predict(self, x: np.ndarray) -> np.ndarray:
        """The probability of the positive class (a body line) for each row of ``x``."""
        return 1.0 / (1.0 + np.exp(-self.raw(x)))


@dataclass(frozen=True)
class Model:
    forest: Forest
    version: str
    decoding: dict[str, float]  # the thresholds cross-validation chose (see decode, and html.second_opinion)
    scores: dict  # the development scores recorded at training (see bench/train.py)


def load(data: dict, features: tuple[str, ...] = NAMES) -> Model:
    if tuple(data["features"]) != features:
        raise ValueError("the furniture model was trained on other features than this code computes: run make train")
    return Model(
        forest=Forest.from_json(data["forest"]),
        version=data["version"],
        decoding={k: float(v) for k, v in data["decoding"].items()},
        scores=data.get("scores", {}),
    )


@cache
def model() -> Model:
    """The shipped model (package data), loaded once per process; it never changes while the process runs."""
    data = shipped(__package__, MODEL_FILE)
    if data is None:
        raise FileNotFoundError(f"clean: the furniture model {MODEL_FILE} is not in the package (make train)")
    return load(data)


def body_probability(lines: list[str], using: Model | None = None) -> np.ndarray:
    """For each line of a page saved as text (no blank lines), the probability it belongs to the article."""
    using = using or model()
    return using.forest.predict(page_features(lines))


def _best_span(gain: np.ndarray) -> tuple[int, int]:
    """First and last index of the stretch with the largest sum of ``gain`` (an empty stretch: (0, -1))."""
    best, total, start, span = 0.0, 0.0, 0, (0, -1)
    for i, value in enumerate(gain.tolist()):
        if total <= 0.0:
            total, start = value, i
        else:
            total += value
        if total > best:
            best, span = total, (start, i)
    return span


_PHRASE = re.compile(r"\w+(?:\s+\w+)*")
_LONGEST_PERIOD = 4  # lines an item of a list may take (name, price, "see it" link, description)


@lru_cache(maxsize=1 << 14)  # a pure function of the line: the same line has the same shape on any page
def _skeleton(line: str) -> str:
    """A line's shape: its punctuation around runs of words ("England (Group A): 10th appearance" is
    "w (w): w"); a line of running text is just that."""
    return "prose" if len(line.split()) >= 8 else _PHRASE.sub("w", line)


def _list_end(lines: list[str], first: int, last: int, tolerance: int = 0, shapes: list[str] | None = None) -> int:
    """Where a list that ends the body region really ends: the region's last items repeat a shape every
    ``p`` lines (twice at least, with some punctuation of its own); the lines after it that go on repeating it are
    the same list (the model reads a long list's later items as a link list: their neighbours are short).
    ``tolerance``: lines of the last item (of three lines or more) that may differ from the item before it
    (a photo credit under one product of a list)."""
    shapes = shapes or [_skeleton(line) for line in lines]
    for period in range(1, _LONGEST_PERIOD + 1):
        if last - 2 * period + 1 < first:  # two items of this length do not fit in the region
            continue
        differ = sum(shapes[i] != shapes[i - period] for i in range(last - period + 1, last + 1))
        if differ > (tolerance if period >= 3 else 0):
            continue
        if all(shape in ("w", "prose") for shape in shapes[last - period + 1 : last + 1]):
            continue  # bare words or running text: any menu or teaser list repeats that
        end = last
        while end + 1 < len(lines) and shapes[end + 1] == shapes[end + 1 - period]:
            end += 1
        return end
    return last


def _reads_as_prose(line: str) -> bool:
    """A line of running text: :data:`features.PROSE_WORDS` words or more, ending like a sentence."""
    tail = line.rstrip(_CLOSERS)
    return tail[-1:] in ".!?。！？" and _size([line]) >= PROSE_WORDS


def _prose_end(probability: np.ndarray, lines: list[str], last: int, floor: float, gap: int) -> int:
    """Where the body region really ends: the article's last paragraphs run on after the stretch the span
    found while each next line of running text (at most ``gap`` other lines further down) has a body
    probability of ``floor`` at least. A closing paragraph ("Let's be honest, ...") or the answer
    under an interview's last question reads like a teaser to the model when its neighbours are the footer;
    a teaser the model doubts that much ends the run."""
    while (j := _next_prose(probability, lines, last, floor, gap)) is not None:
        last = j
    return last


def _next_prose(probability: np.ndarray, lines: list[str], last: int, floor: float, gap: int) -> int | None:
    """The first line of running text the model does not rule out (``floor``) within ``gap`` lines after the
    line after ``last`` (the next line at ``gap`` 0); None when there is none."""
    for j in range(last + 1, last + gap + 2):
        if j < len(lines) and probability[j] >= floor and _reads_as_prose(lines[j]):
            return j
    return None


MIN_ITEMS = 3  # items a run of lines must have to be a list for :func:`_list_run`


def _list_run(shapes: list[str], start: int, tolerance: int = 0) -> int:
    """The last line of a list that begins at ``start``: at least :data:`MIN_ITEMS` items of ``p`` lines
    (``p`` up to :data:`_LONGEST_PERIOD`) in a row, each item's lines of the same shapes as the item before
    (``tolerance``: lines of an item of three lines or more that may differ), with some punctuation of their
    own (bare words or running text: any menu or teaser list repeats that), and the lines after the last
    whole item that go on repeating the shape; ``start - 1`` when no list begins there. The longest period
    that makes a list wins."""
    n, best = len(shapes), start - 1
    for period in range(1, _LONGEST_PERIOD + 1):
        if start + MIN_ITEMS * period > n:
            break
        if all(shape in ("w", "prose") for shape in shapes[start : start + period]):
            continue
        allowed = tolerance if period >= 3 else 0
        end, items = start + period - 1, 1
        while end + period < n:
            differ = sum(shapes[j] != shapes[j - period] for j in range(end + 1, end + period + 1))
            if differ > allowed:
                break
            end, items = end + period, items + 1
        if items < MIN_ITEMS:
            continue
        while end + 1 < n and shapes[end + 1] == shapes[end + 1 - period]:
            end += 1
        best = max(best, end)
    return best


TABLE_ROWS = 5  # one-line items of one shape a run must have to be a table for :func:`_table_run`


def _table_run(shapes: list[str], start: int) -> int:
    """The last row of a table that begins at ``start``: :data:`TABLE_ROWS` lines or more in a row of one
    shape with punctuation of its own ("England (Group A): 10th appearance", "Spain (Group F): 11th
    appearance"); ``start - 1`` when none begins there. Lines of bare words or running text are no table
    (a menu or a list of teasers repeats those)."""
    if start >= len(shapes) or shapes[start] in ("w", "prose"):
        return start - 1
    end = start
    while end + 1 < len(shapes) and shapes[end + 1] == shapes[start]:
        end += 1
    return end if end - start + 1 >= TABLE_ROWS else start - 1


def _body_lists(
    probability: np.ndarray,
    lines: list[str],
    first: int,
    last: int,
    decoding: dict[str, float],
    shapes: list[str] | None = None,
) -> tuple[int, np.ndarray]:
    """The lists the body holds, kept whole: a run of parallel lines (:func:`_list_run`) with body on both
    sides, inside the region or from its last line or the line after it to running text the model does not
    rule out (the article goes on after a list the model read as a link list: its items are short and so are
    their neighbours). ``list_keep`` 2: a list whose first item ends the region runs on to its end even when
    nothing follows it (a list that closes the article). ``list_keep`` 3: as 1, and a table (:func:`_table_run`)
    whose first row ends the region or follows its last line runs on to its end: the rows of a table the
    article closes on ("Qualified teams" and a row per team) are data the model reads as a link list, while
    the link lists under an article are bare words, headlines or teasers, not rows of one punctuated shape.
    Returns the region's new last line and the lines of those lists."""
    mode = int(decoding.get("list_keep", 0.0))
    whole = np.zeros(len(lines), dtype=bool)
    if not mode or last < first:
        return last, whole
    floor = decoding.get("prose_floor", 2.0)
    floor = floor if floor <= 1.0 else decoding["span_cost"]
    gap = int(decoding.get("prose_gap", 0.0))
    tolerance = max(0, int(decoding.get("lists", 0.0)) - 1)
    shapes = shapes or [_skeleton(line) for line in lines]
    if mode == 3:
        for start in (last, last + 1):
            if start > first and (end := _table_run(shapes, start)) >= start:
                whole[start : end + 1] = True
                last = max(last, end)
                break
    start = first + 1
    while start <= last + 1 and start < len(lines):
        end = _list_run(shapes, start, tolerance)
        if end < start:
            start += 1
            continue
        inside = end < last
        after = end >= last and _next_prose(probability, lines, end, floor, gap) is not None
        if inside or after or (mode == 2 and start <= last):
            whole[start : end + 1] = True
            if end > last:
                last = _prose_end(probability, lines, end, floor, gap) if after else end
        start = end + 1
    return last, whole


def decode(probability: np.ndarray, lines: list[str], using: Model | None = None) -> np.ndarray:
    """Which lines to keep: the body region on weak evidence, lines outside it only on strong evidence,
    and the lists the body holds (:func:`_body_lists`, when the decoding says so) whole."""
    decoding = (using or model()).decoding
    words = np.array([len(line.split()) for line in lines], dtype=np.float64)
    first, last = _best_span((probability - decoding["span_cost"]) * np.sqrt(words + 1))
    lists = int(decoding.get("lists", 0.0))  # 0: no, 1: items repeat their shape exactly, 2: all but a line
    shapes = [_skeleton(line) for line in lines] if lists or decoding.get("list_keep") else None
    if lists and last >= first:
        last = _list_end(lines, first, last, lists - 1, shapes)
    prose_floor = decoding.get("prose_floor", 2.0)  # above 1: the region ends where the span and lists end
    if prose_floor <= 1.0 and last >= first:
        last = _prose_end(probability, lines, last, prose_floor, int(decoding.get("prose_gap", 0.0)))
    last, whole = _body_lists(probability, lines, first, last, decoding, shapes)
    index = np.arange(len(lines))
    inside = (index >= first) & (index <= last)
    keep = np.where(inside, probability >= decoding["keep_inside"], probability >= decoding["keep_outside"])
    return keep | whole


def body_lines(lines: list[str], using: Model | None = None) -> np.ndarray:
    """Keep (True) or cut (False) for each line of a page saved as text (no blank lines)."""
    if not lines:
        return np.zeros(0, dtype=bool)
    return decode(body_probability(lines, using), lines, using)


_HEAD_LINES = 3  # the lines above the body where its headline may sit


def _reads_like_headline(line: str) -> bool:
    if rules.SENTENCE_STOP.search(line):
        return False
    cjk = len(CJK.findall(line))
    return 6 <= cjk <= 60 if cjk > 0.3 * len(line) else 3 <= len(line.split()) <= 25


def _headline(lines: list[str], content: list[int], keep: np.ndarray) -> set[int]:
    """Keep the lines the title may be chosen from; return the lines that only repeat the first one.

    The headline of a text file is its first line, or the line just above where the body
    begins (under a kicker, over a byline). A page saved as text has both: its title
    ("Headline - Site") first, and the headline again over the article; the second is
    then a repeat, left to the model.
    """
    first = lines[content[0]]
    kept_first = _reads_like_headline(first)
    keep[0] = keep[0] or kept_first
    title_words = set(_WORD.findall(first.casefold())) if kept_first else set()
    echoes: set[int] = set()
    body = int(np.argmax(keep[1:])) + 1 if keep[1:].any() else len(content)
    for rank in range(max(1, body - _HEAD_LINES), body):
        line = lines[content[rank]]
        words = _WORD.findall(line.casefold())
        if title_words and len(words) >= 3 and sum(w in title_words for w in words) >= 0.8 * len(words):
            echoes.add(content[rank])
        elif _reads_like_headline(line):
            keep[rank] = True
            break
    return echoes


def _rules_decide(line: str) -> bool:
    """A line the line rules will remove with their own reason (or whose heading rule covers the lines below)."""
    return bool(rules.classify(line) or rules.LINK_LIST.match(line) or rules.TAGS.match(line))


DATELINE_BODY_WORDS = 6  # a dateline's place line is kept over a kept line of this many words or more


def opens_body(line: str, below: str | None, place: places.PlaceKind | None) -> bool:
    """A dateline's place on a line of its own (:func:`places.is_place_line`: "NEW DELHI", "Kingston, Jamaica") over
    ``below``, the next line, kept as running text: where the story was filed, kept whatever the model says (the
    model, trained on pages whose datelines share the first paragraph's line, reads a short line as furniture)."""
    return (
        place is not None
        and below is not None
        and len(below.split()) >= DATELINE_BODY_WORDS
        and places.is_place_line(line, place)
    )


def prune(
    text: str, using: Model | None = None, drop: frozenset[int] = frozenset(), place: places.PlaceKind | None = None
) -> tuple[str, list[Removal]]:
    """``text`` without the lines the model calls furniture, and those lines with the reason ``furniture (model)``.

    Left in place for the other steps of clean: lines a rule recognises (its reason is
    more telling than the model's), and the lines that read like a headline at the top
    of the text or just above its body (the title is chosen among them). When the model would
    leave less than a short paragraph of a longer text, nothing is cut: that is a page
    the model does not understand, not an article made of furniture. ``drop``: indices of
    lines another step removed and recorded (the page's title line): they leave the text
    too, but the model reads them where they stand. ``place``: what a name is on the map (:func:`places.place_kind`),
    so a dateline's line over the body stays (:func:`opens_body`).
    """
    lines = text.split("\n")
    content = [i for i, line in enumerate(lines) if line.strip()]
    cut: set[int] = set()
    echoes: set[int] = set()
    if len(content) >= 3:
        keep = body_lines([lines[i] for i in content], using)
        echoes = _headline(lines, content, keep)
        for rank, i in enumerate(content):
            below = lines[content[rank + 1]] if rank + 1 < len(content) and keep[rank + 1] else None
            if not keep[rank] and not _rules_decide(lines[i]) and not opens_body(lines[i], below, place):
                cut.add(i)
        kept = [line for i, line in enumerate(lines) if i not in cut]
        if cut and _size(kept) < min(MIN_KEPT, _size(lines) / 2):
            cut = set()
    cut -= drop
    if not cut and not drop:
        return text, []
    kept = [line for i, line in enumerate(lines) if i not in cut and i not in drop]
    removed = [Removal(text=lines[i], reason=ECHO if i in echoes else REASON) for i in sorted(cut)]
    return _BLANKS.sub("\n\n", "\n".join(kept)).strip(), removed


MIN_KEPT = 30  # words (a CJK character is half a word) the model must leave of a text before it may cut


def _size(lines: list[str]) -> float:
    text = " ".join(lines)
    cjk = len(CJK.findall(text))
    return len(CJK.sub(" ", text).split()) + cjk / 2
