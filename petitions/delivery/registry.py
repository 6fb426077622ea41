"""Which court registry receives a petition: by the regime it was filed under and its procedure.

The same rule that names the addressee on the petition (``petitions.addressee``): before 1 July
2025, and from then against a cassation court's own act, the Supreme Court; otherwise the
cassation court for civil or for criminal cases. The code is what the registry knows us by.
"""

from ..addressee import is_complaint, petition_regime
from ..models import Petition, Procedure

SUPREME_COURT = "supreme-court"
CASSATION_CIVIL = "cassation-civil"
CASSATION_CRIMINAL = "cassation-criminal"
# The prefix of the incoming numbers the portal's own court side gives (``local`` gateway).
PREFIXES = {SUPREME_COURT: "SC", CASSATION_CIVIL: "CCC", CASSATION_CRIMINAL: "CCR"}


def registry_for(petition: Petition) -> str:
    """The registry code for a submitted petition (its recorded regime, its procedure)."""
    if is_complaint(petition_regime(petition), petition.act_kind):
        return CASSATION_CIVIL if petition.procedure == Procedure.CIVIL else CASSATION_CRIMINAL
    return SUPREME_COURT
