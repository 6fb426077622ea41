"""Check your answers: every answer of the petition as a summary list, each with its change link.

The page also shows the manifest, which is what is signed; these rows are its readable form.
"""

import datetime as dt
from typing import TYPE_CHECKING

from django.urls import reverse
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

import deadlines
from cabinet.models import Role

from .acknowledgement import acknowledgement_text
from .addressee import addressee_name, document_title
from .fee import fee_claim_text, fee_text, pays_state_fee
from .flow import contests_cassation_act, has_other_instance, step_for
from .models import ActKind, Party, Petition, Procedure
from .time_limit import ground_text, petition_needs_restoration

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise


def court_of_act(petition: Petition) -> str:
    """The contested act's court: from the directory, or as the person named it."""
    return petition.court.name() if petition.court else petition.court_name


def standing_text(petition: Petition) -> str:
    if not petition.standing:
        return ""
    standing = petition.get_standing_display()
    if petition.for_client:
        return _("The client: %(standing)s; the filer: the client's lawyer") % {
            "standing": standing
        }
    return str(standing)


def party_role(petition: Petition, party: Party) -> str:
    """The party's role; the petitioner's with their part in the case: "Petitioner (Claimant)"."""
    role = str(party.get_role_display())
    if party.role == Party.Role.PETITIONER and petition.standing:
        return _("%(role)s (%(standing)s)") % {
            "role": role,
            "standing": petition.get_standing_display(),
        }
    return role


def other_act_text(petition: Petition) -> tuple[str, str]:
    """The label and text of the other instance's act (CPC 441), or blanks if none applies."""
    if not has_other_instance(petition):
        return "", ""
    when = date_format(petition.other_act_date) if petition.other_act_date else ""
    if petition.act_kind == ActKind.CASSATION_COURT_ACT:
        label = _("Act the cassation court reviewed")
    elif petition.act_kind == ActKind.APPELLATE:
        label = _("Decision of the court of first instance")
    else:
        label = _("Act of the court of appeal")
    return str(label), f"{petition.other_court_name}, {when}"


def exceptional_grounds_text(petition: Petition, language: str | None = None) -> str:
    """The exceptional grounds the person named, one per line with its citation."""
    named = set(petition.exceptional_grounds or ())
    return "\n".join(
        ground_text(ground, language)
        for ground in deadlines.exceptional_grounds(petition.procedure)
        if ground.code in named
    )


def hearing_text(petition: Petition) -> str:
    """The criminal petition's answer about taking part in the hearing (blank if not given)."""
    return str({True: _("Yes"), False: _("No"), None: ""}[petition.wants_hearing])


def summary_rows(petition: Petition) -> list[dict[str, object]]:
    def change(slug: str) -> str:
        url = reverse("petitions:question", kwargs={"public_id": petition.public_id, "slug": slug})
        return f"{url}?return_to=check"

    def row(
        key: "StrOrPromise", value: object, slug: str, hidden: "StrOrPromise"
    ) -> dict[str, object]:
        return {"key": key, "value": value, "change_url": change(slug), "change_hidden": hidden}

    def page(name: str) -> str:
        return reverse(f"petitions:{name}", kwargs={"public_id": petition.public_id})

    def day(value: dt.date | None) -> str:
        return date_format(value) if value else ""

    rows: list[dict[str, object]] = []
    if petition.filer.role == Role.LAWYER:
        whose = _("For a client") if petition.for_client else _("For myself")
        rows.append(row(_("Whose petition"), whose, "client", _("whose petition")))
    # Both follow from the case and the law of the filing day, so they have no change link.
    rows.append({"key": _("Document"), "value": document_title(petition)})
    rows.append({"key": _("Addressed to"), "value": addressee_name(petition)})
    rows += [
        row(_("Kind of case"), petition.get_procedure_display(), "procedure", _("kind of case")),
        row(_("Part in the case"), standing_text(petition), "standing", _("part in the case")),
        row(_("Contested act"), petition.get_act_kind_display(), "act", _("contested act")),
        row(_("Court that made the act"), court_of_act(petition), "court", _("court")),
        row(_("Case number"), petition.case_number, "court", _("case number")),
        row(_("Date of the act"), day(petition.act_date), "dates", _("dates of the act")),
        row(
            _("Date the act entered into legal force"),
            day(petition.in_force_on),
            "dates",
            _("dates of the act"),
        ),
    ]
    if petition.appeal:
        appeal = petition.get_appeal_display()
        if petition.art438_part6:
            appeal = _("%(appeal)s; the grounds of CPC article 438 part 6 apply") % {
                "appeal": appeal
            }
        rows.append(row(_("Appeal"), appeal, "appeal", _("appeal")))
    if petition.exclusion:
        rows.append(
            row(
                _("Cases not reviewed in cassation"),
                petition.get_exclusion_display(),
                "exclusion",
                _("cases not reviewed in cassation"),
            )
        )
    if petition.direction:
        rows.append(
            row(
                _("Direction of the review"),
                petition.get_direction_display(),
                "direction",
                _("direction of the review"),
            )
        )
    if petition.restoration_reasons or petition_needs_restoration(petition):
        rows.append(
            row(
                _("Request to restore the time limit"),
                petition.restoration_reasons,
                "restoration",
                _("request to restore the time limit"),
            )
        )
    acknowledgement = acknowledgement_text(petition)
    if acknowledgement:
        # Given on the time-limit page, not a question: read there, not changed from here.
        rows.append({"key": _("Time limit"), "value": acknowledgement})
    other_label, other = other_act_text(petition)
    if other_label:
        rows.append(row(other_label, other, "other_act", _("the other court act")))
    if contests_cassation_act(petition):
        rows.append(
            row(
                _("Exceptional grounds"),
                exceptional_grounds_text(petition),
                "exceptional",
                _("exceptional grounds"),
            )
        )
    rows += [
        row(_("Grounds"), petition.grounds, "grounds", _("grounds")),
        row(_("Arguments"), petition.arguments, "arguments", _("arguments")),
        row(_("Request to the court"), petition.request, "request", _("request to the court")),
    ]
    if petition.procedure == Procedure.CRIMINAL:
        rows.append(
            row(
                _("Asks to take part in the hearing"),
                hearing_text(petition),
                "hearing",
                _("the hearing"),
            )
        )
    elif pays_state_fee(petition):
        if step_for(petition, "fee_claim") is not None:
            rows.append(
                row(
                    _("The claim, for the state fee"),
                    fee_claim_text(petition),
                    "fee_claim",
                    _("the claim, for the state fee"),
                )
            )
        rows.append(row(_("State fee"), fee_text(petition), "fee", _("state fee")))
    parties = "\n".join(
        f"{party_role(petition, p)}: {p.name}, {p.address}" for p in petition.parties.all()
    )
    files = "\n".join(f"{a.get_kind_display()}: {a.name}" for a in petition.attachments.all())
    # These two have pages of their own (a list to add to), not a question to come back from.
    rows += [
        {
            "key": _("Parties"),
            "value": parties,
            "change_url": page("parties"),
            "change_hidden": _("parties"),
        },
        {
            "key": _("Documents"),
            "value": files,
            "change_url": page("attachments"),
            "change_hidden": _("documents"),
        },
    ]
    return rows
