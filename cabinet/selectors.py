"""Reads for the cabinet: the user's petitions with their status, time limit and next step."""

import datetime as dt
from typing import Any

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from cabinet.models import User
from petitions import flow
from petitions.models import Petition, Status
from petitions.selectors import petition_list_for_user
from petitions.summary import court_of_act
from petitions.tasklist import TODO, sections_state


def petition_rows(*, user: User) -> list[dict[str, Any]]:
    rows = []
    for petition in petition_list_for_user(user=user):
        answer = petition.deadline or {}
        if petition.status == Status.DRAFT:
            url = reverse("petitions:task_list", kwargs={"public_id": petition.public_id})
            next_step = _draft_next_step(petition)
        else:
            url = reverse("petitions:confirmation", kwargs={"public_id": petition.public_id})
            next_step = _("Follow the review")
        rows.append(
            {
                "petition": petition,
                "title": petition.reference or _("Draft"),
                "court": court_of_act(petition),
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


def _draft_next_step(petition: Petition) -> str:
    """Name the first section of the task list still to do (no query: the rows are prefetched)."""
    state = sections_state(petition)
    todo = next((title for key, title in flow.SECTIONS if state[key] == TODO), None)
    if todo is None:
        return str(_("Continue the draft"))
    return str(_("Next: %(section)s") % {"section": todo})
