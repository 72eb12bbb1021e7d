"""What the twenty-fifth session asked of report decks: no card hides a row of five examples or more that the report
states without 等 (各级政府加大对[科学、教育、文化、卫生、体育事业]的投入: readers kept 4 of 30 such cards), nor a list
its card opens with, the sentence saying something of it ([铁路、公路、水运、民航和邮政部门]完成了…: kept 3 of 14).
A set the report words alike, and a list the sentence says what it is, stay cards. What follows 进入 is asked only
where it is an era, and not the new stage every report enters (企业都进入[市场], 对外开放进入[新的阶段]: kept 9 of 40).
An outline list of five points or more is asked one point after another, not also whole (…的六个要点是什么？: kept
0 of 12)."""

from __future__ import annotations

import pytest
from ankicol import package_fronts
from conftest import write
from test_quiz_family import fact

from studycards.cards import make_notes
from studycards.extract.definitions import definition_spans
from studycards.extract.enumerations import extract_enumerations
from studycards.extract.report_lists import formulated, learnt_whole, members_of, opens_the_card, too_much_at_once
from studycards.outline import Line, Source
from studycards.parsing import parse
from studycards.pipeline import study
from studycards.ranking import select
from studycards.segment import segmenter

REPORT = """关于政府工作的报告

一、过去一年的工作

各级政府加大对科学、教育、文化、卫生、体育事业的投入。

要扎实推进去产能、去库存、去杠杆、降成本、补短板，推动经济结构优化。

积极促进资金市场、技术市场、信息市场、房地产市场和劳务市场的健康发展。

铁路、公路、内河航运、民航和邮政部门完成了全年的运输任务。

科技、教育和人才，是国家强盛和民族复兴的基石。

二、今年的主要任务

要加快发展职业教育、成人教育和高等教育。

电力、钢铁和有色金属的生产能力都有提高。
"""


def report_fronts(tmp_path) -> tuple[list, list[str]]:
    studied = study(write(tmp_path, "report.txt", REPORT))
    return studied.facts, package_fronts(make_notes(select([studied]).studied), tmp_path)


def test_a_row_of_five_examples_stated_without_deng_is_no_card(tmp_path):
    facts, fronts = report_fronts(tmp_path)
    assert any("体育事业" in "".join(fact.answers) for fact in facts)  # the list is found, then left out of the deck
    assert fronts
    assert not any("加大对[...]的投入" in front for front in fronts), fronts
    assert any("扎实推进[...]，" in front for front in fronts), fronts  # members all three characters: a worded set
    assert any("促进[...]的健康发展" in front for front in fronts), fronts  # built alike (…市场), the last join aside


def test_a_list_the_card_opens_with_is_no_card_unless_the_sentence_says_what_it_is(tmp_path):
    facts, fronts = report_fronts(tmp_path)
    assert any("邮政" in fact.answers for fact in facts)
    assert any("有色金属" in fact.answers for fact in facts)
    assert not any(front.startswith("[...]") and "运输任务" in front for front in fronts), fronts
    assert not any(front.startswith("[...]的生产能力") for front in fronts), fronts
    assert any(front.startswith("[...]，是国家强盛") for front in fronts), fronts  # says what the list is


def test_members_are_counted_with_the_last_join():
    assert members_of("工人、农民、知识分子、解放军和各界人士") == ["工人", "农民", "知识分子", "解放军", "各界人士"]
    assert members_of("和平共处") == ["和平共处"]  # 和 opening a word is no join
    assert members_of("团结、互助、和谐") == ["团结", "互助", "和谐"]


def test_a_set_worded_alike_is_learnt_whole():
    text = "推进去产能、去库存、去杠杆、降成本、补短板。"
    assert learnt_whole(text, 2, text.index("。"))  # all three characters
    text = "加大对科学、教育、文化、卫生、体育事业的投入。"
    assert not learnt_whole(text, 3, text.index("的投入"))  # mixed lengths, nothing shared
    text = "发挥财政、税务、物价、银行、审计的作用。"
    assert not learnt_whole(text, 2, text.index("的作用"))  # two characters each: a row of sectors, unless named
    text = "建设富强、民主、文明、和谐、美丽的现代化强国。"
    assert learnt_whole(text, 2, text.index("的现代化"))  # what it qualifies names it


def test_a_set_is_read_both_with_and_without_its_last_join():
    text = "实行政事分开、管办分开、医药分开、营利性和非营利性分开。"
    assert learnt_whole(text, 2, text.index("。"))  # built alike as the marks part it (…分开), not as 和 does


def test_a_list_opening_its_card_is_told_by_what_the_sentence_says_of_it():
    members = ["电力", "钢铁", "有色金属"]
    assert opens_the_card(fact("enumeration", "电力、钢铁、有色金属的生产能力都有提高。", members))
    assert opens_the_card(fact("enumeration", "【2010年】电力、钢铁和有色金属都有增长。", members))
    assert not opens_the_card(fact("enumeration", "电力、钢铁、有色金属，是工业的基础。", members))
    assert not opens_the_card(fact("enumeration", "电力、钢铁、有色金属都是工业的基础。", members))
    assert not opens_the_card(fact("enumeration", "要发展电力、钢铁、有色金属工业。", members))
    assert not opens_the_card(fact("formulation", "电力、钢铁、有色金属的生产能力都有提高。", members))
    assert opens_the_card(
        fact("enumeration", "教育、科学、文化事业有了新的发展。", ["教育", "科学", "文化"])
    )  # sectors
    worded = ["要和平", "求合作", "促发展"]
    assert not opens_the_card(fact("enumeration", "要和平、求合作、促发展已经成为时代的主流。", worded))


@pytest.mark.parametrize(
    "sentence,asked",
    [
        ("我国经济发展进入新常态。", ["新常态"]),
        ("中国特色社会主义进入了新时代。", ["新时代"]),
        ("革命胜利后，我国就进入了社会主义革命时期。", ["社会主义革命时期"]),
        ("全国人大常委会决定该省进入紧急状态。", ["紧急状态"]),
        ("乡村振兴进入了全面推进的新阶段。", ["全面推进的新阶段"]),
        ("外国籍渔业船舶不得进入中华人民共和国港口。", []),  # a place one enters
        ("国有企业和集体企业都进入市场。", []),
        ("对外开放进入新的阶段。", []),  # the new stage every report enters
        ("当前农业进入了一个新的发展阶段。", []),
    ],
)
def test_what_is_entered_is_asked_only_when_it_is_an_era(sentence, asked):
    assert [sentence[start:end] for start, end in definition_spans(sentence)] == asked


@pytest.mark.parametrize(
    "text,words",
    [
        ("建设富强、民主、文明、和谐、美丽的现代化强国。", "富强、民主、文明、和谐、美丽"),  # all as long
        ("坚持创新、协调、绿色、开放、共享的发展理念。", "创新、协调、绿色、开放、共享"),
        (
            "实行鼓励兼并、规范破产、下岗分流、减员增效和再就业工程，",
            "鼓励兼并、规范破产、下岗分流、减员增效和再就业工程",
        ),
        (
            "互相尊重領土主權、互不侵犯、互不干涉內政、平等互利和和平共處的五項原則。",
            "領土主權、互不侵犯、互不干涉內政、平等互利和和平共處",
        ),
        (
            "要维护社会稳定、保障改善民生、促进公平正义、推动构建和谐社会。",
            "维护社会稳定、保障改善民生、促进公平正义、推动构建和谐社会",
        ),
    ],
)
def test_a_set_the_report_words_alike_is_never_too_much_at_once(text, words):
    start = text.index(words)
    assert not too_much_at_once(text, (start, start + len(words)))


def test_a_join_inside_a_word_parts_no_members():
    assert members_of("维护社会稳定、推动构建和谐社会") == ["维护社会稳定", "推动构建和谐社会"]
    assert members_of("国家机关、中华人民共和国") == ["国家机关", "中华人民共和国"]
    assert members_of("政事分开、营利性和非营利性分开") == ["政事分开", "营利性", "非营利性分开"]
    assert members_of("互不侵犯、平等互利和和平共处") == ["互不侵犯", "平等互利", "和平共处"]  # not the 和 of 和平
    assert members_of("工人、农民和知识分子以及各界人士")[-1] == "各界人士"  # the last join


@pytest.mark.parametrize(
    "sentence,asked",
    [
        ("全国人大常委会决定该省进入紧急状态时，国务院依法发布命令。", ["紧急状态"]),
        ("人民生活由温饱进入小康。", ["小康"]),
        ("我国进入了新发展阶段。", ["新发展阶段"]),  # a named stage, not any new one
        ("我国进入了新时期。", []),
    ],
)
def test_what_is_entered_runs_to_its_word_and_names_a_stage(sentence, asked):
    assert [sentence[start:end] for start, end in definition_spans(sentence)] == asked


def test_a_count_after_a_de_names_the_set():
    text = "互相尊重領土主權、互不侵犯、互不干涉內政、平等互利、和平共處的五項原則。"
    words = "領土主權、互不侵犯、互不干涉內政、平等互利、和平共處"
    start = text.index(words)
    assert formulated(text, start, start + len(words), words.split("、"))
    assert not too_much_at_once(text, (start, start + len(words)))


def test_a_short_list_is_no_set_for_two_members_alike():
    text = "科研机构、高等学校与企业之间的联合有了新的发展。"
    assert not learnt_whole(text, 0, text.index("之间"))  # the run-on set needs five members or more


OUTLINE = """关于政府工作的报告

一、今年的主要任务

（一）稳定经济增长。今年要保持经济运行在合理区间。

（二）深化体制改革。要加快重点领域改革。

（三）调整产业结构。要推动制造业转型升级。

（四）改善人民生活。要多渠道增加居民收入。

（五）防范金融风险。要守住不发生系统性风险的底线。

二、政府自身建设

（一）依法行政。要严格规范公正文明执法。

（二）廉洁从政。要坚决惩治腐败。

（三）勤勉尽责。要提高办事效率。

（四）改进作风。要深入基层调查研究。
"""


def test_five_points_are_asked_one_after_another_not_also_whole(tmp_path):
    studied = study(write(tmp_path, "outline.txt", OUTLINE))
    fronts = package_fronts(make_notes(select([studied]).studied), tmp_path)
    assert "“今年的主要任务”（一）[...] → …" in fronts, fronts  # the chain asks each point
    assert "“今年的主要任务”（四）改善人民生活 → （五）[...]" in fronts, fronts
    assert not any("“今年的主要任务”的五个要点是什么" in front for front in fronts), fronts
    assert any("“政府自身建设”的四个要点是什么" in front for front in fronts), fronts  # four short points: whole too


def test_a_set_that_runs_on_ends_its_clause_and_a_named_one_may_open_the_card():
    text = "支持他们维护民族独立、捍卫国家主权、发展民族经济、保护民族资源、争取建立新的国际经济秩序。"
    words = "维护民族独立、捍卫国家主权、发展民族经济、保护民族资源、争取建立新"
    start = text.index(words)
    assert too_much_at_once(text, (start, start + len(words)))  # a last member cut short is no set
    text = "逐步建立门类齐全、布局合理、各有特点、协调发展、具有现代化手段的研究体系。"
    words = "门类齐全、布局合理、各有特点、协调发展、具有现代化"
    start = text.index(words)
    assert too_much_at_once(text, (start, start + len(words)))  # nor one that runs on into the word after it
    members = ["创新", "协调", "绿色", "开放", "共享"]
    assert not opens_the_card(
        fact("enumeration", "创新、协调、绿色、开放、共享的发展理念，集中反映了我们的认识。", members)
    )


@pytest.mark.parametrize(
    "sentence,members",
    [
        ("文艺工作要坚持贴近实际、贴近生活、贴近群众，把社会效益放在首位。", ("贴近实际", "贴近生活", "贴近群众")),
        ("要推广新技术、新工艺、新材料的广泛应用。", ("新技术", "新工艺", "新材料")),
        ("要加强农业、工业、商业的协调发展。", ("农业", "工业", "商业")),  # nothing shared: as it was
    ],
)
def test_a_first_member_opens_on_what_its_fellows_open_with(sentence, members):
    document = parse(Source("x", [Line(1, "关于工作的报告"), Line(2, sentence)], "x.txt"))
    assert [fact.answers for fact in extract_enumerations(document, segmenter())] == [members]
