"""Template context shared by every page."""

from django.conf import settings
from django.http import HttpRequest
from django.urls import translate_url


def languages(request: HttpRequest) -> dict[str, object]:
    """The language switcher: this page in each language, named by its endonym.

    Links rather than Django's ``set_language`` form: the URL prefix already decides the language,
    a link works without JavaScript or a POST, and ``translate_url`` is reliable here because the
    active language is the one of the current URL's prefix.
    """
    path = request.get_full_path()
    return {
        "language_links": [
            {"code": code, "endonym": endonym, "url": translate_url(path, code)}
            for code, endonym in settings.LANGUAGES  # endonyms, never translated
        ]
    }
