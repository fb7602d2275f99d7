"""The roles' record handling: prepare hands on clean stories, decide publishes events
identical to the single-process role's (same ids, same raw reference)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

import orjson

from service.adapters.stages import AllStage, DecideStage, PrepareStage
from service.core import prepared
from service.core.dedup import DedupIndex
from service.core.pipeline import Pipeline
from service.settings import Settings
from tests.stories import json_story

SETTINGS = Settings(role="prepare")


@dataclass
class Rec:
    topic: str
    partition: int
    offset: int
    value: bytes | None
    key: bytes | None = None
    timestamp: int = 1_764_000_000_000
    headers: tuple[tuple[str, bytes], ...] = ()


def pipeline() -> Pipeline:
    return Pipeline(DedupIndex(timedelta(days=7)), max_bytes=100_000)


def test_prepare_hands_a_clean_story_to_the_single_shard():
    """A valid raw story becomes one record on wire.prepared, key "0", no outcome yet."""
    handled = PrepareStage(SETTINGS).handle(Rec("wire.raw", 2, 7, json_story(1)))
    assert handled.outcome is None
    assert handled.changes == []
    (out,) = handled.records
    assert (out.topic, out.key) == ("wire.prepared", prepared.SHARD_KEY)
    item = prepared.decode(out.value)
    assert item.story.uri == "test-1"
    assert (item.topic, item.partition, item.offset) == ("wire.raw", 2, 7)


def test_prepare_dead_letters_bad_input_with_the_original_bytes():
    """Bad input never reaches the decide stage: it goes to the DLQ from prepare."""
    handled = PrepareStage(SETTINGS).handle(Rec("wire.raw", 0, 3, b"{broken", key=b"k"))
    (out,) = handled.records
    assert (out.topic, out.value, out.key) == ("wire.dlq", b"{broken", b"k")
    assert dict(out.headers)["dlq.source.offset"] == b"3"


def test_decide_events_match_the_single_process_events():
    """Prepare then decide gives the same topic, key, headers and value as role=all."""
    raw = [Rec("wire.raw", 1, i, json_story(i % 3)) for i in range(5)]
    all_stage = AllStage(Settings(), pipeline())
    single = [all_stage.handle(r).records[0] for r in raw]
    prep, decide = PrepareStage(SETTINGS), DecideStage(Settings(role="decide"), pipeline())
    staged = []
    for i, r in enumerate(raw):
        (mid,) = prep.handle(r).records
        staged.append(decide.handle(Rec("wire.prepared", 0, i, mid.value)).records[0])
    assert [(o.topic, o.key, o.headers, orjson.loads(o.value)) for o in staged] == [
        (o.topic, o.key, o.headers, orjson.loads(o.value)) for o in single
    ]
    assert [o.topic for o in staged].count("wire.variants") == 2


def test_decide_dead_letters_a_record_that_is_not_a_prepared_story():
    """Something else on the internal topic is set aside, not a crash."""
    handled = DecideStage(Settings(role="decide"), pipeline()).handle(
        Rec("wire.prepared", 0, 9, b'{"not": "prepared"}')
    )
    (out,) = handled.records
    assert out.topic == "wire.dlq"
    assert dict(out.headers)["dlq.error.class"] == b"BadPreparedRecord"
