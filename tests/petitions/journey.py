"""Steps of the filing journey as the tests take them: question pages, date fields, signing.

One copy of each step, so a change to a URL or to what the sign form posts is made once; the
tests keep their own assertions about what each step did.
"""

import base64
import datetime as dt

from django.urls import reverse

from petitions.manifest import manifest_sha256
from petitions.models import Petition, Status
from petitions.services.references import reference_is_valid
from petitions.services.submission import petition_sign_and_submit

from .factories import cms_for, petition_url


def q(petition: Petition, slug: str) -> str:
    """The URL of one question page of the journey."""
    return reverse("petitions:question", kwargs={"public_id": petition.public_id, "slug": slug})


def start(client) -> Petition:
    """Start a petition as the signed-in ``client.user`` would, with the start button."""
    response = client.post(reverse("petitions:start"))
    assert response.status_code == 302
    return Petition.objects.get(filer=client.user)


def date_parts(field: str, day: dt.date | None = None, *, parts=None) -> dict[str, str]:
    """The day, month and year inputs of a date question (``parts`` as typed, when given)."""
    values = parts or (str(day.day), str(day.month), str(day.year))
    return {f"{field}_{n}": v for n, v in enumerate(values)}


def signature_form(petition: Petition, *, iin: str | None = None) -> dict[str, str]:
    """What NCALayer's page posts: a CMS over the manifest and the manifest hash that was seen."""
    return {"cms": cms_for(petition, iin=iin), "manifest_sha256": manifest_sha256(petition)}


def sign(client, petition: Petition, *, iin: str | None = None):
    """Post an NCALayer signature of the petition to the sign view; the response."""
    return client.post(petition_url("sign", petition), signature_form(petition, iin=iin))


def submit_with_demo_signer(client, petition: Petition) -> Petition:
    """Sign with the demo signer and send, through the real views; the petition as sent."""
    response = client.post(
        petition_url("demo_sign", petition), {"manifest_sha256": manifest_sha256(petition)}
    )
    assert response["Location"] == petition_url("confirmation", petition)
    petition.refresh_from_db()
    assert petition.status == Status.SUBMITTED
    assert reference_is_valid(petition.reference)
    return petition


def sign_and_submit(petition: Petition) -> Petition:
    """Sign by the filer's demo key and submit through the service, without a request."""
    return petition_sign_and_submit(
        petition=petition,
        cms=base64.b64decode(cms_for(petition)),
        seen_sha256=manifest_sha256(petition),
    ).petition
