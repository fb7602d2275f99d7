"""`wire-ingest produce FILE...`: publish raw stories to the input topic.

Each ``.jsonl`` line is one story; any other file is one story (JSON or plain text);
a directory contributes its files in name order. Bytes are sent as they are: the
service, not this command, decides what is valid, so bad samples reach the DLQ.
"""

from __future__ import annotations

import argparse
import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from aiokafka import AIOKafkaProducer
from tqdm import tqdm

from service.adapters.admin import ensure_topics
from service.adapters.kafka_config import client_kwargs
from service.errors import WireIngestError
from service.settings import Settings, load_settings


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "produce",
        help="publish raw stories (JSONL, text files, directories) to the input topic",
        description="Publish raw stories to WIRE_INPUT_TOPIC: each JSONL line is one "
        "story, any other file is one story, directories are read in name order.",
    )
    parser.add_argument(
        "paths",
        nargs="+",
        type=Path,
        metavar="PATH",
        help="a story file (JSON or text), a .jsonl file (one story a line) or a directory",
    )
    parser.add_argument("--topic", help="topic to publish to (default: WIRE_INPUT_TOPIC)")
    parser.add_argument(
        "--key",
        help="record key for every message (one key keeps them in order on one partition)",
    )
    parser.add_argument("--quiet", action="store_true", help="no progress bar")
    parser.set_defaults(func=_produce)


def iter_messages(paths: list[Path]) -> Iterator[bytes]:
    """Raw messages from files, JSONL lines and directories."""
    for path in paths:
        if path.is_dir():
            yield from iter_messages(sorted(p for p in path.iterdir() if p.is_file()))
        elif not path.exists():
            raise WireIngestError(f"{path}: no such file or directory")
        elif path.suffix == ".jsonl":
            with path.open("rb") as handle:
                yield from (line.rstrip(b"\r\n") for line in handle if line.strip())
        else:
            yield path.read_bytes()


def _produce(args: argparse.Namespace) -> int:
    settings = load_settings()
    messages = list(iter_messages(args.paths))
    topic = args.topic or settings.input_topic
    key = args.key.encode() if args.key else None
    sent = asyncio.run(publish(settings, messages, topic=topic, key=key, quiet=args.quiet))
    print(f"published {sent} messages to {args.topic or settings.input_topic}")
    return 0


async def publish(
    settings: Settings,
    messages: list[bytes],
    *,
    topic: str,
    key: bytes | None = None,
    quiet: bool = False,
) -> int:
    if settings.create_topics:
        await ensure_topics(settings)
    producer = AIOKafkaProducer(
        **client_kwargs(settings, client_suffix="-produce"), acks="all", linger_ms=10
    )
    await producer.start()
    try:
        with tqdm(total=len(messages), unit="msg", disable=quiet) as bar:
            pending = []
            for message in messages:
                pending.append(await producer.send(topic, message, key=key))
                if len(pending) >= 500:
                    await asyncio.gather(*pending)
                    bar.update(len(pending))
                    pending.clear()
            await asyncio.gather(*pending)
            bar.update(len(pending))
    finally:
        await producer.stop()
    return len(messages)
