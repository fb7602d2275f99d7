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
from dataclasses import dataclass

from service.core.dedup_record import Record
from service.core.sim_minhash import jaccard

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
    "facts_in_order",
    "shared",
)


_SHARED_FULL = 8
"""Shared facts at which the ``shared`` signal saturates."""


@dataclass(frozen=True, slots=True)
class Probe:
    """The new story's side of every comparison, prepared once per decision."""

    record: Record
    facts: dict[int, int]
    """fact -> position."""
    numbers: int
    stems: frozenset[int]
    quotes: frozenset[int]
    headline: frozenset[int]

    @classmethod
    def of(cls, record: Record) -> Probe:
        facts = record.facts.tolist()
        return cls(
            record=record,
            facts={f: i for i, f in enumerate(facts)},
            numbers=sum(f & 1 for f in facts),
            stems=frozenset(record.stems.tolist()),
            quotes=frozenset(record.quotes.tolist()),
            headline=frozenset(record.headline.tolist()),
        )


def _contain(shared: int, na: int, nb: int) -> float:
    smaller = min(na, nb)
    return shared / smaller if smaller else 0.0


def _jacc(shared: int, na: int, nb: int) -> float:
    union = na + nb - shared
    return shared / union if union else 0.0


def _count_in(values: list[int], members: frozenset[int]) -> int:
    return sum(1 for v in values if v in members)


def longest_ordered(seq: list[int]) -> int:
    """Length of the longest increasing subsequence (patience sorting)."""
    tails: list[int] = []
    for x in seq:
        i = bisect_left(tails, x)
        if i == len(tails):
            tails.append(x)
        else:
            tails[i] = x
    return len(tails)


def signals(probe: Probe, old: Record) -> dict[str, float]:
    """All pair signals of the probed new story against ``old``, by name."""
    new = probe.record
    old_facts = old.facts.tolist()
    positions = [probe.facts[f] for f in old_facts if f in probe.facts]
    f_shared, f_new, f_old = len(positions), len(probe.facts), len(old_facts)
    n_new, n_old = probe.numbers, sum(f & 1 for f in old_facts)
    n_shared = sum(1 for f in old_facts if f & 1 and f in probe.facts)
    numbers = _contain(n_shared, n_new, n_old)
    conflict = 1.0 - numbers if min(n_new, n_old) >= 2 else 0.0
    old_stems = old.stems.tolist()
    s_shared = _count_in(old_stems, probe.stems)
    old_head = old.headline.tolist()
    h_shared = _count_in(old_head, probe.headline)
    hours = abs(new.ts - old.ts) / 3600
    in_order = longest_ordered(positions) if f_shared >= 3 else 0
    return {
        "minhash": jaccard(new.minhash, old.minhash),
        "facts": _contain(f_shared, f_new, f_old),
        "facts_jaccard": _jacc(f_shared, f_new, f_old),
        "order": in_order / f_shared if f_shared else 0.0,
        "numbers": numbers,
        "number_conflict": conflict,
        "names": _contain(f_shared - n_shared, f_new - n_new, f_old - n_old),
        "stems": _contain(s_shared, len(probe.stems), len(old_stems)),
        "stems_jaccard": _jacc(s_shared, len(probe.stems), len(old_stems)),
        "quote": 1.0 if _count_in(old.quotes.tolist(), probe.quotes) else 0.0,
        "headline": _jacc(h_shared, len(probe.headline), len(old_head)),
        "recency": math.exp(-hours / 24),
        "size_ratio": min(f_new, f_old) / max(f_new, f_old) if max(f_new, f_old) else 0.0,
        # Facts each side has that the other lacks: none on one side for a summary or a
        # copy, some on both sides for independent reports.
        "novel_facts": min(f_new - f_shared, f_old - f_shared, 3) / 3,
        # Rewrites keep most facts *and* their order; either alone is weaker evidence.
        "facts_in_order": in_order / min(f_new, f_old) if f_shared else 0.0,
        # How much evidence the ratios rest on: a two-line summary and a report that
        # happens to mention the same three names both reach containment 1.
        "shared": min(f_shared, _SHARED_FULL) / _SHARED_FULL,
    }


def vector(sig: dict[str, float]) -> list[float]:
    return [sig[name] for name in FEATURES]
