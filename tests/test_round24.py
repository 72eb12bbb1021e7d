"""What the twenty-fourth session asked of papers and decks: a single choice never blanks one member of a list that
等 leaves open (国家推动公共图书馆、＿、文化馆等…, offered 美术馆 / 纪念馆 / 科技馆 beside 博物馆): blind readers marked
that question weak or bad in all seven readings of its law, and such single choices good 0 of 9 times in laws; and no
card hides a list whose last member stops before the word it modifies (勤俭办一切|事业: "the cut is wrong")."""

from __future__ import annotations

from pathlib import Path

import pytest

from ankicol import package_fronts
from conftest import write

from studycards.cards import make_notes
from studycards.pipeline import study
from studycards.quiz.selection import make_items
from studycards.quiz.stems import in_open_list
from studycards.ranking import select

CULTURE_LAW = (
    Path(__file__).resolve().parent.parent.parent
    / "shared"
    / "corpus"
    / "laws"
    / "中华人民共和国公共文化服务保障法_20161225.txt"
)


def test_a_member_of_a_list_left_open_is_told_from_one_of_a_closed_list():
    assert in_open_list("国家推动公共图书馆、", "、文化馆等公共文化设施管理单位建立健全法人治理结构")
    assert in_open_list("加强对退役军人就业创业的宣传、组织、", "等工作")  # the last member before 等
    assert in_open_list("支持开展", "、社会实践和职业体验等活动")  # 和 joins the last member
    assert not in_open_list("国家推动公共图书馆、", "、文化馆建立健全法人治理结构")  # closed: the three it names
    assert not in_open_list("国家推动公共图书馆、", "、文化馆，以及其他设施")
    assert not in_open_list("城乡居民享有", "等基本公共文化服务")  # no list: the blank is all there is
    assert not in_open_list("公共图书馆、", "、文化馆和其他设施，按照等级收费")  # 等 of another clause


@pytest.mark.skipif(not CULTURE_LAW.is_file(), reason="../shared/corpus is not beside the checkout")
def test_no_single_choice_blanks_a_member_of_an_open_list():
    facts = study(CULTURE_LAW).facts
    singles = [
        item
        for seed in range(12)
        for item in make_items(facts, 30, seed=seed)
        if item.type == "single" and len(item.parts) == 2
    ]
    assert len(singles) >= 10  # the law still gives its single choices (before: 12 of 24 on an open list's member)
    assert not [item for item in singles if in_open_list(*item.parts)]


CUT_LISTS = """关于政府工作的报告

一、今年的工作

我们大张旗鼓地倡导艰苦创业、勤俭建国、勤俭办一切事业，在全社会形成节约光荣的风气。

国家继续执行玉米、油菜籽、食糖临时收储政策，保护农民种粮积极性。

各级政府要建设廉洁、勤政、务实、高效政府，自觉接受人民群众监督。
"""


def test_no_card_hides_a_list_cut_before_the_word_its_last_member_modifies(tmp_path):
    studied = study(write(tmp_path, "report.txt", CUT_LISTS))
    fronts = package_fronts(make_notes(select([studied]).studied), tmp_path)
    assert any("建设[...]政府" in front for front in fronts), fronts  # 廉洁、勤政、务实、高效: whole members
    assert not any("[...]事业" in front or "[...]收储政策" in front for front in fronts), fronts
