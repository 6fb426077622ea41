"""Django's password validators with our own translated messages.

Django's Kazakh catalog lacks these messages, so a citizen choosing a weak password would be told
why in English. The rules are Django's; only the wording (kk/ru/en, actionable) is ours.
"""

from django.contrib.auth import password_validation as django_validation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext


class MinimumLengthValidator(django_validation.MinimumLengthValidator):
    def get_error_message(self) -> str:
        return ngettext(
            "This password is too short. Use at least %(min_length)d character.",
            "This password is too short. Use at least %(min_length)d characters.",
            self.min_length,
        ) % {"min_length": self.min_length}

    def get_help_text(self) -> str:
        return self.get_error_message()


class UserAttributeSimilarityValidator(django_validation.UserAttributeSimilarityValidator):
    def get_error_message(self) -> str:
        return _("This password is too similar to your name or IIN. Choose another one.")

    def get_help_text(self) -> str:
        return self.get_error_message()


class CommonPasswordValidator(django_validation.CommonPasswordValidator):
    def get_error_message(self) -> str:
        return _("This password is too common and easy to guess. Choose another one.")

    def get_help_text(self) -> str:
        return self.get_error_message()


class NumericPasswordValidator(django_validation.NumericPasswordValidator):
    def get_error_message(self) -> str:
        return _("This password has only digits. Add letters or other characters.")

    def get_help_text(self) -> str:
        return self.get_error_message()
