"""Factories for petitions in various stages."""

import base64
import datetime as dt
import hashlib

import factory
from django.core.files.base import ContentFile
from django.urls import reverse
from django.utils import timezone

from petitions.manifest import manifest_bytes
from petitions.models import Attachment, Court, Party, Petition
from signing.web.demo import demo_sign
from tests.factories import UserFactory

from .uploads.samples import pdf


def court(code: str = "astana") -> Court:
    return Court.objects.get(code=code)


class PetitionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Petition

    filer = factory.SubFactory(UserFactory)
    procedure = ""


def civil_case_answered(petition: Petition, *, in_force_on: dt.date) -> Petition:
    petition.procedure = "civil"
    petition.standing = "claimant"
    petition.act_kind = "appellate"
    petition.court = court()
    petition.case_number = "7199-24-00-2а/1234"
    petition.act_date = in_force_on
    petition.in_force_on = in_force_on
    petition.appeal = "decided_on_appeal"
    petition.exclusion = "none"
    petition.save()
    return petition


def criminal_case(filer, **answers) -> Petition:
    """A criminal petition against a conviction by a named first-instance court (no exclusion or
    direction unless given): ``answers`` override any field."""
    fields = {
        "procedure": "criminal",
        "standing": "convicted",
        "act_kind": "conviction",
        "court_name": "Есіл аудандық соты",
        "case_number": "1-2/2026",
        "act_date": dt.date(2026, 9, 1),
        "in_force_on": dt.date(2026, 10, 1),
    }
    return PetitionFactory(filer=filer, **{**fields, **answers})


def content_answered(petition: Petition) -> Petition:
    petition.grounds = "Соттар материалдық құқық нормаларын қате қолданды."
    petition.arguments = "Дәлелдер..."
    petition.request = "Апелляциялық сот қаулысын бұзуды сұраймын."
    if petition.procedure == "criminal":
        petition.wants_hearing = True
    else:
        petition.fee_claim, petition.fee_filer = "non_property", "individual"
        petition.state_fee = "exempt"
        petition.fee_exemption = "Салық кодексі бойынша босатылғанмын."
    if petition.act_kind == "appellate" and not petition.other_court_name:
        petition.other_court_name = "Астана қаласы Есіл аудандық соты"
        petition.other_act_date = petition.act_date - dt.timedelta(days=60)
    petition.save()
    Party.objects.create(
        petition=petition,
        role="petitioner",
        name=petition.filer.full_name,
        iin_bin=petition.filer.iin,
        address="Астана, Мәңгілік Ел 8",
    )
    Party.objects.create(
        petition=petition, role="defendant", name="ЖШС «Мысал»", address="Алматы, Абай 1"
    )
    return petition


def attach(
    petition: Petition, data: bytes | None = None, name: str = "қаулы.pdf", kind: str = "court_act"
) -> Attachment:
    """A stored PDF attachment (a copy of the contested act unless ``kind`` says otherwise)."""
    data = pdf() if data is None else data
    return Attachment.objects.create(
        petition=petition,
        kind=kind,
        name=name,
        media_type="application/pdf",
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        file=ContentFile(data, name="x"),
    )


def ready_to_sign(filer=None) -> Petition:
    """A complete civil petition, in time (in force 30 days ago), with one PDF attached."""
    petition = PetitionFactory(filer=filer or UserFactory())
    civil_case_answered(petition, in_force_on=timezone.localdate() - dt.timedelta(days=30))
    content_answered(petition)
    attach(petition)
    return petition


def cms_for(petition: Petition, *, iin: str | None = None, data: bytes | None = None) -> str:
    """A detached CMS (base64, as NCALayer returns it) over the manifest, by the demo signer."""
    raw = demo_sign(
        iin=iin or petition.filer.iin,
        full_name=petition.filer.full_name,
        data=data if data is not None else manifest_bytes(petition),
    )
    return base64.b64encode(raw).decode()


def petition_url(name: str, petition: Petition, attachment: Attachment | None = None) -> str:
    """The URL of a petition's page (of one of its attachments, when given)."""
    kwargs = {"public_id": petition.public_id}
    if attachment is not None:
        kwargs["attachment_id"] = attachment.public_id
    return reverse(f"petitions:{name}", kwargs=kwargs)
