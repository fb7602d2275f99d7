"""The broker goes away mid-run and comes back: the service rides it out, exactly once."""

from __future__ import annotations

import asyncio
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
