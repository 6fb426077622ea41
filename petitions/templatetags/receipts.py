"""``{% receipts_section petition %}``: the receipts and the withdrawal link on a sent petition's
page, as one include, so the page's view and template need not know about receipts."""

from typing import Any

from django import template
from django.urls import reverse

from petitions.addressee import files_complaint
from petitions.models import Petition
from petitions.receipts.presentation import receipt_title
from petitions.receipts.services import receipts_for
from petitions.receipts.withdrawal import can_withdraw, withdrawal_for

register = template.Library()


@register.inclusion_tag("receipts/section.html")
def receipts_section(petition: Petition) -> dict[str, Any]:
    receipts = [
        {
            "receipt": receipt,
            "title": receipt_title(receipt.kind),
            "verify_path": reverse(
                "receipts:verify",
                kwargs={"public_id": receipt.public_id, "sha256": receipt.sha256},
            ),
        }
        for receipt in receipts_for(petition)
    ]
    return {
        "petition": petition,
        "receipts": receipts,
        "withdrawal": withdrawal_for(petition),
        "can_withdraw": can_withdraw(petition),
        "complaint": files_complaint(petition),  # pages name what was filed (a complaint or not)
    }
