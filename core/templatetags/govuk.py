"""Template tags for the GOV.UK-pattern components in ``templates/components/``.

The tags exist so that every field gets the same accessible wiring (label ``for``, hint and error
ids in ``aria-describedby``, ``aria-invalid``) without each template repeating it.
"""

from typing import Any

from django import template
from django.forms import BoundField, Form

register = template.Library()


def _describedby(field: BoundField) -> str:
    ids = []
    if field.help_text:
        ids.append(f"{field.auto_id}-hint")
    if field.errors:
        ids.append(f"{field.auto_id}-error")
    return " ".join(ids)


def _widget_attrs(field: BoundField, css: str) -> dict[str, Any]:
    attrs: dict[str, Any] = {"class": css + (f" {css}--error" if field.errors else "")}
    described = _describedby(field)
    if described:
        attrs["aria-describedby"] = described
    if field.errors:
        attrs["aria-invalid"] = "true"
    return attrs


@register.inclusion_tag("components/field.html")
def field(bound: BoundField, *, width: str = "", heading: bool = False) -> dict[str, Any]:
    """A text-like input with label, hint and inline error."""
    css = "cc-input" if bound.widget_type != "textarea" else "cc-textarea"
    if width:
        css += f" cc-input--width-{width}"
    return {
        "field": bound,
        "widget": bound.as_widget(attrs=_widget_attrs(bound, css)),
        "heading": heading,
    }


@register.inclusion_tag("components/radios.html")
def radios(bound: BoundField, *, heading: bool = False) -> dict[str, Any]:
    """A fieldset of radio buttons with the question as legend."""
    return {"field": bound, "describedby": _describedby(bound), "heading": heading}


@register.inclusion_tag("components/checkbox.html")
def checkbox(bound: BoundField, *, value: str = "", checked: bool | None = None) -> dict[str, Any]:
    """One checkbox with its label, hint and inline error; ``value`` is what it posts when
    ticked (the browser's "on" if blank), ``checked`` overrides the bound value."""
    return {
        "field": bound,
        "describedby": _describedby(bound),
        "value": value,
        "checked": bool(bound.value()) if checked is None else checked,
    }


@register.inclusion_tag("components/date_input.html")
def date_input(bound: BoundField, *, heading: bool = False) -> dict[str, Any]:
    """Day / month / year inputs in one fieldset (GOV.UK date input pattern)."""
    widgets = list(bound.subwidgets)
    return {
        "field": bound,
        "parts": widgets,
        "describedby": _describedby(bound),
        "heading": heading,
    }


@register.inclusion_tag("components/error_summary.html")
def error_summary(form: Form) -> dict[str, Any]:
    """Links to every error; non-field errors link to the first field."""
    items: list[dict[str, object]] = []
    first_id = next((f.id_for_label for f in form.visible_fields()), "")
    items.extend({"href": f"#{first_id}", "message": e} for e in form.non_field_errors())
    for bound in form.visible_fields():
        target = bound.auto_id
        if bound.widget_type in ("radioselect", "dateparts"):
            target = f"{bound.auto_id}_0"
        items.extend({"href": f"#{target}", "message": e} for e in bound.errors)
    return {"items": items}
