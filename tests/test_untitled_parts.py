"""A report's parts after its numbered tasks that a salutation opens (民族, 国防, 外交…) are untitled: only the
last is the speech's closing, and no card or outline names the others 结束语."""

import json

from click.testing import CliRunner

from conftest import write
from studycards.cli import cli
from studycards.parsing import parse
from studycards.reading import read_source

REPORT = """政府工作报告

各位代表：

一、过去一年工作回顾

过去一年，全国粮食产量达到六亿吨，比上年增长百分之二。城镇新增就业一千二百万人。

二、今年主要任务

（一）扩大国内需求。今年中央预算内投资安排五千亿元，比上年增加三百亿元。

（二）加强生态环境保护。今年单位国内生产总值能耗降低百分之三左右。

各位代表！

促进民族团结，实现共同进步，是各族人民的生命线。中央财政安排少数民族发展资金一百亿元，比上年增长百分之十五。

各位代表！

过去一年，国防和军队建设取得新的成就。我们要坚持走中国特色强军之路，全面提高军队打赢能力。

各位代表！

让我们紧密团结起来，为全面建设社会主义现代化国家而努力奋斗！
"""


def test_only_the_last_salutation_block_is_the_closing(tmp_path):
    document = parse(read_source(str(write(tmp_path, "report.txt", REPORT))))
    parts = document.articles[0].children
    assert [part.title for part in parts] == ["过去一年工作回顾", "今年主要任务", "", "", "结束语"]
    assert parts[2].paragraphs[0].text.startswith("促进民族团结")
    assert parts[-1].paragraphs[0].text.startswith("让我们紧密团结起来")
    assert parts[1].end < parts[2].line  # the last task does not run on into 民族 and 国防


def test_cards_and_outline_do_not_name_an_untitled_part(tmp_path):
    source = write(tmp_path, "report.txt", REPORT)
    runner = CliRunner()
    outline = runner.invoke(cli, ["outline", str(source)])
    assert outline.exit_code == 0
    assert "促进民族团结，实现共同进步" in outline.output  # an untitled part shows how it begins
    assert outline.output.count("结束语") == 1
    out = tmp_path / "notes.json"
    assert runner.invoke(cli, ["build", str(source), "-o", str(out), "--all"]).exit_code == 0
    notes = json.loads(out.read_text(encoding="utf-8"))
    asked = [note for note in notes["notes"] if "少数民族发展资金" in note["fields"]["Source"]]
    assert asked  # the 民族 part is still asked
    for note in asked:
        assert note["source"]["trail"] == ["政府工作报告"]
        assert "结束语" not in note["fields"]["Extra"] and " › " not in note["fields"]["Extra"]
