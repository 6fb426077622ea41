"""The petition PDF: only for a sent petition of one's own, in the page's language, with every
Kazakh and Russian letter really drawn in the embedded DejaVu font.

fpdf2 compresses its streams and writes text as glyph ids, so the text is read back the way a
PDF reader does: inflate the streams, map each font's glyph ids through its ToUnicode CMap, and
decode the strings that the ``Tj``/``TJ`` operators show.
"""

import datetime as dt
import re

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext

from petitions.models import Party, Petition
from petitions.pdf import petition_pdf
from tests.factories import UserFactory

from .factories import PetitionFactory
from .factories import ready_to_sign as complete
from .journey import submit_with_demo_signer
from .pdf_reading import flat, pdf_text

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("crls")]

KAZAKH_LETTERS = "ӘҒҚҢӨҰҮҺІ әғқңөұүһі"
RUSSIAN_LETTERS = "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ абвгдеёжзийклмнопрстуфхцчшщъыьэюя"


# --- Petitions -----------------------------------------------------------------------------------


def url(name: str, petition: Petition, language: str = "kk") -> str:
    with translation.override(language):
        return reverse(f"petitions:{name}", kwargs={"public_id": petition.public_id})


@pytest.fixture
def submitted(signed_in) -> Petition:
    return submit_with_demo_signer(signed_in, complete(signed_in.user))


# --- The view ------------------------------------------------------------------------------------


def test_a_sent_petition_downloads_as_a_pdf_named_by_its_reference(signed_in, submitted):
    response = signed_in.get(url("pdf", submitted))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF-")
    assert response.content.rstrip().endswith(b"%%EOF")
    assert response["Content-Disposition"] == f'attachment; filename="{submitted.reference}.pdf"'
    assert re.search(rb"/BaseFont /\w+\+DejaVuSans", response.content)
    assert b"/FontFile2" in response.content  # embedded, not merely named


def test_the_pdf_holds_the_whole_petition_as_sent(signed_in, submitted):
    text, _ = pdf_text(signed_in.get(url("pdf", submitted)).content)
    attachment = submitted.attachments.get()

    with translation.override("kk"):
        title = gettext("Cassation complaint")  # sent after 1 July 2025
        reference = gettext("Reference number: %(reference)s") % {"reference": submitted.reference}
    assert text.splitlines()[0] == title
    assert reference in text
    everything = flat(text)
    for expected in (
        submitted.case_number,
        submitted.grounds,
        submitted.arguments,
        submitted.request,
        submitted.court.name(),
        "Азаматтық істер жөніндегі кассациялық сот",  # addressed by the law of the day it was sent
        *[p.name for p in submitted.parties.all()],
        *[p.address for p in submitted.parties.all()],
        f"{attachment.name} ({attachment.size} B, SHA-256 {attachment.sha256})",
        "Іс бойынша сот актісінің көшірмесі",  # the attachment's kind
        "Талапкер",  # the petitioner's part in the case (CPC 441)
        submitted.other_court_name,  # the first-instance decision behind the appellate act
        submitted.fee_exemption,  # the state-fee exemption and its grounds
        submitted.signer_iin,
        submitted.manifest_sha256,
    ):
        assert expected
        assert flat(expected) in everything, expected


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_the_labels_are_in_the_language_of_the_request(signed_in, submitted, language):
    response = signed_in.get(url("pdf", submitted, language))
    text, _ = pdf_text(response.content)

    assert response.status_code == 200
    with translation.override(language):
        labels = [
            gettext("Cassation complaint"),  # its name since 1 July 2025
            gettext("Kind of case"),
            gettext("Parties"),
            gettext("Grounds"),
            gettext("Attached documents"),
            gettext("Signed with an electronic digital signature"),
            submitted.get_procedure_display(),
        ]
    with translation.override("en"):
        english = gettext("Cassation complaint")
    assert labels[0] != english  # the translation exists, so the check below means something
    for label in labels:
        assert label in text
    assert english not in text
    other = "ru" if language == "kk" else "kk"
    with translation.override(other):
        assert gettext("Cassation complaint") not in text


NAMES = {
    "kk": ("Кассациялық шағым", "Азаматтық істер жөніндегі кассациялық сот"),
    "ru": ("Кассационная жалоба", "Кассационный суд по гражданским делам"),
    "en": ("Cassation complaint", "Cassation Court for Civil Cases"),
}


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_a_civil_petition_sent_today_is_a_cassation_complaint_to_the_civil_cassation_court(
    signed_in, submitted, language
):
    text, _ = pdf_text(signed_in.get(url("pdf", submitted, language)).content)
    title, court = NAMES[language]
    assert text.splitlines()[0] == title
    assert flat(court) in flat(text)


def test_a_petition_sent_before_the_reform_is_a_petition_to_the_supreme_court():
    sent = dt.datetime(2025, 6, 30, 12, 0, tzinfo=dt.UTC)
    petition = PetitionFactory(
        procedure="civil", submitted_at=sent, deadline={"regime": "supreme_court"}
    )
    with translation.override("ru"):
        text, _ = pdf_text(petition_pdf(petition))
    assert text.splitlines()[0] == "Ходатайство о пересмотре в кассационном порядке"
    assert flat("Верховный Суд Республики Казахстан") in flat(text)


def test_a_draft_has_no_pdf(signed_in):
    petition = complete(signed_in.user)

    assert signed_in.get(url("pdf", petition)).status_code == 404
    assert signed_in.get(url("pdf", petition, "ru")).status_code == 404


def test_another_persons_pdf_is_not_found(signed_in, submitted):
    stranger = Client()
    stranger.force_login(UserFactory())

    assert stranger.get(url("pdf", submitted)).status_code == 404
    assert signed_in.get(url("pdf", submitted)).status_code == 200


def test_the_pdf_needs_login_a_get_and_a_real_id(signed_in, submitted):
    pdf_url = url("pdf", submitted)

    assert Client().get(pdf_url)["Location"].startswith(reverse("cabinet:login"))
    assert signed_in.post(pdf_url).status_code == 405
    assert signed_in.get(pdf_url.replace(str(submitted.public_id), "nope")).status_code == 404
    unknown = pdf_url.replace(str(submitted.public_id), "00000000-0000-0000-0000-000000000000")
    assert signed_in.get(unknown).status_code == 404


def test_the_confirmation_page_links_to_the_pdf(signed_in, submitted):
    page = signed_in.get(url("confirmation", submitted))

    assert page.status_code == 200
    assert url("pdf", submitted) in page.content.decode()


# --- The document itself -------------------------------------------------------------------------


def test_every_kazakh_and_russian_letter_is_drawn_in_the_font():
    petition = PetitionFactory()
    petition.grounds = KAZAKH_LETTERS
    petition.arguments = RUSSIAN_LETTERS
    petition.request = "Сұраймын: «қаулыны бұзу» — прошу «отменить» (№ 2-1234/2024) \\ 100 %"
    petition.case_number = "7199-24-00-2а/1234"
    petition.save()
    Party.objects.create(petition=petition, role="petitioner", name="Әлихан Бөкейхан Ұлы")

    text, _ = pdf_text(petition_pdf(petition))

    assert "\ufffd" not in text
    for line in (KAZAKH_LETTERS, RUSSIAN_LETTERS, petition.request, "Әлихан Бөкейхан Ұлы"):
        assert flat(line) in flat(text)
    assert set(KAZAKH_LETTERS + RUSSIAN_LETTERS) <= set(text)


def test_an_empty_draft_renders_with_dashes_for_what_is_missing():
    petition = PetitionFactory()

    data = petition_pdf(petition)
    text, pages = pdf_text(data)

    assert data.startswith(b"%PDF")
    assert pages == 1
    with translation.override("kk"):
        assert gettext("Reference number: %(reference)s").split("%")[0].strip() not in text
        assert gettext("Signed with an electronic digital signature") not in text
    assert text.count("—") >= 9  # every row, empty, shows a dash instead of nothing


def test_a_long_petition_flows_onto_more_pages_without_losing_text():
    petition = PetitionFactory()
    paragraphs = [f"{n}. Дәлел {n}: соттың қорытындысы негізсіз — довод {n}." for n in range(300)]
    petition.arguments = "\n".join(paragraphs)
    petition.save()

    text, pages = pdf_text(petition_pdf(petition))

    assert pages > 3
    for paragraph in (paragraphs[0], paragraphs[150], paragraphs[-1]):
        assert paragraph in text.splitlines()


def test_the_received_time_is_in_local_time(submitted):
    with translation.override("ru"):  # Russian formats it "3 декабря 2026 г. 10:43"
        text, _ = pdf_text(petition_pdf(submitted))
        received = gettext("Received: %(when)s").split("%")[0]

    local = timezone.localtime(submitted.submitted_at)
    utc = submitted.submitted_at.astimezone(dt.UTC)
    line = next(line for line in text.splitlines() if line.startswith(received))
    assert f"{local.hour}:{local.minute:02d}" in line
    assert f"{local.day} " in line
    assert str(local.year) in line
    assert f" {utc.hour}:{utc.minute:02d}" not in line  # Almaty is UTC+5, never UTC


def test_a_criminal_petition_prints_the_hearing_answer_and_the_named_court():
    petition = PetitionFactory(
        procedure="criminal",
        standing="victim",
        act_kind="acquittal",
        court_name="Есіл аудандық соты",
        case_number="1-7/2026",
        exclusion="none",
        other_court_name="Астана қалалық соты",
        other_act_date=dt.date(2026, 9, 1),
        wants_hearing=False,
    )
    with translation.override("ru"):
        text, _ = pdf_text(petition_pdf(petition))
        everything = flat(text)
        for expected in (
            "Есіл аудандық соты",  # the first-instance court, by name
            "Потерпевший",  # the petitioner's part in the case
            "Акт суда апелляционной инстанции",
            "Астана қалалық соты",
            "Просит об участии в судебном заседании",
            "Нет",
        ):
            assert flat(expected) in everything, expected
        assert flat(gettext("State fee")) not in everything  # no state fee in a criminal case
