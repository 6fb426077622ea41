"""A petition signed (demo signer) and submitted through the real service."""

import base64

import pytest

from petitions.manifest import manifest_sha256
from petitions.services.submission import petition_sign_and_submit
from tests.petitions.factories import cms_for, ready_to_sign


def submit(filer=None):
    petition = ready_to_sign(filer)
    cms = base64.b64decode(cms_for(petition))
    return petition_sign_and_submit(
        petition=petition, cms=cms, seen_sha256=manifest_sha256(petition)
    ).petition


@pytest.fixture
def submitted(crls):
    return submit()
