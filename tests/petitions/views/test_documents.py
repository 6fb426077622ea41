"""Attachments through the real views: upload, refusals, limits, ownership, download, removal.

Every upload goes through the test client, so the request is parsed by our streaming handler
(installed by the view), checked by content, and stored in the private storage of the test
(``tests/conftest.py`` points it at ``tmp_path/media``).
"""

import hashlib
import html
import re
import unicodedata
from pathlib import Path
from urllib.parse import quote

import pytest
from django.conf import settings as django_settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from django.utils.translation import gettext, ngettext

from petitions.models import Attachment, Petition
from petitions.uploads.errors import MESSAGES, RejectionCode
from petitions.uploads.handlers import request_limit
from petitions.uploads.limits import MAX_FILE_BYTES
from tests.factories import UserFactory
from tests.petitions.factories import PetitionFactory, attach, ready_to_sign
from tests.petitions.factories import petition_url as url
from tests.petitions.journey import submit_with_demo_signer
from tests.petitions.uploads import samples

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("upload_temp_dir")]

ERROR_SUMMARY = re.compile(
    r'class="cc-error-summary__list"><li><a href="#id_file">(?P<text>.*?)</a>', re.S
)


@pytest.fixture
def draft(signed_in) -> Petition:
    return PetitionFactory(filer=signed_in.user)


def upload(
    client, petition: Petition, data: bytes, name: str = "scan.pdf", kind="court_act", **extra
):
    fields = {"file": SimpleUploadedFile(name, data)}
    if kind is not None:
        fields["kind"] = kind
    return client.post(url("attachments", petition), fields, **extra)


def raw_upload(client, petition: Petition, data: bytes, filename: str):
    """POST a multipart body written by hand, so the file name reaches the server unaltered
    (the test client itself would take the basename of the name it is given)."""
    boundary = "cc-test-boundary-7f3a"
    body = (
        (
            f"--{boundary}\r\n"
            'Content-Disposition: form-data; name="kind"\r\n\r\nother\r\n'
            f"--{boundary}\r\n"
            f'Content-Disposition: form-data; name="file"; filename="{filename}"\r\n'
            "Content-Type: application/pdf\r\n\r\n"
        ).encode()
        + data
        + f"\r\n--{boundary}--\r\n".encode()
    )
    return client.post(
        url("attachments", petition),
        data=body,
        content_type=f"multipart/form-data; boundary={boundary}",
    )


def stored_files() -> list[Path]:
    root = Path(django_settings.MEDIA_ROOT)
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() else []


def error_summary(response) -> str:
    match = ERROR_SUMMARY.search(response.content.decode())
    assert match, "the page has no error summary"
    return html.unescape(match.group("text")).strip()


def distinct_pdf(tag: str, size: int = 0) -> bytes:
    """A valid PDF whose bytes (and so SHA-256) depend on ``tag``; with ``size``, exactly that
    long (padded with a few line ends after the end marker: whitespace, which the check allows)."""
    text = b"BT /F1 12 Tf 72 720 Td (" + tag.encode() + b") Tj ET\n"
    if not size:
        return samples.pdf(body=text)
    overhead = len(samples.pdf(body=text)) + 16  # 16: room for longer /Length digits
    data = samples.pdf(body=text + b"0 0 m " * max(0, (size - overhead) // 6))
    assert len(data) < size
    return data + b"\n" * (size - len(data))


# --- A file that is accepted ---------------------------------------------------------------------


def test_a_valid_pdf_is_stored_privately_under_a_generated_name(signed_in, draft):
    data = samples.pdf()

    response = upload(signed_in, draft, data, name="Сот актісі.pdf")

    assert response.status_code == 302
    assert response["Location"] == url("attachments", draft)
    attachment = Attachment.objects.get(petition=draft)
    assert attachment.name == "Сот актісі.pdf"
    assert attachment.size == len(data)
    assert attachment.sha256 == hashlib.sha256(data).hexdigest()
    assert attachment.media_type == "application/pdf"
    stored = attachment.file.name
    assert stored.startswith(f"attachments/{draft.public_id}/")
    assert re.fullmatch(r"[0-9a-f]{32}", stored.rsplit("/", 1)[1])
    assert "Сот" not in stored
    assert "pdf" not in stored
    assert stored_files() == [Path(django_settings.MEDIA_ROOT) / stored]
    assert (Path(django_settings.MEDIA_ROOT) / stored).read_bytes() == data

    page = signed_in.get(response["Location"])
    body = page.content.decode()
    assert page.status_code == 200
    assert "Сот актісі.pdf" in body
    assert url("attachment_download", draft, attachment) in body
    assert url("attachment_remove", draft, attachment) in body
    assert gettext("The file %(name)s has been attached.") % {"name": "Сот актісі.pdf"} in body


def test_the_stored_hash_is_the_streaming_handlers_not_a_second_read(signed_in, draft, monkeypatch):
    def second_read(path: Path) -> str:
        raise AssertionError(f"{path} was read again to hash it")

    monkeypatch.setattr("petitions.uploads.validation._sha256", second_read)
    data = samples.pdf()

    response = upload(signed_in, draft, data)

    assert response.status_code == 302
    assert Attachment.objects.get(petition=draft).sha256 == hashlib.sha256(data).hexdigest()


def test_the_stored_extension_follows_the_content_not_the_name(signed_in, draft):
    response = upload(signed_in, draft, samples.pdf(), name="invoice.exe")

    assert response.status_code == 302
    attachment = Attachment.objects.get(petition=draft)
    assert attachment.name == "invoice.pdf"
    assert attachment.media_type == "application/pdf"


def test_a_docx_is_accepted_as_a_word_document(signed_in, draft):
    response = upload(signed_in, draft, samples.docx(), name="өтініш.docx")

    assert response.status_code == 302
    attachment = Attachment.objects.get(petition=draft)
    assert attachment.name == "өтініш.docx"
    assert attachment.media_type == (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    )


def test_the_page_lists_nothing_and_offers_the_form_when_empty(signed_in, draft):
    page = signed_in.get(url("attachments", draft))

    assert page.status_code == 200
    assert 'name="file" type="file"' in page.content.decode()
    assert "cc-error-summary" not in page.content.decode()
    assert list(page.context["attachments"]) == []
    assert page.context["max_bytes"] == MAX_FILE_BYTES


# --- File names the sender controls --------------------------------------------------------------


def test_a_name_that_climbs_directories_is_stored_as_its_last_part(signed_in, draft):
    response = raw_upload(signed_in, draft, samples.pdf(), "../../etc/passwd.pdf")

    assert response.status_code == 302
    attachment = Attachment.objects.get(petition=draft)
    assert attachment.name == "passwd.pdf"
    assert ".." not in attachment.file.name
    assert attachment.file.name.startswith(f"attachments/{draft.public_id}/")
    assert not (Path(django_settings.MEDIA_ROOT).parent / "etc").exists()


def test_a_windows_path_is_reduced_to_its_last_part(signed_in, draft):
    response = raw_upload(signed_in, draft, samples.pdf(), "..\\..\\boot\\қаулы.pdf")

    assert response.status_code == 302
    assert Attachment.objects.get(petition=draft).name == "қаулы.pdf"


@pytest.mark.parametrize(
    ("filename", "expected"),
    [
        ("қаулы\u202egpj.pdf", "қаулыgpj.pdf"),  # right-to-left override
        ("скан\x07\x1b[31m.pdf", "скан[31m.pdf"),  # bell, escape
        ("\u200bакт\u200d\ufeff.pdf", "акт.pdf"),  # zero-width and BOM
        ("CON.pdf", "_CON.pdf"),  # a Windows device name
        ("---", "document.pdf"),  # nothing left of the name
    ],
)
def test_control_format_and_reserved_names_are_sanitised(signed_in, draft, filename, expected):
    response = raw_upload(signed_in, draft, samples.pdf(), filename)

    assert response.status_code == 302
    name = Attachment.objects.get(petition=draft).name
    assert name == expected
    assert not any(unicodedata.category(char)[0] == "C" for char in name)


# --- Files that are refused ----------------------------------------------------------------------


def assert_refused(response, message: str, temp_dir: Path, status: int = 400) -> None:
    assert response.status_code == status
    assert response.context["error"] == message
    assert message
    assert error_summary(response) == message
    assert 'aria-describedby="id_file-error"' in response.content.decode()
    assert not Attachment.objects.exists()
    assert stored_files() == []
    assert list(temp_dir.iterdir()) == []  # the temporary upload is gone too


@pytest.mark.parametrize(
    ("data", "name", "code"),
    [
        pytest.param(b"", "empty.pdf", RejectionCode.EMPTY, id="empty"),
        pytest.param(samples.ELF, "scan.pdf", RejectionCode.TYPE_NOT_ALLOWED, id="elf-as-pdf"),
        pytest.param(samples.pe(), "scan.pdf", RejectionCode.TYPE_NOT_ALLOWED, id="pe-as-pdf"),
        pytest.param(samples.HTML, "scan.pdf", RejectionCode.TYPE_NOT_ALLOWED, id="html-as-pdf"),
        pytest.param(samples.SVG, "scan.png", RejectionCode.TYPE_NOT_ALLOWED, id="svg-as-png"),
        pytest.param(
            samples.docx(extra=[("word/media/image1.png", b"\0" * (2 * 1024 * 1024))]),
            "өтініш.docx",
            RejectionCode.ARCHIVE_BOMB,
            id="zip-bomb-as-docx",
        ),
        pytest.param(samples.docm(), "өтініш.docx", RejectionCode.MACROS, id="docm-as-docx"),
        pytest.param(
            samples.pdf(encrypted=True), "locked.pdf", RejectionCode.ENCRYPTED, id="encrypted"
        ),
        pytest.param(
            samples.docx()[: len(samples.docx()) // 2],
            "broken.docx",
            RejectionCode.ARCHIVE_INVALID,
            id="truncated-docx",
        ),
    ],
)
def test_a_hostile_or_unusable_file_is_refused_with_a_message(
    signed_in, draft, upload_temp_dir, data, name, code
):
    response = upload(signed_in, draft, data, name=name)

    assert_refused(response, str(MESSAGES[code]), upload_temp_dir)


def test_the_refusal_is_in_the_language_of_the_page(signed_in, draft):
    kk = upload(signed_in, draft, samples.ELF, name="scan.pdf")
    ru = signed_in.post(
        url("attachments", draft).replace("/kk/", "/ru/", 1),
        {"kind": "court_act", "file": SimpleUploadedFile("scan.pdf", samples.ELF)},
    )

    assert kk.status_code == ru.status_code == 400
    assert error_summary(kk) != error_summary(ru)
    assert re.search("[әғқңөұүһі]", error_summary(kk))
    assert re.search("[ыэъ]", error_summary(ru))


def test_a_post_without_a_file_asks_for_one(signed_in, draft, upload_temp_dir):
    response = signed_in.post(url("attachments", draft), {"description": "no file here"})

    assert_refused(response, gettext("Choose a file to attach."), upload_temp_dir)


def test_a_file_in_another_field_is_not_taken(signed_in, draft, upload_temp_dir):
    response = signed_in.post(
        url("attachments", draft), {"document": SimpleUploadedFile("a.pdf", samples.pdf())}
    )

    assert_refused(response, gettext("Choose a file to attach."), upload_temp_dir)


# --- Size ----------------------------------------------------------------------------------------


def test_a_declared_length_over_the_limit_is_refused_before_the_body_is_read(
    signed_in, draft, upload_temp_dir
):
    too_long = request_limit(max_files=1) + 1

    response = upload(signed_in, draft, samples.pdf(), CONTENT_LENGTH=str(too_long))

    assert response.status_code == 413
    assert response.context["error"] == str(MESSAGES[RejectionCode.TOO_LARGE])
    assert error_summary(response) == response.context["error"]
    assert not Attachment.objects.exists()
    assert stored_files() == []
    assert list(upload_temp_dir.iterdir()) == []


@pytest.mark.parametrize("length", ["-1", "lots"])
def test_a_nonsense_content_length_is_refused(signed_in, draft, length):
    response = upload(signed_in, draft, samples.pdf(), CONTENT_LENGTH=length)

    assert response.status_code == 413
    assert not Attachment.objects.exists()


def test_a_file_one_byte_over_the_limit_is_dropped_while_streaming(
    signed_in, draft, upload_temp_dir
):
    data = distinct_pdf("big", MAX_FILE_BYTES + 1)
    assert len(data) == MAX_FILE_BYTES + 1

    response = upload(signed_in, draft, data)

    # Content-Length is within the request limit, so the handler drops the file as it streams.
    assert_refused(response, str(MESSAGES[RejectionCode.TOO_LARGE]), upload_temp_dir, status=413)


def test_a_file_of_exactly_the_limit_is_accepted(signed_in, draft):
    data = distinct_pdf("limit", MAX_FILE_BYTES)
    assert len(data) == MAX_FILE_BYTES

    response = upload(signed_in, draft, data)

    assert response.status_code == 302
    assert Attachment.objects.get(petition=draft).size == MAX_FILE_BYTES


# --- Per-petition limits -------------------------------------------------------------------------


def test_no_more_files_than_the_petition_limit(signed_in, draft, settings):
    settings.PETITION_MAX_FILES = 1
    assert upload(signed_in, draft, distinct_pdf("one")).status_code == 302

    response = upload(signed_in, draft, distinct_pdf("two"), name="second.pdf")

    expected = ngettext(
        "A petition can have at most %(count)d file. Remove one to add another.",
        "A petition can have at most %(count)d files. Remove one to add another.",
        1,
    ) % {"count": 1}
    assert response.status_code == 400
    assert response.context["error"] == expected
    assert error_summary(response) == expected
    assert list(Attachment.objects.values_list("name", flat=True)) == ["scan.pdf"]
    assert len(stored_files()) == 1
    assert "scan.pdf" in response.content.decode()  # the page still lists what is attached


def test_no_more_bytes_than_the_petition_total(signed_in, draft, settings):
    settings.PETITION_MAX_TOTAL_MB = 1
    first = distinct_pdf("first", 600 * 1024)
    second = distinct_pdf("second", 600 * 1024)
    assert upload(signed_in, draft, first).status_code == 302

    response = upload(signed_in, draft, second, name="second.pdf")

    assert response.status_code == 400
    assert response.context["error"] == gettext(
        "All files of a petition together must not exceed %(mb)d MB. Remove a file or "
        "make this one smaller."
    ) % {"mb": 1}
    assert error_summary(response)
    assert Attachment.objects.filter(petition=draft).count() == 1
    assert len(stored_files()) == 1


def test_the_total_counts_exactly_up_to_the_limit(signed_in, draft, settings):
    settings.PETITION_MAX_TOTAL_MB = 1
    first = distinct_pdf("first", 512 * 1024)
    assert upload(signed_in, draft, first).status_code == 302
    second = distinct_pdf("second", 1024 * 1024 - len(first))
    assert len(first) + len(second) == 1024 * 1024

    assert upload(signed_in, draft, second, name="second.pdf").status_code == 302
    assert Attachment.objects.filter(petition=draft).count() == 2


def test_the_same_file_twice_is_already_attached(signed_in, draft):
    data = samples.pdf()
    assert upload(signed_in, draft, data, name="first.pdf").status_code == 302

    response = upload(signed_in, draft, data, name="другое имя.pdf")

    assert response.status_code == 400
    assert response.context["error"] == gettext("This file is already attached.")
    assert error_summary(response) == gettext("This file is already attached.")
    assert list(Attachment.objects.values_list("name", flat=True)) == ["first.pdf"]
    assert len(stored_files()) == 1


def test_the_same_file_may_go_with_two_petitions(signed_in, draft):
    other = PetitionFactory(filer=signed_in.user)
    data = samples.pdf()

    assert upload(signed_in, draft, data).status_code == 302
    assert upload(signed_in, other, data).status_code == 302
    assert Attachment.objects.filter(sha256=hashlib.sha256(data).hexdigest()).count() == 2


def test_a_duplicate_that_wins_the_race_leaves_no_stray_file(signed_in, draft, monkeypatch):
    """Another request stores the same file between our check and our insert: the unique
    constraint refuses ours, and the file we had already written to storage is deleted."""
    real_save = Attachment.save

    def racing_save(self, *args, **kwargs):
        Attachment.objects.bulk_create(
            [
                Attachment(
                    petition=self.petition,
                    name="rival.pdf",
                    media_type=self.media_type,
                    size=self.size,
                    sha256=self.sha256,
                    file="attachments/rival",
                )
            ]
        )
        return real_save(self, *args, **kwargs)

    monkeypatch.setattr(Attachment, "save", racing_save)

    response = upload(signed_in, draft, samples.pdf())

    assert response.status_code == 400
    assert response.context["error"] == gettext("This file is already attached.")
    assert stored_files() == []
    assert Attachment.objects.filter(petition=draft).count() == 0  # the savepoint rolled back


# --- CSRF ----------------------------------------------------------------------------------------


def test_an_upload_without_a_csrf_token_is_refused_and_not_stored(draft, upload_temp_dir):
    client = Client(enforce_csrf_checks=True)
    client.force_login(draft.filer)

    response = upload(client, draft, samples.pdf())

    assert response.status_code == 403
    assert not Attachment.objects.exists()
    assert stored_files() == []
    assert list(upload_temp_dir.iterdir()) == []


def test_an_upload_with_the_csrf_token_is_accepted(draft):
    client = Client(enforce_csrf_checks=True)
    client.force_login(draft.filer)
    page = client.get(url("attachments", draft))
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.content.decode())
    assert token

    response = client.post(
        url("attachments", draft),
        {
            "csrfmiddlewaretoken": token.group(1),
            "kind": "court_act",
            "file": SimpleUploadedFile("a.pdf", samples.pdf()),
        },
    )

    assert response.status_code == 302
    assert Attachment.objects.filter(petition=draft).count() == 1


def test_removal_without_a_csrf_token_is_refused(draft):
    attachment = attach(draft, samples.pdf())
    client = Client(enforce_csrf_checks=True)
    client.force_login(draft.filer)

    response = client.post(url("attachment_remove", draft, attachment))

    assert response.status_code == 403
    assert Attachment.objects.filter(pk=attachment.pk).exists()


# --- Who may see and change what -----------------------------------------------------------------


@pytest.fixture
def foreign():
    """Another person's draft with one attachment."""
    petition = PetitionFactory(filer=UserFactory())
    return petition, attach(petition, samples.pdf(), name="бөтен.pdf")


def test_another_persons_petition_is_not_found_for_every_action(signed_in, foreign):
    petition, attachment = foreign
    before = stored_files()

    assert signed_in.get(url("attachments", petition)).status_code == 404
    assert upload(signed_in, petition, distinct_pdf("mine")).status_code == 404
    assert signed_in.post(url("attachment_remove", petition, attachment)).status_code == 404
    assert signed_in.get(url("attachment_download", petition, attachment)).status_code == 404

    assert list(Attachment.objects.all()) == [attachment]
    assert stored_files() == before


def test_another_persons_attachment_is_not_found_through_my_petition(signed_in, draft, foreign):
    _, attachment = foreign

    remove = signed_in.post(url("attachment_remove", draft, attachment))
    download = signed_in.get(url("attachment_download", draft, attachment))

    assert remove.status_code == 404
    assert download.status_code == 404
    assert Attachment.objects.filter(pk=attachment.pk).exists()


def test_an_attachment_of_my_other_petition_is_not_found_through_this_one(signed_in, draft):
    mine = PetitionFactory(filer=signed_in.user)
    attachment = attach(mine, samples.pdf())

    assert signed_in.get(url("attachment_download", draft, attachment)).status_code == 404
    assert signed_in.post(url("attachment_remove", draft, attachment)).status_code == 404
    assert signed_in.get(url("attachment_download", mine, attachment)).status_code == 200


def test_malformed_or_unknown_ids_are_not_found(signed_in, draft):
    attachment = attach(draft, samples.pdf())
    base = url("attachments", draft)
    malformed = base.replace(str(draft.public_id), "not-a-uuid")
    unknown = base.replace(str(draft.public_id), "00000000-0000-0000-0000-000000000000")
    bad_attachment = url("attachment_download", draft, attachment).replace(
        str(attachment.public_id), "1234"
    )

    assert signed_in.get(malformed).status_code == 404
    assert signed_in.get(unknown).status_code == 404
    assert signed_in.post(malformed, {"file": SimpleUploadedFile("a.pdf", b"x")}).status_code == 404
    assert signed_in.get(bad_attachment).status_code == 404
    assert signed_in.post(bad_attachment.replace("/download/", "/remove/")).status_code == 404


def test_anonymous_people_are_sent_to_log_in(draft):
    attachment = attach(draft, samples.pdf())
    login = reverse("cabinet:login")
    client = Client()

    for response in (
        client.get(url("attachments", draft)),
        upload(client, draft, distinct_pdf("anon")),
        client.post(url("attachment_remove", draft, attachment)),
        client.get(url("attachment_download", draft, attachment)),
    ):
        assert response.status_code == 302
        assert response["Location"].startswith(login)
    assert list(Attachment.objects.all()) == [attachment]


def test_each_view_answers_only_its_methods(signed_in, draft):
    attachment = attach(draft, samples.pdf())

    assert signed_in.put(url("attachments", draft)).status_code == 405
    assert signed_in.get(url("attachment_remove", draft, attachment)).status_code == 405
    assert signed_in.post(url("attachment_download", draft, attachment)).status_code == 405
    assert Attachment.objects.filter(pk=attachment.pk).exists()


# --- Download ------------------------------------------------------------------------------------


def download(client, petition, attachment):
    response = client.get(url("attachment_download", petition, attachment))
    body = b"".join(response.streaming_content) if response.status_code == 200 else b""
    response.close()
    return response, body


def test_a_download_is_an_attachment_that_cannot_be_sniffed_or_cached(signed_in, draft):
    data = samples.pdf()
    attachment = attach(draft, data, name="қаулы.pdf")

    response, body = download(signed_in, draft, attachment)

    assert response.status_code == 200
    assert body == data
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == f"attachment; filename*=utf-8''{quote('қаулы.pdf')}"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "private" in response["Cache-Control"]
    assert "no-store" in response["Cache-Control"]
    assert int(response["Content-Length"]) == len(data)


def test_an_ascii_name_is_sent_quoted(signed_in, draft):
    attachment = attach(draft, samples.pdf(), name="decision 2024.pdf")

    response, _ = download(signed_in, draft, attachment)

    assert response["Content-Disposition"] == 'attachment; filename="decision 2024.pdf"'


def test_an_uploaded_file_downloads_byte_for_byte_under_its_sanitised_name(signed_in, draft):
    data = samples.docx()
    assert raw_upload(signed_in, draft, data, "C:\\Users\\me\\Шағым\u202e.docx").status_code == 302
    attachment = Attachment.objects.get(petition=draft)

    response, body = download(signed_in, draft, attachment)

    assert attachment.name == "Шағым.docx"
    assert body == data
    assert hashlib.sha256(body).hexdigest() == attachment.sha256
    assert response["Content-Disposition"] == f"attachment; filename*=utf-8''{quote('Шағым.docx')}"
    assert response["Content-Type"] == attachment.media_type


# --- Removal -------------------------------------------------------------------------------------


def test_removing_deletes_the_row_and_then_the_stored_file(
    signed_in, draft, django_capture_on_commit_callbacks
):
    assert upload(signed_in, draft, samples.pdf()).status_code == 302
    attachment = Attachment.objects.get(petition=draft)
    path = Path(django_settings.MEDIA_ROOT) / attachment.file.name
    assert path.exists()

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = signed_in.post(url("attachment_remove", draft, attachment))

    assert response.status_code == 302
    assert response["Location"] == url("attachments", draft)
    assert not Attachment.objects.filter(pk=attachment.pk).exists()
    assert callbacks
    assert not path.exists()
    assert stored_files() == []
    page = signed_in.get(response["Location"])
    assert gettext("The file has been removed.") in page.content.decode()


def test_the_file_stays_until_the_removal_commits(
    signed_in, draft, django_capture_on_commit_callbacks
):
    attachment = attach(draft, samples.pdf())
    path = Path(django_settings.MEDIA_ROOT) / attachment.file.name

    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        signed_in.post(url("attachment_remove", draft, attachment))

    assert not Attachment.objects.filter(pk=attachment.pk).exists()
    assert path.exists()  # a rolled-back removal would still find its file
    callbacks[-1]()
    assert not path.exists()


def test_removing_one_file_keeps_the_others(signed_in, draft, django_capture_on_commit_callbacks):
    keep = attach(draft, distinct_pdf("keep"), name="keep.pdf")
    drop = attach(draft, distinct_pdf("drop"), name="drop.pdf")

    with django_capture_on_commit_callbacks(execute=True):
        signed_in.post(url("attachment_remove", draft, drop))

    assert list(Attachment.objects.filter(petition=draft)) == [keep]
    assert stored_files() == [Path(django_settings.MEDIA_ROOT) / keep.file.name]


# --- After submission ----------------------------------------------------------------------------


@pytest.fixture
def submitted(crls, signed_in) -> Petition:
    """A complete petition, signed with the demo signer and sent through the real views."""
    return submit_with_demo_signer(signed_in, ready_to_sign(signed_in.user))


def test_a_submitted_petitions_files_cannot_be_changed(
    signed_in, submitted, django_capture_on_commit_callbacks
):
    attachment = submitted.attachments.get()
    path = Path(django_settings.MEDIA_ROOT) / attachment.file.name

    page = signed_in.get(url("attachments", submitted))
    with django_capture_on_commit_callbacks(execute=True):
        added = upload(signed_in, submitted, distinct_pdf("late"))
        removed = signed_in.post(url("attachment_remove", submitted, attachment))

    assert page.status_code == 302
    assert page["Location"] == url("confirmation", submitted)
    assert added.status_code == 302
    assert added["Location"] == url("confirmation", submitted)
    assert removed.status_code == 302
    assert signed_in.get(removed["Location"])["Location"] == url("confirmation", submitted)
    assert list(submitted.attachments.all()) == [attachment]
    assert path.exists()
    assert stored_files() == [path]


def test_a_submitted_petitions_files_can_still_be_downloaded(signed_in, submitted):
    attachment = submitted.attachments.get()

    response, body = download(signed_in, submitted, attachment)

    assert response.status_code == 200
    assert body == samples.pdf()
