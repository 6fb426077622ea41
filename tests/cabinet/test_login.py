import pytest
from django.urls import reverse

from tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db


def _login(client, iin, password, **extra):
    return client.post(reverse("cabinet:login"), {"iin": iin, "password": password, **extra})


def test_login_page_renders_in_kazakh_by_default(client):
    response = client.get("/kk/login/")
    assert response.status_code == 200
    assert '<html lang="kk">' in response.content.decode()


def test_correct_iin_and_password_sign_in_and_open_the_cabinet(client):
    user = UserFactory()
    response = _login(client, user.iin, PASSWORD)
    assert response.status_code == 302
    assert response["Location"] == reverse("cabinet:dashboard")
    page = client.get(response["Location"])
    assert page.status_code == 200
    assert user.full_name in page.content.decode()


def test_wrong_password_shows_an_error_summary_and_keeps_the_iin(client):
    user = UserFactory()
    response = _login(client, user.iin, "wrong")
    body = response.content.decode()
    assert response.status_code == 200
    assert 'class="cc-error-summary"' in body
    assert f'value="{user.iin}"' in body
    assert "_auth_user_id" not in client.session


@pytest.mark.parametrize(
    "iin",
    [
        "",
        "1234",
        "9001013000170",
        "90010130001x",
        "' OR 1=1 --",
        "٩٠٠١٠١٣٠٠٠١٧",
        "900101300018",
        "<script>alert(1)</script>",
        "9" * 5000,
    ],
)
def test_hostile_or_malformed_iins_get_a_clear_error_not_a_crash(client, iin):
    response = _login(client, iin, PASSWORD)
    body = response.content.decode()
    assert response.status_code == 200
    assert 'class="cc-error-message"' in body
    assert "<script>alert(1)</script>" not in body


def test_empty_form_names_both_missing_answers(client):
    response = _login(client, "", "")
    errors = response.context["form"].errors
    assert set(errors) == {"iin", "password"}


def test_five_failures_lock_the_iin_even_for_the_right_password(client, settings):
    settings.LOGIN_LOCKOUT_ATTEMPTS = 5
    user = UserFactory()
    for _ in range(5):
        assert _login(client, user.iin, "wrong").status_code == 200
    response = _login(client, user.iin, PASSWORD)
    assert response.status_code == 200
    assert response.context["form"].non_field_errors().as_data()[0].code == "locked"
    assert "_auth_user_id" not in client.session


def test_four_failures_then_success_clears_the_iin_counter(client, settings):
    settings.LOGIN_LOCKOUT_ATTEMPTS = 5
    user = UserFactory()
    for _ in range(4):
        _login(client, user.iin, "wrong")
    assert _login(client, user.iin, PASSWORD).status_code == 302


def test_spraying_many_iins_from_one_address_is_locked(client, settings):
    settings.LOGIN_LOCKOUT_ADDRESS_ATTEMPTS = 3
    users = UserFactory.create_batch(4)
    for user in users[:3]:
        _login(client, user.iin, "wrong")
    response = _login(client, users[3].iin, PASSWORD)
    assert response.context["form"].non_field_errors().as_data()[0].code == "locked"


def test_next_is_followed_only_within_the_site(client):
    user = UserFactory()
    assert _login(client, user.iin, PASSWORD, next="/ru/cabinet/")["Location"] == "/ru/cabinet/"
    client.logout()
    response = _login(client, user.iin, PASSWORD, next="https://evil.example/")
    assert response["Location"] == reverse("cabinet:dashboard")


def test_signed_in_user_visiting_login_goes_to_cabinet(client):
    client.force_login(UserFactory())
    assert client.get(reverse("cabinet:login"))["Location"] == reverse("cabinet:dashboard")


def test_inactive_user_cannot_sign_in(client):
    user = UserFactory(is_active=False)
    assert _login(client, user.iin, PASSWORD).status_code == 200


def test_logout_requires_post(client):
    client.force_login(UserFactory())
    assert client.get(reverse("cabinet:logout")).status_code == 405
    response = client.post(reverse("cabinet:logout"))
    assert response.status_code == 302
    assert "_auth_user_id" not in client.session


def test_dashboard_requires_login(client):
    response = client.get(reverse("cabinet:dashboard"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("cabinet:login"))
