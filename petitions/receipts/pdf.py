"""A receipt as a PDF: its statement, its facts, a QR code to the public check, and the signed
document and its CMS embedded as attached files (so the PDF alone carries the proof).

Rendered like the petition (``petitions.pdf``): fpdf2 and the bundled DejaVu Sans, which has every
Kazakh and Russian letter; labels in the request's language. The QR code is made by segno (pure
Python, PNG written without Pillow).
"""

from __future__ import annotations

import io

import segno
from django.utils.translation import gettext as _

from ..pdf import _pdf
from .models import Receipt
from .presentation import receipt_rows, receipt_statement, receipt_title, verification_url
from .services import receipt_details


def file_stem(receipt: Receipt) -> str:
    return f"{receipt.petition.reference}-{receipt.kind}"


def qr_png(url: str) -> bytes:
    buffer = io.BytesIO()
    segno.make(url, error="m", micro=False).save(buffer, kind="png", scale=8, border=4)
    return buffer.getvalue()


def receipt_pdf(receipt: Receipt) -> bytes:
    pdf = _pdf()
    pdf.set_title(receipt_title(receipt.kind))
    pdf.set_font("DejaVu", "B", 14)
    pdf.multi_cell(0, 8, receipt_title(receipt.kind), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("DejaVu", "", 11)
    pdf.multi_cell(0, 6, receipt_statement(receipt_details(receipt)), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for label, value in receipt_rows(receipt):
        pdf.set_font("DejaVu", "B", 9)
        pdf.multi_cell(0, 5, label, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 9)
        pdf.multi_cell(0, 5, value, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    url = verification_url(receipt)
    pdf.ln(2)
    pdf.set_font("DejaVu", "", 9)
    pdf.multi_cell(
        0,
        5,
        _("Scan the code or open the address below to check this receipt:"),
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.image(io.BytesIO(qr_png(url)), w=40, h=40, link=url)
    pdf.multi_cell(0, 5, url, new_x="LMARGIN", new_y="NEXT", link=url)
    pdf.ln(2)
    pdf.multi_cell(
        0,
        5,
        _(
            "This receipt is signed with the electronic signature of the portal. The signed "
            "document and its signature are attached to this PDF file."
        ),
        new_x="LMARGIN",
        new_y="NEXT",
    )
    stem = file_stem(receipt)
    pdf.embed_file(
        bytes=bytes(receipt.document), basename=f"{stem}.json", mime_type="application/json"
    )
    pdf.embed_file(
        bytes=bytes(receipt.signature),
        basename=f"{stem}.p7s",
        mime_type="application/pkcs7-signature",
    )
    return bytes(pdf.output())
