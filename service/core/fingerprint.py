"""Story -> Fingerprints: everything the dedup cascade compares, computed once per story.

- ``exact``: hash of the body with case, punctuation and spacing folded away (copies).
- ``minhash``: MinHash of word 3-shingles of summary and body (copies and edits).
- ``facts``: names and numbers in body order, then the summary's extra ones (rewrites keep
  them, and their order).
- ``stems``: content-word stems (topic and wording overlap).
- ``quotes``: quoted passages (shared by variants and by independent reports of one event).
- ``headline``: headline terms.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from service.core import sim_minhash, sim_text
from service.core.models import Story
from service.core.sim_text import U32

_NON_WORD = re.compile(r"\W+")
_DATELINE = re.compile(r"\s*(?:[A-Z][^()\n]{0,60}?\s*)?\([^()\n]{2,40}\)\s*[-\u2013\u2014:]+\s+")
"""``LONDON, March 3 (Agency) -`` or ``(Agency) -`` opening the body: where and who, not
what; same-agency stories of one day share it and rewrites drop it."""
_ATTRIBUTION = re.compile(r"\b(?:said|says|told|according to|announced)\b")
_STANDFIRST_SHARE = 0.6


@dataclass(frozen=True, slots=True)
class Fingerprints:
    exact: str
    """Hash of the body with case, punctuation and spacing folded away."""
    minhash: U32
    facts: list[int]
    stems: list[int]
    quotes: list[int]
    headline: list[int]


def strip_dateline(body: str) -> str:
    match = _DATELINE.match(body[:160])
    return body[match.end() :] if match else body


def story_text(story: Story) -> str:
    """The text that is compared: summary (when separate) and body, without the dateline."""
    body = strip_dateline(story.body_text)
    if story.summary and story.summary not in body:
        return f"{story.summary}\n\n{body}"
    return body


def _facts(story: Story) -> list[int]:
    """Body facts in order, then any the standfirst or summary adds.

    A standfirst (an aggregator's one-paragraph summary above the body: no attribution,
    and most of its facts come again below) repeats the key facts out of order, which
    would hide that the body keeps the source's order; its facts go last.
    """
    body = strip_dateline(story.body_text)
    first, sep, rest = body.partition("\n\n")
    found = sim_text.facts(body)
    extra: list[int] = []
    if sep and "\n\n" in rest and not _ATTRIBUTION.search(first):
        lead = sim_text.facts(first)
        after = sim_text.facts(rest)
        known = set(after)
        if len(lead) >= 2 and sum(f in known for f in lead) >= _STANDFIRST_SHARE * len(lead):
            found, extra = after, lead
    if story.summary:
        extra += sim_text.facts(story.summary)
    known = set(found)
    for fact in extra:
        if fact not in known:
            known.add(fact)
            found.append(fact)
    return found[:64]


def fingerprint(story: Story) -> Fingerprints:
    folded = _NON_WORD.sub(" ", story.body_text.casefold()).strip()
    text = story_text(story)
    shingles = sim_minhash.shingles(sim_text.words(text.casefold()))
    return Fingerprints(
        exact=hashlib.blake2b(folded.encode(), digest_size=16).hexdigest(),
        minhash=sim_minhash.signature(shingles),
        facts=_facts(story),
        stems=sim_text.stems(text),
        quotes=sim_text.quotes(text),
        headline=sim_text.headline_terms(story.headline),
    )
