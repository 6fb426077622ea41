"""Writes on attachments: store a checked upload privately, remove one.

The upload has already been streamed to a temporary file, hashed and checked by content
(``petitions.uploads``). Here we enforce the per-petition limits, refuse the same file twice, and
store it under a generated name in private storage (the person's file name is data, not a path).
"""

from django.conf import settings
from django.core.files import File
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from core.refusal import Refusal

from ..choices import attachment_kinds
from ..models import Attachment, Petition
from ..uploads.validation import CheckedFile
from .petitions import petition_lock_draft

KIND_REQUIRED = gettext_lazy("Choose what the document is before attaching it.")


def _check_kind(petition: Petition, kind: str) -> None:
    """Refuse a kind the petition's pages do not offer (a forged POST: a criminal state fee)."""
    if kind not in dict(attachment_kinds(petition)):
        raise Refusal("kind_unknown", str(KIND_REQUIRED))


def attachment_add(
    *, petition: Petition, path: str, checked: CheckedFile, kind: str = Attachment.Kind.OTHER
) -> Attachment:
    _check_kind(petition, kind)
    with transaction.atomic():
        # Under the row lock: two concurrent uploads cannot both pass the limits, and a petition
        # signed and sent while this file streamed in is not changed.
        petition_lock_draft(petition)
        existing = list(petition.attachments.values_list("size", flat=True))
        if len(existing) >= settings.PETITION_MAX_FILES:
            raise Refusal(
                "too_many",
                ngettext(
                    "A petition can have at most %(count)d file. Remove one to add another.",
                    "A petition can have at most %(count)d files. Remove one to add another.",
                    settings.PETITION_MAX_FILES,
                )
                % {"count": settings.PETITION_MAX_FILES},
            )
        if sum(existing) + checked.size > settings.PETITION_MAX_TOTAL_MB * 1024 * 1024:
            raise Refusal(
                "total_too_large",
                _(
                    "All files of a petition together must not exceed %(mb)d MB. Remove a file or "
                    "make this one smaller."
                )
                % {"mb": settings.PETITION_MAX_TOTAL_MB},
            )
        if petition.attachments.filter(sha256=checked.sha256).exists():
            raise Refusal("duplicate", _("This file is already attached."))
        attachment = Attachment(
            petition=petition,
            kind=kind,
            name=checked.safe_name,
            media_type=checked.media_type,
            size=checked.size,
            sha256=checked.sha256,
        )
        try:
            with open(path, "rb") as handle, transaction.atomic():  # noqa: PTH123
                attachment.file.save(checked.safe_name, File(handle), save=False)
                attachment.save()
        except IntegrityError:
            attachment.file.delete(save=False)
            raise Refusal("duplicate", _("This file is already attached.")) from None
    return attachment


@transaction.atomic
def attachment_remove(*, attachment: Attachment) -> None:
    petition_lock_draft(attachment.petition)
    stored = attachment.file
    attachment.delete()
    transaction.on_commit(lambda: stored.storage.delete(stored.name))


@transaction.atomic
def attachment_kind_change(*, attachment: Attachment, kind: str) -> None:
    """Say again what a document is, without uploading it again (the manifest changes with it)."""
    _check_kind(attachment.petition, kind)
    petition_lock_draft(attachment.petition)
    Attachment.objects.filter(pk=attachment.pk).update(kind=kind)
