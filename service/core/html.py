"""HTML -> plain text with paragraph breaks, and the metadata of a whole web page.

Parsing uses selectolax's lexbor backend: a C HTML5 parser (spec-conformant recovery from
broken markup, entity decoding, no Python recursion, linear on deeply nested tags). It is
many times faster than html.parser/BeautifulSoup, which matters on the hot path.

Block structure survives as sentinels: before parsing, a single linear regex pass marks
block-level tags with ``\\x1e`` and ``<br>`` with ``\\x1f`` (neither can occur in the
input, we strip them first); after text extraction HTML whitespace collapses to spaces and
the sentinels become a blank line and a line break.
"""

from __future__ import annotations

import html as html_lib
import re
from typing import Any

from selectolax.lexbor import LexborHTMLParser, LexborNode

from service.core.text import Hit

_PARA, _BREAK = "\x1e", "\x1f"
_BLOCK = frozenset(
    [
        "p",
        "div",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "ul",
        "ol",
        "blockquote",
        "section",
        "article",
        "header",
        "footer",
        "aside",
        "nav",
        "figure",
        "figcaption",
        "table",
        "tr",
        "dl",
        "dt",
        "dd",
        "pre",
        "hr",
        "main",
        "address",
        "center",
    ]
)
_TAG_SNIFF = re.compile(
    r"</?(?:p|br|div|span|a|b|i|em|strong|h[1-6]|ul|ol|li|figure|figcaption|img|script|style|"
    r"html|body|article|section|blockquote|table)(?=[\s/>])[^<>]*>",
    re.IGNORECASE,
)
_ANY_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]{0,15})(?=[\s/>])[^<>]*>")
_VOID = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
    ]
)
_NOT_TEXT = ("script", "style", "noscript", "template", "iframe", "svg")
# lexbor's tree builder checks element scope on every block/list tag, which is quadratic in
# the nesting depth (40k nested <div> take ~3 s). Real pages nest < 100 deep; beyond this we
# use a plain linear tag stripper instead.
MAX_DEPTH = 400
_PAGE_SNIFF = re.compile(r"<(?:!doctype|html|head|body)(?=[\s>])", re.IGNORECASE)
_WS = re.compile(r"[ \t\n\r\f\v\u00a0]+")  # not \s: it matches our \x1e sentinels
_SENTINEL_RUN = re.compile(r" ?[\x1e\x1f][\x1e\x1f ]*")

# Never story text.
_DROP = "script,style,noscript,template,iframe,svg,object,embed,form,button,select,input"
# Page furniture around the story: menus, share bars, promos, ads.
_CHROME = (
    "nav,footer,aside,header,[class*=share],[class*=social],[class*=newsletter],"
    "[class*=advert],[class*=cookie],[class*=related],[class*=also-read],[class*=promo]"
)
_CAPTIONS = "figure,figcaption,[class*=caption],[class*=credit]"


def looks_like_html(text: str) -> bool:
    """True when ``text`` contains real tags (not just a stray ``<``)."""
    return "<" in text and _TAG_SNIFF.search(text) is not None


def looks_like_page(text: str) -> bool:
    """True for a whole document (doctype, html, head or body tag)."""
    return _PAGE_SNIFF.search(text[:4096]) is not None


def html_to_text(markup: str, hit: Hit) -> str:
    """Visible story text of ``markup``; block elements become paragraphs."""
    hit("html_markup", "")
    if nesting_depth(markup) > MAX_DEPTH:
        hit("html_too_deep", "tags stripped without parsing")
        return _unmark(html_lib.unescape(_strip_tags(markup)))
    tree = LexborHTMLParser(_mark_blocks(markup))
    root = tree.css_first("article") or tree.body
    if root is None:
        return ""
    _remove(root, _DROP, hit, "html_script_style")
    _remove(root, _CHROME, hit, "page_chrome")
    _remove(root, _CAPTIONS, hit, "photo_caption")
    return _unmark(root.text(deep=True))


def page_fields(markup: str) -> dict[str, Any]:
    """Headline, summary, url, language, byline, time and body of a whole web page."""
    tree = LexborHTMLParser(markup)
    fields: dict[str, Any] = {}
    h1 = tree.css_first("article h1") or tree.css_first("h1")
    title = tree.css_first("title")
    fields["headline"] = (
        _meta(tree, "og:title")
        or (h1.text(deep=True).strip() if h1 is not None else None)
        or (title.text().strip() if title is not None else None)
    )
    fields["summary"] = _meta(tree, "description") or _meta(tree, "og:description")
    canonical = tree.css_first("link[rel=canonical]")
    href = canonical.attributes.get("href") if canonical is not None else None
    fields["url"] = href or _meta(tree, "og:url")
    html_node = tree.css_first("html")
    fields["language"] = html_node.attributes.get("lang") if html_node is not None else None
    fields["byline"] = _meta(tree, "author")
    fields["published_at"] = _meta(tree, "article:published_time")
    if h1 is not None:
        h1.decompose()
    body = tree.css_first("article") or tree.body
    fields["body"] = (body.html or "") if body is not None else ""
    return {k: v for k, v in fields.items() if v}


def nesting_depth(markup: str) -> int:
    """Deepest element nesting, counted over tags in one linear scan (void tags excluded)."""
    depth = deepest = 0
    for match in _ANY_TAG.finditer(markup):
        if match.group(1):
            depth = max(depth - 1, 0)
        elif match.group(2).lower() not in _VOID and not match.group(0).endswith("/>"):
            depth += 1
            if depth > deepest:
                deepest = depth
                if deepest > MAX_DEPTH:
                    break  # enough to decide
    return deepest


def _strip_tags(markup: str) -> str:
    """Linear fallback: drop non-text elements with their content, mark blocks, drop tags."""
    lower = markup.lower()
    kept: list[str] = []
    pos = 0
    while True:
        start = min(
            (i for i in (lower.find(f"<{t}", pos) for t in _NOT_TEXT) if i >= 0), default=-1
        )
        if start < 0:
            kept.append(markup[pos:])
            break
        kept.append(markup[pos:start])
        tag = next(t for t in _NOT_TEXT if lower.startswith(f"<{t}", start))
        end = lower.find(f"</{tag}", start)
        if end < 0:
            break
        close = lower.find(">", end)
        pos = len(markup) if close < 0 else close + 1
    return _ANY_TAG.sub("", _mark_blocks("".join(kept)))


def _meta(tree: LexborHTMLParser, name: str) -> str | None:
    node = tree.css_first(f'meta[name="{name}"]') or tree.css_first(f'meta[property="{name}"]')
    if node is None:
        return None
    content = node.attributes.get("content")
    return content.strip() or None if content else None


def _mark_blocks(markup: str) -> str:
    markup = markup.replace(_PARA, "").replace(_BREAK, "")
    return _ANY_TAG.sub(_mark_tag, markup)


def _mark_tag(match: re.Match[str]) -> str:
    name = match.group(2).lower()
    if name == "br":
        return _BREAK
    return _PARA + match.group(0) if name in _BLOCK else match.group(0)


def _unmark(text: str) -> str:
    text = _WS.sub(" ", text)
    return _SENTINEL_RUN.sub(_sentinel_run, text).strip()


def _sentinel_run(match: re.Match[str]) -> str:
    return "\n\n" if _PARA in match.group(0) else "\n"


def _remove(root: LexborNode, selector: str, hit: Hit, rule: str) -> None:
    """Detach every match. ``recursive=False`` only unlinks the node (its subtree stays
    valid until the document is freed), so matches nested in an already removed match are
    safe to touch, and the cost stays linear on deeply nested input."""
    nodes = root.css(selector)
    if not nodes:
        return
    before = len(root.text(deep=True))
    preview = next((t for n in nodes[:5] if (t := n.text(deep=True).strip())), "")
    for node in nodes:
        node.decompose(recursive=False)
    if len(root.text(deep=True)) != before:
        hit(rule, preview[:80])
