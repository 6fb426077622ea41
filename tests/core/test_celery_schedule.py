"""Every task beat schedules is one the worker has registered (else beat's messages are dropped)."""

from django.conf import settings

from config.celery import app


def test_every_scheduled_task_is_registered_with_the_worker_app():
    app.loader.import_default_modules()  # what a worker does at start-up
    scheduled = {entry["task"] for entry in settings.CELERY_BEAT_SCHEDULE.values()}
    assert "signing.web.tasks.crl_refresh" in scheduled
    assert scheduled <= set(app.tasks)
