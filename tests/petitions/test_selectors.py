"""Reads: the ownership-checked fetches and the cabinet's overview of a user's petitions."""

import pytest
from django.http import Http404
from django.utils import timezone

from petitions.models import Petition, Status
from petitions.selectors import (
    PetitionNotEditableError,
    petition_draft_for_user,
    petition_overviews_for_user,
)
from tests.factories import UserFactory

from .factories import PetitionFactory, ready_to_sign

pytestmark = pytest.mark.django_db


def sent(petition: Petition) -> Petition:
    """Marked sent as the database requires of a sent petition (the signing path has its own
    tests; here only the status matters)."""
    Petition.objects.filter(pk=petition.pk).update(
        status=Status.SUBMITTED,
        procedure=petition.procedure or "civil",
        reference=f"CC-TEST-{petition.pk}",
        submitted_at=timezone.now(),
        signature=b"x",
        manifest_sha256="0" * 64,
    )
    petition.refresh_from_db()
    return petition


def test_a_draft_is_fetched_for_its_filer_only():
    petition = PetitionFactory()
    assert petition_draft_for_user(user=petition.filer, public_id=petition.public_id) == petition
    with pytest.raises(Http404):
        petition_draft_for_user(user=UserFactory(), public_id=petition.public_id)


@pytest.mark.parametrize("public_id", ["not-a-uuid", "00000000-0000-0000-0000-000000000000", ""])
def test_a_malformed_or_unknown_id_is_not_found(public_id):
    with pytest.raises(Http404):
        petition_draft_for_user(user=UserFactory(), public_id=public_id)


def test_a_sent_petition_is_no_longer_a_draft():
    petition = sent(PetitionFactory())
    with pytest.raises(PetitionNotEditableError):
        petition_draft_for_user(user=petition.filer, public_id=petition.public_id)
    # Another person still gets a 404, never word that the petition exists.
    with pytest.raises(Http404):
        petition_draft_for_user(user=UserFactory(), public_id=petition.public_id)


def test_overviews_name_a_drafts_next_section_and_the_court():
    user = UserFactory()
    started = PetitionFactory(filer=user)
    ready = ready_to_sign(user)
    done = sent(ready_to_sign(user))
    PetitionFactory()  # someone else's
    by_id = {o.petition.pk: o for o in petition_overviews_for_user(user=user)}
    assert set(by_id) == {started.pk, ready.pk, done.pk}
    assert str(by_id[started.pk].next_section) == str(_section("case"))
    assert str(by_id[ready.pk].next_section) == str(_section("sign"))
    assert by_id[done.pk].next_section is None
    assert not by_id[done.pk].is_draft
    assert by_id[ready.pk].court == ready.court.name()


def _section(key: str):
    from petitions.flow import SECTIONS

    return dict(SECTIONS)[key]
