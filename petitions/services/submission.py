"""Sign and submit: verify the signature over the manifest, then move DRAFT → SUBMITTED once.

Idempotent by construction: the status change is a compare-and-swap UPDATE (``status=draft`` in
the WHERE clause), so a double click, a replayed POST or two tabs give one submitted petition and
one reference; the loser finds the petition already submitted and is sent to its confirmation.

Threat model: the signature must be over exactly the manifest of the petition as it is now (a
change after signing, or a signature made over another text, is refused); by a valid, unrevoked
NCA key with signing (nonRepudiation) usage; and by the filer themself (their IIN in the
certificate). The deadline is re-assessed at the moment of submission, and everything the pages
ask before signing (parties, content, documents, the acknowledgement of a time-limit answer
against filing) is asked again of ``readiness``, so a direct call cannot send what the pages
would not. The engine's answer never refuses a filing by itself: a late or excluded petition the
filer acknowledged as such is sent, and the answer is recorded with it for the court.
"""

import datetime as dt
from dataclasses import dataclass
from functools import partial

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

import deadlines
from core.refusal import Refusal
from signing.core.report import ValidationReport
from signing.web.cms import CmsTexts, cms_decode, cms_verify

from .. import readiness
from ..delivery.services import delivery_create
from ..manifest import manifest_bytes, manifest_digest
from ..models import Petition, Status
from ..receipts.tasks import receipts_enqueue
from ..time_limit import petition_assess
from .petitions import status_event_record
from .references import reference_allocate

MAX_CMS_CHARS = 2_000_000  # base64 characters of the CMS over the manifest (sign-in allows fewer)


@dataclass(frozen=True)
class Submitted:
    petition: Petition
    created: bool  # False when this call found the petition already submitted


def _cms_texts() -> CmsTexts:
    return CmsTexts(
        missing=_("We did not receive a signature. Sign the petition with NCALayer and try again."),
        unreadable=_("The signature could not be read. Sign the petition again."),
    )


def petition_cms_decode(value: str) -> bytes:
    """The CMS as NCALayer returns it (base64, possibly PEM-wrapped or with line breaks)."""
    return cms_decode(value, max_chars=MAX_CMS_CHARS, texts=_cms_texts())


def _refusal_for(report: ValidationReport) -> Refusal:
    sub = str(report.sub_indication or "")
    messages = {
        "HASH_FAILURE": _("The signature does not match this petition. Sign it again."),
        "SIG_CRYPTO_FAILURE": _("The signature is damaged or forged. Sign the petition again."),
        "REVOKED": _(
            "Your signing certificate has been revoked. Get a new e-signature key "
            "from the National Certification Authority and sign again."
        ),
        "REVOKED_NO_POE": _(
            "Your signing certificate has been revoked. Get a new e-signature "
            "key from the National Certification Authority and sign again."
        ),
        "EXPIRED": _(
            "Your signing certificate has expired. Get a new e-signature key from the "
            "National Certification Authority and sign again."
        ),
        "OUT_OF_BOUNDS_NO_POE": _(
            "Your signing certificate is not valid now. Get a new e-signature key and sign again."
        ),
        "NO_CERTIFICATE_CHAIN_FOUND": _(
            "The signing certificate was not issued by the National "
            "Certification Authority. Sign with your NCA key."
        ),
        "CHAIN_CONSTRAINTS_FAILURE": _(
            "This key cannot sign documents. Choose your signing "
            "key (RSA or GOST, not the authentication key)."
        ),
        "TRY_LATER": _(
            "We could not check whether your certificate is revoked. Nothing has "
            "been sent; try again in a few minutes."
        ),
        "CRYPTO_CONSTRAINTS_FAILURE": _(
            "The signature uses an algorithm that is no longer "
            "accepted. Sign with a current NCA key."
        ),
    }
    message = messages.get(sub, _("The signature could not be verified. Sign the petition again."))
    return Refusal(f"signature_{sub.lower() or 'invalid'}", message, report)


def _manifest_changed() -> Refusal:
    return Refusal(
        "manifest_changed",
        _(
            "The petition changed after you opened the check page. Check your answers and sign "
            "again."
        ),
    )


def petition_sign_and_submit(
    *, petition: Petition, cms: bytes, seen_sha256: str, now: dt.datetime | None = None
) -> Submitted:
    now = now or timezone.now()
    if petition.status != Status.DRAFT:
        return Submitted(petition=petition, created=False)
    manifest = manifest_bytes(petition)
    digest = manifest_digest(manifest)
    if seen_sha256 != digest:
        raise _manifest_changed()
    report = cms_verify(
        cms=cms, content=manifest, purpose="petition", texts=_cms_texts(), refusal_for=_refusal_for
    )
    signer_iins = {signer.iin for signer in report.signers}
    if petition.filer.iin not in signer_iins:
        raise Refusal(
            "signer_not_filer",
            _(
                "The petition was signed with someone else's key. "
                "Sign it with your own e-signature (IIN %(iin)s)."
            )
            % {"iin": petition.filer.iin},
            report,
        )
    answer = petition_assess(petition, today=timezone.localdate(now), filed_at=now)
    # Everything the pages ask before signing, asked again of the petition as it is now.
    unready = readiness.refusals(petition, answer=answer)
    if unready:
        raise Refusal(unready[0].code, unready[0].message)
    with transaction.atomic():
        # Every write to a draft takes this row lock first (``petition_lock_draft``): holding it,
        # the petition is exactly what was verified, until the commit.
        locked = Petition.objects.select_for_update().get(pk=petition.pk)
        if locked.status != Status.DRAFT:
            return Submitted(petition=locked, created=False)
        if manifest_bytes(locked) != manifest:
            raise _manifest_changed()
        reference = reference_allocate(year=timezone.localdate(now).year)
        updated = Petition.objects.filter(pk=petition.pk, status=Status.DRAFT).update(
            status=Status.SUBMITTED,
            reference=reference,
            submitted_at=now,
            signature=cms,
            signature_report=report.to_dict(),
            signer_iin=petition.filer.iin,
            signed_at=now,
            manifest=manifest.decode("utf-8"),
            manifest_sha256=digest,
            # The answer at the moment of filing, late or not (None: the engine could not
            # answer); what the filer acknowledged of it is in the signed manifest.
            deadline=None if answer is None else deadlines.assessment_to_dict(answer),
        )
        if updated != 1:
            petition.refresh_from_db()
            return Submitted(petition=petition, created=False)
        petition.refresh_from_db()
        status_event_record(petition=petition, status=Status.SUBMITTED, actor=petition.filer)
        # The outbox row in the same transaction: no submitted petition without its delivery.
        delivery_create(petition=petition)
        # The portal's receipt, issued by a worker after the commit (never fails the submission).
        transaction.on_commit(partial(receipts_enqueue, petition_id=petition.pk))
    return Submitted(petition=petition, created=True)
