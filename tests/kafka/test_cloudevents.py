"""Our events, read back with the CloudEvents SDK (`cloudevents`, Kafka binary binding).

The SDK validates the attributes (required ones present, types, extension names), so a
record it accepts is a conformant CloudEvents 1.0 event in Kafka binary content mode.
"""

from __future__ import annotations

from datetime import datetime

from cloudevents.core.bindings.kafka import KafkaMessage, from_binary_event

from tests.kafka.harness import produce, read_committed
from tests.stories import json_story


async def test_events_are_cloudevents_the_sdk_reads(broker, topics, start_service):
    """Every story and variant event parses as a valid CloudEvents 1.0 event with our
    type, source, a unique id, a timezone-aware time, the story uri as subject, JSON
    data, the rawref extension and the cluster id as partition key."""
    svc = start_service(WIRE_EVENT_SOURCE="urn:wire-ingest:test")
    svc.wait_ready()
    inputs = [json_story(1), json_story(2), json_story(1, copy=1)]
    await produce(broker.bootstrap, topics.raw, inputs, key=b"k")
    out = await read_committed(broker.bootstrap, [topics.stories, topics.variants], expect=3)
    assert len(out) == 3

    events = [
        (r, from_binary_event(KafkaMessage(headers=r.headers, key=r.key, value=r.value or b"")))
        for r in out
    ]
    ids = set()
    for record, event in events:
        data = event.get_data()
        assert isinstance(data, dict)
        assert event.get_specversion() == "1.0"
        expected = (
            "news.story.published" if record.topic == topics.stories else "news.story.variant"
        )
        assert event.get_type() == expected
        assert event.get_source() == "urn:wire-ingest:test"
        assert event.get_datacontenttype() == "application/json"
        assert event.get_subject() == data["uri"]
        time = event.get_time()
        assert isinstance(time, datetime)
        assert time.utcoffset() is not None
        assert event.get_extension("rawref").startswith(f"{topics.raw}/")
        assert event.get_extension("partitionkey") == data["cluster_id"]
        ids.add(event.get_id())
    assert len(ids) == 3
    variants = [e.get_data() for r, e in events if r.topic == topics.variants]
    assert [v["duplicate_of"] for v in variants] == ["test-1"]
    assert svc.stop() == 0
