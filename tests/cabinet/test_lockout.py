"""The lockout as a person meets it: through the login pages, behind a simulated proxy, in
parallel. These tests speak only HTTP and settings, so they run against any version of the code.

Addresses are documentation ranges (RFC 5737): they are only strings in REMOTE_ADDR and
X-Forwarded-For, nothing is sent to them.
"""

import datetime as dt
import threading

import pytest
from django.db import connections
from django.test import Client

from cabinet.iin import make_iin
from cabinet.models import Role
from tests.factories import PASSWORD, UserFactory

PROXY = "192.0.2.10"  # our reverse proxy: every request reaches the app from it
STRANGER, VICTIM = "203.0.113.5", "203.0.113.66"


def _login(client, iin, password, *, lang="kk", **meta):
    return client.post(f"/{lang}/login/", {"iin": iin, "password": password}, **meta)


def _admin_login(client, iin, password, *, lang="kk", **meta):
    return client.post(f"/{lang}/admin/login/", {"username": iin, "password": password}, **meta)


def _via_proxy(client_address: str) -> dict[str, str]:
    return {"REMOTE_ADDR": PROXY, "HTTP_X_FORWARDED_FOR": client_address}


def _code(response) -> str | None:
    if response.status_code == 302:
        return "signed-in"
    errors = response.context["form"].non_field_errors().as_data()
    return errors[0].code if errors else None


def _strangers_iins(count: int) -> list[str]:
    return [make_iin(dt.date(1970, 3, 1) + dt.timedelta(days=n)) for n in range(count)]


@pytest.fixture
def behind_proxy(settings):
    settings.TRUSTED_PROXY_HOPS = 1
    settings.LOGIN_LOCKOUT_ATTEMPTS = 5


@pytest.mark.django_db
@pytest.mark.usefixtures("behind_proxy")
def test_a_strangers_failures_behind_the_proxy_do_not_lock_out_another_person(client):
    victim = UserFactory()
    for iin in _strangers_iins(5):
        assert _code(_login(client, iin, "wrong", **_via_proxy(STRANGER))) == "invalid"
    assert _code(_login(Client(), victim.iin, PASSWORD, **_via_proxy(VICTIM))) == "signed-in"


@pytest.mark.django_db
@pytest.mark.usefixtures("behind_proxy")
def test_at_a_shared_kiosk_a_strangers_failures_do_not_lock_out_the_next_person(client):
    victim = UserFactory()
    for iin in _strangers_iins(6):
        _login(client, iin, "wrong", **_via_proxy(STRANGER))
    assert _code(_login(Client(), victim.iin, PASSWORD, **_via_proxy(STRANGER))) == "signed-in"


@pytest.mark.django_db
def test_at_a_kiosk_without_a_proxy_a_strangers_failures_do_not_lock_out_the_next_person(
    client, settings
):
    settings.LOGIN_LOCKOUT_ATTEMPTS = 5
    victim = UserFactory()
    for iin in _strangers_iins(6):
        _login(client, iin, "wrong", REMOTE_ADDR=STRANGER)
    assert _code(_login(Client(), victim.iin, PASSWORD, REMOTE_ADDR=STRANGER)) == "signed-in"


@pytest.mark.django_db
@pytest.mark.usefixtures("behind_proxy")
def test_guessing_someones_password_elsewhere_does_not_lock_them_out_at_home(client):
    victim = UserFactory()
    for _ in range(6):
        _login(client, victim.iin, "wrong", **_via_proxy(STRANGER))
    assert _code(_login(Client(), victim.iin, PASSWORD, **_via_proxy(VICTIM))) == "signed-in"


@pytest.mark.django_db
@pytest.mark.usefixtures("behind_proxy")
def test_five_guesses_for_one_iin_from_one_address_lock_even_the_right_password(client):
    user = UserFactory()
    for _ in range(5):
        assert _code(_login(client, user.iin, "wrong", **_via_proxy(STRANGER))) == "invalid"
    assert _code(_login(client, user.iin, PASSWORD, **_via_proxy(STRANGER))) == "locked"
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
@pytest.mark.usefixtures("behind_proxy")
def test_spraying_many_iins_from_one_address_meets_the_looser_address_limit(client, settings):
    settings.LOGIN_LOCKOUT_ADDRESS_ATTEMPTS = 8
    victim = UserFactory()
    for iin in _strangers_iins(8):
        assert _code(_login(client, iin, "wrong", **_via_proxy(STRANGER))) == "invalid"
    assert _code(_login(client, victim.iin, PASSWORD, **_via_proxy(STRANGER))) == "locked"
    assert _code(_login(client, victim.iin, PASSWORD, **_via_proxy(VICTIM))) == "signed-in"


@pytest.mark.django_db
def test_with_no_trusted_proxy_x_forwarded_for_is_ignored(client, settings):
    settings.TRUSTED_PROXY_HOPS = 0
    settings.LOGIN_LOCKOUT_ATTEMPTS = 5
    user = UserFactory()
    for n in range(5):
        _login(
            client, user.iin, "wrong", REMOTE_ADDR=STRANGER, HTTP_X_FORWARDED_FOR=f"198.51.100.{n}"
        )
    response = _login(
        client, user.iin, PASSWORD, REMOTE_ADDR=STRANGER, HTTP_X_FORWARDED_FOR="198.51.100.99"
    )
    assert _code(response) == "locked"


@pytest.mark.django_db
@pytest.mark.usefixtures("behind_proxy")
def test_with_one_trusted_proxy_a_forged_leftmost_entry_is_ignored(client):
    user = UserFactory()
    for n in range(5):
        forged = {"REMOTE_ADDR": PROXY, "HTTP_X_FORWARDED_FOR": f"198.51.100.{n}, {STRANGER}"}
        assert _code(_login(client, user.iin, "wrong", **forged)) == "invalid"
    forged = {"REMOTE_ADDR": PROXY, "HTTP_X_FORWARDED_FOR": f"198.51.100.99, {STRANGER}"}
    assert _code(_login(client, user.iin, PASSWORD, **forged)) == "locked"


@pytest.mark.django_db
def test_six_wrong_admin_passwords_lock_the_admin_login_too(client, settings):
    settings.LOGIN_LOCKOUT_ATTEMPTS = 5
    clerk = UserFactory(role=Role.CLERK)
    for _ in range(6):
        assert _admin_login(client, clerk.iin, "wrong").status_code == 200
    response = _admin_login(client, clerk.iin, PASSWORD)
    assert response.status_code == 200
    assert _code(response) == "locked"
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_an_address_locked_on_the_public_page_is_locked_on_the_admin_login(client, settings):
    settings.LOGIN_LOCKOUT_ADDRESS_ATTEMPTS = 3
    clerk = UserFactory(role=Role.CLERK)
    for iin in _strangers_iins(3):
        _login(client, iin, "wrong")
    assert _code(_admin_login(client, clerk.iin, PASSWORD)) == "locked"


@pytest.mark.django_db
def test_the_admin_login_still_admits_staff_and_refuses_citizens(client):
    clerk, citizen = UserFactory(role=Role.CLERK), UserFactory()
    refused = _admin_login(Client(), citizen.iin, PASSWORD)
    assert refused.status_code == 200
    assert _code(refused) == "invalid_login"
    response = _admin_login(client, clerk.iin, PASSWORD)
    assert response.status_code == 302
    assert int(client.session["_auth_user_id"]) == clerk.pk


INVALID = "ЖСН немесе құпиясөз қате"
LOCKED = {
    "kk": "Сәтсіз әрекеттер тым көп",
    "ru": "Слишком много неудачных попыток",
    "en": "Too many failed attempts",
}


@pytest.mark.django_db
@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
@pytest.mark.parametrize("page", [_login, _admin_login])
def test_the_lock_is_explained_in_the_pages_language(client, settings, lang, page):
    settings.LOGIN_LOCKOUT_ATTEMPTS = 2
    clerk = UserFactory(role=Role.CLERK)
    for _ in range(2):
        page(client, clerk.iin, "wrong", lang=lang)
    body = page(client, clerk.iin, PASSWORD, lang=lang).content.decode()
    assert LOCKED[lang] in body


@pytest.mark.django_db(transaction=True)
def test_twenty_parallel_guesses_get_exactly_five_password_checks(settings):
    """Real threads, each with its own database connection, against the Redis counter; a slow
    hasher widens the window between the check and the count that a racy lockout falls into."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.PBKDF2PasswordHasher"]
    settings.LOGIN_LOCKOUT_ATTEMPTS = 5
    user = UserFactory()
    start = threading.Barrier(20)
    codes: list[str | None] = []

    def guess() -> None:
        try:
            client = Client()
            start.wait(timeout=30)
            body = _login(client, user.iin, "wrong", REMOTE_ADDR=STRANGER).content.decode()
            # Not response.context: the test client collects templates rendered by any thread.
            codes.append(
                "locked" if LOCKED["kk"] in body else "invalid" if INVALID in body else None
            )
        finally:
            connections.close_all()

    threads = [threading.Thread(target=guess) for _ in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert sorted(codes, key=str) == ["invalid"] * 5 + ["locked"] * 15
    assert _code(_login(Client(), user.iin, PASSWORD, REMOTE_ADDR=STRANGER)) == "locked"


ADMIN_INVALID = {
    "kk": "ЖСН немесе құпиясөз қате, не болмаса бұл сот қызметкерінің есептік жазбасы емес.",
    "ru": "ИИН или пароль указаны неверно, либо это не учётная запись сотрудника суда.",
    "en": "The IIN or password is not right, or this is not a court staff account.",
}


@pytest.mark.django_db
@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_the_admin_logins_refusals_are_in_the_pages_language(client, lang):
    citizen = UserFactory()
    for password in ("wrong", PASSWORD):  # a wrong password; a right one but no staff account
        body = _admin_login(Client(), citizen.iin, password, lang=lang).content.decode()
        assert ADMIN_INVALID[lang] in body
