"""End-to-end throughput of the service on a real local broker, against a baseline.

Starts its own broker (scripts/kafka-local, free ports), publishes N raw stories, then:
- baseline: a plain aiokafka consume -> produce copy of the same records to another topic
  (no parsing, no transactions): what the broker and client allow on this machine;
- service: `wire-ingest run` as a subprocess, timed from the first committed output to the
  N-th, read back with read_committed.
Prints stories per second for both and the ratio. Usage: python bench/bench_service.py [N]
"""

from __future__ import annotations

import asyncio
import logging
import sys
import tempfile
import time
from pathlib import Path

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from service.adapters.admin import ensure_topics
from tests.kafka.broker import new_broker
from tests.kafka.harness import ServiceProcess, Topics, produce, service_env
from tests.stories import json_story


async def baseline_copy(bootstrap: str, src: str, dst: str, n: int) -> float:
    consumer = AIOKafkaConsumer(
        src, bootstrap_servers=bootstrap, group_id=f"{src}.bench", auto_offset_reset="earliest"
    )
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all", linger_ms=5)
    await consumer.start()
    await producer.start()
    copied, started = 0, time.perf_counter()
    try:
        while copied < n:
            batch = await consumer.getmany(timeout_ms=200, max_records=500)
            futures = [
                await producer.send(dst, r.value, key=r.key)
                for records in batch.values()
                for r in records
            ]
            await asyncio.gather(*futures)
            copied += len(futures)
    finally:
        await consumer.stop()
        await producer.stop()
    return time.perf_counter() - started


async def count_outputs(bootstrap: str, topics: list[str], n: int) -> float:
    consumer = AIOKafkaConsumer(
        *topics,
        bootstrap_servers=bootstrap,
        group_id=None,
        isolation_level="read_committed",
        auto_offset_reset="earliest",
    )
    await consumer.start()
    seen, first = 0, None
    try:
        while seen < n:
            batch = await consumer.getmany(timeout_ms=200)
            got = sum(len(r) for r in batch.values())
            if got and first is None:
                first = time.perf_counter()
            seen += got
    finally:
        await consumer.stop()
    assert first is not None
    return time.perf_counter() - first


async def main(n: int) -> None:
    logging.basicConfig(level=logging.ERROR)
    with tempfile.TemporaryDirectory() as tmp:
        broker = new_broker(Path(tmp) / "kafka")
        broker.start()
        svc = None
        try:
            topics = Topics.unique()
            settings = topics.settings(broker.bootstrap)
            await ensure_topics(settings)
            copy = Topics.unique()
            await ensure_topics(settings.model_copy(update={"stories_topic": copy.stories}))
            stories = [json_story(i) for i in range(n)]
            await produce(broker.bootstrap, topics.raw, stories)
            base = await baseline_copy(broker.bootstrap, topics.raw, copy.stories, n)
            env = service_env(broker, topics, WIRE_LOG_LEVEL="warning")
            svc = ServiceProcess(env, Path(tmp) / "service.log").start()
            took = await count_outputs(broker.bootstrap, topics.outputs(), n)
        finally:
            if svc is not None:
                svc.stop()
            broker.stop()
    print(f"stories: {n}")
    print(f"baseline consume->produce copy: {n / base:8.0f} records/s")
    print(f"wire-ingest end to end:         {n / took:8.0f} stories/s")
    print(f"ratio service/baseline:         {base / took:8.2f}")


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1]) if len(sys.argv) > 1 else 5000))
