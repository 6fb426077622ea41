"""Test settings: real PostgreSQL and Redis at their default local ports (overridable).

The suite talks to real services over real connections; only the outside world is faked.
"""

import os
import tempfile
from pathlib import Path

os.environ.setdefault("DJANGO_SECRET_KEY", "test-only-not-a-secret")
os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/court_cabinet")
os.environ.setdefault("REDIS_URL", "redis://127.0.0.1:6379/15")
os.environ.setdefault("DATA_DIR", tempfile.mkdtemp(prefix="court-cabinet-test-"))
# The generated test PKI is the trust store; tests/conftest.py generates it once per run.
os.environ.setdefault("SIGNING_DEMO_PKI_DIR", str(Path(os.environ["DATA_DIR"]) / "pki"))

from .base import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]  # speed; tests only
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
SMS_BACKEND = "cabinet.sms.LocmemBackend"

from .base import DATA_DIR  # noqa: E402

STATIC_ROOT = DATA_DIR / "static"  # empty; static files are served from the finders in tests
STATIC_ROOT.mkdir(parents=True, exist_ok=True)
WHITENOISE_USE_FINDERS = True
