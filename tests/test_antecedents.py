"""Cards whose sentence points back (这个方针…, 前款规定的…, 上述…) or has no subject (要{{…}}。, 才能成为{{…}}): each
shows the short sentence before it, without the answer, or is not made; a card that says what it speaks of is left
as it is. Genre sentences put together from parts, and made-up documents run through the whole pipeline."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from conftest import write
from studycards.extract.antecedents import MAX_ANTECEDENT, gap, sentence_before, with_antecedent
from studycards.facts import Fact, Origin
from studycards.pipeline import study

SUBJECTS = ["国务院", "县级以上人民政府", "我们", "国家", "各级党组织", "人民法院", "用人单位", "他人"]
POINTERS = [
    "这个方针",
    "上述措施",
    "前款规定的单位",
    "该制度",
    "这些地区",
    "以上各项",
    "此类案件",
    "其主要任务",
    "前述机关",
    "他们",  # a person or group named before (他们是地地道道的{{…}})
    "他",
]
OPENERS = ["要", "才能成为", "也是", "标志着", "必须", "这是", "其中"]
VERBS = ["坚持", "实行", "建立", "完善", "加强", "保障"]
ANSWERS = ["按劳分配为主体", "社会主义市场经济", "最低工资保障制度", "基层民主自治", "公开透明", "五年规划"]
ANTECEDENTS = ["国家实行义务教育制度。", "党中央提出了新的发展理念。", "国务院制定行政法规。", "经济总量稳步增长。"]


def fact_of(text: str, answer: str, paragraph: str = "") -> Fact:
    start = text.index(answer)
    origin = Origin("文件", "文件", "文件", ("文件",), 1, paragraph or text)
    return Fact("judgement", text, (answer,), origin, spans=((start, start + len(answer)),))


@given(st.sampled_from(POINTERS), st.sampled_from(VERBS), st.sampled_from(ANSWERS), st.sampled_from(ANTECEDENTS))
def test_a_pointer_card_shows_its_antecedent_or_is_absent(pointer, verb, answer, before):
    fact = fact_of(f"{pointer}{verb}{answer}。", answer)
    assert gap(fact)
    shown = with_antecedent(fact, before)
    assert shown is not None  # short and answer-free: shown
    assert shown.text == before + fact.text
    assert [shown.text[s:e] for s, e in shown.spans] == [answer]
    assert not gap(shown)


@given(st.sampled_from(POINTERS + OPENERS), st.sampled_from(ANSWERS), st.sampled_from(ANTECEDENTS))
def test_an_antecedent_too_long_or_giving_the_answer_away_is_not_shown(opening, answer, before):
    fact = fact_of(f"{opening}{answer}。", answer)
    assert with_antecedent(fact, before * (1 + MAX_ANTECEDENT // len(before))) is None
    assert with_antecedent(fact, f"我们提出{answer}。") is None
    assert with_antecedent(fact, "") is None


@given(st.sampled_from(OPENERS), st.sampled_from(ANSWERS), st.sampled_from(ANTECEDENTS))
def test_a_sentence_without_subject_shows_the_sentence_before(opening, answer, before):
    fact = fact_of(f"{opening}{answer}。", answer)
    assert gap(fact)
    shown = with_antecedent(fact, before)
    assert shown is not None and shown.text.startswith(before) and shown.answers == (answer,)


@given(st.sampled_from(SUBJECTS), st.sampled_from(VERBS), st.sampled_from(ANSWERS), st.sampled_from(ANTECEDENTS))
def test_a_card_with_its_subject_is_unchanged(subject, verb, answer, before):
    fact = fact_of(f"{subject}{verb}{answer}。", answer)
    assert gap(fact) == ""
    assert with_antecedent(fact, before) is fact
    imperative = fact_of(f"要{verb}{answer}。", answer)  # the genre's own voice: 要 with what it does in view
    assert with_antecedent(imperative, before) is imperative
    quoted = fact_of(f"“{subject}{verb}”这一理念{answer}。", answer)  # 这 sums up the quote the card shows
    assert with_antecedent(quoted, before) is quoted


@given(st.sampled_from(SUBJECTS), st.sampled_from(ANSWERS))
def test_a_card_naming_a_list_it_does_not_show_is_not_made(subject, answer):
    bare = fact_of(f"有下列行为之一的，由{subject}责令改正，处{answer}。", answer)
    assert with_antecedent(bare, "国家实行义务教育制度。") is None
    listed = fact_of(f"{subject}应当具备下列条件：{answer}。", answer)  # the list is on the card
    assert with_antecedent(listed, "国家实行义务教育制度。") is listed
    limit = fact_of(f"{subject}受理申请前{answer}内，涉及债务人财产的下列行为，管理人有权请求撤销：", answer)
    assert with_antecedent(limit, "国家实行义务教育制度。") is limit  # asks a limit, not what the acts get


def test_a_card_cut_from_its_sentence_gets_its_opening_back():
    paragraph = "改革开放以来成就巨大。我们必须清醒看到，要坚持按劳分配为主体。"
    fact = fact_of("要坚持按劳分配为主体。", "按劳分配为主体", paragraph)
    assert sentence_before(fact, "") == "我们必须清醒看到，"
    first = fact_of("改革开放以来成就巨大。", "成就巨大", paragraph)
    assert sentence_before(first, "上一段的最后一句。") == "上一段的最后一句。"


REPORT = """关于示例工作的报告

一、过去一年的工作

国务院提出了“稳中求进”的工作总基调。这个总基调是治国理政的重要原则。
各地区大力推进产业结构调整，取得了显著成效。上述措施有力推动了制造业转型升级。
改革是发展的动力。要坚持社会主义市场经济改革方向。
我们必须坚持以人民为中心的发展思想。才能成为人民满意的服务型政府。
党中央对全面从严治党作出了一系列规定。所有这些规定，都将有利于加强党的集体领导和提高党的战斗力。
以上十条，是党领导人民建设中国特色社会主义必须坚持的基本经验。
为了解决这个问题，生产部门必须努力改进机器设备，增加钢材、水泥和机器设备的产量。
"""

LAW = """中华人民共和国示例税收法

第一条　为了规范税收征收管理，制定本法。
第二条　有下列情形之一的，可以减征示例税，具体幅度和期限，由省、自治区、直辖市人民政府规定，并报同级人民代表大会常务委员会备案：
（一）残疾、孤老人员和烈属的所得；
（二）因自然灾害遭受重大损失的。
第三条　纳税人应当依法办理纳税申报。前款规定的纳税人，应当在取得所得的次月十五日内向税务机关报送纳税申报表。
"""


def test_no_card_of_a_document_points_back_without_its_antecedent(tmp_path):
    """Whatever the extractors ask of a report or a law full of pointers, no card is left pointing back or without
    its subject, and some show the sentence before them."""
    for name, text in (("report.txt", REPORT), ("law.txt", LAW)):
        facts = study(str(write(tmp_path, name, text))).facts
        assert facts
        for fact in facts:
            assert gap(fact) == "", fact.text


PENALTIES = """中华人民共和国示例道路法

第一条　为了加强道路管理，制定本法。
第二条　任何单位和个人不得在道路上设置障碍。
第三条　有下列行为之一的，由县级以上人民政府交通主管部门责令停止违法行为，可以处三万元以下的罚款：
（一）擅自占用、挖掘道路的；
（二）损坏道路附属设施的。
第四条　违反本法规定，逾期未改正的，处五千元以上二万元以下的罚款。
第五条　违反本法第二条规定，在道路上设置障碍的，由交通主管部门责令限期拆除，可以处二万元以下的罚款。
"""


def test_a_penalty_card_names_its_offence_not_only_a_list_or_the_law(tmp_path):
    """A penalty asked alone after 有下列行为之一的 (the acts are the list card's) or after 违反本法规定 (which rule?)
    is not made; a penalty whose offence the article states is."""
    facts = study(str(write(tmp_path, "law.txt", PENALTIES))).facts
    penalties = [fact for fact in facts if fact.kind != "outline" and "罚款" in fact.text]
    assert penalties
    for fact in penalties:
        assert "下列" not in fact.text and not fact.text.startswith("违反本法规定"), fact.text
