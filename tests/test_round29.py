"""What the twenty-ninth session asked of lists and outlines, from a blind reading of four checking-half documents: a
list's first member keeps the verb or qualifier its fellows each hold (做到讲|真话、办实事、求实效 was asked with 真话
alone; both readers dropped it as "the cut breaks 讲真话"), never takes in a verb jieba calls a noun (依法保护和合理
利用|土地、矿产… was asked as 利用土地: "breaks 合理利用"), and names built alike keep their first character
(发挥进|博会、广交会…); a numbered point whose first clause only says by what it is done is its whole sentence
(一是按照…的原则，抓紧完善…: "hides only the opening phrase, not the point"); a title a name is given ends at its 》; a report's list of everyone of a kind
(所有[机关、企业、事业单位]) is no card."""

from __future__ import annotations

import pytest
from ankicol import studied_deck_fronts

from studycards.extract.enumerations import _enumerations
from studycards.parsing.titles import split_title
from studycards.segment import segmenter


def members(sentence: str) -> list[list[str]]:
    return [[sentence[a:b] for a, b in spans] for spans in _enumerations(sentence, segmenter())]


@pytest.mark.parametrize(
    "sentence, first",
    [  # the fellows each open with a verb or a qualifier as long as the word before the first member
        ("坚决纠正强迫命令的恶劣作风，做到讲真话、办实事、求实效。", "讲真话"),
        ("讴歌积极开拓、艰苦创业、无私奉献的先进人物。", "积极开拓"),
        ("发挥文化引领风尚、教育人民、服务社会、推动发展的作用。", "引领风尚"),
        # 研发, an abbreviation, is of no kind
        ("支持企业培育自主品牌、营销网络和研发中心，引导加工贸易转型。", "自主品牌"),
        # after 的, the word before the first member opens a noun phrase: no verb's object
        ("主要用于科技成果转化的引导资金、贷款贴息、补助资金和风险投资。", "引导资金"),
        ("应当具备拟任职务所要求的任职经历、文化程度、院校培训。", "任职经历"),
        # names built alike, the first one character short
        ("发挥进博会、广交会、服贸会、消博会等重要展会平台作用。", "进博会"),
        # a fellow opens with a word of another kind: the word before is said of them all
        ("重点支持科技创新、新型基础设施、节能减排降碳等领域。", "科技创新"),
        ("为患者和高危人群提供诊疗、早期干预、随访管理和健康教育等服务。", "诊疗"),
        # fellows that are acts with no object: the verb is said of them all
        ("应当加强宣传、教育培训、监督检查工作。", "宣传"),
        # a verb joined to one before it shares the list with it
        ("坚决支持他们争取和维护民族独立、捍卫国家主权、发展民族经济。", "民族独立"),
        # names built alike whose first is a word: the character before is a verb of them all
        ("要在农村建医院、卫生院、敬老院。", "医院"),
        # a preposition frames the list, an adverb after a verb is the first member's
        (
            "乡、民族乡、镇的人民政府，应当根据县、自治县、不设区的市、市辖区人民政府兵役机关的安排，负责组织兵役登记。",
            "县",
        ),
        ("对退出现役的军士，国家采取逐月领取退役金、自主就业、安排工作、退休、供养等方式妥善安置。", "逐月领取退役金"),
        # a word fellows that are acts show to be a verb; an adverb after a modal word says how all are done
        ("着力打通“最后一公里”，坚决除烦苛之弊、施公平之策、开便利之门。", "除烦苛之弊"),
        ("任何单位和个人不得私自开拆、隐匿、毁弃他人邮件。", "开拆"),
        # a copula, a qualifier and a name of one character are no part of a first member
        ("我们面对的是改革进入攻坚期、利益关系深刻调整、影响社会稳定因素增多的复杂局面。", "改革进入攻坚期"),
        ("约定相关待遇、服务年限、违约责任。", "待遇"),
        ("报国务院批准省、自治区、直辖市人民政府的规章。", "省"),
        # fellows of unequal length show no shape
        ("统筹做好城镇新增劳动力、高校毕业生、复员退伍军人等就业工作。", "劳动力"),
        # a verb jieba calls a noun opens no term
        ("依法保护和合理利用土地、矿产、淡水、海洋、森林、草原和气候资源。", "土地"),
    ],
)
def test_a_first_member_opens_where_its_fellows_shape_says(sentence, first):
    found = members(sentence)
    assert found and found[0][0] == first, found


@pytest.mark.parametrize(
    "sentence, last",
    [  # two verbs of one act end a last member together
        ("高等学校根据教学需要，自主制定教学计划、选编教材、组织实施教学活动。", "组织实施"),
        # a verb after a noun it heads opens what is said of them all (jieba calls 组织 a verb)
        ("鼓励和支持有关人民团体、企业事业单位、社会组织开展家庭教育指导服务。", "社会组织"),
    ],
)
def test_a_last_member_keeps_the_second_verb_of_one_act(sentence, last):
    found = members(sentence)
    assert found and found[0][-1] == last, found


@pytest.mark.parametrize(
    "rest, title",
    [  # a first clause that only says by what: the whole sentence
        (
            "按照法制统一、非歧视、公开透明的原则，抓紧完善既符合世贸组织规则，又符合我国国情的涉外经济法律法规体系，"
            "确保执法公正与效率。要加强涉外经济法律法规的宣传。",
            "按照法制统一、非歧视、公开透明的原则，抓紧完善既符合世贸组织规则，又符合我国国情的涉外经济法律法规体系，"
            "确保执法公正与效率",
        ),
        (
            "通过上市、兼并、联合、重组等形式，在主要行业形成若干拥有自主知识产权、主业突出、核心能力强的大公司和企业集团，"
            "使之成为调整结构的骨干。",
            "通过上市、兼并、联合、重组等形式，在主要行业形成若干拥有自主知识产权、主业突出、核心能力强的大公司和企业集团，"
            "使之成为调整结构的骨干",
        ),
        # 遵循 is often the act itself; a clause that announces a list is no manner
        (
            "遵循经济规律，坚持稳中求进，加快转变经济发展方式，推动经济持续健康发展，不断提高人民生活水平和质量，实现经济社会发展的各项目标任务。",
            "遵循经济规律",
        ),
        (
            "按照以下原则：坚持依法行政，坚持公开透明，坚持高效便民，坚持权责统一，坚持诚实守信，坚持程序正当，做好各项工作和其他事项。",
            "按照以下原则",
        ),
        # a sentence too long for a title: the manner and the clause after it
        (
            "根据党中央关于全面深化改革的决策部署，坚持问题导向，着力破解体制机制障碍，推动各方面制度更加成熟更加定型，"
            "为党和国家事业发展、为人民幸福安康、为社会和谐稳定提供一整套更完备、更稳定、更管用的制度体系。",
            "根据党中央关于全面深化改革的决策部署，坚持问题导向",
        ),
        # a source of figures and a passing are no manner
        (
            "根据初步核算，全年国内生产总值达到十二万亿元，比上年增长百分之九点一，全国居民消费价格总水平上涨一点二"
            "个百分点，进出口总额突破八千亿美元。",
            "根据初步核算",
        ),
        (
            "通过了宪法修正案，选举产生了新一届国家机构领导人员，审议批准了国民经济和社会发展计划和中央预算，"
            "审议通过了多部法律，会议取得圆满成功。",
            "通过了宪法修正案",
        ),
        # a first clause that acts is the title of a long sentence, as before
        (
            "抓紧完善既符合世贸组织规则，又符合我国国情的涉外经济法律法规体系，按照法制统一、非歧视、公开透明的原则，"
            "确保执法公正与效率。",
            "抓紧完善既符合世贸组织规则",
        ),
    ],
)
def test_a_point_that_opens_on_its_manner_is_its_whole_sentence(rest, title):
    assert split_title(rest)[0] == title


def test_a_reports_list_of_everyone_of_a_kind_is_no_card(tmp_path):
    text = (
        "关于政府工作的报告\n\n一、今年的任务\n\n"
        "所有机关、企业、事业单位，都要精打细算，禁止各种不必要的开支。\n\n"
        "我们坚决保护一切按劳取酬、勤劳致富、合法经营的收入，但对过高收入也要依法通过税收等办法进行适当调节。\n\n"
        "要加快发展职业教育、成人教育和高等教育，提高劳动者素质。\n"
    )
    studied, fronts = studied_deck_fronts(tmp_path, "report.txt", text)
    assert any("事业单位" in fact.answers for fact in studied.facts)  # found, then left out of the deck
    assert not any("所有[...]" in front for front in fronts), fronts
    assert any("一切[...]" in front for front in fronts), fronts  # kinds of conduct: a list to learn
    assert any(front.startswith("要加快发展[...]") for front in fronts), fronts


def test_a_title_given_ends_where_its_marks_close():
    from studycards.extract.definitions import definition_spans

    sentence = "遭到这次迫害以后，我们的刊物改名为《仁声》但在第三期以后，由于缺乏经费，只得停刊。"
    assert [sentence[a:b] for a, b in definition_spans(sentence)] == ["《仁声》"]
    joined = "这两个文件分别称为《共同纲领》和《组织法》。"
    assert [joined[a:b] for a, b in definition_spans(joined)] == ["《共同纲领》和《组织法》"]


def test_an_auxiliary_and_the_verb_after_it_are_no_one_act():
    sentence = "对水土流失严重、有沙化趋势、需要改善生态环境的已垦草原，应当有计划、有步骤地退耕还草。"
    assert not any(found[-1] == "需要改善" for found in members(sentence)), members(sentence)


def test_what_a_system_demands_is_no_system_instituted():
    from studycards.extract.norms import norm_spans

    sentence = "健全公司法人治理结构，建立适应现代企业制度要求的选人用人和激励约束机制。"
    assert "适应现代企业" not in [sentence[a:b] for a, b in norm_spans(sentence)]
    instituted = "国家建立失业保险制度。"
    assert "失业保险" in [instituted[a:b] for a, b in norm_spans(instituted)]


@pytest.mark.parametrize(
    "before, phrase, swap, after, breaks",
    [  # a swap for a list member built as its fellows are keeps their length and shared opening
        ("引导企业采用有利于节能环保的新设备、新工艺、", "新技术", "先进技术", "。", True),
        ("要从改革体制、加大投入、", "完善政策", "靠政策", "等方面，鼓励和支持服务业加快发展。", True),
        ("引导企业采用新设备、新工艺、", "新技术", "好材料", "。", True),
        ("引导企业采用新设备、新工艺、", "新技术", "新材料", "。", False),
        ("要从改革体制、加大投入、", "完善政策", "健全机制", "等方面，鼓励和支持服务业加快发展。", False),
        ("国家鼓励", "发展", "支持", "公益事业。", False),  # no list
    ],
)
def test_a_false_statement_keeps_a_lists_shape(before, phrase, swap, after, breaks):
    from studycards.quiz.statements import breaks_list_shape

    assert breaks_list_shape(before, phrase, swap, after) is breaks


def test_a_qualifier_after_a_verb_is_no_second_verb_of_one_act():
    from studycards.extract.enumerations import _serial_verbs

    assert _serial_verbs([("组织", "v"), ("实施", "v")])
    assert not _serial_verbs([("吊销", "v"), ("相关", "v")])
    assert not _serial_verbs([("需要", "v"), ("改善", "v")])


def test_no_paper_keys_false_a_list_member_swapped_out_of_shape():
    """Over the seed sample's papers, every false 判断 made by swapping a list member keeps the list's shape (its swap
    for 展现新作为 among 立足新时代、强化新担当 was 善于作为 before)."""
    from test_quiz_items import SAMPLE, facts_of

    from studycards.quiz.selection import make_items
    from studycards.quiz.statements import breaks_list_shape

    facts = facts_of(SAMPLE)
    judged = 0
    for seed in range(1, 9):
        for item in make_items(facts, 110, seed=seed):
            if item.type != "judge" or item.answer != ("错误",) or len(item.original) != 3:
                continue
            before, phrase, after = item.original
            statement = item.parts[0]
            if not (statement.startswith(before) and statement.endswith(after)):
                continue
            judged += 1
            swap = statement[len(before) : len(statement) - len(after)]
            assert not breaks_list_shape(before, phrase, swap, after), statement
    assert judged
