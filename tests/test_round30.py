"""What the thirtieth session asked of lists and cues, from a blind reading of four checking-half documents (the 2010
and 2011 reports, 消防救援衔条例, 海商法): a list never takes what is said of it (按照[管理指挥人员、专业技术人员和消防员
分别设置]), nor opens right after a word that joins it to the words before (乡镇和[区域性农机推广、…]: "splits 乡镇和
区域性 from its list"); a first member keeps its act where its fellows are acts of its length (促进科技资源优化[配置、
开放共享和高效利用]: "breaks 优化配置") and the example its kind follows (深圳等[经济特区、…]); a report's card shows
enough to say what it asks (抓好[…]工作。: "no cue"); a law's item under a lead that lists it shows that lead (…应当增加
下列数额：|[501吨至3000吨]的部分…: "no context on which limit"); a key term is no one member of a list."""

from __future__ import annotations

import pytest
from ankicol import studied_deck_fronts

from studycards.extract.enumerations import _enumerations
from studycards.segment import segmenter


def members(sentence: str) -> list[list[str]]:
    return [[sentence[a:b] for a, b in spans] for spans in _enumerations(sentence, segmenter())]


@pytest.mark.parametrize(
    "sentence, listed",
    [  # what is said of the list, respectively or each, is no member's
        ("奖金按照基本工资、绩效工资和岗位津贴分别计算。", ["基本工资", "绩效工资", "岗位津贴"]),
        ("科研经费按照基础研究、应用研究和试验发展各自核算。", ["基础研究", "应用研究", "试验发展"]),
    ],
)
def test_a_list_ends_where_what_is_said_of_it_begins(sentence, listed):
    assert members(sentence) == [listed]


def test_what_is_said_of_a_list_begins_on_a_word_of_its_own():
    assert members("九年间国民生产总值、国家财政收入和城乡居民平均收入都有较大增长。") == []  # not 平|均收入


@pytest.mark.parametrize(
    "sentence",
    [  # the first member is joined to the words before: the true first member is there, or a shared qualifier
        "我们愿意在互相尊重主权和领土完整、互不侵犯、互不干涉内政、平等互利、和平共处五项原则的基础上发展关系。",
        "针对工程建设、土地使用权出让和矿产资源开发、国有产权交易、政府采购等领域，开展专项治理。",
        "坚持在能源和原材料供应、运输条件、投资分配上给予优先保证。",
        "引导社会资本进入基础产业和基础设施、市政公用事业、社会事业等领域。",
        # 与 after a verb joins two acts
        "抓紧制订与完善保障改革开放、加强宏观经济管理、规范微观经济行为的法律和法规。",
    ],
)
def test_a_list_opening_right_after_a_joining_word_is_no_card(sentence):
    assert members(sentence) == []


@pytest.mark.parametrize(
    "sentence, first",
    [  # 与 after a noun is a preposition: the list after it is whole
        ("引导连锁超市与农产品批发市场、专业合作社、家庭农场对接。", "农产品批发市场"),
        # qualities of the noun after 的: the word before the list joins two noun phrases
        ("建立科学精准的指标评价体系和层级清晰、职责明晰、准确客观的数据采集机制。", "层级清晰"),
        # with whom (a pronoun before 和); a list after a list its 等 closes
        ("我们和朝鲜、罗马尼亚、南斯拉夫的关系继续发展。", "朝鲜"),
        ("在气候、雨量、地形等自然条件和肥料、水利、劳动力、畜力等生产条件方面。", "肥料"),
    ],
)
def test_a_list_after_a_preposition_or_of_qualities_stays(sentence, first):
    found = members(sentence)
    assert found and found[0][0] == first, found


def test_a_verb_that_holds_a_joining_character_is_no_joining_word():
    sentence = "我国对领海的主权及于领海上空、领海的海床及底土。"  # 及于: a verb
    assert members(sentence) and members(sentence)[0][0] == "领海上空"


@pytest.mark.parametrize(
    "sentence, first",
    [  # acts of one length: the first keeps its own verb
        ("推动数据资源优化配置、开放共享和安全利用。", "优化配置"),
        # the example its kind follows is the first member's
        ("发挥广州等中心城市、珠海横琴新区、广州南沙新区在改革中的示范作用。", "广州等中心城市"),
        ("推广应用沼气等生物质能源、户用太阳能、小型风能。", "沼气等生物质能源"),
        ("推动中央企业等国有企业、民营企业、外资企业加快转型。", "中央企业等国有企业"),
        # fellows that hold no act (a verbal noun names a thing): the verb before is said of them all
        ("重点支持科技创新、新型基础设施、节能减排降碳。", "科技创新"),
        ("优先保障教育投入、公共卫生服务、养老托育服务。", "教育投入"),
    ],
)
def test_a_first_member_keeps_its_act_and_its_example(sentence, first):
    found = members(sentence)
    assert found and found[0][0] == first, found


def test_a_key_term_is_no_one_member_of_a_list():
    from studycards.extract.keyterms import Repeats, key_term
    from studycards.facts import normalise

    for sentence, member in [
        ("公益林由国务院和省、自治区、直辖市人民政府划定并公布。", "直辖市人民政府"),
        ("国务院有关部门和边境省、自治区人民政府依照有关规定，可以建设边境设施。", "自治区人民政府"),
    ]:
        span = key_term(sentence, segmenter(), Repeats(normalise(sentence * 3)))
        assert span is None or sentence[span[0] : span[1]] != member


REPORT = (
    "关于政府工作的报告\n\n一、过去一年的工作\n\n"
    "今年，新增就业1102万人。\n\n"
    "二、今年的任务\n\n"
    "三要积极发展循环经济和节能环保产业。支持循环经济技术研发、示范推广和能力建设。抓好节能、节水、节地、节材工作。\n\n"
    "要加快发展职业教育、成人教育和高等教育，提高劳动者素质。\n"
)


def test_a_reports_card_shows_enough_to_say_what_it_asks(tmp_path):
    studied, fronts = studied_deck_fronts(tmp_path, "report.txt", REPORT)
    assert any("节材" in fact.answers for fact in studied.facts)  # found, then left out of the deck
    assert not any(front.startswith("抓好[...]") for front in fronts), fronts
    assert any("新增就业[...]" in front for front in fronts), fronts
    assert any(front.startswith("要加快发展[...]") for front in fronts), fronts


def test_without_bare_blanks_keeps_what_shows_enough():
    from studycards.facts import Fact, Origin
    from studycards.ranking import without_bare_blanks

    origin = Origin("报告", "r", "", (), 1, "")
    bare = Fact("enumeration", "抓好节能、节水工作。", ("节能、节水",), origin, spans=((2, 7),), whole=True)
    assert without_bare_blanks(bare) is None
    told = Fact("judgement", "解决好农业农村农民问题是全党工作的重中之重。", ("重中之重",), origin, spans=((17, 21),))
    assert without_bare_blanks(told) is told
    maxim = Fact("maxim", "团结就是大局，团结就是力量", ("团结就是力量",), origin, spans=((7, 13),))
    assert without_bare_blanks(maxim) is maxim  # its first half is its cue
    figure = Fact("figure", "新增就业1102万人。", ("1102万人",), origin, spans=((4, 10),))
    assert without_bare_blanks(figure) is figure  # it names what it measures
    named = Fact("formulation", "加快推进“青苗护航计划”。", ("青苗护航计划",), origin, spans=((5, 11),))
    assert without_bare_blanks(named) is named  # a name the report quotes
    plain = Fact("formulation", "加快推进青苗护航计划。", ("青苗护航计划",), origin, spans=((4, 10),))
    assert without_bare_blanks(plain) is None


LAW = (
    "中华人民共和国船舶赔偿示范法\n\n"
    "第一条　为了规范船舶赔偿，制定本法。\n\n"
    "第二条　海事赔偿责任限额，依照下列规定计算：\n"
    "（一）关于人身伤亡的赔偿请求：\n"
    "1.总吨位三百吨至五百吨的船舶，赔偿限额为三十三万三千计算单位；\n"
    "2.总吨位超过五百吨的船舶，五百吨以上的部分，应当增加下列数额：\n"
    "五百零一吨至三千吨的部分，每吨增加五百计算单位；\n"
    "三千零一吨至三万吨的部分，每吨增加三百三十三计算单位；\n"
    "（二）关于非人身伤亡的赔偿请求，依照本条第（一）项的规定计算。\n"
)


def test_a_laws_figure_in_an_item_it_lists_shows_the_lead(tmp_path):
    """Every paragraph under a heading that lists them (…应当增加下列数额：) shows it, in the deck Anki imports."""
    _, fronts = studied_deck_fronts(tmp_path, "law.txt", LAW)
    for band in ("[...]的部分，每吨增加五百计算单位", "[...]的部分，每吨增加三百三十三计算单位"):
        shown = [front for front in fronts if band in front]
        assert shown and all("（一）关于人身伤亡的赔偿请求 › " in front for front in shown), fronts
        assert all("应当增加下列数额" in front for front in shown), fronts


@pytest.mark.parametrize("after", ["胜任本职工作", "熟悉相关法律法规", "适应岗位要求", "满足安全条件", "了解有关情况"])
def test_a_duty_of_capacity_is_never_made_a_power(after):
    """可以胜任本职工作 reads as "is able to": a quiz reader called that false 判断 bad."""
    from studycards.quiz.questions import CONFORM

    assert CONFORM.match(after)
    assert not CONFORM.match("加强消防救援队伍建设")


def test_a_last_member_ends_at_the_deng_that_closes_it():
    """单位产品工资|含量等 (r2's readers: "the cut is wrong"): no list cut short of its 等; a cut inside a word is
    widened to the word later (供燃|气等), so that list stays."""
    assert members("分别采取计时加奖励、计件工资、浮动工资、单位产品工资含量等不同的分配形式。") == []
    assert members("行政机关不得对居民生活采取停止供水、供电、供热、供燃气等方式迫使当事人履行。")
