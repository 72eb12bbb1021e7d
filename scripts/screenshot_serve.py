"""Take the screenshots of `studycards serve` with headless chromium (Playwright), as a new user would meet the
page at 360×740 (a phone) and 1280×900 (a desktop): a good file, an empty one, a binary one and an .xlsx; card
limits of 0, 5 and 500; the quiz checked, and its mistakes retried.

    python scripts/screenshot_serve.py              # the README's few: docs/serve*.png
    python scripts/screenshot_serve.py --all DIR    # every step at both sizes, into DIR (to look them over)
"""

import sys
import tempfile
import threading
import zipfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from studycards.serve.server import bound, url_of

DOCS = Path(__file__).resolve().parent.parent / "docs"
SAMPLE = DOCS.parent / "decks" / "cadre-incentive-seminar.txt"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--hide-scrollbars"]
PHONE = {"width": 360, "height": 740}
DESKTOP = {"width": 1280, "height": 900}
README = {  # name in docs/ <- (step, size)
    "serve.png": ("good", "desktop"),
    "serve-phone.png": ("good", "phone"),
    "serve-bad-files.png": ("bad-files", "desktop"),
    "serve-limit-5-phone.png": ("limit-5", "phone"),
    "serve-limit-0.png": ("limit-0", "desktop"),
    "serve-quiz-checked.png": ("quiz-checked", "desktop"),
    "serve-quiz-checked-phone.png": ("quiz-checked", "phone"),
    "serve-quiz-retry-phone.png": ("quiz-retry", "phone"),
}


def bad_files(folder: Path) -> list[Path]:
    empty, binary, sheet = folder / "空.txt", folder / "数据.txt", folder / "表格.xlsx"
    empty.write_bytes(b"")
    binary.write_bytes(bytes(range(256)) * 16)
    with zipfile.ZipFile(sheet, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
    return [empty, binary, sheet]


def steps(page, folder: Path, shoot) -> None:
    """Every step, each shot by `shoot(step)`."""
    page.set_input_files("input[type=file]", [str(path) for path in bad_files(folder)])
    page.click("button[type=submit]")
    page.wait_for_selector(".alert", timeout=60_000)
    shoot("bad-files")
    page.set_input_files("input[type=file]", str(SAMPLE))
    page.click("button[type=submit]")
    page.wait_for_selector("#picked", timeout=60_000)
    shoot("good")
    for limit in ("0", "5", "500"):
        page.fill("input[name=budget]", limit)
        page.click("button:has-text('按上限重新勾选')")
        page.wait_for_selector("#picked")
        shoot(f"limit-{limit}")
    page.fill("input[name=count]", "20")
    page.click("button:has-text('在页面中做题')")
    frame = page.frame(name="quiz-frame")
    frame.wait_for_selector("#check")
    page.wait_for_timeout(300)
    shoot("quiz")
    for index, item in enumerate(frame.locator(".item").all()[:8]):  # eight answered (some wrong), the rest not
        if item.locator("input.blank").count():
            item.locator("input.blank").first.fill("不知道" if index % 2 else "两个确立")
        else:
            item.locator("input").nth(index % 2).check()
    frame.click("#check")
    page.wait_for_timeout(400)
    shoot("quiz-checked")
    if frame.is_visible("#cram"):
        frame.click("#cram")
        page.wait_for_timeout(400)
        shoot("quiz-retry")


def main() -> None:
    everything = Path(sys.argv[2]) if sys.argv[1:2] == ["--all"] else None
    with bound("127.0.0.1", 0, 20 * 2**20) as served, tempfile.TemporaryDirectory() as folder:
        threading.Thread(target=served.serve_forever, daemon=True).start()
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
            for size, viewport in (("phone", PHONE), ("desktop", DESKTOP)):
                context = browser.new_context(viewport=viewport, device_scale_factor=1)
                page = context.new_page()
                page.goto(url_of(served))

                def shoot(step, page=page, size=size):
                    if everything:
                        everything.mkdir(parents=True, exist_ok=True)
                        page.screenshot(path=everything / f"{step}-{size}.png")
                    for name, wanted in README.items():
                        if wanted == (step, size):
                            page.screenshot(path=DOCS / name)

                steps(page, Path(folder), shoot)
                context.close()
            browser.close()


if __name__ == "__main__":
    main()
