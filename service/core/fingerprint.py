"""Story -> Fingerprints. The foundation uses the exact hash of the normalized body."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from service.core.models import Story

_NON_WORD = re.compile(r"\W+")


@dataclass(frozen=True, slots=True)
class Fingerprints:
    exact: str
    """Hash of the body with case, punctuation and spacing folded away."""


def fingerprint(story: Story) -> Fingerprints:
    folded = _NON_WORD.sub(" ", story.body_text.casefold()).strip()
    return Fingerprints(exact=hashlib.blake2b(folded.encode(), digest_size=16).hexdigest())
