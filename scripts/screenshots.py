"""Makes the README's pictures (a dev tool, not a test): the HTML quiz on a 360-px phone, answered and
checked, in Debian's chromium; and the first page of the Word 试卷, converted by LibreOffice and poppler
(apt-get install libreoffice-writer-nogui poppler-utils).

    python scripts/screenshots.py        # writes docs/quiz.png and docs/paper.png
"""

import json
import subprocess
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "decks" / "cadre-incentive-seminar.txt"


def studycards(*args):
    subprocess.run(["python", "-m", "studycards", *args], check=True)


def phone(folder: Path) -> None:
    for suffix in ("html", "json"):
        studycards("quiz", str(SAMPLE), "-o", str(folder / f"quiz.{suffix}"), "-n", "12", "--seed", "5")
    items = json.loads((folder / "quiz.json").read_text(encoding="utf-8"))
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 360, "height": 740}, device_scale_factor=2)
        page.goto((folder / "quiz.html").as_uri())
        for number, item in enumerate(items, 1):
            if item["type"] == "fill":  # the first blank right, the second wrong
                for index, text in enumerate(item["answer"]):
                    page.fill(f"#q{number} input.blank >> nth={index}", text if number != 2 else "不知道")
            else:
                right = [i for i, option in enumerate(item["options"]) if option in item["answer"]]
                page.check(f"#q{number} input[value='{right[0] if number % 4 else (right[0] + 1) % 4}']")
        page.click("#check")
        page.locator("#q2").scroll_into_view_if_needed()
        page.evaluate("document.querySelector('#q2').scrollIntoView({block: 'start'})")
        page.screenshot(path=str(ROOT / "docs" / "quiz.png"))
        browser.close()


def paper(folder: Path) -> None:
    studycards("quiz", str(SAMPLE), "-o", str(folder / "paper.docx"), "-n", "20", "--seed", "7")
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(folder), str(folder / "paper.docx")],
                   check=True, capture_output=True)
    subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", str(folder / "paper.pdf"),
                    str(ROOT / "docs" / "paper")], check=True)


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        phone(Path(folder))
        paper(Path(folder))
