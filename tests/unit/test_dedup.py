"""DedupIndex: the cascade's decisions, and the changelog contract (replay rebuilds the index)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from service.core.dedup import DedupIndex, StateChange
from service.core.fingerprint import fingerprint
from service.core.models import DecisionKind, Story

T0 = datetime(2026, 3, 3, 8, 0, tzinfo=UTC)

ORIGINAL = (
    "KESSLING (NWA) - A magnitude 6.4 earthquake struck near Kessling in Vestria on "
    "Tuesday, killing at least 48 people and injuring 310, the disaster agency said. "
    "The quake was centred at a depth of 22 km, according to the national seismology "
    "institute.\n\n"
    "Around 1,900 houses were damaged and rescue teams were searching collapsed buildings "
    'in the old town. "We expect the number of victims to rise as we reach the outlying '
    'villages," disaster agency chief Ilse Marchetti told reporters.\n\n'
    "Vestria sits on several active fault lines and has suffered 4 strong earthquakes in "
    "the past decade."
)
REWRITE = (
    "A powerful tremor measuring 6.4 jolted the area around Kessling, Vestria, on Tuesday, "
    "claiming no fewer than 48 lives and leaving 310 others hurt, according to the "
    "country's disaster management body.\n\n"
    "Seismologists reported that the tremor originated 22 km below the surface. Roughly "
    "1,900 dwellings suffered damage, while emergency crews combed through the rubble of "
    "flattened structures in the historic quarter.\n\n"
    '"We expect the number of victims to rise as we reach the outlying villages," said '
    "Ilse Marchetti, who heads the disaster agency. Crisscrossed by active faults, Vestria "
    "has witnessed 4 major quakes over the last ten years."
)
INDEPENDENT = (
    "Thousands of residents of Kessling spent the night in parks and car parks after "
    "Tuesday's earthquake, fearing aftershocks.\n\n"
    "Deputy health minister Oskar Brenner said hospitals in the province were overwhelmed "
    "and field clinics had been set up beside the main stadium.\n\n"
    "The government said it had sent 2,400 tents and water trucks, and the army was "
    'clearing roads blocked by landslides. "We expect the number of victims to rise as we '
    'reach the outlying villages," Ilse Marchetti said, as the confirmed toll stood at 48.'
)
OTHER_QUAKE = (
    "MAROVO (Atlas News) - A magnitude 5.7 earthquake struck near Marovo in Delmora on "
    "Friday, killing at least 12 people and injuring 95, the disaster agency said. The "
    "quake was centred at a depth of 41 km, according to the national seismology "
    "institute.\n\n"
    "Some 600 homes were damaged, and rescuers dug through collapsed buildings in the old "
    'town through the night. "Every hour counts now for the people under the rubble," '
    "disaster agency chief Rafael Quintero told reporters."
)


def story(uri: str, body: str, headline: str = "Earthquake", hours: float = 0.0) -> Story:
    paragraphs = body.split("\n\n")
    return Story(
        uri=uri,
        headline=headline,
        body_text=body,
        paragraphs=paragraphs,
        versioncreated=T0 + timedelta(hours=hours),
    )


def test_first_story_is_new_and_indexed() -> None:
    """A story with nothing like it is `new`, its own cluster and event, and one state record."""
    index = DedupIndex()
    decision, changes = index.decide(story("a", ORIGINAL), fingerprint(story("a", ORIGINAL)), T0)
    assert decision.kind is DecisionKind.NEW
    assert decision.cluster_id == decision.event_id == "a"
    assert len(index) == 1
    assert [c.value is not None for c in changes] == [True]


def test_verbatim_copy_is_an_exact_variant_and_not_indexed_again() -> None:
    """A copy with other spacing and case is `variant_of` the original by the exact hash."""
    index = DedupIndex()
    index.decide(story("a", ORIGINAL), fingerprint(story("a", ORIGINAL)), T0)
    copy = story("b", ORIGINAL.upper().replace(". ", ".  "), hours=2)
    decision, changes = index.decide(copy, fingerprint(copy), T0)
    assert decision.kind is DecisionKind.VARIANT
    assert (decision.rule, decision.matched_uri, decision.cluster_id) == (
        "exact_body_hash",
        "a",
        "a",
    )
    assert changes == []
    assert len(index) == 1


def test_light_edit_is_a_lexical_variant() -> None:
    """Dropping the last paragraph and changing a few words is caught by MinHash."""
    index = DedupIndex()
    index.decide(story("a", ORIGINAL), fingerprint(story("a", ORIGINAL)), T0)
    edited = ORIGINAL.rsplit("\n\n", 1)[0].replace("said", "says").replace("Around", "Some")
    e = story("b", edited, hours=1)
    decision, _ = index.decide(e, fingerprint(e), T0)
    assert decision.kind is DecisionKind.VARIANT
    assert decision.rule == "minhash_lexical"
    assert decision.signals["minhash"] >= 0.5


def test_rewrite_with_new_words_same_facts_is_a_variant() -> None:
    """An aggregator rewrite (few shared shingles, same facts in order) is `variant_of`."""
    index = DedupIndex()
    index.decide(story("a", ORIGINAL), fingerprint(story("a", ORIGINAL)), T0)
    r = story("b", REWRITE, "Deadly Tremor Rocks Vestria", hours=3)
    decision, _ = index.decide(r, fingerprint(r), T0)
    assert decision.kind is DecisionKind.VARIANT
    assert decision.rule == "calibrated_rewrite"
    assert decision.matched_uri == "a"
    assert decision.signals["minhash"] < 0.3
    assert decision.signals["order"] > 0.8
    assert decision.model_version == index.model.version


def test_independent_report_is_related_with_the_event_id() -> None:
    """Same event, another source: `related_to`, a new cluster, the first story's event."""
    index = DedupIndex()
    index.decide(story("a", ORIGINAL), fingerprint(story("a", ORIGINAL)), T0)
    i = story("c", INDEPENDENT, "Survivors sleep outdoors", hours=5)
    decision, _ = index.decide(i, fingerprint(i), T0)
    assert decision.kind is DecisionKind.RELATED
    assert decision.cluster_id == "c"
    assert decision.event_id == "a"


def test_same_topic_different_event_is_new() -> None:
    """Another earthquake in the same words but other names and numbers is not merged."""
    index = DedupIndex()
    index.decide(story("a", ORIGINAL), fingerprint(story("a", ORIGINAL)), T0)
    o = story("d", OTHER_QUAKE, hours=1)
    decision, _ = index.decide(o, fingerprint(o), T0)
    assert decision.kind is DecisionKind.NEW
    assert decision.event_id == "d"


def test_replaying_the_changelog_rebuilds_an_equivalent_index() -> None:
    """Loading every StateChange into a fresh index gives the same next decision."""
    live = DedupIndex()
    log: list[StateChange] = []
    for s in (story("a", ORIGINAL), story("d", OTHER_QUAKE, hours=1)):
        log += live.decide(s, fingerprint(s), T0)[1]
    restored = DedupIndex()
    for change in log:
        restored.load(change.key, change.value)
    assert len(restored) == len(live) == 2
    r = story("b", REWRITE, hours=3)
    assert restored.decide(r, fingerprint(r), T0)[0] == live.decide(r, fingerprint(r), T0)[0]


def test_expiry_emits_tombstones_that_replay_to_an_empty_window() -> None:
    """A story older than the window (by story time) is removed, with a tombstone."""
    index = DedupIndex(timedelta(days=7))
    first = story("a", ORIGINAL)
    log = index.decide(first, fingerprint(first), T0)[1]
    late = story("d", OTHER_QUAKE, hours=24 * 8)
    eight_days_later = T0 + timedelta(days=8)  # received when dated: story time is not clamped
    changes = index.decide(late, fingerprint(late), eight_days_later)[1]
    assert changes[0].value is None
    assert len(index) == 1
    restored = DedupIndex(timedelta(days=7))
    for change in log + changes:
        restored.load(change.key, change.value)
    assert len(restored) == 1
    # The expired original no longer matches its rewrite.
    r = story("b", REWRITE, hours=24 * 8)
    assert restored.decide(r, fingerprint(r), eight_days_later)[0].kind is DecisionKind.NEW


def test_state_values_stay_under_4_kb_for_a_huge_story() -> None:
    """Arrays and strings are capped, so one story's changelog value stays compact."""
    body = " ".join(f"Name{i} said {i * 7} things." for i in range(3000))
    huge = story("u" * 5000, body)
    _, changes = DedupIndex().decide(huge, fingerprint(huge), T0)
    assert changes[0].value is not None
    assert len(changes[0].value) <= 4096


@pytest.mark.parametrize("value", [b"", b"\x07garbage", b"\x01" + b"\x00" * 10])
def test_load_skips_broken_records(value: bytes) -> None:
    """Unknown versions and truncated values are skipped, not fatal, on restore."""
    index = DedupIndex()
    index.load(b"d:broken", value)
    index.load(b"x:old-format", b"{}")
    assert len(index) == 0


def test_clear_forgets_everything() -> None:
    """After clear() the same story is new again."""
    index = DedupIndex()
    s = story("a", ORIGINAL)
    index.decide(s, fingerprint(s), T0)
    index.clear()
    assert len(index) == 0
    assert index.decide(s, fingerprint(s), T0)[0].kind is DecisionKind.NEW
