"""Labelled stories for evaluating the dedup engine, and their gold labelings.

One JSON object per line: ``id``, the story (``text``, or raw story fields such as
``headline`` / ``body`` / ``published_at`` that :func:`service.core.parse.parse` accepts),
``cluster`` (the source story it derives from), ``role`` and optionally ``event``.

Roles: ``variant`` derives from the cluster's source story (the source itself included);
``independent`` reports the same event from another source; ``negative`` is a different
story. ``event`` names the real-world event when several clusters report one; it defaults
to the cluster.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

import orjson

_LABEL_FIELDS = ("cluster", "role", "event")


class Role(StrEnum):
    VARIANT = "variant"
    INDEPENDENT = "independent"
    NEGATIVE = "negative"


class LabelError(ValueError):
    """A labelled line is malformed; the message names the line and the field."""


@dataclass(frozen=True, slots=True)
class Labeled:
    id: str
    payload: bytes
    """The story as the pipeline receives it (JSON, label fields removed)."""
    cluster: str
    role: Role
    event: str


def read_labeled(lines: Iterable[bytes], *, where: str = "input") -> list[Labeled]:
    """Parse labelled JSONL lines; raise :class:`LabelError` naming the first bad line."""
    out: list[Labeled] = []
    seen: set[str] = set()
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        at = f"{where}:{number}"
        try:
            obj = orjson.loads(line)
        except orjson.JSONDecodeError as exc:
            raise LabelError(f"{at}: invalid JSON ({exc})") from exc
        if not isinstance(obj, dict):
            raise LabelError(f"{at}: expected a JSON object")
        for name in ("id", "cluster", "role"):
            if not isinstance(obj.get(name), str) or not obj[name]:
                raise LabelError(f"{at}: missing or empty string field {name!r}")
        if not any(isinstance(obj.get(k), str) and obj[k].strip() for k in ("text", "body")):
            raise LabelError(f"{at}: missing story text: give 'text' or 'body'")
        try:
            role = Role(obj["role"])
        except ValueError:
            allowed = ", ".join(r.value for r in Role)
            raise LabelError(f"{at}: role {obj['role']!r} is not one of {allowed}") from None
        if obj["id"] in seen:
            raise LabelError(f"{at}: duplicate id {obj['id']!r}")
        seen.add(obj["id"])
        event = obj.get("event") or obj["cluster"]
        story = {k: v for k, v in obj.items() if k not in _LABEL_FIELDS}
        out.append(Labeled(obj["id"], orjson.dumps(story), obj["cluster"], role, str(event)))
    return out


def gold_strict(stories: Iterable[Labeled]) -> list[str]:
    """Variants of one cluster together; every other story alone."""
    return [s.cluster if s.role is Role.VARIANT else f"\0{s.id}" for s in stories]


def gold_event(stories: Iterable[Labeled]) -> list[str]:
    """Non-negative stories of one event together; negatives alone."""
    return [s.event if s.role is not Role.NEGATIVE else f"\0{s.id}" for s in stories]
