"""Outcomes -> Kafka records: CloudEvents 1.0 in Kafka binary mode, and dead letters.

Binary mode puts the CloudEvents attributes in ``ce_*`` headers and the data, JSON, in the
record value. The record key is the story's cluster id so that compaction and partitioning
keep a story's events together. Event ids are UUIDv5 of the input record's coordinates and
the event type, so reprocessing the same input yields the same ids.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

import orjson
from pydantic import Field

from service.core.models import Outcome, Published, Rejected, RejectReason, Story, VariantFound

SPEC_VERSION = "1.0"
TYPE_PUBLISHED = "news.story.published"
TYPE_VARIANT = "news.story.variant"
_ID_NAMESPACE = uuid.UUID("6f1e1c52-7a0e-4b8e-9d7e-3c1f0b6a2e51")

Headers = list[tuple[str, bytes]]


class StoryEvent(Story):
    """Value of a ``news.story.published`` event on the stories topic."""

    cluster_id: str = Field(description="Story cluster; equals ``uri`` for a new story.")
    event_id: str | None = Field(default=None, description="Event cluster, when related.")


class VariantEvent(Story):
    """Value of a ``news.story.variant`` event: a story already published in another form."""

    cluster_id: str
    duplicate_of: str = Field(description="uri of the published story this one repeats.")
    score: float
    rule: str
    signals: dict[str, float]
    model_version: str


@dataclass(frozen=True, slots=True)
class SourceRef:
    """Where an input record came from."""

    topic: str
    partition: int
    offset: int
    timestamp_ms: int

    @property
    def received_at(self) -> datetime:
        """The record's timestamp; now, if a producer set one no calendar can hold."""
        try:
            return datetime.fromtimestamp(self.timestamp_ms / 1000, tz=UTC)
        except (OverflowError, OSError, ValueError):
            return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class Topics:
    stories: str
    variants: str
    dlq: str


@dataclass(frozen=True, slots=True)
class OutRecord:
    topic: str
    key: bytes | None
    value: bytes
    headers: Headers


def event_id(src: SourceRef, ce_type: str) -> str:
    return str(uuid.uuid5(_ID_NAMESPACE, f"{src.topic}/{src.partition}/{src.offset}/{ce_type}"))


# Largest event value we publish. The service creates its output topics with room for it
# (service/adapters/admin.py); a larger event becomes a `too_large` dead letter instead of
# a record the broker would refuse, which would fail the batch's transaction forever.
MAX_EVENT_BYTES = 6 * 1024 * 1024


def to_record(
    outcome: Outcome,
    src: SourceRef,
    topics: Topics,
    *,
    ce_source: str,
    original: bytes,
    original_key: bytes | None = None,
    original_headers: Headers | None = None,
    max_event_bytes: int = MAX_EVENT_BYTES,
) -> OutRecord:
    """The one record an input produces, whatever its outcome."""
    if isinstance(outcome, Rejected):
        return dead_letter(outcome, src, topics.dlq, original, original_key, original_headers)
    decision = outcome.decision
    story = outcome.story.model_dump()
    payload: StoryEvent | VariantEvent
    if isinstance(outcome, Published):
        ce_type, topic = TYPE_PUBLISHED, topics.stories
        payload = StoryEvent(**story, cluster_id=decision.cluster_id, event_id=decision.event_id)
    else:
        assert isinstance(outcome, VariantFound)
        ce_type, topic = TYPE_VARIANT, topics.variants
        payload = VariantEvent(
            **story,
            cluster_id=decision.cluster_id,
            duplicate_of=decision.matched_uri or decision.cluster_id,
            score=decision.score,
            rule=decision.rule,
            signals=decision.signals,
            model_version=decision.model_version,
        )
    headers: Headers = [
        ("ce_specversion", SPEC_VERSION.encode()),
        ("ce_id", event_id(src, ce_type).encode()),
        ("ce_source", ce_source.encode()),
        ("ce_type", ce_type.encode()),
        ("ce_time", _rfc3339(src.timestamp_ms).encode()),
        ("ce_subject", outcome.story.uri.encode()),
        ("ce_rawref", f"{src.topic}/{src.partition}/{src.offset}".encode()),
        ("content-type", b"application/json"),
    ]
    value = orjson.dumps(payload.model_dump(mode="json"))
    if len(value) > max_event_bytes:
        too_large = Rejected(
            reason=RejectReason.TOO_LARGE,
            error_class="EventTooLarge",
            message=f"the clean event would be {len(value)} bytes, limit {max_event_bytes}",
        )
        return dead_letter(too_large, src, topics.dlq, original, original_key, original_headers)
    return OutRecord(topic, decision.cluster_id.encode(), value, headers)


def dead_letter(
    rejected: Rejected,
    src: SourceRef,
    topic: str,
    original: bytes,
    original_key: bytes | None,
    original_headers: Headers | None,
) -> OutRecord:
    """Original bytes untouched; the error context in headers, as Kafka Connect does."""
    headers: Headers = [*(original_headers or [])]
    headers += [
        ("dlq.source.topic", src.topic.encode()),
        ("dlq.source.partition", str(src.partition).encode()),
        ("dlq.source.offset", str(src.offset).encode()),
        ("dlq.error.class", rejected.error_class.encode()),
        ("dlq.error.reason", rejected.reason.value.encode()),
        ("dlq.error.message", rejected.message.encode("utf-8", "replace")[:2000]),
    ]
    return OutRecord(topic, original_key, original, headers)


def _rfc3339(timestamp_ms: int) -> str:
    try:
        when = datetime.fromtimestamp(timestamp_ms / 1000, tz=UTC)
    except (OverflowError, OSError, ValueError):  # a producer-set timestamp out of range
        when = datetime(1970, 1, 1, tzinfo=UTC)
    return when.isoformat(timespec="milliseconds").replace("+00:00", "Z")
