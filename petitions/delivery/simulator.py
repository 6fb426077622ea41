"""A court registry simulator: a real HTTP server speaking the ``http`` gateway's protocol.

Started by the tests and the pipeline bench, and usable by hand::

    python -m petitions.delivery.simulator --port 8765 --register-delay 0.5 \\
        --webhook-url http://127.0.0.1:8000/registry/webhook --webhook-copies 3 --out-of-order

It registers each idempotency key once (a repeated POST answers the same registration) and can
misbehave on purpose: answer 500 to the first requests of each key (``fail_first``), register and
then answer too late for the client's read timeout (``hang_first``: the request did arrive, the
client does not know), answer slowly (``slow``), register later rather than at once
(``register_delay``: 202 now, the registration by webhook and poll), and send every webhook
several times and out of order. ``GET /_stats`` shows what it did; ``POST /_config`` changes the
faults while it runs. Imports nothing from Django, so it runs beside any portal.
"""

import argparse
import contextlib
import datetime as dt
import json
import threading
import time
import urllib.request
from dataclasses import asdict, dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from .signatures import KEY_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER, signed_headers, verify

PREFIX = "/v1/submissions"


@dataclass
class Faults:
    fail_first: int = 0  # 500 to the first N requests of each key
    hang_first: int = 0  # register, then answer after ``hang_seconds`` (past the read timeout)
    hang_seconds: float = 5.0
    slow: float = 0.0  # every answer this many seconds late
    register_delay: float = 0.0  # 0: registered in the answer; else 202, registered later
    webhook_url: str = ""
    webhook_copies: int = 1
    out_of_order: bool = False  # "registered" sent before "received"


@dataclass
class Stats:
    posts: int = 0
    polls: int = 0
    refused_signatures: int = 0
    registrations: int = 0
    webhooks_sent: int = 0
    webhooks_failed: int = 0


@dataclass
class Record:
    key: str
    registry: str
    requests: int = 0
    incoming_number: str = ""
    registered_at: str = ""
    times_registered: int = 0
    events: list[str] = field(default_factory=list)


class Registry:
    """The simulator's state, shared by the request threads under one lock."""

    def __init__(self, *, secret: str, faults: Faults) -> None:
        self.secret = secret
        self.faults = faults
        self.stats = Stats()
        self.records: dict[str, Record] = {}
        self.lock = threading.Lock()
        self.counter = 0

    def register(self, record: Record) -> None:
        with self.lock:
            if record.times_registered:
                return
            self.counter += 1
            record.times_registered += 1
            self.stats.registrations += 1
            record.incoming_number = f"R-{record.registry}-{self.counter:06d}"
            record.registered_at = dt.datetime.now(dt.UTC).isoformat()

    def answer(self, record: Record) -> dict[str, Any]:
        if record.incoming_number:
            return {
                "status": "registered",
                "incoming_number": record.incoming_number,
                "registered_at": record.registered_at,
            }
        return {"status": "received"}

    def register_later(self, record: Record) -> None:
        def later() -> None:
            time.sleep(self.faults.register_delay)
            self.register(record)
            self.send_webhooks(record)

        threading.Thread(target=later, daemon=True).start()

    def send_webhooks(self, record: Record) -> None:
        url = self.faults.webhook_url
        if not url:
            return
        events = [
            {"type": "received", "event_id": f"{record.key}:received"},
            {"type": "registered", "event_id": f"{record.key}:registered", **self.answer(record)},
        ]
        if self.faults.out_of_order:
            events.reverse()
        for event in events:
            event["idempotency_key"] = record.key
            event.pop("status", None)
            for _ in range(max(1, self.faults.webhook_copies)):
                self.post_webhook(url, json.dumps(event).encode())

    def post_webhook(self, url: str, body: bytes) -> None:
        headers = {
            "Content-Type": "application/json",
            **signed_headers(secret=self.secret, body=body),
        }
        for attempt in range(5):
            request = urllib.request.Request(url, data=body, headers=headers, method="POST")  # noqa: S310
            try:
                with urllib.request.urlopen(request, timeout=5) as response:  # noqa: S310
                    if response.status < 300:
                        self.stats.webhooks_sent += 1
                        return
            except OSError:
                time.sleep(0.2 * 2**attempt)
        self.stats.webhooks_failed += 1


def _handler(registry: Registry) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
            pass  # quiet; /_stats tells what happened

        def _send(self, status: int, data: dict[str, Any]) -> None:
            body = json.dumps(data).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def _body(self) -> bytes:
            return self.rfile.read(int(self.headers.get("Content-Length") or 0))

        def _genuine(self, body: bytes) -> bool:
            why = verify(
                secret=registry.secret,
                timestamp=self.headers.get(TIMESTAMP_HEADER, ""),
                signature=self.headers.get(SIGNATURE_HEADER, ""),
                body=body,
                tolerance=300,
                now=time.time(),
            )
            if why:
                registry.stats.refused_signatures += 1
                self._send(401, {"error": why})
            return not why

        def do_GET(self) -> None:
            if self.path == "/_stats":
                self._send(200, asdict(registry.stats))
                return
            if not self.path.startswith(PREFIX + "/") or not self._genuine(b""):
                if not self.path.startswith(PREFIX + "/"):
                    self._send(404, {"error": "not found"})
                return
            registry.stats.polls += 1
            record = registry.records.get(self.path.removeprefix(PREFIX + "/"))
            if record is None:
                self._send(404, {"error": "unknown key"})
                return
            time.sleep(registry.faults.slow)
            self._send(200, registry.answer(record))

        def do_POST(self) -> None:
            body = self._body()
            if self.path == "/_config":
                for name, value in json.loads(body or b"{}").items():
                    setattr(registry.faults, name, value)
                self._send(200, asdict(registry.faults))
                return
            if self.path != PREFIX:
                self._send(404, {"error": "not found"})
                return
            if not self._genuine(body):
                return
            key = self.headers.get(KEY_HEADER, "")
            package = json.loads(body)
            if not key or package.get("idempotency_key") != key:
                self._send(400, {"error": "idempotency key missing or not the package's"})
                return
            faults = registry.faults
            with registry.lock:
                registry.stats.posts += 1
                record = registry.records.setdefault(
                    key, Record(key=key, registry=str(package.get("registry", "")))
                )
                record.requests += 1
                attempt = record.requests
            if attempt <= faults.fail_first:
                self._send(500, {"error": "simulated failure"})
                return
            first = not record.events
            record.events.append("received")
            if faults.register_delay <= 0:
                registry.register(record)
                if first:
                    threading.Thread(
                        target=registry.send_webhooks, args=(record,), daemon=True
                    ).start()
            elif first:
                registry.register_later(record)
            if attempt <= faults.fail_first + faults.hang_first:
                time.sleep(faults.hang_seconds)  # the client has given up by now
            time.sleep(faults.slow)
            self._send(201 if record.incoming_number else 202, registry.answer(record))

    return Handler


class RegistrySimulator:
    """The server in a thread of the caller's process (tests, the bench)."""

    def __init__(self, *, secret: str, port: int = 0, faults: Faults | None = None) -> None:
        self.registry = Registry(secret=secret, faults=faults or Faults())
        self.server = ThreadingHTTPServer(("127.0.0.1", port), _handler(self.registry))
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def start(self) -> "RegistrySimulator":
        self.thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--secret", default="registry-demo-secret")
    defaults = Faults()
    for name, value in asdict(defaults).items():
        flag = "--" + name.replace("_", "-")
        if isinstance(value, bool):
            parser.add_argument(flag, action="store_true")
        else:
            parser.add_argument(flag, type=type(value), default=value)
    args = parser.parse_args(argv)
    faults = Faults(**{name: getattr(args, name) for name in asdict(defaults)})
    simulator = RegistrySimulator(secret=args.secret, port=args.port, faults=faults)
    print(f"Registry simulator on {simulator.url} with {faults}", flush=True)  # noqa: T201
    with contextlib.suppress(KeyboardInterrupt):
        simulator.server.serve_forever()


if __name__ == "__main__":
    main()
