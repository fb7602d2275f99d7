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


@dataclass(frozen=True, slots=True)
class Fingerprints:
    exact: str
    """Hash of the body with case, punctuation and spacing folded away."""
    minhash: U32
    facts: list[int]
    stems: list[int]
    quotes: list[int]
    headline: list[int]


def story_text(story: Story) -> str:
    """The text that is compared: summary (when separate) and body."""
    if story.summary and story.summary not in story.body_text:
        return f"{story.summary}\n\n{story.body_text}"
    return story.body_text


def _facts(story: Story) -> list[int]:
    """Body facts in order, then any the summary adds: a standfirst repeats the key facts
    out of order, which would hide that the body keeps the source's order."""
    found = sim_text.facts(story.body_text)
    if story.summary:
        known = set(found)
        found += [f for f in sim_text.facts(story.summary) if f not in known]
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
