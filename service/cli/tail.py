"""`wire-ingest tail`: print clean events readably as they are committed.

Reads with ``isolation_level=read_committed`` (what downstream consumers see) and without a
consumer group, so it never moves anyone's offsets. One line per event: time, kind,
headline, and for variants the story they repeat with the score; ``--json`` prints the
event values as JSON lines instead, for piping into ``jq``.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from datetime import UTC, datetime
from typing import Any, TextIO

import orjson
from aiokafka import AIOKafkaConsumer, TopicPartition

from service.adapters.admin import topic_partitions
from service.adapters.kafka_config import client_kwargs
from service.core.events import TYPE_PUBLISHED, TYPE_VARIANT
from service.errors import WireIngestError
from service.settings import Settings, load_settings


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "tail",
        help="print clean events readably as they arrive",
        description="Print committed events as they arrive, one readable line each "
        "(published stories, variants with the story they repeat, dead letters with their "
        "reason). Reads without a consumer group: nobody's offsets move. Stop with Ctrl-C.",
    )
    parser.add_argument(
        "--topic",
        action="append",
        metavar="TOPIC",
        help="topic to read; repeat for several (default: WIRE_STORIES_TOPIC and "
        "WIRE_VARIANTS_TOPIC)",
    )
    parser.add_argument(
        "--from-beginning",
        action="store_true",
        help="start at the oldest retained event instead of the newest",
    )
    parser.add_argument(
        "--max", type=int, metavar="N", help="exit after N events (default: run until Ctrl-C)"
    )
    parser.add_argument(
        "--json", action="store_true", help="print each event's JSON value on one line"
    )
    parser.set_defaults(func=_tail)


def _tail(args: argparse.Namespace) -> int:
    if args.max is not None and args.max < 1:
        raise WireIngestError("--max must be at least 1")
    settings = load_settings()
    topics = args.topic or [settings.stories_topic, settings.variants_topic]
    asyncio.run(
        tail(
            settings,
            topics,
            from_beginning=args.from_beginning,
            limit=args.max,
            as_json=args.json,
            out=sys.stdout,
        )
    )
    return 0


async def assign_all(
    consumer: AIOKafkaConsumer, settings: Settings, topics: list[str]
) -> list[TopicPartition]:
    """Assign every partition of ``topics``; a missing topic is a one-line user error."""
    tps = []
    for topic in topics:
        partitions = await topic_partitions(settings, topic)
        if not partitions:
            raise WireIngestError(
                f"topic {topic!r} does not exist on {settings.kafka_bootstrap}: "
                "check --topic, or start the service once so that it creates its topics"
            )
        tps += [TopicPartition(topic, p) for p in partitions]
    consumer.assign(tps)
    return tps


async def tail(
    settings: Settings,
    topics: list[str],
    *,
    from_beginning: bool = False,
    limit: int | None = None,
    as_json: bool = False,
    out: TextIO,
) -> int:
    """Print events of ``topics`` until ``limit`` were printed (or forever)."""
    consumer = AIOKafkaConsumer(
        **client_kwargs(settings, client_suffix="-tail"),
        group_id=None,
        enable_auto_commit=False,
        isolation_level="read_committed",
    )
    await consumer.start()
    printed = 0
    try:
        tps = await assign_all(consumer, settings, topics)
        if from_beginning:
            await consumer.seek_to_beginning(*tps)
        else:
            await consumer.seek_to_end(*tps)
        while limit is None or printed < limit:
            batch = await consumer.getmany(timeout_ms=500)
            for records in batch.values():
                for r in records:
                    headers = {k: b"" if v is None else bytes(v) for k, v in r.headers or ()}
                    line = (
                        _json_line(r.value)
                        if as_json
                        else format_event(r.topic, r.timestamp, headers, r.value)
                    )
                    print(line, file=out, flush=True)
                    printed += 1
                    if limit is not None and printed >= limit:
                        return printed
    finally:
        await consumer.stop()
    return printed


def _json_line(value: bytes | None) -> str:
    try:
        return orjson.dumps(orjson.loads(value or b"null")).decode()
    except orjson.JSONDecodeError:  # a dead letter's original bytes need not be JSON
        return orjson.dumps({"raw": (value or b"").decode("utf-8", "replace")}).decode()


def format_event(
    topic: str, timestamp_ms: int, headers: dict[str, bytes], value: bytes | None
) -> str:
    """One readable line for a record of any of the service's output topics."""
    when = datetime.fromtimestamp(timestamp_ms / 1000, tz=UTC).strftime("%H:%M:%S")
    ce_type = headers.get("ce_type", b"").decode()
    if "dlq.error.reason" in headers:
        reason = headers["dlq.error.reason"].decode()
        message = headers.get("dlq.error.message", b"").decode("utf-8", "replace")
        source = "/".join(
            headers.get(f"dlq.source.{k}", b"?").decode() for k in ("topic", "partition", "offset")
        )
        return f"{when}  dead-letter  {reason}: {_clip(message, 100)}  (from {source})"
    try:
        event = orjson.loads(value or b"")
    except orjson.JSONDecodeError:
        event = None
    if not isinstance(event, dict) or ce_type not in (TYPE_PUBLISHED, TYPE_VARIANT):
        raw = (value or b"").decode("utf-8", "replace")
        return f"{when}  {topic}  {_clip(raw, 120)}"
    headline = _clip(str(event.get("headline") or "(no headline)"), 90)
    if ce_type == TYPE_VARIANT:
        score = event.get("score")
        score_text = f"{score:.2f}" if isinstance(score, int | float) else "?"
        return (
            f"{when}  variant      {headline}\n"
            f"{'':10}repeats {event.get('duplicate_of')}  score {score_text}"
            f" ({event.get('rule', '?')})"
        )
    agencies = ", ".join(str(a) for a in event.get("agencies") or [])
    credit = f"  [{agencies}]" if agencies else ""
    return f"{when}  published    {headline}{credit}\n{'':10}{event.get('uri')}"


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
