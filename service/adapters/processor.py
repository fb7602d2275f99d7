"""Consume-transform-produce with exactly-once transactions, one per input partition.

For each fetched batch of one input partition, inside that partition's transaction:
every record's single outcome (story, variant or dead letter), the dedup index changes,
and the consumer offset after the batch.

Partitions are processed one after another, never concurrently: they share the in-memory
index, and a decision must never rest on another transaction's uncommitted stories (if
that one aborted, a story could end up as a variant of nothing that was published).

A partition is *taken over* before its first batch and again after any failed
transaction: its producer is (re)opened, which fences every older owner; the changelog
is read up to date; the consumer seeks to the committed offset. Until then the partition
is paused. After a failed transaction the in-memory index is ahead of Kafka, so it is
rebuilt from the committed changelog before anything else is decided.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Mapping, Sequence
from typing import Any

from aiokafka import AIOKafkaConsumer, ConsumerRebalanceListener, TopicPartition
from aiokafka.errors import KafkaError, ProducerFenced
from structlog import get_logger

from service.adapters.kafka_errors import FATAL
from service.adapters.producers import PartitionProducers
from service.adapters.reporting import Reporter
from service.adapters.stages import Stage
from service.adapters.state import ChangelogReader
from service.core.models import Outcome
from service.live import LiveFeed
from service.metrics import Metrics
from service.settings import Settings

log = get_logger(__name__)


class TransactionFailed(KafkaError):  # type: ignore[misc]  # aiokafka is untyped
    """A partition's transaction did not commit; it is taken over again and retried."""

    retriable = True


class Processor(ConsumerRebalanceListener):  # type: ignore[misc]  # aiokafka is untyped
    def __init__(
        self,
        settings: Settings,
        consumer: AIOKafkaConsumer,
        stage: Stage,
        changelog: ChangelogReader | None,
        metrics: Metrics,
        live: LiveFeed | None = None,
    ) -> None:
        self._s = settings
        self._consumer = consumer
        self._stage = stage
        self._changelog = changelog  # None for the stateless prepare stage
        self._metrics = metrics
        self._reporter = Reporter(metrics, live or LiveFeed())
        self._producers = PartitionProducers(settings)
        # Held while a batch is in flight and during rebalance callbacks, so a revoke
        # waits for the batch to commit and a take-over is complete before processing.
        self._lock = asyncio.Lock()
        self._owned: set[TopicPartition] = set()
        self._pending: set[TopicPartition] = set()  # owned, waiting to be taken over
        self._next_offset: dict[TopicPartition, int] = {}
        self._index_dirty = False  # holds changes of a transaction that did not commit

    @property
    def ready(self) -> bool:
        return bool(self._owned) and not self._pending and not self._index_dirty

    # -- rebalance ---------------------------------------------------------------------
    async def on_partitions_revoked(self, revoked: set[TopicPartition]) -> None:
        async with self._lock:
            for tp in revoked:
                try:
                    await self._producers.close(tp)
                except Exception as exc:  # best effort: the id is fenced by the next owner
                    log.warning("producer_close_failed", partition=tp.partition, error=repr(exc))
                self._next_offset.pop(tp, None)
                with contextlib.suppress(KeyError):  # no lag reported yet for tp
                    self._metrics.lag.remove(tp.topic, str(tp.partition))
            self._owned -= revoked
            self._pending -= revoked
            self._metrics.ready.set(int(self.ready))
            log.info("partitions_revoked", partitions=_names(revoked))

    async def on_partitions_assigned(self, assigned: set[TopicPartition]) -> None:
        """Only record the assignment and pause the partitions.

        aiokafka runs this before it resumes heartbeats, so slow work here (fencing,
        reading the changelog) could outlast the session and cost another rebalance.
        The take-over happens in the processing loop instead.
        """
        async with self._lock:
            self._owned |= assigned
            self._pending |= assigned
            if assigned:
                self._consumer.pause(*assigned)
            self._metrics.ready.set(0)
            log.info("partitions_assigned", partitions=_names(assigned))

    async def _take_over_pending(self) -> None:
        """Fence, restore and seek every pending partition, then let it be fetched."""
        if self._index_dirty and self._changelog is not None:
            await self._changelog.reload()
        self._index_dirty = False
        if not self._pending:
            return
        tps = sorted(self._pending)
        for tp in tps:
            await self._producers.open(tp)  # fences the partition's previous owner
        # Only now, with zombies fenced, are committed offsets and changelog final.
        if self._changelog is not None:
            await self._changelog.catch_up()
        self._report_index_size()
        for tp in tps:
            committed = await self._consumer.committed(tp)
            if committed is None:
                await self._consumer.seek_to_beginning(tp)
                self._next_offset.pop(tp, None)
            else:
                self._consumer.seek(tp, committed)
                self._next_offset[tp] = committed
        self._consumer.resume(*tps)
        self._pending.difference_update(tps)
        self._metrics.ready.set(int(self.ready))
        log.info("partitions_taken_over", partitions=_names(set(tps)))

    # -- processing --------------------------------------------------------------------
    async def process(
        self, batch: Mapping[TopicPartition, Sequence[Any]], fetched_at: float
    ) -> None:
        """Take over what is pending, then one transaction per partition of the fetch.

        On a failed transaction the round stops: the partition is taken over again on the
        next call, the other partitions' unprocessed records are fetched again, and the
        error is raised so the caller backs off.
        """
        async with self._lock:
            await self._take_over_pending()
            todo = [(tp, self._unprocessed(tp, records)) for tp, records in batch.items()]
            todo = [(tp, records) for tp, records in todo if records]
            for i, (tp, records) in enumerate(todo):
                try:
                    handled = await self._transact(tp, records)
                except Exception as exc:
                    await self._failed(tp, exc)
                    for later, later_records in todo[i + 1 :]:
                        self._consumer.seek(later, later_records[0].offset)
                    if isinstance(exc, FATAL):
                        raise  # refused access: retrying cannot help
                    raise TransactionFailed(f"partition {tp.partition}: {exc!r}") from exc
                self._committed(tp, records, fetched_at)
                self._reporter.committed(tp.topic, handled)
            self._report_index_size()

    def _unprocessed(self, tp: TopicPartition, records: Sequence[Any]) -> Sequence[Any]:
        """Records of a partition we own, taken over, and have not committed yet."""
        if tp not in self._owned or tp in self._pending:
            return []  # revoked, or to be taken over (which seeks back to the commit)
        expected = self._next_offset.get(tp)
        if expected is None:
            return records
        return [r for r in records if r.offset >= expected]

    async def _failed(self, tp: TopicPartition, exc: BaseException) -> None:
        """After a transaction that did not commit: forget, and take the partition over again.

        The producer is closed whatever happened (fenced, or in a fatal state aiokafka
        cannot leave); re-opening it on take-over fences the old one for good.
        """
        fenced = isinstance(exc, ProducerFenced)
        log.warning("transaction_failed", partition=tp.partition, fenced=fenced, error=repr(exc))
        self._metrics.transactions.labels("fenced" if fenced else "aborted").inc()
        self._index_dirty = True
        with contextlib.suppress(Exception):
            await self._producers.close(tp)
        if tp in self._owned:
            self._pending.add(tp)
            self._consumer.pause(tp)
        self._metrics.ready.set(0)

    def _committed(self, tp: TopicPartition, records: Sequence[Any], fetched_at: float) -> None:
        self._next_offset[tp] = records[-1].offset + 1
        self._metrics.transactions.labels("committed").inc()
        elapsed = time.monotonic() - fetched_at
        for _ in records:
            self._metrics.latency.observe(elapsed)
        stable = self._consumer.last_stable_offset(tp)  # from the last fetch response
        if stable is not None:
            lag = max(0, stable - self._next_offset[tp])
            self._metrics.lag.labels(tp.topic, str(tp.partition)).set(lag)

    async def _transact(
        self, tp: TopicPartition, records: Sequence[Any]
    ) -> list[tuple[Any, Outcome | None]]:
        producer = self._producers[tp]
        handled: list[tuple[Any, Outcome | None]] = []
        async with producer.transaction():
            sends: list[Any] = []
            for record in records:
                outcome, futures = await self._handle(producer, record)
                handled.append((record, outcome))
                sends += futures
            await asyncio.gather(*sends)
            await producer.send_offsets_to_transaction(
                {tp: records[-1].offset + 1}, self._s.consumer_group
            )
        return handled

    async def _handle(self, producer: Any, record: Any) -> tuple[Outcome | None, list[Any]]:
        """Turn one record into its records and index changes, sent (not committed yet)."""
        handled = self._stage.handle(record)
        futures = [
            await producer.send(out.topic, out.value, key=out.key, headers=out.headers)
            for out in handled.records
        ]
        for change in handled.changes:
            futures.append(await producer.send(self._s.state_topic, change.value, key=change.key))
        return handled.outcome, futures

    def _report_index_size(self) -> None:
        if self._stage.pipeline is not None:
            self._metrics.index_size.set(len(self._stage.pipeline.index))

    async def refresh_lag(self) -> None:
        """Lag of every owned partition from its last stable offset: idle ones too."""
        async with self._lock:
            tps = sorted(self._owned - self._pending)
            if not tps:
                return
            ends = await self._consumer.end_offsets(tps)
            for tp in tps:
                position = self._next_offset.get(tp)
                if position is None:
                    position = await self._consumer.position(tp)
                lag = max(0, ends[tp] - position)
                self._metrics.lag.labels(tp.topic, str(tp.partition)).set(lag)

    async def close(self) -> None:
        async with self._lock:
            await self._producers.close_all()
            self._owned.clear()
            self._pending.clear()
            self._metrics.ready.set(0)


def _names(tps: set[TopicPartition]) -> list[str]:
    return sorted(f"{tp.topic}/{tp.partition}" for tp in tps)
