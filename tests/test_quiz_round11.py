"""What blind readers marked weak or bad in round 11's held-out papers, on sentences made up for these tests."""

import random

from studycards.facts import Fact, Origin
from studycards.quiz.distractors import amount, same_amount, unit
from studycards.quiz.frames import askable, frame_of
from studycards.quiz.ladders import rungs
from studycards.quiz.questions import Questions
from studycards.segment import segmenter


def origin(paragraph, trail=("中华人民共和国河湖保护法", "第十条"), document="中华人民共和国河湖保护法"):
    return Origin(document, "d", trail[-1], trail, 3, paragraph)


def fact(text, answers, paragraph=None, kind="norm", **where):
    spans = tuple((text.index(a), text.index(a) + len(a)) for a in answers)
    return Fact(kind=kind, text=text, answers=tuple(answers), origin=origin(paragraph or text, **where), spans=spans)


def fills(facts, seeds=range(8)):
    frames = [frame_of(f) for f in facts]
    made = []
    for seed in seeds:
        questions = Questions([f for f in frames if f], facts, random.Random(seed))
        made += [item for item in (questions.fill(frame) for frame in frames if frame) if item is not None]
    return made


ITEMS = (
    "擅自占用河道管理范围内的土地堆放物料、建造临时设施或者种植阻碍行洪的林木的",
    "未按照规定的时间和要求清理河道内漂浮物和垃圾，影响河道行洪安全的",
    "在禁渔期内捕捞的",
    "阻碍、威胁巡河人员依法执行职务或者拒绝接受监督检查、隐瞒有关情况的",
    "在河道管理范围内倾倒、填埋、堆放、弃置、处理固体废物的",
)


def article_list(items):
    return Fact(
        kind="outline",
        text="有下列行为之一的，处五百元以下罚款",
        answers=tuple(items),
        origin=origin("", trail=("中华人民共和国河湖保护法", "第五章", "第四十条")),
    )


def test_one_item_of_an_article_s_list_is_asked_with_every_other_item_shown():
    """（四）＿＿ with （一）–（二） cut away: any item left out fits the blank as well."""
    made = fills([article_list(ITEMS)])
    assert made
    for item in made:
        stem = item.question()
        asked = set(item.answer)
        assert all(other in stem for other in ITEMS if other not in asked), stem


def test_an_item_of_a_list_too_long_to_show_whole_is_not_asked_alone():
    places = "河道湖泊水库渠道堤防滩涂湿地海岸沟渠"
    long_items = [f"在{places[i : i + 2]}管理范围内倾倒、填埋、堆放、弃置、处理固体废物的" for i in range(0, 18, 2)]
    long_items[3] = "在禁渔期内捕捞的"
    made = fills([article_list(long_items)])
    assert all("……" not in item.question() for item in made)
    assert not made


def test_a_view_keeps_the_case_its_penalty_is_for():
    """……责令改正，处五万元以下罚款 never says which offence: the 不按照…的， before it stays in view."""
    text = (
        "河道采砂单位未取得许可擅自采砂的，由水行政主管部门责令停止违法行为，没收违法所得，处十万元以上三十万元以下罚款；"
        "不按照河道采砂许可规定的开采范围、开采期限、作业方式和作业时间以及开采总量进行采砂的，责令改正，处五万元以下罚款，"
        "并对直接负责的主管人员和其他直接责任人员以及参与违法采砂活动的采砂船舶所有人和经营者处一万元以上五万元以下罚款；"
        "有违法所得的，并处没收违法所得；情节严重的，吊销采砂许可证。"
    )
    norm = fact(text, ["五万元以下"])
    frame = frame_of(norm)
    view = frame.view([0])
    assert "进行采砂的，责令改正" in view.text


def test_a_clause_after_a_semicolon_that_names_no_subject_gets_its_sentence_s_start():
    paragraph = "河道管理单位按照规定的标准收取河道占用费；符合国家规定条件的，应当予以减免。"
    norm = fact("符合国家规定条件的，应当予以减免。", ["减免"], paragraph)
    frame = frame_of(norm)
    assert frame is not None and frame.lead.startswith("河道管理单位按照规定的标准收取河道占用费")


def test_a_sentence_that_speaks_of_them_gets_the_sentence_before_or_is_not_asked():
    paragraph = "乡镇河湖协会是群众自治组织。要根据国家的规划和政策，鼓励它们继续发展。"
    said = fact("要根据国家的规划和政策，鼓励它们继续发展。", ["规划"], paragraph, kind="enumeration")
    frame = frame_of(said)
    assert frame is not None and frame.lead == "乡镇河湖协会是群众自治组织。"
    alone = fact("要根据国家的规划和政策，鼓励它们继续发展。", ["规划"], kind="enumeration")
    assert frame_of(alone) is None


def test_a_sentence_cut_from_a_quotation_is_not_asked():
    text = "因为小生产是经常地、每日每时地产生着资本主义的。”"
    assert frame_of(fact(text, ["每日每时"], kind="judgement")) is None


def test_an_ordinal_alone_and_a_saying_to_complete_are_not_asked():
    """＿、＿、第三产业 asks 第一, 第二; 机不可失，＿ asks no material."""
    assert not askable("第一") and askable("第一产业")
    saying = fact("机不可失，时不我待。", ["时不我待"], kind="maxim")
    assert not fills([saying])


def test_a_term_opens_on_no_preposition_and_ends_on_no_adverb_nor_a_verb_of_speech():
    from studycards.extract.keyterms import _names

    seg = segmenter()
    tag = seg.dictionary_tag
    assert not _names(tag("关于"), tag("无产阶级"), "无产阶级")
    assert not _names(tag("主席"), tag("亲自"), "亲自")
    assert not _names(tag("主席"), tag("指出"), "指出")
    assert _names(tag("逐级"), tag("晋升"), "晋升")


def test_a_share_written_out_is_an_amount_with_a_ladder_written_out_too():
    assert amount("百分之十七点五") == 17.5 and amount("百分之八十") == 80
    assert unit("百分之六以内") == "百分之以内" and unit("百分之七") != unit("7%")
    assert same_amount("百分之七", "百分之七") and not same_amount("百分之七", "百分之十七")
    assert rungs("百分之七", 2) == ["百分之五", "百分之十"]
    assert rungs("百分之二点九", 2) == ["百分之二点七", "百分之三点一"]
    assert rungs("百分之六以内", 1) == ["百分之五以内"]


def judged(text, answers, false_due):
    norm = fact(text, answers)
    frame = frame_of(norm)
    made = []
    for seed in range(8):
        questions = Questions([frame], [norm], random.Random(seed))
        questions.truths[false_due] = 9  # true due when false is not, and the other way
        item = questions.judge(frame)
        if item is not None:
            made.append(item)
    return made


def test_no_true_statement_of_a_rule_true_on_its_face():
    """各级人民政府应当加强河湖保护宣传教育 (正确), 不得弄虚作假 (正确): answered without the law."""
    for text in ("各级人民政府应当组织开展经常性的河湖保护宣传教育。", "巡河人员不得弄虚作假、徇私舞弊。"):
        assert not [
            item
            for item in judged(text, ["各级人民政府" if "各级" in text else "巡河人员"], False)
            if item.answer == ("正确",)
        ]
    specific = judged("河长应当每月巡河一次，并在三日内报告。", ["河长"], False)
    assert any(item.answer == ("正确",) for item in specific)


def test_a_duty_true_on_its_face_is_not_made_false_by_its_modal_word():
    """邻近单位可以给予支援 reads true, not false."""
    for item in judged("邻近单位应当给予支援。", ["邻近单位"], True):
        assert "可以给予支援" not in item.question()


def test_a_ban_on_anything_at_all_is_never_made_a_power():
    """可以收取任何费用 reads absurd, not false."""
    for item in judged("消防救援队扑救火灾，不得收取任何费用。", ["消防救援队"], True):
        assert "可以收取任何费用" not in item.question()


def report_fact(text, answer, paragraph, heading="一、１９９１年国内工作的回顾"):
    where = origin(paragraph, trail=("1992年政府工作报告", heading), document="1992年政府工作报告")
    start = text.index(answer)
    return Fact(kind="judgement", text=text, answers=(answer,), origin=where, spans=((start, start + len(answer)),))


def test_a_review_s_period_leads_what_it_reports_not_a_judgement_of_no_period():
    """１９９１年，…… before 社会主义的根本任务是发展生产力 misdates it; before a figure it says whose figure."""
    paragraph = "一年来，我们取得了很大成绩。社会主义的根本任务是发展生产力。粮食产量增长百分之三。"
    judgement = frame_of(report_fact("社会主义的根本任务是发展生产力。", "发展生产力", paragraph, "一、一年来的工作"))
    figure = frame_of(report_fact("粮食产量增长百分之三。", "百分之三", paragraph, "一、一年来的工作"))
    assert judgement is not None and judgement.lead == ""
    assert figure is not None and figure.lead.startswith("一年来")


def test_these_inside_a_sentence_gets_the_sentence_before():
    paragraph = "经济结构不合理，效益不高。要通过深化改革和加强管理，使这些问题逐步得到解决。"
    text = "要通过深化改革和加强管理，使这些问题逐步得到解决。"
    frame = frame_of(report_fact(text, "深化改革", paragraph, "二、今后的任务"))
    assert frame is not None and frame.lead == "经济结构不合理，效益不高。"


def test_full_width_amounts_are_set_apart_from_their_unit_whole():
    """３４８０亿元 / ３０１０亿元…: the stem kept ０亿元 and the options lost their last digit (由＿０亿元)."""
    from studycards.quiz.ladders import unit_apart

    assert unit_apart(["３４８０亿元", "１６７０亿元", "３０１０亿元", "２２２０亿元"]) == (
        ["３４８０", "１６７０", "３０１０", "２２２０"],
        "亿元",
    )


def test_an_article_s_lead_names_the_chapter_it_calls_this_chapter():
    from studycards.quiz.frames import _chapter_named

    trail = ("中华人民共和国河湖保护法", "第五章　法律责任", "第四十条")
    assert _chapter_named("本章规定不适用于下列各项", trail) == "第五章“法律责任”规定不适用于下列各项"
    assert (
        _chapter_named("本章规定不适用于下列各项", ("中华人民共和国河湖保护法", "第四十条"))
        == "本章规定不适用于下列各项"
    )


def test_a_count_the_stem_lists_point_by_point_is_not_asked():
    from studycards.quiz.questions import counted_in_view

    assert counted_in_view("两条", "基本点是＿，一是坚持四项基本原则，一是坚持改革开放。")
    assert not counted_in_view("两条", "基本点有＿。")
    assert not counted_in_view("坚持改革开放", "一是＿，二是坚持四项基本原则。")


def test_a_filler_of_praise_or_of_the_next_step_is_no_answer():
    from studycards.extract.trivial import is_filler

    assert is_filler("又一个重要步骤") and is_filler("伟大事业") and is_filler("自己的新贡献")
    assert not is_filler("中国特色社会主义事业") and not is_filler("新时代")


def test_a_judgement_under_a_review_opener_is_not_dated_by_it():
    from studycards.quiz.frames import period_of

    paragraph = "一年来，我们取得了很大成绩。社会主义的根本任务是发展生产力。国防建设扎实推进。"
    timeless = report_fact("社会主义的根本任务是发展生产力。", "发展生产力", paragraph, "一、一年来的工作")
    review = report_fact("国防建设扎实推进。", "国防建设", paragraph, "一、一年来的工作")
    assert period_of(timeless) == "" and period_of(review).startswith("一年来")


def test_an_amount_not_round_gets_no_ladder_of_round_amounts():
    """5919 among 2000 / 3000 / 5000 is the answer at a glance."""
    assert rungs("5919亿元") == [] and rungs("247人") == []
    assert rungs("3000万元", 2) == ["2000万元", "5000万元"] and rungs("十五日", 1) == ["二十日"]


def test_two_quoted_phrases_are_not_one_answer():
    assert not askable("港人治港”、“澳人治澳") and askable("港人治港")


def test_a_prohibition_without_leave_is_never_made_a_permission():
    """非经主管机关同意，外国机构可以在境内进行…: the permission contradicts its own condition."""
    for item in judged("非经主管机关同意，外国机构不得在境内进行河湖调查活动。", ["主管机关"], True):
        assert "可以在境内" not in item.question()


def test_text_an_old_encoding_could_not_hold_is_no_answer():
    assert (
        not askable("栾ｆú＠①")
        and frame_of(fact("劳动模范有栾ｆú＠①、张海迪。", ["张海迪"], kind="enumeration")) is None
    )


def test_a_clause_that_opens_on_however_or_the_above_needs_what_came_before():
    from studycards.quiz.stems import DEPENDENT

    assert all(DEPENDENT.match(text) for text in ("然而保险或者担保…", "不然的话…", "以上情况说明…", "否则…"))


def test_a_law_s_multiple_choice_takes_wrong_items_from_lists_of_its_own_chapter():
    def listed(text, items, chapter, article):
        return Fact(
            kind="outline",
            text=text,
            answers=tuple(items),
            origin=origin("", trail=("中华人民共和国河湖保护法", chapter, article)),
        )

    offences = ["擅自占用河道堆放物料的", "未按规定清理漂浮物的", "在禁渔期内捕捞的", "阻碍巡河人员执行职务的"]
    asked = listed("有下列行为之一的，处五百元以下罚款", offences, "第五章　法律责任", "第四十条")
    near = listed(
        "有下列行为之一的，处一千元以下罚款",
        ["擅自在河道内建设码头的", "未按规定设置警示标志的"],
        "第五章　法律责任",
        "第四十一条",
    )
    far = listed(
        "有下列情形之一的，可以申请取水许可",
        ["擅自在河道内开采砂石的", "未按规定缴纳水资源费的"],
        "第二章　取水",
        "第十二条",
    )
    facts = [asked, near, far]
    frames = [frame_of(f) for f in facts]
    questions = Questions(frames, facts, random.Random(1))
    assert all(frames)
    wrong = questions._other_lists(frames[0], offences[:2], 2)
    assert wrong is not None and set(wrong) <= set(near.answers)


def test_a_figure_with_a_tenth_is_moved_to_figures_with_a_tenth():
    """28万亿元 beside 28.5万亿元 reads as the same figure cut short (the suite's rewording check caught it)."""
    assert rungs("28.5万亿元") == ["28.3万亿元", "28.7万亿元", "27.5万亿元", "29.5万亿元"]
    assert rungs("3%", 2) == ["2%", "5%"]
