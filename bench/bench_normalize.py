"""Benchmark: the normalizer against a plain ``html.unescape`` + whitespace-collapse baseline.

Run: ``.venv/bin/python bench/bench_normalize.py [--rounds 20] [--repeats 5] [--json FILE]``

Both see the same inputs in the same run, already parsed into ``RawStory`` (normalization
alone, no JSON decoding): the normalizer corpus under ``tests/corpus/normalize/cases`` plus
the seed. Reported: stories per second (best of ``--repeats`` passes of ``--rounds`` rounds
over the corpus) for both and the normalizer / baseline cost ratio; parse + normalize for
reference; and, for 1 MB adversarial inputs (punctuation runs, nested tags, unclosed
quotes, ...), the seconds each takes in the normalizer and the baseline.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import html
import re
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

import orjson

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from service.core.models import RawStory  # noqa: E402  (repo root on sys.path above)
from service.core.normalize import normalize  # noqa: E402
from service.core.parse import RejectError, parse  # noqa: E402

CORPUS = ROOT / "tests" / "corpus" / "normalize"
MAX_BYTES = 2_000_000
_WS = re.compile(r"\s+")


def baseline(raw: RawStory) -> str:
    """What a naive cleaner does: decode entities, collapse whitespace."""
    return _WS.sub(" ", html.unescape(raw.body)).strip()


def load_corpus() -> list[bytes]:
    inputs = sorted(CORPUS.glob("cases/*/input.*")) + sorted(CORPUS.glob("seed/*.txt"))
    return [p.read_bytes() for p in inputs]


def adversarial() -> dict[str, RawStory]:
    mb = 1 << 20
    bodies = {
        "punctuation run": ("!?.,;:-" * (mb // 7), False),
        "nested tags (html)": ("<div><span><b>" * (mb // 15), True),
        "unclosed tags (html)": ("<p" * (mb // 2), True),
        "unclosed quotes": (('"' + "a " * 50) * (mb // 101), False),
        "open parentheses": ("(" * mb, False),
        "entity chain": ("&amp;" * (mb // 5), False),
        "mojibake": ("\u00c3\u00a9 " * (mb // 3), False),
        "one long line": ("word " * (mb // 5), False),
        "ALSO READ lines": ("ALSO READ\n" * (mb // 10), False),
        "html paragraphs": ("<p>The port reopened &amp; trade resumed.</p>" * (mb // 45), True),
    }
    return {k: RawStory(headline="H", body=b, body_is_html=h) for k, (b, h) in bodies.items()}


def best_rate(func: Callable[[], int], repeats: int) -> float:
    """Items per second of the fastest of ``repeats`` runs of ``func`` (returns item count)."""
    best = 0.0
    for _ in range(repeats):
        gc.collect()
        start = time.perf_counter()
        count = func()
        best = max(best, count / (time.perf_counter() - start))
    return best


def seconds(func: Callable[[], object]) -> float:
    start = time.perf_counter()
    with contextlib.suppress(RejectError):
        func()
    return time.perf_counter() - start


def run(rounds: int, repeats: int) -> dict[str, Any]:
    data = load_corpus()
    raws = [parse(d, max_bytes=MAX_BYTES) for d in data]
    for raw in raws:  # warm up, and prove every corpus story normalizes
        normalize(raw)

    def normalizer() -> int:
        for _ in range(rounds):
            for raw in raws:
                normalize(raw)
        return rounds * len(raws)

    def naive() -> int:
        for _ in range(rounds):
            for raw in raws:
                baseline(raw)
        return rounds * len(raws)

    def end_to_end() -> int:
        for _ in range(rounds):
            for d in data:
                normalize(parse(d, max_bytes=MAX_BYTES))
        return rounds * len(data)

    ours, base = best_rate(normalizer, repeats), best_rate(naive, repeats)
    result: dict[str, Any] = {
        "stories": len(raws),
        "corpus_bytes": sum(len(d) for d in data),
        "normalize_per_s": round(ours),
        "baseline_per_s": round(base),
        "cost_ratio": round(base / ours, 1),
        "parse_and_normalize_per_s": round(best_rate(end_to_end, repeats)),
        "adversarial_1mb_s": {},
    }
    for name, raw in adversarial().items():
        result["adversarial_1mb_s"][name] = {
            "normalize": round(seconds(partial(normalize, raw)), 3),
            "baseline": round(seconds(partial(baseline, raw)), 3),
        }
    return result


def render(r: dict[str, Any]) -> str:
    lines = [
        f"corpus: {r['stories']} stories, {r['corpus_bytes'] / 1024:.0f} KiB",
        f"{'':32}{'stories/s':>12}",
        f"{'normalize (ours)':32}{r['normalize_per_s']:>12,}",
        f"{'baseline (unescape + collapse)':32}{r['baseline_per_s']:>12,}",
        f"{'parse + normalize':32}{r['parse_and_normalize_per_s']:>12,}",
        f"normalize costs {r['cost_ratio']}x the baseline per story",
        "",
        f"{'1 MB adversarial input':32}{'normalize s':>12}{'baseline s':>12}",
    ]
    for name, t in r["adversarial_1mb_s"].items():
        lines.append(f"{name:32}{t['normalize']:>12.3f}{t['baseline']:>12.3f}")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=20, help="passes over the corpus per run")
    parser.add_argument("--repeats", type=int, default=5, help="runs; the best one counts")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args()
    result = run(args.rounds, args.repeats)
    print(render(result))
    if args.json:
        args.json.write_bytes(orjson.dumps(result, option=orjson.OPT_INDENT_2) + b"\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
