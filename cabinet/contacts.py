"""Contacts and consent: an e-mail confirmed by a signed link, a mobile number by an SMS code.

Threats considered: a link or code guessed, replayed or used for another address (the link
signs the user and the address and expires; a code is 6 random digits kept only as a keyed
hash, compared in constant time, single-use, expiring, with few attempts); an SMS gateway used
to flood a number or run up a bill (codes per user per hour are limited); a link for an old
address confirming a new one (the signed address must be the current one).
"""

import datetime as dt
import re
import secrets

from django.conf import settings
from django.core import signing
from django.db import transaction
from django.utils import timezone
from django.utils.crypto import constant_time_compare, salted_hmac
from django.utils.translation import gettext as _

from core.refusal import Refusal

from .models import PhoneChallenge, User

EMAIL_SALT = "cabinet.contacts.email"
_SEPARATORS = re.compile(r"[ \-()]")
# Mobile operators' codes (700-708, 747, 750-751, 760-764, 771, 775-778): a landline such as
# Almaty's 727 or Astana's 717 also starts with 7 but receives no SMS.
_KZ_MOBILE = re.compile(r"\+77(?:0[0-8]|47|5[01]|6[0-4]|7[15-8])[0-9]{7}")


def phone_normalize(raw: str) -> str | None:
    """``+7 7xx xxx xx xx``, ``87xxxxxxxxx``, ``7 (7xx) …`` → ``+77xxxxxxxxx``; None if it is
    not a Kazakh mobile number. Only ASCII digits count (``str.isdigit`` accepts others)."""
    value = _SEPARATORS.sub("", raw.strip())
    if len(value) > 20:
        return None
    if value.startswith("8") and len(value) == 11:
        value = "+7" + value[1:]
    elif value.startswith("7") and len(value) == 11:
        value = "+" + value
    return value if _KZ_MOBILE.fullmatch(value) else None


def contact_settings_save(*, user: User, language: str, consent: bool) -> None:
    """The language of messages and the consent to electronic notices (its time is kept)."""
    user.language = language
    if consent and user.notices_consent_at is None:
        user.notices_consent_at = timezone.now()
    elif not consent:
        user.notices_consent_at = None
    user.save(update_fields=["language", "notices_consent_at"])


def email_set(*, user: User, email: str) -> str:
    """Save a new address unconfirmed and return the token for its confirmation link."""
    if email != user.email or user.email_confirmed_at is None:
        user.email, user.email_confirmed_at = email, None
        user.save(update_fields=["email", "email_confirmed_at"])
    return signing.dumps({"u": user.pk, "e": email}, salt=EMAIL_SALT, compress=True)


def email_confirm(*, user: User, token: str, now: dt.datetime | None = None) -> None:
    """Confirm the address the token was issued for, if it is still this user's address."""
    try:
        data = signing.loads(token, salt=EMAIL_SALT, max_age=settings.NOTIFY_EMAIL_CONFIRM_SECONDS)
    except signing.SignatureExpired:
        raise Refusal("expired", _("This link has expired. Ask for a new one.")) from None
    except signing.BadSignature:
        raise Refusal("invalid", _("This link is not valid. Ask for a new one.")) from None
    if not isinstance(data, dict) or data.get("u") != user.pk:
        raise Refusal("invalid", _("This link is not valid. Ask for a new one."))
    with transaction.atomic():
        locked = User.objects.select_for_update().get(pk=user.pk)
        if data.get("e") != locked.email:
            raise Refusal("changed", _("This link is for an address you have since changed."))
        if locked.email_confirmed_at is not None:
            raise Refusal("used", _("This link has already been used."))
        locked.email_confirmed_at = now or timezone.now()
        locked.save(update_fields=["email_confirmed_at"])
    user.email_confirmed_at = locked.email_confirmed_at


def _code_hash(*, challenge_user: int, phone: str, code: str) -> str:
    return salted_hmac(
        "cabinet.contacts.phone", f"{challenge_user}:{phone}:{code}", algorithm="sha256"
    ).hexdigest()


def phone_challenge_issue(*, user: User, phone: str, now: dt.datetime | None = None) -> str:
    """Record a new code for the number and return it (the caller sends it by SMS).

    Refused when the user already asked for ``SMS_CODES_PER_HOUR`` codes in the last hour.
    Counted under the user's row lock, so parallel requests cannot exceed the limit.
    """
    now = now or timezone.now()
    with transaction.atomic():
        User.objects.select_for_update().filter(pk=user.pk).first()
        recent = PhoneChallenge.objects.filter(
            user=user, created_at__gt=now - dt.timedelta(hours=1)
        ).count()
        if recent >= settings.SMS_CODES_PER_HOUR:
            raise Refusal(
                "rate_limited", _("You have asked for too many codes. Try again in an hour.")
            )
        code = f"{secrets.randbelow(1_000_000):06d}"
        PhoneChallenge.objects.create(
            user=user,
            phone=phone,
            code_hash=_code_hash(challenge_user=user.pk, phone=phone, code=code),
            created_at=now,
            expires_at=now + dt.timedelta(seconds=settings.SMS_CODE_SECONDS),
        )
    return code


def phone_confirm(*, user: User, code: str, now: dt.datetime | None = None) -> str:
    """Check the code against the latest challenge; on success the number becomes the user's.

    Only the latest challenge counts (asking again retires the previous code). Each wrong try
    is counted; after ``SMS_CODE_ATTEMPTS`` the code is dead even if right.
    """
    now = now or timezone.now()
    with transaction.atomic():
        challenge = (
            PhoneChallenge.objects.select_for_update().filter(user=user).order_by("-id").first()
        )
        if challenge is None or challenge.used_at is not None:
            raise Refusal("no_code", _("Ask for a new code first."))
        if challenge.expires_at <= now:
            raise Refusal("expired", _("This code has expired. Ask for a new one."))
        if challenge.attempts >= settings.SMS_CODE_ATTEMPTS:
            raise Refusal("attempts", _("Too many wrong codes. Ask for a new one."))
        expected = _code_hash(challenge_user=user.pk, phone=challenge.phone, code=code)
        if not constant_time_compare(expected, challenge.code_hash):
            challenge.attempts += 1
            challenge.save(update_fields=["attempts"])
            wrong = True
        else:
            wrong = False
            challenge.used_at = now
            challenge.save(update_fields=["used_at"])
            User.objects.filter(pk=user.pk).update(phone=challenge.phone, phone_confirmed_at=now)
    if wrong:  # raised after the commit, so the counted attempt is kept
        raise Refusal("wrong", _("The code is not right. Check the SMS and enter it again."))
    user.phone, user.phone_confirmed_at = challenge.phone, now
    return challenge.phone
