"""Benchmark: the dedup cascade against datasketch MinHashLSH, in one run, on one corpus.

Run: ``.venv/bin/python bench/bench_dedup.py [--scale 60] [--json bench/results.json]``

Both engines see the same stories through the same parse + normalize, in file order:

- **cascade**: ``service.core.dedup.DedupIndex`` (exact -> MinHash/LSH + fact index ->
  calibrated rewrite / event models), the engine the service runs.
- **datasketch**: ``MinHashLSH(threshold=0.8, num_perm=128)`` over word 5-shingles of the
  same text; a story whose query hits is a variant of the first hit's cluster, else new.
  It has no notion of events, so its event tier is its variant clusters.

Reported per corpus (dev, held-out, hand-written): pairwise P/R/F1 and B-cubed F1 of both
tiers. On a larger stream (``--scale`` clusters per topic, written by ``corpus/make_corpus.py``):
stories per second end to end (parse, normalize, fingerprint, decide; best of three) and
traced memory per indexed story (tracemalloc, a separate pass; window wide enough that
nothing expires), with the cascade / datasketch ratios.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
import tracemalloc
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import orjson
from datasketch import MinHash, MinHashLSH

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench" / "corpus"))

from make_corpus import Writer  # noqa: E402  (script directory on sys.path above)
from topics import DEV_TOPICS, HELDOUT_TOPICS  # noqa: E402

from service.cli.eval import RunResult, report  # noqa: E402
from service.core.dedup import DedupIndex  # noqa: E402
from service.core.dedup_corpus import Labeled, read_labeled  # noqa: E402
from service.core.fingerprint import fingerprint, story_text  # noqa: E402
from service.core.models import Decision, DecisionKind, Story  # noqa: E402
from service.core.normalize import normalize  # noqa: E402
from service.core.parse import parse  # noqa: E402

MAX_BYTES = 1_000_000


class Baseline:
    """datasketch MinHashLSH over word 5-shingles, threshold 0.8, 128 permutations."""

    def __init__(self) -> None:
        self.lsh = MinHashLSH(threshold=0.8, num_perm=128)
        self.cluster: dict[str, str] = {}
        self.order: dict[str, int] = {}

    def __len__(self) -> int:
        return len(self.cluster)

    def decide(self, story: Story) -> Decision:
        words = story_text(story).casefold().split()
        mh = MinHash(num_perm=128)
        shingles = {" ".join(words[i : i + 5]) for i in range(max(1, len(words) - 4))}
        mh.update_batch([s.encode() for s in shingles])
        hits = self.lsh.query(mh)
        if hits:
            first = min(hits, key=lambda k: self.order[k])
            cluster = self.cluster[first]
            decision = Decision(
                kind=DecisionKind.VARIANT, cluster_id=cluster, matched_uri=first, rule="lsh"
            )
        else:
            cluster = story.uri
            decision = Decision(kind=DecisionKind.NEW, cluster_id=cluster)
        self.lsh.insert(story.uri, mh)
        self.cluster[story.uri] = cluster
        self.order[story.uri] = len(self.order)
        return decision


Engine = Callable[[Story], Decision]


def cascade_engine(window_days: float = 7) -> tuple[Engine, Callable[[], int]]:
    index = DedupIndex(timedelta(days=window_days))
    now = datetime.now(UTC)

    def run(story: Story) -> Decision:
        return index.decide(story, fingerprint(story), now)[0]

    return run, index.__len__


def baseline_engine() -> tuple[Engine, Callable[[], int]]:
    b = Baseline()
    return b.decide, b.__len__


ENGINES = {"cascade": cascade_engine, "datasketch": baseline_engine}


def run(
    stories: list[Labeled], factory: Callable[[], tuple[Engine, Callable[[], int]]]
) -> RunResult:
    """End to end: parse, normalize, then the engine; timed over the whole stream."""
    engine, size = factory()
    gc.collect()
    start = time.perf_counter()
    decisions: list[Decision | None] = []
    for s in stories:
        story = normalize(parse(s.payload, max_bytes=MAX_BYTES))
        decisions.append(engine(story))
    return RunResult(decisions, time.perf_counter() - start, size())


def memory_per_story(
    stories: list[Labeled], factory: Callable[[], tuple[Engine, Callable[[], int]]]
) -> float:
    """Traced bytes held by the engine after the stream, over the stories it indexed."""
    parsed = [normalize(parse(s.payload, max_bytes=MAX_BYTES)) for s in stories]
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    engine, size = factory()
    for story in parsed:
        engine(story)
    gc.collect()
    after = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    return (after - before) / max(1, size())


def scale_stream(per_topic: int) -> list[Labeled]:
    rows: list[dict[str, object]] = []
    for split, topics, seed in (("sdev", DEV_TOPICS, 101), ("sheld", HELDOUT_TOPICS, 202)):
        rows += Writer(topics, split, seed, per_topic).run()
    rows.sort(key=lambda r: str(r["published_at"]))
    return read_labeled([orjson.dumps(r) for r in rows], where="scale")


def _quality(res: dict[str, Any]) -> dict[str, float]:
    out: dict[str, float] = {}
    for tier in ("strict", "event"):
        for k in ("precision", "recall", "f1", "bcubed_f1"):
            out[f"{tier}_{k}"] = round(res[tier][k], 3)
    out["different_pairs_merged"] = round(res["event"]["false_merge_rate"], 5)
    out["negative_stories_merged"] = round(res["negative_stories_merged"], 3)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", type=int, default=60, help="clusters per topic (speed/memory)")
    parser.add_argument("--json", help="also write the results here")
    args = parser.parse_args()
    results: dict[str, Any] = {"quality": {}, "scale": {}}
    for split in ("dev", "heldout", "handwritten", "free_dev", "free_test"):
        path = ROOT / "bench" / "corpus" / f"dedup_{split}.jsonl"
        stories = read_labeled(path.read_bytes().splitlines(), where=path.name)
        for name, factory in ENGINES.items():
            results["quality"][f"{split}/{name}"] = _quality(report(stories, run(stories, factory)))
    stream = scale_stream(args.scale)
    # The stream spans about 18 days: a 30-day window keeps every story, as datasketch does,
    # so both hold the same stories when memory is measured.
    scale_engines = {"cascade": lambda: cascade_engine(30), "datasketch": baseline_engine}
    for name, factory in scale_engines.items():
        timings = [run(stream, factory) for _ in range(3)]
        best = min(timings, key=lambda r: r.seconds)
        results["scale"][name] = {
            "stories": len(stream),
            "stories_per_second": round(len(stream) / best.seconds, 1),
            "indexed": best.index_size,
            "bytes_per_indexed_story": round(memory_per_story(stream, factory)),
        }
    c, d = results["scale"]["cascade"], results["scale"]["datasketch"]
    results["ratios"] = {
        "speed_cascade_over_datasketch": round(
            c["stories_per_second"] / d["stories_per_second"], 2
        ),
        "memory_cascade_over_datasketch": round(
            c["bytes_per_indexed_story"] / d["bytes_per_indexed_story"], 2
        ),
    }
    print_tables(results)
    if args.json:
        Path(args.json).write_bytes(orjson.dumps(results, option=orjson.OPT_INDENT_2) + b"\n")


def print_tables(results: dict[str, Any]) -> None:
    cols = [
        "strict_precision",
        "strict_recall",
        "strict_f1",
        "strict_bcubed_f1",
        "event_precision",
        "event_recall",
        "event_f1",
        "event_bcubed_f1",
        "different_pairs_merged",
    ]
    print("| corpus / engine | " + " | ".join(cols) + " |")
    print("|---" * (len(cols) + 1) + "|")
    for key, q in results["quality"].items():
        print(f"| {key} | " + " | ".join(str(q[c]) for c in cols) + " |")
    print()
    print("| engine | stories | stories/s | indexed | bytes/indexed story |")
    print("|---|---|---|---|---|")
    for name, s in results["scale"].items():
        print(
            f"| {name} | {s['stories']} | {s['stories_per_second']} | {s['indexed']} | "
            f"{s['bytes_per_indexed_story']} |"
        )
    print()
    print(orjson.dumps(results["ratios"]).decode())


if __name__ == "__main__":
    main()
