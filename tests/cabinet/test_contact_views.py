"""The contacts pages and the notifications list: the standard trio, errors, the header count."""

import re

import pytest
from django.core import mail
from django.urls import reverse

from cabinet.models import Notification
from cabinet.sms import LocmemBackend
from cabinet.tasks import notifications_for_event
from petitions.models import Status
from tests.factories import UserFactory

from .fakes import FlakyEmailBackend
from .notices import reachable_user, sent_petition, status_change

pytestmark = pytest.mark.django_db


@pytest.fixture
def citizen(client):
    user = UserFactory()
    client.force_login(user)
    client.user = user
    return client


@pytest.fixture(autouse=True)
def _empty_sms():
    LocmemBackend.outbox.clear()
    yield
    LocmemBackend.outbox.clear()


@pytest.mark.parametrize(
    "name", ["cabinet:contacts", "cabinet:email", "cabinet:phone", "cabinet:notifications"]
)
def test_it_requires_login(client, name):
    response = client.get(reverse(name))
    assert response.status_code == 302
    assert reverse("cabinet:login") in response["Location"]


def test_email_journey_by_link(citizen):
    response = citizen.post(reverse("cabinet:email"), {"email": "me@example.kz"})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    link = re.search(r"http://\S+", mail.outbox[0].body).group(0)
    path = link.removeprefix("http://127.0.0.1:8000")
    assert citizen.get(path).status_code == 200
    citizen.user.refresh_from_db()
    assert citizen.user.email_confirmed_at is None  # a GET (a mail scanner) confirms nothing
    assert citizen.post(path).status_code == 302
    citizen.user.refresh_from_db()
    assert citizen.user.email_confirmed_at is not None
    reused = citizen.post(path)
    assert reused.status_code == 400
    assert "қолданылған" in reused.content.decode()


def test_email_page_shows_a_translated_error(citizen):
    response = citizen.post(reverse("cabinet:email"), {"email": "me@example.kz\nBcc: x@y.kz"})
    assert response.status_code == 400
    assert "Электрондық пошта" in response.content.decode()
    assert mail.outbox == []


def test_phone_journey_by_code(citizen):
    response = citizen.post(reverse("cabinet:phone"), {"phone": "8 701 234 56 78"})
    assert response.status_code == 302
    assert response["Location"] == reverse("cabinet:phone_code")
    (sms,) = LocmemBackend.outbox
    assert sms.to == "+77012345678"
    code = re.search(r"[0-9]{6}", sms.text).group(0)
    wrong = citizen.post(reverse("cabinet:phone_code"), {"code": f"{(int(code) + 1) % 10**6:06d}"})
    assert wrong.status_code == 400
    assert citizen.post(reverse("cabinet:phone_code"), {"code": code}).status_code == 302
    citizen.user.refresh_from_db()
    assert citizen.user.phone == "+77012345678"


def test_settings_save_language_and_consent(citizen):
    response = citizen.post(reverse("cabinet:contacts"), {"language": "ru", "consent": "on"})
    assert response.status_code == 302
    citizen.user.refresh_from_db()
    assert citizen.user.language == "ru"
    assert citizen.user.notices_consent_at is not None


def test_settings_refuse_an_unknown_language(citizen):
    response = citizen.post(reverse("cabinet:contacts"), {"language": "de"})
    assert response.status_code == 400
    assert "тілін таңдаңыз" in response.content.decode()
    citizen.user.refresh_from_db()
    assert citizen.user.language == "kk"


def _notification_for(user) -> Notification:
    event_id = status_change(sent_petition(user), Status.SUBMITTED, Status.DELIVERED)
    notifications_for_event.apply(args=[event_id])
    return Notification.objects.get(user=user)


def test_unread_count_in_the_header_and_marking_read(client):
    user = reachable_user()
    client.force_login(user)
    notification = _notification_for(user)
    page = client.get(reverse("cabinet:notifications")).content.decode()
    assert 'data-test="unread">1<' in page
    assert notification.subject in page
    response = client.post(reverse("cabinet:notification_read", args=[notification.pk]))
    assert response.status_code == 302
    page = client.get(reverse("cabinet:dashboard")).content.decode()
    assert 'data-test="unread"' not in page


def test_it_checks_ownership(client):
    notification = _notification_for(reachable_user())
    client.force_login(UserFactory())
    response = client.post(reverse("cabinet:notification_read", args=[notification.pk]))
    assert response.status_code == 404
    notification.refresh_from_db()
    assert notification.read_at is None


def test_it_rejects_get(citizen):
    notification = _notification_for(citizen.user)
    response = citizen.get(reverse("cabinet:notification_read", args=[notification.pk]))
    assert response.status_code == 405


def test_confirmation_page_asks_for_contacts_without_blocking(citizen):
    petition = sent_petition(citizen.user)
    page = citizen.get(reverse("petitions:confirmation", args=[petition.public_id]))
    assert page.status_code == 200
    assert 'data-test="contacts-missing"' in page.content.decode()


def test_confirmation_page_shows_the_timeline_and_no_nag_when_reachable(client):
    user = reachable_user()
    client.force_login(user)
    petition = sent_petition(user)
    status_change(petition, Status.SUBMITTED, Status.DELIVERED)
    page = client.get(reverse("petitions:confirmation", args=[petition.public_id]))
    body = page.content.decode()
    assert 'data-test="contacts-missing"' not in body
    assert str(Status.DELIVERED.label) in body or "Сотқа" in body


def test_phone_page_says_when_the_sms_gateway_is_down(citizen, settings):
    settings.SMS_BACKEND = "tests.cabinet.fakes.DownSmsBackend"
    response = citizen.post(reverse("cabinet:phone"), {"phone": "+7 701 234 56 78"})
    assert response.status_code == 503
    assert "SMS жіберу мүмкін болмады" in response.content.decode()


def test_phone_page_limits_codes(citizen, settings):
    settings.SMS_CODES_PER_HOUR = 1
    assert citizen.post(reverse("cabinet:phone"), {"phone": "87012345678"}).status_code == 302
    response = citizen.post(reverse("cabinet:phone"), {"phone": "87012345678"})
    assert response.status_code == 429
    assert "тым көп код" in response.content.decode()
    assert len(LocmemBackend.outbox) == 1


@pytest.mark.parametrize("phone", ["+7 727 234 56 78", "<script>", "٨٧٠١٢٣٤٥٦٧٨", "1" * 31])
def test_phone_page_refuses_bad_numbers(citizen, phone):
    response = citizen.post(reverse("cabinet:phone"), {"phone": phone})
    assert response.status_code == 400
    assert "ұялы телефон нөмірін" in response.content.decode()
    assert LocmemBackend.outbox == []


def test_email_page_says_when_mail_cannot_be_sent(citizen, settings):
    settings.EMAIL_BACKEND = "tests.cabinet.fakes.FlakyEmailBackend"
    FlakyEmailBackend.failures = 1
    response = citizen.post(reverse("cabinet:email"), {"email": "me@example.kz"})
    assert response.status_code == 503
    assert "Хатты жіберу мүмкін болмады" in response.content.decode()
