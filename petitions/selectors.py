"""Reads. Views fetch petitions and attachments only through these ownership-checked helpers."""

from uuid import UUID

from django.db.models import QuerySet
from django.http import Http404

from cabinet.models import User

from .models import Attachment, Party, Petition


def petition_list_for_user(*, user: User) -> QuerySet[Petition]:
    """The user's petitions, newest first, with what the cabinet's next-step column reads
    (parties and attachments prefetched: a lawyer's hundreds of drafts cost three queries)."""
    return (
        Petition.objects.filter(filer=user)
        .select_related("court", "filer")
        .prefetch_related("parties", "attachments")
        .order_by("-created_at")
    )


def petition_get_for_user(*, user: User, public_id: UUID | str) -> Petition:
    """The user's own petition, or 404 — for another person's petition too (never 403)."""
    try:
        return Petition.objects.select_related("court", "filer").get(
            public_id=public_id, filer=user
        )
    except (Petition.DoesNotExist, ValueError):
        raise Http404 from None


def attachment_get_for_user(*, user: User, petition: Petition, public_id: UUID | str) -> Attachment:
    try:
        return Attachment.objects.get(public_id=public_id, petition=petition, petition__filer=user)
    except (Attachment.DoesNotExist, ValueError):
        raise Http404 from None


def party_get_for_user(*, user: User, petition: Petition, pk: int) -> Party:
    try:
        return Party.objects.get(pk=pk, petition=petition, petition__filer=user)
    except Party.DoesNotExist:
        raise Http404 from None
