"""Clustering quality: pairwise precision / recall / F1 and B-cubed, from two labelings.

A labeling maps each item to a cluster label. Pairwise scores count pairs of items put
together: a predicted pair is right when the gold labeling also puts the two together.
B-cubed scores each item by the overlap of its predicted and gold clusters, so one big
wrong merge costs in proportion to the items it touches.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Scores:
    precision: float
    recall: float
    f1: float
    bcubed_precision: float
    bcubed_recall: float
    bcubed_f1: float
    gold_pairs: int
    predicted_pairs: int
    true_pairs: int
    false_merge_rate: float
    """Share of the gold different-cluster pairs that the prediction put together."""

    def as_dict(self) -> dict[str, float | int]:
        return {name: getattr(self, name) for name in self.__slots__}


def _pairs(n: int) -> int:
    return n * (n - 1) // 2


def _f1(p: float, r: float) -> float:
    return 0.0 if p + r == 0 else 2 * p * r / (p + r)


def score(predicted: Sequence[str], gold: Sequence[str]) -> Scores:
    """Compare two labelings of the same items (same order)."""
    if len(predicted) != len(gold):
        raise ValueError("labelings differ in length")
    cells = Counter(zip(predicted, gold, strict=True))
    pred_sizes = Counter(predicted)
    gold_sizes = Counter(gold)
    true_pairs = sum(_pairs(n) for n in cells.values())
    pred_pairs = sum(_pairs(n) for n in pred_sizes.values())
    gold_pairs = sum(_pairs(n) for n in gold_sizes.values())
    precision = true_pairs / pred_pairs if pred_pairs else 1.0
    recall = true_pairs / gold_pairs if gold_pairs else 1.0
    items = len(predicted)
    different = _pairs(items) - gold_pairs
    false_merge = (pred_pairs - true_pairs) / different if different else 0.0
    # B-cubed: each item in cell (p, g) sees |cell| / |p| precision and |cell| / |g| recall.
    bp = sum(n * n / pred_sizes[p] for (p, _), n in cells.items()) / items if items else 1.0
    br = sum(n * n / gold_sizes[g] for (_, g), n in cells.items()) / items if items else 1.0
    return Scores(
        precision=precision,
        recall=recall,
        f1=_f1(precision, recall),
        bcubed_precision=bp,
        bcubed_recall=br,
        bcubed_f1=_f1(bp, br),
        gold_pairs=gold_pairs,
        predicted_pairs=pred_pairs,
        true_pairs=true_pairs,
        false_merge_rate=false_merge,
    )
