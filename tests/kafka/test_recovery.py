"""Exactly-once under crashes, and dedup state that survives restarts (real broker)."""

from __future__ import annotations

import asyncio
import random
import signal
import time
from collections import Counter

import orjson

from tests.kafka.harness import Record, produce, read_committed
from tests.stories import json_story


def input_ref(record: Record) -> str:
    """The input coordinates an output record answers for."""
    if "ce_rawref" in record.headers:
        return record.headers["ce_rawref"].decode()
    h = record.headers
    return "/".join(
        h[k].decode() for k in ("dlq.source.topic", "dlq.source.partition", "dlq.source.offset")
    )


async def test_kill_9_at_random_moments_loses_and_doubles_nothing(broker, topics, start_service):
    """A stream of a few thousand stories while the service is SIGKILLed and restarted at
    random moments: every input has exactly one committed outcome, and no story is
    published twice (repeats of committed stories are variants after every restart)."""
    rng = random.Random(20261130)
    unique, repeats, bad = 2400, 500, 100
    inputs = [json_story(i) for i in range(unique)]
    inputs += [json_story(rng.randrange(unique), copy=1 + i) for i in range(repeats)]
    inputs += [b"{broken json " + str(i).encode() for i in range(bad)]
    head, tail = inputs[:unique], inputs[unique:]
    rng.shuffle(tail)
    inputs = head[:600] + sorted(head[600:] + tail, key=lambda _: rng.random())
    total = len(inputs)
    extra = {"WIRE_BATCH_MAX_RECORDS": "100", "WIRE_SESSION_TIMEOUT_MS": "6000"}

    async def feed() -> None:
        for start in range(0, total, 150):
            await produce(broker.bootstrap, topics.raw, inputs[start : start + 150])
            await asyncio.sleep(0.25)

    feeder = asyncio.create_task(feed())
    svc = start_service(**extra)
    kills = 0
    started = time.monotonic()
    for _ in range(6):
        await asyncio.sleep(rng.uniform(1.5, 5.0))
        svc.signal(signal.SIGKILL)
        svc.wait(10)
        kills += 1
        svc = start_service(**extra)
    await feeder
    svc.wait_ready(90)

    out = await read_committed(
        broker.bootstrap, topics.outputs(), expect=total, within=240, settle=3.0
    )
    elapsed = time.monotonic() - started
    per_input = Counter(input_ref(r) for r in out)
    lost = total - len(per_input)
    doubled = sum(n - 1 for n in per_input.values() if n > 1)
    published = [orjson.loads(r.value)["uri"] for r in out if r.topic == topics.stories]
    by_topic = Counter(r.topic for r in out)
    print(
        f"\nkill-9: kills={kills} stories={total} lost={lost} doubled={doubled} "
        f"outputs={dict(by_topic)} elapsed={elapsed:.1f}s"
    )
    assert kills == 6
    assert lost == 0
    assert doubled == 0
    assert len(published) == len(set(published)) == unique
    assert by_topic[topics.variants] == repeats
    assert by_topic[topics.dlq] == bad
    assert svc.stop() == 0


async def test_repeat_after_restart_is_recognised_as_a_variant(broker, topics, start_service):
    """The dedup index is rebuilt from the changelog: a story published before a restart
    makes its later republication a variant, not a second story."""
    svc = start_service()
    svc.wait_ready()
    await produce(broker.bootstrap, topics.raw, [json_story(7), json_story(8)])
    first = await read_committed(broker.bootstrap, [topics.stories], expect=2)
    assert len(first) == 2
    assert svc.stop() == 0

    svc = start_service()
    svc.wait_ready()
    await produce(broker.bootstrap, topics.raw, [json_story(7, copy=1, trailer=True)])
    variants = await read_committed(broker.bootstrap, [topics.variants], expect=1)
    assert len(variants) == 1
    event = orjson.loads(variants[0].value)
    assert event["duplicate_of"] == "test-7"
    assert event["uri"] == "test-7-copy1"
    stories = await read_committed(broker.bootstrap, [topics.stories], expect=2, settle=2.0)
    assert len(stories) == 2
    assert '"index_entries":2' in svc.logs().replace(" ", "")
    assert svc.stop() == 0
