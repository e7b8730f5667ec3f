"""Adversarial strings: inputs that make a pattern backtrack or a loop go quadratic.

Each family is a function of ``n`` returning a string of about ``n`` characters (never
more), so the same family can be measured at 50,000 and at 500,000 characters and the
ratio of the two times read as the growth (linear: about 10).

The families are grouped by what they attack:

* ``run:*`` long runs of one character (spaces, dots, brackets, quote marks, CJK, ...);
* ``kw:*`` a keyword a rule anchors on, followed by a run (``"loading" + "."*n``);
* ``unclosed:*`` / ``nested:*`` brackets and quote marks that never close, or nest deep;
* ``near:*`` alternations that almost match, repeated (``"2023-05-03 " * k``);
* ``lines:*`` / ``paras:*`` many short lines or paragraphs, one very long line,
  near-duplicate paragraphs;
* ``md:*`` Markdown markup that never closes; ``html:*`` hostile HTML (a page is allowed
  ten times more characters than a text);
* ``script:*`` mixed scripts, lone surrogates, control and combining characters.

Every string is synthetic (no article text), made of a repeated unit, so a reproducer is
a one-liner: ``FAMILIES[name](n)``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

TEXT_CAP = 500_000  # WIRESTREAM_MAX_ARTICLE_CHARS
HTML_CAP = 5_000_000  # WIRESTREAM_MAX_HTML_CHARS


def fill(unit: str, n: int, prefix: str = "", suffix: str = "") -> str:
    """``prefix`` + ``unit`` repeated + ``suffix``, at most ``n`` characters (the repeats shrink to fit)."""
    room = max(0, n - len(prefix) - len(suffix))
    return prefix + unit * (room // len(unit)) + suffix


@dataclass(frozen=True)
class Family:
    name: str
    make: Callable[[int], str]
    kind: str  # "text" (any text function), "html" (a page), "markup" (Markdown)
    reproducer: str  # the same string as a Python expression of n, for reports

    def __call__(self, n: int) -> str:
        return self.make(n)


FAMILIES: dict[str, Family] = {}


def _family(name: str, kind: str, reproducer: str, make: Callable[[int], str]) -> None:
    assert name not in FAMILIES, name
    FAMILIES[name] = Family(name, make, kind, reproducer)


def _unit(name: str, unit: str, kind: str = "text", prefix: str = "", suffix: str = "") -> None:
    shown = f"{prefix!r} + " if prefix else ""
    tail = f" + {suffix!r}" if suffix else ""
    _family(
        name,
        kind,
        f"{shown}{unit!r} * (n // {len(unit)}){tail}",
        partial(fill, unit, prefix=prefix, suffix=suffix),
    )


# --- long runs of one character -------------------------------------------------------------
RUNS = {
    "space": " ",
    "dot": ".",
    "tab": "\t",
    "hash": "#",
    "lbracket": "[",
    "lparen": "(",
    "dquote": '"',
    "ldquo": "“",
    "rdquo": "”",
    "guillemet": "«",
    "low9": "„",
    "corner": "「",
    "lsquo": "‘",
    "rsquo": "’",
    "star": "*",
    "underscore": "_",
    "hyphen": "-",
    "emdash": "—",
    "pipe": "|",
    "colon": ":",
    "digit": "7",
    "cjk": "中",
    "letter": "a",
    "upper": "A",
    "newline": "\n",
    "cr": "\r",
    "nbsp": "\u00a0",
    "zwsp": "\u200b",
    "at": "@",
    "slash": "/",
    "lt": "<",
}
for _name, _char in RUNS.items():
    _unit(f"run:{_name}", _char)

# --- a keyword the rules anchor on, then a run --------------------------------------------------
_unit("kw:loading-dots", ".", prefix="loading")
_unit("kw:like-loading", ".", prefix="Like Loading")
_unit("kw:loading-dots-x", ".", prefix="loading", suffix="x")  # the run must fail at its end to backtrack
_unit("kw:like-loading-x", ".", prefix="Like Loading", suffix="x")
_unit("kw:md-heading-spaces", " ", prefix="# a", suffix="b")
_unit("kw:md-heading-hashes", "#", prefix="# a ", suffix=" b")
_unit("kw:photo-words", "a ", prefix="Photo: ")
_unit("kw:photo-colon", "Photo: a ")
_unit("kw:read-also-spaces", " ", prefix="Read also", suffix="x")
_unit("kw:share-spaces", " ", prefix="Share", suffix="x")
_unit("kw:by-names", "Anna ", prefix="By ")
_unit("kw:published-digits", "1 ", prefix="Published ")
_unit("kw:copyright-run", "©")
_unit("kw:social-dash", " ", prefix="— a (@b)", suffix="x")
_unit("kw:bracket-promo", "A ", prefix="[", suffix="x")
_unit("kw:caption-credit", "A/B", prefix="Photo ")
_unit("kw:agency-slash", "AP/ ")
_unit("kw:night-before", "в ночь на ")
_unit("kw:weekday-ru", "в среду ")
# One long word that holds an incident term's word at its end ("\w*shambuli\w*"): a term opening on \w* tried at each letter
_unit("kw:word-holding-term", "shambul", suffix="shambuli")

# --- unclosed and nested brackets and quote marks --------------------------------------------
for _name, _open in {
    "dquote": '"',
    "ldquo": "“",
    "guillemet": "«",
    "low9": "„",
    "corner": "「",
    "lsquo": "‘",
    "paren": "(",
    "bracket": "[",
}.items():
    _unit(f"unclosed:{_name}", "word ", prefix=_open)
    _unit(f"unclosed:{_name}-many", _open + "a b c d ")
_family("nested:parens", "text", "'(' * (n // 2) + ')' * (n // 2)", lambda n: "(" * (n // 2) + ")" * (n // 2))
_family("nested:brackets", "text", "'[' * (n // 2) + ']' * (n // 2)", lambda n: "[" * (n // 2) + "]" * (n // 2))
_family("nested:quotes", "text", "'«“' * (n // 4) + '”»' * (n // 4)", lambda n: "«“" * (n // 4) + "”»" * (n // 4))
_unit("unclosed:quote-said", "“a b c d e,” said ")
_unit("unclosed:quotes-bare", "“a b c d e.” ")  # closed quotes, none attributed, one endless paragraph
_unit("unclosed:quotes-bare-de", "„a b c d e.“ ", prefix="Vorwort.\n\n")  # the same, German, not the first paragraph
# a named speaker, a quote nobody is named for, a verb with its subject left out (Portuguese): each such quote asked
# whether an unattributed quote stood since the speaker's last event by scanning them all (round s22: quadratic)
_unit("unclosed:quotes-pro-drop", "Ana Souza disse: “a b c d e.” Depois, “d e f g h.” E afirmou: “g h i j k.” ")
# an institution's statements, one endless paragraph (German): each "der Kreml" after a quote looked back over the whole
# paragraph for a phrase singling its body out, and each read every candidate there (round s56: quadratic)
_unit("unclosed:statements-de", "„a b c d e.“, teilte der Kreml mit. „f g h i j.“, hieß es in der Mitteilung. ")

# --- alternations that almost match, repeated ----------------------------------------------------
_unit("near:iso-dates", "2023-05-03 ")
_unit("near:month-day-comma", "May 3, ")
_unit("near:day-month", "3 May ")
_unit("near:numeric-dates", "3.5.2023 ")
_unit("near:numeric-partial", "3.5.")
_unit("near:weekdays", "Tuesday ")
_unit("near:relative", "last week yesterday ")
_unit("near:said", "said ")
_unit("near:mr", "Mr. ")
_unit("near:cap-words", "Ab Cd ")
_unit("near:names-said", "Dmitry Peskov said ")
_unit("near:registry", "Kremlin ")
_unit("near:ru-dates", "3 мая 2023 года ")
_unit("near:de-dates", "Mittwochabend 3. Mai ")
_unit("near:zh-dates", "2023年5月3日星期三")
_unit("near:zh-partial", "5月")
_unit("near:drone-keywords", "drones attack terror ")
_family(
    "near:distinct-names",
    "text",
    "' '.join(f'Name{i:x} Surname{i:x}' for i in range(k)) (distinct people)",
    lambda n: _distinct(n, lambda i: f"Nam{_letters(i)} Sur{_letters(i)}, "),
)
_ZH_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹"
_ZH_GIVEN = "明华伟芳军强平刚杰磊洋勇艳娜敏静丽秀英涛超建文辉新国春东志海"
_family(  # round s22: each Chinese name was searched for in the whole text again, and each place compared with every name
    "near:zh-names",
    "text",
    "''.join(f'外长{name(i)}说，北京。' for i in range(k)) (distinct Chinese names, surname and one or two given characters)",
    lambda n: _distinct(
        n,
        lambda i: (
            f"外长{_ZH_SURNAMES[i % 30]}{_ZH_GIVEN[i // 30 % 30]}{_ZH_GIVEN[i // 900 % 30] if i >= 900 else ''}说，北京。"
        ),
    ),
)
_family(
    "near:distinct-words",
    "text",
    "' '.join(f'W{i:x}' for i in range(k)) (distinct capitalised words)",
    lambda n: _distinct(n, lambda i: f"Wor{_letters(i)} "),
)

_family(
    "near:people-and-names",
    "text",
    "distinct 'Nama Sura met Kina.' sentences (two-word people, one-word names)",
    lambda n: _distinct(n, lambda i: f"Nam{_letters(i)} Sur{_letters(i)} met Kin{_letters(i)}. "),
)

# --- lines and paragraphs ---------------------------------------------------------------------
_unit("paras:one-word", "word\n\n")
_unit("paras:short-sentences", "The drone fell near the wall.\n\n")
_unit("lines:short", "ab\n")
_unit("lines:crlf", "ab\r\n")
_unit("lines:blank-runs", "\n\n\n\nx")
_unit("lines:one-long", "word ")
_unit("lines:headline-like", "Drone Over Kremlin Wall\n")
_family(
    "paras:near-duplicates",
    "text",
    "distinct sentences of 12 words, each paragraph printed twice",
    lambda n: _distinct(
        n,
        lambda i: f"Officials in the city said drone number {_letters(i)} was seen over the river on Tuesday.\n\n" * 2,
    ),
)
_family(
    "paras:distinct",
    "text",
    "distinct paragraphs of 12 words",
    lambda n: _distinct(
        n, lambda i: f"Witness {_letters(i)} told reporters the drone flew low over the square at night.\n\n"
    ),
)

# --- Markdown ---------------------------------------------------------------------------------
_unit("md:double-star", "**a ", kind="markup")
_unit("md:star-word", "*a ", kind="markup")
_unit("md:underscores", "_a", kind="markup")
_unit("md:link-open", "[a](", kind="markup")
_unit("md:image-open", "![", kind="markup")
_unit("md:link-text", "[a]", kind="markup")
_unit("md:headings", "# a\n", kind="markup")
_unit("md:heading-trail", " #", prefix="## a", kind="markup")

# --- scripts and odd code points ----------------------------------------------------------------
_unit("script:mixed", "Кремль 中文 العربية Ελληνικά ")
_unit("script:lone-surrogates", "a\ud800")
_unit("script:controls", "a\x01\x1b\x7f")
_unit("script:combining", "\u0301", prefix="a")
_unit("script:rtl-marks", "\u202e\u200fa")
_unit("script:mojibake", "Ã©â€™")
_unit("script:emoji", "👍🏽 ")

# --- HTML (a page may be ten times longer than a text) ----------------------------------------------
_unit("html:nested-divs", "<div>", kind="html")
_unit("html:paragraphs", "<p>Word</p>\n", kind="html")
_unit("html:distinct-lines", "<li>a</li>", kind="html")
_family(
    "html:distinct-paragraphs",
    "html",
    "'<p>' + distinct short line + '</p>' repeated",
    lambda n: _distinct(n, lambda i: f"<p>Line {_letters(i)} of the page</p>\n", prefix="<html><body>"),
)
_unit("html:unclosed-p", "<p>a", kind="html")
_unit("html:open-comment", "a", prefix="<html><body><!--", kind="html")
_unit("html:attribute", 'a="', prefix="<div ", kind="html")
_unit("html:entities", "&amp;", prefix="<p>", kind="html")
_unit("html:brs", "<br>", prefix="<p>", kind="html")
_unit("html:table", "<table><tr><td>a", kind="html")
_unit("html:lt-run", "<", prefix="<p>", kind="html")
_unit("html:article-text", "The drone fell near the wall. ", prefix="<html><body><article><p>", kind="html")


def _letters(i: int) -> str:
    """A distinct lower-case word for each ``i`` (no digits: dates and counters stay out of it)."""
    out = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        out = chr(97 + r) + out
    return out


def _distinct(n: int, piece: Callable[[int], str], prefix: str = "") -> str:
    parts, size, i = [prefix], len(prefix), 0
    while True:
        p = piece(i)
        if size + len(p) > n:
            break
        parts.append(p)
        size += len(p)
        i += 1
    return "".join(parts)


def families(kinds: set[str] | None = None) -> list[Family]:
    """The families whose kind is in ``kinds`` (all when ``None``)."""
    return [f for f in FAMILIES.values() if kinds is None or f.kind in kinds]
