"""Fingerprints: facts in order, stable hashes, MinHash estimates, compact records."""

from __future__ import annotations

import numpy as np

from service.core import sim_minhash, sim_text
from service.core.dedup_record import Record, decode
from service.core.fingerprint import fingerprint
from service.core.models import Story


def test_facts_are_names_and_numbers_in_order_with_number_bit() -> None:
    """Names and numbers keep first-appearance order; common capitalised words are skipped."""
    facts = sim_text.facts(
        "The minister Cho Tae-yul said 3,000 troops. Around 3000 more, Cho said."
    )
    names_then_numbers = [
        (sim_text.stable_hash("cho") << 1) & 0xFFFFFFFF,
        (sim_text.stable_hash("tae") << 1) & 0xFFFFFFFF,
        (sim_text.stable_hash("#3000") << 1 | 1) & 0xFFFFFFFF,
    ]
    assert facts == names_then_numbers
    assert [f & 1 for f in facts] == [0, 0, 1]


def test_hashes_are_stable_across_processes() -> None:
    """CRC-32, not Python's salted hash: the changelog means the same after a restart."""
    assert sim_text.stable_hash("wire") == 0xB07B3935


def test_quotes_are_found_with_straight_and_curly_marks() -> None:
    """The same quoted passage hashes the same whatever the quote marks and case."""
    a = sim_text.quotes('He said "We will appeal this ruling at once," outside.')
    b = sim_text.quotes("He said \u201cwe will appeal this ruling at once\u201d outside.")
    assert a == b
    assert len(a) == 1


def test_minhash_estimates_jaccard() -> None:
    """Identical texts estimate 1.0, unrelated texts near 0, a half-edit in between."""
    words = [f"w{i}" for i in range(200)]
    sig = sim_minhash.signature(sim_minhash.shingles(words))
    same = sim_minhash.signature(sim_minhash.shingles(list(words)))
    other = sim_minhash.signature(sim_minhash.shingles([f"v{i}" for i in range(200)]))
    half = sim_minhash.signature(sim_minhash.shingles(words[:100] + [f"v{i}" for i in range(100)]))
    assert sim_minhash.jaccard(sig, same) == 1.0
    assert sim_minhash.jaccard(sig, other) < 0.1
    assert 0.15 < sim_minhash.jaccard(sig, half) < 0.55


def test_fingerprint_uses_summary_and_body() -> None:
    """A summary held apart from the body still contributes facts."""
    s = Story(
        uri="u",
        headline="H",
        summary="Zoltan Arce met Mira Volkov.",
        body_text="They talked.",
        paragraphs=["They talked."],
    )
    fp = fingerprint(s)
    assert len(fp.facts) == 4
    assert fp.minhash.dtype == np.uint32


def test_record_round_trips_through_bytes() -> None:
    """encode/decode keep every field; the changelog value is the in-memory form."""
    s = Story(uri="u1", headline="H", body_text="Ana Koval paid 12 dollars.", paragraphs=["x"])
    fp = fingerprint(s)
    rec = Record(
        uri="u1",
        cluster="c",
        event="e",
        ts=1.5,
        exact=b"\x01" * 16,
        minhash=fp.minhash,
        facts=np.asarray(fp.facts, dtype=np.uint32),
        stems=np.asarray(fp.stems, dtype=np.uint32),
        quotes=np.asarray(fp.quotes, dtype=np.uint32),
        headline=np.asarray(fp.headline, dtype=np.uint32),
    )
    back = decode(rec.encode())
    assert (back.uri, back.cluster, back.event, back.ts, back.exact) == (
        "u1",
        "c",
        "e",
        1.5,
        rec.exact,
    )
    assert back.facts.tolist() == fp.facts
    assert np.array_equal(back.minhash, fp.minhash)


def test_record_worst_case_stays_under_4_kb() -> None:
    """Longest strings and fullest arrays the fingerprint can produce still fit in 4 KB."""
    full = np.arange(255, dtype=np.uint32)
    rec = Record(
        uri="\u00e9" * 5000,
        cluster="c" * 5000,
        event="e" * 5000,
        ts=0.0,
        exact=b"\x00" * 16,
        minhash=np.zeros(sim_minhash.NUM_PERM, dtype=np.uint32),
        facts=full,
        stems=full,
        quotes=full,
        headline=full,
    )
    data = rec.encode()
    assert len(data) <= 4096
    back = decode(data)
    assert back.cluster == "c" * 900
    assert (back.facts.size, back.stems.size) == (64, 128)
