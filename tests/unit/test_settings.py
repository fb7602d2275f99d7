"""Settings come from WIRE_* variables; invalid ones fail at start, naming the variable."""

from __future__ import annotations

from datetime import timedelta

import pytest

from service.errors import ConfigError
from service.settings import SaslMechanism, SecurityProtocol, load_settings


def test_defaults_match_the_documented_topics_and_bootstrap():
    """Without variables the service talks to localhost:9092 and the wire.* topics."""
    s = load_settings()
    assert s.kafka_bootstrap == "localhost:9092"
    assert (s.input_topic, s.stories_topic, s.variants_topic, s.dlq_topic, s.state_topic) == (
        "wire.raw",
        "wire.stories",
        "wire.variants",
        "wire.dlq",
        "wire.dedup-state",
    )
    assert s.http_port == 8080
    assert s.dedup_window == timedelta(days=7)


def test_env_vars_with_prefix_override_defaults(monkeypatch: pytest.MonkeyPatch):
    """WIRE_* variables set the fields, with types parsed."""
    monkeypatch.setenv("WIRE_KAFKA_BOOTSTRAP", "k1:9092,k2:9092")
    monkeypatch.setenv("WIRE_HTTP_PORT", "9000")
    monkeypatch.setenv("WIRE_DEDUP_WINDOW", "36h")
    monkeypatch.setenv("WIRE_KAFKA_SECURITY_PROTOCOL", "SASL_SSL")
    monkeypatch.setenv("WIRE_KAFKA_SASL_MECHANISM", "SCRAM-SHA-512")
    monkeypatch.setenv("WIRE_KAFKA_SASL_USERNAME", "svc")
    monkeypatch.setenv("WIRE_KAFKA_SASL_PASSWORD", "hunter2")
    s = load_settings()
    assert s.kafka_bootstrap == "k1:9092,k2:9092"
    assert s.http_port == 9000
    assert s.dedup_window == timedelta(hours=36)
    assert s.kafka_security_protocol is SecurityProtocol.SASL_SSL
    assert s.kafka_sasl_mechanism is SaslMechanism.SCRAM_SHA_512
    assert "hunter2" not in repr(s)
    assert s.kafka_sasl_password is not None
    assert s.kafka_sasl_password.get_secret_value() == "hunter2"


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("WIRE_HTTP_PORT", "eighty"),
        ("WIRE_HTTP_PORT", "70000"),
        ("WIRE_DEDUP_WINDOW", "a week"),
        ("WIRE_KAFKA_SECURITY_PROTOCOL", "TLS"),
        ("WIRE_TOPIC_PARTITIONS", "0"),
    ],
)
def test_invalid_value_fails_with_the_variable_name(monkeypatch, name, value):
    """The error names the WIRE_* variable the operator has to fix."""
    monkeypatch.setenv(name, value)
    with pytest.raises(ConfigError, match=name):
        load_settings()


def test_sasl_protocol_without_credentials_names_the_missing_variables(monkeypatch):
    """SASL needs mechanism, username and password; the message lists what is missing."""
    monkeypatch.setenv("WIRE_KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT")
    monkeypatch.setenv("WIRE_KAFKA_SASL_USERNAME", "svc")
    with pytest.raises(ConfigError) as info:
        load_settings()
    assert "WIRE_KAFKA_SASL_MECHANISM" in str(info.value)
    assert "WIRE_KAFKA_SASL_PASSWORD" in str(info.value)
    assert "WIRE_KAFKA_SASL_USERNAME" not in str(info.value)


def test_password_value_never_appears_in_the_error(monkeypatch):
    """A bad setting next to a secret does not echo the secret."""
    monkeypatch.setenv("WIRE_KAFKA_SASL_PASSWORD", "s3cr3t-value")
    monkeypatch.setenv("WIRE_HTTP_PORT", "nope")
    with pytest.raises(ConfigError) as info:
        load_settings()
    assert "s3cr3t-value" not in str(info.value)
