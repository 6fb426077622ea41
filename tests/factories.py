"""Typed factories; tests build their data here, never from JSON fixtures."""

import datetime as dt
from pathlib import Path

import factory
from asn1crypto import x509

from cabinet.iin import make_iin
from cabinet.models import Role, User
from signing.core.certs import load_certificate
from signing.core.signer import PrivateKey

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


def pki_user_key(
    pki: Path, user: str, kind: str = "gost2015"
) -> tuple[x509.Certificate, PrivateKey]:
    """The certificate and key of one of the generated test PKI's users (``individual``,
    ``revoked``, ``auth``...), in the ``kind`` of its hierarchies (``gost2015``, ``rsa``...)."""
    return (
        load_certificate((pki / kind / f"{user}.cer").read_bytes()),
        PrivateKey.load(pki / kind / f"{user}.key"),
    )
