"""Command line: ``python -m signing verify ...`` prints one JSON report.

Exit codes: 0 only for TOTAL_PASSED, 1 for any other verdict, 2 for unusable input
(unreadable file, not a CMS, bad CRL/OCSP/trust file, bad --at).  Exit 2 always prints JSON
with an ``error``.  A fault of the signature input is reported as TOTAL_FAILED/FORMAT_FAILURE;
a fault of the operator's trust store (``--trust``) is not a verdict on any signature, so it
carries ``error_kind: "trust_store"``, no indication, and ``file`` naming the culprit.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from signing.core.certs import CertificateLoadError, load_certificates_dir
from signing.core.cms import CmsFormatError
from signing.core.crlindex import CrlError, CrlIndex
from signing.core.validator import ValidationConfig, verify_cms


class _UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise _UsageError(message)


def _parser() -> argparse.ArgumentParser:
    p = _Parser(prog="python -m signing", description="Verify NCA RK CMS signatures")
    sub = p.add_subparsers(dest="command", required=True)
    v = sub.add_parser("verify", help="verify a CMS signature")
    v.add_argument("--signature", required=True, type=Path)
    v.add_argument("--content", type=Path)
    v.add_argument("--trust", type=Path, help="directory of trust-anchor certificates")
    v.add_argument("--crl", type=Path, action="append", default=[])
    v.add_argument("--ocsp", type=Path, action="append", default=[])
    v.add_argument("--at", help="validation time, ISO 8601 (UTC if no offset)")
    v.add_argument("--require-iin", dest="require_iin")
    v.add_argument("--purpose", choices=("petition", "auth"), default="petition")
    v.add_argument("--production", action="store_true", help="refuse known test identities")
    return p


def _at(value: str | None) -> datetime | None:
    if value is None:
        return None
    try:
        when = datetime.fromisoformat(value)
    except ValueError as exc:
        raise _UsageError(f"--at: {exc}") from exc
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise _UsageError(f"{path}: {exc.strerror or exc}") from exc


def run(argv: Sequence[str]) -> tuple[int, dict[str, object]]:
    """Run the CLI; returns (exit code, JSON-able output)."""
    try:
        args = _parser().parse_args(list(argv))
    except _UsageError as exc:
        return 2, _format_failure(exc)
    anchors = []
    if args.trust is not None:
        try:
            if not args.trust.is_dir():
                raise CertificateLoadError(f"--trust {args.trust}: not a directory", args.trust)
            anchors = load_certificates_dir(args.trust)
        except (CertificateLoadError, OSError) as exc:
            culprit = getattr(exc, "path", None) or args.trust
            return 2, {"error_kind": "trust_store", "error": str(exc), "file": str(culprit)}
    try:
        cfg = ValidationConfig(trust_anchors=anchors, production=args.production)
        report = verify_cms(
            _read(args.signature),
            _read(args.content) if args.content else None,
            cfg,
            at=_at(args.at),
            require_iin=args.require_iin,
            purpose=args.purpose,
            crls=[CrlIndex.build(_read(p)) for p in args.crl],
            ocsp=[_read(p) for p in args.ocsp],
        )
    except (_UsageError, CmsFormatError, CrlError) as exc:
        return 2, _format_failure(exc)
    return (0 if report.passed else 1), report.to_dict()


def _format_failure(exc: Exception) -> dict[str, object]:
    return {"indication": "TOTAL_FAILED", "sub_indication": "FORMAT_FAILURE", "error": str(exc)}


def main(argv: Sequence[str] | None = None) -> int:
    code, out = run(sys.argv[1:] if argv is None else argv)
    sys.stdout.write(json.dumps(out, ensure_ascii=False, indent=2) + "\n")
    return code
