"""A law's card shows enough to tell which of the law's sentences it asks: a penalty graded by an amount shows its
offence, and a bare frame the law fills in several ways (国家建立{{…}}制度。) is no card. The law below is made up."""

from __future__ import annotations

import pytest

from conftest import write
from studycards.pipeline import study

LAW = """中华人民共和国示例苗圃管理法

第一章　总　　则

第一条　为了加强苗圃的管理，制定本法。
第二条　国家建立苗圃安全评估制度。
第三条　国家建立苗木种质资源普查制度。
第四条　国家建立苗木质量追溯制度。
第五条　苗圃经营者应当建立苗木出圃检验档案。

第二章　法律责任

第六条　违反本法规定，采集伪造苗木的，由林业主管部门责令停止采集，没收苗木；违法采集的苗木金额不足一万元的，并处一万元以上五万元以下罚款；苗木金额一万元以上的，并处苗木金额五倍以上十倍以下罚款。
"""


@pytest.fixture(scope="module")
def law(tmp_path_factory):
    return study(str(write(tmp_path_factory.mktemp("cues"), "nursery.txt", LAW)))


def cards_on(law, words: str):
    return [fact for fact in law.facts if words in fact.text and fact.spans and fact.kind != "outline"]


def test_a_penalty_graded_by_an_amount_shows_its_offence(law):
    graded = [fact for fact in cards_on(law, "不足一万元的") if "罚款" in fact.text]
    assert all("采集伪造苗木" in fact.text for fact in graded), [fact.text for fact in graded]


def test_a_frame_the_law_fills_thrice_is_no_card(law):
    assert not [fact.text for fact in law.facts if fact.text.startswith("国家建立") and fact.spans]


def test_a_frame_the_law_fills_once_stays(law):
    assert cards_on(law, "出圃检验档案")


STOCK = """中华人民共和国示例渔港管理法

第一条　为了加强渔港的管理，制定本法。
第二条　两个以上的渔船船东申请同一泊位的，由渔港管理机构抽签确定。
第三条　渔港管理机构依法履行职责，任何单位和个人不得非法阻挠。
第四条　渔港管理机构应当在收到申请之日起十五日内作出决定。
"""


@pytest.fixture(scope="module")
def stock(tmp_path_factory):
    return study(str(write(tmp_path_factory.mktemp("stock"), "harbour.txt", STOCK)))


@pytest.mark.parametrize("answer", ["两个以上", "非法阻挠"])
def test_a_stock_answer_is_not_asked(stock, answer):
    assert answer not in [a for fact in stock.facts if fact.kind != "outline" for a in fact.answers]


def test_a_rule_count_is_still_asked(stock):
    assert "十五日" in [a for fact in stock.facts if fact.kind != "outline" for a in fact.answers]


CUT = """中华人民共和国示例仓储管理法

第一条　为了加强仓储的管理，制定本法。
第二条　检查人员应当将检查的日期、场所、对象、发现的问题及处理结果作出书面记录，并由检查人员签字。
第三条　仓储经营者从事货物装卸、驳运的，应当遵守安全作业规程。
"""


def test_a_list_is_not_cut_at_a_verb_its_last_member_opens(tmp_path):
    facts = study(str(write(tmp_path, "storage.txt", CUT))).facts
    assert not [fact.answers for fact in facts if "发现" in fact.answers], [f.answers for f in facts]


BREACHES = """中华人民共和国示例器械安全法

第一章　总　　则

第一条　为了保障器械安全，制定本法。
第二条　器械生产单位应当建立器械安全管理制度，落实安全责任。

第二章　法律责任

第三条　违反本法规定，器械生产单位有下列行为之一的，责令限期改正；逾期未改正的，责令停止生产，处一万元以上十万元以下罚款：
（一）未建立器械安全管理制度的；
（二）未按照规定进行自行检测的。
第四条　违反本法规定，未经许可从事器械生产的，责令停止生产，处十万元以上五十万元以下罚款。
"""


def test_a_penalty_whose_only_offence_is_a_broken_rule_is_not_asked(tmp_path):
    facts = study(str(write(tmp_path, "devices.txt", BREACHES))).facts
    fines = [fact for fact in facts if any("万元" in answer for answer in fact.answers)]
    assert any("未经许可从事器械生产" in fact.text for fact in fines)  # the offence is shown: asked
    for fact in fines:  # 违反本法规定……逾期未改正的，处…: which rule was broken?
        assert "十万元以下" not in fact.text or "未经许可" in fact.text, fact.text


REMOVALS = """中华人民共和国示例迁离管理法

第一条　为了规范迁离管理，制定本法。
第二条　外国机构违反本法规定，拒不执行主管机关限期迁离决定的，给予警告并强制迁离；情节严重的，对有关责任人员处五日以上十五日以下拘留。
"""


def test_a_subject_before_the_broken_law_does_not_hide_the_offence(tmp_path):
    facts = study(str(write(tmp_path, "removals.txt", REMOVALS))).facts
    detained = [fact for fact in facts if any("十五日以下" in answer for answer in fact.answers)]
    assert detained and all("拒不执行主管机关限期迁离决定" in fact.text for fact in detained), [
        f.text for f in detained
    ]
