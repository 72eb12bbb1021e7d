"""Quiz exporters: GIFT and exam-platform text parse back to the same items; Markdown, JSON and HTML hold
every question, answer and source, and escape what comes from the document."""

import html
import json
import re

import pytest

from conftest import DECKS, SAMPLES
from studycards.quiz.writers.exam_text import render_quiz_exam_text
from studycards.quiz.writers.gift import render_quiz_gift
from studycards.quiz.writers.html import render_quiz_html
from studycards.quiz.writers.json import render_quiz_json
from studycards.quiz.writers.markdown import render_quiz_markdown
from studycards.pipeline import study_all
from studycards.quiz.items import QuizItem
from studycards.quiz.selection import make_items

SAMPLE = DECKS / "cadre-incentive-seminar.txt"
TYPE_OF = {"填空题": "fill", "单选题": "single", "多选题": "multiple", "判断题": "judge"}
_items: dict = {}


def sample_items(path=SAMPLE, n=30, seed=4):
    key = (path, n, seed)
    if key not in _items:
        facts = [fact for item in study_all([str(path)]) for fact in item.facts]
        _items[key] = make_items(facts, n, seed=seed)
    return _items[key]


def tricky():
    """Items whose text holds everything an exporter must escape."""
    return [
        QuizItem(
            "fill",
            ("坚持{a}~b=c#d:e<script>alert(1)</script>", "和 *星* _下_ [链接](x) | 管道"),
            (4,),
            (),
            ("一二：三",),
            "文章 › 一、{要}，第3行",
            "f1",
            "formulation",
            "一二：三",
        ),
        QuizItem(
            "single",
            ("选 `代码` & “引号” ", "。"),
            (3,),
            ("甲~乙", "丙=丁", "戊#己", "庚{辛}"),
            ("丙=丁",),
            "文章 › 二、<b>粗</b>，第4行",
            "f2",
            "enumeration",
            "丙=丁",
        ),
        QuizItem(
            "multiple",
            ("甲、", "、", "和丁"),
            (2, 2),
            ("甲:一", "乙\\二", "丙三", "丁四"),
            ("甲:一", "丙三"),
            "文章，第5行",
            "f3",
            "enumeration",
            "甲:一、丙三",
        ),
        QuizItem(
            "judge",
            ("“两个确立”:{真}",),
            (),
            ("正确", "错误"),
            ("错误",),
            "文章，第6行",
            "f4",
            "formulation",
            "两个确立",
        ),
    ]


def comparable(item):
    """What every format keeps: type, question, options, answer, source."""
    return {
        "type": item.type,
        "question": item.question(),
        "options": list(item.options),
        "answer": list(item.answer),
        "source": item.source,
    }


# --- GIFT -------------------------------------------------------------------------------------------------

GIFT_SPECIAL = "~=#{}:"


def gift_unescape(text):
    return html.unescape(re.sub(r"\\([~=#{}:])", r"\1", text))


def gift_split(text, separator_chars):
    """Split GIFT answer text before each unescaped separator character."""
    parts, current, index = [], "", 0
    while index < len(text):
        ch = text[index]
        if ch == "\\" and index + 1 < len(text) and text[index + 1] in GIFT_SPECIAL:
            current += text[index : index + 2]
            index += 2
            continue
        if ch in separator_chars and current.strip():
            parts.append(current)
            current = ""
        current += ch
        index += 1
    parts.append(current)
    return [part.strip() for part in parts if part.strip()]


def unescaped_index(text, char, start=0):
    index = start
    while True:
        index = text.index(char, index)
        if index == 0 or text[index - 1] != "\\":
            return index
        index += 1


def parse_gift(text):
    """A small GIFT reader for what studycards writes: named questions, one answer block each."""
    items = []
    for block in re.split(r"\n\s*\n", text.strip()):
        lines = [line for line in block.splitlines() if not line.startswith("//")]
        if not lines:
            continue
        body = "\n".join(lines)
        match = re.match(r"::(\d+) (\S+)::", body)
        assert match, body
        kind = TYPE_OF[match.group(2)]
        rest = body[match.end() :]
        assert rest.startswith("[html]")
        rest = rest.removeprefix("[html]")
        open_at = unescaped_index(rest, "{")
        close_at = len(rest) - 1
        assert rest[close_at] == "}", rest
        stem, answer = rest[:open_at], rest[open_at + 1 : close_at]
        answer, feedback = answer.split("####")
        source = gift_unescape(feedback).split("出处：", 1)[1]  # after 原文：… for a false 判断
        question = gift_unescape(stem)
        options, answers = [], []
        if kind == "fill":
            note = re.search(r"（(\d+)空，(?:依次填写|顺序不限)，用“、”分隔）$", question)
            question = question[: note.start()] if note else question
            (value,) = gift_split(answer, "=")
            values = gift_unescape(value[1:].strip())
            answers = values.split("、") if note else [values]
            assert not note or len(answers) == int(note.group(1))
        elif kind == "judge":
            answers = ["正确" if answer.strip() == "T" else "错误"]
            options = ["正确", "错误"]
            assert answer.strip() in ("T", "F")
        else:
            for choice in gift_split(answer, "=~"):
                mark, value = choice[0], choice[1:]
                weight = re.match(r"%(-?[\d.]+)%", value)
                if weight:
                    value = value[weight.end() :]
                value = gift_unescape(value.strip())
                options.append(value)
                right = mark == "=" or (weight and float(weight.group(1)) > 0)
                if right:
                    answers.append(value)
        items.append({"type": kind, "question": question, "options": options, "answer": answers, "source": source})
    return items


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.stem)
def test_gift_parses_back_to_the_same_items(path):
    items = sample_items(path)
    assert parse_gift(render_quiz_gift(items, "标题")) == [comparable(item) for item in items]


def test_gift_escapes_its_special_characters():
    items = tricky()
    text = render_quiz_gift(items, "标题")
    assert parse_gift(text) == [comparable(item) for item in items]
    for line in text.splitlines():
        if line.startswith("::"):
            stem = line[line.index("::", 2) + 2 :]
            # every special character of the document's text is escaped: only the answer block is live
            live = re.sub(r"\\[~=#{}:]", "", stem)
            assert live.count("{") == 1 and live.count("}") == 1 and ":" not in live.replace("::", ""), line
    assert "{=丙\\=丁" not in text and "=丙\\=丁" in text
    assert "<script>" not in text and "&lt;script&gt;" in text


def test_gift_marks_for_multiple_choice_add_up():
    text = render_quiz_gift(sample_items(), "")
    for block in re.findall(r"\{(~%.*?)####", text):
        weights = [float(w) for w in re.findall(r"~%(-?[\d.]+)%", block)]
        assert abs(sum(w for w in weights if w > 0) - 100) < 0.01 and all(w == -100 for w in weights if w < 0)


# --- exam-platform text -------------------------------------------------------------------------------------


def parse_exam_text(text):
    """The exam-platform syntax as README.md documents it."""
    items = []
    for block in re.split(r"\n\s*\n", text.strip()):
        lines = block.splitlines()
        head = re.fullmatch(r"(\d+)\.【(填空题|单选题|多选题|判断题)】(.+)", lines[0])
        assert head, lines[0]
        assert int(head.group(1)) == len(items) + 1
        kind = TYPE_OF[head.group(2)]
        options, answer, source = [], None, None
        for line in lines[1:]:
            option = re.fullmatch(r"([A-Z])\. (.+)", line)
            if option:
                assert option.group(1) == chr(ord("A") + len(options))
                options.append(option.group(2))
            elif line.startswith("答案："):
                answer = line.removeprefix("答案：")
            elif line.startswith("解析："):
                source = line.split("出处：", 1)[1]
            else:
                raise AssertionError(f"unexpected line {line!r}")
        if kind == "fill":
            answers = answer.split("|")
            assert len(re.findall(r"_{4,}", head.group(3))) == len(answers)
        elif kind == "judge":
            assert answer in ("正确", "错误")
            answers, options = [answer], ["正确", "错误"]
        else:
            assert re.fullmatch(r"[A-D]+", answer) and (len(answer) == 1) == (kind == "single")
            answers = [options[ord(ch) - ord("A")] for ch in answer]
        items.append({"type": kind, "question": head.group(3), "options": options, "answer": answers, "source": source})
    return items


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.stem)
def test_exam_text_parses_back_to_the_same_items(path):
    items = sample_items(path)
    assert parse_exam_text(render_quiz_exam_text(items, "标题")) == [comparable(item) for item in items]


def test_exam_text_blanks_are_all_alike_unless_sized_as_a_hint():
    from dataclasses import replace

    for item in sample_items():
        if item.type == "fill":
            line = render_quiz_exam_text([item])
            runs = [len(run) for run in re.findall(r"_+", line.splitlines()[0])]
            assert runs == [8] * len(item.answer)  # their length gives nothing away
            line = render_quiz_exam_text([replace(item, sized=True)])  # --hint count
            runs = [len(run) for run in re.findall(r"_+", line.splitlines()[0])]
            assert runs == [max(4, 2 * len(answer)) for answer in item.answer]


# --- JSON, Markdown, HTML -----------------------------------------------------------------------------------


def test_json_is_a_list_of_items_with_the_documented_keys():
    items = sample_items()
    data = json.loads(render_quiz_json(items))
    assert isinstance(data, list) and len(data) == len(items)
    for entry, item in zip(data, items):
        assert {"type", "question", "options", "answer", "source"} <= set(entry)
        assert {key: entry[key] for key in ("type", "question", "options", "answer", "source")} == comparable(item)
        if entry["type"] in ("single", "multiple", "judge"):
            assert set(entry["answer"]) <= set(entry["options"])
        else:
            assert len(re.findall(r"_{4,}", entry["question"])) == len(entry["answer"]) == len(entry["blanks"])


def test_markdown_sheet_lists_every_question_then_the_key():
    items = sample_items()
    text = render_quiz_markdown(items, "某材料")
    body, key = text.split("\n## 答案\n")
    assert text.startswith("# 某材料 · 练习题\n")
    assert [int(n) for n in re.findall(r"^\*\*(\d+)\.\*\*", body, re.M)] == list(range(1, len(items) + 1))
    assert re.findall(r"^## (.)、(.+)$", body, re.M) == [
        ("一", "填空题"),
        ("二", "单选题"),
        ("三", "多选题"),
        ("四", "判断题"),
    ]
    rows = re.findall(r"^(\d+)\. (.+) —— 出处：(.+)$", key, re.M)
    assert [int(row[0]) for row in rows] == list(range(1, len(items) + 1))
    for (number, answer, source), item in zip(rows, items):
        assert source == item.source
        if item.type in ("single", "multiple"):
            assert answer.startswith(item.letters + "（")
        for part in item.answer:
            assert part in answer
    # blanks all alike: four full-width low lines, never as many as the answer has characters
    assert set(re.findall(r"＿+", body)) == {"＿" * 4}


def test_markdown_escapes_the_document():
    text = render_quiz_markdown(tricky(), "标题")
    assert "\\*星\\*" in text and "\\_下\\_" in text and "\\[链接\\](x)" in text and "\\<script\\>" in text
    assert "\\`代码\\`" in text and "\\| 管道" in text


def test_html_is_self_contained_and_escapes_the_document():
    text = render_quiz_html(tricky(), "标题<i>")
    assert "<script>alert(1)</script>" not in text and "&lt;script&gt;alert(1)&lt;/script&gt;" in text
    assert "<b>粗</b>" not in text and "标题<i>" not in text
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", text)
    assert "<link" not in text and "@import" not in text and "url(" not in text
    assert html_data(text)[1]["source"] == "文章 › 二、<b>粗</b>"  # the part it stands in, no line of the file


def html_data(text):
    """The answers the page carries: base64 of the JSON XORed with the quiz's key (not plain text)."""
    import base64

    match = re.search(
        r'<script type="application/octet-stream" id="quiz-data" data-quiz="\w+" data-key="(\w+)">'
        r"([A-Za-z0-9+/=]*)</script>",
        text,
    )
    assert match
    key = bytes.fromhex(match.group(1))
    mixed = base64.b64decode(match.group(2))
    return json.loads(bytes(byte ^ key[i % len(key)] for i, byte in enumerate(mixed)).decode("utf-8"))


def test_html_has_a_control_for_every_blank_and_option_and_a_printable_key():
    items = sample_items()
    text = render_quiz_html(items, "某材料")
    for number, item in enumerate(items, 1):
        block = re.search(
            rf'<div class="item {item.type}" id="q{number}">(.*?)</div>\n(?=<div class="item|</section>)', text, re.S
        )
        assert block, number
        if item.type == "fill":
            assert block.group(1).count('class="blank"') == len(item.answer)
        else:
            control = "checkbox" if item.type == "multiple" else "radio"
            assert block.group(1).count(f'type="{control}"') == len(item.options)
    assert "@page { size: A4" in text and "@media print" in text
    assert '<section id="key" class="key">' in text  # the script writes the key into it (tested in chromium)
    data = html_data(text)
    assert len(data) == len(items)
    for entry, item in zip(data, items):
        assert entry["source"] == item.where and entry["type"] == item.type
        assert entry["answer"] == (list(item.answer) if item.type == "fill" else [])
        assert [item.options[i] for i in entry["correct"]] == [o for o in item.options if o in item.answer]
        assert item.source not in text and (item.type != "fill" or not any(a in text for a in item.answer))
