"""Is an article about the incident being followed? Pure functions.

An incident is defined in a TOML file (``definitions/``, or the files named in
``WIRESTREAM_INCIDENTS``): a time window, the days of the event, key entities by
registry id, keywords in several languages, hard negatives and a threshold. An
article's score is the sum of the weights of what it names, each doubled when it is
in the headline or the lead (the first two paragraphs): an article *about* the
incident names it up front, one that mentions it in passing (another drone strike,
weeks later) does not. The article is relevant when

* the score reaches the threshold;
* one of the ``required`` signals, if any, is named somewhere: what happened (a drone, an
  attack), since the key names alone, up front in any Kremlin story, reach the threshold;
* every core signal is in the headline or lead, or, when the headline names the
  event (all the ``event`` signals), anywhere in the text, as long as the headline
  and lead date nothing after the event's days (a later attack that recalls the
  incident dates its own day up front);
* no hard negative (``[[exclude]]``) is in the headline or lead;
* its date is inside the window: the publication date, or, without one, the latest
  day the text names (an article is written after the days it reports).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from re import _constants, _parser  # type: ignore[attr-defined]  # the engine's own parser
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from wirestream.contracts import EnrichedArticle, Entity, IncidentMatch
from wirestream.services.enrich.lexicon import GLUED

DEFINITIONS = Path(__file__).with_name("definitions")


@dataclass(frozen=True)
class Signal:
    name: str  # "entity:<id>" or "keyword:<name>"
    weight: float
    core: bool
    pattern: re.Pattern[str] | None = None  # keywords only
    event: bool = False  # names the event itself (in a headline, enough to look for core signals beyond the lead)
    required: bool = False  # an article that names none of the signals marked so is not about the incident
    searches: tuple[_Search, ...] = ()  # ``pattern``'s terms, searched faster (:func:`_searches`); empty: ``pattern``

    def first(self, text: str) -> int | None:
        """Where ``pattern``'s first hit in ``text`` starts (None: no hit), as ``pattern.search`` says."""
        if not self.searches:
            hit = self.pattern.search(text) if self.pattern is not None else None
            return hit.start() if hit is not None else None
        starts = [s.first(text) for s in self.searches]
        return min((s for s in starts if s is not None), default=None)


@dataclass(frozen=True)
class _Search:
    """Some of a signal's terms in one pattern; ``gate``, if set, a word every hit of theirs contains."""

    pattern: re.Pattern[str]
    gate: re.Pattern[str] | None = None

    def first(self, text: str) -> int | None:
        if self.gate is not None and self.gate.search(text) is None:
            return None
        hit = self.pattern.search(text)
        return hit.start() if hit is not None else None


@dataclass(frozen=True)
class Incident:
    id: str
    name: str
    start: date
    end: date
    threshold: float
    signals: tuple[Signal, ...]
    references: tuple[str, ...] = ()
    event_start: date | None = None  # the days the event happened
    event_end: date | None = None
    excludes: tuple[Signal, ...] = ()  # hard negatives: in the headline or lead, another story


class IncidentError(ValueError):
    pass


_ANY_WORD_RUN = (r"\w*", r"\w+")


def _terms(terms: list[str]) -> re.Pattern[str]:
    """One pattern for a signal's terms: whole words, except terms written in a script whose words stand inside
    a run of text (kana, hangul, CJK ideographs, Thai...: "ドローンによる", "드론이", "โดรนโจมตี")."""
    spaced = [t for t in terms if not GLUED.search(t)]
    unspaced = [t for t in terms if GLUED.search(t)]
    parts = []
    if spaced:
        joined = "|".join(f"(?:{t})" for t in spaced)
        # A term right before an ideograph ("Kremlin克里姆林宫") may start anywhere, so not one that opens on a run of
        # word characters ("\w*shambuli\w*"): tried at every letter of a long word, that one is quadratic.
        glued = "|".join(f"(?:{t})" for t in spaced if not t.startswith(_ANY_WORD_RUN))
        parts.append(rf"(?<!\w)(?:{joined})(?!\w)" + (rf"|(?:{glued})(?=[\u3400-\u9fff])" if glued else ""))
    if unspaced:
        parts.append("|".join(f"(?:{t})" for t in unspaced))
    return re.compile("|".join(parts), re.I)


# A keyword pattern is tried at every character of a text, each of its dozens of terms in turn (letters compared
# without case, which the regular-expression engine does not skip ahead on): most of an article's scoring. What
# ``_seen`` needs of it is only where its first hit starts, and a hit of one of the terms starts where one of the
# term's first letters is, or holds one of its words wherever it starts ("\w*shambuli\w*"). So the terms whose
# first letters are known are searched behind a look-ahead for those letters, and each other term only in a text
# that holds its word (searched alone, as cheap): the same first hit (the earliest of the terms' first hits: the
# alternatives of one pattern match at the union of the places each matches), found sooner.
_ZERO_WIDTH = (_constants.AT, _constants.ASSERT, _constants.ASSERT_NOT)


def _class_items(items: list[tuple[Any, Any]]) -> list[str] | None:
    """A character class's items as class text; None for what this does not spell out (a negation, a category)."""
    out = []
    for op, av in items:
        if op is _constants.LITERAL:
            out.append(re.escape(chr(av)))
        elif op is _constants.RANGE:
            out.append(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        else:
            return None
    return out


def _first_letters(items: Any) -> tuple[list[str], bool] | None:
    """The characters a match of a parsed sequence can start with (as class items) and whether it can match
    nothing; None when some part is not one this reads (a category such as ``\\w``, a back-reference...)."""
    out: list[str] = []
    for op, av in items:
        if op in _ZERO_WIDTH:  # no character of its own: the first is the next part's
            continue
        if op is _constants.LITERAL:
            return [*out, re.escape(chr(av))], False
        if op is _constants.IN:
            members = _class_items(av)
            return None if members is None else ([*out, *members], False)
        if op is _constants.SUBPATTERN:
            if av[1] or av[2]:  # a group with flags of its own
                return None
            alternatives = [av[3]]
        elif op is _constants.BRANCH:
            alternatives = av[1]
        elif op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT):
            alternatives = [av[2]]
        else:
            return None
        empty = op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT) and av[0] == 0
        for alternative in alternatives:
            found = _first_letters(alternative)
            if found is None:
                return None
            out += found[0]
            empty = empty or found[1]
        if not empty:
            return out, False
    return out, True


def _word_in(items: Any) -> str | None:
    """The longest run of letters every match of a parsed sequence holds (two at least), else None."""
    runs, run = [], ""
    for op, av in [*items, (None, None)]:
        if op is _constants.LITERAL:
            run += chr(av)
        else:
            runs.append(run)
            run = ""
    best = max(runs, key=len)
    return best if len(best) >= 2 else None


def _searches(terms: list[str]) -> tuple[_Search, ...]:
    """``_terms(terms)`` as searches with the same first hit, each faster (see above); empty when no term's first
    letters are known."""
    led, letters, others = [], [], []
    for term in terms:
        parsed = _parser.parse(term, re.I)
        found = _first_letters(parsed)
        if found is not None and found[0] and not found[1]:
            led.append(term)
            letters += found[0]
        else:
            others.append(term)
    if not led:
        return ()
    ahead = "[" + "".join(dict.fromkeys(letters)) + "]"
    out = [_Search(re.compile(f"(?={ahead})(?:{_terms(led).pattern})", re.I))]
    for term in others:
        word = _word_in(_parser.parse(term, re.I))
        out.append(_Search(_terms([term]), re.compile(re.escape(word), re.I) if word else None))
    return tuple(out)


class _File(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class _SignalFile(_File):
    weight: float = 1.0
    core: bool = False
    event: bool = False
    required: bool = False

    def signal(self) -> Signal:
        raise NotImplementedError  # each kind of signal file says how it scores


class _EntityFile(_SignalFile):
    id: str

    def signal(self) -> Signal:
        return Signal(f"entity:{self.id}", self.weight, self.core, event=self.event, required=self.required)


class _KeywordsFile(_SignalFile):
    name: str
    terms: list[str] = Field(min_length=1)

    def signal(self) -> Signal:
        return Signal(
            f"keyword:{self.name}",
            self.weight,
            self.core,
            _terms(self.terms),
            event=self.event,
            required=self.required,
            searches=_searches(self.terms),
        )


class _Days(_File):
    start: date
    end: date


class _EventDays(_File):
    start: date | None = None
    end: date | None = None


class _IncidentFile(_File):
    """An incident definition file, as ``definitions/*.toml`` documents it (unknown keys are refused)."""

    id: str
    name: str | None = None
    window: _Days
    event: _EventDays = _EventDays()
    threshold: float
    references: list[str] = []
    entity: list[_EntityFile] = []
    keywords: list[_KeywordsFile] = []
    exclude: list[_EntityFile | _KeywordsFile] = []


def load(path: Path) -> Incident:
    try:
        doc = _IncidentFile.model_validate(tomllib.loads(path.read_text(encoding="utf-8")))
        return Incident(
            id=doc.id,
            name=doc.name or doc.id,
            start=doc.window.start,
            end=doc.window.end,
            threshold=doc.threshold,
            signals=tuple(s.signal() for s in [*doc.entity, *doc.keywords]),
            references=tuple(doc.references),
            event_start=doc.event.start,
            event_end=doc.event.end,
            excludes=tuple(x.signal() for x in doc.exclude),
        )
    except (OSError, tomllib.TOMLDecodeError, ValidationError, re.error) as exc:
        raise IncidentError(f"cannot read the incident definition {path}: {exc}") from exc


def load_all(setting: str | None = None) -> list[Incident]:
    """The packaged definitions, then any named in ``WIRESTREAM_INCIDENTS`` (same id replaces)."""
    paths = sorted(DEFINITIONS.glob("*.toml")) + [Path(p) for p in (setting or "").split(":") if p.strip()]
    by_id = {incident.id: incident for incident in map(load, paths)}
    return list(by_id.values())


def lead_of(article: EnrichedArticle) -> int:
    """Where the lead ends: after the second paragraph of the text."""
    paragraphs = article.text.split("\n\n")
    return len("\n\n".join(paragraphs[:2]))


@dataclass(frozen=True)
class _Seen:
    present: bool
    up_front: bool  # in the headline or lead
    in_title: bool


def _seen(signal: Signal, article: EnrichedArticle, ids: dict[str, Entity], lead_end: int) -> _Seen:
    title = article.title or ""
    if signal.pattern is None:
        entity = ids.get(signal.name.split(":", 1)[1])
        if entity is None:
            return _Seen(False, False, False)
        in_title = any(f.casefold() in title.casefold() for f in {m.text for m in entity.mentions})
        return _Seen(True, in_title or any(m.start < lead_end for m in entity.mentions), in_title)
    # The first hit says all a signal needs (whether there is one; whether one is before the lead's end, the first
    # being the earliest): the text is read up to it, not to its end.
    first = signal.first(article.text)
    in_title = signal.first(title) is not None
    return _Seen(first is not None or in_title, in_title or (first is not None and first < lead_end), in_title)


def article_day(article: EnrichedArticle) -> tuple[date | None, str]:
    """The article's date for the window: its publication date, else the latest day its text names."""
    if article.published_at is not None:
        return article.published_at.value, "published"
    days = [d.value for d in article.dates if d.granularity == "day"]
    return (max(days), "named in the text") if days else (None, "")


def _later_day_up_front(article: EnrichedArticle, incident: Incident, lead_end: int) -> date | None:
    """A day after the event that the lead names: the article reports something that happened later."""
    if incident.event_end is None:
        return None
    later = [
        d.value
        for d in article.dates
        if d.offset < lead_end and d.granularity == "day" and d.value > incident.event_end
    ]
    return min(later) if later else None


def score(article: EnrichedArticle, incident: Incident) -> IncidentMatch:
    lead_end = lead_of(article)
    ids = {e.id: e for e in article.entities if e.id}
    total = 0.0
    matched: list[str] = []
    core_late: list[str] = []
    core_absent: list[str] = []
    core_missing = False
    seen = {signal.name: _seen(signal, article, ids, lead_end) for signal in incident.signals}
    for signal in incident.signals:
        s = seen[signal.name]
        if s.present:
            total += signal.weight * (2 if s.up_front else 1)
            matched.append(signal.name + (" (lead)" if s.up_front else ""))
        if signal.core and not s.up_front:
            if s.present:
                core_late.append(signal.name)
            else:
                core_absent.append(signal.name)
                core_missing = True
    if core_late and not core_missing:
        # The core named only after the lead counts when the headline names the event
        # and the lead does not date a later event.
        events = [sig for sig in incident.signals if sig.event]
        headline = bool(events) and all(seen[sig.name].in_title for sig in events)
        later = _later_day_up_front(article, incident, lead_end)
        if headline and later is None:
            matched.append("core after the lead, event in the headline")
        else:
            core_missing = True
            matched += [f"core not in the headline or lead: {name}" for name in core_late]
            if later is not None:
                matched.append(f"lead dates a later day ({later})")
    matched += [f"core not named: {name}" for name in core_absent]
    required = [sig.name for sig in incident.signals if sig.required]
    unnamed = bool(required) and not any(seen[name].present for name in required)
    if unnamed:
        matched.append(f"none of the required named: {', '.join(required)}")
    if total < incident.threshold:
        matched.append(f"under the threshold ({round(total, 2):g} < {incident.threshold:g})")
    excluded = [x.name for x in incident.excludes if _seen(x, article, ids, lead_end).up_front]
    matched += [f"excluded: {name}" for name in excluded]
    day, source = article_day(article)
    in_window = day is None or incident.start <= day <= incident.end
    if day is not None and source == "published":
        matched.append("inside window" if in_window else f"outside window ({day})")
    elif day is not None:
        matched.append(f"{'inside' if in_window else 'outside'} window ({day} {source})")
    relevant = total >= incident.threshold and not core_missing and not unnamed and in_window and not excluded
    return IncidentMatch(id=incident.id, score=round(total, 2), relevant=relevant, matched=matched)


def best_match(article: EnrichedArticle, incidents: list[Incident]) -> IncidentMatch | None:
    """The incident the article matches best: relevant ones first, then by score."""
    if not incidents:
        return None
    return max((score(article, i) for i in incidents), key=lambda m: (m.relevant, m.score))
