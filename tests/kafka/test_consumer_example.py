"""The consumer example in README.md ("Consuming wire-ingest events") runs as written."""

from __future__ import annotations

import asyncio
import re
import sys
from pathlib import Path

from tests.kafka.harness import REPO, produce
from tests.stories import json_story, story_text


def readme_example() -> str:
    readme = (REPO / "README.md").read_text()
    section = readme.split("<!-- consuming:start -->")[1].split("<!-- consuming:end -->")[0]
    blocks = re.findall(r"```python\n(.*?)```", section, re.S)
    assert len(blocks) == 1, "the consuming section should hold one Python example"
    return blocks[0]


async def test_readme_consumer_prints_committed_stories_and_variants(
    broker, topics, start_service, tmp_path: Path
):
    """Run unchanged, with only its environment variables set, the example prints each
    new story and each variant (with the story it repeats) committed by the service."""
    script = tmp_path / "consumer.py"
    script.write_text(readme_example())
    svc = start_service()
    svc.wait_ready()
    env = {
        **{k: v for k, v in svc.env.items() if not k.startswith("WIRE_")},
        "WIRE_KAFKA_BOOTSTRAP": broker.bootstrap,
        "WIRE_STORIES_TOPIC": topics.stories,
        "WIRE_VARIANTS_TOPIC": topics.variants,
        "CONSUMER_GROUP": f"{topics.raw}.example",
    }
    proc = await asyncio.create_subprocess_exec(
        sys.executable, str(script), env=env, stdout=asyncio.subprocess.PIPE
    )
    try:
        await produce(
            broker.bootstrap,
            topics.raw,
            [json_story(1), json_story(2), json_story(1, copy=1)],
            key=b"k",
        )
        assert proc.stdout is not None
        lines = [
            (await asyncio.wait_for(proc.stdout.readline(), 60)).decode().rstrip("\n")
            for _ in range(3)
        ]
    finally:
        if proc.returncode is None:
            proc.terminate()  # by PID
        await proc.wait()
    # Two topics: their records interleave in any order.
    assert sorted(lines) == sorted(
        [
            f"story test-1: {story_text(1)[0]}",
            f"story test-2: {story_text(2)[0]}",
            "variant test-1-copy1 repeats test-1 (score 1.00)",
        ]
    )
    assert svc.stop() == 0
