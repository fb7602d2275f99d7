"""`wire-ingest process IN.jsonl OUT.jsonl`: the pipeline over files, without a broker.

The embedded mode for backfills and trials. Each input line is one raw message, as it
would arrive on ``wire.raw``. Each output line is the record the service would produce:
``{"topic", "key", "value", "headers"}`` with ``value`` the JSON event (or, for a dead
letter, the original message as text). ``--state FILE`` keeps the dedup index between
runs as the changelog would: it is replayed on start and appended to as the run goes.
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import IO, Any

import orjson
from tqdm import tqdm

from service.adapters.stages import AllStage
from service.core.dedup import DedupIndex, StateChange
from service.core.pipeline import Pipeline
from service.settings import load_settings

DEFAULT_MAX_BYTES = 1_000_000


@dataclass(frozen=True, slots=True)
class _Line:
    """One input line shaped like the Kafka record the service would have consumed."""

    topic: str
    partition: int
    offset: int
    timestamp: int
    value: bytes
    key: bytes | None = None
    headers: tuple[tuple[str, bytes], ...] = ()


def _lines(path: Path) -> Iterator[bytes]:
    with path.open("rb") as handle:
        for line in handle:
            stripped = line.rstrip(b"\r\n")
            if stripped.strip():
                yield stripped


def restore(index: DedupIndex, state: Path) -> int:
    """Replay a state file written by :func:`append_changes` into ``index``."""
    count = 0
    for line in _lines(state):
        obj = orjson.loads(line)
        value = obj["v"]
        index.load(bytes.fromhex(obj["k"]), None if value is None else bytes.fromhex(value))
        count += 1
    return count


def append_changes(handle: IO[bytes], changes: list[StateChange]) -> None:
    for change in changes:
        value = None if change.value is None else change.value.hex()
        handle.write(orjson.dumps({"k": change.key.hex(), "v": value}) + b"\n")


def _record_json(record: Any) -> bytes:
    try:
        value: Any = orjson.loads(record.value)
    except orjson.JSONDecodeError:
        value = record.value.decode("utf-8", "replace")
    return orjson.dumps(
        {
            "topic": record.topic,
            "key": record.key.decode("utf-8", "replace") if record.key else None,
            "value": value,
            "headers": {k: v.decode("utf-8", "replace") for k, v in record.headers},
        }
    )


def _run(args: argparse.Namespace) -> int:
    source, target = Path(args.input), Path(args.output)
    total = sum(1 for _ in _lines(source)) if not args.no_progress else None
    index = DedupIndex(timedelta(days=args.window_days))
    state_path = Path(args.state) if args.state else None
    if state_path is not None and state_path.exists():
        restore(index, state_path)
    # The service's own record handling (topic names and event source from WIRE_*), so a
    # backfill produces exactly the records the service would.
    settings = load_settings(max_message_bytes=args.max_bytes)
    stage = AllStage(settings, Pipeline(index, max_bytes=settings.max_message_bytes))
    counts: Counter[str] = Counter()
    state = state_path.open("ab") if state_path is not None else None
    try:
        with target.open("wb") as out:
            lines = tqdm(_lines(source), total=total, unit="story", disable=args.no_progress)
            for offset, data in enumerate(lines):
                now_ms = int(datetime.now(UTC).timestamp() * 1000)
                handled = stage.handle(_Line(str(source), 0, offset, now_ms, data))
                (record,) = handled.records
                out.write(_record_json(record) + b"\n")
                counts[record.topic] += 1
                if state is not None:
                    append_changes(state, handled.changes)
    finally:
        if state is not None:
            state.close()
    summary = ", ".join(f"{n} to {topic}" for topic, n in sorted(counts.items()))
    print(f"processed {sum(counts.values())} messages: {summary or 'none'}")
    return 0


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "process",
        help="run the pipeline over a JSONL file, without a broker (backfills, trials)",
        description=__doc__.split("\n\n")[1] if __doc__ else None,
    )
    parser.add_argument("input", metavar="IN.jsonl", help="raw messages, one a line")
    parser.add_argument("output", metavar="OUT.jsonl", help="output records, one a line")
    parser.add_argument("--state", metavar="FILE", help="dedup state to restore and append to")
    parser.add_argument("--window-days", type=float, default=7.0, help="dedup window (days)")
    parser.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, help="input limit")
    parser.add_argument("--no-progress", action="store_true", help="hide the progress bar")
    parser.set_defaults(func=_run)
