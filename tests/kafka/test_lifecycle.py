"""Lifecycle on a real broker: readiness, metrics, retry at start, drain on SIGTERM."""

from __future__ import annotations

import asyncio
import signal
import time
from collections import Counter

from prometheus_client.parser import text_string_to_metric_families

from tests.kafka.broker import free_port
from tests.kafka.harness import produce, read_committed
from tests.kafka.test_recovery import input_ref
from tests.stories import json_story


def scrape(svc) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    status, body = svc.get("/metrics")
    assert status == 200
    samples = {}
    for family in text_string_to_metric_families(body.decode()):
        for s in family.samples:
            samples[(s.name, tuple(sorted(s.labels.items())))] = s.value
    return samples


async def test_unreachable_broker_is_retried_with_logs_and_sigterm_exits_0(
    broker, topics, start_service
):
    """With no broker at the address, the service is live but not ready, logs each retry,
    and still stops cleanly with exit code 0 on SIGTERM."""
    svc = start_service(WIRE_KAFKA_BOOTSTRAP=f"127.0.0.1:{free_port()}")
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            if svc.get("/healthz")[0] == 200:
                break
        except OSError:
            await asyncio.sleep(0.2)
    assert svc.get("/healthz")[0] == 200
    assert svc.get("/readyz")[0] == 503
    while time.monotonic() < deadline and svc.logs().count("broker_unavailable") < 2:
        await asyncio.sleep(0.2)
    assert svc.logs().count("broker_unavailable") >= 2, svc.logs()
    svc.signal(signal.SIGTERM)
    assert svc.wait(30) == 0


async def test_readyz_and_metrics_match_what_was_produced(broker, topics, start_service):
    """/readyz is 200 once partitions are assigned; /metrics counts equal the inputs by
    outcome, the latency histogram saw every record and the lag drops to zero."""
    svc = start_service()
    svc.wait_ready()
    assert svc.get("/readyz")[0] == 200
    inputs = [json_story(i) for i in range(20)]
    inputs += [json_story(i, copy=1) for i in range(5)]
    inputs += [b"{bad", b"", b'{"body": ""}']
    await produce(broker.bootstrap, topics.raw, inputs)
    await read_committed(broker.bootstrap, topics.outputs(), expect=len(inputs))
    m = scrape(svc)
    assert m[("wire_messages_consumed_total", (("topic", topics.raw),))] == 28
    assert m[("wire_stories_published_total", ())] == 20
    assert m[("wire_variants_published_total", ())] == 5
    dead = {k[1]: v for k, v in m.items() if k[0] == "wire_dead_letters_total"}
    assert sum(dead.values()) == 3
    assert dead[(("reason", "empty"),)] >= 1  # b"" at least; a blank JSON body may count as missing
    assert m[("wire_processing_latency_seconds_count", ())] == 28
    lags = [v for k, v in m.items() if k[0] == "wire_consumer_lag_records"]
    assert lags
    assert all(v == 0 for v in lags)
    assert m[("wire_ready", ())] == 1
    assert svc.stop() == 0
    assert "service_stopped" in svc.logs()


async def test_sigterm_mid_stream_drains_commits_and_exits_0(broker, topics, start_service):
    """SIGTERM while stories flow: the service exits 0; a successor finishes the stream
    with every input answered exactly once."""
    total = 1500
    svc = start_service(WIRE_BATCH_MAX_RECORDS="50")
    svc.wait_ready()
    await produce(broker.bootstrap, topics.raw, [json_story(i) for i in range(total)])
    while scrape(svc).get(("wire_messages_consumed_total", (("topic", topics.raw),)), 0) < 100:
        await asyncio.sleep(0.05)
    svc.signal(signal.SIGTERM)
    assert svc.wait(30) == 0
    logs = svc.logs()
    assert "draining" in logs
    assert "service_stopped" in logs
    assert 0 < logs.count("story_published") < total, "SIGTERM must land mid-stream"
    successor = start_service()
    successor.wait_ready()
    out = await read_committed(broker.bootstrap, topics.outputs(), expect=total, settle=2.0)
    per_input = Counter(input_ref(r) for r in out)
    assert len(per_input) == total
    assert max(per_input.values()) == 1
    assert successor.stop() == 0


async def test_lag_is_reported_for_idle_partitions(broker, topics, start_service):
    """Every owned partition has a lag series, even before any record reached it."""
    svc = start_service()
    svc.wait_ready()
    deadline = time.monotonic() + 20
    lags: dict[str, float] = {}
    while time.monotonic() < deadline and len(lags) < 3:
        lags = {
            dict(k[1])["partition"]: v
            for k, v in scrape(svc).items()
            if k[0] == "wire_consumer_lag_records"
        }
        await asyncio.sleep(0.5)
    assert lags == {"0": 0, "1": 0, "2": 0}
    assert svc.stop() == 0
