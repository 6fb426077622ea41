"""Factories for petitions in various stages."""

import datetime as dt

import factory

from petitions.models import Court, Party, Petition
from tests.factories import UserFactory


def court(code: str = "astana") -> Court:
    return Court.objects.get(code=code)


class PetitionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Petition

    filer = factory.SubFactory(UserFactory)
    procedure = ""


def civil_case_answered(petition: Petition, *, in_force_on: dt.date) -> Petition:
    petition.procedure = "civil"
    petition.act_kind = "appellate"
    petition.court = court()
    petition.case_number = "7199-24-00-2а/1234"
    petition.act_date = in_force_on
    petition.in_force_on = in_force_on
    petition.appeal = "decided_on_appeal"
    petition.save()
    return petition


def content_answered(petition: Petition) -> Petition:
    petition.grounds = "Соттар материалдық құқық нормаларын қате қолданды."
    petition.arguments = "Дәлелдер..."
    petition.request = "Апелляциялық сот қаулысын бұзуды сұраймын."
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
