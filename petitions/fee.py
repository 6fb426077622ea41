"""The state fee of a petition: ``state_fee``'s pure answer for its answers, and its words.

The fee is for payment on the filing day: the day it was submitted, or today for a draft (Tax
Code art. 664(2): the MRP of the day of payment). The check page, the PDF, the manifest and the
fee's question page all read it from here, so they say the same amount with the same citation.
"""

import datetime as dt
from decimal import Decimal
from typing import Any

from django.utils import translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from . import fee_exemptions
from . import state_fee as fees
from .models import ActKind, FeeClaim, Petition, Procedure, StateFee
from .time_limit import filing_day


def pays_state_fee(petition: Petition) -> bool:
    """Is a state fee charged for this filing? Tax Code art. 665(3) charges civil cassation
    complaints; criminal cases carry none, nor does a petition to the Supreme Court against a
    cassation court's act (it is not a cassation complaint)."""
    return (
        petition.procedure == Procedure.CIVIL and petition.act_kind != ActKind.CASSATION_COURT_ACT
    )


def fee_day(petition: Petition) -> dt.date:
    """The day the fee is for: the filing day (the submission's, or today for a draft)."""
    return filing_day(petition)


def fee_computed_on(day: dt.date) -> bool:
    """Whether the journey asks the claim and computes the fee for a filing on ``day``."""
    return day >= fees.COMPUTED_FROM


def petition_fee(petition: Petition) -> fees.FeeAnswer | None:
    """The fee for the petition's answers, or None: not civil, or the claim not yet answered."""
    if petition.procedure != Procedure.CIVIL or not petition.fee_claim or not petition.fee_filer:
        return None
    try:
        return fees.fee_compute(
            on=fee_day(petition),
            claim_kind=petition.fee_claim,
            filer_kind=petition.fee_filer,
            claim_amount=petition.fee_claim_amount,
        )
    except ValueError:
        return None


def tenge(amount: Decimal | int) -> str:
    """1234567.5 as "1 234 567,50" (kk, ru) or "1 234 567.50" (en); whole tenge without tiyn."""
    value = Decimal(amount).quantize(Decimal("0.01"))
    whole, _dot, tiyn = f"{value:.2f}".partition(".")
    grouped = f"{int(whole):,}".replace(",", " ")
    if tiyn == "00":
        return grouped
    separator = "." if translation.get_language() == "en" else ","
    return f"{grouped}{separator}{tiyn}"


def citation_text(citation: fees.Citation) -> str:
    return _("Tax Code art. 665(1) sub-item %(subitem)s, art. 665(3)") % {
        "subitem": citation.subitem
    }


def fee_amount_text(answer: fees.FeeAnswer) -> str:
    """The amount with its MRP, cap and citation; or why it is not computed."""
    if answer.kind == fees.COURT_CHECKS:
        return _(
            "The fee for a complaint filed before 2026 is not computed here; the court checks "
            "the amount."
        )
    if answer.kind == fees.MRP_UNKNOWN or answer.amount is None or answer.mrp is None:
        return _(
            "The MCI for %(year)s is not known to this service, so the fee is not computed; the "
            "court checks the amount."
        ) % {"year": answer.on.year}
    assert answer.citation is not None
    text = _(
        "%(amount)s tenge, for payment on %(date)s (MCI %(mrp)s tenge; the MCI of the day of "
        "payment applies, Tax Code art. 664(2))"
    ) % {"amount": tenge(answer.amount), "date": date_format(answer.on), "mrp": tenge(answer.mrp)}
    if answer.capped and answer.cap is not None:
        text += "; " + _("the upper limit of %(cap)s tenge applies") % {"cap": tenge(answer.cap)}
    return f"{text}. {citation_text(answer.citation)}."


def fee_claim_text(petition: Petition) -> str:
    """The claim and the filer the fee is computed from, e.g. "A property claim: 1 000 000
    tenge; an individual"."""
    if not petition.fee_claim:
        return ""
    claim = str(petition.get_fee_claim_display())
    if petition.fee_claim == FeeClaim.PROPERTY and petition.fee_claim_amount is not None:
        claim = _("%(claim)s: %(amount)s tenge") % {
            "claim": claim,
            "amount": tenge(petition.fee_claim_amount),
        }
    if petition.fee_filer:
        claim = f"{claim}; {petition.get_fee_filer_display()}"
    return claim


def exemption_item_text(item: int) -> str:
    """The item's number in the page's language and its official text: Kazakh on kk pages, Russian
    on ru and en pages (the Code has no official English text)."""
    return _("Tax Code art. 668 item %(item)s: %(text)s") % {
        "item": item,
        "text": fee_exemptions.item_text(item, translation.get_language() or ""),
    }


def fee_text(petition: Petition) -> str:
    """The state fee's row: paid (with the amount) or exempt (with the ground)."""
    if petition.state_fee == StateFee.EXEMPT:
        if petition.fee_exemption_item is not None:
            grounds = exemption_item_text(petition.fee_exemption_item)
        else:
            grounds = petition.fee_exemption
        return _("Exempt: %(grounds)s") % {"grounds": grounds}
    if petition.state_fee != StateFee.PAID:
        return ""
    paid = str(petition.get_state_fee_display())
    answer = petition_fee(petition)
    if answer is None or not answer.computed:
        return paid
    return f"{paid}. {fee_amount_text(answer)}"


def fee_manifest(petition: Petition) -> dict[str, Any]:
    """The state fee in the manifest (version 4): the answers and the computed amount."""
    answer = petition_fee(petition)
    computed: dict[str, Any] | None = None
    if answer is not None:
        computed = {
            "kind": answer.kind,
            "for_payment_on": answer.on.isoformat(),
            "amount_tenge": str(answer.amount) if answer.amount is not None else None,
            "mrp_tenge": str(answer.mrp) if answer.mrp is not None else None,
            "cap_tenge": str(answer.cap) if answer.cap is not None else None,
            "capped": answer.capped,
            "citation": str(answer.citation) if answer.citation is not None else None,
        }
    return {
        "answer": petition.state_fee,
        "exemption": petition.fee_exemption,
        "exemption_item": petition.fee_exemption_item,
        "claim": petition.fee_claim or None,
        "claim_amount_tenge": petition.fee_claim_amount,
        "filer": petition.fee_filer or None,
        "computed": computed,
    }
