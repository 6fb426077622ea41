"""Question pages of the petition's content beyond grounds, arguments and request.

CPC art. 441 asks for the acts of every instance and, where a fee is due, the state-fee document;
CrPC art. 488 asks whether the person wants to take part in the hearing. From 2026 the fee is
computed from the claim and the filer (``petitions.fee``) and the exemption is chosen from the
Tax Code's art. 668; before 2026 (old Tax Code, not verified) the court checks the amount and the
person says in their own words why they are exempt.
"""

import datetime as dt
from typing import Any

from django import forms
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from core.forms import DatePartsField, visible_line

from .. import fee_exemptions
from .. import state_fee as fees
from ..fee import exemption_item_text, fee_amount_text, fee_computed_on, fee_day, petition_fee
from ..models import ActKind, Attachment, FeeClaim, FeeFiler, Petition, Procedure, StateFee
from .case import StepForm
from .fields import choice_field, text_field, yes_no_field

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
    "cassation": {
        "court": _("Which court made the act the cassation court reviewed?"),
        "court_hint": _(
            "Write the court's name as it is on that act, for example "
            "the Judicial Collegium for Civil Cases of the Astana City Court."
        ),
        "court_required": _(
            "Enter the name of the court that made the act the cassation court reviewed."
        ),
        "date": _("When was the act the cassation court reviewed made?"),
        "date_required": _("Enter the date of the act the cassation court reviewed."),
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
        if self.petition.act_kind == ActKind.CASSATION_COURT_ACT:
            words = OTHER_ACT_WORDS["cassation"]
        elif self.behind_appeal:
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
        cassation = self.petition.act_kind == ActKind.CASSATION_COURT_ACT
        if contested and cassation and value > contested:
            raise forms.ValidationError(
                _(
                    "The act the cassation court reviewed must be dated on or before the "
                    "cassation court's act (%(date)s)."
                )
                % {"date": date_format(contested)},
                code="order",
            )
        if contested and self.behind_appeal and value > contested:
            raise forms.ValidationError(
                _(
                    "The decision of first instance must be dated on or before the court of "
                    "appeal's act (%(date)s)."
                )
                % {"date": date_format(contested)},
                code="order",
            )
        if contested and not (self.behind_appeal or cassation) and value < contested:
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


class FeeClaimForm(StepForm):
    """From 2026 the fee is computed (Tax Code art. 665(1) and (3)): the claim and, for a
    lawyer's client, whether the client is an individual or a legal entity. A citizen's own
    account is an individual's."""

    fee_claim = choice_field(
        label=_("What was claimed in the case?"),
        message=_("Choose whether the claim was a property or a non-property claim."),
        choices=FeeClaim.choices,
        help_text=_(
            "The state fee depends on it. A property claim asks for a sum of money or property "
            "valued in money; a claim for anything else, for example to change a contract of "
            "tenancy or to free property from arrest, is a non-property claim."
        ),
    )
    fee_claim_amount = forms.CharField(
        label=_("If the claim was a property claim, what was its amount, in tenge?"),
        help_text=_("Whole tenge, in digits, for example 1 500 000."),
        required=False,
        strip=True,
    )
    fee_filer = choice_field(
        label=_("Is your client an individual or a legal entity?"),
        message=_("Choose whether your client is an individual or a legal entity."),
        choices=FeeFiler.choices,
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if not self.petition.for_client:
            del self.fields["fee_filer"]  # a person filing for themself is an individual

    def initial_from(self, petition: Petition) -> dict[str, Any]:
        initial = super().initial_from(petition)
        amount = petition.fee_claim_amount
        initial["fee_claim_amount"] = "" if amount is None else str(amount)
        return initial

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        text = str(self.data.get(self.add_prefix("fee_claim_amount")) or "")
        cleaned["fee_claim_amount"] = None
        if cleaned.get("fee_claim") == FeeClaim.PROPERTY:
            try:
                if len(text) > 200:  # no need to read a page of digits to refuse it
                    raise ValueError("too_large")
                cleaned["fee_claim_amount"] = fees.claim_amount_parse(text)
            except ValueError as error:
                code = str(error)
                cleaned["fee_claim_amount"] = None
                self.add_error(
                    "fee_claim_amount", forms.ValidationError(CLAIM_AMOUNT_ERRORS[code], code=code)
                )
        if not self.petition.for_client:
            cleaned["fee_filer"] = FeeFiler.INDIVIDUAL
        return cleaned


CLAIM_AMOUNT_ERRORS = {
    "empty": _("Enter the amount of the property claim, in tenge."),
    "not_digits": _(
        "Enter the amount in whole tenge using the digits 0 to 9 only, for example 1 500 000."
    ),
    "zero": _("The amount of the claim must be more than 0 tenge."),
    "too_large": _("The amount of the claim must be 15 digits or fewer."),
}

OTHER_GROUND = "other"


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
    fee_exemption_item = choice_field(
        label=_("If you are exempt, on what ground?"),
        message=_("Choose the ground of your exemption from the list."),
        required=False,
        help_text=_(
            "The grounds of article 668 of the Tax Code, quoted as in the Code. They apply to "
            "complaints against court acts too."
        ),
    )
    fee_exemption = forms.CharField(
        label=_("If you are exempt, on what grounds?"),
        help_text=_("Name the law and its article, for example the Tax Code article you rely on."),
        required=False,
        max_length=2_000,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"max_length": _("The text must be 2,000 characters or fewer.")},
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fee = petition_fee(self.petition)
        self.listed = fee_computed_on(fee_day(self.petition))
        if self.fee is not None and self.fee.computed:
            self.fields["state_fee"].help_text = _(
                "The state fee for your complaint: %(amount)s If you paid, attach the payment "
                "document in the Documents section."
            ) % {"amount": fee_amount_text(self.fee)}
        elif self.fee is not None:
            self.fields["state_fee"].help_text = fee_amount_text(self.fee)
        if not self.listed:
            # Before 2026 the old Tax Code applies, whose list was not verified: in own words.
            del self.fields["fee_exemption_item"]
            return
        item = self.fields["fee_exemption_item"]
        assert isinstance(item, forms.ChoiceField)
        item.choices = [(str(n), exemption_item_text(n)) for n in fee_exemptions.ITEMS] + [
            (OTHER_GROUND, _("Another ground (say which below)"))
        ]
        if translation.get_language() not in fee_exemptions.OFFICIAL_LANGUAGES:
            item.help_text = _(
                "The grounds of article 668 of the Tax Code, quoted in Russian as in the Code: "
                "the Code has no official English text. They apply to complaints against court "
                "acts too."
            )
        self.fields["fee_exemption"].label = _("If another ground, which?")

    def initial_from(self, petition: Petition) -> dict[str, Any]:
        initial = super().initial_from(petition)
        if petition.fee_exemption_item is not None:
            initial["fee_exemption_item"] = str(petition.fee_exemption_item)
        elif petition.fee_exemption:
            initial["fee_exemption_item"] = OTHER_GROUND
        return initial

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        exempt = cleaned.get("state_fee") == StateFee.EXEMPT
        ground = " ".join(str(cleaned.get("fee_exemption") or "").split())
        choice = cleaned.get("fee_exemption_item") or (OTHER_GROUND if not self.listed else "")
        if exempt and not choice:
            self.add_error(
                "fee_exemption_item",
                forms.ValidationError(
                    _("Choose the ground of your exemption from the list."), code="required"
                ),
            )
        elif exempt and choice == OTHER_GROUND and not ground:
            self.add_error(
                "fee_exemption",
                forms.ValidationError(
                    _("Say on what grounds you are exempt from the state fee."), code="required"
                ),
            )
        # Paying, the exemption means nothing: it is not kept; nor the text with a listed item.
        listed = exempt and choice not in ("", OTHER_GROUND)
        cleaned["fee_exemption_item"] = int(choice) if listed else None
        cleaned["fee_exemption"] = ground if exempt and choice == OTHER_GROUND else ""
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
