"""Text repair: mojibake, entities, Unicode form, quotes and dashes, spaces, glued sentences.

Every pass is a single scan (``str.translate`` or a regex without nested quantifiers), so the
whole repair is linear in the input. Each pass that changes the text logs a named hit.

Mojibake is repaired with ftfy (chosen because its badness heuristic and cp1252/Latin-1
decoding plans are the best-tested open implementation; writing our own would re-learn its
false positives). ftfy is costly per character, so we only hand it lines that contain a
tell-tale pair of mojibake characters. ftfy does not know GBK, so UTF-8 read as GBK
(``It鈥檚``) is repaired here, only in lines that are mostly Latin script.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable

import ftfy
import ftfy.bad_codecs  # registers the "sloppy-windows-1252" codec used below
from ftfy.chardata import LIGATURES

Hit = Callable[[str, str], None]
"""Callback ``hit(rule, detail)`` that records a change."""

_FTFY = ftfy.TextFixerConfig(unescape_html=False, uncurl_quotes=False, explain=False)
_LONG_LINE = 20_000  # ftfy cost per line is superlinear-ish in practice; chunk longer lines

_LINE_BREAKS = re.compile(r"\r\n?|[\u2028\u2029\x0b\x0c\x85]")
_BREAK_HINT = re.compile(r"[\r\u2028\u2029\x0b\x0c\x85]")
# C0 controls except tab and newline; DEL. C1 controls are handled after mojibake repair.
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_C1 = re.compile(r"[\x80-\x9f]")
# A lead byte of UTF-8 (as Latin-1/cp1252) followed by a continuation byte: ftfy candidates.
_MOJIBAKE_PAIR = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192"
    "\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
)
# Runs of Han/Hangul/private-use characters: where UTF-8 bytes read as GBK end up.
_CJK_RUN = re.compile("[\u3000-\u9fff\uac00-\ud7af\ue000-\uf8ff\uf900-\ufaff]+")
_CJK = re.compile("[\u3000-\u9fff\uac00-\ud7af\uf900-\ufaff]")
# Entities: first collapse chains of escaped ampersands, then decode once. Both single scans.
_AMP_CHAIN = re.compile(r"&(?:amp;|#0*38;|#[xX]0*26;)+")
_ENTITY = re.compile(r"&(?:#[0-9]{1,8}|#[xX][0-9a-fA-F]{1,8}|[A-Za-z][A-Za-z0-9]{1,31});")
_GLUED = re.compile(r"([a-z]{2}[.!?])([A-Z][a-z])")
_GLUED_HINT = re.compile(r"[.!?][A-Z]")  # cheap pre-check for _GLUED
_SPACES = re.compile(r"[ \t]+")
_BLANKS = re.compile(r"\n{3,}")

_PUNCT: dict[int, str | None] = {
    ord(k): v
    for k, v in {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2212": "-",
        "\u2015": "\u2014",
    }.items()
}
# Fullwidth Latin letters and digits only: fullwidth punctuation is correct in CJK text.
_WIDTH: dict[int, str | None] = {
    c: chr(c - 0xFEE0)
    for c in [*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B)]
}
_SPACE_LIKE: dict[int, str | None] = str.maketrans(
    dict.fromkeys(
        ["\u00a0", "\u1680", "\u202f", "\u205f", "\u3000", *map(chr, range(0x2000, 0x200B))], " "
    )
    | dict.fromkeys(["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"], None)
)
_FOLD = {**LIGATURES, **_WIDTH, **_PUNCT, **_SPACE_LIKE}
_FOLD_KINDS = (
    ("unicode_form", re.compile("[" + "".join(map(chr, {**LIGATURES, **_WIDTH})) + "]")),
    ("quotes_dashes", re.compile("[" + re.escape("".join(map(chr, _PUNCT))) + "]")),
    ("special_spaces", re.compile("[" + "".join(map(chr, _SPACE_LIKE)) + "]")),
)


def repair(text: str, hit: Hit) -> str:
    """Repair ``text``; paragraphs (blank-line separated) and line breaks are preserved."""
    if _BREAK_HINT.search(text):
        text = _LINE_BREAKS.sub("\n", text)
    out = _sub(_CONTROLS, "", text)
    if out != text:
        hit("control_chars", "")
    text = decode_entities(out, hit)
    # To a fixed point (bounded): entities and repaired bytes can decode to line breaks,
    # and one repair can expose another layer; a second normalize must find nothing left.
    for _ in range(4):
        before = text
        if _BREAK_HINT.search(text):
            text = _LINE_BREAKS.sub("\n", text)
        if not text.isascii():
            text = _fold(_fix_gbk(_fix_mojibake(text, hit), hit), hit)
        if text == before:
            break
    out = _GLUED.sub(r"\1 \2", text) if _GLUED_HINT.search(text) else text
    if out != text:
        hit("glued_words", "")
    return _tidy(out, hit)


def repair_line(text: str, hit: Hit) -> str:
    """Repair a one-line field (headline, byline): line breaks become spaces."""
    return " ".join(repair(text, hit).split())


def decode_entities(text: str, hit: Hit) -> str:
    """Decode HTML entities once; ``&amp;amp;lt;`` chains collapse first so the result is stable."""
    if "&" not in text:
        return text
    out = _AMP_CHAIN.sub("&", text)
    out = _ENTITY.sub(lambda m: html.unescape(m.group(0)), out)
    if out != text:
        hit("html_entities", "")
        out = _sub(_CONTROLS, "", out)
    return out


def _fix_mojibake(text: str, hit: Hit) -> str:
    if not _MOJIBAKE_PAIR.search(text) and not _C1.search(text):
        return text
    lines = text.split("\n")
    changed = False
    for i, line in enumerate(lines):
        if not (_MOJIBAKE_PAIR.search(line) or _C1.search(line)):
            continue
        fixed = line
        for _ in range(4):  # to a fixed point: removing C1 can expose another layer
            again = _sub(_CONTROLS, "", _sub(_C1, "", _fix_line(fixed)))
            if again == fixed:
                break
            fixed = again
        if fixed != line:
            lines[i] = fixed
            changed = True
    if changed:
        hit("mojibake", "utf-8 read as latin-1/cp1252")
    return "\n".join(lines)


def _fix_line(line: str) -> str:
    """Whole-line re-decoding first (C speed, the usual case: one wrong decoder applied to
    the line, possibly twice); ftfy's per-sequence repair for mixed lines."""
    for _ in range(3):
        for codec in ("sloppy-windows-1252", "latin-1"):
            try:
                fixed = line.encode(codec).decode("utf-8")
            except UnicodeError:
                continue
            if fixed != line:
                line = fixed
                break
        else:
            break
        if not (_MOJIBAKE_PAIR.search(line) or _C1.search(line)):
            return line
    return "".join(ftfy.fix_encoding(part, _FTFY) for part in _chunks(line))


def _chunks(line: str) -> list[str]:
    """Split a very long line at spaces so ftfy sees bounded pieces."""
    if len(line) <= _LONG_LINE:
        return [line]
    parts: list[str] = []
    start = 0
    while start < len(line):
        end = min(start + _LONG_LINE, len(line))
        if end < len(line):
            cut = line.rfind(" ", start, end)
            end = cut + 1 if cut > start else end
        parts.append(line[start:end])
        start = end
    return parts


def _fix_gbk(text: str, hit: Hit) -> str:
    if not _CJK.search(text):
        return text
    lines = text.split("\n")
    changed = False
    for i, line in enumerate(lines):
        letters = sum(1 for c in line if c.isalpha())
        ascii_letters = sum(1 for c in line if c.isascii() and c.isalpha())
        if not _CJK.search(line) or ascii_letters * 2 < letters:
            continue  # real CJK text: leave it alone
        fixed = _CJK_RUN.sub(_gbk_run, line)
        if fixed != line:
            lines[i] = fixed
            changed = True
    if changed:
        hit("mojibake", "utf-8 read as gbk")
    return "\n".join(lines)


def _gbk_run(match: re.Match[str]) -> str:
    run = match.group(0)
    try:
        fixed = run.encode("gbk").decode("utf-8")
    except UnicodeError:
        return run
    return run if _CJK.search(fixed) else fixed


def _fold(text: str, hit: Hit) -> str:
    """Unicode NFC, curly quotes straight, dash variants, ligatures, fullwidth, spaces.

    One ``translate`` pass with a merged table; which kinds changed is found with cheap
    character-class searches on the input, so each kind is still reported by name.
    """
    for rule, pattern in _FOLD_KINDS:
        if pattern.search(text):
            hit(rule, "")
    out = text.translate(_FOLD)
    if not unicodedata.is_normalized("NFC", out):
        hit("unicode_form", "")
        out = unicodedata.normalize("NFC", out)
    return out


def _tidy(text: str, hit: Hit) -> str:
    lines = [
        (_SPACES.sub(" ", line) if "  " in line or "\t" in line else line).strip()
        for line in text.split("\n")
    ]
    out = _BLANKS.sub("\n\n", "\n".join(lines)).strip()
    if out != text:
        hit("whitespace", "")
    return out


def _sub(pattern: re.Pattern[str], repl: str, text: str) -> str:
    return pattern.sub(repl, text) if pattern.search(text) else text
