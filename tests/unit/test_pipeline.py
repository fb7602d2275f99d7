"""The pipeline never raises and never lets one input damage the index or the stream."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import orjson
import pytest

from service.core.dedup import DedupIndex
from service.core.events import SourceRef, Topics, to_record
from service.core.models import Published, Rejected, RejectReason, VariantFound
from service.core.pipeline import Pipeline
from tests.stories import json_story

NOW = datetime(2026, 11, 30, 12, tzinfo=UTC)


def pipeline() -> Pipeline:
    return Pipeline(DedupIndex(timedelta(days=7)), max_bytes=2_000_000)


def test_far_future_story_date_does_not_expire_the_index():
    """A story dated 2099 must not slide the window past every indexed story: a repeat of
    an earlier story is still recognised afterwards."""
    p = pipeline()
    assert isinstance(p.process(json_story(1), NOW).outcome, Published)
    future = orjson.dumps(
        {
            "id": "f",
            "headline": "Dated far ahead",
            "body": "A body about something else.",
            "published_at": "2099-01-01T00:00:00Z",
        }
    )
    assert isinstance(p.process(future, NOW).outcome, Published)
    assert isinstance(p.process(json_story(1, copy=1), NOW).outcome, VariantFound)


def test_an_exception_in_the_dedup_engine_becomes_a_dead_letter(monkeypatch):
    """A bug in fingerprinting or deciding is a processing_error result, not a crash."""
    p = pipeline()

    def broken(*_: object) -> None:
        raise RuntimeError("engine bug")

    monkeypatch.setattr(p.index, "decide", broken)
    outcome = p.process(json_story(2), NOW).outcome
    assert isinstance(outcome, Rejected)
    assert outcome.reason is RejectReason.PROCESSING_ERROR
    assert outcome.error_class == "RuntimeError"


@pytest.mark.parametrize("limit", [1_000, 50_000])
def test_event_larger_than_the_limit_is_dead_lettered_with_the_original(limit):
    """A clean event over the size limit goes to the DLQ as too_large, original bytes kept,
    instead of a record the broker would refuse."""
    body = "\n\n".join(f"Paragraph {i} says something new about item {i}." for i in range(200))
    raw = orjson.dumps({"id": "big", "headline": "Long", "body": body})
    outcome = pipeline().process(raw, NOW).outcome
    src = SourceRef("wire.raw", 0, 9, 0)
    rec = to_record(
        outcome, src, Topics("s", "v", "d"), ce_source="urn:t", original=raw, max_event_bytes=limit
    )
    if limit < 20_000:
        assert rec.topic == "d"
        assert rec.value == raw
        assert dict(rec.headers)["dlq.error.reason"] == b"too_large"
    else:
        assert rec.topic == "s"


def test_out_of_range_record_timestamp_still_gives_a_valid_event():
    """A producer-set timestamp beyond the calendar does not break the event."""
    outcome = pipeline().process(json_story(3), NOW).outcome
    rec = to_record(
        outcome,
        SourceRef("wire.raw", 0, 1, 10**18),
        Topics("s", "v", "d"),
        ce_source="urn:t",
        original=b"",
    )
    assert dict(rec.headers)["ce_time"].startswith(b"1970-")
