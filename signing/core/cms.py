"""CMS SignedData parsing and per-SignerInfo cryptographic checks (RFC 5652, CAdES-B).

Threat model: the whole CMS is attacker-controlled.  The content digest is recomputed over the
bytes *we* hold (detached content supplied by the server, or eContent), the signature is
checked over the DER SET OF signed attributes exactly as received, single-valued attributes
must occur once, contentType must match eContentType, and an ESS signingCertificate(V2)
attribute must reference the certificate actually used.  Certificates embedded in the CMS are
only candidates; trust comes from path validation elsewhere.

Bytes outside the signature are refused rather than carried along: data after the ContentInfo,
more than ``MAX_CERTIFICATES`` certificates or ``MAX_SIGNERS`` SignerInfos (each costs a path
search and a signature check), and unsigned attributes other than the CAdES ones
(``UNSIGNED_ALLOWED``), so what the portal stores is what it verified.  Every parse of these
bytes ends in ``CmsFormatError`` or a FORMAT_FAILURE finding, never another exception: asn1crypto
parses lazily and raises ValueError, TypeError... or RecursionError (a name nested 2000 deep) from
wherever a value is first touched, so the callers catch ``PARSE_ERRORS`` around every such use.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass, field
from datetime import datetime

from asn1crypto import algos, cms, core, pem, tsp, x509

from signing.core import algorithms, der, oids
from signing.core.crlindex import _tl as tlv
from signing.core.report import Finding, Indication, SubIndication

_SINGLE = {
    oids.ATTR_CONTENT_TYPE,
    oids.ATTR_MESSAGE_DIGEST,
    oids.ATTR_SIGNING_TIME,
    oids.ATTR_SIGNING_CERT,
    oids.ATTR_SIGNING_CERT_V2,
    oids.ATTR_CMS_ALG_PROTECTION,
}


MAX_CERTIFICATES = 16  # NCALayer embeds 1, KalkanCrypt with its chain 3; a TSA token 1-3
MAX_SIGNERS = 8
# What asn1crypto raises on malformed input, lazily, from wherever a value is first used.
PARSE_ERRORS = (
    ValueError,
    TypeError,
    KeyError,
    IndexError,
    AttributeError,
    OverflowError,
    RecursionError,
)
UNSIGNED_ALLOWED = {
    oids.ATTR_SIG_TIMESTAMP,
    "1.2.840.113549.1.9.6",  # countersignature
    "1.2.840.113549.1.9.16.2.21",  # CAdES-C complete-certificate-references
    "1.2.840.113549.1.9.16.2.22",  # complete-revocation-references
    "1.2.840.113549.1.9.16.2.23",  # certificate-values (CAdES-X-L)
    "1.2.840.113549.1.9.16.2.24",  # revocation-values
    "1.2.840.113549.1.9.16.2.25",  # CAdES-C-time-stamp
    "1.2.840.113549.1.9.16.2.26",  # time-stamped-certs-crls-references
    "1.2.840.113549.1.9.16.2.27",  # archive-time-stamp (v1)
    "1.2.840.113549.1.9.16.2.48",  # archive-time-stamp-v2
    "0.4.0.1733.2.4",  # archive-time-stamp-v3
}


class CmsFormatError(ValueError):
    """The input is not a usable CMS SignedData (CLI exit code 2)."""


class _AlgProtection(core.Sequence):
    _fields = [
        ("digest_algorithm", algos.DigestAlgorithm),
        ("signature_algorithm", algos.SignedDigestAlgorithm, {"implicit": 1, "optional": True}),
        ("mac_algorithm", core.Any, {"implicit": 2, "optional": True}),
    ]


@dataclass
class ParsedCms:
    der: bytes  # exactly the bytes parsed (after PEM/base64 decoding), no trailing data
    signed_data: cms.SignedData
    content: bytes | None
    econtent_type: str
    certificates: list[x509.Certificate]
    signer_infos: list[cms.SignerInfo]

    @property
    def attached(self) -> bool:
        return self.content is not None


def _decode(data: bytes) -> bytes:
    stripped = data.strip()
    if pem.detect(stripped):
        return pem.unarmor(stripped)[2]
    if stripped[:1] != b"\x30":
        try:
            return base64.b64decode(b"".join(stripped.split()), validate=True)
        except (binascii.Error, ValueError):
            return data
    return data


def _octets(econtent: core.Asn1Value) -> bytes:
    """The eContent OCTET STRING value (BER chunks merged), whatever asn1crypto wrapped it in."""
    enc = der.raw(econtent)
    tag, start, end = tlv(enc, 0)
    while tag == 0xA0:  # explicit [0] wrapper(s)
        enc = enc[start:end]
        tag, start, end = tlv(enc, 0)
    return core.OctetString.load(enc).native


def parse_cms(data: bytes) -> ParsedCms:
    """Parse DER, PEM or base64 ContentInfo(SignedData); raise CmsFormatError."""
    raw = _decode(data)
    try:
        info = cms.ContentInfo.load(raw, strict=True)  # strict: no data after the CMS
        if info["content_type"].native != "signed_data":
            raise CmsFormatError("ContentInfo is not signedData")
        sd = info["content"]
        encap = sd["encap_content_info"]
        econtent_type = encap["content_type"].dotted
        econtent = encap["content"]
        content = None if isinstance(econtent, core.Void) else _octets(econtent)
        choices = list(sd["certificates"])
        if len(choices) > MAX_CERTIFICATES:
            raise CmsFormatError(
                f"the CMS carries {len(choices)} certificates; at most {MAX_CERTIFICATES} "
                "are accepted"
            )
        certs = [c.chosen for c in choices if c.name == "certificate"]
        signers = list(sd["signer_infos"])
        if len(signers) > MAX_SIGNERS:
            raise CmsFormatError(f"the CMS has {len(signers)} signers; at most {MAX_SIGNERS}")
        if sd["version"].native not in ("v1", "v3", "v4", "v5"):
            raise CmsFormatError("SignedData version is not 1, 3, 4 or 5")
        for si in signers:  # parse what every signer needs; no `.native` (see certs.py)
            _ = (si["sid"].chosen, si["digest_algorithm"]["algorithm"].dotted)
            _ = (si["signature_algorithm"]["algorithm"].dotted, si["signature"].native)
            expected = "v1" if si["sid"].name == "issuer_and_serial_number" else "v3"
            if si["version"].native != expected:  # RFC 5652 §5.3: fixed by the sid form
                raise CmsFormatError(f"SignerInfo version must be {expected} for its sid")
        _check_algorithms(sd, signers)
    except CmsFormatError:
        raise
    except Exception as exc:  # asn1crypto raises many types, RecursionError included
        raise CmsFormatError(f"not a CMS SignedData: {_short(exc)}") from exc
    if not signers:
        raise CmsFormatError("SignedData has no SignerInfo")
    return ParsedCms(raw, sd, content, econtent_type, certs, signers)


def _check_algorithms(sd: cms.SignedData, signers: list[cms.SignerInfo]) -> None:
    """The algorithm identifiers outside the signed attributes carry no parameters (absent or
    NULL, as RSA PKCS#1 v1.5, SHA-2, Streebog and KalkanCrypt's GOST write them), and
    digestAlgorithms names exactly the signers' digests: bytes nobody signs, so nothing in them
    may vary (the fuzz found passes with either changed)."""
    used = {si["digest_algorithm"]["algorithm"].dotted for si in signers}
    listed = set()
    for alg in sd["digest_algorithms"]:
        listed.add(alg["algorithm"].dotted)
        _no_parameters(alg)
    if listed != used:
        raise CmsFormatError("digestAlgorithms does not list exactly the signers' digests")
    for si in signers:
        _no_parameters(si["digest_algorithm"])
        _no_parameters(si["signature_algorithm"])


def _no_parameters(alg: core.Sequence) -> None:
    if der.raw(alg["parameters"]) not in (b"", b"\x05\x00"):
        raise CmsFormatError(f"unexpected parameters for algorithm {alg['algorithm'].dotted}")


def _short(exc: BaseException) -> str:
    text = str(exc) or type(exc).__name__
    return text if len(text) <= 300 else text[:300] + "…"


@dataclass
class SignerCrypto:
    cert: x509.Certificate | None = None
    algorithm: str | None = None
    digest_oid: str | None = None
    signing_time: datetime | None = None
    signature: bytes = b""
    findings: list[Finding] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    timestamps: list[bytes] = field(default_factory=list)
    verified: bool = False

    def fail(self, ind: Indication, sub: SubIndication, msg: str) -> None:
        self.findings.append(Finding(ind, sub, msg))


def find_cert(sid: cms.SignerIdentifier, certs: list[x509.Certificate]) -> x509.Certificate | None:
    for c in certs:
        if sid.name == "issuer_and_serial_number":
            ias = sid.chosen
            if c.serial_number == ias["serial_number"].native and c.issuer == ias["issuer"]:
                return c
        elif c.key_identifier == sid.chosen.native:
            return c
    return None


def _attrs(si: cms.SignerInfo, out: SignerCrypto) -> dict[str, core.Asn1Value] | None:
    found: dict[str, core.Asn1Value] = {}
    for attr in si["signed_attrs"]:
        oid = attr["type"].dotted
        values = attr["values"]
        if oid in found or (oid in _SINGLE and len(values) != 1):
            out.fail(
                Indication.TOTAL_FAILED,
                SubIndication.FORMAT_FAILURE,
                f"signed attribute {oid} must occur once with one value",
            )
            return None
        found[oid] = values[0]
    return found


def _check_ess(attrs: dict[str, core.Asn1Value], cert: x509.Certificate, out: SignerCrypto) -> None:
    cert_der = der.raw(cert)
    if oids.ATTR_SIGNING_CERT_V2 in attrs:
        ids = tsp.SigningCertificateV2.load(der.raw(attrs[oids.ATTR_SIGNING_CERT_V2]))["certs"]
        first = ids[0]
        try:
            expected = algorithms.digest(first["hash_algorithm"]["algorithm"].dotted, cert_der)
        except algorithms.AlgorithmError:
            expected = b""
        same = first["cert_hash"].native == expected
    elif oids.ATTR_SIGNING_CERT in attrs:
        ids = tsp.SigningCertificate.load(der.raw(attrs[oids.ATTR_SIGNING_CERT]))["certs"]
        first = ids[0]
        same = first["cert_hash"].native == hashlib.sha1(cert_der).digest()  # noqa: S324 - ESS v1
    else:
        return
    ias = first["issuer_serial"]
    if same and not isinstance(ias, core.Void):
        same = ias["serial_number"].native == cert.serial_number and any(
            gn.name == "directory_name" and gn.chosen == cert.issuer for gn in ias["issuer"]
        )
    if not same:
        out.fail(
            Indication.INDETERMINATE,
            SubIndication.NO_SIGNING_CERTIFICATE_FOUND,
            "ESS signing-certificate attribute does not reference the signer certificate",
        )


def verify_signer(
    si: cms.SignerInfo,
    certs: list[x509.Certificate],
    content: bytes | None,
    econtent_type: str,
) -> SignerCrypto:
    """Checks 1-4 of EN 319 102-1 for one SignerInfo (format, cert, digest, signature)."""
    out = SignerCrypto()
    digest_oid = si["digest_algorithm"]["algorithm"].dotted
    sig_oid = si["signature_algorithm"]["algorithm"].dotted
    out.digest_oid = digest_oid
    out.signature = si["signature"].native
    unsigned = si["unsigned_attrs"]
    for attr in [] if isinstance(unsigned, core.Void) else unsigned:
        oid = attr["type"].dotted
        if oid not in UNSIGNED_ALLOWED:
            out.fail(
                Indication.TOTAL_FAILED,
                SubIndication.FORMAT_FAILURE,
                f"unsigned attribute {oid} is not a CAdES attribute",
            )
            return out
        if oid == oids.ATTR_SIG_TIMESTAMP:
            out.timestamps.extend(der.raw(v) for v in attr["values"])
    cert = find_cert(si["sid"], certs)
    if cert is None:
        out.fail(
            Indication.INDETERMINATE,
            SubIndication.NO_SIGNING_CERTIFICATE_FOUND,
            "signer certificate not found in the CMS or the trust store",
        )
        return out
    out.cert = cert
    try:
        out.algorithm, _ = algorithms.resolve(sig_oid, digest_oid, cert.public_key)
    except algorithms.AlgorithmError as exc:
        out.algorithm = f"{sig_oid}/{algorithms.digest_name(digest_oid)}"
        out.fail(Indication.INDETERMINATE, SubIndication.CRYPTO_CONSTRAINTS_FAILURE, str(exc))
        return out
    has_attrs = not isinstance(si["signed_attrs"], core.Void)
    attrs = _attrs(si, out) if has_attrs else {}
    if attrs is None:
        return out
    if has_attrs:
        if oids.ATTR_MESSAGE_DIGEST not in attrs or oids.ATTR_CONTENT_TYPE not in attrs:
            out.fail(
                Indication.TOTAL_FAILED,
                SubIndication.FORMAT_FAILURE,
                "signed attributes lack contentType or messageDigest",
            )
            return out
        if attrs[oids.ATTR_CONTENT_TYPE].dotted != econtent_type:
            out.fail(
                Indication.TOTAL_FAILED,
                SubIndication.FORMAT_FAILURE,
                "contentType attribute differs from eContentType",
            )
            return out
        if oids.ATTR_SIGNING_TIME in attrs:
            out.signing_time = attrs[oids.ATTR_SIGNING_TIME].native
        if oids.ATTR_CMS_ALG_PROTECTION in attrs:
            prot = _AlgProtection.load(der.raw(attrs[oids.ATTR_CMS_ALG_PROTECTION]))
            p_sig = prot["signature_algorithm"]
            if prot["digest_algorithm"]["algorithm"].dotted != digest_oid or (
                p_sig.native is not None and p_sig["algorithm"].dotted != sig_oid
            ):
                out.fail(
                    Indication.TOTAL_FAILED,
                    SubIndication.FORMAT_FAILURE,
                    "cmsAlgorithmProtection does not match the SignerInfo algorithms",
                )
                return out
    if content is None:
        out.fail(
            Indication.INDETERMINATE,
            SubIndication.SIGNED_DATA_NOT_FOUND,
            "detached signature and no content supplied",
        )
        return out
    if has_attrs:
        if algorithms.digest(digest_oid, content) != attrs[oids.ATTR_MESSAGE_DIGEST].native:
            out.fail(
                Indication.TOTAL_FAILED,
                SubIndication.HASH_FAILURE,
                "messageDigest does not match the content",
            )
            return out
        signed = b"\x31" + der.raw(si["signed_attrs"])[1:]
    else:
        signed = content
    try:
        algorithms.verify(sig_oid, cert.public_key, signed, out.signature, digest_oid)
    except algorithms.SignatureInvalid as exc:
        out.fail(Indication.TOTAL_FAILED, SubIndication.SIG_CRYPTO_FAILURE, str(exc))
        return out
    out.verified = True
    _check_ess(attrs, cert, out)
    return out
