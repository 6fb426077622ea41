"""The manifest: the one canonical document a person signs.

UTF-8 JSON with sorted keys and no insignificant whitespace, so the same petition always gives the
same bytes and hence the same SHA-256. It holds every answer and, for each attachment, its name,
size, media type and SHA-256, so one signature binds the files too. The check-your-answers page
shows exactly this content; submission recomputes it and compares with what was signed, so any
change after signing voids the signature.
"""

import hashlib
import json
from typing import Any

from .addressee import addressee_names
from .fee import fee_manifest, pays_state_fee
from .flow import has_other_instance
from .models import Petition, Procedure

# 2: the filer's procedural status, a first-instance court by name, the other instance's act,
# the hearing question (criminal), the state fee and the CPC 434.2 answer (civil), the reasons
# for restoring a missed term, and each attachment's kind.
# 3: ``deadline_acknowledged``, the time-limit answer against filing that the filer acknowledged
# (its key facts, ``petitions.acknowledgement``) and when; null when none was asked.
# 4: ``state_fee`` gains the claim (``claim``, ``claim_amount_tenge``), the filer kind
# (``filer``), the Tax Code art. 668 item of an exemption (``exemption_item``) and, from 2026, the
# computed amount with its MRP, cap and citation (``computed``, ``petitions.fee.fee_manifest``).
# 5: ``exceptional_grounds``, the codes of the exceptional grounds named against a cassation
# court's act (CPC 454-1.1, CrPC 498-1.1; an empty list otherwise); ``state_fee`` is null when no
# fee is due (criminal cases, and a petition to the Supreme Court against a cassation court's act).
VERSION = 5


def manifest_data(petition: Petition) -> dict[str, Any]:
    court = petition.court
    criminal = petition.procedure == Procedure.CRIMINAL
    return {
        "manifest_version": VERSION,
        "petition": str(petition.public_id),
        "filer_iin": petition.filer.iin,
        "for_client": bool(petition.for_client),
        "standing": petition.standing,
        "addressed_to": addressee_names(petition),
        "procedure": petition.procedure,
        "court": court.code if court else None,
        "court_name": {"kk": court.name_kk, "ru": court.name_ru, "en": court.name_en}
        if court
        else None,
        "court_as_named": petition.court_name or None,
        "case_number": petition.case_number,
        "act_kind": petition.act_kind,
        "act_date": petition.act_date.isoformat() if petition.act_date else None,
        "in_force_on": petition.in_force_on.isoformat() if petition.in_force_on else None,
        "appeal": petition.appeal or None,
        "direction": petition.direction or None,
        "art438_part6": petition.art438_part6,
        "exclusion": petition.exclusion or None,
        "other_act": {
            "court": petition.other_court_name,
            "date": petition.other_act_date.isoformat() if petition.other_act_date else None,
        }
        if has_other_instance(petition)
        else None,
        "restoration_reasons": petition.restoration_reasons,
        "deadline_acknowledged": {
            "answer": petition.deadline_acknowledged,
            "at": petition.deadline_acknowledged_at.isoformat(),
        }
        if petition.deadline_acknowledged is not None
        and petition.deadline_acknowledged_at is not None
        else None,
        "exceptional_grounds": list(petition.exceptional_grounds or ()),
        "grounds": petition.grounds,
        "arguments": petition.arguments,
        "request": petition.request,
        "wants_hearing": petition.wants_hearing if criminal else None,
        "state_fee": fee_manifest(petition) if pays_state_fee(petition) else None,
        "parties": [
            {"role": p.role, "name": p.name, "iin_bin": p.iin_bin, "address": p.address}
            for p in petition.parties.order_by("id")
        ],
        "attachments": [
            {
                "kind": a.kind,
                "name": a.name,
                "size": a.size,
                "media_type": a.media_type,
                "sha256": a.sha256,
            }
            for a in petition.attachments.order_by("uploaded_at", "id")
        ],
    }


def manifest_bytes(petition: Petition) -> bytes:
    return json.dumps(
        manifest_data(petition), ensure_ascii=False, sort_keys=True, separators=(",", ":")
    ).encode("utf-8")


def manifest_digest(manifest: bytes) -> str:
    """The SHA-256 the check page shows and the signature is checked against, of built bytes."""
    return hashlib.sha256(manifest).hexdigest()


def manifest_sha256(petition: Petition) -> str:
    return manifest_digest(manifest_bytes(petition))
