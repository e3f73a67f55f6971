"""axe-core as every browser test runs it: the same rules (WCAG 2.1 A and AA with the best practices), loaded
into each page as it opens where a context asks for it, sent over otherwise, and one way to say what it found."""

from axe_playwright_python.base import AXE_FILE_PATH, AXE_SCRIPT, AxeResults

AXE_RULES = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]},
    # Every violation is still reported in full; only the passes are not listed node by node (half the time).
    "resultTypes": ["violations"],
}


def load_axe_with_every_page(context) -> None:
    """The browser evaluates axe-core in each page the context opens, instead of 570 KB sent over for every
    check."""
    context.add_init_script(path=AXE_FILE_PATH)


def axe_results(page) -> AxeResults:
    """axe-core's findings on the page as it is now."""
    if page.evaluate("typeof axe === 'undefined'"):
        page.evaluate(AXE_SCRIPT)
    return AxeResults(page.evaluate("options => axe.run(document, options)", AXE_RULES))


def assert_no_axe_violation(page, what: str = "") -> None:
    results = axe_results(page)
    assert results.violations_count == 0, f"{what}\n{results.generate_report()}".strip()
