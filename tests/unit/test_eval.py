"""Eval: clustering metrics, the labelled-corpus reader and the `wire-ingest eval` command."""

from __future__ import annotations

import json
from pathlib import Path

import orjson
import pytest

from service.cli import main
from service.core.dedup_corpus import LabelError, Role, gold_event, gold_strict, read_labeled
from service.core.dedup_metrics import score

CORPUS = Path(__file__).resolve().parents[2] / "bench" / "corpus" / "dedup_dev.jsonl"


def test_pairwise_and_bcubed_scores_on_a_small_labeling() -> None:
    """Gold {a,b,c},{d}; predicted {a,b},{c,d}: one of two predicted pairs is right."""
    s = score(["p", "p", "q", "q"], ["g", "g", "g", "h"])
    assert (s.gold_pairs, s.predicted_pairs, s.true_pairs) == (3, 2, 1)
    assert s.precision == 0.5
    assert s.recall == pytest.approx(1 / 3)
    # B-cubed precision: a,b 1; c,d 1/2 -> 0.75. Recall: a,b 2/3; c 1/3; d 1 -> 2/3.
    assert s.bcubed_precision == pytest.approx(0.75)
    assert s.bcubed_recall == pytest.approx(2 / 3)
    # Different-cluster gold pairs: 6 - 3 = 3, one of them (c,d) merged.
    assert s.false_merge_rate == pytest.approx(1 / 3)


def test_perfect_prediction_scores_one() -> None:
    """The same partition under other label names scores 1 everywhere."""
    s = score(["x", "x", "y"], ["a", "a", "b"])
    assert (s.precision, s.recall, s.bcubed_f1, s.false_merge_rate) == (1.0, 1.0, 1.0, 0.0)


def test_gold_tiers_follow_roles() -> None:
    """Strict pairs only variants of one cluster; event pairs any non-negatives of one event."""
    lines = [
        b'{"id":"1","text":"a","cluster":"c","role":"variant"}',
        b'{"id":"2","text":"b","cluster":"c","role":"variant"}',
        b'{"id":"3","text":"c","cluster":"c2","role":"independent","event":"c"}',
        b'{"id":"4","text":"d","cluster":"c","role":"negative"}',
    ]
    stories = read_labeled(lines)
    assert [s.role for s in stories][2] is Role.INDEPENDENT
    strict, event = gold_strict(stories), gold_event(stories)
    assert strict[0] == strict[1] != strict[2]
    assert event[0] == event[1] == event[2] != event[3]
    assert strict[3] != strict[0]
    assert b"cluster" not in stories[0].payload


@pytest.mark.parametrize(
    ("line", "message"),
    [
        (b'{"text":"a","cluster":"c","role":"variant"}', "'id'"),
        (b'{"id":"1","text":"a","role":"variant"}', "'cluster'"),
        (b'{"id":"1","cluster":"c","role":"variant"}', "story text"),
        (b'{"id":"1","text":"a","cluster":"c","role":"copy"}', "not one of"),
        (b"[1]", "JSON object"),
        (b"{", "invalid JSON"),
    ],
)
def test_missing_or_bad_fields_are_clear_errors(line: bytes, message: str) -> None:
    """Each malformed line names the line number and what is wrong with it."""
    with pytest.raises(LabelError, match=message) as info:
        read_labeled([line], where="f.jsonl")
    assert "f.jsonl:1" in str(info.value)


def test_eval_command_prints_both_tiers(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`wire-ingest eval` on a slice of the corpus prints JSON with both tiers and speed."""
    sample = tmp_path / "sample.jsonl"
    sample.write_bytes(b"\n".join(CORPUS.read_bytes().splitlines()[:60]) + b"\n")
    assert main(["eval", str(sample)]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["stories"] == 60
    for tier in ("strict", "event"):
        assert {"precision", "recall", "f1", "bcubed_f1"} <= set(out[tier])
        assert 0.0 <= out[tier]["f1"] <= 1.0
    assert out["stories_per_second"] > 0
    assert out["peak_rss_mb"] > 0
    assert out["strict"]["precision"] >= 0.9


def test_eval_command_reports_a_bad_file_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A missing label is a one-line error and exit code 1, not a traceback."""
    bad = tmp_path / "bad.jsonl"
    bad.write_bytes(orjson.dumps({"id": "1", "text": "x", "role": "variant"}) + b"\n")
    assert main(["eval", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "bad.jsonl:1" in err
    assert "cluster" in err
