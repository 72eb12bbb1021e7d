"""What the seventeenth session's reading of the verdicts asked of a paper: a report's 填空 never hides a short list
member the members beside it give away or leave open (全局性、前瞻性、＿); a share's wrong options stay under a
hundred (百分之一百 beside 百分之六十八)."""

from __future__ import annotations


from conftest import write
from test_round16 import asked_of

from studycards.facts import normalise
from studycards.pipeline import study
from studycards.quiz.ladders import rungs
from studycards.quiz.selection import make_items

REPORT = """2030年政府工作报告

一、推动高质量发展

要繁荣发展哲学社会科学，注重研究全局性、前瞻性、战略性的重大课题，打破地区间、部门间、城乡间的分割。

更好发挥积极财政政策在稳增长、调结构、促改革、惠民生中的作用，确保决策权、执行权、监督权相互协调。

二、保障和改善民生

坚决纠正乱收费、乱涨价、变相涨价等行为，健全廉租房制度和住房租赁制度，建立健全助学贷款制度。
"""


def fills(path):
    return asked_of(path, lambda questions, frame, _: questions.fill(frame))


def test_a_reports_fill_in_never_hides_a_short_member_patterned_like_its_neighbour(tmp_path):
    """战略性 after 全局性、前瞻性, 城乡间 after 地区间、部门间, 乱涨价 beside 乱收费: the pattern gives the member away or
    leaves the blank open. 稳增长 beside 调结构, a member of its own shape, is still asked, and so is a longer member."""
    made = fills(write(tmp_path, "report.txt", REPORT))
    answers = {normalise(item.answer[0]) for item in made}
    patterned = {
        "全局性",
        "前瞻性",
        "战略性",
        "地区间",
        "部门间",
        "城乡间",
        "乱收费",
        "乱涨价",
        "决策权",
        "执行权",
        "监督权",
    }
    assert not answers & patterned, answers & patterned
    assert answers & {"稳增长", "调结构", "促改革", "惠民生", "变相涨价"}, answers


def test_a_shares_wrong_options_stay_under_a_hundred():
    """百分之六十八 of a plan's investment is offered 百分之五十 / 八十 / 九十, never 百分之一百; nor a rung so near it
    reads as the answer (七十 beside 六十八). A growth over a hundred keeps its ladder."""
    for figure in ("百分之六十八", "百分之七十左右", "70%", "百分之三十二", "百分之八十"):
        ladder = rungs(figure)
        assert len(ladder) >= 3, (figure, ladder)
        assert not any("一百" in rung or rung.startswith(("100", "200")) for rung in ladder), (figure, ladder)
    assert "百分之七十" not in rungs("百分之六十八")
    assert any(rung.startswith("200") for rung in rungs("150%"))


def test_a_fill_in_or_single_choice_is_a_sentence_not_a_heading_or_fragment(tmp_path):
    """物资消耗高、＿、经营不善而长期亏损的企业 (a heading), …用之于扩大生产 (a line with no full stop): readers marked a
    report's such fill-ins good a third of the time. Every stem a paper shows ends as a sentence ends."""
    report = """1983年政府工作报告

一、调整国民经济

（一）正确处理农业、轻工业、重工业和交通运输业的关系

要彻底清理工矿、交通运输、物资供销和商业等企业的仓库，压缩库存的生产资料，用之于扩大生产和扩大基本建设

（二）整顿物资消耗高、产品质量差、经营不善而长期亏损的企业

要改进对科技人员的考核、晋级、职称评定和奖励制度，促进中青年科技力量的成长。我们要坚持不懈地为缓和国际紧张局势、反对霸权主义、促进实现裁军、防止世界战争而努力。
"""
    path = write(tmp_path, "report.txt", report)
    facts = study(str(path)).facts
    items = [item for seed in range(6) for item in make_items(facts, 10, types=["fill", "single"], seed=seed)]
    asked = [item for item in items if item.blanks]
    assert asked
    for item in asked:
        assert item.parts[-1].rstrip("”’」』）)》").endswith(("。", "；", "！", "？", "……")), item.question()


def test_a_reports_stem_shows_what_its_blank_is_about_before_it(tmp_path):
    """《…》指出，坚持＿基本国策: the blank opens the stem, and what it is about went before the cut. A law's article that
    opens on its organ (＿主管全国草原监督管理工作) is still asked: examiners ask just that."""
    report = """2031年政府工作报告

一、保障和改善民生

坚持计划生育基本国策，促进人口长期均衡发展。健全奖学金、助学金和助学贷款等制度，促进教育公平。

长期亏损、资不抵债、扭亏无望的企业和资源枯竭的矿山，要实施破产关闭。我们要认真落实种粮农民补贴制度和主产区利益补偿机制。

按照精简、统一、效能的原则，完善机构设置，理顺职能分工，严格控制编制。
"""
    facts = study(str(write(tmp_path, "report.txt", report))).facts
    items = [item for seed in range(8) for item in make_items(facts, 10, types=["fill", "single"], seed=seed)]
    asked = [item for item in items if item.blanks]
    assert asked
    for item in asked:
        assert len(normalise(item.parts[0].removeprefix(item.cited))) >= 3, item.question()
    law = """中华人民共和国草原法

第一条 为了保护、建设和合理利用草原，制定本法。

第二条 国务院草原行政主管部门主管全国草原监督管理工作。县级以上地方人民政府草原行政主管部门主管本行政区域内草原监督管理工作。
"""
    facts = study(str(write(tmp_path, "law.txt", law))).facts
    items = [item for seed in range(8) for item in make_items(facts, 10, types=["fill"], seed=seed)]
    assert any(not normalise(item.parts[0].removeprefix(item.cited)) for item in items), [i.question() for i in items]


def test_what_is_set_up_and_perfected_is_asked_without_the_verbs():
    """建立、健全劳动安全卫生制度: the blank is 劳动安全卫生, not 、健全劳动安全卫生 (read as a cut across the verbs)."""
    from studycards.extract.norms import norm_spans

    for sentence, asked in (
        ("用人单位必须建立、健全劳动安全卫生制度，严格执行国家劳动安全卫生规程和标准。", "劳动安全卫生"),
        ("用人单位应当建立和完善工资分配制度。", "工资分配"),
        ("国家建立健全失业保险制度。", "失业保险"),
    ):
        assert [sentence[a:b] for a, b in norm_spans(sentence, True)] == [asked], sentence


def test_no_blank_runs_across_what_introduces_a_list_or_into_a_members_verb(tmp_path):
    """Readers of the seventeenth session's second draw marked bad: 是指＿的学院 (大学、独立设置), a list's first member
    holding 是指 (高等学校是指大学), 对被接管的＿ (商业银行采取必要措施), 进行＿。 (学术交流提供便利条件)."""
    law = """中华人民共和国示例教育法

第一条 本法所称高等学校是指大学、独立设置的学院和高等专科学校，其中包括高等职业学校和成人高等学校。

第二条 高等学校应当为教师参加培训、开展科学研究和进行学术交流提供便利条件。

第三条 接管的目的是对被接管的商业银行采取必要措施，以保护存款人的利益，恢复商业银行的正常经营能力。
"""
    facts = study(str(write(tmp_path, "law.txt", law))).facts
    answers = [normalise(answer) for fact in facts for answer in fact.answers]
    for wrong in ("大学独立设置", "高等学校是指大学", "商业银行采取必要措施", "学术交流提供便利条件"):
        assert wrong not in answers, (wrong, answers)


def test_a_range_written_with_a_full_width_dash_is_one_figure(tmp_path):
    """国内生产总值增长6.5%－7% (the full-width dash of most reports): one figure, not 6.5% and 7% on two cards each of
    which shows the other (two blind readers dropped both halves)."""
    report = """2030年政府工作报告

一、目标

今年发展的主要预期目标是：国内生产总值增长6.5%－7%，居民消费价格涨幅3%左右。粮食产量达到6000–6500亿斤。
"""
    facts = study(str(write(tmp_path, "report.txt", report))).facts
    answers = {answer for fact in facts if fact.kind == "figure" for answer in fact.answers}
    assert {"6.5%－7%", "6000–6500亿斤", "3%左右"} <= answers, answers
    assert not answers & {"6.5%", "7%", "6500亿斤"}, answers


def test_a_last_member_keeps_the_ending_its_fellows_share(tmp_path):
    """质量强国、制造强国、知识产权强国: the last member is 知识产权强国, not 知识产权 with 强国 left outside (two blind
    readers dropped 加快建设[...]强国); a list of three has one inner member, so the ending is the one it shares with the
    first."""
    report = """2030年政府工作报告

一、目标

要加快建设质量强国、制造强国、知识产权强国，推动高质量发展。发布农业气象预报、城市环境气象预报、火险气象等级预报等专业气象预报。
"""
    facts = study(str(write(tmp_path, "report.txt", report))).facts
    lists = {fact.answers for fact in facts if fact.kind == "enumeration"}
    assert ("质量强国", "制造强国", "知识产权强国") in lists, lists
    assert ("农业气象预报", "城市环境气象预报", "火险气象等级预报") in lists, lists


def test_a_leave_not_to_act_is_never_made_a_duty_not_to():
    """可以不提供担保 -> 应当不提供担保 reads unnatural (two readers of the second draw); 可以提供 -> 应当提供 is still made."""
    from test_round15 import paired

    leave = paired("经商业银行审查、评估，确认借款人资信良好，确能偿还贷款的，可以不提供担保。", "商业银行")
    assert leave is None or "应当不" not in leave, leave
    power = paired("经商业银行审查、评估，确认借款人资信良好的，商业银行可以向其发放信用贷款。", "信用贷款")
    assert power is not None and "应当向其发放" in power, power
