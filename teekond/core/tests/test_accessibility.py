"""WCAG 2.1 AA in a real browser: axe-core finds no violation on any page type, in every language,
and the keyboard reaches everything from the skip link on."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from teekond.conftest import sign_in_browser

pytestmark = pytest.mark.browser

AXE_RULES = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]}}
PUBLIC_PAGES = [
    "spikker/",
    "spikker/kindergarten-queue-early/",
    "spikker/suggest/",
    "journey/",
    "journey/stages/residence-registration/",
    "journey/bottlenecks/1/",
    "journey/proposals/3/",
    "journey/state/",
    "journey/municipalities/tallinn/",
    "",
    "partners/",
    "calendar/",
    "events/1/",
    "working-group/",
    "municipalities/",
    "municipalities/tartu-linn/",
    "guide/",
    "guide/tartu-linn/?situation=temporary-protection&children=1&arrival=2026-12-01",
    "guide/antsla-vald/?situation=returnee&children=1",
    "accessibility/",
    "terms/",
    "login/",
    "w/",  # where a workshop participant types the code (boards: teekond/workshops/tests/test_workshop_browser.py)
    "no-such-page/",
]
INTERNAL_PAGES = [
    "journey/bottlenecks/new/",
    "journey/proposals/new/",
    "journey/proposals/3/state/",
    "journey/proposals/3/edit/",
    "agreements/",
    "agreements/new/",
    "events/new/",
    "events/1/edit/",
    "municipalities/tartu-linn/edit/",
    "guide/local/tartu-linn/",
    "guide/local/tartu-linn/residence-notice/",
    "guide/local/tartu-linn/residence-notice/delete/",
    "guide/local/to-check/",
    "reports/annual/",
    "reports/to-check/",
    "workshops/",
    "spikker/suggestions/",
    "spikker/feedback/",
    "guide/stuck-reports/",
    "spikker/new/",
    "spikker/drafts/",
    "spikker/translations/",
    "spikker/kindergarten-queue-early/edit/",
    "spikker/kindergarten-queue-early/history/",
    "spikker/kindergarten-queue-early/translate/ru/",
]
axe = Axe()


def assert_no_violations(page, url):
    page.goto(url)
    results = axe.run(page, options=AXE_RULES)
    assert results.violations_count == 0, f"{url}\n{results.generate_report()}"


@pytest.mark.parametrize("language", ["et", "en", "ru", "uk"])
def test_public_pages_have_no_axe_violations(production_server, page, language):
    for path in PUBLIC_PAGES:
        assert_no_violations(page, f"{production_server}/{language}/{path}")


@pytest.mark.parametrize("language", ["et", "en"])
def test_internal_pages_have_no_axe_violations(production_server, page, language):
    sign_in_browser(page, production_server, language)
    for path in INTERNAL_PAGES:
        assert_no_violations(page, f"{production_server}/{language}/{path}")


def test_form_errors_have_no_axe_violations(production_server, page):
    sign_in_browser(page, production_server, "en")
    page.goto(f"{production_server}/en/events/new/")
    page.click("main button[type=submit]")
    assert page.locator(".error").count() >= 1
    results = axe.run(page, options=AXE_RULES)
    assert results.violations_count == 0, results.generate_report()


def test_keyboard_starts_at_the_skip_link_and_lands_in_main(production_server, page):
    page.goto(f"{production_server}/en/partners/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent.trim()") == "Skip to main content"
    assert page.evaluate("getComputedStyle(document.activeElement).top") != "-64px"  # visible when focused
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent.trim()") == "Tartu linn"


def test_keyboard_alone_switches_the_language(production_server, page):
    page.goto(f"{production_server}/en/calendar/")
    for _ in range(10):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.getAttribute('hreflang')") == "uk":
            break
    page.keyboard.press("Enter")
    page.wait_for_url(f"{production_server}/uk/calendar/")
    assert page.evaluate("document.documentElement.lang") == "uk"


def test_focus_is_visible(production_server, page):
    page.goto(f"{production_server}/en/")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline == "solid"


def test_the_check_itself_catches_a_violation(page):
    """Guards against a harness that passes everything (e.g. axe not injected)."""
    page.set_content('<html lang="en"><body><main><h1>x</h1><input type="text"></main></body></html>')
    results = axe.run(page, options=AXE_RULES)
    assert "label" in results.generate_report()
    assert results.violations_count >= 1
