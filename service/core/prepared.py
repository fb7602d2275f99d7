"""The record between the two stages: a clean story and the raw record it came from.

``prepare`` instances write it to the internal topic ``wire.prepared`` (one partition:
one dedup shard, so that a single ``decide`` owner sees every story); ``decide`` reads it.
It carries the raw record's coordinates so that events keep the ids, ``ce_time`` and
``ce_rawref`` they would have had in a single process.
"""

from __future__ import annotations

import orjson
from pydantic import BaseModel, ConfigDict, ValidationError

from service.core.events import SourceRef
from service.core.models import Story

SHARD_KEY = b"0"
CONTENT_TYPE = b"application/vnd.wire-ingest.prepared+json"


class PreparedStory(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    story: Story
    topic: str
    partition: int
    offset: int
    timestamp_ms: int

    @property
    def source(self) -> SourceRef:
        return SourceRef(self.topic, self.partition, self.offset, self.timestamp_ms)


def encode(story: Story, src: SourceRef) -> bytes:
    prepared = PreparedStory(
        story=story,
        topic=src.topic,
        partition=src.partition,
        offset=src.offset,
        timestamp_ms=src.timestamp_ms,
    )
    return orjson.dumps(prepared.model_dump(mode="json"))


def decode(value: bytes) -> PreparedStory:
    """Raise ``ValueError`` when ``value`` is not a prepared story."""
    try:
        return PreparedStory.model_validate_json(value)
    except ValidationError as exc:
        raise ValueError(f"not a prepared story: {exc.error_count()} errors") from exc
