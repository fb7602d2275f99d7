"""What one input record becomes, per role (``WIRE_ROLE``): the records to send and the
dedup-index changes, which the processor writes in the partition's transaction.

- ``all``: raw record -> story, variant or dead letter (one process, the default).
- ``prepare``: raw record -> prepared story on ``wire.prepared``, or dead letter. Stateless:
  scale it with input partitions and instances.
- ``decide``: prepared story -> story or variant, and index changes. Stateful: one owner of
  the single ``wire.prepared`` partition decides every story, so variants arriving on any
  input partition, through any instance, meet the same index.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

from service.core import prepared
from service.core.dedup import StateChange
from service.core.events import Headers, OutRecord, SourceRef, Topics, dead_letter, to_record
from service.core.models import Outcome, Rejected, RejectReason
from service.core.pipeline import Pipeline, Result, prepare
from service.settings import Settings


@dataclass(frozen=True, slots=True)
class Handled:
    outcome: Outcome | None  # None: handed on to the decide stage, nothing decided yet
    records: list[OutRecord]
    changes: list[StateChange] = field(default_factory=list)


class Stage(Protocol):
    input_topic: str
    pipeline: Pipeline | None  # the dedup index's owner, for stateful stages

    def handle(self, record: Any) -> Handled: ...


def _source(record: Any) -> SourceRef:
    return SourceRef(record.topic, record.partition, record.offset, record.timestamp)


def _headers(record: Any) -> Headers:
    return [(k, b"" if v is None else bytes(v)) for k, v in record.headers or ()]


class _Publishing:
    """The stages that decide and publish events (``all`` and ``decide``)."""

    def __init__(self, settings: Settings, pipeline: Pipeline, input_topic: str) -> None:
        self.input_topic = input_topic
        self.pipeline: Pipeline | None = pipeline
        self._pipeline = pipeline
        self._settings = settings
        self._topics = Topics(settings.stories_topic, settings.variants_topic, settings.dlq_topic)

    def _publish(
        self, result: Result, src: SourceRef, original: bytes, record: Any, headers: Headers
    ) -> Handled:
        out = to_record(
            result.outcome,
            src,
            self._topics,
            ce_source=self._settings.event_source,
            original=original,
            original_key=record.key,
            original_headers=headers,
        )
        return Handled(result.outcome, [out], result.changes)


class AllStage(_Publishing):
    def __init__(self, settings: Settings, pipeline: Pipeline) -> None:
        super().__init__(settings, pipeline, settings.input_topic)

    def handle(self, record: Any) -> Handled:
        data: bytes = record.value if record.value is not None else b""
        src = _source(record)
        result = self._pipeline.process(data, src.received_at)
        return self._publish(result, src, data, record, _headers(record))


class PrepareStage:
    def __init__(self, settings: Settings) -> None:
        self.input_topic = settings.input_topic
        self.pipeline: Pipeline | None = None
        self._settings = settings

    def handle(self, record: Any) -> Handled:
        data: bytes = record.value if record.value is not None else b""
        src = _source(record)
        story = prepare(data, max_bytes=self._settings.max_message_bytes)
        if isinstance(story, Rejected):
            out = dead_letter(
                story, src, self._settings.dlq_topic, data, record.key, _headers(record)
            )
            return Handled(story, [out])
        value = prepared.encode(story, src)
        headers: Headers = [("content-type", prepared.CONTENT_TYPE)]
        out = OutRecord(self._settings.prepared_topic, prepared.SHARD_KEY, value, headers)
        return Handled(None, [out])


class DecideStage(_Publishing):
    def __init__(self, settings: Settings, pipeline: Pipeline) -> None:
        super().__init__(settings, pipeline, settings.prepared_topic)

    def handle(self, record: Any) -> Handled:
        value: bytes = record.value if record.value is not None else b""
        try:
            item = prepared.decode(value)
        except ValueError as exc:  # not written by a prepare stage of ours: keep it aside
            rejected = Rejected(
                reason=RejectReason.PROCESSING_ERROR, error_class="BadPreparedRecord",
                message=str(exc),
            )  # fmt: skip
            return self._publish(Result(rejected), _source(record), value, record, [])
        src = item.source
        # The raw bytes stay with the prepare stage; an engine failure here dead-letters
        # the prepared record, whose dlq.source.* headers still name the raw input.
        return self._publish(
            self._pipeline.decide(item.story, src.received_at), src, value, record, []
        )


def make_stage(settings: Settings, pipeline: Pipeline | None) -> Stage:
    if settings.role == "prepare":
        return PrepareStage(settings)
    assert pipeline is not None, "the all and decide roles own the dedup index"
    if settings.role == "decide":
        return DecideStage(settings, pipeline)
    return AllStage(settings, pipeline)
