"""End to end on a real broker: raw stories in, one committed outcome per input out."""

from __future__ import annotations

import asyncio
from collections import Counter

import orjson

from tests.kafka.harness import produce, read_committed
from tests.stories import json_story

BAD_INPUTS = {
    b"{not json": "invalid_json",
    b"\xff\xfe\xfa not utf-8": "not_utf8",
    b"   \n  ": "empty",
    b'{"headline": "x", "body": 42}': "invalid_fields",
    b"[1, 2, 3]": "invalid_fields",
    b"A" * 5000: "too_large",
}


async def test_every_input_has_exactly_one_outcome_on_the_right_topic(
    broker, topics, start_service
):
    """New stories go to stories, exact repeats to variants, bad input to the DLQ, with
    CloudEvents headers on events and error headers on dead letters."""
    svc = start_service(WIRE_MAX_MESSAGE_BYTES="4096")
    svc.wait_ready()
    originals = [json_story(i) for i in range(12)]
    repeats = [json_story(i, copy=1, trailer=True) for i in range(4)]  # republications
    bad = list(BAD_INPUTS)
    await produce(broker.bootstrap, topics.raw, originals)
    await produce(broker.bootstrap, topics.raw, repeats + bad)
    total = len(originals) + len(repeats) + len(bad)

    out = await read_committed(broker.bootstrap, topics.outputs(), expect=total)

    by_topic = Counter(r.topic for r in out)
    assert by_topic == {topics.stories: 12, topics.variants: 4, topics.dlq: len(bad)}
    raw_refs = [r.headers.get("ce_rawref") or r.headers["dlq.source.offset"] for r in out]
    assert len(out) == total
    stories = {orjson.loads(r.value)["uri"]: r for r in out if r.topic == topics.stories}
    for r in out:
        if r.topic == topics.dlq:
            continue
        assert r.headers["ce_specversion"] == b"1.0"
        assert r.headers["content-type"] == b"application/json"
        assert r.headers["ce_type"] in (b"news.story.published", b"news.story.variant")
        event = orjson.loads(r.value)
        assert r.key == event["cluster_id"].encode()
    for r in out:
        if r.topic == topics.variants:
            event = orjson.loads(r.value)
            assert event["duplicate_of"] in stories
            assert event["rule"] == "exact_body_hash"
            assert event["signals"]
    reasons = Counter(r.headers["dlq.error.reason"].decode() for r in out if r.topic == topics.dlq)
    assert reasons == Counter(BAD_INPUTS.values())
    dead = {r.value: r for r in out if r.topic == topics.dlq}
    assert set(dead) == set(bad), "dead letters keep the original bytes untouched"
    for r in dead.values():
        assert r.headers["dlq.source.topic"] == topics.raw.encode()
        assert r.headers["dlq.error.message"]
        assert int(r.headers["dlq.source.offset"]) >= 0
    assert len(set(raw_refs)) >= len(out) - len(bad)
    # The service keeps consuming after bad input.
    await produce(broker.bootstrap, topics.raw, [json_story(99)])
    more = await read_committed(broker.bootstrap, [topics.stories], expect=13)
    assert len(more) == 13
    assert svc.stop() == 0


async def test_event_ids_are_unique_and_deterministic_per_input(broker, topics, start_service):
    """Each output's ce_id is unique, and derived from the input coordinates."""
    svc = start_service()
    svc.wait_ready()
    await produce(broker.bootstrap, topics.raw, [json_story(i) for i in range(5)])
    out = await read_committed(broker.bootstrap, [topics.stories], expect=5)
    from service.core.events import SourceRef, event_id

    for r in out:
        topic, partition, offset = r.headers["ce_rawref"].decode().rsplit("/", 2)
        src = SourceRef(topic, int(partition), int(offset), 0)
        assert r.headers["ce_id"].decode() == event_id(src, "news.story.published")
    assert len({r.headers["ce_id"] for r in out}) == 5
    await asyncio.sleep(0)
    assert svc.stop() == 0
