"""The sign-in settings are read from the environment and refused at start-up when unusable."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _settings_value(name: str, **env: str) -> subprocess.CompletedProcess[str]:
    code = f"from django.conf import settings; print(settings.{name})"
    return subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {code}"],
        cwd=ROOT,
        env={
            "PATH": os.environ["PATH"],
            "DJANGO_SETTINGS_MODULE": "config.settings.test",
            "DATA_DIR": os.environ.get("DATA_DIR", "/tmp"),
            **env,
        },
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.mark.parametrize(
    ("name", "env", "expected"),
    [
        ("TRUSTED_PROXY_HOPS", {}, "0"),
        ("TRUSTED_PROXY_HOPS", {"TRUSTED_PROXY_HOPS": "1"}, "1"),
        ("LOGIN_LOCKOUT_ADDRESS_ATTEMPTS", {}, "50"),
        ("LOGIN_LOCKOUT_ADDRESS_ATTEMPTS", {"LOGIN_LOCKOUT_ADDRESS_ATTEMPTS": "200"}, "200"),
    ],
)
def test_the_settings_come_from_the_environment_with_safe_defaults(name, env, expected):
    result = _settings_value(name, **env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == expected


@pytest.mark.parametrize(
    "env",
    [
        {"TRUSTED_PROXY_HOPS": "-1"},
        {"TRUSTED_PROXY_HOPS": "one"},
        {"LOGIN_LOCKOUT_ATTEMPTS": "0"},
        {"LOGIN_LOCKOUT_ADDRESS_ATTEMPTS": "-5"},
        {"LOGIN_LOCKOUT_SECONDS": "0"},
    ],
)
def test_unusable_values_stop_the_process_at_start_up(env):
    result = _settings_value("TRUSTED_PROXY_HOPS", **env)
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr or "ValueError" in result.stderr
