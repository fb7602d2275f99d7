"""Datelines (``LONDON, March 3 (Reuters) -``) and agency names.

A dateline is the opening of the first paragraph: a place, optionally a date, an agency in
parentheses, then a separator. We find it with string operations over the first 160
characters only, so the cost is constant per story.
"""

from __future__ import annotations

import re

from service.core.models import Dateline

# Canonical agency name <- casefolded spellings seen in datelines and trailers.
AGENCIES: dict[str, str] = {
    "reuters": "Reuters",
    "thomson reuters": "Reuters",
    "afp": "AFP",
    "agence france-presse": "AFP",
    "agence france presse": "AFP",
    "ap": "AP",
    "associated press": "AP",
    "the associated press": "AP",
    "ani": "ANI",
    "pti": "PTI",
    "ians": "IANS",
    "uni": "UNI",
    "xinhua": "Xinhua",
    "yonhap": "Yonhap",
    "kyodo": "Kyodo",
    "dpa": "dpa",
    "efe": "EFE",
    "ansa": "ANSA",
    "tass": "TASS",
    "bloomberg": "Bloomberg",
    "upi": "UPI",
    "wam": "WAM",
    "bernama": "Bernama",
    "anadolu": "Anadolu",
    "aa": "Anadolu",
    "agencies": "agencies",
    "wires": "agencies",
}

_HEAD = 160
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?"  # March, Feb.
# "March 3", "3 March", "March 3, 2024", "Mar. 3". Bounded repetitions only.
_DATE = re.compile(
    rf"(?:{_MONTH} \d{{1,2}}|\d{{1,2}} {_MONTH})(?:,? \d{{4}})?",
    re.IGNORECASE,
)
_SEPARATORS = (" - ", " -- ", " \u2013 ", " \u2014 ", ": ", " : ", " ")


def agency_name(text: str) -> str | None:
    """Canonical agency for ``text`` ("Reuters", "the Associated Press"), else None."""
    return AGENCIES.get(" ".join(text.split()).casefold().strip(" .,"))


def find_dateline(paragraph: str) -> Dateline | None:
    """The dateline opening ``paragraph``, or None. Never modifies the text."""
    head = paragraph[:_HEAD]
    open_ = head.find("(")
    close = head.find(")", open_ + 1)
    if open_ < 2 or close < 0:
        return None
    agency = agency_name(head[open_ + 1 : close])
    if agency is None:
        return None
    prefix = head[:open_].rstrip()
    rest = head[close + 1 :]
    sep = next((s for s in _SEPARATORS if rest.startswith(s)), None)
    if sep is None and rest[:1] not in ("-", "\u2013", "\u2014", ":"):
        return None
    place, date = _place_and_date(prefix)
    if place is None:
        return None
    end = close + 1 + len((sep or rest[:1]).rstrip())
    return Dateline(place=place, date=date, agency=agency, text=head[:end].strip())


def _place_and_date(prefix: str) -> tuple[str | None, str | None]:
    """``"LONDON, March 3"`` -> (``"LONDON"``, ``"March 3"``); place must look like one."""
    place, _, date = prefix.partition(",")
    place, date = place.strip(), date.strip()
    if date and not _DATE.fullmatch(date):
        # "Dubai [UAE], March 4" has the date after the last comma.
        place, _, date = prefix.rpartition(",")
        place, date = place.strip(), date.strip()
        if not _DATE.fullmatch(date):
            return None, None
    if not _looks_like_place(place):
        return None, None
    return place, date or None


def _looks_like_place(text: str) -> bool:
    words = text.split()
    if not words or len(words) > 6 or len(text) > 60:
        return False
    if not text[0].isupper() or any(c in text for c in "!?;\"'"):
        return False
    return all(w[0].isupper() or w[0] in "[(" or (w.islower() and len(w) <= 3) for w in words)
