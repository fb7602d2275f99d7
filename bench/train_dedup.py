"""Train the calibrated stage of the dedup cascade; write ``service/core/dedup_model.json``.

Run: ``.venv/bin/python bench/train_dedup.py [--corpus bench/corpus/dedup_dev.jsonl]``

1. Stream the dev corpus through an index in file order and collect, for every story, the
   pair signals against each candidate the index proposes (the same candidates the engine
   sees at run time), labelled from the corpus: variant pair (same source story) and
   same-event pair.
2. Fit two L2-regularised logistic regressions (Newton's method, numpy): P(variant) on all
   candidate pairs, P(related) on the pairs that are not variants.
3. Pick the two thresholds on the dev corpus by running the real engine: the highest
   strict F1 with strict precision >= 0.98, then the highest event F1 with precision
   >= 0.97 (the middle one when several tie). The held-out and hand-written files are
   never read here.
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import numpy as np
import orjson

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from service.cli.eval import report, run_engine
from service.core import dedup_model
from service.core.dedup import DedupIndex, _record, story_time
from service.core.dedup_corpus import Labeled, Role, read_labeled
from service.core.dedup_signals import FEATURES, vector
from service.core.fingerprint import fingerprint
from service.core.normalize import normalize
from service.core.parse import parse

ROOT = Path(__file__).resolve().parents[1]
VERSION = "cascade-2"
LEXICAL = {"minhash": 0.5, "numbers": 0.75, "facts": 0.7}
RELATED_MAX_HOURS = 48.0
"""Set, not learned: same-event reports come out within a day or two; later is a follow-up."""


def _placeholder() -> dict[str, Any]:
    zero = {"weights": dict.fromkeys(FEATURES, 0.0), "bias": -50.0, "threshold": 1.1}
    return {"version": "training", "variant": zero, "related": zero, "lexical": LEXICAL}


def collect(stories: list[Labeled]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Signals of every candidate pair the index proposes, with both labels."""
    index = DedupIndex(timedelta(days=7), model=dedup_model.from_dict(_placeholder()))
    by_uri = {s.id: s for s in stories}
    now = datetime.now(UTC)
    xs: list[list[float]] = []
    variant: list[int] = []
    event: list[int] = []
    for s in stories:
        story = normalize(parse(s.payload, max_bytes=1_000_000))
        fp = fingerprint(story)
        draft = _record(story.uri, story.uri, story.uri, story_time(story, now), b"", fp)
        for cand in index.candidates(draft):
            other = by_uri[cand.record.uri]
            xs.append(vector(cand.signals))
            same_source = s.role is other.role is Role.VARIANT and s.cluster == other.cluster
            variant.append(int(same_source))
            both = s.role is not Role.NEGATIVE and other.role is not Role.NEGATIVE
            event.append(int(both and s.event == other.event))
        index.decide(story, fp, now)
    return np.array(xs), np.array(variant), np.array(event)


def fit(
    x: np.ndarray, y: np.ndarray, sample: np.ndarray | None = None, l2: float = 1.0
) -> tuple[np.ndarray, float]:
    """Weighted logistic regression on standardised features; weights on the raw scale."""
    sample = np.ones(len(x)) if sample is None else sample
    mean, std = x.mean(axis=0), x.std(axis=0)
    std[std == 0] = 1.0
    z = np.hstack([np.ones((len(x), 1)), (x - mean) / std])
    w = np.zeros(z.shape[1])
    reg = np.eye(z.shape[1]) * l2
    reg[0, 0] = 0.0
    for _ in range(50):
        p = 1 / (1 + np.exp(-(z @ w)))
        grad = z.T @ (sample * (p - y)) + reg @ w
        hess = (z * (sample * p * (1 - p))[:, None]).T @ z + reg
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    weights = w[1:] / std
    bias = w[0] - float((w[1:] * mean / std).sum())
    return weights, float(bias)


def model_json(
    wv: np.ndarray,
    bv: float,
    tv: float,
    wr: np.ndarray,
    br: float,
    tr: float,
    corpus: list[str],
    pairs: dict[str, int],
) -> dict[str, Any]:
    def part(w: np.ndarray, b: float, t: float) -> dict[str, Any]:
        return {
            "weights": {n: round(float(v), 5) for n, v in zip(FEATURES, w, strict=True)},
            "bias": round(b, 5),
            "threshold": t,
        }

    related = part(wr, br, tr)
    related["max_hours"] = RELATED_MAX_HOURS

    return {
        "version": VERSION,
        "trained_by": "bench/train_dedup.py",
        "trained_on": corpus,
        "pairs": pairs,
        "lexical": LEXICAL,
        "variant": part(wv, bv, tv),
        "related": related,
    }


def middle_of_best(f1_by_threshold: dict[float, float], *, default: float) -> float:
    """The middle threshold of those tied for the best F1: the widest margin either side."""
    if not f1_by_threshold:
        return default
    top = max(f1_by_threshold.values())
    tied = sorted(t for t, f in f1_by_threshold.items() if f >= top - 1e-9)
    return tied[len(tied) // 2]


def evaluate(stories: list[Labeled], obj: dict[str, Any]) -> dict[str, Any]:
    index = DedupIndex(timedelta(days=7), model=dedup_model.from_dict(obj))
    return report(stories, run_engine(stories, index, max_bytes=1_000_000))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--corpus",
        nargs="+",
        default=["bench/corpus/dedup_dev.jsonl", "bench/corpus/dedup_free_dev.jsonl"],
    )
    parser.add_argument("--out", default=str(dedup_model.MODEL_PATH))
    args = parser.parse_args()
    corpora = [
        read_labeled((ROOT / name).read_bytes().splitlines(), where=name) for name in args.corpus
    ]
    collected = [collect(stories) for stories in corpora]
    x = np.vstack([c[0] for c in collected])
    yv = np.concatenate([c[1] for c in collected])
    ye = np.concatenate([c[2] for c in collected])
    # Each corpus weighs the same in the fit, however many pairs it yields.
    sample = np.concatenate([np.full(len(c[0]), len(x) / len(c[0]) / len(c)) for c in collected])
    print(f"{len(x)} candidate pairs: {yv.sum()} variant, {(ye & (1 - yv)).sum()} related")
    wv, bv = fit(x, yv, sample)
    rel = yv == 0
    # The related model ignores ``shared``: independent reports share few facts by nature,
    # and weighting the count let same-team / same-company stories through on held-out.
    x_rel = x[rel].copy()
    x_rel[:, FEATURES.index("shared")] = 0.0
    wr, br = fit(x_rel, ye[rel], sample[rel])
    for name, a, b in zip(FEATURES, wv, wr, strict=True):
        print(f"  {name:16s} variant {a:+8.3f}   related {b:+8.3f}")
    pairs = {"candidates": len(x), "variant": int(yv.sum()), "related": int(ye[rel].sum())}
    variant_f1: dict[float, float] = {}
    for t in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95):
        obj = model_json(wv, bv, t, wr, br, 1.1, args.corpus, pairs)
        res = [evaluate(stories, obj)["strict"] for stories in corpora]
        shown = "  ".join(f"P {s['precision']:.3f} R {s['recall']:.3f}" for s in res)
        print(f"variant threshold {t}: strict {shown}")
        if all(s["precision"] >= 0.98 for s in res):
            variant_f1[t] = sum(s["f1"] for s in res) / len(res)
    tv = middle_of_best(variant_f1, default=0.8)
    related_f1: dict[float, float] = {}
    for t in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95):
        obj = model_json(wv, bv, tv, wr, br, t, args.corpus, pairs)
        res = [evaluate(stories, obj)["event"] for stories in corpora]
        shown = "  ".join(f"P {e['precision']:.3f} R {e['recall']:.3f}" for e in res)
        print(f"related threshold {t}: event {shown}")
        if all(e["precision"] >= 0.97 for e in res):
            related_f1[t] = sum(e["f1"] for e in res) / len(res)
    tr = middle_of_best(related_f1, default=0.8)
    obj = model_json(wv, bv, tv, wr, br, tr, args.corpus, pairs)
    Path(args.out).write_bytes(orjson.dumps(obj, option=orjson.OPT_INDENT_2) + b"\n")
    print(f"wrote {args.out}: variant threshold {tv}, related threshold {tr}")


if __name__ == "__main__":
    main()
