"""`wire-ingest run`: the service itself."""

from __future__ import annotations

import argparse
import asyncio
from typing import Any

from service.app import serve
from service.logging import configure_logging
from service.settings import load_settings


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "run",
        help="consume raw stories from Kafka and publish clean events (the service)",
        description="Run the ingestion service. Configured only by WIRE_* environment "
        "variables (see README). Stops cleanly on SIGTERM or SIGINT.",
    )
    parser.set_defaults(func=_run)


def _run(_: argparse.Namespace) -> int:
    settings = load_settings()
    configure_logging(settings.log_format, settings.log_level)
    return asyncio.run(serve(settings))
