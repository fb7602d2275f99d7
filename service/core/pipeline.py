"""bytes -> Outcome. Never raises on bad input: every failure becomes a :class:`Rejected`.

Two halves, which the service runs in one process (``--role all``) or in two stages:
:func:`prepare` (decode, validate, normalize: stateless, CPU-heavy) and
:meth:`Pipeline.decide` (fingerprint and decide against the shared dedup index).
"""

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
    Story,
    VariantFound,
)
from service.core.normalize import normalize
from service.core.parse import RejectError, parse


@dataclass(slots=True)
class Result:
    outcome: Outcome
    changes: list[StateChange] = field(default_factory=list)


def prepare(data: bytes, *, max_bytes: int) -> Story | Rejected:
    """Decode, validate and normalize one raw message; bad input is a :class:`Rejected`."""
    try:
        return normalize(parse(data, max_bytes=max_bytes))
    except RejectError as exc:
        return Rejected(reason=exc.reason, error_class="RejectError", message=str(exc))
    except Exception as exc:  # a bug must not stop the stream: dead-letter it, loudly
        return _processing_error(exc)


class Pipeline:
    """Decode, validate, normalize, fingerprint and decide, over one shared index."""

    def __init__(self, index: DedupIndex, *, max_bytes: int) -> None:
        self.index = index
        self._max_bytes = max_bytes

    def process(self, data: bytes, received_at: datetime) -> Result:
        prepared = prepare(data, max_bytes=self._max_bytes)
        if isinstance(prepared, Rejected):
            return Result(prepared)
        return self.decide(prepared, received_at)

    def decide(self, story: Story, received_at: datetime) -> Result:
        """Decide about a prepared story and record it in the index."""
        try:
            decision, changes = self.index.decide(story, fingerprint(story), received_at)
        except Exception as exc:  # an engine bug: dead-letter the story, keep going
            return Result(_processing_error(exc))
        if decision.kind is DecisionKind.VARIANT:
            return Result(VariantFound(story=story, decision=decision), changes)
        return Result(Published(story=story, decision=decision), changes)


def _processing_error(exc: Exception) -> Rejected:
    return Rejected(
        reason=RejectReason.PROCESSING_ERROR,
        error_class=type(exc).__name__,
        message=str(exc) or repr(exc),
    )
