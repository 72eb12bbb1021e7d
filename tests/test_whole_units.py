"""Blanks on whole units, and no card that gives away its own answer: made-up sentences in the shapes of laws and
reports, one property each (extract/units.py, extract/giveaway.py)."""

from __future__ import annotations

import pytest

from conftest import spans_of, write
from studycards.extract.giveaway import card_fronts, gives_away, without_giveaways
from studycards.extract.units import SUFFIXES, whole_units
from studycards.facts import Fact, Origin
from studycards.pipeline import study
from studycards.ranking import select
from studycards.segment import segmenter

ORIGIN = Origin("示例", "id", "示例", (), 1, "")


def fact(text, answers, kind="norm", whole=False):
    return Fact(kind, text, tuple(answers), ORIGIN, spans=spans_of(text, answers), whole=whole)


def tags(text):
    return [tag for _, tag in segmenter().tagged(text)]


@pytest.mark.parametrize(
    "text, answer",
    [
        ("水土保持设施的所有权人或者使用权人应当加强对设施的管理和维护。", "所有权"),
        ("个人信息处理者向境外提供个人信息的，应当与境外接收方订立合同。", "境外接收"),
        ("监察机关涉密人员离岗离职后，应当遵守脱密期管理规定。", "涉密"),
    ],
)
def test_a_blank_cut_before_a_suffix_noun_takes_it_in(text, answer):
    widened = whole_units(fact(text, [answer]), segmenter())
    end = widened.spans[0][1]
    assert widened.answers[0].startswith(answer) and len(widened.answers[0]) > len(answer)
    assert not any(text.startswith(suffix, end) for suffix in SUFFIXES)  # nothing of the noun left outside


@pytest.mark.parametrize(
    "text, answer",
    [
        ("特区要在建立社会主义市场经济体制方面积累经验。", "社会主义市场经济体制"),
        ("各级政府必须维护广大人民群众的根本利益。", "广大"),
        ("报省人民政府批准。", "省人民政府"),
    ],
)
def test_a_blank_before_a_word_that_only_opens_like_a_suffix_stays(text, answer):
    original = fact(text, [answer])
    assert whole_units(original, segmenter()) is original  # 方面, 人民, 批准 are words of their own


def test_a_lists_last_adverb_takes_in_its_verb():
    text = "任何单位和个人不得伪造、变造、转让、故意损毁检验合格证。"
    widened = whole_units(fact(text, ["伪造", "变造", "转让", "故意"], "enumeration", whole=True), segmenter())
    assert all(tags(member)[-1].startswith("v") for member in widened.answers)  # every member an act


def test_a_lists_last_adjective_after_acts_takes_in_its_verb():
    text = "电梯的安装、改造、重大修理过程，应当经检验机构监督检验。"
    widened = whole_units(fact(text, ["安装", "改造", "重大"], "enumeration", whole=True), segmenter())
    assert tags(widened.answers[-1])[-1].startswith("v")
    assert widened.answers[:2] == ("安装", "改造")


def test_a_list_of_attributive_words_is_asked_with_the_head_they_share():
    text = "对设备的小型、重大修理实行登记管理。"
    widened = whole_units(fact(text, ["小型", "重大"], "enumeration"), segmenter())
    hidden = widened.text[widened.spans[0][0] : widened.spans[-1][1]]
    assert widened.whole and tags(hidden)[-1].startswith(("v", "n"))  # the card hides 小型、重大 with what they modify


@pytest.mark.parametrize(
    "text, answers",
    [
        ("选拔干部坚持公开、平等、竞争、择优的原则。", ["公开", "平等", "竞争", "择优"]),
        ("实施更大范围、更宽领域、更深层次对外开放。", ["更大范围", "更宽领域", "更深层次"]),
        ("促进国民经济持续、快速、健康发展。", ["持续", "快速", "健康"]),
        ("坚持政治、思想、组织建设。", ["政治", "思想", "组织"]),
    ],
)
def test_a_list_whose_members_are_built_alike_keeps_its_blanks(text, answers):
    original = fact(text, answers, "enumeration")
    assert whole_units(original, segmenter()) is original


def test_a_list_whose_last_adverb_has_no_verb_to_take_is_not_asked():
    text = "不得出售、出租、擅自向他人转让。"
    assert whole_units(fact(text, ["出售", "出租", "擅自"], "enumeration"), segmenter()) is None


REPORT = """关于示例工作的报告

一、过去一年的工作

我们坚决打击非法经营，严禁任何单位伪造、变造、转让、故意损毁检验合格证，依法查处违法行为，切实维护市场秩序。
我们加强设备管理，对锅炉、电梯的安装、改造、重大修理过程实行监督检验，确保设备安全运行和人民群众生命安全。
"""


def test_no_card_of_a_study_ends_a_list_on_a_modifier(tmp_path):
    facts = study(str(write(tmp_path, "report.txt", REPORT))).facts
    lists = [f for f in facts if f.kind == "enumeration"]
    assert lists
    for listed in lists:
        last = segmenter().tagged(listed.answers[-1])[-1][1]
        assert last not in ("a", "b", "d", "ad"), listed.answers


def test_a_front_that_states_its_answer_gives_it_away():
    seg = segmenter()
    assert gives_away("经营者应当向登记机关申请□；未办理变更登记的，不得经营。", "变更登记", seg)
    assert gives_away("发生纠纷的，应当□；协商不成的，可以向人民法院起诉。", "协商解决", seg)
    assert gives_away("今年经济增长目标为□，去年实际增长5%。", "5%左右", seg)
    assert gives_away("国家实行□，建立中央和地方两级疫苗储备。", "疫苗储备制度", seg)  # its kind aside
    assert gives_away("代征税款的单位应当□，不得以其他违法方法征税。", "依法征税", seg)  # an adverb aside
    # a rule's predicate whose words its condition spells, inside a longer word too
    assert gives_away("取得药品生产许可证。无药品生产许可证的，不得□。", "生产药品", seg)
    # a verb that hands or enters what the front names
    assert gives_away("选民名单应当公布，实行凭选民证参加投票选举的，并应当□。", "发给选民证", seg)


@pytest.mark.parametrize(
    "front, answer",
    [
        ("数额巨大的，处□有期徒刑；数额特别巨大的，处三年以上七年以下有期徒刑。", "三年以下"),  # a ladder's rung
        ("国道规划由国务院交通主管部门编制，报□批准。", "国务院"),  # another organ
        ("千方百计扩大就业，不断改善人民生活。就业是□。", "民生之本"),  # 民生 not a word of 人民生活
        ("在十一年内完成□。", "一年"),  # not a number of its own
        ("坚持党管干部原则，坚持□原则。", "党管人才"),  # a word shared, the rest to recall
        ("国家实行□，加强储备管理。", "疫苗储备制度"),  # its kind and part of it: the rest to recall
        ("机翼分为上单翼、中单翼和下单翼。□多用于运输机。", "上单翼"),  # one of the fellows named: which one?
        ("农产品收购单位在收购农产品时，不得□。", "压级压价"),  # a rule's predicate, its words not on the card
        ("取得药品生产许可证的，可以□。", "生产药品"),  # a power, not a rule's predicate forbidden or owed
    ],
)
def test_a_front_that_only_resembles_its_answer_does_not(front, answer):
    assert not gives_away(front, answer, segmenter())


def test_blanks_that_state_each_other_are_not_asked():
    text = "自期限届满之日起一年内无法退回的，或者自收到通知之日起一年内未领取的，上缴国库。"
    original = fact(text, ["一年", "一年"])
    assert without_giveaways(original, segmenter()) is None


def test_a_list_that_names_most_members_again_is_not_asked():
    text = "教唆、胁迫、诱骗他人违反治安管理的，按照其教唆、胁迫、诱骗的行为处罚。"
    listed = fact(text, ["教唆", "胁迫", "诱骗"], "enumeration", whole=True)
    assert without_giveaways(listed, segmenter()) is None


LAW = """中华人民共和国示例水域管理法

第一章　总　　则

第一条　为了加强水域的保护和管理，制定本法。
第二条　单位之间、个人之间发生的水域纠纷，应当通过协商解决；协商不成的，可以向人民法院提起诉讼。
第三条　国家对水域实行统一规划、分级管理的制度。
"""


def test_no_card_of_a_deck_gives_away_its_answer(tmp_path):
    selection = select([study(str(write(tmp_path, "law.txt", LAW)))])
    facts = [f for f in selection.studied[0].facts if f.spans]
    asked = [(front, answer) for f in facts for front, answer in card_fronts(f)]
    assert any("协商" in answer for _, answer in asked)  # the rule is still asked, in its clause
    for front, answer in asked:
        assert not ("协商" in answer and "协商" in front), front
