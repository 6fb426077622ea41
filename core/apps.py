"""Shared, domain-free pieces: security headers, health, GOV.UK-style form components."""

from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "core"
