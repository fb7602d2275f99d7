"""The AsyncAPI 3 document of wire-ingest's topics, generated from the code.

``schemas/asyncapi.yaml`` is this module's output; tests/unit/test_asyncapi.py fails when
the two differ, so the document cannot drift from the code. Regenerate it with
``python -m service.contracts`` (needs PyYAML, a dev dependency). Payloads reference the
JSON Schemas that ``wire-ingest schemas export`` writes next to it.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from service import __version__
from service.core.events import SPEC_VERSION, TYPE_PUBLISHED, TYPE_VARIANT
from service.core.models import RejectReason
from service.settings import Settings

ASYNCAPI_PATH = Path(__file__).resolve().parents[1] / "schemas" / "asyncapi.yaml"
# JSON Schema file of each payload model, relative to schemas/asyncapi.yaml.
SCHEMA_FILES = {
    "RawStory": "./raw-story.schema.json",
    "StoryEvent": "./story-event.schema.json",
    "VariantEvent": "./variant-event.schema.json",
}
_KAFKA_BINDING = "0.5.0"

_CE_HEADERS: dict[str, dict[str, Any]] = {
    "ce_specversion": {"const": SPEC_VERSION, "description": "CloudEvents version."},
    "ce_id": {
        "type": "string",
        "format": "uuid",
        "description": "UUIDv5 of the input's topic/partition/offset and the event type: "
        "reprocessing an input gives the same id, so consumers can deduplicate on it.",
    },
    "ce_source": {"type": "string", "description": "WIRE_EVENT_SOURCE (a URI reference)."},
    "ce_type": {"type": "string"},
    "ce_time": {
        "type": "string",
        "format": "date-time",
        "description": "Timestamp of the input record (RFC 3339, UTC).",
    },
    "ce_subject": {"type": "string", "description": "The story's uri."},
    "ce_rawref": {
        "type": "string",
        "pattern": "^.+/[0-9]+/[0-9]+$",
        "description": "Extension attribute: topic/partition/offset of the input record.",
    },
    "content-type": {"const": "application/json"},
}

_DLQ_HEADERS: dict[str, dict[str, Any]] = {
    "dlq.source.topic": {"type": "string", "description": "Topic of the input record."},
    "dlq.source.partition": {"type": "string", "pattern": "^[0-9]+$"},
    "dlq.source.offset": {"type": "string", "pattern": "^[0-9]+$"},
    "dlq.error.class": {"type": "string", "description": "Exception or check that failed."},
    "dlq.error.reason": {"enum": [r.value for r in RejectReason]},
    "dlq.error.message": {
        "type": "string",
        "maxLength": 2000,
        "description": "Human-readable detail (UTF-8, at most 2000 bytes).",
    },
}


def _ce_headers(ce_type: str) -> dict[str, Any]:
    properties = {**_CE_HEADERS, "ce_type": {"const": ce_type}}
    return {
        "type": "object",
        "description": "CloudEvents 1.0 attributes in Kafka binary mode (ce_* headers).",
        "required": list(properties),
        "properties": properties,
    }


def _kafka_key(description: str) -> dict[str, Any]:
    return {"bindingVersion": _KAFKA_BINDING, "key": {"type": "string", "description": description}}


def _messages() -> dict[str, Any]:
    cluster_key = _kafka_key("The story's cluster id: a story's events share a partition.")
    return {
        "rawStory": {
            "name": "raw-story",
            "title": "Raw story",
            "summary": "A story as an upstream feed sends it: JSON (field aliases, IPTC "
            "ninjs) or plain text. Invalid input is not an error for producers: it goes to "
            "the dead-letter topic.",
            "contentType": "application/json",
            "payload": {
                "oneOf": [
                    {"$ref": SCHEMA_FILES["RawStory"]},
                    {"type": "string", "description": "Plain text: headline line, then body."},
                ]
            },
            "bindings": {"kafka": _kafka_key("Any; one key keeps stories in order.")},
        },
        "storyPublished": {
            "name": TYPE_PUBLISHED,
            "title": "Story published",
            "summary": "One clean event per new story.",
            "contentType": "application/json",
            "headers": _ce_headers(TYPE_PUBLISHED),
            "payload": {"$ref": SCHEMA_FILES["StoryEvent"]},
            "bindings": {"kafka": cluster_key},
        },
        "storyVariant": {
            "name": TYPE_VARIANT,
            "title": "Story variant",
            "summary": "A later copy or rewrite of a published story, with duplicate_of, "
            "score, rule and signals.",
            "contentType": "application/json",
            "headers": _ce_headers(TYPE_VARIANT),
            "payload": {"$ref": SCHEMA_FILES["VariantEvent"]},
            "bindings": {"kafka": cluster_key},
        },
        "deadLetter": {
            "name": "dead-letter",
            "title": "Dead letter",
            "summary": "An input the service could not accept: its key, value and headers "
            "untouched, plus the error context (as Kafka Connect does).",
            "contentType": "application/octet-stream",
            "headers": {
                "type": "object",
                "description": "The input's own headers, plus these.",
                "required": list(_DLQ_HEADERS),
                "properties": _DLQ_HEADERS,
            },
            "payload": {"type": "string", "format": "binary", "description": "Input bytes."},
            "bindings": {"kafka": _kafka_key("The input record's key.")},
        },
        "preparedStory": {
            "name": "prepared-story",
            "title": "Prepared story (internal)",
            "summary": "Between the prepare and decide roles (WIRE_ROLE): a clean story and "
            "the coordinates of its raw record. Used only when the roles run apart. Not a "
            "public interface.",
            "contentType": "application/vnd.wire-ingest.prepared+json",
            "payload": {"description": "Internal format; may change between versions."},
            "bindings": {"kafka": _kafka_key("The dedup shard (one partition, key 0).")},
        },
        "stateChange": {
            "name": "dedup-state-change",
            "title": "Dedup index change (internal)",
            "summary": "Compacted changelog of the dedup index; written in the same "
            "transaction as the outputs and read back on start. Not a public interface.",
            "contentType": "application/json",
            "payload": {"description": "Internal format; may change between versions."},
            "bindings": {"kafka": _kafka_key("Index key; a null value deletes it.")},
        },
    }


def asyncapi_document(settings: Settings | None = None) -> dict[str, Any]:
    """The AsyncAPI 3.0 document for the topics named in ``settings`` (default: defaults)."""
    s = settings or Settings.model_construct()  # the defaults, whatever the environment
    channel_specs = [
        ("raw", s.input_topic, "WIRE_INPUT_TOPIC", "rawStory", "receive", "Raw stories in."),
        (
            "stories",
            s.stories_topic,
            "WIRE_STORIES_TOPIC",
            "storyPublished",
            "send",
            "New stories.",
        ),
        ("variants", s.variants_topic, "WIRE_VARIANTS_TOPIC", "storyVariant", "send", "Variants."),
        ("deadLetters", s.dlq_topic, "WIRE_DLQ_TOPIC", "deadLetter", "send", "Bad input."),
        ("dedupState", s.state_topic, "WIRE_STATE_TOPIC", "stateChange", "send", "Internal."),
        (
            "prepared",
            s.prepared_topic,
            "WIRE_PREPARED_TOPIC",
            "preparedStory",
            "send",
            "Internal, between the roles.",
        ),
    ]
    channels: dict[str, Any] = {}
    operations: dict[str, Any] = {}
    for key, topic, variable, message, action, summary in channel_specs:
        binding: dict[str, Any] = {
            "bindingVersion": _KAFKA_BINDING,
            "topic": topic,
            "partitions": s.topic_partitions,
            "replicas": s.topic_replication,
        }
        if key == "dedupState":
            binding["topicConfiguration"] = {"cleanup.policy": ["compact"]}
        if key == "prepared":
            binding["partitions"] = 1
        channels[key] = {
            "address": topic,
            "title": summary,
            "description": f"Topic name set by {variable}.",
            "messages": {message: {"$ref": f"#/components/messages/{message}"}},
            "bindings": {"kafka": binding},
        }
        verb = "consume" if action == "receive" else "publish"
        operations[f"{verb}{key[0].upper()}{key[1:]}"] = {
            "action": action,
            "channel": {"$ref": f"#/channels/{key}"},
            "messages": [{"$ref": f"#/channels/{key}/messages/{message}"}],
            "summary": f"wire-ingest {'consumes' if action == 'receive' else 'publishes'} {topic}.",
        }
    return {
        "asyncapi": "3.0.0",
        "info": {
            "title": "wire-ingest",
            "version": __version__,
            "description": "Raw news wire stories in; one clean CloudEvents event per story, "
            "variants and dead letters out. Outputs, dedup-index changes and input offsets "
            "commit in one Kafka transaction: read with isolation.level=read_committed. "
            "Generated by `python -m service.contracts`; do not edit by hand.",
            "license": {"name": "Apache-2.0"},
        },
        "defaultContentType": "application/json",
        "servers": {
            "local": {
                "host": "localhost:9092",
                "protocol": "kafka",
                "description": "scripts/kafka-local (PLAINTEXT).",
            },
            "compose": {
                "host": "kafka:9092",
                "protocol": "kafka",
                "description": "docker-compose.yml, from containers on its network "
                "(localhost:19092 from the docker host).",
            },
        },
        "channels": channels,
        "operations": operations,
        "components": {"messages": _messages()},
    }


def render() -> str:
    import yaml  # dev dependency: only needed to regenerate the file

    header = "# Generated by `python -m service.contracts` from the code; do not edit.\n"
    body = yaml.safe_dump(asyncapi_document(), sort_keys=False, width=100, allow_unicode=True)
    return header + body


def main() -> int:
    ASYNCAPI_PATH.write_text(render())
    print(f"wrote {ASYNCAPI_PATH}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
