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

U32 = npt.NDArray[np.uint32]

_WORD = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*")
_FACT = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+(?:['\u2019][^\W_]+)*")
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
_STOP_WORDS = """said says told say added ago all amid been being could made make percent
    million billion year years week weeks day days time people would there"""
COMMON = frozenset(_COMMON_WORDS.split())
STOP = COMMON | frozenset(_STOP_WORDS.split())


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

    A capitalised word opening a sentence ("Torrential rain ...") counts as a name only
    when the same word is also capitalised inside a sentence, or the next word is
    capitalised too ("Rafael Rinaldi said ...").
    """
    tokens = [(m.group(0), m.start()) for m in _FACT.finditer(text)]
    inside = {tok for tok, at in tokens if tok[0].isupper() and not _sentence_start(text, at)}
    out: list[int] = []
    seen: set[int] = set()
    for i, (token, at) in enumerate(tokens):
        if token[0].isdigit():
            value = (stable_hash("#" + norm_number(token)) << 1 | 1) & 0xFFFFFFFF
        elif token[0].isupper():
            name = _POSSESSIVE.sub("", token)
            if name.casefold() in COMMON or len(name) < 2:
                continue
            if token not in inside and _sentence_start(text, at):
                following = tokens[i + 1][0] if i + 1 < len(tokens) else ""
                if not following[:1].isupper():
                    continue
            value = (stable_hash(name.casefold()) << 1) & 0xFFFFFFFF
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
