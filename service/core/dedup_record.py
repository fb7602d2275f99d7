"""One indexed story as compact bytes: the changelog value and the in-memory form alike.

Layout (little endian): version byte, story time (float64), the lengths of the three
strings (uri, cluster, event; uint16 each) and of the four hash arrays (uint8 each), the
16-byte exact hash, the 64-value MinHash, then the strings (UTF-8) and the arrays (uint32).
A typical story takes about 0.5 KB; the hard limit is under 4 KB (arrays are capped,
strings are cut at 900 bytes each: at most about 3.9 KB).
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

import numpy as np

from service.core.sim_minhash import NUM_PERM
from service.core.sim_text import U32

VERSION = 2
"""2: fact hashes canonicalise aliases and numbers (``sim_alias``); 1 is skipped on load."""
_HEAD = struct.Struct("<Bd3H4B16s")
_SIG_BYTES = NUM_PERM * 4
_MAX_STR = 900
_MAX_ITEMS = (64, 128, 8, 32)
"""Caps of facts, stems, quotes and headline terms (the fingerprint's own limits)."""


@dataclass(frozen=True, slots=True)
class Record:
    uri: str
    cluster: str
    event: str
    ts: float
    exact: bytes
    minhash: U32
    facts: U32
    stems: U32
    quotes: U32
    headline: U32

    def encode(self) -> bytes:
        strings = [s.encode("utf-8")[:_MAX_STR] for s in (self.uri, self.cluster, self.event)]
        arrays = [
            np.asarray(a[:cap], dtype="<u4")
            for a, cap in zip(
                (self.facts, self.stems, self.quotes, self.headline), _MAX_ITEMS, strict=True
            )
        ]
        head = _HEAD.pack(
            VERSION,
            self.ts,
            *(len(s) for s in strings),
            *(a.size for a in arrays),
            self.exact,
        )
        sig = np.asarray(self.minhash, dtype="<u4").tobytes()
        return b"".join([head, sig, *strings, *(a.tobytes() for a in arrays)])


class RecordError(ValueError):
    """Bytes that are not a record of a version we read."""


def decode(data: bytes) -> Record:
    if len(data) < _HEAD.size + _SIG_BYTES or data[0] != VERSION:
        raise RecordError(f"not a dedup record of version {VERSION}")
    _, ts, lu, lc, le, nf, ns, nq, nh, exact = _HEAD.unpack_from(data)
    pos = _HEAD.size
    minhash = np.frombuffer(data, dtype="<u4", count=NUM_PERM, offset=pos)
    pos += _SIG_BYTES
    strings: list[str] = []
    for length in (lu, lc, le):
        strings.append(data[pos : pos + length].decode("utf-8", "replace"))
        pos += length
    arrays: list[U32] = []
    for count in (nf, ns, nq, nh):
        if pos + 4 * count > len(data):
            raise RecordError("dedup record is truncated")
        arrays.append(np.frombuffer(data, dtype="<u4", count=count, offset=pos))
        pos += 4 * count
    uri, cluster, event = strings
    return Record(uri, cluster, event, ts, exact, minhash, *arrays)
