"""多选 that respects the text, on material made up for these tests: the blank holds the whole list, edges and
pairs joined by 和 included; a named list may be asked 下列不属于…的是 (one outsider of the members' family)."""

import random

from conftest import spans_of

from studycards.facts import Fact, Origin
from studycards.quiz.frames import frame_of
from studycards.quiz.questions import MULTIPLE_KIN, Questions, edge_outside


def fact(kind, text, answers, line=1, trail=("规程", "第一章")):
    origin = Origin("规程", "规程", trail[-1], trail, line, text)
    return Fact(kind=kind, text=text, answers=tuple(answers), origin=origin, spans=spans_of(text, answers))


OTHERS = [
    fact("enumeration", "提升村庄美化、厂区美化、校园美化水平。", ["村庄美化", "厂区美化", "校园美化"], 3),
    fact("enumeration", "完善道路养护、管网养护、设备养护制度。", ["道路养护", "管网养护", "设备养护"], 4),
]


def questions_for(target, seed):
    facts = [target, *OTHERS]
    frames = [frame_of(f) for f in facts]
    return Questions(frames, facts, random.Random(seed)), frames[0]


def test_a_list_that_goes_on_beside_the_blank_is_no_multiple_choice():
    """园区绿化 and 街巷亮化 stand beside the blank, joined by 、 and 和: a blank of the middle two would leave
    the reader to guess where the list ends."""
    partial = fact("enumeration", "推进园区绿化、道路硬化、河道净化和街巷亮化工程。", ["道路硬化", "河道净化"], 1)
    for seed in range(6):
        questions, frame = questions_for(partial, seed)
        assert questions.multiple(frame) is None


def test_a_whole_list_is_blanked_whole():
    whole = fact(
        "enumeration",
        "推进园区绿化、道路硬化、河道净化和街巷亮化工程。",
        ["园区绿化", "道路硬化", "河道净化", "街巷亮化"],
        1,
    )
    made = 0
    for seed in range(6):
        questions, frame = questions_for(whole, seed)
        item = questions.multiple(frame)
        if item is None:
            continue
        made += 1
        assert item.parts[0].endswith("推进") and item.parts[1].startswith("工程。")
    assert made >= 3


def test_not_among_offers_three_members_and_one_outsider():
    """下列不属于 is asked of a named list whose blank has no family of wrong options (here it is asked directly)."""
    outline = Fact(
        kind="outline",
        text="整治要求",
        answers=("园区绿化", "道路硬化", "河道净化", "街巷亮化"),
        origin=Origin("规程", "规程", "第一章", ("规程", "第一章", "一、整治要求"), 1, ""),
        markers=("", "", "", ""),
    )
    other = Fact(
        kind="outline",
        text="美化要求",
        answers=("村庄美化", "厂区美化", "校园美化"),
        origin=Origin("规程", "规程", "第二章", ("规程", "第二章", "二、美化要求"), 9, ""),
        markers=("", "", ""),
    )
    facts = [outline, other]  # an outsider comes from another list of the same kind
    frames = [frame_of(f) for f in facts]
    seen = 0
    for seed in range(12):
        questions = Questions(frames, facts, random.Random(seed))
        item = questions._not_among(frames[0])
        if item is None:
            continue
        seen += 1
        assert item.question() == "根据《规程》，下列不属于「一、整治要求」的要点的是："
        members = [option for option in item.options if option in outline.answers]
        assert len(members) == 3 and item.answer[0] not in outline.answers
        assert item.answer[0] in item.tested  # another question showing it would give it away
    assert seen >= 2


def test_a_list_whose_shared_edge_stands_outside_the_blank_is_told():
    assert edge_outside("加快建设", "强国。", ["制造强国", "知识产权", "集体林权"])
    assert edge_outside("主要运用经济", "，促进发展。", ["调节手段", "经济立法"])
    assert not edge_outside("加快建设", "。", ["制造强国", "知识产权强国"])


def test_a_wrong_option_sharing_only_a_first_character_is_no_fellow():
    """有效性 shares only 有 with 有色金属: no examiner offers it among industries; 汽车制造 (the head word 制造 of
    装备制造) may stand."""
    target = fact(
        "enumeration", "实施有色金属、电子信息、装备制造等产业规划。", ["有色金属", "电子信息", "装备制造"], 1
    )
    others = [
        fact("enumeration", "增强调控的有效性、针对性。", ["有效性", "针对性"], 5),
        fact("enumeration", "发展汽车制造、物流快递。", ["汽车制造", "物流快递"], 7),
    ]
    facts = [target, *others]
    questions = Questions([frame_of(f) for f in facts], facts, random.Random(1))
    for seed in range(8):
        rng = random.Random(seed)
        assert questions.pool.choose(["有色金属", "装备制造"], target, 1, rng, kin=MULTIPLE_KIN) == ["汽车制造"]
        assert questions.pool.choose(["有色金属", "装备制造"], target, 2, rng, kin=MULTIPLE_KIN) is None
        frame = frame_of(target)
        # short of the family, a first character is enough only for options as long as a right one (有效性: 3)
        assert questions._multiple_wrong(frame, ["有色金属", "装备制造"], 2, frame.text, "") is None


def test_a_blank_not_all_of_whose_members_are_offered_asks_what_it_includes():
    from studycards.quiz.questions import MULTIPLE_ASK, MULTIPLE_SOME

    whole = fact(
        "enumeration",
        "推进园区绿化、道路硬化、河道净化和街巷亮化工程。",
        ["园区绿化", "道路硬化", "河道净化", "街巷亮化"],
        1,
    )
    asks = set()
    for seed in range(12):
        questions, frame = questions_for(whole, seed)
        item = questions.multiple(frame)
        if item is None:
            continue
        ask = MULTIPLE_ASK if item.parts[1].endswith(MULTIPLE_ASK) else MULTIPLE_SOME
        assert item.parts[1].endswith(ask)
        assert (ask == MULTIPLE_ASK) == (len(item.answer) == 4)  # 应填入的有 only where the options fill the blank
        asks.add(ask)
    assert MULTIPLE_SOME in asks


def test_a_place_word_after_de_is_never_swapped_for_a_false_statement():
    placed = fact("judgement", "只有在承认实践标准的基础上，才能正确处理各种矛盾。", ["基础上"], 1)
    focus = fact("judgement", "各方面的注意力集中在问题的焦点上，形成共识。", ["焦点上"], 2)
    named = fact("judgement", "坚持把生产力标准作为检验工作的根本标准。", ["生产力标准"], 3)
    rival = fact("judgement", "始终把人民利益标准放在工作的首位。", ["人民利益标准"], 4)
    facts = [placed, focus, named, rival, *OTHERS]
    frames = [frame_of(f) for f in facts]
    swapped = set()
    for seed in range(8):
        questions = Questions(frames, facts, random.Random(seed))
        assert questions._falsehood(frames[0], 0, frames[0].view([0])) is None
        if questions._falsehood(frames[2], 0, frames[2].view([0])) is not None:
            swapped.add(seed)
    assert swapped  # a term in the same place is swapped: the pool has what it takes


def test_a_run_asked_under_one_blank_is_built_alike_and_so_are_its_wrong_options():
    """越南 among 华东、西南、西北 and 志愿服务 among 简政放权、放管结合、优化服务 made 多选 a reader answered without the
    document: a run is asked whole only when its items open or end alike, and a wrong option must too."""
    from studycards.quiz.questions import shared_edge

    assert shared_edge(["公共秩序", "生产秩序", "工作秩序"]) and shared_edge(["更为透明", "更可预期", "更加公平"])
    assert not shared_edge(["华东", "西南", "西北"]) and not shared_edge(["简政放权", "放管结合", "优化服务"])
    assert not shared_edge(["公共秩序", "生产秩序", "经济管理"])
