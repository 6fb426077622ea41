"""The one draft guard: the view gets the draft, or the person goes to what became of it."""

import pytest
from django.http import Http404, HttpResponse

from petitions.views.guards import draft_required
from tests.factories import UserFactory
from tests.petitions.factories import PetitionFactory
from tests.petitions.factories import petition_url as url
from tests.petitions.test_selectors import sent

pytestmark = pytest.mark.django_db


@draft_required
def show(request, petition, **kwargs):
    return HttpResponse(f"{petition.pk} {kwargs}")


@draft_required(elsewhere="petitions:attachments")
def remove(request, petition):
    return HttpResponse("removed")


def request_by(rf, user):
    request = rf.get("/")
    request.user = user
    return request


def test_the_view_gets_the_draft_and_the_other_arguments(rf):
    petition = PetitionFactory()
    response = show(request_by(rf, petition.filer), public_id=petition.public_id, slug="grounds")
    assert response.content.decode() == f"{petition.pk} {{'slug': 'grounds'}}"


def test_another_persons_draft_is_not_found(rf):
    petition = PetitionFactory()
    with pytest.raises(Http404):
        show(request_by(rf, UserFactory()), public_id=petition.public_id)


def test_a_sent_petition_goes_to_its_confirmation_or_where_the_page_says(rf):
    petition = sent(PetitionFactory())
    request = request_by(rf, petition.filer)
    assert show(request, public_id=petition.public_id)["Location"] == url("confirmation", petition)
    assert remove(request, public_id=petition.public_id)["Location"] == url("attachments", petition)
