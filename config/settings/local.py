"""The embedded default a newcomer gets with no environment: SQLite, local files, filesystem broker.

Only this module supplies a development secret key and DEBUG; it must never serve the public.
"""

import os

os.environ.setdefault("DJANGO_SECRET_KEY", "local-development-only-not-a-secret")
os.environ.setdefault("DJANGO_DEBUG", "true")

from .base import *  # noqa: E402,F403
from .base import DATA_DIR  # noqa: E402

for _sub in ("media", "cache", "broker/queue", "broker/processed"):
    (DATA_DIR / _sub).mkdir(parents=True, exist_ok=True)
