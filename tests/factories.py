"""Typed factories; tests build their data here, never from JSON fixtures."""

import datetime as dt

import factory

from cabinet.iin import make_iin
from cabinet.models import Role, User

PASSWORD = "correct-horse-battery-staple"


class UserFactory(factory.django.DjangoModelFactory[User]):
    class Meta:
        model = User
        django_get_or_create = ("iin",)

    iin = factory.Sequence(lambda n: make_iin(dt.date(1980, 1, 1) + dt.timedelta(days=n)))
    full_name = factory.Sequence(lambda n: f"Азамат Тестов {n}")
    role = Role.CITIZEN
    is_staff = factory.LazyAttribute(lambda o: o.role == Role.CLERK)
    password = factory.django.Password(PASSWORD)
