"""Fakes at the edge of the world: an SMTP server that fails, then works."""

from collections.abc import Sequence
from typing import ClassVar

from django.core.mail import EmailMessage
from django.core.mail.backends.locmem import EmailBackend


class FlakyEmailBackend(EmailBackend):
    """Refuses the first ``failures`` sends like a server that is down, then delivers (locmem)."""

    failures: ClassVar[int] = 0

    def send_messages(self, messages: Sequence[EmailMessage]) -> int:
        if FlakyEmailBackend.failures > 0:
            FlakyEmailBackend.failures -= 1
            msg = "421 Service not available, closing transmission channel"
            raise ConnectionRefusedError(msg)
        return super().send_messages(messages)


class DownSmsBackend:
    """An SMS gateway that is down."""

    def send(self, message: object) -> None:
        msg = "SMS gateway unreachable"
        raise ConnectionRefusedError(msg)
