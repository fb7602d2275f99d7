"""Outcomes become CloudEvents (binary mode) or dead letters with error headers."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import orjson

from service.core.dedup import DedupIndex
from service.core.events import SourceRef, Topics, event_id, to_record
from service.core.pipeline import Pipeline
from tests.stories import json_story

TOPICS = Topics("s", "v", "d")
SRC = SourceRef("wire.raw", 2, 41, 1_764_000_000_123)


def run(*messages: bytes):
    pipeline = Pipeline(DedupIndex(timedelta(days=7)), max_bytes=100_000)
    now = datetime(2026, 11, 30, tzinfo=UTC)
    return [pipeline.process(m, now).outcome for m in messages]


def test_published_story_has_cloudevents_headers_and_cluster_key():
    """A new story: ce_* headers, JSON content type, key = cluster id, ninjs-style value."""
    (outcome,) = run(json_story(1))
    rec = to_record(outcome, SRC, TOPICS, ce_source="urn:test", original=json_story(1))
    headers = dict(rec.headers)
    assert rec.topic == "s"
    assert headers["ce_specversion"] == b"1.0"
    assert headers["ce_type"] == b"news.story.published"
    assert headers["ce_source"] == b"urn:test"
    assert headers["ce_time"] == b"2025-11-24T16:00:00.123Z"
    assert headers["content-type"] == b"application/json"
    uuid.UUID(headers["ce_id"].decode())
    value = orjson.loads(rec.value)
    assert rec.key == value["cluster_id"].encode() == b"test-1"
    assert value["uri"] == "test-1"
    assert value["body_text"]


def test_variant_names_the_story_it_repeats():
    """A repeat goes to the variants topic with duplicate_of, score and signals."""
    _, outcome = run(json_story(3), json_story(3, copy=1))
    rec = to_record(outcome, SRC, TOPICS, ce_source="urn:test", original=b"")
    value = orjson.loads(rec.value)
    assert rec.topic == "v"
    assert dict(rec.headers)["ce_type"] == b"news.story.variant"
    assert value["duplicate_of"] == "test-3"
    assert value["uri"] == "test-3-copy1"
    assert rec.key == b"test-3"
    assert value["score"] > 0
    assert value["signals"]


def test_dead_letter_keeps_original_bytes_key_and_headers():
    """Rejected input: the exact bytes, the original key and headers, plus error context."""
    original = b"\xff\xfe not text"
    (outcome,) = run(original)
    rec = to_record(
        outcome,
        SRC,
        TOPICS,
        ce_source="urn:test",
        original=original,
        original_key=b"k1",
        original_headers=[("trace", b"abc")],
    )
    headers = dict(rec.headers)
    assert (rec.topic, rec.value, rec.key) == ("d", original, b"k1")
    assert headers["trace"] == b"abc"
    assert headers["dlq.source.topic"] == b"wire.raw"
    assert headers["dlq.source.partition"] == b"2"
    assert headers["dlq.source.offset"] == b"41"
    assert headers["dlq.error.reason"] == b"not_utf8"
    assert headers["dlq.error.class"] == b"RejectError"
    assert b"UTF-8" in headers["dlq.error.message"]


def test_event_ids_are_deterministic_and_distinct_per_input_and_type():
    """Same input coordinates and type give the same id; any difference changes it."""
    other = SourceRef("wire.raw", 2, 42, SRC.timestamp_ms)
    assert event_id(SRC, "a") == event_id(SRC, "a")
    assert event_id(SRC, "a") != event_id(other, "a")
    assert event_id(SRC, "a") != event_id(SRC, "b")
