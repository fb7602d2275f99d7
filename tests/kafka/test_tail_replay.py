"""`wire-ingest tail` and `wire-ingest replay --from-dlq` against a real broker."""

from __future__ import annotations

import asyncio
import subprocess
import sys

import orjson
from aiokafka import AIOKafkaProducer

from service.cli.replay import REPLAYED_FROM
from tests.kafka.harness import REPO, produce, read_committed
from tests.stories import json_story, story_text


async def cli(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return await asyncio.to_thread(
        subprocess.run,
        [sys.executable, "-m", "service", *args],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


async def test_tail_prints_each_committed_event_readably(broker, topics, start_service):
    """tail shows published stories with their headline and uri, variants with the story
    they repeat and their score, and dead letters with their reason and source offset."""
    svc = start_service()
    svc.wait_ready()
    await produce(broker.bootstrap, topics.raw, [json_story(1)], key=b"k")
    await produce(broker.bootstrap, topics.raw, [json_story(1, copy=1), b"{broken"], key=b"k")
    result = await cli(
        svc.env,
        "tail",
        "--from-beginning",
        "--max",
        "3",
        *("--topic", topics.stories, "--topic", topics.variants, "--topic", topics.dlq),
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    headline = story_text(1)[0]
    assert f"published    {headline}" in out
    assert "\n          test-1\n" in out
    assert f"variant      {headline}" in out
    assert "repeats test-1  score 1.00 (exact_body_hash)" in out
    assert "dead-letter  invalid_json: " in out
    assert f"(from {topics.raw}/" in out
    assert "Traceback" not in result.stderr

    as_json = await cli(
        svc.env, "tail", "--from-beginning", "--max", "1", "--json", "--topic", topics.stories
    )
    assert as_json.returncode == 0, as_json.stderr
    assert orjson.loads(as_json.stdout)["uri"] == "test-1"
    assert svc.stop() == 0


async def test_tail_names_a_missing_topic_in_one_line(broker, topics, start_service):
    """A topic that does not exist is a one-line error saying what to do, not a traceback."""
    svc = start_service()
    result = await cli(svc.env, "tail", "--topic", f"{topics.raw}.nope", "--max", "1")
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert f"topic '{topics.raw}.nope' does not exist on {broker.bootstrap}" in result.stderr
    assert "check --topic" in result.stderr


async def test_replay_republishes_dead_letters_once_with_their_original_headers(
    broker, topics, start_service
):
    """A story dead-lettered as too large is published after the limit is raised and the
    DLQ replayed: the input comes back with its key, value and headers (plus the DLQ
    position it came from, without the error headers), and a second replay does nothing."""
    big = json_story(7, note="x" * 6000)
    svc = start_service(WIRE_MAX_MESSAGE_BYTES="4096")
    svc.wait_ready()
    producer = AIOKafkaProducer(bootstrap_servers=broker.bootstrap, acks="all")
    await producer.start()
    try:
        await producer.send_and_wait(
            topics.raw, big, key=b"feed-7", headers=[("trace-id", b"t-7"), ("feed", b"unit")]
        )
    finally:
        await producer.stop()
    [dead] = await read_committed(broker.bootstrap, [topics.dlq], expect=1)
    assert dead.headers["dlq.error.reason"] == b"too_large"
    assert svc.stop() == 0

    # The fix: a larger limit. Then replay.
    fixed = start_service(WIRE_MAX_MESSAGE_BYTES="1000000")
    fixed.wait_ready()
    dry = await cli(fixed.env, "replay", "--from-dlq", "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert f"{topics.dlq}/{dead.partition}/{dead.offset} -> {topics.raw}" in dry.stdout
    assert "would replay 1 dead letters" in dry.stdout
    result = await cli(fixed.env, "replay", "--from-dlq")
    assert result.returncode == 0, result.stderr
    assert f"replayed 1 dead letters from {topics.dlq}" in result.stdout

    raw = await read_committed(broker.bootstrap, [topics.raw], expect=2)
    again = [r for r in raw if REPLAYED_FROM in r.headers]
    assert len(again) == 1
    assert again[0].key == b"feed-7"
    assert again[0].value == big
    assert again[0].headers == {
        "trace-id": b"t-7",
        "feed": b"unit",
        REPLAYED_FROM: f"{topics.dlq}/{dead.partition}/{dead.offset}".encode(),
    }
    [story] = await read_committed(broker.bootstrap, [topics.stories], expect=1)
    assert orjson.loads(story.value)["uri"] == "test-7"

    second = await cli(fixed.env, "replay", "--from-dlq")
    assert second.returncode == 0, second.stderr
    assert "replayed 0 dead letters" in second.stdout
    raw = await read_committed(broker.bootstrap, [topics.raw], expect=2)
    assert len(raw) == 2
    assert fixed.stop() == 0
