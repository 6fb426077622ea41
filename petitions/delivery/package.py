"""The package the registry receives: the signed manifest, the CMS over it, the petition's PDF
and every attachment, as one JSON document (base64 for binaries; the registry checks each
attachment against the SHA-256 the signed manifest records)."""

import base64
import json

from ..models import Petition
from ..pdf import petition_pdf


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def package_bytes(*, petition: Petition, registry: str, idempotency_key: str) -> bytes:
    attachments = []
    for attachment in petition.attachments.order_by("id"):
        with attachment.file.open("rb") as handle:
            content = handle.read()
        attachments.append(
            {
                "name": attachment.name,
                "media_type": attachment.media_type,
                "sha256": attachment.sha256,
                "content": _b64(content),
            }
        )
    document = {
        "idempotency_key": idempotency_key,
        "registry": registry,
        "reference": petition.reference,
        "submitted_at": petition.submitted_at.isoformat() if petition.submitted_at else None,
        "manifest": petition.manifest,
        "manifest_sha256": petition.manifest_sha256,
        "cms": _b64(bytes(petition.signature or b"")),
        "petition_pdf": _b64(petition_pdf(petition)),
        "attachments": attachments,
    }
    return json.dumps(document, ensure_ascii=False, sort_keys=True).encode("utf-8")
