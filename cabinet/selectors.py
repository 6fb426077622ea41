"""Reads for the cabinet: the user's petitions with their status, time limit and next step."""

import datetime as dt
from typing import Any

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from cabinet.models import User
from petitions.models import Status
from petitions.selectors import petition_list_for_user


def petition_rows(*, user: User) -> list[dict[str, Any]]:
    rows = []
    for petition in petition_list_for_user(user=user):
        answer = petition.deadline or {}
        if petition.status == Status.DRAFT:
            url = reverse("petitions:task_list", kwargs={"public_id": petition.public_id})
            next_step = _("Continue the draft")
        else:
            url = reverse("petitions:confirmation", kwargs={"public_id": petition.public_id})
            next_step = _("Follow the review")
        rows.append(
            {
                "petition": petition,
                "title": petition.reference or _("Draft"),
                "court": petition.court.name() if petition.court else "",
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
