"""The service and the feeder run with docker-compose.yml's environment on a real broker.

No Docker engine here, so the test plays compose's part: it takes each service's
environment from the compose file and maps the container addresses to this host (the
``kafka`` host to the test broker, the container's HTTP port to a free local port, the
``/samples`` mount to samples/), and gives the topics, group and transactional ids unique
names so the test shares the broker safely. Every other value is passed unchanged.
"""

from __future__ import annotations

import asyncio
import subprocess
import sys
from collections import Counter

import orjson

from tests.kafka.broker import Broker, free_port
from tests.kafka.harness import REPO, Topics, read_committed, service_env
from tests.unit.test_compose import environment, service

# The compose values that name shared things: renamed per test, as the `topics` fixture does.
_RENAMED = {
    "WIRE_INPUT_TOPIC",
    "WIRE_STORIES_TOPIC",
    "WIRE_VARIANTS_TOPIC",
    "WIRE_DLQ_TOPIC",
    "WIRE_STATE_TOPIC",
    "WIRE_GROUP_ID",
    "WIRE_TRANSACTIONAL_ID_PREFIX",
}


def on_this_host(env: dict[str, str], broker: Broker, topics: Topics) -> dict[str, str]:
    """Compose environment -> local environment, changing only addresses and names."""
    mapped = dict(env)
    assert mapped["WIRE_KAFKA_BOOTSTRAP"] == "kafka:9092"
    mapped["WIRE_KAFKA_BOOTSTRAP"] = broker.bootstrap
    if "WIRE_HTTP_HOST" in mapped:
        assert mapped["WIRE_HTTP_HOST"] == "0.0.0.0"
        mapped["WIRE_HTTP_HOST"] = "127.0.0.1"
        mapped["WIRE_HTTP_PORT"] = str(free_port())
    names = service_env(broker, topics)
    for name in _RENAMED & mapped.keys():
        mapped[name] = names[name]
    return mapped


async def test_service_runs_with_exactly_the_compose_environment(broker, topics, start_service):
    """With compose's WIRE_* values (addresses mapped to 127.0.0.1), the service becomes
    ready, the feeder's command publishes the samples, and each sample gets one committed
    outcome: stories, variants and the broken one in the DLQ."""
    compose_env = environment("wire-ingest")
    env = on_this_host(compose_env, broker, topics)
    unchanged = {k for k in compose_env if compose_env[k] == env[k]}
    assert compose_env.keys() - unchanged <= _RENAMED | {
        "WIRE_KAFKA_BOOTSTRAP",
        "WIRE_HTTP_HOST",
        "WIRE_HTTP_PORT",
    }
    svc = start_service(**env)
    # None of the harness's own WIRE_* defaults survives: the set is exactly compose's.
    assert {k: v for k, v in svc.env.items() if k.startswith("WIRE_")} == env
    svc.wait_ready()

    feeder = on_this_host(environment("feeder"), broker, topics)
    command = [
        str(REPO / "samples") if a == "/samples" else a for a in service("feeder")["command"]
    ]
    result = await asyncio.to_thread(
        subprocess.run,
        [sys.executable, "-m", "service", *command],
        env={**{k: v for k, v in svc.env.items() if not k.startswith("WIRE_")}, **feeder},
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert f"published 5 messages to {topics.raw}" in result.stdout

    out = await read_committed(broker.bootstrap, topics.outputs(), expect=5)
    by_topic = Counter(r.topic for r in out)
    assert sum(by_topic.values()) == 5
    assert by_topic[topics.dlq] == 1
    assert by_topic[topics.variants] >= 1
    assert by_topic[topics.stories] >= 2
    for r in out:
        if r.topic != topics.dlq:
            assert r.headers["ce_source"] == compose_env["WIRE_EVENT_SOURCE"].encode()
            assert r.key == orjson.loads(r.value)["cluster_id"].encode()
    assert svc.stop() == 0
