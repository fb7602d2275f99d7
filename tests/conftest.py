"""Shared fixtures: a clean WIRE_* environment for every test."""

from __future__ import annotations

import os

import pytest


@pytest.fixture(autouse=True)
def clean_wire_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """No WIRE_* variable of the developer's shell leaks into a test."""
    for name in list(os.environ):
        if name.startswith("WIRE_"):
            monkeypatch.delenv(name)
