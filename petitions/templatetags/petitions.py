"""Template filters for petition pages."""

from django import template
from django.utils import timezone

import deadlines

from ..addressee import files_complaint, is_complaint, regime_on
from ..models import Party, Petition
from ..summary import party_role as _party_role
from ..time_limit import citations_text

register = template.Library()


@register.filter
def citations(answer: deadlines.Assessment) -> str:
    """The answer's legal basis in the page's language: "АПК 436-бабының 1-бөлігі"."""
    return citations_text(answer)


@register.simple_tag
def party_role(petition: Petition, party: Party) -> str:
    """The party's role as the check page names it: the petitioner with their part in the case."""
    return _party_role(petition, party)


@register.simple_tag
def files_a_complaint(petition: Petition | None = None) -> bool:
    """Is this a cassation complaint rather than a petition to the Supreme Court? A petition's by
    the law it is filed under and the act it contests (``addressee.files_complaint``); with none,
    a filing made today.

    Pages choose between two whole sentences by it:
    ``{% files_a_complaint petition as complaint %}``.
    """
    if petition is None:
        return is_complaint(regime_on(timezone.localdate()))
    return files_complaint(petition)
