"""A quiz as a printable Markdown sheet: the questions type by type, the answer key at the end."""

from __future__ import annotations

import re

from studycards.marker import MARKDOWN_MARK
from studycards.quiz.items import TYPE_NAMES, QuizItem, correction, letter, sections, summary

SECTION_NUMBERS = "一二三四"
INLINE_OPTIONS = 40
"""Options go on one line when all of them together are at most this long (in characters)."""
SPECIAL = re.compile(r"([\\`*_\[\]<>#|~!])")


def render_quiz_markdown(items: list[QuizItem], title: str) -> str:
    lines = [f"# {escape(title)} · 练习题", "", f"{summary(items)}。答案见文末。", ""]
    for index, (kind, numbered) in enumerate(sections(items)):
        lines += [f"## {SECTION_NUMBERS[index]}、{TYPE_NAMES[kind]}", ""]
        for number, item in numbered:
            lines += _question(number, item) + [""]
    lines += ["---", "", "## 答案", ""]
    for number, item in enumerate(items, 1):
        said = f"（原文：{escape(correction(item))}）" if item.original else ""
        lines.append(f"{number}. {escape(key_answer(item))}{said} —— 出处：{escape(item.source)}")
    return "\n".join(lines + ["", MARKDOWN_MARK]) + "\n"


def _question(number: int, item: QuizItem) -> list[str]:
    text = _stem(item)
    if item.type == "judge":
        return [f"**{number}.** {text}（　）"]
    lines = [f"**{number}.** {text}"]
    if item.options:
        options = [f"{letter(i)}. {escape(option)}" for i, option in enumerate(item.options)]
        if sum(len(option) for option in item.options) <= INLINE_OPTIONS:
            lines += ["", "　　".join(options)]
        else:
            lines += [""] + [option + ("\\" if i < len(options) - 1 else "") for i, option in enumerate(options)]
    return lines


def _stem(item: QuizItem) -> str:
    """The question, its text escaped, each blank as four full-width low lines (as many as its answer has
    characters with --hint count; a full-width low line is as wide as a Chinese character, and means nothing
    to Markdown)."""
    text = escape(item.parts[0])
    for size, part in zip(item.blanks, item.parts[1:]):
        text += "＿" * (max(2, size) if item.sized else 4) + escape(part)
    return text


def key_answer(item: QuizItem) -> str:
    """The answer as the key states it: 崇尚实干；带动担当 / D（敬重担当） / AC（…；…） / 正确."""
    if item.type == "fill":
        return "；".join(item.answer)
    if item.type == "judge":
        return item.answer[0]
    return f"{item.letters}（{'；'.join(item.answer)}）"


def escape(text: str) -> str:
    """Text from a document, safe in Markdown: its special characters backslash-escaped."""
    return SPECIAL.sub(r"\\\1", text)
