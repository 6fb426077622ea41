"""Reads. Views fetch petitions and attachments only through these ownership-checked helpers,
and other apps (the cabinet) read petitions only through this module."""

from dataclasses import dataclass
from uuid import UUID

from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.http import Http404

from cabinet.models import User

from .addressee import document_title
from .flow import SECTIONS
from .models import Attachment, Party, Petition, Status
from .readiness import TODO, sections_state
from .summary import court_of_act


class PetitionNotEditableError(Exception):
    """The petition has left the draft status; its answers can no longer change."""


def petition_list_for_user(*, user: User) -> QuerySet[Petition]:
    """The user's petitions, newest first, with what the cabinet's next-step column reads
    (parties and attachments prefetched: a lawyer's hundreds of drafts cost three queries)."""
    return (
        Petition.objects.filter(filer=user)
        .select_related("court", "filer")
        .prefetch_related("parties", "attachments")
        .order_by("-created_at")
    )


@dataclass(frozen=True)
class PetitionOverview:
    """A petition as the cabinet lists it."""

    petition: Petition
    is_draft: bool
    court: str  # the contested act's court, from the directory or as the person named it
    document: str  # its name by the law it is filed under: a petition or a cassation complaint
    next_section: str | None  # a draft's first task-list section still to do, if any


def petition_overviews_for_user(*, user: User) -> list[PetitionOverview]:
    """The user's petitions for the cabinet, newest first, at a cost that does not grow with the
    number of drafts (what ``readiness`` reads is prefetched)."""
    overviews = []
    for petition in petition_list_for_user(user=user):
        is_draft = petition.status == Status.DRAFT
        next_section = None
        if is_draft:
            state = sections_state(petition)
            next_section = next((str(t) for key, t in SECTIONS if state[key] == TODO), None)
        overviews.append(
            PetitionOverview(
                petition=petition,
                is_draft=is_draft,
                court=court_of_act(petition),
                document=document_title(petition),
                next_section=next_section,
            )
        )
    return overviews


def petition_get_for_user(*, user: User, public_id: UUID | str) -> Petition:
    """The user's own petition, or 404 — for another person's petition too (never 403)."""
    try:
        return Petition.objects.select_related("court", "filer").get(
            public_id=public_id, filer=user
        )
    except (Petition.DoesNotExist, ValueError, ValidationError):
        raise Http404 from None


def petition_draft_for_user(*, user: User, public_id: UUID | str) -> Petition:
    """The user's own petition while it is a draft: 404 for another person's, and
    ``PetitionNotEditableError`` once it has been signed and sent. The one "still a draft?" check
    of the pages; writes check again under the row lock (``services.petitions``)."""
    petition = petition_get_for_user(user=user, public_id=public_id)
    if petition.status != Status.DRAFT:
        raise PetitionNotEditableError
    return petition


def attachment_get_for_user(*, user: User, petition: Petition, public_id: UUID | str) -> Attachment:
    try:
        return Attachment.objects.get(public_id=public_id, petition=petition, petition__filer=user)
    except (Attachment.DoesNotExist, ValueError, ValidationError):
        raise Http404 from None


def party_get_for_user(*, user: User, petition: Petition, pk: int) -> Party:
    try:
        return Party.objects.get(pk=pk, petition=petition, petition__filer=user)
    except Party.DoesNotExist:
        raise Http404 from None
