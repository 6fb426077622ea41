"""The upload handler, through real multipart POSTs: streamed to a temporary file, hashed, capped.

The views live in this module (``pytest.mark.urls``) and report what the handler produced, measured
inside the request: where the file lay, its mode, its hash, and the memory parsing took.
"""

import hashlib
import re
import stat
import tracemalloc
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.files.uploadhandler import MemoryFileUploadHandler
from django.db import transaction
from django.http import HttpRequest, JsonResponse
from django.test import RequestFactory
from django.urls import path
from django.utils.datastructures import MultiValueDict

from petitions.uploads.handlers import (
    REFUSED_CODE,
    REFUSED_REASON,
    HashingTemporaryFileUploadHandler,
    request_limit,
    request_too_large,
)
from petitions.uploads.limits import MAX_FILE_BYTES
from petitions.uploads.validation import check_upload

from . import samples

MiB = 1024 * 1024
pytestmark = pytest.mark.urls(__name__)


def _parse_measured(request: HttpRequest) -> tuple[MultiValueDict, int]:
    """Return the request's files and the peak memory that parsing the body took."""
    tracemalloc.start()
    try:
        files = request.FILES
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return files, peak


@transaction.non_atomic_requests
def upload_view(request: HttpRequest) -> JsonResponse:
    files, peak = _parse_measured(request)
    described = []
    for upload in files.getlist("file"):
        location = Path(upload.temporary_file_path())
        described.append({
            "name": upload.name,
            "size": upload.size,
            "sha256": upload.sha256,
            "path": str(location),
            "mode": stat.S_IMODE(location.stat().st_mode),
            "on_disk_sha256": hashlib.sha256(location.read_bytes()).hexdigest(),
        })  # fmt: skip
    return JsonResponse({
        "files": described,
        "note": request.POST.get("note"),
        "refused_code": getattr(request, REFUSED_CODE, None),
        "refused_reason": str(getattr(request, REFUSED_REASON, "")),
        "peak_parse_bytes": peak,
    })  # fmt: skip


@transaction.non_atomic_requests
def in_memory_view(request: HttpRequest) -> JsonResponse:
    # The control: Django's memory handler, to show the measurement can see a whole file.
    request.upload_handlers = [MemoryFileUploadHandler(request)]
    _, peak = _parse_measured(request)
    return JsonResponse({"peak_parse_bytes": peak})


@transaction.non_atomic_requests
def checked_view(request: HttpRequest) -> JsonResponse:
    # What the attachments view does: check the streamed file with the handler's hash.
    upload = request.FILES["file"]
    checked = check_upload(upload.temporary_file_path(), upload.name, sha256=upload.sha256)
    return JsonResponse({"handler_sha256": upload.sha256, "checked_sha256": checked.sha256})


urlpatterns = [
    path("upload/", upload_view),
    path("in-memory/", in_memory_view),
    path("checked/", checked_view),
]


@pytest.fixture(autouse=True)
def upload_settings(settings, tmp_path: Path) -> Path:
    temp = tmp_path / "upload-tmp"
    temp.mkdir()
    settings.FILE_UPLOAD_HANDLERS = ["petitions.uploads.handlers.HashingTemporaryFileUploadHandler"]
    settings.FILE_UPLOAD_TEMP_DIR = str(temp)
    settings.DATA_UPLOAD_MAX_NUMBER_FILES = 2
    return temp


def payload(size: int) -> bytes:
    return (bytes(range(256)) * (size // 256 + 1))[:size]


def post(client, data: bytes, *, name: str = "иск.pdf", **extra):
    upload = SimpleUploadedFile(name, data, content_type="application/pdf")
    return client.post("/upload/", {"file": upload, "note": "after the file"}, **extra).json()


def test_exactly_the_limit_lands_in_a_private_temporary_file_with_its_hash(client, upload_settings):
    data = payload(MAX_FILE_BYTES)

    answer = post(client, data, name="scan.exe")

    (received,) = answer["files"]
    assert received["size"] == MAX_FILE_BYTES
    assert received["sha256"] == hashlib.sha256(data).hexdigest()
    assert received["on_disk_sha256"] == received["sha256"]
    assert Path(received["path"]).parent == upload_settings
    assert received["path"].endswith(".part")  # nothing of the sender's ".exe" in it
    assert received["mode"] == 0o600
    assert received["name"] == "scan.exe"
    assert answer["refused_code"] is None
    assert answer["peak_parse_bytes"] < 2 * MiB  # streamed: never the 20 MiB at once
    assert not Path(received["path"]).exists()  # deleted when the request ended


def test_one_byte_more_is_refused_without_holding_it_and_its_temporary_file_is_gone(
    client, upload_settings
):
    answer = post(client, payload(MAX_FILE_BYTES + 1))

    assert answer["files"] == []
    assert answer["refused_code"] == "too_large"
    assert re.search(r"\b20\b", answer["refused_reason"])  # the limit, in the default language
    assert answer["note"] == "after the file"  # the rest of the form is still read
    assert answer["peak_parse_bytes"] < 2 * MiB
    assert list(upload_settings.iterdir()) == []


def test_the_memory_measurement_would_see_a_file_held_whole(client, settings):
    settings.FILE_UPLOAD_MAX_MEMORY_SIZE = 100 * MiB
    upload = SimpleUploadedFile("a.pdf", payload(MAX_FILE_BYTES))
    answer = client.post("/in-memory/", {"file": upload}).json()

    assert answer["peak_parse_bytes"] > MAX_FILE_BYTES


def test_each_file_gets_its_own_hash(client):
    first, second = b"first file", b""
    answer = client.post(
        "/upload/",
        {"file": [SimpleUploadedFile("a.txt", first), SimpleUploadedFile("b.txt", second)]},
    ).json()

    assert [(f["size"], f["sha256"]) for f in answer["files"]] == [
        (len(first), hashlib.sha256(first).hexdigest()),
        (0, hashlib.sha256(second).hexdigest()),
    ]


def test_the_check_uses_the_handlers_hash_without_reading_the_file_again(client, monkeypatch):
    def second_read(path: Path) -> str:
        raise AssertionError(f"{path} was read again to hash it")

    monkeypatch.setattr("petitions.uploads.validation._sha256", second_read)
    data = samples.pdf()

    answer = client.post("/checked/", {"file": SimpleUploadedFile("a.pdf", data)}).json()

    assert answer["checked_sha256"] == answer["handler_sha256"] == hashlib.sha256(data).hexdigest()


def test_a_body_over_the_request_limit_is_refused_without_being_read(client, settings):
    settings.DATA_UPLOAD_MAX_NUMBER_FILES = 1
    declared = request_limit(max_files=1) + 1
    # The test client's body object raises if more is read than it holds: the declared length is
    # a lie here, so reading the body at all would fail the test.
    answer = post(client, b"small", CONTENT_LENGTH=str(declared))

    assert answer["files"] == []
    assert answer["note"] is None
    assert answer["refused_code"] == "too_large"


def test_without_a_file_count_limit_the_handler_leaves_the_size_to_the_view(client, settings):
    settings.DATA_UPLOAD_MAX_NUMBER_FILES = None

    answer = post(client, b"%PDF-1.7 small")

    assert answer["refused_code"] is None
    assert [f["size"] for f in answer["files"]] == [14]


def test_an_interrupted_upload_leaves_no_temporary_file(client, upload_settings):
    boundary = "BoUnDaRy"
    body = (
        f"--{boundary}\r\n"
        'Content-Disposition: form-data; name="file"; filename="a.pdf"\r\n'
        "Content-Type: application/pdf\r\n\r\n"
    ).encode() + payload(200_000)  # the connection drops: no closing boundary

    answer = client.generic(
        "POST", "/upload/", body, content_type=f"multipart/form-data; boundary={boundary}"
    ).json()

    assert answer["files"] == []
    assert list(upload_settings.iterdir()) == []


# --- request_too_large: by Content-Length, before the body ---------------------------------------


@pytest.mark.parametrize(
    ("content_length", "max_files", "too_large"),
    [
        (None, 1, False),
        ("0", 1, False),
        (str(request_limit(max_files=1)), 1, False),
        (str(request_limit(max_files=1) + 1), 1, True),
        (str(request_limit(max_files=1) + 1), 2, False),
        (str(21 * MiB), 1, True),
        ("-1", 1, True),
        ("twenty", 1, True),
    ],
)
def test_request_too_large_reads_only_the_header(content_length, max_files, too_large):
    request = RequestFactory().post("/upload/")
    request.META.pop("CONTENT_LENGTH", None)
    if content_length is not None:
        request.META["CONTENT_LENGTH"] = content_length

    assert request_too_large(request, max_files=max_files) is too_large


def test_a_real_request_with_one_file_of_exactly_the_limit_is_not_too_large(rf):
    at_limit = SimpleUploadedFile("ә" * 200 + ".pdf", payload(MAX_FILE_BYTES))
    request = rf.post("/upload/", {"file": at_limit, "csrfmiddlewaretoken": "x" * 64})

    assert not request_too_large(request, max_files=1)
    over = SimpleUploadedFile("a.pdf", payload(MAX_FILE_BYTES + 100 * 1024))
    assert request_too_large(rf.post("/upload/", {"file": over}), max_files=1)


def test_the_handler_can_be_installed_by_a_view():
    request = RequestFactory().post("/upload/", {"file": SimpleUploadedFile("t.txt", b"tiny")})
    request.upload_handlers = [HashingTemporaryFileUploadHandler(request)]

    assert request.FILES["file"].sha256 == hashlib.sha256(b"tiny").hexdigest()


def test_an_upload_interrupted_before_any_file_has_nothing_to_clean_up():
    handler = HashingTemporaryFileUploadHandler(RequestFactory().post("/upload/"))

    handler.upload_interrupted()

    assert not hasattr(handler, "file")
