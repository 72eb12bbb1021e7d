"""What the twenty-sixth session asked of report decks: the change of an amount the report has just stated is no card
(中央财政安排社会保障支出2019亿元，比去年增加[247亿元]: blind readers kept 3 of 35 such cards, examiners set none), unless
the amount is a headline's (国内生产总值超过126万亿元，增长[5.2%]; 进出口贸易总额达到1.42万亿美元，增长[23.2%]). A list's
last member that gathers the rest is left out when the blank cut it from its head ([工人、农民、知识分子和其他劳动]群众).
A label many reports quote is no card alone (共建“[一带一路]”扎实推进: kept 11 of 57), a counted formulation is
(增强“[四个意识]”)."""

from __future__ import annotations

import pytest
from ankicol import package_fronts, studied_deck_fronts
from conftest import write

from studycards.cards import make_notes
from studycards.extract.figures import figure_spans, _change_of_an_amount
from studycards.pipeline import study
from studycards.ranking import select

REPORT = """关于政府工作的报告

一、过去一年的工作

中央财政安排社会保障支出2019亿元，比去年增加247亿元。

中央财政医疗卫生支出1277亿元，比上年增长49.5%。

进出口贸易总额达到1.42万亿美元，增长23.2%。

国内生产总值超过126万亿元，增长5.2%。

城镇居民人均可支配收入实际增长7%，农村居民人均纯收入实际增长9.3%。
"""


def test_the_change_of_an_amount_is_no_card_unless_a_headline(tmp_path):
    studied = study(write(tmp_path, "report.txt", REPORT))
    fronts = package_fronts(make_notes(select([studied]).studied), tmp_path)
    answers = {answer for fact in studied.facts for answer in fact.answers}
    assert "2019亿元" in answers and "1277亿元" in answers  # the amounts stay facts
    assert not {"247亿元", "49.5%"} & answers
    assert {"23.2%", "5.2%", "9.3%"} <= answers  # headlines, and a rate after a rate
    assert any("比去年增加247亿元" in front for front in fronts), fronts  # shown on the amount's card


@pytest.mark.parametrize(
    ("sentence", "figure", "changes"),
    [
        ("中央财政安排补助资金101亿元，比去年增加58亿元。", "58亿元", True),
        ("全年财政支出700亿元，比上年增长19.9%。", "19.9%", True),
        ("地方财政赤字5000亿元，增加1000亿元。", "1000亿元", True),
        ("国内生产总值达到33.5万亿元，比上年增长8.7%。", "8.7%", False),
        ("财政收入2.63万亿元，增长21.4%。", "21.4%", False),
        ("中央财政安排补助资金101亿元，主要用于58个县。", "58个", False),
        ("农村居民人均纯收入实际增长9.3%，农村贫困人口减少1650万人。", "1650万人", False),
        ("财政赤字2.66万亿元，比上年预计数增加439亿元。", "439亿元", True),
        ("生产资料的生产为三百五十六亿六千万元，比上一年增长百分之七十八。", "百分之七十八", True),
        ("粮食产量33，212万吨，比上年增加2，737万吨。", "2，737万吨", False),  # a headline, its thousands grouped
        ("在连续两年增长百分之十三的基础上。", "百分之十三", False),  # a period is no amount
        ("毕业生就业率去年底达到83%，比上年增加60万人。", "60万人", False),  # nor a rate
        ("小麦最低收购价每50公斤提高5到7元。", "5到7元", False),  # nor a base per unit
    ],
)
def test_a_change_is_read_from_what_stands_between_it_and_its_amount(sentence, figure, changes):
    start = sentence.index(figure)
    assert _change_of_an_amount(sentence, figure_spans(sentence), start) is changes


@pytest.mark.parametrize(
    ("sentence", "members"),
    [
        ("调动和发挥工人、农民、知识分子和其他劳动群众的主动精神和创造性。", ["工人", "农民", "知识分子"]),
        ("加强我国各民族、各阶层、各界人士和一切爱国力量的大团结。", ["各民族", "各阶层", "各界人士"]),
        ("起诉书、判决书、布告和其他文书应当根据实际需要使用当地通用的文字。", ["起诉书", "判决书", "布告"]),
        (
            "人民法院、人民检察院、公安机关和有关部门在办理案件时应当依法进行。",
            ["人民法院", "人民检察院", "公安机关", "有关部门"],
        ),
    ],
)
def test_a_catch_all_cut_from_its_head_is_left_out_of_the_list(sentence, members):
    from studycards.extract.enumerations import _enumerations
    from studycards.segment import segmenter

    assert [[sentence[a:b] for a, b in spans] for spans in _enumerations(sentence, segmenter())] == [members]


LABELS = """关于政府工作的报告

一、过去一年的工作

共建“一带一路”扎实推进，推动区域全面经济伙伴关系协定生效实施。

要增强“四个意识”、坚定“四个自信”，坚持“一国两制”、“港人治港”、“澳人治澳”、高度自治的方针。

深入推进“证照分离”改革，持续优化营商环境。
"""


def test_a_label_many_reports_quote_is_no_card_alone(tmp_path):
    from studycards.extract.stock import quoted_label, report_labels

    assert {"一带一路", "一国两制", "九二共识"} <= report_labels()
    assert not {"四个意识", "三个代表", "两个确立"} & report_labels()  # counted formulations are never labels
    studied = study(write(tmp_path, "report.txt", LABELS))
    fronts = package_fronts(make_notes(select([studied]).studied), tmp_path)
    assert not any(front.startswith("共建“[...]”") for front in fronts), fronts
    assert any("“[...]”改革" in front for front in fronts), fronts  # quoted in fewer reports: the report's own
    assert any("增强“[...]”" in front for front in fronts), fronts
    everything = package_fronts(make_notes(select([studied], None).studied), tmp_path)
    assert any(front.startswith("共建“[...]”") for front in everything), everything  # --all asks every quoted term
    budgeted = select([studied])
    assert budgeted.held_back == 1 and budgeted.held_back_cards == 1  # the summary says --all asks it
    sentence = "坚持“一国两制”方针。"
    assert quoted_label(sentence, (3, 7)) and not quoted_label("坚持一国两制方针。", (2, 6))


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("旅客周转量将达到三十四亿人公里，增长百分之七十八点七。", "三十四亿人公里"),
        ("公路汽车货物周转量将达到三十二亿吨公里。", "三十二亿吨公里"),
        ("沿海轮驳船货物周转量将达到五十七亿五千万吨海里。", "五十七亿五千万吨海里"),
        ("发电量达到４４５５亿千瓦小时，比上年增长８．５％。", "４４５５亿千瓦小时"),
    ],
)
def test_a_unit_of_transport_or_power_is_one_unit(sentence, figure):
    assert figure in [sentence[a:b] for a, b in figure_spans(sentence)]


@pytest.mark.parametrize(
    ("members", "everyone"),
    [
        (["各地区", "各部门", "各企业"], True),
        (["各条战线", "各个地区", "各个部门"], True),
        (["各地方", "各企业", "各学校", "各个事业单位"], True),
        (["各民主党派", "各人民团体", "各界爱国人士"], False),  # the bodies of a front
        (["各地区", "科研院所"], False),
        (["各地区"], False),
    ],
)
def test_a_list_of_every_place_and_body_is_read_by_its_members(members, everyone):
    from studycards.extract.report_lists import names_everyone

    assert names_everyone(members) is everyone


def test_a_reports_list_of_every_place_and_body_is_no_card(tmp_path):
    text = (
        "关于政府工作的报告\n\n一、今年的任务\n\n"
        "这项决定下达以后，全国各地区、各部门、各企业都要认真贯彻执行。\n\n"
        "要加快发展职业教育、成人教育和高等教育，提高劳动者素质。\n"
    )
    studied, fronts = studied_deck_fronts(tmp_path, "report.txt", text)
    assert any("各部门" in fact.answers for fact in studied.facts)  # found, then left out of the deck
    assert fronts and not any("全国[...]都要" in front for front in fronts), fronts
    assert any("加快发展[...]" in front for front in fronts), fronts


def test_a_counted_term_worded_as_the_genre_words_it_is_no_card(tmp_path):
    from studycards.extract.stock import said_alike

    sentence = "我们必须坚持以经济建设为中心，坚持四项基本原则，坚持改革开放。"
    start = sentence.index("四项基本原则")
    assert said_alike(sentence, (start, start + 6))
    quoted = "各级干部要坚决做到“两个维护”，不断提高政治判断力。"  # a count the report quotes stays
    assert not said_alike(quoted, (quoted.index("两个维护"), quoted.index("两个维护") + 4))
    figure = "城镇登记失业率控制在4.5%以内。"  # a figure stays, however worded
    assert not said_alike(figure, (figure.index("4.5%"), figure.index("4.5%") + 4))
