"""Builders for test PKI objects: certificates, CRLs (fast DER for huge lists), OCSP, TSA.

Test material only — see the threat model of :mod:`signing.core.signer`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from asn1crypto import algos, core, crl, ocsp, tsp, x509

from signing.core import oids
from signing.core.algorithms import digest
from signing.core.crlindex import REASONS
from signing.core.signer import PrivateKey, sign_cms

_REASON_CODES = {v: k for k, v in REASONS.items()}


def _len(n: int) -> bytes:
    if n < 0x80:
        return bytes([n])
    raw = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(raw)]) + raw


def _tlv(tag: int, body: bytes) -> bytes:
    return bytes([tag]) + _len(len(body)) + body


def _utc(t: datetime) -> bytes:
    return _tlv(0x17, t.astimezone(UTC).strftime("%y%m%d%H%M%SZ").encode())


def _int(v: int) -> bytes:
    return _tlv(0x02, v.to_bytes((v.bit_length() + 8) // 8, "big", signed=True))


def _sig_alg(oid: str) -> bytes:
    return _tlv(0x30, core.ObjectIdentifier(oid).dump() + b"\x05\x00")


def name(
    cn: str,
    *,
    iin: str | None = None,
    bin_: str | None = None,
    surname: str | None = None,
    patronymic: str | None = None,
    org: str | None = None,
) -> x509.Name:
    """An NCA-profile subject: CN, SURNAME, serialNumber=IIN…, C=KZ, O, OU=BIN…, G."""
    attrs: dict[str, str] = {"common_name": cn}
    if surname:
        attrs["surname"] = surname
    if iin:
        attrs["serial_number"] = f"IIN{iin}"
    elif bin_ and not org:
        attrs["serial_number"] = f"BIN{bin_}"
    attrs["country_name"] = "KZ"
    if org:
        attrs["organization_name"] = org
        if bin_:
            attrs["organizational_unit_name"] = f"BIN{bin_}"
    if patronymic:
        attrs["given_name"] = patronymic
    return x509.Name.build(attrs, use_printable=False)


def certificate(
    *,
    subject: x509.Name,
    key: PrivateKey,
    issuer: x509.Certificate | None,
    issuer_key: PrivateKey,
    serial: int,
    not_before: datetime,
    not_after: datetime,
    ca: bool = False,
    key_usage: Iterable[str] = ("digital_signature", "non_repudiation"),
    eku: Iterable[str] = (),
    policies: Iterable[str] = (),
    email: str | None = None,
    ocsp_url: str | None = None,
    crl_url: str | None = None,
    eku_critical: bool = False,
    path_len: int | None = None,
    extra_extensions: Sequence[dict[str, Any]] = (),
    subject_key_id: bytes | None = None,
) -> x509.Certificate:
    spki = key.public_key_info()
    ski = subject_key_id or hashlib.sha1(spki["public_key"].contents[1:]).digest()  # noqa: S324
    aki = issuer.key_identifier if issuer is not None else ski
    exts = [
        {"extn_id": "key_usage", "critical": True, "extn_value": set(key_usage)},
        {"extn_id": "key_identifier", "critical": False, "extn_value": ski},
        {
            "extn_id": "authority_key_identifier",
            "critical": False,
            "extn_value": {"key_identifier": aki},
        },
    ]
    if ca:
        bc: dict[str, Any] = {"ca": True}
        if path_len is not None:
            bc["path_len_constraint"] = path_len
        exts.append({"extn_id": "basic_constraints", "critical": True, "extn_value": bc})
    exts.extend(extra_extensions)
    eku = list(eku)
    if eku:
        exts.append({"extn_id": "extended_key_usage", "critical": eku_critical, "extn_value": eku})
    pols = [{"policy_identifier": p} for p in policies]
    if pols:
        exts.append({"extn_id": "certificate_policies", "critical": False, "extn_value": pols})
    if email:
        exts.append(
            {
                "extn_id": "subject_alt_name",
                "critical": False,
                "extn_value": [x509.GeneralName(name="rfc822_name", value=email)],
            }
        )
    if ocsp_url:
        aia = [
            {
                "access_method": "ocsp",
                "access_location": x509.GeneralName(
                    name="uniform_resource_identifier", value=ocsp_url
                ),
            }
        ]
        exts.append(
            {"extn_id": "authority_information_access", "critical": False, "extn_value": aia}
        )
    if crl_url:
        dp = [
            {
                "distribution_point": {
                    "full_name": [
                        x509.GeneralName(name="uniform_resource_identifier", value=crl_url)
                    ]
                }
            }
        ]
        exts.append({"extn_id": "crl_distribution_points", "critical": False, "extn_value": dp})
    sig_oid = _sig_oid(issuer_key)
    tbs = x509.TbsCertificate(
        {
            "version": "v3",
            "serial_number": serial,
            "signature": {"algorithm": sig_oid},
            "issuer": issuer.subject.copy() if issuer is not None else subject,
            "validity": {
                "not_before": x509.Time({"utc_time": not_before}),
                "not_after": x509.Time({"utc_time": not_after}),
            },
            "subject": subject,
            "subject_public_key_info": spki,
            "extensions": exts,
        }
    )
    _, sig = issuer_key.sign(tbs.dump())
    built = x509.Certificate(
        {
            "tbs_certificate": tbs,
            "signature_algorithm": {"algorithm": sig_oid},
            "signature_value": sig,
        }
    )
    return x509.Certificate.load(built.dump())  # a parsed object: raw bytes stay available


def _sig_oid(key: PrivateKey) -> str:
    return oids.SHA256_RSA if key.kind == "rsa" else oids.GOST2015_512_SIG


def crl_der(
    issuer: x509.Certificate,
    issuer_key: PrivateKey,
    entries: Iterable[tuple[int, datetime, str | None]],
    *,
    this_update: datetime,
    next_update: datetime,
    number: int = 1,
    delta_base: int | None = None,
    extra_extensions: Sequence[dict[str, Any]] = (),
) -> bytes:
    """A CRL signed by ``issuer_key``; entries are encoded directly (fast for 400k)."""
    body = bytearray()
    for serial, when, reason in entries:
        entry = _int(serial) + _utc(when)
        if reason is not None:
            ext = _tlv(
                0x30,
                b"\x06\x03\x55\x1d\x15" + _tlv(0x04, b"\x0a\x01" + bytes([_REASON_CODES[reason]])),
            )
            entry += _tlv(0x30, ext)
        body += _tlv(0x30, entry)
    exts = [
        {"extn_id": "crl_number", "critical": False, "extn_value": number},
        {
            "extn_id": "authority_key_identifier",
            "critical": False,
            "extn_value": {"key_identifier": issuer.key_identifier},
        },
    ]
    if delta_base is not None:
        exts.append({"extn_id": "delta_crl_indicator", "critical": True, "extn_value": delta_base})
    exts.extend(extra_extensions)
    ext_der = crl.TBSCertListExtensions(exts).dump()
    sig_oid = _sig_oid(issuer_key)
    parts = (
        _int(1)
        + _sig_alg(sig_oid)
        + issuer.subject.dump()
        + _utc(this_update)
        + _utc(next_update)
        + (_tlv(0x30, bytes(body)) if body else b"")
        + _tlv(0xA0, ext_der)
    )
    tbs = _tlv(0x30, parts)
    _, sig = issuer_key.sign(tbs)
    return _tlv(0x30, tbs + _sig_alg(sig_oid) + _tlv(0x03, b"\x00" + sig))


def ocsp_response(
    cert: x509.Certificate,
    issuer: x509.Certificate,
    responder: x509.Certificate,
    responder_key: PrivateKey,
    *,
    produced_at: datetime,
    revoked_at: datetime | None = None,
    reason: str = "key_compromise",
    status: str | None = None,
    hash_algo: str = "sha256",
    certs: Sequence[x509.Certificate] | None = None,
) -> bytes:
    """A BasicOCSPResponse (SHA-256 CertID) signed by ``responder``."""
    cert_id = {
        "hash_algorithm": {"algorithm": hash_algo},
        "issuer_name_hash": hashlib.new(hash_algo, issuer.subject.dump()).digest(),
        "issuer_key_hash": hashlib.new(
            hash_algo, issuer.public_key["public_key"].contents[1:]
        ).digest(),
        "serial_number": cert.serial_number,
    }
    if revoked_at is not None:
        cert_status = ocsp.CertStatus(
            name="revoked", value={"revocation_time": revoked_at, "revocation_reason": reason}
        )
    elif status == "unknown":
        cert_status = ocsp.CertStatus(name="unknown", value=core.Null())
    else:
        cert_status = ocsp.CertStatus(name="good", value=core.Null())
    tbs = ocsp.ResponseData(
        {
            "responder_id": ocsp.ResponderId(name="by_key", value=responder.public_key.sha1),
            "produced_at": produced_at,
            "responses": [
                {
                    "cert_id": cert_id,
                    "cert_status": cert_status,
                    "this_update": produced_at,
                    "next_update": produced_at + timedelta(days=1),
                }
            ],
        }
    )
    sig_oid, sig = responder_key.sign(tbs.dump())
    basic = ocsp.BasicOCSPResponse(
        {
            "tbs_response_data": tbs,
            "signature_algorithm": {"algorithm": sig_oid},
            "signature": sig,
            "certs": list(certs)
            if certs is not None
            else ([responder] if responder is not issuer else []),
        }
    )
    return ocsp.OCSPResponse(
        {
            "response_status": "successful",
            "response_bytes": {"response_type": "basic_ocsp_response", "response": basic},
        }
    ).dump()


def timestamp_token(
    signature_value: bytes,
    tsa_cert: x509.Certificate,
    tsa_key: PrivateKey,
    gen_time: datetime,
    digest_oid: str | None = None,
) -> bytes:
    """An RFC 3161 TimeStampToken over ``signature_value`` (CAdES signatureTimeStampToken)."""
    digest_oid = digest_oid or tsa_key.default_digest()
    info = tsp.TSTInfo(
        {
            "version": "v1",
            "policy": oids.TSA_POLICY_GOST2015,
            "message_imprint": {
                "hash_algorithm": algos.DigestAlgorithm({"algorithm": digest_oid}),
                "hashed_message": digest(digest_oid, signature_value),
            },
            "serial_number": int.from_bytes(hashlib.sha256(signature_value).digest()[:8], "big"),
            "gen_time": gen_time.astimezone(UTC).replace(microsecond=0),
        }
    )
    return sign_cms(
        info.dump(),
        tsa_key,
        tsa_cert,
        detached=False,
        signing_time=gen_time,
        econtent_type=oids.CT_TST_INFO,
    )
