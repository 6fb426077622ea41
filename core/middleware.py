"""Strict Content-Security-Policy on every response.

Threat model: an attacker who manages to inject markup (a party's name echoed unescaped, a crafted
file name) must not be able to run script, load foreign resources, frame the site or post a form
elsewhere. Our pages have no inline script or style and load everything from our own origin, so
the policy can be strict without exceptions. Django 5.2 has no CSP support of its own.
"""

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        # NCALayer listens on the user's own machine; the browser glue talks to it over WSS.
        "connect-src 'self' wss://127.0.0.1:13579",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)


class ContentSecurityPolicyMiddleware:
    """Add the policy unless a view has already set a (stricter) one."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        response.headers.setdefault("Content-Security-Policy", POLICY)
        return response


class PrivateNoStoreMiddleware:
    """``Cache-Control: private, no-store`` on every response to a signed-in person.

    Threat model: a shared computer (a court kiosk, an office) or a caching proxy keeping a copy of
    someone's cabinet, petition or its PDF after they sign out; the back button showing the pages
    to the next person. Static files never reach here (WhiteNoise answers before the session), so
    they stay cacheable. A response that already forbids storing is left as it is.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        user = getattr(request, "user", None)
        signed_in = user is not None and user.is_authenticated
        if signed_in and "no-store" not in response.get("Cache-Control", ""):
            response["Cache-Control"] = "private, no-store"
        return response
