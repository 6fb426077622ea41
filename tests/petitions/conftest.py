"""Fixtures shared by the petition tests."""

import pytest

from signing.web.crl import crl_refresh_all
from tests.factories import UserFactory


@pytest.fixture
def signed_in(client):
    """The test client signed in as a new citizen (``client.user``)."""
    user = UserFactory()
    client.force_login(user)
    client.user = user
    return client


@pytest.fixture
def crls(demo_pki, settings, tmp_path):
    """The demo PKI's CRLs indexed into a cache of this test's own, so demo signatures pass."""
    settings.SIGNING_CRL_CACHE_DIR = str(tmp_path / "crl")
    crl_refresh_all()
