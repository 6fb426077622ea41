"""Settings shared by every environment, read only from the environment (django-environ).

Each variable is typed at the point it is read and listed in ``.env.example`` and the README. A
missing or malformed value raises ``ImproperlyConfigured`` at start-up: we prefer a process that
refuses to start over one that runs with a silent default. Defaults here are the *embedded* ones a
newcomer gets with no environment at all (SQLite, local files, a filesystem Celery broker); the
production module removes the defaults that would be dangerous there.
"""

from pathlib import Path

import environ
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.FileAwareEnv()  # FOO_FILE=/run/secrets/foo works for every variable (Docker secrets)

# Where the embedded default keeps its state (database file, uploads, broker queue).
DATA_DIR = Path(env.str("DATA_DIR", default=str(BASE_DIR / "var")))

DEBUG = env.bool("DJANGO_DEBUG", default=False)
SECRET_KEY = env.str("DJANGO_SECRET_KEY")  # no default here: each settings module decides
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = env.list("DJANGO_CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.forms",
    "core",
    "cabinet",
    "petitions",
    "signing",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "core.middleware.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "core.middleware.PrivateNoStoreMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "config.urls"
# Widgets render with the project's templates too, so components can override widget markup.
FORM_RENDERER = "django.forms.renderers.TemplatesSetting"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "core.context_processors.languages",
                "cabinet.context_processors.notices",
            ],
        },
    },
]

DATABASES = {
    "default": env.db_url("DATABASE_URL", default=f"sqlite:///{DATA_DIR / 'db.sqlite3'}"),
}
DATABASES["default"]["ATOMIC_REQUESTS"] = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "cabinet.User"
AUTHENTICATION_BACKENDS = ["django.contrib.auth.backends.ModelBackend"]
LOGIN_URL = "cabinet:login"
LOGIN_REDIRECT_URL = "cabinet:dashboard"
LOGOUT_REDIRECT_URL = "home"
AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "cabinet.passwords.UserAttributeSimilarityValidator",
        "OPTIONS": {"user_attributes": ["iin", "full_name", "email"]},
    },
    {"NAME": "cabinet.passwords.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "cabinet.passwords.CommonPasswordValidator"},
    {"NAME": "cabinet.passwords.NumericPasswordValidator"},
]

# Brute-force lockout (cabinet.lockout), for the cabinet's and the admin's login: this many
# password attempts for one IIN from one address, or (a much looser limit, as an office or a court
# kiosk shares one address) from one address for any IINs, within the window lock further attempts
# for the rest of the window. Counted atomically in Redis (a file cache with a lock locally).
LOGIN_LOCKOUT_ATTEMPTS = env.int("LOGIN_LOCKOUT_ATTEMPTS", default=5)
LOGIN_LOCKOUT_ADDRESS_ATTEMPTS = env.int("LOGIN_LOCKOUT_ADDRESS_ATTEMPTS", default=50)
LOGIN_LOCKOUT_SECONDS = env.int("LOGIN_LOCKOUT_SECONDS", default=900)
if min(LOGIN_LOCKOUT_ATTEMPTS, LOGIN_LOCKOUT_ADDRESS_ATTEMPTS, LOGIN_LOCKOUT_SECONDS) < 1:
    raise ImproperlyConfigured("The LOGIN_LOCKOUT_* settings must be positive.")

# How many reverse proxies of our own stand in front of the app, each appending the address it
# received the request from to X-Forwarded-For. 0 (no proxy): the header is ignored and the TCP
# peer is the client. Only the entry this many hops from the right is believed
# (cabinet.client_address). gunicorn's FORWARDED_ALLOW_IPS must name the same proxies.
TRUSTED_PROXY_HOPS = env.int("TRUSTED_PROXY_HOPS", default=0)
if TRUSTED_PROXY_HOPS < 0:
    raise ImproperlyConfigured("TRUSTED_PROXY_HOPS must be 0 or more.")

# Which cassation procedure the deadline answers, the addressee and the texts follow: by default
# (auto) the law in force on the filing day, else today - the Supreme Court petition of the
# service page before 2025-07-01, the cassation courts from then. Pin supreme_court or
# cassation_courts only for training or tests: a pinned site answers every day by that law.
DEADLINES_REGIME = env.str("DEADLINES_REGIME", default="auto")
if DEADLINES_REGIME not in {"auto", "supreme_court", "cassation_courts"}:
    raise ImproperlyConfigured("DEADLINES_REGIME must be auto, supreme_court or cassation_courts.")

# Attachments: each file is at most 20 MiB (the court's rule); these bound a whole petition.
PETITION_MAX_FILES = env.int("PETITION_MAX_FILES", default=20)
PETITION_MAX_TOTAL_MB = env.int("PETITION_MAX_TOTAL_MB", default=200)

# E-signatures (signing/). Trust comes only from configuration, never from a signature: the trust
# anchors in SIGNING_TRUST_DIR, CRLs from SIGNING_CRL_SOURCES (configured URLs or files, indexed
# off the request path by a beat task into SIGNING_CRL_CACHE_DIR) and an optional OCSP responder.
# SIGNING_DEMO_PKI_DIR turns on the generated test PKI and the server-side demo signer; it is
# refused when SIGNING_PRODUCTION is on (production refuses known test identities too).
SIGNING_PRODUCTION = env.bool("SIGNING_PRODUCTION", default=False)
SIGNING_DEMO_PKI_DIR = env.str("SIGNING_DEMO_PKI_DIR", default="")
_demo_pki = Path(SIGNING_DEMO_PKI_DIR) if SIGNING_DEMO_PKI_DIR else None
SIGNING_TRUST_DIR = env.str(
    "SIGNING_TRUST_DIR", default=str(_demo_pki / "trust") if _demo_pki else ""
)
SIGNING_CRL_SOURCES = env.list(
    "SIGNING_CRL_SOURCES",
    default=[
        str(_demo_pki / kind / name)
        for kind in ("gost2015", "rsa")
        for name in ("ca.crl", "root.crl")
    ]
    if _demo_pki
    else [],
)
SIGNING_CRL_CACHE_DIR = env.str("SIGNING_CRL_CACHE_DIR", default=str(DATA_DIR / "crl"))
SIGNING_CRL_REFRESH_SECONDS = env.int("SIGNING_CRL_REFRESH_SECONDS", default=3600)
SIGNING_OCSP_URL = env.str("SIGNING_OCSP_URL", default="")
SIGNING_OCSP_TIMEOUT = env.float("SIGNING_OCSP_TIMEOUT", default=5.0)
SIGNING_LOGIN_NONCE_SECONDS = env.int("SIGNING_LOGIN_NONCE_SECONDS", default=300)

# Receipts (petitions/receipts/): the portal's service key signs them (CMS). RECEIPT_KEY_PATH is a
# PEM private key (RSA, or the KZ GOST-2015 key format of signing.core.signer) and
# RECEIPT_CERTIFICATE_PATH its certificate; both or neither. Neither: the demo PKI issues a service
# key when it is the trust store (local), else issuing a receipt fails. RECEIPT_BASE_URL is the
# public address the QR code on a receipt points to (its verification page).
RECEIPT_KEY_PATH = env.str("RECEIPT_KEY_PATH", default="")
RECEIPT_CERTIFICATE_PATH = env.str("RECEIPT_CERTIFICATE_PATH", default="")
RECEIPT_BASE_URL = env.str("RECEIPT_BASE_URL", default="http://127.0.0.1:8000").rstrip("/")

# Languages: Kazakh is the state language and the default; names are endonyms.
LANGUAGE_CODE = "kk"
LANGUAGES = [("kk", "Қазақша"), ("ru", "Русский"), ("en", "English")]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
FORMAT_MODULE_PATH = ["config.formats"]  # kk and en date formats (Django has none for kk)
TIME_ZONE = "Asia/Almaty"  # UTC+5 for the whole country since 2024-03-01 (tzdata 2024a)
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]

# Uploaded files are private: there is no MEDIA_URL route; files leave only through views that
# check ownership. Locally they live under DATA_DIR/media; with S3 variables, in a private bucket.
MEDIA_ROOT = DATA_DIR / "media"
AWS_STORAGE_BUCKET_NAME = env.str("AWS_STORAGE_BUCKET_NAME", default="")
if AWS_STORAGE_BUCKET_NAME:
    _default_storage = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": AWS_STORAGE_BUCKET_NAME,
            "endpoint_url": env.str("AWS_S3_ENDPOINT_URL", default="") or None,
            "region_name": env.str("AWS_S3_REGION_NAME", default="us-east-1"),
            "access_key": env.str("AWS_ACCESS_KEY_ID"),
            "secret_key": env.str("AWS_SECRET_ACCESS_KEY"),
            "default_acl": "private",
            "signature_version": "s3v4",  # SigV2 URLs are refused for new AWS buckets
            # Reads over 1 MiB spill to a temporary file: a 20 MB download is never held whole.
            "max_memory_size": 1024 * 1024,
            "file_overwrite": False,
            "querystring_auth": True,
            "querystring_expire": 60,
        },
    }
else:
    _default_storage = {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": str(MEDIA_ROOT), "base_url": None},
    }
STORAGES = {
    "default": _default_storage,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Redis, when configured, carries the cache, the sessions' cache layer and the Celery broker.
REDIS_URL = env.str("REDIS_URL", default="")
if REDIS_URL:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}
    }
else:
    # A file cache is shared by every local process (web, worker), which the lockout counter needs.
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(DATA_DIR / "cache"),
        }
    }
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
SESSION_COOKIE_AGE = env.int("SESSION_COOKIE_AGE", default=60 * 60 * 8)

# Celery: JSON only, time limits, late acks (our tasks are idempotent), retries with backoff.
CELERY_BROKER_URL = env.str("CELERY_BROKER_URL", default=REDIS_URL or "filesystem://")
CELERY_BROKER_TRANSPORT_OPTIONS: dict[str, object] = {}
if CELERY_BROKER_URL == "filesystem://":
    # kombu's filesystem transport: a real broker with no server, for the embedded default.
    _queue_dir = DATA_DIR / "broker"
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "data_folder_in": str(_queue_dir / "queue"),
        "data_folder_out": str(_queue_dir / "queue"),
        "processed_folder": str(_queue_dir / "processed"),
        # The exchange table; kombu's default is ./control, relative to wherever the worker runs.
        "control_folder": str(_queue_dir / "control"),
        "store_processed": False,
    }
CELERY_TASK_SERIALIZER = "json"
CELERY_RESULT_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TASK_IGNORE_RESULT = True
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_SOFT_TIME_LIMIT = 60
CELERY_TASK_TIME_LIMIT = 90
CELERY_TIMEZONE = TIME_ZONE
CELERY_BEAT_SCHEDULE_FILENAME = str(DATA_DIR / "celerybeat-schedule")
# Named queues, so workers scale out by kind of work (docker compose's worker consumes them all).
CELERY_TASK_ROUTES = {
    "petitions.delivery.tasks.*": {"queue": "delivery"},
    "signing.*": {"queue": "signing"},
    "*notification*": {"queue": "notifications"},
}

# Delivery to the court registry (petitions/delivery): ``local`` registers in this portal's own
# court side; ``http`` posts the package to a REST registry (REGISTRY_*).
DELIVERY_GATEWAY = env.str("DELIVERY_GATEWAY", default="local")
# The outbox sweeper runs this often and re-sends what was not acknowledged for RESEND_AFTER.
DELIVERY_SWEEP_SECONDS = env.float("DELIVERY_SWEEP_SECONDS", default=60.0)
DELIVERY_RESEND_AFTER_SECONDS = env.float("DELIVERY_RESEND_AFTER_SECONDS", default=120.0)
# Not registered this long after submission: logged at ERROR and flagged for the clerks.
DELIVERY_STALE_AFTER_SECONDS = env.float("DELIVERY_STALE_AFTER_SECONDS", default=4 * 3600.0)
DELIVERY_MAX_BACKOFF_SECONDS = env.float("DELIVERY_MAX_BACKOFF_SECONDS", default=300.0)
REGISTRY_URL = env.str("REGISTRY_URL", default="http://127.0.0.1:8765")
REGISTRY_HMAC_SECRET = env.str("REGISTRY_HMAC_SECRET", default="registry-demo-secret")
REGISTRY_CONNECT_TIMEOUT = env.float("REGISTRY_CONNECT_TIMEOUT", default=3.0)
REGISTRY_READ_TIMEOUT = env.float("REGISTRY_READ_TIMEOUT", default=10.0)
# Webhooks older (or newer) than this by their signed timestamp are refused as replays.
REGISTRY_WEBHOOK_TOLERANCE_SECONDS = env.int("REGISTRY_WEBHOOK_TOLERANCE_SECONDS", default=300)

CELERY_BEAT_SCHEDULE = {
    "sessions-clear-expired": {"task": "cabinet.tasks.sessions_clear_expired", "schedule": 3600.0},
    "delivery-sweep": {
        "task": "petitions.delivery.tasks.delivery_sweep",
        "schedule": DELIVERY_SWEEP_SECONDS,
    },
    "delivery-stale-alarm": {
        "task": "petitions.delivery.tasks.delivery_stale_alarm",
        "schedule": 300.0,
    },
    "signing-crl-refresh": {
        "task": "signing.web.tasks.crl_refresh",
        "schedule": float(SIGNING_CRL_REFRESH_SECONDS),
    },
    "notifications-sweep": {
        "task": "cabinet.tasks.notification_deliveries_sweep",
        "schedule": 300.0,
    },
    "drafts-deadline-remind": {
        "task": "cabinet.tasks.drafts_deadline_remind",
        "schedule": 3600.0,
    },
}

EMAIL_CONFIG = env.email_url("EMAIL_URL", default="consolemail://")
globals().update(EMAIL_CONFIG)
# Seconds an SMTP connection may take; a hung server must not hold a worker until its time limit.
EMAIL_TIMEOUT = env.int("EMAIL_TIMEOUT", default=10)
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="Сот кабинеті <noreply@localhost>")

# Notices to the citizen (cabinet.notifications, cabinet.contacts). Links in e-mails are built on
# NOTIFY_SITE_URL (a worker has no request). SMS go through SMS_BACKEND (a dotted path:
# cabinet.sms.ConsoleBackend prints them; production names its gateway's class).
NOTIFY_SITE_URL = env.str("NOTIFY_SITE_URL", default="http://127.0.0.1:8000").rstrip("/")
NOTIFY_EMAIL_CONFIRM_SECONDS = env.int("NOTIFY_EMAIL_CONFIRM_SECONDS", default=3 * 24 * 3600)
NOTIFY_MAX_ATTEMPTS = env.int("NOTIFY_MAX_ATTEMPTS", default=8)
NOTIFY_RETRY_BACKOFF_SECONDS = env.int("NOTIFY_RETRY_BACKOFF_SECONDS", default=30)
NOTIFY_SWEEP_AFTER_SECONDS = env.int("NOTIFY_SWEEP_AFTER_SECONDS", default=600)
SMS_BACKEND = env.str("SMS_BACKEND", default="cabinet.sms.ConsoleBackend")
SMS_CODE_SECONDS = env.int("SMS_CODE_SECONDS", default=600)
SMS_CODE_ATTEMPTS = env.int("SMS_CODE_ATTEMPTS", default=5)
SMS_CODES_PER_HOUR = env.int("SMS_CODES_PER_HOUR", default=3)
if (
    min(
        NOTIFY_EMAIL_CONFIRM_SECONDS,
        NOTIFY_MAX_ATTEMPTS,
        NOTIFY_RETRY_BACKOFF_SECONDS,
        NOTIFY_SWEEP_AFTER_SECONDS,
        SMS_CODE_SECONDS,
        SMS_CODE_ATTEMPTS,
        SMS_CODES_PER_HOUR,
    )
    < 1
):
    raise ImproperlyConfigured("The NOTIFY_* and SMS_* numbers must be positive.")

# Security headers that hold everywhere; production adds HTTPS-only ones.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SAMESITE = "Lax"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
}
