"""Pluggable SMS backends, chosen by ``SMS_BACKEND`` (a dotted path), like Django's e-mail ones.

``console`` (the default) prints the message, for ``make run``; ``locmem`` keeps messages in
``outbox`` for tests. A production gateway is a class with the same ``send`` method; it raises
on failure, so the outbox records the error and retries.
"""

import sys
from dataclasses import dataclass
from typing import ClassVar, Protocol

from django.conf import settings
from django.utils.module_loading import import_string


@dataclass(frozen=True)
class Sms:
    to: str
    text: str


class SmsBackend(Protocol):
    def send(self, message: Sms) -> None: ...


class ConsoleBackend:
    def send(self, message: Sms) -> None:
        sys.stdout.write(f"SMS to {message.to}: {message.text}\n")
        sys.stdout.flush()


class LocmemBackend:
    outbox: ClassVar[list[Sms]] = []

    def send(self, message: Sms) -> None:
        LocmemBackend.outbox.append(message)


def sms_send(*, to: str, text: str) -> None:
    backend: SmsBackend = import_string(settings.SMS_BACKEND)()
    backend.send(Sms(to=to, text=text))
