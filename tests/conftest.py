import json
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DECKS = ROOT / "decks"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SAMPLES = sorted(DECKS.glob("*.txt"))
CHROMIUM = "/usr/bin/chromium"
"""Debian's chromium: .ci/run installs it (Playwright cannot download its own browser here)."""
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
HAS_CHROMIUM = Path(CHROMIUM).exists() or bool(os.environ.get("CI"))
"""Browser tests run where chromium is, and always under CI, where a missing browser is a failure."""


@pytest.fixture
def gold():
    return json.loads((FIXTURES / "cadre-incentive-seminar.gold.json").read_text(encoding="utf-8"))


def spans_of(text, answers):
    """Where each answer stands in `text`, in order (an answer found after the one before it)."""
    spans, position = [], 0
    for answer in answers:
        start = text.index(answer, position)
        spans.append((start, start + len(answer)))
        position = start + len(answer)
    return tuple(spans)


def write(tmp_path, name, text, encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


@pytest.fixture(scope="module")
def browser():
    """Headless chromium, driven by Playwright, shared by the tests of a module."""
    from playwright.sync_api import sync_playwright

    assert Path(CHROMIUM).exists(), f"{CHROMIUM} is missing: .ci/run should have installed Debian's chromium"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield browser
        browser.close()
