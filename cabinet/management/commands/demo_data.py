"""Create the demo accounts (a citizen, a lawyer, a clerk) and print their logins.

For the embedded default only: refuses to run when DEBUG is off, so a production database never
gets accounts with a published password.
"""

import datetime as dt
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from cabinet.iin import make_iin
from cabinet.models import Role, User

DEMO_PASSWORD = "demo-cabinet-2026"  # noqa: S105 - published on purpose: demo accounts only
DEMO_USERS = [
    (make_iin(dt.date(1990, 1, 1)), "Әсел Нұрланқызы Серікова", Role.CITIZEN),
    (make_iin(dt.date(1978, 11, 3), serial=5), "Ерлан Бекұлы Жақсылықов", Role.LAWYER),
    (make_iin(dt.date(1985, 5, 20), female=True), "Гүлнар Қайратқызы Омарова", Role.CLERK),
]


class Command(BaseCommand):
    help = "Create demo accounts for the local portal and print their logins."

    def handle(self, *args: Any, **options: Any) -> None:
        if not settings.DEBUG:
            raise CommandError("demo_data runs only with DJANGO_DEBUG=true (never in production).")
        for iin, name, role in DEMO_USERS:
            user = User.objects.filter(iin=iin).first()
            if user is None:
                user = User.objects.create_user(iin, DEMO_PASSWORD, full_name=name, role=role)
            if role == Role.CLERK and not user.is_superuser:
                user.is_superuser = True
                user.save(update_fields=["is_superuser"])
            self.stdout.write(f"  {role.label:<12} IIN {iin}  password {DEMO_PASSWORD}")
