"""What the twenty-fourth session asked of papers: a single choice never blanks one member of a list that 等 leaves
open (国家推动公共图书馆、＿、文化馆等…, offered 美术馆 / 纪念馆 / 科技馆 beside 博物馆): blind readers marked that
question weak or bad in all seven readings of its law, and such single choices good 0 of 9 times in laws."""

from __future__ import annotations

from pathlib import Path

import pytest

from studycards.pipeline import study
from studycards.quiz.selection import make_items
from studycards.quiz.stems import in_open_list

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
