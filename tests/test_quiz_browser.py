"""The interactive HTML quiz in a real browser: Debian's chromium, headless, driven by Playwright.

Skipped where /usr/bin/chromium is missing, except under CI (CI=... set), where .ci/run installs it and a
missing browser is a failure.
"""

import json
import os
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import DECKS
from studycards.cli import cli

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]
SAMPLE = str(DECKS / "cadre-incentive-seminar.txt")

if not Path(CHROMIUM).exists() and not os.environ.get("CI"):
    pytest.skip(f"{CHROMIUM} is missing (.ci/run installs it; under CI this test fails instead)", allow_module_level=True)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    assert Path(CHROMIUM).exists(), f"{CHROMIUM} is missing: .ci/run should have installed Debian's chromium"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def quiz(tmp_path_factory):
    """The same 20-item quiz as HTML (to answer) and JSON (to know the answers)."""
    folder = tmp_path_factory.mktemp("quiz")
    for suffix in ("html", "json"):
        result = CliRunner().invoke(cli, ["quiz", SAMPLE, "-o", str(folder / f"quiz.{suffix}"), "-n", "20", "--seed", "21"])
        assert result.exit_code == 0, result.output
    items = json.loads((folder / "quiz.json").read_text(encoding="utf-8"))
    assert {item["type"] for item in items} == {"fill", "single", "multiple", "judge"}
    return folder / "quiz.html", items


@pytest.fixture
def page(browser, quiz):
    """A phone-sized page with the quiz open; any request off the file fails the test."""
    page = browser.new_page(viewport={"width": 390, "height": 844})
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(quiz[0].as_uri())
    yield page
    assert [url for url in requests if not url.startswith("file:")] == []
    assert errors == []
    page.close()


def sloppy(text):
    """How a person might type a right answer: full-width letters and digits, stray spaces and punctuation."""
    wide = "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch for ch in text)
    return f" {wide[:1]} {wide[1:]}。"


def answer(page, number, item, right=True, typed=lambda text: text):
    box = f"#q{number}"
    if item["type"] == "fill":
        answers = item["answer"] if item["ordered"] else list(reversed(item["answer"]))
        for index, text in enumerate(answers):
            page.fill(f"{box} input.blank >> nth={index}", typed(text) if right else "不知道")
        return
    chosen = [i for i, option in enumerate(item["options"]) if (option in item["answer"]) == right]
    if item["type"] != "multiple":
        chosen = chosen[:1]
    for index in chosen:
        page.check(f"{box} input[value='{index}']")


def score(page):
    return page.text_content("#score")


def test_all_answers_right_gives_full_marks(page, quiz):
    _, items = quiz
    for number, item in enumerate(items, 1):
        answer(page, number, item, typed=sloppy)
    page.click("#check")
    assert score(page) == f"得分：{len(items)} / {len(items)}（100%）"
    assert page.locator(".item.right").count() == len(items)
    assert page.locator(".item.wrong").count() == 0


def test_a_wrong_answer_is_marked_with_its_right_answer_and_source(page, quiz):
    _, items = quiz
    wrong = {2, len(items) // 2, len(items)}  # a fill, a choice and a judge item
    for number, item in enumerate(items, 1):
        answer(page, number, item, right=number not in wrong)
    page.click("#check")
    assert score(page) == f"得分：{len(items) - 3} / {len(items)}（{round(100 * (len(items) - 3) / len(items))}%）"
    for number, item in enumerate(items, 1):
        box = page.locator(f"#q{number}")
        assert ("wrong" in box.get_attribute("class")) is (number in wrong)
        feedback = page.text_content(f"#q{number} .feedback")
        if number in wrong:
            assert feedback.startswith("✗ 错误")
            assert "出处：" + item["source"] in feedback
            assert all(part in feedback for part in item["answer"])
            assert page.is_visible(f"#q{number} .feedback .src")
        else:
            assert feedback == "✓ 正确"


def test_an_unanswered_quiz_scores_zero_and_reset_clears_it(page, quiz):
    _, items = quiz
    page.click("#check")
    assert score(page) == f"得分：0 / {len(items)}（0%）"
    page.click("#redo")
    assert score(page) == ""
    assert page.locator(".item.wrong").count() == 0
    assert not page.is_visible("#q1 .feedback")


def test_the_key_is_hidden_on_screen_until_asked_for_and_printed(page, quiz):
    _, items = quiz
    assert not page.is_visible("#key")
    page.click("#show-key")
    assert page.is_visible("#key")
    assert page.locator("#key li").count() == len(items)
    page.click("#show-key")
    page.emulate_media(media="print")
    assert page.is_visible("#key") and not page.is_visible("#check")


def test_the_page_folds_answers_as_the_drill_does(page):
    from studycards.quiz.grading import fold

    samples = ["“两个确立”。", "ＡＢＣ１２３８０专线", "　能者上 \t", "《推进领导干部能上能下规定》", "①Ⅻ㈠", "ﾃｽﾄ Straße", "—…·、"]
    assert page.evaluate("texts => texts.map(window.studycards.fold)", samples) == [fold(s) for s in samples]


def test_it_fits_a_phone(page):
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, width
    tap = page.locator(".options label").first.bounding_box()
    assert tap["height"] >= 36  # big enough to tap
    assert re.search(r"width=device-width", page.content())
