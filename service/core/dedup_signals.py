"""Pair signals: how a new story compares with one indexed story.

Each signal is in [0, 1] and has a name; :data:`FEATURES` fixes their order for the
learned model. Rewrites keep facts and their order (``facts``, ``order``, ``numbers``)
while changing the words (low ``minhash``); independent reports of one event share names
and quotes but not the order or the numbers; different stories on one topic share words
(``stems``) but not names and numbers.
"""

from __future__ import annotations

import math
from bisect import bisect_left

import numpy as np

from service.core.dedup_record import Record
from service.core.sim_minhash import jaccard
from service.core.sim_text import U32

FEATURES: tuple[str, ...] = (
    "minhash",
    "facts",
    "facts_jaccard",
    "order",
    "numbers",
    "number_conflict",
    "names",
    "stems",
    "stems_jaccard",
    "quote",
    "headline",
    "recency",
    "size_ratio",
    "novel_facts",
)


def _overlap(a: U32, b: U32) -> tuple[int, int, int]:
    """(shared, |a|, |b|) of two arrays of distinct hashes."""
    if a.size == 0 or b.size == 0:
        return 0, int(a.size), int(b.size)
    return int(np.intersect1d(a, b, assume_unique=True).size), int(a.size), int(b.size)


def _contain(shared: int, na: int, nb: int) -> float:
    smaller = min(na, nb)
    return shared / smaller if smaller else 0.0


def _jacc(shared: int, na: int, nb: int) -> float:
    union = na + nb - shared
    return shared / union if union else 0.0


def order_agreement(a: U32, b: U32) -> float:
    """Longest run of shared facts in the same order in both, over the shared count."""
    pos_b = {int(v): i for i, v in enumerate(b.tolist())}
    seq = [pos_b[v] for v in a.tolist() if v in pos_b]
    if len(seq) < 3:
        return 0.0
    tails: list[int] = []
    for x in seq:
        i = bisect_left(tails, x)
        if i == len(tails):
            tails.append(x)
        else:
            tails[i] = x
    return len(tails) / len(seq)


def signals(new: Record, old: Record) -> dict[str, float]:
    """All pair signals of ``new`` against ``old``, by name."""
    numbers_new = new.facts[(new.facts & 1) == 1]
    numbers_old = old.facts[(old.facts & 1) == 1]
    names_new = new.facts[(new.facts & 1) == 0]
    names_old = old.facts[(old.facts & 1) == 0]
    f_shared, f_new, f_old = _overlap(new.facts, old.facts)
    n_shared, n_new, n_old = _overlap(numbers_new, numbers_old)
    numbers = _contain(n_shared, n_new, n_old)
    conflict = 1.0 - numbers if min(n_new, n_old) >= 2 else 0.0
    s_shared, s_new, s_old = _overlap(new.stems, old.stems)
    q_shared, _, _ = _overlap(new.quotes, old.quotes)
    hours = abs(new.ts - old.ts) / 3600
    return {
        "minhash": jaccard(new.minhash, old.minhash),
        "facts": _contain(f_shared, f_new, f_old),
        "facts_jaccard": _jacc(f_shared, f_new, f_old),
        "order": order_agreement(new.facts, old.facts),
        "numbers": numbers,
        "number_conflict": conflict,
        "names": _contain(*_overlap(names_new, names_old)),
        "stems": _contain(s_shared, s_new, s_old),
        "stems_jaccard": _jacc(s_shared, s_new, s_old),
        "quote": 1.0 if q_shared else 0.0,
        "headline": _jacc(*_overlap(new.headline, old.headline)),
        "recency": math.exp(-hours / 24),
        "size_ratio": min(f_new, f_old) / max(f_new, f_old) if max(f_new, f_old) else 0.0,
        # Facts each side has that the other lacks: none on one side for a summary or a
        # copy, some on both sides for independent reports.
        "novel_facts": min(f_new - f_shared, f_old - f_shared, 3) / 3,
    }


def vector(sig: dict[str, float]) -> list[float]:
    return [sig[name] for name in FEATURES]
