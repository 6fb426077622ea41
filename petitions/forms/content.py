"""Question pages of the petition's content beyond grounds, arguments and request.

CPC art. 441 asks for the acts of every instance and, where a fee is due, the state-fee document;
CrPC art. 488 asks whether the person wants to take part in the hearing. The fee's amount is not
computed here: the Tax Code's rate and exemptions for cassation petitions were not verified, so
the person says whether they paid (and attaches the document) or why they are exempt.
"""

import datetime as dt
from typing import Any

from django import forms
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from core.forms import DatePartsField, visible_line

from ..models import ActKind, Attachment, Procedure, StateFee
from .case import StepForm
from .fields import text_field, yes_no_field

# The other act's questions: behind a contested appellate act, the first-instance decision;
# after a contested first-instance decision, the appellate act that reviewed it; in a criminal
# case, the court of appeal's act.
OTHER_ACT_WORDS = {
    "first_instance": {
        "court": _("Which court made the decision of first instance?"),
        "court_hint": _(
            "Write the court's name as it is on the decision, for example "
            "Yesil District Court of Astana."
        ),
        "court_required": _(
            "Enter the name of the court that made the decision of first instance."
        ),
        "date": _("When was the decision of first instance made?"),
        "date_required": _("Enter the date of the decision of first instance."),
    },
    "criminal": {
        "court": _("Which court of appeal considered the case?"),
        "court_hint": _(
            "Write the court's name as it is on its act, for example "
            "the Judicial Collegium for Criminal Cases of the Astana City Court."
        ),
        "court_required": _("Enter the name of the court of appeal that considered the case."),
        "date": _("When did the court of appeal make its act?"),
        "date_required": _("Enter the date of the court of appeal's act."),
    },
    "appellate": {
        "court": _("Which court of appeal reviewed the decision?"),
        "court_hint": _(
            "Write the court's name as it is on its act, for example "
            "the Judicial Collegium for Civil Cases of the Astana City Court."
        ),
        "court_required": _("Enter the name of the court of appeal that reviewed the decision."),
        "date": _("When did the court of appeal make its act?"),
        "date_required": _("Enter the date of the court of appeal's act."),
    },
}


class OtherActForm(StepForm):
    """The act of the other instance: the first-instance decision behind a contested appellate
    act, or the appellate act that reviewed a contested first-instance decision."""

    other_court_name = forms.CharField(max_length=300)
    other_act_date = DatePartsField()

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.behind_appeal:
            words = OTHER_ACT_WORDS["first_instance"]
        elif self.petition.procedure == Procedure.CRIMINAL:
            words = OTHER_ACT_WORDS["criminal"]
        else:
            words = OTHER_ACT_WORDS["appellate"]
        court, date = self.fields["other_court_name"], self.fields["other_act_date"]
        court.label, court.help_text = words["court"], words["court_hint"]
        court.error_messages["required"] = words["court_required"]
        court.error_messages["max_length"] = _("The court's name must be 300 characters or fewer.")
        date.label, date.help_text = words["date"], _("For example, 27 3 2025.")
        date.error_messages["required"] = words["date_required"]

    @property
    def behind_appeal(self) -> bool:
        return self.petition.act_kind == ActKind.APPELLATE

    def clean_other_court_name(self) -> str:
        return visible_line(
            self.cleaned_data["other_court_name"],
            unprintable=_("The court's name contains characters that cannot be printed."),
            empty=self.fields["other_court_name"].error_messages["required"],
        )

    def clean_other_act_date(self) -> dt.date:
        value: dt.date = self.cleaned_data["other_act_date"]
        if value > timezone.localdate():
            raise forms.ValidationError(_("The date must be today or in the past."), code="future")
        if value.year < 1995:
            raise forms.ValidationError(_("Enter a date from 1995 onwards."), code="too_old")
        contested = self.petition.act_date
        if contested and self.behind_appeal and value > contested:
            raise forms.ValidationError(
                _(
                    "The decision of first instance must be dated on or before the court of "
                    "appeal's act (%(date)s)."
                )
                % {"date": date_format(contested)},
                code="order",
            )
        if contested and not self.behind_appeal and value < contested:
            raise forms.ValidationError(
                _(
                    "The court of appeal's act must be dated on or after the decision it "
                    "reviewed (%(date)s)."
                )
                % {"date": date_format(contested)},
                code="order",
            )
        return value


# CPC art. 126(4), the same words in the versions of 01.01.2024 and 01.07.2026: «Заявление о
# восстановлении пропущенного процессуального срока подается в суд, в котором надлежало совершить
# процессуальное действие, не позднее одного месяца со дня, когда заявителю стало известно о
# нарушении его прав или законных интересов»; 126(5): with it, the claim itself and the document
# showing the reasons were valid. The court where the filing was due: the Supreme Court before
# 1 July 2025, the cassation court from then.
RESTORATION_HINTS = {
    False: _(
        "The time limit has passed, but the court may restore it if the reasons are valid, for "
        "example a serious illness or a stay in hospital. Your request to restore it goes to the "
        "Supreme Court with the petition, no later than one month from the day you learned that "
        "your rights or legitimate interests were violated (CPC article 126 part 4). Say what "
        "prevented you from filing in time and when it ended, and attach the evidence, for "
        "example a medical certificate, in the Documents section. The court decides whether to "
        "restore the time limit."
    ),
    True: _(
        "The time limit has passed, but the court may restore it if the reasons are valid, for "
        "example a serious illness or a stay in hospital. Your request to restore it goes to the "
        "cassation court with the cassation complaint, no later than one month from the day you "
        "learned that your rights or legitimate interests were violated (CPC article 126 part 4). "
        "Say what prevented you from filing in time and when it ended, and attach the evidence, "
        "for example a medical certificate, in the Documents section. The court decides whether "
        "to restore the time limit."
    ),
}


class RestorationForm(StepForm):
    """A late petition whose term the court may restore: the reasons, asked with the filing, and
    where and by when the request goes (CPC art. 126(4)) by the law the petition is filed under."""

    restoration_reasons = text_field(
        _("Why did you miss the time limit?"),
        RESTORATION_HINTS[True],
        _("Say why you missed the time limit."),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        from ..addressee import is_complaint, petition_regime

        super().__init__(*args, **kwargs)
        complaint = is_complaint(petition_regime(self.petition))
        self.fields["restoration_reasons"].help_text = RESTORATION_HINTS[complaint]


class HearingForm(StepForm):
    """CrPC art. 488: the petition says whether the person asks to take part in the hearing."""

    wants_hearing = yes_no_field(
        label=_("Do you ask to take part in the court hearing?"),
        message=_("Choose whether you ask to take part in the hearing."),
        help_text=_("If you are in custody, the court decides how you take part."),
    )


class StateFeeForm(StepForm):
    state_fee = forms.ChoiceField(
        label=_("Have you paid the state fee?"),
        help_text=_(
            "The Tax Code sets the state fee for a cassation petition in a civil case; the court "
            "checks the amount. If you paid, attach the payment document in the Documents section."
        ),
        choices=StateFee.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose whether you paid the state fee or are exempt from it."),
            "invalid_choice": _("Choose whether you paid the state fee or are exempt from it."),
        },
    )
    fee_exemption = forms.CharField(
        label=_("If you are exempt, on what grounds?"),
        help_text=_("Name the law and its article, for example the Tax Code article you rely on."),
        required=False,
        max_length=2_000,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"max_length": _("The text must be 2,000 characters or fewer.")},
    )

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        ground = " ".join(str(cleaned.get("fee_exemption") or "").split())
        if cleaned.get("state_fee") == StateFee.EXEMPT and not ground:
            self.add_error(
                "fee_exemption",
                forms.ValidationError(
                    _("Say on what grounds you are exempt from the state fee."), code="required"
                ),
            )
        # Paying, the exemption text means nothing: it is not kept.
        cleaned["fee_exemption"] = ground if cleaned.get("state_fee") == StateFee.EXEMPT else ""
        return cleaned


class AttachmentKindForm(forms.Form):
    """What an attached document is, said again without uploading it again."""

    kind = forms.ChoiceField(
        label=_("What is the document?"),
        choices=Attachment.Kind.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose what the document is."),
            "invalid_choice": _("Choose what the document is."),
        },
    )
