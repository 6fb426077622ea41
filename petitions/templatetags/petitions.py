"""Template filters for petition pages."""

from django import template

import deadlines

from ..deadline import citations_text

register = template.Library()


@register.filter
def citations(answer: deadlines.Assessment) -> str:
    """The answer's legal basis in the page's language: "АПК 436-бабының 1-бөлігі"."""
    return citations_text(answer)
