"""`wire-ingest replay --from-dlq`: re-publish dead letters after a fix.

Each dead letter goes back to the topic it came from (its ``dlq.source.topic`` header, or
``--to``) with its original key, value and headers; the ``dlq.*`` error headers are dropped
and one ``wire.replayed-from`` header (``dlq-topic/partition/offset``) is added, so a record
that fails again is traceable. The re-published records and the replay's progress (offsets
of a consumer group of its own) commit in one transaction: running replay twice does not
publish anything twice, and an interrupted replay publishes nothing partially.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from dataclasses import dataclass
from typing import Any, TextIO

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition

from service.adapters.admin import OUTPUT_MAX_MESSAGE_BYTES
from service.adapters.kafka_config import client_kwargs
from service.cli.tail import assign_all
from service.errors import WireIngestError
from service.settings import Settings, load_settings

REPLAYED_FROM = "wire.replayed-from"
_DLQ_PREFIX = "dlq."


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "replay",
        help="re-publish dead letters to their source topic after a fix",
        description="Re-publish the dead letters in WIRE_DLQ_TOPIC to the topic each came "
        "from, with its original key, value and headers (the dlq.* error headers are "
        "dropped, a wire.replayed-from header is added). Progress is kept in the consumer "
        "group <WIRE_GROUP_ID>.replay and committed with the records in one transaction, "
        "so each dead letter is replayed once.",
    )
    parser.add_argument(
        "--from-dlq",
        action="store_true",
        required=True,
        help="replay the dead-letter topic (WIRE_DLQ_TOPIC); required",
    )
    parser.add_argument(
        "--to", metavar="TOPIC", help="publish to TOPIC instead of each record's source topic"
    )
    parser.add_argument(
        "--reason",
        action="append",
        metavar="REASON",
        help="only dead letters with this dlq.error.reason (repeatable), e.g. invalid_json; "
        "the others are skipped and count as done (see --from-beginning)",
    )
    parser.add_argument(
        "--from-beginning",
        action="store_true",
        help="ignore the recorded progress and start at the oldest retained dead letter",
    )
    parser.add_argument(
        "--dry-run", action="store_true", help="list what would be replayed; publish nothing"
    )
    parser.set_defaults(func=_replay)


@dataclass(frozen=True, slots=True)
class Replayed:
    topic: str
    key: bytes | None
    value: bytes | None
    headers: list[tuple[str, bytes]]
    origin: str  # dlq-topic/partition/offset


def to_replay(
    dlq_topic: str,
    partition: int,
    offset: int,
    key: bytes | None,
    value: bytes | None,
    headers: list[tuple[str, bytes]],
    *,
    to: str | None,
    fallback: str,
) -> Replayed:
    """The record to publish again for one dead letter (pure)."""
    source = dict(headers).get("dlq.source.topic")
    topic = to or (source.decode() if source else fallback)
    origin = f"{dlq_topic}/{partition}/{offset}"
    kept = [(k, v) for k, v in headers if not k.startswith(_DLQ_PREFIX) and k != REPLAYED_FROM]
    return Replayed(topic, key, value, [*kept, (REPLAYED_FROM, origin.encode())], origin)


def _replay(args: argparse.Namespace) -> int:
    settings = load_settings()
    count = asyncio.run(
        replay(
            settings,
            to=args.to,
            reasons=args.reason,
            from_beginning=args.from_beginning,
            dry_run=args.dry_run,
            out=sys.stdout,
        )
    )
    verb = "would replay" if args.dry_run else "replayed"
    print(f"{verb} {count} dead letters from {settings.dlq_topic}")
    return 0


async def replay(
    settings: Settings,
    *,
    to: str | None = None,
    reasons: list[str] | None = None,
    from_beginning: bool = False,
    dry_run: bool = False,
    out: TextIO,
) -> int:
    """Replay the dead letters not replayed yet, up to the end of the DLQ at start."""
    group = f"{settings.group_id}.replay"
    consumer = AIOKafkaConsumer(
        **client_kwargs(settings, client_suffix="-replay"),
        group_id=group,
        enable_auto_commit=False,
        isolation_level="read_committed",
        auto_offset_reset="earliest",
    )
    await consumer.start()
    try:
        tps = await assign_all(consumer, settings, [settings.dlq_topic])
        end = await consumer.end_offsets(tps)
        todo: list[Replayed] = []
        positions: dict[TopicPartition, int] = {}
        for tp in tps:
            committed = None if from_beginning else await consumer.committed(tp)
            start = (
                committed if committed is not None else (await consumer.beginning_offsets([tp]))[tp]
            )
            if start < end[tp]:
                consumer.seek(tp, start)
                positions[tp] = start
        while any(positions[tp] < end[tp] for tp in positions):
            batch = await consumer.getmany(timeout_ms=1000)
            for tp, records in batch.items():
                for r in records:
                    if tp not in positions or r.offset >= end[tp]:
                        continue
                    positions[tp] = r.offset + 1
                    headers = [(k, b"" if v is None else bytes(v)) for k, v in r.headers or ()]
                    item = to_replay(
                        r.topic,
                        r.partition,
                        r.offset,
                        r.key,
                        r.value,
                        headers,
                        to=to,
                        fallback=settings.input_topic,
                    )
                    reason = dict(headers).get("dlq.error.reason", b"").decode()
                    if reasons is None or reason in reasons:
                        todo.append(item)
                        print(f"{item.origin} -> {item.topic}  ({reason or 'no reason'})", file=out)
            # Transaction markers advance the position without yielding records.
            for tp in positions:
                positions[tp] = max(positions[tp], await consumer.position(tp))
        if dry_run or not positions:
            return len(todo)
        await _publish(settings, group, todo, {tp: end[tp] for tp in positions})
        return len(todo)
    finally:
        await consumer.stop()


async def _publish(
    settings: Settings, group: str, todo: list[Replayed], offsets: dict[TopicPartition, int]
) -> None:
    producer = AIOKafkaProducer(
        **client_kwargs(settings, client_suffix="-replay"),
        transactional_id=f"{settings.transactional_id_prefix}-replay",
        enable_idempotence=True,
        acks="all",
        max_request_size=OUTPUT_MAX_MESSAGE_BYTES,
    )
    await producer.start()
    try:
        async with producer.transaction():
            sent = [
                await producer.send(r.topic, r.value, key=r.key, headers=r.headers) for r in todo
            ]
            await asyncio.gather(*sent)
            await producer.send_offsets_to_transaction(offsets, group)
    except Exception as exc:
        raise WireIngestError(f"replay aborted, nothing was published: {exc}") from exc
    finally:
        await producer.stop()
