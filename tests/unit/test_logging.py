"""Production logs are JSON lines with the message context, and never carry secrets."""

from __future__ import annotations

import io
import sys

import orjson
import pytest
import structlog

from service.logging import configure_logging


@pytest.fixture
def json_stderr(monkeypatch: pytest.MonkeyPatch):
    buffer = io.BytesIO()
    fake = io.TextIOWrapper(buffer, write_through=True)
    monkeypatch.setattr(sys, "stderr", fake)
    configure_logging("json", "info")
    yield buffer
    structlog.reset_defaults()
    structlog.contextvars.clear_contextvars()


def lines(buffer: io.BytesIO) -> list[dict[str, object]]:
    return [orjson.loads(line) for line in buffer.getvalue().splitlines() if line.strip()]


def test_json_lines_carry_bound_topic_partition_offset(json_stderr):
    """Context bound per message appears on every line logged while handling it."""
    structlog.contextvars.bind_contextvars(topic="wire.raw", partition=1, offset=7)
    structlog.get_logger().info("story_published", story_id="s-1")
    (line,) = lines(json_stderr)
    assert line["event"] == "story_published"
    assert (line["topic"], line["partition"], line["offset"], line["story_id"]) == (
        "wire.raw",
        1,
        7,
        "s-1",
    )
    assert line["level"] == "info"
    assert "timestamp" in line


def test_secret_looking_keys_are_masked(json_stderr):
    """Values under password/secret/token keys are replaced before rendering."""
    structlog.get_logger().info("connect", sasl_password="hunter2", api_token="t0k")
    raw = json_stderr.getvalue()
    assert b"hunter2" not in raw
    assert b"t0k" not in raw


def test_level_filter_drops_debug_at_info(json_stderr):
    """At level info, debug lines are not written."""
    structlog.get_logger().debug("noise")
    assert lines(json_stderr) == []


def test_repeated_library_messages_are_throttled(json_stderr):
    """A stdlib logger repeating one message (aiokafka reconnecting) writes it once per
    window, then once more with the count of lines held back."""
    import logging

    from service.logging import RepeatFilter

    handler = logging.getLogger().handlers[0]
    throttle = next(f for f in handler.filters if isinstance(f, RepeatFilter))
    throttle._window = 0.2
    lib = logging.getLogger("aiokafka.test")
    for _ in range(50):
        lib.error("Unable connect to node %s", 1)
    import time

    time.sleep(0.25)
    lib.error("Unable connect to node %s", 1)
    events = [line["event"] for line in lines(json_stderr)]
    assert events == [
        "Unable connect to node 1",
        "Unable connect to node 1 (and 49 similar in 0.2s)",
    ]
