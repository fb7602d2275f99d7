"""Decode raw message bytes into a :class:`RawStory`.

Accepted inputs: a JSON object (field aliases of common feeds), or UTF-8 plain text laid
out like the seed story (first line headline, then a summary paragraph, then the body).
Anything else raises :class:`RejectError` with a typed reason; the pipeline turns that
into a dead letter.
"""

from __future__ import annotations

from email.utils import parsedate_to_datetime
from typing import Any

import orjson
from pydantic import ValidationError

from service.core.models import RawStory, RejectReason

# Our name <- the names real feeds use, first match wins.
FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("id", "guid", "uri", "_id"),
    "headline": ("headline", "title", "head"),
    "summary": ("summary", "description", "abstract", "standfirst", "description_text"),
    "body": ("body", "text", "content", "body_text", "body_html", "article"),
    "url": ("url", "link", "canonical_url", "web_url"),
    "language": ("language", "lang"),
    "source": ("source", "provider", "agency", "copyrightholder"),
    "published_at": ("published_at", "pubDate", "versioncreated", "firstcreated", "date"),
}
_HTML_BODY_KEYS = frozenset({"body_html"})


class RejectError(Exception):
    """Input that cannot become a story; carries the typed reason for the dead letter."""

    def __init__(self, reason: RejectReason, message: str) -> None:
        super().__init__(message)
        self.reason = reason


def parse(data: bytes, *, max_bytes: int) -> RawStory:
    """Decode ``data``; raise :class:`RejectError` when it is not a usable story."""
    if len(data) > max_bytes:
        raise RejectError(
            RejectReason.TOO_LARGE, f"message is {len(data)} bytes, limit {max_bytes}"
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise RejectError(RejectReason.NOT_UTF8, f"not UTF-8: {exc}") from exc
    text = text.removeprefix("\ufeff")
    if "\x00" in text:
        raise RejectError(RejectReason.NOT_TEXT, "contains NUL bytes")
    stripped = text.strip()
    if not stripped:
        raise RejectError(RejectReason.EMPTY, "message is empty")
    if stripped[0] in "{[":
        return _from_json(stripped)
    return _from_text(stripped)


def _from_json(text: str) -> RawStory:
    try:
        obj = orjson.loads(text)
    except orjson.JSONDecodeError as exc:
        raise RejectError(RejectReason.INVALID_JSON, f"invalid JSON: {exc}") from exc
    if not isinstance(obj, dict):
        raise RejectError(RejectReason.INVALID_FIELDS, "JSON value is not an object")
    return from_mapping(obj)


def from_mapping(obj: dict[str, Any]) -> RawStory:
    """Map a feed's JSON object onto :class:`RawStory`, keeping unknown fields in ``extra``."""
    fields: dict[str, Any] = {}
    used: set[str] = set()
    for ours, theirs in FIELD_ALIASES.items():
        for key in theirs:
            if key in obj and obj[key] is not None:
                fields[ours] = obj[key]
                used.add(key)
                if ours == "body" and key in _HTML_BODY_KEYS:
                    fields["body_is_html"] = True
                break
    if "body" not in fields:
        raise RejectError(RejectReason.INVALID_FIELDS, "no body field (body, text or content)")
    fields["extra"] = {k: v for k, v in obj.items() if k not in used}
    if "published_at" in fields:
        fields["published_at"] = _loose_time(fields["published_at"])
    try:
        raw = RawStory.model_validate(fields, strict=False)
    except ValidationError as exc:
        errors = "; ".join(
            f"{'.'.join(str(p) for p in err['loc'])}: {err['msg']}" for err in exc.errors()
        )
        raise RejectError(RejectReason.INVALID_FIELDS, errors) from exc
    if not raw.body.strip():
        raise RejectError(RejectReason.EMPTY, "body is empty")
    return raw


def _from_text(text: str) -> RawStory:
    lines = text.splitlines()
    headline = lines[0].strip()
    body = "\n".join(lines[1:]).strip()
    if not body:
        raise RejectError(RejectReason.EMPTY, "plain text has a headline but no body")
    return RawStory(headline=headline, body=body)


def _loose_time(value: Any) -> Any:
    """Accept ISO 8601 (pydantic parses it) and RFC 822 (RSS ``pubDate``) times."""
    if isinstance(value, str) and value[:1].isalpha():
        try:
            return parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return value
    return value
