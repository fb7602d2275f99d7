"""One indexed story as compact bytes: the changelog value and the in-memory form alike.

Layout (little endian): version byte, story time (float64), the lengths of the three
strings (uri, cluster, event; uint16 each) and of the four hash arrays (uint8 each), the
16-byte exact hash, the 64-value MinHash, then the strings (UTF-8) and the arrays (uint32).
A typical story takes about 0.8 KB; the hard limit is well under 4 KB (arrays are capped,
strings are cut at 1 KB each).
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

import numpy as np

from service.core.sim_minhash import NUM_PERM
from service.core.sim_text import U32

VERSION = 1
_HEAD = struct.Struct("<Bd3H4B16s")
_SIG_BYTES = NUM_PERM * 4
_MAX_STR = 1024
_MAX_ARRAY = 255


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
            np.asarray(a[:_MAX_ARRAY], dtype="<u4")
            for a in (self.facts, self.stems, self.quotes, self.headline)
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
        raise RecordError("not a dedup record of version 1")
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
