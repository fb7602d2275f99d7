"""`wire-ingest schemas export|check`: the JSON Schemas in schemas/, from the models.

``export`` writes raw-story, story, story-event and variant-event ``.schema.json``;
``check`` exits 1 and names the files that no longer match the models.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from service.schemas_export import SCHEMAS_DIR, drifted, export


def _export(args: argparse.Namespace) -> int:
    for path in export(Path(args.dir)):
        print(f"wrote {path}", file=sys.stderr)
    return 0


def _check(args: argparse.Namespace) -> int:
    stale = drifted(Path(args.dir))
    for name in stale:
        print(f"{name}: differs from the model (run `wire-ingest schemas export`)", file=sys.stderr)
    return 1 if stale else 0


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "schemas",
        help="export or check the JSON Schemas of the story models and events",
        description=__doc__.split("\n\n")[1] if __doc__ else None,
    )
    actions = parser.add_subparsers(
        dest="action", metavar="ACTION", required=True, help="export or check"
    )
    for name, func, help_ in (
        ("export", _export, "write schemas/*.schema.json from the models"),
        ("check", _check, "exit 1 when schemas/ differs from the models"),
    ):
        sub = actions.add_parser(name, help=help_)
        sub.add_argument("--dir", default=str(SCHEMAS_DIR), help="schema directory")
        sub.set_defaults(func=func)
