"""Contacts: the e-mail link and the SMS code, against wrong, hostile, stale and reused input."""

import datetime as dt
import re

import pytest
from django.core import signing
from django.utils import timezone

from cabinet import contacts
from cabinet.contact_forms import EmailForm, PhoneCodeForm, PhoneForm
from cabinet.models import PhoneChallenge
from core.refusal import Refusal
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("+7 701 234 56 78", "+77012345678"),
        ("8 (701) 234-56-78", "+77012345678"),
        ("77012345678", "+77012345678"),
        ("+7 727 234 56 78", None),  # a landline in Almaty: no SMS
        ("+7 701 234 56 7", None),
        ("+7 701 234 56 789", None),
        ("+7 ٧٠١ 234 56 78", None),  # Arabic-Indic digits pass str.isdigit, not us
        ("+7 701 234 56 78\n", "+77012345678"),
        ("+7701234567８", None),  # a full-width digit
        ("+77012345678; DROP TABLE", None),
        ("", None),
        ("+" + "7" * 200, None),
    ],
)
def test_phone_normalize(raw, expected):
    assert contacts.phone_normalize(raw) == expected


@pytest.mark.parametrize(
    "hostile",
    [
        "citizen@example.kz\nBcc: all@example.kz",
        "citizen@example.kz\r\nSubject: x",
        "<script>@example.kz",
        "citizen@",
        "a" * 250 + "@example.kz",
        "citizen@example.kz, other@example.kz",
    ],
)
def test_hostile_email_is_refused_with_a_clear_error(hostile):
    form = EmailForm({"email": hostile})
    assert not form.is_valid()
    assert form.errors["email"][0].startswith("Электрондық пошта")


def test_phone_form_refuses_a_landline_in_kazakh():
    form = PhoneForm({"phone": "+7 727 234 56 78"})
    assert not form.is_valid()
    assert "ұялы" in form.errors["phone"][0]


@pytest.mark.parametrize("code", ["12345", "1234567", "12 34 56", "١٢٣٤٥٦", "abcdef", ""])
def test_code_form_refuses_anything_but_six_digits(code):
    assert not PhoneCodeForm({"code": code}).is_valid()


def test_email_link_confirms_once():
    user = UserFactory()
    token = contacts.email_set(user=user, email="me@example.kz")
    assert user.email_confirmed_at is None
    contacts.email_confirm(user=user, token=token)
    user.refresh_from_db()
    assert user.email_confirmed_at is not None
    with pytest.raises(Refusal) as used:
        contacts.email_confirm(user=user, token=token)
    assert used.value.code == "used"


def test_email_link_expires(settings):
    settings.NOTIFY_EMAIL_CONFIRM_SECONDS = 60
    user = UserFactory()
    token = contacts.email_set(user=user, email="me@example.kz")
    signer = signing.TimestampSigner(salt=contacts.EMAIL_SALT)
    # Re-sign the same payload two minutes in the past: the link is then older than allowed.
    value = signer.unsign(token)
    old = signing.TimestampSigner(salt=contacts.EMAIL_SALT)
    old.timestamp = lambda: signing.b62_encode(int(timezone.now().timestamp()) - 120)
    with pytest.raises(Refusal) as expired:
        contacts.email_confirm(user=user, token=old.sign(value))
    assert expired.value.code == "expired"


@pytest.mark.parametrize("token", ["", "x", "eyJ1IjoxfQ:1abc:forged", "../../etc/passwd", "ü" * 50])
def test_a_forged_email_link_is_refused(token):
    with pytest.raises(Refusal) as refused:
        contacts.email_confirm(user=UserFactory(), token=token)
    assert refused.value.code == "invalid"


def test_an_email_link_is_only_for_its_user():
    owner, other = UserFactory(), UserFactory()
    token = contacts.email_set(user=owner, email="me@example.kz")
    with pytest.raises(Refusal) as refused:
        contacts.email_confirm(user=other, token=token)
    assert refused.value.code == "invalid"


def test_a_link_for_an_old_address_does_not_confirm_the_new_one():
    user = UserFactory()
    old = contacts.email_set(user=user, email="old@example.kz")
    contacts.email_set(user=user, email="new@example.kz")
    with pytest.raises(Refusal) as refused:
        contacts.email_confirm(user=user, token=old)
    assert refused.value.code == "changed"
    user.refresh_from_db()
    assert user.email_confirmed_at is None


def test_changing_a_confirmed_address_unconfirms_it():
    user = UserFactory()
    contacts.email_confirm(user=user, token=contacts.email_set(user=user, email="a@example.kz"))
    contacts.email_set(user=user, email="b@example.kz")
    user.refresh_from_db()
    assert (user.email, user.email_confirmed_at) == ("b@example.kz", None)


def test_sms_code_confirms_once():
    user = UserFactory()
    code = contacts.phone_challenge_issue(user=user, phone="+77012345678")
    assert re.fullmatch(r"[0-9]{6}", code)
    assert code not in PhoneChallenge.objects.get().code_hash  # only a keyed hash is kept
    assert contacts.phone_confirm(user=user, code=code) == "+77012345678"
    user.refresh_from_db()
    assert user.phone == "+77012345678"
    assert user.phone_confirmed_at is not None
    with pytest.raises(Refusal) as reused:
        contacts.phone_confirm(user=user, code=code)
    assert reused.value.code == "no_code"


def test_sms_code_expires(settings):
    user = UserFactory()
    start = timezone.now()
    code = contacts.phone_challenge_issue(user=user, phone="+77012345678", now=start)
    later = start + dt.timedelta(seconds=settings.SMS_CODE_SECONDS)
    with pytest.raises(Refusal) as expired:
        contacts.phone_confirm(user=user, code=code, now=later)
    assert expired.value.code == "expired"


def test_wrong_codes_are_counted_and_then_even_the_right_one_is_dead(settings):
    settings.SMS_CODE_ATTEMPTS = 3
    user = UserFactory()
    code = contacts.phone_challenge_issue(user=user, phone="+77012345678")
    wrong = f"{(int(code) + 1) % 1_000_000:06d}"
    for _ in range(3):
        with pytest.raises(Refusal) as refused:
            contacts.phone_confirm(user=user, code=wrong)
        assert refused.value.code == "wrong"
    assert PhoneChallenge.objects.get().attempts == 3
    with pytest.raises(Refusal) as dead:
        contacts.phone_confirm(user=user, code=code)
    assert dead.value.code == "attempts"
    user.refresh_from_db()
    assert user.phone == ""


def test_a_new_code_retires_the_previous_one():
    user = UserFactory()
    first = contacts.phone_challenge_issue(user=user, phone="+77012345678")
    second = contacts.phone_challenge_issue(user=user, phone="+77012345678")
    if first != second:
        with pytest.raises(Refusal):
            contacts.phone_confirm(user=user, code=first)
    assert contacts.phone_confirm(user=user, code=second)


def test_codes_are_rate_limited_per_hour(settings):
    settings.SMS_CODES_PER_HOUR = 2
    user = UserFactory()
    start = timezone.now()
    contacts.phone_challenge_issue(user=user, phone="+77012345678", now=start)
    contacts.phone_challenge_issue(user=user, phone="+77012345678", now=start)
    with pytest.raises(Refusal) as limited:
        contacts.phone_challenge_issue(user=user, phone="+77012345678", now=start)
    assert limited.value.code == "rate_limited"
    assert contacts.phone_challenge_issue(
        user=user, phone="+77012345678", now=start + dt.timedelta(hours=1, seconds=1)
    )


def test_consent_keeps_its_first_time_and_is_withdrawn():
    user = UserFactory()
    contacts.contact_settings_save(user=user, language="ru", consent=True)
    first = user.notices_consent_at
    contacts.contact_settings_save(user=user, language="ru", consent=True)
    assert user.notices_consent_at == first
    contacts.contact_settings_save(user=user, language="kk", consent=False)
    user.refresh_from_db()
    assert (user.language, user.notices_consent_at) == ("kk", None)
