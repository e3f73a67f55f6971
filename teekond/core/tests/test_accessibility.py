"""Every page type in a real browser, in every language, visited once: it fits a 320, 390, 768 and 1366 px
wide screen (resized in place), text in another language than the page's carries its lang and a visible mark
(on /ru/ and /uk/), and axe-core (WCAG 2.1 AA) finds no violation. The keyboard reaches everything from the
skip link on; the menu opens with it."""

import json

import pytest

from teekond.conftest import sign_in_browser
from teekond.core.tests.axe import assert_no_axe_violation, axe_results, load_axe_with_every_page
from teekond.journey.seed import SAMPLE_ISSUES_FILE

pytestmark = pytest.mark.browser

LANGUAGES = ["et", "en", "ru", "uk"]
WIDTHS = [320, 390, 768, 1366]
PUBLIC_PAGES = [
    "",
    "guide/",
    "guide/tartu-linn/?situation=temporary-protection&children=1&arrival=2026-12-01",
    "guide/tartu-linn/stuck/?situation=temporary-protection&children=1&arrival=2026-12-01",
    "guide/antsla-vald/?situation=returnee&children=1",
    "guide/tallinn/?situation=eu&children=0&arrival=2026-11-20",
    "guide/saaremaa-vald/?situation=third-country&children=1",
    "spikker/",
    "spikker/kindergarten-queue-early/",
    "spikker/search/?q=%D1%88%D0%BA%D0%BE%D0%BB%D1%83",  # "школу": entries missing Ukrainian are found too
    "spikker/suggest/",
    "journey/",
    "journey/stages/residence-registration/",
    "journey/bottlenecks/1/",
    "journey/proposals/3/",
    "journey/state/",
    "journey/bodies/",
    "journey/bodies/siseministeerium/",
    "statistics/",
    "statistics/?sample=1",
    "journey/municipalities/tallinn/",
    "partners/",
    "calendar/",
    "events/1/",
    "working-group/",
    "municipalities/",
    "municipalities/tartu-linn/",
    "accessibility/",
    "design/",
    "terms/",
    "login/",
    "w/",  # where a workshop participant types the code; the join page and the board follow in the test
    "no-such-page/",
]
INTERNAL_PAGES = [
    "journey/bottlenecks/new/",
    "journey/bottlenecks/1/merge/",
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
    "reports/annual/?year=2025&language=en&format=html",  # the report with its charts
    "journey/proposals/5/extension/",
    "journey/proposals/5/due/",
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
# Bottlenecks are written in Estonian and English only: on /ru/ and /uk/ these titles are shown in Estonian.
ESTONIAN_ONLY = [
    item["texts"]["et"]["title"]
    for item in json.loads(SAMPLE_ISSUES_FILE.read_text(encoding="utf-8"))["bottlenecks"][:3]
]


# Every element marked as shown in another language (data-fallback) must carry that lang and a visible mark in
# the page's language (inside it, or right after it; an <option> says it in brackets); and the known
# Estonian-only texts must appear nowhere but inside such an element (or the Estonian field of an editor's form).
LANGUAGE_HONESTY = """([known, pageLang]) => {
  const problems = [];
  const found = {};
  const visible = (el) => el.checkVisibility({ visibilityProperty: true });
  const fallbacks = document.body.querySelectorAll("[data-fallback]");
  for (const el of fallbacks) {
    const where = el.tagName.toLowerCase() + " “" + el.textContent.trim().slice(0, 50) + "”";
    const lang = el.getAttribute("lang");
    if (lang !== el.dataset.fallback || lang === pageLang) problems.push("lang=" + lang + " on " + where);
    if (el.tagName === "OPTION") {
      if (!/\\)\\s*$/.test(el.textContent)) problems.push("no mark on " + where);
      continue;
    }
    const next = el.nextElementSibling;
    const mark = el.querySelector(".lang-mark, .notice-lang") || (next && next.matches(".lang-mark") ? next : null);
    if (!mark) { problems.push("no mark on " + where); continue; }
    if (mark.getAttribute("lang") !== pageLang) problems.push("the mark is not in the page's language on " + where);
    if (visible(el) && !visible(mark)) problems.push("the mark is not visible on " + where);
  }
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const text of known) {
      if (!node.textContent.includes(text)) continue;
      found[text] = (found[text] || 0) + 1;
      const host = node.parentElement;
      const editing = host.closest("textarea, .language-block") && host.closest("[lang]").getAttribute("lang") === "et";
      if (!host.closest("[data-fallback]") && !editing) {
        problems.push("Estonian text without its mark: “" + text + "” in <" + host.tagName.toLowerCase() + ">");
      }
    }
  }
  return { problems, marked: fallbacks.length, found };
}"""


class Checks:
    """What one visit of a page found wrong, gathered over a language's pages so one run reports them all."""

    def __init__(self, page, language: str):
        self.page, self.language = page, language
        load_axe_with_every_page(page.context)
        self.problems, self.marked, self.found = [], 0, set()

    def visit(self, url: str, *, widths: bool = True) -> None:
        self.page.goto(url)
        self.check(url, widths=widths)

    def check(self, url: str, *, widths: bool = True) -> None:
        if widths:
            self._widths(url)
        if self.language in ("ru", "uk"):
            self._language_honesty(url)
        results = axe_results(self.page)
        if results.violations_count:
            self.problems.append(f"{url}: axe\n{results.generate_report()}")

    def _widths(self, url: str) -> None:
        """Resized in place, not reloaded; the map's and tables' own scrolling areas scroll inside the page."""
        for width in WIDTHS:
            self.page.set_viewport_size({"width": width, "height": 900})
            scroll_width = self.page.evaluate("document.documentElement.scrollWidth")
            if scroll_width > width:
                self.problems.append(f"{url}: {scroll_width} px wide on a {width} px screen")

    def _language_honesty(self, url: str) -> None:
        found = self.page.evaluate(LANGUAGE_HONESTY, [ESTONIAN_ONLY, self.language])
        self.problems += [f"{url}: {problem}" for problem in found["problems"]]
        self.marked += found["marked"]
        self.found |= set(found["found"])

    def assert_clean(self) -> None:
        assert not self.problems, "\n".join(self.problems)
        if self.language in ("ru", "uk"):  # the check above saw something to check
            assert self.marked > 0 and self.found == set(ESTONIAN_ONLY), (self.marked, self.found)


@pytest.mark.parametrize("language", LANGUAGES)
def test_public_pages_fit_every_screen_mark_other_languages_and_pass_axe(
    production_server, production_workshop, browser, language
):
    context = browser.new_context(viewport={"width": 1366, "height": 900})
    page = context.new_page()
    checks = Checks(page, language)
    base = f"{production_server}/{language}/"
    for path in PUBLIC_PAGES:
        checks.visit(base + path)
    checks.visit(f"{base}w/{production_workshop}/")  # the join page
    page.click("button[name=anonymous]")
    page.wait_for_selector("#note-form")
    checks.check(f"{base}w/{production_workshop}/ (the board)")
    context.close()
    checks.assert_clean()


@pytest.mark.parametrize("language", LANGUAGES)
def test_internal_pages_mark_other_languages_and_pass_axe(production_server, production_workshop, browser, language):
    context = browser.new_context(viewport={"width": 1366, "height": 900})
    page = context.new_page()
    sign_in_browser(page, production_server, language)
    checks = Checks(page, language)
    pages = [*INTERNAL_PAGES, f"workshops/{production_workshop}/", f"workshops/{production_workshop}/projector/"]
    for path in pages:
        checks.visit(f"{production_server}/{language}/{path}", widths=False)
    context.close()
    checks.assert_clean()


def test_form_errors_have_no_axe_violations(production_server, page):
    sign_in_browser(page, production_server, "en")
    page.goto(f"{production_server}/en/events/new/")
    page.click("main button[type=submit]")
    assert page.locator(".error").count() >= 1
    assert_no_axe_violation(page)


def test_the_plans_next_deadline_is_on_the_first_screen_of_a_phone(production_server, browser):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(f"{production_server}/uk/guide/tartu-linn/?situation=temporary-protection&children=1&arrival=2026-12-01")
    date = page.get_by_text("15.12.2026").first
    box = date.bounding_box()
    assert date.is_visible() and box["y"] >= 0 and box["y"] + box["height"] <= 844, box
    assert page.evaluate("window.scrollY") == 0
    context.close()


def test_the_header_of_a_phone_is_at_most_120_px_and_its_menu_works_by_keyboard(production_server, browser):
    context = browser.new_context(viewport={"width": 320, "height": 640})
    page = context.new_page()
    page.goto(f"{production_server}/uk/")
    assert page.evaluate("document.querySelector('header').getBoundingClientRect().height") <= 120
    assert not page.locator("nav.main-nav").is_visible()  # closed: the menu takes no room
    for _ in range(12):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.tagName") == "SUMMARY":
            break
    assert page.evaluate("document.activeElement.closest('details').className") == "menu"
    page.keyboard.press("Enter")
    assert page.locator("nav.main-nav").is_visible()
    assert page.evaluate("document.activeElement.closest('details').open")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.getAttribute('href')") == "/uk/guide/"
    page.keyboard.press("Enter")
    page.wait_for_url(f"{production_server}/uk/guide/")
    context.close()


def test_the_menu_closes_again_by_keyboard_and_says_whether_it_is_open(production_server, browser):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(f"{production_server}/en/partners/")
    menu = page.locator("details.menu")
    menu.locator("summary").focus()
    page.keyboard.press("Space")
    assert menu.evaluate("details => details.open")  # a <details>: its state is told to screen readers
    assert page.locator("nav.main-nav a", has_text="Journey map").is_visible()
    page.keyboard.press("Enter")
    assert not menu.evaluate("details => details.open")
    assert not page.locator("nav.main-nav").is_visible()
    context.close()


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


@pytest.mark.parametrize("loaded_with_the_page", [True, False])
def test_the_check_itself_catches_a_violation(page, loaded_with_the_page):
    """Guards against a harness that passes everything (e.g. axe not injected), whether axe-core came with the
    page (as for `Checks`) or was sent over afterwards."""
    unlabelled = '<html lang="en"><body><main><h1>x</h1><input type="text"></main></body></html>'
    if loaded_with_the_page:
        Checks(page, "en")
        page.goto("data:text/html," + unlabelled)
        assert page.evaluate("typeof axe.run") == "function"
    else:
        page.set_content(unlabelled)
    results = axe_results(page)
    assert "label" in results.generate_report()
    assert results.violations_count >= 1


def test_the_language_check_itself_catches_unmarked_text(page):
    """Guards against a language check that passes everything."""
    unmarked = f'<html lang="uk"><body><p>{ESTONIAN_ONLY[0]}</p><a lang="et" data-fallback="et">Kool</a></body></html>'
    page.set_content(unmarked)
    found = page.evaluate(LANGUAGE_HONESTY, [ESTONIAN_ONLY, "uk"])
    assert len(found["problems"]) == 2 and found["marked"] == 1
