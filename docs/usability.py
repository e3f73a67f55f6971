"""The five usability tasks of issue 12, played on a phone (390x844) against a seeded server: prints the
measurements of docs/usability.md and saves its phone screenshots (PREFIX-N-task.png).

    .venv/bin/python docs/usability.py http://127.0.0.1:8000 WORKSHOP_CODE after

The server needs a coordinator "koordinaator" (password a-long-browser-test-password) and a workshop in the
phase of collecting notes (`teekond workshop create ... --prefill`, then its phase set to collect).
Taps count what a person presses (opening a list and picking from it are two); typing is not counted.
"""

import json
import math
import sys
from pathlib import Path

from PIL import Image
from playwright.sync_api import sync_playwright

OUT = Path(__file__).parent / "usability"
SCREEN = 844
PHONE = {"viewport": {"width": 390, "height": SCREEN}}
PASSWORD = "a-long-browser-test-password"


def shot(page, prefix: str, name: str) -> None:
    path = OUT / f"{prefix}-{name}.png"
    page.screenshot(path=path)
    Image.open(path).quantize(256).save(path, optimize=True)


def screens(page) -> float:
    return round(page.evaluate("document.documentElement.scrollHeight") / SCREEN, 1)


def first_visit(page, base: str) -> dict:
    page.goto(f"{base}/uk/")
    doors = page.locator("main a[href='/uk/guide/']")
    return {
        "header (px)": round(page.evaluate("document.querySelector('header').getBoundingClientRect().height")),
        "links in the header": page.locator("header a:visible").count(),
        "way into the guide on the page": doors.count() > 0,
        "its top (px)": round(doors.first.bounding_box()["y"]) if doors.count() else None,
        "'will be built' sentence": "буде створено" in page.inner_text("body"),
        "page (screens)": screens(page),
    }


def oksanas_plan(page) -> dict:
    """From the front page to the date of her first deadline: Tartu, temporary protection, children."""
    doors = page.locator("main a[href='/uk/guide/']")
    (doors.first if doors.count() else page.locator("header a[href='/uk/guide/']")).click()
    page.select_option("#id_municipality", "tartu-linn")
    page.check("#id_situation_2")
    page.check("#id_children")
    page.fill("#id_arrival", "2026-12-01")
    page.click("main button[type=submit]")
    page.wait_for_load_state()
    date = page.locator("text=15.12.2026").first.bounding_box()
    links = page.locator(".plan-rules a").evaluate_all("links => links.map(a => a.getAttribute('href'))")
    return {
        "taps": 7,  # the way in, municipality (2), situation, children, date, "show"
        "top of the first deadline's date (px)": round(date["y"]),
        "screens to scroll to it": max(0, math.ceil((date["y"] + date["height"] - SCREEN) / SCREEN)),
        "page width on a 390 px phone (px)": page.evaluate("document.documentElement.scrollWidth"),
        "page (screens)": screens(page),
        "other towns' pages cited": [town for town in ("valga.ee", "saaremaavald.ee") if town in page.content()],
        "returnees' rules offered": sorted({link for link in links if "/returnee" in link}),
        "rule links": len(links),
    }


def returnee(page, base: str) -> dict:
    page.goto(f"{base}/en/guide/antsla-vald/?situation=returnee&children=1")
    links = page.locator(".plan-rules a").evaluate_all("links => links.map(a => a.getAttribute('href'))")
    return {
        "rule links": len(links),
        "distinct rules": len(set(links)),
        "rule links shown before any 'more'": page.locator(".plan-rules a:visible").count(),
        "page (screens)": screens(page),
    }


def coordinator_moves_a_proposal(page, base: str) -> dict:
    page.goto(f"{base}/en/login/")
    page.fill("#id_username", "koordinaator")
    page.fill("#id_password", PASSWORD)
    page.click("main button[type=submit]")
    page.wait_for_load_state()
    page.goto(f"{base}/en/journey/state/")
    row = page.locator("tr", has_text="sent to the responsible body").first
    page.goto(base + row.locator("a").first.get_attribute("href"))
    page.click("text=Change the state")
    page.wait_for_load_state()
    form = page.locator("main form:visible").first
    return {"fields shown": form.locator("input:visible, select:visible, textarea:visible").count()}


PRESET = """() => { const p = document.querySelector('[name=perspective]');
  return p.tagName === 'SELECT' ? p.value !== '' : !!document.querySelector('[name=perspective]:checked'); }"""


def phone_posts_a_note(page, base: str, code: str, language: str, text: str) -> dict:
    page.goto(f"{base}/{language}/w/{code}/")
    page.click("button[name=anonymous]")
    page.wait_for_selector("#note-form")
    found = {
        "note form top (px)": round(page.locator("#note-form").bounding_box()["y"]),
        "links above the board": page.locator("header a:visible").count(),
        "stage chosen beforehand": page.eval_on_selector("#id_stage", "s => s.value") != "",
        "perspective chosen beforehand": page.evaluate(PRESET),
    }
    page.fill("#id_text", text)
    taps = 1  # the submit button
    if not found["stage chosen beforehand"]:
        page.select_option("#id_stage", "residence-registration")
        taps += 2
    if not found["perspective chosen beforehand"]:
        page.check('input[name="perspective"][value="immigrant"]')
        taps += 1
    page.click("#note-submit")
    note = page.locator(".note-text", has_text=text).first
    note.wait_for(timeout=5000)
    found["taps"] = taps
    found["row it went to"] = note.evaluate("n => n.closest('.board-row').querySelector('.row-heading').id")
    found["its lang"] = note.get_attribute("lang") or language
    return found


def play(base: str, code: str, prefix: str) -> dict:
    results = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        page = browser.new_context(**PHONE).new_page()
        results["first visit"] = first_visit(page, base)
        shot(page, prefix, "1-first-visit")
        results["Oksana's plan"] = oksanas_plan(page)
        shot(page, prefix, "2-oksana-plan")
        results["returnee"] = returnee(page, base)
        shot(page, prefix, "3-returnee-plan")
        page = browser.new_context(**PHONE).new_page()  # signed in from here on
        results["coordinator"] = coordinator_moves_a_proposal(page, base)
        shot(page, prefix, "4-move-form")
        notes = (("uk", "Черга до ЦНАП"), ("ru", "Очередь на регистрацию"), ("et", "Järjekord on pikk"))
        for language, text in notes:
            phone = browser.new_context(**PHONE).new_page()
            results[f"phone {language}"] = phone_posts_a_note(phone, base, code, language, text)
            if language == "uk":
                shot(phone, prefix, "5-board")
        browser.close()
    return results


if __name__ == "__main__":
    print(json.dumps(play(*sys.argv[1:4]), ensure_ascii=False, indent=1))
