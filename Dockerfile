# Court Cabinet image: gunicorn web, Celery worker and beat share it.
FROM python:3.11-slim-bookworm AS base
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1
RUN apt-get update && apt-get install -y --no-install-recommends libmagic1 gettext fonts-dejavu-core \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY pyproject.toml constraints.txt ./
RUN pip install -c constraints.txt .  # installs the dependencies (the project has no packages itself)
COPY . .
# Translations and static files are built into the image; dummy values only satisfy settings import.
RUN DJANGO_SETTINGS_MODULE=config.settings.production DJANGO_SECRET_KEY=build-only \
    DJANGO_ALLOWED_HOSTS=build DATABASE_URL=sqlite:////tmp/build.sqlite3 REDIS_URL=redis://build:6379/0 \
    sh -c "python manage.py compilemessages --ignore=.venv && python manage.py collectstatic --noinput"
RUN useradd --system --uid 1000 cabinet && mkdir -p /app/var && chown cabinet /app/var
USER cabinet
ENV DJANGO_SETTINGS_MODULE=config.settings.production
EXPOSE 8000
# gunicorn believes X-Forwarded-Proto (HTTPS) only from the addresses in FORWARDED_ALLOW_IPS (its own
# variable; default 127.0.0.1,::1): set it to the TLS proxy's address, never "*", which would let
# any client that reaches the port claim HTTPS. TRUSTED_PROXY_HOPS tells Django the same for
# X-Forwarded-For (see docs/security-login.md).
CMD ["gunicorn", "config.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "3"]
