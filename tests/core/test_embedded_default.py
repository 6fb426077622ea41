"""The embedded default a newcomer gets (`make run`): SQLite, local files and a real Celery worker
on kombu's filesystem broker — no server at all. Run as separate processes, as `make run` does."""

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ENQUEUE = """
import datetime as dt
from django.contrib.sessions.backends.db import SessionStore
from django.contrib.sessions.models import Session
from django.utils import timezone
from cabinet.tasks import sessions_clear_expired
s = SessionStore(); s['x'] = 1; s.create()
Session.objects.filter(session_key=s.session_key).update(
    expire_date=timezone.now() - dt.timedelta(minutes=1))
sessions_clear_expired.delay()
"""


def test_worker_processes_a_task_from_the_filesystem_broker(tmp_path):
    env = {
        "PATH": os.environ["PATH"],
        "HOME": str(tmp_path),
        "DATA_DIR": str(tmp_path),
        "DJANGO_SETTINGS_MODULE": "config.settings.local",
    }
    run = {
        "cwd": ROOT,
        "env": env,
        "capture_output": True,
        "text": True,
        "timeout": 120,
        "check": True,
    }
    subprocess.run([sys.executable, "manage.py", "migrate", "--noinput"], **run)
    subprocess.run([sys.executable, "manage.py", "shell", "-c", ENQUEUE], **run)
    assert list((tmp_path / "broker" / "queue").iterdir()), "the task was not queued on disk"

    def sessions() -> int:
        with sqlite3.connect(tmp_path / "db.sqlite3") as db:
            return db.execute("SELECT count(*) FROM django_session").fetchone()[0]

    assert sessions() == 1
    worker = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "config",
            "worker",
            "--pool=solo",
            "--loglevel=WARNING",
            "--without-heartbeat",
            "--without-mingle",
            "--without-gossip",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 60
        while sessions() and time.monotonic() < deadline:
            time.sleep(0.3)
    finally:
        worker.terminate()
        output = worker.communicate(timeout=30)[0].decode()
    assert sessions() == 0, output
