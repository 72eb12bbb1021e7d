"""A quiz as a Word 试卷 (.docx), as organisers print it for a 应知应会 test.

The title; a line for 姓名, 单位 and 得分; the questions in sections by type (一、填空题（共8题，每题2分，
共16分）), blanks as underlines, all alike; options A–D under each choice question; （　） after each 判断;
then, on a new page, the answer key with the source of every answer (and, for a false 判断, the passage
as written with the swapped phrase in 【】).
"""

from __future__ import annotations

import io

from studycards.marker import DOCX_DESCRIPTION
from studycards.quiz.items import TYPE_NAMES, QuizItem, correction, letter, sections
from studycards.quiz.writers.markdown import key_answer

SECTION_NUMBERS = "一二三四"
POINTS = {"fill": 2, "single": 2, "multiple": 3, "judge": 1}
"""Points per question, by type: a 多选 asks more than a 单选, a 判断 less."""
BLANK = "\u00a0" * 16
"""A blank: no-break spaces, underlined, all alike (full-width spaces would break at a line's end and
vanish there, underline and all)."""
FONT = "宋体"
INLINE_OPTIONS = 24
"""Options go on one line when all of them together are at most this long (in characters)."""


def render_quiz_docx(items: list[QuizItem], title: str) -> bytes:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    document = docx.Document()
    document.core_properties.comments = DOCX_DESCRIPTION  # dc:description: a folder read later knows it is ours
    style = document.styles["Normal"]
    style.font.name = FONT
    style.font.size = Pt(12)
    style.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)  # Word takes CJK text's font from here
    for name in ("Title", "Heading 1", "Heading 2"):  # black 黑体, as a printed paper has them
        document.styles[name].element.rPr.rFonts.set(qn("w:eastAsia"), "黑体")
        document.styles[name].font.color.rgb = RGBColor(0, 0, 0)

    heading = document.add_heading(f"{title} 测试卷", level=0)
    heading.alignment = WD_ALIGN_PARAGRAPH.CENTER
    total = sum(POINTS[item.type] for item in items)
    line = document.add_paragraph()
    line.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for index, label in enumerate(("姓名", "单位", "得分")):
        line.add_run(("\u3000\u3000" if index else "") + f"{label}：")
        line.add_run(BLANK).font.underline = True
    document.add_paragraph(f"（共 {len(items)} 题，满分 {total} 分）").alignment = WD_ALIGN_PARAGRAPH.CENTER

    for index, (kind, numbered) in enumerate(sections(items)):
        each = POINTS[kind]
        document.add_heading(
            f"{SECTION_NUMBERS[index]}、{TYPE_NAMES[kind]}（共{len(numbered)}题，每题{each}分，共{each * len(numbered)}分）",
            level=2,
        )
        for number, item in numbered:
            _question(document, number, item)

    document.add_page_break()
    document.add_heading("参考答案", level=1)
    for number, item in enumerate(items, 1):
        said = f"（原文：{correction(item)}）" if item.original else ""
        paragraph = document.add_paragraph(f"{number}. {key_answer(item)}{said}")
        source = paragraph.add_run(f"　出处：{item.source}")
        source.font.size = Pt(9)

    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _question(document, number: int, item: QuizItem) -> None:
    paragraph = document.add_paragraph(f"{number}. {item.parts[0]}")
    for part in item.parts[1:]:
        paragraph.add_run(BLANK).font.underline = True
        paragraph.add_run(part)
    if item.type == "judge":
        paragraph.add_run("（　　）")
        return
    if item.type in ("single", "multiple"):
        paragraph.add_run("（　　）")
        options = [f"{letter(i)}. {option}" for i, option in enumerate(item.options)]
        if sum(len(option) for option in item.options) <= INLINE_OPTIONS:
            document.add_paragraph("\u3000\u3000".join(options))
        else:
            for option in options:
                document.add_paragraph(option)
