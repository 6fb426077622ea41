"""Fixtures of the delivery tests: a private broker, worker processes, the registry simulator."""

from collections.abc import Callable, Iterator
from importlib import import_module
from pathlib import Path

import pytest
from django.conf import settings as django_settings

from config.celery import app
from petitions.delivery.simulator import RegistrySimulator

from .processes import PrivateRedis, Worker, worker_env


def _point_celery_at(url: str) -> None:
    """This process's Celery app publishes to ``url`` from now on (fresh connection pools)."""
    app.conf.broker_url = url
    app._pool = None
    app.amqp._producer_pool = None


@pytest.fixture
def private_redis(tmp_path: Path) -> Iterator[PrivateRedis]:
    """A redis-server of this test's own, as the broker of this process and of its workers."""
    redis = PrivateRedis(tmp_path)
    redis.start()
    before = app.conf.broker_url
    _point_celery_at(redis.url)
    yield redis
    _point_celery_at(before)
    redis.stop()


@pytest.fixture
def courts(transactional_db: None) -> None:
    """The court directory the data migrations load: a transactional test elsewhere in the run
    may have flushed it (pytest-django runs the transactional tests last, one after another)."""
    from django.apps import apps

    for module, loader in (
        ("0002_courts_and_reference_sequence", "load_courts"),
        ("0008_supreme_court_review_of_cassation_acts", "load_cassation_courts"),
    ):
        getattr(import_module(f"petitions.migrations.{module}"), loader)(apps, None)


@pytest.fixture
def workers(
    tmp_path: Path, private_redis: PrivateRedis, courts: None
) -> Iterator[Callable[..., Worker]]:
    """Start Celery worker processes on the test database and the private broker."""
    started: list[Worker] = []

    def start(**extra: str) -> Worker:
        env = worker_env(
            broker_url=private_redis.url,
            media_root=Path(django_settings.MEDIA_ROOT),
            DELIVERY_GATEWAY=django_settings.DELIVERY_GATEWAY,
            **extra,
        )
        worker = Worker(env, tmp_path / f"worker-{len(started)}.log")
        started.append(worker)
        return worker

    yield start
    for worker in started:
        worker.stop()


@pytest.fixture
def simulator(settings) -> Iterator[RegistrySimulator]:
    """The registry simulator on a spare port; the ``http`` gateway of this process points at it."""
    registry = RegistrySimulator(secret=settings.REGISTRY_HMAC_SECRET).start()
    settings.DELIVERY_GATEWAY = "http"
    settings.REGISTRY_URL = registry.url
    yield registry
    registry.stop()
