"""core.middleware.PrivateNoStoreMiddleware: nothing a signed-in person sees is kept by a browser
or a proxy — the cabinet, a petition's pages, its PDF, the admin."""

import pytest
from django.urls import reverse

from tests.factories import PASSWORD, UserFactory
from tests.petitions.factories import ready_to_sign
from tests.petitions.journey import submit_with_demo_signer

pytestmark = pytest.mark.django_db


def _no_store(response) -> bool:
    directives = {d.strip() for d in response.get("Cache-Control", "").split(",")}
    return {"private", "no-store"} <= directives


@pytest.mark.parametrize("url", ["/kk/", "/ru/cabinet/", "/en/cabinet/password/", "/kk/admin/"])
def test_every_page_for_a_signed_in_person_is_private_and_not_stored(client, url):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    response = client.get(url)
    assert response.status_code == 200
    assert _no_store(response)


def test_a_redirect_and_an_error_page_for_a_signed_in_person_are_not_stored_either(client):
    client.force_login(UserFactory())
    assert _no_store(client.get(reverse("cabinet:login")))  # redirect to the cabinet
    assert _no_store(client.get("/kk/no-such-page/"))


@pytest.mark.usefixtures("crls")
def test_the_petition_pdf_is_private_and_not_stored(client):
    user = UserFactory()
    client.force_login(user)
    petition = submit_with_demo_signer(client, ready_to_sign(user))
    response = client.get(reverse("petitions:pdf", kwargs={"public_id": petition.public_id}))
    assert response["Content-Type"] == "application/pdf"
    assert response["Cache-Control"] == "private, no-store"


def test_signing_in_answers_with_a_response_that_is_not_stored(client):
    user = UserFactory()
    response = client.post("/kk/login/", {"iin": user.iin, "password": PASSWORD})
    assert response.status_code == 302
    assert _no_store(response)


def test_public_pages_for_anonymous_visitors_stay_cacheable(client):
    assert "no-store" not in client.get("/kk/").get("Cache-Control", "")


def test_static_files_stay_cacheable_for_a_signed_in_person(client):
    client.force_login(UserFactory())
    response = client.get("/static/css/portal.css")
    assert response.status_code == 200
    assert "no-store" not in response.get("Cache-Control", "")
