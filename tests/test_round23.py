"""What the twenty-third session asked of decks: no card of a report hides an answer that many reports word alike
(坚持以[经济建设]为中心, 统一的[多民族国家], 全部工作的[重中之重]: blind readers kept 29% of such cards, "anyone would fill
it in"), while a formulation the report names (坚决做到“[两个维护]”, 坚持[稳中求进]工作总基调) and a figure stay cards."""

from __future__ import annotations

import sys
from pathlib import Path

from ankicol import package_fronts
from conftest import write

from studycards.cards import make_notes
from studycards.extract.stock import report_wording, shared_wording
from studycards.pipeline import study
from studycards.ranking import select

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

REPORT = """关于政府工作的报告

一、过去一年的工作

我们必须坚持以经济建设为中心，坚持四项基本原则，坚持改革开放。

我国是统一的多民族国家，各民族共同团结奋斗。

各级干部要坚决做到“两个维护”，不断提高政治判断力。

海洋是我们宝贵的蓝色国土。

把解决好“三农”问题作为全部工作的重中之重。

我们要坚持稳中求进工作总基调，完整、准确、全面贯彻新发展理念。

全年国内生产总值增长百分之八，居民消费价格上涨百分之三。
"""


def test_wording_many_reports_share_is_told_from_the_reports_own():
    assert shared_wording("我们必须坚持以经济建设为中心，坚持改革开放。", (8, 12))
    assert shared_wording("我国是统一的多民族国家，各民族共同团结奋斗。", (6, 11))
    assert not shared_wording("海洋是我们宝贵的蓝色国土。", (8, 12))
    assert shared_wording("我们要坚持稳中求进工作总基调。", (5, 9))  # shared, but the report names it its line
    assert not shared_wording("经济建设", (0, 4))  # nothing beside it: not read as the genre's wording
    assert all(len(run) == 5 for run in report_wording())


def test_a_report_card_never_hides_what_many_reports_word_alike(tmp_path):
    studied = study(write(tmp_path, "report.txt", REPORT))
    answers = {answer for fact in studied.facts for answer in fact.answers}
    assert {"经济建设", "多民族国家", "重中之重"} <= answers  # the facts are made
    fronts = package_fronts(make_notes(select([studied]).studied), tmp_path)
    assert fronts
    assert not any("以[...]为中心" in front or "统一的[...]" in front for front in fronts), fronts
    assert not any("全部工作的[...]" in front for front in fronts), fronts
    assert any("海洋是我们宝贵的[...]" in front for front in fronts), fronts  # the report's own wording
    assert any("“[...]”" in front and "两个维护" not in front for front in fronts), fronts  # a quoted name stays
    assert any("坚持[...]工作总基调" in front for front in fronts), fronts  # named as the report's line
    assert any("增长[...]" in front for front in fronts), fronts  # a figure stays


def test_a_laws_cards_are_not_read_against_the_reports(tmp_path):
    law = "中华人民共和国示范法\n\n第一条　各级人民政府应当把解决好农业农村问题作为全部工作的重中之重。\n"
    studied = study(write(tmp_path, "law.txt", law))
    kept = {answer for fact in select([studied]).studied[0].facts for answer in fact.answers}
    made = {answer for fact in studied.facts for answer in fact.answers}
    assert "重中之重" in made
    assert kept == made


def test_the_wording_is_the_runs_a_tenth_of_the_reports_share():
    from build_stock_phrases import WORDING_DOCUMENTS, shared_runs

    few = ["坚持以经济建设为中心。"] * (WORDING_DOCUMENTS - 1)
    assert "以经济建设" not in shared_runs(few + ["海洋是我们宝贵的蓝色国土。"])  # in one text too few
    runs = shared_runs(few + ["以经济建设为中心，", "海洋是我们宝贵的蓝色国土。"])
    assert {"以经济建设", "经济建设为", "济建设为中", "建设为中心"} <= set(runs)
    assert not any("蓝色" in run for run in runs)
