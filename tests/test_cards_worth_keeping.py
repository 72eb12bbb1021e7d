"""Judgements, figures, whole lists and the budget, on small documents written for these tests (wordings
other than the samples'), and decks imported into a real Anki collection."""

import json
import re

from click.testing import CliRunner

from ankicol import import_apkg, open_collection, rendered_cards, visible_text
from conftest import write
from studycards.cli import cli
from studycards.extract.figures import figure_spans
from studycards.extract.judgements import judgement_spans
from studycards.pipeline import study
from studycards.ranking import select

REPORT = """关于全市教育工作的报告

一、总体要求
教育是国之大计、党之大计。要把立德树人作为教育的根本任务，把人民满意作为衡量工作的标准。
归根结底，办好教育要靠教师。坚持以学生为中心，守住不发生重大安全事故的底线。
二、主要目标
今年全市教育主要目标是：新建学校12所以上；学前教育毛入园率达到95%左右；专任教师增加800人左右。
三、工作措施
（一）强化教师队伍建设。教师是立教之本、兴教之源。新任教师试用期为一年，年满六十周岁的可以申请退休。
（二）推进教育公平。坚持公平、公正、公开的原则，建设平安校园、书香校园、智慧校园和绿色校园。
"""


def test_judgements_hide_the_predicates_head_and_keep_the_subject():
    cases = {
        "要把立德树人作为教育的根本任务": "根本任务",
        "把人民满意作为衡量工作的标准": "人民满意",
        "归根结底，办好教育要靠教师": "教师",
        "坚持以学生为中心": "学生",
        "守住不发生重大安全事故的底线": "重大安全事故",
        "教师是立教之本": "立教之本",
        "实践充分证明，党的全面领导是办好学校的根本保证": "根本保证",
        "让高素质教师队伍成为学校发展的主心骨": "主心骨",
        "学校党组织是学校工作的领导核心": "领导核心",  # the noun phrase that ends in the head, not 核心 alone
        "要让服务业成为吸纳就业的主渠道和蓄水池": "主渠道和蓄水池",
        "水利工程的根本目的是改善群众生活": "改善群众生活",  # what a 目的 or 宗旨 is: a verb phrase
        "诚信是最宝贵的市场通行证": "最宝贵的市场通行证",  # the degree is what is judged
        "必须把群众利益放在第一位": "群众利益",
    }
    for sentence, answer in cases.items():
        assert [sentence[a:b] for a, b in judgement_spans(sentence)] == [answer], sentence
    assert judgement_spans("特别是农村学校条件较差") == []  # 特别是 is no judgement
    assert judgement_spans("这是大家的共同心愿") == []
    assert judgement_spans("他是在会上提出这项建议") == []  # 是 before a verb phrase, the subject no 目的
    assert judgement_spans("要把文件放在桌上") == []  # 放在 judges only a place of priority (首位, 第一位)


def test_judgements_joined_by_enumeration_marks_are_each_asked():
    sentence = "科技是第一生产力、创新是第一动力"
    assert [sentence[a:b] for a, b in judgement_spans(sentence)] == ["第一生产力", "第一动力"]


def test_figures_keep_their_qualifier_and_leave_dates_and_words_alone():
    sentence = "新建学校12所以上；学前教育毛入园率达到95%左右；专任教师增加800人左右"
    assert [sentence[a:b] for a, b in figure_spans(sentence)] == ["12所以上", "95%左右", "800人左右"]
    law = "新任教师试用期为一年，年满六十周岁的可以申请退休"
    assert [law[a:b] for a, b in figure_spans(law)] == ["一年", "六十周岁"]
    assert figure_spans("过去一年，2023年10月8日召开会议，两个确立") == []
    assert [s for s in figure_spans("到2035年建成教育强国")] == [(1, 6)]


def test_periods_and_time_limits_are_figures_with_their_whole_unit():
    cases = {
        "见习期为三个月": ["三个月"],  # not 三个 (and then 月 taken for a date)
        "公告期不少于七个工作日": ["七个工作日"],
        "复议机关应当自受理之日起六十日内作出决定": ["六十日"],  # a period before 内 is a time limit
        "受到警告处分一年半内不得晋升": ["一年半"],
        "这两年内变化很大": [],
        "全年开展督查4次以上": ["4次以上"],  # a qualifier makes a small count a figure
        "处以违法所得一倍以上五倍以下的罚款": ["一倍以上五倍以下"],  # a range is one answer
        "十八周岁以上的自然人为成年人": ["十八周岁以上"],
        "把八小时之内的管理和八小时之外的管理贯通起来": [],  # an idiom, not an amount
        "召开3次会议": [],
    }
    for sentence, answers in cases.items():
        assert [sentence[a:b] for a, b in figure_spans(sentence)] == answers, sentence


def test_a_figure_in_a_short_list_item_is_asked_after_the_lists_lead(tmp_path):
    text = "兵役登记办法\n第三条　应征公民应当具备下列条件：\n（一）年满十八周岁；\n（二）身体健康。\n"
    facts = study(str(write(tmp_path, "law.txt", text))).facts
    figures = [(f.text, f.answers) for f in facts if f.kind == "figure"]
    assert figures == [("应征公民应当具备下列条件：年满十八周岁", ("十八周岁",))]


def test_a_short_list_is_one_deletion_and_no_deletion_splits_a_word(tmp_path):
    source = write(tmp_path, "report.txt", REPORT)
    out = tmp_path / "notes.json"
    assert CliRunner().invoke(cli, ["build", str(source), "-o", str(out)]).exit_code == 0
    notes = json.loads(out.read_text(encoding="utf-8"))["notes"]
    texts = [n["fields"].get("Text", "") for n in notes]
    # one sentence, one note: the two lists of one sentence are two deletions of one note
    assert any(re.search(r"坚持\{\{c\d::公平、公正、公开\}\}的原则", t) for t in texts), texts
    assert any(re.search(r"\{\{c\d::平安校园、书香校园、智慧校园和绿色校园\}\}", t) for t in texts), texts
    kinds = {n["kind"] for n in notes}
    assert {"judgement", "figure", "outline"} <= kinds
    answers = [a for n in notes for a in n["answers"]]
    assert {"公平", "公平、公正、公开"} & set(answers) and not {"公", "平", "公平、公"} & set(answers)


def test_every_card_of_the_new_kinds_renders_in_anki_and_shows_no_answer_twice(tmp_path):
    source = write(tmp_path, "report.txt", REPORT)
    deck = tmp_path / "deck.apkg"
    assert CliRunner().invoke(cli, ["build", str(source), "-o", str(deck)]).exit_code == 0
    col = open_collection(tmp_path)
    import_apkg(col, deck)
    fronts = [visible_text(q) for _, q, _ in rendered_cards(col)]
    assert fronts and all(f.strip() for f in fronts)
    assert any("[...]" in f and "试用期为" in f for f in fronts)
    col.close()


def test_the_budget_keeps_the_skeleton_and_the_most_important_facts(tmp_path):
    long_report = REPORT + "\n".join(
        f"（{n}）第{n}项措施。推进第{n}批项目建设，完成投资{n}亿元，建设道路、桥梁、管网等设施。" for n in range(3, 40)
    )
    source = write(tmp_path, "long.txt", long_report)
    studied = [study(str(source))]
    everything = select(studied, budget=None)
    some = select(studied, budget=20)
    from studycards.cards import card_count

    kept = [f for item in some.studied for f in item.facts]
    assert some.left_out > 0 and everything.left_out == 0
    skeleton = [f for f in kept if f.kind == "outline"]
    assert skeleton and sum(card_count(f) for f in kept if f.kind != "outline") <= 20
    assert kept[0].kind == "outline"  # most important first: the order notes are created in


def test_guids_do_not_depend_on_the_budget_and_the_summary_says_what_was_left_out(tmp_path):
    source = write(tmp_path, "report.txt", REPORT)
    small, full = tmp_path / "small.json", tmp_path / "full.json"
    result = CliRunner().invoke(cli, ["build", str(source), "-o", str(small), "--budget", "5"])
    assert result.exit_code == 0 and "left out" in result.output and "--all keeps them" in result.output
    assert CliRunner().invoke(cli, ["build", str(source), "-o", str(full), "--all"]).exit_code == 0
    guids = lambda path: {n["guid"]: n["answers"] for n in json.loads(path.read_text(encoding="utf-8"))["notes"]}
    few, every = guids(small), guids(full)
    assert len(few) < len(every) and all(every[g] == answers for g, answers in few.items())
    both = CliRunner().invoke(cli, ["build", str(source), "-o", str(full), "--all", "--budget", "3"])
    assert both.exit_code == 2


SPEECH = """在全县乡村振兴工作会议上的
讲话

同志们：
今天召开这次会议，主要任务是部署今年工作。
一、提高认识
乡村振兴是新时代“三农”工作的总抓手。
二、突出重点
要抓好产业、人才、文化、生态、组织五个振兴。
同志们！
做好今年工作意义重大。让我们以更加饱满的热情，为加快农业农村现代化而努力奋斗！
来源：县委办公室
责任编辑：王五
"""


def test_closing_salutation_title_and_footer(tmp_path):
    from studycards.outline import document_to_dict
    from studycards.parsing import parse
    from studycards.reading import read_source

    source = write(tmp_path, "speech.txt", SPEECH)
    document = parse(read_source(str(source)))
    assert document.title == "在全县乡村振兴工作会议上的讲话"
    article = document.articles[0]
    assert [child.title for child in article.children] == ["提高认识", "突出重点", "结束语"]
    assert "做好今年工作意义重大" in article.children[-1].paragraphs[0].text
    assert "做好今年工作" not in article.children[1].text()
    text = json.dumps(document_to_dict(document), ensure_ascii=False)
    assert "同志们" not in text and "责任编辑" not in text and "来源：" not in text
    out = tmp_path / "notes.json"
    assert CliRunner().invoke(cli, ["build", str(source), "-o", str(out), "--all"]).exit_code == 0
    notes = out.read_text(encoding="utf-8")
    assert "责任编辑" not in notes and "同志们" not in notes


def test_a_section_that_holds_two_lists_gives_two_lists(tmp_path):
    text = """全年工作回顾

一、过去一年的成绩
——经济运行稳中向好。全年增长平稳。
——民生保障有力有效。就业总体稳定。
——生态环境持续改善。空气质量提高。
一年来，我们主要做了以下工作：
一是加大宏观调控力度，推动经济回升。
二是依靠创新引领产业升级，增强新动能。
三是深化改革扩大开放，改善营商环境。
二、今年的任务
加强基础研究。
"""
    source = write(tmp_path, "review.txt", text)
    out = tmp_path / "notes.json"
    assert CliRunner().invoke(cli, ["build", str(source), "-o", str(out)]).exit_code == 0
    fronts = [n["fields"]["Front"] for n in json.loads(out.read_text(encoding="utf-8"))["notes"] if n["model"] == "qa"]
    assert "“过去一年的成绩（——…）”的三个要点是什么？（按顺序）" in fronts
    assert "“过去一年的成绩：一年来，我们主要做了以下工作”的三个要点是什么？（按顺序）" in fronts  # what announces it
    assert not any("六个" in f for f in fronts)


def test_anki_introduces_the_most_important_notes_first(tmp_path):
    long_report = REPORT + "\n".join(
        f"（{n}）第{n}项措施。推进第{n}批项目建设，建设道路、桥梁、管网等设施。" for n in range(3, 30)
    )
    source = write(tmp_path, "long.txt", long_report)
    deck, notes_json = tmp_path / "deck.apkg", tmp_path / "notes.json"
    assert CliRunner().invoke(cli, ["build", str(source), "-o", str(deck), "--budget", "30"]).exit_code == 0
    assert CliRunner().invoke(cli, ["build", str(source), "-o", str(notes_json), "--budget", "30"]).exit_code == 0
    order = [n["guid"] for n in json.loads(notes_json.read_text(encoding="utf-8"))["notes"]]
    col = open_collection(tmp_path)
    import_apkg(col, deck)
    rows = col.db.all("select n.guid, min(c.due) from cards c join notes n on n.id = c.nid group by n.guid")
    queue = [guid for guid, _ in sorted(rows, key=lambda row: row[1])]
    assert queue == order
    col.close()


def test_every_card_says_what_its_answers_are(tmp_path):
    """A chapter title read as a list would be a card of blanks alone; an item of a list says little without
    the list's lead; a list longer than a card opens with the clause that names it."""
    text = (
        "档案管理办法\n第一章　保管、借阅与销毁\n第一条　档案管理人员不得有下列行为：\n（一）损毁、涂改、抽换档案；\n（二）擅自提供。\n"
        "第二条　专业档案分为：文书档案、科技档案、会计档案、人事档案、声像档案、实物档案、电子档案、"
        "照片档案、业务档案、基建档案、设备档案、产品档案、地图档案。\n"
    )
    facts = study(str(write(tmp_path, "rules.txt", text))).facts
    lists = {f.answers: f.text for f in facts if f.kind == "enumeration"}
    assert ("保管", "借阅", "销毁") not in lists  # the chapter title
    # an article's item is asked by the article's list card, not as a fragment of its own (损毁、涂改、抽换档案)
    assert ("损毁", "涂改", "抽换") not in lists
    assert any(f.kind == "outline" and f.answers[0] == "损毁、涂改、抽换档案" for f in facts)
    long = next(text for answers, text in lists.items() if "文书档案" in answers)
    assert long.startswith("专业档案分为：")


def test_a_short_sentence_is_asked_after_what_came_just_before_it(tmp_path):
    """扎实开展“[…]”。 alone tests a guess; after its heading or the sentence before, it tests the document."""
    text = (
        "关于推进生态建设的报告\n一、加强生态保护\n积极推进城乡绿化美化。扎实开展“绿色创建行动”。"
        "提升生态系统多样性、稳定性、持续性，加快推进山水工程建设。\n"
        "二、稳定和扩大就业\n多措并举稳就业促增收。就业是最基本的民生。城镇新增就业5万人以上，零就业家庭动态清零。\n"
    )
    facts = {f.answers: f.text for f in study(str(write(tmp_path, "report.txt", text))).facts}
    assert facts[("绿色创建行动",)] == "积极推进城乡绿化美化。扎实开展“绿色创建行动”。"
    assert facts[("最基本的民生",)] == "多措并举稳就业促增收。就业是最基本的民生。"
    assert facts[("5万人以上",)] == "城镇新增就业5万人以上，零就业家庭动态清零。"  # says enough alone


def test_a_fixed_set_is_asked_whole_never_member_by_member(tmp_path):
    from dataclasses import replace

    from studycards.cards import card_count, is_long_list

    text = (
        "关于全县经济工作的报告\n\n一、总体要求\n"
        "我们要统筹推进乡村道路建设、城镇供水管网改造、县城老旧小区更新和农村电网升级，让群众生活更加方便。\n"
    )
    (own,) = [f for f in study(str(write(tmp_path, "r.txt", text))).facts if is_long_list(f)]
    assert card_count(own) == len(own.answers) + 1  # a list of the document's own: each item after the one before
    # 改革开放考验 → [市场经济考验] (四大考验) teaches nothing a cadre does not know by heart: only the whole list
    fixed = replace(own, answers=("长期执政考验", "改革开放考验", "市场经济考验", "经受外部环境考验"))
    assert card_count(fixed) == 1


def test_a_stock_list_and_a_member_beside_its_fellows_are_never_asked(tmp_path):
    text = (
        "关于全县工作的报告\n\n一、总体要求\n"
        "要坚持把增进民生福祉作为全县各项工作的出发点和落脚点，切实办好群众急难愁盼的十件实事。\n"
        "全县民兵预备役部队革命化、现代化、正规化建设全面加强，圆满完成抢险救灾任务。\n"
        "全县乡村道路、供水管网、老旧小区和农村电网建设全面加强，群众生活更加方便。\n"
    )
    answers = {a for f in study(str(write(tmp_path, "r.txt", text))).facts for a in f.answers}
    assert not {"落脚点", "出发点", "革命化", "现代化", "正规化"} & answers, answers
    assert {"乡村道路", "供水管网"} <= answers  # a list of the document's own is still asked


def test_a_number_whose_thousands_are_grouped_by_a_comma_is_one_figure_in_one_clause():
    from studycards.extract.clauses import window

    sentence = "去年全县产自行车1，250万辆，出口120万辆。"
    assert [sentence[a:b] for a, b in figure_spans(sentence)] == ["1，250万辆", "120万辆"]
    start = sentence.index("120万辆")
    assert window(sentence, [(start, start + 5)], limit=20)[0] == "出口120万辆。"  # never on the half 250万辆，
    assert window(sentence, [(start, start + 5)], limit=30)[0] == sentence


def test_a_reports_figure_names_its_year_or_part_and_what_it_measures(tmp_path):
    from studycards.cards.cloze import cloze_text

    text = (
        "某县政府工作报告\n\n一、2022年工作回顾\n"
        "全县经济稳中有进。2021年全县农民的人均收入，每人平均比上年增加了800元以上，"
        "在粮价下行、养殖业受灾、外出务工人员减少的情况下，增幅仍然居全市前列。"
        "全年新建乡村公路120公里。\n"
        "二、2023年主要任务\n全县新增就业岗位3000个以上。\n"
    )
    facts = {f.answers: f for f in study(str(write(tmp_path, "r.txt", text))).facts if f.kind == "figure"}
    rise = facts[("800元以上",)]
    assert rise.text.startswith("2021年全县农民的人均收入，")  # what the figure measures, and when
    assert facts[("3000个以上",)].period == "2023年主要任务"  # a plan's target, not last year's result
    assert cloze_text(facts[("3000个以上",)]).startswith("【2023年主要任务】全县新增就业岗位")
    assert facts[("120公里",)].period == "2022年工作回顾"  # 全年 says not which year; not 2021 of the sentence before


def test_in_a_report_of_a_year_a_year_up_to_it_is_a_date_and_a_range_is_one_figure(tmp_path):
    text = (
        "1966年某县政府工作报告\n\n一、任务\n"
        "在1966年，全县要争取新修水渠五十公里，到1970年实现灌溉面积翻一番。"
        "全县计划新增粮食产量700万到800万斤。\n"
    )
    answers = {a for f in study(str(write(tmp_path, "r.txt", text))).facts for a in f.answers}
    assert "1966年" not in answers  # the report's own year: a date, not a target
    assert "1970年" in answers
    assert "800万斤" not in answers  # the other end of a range is no figure alone
    assert [text[a:b] for a, b in figure_spans(text)][-1] == "700万到800万斤"


def test_a_clause_that_opens_on_a_comparison_needs_the_subject_before_it():
    from studycards.extract.clauses import opens_without_subject

    assert opens_without_subject("比上年增长百分之十")
    assert not opens_without_subject("比较优势明显")


def test_a_list_of_three_long_members_is_asked_in_its_sentence_not_one_after_another(tmp_path):
    from studycards.cards import card_count, is_long_list

    text = (
        "关于全县工作的报告\n\n一、总体要求\n"
        "我们要在维护群众切身利益、改善乡村人居环境、提高基层治理水平的工作中，取得新的进展。\n"
    )
    (own,) = [f for f in study(str(write(tmp_path, "r.txt", text))).facts if is_long_list(f)]
    assert len(own.answers) == 3 and card_count(own) == 1


def test_a_reports_figure_whose_clauses_name_nothing_it_measures_takes_the_sentence_before(tmp_path):
    text = (
        "某县政府工作报告\n\n一、2022年工作回顾\n"
        "全县农民的人均纯收入稳步提高，增幅居全市前列。在三年中间，提高了将近25%。\n"
    )
    facts = {f.answers: f for f in study(str(write(tmp_path, "r.txt", text))).facts if f.kind == "figure"}
    assert facts[("25%",)].text.startswith("全县农民的人均纯收入稳步提高")


def test_two_sentences_that_show_the_same_front_make_one_note(tmp_path):
    """人民警察实行[…]。 asked twice, with two answers, cannot be told apart: neither is asked (a blank whose
    sentence another fills otherwise has two answers, studycards.ambiguity), and no front is shown twice."""
    law = (
        "示例警衔条例\n\n第一章　总则\n\n第一条　为了加强示例队伍建设，制定本条例。\n\n"
        "第二条　示例人员实行警衔制度。\n\n第三条　示例人员警衔分为五等。\n\n"
        "第二章　警衔等级\n\n第四条　示例人员实行职务等级编制警衔。\n\n第五条　警衔高的为上级。\n"
    )
    source = write(tmp_path, "示例警衔条例.txt", law)
    facts = select([study(source)], None).studied[0].facts
    fronts = [hidden(fact.text, fact.spans) for fact in facts if fact.spans]
    assert "示例人员实行[…]。" not in fronts and len(fronts) == len(set(fronts)), fronts


def hidden(text, spans):
    for start, end in reversed(spans):
        text = text[:start] + "[…]" + text[end:]
    return text


def test_the_sentence_that_names_the_document_is_not_asked(tmp_path):
    """我受国务院的委托，向大会作关于…的报告: a blank in it hides the title's own words, or 大会."""
    from studycards.facts import ALL_KINDS

    title = "关于一九八〇年到一九九〇年全国农田水利建设纲要的执行情况和争取提前完成这个纲要的报告"
    body = (
        f"各位代表：\n\n我受国务院的委托，向大会作{title}。\n\n一、纲要执行的情况\n\n"
        "三年来，各地新建水库一千二百座，灌溉面积增加到八亿亩。\n\n二、今后的任务\n\n"
        "要坚持以蓄为主、小型为主、社办为主的方针，积极发展农田水利。\n"
    )
    studied = study(write(tmp_path, "report.txt", body), kinds=ALL_KINDS)
    assert studied.document.title == title
    asked = [fact for fact in studied.facts if fact.kind != "outline"]
    assert asked and not [fact.text for fact in asked if title in fact.text]
