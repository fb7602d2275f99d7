"""`--help` is complete and consistent on every `wire-ingest` command."""

from __future__ import annotations

import argparse

import pytest

from service import __version__
from service.cli import COMMANDS, build_parser, main


def subcommands() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(sub.choices)


def test_every_command_is_listed_with_a_summary() -> None:
    """`wire-ingest --help` lists each command of COMMANDS with a one-line summary."""
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    summaries = {choice.dest: choice.help for choice in sub._choices_actions}
    assert list(summaries) == list(COMMANDS)
    text = " ".join(parser.format_help().split())
    for name in COMMANDS:
        assert summaries[name], f"{name} has no summary"
        assert f"{name} {' '.join(str(summaries[name]).split())}" in text


@pytest.mark.parametrize("name", COMMANDS)
def test_every_argument_has_help_in_the_same_style(name: str) -> None:
    """Each command has a description, and each of its arguments a help text that starts
    in lower case and ends without a full stop, as argparse's own `-h` does."""
    parser = subcommands()[name]
    assert parser.description, f"{name}: no description"
    for action in parser._actions:
        label = "/".join(action.option_strings) or action.dest
        assert action.help, f"{name} {label}: no help"
        assert action.help[0].islower() or not action.help[0].isalpha(), f"{name} {label}"
        assert not action.help.endswith("."), f"{name} {label}: ends with a full stop"


@pytest.mark.parametrize("name", COMMANDS)
def test_help_exits_0_and_shows_usage(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    """`wire-ingest COMMAND --help` prints the usage line and exits 0."""
    with pytest.raises(SystemExit) as exc:
        main([name, "--help"])
    assert exc.value.code == 0
    assert capsys.readouterr().out.startswith(f"usage: wire-ingest {name}")


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    """`wire-ingest --version` prints the package version."""
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0
    assert capsys.readouterr().out == f"wire-ingest {__version__}\n"
