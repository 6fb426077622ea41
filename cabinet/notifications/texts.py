"""The words of every notice, as whole translatable sentences, in the recipient's language.

Rendered under ``translation.override(user.language)`` because a Celery worker has no request
locale; the text is then stored, so what the citizen read is what operators see.
"""

import datetime as dt
from dataclasses import dataclass

from django.conf import settings
from django.urls import reverse
from django.utils import formats, translation
from django.utils.translation import gettext as _

from petitions.models import Petition, Status


@dataclass(frozen=True)
class Text:
    language: str
    subject: str
    body: str
    sms: str


def _link(path: str) -> str:
    return str(settings.NOTIFY_SITE_URL) + path


def _status_sentence(status: str, reference: str) -> str:
    # One whole sentence per status, so each language words it its own way.
    sentences = {
        Status.SUBMITTED: _(
            "Your filing %(reference)s has been received. We are delivering it to the court."
        ),
        Status.DELIVERED: _(
            "Your filing %(reference)s has been delivered to the court and registered."
        ),
        Status.UNDER_REVIEW: _("The court has started to review your filing %(reference)s."),
        Status.RETURNED: _(
            "The court has returned your filing %(reference)s. Open it in your cabinet to see why."
        ),
        Status.REFUSED: _(
            "The court has decided not to transfer your filing %(reference)s to a cassation "
            "hearing. Open it in your cabinet to see the decision."
        ),
        Status.SCHEDULED: _(
            "A hearing has been scheduled on your filing %(reference)s. "
            "Open it in your cabinet to see the details."
        ),
        Status.DECIDED: _(
            "The court has decided on your filing %(reference)s. "
            "Open it in your cabinet to see the decision."
        ),
        Status.WITHDRAWN: _("Your filing %(reference)s has been withdrawn."),
    }
    return str(sentences[Status(status)] % {"reference": reference})


def status_text(*, petition: Petition, status: str, language: str) -> Text:
    with translation.override(language):
        sentence = _status_sentence(status, petition.reference or "")
        url = _link(reverse("petitions:confirmation", kwargs={"public_id": petition.public_id}))
        return Text(
            language=language,
            subject=_("Court Cabinet: news on your filing %(reference)s")
            % {"reference": petition.reference},
            body=sentence
            + "\n\n"
            + _("Follow your filing in your cabinet: %(url)s") % {"url": url},
            sms=sentence,
        )


def reminder_text(*, petition: Petition, last_day: dt.date, language: str) -> Text:
    with translation.override(language):
        when = formats.date_format(last_day, "DATE_FORMAT")
        sentence = _(
            "The time limit for your draft filing ends on %(date)s. "
            "Sign and send it before the end of that day."
        ) % {"date": when}
        url = _link(reverse("petitions:task_list", kwargs={"public_id": petition.public_id}))
        return Text(
            language=language,
            subject=_("Court Cabinet: the time limit for your draft is ending"),
            body=sentence + "\n\n" + _("Continue your draft: %(url)s") % {"url": url},
            sms=sentence,
        )
