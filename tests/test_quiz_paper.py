"""The formats organisers use: a Word 试卷 (.docx) and an Excel question bank (.xlsx), read back with
python-docx and openpyxl: every question, option, answer and source is there, in the documented layout."""

import io
import re

import pytest
from click.testing import CliRunner

from conftest import DECKS
from studycards.cli import cli
from studycards.pipeline import study_all
from studycards.quiz.items import QuizItem, correction, letter
from studycards.quiz.selection import make_items
from studycards.quiz.writers.docx import BLANK, points, render_quiz_docx
from studycards.quiz.writers.xlsx import HEADER, render_quiz_xlsx

SAMPLE = DECKS / "cadre-incentive-seminar.txt"
REPORT = DECKS / "government-work-report-2024.txt"
_items: dict = {}


def items_of(path, seed=4, n=30):
    if (path, seed) not in _items:
        facts = [fact for item in study_all([str(path)]) for fact in item.facts]
        _items[(path, seed)] = make_items(facts, n, seed=seed)
    return _items[(path, seed)]


def tricky():
    """An item whose text starts like a spreadsheet formula and holds markup."""
    return [
        QuizItem(
            "single",
            ("=SUM(A1)<b>选</b>", "。"),
            (3,),
            ("=甲", "乙", "丙", "丁"),
            ("=甲",),
            "文章，第4行",
            "f2",
            "enumeration",
            "甲",
        ),
    ]


def read_docx(data):
    import docx

    document = docx.Document(io.BytesIO(data))
    return document, [paragraph.text for paragraph in document.paragraphs]


@pytest.mark.parametrize("path", [SAMPLE, REPORT], ids=lambda p: p.stem)
def test_the_word_paper_holds_every_question_and_the_key_on_a_new_page(path):
    items = items_of(path)
    document, lines = read_docx(render_quiz_docx(items, "某材料"))
    assert lines[0] == "某材料 测试卷"
    assert lines[1] == f"姓名：{BLANK}\u3000\u3000单位：{BLANK}\u3000\u3000得分：{BLANK}"
    assert "满分 100 分" in lines[2]
    assert lines[3] == "答题说明：" and any("多选、少选、错选均不得分" in line for line in lines[4:9])
    headings = [line for line in lines if re.match(r"^[一二三四]、", line)]
    assert [h[2:5] for h in headings] == ["填空题", "单选题", "多选题", "判断题"]
    totals = [re.search(r"（共\d+题，.*每题[\d.]+分，共([\d.]+)分）$", h) for h in headings]
    assert all(totals) and sum(float(m.group(1)) for m in totals) == 100
    # A4, with page numbers in the footer
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    footer = section.footer.paragraphs[0]._p.xml
    assert 'w:instr="PAGE"' in footer and 'w:instr="NUMPAGES"' in footer
    key_at = lines.index("参考答案")
    body, key = "\n".join(lines[:key_at]), lines[key_at + 1 :]
    for number, item in enumerate(items, 1):
        stem = f"{number}. " + item.question(lambda size: BLANK)
        assert stem in body, stem
        for index, option in enumerate(item.options if item.type != "judge" else ()):
            assert f"{letter(index)}. {option}" in body
        row = key[number - 1]
        # the key cites the article or section, never a line of the file
        assert row.startswith(f"{number}. ") and row.endswith(f"出处：{item.where}") and not re.search(r"第\d+行", row)
        assert all(answer in row for answer in item.answer)
        if item.original:
            assert correction(item) in row
    # blanks are underlined runs, all alike
    underlined = {run.text for p in document.paragraphs for run in p.runs if run.font.underline}
    assert underlined == {BLANK}
    # the key starts a new page
    breaks = [p for p in document.paragraphs[:key_at] if 'w:br w:type="page"' in p._p.xml]
    assert breaks


@pytest.mark.parametrize("path", [SAMPLE, REPORT], ids=lambda p: p.stem)
def test_the_question_bank_has_the_documented_columns_and_every_question(path):
    from openpyxl import load_workbook

    items = items_of(path)
    sheet = load_workbook(io.BytesIO(render_quiz_xlsx(items, "某材料"))).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("题型", "题干", "选项A", "选项B", "选项C", "选项D", "选项E", "选项F", "正确答案", "解析", "出处")
    assert rows[0] == HEADER
    assert len(rows) == len(items) + 1
    names = {"fill": "填空题", "single": "单选题", "multiple": "多选题", "judge": "判断题"}
    for item, row in zip(items, rows[1:]):
        cells = dict(zip(HEADER, ("" if value is None else value for value in row)))
        assert cells["题型"] == names[item.type]
        assert cells["题干"] == item.question()
        options = [cells[f"选项{letter(i)}"] for i in range(6)]
        if item.type in ("single", "multiple"):
            assert options[: len(item.options)] == list(item.options) and not any(options[len(item.options) :])
            chosen = [item.options[ord(ch) - ord("A")] for ch in cells["正确答案"]]
            assert chosen == list(item.answer)
        else:
            assert not any(options)
            assert cells["正确答案"] == ("|".join(item.answer) if item.type == "fill" else item.answer[0])
        assert cells["出处"] == item.source
        assert cells["解析"] == (f"原文：{correction(item)}" if item.original else "")


@pytest.mark.parametrize("counts", [(8, 8, 7, 7), (10, 4, 11, 5), (12, 3, 12, 3), (3, 3, 3, 3), (30, 0, 0, 0)])
def test_a_paper_is_out_of_100_whatever_its_mix(counts):
    items = [
        QuizItem(kind, ("题",), (), (), ("甲",), "文章，第1行", "f", "enumeration", "")
        for kind, count in zip(("fill", "single", "multiple", "judge"), counts)
        for _ in range(count)
    ]
    worth = points(items)
    assert sum(worth) == 100 and all(value > 0 and (2 * value) % 1 == 0 for value in worth)
    if counts == (8, 8, 7, 7):  # a 多选 is worth more than a 单选, a 判断 less
        by_type = {item.type: value for item, value in zip(items, worth)}
        assert by_type["multiple"] > by_type["single"] > by_type["judge"]


def test_text_that_looks_like_a_formula_stays_text():
    from openpyxl import load_workbook

    sheet = load_workbook(io.BytesIO(render_quiz_xlsx(tricky(), "t"))).active
    assert sheet["B2"].value.startswith("=SUM(A1)<b>选</b>") and sheet["B2"].data_type == "s"
    assert sheet["C2"].value == "=甲" and sheet["C2"].data_type == "s"
    _, lines = read_docx(render_quiz_docx(tricky(), "<i>t</i>"))
    assert "1. =SUM(A1)<b>选</b>" in "\n".join(lines)


def test_the_cli_writes_both_by_their_extension(tmp_path):
    for suffix in ("docx", "xlsx"):
        out = tmp_path / f"quiz.{suffix}"
        result = CliRunner().invoke(cli, ["quiz", str(SAMPLE), "-o", str(out), "-n", "12", "--seed", "2"])
        assert result.exit_code == 0, result.output
        assert out.read_bytes()[:2] == b"PK"  # a zip package, as both formats are
