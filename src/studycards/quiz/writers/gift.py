"""A quiz in Moodle's GIFT format (https://docs.moodle.org/en/GIFT_format).

    // 9. 单选题
    ::9 单选题::[html]健全干部日常发现、____________、适时推荐工作机制{=持续培养 ~崇尚担当 ~恶意中伤 ~电话短信 ####出处：…}

- 填空 is a short-answer question: the stem with its blanks as underscores, then {=answer}. Several blanks
  take one answer, the items joined by 、 (GIFT has one answer box per question), and the stem ends with
  （N空，依次填写，用“、”分隔） (顺序不限 for an enumeration: Moodle still compares in order).
- 单选 is {=right ~wrong …}; 多选 gives each right option an equal share of the mark and each wrong one
  -100% ({~%50%A ~%50%B ~%-100%C …}); 判断 is {T} or {F}.
- The source goes in the general feedback (#### …), shown once the question is answered.
- Question text is marked [html]: & < > from the document are written as entities (so Moodle shows
  them as text), then ~ = # { } : are escaped with a backslash.
"""

from __future__ import annotations

import re
from html import escape as html_escape

from studycards.quiz.items import TYPE_NAMES, QuizItem, correction

SPECIAL = re.compile(r"([~=#{}:])")
WEIGHTS = {1: "100", 2: "50", 3: "33.33333", 4: "25", 5: "20"}
"""Moodle accepts only certain percentages: an equal share for 1-5 right options."""


def render_quiz_gift(items: list[QuizItem], title: str = "") -> str:
    blocks = [f"// {title} · 练习题（studycards）".replace("\n", " ")] if title else []
    for number, item in enumerate(items, 1):
        blocks.append(_question(number, item))
    return "\n\n".join(blocks) + "\n"


def _question(number: int, item: QuizItem) -> str:
    name = f"{number} {TYPE_NAMES[item.type]}"
    stem = escape(item.question())
    said = f"原文：{correction(item)}；" if item.original else ""
    feedback = f"####{escape(said + '出处：' + item.source)}"
    if item.type == "fill":
        if len(item.answer) > 1:
            order = "依次填写" if item.ordered else "顺序不限"
            stem += f"（{len(item.answer)}空，{order}，用“、”分隔）"
        answer = f"{{={escape('、'.join(item.answer))} {feedback}}}"
    elif item.type == "judge":
        answer = f"{{{'T' if item.answer[0] == '正确' else 'F'} {feedback}}}"
    elif item.type == "single":
        options = " ".join(("=" if option in item.answer else "~") + escape(option) for option in item.options)
        answer = f"{{{options} {feedback}}}"
    else:
        share = WEIGHTS[len(item.answer)]
        options = " ".join(
            f"~%{share if option in item.answer else '-100'}%{escape(option)}" for option in item.options
        )
        answer = f"{{{options} {feedback}}}"
    return f"// {number}. {TYPE_NAMES[item.type]}\n::{name}::[html]{stem}{answer}"


def escape(text: str) -> str:
    return SPECIAL.sub(r"\\\1", html_escape(text, quote=False))
