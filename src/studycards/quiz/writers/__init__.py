"""The quiz writers: one module per format, each laying out items; none looks at the source text again."""

from __future__ import annotations

from importlib import import_module

from studycards.quiz.items import QuizItem

WRITERS = {
    "md": ("markdown", "render_quiz_markdown"),
    "html": ("html", "render_quiz_html"),
    "json": ("json", "render_quiz_json"),
    "gift": ("gift", "render_quiz_gift"),
    "txt": ("exam_text", "render_quiz_exam_text"),
    "docx": ("docx", "render_quiz_docx"),
    "xlsx": ("xlsx", "render_quiz_xlsx"),
}
"""Format name -> (module under studycards.quiz.writers, its render function). Imported when used."""


def render_quiz(fmt: str, items: list[QuizItem], title: str) -> str | bytes:
    """The quiz `items` in format `fmt` (one of WRITERS)."""
    module, function = WRITERS[fmt]
    return getattr(import_module(f"studycards.quiz.writers.{module}"), function)(items, title)
