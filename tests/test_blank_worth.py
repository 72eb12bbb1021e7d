"""Blanks worth a learner's recall (issue 15's reviews): no evaluative filler as the answer, no law card whose
condition or decision leaves its actor or object off, and no skeleton made of a few paragraphs' opening sentences."""

from __future__ import annotations

import pytest

from conftest import write
from studycards.extract import extract
from studycards.extract.law_cards import law_card_ok
from studycards.extract.trivial import is_filler
from studycards.facts import Fact, Origin
from studycards.parsing import parse
from studycards.parsing.leads import paragraph_leads
from studycards.reading import read_source


@pytest.mark.parametrize(
    "answer",
    [
        "一个重大问题",
        "重要组成部分",
        "一支重要力量",
        "一部分",
        "这次大会",
        "一个新阶段",
        "一件有伟大意义的事情",
        "大问题",
        "时期之一",
        "历史过程",
        "现在这样",
        "别样",
        "它们",
        "这种做法",
        "这三项工作",
        "应该指出",
        "一项重要政策",
        "优良传统",
        "严重的问题",
        "共同愿望",
        "一个长时期的任务",
        "重要支柱",
        "关键时期",
        "迫切需要",
        "因为",
        "一个有机的整体",
        "我们坚定不移的目标",
        "多种形式",
    ],
)
def test_an_evaluative_filler_is_no_answer(answer):
    assert is_filler(answer)


@pytest.mark.parametrize(
    "answer",
    [
        "新时代",
        "决定性作用",
        "根本任务",
        "一个中心",
        "科教兴国战略",
        "重要讲话精神",
        "一项基本经济制度",
        "严重政治斗争",
        "客观需要",
        "三大历史任务",
        "着力点",
        "依靠力量",
        "其他组织",
        "共同富裕",
        "奋斗精神",
        "基本国策",
        "基本经济制度",
    ],
)
def test_a_term_with_a_weighing_word_stays_an_answer(answer):
    assert not is_filler(answer)


def test_no_card_hides_a_filler(tmp_path):
    body = (
        "一、关于农业\n\n"
        "今年将实行新的扶贫标准，扶贫对象覆盖四千万人，这标志着我国扶贫开发进入一个新阶段。"
        "乡镇企业已经成为农村经济的重要组成部分和农民增收的主要渠道。\n"
    )
    document = parse(read_source(write(tmp_path, "doc.txt", f"政府工作报告\n{body}")))
    answers = [answer for fact in extract(document) for answer in fact.answers]
    assert not any(is_filler(answer) for answer in answers)


def law_fact(text: str, answer: str) -> Fact:
    start = text.index(answer)
    origin = Origin("示例法", "x", "", ("第一章", "第五条"), 5, text)
    return Fact("provision", text, (answer,), origin, spans=((start, start + len(answer)),))


@pytest.mark.parametrize(
    "text,answer",
    [
        ("信托文件未规定的，由委托人指定。", "委托人"),  # appoints whom?
        ("全国人民代表大会闭会期间，由全国人民代表大会常务委员会决定。", "全国人民代表大会常务委员会"),  # decides what?
        ("造成损失的，应当承担赔偿责任。", "赔偿"),  # who?
        ("尚不构成犯罪的，由公安机关处十五日以下拘留。", "十五日以下"),  # for what?
        ("本条第一款规定的申请权，自知道撤销事由之日起一年内行使。", "一年"),  # 本条 is not shown
        ("第一款规定的名单所列对象可以向国家有关机关申请使用被限制的资金。", "国家有关机关"),  # which list?
    ],
)
def test_a_law_card_without_its_actor_or_object_is_dropped(text, answer):
    assert not law_card_ok(law_fact(text, answer))


@pytest.mark.parametrize(
    "text,answer",
    [
        ("公路规划由县级以上人民政府交通主管部门编制。", "县级以上人民政府交通主管部门"),
        ("公路建设资金的具体管理办法，由国务院交通主管部门决定。", "国务院交通主管部门"),
        ("金融机构应当及时获取本法第四十条第一款规定的名单，并向反洗钱行政主管部门报告。", "反洗钱行政主管部门"),
    ],
)
def test_a_law_card_that_says_what_is_decided_stays(text, answer):
    assert law_card_ok(law_fact(text, answer))


PROSE = [
    "过去五年，我们在极其复杂的环境中推进了各项工作，经济实力明显增强，人民生活继续改善。",
    "加强党的建设。全党同志要增强忧患意识，坚持从严治党，把各级领导班子建设好。",
    "农业是国民经济的基础，农村的稳定是全局稳定的前提，这一点任何时候都不能动摇。",
    "发展教育事业。各级政府要把教育摆在优先发展的战略地位，增加对教育的投入。",
    "我们要看到，国际形势正在发生深刻变化，和平与发展仍然是时代的主题，但是霸权主义依然存在。",
    "坚持改革开放。改革是社会主义制度的自我完善，开放是现代化建设的必要条件。",
    "全国各族人民要紧密团结起来，同心同德，艰苦奋斗，为实现跨世纪的宏伟目标而努力。",
    "文化建设方面，各级党委和政府要重视精神文明建设，把思想道德建设放在首位，繁荣文艺。",
    "国防建设方面，人民解放军要按照总要求，积极推进军队的建设和改革，提高防卫作战能力。",
    "外交方面，我国坚持独立自主的和平外交政策，反对霸权主义，维护世界和平，促进共同发展。",
]


def test_a_few_short_openings_among_plain_paragraphs_are_no_skeleton():
    assert paragraph_leads(PROSE) == [None] * len(PROSE)


def test_paragraphs_that_all_open_with_a_lead_are_the_skeleton():
    paragraphs = [
        "推进财税体制改革。全面实施增值税转型改革，完善省以下财政体制，健全转移支付制度。",
        "推进金融体制改革。深化国有金融机构改革，加快建设多层次资本市场体系，完善监管。",
        "推进价格改革。继续深化电价改革，理顺成品油价格，推进水价改革，完善价格形成机制。",
        "改革开放是经济社会发展的不竭动力，我们必须坚定不移地推进，以更大的决心攻坚克难。",
    ]
    assert paragraph_leads(paragraphs)[:3] == ["推进财税体制改革", "推进金融体制改革", "推进价格改革"]


def test_an_answer_the_card_shows_elsewhere_is_no_blank():
    from studycards.extract.trivial import without_fillers

    text = "审计机关可以提请税务等机关予以协助。有关机关应当予以协助。"
    fact = law_fact(text, "予以协助")
    fact = Fact(fact.kind, text, ("予以协助",), fact.origin, spans=((text.rindex("予以协助"), len(text) - 1),))
    assert without_fillers(fact) is None
    assert without_fillers(law_fact("被审计单位应当自接到审计报告之日起十日内送交书面意见。", "十日")) is not None


def test_a_report_card_that_says_too_little_is_none(tmp_path):
    body = (
        "一、关于民主法制建设\n\n"
        "基层民主制度进一步健全，依法行政深入推进，政府信息公开条例全面实施。民族、宗教、侨务工作进一步加强。"
        "粮食产量1.3万亿斤以上。首先是党的团结，全党各级组织都要加强团结。\n"
    )
    document = parse(read_source(write(tmp_path, "doc.txt", f"政府工作报告\n{body}")))
    facts = [fact for fact in extract(document) if fact.spans and fact.kind != "outline"]
    assert not [fact for fact in facts if {"民族", "侨务工作", "党的团结"} & set(fact.answers)]
    assert any("1.3万亿斤以上" in fact.answers for fact in facts)  # a figure says what it measures in four


def test_a_definition_over_several_clauses_is_not_cut_at_its_commas_into_attributes():
    from studycards.extract.provisions import _definition

    sentence = "本法所称反洗钱，是指为了预防通过各种方式掩饰、隐瞒毒品犯罪和其他犯罪所得的来源、性质的洗钱活动，依照本法规定采取相关措施的行为。"
    assert list(_definition(sentence)) == []
    one_clause = "本法所称公务员，是指依法履行公职、纳入国家行政编制、由国家财政负担工资福利的工作人员。"
    assert [len(spans) for spans in _definition(one_clause)] == [3]
    governed = "本法所称游行，是指在公共道路、露天公共场所列队行进、表达共同意愿的活动。"  # 在 governs the 、
    assert [[governed[a:b] for a, b in spans] for spans in _definition(governed)] == []


def test_a_list_closes_with_its_catch_all_member():
    import re

    from studycards.extract.enumerations import RUN, _pieces

    sentence = "预防掩饰走私犯罪、贪污贿赂犯罪、金融诈骗犯罪和其他犯罪所得的来源、性质的活动。"
    pieces = _pieces(sentence, next(RUN.finditer(sentence)))
    assert pieces[-1].endswith("和其他犯罪所得的来源") and not any(re.search("性质", p) for p in pieces)


@pytest.mark.parametrize("answer", ["依法提供", "依法妥善处理", "予以配合", "依法接受监督", "相互配合"])
def test_law_speak_alone_is_no_blank(answer):
    assert not _whole(answer)


def test_a_term_beside_law_speak_is_a_blank():
    assert _whole("提供担保")


def _whole(answer: str) -> bool:
    from studycards.extract.law_cards import _whole_term

    return _whole_term(law_fact(f"国家有关机关应当{answer}。", answer), (8, 8 + len(answer)), "反洗钱")


def test_prose_whose_only_facts_are_weak_falls_back_to_its_key_phrases():
    from studycards.extract import extract
    from studycards.outline import Line, Source
    from studycards.parsing import parse

    # its one judgement hides a filler (一个重大问题), which is no blank: the key phrases are what is left to ask
    text = "城乡统筹发展的探索\n推进城乡统筹是关系全局的一个重大问题。西部山区的梯田灌溉工程和高原牧区的草场轮牧制度都由村民议事会监督。"
    document = parse(Source("doc", [Line(n, t) for n, t in enumerate(text.split("\n"), 1)], "doc.txt"))
    facts = extract(document)
    kinds = {fact.kind for fact in facts}
    assert "keyphrase" in kinds and kinds <= {"keyphrase", "examined"}, [(f.kind, f.answers) for f in facts]
    assert not [fact for fact in facts if "一个重大问题" in fact.answers]  # beside the span model's sure span


def _fact(kind: str, text: str, *answers: str) -> Fact:
    spans = tuple((text.index(a), text.index(a) + len(a)) for a in answers)
    return Fact(kind, text, answers, Origin("报告", "报告", "报告", ("报告",), 1, text), spans=spans)


def test_a_blank_never_starts_on_a_particle_nor_stops_inside_a_quote():
    from studycards.extract.trivial import without_fillers

    fact = without_fillers(_fact("keyterm", "各乡镇普遍推行了村务公开的办事制度", "了村务公开"))
    assert fact is not None and fact.answers == ("村务公开",)
    quoted = without_fillers(_fact("keyterm", "这项制度被群众称为办事的“明白账”，受到欢迎", "办事的“明白账"))
    assert quoted is not None and quoted.answers == ("办事的“明白账”",)
    assert without_fillers(_fact("keyterm", "这项制度被群众称为“办事明白账”并受到欢迎", "明白账”并受到")) is None


def test_a_list_loses_the_verb_that_governs_it_but_keeps_a_member_that_opens_so():
    from studycards.extract.trivial import without_fillers

    fact = without_fillers(
        _fact("enumeration", "全乡办起了夜校，村里有图书室、文化站和广播室", "有图书室", "文化站", "广播室")
    )
    assert fact is not None and fact.answers == ("图书室", "文化站", "广播室")
    kept = _fact("enumeration", "两村之间要互通有无，做到和衷共济、守望相助", "和衷共济", "守望相助")
    assert without_fillers(kept) == kept


def test_a_stock_set_in_one_blank_and_a_question_the_text_asks_itself_are_no_cards(tmp_path):
    text = (
        "关于全县工作的报告\n\n一、总体要求\n"
        "各级干部都要按照党的路线、方针、政策办事，把群众的冷暖放在心上。\n"
        "全县的道路交通为什么能在一年之内根本改观呢？\n"
        "全县修通乡村公路四百公里，群众出行更方便。\n"
    )
    facts = extract(parse(read_source(write(tmp_path, "r.txt", text))))
    assert not any("路线" in a for f in facts for a in f.answers), [f.answers for f in facts]
    assert not any(f.text.endswith("？") for f in facts)


def test_a_blank_stops_before_the_word_that_joins_it_to_the_next_and_a_verb_alone_is_no_cue(tmp_path):
    from studycards.extract.trivial import without_fillers

    joined = without_fillers(_fact("keyterm", "要把先进经验同本地实际结合起来", "先进经验同"))
    assert joined is not None and joined.answers == ("先进经验",)
    kept = _fact("keyterm", "用人单位应当与职工签订劳动合同", "劳动合同")
    assert without_fillers(kept) == kept
    alone = _fact("enumeration", "大力发展种植业、养殖业、加工业。", "种植业", "养殖业", "加工业")
    assert without_fillers(alone, 6) is None


def test_a_card_whose_subject_points_back_at_another_sentence_is_none(tmp_path):
    text = (
        "关于全县工作的报告\n\n一、总体要求\n"
        "县里提出了“山上种果、山下养鱼”的方针。这个方针是全县脱贫的根本出路。"
        "在去年，这一比例大约是百分之十二。山区果园是全县脱贫的主要依靠。\n"
    )
    facts = extract(parse(read_source(write(tmp_path, "r.txt", text))))
    assert not any(f.text.startswith(("这个方针", "在去年，这一比例")) for f in facts), [f.text for f in facts]
    assert any(f.text.startswith("山区果园") for f in facts)


def test_a_counted_blank_takes_in_the_noun_it_counts():
    from studycards.extract.trivial import without_fillers

    fact = without_fillers(_fact("provision", "全县干部要坚持三项基本原则，扎实工作", "三项基本"))
    assert fact is not None and fact.answers == ("三项基本原则",)


def _law_cards_of(paragraph: str, text: str, answer: str):
    """The card law_cards makes of one fact of `paragraph` whose text is `text`, hiding `answer`."""
    from studycards.extract.law_cards import law_cards
    from studycards.outline import Document
    from studycards.segment import segmenter

    start = text.index(answer)
    origin = Origin("示例法", "x", "", ("第一章", "第五条"), 5, paragraph)
    fact = Fact("provision", text, (answer,), origin, spans=((start, start + len(answer)),))
    document = Document(title="中华人民共和国示例法", name="示例法", articles=[])
    return law_cards(document, [fact], segmenter())


def test_a_duty_after_a_semicolon_with_no_subject_gets_the_start_of_its_sentence():
    paragraph = "站点违反操作规程采集样本的，由卫生部门责令改正；给当事人造成损害的，应当重新检测样本。"
    [card] = _law_cards_of(paragraph, "给当事人造成损害的，应当重新检测样本。", "重新检测样本")
    assert card.text.startswith("站点违反操作规程采集样本的") and card.answers == ("重新检测样本",)


def test_a_duty_said_in_addition_gets_the_sentence_before_or_is_not_made():
    paragraph = "申请许可证，应当提交地点和面积的材料。超过规定面积的，还应当提交调查设计材料。"
    [card] = _law_cards_of(paragraph, "超过规定面积的，还应当提交调查设计材料。", "调查设计材料")
    assert card.text.startswith("申请许可证，应当提交")
    long = "申请许可证的单位和个人以及其代理人在申请之日前按照国务院主管部门规定的格式和期限提交地点和面积等内容的全部材料和证明文件以及承诺书和其他依法应当提交的材料。"
    text = "超过规定面积的，还应当提交调查设计材料。"
    assert not _law_cards_of(long + text, text, "调查设计材料")


def test_a_card_cut_at_a_comma_gets_the_short_rest_of_its_sentence():
    paragraph = "各类纪念馆、展览馆等，应当利用自身资源，通过展示、体验等方式，开展示例教育活动。"
    text = "各类纪念馆、展览馆等，应当利用自身资源，通过展示、体验等方式，"
    [card] = _law_cards_of(paragraph, text, "纪念馆、展览馆")
    assert card.text == paragraph


def test_a_penalty_cut_after_violating_the_law_gets_the_act():
    paragraph = (
        "违反本法规定，在幼林地砍柴造成林木毁坏的，由主管部门责令停止违法行为，限期补种毁坏株数一倍以上三倍以下的树木。"
    )
    text = "限期补种毁坏株数一倍以上三倍以下的树木。"
    [card] = _law_cards_of(paragraph, text, "一倍以上三倍以下")
    assert card.text.startswith("违反本法规定，在幼林地砍柴造成林木毁坏的，……限期")


@pytest.mark.parametrize(
    "text,answer",
    [
        ("具体办法由国务院制定。", "国务院"),  # details of what?
        ("具体识别办法由国务院公安部门制定。", "国务院公安部门"),
        ("森林资源属于国家所有，由法律规定属于集体所有的除外。", "集体所有的除外"),
    ],
)
def test_a_law_card_of_bare_details_or_an_exceptions_mark_is_not_made(text, answer):
    assert not _law_cards_of(text, text, answer)


def test_a_card_that_ends_on_a_time_gets_the_clause_that_says_what_is_due():
    paragraph = (
        "省人民政府组织编制的体系规划，城市人民政府组织编制的总体规划，在报上一级人民政府审批前，"
        "应当先经本级人民代表大会常务委员会审议，常务委员会组成人员的审议意见交由本级人民政府研究处理。"
    )
    text = "省人民政府组织编制的体系规划，城市人民政府组织编制的总体规划，在报上一级人民政府审批前，"
    [card] = _law_cards_of(paragraph, text, "体系规划")
    assert card.text.endswith("审批前，应当先经本级人民代表大会常务委员会审议，")


def test_a_penalty_graded_by_whether_it_can_be_put_right_gets_the_offence():
    paragraph = "未取得许可证进行建设的，由主管部门责令停止建设；无法采取改正措施消除影响的，限期拆除，可以并处造价百分之十以下的罚款。"
    text = "无法采取改正措施消除影响的，限期拆除，可以并处造价百分之十以下的罚款。"
    [card] = _law_cards_of(paragraph, text, "百分之十以下")
    assert card.text.startswith("未取得许可证进行建设的，……")


def test_refusing_or_obstructing_is_law_speak_not_an_answer():
    text = "县级以上人民政府计量行政部门应当依法进行监督检查，有关单位和个人不得拒绝、阻挠。"
    assert not _law_cards_of(text, text, "拒绝、阻挠")


@pytest.mark.parametrize(
    "text,answer",
    [
        ("支付服务提供者造成用户损失的，应当承担赔偿责任。", "赔偿责任"),
        ("经营者违反本法规定，构成犯罪的，依法追究刑事责任。", "刑事责任"),
    ],
)
def test_the_liability_every_law_names_is_not_asked(text, answer):
    assert not _law_cards_of(text, text, answer)


def test_the_members_of_one_list_are_asked_whole_not_one_a_card():
    text = "本法所称专卖品是指卷烟、雪茄烟、烟丝、复烤烟叶、烟叶。"
    members = ("卷烟", "雪茄烟", "烟丝", "复烤烟叶", "烟叶")
    spans, at = [], text.index("是指") + 2
    for member in members:
        spans.append((at, at + len(member)))
        at += len(member) + 1
    origin = Origin("示例法", "x", "", ("第一章", "第二条"), 2, text)
    fact = Fact("provision", text, members, origin, spans=tuple(spans))
    from studycards.extract.law_cards import law_cards
    from studycards.outline import Document
    from studycards.segment import segmenter

    cards = law_cards(Document(title="中华人民共和国示例法", name="示例法", articles=[]), [fact], segmenter())
    assert len(cards) == 1 and cards[0].whole and cards[0].answers == members


def test_a_plans_number_beside_another_plans_is_no_blank():
    from studycards.extract.trivial import without_fillers

    text = "农业总产值平均每年增长百分之三点五，其中“一五”时期平均每年增长百分之四点五，“五五”时期增长百分之五点一。"
    fact = law_fact(text, "一五")
    assert without_fillers(fact) is None
    alone = "“十五”计划顺利完成，国内生产总值年均增长百分之八点八。"
    assert without_fillers(law_fact(alone, "十五")) is not None


def test_leads_that_skip_half_the_middle_paragraphs_are_no_skeleton():
    body = "各地认真落实各项部署，加大投入力度，推动工作取得新进展，群众得到了实惠，社会各界普遍认可。"
    paragraphs = [
        "面对困难局面，我们及时作出必要调整，推动社会事业加快发展。" + body,
        "以农村为重点，加强公共卫生体系建设。" + body,
        "国务院作出《关于加强农村教育工作的决定》。" + body,
        "一年来，科技工作取得重要进展。" + body,
        "积极推进文化体制改革。" + body,
        "人口工作进一步加强。" + body,
    ]
    assert paragraph_leads(paragraphs) == [None] * len(paragraphs)
