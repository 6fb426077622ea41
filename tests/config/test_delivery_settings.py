"""The delivery settings come from the environment; production with the ``http`` gateway refuses
to start without a real registry HMAC key, and the delivery tasks go to their own queue."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION = {
    "DJANGO_SETTINGS_MODULE": "config.settings.production",
    "DJANGO_SECRET_KEY": "x" * 60,
    "DJANGO_ALLOWED_HOSTS": "cabinet.example.kz",
    "DATABASE_URL": "postgres://u@127.0.0.1:5432/db",
    "REDIS_URL": "redis://127.0.0.1:6379/0",
    "SIGNING_TRUST_DIR": "/nonexistent",
    "RECEIPT_KEY_PATH": "/nonexistent/receipt.key",
    "RECEIPT_CERTIFICATE_PATH": "/nonexistent/receipt.cer",
    "RECEIPT_BASE_URL": "https://cabinet.example.kz",
}


def _secret(**env: str) -> subprocess.CompletedProcess[str]:
    code = "from django.conf import settings; print(settings.REGISTRY_HMAC_SECRET)"
    return subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {code}"],
        cwd=ROOT,
        env={"PATH": os.environ["PATH"], "DATA_DIR": os.environ.get("DATA_DIR", "/tmp"), **env},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_production_with_the_http_gateway_needs_the_hmac_key() -> None:
    missing = _secret(**PRODUCTION, DELIVERY_GATEWAY="http")
    assert missing.returncode != 0
    assert "REGISTRY_HMAC_SECRET" in missing.stderr
    given = _secret(**PRODUCTION, DELIVERY_GATEWAY="http", REGISTRY_HMAC_SECRET="k" * 40)
    assert given.stdout.strip() == "k" * 40


def test_delivery_tasks_are_routed_to_the_delivery_queue() -> None:
    from config.celery import app
    from petitions.delivery.tasks import delivery_send

    route = app.amqp.router.route({}, delivery_send.name)
    assert route["queue"].name == "delivery"
