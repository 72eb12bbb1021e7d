"""A law's blank hides the unit examiners hide (a time's count, an organ, an owner, what a rule leaves out), and never
a word every law writes (公布, 依法承担…责任). The law below is made up; its sentences have the shapes of real laws."""

from __future__ import annotations

import pytest

from conftest import write
from studycards.extract.norms import norm_spans
from studycards.pipeline import study

LAW = """中华人民共和国示例港口管理法

第一章　总　　则

第一条　为了加强港口的建设和管理，制定本法。
第二条　示例岛屿的滩涂资源属于国家所有。
第三条　每年七月的第二个星期日为全民航海安全日。
第四条　国务院交通主管部门负责全国航道疏浚工作。
第五条　码头经营者调整装卸费标准，应当提前三个月公告。
第六条　港务机关应当在实施检查五日前，向码头经营者送达检查通知书。
第七条　规章可以设定除吊销经营许可证以外的处罚。
第八条　经批准的岸线利用规划应当公布。
第八条之一　港区规划经本级人民政府审定后，报上一级人民政府批准。
第九条　危险货物的装卸许可，只能由国务院交通主管部门颁发。
第九条之一　港务机关采取防污措施以及实行补偿所需经费，由本级财政予以保障。
第十条　码头经营者连续三年未从事装卸业务的，吊销其经营许可证。
第十条之一　本法所称港口经营，是指码头经营者为船舶提供的装卸、仓储、驳运以及其他港口服务的经营活动。

第二章　法律责任

第十一条　违反本法第四条规定擅自疏浚航道的，由港务机关责令停止违法行为，没收所得砂石；没有所得砂石或者砂石价值不足五千元的，并处二万元以下的罚款。
"""


@pytest.fixture(scope="module")
def law(tmp_path_factory):
    return study(str(write(tmp_path_factory.mktemp("units"), "port.txt", LAW)))


def answers_of(law, words: str) -> list[str]:
    """The answers of the cards on the sentence that holds `words`."""
    return [answer for fact in law.facts if words in fact.text and fact.spans for answer in fact.answers]


@pytest.mark.parametrize(
    ("words", "unit", "wider"),
    [
        ("滩涂资源", "国家", "国家所有"),  # the owner, not 国家所有 (one word to the dictionary)
        ("航海安全日", "航海安全", "全民航海安全日"),  # the day a law institutes, not the whole name of the day
        ("调整装卸费标准", "三个月", "提前三个月公告"),  # advance notice: the count
        ("送达检查通知书", "五日", "检查五日前"),  # a time limit: the count (日前 is a word), not 检查 cut from 实施
    ],
)
def test_a_blank_hides_the_unit_examiners_hide(law, words, unit, wider):
    answers = answers_of(law, words)
    assert unit in answers and wider not in answers, answers


def test_a_definitions_list_ends_before_its_catch_all(law):
    """…装卸、仓储、驳运以及其他港口服务的经营活动: 驳运 is the last member, and is asked with the others."""
    assert {"仓储", "驳运"} <= set(answers_of(law, "本法所称港口经营")), answers_of(law, "本法所称港口经营")
    assert not [answer for answer in answers_of(law, "本法所称港口经营") if "其他" in answer]


def test_what_a_rule_leaves_out_and_the_organ_in_charge_are_asked(law):
    assert "吊销经营许可证" in answers_of(law, "规章可以设定")
    assert "国务院交通主管部门" in answers_of(law, "航道疏浚工作")


def test_the_organ_that_approves_is_asked_without_its_cue(law):
    """报|上一级人民政府: 报上 is one word to the dictionary, but the blank does not grow into the cue."""
    assert "上一级人民政府" in answers_of(law, "港区规划")
    assert "报上一级人民政府" not in answers_of(law, "港区规划")


def test_the_one_organ_a_rule_allows_and_a_period_it_turns_on_are_asked(law):
    assert "国务院交通主管部门" in answers_of(law, "只能由")
    periods = [fact for fact in law.facts if "三年" in fact.answers]  # the period is in the offence: a card of its own
    assert periods and all(fact.text.startswith("码头经营者连续") for fact in periods)


def test_a_verb_and_the_funds_it_needs_are_no_unit(law):
    assert "补偿所需经费" not in answers_of(law, "防污措施")


def test_a_word_every_law_writes_is_no_answer(law):
    """经批准的…规划应当{{公布}}: every plan is published; the card asks nothing of this law."""
    assert "公布" not in answers_of(law, "岸线利用规划")


def test_a_penalty_graded_by_what_was_not_gained_says_for_what(law):
    """没有所得砂石或者…不足五千元的，并处{{…}}: the grading is no offence; the card opens on the article's."""
    fines = [fact for fact in law.facts if "二万元以下" in fact.answers]
    assert fines and all(fact.text.startswith("违反本法第四条规定擅自疏浚航道的，") for fact in fines)


def test_a_days_date_and_what_the_state_spreads():
    day = "每年6月8日为全民海洋宣传日。"
    assert [day[start:end] for start, end in norm_spans(day)] == ["6月8日", "海洋宣传"]
    spread = "国家推广节水灌溉，推行清洁生产。"
    assert [spread[start:end] for start, end in norm_spans(spread)] == ["节水灌溉", "清洁生产"]


def test_a_norm_is_no_wider_than_its_unit():
    """Written without a document: the patterns alone."""
    sentence = "除法律另有规定外，该项权利属于集体所有。"
    assert [sentence[start:end] for start, end in norm_spans(sentence)] == ["集体"]


@pytest.mark.parametrize(
    ("sentence", "spans"),
    [
        ("争议不能解决的，报请双方的共同上级机关决定。", ["双方的共同上级机关"]),  # 报请 is the cue, not 报
        ("查封场所前应当报经港务机关负责人批准。", ["港务机关负责人"]),  # the organ's head approves, not the organ
        ("每年五月的第二周为示例文字推广普及宣传周。", []),  # 推广 inside a name spreads nothing
        ("推广示例机械产品，要因地制宜。", []),
        (
            "作品的使用，未经单位同意。",
            [],
        ),  # an organ's kind alone is no organ to learn  # the sentence's topic, not what the state spreads
        ("在次年三月三十一日前办理汇算。", []),  # a date, not a time limit's count
        ("年期超过一九九九年十二月十九日的契约。", []),  # a date, not a period
    ],
)
def test_an_organs_cue_and_a_names_words_are_not_cut(sentence, spans):
    assert [sentence[start:end] for start, end in norm_spans(sentence)] == spans
