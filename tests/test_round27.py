"""What the twenty-seventh session asked of law decks: a decision whose parts 一、二、… state its rules (全国人民代表大会
常务委员会关于…的决定, a basic law's annex) asks them as the articles they are, cited 第一条, not as a chain of its parts'
opening words (blind readers kept 2 of 18 such chain cards: "article order not worth learning", "a meaningless
fragment"); a decision whose parts are headings keeps them. A list's last member never ends on a negation
(乡、民族乡、镇的不|属于…); a vote is counted (超过750票)."""

from __future__ import annotations

from ankicol import package_fronts
from conftest import write

from studycards.cards import make_notes
from studycards.extract.figures import figure_spans
from studycards.pipeline import study
from studycards.ranking import select

DECISION = """全国人民代表大会常务委员会关于示例士兵衔级制度的决定

（2022年2月28日第十三届全国人民代表大会常务委员会第三十三次会议通过）

为了加强军队的指挥和管理，现就示例士兵衔级制度作如下决定：
一、士兵军衔是表明士兵身份、区分士兵等级的称号和标志，是党和国家给予士兵的地位和荣誉。
二、军士军衔设三等：
（一）高级军士：一级军士长、二级军士长；
（二）中级军士：一级上士、二级上士；
（三）初级军士：中士、下士。
三、义务兵军衔由高至低分为上等兵、列兵。
四、士兵军衔的标志式样和佩带办法，由中央军事委员会规定。
五、本决定自2022年3月31日起施行。
"""

HEADED = """全国人民代表大会常务委员会关于加强示例预算审查监督的决定

一、加强全口径审查和全过程监管。全国人民代表大会及其常务委员会对预算草案进行审查。
二、加强预算编制的监督工作。坚持先有预算、后有支出、严格按预算支出的原则。
三、加强预算执行情况的监督工作。预算工作委员会可以要求政府有关部门提供预算情况。
"""


def test_a_decisions_parts_that_state_rules_are_its_articles(tmp_path):
    studied = study(write(tmp_path, "decision.txt", DECISION))
    parts = studied.document.articles[0].children
    assert [part.marker for part in parts] == ["第一条", "第二条", "第三条", "第四条", "第五条"]
    assert all(part.style == "law-article" and not part.title for part in parts)
    fronts = package_fronts(make_notes(select([studied]).studied), tmp_path)
    assert not any("→" in front for front in fronts), fronts  # no chain of the parts' opening words
    assert any(front.startswith("义务兵军衔由高至低分为[...]") for front in fronts), fronts  # a part's rule is asked
    assert any(front.startswith("第二条规定") for front in fronts), fronts  # a part's items, by its article


def test_a_decisions_parts_that_are_headings_stay_headings(tmp_path):
    studied = study(write(tmp_path, "decision.txt", HEADED))
    parts = studied.document.articles[0].children
    assert [part.marker for part in parts] == ["一、", "二、", "三、"]
    assert [part.title for part in parts] == [
        "加强全口径审查和全过程监管",
        "加强预算编制的监督工作",
        "加强预算执行情况的监督工作",
    ]


ANNEXED = """中华人民共和国示例特别区基本法

第一条　示例特别区是国家不可分离的部分。
第二条　行政长官由选举产生。

附件一
行政长官的产生办法
一、行政长官由选举委员会选出，由中央人民政府任命。
二、选举委员会委员共三百人，由下列各界人士组成。
"""

PLAN = """示例人才发展规划纲要

第一章　总体要求
一、人才是第一资源，必须坚持人才引领发展的战略地位。
二、到2035年，人才规模进一步扩大，人才结构更加合理。
第二章　主要任务
一、实施人才强国战略，加快建设人才强国。
二、完善人才评价机制，破除唯论文、唯职称倾向。
"""


def test_only_an_act_of_the_npc_without_articles_has_its_parts_as_articles(tmp_path):
    # a law's annex would take the law's own article numbers (第一条 of the annex is not the law's 第一条)
    annex = study(write(tmp_path, "basic.txt", ANNEXED)).document.articles[-1]
    assert [part.marker for part in annex.children] == ["一、", "二、"]
    # a plan whose chapters number their parts anew, and any title not the NPC's, keep the parts as they are
    chapters = study(write(tmp_path, "plan.txt", PLAN)).document.articles[0].children
    assert [part.marker for part in chapters[1].children] == ["一、", "二、"]
    npc_plan = PLAN.replace("示例人才发展规划纲要", "全国人民代表大会关于示例人才发展规划纲要的决定")
    chapters = study(write(tmp_path, "npc.txt", npc_plan)).document.articles[0].children
    assert [part.marker for part in chapters[1].children] == ["一、", "二、"]
    party = DECISION.replace("全国人民代表大会常务委员会关于", "中共示例委员会关于", 1)
    parts = study(write(tmp_path, "party.txt", party)).document.articles[0].children
    assert parts[0].marker == "一、"


def test_a_report_with_numbered_sentences_keeps_its_parts(tmp_path):
    report = "关于示例工作的报告\n\n一、我们坚持稳中求进，经济运行总体平稳。\n\n二、我们深化改革，激发了市场活力。\n"
    parts = study(write(tmp_path, "report.txt", report)).document.articles[0].children
    assert [part.marker for part in parts] == ["一、", "二、"]  # not a legal text: no articles


def test_a_lists_last_member_never_ends_on_a_negation(tmp_path):
    rules = "示例选举规定\n\n第一条　驻在乡、民族乡、镇的不属于县级以下人民政府领导的企业事业组织的职工，可以只参加县级人民代表大会代表的选举。\n"
    answers = {answer for fact in study(write(tmp_path, "rules.txt", rules)).facts for answer in fact.answers}
    assert not any(answer.endswith("不") for answer in answers), answers


def test_votes_are_counted():
    sentence = "行政长官候任人须获得超过750票。"
    assert "750票" in {sentence[start:end] for start, end in figure_spans(sentence)}
    for words in ("国家主席、副主席由全国人民代表大会选举。", "一百张选票", "实行一人一票", "发行3票据"):
        assert not figure_spans(words), words


def test_what_is_instituted_after_two_verbs_joined_by_he(tmp_path):
    report = (
        "关于示例工作的报告\n\n严格执行《建筑法》，建立健全和严格执行项目法人责任制、招标投标制、工程监理制和合同管理制，"
        "严肃查处规避招标的行为。\n"
    )
    answers = {answer for fact in study(write(tmp_path, "report.txt", report)).facts for answer in fact.answers}
    assert not any(answer.startswith(("建立", "健全", "和")) for answer in answers), answers
    assert "项目法人责任制" in answers or "项目法人" in answers, answers
