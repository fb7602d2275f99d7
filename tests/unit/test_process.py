"""`wire-ingest process`: the pipeline over files, with state kept between runs."""

from __future__ import annotations

from pathlib import Path

import orjson

from service.cli import main
from tests.unit.test_dedup import ORIGINAL, REWRITE


def _line(uri: str, body: str) -> bytes:
    return orjson.dumps(
        {"id": uri, "headline": "Quake", "body": body, "published_at": "2026-03-03T08:00:00Z"}
    )


def _topics(path: Path) -> list[str]:
    return [orjson.loads(line)["topic"] for line in path.read_bytes().splitlines()]


def test_process_writes_one_record_per_input(tmp_path: Path) -> None:
    """A new story, its rewrite and a bad line go to stories, variants and the DLQ."""
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_bytes(b"\n".join([_line("a", ORIGINAL), _line("b", REWRITE), b"{not json"]) + b"\n")
    assert main(["process", str(src), str(out), "--no-progress"]) == 0
    assert _topics(out) == ["wire.stories", "wire.variants", "wire.dlq"]
    variant = orjson.loads(out.read_bytes().splitlines()[1])
    assert variant["value"]["duplicate_of"] == "a"
    assert variant["headers"]["ce_type"] == "news.story.variant"


def test_state_file_carries_the_index_to_the_next_run(tmp_path: Path) -> None:
    """With --state, a rewrite in a second run is still recognised as a variant."""
    state = tmp_path / "state.jsonl"
    first, second = tmp_path / "1.jsonl", tmp_path / "2.jsonl"
    first.write_bytes(_line("a", ORIGINAL) + b"\n")
    second.write_bytes(_line("b", REWRITE) + b"\n")
    out = tmp_path / "out.jsonl"
    assert main(["process", str(first), str(out), "--state", str(state), "--no-progress"]) == 0
    assert main(["process", str(second), str(out), "--state", str(state), "--no-progress"]) == 0
    assert _topics(out) == ["wire.variants"]
    assert len(state.read_bytes().splitlines()) == 2
