import pytest
from django.urls import reverse

from tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db
URL = "cabinet:password_change"


def _post(client, old, new, again):
    return client.post(
        reverse(URL), {"old_password": old, "new_password": new, "new_password_again": again}
    )


def test_it_requires_login(client):
    assert client.get(reverse(URL)).status_code == 302


def test_change_keeps_the_session_and_sets_the_new_password(client):
    user = UserFactory()
    client.force_login(user)
    response = _post(client, PASSWORD, "a-new-long-passphrase", "a-new-long-passphrase")
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.check_password("a-new-long-passphrase")
    assert client.get(reverse("cabinet:dashboard")).status_code == 200


@pytest.mark.parametrize(
    ("old", "new", "again", "field", "code"),
    [
        (
            "wrong",
            "a-new-long-passphrase",
            "a-new-long-passphrase",
            "old_password",
            "wrong_password",
        ),
        (
            PASSWORD,
            "a-new-long-passphrase",
            "another-long-passphrase",
            "new_password_again",
            "mismatch",
        ),
        (PASSWORD, "short", "short", "new_password", "password_too_short"),
        (PASSWORD, "12345678901234", "12345678901234", "new_password", "password_entirely_numeric"),
        (PASSWORD, "", "", "new_password", "required"),
    ],
)
def test_bad_new_passwords_are_refused_with_a_reason(client, old, new, again, field, code):
    user = UserFactory()
    client.force_login(user)
    response = _post(client, old, new, again)
    assert response.status_code == 200
    codes = [e.code for e in response.context["form"].errors.as_data()[field]]
    assert code in codes
    user.refresh_from_db()
    assert user.check_password(PASSWORD)
