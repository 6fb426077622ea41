"""Receipts in the cabinet (the filer's own, 404 for anyone else's), the public check of a
receipt (no sign-in), and the signed withdrawal of a sent petition.

The public check is addressed by an unguessable id plus the document's SHA-256, or answers for
the exact bytes someone uploads: there is nothing to enumerate, and "unknown" and "altered" are
one answer, "not genuine", so the page is no oracle for which receipts exist.
"""

from __future__ import annotations

from uuid import UUID

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods, require_POST

from core.http import AuthenticatedHttpRequest
from core.refusal import Refusal
from signing.web.config import demo_signer_enabled
from signing.web.demo import demo_sign

from ..addressee import addressee_name, document_title, files_complaint
from ..models import Petition, Status
from ..selectors import petition_get_for_user
from .models import Receipt
from .pdf import file_stem, receipt_pdf
from .presentation import receipt_rows, receipt_statement, receipt_title
from .services import receipt_by_link, receipt_by_upload, receipt_details
from .withdrawal import (
    can_withdraw,
    petition_day,
    petition_withdraw,
    statement_bytes,
    statement_digest,
    withdrawal_cms_decode,
    withdrawal_for,
)

MAX_UPLOAD_BYTES = 256 * 1024  # a receipt is ~1 KB and its CMS a few KB


def _own_receipt(request: AuthenticatedHttpRequest, public_id: UUID, kind: str) -> Receipt:
    petition = petition_get_for_user(user=request.user, public_id=public_id)
    receipt = Receipt.objects.filter(petition=petition, kind=kind).first()
    if receipt is None:
        raise Http404
    return receipt


def _download(body: bytes, content_type: str, name: str) -> HttpResponse:
    response = HttpResponse(body, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


@login_required
@require_http_methods(["GET"])
def receipt_pdf_view(request: AuthenticatedHttpRequest, public_id: UUID, kind: str) -> HttpResponse:
    receipt = _own_receipt(request, public_id, kind)
    return _download(receipt_pdf(receipt), "application/pdf", f"{file_stem(receipt)}.pdf")


@login_required
@require_http_methods(["GET"])
def receipt_document_view(
    request: AuthenticatedHttpRequest, public_id: UUID, kind: str
) -> HttpResponse:
    receipt = _own_receipt(request, public_id, kind)
    return _download(bytes(receipt.document), "application/json", f"{file_stem(receipt)}.json")


@login_required
@require_http_methods(["GET"])
def receipt_signature_view(
    request: AuthenticatedHttpRequest, public_id: UUID, kind: str
) -> HttpResponse:
    receipt = _own_receipt(request, public_id, kind)
    return _download(
        bytes(receipt.signature), "application/pkcs7-signature", f"{file_stem(receipt)}.p7s"
    )


def _verdict(request: HttpRequest, receipt: Receipt | None, *, status: int = 200) -> HttpResponse:
    context: dict[str, object] = {"genuine": receipt is not None}
    if receipt is not None:
        context.update(
            title=receipt_title(receipt.kind),
            statement=receipt_statement(receipt_details(receipt)),
            rows=[{"key": key, "value": value} for key, value in receipt_rows(receipt)],
        )
    return render(request, "receipts/verdict.html", context, status=status)


@require_http_methods(["GET"])
def verify_view(request: HttpRequest, public_id: UUID, sha256: str) -> HttpResponse:
    """The QR code's target: genuine → the receipt's facts; otherwise "not genuine" (404)."""
    receipt = receipt_by_link(public_id=public_id, sha256=sha256)
    return _verdict(request, receipt, status=200 if receipt is not None else 404)


class ReceiptCheckForm(forms.Form):
    document = forms.FileField(
        label=gettext_lazy("The receipt document (.json)"),
        error_messages={"required": gettext_lazy("Choose the receipt document file.")},
    )
    signature = forms.FileField(
        label=gettext_lazy("Its signature (.p7s)"),
        error_messages={"required": gettext_lazy("Choose the signature file.")},
    )

    def clean(self) -> dict[str, object]:
        data = super().clean() or {}
        for name in ("document", "signature"):
            upload = data.get(name)
            if upload is not None and upload.size > MAX_UPLOAD_BYTES:
                self.add_error(name, _("This file is too large to be a receipt."))
        return data


@require_http_methods(["GET", "POST"])
def check_view(request: HttpRequest) -> HttpResponse:
    """Check a receipt's document and signature files, as someone holds them."""
    if request.method == "POST":
        form = ReceiptCheckForm(request.POST, request.FILES)
        if form.is_valid():
            document = form.cleaned_data["document"].read(MAX_UPLOAD_BYTES + 1)
            signature = form.cleaned_data["signature"].read(MAX_UPLOAD_BYTES + 1)
            return _verdict(request, receipt_by_upload(document=document, signature=signature))
        return render(request, "receipts/check.html", {"form": form}, status=400)
    return render(request, "receipts/check.html", {"form": ReceiptCheckForm()})


# Withdrawal -----------------------------------------------------------------------------------


def _sent_petition(request: AuthenticatedHttpRequest, public_id: UUID) -> Petition:
    petition = petition_get_for_user(user=request.user, public_id=public_id)
    if petition.status == Status.DRAFT:
        raise Http404  # a draft is deleted, not withdrawn
    return petition


def _withdraw_page(
    request: AuthenticatedHttpRequest, petition: Petition, *, error: str = "", status: int = 200
) -> HttpResponse:
    statement = statement_bytes(petition)
    return render(
        request,
        "receipts/withdraw.html",
        {
            "petition": petition,
            "document": document_title(petition, today=petition_day(petition)),
            "addressee": addressee_name(petition, today=petition_day(petition)),
            "withdrawal": withdrawal_for(petition),
            "can_withdraw": can_withdraw(petition),
            "statement": statement.decode(),
            "statement_sha256": statement_digest(statement),
            "error": error,
            "demo": demo_signer_enabled(),
            "complaint": files_complaint(petition),
        },
        status=status,
    )


@login_required
@require_http_methods(["GET"])
def withdraw_view(request: AuthenticatedHttpRequest, public_id: UUID) -> HttpResponse:
    return _withdraw_page(request, _sent_petition(request, public_id))


def _withdraw(request: AuthenticatedHttpRequest, petition: Petition, cms: bytes) -> HttpResponse:
    try:
        with transaction.atomic():  # a refusal must not leave the request's transaction half-done
            result = petition_withdraw(
                petition=petition, cms=cms, seen_sha256=request.POST.get("statement_sha256", "")
            )
    except Refusal as exc:
        petition.refresh_from_db()
        return _withdraw_page(request, petition, error=exc.message, status=400)
    if result.created:
        messages.success(
            request, _("Your withdrawal has been signed and recorded. We deliver it to the court.")
        )
    else:
        messages.info(request, _("Your withdrawal had already been recorded."))
    return redirect("petitions:confirmation", public_id=petition.public_id)


@login_required
@require_POST
def withdraw_sign_view(request: AuthenticatedHttpRequest, public_id: UUID) -> HttpResponse:
    """The CMS NCALayer made over the withdrawal statement the page showed."""
    petition = _sent_petition(request, public_id)
    if withdrawal_for(petition) is not None or not can_withdraw(petition):
        return _withdraw(request, petition, b"")  # already withdrawn, or refused: no CMS read
    try:
        cms = withdrawal_cms_decode(request.POST.get("cms", ""))
    except Refusal as exc:
        return _withdraw_page(request, petition, error=exc.message, status=400)
    return _withdraw(request, petition, cms)


@login_required
@require_POST
def withdraw_demo_sign_view(request: AuthenticatedHttpRequest, public_id: UUID) -> HttpResponse:
    """DEMONSTRATION ONLY: the server signs the statement with the demo key for the filer's IIN;
    the CMS then goes through exactly the verification an NCALayer signature does."""
    if not demo_signer_enabled():
        raise Http404
    petition = _sent_petition(request, public_id)
    cms = demo_sign(
        iin=request.user.iin, full_name=request.user.full_name, data=statement_bytes(petition)
    )
    return _withdraw(request, petition, cms)
