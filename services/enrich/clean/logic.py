"""clean: from what was fetched to the text a reader would trust. Pure functions.

Steps, in order:

1. HTML: main text out of the page (trafilatura), metadata (title, date, URL) kept
   as hints; Markdown: markup reduced to text.
2. The seed header line is removed (its date was already read by fetch).
3. Unicode repaired (mojibake; curly quotes are kept), whitespace normalised,
   paragraphs separated by one blank line.
4. Boilerplate the rules recognise is removed, each removal recorded with its
   reason: photo credits, promo lines, and paragraphs that repeat one that follows
   (a lede printed twice).
5. A title is kept from the input's own metadata; failing that, the first line
   when it reads like a headline; failing that, the first sentence (marked so).
6. The language is identified offline.
"""

from __future__ import annotations

import bisect
import heapq
import math
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from itertools import chain, islice

import ftfy
import lxml.etree
import lxml.html
import py3langid
import trafilatura

from wirestream.contracts import SEED_HEADER, CleanedArticle, DateHint, Embed, FetchedArticle, Removal
from wirestream.errors import PermanentError
from wirestream.services.enrich.clean import embeds, furniture, pages, places, rules, stamps, titles
from wirestream.services.enrich.clean.furniture import html as furniture_html
from wirestream.services.enrich.lexicon import names_a_day

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff]")
_BLANKS = re.compile(r"\n{3,}")
# Linear by construction (issue 12): link text holds no bracket, so a run of "[" is scanned once, not
# once per bracket; the address may hold one level of balanced parentheses (Wikipedia), possessively.
_MD_LINK = re.compile(r"!?\[([^\[\]]*+)\]\((?:[^()]++|\([^()]*+\))*+\)")
_MD_EMPH = re.compile(r"(\*\*|__|(?<!\w)[*_](?=\S))(.+?)\1")
# A heading line's opening; its closing "#"s and spaces are cut in Python (a lazy group before "\s*#*\s*$"
# was cubic on "# a" + spaces + "b"). Horizontal space only: a heading never takes the next line.
_MD_HEADING = re.compile(r"^[^\S\n]{0,3}+#{1,6}+(?:[^\S\n]++(.*)|[^\S\n]*+$)", re.M)
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’]?\s+(?=[A-Z\"“])")
_HEADLINE_END = re.compile(r"(?:[.!?;,。！？]|(?<!\w):)[\"”’»]?$|:$")
_NORM = re.compile(r"[\W_]+")
_XML_INCOMPATIBLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


MIN_WORDS = 3  # fewer words than this left after cleaning: not an article (characters, in Chinese or Thai)
DUPLICATE_SHARE = 0.8  # share of a paragraph's word triples found in another to call it a copy
DUPLICATE_MIN_WORDS = 15  # a shorter paragraph that repeats (a recipe step, a refrain, a list item) is kept
DUPLICATE_CANDIDATES = 64  # paragraphs compared with one paragraph at most (see _without_copies)


def _tokens(text: str) -> list[str]:
    """Words, and each character of a script written without spaces."""
    return _NORM.sub(" ", rules.UNSPACED.sub(r" \g<0> ", text.casefold())).split()


def _shingles(text: str) -> set[tuple[str, ...]]:
    words = _tokens(text)
    return {tuple(words[i : i + 3]) for i in range(len(words) - 2)}


def html_to_text(html: str | pages.Page) -> tuple[str, str | None, str | None, str | None]:
    """Main text, title, declared publication date and URL of an HTML page (parsed once: :class:`pages.Page`)."""
    # deduplicate stays off: trafilatura's duplicate cache is process-wide, so in a long-lived worker
    # paragraphs seen in earlier articles (syndicated copies of one story) would vanish from later ones.
    parsed = pages.page_of(html)
    bounded = pages.extract_options(parsed)  # refuses a page too large to read; no quadratic fallback on a large one
    page = parsed.extractor_tree  # without its layout tables: an article set in a table keeps its paragraphs
    text = trafilatura.extract(
        page, include_comments=False, include_tables=True, favor_precision=True, deduplicate=False, **bounded
    )
    meta = trafilatura.extract_metadata(parsed.metadata_tree)
    if not text:
        # Very short pages fall under trafilatura's length thresholds: try recall mode.
        text = trafilatura.extract(page, include_comments=False, favor_recall=True, deduplicate=False, **bounded)
    if not text or not text.strip():
        raise PermanentError("no article text found in the HTML")
    return (
        text,
        (meta.title if meta else None) or None,
        (meta.date if meta else None) or None,
        (meta.url if meta else None) or None,
    )


def parse_page(html: str) -> lxml.html.HtmlElement | None:
    try:
        return lxml.html.document_fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return None


_BLOCK_TAGS = frozenset(
    [
        "p",
        "div",
        "span",
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
        "time",
        "address",
    ]
)
MAX_RECORDED_LINES = 100  # lines of page chrome recorded one by one; the rest are counted
# characters of main text searched through, in all, for the page's lines (outside_main_content): about 0.1 s
COMPARE_BUDGET = 200_000_000


def _extract_paragraphs(text: str) -> str:
    """The extractor puts one paragraph on each line; the rows of a table stay together.

    Each paragraph is a list of its lines, joined once at the end: a table's paragraph grown a row at a time copied
    itself for each row (and split itself again for its last row), quadratic in the table (500,000 characters of
    rows: 2.8 s)."""
    paragraphs: list[list[str]] = []
    for line in text.split("\n"):
        if paragraphs and rules.TABLE_ROW.match(line) and rules.TABLE_ROW.match(paragraphs[-1][-1]):
            paragraphs[-1].append(line)
        else:
            paragraphs.append([line])
    return "\n\n".join("\n".join(lines) for lines in paragraphs)


def visible_lines(doc: lxml.html.HtmlElement | None) -> list[str]:
    """The page's visible text, a line per block, as a reader sees it (and saves it as text).

    Changes ``doc`` (scripts, styles and the head go).
    """
    if doc is None:
        return []
    for element in doc.xpath("//script | //style | //noscript | //template | //head"):
        element.drop_tree()
    for element in doc.iter():
        if isinstance(element.tag, str) and element.tag in _BLOCK_TAGS:
            element.text = "\n" + (element.text or "")
            element.tail = "\n" + (element.tail or "")
    lines = (_SPACES.sub(" ", raw).strip() for raw in doc.text_content().splitlines())
    return [line for line in lines if line]


def outside_main_content(lines: list[str], extracted: str) -> list[Removal]:
    """The page's visible lines the extractor left out, so an audit can see them.

    Each line is searched for in the main text, so the work is lines times text: a page of many distinct lines and a
    long main text took 44 s (40,000 menu lines, 2 MB of text). The search stops after ``COMPARE_BUDGET`` characters
    of main text; the lines left then are counted as not compared, never reported as cut."""
    kept = _SPACES.sub(" ", extracted.replace("\n", " ")).casefold()
    words = frozenset(kept.split(" "))
    left: dict[str, None] = {}
    answers: dict[str, bool] = {}  # a line met again (menus, share buttons) is not searched for again
    budget, unchecked = COMPARE_BUDGET, 0
    for line in lines:
        folded = line.casefold()
        inside = answers.get(folded)
        if inside is None:
            if not all(w in words for w in folded.split(" ")[1:-1]):
                # a word between two of the line's spaces is a whole word of the text if the line is in it
                inside = answers[folded] = False
            elif budget >= len(kept):
                budget -= len(kept)
                inside = answers[folded] = folded in kept
            else:
                unchecked += 1
                continue
        if not inside:
            left[line[:300]] = None
    removed = [Removal(text=line, reason="outside the main content") for line in list(left)[:MAX_RECORDED_LINES]]
    if len(left) > MAX_RECORDED_LINES:
        more = len(left) - MAX_RECORDED_LINES
        removed.append(Removal(text=f"... and {more} more lines", reason="outside the main content"))
    if unchecked:
        removed.append(
            Removal(
                text=f"... and {unchecked} lines not compared with the main content (the page is too large)",
                reason="outside the main content",
            )
        )
    return removed


def headline_at(lines: list[str], *headlines: str | None) -> int | None:
    """Where a page's headline stands among its lines: the first line that prints it (a kicker may lead)."""
    wanted = [n for n in (titles.norm(h) for h in headlines) if len(n) >= 4]
    for want in wanted:
        for i, line in enumerate(lines):
            n = titles.norm(line)
            if n == want or (n.endswith(want) and len(n) <= 2 * len(want)):
                return i
    return None


def _heading(match: re.Match[str]) -> str:
    """A heading's text without its closing sequence (``## Title ##`` -> ``Title``)."""
    return (match.group(1) or "").rstrip().rstrip("#").rstrip()


def markdown_to_text(text: str) -> str:
    text = _MD_HEADING.sub(_heading, text)
    text = _MD_LINK.sub(r"\1", text)
    return _MD_EMPH.sub(r"\2", text)


_FTFY = ftfy.TextFixerConfig(uncurl_quotes=False, fix_character_width=False, explain=False)
# A line ftfy leaves as it is: printable ASCII (no mojibake, control or line-break character to fix)
# without "&" (an HTML entity it may unescape) or "<" (which turns that unescaping off for the rest).
_PLAIN = re.compile(r"[\t\n\x20-\x25\x27-\x3b\x3d-\x7e]*")


def _fix_unicode(text: str) -> str:
    """``ftfy.fix_text`` without its per-line cost on lines it leaves alone (the same loop otherwise).

    ftfy repairs a text line by line at about 15-60 microseconds a line, whatever the line:
    500,000 line breaks took more than 30 s (issue 12). Blank and plain ASCII lines are skipped.
    """
    config = _FTFY
    out: list[str] = []
    pos = 0
    while pos < len(text):
        match = _PLAIN.match(text, pos)
        plain = match.end() if match else pos
        if plain < len(text):
            plain = text.rfind("\n", pos, plain) + 1  # whole lines only: the next one needs ftfy
        if plain > pos:
            out.append(text[pos:plain])
            pos = plain
            continue
        end = text.find("\n", pos) + 1 or len(text)
        end = min(end, pos + config.max_decode_length)
        segment = text[pos:end]
        pos = end
        if config.unescape_html == "auto" and "<" in segment:
            config = config._replace(unescape_html=False)
        out.append(ftfy.fix_and_explain(segment, config)[0])
    return "".join(out)


def normalise(text: str) -> str:
    """Repair unicode and whitespace; paragraphs end up separated by exactly one blank line."""
    text = _fix_unicode(text)
    text = unicodedata.normalize("NFC", _ZERO_WIDTH.sub("", text))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return _BLANKS.sub("\n\n", "\n".join(lines)).strip()


@dataclass
class Cleaning:
    """What the line rules leave of a text, what they cut, and the date stamps they saw."""

    text: str
    removed: list[Removal] = field(default_factory=list)
    stamps: list[str] = field(default_factory=list)
    embeds: list[Embed] = field(default_factory=list)


def _listy(line: str) -> bool:
    """A line of a list of links or tags: short and not a sentence."""
    return rules.word_count(line) <= 12 and not rules.SENTENCE_STOP.search(line)


def remove_boilerplate(text: str) -> Cleaning:
    """Take out embedded posts, apply the line rules (see :mod:`rules`), then drop paragraphs printed twice."""
    posts = embeds.cut_text(text)
    text = posts.text
    result = Cleaning(text="", removed=posts.removed, embeds=posts.embeds)
    removed = result.removed
    paragraphs: list[str] = []
    for para in text.split("\n\n"):
        kept_lines: list[str] = []
        under: str | None = None  # the reason of a heading whose list of links follows
        for line in para.split("\n"):
            if rules.TABLE_ROW.match(line):  # a row of a table the extractor kept: data, not furniture
                kept_lines.append(line)
                under = None
                continue
            if under and _listy(line):
                removed.append(Removal(text=line, reason=under))
                continue
            under = None
            if rules.LINK_LIST.match(line) or (
                rules.READ_ALSO.match(line) and line.rstrip().endswith((":", "：", "!"))
            ):
                under = "read also"
                removed.append(Removal(text=line, reason=under))
                continue
            if rules.TAGS.match(line) or line.casefold().startswith("explore more"):
                under = "tags"
            reason = rules.classify(line)
            if reason == "embedded social post" and rules.SOCIAL_ATTRIBUTION.match(line):
                # The post's own text sits just above its attribution line.
                if kept_lines and rules.SOCIAL_LINK.search(kept_lines[-1]):
                    removed.append(Removal(text=kept_lines.pop(), reason=reason))
                elif not kept_lines and paragraphs and rules.SOCIAL_LINK.search(paragraphs[-1]):
                    removed.append(Removal(text=paragraphs.pop(), reason=reason))
            if reason is not None:
                removed.append(Removal(text=line, reason=reason))
                if reason == "publication stamp" or (reason == "byline" and re.search(r"\d", line)):
                    result.stamps.append(line)
                continue
            for credit in rules.INLINE_CREDIT.findall(line):
                removed.append(Removal(text=credit.strip(), reason="photo credit"))
            line = rules.INLINE_CREDIT.sub("", line).strip()
            if line:
                kept_lines.append(line)
        if kept_lines:
            paragraphs.append("\n".join(kept_lines))

    if paragraphs and (counter := rules.STRAY_COUNTER.search(paragraphs[-1])):
        removed.append(Removal(text=counter.group(0), reason="stray counter after the last sentence"))
        paragraphs[-1] = paragraphs[-1][: counter.start()]

    kept = _without_copies(paragraphs, removed)
    result.text = "\n\n".join(paragraphs[k] for k in kept)
    return result


def _without_copies(paragraphs: list[str], removed: list[Removal]) -> list[int]:
    """The paragraphs to keep: a paragraph repeated (nearly word for word) later on, or already
    said by a paragraph kept above, is a copy; the later, in-place copy is the one kept. A paragraph
    the text holds three times or more is the article's own repetition, and stays each time.

    A paragraph is a copy of another that holds :data:`DUPLICATE_SHARE` of its word triples.
    Linear (issue 12; comparing every paragraph with every other was quadratic): an index maps
    each triple to the paragraphs holding it, and only paragraphs that hold one of a paragraph's
    rarest triples are compared with it. A copy must hold at least one of any ``len - need + 1``
    of its triples, so this finds every copy; the comparisons per paragraph are capped at
    :data:`DUPLICATE_CANDIDATES` (more only when even its rarest triples repeat in that many
    paragraphs, which crafted text does and articles do not).
    """
    shingles = [_shingles(p) for p in paragraphs]
    holders: dict[tuple[str, ...], list[int]] = {}  # triple -> paragraphs holding it, in order
    for j, triples in enumerate(shingles):
        for triple in triples:
            holders.setdefault(triple, []).append(j)
    kept_holders: dict[tuple[str, ...], list[int]] = {}  # triple -> kept paragraphs holding it
    kept: list[int] = []
    for i, para in enumerate(paragraphs):
        mine = shingles[i]
        if rules.word_count(para) >= DUPLICATE_MIN_WORDS and _has_copy(i, mine, shingles, holders, kept_holders, kept):
            removed.append(Removal(text=para, reason="duplicated lede" if not kept else "duplicate paragraph"))
            continue
        kept.append(i)
        for triple in mine:
            kept_holders.setdefault(triple, []).append(i)
    return kept


def _has_copy(
    i: int,
    mine: set[tuple[str, ...]],
    shingles: list[set[tuple[str, ...]]],
    holders: dict[tuple[str, ...], list[int]],
    kept_holders: dict[tuple[str, ...], list[int]],
    kept: list[int],
) -> bool:
    """Whether a later paragraph, or one kept above, holds :data:`DUPLICATE_SHARE` of ``mine``; never when
    the text holds :data:`PATTERN_COPIES` copies of it or more (see :func:`_is_pattern`)."""
    if not mine:  # nothing to compare: any other paragraph covers it
        return i + 1 < len(shingles) or bool(kept)
    need = math.ceil(DUPLICATE_SHARE * len(mine))
    rarest = heapq.nsmallest(len(mine) - need + 1, mine, key=lambda t: len(holders[t]))
    if _is_pattern(i, mine, need, rarest, shingles, holders):
        return False
    seen: set[int] = {i}
    budget = DUPLICATE_CANDIDATES
    later = (islice(holders[t], bisect.bisect_right(holders[t], i), None) for t in rarest)  # no copies of lists
    for candidates in chain(later, (kept_holders.get(t, ()) for t in rarest)):
        for j in candidates:
            if j in seen:
                continue
            if len(mine & shingles[j]) >= DUPLICATE_SHARE * len(mine):
                return True
            seen.add(j)
            budget -= 1
            if budget <= 0:
                return False
    return False


PATTERN_COPIES = 2  # other copies of a paragraph that make it the article's own repetition, not a copy


def _is_pattern(
    i: int,
    mine: set[tuple[str, ...]],
    need: int,
    rarest: list[tuple[str, ...]],
    shingles: list[set[tuple[str, ...]]],
    holders: dict[tuple[str, ...], list[int]],
) -> bool:
    """Whether :data:`PATTERN_COPIES` other paragraphs or more hold ``need`` of ``mine``, anywhere in the text.

    A lede printed twice is one copy; a line the article itself repeats (a meal plan's
    breakfast on each day of the week, a note under each table, a refrain) comes three times
    or more, and every copy is the article's. Bounded like :func:`_has_copy`: at most
    :data:`DUPLICATE_CANDIDATES` comparisons.
    """
    found, budget, seen = 0, DUPLICATE_CANDIDATES, {i}
    for triple in rarest:
        for j in holders[triple]:
            if j in seen:
                continue
            seen.add(j)
            if len(mine & shingles[j]) >= need:
                found += 1
                if found >= PATTERN_COPIES:
                    return True
            budget -= 1
            if budget <= 0:
                return False
    return False


def _is_body(line: str) -> bool:
    """Where the head of an article (kicker, headline, byline) ends and its body begins."""
    if _cjk_share(line) > 0.3:
        return len(line) >= 40
    words = len(line.split())
    return words >= 12 or (words >= 6 and bool(rules.SENTENCE_STOP.search(line)))


def _same(a: str, b: str) -> bool:
    return _NORM.sub(" ", a.casefold()).strip() == _NORM.sub(" ", b.casefold()).strip()


def _overline(head: list[str]) -> bool:
    """A short line over a longer headline ("Ukraine weist Vorwürfe zurück" over the title).

    ``head``: the next three non-blank lines, from the one in question.
    """
    if len(head) < 3 or not _reads_like_headline(head[0]) or not _reads_like_headline(head[1]):
        return False
    first, second = head[0].split(), head[1].split()
    return len(first) <= 4 and len(second) > len(first) and not _is_body(head[1]) and _is_body(head[2])


def split_head(
    text: str, title: str | None, site: titles.Evidence | None = None, place: places.PlaceKind | None = None
) -> tuple[str, str | None, list[Removal]]:
    """Find the headline among the lines above the body and cut the rest of the head.

    Returns the text without its head furniture, the headline found in the text
    (``None`` when ``title`` was already known or the text has none) and the removals.
    ``site``: what the text says about its site's name, so a masthead line is never the headline.
    ``place``: what a name is on the map (:func:`places.place_kind`), so a dateline's place on a line of its own
    over the body ("NEW DELHI", "Kingston, Jamaica") opens the body (see :func:`places.is_place_line`).
    """
    removed: list[Removal] = []
    found: str | None = None
    lines = text.split("\n")
    last = max((j for j, line in enumerate(lines) if line.strip()), default=-1)
    i = 0
    while i < len(lines):
        line = lines[i].strip()
        if not line:
            i += 1
            continue
        at_headline = i < last and _reads_like_headline(lines[i])  # what headline() says of the text from here
        if _is_body(line) and not (title is None and found is None and at_headline):
            break
        known = title or found
        if known and _same(line, known):
            removed.append(Removal(text=line, reason="title repeated in text"))
        elif (
            known is None
            and site is not None
            and titles.norm(line)
            and site.names_site(line)
            and rules.word_count(line) <= 8
        ):
            removed.append(Removal(text=line, reason="site name"))
        elif known and (_is_dateline(line) or (place is not None and _place_over_body(line, lines, i, place))):
            break  # "BAAR, SWITZERLAND", "PITTSBURGH —": the body opens where the story was filed
        elif (rules.is_kicker(line) and not (known is None and at_headline and i > 0)) or (
            known is None and _overline(list(islice(filter(str.strip, islice(lines, i, None)), 3)))
        ):
            removed.append(Removal(text=line, reason="kicker"))
        elif known is None and at_headline:
            found = line
        elif known and rules.is_name_line(line):
            removed.append(Removal(text=line, reason="byline"))
        elif (
            known
            and len(line.split()) <= 4
            and not rules.SENTENCE_STOP.search(line)
            and _cjk_share(line) < 0.3
            and not names_a_day(line)  # a dateline ("MOSCOW, May 3 -") opens the body: its date is kept
        ):
            removed.append(Removal(text=line, reason="header line"))
        else:
            break
        i += 1
    return "\n".join(lines[i:]).strip(), found, removed


# A dateline on its own line: a place in capitals (up to three words), then a region after a comma or a dash
# closing the line, or both ("BAAR, SWITZERLAND", "PITTSBURGH —", "BAAR, Switzerland —"). Bounded, no nesting.
_DATELINE = re.compile(
    r"[A-ZÀ-Þ][A-ZÀ-Þ'’.-]{2,24}(?: [A-ZÀ-Þ][A-ZÀ-Þ'’.-]{1,24}){0,2}"
    r"(?:,[^\S\n]{0,3}[A-ZÀ-Þ][\w'’.-]{1,24}(?: [A-ZÀ-Þ][\w'’.-]{1,24}){0,2}[^\S\n]{0,3}[-–—]?|[^\S\n]{1,3}[-–—])"
)


def _is_dateline(line: str) -> bool:
    """A line that is only a dateline's place: it opens the body (the entities stage reads its place)."""
    return len(line) <= 90 and _DATELINE.fullmatch(line.strip()) is not None


def _place_over_body(line: str, lines: list[str], i: int, place: places.PlaceKind) -> bool:
    """A dateline's place (:func:`places.is_place_line`) on the line right over the body's first paragraph."""
    if not places.is_place_line(line, place):
        return False
    j = i + 1
    while j < len(lines) and not lines[j].strip():  # by index: islice would walk the lines above again
        j += 1
    return j < len(lines) and _is_body(lines[j].strip())


def first_sentence(text: str, limit: int = 120) -> str:
    first = _SENTENCE_END.split(text.split("\n", 1)[0], maxsplit=1)[0].strip()
    return first if len(first) <= limit else first[: limit - 1].rsplit(" ", 1)[0] + "…"


def _cjk_share(text: str) -> float:
    """The share of characters in scripts written without spaces (Chinese, Japanese, Thai...)."""
    return len(rules.UNSPACED.findall(text)) / max(1, len(text))


def _reads_like_headline(line: str) -> bool:
    if _HEADLINE_END.search(line):
        return False
    if _cjk_share(line) > 0.3:
        return 6 <= len(line) <= 60
    return 3 <= len(line.split()) <= 25


def headline(text: str) -> str | None:
    """The first line, when it reads like a headline rather than a sentence (and something follows)."""
    first, _, rest = text.partition("\n")
    return first if rest.strip() and _reads_like_headline(first) else None


def title_from_page_title(text: str) -> tuple[str, str | None, list[Removal]]:
    """A text that starts with its page's title line: the headline (see :func:`titles.title_line`).

    Returns the text without the title line and the headline line, the headline, and those removals.
    """
    lines = text.split("\n")
    title, removed, gone = page_title_lines(lines)
    if title is None:
        return text, None, []
    return "\n".join(line for i, line in enumerate(lines) if i not in gone).strip(), title, removed


def page_title_lines(lines: list[str]) -> tuple[str | None, list[Removal], frozenset[int]]:
    """The headline a text's page-title line gives, the removals of that line and of the headline's repeat,
    and their indices in ``lines`` (see :func:`title_from_page_title`)."""
    found = titles.title_line(lines)
    if found is None:
        return None, [], frozenset()
    title, first, repeated = found
    removed = [Removal(text=lines[first], reason="page title")]
    gone = {first}
    if repeated is not None:
        removed.append(Removal(text=lines[repeated], reason="title repeated in text"))
        gone.add(repeated)
    return title, removed, frozenset(gone)


def _by_trust(found: list[str]) -> list[str]:
    """Stamps that say "published" before bare dates and bylines, "updated" last."""
    return sorted(found, key=lambda s: 2 if rules.UPDATED_FIRST.match(s) else 0 if rules.STAMP_KEYWORD.match(s) else 1)


def detect_language(text: str, title: str | None = None) -> str | None:
    """The language of an article's text (an ISO 639-1 code, or a longer py3langid code), or None below 20 characters.

    The headline, when there is one, is read with the text: it is written in the article's language, and a short
    wire item's one sentence alone can read as another ("Chechen leader Ramzan Kadyrov vowed revenge." is
    Luxembourgish to the identifier; with its headline, English)."""
    if len(text.strip()) < 20:
        return None
    lang, _ = py3langid.classify(f"{title}\n{text}"[:5000] if title else text[:5000])
    return lang


def clean(article: FetchedArticle) -> CleanedArticle:
    removed: list[Removal] = []
    hints = list(article.date_hints)
    title, title_source, url = article.title, ("input" if article.title else None), article.url
    content = article.content
    posts: list[Embed] = []
    if article.content_is_html:
        # Control characters and lone surrogates (fetch lets a few through) mean nothing in a page, and lxml
        # refuses to set them as element text ("All strings must be XML compatible"): they go first.
        html, posts, cut = embeds.cut_html(_XML_INCOMPATIBLE.sub("", content))
        removed.extend(cut)
        parsed = pages.Page(html)  # parsed once for every reading below
        content, html_title, html_date, html_url = html_to_text(parsed)
        # recall-mode text less what the model cuts (a dateline's place line over the body stays)
        content, model_cut = furniture_html.second_opinion(parsed, content, place=places.place_kind)
        doc = parsed.release()  # the last reader: visible_lines changes it
        if doc is not None:  # the metadata title without the site's name (see titles.py)
            html_title = titles.html_title(doc, html_title, None, html_url) or None
        lines = visible_lines(doc)
        by_model = {c.text for c in model_cut}
        removed.extend(r for r in outside_main_content(lines, content) if r.text not in by_model)
        removed.extend(model_cut)
        if html_title and not title:
            title, title_source = html_title, "html-meta"
        # A date line the reader sees at the headline, or a "published" stamp, is trusted over the metadata.
        at = headline_at(lines, title, content.split("\n", 1)[0])
        hints.extend(
            DateHint(value=stamp, source="text-stamp")
            for stamp in stamps.page_stamps(lines, at, cache(lambda: detect_language(content)))  # one article's memo
        )
        if html_date:
            hints.append(DateHint(value=html_date, source="html-meta"))
        url = url or html_url
    elif article.source.format == "markdown":
        content = markdown_to_text(content)

    header = SEED_HEADER.match(content)
    if header:
        removed.append(Removal(text=header.group(0).strip(), reason="seed header"))
        content = content[header.end() :]

    if article.content_is_html:
        content = _extract_paragraphs(content)
    content = normalise(content)
    page = [line for line in content.split("\n") if line.strip()]  # the text as its reader sees it
    if not article.content_is_html:
        # The title from the page's title line, and the furniture model on the whole text as saved (it was trained
        # with that line on top: by-page CV on AEB saved as text 0.908 -> 0.921), before the rules (theirs win
        # where they fire); the title's lines leave the text with the model's cuts.
        gone: frozenset[int] = frozenset()
        if not title:
            title, cut, gone = page_title_lines(content.split("\n"))
            removed.extend(cut)
            title_source = "page-title" if title else None
        content, cut = furniture.prune(content, drop=gone, place=places.place_kind)
        removed.extend(cut)
    cleaning = remove_boilerplate(content)
    removed.extend(cleaning.removed)
    title = normalise(title) if title else None
    site = None if title or article.content_is_html else titles.text_evidence(page)
    text, found, cut = split_head(cleaning.text, title, site, places.place_kind)
    removed.extend(cut)
    if found:
        title, title_source = found, "first-line"
    language = detect_language(text, title)
    if article.content_is_html:
        later = _by_trust(cleaning.stamps)
    else:
        # The date line at the headline, or a "published" stamp, then the others, nearest below the headline first.
        at = (headline_at(page, title) if title else None) or 0
        if title_source == "page-title" and (below := headline_at(page[1:], title)) is not None:
            at = below + 1  # the headline the page's title line repeats, not the title line
        hints.extend(
            DateHint(value=stamp, source="text-stamp") for stamp in stamps.page_stamps(page, at, lambda: language)
        )
        later = stamps.by_position(cleaning.stamps, page, at)
    hints.extend(DateHint(value=stamp, source="text-stamp") for stamp in later)
    words = rules.word_count(text)
    if words < MIN_WORDS:
        raise PermanentError(f"nothing is left of the article once cleaned but {words} word(s)")
    if not title:
        title, title_source = first_sentence(text), "first-sentence"
    return CleanedArticle(
        id=article.id,
        source=article.source,
        url=url,
        title=title,
        title_source=title_source,
        text=text,
        language=language,
        date_hints=hints,
        removed=removed,
        embeds=posts + cleaning.embeds,
    )
