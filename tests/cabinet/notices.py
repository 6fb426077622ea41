"""Helpers for the notification tests: a filer with confirmed contacts, a sent petition, and a
status change made the way the services make one (a CAS update and its event)."""

from django.db import transaction
from django.utils import timezone

from cabinet.models import User
from petitions.models import Petition, Status
from petitions.services.petitions import status_event_record
from tests.factories import UserFactory
from tests.petitions.factories import PetitionFactory


def reachable_user(language: str = "kk", **extra: object) -> User:
    now = timezone.now()
    fields = {
        "language": language,
        "email": "citizen@example.kz",
        "email_confirmed_at": now,
        "phone": "+77011234567",
        "phone_confirmed_at": now,
        "notices_consent_at": now,
    }
    return UserFactory(**{**fields, **extra})


def sent_petition(user: User) -> Petition:
    petition = PetitionFactory(filer=user, procedure="civil")
    Petition.objects.filter(pk=petition.pk).update(
        status=Status.SUBMITTED,
        reference=f"CC-TEST-{petition.pk}",
        submitted_at=timezone.now(),
        signature=b"x",
        manifest_sha256="0" * 64,
    )
    petition.refresh_from_db()
    return petition


def status_change(petition: Petition, old: str, new: str) -> int:
    """The CAS update and its event in one transaction; the event's id."""
    with transaction.atomic():
        moved = Petition.objects.filter(pk=petition.pk, status=old).update(status=new)
        assert moved == 1
        return status_event_record(petition=petition, status=new).pk
