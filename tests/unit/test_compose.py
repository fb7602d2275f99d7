"""docker-compose.yml and Dockerfile, checked without a Docker engine.

The compose broker must be the broker the tests run (same Kafka version, same settings as
scripts/kafka-local), the service must be configured only by real ``WIRE_*`` settings, and
the image must follow the operational contract (non-root, health check, SIGTERM drain).
tests/kafka/test_compose_env.py runs the service with the compose environment.
"""

from __future__ import annotations

import base64
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from service.settings import ENV_PREFIX, Settings, load_settings

REPO = Path(__file__).resolve().parents[2]
COMPOSE = REPO / "docker-compose.yml"
DOCKERFILE = REPO / "Dockerfile"
KAFKA_LOCAL = REPO / "scripts" / "kafka-local"

# Environment variables of the apache/kafka image that are not server.properties.
_IMAGE_ONLY = {"CLUSTER_ID", "KAFKA_HEAP_OPTS", "KAFKA_OPTS", "KAFKA_JVM_PERFORMANCE_OPTS"}
# Properties whose values are addresses: they differ by design, checked separately.
_ADDRESSES = {
    "listeners",
    "advertised.listeners",
    "listener.security.protocol.map",
    "controller.quorum.voters",
    "log.dirs",
}
# What makes the broker behave like the tests' broker; compose must set each of these.
_REQUIRED = {
    "node.id",
    "process.roles",
    "controller.listener.names",
    "inter.broker.listener.name",
    "auto.create.topics.enable",
    "offsets.topic.replication.factor",
    "transaction.state.log.replication.factor",
    "transaction.state.log.min.isr",
    "min.insync.replicas",
    "default.replication.factor",
    "group.initial.rebalance.delay.ms",
}


def compose() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(COMPOSE.read_text())
    return data


def service(name: str) -> dict[str, Any]:
    svc: dict[str, Any] = compose()["services"][name]
    return svc


def environment(name: str) -> dict[str, str]:
    return {k: str(v) for k, v in (service(name).get("environment") or {}).items()}


def local_broker_properties() -> dict[str, str]:
    """server.properties as scripts/kafka-local writes it, with its default ports."""
    text = KAFKA_LOCAL.read_text()
    body = re.search(r'cat >"\$PROPS\.tmp" <<EOF\n(.*?)\nEOF\n', text, re.S)
    assert body, "server.properties heredoc not found in scripts/kafka-local"
    defaults = {
        "KAFKA_PORT": "9092",
        "KAFKA_SASL_PORT": "9094",
        "KAFKA_CONTROLLER_PORT": "9093",
        "STORAGE_DIR": "/data",
    }
    props = {}
    for line in body.group(1).splitlines():
        if line.strip() and not line.startswith("#"):
            key, _, value = line.partition("=")
            props[key.strip()] = re.sub(r"\$(\w+)", lambda m: defaults[m.group(1)], value.strip())
    return props


def compose_broker_properties() -> dict[str, str]:
    """The apache/kafka image maps KAFKA_FOO_BAR to foo.bar (``__`` to ``_``, ``___`` to ``-``)."""
    props = {}
    for name, value in environment("kafka").items():
        if name in _IMAGE_ONLY or not name.startswith("KAFKA_"):
            continue
        key = name.removeprefix("KAFKA_").lower()
        key = key.replace("___", "-").replace("__", "\0").replace("_", ".").replace("\0", "_")
        props[key] = value
    return props


def seconds(duration: str) -> float:
    """Compose durations such as ``45s``, ``1m30s``, ``1h``."""
    units = {"h": 3600, "m": 60, "s": 1, "ms": 0.001}
    parts = re.findall(r"(\d+(?:\.\d+)?)(ms|h|m|s)", duration)
    assert parts, f"not a compose duration: {duration!r}"
    return sum(float(n) * units[u] for n, u in parts)


def dockerfile_instructions() -> list[tuple[str, str]]:
    text = re.sub(r"\\\n", " ", DOCKERFILE.read_text())
    out = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            word, _, rest = line.partition(" ")
            out.append((word.upper(), rest.strip()))
    return out


@pytest.mark.parametrize("profile", [None, "feed"])
def test_docker_compose_accepts_the_file(profile: str | None) -> None:
    """`docker-compose config` (the Debian docker-compose package) validates the file,
    with and without the feeder profile; it needs no Docker engine."""
    exe = shutil.which("docker-compose")
    if exe is None:
        pytest.skip("docker-compose is not installed (apt-get install docker-compose)")
    args = [exe, "-f", str(COMPOSE)]
    if profile:
        args += ["--profile", profile]
    result = subprocess.run(
        [*args, "config", "-q"], capture_output=True, text=True, check=False, cwd=REPO
    )
    assert result.returncode == 0, result.stderr


def test_broker_image_is_the_kafka_version_of_the_tests() -> None:
    """The compose broker is apache/kafka at the version scripts/kafka-local runs first."""
    versions = re.search(r"DEFAULT_VERSIONS=\(([^)]*)\)", KAFKA_LOCAL.read_text())
    assert versions
    assert service("kafka")["image"] == f"apache/kafka:{versions.group(1).split()[0]}"


def test_broker_settings_match_the_local_broker() -> None:
    """Every broker property compose sets has the value scripts/kafka-local uses (KRaft
    combined mode, no topic auto-creation, single-replica transaction and offsets logs),
    so operators run the broker the tests ran."""
    local, ours = local_broker_properties(), compose_broker_properties()
    assert ours.keys() >= _REQUIRED, _REQUIRED - ours.keys()
    unknown = ours.keys() - local.keys() - _ADDRESSES
    assert not unknown, f"compose sets properties the local broker does not: {unknown}"
    differ = {
        k: (ours[k], local[k])
        for k in ours.keys() & local.keys() - _ADDRESSES
        if ours[k] != local[k]
    }
    assert not differ, f"compose vs scripts/kafka-local: {differ}"


def test_broker_listeners_use_the_local_ports() -> None:
    """PLAINTEXT on 9092 and the controller on 9093 as locally; containers reach the
    broker by its service name, and the quorum voter is this node."""
    ours = compose_broker_properties()
    listeners = dict(x.split("://") for x in ours["listeners"].split(","))
    advertised = dict(x.split("://") for x in ours["advertised.listeners"].split(","))
    assert listeners["PLAINTEXT"] == ":9092"
    assert listeners["CONTROLLER"] == ":9093"
    assert advertised["PLAINTEXT"] == "kafka:9092"
    assert ours["controller.quorum.voters"] == f"{ours['node.id']}@kafka:9093"
    protocols = dict(x.split(":") for x in ours["listener.security.protocol.map"].split(","))
    assert set(protocols) == set(listeners)


def test_broker_cluster_id_is_a_valid_kraft_id() -> None:
    """CLUSTER_ID is 16 bytes in URL-safe base64 without padding, as `kafka-storage
    random-uuid` prints; a malformed one stops the broker at format time."""
    cluster_id = environment("kafka")["CLUSTER_ID"]
    assert len(cluster_id) == 22
    raw = base64.urlsafe_b64decode(cluster_id + "==")
    assert len(raw) == 16
    assert base64.urlsafe_b64encode(raw).rstrip(b"=").decode() == cluster_id


def test_broker_healthcheck_asks_the_broker() -> None:
    """The broker is healthy only when it answers a Kafka request on its listener, not
    merely when the JVM runs."""
    check = service("kafka")["healthcheck"]
    command = " ".join(check["test"])
    assert "/opt/kafka/bin/kafka-broker-api-versions.sh" in command
    assert "--bootstrap-server localhost:9092" in command


def test_broker_data_is_a_named_volume() -> None:
    """Broker data survives `docker-compose down` (named volume at KAFKA_LOG_DIRS)."""
    log_dirs = compose_broker_properties()["log.dirs"]
    mounts = dict(v.split(":", 1) for v in service("kafka")["volumes"])
    name = next(n for n, target in mounts.items() if target == log_dirs)
    assert name in compose()["volumes"]


@pytest.mark.parametrize("name", ["wire-ingest", "feeder"])
def test_service_is_configured_only_by_real_wire_settings(name: str) -> None:
    """Every variable the compose file gives the service is a ``WIRE_*`` setting that
    exists and validates (a typo would otherwise be silently ignored)."""
    env = environment(name)
    assert env
    fields = {f"{ENV_PREFIX}{field.upper()}" for field in Settings.model_fields}
    assert set(env) <= fields, set(env) - fields
    assert "env_file" not in service(name)
    settings = load_settings(**{k.removeprefix(ENV_PREFIX).lower(): v for k, v in env.items()})
    assert settings.kafka_bootstrap == "kafka:9092"


def test_service_starts_after_a_healthy_broker_and_reports_readiness() -> None:
    """The service waits for a healthy broker, and its health check asks /readyz on the
    port it listens on."""
    svc, env = service("wire-ingest"), environment("wire-ingest")
    assert svc["depends_on"]["kafka"]["condition"] == "service_healthy"
    assert svc["build"] == "."
    assert "command" not in svc
    assert "entrypoint" not in svc
    check = " ".join(svc["healthcheck"]["test"])
    assert f"http://127.0.0.1:{env['WIRE_HTTP_PORT']}/readyz" in check
    assert any(p.endswith(f":{env['WIRE_HTTP_PORT']}") for p in svc["ports"])


def test_stop_grace_period_exceeds_the_drain_deadline() -> None:
    """Docker waits longer than the service's own drain deadline before SIGKILL, so a
    SIGTERM always gets to commit the in-flight batch and leave the group."""
    drain = load_settings(drain_timeout_s=environment("wire-ingest")["WIRE_DRAIN_TIMEOUT_S"])
    assert seconds(service("wire-ingest")["stop_grace_period"]) > drain.drain_timeout_s + 5


def test_feeder_publishes_the_samples_under_a_profile() -> None:
    """The feeder only runs when asked (`--profile feed`), after the service is ready,
    and publishes samples/ to the topic the service consumes."""
    feeder, env = service("feeder"), environment("feeder")
    assert feeder["profiles"] == ["feed"]
    assert feeder["depends_on"]["wire-ingest"]["condition"] == "service_healthy"
    assert feeder["image"] == service("wire-ingest")["image"]
    assert feeder["command"][0] == "produce"
    mounts = dict(v.rsplit(":", 2)[:2] for v in feeder["volumes"])
    assert mounts["./samples"] == feeder["command"][-1]
    assert (REPO / "samples").is_dir()
    service_env = environment("wire-ingest")
    for name in ("WIRE_KAFKA_BOOTSTRAP", "WIRE_INPUT_TOPIC"):
        assert env[name] == service_env[name]


def test_dockerfile_is_multi_stage_on_a_slim_base() -> None:
    """A build stage installs the package; the runtime stage starts from a slim Python
    base and copies only the virtualenv."""
    steps = dockerfile_instructions()
    args = dict(rest.split("=", 1) for word, rest in steps if word == "ARG" and "=" in rest)
    bases = [rest for word, rest in steps if word == "FROM"]
    assert len(bases) >= 2
    assert all("slim" in args.get("PYTHON_IMAGE", "") or "slim" in b for b in bases)
    assert "python:3.11" in args["PYTHON_IMAGE"]
    final = steps[max(i for i, (w, _) in enumerate(steps) if w == "FROM") :]
    assert [rest for w, rest in final if w == "COPY"] == [
        "--from=build /opt/wire-ingest /opt/wire-ingest"
    ]


def test_dockerfile_installs_only_runtime_dependencies() -> None:
    """`pip install .` without extras: no test or lint tools in the image."""
    installs = [r for w, r in dockerfile_instructions() if w == "RUN" and "pip install" in r]
    assert installs
    assert all("[" not in r and "-e " not in r and "requirements" not in r for r in installs)


def test_dockerfile_runs_unprivileged_with_health_check_and_sigterm() -> None:
    """Non-root user, HEALTHCHECK on /healthz, STOPSIGNAL SIGTERM and `wire-ingest run`
    as the default command."""
    steps = dockerfile_instructions()
    users = [rest for word, rest in steps if word == "USER"]
    assert users
    assert users[-1].split(":")[0] not in {"0", "root"}
    health = [rest for word, rest in steps if word == "HEALTHCHECK"]
    assert len(health) == 1
    assert "/healthz" in health[0]
    assert ("STOPSIGNAL", "SIGTERM") in steps
    assert ("ENTRYPOINT", '["wire-ingest"]') in steps
    assert ("CMD", '["run"]') in steps


def test_docker_build_context_holds_what_the_dockerfile_copies() -> None:
    """.dockerignore keeps tests, the venv and caches out of the context, but lets in
    every path the Dockerfile copies."""
    lines = (REPO / ".dockerignore").read_text().splitlines()
    ignore = [line.strip() for line in lines if line.strip() and not line.startswith("#")]
    assert ignore[0] == "*"
    allowed = {line.lstrip("!").rstrip("/") for line in ignore if line.startswith("!")}
    for word, rest in dockerfile_instructions():
        if word == "COPY" and not rest.startswith("--from"):
            *sources, _ = rest.split()
            for src in sources:
                assert src in allowed, src
                assert (REPO / src).exists(), src
