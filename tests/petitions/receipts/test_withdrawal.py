"""Withdrawal: signed with ЭЦҚ like the petition, recorded once, refused after a decision."""

import base64

import pytest
from django.urls import reverse
from django.utils import translation

from core.refusal import Refusal
from petitions.models import Petition, Status, StatusEvent
from petitions.receipts.models import Withdrawal
from petitions.receipts.withdrawal import (
    petition_withdraw,
    statement_bytes,
    statement_digest,
    withdrawal_for,
)
from signing.web.demo import demo_sign
from tests.factories import UserFactory
from tests.petitions.factories import petition_url, ready_to_sign
from tests.petitions.receipts.conftest import submit

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("crls")]


def url(name, petition):
    return reverse(f"receipts:{name}", kwargs={"public_id": petition.public_id})


def signed_statement(petition, *, iin=None, data=None):
    statement = statement_bytes(petition) if data is None else data
    cms = demo_sign(
        iin=iin or petition.filer.iin, full_name=petition.filer.full_name, data=statement
    )
    return {
        "cms": base64.b64encode(cms).decode(),
        "statement_sha256": statement_digest(statement_bytes(petition)),
    }


def test_the_filer_withdraws_with_an_ncalayer_signature_once(signed_in):
    petition = submit(signed_in.user)
    page = signed_in.get(url("withdraw", petition))
    assert page.status_code == 200
    assert statement_bytes(petition).decode() in page.content.decode().replace("&quot;", '"')
    form = signed_statement(petition)
    response = signed_in.post(url("withdraw_sign", petition), form)
    assert response["Location"] == petition_url("confirmation", petition)
    petition.refresh_from_db()
    assert petition.status == Status.WITHDRAWN
    withdrawal = withdrawal_for(petition)
    assert withdrawal is not None
    assert bytes(withdrawal.statement) == statement_bytes(petition)
    assert bytes(withdrawal.signature) == base64.b64decode(form["cms"])
    assert withdrawal.signature_report["indication"] == "TOTAL_PASSED"
    assert withdrawal.signer_iin == signed_in.user.iin
    event = StatusEvent.objects.get(petition=petition, status=Status.WITHDRAWN)
    assert event.actor == signed_in.user
    again = signed_in.post(url("withdraw_sign", petition), form)
    assert again["Location"] == petition_url("confirmation", petition)
    assert Withdrawal.objects.filter(petition=petition).count() == 1
    assert StatusEvent.objects.filter(petition=petition, status=Status.WITHDRAWN).count() == 1
    confirmation = signed_in.get(petition_url("confirmation", petition)).content.decode()
    assert "data-withdrawn" in confirmation
    assert "data-withdraw-link" not in confirmation


def test_the_demo_signer_withdraws_through_the_same_verification(signed_in):
    petition = submit(signed_in.user)
    confirmation = signed_in.get(petition_url("confirmation", petition)).content.decode()
    assert url("withdraw", petition) in confirmation
    response = signed_in.post(
        url("withdraw_demo_sign", petition),
        {"statement_sha256": statement_digest(statement_bytes(petition))},
    )
    assert response["Location"] == petition_url("confirmation", petition)
    petition.refresh_from_db()
    assert petition.status == Status.WITHDRAWN
    assert "TEST" in withdrawal_for(petition).signature_report["signers"][0]["cert_issuer"]


@pytest.mark.parametrize("status", [Status.DECIDED, Status.REFUSED, Status.RETURNED])
def test_after_a_decision_the_withdrawal_is_refused_with_a_reason(signed_in, status):
    petition = submit(signed_in.user)
    Petition.objects.filter(pk=petition.pk).update(status=status)
    petition.refresh_from_db()
    page = signed_in.get(url("withdraw", petition))
    assert "data-withdraw-refused" in page.content.decode()
    response = signed_in.post(url("withdraw_sign", petition), signed_statement(petition))
    assert response.status_code == 400
    assert "data-withdraw-error" in response.content.decode()
    petition.refresh_from_db()
    assert petition.status == status
    assert not Withdrawal.objects.exists()


@pytest.mark.parametrize(
    "status", [Status.SUBMITTED, Status.DELIVERED, Status.UNDER_REVIEW, Status.SCHEDULED]
)
def test_before_a_decision_every_status_may_withdraw(status):
    petition = submit()
    Petition.objects.filter(pk=petition.pk).update(status=status)
    petition.refresh_from_db()
    form = signed_statement(petition)
    result = petition_withdraw(
        petition=petition, cms=base64.b64decode(form["cms"]), seen_sha256=form["statement_sha256"]
    )
    assert result.created
    assert Petition.objects.get(pk=petition.pk).status == Status.WITHDRAWN


def test_a_decision_recorded_after_the_page_was_read_wins(signed_in):
    """The view's copy says SCHEDULED; the row, under the lock, says DECIDED: refused."""
    petition = submit(signed_in.user)
    form = signed_statement(petition)
    Petition.objects.filter(pk=petition.pk).update(status=Status.DECIDED)
    with pytest.raises(Refusal) as refused:
        petition_withdraw(
            petition=petition,
            cms=base64.b64decode(form["cms"]),
            seen_sha256=form["statement_sha256"],
        )
    assert refused.value.code == "withdrawal_too_late"
    assert not Withdrawal.objects.exists()


def test_someone_elses_key_is_refused(signed_in):
    petition = submit(signed_in.user)
    response = signed_in.post(
        url("withdraw_sign", petition), signed_statement(petition, iin="900101300123")
    )
    assert response.status_code == 400
    assert Petition.objects.get(pk=petition.pk).status == Status.SUBMITTED


def test_a_signature_over_other_bytes_is_refused(signed_in):
    petition = submit(signed_in.user)
    form = signed_statement(petition, data=statement_bytes(petition) + b" ")
    response = signed_in.post(url("withdraw_sign", petition), form)
    assert response.status_code == 400
    assert Petition.objects.get(pk=petition.pk).status == Status.SUBMITTED


@pytest.mark.parametrize("cms", ["", "not base64!", base64.b64encode(b"not a cms").decode()])
def test_a_missing_or_unreadable_signature_is_refused(signed_in, cms):
    petition = submit(signed_in.user)
    form = {"cms": cms, "statement_sha256": statement_digest(statement_bytes(petition))}
    response = signed_in.post(url("withdraw_sign", petition), form)
    assert response.status_code == 400
    assert "data-withdraw-error" in response.content.decode()
    assert Petition.objects.get(pk=petition.pk).status == Status.SUBMITTED


def test_a_statement_digest_not_seen_is_refused(signed_in):
    petition = submit(signed_in.user)
    form = {**signed_statement(petition), "statement_sha256": "0" * 64}
    assert signed_in.post(url("withdraw_sign", petition), form).status_code == 400
    assert Petition.objects.get(pk=petition.pk).status == Status.SUBMITTED


def test_another_persons_petition_is_404(client):
    petition = submit()
    client.force_login(UserFactory())
    assert client.get(url("withdraw", petition)).status_code == 404
    assert (
        client.post(url("withdraw_sign", petition), signed_statement(petition)).status_code == 404
    )
    assert client.post(url("withdraw_demo_sign", petition), {}).status_code == 404
    assert Petition.objects.get(pk=petition.pk).status == Status.SUBMITTED


def test_a_draft_cannot_be_withdrawn(signed_in):
    draft = ready_to_sign(signed_in.user)
    assert signed_in.get(url("withdraw", draft)).status_code == 404
    assert signed_in.post(url("withdraw_demo_sign", draft), {}).status_code == 404


def test_signing_in_is_required(client):
    petition = submit()
    response = client.get(url("withdraw", petition))
    assert response.status_code == 302
    assert "login" in response["Location"]


def test_the_statement_is_the_same_bytes_in_every_language():
    petition = submit()
    with translation.override("ru"):
        russian = statement_bytes(petition)
    with translation.override("en"):
        assert statement_bytes(petition) == russian


def test_signing_pages_take_post_only(signed_in):
    petition = submit(signed_in.user)
    assert signed_in.get(url("withdraw_sign", petition)).status_code == 405
    assert signed_in.get(url("withdraw_demo_sign", petition)).status_code == 405
    assert signed_in.post(url("withdraw", petition)).status_code == 405


@pytest.mark.parametrize(
    ("regime", "title", "other"),
    [
        ("cassation_courts", "Кассациялық шағымды кері қайтарып алу", "Өтінішхатты"),
        ("supreme_court", "Өтінішхатты кері қайтарып алу", "шағымды"),
    ],
)
def test_the_pages_name_what_was_filed(signed_in, regime, title, other):
    petition = submit(signed_in.user)
    Petition.objects.filter(pk=petition.pk).update(deadline={**petition.deadline, "regime": regime})
    for page in (url("withdraw", petition), petition_url("confirmation", petition)):
        body = signed_in.get(page).content.decode()
        assert title in body
        main = body[body.index("<main") : body.index("</main>")]
        assert f"{other} кері қайтарып алу" not in main
