"""One small form per question page. Forms validate shape only; services write."""

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from core.forms import DatePartsField, visible_line

from ..addressee import is_complaint, petition_regime
from ..choices import courts_offered
from ..models import (
    CIVIL_EXCLUSIONS,
    CIVIL_STANDINGS,
    CRIMINAL_EXCLUSIONS,
    CRIMINAL_STANDINGS,
    FIRST_INSTANCE_ACTS,
    ActKind,
    Appeal,
    Court,
    Petition,
    Procedure,
)
from .fields import (
    CIVIL_ACTS,
    CRIMINAL_ACTS,
    act_kind_field,
    appeal_field,
    appellate_act_not_appealed_error,
    art438_part6_field,
    cassation_act_date_error,
    direction_field,
    exceptional_grounds_field,
    in_force_on_field,
    not_yet_in_force_error,
    procedure_field,
    text_field,
    yes_no_field,
)


class StepForm(forms.Form):
    """A question page's form; ``initial_from`` reads the petition's current answer."""

    def __init__(self, *args: Any, petition: Petition, **kwargs: Any) -> None:
        self.petition = petition
        kwargs.setdefault("initial", self.initial_from(petition))
        super().__init__(*args, **kwargs)

    def initial_from(self, petition: Petition) -> dict[str, Any]:
        return {
            name: getattr(petition, name) for name in self.base_fields if hasattr(petition, name)
        }


class ProcedureForm(StepForm):
    procedure = procedure_field()


class ActKindForm(StepForm):
    act_kind = act_kind_field()

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        kinds = CRIMINAL_ACTS if self.petition.procedure == Procedure.CRIMINAL else CIVIL_ACTS
        if not is_complaint(petition_regime(self.petition)):
            # Before 1 July 2025 (or with the Supreme Court's procedure pinned) there were no
            # cassation courts, so no act of theirs to contest.
            kinds = [k for k in kinds if k != ActKind.CASSATION_COURT_ACT]
        field = self.fields["act_kind"]
        assert isinstance(field, forms.ChoiceField)
        field.choices = [(k.value, k.label) for k in kinds]


class StandingForm(StepForm):
    standing = forms.ChoiceField(
        label=_("What is your part in the case?"),
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose your part in the case."),
            "invalid_choice": _("Choose your part in the case."),
        },
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["standing"]
        assert isinstance(field, forms.ChoiceField)
        criminal = self.petition.procedure == Procedure.CRIMINAL
        field.choices = [
            (s.value, s.label) for s in (CRIMINAL_STANDINGS if criminal else CIVIL_STANDINGS)
        ]
        if self.petition.for_client:
            field.label = _("What is your client's part in the case?")
            field.help_text = _("You are recorded as the client's representative (lawyer).")
            field.error_messages = {
                "required": _("Choose your client's part in the case."),
                "invalid_choice": _("Choose your client's part in the case."),
            }


class CourtForm(StepForm):
    """The court that made the contested act: from the directory, or by name for a first-instance
    court (district and inter-district courts are not in the directory)."""

    court = forms.ModelChoiceField(
        label=_("Which court made the act?"),
        queryset=Court.objects.filter(is_active=True),
        empty_label=None,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose the court that made the act."),
            "invalid_choice": _("Choose the court that made the act."),
        },
    )
    court_name = forms.CharField(
        label=_("Which court made the act?"),
        max_length=300,
        help_text=_(
            "Write the court's name as it is on the act, for example "
            "Yesil District Court of Astana."
        ),
        error_messages={
            "required": _("Enter the name of the court that made the act."),
            "max_length": _("The court's name must be 300 characters or fewer."),
        },
    )
    case_number = forms.CharField(
        label=_("Case number"),
        max_length=64,
        help_text=_("As written on the court act, for example 7199-24-00-2а/1234."),
        error_messages={
            "required": _("Enter the case number."),
            "max_length": _("The case number must be 64 characters or fewer."),
        },
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.petition.act_kind in FIRST_INSTANCE_ACTS:
            del self.fields["court"]
        else:
            del self.fields["court_name"]  # the court radios are labelled by str(court): its name
            field = self.fields["court"]
            assert isinstance(field, forms.ModelChoiceField)
            field.queryset = courts_offered(self.petition)  # a forged POST of another: invalid

    def clean_court_name(self) -> str:
        return visible_line(
            self.cleaned_data["court_name"],
            unprintable=_("The court's name contains characters that cannot be printed."),
            empty=_("Enter the name of the court that made the act."),
        )

    def clean_case_number(self) -> str:
        value = " ".join(str(self.cleaned_data["case_number"]).split())
        if not value or any(not c.isprintable() for c in value):
            raise forms.ValidationError(
                _("Enter the case number as printed on the court act."), code="invalid"
            )
        return value

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        # Exactly one of the two is kept; the other is cleared.
        cleaned.setdefault("court", None)
        cleaned.setdefault("court_name", "")
        return cleaned


class DatesForm(StepForm):
    act_date = DatePartsField(
        label=_("When was the act made?"),
        help_text=_("For example, 27 3 2025."),
        error_messages={"required": _("Enter the date the act was made.")},
    )
    in_force_on = in_force_on_field()

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        made, in_force = cleaned.get("act_date"), cleaned.get("in_force_on")
        today = self.today()
        if made and made > today:
            self.add_error(
                "act_date",
                forms.ValidationError(
                    _("The date the act was made must be today or in the past."), code="future"
                ),
            )
        if in_force and in_force > today:
            self.add_error(
                "in_force_on",
                not_yet_in_force_error(),
            )
        if self.petition.act_kind == ActKind.CASSATION_COURT_ACT:
            for name, day in (("act_date", made), ("in_force_on", in_force)):
                error = day and not self.has_error(name) and cassation_act_date_error(day)
                if error:
                    self.add_error(name, error)
        if made and in_force and in_force < made:
            self.add_error(
                "in_force_on",
                forms.ValidationError(
                    _("An act cannot enter into legal force before the day it was made."),
                    code="before_made",
                ),
            )
        if made and made.year < 1995:
            self.add_error(
                "act_date",
                forms.ValidationError(_("Enter a date from 1995 onwards."), code="too_old"),
            )
        return cleaned

    @staticmethod
    def today() -> Any:
        from django.utils import timezone

        return timezone.localdate()


class AppealForm(StepForm):
    appeal = appeal_field()
    art438_part6 = art438_part6_field(
        help_text=_(
            "For example, the act violates the rights of persons not involved in the case "
            "or the uniformity of court practice."
        )
    )

    def clean_appeal(self) -> str:
        value = str(self.cleaned_data["appeal"])
        if self.petition.act_kind == ActKind.APPELLATE and value == Appeal.NOT_APPEALED:
            raise appellate_act_not_appealed_error()
        return value


class ExclusionForm(StepForm):
    """The kinds of case the code excludes from cassation (CPC 434.2 or CrPC 484), "none" last."""

    exclusion = forms.ChoiceField(
        label=_("Was the case heard or ended in one of these ways?"),
        help_text=_(
            "Article 434 part 2 of the Civil Procedure Code does not allow cassation review of "
            "these cases. Simplified procedure means the procedures of chapters 12 and 21-1 of "
            "that Code. MCI is the monthly calculation index set each year by the budget law: "
            "3,932 tenge in 2025 and 4,325 tenge in 2026."
        ),
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose how the case was heard or ended, or choose None of these."),
            "invalid_choice": _("Choose how the case was heard or ended, or choose None of these."),
        },
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["exclusion"]
        assert isinstance(field, forms.ChoiceField)
        criminal = self.petition.procedure == Procedure.CRIMINAL
        kinds = CRIMINAL_EXCLUSIONS if criminal else CIVIL_EXCLUSIONS
        field.choices = [(k.value, k.label) for k in kinds]
        if criminal:
            field.label = _("Does one of these apply to the case?")
            field.help_text = _(
                "Article 484 of the Criminal Procedure Code does not allow cassation review in "
                "these cases. The verdict names the article of the Criminal Code the offence falls "
                "under; the Criminal Code classes each offence as a criminal misdemeanour or as a "
                "crime of a given gravity. "
                "Acts in such cases may be reviewed only on a prosecutor's protest, which you may "
                "ask for. If the court of appeal itself made the contested act, choose None of "
                "these."
            )
            field.error_messages = {
                "required": _("Choose whether one of these applies, or choose None of these."),
                "invalid_choice": _(
                    "Choose whether one of these applies, or choose None of these."
                ),
            }


class ExceptionalGroundsForm(StepForm):
    """A cassation court's act: the exceptional grounds the Supreme Court reviews it on."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["exceptional_grounds"] = exceptional_grounds_field(self.petition.procedure)
        self.initial.setdefault("exceptional_grounds", self.petition.exceptional_grounds)


class DirectionForm(StepForm):
    direction = direction_field()


class GroundsForm(StepForm):
    grounds = text_field(
        _("On what grounds do you ask for the review?"),
        _("Name the substantial violations of law that you believe the courts made."),
        _("Describe the grounds for the review."),
    )


class ArgumentsForm(StepForm):
    arguments = text_field(
        _("What are your arguments?"),
        _("Explain why the act is unlawful, with references to the laws and the case materials."),
        _("Describe your arguments."),
    )


class RequestForm(StepForm):
    request = text_field(
        _("What do you ask the court to do?"),
        _(
            "For example: to cancel the resolution of the appellate court and send the case for a "
            "new hearing."
        ),
        _("Describe what you ask the court to do."),
    )


class ClientForm(StepForm):
    """Asked of lawyers only: whose petition is this?"""

    for_client = yes_no_field(
        label=_("Are you filing for a client?"),
        message=_("Choose whether you are filing for a client."),
        yes_label=_("Yes, as the client's lawyer"),
        no_label=_("No, for myself"),
    )
