"""Decode raw message bytes into a :class:`RawStory`.

Accepted inputs:

- a JSON object with the field names real feeds use (:data:`FIELD_ALIASES`), including IPTC
  ninjs 1.x (``body_html``, ``description_text``) and 2.x (``headlines``, ``bodies``,
  ``descriptions`` lists, ``infosource``); unknown fields are kept in ``extra``;
- a whole HTML page (headline, summary, URL and body taken from its markup);
- plain text laid out like the seed story: first line the headline, a summary line
  directly under it and a blank line, then the body (plain or an HTML fragment).

Anything else (not UTF-8, binary, empty, too large) raises :class:`RejectError` with a
typed reason, which the pipeline turns into a dead letter. :func:`parse` raises nothing
else, whatever the input.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

import orjson
from pydantic import ValidationError

from service.core.html import looks_like_html, looks_like_page, page_fields
from service.core.models import RawStory, RejectReason

# Our name <- the names real feeds use, first match wins.
FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("id", "guid", "uri", "_id", "itemid"),
    "headline": ("headline", "title", "head", "headlines"),
    "summary": (
        "summary",
        "description",
        "abstract",
        "standfirst",
        "description_text",
        "description_html",
        "descriptions",
        "lede",
    ),
    "body": ("body", "text", "content", "body_text", "body_html", "article", "bodies"),
    "url": ("url", "link", "canonical_url", "web_url", "permalink"),
    "language": ("language", "lang"),
    "source": ("source", "provider", "agency", "copyrightholder"),
    "byline": ("byline", "by", "author", "creator", "dc:creator"),
    "published_at": (
        "published_at",
        "pubDate",
        "versioncreated",
        "firstcreated",
        "date",
        "published",
        "updated",
    ),
}
_HTML_KEYS = frozenset({"body_html", "description_html"})
_C0 = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")
_CONTROL_LIMIT = 0.01  # more C0 control characters than this share: binary, not text


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
    controls = len(_C0.findall(text))
    if "\x00" in text or controls > _CONTROL_LIMIT * len(text):
        raise RejectError(RejectReason.NOT_TEXT, "binary data (NUL or control bytes)")
    stripped = text.strip()
    if not stripped:
        raise RejectError(RejectReason.EMPTY, "message is empty")
    if stripped[0] == "{" or (stripped[0] == "[" and stripped[-1] == "]"):
        raw = _from_json(stripped)
    elif looks_like_page(stripped):
        raw = from_mapping(page_fields(stripped), html_body=True)
    else:
        raw = _from_text(stripped)
    return raw


def _from_json(text: str) -> RawStory:
    try:
        obj = orjson.loads(text)
    except orjson.JSONDecodeError as exc:
        raise RejectError(RejectReason.INVALID_JSON, f"invalid JSON: {exc}") from exc
    if not isinstance(obj, dict):
        raise RejectError(RejectReason.INVALID_FIELDS, "JSON value is not an object")
    return from_mapping(obj)


# A number where the story's text should be is a broken feed, not a story about "42".
_TEXT_ONLY = frozenset({"body", "headline"})


def from_mapping(obj: dict[str, Any], *, html_body: bool = False) -> RawStory:
    """Map a feed's JSON object onto :class:`RawStory`, keeping unknown fields in ``extra``."""
    fields: dict[str, Any] = {}
    used: set[str] = set()
    for ours, theirs in FIELD_ALIASES.items():
        for key in theirs:
            if ours in _TEXT_ONLY and isinstance(obj.get(key), int | float | bool):
                kind = type(obj[key]).__name__
                raise RejectError(RejectReason.INVALID_FIELDS, f"{key}: must be text, got {kind}")
            value = _text(obj.get(key))
            if value is None:
                continue
            fields[ours] = value
            used.add(key)
            if ours == "body":
                fields["body_is_html"] = html_body or key in _HTML_KEYS or _html_typed(obj[key])
            break
    if "body" not in fields:
        raise RejectError(RejectReason.INVALID_FIELDS, "no body field (body, text or content)")
    if not fields["body_is_html"] and looks_like_html(fields["body"]):
        fields["body_is_html"] = True
    if not fields["body_is_html"] and "headline" in fields:
        fields["body"] = _without_headline(fields["body"], fields["headline"])
    if "url" not in fields and isinstance(obj.get("uri"), str) and obj["uri"].startswith("http"):
        fields["url"] = obj["uri"]  # ninjs: the uri is often the story's web address
    fields["agencies"] = _infosource(obj.get("infosource"))
    if fields["agencies"]:
        used.add("infosource")
    extra = {k: v for k, v in obj.items() if k not in used}
    if "published_at" in fields:
        when = _loose_time(fields["published_at"])
        if when is None:
            extra["unparsed_time"] = fields["published_at"]
        fields["published_at"] = when
    fields["extra"] = extra
    try:
        raw = RawStory.model_validate(fields, strict=False)
    except ValidationError as exc:  # pragma: no cover - every field is coerced above
        errors = "; ".join(
            f"{'.'.join(str(p) for p in err['loc'])}: {err['msg']}" for err in exc.errors()
        )
        raise RejectError(RejectReason.INVALID_FIELDS, errors) from exc
    if not raw.body.strip():
        raise RejectError(RejectReason.EMPTY, "body is empty")
    return raw


def _text(value: Any, depth: int = 0) -> str | None:
    """A feed value as text: strings as is, numbers as digits, ninjs lists by their main value."""
    if depth > 3:
        return None
    if isinstance(value, str):
        return value if value.strip() else None
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, dict):
        return _text(value.get("value", value.get("#text")), depth + 1)
    if isinstance(value, list):
        items = [v for v in value if not isinstance(v, dict) or v.get("role") in (None, "main")]
        for item in items or value:
            if (found := _text(item, depth + 1)) is not None:
                return found
    return None


def _html_typed(value: Any) -> bool:
    """ninjs 2 ``bodies``/``descriptions`` entries say their content type."""
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, dict)), None)
    return isinstance(value, dict) and "html" in str(value.get("contenttype", ""))


def _infosource(value: Any) -> list[str]:
    items = value if isinstance(value, list) else [value]
    names = [_text(v.get("name") if isinstance(v, dict) else v) for v in items]
    return [n.strip() for n in names if n and n.strip()]


def _from_text(text: str) -> RawStory:
    """Seed layout: headline line, then a summary line when a blank line follows it."""
    lines = text.split("\n")
    headline = lines[0].strip()
    summary = None
    rest = lines[1:]
    if len(rest) >= 3 and rest[0].strip() and not rest[1].strip():
        summary, rest = rest[0].strip(), rest[2:]
    body = _without_headline("\n".join(rest).strip(), headline)
    if not body:
        if summary is None:
            raise RejectError(RejectReason.EMPTY, "plain text has a headline but no body")
        body, summary = summary, None
    return RawStory(
        headline=headline, summary=summary, body=body, body_is_html=looks_like_html(body)
    )


def _without_headline(body: str, headline: str) -> str:
    """Some feeds repeat the headline as the first line of the body; drop that copy."""
    first, sep, rest = body.lstrip().partition("\n")
    if sep and rest.strip() and first.strip().casefold() == headline.strip().casefold():
        return rest
    return body


def _loose_time(value: str) -> datetime | None:
    """ISO 8601, RFC 822 (RSS ``pubDate``) or epoch seconds; None when unreadable."""
    value = value.strip()
    try:
        if value[:1].isalpha():
            return parsedate_to_datetime(value)
        if value.replace(".", "", 1).isdigit() and len(value) >= 9:
            return datetime.fromtimestamp(float(value[:14]), tz=UTC)
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except (TypeError, ValueError, OverflowError, OSError, IndexError):
        return None
