"""Parties: IINs and BINs that exist, exactly one petitioner, and the right one (issue 11)."""

import datetime as dt

import pytest
from django.utils import translation

from cabinet.iin import make_bin, make_iin
from cabinet.models import Role
from core.refusal import Refusal
from petitions.forms.parties import PartyForm
from petitions.models import Party
from petitions.readiness import parties_complete, refusals
from petitions.services.petitions import party_add
from tests.factories import UserFactory

from .factories import ready_to_sign

pytestmark = pytest.mark.django_db

CLIENT_IIN = make_iin(dt.date(1990, 1, 1))
COMPANY_BIN = make_bin(dt.date(2015, 3, 1))


def wrong_check_digit(number: str) -> str:
    return number[:11] + str((int(number[11]) + 1) % 10)


def form(petition, **fields) -> PartyForm:
    data = {"role": "defendant", "name": "ЖШС «Мысал»", "iin_bin": "", "address": "Алматы"}
    return PartyForm({**data, **fields}, petition=petition)


def errors(bound: PartyForm) -> dict[str, list[str]]:
    with translation.override("en"):
        return {name: [str(e) for e in errs] for name, errs in bound.errors.items()}


def without_petitioner(filer=None, *, for_client: bool = False):
    petition = ready_to_sign(filer)
    petition.for_client = for_client
    petition.save()
    Party.objects.filter(petition=petition, role="petitioner").delete()
    return petition


# --- IIN and BIN ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("number", "message"),
    [
        (wrong_check_digit(COMPANY_BIN), "does not exist"),  # a BIN with a wrong check digit
        (wrong_check_digit(CLIENT_IIN), "does not exist"),
        ("901301300017", "neither a valid IIN nor a valid BIN"),  # month 13
        ("150348000015", "neither a valid IIN nor a valid BIN"),  # BIN of an unknown unit (8)
        ("12345678901", "12 digits"),
    ],
)
def test_an_iin_or_bin_that_cannot_exist_is_refused(number, message):
    petition = ready_to_sign()

    bound = form(petition, iin_bin=number)

    assert not bound.is_valid()
    assert message in errors(bound)["iin_bin"][0]


@pytest.mark.parametrize("number", [COMPANY_BIN, "940140000385", "081140000436", CLIENT_IIN, ""])
def test_a_real_iin_or_bin_or_none_is_accepted(number):
    assert form(ready_to_sign(), iin_bin=number).is_valid()


def test_the_service_refuses_what_the_form_would():
    petition = ready_to_sign()

    with pytest.raises(Refusal) as refused:
        party_add(
            petition=petition,
            role="defendant",
            name="X",
            iin_bin=wrong_check_digit(COMPANY_BIN),
            address="Y",
        )
    assert refused.value.code == "iin_bin"


def test_a_stored_party_with_an_impossible_number_keeps_the_petition_from_signing():
    petition = ready_to_sign()
    assert parties_complete(petition)
    Party.objects.filter(petition=petition, role="defendant").update(
        iin_bin=wrong_check_digit(COMPANY_BIN)
    )

    assert not parties_complete(petition)


# --- Exactly one petitioner ---------------------------------------------------------------------


def test_a_second_petitioner_is_refused_by_the_form_and_the_service():
    petition = ready_to_sign()  # names the filer as petitioner
    filer = petition.filer

    bound = form(petition, role="petitioner", name=filer.full_name, iin_bin=filer.iin)
    assert not bound.is_valid()
    assert "exactly one" in errors(bound)["role"][0]
    with pytest.raises(Refusal) as refused:  # two tabs: the form ran before the first was added
        party_add(
            petition=petition,
            role="petitioner",
            name=filer.full_name,
            iin_bin=filer.iin,
            address="A",
        )
    assert refused.value.code == "role"
    assert petition.parties.filter(role="petitioner").count() == 1


def test_two_petitioners_never_reach_the_check_page():
    petition = ready_to_sign()
    Party.objects.create(
        petition=petition,
        role="petitioner",
        name=petition.filer.full_name,
        iin_bin=petition.filer.iin,
        address="Астана",
    )

    assert not parties_complete(petition)
    assert "parties_incomplete" in {r.code for r in refusals(petition, answer=None)}


# --- Filing for oneself: the account holder -----------------------------------------------------


def test_filing_for_oneself_the_petitioners_name_is_the_account_holders():
    petition = without_petitioner()
    filer = petition.filer

    bound = form(petition, role="petitioner", name="Басқа Адам", iin_bin=filer.iin)

    assert not bound.is_valid()
    assert filer.full_name in errors(bound)["name"][0]


def test_the_name_may_differ_in_case_and_spaces_and_is_stored_as_the_account_has_it():
    petition = without_petitioner()
    filer = petition.filer
    typed = "  " + filer.full_name.upper().replace(" ", "   ") + " "

    bound = form(petition, role="petitioner", name=typed, iin_bin=filer.iin)

    assert bound.is_valid(), bound.errors
    assert bound.cleaned_data["name"] == filer.full_name


def test_ones_own_iin_under_another_name_keeps_the_petition_from_signing():
    petition = ready_to_sign()
    Party.objects.filter(petition=petition, role="petitioner").update(name="Басқа Адам")

    assert not parties_complete(petition)


# --- Filing for a client: never the filer -------------------------------------------------------


@pytest.fixture
def lawyers_petition():
    return without_petitioner(UserFactory(role=Role.LAWYER), for_client=True)


def test_a_lawyer_filing_for_a_client_cannot_be_the_petitioner(lawyers_petition):
    lawyer = lawyers_petition.filer

    as_himself = form(
        lawyers_petition, role="petitioner", name=lawyer.full_name, iin_bin=lawyer.iin
    )
    his_name = form(lawyers_petition, role="petitioner", name=lawyer.full_name, iin_bin=CLIENT_IIN)
    no_number = form(lawyers_petition, role="petitioner", name="Клиент Әлия", iin_bin="")

    assert "your client, not you" in errors(as_himself)["iin_bin"][0]
    assert "your client, not you" in errors(his_name)["iin_bin"][0]
    assert "power of attorney" in errors(no_number)["iin_bin"][0]
    assert form(
        lawyers_petition, role="petitioner", name="Клиент Әлия", iin_bin=CLIENT_IIN
    ).is_valid()


def test_a_lawyer_named_as_the_clients_petitioner_keeps_the_petition_from_signing(lawyers_petition):
    lawyer = lawyers_petition.filer
    Party.objects.create(
        petition=lawyers_petition,
        role="petitioner",
        name=lawyer.full_name,
        iin_bin=lawyer.iin,
        address="Астана",
    )

    assert not parties_complete(lawyers_petition)
    Party.objects.filter(petition=lawyers_petition, role="petitioner").update(
        name="Клиент Әлия", iin_bin=CLIENT_IIN
    )
    assert parties_complete(lawyers_petition)
