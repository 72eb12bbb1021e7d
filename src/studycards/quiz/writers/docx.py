"""A quiz as a Word 试卷 (.docx), as organisers print it for a 应知应会 test.

On A4, out of 100 points, page numbers in the footer (第 1 页 共 3 页). The title; a line for 姓名, 单位 and
得分; the 答题说明 (how each type is answered, and that a 多选 scores only when every right option and no other
is chosen); the questions in sections by type (一、填空题（共8题，每题3分，共24分）), blanks as underlines,
all alike; options A–D under each choice question; （　） after each 判断; then, on a new page, the answer
key citing the article or section of every answer (and, for a false 判断, the passage as written with the
swapped phrase in 【】).
"""

from __future__ import annotations

import io
from collections import Counter
from itertools import product

from studycards.marker import DOCX_DESCRIPTION
from studycards.quiz.items import TYPE_NAMES, QuizItem, correction, letter, sections
from studycards.quiz.writers.markdown import key_answer

SECTION_NUMBERS = "一二三四"
POINTS = {"fill": 2, "single": 2, "multiple": 3, "judge": 1}
"""Points per question, by type, in proportion: a 多选 asks more than a 单选, a 判断 less. `points` scales
them so that the paper is out of 100."""
FULL_MARKS = 100
MOST_POINTS = 10
INSTRUCTIONS = (
    "本卷共{count}题，满分{total}分。",
    "填空题：将答案写在横线上，每空意思完整、表述准确方可得分。",
    "单选题：每题只有一个正确答案，将其字母填入括号内。",
    "多选题：每题有两个或两个以上正确答案，全部选对方可得分，多选、少选、错选均不得分。",
    "判断题：正确的在括号内填“√”，错误的填“×”。",
)
"""The paper's 答题说明, as offices print it; only the lines of the types the paper has are kept, numbered in turn."""
BLANK = "\u00a0" * 16
"""A blank: no-break spaces, underlined, all alike (full-width spaces would break at a line's end and
vanish there, underline and all)."""
FONT = "宋体"
INLINE_OPTIONS = 24
"""Options go on one line when all of them together are at most this long (in characters)."""


def instructions(kinds: set[str]) -> list[str]:
    """The 答题说明's lines for a paper of these types of question, numbered in turn (a paper without 多选 has no
    line 4 to skip)."""
    names = [TYPE_NAMES[kind][:3] for kind in kinds]
    kept = [line for line in INSTRUCTIONS if line[:3] in names or not line[:3].endswith("题")]
    return ["答题说明：", *(f"{number}. {line}" for number, line in enumerate(kept, 1))]


def render_quiz_docx(items: list[QuizItem], title: str) -> bytes:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    from docx.shared import Mm

    document = docx.Document()
    document.core_properties.comments = DOCX_DESCRIPTION  # dc:description: a folder read later knows it is ours
    for section in document.sections:  # A4, not python-docx's default US Letter
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.left_margin = section.right_margin = Mm(25)
        section.top_margin = section.bottom_margin = Mm(25)
        _page_numbers(section.footer.paragraphs[0])
        section.footer.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    style = document.styles["Normal"]
    style.font.name = FONT
    style.font.size = Pt(12)
    style.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)  # Word takes CJK text's font from here
    for name in ("Title", "Heading 1", "Heading 2"):  # black 黑体, as a printed paper has them
        document.styles[name].element.rPr.rFonts.set(qn("w:eastAsia"), "黑体")
        document.styles[name].font.color.rgb = RGBColor(0, 0, 0)

    heading = document.add_heading(f"{title} 测试卷", level=0)
    heading.alignment = WD_ALIGN_PARAGRAPH.CENTER
    worth = points(items)
    total = sum(worth)
    names = document.add_paragraph()
    names.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for index, label in enumerate(("姓名", "单位", "得分")):
        names.add_run(("\u3000\u3000" if index else "") + f"{label}：")
        names.add_run(BLANK).font.underline = True
    document.add_paragraph(f"（共 {len(items)} 题，满分 {_number(total)} 分）").alignment = WD_ALIGN_PARAGRAPH.CENTER
    for line in instructions({item.type for item in items}):
        note = document.add_paragraph(line.format(count=len(items), total=_number(total)))
        note.runs[0].font.size = Pt(10.5)

    for index, (kind, numbered) in enumerate(sections(items)):
        document.add_heading(
            f"{SECTION_NUMBERS[index]}、{TYPE_NAMES[kind]}（{_scored([(n, worth[n - 1]) for n, _ in numbered])}）",
            level=2,
        )
        for number, item in numbered:
            _question(document, number, item)

    document.add_page_break()
    document.add_heading("参考答案", level=1)
    for number, item in enumerate(items, 1):
        said = f"（原文：{correction(item)}）" if item.original else ""
        paragraph = document.add_paragraph(f"{number}. {key_answer(item)}{said}")
        source = paragraph.add_run(f"　出处：{item.where}")
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


def points(items: list[QuizItem]) -> list[float]:
    """Points of each question, adding up to FULL_MARKS: the same for every question of a type, as near POINTS'
    proportions as whole or half points allow; when no such split adds up (12, 3, 12 and 3 questions), the
    last question of the largest section takes the difference."""
    counts = Counter(item.type for item in items)
    kinds = [kind for kind in POINTS if counts[kind]]
    if not kinds:
        return []
    scale = FULL_MARKS / sum(POINTS[kind] * counts[kind] for kind in kinds)
    each = {kind: max(0.5, (2 * scale * POINTS[kind]) // 1 / 2) for kind in kinds}
    best = None
    steps = [step / 2 for step in range(1, 2 * MOST_POINTS + 1)]
    *firsts, last = kinds
    for choice in product(steps, repeat=len(firsts)):
        rest = FULL_MARKS - sum(p * counts[kind] for p, kind in zip(choice, firsts))
        final = rest / counts[last]
        if final <= 0 or (2 * final) % 1:
            continue
        split = dict(zip(firsts, choice), **{last: final})
        cost = sum((split[kind] - scale * POINTS[kind]) ** 2 for kind in kinds) + 0.01 * sum(
            p % 1 for p in split.values()
        )
        if best is None or cost < best[0]:
            best = (cost, split)
    if best is not None:
        each = best[1]
    worth = [each[item.type] for item in items]
    largest = max(kinds, key=lambda kind: counts[kind])
    ends = [i for i, item in enumerate(items) if item.type == largest][::-1]
    short = FULL_MARKS - sum(worth)  # ≥ 0: the points were rounded down; one more point each from the end
    for at in ends * int(short // 1 + 1):
        if short <= 0:
            break
        worth[at] += min(1, short)
        short -= min(1, short)
    return worth


def _scored(numbered: list[tuple[int, float]]) -> str:
    """共8题，每题3分，共24分 (or 共3题，第30题4分，其余每题3分，共10分)."""
    values = [value for _, value in numbered]
    usual = Counter(values).most_common(1)[0][0]
    odd = [f"第{number}题{_number(value)}分" for number, value in numbered if value != usual]
    each = f"每题{_number(usual)}分" if not odd else "，".join(odd) + f"，其余每题{_number(usual)}分"
    return f"共{len(values)}题，{each}，共{_number(sum(values))}分"


def _number(value: float) -> str:
    """3 for 3.0, 2.5 for 2.5."""
    return f"{value:g}"


def _page_numbers(paragraph) -> None:
    """第 N 页 共 M 页, as Word fields (filled in when the paper is opened or printed)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    for text, field in (("第 ", "PAGE"), (" 页 共 ", "NUMPAGES"), (" 页", None)):
        paragraph.add_run(text)
        if field:
            simple = OxmlElement("w:fldSimple")
            simple.set(qn("w:instr"), field)
            run = OxmlElement("w:r")
            number = OxmlElement("w:t")
            number.text = "1"
            run.append(number)
            simple.append(run)
            paragraph._p.append(simple)
