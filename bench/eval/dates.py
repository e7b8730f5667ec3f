"""Dates in running news text (MEANTIME, TIMEX3 gold) and relative phrases (dateparser's own tests).

**MEANTIME** (Wikinews, English): each article goes in as a user's JSON file would
(``input_json``: text and ``published_at``) through fetch's reader, clean and date-parse.
The product's mentions carry offsets into the *cleaned* text; they are mapped back to the
input text by aligning the two strings (``difflib``, character blocks): clean cuts the
headline and the dateline line and repairs whitespace, but keeps the body's characters.

What is scored:

* **full-day dates in the body**: gold TIMEX3 of type DATE whose value is a day
  (``YYYY-MM-DD``). Recall: such a gold mention overlapped by a system mention with the
  same day. Precision: a system mention naming one day (granularity ``day``) is right when
  it overlaps a gold DATE of that day, wrong when it overlaps no gold DATE or one with
  another value. A day mention over a gold TIME of the same day ("Thursday night") is left
  out of precision (right day, finer gold type).
* only what MEANTIME annotates is scored: its headline, dateline and the first four
  sentences of the body (the gold stops there; see :func:`annotated_body`), and of that,
  the headline and the dateline line are left out, for every system: the product keeps
  the headline as the title, and cuts a dateline that is only a date as a publication
  stamp (it becomes ``published_at`` when the input has none). The dateline is scored
  apart: **dateline -> publication day**, the article given as plain text (``input_txt``,
  no ``published_at``), is the product's publication day the dateline's value?
* **months, weeks, years**: gold DATE values ``YYYY-MM``, ``YYYY-Www``, ``YYYY`` against
  system mentions of that granularity, the same way (ranges such as "earlier this week"
  are not scored: the gold has no value for them).

Peers, over the same input text with the creation date as the reference:
``dateparser.search.search_dates`` (granularity from dateparser's own ``period`` of each
match), and spaCy's DATE entities each parsed by dateparser (the way
``../shared/notes/nlp-and-containers.md`` describes).

**dateparser_relative** (650 phrases, 107 languages, reference 2014-09-01 10:30): each
phrase is given to the product's date finder as a tiny text published that day, in the
phrase's language (``find_dates``: language detection on three words is noise). The
phrase is right when the product's longest mention names the expected day: a day mention
that day, or a week/month/year mention containing it no longer than the phrase's period.
English phrases without a relative marker ("1 decade", "15 hr") are left out, as
SOURCE.md says; the other languages are scored whole, bare durations included. The peer
is dateparser itself: these are its own tests, so it is expected to win.
"""

from __future__ import annotations

import difflib
import json
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import Any

from bench.eval import corpora
from bench.eval.report import PRODUCT, Row
from bench.eval.systems import product
from wirestream.services.enrich.written_dates.expressions import find_dates

_DAY = re.compile(r"\d{4}-\d\d-\d\d")
_COARSE = re.compile(r"\d{4}(?:-\d\d|-W\d\d)?")
CLAIMED = ("ru", "uk", "de", "fr", "es", "pt", "it", "pl", "tr", "id", "zh")


@dataclass(frozen=True)
class Found:
    """A system's date mention in the input text's offsets, with the value it gives."""

    start: int
    end: int
    text: str
    granularity: str  # day, week, month, year, range
    value: str  # YYYY-MM-DD for a day, YYYY-MM / YYYY-Www / YYYY for the others


def _value(day: date, granularity: str) -> str:
    if granularity == "month":
        return day.strftime("%Y-%m")
    if granularity == "year":
        return f"{day.year:04d}"
    if granularity == "week":
        year, week, _ = day.isocalendar()
        return f"{year:04d}-W{week:02d}"
    return day.isoformat()


# --- the systems on a MEANTIME article -----------------------------------------------------------


def _offset_map(cleaned: str, original: str) -> list[int | None]:
    """For each character of ``cleaned``, its position in ``original`` (None where clean changed it)."""
    where: list[int | None] = [None] * (len(cleaned) + 1)
    matcher = difflib.SequenceMatcher(None, original, cleaned, autojunk=False)
    for a, b, size in matcher.get_matching_blocks():
        for k in range(size):
            where[b + k] = a + k
    where[len(cleaned)] = len(original)
    return where


def _to_original(where: list[int | None], start: int, end: int) -> tuple[int, int] | None:
    first = next((where[i] for i in range(start, end) if where[i] is not None), None)
    last = next((where[i] for i in range(end - 1, start - 1, -1) if where[i] is not None), None)
    return (first, last + 1) if first is not None and last is not None else None


def product_mentions(content: str, original: str, name: str) -> list[Found]:
    article = product(content, name)
    if article is None:
        return []
    where = _offset_map(article.text, original)
    found = []
    for m in article.dates:
        span = _to_original(where, m.offset, m.offset + len(m.text))
        if span is None:
            continue
        granularity = "day" if m.granularity == "day" and m.start == m.end else m.granularity
        found.append(Found(span[0], span[1], m.text, granularity, _value(m.start, granularity)))
    return found


def _locate(text: str, pieces: Iterable[tuple[str, Any]]) -> Iterable[tuple[int, int, str, Any]]:
    """Offsets of substrings a peer returns in text order (it gives no offsets itself)."""
    at = 0
    for piece, payload in pieces:
        i = text.find(piece, at)
        if i < 0:
            i = text.find(piece)
        if i < 0:
            continue
        at = i + len(piece)
        yield i, i + len(piece), piece, payload


def _period(phrase: str, base: datetime) -> str:
    from dateparser.date import DateDataParser

    data = DateDataParser(languages=["en"], settings={"RELATIVE_BASE": base}).get_date_data(phrase)
    return {"time": "day"}.get(data.period or "day", data.period or "day") if data else "day"


def dateparser_mentions(text: str, pub: date) -> list[Found]:
    from dateparser.search import search_dates

    base = datetime(pub.year, pub.month, pub.day, 12)
    try:
        hits = search_dates(text, languages=["en"], settings={"RELATIVE_BASE": base}) or []
    except Exception:  # a crash is a miss
        return []
    found = []
    for start, end, piece, moment in _locate(text, hits):
        granularity = _period(piece, base)
        found.append(Found(start, end, piece, granularity, _value(moment.date(), granularity)))
    return found


@cache
def _spacy() -> Any:
    import spacy

    from wirestream.services.enrich.entities.settings import EntitySettings

    return spacy.load(EntitySettings().spacy_model, exclude=["lemmatizer"])


def spacy_dateparser_mentions(text: str, pub: date) -> list[Found]:
    from dateparser.date import DateDataParser

    base = datetime(pub.year, pub.month, pub.day, 12)
    parser = DateDataParser(languages=["en"], settings={"RELATIVE_BASE": base})
    found = []
    for ent in _spacy()(text).ents:
        if ent.label_ != "DATE":
            continue
        data = parser.get_date_data(ent.text)
        if not data or data.date_obj is None:
            continue
        granularity = {"time": "day"}.get(data.period or "day", data.period or "day")
        found.append(
            Found(ent.start_char, ent.end_char, ent.text, granularity, _value(data.date_obj.date(), granularity))
        )
    return found


# --- scoring ---------------------------------------------------------------------------------------


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    gold: int = 0
    hit: int = 0

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.hit / self.gold if self.gold else None


def _overlaps(a: Found | dict[str, Any], start: int, end: int) -> bool:
    s, e = (a.start, a.end) if isinstance(a, Found) else (a["start"], a["end"])
    return s < end and start < e


def _kind(gold: dict[str, Any]) -> str | None:
    """day, coarse (month/week/year) or None (not a calendar value) for a gold DATE."""
    if gold["type"] != "DATE":
        return None
    if _DAY.fullmatch(gold["value"]):
        return "day"
    return "coarse" if _COARSE.fullmatch(gold["value"]) else None


_SENTENCE_END = re.compile(r"(?<=[.!?])[”\"']?\s+(?=[“\"A-Z0-9])")
_ABBREVIATION = re.compile(
    r"(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|St|Inc|Corp|Co|Ltd|Jr|Sr|Gen|Gov|Sen|Rep|No|vs|U\.S|U\.K|a\.m|p\.m))\.$"
)
ANNOTATED_SENTENCES = 4  # body sentences MEANTIME annotates (upstream sentences 2-5)


def annotated_body(text: str) -> tuple[int, int]:
    """The part of the body MEANTIME annotates: after the headline and dateline, four sentences.

    MEANTIME annotates only the first six sentences of an article (headline, dateline and
    four more); gold past them does not exist, so no system is scored there. The sentence
    ends are found again here (upstream's tokenisation is not in the manifest); on the
    development split every gold mention falls inside, about 20 characters from the end.
    """
    first = text.find("\n\n")
    second = text.find("\n\n", first + 2) if first >= 0 else -1
    start = second + 2 if second >= 0 else 0
    ends = [
        m.start()
        for m in _SENTENCE_END.finditer(text, start)
        if not _ABBREVIATION.search(text[max(start, m.start() - 6) : m.start()])
    ]
    ends.append(len(text))
    return start, ends[min(ANNOTATED_SENTENCES, len(ends)) - 1]


def score_article(
    found: list[Found],
    golds: list[dict[str, Any]],
    body: tuple[int, int],
    day: Counts,
    coarse: Counts,
    misses: list[str],
) -> None:
    golds = [g for g in golds if body[0] <= g["start"] < body[1]]
    found = [f for f in found if body[0] <= f.start < body[1]]
    day_gold = [g for g in golds if _kind(g) == "day"]
    coarse_gold = [g for g in golds if _kind(g) == "coarse"]
    day.gold += len(day_gold)
    coarse.gold += len(coarse_gold)
    for want, counts, is_mine in (
        (day_gold, day, lambda f: f.granularity == "day"),
        (coarse_gold, coarse, lambda f: f.granularity in ("week", "month", "year")),
    ):
        matched: set[int] = set()
        for f in filter(is_mine, found):
            over = [g for g in golds if _overlaps(g, f.start, f.end)]
            same = [i for i, g in enumerate(want) if _overlaps(g, f.start, f.end) and g["value"] == f.value]
            if same:
                counts.tp += 1
                matched.update(same)
            elif f.granularity == "day" and any(g["type"] == "TIME" and g["value"][:10] == f.value for g in over):
                continue  # right day over a finer gold TIME: neither right nor wrong here
            else:
                counts.fp += 1
                gold_here = ", ".join(f"{g['text']!r}={g['value']}" for g in over) or "no gold"
                misses.append(f"wrong   {f.text!r} -> {f.value} ({gold_here})")
        counts.hit += len(matched)
        for i, g in enumerate(want):
            if i not in matched:
                misses.append(f"missed  {g['text']!r} = {g['value']}")


MeantimeSystem = Callable[[dict[str, Any], str, str], list[Found]]


def _meantime_systems() -> dict[str, MeantimeSystem]:
    def pub(case: dict[str, Any]) -> date:
        return date.fromisoformat(case["published"])

    return {
        PRODUCT: lambda case, content, text: product_mentions(content, text, f"{case['id']}.json"),
        "dateparser search_dates": lambda case, content, text: dateparser_mentions(text, pub(case)),
        "spaCy DATE + dateparser": lambda case, content, text: spacy_dateparser_mentions(text, pub(case)),
    }


def run_meantime(verbose: bool = False, limit: int | None = None) -> list[Row]:
    cases = corpora.cases("meantime_en")[:limit]
    day: dict[str, Counts] = defaultdict(Counts)
    coarse: dict[str, Counts] = defaultdict(Counts)
    for case in cases:
        content = corpora.raw("meantime_en", case, "input_json").decode("utf-8")
        text = json.loads(content)["text"]
        body = annotated_body(text)
        for name, system in _meantime_systems().items():
            misses: list[str] = []
            score_article(system(case, content, text), case["date_mentions"], body, day[name], coarse[name], misses)
            if verbose and name == PRODUCT and misses:
                print(f"    meantime {case['id']} (published {case['published']}):")
                for miss in misses:
                    print(f"      {miss}")
    # The dateline as the publication date, the article given as plain text (no published_at).
    datelines = 0
    for case in cases:
        article = product(*corpora.dropped("meantime_en", case))
        got = article.published_at.value.isoformat() if article and article.published_at else None
        datelines += got == case["published"]
        if verbose and got != case["published"]:
            print(f"    meantime {case['id']} as text: publication day {got}, dateline says {case['published']}")
    label = f"MEANTIME en ({len(cases)} articles)"
    n_day, n_coarse = day[PRODUCT].gold, coarse[PRODUCT].gold
    return [
        Row(label, f"full-day dates recall ({n_day})", {n: c.recall for n, c in day.items()}),
        Row(label, "full-day dates precision", {n: c.precision for n, c in day.items()}),
        Row(label, f"month/week/year recall ({n_coarse})", {n: c.recall for n, c in coarse.items()}),
        Row(label, "month/week/year precision", {n: c.precision for n, c in coarse.items()}),
        Row(label, "dateline -> publication day (text)", {PRODUCT: datelines / max(1, len(cases))}),
    ]


# --- dateparser's relative phrases -----------------------------------------------------------------

_MAX_SPAN = {"day": 0, "week": 6, "month": 30, "year": 365}


def product_says(phrase: str, lang: str, reference: date, want: date, period: str) -> bool:
    mentions = find_dates(phrase, reference, lang.split("-")[0].lower())
    if not mentions:
        return False
    best = max(mentions, key=lambda m: len(m.text))
    if best.start == best.end:
        return best.start == want
    return best.start <= want <= best.end and (best.end - best.start).days <= _MAX_SPAN.get(period, 0)


def dateparser_says(phrase: str, lang: str, reference: datetime, want: date) -> bool:
    import dateparser

    for languages in ([lang], None):
        try:
            got = dateparser.parse(phrase, languages=languages, settings={"RELATIVE_BASE": reference})
        except Exception:  # an unknown locale code: let dateparser detect the language
            continue
        return got is not None and got.date() == want
    return False


def run_relative(verbose: bool = False, limit: int | None = None) -> list[Row]:
    cases = corpora.cases("dateparser_relative")
    english = [c for c in cases if c["language"] == "en" and c.get("explicit_marker") is not False]
    claimed = {code: [c for c in cases if c["language"].split("-")[0] == code] for code in CLAIMED}
    others = [c for code in CLAIMED for c in claimed[code]]
    groups = [("English, phrases with a marker", english, True), ("11 other languages", others, False)]
    groups += [(code, claimed[code], True) for code in CLAIMED]
    rows = []
    for label, group, show in groups:
        group = group[:limit]
        ours = theirs = 0
        for case in group:
            reference = datetime.fromisoformat(case["reference_datetime"])
            want = date.fromisoformat(case["value"])
            hit = product_says(case["text"], case["language"], reference.date(), want, case["period"])
            ours += hit
            theirs += dateparser_says(case["text"], case["language"], reference, want)
            if verbose and show and not hit:
                mentions = find_dates(case["text"], reference.date(), case["language"].split("-")[0].lower())
                got = ", ".join(f"{m.text!r}={m.start}..{m.end}" for m in mentions) or "nothing"
                print(f"    relative {case['language']} {case['text']!r}: want {want}, got {got}")
        rows.append(
            Row(
                f"dateparser relative, {label} ({len(group)})",
                "right day",
                {PRODUCT: ours / max(1, len(group)), "dateparser": theirs / max(1, len(group))},
            )
        )
    return rows


def run(verbose: bool = False, limit: int | None = None) -> list[Row]:
    return run_meantime(verbose, limit) + run_relative(verbose, limit)
