"""The dedup index: recent stories in a time window, and the decision for a new one.

The cascade, cheapest first:

1. **exact** — the folded body hash was seen: a copy (not indexed again).
2. **candidates** — stories sharing an LSH band of the MinHash (near copies) or enough
   facts (names, numbers: at least two and ``min_shared`` of the new story's) through an
   inverted index; at most ``max_candidates``, most shared facts first. Facts too common
   in the window (``max_postings``) do not count.
3. **lexical** — MinHash Jaccard high, numbers and names agree: a copy or an edit.
4. **calibrated** — two logistic models over the pair signals (``dedup_signals``):
   ``variant_of`` when P(variant) clears its threshold, else ``related_to`` (same event,
   other source: a new story with the matched ``event_id``) when P(related) clears its
   threshold and the two are at most ``related_max_hours`` apart, else ``new``.

The index is plain in-memory data: one compact record per story (``dedup_record``), the
exact-hash map, and inverted indexes rebuilt from the records. Every change is also
emitted as a :class:`StateChange` (key, value or ``None`` for a delete) that the service
writes to the compacted changelog topic; :meth:`DedupIndex.load` replays those records
on start, rebuilding the same index.

Time is story time (``versioncreated``, else the record's timestamp), and the window
slides with the newest story time seen (the watermark), not the wall clock, so a replay
of the same input makes the same decisions.
"""

from __future__ import annotations

import hashlib
import heapq
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import numpy as np

from service.core import dedup_model, dedup_record, dedup_signals
from service.core.dedup_model import Model
from service.core.dedup_record import Record, RecordError
from service.core.fingerprint import Fingerprints
from service.core.models import Decision, DecisionKind, Story
from service.core.sim_minhash import band_keys

_PREFIX = b"d:"


@dataclass(frozen=True, slots=True)
class StateChange:
    """One changelog record: ``value`` ``None`` deletes ``key`` (a tombstone)."""

    key: bytes
    value: bytes | None


@dataclass(frozen=True, slots=True)
class Candidate:
    record: Record
    signals: dict[str, float]
    p_variant: float
    p_related: float
    lexical: bool


def state_key(uri: str) -> bytes:
    return _PREFIX + hashlib.blake2b(uri.encode(), digest_size=12).digest()


class DedupIndex:
    """Variant and event index over a sliding window of story time."""

    def __init__(
        self,
        window: timedelta = timedelta(days=7),
        *,
        model: Model | None = None,
        max_candidates: int = 16,
        max_postings: int = 2000,
        min_shared: float = 0.15,
    ) -> None:
        self._window = window.total_seconds()
        self.model = model or dedup_model.load()
        self._max_candidates = max_candidates
        self._max_postings = max_postings
        self._min_shared = min_shared
        self._records: dict[bytes, bytes] = {}
        """state key -> encoded record."""
        self._exact: dict[bytes, bytes] = {}
        self._facts: dict[int, list[bytes]] = {}
        self._bands: dict[int, list[bytes]] = {}
        self._expiry: list[tuple[float, bytes]] = []
        self._watermark = float("-inf")

    def __len__(self) -> int:
        return len(self._records)

    def decide(
        self, story: Story, fp: Fingerprints, received_at: datetime
    ) -> tuple[Decision, list[StateChange]]:
        """Decide about ``story`` and record it; return the decision and the changes made."""
        ts = story_time(story, received_at)
        changes = self._advance(ts)
        version = self.model.version
        exact = bytes.fromhex(fp.exact)
        hit_key = self._exact.get(exact)
        if hit_key is not None and hit_key in self._records:
            hit = dedup_record.decode(self._records[hit_key])
            decision = Decision(
                kind=DecisionKind.VARIANT,
                cluster_id=hit.cluster,
                event_id=hit.event,
                matched_uri=hit.uri,
                score=1.0,
                rule="exact_body_hash",
                signals={"exact": 1.0},
                model_version=version,
            )
            return decision, changes
        draft = _record(story.uri, story.uri, story.uri, ts, exact, fp)
        best_variant, best_related = self._best(draft)
        if best_variant is not None:
            rule = "minhash_lexical" if best_variant.lexical else "calibrated_rewrite"
            decision = _matched(DecisionKind.VARIANT, best_variant, rule, version)
        elif best_related is not None:
            decision = _matched(DecisionKind.RELATED, best_related, "calibrated_event", version)
            decision = decision.model_copy(update={"cluster_id": story.uri})
        else:
            decision = Decision(
                kind=DecisionKind.NEW,
                cluster_id=story.uri,
                event_id=story.uri,
                model_version=version,
            )
        cluster, event = decision.cluster_id, decision.event_id or story.uri
        record = _record(story.uri, cluster, event, ts, exact, fp)
        key = state_key(story.uri)
        value = record.encode()
        self._put(key, value, record)
        changes.append(StateChange(key, value))
        return decision, changes

    def candidates(self, draft: Record) -> list[Candidate]:
        """Score the stories that may match ``draft`` (for :meth:`decide` and training)."""
        votes: Counter[bytes] = Counter()
        for band in band_keys(draft.minhash):
            for key in self._bands.get(band, ()):
                votes[key] += 100
        for fact in draft.facts.tolist():
            posting = self._facts.get(fact)
            if posting is not None and len(posting) <= self._max_postings:
                for key in posting:
                    votes[key] += 1
        model = self.model
        probe = dedup_signals.Probe.of(draft)
        # A variant shares most of its facts; a story on the same topic, a few.
        need = max(2, int(self._min_shared * len(probe.facts)))
        out: list[Candidate] = []
        for key, count in votes.most_common(self._max_candidates):
            if count < need:
                break
            data = self._records.get(key)
            if data is None:
                continue
            old = dedup_record.decode(data)
            sig = dedup_signals.signals(probe, old)
            x = dedup_signals.vector(sig)
            lexical = (
                sig["minhash"] >= model.lexical_minhash
                and sig["numbers"] >= model.lexical_numbers
                and sig["facts"] >= model.lexical_facts
            )
            p_variant = 1.0 if lexical else model.variant.prob(x)
            # Independent reports of one event come out close together in time.
            near = abs(draft.ts - old.ts) <= model.related_max_hours * 3600
            p_related = model.related.prob(x) if near else 0.0
            out.append(Candidate(old, sig, p_variant, p_related, lexical))
        return out

    def _best(self, draft: Record) -> tuple[Candidate | None, Candidate | None]:
        found = self.candidates(draft)
        if not found:
            return None, None
        best_v = max(found, key=lambda c: c.p_variant)
        if best_v.p_variant >= self.model.variant.threshold:
            return best_v, None
        best_r = max(found, key=lambda c: c.p_related)
        if best_r.p_related >= self.model.related.threshold:
            return None, best_r
        return None, None

    def load(self, key: bytes, value: bytes | None) -> None:
        """Apply one changelog record (restore). Unknown or broken records are skipped."""
        if not key.startswith(_PREFIX):
            return
        if value is None:
            self._remove(key)
            return
        try:
            record = dedup_record.decode(value)
        except (RecordError, ValueError):
            return
        self._put(key, value, record)
        self._watermark = max(self._watermark, record.ts)

    def clear(self) -> None:
        self._records.clear()
        self._exact.clear()
        self._facts.clear()
        self._bands.clear()
        self._expiry.clear()
        self._watermark = float("-inf")

    def _put(self, key: bytes, value: bytes, record: Record) -> None:
        if key in self._records:
            self._remove(key)
        self._records[key] = value
        self._exact[record.exact] = key
        for fact in record.facts.tolist():
            self._facts.setdefault(fact, []).append(key)
        for band in band_keys(record.minhash):
            self._bands.setdefault(band, []).append(key)
        heapq.heappush(self._expiry, (record.ts, key))

    def _remove(self, key: bytes) -> None:
        data = self._records.pop(key, None)
        if data is None:
            return
        record = dedup_record.decode(data)
        if self._exact.get(record.exact) == key:
            del self._exact[record.exact]
        for table, tokens in (
            (self._facts, record.facts.tolist()),
            (self._bands, band_keys(record.minhash)),
        ):
            for token in tokens:
                posting = table.get(token)
                if posting is not None and key in posting:
                    posting.remove(key)
                    if not posting:
                        del table[token]

    def _advance(self, ts: float) -> list[StateChange]:
        """Move the watermark to ``ts`` and expire entries that fell out of the window."""
        self._watermark = max(self._watermark, ts)
        horizon = self._watermark - self._window
        changes: list[StateChange] = []
        while self._expiry and self._expiry[0][0] < horizon:
            entry_ts, key = heapq.heappop(self._expiry)
            data = self._records.get(key)
            if data is not None and dedup_record.decode(data).ts == entry_ts:
                self._remove(key)
                changes.append(StateChange(key, None))
        return changes


def _record(
    uri: str, cluster: str, event: str, ts: float, exact: bytes, fp: Fingerprints
) -> Record:
    def arr(values: list[int]) -> np.ndarray[tuple[int], np.dtype[np.uint32]]:
        return np.asarray(values, dtype=np.uint32)

    return Record(
        uri=uri,
        cluster=cluster,
        event=event,
        ts=ts,
        exact=exact,
        minhash=fp.minhash,
        facts=arr(fp.facts),
        stems=arr(fp.stems),
        quotes=arr(fp.quotes),
        headline=arr(fp.headline),
    )


def _rounded(candidate: Candidate) -> dict[str, float]:
    out = {name: round(value, 4) for name, value in candidate.signals.items()}
    out["p_variant"] = round(candidate.p_variant, 4)
    out["p_related"] = round(candidate.p_related, 4)
    return out


# A story can be dated a little after it reached us (clocks, time zones written wrong),
# not more: a far-future date would move the window's watermark and expire everything.
MAX_FUTURE_SKEW_S = 24 * 3600.0


def _matched(kind: DecisionKind, match: Candidate, rule: str, version: str) -> Decision:
    """A decision against an indexed story: its cluster and event, with the evidence."""
    old = match.record
    p = match.p_variant if kind is DecisionKind.VARIANT else match.p_related
    return Decision(
        kind=kind,
        cluster_id=old.cluster,
        event_id=old.event,
        matched_uri=old.uri,
        score=round(p, 4),
        rule=rule,
        signals=_rounded(match),
        model_version=version,
    )


def story_time(story: Story, received_at: datetime) -> float:
    """Story time in seconds, never later than the record's time plus a day of skew."""
    received = received_at if received_at.tzinfo else received_at.replace(tzinfo=UTC)
    when = story.versioncreated or received
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return min(when.timestamp(), received.timestamp() + MAX_FUTURE_SKEW_S)
