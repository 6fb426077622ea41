"""The time-limit page's acknowledgement: one box, ticked, with the answer it was ticked against."""

from typing import Any

from django import forms
from django.forms.widgets import Widget
from django.utils.translation import gettext_lazy as _

TICKED = "yes"


class TickBox(forms.CheckboxInput):
    """A checkbox that hands the field exactly what was posted (Django's own turns any value
    into True), so a value other than its own is refused, not taken for a tick."""

    def value_from_datadict(self, data: Any, files: Any, name: str) -> Any:
        return Widget.value_from_datadict(self, data, files, name)


class DeadlineAcknowledgementForm(forms.Form):
    acknowledged = forms.ChoiceField(
        label=_(
            "I understand that the court may return the petition or refuse to consider it "
            "for this reason."
        ),
        choices=[(TICKED, TICKED)],
        widget=TickBox,
        error_messages={
            "required": _(
                "Tick the box to confirm that you understand the court may return the petition "
                "or refuse to consider it."
            ),
            "invalid_choice": _(
                "Tick the box to confirm that you understand the court may return the petition "
                "or refuse to consider it."
            ),
        },
    )
    # The fingerprint of the answer the page showed (``acknowledgement.fingerprint``).
    answer = forms.CharField(widget=forms.HiddenInput, required=False)
