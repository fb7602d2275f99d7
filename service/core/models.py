"""Plain data of the core: the raw story as received, the clean story, and outcomes.

Field names of the clean story follow IPTC ninjs where one fits (``uri``, ``headline``,
``body_text``, ``versioncreated``, ``language``, ``byline``, ``located``).
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class RawStory(_Frozen):
    """A story as an upstream feed sent it, after decoding and field-alias mapping."""

    id: str | None = Field(default=None, description="Upstream identifier (id, guid, uri).")
    headline: str | None = None
    summary: str | None = None
    body: str = Field(description="Body text, plain or HTML.")
    body_is_html: bool = False
    url: str | None = None
    language: str | None = None
    source: str | None = Field(default=None, description="Feed or agency that sent it.")
    published_at: datetime | None = None
    extra: dict[str, Any] = Field(
        default_factory=dict, description="Fields we do not map, kept as they came."
    )
    byline: str | None = Field(default=None, description="Author line, if the feed gives one.")
    agencies: list[str] = Field(
        default_factory=list, description="Agencies the feed credits (e.g. ninjs infosource)."
    )


class Dateline(_Frozen):
    """The place, date and agency a story opens with, e.g. ``SEOUL, March 3 (Reuters) -``."""

    place: str | None = None
    date: str | None = None
    agency: str | None = None
    text: str | None = Field(
        default=None, description="The dateline as written; it stays in the body text."
    )


class Story(_Frozen):
    """A clean story: the unit downstream services consume."""

    uri: str = Field(description="Stable story id: upstream id if given, else a content hash.")
    headline: str
    summary: str | None = None
    body_text: str = Field(description="Clean body, paragraphs separated by a blank line.")
    paragraphs: list[str]
    dateline: Dateline | None = None
    agencies: list[str] = Field(default_factory=list, description="Credited agencies.")
    byline: str | None = None
    language: str | None = None
    url: str | None = None
    source: str | None = None
    versioncreated: datetime | None = Field(default=None, description="Story time, UTC.")
    rule_hits: list[str] = Field(
        default_factory=list, description="Normalization rules that changed the text."
    )
    extra: dict[str, Any] = Field(default_factory=dict)


class DecisionKind(StrEnum):
    NEW = "new"
    VARIANT = "variant_of"
    RELATED = "related_to"


class Decision(_Frozen):
    """What the dedup index says about a story, with the evidence behind it."""

    kind: DecisionKind
    cluster_id: str = Field(description="Story cluster: the uri of the first story seen.")
    event_id: str | None = Field(
        default=None,
        description="Event cluster: the matched story's event when related or a variant, "
        "else the story's own uri.",
    )
    matched_uri: str | None = None
    score: float = 0.0
    rule: str = "none"
    signals: dict[str, float] = Field(default_factory=dict)
    model_version: str = "exact-1"


class RejectReason(StrEnum):
    NOT_UTF8 = "not_utf8"
    INVALID_JSON = "invalid_json"
    INVALID_FIELDS = "invalid_fields"
    EMPTY = "empty"
    TOO_LARGE = "too_large"
    NOT_TEXT = "not_text"
    PROCESSING_ERROR = "processing_error"


class Published(_Frozen):
    kind: Literal["published"] = "published"
    story: Story
    decision: Decision


class VariantFound(_Frozen):
    kind: Literal["variant"] = "variant"
    story: Story
    decision: Decision


class Rejected(_Frozen):
    kind: Literal["rejected"] = "rejected"
    reason: RejectReason
    error_class: str
    message: str


Outcome = Published | VariantFound | Rejected
