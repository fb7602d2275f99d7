"""RawStory -> Story: the normalizer facade.

Steps, each in its own module: HTML to text (:mod:`.html`), text repair (:mod:`.text`),
boilerplate rules (:mod:`.boilerplate`), dateline and agencies (:mod:`.dateline`),
canonical URL (:mod:`.urls`). Every change is recorded as a named rule hit, so a clean
story can explain itself; :func:`normalize_explained` also returns what each hit removed.

Properties (pinned by property tests): never raises anything but :class:`RejectError`;
idempotent (``normalize(to_raw(s)) == s`` with no new hits); removes no sentence of the
story body; linear time in the input size.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import UTC, datetime

from service.core.boilerplate import strip_boilerplate
from service.core.dateline import agency_name, find_dateline
from service.core.html import html_to_text, looks_like_html
from service.core.language import guess_language, language_tag
from service.core.models import RawStory, RejectReason, Story
from service.core.parse import RejectError
from service.core.text import repair, repair_line
from service.core.urls import canonical_url

_TERMINAL = (".", "!", "?", '"', "'", ":", ";", ")")


@dataclass(slots=True)
class HitLog:
    """Rule hits in the order they first fired, with what each one touched."""

    details: list[tuple[str, str]] = field(default_factory=list)

    def hit(self, rule: str, detail: str) -> None:
        self.details.append((rule, detail))

    @property
    def names(self) -> list[str]:
        return list(dict.fromkeys(rule for rule, _ in self.details))


def normalize(raw: RawStory) -> Story:
    """Clean ``raw``; raise :class:`RejectError` if nothing of a story remains."""
    return normalize_explained(raw)[0]


def normalize_explained(raw: RawStory) -> tuple[Story, list[tuple[str, str]]]:
    """:func:`normalize`, plus ``(rule, text)`` for every change made."""
    log = HitLog()
    body = html_to_text(raw.body, log.hit) if raw.body_is_html else raw.body
    body = repair(body, log.hit)
    hits_before = len(log.details)
    cleaned = strip_boilerplate(_blocks(body), log.hit)
    paragraphs = _paragraphs(cleaned.lines, log)
    agencies_found, byline_found = list(cleaned.agencies), cleaned.byline
    # To a fixed point (bounded): removing one thing can expose another, e.g. a byline
    # once the agency credit glued to it is gone; a second normalize must find nothing.
    # A pass that removed nothing cannot have exposed anything.
    for _ in range(3 if len(log.details) > hits_before else 0):
        hits_before = len(log.details)
        again = strip_boilerplate([[p] for p in paragraphs], log.hit)
        again_paragraphs = _paragraphs(again.lines, log)
        agencies_found += again.agencies
        byline_found = byline_found or again.byline
        if again_paragraphs == paragraphs or len(log.details) == hits_before:
            break
        paragraphs = again_paragraphs
    headline = _headline(raw.headline, log)
    if not paragraphs:
        raise RejectError(RejectReason.EMPTY, "no body text left after cleaning")
    headline = headline or paragraphs[0]
    summary = _summary(raw.summary, log)
    dateline = find_dateline(paragraphs[0])
    agencies = list(
        dict.fromkeys(
            [
                *(a for a in raw.agencies if a),
                *([dateline.agency] if dateline and dateline.agency else []),
                *agencies_found,
            ]
        )
    )
    byline = repair_line(raw.byline, log.hit) if raw.byline else byline_found
    body_text = "\n\n".join(paragraphs)
    url = canonical_url(raw.url)
    if raw.url and url != raw.url:
        log.hit("url_canonical", raw.url)
    language = language_tag(raw.language) or guess_language(body_text)
    story = Story(
        uri=raw.id or _content_uri(headline, body_text),
        headline=headline,
        summary=summary,
        body_text=body_text,
        paragraphs=paragraphs,
        dateline=dateline,
        agencies=agencies,
        byline=byline or None,
        language=language,
        url=url,
        source=raw.source,
        versioncreated=_utc(raw.published_at),
        rule_hits=log.names,
        extra=raw.extra,
    )
    return story, log.details


def to_raw(story: Story) -> RawStory:
    """A clean story as raw input again: normalizing it must give the same story back."""
    return RawStory(
        id=story.uri,
        headline=story.headline,
        summary=story.summary,
        body=story.body_text,
        url=story.url,
        language=story.language,
        source=story.source,
        published_at=story.versioncreated,
        byline=story.byline,
        agencies=story.agencies,
        extra=story.extra,
    )


def _content_uri(headline: str, body: str) -> str:
    digest = hashlib.blake2b(f"{headline}\n{body}".encode(), digest_size=16).hexdigest()
    return f"urn:wire:{digest}"


def _blocks(text: str) -> list[list[str]]:
    """Blocks separated by blank lines; each block is a list of non-empty lines."""
    return [block.split("\n") for block in text.split("\n\n") if block]


def _paragraphs(lines: list[tuple[int, str]], log: HitLog) -> list[str]:
    """One paragraph per line, except blocks hard-wrapped at a fixed width, which are joined."""
    blocks: dict[int, list[str]] = {}
    for b, line in lines:
        blocks.setdefault(b, []).append(line)
    paragraphs: list[str] = []
    for block in blocks.values():
        if _hard_wrapped(block):
            log.hit("unwrap_lines", block[0])
            paragraphs.append(" ".join(block))
        else:
            paragraphs.extend(block)
    return paragraphs


def _hard_wrapped(block: list[str]) -> bool:
    """Lines cut at a column: similar lengths, most not ending a sentence."""
    if len(block) < 2:
        return False
    body = block[:-1]
    if any(not 30 <= len(line) <= 90 for line in body) or len(block[-1]) > 90:
        return False
    open_ends = sum(1 for line in body if not line.endswith(_TERMINAL))
    return open_ends * 2 >= len(body)


def _headline(text: str | None, log: HitLog) -> str:
    if not text:
        return ""
    if looks_like_html(text):
        text = html_to_text(text, log.hit)
    headline = repair_line(text, log.hit)
    stripped = _strip_site_suffix(headline)
    if stripped != headline:
        log.hit("headline_site_suffix", headline[len(stripped) :])
    return stripped


def _strip_site_suffix(headline: str) -> str:
    """``"Story | Site Name"`` -> ``"Story"``; ``"Story - Reuters"`` -> ``"Story"``."""
    while True:
        head, sep, tail = headline.rpartition(" | ")
        if not sep:
            for dash in (" - ", " \u2013 ", " \u2014 "):
                head, sep, tail = headline.rpartition(dash)
                if sep and agency_name(tail):
                    break
            else:
                return headline
        if len(tail) > 40 or len(tail.split()) > 4 or len(head.split()) < 3:
            return headline
        headline = head.rstrip()


def _summary(text: str | None, log: HitLog) -> str | None:
    if not text:
        return None
    if looks_like_html(text):
        text = html_to_text(text, log.hit)
    summary = " ".join(repair(text, log.hit).split())
    return summary or None


def _utc(when: datetime | None) -> datetime | None:
    if when is None:
        return None
    return when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)
