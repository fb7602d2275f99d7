"""The two-stage deployment: prepare instances scale out, one decide instance dedups."""

from __future__ import annotations

import random
from collections import Counter

import orjson

from tests.kafka.harness import produce, read_committed
from tests.kafka.test_recovery import input_ref
from tests.stories import json_story


async def test_two_prepare_instances_and_one_decider_dedup_across_partitions(
    broker, topics, start_service
):
    """With WIRE_ROLE=prepare on two instances (splitting the input partitions) and
    WIRE_ROLE=decide on one, every raw input has exactly one outcome, its event refers to
    the raw record, and repeats are recognised whichever instance prepared them."""
    deciders = [start_service(WIRE_ROLE="decide")]
    preparers = [start_service(WIRE_ROLE="prepare") for _ in range(2)]
    for svc in deciders + preparers:
        svc.wait_ready(90)
    originals = [json_story(i) for i in range(300)]
    await produce(broker.bootstrap, topics.raw, originals)
    first = await read_committed(broker.bootstrap, [topics.stories], expect=300, within=120)
    assert len(first) == 300
    rng = random.Random(7)
    repeats = [json_story(i, copy=1, trailer=True) for i in rng.sample(range(300), 100)]
    await produce(broker.bootstrap, topics.raw, [*repeats, b"{broken"])

    out = await read_committed(broker.bootstrap, topics.outputs(), expect=401, settle=2.0)
    per_input = Counter(input_ref(r) for r in out)
    assert len(per_input) == 401
    assert max(per_input.values()) == 1
    assert all(ref.startswith(topics.raw + "/") for ref in per_input)
    assert Counter(r.topic for r in out) == {
        topics.stories: 300,
        topics.variants: 100,
        topics.dlq: 1,
    }
    variants = [orjson.loads(r.value) for r in out if r.topic == topics.variants]
    assert all(v["uri"] == v["duplicate_of"] + "-copy1" for v in variants)
    prepared_by = [svc.logs().count('"role":"prepare"') for svc in preparers]
    assert prepared_by == [1, 1]
    for svc in deciders + preparers:
        assert svc.stop() == 0
