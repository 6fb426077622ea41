"""Thin views of the filing journey: the question pages, the time limit, the parties.

Every fetch goes through an ownership-checked selector (drafts through the one draft guard,
``guards.draft_required``); ``flow`` says where a question leads, ``services`` write."""

from uuid import UUID

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from cabinet.notifications.selectors import contacts_missing
from core.http import AuthenticatedHttpRequest
from core.refusal import Refusal

from .. import flow
from ..acknowledgement import acknowledged, acknowledgement_of, fingerprint
from ..forms.acknowledgement import TICKED, DeadlineAcknowledgementForm
from ..forms.parties import PartyForm
from ..models import Petition, Status
from ..pdf import petition_pdf
from ..selectors import party_get_for_user, petition_get_for_user
from ..services import petitions as services
from ..tasklist import task_list
from ..time_limit import explanation_in, late_but_restorable, may_proceed, petition_assess
from .guards import draft_required


@login_required
@require_POST
def start_view(request: AuthenticatedHttpRequest) -> HttpResponse:
    petition = services.petition_start(filer=request.user)
    return redirect("petitions:task_list", public_id=petition.public_id)


@login_required
@require_http_methods(["GET"])
@draft_required
def task_list_view(request: AuthenticatedHttpRequest, petition: Petition) -> HttpResponse:
    return render(
        request, "petitions/task_list.html", {"petition": petition, "tasks": task_list(petition)}
    )


@login_required
@require_http_methods(["GET", "POST"])
@draft_required
def question_view(request: AuthenticatedHttpRequest, petition: Petition, slug: str) -> HttpResponse:
    step = flow.step_for(petition, slug)
    if step is None:
        raise Http404
    detour = flow.question_detour(petition, step)
    if detour is not None:
        return redirect(detour)
    form = step.form(request.POST if request.method == "POST" else None, petition=petition)
    if request.method == "POST" and form.is_valid():
        services.petition_answer_save(petition=petition, step=step, data=form.cleaned_data)
        return redirect(
            flow.next_url(petition, step, return_to_check=request.GET.get("return_to") == "check")
        )
    return render(
        request,
        "petitions/question.html",
        {
            "petition": petition,
            "step": step,
            "form": form,
            "back_url": flow.back_url(petition, step),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
@draft_required
def deadline_view(request: AuthenticatedHttpRequest, petition: Petition) -> HttpResponse:
    """The time limit's answer; where it is against filing, the acknowledgement (POST) that lets
    the person file all the same (``acknowledgement``)."""
    missing = flow.case_unanswered(petition)
    if missing is not None:
        return redirect("petitions:question", public_id=petition.public_id, slug=missing.slug)
    answer = petition_assess(petition, today=timezone.localdate())
    facts = acknowledgement_of(answer)
    form = DeadlineAcknowledgementForm(request.POST if request.method == "POST" else None)
    ticked = form.is_bound and form.data.get("acknowledged") == TICKED
    if request.method == "POST":
        if facts is None:  # nothing to acknowledge (any more): the page says what there is
            return redirect("petitions:deadline", public_id=petition.public_id)
        if form.is_valid():
            seen = form.cleaned_data["answer"]
            if services.petition_deadline_acknowledge(petition=petition, seen=seen):
                return redirect("petitions:task_list", public_id=petition.public_id)
            # The answer is not the one the page showed: show this one, to be read and ticked.
            form.add_error(
                None,
                _(
                    "The time-limit answer changed after you opened this page. Read it again, "
                    "then confirm."
                ),
            )
            ticked = False
    return render(
        request,
        "petitions/deadline.html",
        {
            "petition": petition,
            "answer": answer,
            "may_proceed": may_proceed(answer),
            "late_but_restorable": late_but_restorable(answer),
            "explanation": explanation_in(answer, get_language()),
            "needs_acknowledgement": facts is not None,
            "acknowledged": acknowledged(petition, answer),
            "form": form,
            "fingerprint": fingerprint(facts),
            "ticked": ticked,
            "tick_value": TICKED,
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
@draft_required
def parties_view(request: AuthenticatedHttpRequest, petition: Petition) -> HttpResponse:
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
        try:
            services.party_add(petition=petition, **form.cleaned_data)
        except Refusal as refusal:  # the rules again, under the lock (another tab added one)
            form.add_error(refusal.code, refusal.message)
        else:
            messages.success(request, _("The party has been added."))
            return redirect("petitions:parties", public_id=petition.public_id)
    return render(
        request,
        "petitions/parties.html",
        {"petition": petition, "form": form, "parties": petition.parties.all()},
    )


@login_required
@require_POST
@draft_required
def party_remove_view(
    request: AuthenticatedHttpRequest, petition: Petition, pk: int
) -> HttpResponse:
    party = party_get_for_user(user=request.user, petition=petition, pk=pk)
    services.party_remove(party=party)
    messages.success(request, _("The party has been removed."))
    return redirect("petitions:parties", public_id=petition.public_id)


@login_required
@require_POST
def delete_view(request: AuthenticatedHttpRequest, public_id: UUID) -> HttpResponse:
    petition = petition_get_for_user(user=request.user, public_id=public_id)
    if services.petition_delete_draft(petition=petition):
        messages.success(request, _("The draft petition has been deleted."))
    return redirect("cabinet:dashboard")


@login_required
@require_http_methods(["GET"])
def confirmation_view(request: AuthenticatedHttpRequest, public_id: UUID) -> HttpResponse:
    petition = petition_get_for_user(user=request.user, public_id=public_id)
    if petition.status == Status.DRAFT:
        return redirect("petitions:task_list", public_id=petition.public_id)
    return render(
        request,
        "petitions/confirmation.html",
        {
            "petition": petition,
            "events": petition.events.order_by("at", "id"),
            "contacts_missing": contacts_missing(user=request.user),
        },
    )


@login_required
@require_http_methods(["GET"])
def pdf_view(request: AuthenticatedHttpRequest, public_id: UUID) -> HttpResponse:
    petition = petition_get_for_user(user=request.user, public_id=public_id)
    if petition.status == Status.DRAFT:
        raise Http404
    response = HttpResponse(petition_pdf(petition), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{petition.reference}.pdf"'
    return response
