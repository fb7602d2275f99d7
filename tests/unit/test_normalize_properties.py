"""Normalizer properties (hypothesis): total, idempotent, keeps the story, no regex blow-up."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

import orjson
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from service.core.models import RawStory, Story
from service.core.normalize import normalize, normalize_explained, to_raw
from service.core.parse import FIELD_ALIASES, RejectError, parse

MAX = 1 << 20
CASES = Path(__file__).parents[1] / "corpus" / "normalize" / "cases"
_ALIAS_KEYS = sorted({k for keys in FIELD_ALIASES.values() for k in keys} | {"infosource"})

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**63), 2**63 - 1)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=12,
)
feed_objects = st.dictionaries(st.sampled_from(_ALIAS_KEYS) | st.text(max_size=6), json_values)
markupish = st.text(
    alphabet=st.sampled_from(
        list("<>/&;#\"' \n\tabpdivbrscript=x.!?()-\u00a0\u200b\u00c3\u00a9鈥檚")
    ),
    max_size=200,
)


def _normalize_bytes(data: bytes) -> Story | None:
    try:
        return normalize(parse(data, max_bytes=MAX))
    except RejectError:
        return None


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_never_raises_on_any_bytes(data: bytes) -> None:
    """Any bytes: a story or a RejectError with a reason, never another exception."""
    _normalize_bytes(data)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(feed_objects)
def test_never_raises_on_any_json_object(obj: dict[str, object]) -> None:
    """Any JSON object, with feed field names and odd value types: story or RejectError."""
    _normalize_bytes(orjson.dumps(obj))


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400) | markupish, st.text(max_size=400) | markupish, st.booleans())
@example("Head line", "A\u00ef\u00a8\x8a", False)  # repair produced CJK that folding changed
def test_idempotent_on_arbitrary_text(headline: str, body: str, html: bool) -> None:
    """Normalizing a normalized story gives it back unchanged, and no rule fires."""
    try:
        story = normalize(RawStory(headline=headline, body=body, body_is_html=html))
    except RejectError:
        return
    again, details = normalize_explained(to_raw(story))
    assert again == story.model_copy(update={"rule_hits": []}), details
    assert details == []


# Pieces of real-world breakage: mojibake bytes, C1 controls, entities, tags, trailers.
_FRAGMENTS = [*"a\u00e9 '\"\n.\u00c3\u00c2\u00e2\u20ac\u2122\u0153\x80\x81\x8d\x9d\x86\u00a9"]
_FRAGMENTS += ["\u9225", "\u6a9a", "&amp;", "&#8232;", "<p>", "</p>", "<br>", "ALSO READ"]
_FRAGMENTS += ["(ANI)", "Reuters", "By Jo Ro", "(9984.T)", "Advertisement", "A"]
wire_fragments = st.lists(st.sampled_from(_FRAGMENTS), max_size=60).map("".join)


@settings(max_examples=500, suppress_health_check=[HealthCheck.too_slow])
@given(wire_fragments, st.booleans())
@example("\u00c3\u2122\u20ac&#8232;", False)  # an entity's line break hid a second layer
@example("By Jo Ro (ANI)", False)  # the agency credit hid a byline
def test_idempotent_on_wire_fragments(body: str, html: bool) -> None:
    """Idempotent on mixes of mojibake, controls, entities, tags and trailers (regressions:
    "Ã\\x80\\x80", "a(ANI)(ANI)", two "By" lines, a repaired U+2029)."""
    try:
        story = normalize(RawStory(headline="Head line", body=body, body_is_html=html))
    except RejectError:
        return
    again, details = normalize_explained(to_raw(story))
    assert again == story.model_copy(update={"rule_hits": []}), details
    assert details == []


@pytest.mark.parametrize("case", sorted(CASES.iterdir()), ids=lambda p: p.name)
def test_idempotent_on_corpus(case: Path) -> None:
    """Every corpus story is a fixed point once clean."""
    (source,) = case.glob("input.*")
    story = normalize(parse(source.read_bytes(), max_bytes=MAX))
    again, details = normalize_explained(to_raw(story))
    assert again == story.model_copy(update={"rule_hits": []})
    assert details == []


# --- keeps the story: inject boilerplate into generated stories; exactly it must go -------

_WORDS = [
    "council",
    "port",
    "minister",
    "talks",
    "farmers",
    "rain",
    "prices",
    "union",
    "trains",
    "officials",
    "exports",
    "ferry",
    "budget",
    "court",
    "river",
    "harbour",
    "election",
    "schools",
    "bank",
    "workers",
    "mayor",
    "villages",
    "engineers",
]
_VERBS = [
    "said",
    "voted",
    "agreed",
    "warned",
    "reported",
    "opened",
    "raised",
    "approved",
    "delayed",
    "announced",
]
_TAIL = [
    "on Monday",
    "after the meeting",
    "by a wide margin",
    "for the third time",
    "in the capital",
]


@st.composite
def sentences(draw: st.DrawFn) -> str:
    subject = draw(st.sampled_from(_WORDS))
    verb = draw(st.sampled_from(_VERBS))
    obj = " ".join(draw(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=6)))
    tail = draw(st.sampled_from(_TAIL))
    number = draw(st.integers(0, 5000))
    return f"The {subject} {verb} {number} {obj} {tail}."


paragraphs = st.lists(sentences(), min_size=1, max_size=3).map(" ".join)

# Boilerplate a republisher adds inside or after the story, one block per list entry.
_INSIDE = [
    ["Advertisement"],
    ["Story continues below advertisement"],
    ["Also Read | Port Strike Enters Second Week"],
    ["ALSO READ: Rail Fares To Rise In May"],
    ["A man walks past the harbour in Lima, May 2, 2024. REUTERS/Ana Cruz"],
    ["Farmers rest near a field. (AP Photo/Raj Singh)"],
    ["Representative image"],
    ["Image Credit: Shutterstock"],
    ["Share this article"],
    ["Facebook Twitter WhatsApp Email"],
    ["Sign up for our morning newsletter"],
    ["tagreuters.com2024binary_LYNXMPEK2B0AB-VIEWIMAGE"],
    ["Updated: Mar 03, 2024 14:32 IST"],
]
_AFTER = [
    ["(With inputs from agencies.)"],
    ["(With inputs from PTI)"],
    ["(ANI)"],
    ["Reuters"],
    ["(Reporting by Jane Roe in Lima; Editing by Tom Bay)"],
    ["($1 = 0.9240 euros)"],
    ["(end)"],
    ["Copyright 2024 The Associated Press. All rights reserved."],
    ["(This story is auto-generated from a syndicated feed.)"],
    ["ALSO READ", "Fishermen Protest New Quotas", "Will the Ceasefire Hold?"],
    ["Related Stories", "Central Bank Holds Rates", "Museum Returns Bronze Statues"],
    ["READ MORE ON: Ports, Strikes, Portugal"],
    ["Support independent journalism. Donate now."],
]


@st.composite
def wrapped_stories(draw: st.DrawFn) -> tuple[list[str], str]:
    story = draw(st.lists(paragraphs, min_size=1, max_size=6))
    lines: list[str] = []
    for paragraph in story:
        lines.append(paragraph)
        if draw(st.booleans()):
            lines += draw(st.sampled_from(_INSIDE))
    for block in draw(st.lists(st.sampled_from(_AFTER), max_size=3)):
        lines += block
    separator = draw(st.sampled_from(["\n", "\n\n"]))
    return story, separator.join(lines)


@settings(max_examples=400)
@given(wrapped_stories(), st.booleans())
def test_exactly_the_injected_boilerplate_goes(wrapped: tuple[list[str], str], html: bool) -> None:
    """Every generated sentence survives, in order; every injected boilerplate line is gone."""
    story, body = wrapped
    if html:
        body = "".join(f"<p>{line}</p>" for line in body.split("\n") if line)
    clean = normalize(RawStory(headline="Council votes on harbour", body=body, body_is_html=html))
    assert clean.paragraphs == story


def _adversarial() -> dict[str, str]:
    mb = 1 << 20
    return {
        "punctuation": "!?.,;:-" * (mb // 7),
        "nested_tags": "<div><span><b>" * (mb // 15),
        "unclosed_quotes": ('"' + "a " * 50) * (mb // 101),
        "open_brackets": "(" * mb,
        "entities": "&amp;" * (mb // 5),
        "mojibake": "\u00c3\u00a9" * (mb // 2),
        "long_line_words": "word " * (mb // 5),
        "also_read_lines": "ALSO READ\n" * (mb // 10),
        "tags_no_close": "<p" * (mb // 2),
    }


@pytest.mark.timeout(30)
@pytest.mark.parametrize(("name", "body"), list(_adversarial().items()))
def test_adversarial_megabyte_completes(name: str, body: str) -> None:
    """1 MB adversarial inputs finish (a backtracking regex would hang past the timeout).

    This is a hang guard, not a speed assertion; bench/bench_normalize.py measures the time.
    """
    for is_html in (False, True):
        with contextlib.suppress(RejectError):
            normalize(RawStory(headline="H", body=body, body_is_html=is_html))
    data = json.dumps({"title": "H", "body": body}).encode()
    _normalize_bytes(data)
