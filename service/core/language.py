"""Language tags: normalise a declared tag (BCP 47 casing), or guess from stopwords.

The guess only covers the languages our feeds carry most and only answers when the
evidence is clear; an unsure guess is None, never a wrong tag.
"""

from __future__ import annotations

_NAMES = {
    "english": "en",
    "french": "fr",
    "german": "de",
    "spanish": "es",
    "italian": "it",
    "portuguese": "pt",
    "hindi": "hi",
}
_STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        [
            "the",
            "and",
            "of",
            "to",
            "in",
            "is",
            "that",
            "for",
            "was",
            "with",
            "on",
            "as",
            "by",
            "said",
            "it",
            "from",
            "has",
            "have",
        ]
    ),
    "fr": frozenset(
        [
            "le",
            "la",
            "les",
            "des",
            "et",
            "est",
            "une",
            "dans",
            "du",
            "pour",
            "que",
            "qui",
            "sur",
            "au",
            "avec",
            "il",
            "a",
            "été",
        ]
    ),
    "de": frozenset(
        [
            "der",
            "die",
            "das",
            "und",
            "ist",
            "nicht",
            "mit",
            "von",
            "den",
            "zu",
            "ein",
            "eine",
            "auf",
            "für",
            "sich",
            "im",
            "dem",
        ]
    ),
    "es": frozenset(
        [
            "el",
            "los",
            "las",
            "del",
            "que",
            "y",
            "en",
            "por",
            "con",
            "una",
            "para",
            "es",
            "se",
            "su",
            "al",
            "como",
            "más",
        ]
    ),
    "it": frozenset(
        [
            "il",
            "di",
            "che",
            "e",
            "la",
            "per",
            "un",
            "una",
            "sono",
            "della",
            "con",
            "non",
            "del",
            "gli",
            "nel",
            "alla",
        ]
    ),
    "pt": frozenset(
        [
            "o",
            "os",
            "as",
            "do",
            "da",
            "dos",
            "das",
            "que",
            "e",
            "em",
            "um",
            "uma",
            "para",
            "com",
            "não",
            "por",
            "ao",
            "foi",
        ]
    ),
}
_SAMPLE_WORDS = 300
_MIN_HITS = 5


def language_tag(value: str | None) -> str | None:
    """``"EN_us"`` -> ``"en-US"``; ``"English"`` -> ``"en"``; junk -> None."""
    if not value:
        return None
    value = value.strip().replace("_", "-")
    if value.casefold() in _NAMES:
        return _NAMES[value.casefold()]
    parts = value.split("-")
    if not (2 <= len(parts[0]) <= 3 and parts[0].isascii() and parts[0].isalpha()):
        return None
    tag = [parts[0].lower()]
    for part in parts[1:]:
        if not (part.isascii() and part.isalnum() and 1 <= len(part) <= 8):
            return None
        tag.append(part.upper() if len(part) == 2 else part.title() if len(part) == 4 else part)
    return "-".join(tag)


def guess_language(text: str) -> str | None:
    """Most likely language of ``text`` by stopword counts, or None when unsure."""
    words = text[: _SAMPLE_WORDS * 12].lower().split()[:_SAMPLE_WORDS]
    counts = {lang: sum(1 for w in words if w in stops) for lang, stops in _STOPWORDS.items()}
    best = max(counts, key=lambda lang: counts[lang])
    runner_up = max(v for lang, v in counts.items() if lang != best)
    if counts[best] < _MIN_HITS or counts[best] < 2 * runner_up:
        return None
    return best
