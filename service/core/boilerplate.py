"""Syndication boilerplate: named, line-based rules.

A wire story reaches us wrapped in the trailers, promos and page chrome of whoever
republished it. Each rule here recognises one kind of wrapper by looking at a whole line
(``fullmatch`` of a bounded pattern, or a phrase search in a short line), so a rule cannot
eat into a real paragraph, and every regex runs in linear time (no nested quantifiers
over overlapping classes; every repeat is bounded). Removed lines are reported as hits
``(rule, line)``; credited agencies are collected on the way.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from service.core.dateline import agency_name
from service.core.text import Hit, repair_line

_I = re.IGNORECASE
_SHORT = 250  # phrase rules only look at lines at most this long

# --- "ALSO READ" blocks ---------------------------------------------------------------
_LIST_HEADER = re.compile(
    r"(?:also read|read also|read more(?: on| about| from)?|more from [\w ]{1,40}|also see|"
    r"see also|also watch|related(?: stories| news| articles| coverage)?|more on this|"
    r"you (?:may|might) also like|recommended(?: stories)?|trending(?: now)?|most read|"
    r"top stories|must read|don't miss|more stories)"
    r"(?P<sep>\s{0,3}[:|>\u00bb\u2014\u2013-]{1,3})?\s{0,3}(?P<rest>.{0,400})",
    _I,
)
_MAX_LIST = 12  # an ALSO READ list never has more headlines than this
_MAX_TAILS = 20  # credits glued to one last line, at most
_TAIL_WINDOW = 160


def _list_header(line: str) -> str | None:
    """``"header"`` (list follows), ``"inline"`` (one linked headline) or None."""
    m = _LIST_HEADER.fullmatch(line)
    if m is None:
        return None
    rest = m.group("rest").strip()
    if not rest:
        return "header"
    # "Read more about the plan here." is a sentence; "Also Read | Headline" is a link.
    return "inline" if m.group("sep") and _headline_like(rest) else None


def _headline_like(line: str) -> bool:
    if not line or len(line) > 160 or len(line.split()) > 25:
        return False
    return not line.endswith((".", '."', ".'", ":", ";", ","))


# --- trailers and credits ------------------------------------------------------------
_WITH_INPUTS = re.compile(
    r"[(\[]?\s{0,3}with (?:additional )?inputs? from (?P<who>[^()\[\]]{1,100})[)\]]?\s{0,3}\.?",
    _I,
)
_PAREN_AGENCY = re.compile(r"[(\[]\s{0,3}(?P<who>[A-Za-z][A-Za-z .&'-]{0,40})[)\]]\.?")
_DASH_AGENCY = re.compile(
    r"(?:[-\u2013\u2014]{1,3}|source:|courtesy:?|via)\s{0,3}(?P<who>.{1,40})", _I
)
_INLINE_TAIL = re.compile(
    r"\s{0,3}(?:[(\[](?P<p>[A-Za-z .]{2,30})[)\]]|[-\u2013\u2014]{1,2}\s?(?P<d>[A-Z]{2,6}))\.?$"
)
_TAIL_INPUTS = re.compile(r"\s{0,3}\(with (?:additional )?inputs? from [^()]{1,100}\)\.?$", _I)
_REPORTING = re.compile(
    r"\(\s{0,3}(?:additional |compiled and )?(?:reporting|writing|editing|compiled|research|"
    r"graphics|edited)\b[^()]{1,400}\)\.?",
    _I,
)
_REPORTING_BARE = re.compile(r"(?:additional )?reporting by [^()]{1,400}", _I)
_END_CODE = re.compile(r"[\s(\[/*#-]{0,5}(?:ends?|-?30-?|###|# # #|xxx|nnnn)[\s)\]/*#.-]{0,5}", _I)
_CURRENCY = re.compile(r"\(\s{0,3}[^()=]{1,30}=\s{0,3}[^()=]{1,60}\)\.?")
_CURRENCY_WORD = re.compile(
    r"[$\u20ac\u00a3\u00a5\u20b9]|\b(?:dollars?|euros?|yuan|rupees?|yen|pounds?|won|roubles?|"
    r"rubles?|reais|real|pesos?|lira|francs?|riyals?|dirhams?|ringgit|baht|rand|naira|"
    r"shekels?|crowns?|kronas?|kronor|zlotys?|rupiah|dong|hryvnias?)\b",
    _I,
)

# --- captions and credits of photos --------------------------------------------------
_CAPTION = re.compile(
    r"\b(?:REUTERS|Reuters)/[A-Z]|\((?:AP|AFP|Reuters|PTI|ANI|IANS|EPA|Xinhua) ?Photo\b|"
    r"\(Photo(?:graph)?\s?(?:credit)?\s?:\s?[^()]{1,60}\)|\bvia Getty Images\b|"
    r"\bGetty Images$|\b(?:AFP|EPA|Xinhua)/[A-Z]|^FILE PHOTO:|(?i:^(?:Photo|Image|Picture)"
    r"(?: credit| source)?\s?:|^(?:Representative|Representational)(?: image| photo| picture)|"
    r"^File (?:photo|image)\b|^(?:Photo|Image) (?:by|credit|courtesy)\b)",
)

# --- bylines ---------------------------------------------------------------------------
_BYLINE_LEAD = re.compile(r"(?:by|written by|story by|words by)\s(?P<who>.{2,100})", _I)
_BYLINE_JOIN = frozenset({"and", "&", "in", "|", "-", "\u2013", "\u2014", "de", "van", "von"})

# --- promos, ads, page chrome, copyright, timestamps ------------------------------------
_PROMO = re.compile(
    r"sign up (?:for|to)\b|subscribe (?:to our|now|for|here|today)\b|our newsletter|"
    r"support (?:our|independent|quality) journalism|donate (?:now|today)|make a donation|"
    r"become a (?:member|subscriber|supporter)|click here\b|follow us on\b|"
    r"join our (?:whatsapp|telegram)|whatsapp channel|download (?:the|our) app|"
    r"delivered to your inbox|in your inbox|catch all the latest|for the latest news|"
    r"get the latest news|get breaking news|stay updated with|unlock unlimited",
    _I,
)
_ADVERT = re.compile(
    r"[-\s*]{0,5}(?:advertisements?|sponsored(?: content)?|promoted|paid content|ad|"
    r"(?:story|article) continues (?:below|after)(?: (?:this )?(?:advertisement|ad))?|"
    r"scroll to continue(?: with content)?|continue reading(?: below)?|skip advertisement)"
    r"[-\s*.]{0,5}",
    _I,
)
_CHROME = re.compile(
    r"(?:share(?: this| the)?(?: article| story| post)?(?: on \w{1,20})?|tweet|email|print|"
    r"copy link|link copied|\d{0,6} ?comments?|listen(?: to this article)?(?: \d{1,3}:\d\d)?|"
    r"\d{1,3} min(?:ute)?s? read|font size|a a a|save|bookmark|follow|subscribe|login|"
    r"sign in|log in|menu|home|close|back to top|accept(?: all)?(?: cookies)?|reject all|"
    r"manage (?:preferences|cookies|consent))[\s.:|]{0,3}",
    _I,
)
_SOCIAL = frozenset(
    [
        "facebook",
        "twitter",
        "x",
        "whatsapp",
        "linkedin",
        "email",
        "telegram",
        "reddit",
        "pinterest",
        "print",
        "copy",
        "link",
        "share",
        "messenger",
        "mail",
    ]
)
_COOKIES = re.compile(r"\bcookies?\b.{0,200}\b(?:accept|consent|agree|privacy)|we use cookies", _I)
_COPYRIGHT = re.compile(
    r"\u00a9|^\(c\)\s|^copyright\s{1,3}(?:\(c\)\s{1,3})?\d{4}|\ball rights reserved\b|"
    r"\bmay not be (?:published|reproduced|redistributed|rewritten)",
    _I,
)
_REPUBLISH = re.compile(
    r"has not been edited by|from a syndicated feed|auto-generated from|^\(?disclaimer\s?:|"
    r"only the headline (?:of this report )?(?:may have|has) been|published from a wire",
    _I,
)
_STAMP_LEAD = re.compile(
    r"(?:last )?(?:updated|published|first published|posted|modified)(?: on| at)?\s{0,3}[:|-]?\s",
    _I,
)
_STAMP_WORD = re.compile(
    r"\d{1,4}(?:[:.,/-]\d{1,4}){0,3}[:.,/-]?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}"
    r"\.?,?|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?|[ap]\.?m\.?|ist|gmt|utc|[ecmp][sd]?t|"
    r"bst|cet|cest|jst|kst|hkt|sgt|aest|edt|est|\||-|on|at|ago|hours?|mins?|minutes?",
    _I,
)
_INLINE_JUNK = re.compile(
    r"tagreuters\.com\S{0,200}|,? ?opens new tab\b|\[n[A-Z0-9]{6,20}\]|"
    r" ?\((?:\.[A-Z0-9]{2,8}|[A-Z0-9]{1,8}\.[A-Z]{1,3})\)|<[A-Z0-9]{1,8}\.[A-Z]{1,3}>",
)


@dataclass(slots=True)
class Cleaned:
    lines: list[tuple[int, str]]
    """Kept ``(block, line)`` pairs: the block index keeps paragraph grouping."""
    agencies: list[str] = field(default_factory=list)
    byline: str | None = None


def strip_boilerplate(blocks: list[list[str]], hit: Hit) -> Cleaned:
    """Drop boilerplate lines from ``blocks`` (lists of lines), report each as a hit."""
    out = Cleaned([])
    flat = [(b, line) for b, block in enumerate(blocks) for line in block]
    in_list = 0  # headlines still allowed in an open ALSO READ list
    for pos, (b, raw_line) in enumerate(flat):
        line = _strip_junk(raw_line, hit)
        if not line:
            continue
        rule = _line_rule(line, pos, out)
        if rule is None and in_list and _headline_like(line):
            hit("also_read", line)
            in_list -= 1
            continue
        in_list = 0
        if rule == "also_read_header":
            in_list = _MAX_LIST
            hit("also_read", line)
        elif rule is not None:
            hit(rule, line)
        else:
            out.lines.append((b, line))
    _strip_tail(out, hit)
    return out


def _line_rule(line: str, pos: int, out: Cleaned) -> str | None:
    """Name of the rule that removes ``line``, or None to keep it."""
    low = line.casefold()
    if low.startswith(_LIST_PREFIXES) and (kind := _list_header(line)) is not None:
        return "also_read_header" if kind == "header" else "also_read"
    if len(line) <= 140 and (credited := _trailer_agencies(line)) is not None:
        _credit(out, credited)
        return "agency_trailer"
    present = set(_GATE.findall(low)) if len(line) <= 600 else set()
    for rule in LINE_RULES:
        if (
            len(line) <= rule.max_len
            and (rule.keywords is None or not present.isdisjoint(rule.keywords))
            and rule.test(line)
        ):
            return rule.name
    # Bylines head the story: any byline line before the first kept line goes.
    if not out.lines and (who := _byline(line)) is not None:
        out.byline = out.byline or who
        if (agency := agency_name(who)) is not None:
            _credit(out, [agency])
        return "byline"
    return None


def _trailer_agencies(line: str) -> list[str] | None:
    """Agencies a trailer line credits ("(ANI)", "(With inputs from PTI)", "Reuters")."""
    if (m := _WITH_INPUTS.fullmatch(line)) is not None:
        names = re.split(r",|&|\band\b", m.group("who"), flags=_I)
        return [a for n in names if (a := agency_name(n)) is not None]
    for pattern in (_PAREN_AGENCY, _DASH_AGENCY):
        if (m := pattern.fullmatch(line)) is not None and (a := agency_name(m.group("who"))):
            return [a]
    if len(line) <= 40 and (a := agency_name(line)) is not None:
        return [a]
    # PTI/UNI style: the agency, then desk and editor initials ("PTI SK RT").
    words = line.split()
    if (
        2 <= len(words) <= 6
        and (a := agency_name(words[0])) is not None
        and all(w.isalpha() and w.isupper() and len(w) <= 4 for w in words[1:])
    ):
        return [a]
    return None


def _byline(line: str) -> str | None:
    m = _BYLINE_LEAD.fullmatch(line)
    if m is None or (line.endswith(".") and not line.endswith(("Jr.", "Sr."))):
        return None
    who = m.group("who").strip()
    words = who.replace(",", " , ").split()
    if len(words) > 14:
        return None
    ok = all(w[0].isupper() or w == "," or w.lower() in _BYLINE_JOIN for w in words)
    return who if ok else None


def _is_timestamp(line: str) -> bool:
    m = _STAMP_LEAD.match(line)
    rest = line[m.end() :] if m else line
    words = rest.split()
    return (
        bool(words)
        and (m is not None or len(words) >= 3)
        and all(_STAMP_WORD.fullmatch(w) for w in words)
    )


def _social(line: str) -> bool:
    words = line.lower().replace("|", " ").split()
    return 0 < len(words) <= 12 and all(w.strip(".,:") in _SOCIAL for w in words)


def _currency(line: str) -> bool:
    return _CURRENCY.fullmatch(line) is not None and _CURRENCY_WORD.search(line) is not None


def _reporting(line: str) -> bool:
    if _REPORTING.fullmatch(line):
        return True
    return _REPORTING_BARE.fullmatch(line) is not None and "editing by" in line.lower()


@dataclass(frozen=True, slots=True)
class LineRule:
    """A rule that removes whole lines. ``max_len`` and ``keywords`` (any of them must occur
    in the casefolded line) are cheap gates checked before the regex ``test`` runs."""

    name: str
    max_len: int
    keywords: tuple[str, ...] | None
    test: Callable[[str], bool]


LINE_RULES: tuple[LineRule, ...] = (
    LineRule("reporting_credit", 420, ("reporting", "writing", "editing", "compiled", "research",
             "graphics", "edited"), _reporting),
    LineRule("wire_end_code", 16, None, lambda line: _END_CODE.fullmatch(line) is not None),
    LineRule("currency_footnote", 100, ("=",), _currency),
    LineRule("photo_caption", 600, ("reuters/", "photo", "getty images", "afp/", "epa/",
             "xinhua/", "image", "picture", "representati", "file "),
             lambda line: _CAPTION.search(line) is not None),
    LineRule("advertisement", 80, ("advert", "sponsor", "promoted", "paid", "continue", "ad"),
             lambda line: _ADVERT.fullmatch(line) is not None),
    LineRule("page_chrome", 120, None,
             lambda line: _CHROME.fullmatch(line) is not None or _social(line)),
    LineRule("cookie_notice", _SHORT, ("cookie",), lambda line: _COOKIES.search(line) is not None),
    LineRule("promo", _SHORT, ("sign up", "subscribe", "newsletter", "journalism", "donat",
             "become a", "click here", "follow us", "whatsapp", "app", "inbox", "latest",
             "stay updated", "unlock", "breaking news"),
             lambda line: _PROMO.search(line) is not None),
    LineRule("copyright", _SHORT, ("\u00a9", "(c)", "copyright", "rights reserved", "may not be"),
             lambda line: _COPYRIGHT.search(line) is not None),
    LineRule("republish_notice", 600, ("edited by", "syndicated", "auto-generated", "disclaimer",
             "only the headline", "published from"),
             lambda line: _REPUBLISH.search(line) is not None),
    LineRule("timestamp", 100, ("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), _is_timestamp),
    LineRule("wire_artifact", 400, ("tagreuters",), lambda line: line.startswith("tagreuters")),
)  # fmt: skip
# One scan per line finds every gate keyword present (longest first, so "whatsapp" wins
# over "app": both gate the same rule); a rule's regex only runs when one of its own is there.
_GATE_KEYWORDS = sorted({k for r in LINE_RULES for k in r.keywords or ()}, key=len, reverse=True)
_GATE = re.compile("|".join(map(re.escape, _GATE_KEYWORDS)))
_LIST_PREFIXES = (
    "also", "read", "more", "see also", "related", "you may", "you might", "recommended",
    "trending", "most read", "top stories", "must read", "don't miss",
)  # fmt: skip


def _strip_junk(line: str, hit: Hit) -> str:
    """Inline wire artifacts (instrument codes, tagreuters tokens, "opens new tab")."""
    if not _INLINE_JUNK.search(line):
        return line
    fixed = line
    for _ in range(3):  # removing one can close up another: "(99(9984.T)84.T)"
        fixed = _INLINE_JUNK.sub("", fixed)
        if not _INLINE_JUNK.search(fixed):
            break
    hit("wire_artifact", line[:80])
    return repair_line(fixed, _ignore)  # re-tidy the spaces and sentences it joined


def _strip_tail(out: Cleaned, hit: Hit) -> None:
    """An agency credit glued to the end of the last line: ``... next week. (ANI)``."""
    for _ in range(_MAX_TAILS):
        if not out.lines:
            return
        b, line = out.lines[-1]
        start = max(0, len(line) - _TAIL_WINDOW)  # only the end of the line is searched
        m = _TAIL_INPUTS.search(line, start)
        credited: list[str] = []
        if m is not None:
            credited = _trailer_agencies(m.group(0).strip()) or []
        else:
            m = _INLINE_TAIL.search(line, start)
            if m is None or (a := agency_name(m.group("p") or m.group("d") or "")) is None:
                return
            credited = [a]
        hit("agency_trailer", m.group(0).strip())
        _credit(out, credited)
        kept = line[: m.start()].rstrip()
        rule = _line_rule(kept, len(out.lines), out) if kept else None
        if kept and rule is None:
            out.lines[-1] = (b, kept)
            continue
        if rule is not None:
            hit("also_read" if rule == "also_read_header" else rule, kept)
        out.lines.pop()


def _ignore(rule: str, detail: str) -> None:
    """A hit sink for re-tidying text whose change is already reported."""


def _credit(out: Cleaned, agencies: list[str]) -> None:
    for agency in agencies:
        if agency not in out.agencies:
            out.agencies.append(agency)
