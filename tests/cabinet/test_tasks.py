"""Celery tasks run on a real worker over the real broker (Redis in the suite)."""

import datetime as dt
import time

import pytest
from celery.contrib.testing.worker import start_worker
from django.contrib.sessions.backends.db import SessionStore
from django.contrib.sessions.models import Session
from django.utils import timezone

from cabinet.tasks import sessions_clear_expired
from config.celery import app


def _session(expires_in: dt.timedelta) -> str:
    store = SessionStore()
    store["x"] = 1
    store.set_expiry(expires_in)
    store.create()
    Session.objects.filter(session_key=store.session_key).update(
        expire_date=timezone.now() + expires_in
    )
    return store.session_key


@pytest.mark.django_db
def test_clear_expired_deletes_only_expired_sessions_and_is_idempotent():
    old = _session(dt.timedelta(seconds=-10))
    live = _session(dt.timedelta(hours=1))
    assert sessions_clear_expired() == 1
    assert sessions_clear_expired() == 0
    assert not Session.objects.filter(session_key=old).exists()
    assert Session.objects.filter(session_key=live).exists()


@pytest.mark.django_db(transaction=True)
def test_a_real_worker_runs_the_task_from_the_broker():
    old = _session(dt.timedelta(seconds=-10))
    with start_worker(app, perform_ping_check=False, pool="solo", loglevel="WARNING"):
        sessions_clear_expired.delay()
        deadline = time.monotonic() + 20
        while Session.objects.filter(session_key=old).exists() and time.monotonic() < deadline:
            time.sleep(0.1)
    assert not Session.objects.filter(session_key=old).exists()
