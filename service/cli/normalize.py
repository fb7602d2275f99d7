"""`wire-ingest normalize PATH...`: show the clean story and the rule hits for each input.

Each file is one raw message, each non-blank line of a ``.jsonl`` file is one, and a
directory stands for the files in it; ``-`` reads one message from stdin. Output is one JSON
object a line (``source``, then ``story`` and ``rule_hits``, or ``rejected``), or a readable
view with ``--pretty``. Exit code 1 when any input was rejected.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson

from service.core.models import Story
from service.core.normalize import normalize_explained
from service.core.parse import RejectError, parse

DEFAULT_MAX_BYTES = 1_000_000


def iter_inputs(paths: list[str]) -> Iterator[tuple[str, bytes]]:
    """``(source label, message bytes)`` for every message the paths hold, in order."""
    for name in paths:
        if name == "-":
            yield "<stdin>", sys.stdin.buffer.read()
            continue
        path = Path(name)
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            if file.suffix == ".jsonl":
                with file.open("rb") as handle:
                    for number, line in enumerate(handle, 1):
                        if line.strip():
                            yield f"{file}:{number}", line.rstrip(b"\r\n")
            else:
                yield str(file), file.read_bytes()


def result(source: str, data: bytes, max_bytes: int) -> dict[str, Any]:
    """The JSON-able outcome of normalizing one message."""
    try:
        story, details = normalize_explained(parse(data, max_bytes=max_bytes))
    except RejectError as exc:
        return {"source": source, "rejected": {"reason": exc.reason.value, "message": str(exc)}}
    return {
        "source": source,
        "story": story.model_dump(mode="json"),
        "rule_hits": [{"rule": rule, "text": text} for rule, text in details],
    }


def pretty(item: dict[str, Any]) -> str:
    """A readable view of one :func:`result`."""
    lines = [f"== {item['source']}"]
    if "rejected" in item:
        lines.append(f"REJECTED ({item['rejected']['reason']}): {item['rejected']['message']}")
        return "\n".join(lines)
    story = Story.model_validate(item["story"])
    lines.append(story.headline.upper())
    if story.summary:
        lines.append(f"  {story.summary}")
    facts = [
        f"dateline: {story.dateline.text}" if story.dateline else None,
        f"agencies: {', '.join(story.agencies)}" if story.agencies else None,
        f"byline: {story.byline}" if story.byline else None,
        f"language: {story.language}" if story.language else None,
        f"url: {story.url}" if story.url else None,
    ]
    lines.append(" | ".join(f for f in facts if f) or "(no metadata)")
    lines.append("")
    lines.extend(f"{n}. {p}" for n, p in enumerate(story.paragraphs, 1))
    lines.append("")
    lines.append(f"rule hits ({len(item['rule_hits'])}):")
    for hit in item["rule_hits"]:
        text = hit["text"].replace("\n", " ")
        lines.append(f"  - {hit['rule']}" + (f": {text[:100]}" if text else ""))
    return "\n".join(lines)


def _run(args: argparse.Namespace) -> int:
    rejected = 0
    out = sys.stdout
    for source, data in iter_inputs(args.paths):
        item = result(source, data, args.max_bytes)
        rejected += "rejected" in item
        if args.pretty:
            out.write(pretty(item) + "\n\n")
        else:
            out.write(orjson.dumps(item).decode() + "\n")
    return 1 if rejected else 0


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "normalize",
        help="print the clean story and the rule hits for files or JSONL lines",
        description=__doc__.split("\n\n")[1] if __doc__ else None,
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="file, directory, .jsonl or -")
    parser.add_argument("--pretty", action="store_true", help="readable view instead of JSON")
    parser.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, help="input limit")
    parser.set_defaults(func=_run)
