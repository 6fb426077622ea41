"""Issue 11 through the sign view: a hostile CMS gets the check page with an error (400), never
a 500, and the petition keeps no signature; a good one is stored as exactly the verified bytes."""

import base64
import hashlib

import pytest

from petitions.manifest import manifest_bytes, manifest_sha256
from petitions.models import Petition, Status
from tests.petitions.factories import cms_for
from tests.petitions.factories import petition_url as url
from tests.petitions.factories import ready_to_sign as ready
from tests.signing.hostile import (
    deep_name_cms,
    econtent_type_retagged,
    path_bomb,
    with_trailing_junk,
    with_unsigned_attribute,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("crls")]


def _post(client, petition: Petition, der: bytes):
    return client.post(
        url("sign", petition),
        {"cms": base64.b64encode(der).decode(), "manifest_sha256": manifest_sha256(petition)},
    )


def _genuine(petition: Petition) -> bytes:
    return base64.b64decode(cms_for(petition))


@pytest.mark.parametrize(
    "make",
    [
        lambda p: deep_name_cms(manifest_bytes(p)),
        lambda p: econtent_type_retagged(_genuine(p)),
        lambda p: with_trailing_junk(_genuine(p)),
        lambda p: with_unsigned_attribute(_genuine(p)),
        lambda p: path_bomb(manifest_bytes(p), 8),
    ],
    ids=["deep-name", "retagged-econtent-type", "trailing-junk", "unsigned-attribute", "bomb"],
)
def test_a_hostile_signature_gets_the_check_page_and_nothing_is_stored(signed_in, make):
    petition = ready(signed_in.user)
    response = _post(signed_in, petition, make(petition))
    assert response.status_code == 400
    assert "cc-error-summary" in response.content.decode()
    petition.refresh_from_db()
    assert (petition.status, petition.signature, petition.reference) == (Status.DRAFT, None, None)


def test_the_stored_signature_is_exactly_the_der_that_was_verified(signed_in):
    petition = ready(signed_in.user)
    der = _genuine(petition)
    assert _post(signed_in, petition, der)["Location"] == url("confirmation", petition)
    petition.refresh_from_db()
    stored = bytes(petition.signature)
    assert stored == der
    assert petition.signature_report["cms_sha256"] == hashlib.sha256(stored).hexdigest()


def test_a_signature_base64_encoded_twice_is_refused(signed_in):
    petition = ready(signed_in.user)
    response = _post(signed_in, petition, base64.b64encode(_genuine(petition)))
    assert response.status_code == 400
    assert Petition.objects.get(pk=petition.pk).signature is None
