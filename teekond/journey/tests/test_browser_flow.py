"""End to end in Chromium: a coordinator records a bottleneck raised at the 20.03.2025 workshop, writes a
proposal for it, takes it to the state, records the ministry's answer, and finds it on the map, the
tracker, the timeline, the poster and the annual report."""

import datetime as dt
import re

import pytest

from teekond.conftest import sign_in_browser
from teekond.core.tests import pdf

pytestmark = pytest.mark.browser

TITLE = "Elukohateade ei jõua õigel ajal kohanemisspetsialistini"
TITLE_EN = "The residence notice does not reach the adaptation specialist in time"
PROPOSAL = "Rahvastikuregister teavitab kohanemisspetsialisti"


def choose_option_containing(page, select: str, text: str) -> None:
    value = page.eval_on_selector(
        select, "(el, text) => [...el.options].find(o => o.textContent.includes(text)).value", text
    )
    page.select_option(select, value)


def tick_choice_containing(page, name: str, text: str) -> None:
    page.locator(f'label:has(input[name="{name}"])', has_text=text).first.locator("input").check()


def open_move(page, state: str):
    """The state-change page has one small form per allowed move, each in its own disclosure."""
    page.click("text=Change the state")
    move_form = page.locator(f"details#move-{state}")
    if move_form.get_attribute("open") is None:
        move_form.locator("summary").click()
    return move_form


def move(page, state: str, state_label: str, **fields) -> None:
    move_form = open_move(page, state)
    for name, value in fields.items():
        if name == "answer_kind":
            page.select_option(f"#id_{state}_answer_kind", value)
        else:
            page.fill(f"#id_{state}_{name}", value)
    move_form.locator("button[type=submit]").click()
    page.wait_for_selector(f".messages >> text=The proposal is now: {state_label}.")


def test_from_workshop_to_the_states_answer(production_server, page):
    base = production_server
    sign_in_browser(page, base, "en")
    bottleneck_url = record_bottleneck(page, base)
    proposal_url, code = write_proposal(page)
    follow_to_the_answer(page, proposal_url)
    assert_the_timeline(page)
    assert_the_map_tracker_and_poster(page, base, code)

    year = dt.date.today().year
    report = page.request.get(f"{base}/en/reports/annual/?year={year}&language=en&format=md").text()
    assert f"Proposals sent to the state in {year}:" in report
    assert f"{code} {PROPOSAL}" in report.split(f"Answers received from the state in {year}:")[1]

    page.goto(bottleneck_url)
    assert code in page.inner_text("main")


def record_bottleneck(page, base) -> str:
    page.goto(f"{base}/en/journey/bottlenecks/new/")
    choose_option_containing(page, "#id_stage", "Registering your residence")
    choose_option_containing(page, "#id_perspective", "(KOV)")
    choose_option_containing(page, "#id_origin", "20.03.2025")
    page.fill("#id_title_et", TITLE)
    page.fill(
        "#id_description_et", "Töötoas 20.03.2025 kirjeldasid omavalitsused, et teade jõuab spetsialistini hilja."
    )
    page.fill("#id_title_en", TITLE_EN)
    page.click("main button[type=submit]")
    page.wait_for_selector("h1")
    assert page.inner_text("h1") == TITLE_EN
    assert "20.03.2025" in page.inner_text("dl.facts")
    return page.url


def write_proposal(page) -> tuple[str, str]:
    page.click("text=Write a proposal for this bottleneck")
    page.select_option("#id_level", "state")
    choose_option_containing(page, "#id_responsible_body", "Siseministeerium")
    tick_choice_containing(page, "origin_events", "20.03.2025")
    page.fill("#id_title_et", PROPOSAL)
    page.fill("#id_body_et", "Elukohateate kinnitamisel saadetakse omavalitsuse kohanemisspetsialistile teavitus.")
    page.click("main button[type=submit]")
    page.wait_for_selector(".messages >> text=The proposal was saved.")
    return page.url, re.search(r"TK-\d{4}-\d{3}", page.inner_text("main")).group(0)


def follow_to_the_answer(page, proposal_url: str) -> None:
    move(page, "submitted", "submitted", reason="Töötoa ettepanek")
    move(page, "discussed", "discussed in the network", reason="Arutati võrgustikukohtumisel")
    move(page, "adopted", "adopted by the network", reason="Heaks kiidetud")
    move(page, "sent", "sent to the responsible body", reference="ELVL 1-7/999")
    # The answer's form asks only for the answer; without its text it is refused with a message, and nothing
    # changes.
    move_form = open_move(page, "answered")
    assert move_form.locator("#id_answered_reference").count() == 0
    move_form.locator("button[type=submit]").click()
    assert "Record what the responsible body answered" in page.inner_text("#move-answered")
    page.goto(proposal_url)
    move(
        page,
        "answered",
        "answered",
        answer_kind="partly",
        answer_text="Ministeerium lisab teavituse 2027. aastal.",
        answer_reasons="Vajab arendust.",
    )


def assert_the_timeline(page) -> None:
    timeline = page.inner_text("ol.timeline")
    for expected in (
        TITLE_EN,
        "Service-design workshop",
        "Submitted",
        "Discussed in the network",
        "Adopted by the network",
        "Sent to the responsible body",
        "ELVL 1-7/999",
        "Answered",
        "Ministeerium lisab teavituse",
    ):
        assert expected in timeline, expected
    assert "partly accepted" in page.inner_text("dl.facts")


def assert_the_map_tracker_and_poster(page, base: str, code: str) -> None:
    page.goto(f"{base}/en/journey/?perspective=kov")
    cell = page.locator("td.cell", has=page.locator(f"text={TITLE_EN}"))
    assert f"{code}: answered" in cell.inner_text()

    page.goto(f"{base}/en/journey/state/")
    section = page.locator("h2:has-text('Siseministeerium') + div table")
    assert code in section.inner_text() and "partly accepted" in section.inner_text()

    poster = page.request.get(f"{base}/en/journey/poster.pdf")
    assert poster.headers["content-type"] == "application/pdf"
    [(width, height), *_rest] = pdf.page_sizes(poster.body())
    assert width > height  # landscape
    poster_text = "".join(pdf.page_texts(poster.body())[0].split())
    assert code in poster_text and "answered" in poster_text
