"""Fixtures for the deadlines tests: no Django, no database, no clock unless a test sets one.

``deadlines`` is a pure library, so its tests must also pass with ``-p no:django``. The suite-wide
``tests/conftest.py`` has autouse fixtures that need pytest-django's ``settings`` and Django's
cache; they are replaced here, for this directory only, by no-ops of the same name.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _private_media() -> None:
    """Override: the deadlines library stores nothing."""


@pytest.fixture(autouse=True)
def _clean_cache() -> None:
    """Override: the deadlines library uses no Django cache."""


@pytest.fixture(autouse=True)
def _kazakh_by_default() -> None:
    """Override: the deadlines library answers in all three languages at once."""


CliResult = tuple[int, dict[str, Any]]


def run_cli(payload: str | dict[str, Any], *args: str) -> CliResult:
    """Run ``python -m deadlines`` as a real process from the repository root."""
    stdin = payload if isinstance(payload, str) else json.dumps(payload)
    proc = subprocess.run(
        [sys.executable, "-m", "deadlines", *(args or ("assess",))],
        input=stdin.encode("utf-8"),
        capture_output=True,
        cwd=REPO_ROOT,
        timeout=30,
        check=False,
    )
    assert proc.stderr == b"", proc.stderr.decode()
    return proc.returncode, json.loads(proc.stdout.decode("utf-8"))


@pytest.fixture
def cli() -> Callable[..., CliResult]:
    return run_cli
