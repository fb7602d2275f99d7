"""structlog configuration.

Production: JSON lines rendered by orjson straight to bytes (structlog's fast path), with
context variables so each message's log lines carry topic, partition, offset and story id.
A terminal gets the console renderer. Secrets never reach a log line: settings hold them as
``SecretStr`` and the ``_redact`` processor masks any key that looks like a secret.
"""

from __future__ import annotations

import logging
import sys
import time
from typing import Any, Literal

import orjson
import structlog
from structlog.typing import EventDict, WrappedLogger

_LEVELS = {
    "debug": logging.DEBUG,
    "info": logging.INFO,
    "warning": logging.WARNING,
    "error": logging.ERROR,
}
_SECRET_WORDS = ("password", "secret", "token", "jaas")


def _redact(_: WrappedLogger, __: str, event_dict: EventDict) -> EventDict:
    for key in event_dict:
        if any(word in key.lower() for word in _SECRET_WORDS):
            event_dict[key] = "**********"
    return event_dict


class RepeatFilter(logging.Filter):
    """Let a stdlib record through at most once per ``window_s`` for the same logger and
    message template. aiokafka logs every reconnection attempt (several per second while a
    broker is down); one line per outage interval says the same, and says how many were
    held back."""

    def __init__(self, window_s: float = 10.0) -> None:
        super().__init__()
        self._window = window_s
        self._last: dict[tuple[str, object], tuple[float, int]] = {}

    def filter(self, record: logging.LogRecord) -> bool:
        key = (record.name, record.msg)
        now = time.monotonic()
        seen = self._last.get(key)
        if seen is not None and now - seen[0] < self._window:
            self._last[key] = (seen[0], seen[1] + 1)
            return False
        if seen is not None and seen[1]:
            record.msg = f"{record.msg} (and {seen[1]} similar in {self._window:g}s)"
        self._last[key] = (now, 0)
        return True


def _dumps_str(obj: Any, **kwargs: Any) -> str:
    return orjson.dumps(obj, **kwargs).decode()


def configure_logging(
    fmt: Literal["json", "console", "auto"] = "auto", level: str = "info"
) -> None:
    """Configure structlog once per process; ``auto`` picks console for a terminal."""
    use_console = fmt == "console" or (fmt == "auto" and sys.stderr.isatty())
    shared: list[Any] = [
        structlog.contextvars.merge_contextvars,
        structlog.processors.add_log_level,
        structlog.processors.TimeStamper(fmt="iso", utc=True),
        _redact,
        structlog.processors.StackInfoRenderer(),
    ]
    if use_console:
        processors = [*shared, structlog.dev.ConsoleRenderer()]
        factory: Any = structlog.PrintLoggerFactory(file=sys.stderr)
    else:
        processors = [
            *shared,
            structlog.processors.dict_tracebacks,
            structlog.processors.JSONRenderer(serializer=orjson.dumps),
        ]
        factory = structlog.BytesLoggerFactory(file=sys.stderr.buffer)
    structlog.configure(
        processors=processors,
        wrapper_class=structlog.make_filtering_bound_logger(_LEVELS[level]),
        logger_factory=factory,
        cache_logger_on_first_use=True,
    )
    # aiokafka and aiohttp log through the standard library: render their records with the
    # same processors, so an operator's log pipeline sees one format.
    renderer: Any = (
        structlog.dev.ConsoleRenderer()
        if use_console
        else structlog.processors.JSONRenderer(serializer=_dumps_str)
    )
    formatter = structlog.stdlib.ProcessorFormatter(
        foreign_pre_chain=[structlog.stdlib.add_logger_name, *shared],
        processors=[structlog.stdlib.ProcessorFormatter.remove_processors_meta, renderer],
    )
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(formatter)
    handler.addFilter(RepeatFilter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(max(logging.WARNING, _LEVELS[level]))
