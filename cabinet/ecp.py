"""Sign in with ЭЦҚ: a signed, single-use, short-lived challenge (kz-pki.md §1.6).

Threat model. The browser is untrusted; only a CMS that verifies against the configured NCA
trust store proves who is there. Each challenge is random (256 bits), bound to this session,
removed from the session *before* the signature is checked (so it can be used once, even by a
failing attempt) and valid for SIGNING_LOGIN_NONCE_SECONDS. A session holds up to
MAX_CHALLENGES of them, so opening the page in a second tab does not cancel the first. The
signature must be detached over exactly the challenge's bytes, by a valid, unrevoked key allowed
for authentication. The identity is the IIN in the certificate's subject serialNumber — never an
IIN the browser sends (the anti-pattern of calling NCALayer's getKeyInfo and trusting its answer).
A first sign-in creates the account from the certificate's name, as a citizen with no password.
"""

from __future__ import annotations

import secrets
import time
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.contrib.sessions.backends.base import SessionBase
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from core.refusal import Refusal
from signing.core.report import ValidationReport
from signing.web.cms import CmsTexts, cms_decode, cms_verify

from .iin import InvalidIINError, validate_iin
from .models import Role, User

SESSION_KEY = "ecp_login_challenges"
# Outstanding challenges per session: a few tabs of the sign-in page, not an unbounded session.
MAX_CHALLENGES = 5
MAX_CMS_CHARS = 100_000  # a CMS over a 43-character challenge is a few kilobytes


@dataclass(frozen=True)
class EcpLogin:
    user: User
    created: bool
    report: ValidationReport


def _challenges_live(*, session: SessionBase, now: float) -> list[dict[str, Any]]:
    stored = session.get(SESSION_KEY)
    if not isinstance(stored, list):  # none yet, or the one-challenge form of earlier versions
        return []
    return [
        c
        for c in stored
        if isinstance(c, dict)
        and isinstance(c.get("nonce"), str)
        and isinstance(c.get("issued"), int | float)
        and now - float(c["issued"]) <= settings.SIGNING_LOGIN_NONCE_SECONDS
    ]


def ecp_challenge_issue(*, session: SessionBase, now: float | None = None) -> str:
    """A new challenge for this session. Earlier ones stay valid (a second tab must not cancel
    the first), up to ``MAX_CHALLENGES``: the oldest beyond that, and expired ones, are dropped."""
    now = now if now is not None else time.time()
    nonce = secrets.token_urlsafe(32)
    live = _challenges_live(session=session, now=now)
    session[SESSION_KEY] = [*live, {"nonce": nonce, "issued": now}][-MAX_CHALLENGES:]
    return nonce


def _challenge_take(*, session: SessionBase, nonce: str, now: float) -> None:
    stored = session.get(SESSION_KEY)
    challenges = [c for c in stored if isinstance(c, dict)] if isinstance(stored, list) else []
    match = next(
        (c for c in challenges if secrets.compare_digest(str(c.get("nonce", "")), nonce)), None
    )
    if match is None:
        raise Refusal(
            "challenge_unknown",
            _("This sign-in page has expired or was already used. Sign in again."),
        )
    # Used up before the signature is checked, so even a failing attempt cannot try again.
    session[SESSION_KEY] = [c for c in challenges if c is not match]
    issued = match.get("issued")
    if (
        not isinstance(issued, int | float)
        or now - float(issued) > settings.SIGNING_LOGIN_NONCE_SECONDS
    ):
        raise Refusal(
            "challenge_expired", _("The sign-in took too long and has expired. Sign in again.")
        )


def _cms_texts() -> CmsTexts:
    return CmsTexts(
        missing=_("We did not receive a signature. Sign with NCALayer and try again."),
        unreadable=_("The signature could not be read. Sign in again."),
    )


REFUSALS = {
    "REVOKED": "revoked",
    "REVOKED_NO_POE": "revoked",
    "EXPIRED": "expired",
    "OUT_OF_BOUNDS_NO_POE": "expired",
    "NO_CERTIFICATE_CHAIN_FOUND": "untrusted",
    "TRY_LATER": "try_later",
}


def _refusal(report: ValidationReport) -> Refusal:
    kind = REFUSALS.get(str(report.sub_indication or ""), "invalid")
    messages = {
        "revoked": _(
            "Your certificate has been revoked. Get a new e-signature key from the "
            "National Certification Authority, or sign in with your password."
        ),
        "expired": _(
            "Your certificate is not valid now. Get a new e-signature key from the "
            "National Certification Authority, or sign in with your password."
        ),
        "untrusted": _(
            "This certificate was not issued by the National Certification "
            "Authority. Sign in with your NCA key."
        ),
        "try_later": _(
            "We could not check whether your certificate is revoked. Try again in a "
            "few minutes, or sign in with your password."
        ),
        "invalid": _("The signature could not be verified. Sign in again."),
    }
    return Refusal(f"signature_{kind}", messages[kind], report)


def ecp_login_verify(
    *, session: SessionBase, nonce: str, cms: str, now: float | None = None
) -> EcpLogin:
    """Check the signed challenge and return the account it proves (creating it if new)."""
    _challenge_take(session=session, nonce=nonce, now=now if now is not None else time.time())
    texts = _cms_texts()
    raw = cms_decode(cms, max_chars=MAX_CMS_CHARS, texts=texts)
    report = cms_verify(
        cms=raw, content=nonce.encode("ascii"), purpose="auth", texts=texts, refusal_for=_refusal
    )
    if len(report.signers) != 1 or not report.signers[0].iin:
        raise Refusal(
            "no_iin",
            _("This key belongs to no individual (it has no IIN). Sign in with your personal key."),
            report,
        )
    signer = report.signers[0]
    try:
        iin = validate_iin(signer.iin)
    except InvalidIINError:  # the certificate's IIN fails the checksum
        raise Refusal(
            "no_iin",
            _("The IIN in this certificate is not valid. Sign in with your personal key."),
            report,
        ) from None
    user, created = _user_for(iin=iin, name=_full_name(signer.common_name, signer.patronymic))
    if not user.is_active:
        raise Refusal("inactive", _("This account is blocked. Contact the court."), report)
    return EcpLogin(user=user, created=created, report=report)


def _full_name(common_name: str | None, patronymic: str | None) -> str:
    # NCA subjects: CN = "SURNAME NAME", givenName = the patronymic.
    name = " ".join(f"{common_name or ''} {patronymic or ''}".split())
    return name.title() if name else "—"


def _user_for(*, iin: str, name: str) -> tuple[User, bool]:
    user = User.objects.filter(iin=iin).first()
    if user is not None:
        return user, False
    try:
        with transaction.atomic():
            return User.objects.create_user(
                iin, None, full_name=name[:200], role=Role.CITIZEN
            ), True
    except IntegrityError:  # created by a concurrent first sign-in
        return User.objects.get(iin=iin), False
