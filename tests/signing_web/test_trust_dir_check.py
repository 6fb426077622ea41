"""The start-up check of SIGNING_TRUST_DIR: a stray file is named before any citizen is refused."""

import shutil

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command
from django.core.management.base import SystemCheckError

from signing.web import config
from signing.web.checks import signing_trust_dir_check


@pytest.fixture
def trust(demo_pki, settings, tmp_path):
    """A copy of the demo trust store the test may spoil."""
    directory = tmp_path / "trust"
    shutil.copytree(demo_pki / "trust", directory)
    settings.SIGNING_TRUST_DIR = str(directory)
    return directory


def test_a_readable_trust_store_passes(trust):
    assert signing_trust_dir_check() == []
    call_command("check")


def test_a_key_store_in_the_trust_dir_is_named_at_start_up(trust):
    stray = trust / "my-key.p12"
    stray.write_bytes(b"0\x82\x01\x00\x02\x01\x03junk of a PKCS#12 key store")
    [error] = signing_trust_dir_check()
    assert error.id == "signing.E004"
    assert str(stray) in error.msg
    with pytest.raises(SystemCheckError, match=r"my-key\.p12"):
        call_command("check")
    with pytest.raises(ImproperlyConfigured, match=r"my-key\.p12"):
        config.validation_config()


def test_a_missing_or_empty_trust_dir_is_information(settings, tmp_path):
    settings.SIGNING_TRUST_DIR = str(tmp_path / "not-yet")
    assert [m.id for m in signing_trust_dir_check()] == ["signing.I004"]
    (tmp_path / "not-yet").mkdir()
    assert [m.id for m in signing_trust_dir_check()] == ["signing.I006"]
    settings.SIGNING_TRUST_DIR = ""
    assert signing_trust_dir_check() == []
