"""bytes -> Outcome. Never raises on bad input: every failure becomes a :class:`Rejected`."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from service.core.dedup import DedupIndex, StateChange
from service.core.fingerprint import fingerprint
from service.core.models import (
    DecisionKind,
    Outcome,
    Published,
    Rejected,
    RejectReason,
    VariantFound,
)
from service.core.normalize import normalize
from service.core.parse import RejectError, parse


@dataclass(slots=True)
class Result:
    outcome: Outcome
    changes: list[StateChange] = field(default_factory=list)


class Pipeline:
    """Decode, validate, normalize, fingerprint and decide, over one shared index."""

    def __init__(self, index: DedupIndex, *, max_bytes: int) -> None:
        self.index = index
        self._max_bytes = max_bytes

    def process(self, data: bytes, received_at: datetime) -> Result:
        try:
            raw = parse(data, max_bytes=self._max_bytes)
            story = normalize(raw)
            decision, changes = self.index.decide(story, fingerprint(story), received_at)
        except RejectError as exc:
            return Result(Rejected(reason=exc.reason, error_class="RejectError", message=str(exc)))
        except Exception as exc:  # a bug must not stop the stream: dead-letter it, loudly
            return Result(
                Rejected(
                    reason=RejectReason.PROCESSING_ERROR,
                    error_class=type(exc).__name__,
                    message=str(exc) or repr(exc),
                )
            )
        if decision.kind is DecisionKind.VARIANT:
            return Result(VariantFound(story=story, decision=decision), changes)
        return Result(Published(story=story, decision=decision), changes)
