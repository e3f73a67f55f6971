"""The README's screenshots: the home page, a plan and the journey map, on a desktop and on a phone.

Run against a seeded local server (`make run` in another terminal), with Debian's Chromium:

    .venv/bin/python docs/screenshots.py http://127.0.0.1:8000

Each picture is the first screen a visitor sees (not the whole page), reduced to 256 colours to stay small.
"""

import sys
from pathlib import Path

from PIL import Image
from playwright.sync_api import sync_playwright

OUT = Path(__file__).parent / "screenshots"
PLAN = "guide/tartu-linn/?situation=temporary-protection&children=1&arrival=2026-12-01"
SHOTS = [
    # name, path, viewport (width, height)
    ("home-desktop", "/en/", (1366, 900)),
    ("home-phone", "/uk/", (390, 844)),
    ("plan-desktop", f"/en/{PLAN}", (1366, 900)),
    ("plan-phone", f"/uk/{PLAN}", (390, 844)),
    ("map-desktop", "/en/journey/", (1366, 900)),
    ("map-phone", "/et/journey/", (390, 844)),
]


def take(base: str) -> None:
    OUT.mkdir(exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        for name, path, (width, height) in SHOTS:
            page = browser.new_page(viewport={"width": width, "height": height})
            page.goto(base.rstrip("/") + path)
            target = OUT / f"{name}.png"
            page.screenshot(path=target)
            page.close()
            Image.open(target).quantize(256).save(target, optimize=True)
            print(f"{target} {target.stat().st_size // 1024} KB")
        browser.close()


if __name__ == "__main__":
    take(sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8000")
