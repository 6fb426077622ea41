"""A real browser (Debian's chromium, headless) reads the home page in three languages and signs in
as the demo citizen."""

import os

import pytest
from django.core.management import call_command

from cabinet.management.commands.demo_data import DEMO_PASSWORD, DEMO_USERS

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize(
    ("language", "heading", "sign_in"),
    [
        ("kk", "Кассациялық сатыдағы сотта іс жүргізу", "Кіру"),
        ("ru", "Производство в суде кассационной инстанции", "Войти"),
        ("en", "Proceedings in the court of cassation instance", "Sign in"),
    ],
)
def test_home_page_reads_in_each_language(live_server, page, language, heading, sign_in):
    page.goto(f"{live_server.url}/{language}/")
    assert page.locator("h1").inner_text() == heading
    assert page.locator("html").get_attribute("lang") == language
    assert page.get_by_role("link", name=sign_in, exact=True).count() == 1


def test_demo_citizen_signs_in_and_sees_the_cabinet(live_server, page, settings):
    settings.DEBUG = True
    call_command("demo_data", stdout=open(os.devnull, "w"))  # noqa: SIM115, PTH123
    settings.DEBUG = False
    iin, name, _role = DEMO_USERS[0]
    page.goto(f"{live_server.url}/kk/")
    page.get_by_role("link", name="Кіру", exact=True).click()
    page.get_by_label("ЖСН").fill(iin)
    page.get_by_label("Құпиясөз").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Кіру").click()
    page.wait_for_url(f"{live_server.url}/kk/cabinet/")
    assert name in page.content()
    # The switcher is a plain link to this page in the other language.
    page.get_by_role("link", name="Русский").click()
    page.wait_for_url(f"{live_server.url}/ru/cabinet/")
    assert page.locator("h1").inner_text() == "Мой кабинет"


def test_a_wrong_password_moves_focus_to_the_error_summary(live_server, page):
    page.goto(f"{live_server.url}/en/login/")
    page.get_by_label("IIN").fill("900101300017")
    page.get_by_label("Password").fill("wrong-password")
    page.get_by_role("button", name="Sign in").click()
    summary = page.locator(".cc-error-summary")
    summary.wait_for()
    assert page.evaluate("document.activeElement.classList.contains('cc-error-summary')")
    assert page.title().startswith("Error:")
