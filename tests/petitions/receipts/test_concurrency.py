"""Two workers issuing the same receipt, or two tabs withdrawing, at the same moment: one row."""

import base64
import threading

import pytest
from django.db import connection

from petitions.models import StatusEvent
from petitions.receipts.models import Receipt, Withdrawal
from petitions.receipts.services import receipt_issue_submission
from petitions.receipts.withdrawal import petition_withdraw, statement_bytes, statement_digest
from signing.web.demo import demo_sign
from tests.petitions.receipts.conftest import submit

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("crls", "courts"),
]


@pytest.fixture
def courts():
    """The court directory (a transactional test's flush empties what the migration loaded)."""
    from importlib import import_module

    from django.apps import apps

    from petitions.models import Court

    if not Court.objects.exists():
        import_module("petitions.migrations.0002_courts_and_reference_sequence").load_courts(
            apps, None
        )


def race(work, n=4):
    barrier = threading.Barrier(n)
    results, errors = [], []

    def run():
        try:
            barrier.wait()
            results.append(work())
        except Exception as exc:  # reported below, in the test's thread
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=run) for _ in range(n)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors, errors
    return results


def test_concurrent_issuing_gives_one_receipt():
    petition = submit()
    receipt_issue_submission(petition=petition)  # the demo key exists before the race
    Receipt.objects.all().delete()
    receipts = race(lambda: receipt_issue_submission(petition=petition))
    assert len({r.pk for r in receipts}) == 1
    assert Receipt.objects.filter(petition=petition).count() == 1


def test_concurrent_withdrawals_give_one_withdrawal_and_one_event():
    petition = submit()
    statement = statement_bytes(petition)
    cms = demo_sign(iin=petition.filer.iin, full_name=petition.filer.full_name, data=statement)
    results = race(
        lambda: petition_withdraw(
            petition=petition, cms=cms, seen_sha256=statement_digest(statement)
        )
    )
    assert sum(r.created for r in results) == 1
    assert Withdrawal.objects.filter(petition=petition).count() == 1
    assert StatusEvent.objects.filter(petition=petition, status="withdrawn").count() == 1
    assert base64.b64encode(bytes(Withdrawal.objects.get().signature))
