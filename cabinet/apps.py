"""Accounts, login (password and ЭЦҚ), the user's dashboard."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CabinetConfig(AppConfig):
    name = "cabinet"
    verbose_name = _("Cabinet")
