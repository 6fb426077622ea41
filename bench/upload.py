"""Upload benchmarks: ``.venv/bin/python bench/upload.py`` (from the repository root).

What the web process does with one attachment, measured through a real HTTP server on loopback,
because that is where the promises of ``petitions.uploads.handlers`` hold or break: a body of any
size is streamed to disk in 64 KiB chunks (never held in memory), and a body announced as too large
is refused by its ``Content-Length`` before a byte of it is read. Prints three lines:

* ``upload_peak_rss_growth_mb`` (goal < 16): peak resident-memory growth of the gunicorn worker
  while it receives, checks and stores one file of exactly 20 MiB (a valid PDF, so content
  sniffing accepts it). Before each upload the kernel's high-water mark is reset
  (``echo 5 > /proc/<pid>/clear_refs``) and the resident size read; after the answer, ``VmHWM``
  is the true peak, however brief. Where that reset is not permitted, the worker's ``VmRSS`` is
  polled every 0.2 ms instead. The baseline follows a warm-up upload of a small PDF through the
  same path, so imports, templates, libmagic's database and the database connection are already
  loaded: the figure is what one more upload costs, not what the first one loads. The worst of
  the runs is printed: memory is a limit, not an average. In practice that is the first 20 MiB
  upload of a worker: libmagic (``file`` 5.44) reads up to ``bytes_max`` = 7 MiB of the file into
  one buffer, and glibc keeps that heap afterwards, so later uploads grow by well under 1 MiB.
* ``upload_throughput_mb_s``: MiB per second for the same 20 MiB upload, from the first byte
  sent to the answer (a redirect, once the file is checked and stored), median of the runs. Each
  run posts to its own petition, because a petition refuses the same file (SHA-256) twice.
* ``refuse_21mb_ms``: time from the first byte sent to the first byte of the answer for an
  upload of a 21 MiB file, median of several runs. The server should refuse it by
  ``Content-Length`` (413) before reading the body, so this is a few milliseconds, not the time
  to send 21 MiB. The client keeps sending while it waits, as a browser does.

Set-up, all thrown away at the end: a temporary ``DATA_DIR`` (media, temporary uploads, file
cache), a dedicated PostgreSQL database ``court_cabinet_bench_upload_<pid>`` at the default local
port (SQLite in ``DATA_DIR`` when PostgreSQL cannot be reached, said on stderr), migrated with
``manage.py migrate``. Settings are the embedded default (``config.settings.local``) with
``DJANGO_DEBUG=false``, so nothing is recorded per request that production would not record.
Redis is left alone: the upload path touches the cache only to read the session, so the file
cache in ``DATA_DIR`` serves, and the shared Redis databases of the test suite are not touched.
A set-up subprocess creates a citizen, draft petitions whose case section is answered, and a
logged-in session (``Client.force_login``); the server is ``gunicorn config.wsgi -w 1 -k sync``
(one process, one thread, as production runs it) on a free port of 127.0.0.1, killed in a
``finally`` block. The bench itself streams every body from a file on disk in 64 KiB pieces,
so it holds no 20 MiB buffer either. Diagnostics (per-run figures) go to stderr.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import re
import select
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYTHON = ROOT / ".venv" / "bin" / "python"
GUNICORN = ROOT / ".venv" / "bin" / "gunicorn"

MIB = 1024 * 1024
UPLOAD_BYTES = 20 * MIB  # the court's limit: accepted
REFUSED_BYTES = 21 * MIB  # above it: refused by Content-Length
UPLOAD_RUNS = 5
REFUSE_RUNS = 9
CHUNK = 64 * 1024
IO_TIMEOUT_S = 60.0
START_TIMEOUT_S = 30.0
LANG = "kk"

SETUP = r"""
import datetime as dt, json, sys
import django
django.setup()
from django.conf import settings
from django.test import Client
from cabinet.iin import make_iin
from cabinet.models import User
from petitions.models import Court, Petition

user = User.objects.create_user(
    make_iin(dt.date(1985, 5, 17)), "bench-upload-password-7c1e", full_name="Бенч Жүктеуші"
)
court = Court.objects.get(code="astana")
petitions = []
for _ in range(int(sys.argv[1])):
    petition = Petition.objects.create(
        filer=user, procedure="civil", act_kind="appellate", court=court,
        case_number="7199-24-00-2а/1234", act_date=dt.date(2025, 11, 3),
        in_force_on=dt.date(2025, 11, 3), appeal="decided_on_appeal",
    )
    petitions.append(str(petition.public_id))
client = Client()
client.force_login(user)
print(json.dumps({
    "cookie": settings.SESSION_COOKIE_NAME,
    "session": client.cookies[settings.SESSION_COOKIE_NAME].value,
    "petitions": petitions,
}))
"""


# --- Files ---------------------------------------------------------------------------------------


def write_pdf(path: Path, size: int, seed: int) -> None:
    """Write a valid one-page PDF of exactly ``size`` bytes, the bulk a binary stream object.

    The stream is pseudo-random (incompressible, like a scan); the xref table is exact, so any
    reader opens the file. Built in pieces, never held whole in memory.
    """

    def parts(stream_len: int) -> tuple[bytes, bytes]:
        objects = [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << >> >>",
        ]
        head = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
        offsets = []
        for number, body in enumerate(objects, start=1):
            offsets.append(len(head))
            head += b"%d 0 obj\n%s\nendobj\n" % (number, body)
        offsets.append(len(head))
        head += b"4 0 obj\n<< /Length %d >>\nstream\n" % stream_len
        tail = bytearray(b"\nendstream\nendobj\n")
        xref = len(head) + stream_len + len(tail)
        tail += b"xref\n0 5\n0000000000 65535 f \n"
        tail += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
        tail += b"trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % xref
        return bytes(head), bytes(tail)

    stream_len = size
    for _ in range(5):  # the digits of /Length and startxref settle in a step or two
        head, tail = parts(stream_len)
        stream_len += size - (len(head) + stream_len + len(tail))
    head, tail = parts(stream_len)
    assert len(head) + stream_len + len(tail) == size
    rng = random.Random(seed)
    with path.open("wb") as out:
        out.write(head)
        left = stream_len
        while left:
            piece = rng.randbytes(min(MIB, left))
            out.write(piece)
            left -= len(piece)
        out.write(tail)


def file_chunks(path: Path) -> Iterator[bytes]:
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            yield chunk


# --- HTTP on a raw socket ------------------------------------------------------------------------


@dataclass
class Answer:
    status: int
    headers: dict[str, str]
    body: bytes
    first_byte_s: float  # from the first byte sent to the first byte of the answer
    complete_s: float  # ... to the whole answer
    sent: int  # body bytes the server took before it answered (or closed)


def exchange(port: int, head: bytes, body: Iterator[bytes] | None = None) -> Answer:
    """Send ``head`` then ``body`` while reading the answer, on one non-blocking connection.

    Sending and reading are interleaved, so an early answer (a refusal before the body is read) is
    seen as soon as it arrives, and a server that stops reading does not block the client.
    """
    body = body if body is not None else iter(())
    sock = socket.create_connection(("127.0.0.1", port), timeout=IO_TIMEOUT_S)
    sock.setblocking(False)
    pending = memoryview(head)
    head_left = len(head)
    sent_body = 0
    sending = True
    received = bytearray()
    first = None
    start = time.perf_counter()
    deadline = start + IO_TIMEOUT_S
    try:
        while True:
            wait = deadline - time.perf_counter()
            if wait <= 0:
                raise TimeoutError(f"no complete answer within {IO_TIMEOUT_S:.0f} s")
            readable, writable, _ = select.select([sock], [sock] if sending else [], [], wait)
            if readable:
                try:
                    data = sock.recv(CHUNK)
                except ConnectionResetError:
                    if not received:
                        raise
                    data = b""
                if first is None and data:
                    first = time.perf_counter()
                received += data
                if not data or _complete(received):
                    break
            if writable:
                if not pending:
                    chunk = next(body, b"")
                    if not chunk:
                        sending = False
                        continue
                    pending = memoryview(chunk)
                try:
                    n = sock.send(pending)
                except (BrokenPipeError, ConnectionResetError):
                    sending = False  # the server has answered and closed; read what it said
                    continue
                pending = pending[n:]
                taken = min(n, head_left)
                head_left -= taken
                sent_body += n - taken
    finally:
        sock.close()
    end = time.perf_counter()
    if first is None:
        raise ConnectionError("the server closed the connection without an answer")
    status, headers, payload = _parse(bytes(received))
    return Answer(status, headers, payload, first - start, end - start, sent_body)


def _complete(received: bytearray) -> bool:
    split = received.find(b"\r\n\r\n")
    if split < 0:
        return False
    match = re.search(rb"(?im)^content-length:\s*(\d+)\s*$", received[:split])
    return match is not None and len(received) - split - 4 >= int(match.group(1))


def _parse(raw: bytes) -> tuple[int, dict[str, str], bytes]:
    head, _, payload = raw.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    headers: dict[str, str] = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        key = name.strip().lower()
        value = value.strip()
        # Several Set-Cookie headers: keep them all, one per line.
        headers[key] = f"{headers[key]}\n{value}" if key in headers else value
    return status, headers, payload


def request_head(method: str, path: str, cookies: dict[str, str], extra: dict[str, str]) -> bytes:
    lines = [f"{method} {path} HTTP/1.1", "Host: 127.0.0.1", "Connection: close"]
    lines.append("Cookie: " + "; ".join(f"{k}={v}" for k, v in cookies.items()))
    lines += [f"{k}: {v}" for k, v in extra.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def get(port: int, path: str, cookies: dict[str, str]) -> Answer:
    return exchange(port, request_head("GET", path, cookies, {}))


def post_file(
    port: int, path: str, cookies: dict[str, str], token: str, file: Path, name: str
) -> Answer:
    """POST ``file`` as the attachments form does (multipart), streamed from disk."""
    boundary = f"----bench-upload-{random.getrandbits(64):016x}"
    before = (
        f"--{boundary}\r\n"
        'Content-Disposition: form-data; name="csrfmiddlewaretoken"\r\n\r\n'
        f"{token}\r\n"
        f"--{boundary}\r\n"
        'Content-Disposition: form-data; name="kind"\r\n\r\n'
        "court_act\r\n"
        f"--{boundary}\r\n"
        f'Content-Disposition: form-data; name="file"; filename="{name}"\r\n'
        "Content-Type: application/pdf\r\n\r\n"
    ).encode()
    after = f"\r\n--{boundary}--\r\n".encode()
    length = len(before) + file.stat().st_size + len(after)
    head = request_head(
        "POST",
        path,
        cookies,
        {
            "Content-Type": f"multipart/form-data; boundary={boundary}",
            "Content-Length": str(length),
            "Origin": "http://127.0.0.1",
            "Referer": f"http://127.0.0.1{path}",
        },
    )

    def body() -> Iterator[bytes]:
        yield before
        yield from file_chunks(file)
        yield after

    return exchange(port, head, body())


# --- The server's memory -------------------------------------------------------------------------


def _status_kb(pid: int, field: str) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise RuntimeError(f"{field} not in /proc/{pid}/status")


class PeakRss:
    """Peak resident size of ``pid`` during a block, in KiB, and its size before the block."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.baseline_kb = 0
        self.peak_kb = 0
        self.method = ""
        self._stop = threading.Event()
        self._poller: threading.Thread | None = None

    def __enter__(self) -> PeakRss:
        try:
            Path(f"/proc/{self.pid}/clear_refs").write_text("5")  # VmHWM := VmRSS
            self.method = "VmHWM"
        except OSError:
            self.method = "VmRSS polled"
            self._poller = threading.Thread(target=self._poll, daemon=True)
        self.baseline_kb = _status_kb(self.pid, "VmRSS")
        self.peak_kb = self.baseline_kb
        if self._poller:
            self._poller.start()
        return self

    def _poll(self) -> None:
        while not self._stop.is_set():
            self.peak_kb = max(self.peak_kb, _status_kb(self.pid, "VmRSS"))
            time.sleep(0.0002)

    def __exit__(self, *exc: object) -> None:
        if self._poller:
            self._stop.set()
            self._poller.join()
        else:
            self.peak_kb = _status_kb(self.pid, "VmHWM")

    @property
    def growth_mb(self) -> float:
        return (self.peak_kb - self.baseline_kb) / 1024


def worker_pid(master: int) -> int:
    """The pid of gunicorn's (only) worker: the child of ``master``."""
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            with contextlib.suppress(OSError):
                stat = (entry / "stat").read_text()
                if int(stat.rsplit(")", 1)[1].split()[1]) == master:
                    return int(entry.name)
    raise RuntimeError("gunicorn has no worker")


# --- Set-up --------------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def create_database(name: str) -> str | None:
    """Create a PostgreSQL database; return its URL, or None when PostgreSQL is unreachable."""
    try:
        import psycopg  # only these two functions need it

        with psycopg.connect(
            "postgresql://postgres@127.0.0.1:5432/postgres", autocommit=True, connect_timeout=5
        ) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
    except Exception as exc:  # any failure: fall back to SQLite
        print(f"PostgreSQL unavailable ({exc}); using SQLite", file=sys.stderr)
        return None
    return f"postgres://postgres@127.0.0.1:5432/{name}"


def drop_database(name: str) -> None:
    import psycopg

    with psycopg.connect(
        "postgresql://postgres@127.0.0.1:5432/postgres", autocommit=True, connect_timeout=5
    ) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def run(cmd: list[str], env: dict[str, str]) -> str:
    done = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    if done.returncode:
        raise RuntimeError(f"{cmd[:3]} failed:\n{done.stdout}\n{done.stderr}")
    return done.stdout


def wait_until_serving(port: int, server: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError("gunicorn exited:\n" + log.read_text()[-3000:])
        with contextlib.suppress(OSError):
            if get(port, f"/{LANG}/", {}).status < 500:
                return
        time.sleep(0.1)
    raise RuntimeError("gunicorn did not start:\n" + log.read_text()[-3000:])


def csrf_token(html: bytes) -> str:
    match = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', html)
    if not match:
        raise RuntimeError("no CSRF token on the documents page")
    return match.group(1).decode()


def cookies_set(answer: Answer) -> dict[str, str]:
    found = {}
    for line in answer.headers.get("set-cookie", "").splitlines():
        name, _, rest = line.partition("=")
        found[name.strip()] = rest.split(";", 1)[0]
    return found


# --- The benchmark -------------------------------------------------------------------------------


def bench(port: int, pid: int, session: dict, files: dict[str, Path]) -> dict[str, float]:
    cookies = {session["cookie"]: session["session"]}
    warm, *runs = session["petitions"]

    def documents(public_id: str) -> str:
        return f"/{LANG}/petitions/{public_id}/documents/"

    page = get(port, documents(warm), cookies)
    if page.status != 200:
        raise RuntimeError(f"documents page answered {page.status}: {page.body[:500]!r}")
    cookies.update(cookies_set(page))
    token = csrf_token(page.body)

    def upload(public_id: str, file: Path, name: str) -> Answer:
        answer = post_file(port, documents(public_id), cookies, token, file, name)
        cookies.update(cookies_set(answer))  # messages cookie
        return answer

    # Warm-up: the whole path once (parser, libmagic's database, storage, templates, messages).
    warm_up = upload(warm, files["small"], "warm-up.pdf")
    if warm_up.status != 302:
        raise RuntimeError(f"warm-up upload answered {warm_up.status}: {warm_up.body[:800]!r}")
    get(port, documents(warm), cookies)

    growths, rates = [], []
    for public_id in runs:
        with PeakRss(pid) as rss:
            answer = upload(public_id, files["20mb"], "қаулы.pdf")
        if answer.status != 302:
            raise RuntimeError(f"20 MiB upload answered {answer.status}: {answer.body[:800]!r}")
        get(port, documents(public_id), cookies)  # consume the success message
        growths.append(rss.growth_mb)
        rates.append(UPLOAD_BYTES / MIB / answer.complete_s)
        print(
            f"# upload: {answer.complete_s * 1000:.0f} ms, rss {rss.baseline_kb / 1024:.1f} MiB "
            f"-> peak {rss.peak_kb / 1024:.1f} MiB ({rss.method})",
            file=sys.stderr,
        )

    refusals = []
    for _ in range(REFUSE_RUNS):
        answer = upload(warm, files["21mb"], "too-large.pdf")
        if answer.status != 413:
            raise RuntimeError(f"21 MiB upload answered {answer.status}: {answer.body[:800]!r}")
        refusals.append(answer.first_byte_s * 1000)
        print(
            f"# refuse: {answer.first_byte_s * 1000:.1f} ms, "
            f"{answer.sent / MIB:.1f} MiB of the body sent by then",
            file=sys.stderr,
        )
    return {
        "upload_peak_rss_growth_mb": max(growths),
        "upload_throughput_mb_s": statistics.median(rates),
        "refuse_21mb_ms": statistics.median(refusals),
    }


def main() -> None:
    tmp = Path(tempfile.mkdtemp(prefix="court-cabinet-bench-upload-"))
    db_name = f"court_cabinet_bench_upload_{os.getpid()}"
    db_url = create_database(db_name)
    server: subprocess.Popen[bytes] | None = None
    try:
        files = {"small": tmp / "small.pdf", "20mb": tmp / "20mb.pdf", "21mb": tmp / "21mb.pdf"}
        write_pdf(files["small"], 40 * 1024, seed=1)
        write_pdf(files["20mb"], UPLOAD_BYTES, seed=20)
        write_pdf(files["21mb"], REFUSED_BYTES, seed=21)
        upload_tmp = tmp / "upload-tmp"
        upload_tmp.mkdir()

        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "config.settings.local",
            "DJANGO_DEBUG": "false",
            "DATA_DIR": str(tmp / "data"),
            "TMPDIR": str(upload_tmp),  # Django's FILE_UPLOAD_TEMP_DIR is None: tempfile's dir
            "LOG_LEVEL": "WARNING",
            "PYTHONPATH": str(ROOT),
        }
        env.pop("REDIS_URL", None)
        env.pop("DATABASE_URL", None)
        if db_url:
            env["DATABASE_URL"] = db_url
        run([str(PYTHON), "manage.py", "migrate", "--noinput", "-v", "0"], env)
        out = run([str(PYTHON), "-c", SETUP, str(1 + UPLOAD_RUNS)], env)
        session = json.loads(out.strip().splitlines()[-1])

        port = free_port()
        log = tmp / "gunicorn.log"
        with log.open("wb") as log_file:
            server = subprocess.Popen(
                [
                    str(GUNICORN),
                    "config.wsgi:application",
                    "--workers=1",
                    "--worker-class=sync",
                    "--threads=1",
                    f"--bind=127.0.0.1:{port}",
                    "--timeout=120",
                    f"--worker-tmp-dir={tmp}",
                    "--log-level=warning",
                ],
                cwd=ROOT,
                env=env,
                stdout=log_file,
                stderr=subprocess.STDOUT,
            )
        wait_until_serving(port, server, log)
        figures = bench(port, worker_pid(server.pid), session, files)
    finally:
        if server is not None:
            server.terminate()
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
        if db_url:
            drop_database(db_name)
        shutil.rmtree(tmp, ignore_errors=True)
    for name, value in figures.items():
        print(f"{name}: {value:.1f}")


if __name__ == "__main__":
    main()
