"""The embedded default a newcomer gets with no environment: SQLite, local files, filesystem broker.

Only this module supplies a development secret key and DEBUG; it must never serve the public.
"""

import os
from pathlib import Path

os.environ.setdefault("DJANGO_SECRET_KEY", "local-development-only-not-a-secret")
os.environ.setdefault("DJANGO_DEBUG", "true")
# The generated test PKI and the demo signer, so the whole journey works without NCALayer.
_data = os.environ.get("DATA_DIR") or str(Path(__file__).resolve().parents[2] / "var")
os.environ.setdefault("SIGNING_DEMO_PKI_DIR", str(Path(_data) / "pki"))

from .base import *  # noqa: F403, E402
from .base import DATA_DIR  # noqa: E402

for _sub in ("media", "cache", "broker/queue", "broker/processed", "broker/control", "static"):
    (DATA_DIR / _sub).mkdir(parents=True, exist_ok=True)

STATIC_ROOT = DATA_DIR / "static"  # `collectstatic` is a production step; runserver uses finders
