"""The signing core is pure Python: neutralise the suite's Django-only autouse fixtures here, so
``pytest tests/signing -p no:django`` works (tests/conftest.py's network guard still applies)."""

import pytest


@pytest.fixture(autouse=True)
def _private_media() -> None:
    return None


@pytest.fixture(autouse=True)
def _clean_cache() -> None:
    return None


@pytest.fixture(autouse=True)
def _kazakh_by_default() -> None:
    return None
