"""System checks: a production deployment must not run the demo PKI or trust nothing, and no
deployment may start with a trust store it cannot read.

Why the trust-store check runs at every start (not only with --deploy): one stray file in
SIGNING_TRUST_DIR (a .p12 key store, a README) made every signature fail as if the citizen's
signature were malformed, and no message named the file. Here the operator is told which file,
before the first citizen is refused. A directory that does not exist yet, or is empty, is only
information: the demo PKI is generated after ``migrate`` (``make run``), and CI runs
``check --deploy --fail-level WARNING`` without the production trust store mounted.
"""

from pathlib import Path
from typing import Any

from django.conf import settings
from django.core import checks
from django.core.checks import CheckMessage, Error, Tags, register

from signing.core.certs import CertificateLoadError, load_certificates_dir


@register()
def signing_trust_dir_check(app_configs: Any = None, **kwargs: Any) -> list[CheckMessage]:
    if not settings.SIGNING_TRUST_DIR:
        return []  # signing.E003 (deploy) says so; development may run without signing
    directory = Path(settings.SIGNING_TRUST_DIR)
    if not directory.is_dir():
        return [
            checks.Info(
                f"SIGNING_TRUST_DIR={directory} is not a directory: no signature can be verified.",
                hint="Create it and put the NCA RK root and intermediate certificates in it.",
                id="signing.I004",
            )
        ]
    try:
        anchors = load_certificates_dir(directory)
    except CertificateLoadError as exc:
        return [
            Error(
                f"SIGNING_TRUST_DIR holds a file that is not a certificate: {exc.path or exc}.",
                hint="Keep only certificates (DER or PEM) there; move key stores and other "
                "files elsewhere.",
                obj=str(exc.path or directory),
                id="signing.E004",
            )
        ]
    except OSError as exc:
        return [Error(f"SIGNING_TRUST_DIR={directory} cannot be read: {exc}", id="signing.E005")]
    if not anchors:
        return [
            checks.Info(
                f"SIGNING_TRUST_DIR={directory} holds no certificate: no signature can be "
                "verified.",
                id="signing.I006",
            )
        ]
    return []


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
