"""S3 storage against a real S3-compatible server: moto's standalone server, over HTTP.

The server runs as a separate process on 127.0.0.1 for this module; boto3 and django-storages
talk to it over a real connection. The storage options are the ones ``config.settings`` itself
produces: a subprocess imports the test settings with the S3 variables set, writes a file
through ``default_storage`` and prints ``STORAGES["default"]``; the tests here install exactly
that configuration (``settings.STORAGES``) and drive the real attachment code and views.
"""

import json
import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, quote, urlsplit

import boto3
import pytest
from botocore.exceptions import ClientError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage, storages
from django.urls import reverse
from storages.backends.s3 import S3Storage

from core.health import check_storage
from petitions.models import Attachment
from petitions.services.documents import attachment_add, attachment_remove
from petitions.services.petitions import petition_delete_draft
from petitions.uploads.validation import check_upload
from tests.factories import UserFactory
from tests.petitions.factories import PetitionFactory

ROOT = Path(__file__).resolve().parents[2]
ACCESS_KEY = "court-cabinet-test-key"
SECRET_KEY = "court-cabinet-test-secret"  # a fake server's fake credentials
REGION = "us-east-1"
ALL_USERS = "http://acs.amazonaws.com/groups/global/AllUsers"
AUTHENTICATED_USERS = "http://acs.amazonaws.com/groups/global/AuthenticatedUsers"
PROBE = b"written by a process configured from the environment"

# Runs in a fresh interpreter, so config.settings reads the S3 variables at import time.
CONFIGURED_PROCESS = """
import json
import django
django.setup()
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage, storages
backend = storages["default"]
name = default_storage.save("probe/configured-process", ContentFile(PROBE))
print(json.dumps({
    "storage": settings.STORAGES["default"],
    "class": f"{type(backend).__module__}.{type(backend).__qualname__}",
    "saved": name,
}))
"""

# No proxy, whatever the environment says: these requests go to the local server only.
_direct = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _moto_command(port: int) -> list[str]:
    script = Path(sys.executable).with_name("moto_server")
    launcher = [str(script)] if script.exists() else [sys.executable, "-m", "moto.server"]
    return [*launcher, "-H", "127.0.0.1", "-p", str(port)]


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    log = (tmp_path_factory.mktemp("moto") / "server.log").open("wb")
    server = subprocess.Popen(_moto_command(port), stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 20
        while True:
            if server.poll() is not None:
                pytest.fail(f"moto_server exited with {server.returncode}; see {log.name}")
            try:
                with _direct.open(f"{url}/moto-api/", timeout=1):
                    break
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                if time.monotonic() > deadline:
                    pytest.fail(f"moto_server did not answer on {url}; see {log.name}")
                time.sleep(0.1)
        yield url
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        log.close()


@pytest.fixture(scope="module")
def s3(endpoint: str):
    return boto3.client(
        "s3",
        endpoint_url=endpoint,
        region_name=REGION,
        aws_access_key_id=ACCESS_KEY,
        aws_secret_access_key=SECRET_KEY,
    )


@pytest.fixture(scope="module")
def bucket(s3) -> str:
    name = f"court-cabinet-{uuid.uuid4().hex[:12]}"
    s3.create_bucket(Bucket=name)
    return name


@pytest.fixture(scope="module")
def configured(endpoint: str, bucket: str, tmp_path_factory: pytest.TempPathFactory) -> dict:
    """What a process started with the S3 variables configures, and the file it wrote."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("AWS_")}
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings.test",
        DATA_DIR=str(tmp_path_factory.mktemp("data")),
        AWS_STORAGE_BUCKET_NAME=bucket,
        AWS_S3_ENDPOINT_URL=endpoint,
        AWS_ACCESS_KEY_ID=ACCESS_KEY,
        AWS_SECRET_ACCESS_KEY=SECRET_KEY,
    )  # AWS_S3_REGION_NAME is left unset on purpose: the default is part of what is tested.
    code = f"PROBE = {PROBE!r}\n{CONFIGURED_PROCESS}"
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.fixture
def storage(settings, configured: dict) -> S3Storage:
    """The configured S3 storage as ``default`` (after the suite's local-files override)."""
    settings.STORAGES = {**settings.STORAGES, "default": configured["storage"]}
    assert isinstance(default_storage, S3Storage)  # what FileField and the health check use
    return storages["default"]


def _body(s3, bucket: str, key: str) -> bytes:
    return s3.get_object(Bucket=bucket, Key=key)["Body"].read()


def _exists(s3, bucket: str, key: str) -> bool:
    try:
        s3.head_object(Bucket=bucket, Key=key)
    except ClientError as exc:
        if exc.response["Error"]["Code"] in {"404", "NoSuchKey", "NotFound"}:
            return False
        raise
    return True


def _unsigned_get_status(url: str) -> int:
    try:
        with _direct.open(url, timeout=5) as response:
            return response.status
    except urllib.error.HTTPError as exc:
        return exc.code


def _attach(petition, tmp_path: Path, *, original_name: str, body: bytes) -> Attachment:
    upload = tmp_path / f"upload-{uuid.uuid4().hex}"
    upload.write_bytes(body)
    checked = check_upload(upload, original_name)
    return attachment_add(petition=petition, path=str(upload), checked=checked)


def _text(size: int, *, tag: str = "") -> bytes:
    """UTF-8 Kazakh prose of about ``size`` bytes (whole lines), which the checker accepts."""
    lines, total, number = [], 0, 0
    while total < size:
        number += 1
        line = f"{number}. Соттың қаулысы жойылып іс қайта қаралсын {tag}\n".encode()
        lines.append(line)
        total += len(line)
    return b"".join(lines)


# --- What the settings produce -----------------------------------------------------------------


def test_the_s3_variables_select_a_private_s3_storage(configured, endpoint, bucket):
    assert configured["class"] == "storages.backends.s3.S3Storage"
    assert configured["storage"]["BACKEND"] == "storages.backends.s3.S3Storage"
    options = configured["storage"]["OPTIONS"]
    assert options["bucket_name"] == bucket
    assert options["endpoint_url"] == endpoint
    assert options["region_name"] == "us-east-1"
    assert options["access_key"] == ACCESS_KEY
    assert options["secret_key"] == SECRET_KEY
    assert options["default_acl"] == "private"
    assert options["querystring_auth"] is True  # URLs, if ever made, are signed and short-lived
    assert options["querystring_expire"] == 60
    assert options["file_overwrite"] is False
    assert options["signature_version"] == "s3v4"
    assert options["max_memory_size"] == 1024 * 1024  # downloads spill to disk past 1 MiB
    assert "custom_domain" not in options  # a custom domain would make unsigned public URLs
    S3Storage(**options)  # every option is one django-storages knows (it refuses unknown ones)


def test_the_configured_process_wrote_a_private_object_to_the_bucket(
    configured, s3, bucket, endpoint
):
    key = configured["saved"]
    assert key == "probe/configured-process"
    assert _body(s3, bucket, key) == PROBE
    grants = s3.get_object_acl(Bucket=bucket, Key=key)["Grants"]
    assert [grant["Permission"] for grant in grants] == ["FULL_CONTROL"]
    assert grants[0]["Grantee"]["Type"] == "CanonicalUser"  # the owner, and nobody else
    assert _unsigned_get_status(f"{endpoint}/{bucket}/{key}") == 403


# --- The storage, as configured ----------------------------------------------------------------


@pytest.mark.parametrize("size", [0, 1, 1024 * 1024 + 7], ids=["empty", "one-byte", "1MiB+7"])
def test_a_saved_file_round_trips_byte_exact(storage, s3, bucket, size):
    data = os.urandom(size)
    name = storage.save(f"roundtrip/{uuid.uuid4().hex}", ContentFile(data))
    assert _body(s3, bucket, name) == data  # what is on the server
    assert storage.size(name) == size
    with storage.open(name, "rb") as handle:
        assert handle.read() == data  # what the application reads back


def test_objects_are_private_and_only_signed_urls_open_them(storage, s3, bucket, endpoint):
    name = storage.save(f"private/{uuid.uuid4().hex}", ContentFile(b"%PDF-1.7 private"))
    grantees = [g["Grantee"] for g in s3.get_object_acl(Bucket=bucket, Key=name)["Grants"]]
    assert all(grantee.get("URI") not in {ALL_USERS, AUTHENTICATED_USERS} for grantee in grantees)
    assert _unsigned_get_status(f"{endpoint}/{bucket}/{name}") == 403

    signed = storage.url(name)
    assert signed.startswith(f"{endpoint}/{bucket}/{name}?")
    query = parse_qs(urlsplit(signed).query)
    if "X-Amz-Expires" in query:
        assert query["X-Amz-Expires"] == ["60"]
    else:  # legacy SigV2 query authentication: an absolute expiry time
        assert 0 < int(query["Expires"][0]) - time.time() <= 61
    with _direct.open(signed, timeout=5) as response:
        assert response.read() == b"%PDF-1.7 private"


def test_signed_urls_use_signature_version_4(storage):
    query = parse_qs(urlsplit(storage.url("any/object")).query)
    assert query.get("X-Amz-Algorithm") == ["AWS4-HMAC-SHA256"]
    assert query.get("X-Amz-Expires") == ["60"]


def test_saving_under_a_taken_name_never_overwrites(storage, s3, bucket):
    wanted = f"taken/{uuid.uuid4().hex}"
    first = storage.save(wanted, ContentFile(b"first"))
    second = storage.save(wanted, ContentFile(b"second"))
    assert first == wanted
    assert second != first
    assert _body(s3, bucket, first) == b"first"
    assert _body(s3, bucket, second) == b"second"


def test_delete_removes_the_object(storage, s3, bucket):
    name = storage.save(f"delete/{uuid.uuid4().hex}", ContentFile(b"gone soon"))
    assert _exists(s3, bucket, name)
    storage.delete(name)
    assert not _exists(s3, bucket, name)
    assert not storage.exists(name)


def test_the_health_check_of_storage_leaves_nothing_behind(storage, s3, bucket):
    def healthz_keys() -> set[str]:
        listed = s3.list_objects_v2(Bucket=bucket, Prefix="healthz/")
        return {item["Key"] for item in listed.get("Contents", [])}

    before = healthz_keys()
    check_storage()
    assert healthz_keys() == before


# --- Attachments on S3 -------------------------------------------------------------------------


@pytest.mark.django_db
def test_an_attachment_is_stored_under_a_generated_name(storage, s3, bucket, tmp_path):
    petition = PetitionFactory()
    body = _text(64 * 1024)
    attachment = _attach(
        petition, tmp_path, original_name="..\\..\\Құпия папка/../Өтініш.txt", body=body
    )
    key = attachment.file.name
    assert re.fullmatch(rf"attachments/{petition.public_id}/[0-9a-f]{{32}}", key)
    assert attachment.name == "Өтініш.txt"  # the person's name is a label only
    assert _body(s3, bucket, key) == body
    assert s3.head_object(Bucket=bucket, Key=key)["ContentLength"] == attachment.size
    grantees = [g["Grantee"] for g in s3.get_object_acl(Bucket=bucket, Key=key)["Grants"]]
    assert all(grantee.get("URI") not in {ALL_USERS, AUTHENTICATED_USERS} for grantee in grantees)


@pytest.mark.django_db
def test_the_owner_downloads_an_attachment_from_s3(storage, s3, bucket, client, tmp_path):
    owner = UserFactory()
    petition = PetitionFactory(filer=owner)
    body = _text(1024 * 1024)
    attachment = _attach(petition, tmp_path, original_name="Шағым.txt", body=body)
    assert _exists(s3, bucket, attachment.file.name)
    url = reverse(
        "petitions:attachment_download",
        kwargs={"public_id": petition.public_id, "attachment_id": attachment.public_id},
    )

    client.force_login(owner)
    response = client.get(url)
    assert response.status_code == 200
    assert response.streaming
    assert b"".join(response.streaming_content) == body
    assert response["Content-Length"] == str(len(body))
    assert response["Content-Type"] == "text/plain"
    disposition = response["Content-Disposition"]
    assert disposition.startswith("attachment;")
    assert f"filename*=utf-8''{quote('Шағым.txt')}" in disposition
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Cache-Control"] == "private, no-store"


@pytest.mark.django_db
def test_another_user_cannot_download_the_attachment(storage, client, tmp_path):
    petition = PetitionFactory()
    attachment = _attach(petition, tmp_path, original_name="Шағым.txt", body=_text(4096))
    url = reverse(
        "petitions:attachment_download",
        kwargs={"public_id": petition.public_id, "attachment_id": attachment.public_id},
    )
    assert client.get(url).status_code == 302  # to the login page
    client.force_login(UserFactory())
    assert client.get(url).status_code == 404


@pytest.mark.django_db
def test_removing_an_attachment_deletes_its_object_on_commit(
    storage, s3, bucket, tmp_path, django_capture_on_commit_callbacks
):
    attachment = _attach(PetitionFactory(), tmp_path, original_name="a.txt", body=_text(2048))
    key = attachment.file.name
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        attachment_remove(attachment=attachment)
    assert _exists(s3, bucket, key)  # a rolled-back removal must not lose the file
    for callback in callbacks:
        callback()
    assert not _exists(s3, bucket, key)
    assert not Attachment.objects.filter(pk=attachment.pk).exists()


@pytest.mark.django_db
def test_deleting_a_draft_deletes_all_its_objects(
    storage, s3, bucket, tmp_path, django_capture_on_commit_callbacks
):
    petition = PetitionFactory()
    keys = [
        _attach(
            petition, tmp_path, original_name=f"{n}.txt", body=_text(1000, tag=str(n))
        ).file.name
        for n in range(3)
    ]
    assert all(_exists(s3, bucket, key) for key in keys)
    with django_capture_on_commit_callbacks(execute=True):
        assert petition_delete_draft(petition=petition) is True
    assert not any(_exists(s3, bucket, key) for key in keys)
