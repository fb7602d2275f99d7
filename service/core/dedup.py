"""The dedup index: recent stories in a time window, and the decision for a new one.

The index is plain in-memory data. Every change it makes is also emitted as a
:class:`StateChange` (key, value or ``None`` for a delete) that the service writes to the
compacted changelog topic; :meth:`DedupIndex.load` replays those records on start.

Time is story time (``versioncreated``, else the record's timestamp), and the window
slides with the newest story time seen (the watermark), not the wall clock, so a replay
of the same input makes the same decisions.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import orjson

from service.core.fingerprint import Fingerprints
from service.core.models import Decision, DecisionKind, Story

_EXACT_PREFIX = b"x:"
MODEL_VERSION = "exact-1"


@dataclass(frozen=True, slots=True)
class StateChange:
    """One changelog record: ``value`` ``None`` deletes ``key`` (a tombstone)."""

    key: bytes
    value: bytes | None


@dataclass(frozen=True, slots=True)
class _Entry:
    uri: str
    cluster_id: str
    ts: float

    def encode(self) -> bytes:
        return orjson.dumps({"uri": self.uri, "cluster": self.cluster_id, "ts": self.ts})


class DedupIndex:
    """Exact-hash index over a sliding window of story time."""

    def __init__(self, window: timedelta) -> None:
        self._window = window.total_seconds()
        self._exact: dict[bytes, _Entry] = {}
        self._expiry: list[tuple[float, bytes]] = []
        self._watermark = float("-inf")

    def __len__(self) -> int:
        return len(self._exact)

    def decide(
        self, story: Story, fp: Fingerprints, received_at: datetime
    ) -> tuple[Decision, list[StateChange]]:
        """Decide about ``story`` and record it; return the decision and the changes made."""
        ts = _story_time(story, received_at)
        changes = self._advance(ts)
        key = _EXACT_PREFIX + fp.exact.encode()
        hit = self._exact.get(key)
        if hit is not None:
            decision = Decision(
                kind=DecisionKind.VARIANT,
                cluster_id=hit.cluster_id,
                matched_uri=hit.uri,
                score=1.0,
                rule="exact_body_hash",
                signals={"exact": 1.0},
                model_version=MODEL_VERSION,
            )
            return decision, changes
        entry = _Entry(uri=story.uri, cluster_id=story.uri, ts=ts)
        self._put(key, entry)
        changes.append(StateChange(key, entry.encode()))
        decision = Decision(
            kind=DecisionKind.NEW, cluster_id=entry.cluster_id, model_version=MODEL_VERSION
        )
        return decision, changes

    def load(self, key: bytes, value: bytes | None) -> None:
        """Apply one changelog record (restore). Unknown or broken records are skipped."""
        if not key.startswith(_EXACT_PREFIX):
            return
        if value is None:
            self._exact.pop(key, None)
            return
        try:
            obj = orjson.loads(value)
            entry = _Entry(uri=str(obj["uri"]), cluster_id=str(obj["cluster"]), ts=float(obj["ts"]))
        except (orjson.JSONDecodeError, KeyError, TypeError, ValueError):
            return
        self._put(key, entry)
        self._watermark = max(self._watermark, entry.ts)

    def clear(self) -> None:
        self._exact.clear()
        self._expiry.clear()
        self._watermark = float("-inf")

    def _put(self, key: bytes, entry: _Entry) -> None:
        self._exact[key] = entry
        heapq.heappush(self._expiry, (entry.ts, key))

    def _advance(self, ts: float) -> list[StateChange]:
        """Move the watermark to ``ts`` and expire entries that fell out of the window."""
        self._watermark = max(self._watermark, ts)
        horizon = self._watermark - self._window
        changes: list[StateChange] = []
        while self._expiry and self._expiry[0][0] < horizon:
            entry_ts, key = heapq.heappop(self._expiry)
            current = self._exact.get(key)
            if current is not None and current.ts == entry_ts:
                del self._exact[key]
                changes.append(StateChange(key, None))
        return changes


def _story_time(story: Story, received_at: datetime) -> float:
    when = story.versioncreated or received_at
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.timestamp()
