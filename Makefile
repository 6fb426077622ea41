# Court Cabinet — the two commands a newcomer needs are `make run` and `make test`.
# Every target installs what it needs first. CI (.ci/run) calls `make ci`.

PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
STAMP := $(VENV)/.installed
PROD_ENV := DJANGO_SETTINGS_MODULE=config.settings.production DJANGO_SECRET_KEY=ci-dummy-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz-ABCDEFGH DJANGO_ALLOWED_HOSTS=cabinet.example.kz DATABASE_URL=postgres://u:p@db:5432/cabinet REDIS_URL=redis://redis:6379/0 SIGNING_TRUST_DIR=/run/pki/trust RECEIPT_KEY_PATH=/run/secrets/receipt_key RECEIPT_CERTIFICATE_PATH=/run/pki/receipt.cer RECEIPT_BASE_URL=https://cabinet.example.kz

.PHONY: install run test lint typecheck format migrations-check check-deploy messages messages-check compilemessages compose-check system-deps bench ci clean

$(STAMP): pyproject.toml constraints.txt
	@command -v $(PYTHON) >/dev/null || { echo "Python 3.11 is needed ($(PYTHON) not found)."; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c constraints.txt -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

# libmagic (python-magic), gettext (compilemessages) and Debian's chromium (browser tests).
system-deps:
	@bin/system-deps

compilemessages: $(STAMP)
	$(BIN)/python manage.py compilemessages --ignore=.venv --verbosity 0

run: $(STAMP) system-deps compilemessages
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py testpki
	$(BIN)/python manage.py demo_data
	PORT=$(PORT) bin/run-local

test: $(STAMP) system-deps compilemessages
	@$(BIN)/python bin/check-services
	$(BIN)/pytest --cov --cov-report=term $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# mypy (django-stubs, strict) against .mypy-baseline.txt, which only shrinks; see bin/mypy-baseline.
typecheck: $(STAMP)
	$(BIN)/python bin/mypy-baseline

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

migrations-check: $(STAMP)
	$(BIN)/python manage.py makemigrations --check --dry-run

check-deploy: $(STAMP)
	$(PROD_ENV) $(BIN)/python manage.py check --deploy --fail-level WARNING

messages: $(STAMP)
	$(BIN)/python manage.py makemessages -l kk -l ru -l en --no-location --no-obsolete --ignore=.venv --ignore=var --ignore=staticfiles

compose-check:
	@command -v docker-compose >/dev/null || bin/system-deps
	docker-compose -f docker-compose.yml config --quiet

bench: $(STAMP)
	@for b in bench/*.py; do echo "# $$b"; $(BIN)/python $$b || exit 1; done

ci: lint typecheck migrations-check check-deploy compilemessages compose-check test

clean:
	rm -rf $(VENV) var staticfiles .coverage .mypy_cache

# Secrets for docker compose, generated locally (never committed).
compose-secrets:
	@mkdir -p .secrets && chmod 700 .secrets
	@test -s .secrets/django_secret_key || $(PYTHON) -c "import secrets; print(secrets.token_urlsafe(50))" > .secrets/django_secret_key
	@test -s .secrets/minio_password || $(PYTHON) -c "import secrets; print(secrets.token_urlsafe(24))" > .secrets/minio_password
