"""Prometheus metrics of the service, in a registry of its own (prometheus-client).

prometheus-client renders the text exposition format and keeps counters and histograms
correct; there is no reason to write that by hand. Names use base units and ``_total``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest


@dataclass
class Metrics:
    registry: CollectorRegistry = field(default_factory=CollectorRegistry)

    def __post_init__(self) -> None:
        r = self.registry
        self.consumed = Counter(
            "wire_messages_consumed_total", "Input records consumed.", ["topic"], registry=r
        )
        self.published = Counter(
            "wire_stories_published_total", "New stories published.", registry=r
        )
        self.variants = Counter(
            "wire_variants_published_total", "Variants of earlier stories published.", registry=r
        )
        self.dead_letters = Counter(
            "wire_dead_letters_total",
            "Inputs sent to the dead-letter topic.",
            ["reason"],
            registry=r,
        )
        self.transactions = Counter(
            "wire_transactions_total", "Kafka transactions by result.", ["result"], registry=r
        )
        self.latency = Histogram(
            "wire_processing_latency_seconds",
            "Time from fetch to committed transaction, per input record.",
            buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0),
            registry=r,
        )
        self.lag = Gauge(
            "wire_consumer_lag_records",
            "Records between the committed position and the end of each input partition.",
            ["topic", "partition"],
            registry=r,
        )
        self.index_size = Gauge(
            "wire_dedup_index_entries", "Entries in the in-memory dedup index.", registry=r
        )
        self.ready = Gauge("wire_ready", "1 when partitions are assigned and ready.", registry=r)

    def render(self) -> bytes:
        return generate_latest(self.registry)
