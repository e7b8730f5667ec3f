"""The furniture model's second opinion on an HTML page, after the extractor.

trafilatura in precision mode leaves out some of the article; in recall mode it keeps
more of the article and more of the page around it. This step takes the recall-mode
text and cuts the paragraphs a model calls furniture, and puts back the visible lines
the model is sure of that no extraction kept (a paragraph in a second container of
the article, a subheading). The model is the text model's features of the page's
visible lines (the page as a browser saves it as text), what each extractor made of
each line (kept in precision mode, in its default mode, in recall mode, and the same
for the neighbours), and where the line sits in the page's markup (the share of its
characters inside links, headings, list items, ``nav``/``header``/``footer``/``aside``,
forms, figures, and inside elements whose class or id names navigation, promotion,
related stories, comments, captions and bylines, or the article), trained the same way
(``make train``) into its own artefact, ``model-html-v1.json``: it learns where the
extractors are right and where the shape of the text and the page says otherwise.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

import lxml.etree
import lxml.html
import numpy as np

from wirestream.contracts import Removal
from wirestream.services.enrich.artefacts import shipped
from wirestream.services.enrich.clean import pages, places, rules
from wirestream.services.enrich.clean.furniture import REASON, Model, load, opens_body
from wirestream.services.enrich.clean.furniture.features import NAMES, _shift, _window_mean, page_features

HTML_MODEL_FILE = "model-html-v1.json"
EXTRACTORS = ("precise", "recall", "default")
_FLAG_VIEWS = ("", "@-1", "@+1", "~3", "~10")
# Where a line sits in the markup: class or id words of an enclosing element, and enclosing tags.
_HINTS: dict[str, re.Pattern[str]] = {
    "nav": re.compile(r"nav|menu|breadcrumb|header|footer|sidebar|widget|masthead|toolbar", re.I),
    "promo": re.compile(
        r"share|social|follow|newsletter|subscri|signup|promo|sponsor|banner|cookie|paywall|(?<![a-z])ads?(?![a-z])|advert",
        re.I,
    ),
    "related": re.compile(r"related|recommend|teaser|popular|trending|read-?more|more-|tag|topic|list", re.I),
    "comment": re.compile(r"comment|reply|disqus|respond", re.I),
    "meta": re.compile(r"caption|credit|byline|author|meta|date|time|copyright", re.I),
    "body": re.compile(r"article|content|story|body|post|entry|main|text", re.I),
}
_TAGS: dict[str, tuple[str, ...]] = {
    "a": ("a",),
    "heading": ("h1", "h2", "h3", "h4", "h5", "h6"),
    "li": ("li", "dd", "dt"),
    "p": ("p",),
    "quote": ("blockquote",),
    "figure": ("figure", "figcaption"),
    "semantic": ("nav", "header", "footer", "aside"),
    "form": ("form", "button", "label", "input"),
    "cell": ("td", "th"),
}
_CONTEXTS = tuple(_HINTS) + tuple(_TAGS)
_TAG_BITS = {tag: 1 << _CONTEXTS.index(key) for key, tags in _TAGS.items() for tag in tags}
_HINT_BITS = [(1 << _CONTEXTS.index(key), pattern) for key, pattern in _HINTS.items()]
DOM_NAMES: tuple[str, ...] = (
    *(f"dom_{key}" for key in _CONTEXTS),
    *("dom_depth", "dom_a@-1", "dom_a@+1", "dom_a~3", "dom_nav~3", "dom_body~5"),
)
HTML_NAMES: tuple[str, ...] = NAMES + tuple(f"{e}{v}" for e in EXTRACTORS for v in _FLAG_VIEWS) + DOM_NAMES
MIN_KEPT_SHARE = 0.5  # the cut text keeps at least this share of the precise text's words, or nothing is cut

# Tags after which a browser starts a new line: "saving a page as text" puts one block on each line.
_BLOCKS = frozenset(
    [
        "p",
        "div",
        "li",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "td",
        "th",
        "tr",
        "table",
        "dt",
        "dd",
        "dl",
        "figcaption",
        "figure",
        "blockquote",
        "section",
        "article",
        "header",
        "footer",
        "nav",
        "aside",
        "main",
        "pre",
        "form",
        "button",
        "label",
        "br",
        "hr",
        "address",
        "title",
    ]
)
_INVISIBLE = "//script | //style | //noscript | //template | //svg | //iframe | //select | //option"


_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE_CHARS = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\r]")


def light(text: str) -> str:
    """clean's normalisation without the mojibake repair (which costs more than the model on a whole page):
    composed characters, no zero-width ones, single spaces, no blank lines."""
    text = unicodedata.normalize("NFC", _INVISIBLE_CHARS.sub("", text))
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def block_text(html: str) -> str | None:
    """A page's visible text with a line break around every block, spacing untouched (``None``: not HTML).

    The one reading of a page as a browser saves it as text: the model's input here, and the
    training and evaluation text (``bench.eval.corpora.visible_text``).
    """
    doc = _parse(html)
    if doc is None:
        return None
    for element in doc.iter():
        if isinstance(element.tag, str) and element.tag in _BLOCKS:
            element.text = "\n" + (element.text or "")
            element.tail = "\n" + (element.tail or "")
    return doc.text_content()


def _parse(html: str | pages.Page) -> lxml.html.HtmlElement | None:
    """The page with what a browser does not show taken out (``None``: not HTML); a tree of its own, to change."""
    doc = html.copy() if isinstance(html, pages.Page) else pages.parse(html)
    if doc is None:
        return None
    for element in doc.xpath(_INVISIBLE):
        element.drop_tree()
    for head in doc.xpath("//head"):
        for child in list(head):
            if child.tag != "title":
                head.remove(child)
    return doc


def marked_lines(html: str | pages.Page | lxml.html.HtmlElement) -> tuple[list[str], np.ndarray]:
    """:func:`page_lines` and, for each line, where it sits in the markup (one row of :data:`DOM_NAMES`).

    The same walk as :func:`block_text` (a line break around every block) done by hand,
    so that each piece of text knows its enclosing elements: a line's value for a
    context is the share of its (non-space) characters inside it. Given a tree (:func:`_parse`'s), reads it unchanged.
    """
    doc = html if isinstance(html, lxml.html.HtmlElement) else _parse(html)
    if doc is None:
        return [], np.zeros((0, len(DOM_NAMES)))
    raws: list[str] = []  # the raw text of each line that is not blank, and its counts, a row after another
    counts: list[float] = []  # (flat: no list per line for the garbage collector to walk on a large page)
    width = len(_CONTEXTS)
    pieces: list[str] = []
    zeros = [0.0] * (width + 2)
    row = zeros.copy()  # the current line's chars per context, chars, chars x depth
    hinted: dict[str, int] = {}  # class and id words -> their contexts (a page repeats its classes)

    def add(text: str, mask: int, depth: int) -> None:
        for k, part in enumerate(text.split("\n")):
            if k and pieces:  # a line ends (a blank one has no pieces and no counts)
                raw = "".join(pieces)
                if not raw.isspace():
                    raws.append(raw)
                    counts.extend(row)
                pieces.clear()
                row[:] = zeros
            if part:
                pieces.append(part)
                chars = len(part) - sum(map(part.count, " \t\r\xa0"))
                if chars:
                    row[width] += chars
                    row[width + 1] += chars * depth
                    bits = mask
                    while bits:
                        low = bits & -bits
                        row[low.bit_length() - 1] += chars
                        bits ^= low

    # Each item: an element to open (with its parent's mask and its depth), or text to add where it stands.
    stack: list[tuple[lxml.etree._Element | str, int, int]] = [(doc, 0, 0)]
    while stack:
        item, mask, depth = stack.pop()
        if isinstance(item, str):
            add(item, mask, depth)
            continue
        tag = item.tag
        if not isinstance(tag, str):  # a comment or processing instruction: only its tail shows
            if item.tail:
                add(item.tail, mask, depth - 1)
            continue
        mine = mask | _TAG_BITS.get(tag, 0)
        names = f"{item.get('class') or ''} {item.get('id') or ''}"
        if names != " ":
            bits = hinted.get(names)
            if bits is None:
                bits = hinted[names] = sum(bit for bit, pattern in _HINT_BITS if pattern.search(names))
            mine |= bits
        block = tag in _BLOCKS
        after = ("\n" if block else "") + (item.tail or "")
        if after:  # the block's closing break and the tail, in the parent, once the children are done
            stack.append((after, mask, depth - 1))
        add(("\n" if block else "") + (item.text or ""), mine, depth)
        stack.extend((child, mine, depth + 1) for child in reversed(item))
    raw = "".join(pieces)
    if raw and not raw.isspace():
        raws.append(raw)
        counts.extend(row)
    table = np.array(counts, dtype=np.float64).reshape(-1, width + 2)
    # light() over all lines at once (it never joins or splits lines): a line it leaves empty goes with its row
    lines = light("\n".join(raws)).split("\n") if raws else []
    if len(lines) != len(raws):
        kept = [i for i, raw in enumerate(raws) if light(raw)]
        lines, table = [light(raws[i]) for i in kept], table[kept]
    return lines, _dom_features(table)


def _dom_features(counts: np.ndarray) -> np.ndarray:
    """Shares of each line's characters per context, its depth against the longest line's, and a few neighbours'."""
    width = len(_CONTEXTS)
    chars = counts[:, width]
    safe = np.maximum(1.0, chars)
    shares = counts[:, :width] / safe[:, None]
    depth = counts[:, width + 1] / safe
    depth = depth - depth[int(np.argmax(chars))] if len(chars) else depth
    link = shares[:, _CONTEXTS.index("a")]
    nav = shares[:, _CONTEXTS.index("nav")] + shares[:, _CONTEXTS.index("semantic")]
    return np.column_stack(
        [
            shares,
            depth,
            _shift(link, -1, 0.0),
            _shift(link, 1, 0.0),
            _window_mean(link, 3),
            _window_mean(nav, 3),
            _window_mean(shares[:, _CONTEXTS.index("body")], 5),
        ]
    )


def page_lines(html: str) -> list[str]:
    """The page's visible text, one line per block (no blank lines)."""
    raw = block_text(html)
    text = light(raw) if raw is not None else ""
    return text.split("\n") if text else []


def recall_text(html: str | pages.Page) -> str:
    """trafilatura in recall mode, with the options clean gives it in precision mode (no process-wide cache)."""
    return _extract(html, recall=True)


def default_text(html: str | pages.Page) -> str:
    """trafilatura in its default mode (between precision and recall; it finds some paragraphs neither does)."""
    return _extract(html)


def _extract(html: str | pages.Page, recall: bool = False) -> str:
    import trafilatura

    try:
        page = pages.page_of(html)
        bounded = pages.extract_options(page)  # no quadratic fallback on a large page (see pages.py)
        return (
            trafilatura.extract(
                page.extractor_tree,  # without layout tables, as clean reads the page, so the paragraphs compare
                include_comments=False,
                include_tables=True,
                favor_recall=recall,
                deduplicate=False,
                **bounded,
            )
            or ""
        )
    except Exception:  # a page the extractor chokes on (or too large to read): the precise text stands alone
        return ""


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def _paragraph(line: str) -> str:
    """An extracted paragraph as a visible line reads (trafilatura writes list items as "- item")."""
    norm = _norm(line)
    return norm[2:] if norm.startswith("- ") else norm


# Characters of text searched through, in all, by one reading of a page's lines against one extractor's text
# (:func:`extractor_flags`) or of its paragraphs against the lines (:func:`verdicts`): about 0.5 s each. Every line
# was searched for in the whole text (lines times text: 40,000 menu lines and 2 MB of article text, inside the HTML
# cap, took minutes); a normal page searches well under a thousandth of this, and a long one (a live blog of 2,000
# lines and 100 kB of text) a fifth: its features stay exact. What is left past it is counted (:func:`second_opinion`
# notes it in the removals), never silently read.
SEARCH_BUDGET = 1_000_000_000
_SEARCH_STEP = 32  # what one search costs beyond its characters, in characters


def _inner_words_in(needle: str, words: frozenset[str]) -> bool:
    """Whether every word between two of ``needle``'s spaces is one of ``words``, the words of a single-spaced text:
    a needle inside that text has those words whole in it, so one failing this is not in the text (exact)."""
    return all(word in words for word in needle.split(" ")[1:-1])


def extractor_flags(lines: list[str], text: str) -> np.ndarray:
    """1 for each line whose text the extractor kept (somewhere in its output), else 0."""
    return _flags(lines, text)[0]


def _flags(lines: list[str], text: str, budget: int | None = None) -> tuple[np.ndarray, int]:
    """:func:`extractor_flags` and how many distinct lines were not searched for: past ``budget`` characters searched
    (:data:`SEARCH_BUDGET`), a line is read as kept only when it is a whole paragraph or a word of the text.

    Exact below the budget: a line met again is answered once, a whole paragraph or word of the text is in it, and a
    line with an inner word the text lacks is not (:func:`_inner_words_in`)."""
    budget = SEARCH_BUDGET if budget is None else budget
    kept = " " + _norm(text.replace("\n", " ")) + " "
    words = frozenset(kept.split(" "))
    paragraphs = frozenset(_norm(paragraph) for paragraph in text.split("\n"))
    answers: dict[str, float] = {}
    unchecked = 0
    flags = []
    for line in lines:
        norm = _norm(line)
        flag = answers.get(norm)
        if flag is None:
            if norm in paragraphs or norm in words:
                flag = 1.0
            elif not _inner_words_in(norm, words):
                flag = 0.0
            elif budget >= len(kept):
                budget -= len(kept)
                flag = float(norm in kept)
            else:
                unchecked += 1
                flag = 0.0
            answers[norm] = flag
        flags.append(flag)
    return np.array(flags, dtype=np.float64), unchecked


def html_features(lines: list[str], precise: str, recall: str, default: str, dom: np.ndarray) -> np.ndarray:
    """One row of :data:`HTML_NAMES` per visible line (``dom``: :func:`marked_lines`' rows for them)."""
    return _html_features(lines, precise, recall, default, dom)[0]


def _html_features(
    lines: list[str], precise: str, recall: str, default: str, dom: np.ndarray
) -> tuple[np.ndarray, int]:
    """:func:`html_features` and how many lines were not searched for in an extractor's text (see :func:`_flags`)."""
    columns = []
    unchecked = 0
    for text in (precise, recall, default):
        flags, left = _flags(lines, text)
        unchecked += left
        columns += [
            flags,
            _shift(flags, -1, 0.0),
            _shift(flags, 1, 0.0),
            _window_mean(flags, 3),
            _window_mean(flags, 10),
        ]
    return np.column_stack([page_features(lines), *columns, dom]), unchecked


@cache
def html_model() -> Model:
    """The shipped HTML model (package data), loaded once per process."""
    data = shipped(__package__, HTML_MODEL_FILE)
    if data is None:
        raise FileNotFoundError(f"clean: the HTML model {HTML_MODEL_FILE} is not in the package (make train)")
    return load(data, HTML_NAMES)


def verdicts(lines: list[str], probability: np.ndarray, text: str) -> list[float | None]:
    """For each line of an extractor's ``text``: the body probability of the visible line(s) it came from.

    A paragraph is found as a visible line, or as the visible lines it is made of (a
    list item over two blocks), or inside one longer visible line; ``None`` when it
    cannot be found (it is then kept).
    """
    return _verdicts(lines, probability, text)[0]


def _verdicts(
    lines: list[str], probability: np.ndarray, text: str, budget: int | None = None
) -> tuple[list[float | None], int]:
    """:func:`verdicts` and how many paragraphs were not compared with the long lines: a paragraph that is no line is
    compared with every long line, so past ``budget`` characters compared (:data:`SEARCH_BUDGET`) such a paragraph
    is ``None`` (kept) uncompared, and counted."""
    budget = SEARCH_BUDGET if budget is None else budget
    best: dict[str, float] = {}
    for line, p in zip(lines, probability.tolist(), strict=True):
        key = _norm(line)
        best[key] = max(best.get(key, 0.0), p)
    long_keys = [key for key in best if len(key) >= 12]
    long_chars = sum(map(len, long_keys))
    out: list[float | None] = []
    unread = 0
    for paragraph in text.split("\n"):
        norm = _paragraph(paragraph)
        cost = len(long_keys) * (len(norm) + 2 * _SEARCH_STEP) + long_chars  # both comparisons below
        if not norm:
            out.append(None)
        elif norm in best:
            out.append(best[norm])
        elif cost > budget:
            unread += 1
            out.append(None)
        else:
            budget -= cost
            parts = [key for key in long_keys if key in norm]
            if parts and sum(map(len, parts)) >= 0.6 * len(norm):
                out.append(max(best[key] for key in parts))
            else:
                around = [best[key] for key in long_keys if norm in key]
                out.append(max(around) if around else None)
    return out, unread


def cut(
    lines: list[str],
    probability: np.ndarray,
    precise: str,
    recall: str,
    below: float,
    above: float = 2.0,
    hidden: frozenset[str] = frozenset(),
    place: places.PlaceKind | None = None,
) -> tuple[str, list[Removal]]:
    """``recall`` without its paragraphs whose visible lines score under ``below``, and with the visible lines
    of at least :data:`ADD_MIN_WORDS` words that score ``above`` or more put back where they stand on the
    page if no paragraph holds them (see :func:`second_opinion`), unless the page hides them (``hidden``: the
    normalised lines of its hidden elements, :func:`hidden_lines`). A call to action is cut and never put back
    whatever the model says (:func:`_calls_to_action`), and so is a short lead-in left last (:func:`_leads_in`).
    A dateline's place line over a paragraph kept is kept (``place``, see :func:`furniture.opens_body`)."""
    kept: list[str] = []
    removed: list[Removal] = []
    paragraphs = recall.split("\n")
    judged, unread = _verdicts(lines, probability, recall)
    for rank, (paragraph, verdict) in enumerate(zip(paragraphs, judged, strict=True)):
        if (
            verdict is not None
            and verdict < below
            and not (place is not None and opens_body(paragraph, _kept_below(paragraphs, judged, rank, below), place))
        ) or _calls_to_action(paragraph):
            removed.append(Removal(text=paragraph, reason=REASON))
        elif paragraph.strip():
            kept.append(paragraph)
    while kept and _leads_in(kept[-1]):  # what it led to was cut, or never kept: it introduces nothing
        removed.append(Removal(text=kept.pop(), reason=REASON))
    text = "\n".join(kept)
    if len(text.split()) < MIN_KEPT_SHARE * len(precise.split()):
        return precise, []
    if above <= 1.0:
        text = _put_back(lines, probability, kept, above, hidden)
    if unread:
        removed.append(Removal(text=_not_compared(unread, "paragraphs", "the page's lines", "kept"), reason=REASON))
    return text, removed


def _not_compared(count: int, what: str, against: str, read_as: str) -> str:
    """The removal's note of what a page too large to compare whole left uncompared (:data:`SEARCH_BUDGET`)."""
    return f"... and {count} {what} not compared with {against} (the page is too large): {read_as}"


def _kept_below(paragraphs: list[str], judged: list[float | None], rank: int, below: float) -> str | None:
    """The paragraph right after ``rank`` when the model keeps it (``None`` when it cuts it or there is none)."""
    if rank + 1 >= len(paragraphs):
        return None
    verdict = judged[rank + 1]
    return paragraphs[rank + 1] if (verdict is None or verdict >= below) and paragraphs[rank + 1].strip() else None


CALL_MAX_WORDS = 40  # a paragraph with a call to action is cut whatever the model says, up to this many words


def _calls_to_action(paragraph: str) -> bool:
    """A paragraph that opens with a call to action or holds one ("Sign up for our newsletter", "please subscribe to
    the Courier"; the clean stage's promo cues of every language): furniture on every development page, where
    the clean stage's own rule (``rules.classify``) stops at 20 words and the model, seeing a sentence inside the
    article's ``<p>``s, keeps a paywall's prompt."""
    if len(paragraph.split()) > CALL_MAX_WORDS:
        return False
    return bool(rules.PROMO.match(paragraph) or rules.PROMO_ANYWHERE.search(paragraph))


LEAD_IN_MAX_WORDS = 6  # a paragraph ending in a colon of at most this many words leads in to what follows


def _leads_in(paragraph: str) -> bool:
    """A short paragraph ending in a colon ("More from this column:", "Weitere Informationen:"): a lead-in to a
    list or a link, furniture when nothing follows it."""
    tail = paragraph.rstrip()
    return tail.endswith((":", "：")) and len(tail.split()) <= LEAD_IN_MAX_WORDS


ADD_MIN_WORDS = 5  # a visible line no extraction kept is put back only from this many words on


def _put_back(
    lines: list[str],
    probability: np.ndarray,
    kept: list[str],
    above: float,
    hidden: frozenset[str] = frozenset(),
) -> str:
    """``kept`` with the sure body lines it lacks, in page order (a paragraph stands where its line first does);
    never a line of a hidden element (``hidden``)."""
    held = " " + _norm(" ".join(kept)) + " "
    words = frozenset(held.split(" "))  # a line whose inner word is none of these is not held (no search)
    extra = [
        i
        for i, (line, p) in enumerate(zip(lines, probability.tolist(), strict=True))
        if p >= above
        and len(line.split()) >= ADD_MIN_WORDS
        and (not _inner_words_in(_norm(line), words) or _norm(line) not in held)
        and _norm(line) not in hidden
        and not _calls_to_action(line)
    ]
    if not extra:
        return "\n".join(kept)
    first: dict[str, int] = {}
    for i, line in enumerate(lines):
        first.setdefault(_norm(line), i)
    placed: list[tuple[float, int, str]] = []
    at = -1.0
    for rank, paragraph in enumerate(kept):
        found = first.get(_paragraph(paragraph))
        at = float(found) if found is not None else at + 1e-6  # not a line of its own: just after the one above
        placed.append((at, rank, paragraph))
    placed += [(float(i), -1, lines[i]) for i in extra]
    return "\n".join(paragraph for *_, paragraph in sorted(placed, key=lambda t: (t[0], t[1])))


def second_opinion(
    html: str | pages.Page, precise: str, using: Model | None = None, place: places.PlaceKind | None = None
) -> tuple[str, list[Removal]]:
    """The recall-mode text of the page without the paragraphs the model calls furniture, and those paragraphs;
    with the visible lines the model is sure of that no extractor kept (see :func:`cut`).

    Falls back to ``precise`` (the extractor's precision-mode text, nothing cut) when the
    page has no visible lines, the recall run fails, or the cut would leave less than
    half of what the precise text holds. The page is parsed once (:class:`pages.Page`) for every reading here.
    ``place``: what a name is on the map, so a dateline's place line over the body stays (:func:`cut`).
    """
    page = pages.page_of(html)
    doc = _parse(page)  # read by marked_lines, then changed by hidden_lines
    lines, dom = marked_lines(doc) if doc is not None else ([], np.zeros((0, len(DOM_NAMES))))
    recall = light(recall_text(page))
    if not lines or not recall:
        return precise, []
    using = using or html_model()
    features, unchecked = _html_features(lines, light(precise), recall, light(default_text(page)), dom)
    probability = using.forest.predict(features)
    below, above = using.decoding["drop_below"], using.decoding.get("add_above", 2.0)
    if above > 1.0:  # nothing is put back
        text, removed = cut(lines, probability, precise, recall, below, above, place=place)
    else:
        text, removed = cut(lines, probability, precise, recall, below, above, hidden_lines(doc), place)
    if unchecked:
        note = _not_compared(unchecked, "lines", "an extractor's text", "found only as a whole paragraph or word")
        removed.append(Removal(text=note, reason=REASON))
    return text, removed


_HIDING_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


def _hides(element: lxml.etree._Element) -> bool:
    """An element a browser does not show: the ``hidden`` attribute, or an inline style that hides it."""
    return element.get("hidden") is not None or bool(_HIDING_STYLE.search(element.get("style") or ""))


def hidden_lines(html: str | lxml.html.HtmlElement) -> frozenset[str]:
    """The lines (normalised as :func:`cut` compares them) of the elements a page hides from its reader.

    A page's hidden microdata block (``<div style="display:none">`` with the headline and the
    description in adjacent ``<span>``s) reads as one visible line, "…auf Hilfe angewiesenVor Beginn
    der…": the model calls it body, and put back it glued the headline to the first sentence.
    One walk of the page (an element inside a hidden one is hidden; only the outermost are read). Given a tree
    (:func:`_parse`'s), changes it.
    """
    doc = html if isinstance(html, lxml.html.HtmlElement) else _parse(html)
    if doc is None:
        return frozenset()
    hidden: set[lxml.etree._Element] = set()
    outermost: list[lxml.etree._Element] = []
    for element in doc.iter():
        if not isinstance(element.tag, str):
            continue
        if element.getparent() in hidden:
            hidden.add(element)
        elif element.tag not in ("html", "body") and _hides(element):
            hidden.add(element)
            outermost.append(element)
        if element in hidden and element.tag in _BLOCKS:
            element.text = "\n" + (element.text or "")
            element.tail = "\n" + (element.tail or "")
    found: set[str] = set()
    for element in outermost:
        found.update(n for n in (_norm(line) for line in element.text_content().split("\n")) if n)
    return frozenset(found)
