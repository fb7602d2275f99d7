"""Consume-transform-produce with exactly-once transactions, one per input partition.

For each fetched batch of one input partition, inside that partition's transaction:
every record's single outcome (story, variant or dead letter), the dedup index changes,
and the consumer offset after the batch. Commit, or abort and rewind: the in-memory index
is then rebuilt from the committed changelog and the batch is fetched again.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

import structlog
from aiokafka import AIOKafkaConsumer, ConsumerRebalanceListener, TopicPartition
from aiokafka.errors import ProducerFenced
from structlog import get_logger
from tenacity import AsyncRetrying, retry_if_exception, stop_after_delay, wait_exponential_jitter

from service.adapters.kafka_errors import is_retriable
from service.adapters.producers import PartitionProducers
from service.adapters.state import ChangelogReader
from service.core.events import SourceRef, Topics, to_record
from service.core.models import Outcome, Rejected
from service.core.pipeline import Pipeline
from service.live import DecisionView, LiveFeed
from service.metrics import Metrics
from service.settings import Settings

log = get_logger(__name__)
TAKE_OVER_DEADLINE_S = 60.0


class Processor(ConsumerRebalanceListener):  # type: ignore[misc]  # aiokafka is untyped
    def __init__(
        self,
        settings: Settings,
        consumer: AIOKafkaConsumer,
        pipeline: Pipeline,
        changelog: ChangelogReader,
        metrics: Metrics,
        live: LiveFeed | None = None,
    ) -> None:
        self._s = settings
        self._consumer = consumer
        self._pipeline = pipeline
        self._changelog = changelog
        self._metrics = metrics
        self._live = live or LiveFeed()
        self._producers = PartitionProducers(settings)
        self._topics = Topics(settings.stories_topic, settings.variants_topic, settings.dlq_topic)
        # Held while a batch is in flight and during rebalance callbacks, so a revoke
        # waits for the batch to commit and an assignment is complete before processing.
        self._lock = asyncio.Lock()
        self._next_offset: dict[TopicPartition, int] = {}
        self.ready = False
        self.failure: BaseException | None = None

    # -- rebalance ---------------------------------------------------------------------
    async def on_partitions_revoked(self, revoked: set[TopicPartition]) -> None:
        async with self._lock:
            for tp in revoked:
                try:
                    await self._producers.close(tp)
                except Exception as exc:  # closing is best effort; the id is fenced anyway
                    log.warning("producer_close_failed", partition=tp.partition, error=repr(exc))
                self._next_offset.pop(tp, None)
                with contextlib.suppress(KeyError):  # no lag reported yet for tp
                    self._metrics.lag.remove(tp.topic, str(tp.partition))
            self._set_ready(False)
            log.info("partitions_revoked", partitions=_names(revoked))

    async def on_partitions_assigned(self, assigned: set[TopicPartition]) -> None:
        """Take over ``assigned``, retrying transient errors for a while.

        aiokafka only logs an exception raised here and carries on, which would leave
        partitions assigned but never processed; so a failure is kept in ``failure`` and
        the run loop stops the service with it (an orchestrator then restarts it).
        """
        async with self._lock:
            try:
                async for attempt in AsyncRetrying(
                    retry=retry_if_exception(is_retriable),
                    wait=wait_exponential_jitter(multiplier=0.5, max=5.0),
                    stop=stop_after_delay(TAKE_OVER_DEADLINE_S),
                    reraise=True,
                ):
                    with attempt:
                        await self._take_over(assigned)
            except Exception as exc:
                log.error("assignment_failed", partitions=_names(assigned), error=repr(exc))
                self.failure = exc

    async def _take_over(self, assigned: set[TopicPartition]) -> None:
        for tp in sorted(assigned):
            await self._producers.open(tp)  # fences the partition's previous owner
        # Only now, with zombies fenced, are committed offsets and changelog final.
        await self._changelog.catch_up()
        self._metrics.index_size.set(len(self._pipeline.index))
        for tp in assigned:
            committed = await self._consumer.committed(tp)
            if committed is not None:
                self._consumer.seek(tp, committed)
                self._next_offset[tp] = committed
        self._set_ready(bool(assigned))
        log.info("partitions_assigned", partitions=_names(assigned))

    def _set_ready(self, ready: bool) -> None:
        self.ready = ready
        self._metrics.ready.set(1 if ready else 0)

    # -- processing --------------------------------------------------------------------
    async def process(
        self, batch: Mapping[TopicPartition, Sequence[Any]], fetched_at: float
    ) -> None:
        """One fetch: each partition's records in that partition's own transaction.

        The partitions run concurrently, so one transaction's commit round-trip overlaps
        the next partition's processing. A failed transaction rewinds its partition only
        after every transaction of the round has ended, because rebuilding the index from
        the changelog must not erase the changes of a transaction still in flight.
        """
        async with self._lock:
            work = {tp: self._unprocessed(tp, records) for tp, records in batch.items()}
            work = {tp: records for tp, records in work.items() if records}
            if not work:
                return
            results = await asyncio.gather(
                *(self._transact(tp, records) for tp, records in work.items()),
                return_exceptions=True,
            )
            rewind: dict[TopicPartition, int] = {}
            error: BaseException | None = None
            for (tp, records), result in zip(work.items(), results, strict=True):
                if result is None:
                    self._committed(tp, records, fetched_at)
                    continue
                rewind[tp] = records[0].offset
                if isinstance(result, ProducerFenced):
                    log.warning("producer_fenced", partition=tp.partition)
                    self._metrics.transactions.labels("fenced").inc()
                    await self._producers.close(tp)
                else:
                    log.error("transaction_failed", partition=tp.partition, error=repr(result))
                    self._metrics.transactions.labels("aborted").inc()
                    error = error or result
            if rewind:
                await self._changelog.reload()
                for tp, offset in rewind.items():
                    if tp in self._consumer.assignment():
                        self._consumer.seek(tp, offset)
                    self._next_offset[tp] = offset
            if error is not None:
                raise error

    def _unprocessed(self, tp: TopicPartition, records: Sequence[Any]) -> Sequence[Any]:
        """Records we still own and have not committed (none if ``tp`` was revoked)."""
        if tp not in self._producers:
            return []  # revoked after the fetch: the new owner processes these records
        expected = self._next_offset.get(tp)
        if expected is None:
            return records
        return [r for r in records if r.offset >= expected]

    def _committed(self, tp: TopicPartition, records: Sequence[Any], fetched_at: float) -> None:
        self._next_offset[tp] = records[-1].offset + 1
        self._metrics.transactions.labels("committed").inc()
        elapsed = time.monotonic() - fetched_at
        for _ in records:
            self._metrics.latency.observe(elapsed)
        self._update_lag(tp)

    async def _transact(self, tp: TopicPartition, records: Sequence[Any]) -> None:
        producer = self._producers[tp]
        handled: list[tuple[Any, Outcome]] = []
        async with producer.transaction():
            sends: list[Any] = []
            for record in records:
                outcome, futures = await self._handle(producer, record)
                handled.append((record, outcome))
                sends += futures
            await asyncio.gather(*sends)
            await producer.send_offsets_to_transaction(
                {tp: records[-1].offset + 1}, self._s.group_id
            )
        self._account(tp, handled)

    async def _handle(self, producer: Any, record: Any) -> tuple[Outcome, list[Any]]:
        """Decide one record and send its outcome and index changes (not committed yet)."""
        data: bytes = record.value if record.value is not None else b""
        received = datetime.fromtimestamp(record.timestamp / 1000, tz=UTC)
        result = self._pipeline.process(data, received)
        src = SourceRef(record.topic, record.partition, record.offset, record.timestamp)
        out = to_record(
            result.outcome,
            src,
            self._topics,
            ce_source=self._s.event_source,
            original=data,
            original_key=record.key,
            original_headers=list(record.headers or ()),
        )
        futures = [await producer.send(out.topic, out.value, key=out.key, headers=out.headers)]
        for change in result.changes:
            futures.append(await producer.send(self._s.state_topic, change.value, key=change.key))
        return result.outcome, futures

    def _account(self, tp: TopicPartition, handled: list[tuple[Any, Outcome]]) -> None:
        """After the commit: logs, metrics and the live feed show only committed outcomes."""
        self._metrics.consumed.labels(tp.topic).inc(len(handled))
        views: list[DecisionView] = []
        now = LiveFeed.now()
        for record, outcome in handled:
            structlog.contextvars.bind_contextvars(
                topic=record.topic, partition=record.partition, offset=record.offset
            )
            try:
                views.append(self._report(outcome, record, now))
            finally:
                structlog.contextvars.clear_contextvars()
        self._metrics.index_size.set(len(self._pipeline.index))
        self._live.extend(views)

    def _report(self, outcome: Outcome, record: Any, now: float) -> DecisionView:
        if isinstance(outcome, Rejected):
            self._metrics.dead_letters.labels(outcome.reason.value).inc()
            log.warning("dead_letter", reason=outcome.reason.value, error=outcome.message)
            return DecisionView(
                now,
                "rejected",
                "",
                outcome.reason.value,
                None,
                None,
                None,
                record.partition,
                record.offset,
            )
        counter = self._metrics.published if outcome.kind == "published" else self._metrics.variants
        counter.inc()
        story, decision = outcome.story, outcome.decision
        log.info(
            "story_" + outcome.kind,
            story_id=story.uri,
            headline=story.headline[:120],
            cluster_id=decision.cluster_id,
            decision=decision.kind.value,
            matched=decision.matched_uri,
        )
        return DecisionView(
            now,
            outcome.kind,
            story.headline[:200],
            decision.kind.value,
            story.uri,
            decision.matched_uri,
            decision.score,
            record.partition,
            record.offset,
        )

    async def refresh_lag(self) -> None:
        """Lag of every owned partition from its end offset: idle partitions too."""
        async with self._lock:
            tps = [tp for tp in self._consumer.assignment() if tp in self._producers]
            if not tps:
                return
            ends = await self._consumer.end_offsets(tps)  # last stable offsets
            for tp in tps:
                position = self._next_offset.get(tp)
                if position is None:
                    position = await self._consumer.position(tp)
                self._metrics.lag.labels(tp.topic, str(tp.partition)).set(
                    max(0, ends[tp] - position)
                )

    def _update_lag(self, tp: TopicPartition) -> None:
        high = self._consumer.highwater(tp)
        nxt = self._next_offset.get(tp)
        if high is not None and nxt is not None:
            self._metrics.lag.labels(tp.topic, str(tp.partition)).set(max(0, high - nxt))

    async def close(self) -> None:
        async with self._lock:
            await self._producers.close_all()
            self._set_ready(False)


def _names(tps: set[TopicPartition]) -> list[str]:
    return sorted(f"{tp.topic}/{tp.partition}" for tp in tps)
