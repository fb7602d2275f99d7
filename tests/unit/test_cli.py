"""The command line: help, version, one-line errors, and the produce command's inputs."""

from __future__ import annotations

from pathlib import Path

import pytest

from service import __version__
from service.adapters.preflight import bootstrap_addresses
from service.cli import main
from service.cli.produce import iter_messages


def test_version_prints_the_package_version(capsys):
    """`wire-ingest --version` prints the installed version."""
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_bad_setting_is_one_line_without_traceback(monkeypatch, capsys):
    """A user error is one line naming the variable, exit code 1, no traceback."""
    monkeypatch.setenv("WIRE_HTTP_PORT", "not-a-port")
    assert main(["run"]) == 1
    err = capsys.readouterr().err
    assert "WIRE_HTTP_PORT" in err
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def test_produce_reads_jsonl_lines_files_and_directories(tmp_path: Path):
    """JSONL gives one message per non-blank line; other files one each; dirs in order."""
    (tmp_path / "b.jsonl").write_bytes(b'{"a": 1}\n\n{"a": 2}\r\n')
    (tmp_path / "a.txt").write_bytes(b"Headline\nBody")
    assert list(iter_messages([tmp_path])) == [b"Headline\nBody", b'{"a": 1}', b'{"a": 2}']


def test_produce_missing_path_is_a_user_error(tmp_path: Path):
    """A path that does not exist raises the service's own error, not a traceback."""
    from service.errors import WireIngestError

    with pytest.raises(WireIngestError, match="no such file"):
        list(iter_messages([tmp_path / "nope"]))


def test_bootstrap_list_is_split_into_host_port_pairs():
    """Comma-separated bootstrap servers, IPv6 brackets, default port."""
    assert bootstrap_addresses("a:1, b:2,[::1]:3,c") == [
        ("a", 1),
        ("b", 2),
        ("::1", 3),
        ("c", 9092),
    ]


def test_run_role_option_overrides_the_environment(monkeypatch):
    """`wire-ingest run --role decide` runs the decide stage even if WIRE_ROLE says else."""
    from service.cli import run as run_module

    seen = []

    async def fake_serve(settings):
        seen.append(settings)
        return 0

    monkeypatch.setattr(run_module, "serve", fake_serve)
    monkeypatch.setattr(run_module, "configure_logging", lambda *_: None)
    monkeypatch.setenv("WIRE_ROLE", "prepare")
    assert main(["run", "--role", "decide"]) == 0
    assert main(["run"]) == 0
    assert [s.role for s in seen] == ["decide", "prepare"]
    assert seen[0].consumer_group == "wire-ingest.decide"
