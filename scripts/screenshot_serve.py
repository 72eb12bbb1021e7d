"""Take the README's screenshots of `studycards serve` with headless chromium (Playwright).

    python scripts/screenshot_serve.py        # writes docs/serve.png (desktop) and docs/serve-phone.png
"""

import threading
from pathlib import Path

from playwright.sync_api import sync_playwright

from studycards.serve.server import bound, url_of

DOCS = Path(__file__).resolve().parent.parent / "docs"
SAMPLE = DOCS.parent / "decks" / "cadre-incentive-seminar.txt"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--hide-scrollbars"]


def main() -> None:
    with bound("127.0.0.1", 0, 20 * 2**20) as served:
        threading.Thread(target=served.serve_forever, daemon=True).start()
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
            context = browser.new_context(viewport={"width": 1280, "height": 860}, device_scale_factor=1)
            page = context.new_page()
            page.goto(url_of(served))
            page.set_input_files("input[type=file]", str(SAMPLE))
            page.click("button[type=submit]")
            page.wait_for_selector("#picked", timeout=60_000)
            page.uncheck("input[name=keep] >> nth=2")  # show what an unticked card looks like
            page.screenshot(path=DOCS / "serve.png")
            phone = context.new_page()
            phone.set_viewport_size({"width": 390, "height": 844})
            phone.goto(page.url)
            phone.wait_for_selector("#picked")
            phone.locator(".toolbar").scroll_into_view_if_needed()
            phone.evaluate("window.scrollBy(0, -120)")
            phone.screenshot(path=DOCS / "serve-phone.png")
            browser.close()


if __name__ == "__main__":
    main()
