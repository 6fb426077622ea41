"""Fixtures shared by the petition tests."""

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import time_machine

from tests.factories import UserFactory


@pytest.fixture
def signed_in(client):
    """The test client signed in as a new citizen (``client.user``)."""
    user = UserFactory()
    client.force_login(user)
    client.user = user
    return client


@pytest.fixture
def upload_temp_dir(settings, tmp_path: Path) -> Path:
    """Temporary upload files go to a directory of their own, so a test can see it is empty."""
    directory = tmp_path / "upload-tmp"
    directory.mkdir()
    settings.FILE_UPLOAD_TEMP_DIR = str(directory)
    return directory


JOURNEY_NOW = dt.datetime(2026, 11, 25, 12, 0, tzinfo=ZoneInfo("Asia/Almaty"))


@pytest.fixture
def journey_clock():
    """The clock stopped at noon in Almaty on 2026-11-25, so the journey's dates stay in time."""
    with time_machine.travel(JOURNEY_NOW, tick=False):
        yield
