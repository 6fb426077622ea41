"""The embedded default a newcomer gets with no environment: SQLite, local files, filesystem broker.

Only this module supplies a development secret key and DEBUG; it must never serve the public.
"""

import os

os.environ.setdefault("DJANGO_SECRET_KEY", "local-development-only-not-a-secret")
os.environ.setdefault("DJANGO_DEBUG", "true")

from .base import *  # noqa: F403
from .base import DATA_DIR

for _sub in ("media", "cache", "broker/queue", "broker/processed", "static"):
    (DATA_DIR / _sub).mkdir(parents=True, exist_ok=True)

STATIC_ROOT = DATA_DIR / "static"  # `collectstatic` is a production step; runserver uses finders
