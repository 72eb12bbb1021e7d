"""A numbered list deep in a report's part, after other paragraphs and announced by its own sentence (…今后准备采取以下
措施：（１）…（５）), is asked as what that sentence announces, not as the part's points. Made-up report text, its
outline card imported into a real Anki collection."""

from __future__ import annotations

from ankicol import package_fronts
from conftest import write
from studycards.cards import make_notes
from studycards.extract import extract
from studycards.parsing import parse
from studycards.pipeline import Studied
from studycards.reading import read_source

PART = """政府工作报告

一、关于经济建设

今年经济工作的总要求是稳中求进，各地区各部门要扎实工作。

二、关于教育科技文化建设

各级政府要努力办好职工教育和农民教育，中、小学教育是基础。

科技人才的统一管理和合理使用，是当前最迫切需要解决的问题。今后准备采取以下措施：

（１）打破部门、地区界限，集中调配全国科技力量。

（２）建立科技人员合理流动的制度。

（３）改进对科技人员的考核和奖励制度。

三、关于外交工作

我们坚持独立自主的和平外交政策。
"""


def outline_facts(tmp_path, text):
    document = parse(read_source(write(tmp_path, "report.txt", text)))
    return document, [fact for fact in extract(document) if fact.kind == "outline"]


def test_an_announced_list_deep_in_a_part_is_named_by_its_announcement(tmp_path):
    document, facts = outline_facts(tmp_path, PART)
    measures = next(fact for fact in facts if fact.answers[0].startswith("打破部门"))
    assert "科技人才的统一管理和合理使用" in measures.text  # the short 今后准备采取以下措施 says too little alone
    assert "以下措施" in measures.text
    fronts = package_fronts(make_notes([Studied(document, [measures])]), tmp_path)
    assert fronts and all("科技人才的统一管理和合理使用" in front for front in fronts)


def test_a_list_that_opens_its_part_stays_the_parts_points(tmp_path):
    opening = PART.replace("各级政府要努力办好职工教育和农民教育，中、小学教育是基础。\n\n", "").replace(
        "科技人才的统一管理和合理使用，是当前最迫切需要解决的问题。今后准备采取以下措施：", "要做好以下三件事："
    )
    _, facts = outline_facts(tmp_path, opening)
    measures = next(fact for fact in facts if fact.answers[0].startswith("打破部门"))
    assert measures.text == "关于教育科技文化建设"


def test_a_list_no_sentence_announces_stays_the_parts_points(tmp_path):
    unannounced = PART.replace("今后准备采取以下措施：", "我们一直重视这项工作。")
    _, facts = outline_facts(tmp_path, unannounced)
    measures = next(fact for fact in facts if fact.answers[0].startswith("打破部门"))
    assert measures.text == "关于教育科技文化建设"


RUN_IN = """在全国代表大会上的报告

同志们！我们这次大会的任务是总结经验，团结一致。

我们必须发扬党内民主，健全民主集中制，认真做到知无不言，言无不尽。

为了健全民主集中制，还必须坚决反对一切无组织无纪律的行为，重申党的纪律：（一）个人服从组织；（二）少数服从多数；（三）下级服从上级；（四）全党服从中央。要用三大纪律八项注意教育党员和人民。

我们要统筹兼顾，全面安排，调动一切积极力量。

同志们！让我们团结起来，争取更大的胜利！
"""


def test_a_list_run_in_on_a_line_ends_with_its_sentence(tmp_path):
    document, facts = outline_facts(tmp_path, RUN_IN)
    items = [child for child in document.articles[0].children if child.marker]
    assert [child.title for child in items] == ["个人服从组织", "少数服从多数", "下级服从上级", "全党服从中央"]
    assert not items[-1].paragraphs  # 要用三大纪律… and the paragraphs after go on with the text, not under （四）
    discipline = next(fact for fact in facts if fact.answers[0] == "个人服从组织")
    assert discipline.text.endswith("重申党的纪律")
    assert discipline.origin.line == items[0].line != 1  # cited where it stands, not at the title
    assert all(fact.answers[-1] != "结束语" for fact in facts)  # the closing is no point of the text


def test_items_on_lines_of_their_own_keep_their_text(tmp_path):
    own_lines = RUN_IN.replace(
        "重申党的纪律：（一）个人服从组织；（二）少数服从多数；（三）下级服从上级；（四）全党服从中央。",
        "重申党的纪律。\n\n一、个人服从组织\n\n二、少数服从多数\n\n三、下级服从上级\n\n四、全党服从中央\n\n",
    )
    document, _ = outline_facts(tmp_path, own_lines)
    parts = [child for child in document.articles[0].children if child.marker]
    assert parts[-1].title == "全党服从中央" and parts[-1].paragraphs  # a part's text stays under it
