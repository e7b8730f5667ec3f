"""Message contracts: every payload that crosses a Redis stream, in one place.

Each hop has one stream and one model. The models build on each other, so a stage
adds its own fields and passes everything it received along::

    FetchedArticle -> CleanedArticle -> DatedArticle -> EnrichedArticle

Every model carries ``schema_version``. A change that old consumers cannot read
bumps :data:`SCHEMA_VERSION` (what this code writes). Each model accepts a range of
versions, :data:`MIN_SCHEMA_VERSION` to :data:`SCHEMA_VERSION` unless a model narrows
it (``accepted_schema_versions``): during a rolling upgrade a stage reads what the
previous release still writes. A version outside the range is refused with a reason
that says which side is out of date, and the runtime dead-letters it; the version must
be a JSON integer (no ``"1"``, ``1.0`` or ``true``).

The subscriber-facing stream :data:`ENRICHED` carries plain JSON (one document in
the field ``data`` of each entry), readable by any Redis client.
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from typing import ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator
from pydantic_core import PydanticCustomError

SCHEMA_VERSION = 1  # the version this code writes
MIN_SCHEMA_VERSION = 1  # the oldest version it still reads

# --- streams ---------------------------------------------------------------
PREFIX = "wirestream"
FETCHED = f"{PREFIX}:fetched"  # fetch -> clean
CLEANED = f"{PREFIX}:cleaned"  # clean -> date-parse
DATED = f"{PREFIX}:dated"  # date-parse -> entity-enrich
ANNOTATED = f"{PREFIX}:annotated"  # entity-enrich -> persist
ENRICHED = f"{PREFIX}:enriched"  # persist -> subscribers (plain JSON, field "data")
INCIDENT_PREFIX = f"{PREFIX}:incident:"  # + incident id: the articles relevant to it (plain JSON, field "data")
DEAD = f"{PREFIX}:dead"  # dead letters of every stage (plain JSON, field "data")
PUBLISHED_PREFIX = f"{PREFIX}:published:"  # + article id: digest of the version last published (expires)


def published_key(article_id: str) -> str:
    """The key remembering which version of an article persist published last."""
    return PUBLISHED_PREFIX + article_id


def incident_stream(incident_id: str) -> str:
    """The stream of the articles judged relevant to an incident."""
    return INCIDENT_PREFIX + incident_id


# The seed format: a first line " date YYYY-MM-DD" (the publication date), then the text.
# fetch reads the date from it; clean removes it from the text.
SEED_HEADER = re.compile(r"\A[ \t\ufeff]*date[ \t]+(\d{4}-\d{2}-\d{2})\b[ \t]*")

Format = Literal["seed", "text", "markdown", "html", "json"]


class Contract(BaseModel):
    """Base of every message: strict about unknown versions, tolerant of new fields."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    accepted_schema_versions: ClassVar[tuple[int, int]] = (MIN_SCHEMA_VERSION, SCHEMA_VERSION)

    schema_version: int = Field(
        SCHEMA_VERSION,
        strict=True,
        json_schema_extra={"minimum": MIN_SCHEMA_VERSION, "maximum": SCHEMA_VERSION},
        description="version of the message format; each stage accepts a range",
    )

    @field_validator("schema_version")
    @classmethod
    def _accepted(cls, version: int) -> int:
        low, high = cls.accepted_schema_versions
        if low <= version <= high:
            return version
        side = (
            "a newer wirestream wrote it: upgrade this stage"
            if version > high
            else "an older wirestream wrote it and this one no longer reads it: replay it through a release that does"
        )
        raise PydanticCustomError(
            "schema_version_unsupported",
            "schema_version {version} is outside the range {low}..{high} this stage accepts; {side}",
            {"version": version, "low": low, "high": high, "side": side},
        )


class Source(BaseModel):
    """Where an article came from."""

    model_config = ConfigDict(frozen=True)

    uri: str = Field(description="file:// URI of the dropped file, or the article URL")
    name: str = Field(description="file name as dropped")
    sha256: str = Field(description="hash of the raw bytes")
    size: int = Field(description="raw size in bytes")
    format: Format
    encoding: str = Field(description="encoding the bytes were decoded with")
    received_at: datetime


class DateHint(BaseModel):
    """A publication date as some part of the input declares it, not yet trusted."""

    model_config = ConfigDict(frozen=True)

    value: str
    source: Literal["seed-header", "json", "html-meta", "text-stamp"]


class ArticleMessage(Contract):
    """What every article message carries from fetch to the end."""

    id: str = Field(description="stable id derived from the normalised content")
    source: Source
    title: str | None = None
    url: str | None = None
    date_hints: list[DateHint] = Field(default_factory=list)


class FetchedArticle(ArticleMessage):
    """fetch -> clean. The decoded content of one input, its container format parsed."""

    kind: Literal["fetched"] = "fetched"
    content: str = Field(description="decoded text, or HTML when content_is_html")
    content_is_html: bool = False


class Removal(BaseModel):
    """A piece of the input the clean stage cut, and why."""

    model_config = ConfigDict(frozen=True)

    text: str
    reason: str


class Embed(BaseModel):
    """A social media post embedded in the article: cut from its text, kept as evidence.

    Read from the embed's markup in HTML (a tweet's blockquote, an Instagram or TikTok
    card, a Telegram widget, a YouTube frame) or from the lines it leaves in a page saved
    as text ("... pic.twitter.com/... — Name (@handle) May 3, 2023"). Any part the input
    does not show is ``None``.
    """

    model_config = ConfigDict(frozen=True)

    platform: str = Field(description="twitter, instagram, telegram, facebook, youtube, tiktok, bluesky, ...")
    author: str | None = Field(None, description="the poster's display name")
    handle: str | None = Field(None, description="the poster's account name, without '@'")
    posted_at: date | None = Field(None, description="the day the post says it was made")
    text: str | None = Field(None, description="the post's own text, as embedded")
    url: str | None = Field(None, description="the post's address")


class CleanedArticle(ArticleMessage):
    """clean -> date-parse. Readable article text and what was removed from it."""

    kind: Literal["cleaned"] = "cleaned"
    title_source: str | None = None
    text: str
    language: str | None = None
    removed: list[Removal] = Field(default_factory=list)
    embeds: list[Embed] = Field(default_factory=list, description="social media posts embedded in the article")


class PublishedAt(BaseModel):
    model_config = ConfigDict(frozen=True)

    value: date
    source: str


class DateMention(BaseModel):
    """A date expression of the text, pinned to the calendar.

    ``value`` is the day it names (the first day of a range); ``start``/``end`` bound
    ranges such as "earlier this week"; ``granularity`` is day, week, month or range.
    """

    model_config = ConfigDict(frozen=True)

    text: str
    value: date
    granularity: Literal["day", "week", "month", "year", "range"]
    start: date
    end: date
    offset: int = Field(description="character offset in text")


class DatedArticle(CleanedArticle):
    """date-parse -> entity-enrich."""

    kind: Literal["dated"] = "dated"  # type: ignore[assignment]
    published_at: PublishedAt | None = None
    dates: list[DateMention] = Field(default_factory=list)


class Mention(BaseModel):
    model_config = ConfigDict(frozen=True)

    text: str
    start: int
    end: int


class Geo(BaseModel):
    """Where a place is: from the alias registry or the packaged gazetteer."""

    model_config = ConfigDict(frozen=True)

    latitude: float
    longitude: float
    country_code: str
    source: Literal["registry", "gazetteer"]


class Entity(BaseModel):
    """One real-world entity of an article, with every mention of it."""

    model_config = ConfigDict(frozen=True)

    id: str | None = Field(None, description="stable id from the alias registry, when the entity is known")
    name: str = Field(
        description=(
            "canonical name: the registry's; else, for a place the gazetteer knows in an article not in English,"
            " the gazetteer's English name; else the fullest spelling in the article"
        )
    )
    label: str = Field(description="PERSON, GPE, LOC, ORG, NORP, FAC, EVENT, ...")
    count: int
    mentions: list[Mention]
    geo: Geo | None = None


class Quote(BaseModel):
    """A direct quote and who said it."""

    model_config = ConfigDict(frozen=True)

    text: str
    speaker: str | None = Field(None, description="canonical name of the speaker, when attributed")
    speaker_id: str | None = None
    speaker_label: str | None = Field(
        None, description="what the speaker is: PERSON, ORG (institutions too), GPE (a place speaking), FAC, LOC"
    )
    verb: str | None = Field(None, description="the attribution verb: said, told, added, ...")
    start: int
    end: int


class IncidentMatch(BaseModel):
    """How well an article matches the incident being followed."""

    model_config = ConfigDict(frozen=True)

    id: str
    score: float
    relevant: bool
    matched: list[str] = Field(default_factory=list, description="the signals that matched")


class EnrichedArticle(DatedArticle):
    """entity-enrich -> persist, and (with ``stored_at``) what subscribers receive."""

    kind: Literal["enriched"] = "enriched"  # type: ignore[assignment]
    entities: list[Entity] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    incident: IncidentMatch | None = None
    story_id: str | None = Field(None, description="shared by near-duplicate articles (one wire story, many sites)")
    ner_model: str | None = None
    stored_at: datetime | None = None


DeadReason = Literal["invalid", "permanent", "failing", "timeout", "memory", "crash", "abandoned"]


class DeadLetter(BaseModel):
    """An entry a stage gave up on, parked with its error (stream :data:`DEAD`).

    ``reason`` says why in one word: ``invalid`` (not a valid message of a known
    version), ``permanent`` (the stage says it will always fail), ``failing`` (an
    error on every delivery), ``timeout`` / ``memory`` (over its budget on every
    delivery), ``crash`` (the work process died on it every time), ``abandoned``
    (delivered as often as allowed without ever being acknowledged: the consumers
    holding it died, so it is parked when claimed, without running it again).
    A body longer than the cap keeps its first bytes only (``body_truncated``);
    ``body_bytes`` and ``body_sha256`` describe the whole original.
    """

    stage: str
    stream: str
    entry_id: str
    error_type: str
    error: str
    deliveries: int
    body: str = Field(description="the original payload (or its beginning), decoded as UTF-8 with replacement")
    failed_at: datetime
    reason: DeadReason = "failing"
    body_bytes: int | None = Field(None, description="size of the whole original payload")
    body_sha256: str | None = Field(None, description="hash of the whole original payload")
    body_truncated: bool = False


class StageStreams(BaseModel):
    """Which stream a stage reads, which group it reads with and where it writes."""

    model_config = ConfigDict(frozen=True)

    stage: str
    input: str | None
    group: str | None
    output: str


STAGES: tuple[StageStreams, ...] = (
    StageStreams(stage="fetch", input=None, group=None, output=FETCHED),
    StageStreams(stage="clean", input=FETCHED, group="clean", output=CLEANED),
    StageStreams(stage="date-parse", input=CLEANED, group="date-parse", output=DATED),
    StageStreams(stage="entity-enrich", input=DATED, group="entity-enrich", output=ANNOTATED),
    StageStreams(stage="persist", input=ANNOTATED, group="persist", output=ENRICHED),
)
STAGE_NAMES = tuple(s.stage for s in STAGES)


def stage_streams(stage: str) -> StageStreams:
    for s in STAGES:
        if s.stage == stage:
            return s
    raise KeyError(f"unknown stage {stage!r}; known: {', '.join(STAGE_NAMES)}")


def dumps(model: BaseModel) -> str:
    """The one JSON form of a model used on plain-JSON streams and in the store."""
    return json.dumps(model.model_dump(mode="json"), ensure_ascii=False, separators=(",", ":"))
