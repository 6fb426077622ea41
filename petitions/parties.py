"""Who the parties may be: one set of rules for the parties form, ``party_add`` and readiness.

Threat model: the parties are what the court reads first, and the petitioner is in whose name
the court is asked. So, whatever a form or a forged POST sends:

* every IIN and BIN is a number that can exist (``cabinet.iin``: the date or registration digits
  and the check digit; a BIN has the IIN's check digit), not twelve digits of anything;
* a petition has exactly one petitioner;
* filing for oneself, the petitioner is the account holder: their IIN and their name as the
  account (the certificate, when they signed in with one) has it, not free text — else a citizen
  could file in another person's name under their own IIN;
* filing for a client, the petitioner is the client, never the lawyer filing: the client's
  IIN or BIN is required (it is on the power of attorney) and is not the filer's, and the name is
  not the filer's.

The form shows these as errors beside the field; the service refuses the same (two tabs, or a
POST built by hand); readiness refuses a petition whose parties break them, however they got in.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.utils.translation import gettext_lazy as _

from cabinet.iin import InvalidIINError, validate_iin_or_bin

from .models import Party, Petition

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise

IIN_BIN_MESSAGES: dict[str, "StrOrPromise"] = {
    "format": _("An IIN or BIN has 12 digits."),
    "checksum": _(
        "This IIN or BIN does not exist: its last digit does not match. Check it against the "
        "party's documents and enter it again."
    ),
}
IIN_BIN_NOT_POSSIBLE = _(
    "This is neither a valid IIN nor a valid BIN. Check it against the party's documents and "
    "enter it again."
)


@dataclass(frozen=True)
class PartyProblem:
    """What is wrong with a party, and which of its answers to point at."""

    field: str
    message: "StrOrPromise"


def iin_bin_problem(value: str) -> "StrOrPromise | None":
    """Return why ``value`` is not an IIN or BIN that can exist, or None (blank is allowed)."""
    if not value:
        return None
    try:
        validate_iin_or_bin(value)
    except InvalidIINError as exc:
        return IIN_BIN_MESSAGES.get(exc.code, IIN_BIN_NOT_POSSIBLE)
    return None


def same_name(first: str, second: str) -> bool:
    """Whether two names are the same but for case and spacing."""
    return " ".join(first.split()).casefold() == " ".join(second.split()).casefold()


def petitioner_problem(
    petition: Petition, *, name: str, iin_bin: str, others: Iterable[Party]
) -> PartyProblem | None:
    """Return what is wrong with adding this petitioner, given the parties already named."""
    if any(party.role == Party.Role.PETITIONER for party in others):
        return PartyProblem(
            "role",
            _(
                "The petition already names its petitioner, and it has exactly one. To name "
                "another, remove the one in the list first."
            ),
        )
    filer = petition.filer
    if petition.for_client:
        if not iin_bin:
            return PartyProblem(
                "iin_bin", _("Enter your client's IIN or BIN, as on the power of attorney.")
            )
        if iin_bin == filer.iin or same_name(name, filer.full_name):
            return PartyProblem(
                "iin_bin",
                _(
                    "You are filing for a client, so the petitioner is your client, not you. "
                    "Enter your client's name and IIN or BIN."
                ),
            )
        return None
    if iin_bin != filer.iin:
        return PartyProblem(
            "iin_bin",
            _(
                "You are filing for yourself, so the petitioner is you: enter your own IIN "
                "%(iin)s. A lawyer files for a client from a lawyer's account."
            )
            % {"iin": filer.iin},
        )
    if not same_name(name, filer.full_name):
        return PartyProblem(
            "name",
            _(
                "You are filing for yourself, so the petitioner is you: enter your name as your "
                "account has it, %(name)s."
            )
            % {"name": filer.full_name},
        )
    return None


def parties_valid(petition: Petition, parties: Iterable[Party]) -> bool:
    """Whether the named parties make a filing: one valid petitioner and someone else."""
    parties = list(parties)
    petitioners = [p for p in parties if p.role == Party.Role.PETITIONER]
    if len(petitioners) != 1 or len(parties) < 2:
        return False
    if any(iin_bin_problem(p.iin_bin) for p in parties):
        return False
    (petitioner,) = petitioners
    return (
        petitioner_problem(petition, name=petitioner.name, iin_bin=petitioner.iin_bin, others=())
        is None
    )
