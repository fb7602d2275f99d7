"""The broker goes away mid-run and comes back: the service rides it out, exactly once."""

from __future__ import annotations

import asyncio
import os
import signal
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.kafka.broker import Broker, new_broker
from tests.kafka.harness import ServiceProcess, Topics, produce, read_committed, service_env
from tests.kafka.test_recovery import input_ref
from tests.stories import json_story


@pytest.fixture
def own_broker(tmp_path: Path) -> Iterator[Broker]:
    """A broker of this test's own, since the test stops and restarts it."""
    b = new_broker(tmp_path / "kafka")
    b.start()
    try:
        yield b
    finally:
        b.stop()


async def test_broker_restart_mid_run_is_retried_and_nothing_is_lost(
    own_broker: Broker, topics: Topics, tmp_path: Path
):
    """Stop the broker while the service runs, start it again: the service keeps running,
    logs the outage, and every input before and after has exactly one outcome."""
    env = service_env(own_broker, topics, WIRE_RETRY_BACKOFF_MAX_S="2")
    svc = ServiceProcess(env, tmp_path / "service.log").start()
    try:
        svc.wait_ready()
        await produce(own_broker.bootstrap, topics.raw, [json_story(i) for i in range(100)])
        await read_committed(own_broker.bootstrap, topics.outputs(), expect=100)
        own_broker.stop()
        await asyncio.sleep(8)
        assert svc.proc is not None
        assert svc.proc.poll() is None, "the service must survive the outage"
        own_broker.start()
        await produce(own_broker.bootstrap, topics.raw, [json_story(i) for i in range(100, 200)])
        out = await read_committed(
            own_broker.bootstrap, topics.outputs(), expect=200, within=120, settle=2.0
        )
        per_input = Counter(input_ref(r) for r in out)
        assert len(per_input) == 200
        assert max(per_input.values()) == 1
        assert Counter(r.topic for r in out) == {topics.stories: 200}
        outage = [line for line in svc.logs().splitlines() if "Unable connect" in line]
        assert outage, "the outage is logged"
        assert len(outage) <= 5, "reconnect attempts are throttled, not one line each"
    finally:
        assert svc.stop() == 0


async def test_broker_killed_mid_stream_loses_and_doubles_nothing(
    own_broker: Broker, topics: Topics, tmp_path: Path
):
    """SIGKILL the broker while a stream is being processed, then start it again: every
    input has one outcome, and later repeats of stories committed before the crash are
    variants, not new (the index matches what was committed). The client usually carries
    the open transaction across the restart; the abort path is pinned in test_processor."""
    env = service_env(own_broker, topics, WIRE_RETRY_BACKOFF_MAX_S="2", WIRE_BATCH_MAX_RECORDS="50")
    svc = ServiceProcess(env, tmp_path / "service.log").start()
    try:
        svc.wait_ready()
        total = 1500
        await produce(own_broker.bootstrap, topics.raw, [json_story(i) for i in range(total)])
        while svc.logs().count("story_published") < 200:
            await asyncio.sleep(0.05)
        os.kill(int((own_broker.data_dir / "kafka.pid").read_text()), signal.SIGKILL)
        await asyncio.sleep(6)
        own_broker.start()
        out = await read_committed(
            own_broker.bootstrap, topics.outputs(), expect=total, within=180, settle=2.0
        )
        per_input = Counter(input_ref(r) for r in out)
        assert len(per_input) == total
        assert max(per_input.values()) == 1
        repeats = [json_story(i, copy=1) for i in range(0, total, 10)]
        await produce(own_broker.bootstrap, topics.raw, repeats)
        variants = await read_committed(
            own_broker.bootstrap, [topics.variants], expect=len(repeats), within=120
        )
        assert len(variants) == len(repeats)
        logs = svc.logs()
        print(
            f"\nbroker crash: inputs={total} answered={len(per_input)} "
            f"failed transactions={logs.count('transaction_failed')} "
            f"take-overs={logs.count('partitions_taken_over')}"
        )
    finally:
        assert svc.stop() == 0
