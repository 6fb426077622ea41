"""KZ (NCA RK) object identifiers and their registration with asn1crypto.

asn1crypto raises KeyError when it meets a GOST SubjectPublicKeyInfo; ``register()`` teaches it
the KZ key algorithms (public key = OCTET STRING inside the BIT STRING).  It is idempotent and
is called on import of :mod:`signing.core`.
"""

from __future__ import annotations

from typing import Any

from asn1crypto import algos, keys, x509

# key algorithms
GOST2004_KEY = "1.2.398.3.10.1.1.1.1"
GOST2015_256_KEY = "1.2.398.3.10.1.1.2.1"
GOST2015_512_KEY = "1.2.398.3.10.1.1.2.2"
# parameter sets
GOST2004_PARAMSET_A = "1.2.398.3.10.1.1.1.1.1"
GOST2015_256_PARAMSET_A = "1.2.398.3.10.1.1.2.1.1"
GOST2015_512_PARAMSET_A = "1.2.398.3.10.1.1.2.2.1"
# digests
GOST34311_95 = "1.2.398.3.10.1.3.1"
STREEBOG256 = "1.2.398.3.10.1.3.2"
STREEBOG512 = "1.2.398.3.10.1.3.3"
SHA1 = "1.3.14.3.2.26"
SHA256 = "2.16.840.1.101.3.4.2.1"
SHA384 = "2.16.840.1.101.3.4.2.2"
SHA512 = "2.16.840.1.101.3.4.2.3"
# signature algorithms
GOST2004_SIG = "1.2.398.3.10.1.1.1.2"
GOST2015_256_SIG = "1.2.398.3.10.1.1.2.3.1"
GOST2015_512_SIG = "1.2.398.3.10.1.1.2.3.2"
RSA = "1.2.840.113549.1.1.1"
SHA1_RSA = "1.2.840.113549.1.1.5"
SHA256_RSA = "1.2.840.113549.1.1.11"
SHA384_RSA = "1.2.840.113549.1.1.12"
SHA512_RSA = "1.2.840.113549.1.1.13"

# certificate policies and roles (EKU values in the user branch)
POLICY_RSA_SIGN = "1.2.398.3.3.2.3"
POLICY_RSA_AUTH = "1.2.398.3.3.2.4"
POLICY_GOST2004_SIGN = "1.2.398.3.3.2.1"
POLICY_GOST2004_AUTH = "1.2.398.3.3.2.2"
POLICY_GOST2015 = "1.2.398.3.3.2"
AUTH_POLICIES = frozenset({POLICY_RSA_AUTH, POLICY_GOST2004_AUTH})
ROLE_INDIVIDUAL = "1.2.398.3.3.4.1.1"
ROLE_ORG_EMPLOYEE_ANY = "1.2.398.3.3.4.1.2"
ROLE_CEO = "1.2.398.3.3.4.1.2.1"
ROLE_SIGNER = "1.2.398.3.3.4.1.2.2"
ROLE_FINANCE = "1.2.398.3.3.4.1.2.3"
ROLE_HR = "1.2.398.3.3.4.1.2.4"
ROLE_EMPLOYEE = "1.2.398.3.3.4.1.2.5"
ROLE_PREFIX = "1.2.398.3.3.4."
EKU_EMAIL_PROTECTION = "1.3.6.1.5.5.7.3.4"
EKU_CLIENT_AUTH = "1.3.6.1.5.5.7.3.2"
EKU_TIME_STAMPING = "1.3.6.1.5.5.7.3.8"
EKU_OCSP_SIGNING = "1.3.6.1.5.5.7.3.9"
KZ_KEY_STORAGE_EXT = "1.2.398.3.3.5"
TSA_POLICY_GOST2015 = "1.2.398.3.3.2.6.4"

# CMS attributes
ATTR_CONTENT_TYPE = "1.2.840.113549.1.9.3"
ATTR_MESSAGE_DIGEST = "1.2.840.113549.1.9.4"
ATTR_SIGNING_TIME = "1.2.840.113549.1.9.5"
ATTR_SIGNING_CERT = "1.2.840.113549.1.9.16.2.12"
ATTR_SIGNING_CERT_V2 = "1.2.840.113549.1.9.16.2.47"
ATTR_SIG_TIMESTAMP = "1.2.840.113549.1.9.16.2.14"
ATTR_CMS_ALG_PROTECTION = "1.2.840.113549.1.9.52"
CT_DATA = "1.2.840.113549.1.7.1"
CT_TST_INFO = "1.2.840.113549.1.9.16.1.4"

GOST_KEY_OIDS = frozenset({GOST2004_KEY, GOST2015_256_KEY, GOST2015_512_KEY})
_NAMES = {
    GOST2004_KEY: "kz_gost2004",
    GOST2015_256_KEY: "kz_gost2015_256",
    GOST2015_512_KEY: "kz_gost2015_512",
}
_registered = False


def register() -> None:
    """Register the KZ key/digest/signature OIDs with asn1crypto (idempotent)."""
    global _registered
    if _registered:
        return
    _extend(keys.PublicKeyAlgorithmId, _NAMES)
    _extend(
        algos.DigestAlgorithmId,
        {GOST34311_95: "kz_gost34311_95", STREEBOG256: "streebog256", STREEBOG512: "streebog512"},
    )
    _extend(
        algos.SignedDigestAlgorithmId,
        {
            GOST2004_SIG: "kz_gost34311_gost34310",
            GOST2015_256_SIG: "kz_gost2015_256",
            GOST2015_512_SIG: "kz_gost2015_512",
        },
    )
    original = keys.PublicKeyInfo._spec_callbacks["public_key"]

    def _spec(self: keys.PublicKeyInfo) -> Any:
        if self["algorithm"]["algorithm"].dotted in GOST_KEY_OIDS:
            return (keys.OctetBitString, None)
        return original(self)

    keys.PublicKeyInfo._spec_callbacks = {"public_key": _spec}
    x509.Certificate._set_extensions = _tolerant_set_extensions
    _registered = True


def _extend(cls: Any, names: dict[str, str]) -> None:
    cls._map.update(names)
    if cls._reverse_map is not None:
        cls._reverse_map.update({v: k for k, v in names.items()})


def _tolerant_set_extensions(self: x509.Certificate) -> None:
    """asn1crypto's extension scan, tolerating malformed extension values.

    NCA test OCSP-responder certificates encode ocsp-nocheck as an empty OCTET STRING, which
    makes asn1crypto raise on *any* extension property.  A malformed non-critical extension is
    ignored; a malformed critical one is recorded as ``malformed:<oid>`` among the critical
    extensions, so path validation rejects the certificate.
    """
    self._critical_extensions = set()
    for extension in self["tbs_certificate"]["extensions"]:
        name = extension["extn_id"].native
        critical = extension["critical"].native
        try:
            value = extension["extn_value"].parsed
        except ValueError:
            if critical:
                self._critical_extensions.add(f"malformed:{extension['extn_id'].dotted}")
            continue
        attribute_name = f"_{name}_value"
        if hasattr(self, attribute_name):
            setattr(self, attribute_name, value)
        if critical:
            self._critical_extensions.add(name)
    self._processed_extensions = True
