"""What blind readers dropped or marked bad in round 12's held-out draw, on text made up for these tests: a rule's
case cut from its sentence, a figure cut before the rule it is a condition of, a gloss that spells the answer, a
part's title as a stem, a 多选 option that rewords the part's own title. Cards are imported into a real Anki
collection."""

from __future__ import annotations

from ankicol import package_fronts
from conftest import write
from studycards.cards import make_notes
from studycards.extract.giveaway import gives_away
from studycards.facts import Fact, Origin, normalise
from studycards.pipeline import Studied, study
from studycards.quiz.distractors import rewords_title
from studycards.quiz.frames import frame_of
from studycards.segment import segmenter

LAW = """中华人民共和国代表选举法

第一章 总则

第一条 为了规范代表的选举，根据宪法，制定本法。

第二章 代表名额

第十二条 地方各级人民代表大会的代表名额，按照下列规定确定：
（一）省、自治区、直辖市的代表名额基数为三百五十名，每十五万人可以增加一名代表；人口超过二千万的，代表总名额不得超过一千名；
（二）设区的市、自治州的代表名额基数为二百四十名，每二万五千人可以增加一名代表；人口超过一千万的，代表总名额不得超过六百五十名。

第三章 罢免

第二十条 对于县级的人民代表大会代表，原选区选民五十人以上联名，对于乡级的人民代表大会代表，原选区选民三十人以上联名，可以向县级的人民代表大会常务委员会书面提出罢免要求。

第二十一条 罢免要求应当写明罢免理由。被提出罢免的代表有权在选民会议上提出申辩意见。
"""


def law(tmp_path):
    return study(str(write(tmp_path, "选举法.txt", LAW)), kinds=("figure", "norm", "provision"))


APPEAL = """中华人民共和国申诉法

第一条 为了规范申诉，制定本法。

第二条 受理申诉的机关应当自受理之日起六十日内作出处理决定；案情复杂的，可以适当延长，但是延长时间不得超过三十日。
"""


def test_a_case_cut_after_its_semicolon_shows_the_rule_it_is_a_case_of(tmp_path):
    studied = study(str(write(tmp_path, "申诉法.txt", APPEAL)))
    cases = [fact for fact in studied.facts if "三十日" in fact.answers]
    assert cases
    assert all(fact.text.startswith("受理申诉的机关") for fact in cases)  # whose time limit may be extended
    fronts = package_fronts(make_notes([Studied(studied.document, cases)]), tmp_path)
    extended = [front for front in fronts if "案情复杂的" in front]
    assert extended and all("受理申诉的机关" in front for front in extended)


def test_a_figure_that_is_a_rules_condition_keeps_the_rule(tmp_path):
    figures = [fact for fact in law(tmp_path).facts if fact.kind == "figure" and "联名" in fact.text]
    assert {answer for fact in figures for answer in fact.answers} >= {"五十人以上", "三十人以上"}
    assert all(fact.text.rstrip("。").endswith("书面提出罢免要求") for fact in figures)


def test_a_gloss_that_spells_the_answer_gives_it_away():
    seg = segmenter()
    assert gives_away("重点搞好“□”（即：淮河海河辽河、太湖巢湖滇池）等流域污染防治。", "三河三湖", seg)
    assert not gives_away("重点搞好“□”等流域污染防治，（三）加强监管。", "三河三湖", seg)


def origin(trail, paragraph):
    return Origin(trail[0], "d", trail[0], trail, 5, paragraph)


def test_a_parts_title_is_no_stem():
    trail = ("2006年政府工作报告", "（二）“十五”期间国民经济和社会发展主要情况")
    text = "“十五”期间国民经济和社会发展主要情况"
    title = Fact("formulation", text, ("十五",), origin(trail, text), spans=((1, 3),))
    assert frame_of(title) is None
    said = "“十五”期间国民经济持续快速发展，综合国力大幅提升。"
    stated = Fact("formulation", said, ("十五",), origin(trail, said), spans=((1, 3),))
    assert frame_of(stated) is not None


def test_an_option_that_rewords_the_title_of_the_part_asked_is_no_wrong_option():
    title = normalise("（四）继续推动区域协调发展")
    assert rewords_title(normalise("促进区域协调发展"), title)
    assert not rewords_title(normalise("加快产业结构调整"), title)
    assert not rewords_title(normalise("推动产业升级"), title)  # one word in common is no rewording


def test_a_sentence_a_broken_line_cut_inside_a_title_makes_no_card(tmp_path):
    report = """政府工作报告

一、关于规划纲要的说明

纲要（草案）》对“十一五”时期的经济建设、社会发展、改革开放等方面，都作了全面部署。

《纲要（草案）》对“十二五”时期的科技创新、教育发展、文化建设等方面，都作了全面部署。

毛主席指出：“文艺是革命的武器。

没有小说，没有诗歌。”
"""
    studied = study(str(write(tmp_path, "report.txt", report)))
    texts = [fact.text for fact in studied.facts if fact.spans]
    assert not any(text.startswith("纲要（草案）》") for text in texts)
    assert not any("没有诗歌" in text for text in texts)  # the end of a quotation: whose words?
    assert any("十二五" in text for text in texts)  # the whole sentence beside it is asked


def test_a_share_the_others_reckon_is_not_asked(tmp_path):
    report = """政府工作报告

一、形势

在全国总人口中，赞成社会主义的是百分之九十，不赞成或者反对社会主义的是百分之十。

实行管制的占32%，其中已经解除了管制的占22.9%，现在仍管制的占9.1%。

两年铁路的货物周转量增长百分之五十五，旅客周转量增长百分之四十五。
"""
    figures = [fact for fact in study(str(write(tmp_path, "report.txt", report))).facts if fact.kind == "figure"]
    asked = {answer for fact in figures for answer in fact.answers}
    assert not asked & {"百分之九十", "百分之十", "22.9%", "9.1%"}  # a hundred's rest, a part the whole less the other
    assert "32%" in asked  # the whole is what the sentence is about
    assert {"百分之五十五", "百分之四十五"} <= asked  # growth rates that add up to a hundred by chance


def test_what_funds_are_used_for_keeps_which_funds(tmp_path):
    report = """政府工作报告

一、财政政策

今年要继续实施稳健的财政政策。拟发行长期建设国债600亿元，比上年减少200亿元。长期建设国债资金和预算内投资，主要用于农林水利、科教文卫、生态建设、环境保护和西部开发等方面，保证重点续建项目，适当开工建设关系发展全局的重大项目。
"""
    uses = [fact for fact in study(str(write(tmp_path, "report.txt", report))).facts if "农林水利" in fact.answers]
    assert uses and all("长期建设国债资金和预算内投资" in fact.text for fact in uses)


def test_a_view_of_a_rules_condition_goes_on_to_the_rule():
    text = (
        "在本级人民代表大会闭会期间，县级以上的地方各级人民代表大会常务委员会主任会议或者常务委员会组成人员中的"
        "代表五分之一以上组成人员联名，经过认真调查研究并听取有关方面的意见以后，在规定的期限以内，"
        "可以向常务委员会提出对由该级人民代表大会选出的上一级人民代表大会代表的罢免案。"
    )
    trail = ("中华人民共和国代表选举法", "第五十条")
    fact = Fact(
        "figure",
        text,
        ("五分之一以上",),
        origin(trail, text),
        spans=((text.index("五分之一以上"), text.index("五分之一以上") + 6),),
    )
    frame = frame_of(fact)
    assert frame is not None
    assert "可以向常务委员会提出" in frame.view([0]).text  # what the signatures are for


def test_a_count_its_whole_and_other_part_reckon_is_not_asked(tmp_path):
    report = """政府工作报告

一、基本建设

电力工业部有一百零一个建设项目，地方有十八个建设项目，共计一百一十九个。在这一百一十九个项目中，电站有一百个，其中火力电站是七十六个，水电站是二十四个。
"""
    facts = study(str(write(tmp_path, "report.txt", report))).facts
    asked = {answer for fact in facts for answer in fact.answers}
    assert "二十四个" not in asked  # 一百 less 七十六
