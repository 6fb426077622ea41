"""Thin views of the filing journey. Every fetch goes through an ownership-checked selector."""

from uuid import UUID

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from .. import flow
from ..forms.parties import PartyForm
from ..models import Status
from ..pdf import petition_pdf
from ..selectors import party_get_for_user, petition_get_for_user
from ..services import petitions as services
from ..tasklist import task_list
from ..time_limit import explanation_in, late_but_restorable, may_proceed, petition_assess
from .guards import draft_write


def _draft_or_confirmation(request: HttpRequest, public_id: UUID):
    petition = petition_get_for_user(user=request.user, public_id=public_id)  # type: ignore[arg-type]
    if petition.status != Status.DRAFT:
        return petition, redirect("petitions:confirmation", public_id=petition.public_id)
    return petition, None


@login_required
@require_POST
def start_view(request: HttpRequest) -> HttpResponse:
    petition = services.petition_start(filer=request.user)  # type: ignore[arg-type]
    return redirect("petitions:task_list", public_id=petition.public_id)


@login_required
@require_http_methods(["GET"])
def task_list_view(request: HttpRequest, public_id: UUID) -> HttpResponse:
    petition, done = _draft_or_confirmation(request, public_id)
    if done:
        return done
    return render(
        request, "petitions/task_list.html", {"petition": petition, "tasks": task_list(petition)}
    )


@login_required
@require_http_methods(["GET", "POST"])
@draft_write
def question_view(request: HttpRequest, public_id: UUID, slug: str) -> HttpResponse:
    petition, done = _draft_or_confirmation(request, public_id)
    if done:
        return done
    step = flow.STEP_BY_SLUG.get(slug)
    if step is None or not step.applies(petition):
        raise Http404
    # Deep links cannot skip questions: go to the first earlier unanswered one.
    earlier = flow.first_unanswered(petition, before=step.slug)
    if earlier is not None and earlier.section == "case":
        return redirect("petitions:question", public_id=petition.public_id, slug=earlier.slug)
    if step.section == "content" and not may_proceed(_answer(petition)):
        # Late or not reviewable: the content stays closed, whichever of its pages is asked.
        return redirect("petitions:deadline", public_id=petition.public_id)
    if earlier is not None:
        return redirect("petitions:question", public_id=petition.public_id, slug=earlier.slug)
    form = step.form(request.POST if request.method == "POST" else None, petition=petition)
    if request.method == "POST" and form.is_valid():
        services.petition_answer_save(petition=petition, step=step, data=form.cleaned_data)
        return redirect(_after(request, petition, step))
    return render(
        request,
        "petitions/question.html",
        {"petition": petition, "step": step, "form": form, "back_url": _back_url(petition, step)},
    )


def _answer(petition):
    return petition_assess(petition, today=timezone.localdate())


def _after(request: HttpRequest, petition, step: flow.Step) -> str:
    if request.GET.get("return_to") == "check":
        return reverse("petitions:check", kwargs={"public_id": petition.public_id})
    following = flow.next_step(petition, step)
    if step.section == "case" and (following is None or following.section != "case"):
        return reverse("petitions:deadline", kwargs={"public_id": petition.public_id})
    if following is None or following.section != step.section:
        return reverse("petitions:task_list", kwargs={"public_id": petition.public_id})
    return reverse(
        "petitions:question", kwargs={"public_id": petition.public_id, "slug": following.slug}
    )


def _back_url(petition, step: flow.Step) -> str:
    steps = flow.applicable_steps(petition)
    index = [s.slug for s in steps].index(step.slug)
    if index == 0 or steps[index - 1].section != step.section:
        return reverse("petitions:task_list", kwargs={"public_id": petition.public_id})
    return reverse(
        "petitions:question",
        kwargs={"public_id": petition.public_id, "slug": steps[index - 1].slug},
    )


@login_required
@require_http_methods(["GET"])
def deadline_view(request: HttpRequest, public_id: UUID) -> HttpResponse:
    petition, done = _draft_or_confirmation(request, public_id)
    if done:
        return done
    missing = flow.case_unanswered(petition)
    if missing is not None:
        return redirect("petitions:question", public_id=petition.public_id, slug=missing.slug)
    answer = _answer(petition)
    return render(
        request,
        "petitions/deadline.html",
        {
            "petition": petition,
            "answer": answer,
            "may_proceed": may_proceed(answer),
            "late_but_restorable": late_but_restorable(answer),
            "explanation": explanation_in(answer, get_language()),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
@draft_write
def parties_view(request: HttpRequest, public_id: UUID) -> HttpResponse:
    petition, done = _draft_or_confirmation(request, public_id)
    if done:
        return done
    initial = {}
    if not petition.for_client and not petition.parties.filter(role="petitioner").exists():
        # Suggest the account holder as the petitioner; they add their address.
        initial = {
            "role": "petitioner",
            "name": petition.filer.full_name,
            "iin_bin": petition.filer.iin,
        }
    form = PartyForm(
        request.POST if request.method == "POST" else None, initial=initial, petition=petition
    )
    if request.method == "POST" and form.is_valid():
        services.party_add(petition=petition, **form.cleaned_data)
        messages.success(request, _("The party has been added."))
        return redirect("petitions:parties", public_id=petition.public_id)
    return render(
        request,
        "petitions/parties.html",
        {"petition": petition, "form": form, "parties": petition.parties.all()},
    )


@login_required
@require_POST
@draft_write
def party_remove_view(request: HttpRequest, public_id: UUID, pk: int) -> HttpResponse:
    petition, done = _draft_or_confirmation(request, public_id)
    if done:
        return done
    party = party_get_for_user(user=request.user, petition=petition, pk=pk)  # type: ignore[arg-type]
    services.party_remove(party=party)
    messages.success(request, _("The party has been removed."))
    return redirect("petitions:parties", public_id=petition.public_id)


@login_required
@require_POST
def delete_view(request: HttpRequest, public_id: UUID) -> HttpResponse:
    petition = petition_get_for_user(user=request.user, public_id=public_id)  # type: ignore[arg-type]
    if services.petition_delete_draft(petition=petition):
        messages.success(request, _("The draft petition has been deleted."))
    return redirect("cabinet:dashboard")


@login_required
@require_http_methods(["GET"])
def confirmation_view(request: HttpRequest, public_id: UUID) -> HttpResponse:
    petition = petition_get_for_user(user=request.user, public_id=public_id)  # type: ignore[arg-type]
    if petition.status == Status.DRAFT:
        return redirect("petitions:task_list", public_id=petition.public_id)
    return render(
        request,
        "petitions/confirmation.html",
        {"petition": petition, "events": petition.events.order_by("at", "id")},
    )


@login_required
@require_http_methods(["GET"])
def pdf_view(request: HttpRequest, public_id: UUID) -> HttpResponse:
    petition = petition_get_for_user(user=request.user, public_id=public_id)  # type: ignore[arg-type]
    if petition.status == Status.DRAFT:
        raise Http404
    response = HttpResponse(petition_pdf(petition), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{petition.reference}.pdf"'
    return response
