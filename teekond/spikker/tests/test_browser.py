"""In Chromium against the production server: search as you type, and reading the answer."""

import pytest

pytestmark = pytest.mark.browser


def test_results_appear_while_typing_and_lead_to_the_entry(production_server, page):
    page.goto(f"{production_server}/et/spikker/")
    page.fill("#spikker-q", "lasteai")
    first = page.locator("#search-results .search-results li h2 a").first
    first.wait_for(timeout=10_000)
    assert "Lasteaiakoht" in first.inner_text()
    assert page.locator("#search-results mark").count() >= 1
    page.keyboard.press("Tab")  # from the box to the search button, then to the first result
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    page.wait_for_url("**/et/spikker/kindergarten-queue-early/")
    assert page.locator("h1").inner_text().startswith("Lasteaiakoht")


def test_search_works_without_javascript(production_server, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{production_server}/uk/spikker/")
    page.fill("#spikker-q", "дитячого садка")
    page.click("form[role=search] button[type=submit]")
    page.wait_for_url("**/uk/spikker/search/?q=*")
    assert "Місце в дитячому садку" in page.locator(".search-results h2 a").first.inner_text()
    context.close()
