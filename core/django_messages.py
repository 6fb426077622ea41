"""Django's own messages that its Kazakh catalogue lacks, so ours can translate them.

Listed here only so ``makemessages`` extracts them into locale/; at run time Django looks each
up by the same msgid and finds our translation first (LOCALE_PATHS wins over Django's).
"""

from django.utils.translation import gettext_noop

MESSAGES = (gettext_noop("Null characters are not allowed."),)
