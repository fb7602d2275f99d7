"""Write the labelled dedup corpus: ``dedup_dev.jsonl`` and ``dedup_heldout.jsonl``.

Run: ``.venv/bin/python bench/corpus/make_corpus.py`` (deterministic, seed fixed).

Every story is invented (see ``topics.py``). Per cluster: the agency original, and variants
of it as aggregators publish them — a verbatim copy under a new headline with the
"(With inputs from agencies.)" trailer and an "ALSO READ" block, a light edit, one or two
rewrites that keep the facts in order but change nearly every word, a short summary and a
machine-translation round trip. Around them: independent reports of the same event by
other outlets (role ``independent``), and different stories on the same topic (role
``negative``): fresh events, and follow-ups that reuse the same names with new facts.

The held-out split uses topics the dev split never sees, so the thresholds tuned on dev
are tested on unseen templates.
"""

from __future__ import annotations

import random
import re
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import orjson

sys.path.insert(0, str(Path(__file__).parent))
from topics import AGENCIES, DEV_TOPICS, FIRST, HELDOUT_TOPICS, LAST, OUTLETS, QUOTES, Topic

HERE = Path(__file__).parent
EPOCH = datetime(2026, 3, 2, 6, 0, tzinfo=UTC)

# A machine-translation round trip: other words for common ones, quotes included.
ROUNDTRIP = {
    "said": "declared",
    "told": "indicated to",
    "killed": "dead",
    "people": "persons",
    "about": "approximately",
    "around": "approximately",
    "after": "following",
    "on Monday": "this Monday",
    "on Tuesday": "this Tuesday",
    "on Wednesday": "this Wednesday",
    "on Thursday": "this Thursday",
    "on Saturday": "this Saturday",
    "on Sunday": "this Sunday",
    "company": "enterprise",
    "also": "equally",
    "over": "on",
    "will": "go to",
    "we": "us",
    "must": "have to",
    "the number of": "the quantity of",
    "new": "novel",
    "workers": "labourers",
    "announced": "communicated",
    "country": "nation",
    "rise": "increase",
    "cut": "reduction",
    "plans": "projects",
    "expect": "anticipate",
    "more": "plus",
    "reporters": "journalists",
    "government": "executive",
    "decision": "determination",
}
EDITS = {"said": "says", "about": "some", "on Tuesday": "Tuesday", "also": "further"}


def _swap(text: str, table: dict[str, str], rng: random.Random, p: float) -> str:
    for old, new in table.items():
        pattern = re.compile(rf"\b{re.escape(old)}\b")
        text = pattern.sub(lambda m, new=new: new if rng.random() < p else m.group(0), text)
    return text


def _fill(templates: list[str], facts: dict[str, str], rng: random.Random) -> str:
    return rng.choice(templates).format(**facts)


def _paras(sentences: list[str], sizes: list[int]) -> list[str]:
    out: list[str] = []
    i = 0
    for size in sizes:
        if i < len(sentences):
            out.append(" ".join(sentences[i : i + size]))
            i += size
    if i < len(sentences):
        out.append(" ".join(sentences[i:]))
    return out


def _also_read(rng: random.Random, pool: list[str]) -> list[str]:
    return ["ALSO READ", *rng.sample(pool, 3)]


class Writer:
    def __init__(self, topics: list[Topic], split: str, seed: int, per_topic: int) -> None:
        self.rng = random.Random(seed)
        self.topics = topics
        self.split = split
        self.per_topic = per_topic
        self.rows: list[tuple[datetime, dict[str, object]]] = []
        self.headlines: list[str] = []
        self.n = 0
        self.quote: tuple[str, str] | None = None
        """(the topic's template quote, this cluster's quote) while writing a cluster."""

    def add(self, when: datetime, cluster: str, role: str, event: str, story: dict[str, object]):
        self.n += 1
        if self.quote is not None:
            story = {
                k: v.replace(*self.quote) if isinstance(v, str) else v for k, v in story.items()
            }
        row = {
            "id": f"{self.split}-{self.n:04d}",
            **story,
            "published_at": when.isoformat().replace("+00:00", "Z"),
            "cluster": cluster,
            "role": role,
            "event": event,
        }
        self.rows.append((when, row))

    def agency_original(self, t: Topic, facts: dict[str, str], agency: str) -> dict[str, object]:
        rng = self.rng
        sents = [_fill(s, facts, rng) for s in t.orig]
        place = facts.get("city") or facts.get("ca") or facts.get("country") or "LONDON"
        sents[0] = f"{place.upper()} ({agency}) - {sents[0]}"
        body = _paras(sents, t.paragraphs)
        if rng.random() < 0.5:
            body.append(
                f"(Reporting by {rng.choice(FIRST)} {rng.choice(LAST)}; "
                f"Editing by {rng.choice(FIRST)} {rng.choice(LAST)})"
            )
        return {
            "headline": _fill(t.orig_head, facts, rng),
            "body": "\n\n".join(body),
            "source": agency,
        }

    def rewrite(self, t: Topic, facts: dict[str, str], outlet: str) -> dict[str, object]:
        rng = self.rng
        sents = [_fill(s, facts, rng) for s in t.rw]
        body = [_fill(t.rw_summary, facts, rng), "", *_paras(sents, [1, 2, 2])]
        body += ["(With inputs from agencies.)", *_also_read(rng, self.headlines)]
        return {"headline": _fill(t.rw_head, facts, rng), "body": "\n".join(body), "source": outlet}

    def cluster(self, t: Topic, k: int) -> None:
        rng = self.rng
        cid = f"{self.split}-{t.name}-{k:02d}"
        facts = t.facts(rng)
        template_quote = next(s for s in t.orig if s[0].startswith('"'))[0]
        template_quote = template_quote[1 : template_quote.index(',"') + 1]
        self.quote = (template_quote, rng.choice([template_quote, *QUOTES[t.name]]))
        t0 = EPOCH + timedelta(hours=rng.uniform(0, 24 * 12))
        agency = rng.choice(AGENCIES)
        orig = self.agency_original(t, facts, agency)
        self.add(t0, cid, "variant", cid, orig)
        body = str(orig["body"])
        paras = body.split("\n\n")
        later = lambda lo, hi: t0 + timedelta(hours=rng.uniform(lo, hi))  # noqa: E731
        outlets = rng.sample(OUTLETS, 4)
        # Verbatim copy under an aggregator headline, trailer and ALSO READ block.
        copy_body = "\n".join(
            [*paras, "(With inputs from agencies.)", *_also_read(rng, self.headlines)]
        )
        self.add(
            later(0.2, 6),
            cid,
            "variant",
            cid,
            {"headline": _fill(t.rw_head, facts, rng), "body": copy_body, "source": outlets[0]},
        )
        if rng.random() < 0.7:  # light edit: last paragraph dropped, a few words changed
            edited = _swap("\n\n".join(paras[:-1]), EDITS, rng, 0.8)
            self.add(
                later(0.5, 12),
                cid,
                "variant",
                cid,
                {
                    "headline": str(orig["headline"]).replace(" in ", " in central ", 1),
                    "body": edited,
                    "source": agency,
                },
            )
        self.add(later(1, 20), cid, "variant", cid, self.rewrite(t, facts, outlets[1]))
        if rng.random() < 0.5:
            self.add(later(2, 30), cid, "variant", cid, self.rewrite(t, facts, outlets[2]))
        if rng.random() < 0.5:  # summary: two sentences
            quote = next(s for s in t.orig if s[0].startswith('"'))
            summ = f"{_fill(t.rw_summary, facts, rng)} {_fill(quote, facts, rng)}"
            self.add(
                later(1, 24),
                cid,
                "variant",
                cid,
                {"headline": _fill(t.rw_head, facts, rng), "body": summ, "source": outlets[3]},
            )
        if rng.random() < 0.5:  # translation round trip
            rt = _swap(body, ROUNDTRIP, rng, 0.9)
            self.add(
                later(2, 36),
                cid,
                "variant",
                cid,
                {
                    "headline": _swap(str(orig["headline"]), ROUNDTRIP, rng, 0.9),
                    "body": rt,
                    "source": "Translated Wire",
                },
            )
        if rng.random() < 0.6:  # independent report of the same event
            sents = [_fill(s, facts, rng) for s in t.ind]
            if rng.random() < 0.5:  # not every other outlet carries the same quote
                sents = sents[:-1]
            self.add(
                later(0.5, 14),
                f"{cid}-ind",
                "independent",
                cid,
                {
                    "headline": _fill(t.ind_head, facts, rng),
                    "body": "\n\n".join(_paras(sents, [1, 1, 2])),
                    "source": rng.choice(OUTLETS),
                },
            )
        roll = rng.random()
        self.quote = (template_quote, rng.choice([template_quote, *QUOTES[t.name]]))
        if roll < 0.35:  # follow-up: same names, new numbers, days later
            fresh = t.facts(rng)
            keep = {k: v for k, v in facts.items() if not any(c.isdigit() for c in v)}
            follow = {**fresh, **keep}
            self.add(
                t0 + timedelta(days=rng.uniform(2, 6)),
                f"{cid}-neg",
                "negative",
                f"{cid}-neg",
                self.agency_original(t, follow, rng.choice(AGENCIES)),
            )
        elif roll < 0.7:  # fresh same-topic story, same day
            self.add(
                later(-6, 6),
                f"{cid}-neg",
                "negative",
                f"{cid}-neg",
                self.agency_original(t, t.facts(rng), rng.choice(AGENCIES)),
            )

    def run(self) -> list[dict[str, object]]:
        for t in self.topics:
            for _ in range(4):
                self.headlines.append(_fill(t.orig_head, t.facts(self.rng), self.rng))
        for k in range(self.per_topic):
            for t in self.topics:
                self.cluster(t, k)
        self.rows.sort(key=lambda r: r[0])
        return [row for _, row in self.rows]


def main() -> None:
    for split, topics, seed, per in (
        ("dev", DEV_TOPICS, 11, 10),
        ("heldout", HELDOUT_TOPICS, 23, 10),
    ):
        rows = Writer(topics, split, seed, per).run()
        path = HERE / f"dedup_{split}.jsonl"
        path.write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in rows))
        clusters = {r["cluster"] for r in rows if r["role"] == "variant"}
        print(f"{path.name}: {len(rows)} stories, {len(clusters)} source clusters")


if __name__ == "__main__":
    main()
