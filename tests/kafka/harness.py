"""Helpers to drive the real service process and read what it committed."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition

from service.adapters.admin import topic_partitions
from service.settings import Settings
from tests.kafka.broker import Broker, free_port

REPO = Path(__file__).resolve().parents[2]


@dataclass
class Topics:
    raw: str
    stories: str
    variants: str
    dlq: str
    state: str

    @classmethod
    def unique(cls) -> Topics:
        tag = uuid.uuid4().hex[:8]
        return cls(
            f"t{tag}.raw", f"t{tag}.stories", f"t{tag}.variants", f"t{tag}.dlq", f"t{tag}.state"
        )

    def outputs(self) -> list[str]:
        return [self.stories, self.variants, self.dlq]

    def settings(self, bootstrap: str, **extra: object) -> Settings:
        """Service settings on ``bootstrap`` with these topics."""
        return Settings(
            kafka_bootstrap=bootstrap,
            input_topic=self.raw,
            stories_topic=self.stories,
            variants_topic=self.variants,
            dlq_topic=self.dlq,
            state_topic=self.state,
            **extra,  # type: ignore[arg-type]
        )


def service_env(broker: Broker, topics: Topics, **extra: str) -> dict[str, str]:
    """The WIRE_* environment of a service instance on ``broker`` with its own topics."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("WIRE_")}
    env.update(
        {
            "WIRE_KAFKA_BOOTSTRAP": broker.bootstrap,
            "WIRE_INPUT_TOPIC": topics.raw,
            "WIRE_STORIES_TOPIC": topics.stories,
            "WIRE_VARIANTS_TOPIC": topics.variants,
            "WIRE_DLQ_TOPIC": topics.dlq,
            "WIRE_STATE_TOPIC": topics.state,
            "WIRE_GROUP_ID": f"{topics.raw}.group",
            "WIRE_TRANSACTIONAL_ID_PREFIX": f"{topics.raw}.txn",
            "WIRE_HTTP_HOST": "127.0.0.1",
            "WIRE_HTTP_PORT": str(free_port()),
            "WIRE_LOG_FORMAT": "json",
            "WIRE_TOPIC_PARTITIONS": "3",
        }
    )
    env.update(extra)
    return env


@dataclass
class ServiceProcess:
    """`python -m service run` as a child process, stopped by PID."""

    env: dict[str, str]
    log_path: Path
    proc: subprocess.Popen[bytes] | None = None
    _log: Any = field(default=None, repr=False)

    @property
    def http(self) -> str:
        return f"http://127.0.0.1:{self.env['WIRE_HTTP_PORT']}"

    def start(self) -> ServiceProcess:
        self._log = self.log_path.open("ab")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "service", "run"],
            env=self.env,
            cwd=REPO,
            stdout=self._log,
            stderr=subprocess.STDOUT,
        )
        return self

    def get(self, path: str) -> tuple[int, bytes]:
        try:
            with urllib.request.urlopen(self.http + path, timeout=2) as resp:
                return int(resp.status), bytes(resp.read())
        except urllib.error.HTTPError as exc:
            return int(exc.code), exc.read()

    def wait_ready(self, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            assert self.proc is not None
            if self.proc.poll() is not None:
                raise AssertionError(f"service exited {self.proc.returncode}:\n{self.logs()}")
            try:
                if self.get("/readyz")[0] == 200:
                    return
            except OSError:
                pass
            time.sleep(0.2)
        raise AssertionError(f"service not ready after {timeout}s:\n{self.logs()[-4000:]}")

    def signal(self, sig: int) -> None:
        assert self.proc is not None
        if self.proc.poll() is None:
            os.kill(self.proc.pid, sig)

    def wait(self, timeout: float = 60) -> int:
        assert self.proc is not None
        return self.proc.wait(timeout)

    def stop(self) -> int | None:
        """SIGTERM, then SIGKILL if it does not exit; safe to call twice."""
        if self.proc is None:
            return None
        if self.proc.poll() is None:
            self.signal(signal.SIGTERM)
            try:
                self.proc.wait(45)
            except subprocess.TimeoutExpired:
                self.signal(signal.SIGKILL)
                self.proc.wait(10)
        if self._log is not None:
            self._log.close()
            self._log = None
        return self.proc.returncode

    def logs(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""


async def produce(
    bootstrap: str, topic: str, values: Iterable[bytes], *, key: bytes | None = None
) -> int:
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all", linger_ms=5)
    await producer.start()
    n = 0
    try:
        futures = []
        for value in values:
            futures.append(await producer.send(topic, value, key=key))
            n += 1
        await asyncio.gather(*futures)
    finally:
        await producer.stop()
    return n


@dataclass(frozen=True)
class Record:
    topic: str
    partition: int
    offset: int
    key: bytes | None
    value: bytes | None
    headers: dict[str, bytes]


async def read_committed(
    bootstrap: str, topics: list[str], *, expect: int, within: float = 60, settle: float = 1.0
) -> list[Record]:
    """Read ``topics`` from the start with read_committed until ``expect`` records arrived
    (then ``settle`` seconds more, to catch extras) or ``within`` seconds passed."""
    consumer = AIOKafkaConsumer(
        bootstrap_servers=bootstrap,
        group_id=None,
        isolation_level="read_committed",
        auto_offset_reset="earliest",
        enable_auto_commit=False,
    )
    await consumer.start()
    out: list[Record] = []
    try:
        settings = Settings(kafka_bootstrap=bootstrap)
        tps = [
            TopicPartition(topic, p)
            for topic in topics
            for p in await topic_partitions(settings, topic)
        ]
        consumer.assign(tps)
        await consumer.seek_to_beginning(*tps)
        deadline = time.monotonic() + within
        settle_until: float | None = None
        while time.monotonic() < deadline:
            if settle_until is None and len(out) >= expect:
                settle_until = time.monotonic() + settle
            if settle_until is not None and time.monotonic() >= settle_until:
                break
            batch = await consumer.getmany(timeout_ms=200)
            for records in batch.values():
                out += [
                    Record(
                        r.topic,
                        r.partition,
                        r.offset,
                        r.key,
                        r.value,
                        {k: bytes(v) for k, v in r.headers},
                    )
                    for r in records
                ]
    finally:
        await consumer.stop()
    return out
