"""Field factories shared by the journey's question pages and the public calculator.

The calculator asks the case questions the journey asks, on one page; a field declared twice
drifts (a label fixed in one place, an error message in the other). Each factory returns a new
field with the journey's words; the calculator passes its own label where a question is optional
there ("Civil cases: …").
"""

import datetime as dt
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

import deadlines
from core.forms import DatePartsField

from ..models import ActKind, Appeal, Direction, Procedure
from ..time_limit import ground_text

CIVIL_ACTS = [
    ActKind.FIRST_INSTANCE,
    ActKind.APPELLATE,
    ActKind.SUPREME_COURT_COLLEGIUM,
    ActKind.CASSATION_COURT_ACT,
]
CRIMINAL_ACTS = [
    ActKind.CONVICTION,
    ActKind.ACQUITTAL,
    ActKind.TERMINATION,
    ActKind.CASSATION_COURT_ACT,
]
TEXT_LIMIT = 20_000


def choice_field(
    *, label: Any, message: Any, choices: Any = (), required: bool = True, **kwargs: Any
) -> forms.ChoiceField:
    """Radios with one message for a missing and for an unknown answer."""
    return forms.ChoiceField(
        label=label,
        choices=choices,
        widget=forms.RadioSelect,
        required=required,
        error_messages={"required": message, "invalid_choice": message},
        **kwargs,
    )


def procedure_field() -> forms.ChoiceField:
    return choice_field(
        label=_("What kind of case is it?"),
        message=_("Choose whether the case is civil or criminal."),
        choices=Procedure.choices,
    )


def act_kind_field(choices: Any = ()) -> forms.ChoiceField:
    return choice_field(
        label=_("Which court act do you contest?"),
        message=_("Choose the court act you contest."),
        choices=choices,
    )


def in_force_on_field() -> DatePartsField:
    return DatePartsField(
        label=_("When did the act enter into legal force?"),
        help_text=_("The date is on the act or in the court's notice. For example, 15 4 2025."),
        error_messages={"required": _("Enter the date the act entered into legal force.")},
    )


def appeal_field(*, label: Any = None, required: bool = True) -> forms.ChoiceField:
    return choice_field(
        label=label or _("Was the act appealed?"),
        message=_("Choose what happened on appeal."),
        choices=Appeal.choices,
        required=required,
    )


def art438_part6_field(*, help_text: Any = "") -> forms.BooleanField:
    return forms.BooleanField(
        label=_(
            "The petition rests on the grounds of article 438 part 6 of the Civil Procedure Code"
        ),
        help_text=help_text,
        required=False,
    )


def direction_field(*, label: Any = None, required: bool = True) -> forms.ChoiceField:
    return choice_field(
        label=label or _("How would the review change the person's position?"),
        message=_("Choose how the review would change the position."),
        choices=Direction.choices,
        required=required,
    )


def appellate_act_not_appealed_error() -> forms.ValidationError:
    """An appellate act was itself made on appeal: "not appealed" contradicts it."""
    return forms.ValidationError(
        _(
            "An act of the court of appeal was itself made on appeal. "
            "Choose another answer or go back and change the contested act."
        ),
        code="inconsistent",
    )


def not_yet_in_force_error() -> forms.ValidationError:
    """An in-force date after today: no act can be contested before it is in force."""
    return forms.ValidationError(
        _(
            "A petition can be filed only against an act already in legal force. "
            "The date it entered into force must be today or in the past."
        ),
        code="future",
    )


def cassation_act_date_error(day: dt.date) -> forms.ValidationError | None:
    """A cassation court's act dated before those courts existed (1 July 2025), else None."""
    if deadlines.regime_on(day) == deadlines.Regime.CASSATION_COURTS:
        return None
    return forms.ValidationError(
        _(
            "The cassation courts began work on 1 July 2025, so their acts date from that day "
            "or later. Check the date, or go back and choose another act."
        ),
        code="before_cassation_courts",
    )


def exceptional_grounds_field(procedure: str) -> forms.MultipleChoiceField:
    """The exceptional grounds of CPC art. 454-1 part 1 / CrPC art. 498-1 part 1, as boxes, in
    the active language (the engine holds their words in kk, ru and en)."""
    return forms.MultipleChoiceField(
        label=_("On which exceptional grounds should the Supreme Court review the act?"),
        help_text=_(
            "The Supreme Court reviews a cassation court's act only in exceptional cases the law "
            "lists. Tick every one that applies."
        ),
        choices=[
            (ground.code, ground_text(ground))
            for ground in deadlines.exceptional_grounds(procedure)
        ],
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "required": _("Tick at least one exceptional ground."),
            "invalid_choice": _("Tick only grounds from the list."),
        },
    )


def text_field(label: Any, help_text: Any, required_message: Any) -> forms.CharField:
    return forms.CharField(
        label=label,
        help_text=help_text,
        max_length=TEXT_LIMIT,
        widget=forms.Textarea,
        error_messages={
            "required": required_message,
            "max_length": _("The text must be 20,000 characters or fewer."),
        },
    )


def yes(value: str) -> bool:
    """A yes/no radio's answer ("True" or "False"); the radios show a saved bool as its str."""
    return value == "True"


def yes_no_field(
    *, label: Any, message: Any, help_text: Any = "", yes_label: Any = None, no_label: Any = None
) -> forms.TypedChoiceField:
    """A yes/no question stored as a bool (the model's None is "not answered yet")."""
    return forms.TypedChoiceField(
        label=label,
        help_text=help_text,
        widget=forms.RadioSelect,
        choices=[("True", yes_label or _("Yes")), ("False", no_label or _("No"))],
        coerce=yes,
        error_messages={"required": message, "invalid_choice": message},
    )
