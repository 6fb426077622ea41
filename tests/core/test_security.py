import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/kk/", "/ru/login/", "/en/no-such-page/", "/healthz"])
def test_every_response_carries_a_strict_csp(client, url):
    policy = client.get(url)["Content-Security-Policy"]
    assert "script-src 'self'" in policy
    assert "'unsafe-inline'" not in policy
    assert "'unsafe-eval'" not in policy
    assert "frame-ancestors 'none'" in policy
    assert "object-src 'none'" in policy


def test_templates_have_no_inline_script_or_style_or_handlers():
    offenders = []
    for path in (ROOT / "templates").rglob("*.html"):
        text = path.read_text()
        scripts = re.findall(r"<script\b[^>]*>", text)
        offenders.extend(f"{path}: inline <script>" for s in scripts if "src=" not in s)
        if re.search(r"<style\b", text) or re.search(r"\sstyle=\"", text):
            offenders.append(f"{path}: inline style")
        if re.search(r"\son[a-z]+=\"", text):
            offenders.append(f"{path}: inline event handler")
    assert offenders == []


@pytest.mark.django_db
def test_forms_post_with_csrf(client):
    client.handler.enforce_csrf_checks = True
    response = client.post("/kk/login/", {"iin": "900101300017", "password": "x"})
    assert response.status_code == 403


def _manage(args, env):
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


PRODUCTION = {
    "DJANGO_SETTINGS_MODULE": "config.settings.production",
    "DJANGO_SECRET_KEY": "x" * 60 + "-not-a-real-secret-but-long-and-varied-0123456789",
    "DJANGO_ALLOWED_HOSTS": "cabinet.example.kz",
    "DATABASE_URL": "postgres://u:p@127.0.0.1:5432/cabinet",
    "REDIS_URL": "redis://127.0.0.1:6379/0",
    "SIGNING_TRUST_DIR": "/run/pki/trust",
    "RECEIPT_KEY_PATH": "/run/secrets/receipt_key",
    "RECEIPT_CERTIFICATE_PATH": "/run/pki/receipt.cer",
    "RECEIPT_BASE_URL": "https://cabinet.example.kz",
}


def test_production_settings_pass_check_deploy():
    env = {"PATH": os.environ["PATH"], **PRODUCTION}
    result = _manage(["check", "--deploy", "--fail-level", "WARNING"], env)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    ("extra", "error"),
    [
        ({"SIGNING_DEMO_PKI_DIR": "/tmp/pki"}, "signing.E002"),
        ({"SIGNING_PRODUCTION": "false"}, "signing.E001"),
    ],
)
def test_check_deploy_refuses_the_demo_pki_and_test_identities(extra, error):
    env = {"PATH": os.environ["PATH"], **PRODUCTION, **extra}
    result = _manage(["check", "--deploy", "--fail-level", "WARNING"], env)
    assert result.returncode != 0
    assert error in result.stderr


@pytest.mark.parametrize(
    "missing",
    ["DJANGO_SECRET_KEY", "DJANGO_ALLOWED_HOSTS", "DATABASE_URL", "REDIS_URL", "SIGNING_TRUST_DIR"],
)
def test_production_refuses_to_start_without_a_required_variable(missing):
    env = {"PATH": os.environ["PATH"], **{k: v for k, v in PRODUCTION.items() if k != missing}}
    result = _manage(["check"], env)
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert missing in result.stderr


def test_every_environment_variable_is_documented():
    read = set()
    for path in (ROOT / "config").rglob("*.py"):
        read |= set(re.findall(r"env\.\w+\(\s*\"([A-Z0-9_]+)\"", path.read_text()))
    assert read, "the pattern found no variables: the test would pass vacuously"
    example = (ROOT / ".env.example").read_text()
    readme = (ROOT / "README.md").read_text()
    assert sorted(v for v in read if v not in example) == []
    assert sorted(v for v in read if v not in readme) == []
