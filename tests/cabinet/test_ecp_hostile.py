"""Issue 11 through the ЭЦҚ sign-in page: no account is needed to post a CMS here, so every
hostile CMS must end in a 400 page, quickly, and never in a 500 or a spinning worker."""

import base64
import time

import pytest

from cabinet.ecp import SESSION_KEY
from cabinet.models import User
from signing.core.signer import sign_cms
from tests.factories import pki_user_key
from tests.signing.hostile import (
    EVIL_IIN,
    deep_name_cms,
    econtent_type_retagged,
    path_bomb,
    with_trailing_junk,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("crls")]
URL = "/kk/login/ecp/"


def _challenge(client) -> str:
    client.get(URL)
    return client.session[SESSION_KEY][-1]["nonce"]  # the newest outstanding challenge


def _post(client, make) -> tuple[object, float]:
    """POST the CMS ``make(nonce)`` builds over a fresh challenge; (response, CPU seconds)."""
    nonce = _challenge(client)
    cms = base64.b64encode(make(nonce.encode())).decode()
    started = time.process_time()
    response = client.post(URL, {"nonce": nonce, "cms": cms})
    return response, time.process_time() - started


def _refused(response) -> None:
    assert response.status_code == 400
    assert "cc-error-summary" in response.content.decode()
    assert "_auth_user_id" not in response.wsgi_request.session
    assert not User.objects.filter(iin=EVIL_IIN).exists()


@pytest.mark.parametrize("k", [8, 50])
def test_the_path_bomb_is_refused_within_100_ms(client, demo_pki, k):
    path_bomb(b"warm-up", k)  # the forged certificates are made once, outside the timing
    response, spent = _post(client, lambda nonce: path_bomb(nonce, k))
    _refused(response)
    assert spent < 0.1


@pytest.mark.parametrize(
    "make",
    [
        deep_name_cms,
        lambda nonce: econtent_type_retagged(path_bomb(nonce, 1)),
        lambda nonce: with_trailing_junk(path_bomb(nonce, 1)),
    ],
    ids=["deep-name", "retagged-econtent-type", "trailing-junk"],
)
def test_malformed_signatures_get_a_400_page_not_a_500(client, demo_pki, make):
    response, _ = _post(client, make)
    _refused(response)


def test_a_genuine_signature_with_junk_after_it_is_refused(client, demo_pki):
    cert, key = pki_user_key(demo_pki, "individual")
    response, _ = _post(client, lambda nonce: with_trailing_junk(sign_cms(nonce, key, cert)))
    assert response.status_code == 400
    assert "_auth_user_id" not in client.session


def test_a_signature_base64_encoded_twice_is_refused(client, demo_pki):
    """The verifier reads base64 too; the page must not, or it would keep other bytes than the
    DER it verified."""
    cert, key = pki_user_key(demo_pki, "individual")
    response, _ = _post(client, lambda nonce: base64.b64encode(sign_cms(nonce, key, cert)))
    assert response.status_code == 400
    assert "_auth_user_id" not in client.session
