"""RFC 3161 signature time-stamp tokens (CAdES signatureTimeStampToken) → best-signature-time.

Threat model: a token is attacker-supplied like the rest of the CMS.  It is accepted only if
its imprint equals H(SignerInfo.signature), its own CMS signature and ESS attribute verify,
the TSA certificate carries EKU timeStamping and chains to a configured trust anchor, and
every certificate of that chain was valid at genTime.  An invalid token is reported and
ignored (the validation time is used instead), never trusted.  TSA certificate revocation is
checked only when revocation data for it is supplied.

A token that no TSA made as it is (unparsable, its own signature or ESS attribute failing, its
imprint not over this signature) is marked ``damaged``: the validator then refuses the whole
CMS, because those bytes would otherwise be stored as part of what the citizen signed.  A token
that is intact but not trusted here (no path to an anchor, no timeStamping EKU, expired TSA) is
only ignored.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from asn1crypto import tsp, x509

from signing.core import algorithms, oids
from signing.core.cms import PARSE_ERRORS, CmsFormatError, ParsedCms, parse_cms, verify_signer
from signing.core.path import PathError, TrustStore, build_path, check_constraints
from signing.core.report import Indication, TimestampInfo


def validate_timestamp(
    token: bytes,
    signature_value: bytes,
    store: TrustStore,
    extra_certs: Iterable[x509.Certificate] = (),
) -> TimestampInfo:
    info = TimestampInfo(gen_time=None, valid=False, raw=token)
    try:
        parsed = parse_cms(token)
        if parsed.econtent_type != oids.CT_TST_INFO or parsed.content is None:
            raise CmsFormatError("not a TSTInfo token")
        tst = tsp.TSTInfo.load(parsed.content)
        info.gen_time = tst["gen_time"].native
        info.policy = tst["policy"].dotted
        imprint = tst["message_imprint"]
        info.imprint_algorithm = imprint["hash_algorithm"]["algorithm"].dotted
    except Exception as exc:  # asn1crypto raises many types, RecursionError included
        info.problem = f"malformed time-stamp token: {str(exc)[:300]}"
        info.damaged = True
        return info
    try:
        return _check(info, parsed, tst, signature_value, store, list(extra_certs))
    except PARSE_ERRORS as exc:  # a malformed part found late (lazy parsing)
        info.valid = False
        info.problem = f"malformed time-stamp token: {str(exc)[:300]}"
        info.damaged = True
        return info


def _check(
    info: TimestampInfo,
    parsed: ParsedCms,
    tst: tsp.TSTInfo,
    signature_value: bytes,
    store: TrustStore,
    extra: list[x509.Certificate],
) -> TimestampInfo:
    si = parsed.signer_infos[0]
    crypto = verify_signer(
        si,
        [*parsed.certificates, *extra, *store.intermediates],
        parsed.content,
        parsed.econtent_type,
    )
    if crypto.findings or crypto.cert is None:
        info.problem = "time-stamp signature: " + "; ".join(f.message for f in crypto.findings)
        info.damaged = any(
            f.indication is Indication.TOTAL_FAILED or f.message.startswith("ESS ")
            for f in crypto.findings
        )
        return info
    tsa = crypto.cert
    info.tsa = tsa.subject.human_friendly
    eku = tsa.extended_key_usage_value
    if eku is None or "time_stamping" not in eku.native:
        info.problem = "TSA certificate lacks EKU timeStamping"
        return info
    try:
        path = build_path(tsa, store, [*parsed.certificates, *extra])
    except PathError as exc:
        info.problem = f"TSA certificate: {exc}"
        return info
    problems = check_constraints(path)
    gen: datetime = info.gen_time  # type: ignore[assignment]
    problems += [
        f"{c.subject.human_friendly} not valid at genTime"
        for c in path
        if not c.not_valid_before <= gen <= c.not_valid_after
    ]
    if problems:
        info.problem = "; ".join(problems)
        return info
    alg = info.imprint_algorithm or ""
    if alg in algorithms.WEAK_DIGESTS or alg not in algorithms.HASHES:
        info.problem = f"time-stamp imprint algorithm {alg} not accepted"
        return info
    if algorithms.digest(alg, signature_value) != tst["message_imprint"]["hashed_message"].native:
        info.problem = "time-stamp imprint does not match the signature value"
        info.damaged = True
        return info
    info.valid = True
    return info
