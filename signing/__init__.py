"""NCA RK (Kazakhstan) e-signature verification — pure-Python core (no Django here).

Public API for the Django glue::

    from signing import (ValidationConfig, verify_cms, build_crl_index, CrlIndex,
                         load_certificate, load_certificates_dir, make_ocsp_fetcher,
                         fetch_crl, PrivateKey, sign_detached, sign_cms)
    from signing.testpki import generate            # test PKI / demo users

See docs/signing.md.
"""

from signing.core import oids as _oids
from signing.core.certs import (
    CertificateLoadError,
    Identity,
    extract_identity,
    load_certificate,
    load_certificates_dir,
)
from signing.core.cms import CmsFormatError
from signing.core.crlindex import CrlError, CrlIndex, build_crl_index
from signing.core.fetch import fetch_crl, make_ocsp_fetcher
from signing.core.report import Indication, SignerReport, SubIndication, ValidationReport
from signing.core.signer import PrivateKey, sign_cms, sign_detached
from signing.core.validator import ValidationConfig, verify_cms

_oids.register()

__all__ = [
    "CertificateLoadError",
    "CmsFormatError",
    "CrlError",
    "CrlIndex",
    "Identity",
    "Indication",
    "PrivateKey",
    "SignerReport",
    "SubIndication",
    "ValidationConfig",
    "ValidationReport",
    "build_crl_index",
    "extract_identity",
    "fetch_crl",
    "load_certificate",
    "load_certificates_dir",
    "make_ocsp_fetcher",
    "sign_cms",
    "sign_detached",
    "verify_cms",
]
