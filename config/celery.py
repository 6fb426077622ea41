"""The Celery application.

Settings come from Django's settings under the ``CELERY_`` namespace, so the broker is whatever the
environment chose: the embedded filesystem transport by default, Redis when ``REDIS_URL`` is set.
"""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.local")

app = Celery("court_cabinet")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
# Django-aware tasks of the signing app live beside its glue, not in ``signing/tasks.py`` (the
# crypto core imports nothing from Django).
app.autodiscover_tasks(["signing.web"])
# The delivery pipeline's tasks live in its own package inside the petitions app.
app.autodiscover_tasks(["petitions.delivery", "petitions.receipts"])
