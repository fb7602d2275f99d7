"""Invented wire stories for tests (written for this project, not taken from any outlet)."""

from __future__ import annotations

import orjson

_PLACES = [
    "Lisbon",
    "Nairobi",
    "Osaka",
    "Quito",
    "Tallinn",
    "Perth",
    "Accra",
    "Bergen",
    "Cusco",
    "Dhaka",
    "Gdansk",
    "Hanoi",
    "Izmir",
    "Jaipur",
    "Kobe",
    "Leon",
]
_SUBJECTS = [
    "port workers",
    "city council",
    "water utility",
    "rail operator",
    "school board",
    "fishing cooperative",
    "airport authority",
    "textile union",
    "power grid operator",
    "farmers' association",
    "ferry company",
    "hospital network",
]
_ACTIONS = [
    "approved a plan to",
    "voted against a proposal to",
    "announced it would",
    "postponed a decision to",
    "asked the government to",
    "signed a deal to",
]
_GOALS = [
    "expand night shifts",
    "raise tariffs by {n} percent",
    "hire {n} inspectors",
    "close {n} branch offices",
    "build {n} new depots",
    "cut emissions by {n} percent",
]


def story_text(i: int) -> tuple[str, str]:
    """A distinct (headline, body) pair for index ``i``; bodies differ in every sentence."""
    place = _PLACES[i % len(_PLACES)]
    subject = _SUBJECTS[(i // 3) % len(_SUBJECTS)]
    action = _ACTIONS[(i // 7) % len(_ACTIONS)]
    goal = _GOALS[(i // 5) % len(_GOALS)].format(n=3 + i % 97)
    headline = f"{place} {subject} {action} {goal} (story {i})"
    body = (
        f"The {subject} in {place} {action} {goal} on Tuesday, officials said, in a move "
        f"that story number {i} in our test feed describes in detail.\n\n"
        f"A spokesperson said the measure would affect about {1000 + 37 * i} residents and "
        f"that a review was planned for week {1 + i % 52}.\n\n"
        f"Critics in {place} said the {subject} had not consulted enough, and asked for "
        f"{2 + i % 11} public hearings before the change takes effect."
    )
    return headline, body


TRAILER = "\n\n(With inputs from agencies.)\nALSO READ\nAn unrelated headline\nAnother one"


def json_story(i: int, *, copy: int = 0, trailer: bool = False, **extra: object) -> bytes:
    """Story ``i`` as a JSON feed item; ``copy`` > 0 makes a republication with its own id."""
    headline, body = story_text(i)
    if trailer:
        body += TRAILER
    ident = f"test-{i}" if copy == 0 else f"test-{i}-copy{copy}"
    return orjson.dumps({"id": ident, "headline": headline, "body": body, **extra})


def text_story(i: int, *, trailer: bool = False) -> bytes:
    """Plain-text layout like the seed: headline line, summary line, blank line, body."""
    headline, body = story_text(i)
    summary = body.split("\n\n")[0]
    rest = "\n".join(body.split("\n\n")[1:])
    text = f"{headline}\n{summary}\n\n{rest}"
    if trailer:
        text += TRAILER
    return text.encode()
