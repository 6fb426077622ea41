"""Thin views of the cabinet: sign in (password or ЭЦҚ), sign out, dashboard, password change."""

import base64

from django.contrib import messages
from django.contrib.auth import login, logout
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from core.http import AuthenticatedHttpRequest
from core.refusal import Refusal
from signing.web.config import demo_signer_enabled
from signing.web.demo import demo_sign

from . import ecp
from .forms import DemoEcpLoginForm, EcpLoginForm, LoginForm, PasswordChangeForm
from .models import User
from .selectors import petition_rows
from .services import user_password_change


def _safe_next(request: HttpRequest) -> str | None:
    target = request.POST.get("next") or request.GET.get("next")
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return None


@never_cache
@require_http_methods(["GET", "POST"])
def login_view(request: HttpRequest) -> HttpResponse:
    if request.user.is_authenticated:
        return redirect("cabinet:dashboard")
    form = LoginForm(request, data=request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        assert form.user is not None
        login(request, form.user)
        return HttpResponseRedirect(_safe_next(request) or reverse("cabinet:dashboard"))
    return render(request, "cabinet/login.html", {"form": form, "next": _safe_next(request)})


def _ecp_page(
    request: HttpRequest,
    *,
    error: str | None = None,
    demo_form: DemoEcpLoginForm | None = None,
    status: int = 200,
) -> HttpResponse:
    nonce = ecp.ecp_challenge_issue(session=request.session)
    return render(
        request,
        "cabinet/login_ecp.html",
        {
            "nonce": nonce,
            "error": error,
            "next": _safe_next(request),
            "demo": demo_signer_enabled(),
            "demo_form": demo_form or DemoEcpLoginForm(initial={"nonce": nonce}),
        },
        status=status,
    )


def _ecp_finish(request: HttpRequest, *, nonce: str, cms: str) -> HttpResponse:
    try:
        result = ecp.ecp_login_verify(session=request.session, nonce=nonce, cms=cms)
    except Refusal as exc:
        return _ecp_page(request, error=exc.message, status=400)
    login(request, result.user, backend="django.contrib.auth.backends.ModelBackend")
    if result.created:
        messages.success(
            request, _("Welcome. Your account has been created from your e-signature certificate.")
        )
    return HttpResponseRedirect(_safe_next(request) or reverse("cabinet:dashboard"))


@never_cache  # each page holds a fresh, single-use challenge: a cached copy holds a used one
@require_http_methods(["GET", "POST"])
def ecp_login_view(request: HttpRequest) -> HttpResponse:
    if request.user.is_authenticated:
        return redirect("cabinet:dashboard")
    if request.method == "GET":
        return _ecp_page(request)
    form = EcpLoginForm(request.POST)
    if not form.is_valid():
        first = next(iter(form.errors.values()))[0]
        return _ecp_page(request, error=str(first), status=400)
    return _ecp_finish(request, nonce=form.cleaned_data["nonce"], cms=form.cleaned_data["cms"])


@never_cache
@require_POST
def ecp_demo_login_view(request: HttpRequest) -> HttpResponse:
    """DEMONSTRATION ONLY: the server signs the challenge with the demo key for an IIN, and the
    signature then goes through the same verification as NCALayer's."""
    if not demo_signer_enabled():
        raise Http404
    form = DemoEcpLoginForm(request.POST)
    if not form.is_valid():
        return _ecp_page(request, demo_form=form, status=400)
    iin, nonce = form.cleaned_data["iin"], form.cleaned_data["nonce"]
    known = User.objects.filter(iin=iin).values_list("full_name", flat=True).first()
    cms = demo_sign(iin=iin, full_name=known or "Демо Пайдаланушы", data=nonce.encode("ascii"))
    return _ecp_finish(request, nonce=nonce, cms=base64.b64encode(cms).decode("ascii"))


@require_POST
def logout_view(request: HttpRequest) -> HttpResponse:
    logout(request)
    messages.success(request, _("You have signed out."))
    return redirect("home")


@login_required
def dashboard_view(request: AuthenticatedHttpRequest) -> HttpResponse:
    user = request.user
    profile_rows = [
        {"key": _("IIN"), "value": user.iin},
        {"key": _("Full name"), "value": user.full_name},
        {"key": _("Role"), "value": user.get_role_display()},
    ]
    petitions = petition_rows(user=user)
    return render(
        request, "cabinet/dashboard.html", {"profile_rows": profile_rows, "petitions": petitions}
    )


@login_required
@require_http_methods(["GET", "POST"])
def password_change_view(request: AuthenticatedHttpRequest) -> HttpResponse:
    form = PasswordChangeForm(request.user, data=request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        user_password_change(
            request=request,
            user=request.user,
            new_password=form.cleaned_data["new_password"],
        )
        messages.success(request, _("Your password has been changed."))
        return redirect("cabinet:dashboard")
    return render(request, "cabinet/password_change.html", {"form": form})
