"""Text features for similarity: tokens, facts (names and numbers, in order), quotes, stems.

Everything is hashed to stable 32-bit values (CRC-32, not Python's salted ``hash``), so
fingerprints written to the changelog mean the same after a restart.

A *fact* is a number (``3,000`` and ``3000`` are one fact) or a capitalised word that is
not a common English word; rewrites change the words around them but keep them, and in
the same order. Numbers are tagged in the lowest bit (1 = number) so one array holds both.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable

import numpy as np
import numpy.typing as npt

from service.core import sim_alias

U32 = npt.NDArray[np.uint32]

_WORD = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*")
_FACT = re.compile(
    rf"{sim_alias.ALIAS_PATTERN}|{sim_alias.NUMBER_PATTERN}|{sim_alias.WORDS_PATTERN}"
    r"|(?P<word>[^\W\d_]+(?:['\u2019][^\W_]+)*)",
    re.IGNORECASE,
)
"""Fact tokens, first match wins: an alias (country, demonym, capital, abbreviation), a
number with its scale, a run of number words, else a word."""
_QUOTE = re.compile(r"[\"“”«»]([^\"“”«»]{12,400})[\"“”«»]")
_POSSESSIVE = re.compile(r"['\u2019]s$")

# Capitalised at a sentence start or in a title, but not a name.
_COMMON_WORDS = """a about according across after afterwards again against all almost also although
    among an and another any are around as at back be because been before being below
    between both but by can could despite did do does down during each earlier either
    even every few for from further had has have he her here his how however i if in
    including into is it its just last late later least less like many may meanwhile
    more most much must near nearly new next no none nor not now of off officials on
    once one only or other our out over own per perhaps roughly same several she should
    since so some still such than that the their them then there these they this those
    though through throughout thus to today tomorrow too two under until up upon us very
    was we were what when where whether which while who whom whose why will with within
    without would yesterday yet you your monday tuesday wednesday thursday friday saturday
    sunday january february march april may june july august september october november
    december mr mrs ms dr reporting editing writing additional inputs agencies read also
    chief executive minister president governor judge analyst coach deputy foreign former
    prime police"""
# Titles and offices written capitalised before a name ("Energy Minister Lars Eide") and in
# lower case by a rewrite ("the energy minister"): not names.
_TITLE_WORDS = """ceo coo cfo cto chairman chairwoman defence defense trade energy finance
    interior health transport infrastructure business secretary commissioner spokesman
    spokeswoman spokesperson mayor premier general ambassador director operating financial
    medical officer industry economy shipping environment competition mission head
    attorney lawyer council senior vice acting opposition union chief"""
_STOP_WORDS = """said says told say added ago all amid been being could made make percent
    million billion year years week weeks day days time people would there"""
COMMON = frozenset(_COMMON_WORDS.split())
STOP = COMMON | frozenset(_STOP_WORDS.split())
NOT_NAMES = COMMON | frozenset(_TITLE_WORDS.split())


MASK = 0xFFFFFFFF


def stable_hash(token: str) -> int:
    return zlib.crc32(token.encode("utf-8"))


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def norm_number(token: str) -> str:
    """``3,000`` -> ``3000``; ``6.09`` stays."""
    return token.replace(",", "")


def _sentence_start(text: str, at: int) -> bool:
    """Whether position ``at`` opens a sentence (or a line, or a quotation)."""
    i = at - 1
    while i >= 0 and text[i] in " \t\"'(\u201c\u2018":
        i -= 1
    return i < 0 or text[i] in ".!?:;\n-\u2014"


def facts(text: str, limit: int = 64) -> list[int]:
    """Hashes of names and numbers in order of first appearance (number bit set).

    Surface forms of one entity ("U.S.", "United States", "American", "Washington") are one
    fact, as are "3,000", "3k" and "three thousand" (:mod:`sim_alias`). A capitalised word
    opening a sentence ("Torrential rain ...") counts as a name only when the same word is
    also capitalised inside a sentence, or the next word is capitalised too ("Rafael
    Rinaldi said ...").
    """
    matches = list(_FACT.finditer(text))
    inside = {
        m.group(0)
        for m in matches
        if m.lastgroup == "word"
        and m.group(0)[0].isupper()
        and not _sentence_start(text, m.start())
    }
    out: list[int] = []
    seen: set[int] = set()
    for i, match in enumerate(matches):
        kind, token = match.lastgroup, match.group(0)
        if kind == "alias":
            value = (stable_hash("=" + sim_alias.canonical(match.group("alias"))) << 1) & MASK
        elif kind == "num":
            value = (stable_hash("#" + sim_alias.number_value(token)) << 1 | 1) & MASK
        elif kind == "words":
            number = sim_alias.words_value(token)
            if number is None:
                continue
            value = (stable_hash("#" + number) << 1 | 1) & MASK
        elif token[0].isupper():
            name = _POSSESSIVE.sub("", token)
            if name.casefold() in NOT_NAMES or len(name) < 2:
                continue
            if token not in inside and _sentence_start(text, match.start()):
                following = matches[i + 1].group(0) if i + 1 < len(matches) else ""
                if not following[:1].isupper():
                    continue
            value = (stable_hash(name.casefold()) << 1) & MASK
        else:
            continue
        if value not in seen:
            seen.add(value)
            out.append(value)
            if len(out) >= limit:
                break
    return out


def stems(text: str, limit: int = 128) -> list[int]:
    """Sorted hashes of content-word stems (first five letters of words not in STOP)."""
    out: set[int] = set()
    for word in words(text.casefold()):
        if len(word) < 4 or word in STOP or word[0].isdigit():
            continue
        out.add(stable_hash(word[:5]))
        if len(out) >= limit:
            break
    return sorted(out)


def quotes(text: str, limit: int = 6) -> list[int]:
    """Hashes of quoted passages (case and punctuation folded)."""
    out: list[int] = []
    for match in _QUOTE.finditer(text):
        folded = " ".join(words(match.group(1).casefold()))
        if folded.count(" ") >= 3:
            out.append(stable_hash(folded))
            if len(out) >= limit:
                break
    return sorted(set(out))


def headline_terms(headline: str, limit: int = 24) -> list[int]:
    return sorted({stable_hash(w) for w in words(headline.casefold()) if w not in STOP})[:limit]


def token_hashes(tokens: Iterable[str]) -> npt.NDArray[np.uint64]:
    return np.fromiter((stable_hash(t) for t in tokens), dtype=np.uint64)
