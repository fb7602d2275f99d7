"""Free-text cases the cascade must get right: the seed aggregator rewrite, and two stories
about one company on one day."""

from __future__ import annotations

from datetime import UTC, datetime

import orjson

from service.core.dedup import DedupIndex
from service.core.fingerprint import fingerprint
from service.core.models import Decision, DecisionKind
from service.core.normalize import normalize
from service.core.parse import parse

NOW = datetime(2026, 1, 20, 12, 0, tzinfo=UTC)

# An agency-style original written for this test with the facts of the seed page.
SEED_ORIGINAL = (
    "SEOUL, Jan 19 (Meridian Press) - South Korea has asked Ukraine for its cooperation in "
    "handling North Korean prisoners of war, Foreign Minister Cho Tae-yul told his Ukrainian "
    "counterpart Andrii Sybiha in a phone call, South Korea's foreign ministry said on "
    "Sunday.\n\n"
    "Ukraine, the United States and South Korea say North Korea has sent thousands of troops "
    "to help Russia fight Ukraine, Pyongyang's first major involvement in a war since the "
    "1950s. Cho said Seoul would keep supporting the people of Ukraine and would accept any "
    "North Korean soldiers captured by Ukraine if they wished to come to South Korea.\n\n"
    "Ukraine says more than 3,000 North Korean soldiers have been killed or wounded in "
    "Russia. South Korea's Joint Chiefs of Staff believe North Korea is preparing to send "
    "more troops. Ukraine said this month it had captured two North Korean soldiers, the "
    "first taken alive since the troops joined the war last autumn."
)
# The real aggregator rewrite in shared/seed (000_497e69024a68a599.txt), as published.
SEED_REWRITE = (
    "South Korea's Foreign Minister, Cho Tae-yul, discussed North Korean POWs in a call with "
    "Ukraine's foreign minister, Andrii Sybiha. With over 3,000 North Korean troops "
    "reportedly killed or injured in Russia, Ukraine captured two soldiers, marking the "
    "first live captures from their contingent.\n\n"
    "South Korea is actively seeking the cooperation of Ukraine in managing North Korean "
    "prisoners of war amid the ongoing conflict in Ukraine accompanied by Russian forces. "
    "Foreign Minister Cho Tae-yul emphasized this initiative during a phone conversation "
    "with his Ukrainian counterpart, Andrii Sybiha, as publicly noted by South Korea's "
    "foreign ministry.\n"
    "Reports from Ukraine, the U.S., and South Korea have indicated that North Korea has "
    "deployed significant troop numbers to support Russian operations in Ukraine, marking "
    "Pyongyang's first substantial wartime involvement since the 1950s. Cho reiterated "
    "Seoul's commitment to providing for the Ukrainian populace and stated that South Korea "
    "would accept any North Korean soldiers captured by Ukraine, should they choose to "
    "relocate to South Korea.\n"
    "The emerging situation is marked by Kyiv's reports that over 3,000 North Korean "
    "soldiers have been either killed or injured while serving in Russia. Despite these "
    "significant losses, South Korea's Joint Chiefs of Staff suspect North Korea plans to "
    "send additional forces to the conflict front with Ukraine. This follows Ukraine's "
    "announcement of capturing two North Korean soldiers, the first such event since these "
    "forces entered the war last year in Autumn.\n"
    "(With inputs from agencies.)\n"
    "ALSO READ\n"
    "Russian Forces Foil Islamic State Attack in Dagestan\n"
    "Trump's Turn: A Potential Shift in the Russia-Ukraine Conflict\n"
    "Germany Suspends Development Aid Over Rwandan Conflict Role\n"
    "British Man Jailed for Fighting in Ukraine: A Tale of Conflict and Consequence"
)


def decide(index: DedupIndex, headline: str, body: str, at: str, source: str) -> Decision:
    payload = {"headline": headline, "body": body, "source": source, "published_at": at}
    story = normalize(parse(orjson.dumps(payload), max_bytes=1_000_000))
    decision, _ = index.decide(story, fingerprint(story), NOW)
    return decision


def test_seed_aggregator_rewrite_is_a_variant_of_the_agency_original() -> None:
    """The seed page (every sentence reworded, "U.S." for "United States", "Kyiv" for
    "Ukraine", a standfirst, facts partly reordered, trailer and ALSO READ list) is
    recognised as a rewrite of an agency original carrying the same facts."""
    index = DedupIndex()
    first = decide(
        index,
        "South Korea seeks Ukraine's help on North Korean POWs",
        SEED_ORIGINAL,
        "2026-01-19T06:00:00Z",
        "Meridian Press",
    )
    rewrite = decide(
        index,
        "Seoul Seeks Kyiv's Aid on North Korean POWs in Ukraine Conflict",
        SEED_REWRITE,
        "2026-01-19T09:00:00Z",
        "Aggregator",
    )
    assert first.kind is DecisionKind.NEW
    assert rewrite.kind is DecisionKind.VARIANT
    assert rewrite.matched_uri is not None
    assert rewrite.cluster_id == first.cluster_id


def test_two_same_day_stories_about_one_company_are_not_merged() -> None:
    """A job-cuts story and a finance-chief appointment by the same company, same agency,
    same day and dateline share the company and the country but are different stories:
    neither a variant nor the same event."""
    index = DedupIndex()
    cuts = decide(
        index,
        "Veltrix to cut 1,200 jobs as chip demand slows",
        "EINDHOVEN, May 4 (Meridian Press) - Dutch chipmaker Veltrix Semiconductors will cut "
        "1,200 jobs, about 8% of its workforce, after orders from carmakers fell for a third "
        "straight quarter, the company said on Monday.\n\nChief Executive Annelies Brouwer "
        "said most of the cuts would fall in the Netherlands and Germany and would be "
        "completed by the end of the year. The company expects to save 210 million euros a "
        "year from 2027.\n\nVeltrix also lowered its full-year revenue forecast to between "
        "4.1 billion and 4.4 billion euros. Its shares fell 5.2% in early Amsterdam trading.",
        "2026-05-04T06:00:00Z",
        "Meridian Press",
    )
    cfo = decide(
        index,
        "Veltrix names Siemens veteran as new finance chief",
        "EINDHOVEN, May 4 (Meridian Press) - Veltrix Semiconductors on Monday appointed Joris "
        "Hendriks, a former Siemens executive, as chief financial officer from July 1, "
        "replacing Marieke Vos, who is retiring after 11 years.\n\nHendriks, 52, spent two "
        "decades at the German group, most recently running its industrial software finance "
        "team, the company said.",
        "2026-05-04T10:00:00Z",
        "Meridian Press",
    )
    assert cuts.kind is DecisionKind.NEW
    assert cfo.kind is DecisionKind.NEW
    assert cfo.event_id != cuts.event_id


def test_surface_forms_of_one_entity_or_number_are_one_fact() -> None:
    """Country / abbreviation / demonym / capital forms, and digits, scale suffixes and
    number words, each hash to one fact; a different number stays different."""
    from service.core.sim_text import facts

    assert facts("Officials in the U.S. agreed.") == facts("Officials in the United States agreed.")
    assert facts("He met Kyiv officials.") == facts("He met Ukrainian officials.")
    assert (
        facts("It cut 3,000 jobs.")
        == facts("It cut 3k jobs.")
        == facts("It cut three thousand jobs.")
    )
    assert facts("A $1.2bn deal.") == facts("A 1.2 billion dollar deal.")
    assert facts("It cut 3,000 jobs.") != facts("It cut 4,000 jobs.")
