"""The dedup index's changelog: restore it from the compacted state topic.

Writes go through the processor's transactions (they must commit with the outputs); this
module only reads. It keeps its position per changelog partition, so :meth:`catch_up`
after a rebalance reads just what other instances committed since, and :meth:`reload`
rebuilds the index from scratch after an aborted transaction left it ahead of Kafka.
Reads are ``read_committed``: an aborted or pending transaction's changes are never loaded.
"""

from __future__ import annotations

import asyncio
import time
from typing import Protocol

from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.errors import KafkaTimeoutError
from structlog import get_logger

from service.adapters.admin import topic_partitions
from service.adapters.kafka_config import client_kwargs
from service.settings import Settings

log = get_logger(__name__)
STALL_TIMEOUT_S = 30.0


class Restorable(Protocol):
    def load(self, key: bytes, value: bytes | None) -> None: ...
    def clear(self) -> None: ...
    def __len__(self) -> int: ...


class ChangelogReader:
    def __init__(self, settings: Settings, index: Restorable) -> None:
        self._settings = settings
        self._index = index
        self._consumer: AIOKafkaConsumer | None = None
        self._positions: dict[TopicPartition, int] = {}
        self._partitions: list[int] = []
        self.settle_s = 10.0

    async def start(self) -> None:
        if self._consumer is not None:
            return
        consumer = AIOKafkaConsumer(
            **client_kwargs(self._settings, client_suffix="-state"),
            group_id=None,
            enable_auto_commit=False,
            isolation_level="read_committed",
            auto_offset_reset="earliest",
            max_partition_fetch_bytes=4 * 1024 * 1024,
            fetch_max_wait_ms=50,  # quick empty fetches: they carry the high watermarks
        )
        await consumer.start()
        self._consumer = consumer

    async def stop(self) -> None:
        if self._consumer is not None:
            consumer, self._consumer = self._consumer, None
            await consumer.stop()

    async def reload(self) -> int:
        """Forget the in-memory index and rebuild it from the changelog."""
        self._index.clear()
        self._positions.clear()
        return await self.catch_up()

    async def catch_up(self) -> int:
        """Load every committed changelog record after our positions; return how many.

        Reads to the last stable offset (LSO). While a transaction is open on the changelog,
        or its commit markers are not written yet, the LSO stays below the high watermark
        and committed records behind the open transaction are not readable yet: so it
        waits, up to ``settle_s``, for the two to meet (they do at once with one instance,
        whose own old transactions were just aborted by fencing).
        """
        await self.start()
        assert self._consumer is not None
        consumer = self._consumer
        started = time.monotonic()
        topic = self._settings.state_topic
        if not self._partitions:
            self._partitions = await topic_partitions(self._settings, topic)
        tps = [TopicPartition(topic, p) for p in self._partitions]
        if not tps:
            return 0
        consumer.assign(tps)
        for tp in tps:
            if tp in self._positions:
                consumer.seek(tp, self._positions[tp])
            else:
                await consumer.seek_to_beginning(tp)
        loaded = 0
        settle_until = time.monotonic() + self.settle_s
        while True:
            ends = await consumer.end_offsets(tps)  # last stable offsets under read_committed
            loaded += await self._read_to(ends)
            open_txn = [tp for tp in tps if (consumer.highwater(tp) or 0) > ends[tp]]
            if not open_txn:
                break
            if time.monotonic() > settle_until:
                log.warning("changelog_not_settled", partitions=[tp.partition for tp in open_txn])
                break
            await asyncio.sleep(0.05)
        for tp in tps:
            self._positions[tp] = await consumer.position(tp)
        log.info(
            "state_restored",
            records=loaded,
            index_entries=len(self._index),
            seconds=round(time.monotonic() - started, 3),
        )
        return loaded

    async def _read_to(self, ends: dict[TopicPartition, int]) -> int:
        """Apply records until every position reaches ``ends``; fail if progress stalls."""
        assert self._consumer is not None
        consumer = self._consumer
        loaded = 0
        stalled_since = time.monotonic()
        # One fetch even when there is nothing to read: it refreshes the high watermarks.
        pending = set(ends)
        while pending:
            batch = await consumer.getmany(*pending, timeout_ms=200, max_records=10_000)
            for records in batch.values():
                for record in records:
                    if record.key is not None:
                        self._index.load(record.key, record.value)
                        loaded += 1
            if batch:
                stalled_since = time.monotonic()
            elif time.monotonic() - stalled_since > STALL_TIMEOUT_S:
                raise KafkaTimeoutError(f"changelog read made no progress in {STALL_TIMEOUT_S}s")
            for tp in list(pending):
                if await consumer.position(tp) >= ends[tp]:
                    pending.discard(tp)
        return loaded
