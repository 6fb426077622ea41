"""Who may claim HTTPS: the image's real gunicorn command line with the production settings.

A client that reaches gunicorn directly and sends ``X-Forwarded-Proto: https`` must still be
served as plain HTTP (so redirected to HTTPS); only the proxy named in FORWARDED_ALLOW_IPS is
believed. The proxy address 192.0.2.10 (RFC 5737) is configuration only: nothing is sent to it.
"""

import http.client
import json
import os
import re
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION = {
    "DJANGO_SETTINGS_MODULE": "config.settings.production",
    "DJANGO_SECRET_KEY": "x" * 60 + "-not-a-real-secret-but-long-and-varied-0123456789",
    "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
    "DATABASE_URL": os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/x"),
    "REDIS_URL": os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/15"),
    "SIGNING_TRUST_DIR": "/nonexistent/trust",
    "RECEIPT_KEY_PATH": "/run/secrets/receipt_key",
    "RECEIPT_CERTIFICATE_PATH": "/run/pki/receipt.cer",
    "RECEIPT_BASE_URL": "https://cabinet.example.kz",
}


def _image_command() -> list[str]:
    match = re.search(r"^CMD (\[.*\])$", (ROOT / "Dockerfile").read_text(), re.MULTILINE)
    assert match, "the Dockerfile has no exec-form CMD"
    return list(json.loads(match.group(1)))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def gunicorn(request) -> Iterator[int]:
    """The image's command, bound to a loopback port, with FORWARDED_ALLOW_IPS = request.param."""
    command = _image_command()
    assert command[0] == "gunicorn"
    port = _free_port()
    command[0] = str(Path(sys.executable).with_name("gunicorn"))
    command[command.index("--bind") + 1] = f"127.0.0.1:{port}"
    command[command.index("--workers") + 1] = "1"
    env = {"PATH": os.environ["PATH"], **PRODUCTION}
    env["FORWARDED_ALLOW_IPS"] = request.param
    process = subprocess.Popen(command, cwd=ROOT, env=env, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            assert process.poll() is None, process.stderr.read().decode() if process.stderr else ""
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.2)
        yield port
    finally:
        process.terminate()
        process.wait(timeout=30)


def _claiming_https(port: int) -> http.client.HTTPResponse:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=20)
    connection.request("GET", "/healthz", headers={"X-Forwarded-Proto": "https"})
    return connection.getresponse()


@pytest.mark.parametrize("gunicorn", ["192.0.2.10"], indirect=True)
def test_a_client_that_is_not_the_proxy_cannot_claim_https(gunicorn):
    """Our proxy is 192.0.2.10; this test's client (127.0.0.1) is not it, so its claim is
    ignored and it is redirected to HTTPS."""
    response = _claiming_https(gunicorn)
    assert response.status == 301
    assert response.getheader("Location", "").startswith("https://127.0.0.1")


@pytest.mark.parametrize("gunicorn", ["127.0.0.1"], indirect=True)
def test_the_configured_proxy_is_believed(gunicorn):
    response = _claiming_https(gunicorn)
    assert response.status != 301
