"""Score the pipeline's stages on the labelled development set (``make eval``).

Each article under ``articles/`` has a label file of the same name under
``labels/`` (TOML, described in ``README.md``). The stages run in process, in
order, exactly as the workers run them (fetch's reader, clean, date-parse), with
no Redis (then entity-enrich, with its model, registry and gazetteer), and every
labelled field is scored:

* ``boilerplate``: a labelled boilerplate line counts as found when it is gone
  from the cleaned text; a body sentence missing from the cleaned text counts
  against precision (something was cut that should not have been).
* ``body``: the share of body sentences kept (recall only).
* ``repeated``: text printed twice in the input (a lede, a headline) that must
  appear exactly once.
* ``title``, ``published``, ``language``: exact values.
* ``dates``: every date expression with its calendar value; a found date that no
  label names is a false positive (an invented date). ``dates (relative)`` and
  ``dates (explicit)`` split the same scores by whether the label has a year.

* ``incident``: the relevance decision against the label (precision, recall; F1
  is printed under the table).
* ``people``, ``places`` (articles labelled with them): canonical names of the
  PERSON entities, and of the GPE/LOC/FAC ones; ``places (geocoded)``: labelled
  places found with coordinates.
* ``quote speakers``: each labelled quote (by its opening words) found with the
  right speaker ("" for an unnamed one).

Run ``python -m tests.devset.evaluate [-v] [NAME...]``; ``-v`` lists each miss.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tomllib
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import cache
from pathlib import Path
from typing import Any

import lxml.html

from wirestream.contracts import SEED_HEADER, DatedArticle, EnrichedArticle
from wirestream.services.enrich.clean.logic import clean
from wirestream.services.enrich.dates.logic import date_parse
from wirestream.services.enrich.entities.logic import Toolkit, enrich
from wirestream.services.ingest.fetch.formats import read_article

ROOT = Path(__file__).parent
ARTICLES = ROOT / "articles"
LABELS = ROOT / "labels"

_WS = re.compile(r"\s+")
_SENTENCES = re.compile(r"(?<=[.!?])[\"”’»]?\s+|(?<=[。！？])")
_MD = re.compile(r"!?\[([^\]]*)\]\([^)]*\)|\*\*|__|(?<!\w)[*_]|(?<=\S)[*_](?!\w)|^#+\s*", re.M)


def norm(text: str) -> str:
    return _WS.sub(" ", unicodedata.normalize("NFC", text)).strip()


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None


@dataclass
class Case:
    name: str
    path: Path
    labels: dict[str, Any]


@dataclass
class Report:
    scores: dict[str, Score] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)

    def add(self, key: str, *, tp: int = 0, fp: int = 0, fn: int = 0) -> None:
        score = self.scores.setdefault(key, Score())
        score.tp += tp
        score.fp += fp
        score.fn += fn

    def miss(self, case: Case, what: str) -> None:
        self.misses.append(f"{case.name}: {what}")


def load_cases(names: Iterable[str] = ()) -> list[Case]:
    wanted = set(names)
    cases = []
    for path in sorted(ARTICLES.iterdir()):
        if wanted and path.stem not in wanted and path.name not in wanted:
            continue
        labels = tomllib.loads((LABELS / f"{path.stem}.toml").read_text(encoding="utf-8"))
        cases.append(Case(path.stem, path, labels))
    return cases


def run(case: Case) -> DatedArticle:
    """The article as the date-parse stage publishes it."""
    raw = case.path.read_bytes()
    fetched = read_article(raw, name=case.path.name, uri=case.path.as_uri(), received_at=datetime.now(UTC))
    return date_parse(clean(fetched))


@cache
def toolkit() -> Toolkit:
    from wirestream.services.enrich.entities.settings import EntitySettings
    from wirestream.services.enrich.entities.worker import load_toolkit

    return load_toolkit(EntitySettings().spacy_model, None, None)


def _names(found: set[str], wanted: list[str], key: str, case: Case, report: Report) -> None:
    """Score a set of names against labels, where a label may offer alternatives ("A|B")."""
    left = set(found)
    for label in wanted:
        options = {o.casefold() for o in label.split("|")}
        hit = next((f for f in left if f.casefold() in options), None)
        if hit is None:
            report.add(key, fn=1)
            report.miss(case, f"{key}: missed {label!r}")
        else:
            left.discard(hit)
            report.add(key, tp=1)
    for extra in sorted(left):
        report.add(key, fp=1)
        report.miss(case, f"{key}: not in the labels {extra!r}")


def score_enrichment(case: Case, article: EnrichedArticle, report: Report) -> None:
    labels = case.labels
    if "incident" in labels and article.incident is not None:
        want, got = bool(labels["incident"]), article.incident.relevant
        report.add("incident", tp=int(want and got), fp=int(got and not want), fn=int(want and not got))
        if want != got:
            report.miss(case, f"incident relevant={got} (score {article.incident.score}), expected {want}")
    if "people" in labels:
        people = {e.name for e in article.entities if e.label == "PERSON"}
        _names(people, labels["people"], "people", case, report)
    if "places" in labels:
        places = [e for e in article.entities if e.label in ("GPE", "LOC", "FAC")]
        _names({e.name for e in places}, labels["places"], "places", case, report)
        geocoded = {e.name.casefold() for e in places if e.geo}
        for label in labels["places"]:
            ok = any(o.casefold() in geocoded for o in label.split("|"))
            report.add("places (geocoded)", tp=int(ok), fn=int(not ok))
    for label in labels.get("quotes", []):
        quote = next((q for q in article.quotes if q.text.startswith(label["starts"])), None)
        speaker = (quote.speaker or "") if quote else None
        ok = speaker is not None and speaker.casefold() == label["speaker"].casefold()
        report.add("quote speakers", tp=int(ok), fn=int(not ok))
        if not ok:
            what = "not found" if quote is None else f"attributed to {speaker!r}"
            report.miss(case, f"quote {label['starts']!r} {what}, expected {label['speaker']!r}")


def source_lines(case: Case) -> list[str]:
    """The input's text, line by line, as a reader sees it (markup gone)."""
    raw = case.path.read_text(encoding="utf-8")
    suffix = case.path.suffix
    if suffix == ".html":
        doc = lxml.html.fromstring(raw)
        return [p.text_content() for p in doc.iter("p")]
    if suffix == ".json":
        raw = json.loads(raw)["text"]
    if suffix == ".md":
        raw = _MD.sub(lambda m: m.group(1) or "", raw)
    header = SEED_HEADER.match(raw)
    if header:
        raw = raw[header.end() :]
    return raw.splitlines()


def body_sentences(case: Case) -> list[str]:
    """What must survive cleaning: every sentence of the input that no label calls boilerplate."""
    labels = case.labels
    if "body" in labels:
        return [norm(s) for s in labels["body"]]
    boilerplate = [norm(b) for b in labels.get("boilerplate", [])]
    title = norm(labels.get("title", ""))
    sentences: list[str] = []
    for line in source_lines(case):
        line = norm(line)
        if not line or line == title or line in boilerplate:
            continue
        for item in boilerplate:
            if len(item.split()) >= 5 or len(item) >= 20:
                line = line.replace(item, " ")
        for sentence in _SENTENCES.split(line):
            sentence = norm(sentence)
            if len(sentence) > 3 and sentence not in boilerplate:
                sentences.append(sentence)
    return sentences


def still_there(item: str, text: str, lines: set[str]) -> bool:
    """A short item (a word or two: "Share") only counts when it is a whole line."""
    return item in lines or ((len(item.split()) >= 5 or len(item) >= 20) and item in text)


def _label_span(label: dict[str, Any]) -> tuple[date, date]:
    if "date" in label:
        day = date.fromisoformat(label["date"])
        return day, day
    return date.fromisoformat(label["start"]), date.fromisoformat(label["end"])


def score_dates(case: Case, article: DatedArticle, report: Report) -> None:
    found = list(article.dates)
    used: set[int] = set()
    for label in case.labels.get("dates", []):
        kind = "dates (explicit)" if re.search(r"\d{4}", label["text"]) else "dates (relative)"
        want = _label_span(label)
        text = label["text"].casefold()
        hit = next(
            (
                i
                for i, mention in enumerate(found)
                if i not in used and (text in mention.text.casefold() or mention.text.casefold() in text)
            ),
            None,
        )
        if hit is not None and (found[hit].start, found[hit].end) == want:
            used.add(hit)
            report.add("dates", tp=1)
            report.add(kind, tp=1)
            continue
        report.add("dates", fn=1)
        report.add(kind, fn=1)
        if hit is None:
            report.miss(case, f"date not found: {label['text']!r} -> {want[0]}..{want[1]}")
        else:
            used.add(hit)
            got = found[hit]
            report.add("dates", fp=1)
            report.add(kind, fp=1)
            report.miss(case, f"date wrong: {label['text']!r} -> {got.start}..{got.end}, expected {want[0]}..{want[1]}")
    for i, mention in enumerate(found):
        if i not in used:
            report.add("dates", fp=1)
            report.miss(case, f"date not in the labels (invented?): {mention.text!r} -> {mention.start}..{mention.end}")


def score_case(case: Case, report: Report) -> None:
    labels = case.labels
    try:
        article = run(case)
    except Exception as exc:  # an article the pipeline refuses scores zero everywhere
        report.miss(case, f"pipeline refused it: {exc}")
        report.add("body", fn=len(body_sentences(case)))
        return
    score_enrichment(case, enrich(article, toolkit()), report)
    text = norm(article.text)
    lines = {norm(line) for line in article.text.splitlines()}

    for item in map(norm, labels.get("boilerplate", [])):
        if still_there(item, text, lines):
            report.add("boilerplate", fn=1)
            report.miss(case, f"boilerplate kept: {item!r}")
        else:
            report.add("boilerplate", tp=1)
    for sentence in body_sentences(case):
        if sentence in text:
            report.add("body", tp=1)
        else:
            report.add("body", fn=1)
            report.add("boilerplate", fp=1)
            report.miss(case, f"body sentence lost: {sentence!r}")
    for item in map(norm, labels.get("repeated", [])):
        count = text.count(item)
        report.add("repeated", tp=int(count == 1), fn=int(count != 1))
        if count != 1:
            report.miss(case, f"repeated text appears {count} times: {item!r}")

    title = norm(labels.get("title", ""))
    claimed = article.title if article.title_source != "first-sentence" else None
    if claimed is not None and norm(claimed) == title:
        report.add("title", tp=1)
    else:
        report.add("title", fp=int(claimed is not None), fn=int(bool(title)))
        if claimed is not None or title:
            report.miss(case, f"title {claimed!r} ({article.title_source}), expected {title!r}")

    want_pub = labels.get("published")
    got_pub = article.published_at.value.isoformat() if article.published_at else None
    if got_pub is not None and got_pub == want_pub:
        report.add("published", tp=1)
    else:
        report.add("published", fp=int(got_pub is not None), fn=int(want_pub is not None))
        if got_pub or want_pub:
            source = article.published_at.source if article.published_at else None
            report.miss(case, f"published {got_pub} ({source}), expected {want_pub}")

    if "language" in labels:
        ok = article.language == labels["language"]
        report.add("language", tp=int(ok), fp=int(not ok), fn=int(not ok))
        if not ok:
            report.miss(case, f"language {article.language!r}, expected {labels['language']!r}")

    score_dates(case, article, report)


def evaluate(cases: list[Case]) -> Report:
    report = Report()
    for case in cases:
        score_case(case, report)
    return report


def _pct(value: float | None) -> str:
    return "     -" if value is None else f"{100 * value:5.1f}%"


def render(report: Report, articles: int) -> str:
    rows = [f"development set: {articles} articles", f"{'field':<18} {'precision':>9} {'recall':>7}   tp  fp  fn"]
    for key, s in report.scores.items():
        rows.append(f"{key:<18} {_pct(s.precision):>9} {_pct(s.recall):>7} {s.tp:4d}{s.fp:4d}{s.fn:4d}")
    incident = report.scores.get("incident")
    if incident and incident.precision is not None and incident.recall is not None:
        p, r = incident.precision, incident.recall
        rows.append(f"incident F1: {2 * p * r / (p + r) if p + r else 0:.3f}")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("names", nargs="*", help="only these articles (file stem)")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    args = parser.parse_args(argv)
    cases = load_cases(args.names)
    report = evaluate(cases)
    print(render(report, len(cases)))
    if args.verbose and report.misses:
        print("\n" + "\n".join(report.misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
