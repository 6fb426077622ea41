"""Browser fixtures: Debian's chromium, headless, driven by Playwright (never a downloaded
browser)."""

import os
import shutil

import pytest

CHROMIUM = "/usr/bin/chromium"


@pytest.fixture(scope="session")
def browser():
    if not shutil.which(CHROMIUM):
        pytest.fail("Debian chromium is missing: run `make test` (bin/system-deps installs it).")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"  # Playwright's sync API runs an event loop
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context()
    page = context.new_page()
    errors: list[str] = []

    def record(message):
        # With no NCALayer on this machine the browser logs the refused WebSocket; the page's
        # own message about it is what the tests check.
        if message.type == "error" and "wss://127.0.0.1:13579" not in message.text:
            errors.append(message.text)

    page.on("console", record)
    yield page
    context.close()
    assert errors == [], f"browser console errors (CSP violations?): {errors}"
