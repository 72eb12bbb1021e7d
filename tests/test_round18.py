"""What the eighteenth session asked: a law's time limits and bars in the forms examiners ask (提前十五日通知, 未逾三年的,
连续两年, 不得少于二人, 由至少五名理事组成) are figures, as 试用期为一年 was, while a period with no measuring word before
it (过去一年) still is not; a report's fill-in never hides a short predicate noun after 是 (我们的政府是＿，), nor a
commonplace of the reports (以＿为中心: 经济建设), nor a list member of four characters opening as its neighbour does
(相互支持、＿); no card asks a figure its own card works out (由524万吨增加到＿，增长66%); a blank holds what a 以…为
frame holds, not its 以; no wrong option is cut from the word it is bound to (有|条件地区); a law's fill-in hides no list
member cut across two (企业、＿、科研机构: 社会团体和教育); a bar on applying again shows the offence it follows."""

from __future__ import annotations

from conftest import write
from test_round16 import asked_of, singles

from studycards.extract.trivial import derivable
from studycards.extract.units import whole_units
from studycards.facts import Fact, Origin, normalise
from studycards.pipeline import study
from studycards.quiz.distractors import _mined_run, coarse
from studycards.quiz.stems import straddles_members
from studycards.segment import segmenter

LAW = """中华人民共和国示范管理法

第一条　召开成员大会，召集人应当提前十五日通知全体成员。

第二条　监督检查人员不得少于二人，并应当出示执法证件。

第三条　理事会由至少五名理事组成。

第四条　成员连续两年未参加年度检查的，由登记机关注销其登记。

第五条　被撤销登记的组织的负责人，自撤销之日起未逾五年的，不得担任其他组织的负责人。

第六条　管理机构在过去一年的工作中应当加强监督检查。
"""


def figures_of(path) -> set[str]:
    return {normalise(answer) for fact in study(str(path)).facts if fact.kind == "figure" for answer in fact.answers}


def test_a_laws_notice_bar_and_run_are_figures(tmp_path):
    asked = figures_of(write(tmp_path, "law.txt", LAW))
    assert {"十五日", "二人", "五名", "两年", "五年"} <= asked, asked
    assert "一年" not in asked, asked  # 过去一年 measures nothing


REPORT = """2031年政府工作报告

一、发展教育事业

各类学校都要贯彻德智体全面发展的方针，培养有理想、有道德、有文化、有纪律的新人。我国是统一的多民族国家。我们的政府是人民的政府，廉洁从政是对各级政府最起码的要求。

二、扩大对外开放

第三世界国家是我们患难与共的朋友，长期维护这种宝贵的友谊是我们的国际义务。
"""


def test_a_reports_fill_in_never_hides_a_short_predicate_after_shi(tmp_path):
    """人民的政府 and 我们的国际义务 close their clause after 是: 根本保证 or 重要任务 would fit as well. 多民族国家,
    after 是统一的, is still asked."""
    made = asked_of(write(tmp_path, "report.txt", REPORT), lambda questions, frame, _: questions.fill(frame))
    answers = {normalise(item.answer[0]) for item in made}
    assert "多民族国家" in answers, answers
    assert not answers & {"人民的政府", "我们的国际义务"}, answers


COMMONPLACES = """2032年政府工作报告

一、坚持基本路线

必须坚持以经济建设为中心，坚持四项基本原则，坚持改革开放。要发扬艰苦奋斗的优良传统，厉行勤俭节约。要坚定不移地贯彻“一国两制”方针，保持香港、澳门长期繁荣稳定。

二、推进乡村振兴

要把发展壮大村级集体经济作为乡村振兴的重要抓手，深入实施“千万工程”，建设宜居宜业和美乡村。
"""


def test_a_reports_fill_in_never_hides_a_commonplace_of_the_reports(tmp_path):
    """经济建设 and 一国两制 stand in a quarter of the reports: the genre fills 以＿为中心 and 贯彻“＿”方针. The report's
    own terms (千万工程, 乡村振兴) and a longer formulation (四项基本原则) are still asked."""
    made = asked_of(write(tmp_path, "report.txt", COMMONPLACES), lambda questions, frame, _: questions.fill(frame))
    answers = {normalise(item.answer[0]) for item in made}
    assert not answers & {"经济建设", "一国两制", "艰苦奋斗"}, answers
    assert {"千万工程", "四项基本原则"} <= answers, answers


def test_a_reports_single_choice_never_hides_a_commonplace_either(tmp_path):
    """以＿为中心 offered 经济建设 among 政治建设 and 文化建设: the genre answers it."""
    made = singles(write(tmp_path, "report.txt", COMMONPLACES), seeds=(1, 2, 3, 4, 5))
    assert not {normalise(item.answer[0]) for item in made} & {"经济建设", "一国两制", "艰苦奋斗"}


def hides(text: str, answer: str) -> bool:
    at = text.index(answer)
    return derivable(text, (at, at + len(answer)))


def test_a_figure_its_card_works_out_is_derivable():
    """The end of a change whose other end and rate the card shows, and a new value its base and increase give."""
    assert hides("化肥由五百二十四万吨增加到八百六十九万吨，增长百分之六十六；", "八百六十九万吨")
    assert hides("粮食产量由3000亿斤增加到3500亿斤，增长16.7%。", "3500亿斤")
    assert hides("渔业产量达到五百零二万吨，比一九五七年的三百一十二万吨增加了一百九十万吨。", "五百零二万吨")
    assert not hides("粮食产量由3000亿斤增加到3500亿斤，增长20%。", "3500亿斤")  # the rate says otherwise
    assert not hides("粮食产量达到3500亿斤，比上年增加200亿斤。", "3500亿斤")  # no base shown


STATISTICS = """1960年政府工作报告

一、国民经济

海洋和淡水的渔业生产，一九五九年的产量达到五百零二万吨，比一九五七年的三百一十二万吨增加了一百九十万吨。

化学纤维由十四万六千吨增加到二十八万五千吨，增长百分之九十五。
"""


def test_a_reports_figure_card_ends_before_what_works_it_out(tmp_path):
    figures = [fact for fact in study(str(write(tmp_path, "report.txt", STATISTICS))).facts if fact.kind == "figure"]
    asked = {normalise(answer): fact.text for fact in figures for answer in fact.answers}
    assert "五百零二万吨" in asked and "三百一十二万吨" not in asked["五百零二万吨"], asked
    assert "二十八万五千吨" in asked and "百分之九十五" not in asked["二十八万五千吨"], asked


PREFIXED = """2033年政府工作报告

一、对外关系

我国同兄弟邻邦相互支持、相互尊重、友好相处的亲密关系不断获得新的发展。
"""


def test_a_reports_fill_in_never_hides_a_member_opening_as_its_neighbour_does(tmp_path):
    """相互支持 beside 相互尊重: the pattern gives half of it. 友好相处, which opens otherwise, is still asked."""
    made = asked_of(write(tmp_path, "report.txt", PREFIXED), lambda questions, frame, _: questions.fill(frame))
    answers = {normalise(item.answer[0]) for item in made}
    assert "友好相处" in answers, answers
    assert not answers & {"相互支持", "相互尊重"}, answers


def test_a_blank_holds_what_a_frame_holds_not_the_frame():
    """开展以为人民服务为核心的道德教育: the 以…为 frame is the cue, 为人民服务 the answer."""
    text = "普遍进行了以为人民服务为核心、集体主义为原则的社会主义道德教育。"
    at = text.index("以为人民服务")
    fact = Fact("judgement", text, ("以为人民服务",), Origin("报告", "x", "", (), 1, text), spans=((at, at + 6),))
    assert whole_units(fact, segmenter()).answers == ("为人民服务",)


def mined(text: str, phrase: str) -> bool:
    words = tuple((word, coarse(tag)) for word, tag in segmenter().tagged(text))
    plain = [word for word, _ in words]
    runs = [(i, j) for i in range(len(plain)) for j in range(i + 1, len(plain) + 1) if "".join(plain[i:j]) == phrase]
    return any(_mined_run(words, i, j) for i, j in runs)


def test_no_wrong_option_is_cut_from_the_word_it_is_bound_to():
    """条件地区 of 有条件地区 and 所有制企业 of 各种所有制企业 name nothing; 革命老区 does."""
    assert not mined("支持有条件地区率先发展。", "条件地区")
    assert not mined("鼓励各种所有制企业公平竞争。", "所有制企业")
    assert mined("加大对革命老区的支持力度。", "革命老区")


STRADDLING = """中华人民共和国示范数据法

第一条　国家支持企业、社会团体和教育、科研机构等参与标准制定工作。

第二条　国务院、国务院有关部门和沿海省、自治区、直辖市人民政府，根据海岛自然资源、自然景观以及历史、人文遗迹保护的需要，依法批准设立海洋自然保护区。
"""


def test_a_laws_fill_in_never_hides_a_member_cut_across_two(tmp_path):
    """社会团体和教育 (of 企业、社会团体和教育、科研机构) and 自然景观以及历史 (of …、自然景观以及历史、人文遗迹保护) are cut
    across two members; a member with no join inside is not refused for it."""
    made = asked_of(write(tmp_path, "law.txt", STRADDLING), lambda questions, frame, _: questions.fill(frame))
    answers = {normalise(item.answer[0]) for item in made}
    assert not answers & {"社会团体和教育", "自然景观以及历史"}, answers
    assert straddles_members("国家支持企业、", "社会团体和教育", "、科研机构")
    assert not straddles_members("国家支持", "企业", "、社会团体")
    assert not straddles_members("应当遵循", "公开和公正", "的原则")  # no list member: a pair asked whole
    assert not straddles_members("国务院生态环境、", "住房和城乡建设", "、发展改革等部门")  # a department's name


BARRED = """中华人民共和国示范许可法

第一条　以提供虚假申请材料、欺骗、贿赂等不正当手段申请取得倾倒许可证的，由海洋主管部门撤销其许可证，并处二十万元以上五十万元以下的罚款；三年内不得再次申请倾倒许可证。
"""


def test_a_bar_on_applying_again_is_asked_with_the_offence_it_follows(tmp_path):
    """三年内不得再次申请倾倒许可证 alone does not say after what: its card shows the offence the sentence opens on."""
    facts = study(str(write(tmp_path, "law.txt", BARRED))).facts
    bars = [fact for fact in facts if fact.kind == "figure" and fact.answers == ("三年",)]
    assert bars and all("不正当手段" in fact.text for fact in bars), [fact.text for fact in bars]
