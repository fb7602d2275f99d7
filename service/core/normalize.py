"""RawStory -> Story: basic normalization.

Whitespace and Unicode NFC, the agency trailer "(With inputs from agencies.)" and the
"ALSO READ" block removed, headline / summary / paragraphs split. Every change is recorded
as a named rule hit so it can be explained.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from service.core.models import RawStory, RejectReason, Story
from service.core.parse import RejectError

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_ZERO_WIDTH = re.compile(r"[\u200b-\u200d\u2060\ufeff]")
_TRAILER = re.compile(r"^\(\s*with inputs from (?:agencies|\w+)\s*\.?\s*\)\s*\.?$", re.IGNORECASE)
_ALSO_READ = re.compile(r"^(?:also read|read more(?: on)?)\b\s*[:|]?\s*$", re.IGNORECASE)


def clean_text(text: str) -> str:
    """NFC, no zero-width characters, single spaces, trimmed lines, no blank runs."""
    text = unicodedata.normalize("NFC", text)
    text = _ZERO_WIDTH.sub("", text)
    lines = [_SPACES.sub(" ", line).strip() for line in text.splitlines()]
    return "\n".join(lines).strip()


def _blocks(text: str) -> list[list[str]]:
    """Split into blocks separated by blank lines; each block is a list of lines."""
    blocks: list[list[str]] = [[]]
    for line in text.split("\n"):
        if line:
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    return [b for b in blocks if b]


def _strip_tail(lines: list[str], hits: list[str]) -> tuple[list[str], list[str]]:
    """Drop an "ALSO READ" block (and everything after it) and the agencies trailer."""
    agencies: list[str] = []
    for i, line in enumerate(lines):
        if _ALSO_READ.match(line):
            hits.append("also_read_block")
            lines = lines[:i]
            break
    kept: list[str] = []
    for line in lines:
        if _TRAILER.match(line):
            hits.append("agency_trailer")
            agencies.append("agencies")
            continue
        kept.append(line)
    return kept, agencies


def story_uri(raw: RawStory, headline: str, body: str) -> str:
    """Upstream id when there is one, else a hash of the clean content."""
    if raw.id:
        return raw.id
    digest = hashlib.blake2b(f"{headline}\n{body}".encode(), digest_size=16).hexdigest()
    return f"urn:wire:{digest}"


def normalize(raw: RawStory) -> Story:
    """Clean ``raw``; raise :class:`RejectError` if nothing of a story remains."""
    hits: list[str] = []
    body = clean_text(raw.body)
    if body != raw.body:
        hits.append("whitespace_unicode")
    blocks = _blocks(body)
    summary = clean_text(raw.summary) if raw.summary else None
    headline = clean_text(raw.headline) if raw.headline else ""
    # Plain-text layout: a one-paragraph first block before a blank line is the summary.
    if summary is None and raw.headline is not None and len(blocks) > 1 and len(blocks[0]) == 1:
        summary = blocks[0][0]
        blocks = blocks[1:]
    lines = [line for block in blocks for line in block]
    paragraphs, agencies = _strip_tail(lines, hits)
    if not headline and paragraphs:
        headline = paragraphs[0]
    if not paragraphs:
        raise RejectError(RejectReason.EMPTY, "no body text left after cleaning")
    body_text = "\n\n".join(paragraphs)
    return Story(
        uri=story_uri(raw, headline, body_text),
        headline=headline,
        summary=summary,
        body_text=body_text,
        paragraphs=paragraphs,
        agencies=agencies,
        language=raw.language,
        url=raw.url,
        source=raw.source,
        versioncreated=raw.published_at,
        rule_hits=hits,
        extra=raw.extra,
    )
