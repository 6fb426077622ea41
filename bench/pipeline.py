"""Delivery pipeline benchmark: ``.venv/bin/python bench/pipeline.py`` (from the repository root).

200 petitions are submitted, one Celery worker delivers them through the ``http`` gateway to the
registry simulator, on real PostgreSQL and real Redis. Prints:

* ``delivered_all_s``: from the first submission to the last petition DELIVERED;
* ``latency_p50_ms``, ``latency_p95_ms`` (goal ≤ 2000): per petition, from the commit of its
  submission to its DELIVERED status event (the worker's clock; one machine);
* ``lost`` (must be 0): petitions not delivered within the time limit;
* ``duplicated`` (must be 0): DELIVERED events beyond one per petition, plus registrations
  the simulator made beyond one per delivered petition;
* ``submit_rate_per_s``: the pace submissions were made at (``PIPELINE_RATE``, default 1).

Set-up, all thrown away at the end: a temporary ``DATA_DIR``; a dedicated PostgreSQL database
``court_cabinet_bench_pipeline_<pid>`` at the default local port, migrated; a redis-server of the
bench's own on a spare port (the real server, so the shared Redis databases of the test suite
are not touched); the registry simulator in a thread of this process, answering at once
(``registered``); one worker (``celery worker -P solo -Q delivery``, one process, as a small
deployment runs it). The petitions are drafts made complete by the test factories, each with
one PDF attachment; each is submitted by the submission transaction's own writes (CAS to
SUBMITTED, its reference, the status event, the outbox row, enqueued on commit). The signature
check that precedes that transaction is measured by ``bench/signing.py`` and left out here: its
GOST arithmetic would compete with the one worker for the CPU and measure the wrong thing. Each
package carries the petition's PDF rendered by the worker, the manifest, a CMS and the
attachment, HMAC-signed. Diagnostics go to stderr.
"""

from __future__ import annotations

import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYTHON = ROOT / ".venv" / "bin" / "python"
PETITIONS = int(os.environ.get("PIPELINE_PETITIONS", "200"))
RATE = float(os.environ.get("PIPELINE_RATE", "1"))
DEADLINE_S = 240.0


def spare_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main() -> None:
    data_dir = Path(tempfile.mkdtemp(prefix="bench-pipeline-"))
    database = f"court_cabinet_bench_pipeline_{os.getpid()}"
    redis_port, registry_port = spare_port(), spare_port()
    env = {
        "DJANGO_SETTINGS_MODULE": "config.settings.local",
        "DJANGO_DEBUG": "false",
        "DATA_DIR": str(data_dir),
        "DATABASE_URL": f"postgres://postgres@127.0.0.1:5432/{database}",
        "REDIS_URL": f"redis://127.0.0.1:{redis_port}/0",
        "DELIVERY_GATEWAY": "http",
        "REGISTRY_URL": f"http://127.0.0.1:{registry_port}",
        "LOG_LEVEL": "WARNING",
    }
    os.environ.update(env)
    subprocess.run(["createdb", "-h", "127.0.0.1", "-U", "postgres", database], check=True)
    redis = subprocess.Popen(
        [
            "redis-server",
            "--port",
            str(redis_port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
            "--dir",
            str(data_dir),
        ],
        stdout=subprocess.DEVNULL,
    )
    worker = None
    simulator = None
    try:
        subprocess.run(
            [PYTHON, "manage.py", "migrate", "-v0"], cwd=ROOT, check=True, env=os.environ
        )
        sys.path.insert(0, str(ROOT))
        import django

        django.setup()
        from django.conf import settings

        from petitions.delivery.simulator import RegistrySimulator

        simulator = RegistrySimulator(
            secret=settings.REGISTRY_HMAC_SECRET, port=registry_port
        ).start()
        drafts = make_drafts()
        worker = subprocess.Popen(
            [
                PYTHON,
                "-m",
                "celery",
                "-A",
                "config",
                "worker",
                "-P",
                "solo",
                "-Q",
                "delivery",
                "--without-heartbeat",
                "--without-gossip",
                "--without-mingle",
                "-l",
                "WARNING",
            ],
            cwd=ROOT,
            env=os.environ,
            stdout=sys.stderr,
        )
        time.sleep(3)  # the worker's start-up is not the pipeline's latency
        run(drafts, simulator)
    finally:
        if worker is not None:
            worker.terminate()
            worker.wait(timeout=30)
        if simulator is not None:
            simulator.stop()
        from django.db import connections

        connections.close_all()
        redis.terminate()
        redis.wait(timeout=10)
        subprocess.run(
            ["dropdb", "-h", "127.0.0.1", "-U", "postgres", "--if-exists", database], check=False
        )


def make_drafts() -> list[int]:
    from tests.factories import UserFactory
    from tests.petitions.factories import ready_to_sign

    filer = UserFactory()
    started = time.monotonic()
    drafts = [ready_to_sign(filer).pk for _ in range(PETITIONS)]
    log(f"# {PETITIONS} drafts made in {time.monotonic() - started:.1f}s")
    return drafts


def submit(pk: int) -> float:
    """The submission transaction's writes (``petition_sign_and_submit``), signature aside."""
    from django.db import transaction
    from django.utils import timezone

    from petitions.delivery.services import delivery_create
    from petitions.manifest import manifest_bytes, manifest_digest
    from petitions.models import Petition, Status
    from petitions.services.petitions import status_event_record
    from petitions.services.references import reference_allocate

    now = timezone.now()
    with transaction.atomic():
        petition = Petition.objects.select_for_update().get(pk=pk)
        manifest = manifest_bytes(petition)
        Petition.objects.filter(pk=pk, status=Status.DRAFT).update(
            status=Status.SUBMITTED,
            reference=reference_allocate(year=timezone.localdate(now).year),
            submitted_at=now,
            signature=b"bench: CMS checked by bench/signing.py",
            signer_iin=petition.filer.iin,
            signed_at=now,
            manifest=manifest.decode("utf-8"),
            manifest_sha256=manifest_digest(manifest),
        )
        petition.refresh_from_db()
        status_event_record(petition=petition, status=Status.SUBMITTED, actor=petition.filer)
        delivery_create(petition=petition)
    return time.time()  # committed, and enqueued on commit


def run(drafts: list[int], simulator: object) -> None:
    from petitions.models import Status, StatusEvent

    submitted: dict[int, float] = {}
    first = time.time()
    for index, pk in enumerate(drafts):
        pause = first + index / RATE - time.time()
        if pause > 0:
            time.sleep(pause)
        submitted[pk] = submit(pk)
    log(f"# submitted {len(drafts)} in {time.time() - first:.1f}s")
    delivered: dict[int, list[float]] = {}
    while time.time() - first < DEADLINE_S:
        delivered = {}
        for pk, at in StatusEvent.objects.filter(
            petition_id__in=drafts, status=Status.DELIVERED
        ).values_list("petition_id", "at"):
            delivered.setdefault(pk, []).append(at.timestamp())
        if len(delivered) == len(drafts):
            break
        time.sleep(0.2)
    last = max((min(times) for times in delivered.values()), default=time.time())
    latencies = [(min(delivered[pk]) - submitted[pk]) * 1000 for pk in delivered]
    registrations = simulator.registry.stats.registrations  # type: ignore[attr-defined]
    duplicated = sum(len(times) - 1 for times in delivered.values())
    duplicated += max(0, registrations - len(delivered))
    print(f"delivered_all_s: {last - first:.2f}")
    print(f"latency_p50_ms: {statistics.median(latencies) if latencies else 0:.0f}")
    print(f"latency_p95_ms: {percentile(latencies, 0.95) if latencies else 0:.0f}")
    print(f"lost: {len(drafts) - len(delivered)}")
    print(f"duplicated: {duplicated}")
    print(f"submit_rate_per_s: {RATE:g}")


if __name__ == "__main__":
    main()
