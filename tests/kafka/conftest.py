"""Fixtures for tests against a real Kafka broker (marker ``kafka``).

One broker per test session, started by scripts/kafka-local on free ports in a temporary
directory and stopped by its PID at the end. Every test gets topics of its own.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.kafka.broker import Broker, new_broker
from tests.kafka.harness import ServiceProcess, Topics, service_env


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/kafka/" in str(item.path).replace("\\", "/"):
            item.add_marker(pytest.mark.kafka)


@pytest.fixture(scope="session")
def broker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Broker]:
    b = new_broker(tmp_path_factory.mktemp("kafka"))
    b.start()
    try:
        yield b
    finally:
        b.stop()


@pytest.fixture
def topics() -> Topics:
    return Topics.unique()


@pytest.fixture
def services(tmp_path: Path) -> Iterator[list[ServiceProcess]]:
    """Service processes a test starts; all stopped (by PID) when the test ends."""
    started: list[ServiceProcess] = []
    yield started
    for svc in started:
        svc.stop()


@pytest.fixture
def start_service(broker: Broker, topics: Topics, services: list[ServiceProcess], tmp_path: Path):  # type: ignore[no-untyped-def]
    def _start(**extra: str) -> ServiceProcess:
        env = service_env(broker, topics, **extra)
        svc = ServiceProcess(env, tmp_path / f"service-{len(services)}.log").start()
        services.append(svc)
        return svc

    return _start
