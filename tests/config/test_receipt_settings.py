"""Production refuses to start without the portal's receipt key; locally the demo PKI serves."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION = {
    "DJANGO_SETTINGS_MODULE": "config.settings.production",
    "DJANGO_SECRET_KEY": "x" * 60,
    "DJANGO_ALLOWED_HOSTS": "cabinet.example.kz",
    "DATABASE_URL": "postgres://u:p@db:5432/cabinet",
    "REDIS_URL": "redis://redis:6379/0",
    "SIGNING_TRUST_DIR": "/run/pki/trust",
    "RECEIPT_KEY_PATH": "/run/secrets/receipt_key",
    "RECEIPT_CERTIFICATE_PATH": "/run/pki/receipt.cer",
    "RECEIPT_BASE_URL": "https://cabinet.example.kz/",
}


def _setting(name: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    code = f"from django.conf import settings; print(settings.{name})"
    return subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {code}"],
        cwd=ROOT,
        env={"PATH": os.environ["PATH"], **env},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_production_reads_the_receipt_settings():
    result = _setting("RECEIPT_BASE_URL", PRODUCTION)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "https://cabinet.example.kz"


@pytest.mark.parametrize(
    "missing", ["RECEIPT_KEY_PATH", "RECEIPT_CERTIFICATE_PATH", "RECEIPT_BASE_URL"]
)
def test_production_refuses_to_start_without_a_receipt_setting(missing):
    env = {k: v for k, v in PRODUCTION.items() if k != missing}
    result = _setting("RECEIPT_KEY_PATH", env)
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert missing in result.stderr
