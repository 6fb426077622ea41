import datetime as dt

import pytest
from django import forms
from django.template import Context, Template, TemplateSyntaxError
from django.template.loader import render_to_string

from core.forms import DatePartsField


class _Form(forms.Form):
    name = forms.CharField(
        label="Name",
        help_text="As in your ID card",
        error_messages={"required": "Enter your name."},
    )
    kind = forms.ChoiceField(
        label="Kind",
        choices=[("civil", "Civil"), ("criminal", "Criminal")],
        widget=forms.RadioSelect,
        error_messages={"required": "Choose one."},
    )
    when = DatePartsField(label="When")


def _render(source, **context):
    return Template("{% load govuk %}" + source).render(Context(context))


def test_field_wires_label_hint_and_error_for_assistive_technology():
    form = _Form(data={})
    html = _render("{% field form.name %}", form=form)
    assert '<label class="cc-label" for="id_name">Name</label>' in html
    assert 'id="id_name-hint"' in html
    assert 'aria-describedby="id_name-hint id_name-error"' in html
    assert 'aria-invalid="true"' in html
    assert "Enter your name." in html
    assert "cc-form-group--error" in html


def test_field_as_page_heading():
    html = _render("{% field form.name heading=True %}", form=_Form())
    assert '<h1 class="cc-label-wrapper">' in html


def test_radios_are_a_fieldset_with_a_legend_and_checked_state():
    html = _render("{% radios form.kind heading=True %}", form=_Form(data={"kind": "criminal"}))
    assert "<fieldset" in html
    assert '<h1 class="cc-fieldset__heading">Kind</h1>' in html
    assert 'value="criminal" checked' in html
    assert 'value="civil">' in html


def test_error_summary_links_to_the_first_input_of_each_field():
    form = _Form(data={})
    html = _render("{% error_summary form %}", form=form)
    assert 'href="#id_name"' in html
    assert 'href="#id_kind_0"' in html
    assert 'href="#id_when_0"' in html
    assert 'role="alert"' in html


def test_error_summary_renders_nothing_without_errors():
    assert _render("{% error_summary form %}", form=_Form()).strip() == ""


def test_date_input_has_three_labelled_parts():
    html = _render("{% date_input form.when %}", form=_Form())
    for part in ("id_when_0", "id_when_1", "id_when_2"):
        assert f'for="{part}"' in html
        assert f'id="{part}"' in html
    assert 'inputmode="numeric"' in html


@pytest.mark.parametrize(
    ("parts", "expected", "code"),
    [
        (("27", "3", "2025"), dt.date(2025, 3, 27), None),
        ((" 1", "01 ", "2024"), dt.date(2024, 1, 1), None),
        (("29", "2", "2024"), dt.date(2024, 2, 29), None),
        (("29", "2", "2025"), None, "invalid"),
        (("31", "4", "2025"), None, "invalid"),
        (("0", "1", "2025"), None, "invalid"),
        (("1", "13", "2025"), None, "invalid"),
        (("1", "1", "25"), None, "year"),
        (("a", "1", "2025"), None, "invalid"),
        (("-1", "1", "2025"), None, "invalid"),
        (("1", "", "2025"), None, "incomplete"),
        (("", "", ""), None, "required"),
        (("1", "1", "99999"), None, "year"),
        (("9" * 20, "1", "2025"), None, "invalid"),  # past a C long: OverflowError, not a 500
        (("1", "9" * 20, "2025"), None, "invalid"),
    ],
)
def test_date_parts_field_accepts_real_dates_and_explains_the_rest(parts, expected, code):
    form = _Form(
        data={
            "name": "x",
            "kind": "civil",
            "when_0": parts[0],
            "when_1": parts[1],
            "when_2": parts[2],
        }
    )
    valid = form.is_valid()
    if code is None:
        assert valid, form.errors
        assert form.cleaned_data["when"] == expected
    else:
        assert not valid
        assert code in [e.code for e in form.errors.as_data()["when"]]


def test_date_parts_widget_shows_an_initial_date():
    html = _render("{% date_input form.when %}", form=_Form(initial={"when": dt.date(2025, 7, 1)}))
    assert 'value="1"' in html
    assert 'value="7"' in html
    assert 'value="2025"' in html


def test_summary_list_panel_task_list_and_banner_render():
    summary = render_to_string(
        "components/summary_list.html",
        {
            "rows": [
                {"key": "Court", "value": "Astana", "change_url": "/x", "change_hidden": "court"}
            ]
        },
    )
    assert 'href="/x"' in summary
    assert "cc-visually-hidden" in summary
    panel = render_to_string("components/panel.html", {"title": "Sent", "body": "KZ-1"})
    assert "Sent" in panel
    assert "KZ-1" in panel
    tasks = render_to_string(
        "components/task_list.html",
        {
            "tasks": [
                {"title": "Parties", "url": "/p", "status": "done", "status_label": "Done"},
                {"title": "Sign", "url": "/s", "status": "cannot_start", "status_label": "Not yet"},
            ]
        },
    )
    assert '<a href="/p"' in tasks
    assert '<a href="/s"' not in tasks
    banner = render_to_string("components/notification_banner.html", {"text": "Saved"})
    assert 'role="region"' in banner
    assert "Saved" in banner


_NCALAYER = (
    '{% load ncalayer %}{% ncalayer_form "/sign/" sign_text="manifest" cancelled="Cancelled." '
    'failed=failed signing="Choose a key…" button="Sign" noscript="Needs JS." '
    "next=next nonce=nonce %}"
)


def test_the_ncalayer_form_keeps_the_contract_portal_js_reads():
    html = Template(_NCALAYER).render(
        Context(
            {"next": "/after/", "nonce": "n<1>", "csrf_token": "t", "failed": 'Did not "sign".'}
        )
    )
    assert (
        '<form method="post" action="/sign/" data-ncalayer-form data-sign-text="manifest">' in html
    )
    assert '<input type="hidden" name="csrfmiddlewaretoken" value="t">' in html
    assert html.index('name="next" value="/after/"') < html.index('name="nonce" value="n&lt;1&gt;"')
    assert '<input type="hidden" name="cms" value="" data-cms>' in html
    assert 'data-cancelled="Cancelled."' in html
    assert 'data-failed="Did not &quot;sign&quot;."' in html  # words cannot break the attribute
    assert 'data-signing="Choose a key…"' in html
    assert 'data-not-running="' in html
    assert '<button type="button" class="cc-button" data-ncalayer-sign hidden>Sign</button>' in html
    assert '<noscript><p class="cc-body">Needs JS.</p></noscript>' in html


def test_the_ncalayer_form_leaves_out_an_empty_hidden_field():
    html = Template(_NCALAYER).render(Context({"next": None, "nonce": "n"}))
    assert 'name="next"' not in html
    assert 'name="nonce" value="n"' in html


def test_the_ncalayer_form_needs_all_its_words():
    with pytest.raises(TemplateSyntaxError, match="noscript"):
        Template(
            '{% load ncalayer %}{% ncalayer_form "/" sign_text="x" cancelled="" failed="" '
            'signing="" button="" %}'
        )
