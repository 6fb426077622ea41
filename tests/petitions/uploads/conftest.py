"""Fixtures for the attachment checks: samples go to a temporary directory, never the repo."""

import itertools
from collections.abc import Callable
from pathlib import Path

import pytest


@pytest.fixture
def put(tmp_path: Path) -> Callable[[bytes], Path]:
    """Return a function that writes bytes to a fresh file under ``tmp_path`` and returns it."""
    counter = itertools.count()

    def write(data: bytes) -> Path:
        path = tmp_path / f"upload-{next(counter)}"
        path.write_bytes(data)
        return path

    return write
