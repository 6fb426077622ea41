"""``{% ncalayer_form %}``: the form ``static/js/portal.js`` signs with NCALayer, on every page.

The script finds ``form[data-ncalayer-form]``, signs the text of the element whose id is in
``data-sign-text``, puts the base64 CMS into ``[data-cms]`` and submits. It shows the hidden
``[data-ncalayer-sign]`` button only when it runs, and takes what it tells the person from the
``data-*`` attributes of ``[data-ncalayer-status]``. One component keeps that contract in one
place; pages differ only in where the form goes, what is signed, their words and hidden fields.
"""

from typing import Any

from django import template

register = template.Library()


@register.inclusion_tag("components/ncalayer_form.html")
def ncalayer_form(
    action: str,
    *,
    sign_text: str,
    cancelled: str,
    failed: str,
    signing: str,
    button: str,
    noscript: str,
    **hidden: Any,
) -> dict[str, Any]:
    """The words are the page's own (a sign-in and a petition say different things); every
    other keyword is a hidden field, in the order given, left out when empty (``next=next``)."""
    return {
        "action": action,
        "sign_text": sign_text,
        "cancelled": cancelled,
        "failed": failed,
        "signing": signing,
        "button": button,
        "noscript": noscript,
        "hidden": [(name, value) for name, value in hidden.items() if value],
    }
