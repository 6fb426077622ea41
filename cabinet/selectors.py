"""Reads for the cabinet: the user's petitions with their status, time limit and next step.

The cabinet reads petitions only through ``petitions.selectors``: what a draft still needs is
the petitions app's to decide (``petitions.readiness``), the cabinet only words it."""

import datetime as dt
from typing import Any

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from cabinet.models import User
from petitions.selectors import PetitionOverview, petition_overviews_for_user


def petition_rows(*, user: User) -> list[dict[str, Any]]:
    rows = []
    for overview in petition_overviews_for_user(user=user):
        petition = overview.petition
        answer = petition.deadline or {}
        if overview.is_draft:
            url = reverse("petitions:task_list", kwargs={"public_id": petition.public_id})
            next_step = _draft_next_step(overview)
        else:
            url = reverse("petitions:confirmation", kwargs={"public_id": petition.public_id})
            next_step = str(_("Follow the review"))
        rows.append(
            {
                "petition": petition,
                "title": petition.reference or _("Draft"),
                "court": overview.court,
                "document": overview.document,
                "status": petition.get_status_display(),
                "deadline": dt.date.fromisoformat(answer["deadline"])
                if answer.get("deadline")
                else None,
                "unlimited": answer.get("unlimited", False),
                "url": url,
                "next_step": next_step,
            }
        )
    return rows


def _draft_next_step(overview: PetitionOverview) -> str:
    """Name the first section of the task list still to do."""
    if overview.next_section is None:
        return str(_("Continue the draft"))
    return str(_("Next: %(section)s") % {"section": overview.next_section})
