"""Pure parts of `wire-ingest tail` (line format) and `replay` (record to re-publish)."""

from __future__ import annotations

import orjson
import pytest

from service.cli import main
from service.cli.replay import REPLAYED_FROM, to_replay
from service.cli.tail import format_event

T = 1_764_460_800_000  # 2025-11-30 00:00:00 UTC


def test_published_story_shows_time_headline_agencies_and_uri() -> None:
    """A published event is one headline line (with credited agencies) and its uri."""
    value = orjson.dumps({"uri": "s-1", "headline": "Ferry  terminal\nexpands", "agencies": ["AP"]})
    line = format_event("wire.stories", T, {"ce_type": b"news.story.published"}, value)
    assert line == "00:00:00  published    Ferry terminal expands  [AP]\n          s-1"


def test_variant_shows_the_story_it_repeats_with_score_and_rule() -> None:
    """A variant names the published story it repeats, the score and the deciding rule."""
    value = orjson.dumps(
        {"headline": "Ferry", "duplicate_of": "s-1", "score": 0.934, "rule": "minhash"}
    )
    line = format_event("wire.variants", T, {"ce_type": b"news.story.variant"}, value)
    assert line.splitlines() == [
        "00:00:00  variant      Ferry",
        "          repeats s-1  score 0.93 (minhash)",
    ]


def test_dead_letter_shows_reason_message_and_source() -> None:
    """A dead letter shows why it was rejected and where the input was."""
    headers = {
        "dlq.error.reason": b"invalid_json",
        "dlq.error.message": b"unexpected character: line 1 column 2",
        "dlq.source.topic": b"wire.raw",
        "dlq.source.partition": b"2",
        "dlq.source.offset": b"41",
    }
    line = format_event("wire.dlq", T, headers, b"{nope")
    assert line == (
        "00:00:00  dead-letter  invalid_json: unexpected character: line 1 column 2"
        "  (from wire.raw/2/41)"
    )


def test_foreign_records_are_printed_raw_and_long_headlines_clipped() -> None:
    """Records that are not our events are shown as text; nothing is printed unbounded."""
    assert format_event("other", T, {}, b"hello") == "00:00:00  other  hello"
    value = orjson.dumps({"uri": "u", "headline": "word " * 100})
    line = format_event("s", T, {"ce_type": b"news.story.published"}, value)
    assert len(line.splitlines()[0]) < 120
    assert line.splitlines()[0].endswith("…")


def test_replay_keeps_key_value_and_original_headers_and_drops_error_headers() -> None:
    """The re-published record is the input as it was, plus where it was replayed from."""
    headers = [
        ("trace-id", b"t"),
        ("dlq.source.topic", b"wire.raw"),
        ("dlq.error.reason", b"too_large"),
        (REPLAYED_FROM, b"wire.dlq/0/1"),  # replayed before: only the newest origin stays
    ]
    item = to_replay("wire.dlq", 1, 9, b"k", b"v", headers, to=None, fallback="fallback")
    assert item.topic == "wire.raw"
    assert (item.key, item.value) == (b"k", b"v")
    assert item.headers == [("trace-id", b"t"), (REPLAYED_FROM, b"wire.dlq/1/9")]


def test_replay_target_is_to_then_source_topic_then_input_topic() -> None:
    """--to wins; without a dlq.source.topic header the input topic is the target."""
    src = [("dlq.source.topic", b"wire.raw")]
    assert to_replay("d", 0, 0, None, b"", src, to="x", fallback="in").topic == "x"
    assert to_replay("d", 0, 0, None, b"", [], to=None, fallback="in").topic == "in"


def test_replay_requires_from_dlq(capsys: pytest.CaptureFixture[str]) -> None:
    """`replay` without a source says which option is missing."""
    with pytest.raises(SystemExit) as exc:
        main(["replay"])
    assert exc.value.code == 2
    assert "the following arguments are required: --from-dlq" in capsys.readouterr().err


def test_tail_rejects_a_non_positive_max_in_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    """A bad --max is a one-line error before any connection is made."""
    assert main(["tail", "--max", "0"]) == 1
    err = capsys.readouterr().err
    assert err == "wire-ingest tail: error: --max must be at least 1\n"
