"""The petition as a PDF, for the filer's records.

Rendered with fpdf2 and the bundled DejaVu Sans (petitions/fonts/, Bitstream Vera licence), which
has every Kazakh letter (Ә, Ғ, Қ, Ң, Ө, Ұ, Ү, Һ, І) and Russian; system fonts are not trusted to.
Labels are in the language of the request; the person's own text is printed as they wrote it.
"""

from pathlib import Path

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from fpdf import FPDF

from .acknowledgement import acknowledgement_text
from .addressee import addressee_name, document_title
from .fee import fee_claim_text, fee_text, pays_state_fee
from .flow import contests_cassation_act
from .models import Petition, Procedure
from .summary import (
    court_of_act,
    exceptional_grounds_text,
    hearing_text,
    other_act_text,
    party_role,
    standing_text,
)

FONTS = Path(__file__).resolve().parent / "fonts"


def _pdf() -> FPDF:
    pdf = FPDF(format="A4")
    pdf.add_font("DejaVu", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.set_auto_page_break(auto=True, margin=15)
    pdf.set_margins(20, 15, 15)
    pdf.add_page()
    return pdf


def _row(pdf: FPDF, label: str, value: str) -> None:
    pdf.set_font("DejaVu", "B", 10)
    pdf.multi_cell(0, 6, label, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 10)
    pdf.multi_cell(0, 6, value or "—", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)


def petition_pdf(petition: Petition) -> bytes:
    pdf = _pdf()
    pdf.set_title(petition.reference or "")
    pdf.set_font("DejaVu", "B", 14)
    pdf.multi_cell(0, 8, document_title(petition), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 10)
    if petition.reference:
        pdf.multi_cell(
            0,
            6,
            _("Reference number: %(reference)s") % {"reference": petition.reference},
            new_x="LMARGIN",
            new_y="NEXT",
        )
    if petition.submitted_at:
        when = date_format(timezone.localtime(petition.submitted_at), "DATETIME_FORMAT")
        pdf.multi_cell(
            0, 6, _("Received: %(when)s") % {"when": when}, new_x="LMARGIN", new_y="NEXT"
        )
    pdf.ln(4)
    _row(pdf, _("Addressed to"), addressee_name(petition))
    _row(pdf, _("Kind of case"), petition.get_procedure_display())
    _row(pdf, _("Part in the case"), standing_text(petition))
    _row(pdf, _("Court that made the act"), court_of_act(petition))
    _row(pdf, _("Case number"), petition.case_number)
    _row(pdf, _("Contested act"), petition.get_act_kind_display())
    _row(pdf, _("Date of the act"), date_format(petition.act_date) if petition.act_date else "")
    _row(
        pdf,
        _("Date the act entered into legal force"),
        date_format(petition.in_force_on) if petition.in_force_on else "",
    )
    acknowledgement = acknowledgement_text(petition)
    if acknowledgement:
        _row(pdf, _("Time limit"), acknowledgement)
    if petition.restoration_reasons:
        _row(pdf, _("Request to restore the time limit"), petition.restoration_reasons)
    other_label, other = other_act_text(petition)
    if other_label:
        _row(pdf, other_label, other)
    parties = "\n".join(
        f"{party_role(petition, p)}: {p.name}"
        + (f", {p.iin_bin}" if p.iin_bin else "")
        + (f", {p.address}" if p.address else "")
        for p in petition.parties.all()
    )
    _row(pdf, _("Parties"), parties)
    if contests_cassation_act(petition):
        _row(pdf, _("Exceptional grounds"), exceptional_grounds_text(petition))
    _row(pdf, _("Grounds"), petition.grounds)
    _row(pdf, _("Arguments"), petition.arguments)
    _row(pdf, _("Request to the court"), petition.request)
    if petition.procedure == Procedure.CRIMINAL:
        _row(pdf, _("Asks to take part in the hearing"), hearing_text(petition))
    elif pays_state_fee(petition):
        if petition.fee_claim:
            _row(pdf, _("The claim, for the state fee"), fee_claim_text(petition))
        _row(pdf, _("State fee"), fee_text(petition))
    files = "\n".join(
        f"{a.get_kind_display()}: {a.name} ({a.size} B, SHA-256 {a.sha256})"
        for a in petition.attachments.all()
    )
    _row(pdf, _("Attached documents"), files)
    if petition.signer_iin:
        _row(
            pdf,
            _("Signed with an electronic digital signature"),
            _("Signer's IIN: %(iin)s. SHA-256 of the signed manifest: %(sha)s")
            % {"iin": petition.signer_iin, "sha": petition.manifest_sha256},
        )
    return bytes(pdf.output())
