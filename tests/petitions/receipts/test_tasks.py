"""Receipts are issued after the commit of a submission and of a registration, by the task, once
each, and never as part of those transactions."""

from functools import partial

import pytest

from petitions.delivery.models import Delivery
from petitions.delivery.tasks import delivery_send
from petitions.receipts.models import Receipt
from petitions.receipts.tasks import receipts_enqueue, receipts_issue, receipts_issue_for
from tests.petitions.factories import ready_to_sign
from tests.petitions.journey import sign_and_submit

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("crls")]


def kinds(petition) -> list[str]:
    return sorted(Receipt.objects.filter(petition=petition).values_list("kind", flat=True))


def test_submission_and_registration_enqueue_the_receipts_after_commit(
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks() as callbacks:
        petition = sign_and_submit(ready_to_sign())
    assert any(
        isinstance(c, partial)
        and c.func is receipts_enqueue
        and c.keywords == {"petition_id": petition.pk}
        for c in callbacks
    )
    assert kinds(petition) == []  # nothing signed inside the submission's transaction
    receipts_issue.apply((petition.pk,))
    assert kinds(petition) == ["submission"]

    delivery = Delivery.objects.get(petition=petition)
    with django_capture_on_commit_callbacks() as callbacks:
        delivery_send.apply((delivery.pk,))
    assert any(isinstance(c, partial) and c.func is receipts_enqueue for c in callbacks)
    receipts_issue.apply((petition.pk,))
    assert kinds(petition) == ["registration", "submission"]
    registration = Receipt.objects.get(petition=petition, kind="registration")
    delivery.refresh_from_db()
    assert delivery.incoming_number in bytes(registration.document).decode()


def test_issuing_again_issues_nothing_new():
    petition = sign_and_submit(ready_to_sign())
    first = receipts_issue_for(petition_id=petition.pk)
    again = receipts_issue_for(petition_id=petition.pk)
    assert first == again == ["submission"]
    assert Receipt.objects.filter(petition=petition).count() == 1


def test_a_draft_or_an_unknown_petition_gets_no_receipt():
    draft = ready_to_sign()
    assert receipts_issue_for(petition_id=draft.pk) == []
    assert receipts_issue_for(petition_id=10**9) == []
