"""SCRAM-SHA-512 authentication against the broker's SASL_PLAINTEXT listener."""

from __future__ import annotations

import orjson

from tests.kafka.harness import produce, read_committed
from tests.stories import json_story


def sasl_env(broker, password: str) -> dict[str, str]:
    return {
        "WIRE_KAFKA_BOOTSTRAP": broker.sasl_bootstrap,
        "WIRE_KAFKA_SECURITY_PROTOCOL": "SASL_PLAINTEXT",
        "WIRE_KAFKA_SASL_MECHANISM": "SCRAM-SHA-512",
        "WIRE_KAFKA_SASL_USERNAME": broker.sasl_user,
        "WIRE_KAFKA_SASL_PASSWORD": password,
    }


async def test_correct_scram_credentials_work_end_to_end(broker, topics, start_service):
    """With the right SCRAM user and password the service runs over SASL_PLAINTEXT."""
    svc = start_service(**sasl_env(broker, broker.sasl_password))
    svc.wait_ready()
    await produce(broker.bootstrap, topics.raw, [json_story(1)])
    out = await read_committed(broker.bootstrap, [topics.stories], expect=1)
    assert [orjson.loads(r.value)["uri"] for r in out] == ["test-1"]
    assert svc.stop() == 0
    assert broker.sasl_password not in svc.logs()


async def test_wrong_password_fails_fast_with_a_clear_error(broker, topics, start_service):
    """A refused login is not retried forever: exit code 1 and a message naming the cause
    and the variables to check, without the password."""
    svc = start_service(**sasl_env(broker, "not-the-password"))
    assert svc.wait(60) == 1
    logs = svc.logs()
    assert "refused the SASL login" in logs
    assert "WIRE_KAFKA_SASL_PASSWORD" in logs
    assert "not-the-password" not in logs
    assert "Traceback" not in logs
