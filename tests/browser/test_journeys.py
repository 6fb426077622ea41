"""End to end in Debian's chromium: ЭЦҚ sign-in with the demo signer, and a civil and a criminal
petition filed by the demo citizen in Kazakh and in Russian, each with a 20 MB attachment, up to
the confirmation and the cabinet row. The civil one, started today (after 1 July 2025), is also
read in kk, ru and en on the check page and in the PDF: addressed to the civil cassation court
and named a cassation complaint (issue 10's acceptance).

Not under a frozen clock: the demo PKI is generated at the real time, so the contested act is
dated 30 days before today and its term is open.
"""

import datetime as dt
import os
import re

import pytest
from django.apps import apps
from django.core.management import call_command
from django.utils import timezone

from cabinet.management.commands.demo_data import DEMO_PASSWORD, DEMO_USERS
from petitions.models import Court, Petition, Status
from tests.petitions.pdf_reading import flat, pdf_text
from tests.petitions.uploads.samples import pdf

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
MB20 = 20 * 1024 * 1024


@pytest.fixture
def demo(demo_pki, settings):
    """The demo accounts and the court directory (a transactional test's flush empties it)."""
    if not Court.objects.exists():
        from importlib import import_module

        import_module("petitions.migrations.0002_courts_and_reference_sequence").load_courts(
            apps, None
        )
    settings.DEBUG = True
    call_command("demo_data", stdout=open(os.devnull, "w"))  # noqa: SIM115, PTH123
    settings.DEBUG = False
    return DEMO_USERS[0]


@pytest.fixture(scope="module")
def pdf_20mb(tmp_path_factory):
    """A well-formed PDF of exactly 20 × 1024 × 1024 bytes (the largest file accepted)."""
    base = len(pdf(body=b""))
    body_len = MB20 - base
    while len(pdf(body=b" " * body_len)) > MB20:
        body_len -= 1
    data = pdf(body=b" " * body_len)
    assert len(data) == MB20
    path = tmp_path_factory.mktemp("files") / "sot-aktisi.pdf"
    path.write_bytes(data)
    return path


def sign_in(page, base, iin, language):
    page.goto(f"{base}/{language}/login/")
    page.fill("input[name=iin]", iin)
    page.fill("input[name=password]", DEMO_PASSWORD)
    page.click("main button[type=submit]")
    page.wait_for_url(f"{base}/{language}/cabinet/")


def save(page):
    page.click("main form button.cc-button:not(.cc-button--warning-link)")
    page.wait_for_load_state()


def dates(page, field, day):
    page.fill(f"input[name={field}_0]", str(day.day))
    page.fill(f"input[name={field}_1]", str(day.month))
    page.fill(f"input[name={field}_2]", str(day.year))


# The law of today (from 1 July 2025): the civil cassation court, and a cassation complaint.
# Written out, not taken from the catalogues, so a wrong translation fails here too.
TODAYS_CIVIL = {
    "kk": ("Кассациялық шағым", "Азаматтық істер жөніндегі кассациялық сот"),
    "ru": ("Кассационная жалоба", "Кассационный суд по гражданским делам"),
    "en": ("Cassation complaint", "Cassation Court for Civil Cases"),
}


def summary_value(page, key):
    row = page.locator(
        "main .cc-summary-list__row",
        has=page.locator("dt", has_text=re.compile(rf"^{re.escape(key)}$")),
    )
    return row.locator("dd.cc-summary-list__value").inner_text().strip()


def check_page_in_every_language(page, root, language):
    """Read the check page's Document and Addressed to rows in kk, ru and en, switching with the
    header's language links, and come back to ``language``."""
    keys = {
        "kk": ("Құжат", "Жолданатын сот"),
        "ru": ("Документ", "Адресат"),
        "en": ("Document", "Addressed to"),
    }
    for other in [*(code for code in TODAYS_CIVIL if code != language), language]:
        page.click(f"header a[hreflang={other}]")
        page.wait_for_url(re.compile(rf".*/{other}/petitions/[0-9a-f-]{{36}}/check/$"))
        document_key, addressee_key = keys[other]
        assert (summary_value(page, document_key), summary_value(page, addressee_key)) == (
            TODAYS_CIVIL[other]
        ), other
    assert page.url == f"{root}/check/"


def pdf_in_every_language(page, base, petition):
    """Fetch the PDF in kk, ru and en with the browser's own session (its cookies)."""
    for language, (title, court) in TODAYS_CIVIL.items():
        response = page.request.get(
            f"{base}/{language}/petitions/{petition.public_id}/petition.pdf"
        )
        assert response.ok, language
        text, _pages = pdf_text(response.body())
        assert text.splitlines()[0] == title, language
        assert court in flat(text), language


def test_ecp_sign_in_says_ncalayer_is_not_running_then_the_demo_signer_signs_in(
    live_server, page, demo
):
    iin, name, _role = demo
    page.goto(f"{live_server.url}/kk/login/")
    page.click("main a[href='/kk/login/ecp/']")
    page.wait_for_url(f"{live_server.url}/kk/login/ecp/")
    # JavaScript shows the NCALayer button; no NCALayer listens here, so the page says so.
    button = page.locator("[data-ncalayer-sign]")
    button.wait_for(state="visible")
    button.click()
    status = page.locator("[data-ncalayer-status]")
    expected = status.get_attribute("data-not-running")
    page.wait_for_function(
        "([el, text]) => el.textContent === text", arg=[status.element_handle(), expected]
    )
    page.fill("input[name=iin]", iin)
    page.click("form[action='/kk/login/ecp/demo/'] button[type=submit]")
    page.wait_for_url(f"{live_server.url}/kk/cabinet/")
    assert name in page.content()


@pytest.mark.parametrize(
    ("language", "procedure", "sent"),
    [
        ("kk", "civil", "Кассациялық шағым жіберілді"),
        ("ru", "criminal", "Кассационная жалоба отправлена"),
    ],
)
def test_a_petition_is_filed_end_to_end(
    live_server, page, demo, pdf_20mb, language, procedure, sent
):
    iin, _name, _role = demo
    base = live_server.url
    sign_in(page, base, iin, language)
    page.click("main form[action$='/petitions/new/'] button")
    page.wait_for_url(re.compile(r".*/petitions/[0-9a-f-]{36}/$"))
    petition = Petition.objects.get(filer__iin=iin, status=Status.DRAFT)
    root = f"{base}/{language}/petitions/{petition.public_id}"
    page.click("main .cc-task-list a >> nth=0")
    page.check(f"input[name=procedure][value={procedure}]")
    save(page)
    standing = "claimant" if procedure == "civil" else "convicted"
    page.check(f"input[name=standing][value={standing}]")
    save(page)
    act = "appellate" if procedure == "civil" else "conviction"
    page.check(f"input[name=act_kind][value={act}]")
    save(page)
    if procedure == "civil":
        page.locator("input[name=court]").first.check()
    else:  # a first-instance court is named, not chosen
        page.fill("input[name=court_name]", "Астана қаласы Есіл аудандық соты")
    page.fill("input[name=case_number]", "7199-24-00-2а/1234")
    save(page)
    in_force = timezone.localdate() - dt.timedelta(days=30)
    dates(page, "act_date", in_force - dt.timedelta(days=5))
    dates(page, "in_force_on", in_force)
    save(page)
    if procedure == "civil":
        page.check("input[name=appeal][value=decided_on_appeal]")
        save(page)
        page.check("input[name=exclusion][value=none]")  # CPC 434.2
    else:
        page.check("input[name=exclusion][value=none]")  # CrPC 484
        save(page)
        page.check("input[name=direction][value=improves]")
    save(page)
    page.wait_for_url(f"{root}/time-limit/")
    page.click("main a.cc-button")  # Continue: the time limit is open
    page.wait_for_url(f"{root}/")

    page.goto(f"{root}/parties/")
    page.fill("input[name=address]", "Астана, Мәңгілік Ел 8")
    page.click("main form button.cc-button--secondary")
    page.wait_for_url(f"{root}/parties/")
    other = "defendant" if procedure == "civil" else "victim"
    page.select_option("select[name=role]", other)
    page.fill("input[name=name]", "ЖШС «Мысал»" if procedure == "civil" else "Иванов Иван")
    page.fill("input[name=address]", "Алматы, Абай 1")
    page.click("main form button.cc-button--secondary")
    page.wait_for_url(f"{root}/parties/")

    # The other instance's act: civil, the first-instance decision behind the appellate act
    # (CPC 441); criminal, the court of appeal's act (CrPC 484.1).
    page.goto(f"{root}/q/other_act/")
    if procedure == "civil":
        page.fill("input[name=other_court_name]", "Астана қаласы Есіл аудандық соты")
        dates(page, "other_act_date", in_force - dt.timedelta(days=60))
    else:
        page.fill("input[name=other_court_name]", "Астана қалалық сотының қылмыстық істер алқасы")
        dates(page, "other_act_date", in_force - dt.timedelta(days=1))
    save(page)
    for slug, text in (
        ("grounds", "Соттар заңды қате қолданды."),
        ("arguments", "Дәлелдер мен уәждер."),
        ("request", "Сот актісін бұзуды сұраймын."),
    ):
        page.goto(f"{root}/q/{slug}/")
        page.fill(f"textarea[name={slug}]", text)
        save(page)
    if procedure == "civil":
        page.check("input[name=fee_claim][value=non_property]")
        save(page)
        assert "1 081,25" in page.inner_text("main")  # 0.25 MRP of 2026
        page.check("input[name=state_fee][value=exempt]")
        page.check("input[name=fee_exemption_item][value=other]")
        page.fill("textarea[name=fee_exemption]", "Салық кодексі бойынша.")
    else:
        page.check("input[name=wants_hearing][value=True]")
    save(page)
    page.wait_for_url(f"{root}/")

    page.goto(f"{root}/documents/")
    page.check("input[name=kind][value=court_act]")
    page.set_input_files("input[type=file]", str(pdf_20mb))
    page.click("main form[data-upload-form] button[type=submit]")
    page.locator("main table a[href$='/download/']", has_text="sot-aktisi.pdf").wait_for(
        timeout=60_000
    )
    assert petition.attachments.get().size == MB20

    page.goto(f"{root}/check/")
    if procedure == "civil":
        check_page_in_every_language(page, root, language)
    manifest = page.locator("#manifest").text_content()
    assert '"size":20971520' in manifest
    page.click("form[action$='/sign/demo/'] button[type=submit]")
    page.wait_for_url(f"{root}/confirmation/")
    assert sent in page.locator("main").inner_text()
    petition.refresh_from_db()
    assert petition.status == Status.SUBMITTED
    assert petition.reference in page.locator("main").inner_text()
    if procedure == "civil":
        pdf_in_every_language(page, base, petition)

    page.goto(f"{base}/{language}/cabinet/")
    row = page.locator("main tr", has_text=petition.reference)
    assert row.count() == 1


def test_every_upload_shows_progress_not_only_the_first(live_server, page, demo, tmp_path):
    from cabinet.models import User
    from tests.petitions.factories import PetitionFactory

    iin, _name, _role = demo
    petition = PetitionFactory(filer=User.objects.get(iin=iin))
    sign_in(page, live_server.url, iin, "kk")
    page.goto(f"{live_server.url}/kk/petitions/{petition.public_id}/documents/")
    before = page.evaluate("history.length")
    for n in range(2):
        path = tmp_path / f"file-{n}.pdf"
        path.write_bytes(pdf(body=f"file {n}".encode()))
        page.check("input[name=kind][value=other]")
        page.set_input_files("input[type=file]", str(path))
        page.click("main form[data-upload-form] button[type=submit]")
        page.locator("main table a[href$='/download/']", has_text=f"file-{n}.pdf").wait_for()
    # Each upload went through the script (no page navigation), the second one too.
    assert page.evaluate("history.length") == before
    assert petition.attachments.count() == 2
