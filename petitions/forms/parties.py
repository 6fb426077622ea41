"""The parties form: who is who in the case, as the court will read it.

Names and addresses reach the manifest, the PDF and the clerk, so invisible characters (bidi
overrides, zero-width marks, control codes) are refused or removed rather than stored. Who may be
a party and who must be the petitioner is ``petitions.parties``' to say (the service and
readiness apply the same rules): IINs and BINs that can exist, exactly one petitioner, the
account holder when filing for oneself, never the filer when filing for a client.
"""

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from core.forms import visible_line

from ..models import Party, Petition, Procedure
from ..parties import iin_bin_problem, petitioner_problem

NOT_IN: dict[str, set[str]] = {  # procedure: the party roles it has not
    Procedure.CIVIL: {Party.Role.CONVICTED, Party.Role.VICTIM},
    Procedure.CRIMINAL: {Party.Role.THIRD_PARTY},
}


class PartyForm(forms.Form):
    role = forms.ChoiceField(
        label=_("Role in the case"),
        choices=Party.Role.choices,
        error_messages={
            "required": _("Choose the person's role in the case."),
            "invalid_choice": _("Choose the person's role in the case."),
        },
    )
    name = forms.CharField(
        label=_("Full name or organisation name"),
        max_length=300,
        error_messages={
            "required": _("Enter the name of the party."),
            "max_length": _("The name must be 300 characters or fewer."),
        },
    )
    iin_bin = forms.CharField(
        label=_("IIN or BIN (if known)"),
        max_length=12,
        required=False,
        error_messages={"max_length": _("An IIN or BIN has 12 digits.")},
    )
    address = forms.CharField(
        label=_("Address"),
        max_length=500,
        error_messages={
            "required": _("Enter the party's address or place of residence."),
            "max_length": _("The address must be 500 characters or fewer."),
        },
    )

    def __init__(self, *args: Any, petition: Petition, **kwargs: Any) -> None:
        self.petition = petition
        super().__init__(*args, **kwargs)
        excluded = NOT_IN.get(petition.procedure, set())
        role = self.fields["role"]
        assert isinstance(role, forms.ChoiceField)
        role.choices = [c for c in Party.Role.choices if c[0] not in excluded]
        if petition.procedure == Procedure.CRIMINAL:
            # CrPC 488: the court must know where to reach a person held in custody.
            self.fields["address"].help_text = _(
                "If the person is in custody, give the name and address of the facility."
            )

    def clean_iin_bin(self) -> str:
        value = str(self.cleaned_data.get("iin_bin") or "").strip()
        problem = iin_bin_problem(value)
        if problem is not None:
            raise forms.ValidationError(problem, code="invalid")
        return value

    def clean_name(self) -> str:
        return visible_line(
            self.cleaned_data["name"],
            unprintable=_("The name contains characters that cannot be printed. Type it again."),
            empty=_("Enter the name of the party."),
        )

    def clean_address(self) -> str:
        return visible_line(
            self.cleaned_data["address"],
            unprintable=_("The address contains characters that cannot be printed. Type it again."),
            empty=_("Enter the party's address or place of residence."),
        )

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        petition = self.petition
        if cleaned.get("role") != Party.Role.PETITIONER or self.has_error("iin_bin"):
            return cleaned
        problem = petitioner_problem(
            petition,
            name=cleaned.get("name", ""),
            iin_bin=cleaned.get("iin_bin", ""),
            others=petition.parties.all(),
        )
        if problem is not None:
            if problem.field not in self.errors:
                self.add_error(problem.field, forms.ValidationError(problem.message, code="party"))
        elif not petition.for_client:
            # The account's spelling, not the typed one (which differed only in case or spaces).
            cleaned["name"] = petition.filer.full_name
        return cleaned
