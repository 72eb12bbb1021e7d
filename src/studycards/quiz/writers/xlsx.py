"""A quiz as an Excel question bank (.xlsx) in the layout Chinese exam platforms import: one question a
row under the header 题型 | 题干 | 选项A … 选项F | 正确答案 | 解析 | 出处.

- 题型: 单选题, 多选题, 判断题 or 填空题.
- 题干: the question; blanks as ________ (all alike).
- 选项A–选项F: the options of a choice question (four are used; empty for 填空 and 判断).
- 正确答案: the letters (B; ACD) for 单选/多选, 正确 or 错误 for 判断, the blanks' answers in order joined
  by | for 填空.
- 解析: what the feedback shows: for a false 判断 the passage as written with the swapped phrase in 【】.
- 出处: article › section › point，第N行.
"""

from __future__ import annotations

import io

from studycards.quiz.items import TYPE_NAMES, QuizItem, correction

OPTION_COLUMNS = 6
HEADER = ("题型", "题干", *(f"选项{chr(ord('A') + i)}" for i in range(OPTION_COLUMNS)), "正确答案", "解析", "出处")
WIDTHS = {"A": 8, "B": 60, "I": 12, "J": 40, "K": 40}
"""Column widths in characters (options default to 18)."""


def render_quiz_xlsx(items: list[QuizItem], title: str) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    sheet = book.active
    sheet.title = "题库"
    sheet.append(HEADER)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for item in items:
        sheet.append(row(item))
    for column in "CDEFGH":
        sheet.column_dimensions[column].width = 18
    for column, width in WIDTHS.items():
        sheet.column_dimensions[column].width = width
    for cells in sheet.iter_rows(min_row=2):
        for cell in cells:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"  # text from the document, never a formula
    sheet.freeze_panes = "A2"
    book.properties.title = title
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def row(item: QuizItem) -> tuple[str, ...]:
    """One question as the cells of its row, in HEADER's order."""
    options = list(item.options) if item.type in ("single", "multiple") else []
    options += [""] * (OPTION_COLUMNS - len(options))
    explanation = f"原文：{correction(item)}" if item.original else ""
    return (TYPE_NAMES[item.type], item.question(), *options, item.key, explanation, item.source)
