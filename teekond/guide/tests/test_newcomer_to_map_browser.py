"""The issue's "done means", end to end in Chromium: a newcomer who moved to Tartu on 01.12.2026 under
temporary protection, with children, reading in Ukrainian, gets dated steps with Tartu's office and the
unwritten rules, prints, downloads the PDF and the calendar, reports being stuck — and a coordinator
finds that report on the journey map and adds it to a bottleneck as evidence."""

from pathlib import Path

import pytest
from django.utils import translation

from teekond.conftest import sign_in_browser
from teekond.core.tests import pdf

pytestmark = pytest.mark.browser

PLAN = "/uk/guide/tartu-linn/?situation=temporary-protection&children=1&arrival=2026-12-01"
STEP = "residence-notice"


def test_newcomer_plan_reaches_the_coordinator_on_the_map(production_server, browser):
    newcomer_reads_the_plan_and_reports_being_stuck(production_server, browser)
    coordinator_turns_the_report_into_evidence(production_server, browser)


def newcomer_reads_the_plan_and_reports_being_stuck(production_server, browser):
    newcomer = browser.new_context(accept_downloads=True)
    page = newcomer.new_page()
    page.goto(f"{production_server}{PLAN}")

    steps = page.locator("li[data-step]").evaluate_all("items => items.map(item => item.dataset.step)")
    assert steps.index(STEP) < steps.index("kindergarten-place")  # children's steps come with children
    assert "15.12.2026" in page.inner_text(f"#step-{STEP} .due")
    assert "Tartu" in page.inner_text(f"#step-{STEP} .local-service")
    assert page.locator("ul.plan-rules a[href^='/uk/spikker/']").count() >= 1

    page.emulate_media(media="print")
    assert not page.locator("nav").first.is_visible()
    assert not page.locator(f"#stuck-{STEP}").is_visible()
    page.emulate_media(media="screen")

    with page.expect_download() as calendar:
        page.click("a[type='text/calendar']")
    ics = Path(calendar.value.path()).read_text(encoding="utf-8")
    assert "BEGIN:VCALENDAR" in ics and "DTSTART;VALUE=DATE:20261215" in ics

    with page.expect_download() as plan:
        page.click("a[type='application/pdf']")
    text = pdf.text(Path(plan.value.path()))
    assert "15.12.2026" in text and "Tartu" in text

    page.click(f"#stuck-{STEP} summary")
    page.fill(f"#stuck-{STEP}-text", "Черга на реєстрацію на три тижні, пишіть мені: olena@example.com")
    page.click(f"#stuck-{STEP} button[type=submit]")
    page.wait_for_url(f"{production_server}{PLAN}")
    assert page.locator("[role=status], .messages").count() >= 1
    newcomer.close()


def coordinator_turns_the_report_into_evidence(production_server, browser):
    coordinator = browser.new_context()
    page = coordinator.new_page()
    sign_in_browser(page, production_server, "en")
    page.goto(f"{production_server}/en/journey/stages/residence-registration/")
    summary = page.locator(".stuck-summary")
    assert "Tartu linn" in summary.inner_text() and "1 new report" in summary.inner_text()
    summary.locator("a", has_text="Tartu linn").first.click()
    report = page.locator("main").inner_text()
    assert "Черга на реєстрацію на три тижні" in report
    # Masked in the language the newcomer wrote in, so their text still reads as one.
    with translation.override("uk"):
        placeholder = translation.gettext("[e-mail hidden]")
    assert "olena@example.com" not in report and placeholder in report

    page.click("text=Add to an existing bottleneck")
    attach = page.locator("form[action*='attach']").first
    bottleneck = attach.locator("select option:not([value=''])").first
    bottleneck_title = bottleneck.inner_text()
    attach.locator("select").select_option(bottleneck.get_attribute("value"))
    attach.locator("input[name$=reason]").fill("Same queue as in the 2025 workshop")
    attach.locator("button[type=submit]").click()
    page.wait_for_load_state()
    page.goto(f"{production_server}/en/journey/stages/residence-registration/")
    page.locator("main a", has_text=bottleneck_title).first.click()
    assert "Черга на реєстрацію на три тижні" in page.locator("main").inner_text()
    coordinator.close()
