"""Answers not worth memorising (studycards.extract.worth): each test builds a sentence in the genre's style."""

from __future__ import annotations

import pytest

from studycards.extract.worth import (
    counted_or_ordinal,
    head_in_view,
    in_heading,
    stock_idiom,
    worth_memorising,
)
from studycards.facts import Fact, Origin


def _span(text: str, answer: str) -> tuple[int, int]:
    start = text.index(answer)
    return start, start + len(answer)


def _fact(text: str, answers: tuple[str, ...], kind: str = "judgement", title: str = "报告", period: str = "") -> Fact:
    spans = tuple(_span(text, answer) for answer in answers)
    origin = Origin(title, "x", title, (title,), 1, text)
    return Fact(kind, text, answers, origin, spans=spans, period=period)


def test_an_idiom_said_in_passing_is_trivial():
    text = "一些地方拖延群众的合理诉求，这种做法不得人心。"
    assert stock_idiom(text, _span(text, "不得人心"))


@pytest.mark.parametrize(
    ("text", "answer", "kind"),
    [
        ("这种做法“不得人心”，必须纠正。", "不得人心", "judgement"),  # quoted: the document's own word
        ("选拔干部必须坚持德才兼备原则。", "德才兼备", "judgement"),  # names a norm
        ("执政以后我们最大的危险是脱离群众。", "脱离群众", "judgement"),  # a ranked judgement
        ("两岸统一是大势所趋，人心所向。", "大势所趋", "judgement"),  # one half of a pair
        ("这种做法不得人心。", "不得人心", "maxim"),  # a maxim's answer
        ("事业的成败取决于全党的团结奋斗。", "团结奋斗", "judgement"),  # a noun's head after 的
        ("这个办法要在各地推广开来。", "推广开来", "judgement"),  # no idiom in the dictionary
    ],
)
def test_an_idiom_the_document_makes_its_own_stays(text, answer, kind):
    assert not stock_idiom(text, _span(text, answer), kind)


def test_praise_before_a_head_the_card_points_back_at_is_trivial():
    text = "修建这条引水渠是山区群众的一个伟大创举。这个创举让十万亩旱地变成了水浇地。"
    assert head_in_view(text, _span(text, "伟大创举"))
    alone = "修建这条引水渠是山区群众的一个伟大创举。"
    assert not head_in_view(alone, _span(alone, "伟大创举"))
    ranked = "就业是最大的民生。这个民生问题要放在首位。"  # a rank says which one: asked
    assert not head_in_view(ranked, _span(ranked, "最大的民生"))


@pytest.mark.parametrize(
    ("text", "answer", "trivial"),
    [
        ("精简机构和下放权力，是明年行政改革的两大任务。", "两大任务", True),
        ("科技和教育的改革，是关系全局的两件大事。", "两件大事", True),
        ("明年是实施这个五年规划的第一年。", "第一年", True),
        ("各级机关要严格执行“四项要求”。", "四项要求", False),  # a counted formulation
        ("全年新建水库三个，灌溉面积增加一倍。", "三个", False),  # a figure
    ],
)
def test_a_count_of_a_generic_noun_or_an_ordinal_alone(text, answer, trivial):
    assert counted_or_ordinal(text, _span(text, answer)) is trivial


def test_an_answer_the_title_or_the_lead_gives_is_trivial():
    law = _fact("国家鼓励单位和个人节约用水。", ("节约用水",), "norm", title="中华人民共和国节约用水法")
    assert in_heading(law, law.spans[0])
    plan = _fact("这个纲要要求在十年内基本消灭血吸虫病。", ("十年",), "figure", title="1958年—1967年卫生工作纲要")
    assert in_heading(plan, plan.spans[0])
    other = _fact("这个纲要要求在八年内基本消灭血吸虫病。", ("八年",), "figure", title="1958年—1967年卫生工作纲要")
    assert not in_heading(other, other.spans[0])
    slogan = "坚持改革开放，为建设现代化强国而奋斗"  # a report's title: its formulations are what is asked
    report = _fact("新时期最鲜明的特点是改革开放。", ("改革开放",), title=slogan)
    assert not in_heading(report, report.spans[0])
    lead = _fact("钢产量达到五百万吨。", ("五百万吨",), "figure", period="1960年计划")
    assert not in_heading(lead, lead.spans[0])


def test_a_note_keeps_its_other_blanks_and_goes_when_none_is_left():
    text = "这种做法不得人心，必须建立健全群众监督制度。"
    fact = _fact(text, ("不得人心", "群众监督"))
    kept = worth_memorising(fact)
    assert kept is not None and kept.answers == ("群众监督",)
    assert worth_memorising(_fact(text, ("不得人心",))) is None
    listed = _fact("建设知识型、技能型、创新型劳动者大军。", ("知识型", "技能型", "创新型"), "enumeration")
    assert worth_memorising(listed) is listed
