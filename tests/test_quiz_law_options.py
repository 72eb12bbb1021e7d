"""Wrong options a law's examiner writes, on sentences made up for these tests: an organ at the other levels of
government (国务院…部门 -> 县级以上地方人民政府…部门), another list's items only of the right items' family, and
a law's time limits asked as ladders more often than a report's figures."""

import random

from conftest import spans_of

from studycards.closedsets import closed_sets, level_fellows, parse_levels, parse_sets
from studycards.facts import Fact, Origin
from studycards.quiz.frames import frame_of
from studycards.quiz.leads import says_the_same
from studycards.quiz.questions import LAW_FIGURES, REPORT_FIGURES, Questions

LEVELS = tuple(
    parse_levels(
        """# made up for the test
        层级·政府: 中央政府｜省、州政府/州级政府｜县政府
        """
    )
)


def fact(kind, text, answers, article="第三条", line=1, document="中华人民共和国河湖保护法"):
    origin = Origin(
        document=document,
        document_id=document,
        article=article,
        trail=(document, "第一章", article),
        line=line,
        paragraph=text,
    )
    return Fact(kind=kind, text=text, answers=tuple(answers), origin=origin, spans=spans_of(text, answers))


def test_an_organ_at_one_level_has_the_same_organ_at_the_others_as_written():
    assert level_fellows("中央政府水利部门", LEVELS) == ["省、州政府水利部门"]  # the lowest has no 部门 of its own
    assert level_fellows("州级政府有关部门", LEVELS) == ["中央政府有关部门"]  # another spelling, never offered
    assert level_fellows("中央政府", LEVELS) == ["省、州政府", "县政府"]


def test_an_organ_s_level_before_anything_but_an_organ_gives_no_fellows():
    assert level_fellows("中央政府总理", LEVELS) == []
    assert level_fellows("水利部门", LEVELS) == []


def test_the_packaged_levels_are_no_closed_set_and_give_the_government_s_levels():
    assert not any("国务院" in member for members in closed_sets() for member in members if "｜" in member)
    assert parse_sets("层级·x: 甲｜乙、丙") == []
    assert "县级以上地方人民政府交通主管部门" in level_fellows("国务院交通主管部门")
    assert "国务院劳动行政部门" in level_fellows("县级以上人民政府劳动行政部门")
    assert not any("县级以上人民政府" in text for text in level_fellows("国务院"))  # a spelling, no trap


def test_an_organ_s_single_choice_offers_it_at_the_other_levels():
    facts = [
        fact("norm", "河湖名录由国务院水行政主管部门制定。", ["国务院水行政主管部门"]),
        fact("norm", "河道清障费的标准由财政部门会同价格部门规定。", ["财政部门"], "第四条", 2),
        fact("norm", "采砂许可证由河道管理机构发放。", ["河道管理机构"], "第五条", 3),
    ]
    frames = [frame_of(f) for f in facts]
    for seed in range(5):
        item = Questions(frames, facts, random.Random(seed))._blank_single(frames[0], 0)
        assert item is not None
        wrong = [option for option in item.options if option != "国务院水行政主管部门"]
        assert all(option.endswith("人民政府水行政主管部门") for option in wrong), item.options


def other_list(items, article, line, lead="有下列情形之一的，予以处罚", chapter="第一章"):
    """An article's list of items under its lead."""
    return Fact(
        kind="outline",
        text=lead,
        answers=tuple(items),
        origin=Origin(
            document="中华人民共和国河湖保护法",
            document_id="x",
            article=article,
            trail=("中华人民共和国河湖保护法", chapter, article),
            line=line,
            paragraph="",
        ),
    )


def penalty_list(lead, items, article, line):
    """A list of the liability chapter (第六章) under its lead."""
    return other_list(items, article, line, lead, "第六章")


def test_another_list_s_items_are_wrong_options_only_when_of_the_right_ones_family():
    organs = Fact(
        kind="outline",
        text="当事人可以向下列调解组织申请调解",
        answers=("乡镇调解组织", "企业调解组织", "街道调解组织"),
        origin=Origin(
            document="中华人民共和国河湖保护法",
            document_id="x",
            article="第九条",
            trail=("中华人民共和国河湖保护法", "第二章", "第九条"),
            line=1,
            paragraph="",
        ),
    )
    conditions = other_list(["擅自采砂的", "阻碍巡查的", "倾倒垃圾的"], "第十条", 2)
    facts = [organs, conditions]
    frames = [frame_of(f) for f in facts]
    questions = Questions(frames, facts, random.Random(1))
    right = ["乡镇调解组织", "企业调解组织"]
    assert all(not questions._item_kin(right, item) for item in conditions.answers)  # 的 among organs
    assert questions._item_kin(right, "社区调解组织")
    assert not questions._item_kin(right, "权利义务关系明确")
    assert questions._item_kin(["擅自采砂的", "阻碍巡查的"], "拒不改正的")
    assert questions._other_lists(frames[0], right, 2) is None  # none of its family: no 多选


def test_a_law_asks_more_figures_as_a_ladder_than_a_report():
    questions = Questions([], [], random.Random(1))
    questions.figures[True] = 1 + REPORT_FIGURES
    assert questions._figures_full() and not questions._figures_full(law=True)
    questions.figures[True] = REPORT_FIGURES
    assert not questions._figures_full()  # a report's targets: a few figures more than one (round 10)
    questions.figures[True] = 1 + LAW_FIGURES
    assert questions._figures_full(law=True)


def test_a_short_answer_s_wrong_options_are_all_of_its_family():
    facts = [
        fact("norm", "对职业中介机构提供公益性就业服务的，给予补贴。", ["公益性"]),
        fact("norm", "经营性职业中介机构应当依法登记。", ["经营性"], "第四条", 2),
        fact("norm", "临时性救助由民政部门实施。", ["临时性"], "第五条", 3),
        fact("norm", "季节性用工应当订立书面合同。", ["季节性"], "第六条", 4),
        fact("norm", "营利性培训机构应当公示收费标准。", ["营利性"], "第九条", 7),
        fact("norm", "县级以上人民政府可以给予岗位补贴。", ["岗位补贴"], "第七条", 5),
        fact("norm", "国家建立失业预警制度。", ["失业预警"], "第八条", 6),
    ]
    frames = [frame_of(f) for f in facts]
    for seed in range(6):
        item = Questions(frames, facts, random.Random(seed))._blank_single(frames[0], 0)
        assert item is not None
        assert all(option.endswith("性") for option in item.options), item.options


def test_a_short_item_of_another_list_needs_a_right_one_s_head_or_first_word():
    questions = Questions([], [], random.Random(1))
    services = ["就业政策法规咨询", "职业指导和职业介绍"]
    assert not questions._item_kin(services, "提供虚假就业信息")
    assert questions._item_kin(services, "创业政策咨询") or questions._item_kin(services, "职业技能鉴定")


def test_another_list_that_says_the_same_of_its_items_gives_no_wrong_option():
    asked = penalty_list(
        "有下列行为之一的，给予警告，可以并处一千元以下罚款", ["擅自采砂的", "阻碍巡查的", "倾倒垃圾的"], "第四十条", 1
    )
    alike = penalty_list(
        "船舶有下列情形之一的，由河湖管理机构处警告或者一千元以下罚款", ["拒不停航的", "擅自靠泊的"], "第四十一条", 2
    )
    other = penalty_list(
        "有下列行为之一的，处五万元以上十万元以下罚款", ["擅自围垦的", "违法取水的", "非法捕捞的"], "第四十二条", 3
    )
    facts = [asked, alike, other]
    frames = [frame_of(f) for f in facts]
    for seed in range(5):
        wrong = Questions(frames, facts, random.Random(seed))._other_lists(frames[0], ["擅自采砂的", "阻碍巡查的"], 2)
        assert wrong is not None and not set(wrong) & set(alike.answers), wrong


def test_leads_say_the_same_by_their_consequence_or_their_penalties():
    assert says_the_same("有下列情形之一的，不准出境", "外国人有下列情形之一的，不准出境")
    assert says_the_same(
        "有下列行为之一的，给予警告，可以并处一千元以下罚款", "有下列情形之一的，处警告或者一千元以下罚款"
    )
    assert not says_the_same("有下列情形之一的，给予奖励", "有下列情形之一的，撤销奖励")
    assert not says_the_same("有下列行为之一的，处一千元以下罚款", "有下列行为之一的，处五万元以下罚款")
