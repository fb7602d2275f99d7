"""Recent decisions for the live status page: a bounded, in-memory ring buffer.

The processor adds one entry per committed output (never for an aborted transaction), so
the page shows only what downstream consumers can also see.
"""

from __future__ import annotations

import time
from collections import deque
from dataclasses import asdict, dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class DecisionView:
    at: float
    kind: str  # "published" | "variant" | "rejected"
    headline: str
    decision: str
    story_id: str | None
    matched: str | None
    score: float | None
    partition: int
    offset: int

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


class LiveFeed:
    def __init__(self, size: int = 20) -> None:
        self._recent: deque[DecisionView] = deque(maxlen=size)
        self.version = 0  # bumps on every change, for cheap change detection

    def extend(self, views: list[DecisionView]) -> None:
        self._recent.extend(views)
        self.version += 1

    def recent(self) -> list[dict[str, Any]]:
        """Newest first."""
        return [v.as_dict() for v in reversed(self._recent)]

    @staticmethod
    def now() -> float:
        return time.time()
