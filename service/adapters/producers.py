"""One transactional producer per assigned input partition.

Why per partition: aiokafka 0.14 sends ``TxnOffsetCommit`` without the consumer group
generation (the pre-KIP-447 protocol), so the group coordinator cannot reject a zombie
that lost its partitions but still holds a live producer. The classic remedy (Kafka
Streams' original exactly-once mode) is a transactional id derived from the input
partition, ``<prefix>-<topic>-<partition>``: whichever instance is assigned the partition
calls ``init_transactions`` with that id, which bumps the producer epoch, aborts the
previous owner's open transaction and fences it out for good. See
docs/decisions/0001-exactly-once-fencing.md.
"""

from __future__ import annotations

from aiokafka import AIOKafkaProducer, TopicPartition
from structlog import get_logger

from service.adapters.admin import OUTPUT_MAX_MESSAGE_BYTES
from service.adapters.kafka_config import client_kwargs
from service.settings import Settings

log = get_logger(__name__)


def transactional_id(settings: Settings, tp: TopicPartition) -> str:
    return f"{settings.transactional_id_prefix}-{tp.topic}-{tp.partition}"


class PartitionProducers:
    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self._producers: dict[TopicPartition, AIOKafkaProducer] = {}

    def __contains__(self, tp: object) -> bool:
        return tp in self._producers

    def __getitem__(self, tp: TopicPartition) -> AIOKafkaProducer:
        return self._producers[tp]

    def __len__(self) -> int:
        return len(self._producers)

    async def open(self, tp: TopicPartition) -> None:
        """Start the producer of ``tp``; its ``init_transactions`` fences any older owner."""
        if tp in self._producers:
            return
        tid = transactional_id(self._settings, tp)
        producer = AIOKafkaProducer(
            **client_kwargs(self._settings, client_suffix=f"-p{tp.partition}"),
            transactional_id=tid,
            enable_idempotence=True,
            acks="all",
            transaction_timeout_ms=self._settings.transaction_timeout_ms,
            max_request_size=OUTPUT_MAX_MESSAGE_BYTES,
            linger_ms=5,
        )
        try:
            await producer.start()  # runs InitProducerId for the transactional id
        except BaseException:
            await producer.stop()
            raise
        self._producers[tp] = producer
        log.info("producer_ready", transactional_id=tid)

    async def close(self, tp: TopicPartition) -> None:
        producer = self._producers.pop(tp, None)
        if producer is not None:
            await producer.stop()

    async def close_all(self) -> None:
        for tp in list(self._producers):
            await self.close(tp)
