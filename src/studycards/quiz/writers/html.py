"""A quiz as one self-contained HTML page: a printable A4 sheet and an interactive quiz in one, for a phone
first (people send it around in a group chat).

On screen the reader types into the blanks (Enter moves to the next, and finally to 检查答案) and ticks the
options, presses 检查答案 and sees the score, and under each miss the right answer and its source (for a
false 判断, the passage as written with the swapped phrase marked). 只练错题 asks the missed questions again
until each is answered right. The browser keeps the last score and the questions missed most
(localStorage), and shows them when the page is opened again. Printed, it is a plain sheet with what was
filled in and ticked, and the answer key on a page of its own.

The answers and the key are not in the page source in plain text: they travel as JSON, XORed with a key
of this quiz and base64-encoded, and the script builds the key from them. That keeps a glance at the
source (or a search in it) from giving the answers away; it is no protection from anyone who reads the
script. The style (quiz.css) and the script (quiz.js) are inlined: the file needs no network. Everything
from the document is escaped.
"""

from __future__ import annotations

import base64
import hashlib
import json
from html import escape
from importlib import resources

from studycards.marker import HTML_META
from studycards.quiz.items import TYPE_NAMES, QuizItem, letter, sections, summary
from studycards.quiz.writers.markdown import key_answer

SECTION_NUMBERS = "一二三四"
CLOSING = "。，、；：？！）」』”’》〉】.,;:?!)"
"""Punctuation that must not open a line."""
BLANK_WIDTH = "5.5em"
"""Every blank alike (unless --hint count): its width must not give the answer away."""


def render_quiz_html(items: list[QuizItem], title: str) -> str:
    payload = json.dumps(_data(items), ensure_ascii=False).encode("utf-8")
    digest = hashlib.sha1(payload + title.encode("utf-8")).hexdigest()
    quiz_id, key = digest[:12], bytes.fromhex(digest[12:40])
    body = [
        "<header>",
        f"<h1>{escape(title)} · 练习题</h1>",
        f'<p class="meta">{escape(summary(items))}</p>',
        '<p class="how">作答后点“检查答案”：显示得分，每道错题给出正确答案和出处；“只练错题”把错题再问一遍，'
        "直到都答对。填空按回车跳到下一空，不计标点、空格和全角半角。</p>",
        '<p id="last" hidden></p>',
        "</header>",
        '<form id="quiz" autocomplete="off">',
    ]
    for index, (kind, numbered) in enumerate(sections(items)):
        body.append(f'<section class="group"><h2>{SECTION_NUMBERS[index]}、{TYPE_NAMES[kind]}</h2>')
        body += [_item(number, item) for number, item in numbered]
        body.append("</section>")
    body += [
        '<div class="actions">',
        '<span id="score" role="status" aria-live="polite"></span>',
        '<button type="button" id="check" class="primary">检查答案</button>',
        '<button type="button" id="cram" hidden>只练错题</button>',
        '<button type="button" id="redo">重新作答</button>',
        '<button type="button" id="show-key">答案</button>',
        "</div>",
        "</form>",
        '<section id="key" class="key"><h2>答案</h2><ol></ol></section>',
        f'<script type="application/octet-stream" id="quiz-data" data-quiz="{quiz_id}" data-key="{key.hex()}">'
        f"{_scramble(payload, key)}</script>",
        f"<script>{_resource('quiz.js')}</script>",
    ]
    head = [
        "<!DOCTYPE html>",
        '<html lang="zh-CN">',
        "<head>",
        '<meta charset="utf-8">',
        HTML_META,
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
        width = f"{max(2.5, size * 1.1 + 0.8):.1f}em" if item.sized else BLANK_WIDTH
        if item.type == "fill":
            sized = ' data-sized="1"' if item.sized else ""
            gap = (
                f'<input class="blank" type="text" style="width:{width}"{sized} enterkeyhint="next" '
                f'aria-label="第{number}题第{blank}空">'
            )
        else:
            gap = f'<span class="gap" style="width:{width}"></span>'
        stuck = len(part) - len(part.lstrip(CLOSING))
        if stuck:  # a 。 or ） after a blank stays on its line rather than opening the next one alone
            gap = f'<span class="nobreak">{gap}{escape(part[:stuck])}</span>'
        text += gap + escape(part[stuck:])
    return text


def _data(items: list[QuizItem]) -> list[dict]:
    """What the script needs to check answers and write the key."""
    return [
        {
            "type": item.type,
            "answer": list(item.answer) if item.type == "fill" else [],
            "correct": [i for i, option in enumerate(item.options) if option in item.answer],
            "ordered": item.ordered,
            "stem": item.question(lambda size: "\x00") if item.type == "fill" else "",
            "key": _shown_answer(item),
            "source": item.where,  # the page names the part, not a line of a file the reader never sees
            "original": list(item.original),
        }
        for item in items
    ]


def _scramble(payload: bytes, key: bytes) -> str:
    """`payload` XORed with `key` (repeated), base64: not plain text, and safe inside <script>."""
    mixed = bytes(byte ^ key[i % len(key)] for i, byte in enumerate(payload))
    return base64.b64encode(mixed).decode("ascii")


def _shown_answer(item: QuizItem) -> str:
    if item.type in ("single", "multiple"):
        return "；".join(f"{letter(i)}. {o}" for i, o in enumerate(item.options) if o in item.answer)
    return key_answer(item)


def _resource(name: str) -> str:
    return resources.files("studycards.quiz.writers").joinpath(name).read_text(encoding="utf-8")
