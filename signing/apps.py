"""The Django side of signing/. The crypto core (signing.core) never imports Django; only
``signing.web`` and the management commands do."""

from django.apps import AppConfig


class SigningConfig(AppConfig):
    name = "signing"
    verbose_name = "E-signatures"

    def ready(self) -> None:
        from signing.web import checks  # noqa: F401 - registers the system checks
