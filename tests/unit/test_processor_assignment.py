"""Taking over assigned partitions: retried when transient, reported when not (fakes)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from aiokafka import TopicPartition
from aiokafka.errors import KafkaConnectionError, SaslAuthenticationFailed

from service.adapters import processor as processor_module
from service.adapters.processor import Processor
from service.adapters.producers import PartitionProducers
from service.core.dedup import DedupIndex
from service.core.pipeline import Pipeline
from service.metrics import Metrics
from service.settings import Settings

TP = TopicPartition("wire.raw", 0)


class FakeConsumer:
    def __init__(self) -> None:
        self.seeks: list[tuple[TopicPartition, int]] = []

    async def committed(self, tp: TopicPartition) -> int | None:
        return 41

    def seek(self, tp: TopicPartition, offset: int) -> None:
        self.seeks.append((tp, offset))


class FakeChangelog:
    def __init__(self) -> None:
        self.catch_ups = 0

    async def catch_up(self) -> int:
        self.catch_ups += 1
        return 0


def make_processor() -> tuple[Processor, FakeConsumer, FakeChangelog]:
    consumer, changelog = FakeConsumer(), FakeChangelog()
    pipeline = Pipeline(DedupIndex(timedelta(days=7)), max_bytes=10_000)
    proc = Processor(Settings(), consumer, pipeline, changelog, Metrics())  # type: ignore[arg-type]
    return proc, consumer, changelog


@pytest.fixture(autouse=True)
def quick_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(processor_module, "TAKE_OVER_DEADLINE_S", 3.0)


async def test_transient_failure_is_retried_then_partitions_are_taken_over(monkeypatch):
    """A broker hiccup while fencing is retried; then the committed offset is sought, the
    changelog caught up, and the processor is ready."""
    calls: list[Any] = []

    async def flaky_open(self: PartitionProducers, tp: TopicPartition) -> None:
        calls.append(tp)
        if len(calls) == 1:
            raise KafkaConnectionError("broker restarting")

    monkeypatch.setattr(PartitionProducers, "open", flaky_open)
    proc, consumer, changelog = make_processor()
    await proc.on_partitions_assigned({TP})
    assert proc.failure is None, repr(proc.failure)
    assert len(calls) == 2
    assert consumer.seeks == [(TP, 41)]
    assert changelog.catch_ups == 1
    assert proc.ready
    assert proc.failure is None


async def test_refused_access_is_not_retried_and_is_reported(monkeypatch):
    """An authorization or authentication error is kept as ``failure`` at once, the
    processor stays not ready, and nothing is sought."""
    calls: list[Any] = []

    async def refused_open(self: PartitionProducers, tp: TopicPartition) -> None:
        calls.append(tp)
        raise SaslAuthenticationFailed("bad password")

    monkeypatch.setattr(PartitionProducers, "open", refused_open)
    proc, consumer, _ = make_processor()
    await proc.on_partitions_assigned({TP})
    assert len(calls) == 1
    assert isinstance(proc.failure, SaslAuthenticationFailed)
    assert not proc.ready
    assert consumer.seeks == []
