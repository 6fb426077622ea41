"""The task list: each section with its link and state (the state is ``readiness``'s answer)."""

from typing import Any

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from . import flow
from .models import Petition
from .readiness import CANNOT_START, DONE, TODO, sections_state

LABELS = {DONE: _("Completed"), TODO: _("Not yet completed"), CANNOT_START: _("Cannot start yet")}


def _section_url(petition: Petition, section: str) -> str:
    kwargs = {"public_id": petition.public_id}
    if section == "case":
        first = flow.case_unanswered(petition)
        if first is None:
            return reverse("petitions:deadline", kwargs=kwargs)
        return reverse("petitions:question", kwargs={**kwargs, "slug": first.slug})
    if section == "content":
        steps = flow.section_steps(petition, "content")
        first = next((s for s in steps if not s.answered(petition)), steps[0])
        return reverse("petitions:question", kwargs={**kwargs, "slug": first.slug})
    names = {
        "parties": "petitions:parties",
        "attachments": "petitions:attachments",
        "sign": "petitions:check",
    }
    return reverse(names[section], kwargs=kwargs)


def task_list(petition: Petition) -> list[dict[str, Any]]:
    state = sections_state(petition)
    return [
        {
            "title": title,
            "url": _section_url(petition, section),
            "status": state[section],
            "status_label": LABELS[state[section]],
        }
        for section, title in flow.SECTIONS
    ]
