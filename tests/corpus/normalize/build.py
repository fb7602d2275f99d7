"""Write the normalizer corpus: each base story in four styles, with its expected result.

Run ``.venv/bin/python -m tests.corpus.normalize.build`` after changing ``stories.py``.
The expected clean result comes from the base story itself (what we wrote), never from
the normalizer, so the corpus test checks the normalizer against an independent truth.

Styles:
- ``agency``: the agency's own copy (ninjs 2, ninjs 1 or plain text) with its trailers;
- ``republished``: a verbatim copy inside a web page, with page chrome;
- ``aggregator``: a rewrite in the seed's layout, with an inputs trailer and ALSO READ list;
- ``broken``: agency copy whose text went through a wrong decoder (mojibake) or entities.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import ftfy.bad_codecs  # noqa: F401  (registers the sloppy-windows-1252 codec)

from tests.corpus.normalize.stories import OTHER_HEADLINES, STORIES, Base

HERE = Path(__file__).parent / "cases"

_AGENCY = {"AP": "AP", "ANI": "ANI", "PTI": "PTI", "IANS": "IANS", "dpa": "dpa"}
_SEPARATOR = {
    "Reuters": " - ",
    "AFP": " - ",
    "dpa": " - ",
    "AP": " \u2014 ",
    "ANI": ": ",
    "PTI": " ",
    "IANS": " ",
    "Xinhua": " -- ",
    "Yonhap": " -- ",
}
_SITES = ("The Daily Ledger", "Metro Wire", "Coastline Post", "Northern Courier")


def _dateline(s: Base, with_date: bool) -> tuple[str, dict[str, Any]]:
    written = f"{s.place}, {s.date} ({s.agency})" if with_date else f"{s.place} ({s.agency})"
    expected = {"place": s.place, "date": s.date if with_date else None, "agency": s.agency}
    return written, expected


def _curly(text: str) -> str:
    """Typographic apostrophes, as agency copy has them."""
    return text.replace("'", "\u2019")


def agency(i: int, s: Base) -> tuple[str, bytes, dict[str, Any]]:
    written, dateline = _dateline(s, with_date=i % 2 == 0)
    paragraphs = [written + _SEPARATOR[s.agency] + s.paragraphs[0], *s.paragraphs[1:]]
    lines = list(paragraphs)
    hits: list[str] = []
    agencies = [s.agency]
    if s.agency == "Reuters":
        lines += ["($1 = 0.9210 euros)", f"(Reporting by {s.byline}; Editing by Mark Heinrich)"]
        hits += ["currency_footnote", "reporting_credit"]
    elif s.agency == "AP":
        lines.append(
            "Copyright 2024 The Associated Press. All rights reserved. This material may not "
            "be published, broadcast, rewritten or redistributed."
        )
        hits.append("copyright")
    elif s.agency == "ANI":
        lines[-1] += " (ANI)"
        hits.append("agency_trailer")
    elif s.agency in ("AFP", "dpa"):
        lines.append(s.agency)
        hits.append("agency_trailer")
    elif s.agency == "PTI":
        lines.append("PTI SK RT")
        hits.append("agency_trailer")
    elif s.agency == "IANS":
        lines.append("--IANS")
        hits.append("agency_trailer")
    else:  # Xinhua, Yonhap
        lines.append("(END)" if i % 2 else "(end)")
        hits.append("wire_end_code")
    body = "\n\n".join(lines)
    expected: dict[str, Any] = {
        "headline": s.headline,
        "summary": None,
        "paragraphs": paragraphs,
        "dateline": dateline,
        "agencies": agencies,
        "byline": s.byline,
        "rule_hits": hits,
    }
    uri = f"https://wire.example/{s.slug}"
    if i % 3 == 0:
        obj: dict[str, Any] = {
            "uri": uri,
            "headlines": [{"role": "main", "value": s.headline}],
            "bodies": [{"role": "main", "contenttype": "text/plain", "value": _curly(body)}],
            "by": s.byline,
            "language": "en",
            "infosource": [{"name": s.agency}],
        }
        return "json", _json(obj), expected | {"url": uri}
    if i % 3 == 1:
        obj = {
            "uri": uri,
            "headline": s.headline,
            "body_text": _curly(body),
            "byline": s.byline,
            "versioncreated": "2024-03-04T09:15:00+01:00",
            "type": "text",
        }
        return "json", _json(obj), expected | {"url": uri}
    text = f"{s.headline}\n\nBy {s.byline}\n\n{body}\n"
    return "txt", text.encode(), expected | {"rule_hits": ["byline", *hits], "url": None}


def republished(i: int, s: Base) -> tuple[str, bytes, dict[str, Any]]:
    site = _SITES[i % len(_SITES)]
    host = site.lower().removeprefix("the ").replace(" ", "") + ".example"
    written, dateline = _dateline(s, with_date=True)
    p = [written + _SEPARATOR[s.agency] + s.paragraphs[0], *s.paragraphs[1:]]
    other = OTHER_HEADLINES[i % len(OTHER_HEADLINES)]
    caption = (
        f"A view of the scene on Monday. REUTERS/{s.byline}/File Photo"
        if i % 2 == 0
        else f"People gather on Monday. (AP Photo/{s.byline})"
    )
    also = (
        f"<p><strong>Also Read:</strong> <a href='/x'>{other}</a></p>"
        if i % 2 == 0
        else f"<p>READ MORE | <a href='/y'>{other}</a></p>"
    )
    ad = "<p>Advertisement</p>" if i % 2 == 0 else "<div>Story continues below advertisement</div>"
    promo = (
        "<p>Sign up for our morning briefing newsletter.</p>"
        if i % 2 == 0
        else "<p><em>Follow us on Google News for the latest updates.</em></p>"
    )
    notice = (
        f"<p>(This story has not been edited by {site} staff and is auto-generated from a "
        "syndicated feed.)</p>"
        if i % 2 == 0
        else f"<p>&copy; 2024 {site}. All rights reserved.</p>"
    )
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{s.headline} | {site}</title>
<meta name="description" content="{s.summary}">
<link rel="canonical" href="https://www.{host}/world/{s.slug}?utm_source=rss&amp;utm_medium=feed">
<script>window.dataLayer = window.dataLayer || [];
function gtag(){{dataLayer.push(arguments);}}</script>
<style>.share-bar {{ display: flex; }}</style>
</head><body>
<header><nav><a href="/">Home</a> | <a href="/world">World</a> |
<a href="/business">Business</a></nav></header>
<div class="cookie-banner">We use cookies to give you the best experience.
<button>Accept</button></div>
<main><article>
<h1>{s.headline}</h1>
<script>window.embeds = window.embeds || []; embeds.push("social");</script>
<p class="byline">By {s.byline}</p>
<p class="published">Updated: {s.date}, 2024 14:32 IST</p>
<div class="share-bar"><a>Share on Facebook</a> <a>Share on X</a> <a>Copy link</a></div>
<figure><img src="/img/{s.slug}.jpg" alt=""><figcaption>{caption}</figcaption></figure>
<p>{p[0]}</p>
{ad}
<p>{p[1]}</p>
{also}
<p>{p[2]}</p>
{promo}
{notice}
</article>
<aside class="most-read"><h3>Most Read</h3><ul><li><a>{OTHER_HEADLINES[0]}</a></li></ul></aside>
</main>
<footer><p>&copy; 2024 {site}. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
</body></html>
"""
    hits = [
        "html_markup",
        "html_script_style",
        "page_chrome",
        "photo_caption",
        "byline",
        "timestamp",
        "advertisement",
        "also_read",
        "promo",
        "republish_notice" if i % 2 == 0 else "copyright",
        "url_canonical",
    ]
    expected = {
        "headline": s.headline,
        "summary": s.summary,
        "paragraphs": p,
        "dateline": dateline,
        "agencies": [s.agency],
        "byline": s.byline,
        "url": f"https://{host}/world/{s.slug}",
        "rule_hits": hits,
    }
    return "html", page.encode(), expected


def aggregator(i: int, s: Base) -> tuple[str, bytes, dict[str, Any]]:
    trailer, agencies = [
        ("(With inputs from agencies.)", ["agencies"]),
        ("(With inputs from PTI)", ["PTI"]),
        ("(ANI)", ["ANI"]),
        ("(With inputs from Reuters and AFP)", ["Reuters", "AFP"]),
    ][i % 4]
    lines = list(s.paragraphs)
    hits = ["agency_trailer", "also_read"]
    if i % 2 == 0:
        lines.insert(1, f"Also Read | {OTHER_HEADLINES[(i + 3) % len(OTHER_HEADLINES)]}")
    lines.append(trailer)
    headlines = [OTHER_HEADLINES[(i + k) % len(OTHER_HEADLINES)] for k in range(3 + i % 3)]
    if i % 3 == 0:
        lines += ["ALSO READ", *headlines]
    elif i % 3 == 1:
        lines += ["Related Stories", *headlines]
    else:
        lines.append("READ MORE ON: " + ", ".join(h.split()[0] for h in headlines))
    text = f"{s.headline}\n{s.summary}\n\n" + "\n".join(lines)
    expected = {
        "headline": s.headline,
        "summary": s.summary,
        "paragraphs": list(s.paragraphs),
        "dateline": None,
        "agencies": agencies,
        "byline": None,
        "url": None,
        "rule_hits": hits,
    }
    return "txt", text.encode(), expected


def broken(i: int, s: Base) -> tuple[str, bytes, dict[str, Any]]:
    written, dateline = _dateline(s, with_date=True)
    paragraphs = [written + _SEPARATOR[s.agency] + s.paragraphs[0], *s.paragraphs[1:]]
    body = "\n\n".join(paragraphs)
    headline = s.headline
    mode = i % 4
    if mode == 0:  # UTF-8 read as Windows-1252
        body, headline = (
            _curly(t).encode().decode("sloppy-windows-1252") for t in (body, headline)
        )
        hits = ["mojibake"]
    elif mode == 1:  # UTF-8 read as Latin-1 (C1 control characters survive)
        body, headline = (_curly(t).encode().decode("latin-1") for t in (body, headline))
        hits = ["mojibake"]
    elif mode == 2:  # UTF-8 read as GBK: only apostrophes followed by a letter survive it
        body, headline = (_gbk_apostrophes(t) for t in (body, headline))
        hits = ["mojibake"]
    else:  # entities, no-break and zero-width spaces, smart quotes
        body = _curly(body).replace("'", "&#8217;").replace(" the ", " the\u00a0")
        body = body.replace("\u2019", "&rsquo;").replace(". ", ".\u200b ").replace(",", "&#44;")
        headline = _curly(headline)
        hits = ["html_entities", "special_spaces", "quotes_dashes"]
    assert body != "\n\n".join(paragraphs), f"{s.slug}: nothing to break"
    obj = {"title": headline, "content": body, "lang": "en", "section": "world"}
    expected = {
        "headline": s.headline,
        "summary": None,
        "paragraphs": paragraphs,
        "dateline": dateline,
        "agencies": [s.agency],
        "byline": None,
        "url": None,
        "rule_hits": hits,
    }
    return "json", _json(obj), expected


def _gbk_apostrophes(text: str) -> str:
    out: list[str] = []
    for k, ch in enumerate(text):
        nxt = text[k + 1 : k + 2]
        if ch == "'" and nxt.isascii() and nxt.isalpha():
            out.append(("\u2019" + nxt).encode().decode("gbk"))
        elif not (
            k
            and text[k - 1] == "'"
            and ch.isascii()
            and ch.isalpha()
            and out
            and len(out[-1]) == 2
            and not out[-1].isascii()
        ):
            out.append(ch)
    return "".join(out)


def _json(obj: dict[str, Any]) -> bytes:
    return json.dumps(obj, ensure_ascii=False, indent=1).encode()


STYLES = {"agency": agency, "republished": republished, "aggregator": aggregator, "broken": broken}


def main() -> None:
    if HERE.exists():
        shutil.rmtree(HERE)
    for i, story in enumerate(STORIES):
        for style, render in STYLES.items():
            ext, data, expected = render(i, story)
            case = HERE / f"{i:02d}-{story.slug}-{style}"
            case.mkdir(parents=True)
            (case / f"input.{ext}").write_bytes(data)
            (case / "expected.json").write_text(
                json.dumps(expected, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
            )


if __name__ == "__main__":
    main()
