"""Thin views of contacts, consent and notifications in the cabinet.

Codes and links are sent synchronously: the person is on the page waiting for them, so a
gateway failure is shown to them at once instead of being retried behind their back.
"""

import logging

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.mail import send_mail
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from core.http import AuthenticatedHttpRequest
from core.refusal import Refusal

from . import contacts
from .contact_forms import EmailForm, NoticeSettingsForm, PhoneCodeForm, PhoneForm
from .notifications import selectors, services
from .sms import sms_send

logger = logging.getLogger(__name__)


@login_required
@require_http_methods(["GET", "POST"])
def contacts_view(request: AuthenticatedHttpRequest) -> HttpResponse:
    user = request.user
    initial = {"language": user.language, "consent": user.notices_consent_at is not None}
    form = NoticeSettingsForm(request.POST if request.method == "POST" else None, initial=initial)
    if request.method == "POST" and form.is_valid():
        contacts.contact_settings_save(
            user=user, language=form.cleaned_data["language"], consent=form.cleaned_data["consent"]
        )
        messages.success(request, _("Your notice settings have been saved."))
        return redirect("cabinet:contacts")
    status = 400 if form.is_bound else 200
    return render(request, "cabinet/contacts.html", {"form": form}, status=status)


def _form_page(
    request: AuthenticatedHttpRequest, form: object, *, title: str, button: str, status: int = 200
) -> HttpResponse:
    return render(
        request,
        "cabinet/contact_form.html",
        {"form": form, "title": title, "button": button},
        status=status,
    )


@login_required
@require_http_methods(["GET", "POST"])
def email_view(request: AuthenticatedHttpRequest) -> HttpResponse:
    form = EmailForm(request.POST if request.method == "POST" else None)
    page = {"title": _("Your e-mail address"), "button": _("Send a confirmation link")}
    if request.method != "POST" or not form.is_valid():
        return _form_page(request, form, **page, status=400 if form.is_bound else 200)
    email = form.cleaned_data["email"]
    token = contacts.email_set(user=request.user, email=email)
    url = settings.NOTIFY_SITE_URL + reverse("cabinet:email_confirm", kwargs={"token": token})
    days = max(1, settings.NOTIFY_EMAIL_CONFIRM_SECONDS // 86400)
    body = _(
        "To confirm this address for Court Cabinet, open the link below and press the button. "
        "The link works for %(days)s days."
    ) % {"days": days}
    body += "\n\n" + url + "\n\n" + _("If you did not ask for this, ignore this e-mail.")
    try:
        send_mail(_("Confirm your e-mail address"), body, None, [email])
    except Exception:
        logger.exception("The e-mail confirmation link could not be sent.")
        form.add_error("email", _("We could not send the e-mail. Try again in a few minutes."))
        return _form_page(request, form, **page, status=503)
    messages.success(
        request, _("We have sent a confirmation link to %(email)s.") % {"email": email}
    )
    return redirect("cabinet:contacts")


@login_required
@require_http_methods(["GET", "POST"])
def email_confirm_view(request: AuthenticatedHttpRequest, token: str) -> HttpResponse:
    """GET shows a button, POST confirms: a mail scanner that follows links confirms nothing."""
    if request.method == "POST":
        try:
            contacts.email_confirm(user=request.user, token=token)
        except Refusal as exc:
            return render(request, "cabinet/email_confirm.html", {"error": exc.message}, status=400)
        messages.success(request, _("Your e-mail address is confirmed."))
        return redirect("cabinet:contacts")
    return render(request, "cabinet/email_confirm.html", {"error": None})


@login_required
@require_http_methods(["GET", "POST"])
def phone_view(request: AuthenticatedHttpRequest) -> HttpResponse:
    form = PhoneForm(request.POST if request.method == "POST" else None)
    page = {"title": _("Your mobile number"), "button": _("Send a code")}
    if request.method != "POST" or not form.is_valid():
        return _form_page(request, form, **page, status=400 if form.is_bound else 200)
    phone = form.cleaned_data["phone"]
    try:
        code = contacts.phone_challenge_issue(user=request.user, phone=phone)
    except Refusal as exc:
        form.add_error("phone", exc.message)
        return _form_page(request, form, **page, status=429)
    text = _("Court Cabinet code: %(code)s. Do not tell it to anyone.") % {"code": code}
    try:
        sms_send(to=phone, text=text)
    except Exception:
        logger.exception("The SMS code could not be sent.")
        form.add_error("phone", _("We could not send the SMS. Try again in a few minutes."))
        return _form_page(request, form, **page, status=503)
    messages.success(request, _("We have sent a code to %(phone)s.") % {"phone": phone})
    return redirect("cabinet:phone_code")


@login_required
@require_http_methods(["GET", "POST"])
def phone_code_view(request: AuthenticatedHttpRequest) -> HttpResponse:
    form = PhoneCodeForm(request.POST if request.method == "POST" else None)
    page = {"title": _("Enter the code from the SMS"), "button": _("Confirm the number")}
    if request.method != "POST" or not form.is_valid():
        return _form_page(request, form, **page, status=400 if form.is_bound else 200)
    try:
        contacts.phone_confirm(user=request.user, code=form.cleaned_data["code"])
    except Refusal as exc:
        form.add_error("code", exc.message)
        return _form_page(request, form, **page, status=400)
    messages.success(request, _("Your mobile number is confirmed."))
    return redirect("cabinet:contacts")


@login_required
@require_http_methods(["GET"])
def notifications_view(request: AuthenticatedHttpRequest) -> HttpResponse:
    items = selectors.notifications_for_user(user=request.user)[:100]
    return render(request, "cabinet/notifications.html", {"notifications": items})


@login_required
@require_POST
def notification_read_view(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    notification = selectors.notification_get_for_user(user=request.user, pk=pk)
    services.notification_mark_read(notification=notification)
    return redirect("cabinet:notifications")
