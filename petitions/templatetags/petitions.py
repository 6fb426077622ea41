"""Template filters for petition pages."""

from django import template

import deadlines

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
