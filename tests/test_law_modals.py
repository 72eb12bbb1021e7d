"""A law's modal word as the answer (extract/modals.py): 不得, 可以, 有权, 不予, 无须 hidden alone where their
choice is the rule, filling a law's budget last, a deletion more of the note that already asks the sentence."""

from __future__ import annotations

import re

import pytest

from ankicol import package_fronts
from conftest import write
from studycards.cards import make_notes
from studycards.extract.modals import modal_facts
from studycards.extract.norms import MODAL
from studycards.pipeline import study
from studycards.ranking import MODALS_PER_1000, document_characters, select

LAW = """中华人民共和国示例湖泊保护法

第一章　总　　则

第一条　为了保护湖泊生态，保障用水安全，制定本法。
第二条　国务院水行政主管部门负责全国湖泊保护工作。县级以上地方人民政府水行政主管部门负责本行政区域内的湖泊保护工作。
第三条　任何单位和个人都有保护湖泊的义务，有权对破坏湖泊的行为进行举报。
第四条　湖泊管理机构开展湖泊巡查活动，不得向当事人收取费用。

第二章　保　　护

第五条　在湖泊保护范围内新建排污口的，应当经县级以上人民政府水行政主管部门批准。
第六条　湖泊治理基金先行支付治理费用后，有权向造成污染的单位追偿。
第七条　湖泊管理机构根据工作需要，可以聘请专业技术人员参与湖泊监测。
第八条　不得辞退的其他情形，由国务院规定。
第九条　违法事实不清、证据不足的，不得给予处罚。
第十条　经营者不得有下列行为：
（一）向湖泊倾倒垃圾；
（二）在湖泊内非法采砂。
第十一条　湖泊保护规划应当每五年修订一次，报本级人民政府批准后公布实施。
第十二条　当事人对处罚决定不服的，可以依法申请行政复议或者提起行政诉讼。
第十三条　湖泊管理机构工作人员在巡查中知悉的商业秘密，应当予以保密，不得泄露。
第十四条　对申请材料不齐全的，湖泊管理机构应当一次性告知申请人需要补充的材料，不得要求申请人重复提交。
第十五条　湖泊保护所需经费，由本级人民政府列入财政预算，不得挪用。
第十六条　湖泊周边的渔业生产者可以自愿组成渔业合作组织，依法开展渔业生产。

第三章　法律责任

第十七条　违反本法第四条规定收取费用的，由上级水行政主管部门责令退还，处一万元以上五万元以下的罚款。
第十八条　违反本法第十条规定倾倒垃圾的，由水行政主管部门责令改正，处五千元以上二万元以下的罚款。
"""


@pytest.fixture(scope="module")
def law(tmp_path_factory):
    return study(str(write(tmp_path_factory.mktemp("lake"), "lake.txt", LAW)))


def hidden_modals(facts):
    return [
        (fact, fact.text[start:end])
        for fact in facts
        for start, end in fact.spans
        if MODAL.fullmatch(fact.text[start:end])
    ]


def test_a_modal_word_is_asked_where_its_choice_is_the_rule(law):
    asked = {(fact.text, fact.text[s:e]) for fact in modal_facts(law.document) for s, e in fact.spans}
    words = {word for _, word in asked}
    assert {"不得", "有权", "可以"} <= words
    assert "应当" not in words  # the most common modal word: rarely what an examiner hides
    assert any(text.startswith("违法事实不清、证据不足的，") and word == "不得" for text, word in asked)
    assert not any("不得辞退" in text for text, _ in asked)  # a phrase that names: no rule
    assert not any("下列" in text for text, _ in asked)  # the items are what is asked
    assert all(len(fact.spans) == 1 for fact in modal_facts(law.document))


def test_a_report_has_none(tmp_path):
    report = study(
        str(
            write(
                tmp_path, "report.txt", "今年工作回顾\n\n我们必须坚持稳中求进，不得有丝毫懈怠，可以说成绩来之不易。\n"
            )
        )
    )
    assert not modal_facts(report.document)


def test_modal_cards_fill_a_laws_budget_last_within_their_share(law):
    kept = select([law], budget=None).studied[0].facts  # --all
    modal = hidden_modals(kept)
    assert modal, "no card hides a modal word"
    assert len(modal) <= max(1, document_characters(law.document) * MODALS_PER_1000 // 1000)
    assert len(modal) < len([fact for fact in kept if fact.spans])  # the rules' own answers come first
    lines = [fact.origin.line for fact in kept if fact.spans]
    assert len(lines) == len(set(lines)), "a sentence in two notes"  # a modal joins its sentence's note


def test_no_modal_cards_but_with_all(law):
    assert not hidden_modals(select([law], budget=40).studied[0].facts)  # room, but a learner finds them trivial
    assert not hidden_modals(select([law]).studied[0].facts)


def test_modal_cards_as_anki_shows_them(law, tmp_path):
    notes = make_notes(select([law], budget=None).studied)
    fronts = package_fronts(notes, tmp_path, "lake.apkg")
    modal_fronts = [front for front in fronts if re.search(r"\[\.\.\.\](?:给予|向|对|聘请|依法|泄露|挪用|要求)", front)]
    assert modal_fronts, fronts
    assert len(set(fronts)) == len(fronts)
