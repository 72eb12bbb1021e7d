"""A quiz as one self-contained HTML page: a printable A4 sheet and an interactive quiz in one.

On screen (a phone will do) the reader types into the blanks and ticks the options, presses 检查答案 and
sees the score, and under each miss the right answer and its source. Printed, it is a plain sheet with
the answer key on a page of its own. The style (quiz.css) and the script (quiz.js) are inlined: the file
needs no network. Everything from the document is escaped.
"""

from __future__ import annotations

import json
from html import escape
from importlib import resources

from studycards.quiz.writers.markdown import key_answer
from studycards.quiz.items import TYPE_NAMES, QuizItem, letter, sections, summary

SECTION_NUMBERS = "一二三四"


def render_quiz_html(items: list[QuizItem], title: str) -> str:
    body = [
        "<header>",
        f"<h1>{escape(title)} · 练习题</h1>",
        f'<p class="meta">{escape(summary(items))}</p>',
        '<p class="how">作答后点“检查答案”：显示得分，每道错题给出正确答案和出处。填空不计标点、空格和全角半角。</p>',
        "</header>",
        '<form id="quiz" autocomplete="off">',
    ]
    for index, (kind, numbered) in enumerate(sections(items)):
        body.append(f'<section class="group"><h2>{SECTION_NUMBERS[index]}、{TYPE_NAMES[kind]}</h2>')
        body += [_item(number, item) for number, item in numbered]
        body.append("</section>")
    body += [
        '<div class="actions">',
        '<button type="button" id="check" class="primary">检查答案</button>',
        '<button type="button" id="redo">重新作答</button>',
        '<button type="button" id="show-key">答案</button>',
        '<span id="score" role="status" aria-live="polite"></span>',
        "</div>",
        "</form>",
        _key(items),
        f'<script type="application/json" id="quiz-data">{_data(items)}</script>',
        f"<script>{_resource('quiz.js')}</script>",
    ]
    head = [
        "<!DOCTYPE html>",
        '<html lang="zh-CN">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(title)} · 练习题</title>",
        f"<style>{_resource('quiz.css')}</style>",
        "</head>",
        "<body>",
    ]
    return "\n".join(head + body + ["</body>", "</html>"]) + "\n"


def _item(number: int, item: QuizItem) -> str:
    html = [f'<div class="item {item.type}" id="q{number}">', f'<p class="stem"><span class="no">{number}.</span>']
    html.append(_stem(number, item))
    if item.type == "judge":
        html.append('<span class="paren">（　）</span>')
    html.append("</p>")
    if item.options:
        control = "checkbox" if item.type == "multiple" else "radio"
        html.append('<ul class="options">')
        for index, option in enumerate(item.options):
            shown = f'<span class="letter">{letter(index)}.</span> ' if item.type != "judge" else ""
            html.append(
                f'<li><label><input type="{control}" name="q{number}" value="{index}">'
                f"{shown}<span>{escape(option)}</span></label></li>"
            )
        html.append("</ul>")
    html.append('<div class="feedback" hidden></div>')
    html.append("</div>")
    return "\n".join(html)


def _stem(number: int, item: QuizItem) -> str:
    text = escape(item.parts[0])
    for blank, (size, part) in enumerate(zip(item.blanks, item.parts[1:]), 1):
        width = f"{max(2.5, size * 1.1 + 0.8):.1f}em"
        if item.type == "fill":
            text += (
                f'<input class="blank" type="text" style="width:{width}" data-size="{size}" '
                f'aria-label="第{number}题第{blank}空">'
            )
        else:
            text += f'<span class="gap" style="width:{width}"></span>'
        text += escape(part)
    return text


def _key(items: list[QuizItem]) -> str:
    rows = [
        f'<li>{escape(key_answer(item))} <span class="src">出处：{escape(item.source)}</span></li>' for item in items
    ]
    return '<section id="key" class="key"><h2>答案</h2><ol>\n' + "\n".join(rows) + "\n</ol></section>"


def _data(items: list[QuizItem]) -> str:
    """What the script needs to check answers, as JSON that cannot close the <script> element."""
    data = [
        {
            "type": item.type,
            "answer": list(item.answer) if item.type == "fill" else [],
            "correct": [i for i, option in enumerate(item.options) if option in item.answer],
            "ordered": item.ordered,
            "key": _shown_answer(item),
            "source": item.source,
        }
        for item in items
    ]
    text = json.dumps(data, ensure_ascii=False)
    return (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def _shown_answer(item: QuizItem) -> str:
    if item.type in ("single", "multiple"):
        return "；".join(f"{letter(i)}. {o}" for i, o in enumerate(item.options) if o in item.answer)
    return key_answer(item)


def _resource(name: str) -> str:
    return resources.files("studycards.quiz.writers").joinpath(name).read_text(encoding="utf-8")
