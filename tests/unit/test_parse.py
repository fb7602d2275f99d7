"""Parser: bytes -> RawStory for JSON (aliases, ninjs 1 and 2), pages, plain text; rejects."""

from __future__ import annotations

from datetime import UTC, datetime

import orjson
import pytest

from service.core.models import RawStory, RejectReason
from service.core.parse import RejectError, parse


def _parse(obj: object) -> RawStory:
    return parse(orjson.dumps(obj), max_bytes=1 << 20)


@pytest.mark.parametrize(
    ("obj", "field", "value"),
    [
        ({"title": "T", "text": "B"}, "headline", "T"),
        ({"headline": "T", "content": "B"}, "body", "B"),
        ({"title": "T", "body": "B", "abstract": "S"}, "summary", "S"),
        ({"title": "T", "body": "B", "description": "S"}, "summary", "S"),
        ({"title": "T", "body": "B", "link": "https://x.org/a"}, "url", "https://x.org/a"),
        ({"title": "T", "body": "B", "lang": "fr"}, "language", "fr"),
        ({"title": "T", "body": "B", "guid": "g-1"}, "id", "g-1"),
        ({"title": "T", "body": "B", "provider": "AFP"}, "source", "AFP"),
        ({"title": "T", "body": "B", "id": 123}, "id", "123"),
    ],
)
def test_field_aliases(obj: dict[str, object], field: str, value: str) -> None:
    """Each alias real feeds use lands in our field; numbers become strings."""
    assert getattr(_parse(obj), field) == value


def test_unknown_fields_are_kept_in_extra() -> None:
    """Fields we do not map are kept as they came, not lost."""
    raw = _parse({"title": "T", "body": "B", "section": "world", "tags": ["a", "b"]})
    assert raw.extra == {"section": "world", "tags": ["a", "b"]}


def test_ninjs_1_body_html_and_description() -> None:
    """ninjs 1.x: body_html marks the body as HTML, description_text is the summary."""
    raw = _parse(
        {
            "uri": "https://wire.example/item/1",
            "headline": "H",
            "body_html": "<p>B</p>",
            "description_text": "S",
            "versioncreated": "2024-03-03T10:00:00Z",
            "byline": "Jane Roe",
        }
    )
    assert (raw.id, raw.body, raw.body_is_html, raw.summary, raw.byline) == (
        "https://wire.example/item/1",
        "<p>B</p>",
        True,
        "S",
        "Jane Roe",
    )
    assert raw.url == "https://wire.example/item/1"
    assert raw.published_at == datetime(2024, 3, 3, 10, tzinfo=UTC)


def test_ninjs_2_lists_and_infosource() -> None:
    """ninjs 2.x: headlines/bodies/descriptions lists by role; infosource names credited."""
    raw = _parse(
        {
            "uri": "urn:x:1",
            "headlines": [{"role": "main", "value": "Main headline"}],
            "bodies": [{"role": "main", "contenttype": "text/html", "value": "<p>Body</p>"}],
            "descriptions": [{"role": "summary", "value": "Short"}],
            "infosource": [{"name": "AFP"}, {"name": "Reuters"}],
        }
    )
    assert raw.headline == "Main headline"
    assert (raw.body, raw.body_is_html) == ("<p>Body</p>", True)
    assert raw.summary == "Short"
    assert raw.agencies == ["AFP", "Reuters"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Sun, 03 Mar 2024 10:00:00 GMT", datetime(2024, 3, 3, 10, tzinfo=UTC)),
        ("1709460000", datetime(2024, 3, 3, 10, tzinfo=UTC)),
        ("not a date", None),
    ],
)
def test_times_rfc822_epoch_and_unreadable(value: str, expected: datetime | None) -> None:
    """RSS pubDate and epoch seconds parse; an unreadable time is kept in extra, not fatal."""
    raw = _parse({"title": "T", "body": "B", "pubDate": value})
    assert raw.published_at == expected
    if expected is None:
        assert raw.extra["unparsed_time"] == value


def test_plain_text_seed_layout() -> None:
    """Headline line, summary line directly under it, blank line, then the body."""
    raw = parse(b"Headline\nThe summary.\n\nPara one.\nPara two.", max_bytes=1 << 20)
    assert (raw.headline, raw.summary, raw.body) == (
        "Headline",
        "The summary.",
        "Para one.\nPara two.",
    )


def test_plain_text_without_summary() -> None:
    """A blank line right after the headline: no summary, the rest is body."""
    raw = parse(b"Headline\n\nPara one.\n\nPara two.", max_bytes=1 << 20)
    assert (raw.summary, raw.body) == (None, "Para one.\n\nPara two.")


def test_html_page_gives_headline_summary_url_and_body() -> None:
    """A whole web page: og/h1 headline, meta description, canonical link, article body."""
    page = (
        b"<!doctype html><html lang='en'><head><title>Port reopens | Planet</title>"
        b"<meta name='description' content='Trade resumes.'>"
        b"<link rel='canonical' href='https://www.planet.example/port'></head>"
        b"<body><nav>Home</nav><article><h1>Port reopens</h1><p>The port reopened.</p>"
        b"</article></body></html>"
    )
    raw = parse(page, max_bytes=1 << 20)
    assert (raw.headline, raw.summary, raw.url, raw.language) == (
        "Port reopens",
        "Trade resumes.",
        "https://www.planet.example/port",
        "en",
    )
    assert raw.body_is_html
    assert "The port reopened." in raw.body
    assert "Port reopens" not in raw.body


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", RejectReason.EMPTY),
        (b"   \n ", RejectReason.EMPTY),
        (b"\xff\xfe not utf-8", RejectReason.NOT_UTF8),
        (b"a\x00b", RejectReason.NOT_TEXT),
        (bytes(range(1, 32)) * 3, RejectReason.NOT_TEXT),
        (b"{not json", RejectReason.INVALID_JSON),
        (b"[1, 2]", RejectReason.INVALID_FIELDS),
        (b'{"title": "no body"}', RejectReason.INVALID_FIELDS),
        (b'{"title": "T", "body": "  "}', RejectReason.INVALID_FIELDS),
        (b"Only a headline", RejectReason.EMPTY),
        (b"x" * 101, RejectReason.TOO_LARGE),
    ],
)
def test_rejects_with_typed_reason(data: bytes, reason: RejectReason) -> None:
    """Unusable input raises RejectError carrying the reason the dead letter will show."""
    with pytest.raises(RejectError) as info:
        parse(data, max_bytes=100)
    assert info.value.reason is reason


def test_number_where_text_belongs_is_rejected_as_invalid_fields():
    """A feed that sends a number as body or headline is broken: dead-letter it with the
    field's name, rather than publishing a story whose text is "42"."""
    for data, field in (
        (b'{"headline": "x", "body": 42}', "body"),
        (b'{"title": 5, "body": "t"}', "title"),
    ):
        with pytest.raises(RejectError) as info:
            parse(data, max_bytes=10_000)
        assert info.value.reason is RejectReason.INVALID_FIELDS
        assert field in str(info.value)
