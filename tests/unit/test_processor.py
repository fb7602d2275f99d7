"""The processor's ownership and failure handling, with fakes for the Kafka clients.

Real-broker behaviour (fencing, exactly-once under kill -9) is in tests/kafka/; these pin
the order of operations that those tests cannot force: what happens after a transaction
fails, and what a partition goes through before its first batch.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

import pytest
from aiokafka import TopicPartition
from aiokafka.errors import KafkaConnectionError, ProducerFenced, SaslAuthenticationFailed

from service.adapters.processor import Processor, TransactionFailed
from service.adapters.producers import PartitionProducers
from service.adapters.stages import AllStage
from service.core.dedup import DedupIndex
from service.core.pipeline import Pipeline
from service.metrics import Metrics
from service.settings import Settings
from tests.stories import json_story

P0, P1 = TopicPartition("wire.raw", 0), TopicPartition("wire.raw", 1)


@dataclass
class FakeRecord:
    topic: str
    partition: int
    offset: int
    value: bytes
    key: bytes | None = None
    timestamp: int = 1_764_000_000_000
    headers: tuple[()] = ()


def records(tp: TopicPartition, start: int, n: int) -> list[FakeRecord]:
    return [FakeRecord(tp.topic, tp.partition, start + i, json_story(start + i)) for i in range(n)]


@dataclass
class FakeConsumer:
    committed_offsets: dict[TopicPartition, int] = field(default_factory=dict)
    paused: set[TopicPartition] = field(default_factory=set)
    seeks: list[tuple[TopicPartition, int]] = field(default_factory=list)

    def pause(self, *tps: TopicPartition) -> None:
        self.paused |= set(tps)

    def resume(self, *tps: TopicPartition) -> None:
        self.paused -= set(tps)

    def seek(self, tp: TopicPartition, offset: int) -> None:
        self.seeks.append((tp, offset))

    async def seek_to_beginning(self, tp: TopicPartition) -> None:
        self.seeks.append((tp, 0))

    async def committed(self, tp: TopicPartition) -> int | None:
        return self.committed_offsets.get(tp)

    def last_stable_offset(self, tp: TopicPartition) -> int | None:
        return None


@dataclass
class FakeChangelog:
    calls: list[str] = field(default_factory=list)

    async def catch_up(self) -> int:
        self.calls.append("catch_up")
        return 0

    async def reload(self) -> int:
        self.calls.append("reload")
        return 0


class FakeProducer:
    """Records sends; a transaction commits unless ``fail_with`` is set."""

    def __init__(self, log: list[str], fail_with: BaseException | None) -> None:
        self.log = log
        self.fail_with = fail_with
        self.sent: list[tuple[str, bytes | None]] = []

    def transaction(self) -> Any:
        producer = self

        class _Txn:
            async def __aenter__(self) -> None:
                producer.log.append("begin")

            async def __aexit__(self, exc_type: Any, exc: Any, tb: Any) -> None:
                if exc is None and producer.fail_with is not None:
                    producer.log.append("abort")
                    raise producer.fail_with
                producer.log.append("abort" if exc else "commit")

        return _Txn()

    async def send(self, topic: str, value: bytes | None, **_: Any) -> asyncio.Future[None]:
        self.sent.append((topic, value))
        done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        done.set_result(None)
        return done

    async def send_offsets_to_transaction(self, offsets: Any, group: str) -> None:
        self.log.append(f"offsets {sorted((tp.partition, o) for tp, o in offsets.items())}")


@dataclass
class Harness:
    processor: Processor
    consumer: FakeConsumer
    changelog: FakeChangelog
    log: list[str]
    fail: dict[TopicPartition, BaseException | None]


@pytest.fixture
def harness(monkeypatch: pytest.MonkeyPatch) -> Harness:
    log: list[str] = []
    fail: dict[TopicPartition, BaseException | None] = {}

    async def fake_open(self: PartitionProducers, tp: TopicPartition) -> None:
        log.append(f"open {tp.partition}")
        self._producers[tp] = FakeProducer(log, fail.get(tp))  # type: ignore[assignment]

    async def fake_close(self: PartitionProducers, tp: TopicPartition) -> None:
        if self._producers.pop(tp, None) is not None:
            log.append(f"close {tp.partition}")

    monkeypatch.setattr(PartitionProducers, "open", fake_open)
    monkeypatch.setattr(PartitionProducers, "close", fake_close)
    consumer, changelog = FakeConsumer(), FakeChangelog()
    pipeline = Pipeline(DedupIndex(timedelta(days=7)), max_bytes=100_000)
    stage = AllStage(Settings(), pipeline)
    proc = Processor(Settings(), consumer, stage, changelog, Metrics())  # type: ignore[arg-type]
    return Harness(proc, consumer, changelog, log, fail)


async def test_assigned_partitions_are_paused_until_taken_over(harness: Harness):
    """Assignment only pauses; the first process() fences (opens the producer), reads the
    changelog, seeks to the committed offset and resumes, then processes."""
    h = harness
    h.consumer.committed_offsets = {P0: 5}
    await h.processor.on_partitions_assigned({P0, P1})
    assert h.consumer.paused == {P0, P1}
    assert not h.processor.ready
    assert h.log == []

    await h.processor.process({}, 0.0)
    assert h.log == ["open 0", "open 1"]
    assert h.changelog.calls == ["catch_up"]
    assert sorted(h.consumer.seeks) == [(P0, 5), (P1, 0)]
    assert h.consumer.paused == set()
    assert h.processor.ready


async def test_records_below_the_commit_are_skipped(harness: Harness):
    """A batch fetched from before the committed offset is not processed twice."""
    h = harness
    h.consumer.committed_offsets = {P0: 3}
    await h.processor.on_partitions_assigned({P0})
    await h.processor.process({P0: records(P0, 0, 5)}, 0.0)
    assert h.log[-1] == "commit"
    assert "offsets [(0, 5)]" in h.log
    producer = h.processor._producers[P0]
    assert len([t for t, _ in producer.sent if t == "wire.stories"]) == 2


async def test_failed_transaction_rebuilds_index_and_takes_the_partition_over_again(
    harness: Harness,
):
    """After an abort: the error is raised (the loop backs off), the later partitions of
    the fetch are sought back, and the next call rebuilds the index from the changelog
    before re-opening the producer (fencing) and seeking to the committed offset."""
    h = harness
    h.fail[P0] = KafkaConnectionError("broker went away")
    await h.processor.on_partitions_assigned({P0, P1})
    await h.processor.process({}, 0.0)
    h.log.clear()
    h.changelog.calls.clear()
    h.consumer.seeks.clear()

    with pytest.raises(TransactionFailed):
        await h.processor.process({P0: records(P0, 0, 3), P1: records(P1, 0, 2)}, 0.0)
    assert h.log == ["begin", "offsets [(0, 3)]", "abort", "close 0"]
    assert h.consumer.seeks == [(P1, 0)]
    assert P0 in h.consumer.paused
    assert not h.processor.ready

    h.fail[P0] = None
    h.consumer.committed_offsets = {P0: 0}
    await h.processor.process({}, 0.0)
    assert h.changelog.calls == ["reload", "catch_up"]
    assert h.log[-1] == "open 0"
    assert h.consumer.seeks[-1] == (P0, 0)
    assert h.processor.ready


async def test_fenced_producer_is_replaced_not_reused(harness: Harness):
    """A fenced producer is closed; the take-over opens a new one (which fences in turn),
    so the partition does not stall with a dead producer."""
    h = harness
    h.fail[P0] = ProducerFenced()
    await h.processor.on_partitions_assigned({P0})
    await h.processor.process({}, 0.0)
    with pytest.raises(TransactionFailed):
        await h.processor.process({P0: records(P0, 0, 1)}, 0.0)
    h.fail[P0] = None
    await h.processor.process({P0: records(P0, 0, 1)}, 0.0)
    assert h.log.count("open 0") == 2
    assert h.log[-1] == "commit"


async def test_refused_access_is_raised_as_is(harness: Harness):
    """Errors that retrying cannot fix are not wrapped as retriable transaction failures."""
    h = harness
    h.fail[P0] = SaslAuthenticationFailed("bad password")
    await h.processor.on_partitions_assigned({P0})
    with pytest.raises(SaslAuthenticationFailed):
        await h.processor.process({P0: records(P0, 0, 1)}, 0.0)


async def test_revoked_partition_records_are_dropped(harness: Harness):
    """Records fetched before a revocation are left to the partition's new owner."""
    h = harness
    await h.processor.on_partitions_assigned({P0})
    await h.processor.process({}, 0.0)
    await h.processor.on_partitions_revoked({P0})
    h.log.clear()
    await h.processor.process({P0: records(P0, 0, 2)}, 0.0)
    assert h.log == []
    assert not h.processor.ready
