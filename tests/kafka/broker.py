"""A real Apache Kafka broker for the tests, started with scripts/kafka-local on free ports."""

from __future__ import annotations

import os
import socket
import subprocess
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "scripts" / "kafka-local"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass(frozen=True)
class Broker:
    port: int
    sasl_port: int
    controller_port: int
    data_dir: Path
    sasl_user: str = "wire"
    sasl_password: str = "wire-test-secret"

    @property
    def bootstrap(self) -> str:
        return f"127.0.0.1:{self.port}"

    @property
    def sasl_bootstrap(self) -> str:
        return f"127.0.0.1:{self.sasl_port}"

    def env(self) -> dict[str, str]:
        return {
            **os.environ,
            "KAFKA_PORT": str(self.port),
            "KAFKA_SASL_PORT": str(self.sasl_port),
            "KAFKA_CONTROLLER_PORT": str(self.controller_port),
            "KAFKA_DATA": str(self.data_dir),
            "KAFKA_SASL_USER": self.sasl_user,
            "KAFKA_SASL_PASSWORD": self.sasl_password,
        }

    def script(self, command: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(SCRIPT), command], env=self.env(), capture_output=True, text=True, check=False
        )

    def start(self) -> None:
        result = self.script("start")
        if result.returncode != 0:
            raise RuntimeError(f"broker failed to start:\n{result.stdout}\n{result.stderr}")

    def stop(self) -> None:
        self.script("stop")


def new_broker(data_dir: Path) -> Broker:
    return Broker(free_port(), free_port(), free_port(), data_dir)
