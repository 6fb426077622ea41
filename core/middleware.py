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
