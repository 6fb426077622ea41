"""check_pdf: no scripts, actions, embedded files or appended files, whatever the spelling."""

import pytest
from django.utils import translation

from petitions.uploads import isolation, pdfs
from petitions.uploads.errors import RejectionCode
from petitions.uploads.pdfs import check_pdf
from petitions.uploads.validation import UploadRejected

from . import samples

JS = b"/S /JavaScript /JS (app.alert(1))"

ACTIVE = {
    "open action script": samples.pdf(catalog=b"/OpenAction << %s >>" % JS),
    "script, names escaped": samples.pdf(
        catalog=b"/Open#41ction << /S /Java#53cript /J#53 (app.alert(1)) >>"
    ),
    "script in the names tree": samples.pdf(
        catalog=b"/Names << /JavaScript 5 0 R >>",
        extra=[b"<< /Names [(boot) 6 0 R] >>", b"<< %s >>" % JS],
    ),
    "script on opening a page": samples.pdf(page=b"/AA << /O << %s >> >>" % JS),
    "launch": samples.pdf(page=b"/AA << /O << /S /Launch /F (cmd.exe) >> >>"),
    "remote go-to (UNC)": samples.pdf(
        catalog=b"/OpenAction << /S /GoToR /F (\\\\\\\\evil\\\\share\\\\x.pdf) /D [0 /Fit] >>"
    ),
    "embedded files": samples.pdf(
        catalog=b"/Names << /EmbeddedFiles 5 0 R >>",
        extra=[
            b"<< /Names [(invoice.docm) 6 0 R] >>",
            b"<< /Type /Filespec /F (invoice.docm) /EF << /F 7 0 R >> >>",
            b"<< /Type /EmbeddedFile /Length 3 >>\nstream\nabc\nendstream",
        ],
    ),
    "file attachment annotation": samples.pdf(
        page=b"/Annots [<< /Type /Annot /Subtype /FileAttachment /Rect [0 0 9 9] >>]"
    ),
    "rich media": samples.pdf(
        page=b"/Annots [<< /Type /Annot /Subtype /RichMedia /Rect [0 0 9 9] >>]"
    ),
    "XFA form": samples.pdf(catalog=b"/AcroForm << /Fields [] /XFA 5 0 R >>", extra=[b"[]"]),
    "javascript link": samples.pdf(
        page=b"/Annots [<< /Subtype /Link /Rect [0 0 9 9] /A << /S /URI "
        b"/URI (javascript:alert(1)) >> >>]"
    ),
}


@pytest.mark.parametrize("content", ACTIVE.values(), ids=ACTIVE.keys())
def test_it_refuses_active_content(put, content):
    with pytest.raises(UploadRejected) as refused:
        check_pdf(put(content))

    assert refused.value.code == RejectionCode.ACTIVE_CONTENT
    with translation.override("en"):
        assert "print it to PDF again" in str(refused.value.message)


PASSIVE = {
    "plain": samples.pdf(),
    "open at the first page": samples.pdf(catalog=b"/OpenAction [3 0 R /Fit]"),
    "web link": samples.pdf(
        page=b"/Annots [<< /Subtype /Link /Rect [0 0 9 9] /A << /S /URI "
        b"/URI (https://adilet.zan.kz/) >> >>]"
    ),
    "the word JavaScript in the text": samples.pdf(body=b"BT (/JavaScript /Launch /JS) Tj ET"),
    "trailing whitespace and NULs": samples.pdf() + b"\r\n \x00\x00\n",
}


@pytest.mark.parametrize("content", PASSIVE.values(), ids=PASSIVE.keys())
def test_it_accepts_passive_pdfs(put, content):
    check_pdf(put(content))


@pytest.mark.parametrize(
    "content",
    [
        samples.pdf(encrypted=True),
        samples.pdf(encrypted=True, encrypt_key=b"/Encr#79pt"),  # accepted by the byte scan
    ],
    ids=["plain", "name escaped"],
)
def test_it_refuses_encrypted_pdfs_however_the_key_is_written(put, content):
    with pytest.raises(UploadRejected) as refused:
        check_pdf(put(content))

    assert refused.value.code == RejectionCode.ENCRYPTED


APPENDED = {
    "HTML page": samples.pdf() + samples.HTML,
    "macro-enabled Word document": samples.pdf() + samples.docm(),
    "Word document, then a fresh %%EOF": samples.pdf() + samples.docm() + b"\n%%EOF\n",
}


@pytest.mark.parametrize("content", APPENDED.values(), ids=APPENDED.keys())
def test_it_refuses_a_pdf_with_a_file_appended(put, content):
    with pytest.raises(UploadRejected) as refused:
        check_pdf(put(content))

    assert refused.value.code == RejectionCode.HIDDEN_DATA


def test_it_refuses_what_qpdf_cannot_read(put):
    with pytest.raises(UploadRejected) as refused:
        check_pdf(put(b"%PDF-1.7\nnothing of a PDF here\n%%EOF\n"))

    assert refused.value.code == RejectionCode.ARCHIVE_INVALID


def test_the_walk_is_bounded_by_the_number_of_objects(put, monkeypatch):
    monkeypatch.setattr(pdfs, "MAX_PDF_OBJECTS", 20)
    refs = b" ".join(b"%d 0 R" % n for n in range(5, 30))
    content = samples.pdf(catalog=b"/Many [%s]" % refs, extra=[b"<< >>"] * 25)

    with pytest.raises(UploadRejected) as refused:
        check_pdf(put(content))
    assert refused.value.code == RejectionCode.ARCHIVE_BOMB


def test_a_loop_of_references_ends(put):
    content = samples.pdf(catalog=b"/Loop 5 0 R", extra=[b"<< /Next 6 0 R >>", b"[5 0 R]"])

    check_pdf(put(content))


def test_a_pdf_too_costly_to_parse_is_refused_and_only_the_child_pays(put, monkeypatch):
    # One array of five million numbers: about 870 MB for qpdf, from a 10 MB file. (The child
    # may also reuse heap its parent had freed, so the file is far beyond any such slack.)
    monkeypatch.setattr(isolation, "ISOLATED_MEMORY_BYTES", 32 * 1024 * 1024)
    content = samples.pdf(catalog=b"/Junk [" + b"0 " * 5_000_000 + b"]")

    with pytest.raises(UploadRejected) as refused:
        check_pdf(put(content))
    assert refused.value.code in {RejectionCode.ARCHIVE_BOMB, RejectionCode.ARCHIVE_INVALID}
