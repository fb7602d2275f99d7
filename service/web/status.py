"""Figures for the live status page, read from the service's Prometheus metrics.

The page shows what ``/metrics`` shows, so the two never disagree: totals are the counters'
values (they move only when a transaction commits), rates are their change over a short
window of samples, and lag is the ``wire_consumer_lag_records`` gauge per partition.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from service.metrics import Metrics

# Counter name (without _total) -> field of Totals.
_COUNTERS = {
    "wire_messages_consumed": "consumed",
    "wire_stories_published": "published",
    "wire_variants_published": "variants",
    "wire_dead_letters": "dead_letters",
}


@dataclass(frozen=True, slots=True)
class Totals:
    consumed: float = 0.0
    published: float = 0.0
    variants: float = 0.0
    dead_letters: float = 0.0
    lag: dict[str, float] = field(default_factory=dict)  # "topic/partition" -> records
    index_entries: float = 0.0
    ready: bool = False


def read_totals(metrics: Metrics) -> Totals:
    """Current values of the service's counters and gauges (summed over labels)."""
    sums = dict.fromkeys(_COUNTERS.values(), 0.0)
    lag: dict[str, float] = {}
    index_entries, ready = 0.0, False
    for family in metrics.registry.collect():
        for sample in family.samples:
            if family.name in _COUNTERS and sample.name.endswith("_total"):
                sums[_COUNTERS[family.name]] += sample.value
            elif sample.name == "wire_consumer_lag_records":
                lag[f"{sample.labels['topic']}/{sample.labels['partition']}"] = sample.value
            elif sample.name == "wire_dedup_index_entries":
                index_entries = sample.value
            elif sample.name == "wire_ready":
                ready = sample.value >= 1
    return Totals(**sums, lag=lag, index_entries=index_entries, ready=ready)


class RateWindow:
    """Samples of :class:`Totals` over the last ``span`` seconds, for per-second rates."""

    def __init__(self, span: float = 10.0) -> None:
        self._span = span
        self._samples: deque[tuple[float, Totals]] = deque()

    def add(self, at: float, totals: Totals) -> None:
        self._samples.append((at, totals))
        while len(self._samples) > 2 and at - self._samples[0][0] > self._span:
            self._samples.popleft()

    def rates(self) -> dict[str, float]:
        """Per-second change of each counter between the oldest and newest sample."""
        names = _COUNTERS.values()
        if len(self._samples) < 2:
            return dict.fromkeys(names, 0.0)
        (t0, first), (t1, last) = self._samples[0], self._samples[-1]
        elapsed = max(t1 - t0, 1e-9)
        return {n: max(0.0, getattr(last, n) - getattr(first, n)) / elapsed for n in names}


def status(totals: Totals, rates: dict[str, float], recent: list[dict[str, Any]]) -> dict[str, Any]:
    """The JSON document the page renders (also served at ``/status``)."""
    decided = totals.published + totals.variants
    return {
        "ready": totals.ready,
        "totals": {
            "in": totals.consumed,
            "published": totals.published,
            "variants": totals.variants,
            "dead_letters": totals.dead_letters,
            "index_entries": totals.index_entries,
        },
        "rates": {
            "in": rates["consumed"],
            "published": rates["published"],
            "variants": rates["variants"],
            "dead_letters": rates["dead_letters"],
        },
        "variant_share": totals.variants / decided if decided else 0.0,
        "dead_letter_share": totals.dead_letters / totals.consumed if totals.consumed else 0.0,
        "lag": [
            {"partition": name, "records": value} for name, value in sorted(totals.lag.items())
        ],
        "recent": recent,
    }


def page() -> bytes:
    """The status page: one HTML file with its CSS and script inline (works offline)."""
    return resources.files("service.web").joinpath("status.html").read_bytes()
