"""One root exception for the service; the pure core reports bad input as results, not errors."""

from __future__ import annotations


class WireIngestError(Exception):
    """Root of every error the service raises on purpose.

    ``retriable`` tells the caller whether trying again later can succeed
    (a broker that is not up yet) or not (wrong credentials, bad settings).
    """

    retriable: bool = False


class ConfigError(WireIngestError):
    """Settings are invalid; the message names the offending ``WIRE_*`` variable."""


class AuthenticationError(WireIngestError):
    """The broker refused our credentials; retrying with the same ones cannot help."""
