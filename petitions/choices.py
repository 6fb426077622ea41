"""What the journey offers a petition to choose from: only what its procedure and act can have.

A list that offers a wrong answer invites it, and a forged POST can send any value the list
could hold: so the court radios and the document kinds are built here, from the petition, and
the forms and services check answers against the same lists. A civil petition is not offered the
Supreme Court's criminal collegium (nor a criminal one its civil, administrative or specialised
collegia), an appellate act is made by an appellate court and a collegium's act by a collegium;
a criminal case has no state fee (CrPC: none is paid for a cassation petition), so no state-fee
payment document.
"""

from typing import TYPE_CHECKING

from django.db.models import Q, QuerySet

from .fee import pays_state_fee
from .models import ActKind, Attachment, Court, Petition, Procedure

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise

#: The Supreme Court's collegia by the procedure whose cases they hear (directory codes, loaded by
#: migration 0002). Administrative and investment (specialised) cases follow civil procedure here.
COLLEGIUM_PROCEDURE = {
    "sc-civil": Procedure.CIVIL,
    "sc-administrative": Procedure.CIVIL,
    "sc-specialised": Procedure.CIVIL,
    "sc-criminal": Procedure.CRIMINAL,
}

#: The kind of court that makes each act chosen from the directory (others: any kind).
_COURT_KIND_OF_ACT: dict[str, str] = {
    ActKind.APPELLATE: Court.Kind.APPELLATE,
    ActKind.SUPREME_COURT_COLLEGIUM: Court.Kind.SUPREME_COURT_COLLEGIUM,
    ActKind.CASSATION_COURT_ACT: Court.Kind.CASSATION,
}


def courts_offered(petition: Petition, courts: QuerySet[Court] | None = None) -> QuerySet[Court]:
    """Return the directory courts that can have made this petition's contested act.

    :param courts: the courts to narrow (by default every active one), so another rule (such as
        the cassation courts') can be applied first.
    """
    if courts is None:
        courts = Court.objects.filter(is_active=True)
    other = [code for code, heard in COLLEGIUM_PROCEDURE.items() if heard != petition.procedure]
    courts = courts.exclude(kind=Court.Kind.SUPREME_COURT_COLLEGIUM, code__in=other)
    # The cassation court of the other procedure never made this case's act (directory codes
    # from migration 0008); only a cassation court's act is offered the cassation courts.
    courts = courts.exclude(
        Q(kind=Court.Kind.CASSATION) & ~Q(code=f"cassation-{petition.procedure}")
    )
    kind = _COURT_KIND_OF_ACT.get(petition.act_kind)
    if kind is not None:
        return courts.filter(kind=kind)
    return courts.exclude(kind=Court.Kind.CASSATION)


def attachment_kinds(petition: Petition) -> list[tuple[str, "StrOrPromise"]]:
    """Return the document kinds (value, label) a person may say an attachment of theirs is."""
    # Only where a fee is charged (``fee.pays_state_fee``); before the kind of case is known,
    # every kind is offered.
    no_fee = bool(petition.procedure) and not pays_state_fee(petition)
    excluded = {Attachment.Kind.STATE_FEE} if no_fee else set()
    return [(value, label) for value, label in Attachment.Kind.choices if value not in excluded]
