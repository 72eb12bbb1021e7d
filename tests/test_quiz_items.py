"""Quiz items: a balanced, reproducible mix; real answers; options of one shape; honest sources."""

import re
from collections import Counter

from dataclasses import replace

import pytest
from conftest import DECKS, SAMPLES, spans_of

from studycards.facts import Fact, Origin, normalise
from studycards.pipeline import study_all
from studycards.closedsets import fellows
from studycards.quiz.distractors import Pool, shape, unit
from studycards.quiz.frames import frame_of
from studycards.quiz.items import TYPES
from studycards.quiz.ladders import rungs
from studycards.quiz.questions import TRUE_PER_FALSE, WHICH_ASK
from studycards.quiz.selection import make_items

SAMPLE = DECKS / "cadre-incentive-seminar.txt"
REPORT = DECKS / "government-work-report-2024.txt"
_studied: dict = {}


def facts_of(path):
    if path not in _studied:
        _studied[path] = [fact for item in study_all([str(path)]) for fact in item.facts]
    return _studied[path]


def plain_text(path):
    return normalise(path.read_text(encoding="utf-8-sig"))


def said_in(text, statement):
    """Whether the material says `statement`: an item of a list asked after the list's lead (…可以提前退休：工作年限满
    三十年的) is said when the lead and the item both are; so is a clause put after its sentence's opening with
    …… between them (公务员制度坚持中国共产党领导，……坚持党管干部原则)."""
    return all(normalise(part) in text for part in re.split(r"：|……", statement) if normalise(part))


def line_of(path, number):
    return path.read_text(encoding="utf-8-sig").splitlines()[number - 1]


def one_shape(options, answers):
    """Options look alike: each as long as a right answer give or take two characters (a fifth for long
    phrases: exam items' wrong options differ from the answer by more than one character a sixth of the
    time), all or none led by a numeral (两个…), all with as many clauses."""

    def near(option):
        size = len(normalise(option))
        return any(abs(size - len(normalise(a))) <= max(2, round(0.2 * len(normalise(a)))) for a in answers)

    shapes = [shape(option) for option in options]
    return (
        all(near(option) for option in options)
        and len({s.counted for s in shapes}) == 1
        and len({s.clauses for s in shapes}) == 1
    )


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_thirty_items_of_a_report_hold_all_four_types_in_a_balanced_mix(seed):
    items = make_items(facts_of(REPORT), 30, seed=seed)
    counts = Counter(item.type for item in items)
    assert len(items) == 30
    assert set(counts) == set(TYPES)
    # 单选 and 多选 need wrong options of the answer's own family, and a paragraph gives one question: a choice
    # type may fall short of its share, and 多选 has half a share (WEIGHTS) and asks only runs built alike; 判断
    # asks at most JUDGE_FIGURES of the report's figures and none of its minor ones. 填空 takes what the others
    # leave, up to two thirds; every type still stands on the paper.
    others = [count for kind, count in counts.items() if kind not in ("fill", "multiple")]
    assert min(others) >= 3 and counts["multiple"] >= 2 and counts["fill"] <= 20, counts
    # Printed sheets list the items type by type.
    assert [item.type for item in items] == sorted((item.type for item in items), key=TYPES.index)


@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5, 6, 7, 8])
def test_a_short_document_short_of_false_statements_still_gives_every_type(seed):
    """The sample (95 facts) has few statements surely false for 判断, few answers with a family of wrong options
    for 单选 and few runs built alike for 多选: 填空 takes their share, not all of it, and the scarce types pick their
    material first (selection.FIRST_PICK), so that each stands on the paper."""
    counts = Counter(item.type for item in make_items(facts_of(SAMPLE), 30, seed=seed))
    assert sum(counts.values()) == 30
    # 25: a report's worded 单选 needs a closed set's options (questions._required_family), so fewer 单选 stand;
    # and since 7d03e03 the sample has one list fewer (通过举办{{…}}等系列专题班，: a bare clause, no card)
    assert set(counts) == set(TYPES) and counts["fill"] <= 25, counts


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.stem)
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_every_item_is_well_formed_and_made_of_the_material(path, seed):
    items = make_items(facts_of(path), 30, seed=seed)
    assert len(items) == 30
    text = plain_text(path)
    for item in items:
        assert item.answer, item
        assert len(item.parts) == len(item.blanks) + 1
        if item.question().endswith(WHICH_ASK):  # four provisions: the right one as written, three altered
            assert len(item.options) == 4 and len(set(item.options)) == 4
            assert [said_in(text, option) for option in item.options].count(True) == 1
            assert said_in(text, item.answer[0]), item.answer
            continue
        # a figure's 单选 may offer amounts alone, its unit in the stem (不少于＿个月: 三/六/九/十二): checked whole
        apart = item.tested[0][len(item.answer[0]) :] if item.type == "single" and item.tested else ""
        apart = apart if item.tested and item.tested[0].startswith(item.answer[0]) and apart else ""
        if apart:
            assert item.parts[1].startswith(apart), item.parts
            item = replace(
                item,
                options=tuple(option + apart for option in item.options),
                answer=(item.answer[0] + apart,),
                parts=(item.parts[0], item.parts[1][len(apart) :]),
            )
        for answer in item.answer:
            size = len(normalise(answer))
            assert 2 <= size <= 30 and "#" not in answer, answer
        if item.type == "fill":
            assert item.options == ()
            assert item.blanks == tuple(len(answer) for answer in item.answer)  # each blank sized to its answer
            filled = item.parts[0].removeprefix(item.cited) + "".join(
                a + p for a, p in zip(item.answer, item.parts[1:])
            )
            if item.kind != "outline":
                assert said_in(text, filled), filled
        elif item.type == "judge":
            assert item.options == ("正确", "错误") and item.answer[0] in item.options
        else:
            assert len(item.options) == 4
            keys = [normalise(option) for option in item.options]
            assert len(set(keys)) == 4, item.options  # no duplicates
            assert not any(a != b and a in b for a in keys for b in keys), item.options  # none holds another
            assert set(item.answer) <= set(item.options)
            assert len(item.answer) == 1 if item.type == "single" else 2 <= len(item.answer) <= 4
            near = {normalise(fellow) for answer in item.answer for fellow in (*fellows(answer), *rungs(answer))}
            for option in item.options:  # a real phrase of the material or a closed set's fellow: never nonsense
                assert normalise(option) in text or normalise(option) in near, option
            assert one_shape(item.options, item.answer), item.options
            # the question never shows a wrong option, nor the right one
            shown = normalise(item.question())
            assert not any(normalise(option) in shown for option in item.options), (item.question(), item.options)


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.stem)
def test_judge_items_are_true_as_written_or_false_by_one_swap(path):
    items = [item for seed in (1, 2, 3, 4) for item in make_items(facts_of(path), 40, types=["judge"], seed=seed)]
    text = plain_text(path)
    truths = Counter(item.answer[0] for item in items)
    assert truths["正确"] and truths["错误"]
    # TRUE_PER_FALSE true for one false in a law (fewer true than false), as many true as false elsewhere
    per_false = TRUE_PER_FALSE if "law" in path.stem else 1
    assert truths["错误"] * per_false - 4 * 2 <= truths["正确"] <= truths["错误"] * per_false + 4 * 2, truths
    if "law" in path.stem:
        assert truths["正确"] < truths["错误"], truths
    for item in items:
        if item.kind == "outline":
            continue
        assert said_in(text, item.parts[0].removeprefix(item.cited)) == (item.answer[0] == "正确"), item.parts[0]


def test_source_names_article_section_and_a_line_that_holds_the_answer():
    for item in make_items(facts_of(SAMPLE), 30, seed=5):
        match = re.fullmatch(r"(.+)，第(\d+)行", item.source)
        assert match, item.source
        trail = match.group(1).split(" › ")
        assert trail[0].startswith("激励干部新时代新担当新作为研讨发言材料范文")
        if item.kind != "outline" and item.type != "judge":
            line = normalise(line_of(SAMPLE, int(match.group(2))))
            assert all(normalise(answer) in line for answer in item.answer), (item.source, item.answer)


def test_same_seed_same_items_other_seed_other_selection():
    facts = facts_of(SAMPLE)
    first = make_items(facts, 20, seed=7)
    assert first == make_items(facts, 20, seed=7)
    other = make_items(facts, 20, seed=8)
    assert [item.id for item in other] != [item.id for item in first]
    assert {item.fact for item in other} != {item.fact for item in first}


def test_each_fact_is_asked_once_before_any_is_asked_twice():
    facts = facts_of(SAMPLE)
    items = make_items(facts, 30, seed=3)
    uses = Counter(item.fact for item in items)
    assert max(uses.values()) == 1
    asked = len({frame.identity for frame in map(frame_of, facts) if frame})
    many = make_items(facts, asked + 20, seed=3)
    # Most are asked; some give no item of a type, and some only questions that would show (or ask)
    # what another question asks: those are left out. The deck's facts overlap by design (a formulation
    # inside a heading that an outline list asks, a list asked whole and item by item), so about half.
    # norms and definitions share sentences with others; the document's own parts are no longer asked; a report's
    # stem showing fewer than 16 characters is not asked (questions.MIN_STEM: 一要…, 二要… lead sentences), nor one
    # that ends on no full stop (a heading) or opens on its blank (questions.unfinished, opens_on_blank), nor a
    # 单选 of a report's word without a closed set's options (questions._required_family), nor a false 判断 whose swap
    # breaks its list's shape (立足新时代、强化新担当、善于作为: statements.breaks_list_shape)
    assert len({item.fact for item in many}) >= asked // 2 - 15


def test_types_can_be_chosen_and_a_type_short_of_material_leaves_its_share_to_the_others():
    facts = facts_of(REPORT)
    items = make_items(facts, 12, types=["judge", "fill"], seed=2)
    # this report's 判断 are mostly of its figures, at most JUDGE_FIGURES a quiz: 填空 takes what they leave
    counts = Counter(item.type for item in items)
    assert len(items) == 12 and set(counts) == {"judge", "fill"} and 4 <= counts["judge"] <= 6, counts
    lone = [
        fact(
            "enumeration", "推动形成能者上、优者奖、庸者下、劣者汰的用人导向", ["能者上", "优者奖", "庸者下", "劣者汰"]
        )
    ]
    items = make_items(lone, 4, seed=1)
    # No other phrase of that kind and shape: no choice item, and no false statement to judge.
    assert {item.type for item in items} <= {"fill", "judge"}
    assert all(item.answer == ("正确",) for item in items if item.type == "judge")


# --- distractors by kind and shape, on facts made by hand -------------------------------------------------


def origin(article="文章", trail=("文章", "一、总体要求"), line=1):
    return Origin(document="文档", document_id="文档", article=article, trail=trail, line=line, paragraph="")


def fact(kind, text, answers, line=1, trail=("文章", "一、总体要求")):
    where = origin(trail=trail, line=line)
    return Fact(kind=kind, text=text, answers=tuple(answers), origin=where, spans=spans_of(text, answers))


FORMULATIONS = [
    fact("formulation", "坚决捍卫“两个确立”，坚决做到“两个维护”", ["两个确立", "两个维护"], 1),
    fact("formulation", "深刻认识“四大考验”“四种危险”", ["四大考验", "四种危险"], 2),
    fact("formulation", "增强“四个意识”、坚定“四个自信”", ["四个意识", "四个自信"], 3),
    fact("formulation", "牢记“国之大者”", ["国之大者"], 4),
    fact("formulation", "提高“政治三力”", ["政治三力"], 5),
    fact("formulation", "全面落实“第一议题”制度", ["第一议题"], 6),
    fact("formulation", "贯彻执行《推进领导干部能上能下规定》", ["推进领导干部能上能下规定"], 7),
]
ENUMERATIONS = [
    fact(
        "enumeration", "推动形成能者上、优者奖、庸者下、劣者汰的用人导向", ["能者上", "优者奖", "庸者下", "劣者汰"], 8
    ),
    fact("enumeration", "练就硬脊梁、铁肩膀、真本事", ["硬脊梁", "铁肩膀", "真本事"], 9),
    fact("enumeration", "创造愿担当、敢担当、善担当的良好环境", ["愿担当", "敢担当", "善担当"], 10),
    fact(
        "enumeration",
        "坚持信念坚定、为民服务、勤政务实、敢于担当、清正廉洁",
        ["信念坚定", "为民服务", "勤政务实", "敢于担当", "清正廉洁"],
        11,
    ),
    fact(
        "enumeration",
        "统筹平时考核、年度考核、专项考核、任期考核",
        ["平时考核", "年度考核", "专项考核", "任期考核"],
        12,
    ),
]


def test_a_counted_formulation_gets_counted_formulations():
    import random

    pool = Pool([frame_of(f) for f in FORMULATIONS + ENUMERATIONS])
    target = FORMULATIONS[0]
    for seed in range(5):
        chosen = pool.choose(
            ["两个确立"], target, 3, random.Random(seed), shown="坚决做到“两个维护”", avoid=target.answers
        )
        assert chosen is not None and len(chosen) == 3
        assert all(re.match(r"[两三四五]个|四大|四种", option) for option in chosen), chosen
        assert "两个维护" not in chosen and "两个确立" not in chosen
        assert not set(chosen) & {"信念坚定", "为民服务", "平时考核"}  # never another kind


def test_a_three_character_item_gets_items_of_its_own_class_or_none():
    import random

    pool = Pool([frame_of(f) for f in FORMULATIONS + ENUMERATIONS])
    target = ENUMERATIONS[1]
    chosen = pool.choose(["铁肩膀"], target, 3, random.Random(1), shown=target.text, avoid=target.answers)
    assert chosen is not None
    assert all(abs(len(option) - 3) <= 1 for option in chosen), chosen
    assert all(pool.words(option)[-1][1] == "n" for option in chosen), chosen  # noun phrases, as 铁肩膀
    assert not set(chosen) & set(target.answers)
    # 庸者下 (a 者 phrase) has no fellow of its class here: 硬脊梁 or 敢担当 would be ruled out by a
    # reader who never saw the text, so no options rather than odd ones.
    target = ENUMERATIONS[0]
    assert pool.choose(["庸者下"], target, 3, random.Random(1), shown=target.text, avoid=target.answers) is None
    assert pool.choose(["推进领导干部能上能下规定"], FORMULATIONS[-1], 3, random.Random(1)) is None


def test_options_never_hold_the_answer_or_each_other():
    import random

    facts = [
        fact("enumeration", "加强政治历练、实践锻炼、专业训练", ["政治历练", "实践锻炼", "专业训练"], 1),
        fact("enumeration", "聚焦政治历练、理论学习、作风养成", ["政治历练", "理论学习", "作风养成"], 2),
        fact("enumeration", "做到实践锻炼、岗位锻炼、基层锻炼", ["实践锻炼", "岗位锻炼", "基层锻炼"], 3),
        fact("enumeration", "坚持党性教育、警示教育、廉政教育", ["党性教育", "警示教育", "廉政教育"], 4),
    ]
    pool = Pool([frame_of(f) for f in facts])
    for seed in range(10):
        chosen = pool.choose(
            ["专业训练"], facts[0], 3, random.Random(seed), shown=facts[0].text, avoid=facts[0].answers
        )
        if chosen is None:
            continue
        assert "政治历练" not in chosen and "实践锻炼" not in chosen  # items of the asked list, even from other lists
        assert len(set(chosen)) == 3


def test_junk_is_never_asked():
    junk = [
        fact("enumeration", "坚持一、二、三", ["一", "二", "三"], 1),
        fact("formulation", "见“##paidbegin##”", ["##paidbegin##"], 2),
        fact("formulation", "这是“一段" + "很长" * 16 + "的话”", ["一段" + "很长" * 16 + "的话"], 3),
    ]
    assert all(frame_of(f) is None for f in junk)
    assert make_items(junk, 5, seed=1) == []


def test_an_enumeration_item_cut_from_running_text_is_not_asked():
    cut = fact("enumeration", "积极构建来信来访、电话短信、网络举报及专线平台", ["来访", "电话短信", "网络举报"], 1)
    frame = frame_of(cut)
    assert frame.answers == ("电话短信", "网络举报")
    runs_on = fact(
        "enumeration", "落实谈心谈话、主题党日、领导干部过双重组织生活等制度", ["谈心谈话", "主题党日", "领导干部"], 2
    )
    assert frame_of(runs_on).answers == ("谈心谈话", "主题党日")


def test_a_long_sentence_is_cut_at_clause_boundaries_around_the_blank():
    long = (
        "，".join(f"第{i}句话说的是一件事情" for i in range(12))
        + "，坚持能者上、优者奖、庸者下、劣者汰，"
        + "，".join(f"另{i}句话" for i in range(12))
        + "。"
    )
    frame = frame_of(fact("enumeration", long, ["能者上", "优者奖", "庸者下", "劣者汰"]))
    view = frame.view([1])
    assert len(view.text) <= 110 + 4
    assert view.text.startswith("……") and view.text.endswith("……")
    assert view.text[view.spans[0][0] : view.spans[0][1]] == "优者奖"
    assert "能者上、优者奖、庸者下、劣者汰" in view.text


@pytest.mark.parametrize(
    "answer, material, fellows, alone",
    [
        (
            "60元",
            ["80亩", "45元", "20吨", "55元", "35亩", "65元"],
            {"45元", "55元", "65元"},
            "80亩",
        ),  # never 80亩 beside 60元
        ("0.2%", ["60%", "50%", "0.5%", "0.3%", "0.4%"], {"0.5%", "0.3%", "0.4%"}, "60%"),  # never 60% beside 0.2%
    ],
)
def test_a_figures_options_measure_the_same_thing_in_amounts_one_could_mistake(answer, material, fellows, alone):
    import random

    figures = [
        fact("figure", f"某项指标为{figure}", [figure], line) for line, figure in enumerate([answer, *material], 1)
    ]
    pool = Pool([frame_of(f) for f in figures])
    for seed in range(5):
        chosen = pool.choose([answer], figures[0], 3, random.Random(seed), shown=figures[0].text)
        assert chosen is not None and set(chosen) == fellows, chosen
    # a figure with fewer than three fellows of its unit and size gets its ladder (80亩: 35亩 of the material,
    # 100亩, 50亩 of round amounts): all of its unit, none further than a factor of four
    lone = pool.choose([alone], figures[material.index(alone) + 1], 3, random.Random(1))
    from studycards.quiz.distractors import amount
    from studycards.quiz.ladders import FACTOR

    def near(option):  # a rung's own bound (ladders.FACTOR); the material's figures are held nearer (comparable)
        a, b = amount(alone), amount(option)
        return a is None or b is None or 1 / FACTOR <= b / a <= FACTOR

    assert lone is not None and all(unit(option) == unit(alone) and near(option) for option in lone)
    assert len(set(lone)) == 3 and alone not in lone
