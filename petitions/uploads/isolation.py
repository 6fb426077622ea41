"""Run a parser over a hostile file in a forked child, with its memory, CPU and time bounded.

Threat model: some structures cost a parser far more than their size. qpdf keeps every PDF
object it parses, about 175 bytes for each number of an array, so a 10 MB PDF holding one array
of five million zeros costs it 870 MB and 7 s; an object stream can inflate a few kilobytes into
gigabytes before anything of ours runs. No count of ours can bound what a C++ library allocates
inside one call, and the library's own limits cover each container, not their sum. So the
parse runs in a child of the web process (``os.fork``: a copy-on-write snapshot costing a few
milliseconds, with pikepdf already imported), under ``RLIMIT_AS`` (its present size plus
``ISOLATED_MEMORY_BYTES``), ``RLIMIT_CPU`` and a wall-clock deadline after which it is killed.
A child that runs out of any of them, or dies otherwise, refuses the file; only the child pays.
(The address-space limit counts what the child maps, so heap the parent had freed but kept is
reusable too: the child's bound is the parent's footprint plus the budget, not the budget.)

The child touches nothing it shares with the parent (database connections, sockets, log
handlers) and leaves with ``os._exit``, so no ``atexit`` handler or buffer flush runs twice.
Its answer — nothing, or a refusal's code and detail — comes back as JSON through a pipe.
POSIX only, as production is (Linux).
"""

import json
import os
import resource
import select
import signal
import time
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn

from .errors import RejectionCode, UploadRejected
from .limits import ISOLATED_CPU_SECONDS, ISOLATED_MEMORY_BYTES, ISOLATED_WALL_SECONDS

_ANSWER_BYTES = 4096


def _address_space() -> int:
    with open("/proc/self/statm", encoding="ascii") as statm:  # noqa: PTH123
        return int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")


def _child(check: Callable[[Path], None], path: Path, answer: int) -> NoReturn:
    """Run ``check`` under the limits and write its outcome; never returns."""
    outcome: dict[str, str] = {}
    try:
        limit = _address_space() + ISOLATED_MEMORY_BYTES
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        resource.setrlimit(resource.RLIMIT_CPU, (ISOLATED_CPU_SECONDS, ISOLATED_CPU_SECONDS + 1))
        check(path)
    except UploadRejected as refused:
        outcome = {"code": refused.code.value, "detail": refused.detail[:1000]}
    except MemoryError:
        outcome = {"code": RejectionCode.ARCHIVE_BOMB.value, "detail": "out of memory parsing"}
    except BaseException as exc:  # anything else the parser throws: the file is not readable
        outcome = {"code": RejectionCode.ARCHIVE_INVALID.value, "detail": repr(exc)[:1000]}
    finally:
        try:
            os.write(answer, json.dumps(outcome).encode()[:_ANSWER_BYTES])
        finally:
            os._exit(0)


def run_isolated(check: Callable[[Path], None], path: Path) -> None:
    """Run ``check(path)`` in a bounded child process and raise its refusal here, if any.

    :raises UploadRejected: the check's own refusal; ``archive_bomb`` when the child ran out of
        memory, CPU or time; ``archive_invalid`` when it failed otherwise.
    """
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover  (the child's coverage is not collected)
        os.close(read_end)
        _child(check, path, write_end)
    os.close(write_end)
    data = b""
    try:
        deadline = time.monotonic() + ISOLATED_WALL_SECONDS
        while (left := deadline - time.monotonic()) > 0:
            ready, _, _ = select.select([read_end], [], [], left)
            if not ready:
                break
            chunk = os.read(read_end, _ANSWER_BYTES)
            if not chunk:
                break
            data += chunk
    finally:
        os.close(read_end)
        if not data:
            os.kill(pid, signal.SIGKILL)  # late or dead; killing a dead child is harmless
        _, status = os.waitpid(pid, 0)
    if not data:
        how = f"signal {os.WTERMSIG(status)}" if os.WIFSIGNALED(status) else "no answer"
        raise UploadRejected(RejectionCode.ARCHIVE_BOMB, f"parser stopped: {how}")
    outcome = json.loads(data)
    if outcome:
        raise UploadRejected(RejectionCode(outcome["code"]), outcome["detail"])
