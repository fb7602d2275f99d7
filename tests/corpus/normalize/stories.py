"""Base stories of the normalizer corpus (``stories.json``): invented for this project.

Every story is fiction written in wire style for these tests (places are real, events and
people are not). ``build.py`` renders each one in four styles and writes the expected clean
result from these fields, never from the normalizer's output.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Base:
    slug: str
    agency: str  # as written in the dateline
    place: str
    date: str
    byline: str
    headline: str
    summary: str
    paragraphs: tuple[str, ...]


_DATA = json.loads((Path(__file__).parent / "stories.json").read_text(encoding="utf-8"))
STORIES: tuple[Base, ...] = tuple(
    Base(**{**s, "paragraphs": tuple(s["paragraphs"])}) for s in _DATA["stories"]
)
# Headlines of other (invented) stories, for ALSO READ lists and inline links.
OTHER_HEADLINES: tuple[str, ...] = tuple(_DATA["other_headlines"])
