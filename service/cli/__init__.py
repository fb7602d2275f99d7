"""`wire-ingest` command line: one module per command, each with ``register(subparsers)``.

A command's ``register`` adds its sub-parser and sets ``func`` (args -> exit code) as the
parser default. User errors are one line on stderr (what, where, what to do); ``--debug``
shows the traceback instead.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from aiokafka.errors import KafkaError

from service import __version__
from service.errors import WireIngestError

# Command modules under service/cli/, in the order `--help` lists them.
COMMANDS: tuple[str, ...] = (
    "run",
    "produce",
    "tail",
    "replay",
    "process",
    "eval",
    "normalize",
    "schemas",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="wire-ingest",
        description="Ingest news wire stories from Kafka: clean them, recognise variants, "
        "publish each story once.",
    )
    parser.add_argument("--version", action="version", version=f"wire-ingest {__version__}")
    parser.add_argument(
        "--debug", action="store_true", help="show tracebacks instead of one-line errors"
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        module = importlib.import_module(f"service.cli.{name}")
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    try:
        code: int = args.func(args)
    except (WireIngestError, KafkaError, OSError) as exc:
        if args.debug:
            raise
        print(f"wire-ingest {args.command}: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    return code
