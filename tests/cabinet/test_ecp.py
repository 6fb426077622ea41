"""Sign in with ЭЦҚ: a single-use, short-lived challenge signed as a detached CMS."""

import base64
import time

import pytest
from django.urls import reverse

from cabinet.ecp import MAX_CHALLENGES, SESSION_KEY
from cabinet.models import Role, User
from signing.core.signer import sign_cms
from signing.testpki import generate
from tests.factories import UserFactory, pki_user_key

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("crls")]
URL = "/kk/login/ecp/"
DEMO_URL = "/kk/login/ecp/demo/"


def _challenge(client) -> str:
    response = client.get(URL)
    assert response.status_code == 200
    nonce = response.context["nonce"]
    assert nonce in [c["nonce"] for c in client.session[SESSION_KEY]]
    return nonce


def _signed(pki, user, data: bytes, kind="gost2015") -> str:
    cert, key = pki_user_key(pki, user, kind)
    return base64.b64encode(sign_cms(data, key, cert)).decode()


def test_a_first_sign_in_creates_the_account_from_the_certificate(client, demo_pki):
    nonce = _challenge(client)
    response = client.post(
        URL, {"nonce": nonce, "cms": _signed(demo_pki, "individual", nonce.encode())}
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("cabinet:dashboard")
    user = User.objects.get(iin="870412300416")
    assert (user.full_name, user.role, user.has_usable_password()) == (
        "Ахметов Асан Серикович",
        Role.CITIZEN,
        False,
    )
    assert int(client.session["_auth_user_id"]) == user.pk


def test_an_existing_account_is_signed_in_with_an_rsa_key_and_keeps_its_name(client, demo_pki):
    user = UserFactory(iin="870412300416", full_name="Асан Ахметов")
    nonce = _challenge(client)
    client.post(
        URL, {"nonce": nonce, "cms": _signed(demo_pki, "individual", nonce.encode(), "rsa")}
    )
    assert int(client.session["_auth_user_id"]) == user.pk
    assert User.objects.get(pk=user.pk).full_name == "Асан Ахметов"
    assert User.objects.count() == 1


def test_a_pem_armoured_signature_with_line_breaks_signs_in_too(client, demo_pki):
    nonce = _challenge(client)
    body = _signed(demo_pki, "individual", nonce.encode())
    lines = [body[i : i + 64] for i in range(0, len(body), 64)]
    cms = "\r\n".join(["-----BEGIN CMS-----", *lines, "-----END CMS-----", ""])
    response = client.post(URL, {"nonce": nonce, "cms": cms})
    assert response["Location"] == reverse("cabinet:dashboard")
    assert client.session["_auth_user_id"] == str(User.objects.get(iin="870412300416").pk)


def test_the_challenge_is_single_use(client, demo_pki):
    nonce = _challenge(client)
    cms = _signed(demo_pki, "individual", nonce.encode())
    assert client.post(URL, {"nonce": nonce, "cms": cms}).status_code == 302
    client.post(reverse("cabinet:logout"))
    replay = client.post(URL, {"nonce": nonce, "cms": cms})
    assert replay.status_code == 400
    assert "_auth_user_id" not in client.session


def test_a_failed_attempt_uses_the_challenge_up(client, demo_pki):
    nonce = _challenge(client)
    bad = client.post(URL, {"nonce": nonce, "cms": _signed(demo_pki, "individual", b"other")})
    assert bad.status_code == 400
    good = client.post(
        URL, {"nonce": nonce, "cms": _signed(demo_pki, "individual", nonce.encode())}
    )
    assert good.status_code == 400
    assert "_auth_user_id" not in client.session


def test_an_expired_challenge_is_refused(client, demo_pki, settings):
    nonce = _challenge(client)
    session = client.session
    session[SESSION_KEY] = [{"nonce": nonce, "issued": time.time() - 301}]
    session.save()
    response = client.post(
        URL, {"nonce": nonce, "cms": _signed(demo_pki, "individual", nonce.encode())}
    )
    assert response.status_code == 400
    assert "_auth_user_id" not in client.session


def test_a_challenge_from_another_session_is_refused(client, demo_pki, django_user_model):
    from django.test import Client

    other = Client()
    nonce = _challenge(other)
    _challenge(client)
    response = client.post(
        URL, {"nonce": nonce, "cms": _signed(demo_pki, "individual", nonce.encode())}
    )
    assert response.status_code == 400


@pytest.mark.parametrize(
    ("user", "message"),
    [("revoked", "revoked"), ("expired", "not valid now")],
)
def test_revoked_and_expired_keys_are_refused_with_a_reason(client, demo_pki, user, message):
    client.get("/en/")
    nonce = client.get("/en/login/ecp/").context["nonce"]
    response = client.post(
        "/en/login/ecp/", {"nonce": nonce, "cms": _signed(demo_pki, user, nonce.encode())}
    )
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not User.objects.filter(iin__in=["900202300026", "900101300017"]).exists()


def test_a_key_of_a_foreign_ca_is_refused(client, tmp_path):
    foreign = generate(tmp_path / "foreign")
    nonce = _challenge(client)
    cms = foreign.sign("individual", nonce.encode())
    response = client.post(URL, {"nonce": nonce, "cms": base64.b64encode(cms).decode()})
    assert response.status_code == 400
    assert not User.objects.exists()


@pytest.mark.parametrize(
    "cms", ["", "   ", "not base64!!", base64.b64encode(b"junk").decode(), "A" * 100_001]
)
def test_unusable_signatures_get_a_clear_error(client, cms):
    nonce = _challenge(client)
    response = client.post(URL, {"nonce": nonce, "cms": cms})
    assert response.status_code == 400
    assert "cc-error-summary" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_a_post_without_a_challenge_is_refused(client):
    assert client.post(URL, {}).status_code == 400
    assert client.post(URL, {"nonce": "x" * 101, "cms": "AAAA"}).status_code == 400


def test_the_page_offers_ncalayer_and_the_loudly_marked_demo_signer(client):
    page = client.get(URL).content.decode()
    assert "data-ncalayer-form" in page
    assert 'data-sign-text="ecp-challenge"' in page
    assert DEMO_URL in page


def test_the_demo_signer_signs_in_through_the_same_verification(client):
    nonce = _challenge(client)
    response = client.post(DEMO_URL, {"nonce": nonce, "iin": "900101300017"})
    assert response.status_code == 302
    user = User.objects.get(iin="900101300017")
    assert user.role == Role.CITIZEN
    # The demo view has no "already signed in" redirect: the replay reaches the verification,
    # whose challenge was used up by the first sign-in, and is refused.
    replay = client.post(DEMO_URL, {"nonce": nonce, "iin": "900101300017"})
    assert replay.status_code == 400
    assert replay.context["error"] == (
        "Бұл кіру бетінің мерзімі өтіп кеткен немесе ол бұрын пайдаланылған. Қайта кіріңіз."
    )
    assert int(client.session["_auth_user_id"]) == user.pk
    assert User.objects.count() == 1


def test_the_demo_signer_validates_the_iin(client):
    nonce = _challenge(client)
    response = client.post(DEMO_URL, {"nonce": nonce, "iin": "900101300018"})
    assert response.status_code == 400
    assert response.context["demo_form"].errors["iin"]


def test_the_demo_signer_does_not_exist_outside_the_demo(client, settings):
    settings.SIGNING_PRODUCTION = True
    assert DEMO_URL not in client.get(URL).content.decode()
    assert client.post(DEMO_URL, {"nonce": "x", "iin": "900101300017"}).status_code == 404
    assert client.get(DEMO_URL).status_code == 405


def test_a_signed_in_person_is_sent_to_the_cabinet_and_next_is_kept_safe(client, demo_pki):
    nonce = client.get(URL + "?next=/kk/petitions/new/").context["nonce"]
    response = client.post(
        URL + "?next=https://evil.example/",
        {"nonce": nonce, "cms": _signed(demo_pki, "individual", nonce.encode())},
    )
    assert response["Location"] == reverse("cabinet:dashboard")
    assert client.get(URL)["Location"] == reverse("cabinet:dashboard")


def test_a_second_tab_does_not_cancel_the_first_tabs_challenge(client, demo_pki):
    first = _challenge(client)
    second = _challenge(client)
    response = client.post(
        URL, {"nonce": first, "cms": _signed(demo_pki, "individual", first.encode())}
    )
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(User.objects.get(iin="870412300416").pk)
    assert second != first


def test_each_of_several_challenges_is_single_use_on_its_own(client, demo_pki):
    first, second = _challenge(client), _challenge(client)
    bad = client.post(URL, {"nonce": first, "cms": _signed(demo_pki, "individual", b"other")})
    assert bad.status_code == 400
    good = _signed(demo_pki, "individual", first.encode())
    assert client.post(URL, {"nonce": first, "cms": good}).status_code == 400
    other = _signed(demo_pki, "individual", second.encode())
    assert client.post(URL, {"nonce": second, "cms": other}).status_code == 302


def test_only_the_newest_few_challenges_are_kept(client, demo_pki):
    nonces = [_challenge(client) for _ in range(MAX_CHALLENGES + 1)]
    assert [c["nonce"] for c in client.session[SESSION_KEY]] == nonces[1:]
    oldest = nonces[0]
    response = client.post(
        URL, {"nonce": oldest, "cms": _signed(demo_pki, "individual", oldest.encode())}
    )
    assert response.status_code == 400
    assert "_auth_user_id" not in client.session


def test_expired_challenges_are_dropped_and_a_fresh_one_still_works(client, demo_pki):
    stale = _challenge(client)
    session = client.session
    session[SESSION_KEY] = [{"nonce": stale, "issued": time.time() - 301}]
    session.save()
    fresh = _challenge(client)
    assert [c["nonce"] for c in client.session[SESSION_KEY]] == [fresh]
    response = client.post(
        URL, {"nonce": fresh, "cms": _signed(demo_pki, "individual", fresh.encode())}
    )
    assert response.status_code == 302


@pytest.mark.parametrize(
    "stored",
    [
        {"nonce": "abc", "issued": 0},  # the one-challenge form of earlier versions
        "abc",
        [None, 5, {"nonce": 7, "issued": "x"}, {"nonce": "abc", "issued": "yesterday"}],
    ],
)
def test_odd_stored_challenges_are_refused_not_a_crash(client, demo_pki, stored):
    _challenge(client)
    session = client.session
    session[SESSION_KEY] = stored
    session.save()
    response = client.post(URL, {"nonce": "abc", "cms": "AAAA"})
    assert response.status_code == 400
    assert "_auth_user_id" not in client.session


def test_the_sign_in_pages_are_never_cached(client):
    for url in (URL, "/kk/login/"):
        cache_control = client.get(url)["Cache-Control"]
        assert "no-store" in cache_control
        assert "private" in cache_control
