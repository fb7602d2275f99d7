"""Write ``dedup_free_dev.jsonl`` and ``dedup_free_test.jsonl``: hand-written wire traffic.

Run: ``.venv/bin/python bench/corpus/free_text.py``

The stories live in ``free_text_dev.py`` and ``free_text_test.py`` as plain text, written
by hand for this project: invented events (real countries and institutions, invented
people, companies and numbers), no templates, no copied articles. The two files cover
different topics: the dev file (business, diplomacy, disasters, health and science) may
be used for training and thresholds; the test file (courts, energy, transport, security,
technology) is only ever reported on.

The text format, one block per story::

    ## CLUSTER d01 2026-05-04T06:00        every story below belongs to this source story
    @ A 0 Meridian Press                   role code, hours after the cluster start, source
    Headline
    First paragraph, wrapped over
    several lines.

    Second paragraph.

Role codes:

- ``A`` the agency original (role ``variant``: the source story itself);
- ``R`` an aggregator rewrite: its first paragraph is the standfirst; the generator adds
  the "(With inputs from agencies.)" trailer and an ALSO READ list of unrelated headlines,
  as on the real page in ``shared/seed``;
- ``V`` a verbatim republication of the cluster's ``A`` body under the given headline,
  with page furniture (a byline line and a syndication disclaimer);
- ``S`` a short summary (role ``variant``);
- ``I`` an independent report of the same event by another outlet (role ``independent``,
  own cluster, the cluster's event);
- ``N`` a different story: same topic or same people, another event (role ``negative``);
  ``N`` stories may be followed by their own ``R``/``S`` rewrites only through a separate
  ``## CLUSTER`` block.

A cluster line may name the event explicitly (``## CLUSTER d05b 2026-05-06T09:00 d05``)
when two source stories (two agencies) report one event.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import orjson

sys.path.insert(0, str(Path(__file__).resolve().parent))

from free_text_dev import TEXT as DEV_TEXT
from free_text_test import TEXT as TEST_TEXT

TRAILER = "(With inputs from agencies.)"
ALSO_READ = [
    "Heatwave Grips Southern Europe as Temperatures Top 40C",
    "Startup Founder Charged in Crypto Lending Collapse",
    "Film Festival Opens With Record Number of Debut Features",
    "Central Bank Governor Signals Patience on Rates",
    "Ferry Operator Suspends Island Route After Engine Fault",
    "Tennis Star Withdraws From Clay Season With Wrist Injury",
    "Parliament Passes Bill on Short-Term Rental Caps",
    "Archaeologists Uncover Bronze Age Settlement Near Motorway",
    "Telecom Regulator Fines Operator Over Billing Errors",
    "Drought Forces Water Restrictions in Farming Belt",
    "Museum Returns Looted Artefacts to Country of Origin",
    "Chess Prodigy, 12, Becomes Youngest Grandmaster in Region",
    "Airline Orders Fifty Narrow-Body Jets in Fleet Overhaul",
    "Police Seize Record Haul of Counterfeit Medicines",
    "Opposition Leader Calls for Early Vote Over Budget Row",
    "Coffee Prices Climb as Frost Hits Key Growing Areas",
]
DISCLAIMER = (
    "(This story has not been edited by our staff and is auto-generated from a syndicated feed.)"
)


@dataclass(frozen=True, slots=True)
class Block:
    cluster: str
    event: str
    start: datetime
    code: str
    hours: float
    source: str
    headline: str
    paragraphs: list[str]


def _paragraphs(lines: list[str]) -> list[str]:
    out: list[str] = []
    current: list[str] = []
    for line in [*lines, ""]:
        if line.strip():
            current.append(line.strip())
        elif current:
            out.append(" ".join(current))
            current = []
    return out


def parse_blocks(text: str) -> list[Block]:
    """The story blocks of one text, in order."""
    blocks: list[Block] = []
    cluster = event = ""
    start = datetime(2026, 1, 1)
    head: list[str] | None = None
    lines: list[str] = []

    def flush() -> None:
        if head is None:
            return
        code, hours, *source = head
        body = list(lines)
        while body and not body[0].strip():
            body.pop(0)
        headline = body.pop(0).strip()
        blocks.append(
            Block(
                cluster,
                event,
                start,
                code,
                float(hours),
                " ".join(source),
                headline,
                _paragraphs(body),
            )
        )

    for line in text.splitlines():
        if line.startswith("## CLUSTER "):
            flush()
            head, lines = None, []
            parts = line.split()[2:]
            cluster = parts[0]
            start = datetime.fromisoformat(parts[1])
            event = parts[2] if len(parts) > 2 else cluster
        elif line.startswith("@ "):
            flush()
            head, lines = line[2:].split(), []
        else:
            lines.append(line)
    flush()
    return blocks


def rows(text: str, prefix: str) -> list[dict[str, Any]]:
    """Labelled JSONL rows for one text, in story-time order."""
    out: list[dict[str, Any]] = []
    originals: dict[str, list[str]] = {}
    counters: dict[str, int] = {}
    for n, block in enumerate(parse_blocks(text)):
        paragraphs = list(block.paragraphs)
        role, cluster = "variant", block.cluster
        if block.code == "A":
            originals[block.cluster] = paragraphs
        elif block.code == "R":
            picks = [ALSO_READ[(n * 7 + k * 5) % len(ALSO_READ)] for k in range(4 + n % 2)]
            paragraphs = [*paragraphs, TRAILER, "ALSO READ\n" + "\n".join(picks)]
        elif block.code == "V":
            paragraphs = [
                f"By {block.source} Desk | Updated",
                *originals[block.cluster],
                DISCLAIMER,
            ]
        elif block.code in ("I", "N"):
            counters[block.cluster + block.code] = counters.get(block.cluster + block.code, 0) + 1
            suffix = f"{block.code.lower()}{counters[block.cluster + block.code]}"
            cluster = f"{block.cluster}-{suffix}"
            role = "independent" if block.code == "I" else "negative"
        elif block.code != "S":
            raise ValueError(f"unknown role code {block.code!r} in cluster {block.cluster}")
        when = block.start + timedelta(hours=block.hours)
        out.append(
            {
                "headline": block.headline,
                "body": "\n\n".join(paragraphs),
                "source": block.source,
                "published_at": when.strftime("%Y-%m-%dT%H:%M:00Z"),
                "cluster": cluster,
                "role": role,
                "event": block.event if role != "negative" else cluster,
            }
        )
    out.sort(key=lambda r: str(r["published_at"]))
    for i, row in enumerate(out):
        row["id"] = f"{prefix}-{i:03d}"
    return [{"id": r.pop("id"), **r} for r in out]


def main() -> None:
    here = Path(__file__).resolve().parent
    for name, text, prefix in (
        ("dedup_free_dev.jsonl", DEV_TEXT, "fdev"),
        ("dedup_free_test.jsonl", TEST_TEXT, "ftest"),
    ):
        data = rows(text, prefix)
        (here / name).write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in data))
        clusters = {r["event"] for r in data if r["role"] != "negative"}
        roles = {k: sum(1 for r in data if r["role"] == k) for k in ("variant", "independent")}
        roles["negative"] = sum(1 for r in data if r["role"] == "negative")
        print(f"{name}: {len(data)} stories, {len(clusters)} events, {roles}")


if __name__ == "__main__":
    main()
