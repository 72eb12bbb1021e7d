"""Report cards a careful learner keeps, cards7: a long list of plain words (trades, crops, animals, departments) is
not asked in pieces, an arbitrary half of it a card; a long list of phrases, and a short list of words, still are.
Made-up sentences in the genre's wording."""

from __future__ import annotations

import pytest

from conftest import write
from studycards.cards.lists import MAX_IN_ORDER
from studycards.extract import extract
from studycards.extract.enumerations import LONG_SET, SET_WORD, is_long_word_set
from studycards.parsing import parse
from studycards.reading import read_source


def lists_of(tmp_path, sentence):
    document = parse(read_source(write(tmp_path, "doc.txt", f"学习材料\n{sentence}")))
    return [fact.answers for fact in extract(document, ("enumeration",))]


def test_the_thresholds_follow_the_cards_that_ask_a_list_in_groups():
    assert (LONG_SET, SET_WORD) == (MAX_IN_ORDER + 1, 2)


@pytest.mark.parametrize(
    "sentence",
    [
        "今年要因地制宜，发展种稻、种麦、种棉、种麻、种豆、种薯、种菜、种果、种茶、种桑。",
        "钢铁、煤炭、石油、电力、化工、建材、纺织、食品、造纸等行业，今年都超额完成了生产计划。",
    ],
)
def test_a_long_list_of_words_is_no_card(tmp_path, sentence):
    assert lists_of(tmp_path, sentence) == []


def test_a_short_list_of_words_is_still_asked(tmp_path):
    # closed by its count: a list that opens its clause and 等 leaves open is no card of any length (test_round24)
    found = lists_of(tmp_path, "钢铁、煤炭、石油、电力、化工五个行业，今年都超额完成了生产计划。")
    assert ("钢铁", "煤炭", "石油", "电力", "化工") in found


@pytest.mark.parametrize(
    "items,long_set",
    [
        (("种稻", "种麦", "种棉", "种麻", "种豆", "种薯", "种菜", "种果", "种茶"), True),
        (("钢铁", "煤炭", "石油", "电力", "化工", "建材", "纺织", "食品", "其他轻工部门"), True),
        (("钢铁", "煤炭", "石油", "电力", "化工", "建材", "纺织", "食品加工", "其他轻工部门"), True),
        (("钢铁", "煤炭", "石油", "电力", "化工", "建材", "有色金属", "食品加工", "其他轻工部门"), False),
        (("钢铁", "煤炭", "石油", "电力", "化工", "建材", "纺织", "食品"), False),  # asked whole, not in pieces
        (
            (
                "治理方向",
                "治理阶段",
                "治理任务",
                "治理动力",
                "治理条件",
                "治理保证",
                "治理步骤",
                "治理主体",
                "治理目标",
            ),
            False,
        ),
        (
            (
                "加强组织建设",
                "改进工作作风",
                "严格党的纪律",
                "提高干部素质",
                "完善监督制度",
                "扩大基层民主",
                "推进依法行政",
                "保障群众权益",
                "密切党群关系",
            ),
            False,
        ),
    ],
)
def test_only_a_long_list_of_words_is_a_word_set(items, long_set):
    assert is_long_word_set(items) is long_set


def test_a_last_member_is_not_cut_before_the_noun_that_goes_on_to_a_conjunction(tmp_path):
    found = lists_of(tmp_path, "改革涉及每个人的切身利益，各地区、各部门、各企业事业单位和全体职工，必须统一认识。")
    assert all("各企业" not in items for items in found)  # 各企业|事业单位: never the cut member
