"""run_isolated: a check runs in a bounded child; its answer, or its death, comes back as one."""

import time

import pytest

from petitions.uploads import isolation
from petitions.uploads.errors import RejectionCode, UploadRejected
from petitions.uploads.isolation import run_isolated


def passes(path):
    assert path.exists()


def refuses(path):
    raise UploadRejected(RejectionCode.ACTIVE_CONTENT, f"found in {path.name}")


def crashes(path):
    raise KeyError("a parser's own bug")


def hogs_memory(path):
    hoard = []
    while True:
        hoard.append(bytearray(16 * 1024 * 1024))


def hangs(path):
    time.sleep(60)


def test_a_check_that_passes_passes(put):
    run_isolated(passes, put(b"x"))


def test_the_childs_refusal_is_raised_in_the_parent_as_it_was(put):
    with pytest.raises(UploadRejected) as refused:
        run_isolated(refuses, put(b"x"))

    assert refused.value.code == RejectionCode.ACTIVE_CONTENT
    assert refused.value.detail.startswith("found in upload-")


def test_any_other_failure_refuses_the_file_as_unreadable(put):
    with pytest.raises(UploadRejected) as refused:
        run_isolated(crashes, put(b"x"))

    assert refused.value.code == RejectionCode.ARCHIVE_INVALID
    assert "KeyError" in refused.value.detail


def test_a_child_out_of_memory_refuses_the_file(put, monkeypatch):
    monkeypatch.setattr(isolation, "ISOLATED_MEMORY_BYTES", 64 * 1024 * 1024)

    with pytest.raises(UploadRejected) as refused:
        run_isolated(hogs_memory, put(b"x"))

    assert refused.value.code == RejectionCode.ARCHIVE_BOMB


def test_a_child_past_its_time_is_killed_and_the_file_refused(put, monkeypatch):
    monkeypatch.setattr(isolation, "ISOLATED_WALL_SECONDS", 0.5)
    started = time.monotonic()

    with pytest.raises(UploadRejected) as refused:
        run_isolated(hangs, put(b"x"))

    assert refused.value.code == RejectionCode.ARCHIVE_BOMB
    assert "signal 9" in refused.value.detail
    assert time.monotonic() - started < 5
