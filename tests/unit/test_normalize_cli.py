"""`wire-ingest normalize`: JSON lines or a readable view, per file or JSONL line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from service.cli import main

SEED = Path(__file__).parents[1] / "corpus" / "normalize" / "seed" / "000_497e69024a68a599.txt"


def test_json_output_has_story_and_rule_hits(capsys: pytest.CaptureFixture[str]) -> None:
    """One JSON object per input: the clean story and each hit with the text it removed."""
    assert main(["normalize", str(SEED)]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    item = json.loads(line)
    assert item["source"] == str(SEED)
    assert item["story"]["agencies"] == ["agencies"]
    assert item["rule_hits"][0] == {
        "rule": "agency_trailer",
        "text": "(With inputs from agencies.)",
    }


def test_jsonl_lines_are_separate_inputs_and_rejects_set_exit_code(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Each JSONL line is one message, labelled path:line; a rejected line gives exit 1."""
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"title": "Port reopens", "body": "The port reopened."}\n\n{"title": 1}\n')
    assert main(["normalize", str(feed)]) == 1
    items = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [i["source"] for i in items] == [f"{feed}:1", f"{feed}:3"]
    assert items[0]["story"]["paragraphs"] == ["The port reopened."]
    assert items[1]["rejected"]["reason"] == "invalid_fields"


def test_pretty_view_shows_headline_paragraphs_and_hits(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """--pretty: headline, numbered paragraphs, then the rule hits."""
    assert main(["normalize", "--pretty", str(SEED)]) == 0
    out = capsys.readouterr().out
    assert "SEOUL SEEKS KYIV'S AID" in out
    assert "\n3. The emerging situation" in out
    assert "rule hits (7):" in out
    assert "  - also_read: ALSO READ" in out


def test_missing_file_is_a_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A path that does not exist: exit 1 and one line on stderr."""
    assert main(["normalize", str(tmp_path / "nope.txt")]) == 1
    assert len(capsys.readouterr().err.strip().splitlines()) == 1
