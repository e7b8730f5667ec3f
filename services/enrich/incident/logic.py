"""Is an article about the incident being followed? Pure functions.

An incident is defined in a TOML file (``definitions/``, or the files named in
``WIRESTREAM_INCIDENTS``): a time window, key entities by registry id, keywords in
several languages, a threshold. An article's score is the sum of the weights of
what it names, each doubled when it is in the headline or the lead (the first two
paragraphs): an article *about* the incident names it up front, one that mentions
it in passing (another drone strike, weeks later) does not. The article is
relevant when the score reaches the threshold, every core signal is in the
headline or lead, and its publication date (when known) is inside the window.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from wirestream.contracts import EnrichedArticle, IncidentMatch

DEFINITIONS = Path(__file__).with_name("definitions")


@dataclass(frozen=True)
class Signal:
    name: str  # "entity:<id>" or "keyword:<name>"
    weight: float
    core: bool
    pattern: re.Pattern[str] | None = None  # keywords only


@dataclass(frozen=True)
class Incident:
    id: str
    name: str
    start: date
    end: date
    threshold: float
    signals: tuple[Signal, ...]
    references: tuple[str, ...] = ()


class IncidentError(ValueError):
    pass


def load(path: Path) -> Incident:
    try:
        doc = tomllib.loads(path.read_text(encoding="utf-8"))
        signals = [
            Signal(f"entity:{e['id']}", float(e.get("weight", 1)), bool(e.get("core", False)))
            for e in doc.get("entity", [])
        ]
        for group in doc.get("keywords", []):
            terms = "|".join(f"(?:{t})" for t in group["terms"])
            signals.append(
                Signal(
                    f"keyword:{group['name']}",
                    float(group.get("weight", 1)),
                    bool(group.get("core", False)),
                    re.compile(rf"(?<!\w)(?:{terms})(?!\w)|(?:{terms})(?=[\u3400-\u9fff])", re.I),
                )
            )
        return Incident(
            id=str(doc["id"]),
            name=str(doc.get("name", doc["id"])),
            start=date.fromisoformat(str(doc["window"]["start"])),
            end=date.fromisoformat(str(doc["window"]["end"])),
            threshold=float(doc["threshold"]),
            signals=tuple(signals),
            references=tuple(doc.get("references", [])),
        )
    except (OSError, tomllib.TOMLDecodeError, KeyError, TypeError, ValueError, re.error) as exc:
        raise IncidentError(f"cannot read the incident definition {path}: {exc!r}") from exc


def load_all(setting: str | None = None) -> list[Incident]:
    """The packaged definitions, then any named in ``WIRESTREAM_INCIDENTS`` (same id replaces)."""
    paths = sorted(DEFINITIONS.glob("*.toml")) + [Path(p) for p in (setting or "").split(":") if p.strip()]
    by_id = {incident.id: incident for incident in map(load, paths)}
    return list(by_id.values())


def lead_of(article: EnrichedArticle) -> int:
    """Where the lead ends: after the second paragraph of the text."""
    paragraphs = article.text.split("\n\n")
    return len("\n\n".join(paragraphs[:2]))


def score(article: EnrichedArticle, incident: Incident) -> IncidentMatch:
    lead_end = lead_of(article)
    ids = {e.id: e for e in article.entities if e.id}
    total = 0.0
    matched: list[str] = []
    core_missing = False
    title = article.title or ""
    for signal in incident.signals:
        if signal.pattern is None:
            entity = ids.get(signal.name.split(":", 1)[1])
            present = entity is not None
            up_front = present and (
                any(m.start < lead_end for m in entity.mentions)
                or any(f.casefold() in title.casefold() for f in {m.text for m in entity.mentions})
            )
        else:
            hits = [m.start() for m in signal.pattern.finditer(article.text)]
            in_title = bool(signal.pattern.search(title))
            present = bool(hits) or in_title
            up_front = in_title or any(h < lead_end for h in hits)
        if present:
            total += signal.weight * (2 if up_front else 1)
            matched.append(signal.name + (" (lead)" if up_front else ""))
        if signal.core and not up_front:
            core_missing = True
    published = article.published_at.value if article.published_at else None
    in_window = published is None or incident.start <= published <= incident.end
    if published is not None:
        matched.append("inside window" if in_window else f"outside window ({published})")
    relevant = total >= incident.threshold and not core_missing and in_window
    return IncidentMatch(id=incident.id, score=round(total, 2), relevant=relevant, matched=matched)


def best_match(article: EnrichedArticle, incidents: list[Incident]) -> IncidentMatch | None:
    """The incident the article matches best: relevant ones first, then by score."""
    if not incidents:
        return None
    return max((score(article, i) for i in incidents), key=lambda m: (m.relevant, m.score))
