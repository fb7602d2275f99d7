"""The calibrated last stage: two logistic models over the pair signals, shipped as JSON.

``dedup_model.json`` beside this module is written by ``bench/train_dedup.py`` from the
dev split of ``bench/corpus``; it holds the weights, the decision thresholds and the
version that every decision carries. Nothing is downloaded or trained at run time.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

from service.core.dedup_signals import FEATURES

MODEL_PATH = Path(__file__).with_name("dedup_model.json")


@dataclass(frozen=True, slots=True)
class Logistic:
    weights: tuple[float, ...]
    bias: float
    threshold: float

    def prob(self, x: list[float]) -> float:
        z = self.bias + sum(w * v for w, v in zip(self.weights, x, strict=True))
        if z < -40:
            return 0.0
        return 1.0 / (1.0 + math.exp(-z))


@dataclass(frozen=True, slots=True)
class Model:
    version: str
    variant: Logistic
    """P(the two stories derive from one source story)."""
    related: Logistic
    """P(the two stories report one event), asked when they are not variants."""
    lexical_minhash: float
    """Fast path: MinHash Jaccard at or above this is a copy or an edit ..."""
    lexical_numbers: float
    """... provided the numbers agree at least this much ..."""
    lexical_facts: float
    """... and the names and numbers (containment) at least this much."""
    related_max_hours: float
    """Stories further apart than this are never ``related_to`` (a follow-up is new)."""


def _logistic(obj: dict[str, Any]) -> Logistic:
    weights = tuple(float(obj["weights"][name]) for name in FEATURES)
    return Logistic(weights, float(obj["bias"]), float(obj["threshold"]))


def from_dict(obj: dict[str, Any]) -> Model:
    return Model(
        version=str(obj["version"]),
        variant=_logistic(obj["variant"]),
        related=_logistic(obj["related"]),
        lexical_minhash=float(obj["lexical"]["minhash"]),
        lexical_numbers=float(obj["lexical"]["numbers"]),
        lexical_facts=float(obj["lexical"]["facts"]),
        related_max_hours=float(obj["related"].get("max_hours", 48.0)),
    )


def load(path: Path = MODEL_PATH) -> Model:
    return from_dict(orjson.loads(path.read_bytes()))
