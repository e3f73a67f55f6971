"""The glossary and the coordinators' list of what has gone longest unchecked fit a 320 px screen in every
language, with no axe-core violation (the real page, served by gunicorn, in Chromium)."""

import pytest

from teekond.conftest import sign_in_browser
from teekond.core.tests.axe import assert_no_axe_violation

pytestmark = pytest.mark.browser


def page_fits(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


@pytest.mark.parametrize("language", ["et", "en", "ru", "uk"])
def test_the_glossary_fits_320_px_and_has_no_axe_violation(production_server, browser, language):
    context = browser.new_context(viewport={"width": 320, "height": 640})
    page = context.new_page()
    page.goto(f"{production_server}/{language}/terms/")
    assert page.locator("article.glossary-entry").count() >= 60
    assert page_fits(page)
    assert_no_axe_violation(page)
    context.close()


@pytest.mark.parametrize("language", ["et", "ru"])
def test_the_list_to_check_fits_320_px(production_server, browser, language):
    context = browser.new_context(viewport={"width": 320, "height": 640})
    page = context.new_page()
    sign_in_browser(page, production_server, language)
    page.goto(f"{production_server}/{language}/reports/to-check/")
    assert page.locator("tbody tr").count() >= 53
    assert page_fits(page)
    assert_no_axe_violation(page)
    context.close()
