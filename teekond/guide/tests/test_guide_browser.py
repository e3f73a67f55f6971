"""In Chromium against the production server: the newcomer's guide by keyboard only, ticks kept in the
browser, and the plan and its spikker entries opening offline after one visit."""

import pytest
from playwright.sync_api import Error as PlaywrightError

pytestmark = pytest.mark.browser

PLAN = "/uk/guide/tartu-linn/?situation=temporary-protection&children=1&arrival=2026-12-01"


def tab_to(page, element_id: str, limit: int = 200) -> None:
    """Press Tab until the element has the focus, as a keyboard user would."""
    for _press in range(limit):
        if page.evaluate("document.activeElement && document.activeElement.id") == element_id:
            return
        page.keyboard.press("Tab")
    raise AssertionError(f"#{element_id} was not reached with Tab")


@pytest.fixture
def keyboard_page(browser):
    # An English-speaking browser writes dates month/day/year in the date field's segments.
    context = browser.new_context(locale="en-US")
    page = context.new_page()
    yield page
    context.close()


def choose_by_keyboard(page, base_url: str) -> None:
    page.goto(f"{base_url}/uk/guide/")
    tab_to(page, "id_municipality")
    page.keyboard.type("Tartu")
    assert page.eval_on_selector("#id_municipality", "select => select.value") == "tartu-linn"
    page.keyboard.press("Tab")  # into the situation radios: the first is focused, none chosen yet
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    assert page.is_checked("#id_situation_2")  # temporary protection
    page.keyboard.press("Tab")
    page.keyboard.press("Space")
    assert page.is_checked("#id_children")
    page.keyboard.press("Tab")
    page.keyboard.type("12012026")
    page.keyboard.press("Enter")
    page.wait_for_url(f"{base_url}{PLAN}")


def wait_until_kept_offline(page) -> None:
    page.evaluate("navigator.serviceWorker.ready.then(() => true)")
    page.wait_for_selector("html[data-offline-ready]", state="attached", timeout=15_000)


def test_keyboard_only_plan_with_ticks_kept_and_working_offline(production_server, keyboard_page):
    page = keyboard_page
    choose_by_keyboard(page, production_server)
    assert "15.12.2026" in page.inner_text("#step-residence-notice .due")

    tab_to(page, "done-residence-notice")
    page.keyboard.press("Space")
    assert page.is_checked("#done-residence-notice")
    page.reload()
    assert page.is_checked("#done-residence-notice")

    wait_until_kept_offline(page)
    entry_link = page.locator("#rules-residence-registration ~ ul.plan-rules a").first
    entry_title = entry_link.inner_text()
    page.context.set_offline(True)
    try:
        page.reload()
        assert "Tartu linn" in page.inner_text("h1")
        assert page.is_checked("#done-residence-notice")
        entry_link = page.locator("#rules-residence-registration ~ ul.plan-rules a").first
        entry_link.focus()
        page.keyboard.press("Enter")
        page.wait_for_url("**/uk/spikker/*/")
        assert page.inner_text("h1").startswith(entry_title)
        # Really offline: a plan never visited cannot be opened.
        with pytest.raises(PlaywrightError):
            page.goto(f"{production_server}/uk/guide/tartu-linn/?situation=eu&children=0")
    finally:
        page.context.set_offline(False)


def test_without_javascript_the_plan_is_a_plain_list(production_server, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{production_server}{PLAN}")
    assert page.locator("li[data-step]").count() > 5
    assert page.locator("li[data-step] input[type=checkbox]").count() == 0
    context.close()


def test_the_chooser_reports_a_missing_situation_next_to_the_field(production_server, keyboard_page):
    page = keyboard_page
    page.goto(f"{production_server}/en/guide/tartu-linn/?children=1")
    assert page.inner_text("#id_situation_error") == "Choose your situation."
    assert page.get_attribute("fieldset", "aria-describedby") == "id_situation_error"
