"""check_upload: the type is decided by content against the allow-list, whatever the name says."""

import hashlib

import pytest

from petitions.uploads.errors import RejectionCode
from petitions.uploads.limits import MAX_FILE_BYTES, MAX_ORIGINAL_NAME_CHARS
from petitions.uploads.validation import CheckedFile, UploadRejected, check_upload

from . import samples

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
ODT = "application/vnd.oasis.opendocument.text"

# Office writes parts in orders libmagic does not always recognise; it then says application/zip.
DOCX_DOCPROPS_FIRST = samples.zip_bytes(
    [
        ("docProps/app.xml", "<Properties/>"),
        ("[Content_Types].xml", samples.content_types({"/word/document.xml": samples.DOCX_MAIN})),
        ("word/document.xml", samples.WORD_DOCUMENT),
    ]
)
ODT_COMPRESSED_MIMETYPE = samples.zip_bytes(
    [
        ("mimetype", samples.ODT_MIMETYPE),
        ("META-INF/manifest.xml", samples.MANIFEST.format(mimetype=ODT, encryption="")),
        ("content.xml", "<office:document-content/>"),
    ]
)

ACCEPTED = [
    # (content, name the sender gave, media type, stored name)
    (samples.pdf(), "Өтініш.pdf", "application/pdf", "Өтініш.pdf"),
    (samples.docx(), "Кассациялық шағым.docx", DOCX, "Кассациялық шағым.docx"),
    (DOCX_DOCPROPS_FIRST, "жалоба.docx", DOCX, "жалоба.docx"),
    (samples.xlsx(), "есеп.xlsx", XLSX, "есеп.xlsx"),
    (samples.odt(), "өтініш.odt", ODT, "өтініш.odt"),
    (ODT_COMPRESSED_MIMETYPE, "өтініш.odt", ODT, "өтініш.odt"),
    (samples.doc(), "шешім.doc", "application/msword", "шешім.doc"),
    (samples.xls(), "кесте.xls", "application/vnd.ms-excel", "кесте.xls"),
    (samples.png(), "скан.png", "image/png", "скан.png"),
    (samples.JPEG, "фото.jpeg", "image/jpeg", "фото.jpg"),
    (samples.tiff(), "скан.tiff", "image/tiff", "скан.tif"),
    (samples.PETITION_KK.encode(), "мәтін.txt", "text/plain", "мәтін.txt"),
    (samples.PETITION_RU.encode("utf-8-sig"), "текст.txt", "text/plain", "текст.txt"),
    ((samples.PETITION_RU * 5).encode("cp1251"), "cp1251.txt", "text/plain", "cp1251.txt"),
    ((samples.PETITION_KK * 5).encode("kz1048"), "kz1048.txt", "text/plain", "kz1048.txt"),
    ((samples.PETITION_RU * 5).encode("koi8-r"), "koi8.txt", "text/plain", "koi8.txt"),
    ((samples.PETITION_RU * 5).encode("cp866"), "dos.txt", "text/plain", "dos.txt"),
    # The extension comes from the content, not the name.
    (samples.pdf(), "scan.exe", "application/pdf", "scan.pdf"),
    (samples.docx(), "отчёт.doc", DOCX, "отчёт.docx"),
    (samples.pdf(), "Договор от 12.03.2024", "application/pdf", "Договор от 12.03.2024.pdf"),
    (samples.pdf(), "../../etc/passwd", "application/pdf", "passwd.pdf"),
    (samples.pdf(), "invoice\u202efdp.exe", "application/pdf", "invoicefdp.pdf"),
]


@pytest.mark.parametrize(("content", "name", "media_type", "safe_name"), ACCEPTED)
def test_it_accepts_allowed_content(put, content, name, media_type, safe_name):
    checked = check_upload(put(content), name)

    assert checked == CheckedFile(
        media_type=media_type,
        safe_name=safe_name,
        extension=safe_name.rpartition(".")[2],
        size=len(content),
        sha256=hashlib.sha256(content).hexdigest(),
    )


def test_a_hash_given_by_the_handler_is_used_and_otherwise_the_file_is_hashed(put, monkeypatch):
    content = samples.pdf()
    path = put(content)
    expected = hashlib.sha256(content).hexdigest()
    assert check_upload(path, "a.pdf").sha256 == expected
    assert check_upload(path, "a.pdf", sha256="").sha256 == expected

    monkeypatch.setattr(
        "petitions.uploads.validation._sha256", lambda p: pytest.fail(f"{p} hashed again")
    )
    assert check_upload(path, "a.pdf", sha256=expected).sha256 == expected


def test_it_accepts_exactly_the_size_limit_and_refuses_one_byte_more(put):
    line = samples.PETITION_RU.encode()
    content = (line * (MAX_FILE_BYTES // len(line) + 1))[:MAX_FILE_BYTES]

    assert check_upload(put(content), "big.txt").size == MAX_FILE_BYTES
    with pytest.raises(UploadRejected) as refused:
        check_upload(put(content + b"\n"), "big.txt")
    assert refused.value.code == RejectionCode.TOO_LARGE


REJECTED = [
    # (content, name, code, detail fragment: which check refused it)
    (b"", "empty.pdf", RejectionCode.EMPTY, ""),
    (samples.ELF, "иск.pdf", RejectionCode.TYPE_NOT_ALLOWED, "application/x-executable"),
    (samples.pe(), "иск.pdf", RejectionCode.TYPE_NOT_ALLOWED, "portable-executable"),
    (samples.HTML, "иск.pdf", RejectionCode.TYPE_NOT_ALLOWED, "text/html"),
    (samples.SVG, "иск.pdf", RejectionCode.TYPE_NOT_ALLOWED, "image/svg+xml"),
    (b"#!/bin/sh\nrm -rf /\n", "иск.txt", RejectionCode.TYPE_NOT_ALLOWED, "shellscript"),
    (b"hello\x00world\n", "иск.txt", RejectionCode.TYPE_NOT_ALLOWED, "octet-stream"),
    # libmagic calls these text/plain; our own checks refuse them.
    (
        b"Petition text.\n<img src=x onerror=alert(1)>\n",
        "a.txt",
        RejectionCode.MARKUP,
        "markup in text",
    ),
    (b"Red \x1b[31m text\n", "a.txt", RejectionCode.TYPE_NOT_ALLOWED, "control bytes"),
    ("\ufeffКассация".encode("utf-16-le"), "a.txt", RejectionCode.TYPE_NOT_ALLOWED, "control"),
    (samples.pdf(encrypted=True), "a.pdf", RejectionCode.ENCRYPTED, "PDF /Encrypt"),
    (
        samples.pdf(encrypted=True, encrypt_key=b"/Encr#79pt"),  # a name escape: still /Encrypt
        "a.pdf",
        RejectionCode.ENCRYPTED,
        "PDF /Encrypt",
    ),
    (samples.docm(), "a.docx", RejectionCode.MACROS, "macro content type"),
    (
        samples.cfb({("EncryptedPackage",): b"\1" * 5000, ("EncryptionInfo",): b"\2" * 200}),
        "a.docx",
        RejectionCode.ENCRYPTED,
        "application/encrypted",
    ),
    (
        samples.doc(streams={("Macros", "VBA", "dir"): b"\1" * 10}),
        "a.doc",
        RejectionCode.MACROS,
        "VBA",
    ),
    (samples.xls(sheet_type=1), "a.xls", RejectionCode.MACROS, "Excel sheet of type 1"),
    (samples.doc(encrypted=True), "a.doc", RejectionCode.ENCRYPTED, "fEncrypted"),
    (
        samples.cfb({("Anything",): b"\1" * 10}),
        "a.doc",
        RejectionCode.TYPE_NOT_ALLOWED,
        "x-ole-storage",
    ),
    (
        samples.zip_bytes([("word/document.xml", b"\0" * (8 * 1024 * 1024))]),
        "bomb.docx",
        RejectionCode.ARCHIVE_BOMB,
        "ratio",
    ),
    (
        samples.docx(extra=[("../../evil.sh", "#!/bin/sh")]),
        "a.docx",
        RejectionCode.ARCHIVE_INVALID,
        "climbs out",
    ),
    (samples.zip_bytes([("a.txt", "hello")]), "a.docx", RejectionCode.TYPE_NOT_ALLOWED, "ZIP"),
    (samples.pdf(), "x" * (MAX_ORIGINAL_NAME_CHARS + 1), RejectionCode.NAME_INVALID, ""),
    (samples.pdf(), "a\x00.pdf", RejectionCode.NAME_INVALID, ""),
]


@pytest.mark.parametrize(("content", "name", "code", "detail"), REJECTED)
def test_it_refuses_hostile_or_unlisted_content(put, content, name, code, detail):
    with pytest.raises(UploadRejected) as refused:
        check_upload(put(content), name)

    assert refused.value.code == code
    assert detail in refused.value.detail
    assert str(refused.value.message)  # a sentence for the person, whatever the check


def test_it_finds_control_bytes_beyond_what_libmagic_reads(put):
    # libmagic decides from the first megabytes; a NUL after them is still found.
    content = b"a" * (8 * 1024 * 1024) + b"\x00"

    with pytest.raises(UploadRejected) as refused:
        check_upload(put(content), "a.txt")
    assert refused.value.detail == "control bytes in text"


def test_it_finds_markup_split_across_two_reads(put):
    content = b"a" * (64 * 1024 - 3) + b"<script>alert(1)</script>\n"

    with pytest.raises(UploadRejected) as refused:
        check_upload(put(content), "a.txt")
    assert refused.value.detail == "markup in text"


def test_a_pdf_that_merely_mentions_encryption_in_text_is_accepted(put):
    content = samples.pdf(body=b"BT (Encrypt your files before sending) Tj ET")

    assert check_upload(put(content), "a.pdf").media_type == "application/pdf"


@pytest.mark.parametrize(
    "markup",
    [
        b"<input autofocus onfocus=alert(document.cookie)>",
        b"<div onmouseover=alert(1)>hover</div>",
        b"<!-- hidden -->",
        b'<form action="https://evil.example/">',
        b"<b onclick=alert(1)>x</b>",
        b"</p>",
        b"<?php system($_GET['c']); ?>",
    ],
)
def test_it_refuses_text_with_any_html_markup(put, markup):
    content = samples.PETITION_RU.encode() + markup + b"\n"

    with pytest.raises(UploadRejected) as refused:
        check_upload(put(content), "a.txt")
    assert refused.value.code == RejectionCode.MARKUP
    assert "HTML" in str(refused.value.message)


@pytest.mark.parametrize(
    "text",
    ["Иванов И. <ivanov@mail.kz>", "сумма <100 000 тенге", "<<Кассация>>", "a < b, b > c"],
)
def test_it_accepts_angle_brackets_that_are_not_markup(put, text):
    content = (samples.PETITION_KK + text + "\n").encode()

    assert check_upload(put(content), "a.txt").media_type == "text/plain"


POLYGLOTS = {
    "PDF + HTML": (samples.pdf() + samples.HTML, "a.pdf"),
    "JPEG + HTML": (samples.JPEG + samples.HTML, "a.jpg"),
    "PNG + script": (samples.png() + b"<script>fetch('/x')</script>", "a.png"),
    "PDF + DOCM": (samples.pdf() + samples.docm(), "a.pdf"),
}


@pytest.mark.parametrize(("content", "name"), POLYGLOTS.values(), ids=POLYGLOTS.keys())
def test_it_refuses_a_file_that_is_two_types_at_once(put, content, name):
    with pytest.raises(UploadRejected) as refused:
        check_upload(put(content), name)

    assert refused.value.code == RejectionCode.HIDDEN_DATA


def test_it_refuses_a_pdf_with_a_script(put):
    content = samples.pdf(catalog=b"/OpenAction << /S /JavaScript /JS (app.alert(1)) >>")

    with pytest.raises(UploadRejected) as refused:
        check_upload(put(content), "a.pdf")
    assert refused.value.code == RejectionCode.ACTIVE_CONTENT
