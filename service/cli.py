"""`wire-ingest` command line."""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from service import __version__


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="wire-ingest", description=__doc__)
    parser.add_argument("--version", action="version", version=f"wire-ingest {__version__}")
    parser.add_subparsers(dest="command", metavar="COMMAND")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        build_parser().print_help()
        return 2
    return 0
