"""Migration 0007: CrPC 484.2.1 as in force (misdemeanours and minor-gravity crimes). A criminal
draft's exclusion answer was given to the old list, so it is asked again; sent petitions keep
their stored answer exactly as signed."""

import importlib

import pytest
from django.apps import apps
from django.utils import timezone

from petitions.models import Petition, Status
from tests.factories import UserFactory
from tests.petitions.factories import PetitionFactory, civil_case_answered, criminal_case

migration = importlib.import_module("petitions.migrations.0007_crpc484_minor_offences")

pytestmark = pytest.mark.django_db


def test_criminal_drafts_are_asked_again_and_sent_petitions_are_untouched():
    user = UserFactory()
    old = criminal_case(user, exclusion="order_or_conciliation", direction="improves")
    none = criminal_case(user, exclusion="none", direction="improves")
    appeal = criminal_case(user, exclusion="not_reviewed_on_appeal", direction="improves")
    civil = civil_case_answered(PetitionFactory(filer=user), in_force_on=timezone.localdate())
    sent = criminal_case(user, exclusion="order_or_conciliation", direction="improves")
    Petition.objects.filter(pk=sent.pk).update(
        status=Status.SUBMITTED,
        reference="SC-2026-000001-7",
        submitted_at=timezone.now(),
        signature=b"cms",
        manifest_sha256="0" * 64,
    )

    migration.ask_drafts_again(apps, None)

    stored = dict(Petition.objects.values_list("pk", "exclusion"))
    assert stored[old.pk] == stored[none.pk] == ""  # the new list is asked
    assert stored[appeal.pk] == "not_reviewed_on_appeal"  # the same question as before
    assert stored[civil.pk] == "none"  # CPC 434.2's list did not change
    assert stored[sent.pk] == "order_or_conciliation"  # as signed
