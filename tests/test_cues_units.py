"""Cards that say what they ask and blanks on whole units (issue 15, cue2): a table's row under its caption, a time
limit with the act it limits, no subject that points back at a sentence the card does not show, no blank that starts
inside a word, no deadline year of one sentence as the time of the next. Made-up text in the genres' style."""

from __future__ import annotations

from conftest import write
from studycards.extract import extract, has_cue
from studycards.facts import Fact, Origin
from studycards.parsing import parse
from studycards.reading import read_source

LAW = "中华人民共和国仓储管理法"


def facts_of(tmp_path, body, title):
    document = parse(read_source(write(tmp_path, "doc.txt", f"{title}\n{body}")))
    return extract(document)


def fronts(facts, kind):
    return [f.front("[…]") for f in facts if f.kind == kind]


def test_a_table_row_figure_shows_its_table_caption_and_column_names(tmp_path):
    body = (
        "第一条　仓储费按照下表计收。\n"
        "仓储费费率表（冷藏仓库适用）\n"
        "级数\t月存储量\t费率（%）\n"
        "1\t不超过500吨的\t2\n"
        "2\t超过500吨至2000吨的部分\t4\n"
        "3\t超过2000吨的部分\t6\n"
    )
    rows = [f for f in facts_of(tmp_path, body, LAW) if f.kind == "figure" and "\t" in f.text]
    assert rows
    assert all(f.period == "仓储费费率表（冷藏仓库适用）：级数｜月存储量｜费率（%）" for f in rows)


def test_a_table_row_without_a_caption_is_not_asked(tmp_path):
    body = "第一条　仓储费按照下表计收。\n2\t超过500吨至2000吨的部分\t4\n3\t超过2000吨的部分\t6\n"
    assert not [f for f in facts_of(tmp_path, body, LAW) if "\t" in f.text and f.kind != "outline"]


def test_a_list_in_a_table_cell_has_no_cue():
    origin = Origin("法", "法", "法", ("法",), 1, "")
    text = "矿石类\t铁矿、铜矿、锌矿、锡矿\t原矿\t3％"
    spans = tuple((text.index(item), text.index(item) + 2) for item in ("铁矿", "铜矿", "锌矿"))
    fact = Fact("enumeration", text, ("铁矿", "铜矿", "锌矿"), origin, spans=spans)
    assert not has_cue(fact)


def test_a_time_limit_card_keeps_the_act_it_limits(tmp_path):
    body = (
        "第一条　保管人应当自收到提货通知之日起七日内，将仓储物的数量、质量状况、包装情况、保管期间发生的损耗情况"
        "以及采取的处理措施和处理结果书面告知存货人、提货人和所在地县级人民政府仓储监督管理机构。\n"
    )
    figures = [f for f in facts_of(tmp_path, body, LAW) if f.kind == "figure" and "七日" in f.answers]
    assert figures
    assert all(f.text.rstrip("。").endswith("仓储监督管理机构") for f in figures)


def test_a_figure_after_this_respect_shows_the_sentence_it_points_back_to(tmp_path):
    body = (
        "一、过去一年的工作\n"
        "去年我们提出要把全年粮食损耗率降低到百分之三以下。尽管在这方面付出了很大努力，损耗率仍然达到百分之四点二，"
        "其中运输环节的损耗大约占一半。\n"
    )
    cards = fronts(facts_of(tmp_path, body, "1991年政府工作报告"), "figure")
    asked = [c for c in cards if "这方面" in c]
    assert asked and all(c.startswith("去年我们提出") for c in asked)


def test_a_card_whose_subject_is_this_respect_alone_has_no_cue():
    origin = Origin("报告", "报告", "报告", ("报告",), 1, "")
    text = "虽然在这方面取得了进展，但是农村基础设施仍然比较薄弱。"
    at = text.index("农村基础设施")
    assert not has_cue(Fact("judgement", text, ("农村基础设施",), origin, spans=((at, at + 6),)))


def test_a_definition_blank_never_starts_inside_a_word(tmp_path):
    body = "一、坚持独立自主\n我们要根据问题本身的是非曲直，决定自己的态度。\n"
    facts = facts_of(tmp_path, body, "政府工作报告")
    assert not [f for f in facts if any(answer.startswith("非曲直") for answer in f.answers)]


def test_remuneration_is_no_organ_that_decides(tmp_path):
    body = "第一条　仓储监督员的报酬由县级人民政府确定。\n"
    facts = facts_of(tmp_path, body, LAW)
    assert not [f for f in facts if any(answer.startswith("酬") for answer in f.answers)]


def test_a_deadline_year_of_one_sentence_is_not_the_time_of_the_next(tmp_path):
    body = (
        "二、今年的主要任务\n"
        "大力推进燃煤锅炉改造，中部地区要于2025年完成。对所有大型养殖场实行12小时巡查，确保巡查质量。\n"
    )
    facts = facts_of(tmp_path, body, "2023年政府工作报告")
    patrols = [f for f in facts if f.kind == "figure" and "12小时" in f.answers]
    assert patrols and all("2025" not in f.period for f in patrols)


def test_a_list_is_not_asked_without_the_members_that_share_its_last_ones_parenthesis(tmp_path):
    body = "一、文化建设\n增加对美术馆、纪念馆、少年宫（站）、图书室（站）等公共文化设施的投入。\n"
    facts = facts_of(tmp_path, body, "政府工作报告")
    assert not [f for f in facts if f.kind == "enumeration" and "少年宫" in f.answers]


def test_a_list_is_not_asked_when_more_members_follow_after_a_comma(tmp_path):
    body = "一、过去一年的工作\n戏曲曲艺、群众文化、体育健身，以及档案管理、地方志编纂等各项事业都有新的进步。\n"
    facts = facts_of(tmp_path, body, "政府工作报告")
    assert not [f for f in facts if f.kind == "enumeration" and "戏曲曲艺" in f.answers]


def test_a_blank_takes_the_suffix_that_makes_its_word(tmp_path):
    from studycards.extract.clauses import whole_words
    from studycards.segment import segmenter

    sentence = "基本建设拨款共支出八亿元，完成预算数的九成。"
    start = sentence.index("完成")
    [(_, end)] = whole_words(sentence, [(start, start + 4)], segmenter())
    assert sentence[start:end] == "完成预算数"


def test_a_list_is_not_asked_without_its_member_after_and(tmp_path):
    body = "一、国有企业\n国有企业是钢铁、煤炭、石油和电力设备的主要生产者，也是税收的主要来源。\n"
    facts = facts_of(tmp_path, body, "政府工作报告")
    lists = [f.answers for f in facts if f.kind == "enumeration"]
    assert ("钢铁", "煤炭", "石油") not in lists


def test_a_whole_year_figure_is_labelled_with_its_year(tmp_path):
    body = "一、1993年工作回顾\n经济运行总体平稳。全年新增铁路营业里程1200多公里，\n"
    facts = facts_of(tmp_path, body, "1994年政府工作报告")
    rails = [f for f in facts if f.kind == "figure" and "1200多公里" in f.answers]
    assert rails and all("1993" in f.period for f in rails)


def test_a_year_inside_an_earlier_sentence_is_not_the_time_of_the_next(tmp_path):
    body = (
        "一、2022年工作回顾\n启动实施面向2035年的种业振兴重大项目，新建国家级育种基地12个。良种覆盖率提高到96%以上。\n"
    )
    facts = facts_of(tmp_path, body, "2023年政府工作报告")
    seeds = [f for f in facts if f.kind == "figure" and "96%以上" in f.answers]
    assert seeds and all("2035" not in f.period for f in seeds)


def test_a_condition_after_a_semicolon_keeps_the_topic_it_is_a_condition_of(tmp_path):
    body = (
        "第一条　应纳税额按照下列方法计算：\n"
        "（一）设备租赁所得，每次收入不超过五千元的，减除费用一千元；五千元以上的，减除百分之十五的费用，"
        "其余额为应纳税所得额。\n"
    )
    facts = facts_of(tmp_path, body, LAW)
    rates = [f for f in facts if f.kind == "figure" and "百分之十五" in f.answers]
    assert rates and all(f.text.startswith("设备租赁所得") for f in rates)


def test_this_years_figure_in_a_report_of_two_years_names_its_part(tmp_path):
    body = (
        "一、1957年国家决算\n决算收入完成良好。\n"
        "二、1958年国家预算\n科学研究支出为三千万元，占本年预算支出的１．２％。\n"
    )
    facts = facts_of(tmp_path, body, "关于1957年国家决算和1958年国家预算的报告")
    science = [f for f in facts if f.kind == "figure" and "三千万元" in f.answers]
    assert science and all("1958" in f.period for f in science)
