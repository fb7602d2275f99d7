"""Typed, frozen settings from ``WIRE_*`` environment variables (pydantic-settings).

pydantic-settings gives env parsing, types and validation in one place; secrets are
``SecretStr`` so they never print. :func:`load_settings` turns a validation failure into a
:class:`ConfigError` whose message names the variable to fix.
"""

from __future__ import annotations

from datetime import timedelta
from enum import StrEnum
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from service.errors import ConfigError

ENV_PREFIX = "WIRE_"
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


class SecurityProtocol(StrEnum):
    PLAINTEXT = "PLAINTEXT"
    SSL = "SSL"
    SASL_PLAINTEXT = "SASL_PLAINTEXT"
    SASL_SSL = "SASL_SSL"


class SaslMechanism(StrEnum):
    PLAIN = "PLAIN"
    SCRAM_SHA_256 = "SCRAM-SHA-256"
    SCRAM_SHA_512 = "SCRAM-SHA-512"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix=ENV_PREFIX, frozen=True, extra="ignore")

    # Kafka connection
    kafka_bootstrap: str = Field(default="localhost:9092", min_length=1)
    kafka_security_protocol: SecurityProtocol = SecurityProtocol.PLAINTEXT
    kafka_sasl_mechanism: SaslMechanism | None = None
    kafka_sasl_username: str | None = None
    kafka_sasl_password: SecretStr | None = None
    kafka_ssl_cafile: Path | None = None
    kafka_ssl_certfile: Path | None = None
    kafka_ssl_keyfile: Path | None = None
    kafka_client_id: str = "wire-ingest"

    # Topics
    input_topic: str = "wire.raw"
    stories_topic: str = "wire.stories"
    variants_topic: str = "wire.variants"
    dlq_topic: str = "wire.dlq"
    state_topic: str = "wire.dedup-state"
    prepared_topic: str = "wire.prepared"
    role: Literal["all", "prepare", "decide"] = Field(
        default="all",
        description="all: one process does everything; prepare/decide: the two stages "
        "(prepare scales out, one decide instance owns the dedup index).",
    )
    group_id: str = "wire-ingest"
    group_instance_id: str | None = Field(
        default=None, description="Static group membership (e.g. the pod name): fast restarts."
    )
    session_timeout_ms: int = Field(default=10_000, ge=1000)
    transactional_id_prefix: str = "wire-ingest"
    create_topics: bool = True
    topic_partitions: int = Field(default=3, ge=1)
    topic_replication: int = Field(default=1, ge=1)

    # Processing
    dedup_window: timedelta = timedelta(days=7)
    max_message_bytes: int = Field(default=1_000_000, ge=1024)
    batch_max_records: int = Field(default=500, ge=1)
    batch_timeout_ms: int = Field(default=200, ge=1)
    drain_timeout_s: float = Field(default=20.0, gt=0)
    transaction_timeout_ms: int = Field(default=60_000, ge=1000)
    retry_backoff_max_s: float = Field(default=30.0, gt=0)
    event_source: str = "urn:wire-ingest"

    # HTTP and logs
    http_host: str = "0.0.0.0"
    http_port: int = Field(default=8080, ge=0, le=65535)
    log_format: Literal["json", "console", "auto"] = "auto"
    log_level: Literal["debug", "info", "warning", "error"] = "info"

    @field_validator("dedup_window", mode="before")
    @classmethod
    def _short_duration(cls, value: object) -> object:
        """Accept ``7d``, ``12h``, ``30m``, ``90s`` and plain seconds besides ISO 8601."""
        if isinstance(value, str) and value[:-1].isdigit() and value[-1] in _UNITS:
            return timedelta(seconds=int(value[:-1]) * _UNITS[value[-1]])
        if isinstance(value, str) and value.isdigit():
            return timedelta(seconds=int(value))
        return value

    @model_validator(mode="after")
    def _check_sasl(self) -> Settings:
        if self.kafka_security_protocol in (
            SecurityProtocol.SASL_PLAINTEXT,
            SecurityProtocol.SASL_SSL,
        ):
            missing = [
                f"{ENV_PREFIX}{name.upper()}"
                for name in ("kafka_sasl_mechanism", "kafka_sasl_username", "kafka_sasl_password")
                if getattr(self, name) is None
            ]
            if missing:
                raise ValueError(
                    f"{', '.join(missing)} required when "
                    f"{ENV_PREFIX}KAFKA_SECURITY_PROTOCOL={self.kafka_security_protocol.value}"
                )
        return self

    @property
    def consumer_group(self) -> str:
        """The decide role reads another topic, so it has a group of its own."""
        return f"{self.group_id}.decide" if self.role == "decide" else self.group_id

    @property
    def output_topics(self) -> tuple[str, ...]:
        return (self.stories_topic, self.variants_topic, self.dlq_topic)


def load_settings(**overrides: object) -> Settings:
    """Read settings from the environment; raise :class:`ConfigError` naming the variable."""
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        problems = []
        for err in exc.errors():
            loc = "_".join(str(p) for p in err["loc"]).upper()
            name = f"{ENV_PREFIX}{loc}" if loc else "settings"
            value = "" if "password" in loc.lower() else f" (got {err.get('input')!r})"
            problems.append(f"{name}: {err['msg']}{value}" if loc else err["msg"])
        raise ConfigError("invalid settings: " + "; ".join(problems)) from exc
