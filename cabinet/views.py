"""Thin views of the cabinet: sign in, sign out, dashboard, password change."""

from django.contrib import messages
from django.contrib.auth import login, logout
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from .forms import LoginForm, PasswordChangeForm
from .selectors import petition_rows
from .services import user_password_change


def _safe_next(request: HttpRequest) -> str | None:
    target = request.POST.get("next") or request.GET.get("next")
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return None


@require_http_methods(["GET", "POST"])
def login_view(request: HttpRequest) -> HttpResponse:
    if request.user.is_authenticated:
        return redirect("cabinet:dashboard")
    form = LoginForm(request, data=request.POST or None)
    if request.method == "POST" and form.is_valid():
        assert form.user is not None
        login(request, form.user)
        return HttpResponseRedirect(_safe_next(request) or reverse("cabinet:dashboard"))
    return render(request, "cabinet/login.html", {"form": form, "next": _safe_next(request)})


@require_POST
def logout_view(request: HttpRequest) -> HttpResponse:
    logout(request)
    messages.success(request, _("You have signed out."))
    return redirect("home")


@login_required
def dashboard_view(request: HttpRequest) -> HttpResponse:
    user = request.user
    profile_rows = [
        {"key": _("IIN"), "value": user.iin},  # type: ignore[union-attr]
        {"key": _("Full name"), "value": user.full_name},  # type: ignore[union-attr]
        {"key": _("Role"), "value": user.get_role_display()},  # type: ignore[union-attr]
    ]
    petitions = petition_rows(user=user)  # type: ignore[arg-type]
    return render(request, "cabinet/dashboard.html",
                  {"profile_rows": profile_rows, "petitions": petitions})


@login_required
@require_http_methods(["GET", "POST"])
def password_change_view(request: HttpRequest) -> HttpResponse:
    form = PasswordChangeForm(request.user, data=request.POST or None)  # type: ignore[arg-type]
    if request.method == "POST" and form.is_valid():
        user_password_change(
            request=request,
            user=request.user,  # type: ignore[arg-type]
            new_password=form.cleaned_data["new_password"],
        )
        messages.success(request, _("Your password has been changed."))
        return redirect("cabinet:dashboard")
    return render(request, "cabinet/password_change.html", {"form": form})
