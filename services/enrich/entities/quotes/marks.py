"""Quotation-mark pairing in one left-to-right pass.

Scraped news mixes its marks: ``“…"``, ``"…”``, ``»…,»``, ``„…“``, ``‚…‘``,
``« … »`` with (non-breaking) spaces inside, ``「…」``; and a quote that runs over
several paragraphs opens each paragraph with a mark and closes only at its end. So
marks are not paired by their glyph alone but by where they stand (like Markdown's
flanking rules): a mark with a space before and a word after opens, a mark with a
word before and a space or punctuation after closes, and a glyph that only ever
opens or closes („ « 「 / 」) says so itself. Any double mark closes any double mark,
any single mark any single one.

The scan keeps a small stack of open marks (a quote inside a quote). What a
paragraph leaves open is dropped at its end, and the quotes found inside it are
kept as quotes of their own, so a stray mark never swallows the rest of the text,
unless the next paragraph opens with a mark: then the quote goes on; or unless, within the next
few paragraphs, the first double mark is one that closes it (a press release quoted whole, „…⏎…“
with no mark opening the paragraphs between, or a mark alone on a line of its own). Every
character is looked at a bounded number of times, so the cost is linear in the text
whatever its marks (no backtracking regular expression).
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field

# The characters the scan stops at; a newline run is one event (a paragraph break).
_EVENTS = re.compile(r"\n[\s\u00a0]*|[\"“”„‟«»「」『』‘’‚‛'‹›]")
_DOUBLE = set('"“”„‟«»「」『』')
_SINGLE = set("'‘’‚‛‹›")
QUOTE_MARKS = frozenset(_DOUBLE | _SINGLE)  # every mark that may open or close a quote
_SPACE = set(" \t\r\n\u00a0\u2009\u202f\u2007\u3000")
_OPEN_CONTEXT = set("([{—–-/:;,…\u2014\u2013：，；、（【《") | _DOUBLE | _SINGLE  # full-width ones: "表示：\"…\""
_CLOSE_CONTEXT = set(".,;:!?)]}—–-…/\u2014\u2013，。、；：！？）") | _DOUBLE | _SINGLE
MAX_DEPTH = 4  # quotes inside quotes kept track of; deeper marks are text
MAX_PARAGRAPHS = 12  # paragraphs one quote may run over
MAX_CARRIED = 4  # paragraphs a quote may run over with no mark opening the ones after its first
MAX_CARRY_CHARS = 4000  # how far a quote left open at a paragraph's end looks for its closing mark
_DOUBLE_MARK = re.compile("[" + re.escape("".join(sorted(_DOUBLE))) + "]")  # any one of _DOUBLE


@dataclass
class QuoteSpan:
    """A paired quote: ``start`` is its opening mark, ``end`` just after its closing mark."""

    start: int
    end: int
    text: str  # what is inside the marks, continuation marks removed, stripped
    body_start: int  # first character inside the marks
    body_end: int  # the closing mark
    paragraphs: int = 1
    close_mark: str = ""


@dataclass
class _Frame:
    mark: str
    pos: int
    family: str
    paragraphs: int = 1
    resumed: list[int] = field(default_factory=list)  # continuation marks at paragraph starts
    carried_to: int = -1  # the closing mark a quote left open at a paragraph's end was found to run to
    children: list[QuoteSpan] = field(default_factory=list)


def _is_cjk(ch: str) -> bool:
    return "\u3000" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" or "\uff00" <= ch <= "\uffef"


def _is_hebrew_letter(ch: str) -> bool:
    return "\u05d0" <= ch <= "\u05ea"


def _role(ch: str, prev: str, nxt: str, top: _Frame | None) -> str | None:
    """``open``, ``close`` or None (an apostrophe, a stray mark) for one mark where it stands."""
    if ch == '"' and _is_hebrew_letter(prev) and _is_hebrew_letter(nxt):
        return None  # a Hebrew acronym's gershayim typed as a plain mark ("צה"ל", "יו"ר"): a letter of the word
    family = "d" if ch in _DOUBLE else "s"
    if family == "s" and top is not None and top.family == "d":
        return None  # single marks inside a double quote are its text (and apostrophes)
    left = nxt not in _SPACE and (prev in _SPACE or prev in _OPEN_CONTEXT)
    right = prev not in _SPACE and (nxt in _SPACE or nxt in _CLOSE_CONTEXT)
    cjk = _is_cjk(prev) or _is_cjk(nxt)
    can_close = top is not None and top.family == family
    mark = top.mark if top is not None else ""  # read only where can_close (so top is not None)
    if ch in "„‚「『":
        return "open"
    if ch in "」』":
        return "close" if can_close else None
    if ch == "“":
        if can_close and (mark in "„‚" or (right and not left) or (prev not in _SPACE and not cjk)):
            return "close"
        if top is None and right and not left and not cjk:
            return None
        return "open"
    if ch in "”‟":
        if can_close:
            return "close"
        return "open" if left and not right else None
    if ch == "«":
        if can_close and mark == "»" and not left:
            return "close"
        return "open"
    if ch == "»":
        if can_close:
            return "close"
        return "open" if left and not right else None
    if ch == '"':
        if can_close and (right or not left):
            return "close"
        if left or (prev in _SPACE and nxt in _SPACE and top is None):
            return "open"
        return None
    # single marks: ‘ ’ ‚ ‛ ' ‹ ›
    if prev.isalnum() and nxt.isalnum():
        return None  # an apostrophe inside a word
    if ch in "‘‛'‹":
        if can_close and ((ch == "‘" and mark == "‚") or (ch == "'" and right and not left)):
            return "close"
        return "open" if left else None
    if ch in "’›":
        return "close" if can_close and right else None
    return None


def scan(text: str) -> list[QuoteSpan]:
    """Every top-level quote of the text, in order (nested quotes are part of their quote's text)."""
    found: list[QuoteSpan] = []
    stack: list[_Frame] = []
    n = len(text)
    skip = -1  # a paragraph's opening mark already taken as the continuation of an open quote
    last_close = -1  # where the last top-level quote of the paragraph closed, if no mark came since

    def drop(frame: _Frame) -> None:
        """An unclosed mark: its inner quotes stand on their own."""
        (stack[-1].children if stack else found).extend(frame.children)

    for event in _EVENTS.finditer(text):
        i = event.start()
        ch = text[i]
        if ch == "\n":
            nxt_pos = event.end()
            nxt = text[nxt_pos] if nxt_pos < n else ""
            if not stack:
                continue
            bottom = stack[0]
            while len(stack) > 1:
                drop(stack.pop())
            if bottom.carried_to >= nxt_pos:
                bottom.paragraphs += 1  # on towards the closing mark already found (it may open this paragraph)
            elif bottom.family == "d" and nxt in '"“„«»”「' and bottom.paragraphs < MAX_PARAGRAPHS:
                bottom.paragraphs += 1
                bottom.resumed.append(nxt_pos)
                skip = nxt_pos
            elif _shares_close(text, bottom, i):
                # «A, – said X. — B: «C!»⏎ : one closing mark ends the inner quote and the outer one
                stack.pop()
                inner = bottom.children.pop()
                span = _span(text, bottom, inner.body_end)
                span.end = inner.end
                found.append(span)
            elif (close := _carried_close(text, bottom, nxt_pos)) >= 0:
                bottom.carried_to = close
                bottom.paragraphs += 1
            else:
                drop(stack.pop())
            last_close = -1
            continue
        if i == skip:
            continue
        prev = text[i - 1] if i > 0 else "\n"
        nxt = text[i + 1] if i + 1 < n else "\n"
        top = stack[-1] if stack else None
        if ch in "’'‘" and nxt == ch:  # ’’ or '' typed for a double mark (“…’’)
            skip = i + 1
            nxt = text[i + 2] if i + 2 < n else "\n"
            ch = "”" if ch == "’" else ("“" if ch == "‘" else '"')
        role = _role(ch, prev, nxt, top)
        if role == "open" and top is None and ch in "»”" and last_close >= 0 and (nxt in _CLOSE_CONTEXT or nxt == "\n"):
            # « A. » Pour moi, poursuit-il, c’est B ». : a closing mark followed by punctuation opens nothing; right
            # after a quote of the same paragraph it closes a second one whose opening mark was left out
            begin = last_close
            while begin < i and text[begin] in _SPACE:
                begin += 1
            if begin < i and "\n" not in text[last_close:i]:
                found.append(
                    QuoteSpan(
                        start=begin,
                        end=i + 1,
                        text=text[begin:i].strip(" \t\r\n\u00a0\u2009\u202f"),
                        body_start=begin,
                        body_end=i,
                        close_mark=ch,
                    )
                )
                last_close = -1
                continue
        if role == "close" and top is not None:
            stack.pop()
            span = _span(text, top, i)
            if skip == i + 1:
                span.end += 1  # the second mark of ’’
            (stack[-1].children if stack else found).append(span)
            last_close = span.end if not stack else -1
        elif role == "open":
            last_close = -1
            family = "d" if ch in _DOUBLE else "s"
            if family == "d" and top is not None and top.family == "s":
                # a single mark does not hold a double quote: it was an apostrophe or a stray
                while stack and stack[-1].family == "s":
                    drop(stack.pop())
            if len(stack) == MAX_DEPTH:
                # too deep to be real nesting: the oldest mark was a stray one
                oldest = stack.pop(0)
                found.extend(oldest.children)
            stack.append(_Frame(ch, i, family))
    if stack and _shares_close(text, stack[0], n):
        bottom = stack[0]
        while len(stack) > 1:
            drop(stack.pop())
        stack.pop()
        inner = bottom.children.pop()
        span = _span(text, bottom, inner.body_end)
        span.end = inner.end
        found.append(span)
    while stack:
        drop(stack.pop())
    return found


def _carried_close(text: str, frame: _Frame, start: int) -> int:
    """Where a double quote left open at a paragraph's end closes when the first double mark of the next few
    paragraphs closes it (``«A⏎B⏎C»``, ``„⏎A⏎“ sagt X``); -1 when that mark opens a quote, or there is none near.
    Bounded look-ahead: the scan stays linear."""
    if frame.family != "d" or frame.paragraphs >= MAX_CARRIED:
        return -1
    m = _DOUBLE_MARK.search(text, start, min(len(text), start + MAX_CARRY_CHARS))
    if m is None or text.count("\n\n", start, m.start()) + frame.paragraphs >= MAX_CARRIED:
        return -1
    i = m.start()
    prev = text[i - 1] if i > 0 else "\n"
    nxt = text[i + 1] if i + 1 < len(text) else "\n"
    return i if _role(text[i], prev, nxt, frame) == "close" else -1


def _shares_close(text: str, frame: _Frame, para_end: int) -> bool:
    """Whether a double quote left open at the end of its paragraph holds a quote whose closing mark is the
    paragraph's last character: Russian and French write «…«…»» with one mark for both."""
    if frame.family != "d" or not frame.children:
        return False
    inner = frame.children[-1]
    return inner.close_mark in '»”"' and not text[inner.end : para_end].strip(" \t\r\n\u00a0.")


def _span(text: str, frame: _Frame, close: int) -> QuoteSpan:
    pieces = []
    begin = frame.pos + 1
    if text[frame.pos] in "‘'" and text[begin : begin + 1] == text[frame.pos]:
        begin += 1  # ‘‘ typed for “
    for mark in frame.resumed:
        pieces.append(text[begin:mark])
        begin = mark + 1
    pieces.append(text[begin:close])
    body = "".join(pieces).strip(" \t\r\n\u00a0\u2009\u202f")
    return QuoteSpan(
        start=frame.pos,
        end=close + 1,
        text=body,
        body_start=frame.pos + 1,
        body_end=close,
        paragraphs=frame.paragraphs,
        close_mark=text[close],
    )


# A paragraph that opens with a dash, then a capital, a digit or a mark (lower case is checked apart): the dialogue dash of Polish, Russian,
# Ukrainian (and Spanish) wire copy ("- To był atak - powiedział Pieskow.", "— Это теракт, — сказал он."). A hyphen
# takes a space after it.
_DASH_OPEN = re.compile(r"(?m)^[ \t\u00a0]*(?P<dash>-[ \t\u00a0]+|[—–][ \t\u00a0]*)(?=[^\W\d_]|\d|[\"“„«])")
# The dash that may end such a quote: an en or em dash ("…, — сказал"; Spanish "…—dijo"), a hyphen spaced on both
# sides. The words after it are read by the caller; the spaces and the comma before it are not the quote's.
_DASH_CLOSE = re.compile(r"[—–]|(?<=[ \t\u00a0])-(?=[ \t\u00a0])")
# Where the language closes such a quote with a comma alone ("– Vi anser dette som et terrorangrep, sier Peskov.":
# Scandinavian and Finnish dialogue), the comma a speech verb follows ends it too.
_DASH_OR_COMMA_CLOSE = re.compile(r"[—–]|(?<=[ \t\u00a0])-(?=[ \t\u00a0])|,(?=[ \t\u00a0])")
_DASH_SPACE = " \t\u00a0"
MAX_DASH_GAP = 4  # spaces (and a comma) looked past on either side of a closing dash
# After the attribution's sentence, a dash that opens the quote's next part on the same line ("… - powiedział
# rzecznik. - Wiemy, kto za tym stoi.").
_DASH_RESUME = re.compile(r"[.!?…][ \t\u00a0]+(?P<dash>[—–][ \t\u00a0]*|-[ \t\u00a0]+)(?=[^\W\d_]|\d|[\"“„«])")
_CUE_WORD = re.compile(r"[^\W\d_][\w-]*")
DASH_CUE_WORDS = 2  # the words after the closing dash that may hold the speech verb
MAX_DASH_PARTS = 4  # parts of one dash-led paragraph read as quotes (bounded)


def dash_led(
    text: str, cue: Callable[[list[str]], bool], comma_close: bool = False, after_sentence: bool = False
) -> list[QuoteSpan]:
    """Quotes that open a paragraph with a dash instead of a mark and end at a second dash after which
    ``cue`` finds a speech verb among the first words ("powiedział Pieskow", "сказал он"): the dialogue dash
    of wire copy. The span runs from the opening dash to the end of the quoted words (without the comma or the
    closing dash), so the attribution reads what follows as after a closing mark. Once so attributed, a dash after
    the attribution's sentence opens the quote's next part, to the line's end or the next such dash. A list item
    or a headline whose dashes no speech verb follows is no quote. With ``comma_close``, a comma a speech verb
    follows closes the quote as a dash does ("– …, sier han"). With ``after_sentence``, a dash after a sentence's
    end inside the paragraph opens a quote as the paragraph's first does, when a closing dash and a speech verb
    follow on its line ("… nie ucierpiał. – Prezydent pracuje – przekazał Pieskow."). Each line is read once, left
    to right."""
    found: list[QuoteSpan] = []
    done = 0  # where the quotes read so far (or a line no closing dash ends) stop: no opening before it is read
    for dash, begin, line_end in _dash_openings(text, after_sentence):
        if dash < done:
            continue
        attributed = False
        done = line_end  # no closing dash after this opening: none after a later one of its line either
        for _ in range(MAX_DASH_PARTS):
            if text[begin].islower():
                break  # a dash, then lower case: a list item's words, not a quote's first
            close = _closing_dash(text, begin, line_end, cue, comma_close)
            if close is None and not attributed:
                break
            done = line_end if close is None else close[1]
            body_end = line_end if close is None else close[0]
            body = text[begin:body_end].strip(" \t\u00a0")
            if not body:
                break
            body_end = begin + len(text[begin:body_end].rstrip(" \t\u00a0"))
            found.append(QuoteSpan(start=dash, end=body_end, text=body, body_start=begin, body_end=body_end))
            if close is None:
                break
            attributed = True
            resume = _DASH_RESUME.search(text, close[1], line_end)
            if resume is None:
                break
            dash, begin = resume.start("dash"), resume.end()
            done = dash
    return found


def _dash_openings(text: str, after_sentence: bool) -> list[tuple[int, int, int]]:
    """The dashes that may open a dialogue quote, in text order: each paragraph's first, and with
    ``after_sentence`` each dash after a sentence's end inside a line; as (the dash, the quote's first word, the
    line's end)."""
    found = [(m.start("dash"), m.end()) for m in _DASH_OPEN.finditer(text)]
    if after_sentence:
        found += [(m.start("dash"), m.end()) for m in _DASH_RESUME.finditer(text)]
    out = []
    line_end = -1
    for dash, begin in sorted(found):
        if begin > line_end:  # the line's end is looked up once per line, not once per dash on it
            line_end = text.find("\n", begin)
            line_end = len(text) if line_end < 0 else line_end
        out.append((dash, begin, line_end))
    return out


def _closing_dash(
    text: str, begin: int, line_end: int, cue: Callable[[list[str]], bool], comma_close: bool = False
) -> tuple[int, int] | None:
    """The first dash of the line after ``begin`` (or comma, with ``comma_close``) that a speech verb follows: where
    the quote's words end (before the spaces and the comma) and where the attribution's begin; None when there is
    none."""
    for m in (_DASH_OR_COMMA_CLOSE if comma_close else _DASH_CLOSE).finditer(text, begin, line_end):
        after = m.end()
        while after < line_end and after - m.end() < MAX_DASH_GAP and text[after] in _DASH_SPACE:
            after += 1
        if not _cued(text, after, line_end, cue):
            continue
        left = m.start()
        while left > begin and m.start() - left < MAX_DASH_GAP and text[left - 1] in _DASH_SPACE + ",":
            left -= 1
        return left, after
    return None


def _cued(text: str, pos: int, line_end: int, cue: Callable[[list[str]], bool]) -> bool:
    """Whether the first words after a dash, the first in lower case, are a speech verb's (``cue``)."""
    if not text[pos : pos + 1].islower():
        return False
    words = [
        m.group(0) for m in itertools.islice(_CUE_WORD.finditer(text, pos, min(line_end, pos + 80)), DASH_CUE_WORDS)
    ]
    return cue(words)


def merge(spans: list[QuoteSpan], led: list[QuoteSpan]) -> list[QuoteSpan]:
    """The quotes between marks and the dash-led ones in text order. A marked quote inside a dash-led one is part of
    its text; a dash-led one whose words are one marked quote, or that a marked quote runs into or out of, is dropped.
    One sweep over both (dash-led quotes never overlap one another): linear but for the sorting."""
    if not led:
        return spans
    spans = sorted(spans, key=lambda s: s.start)
    starts = [s.start for s in spans]
    reach = list(itertools.accumulate((s.end for s in spans), max))  # the furthest end of the spans so far
    kept: list[QuoteSpan] = []
    inside: set[int] = set()
    for d in led:
        a, b = bisect_left(starts, d.start), bisect_left(starts, d.end)
        if a and reach[a - 1] > d.start:
            continue  # a marked quote opened before the dash runs into it
        if any(spans[n].end > d.end or spans[n].start == d.body_start for n in range(a, b)):
            continue
        kept.append(d)
        inside.update(range(a, b))
    out = [s for n, s in enumerate(spans) if n not in inside]
    return sorted([*out, *kept], key=lambda s: s.start)
