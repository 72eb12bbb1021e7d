"""Take the README's picture of the interactive quiz: docs/quiz.png.

    PYTHONPATH=src python scripts/screenshot_quiz.py [SOURCE] [PNG]

Needs a CJK font (Debian: fonts-wqy-microhei) for the picture to show Chinese. Builds a quiz of the sample, answers it in Debian's chromium (headless, driven by Playwright) with one
answer wrong on purpose, presses 检查答案 and photographs the page as a phone shows it.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]
ROOT = Path(__file__).resolve().parent.parent


def main(source: str, png: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        html, data = Path(folder) / "quiz.html", Path(folder) / "quiz.json"
        for output in (html, data):
            subprocess.run([sys.executable, "-m", "studycards", "quiz", source, "-o", str(output), "-n", "8",
                            "--seed", "11"], check=True)
        items = json.loads(data.read_text(encoding="utf-8"))
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            page = browser.new_page(viewport={"width": 420, "height": 1180}, device_scale_factor=1.5)
            page.goto(html.as_uri())
            for number, item in enumerate(items, 1):
                answer(page, number, item, wrong=number == 2)
            page.click("#check")
            page.evaluate("window.scrollTo(0, 0)")
            page.screenshot(path=png, full_page=False)
            browser.close()


def answer(page, number: int, item: dict, wrong: bool) -> None:
    box = f"#q{number}"
    if item["type"] == "fill":
        for index, text in enumerate(item["answer"]):
            page.fill(f"{box} input.blank >> nth={index}", "不知道" if wrong else text)
        return
    for index, option in enumerate(item["options"]):
        if (option in item["answer"]) != wrong:
            page.check(f"{box} input[value='{index}']")
            if item["type"] != "multiple":
                break


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else str(ROOT / "decks" / "cadre-incentive-seminar.txt"),
         sys.argv[2] if len(sys.argv) > 2 else str(ROOT / "docs" / "quiz.png"))
