"""Django's own validation messages that its kk catalogue lacks read in Kazakh too."""

import pytest
from django import forms
from django.utils import translation


class _Form(forms.Form):
    text = forms.CharField()


@pytest.mark.parametrize(
    ("language", "message"),
    [("kk", "Нөлдік таңбаларға рұқсат етілмейді."), ("ru", "Нулевые символы не допускаются.")],
)
def test_a_null_character_is_refused_in_the_language_of_the_page(language, message):
    with translation.override(language):
        form = _Form(data={"text": "a\x00b"})
        assert not form.is_valid()
        assert form.errors["text"] == [message]
