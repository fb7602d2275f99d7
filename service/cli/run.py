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
        description="Run the ingestion service. Configured by WIRE_* environment "
        "variables (see README). Stops cleanly on SIGTERM or SIGINT.",
    )
    parser.add_argument(
        "--role",
        choices=("all", "prepare", "decide"),
        help="all (default): the whole pipeline in one process; prepare/decide: one of the "
        "two stages (overrides WIRE_ROLE)",
    )
    parser.set_defaults(func=_run)


def _run(args: argparse.Namespace) -> int:
    settings = load_settings(**({"role": args.role} if args.role else {}))
    configure_logging(settings.log_format, settings.log_level)
    return asyncio.run(serve(settings))
