"""Production: every secret from the environment, HTTPS only, no embedded defaults.

``DJANGO_SECRET_KEY``, ``DJANGO_ALLOWED_HOSTS``, ``DATABASE_URL`` and ``REDIS_URL`` have no default:
a missing one stops the process at start-up with ``ImproperlyConfigured``.
"""

from .base import *  # noqa: F403
from .base import DELIVERY_GATEWAY, STORAGES, env

DEBUG = False
# Production validates against the configured NCA trust store only and refuses test identities.
SIGNING_PRODUCTION = env.bool("SIGNING_PRODUCTION", default=True)
SIGNING_TRUST_DIR = env.str("SIGNING_TRUST_DIR")
SECRET_KEY = env.str("DJANGO_SECRET_KEY")
# Receipts are signed with the portal's own key (no demo PKI here): no default, refuse to start.
RECEIPT_KEY_PATH = env.str("RECEIPT_KEY_PATH")
RECEIPT_CERTIFICATE_PATH = env.str("RECEIPT_CERTIFICATE_PATH")
RECEIPT_BASE_URL = env.str("RECEIPT_BASE_URL").rstrip("/")
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS")
DATABASES = {"default": env.db_url("DATABASE_URL")}
DATABASES["default"]["ATOMIC_REQUESTS"] = True
DATABASES["default"]["CONN_MAX_AGE"] = env.int("DATABASE_CONN_MAX_AGE", default=60)
REDIS_URL = env.str("REDIS_URL")
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}
}
CELERY_BROKER_URL = env.str("CELERY_BROKER_URL", default=REDIS_URL)
CELERY_BROKER_TRANSPORT_OPTIONS = {}
if DELIVERY_GATEWAY == "http":
    # The registry's HMAC key has no default here: the demo one would let anyone post webhooks.
    REGISTRY_HMAC_SECRET = env.str("REGISTRY_HMAC_SECRET")

STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

SECURE_SSL_REDIRECT = env.bool("DJANGO_SECURE_SSL_REDIRECT", default=True)
# No SECURE_PROXY_SSL_HEADER: Django would believe X-Forwarded-Proto from any client that reaches
# gunicorn. gunicorn sets the request's scheme from that header only for the proxies named in
# FORWARDED_ALLOW_IPS, and Django reads the scheme gunicorn set.
SECURE_HSTS_SECONDS = env.int("DJANGO_SECURE_HSTS_SECONDS", default=60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_NAME = "__Secure-sessionid"
CSRF_COOKIE_NAME = "__Secure-csrftoken"
LANGUAGE_COOKIE_SECURE = True
