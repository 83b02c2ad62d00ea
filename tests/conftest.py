"""Shared fixtures. Tests use real PostgreSQL: DATABASE_URL, or the embedded server."""

import os
from pathlib import Path

import pytest


@pytest.fixture(scope="session", autouse=True)
def _test_http_settings():
    """Serve plain HTTP, and static files without the manifest of collectstatic.

    Session-wide and before any server starts: the live server builds its middleware once.
    """
    from django.conf import settings

    if not settings.configured:  # database-free importer tests run without Django too
        return
    settings.SECURE_SSL_REDIRECT = False
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@pytest.fixture(autouse=True)
def _countries_after_flush(request):
    """Put the migration's countries back after a transactional test flushed every table."""
    marker = request.node.get_closest_marker("django_db")
    if marker is None:
        return
    transactional = marker.kwargs.get("transaction") or (marker.args and marker.args[0])
    request.getfixturevalue("transactional_db" if transactional else "db")
    from articles.countries import countries_create
    from articles.models import Country

    if not Country.objects.exists():
        countries_create(Country)


CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"


@pytest.fixture(scope="session")
def browser():
    """Debian's headless Chromium through Playwright (never a downloaded browser)."""
    if not os.path.exists(CHROMIUM):
        message = f"{CHROMIUM} is not installed (apt-get install chromium)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in this thread; the ORM calls the tests make
    # around it are still synchronous.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, live_server):
    """A fresh browser page; its `base_url` is the live test server."""
    context = browser.new_context(base_url=live_server.url, locale="ru-RU")
    tab = context.new_page()
    yield tab
    context.close()


@pytest.fixture
def artifacts_dir() -> Path:
    """Folder for screenshots and downloads that CI keeps as test artifacts."""
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
