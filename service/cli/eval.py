"""`wire-ingest eval LABELED.jsonl`: score the dedup engine on a labelled corpus.

Streams the stories through the same pipeline the service runs, in file order, and prints
JSON: pairwise precision / recall / F1 and B-cubed F1 for the ``strict`` tier (variants of
one source story) and the ``event`` tier (all reports of one event), the share of
different-story pairs merged, stories per second and peak memory.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import orjson

from service.core.dedup import DedupIndex
from service.core.dedup_corpus import Labeled, LabelError, gold_event, gold_strict, read_labeled
from service.core.dedup_metrics import score
from service.core.models import Decision, Rejected
from service.core.pipeline import Pipeline
from service.errors import WireIngestError

DEFAULT_MAX_BYTES = 1_000_000


class LabeledInputError(WireIngestError):
    """The labelled file is malformed (a field is missing or has the wrong type)."""


@dataclass(frozen=True, slots=True)
class RunResult:
    decisions: list[Decision | None]
    """One per story, ``None`` when the pipeline rejected it."""
    seconds: float
    index_size: int


def run_engine(stories: list[Labeled], index: DedupIndex, *, max_bytes: int) -> RunResult:
    """Feed ``stories`` through a pipeline over ``index`` in order; collect decisions."""
    pipeline = Pipeline(index, max_bytes=max_bytes)
    received_at = datetime.now(UTC)
    decisions: list[Decision | None] = []
    start = time.perf_counter()
    for story in stories:
        outcome = pipeline.process(story.payload, received_at).outcome
        decisions.append(None if isinstance(outcome, Rejected) else outcome.decision)
    return RunResult(decisions, time.perf_counter() - start, len(index))


def report(stories: list[Labeled], run: RunResult) -> dict[str, Any]:
    """Quality of both tiers for one run, as a JSON-ready dict."""
    pred_cluster: list[str] = []
    pred_event: list[str] = []
    for story, decision in zip(stories, run.decisions, strict=True):
        if decision is None:
            pred_cluster.append(f"\0rejected:{story.id}")
            pred_event.append(f"\0rejected:{story.id}")
            continue
        pred_cluster.append(decision.cluster_id)
        pred_event.append(decision.event_id or decision.cluster_id)
    strict = score(pred_cluster, gold_strict(stories))
    event = score(pred_event, gold_event(stories))
    groups = Counter(pred_event)
    negatives = [i for i, s in enumerate(stories) if s.role.value == "negative"]
    merged = sum(1 for i in negatives if groups[pred_event[i]] > 1)
    kinds = Counter(d.kind.value if d else "rejected" for d in run.decisions)
    return {
        "stories": len(stories),
        "decisions": dict(sorted(kinds.items())),
        "strict": strict.as_dict(),
        "event": event.as_dict(),
        "negative_stories_merged": merged / len(negatives) if negatives else 0.0,
        "stories_per_second": len(stories) / run.seconds if run.seconds else 0.0,
        "index_entries": run.index_size,
    }


def peak_rss_mb() -> float:
    """Peak resident memory of this process (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _details(stories: list[Labeled], run: RunResult) -> bytes:
    rows = []
    for story, decision in zip(stories, run.decisions, strict=True):
        row: dict[str, Any] = {"id": story.id, "cluster": story.cluster, "role": story.role}
        row["event"] = story.event
        if decision is not None:
            row.update(decision.model_dump(mode="json", exclude={"model_version"}))
        rows.append(orjson.dumps(row))
    return b"\n".join(rows) + b"\n"


def _run(args: argparse.Namespace) -> int:
    path = Path(args.labeled)
    try:
        stories = read_labeled(path.read_bytes().splitlines(), where=str(path))
    except LabelError as exc:
        raise LabeledInputError(str(exc)) from exc
    if not stories:
        raise LabeledInputError(f"{path}: no labelled stories")
    index = DedupIndex(timedelta(days=args.window_days))
    run = run_engine(stories, index, max_bytes=args.max_bytes)
    result = report(stories, run)
    result["model_version"] = next((d.model_version for d in run.decisions if d), None)
    result["peak_rss_mb"] = round(peak_rss_mb(), 1)
    if args.details:
        Path(args.details).write_bytes(_details(stories, run))
    sys.stdout.write(orjson.dumps(result, option=orjson.OPT_INDENT_2).decode() + "\n")
    return 0


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "eval",
        help="score the dedup engine on a labelled JSONL corpus",
        description=__doc__.split("\n\n")[1] if __doc__ else None,
    )
    parser.add_argument("labeled", metavar="LABELED.jsonl", help="labelled stories, one a line")
    parser.add_argument("--window-days", type=float, default=7.0, help="dedup window (days)")
    parser.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, help="input limit")
    parser.add_argument("--details", metavar="PATH", help="write per-story decisions as JSONL")
    parser.set_defaults(func=_run)
