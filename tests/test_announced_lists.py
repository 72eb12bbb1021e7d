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
