"""What the service says about committed outcomes: log lines, metrics and the live feed.

Called only after a transaction committed, so every log line, counter and status-page
entry describes an outcome that read_committed consumers can also see.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import structlog
from structlog import get_logger

from service.core.models import Outcome, Rejected
from service.live import DecisionView, LiveFeed
from service.metrics import Metrics

log = get_logger(__name__)


class Reporter:
    def __init__(self, metrics: Metrics, live: LiveFeed) -> None:
        self._metrics = metrics
        self._live = live

    def committed(self, topic: str, handled: Sequence[tuple[Any, Outcome | None]]) -> None:
        """Report one committed transaction's (record, outcome) pairs; an outcome of None
        is a story handed on to the decide stage."""
        self._metrics.consumed.labels(topic).inc(len(handled))
        now = LiveFeed.now()
        views: list[DecisionView] = []
        for record, outcome in handled:
            if outcome is None:
                continue
            with structlog.contextvars.bound_contextvars(
                topic=record.topic, partition=record.partition, offset=record.offset
            ):
                views.append(self._one(outcome, record, now))
        self._live.extend(views)

    def _one(self, outcome: Outcome, record: Any, now: float) -> DecisionView:
        if isinstance(outcome, Rejected):
            self._metrics.dead_letters.labels(outcome.reason.value).inc()
            log.warning("dead_letter", reason=outcome.reason.value, error=outcome.message)
            return DecisionView(
                now, "rejected", "", outcome.reason.value, None, None, None,
                record.partition, record.offset,
            )  # fmt: skip
        counter = self._metrics.published if outcome.kind == "published" else self._metrics.variants
        counter.inc()
        story, decision = outcome.story, outcome.decision
        log.info(
            "story_" + outcome.kind,
            story_id=story.uri,
            headline=story.headline[:120],
            cluster_id=decision.cluster_id,
            decision=decision.kind.value,
            matched=decision.matched_uri,
        )
        return DecisionView(
            now, outcome.kind, story.headline[:200], decision.kind.value, story.uri,
            decision.matched_uri, decision.score, record.partition, record.offset,
        )  # fmt: skip
