"""Wrong options of the answer's own family, on material made up for these tests: in a list, every wrong option
looks like the members around the blank; elsewhere at least one does; a closed set gives its near misses."""

import random

from conftest import spans_of

from studycards.facts import Fact, Origin
from studycards.closedsets import fellows, parse_sets
from studycards.quiz.frames import frame_of
from studycards.quiz.questions import Questions
from studycards.quiz.ladders import unit_apart

SETS = parse_sets(
    """# made up for the test
    处罚: 口头提醒、书面提醒、停职反省、调离岗位
    风险: 甲类风险、乙类风险、丙类风险
    """
)


LAW = "河湖管理条例"
"""The material's title: a regulation's worded 单选 takes its family from its own phrases, a report's only from a
closed set (test_round19)."""


def fact(kind, text, answers, line=1, document=LAW):
    origin = Origin(
        document=document, document_id=document, article="第一章", trail=("第一章",), line=line, paragraph=text
    )
    return Fact(kind=kind, text=text, answers=tuple(answers), origin=origin, spans=spans_of(text, answers))


def test_a_closed_set_gives_the_other_members_with_the_grammar_around_them():
    assert fellows("书面提醒", SETS) == ["口头提醒", "停职反省", "调离岗位"]
    assert fellows("受停职反省处分", SETS)[:2] == ["受口头提醒处分", "受书面提醒处分"]
    assert fellows("被调离岗位", SETS)[0] == "被口头提醒"


def test_a_member_inside_a_term_of_its_own_is_no_member():
    """乙类风险评估 is a term of its own: 甲类风险评估 would be made up."""
    assert fellows("乙类风险评估", SETS) == []
    assert fellows("全年风险", SETS) == []


def test_the_packaged_sets_hold_the_discipline_sanctions():
    assert "严重警告" in fellows("警告") and "开除党籍" in fellows("留党察看")


LIST = [
    fact(
        "enumeration",
        "推进园区绿化、道路硬化、河道净化、街巷亮化四项工程。",
        ["园区绿化", "道路硬化", "河道净化", "街巷亮化"],
        1,
    ),
    fact("enumeration", "做到账目公开、程序公开、结果公开。", ["账目公开", "程序公开", "结果公开"], 2),
    fact("enumeration", "提升村庄美化、厂区美化、校园美化水平。", ["村庄美化", "厂区美化", "校园美化"], 3),
    fact("enumeration", "完善道路养护、管网养护、设备维修制度。", ["道路养护", "管网养护", "设备维修"], 4),
    fact("keyphrase", "要把群众满意作为工作标准。", ["群众满意"], 5),
    fact("keyphrase", "坚持人才引领发展。", ["人才引领"], 6),
]


def test_a_blank_in_a_list_offers_only_options_that_look_like_its_members():
    frames = [frame_of(f) for f in LIST]
    made = 0
    for seed in range(8):
        questions = Questions(frames, LIST, random.Random(seed))
        item = questions.single(frames[0])
        if item is None:
            continue
        made += 1
        answer = item.answer[0]
        assert all(option[-1] == answer[-1] or option[:2] == answer[:2] for option in item.options), item.options
    assert made >= 4


def test_no_family_no_single_choice():
    """群众满意 has no fellow of its family here (nothing ends in 意 or starts with 群众): no 单选 of it."""
    frames = [frame_of(f) for f in LIST]
    for seed in range(8):
        assert Questions(frames, LIST, random.Random(seed)).single(frames[4]) is None


def test_a_figure_ladder_comes_from_its_own_paragraph_first():
    here = ["今年全市计划改造老旧城市供水管网30公里。", "清淤河道45公里。", "新建堤防60公里。"]  # 16 characters shown
    there = ["另建步道25公里。", "建成绿廊35公里。", "栽种林带40公里。"]
    figures = []
    for line, sentences in enumerate((here, there), 1):
        for sentence in sentences:
            answer = sentence[-5:-1]
            start = sentence.index(answer)
            origin = Origin("规程", "规程", "第一章", ("第一章",), line, "".join(sentences))
            figures.append(Fact("figure", sentence, (answer,), origin, spans=((start, start + len(answer)),)))
    frames = [frame_of(f) for f in figures]
    for seed in range(6):
        questions = Questions(frames, figures, random.Random(seed))
        item = questions.single(frames[0])
        assert item is not None
        wrong = set(item.options) - {"30"}
        assert {"45", "60"} <= wrong, item.options
        assert item.answer == ("30",) and item.tested == ("30公里",)
        assert item.question().endswith("公里。"), item.question()  # the unit stays in the stem


def test_figures_of_one_unit_are_offered_as_amounts_with_the_unit_in_the_stem():
    assert unit_apart(["六个月", "三个月", "九个月", "两个月"]) == (["六", "三", "九", "两"], "个月")
    assert unit_apart(["十五日", "五日", "十日", "三十日"]) == (["十五", "五", "十", "三十"], "日")
    assert unit_apart(["4.4万亿元", "14.4万亿元", "1.6万亿元"]) == (["4.4", "14.4", "1.6"], "万亿元")
    assert unit_apart(["5%左右", "6%左右"]) == (["5", "6"], "%左右")
    assert unit_apart(["六个月", "一年", "三个月"]) == ([], "")  # no unit shared: the options stay whole
    assert unit_apart(["公益性", "营利性"]) == ([], "")  # no amounts


def test_what_the_material_opposes_is_never_a_wrong_option():
    """A formulation named only to be fought (反对“台独”) is no option for 深入开展“双拥”工作."""
    from studycards.quiz.distractors import Pool

    material = [
        fact("formulation", "深入开展“双拥”工作。", ["双拥"], line=1),
        fact("formulation", "坚决反对“台独”分裂活动。", ["台独"], line=2),
        fact("formulation", "扎实推进“三北”工程。", ["三北"], line=3),
    ]
    pool = Pool([frame_of(f) for f in material])
    offered = {phrase.text for phrases in pool.by_kind.values() for phrase in phrases}
    assert "双拥" in offered and "三北" in offered and "台独" not in offered


def test_nothing_the_title_names_is_asked():
    """The stem cites the title (根据《规程》，…): a blank the title holds is shown there, and would block the rest."""
    from studycards.quiz.selection import make_items

    material = [fact("formulation", "各单位要严格执行本规程。", ["规程"], line=1, document="规程")] + [
        fact("formulation", text, [answer], line=n, document="规程")
        for n, (text, answer) in enumerate(
            [
                ("各地要深入开展“双拥”工作，巩固军政军民团结。", "双拥"),
                ("各地要扎实推进“三北”工程，筑牢北方生态屏障。", "三北"),
                ("各地要积极培育“潮品”消费，扩大服务消费。", "潮品"),
            ],
            2,
        )
    ]
    for seed in range(6):
        items = make_items(material, 4, types=("fill",), seed=seed)
        assert items and all("规程" not in item.tested for item in items)
