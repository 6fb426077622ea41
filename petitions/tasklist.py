"""The task list: each section's state, from the flow and the petition's data."""

from typing import Any

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from . import flow
from .models import Party, Petition
from .services.documents import documents_missing
from .time_limit import may_proceed, petition_assess

DONE, TODO, CANNOT_START = "done", "todo", "cannot_start"
LABELS = {DONE: _("Completed"), TODO: _("Not yet completed"), CANNOT_START: _("Cannot start yet")}


def parties_complete(petition: Petition) -> bool:
    """A petitioner and someone else; filing for oneself, the petitioner has the filer's IIN."""
    parties = [(p.role, p.iin_bin) for p in petition.parties.all()]  # prefetched in the cabinet
    petitioners = {iin for role, iin in parties if role == Party.Role.PETITIONER}
    others = [role for role, _iin in parties if role != Party.Role.PETITIONER]
    if not petitioners or not others:
        return False
    return bool(petition.for_client) or petition.filer.iin in petitioners


def sections_state(petition: Petition) -> dict[str, str]:
    case_done = flow.case_unanswered(petition) is None
    open_ = case_done and may_proceed(petition_assess(petition, today=timezone.localdate()))
    content_done = all(step.answered(petition) for step in flow.section_steps(petition, "content"))
    parties = parties_complete(petition)
    files = not documents_missing(petition)
    return {
        "case": DONE if open_ else TODO,
        "parties": (DONE if parties else TODO) if open_ else CANNOT_START,
        "content": (DONE if content_done else TODO) if open_ else CANNOT_START,
        "attachments": (DONE if files else TODO) if open_ else CANNOT_START,
        "sign": TODO if open_ and parties and content_done and files else CANNOT_START,
    }


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
