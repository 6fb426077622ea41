"""System checks: a production deployment must not run the demo PKI or trust nothing."""

from typing import Any

from django.conf import settings
from django.core.checks import Error, Tags, register


@register(Tags.security, deploy=True)
def signing_production_check(app_configs: Any = None, **kwargs: Any) -> list[Error]:
    errors = []
    if not settings.SIGNING_PRODUCTION:
        errors.append(
            Error(
                "SIGNING_PRODUCTION is off: test NCA identities would be accepted.",
                hint="Set SIGNING_PRODUCTION=true (the production settings default).",
                id="signing.E001",
            )
        )
    if settings.SIGNING_DEMO_PKI_DIR:
        errors.append(
            Error(
                "SIGNING_DEMO_PKI_DIR is set: the demo signer and the test PKI "
                "must not be deployed.",
                hint="Unset SIGNING_DEMO_PKI_DIR; point SIGNING_TRUST_DIR at the NCA certificates.",
                id="signing.E002",
            )
        )
    if not settings.SIGNING_TRUST_DIR:
        errors.append(Error("SIGNING_TRUST_DIR is not set.", id="signing.E003"))
    return errors
