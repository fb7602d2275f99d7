"""Canonical story URLs: lower-case scheme and host, no ``www.``, no tracking parameters."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

_TRACKING_PREFIXES = ("utm_", "mc_", "at_", "pk_", "hsa_", "_hs")
_TRACKING = frozenset(
    {
        "fbclid", "gclid", "dclid", "msclkid", "yclid", "igshid", "ocid", "cmpid", "cmp",
        "ref", "ref_src", "referrer", "smid", "taid", "spm", "src", "source", "ito", "_ga",
        "guccounter", "guce_referrer", "guce_referrer_sig", "share", "mbid", "s_cid", "ns_mchannel",
        "ns_source", "ns_campaign", "ns_linkname", "ns_fee", "rss", "feed",
    }
)  # fmt: skip
_DEFAULT_PORTS = {"http": 80, "https": 443}


def canonical_url(url: str | None) -> str | None:
    """Canonical form of ``url``; None when it is not an absolute http(s) URL."""
    if not url:
        return None
    url = url.strip()
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").removeprefix("www.")
    if scheme not in _DEFAULT_PORTS or not host or any(c.isspace() for c in url):
        return None
    host = f"[{host}]" if ":" in host else host  # IPv6 literal keeps its brackets
    netloc = host if port in (None, _DEFAULT_PORTS[scheme]) else f"{host}:{port}"
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if k.lower() not in _TRACKING and not k.lower().startswith(_TRACKING_PREFIXES)
    ]
    return urlunsplit((scheme, netloc, parts.path or "/", urlencode(query), ""))
