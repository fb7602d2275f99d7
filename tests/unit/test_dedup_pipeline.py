"""Pipeline + dedup: related stories are published with their event id; variants are not."""

from __future__ import annotations

from datetime import UTC, datetime

import orjson

from service.core.dedup import DedupIndex
from service.core.events import SourceRef, Topics, to_record
from service.core.models import DecisionKind, Published, VariantFound
from service.core.pipeline import Pipeline
from tests.unit.test_dedup import INDEPENDENT, ORIGINAL, REWRITE

TOPICS = Topics("wire.stories", "wire.variants", "wire.dlq")
NOW = datetime(2026, 3, 3, 9, 0, tzinfo=UTC)


def message(uri: str, body: str, when: str) -> bytes:
    return orjson.dumps({"id": uri, "headline": "Quake", "body": body, "published_at": when})


def test_related_story_is_published_with_event_id_and_variant_goes_to_variants() -> None:
    """new -> stories; rewrite -> variants (duplicate_of); independent -> stories + event_id."""
    pipeline = Pipeline(DedupIndex(), max_bytes=100_000)
    src = SourceRef("wire.raw", 0, 0, 0)
    outs = [
        pipeline.process(message("a", ORIGINAL, "2026-03-03T08:00:00Z"), NOW),
        pipeline.process(message("b", REWRITE, "2026-03-03T10:00:00Z"), NOW),
        pipeline.process(message("c", INDEPENDENT, "2026-03-03T11:00:00Z"), NOW),
    ]
    first, rewrite, related = (r.outcome for r in outs)
    assert isinstance(first, Published)
    assert isinstance(rewrite, VariantFound)
    assert isinstance(related, Published)
    assert related.decision.kind is DecisionKind.RELATED
    record = to_record(related, src, TOPICS, ce_source="test", original=b"")
    assert record.topic == "wire.stories"
    value = orjson.loads(record.value)
    assert (value["cluster_id"], value["event_id"]) == ("c", "a")
    variant = orjson.loads(to_record(rewrite, src, TOPICS, ce_source="t", original=b"").value)
    assert variant["duplicate_of"] == "a"
    assert variant["rule"] == "calibrated_rewrite"
    assert "order" in variant["signals"]
    assert all(len(r.changes) == 1 for r in outs)
