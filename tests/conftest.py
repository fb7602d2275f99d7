"""Shared fixtures: a clean WIRE_* environment for every test."""

from __future__ import annotations

import os

import pytest
from hypothesis import settings

# CI runs the same examples every time (no flaky reds); locally, examples vary per run and
# hypothesis keeps the failures it finds in .hypothesis/ to replay them first.
settings.register_profile("ci", derandomize=True, deadline=None, print_blob=True)
settings.register_profile("dev", deadline=None)
settings.load_profile("ci" if os.environ.get("CI") else "dev")


@pytest.fixture(autouse=True)
def clean_wire_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """No WIRE_* variable of the developer's shell leaks into a test."""
    for name in list(os.environ):
        if name.startswith("WIRE_"):
            monkeypatch.delenv(name)
